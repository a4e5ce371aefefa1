"""Sphinx directives that render tables straight from the source, so they cannot drift.

``.. readoutparse-line-kinds::`` lists every :class:`readoutparse.LineKind` with the
docstring of its member; ``.. readoutparse-warning-codes::`` lists
:data:`readoutparse.WARNING_CODES`. Both are rST directives: use them inside an
``{eval-rst}`` block of a MyST page.
"""

# ruff: noqa: INP001 - docs/_ext is a folder of Sphinx extensions, put on sys.path by conf.py

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from sphinx.pycode import ModuleAnalyzer
from sphinx.util.docutils import SphinxDirective

from readoutparse import WARNING_CODES, LineKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata


def _list_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: str) -> list[str]:
    lines = [".. list-table::", "   :header-rows: 1", f"   :widths: {widths}", ""]
    for row in [header, *rows]:
        first, *rest = row
        lines.append(f"   * - {first}")
        lines.extend(f"     - {cell}" for cell in rest)
    return lines


class _TableDirective(SphinxDirective):
    has_content: ClassVar[bool] = False

    def table(self) -> list[str]:
        """Return the rST lines of the table."""
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        return self.parse_text_to_nodes("\n".join(self.table()))


class LineKindsTable(_TableDirective):
    """Every line kind: its JSON value, its member name and what it means."""

    def table(self) -> list[str]:  # noqa: D102 - see _TableDirective.table
        docs = ModuleAnalyzer.for_module("readoutparse.model").find_attr_docs()
        rows = [
            (f'``"{kind.value}"``', f"``{kind.name}``", " ".join(docs[("LineKind", kind.name)]))
            for kind in LineKind
        ]
        return _list_table(("``kind``", "``LineKind``", "meaning"), rows, "20 20 60")


class WarningCodesTable(_TableDirective):
    """Every warning code with its description, linking to its section."""

    def table(self) -> list[str]:  # noqa: D102 - see _TableDirective.table
        rows = [(f":ref:`{code} <{code.lower()}>`", text) for code, text in WARNING_CODES.items()]
        return _list_table(("code", "message"), rows, "15 85")


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register the directives."""
    app.add_directive("readoutparse-line-kinds", LineKindsTable)
    app.add_directive("readoutparse-warning-codes", WarningCodesTable)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
