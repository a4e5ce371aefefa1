"""Weak evidence only warns: any input still parses, to the same readout but for RP4xx warnings."""

from __future__ import annotations

from unittest import mock

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from readoutparse import Readout, parse
from readoutparse.strategies import page_texts

LINE_BREAKS = ["\n", "\r\n", "\r", "\u2028"]
# Lines that the weak-evidence rules read: short heads, datelines, bylines, dates out of the
# body, captions after the last sentence, wrapped headlines, Korean headlines.
PIECES = [
    "Geneva",
    "Geneva, Switzerland",
    "By Lee Min-ho",
    "Source: Press Desk | 2025-06-01",
    "Posted 1 June 2025 18:00",
    "2025-06-30",
    "2025-02-30",
    "DATE",
    "제목: 회의",
    "Ministers open the third round of talks on",
    "Ministers Open the Third Round of Talks",
    "port logistics and shipping",
    "외교부, 항만 협력 회의 개최 및",
    "The ministers at the harbour",
    "The two delegations met and agreed to continue the talks.",
    "1. The two delegations met and agreed to continue the talks.",
    "  - They will meet again",
    "Menu",
    "끝.",
]
weak_pages = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(LINE_BREAKS), st.text(max_size=6)),
    max_size=30,
).map("".join)


def _without_weak_evidence(readout: Readout) -> Readout:
    kept = tuple(w for w in readout.warnings if not w.code.startswith("RP4"))
    return attrs.evolve(readout, warnings=kept)


@given(st.one_of(st.text(), weak_pages, page_texts()))
@example("Geneva, Switzerland\n\n2025-06-30\n\nMinisters Open the Third Round of Talks\n\nBody")
@example("Ministers open talks\nBy Lee Min-ho\n\nSource: Press Desk | 2025-06-01\n\nNo end")
def test_weak_evidence_only_adds_warnings(text: str) -> None:
    """Parse is total, and without the RP4xx warnings the readout is what it is without the rules.

    Every weak-evidence warning points at a line of the input.
    """
    readout = parse(text)
    # The rules are patched where they live (pure Python even in the compiled build).
    rules = dict.fromkeys(("_weigh_title", "_weigh_date", "_weigh_body_end"), mock.DEFAULT)
    with mock.patch.multiple("readoutparse._evidence", **rules):
        unweighed = parse(text)
    assert unweighed == _without_weak_evidence(readout)
    lines = {line.lineno for line in readout.lines}
    assert all(w.line in lines for w in readout.warnings if w.code.startswith("RP4"))
