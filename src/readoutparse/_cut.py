"""Where a dump was cut inside the body: the page's last words, begun and stopped.

A copy that stops mid-sentence ends on a line no chrome ends on. The body finder
asks :func:`cut_short_tail` whether that line is the body's, kept as it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse._page import ENDS
from readoutparse._phrases import SENTENCE_OPENERS, WORD_TRIM
from readoutparse._shape import (
    NUMBERED_CODE,
    TEXT_CODE,
)
from readoutparse._signoff import speaks_to_reader
from readoutparse._text import ends_mid_phrase, first_word, is_dense, looks_like_title, open_alike
from readoutparse._vocabulary import (
    PROSE_MIN_WORDS,
    TITLE_CASE_MIN_WORD,
    WRAP_MIN_CHARS,
)

if TYPE_CHECKING:
    from readoutparse._page import Page


def cut_short_tail(page: Page, start: int, end: int) -> bool:
    """Lines ``end`` on to the page's end are the body, cut short where the dump stops.

    The caller has found no trailer heading or end mark; here the page ends
    inside the body (lines ``start`` to ``end``). Its last line ends no sentence
    and reads as one begun, not as chrome (:func:`_begun`). Between it and the
    body's last line stand at most a heading or two of the body (``질의 및 응답``,
    ``3. 회의 개최``) or whole paragraphs too long for chrome (a question closed by
    its asker's name in brackets): a trailer would put a chrome line there. With
    no whole paragraph before it, the line must be long (a page that is one
    heading is no body cut short).
    """
    last = page.count - 1
    if not 0 <= last - end < CUT_SHORT_MAX_LINES or page.shapes[last] != TEXT_CODE:
        return False
    text = page.text(last)
    if (
        page.flags[last] & ENDS
        or page.tables.is_phrase(text)
        or _whole_unit(text)
        or not all(_heading(page, i) or _long_line(page, i) for i in range(end, last))
        or (last > end and open_alike(text, page.text(last - 1)))  # a list's items
    ):
        return False
    if page.width(last) >= CUT_SHORT_MIN_CHARS and (
        text.count(" ") + 1 >= PROSE_MIN_WORDS or _ideographic(text)  # Chinese: no spaces
    ):
        return True
    if end > start and last == end and _fragment(page, last):
        return True
    return end > start and _begun(text, under_heading=last > end and _heading(page, last - 1))


def _ideographic(text: str) -> bool:
    """A paragraph mostly in ideographs (half its characters), a sentence closed inside it.

    Chinese has no spaces to count words by: a full stop inside (``…共進午餐。當天下午,…``)
    tells prose from a label's line or a list of links (``相关阅读：…｜…``, ``地址：…``).
    """
    if "。" not in text or "｜" in text or "|" in text:
        return False
    ideographs = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    return 2 * ideographs >= len(text)


def _fragment(page: Page, last: int) -> bool:
    """The page's last line is a few words of a paragraph begun, the dump cut inside it.

    Right under a whole paragraph (long, its sentence closed), a line of a word or
    three in the body's Latin script, letters only, opening on a sentence's subject (an
    article, a pronoun), that no chrome shape, no table and no headline's case claims
    (``The MIKTA``, ``It is th``), or on a connective and its comma, a name after it or
    not (``Meanwhile, Minister``): the next paragraph's start. A link's words open on
    anything else (``Comments``, ``Read more``, ``In this section``): left out, and a
    fragment such as ``Indi`` with them.
    """
    above = last - 1
    text = page.text(last)
    words = text.split()
    opener = words[0].removesuffix(",") if words else ""
    return (
        bool(page.flags[above] & ENDS)
        and page.width(above) >= CUT_SHORT_MIN_CHARS
        and not is_dense(page.text(above))
        and not is_dense(text)
        and len(words) < PROSE_MIN_WORDS
        and all(word.isalpha() for word in (opener, *words[1:]))  # no address, figure, label
        and not speaks_to_reader(text)  # a cookie banner's button
        and (
            _linked(text)  # a link's words open on no connective and its comma
            or (
                opener.casefold() in _SUBJECT_OPENERS  # not a link's: 'Comments', 'In Focus'
                and not _heading_cased(words[1:])  # a link's or a masthead's: 'The Latest'
            )
        )
    )


def _linked(text: str) -> bool:
    """A line that opens on a connective and its comma (``Meanwhile, Minister``), more after.

    Not where a headline's case follows (``Also, Read More``, ``Meanwhile, North Korea
    Fires …``): a link's or a related story's words.
    """
    opener, _, rest = text.partition(", ")
    words = rest.split()
    return bool(words) and opener.casefold() in _CONNECTIVES and not _heading_cased(words[1:])


def _heading_cased(words: list[str]) -> bool:
    """Words all capitalised, none an acronym: a heading's (``Latest``, ``Are Hiring``)."""
    return bool(words) and all(word[0].isupper() and not word.isupper() for word in words)


def _begun(text: str, *, under_heading: bool) -> bool:
    """A short line that reads as a sentence begun and stopped, not as a whole item.

    It stops on a word no sentence or headline stops on (``Between``, ``… and
    the``, ``… 나가기 위해``), or it is a sentence by its words, a few at least:
    in English one that opens as a sentence does (``The two ministers also discu``,
    ``Moreover, the Minister held di``)
    or too long for a link's words (``Site policy and terms`` is chrome; a
    headline's case is ruled out before), in Korean one with a topic particle
    (``장관은``, ``회의는``), which a headline leaves out (``장관, … 면담``), or any
    right under a heading of the body, which opens it.
    """
    if ends_mid_phrase(text.casefold()):
        return True
    words = text.count(" ") + 1
    if words < PROSE_MIN_WORDS or not text[-1].isalnum():
        return False
    if is_dense(text):
        return under_heading or any(word.endswith(TOPIC_PARTICLES) for word in text.split())
    opener = first_word(text).strip(WORD_TRIM).casefold()
    return opener in SENTENCE_OPENERS or _linked(text) or words >= CUT_SHORT_MIN_WORDS


_SUBJECT_OPENERS: Final = frozenset(
    {"a", "an", "the", "this", "these", "that", "those", "it", "its", "he", "she", "they", "we"}
)
"""Words a sentence's subject opens on, and a link's or a heading's words seldom do."""

_CONNECTIVES: Final = frozenset(
    {"meanwhile", "however", "separately", "additionally", "furthermore", "moreover"}
    | {"earlier", "later", "previously", "subsequently", "finally", "thus", "therefore"}
)
"""Words that open a sentence on a comma (``Meanwhile, …``), as no link's words do.

Not ``also``: a link opens so too (``Also, see …``, ``Also, read: …``).
"""


CUT_SHORT_MIN_WORDS: Final = 8
"""An English line this many words long at least, cut short, is prose whatever it opens with."""


TOPIC_PARTICLES: Final = ("은", "는")
"""Korean topic particles: a sentence's, which a headline's telegraphic style leaves out."""


def _whole_unit(text: str) -> bool:
    """A line that ends where a unit of chrome ends, not where a copy stopped mid-sentence.

    A closing bracket or a figure (``<Share This Story>``, ``Readouts on 4 May
    2021``), or a headline's case (``The Road to 2030: Ports and Our
    Future``, ``Joint Statement on the``): a button, a date line, a related
    article's headline.
    """
    tail = text[-1]
    if tail.isdigit() or tail in _CLOSERS:
        return True
    if _linked(text):
        return False  # a connective's comma opens a sentence: a capital after it is a name's
    if looks_like_title(text):
        return True
    words = [word for word in text.split() if len(word) > TITLE_CASE_MIN_WORD and word[0].isalpha()]
    return len(words) >= HEADLINE_CASE_MIN_WORDS and all(word[0].isupper() for word in words)


_CLOSERS: Final = frozenset(")]>}）】」』〉》")

HEADLINE_CASE_MIN_WORDS: Final = 2
"""Longer words, at least, all capitalised that give a line a headline's case (figures aside)."""


def _heading(page: Page, i: int) -> bool:
    """A numbered line, or a short line of a few words, that ends no sentence: a heading."""
    if page.flags[i] & ENDS:
        return False
    if page.shapes[i] == NUMBERED_CODE:
        return True
    return (
        page.shapes[i] == TEXT_CODE
        and page.width(i) <= HEADING_MAX_CHARS
        and " " in page.text(i).strip()
    )


def _long_line(page: Page, i: int) -> bool:
    """A text line as long as a wrapped body line, of several words: a paragraph, not chrome."""
    return (
        page.shapes[i] == TEXT_CODE
        and page.width(i) >= WRAP_MIN_CHARS
        and page.text(i).count(" ") + 1 >= PROSE_MIN_WORDS
    )


HEADING_MAX_CHARS: Final = 30
"""A text line this long at most, of two words or more and no sentence, reads as a heading."""


CUT_SHORT_MAX_LINES: Final = 3
"""Lines, at most, from the body's last line to the page's end for a cut-short tail."""

CUT_SHORT_MIN_CHARS: Final = 60
"""A line this long at least, ending no sentence at the page's end, is the body cut short."""
