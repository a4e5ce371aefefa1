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
import os
import signal
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from fnmatch import fnmatchcase
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TextIO

import attrs

from readoutparse._batch import available_cores, ordered_map, parse_one
from readoutparse._decode import PageDecodeError, check_settings
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
        type=_file_pattern,
        default="*.txt",
        help="file names to take from folders, at any depth (default: %(default)s)",
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        help="decode every file with this codec (default: BOM, UTF-8, then CP949)",
    )
    parser.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="replace what cannot be decoded with U+FFFD instead of failing the file",
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


def _file_pattern(value: str) -> str:
    if not value or "/" in value or os.sep in value:
        msg = f"a file-name pattern such as '*.txt', without a folder: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _encoding(value: str) -> str:
    try:
        check_settings(value, "strict")
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        msg = f"must be at least 1, not {number}"
        raise argparse.ArgumentTypeError(msg)
    return number


# --- inputs ------------------------------------------------------------------------------------


@attrs.define
class Inputs:
    """What the paths on the command line come to.

    Attributes:
        names: The files to read, in order, each once (``-`` for stdin).
        problems: Folders that could not be read or matched nothing, as
            ``FOLDER: reason`` lines.
    """

    names: list[str] = attrs.Factory(list)
    problems: list[str] = attrs.Factory(list)


def expand(paths: Sequence[str], pattern: str, *, skip: str | None = None) -> Inputs:
    """Return the files to read: each file as given, each folder's matching files sorted by path.

    Folders are walked at any depth, following links to folders (each folder once);
    a file is taken once even when reached twice. A folder that cannot be read or
    holds no match is a problem, reported and counted as a failure.

    Args:
        paths: Files, folders and ``-``, as given on the command line.
        pattern: The file-name pattern (``fnmatch``) for files in folders.
        skip: A file that folders must not yield (the output file).

    Returns:
        The files, and the problems met.

    Example:
        >>> found = expand(["examples", "docs/_ext"], "*.txt")
        >>> found.names, found.problems
        (['examples/2022-02-12-rok-us-fm-honolulu.txt', \
'examples/2024-02-29-rok-us-fm-washington.txt'], ["docs/_ext: no file matches '*.txt'"])
    """
    found = Inputs()
    seen: set[str] = set()
    for name in paths:
        if name != STDIN and Path(name).is_dir():
            before = len(found.problems)
            matches = [
                match
                for match in _walk(name, pattern, found.problems)
                if skip is None or os.path.realpath(match) != skip
            ]
            if not matches and len(found.problems) == before:
                found.problems.append(f"{_label(name)}: no file matches {pattern!r}")
        else:
            matches = [name]
        for match in matches:
            key = match if match == STDIN else os.path.realpath(match)
            if key not in seen:
                seen.add(key)
                found.names.append(match)
    return found


def _walk(folder: str, pattern: str, problems: list[str]) -> list[str]:
    def on_error(error: OSError) -> None:
        problems.append(f"{_label(str(error.filename))}: cannot read: {error.strerror or error}")

    found: list[str] = []
    folders: set[str] = set()
    for root, subfolders, files in os.walk(folder, onerror=on_error, followlinks=True):
        real = os.path.realpath(root)
        if real in folders:  # a link back into the tree
            subfolders.clear()
            continue
        folders.add(real)
        found.extend(os.path.join(root, file) for file in files if fnmatchcase(file, pattern))  # noqa: PTH118 - os.walk gives str
    return sorted(found)


def _label(name: str) -> str:
    r"""Return ``name`` fit to print: undecodable bytes of a file name shown as ``\xNN``."""
    if name == STDIN:
        return "<stdin>"
    try:
        raw = name.encode("utf-8", "surrogateescape")  # the bytes the file system gave
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


# --- one page, in a worker ----------------------------------------------------------------------


@attrs.frozen
class Options:
    """What a worker needs to turn a page into output."""

    format: str
    strict: bool
    indent: int
    encoding: str | None = None
    errors: Literal["strict", "replace"] = "strict"


@attrs.frozen
class Outcome:
    """One input's output text, or the one-line reason it failed."""

    source: str
    size: int
    output: str | None
    problem: str | None


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


_DECODE_ADVICE = (
    "pass encoding= if you know it, or errors='replace'",
    "try --encoding or --errors replace",
)


def process(job: tuple[str, bytes | None], options: Options) -> Outcome:
    """Read (unless given), decode, parse and render one input; never raises.

    Args:
        job: The file name (``-`` for stdin) and its bytes, or ``None`` to read the file.
        options: The output format and the parse and decode settings.

    Returns:
        The rendered output, or the one-line reason there is none.
    """
    name, data = job
    source = _label(name)
    result = parse_one(
        Path(name) if data is None else data,
        strict=options.strict,
        encoding=options.encoding,
        errors=options.errors,
    )
    try:
        output = None if result.readout is None else _render(result.readout, source, options)
    except Exception as error:  # noqa: BLE001 - a bug must not end a 100,000-page run
        return Outcome(source, result.size, None, f"{source}: {_reason(error)}")
    if output is None:
        assert result.error is not None  # noqa: S101 - a result has one or the other
        separator = "" if isinstance(result.error, ParseError) else " "
        return Outcome(source, result.size, None, f"{source}:{separator}{_reason(result.error)}")
    return Outcome(source, result.size, output, None)


def _reason(error: Exception) -> str:
    """Say in one line why a page failed (a :class:`ParseError` says where, as ``line:col:``)."""
    if isinstance(error, OSError):
        return f"cannot read: {error.strerror or error}"
    if isinstance(error, PageDecodeError):
        return str(error).replace(*_DECODE_ADVICE)
    if isinstance(error, ParseError):
        return str(error.warning)
    return f"internal error, please report it: {type(error).__name__}: {error}"


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
            self.stream.write("\r" + self.line(now - self.started) + "\x1b[K")
            self.stream.flush()

    def line(self, elapsed: float) -> str:
        """Return the bar's text after ``elapsed`` seconds.

        Example:
            >>> progress = Progress(200, io.StringIO(), enabled=False)
            >>> progress.done, progress.size = 50, 2_000_000
            >>> progress.line(2.0)
            ' 50/200 pages  25%  1.0 MB/s  ETA 0:00:06'
            >>> progress.line(86_400.0)  # a day for 50 pages: three days to go
            ' 50/200 pages  25%  0.0 MB/s  ETA 72:00:00'
        """
        rate = self.size / elapsed / 1e6 if elapsed > 0 else 0.0
        left = (self.total - self.done) * elapsed / self.done if self.done else 0.0
        minutes, seconds = divmod(round(left), 60)
        eta = f"{minutes // 60}:{minutes % 60:02}:{seconds:02}"  # hours may pass 24
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
    """Turn the first Ctrl-C into a flag the loop checks, so only whole records are written."""
    flag = [False]

    def on_interrupt(_signal: int, _frame: FrameType | None) -> None:
        flag[0] = True
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C stops at once

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


class _Usage(Exception):  # noqa: N818 - not an error of the program: the user's to fix
    """A usage problem found after argparse: the message for stderr."""


def _format(args: argparse.Namespace, several: bool) -> str:  # noqa: FBT001
    chosen = "jsonl" if args.jsonl else "text" if args.text else args.format
    if chosen == "json" and several:
        msg = "--format json takes one file; use --format jsonl for several or a folder"
        raise _Usage(msg)
    return str(chosen or ("jsonl" if several else "json"))


def _options(args: argparse.Namespace) -> Options:
    if args.paths.count(STDIN) > 1:
        msg = "'-' (stdin) can be read only once"
        raise _Usage(msg)
    several = len(args.paths) > 1 or any(
        name != STDIN and Path(name).is_dir() for name in args.paths
    )
    fmt = _format(args, several)
    return Options(fmt, args.strict, args.indent, args.encoding, args.errors)


def _output_key(args: argparse.Namespace, names: Sequence[str]) -> str | None:
    if args.output is None:
        return None
    key = os.path.realpath(str(args.output))
    if any(name != STDIN and os.path.realpath(name) == key for name in names):
        msg = f"the output file {args.output} is also an input; choose another -o"
        raise _Usage(msg)
    return key


def _jobs(names: list[str], stdin: TextIO, stop: list[bool]) -> Iterator[tuple[str, bytes | None]]:
    for name in names:
        if stop[0]:
            return
        if name == STDIN:
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
            yield name, data
        else:
            yield name, None


def _open_output(name: str | None, stdout: TextIO) -> contextlib.AbstractContextManager[TextIO]:
    if name is None:
        return contextlib.nullcontext(stdout)
    return Path(name).open("w", encoding="utf-8", newline="")


def _isatty(stream: TextIO) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)())


class _Run:
    """One run of the command over its inputs: writes records, counts failures, reports."""

    def __init__(self, names: list[str], options: Options, stderr: TextIO) -> None:
        self.names = names
        self.options = options
        self.stderr = stderr
        self.failures: list[str] = []
        self.progress = Progress(len(names), stderr, enabled=False)

    def fail(self, problem: str) -> None:
        self.failures.append(problem)
        if self.progress.enabled:
            self.stderr.write("\r\x1b[K")  # clear the bar's line before the message
        print(f"readoutparse: {problem}", file=self.stderr)

    def write_all(
        self, out: TextIO, jobs: Iterator[tuple[str, bytes | None]], workers: int, stop: list[bool]
    ) -> None:
        """Write each page's record to ``out`` in input order; stop when ``stop`` is set."""
        if self.options.format == "csv":
            out.write(",".join(ROW_FIELDS) + "\n")
        chunksize = max(1, min(32, len(self.names) // (4 * workers)))
        outcomes = ordered_map(
            partial(process, options=self.options),
            jobs,
            workers=min(workers, -(-len(self.names) // chunksize)),
            chunksize=chunksize,
        )
        with contextlib.closing(outcomes):
            for outcome in outcomes:
                if outcome.output is not None:
                    out.write(outcome.output)
                else:
                    assert outcome.problem is not None  # noqa: S101 - one or the other
                    self.fail(outcome.problem)
                self.progress.update(outcome.size)
                if stop[0]:
                    return

    def summary(self, total: int, *, interrupted: bool) -> str:
        done = self.progress.done + total - len(self.names)  # folder problems count as done
        lines = []
        if interrupted:
            lines.append(f"readoutparse: interrupted after {done} of {total} inputs")
        if self.failures:
            lines.append(f"readoutparse: {len(self.failures)} of {done} inputs failed:")
            lines.extend(f"  {failure}" for failure in self.failures)
        return "".join(line + "\n" for line in lines)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; return its exit status (0 ok, 1 some input failed, 2 usage, 130 Ctrl-C).

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` by default.
        stdin: Where ``-`` reads from; ``sys.stdin`` by default.
        stdout: Where records go without ``-o``; ``sys.stdout`` by default.
        stderr: Where problems, the progress bar and the summary go; ``sys.stderr`` by default.

    Returns:
        The exit status.

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
    with _interruptible() as interrupted:
        try:
            return _main(args, stdin, stdout, stderr, interrupted)
        except _Usage as problem:
            print(f"readoutparse: error: {problem}", file=stderr)
            return EXIT_USAGE


def _main(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO, stop: list[bool]
) -> int:
    options = _options(args)
    skip = _output_key(args, args.paths)
    inputs = expand(args.paths, args.glob, skip=skip)
    run = _Run(inputs.names, options, stderr)
    for problem in inputs.problems:
        run.fail(problem)
    total = len(inputs.names) + len(inputs.problems)
    try:
        with _open_output(args.output, stdout) as out:
            run.progress.enabled = not args.quiet and _isatty(stderr) and not _isatty(out)
            jobs = _jobs(inputs.names, stdin, stop)
            run.write_all(out, jobs, args.workers or available_cores(), stop)
    except KeyboardInterrupt:  # a second Ctrl-C
        stop[0] = True
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        return EXIT_FAILED
    except BrokenProcessPool:
        left = len(inputs.names) - run.progress.done
        run.fail(f"a worker process died; the run stopped with {left} inputs not parsed")
    except OSError as error:  # the output cannot be written
        run.progress.close()
        print(
            f"readoutparse: {args.output or '<stdout>'}: cannot write: {error.strerror or error}",
            file=stderr,
        )
        return EXIT_FAILED
    run.progress.close()
    if total > 1 or stop[0]:  # one input's one-line error is its own summary
        stderr.write(run.summary(total, interrupted=stop[0]))
    if stop[0]:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if run.failures else EXIT_OK
