"""Fixed-seed generator of realistic MOFA-like page dumps for the benchmarks.

Each page is built from ``random.Random(seed)`` alone, so a corpus is the same
on every machine and every run: ``generate_corpus(10_000, seed=20240229)``.
Pages imitate the text dumps in ``examples/``: Korean skip links, a section
name, a numbered breadcrumb, a toolbar line, a title (sometimes twice), a
date header in one of several spellings (or none), 3-12 paragraphs of
English or Korean sentences of realistic length (numbered ``1.`` or Korean
``□`` items), ``O`` / ``ㅇ`` / ``-`` subpoints, and a trailing ``loading``.

Every page carries the answer it was built with (title, date, section,
paragraph count), so a run can check that the parser reads the corpus as
intended and is not timing an unrealistic shortcut.

``real_layout_pages()`` is the other corpus: the project's own page dumps
(``examples/``, every fixture page under ``tests/fixtures/`` and the shared
corpus beside the checkout, when present), shorter and less regular than the
generated pages. ``fixed_width_page(width)`` is a page whose lines all have
the same length, for the memory figures.

Run ``python benchmarks/generate.py --count 5`` to print a few pages.
"""

# ruff: noqa: INP001, T201 - benchmarks/ is a folder of scripts, and scripts print

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

CORPUS_SEED: Final = 20240229
"""The seed of the benchmark corpus; change it only together with the recorded figures."""

ROOT: Final = Path(__file__).resolve().parent.parent
SEED_PAGE: Final = ROOT / "examples" / "2024-02-29-rok-us-fm-washington.txt"
"""The page the scaling benchmark multiplies."""

_MIN_PARAGRAPHS: Final = 3
_MAX_PARAGRAPHS: Final = 12
_FIRST_DAY: Final = dt.date(2012, 1, 1)
_DAYS: Final = 14 * 365

# How often each variant appears (the share of pages, paragraphs or subpoints).
_KOREAN_PAGES: Final = 0.3
_SKIP_LINKS_ON_ONE_LINE: Final = 0.6
_KOREAN_BOX_ITEMS: Final = 0.6
_DASH_UNDER_SUBPOINT: Final = 0.3
_TITLE_ONCE: Final = 0.8
_DATE_HEADER: Final = 0.9
_KOREAN_END_MARK: Final = 0.3
_TRAILING_LOADING: Final = 0.85
_WINDOWS_LINE_ENDINGS: Final = 0.1

# --- English vocabulary ----------------------------------------------------------------

_EN_COUNTRIES: Final = (
    "U.S.",
    "Japan",
    "China",
    "Australia",
    "Canada",
    "Germany",
    "France",
    "United Kingdom",
    "India",
    "Indonesia",
    "Viet Nam",
    "Poland",
    "Mongolia",
    "Kazakhstan",
    "Brazil",
    "Chile",
    "Saudi Arabia",
    "Türkiye",
    "New Zealand",
    "Philippines",
)
_EN_MINISTERS: Final = (
    "Minister of Foreign Affairs Cho Tae-yul",
    "Minister of Foreign Affairs Park Jin",
    "Minister of Foreign Affairs Chung Eui-yong",
    "First Vice Minister of Foreign Affairs Kim Hong-kyun",
    "Second Vice Minister of Foreign Affairs Kang In-sun",
    "Deputy Minister for Political Affairs Chung Byung-won",
)
_EN_SUBJECTS: Final = (
    "The two ministers",
    "Both sides",
    "The Ministers",
    "The two sides",
    "Minister Cho",
    "The Vice Minister",
    "The delegations",
    "The Foreign Minister",
)
_EN_VERBS: Final = (
    "agreed to further strengthen",
    "reaffirmed their commitment to",
    "exchanged views on",
    "expressed concern about",
    "welcomed the progress made in",
    "noted with appreciation",
    "discussed ways to expand",
    "underscored the importance of",
    "agreed to closely coordinate on",
    "shared the view that they should deepen",
    "committed to continuing cooperation on",
)
_EN_OBJECTS: Final = (
    "the ROK-U.S. Alliance",
    "trilateral cooperation among the ROK, the U.S. and Japan",
    "the denuclearization of the Korean Peninsula",
    "economic security and supply chain resilience",
    "cooperation in critical minerals, semiconductors and batteries",
    "the Indo-Pacific Strategy",
    "climate change and the clean energy transition",
    "people-to-people exchanges and cultural ties",
    "the situation in Ukraine and the Middle East",
    "North Korea's nuclear and missile programs",
    "global health security",
    "the upcoming G20 Summit",
    "high-level exchanges between the two countries",
    "cooperation at the UN Security Council",
)
_EN_TAILS: Final = (
    "in the meeting held at the Ministry on the afternoon of {day}",
    "as this year marks the {nth} anniversary of diplomatic relations",
    (
        "while noting that the two countries share the values of freedom, democracy"
        " and the rule of law"
    ),
    "and agreed to hold the next meeting in Seoul at a mutually convenient time",
    "on the sidelines of the ASEAN-related Foreign Ministers' Meetings",
    "so that the partnership can deliver tangible benefits to the peoples of both countries",
    "in light of the rapidly changing international landscape",
    "including through the follow-up measures agreed at the summit last year",
)
_EN_TITLES: Final = (
    "Outcome of ROK-{country} Foreign Ministers’ Meeting",
    "Foreign Minister Holds Talks with {country} Counterpart",
    "Vice Foreign Minister Meets with {country} Deputy Foreign Minister",
    "Outcome of the {nth} ROK-{country} Strategic Dialogue",
    "Minister of Foreign Affairs Holds Phone Call with {country} Foreign Minister",
    "ROK and {country} Sign Memorandum of Understanding on Economic Security Cooperation",
)
_EN_SECTIONS: Final = ("Press Releases", "Ministry News", "Bilateral Relations", "Press Briefings")
_ORDINALS: Final = ("2nd", "3rd", "5th", "10th", "15th", "30th", "60th", "70th")

# --- Korean vocabulary -----------------------------------------------------------------

_KO_COUNTRIES: Final = (
    "미국",
    "일본",
    "중국",
    "호주",
    "캐나다",
    "독일",
    "프랑스",
    "영국",
    "인도",
    "인도네시아",
    "베트남",
    "폴란드",
    "몽골",
    "카자흐스탄",
    "칠레",
    "사우디아라비아",
)
_KO_SUBJECTS: Final = (
    "조태열 외교부장관은",
    "양 장관은",
    "양측은",
    "외교부는",
    "김홍균 제1차관은",
    "강인선 제2차관은",
    "참석자들은",
)
_KO_WHEN: Final = (
    "{m}.{d}.(목) 오후",
    "{m}.{d}.(화) 서울에서",
    "{m}.{d}.(현지시간)",
    "이번 회담에서",
)
_KO_OBJECTS: Final = (
    "한미동맹 강화 방안",
    "한미일 협력의 제도화",
    "북한 비핵화를 위한 공조",
    "핵심광물 공급망 협력",
    "경제안보 분야 실질 협력",
    "인도-태평양 지역의 평화와 안정",
    "기후변화 대응을 위한 개발협력",
    "재외국민 보호를 위한 영사 협력",
    "양국 간 인적 교류 확대",
    "우크라이나 및 중동 정세",
)
_KO_VERBS: Final = (
    "{}에 대해 의견을 교환하였다.",
    "{}{obj} 위해 긴밀히 협력해 나가기로 하였다.",
    "{}의 중요성에 공감하였다.",
    "{}{obj} 지속 강화해 나가기로 하였다.",
    "{}에 대한 우리 정부의 입장을 설명하였다.",
    "{}{obj} 위한 구체적인 후속 조치를 논의하였다.",
)
_HANGUL_FIRST: Final = 0xAC00
_HANGUL_FINALS: Final = 28
_KO_TITLES: Final = (
    "한-{country} 외교장관회담 결과",
    "외교부장관, {country} 외교장관과 통화",
    "제{n}차 한-{country} 전략대화 개최 결과",
    "외교부 제1차관, {country} 외교차관 면담",
    "한-{country} 외교·국방장관 회의 개최",
)
_KO_SECTIONS: Final = ("보도자료", "외교부 소식", "장관동정", "보도설명자료")


@dataclass(frozen=True, slots=True)
class Page:
    """A generated page dump and the answer it was built with."""

    text: str
    title: str
    date: dt.date | None
    section: str
    paragraphs: int
    korean: bool


def _en_sentence(rng: random.Random) -> str:
    day = f"{rng.choice(('February', 'May', 'October'))} {rng.randint(1, 28)}"
    tail = rng.choice(_EN_TAILS).format(day=day, nth=rng.choice(_ORDINALS))
    subject = rng.choice((*_EN_SUBJECTS, rng.choice(_EN_MINISTERS)))
    topics = rng.sample(_EN_OBJECTS, rng.choice((1, 2)))
    return " ".join([subject, rng.choice(_EN_VERBS), " and ".join(topics), tail]) + "."


def _ko_sentence(rng: random.Random) -> str:
    when = rng.choice(_KO_WHEN).format(m=rng.randint(1, 12), d=rng.randint(1, 28))
    topics = rng.sample(_KO_OBJECTS, rng.choice((1, 2)))
    # The object particle follows the last syllable: 을 after a final consonant, else 를.
    final = (ord(topics[-1][-1]) - _HANGUL_FIRST) % _HANGUL_FINALS
    verb = rng.choice(_KO_VERBS).format(" 및 ".join(topics), obj="을" if final else "를")
    return f"{rng.choice(_KO_SUBJECTS)} {when} {verb}"


def _sentences(rng: random.Random, *, korean: bool, low: int, high: int) -> str:
    make = _ko_sentence if korean else _en_sentence
    return " ".join(make(rng) for _ in range(rng.randint(low, high)))


def _chrome_head(rng: random.Random, section: str, *, korean: bool) -> list[str]:
    skip = ["바로가기 메뉴", "본문 바로가기", "주메뉴 바로가기"]
    head = [" ".join(skip)] if rng.random() < _SKIP_LINKS_ON_ONE_LINE else [*skip, "검색창 열기"]
    head += [section, "", section, ""]
    crumbs = rng.randint(1, 3)
    head += [f"  {i}. {section}" for i in range(1, crumbs + 1)]
    head.append("  • 글자크기" if korean else "  • Font Size")
    return [*head, ""]


def _date_lines(rng: random.Random, date: dt.date, *, korean: bool) -> list[str]:
    iso, dotted = date.isoformat(), date.strftime("%Y.%m.%d")
    spelled = f"{date.strftime('%b')}. {date.day}, {date.year}"
    choices: tuple[list[str], ...] = (
        ["등록일", iso],
        ["작성일", dotted],
        [f"등록일 {dotted}"],
        [f"{date.year}년 {date.month}월 {date.day}일"],
    )
    if not korean:
        choices = (["DATE", iso], ["DATE", iso], ["Date : " + iso], ["DATE", dotted], [spelled])
    return [*rng.choice(choices), ""]


def _body(rng: random.Random, count: int, *, korean: bool) -> list[str]:
    boxes = korean and rng.random() < _KOREAN_BOX_ITEMS
    lines: list[str] = []
    for number in range(1, count + 1):
        marker = "□" if boxes else f"{number}."
        lines += [f"{marker} {_sentences(rng, korean=korean, low=1, high=4)} "]
        lines += [""] * rng.choice((1, 1, 1, 2, 2, 0))
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 3))):
            lines += _subpoint(rng, korean=korean)
    return lines


def _subpoint(rng: random.Random, *, korean: bool) -> list[str]:
    bullet = rng.choice(("ㅇ", "  ㅇ", "○")) if korean else "O"
    lines = [f"{bullet} {_sentences(rng, korean=korean, low=1, high=2)}", ""]
    if rng.random() < _DASH_UNDER_SUBPOINT:
        lines += [f"    - {_sentences(rng, korean=korean, low=1, high=1)}", ""]
    return lines


def _title(rng: random.Random, *, korean: bool) -> str:
    if korean:
        return rng.choice(_KO_TITLES).format(country=rng.choice(_KO_COUNTRIES), n=rng.randint(2, 9))
    return rng.choice(_EN_TITLES).format(country=rng.choice(_EN_COUNTRIES), nth="3rd")


def generate_page(rng: random.Random) -> Page:
    """Build one page from ``rng``; the same state gives the same page."""
    korean = rng.random() < _KOREAN_PAGES
    section = rng.choice(_KO_SECTIONS if korean else _EN_SECTIONS)
    title = _title(rng, korean=korean)
    date = _FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS))
    lines = _chrome_head(rng, section, korean=korean)
    lines += [title, "", ""] if rng.random() < _TITLE_ONCE else [title, "", title, ""]
    has_date = rng.random() < _DATE_HEADER
    if has_date:
        lines += _date_lines(rng, date, korean=korean)
    count = rng.randint(_MIN_PARAGRAPHS, _MAX_PARAGRAPHS)
    lines += _body(rng, count, korean=korean)
    if korean and rng.random() < _KOREAN_END_MARK:
        lines += ["                                          끝.", ""]
    lines += ["loading"] if rng.random() < _TRAILING_LOADING else []
    newline = "\r\n" if rng.random() < _WINDOWS_LINE_ENDINGS else "\n"
    return Page(
        text=newline.join(lines) + newline,
        title=title,
        date=date if has_date else None,
        section=section,
        paragraphs=count,
        korean=korean,
    )


def generate_corpus(count: int, seed: int = CORPUS_SEED) -> list[Page]:
    """Return ``count`` pages generated from ``seed``; a prefix of a larger corpus."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    return [generate_page(rng) for _ in range(count)]


_PARAGRAPH_RE: Final = re.compile(r"^(\d+)\. ", re.MULTILINE)


def scaled_page(factor: int, seed_text: str | None = None) -> str:
    """Return the seed page with its paragraphs repeated ``factor`` times, renumbered.

    The head (chrome, title, date) and the tail (``loading``) stay as they
    are, so the page is about ``factor`` times the seed page's size.
    """
    text = SEED_PAGE.read_text(encoding="utf-8") if seed_text is None else seed_text
    starts = [match.start() for match in _PARAGRAPH_RE.finditer(text)]
    tail_at = text.rindex("loading")
    head, tail = text[: starts[0]], text[tail_at:]
    bodies = [
        text[start:end].split(" ", 1)[1]
        for start, end in zip(starts, [*starts[1:], tail_at], strict=True)
    ]
    target = factor * len(text) - len(head) - len(tail)
    paragraphs: list[str] = []
    size = 0
    while size < target:
        paragraphs.append(f"{len(paragraphs) + 1}. {bodies[len(paragraphs) % len(bodies)]}")
        size += len(paragraphs[-1])
    return head + "".join(paragraphs) + tail


REAL_LAYOUT_FOLDERS: Final = (
    ("examples", ROOT / "examples", "*.txt"),
    ("fixture", ROOT / "tests" / "fixtures", "**/*.txt"),
    ("corpus", ROOT.parent / "shared" / "corpus", "**/*.txt"),
)
"""Where the real-layout pages are: a name, a folder (skipped when missing), a pattern."""


def real_layout_pages() -> list[tuple[str, str]]:
    """Return the project's page dumps as ``(name, text)``, sorted, line endings kept."""
    pages = []
    for label, folder, pattern in REAL_LAYOUT_FOLDERS:
        for path in sorted(folder.glob(pattern)):
            text = path.read_bytes().decode("utf-8", errors="surrogateescape")
            pages.append((f"{label}:{path.relative_to(folder).as_posix()}", text))
    return pages


_FIXED_WIDTH_HEAD: Final = "Press Releases\n\nTalks held in Seoul\n\nDate\n2024-02-29\n\n"
_LINES_PER_PARAGRAPH: Final = 4


def fixed_width_page(width: int, size: int = 100_000, seed: int = CORPUS_SEED) -> str:
    """Return a page of about ``size`` characters whose body lines are all ``width`` long.

    A short head (section, title, date) is followed by numbered English
    paragraphs of four lines each, every line ``width`` ASCII characters (a
    wrapped sentence, padded with spaces where a word did not fit), with a blank
    line between paragraphs. ASCII, so characters and UTF-8 bytes are the same.
    """
    rng = random.Random(seed)  # noqa: S311 - a reproducible page, not a secret
    lines = [_FIXED_WIDTH_HEAD]
    number = 1
    size_so_far = len(_FIXED_WIDTH_HEAD)
    while size_so_far < size:
        words = f"{number}. {_sentences(rng, korean=False, low=4, high=6)}".split()
        for _ in range(_LINES_PER_PARAGRAPH):
            line = words.pop(0)
            while words and len(line) + 1 + len(words[0]) <= width:
                line += " " + words.pop(0)
            lines.append(line[:width].ljust(width) + "\n")
        lines.append("\n")
        size_so_far += (width + 1) * _LINES_PER_PARAGRAPH + 1
        number += 1
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print or write a few generated pages."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=3, help="how many pages (default 3)")
    parser.add_argument("--seed", type=int, default=CORPUS_SEED, help="the generator's seed")
    parser.add_argument("--out", type=Path, help="write page-NNNNN.txt files to this folder")
    args = parser.parse_args(argv)
    pages = generate_corpus(args.count, args.seed)
    for index, page in enumerate(pages):
        if args.out is None:
            print(f"----- page {index}: {page.paragraphs} paragraphs -----")
            print(page.text)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"page-{index:05}.txt").write_text(page.text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
