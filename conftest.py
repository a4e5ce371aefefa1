"""Run the examples of the documentation as tests (Sybil).

Every fenced block of the Markdown files (``README.md``, ``CHANGELOG.md``,
``CONTRIBUTING.md``, ``docs/**/*.md``) in one of these languages is executed,
its output checked:

``python``
    Run as code; a block that starts with ``>>>`` is a doctest.
``pycon``
    A doctest: an interactive session with its output.
``console``
    A shell session with the ``readoutparse`` command: each ``$ readoutparse …``
    (or ``$ python -m readoutparse …``) line runs the command line in-process,
    file patterns (``examples/*.txt``) are expanded, ``< FILE`` feeds a file on
    standard input, ``$ echo $?`` shows the last exit
    status, and the lines up to the next ``$`` are the expected output (standard
    output and standard error, as a terminal shows them; ``...`` matches anything).

Blocks in other languages (``sh`` for commands to type, ``toml``, ``json``, ``text``)
are not run. A MyST comment ``% skip: next if(missing("pandas"), reason="…")`` skips
the next block when an optional package is not installed (``which("java") is None``:
when a program is not on the ``PATH``).

Each document runs in a fresh temporary directory holding a copy of ``examples/``,
so examples read ``examples/…`` and may write files without touching the checkout.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import shlex
import shutil
import tempfile
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sybil import Document, Example, Region, Sybil
from sybil.evaluators.doctest import DocTestEvaluator
from sybil.parsers.abstract.doctest import DocTestStringParser
from sybil.parsers.myst import CodeBlockParser, PythonCodeBlockParser, SkipParser

if TYPE_CHECKING:
    from collections.abc import Iterable

ROOT = Path(__file__).parent
OPTIONFLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

collect_ignore = ["docs/conf.py", "docs/_ext"]
collect_ignore_glob = ["docs/_build/*", "build/*", "dist/*"]


class PyconParser:
    """Doctests in ```` ```pycon ```` blocks (GitHub and PyPI highlight them as a session)."""

    def __init__(self) -> None:
        """Lex ``pycon`` fences; parse their content as doctest examples."""
        self.blocks = CodeBlockParser("pycon")
        self.doctests = DocTestStringParser(DocTestEvaluator(OPTIONFLAGS))

    def __call__(self, document: Document) -> Iterable[Region]:
        """Yield one region per ``>>>`` example of each block."""
        for block in self.blocks(document):
            source = block.parsed
            for region in self.doctests(source, document.path):
                region.adjust(block, source)
                yield region


def _split_session(source: str) -> list[tuple[str, str]]:
    """Split a console session into ``(command, expected output)`` pairs."""
    steps: list[tuple[str, list[str]]] = []
    for line in source.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:].strip(), []))
        elif steps:
            steps[-1][1].append(line)
        elif line.strip():
            msg = f"console example output before any '$ ' command: {line!r}"
            raise ValueError(msg)
    return [(command, "\n".join(lines).strip("\n") + "\n") for command, lines in steps]


def _glob(word: str) -> list[str]:
    """Expand a shell pattern as a POSIX shell would (sorted; kept as is if nothing matches)."""
    if not any(char in word for char in "*?["):
        return [word]
    return sorted(path.as_posix() for path in Path().glob(word)) or [word]


def _command_line(command: str) -> tuple[list[str], Path | None]:
    """The arguments of a ``readoutparse`` command and the file after ``<``, if any."""
    words = [expanded for word in shlex.split(command) for expanded in _glob(word)]
    stdin: Path | None = None
    if "<" in words:
        at = words.index("<")
        stdin = Path(words[at + 1])
        words = words[:at] + words[at + 2 :]
    if words[:3] == ["python", "-m", "readoutparse"]:
        return words[3:], stdin
    if words[:1] == ["readoutparse"]:
        return words[1:], stdin
    msg = (
        f"console examples run only the readoutparse command, not {command!r}; "
        "put commands that are not run in an ```sh block"
    )
    raise ValueError(msg)


def _run(command: str, namespace: dict[str, Any]) -> str:
    """Run one command of a session in-process; return what a terminal would show."""
    if command == "echo $?":
        return f"{namespace['_status']}\n"
    from readoutparse.cli import main  # noqa: PLC0415 - imported once coverage measures it

    argv, stdin_path = _command_line(command)
    data = stdin_path.read_bytes() if stdin_path is not None else b""
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    shown = io.StringIO()
    namespace["_status"] = main(argv, stdin=stdin, stdout=shown, stderr=shown)
    return shown.getvalue()


def evaluate_console(example: Example) -> str | None:
    """Run a ``console`` block; return a failure message, or ``None`` when all output matched."""
    checker = doctest.OutputChecker()
    for command, want in _split_session(example.parsed):
        got = _run(command, example.namespace)
        if not checker.check_output(want, got, OPTIONFLAGS):
            return f"$ {command}\nexpected:\n{want}got:\n{got}"
    return None


def _setup(namespace: dict[str, Any]) -> None:
    """Run the document in a temporary directory with a copy of ``examples/``."""
    workdir = Path(tempfile.mkdtemp(prefix="readoutparse-docs-"))
    (workdir / "examples").mkdir()
    for page in [*(ROOT / "examples").glob("*.txt"), *(ROOT / "examples").glob("*.json")]:
        shutil.copyfile(page, workdir / "examples" / page.name)
    namespace["_previous_cwd"] = Path.cwd()
    namespace["_workdir"] = workdir
    namespace["missing"] = lambda name: find_spec(name) is None
    namespace["which"] = shutil.which  # skip: ... if(which("java") is None, ...)
    os.chdir(workdir)


def _teardown(namespace: dict[str, Any]) -> None:
    """Go back to where the tests run and remove the temporary directory."""
    os.chdir(namespace["_previous_cwd"])
    with contextlib.suppress(OSError):  # Windows may still hold a file open; the OS cleans up
        shutil.rmtree(namespace["_workdir"])


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=OPTIONFLAGS),
        PyconParser(),
        CodeBlockParser("console", evaluate_console),
        SkipParser(),
    ],
    patterns=["*.md"],
    excludes=["tests/fixtures/*", "docs/_build/*"],
    setup=_setup,
    teardown=_teardown,
).pytest()


def pytest_configure(config: pytest.Config) -> None:  # noqa: ARG001 - the hook's signature
    """Refuse to test compiled stage modules unless a compiled wheel is meant to be tested.

    A compiled module left beside the sources (an in-place mypyc build) shadows its ``.py``
    file in an editable install: the suite would test stale code, and coverage see none.
    ``scripts/test-compiled`` and the release set ``READOUTPARSE_EXPECT_COMPILED``.
    """
    from readoutparse import _classify  # noqa: PLC0415 - after coverage has started

    if Path(str(_classify.__file__)).suffix != ".py" and not os.environ.get(
        "READOUTPARSE_EXPECT_COMPILED"
    ):
        msg = (
            f"readoutparse's stage modules are compiled ({_classify.__file__}); remove the "
            "compiled modules from src/ (src/**/*.so, *.pyd) or, to test a compiled wheel, "
            "set READOUTPARSE_EXPECT_COMPILED=1"
        )
        raise pytest.UsageError(msg)
