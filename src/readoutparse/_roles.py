"""What a short head line does by its words: a room's name, the site's voice, initials.

Lines that stand beside a headline and are never it (``_neighbour.aside_kind``)
include the room a briefing was given in (``Press Correspondents Room``) and the
site speaking to its reader (``첫 댓글을 작성해보세요``, ``주소복사가 완료되었습니다``);
a place may end on an initialism's stop (``Washington, D.C.``), which ends no sentence.
"""

from __future__ import annotations

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
