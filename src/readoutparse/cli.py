"""The command line: ``readoutparse FILE...`` prints each page's readout as JSON."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from readoutparse._api import parse_bytes
from readoutparse._decode import PageDecodeError
from readoutparse.errors import ParseError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from readoutparse.model import Readout

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``readoutparse`` command."""
    parser = argparse.ArgumentParser(
        prog="readoutparse",
        description="Parse text dumps of press-release and readout pages into JSON.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="page dumps; '-' reads stdin")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    output.add_argument("--text", action="store_true", help="print the clean rendering")
    parser.add_argument(
        "--strict", action="store_true", help="fail on the first problem, with its position"
    )
    parser.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    return parser


def _read(name: str, stdin: TextIO) -> bytes:
    if name == "-":
        return stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
    return Path(name).read_bytes()


def _parse_one(name: str, *, strict: bool, stdin: TextIO, stderr: TextIO) -> Readout | None:
    label = "<stdin>" if name == "-" else name
    try:
        return parse_bytes(_read(name, stdin), strict=strict)
    except OSError as error:
        print(f"readoutparse: {label}: cannot read: {error.strerror or error}", file=stderr)
    except PageDecodeError as error:
        print(f"readoutparse: {label}: {error}", file=stderr)
    except ParseError as error:
        print(f"readoutparse: {label}:{error.warning}", file=stderr)
    return None


def _emit(readout: Readout, args: argparse.Namespace, stdout: TextIO) -> None:
    if args.text:
        stdout.write(readout.render())
    elif args.jsonl:
        stdout.write(readout.to_json() + "\n")
    else:
        stdout.write(readout.to_json(indent=args.indent) + "\n")


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; return its exit status (0 ok, 1 some input failed, 2 usage).

    Example:
        >>> main(["examples/2022-02-12-rok-us-fm-honolulu.txt", "--text"])
        Ministry News
        <BLANKLINE>
        Outcome of ROK-U.S. Foreign Ministers’ Meeting
        ...
        0
    """
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = build_parser().parse_args(argv)
    except SystemExit as stop:  # --help, or a usage error that argparse has printed
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    status = EXIT_OK
    many = len(args.files) > 1
    for name in args.files:
        readout = _parse_one(name, strict=args.strict, stdin=stdin, stderr=stderr)
        if readout is None:
            status = EXIT_FAILED
            continue
        if many and not args.jsonl and not args.text:
            args.jsonl = True  # several inputs: one object per line, never concatenated JSON
        _emit(readout, args, stdout)
    return status
