"""The command line: ``readoutparse FILE...`` and ``python -m readoutparse``."""

from __future__ import annotations

import csv
import io
import json
import os
import runpy
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

import pytest

import readoutparse
from readoutparse import (
    ROW_FIELDS,
    Readout,
    _batch,
    _cli_inputs,
    _cli_output,
    cli,
    parse,
    parse_bytes,
)
from readoutparse._batch import available_cores, worker_cap
from readoutparse.cli import EXIT_FAILED, EXIT_OK, build_parser, main

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "2022-02-12-rok-us-fm-honolulu.txt"
OTHER = ROOT / "examples" / "2024-02-29-rok-us-fm-washington.txt"
PAGE = "Talks held\n\n1. The two sides met.\n"


def _run(argv: list[str], stdin: TextIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdin=stdin or io.StringIO(""), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_one_file_prints_indented_json() -> None:
    """One file: its readout as indented JSON, exit 0, nothing on stderr."""
    status, out, err = _run([str(EXAMPLE)])
    expected = parse(EXAMPLE.read_text(encoding="utf-8")).to_json(indent=2) + "\n"
    assert (EXIT_OK, expected, "") == (status, out, err)


def test_indent_option_sets_the_json_indent() -> None:
    """``--indent 0`` is passed to the JSON writer."""
    status, out, _ = _run(["--indent", "0", str(EXAMPLE)])
    expected = parse(EXAMPLE.read_text(encoding="utf-8")).to_json(indent=0) + "\n"
    assert (EXIT_OK, expected) == (status, out)


def test_several_files_print_json_lines() -> None:
    """Several files: one compact JSON object per line, in argument order."""
    status, out, _ = _run([str(EXAMPLE), str(OTHER)])
    titles = [json.loads(line)["title"] for line in out.splitlines()]
    assert (EXIT_OK, 2, ["Outcome of ROK-U.S. Foreign Ministers’ Meeting"] * 2) == (
        status,
        len(out.splitlines()),
        titles,
    )
    expected = {"source": str(OTHER), **parse(OTHER.read_text(encoding="utf-8")).to_dict()}
    assert expected == json.loads(out.splitlines()[1])
    assert "source" == next(iter(json.loads(out.splitlines()[1])))  # the first key


def test_jsonl_option_prints_one_line_for_one_file() -> None:
    """``--jsonl`` prints compact JSON, with the source path, on one line even for one file."""
    status, out, _ = _run(["--jsonl", str(EXAMPLE)])
    readout = parse(EXAMPLE.read_text(encoding="utf-8"))
    expected = json.dumps({"source": str(EXAMPLE), **readout.to_dict()}, ensure_ascii=False) + "\n"
    assert (EXIT_OK, expected) == (status, out)
    assert readout == Readout.from_dict(json.loads(out))  # the extra key does not get in the way


def test_text_option_prints_the_clean_rendering() -> None:
    """``--text`` prints the canonical clean text."""
    status, out, _ = _run(["--text", str(EXAMPLE)])
    assert (EXIT_OK, parse(EXAMPLE.read_text(encoding="utf-8")).render()) == (status, out)


def test_jsonl_and_text_are_mutually_exclusive() -> None:
    """``--jsonl`` and ``--text`` together are a usage error (exit 2)."""
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["--jsonl", "--text", "x"])
    assert 2 == caught.value.code


def test_no_file_is_a_usage_error() -> None:
    """Without a file argument, main() returns 2 and writes the usage to the stderr given."""
    stderr = io.StringIO()
    assert 2 == main([], stdout=io.StringIO(), stderr=stderr)
    assert stderr.getvalue().startswith("usage: readoutparse")


def test_help_goes_to_the_stdout_given_and_returns_0() -> None:
    """``--help`` prints to the stdout passed in and returns 0 instead of exiting."""
    stdout = io.StringIO()
    assert 0 == main(["--help"], stdout=stdout, stderr=io.StringIO())
    assert stdout.getvalue().startswith("usage: readoutparse")


def test_strict_failure_prints_position_and_exits_1(tmp_path: Path) -> None:
    """``--strict``: the first problem as ``file:line:column: code message`` on stderr, exit 1."""
    name = _write(tmp_path, "bad.txt", b"Talks\n\n1. First.\n\n3. Third.\n")
    status, out, err = _run(["--strict", name])
    assert (
        EXIT_FAILED,
        "",
        f"readoutparse: {name}:5:1: RP203 numbered paragraph out of order: expected 2, found 3\n",
    ) == (status, out, err)


def test_without_strict_warnings_do_not_fail(tmp_path: Path) -> None:
    """Without ``--strict`` a page with warnings still prints and exits 0."""
    name = _write(tmp_path, "bad.txt", b"Talks\n\n1. First.\n\n3. Third.\n")
    status, out, err = _run([name])
    assert (EXIT_OK, "RP203", "") == (status, json.loads(out)["warnings"][0]["code"], err)


def test_missing_file_is_a_one_line_error_and_exit_1(tmp_path: Path) -> None:
    """A missing file: one line naming it and the reason, exit 1, no output."""
    name = str(tmp_path / "missing.txt")
    status, out, err = _run([name])
    assert (EXIT_FAILED, "", f"readoutparse: {name}: cannot read: No such file or directory\n") == (
        status,
        out,
        err,
    )


def test_missing_file_does_not_stop_the_others(tmp_path: Path) -> None:
    """With several files, a failing one is reported, the rest printed, and a summary ends it."""
    missing = str(tmp_path / "missing.txt")
    status, out, err = _run([missing, str(EXAMPLE)])
    problem = f"{missing}: cannot read: No such file or directory"
    summary = f"readoutparse: 1 of 2 inputs failed: {missing}\n"
    assert (EXIT_FAILED, 1, f"readoutparse: {problem}\n{summary}") == (
        status,
        len(out.splitlines()),
        err,
    )


def test_undecodable_file_is_a_one_line_error(tmp_path: Path) -> None:
    """A file in no known encoding: one line with the decode error, exit 1."""
    name = _write(tmp_path, "bad.bin", b"Talks\n\x81")
    status, out, err = _run([name])
    assert (
        EXIT_FAILED,
        "",
        (
            f"readoutparse: {name}: cannot decode byte b'\\x81' at offset 6: the data is not "
            "utf-8 (invalid start byte) or cp949 (incomplete multibyte sequence); "
            "try --encoding or --errors replace\n"
        ),
    ) == (status, out, err)


def test_stdin_dash_reads_bytes_from_the_buffer() -> None:
    """``-`` reads stdin's bytes, so a CP949 page on stdin is decoded like a file."""
    data = "보도자료\n\n회담 결과\n\n□ 양국 장관은 회담을 가졌다.\n".encode("cp949")
    status, out, _ = _run(["--jsonl", "-"], stdin=io.TextIOWrapper(io.BytesIO(data)))
    assert (EXIT_OK, "회담 결과") == (status, json.loads(out)["title"])


def test_stdin_dash_reads_a_text_stream_without_buffer() -> None:
    """``-`` also works with a text-only stream such as StringIO."""
    status, out, _ = _run(["--text", "-"], stdin=io.StringIO(PAGE))
    assert (EXIT_OK, PAGE) == (status, out)


def test_stdin_strict_failure_is_labelled_stdin() -> None:
    """Errors on stdin are labelled ``<stdin>``."""
    status, _, err = _run(["--strict", "-"], stdin=io.StringIO("Talks\n\n2. The sides met.\n"))
    assert (
        EXIT_FAILED,
        "readoutparse: <stdin>:3:1: RP203 numbered paragraph out of order: expected 1, found 2\n",
    ) == (status, err)


def test_main_defaults_to_the_process_streams(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without stream arguments, main() writes to sys.stdout and reads sys.stdin."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(PAGE))
    status = main(["--text", "-"])
    assert (EXIT_OK, PAGE) == (status, capsys.readouterr().out)


def test_module_main_runs_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m readoutparse`` runs main() and exits with its status."""
    monkeypatch.setattr(sys, "argv", ["readoutparse", "--text", str(EXAMPLE)])
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("readoutparse", run_name="__main__")
    expected = parse(EXAMPLE.read_text(encoding="utf-8")).render()
    assert (0, expected) == (caught.value.code, capsys.readouterr().out)


def test_module_main_does_nothing_on_import() -> None:
    """Importing ``readoutparse.__main__`` under another name runs nothing."""
    namespace = runpy.run_module("readoutparse.__main__", run_name="not_main")
    assert "main" in namespace


def test_python_dash_m_in_a_subprocess(tmp_path: Path) -> None:
    """``python -m readoutparse --jsonl FILE`` works as a real process."""
    name = _write(tmp_path, "page.txt", PAGE.encode())
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "readoutparse", "--jsonl", name],
        capture_output=True,
        check=False,
        text=True,
        encoding="utf-8",
    )
    assert (0, {"source": name, **parse(PAGE).to_dict()}, "") == (
        result.returncode,
        json.loads(result.stdout),
        result.stderr,
    )


# --- many inputs: folders, workers, formats, progress, failures, interrupts -----------------------


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _folder(tmp_path: Path, count: int) -> Path:
    """Write ``count`` small pages (and a non-matching file) under ``tmp_path/pages``."""
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    for index in range(count):
        where = folder / "sub" if index % 2 else folder
        text = f'Talks {index:03}\n\n1. The sides met, and said "{index}".\n - On trade.\n'
        (where / f"{index:03}.txt").write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text("not a page\n", encoding="utf-8")
    return folder


def test_folder_is_walked_in_path_order_with_sources(tmp_path: Path) -> None:
    """A folder gives its ``*.txt`` files at any depth, sorted by path, one JSON line each."""
    folder = _folder(tmp_path, 6)
    status, out, err = _run([str(folder), "--workers", "1"])
    records = [json.loads(line) for line in out.splitlines()]
    expected = sorted(str(path) for path in folder.rglob("*.txt"))
    assert (EXIT_OK, expected, "") == (status, [record["source"] for record in records], err)


def test_glob_picks_the_files_taken_from_folders(tmp_path: Path) -> None:
    """``--glob`` replaces the default ``*.txt``; files named on the line are always taken."""
    folder = _folder(tmp_path, 2)
    status, out, _ = _run([str(folder), str(EXAMPLE), "--glob", "*.md", "--jsonl"])
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert (EXIT_OK, [str(folder / "notes.md"), str(EXAMPLE)]) == (status, sources)


def test_two_workers_give_the_same_output_as_one(tmp_path: Path) -> None:
    """Output order is the input order whatever the number of processes."""
    folder = _folder(tmp_path, 80)
    one = _run([str(folder), "--workers", "1"])
    two = _run([str(folder), "--workers", "2"])
    assert (EXIT_OK, 80) == (two[0], len(two[1].splitlines()))
    assert one == two


def test_a_folder_without_matches_is_a_failure(tmp_path: Path) -> None:
    """A folder in which nothing matches is reported, and the exit status says so."""
    (tmp_path / "empty").mkdir()
    status, out, err = _run([str(tmp_path / "empty")])
    assert (EXIT_FAILED, "", f"readoutparse: {tmp_path / 'empty'}: no file matches '*.txt'\n") == (
        status,
        out,
        err,
    )


def test_bad_files_are_reported_counted_and_skipped(tmp_path: Path) -> None:
    """Unreadable, undecodable and strict failures are each reported; good pages all come out."""
    folder = _folder(tmp_path, 5)
    (folder / "bad.txt").write_bytes(b"Talks\n\x81")
    (folder / "legacy.txt").write_bytes(
        "회담 결과\n\n□ 양국 장관은 회담을 가졌다.\n".encode("cp949")
    )
    (folder / "strict.txt").write_text("Talks\n\n2. Second.\n", encoding="utf-8")
    unreadable = folder / "zz-unreadable.txt"
    unreadable.symlink_to(tmp_path / "nowhere")  # listed in the folder, nothing to read
    status, out, err = _run([str(folder), "--strict"])
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    good = [p for p in sorted(str(p) for p in folder.rglob("*.txt")) if "/sub/" in p or "/0" in p]
    assert (EXIT_FAILED, [*good[:3], str(folder / "legacy.txt"), *good[3:]]) == (
        status,
        sources,
    )
    problems = err.splitlines()
    assert 4 == len(problems)  # each failure once, then the summary naming them
    assert problems[0].startswith(
        f"readoutparse: {folder / 'bad.txt'}: cannot decode byte b'\\x81'"
    )
    assert problems[1].startswith(f"readoutparse: {folder / 'strict.txt'}:3:1: RP203")
    assert problems[2] == f"readoutparse: {unreadable}: cannot read: No such file or directory"
    assert problems[3] == (
        f"readoutparse: 3 of 9 inputs failed: {folder / 'bad.txt'}, {folder / 'strict.txt'}, "
        f"{unreadable}"
    )


def test_csv_has_a_header_and_one_row_per_paragraph_and_subpoint(tmp_path: Path) -> None:
    """``--format csv``: the row fields as header; commas and quotes survive a round trip."""
    folder = _folder(tmp_path, 3)
    status, out, _ = _run([str(folder), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert (EXIT_OK, list(ROW_FIELDS)) == (status, list(rows[0]))
    assert 6 == len(rows)
    first = str(folder / "000.txt")
    assert {
        "source": first,
        "title": "Talks 000",
        "date": "",
        "section": "",
        "paragraph": "1",
        "number": "1",
        "path": "",
        "depth": "0",
        "marker": "1.",
        "text": 'The sides met, and said "0".',
    } == {key: rows[0][key] for key in ROW_FIELDS[:10]}
    assert ("1", "1", "-", "On trade.") == (
        rows[1]["depth"],
        rows[1]["path"],
        rows[1]["marker"],
        rows[1]["text"],
    )
    assert '"The sides met, and said ""0""."' in out


def test_csv_date_is_iso() -> None:
    """Dates are written as ISO 8601 in CSV."""
    status, out, _ = _run([str(OTHER), "--format", "csv"])
    assert (EXIT_OK, {"2024-02-29"}) == (
        status,
        {row["date"] for row in csv.DictReader(io.StringIO(out))},
    )


def test_output_option_writes_the_file_not_stdout(tmp_path: Path) -> None:
    """``-o FILE`` writes there, in UTF-8, and nothing to stdout."""
    target = tmp_path / "out.jsonl"
    status, out, _ = _run([str(EXAMPLE), str(OTHER), "-o", str(target)])
    lines = target.read_text(encoding="utf-8").splitlines()
    assert (EXIT_OK, "", 2) == (status, out, len(lines))


def test_unwritable_output_is_a_one_line_error(tmp_path: Path) -> None:
    """An output path that cannot be opened fails with its name and reason."""
    target = tmp_path / "no" / "out.jsonl"
    status, _, err = _run([str(EXAMPLE), "-o", str(target)])
    assert (EXIT_FAILED, f"readoutparse: {target}: cannot write: No such file or directory\n") == (
        status,
        err,
    )


def test_progress_bar_shows_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal, stderr gets a redrawn bar ending at all pages, then a newline."""
    folder = _folder(tmp_path, 4)
    stderr = _Terminal()
    status = main([str(folder)], stdin=io.StringIO(""), stdout=io.StringIO(), stderr=stderr)
    bar = stderr.getvalue()
    assert (EXIT_OK, True, True) == (status, bar.startswith("\r"), bar.endswith("\n"))
    assert " 4/4 pages 100%" in bar
    assert "MB/s  ETA 0:00:00" in bar


def test_progress_bar_is_cleared_before_a_failure_message(tmp_path: Path) -> None:
    """A failure message on a terminal starts on a cleared line."""
    stderr = _Terminal()
    missing = str(tmp_path / "missing.txt")
    main([missing, str(EXAMPLE)], stdin=io.StringIO(""), stdout=io.StringIO(), stderr=stderr)
    assert f"\r\x1b[Kreadoutparse: {missing}: cannot read" in stderr.getvalue()


def test_quiet_and_non_terminals_get_no_bar(tmp_path: Path) -> None:
    """``--quiet`` silences the bar on a terminal; a pipe never gets one."""
    folder = _folder(tmp_path, 4)
    stderr = _Terminal()
    main([str(folder), "--quiet"], stdin=io.StringIO(""), stdout=io.StringIO(), stderr=stderr)
    assert "" == stderr.getvalue()
    assert "" == _run([str(folder)])[2]


@pytest.mark.parametrize("bad", ["0", "-1", "two"])
def test_workers_must_be_a_positive_number(bad: str) -> None:
    """``--workers`` takes a whole number of at least 1."""
    status, _, err = _run([str(EXAMPLE), "--workers", bad])
    assert (2, True) == (status, "--workers" in err)


class _InterruptingOutput(io.StringIO):
    """A stdout that receives a signal (Ctrl-C unless told) while the first record is written."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__()
        self.signum = signum

    def write(self, text: str) -> int:
        if not self.getvalue():
            os.kill(os.getpid(), self.signum)
        return super().write(text)


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(
    ("signum", "status", "verb"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
)
def test_ctrl_c_or_sigterm_stops_after_a_whole_record(
    tmp_path: Path, workers: str, signum: int, status: int, verb: str
) -> None:
    """Ctrl-C or SIGTERM: the record being written is finished, nothing more; a summary.

    The exit status is 128 + the signal, and the caller's handlers are back.
    """
    folder = _folder(tmp_path, 40)
    out, err = _InterruptingOutput(signum), io.StringIO()
    before = signal.getsignal(signum)
    actual = main(
        [str(folder), "--workers", workers], stdin=io.StringIO(""), stdout=out, stderr=err
    )
    lines = out.getvalue().splitlines()
    assert (status, 1, f"readoutparse: {verb} after 1 of 40 inputs\n") == (
        actual,
        len(lines),
        err.getvalue(),
    )
    assert "Talks 000" == json.loads(lines[0])["title"]
    assert before == signal.getsignal(signum)


def _large_run(tmp_path: Path) -> tuple[subprocess.Popen[str], Path, Path]:
    """Start the command on 2,000 pages with two workers; return once records are on disk.

    The command leads a process group of its own, as a shell's job would.
    """
    folder = tmp_path / "pages"
    folder.mkdir()
    page = OTHER.read_bytes()
    for index in range(2000):
        (folder / f"{index:04}.txt").write_bytes(page)
    target = tmp_path / "out.jsonl"
    temporary = tmp_path / "tmp"  # where the workers leave their results
    temporary.mkdir()
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "readoutparse", str(folder), "--workers", "2", "-o", str(target)],
        stderr=subprocess.PIPE,
        text=True,
        process_group=0 if os.name == "posix" else None,
        env={**os.environ, "TMPDIR": str(temporary)},
    )
    deadline = time.monotonic() + 60
    while not (target.exists() and target.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.005)  # until the first records are on disk
    return process, folder, target


def _stop_large_run(
    process: subprocess.Popen[str], folder: Path, target: Path, signum: int, *, group: bool = False
) -> tuple[int, str]:
    """Send ``signum`` (to the whole group if told); check the records; return status and err.

    The output must hold whole records only, in input order.
    """
    if group:
        os.killpg(process.pid, signum)
    else:
        process.send_signal(signum)
    try:
        _, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:  # a hang: end the group, so no later test sees it
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"the command did not stop within 60 s of signal {signum}")
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [str(folder / f"{index:04}.txt") for index in range(len(records))] == [
        record["source"] for record in records
    ]
    assert 0 < len(records) < 2000
    return process.returncode, err


def test_ctrl_c_in_a_real_process_leaves_complete_lines(tmp_path: Path) -> None:
    """A real SIGINT to a running two-worker command: exit 130 and only whole JSON lines."""
    status, err = _stop_large_run(*_large_run(tmp_path), signal.SIGINT)
    assert (130, True) == (status, "interrupted after" in err)


def test_stdin_among_files_keeps_its_place() -> None:
    """``-`` between files is read once, in its place, labelled ``<stdin>``."""
    status, out, _ = _run([str(EXAMPLE), "-", str(OTHER)], stdin=io.StringIO(PAGE))
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert (EXIT_OK, [str(EXAMPLE), "<stdin>", str(OTHER)]) == (status, sources)


def test_main_runs_outside_the_main_thread() -> None:
    """Called from a worker thread (where signals cannot be set), main() still runs."""
    results: list[tuple[int, str, str]] = []
    thread = threading.Thread(target=lambda: results.append(_run([str(EXAMPLE), "--text"])))
    thread.start()
    thread.join()
    assert [(EXIT_OK, parse(EXAMPLE.read_text(encoding="utf-8")).render(), "")] == results


# --- what a careless run must not do: lose, repeat, overwrite, crash ------------------------------


def test_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    """``-o`` naming an input would wipe it: a usage error, and the input is untouched."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    status, _, err = _run([str(page), "--text", "-o", str(page)])
    assert (2, PAGE) == (status, page.read_text(encoding="utf-8"))
    assert f"the output file {page} is also an input" in err


@pytest.mark.parametrize("where", [".", "sub", "sub/../sub"])
def test_output_inside_a_walked_folder_is_refused(tmp_path: Path, where: str) -> None:
    """An ``-o`` a folder walk would take (in the folder, matching ``--glob``) is a usage error.

    It used to be left out of the walk and overwritten; the next run would read it
    back. Nothing is created or emptied.
    """
    folder = _folder(tmp_path, 2)
    target = folder / where / "out.txt"
    status, out, err = _run([str(folder), "--jsonl", "-o", str(target)])
    assert (2, "", False) == (status, out, target.exists())
    assert f"readoutparse: error: the output file {target} is in a folder read for '*.txt'" in err
    target.write_text("kept\n", encoding="utf-8")  # and when it is already there, an input
    status, _, err = _run([str(folder), "--jsonl", "-o", str(target)])
    assert (2, "kept\n") == (status, target.read_text(encoding="utf-8"))
    assert f"the output file {target} is also an input" in err


def test_output_in_a_walked_folder_that_the_glob_skips_is_written(tmp_path: Path) -> None:
    """An output file whose name ``--glob`` does not match is no input: it is written."""
    folder = _folder(tmp_path, 2)
    target = folder / "out.jsonl"
    for _ in range(2):
        status, _, _ = _run([str(folder), "--jsonl", "-o", str(target)])
    sources = [json.loads(line)["source"] for line in target.read_text("utf-8").splitlines()]
    assert (EXIT_OK, 2) == (status, len(sources))


def test_output_that_is_a_hard_link_to_an_input_is_refused(tmp_path: Path) -> None:
    """A hard link to an input (same device and inode) is refused before it is opened."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    link = tmp_path / "elsewhere.jsonl"
    link.hardlink_to(page)
    status, _, err = _run([str(page), "--jsonl", "-o", str(link)])
    assert (2, PAGE) == (status, page.read_text(encoding="utf-8"))
    assert (
        f"readoutparse: error: the output file {link} is a hard link to the input {page}; "
        "choose another -o\n"
    ) == err


def test_a_hard_linked_output_that_is_no_input_is_written(tmp_path: Path) -> None:
    """A hard-linked output that links to no input, with an input that vanished, is written."""
    other = tmp_path / "other.jsonl"
    other.write_text("old\n", encoding="utf-8")
    link = tmp_path / "out.jsonl"
    link.hardlink_to(other)
    missing = str(tmp_path / "missing.txt")
    status, _, _ = _run([str(EXAMPLE), missing, "--jsonl", "-o", str(link)])
    assert (EXIT_FAILED, str(EXAMPLE)) == (
        status,
        json.loads(link.read_text(encoding="utf-8"))["source"],
    )


def test_a_page_reached_twice_is_written_once(tmp_path: Path) -> None:
    """A file named and also inside a named folder, or a folder named twice: each page once."""
    folder = _folder(tmp_path, 3)
    status, out, _ = _run([str(folder), str(folder / "000.txt"), str(folder)])
    assert (EXIT_OK, 3) == (status, len(out.splitlines()))


def test_links_to_folders_are_followed_once(tmp_path: Path) -> None:
    """A linked folder is walked; a link back into the tree does not loop or repeat pages."""
    folder = _folder(tmp_path, 2)
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text(PAGE, encoding="utf-8")
    (folder / "linked").symlink_to(other)
    (folder / "sub" / "loop").symlink_to(folder)
    status, out, _ = _run([str(folder)])
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert (EXIT_OK, [str(folder / "000.txt"), str(folder / "linked" / "x.txt")]) == (
        status,
        sources[:2],
    )
    assert 3 == len(sources)


def test_an_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that cannot be listed is a failure with its reason, not a silent gap."""
    folder = _folder(tmp_path, 2)
    locked = str(folder / "sub")
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status, out, err = _run([str(folder)])
    assert (EXIT_FAILED, 1) == (status, len(out.splitlines()))
    assert f"readoutparse: {locked}: cannot read: Permission denied\n" in err


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    """A file name in a legacy encoding: the page is parsed; its source shows the raw bytes."""
    folder = tmp_path / "pages"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/\xbf\xff.txt"  # no UTF-8 reading of these bytes
    descriptor = os.open(raw, os.O_WRONLY | os.O_CREAT)
    os.write(descriptor, PAGE.encode())
    os.close(descriptor)
    status, out, _ = _run([str(folder), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert (EXIT_OK, f"{folder}/\\xbf\\xff.txt") == (status, rows[0]["source"])


def test_a_parser_crash_is_reported_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected exception on one page is that page's failure, not the run's end."""
    folder = _folder(tmp_path, 3)
    real = parse_bytes

    def fragile(data: bytes, **options: object) -> Readout:
        if b"Talks 001" in data:
            message = "too deep"
            raise RecursionError(message)
        return real(data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(_batch, "parse_bytes", fragile)
    status, out, err = _run([str(folder), "--workers", "1"])
    assert (EXIT_FAILED, 2) == (status, len(out.splitlines()))
    assert "internal error, please report it: RecursionError: too deep" in err


def test_a_rendering_crash_is_reported_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception while writing a page's record is that page's failure as well."""

    def broken(*_: object) -> str:
        message = "no room"
        raise MemoryError(message)

    monkeypatch.setattr(_cli_output, "render", broken)
    status, out, err = _run([str(EXAMPLE), "--jsonl"])
    assert (EXIT_FAILED, "") == (status, out)
    assert f"{EXAMPLE}: internal error, please report it: MemoryError: no room" in err


def test_a_dead_worker_ends_the_run_with_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker process that dies: the run stops, says so, and exits 1 with a summary."""
    folder = _folder(tmp_path, 40)

    def dying(_data: bytes, **_: object) -> Readout:
        os._exit(9)

    monkeypatch.setattr(_batch, "parse_bytes", dying)
    status, _, err = _run([str(folder), "--workers", "2"])
    assert (EXIT_FAILED, True) == (
        status,
        "readoutparse: a worker process died; stopped after" in err,
    )
    assert err.endswith(" of 40 inputs\n")


class _ClosedPipe(io.StringIO):
    """A stdout whose reader has gone away."""

    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    """``| head -1``: no traceback and no 'cannot write' message; exit 1."""
    folder = _folder(tmp_path, 3)
    err = io.StringIO()
    status = main([str(folder)], stdin=io.StringIO(""), stdout=_ClosedPipe(), stderr=err)
    assert (EXIT_FAILED, "") == (status, err.getvalue())


class _TwiceInterruptingOutput(io.StringIO):
    """A stdout that receives Ctrl-C twice while the first record is written."""

    def write(self, text: str) -> int:
        if not self.getvalue():
            os.kill(os.getpid(), signal.SIGINT)
            os.kill(os.getpid(), signal.SIGINT)
        return super().write(text)


def test_a_second_ctrl_c_stops_at_once(tmp_path: Path) -> None:
    """The first Ctrl-C asks for a clean stop; the second stops now, still with exit 130."""
    folder = _folder(tmp_path, 5)
    out, err = _TwiceInterruptingOutput(), io.StringIO()
    before = signal.getsignal(signal.SIGINT)
    status = main([str(folder), "--workers", "1"], stdin=io.StringIO(""), stdout=out, stderr=err)
    assert (130, "") == (status, out.getvalue())
    assert "readoutparse: interrupted after 0 of 5 inputs\n" == err.getvalue()
    assert before == signal.getsignal(signal.SIGINT)  # the caller's handler is back


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "json", "examples", "x.txt"], "--format json takes one file"),
        (["--format", "json", "examples"], "--format json takes one file"),
        (["-", "-"], "'-' (stdin) can be read only once"),
    ],
)
def test_usage_problems_found_after_parsing_the_arguments(argv: list[str], message: str) -> None:
    """Several inputs with ``--format json``, or stdin twice: exit 2 with the reason."""
    status, out, err = _run([str(ROOT / arg) if arg == "examples" else arg for arg in argv])
    assert (2, "", f"readoutparse: error: {message}") == (status, out, err.split(";")[0].strip())


def test_a_folder_with_one_page_still_gives_json_lines(tmp_path: Path) -> None:
    """The output's shape does not depend on how many files a folder holds."""
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "p.txt").write_text(PAGE, encoding="utf-8")
    status, out, _ = _run([str(folder)])
    assert (EXIT_OK, str(folder / "p.txt")) == (status, json.loads(out)["source"])


@pytest.mark.parametrize("pattern", ["pages/*.txt", "../*.txt", ""])
def test_glob_is_a_file_name_pattern(pattern: str) -> None:
    """``--glob`` takes names, not paths: a folder in it is a usage error."""
    status, _, err = _run([str(EXAMPLE), "--glob", pattern])
    assert (2, True) == (status, "file-name pattern" in err)


def test_encoding_and_errors_options_decode_as_told(tmp_path: Path) -> None:
    """``--encoding`` forces a codec; ``--errors replace`` keeps a damaged page."""
    latin = _write(tmp_path, "latin.txt", "Café talks\n\n1. They met.\n".encode("latin-1"))
    damaged = _write(tmp_path, "damaged.txt", b"Talks\n\n1. They met \x81.\n")
    status, out, _ = _run([latin, "--encoding", "latin-1"])
    assert (EXIT_OK, "Café talks") == (status, json.loads(out)["title"])
    status, out, _ = _run([damaged, "--errors", "replace"])
    assert (EXIT_OK, "They met \ufffd.") == (status, json.loads(out)["paragraphs"][0]["text"])


def test_no_bar_when_the_records_go_to_the_same_terminal(tmp_path: Path) -> None:
    """With stdout a terminal too, the bar would mix with the records: it stays off."""
    folder = _folder(tmp_path, 3)
    stderr = _Terminal()
    main([str(folder)], stdin=io.StringIO(""), stdout=_Terminal(), stderr=stderr)
    assert "" == stderr.getvalue()


def test_labels_of_names_no_file_system_would_give() -> None:
    """A lone surrogate that is no escaped byte is shown escaped too; stdin is ``<stdin>``."""
    assert ("a\\ud800.txt", "<stdin>") == (_cli_output.label("a\ud800.txt"), _cli_output.label("-"))


def test_no_job_is_read_once_stop_is_asked() -> None:
    """After a Ctrl-C, not even stdin is read for the next input."""
    stdin = io.StringIO(PAGE)
    assert [] == list(_cli_inputs.jobs(["-"], stdin, [signal.SIGINT], None))
    assert 0 == stdin.tell()


def test_an_unknown_encoding_is_one_usage_error(tmp_path: Path) -> None:
    """``--encoding bogus`` is refused once, with exit 2, before any file is read."""
    folder = _folder(tmp_path, 3)
    status, out, err = _run([str(folder), "--encoding", "bogus"])
    assert (2, "") == (status, out)
    assert err.endswith(
        "readoutparse: error: argument --encoding: unknown encoding 'bogus' (unknown encoding: "
        "bogus); name a text codec such as 'utf-8', 'cp949' or 'utf-16-le'\n"
    )
    assert 1 == err.count("bogus);")


# --- behaving like its peers ----------------------------------------------------------------------

KOREAN_PAGE = ROOT / "tests" / "fixtures" / "korean" / "box-ieung-dash-middot-nesting.txt"
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /proc need POSIX")


def test_version_prints_the_installed_version() -> None:
    """``--version`` prints ``readoutparse VERSION`` (the metadata's) and exits 0."""
    assert (0, f"readoutparse {readoutparse.__version__}\n", "") == _run(["--version"])


def test_text_of_several_inputs_heads_each_page() -> None:
    """``--text`` with several inputs: ``==> SOURCE <==`` before each page, a blank line between."""
    status, out, _ = _run(["--text", str(EXAMPLE), "-"], stdin=io.StringIO(PAGE))
    expected = (
        f"==> {EXAMPLE} <==\n{parse(EXAMPLE.read_text(encoding='utf-8')).render()}"
        f"\n==> <stdin> <==\n{parse(PAGE).render()}"
    )
    assert (EXIT_OK, expected) == (status, out)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "abc"], "argument --workers: a whole number is needed, not 'abc'"),
        (["--workers", "0"], "argument --workers: must be at least 1, not 0"),
        (["--indent", "-3"], "argument --indent: must be at least 0, not -3"),
        (["--max-bytes", "-1"], "argument --max-bytes: must be at least 0, not -1"),
        (["--max-bytes", "1e6"], "argument --max-bytes: a whole number is needed, not '1e6'"),
    ],
)
def test_bad_numbers_are_usage_errors_naming_the_option(argv: list[str], message: str) -> None:
    """A bad number is exit 2 with the option and the value, and no function name."""
    status, out, err = _run([str(EXAMPLE), *argv])
    assert (2, "", f"readoutparse: error: {message}") == (status, out, err.splitlines()[-1])
    assert "_" not in err.splitlines()[-1].replace("--max-bytes", "")


def test_the_summary_names_the_first_five_failures(tmp_path: Path) -> None:
    """Seven failures: each printed once, as it happens; the summary names five, counts the rest."""
    missing = [str(tmp_path / f"missing-{index}.txt") for index in range(7)]
    status, out, err = _run([*missing, str(EXAMPLE)])
    lines = err.splitlines()
    assert [
        f"readoutparse: {name}: cannot read: No such file or directory" for name in missing
    ] == (lines[:7])
    assert (f"readoutparse: 7 of 8 inputs failed: {', '.join(missing[:5])} and 2 more") == lines[7]
    assert (EXIT_FAILED, 8, 1) == (status, len(lines), len(out.splitlines()))


def test_json_lines_keep_korean_as_it_is() -> None:
    """JSON Lines are written with non-ASCII characters unescaped, and read back the same."""
    status, out, _ = _run(["--jsonl", str(KOREAN_PAGE)])
    readout = parse(KOREAN_PAGE.read_text(encoding="utf-8"))
    assert readout.title is not None
    assert (EXIT_OK, True, False) == (status, readout.title in out, "\\u" in out)
    assert readout == Readout.from_dict(json.loads(out))


def test_records_go_to_stdout_as_utf8_whatever_its_encoding() -> None:
    """An ASCII standard output with a byte buffer still gets the UTF-8 of each record."""
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    status = main(["--text", str(KOREAN_PAGE)], stdout=stdout, stderr=io.StringIO())
    expected = parse(KOREAN_PAGE.read_text(encoding="utf-8")).render().encode("utf-8")
    assert (EXIT_OK, expected) == (status, stdout.buffer.getvalue())


def test_pythonioencoding_ascii_does_not_break_the_text_output() -> None:
    """``PYTHONIOENCODING=ascii readoutparse korean.txt --text`` writes the page in UTF-8."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "readoutparse", str(KOREAN_PAGE), "--text"],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    expected = parse(KOREAN_PAGE.read_text(encoding="utf-8")).render()
    assert (0, expected, b"") == (result.returncode, result.stdout.decode(), result.stderr)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "text"])
def test_a_record_with_a_lone_surrogate_is_reported_and_the_rest_written(
    tmp_path: Path, fmt: str
) -> None:
    """UTF-7 can decode to a lone surrogate, which UTF-8 cannot hold: that record is reported."""
    bad = _write(tmp_path, "a.txt", b"Talks +2AA- held\n\n1. They met.\n")
    good = _write(tmp_path, "b.txt", b"Talks held\n\n1. They met.\n")
    target = tmp_path / f"out.{fmt}"
    status, _, err = _run([bad, good, "--encoding", "utf-7", "--format", fmt, "-o", str(target)])
    written = target.read_text(encoding="utf-8")
    assert (EXIT_FAILED, False, True) == (status, bad in written, good in written or fmt == "text")
    assert "Talks held" in written
    assert err.startswith(
        f"readoutparse: {bad}: cannot write: the record holds '\\ud800' at character "
    )
    assert err.endswith(f"which utf-8 cannot encode (surrogates not allowed)\n{_summary(bad)}")


def _summary(*names: str) -> str:
    return f"readoutparse: {len(names)} of 2 inputs failed: {', '.join(names)}\n"


# --- what a folder can hold: FIFOs, devices, huge files -------------------------------------------


@posix_only
def test_fifos_and_devices_are_skipped_not_read(tmp_path: Path) -> None:
    """A FIFO matched by the glob, one named, and a link to /dev/zero: skipped by name, no hang."""
    folder = _folder(tmp_path, 2)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "named")
    (folder / "zero.txt").symlink_to("/dev/zero")
    status, out, err = _run([str(folder), str(tmp_path / "named")])
    assert (EXIT_FAILED, 2) == (status, len(out.splitlines()))
    assert [
        f"readoutparse: {folder / 'pipe.txt'}: skipped: a FIFO, not a regular file",
        f"readoutparse: {folder / 'zero.txt'}: skipped: a character device, not a regular file",
        f"readoutparse: {tmp_path / 'named'}: skipped: a FIFO, not a regular file",
    ] == err.splitlines()[:3]


def test_files_over_max_bytes_are_skipped(tmp_path: Path) -> None:
    """``--max-bytes``: a larger file (or stdin) is reported, not read; 0 lifts the limit."""
    big = _write(tmp_path, "big.txt", PAGE.encode() * 2)
    small = _write(tmp_path, "small.txt", PAGE.encode())
    limit = str(len(PAGE))
    status, out, err = _run([big, small, "-", "--max-bytes", limit], io.StringIO(PAGE * 2))
    assert (EXIT_FAILED, [small]) == (
        status,
        [json.loads(line)["source"] for line in out.splitlines()],
    )
    assert [
        f"readoutparse: {big}: skipped: larger than the limit of {limit} bytes (--max-bytes)",
        f"readoutparse: <stdin>: skipped: larger than the limit of {limit} bytes (--max-bytes)",
    ] == err.splitlines()[:2]
    assert (EXIT_OK, 2) == (_run([big, small, "--max-bytes", "0"])[0], 2)


def test_the_default_limit_is_16_mib() -> None:
    """Without ``--max-bytes`` the limit is 16 MiB."""
    assert 16 * 1024 * 1024 == build_parser().parse_args(["x"]).max_bytes


# --- signals and workers --------------------------------------------------------------------------


def _descendants(pid: int) -> set[int]:
    """The processes whose parent, grand-parent, … is ``pid``, read from ``/proc``."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="utf-8").rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs POSIX signals and /proc")
@pytest.mark.parametrize("to", ["the-command", "its-group"])
def test_sigterm_in_a_real_process_leaves_whole_records_and_no_worker(
    tmp_path: Path, to: str
) -> None:
    """A real SIGTERM to a two-worker run: exit 143, whole JSON lines, every worker gone.

    Sent to the whole group (as a service manager does), the workers die at once
    and the command still stops as told, not as if a worker had crashed.
    """
    process, folder, target = _large_run(tmp_path)
    workers = _descendants(process.pid)
    status, err = _stop_large_run(process, folder, target, signal.SIGTERM, group=to == "its-group")
    assert (143, True, True) == (status, "terminated after" in err, len(workers) >= 2)
    assert "worker" not in err
    assert (set(), []) == (_survivors(workers), list((tmp_path / "tmp").iterdir()))


def _survivors(workers: set[int]) -> set[int]:
    """The processes of ``workers`` still running after a bounded wait of ten seconds."""
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    return {pid for pid in workers if _alive(pid)}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs POSIX signals and /proc")
def test_workers_end_when_the_command_is_killed_outright(tmp_path: Path) -> None:
    """SIGKILL leaves the command no time to stop its pool: the workers see it gone and end.

    They remove the folder of results the command would have removed.
    """
    process, _, _ = _large_run(tmp_path)
    workers = _descendants(process.pid)
    process.kill()
    process.communicate(timeout=60)
    assert (True, set(), []) == (
        len(workers) >= 2,
        _survivors(workers),
        list((tmp_path / "tmp").iterdir()),
    )


def test_default_workers_one_for_a_small_run_every_core_for_a_large_one() -> None:
    """Fewer than ``SMALL_RUN`` inputs parse in this process; ``--workers`` is capped."""
    assert (1, available_cores(), worker_cap()) == (
        cli._workers(None, ["x"] * (cli.SMALL_RUN - 1)),  # noqa: SLF001
        cli._workers(None, ["x"] * cli.SMALL_RUN),  # noqa: SLF001
        cli._workers(10_000, ["x"]),  # noqa: SLF001
    )


class _TerminalWithBuffer(io.TextIOWrapper):
    """A standard output on a terminal, with a byte buffer like the real one."""

    def isatty(self) -> bool:
        return True


def test_no_bar_when_a_real_stdout_is_the_same_terminal(tmp_path: Path) -> None:
    """Standard output written as UTF-8 still says it is a terminal, so the bar stays off."""
    folder = _folder(tmp_path, 3)
    raw, stderr = io.BytesIO(), _Terminal()
    stdout = _TerminalWithBuffer(raw, encoding="ascii")
    assert EXIT_OK == main([str(folder)], stdin=io.StringIO(""), stdout=stdout, stderr=stderr)
    assert ("", 3) == (stderr.getvalue(), len(raw.getvalue().splitlines()))


# --- --vocabulary ---------------------------------------------------------------------------------

VINLAND_PAGE = (  # a label of several words in lower case: no dateline without the vocabulary
    "Visa Office Opens Saturdays\n\nReleased to the press: 2024-05-02\n\n"
    "1. The office opens on Saturdays.\n\nTo the top\n"
)


def test_vocabulary_option_reads_the_words_from_a_toml_file(tmp_path: Path) -> None:
    """The file's date label and pager phrase are read, in one process and over a pool."""
    page = _write(tmp_path, "page.txt", VINLAND_PAGE.encode())
    other = _write(tmp_path, "other.txt", VINLAND_PAGE.encode())
    toml = _write(
        tmp_path,
        "vinland.toml",
        b'pager = ["To the top"]\ndate_labels = ["Released to the press"]\n',
    )
    assert json.loads(_run([page])[1])["date"] is None
    status, out, _ = _run([page, "--vocabulary", toml])
    assert (status, json.loads(out)["date"]) == (EXIT_OK, "2024-05-02")
    status, out, _ = _run([page, other, "--vocabulary", toml, "--workers", "2"])
    assert [json.loads(line)["date"] for line in out.splitlines()] == ["2024-05-02"] * 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'pagers = ["List"]\n', "unknown key 'pagers'"),
        (b"pager = [\n", "not valid TOML"),
        (b'date_labels = ["(Posted)"]\n', "must start with a letter or digit"),
    ],
)
def test_a_bad_vocabulary_file_is_a_usage_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    """The file and what is wrong with it are named before any page is read; exit status 2."""
    toml = _write(tmp_path, "site.toml", content)
    status, out, err = _run([str(EXAMPLE), "--vocabulary", toml])
    assert (status, out) == (2, "")
    assert f"argument --vocabulary: {toml}: " in err
    assert message in err


def test_a_missing_vocabulary_file_is_a_usage_error(tmp_path: Path) -> None:
    """A file that cannot be read is named, with the reason."""
    missing = str(tmp_path / "missing.toml")
    status, _, err = _run([str(EXAMPLE), "--vocabulary", missing])
    assert status == 2
    assert f"argument --vocabulary: cannot read {missing}: No such file or directory" in err
