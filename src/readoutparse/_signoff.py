"""Where the article stops speaking: the reporter's sign-off and the site's own voice.

The body's last line is the article's, never the site's: a sentence that speaks to the
page's reader (a cookie notice, a prompt, a call for tips) is not it
(:func:`addresses_reader`), a reporter's signature with no statement after it signs
the article off (:func:`signs_off`, :func:`states`), and a credit closes the article
only at its end (:func:`credits_photo`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse import _captions
from readoutparse._page import ENDS, PROSE
from readoutparse._roles import PROMPT_ENDINGS, PROMPT_MAX_CHARS
from readoutparse._shape import BULLET_CODE, CHROME_CODE, TEXT_CODE
from readoutparse._text import ends_on_credit, fold
from readoutparse._vocabulary import compile_on_first_use

if TYPE_CHECKING:
    import regex

    from readoutparse._page import Page

_SOURCES: dict[str, str] = {}
"""The source of every ``*_RE`` pattern, compiled on first use (see ``_vocabulary``)."""

MAIL_ADDRESS_WORD_RE: regex.Pattern[str]
_SOURCES["MAIL_ADDRESS_WORD_RE"] = r"""(?x)
    ^(?:[^\s@<>()\[\]]{0,20}[<(\[])?            # '<', or a name glued to '(': '최지원(…)'
    [\w.+\-]{1,64} @ [\w\-]{1,63} (?:\.[\w\-]{1,63}){1,4}
    [>)\]]{0,2}$
"""
"""A line's last word that is an e-mail address: ``hyun@yna.co.kr``, ``최지원(jiwoner@yna.co.kr)``.

A line that ends on one is a reporter's signature (``경기 북부 이도윤 기자 dylee@hanbit.example``,
``<김민열기자 mykim@sed.co.kr>``) or a photo's credit (``… 2025.4.17 photo@yna.co.kr``):
chrome, between paragraphs or after them. A sentence that gives an address and ends
(``Write to kim@example.org.``) is not: its last word ends on the stop.
"""

_pattern = __getattr__ = compile_on_first_use(globals(), _SOURCES)


def addresses_reader(page: Page, i: int) -> bool:
    """A sentence after the body that speaks to the page's reader, not of the page's subject.

    A cookie notice (``This website uses cookies …``), a prompt to act on the page,
    short and in the polite imperative (``기사에 대한 생각을 남겨주세요.``) or asking for
    the reader's tips (``한빛일보는 여러분의 제보를 기다립니다.``), a distributor's note
    opening on its label after a slash (``/Public Release. This material …``): the
    site's voice, never the body's last paragraph; nor is a note after the reference mark that
    says so (``※ This article has been translated by AI. Share your feedback here.``). Any
    other marked item (``□ …``, ``1. …``) is the body's own, whatever its words.
    """
    shape = page.shapes[i]
    if shape == TEXT_CODE:
        return speaks_to_reader(page.text(i))
    return (
        shape == BULLET_CODE and page.marker(i) == _NOTE_MARK and speaks_to_reader(page.content(i))
    )


def speaks_to_reader(text: str) -> bool:
    """Whether ``text``, a line or a paragraph, is in the site's voice (``addresses_reader``).

    Read folded, as the paragraph's text is: a line of tabs reads as the same words spaced.
    """
    text = fold(text)
    if "ookie" in text or "OOKIE" in text:
        return "cookie" in text.casefold()
    if text[:1] == "/" and text[1:2].isalpha():
        return True  # a distributor's label after a slash: '/Public Release. This material …'
    if len(text) <= _NOTICE_MAX_CHARS and any(ask in text.casefold() for ask in READER_ASKS):
        return True
    if len(text) > PROMPT_MAX_CHARS:
        return False
    said = text.rstrip(".!")
    return said.endswith(PROMPT_ENDINGS) or (
        said.endswith(ASKING_ENDINGS) and any(word in text for word in READER_WORDS)
    )


def credits_photo(page: Page, i: int) -> bool:
    """Line ``i``, over the body's first sentence, is a photo's caption by what it says.

    A sentence closed by a credit (``… 하고 있다. /연합뉴스``: a credit closes a report
    only at its end) or one that says where a named person stands in the picture
    (``Foreign Minister Park Jin (left) and …``, ``… 장관(오른쪽)이 …``), printed once or
    twice, right over a sentence of prose that goes on with nothing above it.
    """
    if page.shapes[i] != TEXT_CODE or i + 1 >= page.count:
        return False
    below = page.text(i + 1)
    if (
        page.shapes[i + 1] != TEXT_CODE
        or not page.flags[i + 1] & PROSE
        or page.runs_on[i + 1]
        or below[:1].islower()
    ):
        return False  # the line wraps onto the next, or no sentence stands under it
    text = page.text(i)
    return ends_on_credit(text) or _captions.PLACES_PEOPLE_RE.match(text) is not None


def speaks_aside(page: Page, start: int, i: int) -> bool:
    """Line ``i`` speaks of the site in the formal polite style, under plain-style lines.

    A Korean article states in the plain style (``… 열렸다.``, ``… 말했다.``); a line after
    it in the formal polite style that names what a site is made of (``… 기사 내용을 요약한
    결과입니다.``, ``알림 문구가 들어가는 영역입니다``: ``SITE_WORDS``) is the site speaking
    of itself or to its reader, never the article's last paragraph. A briefing, polite
    throughout, and a speech quoted at an article's end (``국민 여러분, …입니다.``) are
    read as they are: the style must change, and the words be the site's.
    """
    if page.shapes[i] != TEXT_CODE:
        return False  # a marked item ('□ …') is the body's own, whatever its words
    text = page.text(i)
    if not _formal(text) or not any(word in text for word in SITE_WORDS):
        return False
    return _states_plainly(page, max(start, i - _STYLE_REACH), i)


def _states_plainly(page: Page, start: int, stop: int) -> bool:
    """More lines ``start`` to ``stop`` end in the plain style than in the formal one."""
    plain = formal = 0
    for j in range(start, stop):
        if page.flags[j] & ENDS:
            text = page.text(j)
            if _formal(text):
                formal += 1
            elif text.rstrip(" .!").endswith("다"):
                plain += 1
    return plain >= _PLAIN_MIN_SENTENCES and plain > formal


def _formal(text: str) -> bool:
    """``text`` ends in the formal polite style (``…입니다.``, ``…하세요!``)."""
    return text.rstrip(" .!").endswith(_FORMAL_ENDINGS)


_FORMAL_ENDINGS: Final = ("니다", "세요", "십시오")
"""The formal polite style's endings (``입니다``, ``하세요``, ``바랍니다``)."""

SITE_WORDS: Final = (
    *("기사", "콘텐츠", "본문", "요약", "공유"),
    *("구독", "알림", "문구", "영역", "댓글"),
)
"""What a news site's notices speak of (an article, its summary, sharing, a notice's slot)."""

_PLAIN_MIN_SENTENCES: Final = 2
"""Plain lines, at least, above a line in the site's voice (and more than formal ones)."""

_STYLE_REACH: Final = 20
"""How many lines above a polite line are weighed for the body's style: each is read once
or a few times, never the whole body for each line."""


ASKING_ENDINGS: Final = ("기다립니다", "바랍니다")
"""What a site says when it asks its reader for something (``제보를 기다립니다``)."""

READER_WORDS: Final = ("제보", "구독")
"""What a site asks its reader for, and a ministry's text never does: tips, a subscription."""

READER_ASKS: Final = (
    "this article has been", "this article was", "this story has been", "this story was",
    "your report becomes", "your report can be", "share your feedback here",
)  # fmt: skip
"""What a news site says in English of its article or asks of its reader (``This article has
been translated by AI. Share your feedback here.``, ``'Your report becomes news'``), which a
ministry's text does not (it may ask for comments: ``We welcome your comments.`` is its own)."""

_NOTE_MARK: Final = "※"
"""The reference mark: a note under a paragraph, or a site's notice under the article."""

_NOTICE_MAX_CHARS: Final = 120
"""A notice that asks the reader for feedback or tips is this long at most."""


def signed_off(page: Page, start: int, stop: int) -> int:
    """Where the body from ``start`` stops, before ``stop``, at a reporter's sign-off.

    The first signature after ``start`` (:func:`signs_off`) with no statement after it
    (:func:`states`; a slogan or a prompt at most) ends the article; else ``stop``.
    """
    # One scan for an address in the lines after the first spares a page without one the rest.
    if (
        stop <= start + 1
        or page.source.find("@", page.text_starts[start + 1], page.ends[stop - 1]) < 0
    ):
        return stop
    signed = next((i for i in range(start + 1, stop) if signs_off(page, i)), stop)
    return stop if any(states(page, i) for i in range(signed + 1, stop)) else signed


def signs_off(page: Page, i: int) -> bool:
    """Line ``i`` is a reporter's signature: a name at most, then an e-mail address.

    ``최지원(jiwoner@yna.co.kr)``, ``julesyi@yna.co.kr``, ``경기 북부 이도윤 기자 dylee@…``,
    or the address first (``dylee@… 이도윤 기자``): a news site signs its article off so. A
    photo's credit ends on an address too, after its caption: it is longer than a name.
    """
    if page.shapes[i] not in _SIGNED_SHAPES:
        return False
    if page.source.find("@", page.text_starts[i], page.ends[i]) < 0:  # no slice for a no
        return False
    text = page.text(i)
    name, _, address = text.rpartition(" ")
    if _pattern("MAIL_ADDRESS_WORD_RE").match(address) is None:  # or the address first
        address, _, name = text.partition(" ")
    return (
        len(name) <= _SIGNATURE_MAX_CHARS
        and _pattern("MAIL_ADDRESS_WORD_RE").match(address) is not None
    )


_SIGNED_SHAPES: Final = frozenset({TEXT_CODE, CHROME_CODE})
_SIGNATURE_MAX_CHARS: Final = 20
"""A reporter's name, place and title before the address (``경기 북부 이도윤 기자``) at most."""


def states(page: Page, i: int) -> bool:
    """Line ``i`` ends a statement: a sentence that no exclamation mark closes.

    A site's slogan or prompt exclaims (``여러분의 제보가 뉴스가 됩니다!``); a report states.
    """
    return bool(page.flags[i] & ENDS) and page.source[page.ends[i] - 1] not in _EXCLAIMS


_EXCLAIMS: Final = frozenset("!！")
