r"""How well the weak-evidence warnings (``RP4xx``) point at the pages whose field is wrong.

Run from the repository root::

    .venv/bin/python benchmarks/weak_evidence.py            # the table, as in the docs
    .venv/bin/python benchmarks/weak_evidence.py --pages    # also name each page a code fired on

Each page of the corpus (``benchmarks/evaluate.py`` finds them) is parsed with the checkout,
and each ``RP4xx`` code is set against the field it is about:

- ``RP401`` (title): the title is wrong; pages without a title (``RP101``) are left out;
- ``RP402`` (date): no date was taken where the page has one (the date is wrong and ``null``);
  pages where a date was taken are left out, as the code never fires on them;
- ``RP403`` (end of the body): the last paragraph (number and text) is not the expected one;
  pages without paragraphs (``RP102``) are left out.

For each code and each source of pages the table says on how many of the pages where that
field is wrong the code fired (its recall), and on how many where it is right (its false
alarms); the precision is the share of the pages it fired on where the field is wrong.
"""

# ruff: noqa: INP001, T201 - benchmarks/ is a folder of scripts, and scripts print

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate

from readoutparse import Readout, parse

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


def _title_wrong(expected: evaluate.Structure, readout: Readout) -> bool | None:
    if readout.title is None:
        return None
    return expected.get("title") != readout.title


def _date_missed(expected: evaluate.Structure, readout: Readout) -> bool | None:
    if readout.date is not None:
        return None
    return expected.get("date") is not None


def _end_wrong(expected: evaluate.Structure, readout: Readout) -> bool | None:
    if not readout.paragraphs:
        return None
    paragraphs = expected.get("paragraphs")
    wanted = paragraphs[-1:] if isinstance(paragraphs, list) else []
    last = readout.paragraphs[-1]
    found = [{"number": last.number, "text": last.text}]
    return evaluate.paragraph_items({"paragraphs": wanted}) != evaluate.paragraph_items(
        {"paragraphs": found}
    )


CODES: Final[dict[str, tuple[str, Callable[[evaluate.Structure, Readout], bool | None]]]] = {
    "RP401": ("a wrong title", _title_wrong),
    "RP402": ("a date missed", _date_missed),
    "RP403": ("a wrong last paragraph", _end_wrong),
}
"""Each code, what a page it should fire on has, and the judge of that."""


def tally(
    cases: Sequence[evaluate.Case],
) -> tuple[dict[tuple[str, str], list[int]], list[str]]:
    """Count, per (source, code): fired and wrong, wrong, fired and right, right."""
    counts: dict[tuple[str, str], list[int]] = {}
    fired_on: list[str] = []
    for case in cases:
        readout = parse(evaluate.read_page(case.path))
        codes = {warning.code for warning in readout.warnings}
        for code, (_, judge) in CODES.items():
            wrong = judge(case.expected, readout)
            if wrong is None:
                continue
            row = counts.setdefault((case.source, code), [0, 0, 0, 0])
            fired = code in codes
            row[0 if wrong else 2] += fired
            row[1 if wrong else 3] += 1
            if fired:
                fired_on.append(f"{code} {'wrong' if wrong else 'right'} {case.label}")
    return counts, fired_on


def markdown(counts: dict[tuple[str, str], list[int]]) -> str:
    """The table: per source and code, recall on wrong pages, alarms on right ones, precision."""
    lines = [
        "| pages | code | fired where wrong | fired where right | precision |",
        "|---|---|---|---|---|",
    ]
    for (source, code), (hit, wrong, alarm, right) in sorted(counts.items()):
        what = CODES[code][0]
        fired = hit + alarm
        precision = f"{hit / fired:.2f}" if fired else "–"
        lines.append(
            f"| {source} | {code} | {hit} of {wrong} with {what} | {alarm} of {right} "
            f"| {precision} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; see the module's docstring."""
    parser = argparse.ArgumentParser(description="Score the RP4xx warnings on the corpus.")
    parser.add_argument("--pages", action="store_true", help="name each page a code fired on")
    args = parser.parse_args(argv)
    counts, fired_on = tally(evaluate.discover())
    print(markdown(counts))
    if args.pages:
        print("\n" + "\n".join(fired_on))
    return 0


if __name__ == "__main__":
    sys.exit(main())
