"""Writing a page line by line with offsets; the cached primitive strategies and the noise."""

from __future__ import annotations

import functools
from typing import Any, Final, TypeVar

import attrs
from hypothesis import strategies as st

from readoutparse.model import Span

_T = TypeVar("_T")

_SENTENCE_ENDS: Final = (".", "다")  # what the parser reads as the end of a sentence

# --- Noise ------------------------------------------------------------------------------

_TRAILING: Final = ("", "", "", "", " ", "  ", "\u00a0", " \u00a0", "\t")
_BLANK_LINES: Final = ("", "", "", " ", "   ", "\t", "\u00a0", " \u00a0\t ")
_INNER_GAPS: Final = ("\u00a0", "  ", " \u00a0")
_UNMARKED_WRAP_MIN: Final = 50  # an unmarked block is wrapped only if its first line is this long


# --- Cached strategies (building a strategy on every draw is most of the cost) ---------

_BOOLEANS: Final = st.booleans()


@functools.cache
def _ints(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


_CHOICES: dict[tuple[object, ...], st.SearchStrategy[Any]] = {}


def _choice(options: tuple[_T, ...]) -> st.SearchStrategy[_T]:
    strategy = _CHOICES.get(options)
    if strategy is None:
        strategy = _CHOICES[options] = st.sampled_from(options)
    return strategy


# --- Writing lines with offsets ---------------------------------------------------------


class _Writer:
    """Appends lines to a page and records where each line's content landed."""

    def __init__(self, draw: st.DrawFn, *, noisy: bool) -> None:
        self.draw = draw
        self.noisy = noisy
        self.wide_gaps = False
        self.wrap_width: int | None = None
        self.tight = False
        self._parts: list[str] = []
        self._pos = 0

    def _put(self, text: str) -> None:
        self._parts.append(text)
        self._pos += len(text)

    def line(self, content: str, indent: int = 0) -> Span:
        """Write one line; ``content`` has no white space at either end."""
        self._put(" " * indent)
        start = self._pos
        self._put(content)
        end = self._pos
        trailing = self.draw(_choice(_TRAILING)) if self.noisy else ""
        self._put(trailing + "\n")
        return Span(start, end)

    def lines(self, contents: tuple[str, ...] | list[str]) -> None:
        for content in contents:
            self.line(content)

    def blanks(self, low: int = 1, high: int = 4) -> None:
        for _ in range(self.draw(_ints(low, high))):
            self._put((self.draw(_choice(_BLANK_LINES)) if self.noisy else "") + "\n")

    def gap(self, *, marked: bool) -> None:
        """Blank lines before a body element; a marked one may follow with none."""
        self.blanks(0 if marked and self.tight else 1, 1 if self.tight else 4)

    def text(self) -> str:
        return "".join(self._parts)


@attrs.frozen
class _Piece:
    """A body element before it is written: marker, the space after it, and words."""

    marker: str
    gap: str
    words: tuple[str, ...]
    indent: int = 0

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _separators(w: _Writer, count: int) -> list[str]:
    seps = [" "] * max(count - 1, 0)
    if w.noisy and seps:
        kinds = _INNER_GAPS if w.wide_gaps else _INNER_GAPS[:1]
        index = _ints(0, len(seps) - 1)
        for at, sep in w.draw(st.lists(st.tuples(index, _choice(kinds)), max_size=2)):
            seps[at] = sep
    return seps


def _wrap(piece: _Piece, seps: list[str], width: int | None) -> list[str]:
    """Greedy hard wrap; a line never breaks right after a sentence's end.

    A break after a full stop would look like two one-line paragraphs; the
    word that ends the sentence moves to the next line instead.
    """
    head = piece.marker + piece.gap if piece.marker else ""
    lines = [[head + piece.words[0]]]
    for sep, word in zip(seps, piece.words[1:], strict=True):
        line = lines[-1]
        if width is None or sum(map(len, line)) + len(sep) + len(word) <= width:
            line += [sep, word]
        elif line[-1].endswith(_SENTENCE_ENDS) and len(line) > 1:
            lines.append([line.pop(), sep, word])
            line.pop()
        else:
            lines.append([word])
    return ["".join(line) for line in lines]


def _write_piece(w: _Writer, piece: _Piece) -> Span:
    """Write a piece, hard-wrapped or not; return its span (marker to end of its last line)."""
    seps = _separators(w, len(piece.words))
    lines = [_wrap(piece, seps, None)[0]]
    if w.wrap_width is not None and w.draw(_BOOLEANS):
        wrapped = _wrap(piece, seps, w.wrap_width - piece.indent)
        if piece.marker or len(wrapped[0]) >= _UNMARKED_WRAP_MIN:
            lines = wrapped
    first = w.line(lines[0], piece.indent)
    last = first
    if len(lines) > 1:
        hang = w.draw(_choice((0, piece.indent, piece.indent + len(piece.marker) + 1)))
        for line in lines[1:]:
            last = w.line(line, hang)
    return Span(first.start, last.end)
