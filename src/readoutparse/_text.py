"""Small text helpers shared by every stage, written for the hot path."""

from __future__ import annotations

from readoutparse import _vocabulary as vocab

_TAIL = 4  # the longest sentence ending SENTENCE_END_RE matches: '.”)]'


def fold(text: str) -> str:
    """Fold every run of white space (NBSP included) to one space and strip the ends."""
    return " ".join(text.split())


def ends_sentence(text: str) -> bool:
    """Say whether ``text`` ends a sentence (``.``, ``?``, ``다.``, ``.”`` …)."""
    return vocab.SENTENCE_END_RE.search(text[-_TAIL:]) is not None


def is_social(text: str) -> bool:
    """Say whether a short line names a social-media site (a link list, not a paragraph)."""
    return len(text) <= vocab.SOCIAL_LINE_CHARS and vocab.SOCIAL_WORDS_RE.search(text) is not None


def prose_measure(chars: int, words: int, *, ends: bool) -> bool:
    """Say whether text of this length and word count, ending a sentence or not, is prose."""
    if chars >= vocab.PROSE_LONG_CHARS:
        return True
    return ends and (words >= vocab.PROSE_MIN_WORDS or chars >= vocab.PROSE_MIN_CHARS_CJK)
