"""Stage 1: splitting the input into non-blank lines with offsets into the original string."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readoutparse._lines import SourceLine, iter_lines, split_lines

if TYPE_CHECKING:
    from collections.abc import Iterable

LINE_BREAKS = ["\n", "\r\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def _line_fields(line: SourceLine) -> tuple[int, int, int, int, str, bool]:
    return (line.lineno, line.start, line.end, line.indent, line.text, line.blank_before)


@pytest.mark.parametrize("sep", LINE_BREAKS, ids=[f"U+{ord(s[-1]):04X}" for s in LINE_BREAKS])
def test_every_line_ending_splits_lines(sep: str) -> None:
    """Every line ending SPEC names ends a line; line numbers count blank lines too."""
    text = f"ab{sep}  cd{sep}{sep}ef"
    width = len(sep)
    expected = [
        (1, 0, 2, 0, "ab", True),
        (2, 2 + width + 2, 2 + width + 4, 2, "cd", False),
        (4, 4 + 3 * width + 2, 4 + 3 * width + 4, 0, "ef", True),
    ]
    assert expected == [_line_fields(line) for line in split_lines(text)]


@pytest.mark.parametrize("sep", LINE_BREAKS, ids=[f"U+{ord(s[-1]):04X}" for s in LINE_BREAKS])
def test_offsets_index_the_original_string(sep: str) -> None:
    """text[start:end] is the line's content in the string passed in, whatever the line ending."""
    text = sep.join(["Press Releases", "", "  Talks held  ", "1. The two sides met."])
    expected = ["Press Releases", "Talks held", "1. The two sides met."]
    assert expected == [text[line.start : line.end] for line in split_lines(text)]


def test_mixed_line_endings_keep_offsets_right() -> None:
    """CRLF, CR and LF in one input each end one line and offsets stay exact."""
    text = "one\r\ntwo\rthree\nfour"
    lines = split_lines(text)
    assert [1, 2, 3, 4] == [line.lineno for line in lines]
    assert ["one", "two", "three", "four"] == [text[line.start : line.end] for line in lines]


def test_crlf_is_one_line_break_not_two() -> None:
    """A CRLF pair is one line ending: the next line is line 2, with no blank line before it."""
    line = split_lines("a\r\nb")[1]
    assert (2, False) == (line.lineno, line.blank_before)


def test_empty_input_has_no_lines() -> None:
    """The empty string gives no lines."""
    assert () == split_lines("")


def test_white_space_only_input_has_no_lines() -> None:
    """Lines of spaces, tabs and NBSPs are blank."""
    assert () == split_lines(" \t\n\u00a0\n\u3000  \r\n")


def test_indent_counts_leading_white_space_characters() -> None:
    """The indent counts white-space code points (tab and NBSP included) before the text."""
    text = "x\n\t\u00a0 y \u00a0\n"
    line = split_lines(text)[1]
    assert (3, 5, 6, "y") == (line.indent, line.start, line.end, line.text)


def test_trailing_white_space_is_outside_the_span() -> None:
    """The span ends at the last non-white-space character; trailing NBSP and spaces are out."""
    text = "Talks held \u00a0 \nbody"
    line = split_lines(text)[0]
    assert "Talks held" == text[line.start : line.end]


def test_inner_white_space_is_kept_in_the_line_text() -> None:
    """Only the ends are stripped: a tab inside the line stays in its text."""
    assert "a\tb" == split_lines("a\tb\nc")[0].text


def test_blank_before_is_true_for_the_first_line() -> None:
    """The start of the input counts as a blank line before the first line."""
    assert split_lines("first\nsecond")[0].blank_before


def test_blank_before_is_false_for_adjacent_lines() -> None:
    """A line directly after another non-blank line has no blank line before it."""
    assert not split_lines("first\nsecond")[1].blank_before


def test_blank_before_is_true_after_a_white_space_only_line() -> None:
    """A line of spaces and tabs counts as blank."""
    assert split_lines("first\n \t \nsecond")[1].blank_before


def test_blank_before_is_true_after_several_blank_lines() -> None:
    """Several blank lines are one separation, and line numbers skip them."""
    line = split_lines("first\n\n\n\nsecond")[1]
    assert (5, True) == (line.lineno, line.blank_before)


def test_leading_bom_is_removed_from_the_text_but_kept_in_the_span() -> None:
    """A byte-order mark is not part of the line's text; the span still starts at it."""
    text = "\ufeffTitle\nbody"
    line = split_lines(text)[0]
    assert ("Title", 0, 6) == (line.text, line.start, line.end)


def test_bom_followed_by_spaces_is_removed_with_the_spaces() -> None:
    """White space after a leading BOM is not part of the text either."""
    line = split_lines("\ufeff  Title\nbody")[0]
    assert ("Title", 0, 8, 0) == (line.text, line.start, line.end, line.indent)


def test_only_one_leading_bom_is_removed() -> None:
    """A second U+FEFF is the text's own (a zero-width no-break space): it stays in the text."""
    line = split_lines("\ufeff\ufeffTitle\nbody")[0]
    assert ("\ufeffTitle", 0, 7) == (line.text, line.start, line.end)


def test_bom_only_input_is_one_line_with_empty_text() -> None:
    """A lone BOM is not white space, so it is a line (whose text is empty) and is not lost."""
    lines = split_lines("\ufeff")
    assert [(1, 0, 1, "")] == [(line.lineno, line.start, line.end, line.text) for line in lines]


def test_source_line_repr_shows_number_offsets_and_text() -> None:
    """The debugging repr names the line number, offsets and text."""
    assert "SourceLine(1, 0, 1, 'x')" == repr(split_lines("x")[0])


# --- a whole page dumped on one line --------------------------------------------------------------


def test_single_line_page_splits_the_title_at_the_first_wide_gap() -> None:
    """A page on one line: the text before the first run of two spaces is its own line."""
    text = "Talks held  The two sides met in Seoul.  They agreed to meet again."
    expected = [
        (1, 0, 10, 0, "Talks held", True),
        (1, 12, 67, 12, "The two sides met in Seoul.  They agreed to meet again.", True),
    ]
    assert expected == [_line_fields(line) for line in split_lines(text)]


ONE_LINE_PAGES = {
    # Section, headline, date, body and chrome joined by wide gaps: each a line of its own.
    "blocks": (
        "Press  Talks held  Date 2024-03-01  The sides met.  They agreed.  List  Next",
        ["Press", "Talks held", "Date 2024-03-01", "The sides met.  They agreed.", "List", "Next"],
    ),
    # Before a lower-case word, after a comma or a function word: a typo, not a block's end.
    "lower-case word after": ("Talks held  in Seoul today", ["Talks held  in Seoul today"]),
    "comma before": ("Talks held in Seoul,  Korea", ["Talks held in Seoul,  Korea"]),
    "function word before": ("Talks held in  Seoul", ["Talks held in  Seoul"]),
    # A time or a zone after a date goes on the date's line.
    "time after a date": ("April 17, 2018  14:30  KST", ["April 17, 2018  14:30  KST"]),
    # After a full stop, a numbered paragraph, a bullet or '끝.' opens a block of its own.
    "markers and an end mark": (
        "1. 양측은 회의를 개최하였다.  2. 양측은 합의하였다.  ㅇ 차기 회의는 서울에서 열린다.  끝.",
        [
            "1. 양측은 회의를 개최하였다.",
            "2. 양측은 합의하였다.",
            "ㅇ 차기 회의는 서울에서 열린다.",
            "끝.",
        ],
    ),
}


@pytest.mark.parametrize(("text", "parts"), ONE_LINE_PAGES.values(), ids=ONE_LINE_PAGES.keys())
def test_single_line_page_splits_at_the_gaps_between_blocks(text: str, parts: list[str]) -> None:
    """A page on one line is split at the wide gaps between its blocks, not inside one."""
    assert parts == [line.text for line in split_lines(text)]


def test_single_line_page_block_opening_on_a_glued_date_field_is_split_as_a_line_is() -> None:
    """A block after a wide gap is read as a line is: a date field glued before its text parts.

    Else the block reads differently once written on a line of its own (found by fuzzing).
    """
    text = "l  Date 2024-11-05 Vice Minister meets a delegation  The sides met."
    lines = split_lines(text)
    assert ["l", "Date 2024-11-05", "Vice Minister meets a delegation", "The sides met."] == [
        line.text for line in lines
    ]
    assert [line.text for line in lines] == [text[line.start : line.end] for line in lines]


def test_single_line_page_parts_keep_their_offsets() -> None:
    """Every part's offsets index the input, after a byte-order mark and an indent too."""
    text = "\ufeff  Talks held  Date 2024-03-01  The sides met.  List"
    lines = split_lines(text)
    assert [text[line.start : line.end] for line in lines[1:]] == [line.text for line in lines[1:]]
    assert "Talks held" == lines[0].text
    assert [1] * 4 == [line.lineno for line in lines]
    assert all(line.start - line.indent == 0 for line in lines)


def test_single_line_page_offsets_index_the_original_string() -> None:
    """Both parts of a split one-line page point into the input, after leading blank lines too."""
    text = "\n\n  Talks held   The two sides met in Seoul."
    lines = split_lines(text)
    assert ["Talks held", "The two sides met in Seoul."] == [
        text[line.start : line.end] for line in lines
    ]
    assert [3, 3] == [line.lineno for line in lines]


def test_single_line_page_rest_indent_is_measured_from_the_line_start() -> None:
    """The second part's indent is its distance from the start of its source line."""
    text = "\n\n  Head  Rest of it"  # a part that starts a block (in lower case it goes on)
    rest = split_lines(text)[1]
    assert rest.start - rest.indent == text.index("  Head")


def test_single_line_page_with_a_sentence_before_the_gap_is_not_split() -> None:
    """Two spaces after a full stop are a gap inside the body, not a title boundary."""
    text = "The two sides met.  They agreed to meet again."
    assert [text] == [line.text for line in split_lines(text)]


def test_single_line_page_starting_with_a_marker_is_not_split() -> None:
    """A line whose head is a paragraph marker (``1.``) keeps its marker with its text."""
    text = "1.  The two sides met in Seoul"
    assert [text] == [line.text for line in split_lines(text)]


def test_single_line_without_a_wide_gap_is_not_split() -> None:
    """A one-line page with single spaces only stays one line."""
    assert ["Talks held in Seoul"] == [line.text for line in split_lines("Talks held in Seoul")]


def test_single_line_page_gap_beyond_the_title_length_is_not_split() -> None:
    """Only a short prefix is split off: a gap after the first 150 characters is left alone."""
    text = "a" * 151 + "  b"
    assert [text] == [line.text for line in split_lines(text)]


def test_two_line_input_is_never_split_at_gaps() -> None:
    """The gap rule is for one-line pages only; a page with two lines keeps its wide gaps."""
    assert ["Head  rest", "second"] == [line.text for line in split_lines("Head  rest\nsecond")]


# --- the split a chunk at a time ------------------------------------------------------------------

_PIECES = st.lists(
    st.sampled_from(LINE_BREAKS) | st.sampled_from(("a", " b", "\ufeff", "  ", "1. x", "\t")),
    max_size=40,
).map("".join)


def _all_fields(lines: Iterable[SourceLine]) -> list[tuple[int, int, int, int, str, bool]]:
    return [_line_fields(line) for line in lines]


def _by_splitlines(text: str) -> list[tuple[int, int, int, int, str]]:
    """What the split must give: ``str.splitlines`` over the whole text, offsets by breaks."""
    found, offset = [], 0
    for lineno, raw in enumerate(text.splitlines(keepends=True), start=1):
        stripped = raw.strip()
        if stripped:
            indent = len(raw) - len(raw.lstrip())
            start = offset + indent
            found.append((lineno, start, start + len(stripped), indent, stripped))
        offset += len(raw)
    return found


@given(_PIECES, st.integers(min_value=1, max_value=12))
def test_a_split_in_chunks_is_the_split_of_the_whole(text: str, chunk_chars: int) -> None:
    """Lines, offsets, numbers and blank-before flags do not depend on where the chunks end."""
    assert _all_fields(iter_lines(text, chunk_chars)) == _all_fields(iter_lines(text, len(text)))


def _several_lines(text: str) -> bool:
    """Two non-blank lines or more (a page of one may be split at a gap), and no BOM."""
    return sum(1 for raw in text.splitlines() if raw.strip()) > 1 and "\ufeff" not in text


# Pieces around two lines that are never blank, byte-order marks left out (the first line
# loses one): nothing drawn is filtered out.
_SEVERAL_LINES = st.builds("{}\n1. x{}\na{}".format, _PIECES, _PIECES, _PIECES).map(
    lambda text: text.replace("\ufeff", "")
)


@given(_SEVERAL_LINES)
def test_the_split_finds_what_splitlines_finds(text: str) -> None:
    """Each non-blank line's number, offsets, indent and text are those ``splitlines`` gives."""
    assert _several_lines(text)
    assert [fields[:5] for fields in _all_fields(iter_lines(text, 3))] == _by_splitlines(text)


def test_a_page_on_one_line_splits_off_each_short_head_part() -> None:
    """Site name, headline and date line each become a line; the body from its first sentence on."""
    text = "Site Name  Talks Held in Busan  Date 2025-05-20  The sides met. They agreed.  More."
    lines = split_lines(text)
    assert [line.text for line in lines] == [
        "Site Name",
        "Talks Held in Busan",
        "Date 2025-05-20",
        "The sides met. They agreed.  More.",
    ]
    assert all(text[line.start : line.end] == line.text for line in lines)


@pytest.mark.parametrize(
    ("text", "field", "rest"),
    [
        (
            " date 2024-07-11 CANADA, July 11 - Today the leaders met.\nThey agreed.\n",
            "date 2024-07-11",
            "CANADA, July 11 - Today the leaders met.",
        ),
        ("Talks\n\tDate: 2024-07-11   The leaders met.\n", "Date: 2024-07-11", "The leaders met."),
        (" date 2024-07-11 The leaders met.", "date 2024-07-11", "The leaders met."),  # one line
        ("\ufeffdate 2024-07-11 Talks held\n\nThe leaders met.\n", "date 2024-07-11", "Talks held"),
    ],
)
def test_a_date_field_glued_before_a_line_is_a_line_of_its_own(
    text: str, field: str, rest: str
) -> None:
    """The field and the text after it are two lines of the same number, with exact offsets."""
    lines = split_lines(text)
    at = next(i for i, line in enumerate(lines) if line.text == field)
    first, second = lines[at], lines[at + 1]
    assert (text[first.text_start : first.end], first.lineno) == (field, second.lineno)
    assert (text[second.start : second.end], second.text, second.blank_before) == (rest, rest, True)


@pytest.mark.parametrize(
    "text", ["Date 2024-02-29 14:30", "date 2024-02-29 (KST)", "Date: 2024-02-29"]
)
def test_a_date_with_its_time_or_alone_stays_one_line(text: str) -> None:
    """A time or a zone after the date goes with it: the line is not split."""
    assert [text, "The two sides met."] == [
        line.text for line in split_lines(text + "\n\nThe two sides met.\n")
    ]
