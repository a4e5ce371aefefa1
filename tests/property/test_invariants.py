"""Properties every input must keep: totality, conservation, round-trips."""

from __future__ import annotations

import pickle

from hypothesis import example, given
from hypothesis import strategies as st

from readoutparse import Paragraph, Readout, Subpoint, parse

LINE_BREAKS = ["\n", "\r\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
PIECES = [
    "1. ",
    "(2) ",
    "③ ",
    "O ",
    "ㅇ ",
    "□ ",
    "- ",
    "※ ",
    "DATE",
    "2024-02-29",
    "등록일",
    "Press Releases",
    "  1. Bilateral Relations",
    "loading",
    "끝.",
    "\u00a0",
    "\ufeff",
    "\x00",
    "\ud800",
    "The two sides met.",
]

page_like = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(LINE_BREAKS), st.text(max_size=20)),
    max_size=40,
).map("".join)
any_text = st.one_of(st.text(), page_like)


def _coverage(text: str, readout: Readout) -> list[int]:
    covered = [0] * len(text)
    for line in readout.lines:
        for offset in range(line.span.start, line.span.end):
            covered[offset] += 1
    return covered


@given(any_text)
@example("\ufeff\r0")  # figures under a line of no text (the byte-order mark's): no wrap to read
def test_any_string_parses_and_every_span_is_in_bounds(text: str) -> None:
    """parse() is total on str, and every span lies inside the input."""
    readout = parse(text)
    spans = [line.span for line in readout.lines]
    for paragraph in readout.paragraphs:
        spans.append(paragraph.span)
        spans.extend(sub.span for sub in paragraph.subpoints)
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)


@given(any_text)
def test_lines_cover_every_non_space_character_exactly_once(text: str) -> None:
    """Nothing is lost: each non-white-space character is in exactly one line."""
    covered = _coverage(text, parse(text))
    assert [i for i, ch in enumerate(text) if not ch.isspace() and covered[i] != 1] == []
    assert [i for i, count in enumerate(covered) if count > 1] == []


@given(any_text)
def test_dict_json_and_pickle_round_trip(text: str) -> None:
    """to_dict/from_dict, JSON and pickle give back an equal readout."""
    import json  # noqa: PLC0415 - local to the one test that needs it

    readout = parse(text)
    assert Readout.from_dict(readout.to_dict()) == readout
    assert Readout.from_dict(json.loads(readout.to_json())) == readout
    assert pickle.loads(pickle.dumps(readout)) == readout  # noqa: S301 - our own data


@given(any_text)
def test_parse_is_deterministic(text: str) -> None:
    """The same input gives the same readout."""
    assert parse(text) == parse(text)


@given(any_text)
def test_paragraph_spans_start_at_their_marker_or_text(text: str) -> None:
    """A paragraph's span starts at a non-white-space character of the input."""
    for paragraph in parse(text).paragraphs:
        assert not text[paragraph.span.start].isspace()


def _elements(readout: Readout) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    stack: list[Paragraph | Subpoint] = list(readout.paragraphs)
    while stack:
        element = stack.pop()
        found.append((element.text, element.span.start, element.span.end))
        stack.extend(element.subpoints)
    return found


@given(any_text)
@example("°0\rPRESS RELEASE\r0\r0..")  # chrome between two lines of one paragraph
def test_every_span_slices_back_to_the_text_it_claims(text: str) -> None:
    """An element's span, folded, ends with the element's text; the title span is the title."""
    readout = parse(text)
    for claimed, start, end in _elements(readout):
        assert " ".join(text[start:end].split()).endswith(claimed)
    if readout.title_span is not None:
        span = readout.title_span
        assert " ".join(text[span.start : span.end].split()) == readout.title
