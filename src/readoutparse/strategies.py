r"""Hypothesis strategies: realistic page dumps with known answers, and readouts.

Install the ``hypothesis`` extra (``pip install readoutparse[hypothesis]``) to use
this module. :func:`pages` draws a page dump assembled from the layouts seen on
real Korean Ministry of Foreign Affairs pages (skip links, breadcrumbs, menus,
date headers, numbered and Korean bodies, trailers, white-space noise) together
with the :class:`~readoutparse.Readout` it must parse to. :func:`readouts` draws
model values for code that consumes readouts.

Example:
    >>> from hypothesis.strategies import SearchStrategy
    >>> from readoutparse.strategies import page_texts, pages, readouts
    >>> all(isinstance(s, SearchStrategy) for s in (pages(), page_texts(), readouts()))
    True
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, Final, TypeVar

import attrs
from hypothesis import strategies as st

from readoutparse.model import Paragraph, Readout, Span, Subpoint

_T = TypeVar("_T")

__all__ = ["page_texts", "pages", "readouts", "with_line_endings"]

# --- Prose: English ---------------------------------------------------------------------
# Every sentence is capitalised and ends with a full stop. The lists avoid what SPEC makes
# ambiguous at the start of a wrapped line ('- ', '12. ', a social-media name); chrome-like
# starts ('back to …', 'Spokesperson and …', 'posted on <date>') are the wrap hazards below.

_EN_SUBJECTS: Final = (
    "The two Ministers",
    "The Minister of Foreign Affairs",
    "The First Vice Minister",
    "The Second Vice Minister",
    "Both sides",
    "The two sides",
    "The delegation",
    "The Government of the Republic of Korea",
    "The Deputy Minister for Political Affairs",
    "The Ambassador",
    "The participants",
    "The Vice Minister",
)
_EN_VERBS: Final = (
    "agreed to strengthen",
    "discussed ways to expand",
    "welcomed progress in",
    "reaffirmed their commitment to",
    "exchanged views on",
    "reviewed the state of",
    "stressed the importance of",
    "expressed support for",
    "agreed to deepen",
    "noted the steady growth of",
    "called for closer coordination on",
    "pledged to promote",
)
_EN_OBJECTS: Final = (
    "cooperation in trade and investment",
    "the situation on the Korean Peninsula",
    "supply chains for critical minerals",
    "cooperation on climate change and clean energy",
    "people-to-people exchanges between the two countries",
    "the comprehensive strategic partnership",
    "humanitarian assistance to the region",
    "cooperation in defence industry and infrastructure",
    "the safety of Korean nationals abroad",
    "development cooperation with partner countries",
    "the agenda of the upcoming summit",
    "regional peace and stability",
    "cooperation at international organizations",
    "maritime security in the Indo-Pacific",
    "exchanges between young people",
    "the ROK’s contribution of 1.5 million dollars",
    "the ‘Global Pivotal State’ vision",
    "two areas of work, namely (A) trade facilitation and (B) investment protection",
)
_EN_PLACES: Final = (
    "in Seoul",
    "in Geneva",
    "in New York",
    "at the Ministry",
    "by telephone",
    "on the margins of the UN General Assembly",
    "during the meeting",
    "in the capital",
    "at the headquarters of the organization",
)
_EN_TIMES: Final = (
    "on the same day",
    "this week",
    "local time",
    "earlier this month",
    "on the afternoon of the same day",
    "on {month} {day}, {year}",
    "until {year}.{month_number:02}.{day:02}",
)
_EN_EXTENSIONS: Final = (
    "and agreed to hold the next meeting at a mutually convenient time",
    "and expressed hope for further progress in the coming years",
    "noting that the partnership has grown steadily",
    "while underlining the value of close consultation",
    "and welcomed the increase in investment by Korean companies",
    "as agreed at the previous round of talks",
)
_EN_NOTES: Final = (
    "ASEAN: Association of Southeast Asian Nations",
    "ARF: ASEAN Regional Forum",
    "ODA: Official Development Assistance",
    "IOM: International Organization for Migration",
    "SIDS: Small Island Developing States",
    "The list of participants is attached",
)

_SENTENCE_ENDS: Final = (".", "다")  # what the parser reads as the end of a sentence
_SENTENCE_MIN_WORDS: Final = 6
_SENTENCE_MAX_WORDS: Final = 35

# --- Prose: Korean ----------------------------------------------------------------------

_KO_SUBJECTS: Final = (
    "외교부 장관은",
    "외교부는",
    "양측은",
    "양 장관은",
    "박 차관은",
    "참석자들은",
    "외교부 제1차관은",
    "양국 대표단은",
)
_KO_SETTINGS: Final = (
    "오전",
    "오후 서울에서",
    "서울에서",
    "화상으로",
    "현지 시간",
    "회의 계기에",
    "{month_number}.{day}.(목)",
    "{year}년 {month_number}월 {day}일",
)
_KO_OBJECTS: Final = (
    "양국 간 실질 협력 강화 방안에 대해",
    "지역 정세에 대해",
    "핵심광물 공급망 협력에 대해",
    "재외국민 보호 체계 강화 방안에 대해",
    "에너지·자원 분야 협력에 대해",
    "△교역 △투자 △인프라 분야의 협력 확대에 대해",
    "기후변화 대응 협력에 대해",
    "고위급 교류 활성화 방안에 대해",
)
_KO_VERBS: Final = (
    "논의하였다.",
    "의견을 교환하였다.",
    "협의하였다.",
    "긴밀히 소통해 나가기로 하였다.",
    "높이 평가하였다.",
    "협력을 강화해 나가기로 하였다.",
    "공감하였다.",
)
_KO_NOTES: Final = (
    "한-아프리카 외교장관회의 : 서울 개최 예정",
    "참석국 : 중앙아시아 5개국",
    "공동성명 전문은 별첨 참조",
    "관계부처 합동 회의 결과 반영 예정",
)

# --- Titles and sections ----------------------------------------------------------------

_EN_OFFICIALS: Final = (
    "Foreign Minister",
    "First Vice Minister",
    "Second Vice Minister",
    "Deputy Minister for Political Affairs",
    "Ambassador for Climate Change",
)
_EN_COUNTRIES: Final = (
    "Chile",
    "Peru",
    "Uzbekistan",
    "Kenya",
    "Poland",
    "Netherlands",
    "Mongolia",
    "Canada",
    "Finland",
    "Thailand",
    "Türkiye",
    "Fiji",
    "Brazil",
    "Viet Nam",
    "Morocco",
)
_EN_EVENTS: Final = (
    "High-Level Meeting on Small Island Developing States",
    "Seminar on Landmine Clearance Cooperation",
    "Conference on Disarmament",
    "Korea-Africa Partnership Forum",
    "Workshop on Development Cooperation",
    "Meeting of Heads of Missions in Africa",
    "G20 Foreign Ministers’ Meeting",
)
_EN_TITLE_TEMPLATES: Final = (
    "{official} Holds Talks with Foreign Minister of {country}",
    "{official} Meets with Deputy Foreign Minister of {country}",
    "{official} Attends {event}",
    "{official} to Visit {country}",
    "Korea and {country} Hold Policy Consultation",
    "Outcome of ROK-{country} Foreign Ministers’ Meeting",
    "Statement by the Spokesperson on the Earthquake in {country}",
    "Korea to Host {event}",
    "ROK-U.S. Consultation on {event}",
    "Spokesperson’s Press Briefing ({month} {day}, {year})",
)
_TITLE_MIN_WORDS: Final = 4
_TITLE_MAX_WORDS: Final = 14

_KO_COUNTRIES: Final = (
    "칠레",
    "페루",
    "우즈베키스탄",
    "케냐",
    "폴란드",
    "네덜란드",
    "몽골",
    "캐나다",
    "핀란드",
    "태국",
    "튀르키예",
    "브라질",
)
_KO_MEETINGS: Final = (
    "외교차관 전략대화",
    "정책협의회",
    "영사국장 회의",
    "외교장관 회담",
    "공동위원회",
)
_KO_TITLE_TEMPLATES: Final = (
    "제{n}차 한-{country} {meeting} 개최",
    "한-{country} {meeting} 개최 결과",
    "외교부 제1차관 {country} 방문 결과",
    "{country} 외교장관 방한 계기 회담 개최",
)

_EN_SECTIONS: Final = (
    "Press Releases",
    "Ministry News",
    "Press Briefings",
    "Bilateral Relations",
    "Multilateral Relations",
    "Speeches",
    "News",
)
_KO_SECTIONS: Final = ("보도자료", "뉴포커스", "장관 동정", "외교부 소식")
_CRUMB_PARENTS: Final = ("Press", "Korean Foreign Policy", "Countries & Regions")

# --- Chrome -----------------------------------------------------------------------------

_SKIP_LINKS: Final = ("바로가기 메뉴", "본문 바로가기", "주메뉴 바로가기", "검색창 열기")
_SKIP_LINKS_ONE_LINE: Final = "바로가기 메뉴 본문 바로가기 주메뉴 바로가기"
_SOCIAL: Final = ("facebook", "instagram", "youtube", "twitter")
_EG_BANNER: Final = ("eg(전자정부) 이 누리집은 대한민국 공식 전자정부 누리집입니다.",)
_TAEGEUKGI_BANNER: Final = (
    "태극기이 누리집은 대한민국 공식 전자정부 누리집입니다.",
    "공식 누리집 주소 확인하기",
    "go.kr 주소를 사용하는 누리집은 대한민국 정부기관이 관리하는 누리집입니다.",
    (
        "이밖에 or.kr 또는 .kr등 다른 도메인 주소를 사용하고 있다면 아래 URL에서 "
        "도메인 주소를 확인해 보세요"
    ),
    "운영중인 공식 누리집보기",
)
_KO_MENU: Final = ("화면크기", "국가상징", "어린이·청소년", "RSS", "ENGLISH")
_DEPARTMENTS: Final = ("외교부 > 북미국 > 북미1과", "외교부 > 재외동포영사실 > 재외국민보호과")
_SIGNATURES: Final = (
    "Spokesperson and Deputy Minister for Public Relations of MOFA",
    "Spokesperson and Deputy Minister for Public Relations of MOFAT",
)
_END_MARKS: Final = ("끝.", "- 끝 -", "<끝>")
_ATTACHMENTS: Final = (
    "photo",
    "world1",
    "17688%20%uD55C%uC911%20%uC678%uAD50%uC7A5%uAD00%uD68C%uB2F4%20%uACB0%uACFC.pdf",
    "첨부파일",
)

# --- Dates ------------------------------------------------------------------------------

_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_ABBREVIATIONS: Final = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_DATES: Final = st.dates(dt.date(2000, 1, 1), dt.date(2029, 12, 31))

_LINE_ENDINGS: Final = frozenset(
    {"\n", "\r\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}
)

# --- Noise ------------------------------------------------------------------------------

_TRAILING: Final = ("", "", "", "", " ", "  ", "\u00a0", " \u00a0", "\t")
_BLANK_LINES: Final = ("", "", "", " ", "   ", "\t", "\u00a0", " \u00a0\t ")
_INNER_GAPS: Final = ("\u00a0", "  ", " \u00a0")
_UNMARKED_WRAP_MIN: Final = 50  # an unmarked block is wrapped only if its first line is this long
_ONE_PER_LINE_MIN: Final = 110  # one paragraph per line: each line at least this long
_TITLE_WRAP_MIN: Final = 30  # every line of a wrapped title but the last is this long


# --- Cached strategies (building a strategy on every draw is most of the cost) ---------

_BOOLEANS: Final = st.booleans()


@functools.cache
def _ints(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


_CHOICES: dict[tuple[object, ...], st.SearchStrategy[Any]] = {}


def _choice(options: tuple[_T, ...]) -> st.SearchStrategy[_T]:
    strategy = _CHOICES.get(options)
    if strategy is None:
        strategy = _CHOICES[options] = st.sampled_from(options)
    return strategy


# --- Writing lines with offsets ---------------------------------------------------------


class _Writer:
    """Appends lines to a page and records where each line's content landed."""

    def __init__(self, draw: st.DrawFn, *, noisy: bool) -> None:
        self.draw = draw
        self.noisy = noisy
        self.wide_gaps = False
        self.wrap_width: int | None = None
        self.tight = False
        self._parts: list[str] = []
        self._pos = 0

    def _put(self, text: str) -> None:
        self._parts.append(text)
        self._pos += len(text)

    def line(self, content: str, indent: int = 0) -> Span:
        """Write one line; ``content`` has no white space at either end."""
        self._put(" " * indent)
        start = self._pos
        self._put(content)
        end = self._pos
        trailing = self.draw(_choice(_TRAILING)) if self.noisy else ""
        self._put(trailing + "\n")
        return Span(start, end)

    def lines(self, contents: tuple[str, ...] | list[str]) -> None:
        for content in contents:
            self.line(content)

    def blanks(self, low: int = 1, high: int = 4) -> None:
        for _ in range(self.draw(_ints(low, high))):
            self._put((self.draw(_choice(_BLANK_LINES)) if self.noisy else "") + "\n")

    def gap(self, *, marked: bool) -> None:
        """Blank lines before a body element; a marked one may follow with none."""
        self.blanks(0 if marked and self.tight else 1, 1 if self.tight else 4)

    def text(self) -> str:
        return "".join(self._parts)


@attrs.frozen
class _Piece:
    """A body element before it is written: marker, the space after it, and words."""

    marker: str
    gap: str
    words: tuple[str, ...]
    indent: int = 0

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _separators(w: _Writer, count: int) -> list[str]:
    seps = [" "] * max(count - 1, 0)
    if w.noisy and seps:
        kinds = _INNER_GAPS if w.wide_gaps else _INNER_GAPS[:1]
        index = _ints(0, len(seps) - 1)
        for at, sep in w.draw(st.lists(st.tuples(index, _choice(kinds)), max_size=2)):
            seps[at] = sep
    return seps


def _wrap(piece: _Piece, seps: list[str], width: int | None) -> list[str]:
    """Greedy hard wrap; a line never breaks right after a sentence's end.

    A break after a full stop would look like two one-line paragraphs; the
    word that ends the sentence moves to the next line instead.
    """
    head = piece.marker + piece.gap if piece.marker else ""
    lines = [[head + piece.words[0]]]
    for sep, word in zip(seps, piece.words[1:], strict=True):
        line = lines[-1]
        if width is None or sum(map(len, line)) + len(sep) + len(word) <= width:
            line += [sep, word]
        elif line[-1].endswith(_SENTENCE_ENDS) and len(line) > 1:
            lines.append([line.pop(), sep, word])
            line.pop()
        else:
            lines.append([word])
    return ["".join(line) for line in lines]


def _write_piece(w: _Writer, piece: _Piece) -> Span:
    """Write a piece, hard-wrapped or not; return its span (marker to end of its last line)."""
    seps = _separators(w, len(piece.words))
    lines = [_wrap(piece, seps, None)[0]]
    if w.wrap_width is not None and w.draw(_BOOLEANS):
        wrapped = _wrap(piece, seps, w.wrap_width - piece.indent)
        if piece.marker or len(wrapped[0]) >= _UNMARKED_WRAP_MIN:
            lines = wrapped
    first = w.line(lines[0], piece.indent)
    last = first
    if len(lines) > 1:
        hang = w.draw(_choice((0, piece.indent, piece.indent + len(piece.marker) + 1)))
        for line in lines[1:]:
            last = w.line(line, hang)
    return Span(first.start, last.end)


# --- Prose strategies -------------------------------------------------------------------


class _Choices:
    """Picks from word lists by decoding one drawn integer: one draw per phrase, not per word.

    The integer shrinks towards zero, so failing examples shrink towards the
    first entry of every list.
    """

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def pick(self, options: tuple[str, ...]) -> str:
        self.seed, index = divmod(self.seed, len(options))
        return options[index]

    def maybe(self, options: tuple[str, ...]) -> str | None:
        """Nothing about half the time, else one of ``options``."""
        self.seed, index = divmod(self.seed, 2 * len(options))
        return options[index - len(options)] if index >= len(options) else None

    def number(self, low: int, high: int) -> int:
        self.seed, index = divmod(self.seed, high - low + 1)
        return low + index

    def date_fields(self) -> dict[str, object]:
        """Date fields for phrases that hold one; dates in titles and bodies are not headers."""
        month = self.number(1, 12)
        return {
            "year": self.number(2000, 2029),
            "month": _MONTHS[month - 1],
            "month_number": month,
            "day": self.number(1, 28),
        }


_SEEDS: Final = _ints(0, 2**64).map(_Choices)


def _english_sentence(choices: _Choices) -> str:
    words = [choices.pick(part) for part in (_EN_SUBJECTS, _EN_VERBS, _EN_OBJECTS)]
    for optional in (_EN_PLACES, _EN_TIMES):
        phrase = choices.maybe(optional)
        if phrase and len(" ".join((*words, phrase)).split()) <= _SENTENCE_MAX_WORDS:
            words.append(phrase)
    sentence = " ".join(words).format(**choices.date_fields())
    extension = choices.maybe(_EN_EXTENSIONS)
    if extension and len(f"{sentence} {extension}".split()) <= _SENTENCE_MAX_WORDS:
        sentence = f"{sentence}, {extension}"
    assert _SENTENCE_MIN_WORDS <= len(sentence.split()) <= _SENTENCE_MAX_WORDS  # noqa: S101
    return sentence + "."


def _korean_sentence(choices: _Choices) -> str:
    words = [choices.pick(_KO_SUBJECTS)]
    setting = choices.maybe(_KO_SETTINGS)
    words += [setting] if setting else []
    words += [choices.pick(_KO_OBJECTS), choices.pick(_KO_VERBS)]
    return " ".join(words).format(**choices.date_fields())


def _sentences(*, korean: bool, low: int = 1, high: int = 3) -> st.SearchStrategy[str]:
    """``low`` to ``high`` sentences, joined by spaces."""
    sentence = _korean_sentence if korean else _english_sentence
    seeds = st.lists(_SEEDS, min_size=low, max_size=high)
    return seeds.map(lambda chosen: " ".join(sentence(choices) for choices in chosen))


def _words(w: _Writer, *, korean: bool, sentences: tuple[int, int] = (1, 3)) -> tuple[str, ...]:
    return tuple(w.draw(_sentences(korean=korean, low=sentences[0], high=sentences[1])).split())


def _english_title(choices: _Choices) -> str:
    title = choices.pick(_EN_TITLE_TEMPLATES).format(
        official=choices.pick(_EN_OFFICIALS),
        country=choices.pick(_EN_COUNTRIES),
        event=choices.pick(_EN_EVENTS),
        **choices.date_fields(),
    )
    assert _TITLE_MIN_WORDS <= len(title.split()) <= _TITLE_MAX_WORDS  # noqa: S101
    return title


def _korean_title(choices: _Choices) -> str:
    return choices.pick(_KO_TITLE_TEMPLATES).format(
        n=choices.number(2, 12),
        country=choices.pick(_KO_COUNTRIES),
        meeting=choices.pick(_KO_MEETINGS),
    )


def _title_strategy(*, korean: bool) -> st.SearchStrategy[str]:
    return _SEEDS.map(_korean_title if korean else _english_title)


# --- Dates ------------------------------------------------------------------------------

_Spelling = tuple[str, str]  # the date as the parser matches it, then what follows it


def _clock(w: _Writer, *, seconds: bool) -> str:
    hour, minute, second = w.draw(st.tuples(_ints(0, 23), _ints(0, 59), _ints(0, 59)))
    return f"{hour:02}:{minute:02}" + (f":{second:02}" if seconds else "")


def _spell(w: _Writer, date: dt.date) -> _Spelling:
    """One spelling of ``date``: ISO, dotted, spelled-out, Korean or month-first slashes."""
    y, m, d = date.year, date.month, date.day
    kind = w.draw(_ints(0, 11))
    spellings: dict[int, Callable[[], _Spelling]] = {
        0: lambda: (date.isoformat(), ""),
        1: lambda: (date.isoformat(), " " + _clock(w, seconds=True)),
        2: lambda: (f"{y}.{m:02}.{d:02}", ""),
        3: lambda: (f"{y}. {m}. {d}.", " " + _clock(w, seconds=False)),
        4: lambda: (f"{y}. {m}. {d}.", ""),
        5: lambda: (f"{_MONTH_ABBREVIATIONS[m - 1]} {d}, {y}", ""),
        6: lambda: (f"{_MONTHS[m - 1]} {d}, {y}", ""),
        7: lambda: (f"{_MONTHS[m - 1]} {d},{y}", ""),
        8: lambda: (f"{_MONTH_ABBREVIATIONS[m - 1]} {d}, {y}", f" {_clock(w, seconds=False)} KST"),
        9: lambda: (f"{d} {_MONTHS[m - 1]} {y}", ""),
        10: lambda: (f"{y}년 {m}월 {d}일", ""),
        11: lambda: (f"{m:02}/{d:02}/{y}", ""),
    }
    return spellings[kind]()


def _spelled_out(w: _Writer, date: dt.date) -> _Spelling:
    names = w.draw(_choice((_MONTHS, _MONTH_ABBREVIATIONS)))
    return f"{names[date.month - 1]} {date.day}, {date.year}", ""


def _date_line(w: _Writer, prefix: str, spelling: _Spelling, indent: int = 0) -> Span:
    """Write ``prefix`` + the date + its suffix; return the span of the date itself."""
    value, suffix = spelling
    span = w.line(prefix + value + suffix, indent)
    start = span.start + len(prefix)
    return Span(start, start + len(value))


def _count(w: _Writer) -> str:
    count = w.draw(_ints(1, 99999))
    return f"{count:,}" if w.draw(_BOOLEANS) else str(count)


def _header_label_then_value(w: _Writer, date: dt.date) -> Span:
    """``DATE`` / ``2024-02-29``, or ``Date`` / value / ``hit`` / ``2763``."""
    w.line(w.draw(_choice(("DATE", "Date"))))
    span = _date_line(w, "", _spell(w, date))
    if w.draw(_BOOLEANS):
        w.line(w.draw(_choice(("hit", "Hit"))))
        w.line(_count(w))
    return span


def _header_bullets(w: _Writer, date: dt.date) -> Span:
    """``  • Date : 2018-06-14 16:38:17`` with ``  • Hit : 1012``."""
    span = _date_line(w, "• Date : ", _spell(w, date), indent=2)
    if w.draw(_BOOLEANS):
        w.line(f"• Hit : {_count(w)}", 2)
    return span


def _header_one_line(w: _Writer, date: dt.date) -> Span:
    """``Date : value`` or ``Posted on value`` on one line."""
    return _date_line(w, w.draw(_choice(("Date : ", "Posted on "))), _spell(w, date))


def _header_bare(w: _Writer, date: dt.date) -> Span:
    """An unlabelled dateline: the date alone on its line."""
    return _date_line(w, "", _spell(w, date))


def _header_korean(w: _Writer, date: dt.date) -> Span:
    """``부서명`` / path, ``등록일``/``작성일`` / value, ``수정일`` / other, ``조회수`` / count."""
    if w.draw(_BOOLEANS):
        w.lines(("부서명", w.draw(_choice(_DEPARTMENTS))))
    modified = w.draw(_choice((None, "before", "after")))
    if modified == "before":
        w.line("수정일")
        _date_line(w, "", _spell(w, w.draw(_DATES)))
    label = w.draw(_choice(("등록일", "작성일")))
    if w.draw(_BOOLEANS):
        span = _date_line(w, label + " ", _spell(w, date))
    else:
        w.line(label)
        span = _date_line(w, "", _spell(w, date))
    if modified == "after":
        w.line("수정일")
        _date_line(w, "", _spell(w, w.draw(_DATES)))
    if w.draw(_BOOLEANS):
        w.lines(("조회수", _count(w)))
    return span


_EN_HEADERS: Final = (_header_label_then_value, _header_bullets, _header_one_line, _header_bare)
_KO_HEADERS: Final = (_header_korean, _header_label_then_value, _header_bare)


# --- The head: chrome, title, date header -----------------------------------------------


@attrs.define
class _Head:
    """What the head of a generated page holds, with where each value was written."""

    korean: bool
    title: str | None = None
    title_span: Span | None = None
    date: dt.date | None = None
    date_span: Span | None = None
    section: str | None = None
    section_span: Span | None = None
    trailer: tuple[str, ...] = ()

    def set_section(self, section: str, span: Span) -> None:
        self.section, self.section_span = section, span


def _title_lines(w: _Writer, title: str) -> list[str]:
    """The title on one line, or hard-wrapped as e-newsletters do."""
    if not w.draw(_BOOLEANS):
        return [title]
    width = w.draw(_ints(_TITLE_WRAP_MIN, 45))
    pieces = _wrap(_Piece("", "", tuple(title.split())), [" "] * (len(title.split()) - 1), width)
    if all(len(piece) >= _TITLE_WRAP_MIN and piece[-1] not in ".!?" for piece in pieces[:-1]):
        return pieces
    return [title]


def _write_title(w: _Writer, head: _Head, *, wrap: bool) -> None:
    title = w.draw(_title_strategy(korean=head.korean))
    lines = _title_lines(w, title) if wrap else [title]
    spans = [w.line(line) for line in lines]
    head.title, head.title_span = title, Span(spans[0].start, spans[-1].end)


def _write_date_header(w: _Writer, head: _Head) -> None:
    headers = _KO_HEADERS if head.korean else _EN_HEADERS
    header = w.draw(_choice(headers))
    head.date = w.draw(_DATES)
    head.date_span = header(w, head.date)


def _title_and_date(w: _Writer, head: _Head, *, dated: bool = True) -> None:
    """The title (once, twice, on adjacent lines, or around the date block), then the date."""
    with_date = dated and w.draw(_ints(0, 3)) > 0
    repeat = w.draw(_choice(("once", "once", "twice", "adjacent", "around")))
    _write_title(w, head, wrap=repeat == "once")
    assert head.title is not None  # noqa: S101 - just written
    if repeat in {"twice", "adjacent"} or (repeat == "around" and not with_date):
        w.blanks(0 if repeat == "adjacent" else 1, 0 if repeat == "adjacent" else 3)
        w.line(head.title)
    if with_date:
        w.blanks(0, 3)
        _write_date_header(w, head)
    if repeat == "around" and with_date:
        w.blanks(1, 3)
        w.line(head.title)


def _section_line(w: _Writer, head: _Head) -> None:
    section = w.draw(_choice(_KO_SECTIONS if head.korean else _EN_SECTIONS))
    head.set_section(section, w.line(section))


def _chrome_skip_links(w: _Writer, head: _Head) -> None:
    """LAYOUTS 1: skip links one per line, sometimes ``KOR``, then the section."""
    w.lines(_SKIP_LINKS[: w.draw(_ints(3, 4))])
    if w.draw(_BOOLEANS):
        w.line("KOR")
    w.blanks(0, 2)
    _section_line(w, head)
    w.blanks(0, 3)
    _title_and_date(w, head)


def _chrome_breadcrumb(w: _Writer, head: _Head) -> None:
    """LAYOUTS 2: skip links on one line, the section twice, a numbered breadcrumb, font size."""
    leaf = w.draw(_choice(_EN_SECTIONS))
    parent = w.draw(_choice((leaf, *_CRUMB_PARENTS)))
    w.line(_SKIP_LINKS_ONE_LINE)
    w.line(leaf)
    w.blanks(1, 2)
    w.line(leaf)
    w.blanks(1, 2)
    w.line(f"1. {parent}", 2)
    crumb = w.line(f"2. {leaf}", 2)
    head.set_section(leaf, Span(crumb.start + 3, crumb.end))
    w.line("• Font Size", 2)
    w.blanks(1, 3)
    _title_and_date(w, head)


def _chrome_social(w: _Writer, head: _Head) -> None:
    """LAYOUTS 3: site name, a numbered social-media list, ``SCREEN SIZE``, ``검색창 열기``."""
    w.line("Ministry of Foreign Affairs REPUBLIC OF KOREA")
    w.blanks(0, 1)
    networks = w.draw(st.permutations(_SOCIAL))[: w.draw(_ints(2, 4))]
    for number, network in enumerate(networks, start=1):
        w.line(f"{number}. Ministry of  Foreign Affairs, Republic of Korea {network}", 2)
    if w.draw(_BOOLEANS):
        w.line("SCREEN SIZE")
    w.line("검색창 열기")
    if w.draw(_BOOLEANS):
        w.blanks(1, 2)
        _section_line(w, head)
    w.blanks(1, 3)
    _title_and_date(w, head)


def _chrome_old_template(w: _Writer, head: _Head) -> None:
    """LAYOUTS 4: ``Skip navigation`` … ``  1. HOME  2. Press  3. Press Releases`` … 상세보기."""
    leaf = w.draw(_choice(_EN_SECTIONS[:3]))
    w.lines(("Skip navigation", "Countries Information"))
    w.line(f"1. HOME  2. Press  3. {leaf}", 2)
    head.set_section(leaf, w.line(f"{leaf} 상세보기"))  # the span is the whole heading line
    w.blanks(1, 3)
    _title_and_date(w, head)


def _chrome_korean_site(w: _Writer, head: _Head) -> None:
    """LAYOUTS 5: skip links, e-government banner, numbered menu, 외교부, section, related link."""
    w.line(_SKIP_LINKS_ONE_LINE)
    w.lines(w.draw(_choice((_EG_BANNER, _TAEGEUKGI_BANNER))))
    for number, entry in enumerate(_KO_MENU, start=1):
        w.line(f"{number}. {entry}", 2)
    w.blanks(1, 2)
    w.line("외교부")
    w.blanks(1, 2)
    _section_line(w, head)
    if w.draw(_BOOLEANS):
        w.blanks(1, 2)
        w.line("@관련 보도자료 바로가기")
    w.blanks(1, 3)
    _title_and_date(w, head)


def _chrome_korean_minimal(w: _Writer, head: _Head) -> None:
    """Korean site, short form: ``외교부`` and the section."""
    w.line("외교부")
    w.blanks(1, 2)
    _section_line(w, head)
    w.blanks(1, 3)
    _title_and_date(w, head)


def _chrome_newsletter(w: _Writer, head: _Head) -> None:
    """LAYOUTS 7: e-Newsletter (or skin name), edition line with the date, share toolbar."""
    english = w.draw(_BOOLEANS)
    if english:
        head.set_section("e-Newsletter", w.line("e-Newsletter"))
    else:
        w.line("뉴스레터스킨01")
    edition = w.draw(_ints(1, 200))
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(edition % 10 if edition % 100 // 10 != 1 else 0, "th")
    head.date = w.draw(_DATES)
    head.date_span = _date_line(w, f"[{edition}{suffix} Edition] ", _spelled_out(w, head.date))
    w.line("article print twitter facebook" if english else "기사출력 트위터 페이스북")
    w.blanks(1, 3)
    _title_and_date(w, head, dated=False)


def _chrome_repost_source(w: _Writer, head: _Head) -> None:
    """LAYOUTS 8: ``gnb content footer`` / ``Source : …``."""
    w.lines(("gnb content footer", "Source : Ministry of Foreign Affairs and Trade"))
    w.blanks(1, 3)
    _title_and_date(w, head)


def _chrome_repost_public(w: _Writer, head: _Head) -> None:
    """LAYOUTS 8: the title, then ``05/07/2024 | News release | Distributed by Public on …``."""
    _write_title(w, head, wrap=False)
    head.date = w.draw(_DATES)
    stamp = f"{head.date.month:02}/{head.date.day:02}/{head.date.year}"
    suffix = f" | News release | Distributed by Public on {stamp} {_clock(w, seconds=False)}"
    head.date_span = _date_line(w, "", (stamp, suffix))


def _chrome_briefing_room(w: _Writer, head: _Head) -> None:
    """LAYOUTS 8: ``브리핑룸`` / title / ``2022.08.05 외교부`` / ``목록``."""
    head.set_section("브리핑룸", w.line("브리핑룸"))
    w.blanks(1, 2)
    _write_title(w, head, wrap=False)
    w.blanks(1, 2)
    head.date = w.draw(_DATES)
    dotted = f"{head.date.year}.{head.date.month:02}.{head.date.day:02}"
    head.date_span = _date_line(w, "", (dotted, " 외교부"))
    w.blanks(1, 2)
    w.line("목록")


def _chrome_korean_repost(w: _Writer, head: _Head) -> None:
    """LAYOUTS 8: a repost with the agency description and ``연락처`` block at the end."""
    _title_and_date(w, head, dated=False)
    head.trailer = (
        "외교부 개요",
        "외교부는 대한민국의 대외 정책을 수립·시행하는 중앙행정기관이다.",
        "웹사이트: https://www.mofa.go.kr",
        "",
        "연락처",
        "외교부",
        "재외국민보호과",
        "02-2100-2114",
    )


def _chrome_section_only(w: _Writer, head: _Head) -> None:
    """A dump that starts at the section heading."""
    _section_line(w, head)
    w.blanks(1, 3)
    _title_and_date(w, head)


def _chrome_title_only(w: _Writer, head: _Head) -> None:
    """A dump that starts at the title."""
    _title_and_date(w, head)


def _chrome_none(w: _Writer, head: _Head) -> None:
    """LAYOUTS 6: no chrome, no title; the dump starts at the body."""


_Chrome = Callable[[_Writer, _Head], None]
_EN_CHROMES: Final[tuple[_Chrome, ...]] = (
    _chrome_skip_links,
    _chrome_breadcrumb,
    _chrome_social,
    _chrome_old_template,
    _chrome_newsletter,
    _chrome_repost_source,
    _chrome_repost_public,
    _chrome_section_only,
    _chrome_title_only,
    _chrome_none,
)
_KO_CHROMES: Final[tuple[_Chrome, ...]] = (
    _chrome_korean_site,
    _chrome_korean_minimal,
    _chrome_briefing_room,
    _chrome_korean_repost,
    _chrome_section_only,
    _chrome_none,
)


# --- The body ---------------------------------------------------------------------------


@attrs.frozen
class _Levels:
    """Subpoint markers by depth (each level nests under the one before) and note markers.

    Levels from ``first_list`` on are lists (``-``, ``·``): a note right before
    such items is indented deeper than they are, or the items would read as the
    note's own list.
    """

    markers: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...]
    first_list: int
    korean: bool


_EN_BULLETS: Final = _Levels(
    (("O", "o", "°", "○", "◦", "●", "▲"), ("-", "–")),
    notes=("*", "※"),
    first_list=1,
    korean=False,
)
_EN_DASHES: Final = _Levels((("-", "–"),), notes=("*",), first_list=0, korean=False)
_KO_ITEMS: Final = _Levels((("ㅇ", "○"), ("-",), ("·",)), notes=("※",), first_list=1, korean=True)


def _subpoint(piece: _Piece, span: Span, children: list[Subpoint]) -> Subpoint:
    return Subpoint(marker=piece.marker, text=piece.text, subpoints=tuple(children), span=span)


def _notes(w: _Writer, levels: _Levels, indent: tuple[int, int]) -> list[Subpoint]:
    """Notes (``*``, ``※``) right after their parent's own lines, indented as drawn."""
    count = w.draw(_choice((0, 0, 0, 0, 0, 1, 1, 2)))
    if count == 0:
        return []
    marker = w.draw(_choice(levels.notes))
    at = w.draw(_ints(*indent))
    notes: list[Subpoint] = []
    for _ in range(count):
        w.gap(marked=True)
        text = w.draw(_choice(_KO_NOTES if levels.korean else _EN_NOTES))
        piece = _Piece(marker, w.draw(_choice((" ", "", " "))), tuple(text.split()), at)
        notes.append(_subpoint(piece, _write_piece(w, piece), []))
    return notes


def _children(w: _Writer, levels: _Levels, depth: int, parent_indent: int) -> list[Subpoint]:
    """The subpoints under an element written at ``parent_indent``, nested by marker kind.

    Notes come first, right after the parent's own lines and indented deeper
    than it; then the items of the next level, each with its own children.
    """
    note_low = 0 if depth == 0 else parent_indent + 2
    if depth >= len(levels.markers):
        return _notes(w, levels, (note_low, note_low + 2))
    marker = w.draw(_choice(levels.markers[depth]))
    if depth == 0:
        indent = w.draw(_choice((0, 2)))
    else:
        indent = parent_indent + (2 if levels.korean else w.draw(_ints(0, 5)))
    if depth >= levels.first_list:
        note_low = max(note_low, indent + 1)
    children = _notes(w, levels, (note_low, note_low + 2))
    for _ in range(w.draw(_ints(0, 3 - depth))):
        w.gap(marked=True)
        gap = w.draw(_choice((" ", " ", "  ", "\u00a0")))
        piece = _Piece(marker, gap, _words(w, korean=levels.korean, sentences=(1, 2)), indent)
        span = _write_piece(w, piece)
        children.append(_subpoint(piece, span, _children(w, levels, depth + 1, indent)))
    return children


def _paragraph(w: _Writer, piece: _Piece, number: int | None, levels: _Levels | None) -> Paragraph:
    span = _write_piece(w, piece)
    children = _children(w, levels, 0, piece.indent) if levels else []
    marker = piece.marker or None
    return Paragraph(
        number=number, marker=marker, text=piece.text, subpoints=tuple(children), span=span
    )


def _english_levels(w: _Writer) -> _Levels | None:
    return w.draw(_choice((None, None, _EN_BULLETS, _EN_BULLETS, _EN_DASHES)))


def _number_marker(style: int, number: int) -> str:
    """``1.``, ``1)``, ``(1)``, ``①`` or full-width ``１．`` for paragraph ``number``."""
    wide = "".join(chr(ord(digit) - 0x30 + 0xFF10) for digit in str(number))
    return (f"{number}.", f"{number})", f"({number})", chr(0x2460 + number - 1), f"{wide}．")[style]


def _prose(w: _Writer, *, korean: bool) -> _Piece:
    return _Piece("", "", _words(w, korean=korean))


def _numbered_body(w: _Writer) -> list[Paragraph]:
    """Numbered English paragraphs, with unmarked follow-on paragraphs and subpoints."""
    style = w.draw(_ints(0, 4))
    indent = w.draw(_choice((0, 0, 2)))
    first_indent = w.draw(_choice((indent, 1))) if indent == 0 else indent
    gap = w.draw(_choice((" ", " ", "   ", "\u00a0"))) if style < 2 else " "  # noqa: PLR2004
    paragraphs: list[Paragraph] = []
    if w.draw(_ints(0, 4)) == 0:
        paragraphs.append(_paragraph(w, _prose(w, korean=False), None, _english_levels(w)))
    for number in range(1, w.draw(_ints(1, 5)) + 1):
        if paragraphs:
            w.gap(marked=True)
        at = first_indent if number == 1 else indent
        piece = _Piece(_number_marker(style, number), gap, _words(w, korean=False), at)
        paragraphs.append(_paragraph(w, piece, number, _english_levels(w)))
        if w.draw(_ints(0, 5)) == 0:
            w.gap(marked=False)
            paragraphs.append(_paragraph(w, _prose(w, korean=False), None, None))
    return paragraphs


def _prose_body(w: _Writer, *, korean: bool) -> list[Paragraph]:
    """Unnumbered prose paragraphs, blank lines between them, with optional subpoints."""
    paragraphs: list[Paragraph] = []
    for _ in range(w.draw(_ints(1, 4))):
        if paragraphs:
            w.gap(marked=False)
        levels = (_KO_ITEMS if w.draw(_BOOLEANS) else None) if korean else _english_levels(w)
        paragraphs.append(_paragraph(w, _prose(w, korean=korean), None, levels))
    return paragraphs


def _one_per_line_body(w: _Writer) -> list[Paragraph]:
    """Whole paragraphs one per long line, with no blank line between them."""
    paragraphs: list[Paragraph] = []
    for _ in range(w.draw(_ints(2, 4))):
        words = _words(w, korean=False, sentences=(2, 3))
        while len(" ".join(words)) < _ONE_PER_LINE_MIN:
            words += _words(w, korean=False, sentences=(1, 1))
        text = " ".join(words)
        paragraphs.append(Paragraph(number=None, marker=None, text=text, span=w.line(text)))
    return paragraphs


def _box_body(w: _Writer) -> list[Paragraph]:
    """Korean ``□`` paragraphs with ``ㅇ`` → ``-`` → ``·`` items and ``※`` notes."""
    paragraphs: list[Paragraph] = []
    gap = w.draw(_choice((" ", "  ", "\u00a0")))
    for _ in range(w.draw(_ints(1, 4))):
        if paragraphs:
            w.gap(marked=True)
        piece = _Piece("□", gap, _words(w, korean=True, sentences=(1, 2)))
        paragraphs.append(_paragraph(w, piece, None, _KO_ITEMS))
    return paragraphs


def _body(w: _Writer, *, korean: bool) -> list[Paragraph]:
    if korean:
        paragraphs = _box_body(w) if w.draw(_BOOLEANS) else _prose_body(w, korean=True)
        if w.draw(_BOOLEANS):
            w.blanks(1, 3)
            w.line(w.draw(_choice(_END_MARKS)), w.draw(_choice((0, 30, 66))))
        return paragraphs
    kind = w.draw(_choice(("numbered", "numbered", "prose", "one_per_line")))
    if kind == "numbered":
        return _numbered_body(w)
    if kind == "prose":
        return _prose_body(w, korean=False)
    return _one_per_line_body(w)


# --- Wrap hazards: hard-wrapped lines that start like chrome -----------------------------
# Realistic paragraphs whose line breaks fall where the parser once went wrong; the oracle
# tests in tests/property/test_oracle.py draw pages with each of them.


@attrs.frozen
class _Hazard:
    """A paragraph written over exactly these lines: first in the body, or last."""

    lines: tuple[str, ...]
    first: bool = False


_WRAP_HAZARDS: Final = {
    "short-first-numbered-line": _Hazard(
        ("The two Ministers discussed ways to expand the", "Indo-Pacific partnership."),
        first=True,
    ),
    "back-to": _Hazard(
        (
            "In his remarks, the Minister said that the delegation would come",
            "back to Seoul in the second half of the year to continue the talks.",
        )
    ),
    "spokesperson": _Hazard(
        (
            "The statement was issued on the same day by the Ministry’s",
            "Spokesperson and Deputy Minister for Public Relations, who",
            "welcomed the outcome of the talks.",
        )
    ),
    "date-line": _Hazard(
        (
            "Applications from observers will be accepted at the Ministry until",
            "{year}.{month_number:02}.{day:02}.",
        )
    ),
    "posted-on-date": _Hazard(
        (
            "The two sides reviewed the text of the joint statement as it was",
            "posted on {month} {day}, {year}, on the website of the Ministry.",
        )
    ),
}


def _write_hazard(w: _Writer, hazard: _Hazard) -> Paragraph:
    fields = w.draw(_SEEDS).date_fields()
    lines = [line.format(**fields) for line in hazard.lines]
    marker = "1." if hazard.first else None
    first = w.line(f"{marker} {lines[0]}" if marker else lines[0])
    last = [w.line(line) for line in lines[1:]][-1]
    return Paragraph(
        number=1 if marker else None,
        marker=marker,
        text=" ".join(lines),
        span=Span(first.start, last.end),
    )


def _body_with_hazard(w: _Writer, hazard: _Hazard) -> list[Paragraph]:
    if hazard.first:
        paragraphs = [_write_hazard(w, hazard)]
        w.gap(marked=False)
        return paragraphs + _prose_body(w, korean=False)
    paragraphs = _body(w, korean=False)
    w.gap(marked=False)
    return [*paragraphs, _write_hazard(w, hazard)]


# --- The trailer ------------------------------------------------------------------------


def _english_trailer(w: _Writer, head: _Head) -> None:
    if w.draw(_BOOLEANS):
        w.blanks(0, 3)
        if w.draw(_BOOLEANS):
            w.line(w.draw(_choice(_SIGNATURES)), w.draw(_ints(10, 40)))
        w.line("* unofficial translation")
    if w.draw(_ints(0, 3)) == 0:
        w.blanks(1, 2)
        w.lines(("URL Copy", "Print"))
    if w.draw(_ints(0, 3)) == 0:
        w.blanks(1, 2)
        w.line(w.draw(_choice(_ATTACHMENTS)), w.draw(_choice((0, 1))))
    if w.draw(_ints(0, 3)) == 0:
        w.blanks(1, 2)
        w.lines(("Featured Topics", "Korea’s Indo-Pacific Strategy", "Korea-Africa Partnership"))
    if w.draw(_BOOLEANS):
        w.blanks(1, 3)
        w.lines(
            (
                "List",
                "Prev",
                w.draw(_title_strategy(korean=False)),
                "Next",
                w.draw(_title_strategy(korean=False)),
            )
        )
    if w.draw(_ints(0, 3)) == 0:
        w.blanks(1, 2)
        w.line(f"Back to {head.section or 'Press Releases'}")
    if w.draw(_ints(0, 3)) == 0:
        w.blanks(1, 2)
        w.line("NEWSLETTER")


def _korean_trailer(w: _Writer, head: _Head) -> None:
    if head.trailer:
        w.blanks(1, 3)
        for line in head.trailer:
            if line:
                w.line(line)
            else:
                w.blanks(1, 1)
    if w.draw(_ints(0, 2)) == 0:
        w.blanks(1, 3)
        w.lines(
            (
                "목록",
                "이전글",
                w.draw(_title_strategy(korean=True)),
                "다음글",
                w.draw(_title_strategy(korean=True)),
            )
        )
    if w.draw(_BOOLEANS):
        w.blanks(1, 3)
        w.lines(("만족도 조사 열람하신 정보에 대해 만족하십니까?", "메뉴담당부서", "02-2100-2114"))


def _trailer(w: _Writer, head: _Head) -> None:
    if head.korean:
        _korean_trailer(w, head)
    else:
        _english_trailer(w, head)
    if w.draw(_ints(0, 2)) == 0:
        w.blanks(0, 2)
        w.line("loading")


# --- Public strategies ------------------------------------------------------------------


@st.composite
def _page(draw: st.DrawFn, hazard: _Hazard | None = None) -> tuple[str, Readout]:
    korean = hazard is None and draw(_BOOLEANS)
    chrome = draw(_choice(_KO_CHROMES if korean else _EN_CHROMES))
    w = _Writer(draw, noisy=draw(_BOOLEANS))
    w.wrap_width = draw(st.none() | _ints(60, 80))
    w.tight = draw(_BOOLEANS)
    w.blanks(0, 2)
    head = _Head(korean=korean)
    chrome(w, head)
    w.wide_gaps = chrome is not _chrome_none  # a one-line dump would split at a wide gap
    if chrome is not _chrome_none:
        w.blanks(1, 4)
    paragraphs = _body(w, korean=korean) if hazard is None else _body_with_hazard(w, hazard)
    _trailer(w, head)
    text = w.text()
    if draw(_BOOLEANS):
        text = text.removesuffix("\n")
    expected = Readout(
        title=head.title,
        date=head.date,
        section=head.section,
        paragraphs=tuple(paragraphs),
        title_span=head.title_span,
        date_span=head.date_span,
        section_span=head.section_span,
    )
    return text, expected


def pages() -> st.SearchStrategy[tuple[str, Readout]]:
    r"""Draw ``(text, expected)``: a realistic page dump and the readout it must parse to.

    ``text`` is assembled from the layouts of real Ministry of Foreign Affairs
    pages: chrome before the title (skip links, numbered breadcrumbs and menus,
    social-media lists, the old template, the Korean site's banner, e-newsletter
    and repost headers, or none), the title once or repeated, a date header in
    one of many spellings (or none), an English numbered or prose body or a
    Korean ``□``/prose body with nested subpoints and notes, hard-wrapped lines,
    trailers (signature, ``List``/``Prev``/``Next``, feedback footer,
    ``loading``) and white-space noise. Line endings are ``\n``; see
    :func:`with_line_endings`.

    ``expected`` carries the title, date, section and paragraphs, with the
    span of every paragraph and subpoint (marker through the end of its own
    last line) and of the title, date value and section. Its ``lines`` and
    ``warnings`` are empty.

    Returns:
        A strategy for ``(text, expected)`` pairs.

    Example:
        Pin the parser to the generated answer::

            from hypothesis import given
            from readoutparse import parse
            from readoutparse.strategies import pages

            @given(pages())
            def test_parse_finds_what_was_written(page):
                text, expected = page
                assert parse(text).structure() == expected.structure()

        >>> from hypothesis.strategies import SearchStrategy
        >>> isinstance(pages(), SearchStrategy)
        True
    """
    return _page()


def page_texts() -> st.SearchStrategy[str]:
    """Draw realistic page dumps, without their expected readouts.

    Returns:
        A strategy for the ``text`` half of :func:`pages`.

    Example:
        Feed realistic pages to code that reads them::

            from hypothesis import given
            from readoutparse import parse
            from readoutparse.strategies import page_texts

            @given(page_texts())
            def test_every_page_has_a_body(text):
                assert parse(text).paragraphs

        >>> from hypothesis.strategies import SearchStrategy
        >>> isinstance(page_texts(), SearchStrategy)
        True
    """
    return pages().map(lambda page: page[0])


# --- Readouts ---------------------------------------------------------------------------


class _Spans:
    """Hands out increasing, non-overlapping spans, as if the values were written in order."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.pos = draw(_ints(0, 200))

    def take(self, length: int) -> Span:
        start = self.pos + self.draw(_ints(0, 8))
        self.pos = start + length
        return Span(start, self.pos)


def _readout_subpoints(spans: _Spans, levels: _Levels, depth: int) -> tuple[Subpoint, ...]:
    if depth >= len(levels.markers):
        return ()
    draw = spans.draw
    items: list[Subpoint] = []
    sentences = _sentences(korean=levels.korean, high=2)
    for _ in range(draw(_ints(0, max(0, 2 - depth)))):
        marker = draw(_choice(levels.markers[depth] + levels.notes))
        text = draw(sentences)
        span = spans.take(len(marker) + 1 + len(text))
        items.append(
            Subpoint(
                marker=marker,
                text=text,
                subpoints=_readout_subpoints(spans, levels, depth + 1),
                span=span,
            )
        )
    return tuple(items)


def _readout_paragraph(spans: _Spans, number: int | None, *, korean: bool) -> Paragraph:
    draw = spans.draw
    marker = None if number is None else f"{number}."
    if korean and draw(_BOOLEANS):
        marker = "□"
    text = draw(_sentences(korean=korean))
    span = spans.take(len(marker or "") + (1 if marker else 0) + len(text))
    levels = _KO_ITEMS if korean else _EN_BULLETS
    return Paragraph(
        number=number,
        marker=marker,
        text=text,
        subpoints=_readout_subpoints(spans, levels, 0),
        span=span,
    )


def _optional_field(
    spans: _Spans, strategy: st.SearchStrategy[str]
) -> tuple[str | None, Span | None]:
    value = spans.draw(st.none() | strategy)
    return value, None if value is None else spans.take(len(value))


@st.composite
def _readout(draw: st.DrawFn) -> Readout:
    korean = draw(_BOOLEANS)
    spans = _Spans(draw)
    section, section_span = _optional_field(
        spans, _choice(_KO_SECTIONS if korean else _EN_SECTIONS)
    )
    title, title_span = _optional_field(spans, _title_strategy(korean=korean))
    date = draw(st.none() | _DATES)
    date_span = None if date is None else spans.take(len(date.isoformat()))
    numbered = not korean and draw(_BOOLEANS)
    count = draw(_ints(0, 5))
    paragraphs = tuple(
        _readout_paragraph(spans, index if numbered else None, korean=korean)
        for index in range(1, count + 1)
    )
    return Readout(
        title=title,
        date=date,
        section=section,
        paragraphs=paragraphs,
        title_span=title_span,
        date_span=date_span,
        section_span=section_span,
    )


def readouts() -> st.SearchStrategy[Readout]:
    """Draw readouts: model values for code that consumes parse results.

    Titles, sections and paragraph texts come from the same word lists as
    :func:`pages`; spans are increasing and non-overlapping but point into no
    particular text. ``lines`` and ``warnings`` are empty.

    Returns:
        A strategy for :class:`~readoutparse.Readout` values.

    Example:
        Test code that consumes readouts::

            from hypothesis import given
            from readoutparse import Readout
            from readoutparse.strategies import readouts

            @given(readouts())
            def test_json_round_trip(readout):
                assert Readout.from_dict(readout.to_dict()) == readout

        >>> from hypothesis.strategies import SearchStrategy
        >>> isinstance(readouts(), SearchStrategy)
        True
    """
    return _readout()


def with_line_endings(text: str, ending: str) -> str:
    r"""Return ``text`` with every ``\n`` replaced by ``ending``.

    Args:
        text: A page dump with ``\n`` line endings, as :func:`pages` draws.
        ending: The line ending to use: ``"\r\n"``, ``"\r"``, ``"\n"``, or another
            line break the parser accepts (``"\u2028"``, ``"\x85"``, …).

    Returns:
        The text with the new line endings. Spans into the original text do
        not carry over to the result.

    Raises:
        ValueError: If ``ending`` is not a line break.

    Example:
        >>> with_line_endings("Title\n\n1. Text.\n", "\r\n")
        'Title\r\n\r\n1. Text.\r\n'
    """
    if ending not in _LINE_ENDINGS:
        msg = f"not a line ending: {ending!r}; use '\\n', '\\r\\n', '\\r' or another line break"
        raise ValueError(msg)
    return text.replace("\n", ending)


def _pages_with_wrap_hazard(name: str) -> st.SearchStrategy[tuple[str, Readout]]:
    """Pages like :func:`pages` draws, each with the named wrap hazard (regression cases)."""
    return _page(_WRAP_HAZARDS[name])
