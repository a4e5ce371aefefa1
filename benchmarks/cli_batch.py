"""Benchmark the command line on a folder of generated pages, against ``parse`` in a loop.

Writes ``--pages`` fixed-seed pages (default 20,000; ``--quick`` 400) as files
in a temporary folder, then times, in one run:

- ``parse`` in a loop: read each file's bytes, ``parse_bytes``, in this process;
- the same loop that also serialises each readout as the CLI does (a JSON line);
- ``readoutparse FOLDER --jsonl -o OUT --quiet`` as a user runs it, a fresh
  process each time, with ``--workers 1`` and ``--workers 2``.

Each is timed twice and the faster run kept.

It reports pages/s and MB/s for each, the CLI's overhead over the loops and the
speed-up of two workers over one, checks that the CLI wrote every page once and
in order, prints a table and writes JSON with ``--json``.

Run: ``.venv/bin/python benchmarks/cli_batch.py`` (``--quick`` for a smoke run).
"""

# ruff: noqa: INP001, T201 - benchmarks/ is a folder of scripts, and scripts print

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import CORPUS_SEED, generate_corpus

from readoutparse import parse_bytes

JSON_SCHEMA = 1


def write_folder(folder: Path, count: int, seed: int) -> tuple[list[Path], int]:
    """Write ``count`` pages under ``folder``, 100 per sub-folder; return the paths and bytes."""
    paths: list[Path] = []
    size = 0
    for index, page in enumerate(generate_corpus(count, seed=seed)):
        path = folder / f"{index // 100:04}" / f"{index:06}.txt"
        path.parent.mkdir(exist_ok=True)
        data = page.text.encode("utf-8")
        path.write_bytes(data)
        paths.append(path)
        size += len(data)
    return paths, size


def loop(paths: list[Path], *, serialise: bool) -> float:
    """Return the seconds to read and parse every file in this process."""
    started = time.perf_counter()
    for path in paths:
        readout = parse_bytes(path.read_bytes())
        if serialise:
            json.dumps({"source": str(path), **readout.to_dict()})
    return time.perf_counter() - started


def command(folder: Path, output: Path, workers: int) -> float:
    """Return the wall-clock seconds of one CLI run, as a fresh process."""
    argv = [sys.executable, "-m", "readoutparse", str(folder), "--jsonl", "--quiet"]
    argv += ["-o", str(output), "--workers", str(workers)]
    started = time.perf_counter()
    subprocess.run(argv, check=True)  # noqa: S603 - our own interpreter and module
    return time.perf_counter() - started


def check_output(output: Path, paths: list[Path]) -> None:
    """Fail unless the output holds every page once, in path order."""
    with output.open(encoding="utf-8") as lines:
        sources = [json.loads(line)["source"] for line in lines]
    if sources != [str(path) for path in paths]:
        msg = f"the CLI wrote {len(sources)} records, not the {len(paths)} pages in order"
        raise SystemExit(msg)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the table, optionally write JSON."""
    parser = argparse.ArgumentParser(description="Benchmark the readoutparse command on a folder.")
    parser.add_argument("--quick", action="store_true", help="a smoke run of 400 pages")
    parser.add_argument("--pages", type=int, help="pages in the folder (default 20000)")
    parser.add_argument("--seed", type=int, default=CORPUS_SEED, help="the generator's seed")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    count = args.pages or (400 if args.quick else 20_000)
    with tempfile.TemporaryDirectory(prefix="readoutparse-bench-") as temporary:
        folder = Path(temporary) / "pages"
        folder.mkdir()
        paths, size = write_folder(folder, count, args.seed)
        output = Path(temporary) / "out.jsonl"
        loop(paths[:200], serialise=True)  # warm the page cache and the interpreter
        seconds = {  # the best of two runs each, as the machine may be busy
            "parse loop": min(loop(paths, serialise=False) for _ in range(2)),
            "parse + JSON loop": min(loop(paths, serialise=True) for _ in range(2)),
        }
        for workers in (1, 2):
            seconds[f"CLI --workers {workers}"] = min(
                command(folder, output, workers) for _ in range(2)
            )
            check_output(output, paths)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{count:,} pages, {size / 1e6:.1f} MB, {cores} cores, Python {sys.version.split()[0]}")
    print(f"{'run':<22} {'seconds':>9} {'pages/s':>10} {'MB/s':>7}")
    figures: dict[str, dict[str, float]] = {}
    for name, taken in seconds.items():
        figures[name] = {
            "seconds": taken,
            "pages_per_s": count / taken,
            "mb_per_s": size / taken / 1e6,
        }
        print(f"{name:<22} {taken:>9.2f} {count / taken:>10,.0f} {size / taken / 1e6:>7.2f}")
    ratios = {
        "CLI 1 worker / parse loop": seconds["CLI --workers 1"] / seconds["parse loop"],
        "CLI 1 worker / parse + JSON loop": seconds["CLI --workers 1"]
        / seconds["parse + JSON loop"],
        "speed-up of 2 workers over 1": seconds["CLI --workers 1"] / seconds["CLI --workers 2"],
    }
    for name, ratio in ratios.items():
        print(f"{name:<34} {ratio:>6.2f}x")
    if args.json:
        data = {
            "schema": JSON_SCHEMA,
            "pages": count,
            "bytes": size,
            "cores": cores,
            "figures": figures,
            "ratios": ratios,
        }
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
