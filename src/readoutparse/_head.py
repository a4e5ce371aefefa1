"""The head phase: chrome, breadcrumbs, the date header, the section and the title.

It reads the lines before the body (:func:`readoutparse._layout.find_body`
says where that starts), gives each its kind, and returns what it found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from readoutparse import _vocabulary as vocab
from readoutparse._classify import breadcrumb_leaf, looks_like_headline
from readoutparse._edges import topic_over
from readoutparse._evidence import TitleEvidence
from readoutparse._lines import SourceLine
from readoutparse._neighbour import Aside, line_dateline
from readoutparse._page import BLANK_BEFORE, MODIFIED
from readoutparse._phrases import BREADCRUMB_ROOTS
from readoutparse._publisher import (
    category_entry,
    heading_case,
    is_document_type,
    label_or_link_run,
    names_publisher,
    not_a_section,
    said_once,
    sub_category,
)
from readoutparse._rules import section_key
from readoutparse._shape import (
    CHROME_CODE,
    DATE_CODE,
    DATE_LABEL_CODE,
    META_LABEL_CODE,
    NUMBERED_CODE,
    SECTION_NAME_CODE,
    TEXT_CODE,
    TITLE_LABEL_CODE,
    Shape,
    shape_code,
)
from readoutparse._text import fold, fold_line, foreign_to, is_social, unfolded_offset
from readoutparse._title import TitleChooser
from readoutparse._wire import untagged
from readoutparse.model import LineKind, Span

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from readoutparse._dates import FoundDate
    from readoutparse._page import Page

# The kinds this phase reads and writes, looked up once: on Python 3.11 reading a member off an
# Enum class goes through ``EnumType.__getattr__``'s hook, about 1,500 instructions a read.
_BREADCRUMB: Final = LineKind.BREADCRUMB
_DATE_HEADER: Final = LineKind.DATE_HEADER
_FOOTER: Final = LineKind.FOOTER
_METADATA: Final = LineKind.METADATA
_NAVIGATION: Final = LineKind.NAVIGATION
_SECTION: Final = LineKind.SECTION
_TITLE: Final = LineKind.TITLE
_UNKNOWN: Final = LineKind.UNKNOWN

_PATH_MIN: Final = 3  # numbered lines from the site's root that make a breadcrumb
_LABEL_SHAPES: Final = frozenset(
    shape_code(shape)
    for shape in (
        Shape.DATE_LABEL,
        Shape.META_LABEL,
        Shape.TITLE_LABEL,
        Shape.SECTION_NAME,
        Shape.END_MARK,
    )
)
_DATED: Final = frozenset({DATE_LABEL_CODE, DATE_CODE})
_FIELD_LABELS: Final = frozenset({META_LABEL_CODE, TITLE_LABEL_CODE})

# The order of the head's dates, strongest first (``docs/internals.md``): a date the page
# states as its publication date, labelled or alone on its line, then a modification date,
# then a dateline.
_PUBLISHED: Final = 0  # a publication date label and its value ('DATE', '작성일', 'Published')
_UNLABELLED: Final = 1  # a line that starts with a date ('May 14, 2024', '2022.08.05 외교부')
_UPDATED: Final = 2  # a modification date label ('수정일', 'Last updated')
_DATELINE: Final = 3  # a place, agency or source with a date ('New York, 24 September 2013')


class Field(NamedTuple):
    """A header value found in the head, with where it came from."""

    text: str
    span: Span


class Head:
    """What the head phase found, and what the title was chosen on."""

    __slots__ = ("date", "date_span", "section", "title", "title_evidence", "title_lines")

    def __init__(self) -> None:
        """Start with nothing found."""
        self.title: Field | None = None
        self.section: Field | None = None
        self.date: dt.date | None = None
        self.date_span: Span | None = None
        self.title_evidence = TitleEvidence.LABEL
        self.title_lines: list[int] = []  # the lines the title was read from

    def take_title(self, text: str, span: Span, lines: list[int]) -> None:
        """Take ``text`` as the title, read from ``lines``, with where it lies in the input."""
        self.title = Field(text, span)
        self.title_lines = lines

    def take_date(self, page: Page, i: int, found: FoundDate | None = None) -> None:
        """Take the date line ``i`` holds as the page's, with where it lies in the input.

        ``found`` is the date when the classifier did not read it (a dateline's).
        """
        found = page.dates[i] if found is None else found
        self.take_found(found, page.text_starts[i])

    def take_found(self, found: FoundDate, base: int) -> None:
        """Take ``found``, a date read in the text that starts at offset ``base``, as the page's."""
        self.date = found.value
        self.date_span = Span(base + found.start, base + found.end)


def read_head(page: Page, end: int) -> Head:
    """Read the lines before ``end``, the head, giving each line its kind; return what it holds."""
    reader = _HeadReader(page)
    reader.read(end)
    return reader.head


class _HeadReader:
    """Reads the head's lines in order, then chooses the title and the section."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.kinds = page.kinds
        self.head = Head()
        self.run_leaves: set[int] = set()  # where the leaves of runs of section headings start
        self.titles = TitleChooser(page, self.head)

    def read(self, end: int) -> None:
        """Read chrome, breadcrumbs, the date header, the section and the title."""
        date_index = self._read_head_fields(end)
        self._extend_section_runs(end)
        blocks = self._title_blocks(end)
        self.titles.choose(blocks, self.titles.candidates(blocks), date_index)
        self._choose_section(blocks, end)

    def _read_head_fields(self, end: int) -> int | None:
        """Give every head line a first kind; return the index of the first date line."""
        dates: list[tuple[int, int]] = []  # (priority, index)
        pending_label: int | None = None
        pending: LineKind | None = None  # what the value line after a field label is
        shapes = self.page.shapes
        for i in range(end):
            shape = shapes[i]
            if pending_label is not None and self._take_date_value(i, pending_label, dates):
                pending_label = None
                continue
            if pending_label is not None:
                self.page.warn(pending_label, "RP201", "no date follows the label")
                pending_label = None
            if pending is not None and shape not in _LABEL_SHAPES:
                self._take_field_value(i, pending)
                pending = None
                continue
            pending = None
            self.kinds[i] = self._head_kind(i)
            if shape == DATE_LABEL_CODE:
                pending_label = self._on_date_label(i, dates)
            elif shape == DATE_CODE:
                self._on_bare_date(i, dates)
            elif shape == META_LABEL_CODE:
                pending = None if self.page.content(i) else _METADATA
            elif shape == TITLE_LABEL_CODE:
                pending = self._on_title_label(i)
        if pending_label is not None:
            self.page.warn(pending_label, "RP201", "no date follows the label")
        self._spread_menus(end)
        datelines = self._read_datelines(end, dates)
        self._set_date(dates, datelines)
        return min((index for _, index in dates), default=None)

    def _read_datelines(self, end: int, dates: list[tuple[int, int]]) -> dict[int, FoundDate]:
        """The head's datelines: text lines that state a date and little else (``_neighbour``).

        ``New York, 24 September 2013``, ``(Xinhua) 10:48, February 26, 2025``, ``Source:
        Xinhua | 2025-04-15 21:30:12``: each is a date header line, and the page's date
        when no labelled date is there.
        """
        found: dict[int, FoundDate] = {}
        for i in range(end):
            kind = self.kinds[i]  # a text line, a source line ('Source: … | …'), a field row
            if kind is not _UNKNOWN and kind is not _FOOTER and kind is not _METADATA:
                continue
            date = line_dateline(self.page, i)
            if date is not None:
                found[i] = date
                self.kinds[i] = _DATE_HEADER
                dates.append((_DATELINE, i))
        return found

    def _take_field_value(self, i: int, kind: LineKind) -> None:
        self.kinds[i] = kind
        if kind is _TITLE:
            page = self.page
            self.head.title = Field(
                fold_line(page.text(i)), Span(page.text_starts[i], page.ends[i])
            )
            self.head.title_lines = [i]

    def _on_title_label(self, i: int) -> LineKind | None:
        page = self.page
        content = page.content(i)
        if not content:
            return _TITLE
        self.kinds[i] = _TITLE
        content_start = page.text_starts[i] + page.marker_end(i)
        self.head.title = Field(fold_line(content), Span(content_start, page.ends[i]))
        self.head.title_lines = [i]
        return None

    def _head_kind(self, i: int) -> LineKind:
        shape = self.page.shapes[i]
        if shape == CHROME_CODE:
            return self.page.chromes[i]
        if shape in _DATED:
            return _DATE_HEADER
        if shape in _FIELD_LABELS:
            return _METADATA
        if shape == SECTION_NAME_CODE:
            return _SECTION
        if shape == NUMBERED_CODE:
            return self._numbered_head_kind(i)
        return _UNKNOWN

    def _numbered_head_kind(self, i: int) -> LineKind:
        items = [
            fold_line(part).casefold()
            for part in vocab.ITEM_SPLIT_RE.split(self.page.text(i))
            if part
        ]
        menu_words = self.page.tables.menu_words
        if is_social(self.page.content(i)) or any(part in menu_words for part in items):
            return _NAVIGATION
        return _BREADCRUMB

    def _spread_menus(self, end: int) -> None:
        """Numbered head lines with a menu entry are a menu; a path from ``1. Home``, a breadcrumb.

        A path goes from the root down two levels at least: ``1. Home`` / ``2. International``
        / ``3. Foreign affairs`` (gov.uk); ``1. Home`` / ``2. Press Releases`` may be a menu.
        """
        run: list[int] = []
        for i in range(end + 1):
            if i < end and self.page.shapes[i] == NUMBERED_CODE:
                run.append(i)
                continue
            if (
                len(run) >= _PATH_MIN
                and fold_line(self.page.content(run[0])).casefold() in BREADCRUMB_ROOTS
            ):
                for j in run:
                    self.kinds[j] = _BREADCRUMB
            elif any(self.kinds[j] is _NAVIGATION for j in run):
                for j in run:
                    self.kinds[j] = _NAVIGATION
            run = []

    def _on_date_label(self, i: int, dates: list[tuple[int, int]]) -> int | None:
        found = self.page.dates.get(i)
        if found is None:
            return i
        if found.value is None:
            self.page.warn(i, "RP201", "the date is not a valid calendar date")
            return None
        dates.append((_UPDATED if self.page.flags[i] & MODIFIED else _PUBLISHED, i))
        return None

    def _take_date_value(self, i: int, label: int, dates: list[tuple[int, int]]) -> bool:
        found = self.page.dates.get(i)
        if self.page.shapes[i] != DATE_CODE or found is None:
            return False
        self.kinds[i] = _DATE_HEADER
        if found.value is None:
            self.page.warn(i, "RP201", "the date is not a valid calendar date")
            return True
        dates.append((_UPDATED if self.page.flags[label] & MODIFIED else _PUBLISHED, i))
        return True

    def _on_bare_date(self, i: int, dates: list[tuple[int, int]]) -> None:
        found = self.page.dates.get(i)
        if found is not None and found.value is None:
            self.page.warn(i, "RP201", "the date is not a valid calendar date")
        else:
            dates.append((_UNLABELLED, i))

    def _set_date(self, dates: list[tuple[int, int]], datelines: dict[int, FoundDate]) -> None:
        """Take the date of the strongest date line: published, unlabelled, updated, dateline."""
        if dates:
            i = min(dates)[1]
            self.head.take_date(self.page, i, datelines.get(i))

    def _title_blocks(self, end: int) -> list[list[int]]:
        """Group head lines still unplaced (plain text) into blocks of adjacent lines."""
        blocks: list[list[int]] = []
        previous = -2
        text, shapes, flags = TEXT_CODE, self.page.shapes, self.page.flags
        for i in range(end):
            if shapes[i] != text or self.kinds[i] is not _UNKNOWN:
                previous = -2
                continue
            if previous == i - 1 and not flags[i] & BLANK_BEFORE:
                blocks[-1].append(i)
            else:
                blocks.append([i])
            previous = i
        return blocks

    def _choose_section(self, blocks: list[list[int]], end: int) -> None:
        """The page's section, on the evidence the head gives (``docs/internals.md``).

        A breadcrumb's leaf, then a section heading, then the line above the headline;
        none of them when it names the site, ministry or agency that publishes the page
        (unless it is a known section name); a label saying what the page is
        (``News story``) only when the page names no other section.
        """
        labels: list[Field] = []
        chosen: Field | None = None
        at, category = self._section_from_category(end)
        for found in (self._section_from_breadcrumb(), category, *self._sections_from_names()):
            if found is None or self._names_publisher(found.text):
                continue
            if is_document_type(found.text) and found.span.start not in self.run_leaves:
                if self._above_title(found):  # under the headline, it labels the page only
                    labels.append(found)
                continue
            chosen = found
            break
        else:
            if labels:
                chosen = labels[0]
            else:
                found = self._section_from_blocks(blocks, end)
                chosen = None if found is None or self._names_publisher(found.text) else found
        self.head.section = chosen
        if chosen is not None:
            self._mark_section_copies(chosen.text, end)
        if chosen is not None and chosen is category:
            self.kinds[at] = _SECTION  # the line holds the label and the section

    def _above_title(self, found: Field) -> bool:
        title = self.head.title
        return title is None or found.span.start < title.span.start

    def _names_publisher(self, text: str) -> bool:
        """Whether ``text`` names who publishes the page rather than where it sits."""
        if section_key(text.casefold()) in self.page.tables.sections:
            return False
        return names_publisher(text, self.titles.credited_keys())

    def _section_from_breadcrumb(self) -> Field | None:
        crumbs = [i for i, kind in enumerate(self.kinds) if kind is _BREADCRUMB]
        if not crumbs:
            return None
        text = self.page.text(crumbs[-1])
        leaf = breadcrumb_leaf(text)
        folded = fold_line(leaf)
        # A leaf that reads, alone, as chrome ('… 메뉴 본문 바로가기': a skip-link menu glued to
        # the chain) is no section.
        alone = SourceLine(1, 0, len(folded), 0, folded, blank_before=True)
        if self.page.rules.classify(alone).shape is Shape.CHROME:
            return None
        start = self.page.text_starts[crumbs[-1]] + text.rindex(leaf)
        return Field(folded, Span(start, start + len(leaf)))

    def _section_from_category(self, end: int) -> tuple[int, Field | None]:
        """A category line in the head and its first entry (``Categories: Politics``)."""
        page = self.page
        for i in range(end):
            found = category_entry(page.text(i)) if self.kinds[i] is _UNKNOWN else None
            if found is not None:
                start, stop = (page.text_starts[i] + at for at in found)
                return i, Field(fold_line(page.source[start:stop]), Span(start, stop))
        return -1, None

    def _extend_section_runs(self, end: int) -> None:
        """A heading-case line between a known section and the headline goes on the run.

        ``Media Center`` / ``Bilateral/Multilateral Documents`` / the headline.
        """
        page, kinds = self.page, self.kinds
        for i in range(1, end - 1):
            if (
                kinds[i - 1] is _SECTION
                and kinds[i] is _UNKNOWN
                and page.shapes[i] == TEXT_CODE
                and not page.flags[i] & BLANK_BEFORE
                and heading_case(page.text(i))
                and page.shapes[i + 1] == TEXT_CODE
                and looks_like_headline(page.text(i + 1))  # else it wraps onto a headline's end
            ):
                kinds[i] = _SECTION

    def _sections_from_names(self) -> Iterator[Field]:
        """The leaf (last heading) of each run of section headings on adjacent lines, in order."""
        page, kinds = self.page, self.kinds
        for i, kind in enumerate(kinds):
            if kind is not _SECTION or self._runs_on_section(i + 1):
                continue
            name = fold_line(page.text(i)).removesuffix("상세보기").strip()
            field = Field(name, Span(page.text_starts[i], page.ends[i]))
            if self._runs_on_section(i):
                self.run_leaves.add(field.span.start)
            yield field

    def _runs_on_section(self, i: int) -> bool:
        """Line ``i`` is a section heading right under another: the run goes on."""
        kinds = self.kinds
        return (
            0 < i < len(kinds)
            and kinds[i] is _SECTION
            and kinds[i - 1] is _SECTION
            and not self.page.flags[i] & BLANK_BEFORE
        )

    def _section_from_blocks(self, blocks: list[list[int]], end: int) -> Field | None:
        title_at = next((i for i, kind in enumerate(self.kinds) if kind is _TITLE), None)
        page = self.page
        for block in reversed(blocks):
            i = block[-1]  # or in the headline's block, the topic right over it: 'G7' / 'G7 …'
            if title_at is not None and block[0] < title_at <= i and topic_over(page, title_at):
                i = title_at - 1
            if title_at is not None and i < title_at and self.kinds[i] is _UNKNOWN:
                # A place, a byline, a credit, a number, or a script neither the headline nor the
                # body (its first line, a repost's tag out) has: Hangul over English, an ad.
                text = fold_line(page.text(i))
                tag = page.tables.repost_tag_re()
                body = untagged(tag, fold(page.text(end))) if end < page.count else None
                if not self._may_be_section(i) or foreign_to(text, page.text(title_at), body):
                    return None
                return _undoubled(page.source, Field(text, Span(page.text_starts[i], page.ends[i])))
        return None

    def _may_be_section(self, i: int) -> bool:
        """Line ``i`` is no place, byline, credit, number, headline or list (a label may be)."""
        aside = self.titles.asides.get(i, Aside.DOCUMENT_TYPE)
        text = self.page.text(i)
        return (
            i not in self.titles.paired
            and aside is Aside.DOCUMENT_TYPE
            and any(char.isalpha() for char in text)
            and not label_or_link_run(text)
            and not not_a_section(fold_line(text))
            and not self._place_over_date(i, text)
        )

    def _place_over_date(self, i: int, text: str) -> bool:
        """A name alone right over the date line: a dateline's place on a line of its own.

        ``Lisbon`` / ``3 May 2012``: the place a readout was issued from, not the section.
        """
        return (
            i + 1 < self.page.count
            and self.kinds[i + 1] is _DATE_HEADER
            and not looks_like_headline(text)
            and all(word[:1].isupper() for word in text.split())
        )

    def _mark_section_copies(self, section: str, end: int) -> None:
        key = section.casefold()
        for i in range(end):
            kind = self.kinds[i]
            # Identity tests: a set of LineKind would hash each kind with Enum's Python __hash__.
            if kind is _UNKNOWN or kind is _SECTION:
                text = section_key(fold_line(self.page.text(i)).casefold())
                if text == key:
                    self.kinds[i] = _SECTION
                elif kind is _SECTION:
                    self.kinds[i] = _NAVIGATION


def _undoubled(source: str, field: Field) -> Field:
    """A heading printed twice on a line (``Media Center Media Center``) once; else a leaf.

    Once, its span ends after the first half's last word in ``source``, however far
    apart; a category printed before its sub-category (``정치 정치일반``) is the leaf.
    """
    text = said_once(field.text)
    if (leaf := sub_category(text)) is not text:  # '정치 정치일반': the line ends on the leaf
        return Field(leaf, Span(field.span.end - len(leaf), field.span.end))
    if text is field.text:
        return field
    end = unfolded_offset(source[field.span.start : field.span.end], len(text))
    return Field(text, Span(field.span.start, field.span.start + end))
