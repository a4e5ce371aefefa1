"""The compiled build: which modules mypyc compiles, and that they are the ones imported.

``scripts/test-compiled`` runs the whole suite against a wheel built with the mypyc
hook and sets ``READOUTPARSE_EXPECT_COMPILED``; then every stage module must come
from a compiled extension, so that the suite cannot pass on the pure modules by mistake.
"""

from __future__ import annotations

import importlib
import os
import tomllib
from pathlib import Path

import pytest

STAGES = (
    "_lines",
    "_text",
    "_markers",
    "_shape",
    "_rules",
    "_classify",
    "_page",
    "_layout",
    "_head",
    "_body",
    "_trailer",
    "_build",
    "_assemble",
    "_dates",
    "_repost",
    "_edges",
    "_wrap",
    "_title",
    "_neighbour",
    "_provenance",
    "_publisher",
    "_wire",
)
PYPROJECT = Path(__file__).parent.parent / "pyproject.toml"


def test_the_mypyc_hook_compiles_the_stage_modules() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    assert hook["enable-by-default"] is False  # an sdist or editable install needs no compiler
    assert sorted(hook["include"]) == sorted(f"/src/readoutparse/{name}.py" for name in STAGES)


@pytest.mark.skipif(
    not os.environ.get("READOUTPARSE_EXPECT_COMPILED"), reason="only under scripts/test-compiled"
)
@pytest.mark.parametrize("name", STAGES)
def test_the_stage_modules_imported_are_compiled(name: str) -> None:
    module = importlib.import_module(f"readoutparse.{name}")
    assert not str(module.__file__).endswith(".py"), module.__file__
