r"""Marker readers: the paragraph-number and bullet patterns read by hand.

``NUMBER_MARKER_RE`` and ``BULLET_RE`` (in ``_vocabulary.py``) define the
markers; these functions read the common cases with string methods, which
cost a fraction of a regex match on every line. ``tests/test_text.py`` holds
each to its pattern, over every code point where it matters.
"""

from __future__ import annotations

from typing import Final

from readoutparse._vocabulary import ASCII_DIGITS, BULLET_GLYPHS, NOTE_STAR, SPACED_BULLETS


def ascii_number_marker(text: str) -> tuple[int, int] | None:
    r"""``NUMBER_MARKER_RE`` by hand for a number in ASCII digits: ``(number, end)``.

    ``end`` is where the content starts, past the marker and the white space
    after it; ``(0, 0)`` says there is no marker. ``None`` leaves the line to
    the pattern: a circled or full-width number, or a non-ASCII character
    where the pattern's ``\d`` would have to be read.
    """
    size = len(text)
    start = 1 if text[:1] == "(" else 0
    digits = start
    while digits < size and digits - start <= _MAX_DIGITS and text[digits] in _ASCII_DIGITS:
        digits += 1
    count = digits - start
    if count == 0 or digits == size:
        return None if start == 0 or digits < size else _NO_MARKER
    if count > _MAX_DIGITS:
        return _NO_MARKER
    closed = _number_closed(text, digits, paren=start == 1)
    if not closed:
        return None if closed is None else _NO_MARKER
    return (int(text[start:digits]), _past_spaces(text, digits + 1, _SPACE_NOT_LF))


def _number_closed(text: str, digits: int, *, paren: bool) -> bool | None:
    """Whether the digits end a marker: ``)`` after ``(1``; ``.`` or ``)``, no digit next.

    ``None`` when a non-ASCII character must be read as the pattern reads it.
    """
    close = text[digits]
    if not close.isascii():
        return None
    if paren:
        return close == ")"
    if close not in _NUMBER_CLOSERS:
        return False
    after = text[digits + 1 : digits + 2]
    if not after.isascii():
        return None
    return after not in _ASCII_DIGITS  # '1.5 million' is no marker


_NO_MARKER: Final = (0, 0)


def bullet_end(text: str) -> int:
    """``BULLET_RE`` by hand: where the content after a bullet starts, or 0 for no bullet.

    ``O`` and dashes need white space after them, ``*`` must not be doubled, and
    text must follow.
    """
    first = text[:1]
    if first in SPACED_BULLETS:
        least = 2
    elif first in BULLET_GLYPHS or (first == NOTE_STAR and text[1:2] != NOTE_STAR):
        least = 1
    else:
        return 0
    end = _past_spaces(text, 1, WHITE_SPACE)
    return end if least <= end < len(text) else 0


def _past_spaces(text: str, start: int, spaces: str) -> int:
    """Where the run of the characters of ``spaces`` from ``start`` ends.

    One or no space, the usual case, is read directly; a longer run is stripped
    in C, never walked character by character.
    """
    if not _is_space(text[start : start + 1], spaces):
        return start
    if not _is_space(text[start + 1 : start + 2], spaces):
        return start + 1
    return len(text) - len(text[start:].lstrip(spaces))


def _is_space(char: str, spaces: str) -> bool:
    return char != "" and char in spaces  # '' is in every string


_ASCII_DIGITS: Final = frozenset(ASCII_DIGITS)
_NUMBER_CLOSERS: Final = frozenset(".)")
_MAX_DIGITS: Final = 3  # NUMBER_MARKER_RE reads up to three digits

WHITE_SPACE: Final = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""What the regex module's ``\\s`` matches: Unicode White_Space (``str.isspace`` adds U+001C-F)."""
_SPACE_NOT_LF: Final = WHITE_SPACE.replace("\n", "")  # NUMBER_MARKER_RE's [^\S\n]
