r"""Stage 1: split the input into non-blank lines with offsets.

This is the one place positions are computed. Every offset indexes the
original string, whatever its line endings (``\n``, ``\r\n``, ``\r``,
``\v``, ``\f``, ``\x1c``-``\x1e``, ``\x85``, ``\u2028``, ``\u2029``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse import _vocabulary as vocab
from readoutparse._text import ends_sentence

if TYPE_CHECKING:
    from collections.abc import Iterator

BOM: Final = "\ufeff"
"""A byte-order mark: the first non-blank line drops one, and the white space after it."""


class SourceLine:
    """A non-blank input line: where its content lies and what precedes it.

    ``start``/``end`` bound the content from its first to its last
    non-white-space character; ``text`` is that content (the input's leading
    byte-order mark removed); ``indent`` counts the white-space characters before it;
    ``blank_before`` says whether a blank line (or the start of input)
    separates it from the previous non-blank line.
    """

    __slots__ = ("blank_before", "end", "indent", "lineno", "start", "text")

    def __init__(  # noqa: PLR0913, PLR0917 - a plain record, built for every line
        self,
        lineno: int,
        start: int,
        end: int,
        indent: int,
        text: str,
        blank_before: bool,  # noqa: FBT001 - positional: keywords cost more on this hot path
    ) -> None:
        """Store the fields; see the class docstring."""
        self.lineno = lineno
        self.start = start
        self.end = end
        self.indent = indent
        self.text = text
        self.blank_before = blank_before

    @property
    def text_start(self) -> int:
        """Where ``text`` starts in the input (past a byte-order mark, if any)."""
        return self.end - len(self.text)

    def __repr__(self) -> str:
        """Show the line number and content, for debugging."""
        return f"SourceLine({self.lineno}, {self.start}, {self.end}, {self.text!r})"


def split_lines(text: str) -> tuple[SourceLine, ...]:
    """Return the non-blank lines of ``text`` in order, with their offsets."""
    return tuple(iter_lines(text))


def line_offsets(text: str) -> Iterator[tuple[int, int, int]]:
    """``(start, end, lineno)`` of each line :func:`iter_lines` gives, in order."""
    for line in iter_lines(text):
        yield line.start, line.end, line.lineno


def iter_lines(text: str, chunk_chars: int = 16_384) -> Iterator[SourceLine]:
    """The non-blank lines of ``text`` in order, with their offsets, one at a time.

    The page is split a chunk of about ``chunk_chars`` characters at a time
    (:func:`_chunks`), so only a chunk's lines are held, never the page's all
    at once. The first line waits for a
    second: a page of one line may be split in two.
    """
    held: SourceLine | None = None  # the first line, until a second one comes
    count = 0  # non-blank lines so far
    blank_before = True
    lineno = 0
    for chunk_start, raws, break_width in _chunks(text, chunk_chars):
        offset = chunk_start
        for raw in raws:
            lineno += 1
            stripped = raw.strip()  # the same object when there is nothing to strip
            if not stripped:
                blank_before = True
                offset += len(raw) + break_width
                continue
            indent = 0 if raw[0] == stripped[0] else len(raw) - len(raw.lstrip())
            start = offset + indent
            line = SourceLine(lineno, start, start + len(stripped), indent, stripped, blank_before)
            blank_before = False
            offset += len(raw) + break_width
            count += 1
            if count == 1:
                if stripped[0] == BOM:  # a byte-order mark is dropped before the first text
                    line.text = stripped[1:].lstrip()  # one: a second is the text's own
                held = line
                continue
            if held is not None:
                yield held
                held = None
            yield line
    if held is not None:  # a page of one line
        yield from _split_single_line_page(held)


def _chunks(text: str, chunk_chars: int) -> Iterator[tuple[int, list[str], int]]:
    r"""``(offset, lines, break_width)`` for each chunk of ``text``, split as ``splitlines`` does.

    A chunk ends just after a ``\n``, so no line break is cut in two. With
    ``break_width`` 0 each line holds its own break (a chunk with ``\r``, whose
    ``\r\n`` is one break of two characters); with 1, each line is followed by
    a break of one character, which ``splitlines`` leaves out.
    """
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start + chunk_chars)
        end = size if end < 0 else end + 1
        chunk = text[start:end] if start or end < size else text
        if "\r" in chunk:
            yield start, chunk.splitlines(keepends=True), 0
        else:
            yield start, chunk.splitlines(), 1
        start = end


def _split_single_line_page(line: SourceLine) -> tuple[SourceLine, ...]:
    """A page dumped on one line: its title is the text before the first wide gap.

    Only a short prefix that is not a sentence and not a marker is split off;
    gaps inside the body (two spaces after a full stop) are left alone.
    """
    gap = vocab.WIDE_GAP_RE.search(line.text, 0, vocab.PROSE_LONG_CHARS)
    if gap is None:
        return (line,)
    head = line.text[: gap.start()]
    marker = vocab.NUMBER_MARKER_RE.match(head + " ") or vocab.BULLET_RE.match(head + " x")
    if len(head) < vocab.TITLE_MIN_CHARS or ends_sentence(head) or marker:
        return (line,)
    base = line.text_start
    line_start = line.start - line.indent
    first = SourceLine(
        line.lineno, line.start, base + gap.start(), line.indent, head, blank_before=True
    )
    rest_start = base + gap.end()
    rest = SourceLine(
        line.lineno,
        rest_start,
        line.end,
        rest_start - line_start,
        line.text[gap.end() :],
        blank_before=True,
    )
    return (first, rest)
