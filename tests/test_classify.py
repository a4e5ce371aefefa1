"""Stage 2: what each line looks like on its own (the RULES table, in precedence order)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from readoutparse import _captions, _dates, _phrases
from readoutparse import _vocabulary as vocab
from readoutparse._classify import (
    _PLANS,
    _PLANS_MAX,
    _SHORT_OTHER,
    RULES,
    Gate,
    classify,
    classify_all,
    classify_body,
    is_heading,
    looks_like_headline,
)
from readoutparse._dates import DATE_LABELS, META_LABELS, TITLE_LABELS
from readoutparse._lines import SourceLine, split_lines
from readoutparse._page import MAX_MARKER_CHARS
from readoutparse._rules import (
    _initial,
    chrome_key,
    match_bullet,
    match_date_label,
    match_number,
    match_phrase,
    match_skip_link_run,
    section_key,
)
from readoutparse._shape import Classified, Shape, is_prose
from readoutparse._text import gate_text, looks_like_title
from readoutparse._vocabulary import (
    initials,
    words_pattern,
)
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from collections.abc import Callable


def _line(text: str, indent: int = 0) -> SourceLine:
    """A stripped source line at ``indent`` on line 1."""
    return SourceLine(
        lineno=1, start=indent, end=indent + len(text), indent=indent, text=text, blank_before=True
    )


def _shape(text: str) -> tuple[Shape, LineKind]:
    found = classify(_line(text))
    return found.shape, found.chrome


# --- whole-line chrome phrases --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("바로가기 메뉴", LineKind.NAVIGATION),
        ("본문 바로가기", LineKind.NAVIGATION),
        ("주메뉴 바로가기", LineKind.NAVIGATION),
        ("검색창 열기", LineKind.NAVIGATION),
        ("Skip navigation", LineKind.NAVIGATION),
        ("KOR", LineKind.NAVIGATION),
        ("Ministry of Foreign Affairs REPUBLIC OF KOREA", LineKind.NAVIGATION),
        ("Countries Information", LineKind.NAVIGATION),
        ("gnb content footer", LineKind.NAVIGATION),
        ("외교부", LineKind.NAVIGATION),
        ("뉴스레터스킨01", LineKind.NAVIGATION),
        ("Font Size", LineKind.TOOLBAR),
        ("• Font Size", LineKind.TOOLBAR),
        ("SCREEN SIZE", LineKind.TOOLBAR),
        ("URL Copy", LineKind.TOOLBAR),
        ("Print", LineKind.TOOLBAR),
        ("기사출력 트위터 페이스북", LineKind.TOOLBAR),
        ("article print twitter facebook", LineKind.TOOLBAR),
        ("loading", LineKind.LOADING),
        ("Loading...", LineKind.LOADING),
        ("List", LineKind.PAGER),
        ("Prev", LineKind.PAGER),
        ("Next", LineKind.PAGER),
        ("목록", LineKind.PAGER),
        ("Featured Topics", LineKind.FOOTER),
        ("NEWSLETTER", LineKind.FOOTER),
        ("photo", LineKind.FOOTER),
        ("메뉴담당부서", LineKind.FOOTER),
        ("외교부 개요", LineKind.FOOTER),
        ("* unofficial translation", LineKind.FOOTER),
        ("첨부파일", LineKind.FOOTER),
    ],
)
def test_phrase_tables_give_the_chrome_kind(text: str, kind: LineKind) -> None:
    """A whole line that is a known chrome phrase (case and bullets ignored) is that chrome."""
    assert (Shape.CHROME, kind) == _shape(text)


def test_phrase_match_folds_inner_white_space() -> None:
    """Phrases are compared after white space is folded: ``Font``, NBSP, ``Size`` is a toolbar."""
    assert (Shape.CHROME, LineKind.TOOLBAR) == _shape("Font\u00a0  Size")


def test_phrase_match_ignores_a_trailing_colon() -> None:
    """A trailing colon or pipe does not hide a phrase (``Print :``)."""
    assert (Shape.CHROME, LineKind.TOOLBAR) == _shape("Print :")


@pytest.mark.parametrize(
    "text",
    ["Press Releases", "Ministry News", "Bilateral Relations", "보도자료", "뉴포커스", "브리핑룸"],
)
def test_known_section_names_are_section_names(text: str) -> None:
    """A known section heading on its own line has the section-name shape."""
    assert Shape.SECTION_NAME is classify(_line(text)).shape


def test_section_name_with_detail_view_suffix_is_a_section_name() -> None:
    """The old template's ``Press Releases 상세보기`` is the ``Press Releases`` heading."""
    assert Shape.SECTION_NAME is classify(_line("Press Releases 상세보기")).shape


def test_unknown_heading_with_detail_view_suffix_is_navigation() -> None:
    """``X 상세보기`` where X is no known section is a navigation link."""
    assert (Shape.CHROME, LineKind.NAVIGATION) == _shape("Bilateral 상세보기")


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("- 30 -", Shape.END_MARK),  # a news release's end mark
        ("-END-", Shape.END_MARK),
        ("- 30 years of ties", Shape.BULLET),
        ("O O", Shape.BULLET),  # the letter O's bullet, with the letter O as its text
        ("□ □", Shape.BOX),  # a box whose text is a box: the rendering of a '□' paragraph
    ],
)
def test_a_news_release_end_mark_and_items_of_one_glyph(text: str, shape: Shape) -> None:
    """``- 30 -`` ends a release; an item whose text repeats its glyph is an item all the same."""
    assert shape is classify(_line(text)).shape


@pytest.mark.parametrize(("text", "heading"), [("[Q&A]", True), ("[서울=뉴시스]", False)])
def test_a_bracket_holding_an_equals_sign_is_a_tag_not_a_heading(
    text: str, *, heading: bool
) -> None:
    """``[Q&A]`` heads a part of the body; ``[서울=뉴시스]`` is a wire's tag."""
    assert heading == is_heading(text)


@pytest.mark.parametrize("marker", ["4.", "(4)", "①", "ㅇ", "·", "□"])
@pytest.mark.parametrize("word", ["바로가기", "상세보기"])
def test_a_marker_is_no_link_name_before_a_link_word(marker: str, word: str) -> None:
    """``4. 바로가기`` is a list item, as ``4.바로가기`` is: the marker names no link.

    A marker then a link, ``1. 본문 바로가기``, is navigation still.
    """
    spaced, glued = classify(_line(f"{marker} {word}")), classify(_line(f"{marker}{word}"))
    assert (glued.shape, marker) == (spaced.shape, spaced.marker)
    assert (Shape.CHROME, LineKind.NAVIGATION) == _shape(f"{marker} 본문 바로가기")


def test_match_phrase_passes_on_ordinary_text() -> None:
    """The phrase rule does not answer for a line that is no phrase."""
    assert match_phrase(_line("Talks held"), "Talks held") is None


def test_chrome_key_drops_bullets_colons_and_case() -> None:
    """The lookup key strips leading bullets, trailing colons and case."""
    assert "font size" == chrome_key("• Font Size :")


def test_section_key_drops_the_detail_view_suffix() -> None:
    """section_key removes a trailing ``상세보기`` and the space before it."""
    assert "press releases" == section_key("press releases 상세보기")


# --- skip-link runs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "바로가기 메뉴 본문 바로가기 주메뉴 바로가기",
        "바로가기 메뉴 | 본문 바로가기",
        "전체메뉴 바로가기 본문 바로가기",
        "본문 바로가기 주메뉴 바로가기 KOR",
        "Skip to content Skip navigation",
    ],
)
def test_skip_links_run_together_are_navigation(text: str) -> None:
    """Several skip links on one line (with separators or a known phrase left) are navigation."""
    assert (Shape.CHROME, LineKind.NAVIGATION) == _shape(text)


def test_skip_link_run_with_other_words_is_not_navigation() -> None:
    """A skip link followed by ordinary words is not a skip-link run."""
    assert match_skip_link_run(_line("바로가기 메뉴 회담 결과"), "바로가기 메뉴 회담 결과") is None


def test_skip_link_run_rule_passes_without_a_skip_link() -> None:
    """The run rule does not answer for a line without any skip link."""
    assert match_skip_link_run(_line("Talks held"), "Talks held") is None


# --- date labels ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["DATE", "Date", "Date :", "등록일", "작성일", "수정일", "게시일", "Posted on"]
)
def test_date_label_without_value(text: str) -> None:
    """A date label alone on its line is a date label with no date."""
    found = classify(_line(text))
    assert (Shape.DATE_LABEL, None) == (found.shape, found.date)


@pytest.mark.parametrize(
    ("text", "value", "date_text"),
    [
        ("Date : 2018-06-14 16:38:17", dt.date(2018, 6, 14), "2018-06-14"),
        ("• Date : 2018-06-14 16:38:17", dt.date(2018, 6, 14), "2018-06-14"),
        ("등록일 2021-06-21", dt.date(2021, 6, 21), "2021-06-21"),
        ("작성일시 : 2017-11-05 10:00", dt.date(2017, 11, 5), "2017-11-05"),
        ("Date of issue: 2024-02-29", dt.date(2024, 2, 29), "2024-02-29"),
        ("Posted on May 22,2025", dt.date(2025, 5, 22), "May 22,2025"),
        ("날짜 2024.1.2", dt.date(2024, 1, 2), "2024.1.2"),
        ("DATE：2024-02-29", dt.date(2024, 2, 29), "2024-02-29"),
    ],
)
def test_date_label_with_value_on_the_same_line(text: str, value: dt.date, date_text: str) -> None:
    """A label followed by a date carries the date and where it lies in the line."""
    found = classify(_line(text))
    assert found.date is not None
    assert (Shape.DATE_LABEL, value, date_text) == (
        found.shape,
        found.date.value,
        text[found.date.start : found.date.end],
    )


def test_date_label_after_a_bullet_and_nbsp() -> None:
    """``•`` + NBSP + ``Date : 2018-06-14``: white space after the bullet may be an NBSP."""
    found = classify(_line("\u2022\u00a0Date : 2018-06-14 16:38:17"))
    assert found.date is not None
    assert (Shape.DATE_LABEL, dt.date(2018, 6, 14)) == (found.shape, found.date.value)


def test_date_label_with_invalid_value_carries_no_value() -> None:
    """``Date 2024-02-30``: the line is a date label whose date has no value."""
    found = classify(_line("Date 2024-02-30"))
    assert found.date is not None
    assert (Shape.DATE_LABEL, None) == (found.shape, found.date.value)


def test_date_word_starting_a_sentence_is_no_label() -> None:
    """``Date of the talks …``: words, not a date, follow the label word, so it is text."""
    assert match_date_label(_line("Date of the talks was fine"), "") is None


def test_date_label_followed_by_words_then_a_date_is_no_label() -> None:
    """Words between the label and the date make the line something else."""
    assert match_date_label(_line("Date agreed on 2024-02-29"), "") is None


@pytest.mark.parametrize(
    ("text", "modified"),
    [("수정일", True), ("수정일자 2025-03-22", True), ("Last updated", True), ("등록일", False)],
)
def test_date_label_says_whether_it_is_a_modification_date(text: str, *, modified: bool) -> None:
    """``수정일`` and ``Last updated`` label modification dates; ``등록일`` does not."""
    assert modified == classify(_line(text)).modified


# --- other header fields --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hit", ""),
        ("Hit", ""),
        ("Hits", ""),
        ("• Hit : 1012", "1012"),
        ("조회수", ""),
        ("조회수 861", "861"),
        ("Views 1,234", "1,234"),
        ("부서명", ""),
        ("부서명 : 외교부 > 북미국 > 북미1과", "외교부 > 북미국 > 북미1과"),
        ("Writer : Kim", "Kim"),
        ("첨부파일 : a.hwp", "a.hwp"),
    ],
)
def test_meta_labels_carry_their_value(text: str, value: str) -> None:
    """Hit counters, department and writer fields are meta labels; content is the value."""
    found = classify(_line(text))
    assert (Shape.META_LABEL, value) == (found.shape, found.content)


# --- bare dates and edition lines -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2022.08.05 외교부", dt.date(2022, 8, 5)),
        ("Dec. 31, 2013 14:30 KST", dt.date(2013, 12, 31)),
        ("2021. 10. 6. 01:35", dt.date(2021, 10, 6)),
        ("2024년 2월 29일", dt.date(2024, 2, 29)),
        (
            "05/07/2024 | News release | Distributed by Public on 05/07/2024 00:08",
            dt.date(2024, 5, 7),
        ),
        ("[28th Edition] March 5, 2010", dt.date(2010, 3, 5)),
        ("[127th Edition] Apr. 16, 2013", dt.date(2013, 4, 16)),
    ],
)
def test_bare_date_lines_and_edition_lines_are_dates(text: str, value: dt.date) -> None:
    """A short line starting with a date, or an e-newsletter edition line, is a date line."""
    found = classify(_line(text))
    assert found.date is not None
    assert (Shape.DATE, value) == (found.shape, found.date.value)


def test_bare_invalid_date_is_a_date_line_without_value() -> None:
    """``2024-02-30`` still looks like a date line; its value is None."""
    found = classify(_line("2024-02-30"))
    assert found.date is not None
    assert (Shape.DATE, None) == (found.shape, found.date.value)


def test_sentence_starting_with_a_date_is_text() -> None:
    """A prose sentence that happens to start with a date is not a date line."""
    found = classify(_line("2024-02-29 The two sides met in Seoul and agreed to meet again."))
    assert Shape.TEXT is found.shape


def test_edition_line_without_a_date_is_text() -> None:
    """``[3rd Edition]`` with no date is not a date line."""
    assert Shape.TEXT is classify(_line("[3rd Edition]")).shape


def test_date_after_other_words_is_no_bare_date() -> None:
    """A line that does not start with a date is not a date line."""
    assert Shape.TEXT is classify(_line("Talks on 2024-02-29")).shape


# --- chrome recognised by its shape ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("eg(전자정부) 이 누리집은 대한민국 공식 전자정부 누리집입니다.", LineKind.NAVIGATION),
        ("태극기이 누리집은 대한민국 공식 전자정부 누리집입니다.", LineKind.NAVIGATION),
        ("@관련 보도자료 바로가기", LineKind.NAVIGATION),
        ("Copyright (c) MOFA. All rights reserved.", LineKind.FOOTER),
        ("Ministry of Foreign Affairs. ALL RIGHTS RESERVED.", LineKind.FOOTER),
        ("The Embassy (unofficial translation)", LineKind.FOOTER),
        ("메뉴담당부서 : 북미국", LineKind.FOOTER),
        ("연락처 02-2100-2114", LineKind.FOOTER),
        ("+8210-1234-5678", LineKind.FOOTER),
        ("ⓒ MOFA", LineKind.FOOTER),
        ("만족도 조사 열람하신 정보에 대해 만족하십니까?", LineKind.FOOTER),
        ("Back to Japan-Republic of Korea Relations", LineKind.FOOTER),
        ("Tel. +82-2-2100-2114", LineKind.FOOTER),
        ("02-2100-2114", LineKind.FOOTER),
        ("Source : Ministry of Foreign Affairs and Trade", LineKind.FOOTER),
        ("최종수정일 2024-01-01", LineKind.FOOTER),
        ("17688%20%uD55C%uAD6D.hwp", LineKind.ATTACHMENT),
        ("statement.pdf (120 KB)", LineKind.ATTACHMENT),
        ("Spokesperson and Deputy Minister for Public Relations of MOFA", LineKind.SIGNATURE),
        ("Deputy Spokesperson", LineKind.SIGNATURE),
        ("외교부 대변인", LineKind.SIGNATURE),
    ],
)
def test_pattern_chrome(text: str, kind: LineKind) -> None:
    """Banners, copyright, contacts, attachments and signatures are recognised by shape."""
    assert (Shape.CHROME, kind) == _shape(text)


@pytest.mark.parametrize(
    "text",
    [
        "This photo, taken Jan. 12, 2024, shows a spokesman at a briefing in Portville. (Wire)",
        "This file photo shows the harbour office in Portville.",
        "In this file photo, the minister speaks to reporters at the harbour office.",
        "The minister speaks at a forum in this photo provided by the ministry. (Harbourwire)",
        "김민수 해양부 장관(왼쪽)과 이도윤 수산청장. 사진=한빛통신",
        "두 장관이 악수하고 있다./사진=한빛통신",
        "두 장관이 인사하고 있다. 사진제공=해양부",
        "Ministers open harbour talks to widen trade Credit: Harbour.gov",
        "<이미지를 클릭하시면 크게 보실 수 있습니다>",
        "오프라인 대표 이미지 - 한빛 뉴스",
        "view larger image The minister poses with the delegation. (Harbourwire)",
    ],
)
def test_photo_captions_credits_and_image_prompts(text: str) -> None:
    """A caption is told by its credit, its opening on the photo, or the image's prompt."""
    assert (Shape.CHROME, LineKind.ATTACHMENT) == _shape(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the photo exhibition opens in Portville next week.",
        "사진 전시회가 다음 주 항구도시에서 열린다.",
        "The minister thanked the delegation for its credit to the fund.",
        "The two sides met in Portville. (Harbourwire)",  # a wire's credit, no photo
    ],
)
def test_sentences_about_photos_are_no_captions(text: str) -> None:
    """A sentence that names a photo or a credit, with no credit where it ends, is text."""
    assert Shape.TEXT is classify(_line(text)).shape


def test_a_box_item_ending_on_a_credit_is_a_box_not_a_caption() -> None:
    """``□`` opens a body item wherever it stands: render() boxes what must read as body."""
    found = classify(
        _line("□ The sides met in the capital, April 15, 2025. (Harbour News/Lee Min)")
    )
    assert Shape.BOX is found.shape


def test_sentence_mentioning_the_spokesperson_is_no_signature() -> None:
    """A prose line starting with ``Spokesperson`` is text, not a signature."""
    found = classify(_line("Spokesperson of the Ministry said that the two sides met."))
    assert Shape.TEXT is found.shape


def test_sentence_mentioning_a_file_name_is_no_attachment() -> None:
    """A prose line (150 characters or more) ending in a file name is text, not an attachment."""
    text = "The two sides met in Seoul " * 5 + "and published the joint statement as report.pdf"
    found = classify(_line(text))
    assert Shape.TEXT is found.shape


@pytest.mark.parametrize(
    "text", ["HOME > News > Consulate News", "Home > Press", "홈 › 보도자료 › 보도자료"]
)
def test_chained_breadcrumbs(text: str) -> None:
    """A ``>``-chained line from a root, or with three or more parts, is a breadcrumb."""
    assert (Shape.CHROME, LineKind.BREADCRUMB) == _shape(text)


@pytest.mark.parametrize(
    "text", ["Japan > Korea", "Growth was > 3% in Seoul and Tokyo > Osaka.", "A>B>C"]
)
def test_chains_that_are_no_breadcrumb(text: str) -> None:
    """Two parts without a root, a sentence, or ``>`` without spaces are no breadcrumb."""
    assert LineKind.BREADCRUMB is not classify(_line(text)).chrome


# --- end marks ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["끝.", "끝", "-끝-", "/끝/", "<끝>", "- 끝 -"])
def test_end_marks(text: str) -> None:
    """The Korean end mark in its spellings is an end mark."""
    assert Shape.END_MARK is classify(_line(text)).shape


# --- numbered paragraph markers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marker", "number", "content"),
    [
        ("1. The two sides met.", "1.", 1, "The two sides met."),
        ("1.   Three spaces after.", "1.", 1, "Three spaces after."),
        ("12. Twelve.", "12.", 12, "Twelve."),
        ("2) Second.", "2)", 2, "Second."),
        ("(3) Third.", "(3)", 3, "Third."),
        ("(12)Twelve.", "(12)", 12, "Twelve."),
        ("① First.", "①", 1, "First."),
        ("⑳ Twentieth.", "⑳", 20, "Twentieth."),
        ("１．First.", "１．", 1, "First."),
        ("１２．Twelfth.", "１２．", 12, "Twelfth."),
        ("３) Third.", "３)", 3, "Third."),
    ],
)
def test_number_markers(text: str, marker: str, number: int, content: str) -> None:
    """Each numbering style gives its number, its marker as written and the text after it."""
    found = classify(_line(text))
    assert (Shape.NUMBERED, marker, number, content) == (
        found.shape,
        found.marker,
        found.number,
        found.content,
    )


@pytest.mark.parametrize(
    "text", ["1.5 million people came.", "1.000 people", "1234. Too many digits.", "2024 was"]
)
def test_digits_not_followed_by_space_are_no_marker(text: str) -> None:
    """``1.5 million``: a digit after the mark, or more than three digits, is no marker."""
    assert match_number(_line(text), text) is None


@pytest.mark.parametrize(("text", "marker"), [("1.text", "1."), ("1)text", "1)")])
def test_a_marker_needs_no_space_before_a_letter(text: str, marker: str) -> None:
    """Korean pages write ``１．정부는`` with no space; only a digit after the mark undoes it."""
    found = match_number(_line(text), text)
    assert (marker, 1, "text") == (found.marker, found.number, found.content) if found else None


def test_full_width_decimal_number_is_no_marker() -> None:
    """``１．５ million`` (full-width 1.5) is no more a marker than ``1.5 million``."""
    assert match_number(_line("１．５ million people came."), "") is None


def test_number_marker_content_start_points_past_the_marker() -> None:
    """content_start is where the text after the marker and its spaces begins in the input."""
    text = "   2.  Second point."
    line = split_lines(text)[0]
    found = classify(line)
    assert "Second point." == text[found.content_start :]


# --- bullets and boxes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("O Capital o bullet.", "O"),
        ("o Lowercase o bullet.", "o"),
        ("ο Greek omicron typed for the letter o.", "ο"),
        ("°  Degree sign, two spaces.", "°"),
        ("○ White circle.", "○"),
        ("◦ White bullet.", "◦"),
        ("● Black circle.", "●"),
        ("ㅇ 이응 항목.", "ㅇ"),
        ("ㅇ이응 붙여 쓴 항목.", "ㅇ"),
        ("- Dash.", "-"),
        ("– En dash.", "–"),
        ("· Middle dot.", "·"),
        ("▲ Triangle.", "▲"),
        ("* Footnote.", "*"),
        ("*Footnote without space.", "*"),
        ("※ 참고 사항.", "※"),
    ],
)
def test_bullet_markers(text: str, marker: str) -> None:
    """Each bullet glyph is a bullet marker; the text after it is the content."""
    found = classify(_line(text))
    assert (Shape.BULLET, marker, text[len(marker) :].strip()) == (
        found.shape,
        found.marker,
        found.content,
    )


@pytest.mark.parametrize("text", ["□ 상자 항목.", "□  두 칸 뒤 항목.", "■ 검은 상자."])
def test_box_markers_are_boxes(text: str) -> None:
    """Korean ``□`` items are boxes, whatever the spaces after the box."""
    found = classify(_line(text))
    assert (Shape.BOX, text[0], text[1:].strip()) == (found.shape, found.marker, found.content)


@pytest.mark.parametrize(
    "text", ["Obama said so.", "oil prices rose.", "οικονομία", "-dash", "O", "** bold"]
)
def test_letter_o_and_dash_need_a_space_to_be_bullets(text: str) -> None:
    """``O``/``o``/``ο``/``-`` are bullets only when a space and text follow; ``**`` is no note."""
    assert match_bullet(_line(text), text) is None


def test_bullet_content_start_points_past_the_marker() -> None:
    """content_start is where the bullet's text begins in the input."""
    text = "x\n    ㅇ  세부 항목"
    found = classify(split_lines(text)[1])
    assert "세부 항목" == text[found.content_start :]


# --- precedence and the body classifier -----------------------------------------------------------


def test_plain_text_is_text() -> None:
    """A line no rule answers for is text, and its content is the whole line."""
    found = classify(_line("Talks held"))
    assert (Shape.TEXT, None, None, "Talks held") == (
        found.shape,
        found.marker,
        found.number,
        found.content,
    )


def test_long_lines_skip_the_chrome_rules() -> None:
    """A line over 200 characters is never chrome, even if it starts like a date label."""
    text = "Date " + "word " * 50
    assert Shape.TEXT is classify(_line(text.strip())).shape


def test_long_lines_still_get_their_markers() -> None:
    """A long line is still a numbered paragraph when it starts with a marker."""
    found = classify(_line("1. " + "word " * 60 + "end."))
    assert (Shape.NUMBERED, 1) == (found.shape, found.number)


def test_classify_body_ignores_label_shapes() -> None:
    """In the body, a line that merely looks like a label is judged by its markers only."""
    assert Shape.TEXT is classify_body(_line("Date 2024-02-29")).shape


def test_classify_body_finds_markers() -> None:
    """classify_body still finds a bullet marker."""
    found = classify_body(_line("- Date: 2024-02-29"))
    assert (Shape.BULLET, "-") == (found.shape, found.marker)


def test_classify_all_keeps_order() -> None:
    """classify_all returns one record per line, in input order."""
    found = classify_all(split_lines("Press Releases\n\nTalks\n\n1. Met."))
    assert [Shape.SECTION_NAME, Shape.TEXT, Shape.NUMBERED] == [item.shape for item in found]


def test_classified_repr_shows_shape_marker_and_line() -> None:
    """The debugging repr names the shape, the marker and the source line."""
    found = classify(_line("1. Met."))
    assert "Classified(NUMBERED, '1.', SourceLine(1, 0, 7, '1. Met.'))" == repr(found)


def test_classified_defaults_to_unknown_chrome() -> None:
    """A record built without a chrome kind says UNKNOWN, and its content is the line."""
    record = Classified(_line("x"), Shape.TEXT)
    assert (LineKind.UNKNOWN, "x", 0) == (record.chrome, record.content, record.content_start)


# --- prose ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("x" * 150, True),
        ("Four words end here.", True),
        ("Short.", False),
        ("No sentence end at all here", False),
        ("양국 장관은 회담을 가졌다.", True),
        ("회담했다.", False),
        ('They said "yes."', True),
    ],
)
def test_is_prose(text: str, *, prose: bool) -> None:
    """A line is prose when long, or when it ends a sentence and has enough words or characters."""
    assert prose == is_prose(text)


# --- the fused gates of classify() against the plain rule loop ------------------------------------


def _classify_by_loop(line: SourceLine) -> Classified:
    """The definition classify() is written for speed against: the first rule that answers."""
    text = line.text
    if not text:
        return Classified(line, Shape.CHROME, LineKind.UNKNOWN)
    short = len(text) <= vocab.SHORT_LINE_CHARS
    folded = " ".join(text.split()) if short else text
    for rule in RULES:
        if rule.max_chars is not None and len(text) > rule.max_chars:
            continue  # a chrome rule reads short lines only
        found = rule.match(line, folded)
        if found is not None:
            return found
    return Classified(line, Shape.TEXT)


def _outcome(item: Classified) -> tuple[object, ...]:
    return (
        item.shape,
        item.chrome,
        item.marker,
        item.number,
        item.content,
        item.content_start,
        item.date,
        item.modified,
        item.ends,
        item.prose,
    )


def _vocabulary_phrases() -> list[str]:
    phrases: set[str] = set()
    for module in (vocab, _phrases):
        for name in dir(module):
            value = getattr(module, name)
            if isinstance(value, frozenset | tuple | dict) and not name.startswith("_"):
                phrases.update(item for item in value if isinstance(item, str) and item.strip())
    return sorted(phrases)


_PHRASES = _vocabulary_phrases()
_LEADS = ("", "", "• ", "- ", "1. ", "(2) ", "① ", "O ", "ㅇ ", "□ ", "* ", "  ", "\t", "\xa0")
_TAILS = ("", "", ".", " 2024-02-29", " : 2018.06.14", " 바로가기", " > Press", " 끝.", ".pdf")


@given(
    st.sampled_from(_LEADS),
    st.sampled_from(_PHRASES) | st.text(max_size=30),
    st.sampled_from(_TAILS),
    st.sampled_from((str, str.upper, str.lower, str.title)),
)
def test_classify_is_the_first_rule_that_answers(
    lead: str, body: str, tail: str, case: Callable[[str], str]
) -> None:
    text = case(lead + body + tail).strip()
    line = _line(text)
    assert _outcome(classify(line)) == _outcome(_classify_by_loop(line))


@given(
    st.sampled_from(_LEADS),
    st.sampled_from(_PHRASES) | st.text(max_size=30),
    st.sampled_from(_TAILS),
)
def test_a_marker_is_where_its_line_starts(lead: str, body: str, tail: str) -> None:
    """The line view keeps a marker's length and number in a few bits (``_page._marking``).

    So every rule's marker starts its line's text and is short, and a number has three digits.
    """
    text = (lead + body + tail).strip()
    line = _line(text)
    for item in (classify(line), classify_body(line)):
        assert item.marker is None or text.startswith(item.marker), item
        assert item.marker is None or len(item.marker) <= MAX_MARKER_CHARS, item
        assert item.number is None or 0 <= item.number <= 999, item


def test_classify_gates_see_every_vocabulary_phrase() -> None:
    for phrase in _PHRASES:
        for lead in _LEADS:
            line = _line((lead + phrase).strip())
            assert _outcome(classify(line)) == _outcome(_classify_by_loop(line)), phrase


# Each rule's own pattern, as Python's re reads it, to draw the lines that rule answers.
_RULE_PATTERNS = {
    "skip_link_run": vocab._SOURCES["SKIP_LINK_RUN_RE"],  # noqa: SLF001 - the patterns' sources
    "date_label": _dates._SOURCES["DATE_LABEL_RE"] + r"(?:2024-02-29)?",  # noqa: SLF001
    "title_label": _dates._SOURCES["TITLE_LABEL_RE"],  # noqa: SLF001
    "meta_label": _dates._SOURCES["META_LABEL_RE"],  # noqa: SLF001
    "bare_date": r"(?x)[\[(]{0,2}(?:"
    + _dates._SOURCES["_NUMERIC_DATE_RE"].removeprefix("(?x)")  # noqa: SLF001
    + ")",
    "spelled_date": _dates._SOURCES["_SPELLED_DATE_RE"],  # noqa: SLF001
    "navigation_line": vocab._SOURCES["NAVIGATION_LINE_RE"],  # noqa: SLF001
    "footer_line": vocab._SOURCES["FOOTER_LINE_RE"],  # noqa: SLF001
    "phone_line": vocab._SOURCES["PHONE_LINE_RE"],  # noqa: SLF001
    "attachment": vocab._SOURCES["ATTACHMENT_RE"],  # noqa: SLF001
    "image_alt": vocab._SOURCES["IMAGE_ALT_RE"],  # noqa: SLF001
    "photo_caption": _captions._SOURCES["PHOTO_CAPTION_RE"],  # noqa: SLF001
    "signature": vocab._SOURCES["SIGNATURE_RE"],  # noqa: SLF001
    "breadcrumb_chain": r"\w{1,8}" + vocab._SOURCES["BREADCRUMB_CHAIN_RE"] + r"\w{1,8}",  # noqa: SLF001
    "end_mark": vocab._SOURCES["END_MARK_RE"],  # noqa: SLF001
    # A box, and text that alone reads as a file name, an encoded one or a path: still a box.
    "box": "["
    + "".join(sorted(vocab.BOX_MARKERS))
    + r"] \w{1,20}(?:\.pdf|%[0-9A-F]{2}| > \w{1,8})?",
    "number": vocab._SOURCES["NUMBER_MARKER_RE"] + r"\w{1,20}",  # noqa: SLF001
    "bullet": vocab._SOURCES["BULLET_RE"] + r"\w{1,20}",  # noqa: SLF001
}


def test_every_rule_with_a_gate_has_a_pattern_here() -> None:
    """The dispatch test below draws lines for every rule of the table that has a gate."""
    gated = {rule.name for rule in RULES if rule.gate != Gate()}
    assert gated <= set(_RULE_PATTERNS)


def _assert_dispatch_is_the_loop(text: str) -> None:
    folded = " ".join(text.split())
    if folded:
        line = _line(folded)
        assert _outcome(_classify_by_loop(line)) == _outcome(classify(line)), folded


@given(st.data(), st.sampled_from(sorted(_RULE_PATTERNS)))
def test_dispatch_equals_the_rule_loop_on_the_lines_each_pattern_draws(
    data: st.DataObject, name: str
) -> None:
    """Every line a rule's own pattern matches is classified as trying every rule in order does.

    So a gate, worked out from a table, never keeps a rule from a line it answers.
    """
    _assert_dispatch_is_the_loop(
        data.draw(st.from_regex(re.compile(_RULE_PATTERNS[name]), fullmatch=True), label=name)
    )


@pytest.mark.parametrize(
    "text",
    [
        "COPYRİGHT 2024 MOFA",  # U+0130, which casefold turns into i and a dot
        "2024 MOFA. ALL RİGHTS RESERVED",
        "ſpokesperson",  # long s: case-blind patterns read it as s
        "Date ２０２４-０２-２９",  # full-width digits are digits to the date patterns
        "２０２４-０２-２９",
        "(１) The two sides met.",
        "Kelvin: K",
        "결과 보도자료.HWPX (1.2 MB)",  # an attachment's extension, in capitals
        "report.xlſ",  # a long s, which the case-blind pattern reads as s
        "%EB%B6%99%EC%9E%84",  # a URL-encoded name
        "20250417_회담.JPG 이미지입니다.",  # an image's alt text ends with its word
        "visit.png İMAGE",  # a dotted capital I, which the case-blind pattern reads as i
    ],
)
def test_dispatch_equals_the_rule_loop_on_odd_letters(text: str) -> None:
    """Characters that case folding or Unicode digits treat specially reach the same rule."""
    _assert_dispatch_is_the_loop(text)


@pytest.mark.parametrize("extension", vocab.ATTACHMENT_EXTENSIONS)
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_the_attachment_gate_admits_every_extension(
    extension: str, case: Callable[[str], str]
) -> None:
    """The attachment gate is made from the extension table its pattern is built from."""
    for text in (f"보도자료.{case(extension)}", f"Report.{case(extension)} (1.2 MB)"):
        line = _line(text)
        assert _classify_by_loop(line).chrome is LineKind.ATTACHMENT, text
        _assert_dispatch_is_the_loop(text)


def _case_blind_matches(initials: frozenset[str]) -> list[str]:
    """Every character that a case-blind pattern reads as one of ``initials``."""
    pattern = regex.compile("(?i)[" + "".join(regex.escape(char) for char in initials) + "]")
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    return pattern.findall(every)


@pytest.mark.parametrize("name", ["date_label", "title_label", "meta_label"])
def test_label_gates_admit_every_character_the_label_patterns_read(name: str) -> None:
    """A label rule's gate is the initials of its words; it lets through every case-blind match."""
    words = {"date_label": DATE_LABELS, "title_label": TITLE_LABELS, "meta_label": META_LABELS}
    rule = next(rule for rule in RULES if rule.name == name)
    assert rule.gate.initial is not None
    for char in _case_blind_matches(frozenset(word[0] for word in words[name])):
        assert rule.gate.initial(_initial(gate_text(char.casefold()))), (name, char)


def test_a_word_added_to_a_table_reaches_its_rule() -> None:
    """A rule's gate and pattern are made from the same table: a new word takes effect in both."""
    words = (*DATE_LABELS, "release date")
    gate = initials(words)
    pattern = regex.compile(rf"(?i)^(?:{words_pattern(words)})\b")
    assert "r" in gate
    assert pattern.match("Release  date") is not None
    assert pattern.match("Released") is None


def test_the_dispatch_remembers_a_bounded_number_of_line_kinds() -> None:
    """Hostile input with thousands of distinct first characters keeps the dispatch's memo bounded.

    Lines past the bound are still classified as the plain loop classifies them.
    """
    for code in range(0x4E00, 0x4E00 + _PLANS_MAX + 100):
        line = _line(chr(code) + " 2024-02-29")
        assert _outcome(_classify_by_loop(line)) == _outcome(classify(line))
    assert len(_PLANS[_SHORT_OTHER]) == _PLANS_MAX


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Talks Held on Fisheries Cooperation", True),
        ("한-몽골 영사국장 회의 개최", True),
        ("외교부장관회의개최", True),  # Korean, one word, long enough
        ("Press Office", False),  # two words: a name, not a headline
        ("The two sides met in Seoul today.", False),  # a sentence
        ("외교부 소식", False),  # short Korean
        ("A" * 201, False),  # too long
    ],
)
def test_looks_like_headline(text: str, *, headline: bool) -> None:
    """The headline shape that a repeat must have to count as the title's evidence."""
    assert headline == looks_like_headline(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Foreign Minister Holds Telephone Conversation with her US Counterpart (5.25.)", True),
        ("Foreign Minister Holds Talks with Counterpart on 25 May 2018", True),
        ("The two ministers held talks in Seoul on the situation in the region", False),
    ],
)
def test_looks_like_title_counts_words_not_numbers(text: str, *, title: bool) -> None:
    """A number or a date in brackets (``(5.25.)``) has no case: it neither makes nor mars it."""
    assert title == looks_like_title(text)


@pytest.mark.parametrize(
    ("text", "headline"),
    [("Ministers’ Meeting", False), ("Ministers' Meeting", False), ("수산장관회의 개최", True)],
)
def test_a_curly_apostrophe_does_not_make_two_words_a_korean_headline(
    text: str, *, headline: bool
) -> None:
    """Only Hangul or CJK text says a headline's worth in few words, not any non-ASCII mark."""
    assert looks_like_headline(text) is headline


@pytest.mark.parametrize(
    "text", ["□ Home > Policy > Trade", "□ The Mi%uD55C%uC911%20", "□ 회담 결과 자료.hwp"]
)
def test_a_box_is_body_whatever_its_text_reads_as(text: str) -> None:
    """A ``□`` item opens the body wherever it stands: its text is not read as a path or a file."""
    assert Shape.BOX == classify(_line(text)).shape


def test_a_numbered_line_is_no_breadcrumb_chain() -> None:
    """A site's path is never numbered: ``1. Home > Policy > Trade`` is a numbered line."""
    assert Shape.NUMBERED == classify(_line("1. Home > Policy > Trade")).shape
    assert LineKind.BREADCRUMB == classify(_line("Home > Policy > Trade")).chrome


@given(
    st.text()
    | st.sampled_from(vocab.HEADINGS).flatmap(
        lambda branch: st.from_regex(re.compile(branch.pattern), fullmatch=True)
    )
)
@example("( 제5차 한·일 회담 )")
@example("Ⅱ. 질의응답")
def test_is_heading_is_the_pattern(text: str) -> None:
    """The first-character gate, worked out from the branches' words, never hides a heading."""
    assert is_heading(text) == (vocab.HEADING_RE.match(text) is not None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("TITLE Ambassador briefs the press", "Ambassador briefs the press"),
        ("TITLE 대사 기자간담회", "대사 기자간담회"),
        ("Title : Talks held", "Talks held"),
    ],
)
def test_a_title_label_in_capitals_needs_no_colon(text: str, value: str) -> None:
    """A board's field row in capitals (``TITLE …``) is a title label; its value is the title."""
    item = classify(split_lines(text)[0])
    assert (item.shape, item.content) == (Shape.TITLE_LABEL, value)


@pytest.mark.parametrize(
    "text",
    [
        "TITLE IX protects students.",
        "SUBJECT Visit of the envoy",
        "TITLE Northland wins the cup.",
        "TITLE Change: let me turn to trade",
        "Title of the deal",
    ],
)
def test_a_label_word_opening_a_sentence_is_no_title_label(text: str) -> None:
    """Without a colon, only ``TITLE`` before a headline's shape makes a field: no sentence."""
    assert classify(split_lines(text)[0]).shape is not Shape.TITLE_LABEL


def test_a_title_label_is_read_on_a_line_of_any_length() -> None:
    """A long title after its label is still the label's value: the line is no prose."""
    title = "The two ministers met in Seoul and agreed to keep working together " * 4
    item = classify(split_lines(f"Title : {title.strip()}")[0])
    assert (item.shape, item.content) == (Shape.TITLE_LABEL, title.strip())
