"""What a short head line does by its words: a room's name, the site's voice, initials, a byline.

Lines that stand beside a headline and are never it (``_neighbour.aside_kind``)
include the room a briefing was given in (``Press Correspondents Room``) and the
site speaking to its reader (``첫 댓글을 작성해보세요``, ``주소복사가 완료되었습니다``);
a place may end on an initialism's stop (``Washington, D.C.``), which ends no sentence; a
speaker's name stands over the office held (``Kurt M. Campbell`` / ``Assistant Secretary, …``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence


def speaks_to_reader(folded: str) -> bool:
    """A short prompt or notice in the site's voice: a polite imperative, or an action done."""
    return len(folded) <= PROMPT_MAX_CHARS and folded.rstrip(".!").endswith(_SITE_VOICE_ENDINGS)


PROMPT_MAX_CHARS: Final = 40
"""A prompt or notice to the reader is this long at most (``기사에 대한 생각을 남겨주세요.``)."""

PROMPT_ENDINGS: Final = ("주세요", "하세요", "해요", "보세요")
"""The polite imperative a site prompts its reader in (``남겨주세요``, ``작성해보세요``)."""

_SITE_VOICE_ENDINGS: Final = (*PROMPT_ENDINGS, "되었습니다", "됐습니다")
"""… and the notice a page's script prints when an action is done (``주소복사가 완료되었습니다``).

A Korean headline ends on a noun or the plain style, never on the formal ``-습니다``.
"""


def is_venue(words: Sequence[str]) -> bool:
    """A room's name alone: capitalised words ending on a room word (``Press Correspondents Room``).

    A briefing's byline names the room it was given in, between the office and the
    place; a headline that names one has more words, in lower case too (``Remarks in
    the Treaty Room``).
    """
    if not _VENUE_MIN_WORDS <= len(words) <= _VENUE_MAX_WORDS:
        return False
    last = words[-1].casefold()
    if last.isdigit():  # 'Room 2209'
        last = words[-2].casefold()
    return last in _VENUE_WORDS and all(word[0].isupper() or word.isdigit() for word in words)


_VENUE_WORDS: Final = frozenset({"room", "hall", "auditorium", "ballroom", "lounge"})
"""The last word of a room's name: ``Press Briefing Room``, ``Benjamin Franklin Room``."""

_VENUE_MIN_WORDS: Final = 2
_VENUE_MAX_WORDS: Final = 5


def ends_on_initials(text: str) -> bool:
    """``text`` ends on capitals, each with its stop (``D.C.``, ``U.K.``): an initialism's stop."""
    last = text.rsplit(None, 1)[-1]
    return (
        len(last) >= _INITIALS_MIN_CHARS
        and len(last) % 2 == 0
        and all(last[k].isupper() and last[k + 1] == "." for k in range(0, len(last), 2))
    )


_INITIALS_MIN_CHARS: Final = 4
"""Two initials with their stops at the least (``D.C.``)."""


def is_person_name(text: str) -> bool:
    """A person's name alone: two to four capitalised words or initials (``Kurt M. Campbell``)."""
    words = text.split()
    return (
        _NAME_MIN_WORDS <= len(words) <= _NAME_MAX_WORDS
        and len(text) <= _NAME_MAX_CHARS
        and all(_NAME_WORD_RE.match(word) for word in words)
    )


def is_office(text: str) -> bool:
    """An office held, in title case (``Assistant Secretary, Bureau of …``, ``Secretary of State``).

    Its first part (up to a comma) is a few capitalised words, one of them an office's head
    word that ends the part or has ``of`` or ``for`` after it; what follows names the bureau
    or the country. A headline names an office and goes on (``Minister Calls …``); a line
    that ends a sentence is none.
    """
    head = text.partition(",")[0].split()
    if not (
        0 < len(head) <= _OFFICE_MAX_WORDS
        and len(text) <= _OFFICE_MAX_CHARS
        and not text.endswith(".")
        and all(word[0].isupper() or word in _OFFICE_SMALL_WORDS for word in head)
    ):
        return False
    return any(
        word.casefold() in _OFFICE_HEADS
        and (k == len(head) - 1 or head[k + 1] in _OFFICE_SMALL_WORDS)
        for k, word in enumerate(head)
    )


_NAME_WORD_RE: Final = re.compile(r"(?:[A-Z][a-z’'-]+|[A-Z]\.)\Z")
_NAME_MIN_WORDS: Final = 2
_NAME_MAX_WORDS: Final = 4
_NAME_MAX_CHARS: Final = 40
_OFFICE_MAX_WORDS: Final = 6
_OFFICE_MAX_CHARS: Final = 100
_OFFICE_SMALL_WORDS: Final = frozenset({"of", "for", "the", "and", "to", "on"})
"""Small words inside an office's name; after its head word they join its field (``of State``)."""
_OFFICE_HEADS: Final = frozenset(
    {
        "secretary", "secretary-general", "minister", "ambassador", "spokesperson",
        "spokesman", "spokeswoman", "representative", "envoy", "director", "coordinator",
        "counselor", "counsellor", "president", "adviser", "advisor", "commissioner", "consul",
    }
)  # fmt: skip
"""The head word of an office under a speaker's name (case dropped)."""
