"""Many pages at once: an ordered, bounded process pool and :func:`parse_many` on top of it."""

from __future__ import annotations

import errno
import os
import pickle
import shutil
import signal
import stat
import tempfile
import threading
import time
from collections import deque
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, TypeVar

import attrs

from readoutparse._api import parse_bytes
from readoutparse._decode import check_settings
from readoutparse._parse import parse
from readoutparse._user_vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator
    from concurrent.futures import Future

    from readoutparse.model import Readout

_In = TypeVar("_In")
_Out = TypeVar("_Out")

#: What :func:`parse_many` takes: text, raw bytes, or the path of a file to read.
Page = str | bytes | os.PathLike[str]

#: The largest file read by default (16 MiB): a page dump is rarely over 1 MB.
DEFAULT_MAX_BYTES: Final = 16 * 1024 * 1024

#: Worker processes are capped at this, or at the number of usable cores if that is more.
MAX_WORKERS: Final = 32

#: How often a worker checks that the process that started it is still there.
ORPHAN_CHECK_SECONDS: Final = 0.5

_KINDS: Final = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
# Opening a FIFO for reading blocks until a writer comes, unless non-blocking.
_OPEN_FLAGS: Final = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def available_cores() -> int:
    """Return the number of cores this process may use (at least 1)."""
    if hasattr(os, "process_cpu_count"):  # pragma: no cover - Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):  # pragma: no branch - Linux
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1  # pragma: no cover - macOS and Windows before 3.13


def worker_cap() -> int:
    """Return the most worker processes a pool gets: :data:`MAX_WORKERS`, or more with more cores.

    Example:
        >>> worker_cap() >= MAX_WORKERS
        True
    """
    return max(MAX_WORKERS, available_cores())


def _start_worker(folder: str) -> None:
    """Set up a pool worker: leave Ctrl-C to the parent, and end if the parent goes.

    The parent is the command's process, or the fork server that started the
    worker for it, which ends when the command does. A worker that outlives it
    removes ``folder``, where the workers leave their results, since the parent
    cannot any more.
    """
    _ignore_interrupts()
    end = partial(_orphaned, folder)
    watch = partial(_watch_parent, os.getppid(), ORPHAN_CHECK_SECONDS, end)
    threading.Thread(target=watch, name="readoutparse-parent-watch", daemon=True).start()


def _orphaned(folder: str, status: int) -> None:
    """End a worker whose parent is gone, removing the results folder it can no longer read."""
    shutil.rmtree(folder, ignore_errors=True)
    os._exit(status)


def _ignore_interrupts() -> None:
    # Ctrl-C goes to the whole process group; the parent decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the command's SIGTERM handler, which only sets a flag that
    # nothing reads here: SIGTERM must end a worker, as the pool and the system expect.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _watch_parent(parent: int, interval: float, end: Callable[[int], object]) -> None:
    """Call ``end(1)`` once this process's parent is no longer ``parent``.

    A parent killed outright (SIGKILL, a crash) cannot stop its pool; its workers,
    waiting on a queue that will never be fed, would live on, adopted by PID 1.
    """
    while os.getppid() == parent:
        time.sleep(interval)
    end(1)


def _run_chunk(function: Callable[[_In], _Out], chunk: list[_In]) -> list[_Out]:
    return [function(item) for item in chunk]


def _run_chunk_to_file(function: Callable[[_In], _Out], chunk: list[_In], folder: str) -> str:
    """Run ``chunk`` in a worker; pickle its results into a new file in ``folder``; return its path.

    The pool then carries a short path back, which reaches its pipe in one write. A
    chunk's results can be far larger than the pipe holds: sent through it, a worker
    killed mid-send (a SIGTERM to the whole group, the kernel's OOM killer) would
    leave half a message there, and the pool's reader would wait for the rest for
    ever. Killed mid-write here, it leaves half a file that nobody reads, and the
    pool sees a worker gone.
    """
    results = _run_chunk(function, chunk)
    descriptor, path = tempfile.mkstemp(dir=folder)
    with os.fdopen(descriptor, "wb") as file:
        pickle.dump(results, file, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _load(path: str) -> list[_Out]:
    """Return the results a worker wrote to ``path``; the file is gone afterwards."""
    file = Path(path)
    try:
        with file.open("rb") as opened:
            results: list[_Out] = pickle.load(opened)  # noqa: S301 - written by our own worker
    finally:
        file.unlink()
    return results


def ordered_map(
    function: Callable[[_In], _Out], items: Iterable[_In], *, workers: int, chunksize: int
) -> Generator[_Out, None, None]:
    """Yield ``function(item)`` for each item, in input order, over ``workers`` processes.

    At most two chunks per worker are in flight, so memory stays bounded however
    long ``items`` is. ``function`` must be picklable (a module-level function or
    a ``functools.partial`` of one) and should not raise: catch per item.
    One worker runs in this process, without a pool. If ``items`` raises, the
    results of every item taken before are yielded first, then the error is
    raised, whatever the number of workers. However the generator ends, the
    pool's processes have ended when it does.
    """
    if workers <= 1:
        yield from map(function, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - keeps import fast

    iterator = iter(items)
    folder = tempfile.mkdtemp(prefix="readoutparse-")  # where workers leave their results
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(folder,))
    pending: deque[tuple[Future[str], list[_In]]] = deque()
    try:
        while True:
            chunk, error = _take(iterator, chunksize)
            if chunk:
                future = pool.submit(_run_chunk_to_file, function, chunk, folder)
                pending.append((future, chunk))
            if error is not None or len(chunk) < chunksize:
                break
            if len(pending) >= 2 * workers:
                yield from _results(*pending.popleft(), function)
        while pending:
            yield from _results(*pending.popleft(), function)
        if error is not None:
            raise error
    finally:
        # Closed early (a break, an exception, Ctrl-C): drop what has not started.
        pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(folder, ignore_errors=True)  # the results of chunks never read


def _take(iterator: Iterator[_In], count: int) -> tuple[list[_In], Exception | None]:
    """Take up to ``count`` items; on an error of the iterator, what was taken and the error."""
    chunk: list[_In] = []
    try:
        for item in iterator:
            chunk.append(item)
            if len(chunk) == count:
                break
    except Exception as error:  # noqa: BLE001 - raised by the caller once the results are out
        return chunk, error
    return chunk, None


def _results(future: Future[str], chunk: list[_In], function: Callable[[_In], _Out]) -> list[_Out]:
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415 - with the pool

    try:
        path = future.result()
    except BrokenProcessPool:
        raise
    except Exception:  # noqa: BLE001 - the chunk could not travel (an unpicklable item)
        return _run_chunk(function, chunk)  # so run it here, where each item gets its answer
    try:
        return _load(path)
    except OSError:  # the file is gone (a cleaner of temporary files got there first)
        return _run_chunk(function, chunk)


@attrs.frozen(kw_only=True)
class PageResult:
    """The outcome of one input of :func:`parse_many`: a readout, or why there is none.

    Attributes:
        index: The input's position in this call's ``pages``, from 0 (each Dask or
            Spark partition that calls :func:`parse_many` counts from 0 again).
        source: The path, for an input given as a path; otherwise ``None``.
        size: The input's size in bytes (UTF-8 bytes for text); 0 if unreadable.
        readout: The readout, or ``None`` if the input failed.
        error: Why it failed: an ``OSError`` (a file unreadable, not regular or
            over ``max_bytes``),
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


class SkippedFileError(OSError):
    """A path that is not read: not a regular file, or larger than ``max_bytes``."""

    def __str__(self) -> str:
        """Name the file and say why it was skipped."""
        return f"{self.filename}: {self.strerror}"


def read_file(path: str | os.PathLike[str], max_bytes: int | None) -> bytes:
    """Return the bytes of a regular file of at most ``max_bytes`` (``None``: any size).

    FIFOs, devices, sockets and folders, named or reached by a link, are never
    read nor opened in a way that could block; the size is checked before
    reading, and at most ``max_bytes + 1`` bytes are read, so a file that grows
    meanwhile is still caught.

    Raises:
        SkippedFileError: An ``OSError`` saying why the file was not read.
        OSError: If the file cannot be read.
    """
    _check_file(path, os.stat(path), max_bytes)  # noqa: PTH116 - any os.PathLike, not only Path
    descriptor = os.open(path, _OPEN_FLAGS)
    with os.fdopen(descriptor, "rb") as handle:
        _check_file(path, os.fstat(descriptor), max_bytes)  # what was opened, in case it changed
        data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise too_large(max_bytes, path)
    return data


def _check_file(
    path: str | os.PathLike[str], status: os.stat_result, max_bytes: int | None
) -> None:
    if not stat.S_ISREG(status.st_mode):
        kind = next((name for test, name in _KINDS if test(status.st_mode)), "not a file")
        raise SkippedFileError(errno.EINVAL, f"{kind}, not a regular file", os.fspath(path))
    if max_bytes is not None and status.st_size > max_bytes:
        raise too_large(max_bytes, path)


def too_large(max_bytes: int, path: str | os.PathLike[str] | None = None) -> SkippedFileError:
    """Return the error of an input larger than ``max_bytes``."""
    message = f"larger than the limit of {max_bytes:,} bytes (max_bytes)"
    return SkippedFileError(errno.EFBIG, message, None if path is None else os.fspath(path))


def _bytes_of(page: Page, max_bytes: int | None) -> bytes:
    if isinstance(page, bytes | bytearray | memoryview):
        return bytes(page)
    if isinstance(page, os.PathLike):
        return read_file(page, max_bytes)
    msg = f"parse_many() takes str, bytes or os.PathLike items, not {type(page).__name__}"
    raise TypeError(msg)


def parse_one(  # noqa: PLR0913 - keyword-only settings, those of parse_many()
    page: Page,
    index: int = 0,
    *,
    strict: bool = False,
    encoding: str | None = None,
    errors: Literal["strict", "replace"] = "strict",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    vocabulary: Vocabulary | None = None,
) -> PageResult:
    """Read (for a path), decode (for bytes) and parse one page; never raises.

    Every exception becomes the result's ``error``: one bad page never stops a batch.
    """
    source = os.fspath(page) if isinstance(page, os.PathLike) else None
    size = 0
    try:
        if isinstance(page, str):
            size = len(page.encode("utf-8", "surrogatepass"))
            readout = parse(page, strict=strict, vocabulary=vocabulary)
        else:
            data = _bytes_of(page, max_bytes)
            size = len(data)
            readout = parse_bytes(
                data, encoding=encoding, errors=errors, strict=strict, vocabulary=vocabulary
            )
    except Exception as error:  # noqa: BLE001 - reported per input, as the docstring says
        return PageResult(index=index, source=source, size=size, readout=None, error=error)
    return PageResult(index=index, source=source, size=size, readout=readout)


def _parse_numbered(  # noqa: PLR0913 - keyword-only settings, those of parse_many()
    job: tuple[int, Page],
    *,
    strict: bool,
    encoding: str | None,
    errors: Literal["strict", "replace"],
    max_bytes: int | None,
    vocabulary: Vocabulary | None,
) -> PageResult:
    index, page = job
    return parse_one(
        page,
        index,
        strict=strict,
        encoding=encoding,
        errors=errors,
        max_bytes=max_bytes,
        vocabulary=vocabulary,
    )


def parse_many(  # noqa: PLR0913 - keyword-only settings, those of parse() and parse_bytes()
    pages: Iterable[Page],
    *,
    workers: int | None = 1,
    strict: bool = False,
    encoding: str | None = None,
    errors: Literal["strict", "replace"] = "strict",
    chunksize: int = 16,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    vocabulary: Vocabulary | None = None,
) -> Iterator[PageResult]:
    r"""Parse many pages, in input order, over several processes; failures are reported, not raised.

    Each item is a page's text (``str``), its raw bytes (decoded as by
    :func:`~readoutparse.parse_bytes`), or the path of a file to read
    (any ``os.PathLike``, such as :class:`pathlib.Path`; a ``str`` is always text).
    Files are read in the worker processes; only regular files of at most
    ``max_bytes`` are read: a FIFO, a device, a socket or a folder, and a larger
    file, is a failed result whose error is an ``OSError`` saying why.
    Results come lazily and in order, with at most ``2 × workers`` chunks in
    flight, so a million paths need no more memory than a hundred.

    If iterating ``pages`` raises, the results of every page taken before the
    error are yielded first, then the error is raised, whatever ``workers`` is.

    Args:
        pages: The inputs.
        workers: Processes to use; ``None`` for every core this process may use.
            ``1`` (the default) parses in this process, without a pool. Capped
            at 32, or at the number of usable cores if that is more.
        strict: As for :func:`~readoutparse.parse`; a page with a problem
            becomes a failed result carrying its :class:`~readoutparse.ParseError`.
        encoding: As for :func:`~readoutparse.parse_bytes`, for bytes and files.
        errors: As for :func:`~readoutparse.parse_bytes`, for bytes and files.
        chunksize: Pages sent to a worker at a time.
        max_bytes: The largest file read, in bytes (16 MiB by default);
            ``None`` for no limit. Text and bytes items are not limited.
        vocabulary: As for :func:`~readoutparse.parse`; sent to each worker
            process once per chunk, where its rule set is built once.

    Yields:
        One :class:`PageResult` per input, in input order.

    Raises:
        ValueError: If ``workers``, ``chunksize`` or ``max_bytes`` is less than 1,
            ``encoding`` names no text codec, or ``errors`` is neither
            ``"strict"`` nor ``"replace"``; raised by the call, before any work.
        TypeError: If ``vocabulary`` is neither ``None`` nor a
            :class:`~readoutparse.Vocabulary`; raised by the call too.

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
    if max_bytes is not None and max_bytes < 1:
        msg = f"max_bytes must be at least 1, or None for no limit, not {max_bytes}"
        raise ValueError(msg)
    check_settings(encoding, errors)
    if vocabulary is not None and not isinstance(vocabulary, Vocabulary):
        msg = (
            f"vocabulary must be a readoutparse.Vocabulary or None, not {type(vocabulary).__name__}"
        )
        raise TypeError(msg)
    function = partial(
        _parse_numbered,
        strict=strict,
        encoding=encoding,
        errors=errors,
        max_bytes=max_bytes,
        vocabulary=vocabulary,
    )
    return ordered_map(
        function, enumerate(pages), workers=min(count, worker_cap()), chunksize=chunksize
    )
