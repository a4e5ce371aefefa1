"""Stage 3: the assembler's decisions — title, section, date, body, nesting, trailer, warnings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from readoutparse import MAX_NESTING, LineKind, Paragraph, Readout, Span, Subpoint, parse
from readoutparse._build import make_span
from readoutparse._layout import find_body, run_on_flags, wrap_flags
from readoutparse._page import Page
from readoutparse._wrap import block_prose, wrap_widths
from readoutparse.errors import ParseWarning

LONG_1 = (
    "The two ministers met in Seoul on the afternoon of February 12 and had an in-depth "
    "discussion on the alliance."
)
LONG_2 = (
    "They agreed to continue close consultation on regional and global issues, including "
    "supply chains and climate change."
)


def _kinds(readout: Readout, text: str) -> list[tuple[str, LineKind]]:
    return [(text[line.span.start : line.span.end], line.kind) for line in readout.lines]


def _codes(readout: Readout) -> list[tuple[str, int, int]]:
    return [(warning.code, warning.line, warning.column) for warning in readout.warnings]


def _tree(readout: Readout) -> list[Any]:
    def subs(items: tuple[Any, ...]) -> list[Any]:
        return [(sub.marker, sub.text, subs(sub.subpoints)) for sub in items]

    return [(p.number, p.marker, p.text, subs(p.subpoints)) for p in readout.paragraphs]


# --- the title ------------------------------------------------------------------------------------


def test_title_is_the_text_line_before_the_body() -> None:
    """The unplaced head line right before the body is the title; its span is its source."""
    text = "Press Releases\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert readout.title_span is not None
    assert ("Talks held", "Talks held") == (
        readout.title,
        text[readout.title_span.start : readout.title_span.end],
    )


@pytest.mark.parametrize("counter", ["2,200", "0 개", "12 명"])
def test_figures_alone_or_with_a_unit_over_the_date_are_no_title(counter: str) -> None:
    """A page's counters (hits, comments) right over its date line are never the headline."""
    readout = parse(f"{counter}\n2024.01.20 10:46\n\n{LONG_1}\n")
    assert (readout.title, readout.date) == (None, dt.date(2024, 1, 20))


@pytest.mark.parametrize("wrapped", ["(January 1,\n2000)", "(January 1,\n2000", "(May\n1, 2000)"])
def test_a_date_a_headline_wraps_onto_stays_in_the_title(wrapped: str) -> None:
    """Figures under a headline's line end it: no count, or under a break mid-phrase."""
    readout = parse(f"Spokesperson’s Press Briefing {wrapped}\n\nDATE\n\n1. {LONG_1}\n")
    assert readout.title == f"Spokesperson’s Press Briefing {wrapped.replace(chr(10), ' ')}"


def test_a_headline_wrapped_under_a_section_is_not_a_leaf_of_its_run() -> None:
    """A heading-case line under a section name goes on the run only over a whole headline.

    Over two words (``Ministers’ Meeting``), it is the headline's first line, wrapped.
    """
    readout = parse(
        "바로가기 메뉴\n본문 바로가기\nPress Releases\nOutcome of ROK-Morocco Foreign\n"
        f"Ministers’ Meeting\n\n1. {LONG_1}\n"
    )
    assert (readout.section, readout.title) == (
        "Press Releases",
        "Outcome of ROK-Morocco Foreign Ministers’ Meeting",
    )


def test_title_repeated_after_the_date_block_is_given_once() -> None:
    """A title before and after the date block is the title once; the copy is a duplicate."""
    text = "Talks held\n\nDATE\n2024-02-29\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert ("Talks held", 0) == (
        readout.title,
        readout.title_span.start if readout.title_span else -1,
    )
    assert [
        ("Talks held", LineKind.TITLE),
        ("DATE", LineKind.DATE_HEADER),
        ("2024-02-29", LineKind.DATE_HEADER),
        ("Talks held", LineKind.DUPLICATE_TITLE),
        ("1. The two sides met in Seoul.", LineKind.PARAGRAPH),
    ] == _kinds(readout, text)


def test_title_repeated_on_adjacent_lines_is_given_once() -> None:
    """The title twice in a row: the first copy is the title, the second a duplicate."""
    text = "Talks held\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert ("Talks held", [LineKind.TITLE, LineKind.DUPLICATE_TITLE]) == (
        readout.title,
        [line.kind for line in readout.lines[:2]],
    )


def test_title_repeated_with_blank_lines_between_is_given_once() -> None:
    """The title twice with blank lines between: one title, one duplicate."""
    text = "Talks held\n\n\nTalks  held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert ("Talks held", [LineKind.TITLE, LineKind.DUPLICATE_TITLE]) == (
        readout.title,
        [line.kind for line in readout.lines[:2]],
    )


def test_long_repeated_title_on_adjacent_lines_is_not_joined() -> None:
    """A long title repeated on the next line is not taken for a hard-wrapped title."""
    title = "Outcome of the Foreign Ministers' Meeting in Seoul"
    text = f"{title}\n{title}\n\n1. The two sides met in Seoul.\n"
    assert title == parse(text).title


def test_hard_wrapped_title_is_joined() -> None:
    """A long title line that does not end a sentence is continued by the next line."""
    text = (
        "e-Newsletter\n\nMinister of Foreign Affairs Attends the Meeting of\n"
        "the Foreign Ministers of the Region\n\n1. The two sides met in Seoul.\n"
    )
    readout = parse(text)
    assert readout.title_span is not None
    assert (
        "Minister of Foreign Affairs Attends the Meeting of the Foreign Ministers of the Region",
        text.index("Minister"),
        text.index("\n\n1."),
    ) == (readout.title, readout.title_span.start, readout.title_span.end)


def test_hard_wrapped_title_repeated_later_is_a_duplicate() -> None:
    """Both lines of a repeated wrapped title are duplicates the second time."""
    head = "Minister of Foreign Affairs Attends the Meeting of\nthe Foreign Ministers"
    text = f"{head}\n\nDATE\n2024-02-29\n\n{head}\n\n1. The two sides met in Seoul.\n"
    kinds = [line.kind for line in parse(text).lines]
    assert [LineKind.TITLE, LineKind.TITLE] + [LineKind.DATE_HEADER] * 2 + [
        LineKind.DUPLICATE_TITLE
    ] * 2 + [LineKind.PARAGRAPH] == kinds


def test_a_repeated_headline_is_the_title_wherever_it_stands() -> None:
    """A headline-shaped line the page states twice beats the block before the date header."""
    text = (
        "Talks Held on Fisheries Cooperation\nStatement\nTalks Held on Fisheries Cooperation\n"
        "Office of the Press Secretary\nMarch 3, 2025\n\n1. The two sides met in Busan.\n"
    )
    readout = parse(text)
    assert "Talks Held on Fisheries Cooperation" == readout.title
    assert [LineKind.TITLE, LineKind.DUPLICATE_TITLE] == [
        readout.lines[0].kind,
        readout.lines[2].kind,
    ]


def test_short_line_before_the_title_is_not_joined_to_it() -> None:
    """A short line above the title is no wrapped part of it (it becomes the section)."""
    text = "Ministry of Gadgets\nTalks held in Seoul\n\n1. The two sides met in Seoul.\n"
    assert "Talks held in Seoul" == parse(text).title


def test_title_is_the_block_before_the_date_header() -> None:
    """With blocks before the date header, the last one before it is the title."""
    text = "Other Things\n\nTalks held\n\nDATE\n2024-02-29\n\nA note\n\n1. The two sides met.\n"
    assert ("Talks held", "Other Things") == (parse(text).title, parse(text).section)


def test_a_sentence_over_a_headline_over_the_date_header_is_the_section_not_the_body() -> None:
    """The body's last sentence has the date under it; one with a headline between is head."""
    sentence = "The two sides agreed to hold the next round of talks in Seoul next year."
    text = f"{sentence}\n\nForeign Ministers’ Telephone Talks\n\nDATE\n2025-08-14\n"
    readout = parse(text)
    assert (sentence, "Foreign Ministers’ Telephone Talks", ()) == (
        readout.section,
        readout.title,
        readout.paragraphs,
    )


def test_a_sentence_first_over_the_date_header_is_the_title_not_the_body() -> None:
    """With no headline above it, a sentence over the date header heads the page."""
    sentence = "The Minister of State spoke with the Korean Vice Foreign Minister about trade."
    readout = parse(f"HOME > News\n\n{sentence}\n\nDATE\n2025-02-04\n")
    assert (sentence, "News", ()) == (readout.title, readout.section, readout.paragraphs)


def test_a_sentence_over_a_title_label_is_head_not_the_body_s_last_paragraph() -> None:
    """Only a date or field label under a sentence says the body ended; a title label does not."""
    text = "The sides met in Seoul today.\n\nTitle : They agreed to meet.\n\nDATE\n2025-2-4\n"
    readout = parse(text)
    assert ("The sides met in Seoul today.", "They agreed to meet.", ()) == (
        readout.section,
        readout.title,
        readout.paragraphs,
    )


def test_title_after_the_date_header_when_nothing_precedes_it() -> None:
    """With the date header first, the first block after it is the title."""
    text = "DATE\n2024-02-29\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    assert ("Talks held", dt.date(2024, 2, 29)) == (parse(text).title, parse(text).date)


def test_no_title_when_the_page_starts_with_the_body() -> None:
    """A dump that starts at ``1.`` has no title, and RP101 says so on line 1."""
    readout = parse("1. The two sides met in Seoul.\n\n2. They agreed to meet again.\n")
    assert (None, [("RP101", 1, 1)]) == (readout.title, _codes(readout))


def test_no_title_when_the_page_starts_with_prose() -> None:
    """A full prose sentence first is a paragraph, not a headline."""
    readout = parse(f"{LONG_1}\n\n{LONG_2}\n")
    assert (None, 2) == (readout.title, len(readout.paragraphs))


def test_question_title_followed_by_a_date_header_is_the_title() -> None:
    """A line ending in ``?`` right before the date header is the title, not a paragraph."""
    text = "Will the Ministers Meet Again Soon?\n\nDATE\n2024-02-29\n\n1. The two sides met.\n"
    readout = parse(text)
    assert ("Will the Ministers Meet Again Soon?", [1]) == (
        readout.title,
        [p.number for p in readout.paragraphs],
    )


def test_headline_cased_first_line_ending_in_a_period_is_the_title() -> None:
    """A first line whose longer words are capitalised reads as a headline despite its period."""
    text = (
        "Foreign Minister Meets Japanese Counterpart in Seoul.\n\n"
        "The two ministers met in Seoul on the afternoon of February 12 and held talks.\n"
    )
    readout = parse(text)
    assert ("Foreign Minister Meets Japanese Counterpart in Seoul.", 1) == (
        readout.title,
        len(readout.paragraphs),
    )


def test_sentence_cased_first_line_is_a_paragraph() -> None:
    """A first line in sentence case that ends a sentence is body, not a headline."""
    text = "The two ministers met in Seoul today.\n\nThey agreed to meet again in May.\n"
    readout = parse(text)
    assert (None, 2) == (readout.title, len(readout.paragraphs))


def test_first_line_of_short_words_is_a_paragraph() -> None:
    """A first sentence with too few longer words for the headline test is body."""
    readout = parse("We Met in Seoul on May 1.\n\nThey agreed to meet again in May.\n")
    assert (None, ["We Met in Seoul on May 1.", "They agreed to meet again in May."]) == (
        readout.title,
        [p.text for p in readout.paragraphs],
    )


# --- the section ----------------------------------------------------------------------------------


def _section_and_its_span(text: str) -> tuple[str | None, str | None]:
    """The section ``parse`` finds in ``text``, and the text its span covers."""
    readout = parse(text)
    span = readout.section_span
    return readout.section, None if span is None else text[span.start : span.end]


def test_section_from_a_section_heading() -> None:
    """A known section heading gives the section; its span is the heading line."""
    text = "바로가기 메뉴\n\nMinistry News\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    assert ("Ministry News", "Ministry News") == _section_and_its_span(text)


def test_section_heading_with_detail_view_suffix() -> None:
    """``Press Releases 상세보기`` gives the section ``Press Releases``."""
    text = "Press Releases 상세보기\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    assert "Press Releases" == parse(text).section


def test_a_section_printed_twice_spans_its_first_half_however_spaced() -> None:
    """``Embassy  Notices  Embassy  Notices`` (NBSPs between): the section once, its span exact."""
    text = (
        "Embassy \xa0Notices \xa0Embassy \xa0Notices\n\n"
        "Office Closed for the Holiday\n\nMay 2, 2025\n\n"
        "The consular office will be closed on Monday for the national holiday.\n"
    )
    assert ("Embassy Notices", "Embassy \xa0Notices") == _section_and_its_span(text)


def test_a_breadcrumb_leaf_that_reads_as_chrome_is_no_section() -> None:
    """``HOME > Press > Skip to main content``: a skip link glued to the chain, no section."""
    text = "HOME > Press > Skip to main content\n\nTalks held\n\nDATE\n2020-11-24\n\n1. They met.\n"
    assert (None, None) == _section_and_its_span(text)


def test_section_from_the_numbered_breadcrumb_leaf() -> None:
    """A numbered breadcrumb's last item is the section; both crumbs are breadcrumbs."""
    text = (
        "Ministry News\n\n  1. Bilateral Relations\n  2. Press Releases\n\n"
        "Talks held\n\n1. The two sides met in Seoul.\n"
    )
    assert ("Press Releases", "Press Releases") == _section_and_its_span(text)
    assert [LineKind.NAVIGATION, LineKind.BREADCRUMB, LineKind.BREADCRUMB] == [
        line.kind for line in parse(text).lines[:3]
    ]


def test_section_from_an_inline_breadcrumb() -> None:
    """``1. HOME  2. Press  3. Press Releases`` on one line: the leaf is the section."""
    text = (
        "Skip navigation\nCountries Information\n  1. HOME  2. Press  3. Press Releases\n"
        "Press Releases 상세보기\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    )
    readout = parse(text)
    assert ("Press Releases", "Talks held") == (readout.section, readout.title)
    assert LineKind.NAVIGATION is readout.lines[2].kind


def test_section_from_a_chained_breadcrumb() -> None:
    """``HOME > News > Consulate News``: the leaf is the section and the line a breadcrumb."""
    text = "HOME > News > Consulate News\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert readout.section_span is not None
    assert ("Consulate News", "Consulate News", LineKind.BREADCRUMB) == (
        readout.section,
        text[readout.section_span.start : readout.section_span.end],
        readout.lines[0].kind,
    )


def test_two_part_chain_from_home_is_a_breadcrumb() -> None:
    """``Home > Press`` is a breadcrumb because it starts at a site root."""
    assert "Press" == parse("Home > Press\n\nTalks held\n\n1. The two sides met.\n").section


def test_two_part_chain_without_a_root_is_no_breadcrumb() -> None:
    """``Japan > Korea`` is no breadcrumb: it is kept whole (here as the section heading)."""
    readout = parse("Japan > Korea\n\nTalks held\n\n1. The two sides met.\n")
    assert ("Japan > Korea", LineKind.SECTION) == (readout.section, readout.lines[0].kind)


def test_breadcrumb_section_span_after_a_bom() -> None:
    """The section span points at the breadcrumb leaf even when the line starts with a BOM."""
    text = "\ufeffHOME > News > Consulate News\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert readout.section_span is not None
    assert "Consulate News" == text[readout.section_span.start : readout.section_span.end]


def test_section_heading_copies_are_all_sections() -> None:
    """The section heading twice plus a breadcrumb naming it: every copy is a section line."""
    text = (
        "Bilateral Relations\n\nBilateral Relations\n\n  1. Bilateral Relations\n"
        "  2. Bilateral Relations\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    )
    readout = parse(text)
    assert [LineKind.SECTION, LineKind.SECTION, LineKind.BREADCRUMB, LineKind.BREADCRUMB] == [
        line.kind for line in readout.lines[:4]
    ]


def test_second_section_heading_apart_is_navigation() -> None:
    """Of two section headings apart, the first is the section; the other is navigation."""
    text = "Press Releases\n\nMinistry News\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert ("Press Releases", [LineKind.SECTION, LineKind.NAVIGATION]) == (
        readout.section,
        [line.kind for line in readout.lines[:2]],
    )


def test_section_headings_on_adjacent_lines_give_their_leaf() -> None:
    """Headings on adjacent lines are a navigation path: the last is the section."""
    text = "Ministry News\nPress Releases\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert ("Press Releases", [LineKind.NAVIGATION, LineKind.SECTION]) == (
        readout.section,
        [line.kind for line in readout.lines[:2]],
    )


def test_section_falls_back_to_the_text_block_before_the_title() -> None:
    """With no breadcrumb or known heading, the text line above the title is the section."""
    text = "Japan-Republic of Korea Relations\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert ("Japan-Republic of Korea Relations", LineKind.SECTION) == (
        readout.section,
        readout.lines[0].kind,
    )


def test_no_section_when_nothing_precedes_the_title() -> None:
    """A title with nothing above it leaves the section None."""
    readout = parse("Talks held\n\n1. The two sides met in Seoul.\n")
    assert (None, None) == (readout.section, readout.section_span)


def test_no_section_without_a_title() -> None:
    """A page with neither heading nor title has no section."""
    assert parse("1. The two sides met in Seoul.\n").section is None


def test_site_name_and_language_switch_are_not_sections() -> None:
    """``외교부`` and ``KOR`` are navigation, never the section."""
    text = "KOR\n\n외교부\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert (None, [LineKind.NAVIGATION, LineKind.NAVIGATION]) == (
        readout.section,
        [line.kind for line in readout.lines[:2]],
    )


# --- numbered chrome in the head ------------------------------------------------------------------


def test_numbered_social_media_list_is_navigation() -> None:
    """A numbered list of social-media links is navigation, never paragraphs or breadcrumbs."""
    text = (
        "Ministry of Foreign Affairs REPUBLIC OF KOREA\n"
        "  1. Ministry of  Foreign Affairs, Republic of Korea facebook\n"
        "  2. Ministry of Foreign Affairs, Republic of Korea twitter\n\n"
        "Press Releases\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    )
    readout = parse(text)
    assert [LineKind.NAVIGATION] * 3 == [line.kind for line in readout.lines[:3]]
    assert ("Press Releases", [1]) == (readout.section, [p.number for p in readout.paragraphs])


def test_numbered_menu_with_one_menu_word_is_navigation_throughout() -> None:
    """A run of numbered head lines holding one menu word (``화면크기``) is a menu throughout."""
    text = (
        "  1. 화면크기\n  2. 소식\n  3. 국가상징\n\n외교부\n\n보도자료\n\n회담 결과\n\n"
        "□ 양국 장관은 회담을 가졌다.\n"
    )
    readout = parse(text)
    assert [LineKind.NAVIGATION] * 3 == [line.kind for line in readout.lines[:3]]
    assert "보도자료" == readout.section


def test_a_short_numbered_line_under_the_date_header_opens_the_body_with_no_title() -> None:
    """Breadcrumbs stand above the date header: a numbered line under it is body, title or not."""
    text = "Press Briefings\n\nDATE\n2010-03-22\n\n1. Opening Statement\n\n2. The sides met.\n"
    readout = parse(text)
    assert (None, "Press Briefings") == (readout.title, readout.section)
    assert [(1, "Opening Statement"), (2, "The sides met.")] == [
        (p.number, p.text) for p in readout.paragraphs
    ]


def test_body_numbering_restarts_after_numbered_chrome() -> None:
    """Numbered breadcrumbs do not count: body numbering starting at 1 after them is in order."""
    text = "  1. Press\n  2. Press Releases\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    readout = parse(text)
    assert ([1], ()) == ([p.number for p in readout.paragraphs], readout.warnings)


# --- the date header in the head ------------------------------------------------------------------


def test_hit_counter_value_is_metadata() -> None:
    """``hit`` / ``2763``: the count on the next line is metadata, not a title or a date."""
    text = "Talks held\n\nDate\n2015-03-21\nhit\n2763\n\n1. The two sides met in Seoul.\n"
    kinds = [line.kind for line in parse(text).lines]
    assert [
        LineKind.TITLE,
        LineKind.DATE_HEADER,
        LineKind.DATE_HEADER,
        LineKind.METADATA,
        LineKind.METADATA,
        LineKind.PARAGRAPH,
    ] == kinds


def test_department_value_on_the_next_line_is_metadata() -> None:
    """``부서명`` / ``외교부 > 북미국 > 북미1과``: the department path is metadata."""
    text = "회담 결과\n\n부서명\n외교부 > 북미국 > 북미1과\n\n□ 양국 장관은 회담을 가졌다.\n"
    readout = parse(text)
    assert ("회담 결과", LineKind.METADATA) == (readout.title, readout.lines[2].kind)


def test_meta_label_with_inline_value_does_not_swallow_the_next_line() -> None:
    """``Hit : 12`` carries its value; the title on the next block is still the title."""
    text = "Hit : 12\n\nTalks held\n\n1. The two sides met in Seoul.\n"
    assert "Talks held" == parse(text).title


def test_date_label_followed_by_another_label_warns_for_the_first() -> None:
    """``DATE`` then ``등록일`` / value: the first label has no date (RP201), the second does."""
    text = "Talks\n\nDATE\n등록일\n2024-01-01\n\n1. The sides met.\n"
    readout = parse(text)
    assert (dt.date(2024, 1, 1), [("RP201", 3, 1)]) == (readout.date, _codes(readout))


# --- the body -------------------------------------------------------------------------------------


def test_numbered_paragraphs_carry_number_marker_text_and_span() -> None:
    """Each ``N.`` line opens paragraph N; its span starts at the marker."""
    text = "Talks held\n\n1. The two sides met.\n\n2. They agreed to meet again.\n"
    readout = parse(text)
    first = readout.paragraphs[0]
    assert (1, "1.", "The two sides met.", "1. The two sides met.") == (
        first.number,
        first.marker,
        first.text,
        text[first.span.start : first.span.end],
    )
    assert [1, 2] == [p.number for p in readout.paragraphs]


def test_first_number_with_a_leading_space() -> None:
    """`` 1. …`` with a leading space is paragraph 1."""
    assert [1, 2] == [
        p.number for p in parse("Talks\n\n 1. The sides met.\n\n2. They left.\n").paragraphs
    ]


def test_hard_wrapped_paragraph_is_joined() -> None:
    """A paragraph wrapped over several lines is one paragraph, lines joined by a space."""
    text = (
        "Talks held\n\n1. The two ministers met in Seoul on the afternoon of February 12 and\n"
        "discussed the situation on the Korean Peninsula.\n"
    )
    readout = parse(text)
    assert [
        (
            1,
            "1.",
            (
                "The two ministers met in Seoul on the afternoon of February 12 and discussed "
                "the situation on the Korean Peninsula."
            ),
            [],
        )
    ] == _tree(readout)
    assert LineKind.CONTINUATION is readout.lines[-1].kind
    assert len(text.rstrip()) == readout.paragraphs[0].span.end


def test_wrapped_line_ending_a_sentence_at_the_wrap_width_continues() -> None:
    """On a hard-wrapped page, a line too full for the next word that ends a sentence goes on."""
    text = (
        "Talks held\n\n1. The two ministers met in Seoul on the afternoon of the\n"
        "twelfth of February and held talks on very many subjects.\n"
        "They discussed the situation on the Korean Peninsula and\n"
        "agreed to meet again soon in Washington next month.\n"
    )
    readout = parse(text)
    assert 1 == len(readout.paragraphs)
    assert [LineKind.CONTINUATION] * 3 == [line.kind for line in readout.lines[2:]]


def test_wrapped_line_ending_a_sentence_with_room_to_spare_ends_the_paragraph() -> None:
    """On a hard-wrapped page, a sentence that ends where the next word would have fit ends it.

    The page wraps at 60 characters (the first line stops on ``the``); the
    second line ends a sentence at 53, and ``They`` would have fit after it.
    """
    text = (
        "Talks held\n\n1. The two ministers met in Seoul on the afternoon of the\n"
        "twelfth of February and held talks on many subjects.\n"
        "They discussed the situation on the Korean Peninsula and\n"
        "agreed to meet again soon in Washington next month.\n"
    )
    assert [1, None] == [paragraph.number for paragraph in parse(text).paragraphs]


def test_blank_line_ends_a_paragraph() -> None:
    """Prose after a blank line is a new unnumbered paragraph, not a continuation."""
    text = "Talks held\n\n1. The two sides met in Seoul.\n\nThey also discussed the situation.\n"
    assert [(1, "The two sides met in Seoul."), (None, "They also discussed the situation.")] == [
        (p.number, p.text) for p in parse(text).paragraphs
    ]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    """Long lines that each end a sentence, with no blank line between, are separate paragraphs."""
    readout = parse(f"Talks held\n\n{LONG_1}\n{LONG_2}\n")
    assert [LONG_1, LONG_2] == [p.text for p in readout.paragraphs]


def test_unnumbered_follow_on_paragraph_stays_in_place() -> None:
    """An unmarked prose block between ``2.`` and ``3.`` is its own paragraph, number None."""
    text = (
        "Talks\n\n1. The sides met in Seoul.\n\n2. They talked about trade.\n\n"
        "In addition, the two sides discussed the climate.\n\n3. They agreed to meet again.\n"
    )
    readout = parse(text)
    assert ([1, 2, None, 3], ()) == ([p.number for p in readout.paragraphs], readout.warnings)


def test_white_space_in_text_is_folded_and_other_characters_kept() -> None:
    """NBSP and space runs fold to one space; quotes and dashes stay as in the source."""
    text = "Talks\n\n1.  The  sides\u00a0\u00a0met — “again”.\u00a0 \n"
    assert "The sides met — “again”." == parse(text).paragraphs[0].text


def test_box_items_are_unnumbered_paragraphs() -> None:
    """Korean ``□`` items are paragraphs with number None and marker ``□``."""
    text = "회담 결과\n\n□  양국 장관은 회담을 가졌다.\n\n□ 양국은 협력하기로 하였다.\n"
    assert [
        (None, "□", "양국 장관은 회담을 가졌다.", []),
        (None, "□", "양국은 협력하기로 하였다.", []),
    ] == (_tree(parse(text)))


def test_chrome_inside_the_body_is_kept_aside() -> None:
    """An image caption and a section name between paragraphs are chrome, not paragraphs."""
    text = (
        "Talks held\n\n1. The two sides met in Seoul.\n\nphoto\n\n2. They agreed to meet.\n\n"
        "Press Releases\n\n3. They met again today.\n"
    )
    readout = parse(text)
    assert [1, 2, 3] == [p.number for p in readout.paragraphs]
    assert [LineKind.FOOTER, LineKind.NAVIGATION] == [
        readout.lines[2].kind,
        readout.lines[4].kind,
    ]


def test_text_after_chrome_inside_the_body_opens_a_paragraph() -> None:
    """A line after chrome does not continue the paragraph before it: spans never cover chrome.

    Found by the span-slicing property (CR line ends, a section name between two lines).
    """
    text = "°0\rPRESS RELEASES\r0\r0.."
    readout = parse(text)
    assert [(None, "°", "0", []), (None, None, "0", []), (0, "0.", ".", [])] == _tree(readout)
    for paragraph in readout.paragraphs:
        claimed = text[paragraph.span.start : paragraph.span.end]
        assert "PRESS" not in claimed


def test_label_like_lines_inside_the_body_are_body_text() -> None:
    """A date label or a dateline between body paragraphs is body text, not a header field."""
    text = "Talks held\n\n1. The sides met.\n\nDATE\n\n2024-01-01\n\n2. They left.\n"
    readout = parse(text)
    assert (
        None,
        [(1, "The sides met."), (None, "DATE"), (None, "2024-01-01"), (2, "They left.")],
    ) == (
        readout.date,
        [(p.number, p.text) for p in readout.paragraphs],
    )


def test_dash_label_in_the_body_is_a_subpoint() -> None:
    """``- Date: …`` in the body is a dash subpoint, not a date label."""
    text = "Talks held\n\n1. The two sides met in Seoul.\n\n- Dates: 2024-02-29 and 2024-03-01\n"
    readout = parse(text)
    assert (
        None,
        [(1, "1.", "The two sides met in Seoul.", [("-", "Dates: 2024-02-29 and 2024-03-01", [])])],
    ) == (
        readout.date,
        _tree(readout),
    )


# --- subpoints ------------------------------------------------------------------------------------


def test_subpoints_belong_to_the_paragraph_before_them_across_blank_lines() -> None:
    """``O`` items after a paragraph are its subpoints, with or without blank lines."""
    text = "Talks\n\n1. The sides met.\n\n\nO First point.\nO Second point.\n\n2. They left.\n"
    assert [
        (1, "1.", "The sides met.", [("O", "First point.", []), ("O", "Second point.", [])]),
        (2, "2.", "They left.", []),
    ] == _tree(parse(text))


def test_subpoint_span_includes_its_marker() -> None:
    """A subpoint's span starts at its marker and ends at its last character."""
    text = "Talks\n\n1. The sides met.\n\n  o  They agreed.\n"
    sub = parse(text).paragraphs[0].subpoints[0]
    assert "o  They agreed." == text[sub.span.start : sub.span.end]


def test_dash_nests_under_a_circle_subpoint() -> None:
    """``-`` after an ``O`` subpoint is its child (third level)."""
    text = "Talks\n\n1. The sides met.\n\nO First point.\n\n- Detail.\n\nO Second point.\n"
    assert [
        (
            1,
            "1.",
            "The sides met.",
            [("O", "First point.", [("-", "Detail.", [])]), ("O", "Second point.", [])],
        )
    ] == _tree(parse(text))


def test_korean_hierarchy_box_ieung_dash_middot() -> None:
    """``□ → ㅇ → - → ·`` nest by marker kind; a new ``ㅇ`` closes the deeper levels."""
    text = (
        "제목\n\n□ 첫째 항목이다.\n  ㅇ 둘째 수준이다.\n    - 셋째 수준이다.\n"
        "      · 넷째 수준이다.\n  ㅇ 다시 둘째이다.\n□ 다음 상자이다.\n"
    )
    assert [
        (
            None,
            "□",
            "첫째 항목이다.",
            [
                (
                    "ㅇ",
                    "둘째 수준이다.",
                    [("-", "셋째 수준이다.", [("·", "넷째 수준이다.", [])])],
                ),
                ("ㅇ", "다시 둘째이다.", []),
            ],
        ),
        (None, "□", "다음 상자이다.", []),
    ] == _tree(parse(text))


def test_ieung_flush_or_indented_is_a_subpoint_of_the_box() -> None:
    """``ㅇ`` is a subpoint of ``□`` whether indented or flush."""
    text = "제목\n\n□ 첫째 항목이다.\n  ㅇ 들여쓴 항목이다.\nㅇ 붙은 항목이다.\n"
    assert [
        (
            None,
            "□",
            "첫째 항목이다.",
            [("ㅇ", "들여쓴 항목이다.", []), ("ㅇ", "붙은 항목이다.", [])],
        )
    ] == _tree(parse(text))


def test_same_kind_deeper_indent_nests_and_shallower_closes() -> None:
    """Dashes nest by indentation: deeper is a child, back out closes to the matching level."""
    text = "Talks\n\n1. The sides met.\n  - First dash.\n    - Deeper dash.\n  - Back out dash.\n"
    assert [
        (
            1,
            "1.",
            "The sides met.",
            [("-", "First dash.", [("-", "Deeper dash.", [])]), ("-", "Back out dash.", [])],
        )
    ] == _tree(parse(text))


def test_higher_level_marker_closes_a_lower_level() -> None:
    """An ``O`` after a ``-`` subpoint is the dash's sibling level, not its child."""
    text = "Talks\n\n1. The sides met.\n- Dash first.\nO Then a circle.\n"
    assert [
        (1, "1.", "The sides met.", [("-", "Dash first.", []), ("O", "Then a circle.", [])])
    ] == _tree(parse(text))


def test_note_indented_under_ieung_nests_under_it() -> None:
    """``※`` indented deeper than the ``ㅇ`` before it is a note on that ``ㅇ``."""
    text = "제목\n\n□ 첫째 항목이다.\n  ㅇ 둘째 수준이다.\n    ※ 참고 사항이다.\n□ 둘째 상자이다.\n"
    assert [
        (None, "□", "첫째 항목이다.", [("ㅇ", "둘째 수준이다.", [("※", "참고 사항이다.", [])])]),
        (None, "□", "둘째 상자이다.", []),
    ] == _tree(parse(text))


@pytest.mark.parametrize(
    ("last", "body"),
    [("The forum", True), ("It is th", True), ("The MIKTA", True), ("Comments", False),
     ("Read more", False), ("In this section", False), ("www.example.org", False),
     ("The Latest", False), ("We Are Hiring", False)],
)  # fmt: skip
def test_a_few_words_under_a_whole_paragraph_at_the_end_are_a_cut_paragraph(
    last: str, *, body: bool
) -> None:
    """A page cut on a new paragraph's first words keeps them; a link's words are left out."""
    readout = parse(f"Talks held\n\n{LONG_1}\n\n{LONG_2}\n\n{last}")
    assert (readout.paragraphs[-1].text == last) is body


_CHART = "2. The chart (right) shows the growth of trade since 2015."
_POSTER = "양 장관은 홍보 포스터(왼쪽)와 기념 우표(오른쪽)를 공개하였다."
_DATED_PLACE = "양측은 회의를 열기로 합의하였다(잠정 일정: 2025.3./베를린)."
_SPEECH = (
    "장관은 회의를 열었다.\n\n장관은 말했다.\n\n다음은 경축사 주요 내용이다.\n\n"
    "국민 여러분, 오늘은 광복절입니다.\n\n정부는 협력을 확대해 나가겠습니다.\n"
)
_SLASH_WRAPPED = (
    "Foreign Minister Cho and the Secretary of State reviewed the state of the U.S./ROK"
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A chart's or a poster's place in a sentence of the body is no photo caption.
        (f"1. {LONG_1}\n{_CHART}\n3. {LONG_2}\n", _CHART[3:]),
        (f"□ 양측은 회의를 열었다.\n  ㅇ {_POSTER}\n", _POSTER),
        # A bracket's date and place before the end mark is text, no credit.
        (f"□ {_DATED_PLACE} 끝.\n", _DATED_PLACE),
        # A speech quoted at a plain article's end keeps its polite sentences.
        (_SPEECH, "정부는 협력을 확대해 나가겠습니다."),
        # A line ending on 'U.S./ROK' that wraps onto the next is no credited caption.
        (
            f"{_SLASH_WRAPPED}\nalliance in Washington on March 4 and agreed to meet.\n",
            _SLASH_WRAPPED,
        ),
    ],
)
def test_caption_credit_and_site_voice_rules_keep_the_body_s_own_lines(
    text: str, kept: str
) -> None:
    """The rules that set captions, credits and the site's voice apart leave body text alone."""
    readout = parse(f"Talks held\n\n{text}")
    texts = [p.text for p in readout.paragraphs]
    texts += [s.text for p in readout.paragraphs for s in p.subpoints]
    assert any(t.startswith(kept) for t in texts), texts


def test_a_korean_page_under_an_english_headline_keeps_its_section() -> None:
    """A Hangul section over an English headline is the section when the body is Korean."""
    readout = parse(
        "공공외교\n\nK-Culture Week in Paris\n등록일 2024-03-04\n\n□ 외교부는 행사를 열었다.\n"
    )
    assert (readout.section, readout.title) == ("공공외교", "K-Culture Week in Paris")


def test_a_hangul_line_over_an_english_headline_with_no_body_is_the_section() -> None:
    """With no body, nothing says the page is in another script than the line over its title."""
    readout = parse("공공외교\n\nTitle : K-Culture Week\n")
    assert (readout.section, readout.title) == ("공공외교", "K-Culture Week")


def test_an_end_mark_is_no_evidence_of_a_korean_body() -> None:
    """A Hangul line over an English headline and body is no section, a ``끝.`` after it or not."""
    for end in ("", " 끝."):
        readout = parse(f"광고\n\nK-Culture Week in Paris\n\nThe week opened in Paris.{end}\n")
        assert (readout.section, readout.title) == (None, "K-Culture Week in Paris"), end


def test_a_wrapped_korean_line_opening_on_a_date_is_no_date_header() -> None:
    """A hard wrap before a date: the line ends a sentence inside and goes on, so it is body."""
    readout = parse(
        "보도자료\n\n한-칠레 외교차관 전략대화 개최\n\n"
        "외교부 제1차관은 오전 에너지·자원 분야 협력에 대해 "
        "긴밀히 소통해 나가기로 하였다. 외교부 장관은\n"
        "2000년 1월 1일 양국 간 실질 협력 강화 방안에 대해 "
        "논의하였다. 외교부 장관은 양국 간 실질 협력\n"
        "강화 방안에 대해 논의하였다.\n"
    )
    assert (readout.title, readout.date) == ("한-칠레 외교차관 전략대화 개최", None)
    assert len(readout.paragraphs) == 1


def test_consecutive_notes_are_siblings() -> None:
    """A second note at the same or a lesser indent closes the first note."""
    text = "제목\n\n□ 항목이다.\n  ㅇ 하위 항목이다.\n    ※ 첫째 참고.\n    ※ 둘째 참고.\n"
    assert [
        (
            None,
            "□",
            "항목이다.",
            [("ㅇ", "하위 항목이다.", [("※", "첫째 참고.", []), ("※", "둘째 참고.", [])])],
        )
    ] == _tree(parse(text))


def test_deeper_note_nests_under_a_note() -> None:
    """A note indented deeper than the note before it is that note's child."""
    text = "제목\n\n□ 항목이다.\n※ 첫째 참고.\n  ※ 더 깊은 참고.\n"
    assert [(None, "□", "항목이다.", [("※", "첫째 참고.", [("※", "더 깊은 참고.", [])])])] == _tree(
        parse(text)
    )


def test_asterisk_footnote_is_the_paragraphs_subpoint() -> None:
    """``* ASEAN: …`` right after a paragraph is that paragraph's subpoint."""
    text = (
        "Talks\n\n1. The minister will attend the ASEAN* meeting.\n\n"
        "* ASEAN: Association of Southeast Asian Nations\n\n2. He will explain the policy.\n"
    )
    assert [
        (
            1,
            "1.",
            "The minister will attend the ASEAN* meeting.",
            [("*", "ASEAN: Association of Southeast Asian Nations", [])],
        ),
        (2, "2.", "He will explain the policy.", []),
    ] == _tree(parse(text))


def test_subpoint_continuation_line_is_joined() -> None:
    """A line directly after a subpoint continues the subpoint's text."""
    text = "Talks\n\n1. The sides met.\n\nO They agreed to meet\nagain soon.\n"
    readout = parse(text)
    assert [(1, "1.", "The sides met.", [("O", "They agreed to meet again soon.", [])])] == (
        _tree(readout)
    )
    assert LineKind.CONTINUATION is readout.lines[-1].kind


def _depth(readout: Readout) -> int:
    return max((row["depth"] for row in readout.iter_rows()), default=0)


def _staircase(levels: int, number: int = 1) -> str:
    lines = "".join(" " * i + f"- item {i}\n" for i in range(1, levels + 1))
    return f"{number}. Paragraph {number}.\n" + lines


def test_nesting_up_to_the_limit_is_kept() -> None:
    """Subpoints nested exactly MAX_NESTING deep are kept as they are, without a warning."""
    readout = parse("Talks\n\n" + _staircase(MAX_NESTING))
    assert (MAX_NESTING, []) == (_depth(readout), [w.code for w in readout.warnings])


def test_nesting_deeper_than_the_limit_is_kept_at_the_deepest_level() -> None:
    """Deeper subpoints become siblings at depth MAX_NESTING; RP202 once, at the first of them."""
    readout = parse("Talks\n\n" + _staircase(MAX_NESTING + 3))
    deepest: Paragraph | Subpoint = readout.paragraphs[0]
    for _ in range(MAX_NESTING - 1):
        deepest = deepest.subpoints[0]
    expected = [f"item {MAX_NESTING + i}" for i in range(4)]
    assert expected == [sub.text for sub in deepest.subpoints]
    line = MAX_NESTING + 4  # the title, a blank line, the paragraph, then one line a level
    assert [("RP202", line, MAX_NESTING + 2)] == _codes(readout)


def test_the_nesting_limit_is_counted_per_paragraph() -> None:
    """Each paragraph that nests too deep warns once; a paragraph in between does not."""
    text = "Talks\n\n" + _staircase(MAX_NESTING + 1) + _staircase(3, 2) + _staircase(40, 3)
    readout = parse(text)
    first = 3 + MAX_NESTING + 1  # the paragraph is line 3, its items the lines after it
    third = first + 1 + 3 + 1  # the second paragraph and its three items, then the third's line
    expected = [("RP202", first, MAX_NESTING + 2), ("RP202", third + 33, 34)]
    assert expected == _codes(readout)


def test_the_issue_staircase_parses_within_the_limit() -> None:
    """331 levels of bullets, each a space deeper, parse, render and serialise within the cap."""
    readout = parse(_staircase(331))
    assert (MAX_NESTING, 332) == (_depth(readout), len(readout.lines))
    assert parse(readout.render()).structure() == readout.structure()


def test_a_number_alone_numbers_the_text_after_a_blank_line() -> None:
    """``2.`` alone, a blank line, then text: paragraph 2 is that text, its span from the marker."""
    text = "Talks\n\n1. The sides met.\n\n2.\n\nThey agreed to meet again.\n"
    readout = parse(text)
    second = readout.paragraphs[1]
    assert (2, "2.", "They agreed to meet again.") == (second.number, second.marker, second.text)
    assert "2.\n\nThey agreed to meet again." == text[second.span.start : second.span.end]
    kinds = [kind for _, kind in _kinds(readout, text)]
    assert [LineKind.PARAGRAPH, LineKind.CONTINUATION] == kinds[2:]
    assert [] == _codes(readout)


def test_a_bullet_alone_marks_the_text_on_the_next_line() -> None:
    """``O`` or ``□`` alone on a line is the marker of the text on the line after it."""
    later = "양측은 다음 달 서울에서 다시 만나 후속 협의를 이어가기로 했다."
    text = f"제목\n\n□ 첫 항목이다.\n\n□\n양측은 회담을 가졌다.\n ㅇ\n\n {later}\n"
    assert [
        (None, "□", "첫 항목이다.", []),
        (None, "□", "양측은 회담을 가졌다.", [("ㅇ", later, [])]),
    ] == _tree(parse(text))


def test_a_marker_that_no_text_follows_is_kept_as_a_line() -> None:
    """``2.`` before another paragraph, or ``O`` at the end, is an ``unknown`` line with RP204."""
    text = "Talks\n\n1. The sides met.\n2.\n\n3. They agreed.\n O\n"
    readout = parse(text)
    assert [(1, "1.", "The sides met.", []), (3, "3.", "They agreed.", [])] == _tree(readout)
    assert [("2.", LineKind.UNKNOWN), ("O", LineKind.UNKNOWN)] == [
        (line, kind) for line, kind in _kinds(readout, text) if line in {"2.", "O"}
    ]
    assert [("RP204", 4, 1), ("RP203", 6, 1), ("RP204", 7, 2)] == _codes(readout)


def test_two_markers_alone_keep_the_first_and_join_the_second() -> None:
    """Of ``(2)`` then ``(3)`` alone, only the second is followed by text: the first is a line."""
    text = "Talks\n\n(1) The sides met.\n(2)\n(3)\nThey agreed to meet again.\n"
    readout = parse(text)
    expected: list[Any] = [
        (1, "(1)", "The sides met.", []),
        (3, "(3)", "They agreed to meet again.", []),
    ]
    assert expected == _tree(readout)
    assert [("RP204", 4, 1), ("RP203", 5, 1)] == _codes(readout)


# --- where the body ends --------------------------------------------------------------------------


def test_a_marked_item_that_speaks_of_cookies_is_body() -> None:
    """A cookie notice is the site's voice only as a plain line: a ``□`` item is the body's own.

    ``render()`` writes a paragraph on one ``□`` line; a paragraph whose first line spoke of
    cookies, parsed as body, must read back as body.
    """
    text = "□ The site keeps no cookie of the delegations, the ministers said on Monday.\n"
    paragraph = "The site keeps no cookie of the delegations, the ministers said on Monday."
    assert [paragraph] == [p.text for p in parse(text).paragraphs]
    assert [] == [p.text for p in parse(text.removeprefix("□ ")).paragraphs]


@pytest.mark.parametrize(
    "trailer",
    [
        "한빛일보는 24시간 여러분의 제보를 기다립니다.",  # a tip-line prompt
        (
            "/Public Release. This material from the originating office may be edited for"
            " length; the views in it are its author's own."
        ),  # a distributor's note
    ],
)
def test_a_line_in_the_site_s_voice_after_the_body_is_no_paragraph(trailer: str) -> None:
    """The outlet asking for tips or a distributor's disclaimer is never the body's last line.

    As a ``□`` item it is the body's own (``render()`` boxes such a last paragraph).
    """
    said = "The two ministers met in the harbour city and agreed to meet again in spring."
    text = f"Talks held\n\n{said}\n\n{trailer}\n"
    readout = parse(text)
    assert [said] == [p.text for p in readout.paragraphs]
    boxed = parse(f"Talks held\n\n{said}\n\n□ {trailer}\n")
    assert [said, trailer] == [p.text for p in boxed.paragraphs]
    assert boxed.structure() == parse(boxed.render()).structure()


def test_a_lead_in_last_on_the_page_is_no_paragraph_unless_marked() -> None:
    """A plain line ending in a colon with nothing after it leads in to nothing.

    A ``□`` item ending so is the body's own (``render()`` writes a paragraph as one).
    """
    body = "The two ministers met in the harbour city and agreed to meet again in spring.\n\n"
    assert ["The two ministers met in the harbour city and agreed to meet again in spring."] == [
        p.text for p in parse(body + "Suggest to a friend:").paragraphs
    ]
    assert ["The ministers discussed three topics:"] == [
        p.text for p in parse("□ The ministers discussed three topics:\n").paragraphs
    ]


def test_end_mark_ends_the_body() -> None:
    """``끝.`` is an end mark; what follows is trailer, not body."""
    text = "회담 결과\n\n□ 양국 장관은 회담을 가졌다.\n\n끝.\n\nㅇ 후속 항목이다.\n"
    readout = parse(text)
    assert [LineKind.END_MARK, LineKind.UNKNOWN] == [line.kind for line in readout.lines[2:]]
    assert [(None, "□", "양국 장관은 회담을 가졌다.", [])] == _tree(readout)


def test_a_short_numbered_line_wrapped_over_two_lines_above_the_end_mark_is_body() -> None:
    """A numbered line above ``끝.`` is the body's last, short or not, with what wraps onto it."""
    readout = parse(
        "□ 양측은 회의를 개최하였다.\n\n1. Ministry of Foreign Affairs, Republic of Korea\n"
        "facebook and others\n\n끝.\n"
    )
    assert [
        (None, "양측은 회의를 개최하였다."),
        (1, "Ministry of Foreign Affairs, Republic of Korea facebook and others"),
    ] == [(p.number, p.text) for p in readout.paragraphs]


def test_a_numbered_item_of_the_end_mark_alone_does_not_end_the_body() -> None:
    """``16. 끝`` is an item, as ``⑯끝`` is: its marker's full stop closes no sentence.

    So its subpoint is body, whichever way the marker is written.
    """
    for item in ("⑯끝", "16. 끝"):
        readout = parse(f"□ 양측은 회의를 개최하였다.\n\n{item}\nㅇ 참\n")
        number, _, text, subpoints = _tree(readout)[1]
        assert (16, "끝", [("ㅇ", "참", [])]) == (number, text, subpoints), item


def test_a_short_end_mark_line_does_not_end_the_body_with_a_marker_before_it() -> None:
    """``□ ]끝`` is as short as ``]끝``: no sentence before the mark, so it ends no body.

    Its subpoint stays body, whether the line has a marker or not.
    """
    for line in ("]끝", "□ ]끝"):
        readout = parse(f"□ 양측은 회의를 개최하였다.\n{line}\n- ]\n")
        number, _, text, subpoints = _tree(readout)[1]
        assert (None, "]끝", [("-", "]", [])]) == (number, text, subpoints), line


def test_signature_ends_the_body() -> None:
    """A spokesperson signature ends the body, and the translation note is a footer."""
    text = (
        "Talks held\n\n1. The two sides met in Seoul.\n\n"
        "                  Spokesperson and Deputy Minister for Public Relations of MOFA\n\n"
        "* unofficial translation\n"
    )
    readout = parse(text)
    assert [LineKind.SIGNATURE, LineKind.FOOTER] == [line.kind for line in readout.lines[2:]]
    assert [(1, "1.", "The two sides met in Seoul.", [])] == _tree(readout)


def test_unofficial_translation_note_directly_after_the_body_is_no_footnote() -> None:
    """``* unofficial translation`` after the last paragraph is a footer, not a ``*`` subpoint."""
    text = "Talks held\n\n1. The two sides met in Seoul.\n* unofficial translation\n"
    readout = parse(text)
    assert ([(1, "1.", "The two sides met in Seoul.", [])], LineKind.FOOTER) == (
        _tree(readout),
        readout.lines[-1].kind,
    )


def test_trailer_heading_ends_the_body() -> None:
    """After ``Featured Topics`` nothing is body, even a bullet."""
    text = "Talks held\n\n1. The two sides met in Seoul.\n\nFeatured Topics\n\nO Other news.\n"
    readout = parse(text)
    assert [LineKind.FOOTER, LineKind.UNKNOWN] == [line.kind for line in readout.lines[2:]]
    assert 1 == len(readout.paragraphs)


def test_trailer_kinds() -> None:
    """After the body: headings, dates, social links, numbered menus, indented names, rest.

    The page's head states no date, so the date the trailer states is the page's date.
    """
    text = (
        "Talks held\n\n1. The two sides met in Seoul.\n\nList\n\nPress Releases\n\nDATE\n\n"
        "2024-01-01\n\nfacebook twitter\n\n  1. Sitemap\n\n"
        "                 Some indented name\n\nworld1\n\nloading"
    )
    readout = parse(text)
    assert [
        ("List", LineKind.PAGER),
        ("Press Releases", LineKind.NAVIGATION),
        ("DATE", LineKind.DATE_HEADER),
        ("2024-01-01", LineKind.DATE_HEADER),
        ("facebook twitter", LineKind.TOOLBAR),
        ("1. Sitemap", LineKind.NAVIGATION),
        ("Some indented name", LineKind.SIGNATURE),
        ("world1", LineKind.UNKNOWN),
        ("loading", LineKind.LOADING),
    ] == _kinds(readout, text)[2:]
    assert dt.date(2024, 1, 1) == readout.date


def test_trailer_dates_are_metadata_when_the_head_has_a_date() -> None:
    """The head's date header wins; dates after the body are then only metadata."""
    text = (
        "Talks held\n\nDATE\n2024-01-01\n\n1. The two sides met in Seoul.\n\n"
        "등록일 2024-01-05\n\n2024-01-06\n"
    )
    readout = parse(text)
    assert dt.date(2024, 1, 1) == readout.date
    assert [("등록일 2024-01-05", LineKind.METADATA), ("2024-01-06", LineKind.METADATA)] == (
        _kinds(readout, text)[4:]
    )


@pytest.mark.parametrize(
    ("trailer", "date", "kinds"),
    [
        # A publication label beats a date line, wherever each stands.
        (
            "2024-03-02\n등록일\n2024-03-01\n",
            dt.date(2024, 3, 1),
            ["metadata", "date_header", "date_header"],
        ),
        # A modification date beats a date line.
        ("2024-03-02\n수정일 2024-03-09\n", dt.date(2024, 3, 9), ["metadata", "date_header"]),
        # A modification date is taken when it is the only one.
        ("Last updated 9 March 2024\n", dt.date(2024, 3, 9), ["date_header"]),
        # A label whose value is no valid date gives none.
        ("등록일\n2024-02-30\n", None, ["metadata", "metadata"]),
    ],
)
def test_the_trailer_date_is_chosen_in_a_documented_order(
    trailer: str, date: dt.date | None, kinds: list[str]
) -> None:
    """A date after the body: a publication label first, then a modification date, then a line."""
    readout = parse("Talks held\n\n1. The two sides met in Seoul.\n\n" + trailer)
    assert date == readout.date
    assert kinds == [line.kind.value for line in readout.lines[2:]]


def test_korean_feedback_footer_is_chrome() -> None:
    """The Korean satisfaction survey, department and phone lines after the body are chrome."""
    text = (
        "회담 결과\n\n□ 양국 장관은 회담을 가졌다.\n\n"
        "만족도 조사 열람하신 정보에 대해 만족하십니까?\n메뉴담당부서\n02-2100-2114\n"
    )
    readout = parse(text)
    assert [LineKind.FOOTER] * 3 == [line.kind for line in readout.lines[2:]]


def test_wrapped_last_paragraph_lines_stay_in_the_body() -> None:
    """Lines wrapped directly onto the last paragraph belong to it, not to the trailer."""
    text = "Talks\n\n1. The sides met.\n\nO They agreed\nto meet again\nsoon\n"
    assert ["They agreed to meet again soon"] == [
        sub.text for sub in parse(text).paragraphs[0].subpoints
    ]


def test_last_numbered_paragraph_without_full_stop_is_a_paragraph() -> None:
    """``2.`` continuing the body's numbering is paragraph 2, even without a closing period."""
    text = "Talks\n\n1. The sides met in Seoul.\n\n2. Further talks in May\n"
    assert [1, 2] == [p.number for p in parse(text).paragraphs]


# --- warnings -------------------------------------------------------------------------------------


def test_rp101_and_rp102_on_empty_input() -> None:
    """Empty input: no title (RP101) and no body (RP102), both at 1:1."""
    assert [("RP101", 1, 1), ("RP102", 1, 1)] == _codes(parse(""))


def test_rp102_when_there_is_no_body() -> None:
    """A page of chrome and a title only warns RP102 at its first line."""
    readout = parse("\n  Press Releases\n\nTalks held\n")
    assert ("Talks held", [("RP102", 2, 3)]) == (readout.title, _codes(readout))


def test_rp201_label_without_value() -> None:
    """A date label with no date after it warns RP201 at the label."""
    readout = parse("Talks\n\n  DATE\n\n1. First point here.\n")
    assert (None, [("RP201", 3, 3)]) == (readout.date, _codes(readout))


def test_rp201_label_without_value_at_the_end_of_the_head() -> None:
    """A date label that is the head's last line warns RP201."""
    assert [("RP201", 1, 1), ("RP101", 1, 1), ("RP102", 1, 1)] == _codes(parse("DATE\n"))


def test_rp201_invalid_value_on_the_next_line() -> None:
    """``DATE`` / ``2024-02-30``: RP201 at the value, which is still a date-header line."""
    text = "Talks\n\nDATE\n2024-02-30\n\n1. First point here.\n"
    readout = parse(text)
    assert (None, [("RP201", 4, 1)]) == (readout.date, _codes(readout))
    assert "the date is not a valid calendar date" in readout.warnings[0].message
    assert LineKind.DATE_HEADER is readout.lines[2].kind


def test_rp201_invalid_value_on_the_label_line() -> None:
    """``Date : 2024-02-30`` warns RP201 at the line."""
    readout = parse("Talks\n\nDate : 2024-02-30\n\n1. First point here.\n")
    assert (None, [("RP201", 3, 1)]) == (readout.date, _codes(readout))


def test_rp201_invalid_bare_dateline() -> None:
    """A dateline ``2024-02-30`` in the header is a date header whose value is not a date."""
    readout = parse("Talks\n\n2024-02-30\n\n1. The sides met.\n")
    assert [("RP201", 3, 1)] == _codes(readout)


def test_rp203_numbered_paragraph_out_of_order() -> None:
    """A skipped number warns RP203 at the marker, with the expected and found numbers."""
    readout = parse("Talks\r\n\r\n1. First.\r\n\r\n   3. Third.\r\n")
    assert [("RP203", 5, 4)] == _codes(readout)
    assert "numbered paragraph out of order: expected 2, found 3" == readout.warnings[0].message


def test_rp203_first_paragraph_not_numbered_one() -> None:
    """A body whose first number is 2 warns RP203."""
    assert [("RP203", 3, 1)] == _codes(parse("Talks\n\n2. The sides met in Seoul.\n"))


def test_a_bullet_before_any_paragraph_is_a_paragraph() -> None:
    """A bullet first in the body (a lead summary) is an unnumbered paragraph, with no warning."""
    readout = parse("Talks\n\n  O The two sides met.\n\n1. They agreed.\n")
    assert [] == _codes(readout)
    assert [(None, "O", "The two sides met.", []), (1, "1.", "They agreed.", [])] == _tree(readout)


def test_rp301_control_character_with_line_and_column() -> None:
    """A control character warns RP301 at its own line and column, naming the code point."""
    readout = parse("Talks\n\n1. The \x07sides met.\n\n2. Again\x01 we met.\n")
    assert [("RP301", 3, 8)] == _codes(readout)
    assert "control characters in the input: U+0007" == readout.warnings[0].message


def test_rp301_in_an_indented_line() -> None:
    """The RP301 column counts the indentation."""
    assert [("RP301", 3, 9)] == _codes(parse("Talks\n\n    1. A\x00b.\n"))


def test_warnings_are_sorted_by_position() -> None:
    """Warnings come in line then column order, whatever stage raised them."""
    readout = parse("\x01\n\nDATE\n\n3. Third point here.\n")  # a control character is no title
    expected = [("RP101", 1, 1), ("RP301", 1, 1), ("RP201", 3, 1), ("RP203", 5, 1)]
    assert expected == _codes(readout)


def test_columns_count_the_bom_on_a_split_single_line_page() -> None:
    """Columns are code points of the source line, the BOM included, on both parts of a page."""
    text = "\ufeffTalks\x00 held  3. The sides met."
    readout = parse(text)
    assert [("RP301", 1, 7), ("RP203", 1, text.index("3") + 1)] == _codes(readout)


def test_warning_at_computes_a_one_based_column() -> None:
    """warning_at turns an offset on a line into line and 1-based column, with the message."""
    page = Page("x\n   abc")
    assert ParseWarning(
        code="RP203", message="numbered paragraph out of order: detail", line=2, column=5
    ) == page.warning_at(1, page.text_starts[1] + 1, "RP203", "detail")


def test_warning_at_without_detail_uses_the_bare_description() -> None:
    """With no detail, the message is the code's description alone."""
    assert "no title found" == Page("abc").warning_at(0, 0, "RP101").message


# --- body boundaries, directly --------------------------------------------------------------------


def _page(text: str) -> Page:
    """The line view of ``text``, with the layout phase's run-on and wrap flags."""
    page = Page(text)
    page.runs_on = run_on_flags(page)
    page.wrapped = wrap_flags(page)
    return page


def test_find_body_spans_the_body_lines() -> None:
    """find_body returns the index range of the body among the classified lines."""
    page = _page("Press Releases\n\nTalks\n\n1. The sides met.\n\n2. They left.\n\nList\n")
    assert (2, 4) == find_body(page)


def test_find_body_of_a_page_without_body() -> None:
    """With no paragraph-like line, the body is empty at the end."""
    assert (2, 2) == find_body(_page("Press Releases\n\nTalks held\n"))


def test_wrap_widths_are_the_widest_line_of_each_wrapped_block() -> None:
    """A block with a line that stops on a function word or a comma is wrapped at its widest."""
    page = _page(
        "The two ministers met in Seoul on the afternoon of the\n"
        "twelfth and discussed the situation on the peninsula,\n"
        "the economy and trade.\n\n"
        "They agreed to meet again in Washington next year and\n"
        "to keep in close touch.\n"
    )
    assert [54, 54, 54, 53, 53] == wrap_widths(page)


def test_wrap_widths_of_one_sentence_per_line_are_none() -> None:
    """Lines that each end a sentence, however alike their widths, tell no wrap width."""
    page = _page(f"{LONG_1}\n{LONG_2}\nTalks held in Seoul\nBy a reporter\n")
    assert [None] * 4 == wrap_widths(page)


def test_run_on_flags_read_the_ends_of_lines_not_the_want_of_blank_lines() -> None:
    """Headline, label, byline and sentence lines right under each other each stand alone.

    Only the line that goes on in lower case runs on; the headline stops on a
    noun, the label and the byline open anew, the sentence ends.
    """
    page = _page(
        "Allies mark the anniversary of their maritime agreement\n"
        "Press Statement\n"
        "By the Office of the Spokesperson\n"
        "The two navies signed their first agreement on search and rescue\n"
        "at sea seventy years ago this week.\n"
        "They will keep working together.\n"
    )
    assert [False, False, False, False, True, False] == run_on_flags(page)


def test_block_prose_spreads_over_a_hard_wrapped_block() -> None:
    """A wrapped block whose last line ends a sentence is prose from its first line."""
    page = _page(
        "The two ministers met in Seoul on the afternoon of the twelfth and\n"
        "they discussed the situation on the peninsula.\n"
    )
    assert [True, True] == block_prose(page)


def test_block_prose_does_not_spread_across_a_blank_line() -> None:
    """A line followed by a blank line is judged on its own."""
    page = _page(
        "The two ministers met in Seoul on the afternoon of the twelfth and\n\n"
        "they discussed the situation on the peninsula.\n"
    )
    assert [False, True] == block_prose(page)


def test_title_label_with_the_title_on_the_same_line() -> None:
    """``제목: …`` gives the title from the label's own line, span on the value only."""
    text = "제목: 한-칠레 외교장관 회담 결과\n\n1. 양국 장관은 회담을 가졌다.\n"
    readout = parse(text)
    assert readout.title_span is not None
    assert ("한-칠레 외교장관 회담 결과", "한-칠레 외교장관 회담 결과") == (
        readout.title,
        text[readout.title_span.start : readout.title_span.end],
    )


def test_title_label_then_the_title_then_field_pairs() -> None:
    """The old Korean template: ``제 목`` / title / ``기 관`` / value: the value is no section."""
    text = "제 목\n한-칠레 외교장관 회담 결과\n기 관\n외교통상부\n\n1. 양국 장관은 회담을 가졌다.\n"
    readout = parse(text)
    assert ("한-칠레 외교장관 회담 결과", None) == (readout.title, readout.section)
    assert [LineKind.METADATA, LineKind.TITLE, LineKind.METADATA, LineKind.METADATA] == [
        line.kind for line in readout.lines[:4]
    ]


def test_a_dash_list_under_a_note_nests_under_the_note() -> None:
    """``※ …`` followed by flush ``- …`` lines: the dashes are the note's own list."""
    text = "Talks\n\n□ 양국은 협력하기로 하였다.\n※ 최근 교류 실적\n- 2008년 회담\n- 2009년 회담\n"
    assert [
        (
            None,
            "□",
            "양국은 협력하기로 하였다.",
            [("※", "최근 교류 실적", [("-", "2008년 회담", []), ("-", "2009년 회담", [])])],
        )
    ] == _tree(parse(text))


def test_lead_bullets_of_one_kind_are_all_paragraphs() -> None:
    """Summary bullets under the title, before ``1.``: each is its own paragraph."""
    text = (
        "Talks\n\n- The sides met today\n\n- They agreed to meet again\n\n1. Details follow here.\n"
    )
    assert [
        (None, "-", "The sides met today", []),
        (None, "-", "They agreed to meet again", []),
        (1, "1.", "Details follow here.", []),
    ] == _tree(parse(text))


def test_a_heading_line_ends_its_paragraph() -> None:
    """``I. 모두 발언`` directly followed by a sentence: the heading is a paragraph of its own."""
    text = "브리핑\n\nI. 모두 발언\n안녕하십니까? 브리핑을 시작하겠습니다.\n"
    assert ["I. 모두 발언", "안녕하십니까? 브리핑을 시작하겠습니다."] == [
        paragraph.text for paragraph in parse(text).paragraphs
    ]


def test_a_wrapped_line_that_starts_like_a_label_stays_in_its_paragraph() -> None:
    """'posted on <date>, …' under a line that stops mid-sentence is text, not a date header."""
    text = (
        "Briefing\n\nDATE\n2011-11-22\n\nThe two sides met in Seoul on Tuesday.\n\n"
        "The two sides reviewed the text of the joint statement as it was\n"
        "posted on February 5, 2022, on the website of the Ministry.\n"
    )
    readout = parse(text)
    assert (dt.date(2011, 11, 22), 2) == (readout.date, len(readout.paragraphs))
    assert readout.paragraphs[1].text.endswith(
        "as it was posted on February 5, 2022, on the website of the Ministry."
    )


def test_a_chrome_line_wraps_only_under_a_line_as_wide_with_its_spaces_folded() -> None:
    """Runs of white space in the line above do not make it wide enough to wrap onto.

    ``-  the previous round of talks`` is 29 characters folded, as its text is
    read, short of a wrapped line: the banner under it stays chrome, as it does
    under ``- the previous round of talks``.
    """
    for marker in ("- ", "-  ", "□ "):
        page = _page(f".\n{marker}the previous round of talks\n운영중인공식누리집\n")
        assert [False, False, False] == page.wrapped, marker


# --- the model's records, built by setting their slots ------------------------------------------


def test_records_built_by_slot_equal_the_constructors() -> None:
    # make_span and the builders set slots directly; a field added to a model class, or a
    # validator or converter on one, would be skipped there: these tests fail first.
    for cls, names in (
        (Span, ["start", "end"]),
        (Paragraph, ["number", "marker", "text", "subpoints", "span"]),
        (Subpoint, ["marker", "text", "subpoints", "span"]),
    ):
        fields = attrs.fields(cls)
        assert [field.name for field in fields] == names
        assert all(field.validator is None and field.converter is None for field in fields)
    assert make_span(4, 7) == Span(4, 7)


def test_paragraphs_built_by_slot_equal_the_constructors() -> None:
    text = "Talks\n\n1. The two sides met.\n - On trade,\n   and more.\n"
    paragraph = parse(text).paragraphs[0]
    rebuilt = Paragraph(
        number=paragraph.number,
        marker=paragraph.marker,
        text=paragraph.text,
        subpoints=tuple(
            Subpoint(marker=sub.marker, text=sub.text, subpoints=sub.subpoints, span=sub.span)
            for sub in paragraph.subpoints
        ),
        span=Span(paragraph.span.start, paragraph.span.end),
    )
    assert paragraph == rebuilt
    assert hash(paragraph) == hash(rebuilt)
    assert paragraph.subpoints[0].text == "On trade, and more."


def test_a_marker_alone_on_its_line_gives_no_leading_space() -> None:
    # The paragraph's first part is empty: joined as it is, the text would start with a space.
    readout = parse("Talks held\n\n1. The two sides met.\n\n2.\nThey agreed to meet again.\n")
    assert readout.paragraphs[1].text == "They agreed to meet again."


def test_paragraph_text_is_folded_only_where_it_needs_it() -> None:
    text = (
        "Talks held\n\n1. The two  sides\u00a0met.\n\n2. They agreed.\n - On trade,\n   and more.\n"
    )
    paragraphs = parse(text).paragraphs
    assert [p.text for p in paragraphs] == ["The two sides met.", "They agreed."]
    assert paragraphs[1].subpoints[0].text == "On trade, and more."


@pytest.mark.parametrize(
    ("ending", "text"),
    [
        ("하였다. 끝.", "하였다."),
        ("하였다.끝.", "하였다."),
        ("하였다. 끝", "하였다."),
        ("하였다 끝", "하였다"),
        ("하였다. -끝-", "하였다."),
        ("하였다. <끝>", "하였다."),
        ("하였다.  끝 .", "하였다."),
    ],
)
def test_the_end_mark_is_left_out_of_the_last_text_however_spaced(ending: str, text: str) -> None:
    """``끝`` after the body's last sentence ends the document: it is not part of the text."""
    readout = parse(f"회담 결과\n\n□ 양측은 협력을 강화하기로 {ending}\n")
    assert f"양측은 협력을 강화하기로 {text}" == readout.paragraphs[0].text
    assert LineKind.PARAGRAPH == readout.lines[1].kind


@pytest.mark.parametrize("line", ["0.끝.끝.", "0. 끝.끝."])
def test_a_marker_s_stop_is_no_sentence_that_an_end_mark_ends(line: str) -> None:
    """In ``0.끝.끝.`` the first ``끝.`` is text, as in ``0. 끝.끝.``: only the last is a mark."""
    assert [(0, "끝.")] == [(p.number, p.text) for p in parse(f"{line}\n").paragraphs]


def test_a_word_ending_in_the_end_mark_s_letter_is_kept() -> None:
    """``끝`` that is part of a phrase, not after a sentence, stays in the text."""
    assert "협상의 끝" == parse("회담 결과\n\n□ 협상의 끝\n").paragraphs[0].text


def test_a_line_ending_in_a_colon_leads_in_to_a_new_paragraph() -> None:
    """``…the following statement:`` ends its paragraph even without a blank line after it."""
    text = (
        "Talks held\n\nThe Spokesperson issued the following statement today:\n"
        "The Government welcomes the agreement reached in Geneva.\n"
    )
    assert [
        "The Spokesperson issued the following statement today:",
        "The Government welcomes the agreement reached in Geneva.",
    ] == [paragraph.text for paragraph in parse(text).paragraphs]


@pytest.mark.parametrize(
    ("first", "place", "agency", "reporter", "tag"),
    [
        (
            "(서울=연합뉴스) 홍길동 기자 = 외교부는 회의를 열었다.",
            "서울",
            "연합뉴스",
            "홍길동 기자",
            "(서울=연합뉴스) 홍길동 기자 =",
        ),
        ("[서울=뉴시스] 외교부는 회의를 열었다.", "서울", "뉴시스", None, "[서울=뉴시스]"),
        (
            "[한빛일보=김민준 기자] 외교부는 회의를 열었다.",
            None,
            "한빛일보",
            "김민준 기자",
            "[한빛일보=김민준 기자]",
        ),
        (
            "[한빛일보 이도윤 기자] 외교부는 회의를 열었다.",
            None,
            "한빛일보",
            "이도윤 기자",
            "[한빛일보 이도윤 기자]",
        ),
        ("[이도윤 기자] 외교부는 회의를 열었다.", None, None, "이도윤 기자", "[이도윤 기자]"),
        (  # a desk for a byline: 'team', 'desk'
            "[한빛경제 뉴스 속보팀] 외교부는 회의를 열었다.",
            None,
            "한빛경제",
            "뉴스 속보팀",
            "[한빛경제 뉴스 속보팀]",
        ),
        (
            "[서울=뉴스핌] 이영태 기자 = 외교부는 회의를 열었다.",
            "서울",
            "뉴스핌",
            "이영태 기자",
            "[서울=뉴스핌] 이영태 기자 =",
        ),
        (
            "[Seoul=Newspim] Reporter Park Min-ho = The Foreign Minister met the envoys.",
            "Seoul",
            "Newspim",
            "Reporter Park Min-ho",
            "[Seoul=Newspim] Reporter Park Min-ho =",
        ),
        (
            "[한국방송/박서준기자] 외교부는 회의를 열었다.",
            None,
            "한국방송",
            "박서준기자",
            "[한국방송/박서준기자]",
        ),
        (
            "서울--(뉴스와이어)--외교부 대변인은 회의를 열었다.",
            "서울",
            "뉴스와이어",
            None,
            "서울--(뉴스와이어)--",
        ),
        ("【北京共同】両国の代表は会談した。", "北京", "共同", None, "【北京共同】"),
        (
            "【港灣專訊】港灣部長與南海國外長通電話,雙方商定盡早舉行兩國航運合作會議並簽署新的協定。",
            None,
            "港灣專訊",
            None,
            "【港灣專訊】",
        ),
        (
            "【ソウル聯合ニュース】両国は協議した。",
            "ソウル",
            "聯合ニュース",
            None,
            "【ソウル聯合ニュース】",
        ),
        ("【ソウル=共同】両国は協議した。", "ソウル", "共同", None, "【ソウル=共同】"),
        (
            "海港社北京3月11日电（记者 林晓）两国外长在北京会谈。",
            "北京",
            "海港社",
            "记者 林晓",
            "海港社北京3月11日电（记者 林晓）",
        ),
        ("中新网3月11日电 两国外长在首尔会谈。", None, "中新网", None, "中新网3月11日电"),
        (
            "【서울=뉴시스】 홍길동 기자 = 외교부는 회의를 열었다.",
            "서울",
            "뉴시스",
            "홍길동 기자",
            "【서울=뉴시스】 홍길동 기자 =",
        ),
        (
            "BEIJING, April 17 (Xinhua) -- The two sides met.",
            "BEIJING",
            "Xinhua",
            None,
            "BEIJING, April 17 (Xinhua) --",
        ),
        (
            "SEOUL, South Korea, April 17, 2025 /PRNewswire/ -- The forum opened.",
            "SEOUL, South Korea",
            "PRNewswire",
            None,
            "SEOUL, South Korea, April 17, 2025 /PRNewswire/ --",
        ),
        (
            "한빛경제 산둥성 특파원 정다은 기자=“오기 어렵다.”",
            None,
            None,
            "한빛경제 산둥성 특파원 정다은 기자",
            "한빛경제 산둥성 특파원 정다은 기자=",
        ),
        (
            "HARBOUR CITY - The ministers met on Tuesday.",
            "HARBOUR CITY",
            None,
            None,
            "HARBOUR CITY -",
        ),
        ("NEW YORK -- The envoys met.", "NEW YORK", None, None, "NEW YORK --"),
        ("(Xinhua) -- The two sides met.", None, "Xinhua", None, "(Xinhua) --"),
        (
            "NEW YORK/SEOUL, Sept. 20 (Yonhap) -- The two met.",
            "NEW YORK/SEOUL",
            "Yonhap",
            None,
            "NEW YORK/SEOUL, Sept. 20 (Yonhap) --",
        ),
        (
            "NUKU'ALOFA, Tonga, July 23 (Harbour) -- The two met.",
            "NUKU'ALOFA, Tonga",
            "Harbour",
            None,
            "NUKU'ALOFA, Tonga, July 23 (Harbour) --",
        ),
        (
            "Lakeside, August 10 (HarbourPress) The envoys met.",
            "Lakeside",
            "HarbourPress",
            None,
            "Lakeside, August 10 (HarbourPress)",
        ),
        ("NORWAY, March 4 - Today, the two met.", "NORWAY", None, None, "NORWAY, March 4 -"),
        ("Port Lena (HNA) – The envoys met.", "Port Lena", "HNA", None, "Port Lena (HNA) –"),
        (
            "Portland, OR (River.News) The Spokesperson said the two met.",
            "Portland, OR",
            "River.News",
            None,
            "Portland, OR (River.News)",
        ),
        (
            "Lakeside [Vinland], May 20 : The Prime Minister met the envoy on Saturday.",
            "Lakeside [Vinland]",
            None,
            None,
            "Lakeside [Vinland], May 20 :",
        ),
        (
            "Port Lena [Vinland], May 20 (HNA): The two leaders met.",
            "Port Lena [Vinland]",
            "HNA",
            None,
            "Port Lena [Vinland], May 20 (HNA):",
        ),
        (
            "Portland, OR - Friday, the Secretary spoke with the envoy.",
            "Portland, OR",
            None,
            None,
            "Portland, OR -",
        ),
        (
            "(부산=한빛통신) 특별취재단 = 양국 장관이 부산에서 만났다.",
            "부산",
            "한빛통신",
            "특별취재단",
            "(부산=한빛통신) 특별취재단 =",
        ),
        (
            "March 3, 2025 - Lakeside, Ontario - Coastal Affairs Office The Minister spoke today.",
            "Lakeside, Ontario",
            "Coastal Affairs Office",
            None,
            "March 3, 2025 - Lakeside, Ontario - Coastal Affairs Office",
        ),
        (
            "한빛 기자 | 외교부 장관은 다음 주 제네바 군축회의에 참석할 예정이다.",
            None,
            None,
            "한빛 기자",
            "한빛 기자 |",
        ),
        (
            "Written by: Jane Roe | Posted on: March 3rd, 2016 The Minister toured the port.",
            None,
            None,
            "Jane Roe",
            "Written by: Jane Roe | Posted on: March 3rd, 2016",
        ),
        (
            "(Harbour.News) Deputy Minister Roe met the envoy of Vinland today.",
            None,
            "Harbour.News",
            None,
            "(Harbour.News)",
        ),
        (
            (
                "Port Lena: The Foreign Minister on Tuesday spoke by telephone with his counterpart"
                " and discussed the anniversary of ties between the two nations."
            ),
            "Port Lena",
            None,
            None,
            "Port Lena:",
        ),
        (
            (
                "PORT LENA: The Foreign Minister on Tuesday spoke by telephone with his counterpart"
                " and discussed the anniversary of ties between the two nations."
            ),
            "PORT LENA",
            None,
            None,
            "PORT LENA:",
        ),
        (
            (
                "HARBOUR CITY, Aug. 25 (Lenawire/NPA): Foreign Minister Li Wen held talks with his"
                " Vinland counterpart on Friday."
            ),
            "HARBOUR CITY",
            "Lenawire/NPA",
            None,
            "HARBOUR CITY, Aug. 25 (Lenawire/NPA):",
        ),
        (
            (
                "NORTH HAVEN (Harbour Point News / Lenawire - 25th August, 2023) Vinland's ministry"
                " said the talks would resume."
            ),
            "NORTH HAVEN",
            "Harbour Point News / Lenawire",
            None,
            "NORTH HAVEN (Harbour Point News / Lenawire - 25th August, 2023)",
        ),
        (
            "NORTH HAVEN, (Lena Point - Harbour Point News - 3rd Mar, 2024 ) :The ministry spoke.",
            "NORTH HAVEN",
            "Lena Point - Harbour Point News",
            None,
            "NORTH HAVEN, (Lena Point - Harbour Point News - 3rd Mar, 2024 ) :",
        ),
        (
            "Port Lena, (Lenaweekly) Vinland will open the meeting of its envoys next week.",
            "Port Lena",
            "Lenaweekly",
            None,
            "Port Lena, (Lenaweekly)",
        ),
        (
            "Lakeport, (LNA) The ministry said the talks would resume.",
            "Lakeport",
            "LNA",
            None,
            "Lakeport, (LNA)",
        ),
        (
            "Port Lena, Vinland— The ministry said the talks would resume next week.",
            "Port Lena, Vinland",
            None,
            None,
            "Port Lena, Vinland—",
        ),
        (
            "Lakeport, LNA- The Foreign Minister met his counterpart on Wednesday.",
            "Lakeport",
            "LNA",
            None,
            "Lakeport, LNA-",
        ),
    ],
)
def test_a_wire_tag_opening_the_body_is_the_repost(
    first: str, place: str | None, agency: str | None, reporter: str | None, tag: str
) -> None:
    """The tag is taken out of the first paragraph's text into ``repost``, with its span."""
    text = f"Talks held\n\n{first}\n"
    readout = parse(text)
    assert readout.repost is not None
    assert (place, agency, reporter) == (
        readout.repost.place,
        readout.repost.agency,
        readout.repost.reporter,
    )
    assert tag == text[readout.repost.span.start : readout.repost.span.end]
    paragraph = readout.paragraphs[0]
    assert first.removeprefix(tag).strip() == paragraph.text
    assert paragraph.text == text[paragraph.span.start : paragraph.span.end]
    assert LineKind.PARAGRAPH == readout.lines[1].kind


@pytest.mark.parametrize(
    ("first", "place", "agency", "tag"),
    [
        (
            "PORT\u00a0LENA,  April  3,\u3000 2025 /HarbourWire/\t-- The plan starts in June.",
            "PORT LENA",
            "HarbourWire",
            "PORT\u00a0LENA,  April  3,\u3000 2025 /HarbourWire/\t--",
        ),
        (
            "WASHINGTON,  May  20  (Yonhap)  --  The two sides met.",
            "WASHINGTON",
            "Yonhap",
            "WASHINGTON,  May  20  (Yonhap)  --",
        ),
    ],
)
def test_a_wire_tag_is_read_whatever_white_space_its_words_are_apart(
    first: str, place: str, agency: str, tag: str
) -> None:
    """Runs of spaces, tabs or NBSPs in a tag read as the one space the folded text has."""
    text = f"Talks held\n\n{first}\n"
    readout = parse(text)
    assert readout.repost is not None
    assert (place, agency) == (readout.repost.place, readout.repost.agency)
    assert tag == text[readout.repost.span.start : readout.repost.span.end]
    paragraph = readout.paragraphs[0]
    assert paragraph.text == text[paragraph.span.start : paragraph.span.end]


def test_a_wire_tag_alone_on_the_body_s_first_line_is_the_repost() -> None:
    """A tag that fills its line, the text going on under it, is read as the joined text reads."""
    tag = "SEOUL, South Korea, April 17, 2025 /PRNewswire/ --"
    said = "The Korea Public Diplomacy Forum opened applications today for its youth programme."
    text = f"Talks held in Seoul\n\nDATE\n2025-04-17\n\n{tag}\n{said}\n"
    readout = parse(text)
    assert readout.repost is not None
    assert tag == text[readout.repost.span.start : readout.repost.span.end]
    paragraph = readout.paragraphs[0]
    assert said == paragraph.text == text[paragraph.span.start : paragraph.span.end]
    assert [LineKind.PARAGRAPH, LineKind.CONTINUATION] == [line.kind for line in readout.lines[3:]]


@pytest.mark.parametrize(
    "first",
    [
        "1. (서울=연합뉴스) 외교부는 회의를 열었다.",  # a numbered paragraph is no repost
        "[서울=뉴시스]",  # a tag with nothing after it
        "The two sides met in Seoul (Yonhap) -- today.",  # not at the start
        "COVID - 19 cases fell across the region this week.",  # capitals, but a number after
        "UN - the body met in the city today and agreed.",  # two capitals are no place
        "(Note) the figures below are provisional estimates.",  # no dash after the brackets
        "[외교부 기자단] 회의가 열렸다.",  # a press corps, not a byline
        "Prime Minister (PM) Trudeau met the President.",  # an abbreviation, no place before
        "The Republic of Korea (ROK) Foreign Minister met his counterpart.",
        "On Monday, May 20 (local time), the two met.",  # no dash and no capital after it
        "Lakeside, May 20 - 22 talks were held.",  # a range of days, not a dateline's dash
        # A label or a speaker and a colon is no place; nor a place before a short text.
        (
            "Note: The Foreign Minister on Tuesday spoke by telephone with his counterpart and"
            " discussed the anniversary of ties between the two nations."
        ),
        (
            "Background: The two countries established relations in 1973 and have since held"
            " regular talks on trade, security and culture."
        ),
        (
            "Secretary Roe: Thank you all for coming this morning, and thank you to our hosts for"
            " such a warm welcome."
        ),
        (
            "Harbour Daily: The coastal ministers meet this week in Port Lena. What does the"
            " ministry expect of the talks?"
        ),  # a briefing's question, its asker's outlet first
        (
            "Harbour Wire Agency: The coastal ministers met yesterday in Port Lena and agreed a"
            " joint patrol plan for their waters."
        ),
        "Port Lena: talks.",
        "Port Lena: Talks on trade, fisheries, shipping, ports and customs, and visas",
        "Jane Roe | The Minister toured the port.",  # a bar after a name with no byline word
        # A label in capitals and a colon is no place; nor a speaker with a dotted title.
        (
            "FACT SHEET: The two countries today announced a partnership on clean energy,"
            " shipping and trade across the region."
        ),
        (
            "MS. ROE: Thank you all for coming this morning, and thank you to our hosts for such"
            " a warm welcome."
        ),
        (
            "SG: Good afternoon. I am very happy to be back in the capital, and I thank the"
            " minister for a warm welcome."
        ),  # a speaker's initials in a transcript
        # A credit with no slash and a colon; capitals over a bracket of codes, no lower case.
        "Monday, May 20 (local time): The two ministers met in the capital.",
        "HARBOUR CITY, Aug. 25 (Lenawire): the two ministers met.",
        "NATO (US-UK) Leaders met today in the capital.",
        # A name and its initials, or capitals with no comma before them: a gloss, no wire.
        "United Nations (UN) Secretary-General Kim Do-yun welcomed the agreement.",
        "South Vinland (ROK) President Lee met the delegation in the capital.",
        "Team Korea (TK) Members met the delegation in the capital.",
    ],
)
def test_no_repost_without_a_tag_opening_an_unmarked_first_paragraph(first: str) -> None:
    """A tag counts only at the very start of the body's first, unmarked paragraph, before text."""
    assert parse(f"Talks held\n\n{first}\n").repost is None


def test_a_bare_place_and_colon_opens_only_the_body_s_first_paragraph() -> None:
    """Further down, ``Port Lena: …`` is the text's own: a dateline opens a story."""
    said = (
        "The Foreign Minister on Tuesday spoke by telephone with his counterpart and discussed"
        " the anniversary of ties between the two nations."
    )
    text = f"Talks held\n\n- Anniversary call\n\nPort Lena: {said}\n"
    readout = parse(text)
    assert readout.repost is None
    assert f"Port Lena: {said}" == readout.paragraphs[-1].text


@pytest.mark.parametrize("between", [" ", "\n"], ids=["glued", "own-line"])
def test_a_byline_s_posting_date_dates_an_undated_page(between: str) -> None:
    """The date in a byline (``Posted on: March 3rd, 2016``) is the page's, with its span.

    Glued before the text it is a tag, read with its date; on its own line above a
    short paragraph it is a field row of the head (a byline and a date field).
    """
    tag = "Written by: Jane Roe | Posted on: March 3rd, 2016"
    said = "The Minister toured the port on 1 March and met the governor."
    text = f"Minister Tours Port\n\n{tag}{between}{said}\n"
    readout = parse(text)
    assert readout.date == dt.date(2016, 3, 3)
    assert readout.date_span is not None
    assert "March 3rd, 2016" == text[readout.date_span.start : readout.date_span.end]
    assert said == readout.paragraphs[0].text


def test_a_date_header_wins_over_a_byline_s_posting_date() -> None:
    """The head's date stands; the tag only dates a page that states none."""
    text = (
        "Minister Tours Port\n\nDATE\n2016-03-04\n\n"
        "Written by: Jane Roe | Posted on: March 3rd, 2016 The Minister toured the port.\n"
    )
    assert dt.date(2016, 3, 4) == parse(text).date


def test_a_wire_tag_under_a_newswire_subtitle_is_the_repost() -> None:
    """Short subtitle lines that end no sentence stand between the headline and the tagged text."""
    text = (
        "외교부, 증명서 발급 확대\n\n- 해외에서도 발급 가능\n\n"
        "부산--(한빛와이어)--외교부는 발급을 늘린다.\n"
    )
    readout = parse(text)
    assert readout.repost is not None
    assert ("부산", "한빛와이어") == (readout.repost.place, readout.repost.agency)
    assert ["해외에서도 발급 가능", "외교부는 발급을 늘린다."] == [
        paragraph.text for paragraph in readout.paragraphs
    ]


def test_no_repost_in_a_paragraph_after_the_body_s_first_sentence() -> None:
    """Once a paragraph has ended a sentence, a tag further down is text."""
    text = (
        "Talks held\n\nThe two sides met in the capital on Tuesday.\n\n"
        "SEOUL, May 2 (Yonhap) -- Again.\n"
    )
    assert parse(text).repost is None


def test_a_title_cased_first_line_that_runs_on_is_body() -> None:
    """A headline-cased first line that stops mid-phrase and runs on in lower case is body."""
    text = (
        "The Deputy Minister for Political Affairs stressed the\n"
        "importance of people-to-people exchanges between the two\n"
        "countries during the meeting on the same day.\n\n"
        "  (1) The two Ministers agreed to strengthen cooperation in trade and investment.\n"
    )
    readout = parse(text)
    assert readout.title is None
    assert readout.paragraphs[0].text.startswith("The Deputy Minister for Political Affairs")


def test_a_sentence_over_a_short_list_without_a_head_after_it_stays_body() -> None:
    """A lone sentence with short lines under it is chrome only when the head comes after them."""
    text = (
        "Talks held\n\nDATE\n2024-02-29\n\n"
        "The ministers agreed on three points.\nTrade\nEnergy\nCulture\n"
        "They will meet again next year in Seoul to review the work.\n"
    )
    readout = parse(text)
    assert "The ministers agreed on three points." == readout.paragraphs[0].text


def test_a_lone_sentence_over_short_items_before_the_head_is_not_body() -> None:
    """A banner's sentence, buttons under it, then the headline and date: the body comes after."""
    text = (
        "We use small files to keep this site running.\nAccept\nReject\nSettings\n"
        "Ministers meet in the port city\nDATE\n2024-02-29\n\n"
        "The two ministers met in the port city on Thursday.\n"
    )
    readout = parse(text)
    assert ["The two ministers met in the port city on Thursday."] == [
        paragraph.text for paragraph in readout.paragraphs
    ]


def test_a_credited_breadcrumb_leaf_yields_to_the_line_above_the_headline() -> None:
    """A leaf credited on the line after ``From:`` is the publisher: the block above wins."""
    text = (
        "Home > Coastal Affairs Northland\n\nFisheries Desk\n\n"
        "Coastal Office Opens Consultation on Harbour Fees\n\nFrom:\nCoastal Affairs Northland\n\n"
        "The office opened a consultation on harbour fees today and will hear views until June.\n"
    )
    assert "Fisheries Desk" == parse(text).section


_FORUM = (
    "해양 협력 포럼 개막\n"
    "한국과 태평양 도서국들이 해양 자원 보호를 논의하는 협력 포럼을 9일 부산에서 열었다.\n"
)


def test_a_dash_list_closing_the_copy_is_trailer_and_dates_the_page() -> None:
    """A list after the last sentence, no item a sentence, one a bare time stamp: trailer."""
    readout = parse(f"{_FORUM}- 한빛통신\n- 2025-06-09 11:42\n- 원문 보기\n")
    assert [()] == [paragraph.subpoints for paragraph in readout.paragraphs]
    assert dt.date(2025, 6, 9) == readout.date
    assert LineKind.DATE_HEADER == readout.lines[3].kind


def test_a_stamp_that_is_one_only_once_folded_dates_nothing() -> None:
    """The list is decided on folded text; a line whose raw text reads as no date dates nothing.

    ``U+001F`` folds to a space, so the item reads as a time stamp, but on its line the
    time after the date is not one: the list is set apart, and the page has no date.
    """
    readout = parse(f"{_FORUM}- 한빛통신\n- 2025-06-09\x1f11:42\n")
    assert [()] == [paragraph.subpoints for paragraph in readout.paragraphs]
    assert readout.date is None


def test_a_stamped_list_split_by_chrome_reads_as_its_rendering() -> None:
    """Chrome between the items changes nothing: the list is read as built, and so rendered."""
    text = f"{_FORUM}- 한빛통신\n☞ 외교부, 관련 기사 제목\n- 2025-06-09 11:42\n"
    readout = parse(text)
    assert [()] == [paragraph.subpoints for paragraph in readout.paragraphs]
    assert readout.structure() == parse(readout.render()).structure()


@pytest.mark.parametrize(
    "items",
    [
        "- 2025-06-09\n- 2025-06-10\n",  # two dates: a schedule
        "- 2025-06-09 첫 회의\n- 장소 미정\n",  # a date with words after it
        "- 서울\n- 부산\n",  # no date at all
    ],
)
def test_a_list_that_is_no_stamped_trailer_stays_in_the_body(items: str) -> None:
    """Only a list with exactly one bare date among items that make no sentence is trailer."""
    readout = parse(f"{_FORUM}{items}")
    assert len(readout.paragraphs[-1].subpoints) == 2


def test_a_list_after_a_lead_in_stays_in_the_body() -> None:
    """A colon introduces the list: it is the paragraph's, time stamp or not."""
    readout = parse(f"{_FORUM}참가국들의 일정은 다음과 같다:\n- 개회식\n- 2025-06-09 11:42\n")
    assert ["개회식", "2025-06-09 11:42"] == [s.text for s in readout.paragraphs[-1].subpoints]


@pytest.mark.parametrize(
    "line",
    [
        "kbrown@lighthouse.example",
        "경기 북부 이도윤 기자 dylee@hanbit.example",
        "<김민열기자 mykim@sed.example>",
    ],
)
def test_a_reporter_mail_line_between_paragraphs_is_a_footer(line: str) -> None:
    """An e-mail address after a few words of byline, alone on its line, is no paragraph."""
    readout = parse(f"Forum opens\n\nThe forum opened today.\n\n{line}\n\nDelegates met again.\n")
    assert ["The forum opened today.", "Delegates met again."] == [
        paragraph.text for paragraph in readout.paragraphs
    ]
    assert LineKind.FOOTER == readout.lines[2].kind


@pytest.mark.parametrize(
    "line",
    ["kbrown@lighthouse.example", "김하늘(haneul@hanbit.example)", "경기 북부 이도윤 기자 dy@x.kr"],
)
def test_a_reporter_signature_with_no_paragraph_after_it_signs_the_article_off(line: str) -> None:
    """Short lines after the signature (a slogan, a prompt) are the site's, not the body's last."""
    text = f"Forum opens\n\n{LONG_1}\n\n{line}\n\nYour story is our news!\n\nSubscribe now\n"
    readout = parse(text)
    assert [LONG_1] == [paragraph.text for paragraph in readout.paragraphs]
    assert LineKind.FOOTER == readout.lines[2].kind


def test_a_photo_credit_ending_on_an_address_signs_nothing_off() -> None:
    """A caption's credit ends on an address too; after its caption's words, it is no signature."""
    credit = "The ministers pose before the talks in Seoul on April 17. photo@hanbit.example"
    text = f"Forum opens\n\n{LONG_1}\n\n{credit}\n\nDelegates met again.\n"
    assert [LONG_1, "Delegates met again."] == [p.text for p in parse(text).paragraphs]


def test_a_sentence_with_an_address_in_it_stays_body() -> None:
    """A sentence that gives an address is body: the line must end on the address alone."""
    text = "Forum opens\n\nWrite to kbrown@lighthouse.example for the agenda.\n"
    assert ["Write to kbrown@lighthouse.example for the agenda."] == [
        paragraph.text for paragraph in parse(text).paragraphs
    ]


def test_a_wire_end_of_copy_line_ends_the_body() -> None:
    """``(END)`` on its own line ends the copy: the headlines after it are not body."""
    text = (
        "FM meets envoys\n\nSEOUL, May 14 (Yonhap) -- The minister met envoys on Wednesday.\n"
        "hyun@yna.example\n(END)\nS. Korea, Japan hold talks on fisheries.\n"
    )
    readout = parse(text)
    assert ["The minister met envoys on Wednesday."] == [p.text for p in readout.paragraphs]
    assert [LineKind.FOOTER, LineKind.FOOTER] == [line.kind for line in readout.lines[2:4]]


@pytest.mark.parametrize(
    "line",
    [
        "☞ 외교부, 기후변화 대응 협의체 첫 회의 개최",  # a related article's link
        "외교부 당국자가 회의 결과를 설명하고 있다. 2025.5.20 photo@hanbit.example",  # a credit
        "이도윤(dylee@hanbit.example)",  # a name glued to its address
    ],
)
def test_a_related_link_or_credit_line_between_paragraphs_is_chrome(line: str) -> None:
    """A pointer and a headline, or a line ending on an e-mail address, is no paragraph."""
    readout = parse(f"{_FORUM}{line}\n참가국들은 불법 조업 감시 정보를 정기적으로 나누기로 했다.\n")
    assert 2 == len(readout.paragraphs)


def test_a_pointer_line_that_ends_a_sentence_stays_body() -> None:
    """A line opening on ``☞`` that ends a sentence is body: only a link's headline is chrome."""
    readout = parse(f"{_FORUM}☞ 참가국들은 감시 정보를 정기적으로 나누기로 했다.\n")
    assert "☞ 참가국들은 감시 정보를 정기적으로 나누기로 했다." == readout.paragraphs[-1].text


def test_a_caption_under_an_image_remnant_is_chrome() -> None:
    """A line right under ``![]() |`` that makes no sentence is the image's caption."""
    readout = parse(f"{_FORUM}![]() |\n부산에서 열린 개회식\n참가국들은 정보를 나누기로 했다.\n")
    assert [LineKind.ATTACHMENT, LineKind.ATTACHMENT] == [line.kind for line in readout.lines[2:4]]
    assert 2 == len(readout.paragraphs)


def test_a_repost_tag_before_a_line_of_chrome_is_kept_in_the_text() -> None:
    """The tag is not taken when what is left would be chrome alone: the round trip holds."""
    text = (
        "해양 협력 포럼 개막\n\n[부산=한빛통신] ![](a.jpg) 외교부는 20일 부산에서"
        " 협의체 첫 회의를 열고 감시 정보를 나누는 방안을 논의했다.\n\n"
        "참가국들은 감시 정보를 나누기로 했다.\n"
    )
    readout = parse(text)
    assert readout.repost is None
    assert readout.paragraphs[0].text.startswith("[부산=한빛통신] ![](a.jpg)")
    assert readout.structure() == parse(readout.render()).structure()


@pytest.mark.parametrize(
    ("last", "date"),
    [
        ("Halifax, Nova Scotia - March 11, 2021", dt.date(2021, 3, 11)),
        ("Leaders meet in Halifax - March 11, 2021", None),  # a related headline and its date
        ("Halifax, Nova Scotia - March 11, 2021 and after", None),  # the date does not end it
    ],
)
def test_a_place_and_date_line_after_the_body_dates_the_page(last: str, date: dt.date) -> None:
    """A place of a few capitalised words and a date that ends the line is the page's date."""
    text = (
        "Prime Minister speaks with the Prime Minister of Iceland\n\n"
        "Today, the Prime Minister spoke by phone with the Prime Minister of Iceland.\n\n"
        f"Related\n{last}\n"
    )
    assert date == parse(text).date


def test_a_date_label_with_no_date_under_it_leaves_the_place_and_date_line() -> None:
    """A trailer's label over a line that is no date dates nothing; the dateline after it does."""
    text = (
        "Talks held in Seoul\n\nThe two sides met in Seoul on Tuesday and agreed to cooperate.\n\n"
        "Published\nby the press office\nHalifax, Nova Scotia - March 11, 2021\n"
    )
    readout = parse(text)
    assert dt.date(2021, 3, 11) == readout.date
    assert [LineKind.METADATA, LineKind.UNKNOWN, LineKind.DATE_HEADER] == [
        line.kind for line in readout.lines[2:]
    ]


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Categories: Politics", "Politics"),
        ("Filed under: World, Asia", "World"),
        ("분류 : 외교", "외교"),
    ],
)
def test_a_category_line_gives_the_section_and_is_no_title(line: str, section: str) -> None:
    """The first entry of a category line is the section; the headline under it is the title."""
    readout = parse(
        f"{line}\n\nMinisters Meet on Fisheries\n\nThe two ministers met in Portville.\n"
    )
    assert (section, "Ministers Meet on Fisheries") == (readout.section, readout.title)
    assert readout.section_span is not None
    start, end = readout.section_span.start, readout.section_span.end
    assert section == f"{line}\n"[start:end]


@pytest.mark.parametrize(
    "tag",
    [
        "PORT LENA:",
        "HARBOUR CITY, Aug. 25 (Lenawire/NPA):",
        "NORTH HAVEN (Harbour Point News / Lenawire - 25th August, 2023)",
    ],
)
def test_text_left_opening_with_a_capitals_tag_reads_back_from_its_rendering(tag: str) -> None:
    """A first paragraph whose text, its own tag taken, opens with another tag is boxed."""
    said = (
        "The Foreign Minister on Tuesday spoke by telephone with his counterpart and discussed"
        " the anniversary of ties between the two nations."
    )
    readout = parse(f"Talks held\n\n(Harbour.News) {tag} {said}\n\nThey will meet in May.\n")
    assert readout.repost is not None
    assert "Harbour.News" == readout.repost.agency
    assert f"{tag} {said}" == readout.paragraphs[0].text
    assert readout.structure() == parse(readout.render()).structure()


def test_a_repeated_headline_takes_no_prose_printed_twice_under_it() -> None:
    """The headline and the body under it, printed twice: only the headline is the title."""
    block = (
        "Prime Minister speaks with the Prime Minister of Northland\n"
        "Today, the Prime Minister spoke by phone with the Prime Minister of Northland.\n"
    )
    readout = parse(f"{block}March 1, 2021\n{block}")
    assert "Prime Minister speaks with the Prime Minister of Northland" == readout.title
    assert readout.structure() == parse(readout.render()).structure()


@pytest.mark.parametrize(
    "body",
    [
        # A hard-wrapped item before the last: the line above the last item is no item.
        (
            " - 교역 및 투자 확대를 위한 공급망 협력과 핵심광물 분야에서의 공동 프로젝트\n"
            "   추진\n - 문화\n"
        ),
        # Items of another glyph before it, and a sub-list under the one before.
        "○ 경제 분야\n  - 교역 확대\n  - 투자 증진\n○ 문화\n",
    ],
)
def test_a_lists_last_one_word_item_stays_body(body: str) -> None:
    """Only a lone word after no item of the body heads what follows (``■ 제보하기``)."""
    head = "외교장관 회담\n\n□ 양 장관은 아래 분야에서 협력을 강화해 나가기로 하였다.\n"
    readout = parse(f"{head}{body}끝.\n")
    texts = [p.text for p in readout.paragraphs] + [
        s.text for p in readout.paragraphs for s in _walk(p.subpoints)
    ]
    assert "문화" in texts


def _walk(subpoints: tuple[Subpoint, ...]) -> list[Subpoint]:
    found: list[Subpoint] = []
    stack = list(subpoints)
    while stack:
        sub = stack.pop()
        found.append(sub)
        stack.extend(sub.subpoints)
    return found


@pytest.mark.parametrize(
    "tags",
    [
        "이 기사와 관련된 키워드 #외교부 #한일관계",
        "Related topics Korea Japan diplomacy #KoreaJapan #MOFA",
        "Follow us on Instagram and X #MOFAKorea",
        "Tags: Foreign Ministry Korea Japan #diplomacy",
    ],
)
def test_a_tag_or_share_line_with_hashtags_is_no_title(tags: str) -> None:
    """Only hashtags after a headline's words (title case, no label, no site) make no tag line."""
    page = (
        f"Minister Meets Japanese Counterpart\n{tags}\n2024-05-10\n"
        "The Minister met the Japanese Foreign Minister in Tokyo and discussed the summit.\n"
    )
    readout = parse(page)
    assert readout.title == "Minister Meets Japanese Counterpart"
    assert readout.section is None


@pytest.mark.parametrize(
    "last",
    [
        "Also, read: Korea, Japan Agree to Resume Shuttle Diplomacy (2023-05-07)",
        "Previously, on 12 March 2024",
        "Meanwhile, North Korea Fires Ballistic Missile Into East Sea",
        "Additionally, Share This",
        "Also, see",
    ],
)
def test_a_link_opening_on_a_connective_is_no_paragraph_cut_short(last: str) -> None:
    """A connective and its comma open a cut sentence, not a link, a date or a headline."""
    page = (
        "Foreign Minister Meets Japanese Counterpart\n\n"
        "The Foreign Minister held talks with the Japanese Foreign Minister in Tokyo on Tuesday"
        " and discussed cooperation on supply chains.\n\n"
        f"The two ministers agreed to hold the next round of talks in Seoul this year.\n\n{last}\n"
    )
    assert len(parse(page).paragraphs) == 2


@pytest.mark.parametrize(
    ("above", "headline", "body"),
    [
        # A menu's label.
        (
            "항구뉴스 상단 메뉴",
            "해양부 장관, 남해국 장관과 항로 협력 논의",
            "해양부 장관은 8일 만나 논의했다고 밝혔다.",
        ),
        (
            "Main menu",
            "해양부 장관, 남해국 장관과 항로 협력 논의",
            "해양부 장관은 8일 만나 논의했다고 밝혔다.",
        ),
        # A UN document's symbol.
        (
            "SG/T/2757",
            "Activities of Secretary-General in Portvale, 3-5 May",
            "The Secretary-General arrived in Portvale on Monday and met the Harbour Minister.",
        ),
    ],
)
def test_a_line_naming_no_place_on_the_site_over_the_headline_is_no_section(
    above: str, headline: str, body: str
) -> None:
    """A menu's label or a document's symbol is not where the page sits on its site."""
    readout = parse(f"{above}\n\n{headline}\n\n{body}\n")
    assert readout.section is None
    assert readout.title == headline


def test_a_last_paragraph_of_one_sentence_closed_by_a_wire_credit_is_body() -> None:
    """``… later this year. (Yonhap)`` ends a report; a caption dates its picture by the year."""
    page = (
        "Harbour, island agree to resume ferry talks\n\n"
        "PORTVALE, March 4 (Harbourwire) -- The harbour and island ministries agreed Monday"
        " to resume talks on the ferry route, the ministry said.\n\n"
        "The two sides plan to hold the next round of talks in Portvale later this year."
        " (Harbourwire)\n\n"
        "Minister Kim attends a meeting held in Portvale on March 4, 2024. (Harbourwire)\n"
    )
    texts = [p.text for p in parse(page).paragraphs]
    assert texts[-1].endswith("later this year. (Harbourwire)")


@pytest.mark.parametrize(
    "first",
    [
        "【上川大臣】本日は冒頭発言は特にありません。会見を始めます。",
        "【모두발언】 오늘 브리핑은 두 가지 사안을 말씀드리겠습니다.",
        "【ワシントン＝田中一郎】米国務省は声明を発表し、両国の協力を確認した。",
        "中韩外长8月24日电话沟通，就双边关系和半岛局势交换意见。",  # a phone call ('电话')
        "两国外长3月11日在首尔会谈，双方同意加强合作。",  # a day in a sentence, no '电'
    ],
)
def test_a_speaker_a_heading_or_a_writer_in_lenticular_brackets_is_no_repost(first: str) -> None:
    """Only a place and a wire, a place '=' an agency, or a paper's dispatch (``專訊``) are.

    A Chinese wire's dateline names its agency and ends on '电'; a sentence with a day in
    it is no tag.
    """
    readout = parse(f"Talks held\n\n{first}\n")
    assert readout.repost is None
    assert readout.paragraphs[0].text == first


@pytest.mark.parametrize(
    "lead",
    [
        "2024年5月13日，王毅在北京会见韩国外长赵兑烈。",
        "2023年9月21日、国連総会出席のためニューヨークを訪問中の上川外務大臣は会談を行いました。",
    ],
)
def test_a_chinese_or_japanese_lead_opening_on_its_date_is_body(lead: str) -> None:
    """No space between words: the date's tail is long by its characters, a sentence."""
    last = "双方还就共同关心的国际和地区问题深入交换了意见。"
    readout = parse(f"外长会谈\n\n2024-05-13 19:48\n\n{lead}\n\n{last}\n")
    assert [p.text for p in readout.paragraphs] == [lead, last]


def test_an_embargo_notice_opening_on_a_date_stays_a_date_line() -> None:
    """A notice in the polite style (``… 바랍니다.``) under the headline is no body sentence."""
    readout = parse(
        "보도자료\n\n한-아세안 외교장관회의 개최 결과\n\n"
        "2024년 7월 26일(금) 배포 즉시 보도 바랍니다. 외교부 대변인실\n\n"
        "□ 외교부 장관은 7.26.(금) 라오스에서 회의에 참석하였다.\n"
    )
    assert (readout.title, str(readout.date)) == ("한-아세안 외교장관회의 개최 결과", "2024-07-26")


def test_a_hangul_line_after_the_date_of_an_english_page_is_no_title() -> None:
    """A Latin headline gives way to a Hangul block under the date only over a Hangul body."""
    readout = parse(
        "Press Releases\n\nOutcome of the Korea-Central Asia Foreign Ministers' Meeting\n\n"
        "Date\n2023-11-14\n\n한-중앙아시아 외교장관회의 단체사진\n\n"
        "1. The Minister of Foreign Affairs hosted the meeting in Busan on November 14.\n"
    )
    assert readout.title == "Outcome of the Korea-Central Asia Foreign Ministers' Meeting"


@pytest.mark.parametrize(
    "headline", ["Keywords of Korea's Diplomacy in 2024", "Tag Teams Lead Korea's Public Diplomacy"]
)
def test_a_headline_opening_on_a_tag_label_without_its_colon_stays_the_title(headline: str) -> None:
    """Only a label and its colon (``Tags: …``), or ``관련이슈 …``, opens a tag line."""
    assert parse(f"{headline}\n\n2024-09-01\n\nThe Minister spoke on the day.\n").title == headline


@pytest.mark.parametrize("headline", ["記者節前夕／外交部長談媒體自由", "ASEAN Family Photo"])
def test_a_headline_shaped_like_a_byline_or_a_credit_stays_the_title(headline: str) -> None:
    """A byline ends on ``報導`` (``記者…／綜合報導``); a credit says ``file photo``."""
    page = f"{headline}\n\n2024-09-01\n\nThe Minister attended the ceremony and spoke on the day.\n"
    assert parse(page).title == headline


def test_the_masculine_ordinal_is_read_as_the_degree_bullet_it_stands_for() -> None:
    """Older English pages type ``º`` (U+00BA) where they mean the ``°`` subpoint bullet."""
    page = (
        "Minister Meets Harbour Envoy\n\n"
        "1. The Minister met the harbour envoy in Portvale on Monday and discussed the ferry.\n\n"
        "º The two sides agreed to hold the next round of talks in the autumn.\n"
    )
    paragraph = parse(page).paragraphs[0]
    assert [(s.marker, s.text) for s in paragraph.subpoints] == [
        ("º", "The two sides agreed to hold the next round of talks in the autumn.")
    ]


def test_a_sentence_trailing_off_in_dots_is_body() -> None:
    """``… without delay...`` ends a sentence: the paragraph is body, not a headline."""
    readout = parse(
        "Statement by the Spokesperson\n\nDate 2024-11-11\n\n"
        "We urge all parties to return to dialogue without delay...\n\nWe stand ready to help.\n"
    )
    assert [p.text for p in readout.paragraphs] == [
        "We urge all parties to return to dialogue without delay...",
        "We stand ready to help.",
    ]


def test_a_long_chinese_line_of_links_at_the_end_is_no_body_cut_short() -> None:
    """A list of links parted by ``｜`` closes no sentence inside: chrome, not a cut paragraph."""
    readout = parse(
        "北方國外長會見拉納里亞外長\n\n2024-05-13\n\n北方國外交部長13日在首都會見拉納里亞外長。\n\n"
        "相关阅读：北方國外長同拉納里亞外長舉行會談｜兩國外長共見記者｜外交部發言人答記者問｜"
        "兩國人文交流會議召開｜海洋合作論壇舉行\n"
    )
    assert [p.text for p in readout.paragraphs] == ["北方國外交部長13日在首都會見拉納里亞外長。"]


@pytest.mark.parametrize(
    "last",
    [
        "I look forward to hearing your opinion on the road ahead.",
        "The Ministry welcomes your comments on the draft until April 30.",
    ],
)
def test_a_ministry_asking_for_comments_keeps_its_last_paragraph(last: str) -> None:
    """A ministry may ask for its reader's comments: only a news site's notice is set aside."""
    readout = parse(f"Forum Opens\n\n2024-10-08\n\nThe forum opened today in Seoul.\n\n{last}\n")
    assert readout.paragraphs[-1].text == last


@pytest.mark.parametrize(
    "note", ["( 사진=외교부 제공 )", "( 가 번 역 )", "( Unofficial Translation )"]
)
def test_a_caption_or_label_in_spaced_brackets_is_no_body_heading(note: str) -> None:
    """Only a Korean topic in spaced brackets heads the body (``( 한·일 … 회담 )``)."""
    readout = parse(
        f"외교부, 사무총장 접견\n\n{note}\n\n2024.03.12\n\n"
        "외교부 장관은 12일 사무총장을 접견했다.\n"
    )
    assert (readout.date, [p.text for p in readout.paragraphs]) == (
        dt.date(2024, 3, 12),
        ["외교부 장관은 12일 사무총장을 접견했다."],
    )


def test_a_spaced_triangle_item_that_lists_more_stays_an_item() -> None:
    """``▲ 개막식 : ▲개회사 ▲축사 …`` under a ``□`` is its item: only a glued sentence is prose."""
    readout = parse(
        "공공외교 주간 개최\n\n2024.10.01\n\n□ 외교부는 10.7.부터 공공외교 주간을 개최한다.\n"
        "  ▲ 개막식 : ▲개회사 ▲축사 순으로 진행된다.\n  ▲ 토론회 : 공공외교의 미래를 논의한다.\n"
    )
    assert [s.marker for s in readout.paragraphs[0].subpoints] == ["▲", "▲"]


def test_labels_joined_without_news_may_be_the_headline() -> None:
    """``Joint Statement and Fact Sheet`` is a headline; ``News and Press Release`` a label."""
    readout = parse(
        "The White House\n\nJoint Statement and Fact Sheet\n\nJune 10, 2024\n\n"
        "The United States and the Republic of Korea reaffirmed their alliance today.\n"
    )
    assert readout.title == "Joint Statement and Fact Sheet"


def test_an_item_broken_by_hand_mid_sentence_goes_on_with_a_wider_line() -> None:
    """Only a note had room for a wider line's first word: an item broken so goes on."""
    readout = parse(
        "한-중 외교장관 회담 결과\n\n2024.05.13\n\n"
        "□ 외교부 장관은 5.13.(월) 중국 외교부장과 회담을 갖고 양국 관계\n"
        "발전 방안과 한반도 정세 등에 대해 심도 있는 의견을 교환하였으며 고위급 교류를 지속해 "
        "나가기로 하였다.\n"
    )
    assert len(readout.paragraphs) == 1
    assert readout.paragraphs[0].text.endswith("나가기로 하였다.")


def test_a_repost_tag_s_script_is_no_evidence_of_the_body_s() -> None:
    """A Hangul line over an English page is no section, whatever script the wire's tag is in.

    The tag is the outlet's words and leaves the paragraph's text; the body's script is read
    on the words that stay.
    """
    for first in ("The two sides met in Seoul.", "[한빛일보]The two sides met in Seoul."):
        readout = parse(f"한빛광장\n\nTalks held\n\n{first}\n")
        assert (readout.section, readout.title) == (None, "Talks held"), first
    assert readout.repost is not None


@pytest.mark.parametrize(
    "label", ["Title : \xa0", "TITLE \xa0", "제목:\u3000"], ids=["colon", "capitals", "korean"]
)
def test_a_labelled_title_s_span_is_its_value_however_widely_spaced(label: str) -> None:
    """The title after a label, its words wider apart than folded: its span holds them all."""
    value = "Ambassador \xa0briefs \xa0the  press"
    text = f"{label}{value}  \nDATE 2025-03-12\n\nThe sides met in Seoul.\n"
    readout = parse(text)
    assert readout.title == "Ambassador briefs the press"
    assert readout.title_span is not None
    assert text[readout.title_span.start : readout.title_span.end] == value


def test_a_category_line_is_read_folded_however_widely_spaced() -> None:
    """The entry's length is its folded one: doubled spaces do not push it past the limit."""
    entry = "Deputy Secretary's Meeting with the Envoy"
    for gap in (" ", "  "):
        text = f"Categories: {entry.replace(' ', gap)}\n\nTalks held\n\nThe two sides met today.\n"
        readout = parse(text)
        assert readout.section == entry, gap
        assert readout.section_span is not None
        assert text[readout.section_span.start : readout.section_span.end] == entry.replace(
            " ", gap
        )
