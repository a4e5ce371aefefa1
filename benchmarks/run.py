r"""Benchmark suite of readoutparse: speed, floor, scaling, memory, import time, peers.

Run from the repository root::

    .venv/bin/python benchmarks/run.py                 # full run, 1-2 minutes
    .venv/bin/python benchmarks/run.py --quick         # smoke run, a few seconds
    .venv/bin/python benchmarks/run.py --json out.json # also write the figures as JSON

It prints one table and, with ``--json``, writes the machine, the settings and
every figure, so runs can be compared across commits. Times are medians of
``time.perf_counter_ns`` after a warm-up; targets are reported as PASS/MISS
for information and never fail the run.
"""

# ruff: noqa: INP001, T201 - benchmarks/ is a folder of scripts, and scripts print

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import html
import importlib
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import tracemalloc
from dataclasses import asdict, dataclass, field
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from time import perf_counter_ns, process_time_ns
from typing import TYPE_CHECKING, Final

from generate import (
    CORPUS_SEED,
    Page,
    fixed_width_page,
    generate_corpus,
    real_layout_pages,
    scaled_page,
)

import readoutparse
from readoutparse import _classify, parse

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from readoutparse import Readout

ROOT: Final = Path(__file__).resolve().parent.parent
EXAMPLES: Final = ROOT / "examples"
JSON_SCHEMA: Final = 1

FLOOR_RE: Final = re.compile(r"\s*(?:\d+[.)]|[O○ㅇ□-])\s")
"""The floor's one pattern per line: a paragraph or bullet marker."""

SCALE_FACTORS: Final = (1, 10, 100)
MEMORY_WIDTHS: Final = (90, 26)
"""The line lengths of the fixed-width pages whose peak memory is measured."""
PEER_PAGES: Final = 200
ROUNDS: Final = 5
"""Seed and scaling timings are taken in this many interleaved rounds."""
SMALL_VALUE: Final = 0.1
"""Values below this are printed with two significant digits instead of two decimals."""
BUSY_CPU_SHARE: Final = 90
"""Below this CPU share of wall time (%) in a pass, the run notes that the machine was busy."""


@dataclass(frozen=True, slots=True)
class Settings:
    """How much work a run does; ``--quick`` shrinks everything."""

    pages: int
    passes: int
    seed_repeats: int
    scale_repeats: tuple[int, int, int]
    import_runs: int
    real_rounds: int
    seed: int = CORPUS_SEED

    @classmethod
    def for_run(cls, *, quick: bool, pages: int | None, seed: int) -> Settings:
        """Return the settings of a full or a quick run."""
        if quick:
            return cls(300 if pages is None else pages, 1, 30, (20, 4, 2), 5, 3, seed)
        return cls(10_000 if pages is None else pages, 3, 300, (200, 40, 10), 21, 40, seed)


@dataclass(frozen=True, slots=True)
class Target:
    """A figure's target: ``value <= limit`` (or ``>=`` when ``at_least``)."""

    limit: float
    at_least: bool = False

    def met(self, value: float) -> bool:
        """Say whether ``value`` meets the target."""
        return value >= self.limit if self.at_least else value <= self.limit

    def describe(self, unit: str) -> str:
        """Return the target as shown in the table, e.g. ``<= 10 x``."""
        return f"{'>=' if self.at_least else '<='} {self.limit:g} {unit}".rstrip()


@dataclass(slots=True)
class Figure:
    """One measured value, with its unit and its target, if it has one."""

    name: str
    value: float
    unit: str
    label: str
    target: Target | None = None

    @property
    def status(self) -> str:
        """``PASS``, ``MISS`` or empty when there is no target."""
        if self.target is None:
            return ""
        return "PASS" if self.target.met(self.value) else "MISS"


@dataclass(slots=True)
class Report:
    """Everything a run measured, in the order it is printed."""

    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    details: dict[str, object] = field(default_factory=dict)

    def add(
        self,
        name: str,
        value: float,
        unit: str,
        label: str,
        target: Target | None = None,
    ) -> None:
        """Record a figure."""
        self.figures.append(Figure(name, value, unit, label, target))


# --- timing helpers ------------------------------------------------------------------


def floor(text: str) -> int:
    """The floor: split into lines and match one compiled pattern per line."""
    return sum(1 for line in text.splitlines() if FLOOR_RE.match(line))


def median_ns(func: Callable[[], object], repeats: int, warmup: int = 3) -> float:
    """Return the median wall time of ``func()`` in nanoseconds."""
    for _ in range(warmup):
        func()
    times = []
    for _ in range(repeats):
        start = perf_counter_ns()
        func()
        times.append(perf_counter_ns() - start)
    return statistics.median(times)


def interleaved_medians(
    funcs: Sequence[Callable[[], object]], repeats: Sequence[int], rounds: int = ROUNDS
) -> list[float]:
    """Return the median wall time of each function, in nanoseconds, sampled in rounds.

    Each round runs every function its share of ``repeats``, so a burst of
    load from elsewhere on the machine touches all of them alike and only a
    few of each one's samples.
    """
    samples: list[list[int]] = [[] for _ in funcs]
    for func in funcs:
        func()  # warm-up
    for _ in range(rounds):
        for func, count, times in zip(funcs, repeats, samples, strict=True):
            for _ in range(max(1, count // rounds)):
                start = perf_counter_ns()
                func()
                times.append(perf_counter_ns() - start)
    return [statistics.median(times) for times in samples]


def nonblank_lines(text: str) -> int:
    """Return the number of lines holding more than white space, the unit of per-line figures."""
    return sum(1 for line in text.splitlines() if line.strip())


def utf8_size(text: str) -> int:
    """Return the input's size in UTF-8 bytes, the unit of every MB/s figure."""
    return len(text.encode("utf-8"))


def mb_per_s(size: float, ns: float) -> float:
    """Return megabytes (10^6 bytes) per second."""
    return size / ns * 1e3


# --- the benchmarks ------------------------------------------------------------------


def bench_seed_pages(report: Report, settings: Settings) -> None:
    """Median parse time of each page in ``examples/``."""
    paths = sorted(EXAMPLES.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    funcs = [partial(parse, text) for text in texts]
    times = interleaved_medians(funcs, [settings.seed_repeats] * len(texts))
    for path, text, ns in zip(paths, texts, times, strict=True):
        size = utf8_size(text)
        label = f"seed {path.stem} ({size:,} B)"
        report.add(f"seed.{path.stem}.parse_us", ns / 1e3, "µs/page", label)
        report.add(f"seed.{path.stem}.mb_per_s", mb_per_s(size, ns), "MB/s", "  throughput")


@dataclass(slots=True)
class CorpusTimes:
    """Per-page times of parse and of the floor, one list per pass."""

    parse: list[list[int]]
    floor: list[list[int]]
    parse_cpu: list[list[int]]
    mismatches: dict[str, int]
    cpu_share: list[float]


def _check(page: Page, readout: Readout, mismatches: dict[str, int]) -> None:
    """Count where the parser's reading differs from what the page was built with."""
    found = (readout.title, readout.date, readout.section, len(readout.paragraphs))
    expected = (page.title, page.date, page.section, page.paragraphs)
    for name, got, want in zip(
        ("title", "date", "section", "paragraphs"), found, expected, strict=True
    ):
        if got != want:
            mismatches[name] = mismatches.get(name, 0) + 1


def time_corpus(pages: Sequence[Page], passes: int) -> CorpusTimes:
    """Time the floor and parse on every page, interleaved, ``passes`` times."""
    for page in pages[:200]:  # warm-up: caches, branch predictors, lazy imports
        parse(page.text)
        floor(page.text)
    times = CorpusTimes([], [], [], {}, [])
    for last in [False] * (passes - 1) + [True]:
        gc.collect()
        parse_ns, floor_ns, cpu_ns = [], [], []
        wall, cpu = perf_counter_ns(), process_time_ns()
        for page in pages:
            text = page.text
            start = perf_counter_ns()
            floor(text)
            cpu_start = process_time_ns()
            middle = perf_counter_ns()
            readout = parse(text)
            end = perf_counter_ns()
            cpu_ns.append(process_time_ns() - cpu_start)
            floor_ns.append(middle - start)
            parse_ns.append(end - middle)
            if last:
                _check(page, readout, times.mismatches)
        times.cpu_share.append((process_time_ns() - cpu) / (perf_counter_ns() - wall))
        times.parse.append(parse_ns)
        times.floor.append(floor_ns)
        times.parse_cpu.append(cpu_ns)
    return times


def _per_page(passes: list[list[int]]) -> list[float]:
    """The median over passes of each page's time."""
    return [statistics.median(column) for column in zip(*passes, strict=True)]


def bench_corpus(report: Report, settings: Settings) -> list[Page]:
    """Parse and floor over the generated corpus: per page, MB/s, the ratio."""
    pages = generate_corpus(settings.pages, settings.seed)
    sizes = [utf8_size(page.text) for page in pages]
    times = time_corpus(pages, settings.passes)
    parse_ns, floor_ns = _per_page(times.parse), _per_page(times.floor)
    total, parse_total, floor_total = sum(sizes), sum(parse_ns), sum(floor_ns)
    deciles = statistics.quantiles(parse_ns, n=10)
    pass_totals = [sum(one) for one in times.parse]
    lines = sum(nonblank_lines(page.text) for page in pages)
    report.details["corpus"] = {
        "pages": len(pages),
        "bytes": total,
        "nonblank_lines": lines,
        "median_page_bytes": statistics.median(sizes),
        "korean_pages": sum(page.korean for page in pages),
        "parse_pass_totals_ms": [t / 1e6 for t in pass_totals],
        "floor_pass_totals_ms": [sum(one) / 1e6 for one in times.floor],
        "mismatches": times.mismatches,
        "cpu_share_of_wall": times.cpu_share,
    }
    label = f"corpus {len(pages):,} pages, {total / 1e6:.1f} MB"
    report.add("corpus.parse_median_us", statistics.median(parse_ns) / 1e3, "µs/page", label)
    report.add("corpus.parse_p90_us", deciles[-1] / 1e3, "µs/page", "  p90 per page")
    report.add("corpus.parse_per_line_us", parse_total / lines / 1e3, "µs/line", "  per line")
    report.add(
        "corpus.parse_mb_per_s",
        mb_per_s(total, parse_total),
        "MB/s",
        "  parse throughput (1 core)",
        Target(30, at_least=True),
    )
    cpu_total = sum(_per_page(times.parse_cpu))
    report.add(
        "corpus.parse_mb_per_s_cpu", mb_per_s(total, cpu_total), "MB/s", "  same, by CPU time"
    )
    report.add("corpus.floor_median_us", statistics.median(floor_ns) / 1e3, "µs/page", "  floor")
    report.add("corpus.floor_mb_per_s", mb_per_s(total, floor_total), "MB/s", "  floor throughput")
    ratios = [p / f for p, f in zip(parse_ns, floor_ns, strict=True)]
    report.add(
        "corpus.parse_over_floor", parse_total / floor_total, "x", "  parse / floor", Target(10)
    )
    report.add(
        "corpus.parse_over_floor_median", statistics.median(ratios), "x", "  per-page median"
    )
    if len(pass_totals) > 1:
        spread = (max(pass_totals) - min(pass_totals)) / statistics.median(pass_totals) * 100
        report.add("corpus.pass_spread_pct", spread, "%", "  spread of pass totals")
    cpu_share = min(times.cpu_share) * 100
    report.add("corpus.cpu_share_pct", cpu_share, "%", "  CPU time / wall time (min pass)")
    if cpu_share < BUSY_CPU_SHARE:
        report.notes.append(
            f"the process had the CPU only {cpu_share:.0f}% of the wall time in a corpus pass: "
            "the machine was busy and the times are inflated"
        )
    matched = len(pages) - max(times.mismatches.values(), default=0)
    report.add("corpus.read_as_built_pct", matched / len(pages) * 100, "%", "  read as built")
    return pages


def time_real_pages(texts: Sequence[str], rounds: int) -> tuple[list[int], list[int]]:
    """Return each page's fastest parse and floor over ``rounds`` rounds, interleaved.

    Each round times the floor and then parse on every page in turn, so a burst
    of load touches both alike; the minimum keeps each page's undisturbed time.
    """
    for text in texts:  # warm-up
        parse(text)
        floor(text)
    parse_ns = [sys.maxsize] * len(texts)
    floor_ns = [sys.maxsize] * len(texts)
    for _ in range(rounds):
        gc.collect()
        for index, text in enumerate(texts):
            start = perf_counter_ns()
            floor(text)
            middle = perf_counter_ns()
            parse(text)
            end = perf_counter_ns()
            floor_ns[index] = min(floor_ns[index], middle - start)
            parse_ns[index] = min(parse_ns[index], end - middle)
    return parse_ns, floor_ns


def bench_real_pages(report: Report, settings: Settings) -> None:
    """Parse and floor over the project's own page dumps: per page, per line, the ratio."""
    texts = [text for _, text in real_layout_pages()]
    parse_ns, floor_ns = time_real_pages(texts, settings.real_rounds)
    size, lines = sum(map(utf8_size, texts)), sum(map(nonblank_lines, texts))
    parse_total, floor_total = sum(parse_ns), sum(floor_ns)
    report.details["real_pages"] = {
        "pages": len(texts),
        "bytes": size,
        "nonblank_lines": lines,
        "median_page_bytes": statistics.median(map(utf8_size, texts)),
        "rounds": settings.real_rounds,
        "parse_total_ms": parse_total / 1e6,
        "floor_total_ms": floor_total / 1e6,
    }
    label = f"real-layout {len(texts)} pages, {size / 1e3:.0f} kB, {lines:,} lines"
    report.add("real.parse_mean_us", parse_total / len(texts) / 1e3, "µs/page", label)
    report.add("real.parse_per_line_us", parse_total / lines / 1e3, "µs/line", "  per line")
    report.add("real.parse_mb_per_s", mb_per_s(size, parse_total), "MB/s", "  parse throughput")
    report.add("real.floor_mean_us", floor_total / len(texts) / 1e3, "µs/page", "  floor")
    # Issue 10's targets on real pages: 12x the floor for the pure build, 6x compiled.
    target = Target(12 if build_kind() == "pure Python" else 6)
    report.add(
        "real.parse_over_floor",
        parse_total / floor_total,
        "x",
        "  parse / floor (min of rounds)",
        target,
    )
    ratios = [p / f for p, f in zip(parse_ns, floor_ns, strict=True)]
    report.add("real.parse_over_floor_median", statistics.median(ratios), "x", "  per-page median")


def bench_scaling(report: Report, settings: Settings) -> str:
    """Pages of 1x, 10x and 100x the 2024 seed page; return the largest."""
    texts = [scaled_page(factor) for factor in SCALE_FACTORS]
    times = interleaved_medians([partial(parse, text) for text in texts], settings.scale_repeats)
    for factor, text, ns in zip(SCALE_FACTORS, texts, times, strict=True):
        label = f"scaling {factor:>3}x seed page ({utf8_size(text):,} B)"
        report.add(f"scaling.x{factor}_ms", ns / 1e6, "ms", label)
    report.add("scaling.ratio_10", times[1] / times[0], "x", "  10x page / 1x page")
    report.add("scaling.ratio_100", times[2] / times[0], "x", "  100x page / 1x page", Target(120))
    return texts[-1]


def peak_memory(text: str) -> int:
    """Return the peak traced memory of one parse of ``text``, in bytes."""
    parse(text)
    gc.collect()
    tracemalloc.start()
    try:
        parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def bench_memory(report: Report, text: str) -> None:
    """Peak traced memory of one parse of ``text`` and of the fixed-width pages, per input byte."""
    peak = peak_memory(text)
    size = utf8_size(text)
    report.add("memory.peak_mb", peak / 1e6, "MB", f"peak memory, largest page ({size:,} B)")
    report.add("memory.peak_per_byte", peak / size, "B/B", "  per UTF-8 input byte", Target(5))
    report.add(
        "memory.peak_per_str_byte", peak / sys.getsizeof(text), "B/B", "  per byte of the str"
    )
    for width in MEMORY_WIDTHS:
        page = fixed_width_page(width)
        label = f"peak memory, {width}-character lines ({utf8_size(page):,} B)"
        name = f"memory.width{width}_peak_per_byte"
        report.add(name, peak_memory(page) / utf8_size(page), "B/B", label, Target(3))


_IMPORTTIME_RE: Final = re.compile(r"import time:\s*(\d+)\s*\|\s*(\d+)\s*\| ( *)(\S+)")
IMPORT_DEPENDENCIES_SHOWN: Final = 4


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One line of ``-X importtime``: a module, its own and its cumulative time, its depth."""

    module: str
    self_ms: float
    cumulative_ms: float
    depth: int


def _run_python(code: str, env: dict[str, str]) -> int:
    """Return the wall time of a fresh interpreter running ``code``, in nanoseconds."""
    start = perf_counter_ns()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)  # noqa: S603 - our python
    return perf_counter_ns() - start


def _warm_cache_env(cache: str) -> dict[str, str]:
    """An environment whose interpreters keep their bytecode in ``cache``, outside the tree.

    Import time is measured with a warm bytecode cache, as users have it, even
    where ``PYTHONDONTWRITEBYTECODE`` is set; nothing is written next to the sources.
    """
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return env | {"PYTHONPYCACHEPREFIX": cache}


def import_rows(env: dict[str, str]) -> list[ImportRow]:
    """Run ``python -X importtime -c 'import readoutparse'`` and return its lines, in order."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import readoutparse"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return [
        ImportRow(match[4], int(match[1]) / 1e3, int(match[2]) / 1e3, len(match[3]) // 2)
        for match in map(_IMPORTTIME_RE.match, done.stderr.splitlines())
        if match is not None
    ]


def import_dependencies(rows: list[ImportRow]) -> list[ImportRow]:
    """The modules a ``readoutparse`` module imports from outside the package, costliest first.

    ``-X importtime`` lists a module after the modules it imports, one level
    deeper, so a row's importer is the first later row one level up.
    """
    found = []
    for index, row in enumerate(rows):
        importer = next((r for r in rows[index + 1 :] if r.depth == row.depth - 1), None)
        own = row.module.partition(".")[0] == "readoutparse"
        if importer is not None and importer.module.startswith("readoutparse") and not own:
            found.append(row)
    return sorted(found, key=lambda row: -row.cumulative_ms)


def bench_import(report: Report, settings: Settings) -> None:
    """``import readoutparse`` in a fresh interpreter, minus the interpreter's own start."""
    with tempfile.TemporaryDirectory(prefix="readoutparse-pycache-") as cache:
        env = _warm_cache_env(cache)
        _run_python("import readoutparse", env)  # fill the bytecode cache
        with_import, bare = [], []
        for _ in range(settings.import_runs):
            with_import.append(_run_python("import readoutparse", env))
            bare.append(_run_python("pass", env))
        rows = import_rows(env)
    ms = (statistics.median(with_import) - statistics.median(bare)) / 1e6
    report.add("import.ms", ms, "ms", "import readoutparse (fresh process)", Target(50))
    report.add("import.interpreter_ms", statistics.median(bare) / 1e6, "ms", "  python -c pass")
    own = sum(row.self_ms for row in rows if row.module.partition(".")[0] == "readoutparse")
    report.add("import.own_modules_ms", own, "ms", "  -X importtime: readoutparse's own")
    dependencies = import_dependencies(rows)
    for row in dependencies[:IMPORT_DEPENDENCIES_SHOWN]:
        label = f"  -X importtime: {row.module}"
        report.add(f"import.dependency.{row.module}_ms", row.cumulative_ms, "ms", label)
    report.details["import_dependencies"] = [asdict(row) for row in dependencies]
    report.details["import_top_self"] = [
        asdict(row) for row in sorted(rows, key=lambda row: -row.self_ms)[:10]
    ]


def _as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line)
    return f"<html><head><title></title></head><body>\n{paragraphs}</body></html>"


def _load_peers(report: Report) -> list[tuple[str, Callable[..., object], bool]]:
    """Return the importable peers as ``(name, function, wants_html)``; note the others."""
    peers: list[tuple[str, Callable[..., object], bool]] = []
    for name, module, attribute, wants_html in (
        ("unstructured", "unstructured.partition.text", "partition_text", False),
        ("trafilatura", "trafilatura", "extract", True),
    ):
        try:
            function = getattr(importlib.import_module(module), attribute)
        except ImportError as error:
            report.notes.append(f"peer {name} skipped: not importable ({error})")
            continue
        peers.append((name, function, wants_html))
    return peers


def bench_peers(report: Report, pages: Sequence[Page]) -> None:
    """Time the peers, when installed, on the first pages of the corpus."""
    peers = _load_peers(report)
    if not peers:
        return
    sample = [page.text for page in pages[:PEER_PAGES]]
    parse_ns = statistics.median(median_ns(partial(parse, text), 3, 1) for text in sample)
    for name, function, wants_html in peers:
        calls = [
            partial(function, _as_html(text)) if wants_html else partial(function, text=text)
            for text in sample
        ]
        peer_ns = statistics.median(median_ns(call, 3, 1) for call in calls)
        label = f"peer {name} ({len(sample)} pages)"
        report.add(f"peer.{name}_median_us", peer_ns / 1e3, "µs/page", label)
        report.add(f"peer.{name}_over_parse", peer_ns / parse_ns, "x", "  peer / parse")


# --- machine, output -----------------------------------------------------------------


def _cpu_model() -> str:
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return platform.processor() or "unknown"
    found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    return found[1].strip() if found else "unknown"


def _git(*args: str) -> str:
    try:
        done = subprocess.run(  # noqa: S603 - fixed git arguments
            ["git", *args],  # noqa: S607 - git from PATH, as a developer runs it
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return done.stdout.strip()


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def source_digest() -> str:
    """Return a short SHA-256 of the measured package's source files, to tell code states apart."""
    digest = hashlib.sha256()
    for path in sorted(Path(readoutparse.__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def build_kind() -> str:
    """Say whether the parser's stages run as pure Python or compiled by mypyc."""
    stage = Path(str(_classify.__file__))
    return "pure Python" if stage.suffix == ".py" else "compiled (mypyc)"


def machine() -> dict[str, object]:
    """Describe the machine, the interpreter and the code measured."""
    return {
        "cpu_model": _cpu_model(),
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "pythondontwritebytecode": os.environ.get("PYTHONDONTWRITEBYTECODE"),
        "commit": _git("rev-parse", "--short", "HEAD"),
        "dirty": _git("status", "--porcelain", "--untracked-files=no", "src")
        not in {"", "unknown"},
        "package_in_tree": Path(readoutparse.__file__).parent == ROOT / "src" / "readoutparse",
        "source_sha256": source_digest(),
        "source_path": str(Path(readoutparse.__file__).parent),
        "build": build_kind(),
        "versions": {name: _version(name) for name in ("readoutparse", "regex", "attrs")},
        "time_utc": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def print_report(report: Report, info: dict[str, object], settings: Settings) -> None:
    """Print the figures as one table, then the notes."""
    if not info["package_in_tree"]:
        state = f" (package from {info['source_path']})"
    else:
        state = " (src modified)" if info["dirty"] else ""
    print(
        f"readoutparse {info['commit']}{state}, {info['build']}"
        f" | {info['cpu_model']}, nproc {info['nproc']} | Python {info['python']}"
        f" | {settings.pages:,} pages x {settings.passes} passes"
    )
    print(f"{'figure':<46} {'value':>12} {'unit':<8} {'target':<12} status")
    print("-" * 88)
    for figure in report.figures:
        target = figure.target.describe(figure.unit) if figure.target else ""
        value = (
            f"{figure.value:,.2f}" if abs(figure.value) >= SMALL_VALUE else f"{figure.value:.2g}"
        )
        print(f"{figure.label:<46} {value:>12} {figure.unit:<8} {target:<12} {figure.status}")
    for note in report.notes:
        print(f"note: {note}")


def write_json(path: Path, report: Report, info: dict[str, object], settings: Settings) -> None:
    """Write the run as JSON: schema, machine, settings, figures, details, notes."""
    data = {
        "schema": JSON_SCHEMA,
        "machine": info,
        "settings": asdict(settings),
        "figures": {
            figure.name: {
                "value": figure.value,
                "unit": figure.unit,
                "target": None if figure.target is None else figure.target.describe(figure.unit),
                "status": figure.status or None,
            }
            for figure in report.figures
        },
        "details": report.details,
        "notes": report.notes,
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark, print the table, optionally write JSON."""
    parser = argparse.ArgumentParser(description="Benchmark readoutparse.parse.")
    parser.add_argument("--quick", action="store_true", help="a smoke run of a few seconds")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures as JSON")
    parser.add_argument("--pages", type=int, help="corpus size (default 10000, quick 300)")
    parser.add_argument("--seed", type=int, default=CORPUS_SEED, help="the corpus generator's seed")
    args = parser.parse_args(argv)
    settings = Settings.for_run(quick=args.quick, pages=args.pages, seed=args.seed)
    info = machine()
    report = Report()
    bench_seed_pages(report, settings)
    pages = bench_corpus(report, settings)
    bench_real_pages(report, settings)
    largest = bench_scaling(report, settings)
    bench_memory(report, largest)
    bench_import(report, settings)
    bench_peers(report, pages)
    if source_digest() != info["source_sha256"]:
        report.notes.append("the package's source changed during the run: figures mix two states")
    print_report(report, info, settings)
    if args.json is not None:
        write_json(args.json, report, info, settings)
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
