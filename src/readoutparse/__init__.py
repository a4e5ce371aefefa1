r"""readoutparse: typed, traceable records from press-release and readout page dumps.

Example:
    >>> from readoutparse import parse
    >>> readout = parse("Press Releases\n\nTalks held\n\n1. The two sides met in Seoul.\n")
    >>> readout.section, readout.title, readout.paragraphs[0].number
    ('Press Releases', 'Talks held', 1)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from readoutparse._api import parse_bytes
from readoutparse._decode import PageDecodeError
from readoutparse._parse import parse
from readoutparse.errors import WARNING_CODES, ParseError, ParseWarning
from readoutparse.model import SCHEMA_VERSION, Line, LineKind, Paragraph, Readout, Span, Subpoint

try:
    __version__ = version("readoutparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without metadata
    __version__ = "0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "WARNING_CODES",
    "Line",
    "LineKind",
    "PageDecodeError",
    "Paragraph",
    "ParseError",
    "ParseWarning",
    "Readout",
    "Span",
    "Subpoint",
    "__version__",
    "parse",
    "parse_bytes",
]
