"""Metamorphic properties: changes that carry no meaning leave the structured view alone."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readoutparse import Readout, Subpoint, parse
from readoutparse.strategies import pages, with_line_endings

Page = tuple[str, Readout]

_BLANK_RUN_RE = re.compile(r"\n((?:[^\S\n]*\n)+)")
_TRAILING_WHITE_SPACE = st.sampled_from([" ", "  ", "\t", "\u00a0", " \u00a0\t"])


def _with_final_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


@given(pages(), st.sampled_from(["\r\n", "\r"]))
def test_line_endings_do_not_change_the_structure(page: Page, ending: str) -> None:
    """CRLF and CR pages parse like the same page with LF."""
    text, _ = page
    assert parse(with_line_endings(text, ending)).structure() == parse(text).structure()


def test_with_line_endings_refuses_what_is_not_a_line_break() -> None:
    """A typo such as a backslash and an n (two characters) is refused, naming the value."""
    with pytest.raises(ValueError, match=r"not a line ending: '\\\\n'"):
        with_line_endings("Title\n", "\\n")


@given(pages(), _TRAILING_WHITE_SPACE)
def test_trailing_white_space_does_not_change_the_structure(page: Page, space: str) -> None:
    """White space (NBSP and tabs included) added to the end of every line changes nothing."""
    text, _ = page
    padded = "\n".join(line + space for line in text.split("\n"))
    assert parse(padded).structure() == parse(text).structure()


@given(pages(), st.integers(1, 3))
def test_extra_blank_lines_between_blocks_do_not_change_the_structure(
    page: Page, extra: int
) -> None:
    """More blank lines where blocks are already apart change nothing."""
    text, _ = page
    spaced = _BLANK_RUN_RE.sub(lambda match: "\n" + match.group(1) + "\n" * extra, text)
    assert spaced != text or _BLANK_RUN_RE.search(text) is None
    assert parse(spaced).structure() == parse(text).structure()


@given(pages())
def test_loading_line_at_the_end_does_not_change_the_structure(page: Page) -> None:
    """A ``loading`` spinner after the page is chrome."""
    text, _ = page
    assert parse(_with_final_newline(text) + "loading").structure() == parse(text).structure()


@given(pages())
def test_font_size_line_before_the_title_does_not_change_the_structure(page: Page) -> None:
    """A ``  • Font Size`` toolbar line before the title (or the body) is chrome."""
    text, expected = page
    at = 0 if expected.title_span is None else text.rfind("\n", 0, expected.title_span.start) + 1
    inserted = text[:at] + "  • Font Size\n" + text[at:]
    assert parse(inserted).structure() == parse(text).structure()


_NOTES = frozenset({"*", "※"})
_LISTS = frozenset({"-", "–", "·"})


def _note_before_list(subpoints: tuple[Subpoint, ...]) -> bool:
    """A note followed by a ``-``/``·`` sibling: what the known render bug needs."""
    pairs = itertools.pairwise(subpoints)
    return any(a.marker in _NOTES and b.marker in _LISTS for a, b in pairs) or any(
        _note_before_list(sub.subpoints) for sub in subpoints
    )


@given(pages())
def test_rendering_and_parsing_again_is_idempotent(page: Page) -> None:
    """The canonical text of a readout parses to the same structured view."""
    readout = parse(page[0])
    assert parse(readout.render()).structure() == readout.structure()


def test_rendering_a_note_before_a_dash_item_is_idempotent() -> None:
    """A note followed by a sibling ``-`` item keeps them siblings through render()."""
    text = (
        "1. The two sides met.\n  * ASEAN: Association of Southeast Asian Nations\n- They agreed.\n"
    )
    readout = parse(text)
    assert [sub.marker for sub in readout.paragraphs[0].subpoints] == ["*", "-"]
    assert parse(readout.render()).structure() == readout.structure()
