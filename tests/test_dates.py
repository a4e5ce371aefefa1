"""Dates: every spelling in LAYOUTS.md, invalid calendar dates, labels and the date header."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from readoutparse import _dates, parse
from readoutparse._dates import (
    _SPELLED_DATE_RE,
    DATE_LABEL_RE,
    EDITION_RE,
    META_LABEL_RE,
    FoundDate,
    bare_date,
    find_date,
    is_modified_label,
    spelled_ascii_value,
    spelled_value_by_dateutil,
)

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

SPELLINGS = [
    ("2024-02-29", dt.date(2024, 2, 29), "2024-02-29"),
    ("2018.03.07", dt.date(2018, 3, 7), "2018.03.07"),
    ("2021. 10. 6. 01:35", dt.date(2021, 10, 6), "2021. 10. 6."),
    ("2024/3/1", dt.date(2024, 3, 1), "2024/3/1"),
    ("2024-2-9", dt.date(2024, 2, 9), "2024-2-9"),
    ("05/07/2024", dt.date(2024, 5, 7), "05/07/2024"),
    # Day first where the first number can be no month (a diaspora paper's '20/01/2009. 10:46').
    ("20/01/2009. 10:46", dt.date(2009, 1, 20), "20/01/2009"),
    ("2024년 2월 29일", dt.date(2024, 2, 29), "2024년 2월 29일"),
    ("2024년2월29일", dt.date(2024, 2, 29), "2024년2월29일"),
    ("May 22,2025", dt.date(2025, 5, 22), "May 22,2025"),
    ("Dec. 31, 2013 14:30 KST", dt.date(2013, 12, 31), "Dec. 31, 2013"),
    ("Feb. 29, 2024", dt.date(2024, 2, 29), "Feb. 29, 2024"),
    ("February 29th, 2024", dt.date(2024, 2, 29), "February 29th, 2024"),
    ("Sept. 3, 2019", dt.date(2019, 9, 3), "Sept. 3, 2019"),
    ("dec 31 2013", dt.date(2013, 12, 31), "dec 31 2013"),
    ("29 February 2024", dt.date(2024, 2, 29), "29 February 2024"),
    ("1st March 2024", dt.date(2024, 3, 1), "1st March 2024"),
    ("March 5, 2010", dt.date(2010, 3, 5), "March 5, 2010"),
    # Full-width digits and separators, as Korean pages sometimes type them.
    ("２０２４년 ２월 ２９일", dt.date(2024, 2, 29), "２０２４년 ２월 ２９일"),
    ("２０２４-０２-２９", dt.date(2024, 2, 29), "２０２４-０２-２９"),
    ("２０２４．０２．２９．", dt.date(2024, 2, 29), "２０２４．０２．２９．"),
    ("２０２４／３／１", dt.date(2024, 3, 1), "２０２４／３／１"),
    ("０５／０７／２０２４", dt.date(2024, 5, 7), "０５／０７／２０２４"),
    ("Feb. ２９, ２０２４", dt.date(2024, 2, 29), "Feb. ２９, ２０２４"),
    ("２９ February ２０２４", dt.date(2024, 2, 29), "２９ February ２０２４"),
]


@pytest.mark.parametrize(("text", "value", "matched"), SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_find_date_reads_every_spelling(text: str, value: dt.date, matched: str) -> None:
    """Each date spelling seen on real pages gives its calendar date and the text it spans."""
    found = find_date(text)
    assert found is not None
    assert (value, matched) == (found.value, text[found.start : found.end])


@pytest.mark.parametrize(
    "text",
    ["2024-02-30", "2023-02-29", "2024-13-01", "02/30/2024", "Feb. 30, 2024", "31 June 2024"],
)
def test_invalid_calendar_dates_are_found_without_a_value(text: str) -> None:
    """A date-shaped string that is no calendar date is found, with value None."""
    found = find_date(text)
    assert found is not None
    assert (None, 0, len(text)) == (found.value, found.start, found.end)


def test_spelled_date_dateutil_rejects_has_no_value() -> None:
    """``May 32, 2024`` is spelled like a date but dateutil rejects it: value None, no error."""
    assert FoundDate(None, 0, 12) == find_date("May 32, 2024")


@pytest.mark.parametrize("text", ["no date", "12024-02-29", "2024-02-291", "Mayday 2024", ""])
def test_find_date_finds_nothing_where_there_is_no_date(text: str) -> None:
    """Digits glued to a date or month-like words are no date."""
    assert find_date(text) is None


def test_find_date_returns_the_first_date() -> None:
    """With several dates, the leftmost wins, whatever its spelling."""
    assert FoundDate(dt.date(2010, 3, 5), 0, 12) == find_date("March 5 2010 and 2010-03-04")


def test_find_date_prefers_an_earlier_numeric_date() -> None:
    """A numeric date before a spelled one is the one found."""
    assert FoundDate(dt.date(2010, 3, 4), 0, 10) == find_date("2010-03-04 and March 5 2010")


def test_find_date_starts_at_pos() -> None:
    """find_date looks only from ``pos`` on, and offsets stay those of the whole text."""
    assert FoundDate(dt.date(2024, 3, 1), 17, 27) == find_date("aa 2024-02-29 bb 2024-03-01", 14)


# --- bare dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2022.08.05 외교부", dt.date(2022, 8, 5)),
        ("(2024-02-29)", dt.date(2024, 2, 29)),
        ("[2024-02-29]", dt.date(2024, 2, 29)),
    ],
)
def test_bare_date_is_a_date_at_the_start_of_a_short_line(text: str, value: dt.date) -> None:
    """A short line starting with a date (after an opening bracket at most) has a bare date."""
    found = bare_date(text)
    assert found is not None
    assert value == found.value


_NUMERIC_FORMS = [
    *("{y}-{m:02d}-{d:02d}", "{y}.{m}.{d}.", "{y}년 {m}월 {d}일", "{m:02d}/{d:02d}/{y}"),
    *("{y}－{m:02d}－{d:02d}", "{y}．{m}．{d}．", "{m:02d}／{d:02d}／{y}"),  # full-width separators
]


@given(st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)), st.sampled_from(_NUMERIC_FORMS))
def test_full_width_digits_read_as_their_ascii_twins(date: dt.date, form: str) -> None:
    """A date in full-width digits is found with the value and extent of its ASCII spelling."""
    text = form.format(y=date.year, m=date.month, d=date.day)
    wide = find_date(text.translate(_FULL_WIDTH))
    assert wide is not None
    assert (date, 0, len(text)) == (wide.value, wide.start, wide.end)


def test_a_line_starting_with_a_full_width_digit_passes_the_date_gate() -> None:
    """Each full-width digit opens a bare date: the bare-date rule's gate lets it through."""
    from readoutparse._classify import RULES  # noqa: PLC0415 - this test's only use

    gate = next(rule.gate for rule in RULES if rule.name == "bare_date")
    assert gate.first is not None
    assert all(gate.first(digit) for digit in "０１２３４５６７８９")
    years = [1000 * digit + 24 for digit in range(10)]  # ００２４ to ９０２４
    pages = [f"Talks held\n\n{year:04d}년 １월 ２일\n\n1. They met.\n" for year in years]
    wide = [page.translate(_FULL_WIDTH) for page in pages]
    assert [dt.date(year, 1, 2) for year in years] == [parse(page).date for page in wide]


def test_full_width_date_after_a_label_is_the_date_not_the_title() -> None:
    """``DATE`` then a full-width ISO date: the date header, and the title stays the title."""
    readout = parse("Talks held\n\nDATE\n２０２４-０２-２９\n\n1. The two sides met in Seoul.\n")
    assert ("Talks held", dt.date(2024, 2, 29), ()) == (
        readout.title,
        readout.date,
        readout.warnings,
    )


def test_bare_date_needs_the_date_first() -> None:
    """A date after words is no bare date."""
    assert bare_date("on 2024-02-29") is None


def test_bare_date_ignores_long_lines() -> None:
    """A line over 100 characters is no bare-date line."""
    assert bare_date("2024-02-29 " + "x" * 95) is None


def test_bare_date_needs_a_date() -> None:
    """A short line without a date has no bare date."""
    assert bare_date("Talks held") is None


# --- labels -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "modified"),
    [
        ("수정일", True),
        ("수정일자", True),
        ("수정일시", True),
        ("Last Updated", True),
        ("updated", True),
        ("등록일", False),
        ("작성일", False),
        ("DATE", False),
    ],
)
def test_is_modified_label(label: str, *, modified: bool) -> None:
    """Modification labels (``수정일``, ``Last updated``) are told from publication labels."""
    assert modified == is_modified_label(label)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("DATE", "DATE"),
        ("  • Date : 2018-06-14", "Date"),
        ("- 등록일자: 2021-06-21", "등록일자"),
        ("Date of issue 2024-01-01", "Date of issue"),
        ("Posted on May 1, 2024", "Posted on"),
        ("게시일시", "게시일시"),
    ],
)
def test_date_label_pattern_names_the_label(text: str, label: str) -> None:
    """DATE_LABEL_RE finds the label at the start of a line, after bullets and spaces."""
    match = DATE_LABEL_RE.match(text)
    assert match is not None
    assert label == match["label"]


def test_date_label_pattern_needs_a_word_boundary() -> None:
    """``Dated`` is not the ``Date`` label."""
    assert DATE_LABEL_RE.match("Dated documents") is None


@pytest.mark.parametrize(
    ("text", "group", "value"),
    [
        ("Hit : 1012", "count", "1012"),
        ("조회수 861", "count", "861"),
        ("조회수", "count", None),
        ("부서명", "value", None),
        ("Writer: Kim", "value", "Kim"),
        ("조회수 : 12 · 추천 0", "count", "12"),  # a separator, then the next field
    ],
)
def test_meta_label_pattern(text: str, group: str, value: str | None) -> None:
    """META_LABEL_RE matches hit counters and fields; a counter's count is in group ``count``.

    A field's value after a colon is in group ``value``.
    """
    match = META_LABEL_RE.match(text)
    assert match is not None
    assert value == match[group]


@pytest.mark.parametrize(
    "text",
    ["Hit 8 people were hurt.", "• Hit:8 SSS s.", "조회수 12 작성일", "•Hit 10\udc98노이에서"],
)
def test_meta_label_pattern_reads_no_counter_with_words_after_its_count(text: str) -> None:
    """A counter's value is its count: words after it make a sentence, not a field."""
    assert META_LABEL_RE.match(text) is None


def test_edition_pattern_matches_the_edition_prefix() -> None:
    """EDITION_RE matches ``[127th Edition]`` at the start of an e-newsletter line."""
    match = EDITION_RE.match("[127th Edition] Apr. 16, 2013")
    assert match is not None
    assert "[127th Edition]" == match.group()


# --- the date header, through parse() -----------------------------------------------------------


HEADERS = [
    ("DATE\n2024-02-29", dt.date(2024, 2, 29), "2024-02-29"),
    ("Date\n2015-03-21\nhit\n2763", dt.date(2015, 3, 21), "2015-03-21"),
    ("  • Date : 2018-06-14 16:38:17\n  • Hit : 1012", dt.date(2018, 6, 14), "2018-06-14"),
    ("등록일\n2021-06-21\n조회수\n861", dt.date(2021, 6, 21), "2021-06-21"),
    ("작성일\n2017-11-05", dt.date(2017, 11, 5), "2017-11-05"),
    ("Date :\nMay 22,2025", dt.date(2025, 5, 22), "May 22,2025"),
    ("Dec. 31, 2013 14:30 KST", dt.date(2013, 12, 31), "Dec. 31, 2013"),
    ("DATE\n2021. 10. 6. 01:35", dt.date(2021, 10, 6), "2021. 10. 6."),
    ("DATE\n2018.03.07", dt.date(2018, 3, 7), "2018.03.07"),
    ("Date\n05/07/2024", dt.date(2024, 5, 7), "05/07/2024"),
    ("Date\n31/07/2024", dt.date(2024, 7, 31), "31/07/2024"),
    ("2024년 2월 29일", dt.date(2024, 2, 29), "2024년 2월 29일"),
    ("29 February 2024", dt.date(2024, 2, 29), "29 February 2024"),
    ("2022.08.05 외교부", dt.date(2022, 8, 5), "2022.08.05"),
    ("등록일\n２０２４년 ２월 ２９일", dt.date(2024, 2, 29), "２０２４년 ２월 ２９일"),
    ("DATE\n２０２４-０２-２９", dt.date(2024, 2, 29), "２０２４-０２-２９"),
    ("２０２４．０２．２９ 외교부", dt.date(2024, 2, 29), "２０２４．０２．２９"),
]


@pytest.mark.parametrize(("header", "value", "source"), HEADERS, ids=[h[0] for h in HEADERS])
def test_date_header_sets_the_date_and_its_span(header: str, value: dt.date, source: str) -> None:
    """Each date-header layout gives the page's date; date_span points at the date's source."""
    text = f"Talks held\n\n{header}\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert readout.date_span is not None
    assert (value, source, ()) == (
        readout.date,
        text[readout.date_span.start : readout.date_span.end],
        readout.warnings,
    )


def test_registration_date_wins_over_an_earlier_modification_date() -> None:
    """``수정일`` listed before ``등록일``: the registration date is the publication date."""
    text = "회담 결과\n\n수정일\n2025-03-22\n등록일\n2021-06-21\n\n□ 양국 장관은 회담을 가졌다.\n"
    assert dt.date(2021, 6, 21) == parse(text).date


def test_registration_date_wins_over_a_later_modification_date() -> None:
    """``등록일`` before ``수정일``: still the registration date."""
    text = "회담 결과\n\n등록일 2021-06-21\n수정일 2025-03-22\n\n□ 양국 장관은 회담을 가졌다.\n"
    assert dt.date(2021, 6, 21) == parse(text).date


def test_labelled_date_wins_over_a_bare_date() -> None:
    """A labelled date is preferred to an unlabelled dateline."""
    text = "Talks\n\n2020-01-01\n\nDATE\n2024-02-29\n\n1. The two sides met.\n"
    assert dt.date(2024, 2, 29) == parse(text).date


def test_bare_date_wins_over_a_modification_date() -> None:
    """An unlabelled dateline is preferred to a modification date."""
    text = "Talks\n\nLast updated 2025-01-01\n\n2024-02-29\n\n1. The two sides met.\n"
    assert dt.date(2024, 2, 29) == parse(text).date


def test_modification_date_alone_is_the_date() -> None:
    """With no other date, a modification date is used."""
    text = "회담 결과\n\n수정일\n2025-03-22\n\n□ 양국 장관은 회담을 가졌다.\n"
    assert dt.date(2025, 3, 22) == parse(text).date


def test_dates_inside_the_body_are_not_the_date() -> None:
    """A date a body sentence mentions is never the date; a date line after the body is."""
    text = "Talks held\n\n1. The two sides met on 2024-02-29.\n\n2024-03-01\n"
    assert dt.date(2024, 3, 1) == parse(text).date
    assert parse("Talks held\n\n1. The two sides met on 2024-02-29.\n").date is None


def test_date_in_the_title_is_not_the_date() -> None:
    """A date inside the headline does not make a date header."""
    assert parse("Talks held on 29 February 2024\n\n1. The two sides met.\n").date is None


def test_edition_line_date_is_the_date() -> None:
    """An e-newsletter edition line carries the page's date."""
    text = "e-Newsletter\n\n[127th Edition] Apr. 16, 2013\n\nTalks held\n\n1. The two sides met.\n"
    assert dt.date(2013, 4, 16) == parse(text).date


# --- spelled-out dates without dateutil --------------------------------------------------------


_SPELLED_SOURCE = _dates._SOURCES["_SPELLED_DATE_RE"]  # noqa: SLF001 - the pattern's own source


@example("Feb. 29, 2024")
@example("February 30, 2024")
@example("May 22,2025")
@example("1st March 2024")
@example("29th Sept. 2019")
@example("dec 0 2013")
@given(st.from_regex(re.compile(_SPELLED_SOURCE), alphabet=st.characters(max_codepoint=127)))
def test_ascii_spelled_dates_read_as_dateutil_reads_them(text: str) -> None:
    match = _SPELLED_DATE_RE.search(text)
    if match is None:  # the stdlib pattern that drew it reads \b a little differently
        return
    assert spelled_ascii_value(match.group()) == spelled_value_by_dateutil(match.group())
