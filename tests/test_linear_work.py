"""Hostile input costs work linear in its size: counted in calls, not timed.

Each case is parsed at size n and 10n under ``cProfile``; the number of
function calls (Python and C, each regex match one call) is deterministic, so
the check cannot flake on a busy machine. Super-linear Python work (a pass
over all lines per line, a quadratic join) shows up as a ratio far above 10.
Regexes are kept linear by construction (no nested unbounded quantifiers, see
``_vocabulary.py``) and timed by the benchmark suite.
"""

from __future__ import annotations

import cProfile
import pstats
from typing import TYPE_CHECKING

import pytest

from readoutparse import _classify, parse

if TYPE_CHECKING:
    from collections.abc import Callable

N = 500
RATIO = 10.5  # 10x the input may cost at most 10.5x the calls

CASES: dict[str, Callable[[int], str]] = {
    "megabyte-long line": lambda n: "word " * (50 * n),
    "long line without spaces": lambda n: "x" * (500 * n),
    "numbered paragraphs": lambda n: "".join(f"{i % 900 + 1}. The sides met.\n" for i in range(n)),
    "out-of-order numbers": lambda n: "1. The sides met today.\n" * n,
    "plain sentences": lambda n: "The sides met today in Seoul for talks.\n" * n,
    "nested dashes": lambda n: (
        "1. Start.\n" + "".join(" " * (i % 40) + "- item\n" for i in range(n))
    ),
    "dotted number runs": lambda n: "1." * (100 * n),
    "open parentheses": lambda n: "(" * (100 * n),
    "numbered breadcrumbs": lambda n: "".join(
        f"  {i % 99 + 1}. Bilateral Relations\n" for i in range(n)
    ),
    "bullets only": lambda n: "ㅇ item\n" * n,
    "date labels": lambda n: "DATE\n" * n,
    "every line separator": lambda n: "a\u2028b\u2029c\x85d\x1ce\r\nf\rg\vh\fi\n" * n,
    "NULs and bidi controls": lambda n: "\x00\u202e\u2066x\n" * n,
    "lone surrogates": lambda n: "\ud800 \udfff\n" * n,
    "title-like lines": lambda n: "Some Title Words Here\n" * n,
    "hard-wrapped block": lambda n: (
        "The ministry will hold a seminar on the cooperation of the\n" * n
    ),
    "blank lines": lambda n: " \n\u00a0\n" * n,
    "one-line page, a part at each wide gap": lambda n: "Talks held  " * (20 * n),
    "one-line page, sentences two spaces apart": lambda n: "The sides met today.  " * (20 * n),
    "sentences each over a date label, body last": lambda n: (
        "The two sides met in Seoul today.\nDATE\n" * n + "1. The sides met.\n"
    ),
    "plain Korean sentences, then as many polite site notices": lambda n: (
        "장관은 회의에서 협력을 말했다.\n" * n + "기사 내용을 요약한 결과입니다.\n" * n
    ),
}


def _calls(text: str) -> int:
    profile = cProfile.Profile()
    profile.runcall(parse, text)
    stats = pstats.Stats(profile)
    return sum(count for count, *_ in stats.stats.values())  # type: ignore[attr-defined]


# Functions compiled by mypyc make no calls that cProfile sees, so the count would measure
# only the few Python calls left; the code is the same, and the pure build counts it all.
_COMPILED = not str(_classify.__file__).endswith(".py")


@pytest.mark.skipif(_COMPILED, reason="compiled stages are invisible to cProfile")
@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_ten_times_the_input_costs_at_most_ten_times_the_calls(
    make: Callable[[int], str],
) -> None:
    """The call count at 10n is within 10.5x the count at n."""
    small, large = _calls(make(N)), _calls(make(10 * N))
    assert large <= RATIO * small, f"{large} calls at 10n vs {small} at n"
