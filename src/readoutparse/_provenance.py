"""A repost's note on its source: where and when the page was first issued.

Reposts open the text with it (``The press release issued by the Foreign Office
on 3 March 2025.``): the page's dateline, never a sentence of its body nor the
title (``docs/internals.md``, "Choosing the date").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from readoutparse._dates import FoundDate, find_date
from readoutparse._text import first_word

if TYPE_CHECKING:
    import regex


@functools.cache
def _provenance_re() -> regex.Pattern[str]:
    """The pattern, compiled on first use: most pages hold no provenance line."""
    import regex  # noqa: PLC0415 - loaded only when a line opens like one

    return regex.compile(_PROVENANCE_RE)


def provenance_date(text: str) -> FoundDate | None:
    """The date of a line that says when the page was issued, and nothing else.

    Reposts open the text with it: ``The press release issued by the Foreign Office
    on 3 March 2025.`` It is the page's dateline, not a sentence of its body.
    """
    match = _opening(text)
    if match is None:
        return None
    found = find_date(text, match.end())
    if found is None or found.start != match.end() or text[found.end :].strip(" .") != "":
        return None
    return found if found.value is not None else None


_PROVENANCE_OPENINGS: Final = frozenset({"the", "this", "press", "news", "statement", "speech"})
"""The first words of a provenance line (case dropped): a gate before its pattern."""

_PROVENANCE_RE: Final = r"""(?xi)
    ^(?:the\s+(?:following\s+)?|this\s+)?
    (?:press\s+release|news\s+release|news\s+story|statement|speech|readout|article|release)
    \s+(?:was\s+)?(?:issued|published|released|made|posted|delivered)
    (?:\s+by\s+(?:[^.\d]|\.(?=\S)){1,120}?)?\s+on\s+    # a dot inside a name: 'U.S'
"""
"""A provenance line up to its date: ``The press release issued by the Foreign Office on ``."""


def is_provenance(text: str) -> bool:
    """A line that says where and when the page was first issued, its date's year or not.

    ``The following Readout was published by <office> on Mar. 4. It is reproduced in
    full below.``: a repost's note on its source, not a sentence of the body.
    """
    match = _opening(text)
    return match is not None and len(text) - match.end() <= _PROVENANCE_TAIL_CHARS


def _opening(text: str) -> regex.Match[str] | None:
    """A provenance line's words up to its date (``… issued by … on ``), after a cheap gate."""
    if first_word(text).casefold() not in _PROVENANCE_OPENINGS:  # words apart by any space
        return None
    return _provenance_re().match(text)


_PROVENANCE_TAIL_CHARS: Final = 60
"""What a provenance line holds after ``… on``: a date and a note (``It is reproduced …``)."""
