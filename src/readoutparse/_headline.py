"""What a headline measures: how long it is, how many words it has, where it may wrap.

The head phase chooses the title by these (:func:`readoutparse._classify.looks_like_headline`,
``_head._title_lines``), and the weak-evidence warnings weigh it by them (``_evidence``).
"""

from __future__ import annotations

HEADLINE_MAX_CHARS = 200
"""A headline is at most this long."""

HEADLINE_MIN_WORDS = 3
"""A headline has at least this many words (or ``HEADLINE_MIN_CJK`` characters of Korean)."""

HEADLINE_MIN_CJK = 8
"""A Korean headline with fewer than ``HEADLINE_MIN_WORDS`` words is at least this long."""

TITLE_WRAP_MIN_CHARS = 30
"""A title line this long without sentence end may be continued by the next line."""

TITLE_WRAP_MIN_CHARS_CJK = 15
"""The same for a line of Korean or Chinese text, which says more in fewer characters."""

TITLE_WRAP_SLACK = 0.8
"""A title line wraps when it and the next line's first word fill more than this share of the
title's widest line: a page wrapped at a width breaks where the next word would not fit, and a
proportional font fits a few characters more or less than another line holds."""
