"""The command line: ``readoutparse PATH...`` prints each page's readout as JSON, JSON Lines or CSV.

Folders are walked for files matching ``--glob``; pages are parsed over
``--workers`` processes and written in input order. A file that cannot be read,
decoded or (with ``--strict``) parsed cleanly is reported on stderr and counted,
and the run goes on.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import signal
import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import attrs

from readoutparse._api import parse_bytes
from readoutparse._batch import available_cores, ordered_map
from readoutparse._decode import PageDecodeError
from readoutparse._rows import ROW_FIELDS
from readoutparse.errors import ParseError

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from types import FrameType

    from readoutparse.model import Readout

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

FORMATS = ("json", "jsonl", "csv", "text")
STDIN = "-"


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``readoutparse`` command."""
    parser = argparse.ArgumentParser(
        prog="readoutparse",
        description=(
            "Parse text dumps of press-release and readout pages into JSON, JSON Lines or CSV. "
            "Folders are walked for files matching --glob; '-' reads stdin."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="page dumps or folders of them")
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--format",
        choices=FORMATS,
        help="json (one input), jsonl (one object per page, with its source), csv (one row "
        "per paragraph and subpoint) or text (the clean rendering); default json for one "
        "file, jsonl for more",
    )
    output.add_argument("--jsonl", action="store_true", help="same as --format jsonl")
    output.add_argument("--text", action="store_true", help="same as --format text")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--glob",
        default="*.txt",
        help="file names to take from folders, at any depth (default: %(default)s)",
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        default=None,
        metavar="N",
        help="processes to parse with (default: every core)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="count a page with a problem as failed, with its position",
    )
    parser.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        msg = f"must be at least 1, not {number}"
        raise argparse.ArgumentTypeError(msg)
    return number


# --- inputs ------------------------------------------------------------------------------------


def expand(paths: Sequence[str], pattern: str) -> tuple[list[str], list[str]]:
    """Return the files to read, and the folders in which ``pattern`` matched nothing.

    Each file is taken as given (``-`` too); each folder gives its matching files
    at any depth, sorted by path.

    Example:
        >>> expand(["examples", "docs/_ext"], "*.txt")
        (['examples/2022-02-12-rok-us-fm-honolulu.txt', \
'examples/2024-02-29-rok-us-fm-washington.txt'], ['docs/_ext'])
    """
    found: list[str] = []
    empty: list[str] = []
    for name in paths:
        path = Path(name)
        if name != STDIN and path.is_dir():
            matches = sorted(
                str(match) for match in path.rglob(pattern) if match.is_file() or match.is_symlink()
            )
            found.extend(matches)
            if not matches:
                empty.append(name)
        else:
            found.append(name)
    return found, empty


# --- one page, in a worker ----------------------------------------------------------------------


@attrs.frozen
class Options:
    """What a worker needs to turn a page into output."""

    format: str
    strict: bool
    indent: int


@attrs.frozen
class Outcome:
    """One input's output text, or the one-line reason it failed."""

    source: str
    size: int
    output: str | None
    problem: str | None


def _read(name: str) -> bytes:
    return Path(name).read_bytes()


def _render(readout: Readout, source: str, options: Options) -> str:
    if options.format == "text":
        return readout.render()
    if options.format == "json":
        return readout.to_json(indent=options.indent) + "\n"
    if options.format == "jsonl":
        return json.dumps({"source": source, **readout.to_dict()}) + "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in readout.iter_rows(source):
        writer.writerow(["" if value is None else value for value in row.values()])
    return buffer.getvalue()


def process(job: tuple[str, bytes | None], options: Options) -> Outcome:
    """Read (unless given), decode, parse and render one input; never raises for a bad input."""
    name, data = job
    source = "<stdin>" if name == STDIN else name
    try:
        if data is None:
            data = _read(name)
        readout = parse_bytes(data, strict=options.strict)
        return Outcome(source, len(data), _render(readout, source, options), None)
    except OSError as error:
        problem = f"cannot read: {error.strerror or error}"
    except PageDecodeError as error:
        problem = str(error)
    except ParseError as error:
        return Outcome(source, len(data or b""), None, f"{source}:{error.warning}")
    return Outcome(source, len(data or b""), None, f"{source}: {problem}")


# --- progress and the summary --------------------------------------------------------------------


class Progress:
    """A one-line progress bar on a terminal (pages, MB/s, ETA); silent elsewhere."""

    def __init__(self, total: int, stream: TextIO, *, enabled: bool) -> None:
        """Prepare to count ``total`` inputs on ``stream``."""
        self.total = total
        self.stream = stream
        self.enabled = enabled
        self.done = 0
        self.size = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def update(self, size: int) -> None:
        """Count one input of ``size`` bytes; redraw at most ten times a second."""
        self.done += 1
        self.size += size
        now = time.monotonic()
        if self.enabled and (now - self.shown >= 0.1 or self.done == self.total):  # noqa: PLR2004
            self.shown = now
            self.stream.write("\r" + self.line(now - self.started))
            self.stream.flush()

    def line(self, elapsed: float) -> str:
        """Return the bar's text after ``elapsed`` seconds.

        Example:
            >>> progress = Progress(200, io.StringIO(), enabled=False)
            >>> progress.done, progress.size = 50, 2_000_000
            >>> progress.line(2.0)
            ' 50/200 pages  25%  1.0 MB/s  ETA 0:00:06'
        """
        rate = self.size / elapsed / 1e6 if elapsed > 0 else 0.0
        left = (self.total - self.done) * elapsed / self.done if self.done else 0.0
        eta = time.strftime("%H:%M:%S", time.gmtime(left)).removeprefix("0")
        width = len(str(self.total))
        share = 100 * self.done // self.total if self.total else 100
        return (
            f"{self.done:>{width + 1}}/{self.total} pages {share:>3}%  {rate:.1f} MB/s  ETA {eta}"
        )

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()


@contextlib.contextmanager
def _interruptible() -> Iterator[list[bool]]:
    """Turn Ctrl-C into a flag the loop checks, so only whole records are ever written."""
    flag = [False]

    def on_interrupt(_signal: int, _frame: FrameType | None) -> None:
        flag[0] = True

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread: leave Ctrl-C as it is
        yield flag
        return
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)


# --- the command ---------------------------------------------------------------------------------


def _format(args: argparse.Namespace, count: int) -> str:
    if args.jsonl:
        return "jsonl"
    if args.text:
        return "text"
    if args.format not in {None, "json"}:
        return str(args.format)
    return "json" if count == 1 else "jsonl"  # never concatenated JSON documents


def _jobs(names: list[str], stdin: TextIO) -> Iterator[tuple[str, bytes | None]]:
    for name in names:
        if name == STDIN:
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
            yield name, data
        else:
            yield name, None


def _open_output(name: str | None, stdout: TextIO) -> contextlib.AbstractContextManager[TextIO]:
    if name is None:
        return contextlib.nullcontext(stdout)
    return Path(name).open("w", encoding="utf-8", newline="")


def _summary(failures: list[str], done: int, total: int, *, interrupted: bool) -> str:
    lines = []
    if interrupted:
        lines.append(f"readoutparse: interrupted after {done} of {total} inputs")
    if failures:
        lines.append(f"readoutparse: {len(failures)} of {done} inputs failed:")
        lines.extend(f"  {failure}" for failure in failures)
    return "".join(line + "\n" for line in lines)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; return its exit status (0 ok, 1 some input failed, 2 usage, 130 Ctrl-C).

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
    names, empty = expand(args.paths, args.glob)
    failures = [f"{name}: no file matches {args.glob!r}" for name in empty]
    for failure in failures:
        print(f"readoutparse: {failure}", file=stderr)
    options = Options(_format(args, len(names)), args.strict, args.indent)
    chunksize = max(1, min(32, len(names) // (4 * (args.workers or available_cores()))))
    workers = min(args.workers or available_cores(), -(-len(names) // chunksize))
    progress = Progress(len(names), stderr, enabled=not args.quiet and stderr.isatty())
    try:
        with _open_output(args.output, stdout) as out, _interruptible() as interrupted:
            if options.format == "csv":
                out.write(",".join(ROW_FIELDS) + "\n")
            outcomes = ordered_map(
                partial(process, options=options),
                _jobs(names, stdin),
                workers=workers,
                chunksize=chunksize,
            )
            for outcome in outcomes:
                _write(outcome, out, stderr, failures, progress)
                if interrupted[0]:
                    outcomes.close()
                    break
    except OSError as error:  # the output file cannot be written
        progress.close()
        print(f"readoutparse: {args.output}: cannot write: {error.strerror or error}", file=stderr)
        return EXIT_FAILED
    progress.close()
    if len(names) > 1 or interrupted[0]:  # one input's one-line error is its own summary
        done, total = progress.done + len(empty), len(names) + len(empty)
        stderr.write(_summary(failures, done, total, interrupted=interrupted[0]))
    if interrupted[0]:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if failures else EXIT_OK


def _write(
    outcome: Outcome, out: TextIO, stderr: TextIO, failures: list[str], progress: Progress
) -> None:
    if outcome.output is not None:
        out.write(outcome.output)
    else:
        assert outcome.problem is not None  # noqa: S101 - an outcome has one or the other
        failures.append(outcome.problem)
        if progress.enabled:
            stderr.write("\r\x1b[K")  # clear the bar's line before the message
        print(f"readoutparse: {outcome.problem}", file=stderr)
    progress.update(outcome.size)
