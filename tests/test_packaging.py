"""The distributions work on their own: built, installed alone, run and type-checked.

One module-scoped build (sdist, then the wheel from the sdist, with the project's
backend) and one fresh virtual environment holding only the wheel and the runtime
dependencies it declares; each test then checks one promise against them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import textwrap
import tomllib
import venv
import zipfile
from email.parser import HeaderParser
from pathlib import Path
from typing import NamedTuple

import pytest
from packaging.requirements import Requirement

from readoutparse import parse_bytes

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "2024-02-29-rok-us-fm-washington.txt"
BIN = "Scripts" if sys.platform == "win32" else "bin"
EXE = ".exe" if sys.platform == "win32" else ""


class Dists(NamedTuple):
    """The built distributions."""

    sdist: Path
    wheel: Path


class Installed(NamedTuple):
    """A fresh virtual environment with the wheel installed."""

    python: Path
    command: Path
    workdir: Path


def _run(args: list[str | Path], cwd: Path, **kwargs: str) -> subprocess.CompletedProcess[str]:
    """Run a command outside this virtual environment; fail with its output if it fails."""
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH"}}
    env.update(kwargs, PYTHONUTF8="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    done = subprocess.run(  # noqa: S603 - the commands are this test's own
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Dists:
    """Build the sdist, then the wheel from the unpacked sdist, as ``python -m build`` does."""
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT], cwd=ROOT)
    (sdist,) = out.glob("readoutparse-*.tar.gz")
    (wheel,) = out.glob("readoutparse-*.whl")
    return Dists(sdist, wheel)


@pytest.fixture(scope="module")
def installed(dists: Dists, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """A new virtual environment with the wheel and nothing but its declared dependencies."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home / "env", with_pip=True)
    python = home / "env" / BIN / f"python{EXE}"
    _run([python, "-m", "pip", "install", "--quiet", dists.wheel], cwd=home)
    return Installed(python, home / "env" / BIN / f"readoutparse{EXE}", home)


def _wheel_metadata(wheel: Path) -> tuple[list[str], dict[str, list[str]]]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (metadata_name,) = [name for name in names if name.endswith(".dist-info/METADATA")]
        headers = HeaderParser().parsestr(archive.read(metadata_name).decode("utf-8"))
    fields: dict[str, list[str]] = {}
    for key, value in headers.items():
        fields.setdefault(key, []).append(value)
    return names, fields


def test_wheel_ships_the_package_and_py_typed_only(dists: Dists) -> None:
    """The wheel holds the package with ``py.typed`` and its JSON Schema, and no tests or docs."""
    names, _ = _wheel_metadata(dists.wheel)
    assert "readoutparse/py.typed" in names
    assert "readoutparse/readout.schema.json" in names
    assert "readoutparse/__init__.py" in names
    top_level = {name.split("/")[0] for name in names}
    assert {"readoutparse"} == {name for name in top_level if not name.endswith(".dist-info")}


def test_wheel_metadata_describes_the_project(dists: Dists) -> None:
    """README as description, classifiers, URLs, runtime dependencies and the extra."""
    _, fields = _wheel_metadata(dists.wheel)
    assert ["text/markdown"] == fields["Description-Content-Type"]
    classifiers = set(fields["Classifier"])
    assert {
        "Typing :: Typed",
        "Natural Language :: Korean",
        "Natural Language :: English",
        "Topic :: Text Processing",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.14",
    } <= classifiers
    assert ["MIT"] == fields["License-Expression"]
    urls = {url.split(",")[0] for url in fields["Project-URL"]}
    assert {"Homepage", "Documentation", "Source", "Issues", "Changelog"} == urls
    requires = {req.split(";")[0].split(">")[0].strip() for req in fields["Requires-Dist"]}
    assert {"attrs", "regex", "python-dateutil", "hypothesis", "dask[dataframe]", "pyarrow"} == (
        requires
    )
    assert ["dask", "hypothesis"] == sorted(fields["Provides-Extra"])


def test_sdist_carries_tests_docs_and_examples(dists: Dists) -> None:
    """What is needed to run the test suite and build the docs from the sdist alone is there."""
    with tarfile.open(dists.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    expected = {
        "LICENSE",
        "README.md",
        "CHANGELOG.md",
        "CONTRIBUTING.md",
        "pyproject.toml",
        "conftest.py",
        "src/readoutparse/py.typed",
        "src/readoutparse/readout.schema.json",
        "tests/test_fixtures.py",
        "tests/fixtures/README.md",
        "docs/conf.py",
        "docs/_static/github.svg",  # conf.py reads it
        "docs/_static/readoutparse.css",
        "docs/index.md",
        "docs/reference/readout.schema.json",
        "examples/2024-02-29-rok-us-fm-washington.txt",
        "scripts/test",
    }
    assert set() == expected - names
    assert [] == [name for name in names if name.startswith(("docs/_build", ".venv", "dist/"))]


def test_installed_command_parses_the_example(installed: Installed) -> None:
    """The console script of the installed wheel prints the readout the library gives."""
    done = _run([installed.command, EXAMPLE], cwd=installed.workdir)
    assert parse_bytes(EXAMPLE.read_bytes()).to_dict() == json.loads(done.stdout)
    done = _run([installed.python, "-m", "readoutparse", "--text", EXAMPLE], cwd=installed.workdir)
    assert done.stdout.startswith("Bilateral Relations\n\nOutcome of ROK-U.S. Foreign Ministers")


def test_installed_package_is_the_wheel_without_optional_imports(installed: Installed) -> None:
    """The import is the installed copy, at the project's version, and pulls in no Hypothesis."""
    probe = (
        "import sys, importlib.metadata, readoutparse;"
        "print(readoutparse.__file__);"
        "print(readoutparse.__version__ == importlib.metadata.version('readoutparse'));"
        "print('hypothesis' in sys.modules);"
        "print(readoutparse.json_schema()['title'])"
    )
    lines = _run([installed.python, "-c", probe], cwd=installed.workdir).stdout.splitlines()
    assert Path(lines[0]).is_relative_to(installed.python.parent.parent)
    assert ["True", "False", "readoutparse readout, schema_version 2"] == lines[1:]


USER_CODE = """\
from __future__ import annotations

import datetime as dt

from readoutparse import LineKind, ParseError, Readout, parse, parse_bytes


def titles(texts: list[str]) -> list[str | None]:
    return [parse(text).title for text in texts]


def date_of(data: bytes) -> dt.date | None:
    return parse_bytes(data).date


def numbers(readout: Readout) -> list[int | None]:
    return [paragraph.number for paragraph in readout.paragraphs]


def chrome(readout: Readout) -> list[int]:
    return [line.lineno for line in readout.lines if line.kind is LineKind.TOOLBAR]


def strict_title(text: str) -> str:
    try:
        return parse(text, strict=True).title or ""
    except ParseError as error:
        return f"{error.code} at {error.line}:{error.column}"
"""


def _mypy(installed: Installed, name: str, code: str) -> subprocess.CompletedProcess[str]:
    path = installed.workdir / name
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    args = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    args += ["--python-executable", str(installed.python), str(path)]
    return subprocess.run(  # noqa: S603 - the command is this test's own
        args, cwd=installed.workdir, capture_output=True, text=True, check=False
    )


def test_user_code_type_checks_against_the_installed_wheel(installed: Installed) -> None:
    """``mypy --strict`` accepts typical user code against the wheel (py.typed is honoured)."""
    done = _mypy(installed, "user_code.py", USER_CODE)
    assert done.returncode == 0, done.stdout + done.stderr


def test_type_errors_in_user_code_are_caught(installed: Installed) -> None:
    """The types are real, not ``Any``: a wrong use of a readout is a mypy error."""
    done = _mypy(
        installed, "wrong.py", "from readoutparse import parse\n\nx: int = parse('').title\n"
    )
    assert done.returncode == 1
    assert 'has type "str | None", variable has type "int"' in done.stdout


def _floors(entries: list[str | dict[str, str]]) -> dict[str, str]:
    """Each distribution a list of requirements names (groups included are not), with its floor."""
    requirements = [Requirement(entry) for entry in entries if isinstance(entry, str)]
    return {requirement.name: str(requirement.specifier) for requirement in requirements}


def test_dependency_groups_allow_what_the_extras_allow() -> None:
    """A group naming a package of an extra has the extra's floor, so CI tests what users get.

    The engines the suite runs with (``engines``), the test and documentation groups that
    need Hypothesis: each names the same lowest version as ``readoutparse[dask]`` and
    ``readoutparse[hypothesis]``.
    """
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras: dict[str, str] = {}
    for entries in pyproject["project"]["optional-dependencies"].values():
        extras |= _floors(entries)
    shared = {
        (group, name): (floor, extras[name])
        for group, entries in pyproject["dependency-groups"].items()
        for name, floor in _floors(entries).items()
        if name in extras
    }
    assert {("engines", "dask"), ("engines", "pyarrow")} <= set(shared)
    assert {("test-core", "hypothesis"), ("docs", "hypothesis")} <= set(shared)
    assert [] == [key for key, (floor, wanted) in shared.items() if floor != wanted]
