"""Many pages at once: the row view, ``parse_many`` and the ordered process pool."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import select
import signal
import subprocess
import sys
import threading
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from readoutparse import (
    ROW_FIELDS,
    PageDecodeError,
    PageResult,
    ParseError,
    _batch,
    parse,
    parse_many,
)
from readoutparse._batch import (
    DEFAULT_MAX_BYTES,
    MAX_WORKERS,
    SkippedFileError,
    _orphaned,
    _results,
    _run_chunk,
    _run_chunk_to_file,
    _start_worker,
    _watch_parent,
    available_cores,
    ordered_map,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
KOREAN = (
    "보도자료\n\n회담 결과\n\n□ 양국 장관은 회담을 가졌다.\n  ㅇ 경제 협력을 논의했다.\n"
    "    - 공급망\n    - 기후\n  ㅇ 다음 회담에 합의했다.\n□ 끝으로 사의를 표했다.\n"
)


# --- rows ---------------------------------------------------------------------------------------


def test_row_fields_are_the_documented_columns() -> None:
    """The CSV header and the keys of every row, in order."""
    assert (
        "source",
        "title",
        "date",
        "section",
        "paragraph",
        "number",
        "path",
        "depth",
        "marker",
        "text",
        "start",
        "end",
    ) == ROW_FIELDS


def test_rows_walk_paragraphs_and_nested_subpoints_in_page_order() -> None:
    """Each paragraph's row comes before its subpoints', depth first, with dotted paths."""
    readout = parse(KOREAN)
    rows = readout.to_rows("k.txt")
    assert [
        (1, "", 0, "□", "양국 장관은 회담을 가졌다."),
        (1, "1", 1, "ㅇ", "경제 협력을 논의했다."),
        (1, "1.1", 2, "-", "공급망"),
        (1, "1.2", 2, "-", "기후"),
        (1, "2", 1, "ㅇ", "다음 회담에 합의했다."),
        (2, "", 0, "□", "끝으로 사의를 표했다."),
    ] == [(r["paragraph"], r["path"], r["depth"], r["marker"], r["text"]) for r in rows]
    assert {("k.txt", "회담 결과", None, "보도자료", None)} == {
        (r["source"], r["title"], r["date"], r["section"], r["number"]) for r in rows
    }
    assert all(tuple(row) == ROW_FIELDS for row in rows)


def test_row_spans_are_the_elements_spans() -> None:
    """``start`` and ``end`` slice the element's own source out of the parsed text."""
    readout = parse(KOREAN)
    spans = [(row["start"], row["end"]) for row in readout.iter_rows()]
    assert "  ㅇ 경제 협력을 논의했다."[2:] == KOREAN[spans[1][0] : spans[1][1]]
    assert "- 공급망" == KOREAN[spans[2][0] : spans[2][1]]


def test_rows_carry_the_number_and_date_of_an_english_page() -> None:
    """The seed pages: the page date on each row; ``O`` subpoints carry their paragraph's number."""
    rows = parse(EXAMPLES[1].read_text(encoding="utf-8")).to_rows()
    assert {dt.date(2024, 2, 29)} == {row["date"] for row in rows}
    assert [1, 2, 3, 4, 5] == [row["number"] for row in rows]
    rows = parse(EXAMPLES[0].read_text(encoding="utf-8")).to_rows()
    assert [(2, 2, "1", "O"), (3, 3, "1", "O")] == [
        (row["paragraph"], row["number"], row["path"], row["marker"])
        for row in rows
        if row["depth"]
    ][:2]


def test_a_page_without_paragraphs_has_no_rows() -> None:
    """No body, no rows; the page's fields stay in ``to_dict()``."""
    assert [] == parse("Press Releases\n\nTalks held\n").to_rows()


def test_iter_rows_is_lazy_and_equals_to_rows() -> None:
    """``iter_rows`` is an iterator over the same rows as ``to_rows``."""
    readout = parse(KOREAN)
    rows = readout.iter_rows("x")
    assert iter(rows) is rows
    assert readout.to_rows("x") == list(rows)


# --- parse_many ---------------------------------------------------------------------------------


def test_parse_many_takes_text_bytes_and_paths_in_order(tmp_path: Path) -> None:
    """Text, bytes (CP949 here) and paths give readouts in input order, with sources and sizes."""
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(KOREAN.encode("cp949"))
    pages: list[str | bytes | Path] = [KOREAN, KOREAN.encode("cp949"), legacy, EXAMPLES[0]]
    results = list(parse_many(pages))
    assert [0, 1, 2, 3] == [result.index for result in results]
    assert [None, None, str(legacy), str(EXAMPLES[0])] == [result.source for result in results]
    assert [
        len(KOREAN.encode()),
        len(KOREAN.encode("cp949")),
        legacy.stat().st_size,
        EXAMPLES[0].stat().st_size,
    ] == [result.size for result in results]
    assert [parse(KOREAN)] * 3 == [result.unwrap() for result in results[:3]]
    assert parse(EXAMPLES[0].read_text(encoding="utf-8")) == results[3].unwrap()


def test_parse_many_reports_each_failure_and_goes_on(tmp_path: Path) -> None:
    """A missing file, bad bytes, a non-page and a strict failure are results, not raises."""
    missing = tmp_path / "missing.txt"
    pages: list[object] = [missing, b"Talks\n\x81", 42, "Talks\n\n2. Second.\n", KOREAN]
    results = list(parse_many(pages, strict=True))  # type: ignore[arg-type]
    assert [False, False, False, False, True] == [result.ok for result in results]
    errors = [type(result.error) for result in results[:4]]
    assert [FileNotFoundError, PageDecodeError, TypeError, ParseError] == errors
    assert "int" in str(results[2].error)
    with pytest.raises(ParseError):
        results[3].unwrap()
    assert results[4].error is None


def test_parse_many_over_two_processes_matches_one(tmp_path: Path) -> None:
    """Two workers give the same results, in the same order, as one."""
    pages: list[str | Path] = []
    for index in range(60):
        path = tmp_path / f"{index:03}.txt"
        path.write_text(f"Talks {index}\n\n1. The sides met {index} times.\n", encoding="utf-8")
        pages.append(path)
    pages[7] = tmp_path / "missing.txt"
    serial = list(parse_many(pages))
    parallel = list(parse_many(pages, workers=2, chunksize=4))
    assert serial == parallel
    assert [f"Talks {index}" for index in range(8, 60)] == [
        result.unwrap().title for result in parallel[8:]
    ]
    assert isinstance(parallel[7].error, FileNotFoundError)


def test_parse_many_with_all_cores() -> None:
    """``workers=None`` uses every core and still keeps order."""
    texts = [f"Talks {index}\n\n1. They met.\n" for index in range(20)]
    titles = [result.unwrap().title for result in parse_many(texts, workers=None, chunksize=3)]
    assert [f"Talks {index}" for index in range(20)] == titles


@pytest.mark.parametrize(("workers", "chunksize"), [(0, 16), (1, 0)])
def test_parse_many_refuses_fewer_than_one(workers: int, chunksize: int) -> None:
    """``workers`` and ``chunksize`` below 1 are refused before any work starts."""
    with pytest.raises(ValueError, match="at least 1"):
        parse_many([], workers=workers, chunksize=chunksize)


def test_page_results_pickle_with_their_errors() -> None:
    """Results cross process boundaries: readouts and errors pickle."""
    results = list(parse_many([KOREAN, b"\x81\x81\xff"]))
    copies = pickle.loads(pickle.dumps(results))  # noqa: S301 - our own data
    assert results == copies
    assert isinstance(copies[1].error, PageDecodeError)
    assert str(results[1].error) == str(copies[1].error)


def test_page_result_equality_ignores_the_error_object() -> None:
    """Two failures of the same input compare equal though exceptions compare by identity."""
    first = PageResult(index=0, source=None, size=0, readout=None, error=TypeError("x"))
    second = PageResult(index=0, source=None, size=0, readout=None, error=TypeError("x"))
    assert first == second


def test_available_cores_is_at_least_one() -> None:
    """The default worker count is a positive number no larger than the machine's."""
    assert 1 <= available_cores() <= (os.cpu_count() or 1)


# --- the ordered pool ---------------------------------------------------------------------------


def _square(value: int) -> int:
    return value * value


def test_ordered_map_keeps_order_over_processes() -> None:
    """Results come in input order whatever the chunking."""
    assert [n * n for n in range(100)] == list(
        ordered_map(_square, range(100), workers=2, chunksize=7)
    )


def test_ordered_map_reads_its_input_lazily() -> None:
    """Only a bounded window of the input is taken ahead of what has been yielded."""
    taken: list[int] = []

    def numbers() -> Iterator[int]:
        for number in range(10_000):
            taken.append(number)
            yield number

    results = ordered_map(_square, numbers(), workers=2, chunksize=5)
    assert 0 == next(results)
    results.close()
    assert len(taken) <= 2 * 2 * 5 + 5  # two chunks per worker in flight, and one being read


def test_ordered_map_with_one_worker_runs_in_this_process() -> None:
    """One worker needs no pool: a closure (unpicklable) works."""
    offset = 3
    assert [3, 4, 5] == list(ordered_map(lambda n: n + offset, range(3), workers=1, chunksize=1))


def test_ordered_map_takes_a_partial() -> None:
    """A ``functools.partial`` of a module-level function pickles to the workers."""
    assert [0, 1, 4] == list(ordered_map(partial(_square), range(3), workers=2, chunksize=1))


def test_a_chunk_runs_its_items_in_order() -> None:
    """The worker side of the pool, run here so coverage sees it: a chunk maps in order."""
    assert [1, 4, 9] == _run_chunk(_square, [1, 2, 3])


def test_a_worker_replies_with_a_path_that_fits_one_pipe_write(tmp_path: Path) -> None:
    """However large a chunk's results, the reply is a path the pool's pipe takes in one piece.

    A write of at most ``PIPE_BUF`` bytes is atomic: a worker killed while replying
    cannot leave half a message for the pool's reader to wait on.
    """
    path = _run_chunk_to_file(bytes, [8 * 1024 * 1024], str(tmp_path))
    reply = pickle.dumps((1, None, path), protocol=pickle.HIGHEST_PROTOCOL)
    assert (True, [bytes(8 * 1024 * 1024)]) == (
        len(reply) < select.PIPE_BUF,
        pickle.loads(Path(path).read_bytes()),  # noqa: S301 - written just above
    )


def test_results_whose_file_is_gone_are_made_again_here(tmp_path: Path) -> None:
    """A chunk whose result file a cleaner removed is run in this process instead."""
    future: Future[str] = Future()
    future.set_result(str(tmp_path / "gone"))
    assert [1, 4] == _results(future, [1, 2], _square)


def test_results_are_read_once_and_their_file_removed(tmp_path: Path) -> None:
    """The parent reads a worker's file and removes it, so a long run leaves nothing behind."""
    future: Future[str] = Future()
    future.set_result(_run_chunk_to_file(_square, [3], str(tmp_path)))
    assert ([9], []) == (_results(future, [3], _square), list(tmp_path.iterdir()))


KILLED_WHILE_REPLYING = """
import os, signal, sys, threading, time
from concurrent.futures.process import BrokenProcessPool
from readoutparse._batch import ordered_map

def kill_once_replying(main):
    deadline = time.monotonic() + 1
    while time.monotonic() < deadline:  # until the reply is on its way, or for a second
        frame = sys._current_frames().get(main)
        while frame is not None and frame.f_code.co_name != "_send_bytes":
            frame = frame.f_back
        if frame is not None:
            break
        time.sleep(0.0005)
    os.kill(os.getpid(), signal.SIGKILL)

def reply(number):
    if number == 1:  # this worker dies while its large reply is on its way
        main = threading.get_ident()
        threading.Thread(target=kill_once_replying, args=(main,), daemon=True).start()
        return bytes(256 * 1024 * 1024)
    return number

if __name__ == "__main__":
    try:
        print(len(list(ordered_map(reply, range(4), workers=2, chunksize=1))))
    except BrokenProcessPool:
        print("broken")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_worker_killed_while_replying_breaks_the_pool_and_never_hangs_it() -> None:
    """Killed mid-reply (as the OOM killer or a SIGTERM to the group would), the map ends.

    Sent through the pool's pipe, half a reply of 256 MB would leave the pool's
    reader waiting for the rest for ever, and the command with it.
    """
    done = subprocess.run(  # noqa: S603 - our own interpreter and a script of this module
        [sys.executable, "-c", KILLED_WHILE_REPLYING],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (0, True) == (done.returncode, done.stdout.strip() in {"broken", "4"})


def test_workers_ignore_ctrl_c_and_watch_their_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker leaves Ctrl-C to the parent, dies of SIGTERM, and watches its parent."""
    started: list[tuple[object, bool]] = []
    watches: list[partial[None]] = []

    class Thread:
        def __init__(self, *, target: partial[None], name: str, daemon: bool) -> None:
            watches.append(target)
            started.append((target.args, daemon and name.endswith("parent-watch")))

        def start(self) -> None:
            started.append(("started", True))

    monkeypatch.setattr(threading, "Thread", Thread)
    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGTERM, lambda *_: None)  # as the command sets it before forking
    try:
        _start_worker("results")
        assert (signal.SIG_IGN, signal.SIG_DFL) == (
            signal.getsignal(signal.SIGINT),
            signal.getsignal(signal.SIGTERM),
        )
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    watch, end = watches[0], watches[0].args[2]
    assert (os.getppid(), 0.5, _orphaned, ("results",)) == (*watch.args[:2], end.func, end.args)
    assert [((os.getppid(), 0.5, end), True), ("started", True)] == started


def test_an_orphaned_worker_removes_the_results_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent killed outright cannot remove the folder: its orphaned workers do, then end."""
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "chunk").write_bytes(b"results never read")
    ended: list[int] = []
    monkeypatch.setattr(os, "_exit", ended.append)
    _orphaned(str(folder), 1)
    assert ([1], False) == (ended, folder.exists())


def test_a_worker_ends_when_its_parent_is_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The watch sleeps while the parent is the one it started with, then ends the worker."""
    parents = iter([41, 41, 1])  # adopted by PID 1 after two checks
    monkeypatch.setattr(os, "getppid", lambda: next(parents))
    ended: list[int] = []
    _watch_parent(41, 0.0, ended.append)
    assert [1] == ended


def test_an_item_that_cannot_reach_a_worker_fails_alone() -> None:
    """An unpicklable item with two workers is that item's failure, as with one worker."""
    pages: list[object] = ["Talks\n\n1. They met.\n", threading.Lock(), "Talks"]
    results = list(parse_many(pages, workers=2, chunksize=1))  # type: ignore[arg-type]
    assert [True, False, True] == [result.ok for result in results]
    assert isinstance(results[1].error, TypeError)


def test_parse_many_decodes_as_told() -> None:
    """``encoding`` and ``errors`` reach the decoder, as for ``parse_bytes``."""
    latin = "Café talks\n\n1. They met.\n".encode("latin-1")
    [forced] = parse_many([latin], encoding="latin-1")
    [replaced] = parse_many([b"Talks\n\n1. They met \x81.\n"], errors="replace")
    assert ("Café talks", "They met \ufffd.") == (
        forced.unwrap().title,
        replaced.unwrap().paragraphs[0].text,
    )


# --- what a folder can hold: FIFOs, devices, huge files -------------------------------------------

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev need POSIX")


@posix_only
@pytest.mark.parametrize("workers", [1, 2])
def test_only_regular_files_are_read(tmp_path: Path, workers: int) -> None:
    """A FIFO, a link to a device and a folder are failed results saying what they are; no hang."""
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    device = tmp_path / "zero.txt"
    device.symlink_to("/dev/zero")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    results = list(parse_many([fifo, device, folder, EXAMPLES[0]], workers=workers, chunksize=1))
    assert [
        f"{fifo}: a FIFO, not a regular file",
        f"{device}: a character device, not a regular file",
        f"{folder}: a folder, not a regular file",
    ] == [str(result.error) for result in results[:3]]
    assert [True, True, True] == [isinstance(result.error, OSError) for result in results[:3]]
    assert results[3].ok


def test_a_file_over_max_bytes_is_not_read(tmp_path: Path) -> None:
    """A file larger than ``max_bytes`` fails with the limit; one of exactly that size is read."""
    page = tmp_path / "page.txt"
    page.write_bytes(b"Talks held\n")
    [over] = parse_many([page], max_bytes=10)
    [exact] = parse_many([page], max_bytes=11)
    [unlimited] = parse_many([page], max_bytes=None)
    assert f"{page}: larger than the limit of 10 bytes (max_bytes)" == str(over.error)
    assert ("Talks held", "Talks held") == (exact.unwrap().title, unlimited.unwrap().title)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_file_larger_than_its_stated_size_is_caught_while_read() -> None:
    """A file whose size grows past ``max_bytes`` after the check (``/proc`` says 0) is caught."""
    status = Path("/proc/self/status")
    assert 0 == status.stat().st_size
    [result] = parse_many([status], max_bytes=20)
    assert f"{status}: larger than the limit of 20 bytes (max_bytes)" == str(result.error)


def test_the_limit_is_16_mib_and_for_paths_only() -> None:
    """``max_bytes`` defaults to 16 MiB; text and bytes items are not limited."""
    [text, data] = parse_many(["Talks held\n", b"Talks held\n"], max_bytes=5)
    assert (16 * 1024 * 1024, True, True) == (DEFAULT_MAX_BYTES, text.ok, data.ok)


def test_skipped_file_errors_pickle() -> None:
    """The error of a skipped file crosses a process pool unchanged."""
    error = SkippedFileError(27, "larger than the limit of 1 bytes (max_bytes)", "x.txt")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (SkippedFileError, str(error)) == (type(copy), str(copy))


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"max_bytes": 0}, "max_bytes must be at least 1, or None for no limit, not 0"),
        ({"errors": "ignore"}, "errors must be 'strict' or 'replace', not 'ignore'"),
        ({"encoding": "bogus"}, "unknown encoding 'bogus' (unknown encoding: bogus); name a"),
    ],
)
def test_parse_many_refuses_bad_settings_at_once(settings: dict[str, object], message: str) -> None:
    """A bad ``max_bytes``, ``errors`` or ``encoding`` is one ValueError from the call itself."""
    with pytest.raises(ValueError, match=r"must be|unknown") as caught:
        parse_many([b"Talks"], **settings)  # type: ignore[arg-type]
    assert message == str(caught.value)[: len(message)]


# --- an input that raises, and the worker cap -----------------------------------------------------


def _failing_pages() -> Iterator[str]:
    for index in range(7):
        yield f"Talks {index}\n\n1. They met.\n"
    message = "the source went away"
    raise OSError(message)


@pytest.mark.parametrize(("workers", "chunksize"), [(1, 1), (2, 1), (2, 3), (2, 7), (2, 16)])
def test_an_input_that_raises_gives_what_was_parsed_then_the_error(
    workers: int, chunksize: int
) -> None:
    """Every page taken before the iterator's error is yielded, then the error, for any workers."""
    results = parse_many(_failing_pages(), workers=workers, chunksize=chunksize)
    titles = [next(results).unwrap().title for _ in range(7)]
    with pytest.raises(OSError, match="the source went away"):
        next(results)
    assert [f"Talks {index}" for index in range(7)] == titles


def test_workers_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asking for 1,000 workers gets the documented cap, not a process per page."""
    asked: list[int] = []

    def spy(_function: object, _items: object, *, workers: int, chunksize: int) -> Iterator[int]:
        asked.append(workers)
        return iter([chunksize])

    monkeypatch.setattr(_batch, "ordered_map", spy)
    parse_many([], workers=1000)
    assert [max(MAX_WORKERS, available_cores())] == asked
    assert 32 == MAX_WORKERS
