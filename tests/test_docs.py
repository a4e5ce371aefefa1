"""The documentation stays true to the code.

The examples themselves run through Sybil (``conftest.py`` at the root); these tests
pin what examples cannot: the JSON Schema matches ``to_dict()``, every line kind,
warning code and public name is documented, every fenced block is in a language the
example runner knows, and the version has one source.
"""

from __future__ import annotations

import functools
import importlib.metadata
import io
import json
import os
import re
import runpy
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given

import readoutparse
from readoutparse import WARNING_CODES, LineKind, Readout, parse, parse_bytes
from readoutparse.cli import main
from readoutparse.strategies import readouts

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
SCHEMA_PATH = DOCS / "reference" / "readout.schema.json"
PACKAGED_SCHEMA = ROOT / "src" / "readoutparse" / "readout.schema.json"
PAGES = sorted([*(ROOT / "tests" / "fixtures").rglob("*.txt"), *(ROOT / "examples").glob("*.txt")])
MARKDOWN = sorted(
    [ROOT / "README.md", ROOT / "CHANGELOG.md", ROOT / "CONTRIBUTING.md", *DOCS.rglob("*.md")]
)
RUN_LANGUAGES = frozenset({"python", "pycon", "console"})  # executed by conftest.py
SHOWN_LANGUAGES = frozenset({"sh", "text", "toml", "json", "diff", "yaml"})  # not run, on purpose
FENCE_RE = re.compile(r"^(?P<fence>```+|~~~+)(?P<info>[^`\n]*)$", re.MULTILINE)


def _schema() -> dict[str, Any]:
    return readoutparse.json_schema()


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _case_id(path: Path) -> str:
    return str(path.relative_to(ROOT).with_suffix(""))


@pytest.mark.parametrize("path", PAGES, ids=_case_id)
def test_every_test_page_validates_against_the_json_schema(path: Path) -> None:
    """The published schema accepts the JSON of every fixture and seed page, all fields included."""
    data = json.loads(parse_bytes(path.read_bytes()).to_json())
    errors = [error.message for error in _validator().iter_errors(data)]
    assert [] == errors


@given(readouts())
def test_generated_readouts_validate_against_the_json_schema(readout: Readout) -> None:
    """Readouts with and without title, date, section, spans and subpoints fit the schema."""
    errors = [error.message for error in _validator().iter_errors(readout.to_dict())]
    assert [] == errors


def test_schema_describes_every_field_of_to_dict() -> None:
    """The schema's fields are exactly the keys ``to_dict()`` writes, at every level, all required.

    The one exception is ``source``, which only the command's JSON Lines records carry.
    """
    schema = _schema()
    readout = parse_bytes((ROOT / "examples" / "2022-02-12-rok-us-fm-honolulu.txt").read_bytes())
    data = readout.to_dict()
    defs = schema["$defs"]
    objects = {
        "readout": (schema, data),
        "paragraph": (defs["paragraph"], data["paragraphs"][1]),
        "subpoint": (defs["subpoint"], data["paragraphs"][1]["subpoints"][0]),
        "line": (defs["line"], data["lines"][0]),
        "warning": (defs["warning"], parse("Talks").warnings[0].to_dict()),
    }
    for name, (part, written) in objects.items():
        extra = ["source"] if name == "readout" else []
        assert (list(written), [*extra, *written], False) == (
            part["required"],
            list(part["properties"]),
            part["additionalProperties"],
        ), name
    assert schema["properties"]["schema_version"]["const"] == readoutparse.SCHEMA_VERSION


def test_the_documentation_shows_the_packaged_schema() -> None:
    """docs/reference/readout.schema.json is a byte-for-byte copy of the one in the package.

    After changing ``src/readoutparse/readout.schema.json``, copy it over the documentation's.
    """
    assert PACKAGED_SCHEMA.read_bytes() == SCHEMA_PATH.read_bytes()
    assert json.loads(PACKAGED_SCHEMA.read_text(encoding="utf-8")) == readoutparse.json_schema()


def test_json_lines_records_validate_and_unknown_keys_do_not() -> None:
    """A record with ``source`` first fits the schema; any other extra key is refused."""
    data = parse_bytes((ROOT / "examples" / "2022-02-12-rok-us-fm-honolulu.txt").read_bytes())
    record = {"source": "-", **data.to_dict()}
    errors = [error.message for error in _validator().iter_errors(record)]
    wrong = [error.message for error in _validator().iter_errors({**record, "sources": "-"})]
    typed = [error.message for error in _validator().iter_errors({**record, "source": 1})]
    assert ([], ["Additional properties are not allowed ('sources' was unexpected)"]) == (
        errors,
        wrong,
    )
    assert ["1 is not of type 'string'"] == typed


def test_every_json_lines_record_of_the_command_validates() -> None:
    """``readoutparse --jsonl`` on the seed pages and on standard input writes valid records."""
    seeds = sorted(str(path) for path in (ROOT / "examples").glob("*.txt"))
    out = io.StringIO()
    stdin = io.StringIO("회담 결과\n\n□ 양국은 만났다.\n")
    status = main(
        ["--jsonl", "--quiet", "--workers", "1", *seeds, "-"],
        stdin=stdin,
        stdout=out,
        stderr=io.StringIO(),
    )
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    errors = [error.message for record in records for error in _validator().iter_errors(record)]
    assert (0, 3, []) == (status, len(records), errors)


def test_schema_lists_every_warning_code() -> None:
    """A new code in ``WARNING_CODES`` needs its place in the schema's enum, in the same order."""
    codes = _schema()["$defs"]["warning"]["properties"]["code"]["enum"]
    assert list(WARNING_CODES) == codes


def test_schema_lists_every_line_kind() -> None:
    """A new ``LineKind`` needs its value in the schema (and so in the documentation)."""
    kinds = _schema()["$defs"]["line"]["properties"]["kind"]["enum"]
    assert [kind.value for kind in LineKind] == kinds


def test_every_warning_code_has_a_section_with_an_example() -> None:
    """Each code of ``WARNING_CODES`` has a heading, a label and a printed example."""
    page = (DOCS / "reference" / "warnings.md").read_text(encoding="utf-8")
    for code, description in WARNING_CODES.items():
        assert f"({code.lower()})=\n\n## {code} — {description}\n" in page
        assert re.search(rf"^\d+:\d+: {code} ", page, re.MULTILINE), code


def test_every_public_name_is_in_the_api_reference() -> None:
    """Every name of ``readoutparse.__all__`` (and each strategy) is documented by autodoc."""
    page = (DOCS / "reference" / "api.md").read_text(encoding="utf-8")
    names = [name for name in readoutparse.__all__ if name != "__version__"]
    missing = [name for name in names if f"readoutparse.{name}\n" not in page]
    assert [] == missing
    assert ":members: pages, page_texts, readouts, with_line_endings" in page


def _fences(text: str) -> list[str]:
    """The info string of every opening fence in a Markdown text."""
    infos: list[str] = []
    closing: str | None = None
    for match in FENCE_RE.finditer(text):
        fence, info = match["fence"], match["info"].strip()
        if closing is None:
            infos.append(info)
            closing = fence
        elif fence.startswith(closing) and not info:
            closing = None
    return infos


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda path: str(path.relative_to(ROOT)))
def test_code_blocks_are_run_or_deliberately_shown(path: Path) -> None:
    """Every fenced block is run by the example runner, shown on purpose, or a MyST directive.

    An unknown language (``bash``, ``py``) would be silently skipped by the runner.
    """
    infos = _fences(path.read_text(encoding="utf-8"))
    unknown = [
        info
        for info in infos
        if not info.startswith("{") and info not in RUN_LANGUAGES | SHOWN_LANGUAGES
    ]
    assert [] == unknown


def test_the_version_has_one_source() -> None:
    """The version in pyproject.toml is what the package and the documentation report."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version = pyproject["project"]["version"]
    conf = runpy.run_path(str(DOCS / "conf.py"))
    assert version == importlib.metadata.version("readoutparse")
    assert version == readoutparse.__version__
    assert version == conf["release"]


def _changelog() -> str:
    return (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_version_is_a_development_one_until_its_release() -> None:
    """Until its release a version is ``X.Y.Z.dev0``; a release has its changelog section."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", _changelog(), re.MULTILINE)
    base, dev, number = version.partition(".dev")
    if dev:
        assert "0" == number
        assert base not in released
    else:
        assert version == released[0]


def test_every_changelog_section_links_to_the_repository() -> None:
    """``## [Unreleased]`` comes first and every section has a link at the bottom of the page."""
    text = _changelog()
    headings = re.findall(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    links = dict(re.findall(r"^\[([^\]]+)\]: (\S+)$", text, re.MULTILINE))
    repository = "https://github.com/readoutparse/readoutparse/"
    assert "Unreleased" == headings[0]
    assert [] == [name for name in headings if not links.get(name, "").startswith(repository)]


def test_the_docs_group_holds_every_package_the_build_imports() -> None:
    """The ``docs`` group alone builds the docs (CI builds them in a venv holding nothing else).

    It names Sphinx, the theme, each extension that is not the project's own and Hypothesis,
    which autodoc imports for ``readoutparse.strategies``.
    """
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "dependency-groups"
    ]
    named = {re.split(r"[\[<>=!~; ]", entry)[0].lower() for entry in groups["docs"]}
    conf = runpy.run_path(str(DOCS / "conf.py"))
    own = {path.stem for path in (DOCS / "_ext").glob("*.py")}
    extensions = {name.split(".")[0].replace("_", "-") for name in set(conf["extensions"]) - own}
    assert set() == {"sphinx", "hypothesis", conf["html_theme"], *extensions} - named
    assert "automodule:: readoutparse.strategies" in (DOCS / "reference" / "api.md").read_text(
        encoding="utf-8"
    )


def test_the_readme_commands_name_what_exists() -> None:
    """The scripts, their options and the page dumps the README's commands name all exist."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    pages = set(re.findall(r"\bexamples/[\w.-]+\.txt\b", text))
    scripts = set(re.findall(r"\bscripts/[\w-]+", text))
    options = set(re.findall(r"\bscripts/test (--[\w-]+)", text))
    assert {"examples/2024-02-29-rok-us-fm-washington.txt"} <= pages
    assert {"scripts/test"} <= scripts
    assert {"--core"} == options
    assert [] == [page for page in pages if not (ROOT / page).is_file()]
    assert [] == [script for script in scripts if not os.access(ROOT / script, os.X_OK)]
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert [] == [option for option in options if f'"{option}"' not in script]
