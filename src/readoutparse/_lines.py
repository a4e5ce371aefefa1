r"""Stage 1: split the input into non-blank lines with offsets.

This is the one place positions are computed. Every offset indexes the
original string, whatever its line endings (``\n``, ``\r\n``, ``\r``,
``\v``, ``\f``, ``\x1c``-``\x1e``, ``\x85``, ``\u2028``, ``\u2029``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from readoutparse import _vocabulary as vocab
from readoutparse._text import ends_mid_phrase, ends_sentence, prose_text, starts_lower

if TYPE_CHECKING:
    from collections.abc import Iterator

WIDE_GAP_RE: Final = re.compile(r"\s{2,}")
"""Two or more white-space characters: where a one-line page joined its blocks."""

GLUED_DATE_FIELD_RE: Final = re.compile(r"(?i)date:?[ \t]+\d{4}-\d{2}-\d{2}(?=[ \t]+[^\d\s(])")
"""A crawler's date field glued before a line's own text (``date 2024-07-11 CANADA, …``).

Not before a time (``Date 2024-02-29 14:30``) or a bracket (``(KST)``), which go with the date.
"""

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
                yield from _unglue_date(held)
                held = None
            if stripped[0] in "dD":
                yield from _unglue_date(line)
            else:
                yield line
    if held is not None:  # a page of one line
        yield from _one_line_page(held)


def _one_line_page(line: SourceLine) -> Iterator[SourceLine]:
    """The blocks of a page dumped on one ``line``, each read as a line is (a date field glued)."""
    for part in _unglue_date(line):
        for block in _split_single_line_page(part):
            yield from _unglue_date(block)


def _unglue_date(line: SourceLine) -> Iterator[SourceLine]:
    """``line``, or a date field glued before its text and that text, as two lines.

    A dump may glue the date it was stamped with before a page's line
    (``date 2024-07-11 CANADA, July 11 - Today …``): the field is a line of
    its own and the text after it the start of a block.
    """
    text = line.text
    glued = GLUED_DATE_FIELD_RE.match(text) if text.startswith(("d", "D")) else None
    if glued is None:
        yield line
        return
    line_start = line.start - line.indent
    yield _part(line, 0, glued.end(), line_start)
    rest = len(text) - len(text[glued.end() :].lstrip())
    start = line.text_start + rest
    yield SourceLine(
        line.lineno, start, line.end, start - line_start, text[rest:], blank_before=True
    )


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


def _split_single_line_page(line: SourceLine) -> Iterator[SourceLine]:
    """A page dumped on one line: its blocks (headline, date, paragraphs, chrome), one a line.

    A dump that lost its line breaks keeps a wide gap (two spaces or more)
    where each block ended. The line is split at each, but for the gaps that
    lie inside a block (:func:`_gap_inside`). Each part keeps its offsets.
    """
    text, lineno = line.text, line.lineno
    base = line.text_start
    line_start = line.start - line.indent
    part = 0  # where the part being read starts in text
    gap: tuple[int, int] | None = None  # the last gap seen, not yet decided
    for found in WIDE_GAP_RE.finditer(text):
        if gap is not None and not _gap_inside(text, part, gap, found.start()):
            yield _part(line, part, gap[0], line_start)
            part = gap[1]
        gap = found.span()
    if gap is not None and not _gap_inside(text, part, gap, len(text)):
        yield _part(line, part, gap[0], line_start)
        part = gap[1]
    if not part:
        yield line
        return
    start = base + part
    yield SourceLine(lineno, start, line.end, start - line_start, text[part:], blank_before=True)


def _part(line: SourceLine, start: int, end: int, line_start: int) -> SourceLine:
    """The part ``line.text[start:end]`` of a one-line page, as a line of its own."""
    text_start = line.text_start + start
    # The first part starts where the line does: before a byte-order mark, if any.
    first = line.start if not start else text_start
    return SourceLine(
        line.lineno,
        first,
        line.text_start + end,
        first - line_start,
        line.text[start:end],
        blank_before=True,
    )


_TAIL_CHARS: Final = 64  # what is read of the text before a gap: its last words


def _gap_inside(text: str, part: int, gap: tuple[int, int], after_end: int) -> bool:
    """Say whether the wide ``gap`` of a one-line page lies inside a block, not between two.

    ``text[part:gap[0]]`` is the block so far and ``text[gap[1]:after_end]`` the
    text up to the next gap. A gap lies inside a block after a marker alone
    (``1.  The two sides …``), in the middle of a sentence (the text before
    stops mid-phrase, or the text after goes on in lower case), between a date
    and its time (``2018-04-17  14:30  KST``), and between two sentences of a
    paragraph (two spaces after a full stop, then a sentence that opens with no
    marker and is no end mark ``끝.``).
    """
    start, end = gap
    before = text[max(part, start - _TAIL_CHARS) : start]
    after = text[end:after_end]
    if start - part <= _TAIL_CHARS and _marker_alone(before):
        return True
    if ends_mid_phrase(before) or starts_lower(after) or _time_after_date(before, after):
        return True
    if not ends_sentence(before) or _marked(after) or vocab.END_MARK_RE.match(after):
        return False
    ends = ends_sentence(after)
    return ends or prose_text(after, ends=ends)


def _marked(text: str) -> bool:
    """Say whether ``text`` opens with a paragraph marker or a bullet (``1. …``, ``- …``)."""
    return bool(vocab.NUMBER_MARKER_RE.match(text) or vocab.BULLET_RE.match(text))


def _marker_alone(text: str) -> bool:
    """Say whether ``text`` is a paragraph marker or a bullet and nothing else (``1.``, ``O``)."""
    padded = text + " x"
    found = vocab.NUMBER_MARKER_RE.match(padded) or vocab.BULLET_RE.match(padded)
    return found is not None and found.end() > len(text)


_TIME_MAX_CHARS: Final = 10  # '14:30', 'KST', '(KST)', '오후 2:30' is no ASCII


def _time_after_date(before: str, after: str) -> bool:
    """Say whether ``after`` is a time or a zone that goes on the date ``before`` ends with."""
    return (
        before[-1:].isdecimal()
        and len(after) <= _TIME_MAX_CHARS
        and after.isascii()
        and not any(char.islower() for char in after)
    )
