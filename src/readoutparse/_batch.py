"""Many pages at once: an ordered, bounded process pool and :func:`parse_many` on top of it."""

from __future__ import annotations

import os
import signal
from collections import deque
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Literal, TypeVar

import attrs

from readoutparse._api import parse_bytes
from readoutparse._parse import parse

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator
    from concurrent.futures import Future

    from readoutparse.model import Readout

_In = TypeVar("_In")
_Out = TypeVar("_Out")

#: What :func:`parse_many` takes: text, raw bytes, or the path of a file to read.
Page = str | bytes | os.PathLike[str]


def available_cores() -> int:
    """Return the number of cores this process may use (at least 1)."""
    if hasattr(os, "process_cpu_count"):  # pragma: no cover - Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):  # pragma: no branch - Linux
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1  # pragma: no cover - macOS and Windows before 3.13


def _ignore_interrupts() -> None:
    # Ctrl-C goes to the whole process group; the parent decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(function: Callable[[_In], _Out], chunk: list[_In]) -> list[_Out]:
    return [function(item) for item in chunk]


def ordered_map(
    function: Callable[[_In], _Out], items: Iterable[_In], *, workers: int, chunksize: int
) -> Generator[_Out, None, None]:
    """Yield ``function(item)`` for each item, in input order, over ``workers`` processes.

    At most two chunks per worker are in flight, so memory stays bounded however
    long ``items`` is. ``function`` must be picklable (a module-level function or
    a ``functools.partial`` of one) and should not raise: catch per item.
    One worker runs in this process, without a pool.
    """
    if workers <= 1:
        yield from map(function, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - keeps import fast

    iterator = iter(items)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    pending: deque[tuple[Future[list[_Out]], list[_In]]] = deque()
    try:
        while chunk := list(islice(iterator, chunksize)):
            pending.append((pool.submit(_run_chunk, function, chunk), chunk))
            if len(pending) >= 2 * workers:
                yield from _results(*pending.popleft(), function)
        while pending:
            yield from _results(*pending.popleft(), function)
    finally:
        # Closed early (a break, an exception, Ctrl-C): drop what has not started.
        pool.shutdown(wait=True, cancel_futures=True)


def _results(
    future: Future[list[_Out]], chunk: list[_In], function: Callable[[_In], _Out]
) -> list[_Out]:
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415 - with the pool

    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception:  # noqa: BLE001 - the chunk could not travel (an unpicklable item)
        return _run_chunk(function, chunk)  # so run it here, where each item gets its answer


@attrs.frozen(kw_only=True)
class PageResult:
    """The outcome of one input of :func:`parse_many`: a readout, or why there is none.

    Attributes:
        index: The input's position in this call's ``pages``, from 0 (each Dask or
            Spark partition that calls :func:`parse_many` counts from 0 again).
        source: The path, for an input given as a path; otherwise ``None``.
        size: The input's size in bytes (UTF-8 bytes for text); 0 if unreadable.
        readout: The readout, or ``None`` if the input failed.
        error: Why it failed: an ``OSError`` (unreadable file),
            :class:`~readoutparse.PageDecodeError` (undecodable bytes),
            :class:`~readoutparse.ParseError` (``strict=True``) or ``TypeError``
            (not a page); ``None`` on success.
    """

    index: int
    source: str | None
    size: int
    readout: Readout | None
    error: Exception | None = attrs.field(default=None, eq=False)

    @property
    def ok(self) -> bool:
        """Say whether the input parsed."""
        return self.readout is not None

    def unwrap(self) -> Readout:
        """Return the readout, or raise the input's error."""
        if self.readout is None:
            assert self.error is not None  # noqa: S101 - one of the two is always set
            raise self.error
        return self.readout


def _bytes_of(page: Page) -> bytes:
    if isinstance(page, bytes | bytearray | memoryview):
        return bytes(page)
    if isinstance(page, os.PathLike):
        with open(page, "rb") as handle:  # noqa: PTH123 - any os.PathLike, not only Path
            return handle.read()
    msg = f"parse_many() takes str, bytes or os.PathLike items, not {type(page).__name__}"
    raise TypeError(msg)


def parse_one(
    page: Page,
    index: int = 0,
    *,
    strict: bool = False,
    encoding: str | None = None,
    errors: Literal["strict", "replace"] = "strict",
) -> PageResult:
    """Read (for a path), decode (for bytes) and parse one page; never raises.

    Every exception becomes the result's ``error``: one bad page never stops a batch.
    """
    source = os.fspath(page) if isinstance(page, os.PathLike) else None
    size = 0
    try:
        if isinstance(page, str):
            size = len(page.encode("utf-8", "surrogatepass"))
            readout = parse(page, strict=strict)
        else:
            data = _bytes_of(page)
            size = len(data)
            readout = parse_bytes(data, encoding=encoding, errors=errors, strict=strict)
    except Exception as error:  # noqa: BLE001 - reported per input, as the docstring says
        return PageResult(index=index, source=source, size=size, readout=None, error=error)
    return PageResult(index=index, source=source, size=size, readout=readout)


def _parse_numbered(
    job: tuple[int, Page],
    *,
    strict: bool,
    encoding: str | None,
    errors: Literal["strict", "replace"],
) -> PageResult:
    index, page = job
    return parse_one(page, index, strict=strict, encoding=encoding, errors=errors)


def parse_many(  # noqa: PLR0913 - keyword-only settings, those of parse() and parse_bytes()
    pages: Iterable[Page],
    *,
    workers: int | None = 1,
    strict: bool = False,
    encoding: str | None = None,
    errors: Literal["strict", "replace"] = "strict",
    chunksize: int = 16,
) -> Iterator[PageResult]:
    r"""Parse many pages, in input order, over several processes; failures are reported, not raised.

    Each item is a page's text (``str``), its raw bytes (decoded as by
    :func:`~readoutparse.parse_bytes`), or the path of a file to read
    (any ``os.PathLike``, such as :class:`pathlib.Path`; a ``str`` is always text).
    Files are read in the worker processes. Results come lazily and in order,
    with at most ``2 × workers`` chunks in flight, so a million paths need no
    more memory than a hundred.

    Args:
        pages: The inputs.
        workers: Processes to use; ``None`` for every core this process may use.
            ``1`` (the default) parses in this process, without a pool.
        strict: As for :func:`~readoutparse.parse`; a page with a problem
            becomes a failed result carrying its :class:`~readoutparse.ParseError`.
        encoding: As for :func:`~readoutparse.parse_bytes`, for bytes and files.
        errors: As for :func:`~readoutparse.parse_bytes`, for bytes and files.
        chunksize: Pages sent to a worker at a time.

    Yields:
        One :class:`PageResult` per input, in input order.

    Raises:
        ValueError: If ``workers`` or ``chunksize`` is less than 1.

    Example:
        >>> from readoutparse import parse_many
        >>> pages = ["Talks held\n\n1. They met.\n", b"\xff\xfe\xff", 42]
        >>> for result in parse_many(pages):
        ...     print(result.index, result.ok, result.readout.title if result.ok else
        ...           type(result.error).__name__)
        0 True Talks held
        1 False PageDecodeError
        2 False TypeError
    """
    count = available_cores() if workers is None else workers
    if count < 1 or chunksize < 1:
        msg = f"workers and chunksize must be at least 1, not {workers} and {chunksize}"
        raise ValueError(msg)
    function = partial(_parse_numbered, strict=strict, encoding=encoding, errors=errors)
    return ordered_map(function, enumerate(pages), workers=count, chunksize=chunksize)
