r"""Where ``parse`` spends its time over the benchmark corpus.

Run from the repository root::

    .venv/bin/python benchmarks/profile_parse.py                        # cProfile, 2000 pages
    .venv/bin/python benchmarks/profile_parse.py --tool pyinstrument    # sampling, if installed
    .venv/bin/python benchmarks/profile_parse.py --pages 500 --top 15 --json profile.json

It prints the time of each stage measured without a profiler (split, classify,
assemble), then the functions with the largest share of *self* time (time in
the function itself, C calls such as ``regex.Pattern.sub`` listed on their own
with cProfile) and of *inclusive* time (the function and what it calls).
cProfile counts calls exactly but inflates the share of small Python
functions; pyinstrument samples and does not. Both are worth a look.
"""

# ruff: noqa: INP001, T201 - benchmarks/ is a folder of scripts, and scripts print

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import json
import statistics
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from time import perf_counter_ns
from typing import TYPE_CHECKING, Final

from generate import CORPUS_SEED, generate_corpus

from readoutparse import parse
from readoutparse._classify import classify_all
from readoutparse._lines import split_lines

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from pyinstrument.frame import Frame

PASSES: Final = 3
"""Stage timings are the median of this many passes over the pages."""


@dataclass(frozen=True, slots=True)
class Row:
    """One function's share of the profiled time."""

    function: str
    self_share: float
    inclusive_share: float
    calls: int | None


def stage_times(texts: Sequence[str]) -> dict[str, float]:
    """Return the median total time in ms of each stage of ``parse`` over ``texts``.

    The assembly stage is what ``parse`` spends beyond splitting and
    classifying, so this stays right whatever the private stages' signatures.
    """
    totals: dict[str, list[float]] = defaultdict(list)
    for _ in range(PASSES):
        split_ns = classify_ns = parse_ns = 0
        for text in texts:
            start = perf_counter_ns()
            lines = split_lines(text)
            split = perf_counter_ns()
            classify_all(lines)
            classified = perf_counter_ns()
            parse(text)
            parse_ns += perf_counter_ns() - classified
            classify_ns += classified - split
            split_ns += split - start
        totals["split_lines"].append(split_ns / 1e6)
        totals["classify_all"].append(classify_ns / 1e6)
        totals["assemble and the rest"].append((parse_ns - split_ns - classify_ns) / 1e6)
    return {stage: statistics.median(times) for stage, times in totals.items()}


def _label(file: str, line: int, name: str) -> str:
    path = Path(file)
    inside = "readoutparse" in path.parts
    short = "/".join(path.parts[path.parts.index("readoutparse") + 1 :]) if inside else path.name
    return f"{short}:{line} {name}"


def profile_cprofile(texts: Sequence[str]) -> list[Row]:
    """Profile with cProfile; shares are of the total time inside ``parse``."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        parse(text)
    profiler.disable()
    entries = profiler.getstats()
    total = next(entry.totaltime for entry in entries if entry.code is parse.__code__)
    rows = []
    for entry in entries:
        if entry.code is parse.__code__:
            continue
        if isinstance(entry.code, str):  # a built-in: "<method 'search' of ...>"
            label = entry.code
        else:
            label = _label(entry.code.co_filename, entry.code.co_firstlineno, entry.code.co_name)
        rows.append(Row(label, entry.inlinetime / total, entry.totaltime / total, entry.callcount))
    return rows


def _walk(frame: Frame, seen: frozenset[str]) -> Iterator[tuple[Frame, bool]]:
    """Yield every frame below ``frame`` and whether its function is already on the stack."""
    for child in frame.children:
        yield child, child.identifier in seen
        yield from _walk(child, seen | {child.identifier})


def profile_pyinstrument(texts: Sequence[str]) -> list[Row]:
    """Profile with pyinstrument's sampler; shares are of the sampled time."""
    from pyinstrument import Profiler  # noqa: PLC0415 - an optional tool, imported when chosen

    profiler = Profiler(interval=0.0002)
    with profiler:
        for text in texts:
            parse(text)
    root = profiler.last_session.root_frame() if profiler.last_session else None
    if root is None:
        return []
    entry = (parse.__name__, parse.__code__.co_firstlineno)
    own: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)
    for frame, recursive in _walk(root, frozenset({root.identifier})):
        if frame.is_synthetic or (frame.function, frame.line_no) == entry:
            continue
        label = _label(frame.file_path or "~", frame.line_no or 0, frame.function)
        own[label] += frame.total_self_time
        if not recursive:
            inclusive[label] += frame.time
    return [Row(label, own[label] / root.time, inclusive[label] / root.time, None) for label in own]


def _group(function: str) -> str:
    """The file a row's function lives in; C calls grouped as regex or other built-ins."""
    if function.startswith(("<built-in>", "<method", "<built-in method", "{")):
        return "regex (C)" if "Pattern" in function or "Match" in function else "built-ins (C)"
    return function.split(":", 1)[0]


def by_file(rows: list[Row]) -> list[Row]:
    """Sum the self time of the rows per file (per group for C calls)."""
    shares: dict[str, float] = defaultdict(float)
    for row in rows:
        shares[_group(row.function)] += row.self_share
    return [Row(group, share, share, None) for group, share in shares.items()]


def print_rows(title: str, rows: list[Row], top: int, key: str) -> None:
    """Print the ``top`` rows by ``key`` (``self_share`` or ``inclusive_share``)."""
    print(f"\n{title}")
    print(f"{'self %':>7} {'incl %':>7} {'calls':>9}  function")
    for row in sorted(rows, key=lambda row: -float(getattr(row, key)))[:top]:
        calls = "" if row.calls is None else f"{row.calls:,}"
        print(
            f"{row.self_share * 100:>7.1f} {row.inclusive_share * 100:>7.1f} {calls:>9}  "
            f"{row.function}"
        )


def main(argv: list[str] | None = None) -> int:
    """Profile parse over the first pages of the benchmark corpus."""
    parser = argparse.ArgumentParser(description="Profile readoutparse.parse over the corpus.")
    parser.add_argument("--pages", type=int, default=2000, help="pages to profile (default 2000)")
    parser.add_argument("--top", type=int, default=10, help="rows per table (default 10)")
    have_pyinstrument = importlib.util.find_spec("pyinstrument") is not None
    parser.add_argument("--tool", choices=("cprofile", "pyinstrument"), default="cprofile")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the tables as JSON")
    args = parser.parse_args(argv)
    if args.tool == "pyinstrument" and not have_pyinstrument:
        parser.error("pyinstrument is not installed: .venv/bin/pip install pyinstrument")
    texts = [page.text for page in generate_corpus(args.pages, CORPUS_SEED)]
    for text in texts[:200]:
        parse(text)
    stages = stage_times(texts)
    total = sum(stages.values())
    print(f"stages over {len(texts):,} pages (no profiler, median of {PASSES} passes)")
    for stage, ms in stages.items():
        print(f"  {stage:<22} {ms:>10,.1f} ms {ms / total * 100:>6.1f} %")
    rows = profile_pyinstrument(texts) if args.tool == "pyinstrument" else profile_cprofile(texts)
    print_rows(f"top {args.top} by self time ({args.tool})", rows, args.top, "self_share")
    print_rows(f"top {args.top} by inclusive time ({args.tool})", rows, args.top, "inclusive_share")
    files = by_file(rows)
    print_rows(f"self time by file ({args.tool})", files, args.top, "self_share")
    if args.json is not None:
        data = {"tool": args.tool, "pages": len(texts), "stages_ms": stages}
        data["functions"] = [asdict(row) for row in rows]
        data["files"] = [asdict(row) for row in files]
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
