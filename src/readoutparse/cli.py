"""The command line: ``readoutparse PATH...`` prints each page's readout as JSON, JSON Lines or CSV.

Folders are walked for files matching ``--glob``; pages are parsed over
``--workers`` processes and written in input order. A file that cannot be read,
decoded or (with ``--strict``) parsed cleanly, or that is not a regular file or
is over ``--max-bytes``, is reported on stderr and counted, and the run goes on.

The parts: ``_cli_args`` (the arguments), ``_cli_inputs`` (the walk and the
guard on ``-o``), ``_cli_output`` (one page's record, made in a worker; the sink;
the progress bar) and ``_cli_run`` (the signals, the loop, the summary).
"""

from __future__ import annotations

import contextlib
import signal
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Final, TextIO

from readoutparse._batch import available_cores, worker_cap
from readoutparse._cli_args import Usage, build_parser, options
from readoutparse._cli_inputs import check_output, expand, jobs
from readoutparse._cli_output import open_output
from readoutparse._cli_run import Run, stoppable

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "build_parser",
    "main",
]

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 128 + signal.SIGINT  # 130
EXIT_TERMINATED: Final = 128 + signal.SIGTERM  # 143

#: Below this many inputs the default is one process: starting a pool costs more than it saves.
#: Measured on 2 cores: a two-worker pool costs about 0.2 s more before its first page (each
#: worker compiles the patterns), a page of 6 KB about 1 ms; two workers overtook one between
#: 600 and 1,600 pages, depending on the load (docs/reference/cli.md).
SMALL_RUN: Final = 500


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; return its exit status.

    0 ok, 1 some input failed, 2 usage, 130 Ctrl-C (SIGINT), 143 SIGTERM.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` by default.
        stdin: Where ``-`` reads from; ``sys.stdin`` by default.
        stdout: Where records go without ``-o``; ``sys.stdout`` by default (as UTF-8).
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
    except SystemExit as stop:  # --help, --version, or a usage error that argparse has printed
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    with stoppable() as stopped:
        try:
            return _main(args, stdin, stdout, stderr, stopped)
        except Usage as problem:
            print(f"readoutparse: error: {problem}", file=stderr)
            return EXIT_USAGE


def _main(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO, stop: list[int]
) -> int:
    settings = options(args)
    inputs = expand(args.paths, args.glob)
    check_output(args.output, inputs, args.glob)  # before the output is opened, and emptied
    run = Run(inputs.names, settings, stderr)
    for name, problem in inputs.problems:
        run.fail(name, f": {problem}")
    total = len(inputs.names) + len(inputs.problems)
    try:
        with open_output(args.output, stdout) as out:
            run.progress.enabled = not args.quiet and _isatty(stderr) and not _isatty(out)
            pending = jobs(inputs.names, stdin, stop, settings.max_bytes)
            run.write_all(out, pending, _workers(args.workers, inputs.names), stop)
    except KeyboardInterrupt:  # a second Ctrl-C or SIGTERM
        stop[0] = stop[0] or signal.SIGINT
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        return EXIT_FAILED
    except BrokenProcessPool:
        run.broken = not stop[0]  # else the workers got the signal that stops the command
    except OSError as error:  # the output cannot be written
        run.progress.close()
        print(
            f"readoutparse: {args.output or '<stdout>'}: cannot write: {error.strerror or error}",
            file=stderr,
        )
        return EXIT_FAILED
    run.progress.close()
    if total > 1 or stop[0] or run.broken:  # one input's one-line error is its own summary
        stderr.write(run.summary(total, stopped=stop[0]))
    if stop[0]:
        return 128 + stop[0]
    return EXIT_FAILED if run.failures or run.broken else EXIT_OK


def _workers(asked: int | None, names: list[str]) -> int:
    """Return the processes to use: as asked (capped), else one for a small run, else every core."""
    if asked is not None:
        return min(asked, worker_cap())
    return 1 if len(names) < SMALL_RUN else available_cores()


def _isatty(stream: TextIO) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)())
