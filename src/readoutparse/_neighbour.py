"""What stands beside a headline and is never it: bylines, datelines, credits, names, tags.

The head phase chooses the title among the head's text lines (``_head``). Around
a headline stand lines of other kinds that read, one at a time, like short
headings: the site's or the agency's name, a byline, a dateline, a tag line, a
toolbar. They are told by their shape, checked only on the few text lines of
the head (``docs/internals.md``, "Choosing the headline"):

- :func:`aside_kind` names the kind of a line that is never the title;
- :func:`is_name_pair` says whether a line is a place or a person and an office
  (``Bern, Switzerland``, ``António Guterres, Secretary-General``): never
  preferred over a headline-shaped line;
- :func:`dateline_date` reads the date of a dateline (``New York, 24 September
  2013``, ``(Xinhua) 10:48, February 26, 2025``, ``외교부 2025.04.17 14:30``);
- :func:`numbered_captions` finds the photo captions a page numbers
  (``… Meeting 1``, ``… Meeting 2``).
"""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING, Final

from readoutparse import _wire
from readoutparse._dates import FoundDate, find_date, short_line_may_hold_date
from readoutparse._phrases import (
    BREADCRUMB_ROOTS,
    LANDMARK_TOKENS,
    TOOLBAR_TOKENS,
)
from readoutparse._provenance import is_provenance, provenance_date
from readoutparse._publisher import SMALL_WORDS, is_document_type, names_organisation
from readoutparse._roles import ends_on_initials, is_venue, speaks_to_reader
from readoutparse._text import ends_sentence, fold_line, is_dense, is_social, looks_like_title
from readoutparse._vocabulary import REPORTER_WORDS

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    import regex

    from readoutparse._page import Page


class Aside(enum.Enum):
    """The kinds of line that stand beside a headline and are never it."""

    BYLINE = "byline"  # 'By Kim Soo-min', '김수민 기자', 'News provided by', 'Source: Xinhua',
    # a repost's note on its source ('The following Readout was published by … on Mar. 4.')
    CONTACT = "contact"  # an e-mail address: a reporter's line, a caption's credit
    TAG_LINE = "tag line"  # 'Readouts | Ban Ki-moon, …', '#North Korea', a '|' line
    RELATIVE_TIME = "relative time"  # '6 days ago', '3시간 전'
    PUBLISHER = "publisher"  # a site, ministry or agency name ('U.S. Department of State')
    DOCUMENT_TYPE = "document type"  # 'Readout', 'News release', '보도자료'
    TOOLBAR = "toolbar"  # '폰트키우기폰트줄이기프린트하기', '확대 l 축소'
    MENU = "menu"  # 'Home IPC Events IPC Services Media Guide Contact'
    BANNER = "banner"  # 'Cookies on GOV.UK'
    NO_WORDS = "no words"  # '~', '|', '-'; figures alone, but where they wrap on ('2,200')
    CAPTION = "caption"  # numbered ('… Meeting 1', '… Meeting 2'), noted ('… 청사. (자료사진)')
    SENTENCES = "sentences"  # prose of two sentences or more: a notice, never a headline
    VENUE = "venue"  # the room a briefing was given in: 'Press Correspondents Room'
    PROMPT = (
        "prompt"  # the site speaking to its reader: '첫 댓글을 작성해보세요', '… 완료되었습니다'
    )


_BYLINE_RE: Final = r"""(?x)
    ^(?i:by|written\ by|posted\ by|reported\ by)\s+\p{Lu}       # By Kim Soo-min, By Office of …
  | ^by\s+\S                      # by news desk: no headline opens on a lower-case 'by'
  | ^(?i:news\ provided\ by|provided\ by|distributed\ by|issued\ by|published\ by)\s*:?\s*$
  | ^(?i:from|source|sources|editor|editors|reporter|author|writer|출처|제공|등록기자|취재기자)
    \s*[:：]
  | ^\p{Hangul}{2,4}\s*(?:기자|특파원|통신원)(?:\s|$|기자)   # '김수민 기자', '… 기자기자 페이지'
  | ^\p{Latin}{0,3}\p{Hangul}{2,4}\s*기자[I|ㅣ]\s          # a desk's, a bar glued: 'e뉴스팀 기자I'
  | ^\p{Hangul}{2,4}\s*(?:앵커|기자|아나운서)\s*>$         # a broadcast's speaker: '송나영 앵커>'
  | ^記者\s?\p{Han}{2,4}\s*[/／]\s*\p{Han}{0,6}報[導道]$  # a Chinese paper's: '記者…／綜合報導'
"""
"""A byline or a credit: who wrote or sent the page, never its headline."""

_RELATIVE_TIME_RE: Final = r"""(?xi)
    ^(?:about\ |updated\ |published\ )?(?:\d{1,3}|an?|one)\s*
     (?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|months?|years?)
     \s+ago$
  | ^\d{1,3}\s*(?:초|분|시간|일|주|개월|년)\s*전$
  | ^(?:just\ now|yesterday|today|방금|어제|오늘)$
"""
"""A time given as a distance from now (``6 days ago``): no date, and never a headline."""

_CREDIT_LABEL_RE: Final = r"""(?xi)
    ^(?:news\ provided\ by|provided\ by|distributed\ by|issued\ by|published\ by)\s*:?\s*$
"""
"""A credit label alone on its line: the name it credits stands on the next."""

_SPARE: Final = r"""(?xi)
    \d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|kst|gmt|utc|est|edt|cet|bjt|jst|et)?\b
  | \b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?
  | \b(?:source|sources|editor|editors|published|updated|posted|written|date|time|by|from
       |reporter|author|photo)\s*[:：]
  | \b(?:published|posted|issued|distributed)\s+by\b
  | \((?=[^()\d]{1,30}\))[^()]*\)
  | (?:입력|수정|송고|승인|등록|작성|기사입력|최종수정)(?=\s*\d)
"""
"""What a dateline holds beside its date and place: a time, a weekday, field labels, an agency."""

_DATE_FIELD_RE: Final = r"""(?xi)
    (?<=\S\s+)(?:date|(?:posted|published)(?:\s+on)?|written|등록일|작성일)\s*[:：]\s*
"""
"""A date field after other fields on one line (``Writer : … Date : 2025-05-12 Hit : 95``,
``Written by: … | Posted on: August 20th, 2015``)."""

_WORD_RE: Final = r"[\p{L}\p{N}][\p{L}\p{N}.'’&-]*"

DATELINE_MAX_CHARS: Final = 100
"""A dateline is at most this long."""

DATELINE_MAX_WORDS: Final = 3
"""A dateline's place, agency or source has at most this many words besides small ones."""

_TAG_LABELS: Final = frozenset({"tags", "tag", "keywords", "키워드", "태그"})
"""Labels a page's tags follow on their line, after a colon: never a headline nor a section."""


def _tag_label(lower: str) -> bool:
    """A line opening on a tag label and its colon (``Tags: …``), or on ``관련이슈`` (a series)."""
    label, colon, _ = lower.replace("：", ":").partition(":")
    return (bool(colon) and label.strip() in _TAG_LABELS) or lower.startswith("관련이슈 ")


NAME_PART_MAX_WORDS: Final = 3
"""Each part of a place or a name and office (``Ban Ki-moon, Former Secretary-General``)."""

_MENU_MIN_WORDS: Final = 4
_CAPTION_NUMBER_RE: Final = r"^(?P<stem>.*?\D)\s(?:\(\s*)?(?P<number>\d{1,2})(?:\s*\))?$"


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    """The patterns, compiled on first use: most pages never need them."""
    import regex  # noqa: PLC0415 - loaded only when a head has text lines to weigh

    return (
        regex.compile(_BYLINE_RE),
        regex.compile(_RELATIVE_TIME_RE),
        regex.compile(_SPARE),
        regex.compile(_WORD_RE),
        regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        regex.compile(_CAPTION_NUMBER_RE),
        regex.compile(r"(?:^|\s)#\w"),
        regex.compile(_DATE_FIELD_RE),
        regex.compile(_CREDIT_LABEL_RE),
        regex.compile(r"\p{Ll}[.!?][\"”’)]?\s+\p{Lu}"),
        regex.compile(r"\p{L}+\s*[:：]\s*"),
    )


def aside_kind(text: str) -> Aside | None:
    """The kind of line ``text`` is, if it stands beside a headline and is never one.

    The name a credit label alone on the line above credits is one too
    (:func:`credits_next_line`; the head phase reads the pair).
    """
    folded = fold_line(text)
    word_re = _patterns()[3]
    words = word_re.findall(folded)
    if not words:
        return Aside.NO_WORDS
    kind = _aside_by_marks(folded) or _aside_by_words(folded, words)
    if kind is not None:
        return kind
    if names_organisation(folded, words):
        return Aside.PUBLISHER
    return None


def byline_item(text: str) -> bool:
    """A byline alone, as a dash item gives it: ``김하늘 기자``, ``By Jane Roe`` (no subtitle)."""
    words = text.split()
    if len(words) > _BYLINE_ITEM_WORDS or aside_kind(text) is not Aside.BYLINE:
        return False
    return text.endswith(REPORTER_WORDS) or all(word[:1].isupper() for word in words)


_BYLINE_ITEM_WORDS: Final = 4


def holds_sentences(text: str) -> bool:
    """Whether ``text`` is prose of two sentences or more (``An alert for … . The page …``).

    A headline is one phrase; a line that ends a sentence and breaks another off inside
    (a word in lower case, an end of sentence, a capital) is a notice or a lead.
    """
    return ends_sentence(text) and _patterns()[9].search(text) is not None


def credits_next_line(text: str) -> bool:
    """A credit label with nothing after it (``News provided by``): the next line is the name."""
    return _patterns()[8].match(fold_line(text)) is not None


def _aside_by_marks(folded: str) -> Aside | None:
    """A line told by a mark it holds: an e-mail, a ``|``, a hashtag (not after a headline)."""
    _, _, _, _, email_re, _, hashtag_re, *_ = _patterns()
    if "@" in folded and email_re.search(folded) is not None:
        return Aside.CONTACT
    tag = hashtag_re.search(folded) if "#" in folded else None
    head = folded[: tag.start()] if tag is not None else ""  # 'Minister to Visit Russia #Russia'
    headline = looks_like_title(head) and ":" not in head and not is_social(head)
    if "|" in folded or "｜" in folded or (tag is not None and not headline):
        return Aside.TAG_LINE
    return Aside.CAPTION if _noted_sentence(folded) else None


def _noted_sentence(folded: str) -> bool:
    """A sentence closed, then a short note in brackets: a photo's caption (``… 청사. (자료사진)``).

    A headline ends on no stop, with or without a note after it (``Press
    Briefing (September 4, 2018)``).
    """
    if not folded.endswith(")"):
        return False
    at = folded.rfind("(")
    return at > 0 and len(folded) - at <= _NOTE_MAX_CHARS and ends_sentence(folded[:at].rstrip())


_NOTE_MAX_CHARS: Final = 20
"""A bracketed note after a caption's sentence is this long at most, brackets included."""


def _aside_by_words(folded: str, words: Sequence[str]) -> Aside | None:
    """A line told by its words: a byline, a relative time, a label, a banner, a menu, a toolbar."""
    byline_re, relative_re, *_ = _patterns()
    if byline_re.match(folded) is not None or is_provenance(folded) or _tag_alone(folded):
        return Aside.BYLINE
    if relative_re.match(folded) is not None:
        return Aside.RELATIVE_TIME
    lower = folded.casefold()
    if is_document_type(folded):
        return Aside.DOCUMENT_TYPE
    if len(words) > 1 and _tag_label(lower):
        return Aside.TAG_LINE  # the page's tags or its series: '관련이슈 디지털기획', 'Tags: Korea'
    if "cookie" in lower and len(words) <= _MENU_MIN_WORDS:
        return Aside.BANNER
    return _aside_by_voice_or_venue(folded, words) or _aside_by_chrome_words(folded, words)


_TAG_OPENERS: Final = frozenset("[(【")
"""What a tag that stands alone on its line opens with: a bracket."""


def _tag_alone(folded: str) -> bool:
    """A wire's or an outlet's tag alone on its line, or with its reporter's byline only.

    ``(서울=연합뉴스)``, ``[ 워싱턴=박수진 기자 ]``, ``(서울=월드코리안신문) 이석호 기자``: glued
    to the lead, the tag is set aside from it; alone, it is the story's credit.
    """
    if folded[:1] not in _TAG_OPENERS:
        return False
    found = _wire.REPOST_TAG_RE.match(folded)  # compiled on first use
    if found is None:
        return False
    rest = folded[found.end() :].lstrip()
    return not rest or _patterns()[0].match(rest) is not None


def _aside_by_voice_or_venue(folded: str, words: Sequence[str]) -> Aside | None:
    """The site speaking to its reader (a prompt, a notice), or a room's name."""
    if speaks_to_reader(folded):
        return Aside.PROMPT
    return Aside.VENUE if is_venue(words) else None


def _aside_by_chrome_words(folded: str, words: Sequence[str]) -> Aside | None:
    """A menu opening with the site's root, a toolbar, or landmark and pager words only."""
    if _is_menu(words):
        return Aside.MENU
    if is_toolbar(folded):
        return Aside.TOOLBAR
    return Aside.MENU if is_toolbar(folded, _CHROME_TOKENS) else None


def is_toolbar(folded: str, tokens: frozenset[str] = TOOLBAR_TOKENS) -> bool:
    """A line of toolbar words, spaced or glued together (``폰트키우기폰트줄이기프린트하기``).

    With ``tokens`` another table of chrome words: with the landmark and pager words
    (``LANDMARK_TOKENS``), a line that names parts of the page (``Main Content``,
    ``Prev이전 문서``).
    """
    words = folded.casefold().split()
    return bool(words) and all(_glued_tokens(word, tokens) for word in words)


def _glued_tokens(word: str, tokens: frozenset[str]) -> bool:
    """Whether ``word`` is one or more words of ``tokens`` written without spaces.

    Read from the left, keeping the ends that the words reach; a word
    that no word of the table starts is ruled out at once.
    """
    longest, openers = _TABLES[tokens] if tokens in _TABLES else _table(tokens)
    if not word.startswith(openers):
        return False  # no word of the table opens it: most words are ruled out here, in one C call
    ends = {0}
    for start in range(len(word)):
        if start not in ends:
            if start > max(ends) + longest:
                return False
            continue
        for stop in range(start + 1, min(len(word), start + longest) + 1):
            if word[start:stop] in tokens:
                ends.add(stop)
    return len(word) in ends


_CHROME_TOKENS: Final = LANDMARK_TOKENS | TOOLBAR_TOKENS
"""Landmark, pager and toolbar words: a line of them names parts of the page (``위로 … 인쇄``)."""


def _table(tokens: frozenset[str]) -> tuple[int, tuple[str, ...]]:
    """A table's longest word and its words as a tuple, for one ``str.startswith`` call."""
    return max(map(len, tokens)), tuple(token for token in tokens if token)


_TABLES: Final = {tokens: _table(tokens) for tokens in (TOOLBAR_TOKENS, _CHROME_TOKENS)}


def _is_menu(words: Sequence[str]) -> bool:
    """A run of menu entries that opens with the site's root (``Home IPC Events …``).

    A headline that opens with the same word (``Home Secretary meets …``) has words
    in lower case; a menu's entries are capitalised.
    """
    if len(words) < _MENU_MIN_WORDS or words[0].casefold() not in BREADCRUMB_ROOTS:
        return False
    return sum(1 for word in words if word[0].islower()) <= 1


def _is_name(words: Sequence[str]) -> bool:
    """Words that make a name: capitalised, but for small words (``Ministry of … of the …``).

    A word with Hangul or CJK in it has no case: a Latin letter before them (``e뉴스팀``, a
    desk's name) is no lower-case word.
    """
    return all(
        not word[0].islower() or word.casefold() in SMALL_WORDS or is_dense(word) for word in words
    )


def is_name_pair(text: str) -> bool:
    """A place, or a person and an office: two short capitalised parts split by a comma.

    ``Bern, Switzerland``, ``Washington, DC``, ``António Guterres, Secretary-General``;
    or an office before a name, ``Secretary-General Ban Ki-moon``.
    Such a line stands above or under a headline; a headline of that shape
    (``Korea, Japan Hold Talks``) is chosen only when no other line has a
    headline's shape.
    """
    word_re = _patterns()[3]
    parts = fold_line(text).split(",")
    if len(parts) == 1:  # the office opens the line: most lines are ruled out by their first word
        first = parts[0].partition(" ")[0].casefold()
        return first in OFFICE_WORDS and _is_office_and_name(word_re.findall(text))
    if len(parts) != 2 or (ends_sentence(text) and not ends_on_initials(text)):  # noqa: PLR2004
        return False  # a place and a country; 'Washington, D.C.' ends on initials, no sentence
    for part in parts:
        words = word_re.findall(part)
        significant = [word for word in words if word.casefold() not in SMALL_WORDS]
        if not significant or len(significant) > NAME_PART_MAX_WORDS or not _is_name(words):
            return False
        if any(char.isdigit() for char in part):
            return False
    return True


def _is_office_and_name(words: Sequence[str]) -> bool:
    """An office and a person's name: ``Secretary-General Ban Ki-moon``, ``Spokesperson Jo Lee``."""
    return (
        len(words) == _OFFICE_AND_NAME_WORDS
        and words[0].casefold() in OFFICE_WORDS
        and all(word[0].isupper() for word in words)
    )


_OFFICE_AND_NAME_WORDS: Final = 3  # an office, a given name and a family name

OFFICE_WORDS: Final = frozenset(
    {
        # Offices that bylines and mastheads put before a name (un.org's 'Secretary-General
        # Ban Ki-moon', state.gov's 'Spokesperson …').
        "secretary-general", "spokesperson", "spokesman", "spokeswoman", "ambassador",
        "correspondent", "reporter", "editor",
    }
)  # fmt: skip
"""Offices before a name on a byline or a masthead line (case dropped)."""


def dateline_date(text: str) -> FoundDate | None:
    """The date of a dateline: a line that states a date and little else.

    Beside the date there may be a place (``New York, 24 September 2013``), an
    agency or an outlet (``(Xinhua) 10:48, February 26, 2025``, ``외교부
    2025.04.17 14:30``), a time, a weekday, and fields of a source line (``Source:
    Xinhua | 2025-04-15 21:30:12 | Editor: Li Na``, read in the date's field): at most
    ``DATELINE_MAX_WORDS`` words, none in lower case but small ones. A date in
    brackets belongs to a heading (``Press Briefing (September 4, 2018)``); a date
    inside a sentence is no dateline.
    """
    if len(text) > DATELINE_MAX_CHARS or ends_sentence(text):
        return None
    field = _patterns()[7].search(text)  # 'Writer : … Date : 2025-05-12 Hit : 95'
    if field is not None:
        found = find_date(text, field.end())
        if found is not None and found.start == field.end() and found.value is not None:
            return found
    found = find_date(text)
    if found is None or found.value is None or _bracketed(text, found):
        return None
    # On a source line, fields apart ('Source: Xinhua | 2025-04-15 | Editor: …', '<name> /
    # 2011.9.16(금) / <outlet>'): the date's own.
    bars = ((text.rfind(bar, 0, found.start), len(bar)) for bar in _FIELD_BARS)
    start = max((at + width for at, width in bars if at >= 0), default=0)
    stops = [at for at in (text.find(bar, found.end) for bar in _FIELD_BARS) if at >= 0]
    stops += _next_date_field(text, found.end)
    rest = text[start : found.start] + " " + text[found.end : min(stops, default=len(text))]
    _, _, spare_re, word_re, *_ = _patterns()
    words = word_re.findall(spare_re.sub(" ", rest))
    significant = [word for word in words if word.casefold() not in SMALL_WORDS]
    if len(significant) > DATELINE_MAX_WORDS or not _is_name(words):
        return None
    if any(word[:1].isdigit() for word in significant):  # another number: a count, a figure
        return None
    return found


_FIELD_BARS: Final = ("|", "｜", " / ")
"""What parts a source line's fields: a bar, or a slash with a space each side."""


def _next_date_field(text: str, start: int) -> list[int]:
    """Where a field that states another date begins after ``start`` (``Updated: 2019-06-11``).

    Fields may run together where the dump lost the space between them
    (``Written: 2019-06-11 08:40:12Updated: 2019-06-11 11:02:55``): the dateline's
    date is the first field's, and the second is left out of its words.
    """
    if ":" not in text[start:] and "：" not in text[start:]:
        return []
    for field in _patterns()[10].finditer(text, start):
        found = find_date(text, field.end())
        if found is not None and found.start == field.end():
            return [field.start()]
    return []


def line_dateline(page: Page, i: int, *, provenance_only: bool = False) -> FoundDate | None:
    """The date of line ``i`` if it is a dateline; one search rules most lines out.

    A provenance line (:func:`provenance_date`) is a dateline too; with
    ``provenance_only``, only such a line is read.
    """
    if not short_line_may_hold_date(
        page.source, page.text_starts[i], page.ends[i], DATELINE_MAX_CHARS
    ):
        return None
    text = page.text(i)
    return (None if provenance_only else dateline_date(text)) or provenance_date(text)


def _bracketed(text: str, found: FoundDate) -> bool:
    before = text[: found.start].rstrip()
    return before.endswith(("(", "[", "（", "【")) or before.count("(") > before.count(")")


_DIGITS: Final = tuple("0123456789")


def numbered_captions(texts: Iterable[str]) -> set[int]:
    """The indices of ``texts`` that are numbered photo captions.

    A page that shows several photos captions them with one text and a number
    (``Japan-ROK Vice-Ministerial Meeting 1``, ``… 2``, or ``(1)``, ``(2)``): lines
    that share everything but their final number are captions, never the headline.
    """
    caption_re = _patterns()[5]
    stems: dict[str, dict[str, list[int]]] = {}  # stem -> number -> indices
    for index, text in enumerate(texts):
        if not text.rstrip(")").endswith(_DIGITS):  # a caption ends on its number
            continue
        match = caption_re.match(fold_line(text))
        if match is not None:
            numbers = stems.setdefault(match["stem"].casefold(), {})
            numbers.setdefault(match["number"], []).append(index)
    return {
        index
        for numbers in stems.values()
        if len(numbers) > 1  # one text under several numbers; a line stated twice is a repeat
        for indices in numbers.values()
        for index in indices
    }
