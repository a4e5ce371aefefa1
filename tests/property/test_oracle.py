"""The oracle: a generated page parses to the readout it was assembled from."""

from __future__ import annotations

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from wrap_hazards import pages_with_wrap_hazard

from readoutparse import Paragraph, Readout, Span, Subpoint, parse
from readoutparse.strategies import pages

HAZARDS = ("short-first-numbered-line", "back-to", "spokesperson", "date-line", "posted-on-date")
"""Hard-wrapped lines that start like chrome or a label; each once cut its paragraph."""


def _spans(readout: Readout) -> list[tuple[str, Span]]:
    """Every paragraph and subpoint span, in document order, with the element's text."""
    found: list[tuple[str, Span]] = []

    def walk(element: Paragraph | Subpoint) -> None:
        found.append((element.text, element.span))
        for sub in element.subpoints:
            walk(sub)

    for paragraph in readout.paragraphs:
        walk(paragraph)
    return found


@given(pages())
def test_generated_page_parses_to_its_structure(page: tuple[str, Readout]) -> None:
    """Title, date, section, paragraphs and nested subpoints are what the page was built from."""
    text, expected = page
    assert parse(text).structure() == expected.structure()


@given(pages())
def test_generated_page_spans_point_at_their_elements(page: tuple[str, Readout]) -> None:
    """Each paragraph and subpoint span covers its marker through its own last line."""
    text, expected = page
    actual = parse(text)
    assert _spans(actual) == _spans(expected)


@given(pages())
def test_generated_page_header_spans(page: tuple[str, Readout]) -> None:
    """The title, date and section spans point where the values were written."""
    text, expected = page
    actual = parse(text)
    assert (actual.title_span, actual.date_span, actual.section_span) == (
        expected.title_span,
        expected.date_span,
        expected.section_span,
    )


@pytest.mark.parametrize("hazard", HAZARDS)
@settings(max_examples=25, phases=[Phase.explicit, Phase.generate])
@given(data=st.data())
def test_wrapped_lines_that_start_like_chrome_stay_in_their_paragraph(
    hazard: str, data: st.DataObject
) -> None:
    """A hard-wrapped line is a continuation even when it starts like chrome or a label."""
    text, expected = data.draw(pages_with_wrap_hazard(hazard), label="page")
    actual = parse(text)
    assert actual.structure() == expected.structure()
    assert _spans(actual) == _spans(expected)
