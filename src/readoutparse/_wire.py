"""The wire and outlet tags a repost opens its body with, as a pattern (``REPOST_TAG_RE``).

Each branch of the pattern is one shape of tag, recognised by its shape and not
by the agency's name: the place, the agency and the reporter are its named
groups, which :mod:`readoutparse._repost` reads into a
:class:`~readoutparse.Repost`. A user's agencies
(:class:`readoutparse.Vocabulary`) add one more branch, for a tag that is only
a name (``Korea.net --``).

Like the patterns of ``_vocabulary.py``, the pattern is compiled on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse._phrases import SENTENCE_OPENERS
from readoutparse._text import ends_sentence
from readoutparse._vocabulary import REPORTER_WORDS, compile_on_first_use, words_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable

    import regex

_SOURCES: dict[str, str] = {}

REPOST_AGENCIES: tuple[str, ...] = ()
"""Wires and outlets whose bare name opens a repost's body (``Korea.net --``, ``(Newsis) :``).

None is built in: the tags of ``REPOST_TAG_RE`` are recognised by their shape. A user's
agencies (:class:`readoutparse.Vocabulary`) add the branch of :func:`repost_tag_source`.
"""

_OPENERS = words_pattern(word.capitalize() for word in SENTENCE_OPENERS)
"""A capitalised function word: where the agency of an inline Canadian dateline stops."""

_MONTH_DAY = r"[A-Z][a-z]{2,8}\.? \s \d{1,2}"
"""``May 20``, ``Sept. 20``: the month and day of a dateline."""

_DASH = "(?:--|—|–|-)"
"""The dash after a dateline."""

_OPENS = r"[^\W\d_a-z]|[\"“‘]"
"""What the text after a dateline opens with: a capital (or a letter without case) or a quote."""

_TITLE_WORDS = r"[A-Z][A-Za-z.'\-]*(?:\s[A-Z][A-Za-z.'\-]*){0,2}"
"""A place in title case or capitals, up to three words: ``Hanoi``, ``New York``, ``DC``."""

_CAPITALS = r"[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+){0,2}"
"""A place in capitals, up to three words and no dots: ``BEIJING``, ``NEW DELHI``."""

_CREDIT = r"[A-Z][A-Za-z.\-]+"
"""One wire of a credit: ``Xinhua``, ``APP``."""

_OUTLET = r"[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3}"
"""An outlet or a wire in a bracket, up to four capitalised words: ``UrduPoint News``."""

_NAME = r"[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3}"
"""A writer's name in a byline: up to four capitalised words (``Jane Roe``, ``J. R. Roe``)."""

_DATE = (
    r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8}\.?,?\s\d{4}"
    r"|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}/\d{1,2}/\d{4})"
)
"""A full date in a byline: ``August 20th, 2015``, ``20 August 2015``, ``2015-08-20``."""

_JAPANESE_WIRES = "聯合ニュース|共同通信|共同|時事通信|時事|新華社|ロイター|AFP時事|AFP|AP"
"""The wires a Japanese paper's tag names after the place, longest first (``【北京共同】``)."""

_REPORTER = words_pattern(REPORTER_WORDS)
"""What a Korean byline ends with (``홍길동 기자``)."""

_ENGLISH_REPORTER = r"Reporters?\s[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3}"
"""A Korean tag's byline in English: ``Reporter Lee Young-tae`` (``이영태 기자``)."""


def repost_tag_source(agencies: Iterable[str] = REPOST_AGENCIES) -> str:
    """The source of the repost-tag pattern, with a branch for ``agencies`` if there are any."""
    named = (
        rf"""
        # Korea.net --   SEOUL (Newsis) --   (Newsis) :   a known agency's bare name
      | (?:(?P<place7>[^\W\d_][\w .'\-]{{0,30}}?),?\s+)?
        [(\[]? (?P<agency7>(?i:{words_pattern(agencies)})) [)\]]? \s* (?:--|—|–|:|=)"""
        if agencies
        else ""
    )
    return rf"""(?x)
    ^(?:
        # [서울=뉴시스], [한빛일보=김민준 기자], [한국방송/박서준기자], 【서울=뉴시스】,
        # 【ソウル=共同】 (not '＝', a Japanese writer's); then, at most, a byline and '=':
        # [서울=뉴스핌] 이영태 기자 =, and its
        # English rendering [Seoul=Newspim] Reporter Lee =
        [\[【] \s* (?P<left>[^\]】=/\n]{{1,30}}?) \s* [=/] \s*
        (?P<right>[^\]】\n]{{1,30}}?) \s* [\]】]
        (?: \s* (?P<reporter1>[^=\n]{{1,30}}?(?:{_REPORTER}) | {_ENGLISH_REPORTER}) \s* = )?
        # 【ソウル聯合ニュース】 【北京共同】: a Japanese paper's place and wire, no '=' between
        # them, in lenticular brackets ('【서울=뉴시스】' is read as '[서울=뉴시스]' is)
      | 【 \s* (?P<place21>[^】=＝\s]{{1,12}}?)? \s* (?P<agency21>{_JAPANESE_WIRES}) \s* 】
        # [뉴시스], [Yonhap]: one word in brackets; in lenticular ones, only a paper's dispatch
        # ('【明報專訊】'): '【上川大臣】', '【모두발언】' are a speaker's and a heading's
      | \[ (?P<agency1>[^\]\s]{{2,20}}) \]
      | 【 (?P<agency22>[^】\s]{{1,16}}(?:專訊|報訊|訊|電)) 】
        # 新华社北京8月24日电（记者 …）, 人民网东京8月24日电 (记者 …): a Chinese wire's
        # dateline: an agency (a name ending in 社, 网 or 报), a place, month, day, '电' ('电话' is
        # a phone call: '中韩外长8月24日电话沟通')
      | (?P<agency23>\p{{Han}}{{1,6}}?[社网網報报]) (?P<place23>\p{{Han}}{{2,8}}?)?
        \d{{1,2}} 月 \d{{1,2}} 日 [电電] (?![话話视視])
        (?: \s* [(（] \s* (?P<reporter23>[记記]者 \s* [^()（）\n]{{1,30}}?) \s* [)）] )?
        # [한빛일보 이도윤 기자], [이도윤 기자]: an outlet, if any, and a byline, no '='
      | \[ \s* (?:(?P<agency11>[^\]\s=/]{{1,20}}) \s+)?
        (?P<reporter11>(?:[^\]\s=/]{{1,12}}\s){{0,2}}[^\]\s=/]{{1,12}}?\s?(?:{_REPORTER})) \s* \]
        # (서울=연합뉴스) 홍길동 기자 =
      | \( \s* (?P<place2>[^\W\d_][^)=\n]{{0,19}}?) \s* = \s* (?P<agency2>[^)\n]{{1,30}}?) \s* \)
        (?: \s* (?P<reporter2>[^=\n]{{1,30}}?(?:{_REPORTER})) \s* = )?
        # 서울--(뉴스와이어)--
      | (?P<place3>[^\s\-][^\-\n]{{0,20}}?) \s* -- \s* \( (?P<agency3>[^)\n]{{1,30}}) \) \s* --
        # WASHINGTON, May 20 (Yonhap) --   NEW YORK/SEOUL, Sept. 20 (Yonhap) --
        # BALI, Indonesia, July 23 (Yonhap) --   Seoul, August 10 (Outlet) The …   CANADA, June 30 -
        # (a place, a month and a day: the agency's dash may be missing, or the agency)
      | (?P<place4>[A-Z][A-Za-z .,'/\-]{{1,40}}?) , \s* {_MONTH_DAY} (?: , \s \d{{4}} )?
        (?: \s* \( (?P<agency4>[^)\n]{{1,30}}) \) (?: \s* {_DASH} | (?=\s+{_OPENS}) )
          | \s+ {_DASH} (?=\s+{_OPENS}) )
        # Hanoi (Agency) –   Washington, DC (Outlet.News) Secretary …: a place in title case and an
        # agency; without a dash only after a place with its state or country
      | (?P<place12>{_TITLE_WORDS}) \s+ \( (?P<agency12>[A-Z][^()\n]{{1,30}}) \) \s* {_DASH}
      | (?P<place13>{_TITLE_WORDS} , \s {_TITLE_WORDS}) \s+ \( (?P<agency13>[A-Z][^()\n]{{1,30}}) \)
        (?=\s+{_OPENS})
        # Seoul, (Samajweekly) South …   Seoul, (IANS) South …   a place of a word or two in title
        # case and an agency of one word in brackets, no date, before a capital (a wire's copy
        # rewritten; capitals only after a comma, ``_names_wire``)
      | (?P<place20>[A-Z][a-z][A-Za-z.'\-]*(?:\s[A-Z][a-z][A-Za-z.'\-]*)?) ,? \s+
        \( (?P<agency20>[A-Z][A-Za-z.\-]{{1,30}}) \)
        (?=\s+{_OPENS})
        # SEOUL, South Korea, April 17, 2025 /PRNewswire/ --
      | (?P<place5>[A-Z][A-Za-z .,'\-]{{1,60}}?) , \s* {_MONTH_DAY}
        , \s \d{{4}} \s* / (?P<agency5>[A-Za-z\-]{{2,30}}) / \s* --
        # 한빛경제 산둥성 특파원 정다은 기자=   정다은 기자 | (a local paper's byline and a bar)
      | (?P<reporter6>(?:[가-힣A-Za-z]{{1,12}}\s){{0,3}}[가-힣]{{2,4}}\s?
          (?:{_REPORTER})) \s* (?:=|[|｜])
        # Written by: Jane Roe | Posted on: August 20th, 2015   a writer, a bar, a posting date
      | (?:Written\s+by|By) \s* :? \s* (?P<reporter12>{_NAME}) \s* [|｜] \s*
        (?:Posted|Published)(?:\s+on)? \s* :? \s* {_DATE} (?:\s*[|｜])?
        # VIENTIANE -   NEW YORK --   a place in capitals and a dash (China Daily, Korea Herald)
      | (?P<place8>[A-Z][A-Z.'\-]{{2,}}(?:[ /][A-Z][A-Z.'\-]+){{0,3}})
        \s+ (?:--|-|–|—) \s+ (?=[^\W\d_]|["“‘])
        # Hiroshima [Japan], May 20 :   New Delhi [India], May 20 (ANI):   (Indian wires)
      | (?P<place15>{_TITLE_WORDS} \s? \[ [A-Z][A-Za-z .'\-]{{1,30}} \]) , \s* {_MONTH_DAY}
        (?: \s* \( (?P<agency15>[^)\n]{{1,30}}) \) )? \s* :
        # Damascus, SANA- …   a place in title case, a wire in capitals and a dash glued to it
      | (?P<place24>{_TITLE_WORDS}) , \s (?P<agency24>[A-Z]{{3,10}}) [-–—] \s+ (?=[A-Z]|["“‘])
        # Washington, DC -   Metro Manila, Philippines— …   a place in title case with its state
        # or country (no domain), a dash (a long one may be glued to it)
      | (?P<place16>{_TITLE_WORDS} , \s (?![\w.]*\.[a-z]){_TITLE_WORDS}) (?:\s+{_DASH}|[–—])
        \s+ (?=[A-Z]|["“‘])
        # Seoul –   Ottawa –   a place in title case and a long dash (reposts of canada.ca)
      | (?P<place14>(?!(?:{_OPENERS})\b)[A-Z][a-z'\-]+\.?(?:\s[A-Z][a-z'\-]+)?)
        \s+ (?:--|–|—) \s+ (?=[A-Z]|["“‘])
        # (Xinhua) --   an agency in brackets and a dash
      | \( (?P<agency9>[A-Z][A-Za-z .'\-]{{1,30}}) \) \s* (?:--|—|–)
        # (STL.News) Deputy …   an outlet named like its domain, in brackets, before a capital
      | \( (?P<agency16>[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+) \) \s+ (?={_OPENS})
        # New Delhi: External Affairs Minister …   a bare place and a colon (Indian outlets); only
        # on the body's first paragraph, before a long sentence (``dateline_place``);
        # in capitals, a semicolon for the colon too ('NEW DELHI; External …')
      | (?P<place17>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}|[A-Z]{{2,}}(?:\s[A-Z]{{2,}}){{0,2}})
        (?: : | (?<=[A-Z]) ; ) \s+ (?={_OPENS})
        # BEIJING, Aug. 25 (Xinhua/APP): Chinese …   a place in capitals, month and day, and a
        # credit of two wires parted by a slash, then a colon (a wire's copy reposted)
      | (?P<place18>{_CAPITALS}) , \s* {_MONTH_DAY} (?: , \s \d{{4}} )?
        \s* \( (?P<agency18>{_CREDIT}(?:\s?/\s?{_CREDIT})+) \) \s* : (?=\s+{_OPENS})
        # MOSCOW (UrduPoint News / Sputnik - 25th August, 2023) South …   a place in capitals and
        # a bracket: an outlet and a wire parted by a slash or a dash, a date after, if any
      | (?P<place19>{_CAPITALS}) \s* [,:]? \s* \( \s* (?=[^()\n]*[a-z])
        (?P<agency19>{_OUTLET}(?:\s?[/–-]\s?{_OUTLET})+?) (?: \s* [-–] \s* {_DATE} )? \s* \)
        (?: \s* : (?=\s*{_OPENS}) | (?=\s+{_OPENS}) )
        # January 14, 2025 - Ottawa, Ontario - Global Affairs Canada   (canada.ca)
      | {_MONTH_DAY} , \s \d{{4}} \s+ [-–—] \s+
        (?P<place10>[A-Z][\w.'’\-]*(?:,?\s[A-Z][\w.'’\-]*){{0,3}}) \s+ [-–—] \s+
        (?P<agency10>[A-Z][\w'’&.\-]*(?:\s(?:of\s|and\s|for\s)?[A-Z][\w'’&.\-]*){{0,5}}?)
        (?=\s+(?:{_OPENERS})\b){named}
    )
    \s*
    """


DATELINE_NON_PLACES = frozenset(
    {
        # Labels that open a line with a colon: notes, updates, sources, a briefing's turns.
        "note", "notes", "background", "update", "updated", "summary", "context", "source",
        "sources", "editor", "editors", "correction", "clarification", "disclaimer", "caption",
        "photo", "photos", "video", "watch", "read", "related", "breaking", "exclusive",
        "analysis", "opinion", "comment", "question", "questions", "answer", "answers", "q", "a",
        "agenda", "topic", "topics", "subject", "highlights", "keywords", "tags", "transcript",
        "statement", "remarks", "readout", "announcement", "warning", "attention", "advisory",
        "reminder", "participants", "attendees", "date", "time", "venue", "location", "contact",
        "media", "press", "tip", "why", "what", "when", "where", "who", "how", "today",
        "yesterday", "live", "also", "more", "see", "full", "text",
        # Labels written in capitals ('FACT SHEET:', 'FOR IMMEDIATE RELEASE:').
        "fact", "sheet", "release", "immediate", "embargoed", "embargo", "joint", "alert",
        "urgent", "notice", "bulletin", "icymi", "memo", "memorandum",
        # Speakers in a transcript: a role, or an office before a name ('Secretary Roe:').
        "moderator", "host", "anchor", "interviewer", "reporter", "speaker", "chair",
        "chairman", "chairperson", "secretary", "minister", "president", "ambassador",
        "spokesperson", "spokesman", "spokeswoman", "director", "deputy", "senator", "governor",
        "official", "officials", "general", "admiral", "mayor", "premier", "counselor",
        "commissioner", "envoy", "representative", "sir", "madam", "mister",
        "participant", "audience", "member", "guest", "staff", "interpreter", "journalist",
        # A speech's address before a dash ('Excellencies, Dear Friends —'): no place.
        "excellency", "excellencies", "friend", "colleague", "ladies", "gentlemen", "dear",
        "distinguished", "honourable", "honorable", "good", "evening", "morning", "everyone",
        # An asker's outlet in a briefing's transcript ('Harbour Daily:', '… News Agency:').
        "news", "agency", "daily", "times", "post", "herald", "tribune", "journal", "gazette",
        "television", "tv", "radio", "broadcasting", "network", "channel", "magazine", "wire",
    }
)  # fmt: skip
"""Words (case dropped) of what opens a line with a colon and is no place.

Labels, speakers and outlets: ``Note:``, ``Secretary Roe:``, ``Harbour Daily:``.

A bare place and a colon (``New Delhi:``) is read as a dateline only when none of its
words is one of these (``dateline_place``).
"""

REPOST_TAG_RE: regex.Pattern[str]
_SOURCES["REPOST_TAG_RE"] = repost_tag_source()
"""A wire or outlet tag at the start of a repost's body, before its first sentence."""


def opening_tag(pattern: regex.Pattern[str], text: str, index: int) -> regex.Match[str] | None:
    """The tag ``text``, paragraph ``index`` of the body, opens with and has text after, if any.

    A bare place and a colon (``New Delhi: External Affairs Minister …``) is a tag
    only where it can be nothing else (:func:`dateline_place`); a place and a one-word
    agency in brackets only where no word of the place is an office's or a label's.
    """
    found = pattern.match(text)
    if found is None or found.end() == len(text):  # a tag and nothing after it is no tag
        return None
    place = found.group("place17")
    if place is not None and not dateline_place(place, text[found.end() :], index):
        return None
    named = found.group("place20")
    if named is not None and not _names_wire(named, found.group("agency20"), found.group()):
        return None
    dashed = found.group("place16") or found.group("place24")
    if dashed is not None and not _names_place(dashed):
        return None
    return found


def _names_place(place: str) -> bool:
    """A place and a dash, not a speech's address or a speaker (``Dear Friends—``, ``Mr. Roe,``).

    No word of it is an office's, a label's or a greeting's (``DATELINE_NON_PLACES``, plurals
    too), and it opens on no function word (``In Brussels, EU- Korea …``).
    """
    words = place.replace(",", " ").split()
    return words[0].casefold() not in SENTENCE_OPENERS and not _names_no_place(words, plural=True)


def _names_wire(place: str, agency: str, tag: str) -> bool:
    """A place and an agency in brackets (``Seoul, (Samajweekly)``), not a name and its gloss.

    A sentence introduces an organisation or an office with its initials (``United Nations
    (UN) Secretary-General …``, ``Prime Minister (PM) …``): an agency in capitals is a wire
    only after a comma, and never the place's initials or after an office's or a label's word.
    """
    if _names_no_place(place.split()):
        return False
    if agency == "".join(word[0] for word in place.split()).upper():
        return False
    return not agency.isupper() or "," in tag[len(place) : tag.index("(")]


def dateline_place(place: str, rest: str, index: int) -> bool:
    """Whether ``place``, a few words in title case and a colon, is a dateline's place.

    A label or a speaker opens a line the same way (``Note:``, ``Background:``,
    ``Moderator:``, ``Secretary Roe:``, initials ``SG:``). A dateline opens the body's first
    paragraph, a long one that states something (a sentence, not a list of
    items, nor a question); and its words are no label's, no office's and no
    outlet's (``DATELINE_NON_PLACES``).
    """
    if index or len(rest) < _DATELINE_TEXT_CHARS or not _states(rest):
        return False
    if place.isupper() and " " not in place and len(place) < _CAPITALS_PLACE_CHARS:
        return False  # a speaker's initials in a transcript ('SG:', 'Q:'), no place
    return not _names_no_place(place.split())


def _names_no_place(words: list[str], *, plural: bool = False) -> bool:
    """A word of ``words`` is a label's, an office's or a greeting's (``DATELINE_NON_PLACES``).

    With ``plural``, a word is read in the singular too (``Excellencies``, ``Friends``).
    """
    for word in words:
        lower = word.casefold()
        if lower in DATELINE_NON_PLACES or (
            plural and lower.removesuffix("s") in DATELINE_NON_PLACES
        ):
            return True
    return False


_CAPITALS_PLACE_CHARS: Final = 4
"""A place in capitals of one word has this many letters at least (``SEOUL``, ``ROME``)."""


def _states(rest: str) -> bool:
    """``rest`` states something: a sentence ends in it, and it asks nothing.

    A question after a name and a colon is a briefing's turn, the asker's outlet
    before it (``Harbour Daily: The talks are this week. What do you expect?``).
    """
    return "?" not in rest and (ends_sentence(rest) or ". " in rest)


_DATELINE_TEXT_CHARS: Final = 80
"""The text after a bare place and a colon is this long at least: a dateline opens a story."""


def untagged(pattern: regex.Pattern[str], text: str) -> str:
    """``text``, a body's first paragraph, with the tag it opens with taken out, if any.

    The tag is the outlet's words (``[서울=뉴시스]``), not the body's.
    """
    found = opening_tag(pattern, text, 0)
    return text if found is None else text[found.end() :]


def repost_tag_pattern(agencies: tuple[str, ...]) -> regex.Pattern[str]:
    """The repost-tag pattern with ``agencies``: ``REPOST_TAG_RE`` when there are none."""
    if not agencies:
        return __getattr__("REPOST_TAG_RE")
    import regex  # noqa: PLC0415 - deferred with the patterns, to keep import fast

    return regex.compile(repost_tag_source(agencies))


def opens_with_tag(text: str) -> bool:
    """Say whether ``text`` opens with a wire or outlet tag (``REPOST_TAG_RE``): a story begins."""
    return __getattr__("REPOST_TAG_RE").match(text) is not None


__getattr__ = compile_on_first_use(globals(), _SOURCES)
