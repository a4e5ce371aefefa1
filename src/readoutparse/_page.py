"""The line view the assembly phases share: every line's place and shape, kept as columns.

The page is split and classified in one pass, one line at a time
(:func:`~readoutparse._lines.iter_lines`, :func:`~readoutparse._classify.classify`);
what the phases read of each line is kept in columns (offsets and markings in
arrays, shapes and flags in lists of small numbers, the few values that only
some lines carry in dictionaries), never as an object and a copy of its text
per line. A line's text
is sliced from the input when a phase asks for it (:meth:`Page.text`), and a
phase that wants a line's whole record gets it rebuilt from the columns
(:meth:`Page.item`).

Each phase reads the lines and the decisions of the phases before it, and
writes its own: the kind of each line it reads, and the warnings it raises.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, Final

from readoutparse._classify import DEFAULT_RULES
from readoutparse._lines import SourceLine, iter_lines
from readoutparse._shape import (
    CHROME_CODE,
    SHAPES,
    TEXT_CODE,
    Classified,
    Shape,
    sentence_flags,
)
from readoutparse._shape import SHAPE_CODES as _SHAPE_CODES
from readoutparse._text import fold_line
from readoutparse.errors import WARNING_CODES, ParseWarning
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse import _dates
    from readoutparse._classify import RuleSet
    from readoutparse._rules import Tables

# Flags of a line, one byte each (Page.flags).
BLANK_BEFORE: Final = 1  # a blank line (or the start of input) is before it
ENDS: Final = 2  # the whole line ends a sentence
CONTENT_ENDS: Final = 4  # its text past the marker ends a sentence
PROSE: Final = 8  # it reads as a sentence, on its own
MODIFIED: Final = 16  # a date label of a modification date ('수정일', 'Last updated')
PRINTABLE_KNOWN: Final = 32  # PRINTABLE is worked out
PRINTABLE: Final = 64  # every character of its text is printable

# A line's marking (Page.markings), one number: where its text past the marker starts, the
# marker's length (markers start the text and are a few characters long: a property test
# holds every rule to both) and its paragraph number plus one (0 for none; at most 999).
_MARKER_END_BITS: Final = 40
_MARKER_LEN_BITS: Final = 12
_NUMBER_SHIFT: Final = _MARKER_END_BITS + _MARKER_LEN_BITS
_MARKER_END_MASK: Final = (1 << _MARKER_END_BITS) - 1
_MARKER_LEN_MASK: Final = (1 << _MARKER_LEN_BITS) - 1
MAX_MARKER_CHARS: Final = _MARKER_LEN_MASK

_SMALL: Final = 2**31  # offsets of a shorter input fit in four bytes


class Page:
    """The lines of one page as columns, each line's kind so far, and the warnings.

    Line ``i``'s text is ``source[text_starts[i]:ends[i]]`` and ``indents[i]``
    is its indentation; its shape is ``SHAPES[shapes[i]]``, ``flags[i]`` holds
    the flags above and ``markings[i]`` its marker (:meth:`marker`,
    :meth:`marker_end`, :meth:`number`). Its line number is worked out when a
    warning needs it (:meth:`lineno`). ``wrapped[i]`` says
    whether it goes on with the hard-wrapped line before it, whatever it looks
    like; ``runs_on[i]`` whether it goes on with the sentence of the line
    above it (both worked out by the layout phase).

    ``count`` is the number of lines, ``len(page)``; the phases' loops read it as an
    attribute, since ``len()`` of an interpreted class calls its ``__len__`` in Python.
    """

    __slots__ = (
        "chromes",
        "contents",
        "count",
        "dates",
        "ends",
        "first_skip",
        "flags",
        "indents",
        "kinds",
        "linenos",
        "markings",
        "rules",
        "runs_on",
        "shapes",
        "source",
        "tables",
        "text_starts",
        "warnings",
        "widths",
        "wrapped",
    )

    def __init__(self, source: str, rules: RuleSet = DEFAULT_RULES) -> None:
        """Split and classify ``source``; start with every line's kind unknown and no warning.

        ``rules`` classify each line; the phases read its word tables as ``tables``.
        """
        self.source = source
        self.rules = rules
        self.tables: Tables = rules.tables
        code = "i" if len(source) < _SMALL else "q"
        self.text_starts = array(code)
        self.ends = array(code)
        self.indents: list[int] = []  # lists: read often, and most values are small numbers
        self.linenos: array[int] | None = None
        self.markings: list[int] = []  # 0, a shared number, on most lines
        self.widths: list[int] = []
        self.shapes: list[int] = []
        self.flags: list[int] = []
        self.chromes: dict[int, LineKind] = {}
        self.dates: dict[int, _dates.FoundDate] = {}
        self.contents: dict[int, str] = {}
        self.first_skip = 0  # a byte-order mark before the first line's text
        self.count = 0
        for line in iter_lines(source):
            self._append(line)
        self.kinds: list[LineKind] = [LineKind.UNKNOWN] * self.count
        self.wrapped: list[bool] = []
        self.runs_on: list[bool] = []
        self.warnings: list[ParseWarning] = []

    def _append(self, line: SourceLine) -> None:
        """Classify ``line`` and add it to the columns."""
        end, text = line.end, line.text
        text_start = end - len(text)
        i = self.count
        if not i:
            self.first_skip = text_start - line.start
        self.count = i + 1
        self.text_starts.append(text_start)
        self.ends.append(end)
        self.widths.append(len(text))
        self.indents.append(line.indent)
        item = self.rules.classify_answer(line)
        if item is None:  # a text line: no record, and no values of its own
            self.markings.append(0)
            self.shapes.append(TEXT_CODE)
            ends, content_ends, prose = sentence_flags(text, 0)
            self.flags.append(_flag_bits(line.blank_before, ends, content_ends, prose))
            return
        code = _SHAPE_CODES[item.shape]
        self.markings.append(_marking(item))
        self.shapes.append(code)
        self.flags.append(_flags(line, item))
        self._store_values(i, item, code)

    def __len__(self) -> int:
        """The number of non-blank lines."""
        return self.count

    def text(self, i: int) -> str:
        """Line ``i``'s text, from its first to its last non-white-space character."""
        start = self.text_starts[i]
        return self.source[start : start + self.widths[i]]

    def folded(self, i: int) -> str:
        """Line ``i``'s text with each run of white space folded to one space (``fold``)."""
        return self.text(i) if self._folds_as_is(i) else fold_line(self.text(i))

    def folded_width(self, i: int) -> int:
        """The length of :meth:`folded`, with no slice for a line that folds as it is."""
        return self.widths[i] if self._folds_as_is(i) else len(fold_line(self.text(i)))

    def _folds_as_is(self, i: int) -> bool:
        # Every white space but ' ' is unprintable: a printable text with no double space is
        # folded as it is.
        return self.source.find("  ", self.text_starts[i], self.ends[i]) < 0 and self.printable(i)

    def marker(self, i: int) -> str | None:
        """Line ``i``'s marker (``1.``, ``O``, ``□``), the start of its text; ``None`` if none."""
        length = (self.markings[i] >> _MARKER_END_BITS) & _MARKER_LEN_MASK
        if not length:
            return None
        start = self.text_starts[i]
        return self.source[start : start + length]

    def number(self, i: int) -> int | None:
        """Line ``i``'s paragraph number, if its marker is one."""
        number = self.markings[i] >> _NUMBER_SHIFT
        return number - 1 if number else None

    def marker_end(self, i: int) -> int:
        """Where line ``i``'s text past its marker starts, counted from the start of its text."""
        return self.markings[i] & _MARKER_END_MASK

    def lineno(self, i: int) -> int:
        """Line ``i``'s 1-based line number in the input (the page is split again once)."""
        linenos = self.linenos
        if linenos is None:
            code = self.ends.typecode
            linenos = self.linenos = array(code, [line.lineno for line in iter_lines(self.source)])
        return linenos[i]

    def content(self, i: int) -> str:
        """Line ``i``'s text past its marker, or a label's value."""
        content = self.contents.get(i)
        if content is None:
            return self.source[self.text_starts[i] + self.marker_end(i) : self.ends[i]]
        return content

    def width(self, i: int) -> int:
        """The length of line ``i``'s text."""
        return self.widths[i]

    def shape(self, i: int) -> Shape:
        """Line ``i``'s shape."""
        return SHAPES[self.shapes[i]]

    def printable(self, i: int) -> bool:
        """Whether every character of line ``i``'s text is printable (worked out once)."""
        flags = self.flags[i]
        if not flags & PRINTABLE_KNOWN:
            flags |= PRINTABLE_KNOWN | (PRINTABLE if self.text(i).isprintable() else 0)
            self.flags[i] = flags
        return bool(flags & PRINTABLE)

    def store(self, i: int, item: Classified) -> None:
        """Make ``item``, a new record of line ``i`` (read again in context), the line's."""
        code = _SHAPE_CODES[item.shape]
        self.markings[i] = _marking(item)
        self.shapes[i] = code
        self.flags[i] = _flags(item.line, item)
        for column in (self.chromes, self.dates, self.contents):
            column.pop(i, None)
        self._store_values(i, item, code)

    def _store_values(self, i: int, item: Classified, code: int) -> None:
        """Keep the values only some lines carry: a chrome kind, a date, a label's value.

        ``code`` is the code of ``item``'s shape.
        """
        if code == CHROME_CODE:
            self.chromes[i] = item.chrome
        if item.date is not None:
            self.dates[i] = item.date
        content = item.stored_content
        if content is not None:
            self.contents[i] = content

    def item(self, i: int) -> Classified:
        """Line ``i``'s whole record, rebuilt from the columns (and not kept)."""
        start, end, indent = self.text_starts[i], self.ends[i], self.indents[i]
        flags = self.flags[i]
        line = SourceLine(
            self.lineno(i),
            self.line_start(i) + indent,  # the first line's starts before a byte-order mark
            end,
            indent,
            self.source[start:end],
            bool(flags & BLANK_BEFORE),
        )
        return Classified.restore(
            line,
            SHAPES[self.shapes[i]],
            self.chromes.get(i, LineKind.UNKNOWN),
            marker=self.marker(i),
            marker_end=self.marker_end(i),
            number=self.number(i),
            date=self.dates.get(i),
            content=self.contents.get(i),
            flags=(
                bool(flags & ENDS),
                bool(flags & CONTENT_ENDS),
                bool(flags & PROSE),
                bool(flags & MODIFIED),
                None if not flags & PRINTABLE_KNOWN else bool(flags & PRINTABLE),
            ),
        )

    def line_start(self, i: int) -> int:
        """Where line ``i`` starts in the input, its indentation included."""
        if i == 0 and self.count and self.first_skip:
            return self.text_starts[0] - self.first_skip - self.indents[0]
        return self.text_starts[i] - self.indents[i]

    def warn(self, i: int, code: str, detail: str = "") -> None:
        """Warn at the start of line ``i``'s text."""
        self.warnings.append(self.warning_at(i, self.text_starts[i], code, detail))

    def warning_at_input_start(self, code: str) -> ParseWarning:
        """Build a warning for the start of the input, on line 1."""
        return _warning(code, "", 1, 1)

    def release(self, *, keep_offsets: bool = False) -> None:
        """Let the columns go (but the text offsets, if asked); kinds and warnings stay."""
        empty = array(self.ends.typecode)
        self.indents, self.markings = [], []
        self.linenos = None
        if not keep_offsets:
            self.text_starts = self.ends = empty
        self.shapes = []
        self.flags = []
        self.widths = []
        self.chromes, self.dates, self.contents = {}, {}, {}
        self.wrapped = []
        self.kinds = []
        self.runs_on = []
        self.count = 0

    def warning_at(self, i: int, offset: int, code: str, detail: str = "") -> ParseWarning:
        """Build a warning for ``offset``, which lies on line ``i``."""
        column = offset - self.line_start(i) + 1
        return _warning(code, detail, self.lineno(i), column)


def _warning(code: str, detail: str, lineno: int, column: int) -> ParseWarning:
    message = WARNING_CODES[code] + (f": {detail}" if detail else "")
    return ParseWarning(code=code, message=message, line=lineno, column=column)


def _marking(item: Classified) -> int:
    """``item``'s marking: its marker's end and length and its number, as one number."""
    marker, number = item.marker, item.number
    return (
        item.marker_end
        | (0 if marker is None else len(marker)) << _MARKER_END_BITS
        | (0 if number is None else number + 1) << _NUMBER_SHIFT
    )


def _flags(line: SourceLine, item: Classified) -> int:
    """The flags of ``line``, whose record is ``item``."""
    return _flag_bits(
        line.blank_before,
        item.ends,
        item.content_ends,
        item.prose,
        modified=item.modified,
        printable=item.known_printable,
    )


def _flag_bits(  # noqa: PLR0913 - one argument a flag
    blank_before: bool,  # noqa: FBT001 - positional, as the record's fields come
    ends: bool,  # noqa: FBT001
    content_ends: bool,  # noqa: FBT001
    prose: bool,  # noqa: FBT001
    *,
    modified: bool = False,
    printable: bool | None = None,
) -> int:
    """A line's flags (the constants above) as one number; ``printable`` ``None``: not known."""
    flags = (
        (BLANK_BEFORE if blank_before else 0)
        | (ENDS if ends else 0)
        | (CONTENT_ENDS if content_ends else 0)
        | (PROSE if prose else 0)
        | (MODIFIED if modified else 0)
    )
    if printable is not None:
        flags |= PRINTABLE_KNOWN | (PRINTABLE if printable else 0)
    return flags
