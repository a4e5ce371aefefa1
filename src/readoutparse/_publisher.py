"""Who publishes a page: site, ministry and agency names, which say who, never where.

A page's section is where it sits on its site (a breadcrumb's leaf, a category
heading). The line above a headline is as often the site's own name (a
masthead: ``PR Newswire``, ``People's Daily Online``), the ministry's
(``U.S. Department of State``) or the agency the page credits
(``From: Global Affairs Canada``). :func:`publisher_keys` collects the names a
page credits; :func:`names_publisher` says whether a section candidate is one
of them, or has the shape of an organisation's or a site's name.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from readoutparse._phrases import DOCUMENT_TYPE_LABELS, RUN_ON_WORDS
from readoutparse._text import fold_line, unfolded_offset

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    import regex

_ORGANISATION: Final = r"""
    \b(?:ministry|department|office|embassy|consulate(?:\ general)?|government
       |bureau|secretariat|permanent\ mission|state\ council)\ (?:of|for)\b
    | \b(?:ministry|department|agency|newswire|news\ agency|daily|online|times|herald
         |gazette|tribune|press\ agency)$
    | ^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$     # a domain: UKPOL.CO.UK
    | \s[|\-–]\s*(?:english|english\ edition|global\ edition)$  # a masthead's edition
    | ^[\p{Hangul}]{1,8}(?:부|청|처|일보|신문|통신)$     # 외교부, 경찰청, 연합통신
    | ^[\w-]+\ affairs\ [\w-]+$                        # a department and its country:
                                                      # Global Affairs Canada (canada.ca)
"""
"""The shape of an organisation's or a site's name."""

SMALL_WORDS: Final = frozenset({"the", "of", "de", "du", "la", "and", "&"})
"""Lower-case words a place or a name may hold (``The Hague, the Netherlands``)."""

_CREDIT: Final = (
    r"^(?:from|source|sources|by|news\ provided\ by|provided\ by|distributed\ by|issued\ by"
    r"|published\ by|출처|제공)\s*[:：]?\s*(?P<name>.*)$"
)
"""A line that credits a publisher: ``From: Global Affairs Canada``, ``Source: Xinhua | …``."""

_CATEGORY: Final = (
    r"^\s*(?:categor(?:y|ies)|filed\ under|분류|카테고리)\s*[:：]\s*"
    r"(?P<entry>[^\W\d_][^,|;/:]{0,40}?)\s*(?:[,|;/].*)?$"
)
"""A category label and its entries: ``Categories: Politics``, ``Filed under: World, Asia``."""

_DATELINE_CREDIT: Final = r"[(/](?P<name>[^()/\d]{2,40})[)/]\s*(?:--|—|–|\d)"
"""A wire's credit in a dateline: ``BEIJING, Feb. 25 (Xinhua) --``, ``/PRNewswire/ --``."""


@functools.cache
def _patterns() -> tuple[
    regex.Pattern[str],
    regex.Pattern[str],
    regex.Pattern[str],
    regex.Pattern[str],
    regex.Pattern[str],
]:
    """The patterns, compiled on first use: most pages never need them, nor ``regex``."""
    import regex  # noqa: PLC0415 - loaded only when a page's section is in doubt

    flags = regex.VERBOSE | regex.IGNORECASE
    return (
        regex.compile(_ORGANISATION, flags),
        regex.compile(_CREDIT, flags),
        regex.compile(_DATELINE_CREDIT),
        regex.compile(r"\s*[|,]\s*"),
        regex.compile(_CATEGORY, flags),
    )


def key(text: str) -> str:
    """A name as compared: its letters and digits only, case dropped (``PRNewswire``)."""
    return "".join(filter(str.isalnum, text.casefold()))


def publisher_keys(lines: Iterable[str]) -> frozenset[str]:
    """The keys of the names that ``lines`` credit as the page's publisher.

    A credit label with nothing after it (``From:``) credits the next line.
    """
    _, credit_re, dateline_re, cut, _ = _patterns()
    keys: set[str] = set()
    pending = False
    for raw in lines:
        if not pending and _credits_nothing(raw):
            continue
        line = fold_line(raw)
        if pending and line:
            keys.add(key(cut.split(line, maxsplit=1)[0]))
        pending = False
        match = credit_re.match(line)
        if match is not None:
            name = match["name"]
            if name:
                keys.add(key(cut.split(name, maxsplit=1)[0]))
            else:
                pending = True
        keys.update(key(found["name"]) for found in dateline_re.finditer(line))
    keys.discard("")
    return frozenset(keys)


_CREDIT_INITIALS: Final = frozenset("fsbnpdi")
"""The first letters of the ASCII credit labels of ``_CREDIT`` (``from``, ``source``, ``by`` …)."""


def _credits_nothing(raw: str) -> bool:
    """A line that neither opens with a credit label nor holds a dateline's credit: skipped.

    Only a line opening with an ASCII letter that starts no label is ruled out, and
    only when it holds no ``(`` or ``/``; the patterns read every other line.
    """
    first = raw.lstrip()[:1]
    return (
        first.isascii()
        and first.lower() not in _CREDIT_INITIALS
        and "(" not in raw
        and "/" not in raw
    )


def names_publisher(text: str, credited: frozenset[str]) -> bool:
    """Whether ``text`` names a site, ministry or agency rather than a section.

    ``credited`` holds the keys of the names the page credits (:func:`publisher_keys`).
    """
    organisation_re, _, _, cut, _ = _patterns()
    folded = fold_line(text)
    if organisation_re.search(folded) is not None:
        return True
    first = cut.split(folded, maxsplit=1)[0]
    return key(folded) in credited or key(first) in credited


def names_organisation(folded: str, words: Sequence[str]) -> bool:
    """A line that is a site's, a ministry's or an agency's name, and nothing more.

    It has an organisation's shape (:func:`names_publisher`),
    its words are a name's (capitalised, but for small words), and the word that
    makes it an organisation opens it (``Ministry of …``, ``U.S. Department of
    State``) or ends a short one (``YONHAP NEWS AGENCY``): a headline that names a
    ministry (``Adjournment of the Press Conference of the Ministry of …``) is no
    masthead. Nor is one that opens on a name and goes on (``Ministry of Foreign
    Affairs Holds Policy Forum``): a name's capitalised words come a few at a time,
    between its small words (``Embassy of the Republic of Korea in Los Angeles``).
    """
    at = next((n for n, word in enumerate(words) if word.casefold() in _ORGANISATION_WORDS), None)
    if at is None:  # a domain, an edition, a Korean agency name: the whole line's shape
        return _may_name_site(folded) and names_publisher(folded, frozenset())
    run = longest = 0
    for word in words:
        if word[0].islower() and word.casefold() not in _NAME_WORDS:
            return False
        run = 0 if word.casefold() in _NAME_WORDS else run + 1
        longest = max(longest, run)
    if longest > _NAME_RUN_MAX_WORDS:
        return False
    placed = at < _ORGANISATION_WORD_AT or (
        at == len(words) - 1 and len(words) <= _SHORT_NAME_WORDS
    )
    return placed and names_publisher(folded, frozenset())


def _may_name_site(folded: str) -> bool:
    """A domain or a Korean agency's name (one word: ``UKPOL.CO.UK``, ``외교부``), or an edition."""
    if " " not in folded:
        return True
    lower = folded.casefold()
    return "english" in lower or "edition" in lower


_NAME_WORDS: Final = SMALL_WORDS | {"for", "in", "to", "at", "on"}
"""Lower-case words an organisation's name may hold (``Ministry for …``, ``Embassy … in …``)."""

_ORGANISATION_WORDS: Final = frozenset(
    {
        "ministry", "department", "office", "embassy", "consulate", "government", "bureau",
        "secretariat", "mission", "council", "agency", "newswire", "news", "daily", "online",
        "times", "herald", "gazette", "tribune", "affairs",
    }
)  # fmt: skip
"""The words that make a name an organisation's (those of ``_ORGANISATION``'s shape)."""

_NAME_RUN_MAX_WORDS: Final = 4
"""A name's longest run of capitalised words between small ones (``Los Angeles``: two)."""

_ORGANISATION_WORD_AT: Final = 3
"""An organisation's name has its organisation word among its first words: ``U.S. Department``."""

_SHORT_NAME_WORDS: Final = 5
"""Or ends on it, when short: ``Foreign, Commonwealth & Development Office``."""


def is_document_type(text: str) -> bool:
    """Whether ``text`` is a label saying what the page is (``News release``, ``보도자료``).

    Or ``News`` joined to such labels, in the singular or the plural: a portal's content type
    (``News and Press Release``, ``News & Statements``); labels joined without it may be a
    headline (``Joint Statement and Fact Sheet``).
    """
    lower = fold_line(text).casefold().rstrip(" :")
    if lower in DOCUMENT_TYPE_LABELS:
        return True
    if not lower.startswith("news"):
        return False  # no content type: split no other line
    parts = [part.removesuffix("s") for part in _LABEL_JOINS.split(lower)]
    return (
        len(parts) > 1
        and parts[0] == "new"
        and all(part in DOCUMENT_TYPE_LABELS for part in parts[1:])
    )


_LABEL_JOINS: Final = re.compile(r"\s*(?:\band\b|&|/|,)\s*")
"""What joins labels into one: ``and``, ``&``, a slash, a comma."""


def heading_case(text: str) -> bool:
    """A section heading's shape: a few capitalised words, no digit, no sentence or label end.

    ``Bilateral/Multilateral Documents`` under ``Media Center``, above the headline.
    """
    words = text.split()
    return (
        0 < len(words) <= _SECTION_MAX_WORDS
        and len(text) <= _SECTION_MAX_CHARS
        and not any(char.isdigit() for char in text)
        and not text.endswith((".", ":", "?", "!"))
        and all(word[0].isupper() or word in _HEADING_JOINERS for word in words)
    )


def not_a_section(text: str) -> bool:
    """Whether ``text`` has a shape no site section has, whatever stands around it.

    A headline's punctuation (a comma, a word opening on a quote: ``Ministry, envoys
    discuss 'safety'``), or items run together on one line: five capitalised words or
    more with no function word between them (a category list, ``Defence Democracy
    Global News Government``), or a capital after a phrase's lower-case word that
    joins nothing (two phrases of a slogan, ``Wide horizons Local voices``); a menu's label; a
    document's symbol.
    """
    words = text.split()
    if ", " in text or "，" in text or any(word[0] in _QUOTES for word in words):
        return True
    if words and _is_day(words[0]):  # a day without its year: '09.28 (토)'
        return True
    if words and words[-1].casefold().endswith(_MENU_ENDS):  # a menu's label: '… 상단 메뉴'
        return True
    if len(words) == 1 and _is_symbol(text):  # a document's symbol: 'SG/T/2757'
        return True
    capitals = [word[0].isupper() for word in words]
    joined = [word.casefold() in RUN_ON_WORDS or word in _HEADING_JOINERS for word in words]
    if len(words) >= _ITEM_RUN_WORDS and all(capitals) and not any(joined):
        return True
    return any(
        capitals[n] and words[n].isascii() and words[n - 1][0].islower() and not joined[n - 1]
        for n in range(2, len(words))  # a phrase of two words or more, then a capital
    )


_MENU_ENDS: Final = ("메뉴", "menu")
"""What a menu's label ends with (``SBS 뉴스 상단 메뉴``, ``Main menu``): chrome, no section."""


def _is_symbol(word: str) -> bool:
    """A document's symbol: capitals and figures in parts, a slash between (``SG/SM/1234``)."""
    parts = word.split("/")
    return (
        word.isascii()
        and any(part.isdigit() for part in parts)  # a number of its own: not 'G7/G20'
        and all((part.isalnum() and part.isupper()) or part.isdigit() for part in parts)
    )


def _is_day(word: str) -> bool:
    """A date's figures with their separators (``09.28``, ``2024/03/05``): no section's name."""
    digits = word.replace(".", "").replace("/", "").replace("-", "")
    return digits.isdigit() and len(digits) < len(word)


_ITEM_RUN_WORDS: Final = 5
_QUOTES: Final = frozenset("'\"‘“「『《")


def said_once(text: str) -> str:
    """``text`` once when a page printed it twice (``Media Center Media Center``); else ``text``."""
    words = text.split(" ")
    half = len(words) // 2
    if len(words) % 2 or words[:half] != words[half:]:
        return text
    return " ".join(words[:half])


def sub_category(text: str) -> str:
    """The leaf of a category printed before its sub-category (``정치 정치일반``); else ``text``."""
    first, _, second = text.partition(" ")
    leaf = " " not in second and len(second) > len(first) and second.startswith(first)
    return second if leaf else text


_SECTION_MAX_WORDS: Final = 4
_SECTION_MAX_CHARS: Final = 40
_HEADING_JOINERS: Final = frozenset({"and", "of", "&", "the", "for", "/"})


def label_or_link_run(text: str) -> bool:
    """A label waiting for its value (``Auther :``) or a run of links (``Go to Contents Go to …``).

    Links run together on one line repeat their first words; no section name does, but for
    one printed twice (``Embassy Notices Embassy Notices``), which counts once.
    """
    folded = fold_line(text)
    if said_once(folded) is not folded:
        return False
    words = folded.casefold().split()
    if not words or words[-1].endswith((":", "：")):
        return bool(words)
    pairs = list(pairwise(words))
    return len(words) >= _LINK_RUN_WORDS and pairs[0] in pairs[2:]


_LINK_RUN_WORDS: Final = 4  # two links of two words each, at the least


def category_entry(text: str) -> tuple[int, int] | None:
    """Where the first entry of a category line is in ``text`` (``Categories: Politics``).

    A news site files a page under a category, labelled on a line of its own: the
    category is where the page sits, the section; the line is never the headline. The
    line is read folded, however widely its words stand apart.
    """
    if ":" not in text and "：" not in text:
        return None
    folded = fold_line(text)
    found = _patterns()[4].match(folded)
    if found is None:
        return None
    start, end = found.span("entry")
    return (
        (start, end)
        if folded == text
        else (unfolded_offset(text, start), unfolded_offset(text, end))
    )
