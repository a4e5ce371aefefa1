"""The command line: ``readoutparse FILE...`` and ``python -m readoutparse``."""

from __future__ import annotations

import io
import json
import runpy
import subprocess
import sys
from pathlib import Path
from typing import TextIO

import pytest

from readoutparse import parse
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
    assert parse(OTHER.read_text(encoding="utf-8")).to_json() == out.splitlines()[1]


def test_jsonl_option_prints_one_line_for_one_file() -> None:
    """``--jsonl`` prints compact JSON on one line even for one file."""
    status, out, _ = _run(["--jsonl", str(EXAMPLE)])
    assert (EXIT_OK, parse(EXAMPLE.read_text(encoding="utf-8")).to_json() + "\n") == (status, out)


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
    """With several files, a failing one is reported and the rest are still printed."""
    status, out, err = _run([str(tmp_path / "missing.txt"), str(EXAMPLE)])
    assert (EXIT_FAILED, 1, 1) == (status, len(out.splitlines()), len(err.splitlines()))


def test_undecodable_file_is_a_one_line_error(tmp_path: Path) -> None:
    """A file in no known encoding: one line with the decode error, exit 1."""
    name = _write(tmp_path, "bad.bin", b"Talks\n\x81")
    status, out, err = _run([name])
    assert (
        EXIT_FAILED,
        "",
        (
            f"readoutparse: {name}: cannot decode byte b'\\x81' at offset 6: the data is not "
            "utf-8 or cp949; pass encoding= if you know it, or errors='replace'\n"
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
    assert (0, parse(PAGE).to_json() + "\n", "") == (
        result.returncode,
        result.stdout,
        result.stderr,
    )
