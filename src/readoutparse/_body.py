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
from readoutparse._classify import classify_body
from readoutparse._edges import captions_image, credited_caption, inline_chrome
from readoutparse._page import CONTENT_ENDS, ENDS
from readoutparse._shape import (
    BULLET_CODE,
    CHROME_CODE,
    NUMBERED_CODE,
    TEXT_CODE,
    Classified,
    Shape,
    shape_code,
)
from readoutparse._text import fold_line
from readoutparse._vocabulary import (
    BULLET_RANKS,
    LIST_RANK,
    NOTE_RANK,
)
from readoutparse.model import MAX_NESTING, LineKind

if TYPE_CHECKING:
    from readoutparse._page import Page
    from readoutparse.model import Paragraph, Subpoint

# The kinds this phase gives, looked up once: on Python 3.11 reading a member off an Enum
# class goes through ``EnumType.__getattr__``'s hook, about 1,500 instructions a read.
_ATTACHMENT: Final = LineKind.ATTACHMENT
_CONTINUATION: Final = LineKind.CONTINUATION
_NAVIGATION: Final = LineKind.NAVIGATION
_PARAGRAPH: Final = LineKind.PARAGRAPH
_SUBPOINT: Final = LineKind.SUBPOINT
_UNKNOWN: Final = LineKind.UNKNOWN
_LABEL_LIKE: Final = frozenset(
    shape_code(s) for s in (Shape.DATE_LABEL, Shape.DATE, Shape.META_LABEL, Shape.TITLE_LABEL)
)
_BODY_SHAPES: Final = frozenset(
    shape_code(s) for s in (Shape.NUMBERED, Shape.BULLET, Shape.TEXT, Shape.BOX)
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
    readout is built, after the line view's other columns have been let go.
    """

    __slots__ = (
        "children",
        "clean",
        "end",
        "indent",
        "last_ends",
        "marker",
        "number",
        "rank",
        "start",
        "text_from",
        "text_line",
        "text_to",
    )

    def __init__(self, page: Page, i: int, rank: int) -> None:
        """Open an element at line ``i``; its rank is its marker's."""
        start, end, indent = page.text_starts[i], page.ends[i], page.indents[i]
        text = page.source[start:end]
        marker_end = page.marker_end(i)
        content_start = start + marker_end
        self.marker = page.marker(i)
        self.number = page.number(i)
        # Its text lies on lines text_line to text_to (never apart: only the next line
        # extends an element), from text_from on the first and up to end on the last.
        self.text_line = self.text_to = i
        self.text_from = content_start
        self.start = start
        self.end = end
        self.indent = indent
        self.last_ends = bool(page.flags[i] & CONTENT_ENDS)  # its last line ends a sentence
        # Its text needs no folding: printable, no double space, and something past the marker.
        self.clean = page.printable(i) and "  " not in text and content_start < end
        self.rank = rank
        self.children: list[Builder] | None = None  # made when the first child comes

    def extend(self, page: Page, i: int) -> None:
        """Go on with line ``i``, the next line."""
        end = page.ends[i]
        text = page.source[page.text_starts[i] : end]
        self.text_to = i
        self.end = end
        self.last_ends = bool(page.flags[i] & ENDS)
        self.clean = self.clean and page.printable(i) and "  " not in text

    def drop_end_mark(self, page: Page) -> None:
        """Leave the end mark (``…하였다. 끝.``), a credit (``…했다./연합``), or both, out of it.

        The mark ends the document, not the sentence: it stays in the line, which
        keeps its span, but not in the element's text or span.
        """
        source = page.source
        start, end = self.last_part_start(page), self.end
        found = vocab.END_MARK_TAIL_RE.search(source, start, end)
        if found is None:  # a credit glued after the last sentence is left out the same way
            found = vocab.CREDIT_TAIL_RE.search(source, start, end)
        if found is None or not source[start : found.start()].strip():
            return  # no mark, or nothing but the mark after the element's marker: text
        # A mark after a mark ('…끝.끝.') is text, not a mark: the text keeps both, so that
        # its rendering, which ends in a mark, reads back the same. Sought in the text alone:
        # the stop of a marker before it ('0.끝.끝.') is no sentence that the first mark ends.
        if vocab.END_MARK_TAIL_RE.search(source[start : found.start()]) is None:
            self.end = found.start()  # the span ends with the text; the mark is its line's
            # A credit before the end mark ('…했다./연합 끝.') is left out with it: the text
            # then ends as it would with the credit alone, and reads back so.
            credit = vocab.CREDIT_TAIL_RE.search(source, start, self.end)
            if credit is not None and source[start : credit.start()].strip():
                self.end = credit.start()

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
        self.pending: int | None = None  # a marker alone on its line, waiting for text
        self.image: int | None = None  # the last Markdown image's line
        self.end = 0  # the line after the body's last

    def read(self, start: int, end: int) -> None:
        """Read paragraphs and subpoints from lines ``start`` to ``end`` (not included)."""
        page = self.page
        self.end = end
        shapes = page.shapes
        for i in range(start, end):
            if shapes[i] in _LABEL_LIKE or self.wrapped[i]:
                # A body line that merely looks like a label: read by its markers only.
                page.store(i, classify_body(page.item(i).line))
            pending = self.pending
            if pending is not None and self._join(pending, i):
                self.kinds[i] = _CONTINUATION
            elif _alone(page, i):
                self.pending = i  # its kind waits for the next line
            else:
                self.kinds[i] = self._on_body_line(i)
        if self.pending is not None:
            self._keep_alone(self.pending)
        if self.stack:
            self.stack[-1].drop_end_mark(self.page)

    def _join(self, pending: int, i: int) -> bool:
        """Join the marker alone on the line before to line ``i``, if it is text; say if it was.

        A marker alone on its line (``2.``, ``(1)``, ``O``, ``□``) numbers the
        text of the next line, across blank lines: the marker's line opens the
        element, the text's line continues it. A marker that no text follows
        is kept as a line, with a warning: no element has empty text.
        """
        self.pending = None
        if self.page.shapes[i] != TEXT_CODE or _alone(self.page, i):
            self._keep_alone(pending)
            return False
        _as_marker(self.page, pending)
        self.kinds[pending] = self._on_body_line(pending)
        self.stack[-1].extend(self.page, i)
        return True

    def _keep_alone(self, pending: int) -> None:
        self.kinds[pending] = _UNKNOWN
        self.page.warn(pending, "RP204", "kept as a line")
        self.interrupted = True  # an element's span never covers it

    def _on_body_line(self, i: int) -> LineKind:
        shape = self.page.shapes[i]
        chrome = self._inline_chrome(i) if shape == TEXT_CODE else None
        if chrome is not None:
            self.interrupted = True  # a reporter's e-mail line, an image: chrome in the body
            return chrome
        if shape in _BODY_SHAPES:
            # A chain of tests rather than a table of methods: mypyc compiles it to calls.
            if shape == NUMBERED_CODE:
                kind = self._on_numbered(i)
            elif shape == BULLET_CODE:
                kind = self._on_bullet(i)
            elif shape == TEXT_CODE:
                kind = self._on_text(i)
            else:  # Shape.BOX
                kind = self._open_paragraph(i)
            self.interrupted = False
            return kind
        # Chrome between two lines keeps them apart: an element's span never covers it.
        self.interrupted = True
        if shape == CHROME_CODE:
            return self.page.chromes[i]
        return _NAVIGATION  # a section heading inside the body is a menu entry

    def _inline_chrome(self, i: int) -> LineKind | None:
        """Text line ``i``'s kind if it is chrome by its shape, or an image's caption."""
        if captions_image(self.page, i, self.image) or credited_caption(self.page, i, self.end):
            return _ATTACHMENT
        chrome = inline_chrome(self.page, i)
        if chrome is _ATTACHMENT:
            self.image = i
        return chrome

    def _open_paragraph(self, i: int) -> LineKind:
        builder = Builder(self.page, i, 0)
        self.paragraphs.append(builder)
        self.stack = [builder]
        self.flattened = False
        return _PARAGRAPH

    def _on_numbered(self, i: int) -> LineKind:
        number = self.page.number(i)
        expected = 1 if self.last_number is None else self.last_number + 1
        if number != expected:
            self.page.warn(i, "RP203", f"expected {expected}, found {number}")
        self.last_number = number
        return self._open_paragraph(i)

    def _on_bullet(self, i: int) -> LineKind:
        marker = self.page.marker(i)
        if not self.stack or (self.stack[0].marker == marker and self.stack[0].number is None):
            # Bullets before any paragraph (a lead summary) are paragraphs, and so are
            # the bullets of the same kind that follow them.
            return self._open_paragraph(i)
        rank = BULLET_RANKS.get(marker or "", 1)
        indent = self.page.indents[i]
        while len(self.stack) > 1 and self._closes(self.stack[-1], rank, indent):
            self.stack.pop()
        if len(self.stack) > MAX_NESTING:  # the stack holds the paragraph, then a level each
            self._flatten(i)
        builder = Builder(self.page, i, rank)
        parent = self.stack[-1]
        if parent.children is None:
            parent.children = [builder]
        else:
            parent.children.append(builder)
        self.stack.append(builder)
        return _SUBPOINT

    def _flatten(self, i: int) -> None:
        """Keep a subpoint that would nest deeper than ``MAX_NESTING`` at that depth.

        It becomes the next sibling of the open subpoint at the deepest level;
        the first such subpoint of a paragraph is warned about.
        """
        del self.stack[MAX_NESTING:]
        if not self.flattened:
            self.flattened = True
            self.page.warn(i, "RP202", f"kept at depth {MAX_NESTING}")

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

    def _on_text(self, i: int) -> LineKind:
        page = self.page
        if (
            self.stack
            and not self.interrupted
            and (page.runs_on[i] or self.wrapped[i])
            and vocab.SPEAKER_RE.match(page.text(i)) is None
        ):
            self.stack[-1].extend(page, i)
            return _CONTINUATION
        return self._open_paragraph(i)


def _alone(page: Page, i: int) -> bool:
    """Say whether line ``i`` is a marker with nothing after it: ``2.``, ``(1)``, ``O``, ``□``."""
    shape = page.shapes[i]
    if shape == NUMBERED_CODE:
        return page.marker_end(i) == page.width(i)
    return shape == TEXT_CODE and page.width(i) == 1 and page.text(i) in _GLYPHS


def _as_marker(page: Page, i: int) -> None:
    """Make line ``i``, a marker alone, the marker the classifier gives a marker with text."""
    if page.shapes[i] == NUMBERED_CODE:
        return
    line = page.item(i).line
    glyph = line.text
    shape = Shape.BOX if glyph in vocab.BOX_MARKERS else Shape.BULLET
    page.store(i, Classified(line, shape, marker=glyph, marker_end=len(glyph)))
