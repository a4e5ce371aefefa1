"""The fixture suite: every ``<case>.txt`` parses to its ``<case>.expected.json``.

Adding a case is adding two files under ``tests/fixtures/<topic>/`` (or a seed
page under ``examples/``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readoutparse import parse

ROOT = Path(__file__).parent.parent
CASES = sorted([*(ROOT / "tests" / "fixtures").rglob("*.txt"), *(ROOT / "examples").glob("*.txt")])


def _read(path: Path) -> str:
    """The page exactly as stored: CR and CRLF line endings are part of some cases."""
    with path.open(encoding="utf-8", newline="") as file:
        return file.read()


def _case_id(path: Path) -> str:
    return str(path.relative_to(ROOT).with_suffix(""))


def test_the_suite_has_the_seed_pages_and_layout_fixtures() -> None:
    """The seed pages and at least one fixture per topic are collected."""
    names = {_case_id(path) for path in CASES}
    assert "examples/2024-02-29-rok-us-fm-washington" in names
    assert "examples/2022-02-12-rok-us-fm-honolulu" in names
    topics = {path.parent.name for path in CASES if "fixtures" in path.parts}
    assert {"chrome", "date", "title", "body", "korean", "trailer", "combined"} <= topics


@pytest.mark.parametrize("path", CASES, ids=_case_id)
def test_fixture(path: Path, *, regen: bool) -> None:
    """The structured view of the page equals the expected file."""
    expected_path = path.with_name(path.stem + ".expected.json")
    actual = parse(_read(path)).structure()
    if regen:
        expected_path.write_text(
            json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert expected == actual


@pytest.mark.parametrize("path", CASES, ids=_case_id)
def test_fixture_lines_are_lossless(path: Path) -> None:
    """Every non-white-space character of a fixture lies in exactly one classified line."""
    text = _read(path)
    covered = [0] * len(text)
    for line in parse(text).lines:
        for offset in range(line.span.start, line.span.end):
            covered[offset] += 1
    assert [i for i, ch in enumerate(text) if not ch.isspace() and covered[i] != 1] == []
