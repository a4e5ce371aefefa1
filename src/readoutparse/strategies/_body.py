"""The body: numbered, prose, one-per-line and Korean box paragraphs with nested subpoints."""

from __future__ import annotations

from typing import Final

import attrs

from readoutparse.model import Paragraph, Span, Subpoint
from readoutparse.strategies._text import _EN_NOTES, _KO_NOTES, _words
from readoutparse.strategies._writer import _BOOLEANS, _choice, _ints, _Piece, _write_piece, _Writer

_END_MARKS: Final = ("끝.", "- 끝 -", "<끝>")
_ONE_PER_LINE_MIN: Final = 110  # one paragraph per line: each line at least this long


# --- The body ---------------------------------------------------------------------------


@attrs.frozen
class _Levels:
    """Subpoint markers by depth (each level nests under the one before) and note markers.

    Levels from ``first_list`` on are lists (``-``, ``·``): a note right before
    such items is indented deeper than they are, or the items would read as the
    note's own list.
    """

    markers: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...]
    first_list: int
    korean: bool


_EN_BULLETS: Final = _Levels(
    (("O", "o", "°", "○", "◦", "●", "▲"), ("-", "–")),
    notes=("*", "※"),
    first_list=1,
    korean=False,
)
_EN_DASHES: Final = _Levels((("-", "–"),), notes=("*",), first_list=0, korean=False)
_KO_ITEMS: Final = _Levels((("ㅇ", "○"), ("-",), ("·",)), notes=("※",), first_list=1, korean=True)


def _subpoint(piece: _Piece, span: Span, children: list[Subpoint]) -> Subpoint:
    return Subpoint(marker=piece.marker, text=piece.text, subpoints=tuple(children), span=span)


def _notes(w: _Writer, levels: _Levels, indent: tuple[int, int]) -> list[Subpoint]:
    """Notes (``*``, ``※``) right after their parent's own lines, indented as drawn."""
    count = w.draw(_choice((0, 0, 0, 0, 0, 1, 1, 2)))
    if count == 0:
        return []
    marker = w.draw(_choice(levels.notes))
    at = w.draw(_ints(*indent))
    notes: list[Subpoint] = []
    for _ in range(count):
        w.gap(marked=True)
        text = w.draw(_choice(_KO_NOTES if levels.korean else _EN_NOTES))
        piece = _Piece(marker, w.draw(_choice((" ", "", " "))), tuple(text.split()), at)
        notes.append(_subpoint(piece, _write_piece(w, piece), []))
    return notes


def _children(w: _Writer, levels: _Levels, depth: int, parent_indent: int) -> list[Subpoint]:
    """The subpoints under an element written at ``parent_indent``, nested by marker kind.

    Notes come first, right after the parent's own lines and indented deeper
    than it; then the items of the next level, each with its own children.
    """
    note_low = 0 if depth == 0 else parent_indent + 2
    if depth >= len(levels.markers):
        return _notes(w, levels, (note_low, note_low + 2))
    marker = w.draw(_choice(levels.markers[depth]))
    if depth == 0:
        indent = w.draw(_choice((0, 2)))
    else:
        indent = parent_indent + (2 if levels.korean else w.draw(_ints(0, 5)))
    if depth >= levels.first_list:
        note_low = max(note_low, indent + 1)
    children = _notes(w, levels, (note_low, note_low + 2))
    for _ in range(w.draw(_ints(0, 3 - depth))):
        w.gap(marked=True)
        gap = w.draw(_choice((" ", " ", "  ", "\u00a0")))
        piece = _Piece(marker, gap, _words(w, korean=levels.korean, sentences=(1, 2)), indent)
        span = _write_piece(w, piece)
        children.append(_subpoint(piece, span, _children(w, levels, depth + 1, indent)))
    return children


def _paragraph(w: _Writer, piece: _Piece, number: int | None, levels: _Levels | None) -> Paragraph:
    span = _write_piece(w, piece)
    children = _children(w, levels, 0, piece.indent) if levels else []
    marker = piece.marker or None
    return Paragraph(
        number=number, marker=marker, text=piece.text, subpoints=tuple(children), span=span
    )


def _english_levels(w: _Writer) -> _Levels | None:
    return w.draw(_choice((None, None, _EN_BULLETS, _EN_BULLETS, _EN_DASHES)))


def _number_marker(style: int, number: int) -> str:
    """``1.``, ``1)``, ``(1)``, ``①`` or full-width ``１．`` for paragraph ``number``."""
    wide = "".join(chr(ord(digit) - 0x30 + 0xFF10) for digit in str(number))
    return (f"{number}.", f"{number})", f"({number})", chr(0x2460 + number - 1), f"{wide}．")[style]


def _prose(w: _Writer, *, korean: bool) -> _Piece:
    return _Piece("", "", _words(w, korean=korean))


def _numbered_body(w: _Writer) -> list[Paragraph]:
    """Numbered English paragraphs, with unmarked follow-on paragraphs and subpoints."""
    style = w.draw(_ints(0, 4))
    indent = w.draw(_choice((0, 0, 2)))
    first_indent = w.draw(_choice((indent, 1))) if indent == 0 else indent
    gap = w.draw(_choice((" ", " ", "   ", "\u00a0"))) if style < 2 else " "  # noqa: PLR2004
    paragraphs: list[Paragraph] = []
    if w.draw(_ints(0, 4)) == 0:
        paragraphs.append(_paragraph(w, _prose(w, korean=False), None, _english_levels(w)))
    for number in range(1, w.draw(_ints(1, 5)) + 1):
        if paragraphs:
            w.gap(marked=True)
        at = first_indent if number == 1 else indent
        piece = _Piece(_number_marker(style, number), gap, _words(w, korean=False), at)
        paragraphs.append(_paragraph(w, piece, number, _english_levels(w)))
        if w.draw(_ints(0, 5)) == 0:
            w.gap(marked=False)
            paragraphs.append(_paragraph(w, _prose(w, korean=False), None, None))
    return paragraphs


def _prose_body(w: _Writer, *, korean: bool) -> list[Paragraph]:
    """Unnumbered prose paragraphs, blank lines between them, with optional subpoints."""
    paragraphs: list[Paragraph] = []
    for _ in range(w.draw(_ints(1, 4))):
        if paragraphs:
            w.gap(marked=False)
        levels = (_KO_ITEMS if w.draw(_BOOLEANS) else None) if korean else _english_levels(w)
        paragraphs.append(_paragraph(w, _prose(w, korean=korean), None, levels))
    return paragraphs


def _one_per_line_body(w: _Writer) -> list[Paragraph]:
    """Whole paragraphs one per long line, with no blank line between them."""
    paragraphs: list[Paragraph] = []
    for _ in range(w.draw(_ints(2, 4))):
        # Three to four sentences: long enough whatever is drawn (the shortest runs near 60).
        text = " ".join(_words(w, korean=False, sentences=(3, 4)))
        assert len(text) >= _ONE_PER_LINE_MIN  # noqa: S101 - what makes it one paragraph a line
        paragraphs.append(Paragraph(number=None, marker=None, text=text, span=w.line(text)))
    return paragraphs


def _box_body(w: _Writer) -> list[Paragraph]:
    """Korean ``□`` paragraphs with ``ㅇ`` → ``-`` → ``·`` items and ``※`` notes."""
    paragraphs: list[Paragraph] = []
    gap = w.draw(_choice((" ", "  ", "\u00a0")))
    for _ in range(w.draw(_ints(1, 4))):
        if paragraphs:
            w.gap(marked=True)
        piece = _Piece("□", gap, _words(w, korean=True, sentences=(1, 2)))
        paragraphs.append(_paragraph(w, piece, None, _KO_ITEMS))
    return paragraphs


def _body(w: _Writer, *, korean: bool) -> list[Paragraph]:
    if korean:
        paragraphs = _box_body(w) if w.draw(_BOOLEANS) else _prose_body(w, korean=True)
        if w.draw(_BOOLEANS):
            w.blanks(1, 3)
            w.line(w.draw(_choice(_END_MARKS)), w.draw(_choice((0, 30, 66))))
        return paragraphs
    kind = w.draw(_choice(("numbered", "numbered", "prose", "one_per_line")))
    if kind == "numbered":
        return _numbered_body(w)
    if kind == "prose":
        return _prose_body(w, korean=False)
    return _one_per_line_body(w)
