"""Stage 3: classified lines -> Readout. The only stateful code.

The page is read in three phases: the *head* (chrome, section, title, date
header), the *body* (paragraphs and subpoints) and the *trailer* (signature,
footers). Where the phases meet is decided first, by looking at the shapes of
all lines (:func:`find_body`); each phase is then read on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from readoutparse import _vocabulary as vocab
from readoutparse._classify import (
    Classified,
    Shape,
    chrome_key,
    classify_body,
    is_phrase,
    section_key,
)
from readoutparse._lines import SourceLine
from readoutparse._text import ends_sentence, fold_line, is_social, prose_measure
from readoutparse.errors import WARNING_CODES, ParseWarning
from readoutparse.model import Line, LineKind, Paragraph, Readout, Span, Subpoint

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    _Setter = Callable[[object, object], None]

# Vocabulary constants bound once, as Final names: compiled by mypyc, a module attribute
# costs a look-up at every use and a Final global none.
_BODY_ENDERS: Final = vocab.BODY_ENDERS
_BULLET_RANKS: Final = vocab.BULLET_RANKS
_HANGING_INDENT: Final = vocab.HANGING_INDENT
_HEADER_LOOKAHEAD: Final = vocab.HEADER_LOOKAHEAD
_LABEL_LEAD: Final = vocab.LABEL_LEAD
_LIST_RANK: Final = vocab.LIST_RANK
_MENU_WORDS: Final = vocab.MENU_WORDS
_NOTE_RANK: Final = vocab.NOTE_RANK
_NUMBERED_BODY_MIN_CHARS: Final = vocab.NUMBERED_BODY_MIN_CHARS
_ONE_PER_LINE_MIN_CHARS: Final = vocab.ONE_PER_LINE_MIN_CHARS
_PROSE_MIN_CHARS_CJK: Final = vocab.PROSE_MIN_CHARS_CJK
_SIGNATURE_INDENT: Final = vocab.SIGNATURE_INDENT
_TITLE_CASE_MAX_CHARS: Final = vocab.TITLE_CASE_MAX_CHARS
_TITLE_CASE_MIN_WORD: Final = vocab.TITLE_CASE_MIN_WORD
_TITLE_CASE_MIN_WORDS: Final = vocab.TITLE_CASE_MIN_WORDS
_TITLE_CASE_SHARE: Final = vocab.TITLE_CASE_SHARE
_TITLE_WRAP_MIN_CHARS: Final = vocab.TITLE_WRAP_MIN_CHARS
_WRAP_MIN_CHARS: Final = vocab.WRAP_MIN_CHARS
_WRAP_MIN_WIDTH: Final = vocab.WRAP_MIN_WIDTH
_WRAP_SLACK: Final = vocab.WRAP_SLACK

_BODY_BULLETS_IN_HEAD: Final = frozenset(m for m, rank in _BULLET_RANKS.items() if rank == 1) | {
    "※"
}
_BLOCK_SHAPES: Final = frozenset({Shape.TEXT, Shape.NUMBERED, Shape.BULLET, Shape.BOX})
_HEADER_SHAPES: Final = frozenset({Shape.DATE_LABEL, Shape.META_LABEL, Shape.TITLE_LABEL})
_LABEL_SHAPES: Final = _HEADER_SHAPES | {Shape.SECTION_NAME, Shape.END_MARK}
_DATED_SHAPES: Final = frozenset({Shape.DATE_LABEL, Shape.DATE})
_LABEL_LIKE: Final = frozenset({Shape.DATE_LABEL, Shape.DATE, Shape.META_LABEL, Shape.TITLE_LABEL})
_WRAPPABLE: Final = frozenset({Shape.DATE, Shape.CHROME, Shape.TEXT})  # never label lines
_UNWRAPPED: Final = frozenset({Shape.CHROME, Shape.SECTION_NAME, Shape.END_MARK})
_TRAILER_FIELDS: Final = frozenset({Shape.DATE, Shape.DATE_LABEL, Shape.META_LABEL})
_BODY_SHAPES: Final = frozenset(
    {Shape.NUMBERED, Shape.BULLET, Shape.TEXT, Shape.BOX}
)  # have handlers


def breadcrumb_leaf(text: str) -> str:
    """The last entry of a breadcrumb: ``1. HOME  2. Press  3. Press Releases`` or ``A > B``."""
    parts = [part for part in vocab.ITEM_SPLIT_RE.split(text) if part.strip()] or [text]
    return vocab.BREADCRUMB_CHAIN_RE.split(parts[-1])[-1].strip() or text


def warning_at(line: SourceLine, offset: int, code: str, detail: str = "") -> ParseWarning:
    """Build a warning for ``offset``, which lies on ``line``."""
    message = WARNING_CODES[code] + (f": {detail}" if detail else "")
    column = offset - (line.start - line.indent) + 1
    return ParseWarning(code=code, message=message, line=line.lineno, column=column)


def _numbered_body(item: Classified) -> bool:
    """Breadcrumbs, menus and link lists are short and never end a sentence; paragraphs are not."""
    long = len(item.content) >= _NUMBERED_BODY_MIN_CHARS
    return (long or ends_sentence(item.content)) and not is_social(item.content)


def _continues(item: Classified, after: Classified, *, wrapped: bool) -> bool:
    """Say whether ``after`` is a hard-wrapped line of the block ``item`` is in.

    ``wrapped`` is ``after``'s flag from :func:`wrap_flags`.
    """
    return wrapped or (
        item.shape in _BLOCK_SHAPES
        and after.shape is Shape.TEXT
        and not after.line.blank_before
        and len(after.line.text) < _ONE_PER_LINE_MIN_CHARS
        and not item.ends
    )


def block_prose(items: list[Classified], wrapped: list[bool]) -> list[bool]:
    """For each line: does the hard-wrapped block starting at it read as prose?

    Old pages wrap a paragraph at a fixed width, so its first line alone
    stops mid-sentence; the block it starts is judged as a whole: its length,
    its words, and whether its last line ends a sentence.
    """
    found = [item.prose for item in items]
    chars = words = 0
    ends = False
    after: Classified | None = None
    for i in range(len(items) - 1, -1, -1):
        item = items[i]
        text = item.line.text
        # Words count only in a block shorter than PROSE_MIN_CHARS_CJK (see prose_measure),
        # so the spaces of a longer line are never counted.
        spaces = text.count(" ") if len(text) < _PROSE_MIN_CHARS_CJK else 0
        if after is not None and _continues(item, after, wrapped=wrapped[i + 1]):
            chars += len(text)
            words += spaces + 1
        else:
            chars, words, ends = len(text), spaces + 1, item.ends
        if not found[i]:
            found[i] = prose_measure(chars, words, ends=ends)
        after = item
    return found


def wrap_width(items: list[Classified], wrapped: list[bool]) -> int | None:
    """The width the page was hard-wrapped at (median of mid-sentence breaks), if it was."""
    widths = sorted(
        width
        for i in range(len(items) - 1)
        if _continues(items[i], items[i + 1], wrapped=wrapped[i + 1])
        and (width := len(items[i].line.text) + items[i].line.indent) >= _WRAP_MIN_WIDTH
    )
    return widths[len(widths) // 2] if widths else None


def _looks_like_title(text: str) -> bool:
    """A short line whose longer words are nearly all capitalised reads as a headline."""
    if len(text) > _TITLE_CASE_MAX_CHARS:
        return False
    words = [word for word in text.split() if len(word) > _TITLE_CASE_MIN_WORD]
    if len(words) < _TITLE_CASE_MIN_WORDS:
        return False
    capitals = sum(1 for word in words if word[0].isupper())
    return capitals >= _TITLE_CASE_SHARE * len(words)


class _BodyFinder:
    """Decides where the head ends and the body starts, with one look at each line."""

    def __init__(self, items: list[Classified], wrapped: list[bool]) -> None:
        self.items = items
        self.wrapped = wrapped
        self.prose = block_prose(items, wrapped)

    def _next(self, i: int) -> Classified | None:
        return self.items[i + 1] if i + 1 < len(self.items) else None

    def starts_body(self, i: int) -> bool:
        item = self.items[i]
        shape = item.shape
        if shape is Shape.TEXT:
            return self.prose[i] and (item.prose or self._opens_block(i))
        if shape is Shape.BOX:
            return True
        if shape is Shape.NUMBERED:
            return self._numbered(i)
        if shape is Shape.BULLET:
            return item.marker in _BODY_BULLETS_IN_HEAD or item.prose
        return False

    def _numbered(self, i: int) -> bool:
        """A numbered line that is body: long or a sentence, or the start of a wrapped one."""
        return _numbered_body(self.items[i]) or self.prose[i]

    def _opens_block(self, i: int) -> bool:
        """A wrapped block's first line is long, or the next line goes on in lower case."""
        after = self._next(i)
        return len(self.items[i].line.text) >= _WRAP_MIN_CHARS or (
            after is not None and after.line.text[:1].islower()
        )

    def header_follows(self, i: int) -> bool:
        """A date or field label right after the line: the line is the title, not the body."""
        ahead = range(i + 1, min(i + 1 + _HEADER_LOOKAHEAD, len(self.items)))
        return any(self.items[j].shape in _HEADER_SHAPES and not self.wrapped[j] for j in ahead)

    def _after_title(self, item: Classified) -> bool:
        """Once a title is seen, headings, bullets and (after a date) numbers open the body."""
        if item.shape is Shape.TEXT:
            return is_heading(item.line.text)
        if item.shape is Shape.BULLET:
            return item.marker != "•"
        return item.shape is Shape.NUMBERED and not is_social(item.content)

    def start(self) -> int:
        seen_heading = seen_date = False
        for i, item in enumerate(self.items):
            seen_date = seen_date or item.shape in _DATED_SHAPES
            if not self.starts_body(i):
                opens = self._after_title(item) and (item.shape is not Shape.NUMBERED or seen_date)
                if (seen_heading and opens) or is_heading(item.line.text):
                    return i
                seen_heading = seen_heading or item.shape is Shape.TEXT
                continue
            if item.shape is Shape.TEXT and (
                self.header_follows(i) or (not seen_heading and _looks_like_title(item.line.text))
            ):
                seen_heading = True
                continue
            return i
        return len(self.items)

    def end(self, start: int) -> int:
        items, count = self.items, len(self.items)
        numbered = self._numbering(start)
        end = start
        for i in range(count - 1, start - 1, -1):
            if i in numbered or self._body_like(i):
                end = i + 1
                break
        while end < count and (
            (items[end].shape is Shape.TEXT and not items[end].line.blank_before)
            or self.wrapped[end]
        ):
            end += 1
        return next(
            (i for i in range(start, end) if _ends_body(items[i]) and not self.wrapped[i]), end
        )

    def _numbering(self, start: int) -> set[int]:
        """Numbered lines that carry the body's numbering on (``2.`` after ``1.``), short or not."""
        found: set[int] = set()
        last: int | None = None
        for i in range(start, len(self.items)):
            item = self.items[i]
            if item.shape is not Shape.NUMBERED:
                continue
            if self._numbered(i) or (last is not None and item.number == last + 1):
                found.add(i)
                last = item.number
        return found

    def _body_like(self, i: int) -> bool:
        item = self.items[i]
        if item.shape is Shape.BOX or item.shape is Shape.BULLET:
            return True
        if item.shape is Shape.NUMBERED:
            return self._numbered(i)
        return item.shape is Shape.TEXT and self.prose[i]


def wrap_flags(items: list[Classified]) -> list[bool]:
    """For each line: does it go on with the wrapped line before it, whatever it looks like?"""
    flags = [False] * len(items)
    for i in range(1, len(items)):
        flags[i] = wraps_into(items[i - 1], items[i], before_wrapped=flags[i - 1])
    return flags


def wraps_into(before: Classified, item: Classified, *, before_wrapped: bool) -> bool:
    """Say whether ``item``, whatever it looks like, goes on with the wrapped line before it.

    A hard-wrapped paragraph may put any words at the start of a line: 'back to
    Seoul …', 'Spokesperson and Deputy Minister …, who', 'posted on March 3,
    2019, …', '2023.09.29.'. A line that is no marker and no whole-line chrome
    phrase, directly under a long line that stops mid-sentence, is read on.
    """
    return (
        item.shape in _WRAPPABLE
        and not item.line.blank_before
        and (before_wrapped or before.shape not in _UNWRAPPED)
        and len(before.line.text) >= _WRAP_MIN_WIDTH
        and not before.ends
        and (item.shape is Shape.TEXT or _stops_mid_phrase(before.line.text))
        and item.line.text[:1] not in _LABEL_LEAD
        and item.line.indent <= before.line.indent + _HANGING_INDENT
        and not is_phrase(item.line.text)
    )


def _stops_mid_phrase(text: str) -> bool:
    """A line ending on a lower-case word, a comma or a possessive ('… until', '… the Ministry’s').

    Titles and headings end on a noun or a closing bracket, so a date or chrome
    line under them is their neighbour, not their continuation.
    """
    word = text.rsplit(None, 1)[-1]
    return word[-1] == "," or word.endswith(("’s", "'s")) or (word.isascii() and word[0].islower())


def _ends_body(item: Classified) -> bool:
    if item.shape is Shape.END_MARK:
        return True
    if item.shape is not Shape.CHROME:
        return False
    return (
        item.chrome is LineKind.SIGNATURE or chrome_key(fold_line(item.line.text)) in _BODY_ENDERS
    )


def find_body(items: list[Classified], wrapped: list[bool]) -> tuple[int, int]:
    """Return ``(start, end)``: the body is ``items[start:end]``.

    The body starts at the first paragraph-like line (a numbered sentence, a
    ``□`` item, a level-one bullet, a prose block) that is not the title (a
    headline-cased first line, or a line a date header follows). It ends after
    the last body-like line and the lines wrapped onto it, or at an end mark
    ``끝.``, a signature or a trailer heading (``외교부 개요``, ``Featured Topics``).
    """
    finder = _BodyFinder(items, wrapped)
    start = finder.start()
    return start, finder.end(start)


class _Field(NamedTuple):
    """A header value found in the head, with where it came from."""

    text: str
    span: Span


class _Head:
    """What the head phase found."""

    __slots__ = ("date", "date_span", "section", "title")

    def __init__(self) -> None:
        self.title: _Field | None = None
        self.section: _Field | None = None
        self.date: dt.date | None = None
        self.date_span: Span | None = None


class _Builder:
    """An open paragraph or subpoint: its marker, where its lines are, its children.

    It keeps offsets, not text: its text is sliced from the input when the
    readout is built, after the lines' own text has been let go.
    """

    __slots__ = (
        "children",
        "clean",
        "end",
        "heading",
        "indent",
        "last_ends",
        "last_width",
        "marker",
        "number",
        "parts",
        "rank",
        "start",
    )

    def __init__(self, item: Classified, rank: int) -> None:
        line = item.line
        self.marker = item.marker
        self.number = item.number
        self.parts = [(item.content_start, line.end)]  # where each line's text lies
        self.start = line.text_start
        self.end = line.end
        self.indent = line.indent
        self.last_width = line.indent + len(line.text)
        self.last_ends = item.content_ends
        # Its text needs no folding: printable, no double space, and something past the marker.
        self.clean = item.printable and "  " not in line.text and item.content_start < line.end
        self.heading = is_heading(item.content)  # the line's text itself when it has no marker
        self.rank = rank
        self.children: list[_Builder] = []

    def extend(self, item: Classified) -> None:
        line = item.line
        self.parts.append((line.text_start, line.end))
        self.end = line.end
        self.last_width = line.indent + len(line.text)
        self.last_ends = item.ends
        self.clean = self.clean and item.printable and "  " not in line.text
        self.heading = False  # only a one-line block is a heading

    def text(self, source: str) -> str:
        parts = self.parts
        if len(parts) == 1:
            start, end = parts[0]
            text = source[start:end]
        else:
            text = " ".join([source[start:end] for start, end in parts])
        # Printable lines without a double space, stripped and joined by one space, are folded.
        return text if self.clean else fold_line(text)

    def subpoints(self, source: str) -> tuple[Subpoint, ...]:
        if not self.children:
            return ()
        return tuple([child.subpoint(source) for child in self.children])

    def subpoint(self, source: str) -> Subpoint:
        subpoint: Subpoint = _new(Subpoint)  # Subpoint(marker=…, text=…, …), see make_line
        _SUBPOINT_MARKER(subpoint, self.marker or "")
        _SUBPOINT_TEXT(subpoint, self.text(source))
        _SUBPOINT_SUBPOINTS(subpoint, self.subpoints(source))
        _SUBPOINT_SPAN(subpoint, make_span(self.start, self.end))
        return subpoint

    def paragraph(self, source: str) -> Paragraph:
        paragraph: Paragraph = _new(Paragraph)  # Paragraph(number=…, …), see make_line
        _PARAGRAPH_NUMBER(paragraph, self.number)
        _PARAGRAPH_MARKER(paragraph, self.marker)
        _PARAGRAPH_TEXT(paragraph, self.text(source))
        _PARAGRAPH_SUBPOINTS(paragraph, self.subpoints(source))
        _PARAGRAPH_SPAN(paragraph, make_span(self.start, self.end))
        return paragraph


# --- building the model's records ---------------------------------------------------------
#
# A readout holds a Line and a Span per input line and a record per paragraph and subpoint.
# attrs' generated __init__ costs 0.2-0.6 us each; these set the same slots directly, which
# costs half that (less, compiled). The classes have no validators and no converters, and
# tests/test_assemble.py holds each result equal to the class's own constructor, field by
# field, so a field added to the model fails there first.


def _slot_setter(cls: type, name: str) -> _Setter:
    """The setter of the slot ``name`` of the slotted attrs class ``cls``."""
    setter: _Setter = cls.__dict__[name].__set__
    return setter


_new: Final = object.__new__
_SPAN_START: Final = _slot_setter(Span, "start")
_SPAN_END: Final = _slot_setter(Span, "end")
_LINE_KIND: Final = _slot_setter(Line, "kind")
_LINE_SPAN: Final = _slot_setter(Line, "span")
_LINE_LINENO: Final = _slot_setter(Line, "lineno")
_PARAGRAPH_NUMBER: Final = _slot_setter(Paragraph, "number")
_PARAGRAPH_MARKER: Final = _slot_setter(Paragraph, "marker")
_PARAGRAPH_TEXT: Final = _slot_setter(Paragraph, "text")
_PARAGRAPH_SUBPOINTS: Final = _slot_setter(Paragraph, "subpoints")
_PARAGRAPH_SPAN: Final = _slot_setter(Paragraph, "span")
_SUBPOINT_MARKER: Final = _slot_setter(Subpoint, "marker")
_SUBPOINT_TEXT: Final = _slot_setter(Subpoint, "text")
_SUBPOINT_SUBPOINTS: Final = _slot_setter(Subpoint, "subpoints")
_SUBPOINT_SPAN: Final = _slot_setter(Subpoint, "span")


def make_span(start: int, end: int) -> Span:
    """``Span(start, end)``, built by setting its slots."""
    span: Span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


def make_line(kind: LineKind, start: int, end: int, lineno: int) -> Line:
    """``Line(kind=kind, span=Span(start, end), lineno=lineno)``, built by setting its slots."""
    line: Line = _new(Line)
    _LINE_KIND(line, kind)
    _LINE_SPAN(line, make_span(start, end))
    _LINE_LINENO(line, lineno)
    return line


def is_heading(text: str) -> bool:
    """A body heading (``I. 모두 발언``, ``[Q&A]``): a first-character gate, then the regex."""
    return text[:1] in _HEADING_INITIALS and vocab.HEADING_RE.match(text) is not None


_HEADING_INITIALS: Final = frozenset("IVX[") | {chr(c) for c in range(0x2160, 0x216C)}  # Ⅰ-Ⅻ


class Assembler:
    """Reads classified lines into a :class:`Readout`, phase by phase."""

    def __init__(self, items: list[Classified], source: str) -> None:
        """Prepare to read ``items``, the classified non-blank lines of ``source``."""
        self.items = items
        self.source = source
        self.kinds: list[LineKind] = [LineKind.UNKNOWN] * len(items)
        self.warnings: list[ParseWarning] = []
        self.head = _Head()
        self.paragraphs: list[_Builder] = []
        self.stack: list[_Builder] = []
        self.last_number: int | None = None
        self.interrupted = False  # a chrome line since the open element's last line
        self.wrapped = wrap_flags(items)
        self.wrap_width = wrap_width(items, self.wrapped)

    # --- the head -----------------------------------------------------------------

    def read_head(self, end: int) -> None:
        """Read chrome, breadcrumbs, the date header, the section and the title."""
        date_index = self._read_head_fields(end)
        blocks = self._title_blocks(end)
        self._choose_title(blocks, date_index)
        self._choose_section(blocks, end)

    def _read_head_fields(self, end: int) -> int | None:
        """Give every head line a first kind; return the index of the first date line."""
        dates: list[tuple[int, int]] = []  # (priority, index)
        pending_label: int | None = None
        pending: LineKind | None = None  # what the value line after a field label is
        for i in range(end):
            item = self.items[i]
            if pending_label is not None and self._take_date_value(i, item, pending_label, dates):
                pending_label = None
                continue
            if pending_label is not None:
                self._warn(self.items[pending_label], "RP201", "no date follows the label")
                pending_label = None
            if pending is not None and item.shape not in _LABEL_SHAPES:
                self._take_field_value(i, pending)
                pending = None
                continue
            pending = None
            self.kinds[i] = self._head_kind(item)
            if item.shape is Shape.DATE_LABEL:
                pending_label = self._on_date_label(i, item, dates)
            elif item.shape is Shape.DATE:
                self._on_bare_date(i, item, dates)
            elif item.shape is Shape.META_LABEL:
                pending = None if item.content else LineKind.METADATA
            elif item.shape is Shape.TITLE_LABEL:
                pending = self._on_title_label(i, item)
        if pending_label is not None:
            self._warn(self.items[pending_label], "RP201", "no date follows the label")
        self._spread_menus(end)
        self._set_date(dates)
        return min((index for _, index in dates), default=None)

    def _take_field_value(self, i: int, kind: LineKind) -> None:
        self.kinds[i] = kind
        if kind is LineKind.TITLE:
            line = self.items[i].line
            self.head.title = _Field(fold_line(line.text), Span(line.text_start, line.end))

    def _on_title_label(self, i: int, item: Classified) -> LineKind | None:
        if not item.content:
            return LineKind.TITLE
        self.kinds[i] = LineKind.TITLE
        self.head.title = _Field(fold_line(item.content), Span(item.content_start, item.line.end))
        return None

    def _head_kind(self, item: Classified) -> LineKind:
        shape = item.shape
        if shape is Shape.CHROME:
            return item.chrome
        if shape is Shape.DATE_LABEL or shape is Shape.DATE:
            return LineKind.DATE_HEADER
        if shape is Shape.META_LABEL or shape is Shape.TITLE_LABEL:
            return LineKind.METADATA
        if shape is Shape.SECTION_NAME:
            return LineKind.SECTION
        if shape is Shape.NUMBERED:
            return self._numbered_head_kind(item)
        return LineKind.UNKNOWN

    def _numbered_head_kind(self, item: Classified) -> LineKind:
        items = [
            fold_line(part).casefold() for part in vocab.ITEM_SPLIT_RE.split(item.line.text) if part
        ]
        if is_social(item.content) or any(part in _MENU_WORDS for part in items):
            return LineKind.NAVIGATION
        return LineKind.BREADCRUMB

    def _spread_menus(self, end: int) -> None:
        """A run of numbered head lines with one menu entry in it is a menu throughout."""
        run: list[int] = []
        for i in range(end + 1):
            if i < end and self.items[i].shape is Shape.NUMBERED:
                run.append(i)
                continue
            if any(self.kinds[j] is LineKind.NAVIGATION for j in run):
                for j in run:
                    self.kinds[j] = LineKind.NAVIGATION
            run = []

    def _on_date_label(self, i: int, item: Classified, dates: list[tuple[int, int]]) -> int | None:
        if item.date is None:
            return i
        if item.date.value is None:
            self._warn(item, "RP201", "the date is not a valid calendar date")
            return None
        dates.append((2 if item.modified else 0, i))
        return None

    def _take_date_value(
        self, i: int, item: Classified, label: int, dates: list[tuple[int, int]]
    ) -> bool:
        if item.shape is not Shape.DATE or item.date is None:
            return False
        self.kinds[i] = LineKind.DATE_HEADER
        if item.date.value is None:
            self._warn(item, "RP201", "the date is not a valid calendar date")
            return True
        dates.append((2 if self.items[label].modified else 0, i))
        return True

    def _on_bare_date(self, i: int, item: Classified, dates: list[tuple[int, int]]) -> None:
        if item.date is not None and item.date.value is None:
            self._warn(item, "RP201", "the date is not a valid calendar date")
        else:
            dates.append((1, i))

    def _set_date(self, dates: list[tuple[int, int]]) -> None:
        if not dates:
            return
        _, index = min(dates)
        item = self.items[index]
        assert item.date is not None  # noqa: S101 - only dated lines are listed
        base = item.line.end - len(item.line.text)
        self.head.date = item.date.value
        self.head.date_span = Span(base + item.date.start, base + item.date.end)

    def _title_blocks(self, end: int) -> list[list[int]]:
        """Group head lines still unplaced (plain text) into blocks of adjacent lines."""
        blocks: list[list[int]] = []
        previous = -2
        for i in range(end):
            if self.items[i].shape is not Shape.TEXT or self.kinds[i] is not LineKind.UNKNOWN:
                previous = -2
                continue
            if previous == i - 1 and not self.items[i].line.blank_before:
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
        block = candidates[-1]
        if date_index is not None:
            before = [b for b in candidates if b[-1] < date_index]
            after = [b for b in candidates if b[0] > date_index]
            block = before[-1] if before else after[0] if after else block
        indices = self._title_lines(block)
        title = fold_line(" ".join(self.items[i].line.text for i in indices))
        first = self._first_copy(blocks, title, indices)
        for i in first:
            self.kinds[i] = LineKind.TITLE
        start, end = self.items[first[0]].line.text_start, self.items[first[-1]].line.end
        self.head.title = _Field(title, Span(start, end))
        self._mark_copies(blocks, title, first)

    def _mark_copies(self, blocks: list[list[int]], title: str, first: list[int]) -> None:
        copies = {title, *self._parts(first)}
        for block in blocks:
            for i in block:
                if i not in first and fold_line(self.items[i].line.text) in copies:
                    self.kinds[i] = LineKind.DUPLICATE_TITLE

    def _headline_blocks(self, blocks: list[list[int]]) -> list[list[int]]:
        """Blocks of more than one word: a lone word (a department, an alt text) is no title."""
        multi = [b for b in blocks if any(" " in self.items[i].line.text for i in b)]
        return multi or blocks

    def _title_lines(self, block: list[int]) -> list[int]:
        """The title's lines in its block: the last line and the wrapped lines before it."""
        lines = [block[-1]]
        for i in reversed(block[:-1]):
            text = self.items[i].line.text
            if (
                len(text) < _TITLE_WRAP_MIN_CHARS
                or ends_sentence(text)
                or fold_line(text) == fold_line(self.items[lines[0]].line.text)
            ):
                break
            lines.insert(0, i)
        return lines

    def _parts(self, indices: list[int]) -> set[str]:
        return {fold_line(self.items[i].line.text) for i in indices}

    def _first_copy(self, blocks: list[list[int]], title: str, chosen: list[int]) -> list[int]:
        if len(chosen) > 1:
            return chosen
        for block in blocks:
            for i in block:
                if fold_line(self.items[i].line.text) == title:
                    return [i]
        return chosen  # pragma: no cover - the chosen line is itself a copy

    def _choose_section(self, blocks: list[list[int]], end: int) -> None:
        for choose in (self._section_from_breadcrumb, self._section_from_name):
            found = choose()
            if found is not None:
                self.head.section = found
                break
        else:
            self.head.section = self._section_from_blocks(blocks)
        if self.head.section is not None:
            self._mark_section_copies(self.head.section.text, end)

    def _section_from_breadcrumb(self) -> _Field | None:
        breadcrumb = LineKind.BREADCRUMB  # looked up once: an enum member costs a look-up each time
        crumbs = [i for i, kind in enumerate(self.kinds) if kind is breadcrumb]
        if not crumbs:
            return None
        line = self.items[crumbs[-1]].line
        leaf = breadcrumb_leaf(line.text)
        start = line.text_start + line.text.rindex(leaf)
        return _Field(fold_line(leaf), Span(start, start + len(leaf)))

    def _section_from_name(self) -> _Field | None:
        section = LineKind.SECTION
        for i, kind in enumerate(self.kinds):
            if kind is section:
                line = self.items[i].line
                name = fold_line(line.text).removesuffix("상세보기").strip()
                return _Field(name, Span(line.text_start, line.end))
        return None

    def _section_from_blocks(self, blocks: list[list[int]]) -> _Field | None:
        title = LineKind.TITLE
        title_at = next((i for i, kind in enumerate(self.kinds) if kind is title), None)
        for block in reversed(blocks):
            i = block[-1]
            line = self.items[i].line
            if title_at is not None and i < title_at and self.kinds[i] is LineKind.UNKNOWN:
                return _Field(fold_line(line.text), Span(line.text_start, line.end))
        return None

    def _mark_section_copies(self, section: str, end: int) -> None:
        key = section.casefold()
        for i in range(end):
            kind = self.kinds[i]
            # Identity tests: a set of LineKind would hash each kind with Enum's Python __hash__.
            if kind is LineKind.UNKNOWN or kind is LineKind.SECTION:
                text = section_key(fold_line(self.items[i].line.text).casefold())
                if text == key:
                    self.kinds[i] = LineKind.SECTION
                elif kind is LineKind.SECTION:
                    self.kinds[i] = LineKind.NAVIGATION

    # --- the body -----------------------------------------------------------------

    def read_body(self, start: int, end: int) -> None:
        """Read paragraphs and subpoints from ``items[start:end]``."""
        for i in range(start, end):
            item = self.items[i]
            if item.shape in _LABEL_LIKE or self.wrapped[i]:
                item = classify_body(item.line)
                self.items[i] = item
            self.kinds[i] = self._on_body_line(item)

    def _on_body_line(self, item: Classified) -> LineKind:
        shape = item.shape
        if shape in _BODY_SHAPES:
            # A chain of tests rather than a table of methods: mypyc compiles it to calls.
            if shape is Shape.NUMBERED:
                kind = self._on_numbered(item)
            elif shape is Shape.BULLET:
                kind = self._on_bullet(item)
            elif shape is Shape.TEXT:
                kind = self._on_text(item)
            else:  # Shape.BOX
                kind = self._open_paragraph(item)
            self.interrupted = False
            return kind
        # Chrome between two lines keeps them apart: an element's span never covers it.
        self.interrupted = True
        if item.shape is Shape.CHROME:
            return item.chrome
        return LineKind.NAVIGATION  # a section heading inside the body is a menu entry

    def _open_paragraph(self, item: Classified) -> LineKind:
        builder = _Builder(item, 0)
        self.paragraphs.append(builder)
        self.stack = [builder]
        return LineKind.PARAGRAPH

    def _on_numbered(self, item: Classified) -> LineKind:
        number = item.number
        expected = 1 if self.last_number is None else self.last_number + 1
        if number != expected:
            self._warn(item, "RP203", f"expected {expected}, found {number}")
        self.last_number = number
        return self._open_paragraph(item)

    def _on_bullet(self, item: Classified) -> LineKind:
        if not self.stack or (self.stack[0].marker == item.marker and self.stack[0].number is None):
            # Bullets before any paragraph (a lead summary) are paragraphs, and so are
            # the bullets of the same kind that follow them.
            return self._open_paragraph(item)
        rank = _BULLET_RANKS.get(item.marker or "", 1)
        indent = item.line.indent
        while len(self.stack) > 1 and self._closes(self.stack[-1], rank, indent):
            self.stack.pop()
        builder = _Builder(item, rank)
        self.stack[-1].children.append(builder)
        self.stack.append(builder)
        return LineKind.SUBPOINT

    @staticmethod
    def _closes(top: _Builder, rank: int, indent: int) -> bool:
        """Say whether a new subpoint of ``rank`` at ``indent`` closes the open ``top``."""
        if rank == _NOTE_RANK:
            return top.indent >= indent and top.rank == _NOTE_RANK
        if top.rank == _NOTE_RANK and rank >= _LIST_RANK:
            return top.indent > indent  # a note's own '-' list nests under it
        if top.rank == rank:
            return top.indent >= indent
        return top.rank > rank

    def _on_text(self, item: Classified) -> LineKind:
        line = item.line
        if (
            self.stack
            and not line.blank_before
            and not self.interrupted
            and not self._ends_paragraph(self.stack[-1])
            and vocab.SPEAKER_RE.match(line.text) is None
        ):
            self.stack[-1].extend(item)
            return LineKind.CONTINUATION
        return self._open_paragraph(item)

    def _ends_paragraph(self, builder: _Builder) -> bool:
        """Say whether the block's last line ended its paragraph though no blank line follows.

        A line that ends a sentence ends the paragraph (one paragraph per line),
        unless the page is hard-wrapped and the line is as wide as the wrap.
        """
        if builder.heading:
            return True
        if not builder.last_ends:
            return False
        width = self.wrap_width
        return width is None or abs(builder.last_width - width) > _WRAP_SLACK

    # --- the trailer --------------------------------------------------------------

    def read_trailer(self, start: int) -> None:
        """Give the lines after the body their chrome kinds."""
        for i in range(start, len(self.items)):
            item = self.items[i]
            self.kinds[i] = self._trailer_kind(item)

    def _trailer_kind(self, item: Classified) -> LineKind:
        shape = item.shape
        if shape is Shape.CHROME:
            return item.chrome
        if shape is Shape.END_MARK:
            return LineKind.END_MARK
        if shape in _TRAILER_FIELDS:
            return LineKind.METADATA
        if shape is Shape.SECTION_NAME or shape is Shape.NUMBERED or is_social(item.line.text):
            return LineKind.NAVIGATION
        if item.line.indent >= _SIGNATURE_INDENT:
            return LineKind.SIGNATURE
        return LineKind.UNKNOWN

    # --- the result ---------------------------------------------------------------

    def _warn(self, item: Classified, code: str, detail: str = "") -> None:
        self.warnings.append(warning_at(item.line, item.line.text_start, code, detail))

    def _document_warnings(self) -> None:
        lines = [item.line for item in self.items]
        first = lines[0] if lines else _EMPTY_LINE
        if self.head.title is None:
            self.warnings.append(warning_at(first, first.start, "RP101"))
        if not self.paragraphs:
            self.warnings.append(warning_at(first, first.start, "RP102"))
        for item in self.items:
            line = item.line
            control = None if item.printable else vocab.CONTROL_RE.search(line.text)
            if control is not None:
                offset = line.end - len(line.text) + control.start()
                detail = f"U+{ord(control.group()):04X}"
                self.warnings.append(warning_at(line, offset, "RP301", detail))
                break
        self.warnings.sort(key=lambda warning: (warning.line, warning.column))

    def run(self) -> Readout:
        """Read the head, the body and the trailer, and return the readout."""
        start, end = find_body(self.items, self.wrapped)
        self.read_head(start)
        self.read_body(start, end)
        self.read_trailer(end)
        return self.readout()

    def readout(self) -> Readout:
        """Return the record: structured view, lossless lines and warnings.

        The lines are let go once their kinds are recorded: when the assembler
        holds the only reference to them (as in :func:`readoutparse.parse`), their
        text is freed before the paragraphs' text is sliced from the input. So this
        is called once, last.
        """
        self._document_warnings()
        lines = tuple(
            [
                make_line(kind, line.start, line.end, line.lineno)
                for line, kind in zip([item.line for item in self.items], self.kinds, strict=True)
            ]
        )
        self.items = []
        source = self.source
        head = self.head
        return Readout(
            title=None if head.title is None else head.title.text,
            date=head.date,
            section=None if head.section is None else head.section.text,
            paragraphs=tuple([builder.paragraph(source) for builder in self.paragraphs]),
            lines=lines,
            warnings=tuple(self.warnings),
            title_span=None if head.title is None else head.title.span,
            date_span=head.date_span,
            section_span=None if head.section is None else head.section.span,
        )


_EMPTY_LINE: Final = SourceLine(lineno=1, start=0, end=0, indent=0, text="", blank_before=True)


def assemble(items: list[Classified], source: str) -> Readout:
    """Read ``items``, the classified lines of ``source``, into a readout."""
    return Assembler(items, source).run()
