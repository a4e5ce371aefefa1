"""The command line's inputs: the folder walk, the guard on ``-o``, and the jobs for the workers."""

from __future__ import annotations

import contextlib
import os
from fnmatch import fnmatchcase
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import attrs

from readoutparse._cli_args import STDIN, Usage
from readoutparse._cli_output import label

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence


@attrs.define
class Inputs:
    """What the paths on the command line come to.

    Attributes:
        names: The files to read, in order, each once (``-`` for stdin).
        problems: Folders that could not be read or matched nothing, as
            ``(FOLDER, reason)`` pairs.
        folders: The real paths of the folders walked.
    """

    names: list[str] = attrs.Factory(list)
    problems: list[tuple[str, str]] = attrs.Factory(list)
    folders: set[str] = attrs.Factory(set)


def expand(paths: Sequence[str], pattern: str) -> Inputs:
    """Return the files to read: each file as given, each folder's matching files sorted by path.

    Folders are walked at any depth, following links to folders (each folder once);
    a file is taken once even when reached twice. A folder that cannot be read or
    holds no match is a problem, reported and counted as a failure.

    Args:
        paths: Files, folders and ``-``, as given on the command line.
        pattern: The file-name pattern (``fnmatch``) for files in folders.

    Returns:
        The files, and the problems met.

    Example:
        >>> found = expand(["examples", "docs/_ext"], "*.txt")
        >>> found.names, found.problems
        (['examples/2022-02-12-rok-us-fm-honolulu.txt', \
'examples/2024-02-29-rok-us-fm-washington.txt'], [('docs/_ext', "no file matches '*.txt'")])
    """
    found = Inputs()
    seen: set[str] = set()
    for name in paths:
        if name != STDIN and Path(name).is_dir():
            before = len(found.problems)
            matches = _walk(name, pattern, found)
            if not matches and len(found.problems) == before:
                found.problems.append((label(name), f"no file matches {pattern!r}"))
        else:
            matches = [name]
        for match in matches:
            key = match if match == STDIN else os.path.realpath(match)
            if key not in seen:
                seen.add(key)
                found.names.append(match)
    return found


def _walk(folder: str, pattern: str, found: Inputs) -> list[str]:
    def on_error(error: OSError) -> None:
        reason = f"cannot read: {error.strerror or error}"
        found.problems.append((label(str(error.filename)), reason))

    matches: list[str] = []
    visited: set[str] = set()
    for root, subfolders, files in os.walk(folder, onerror=on_error, followlinks=True):
        real = os.path.realpath(root)
        if real in visited:  # a link back into the tree
            subfolders.clear()
            continue
        visited.add(real)
        matches.extend(os.path.join(root, file) for file in files if fnmatchcase(file, pattern))  # noqa: PTH118 - os.walk gives str
    found.folders |= visited
    return sorted(matches)


def check_output(output: str | None, inputs: Inputs, pattern: str) -> None:
    """Refuse an ``-o`` that is an input, a hard link to one, or a file a folder walk would take.

    Raises:
        Usage: Saying which input the output would destroy.
    """
    if output is None:
        return
    real = os.path.realpath(output)
    files = [name for name in inputs.names if name != STDIN]
    for name in files:
        if os.path.realpath(name) == real:
            msg = f"the output file {output} is also an input; choose another -o"
            raise Usage(msg)
    folder, name = os.path.split(real)
    if folder in inputs.folders and fnmatchcase(name, pattern):
        msg = (
            f"the output file {output} is in a folder read for {pattern!r}, so it would be "
            "an input; choose another -o or --glob"
        )
        raise Usage(msg)
    _check_links(output, files)


def _check_links(output: str, files: list[str]) -> None:
    try:
        target = os.stat(output)  # noqa: PTH116 - a str, and the same call for the inputs
    except OSError:  # nothing there yet, or nothing that can be read: no input to destroy
        return
    if target.st_nlink < 2:  # noqa: PLR2004 - one name only: the real path said it all
        return
    for name in files:
        with contextlib.suppress(OSError):  # an input that cannot be stat'ed: its reader says so
            status = os.stat(name)  # noqa: PTH116 - as above
            if (status.st_dev, status.st_ino) == (target.st_dev, target.st_ino):
                msg = f"the output file {output} is a hard link to the input {name}"
                msg += "; choose another -o"
                raise Usage(msg)


def jobs(
    names: list[str], stdin: TextIO, stop: list[int], max_bytes: int | None
) -> Iterator[tuple[str, bytes | None]]:
    """Yield each input's name with its bytes for stdin (read up to ``max_bytes + 1``), else None.

    Nothing is read once ``stop`` is set.
    """
    for name in names:
        if stop[0]:
            return
        if name != STDIN:
            yield name, None
            continue
        size = -1 if max_bytes is None else max_bytes + 1
        if hasattr(stdin, "buffer"):
            yield name, stdin.buffer.read(size)
        else:
            yield name, stdin.read(size).encode("utf-8", "surrogatepass")
