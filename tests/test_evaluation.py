"""The evaluation scorer (``benchmarks/evaluate.py``) and the corpus it reads.

These tests pin the scoring rules of ``docs/evaluation.md`` on hand-made pages, and the
shape of the evaluation corpus; they never pin the parser's accuracy on that corpus, which
is what the scorer measures.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readoutparse import parse

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).parent.parent
EVALUATION = ROOT / "tests" / "evaluation"


def _load(name: str, path: Path) -> ModuleType:
    """Import the script at ``path`` as module ``name`` (scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


evaluate = _load("readoutparse_evaluate", ROOT / "benchmarks" / "evaluate.py")


def _page(*paragraphs: dict[str, Any], title: str | None = "Talks held") -> dict[str, Any]:
    """A structured view with the given paragraphs and a fixed title, date and section."""
    return {
        "title": title,
        "date": "2025-04-17",
        "section": "Press Releases",
        "paragraphs": list(paragraphs),
    }


def _para(number: int | None, text: str, *subpoints: dict[str, Any]) -> dict[str, Any]:
    return {"number": number, "text": text, "subpoints": list(subpoints)}


def _sub(marker: str, text: str, *subpoints: dict[str, Any]) -> dict[str, Any]:
    return {"marker": marker, "text": text, "subpoints": list(subpoints)}


FOUR = (_para(1, "One."), _para(2, "Two."), _para(3, "Three."), _para(4, "Four."))


class _Score(Protocol):
    def value(self, name: str) -> float | None: ...


def _scores(score: _Score) -> dict[str, float | None]:
    return {name: score.value(name) for name in evaluate.FIELDS}


def test_a_perfect_page_scores_one_everywhere() -> None:
    """A page equal to its expectation scores 1.0; without subpoints they are not scored."""
    page = _page(*FOUR)
    expected = {
        "title": 1.0,
        "date": 1.0,
        "section": 1.0,
        "paragraphs": 1.0,
        "subpoints": None,
        "exact": 1.0,
    }
    assert expected == _scores(evaluate.score_page(page, page))


def test_one_paragraph_missing_of_four_scores_its_f1() -> None:
    """Three of four paragraphs found: precision 1, recall 3/4, F1 6/7; the page is not exact."""
    score = evaluate.score_page(_page(*FOUR), _page(*FOUR[:3]))
    assert (1.0, pytest.approx(6 / 7), 0.0) == (score.title, score.paragraphs, score.exact)


def test_one_extra_paragraph_scores_its_f1() -> None:
    """An extra paragraph (chrome taken for body): precision 4/5, recall 1, F1 8/9."""
    score = evaluate.score_page(_page(*FOUR), _page(*FOUR, _para(None, "Share this page")))
    assert pytest.approx(8 / 9) == score.paragraphs


def test_a_paragraph_is_its_number_and_its_text() -> None:
    """The right text with the wrong number, or a wire tag left in the text, is not a match."""
    expected = _page(_para(1, "The ministers met."))
    renumbered = _page(_para(None, "The ministers met."))
    tagged = _page(_para(1, "SEOUL (Yonhap) -- The ministers met."))
    scores = [evaluate.score_page(expected, actual).paragraphs for actual in (renumbered, tagged)]
    assert [0.0, 0.0] == scores


def test_a_wrong_title_date_or_section_scores_zero_for_that_field_only() -> None:
    """Title, date and section are exact matches, each scored on its own."""
    actual = {**_page(*FOUR), "title": "Press Releases", "date": None}
    score = evaluate.score_page(_page(*FOUR), actual)
    assert (0.0, 0.0, 1.0, 1.0, 0.0) == (
        score.title,
        score.date,
        score.section,
        score.paragraphs,
        score.exact,
    )


def test_subpoints_are_scored_by_depth_marker_and_text() -> None:
    """A nested subpoint flattened to the first level is one of two subpoints wrong: F1 1/2."""
    nested = _para(None, "Body.", _sub("ㅇ", "Detail.", _sub("※", "Note.")))
    flat = _para(None, "Body.", _sub("ㅇ", "Detail."), _sub("※", "Note."))
    score = evaluate.score_page(_page(nested), _page(flat))
    assert (1.0, 0.5, 0.0) == (score.paragraphs, score.subpoints, score.exact)


def test_a_page_that_raised_scores_zero_everywhere_and_keeps_the_error() -> None:
    """An exception while parsing is a failed page, with its message kept."""
    score = evaluate.score_page(_page(*FOUR), None, "IndexError: boom")
    expected = dict.fromkeys(evaluate.FIELDS, 0.0)
    assert (expected, "IndexError: boom") == (_scores(score), score.error)


@given(
    st.lists(st.sampled_from("abcde"), max_size=8),
    st.lists(st.sampled_from("abcde"), max_size=8),
)
def test_f1_is_symmetric_bounded_and_one_on_itself(left: list[str], right: list[str]) -> None:
    """F1 lies in [0, 1], does not depend on which side is expected, and is 1 on equal sets."""
    a, b = Counter(left), Counter(right)
    value = evaluate.f1(a, b)
    assert (True, value, 1.0) == (0.0 <= value <= 1.0, evaluate.f1(b, a), evaluate.f1(a, a))


def test_rows_average_per_family_per_source_and_overall() -> None:
    """A family's row is the mean of its pages; unscored subpoints do not count in the mean."""
    cases = [
        evaluate.Case("evaluation", family, name, Path(f"{name}.txt"), {})
        for family, name in (("uk-gov", "a"), ("uk-gov", "b"), ("yonhap", "c"))
    ]
    perfect = evaluate.score_page(_page(*FOUR), _page(*FOUR))
    half = evaluate.score_page(
        _page(_para(None, "x", _sub("-", "y"))), _page(_para(None, "x", _sub("-", "z")))
    )
    table = {row.group: row for row in evaluate.rows(cases, [perfect, half, perfect])}
    uk = table["evaluation/uk-gov"]
    assert (2, 0.5, 0.0, 3) == (
        uk.pages,
        uk.means["exact"],
        uk.means["subpoints"],
        table["all pages"].pages,
    )


def test_the_markdown_table_shows_the_baseline_beside_the_current_score() -> None:
    """With a baseline, a cell reads ``baseline → current``; an unscored mean is a dash."""
    case = evaluate.Case("evaluation", "un-sg", "a", Path("a.txt"), {})
    now = evaluate.rows([case], [evaluate.score_page(_page(*FOUR), _page(*FOUR))])
    before = evaluate.rows([case], [evaluate.score_page(_page(*FOUR), None, "boom")])
    line = evaluate.markdown(now, before).splitlines()[2]
    expected = (
        "| evaluation/un-sg | 1 | 0.00 → 1.00 | 0.00 → 1.00 | 0.00 → 1.00 | 0.00 → 1.00"
        " | 0.00 → – | 0.00 → 1.00 |"
    )
    assert expected == line


def _write_case(folder: Path, name: str, text: str, expected: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.expected.json").write_text(json.dumps(expected), encoding="utf-8")


def test_discover_reads_each_page_once_with_its_folder_as_family(tmp_path: Path) -> None:
    """Pages without an expectation are skipped, and a page repeated elsewhere counts once."""
    _write_case(tmp_path / "tests" / "evaluation" / "uk-gov", "a", "A page\n", _page())
    _write_case(tmp_path / "tests" / "fixtures" / "body", "b", "Another page\n", _page())
    (tmp_path / "tests" / "fixtures" / "body" / "draft.txt").write_text("no expectation")
    _write_case(tmp_path / "shared", "copy-of-a", "A page\n", _page())
    labels = [case.label for case in evaluate.discover(tmp_path, tmp_path / "shared")]
    assert ["evaluation/uk-gov/a", "fixtures/body/b"] == labels


def test_the_scorer_runs_end_to_end_on_a_tiny_corpus(tmp_path: Path) -> None:
    """Discover, parse and score a tiny corpus: exact pages score 1.0, a missing one its F1.

    The expectations are built from the parser's own output (so the test does not depend on
    its accuracy): equal to it, and with one more paragraph (recall 1/2, F1 2/3).
    """
    text = "Press Releases\n\nTalks held\n\nDATE\n2024-02-29\n\n1. The two sides met.\n"
    view = parse(text).structure()
    more = {**view, "paragraphs": [*view["paragraphs"], _para(2, "They will meet again.")]}
    _write_case(tmp_path / "tests" / "evaluation" / "mofa-en", "same", text, view)
    _write_case(tmp_path / "tests" / "evaluation" / "mofa-en", "more", text + "\n", more)
    cases = evaluate.discover(tmp_path, None)
    name, scores, _ = evaluate.evaluate(cases)
    by_name = {case.name: score for case, score in zip(cases, scores, strict=True)}
    assert ("checkout", 1.0, 1.0, pytest.approx(2 / 3), 0.0) == (
        name,
        by_name["same"].exact,
        by_name["same"].paragraphs,
        by_name["more"].paragraphs,
        by_name["more"].exact,
    )


def test_the_evaluation_corpus_has_four_cases_per_family_and_complete_expectations() -> None:
    """Every family has at least four pages, and every expectation has the four scored keys."""
    cases = [case for case in evaluate.discover(ROOT, None) if case.source == "evaluation"]
    families = Counter(case.family for case in cases)
    keys = {tuple(sorted(case.expected)) for case in cases}
    assert (True, True, {("date", "paragraphs", "section", "title")}) == (
        len(cases) >= 40,
        min(families.values()) >= 4,
        keys,
    )


def test_the_fixture_suite_does_not_collect_the_evaluation_corpus() -> None:
    """The evaluation pages are expected to fail today: the fixture suite must not run them."""
    fixtures = _load("readoutparse_test_fixtures", ROOT / "tests" / "test_fixtures.py")
    assert [] == [path for path in fixtures.CASES if EVALUATION in path.parents]


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git checkout")
def test_another_commit_is_parsed_in_a_child_process_with_its_own_sources(
    tmp_path: Path,
) -> None:
    """``--commit`` exports a commit and parses the pages with its sources in a child process.

    HEAD parses a plain page as the checkout does, so its expectation is the checkout's output.
    """
    text = "Press Releases\n\nTalks held\n\n1. The two sides met.\n"
    _write_case(
        tmp_path / "tests" / "evaluation" / "mofa-en", "page", text, parse(text).structure()
    )
    cases = evaluate.discover(tmp_path, None)
    name, scores, views = evaluate.evaluate(cases, "HEAD")
    assert (True, 1.0, "Talks held") == (name != "checkout", scores[0].title, views[0]["title"])


def test_weak_evidence_table_counts_a_warned_wrong_title(tmp_path: Path) -> None:
    """benchmarks/weak_evidence.py: an RP401 page with a wrong title is a hit, in the table."""
    weak = _load("readoutparse_weak_evidence", ROOT / "benchmarks" / "weak_evidence.py")
    page = tmp_path / "dateline.txt"
    page.write_text("Oslo harbour\n\n2025-01-09\n\nArctic envoys\n\nThey met.\n")
    expected = {"title": "Arctic envoys", "date": "2025-01-09", "paragraphs": []}
    case = weak.evaluate.Case("evaluation", "family", "dateline", page, expected)
    counts, fired_on = weak.tally([case])
    assert [1, 1, 0, 0] == counts["evaluation", "RP401"]
    assert ["RP401 wrong evaluation/family/dateline"] == fired_on
    assert "| evaluation | RP401 | 1 of 1 with a wrong title | 0 of 0 | 1.00 |" in weak.markdown(
        counts
    )
