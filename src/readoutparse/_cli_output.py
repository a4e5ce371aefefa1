"""The command line's output: one page's record (made in a worker), the sink, the progress bar."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, TextIO

import attrs

from readoutparse._batch import SkippedFileError, parse_one, too_large
from readoutparse._decode import PageDecodeError
from readoutparse.errors import ParseError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from readoutparse._user_vocabulary import Vocabulary
    from readoutparse.model import Readout


@attrs.frozen(kw_only=True)
class Options:
    """What a worker needs to turn a page into output.

    Attributes:
        several: Whether the run has several inputs (``--text`` then heads each page).
        vocabulary: The words of ``--vocabulary``, if given.
    """

    format: str
    strict: bool = False
    indent: int = 2
    encoding: str | None = None
    errors: Literal["strict", "replace"] = "strict"
    max_bytes: int | None = None
    several: bool = False
    vocabulary: Vocabulary | None = None


@attrs.frozen
class Outcome:
    """One input's output text, or the one-line reason it failed."""

    source: str
    size: int
    output: str | None
    problem: str | None


def label(name: str) -> str:
    r"""Return ``name`` fit to print: undecodable bytes of a file name shown as ``\xNN``.

    Example:
        >>> label("a\udcff.txt"), label("-")
        ('a\\xff.txt', '<stdin>')
    """
    if name == "-":
        return "<stdin>"
    try:
        raw = name.encode("utf-8", "surrogateescape")  # the bytes the file system gave
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


def render(readout: Readout, source: str, options: Options) -> str:
    """Return one page's record in the chosen format."""
    if options.format == "text":
        header = f"==> {source} <==\n" if options.several else ""
        return header + readout.render()
    if options.format == "json":
        return readout.to_json(indent=options.indent) + "\n"
    if options.format == "jsonl":
        return json.dumps({"source": source, **readout.to_dict()}, ensure_ascii=False) + "\n"
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
    source = label(name)
    limit = options.max_bytes
    if data is not None and limit is not None and len(data) > limit:  # stdin, read to limit + 1
        return Outcome(source, len(data), None, f"{source}: {_reason(too_large(limit))}")
    result = parse_one(
        Path(name) if data is None else data,
        strict=options.strict,
        encoding=options.encoding,
        errors=options.errors,
        max_bytes=limit,
        vocabulary=options.vocabulary,
    )
    try:
        output = None if result.readout is None else render(result.readout, source, options)
    except Exception as error:  # noqa: BLE001 - a bug must not end a 100,000-page run
        return Outcome(source, result.size, None, f"{source}: {_reason(error)}")
    if output is None:
        assert result.error is not None  # noqa: S101 - a result has one or the other
        separator = "" if isinstance(result.error, ParseError) else " "
        return Outcome(source, result.size, None, f"{source}:{separator}{_reason(result.error)}")
    return Outcome(source, result.size, output, None)


def _reason(error: Exception) -> str:
    """Say in one line why a page failed (a :class:`ParseError` says where, as ``line:col:``)."""
    if isinstance(error, SkippedFileError):
        return f"skipped: {error.strerror}".replace("(max_bytes)", "(--max-bytes)")
    if isinstance(error, OSError):
        return f"cannot read: {error.strerror or error}"
    if isinstance(error, PageDecodeError):
        return str(error).replace(*_DECODE_ADVICE)
    if isinstance(error, ParseError):
        return str(error.warning)
    return f"internal error, please report it: {type(error).__name__}: {error}"


def unwritable(error: UnicodeEncodeError) -> str:
    r"""Say in one line why a record could not be written.

    Example:
        >>> try:
        ...     "Talks \ud800".encode("utf-8")
        ... except UnicodeEncodeError as error:
        ...     print(unwritable(error))
        cannot write: the record holds '\ud800' at character 6, which utf-8 cannot encode
        (surrogates not allowed)
    """
    bad = error.object[error.start : error.end]
    return (
        f"cannot write: the record holds {bad!r} at character {error.start}, which "
        f"{error.encoding} cannot encode ({error.reason})"
    )


# --- where records go ---------------------------------------------------------------------------


class _Utf8Stream(io.TextIOBase):
    r"""Standard output as UTF-8, whatever the locale or ``PYTHONIOENCODING`` says.

    Each record is encoded whole before a byte is written, so one that cannot be
    encoded is left out entirely; line ends are written as ``\n``, as with ``-o``.
    """

    def __init__(self, stream: TextIO, buffer: IO[bytes]) -> None:
        super().__init__()
        self._stream = stream
        self._buffer = buffer

    def write(self, text: str, /) -> int:
        self._buffer.write(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        self._buffer.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()


@contextlib.contextmanager
def open_output(name: str | None, stdout: TextIO) -> Iterator[TextIO]:
    """Open ``-o FILE`` (UTF-8), or standard output as UTF-8 when it has a byte buffer."""
    if name is not None:
        with Path(name).open("w", encoding="utf-8", newline="") as out:
            yield out
        return
    buffer = getattr(stdout, "buffer", None)
    if buffer is None:  # a text-only stream (StringIO): records go in as str
        yield stdout
        return
    stdout.flush()
    utf8 = _Utf8Stream(stdout, buffer)
    yield utf8  # type: ignore[misc]  # a TextIOBase is a TextIO
    utf8.flush()


# --- progress -----------------------------------------------------------------------------------


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
