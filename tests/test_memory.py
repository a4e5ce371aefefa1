"""Peak memory of a parse, measured by tracemalloc: deterministic, so a test, not a benchmark.

The lines' own text is let go before the paragraphs' text is sliced from the
input, so a parse never holds two copies of the page beside its result. (A page
of very short lines costs more per byte: each line has records of its own, about
900 bytes at the peak, so this bound is for pages of paragraphs, as the benchmark's.)
"""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

from readoutparse import parse

PAGE = Path(__file__).parent.parent / "examples" / "2024-02-29-rok-us-fm-washington.txt"
BOUND = 5.0  # the goal in docs/performance.md: peak at most 5 bytes per UTF-8 input byte


def _peak_per_byte(text: str) -> float:
    parse(text)  # patterns compiled, caches warm: only the parse itself is measured
    gc.collect()
    tracemalloc.start()
    try:
        parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / len(text.encode("utf-8"))


def test_a_large_page_peaks_below_five_bytes_per_input_byte() -> None:
    # The seed page with its body repeated: 100 times its size, as in the benchmark.
    text = PAGE.read_text(encoding="utf-8")
    head, _, body = text.partition("\n1. ")
    large = head + "".join(f"\n{i}. " + body for i in range(1, 101))
    assert _peak_per_byte(large) <= BOUND
