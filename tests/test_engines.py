"""What Dask, Spark and other engines need from the parser, and the recipes of the how-to.

An engine ships a function and its results between processes and runs it many times in
long-lived workers, so: results pickle (with ``pickle`` and ``cloudpickle``), a parse
leaves no state behind that changes the next one, and a parse compiles no pattern once the
first has run. The Dask pipeline of ``docs/howto/cluster.md`` gives the same table as a
plain loop over ``to_rows``, on the synchronous and the process scheduler, and the
``mapInPandas`` function of the same page is tested without Spark.

The Dask and pandas tests skip when those packages are missing; CI installs them (the
``engines`` dependency group), so there they always run.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import pickle
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import regex

from readoutparse import (
    ROW_DTYPES,
    ROW_FIELDS,
    ROW_SCHEMA_DDL,
    PageDecodeError,
    PageResult,
    Row,
    parse,
    parse_many,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from types import ModuleType

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
PAGES = sorted([*EXAMPLES, *(ROOT / "tests" / "fixtures").rglob("*.txt")])
CLUSTER_HOWTO = ROOT / "docs" / "howto" / "cluster.md"
PYTHON_BLOCK_RE = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
DASK_REASON = "Dask is not installed: pip install 'readoutparse[dask]' (CI installs it)"
PANDAS_REASON = "pandas and pyarrow are not installed (CI installs them)"


def _pandas() -> ModuleType:
    pytest.importorskip("pyarrow", reason=PANDAS_REASON)
    pandas: ModuleType = pytest.importorskip("pandas", reason=PANDAS_REASON)
    return pandas


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def _loop_rows(paths: list[Path]) -> list[Row]:
    """The rows of the pages, the plain way: parse each page, call ``to_rows``."""
    rows: list[Row] = []
    for path in paths:
        rows.extend(parse(_text(path)).to_rows(str(path)))
    return rows


# --- the schema constants -----------------------------------------------------------------------


def test_row_schema_ddl_names_the_row_fields_in_order() -> None:
    """``ROW_SCHEMA_DDL`` has one back-quoted column per ``ROW_FIELDS`` entry, in order."""
    names = [column.split(" ")[0] for column in ROW_SCHEMA_DDL.split(", ")]
    assert [f"`{field}`" for field in ROW_FIELDS] == names


def test_row_dtypes_name_the_row_fields_in_order() -> None:
    """``ROW_DTYPES`` has one dtype per ``ROW_FIELDS`` entry, in order."""
    assert list(ROW_FIELDS) == list(ROW_DTYPES)


def test_row_dtypes_hold_every_value_of_the_rows() -> None:
    """Casting real rows to ``ROW_DTYPES`` keeps every value; ``None`` becomes a missing value."""
    pd = _pandas()
    rows = _loop_rows(EXAMPLES)
    frame = pd.DataFrame(rows, columns=list(ROW_FIELDS)).astype(ROW_DTYPES)
    back = [
        {key: None if pd.isna(value) else value for key, value in record.items()}
        for record in frame.astype(object).to_dict("records")
    ]
    assert rows == back


# --- Dask -------------------------------------------------------------------------------------


def _page_rows(result: PageResult) -> list[Row]:
    return result.unwrap().to_rows(result.source)


def _dask_frame(paths: list[Path]) -> Any:  # noqa: ANN401 - a dask DataFrame; dask is untyped here
    bag = pytest.importorskip("dask.bag", reason=DASK_REASON)
    pytest.importorskip("pyarrow", reason=DASK_REASON)
    results = bag.from_sequence([str(path) for path in paths], npartitions=3)
    rows = results.map(Path).map_partitions(parse_many).map(_page_rows).flatten()
    return rows.to_dataframe(meta=ROW_DTYPES)


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_dask_pipeline_gives_the_rows_of_a_plain_loop(scheduler: str, tmp_path: Path) -> None:
    """Bag of paths -> ``parse_many`` -> rows -> DataFrame -> Parquet: the loop's table, typed."""
    frame = _dask_frame(PAGES)
    pd = _pandas()
    expected = pd.DataFrame(_loop_rows(PAGES), columns=list(ROW_FIELDS)).astype(ROW_DTYPES)
    computed = frame.compute(scheduler=scheduler).reset_index(drop=True)
    pd.testing.assert_frame_equal(expected, computed)
    frame.to_parquet(tmp_path / "rows", write_index=False, compute_kwargs={"scheduler": scheduler})
    pd.testing.assert_frame_equal(expected, pd.read_parquet(tmp_path / "rows"))


def test_dask_partition_without_rows_keeps_the_schema(tmp_path: Path) -> None:
    """A partition whose pages have no paragraph writes the same Parquet columns and types."""
    empty = tmp_path / "empty.txt"
    empty.write_text("Nothing here\n", encoding="utf-8")
    frame = _dask_frame([empty, *EXAMPLES])
    frame.to_parquet(
        tmp_path / "rows", write_index=False, compute_kwargs={"scheduler": "synchronous"}
    )
    pd = _pandas()
    table = pd.read_parquet(tmp_path / "rows")
    assert ROW_DTYPES == {name: str(dtype) for name, dtype in table.dtypes.items()} | {
        "date": "date32[pyarrow]"  # pandas spells the unit out: date32[day][pyarrow]
    }
    assert len(_loop_rows(EXAMPLES)) == len(table)


# --- the mapInPandas function of the how-to, without Spark ----------------------------------------


def _howto_function(name: str) -> Callable[..., Any]:
    """Run the ``python`` block of the cluster how-to that defines ``name``; return it."""
    for block in PYTHON_BLOCK_RE.findall(CLUSTER_HOWTO.read_text(encoding="utf-8")):
        if f"\ndef {name}(" in block:
            namespace: dict[str, Any] = {"__name__": "cluster_howto"}
            exec(block, namespace)  # noqa: S102 - the documentation's own code, under test
            function: Callable[..., Any] = namespace[name]
            return function
    msg = f"no python block of {CLUSTER_HOWTO.name} defines {name}()"
    raise LookupError(msg)


def test_spark_partition_function_gives_the_rows_of_a_plain_loop(tmp_path: Path) -> None:
    """The how-to's ``parse_partition`` turns batches of paths into typed rows; bad pages: none."""
    pd = _pandas()
    parse_partition = _howto_function("parse_partition")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\xff")
    batches = [
        pd.DataFrame({"path": [str(path) for path in PAGES[:5]]}),
        pd.DataFrame({"path": [str(broken)]}),
        pd.DataFrame({"path": [str(path) for path in PAGES[5:]]}),
    ]
    frames = list(parse_partition(iter(batches)))
    assert [len(ROW_FIELDS)] * 3 == [frame.shape[1] for frame in frames]
    assert 0 == len(frames[1])
    expected = pd.DataFrame(_loop_rows(PAGES), columns=list(ROW_FIELDS)).astype(ROW_DTYPES)
    pd.testing.assert_frame_equal(expected, pd.concat(frames, ignore_index=True))


# --- values that travel between processes ------------------------------------------------------


def _picklers() -> list[Any]:
    found: list[Any] = [pickle]
    with contextlib.suppress(ImportError):  # optional: Dask and Spark ship functions with it
        found.append(importlib.import_module("cloudpickle"))
    return found


@pytest.mark.parametrize("pickler", _picklers(), ids=lambda module: module.__name__)
def test_results_readouts_and_rows_pickle(pickler: Any, tmp_path: Path) -> None:  # noqa: ANN401
    """A ``PageResult`` (parsed or failed), its ``Readout`` and its rows round-trip a pickle."""
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\xff")
    results = list(parse_many([*EXAMPLES, broken]))
    for result in results:
        back = pickler.loads(pickler.dumps(result))
        assert result == back
        assert type(result.error) is type(back.error)
        assert str(result.error) == str(back.error)
    assert isinstance(results[-1].error, PageDecodeError)
    readout = results[0].unwrap()
    assert readout == pickler.loads(pickler.dumps(readout))
    rows = readout.to_rows(results[0].source)
    assert rows == pickler.loads(pickler.dumps(rows))


# --- no state between parses --------------------------------------------------------------------


def _parse_in_turn(texts: list[str]) -> list[dict[str, Any]]:
    """Parse the texts one after the other in this process (run in a fresh one)."""
    return [parse(text).to_dict() for text in texts]


def test_parse_keeps_no_state_between_calls() -> None:
    """Each page parses alike in a fresh process, after every other page, and here."""
    texts = [_text(path) for path in PAGES]
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        after_all = pool.apply(_parse_in_turn, (texts,))
        alone = pool.map(_parse_in_turn, [[text] for text in texts], chunksize=1)
        backwards = pool.apply(_parse_in_turn, (texts[::-1],))
    assert [dicts[0] for dicts in alone] == after_all
    assert after_all[::-1] == backwards
    assert after_all == _parse_in_turn(texts)


# --- no per-call setup --------------------------------------------------------------------------


class CompileCalledError(AssertionError):
    """A pattern was compiled while parsing."""


@contextlib.contextmanager
def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make ``re.compile``, ``regex.compile`` and ``regex.Regex`` raise inside the block."""

    def refuse(pattern: object, *_args: object, **_kwargs: object) -> None:
        msg = f"pattern compiled during a parse: {pattern!r}"
        raise CompileCalledError(msg)

    with monkeypatch.context() as patch:
        patch.setattr(re, "compile", refuse)
        patch.setattr(regex, "compile", refuse)
        if hasattr(regex, "Regex"):  # pragma: no branch - regex has long had it
            patch.setattr(regex, "Regex", refuse)
        yield


def test_the_compile_guard_catches_every_way_to_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard of the next test does detect a compile, and lets go afterwards."""
    caught: list[str] = []
    with _no_compiling(monkeypatch):  # pytest.raises(match=...) would compile its pattern
        compilers: list[tuple[Callable[[str], object], str]] = [
            (re.compile, "a"),
            (regex.compile, "b"),
            (regex.Regex, "c"),
        ]
        for compile_, pattern in compilers:
            try:
                compile_(pattern)
            except CompileCalledError as error:
                caught.append(str(error))
    assert [f"pattern compiled during a parse: {name!r}" for name in "abc"] == caught
    assert re.compile("d").match("d")
    assert regex.compile("e").match("e")


def test_parse_compiles_no_pattern_once_warmed_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """After every page has been parsed once, parsing them again compiles nothing.

    Patterns may be compiled lazily, on the first parse that needs them, but never per call.
    """
    texts = [_text(path) for path in PAGES]
    warm = [parse(text) for text in texts]
    with _no_compiling(monkeypatch):
        again = [parse(text) for text in texts]
    assert warm == again
