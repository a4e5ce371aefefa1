"""The line view the assembly phases share: every line's place and shape, kept as columns.

The page is split and classified in one pass, one line at a time
(:func:`~readoutparse._lines.iter_lines`, :func:`~readoutparse._classify.classify`);
what the phases read of each line is kept in columns (offsets in arrays,
shapes and flags in byte arrays, the few values that only some lines carry in
dictionaries), never as an object and a copy of its text per line. A line's text
is sliced from the input when a phase asks for it (:meth:`Page.text`), and a
phase that wants a line's whole record gets it rebuilt from the columns
(:meth:`Page.item`).

Each phase reads the lines and the decisions of the phases before it, and
writes its own: the kind of each line it reads, and the warnings it raises.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, Final

from readoutparse._classify import classify
from readoutparse._lines import SourceLine, iter_lines
from readoutparse._shape import SHAPES, Classified, Shape, shape_code
from readoutparse.errors import WARNING_CODES, ParseWarning
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse import _dates

# Flags of a line, one byte each (Page.flags).
BLANK_BEFORE: Final = 1  # a blank line (or the start of input) is before it
ENDS: Final = 2  # the whole line ends a sentence
CONTENT_ENDS: Final = 4  # its text past the marker ends a sentence
PROSE: Final = 8  # it reads as a sentence, on its own
MODIFIED: Final = 16  # a date label of a modification date ('수정일', 'Last updated')
PRINTABLE_KNOWN: Final = 32  # PRINTABLE is worked out
PRINTABLE: Final = 64  # every character of its text is printable

_SMALL: Final = 2**31  # offsets of a shorter input fit in four bytes


class Page:
    """The lines of one page as columns, each line's kind so far, and the warnings.

    Line ``i``'s text is ``source[text_starts[i]:ends[i]]``; ``indents[i]`` and
    ``linenos[i]`` are its indentation and its 1-based line number; its shape
    is ``SHAPES[shapes[i]]`` and ``flags[i]`` holds the flags above. Its marker
    ends ``marker_ends[i]`` characters into its text. ``wrapped[i]`` says
    whether it goes on with the hard-wrapped line before it, whatever it looks
    like; ``runs_on[i]`` whether it goes on with the sentence of the line
    above it (both worked out by the layout phase).
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
        "marker_ends",
        "markers",
        "numbers",
        "runs_on",
        "shapes",
        "source",
        "text_starts",
        "warnings",
        "wrapped",
    )

    def __init__(self, source: str) -> None:
        """Split and classify ``source``; start with every line's kind unknown and no warning."""
        self.source = source
        code = "i" if len(source) < _SMALL else "q"
        self.text_starts = text_starts = array(code)
        self.ends = ends = array(code)
        self.indents = indents = array(code)
        self.linenos = linenos = array(code)
        self.marker_ends = marker_ends = array(code)
        self.shapes = shapes = bytearray()
        self.flags = flags = bytearray()
        self.chromes: dict[int, LineKind] = {}
        self.markers: dict[int, str] = {}
        self.numbers: dict[int, int] = {}
        self.dates: dict[int, _dates.FoundDate] = {}
        self.contents: dict[int, str] = {}
        self.first_skip = 0  # a byte-order mark before the first line's text
        i = 0
        for line in iter_lines(source):
            item = classify(line)
            end = line.end
            if not i:
                self.first_skip = end - len(line.text) - line.start
            text_starts.append(end - len(line.text))
            ends.append(end)
            indents.append(line.indent)
            linenos.append(line.lineno)
            marker_ends.append(item.marker_end)
            shape = item.shape
            shapes.append(shape_code(shape))
            flags.append(_flags(line, item))
            if shape is Shape.CHROME:
                self.chromes[i] = item.chrome
            if item.marker is not None:
                self.markers[i] = item.marker
            if item.number is not None:
                self.numbers[i] = item.number
            if item.date is not None:
                self.dates[i] = item.date
            content = item.stored_content
            if content is not None:
                self.contents[i] = content
            i += 1
        self.count = i
        self.kinds: list[LineKind] = [LineKind.UNKNOWN] * i
        self.wrapped: list[bool] = []
        self.runs_on: list[bool] = []
        self.warnings: list[ParseWarning] = []

    def __len__(self) -> int:
        """The number of non-blank lines."""
        return self.count

    def text(self, i: int) -> str:
        """Line ``i``'s text, from its first to its last non-white-space character."""
        return self.source[self.text_starts[i] : self.ends[i]]

    def content(self, i: int) -> str:
        """Line ``i``'s text past its marker, or a label's value."""
        content = self.contents.get(i)
        if content is None:
            return self.source[self.text_starts[i] + self.marker_ends[i] : self.ends[i]]
        return content

    def width(self, i: int) -> int:
        """The length of line ``i``'s text."""
        return self.ends[i] - self.text_starts[i]

    def shape(self, i: int) -> Shape:
        """Line ``i``'s shape."""
        return SHAPES[self.shapes[i]]

    def blank_before(self, i: int) -> bool:
        """Whether a blank line (or the start of input) is before line ``i``."""
        return bool(self.flags[i] & BLANK_BEFORE)

    def item(self, i: int) -> Classified:
        """Line ``i``'s whole record, rebuilt from the columns (and not kept)."""
        start, end, indent = self.text_starts[i], self.ends[i], self.indents[i]
        flags = self.flags[i]
        raw_start = start - indent if i else self.line_start(0)
        line = SourceLine(
            self.linenos[i],
            raw_start + indent,
            end,
            indent,
            self.source[start:end],
            bool(flags & BLANK_BEFORE),
        )
        return Classified.restore(
            line,
            SHAPES[self.shapes[i]],
            self.chromes.get(i, LineKind.UNKNOWN),
            marker=self.markers.get(i),
            marker_end=self.marker_ends[i],
            number=self.numbers.get(i),
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

    def warn_item(self, item: Classified, code: str, detail: str = "") -> None:
        """Warn at the start of ``item``'s text."""
        self.warnings.append(warning_at(item.line, item.line.text_start, code, detail))

    def warning_at_input_start(self, code: str) -> ParseWarning:
        """Build a warning for the start of the input, on line 1."""
        return _warning(code, "", 1, 1)

    def release(self, *, keep_offsets: bool = False) -> None:
        """Let the columns go (but the text offsets, if asked); kinds and warnings stay."""
        empty = array(self.ends.typecode)
        self.indents = self.linenos = self.marker_ends = empty
        if not keep_offsets:
            self.text_starts = self.ends = empty
        self.shapes = self.flags = bytearray()
        self.chromes, self.markers, self.numbers, self.dates, self.contents = {}, {}, {}, {}, {}
        self.wrapped = []
        self.runs_on = []
        self.count = 0

    def warning_at(self, i: int, offset: int, code: str, detail: str = "") -> ParseWarning:
        """Build a warning for ``offset``, which lies on line ``i``."""
        column = offset - self.line_start(i) + 1
        return _warning(code, detail, self.linenos[i], column)


def warning_at(line: SourceLine, offset: int, code: str, detail: str = "") -> ParseWarning:
    """Build a warning for ``offset``, which lies on ``line``."""
    return _warning(code, detail, line.lineno, offset - (line.start - line.indent) + 1)


def _warning(code: str, detail: str, lineno: int, column: int) -> ParseWarning:
    message = WARNING_CODES[code] + (f": {detail}" if detail else "")
    return ParseWarning(code=code, message=message, line=lineno, column=column)


def _flags(line: SourceLine, item: Classified) -> int:
    flags = BLANK_BEFORE if line.blank_before else 0
    if item.ends:
        flags |= ENDS
    if item.content_ends:
        flags |= CONTENT_ENDS
    if item.prose:
        flags |= PROSE
    if item.modified:
        flags |= MODIFIED
    printable = item.known_printable
    if printable is not None:
        flags |= PRINTABLE_KNOWN | (PRINTABLE if printable else 0)
    return flags
