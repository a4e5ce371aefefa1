"""Weak evidence: the RP4xx warnings, raised where a field was chosen on little, and only there."""

from __future__ import annotations

import pytest

from readoutparse import ParseError, Readout, parse

BODY = "The delegations met in Busan on Tuesday and agreed to meet again next year.\n"
DATED = "Fisheries talks open in Busan\n\nDATE\n2025-05-20\n\n"


def _codes(readout: Readout) -> list[tuple[str, int, int]]:
    return [(warning.code, warning.line, warning.column) for warning in readout.warnings]


# --- RP401: the title ------------------------------------------------------------------------


def test_a_short_line_chosen_over_other_head_text_is_a_weak_title() -> None:
    """Two-word lines around the date, neither a headline's shape: RP401 on the one taken."""
    text = f"Busan harbour\n\n2025-05-20\n\nFisheries talks\n\n{BODY}"
    readout = parse(text)
    assert ("Busan harbour", [("RP401", 1, 1)]) == (readout.title, _codes(readout))
    assert "a short line chosen over other text of the head" in readout.warnings[0].message


def test_a_place_line_is_passed_over_for_the_headline() -> None:
    """A place above the date is a dateline's, not the title: the headline under the date is."""
    headline = "Delegations of both countries open fisheries talks"
    readout = parse(f"Busan, Korea\n\n2025-05-20\n\n{headline}\n\n{BODY}")
    assert (headline, []) == (readout.title, _codes(readout))


def test_a_title_joined_with_a_line_it_does_not_wrap_onto_is_weak() -> None:
    """A line the headline had no room for, opening on a capital: joined, with RP401."""
    head = "Fisheries Talks Between the Two Countries Open\nWith a Call for Joint Patrols"
    readout = parse(f"Menu\n\n{head}\n\n{BODY}")
    assert head.replace("\n", " ") == readout.title
    assert [("RP401", 3, 1)] == _codes(readout)
    assert "lines that do not read as one wrapped headline" in readout.warnings[0].message


def test_a_title_beside_a_photo_caption_is_weak() -> None:
    """A title-cased line over a ``(Photo)`` tag, chosen by position, may be a caption: RP401."""
    head = "Coastal Affairs\n\nMay 20, 2025\n\nMinister Greets the Visiting Delegation\n"
    readout = parse(f"{head}(Photo) Fisheries Talks in Busan\n\n{BODY}")
    assert [("RP401", 5, 1)] == _codes(readout)
    assert "a line beside a photo caption" in readout.warnings[0].message


def test_a_byline_under_the_headline_is_not_part_of_it() -> None:
    """A byline glued under a headline stands beside it: the title is the headline alone."""
    text = f"Menu\n\nFisheries talks open in the port city of Busan\nBy Park Ji-won\n\n{BODY}"
    readout = parse(text)
    assert ("Fisheries talks open in the port city of Busan", []) == (
        readout.title,
        _codes(readout),
    )


@pytest.mark.parametrize(
    "head",
    [
        "Fisheries Talks Between the Two Countries Open in\nBusan Harbour\n\nDATE\n2025-05-20\n",
        "Fisheries talks between the two countries open in the\nport city\n\nDATE\n2025-05-20\n",
        "수산 협력 회의 개최 및\n공동 성명 발표\n\n등록일 2025-05-20\n",
    ],
    ids=["stops-on-a-small-word", "goes-on-in-lower-case", "korean-conjunction"],
)
def test_a_headline_wrapped_mid_phrase_is_no_weak_title(head: str) -> None:
    """A break after ``in``, ``the`` or ``및`` is a hard wrap: one headline, no warning."""
    readout = parse(f"{head}\n{BODY}")
    assert [] == _codes(readout)


@pytest.mark.parametrize(
    "head",
    [
        "Press Releases\n\n제목: 회담\n\nBusan, Korea\n\n",  # a title label gives it
        "Talks open\n\n",  # a short title that no other text competes with
    ],
    ids=["label", "alone"],
)
def test_labelled_or_uncontested_titles_raise_nothing(head: str) -> None:
    """A labelled or unopposed title is not weak evidence, however short."""
    assert [] == [code for code, _, _ in _codes(parse(head + BODY)) if code == "RP401"]


# --- RP402: the date -------------------------------------------------------------------------


def test_no_date_taken_though_a_head_line_states_one() -> None:
    """A head line with a date in a phrase, no label, no dateline: no date, and RP402 there."""
    text = f"Fisheries talks open in Busan\n\nNotes for the talks of 2025-05-20\n\n{BODY}"
    readout = parse(text)
    assert (None, [("RP402", 3, 1)]) == (readout.date, _codes(readout))


def test_a_source_line_gives_the_date() -> None:
    """A source line with a date in a field of its own is a dateline: its date is the page's."""
    text = f"Fisheries talks open in Busan\n\nSource: Ministry press desk | 2025-05-20\n\n{BODY}"
    readout = parse(text)
    assert ("2025-05-20", []) == (str(readout.date), _codes(readout))


def test_a_date_inside_a_body_paragraph_is_no_missed_date() -> None:
    """Body sentences mention dates; they are never the page's date, and raise nothing."""
    text = "Fisheries talks open in Busan\n\nThe talks began on 20 May 2025 in Busan harbour.\n"
    assert (None, []) == (parse(text).date, _codes(parse(text)))


def test_a_date_header_is_strong_evidence() -> None:
    """A date label and its value: the date is taken, and nothing is said about it."""
    readout = parse(DATED + BODY)
    assert [] == _codes(readout)


def test_only_the_first_date_outside_the_body_is_read() -> None:
    """An invalid date first ends the search (no dateutil call per line): no RP402."""
    sent = "Sent 2025-02-30 | 2025-05-20\nEdited 2025-05-21"
    text = f"Fisheries talks open in Busan\n\n{sent}\n\n{BODY}"
    assert [] == [code for code, _, _ in _codes(parse(text)) if code == "RP402"]


def test_a_date_on_a_line_too_long_for_a_header_is_not_read() -> None:
    """Past the end mark, a short footer with a date warns; one longer than chrome does not."""
    body = "어업 협력 회의 개최 결과\n\n1. 양측은 부산에서 회의를 가졌다.\n\n끝.\n\n"
    short, long = "Copyright 2025-05-20", "Copyright " + "notice " * 30 + "2025-05-20"
    assert [("RP402", 7, 1)] == _codes(parse(f"{body}{short}\n"))
    assert [] == _codes(parse(f"{body}{long}\n"))


# --- RP403: the end of the body --------------------------------------------------------------


CUT_SHORT = "The delegations agreed to continue the talks on\n"  # the page ends mid-sentence


def test_a_body_ending_on_a_line_that_ends_no_sentence_is_weak() -> None:
    """A sentence cut short under the last sentence, kept as a paragraph: RP403 at its line."""
    readout = parse(f"{DATED}{BODY}{CUT_SHORT}")
    assert "The delegations agreed to continue the talks on" == readout.paragraphs[-1].text
    assert [("RP403", 7, 1)] == _codes(readout)


@pytest.mark.parametrize(
    "last",
    ["2. Both sides signed a memorandum.\n", "2. Both sides signed\n   - a memorandum\n", BODY],
    ids=["numbered", "with-subpoints", "sentence"],
)
def test_a_body_ending_on_a_sentence_or_marked_paragraph_is_strong(last: str) -> None:
    """A numbered last paragraph, subpoints, or a sentence end: no RP403."""
    assert [] == _codes(parse(f"{DATED}1. {BODY}\n{last}"))


def test_strict_mode_rejects_a_weak_page() -> None:
    """strict=True raises on a weak-evidence warning like on any other."""
    with pytest.raises(ParseError) as caught:
        parse(f"{DATED}{BODY}{CUT_SHORT}", strict=True)
    assert ("RP403", 7) == (caught.value.code, caught.value.line)
