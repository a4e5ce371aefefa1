"""The chrome before the title: skip links, breadcrumbs, menus, banners, repost headers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from readoutparse.model import Span
from readoutparse.strategies._head import (
    _clock,
    _date_line,
    _Head,
    _section_line,
    _spelled_out,
    _title_and_date,
    _write_title,
)
from readoutparse.strategies._text import _CRUMB_PARENTS, _DATES, _EN_SECTIONS
from readoutparse.strategies._writer import _BOOLEANS, _choice, _ints, _Writer

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
