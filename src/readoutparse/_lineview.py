"""``Readout.lines`` kept as one byte a line: the lines are built when they are first read.

A parse reads every line of a page but its caller seldom asks for them all;
a :class:`~readoutparse.model.Line` and its :class:`~readoutparse.model.Span`
cost about a hundred bytes a line, four times a short line's own text. So the
parser keeps each line's kind as one byte, beside the input it already holds,
and :class:`Lines` finds the lines' offsets again (the parser's own split, handed
over as ``split``) when they are first read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from readoutparse.model import Line, LineKind

LineSplit = Callable[[str], Iterable[tuple[int, int, int]]]
"""The parser's split: ``(start, end, lineno)`` of each non-blank line of a text, in order."""


class Lines(Sequence["Line"]):
    r"""Every non-blank input line with its kind: an immutable sequence of :class:`Line`.

    It reads like the tuple it stands for (``len``, indexing, slicing,
    iteration, ``==`` with a tuple of the same lines, ``hash``) and is equal to
    that tuple. The parser makes one; a readout built by hand holds a plain
    tuple.

    Example:
        >>> from readoutparse import parse
        >>> lines = parse("Talks held\n\n1. The two sides met.\n").lines
        >>> len(lines), lines[0].kind.value, lines[-1].span
        (2, 'title', Span(start=12, end=33))
        >>> lines == tuple(lines)
        True
    """

    __slots__ = ("_built", "_kinds", "_source", "_split")

    def __init__(self, source: str, kinds: bytes, split: LineSplit) -> None:
        """Lines of ``source``: ``kinds[i]`` is the code (:data:`KIND_CODES`) of line ``i``.

        ``split`` must give as many lines as ``kinds`` holds; it is called on first use.
        """
        self._source = source
        self._kinds = kinds
        self._split = split
        self._built: tuple[Line, ...] | None = None

    def _lines(self) -> tuple[Line, ...]:
        built = self._built
        if built is None:
            from readoutparse.model import Line, Span  # noqa: PLC0415 - model imports this module

            kinds = _kinds()
            built = tuple(
                Line(kind=kinds[code], span=Span(start, end), lineno=lineno)
                for code, (start, end, lineno) in zip(
                    self._kinds, self._split(self._source), strict=True
                )
            )
            self._built = built
        return built

    def __len__(self) -> int:
        """The number of lines, without building them."""
        return len(self._kinds)

    @overload
    def __getitem__(self, index: int) -> Line: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Line, ...]: ...
    def __getitem__(self, index: int | slice) -> Line | tuple[Line, ...]:
        """The line at ``index``, or a tuple of the lines of a slice."""
        return self._lines()[index]

    def __iter__(self) -> Iterator[Line]:
        """The lines, in input order."""
        return iter(self._lines())

    def __eq__(self, other: object) -> bool:
        """Equal to any ``Lines`` or tuple holding equal lines in the same order."""
        if isinstance(other, Lines):
            if self._source is other._source and self._kinds == other._kinds:
                return True
            return self._lines() == other._lines()
        if isinstance(other, tuple):
            return self._lines() == other
        return NotImplemented

    def __hash__(self) -> int:
        """The hash of the tuple of the lines, which this equals."""
        return hash(self._lines())

    def __repr__(self) -> str:
        """The lines, shown as a tuple is."""
        return repr(self._lines())

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the input and the kinds, not the built lines."""
        return (Lines, (self._source, self._kinds, self._split))


def _kinds() -> tuple[LineKind, ...]:
    from readoutparse.model import LineKind  # noqa: PLC0415 - model imports this module

    return tuple(LineKind)


def kind_codes() -> dict[LineKind, int]:
    """The one-byte code of each line kind: its place in the enum's order."""
    return {kind: code for code, kind in enumerate(_kinds())}


def as_lines(value: Sequence[Line]) -> Sequence[Line]:
    """A readout's ``lines`` as given: a :class:`Lines` kept, any other sequence a tuple."""
    return value if isinstance(value, Lines) else tuple(value)
