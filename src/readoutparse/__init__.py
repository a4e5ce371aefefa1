r"""readoutparse: typed, traceable records from press-release and readout page dumps.

Example:
    >>> from readoutparse import parse
    >>> readout = parse("Press Releases\n\nTalks held\n\n1. The two sides met in Seoul.\n")
    >>> readout.section, readout.title, readout.paragraphs[0].number
    ('Press Releases', 'Talks held', 1)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from readoutparse._api import parse_bytes
from readoutparse._decode import PageDecodeError
from readoutparse._lineview import Lines
from readoutparse._parse import parse
from readoutparse._rows import ROW_DTYPES, ROW_FIELDS, ROW_SCHEMA_DDL, Row
from readoutparse._user_vocabulary import Vocabulary
from readoutparse.errors import WARNING_CODES, ParseError, ParseWarning
from readoutparse.model import (
    MAX_NESTING,
    SCHEMA_VERSION,
    Line,
    LineKind,
    Paragraph,
    Readout,
    Repost,
    Span,
    Subpoint,
)

PageDecodeError.__module__ = "readoutparse"  # shown as readoutparse.PageDecodeError in tracebacks


if TYPE_CHECKING:
    # Loaded by __getattr__ below on first use; declared here for type checkers.
    from readoutparse._batch import PageResult, parse_many
    from readoutparse._schema import json_schema

    __version__: str

_LAZY: dict[str, str] = {
    "PageResult": "readoutparse._batch",
    "parse_many": "readoutparse._batch",
    "json_schema": "readoutparse._schema",
}
"""Public names whose module ``import readoutparse`` leaves unloaded, by the module to load.

A first ``parse()`` needs none of them: the batch runner (signals, threads, a process
pool) and the JSON Schema (``json``) load when their name is first read.
"""


def __getattr__(name: str) -> object:
    """Load a name of ``_LAZY``, or read ``__version__`` from the metadata, on first use."""
    if name == "__version__":
        from readoutparse._version import installed_version  # noqa: PLC0415 - when first asked

        return installed_version()
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'readoutparse' has no attribute {name!r}"
        raise AttributeError(msg)
    from importlib import import_module  # noqa: PLC0415 - on the first read of a lazy name

    value: object = getattr(import_module(module), name)
    globals()[name] = value  # later reads find it without calling __getattr__
    return value


def __dir__() -> list[str]:
    """The module's names, with those ``__getattr__`` provides before they are first read."""
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "MAX_NESTING",
    "ROW_DTYPES",
    "ROW_FIELDS",
    "ROW_SCHEMA_DDL",
    "SCHEMA_VERSION",
    "WARNING_CODES",
    "Line",
    "LineKind",
    "Lines",
    "PageDecodeError",
    "PageResult",
    "Paragraph",
    "ParseError",
    "ParseWarning",
    "Readout",
    "Repost",
    "Row",
    "Span",
    "Subpoint",
    "Vocabulary",
    "__version__",
    "json_schema",
    "parse",
    "parse_bytes",
    "parse_many",
]
