"""Peak memory of a parse, measured by tracemalloc: deterministic, so a test, not a benchmark.

A parse holds its page as columns (a few bytes a line, never a copy of a line's
text) and slices the paragraphs' text from the input once the columns are let go,
so it never holds two copies of the page beside its result. (A page of very short
lines costs more per byte, since each line has its offsets and its kind, so this
bound is for pages of paragraphs, as the benchmark's.)
"""

from __future__ import annotations

import gc
import importlib.util
import sys
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from readoutparse import parse

if TYPE_CHECKING:
    from types import ModuleType

PAGE = Path(__file__).parent.parent / "examples" / "2024-02-29-rok-us-fm-washington.txt"
BOUND = 5.0  # the goal in docs/performance.md: peak at most 5 bytes per UTF-8 input byte


def _peak(text: str, warm: str) -> int:
    """Peak traced bytes of ``parse(text)``, after parsing ``warm`` has warmed the caches."""
    parse(warm)  # patterns compiled, caches warm: only the parse itself is measured
    gc.collect()
    tracemalloc.start()
    try:
        parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def _peak_per_byte(text: str) -> float:
    return _peak(text, text) / len(text.encode("utf-8"))


def _benchmark_pages() -> ModuleType:
    """The benchmark's page generator (a script, not a package), for its fixed-width pages."""
    path = Path(__file__).parent.parent / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("readoutparse_generate", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


WIDE_LINES_BOUND = 3.0
"""The line view's goal on a page of 90-character lines, in bytes per input byte (2.0 measured)."""


def test_a_page_of_90_character_lines_peaks_below_three_bytes_per_input_byte() -> None:
    # The page benchmarks/run.py measures: 100 kB of four-line paragraphs wrapped at 90.
    page = _benchmark_pages().fixed_width_page(90)
    assert _peak_per_byte(page) <= WIDE_LINES_BOUND


def test_a_large_page_peaks_below_five_bytes_per_input_byte() -> None:
    # The seed page with its body repeated: 100 times its size, as in the benchmark.
    text = PAGE.read_text(encoding="utf-8")
    head, _, body = text.partition("\n1. ")
    large = head + "".join(f"\n{i}. " + body for i in range(1, 101))
    assert _peak_per_byte(large) <= BOUND


# --- the worst shapes -----------------------------------------------------------------------------
#
# Pages of very short lines cost the most per character: every line has its columns (offsets,
# width, shape, flags, kind), whatever its length. 0.1 took up to 304 bytes a character on these
# shapes (a record and a copy of the text per line); the line view takes at most 63.

MAX_BYTES_PER_CHAR = 100.0
"""Peak traced bytes per input character on the worst shapes (63 measured, lines of ``O``)."""

SIZE = 100_000
"""Characters per shape. The figure per character is the same at 1 MB (within 1%), at a tenth
of the time: tracemalloc slows a parse of many lines tens of times."""

_BREAKS = "\n", "\r\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"
WORST_SHAPES = {
    "one-character-lines": "a\n",
    "every-line-separator": "".join("a" + brk for brk in _BREAKS),
    "o-lines": "O\n",
    "numbered-marker-lines": "1.\n",
    "one-line-page-of-wide-gaps": "A  ",  # no line break: a part at each gap
}


@pytest.mark.parametrize("unit", WORST_SHAPES.values(), ids=WORST_SHAPES.keys())
def test_the_worst_shapes_peak_below_the_bound_per_character(unit: str) -> None:
    """A page of the shortest lines, of any line break, peaks below MAX_BYTES_PER_CHAR."""
    text = unit * (SIZE // len(unit))
    assert _peak(text, unit * 100) / len(text) <= MAX_BYTES_PER_CHAR
