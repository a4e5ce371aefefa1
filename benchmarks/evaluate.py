r"""Accuracy of readoutparse on the pages of its own corpus, per field and per family.

Run from the repository root::

    .venv/bin/python benchmarks/evaluate.py                     # the checkout
    .venv/bin/python benchmarks/evaluate.py --baseline d162f62  # beside the 0.1 release
    .venv/bin/python benchmarks/evaluate.py --commit d162f62    # another commit alone
    .venv/bin/python benchmarks/evaluate.py --failures          # also list what differs

Every ``<case>.txt`` with a ``<case>.expected.json`` beside it is a page: the evaluation
corpus (``tests/evaluation/<family>/``), the fixtures (``tests/fixtures/<topic>/``), the seed
pages (``examples/``) and, when it is there, the shared seed corpus (``../shared/corpus/``;
pages identical to one already read are counted once). A page's family is its folder.

Each page is parsed and its structured view (title, date, section, paragraphs) compared with
the expected one. The table gives, per family and overall: the share of pages whose title,
date and section are exact, the mean F1 of the paragraphs (number and text) and of the
subpoints (depth, marker and text), and the share of pages that are exact in every field.
The scoring rules are written down in ``docs/evaluation.md``.

``--commit REV`` (and ``--baseline REV``) export that commit with ``git archive`` to a
temporary folder and parse the same pages with its ``src`` first on ``PYTHONPATH``, in a
child process: the expectations are always the checkout's.
"""

# ruff: noqa: INP001, T201 - benchmarks/ is a folder of scripts, and scripts print

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

ROOT: Final = Path(__file__).resolve().parent.parent
SHARED_CORPUS: Final = ROOT.parent / "shared" / "corpus"
FIELDS: Final = ("title", "date", "section", "paragraphs", "subpoints", "exact")
"""The scored fields, in the order of the table's columns."""
EXACT_FIELDS: Final = ("title", "date", "section")
"""The fields scored by exact match (1 or 0 per page)."""

Item = TypeVar("Item")
Structure = dict[str, object]
"""A page's structured view: ``title``, ``date``, ``section`` and ``paragraphs``."""
ParagraphItem = tuple[object, str]
"""A paragraph as scored: its number and its text."""
SubpointItem = tuple[int, str, str]
"""A subpoint as scored: its depth (1 under a paragraph), its marker and its text."""


@dataclass(frozen=True, slots=True)
class Case:
    """One page of the corpus and what it should parse to."""

    source: str
    family: str
    name: str
    path: Path
    expected: Structure

    @property
    def label(self) -> str:
        """The page's name in the report: ``source/family/name``."""
        return f"{self.source}/{self.family}/{self.name}"


@dataclass(frozen=True, slots=True)
class PageScore:
    """How one page scored: 1.0 or 0.0 for the exact fields, F1 for the lists."""

    title: float
    date: float
    section: float
    paragraphs: float
    subpoints: float | None
    exact: float
    error: str | None = None

    def value(self, name: str) -> float | None:
        """Return the score of the field ``name`` (one of ``FIELDS``); None when not scored."""
        found: float | None = getattr(self, name)
        return found


def read_page(path: Path) -> str:
    """Return a page exactly as stored: CR and CRLF line endings are part of some cases."""
    with path.open(encoding="utf-8", newline="") as file:
        return file.read()


def _cases_in(folder: Path, source: str) -> Iterator[Case]:
    """Yield the cases under ``folder``; a case's family is the folder holding it."""
    for path in sorted(folder.rglob("*.txt")):
        expected_path = path.with_name(path.stem + ".expected.json")
        if expected_path.is_file():
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
            yield Case(source, path.parent.name, path.stem, path, expected)


def discover(root: Path = ROOT, shared: Path | None = SHARED_CORPUS) -> list[Case]:
    """Return every case of the corpus, each page once.

    Args:
        root: the repository's root.
        shared: the shared seed corpus, read when it exists.

    Returns:
        The evaluation pages, the fixtures, the seed pages, then the shared corpus's pages
        that are not byte for byte a page already listed.
    """
    sources = [
        (root / "tests" / "evaluation", "evaluation"),
        (root / "tests" / "fixtures", "fixtures"),
        (root / "examples", "seed"),
    ]
    if shared is not None and shared.is_dir():
        sources.append((shared, "seed"))
    seen: set[bytes] = set()
    cases: list[Case] = []
    for folder, source in sources:
        for case in _cases_in(folder, source):
            content = case.path.read_bytes()
            if content not in seen:
                seen.add(content)
                cases.append(case)
    return cases


def f1(expected: Counter[Item], actual: Counter[Item]) -> float:
    """Return the F1 of ``actual`` against ``expected``, both multisets of items.

    Precision is the share of actual items that are expected, recall the share of expected
    items that are found (an item counts as often as it occurs in both). Two empty sets agree
    perfectly (1.0); otherwise an empty side scores 0.0.
    """
    if not expected and not actual:
        return 1.0
    matched = sum((expected & actual).values())
    if matched == 0:
        return 0.0
    precision = matched / sum(actual.values())
    recall = matched / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def _mappings(value: object) -> list[Mapping[str, object]]:
    """Return the mappings of a list field (paragraphs, subpoints), ignoring anything else."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def paragraph_items(structure: Structure) -> Counter[ParagraphItem]:
    """Return the paragraphs of a structured view as (number, text) items."""
    return Counter(
        (paragraph.get("number"), str(paragraph.get("text")))
        for paragraph in _mappings(structure.get("paragraphs"))
    )


def subpoint_items(structure: Structure) -> Counter[SubpointItem]:
    """Return every subpoint of a structured view, at any depth, as (depth, marker, text)."""
    items: Counter[SubpointItem] = Counter()
    stack = [
        (1, subpoint)
        for p in _mappings(structure.get("paragraphs"))
        for subpoint in _mappings(p.get("subpoints"))
    ]
    while stack:
        depth, subpoint = stack.pop()
        items[(depth, str(subpoint.get("marker")), str(subpoint.get("text")))] += 1
        stack.extend((depth + 1, child) for child in _mappings(subpoint.get("subpoints")))
    return items


def score_page(
    expected: Structure, actual: Structure | None, error: str | None = None
) -> PageScore:
    """Score one page's structured view against the expected one.

    Args:
        expected: what the page should parse to.
        actual: what it parsed to, or ``None`` when parsing raised.
        error: the exception's type and message, when parsing raised.

    Returns:
        1.0 or 0.0 for the title, the date, the section and the whole page; the F1 of the
        paragraphs and of the subpoints (None when neither side has a subpoint: such a page
        does not count in the subpoints' mean). A page that raised scores 0.0 everywhere.
    """
    if actual is None:
        return PageScore(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, error or "no result")
    exact = {name: float(expected.get(name) == actual.get(name)) for name in EXACT_FIELDS}
    paragraphs = f1(paragraph_items(expected), paragraph_items(actual))
    wanted, found = subpoint_items(expected), subpoint_items(actual)
    subpoints = f1(wanted, found) if wanted or found else None
    whole = float(all(expected.get(k) == actual.get(k) for k in (*EXACT_FIELDS, "paragraphs")))
    return PageScore(exact["title"], exact["date"], exact["section"], paragraphs, subpoints, whole)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table: a group of pages and the mean of each field over them."""

    group: str
    pages: int
    means: dict[str, float | None]
    errors: int


def summarise(group: str, scores: Sequence[PageScore]) -> Row:
    """Return the row of ``group``: the mean of every field over ``scores``."""
    means: dict[str, float | None] = {}
    for name in FIELDS:
        values = [value for score in scores if (value := score.value(name)) is not None]
        means[name] = sum(values) / len(values) if values else None
    return Row(group, len(scores), means, sum(score.error is not None for score in scores))


def rows(cases: Sequence[Case], scores: Sequence[PageScore]) -> list[Row]:
    """Return a row per family (``source/family``), per source, and one for all pages."""
    by_family: dict[str, list[PageScore]] = {}
    by_source: dict[str, list[PageScore]] = {}
    for case, score in zip(cases, scores, strict=True):
        by_family.setdefault(f"{case.source}/{case.family}", []).append(score)
        by_source.setdefault(f"{case.source} (all)", []).append(score)
    table = [summarise(group, found) for group, found in by_family.items()]
    table += [summarise(group, found) for group, found in by_source.items()]
    table.append(summarise("all pages", list(scores)))
    return table


def _number(value: float | None) -> str:
    """Format a score: two decimals, or a dash when nothing was scored."""
    return "–" if value is None else f"{value:.2f}"


def _cell(value: float | None, baseline: Row | None, name: str) -> str:
    """Format a score, with the baseline's before it when there is one."""
    if baseline is None:
        return _number(value)
    return f"{_number(baseline.means[name])} → {_number(value)}"


def markdown(current: Sequence[Row], baseline: Sequence[Row] | None = None) -> str:
    """Return the table as Markdown; with a baseline, each cell reads ``baseline → current``."""
    header = ("family", "pages", *FIELDS[:3], "paragraphs F1", "subpoints F1", "pages exact")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    before = {row.group: row for row in baseline or ()}
    for row in current:
        old = before.get(row.group)
        cells = [_cell(row.means[name], old, name) for name in FIELDS]
        errors = f" ({row.errors} raised)" if row.errors else ""
        lines.append(f"| {row.group} | {row.pages}{errors} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _structure_of(text: str) -> Structure:
    """Parse ``text`` with the ``readoutparse`` on the path and return its structured view."""
    from readoutparse import parse  # noqa: PLC0415 - the import is the point: whichever is on the path

    readout = parse(text)
    view = getattr(readout, "structure", None)
    if callable(view):
        return dict(view())
    whole = readout.to_dict()
    return {key: whole[key] for key in ("title", "date", "section", "paragraphs")}


def parse_pages(paths: Iterable[Path]) -> list[tuple[Structure | None, str | None]]:
    """Parse each page in this process; an exception becomes the page's error."""
    results: list[tuple[Structure | None, str | None]] = []
    for path in paths:
        try:
            results.append((_structure_of(read_page(path)), None))
        except Exception as error:  # noqa: BLE001 - a page that raises is scored, not fatal
            results.append((None, f"{type(error).__name__}: {error}"))
    return results


def _export(rev: str, into: Path) -> str:
    """Export commit ``rev`` of the repository into ``into``; return its short hash."""
    git = ["git", "-C", str(ROOT)]
    short = subprocess.run(  # noqa: S603 - fixed git arguments
        [*git, "rev-parse", "--short", f"{rev}^{{commit}}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    archive = subprocess.run(  # noqa: S603 - fixed git arguments
        [*git, "archive", "--format=tar", short, "src"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return short


def parse_pages_at(
    rev: str, paths: Sequence[Path]
) -> tuple[str, list[tuple[Structure | None, str | None]]]:
    """Parse each page with the package as it was at commit ``rev``, in a child process.

    Returns:
        The commit's short hash and, per page, its structured view or its error.
    """
    with tempfile.TemporaryDirectory(prefix="readoutparse-eval-") as folder:
        short = _export(rev, Path(folder))
        src = Path(folder) / "src"
        inherited = [part for part in os.environ.get("PYTHONPATH", "").split(os.pathsep) if part]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), *inherited])}
        done = subprocess.run(  # noqa: S603 - our python, our script
            [sys.executable, __file__, "--worker", str(src)],
            input=json.dumps([str(path) for path in paths]),
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
    results = [(item.get("structure"), item.get("error")) for item in json.loads(done.stdout)]
    return short, results


def _worker(src: str) -> int:
    """Parse the pages named on standard input and write their views as JSON to standard out."""
    import readoutparse  # noqa: PLC0415 - must come from the exported commit

    if not Path(readoutparse.__file__).resolve().is_relative_to(Path(src).resolve()):
        print(f"readoutparse was imported from {readoutparse.__file__}, not {src}", file=sys.stderr)
        return 2
    paths = [Path(name) for name in json.loads(sys.stdin.read())]
    out = [{"structure": view, "error": error} for view, error in parse_pages(paths)]
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


def evaluate(
    cases: Sequence[Case], rev: str | None = None
) -> tuple[str, list[PageScore], list[Structure | None]]:
    """Parse and score every case, with the checkout (``rev`` None) or with commit ``rev``.

    Returns:
        What was evaluated (``checkout`` or a short hash), the scores and the parsed views.
    """
    paths = [case.path for case in cases]
    if rev is None:
        name, results = "checkout", parse_pages(paths)
    else:
        name, results = parse_pages_at(rev, paths)
    scores = [
        score_page(case.expected, view, error)
        for case, (view, error) in zip(cases, results, strict=True)
    ]
    return name, scores, [view for view, _ in results]


def _differences(name: str, want: object, got: object) -> list[str]:
    """Return the lines that say how field ``name`` differs: values, or list items."""
    if name != "paragraphs":
        expected, actual = (json.dumps(value, ensure_ascii=False) for value in (want, got))
        return [f"    {name}: expected {expected}, got {actual}"]
    wanted = paragraph_items({"paragraphs": want})
    found = paragraph_items({"paragraphs": got})
    lines = [f"    paragraph missing: {item}" for item in (wanted - found).elements()]
    lines += [f"    paragraph extra:   {item}" for item in (found - wanted).elements()]
    return lines or ["    paragraphs: same texts, different subpoints"]


def failures(
    cases: Sequence[Case], scores: Sequence[PageScore], views: Sequence[Structure | None]
) -> str:
    """Return, for every page that is not exact, the fields that differ and how."""
    lines: list[str] = []
    for case, score, view in zip(cases, scores, views, strict=True):
        if score.exact == 1.0:
            continue
        lines.append(f"{case.label}{': ' + score.error if score.error else ''}")
        for name in (*EXACT_FIELDS, "paragraphs"):
            want, got = case.expected.get(name), (view or {}).get(name)
            if want != got:
                lines += _differences(name, want, got)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and print the table; see the module's docstring."""
    parser = argparse.ArgumentParser(description="Score readoutparse on its corpus.")
    parser.add_argument(
        "--commit", metavar="REV", help="evaluate this commit instead of the checkout"
    )
    parser.add_argument("--baseline", metavar="REV", help="show this commit's scores beside")
    parser.add_argument("--failures", action="store_true", help="list the pages that are not exact")
    parser.add_argument(
        "--json", type=Path, metavar="PATH", help="also write each page's scores as JSON"
    )
    parser.add_argument("--worker", metavar="SRC", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return _worker(args.worker)
    cases = discover()
    try:
        name, scores, views = evaluate(cases, args.commit)
        baseline_rows = None
        title = f"readoutparse evaluation: {len(cases)} pages, {name}"
        if args.baseline:
            base_name, base_scores, _ = evaluate(cases, args.baseline)
            baseline_rows = rows(cases, base_scores)
            title += f" (baseline {base_name} → {name})"
    except subprocess.CalledProcessError as error:
        print(f"evaluate.py: {' '.join(error.cmd)} failed:\n{error.stderr}", file=sys.stderr)
        return 2
    print(title, end="\n\n")
    print(markdown(rows(cases, scores), baseline_rows))
    if args.failures:
        print("\n" + failures(cases, scores, views))
    if args.json:
        report = [
            {"page": c.label, **{n: s.value(n) for n in FIELDS}, "error": s.error}
            for c, s in zip(cases, scores, strict=True)
        ]
        args.json.write_text(
            json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
