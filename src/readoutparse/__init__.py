r"""readoutparse: typed, traceable records from press-release and readout page dumps.

Example:
    >>> from readoutparse import parse
    >>> readout = parse("Press Releases\n\nTalks held\n\n1. The two sides met in Seoul.\n")
    >>> readout.section, readout.title, readout.paragraphs[0].number
    ('Press Releases', 'Talks held', 1)
"""

from __future__ import annotations

from readoutparse._api import parse_bytes
from readoutparse._batch import PageResult, parse_many
from readoutparse._decode import PageDecodeError
from readoutparse._lineview import Lines
from readoutparse._parse import parse
from readoutparse._rows import ROW_DTYPES, ROW_FIELDS, ROW_SCHEMA_DDL, Row
from readoutparse._schema import json_schema
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


def __getattr__(name: str) -> str:
    """Read ``__version__`` from the installed metadata on first use (keeps import fast)."""
    if name != "__version__":
        msg = f"module 'readoutparse' has no attribute {name!r}"
        raise AttributeError(msg)
    from readoutparse._version import installed_version  # noqa: PLC0415 - when first asked

    return installed_version()


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
