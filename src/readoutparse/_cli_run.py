"""One run of the command: signals that ask it to stop, records written in order, the summary."""

from __future__ import annotations

import contextlib
import signal
from functools import partial
from typing import TYPE_CHECKING, Final, TextIO

from readoutparse._batch import ordered_map
from readoutparse._cli_output import Options, Progress, process, unwritable
from readoutparse._rows import ROW_FIELDS

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import FrameType

#: The signals that stop a run cleanly: whole records, a summary, exit 128 + the signal.
STOP_SIGNALS: Final = (signal.SIGINT, signal.SIGTERM)

#: Failures the summary names before saying how many more there are.
NAMED_FAILURES: Final = 5


@contextlib.contextmanager
def stoppable() -> Iterator[list[int]]:
    """Turn the first Ctrl-C or SIGTERM into a flag (the signal's number) the loop checks.

    Only whole records are written then; a second signal of either kind stops at
    once. The previous handlers are back when the block ends.
    """
    flag = [0]

    def stop_now(_signal: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    def on_signal(number: int, _frame: FrameType | None) -> None:
        flag[0] = flag[0] or number
        for each in STOP_SIGNALS:
            signal.signal(each, stop_now)

    try:
        previous = {each: signal.signal(each, on_signal) for each in STOP_SIGNALS}
    except ValueError:  # not the main thread: leave the signals as they are
        yield flag
        return
    try:
        yield flag
    finally:
        for each, handler in previous.items():
            signal.signal(each, handler)


class Run:
    """One run of the command over its inputs: writes records, counts failures, reports."""

    def __init__(self, names: list[str], options: Options, stderr: TextIO) -> None:
        """Prepare to write the records of ``names``; problems go to ``stderr``."""
        self.names = names
        self.options = options
        self.stderr = stderr
        self.failures: list[str] = []
        self.written = 0
        self.broken = False  # a worker process died
        self.progress = Progress(len(names), stderr, enabled=False)

    def fail(self, name: str, problem: str) -> None:
        """Report a problem once, as it happens; the summary names ``name`` only."""
        self.failures.append(name)
        if self.progress.enabled:
            self.stderr.write("\r\x1b[K")  # clear the bar's line before the message
        print(f"readoutparse: {name}{problem}", file=self.stderr)

    def write_all(
        self, out: TextIO, jobs: Iterator[tuple[str, bytes | None]], workers: int, stop: list[int]
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
                    self._write(out, outcome.source, outcome.output)
                else:
                    assert outcome.problem is not None  # noqa: S101 - one or the other
                    self.fail(outcome.source, outcome.problem.removeprefix(outcome.source))
                self.progress.update(outcome.size)
                if stop[0]:
                    return

    def _write(self, out: TextIO, source: str, record: str) -> None:
        if self.written and self.options.format == "text" and self.options.several:
            record = "\n" + record  # a blank line before each page's header but the first
        try:
            out.write(record)
        except UnicodeEncodeError as error:  # raised before a byte of the record is written
            self.fail(source, ": " + unwritable(error))
        else:
            self.written += 1

    def summary(self, total: int, *, stopped: int) -> str:
        """Return the closing lines: how far an interrupted run got, and the failures."""
        done = self.progress.done + total - len(self.names)  # folder problems count as done
        lines = []
        if stopped or self.broken:
            verb = (
                "interrupted"
                if stopped == signal.SIGINT
                else "terminated"
                if stopped
                else "a worker process died; stopped"
            )
            lines.append(f"readoutparse: {verb} after {done} of {total} inputs")
        if self.failures:
            named = ", ".join(self.failures[:NAMED_FAILURES])
            more = len(self.failures) - NAMED_FAILURES
            named += f" and {more} more" if more > 0 else ""
            lines.append(f"readoutparse: {len(self.failures)} of {done} inputs failed: {named}")
        return "".join(line + "\n" for line in lines)
