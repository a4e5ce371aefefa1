"""The head phase: chrome, breadcrumbs, the date header, the section and the title.

It reads the lines before the body (:func:`readoutparse._layout.find_body`
says where that starts), gives each its kind, and returns what it found.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Final, NamedTuple

from readoutparse import _vocabulary as vocab
from readoutparse._classify import breadcrumb_leaf, looks_like_headline
from readoutparse._evidence import TitleEvidence
from readoutparse._headline import (
    HEADLINE_MAX_CHARS,
    TITLE_WRAP_MIN_CHARS,
    TITLE_WRAP_MIN_CHARS_CJK,
)
from readoutparse._page import BLANK_BEFORE, MODIFIED
from readoutparse._phrases import BREADCRUMB_ROOTS
from readoutparse._publisher import (
    heading_case,
    is_document_type,
    names_publisher,
    publisher_keys,
    said_once,
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
from readoutparse._text import ends_sentence, fold_line, is_dense, is_social
from readoutparse.model import LineKind, Span

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from readoutparse._page import Page

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

    def take_date(self, page: Page, i: int) -> None:
        """Take the date line ``i`` holds as the page's, with where it lies in the input."""
        found = page.dates[i]
        base = page.text_starts[i]
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
        self.credited: frozenset[str] | None = None  # the publishers the page credits
        self.run_leaves: set[int] = set()  # where the leaves of runs of section headings start

    def read(self, end: int) -> None:
        """Read chrome, breadcrumbs, the date header, the section and the title."""
        date_index = self._read_head_fields(end)
        self._extend_section_runs(end)
        blocks = self._title_blocks(end)
        self._choose_title(blocks, date_index)
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
                pending = None if self.page.content(i) else LineKind.METADATA
            elif shape == TITLE_LABEL_CODE:
                pending = self._on_title_label(i)
        if pending_label is not None:
            self.page.warn(pending_label, "RP201", "no date follows the label")
        self._spread_menus(end)
        self._set_date(dates)
        return min((index for _, index in dates), default=None)

    def _take_field_value(self, i: int, kind: LineKind) -> None:
        self.kinds[i] = kind
        if kind is LineKind.TITLE:
            page = self.page
            self.head.title = Field(
                fold_line(page.text(i)), Span(page.text_starts[i], page.ends[i])
            )
            self.head.title_lines = [i]

    def _on_title_label(self, i: int) -> LineKind | None:
        page = self.page
        content = page.content(i)
        if not content:
            return LineKind.TITLE
        self.kinds[i] = LineKind.TITLE
        content_start = page.text_starts[i] + page.marker_end(i)
        self.head.title = Field(fold_line(content), Span(content_start, page.ends[i]))
        self.head.title_lines = [i]
        return None

    def _head_kind(self, i: int) -> LineKind:
        shape = self.page.shapes[i]
        if shape == CHROME_CODE:
            return self.page.chromes[i]
        if shape in _DATED:
            return LineKind.DATE_HEADER
        if shape in _FIELD_LABELS:
            return LineKind.METADATA
        if shape == SECTION_NAME_CODE:
            return LineKind.SECTION
        if shape == NUMBERED_CODE:
            return self._numbered_head_kind(i)
        return LineKind.UNKNOWN

    def _numbered_head_kind(self, i: int) -> LineKind:
        items = [
            fold_line(part).casefold()
            for part in vocab.ITEM_SPLIT_RE.split(self.page.text(i))
            if part
        ]
        menu_words = self.page.tables.menu_words
        if is_social(self.page.content(i)) or any(part in menu_words for part in items):
            return LineKind.NAVIGATION
        return LineKind.BREADCRUMB

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
                    self.kinds[j] = LineKind.BREADCRUMB
            elif any(self.kinds[j] is LineKind.NAVIGATION for j in run):
                for j in run:
                    self.kinds[j] = LineKind.NAVIGATION
            run = []

    def _on_date_label(self, i: int, dates: list[tuple[int, int]]) -> int | None:
        found = self.page.dates.get(i)
        if found is None:
            return i
        if found.value is None:
            self.page.warn(i, "RP201", "the date is not a valid calendar date")
            return None
        dates.append((2 if self.page.flags[i] & MODIFIED else 0, i))
        return None

    def _take_date_value(self, i: int, label: int, dates: list[tuple[int, int]]) -> bool:
        found = self.page.dates.get(i)
        if self.page.shapes[i] != DATE_CODE or found is None:
            return False
        self.kinds[i] = LineKind.DATE_HEADER
        if found.value is None:
            self.page.warn(i, "RP201", "the date is not a valid calendar date")
            return True
        dates.append((2 if self.page.flags[label] & MODIFIED else 0, i))
        return True

    def _on_bare_date(self, i: int, dates: list[tuple[int, int]]) -> None:
        found = self.page.dates.get(i)
        if found is not None and found.value is None:
            self.page.warn(i, "RP201", "the date is not a valid calendar date")
        else:
            dates.append((1, i))

    def _set_date(self, dates: list[tuple[int, int]]) -> None:
        if dates:
            self.head.take_date(self.page, min(dates)[1])

    def _title_blocks(self, end: int) -> list[list[int]]:
        """Group head lines still unplaced (plain text) into blocks of adjacent lines."""
        blocks: list[list[int]] = []
        previous = -2
        text, shapes, flags = TEXT_CODE, self.page.shapes, self.page.flags
        for i in range(end):
            if shapes[i] != text or self.kinds[i] is not LineKind.UNKNOWN:
                previous = -2
                continue
            if previous == i - 1 and not flags[i] & BLANK_BEFORE:
                blocks[-1].append(i)
            else:
                blocks.append([i])
            previous = i
        return blocks

    def _choose_title(self, blocks: list[list[int]], date_index: int | None) -> None:
        if self.head.title is not None:  # a title label gave it
            self._mark_copies(blocks, self.head.title.text, [])
            return
        if not blocks:
            return
        candidates = self._headline_blocks(blocks)
        # A repeated headline is the strongest evidence; where a block stands decides otherwise.
        several = len(candidates) > 1 or len(candidates[0]) > 1
        repeated = self._repeated_headline(candidates) if several else []
        if repeated:
            indices, self.head.title_evidence = repeated, TitleEvidence.REPEATED
        else:
            indices = self._title_lines(self._positional_block(candidates, date_index))
            several = len(candidates) > 1
            self.head.title_evidence = (
                TitleEvidence.AMONG_OTHERS if several else TitleEvidence.ALONE
            )
        title = fold_line(" ".join(self.page.text(i) for i in indices))
        first = self._first_copy(blocks, title, indices)
        for i in first:
            self.kinds[i] = LineKind.TITLE
        start, end = self.page.text_starts[first[0]], self.page.ends[first[-1]]
        self.head.title = Field(title, Span(start, end))
        self.head.title_lines = first
        self._mark_copies(blocks, title, first)

    @staticmethod
    def _positional_block(candidates: list[list[int]], date_index: int | None) -> list[int]:
        """Without other evidence: the last block before the date header, or the first after it.

        With no date header, the last block of the head.
        """
        if date_index is None:
            return candidates[-1]
        before = [b for b in candidates if b[-1] < date_index]
        after = (b for b in candidates if b[0] > date_index)  # no text block holds a date line
        return before[-1] if before else next(after, candidates[-1])

    def _repeated_headline(self, candidates: list[list[int]]) -> list[int]:
        """The first headline-shaped head lines that the page states again, word for word.

        Pages repeat their headline (after the date block, in a breadcrumb's last
        entry, in the trailer's share text or list), and repeat little else of
        that shape: a repeat is stronger evidence than where a line stands. A
        wrapped headline repeats line by line: the lines that follow the first
        and repeat too are part of it.
        """
        page = self.page
        counts = Counter(
            fold_line(page.text(i)) for i in range(len(page)) if page.width(i) <= HEADLINE_MAX_CHARS
        )
        for block in candidates:
            for at, i in enumerate(block):
                text = fold_line(page.text(i))
                if counts[text] > 1 and looks_like_headline(text):
                    lines, seen = [i], {text}
                    for j in block[at + 1 :]:
                        after = fold_line(page.text(j))
                        if counts[after] < 2 or after in seen:  # noqa: PLR2004 - once more
                            break  # a line stated once, or the headline's copy begins
                        lines.append(j)
                        seen.add(after)
                    return lines
        return []

    def _mark_copies(self, blocks: list[list[int]], title: str, first: list[int]) -> None:
        copies = {title, *self._parts(first)}
        for block in blocks:
            for i in block:
                if i not in first and fold_line(self.page.text(i)) in copies:
                    self.kinds[i] = LineKind.DUPLICATE_TITLE

    def _headline_blocks(self, blocks: list[list[int]]) -> list[list[int]]:
        """Blocks of more than one word: a lone word (a department, an alt text) is no title."""
        multi = [b for b in blocks if any(" " in self.page.text(i) for i in b)]
        return multi or blocks

    def _title_lines(self, block: list[int]) -> list[int]:
        """The title's lines in its block: the last line and the wrapped lines before it."""
        lines = [block[-1]]
        for i in reversed(block[:-1]):
            text = self.page.text(i)
            if (
                len(text) < (TITLE_WRAP_MIN_CHARS_CJK if is_dense(text) else TITLE_WRAP_MIN_CHARS)
                or ends_sentence(text)
                or fold_line(text) == fold_line(self.page.text(lines[0]))
            ):
                break
            lines.insert(0, i)
        return lines

    def _parts(self, indices: list[int]) -> set[str]:
        return {fold_line(self.page.text(i)) for i in indices}

    def _first_copy(self, blocks: list[list[int]], title: str, chosen: list[int]) -> list[int]:
        if len(chosen) > 1:
            return chosen
        for block in blocks:
            for i in block:
                if fold_line(self.page.text(i)) == title:
                    return [i]
        return chosen  # pragma: no cover - the chosen line is itself a copy

    def _choose_section(self, blocks: list[list[int]], end: int) -> None:
        """The page's section, on the evidence the head gives (``docs/internals.md``).

        A breadcrumb's leaf, then a section heading, then the line above the headline;
        none of them when it names the site, ministry or agency that publishes the page
        (unless it is a known section name); a label saying what the page is
        (``News story``) only when the page names no other section.
        """
        labels: list[Field] = []
        chosen: Field | None = None
        for found in (self._section_from_breadcrumb(), *self._sections_from_names()):
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
                found = self._section_from_blocks(blocks)
                chosen = None if found is None or self._names_publisher(found.text) else found
        self.head.section = chosen
        if chosen is not None:
            self._mark_section_copies(chosen.text, end)

    def _above_title(self, found: Field) -> bool:
        title = self.head.title
        return title is None or found.span.start < title.span.start

    def _names_publisher(self, text: str) -> bool:
        """Whether ``text`` names who publishes the page rather than where it sits."""
        if section_key(text.casefold()) in self.page.tables.sections:
            return False
        if self.credited is None:  # read once, and only for a page that needs it
            page = self.page
            self.credited = publisher_keys(page.text(i) for i in range(len(page)))
        return names_publisher(text, self.credited)

    def _section_from_breadcrumb(self) -> Field | None:
        breadcrumb = LineKind.BREADCRUMB  # looked up once: an enum member costs a look-up each time
        crumbs = [i for i, kind in enumerate(self.kinds) if kind is breadcrumb]
        if not crumbs:
            return None
        text = self.page.text(crumbs[-1])
        leaf = breadcrumb_leaf(text)
        start = self.page.text_starts[crumbs[-1]] + text.rindex(leaf)
        return Field(fold_line(leaf), Span(start, start + len(leaf)))

    def _extend_section_runs(self, end: int) -> None:
        """A heading-case line between a known section and the headline goes on the run.

        ``Media Center`` / ``Bilateral/Multilateral Documents`` / the headline.
        """
        page, kinds = self.page, self.kinds
        for i in range(1, end - 1):
            if (
                kinds[i - 1] is LineKind.SECTION
                and kinds[i] is LineKind.UNKNOWN
                and page.shapes[i] == TEXT_CODE
                and not page.flags[i] & BLANK_BEFORE
                and heading_case(page.text(i))
                and page.shapes[i + 1] == TEXT_CODE
            ):
                kinds[i] = LineKind.SECTION

    def _sections_from_names(self) -> Iterator[Field]:
        """The leaf (last heading) of each run of section headings on adjacent lines, in order."""
        page, kinds = self.page, self.kinds
        for i, kind in enumerate(kinds):
            if kind is not LineKind.SECTION or self._runs_on_section(i + 1):
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
            and kinds[i] is LineKind.SECTION
            and kinds[i - 1] is LineKind.SECTION
            and not self.page.flags[i] & BLANK_BEFORE
        )

    def _section_from_blocks(self, blocks: list[list[int]]) -> Field | None:
        title = LineKind.TITLE
        title_at = next((i for i, kind in enumerate(self.kinds) if kind is title), None)
        for block in reversed(blocks):
            i = block[-1]
            if title_at is not None and i < title_at and self.kinds[i] is LineKind.UNKNOWN:
                text = fold_line(self.page.text(i))
                return _undoubled(Field(text, Span(self.page.text_starts[i], self.page.ends[i])))
        return None

    def _mark_section_copies(self, section: str, end: int) -> None:
        key = section.casefold()
        for i in range(end):
            kind = self.kinds[i]
            # Identity tests: a set of LineKind would hash each kind with Enum's Python __hash__.
            if kind is LineKind.UNKNOWN or kind is LineKind.SECTION:
                text = section_key(fold_line(self.page.text(i)).casefold())
                if text == key:
                    self.kinds[i] = LineKind.SECTION
                elif kind is LineKind.SECTION:
                    self.kinds[i] = LineKind.NAVIGATION


def _undoubled(field: Field) -> Field:
    """A heading a page printed twice on one line (``Media Center Media Center``), once."""
    text = said_once(field.text)
    if text is field.text:
        return field
    return Field(text, Span(field.span.start, field.span.start + len(text)))
