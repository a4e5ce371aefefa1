"""The trailer after the body: signatures, list navigation, feedback footers, ``loading``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse.strategies._text import _title_strategy
from readoutparse.strategies._writer import _BOOLEANS, _choice, _ints, _Writer

if TYPE_CHECKING:
    from readoutparse.strategies._head import _Head

_SIGNATURES: Final = (
    "Spokesperson and Deputy Minister for Public Relations of MOFA",
    "Spokesperson and Deputy Minister for Public Relations of MOFAT",
)
_ATTACHMENTS: Final = (
    "photo",
    "world1",
    "17688%20%uD55C%uC911%20%uC678%uAD50%uC7A5%uAD00%uD68C%uB2F4%20%uACB0%uACFC.pdf",
    "첨부파일",
)


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
