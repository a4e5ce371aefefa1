"""Prose, titles, sections and months: the word lists and the strategies that draw from them."""

from __future__ import annotations

import datetime as dt
from typing import Final

from hypothesis import strategies as st

from readoutparse.strategies._writer import _ints, _Writer

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
