"""The body phase: paragraphs, their continuation lines and their nested subpoints.

It reads the lines from where the body starts to where it ends
(:func:`readoutparse._layout.find_body`), gives each its kind, and returns
the paragraphs as builders: offsets into the input, from which the model's
records are made last (see :mod:`readoutparse._build`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse import _vocabulary as vocab
from readoutparse._build import make_span, new_paragraph, new_subpoint
from readoutparse._classify import classify_body, is_heading
from readoutparse._shape import Classified, Shape
from readoutparse._text import fold_line
from readoutparse._vocabulary import (
    BULLET_RANKS,
    LEAD_IN_ENDS,
    LIST_RANK,
    NOTE_RANK,
)
from readoutparse.model import MAX_NESTING, LineKind

if TYPE_CHECKING:
    from readoutparse._page import Page
    from readoutparse.model import Paragraph, Subpoint

_LABEL_LIKE: Final = frozenset({Shape.DATE_LABEL, Shape.DATE, Shape.META_LABEL, Shape.TITLE_LABEL})
_BODY_SHAPES: Final = frozenset(
    {Shape.NUMBERED, Shape.BULLET, Shape.TEXT, Shape.BOX}
)  # have handlers
_GLYPHS: Final = frozenset(BULLET_RANKS) | vocab.BOX_MARKERS  # a bullet alone is a text line


def read_body(page: Page, start: int, end: int) -> list[Builder]:
    """Read lines ``start`` to ``end`` (not included), the body; return its paragraphs.

    Each line read is given its kind.
    """
    reader = _BodyReader(page)
    reader.read(start, end)
    return reader.paragraphs


class Builder:
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
        "last_leads_in",
        "last_width",
        "marker",
        "number",
        "rank",
        "start",
        "text_from",
        "text_line",
        "text_to",
    )

    def __init__(self, i: int, item: Classified, rank: int) -> None:
        """Open an element at line ``i``, ``item``; its rank is its marker's."""
        line = item.line
        self.marker = item.marker
        self.number = item.number
        # Its text lies on lines text_line to text_to (never apart: only the next line
        # extends an element), from text_from on the first and up to end on the last.
        self.text_line = self.text_to = i
        self.text_from = item.content_start
        self.start = line.text_start
        self.end = line.end
        self.indent = line.indent
        self.last_width = line.indent + len(line.text)
        self.last_ends = item.content_ends
        self.last_leads_in = line.text.endswith(LEAD_IN_ENDS)
        # Its text needs no folding: printable, no double space, and something past the marker.
        self.clean = item.printable and "  " not in line.text and item.content_start < line.end
        self.heading = is_heading(item.content)  # the line's text itself when it has no marker
        self.rank = rank
        self.children: list[Builder] = []

    def extend(self, item: Classified) -> None:
        """Go on with the next line, ``item``."""
        line = item.line
        self.text_to += 1
        self.end = line.end
        self.last_width = line.indent + len(line.text)
        self.last_ends = item.ends
        self.last_leads_in = line.text.endswith(LEAD_IN_ENDS)
        self.clean = self.clean and item.printable and "  " not in line.text
        self.heading = False  # only a one-line block is a heading

    def drop_end_mark(self, page: Page) -> None:
        """Leave the Korean end mark (``…하였다. 끝.``) at the end of its last line out of its text.

        The mark ends the document, not the sentence: it stays in the line, which
        keeps its span, but not in the element's text or span.
        """
        source = page.source
        start, end = self.last_part_start(page), self.end
        found = vocab.END_MARK_TAIL_RE.search(source, start, end)
        if found is None or not source[start : found.start()].strip():
            return  # no mark, or nothing but the mark after the element's marker: text
        # A mark after a mark ('…끝.끝.') is text, not a mark: the text keeps both, so that
        # its rendering, which ends in a mark, reads back the same.
        if vocab.END_MARK_TAIL_RE.search(source, start, found.start()) is None:
            self.end = found.start()  # the span ends with the text; the mark is its line's

    def last_part_start(self, page: Page) -> int:
        """Where the element's text on its last line starts."""
        if self.text_to == self.text_line:
            return self.text_from
        return page.text_starts[self.text_to]

    def text(self, page: Page) -> str:
        """The element's text, sliced from the input (and folded, unless it is clean)."""
        source, first, last = page.source, self.text_line, self.text_to
        if first == last:
            text = source[self.text_from : self.end]
        else:
            starts, ends = page.text_starts, page.ends
            parts = [source[self.text_from : ends[first]]]
            parts += [source[starts[j] : ends[j]] for j in range(first + 1, last)]
            parts.append(source[starts[last] : self.end])
            text = " ".join(parts)
        # Printable lines without a double space, stripped and joined by one space, are folded.
        return text if self.clean else fold_line(text)

    def subpoints(self, page: Page) -> tuple[Subpoint, ...]:
        if not self.children:
            return ()
        return tuple([child.subpoint(page) for child in self.children])

    def subpoint(self, page: Page) -> Subpoint:
        span = make_span(self.start, self.end)
        return new_subpoint(self.marker or "", self.text(page), self.subpoints(page), span)

    def paragraph(self, page: Page) -> Paragraph:
        span = make_span(self.start, self.end)
        text = self.text(page)
        return new_paragraph(self.number, self.marker, text, self.subpoints(page), span)


class _BodyReader:
    """Reads the body's lines in order, keeping the stack of open elements."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.kinds = page.kinds
        self.wrapped = page.wrapped
        self.paragraphs: list[Builder] = []
        self.stack: list[Builder] = []
        self.last_number: int | None = None
        self.interrupted = False  # a chrome line since the open element's last line
        self.flattened = False  # a subpoint of the open paragraph was kept at MAX_NESTING
        self.pending: tuple[int, Classified] | None = None  # a marker alone, waiting for text
        self.at = 0  # the line an element opened now opens at

    def read(self, start: int, end: int) -> None:
        """Read paragraphs and subpoints from ``items[start:end]``."""
        page = self.page
        for i in range(start, end):
            item = page.item(i)
            if item.shape in _LABEL_LIKE or self.wrapped[i]:
                item = classify_body(item.line)
            pending = self.pending
            if pending is not None and self._join(pending, item):
                self.kinds[i] = LineKind.CONTINUATION
            elif _alone(item):
                self.pending = (i, item)  # its kind waits for the next line
            else:
                self.at = i
                self.kinds[i] = self._on_body_line(item)
        if self.pending is not None:
            self._keep_alone(self.pending)
        if self.stack:
            self.stack[-1].drop_end_mark(self.page)

    def _join(self, pending: tuple[int, Classified], item: Classified) -> bool:
        """Join the marker alone on the line before to ``item``, if it is text; say if it was.

        A marker alone on its line (``2.``, ``(1)``, ``O``, ``□``) numbers the
        text of the next line, across blank lines: the marker's line opens the
        element, the text's line continues it. A marker that no text follows
        is kept as a line, with a warning: no element has empty text.
        """
        self.pending = None
        if item.shape is not Shape.TEXT or _alone(item):
            self._keep_alone(pending)
            return False
        index, marker = pending
        self.at = index
        self.kinds[index] = self._on_body_line(_as_marker(marker))
        self.stack[-1].extend(item)
        return True

    def _keep_alone(self, pending: tuple[int, Classified]) -> None:
        index, marker = pending
        self.kinds[index] = LineKind.UNKNOWN
        self.page.warn_item(marker, "RP204", "kept as a line")
        self.interrupted = True  # an element's span never covers it

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
        builder = Builder(self.at, item, 0)
        self.paragraphs.append(builder)
        self.stack = [builder]
        self.flattened = False
        return LineKind.PARAGRAPH

    def _on_numbered(self, item: Classified) -> LineKind:
        number = item.number
        expected = 1 if self.last_number is None else self.last_number + 1
        if number != expected:
            self.page.warn_item(item, "RP203", f"expected {expected}, found {number}")
        self.last_number = number
        return self._open_paragraph(item)

    def _on_bullet(self, item: Classified) -> LineKind:
        if not self.stack or (self.stack[0].marker == item.marker and self.stack[0].number is None):
            # Bullets before any paragraph (a lead summary) are paragraphs, and so are
            # the bullets of the same kind that follow them.
            return self._open_paragraph(item)
        rank = BULLET_RANKS.get(item.marker or "", 1)
        indent = item.line.indent
        while len(self.stack) > 1 and self._closes(self.stack[-1], rank, indent):
            self.stack.pop()
        if len(self.stack) > MAX_NESTING:  # the stack holds the paragraph, then a level each
            self._flatten(item)
        builder = Builder(self.at, item, rank)
        self.stack[-1].children.append(builder)
        self.stack.append(builder)
        return LineKind.SUBPOINT

    def _flatten(self, item: Classified) -> None:
        """Keep a subpoint that would nest deeper than ``MAX_NESTING`` at that depth.

        It becomes the next sibling of the open subpoint at the deepest level;
        the first such subpoint of a paragraph is warned about.
        """
        del self.stack[MAX_NESTING:]
        if not self.flattened:
            self.flattened = True
            self.page.warn_item(item, "RP202", f"kept at depth {MAX_NESTING}")

    @staticmethod
    def _closes(top: Builder, rank: int, indent: int) -> bool:
        """Say whether a new subpoint of ``rank`` at ``indent`` closes the open ``top``."""
        if rank == NOTE_RANK:
            return top.indent >= indent and top.rank == NOTE_RANK
        if top.rank == NOTE_RANK and rank >= LIST_RANK:
            return top.indent > indent  # a note's own '-' list nests under it
        if top.rank == rank:
            return top.indent >= indent
        return top.rank > rank

    def _on_text(self, item: Classified) -> LineKind:
        line = item.line
        if (
            self.stack
            and not self.interrupted
            and (self.page.runs_on[self.at] or self.wrapped[self.at])
            and vocab.SPEAKER_RE.match(line.text) is None
        ):
            self.stack[-1].extend(item)
            return LineKind.CONTINUATION
        return self._open_paragraph(item)


def _alone(item: Classified) -> bool:
    """Say whether the line is a marker with nothing after it: ``2.``, ``(1)``, ``O``, ``□``."""
    shape = item.shape
    if shape is Shape.NUMBERED:
        return item.content_start == item.line.end
    text = item.line.text
    return shape is Shape.TEXT and len(text) == 1 and text in _GLYPHS


def _as_marker(item: Classified) -> Classified:
    """The marker alone on ``item``'s line, as the classifier gives a marker with text."""
    if item.shape is Shape.NUMBERED:
        return item
    glyph = item.line.text
    shape = Shape.BOX if glyph in vocab.BOX_MARKERS else Shape.BULLET
    return Classified(item.line, shape, marker=glyph, marker_end=len(glyph))
