"""The head of a page: the title, the date header in its many spellings, the section line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs
from hypothesis import strategies as st

from readoutparse.model import Span
from readoutparse.strategies._text import (
    _DATES,
    _EN_SECTIONS,
    _KO_SECTIONS,
    _MONTH_ABBREVIATIONS,
    _MONTHS,
    _title_strategy,
)
from readoutparse.strategies._writer import _BOOLEANS, _choice, _ints, _Piece, _wrap, _Writer

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

_DEPARTMENTS: Final = ("외교부 > 북미국 > 북미1과", "외교부 > 재외동포영사실 > 재외국민보호과")
_TITLE_WRAP_MIN: Final = 30  # every line of a wrapped title but the last is this long


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
