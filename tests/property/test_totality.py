"""Totality: however deep, empty or odd the input, parse() returns a readout that works."""

from __future__ import annotations

import copy
import pickle

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutparse import MAX_NESTING, Readout, parse

# Glyphs of one rank nest by indent alone: a staircase of them nests one level a line.
_SAME_RANK_GLYPHS = [["-", "–", "―", "—"], ["O", "o", "○", "ㅇ", "●"], ["·", "•", "ㆍ"], ["*", "※"]]


def _depth(readout: Readout) -> int:
    return max((row["depth"] for row in readout.iter_rows()), default=0)


@st.composite
def staircases(draw: st.DrawFn) -> str:
    """A numbered paragraph, then bullets of one rank, each indented one space deeper."""
    levels = draw(st.integers(0, 10_000))
    glyphs = draw(st.sampled_from(_SAME_RANK_GLYPHS))
    glyph = draw(st.sampled_from(glyphs))
    # Most lines repeat one glyph (drawing 10,000 would be slow); a few vary.
    varied = draw(st.dictionaries(st.integers(1, max(levels, 1)), st.sampled_from(glyphs)))
    lines = [" " * i + f"{varied.get(i, glyph)} item {i}\n" for i in range(1, levels + 1)]
    return "Talks\n\n1. First.\n" + "".join(lines)


@settings(max_examples=8, deadline=None)
@given(staircases())
@example("1. First.\n" + "".join(" " * i + f"- item {i}\n" for i in range(1, 332)))
@example("1. First.\n" + "".join(" " * i + "- item\n" for i in range(1, 10_001)))
def test_nesting_of_any_depth_is_kept_within_the_limit(text: str) -> None:
    """No exception, depth at most MAX_NESTING, every line kept, and the readout usable."""
    readout = parse(text)
    assert _depth(readout) <= MAX_NESTING
    assert len([line for line in text.splitlines() if line.strip()]) == len(readout.lines)
    assert pickle.loads(pickle.dumps(readout)) == readout  # noqa: S301 - our own data
    assert copy.deepcopy(readout) == readout
    assert Readout.from_dict(readout.to_dict()) == readout
    assert parse(readout.render()).structure() == readout.structure()
