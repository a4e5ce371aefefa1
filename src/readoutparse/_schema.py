"""The JSON Schema of a readout's dict form, shipped as package data."""

from __future__ import annotations

import json
import re
from typing import Any


def json_schema() -> dict[str, Any]:
    r"""Return the JSON Schema (draft 2020-12) of :meth:`~readoutparse.Readout.to_dict` output.

    It also accepts the command's JSON Lines records, which start with a
    ``source`` key. The schema ships inside the package; each call returns a
    new ``dict``. :meth:`~readoutparse.Readout.from_dict` checks more than a schema
    can say (``start <= end``, spans in page order, :data:`~readoutparse.MAX_NESTING`).

    Returns:
        The schema, as ``json.load`` reads it.

    Example:
        >>> from readoutparse import json_schema, parse
        >>> schema = json_schema()
        >>> schema["$schema"], schema["properties"]["schema_version"]
        ('https://json-schema.org/draft/2020-12/schema', {'const': 2})
        >>> sorted(parse("Talks held\n\n1. Met.\n").to_dict()) == sorted(schema["required"])
        True
    """
    from importlib.resources import files  # noqa: PLC0415 - loaded on first use

    text = files("readoutparse").joinpath("readout.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def dumps(data: dict[str, Any], indent: int | None) -> str:
    """A readout's dict as JSON text: characters as they are, spans on one line when indented."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    if indent is not None:  # a line break never occurs inside a JSON string
        text = re.sub(r"\[\n\s*(\d+),\n\s*(\d+)\n\s*\]", r"[\1, \2]", text)
    return re.sub("[\ud800-\udfff]", _escape_surrogate, text)


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match[0]):04x}"
