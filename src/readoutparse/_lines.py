r"""Stage 1: split the input into non-blank lines with offsets.

This is the one place positions are computed. Every offset indexes the
original string, whatever its line endings (``\n``, ``\r\n``, ``\r``,
``\v``, ``\f``, ``\x1c``-``\x1e``, ``\x85``, ``\u2028``, ``\u2029``).
"""

from __future__ import annotations

from typing import Final

from readoutparse import _vocabulary as vocab
from readoutparse._text import ends_sentence

_BOM: Final = "\ufeff"


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
    if "\r" in text:  # '\r\n' is one break of two characters: keep each line's own break
        lines = _split(text.splitlines(keepends=True), 0)
    else:  # every break is one character, and lines need no copy to drop it
        lines = _split(text.splitlines(), 1)
    if lines and lines[0].text[:1] == _BOM:  # a byte-order mark is dropped before the first text
        lines[0].text = lines[0].text.lstrip(_BOM).lstrip()
    if len(lines) == 1:
        return _split_single_line_page(lines[0])
    return tuple(lines)


def _split(raws: list[str], break_width: int) -> list[SourceLine]:
    """Lines from ``raws``, each followed in the input by a break of ``break_width``.

    With ``break_width`` 0, each raw line holds its own break.
    """
    lines: list[SourceLine] = []
    append = lines.append
    offset = 0
    blank_before = True
    for lineno, raw in enumerate(raws, start=1):
        stripped = raw.strip()  # the same object when there is nothing to strip
        if stripped:
            indent = 0 if raw[0] == stripped[0] else len(raw) - len(raw.lstrip())
            start = offset + indent
            append(SourceLine(lineno, start, start + len(stripped), indent, stripped, blank_before))
            blank_before = False
        else:
            blank_before = True
        offset += len(raw) + break_width
    return lines


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
