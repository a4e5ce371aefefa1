"""The package's layers: every module imports only modules below it (``docs/internals.md``).

The imports are read from the source with ``ast``, at module level and inside
functions alike; an import under ``if TYPE_CHECKING:`` is exempt, because it
never runs. A module may import a module of a lower layer, or one of its own
unit (a group of modules that are one layer's one part, such as the model and
the modules that serialize it). Modules of the same layer are otherwise
independent of each other.
"""

from __future__ import annotations

import ast
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Final

import pytest

PACKAGE: Final = Path(__file__).resolve().parent.parent / "src" / "readoutparse"

LAYERS: Final[tuple[tuple[tuple[str, ...], ...], ...]] = (
    # Entry points: the package's re-exports, ``python -m``, Hypothesis' hook.
    (("__init__",), ("__main__",), ("_hypothesis_plugin",)),
    # The command line and the public Hypothesis strategies, independent of each other.
    (("cli", "_cli*"), ("strategies", "strategies.*")),
    (("_batch",),),
    (("_api",),),
    (("_parse",), ("_decode",)),
    # The canonical text is what the parser reads back: its writer asks the classifier.
    (("_render",),),
    # How it writes the head: the section and the title, in forms the head reads back.
    (("_render_head",),),
    # Where the writer breaks a line, checked by parsing it back.
    (("_rewrap",),),
    # Parsing: the overview of assembly, then one module per phase, each reading the
    # decisions of the phases before it.
    (("_assemble",),),
    (("_trailer",), ("_repost",), ("_body",), ("_head",)),
    # The headline, chosen among the head's lines for the head phase.
    (("_title",),),
    # Where the phases meet; the records; the weight of the evidence they chose on.
    (("_layout",), ("_build",), ("_evidence",)),
    # The body's edges (where it stops, chrome by shape inside it); hard wraps.
    (("_edges",), ("_cut",), ("_wrap",)),
    # The article's sign-off and the site's voice, which the body never ends on.
    (("_signoff",),),
    # The line view every phase reads: the page split and classified, as columns.
    (("_page",),),
    # Classifying one line: the rule table and its dispatch, the rules, their records.
    (("_classify",),),
    # A user's words (the public Vocabulary), checked as the rules read them.
    (("_user_vocabulary",),),
    (("_rules",),),
    # What stands beside a headline: bylines, datelines, credits, names.
    (("_neighbour",),),
    # A repost's note on its source: a dateline of its own.
    (("_provenance",),),
    (
        ("_shape",),
        ("_lines",),
        ("_dates",),
        ("_markers",),
        ("_publisher",),
        ("_wire",),
        ("_captions",),
        ("_roles",),
    ),
    (("_text",),),
    (("_vocabulary",), ("_phrases",), ("_headline",)),
    (
        (
            "model",
            "_lineview",
            "errors",
            "_rows",
            "_render",
            "_ranks",
            "_validate",
            "_display",
            "_schema",
            "_version",
        ),
    ),
)
"""From the top down: each layer is a tuple of units, each unit a tuple of module patterns."""

ALLOWED: Final[frozenset[tuple[str, str]]] = frozenset(
    # (importer, imported) pairs that break the layers today and are to be removed.
    # An entry is a debt, and the test fails once it is paid.
    {
        # Readout.render() (SPEC) imports the renderer on its first call. The canonical text
        # is defined as what the parser reads back, so the renderer asks the classifier how a
        # title or section would be read; to pay this, the render method would have to leave
        # the model (a breaking change) or the renderer stop asking the classifier.
        ("model", "_render"),
    }
)
"""Known violations, each with a comment saying why it is still there."""


def module_name(path: Path) -> str:
    """Return a module's name inside the package: ``_api``, ``strategies._body``."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def package_modules() -> dict[str, Path]:
    """Return every module of the package by its name inside the package."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, modules: dict[str, Path]) -> list[str]:
    """Return the package's modules that module ``name`` imports when it runs."""
    path = modules[name]
    package = path.parent.relative_to(PACKAGE).parts
    return imported_modules(path.read_text(encoding="utf-8"), package, set(modules))


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _runtime_imports(nodes: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """Return the import statements that can run: any depth, minus ``if TYPE_CHECKING:``."""
    found: list[ast.Import | ast.ImportFrom] = []
    stack: list[ast.AST] = list(reversed(nodes))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(reversed(node.orelse))
        else:
            stack.extend(reversed(list(ast.iter_child_nodes(node))))
    return found


def imported_modules(source: str, package: tuple[str, ...], known: set[str]) -> list[str]:
    """Return the package's modules that ``source`` imports when it runs.

    ``package`` is where the module sits (``()`` for the package's top,
    ``("strategies",)`` inside the strategies), to resolve relative imports.
    ``from readoutparse import x`` names the module ``x`` when there is one,
    else the package's ``__init__``.
    """
    found: list[str] = []
    for node in _runtime_imports(ast.parse(source).body):
        if isinstance(node, ast.Import):
            found += [name for alias in node.names if (name := _inside(alias.name)) is not None]
            continue
        base = _relative(node, package) if node.level else _inside(node.module or "")
        if base is None:
            continue
        for alias in node.names:
            child = alias.name if base == "__init__" else f"{base}.{alias.name}"
            found.append(child if child in known else base)
    return found


def _inside(dotted: str) -> str | None:
    """``readoutparse.x.y`` as ``x.y``; ``readoutparse`` as ``__init__``; others as ``None``."""
    if dotted == "readoutparse":
        return "__init__"
    if dotted.startswith("readoutparse."):
        return dotted.removeprefix("readoutparse.")
    return None


def _relative(node: ast.ImportFrom, package: tuple[str, ...]) -> str:
    """The module a relative import names: ``.x`` beside the importer, ``..x`` one up."""
    parts = package[: len(package) - node.level + 1]
    parts += tuple(node.module.split(".")) if node.module else ()
    return ".".join(parts) or "__init__"


def place(module: str) -> tuple[int, int] | None:
    """Return ``(layer, unit)`` of a module, or ``None`` if no pattern names it."""
    for layer, units in enumerate(LAYERS):
        for unit, patterns in enumerate(units):
            if any(fnmatchcase(module, pattern) for pattern in patterns):
                return layer, unit
    return None


def allowed(importer: str, imported: str) -> bool:
    """Say whether ``importer`` may import ``imported``: below it, or within its own unit."""
    upper, lower = place(importer), place(imported)
    assert upper is not None, f"{importer} is in no layer of LAYERS"
    assert lower is not None, f"{imported} is in no layer of LAYERS"
    return upper == lower or lower[0] > upper[0]


def violations() -> list[tuple[str, str]]:
    """Return every ``(importer, imported)`` pair that imports upwards or sideways."""
    modules = package_modules()
    found = []
    for name in modules:
        found += [
            (name, target) for target in imports_of(name, modules) if not allowed(name, target)
        ]
    return sorted(set(found))


def test_every_module_has_a_layer() -> None:
    """A new module must be given its place in LAYERS before it can be imported anywhere."""
    assert [] == [name for name in package_modules() if place(name) is None]


def test_layers_point_down() -> None:
    """No module imports one above it or a sibling beside it, except the listed debts."""
    assert [] == [pair for pair in violations() if pair not in ALLOWED]


def test_no_stale_allowances() -> None:
    """Each allowed violation still exists; once it is fixed, its entry goes."""
    assert [] == sorted(ALLOWED - set(violations()))


def test_model_and_errors_import_nothing_above_them() -> None:
    """The model and errors, and what they import, stay within the bottom layer."""
    bottom = (len(LAYERS) - 1, 0)
    modules = package_modules()
    found = {(name, target) for name in ("model", "errors") for target in imports_of(name, modules)}
    assert [] == [
        target
        for name, target in sorted(found)
        if place(target) != bottom and (name, target) not in ALLOWED
    ]


SAMPLE: Final = """
from __future__ import annotations
import json
from typing import TYPE_CHECKING
import readoutparse
import readoutparse._lines as lines
from readoutparse import _text, parse
from readoutparse.model import Readout
from . import _dates
from .strategies import pages
if TYPE_CHECKING:
    from readoutparse.cli import main
else:
    from readoutparse import _batch
def later() -> None:
    from readoutparse._api import parse_bytes
    class Inner:
        import readoutparse._classify
"""


def test_imports_are_read_at_any_depth_and_type_checking_ones_skipped() -> None:
    """The reader finds imports in functions, classes and ``else``, and skips TYPE_CHECKING."""
    known = {"__init__", "_lines", "_text", "model", "_dates", "strategies", "_batch", "_api"}
    known |= {"_classify", "cli"}
    expected = [
        "__init__",
        "_lines",
        "_text",
        "__init__",
        "model",
        "_dates",
        "strategies",
        "_batch",
        "_api",
        "_classify",
    ]
    assert expected == imported_modules(SAMPLE, (), known)


def test_relative_imports_inside_a_subpackage() -> None:
    """``.x`` is beside the importer, ``..x`` one package up."""
    known = {"strategies", "strategies._writer", "model"}
    source = "from ._writer import _Writer\nfrom .. import model\nfrom ..model import Span\n"
    expected = ["strategies._writer", "model", "model"]
    assert expected == imported_modules(source, ("strategies",), known)


@pytest.mark.parametrize(
    ("importer", "imported", "expected"),
    [
        ("_parse", "_assemble", True),
        ("_assemble", "_parse", False),
        ("model", "_rows", True),
        ("model", "_vocabulary", False),
        ("_lines", "_dates", False),
        ("cli", "_cli_output", True),
        ("cli", "strategies", False),
        ("strategies._body", "strategies._writer", True),
        ("_body", "_layout", True),
        ("_layout", "_body", False),
        ("_body", "_head", False),  # phases that read lines in order are independent
    ],
)
def test_the_rule(importer: str, imported: str, *, expected: bool) -> None:
    """Down is allowed, and so is within a unit; up and sideways are not."""
    assert expected == allowed(importer, imported)


MAX_MODULE_LINES: Final = 500
"""No module of the package is longer: past it, a module holds more than one unit."""


def test_no_module_is_over_the_line_limit() -> None:
    """Every module of the package is at most ``MAX_MODULE_LINES`` lines long."""
    lengths = {
        module_name(path): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert {} == {name: count for name, count in lengths.items() if count > MAX_MODULE_LINES}
