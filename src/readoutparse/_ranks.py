"""The subpoint markers and their ranks: data that the parser and the model's renderer share.

It sits at the bottom of the package, beside the model, and imports nothing:
the parser's vocabulary re-exports it, and :mod:`readoutparse._render` reads it
to write notes as the parser reads them back.
"""

from __future__ import annotations

BULLET_RANKS: dict[str, int] = {
    # Level one: circles and the letter O (English pages), Hangul ㅇ (Korean pages).
    "O": 1,
    "o": 1,
    "ο": 1,  # Greek omicron, the letter o of pages typed in a Greek-aware font
    "°": 1,
    "º": 1,  # the masculine ordinal, the degree sign's lookalike on older English pages
    "○": 1,
    "◦": 1,
    "●": 1,
    "ㅇ": 1,
    "❍": 1,
    "◯": 1,
    "▲": 1,
    # Level two: dashes.
    "-": 2,
    "–": 2,
    "―": 2,
    "—": 2,
    # Level three: dots.
    "·": 3,
    "•": 3,
    "∙": 3,
    "ㆍ": 3,
    # Notes attach to the item they follow (see the assembler).
    "*": 9,
    "※": 9,
}
"""Subpoint markers and their level in the ``□ → ㅇ/○ → - → ·`` hierarchy."""

NOTE_RANK = 9
"""The rank of note markers (``*``, ``※``)."""

LIST_RANK = 2
"""Dashes and dots (rank 2 and deeper) under a note belong to the note."""
