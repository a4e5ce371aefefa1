"""Rebuild model values from their dict form, checking every field.

The ``from_dict`` methods of the model call these functions, so that a value read
from JSON satisfies the same invariants as one :func:`readoutparse.parse` returns.
A bad value raises :class:`TypeError` (wrong type, missing structure) or
:class:`ValueError` (right type, wrong value) whose message starts with the path of
the value, ``paragraphs[2].subpoints[0].span: expected ...``. Nothing recurses on the
input's nesting: subpoints are walked with an explicit stack, and nesting deeper than
:data:`~readoutparse.MAX_NESTING` is refused before it is walked.

The constructors themselves check nothing: the parser builds thousands of these
values per page, and they are correct by construction there.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final, NoReturn

from readoutparse.errors import WARNING_CODES, ParseWarning
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

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

_READOUT_KEYS: Final = (
    "schema_version",
    "title",
    "date",
    "section",
    "paragraphs",
    "title_span",
    "date_span",
    "section_span",
    "repost",
    "lines",
    "warnings",
)
_READOUT_OPTIONAL: Final = ("source",)  # the command's JSON Lines records carry their source
_PARAGRAPH_KEYS: Final = ("number", "marker", "text", "subpoints", "span")
_SUBPOINT_KEYS: Final = ("marker", "text", "subpoints", "span")
_LINE_KEYS: Final = ("kind", "span", "lineno")
_REPOST_KEYS: Final = ("place", "agency", "reporter", "span")
_WARNING_KEYS: Final = ("code", "message", "line", "column")
_KINDS: Final = {kind.value: kind for kind in LineKind}
_SPAN_FORM: Final = "[start, end] with 0 <= start <= end"
_SHOWN_CHARACTERS: Final = 40
_SHOWN_ITEMS: Final = 4
_SHOWN_MAGNITUDE: Final = 10**30
_DATE_LENGTH: Final = 10


# --- messages -------------------------------------------------------------------------------------


def _show(value: object) -> str:
    """A short, safe description of ``value`` for an error message (never a huge or nested repr)."""
    if isinstance(value, str):
        return repr(value[:_SHOWN_CHARACTERS]) + ("..." if len(value) > _SHOWN_CHARACTERS else "")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _SHOWN_MAGNITUDE:
        return f"an integer of {value.bit_length()} bits"
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        if len(value) <= _SHOWN_ITEMS and all(_scalar(item) for item in value):
            inner = ", ".join(_show(item) for item in value)
            return f"[{inner}]" if isinstance(value, list) else f"({inner})"
        return f"a {type(value).__name__} of {len(value)} item{'' if len(value) == 1 else 's'}"
    return f"a {type(value).__name__}"


def _scalar(value: object) -> bool:
    return value is None or isinstance(value, bool | int | float | str)


def _at(path: str) -> str:
    return f"{path}: " if path else ""


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _fail(error: type[Exception], path: str, expected: str, value: object) -> NoReturn:
    msg = f"{_at(path)}expected {expected}, got {_show(value)}"
    raise error(msg)


def _type_error(path: str, expected: str, value: object) -> NoReturn:
    _fail(TypeError, path, expected, value)


def _value_error(path: str, expected: str, value: object) -> NoReturn:
    _fail(ValueError, path, expected, value)


# --- fields ---------------------------------------------------------------------------------------


def _object(
    data: object, path: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> Mapping[str, Any]:
    """Check that ``data`` is a dict with exactly ``keys`` (and maybe ``optional``); return it."""
    if not isinstance(data, dict):
        _type_error(path, f"an object with keys {', '.join(keys)}", data)
    for key in keys:
        if key not in data:
            msg = f"{_join(path, key)}: missing"
            raise ValueError(msg)
    if len(data) > len(keys):
        for key in data:
            if key not in keys and key not in optional:
                msg = f"{_join(path, str(key))}: unknown key; expected only {', '.join(keys)}"
                raise ValueError(msg)
    return data


def _integer(value: object, path: str, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        _type_error(path, f"an integer >= {minimum}", value)
    if value < minimum:
        _value_error(path, f"an integer >= {minimum}", value)
    return value


def _string(value: object, path: str, *, empty: bool = True) -> str:
    if not isinstance(value, str):
        _type_error(path, "a string" if empty else "a non-empty string", value)
    if not empty and not value:
        _value_error(path, "a non-empty string", value)
    return value


def _optional_string(value: object, path: str) -> str | None:
    if value is not None and not isinstance(value, str):
        _type_error(path, "a string or null", value)
    return value


def _array(value: object, path: str) -> list[Any] | tuple[Any, ...]:
    if not isinstance(value, list | tuple):
        _type_error(path, "an array", value)
    return value


def span(value: object, path: str = "") -> Span:
    """Read a span's JSON form ``[start, end]``, checking ``0 <= start <= end``."""
    if not isinstance(value, list | tuple) or len(value) != 2:  # noqa: PLR2004 - start and end
        _type_error(path, _SPAN_FORM, value)
    start, end = value
    if any(not isinstance(x, int) or isinstance(x, bool) for x in (start, end)):
        _type_error(path, _SPAN_FORM, value)
    if not 0 <= start <= end:
        _value_error(path, _SPAN_FORM, value)
    return Span(start, end)


def _date(value: object, path: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        _type_error(path, "an ISO date YYYY-MM-DD or null", value)
    if len(value) == _DATE_LENGTH and value[4] == value[7] == "-" and value.isascii():
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    _value_error(path, "an ISO date YYYY-MM-DD or null", value)


# --- lines and warnings ---------------------------------------------------------------------------


def line(data: object, path: str = "") -> Line:
    """Rebuild a :class:`Line` from its dict form."""
    fields = _object(data, path, _LINE_KEYS)
    kind = fields["kind"]
    if not isinstance(kind, str):
        _type_error(_join(path, "kind"), "a line kind (a string)", kind)
    if kind not in _KINDS:
        _value_error(_join(path, "kind"), "one of the line kinds", kind)
    return Line(
        kind=_KINDS[kind],
        span=span(fields["span"], _join(path, "span")),
        lineno=_integer(fields["lineno"], _join(path, "lineno"), 1),
    )


def warning(data: object, path: str = "") -> ParseWarning:
    """Rebuild a :class:`ParseWarning` from its dict form."""
    fields = _object(data, path, _WARNING_KEYS)
    code = _string(fields["code"], _join(path, "code"))
    if code not in WARNING_CODES:
        _value_error(_join(path, "code"), "a code of WARNING_CODES", code)
    return ParseWarning(
        code=code,
        message=_string(fields["message"], _join(path, "message")),
        line=_integer(fields["line"], _join(path, "line"), 1),
        column=_integer(fields["column"], _join(path, "column"), 1),
    )


# --- paragraphs and subpoints ---------------------------------------------------------------------


class _Node:
    """A paragraph or subpoint dict whose own fields have been checked, awaiting its subpoints."""

    __slots__ = ("fields", "parent", "path", "span")

    def __init__(self, data: object, path: str, parent: int, *, paragraph: bool) -> None:
        self.fields = _object(data, path, _PARAGRAPH_KEYS if paragraph else _SUBPOINT_KEYS)
        self.path = path
        self.parent = parent
        self.span = span(self.fields["span"], _join(path, "span"))

    def subpoint(self, subpoints: tuple[Subpoint, ...]) -> Subpoint:
        return Subpoint(
            marker=_string(self.fields["marker"], _join(self.path, "marker"), empty=False),
            text=_string(self.fields["text"], _join(self.path, "text")),
            subpoints=subpoints,
            span=self.span,
        )

    def paragraph(self, subpoints: tuple[Subpoint, ...]) -> Paragraph:
        number = self.fields["number"]
        if number is not None and (not isinstance(number, int) or isinstance(number, bool)):
            _type_error(_join(self.path, "number"), "an integer >= 0 or null", number)
        return Paragraph(
            number=None if number is None else _integer(number, _join(self.path, "number"), 0),
            marker=_optional_string(self.fields["marker"], _join(self.path, "marker")),
            text=_string(self.fields["text"], _join(self.path, "text")),
            subpoints=subpoints,
            span=self.span,
        )


def _walk(root: object, path: str, depth: int, *, paragraph: bool) -> list[_Node]:
    """Check a paragraph or subpoint tree, depth first in page order, without recursion."""
    nodes: list[_Node] = []
    stack: list[tuple[object, str, int, int]] = [(root, path, depth, -1)]
    while stack:
        data, where, level, parent = stack.pop()
        if level > MAX_NESTING:
            msg = f"{where}: subpoints nested deeper than MAX_NESTING ({MAX_NESTING}) levels"
            raise ValueError(msg)
        node = _Node(data, where, parent, paragraph=paragraph and parent < 0)
        index = len(nodes)
        nodes.append(node)
        children = _array(node.fields["subpoints"], _join(where, "subpoints"))
        stack.extend(
            (children[i], _join(where, f"subpoints[{i}]"), level + 1, index)
            for i in range(len(children) - 1, -1, -1)
        )
    return nodes


def _subtrees(nodes: list[_Node]) -> tuple[Subpoint, ...]:
    """Build every node of :func:`_walk` but the root, bottom up; return the root's subpoints."""
    children: list[list[Subpoint]] = [[] for _ in nodes]
    for index in range(len(nodes) - 1, 0, -1):  # a node's subpoints come after it
        node = nodes[index]
        children[node.parent].append(node.subpoint(tuple(reversed(children[index]))))
    return tuple(reversed(children[0]))


def _node_spans(nodes: list[_Node]) -> Iterator[tuple[str, Span]]:
    return ((_join(node.path, "span"), node.span) for node in nodes)


def _check_page_order(spans: Iterable[tuple[str, Span]], what: str) -> None:
    """Each span starts at or after the end of the one before it."""
    previous: tuple[str, Span] | None = None
    for path, current in spans:
        if previous is not None and current.start < previous[1].end:
            msg = (
                f"{path}: {current.to_list()} starts before the end of {previous[0]} "
                f"{previous[1].to_list()}; {what} follow each other in page order"
            )
            raise ValueError(msg)
        previous = path, current


def subpoint(data: object, path: str = "") -> Subpoint:
    """Rebuild a :class:`Subpoint`; it counts as depth 1, as a paragraph's own subpoints do."""
    nodes = _walk(data, path, 1, paragraph=False)
    _check_page_order(_node_spans(nodes), "a subpoint and its subpoints")
    return nodes[0].subpoint(_subtrees(nodes))


def paragraph(data: object, path: str = "") -> Paragraph:
    """Rebuild a :class:`Paragraph` with its subpoints."""
    nodes = _walk(data, path, 0, paragraph=True)
    _check_page_order(_node_spans(nodes), "a paragraph and its subpoints")
    return nodes[0].paragraph(_subtrees(nodes))


# --- the readout ----------------------------------------------------------------------------------


def readout(data: object) -> Readout:
    """Rebuild a :class:`Readout`, checking every field and how the spans relate."""
    if not isinstance(data, dict):
        _type_error("", "a readout object (a dict)", data)
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        msg = f"unsupported schema_version {_show(version)}; this release reads {SCHEMA_VERSION}"
        raise ValueError(msg)
    fields = _object(data, "", _READOUT_KEYS, _READOUT_OPTIONAL)
    if "source" in fields:
        _string(fields["source"], "source")
    title = _optional_string(fields["title"], "title")
    date = _date(fields["date"], "date")
    section = _optional_string(fields["section"], "section")
    nodes: list[_Node] = []
    paragraphs: list[Paragraph] = []
    for index, item in enumerate(_array(fields["paragraphs"], "paragraphs")):
        walked = _walk(item, f"paragraphs[{index}]", 0, paragraph=True)
        paragraphs.append(walked[0].paragraph(_subtrees(walked)))
        nodes.extend(walked)
    _check_page_order(_node_spans(nodes), "paragraphs and subpoints")
    lines = _lines(fields["lines"])
    heads = {
        name: _head_span(fields, name, value)
        for name, value in (("title", title), ("date", date), ("section", section))
    }
    tag = _repost(fields["repost"])
    _check_extent(
        lines,
        [
            *((f"{name}_span", span) for name, span in heads.items()),
            ("repost.span", None if tag is None else tag.span),
            *_node_spans(nodes),
        ],
    )
    return Readout(
        title=title,
        date=date,
        section=section,
        paragraphs=tuple(paragraphs),
        lines=lines,
        warnings=tuple(
            warning(item, f"warnings[{index}]")
            for index, item in enumerate(_array(fields["warnings"], "warnings"))
        ),
        title_span=heads["title"],
        date_span=heads["date"],
        section_span=heads["section"],
        repost=tag,
    )


def _repost(value: object) -> Repost | None:
    """Read ``repost``: null, or the wire tag's place, agency, reporter and span."""
    if value is None:
        return None
    fields = _object(value, "repost", _REPOST_KEYS)
    return Repost(
        place=_optional_string(fields["place"], "repost.place"),
        agency=_optional_string(fields["agency"], "repost.agency"),
        reporter=_optional_string(fields["reporter"], "repost.reporter"),
        span=span(fields["span"], "repost.span"),
    )


def _head_span(fields: Mapping[str, Any], name: str, value: object) -> Span | None:
    """Read ``title_span``, ``date_span`` or ``section_span``: null when its value is null."""
    path = f"{name}_span"
    result = None if fields[path] is None else span(fields[path], path)
    if result is not None and value is None:
        _value_error(path, f"null, as {name} is null", fields[path])
    return result


def _lines(value: object) -> tuple[Line, ...]:
    """Read ``lines``: each line's span after the one before it, line numbers never decreasing."""
    lines = tuple(
        line(item, f"lines[{index}]") for index, item in enumerate(_array(value, "lines"))
    )
    _check_page_order(((f"lines[{i}].span", item.span) for i, item in enumerate(lines)), "lines")
    for index in range(1, len(lines)):
        if lines[index].lineno < lines[index - 1].lineno:
            msg = (
                f"lines[{index}].lineno: {lines[index].lineno} is less than the line number "
                f"before it, {lines[index - 1].lineno}; lines follow each other in page order"
            )
            raise ValueError(msg)
    return lines


def _check_extent(lines: tuple[Line, ...], spans: Iterable[tuple[str, Span | None]]) -> None:
    """When there are lines, every value's span lies within the text they cover."""
    if not lines:
        return
    low, high = lines[0].span.start, lines[-1].span.end
    for path, value in spans:
        if value is not None and not low <= value.start <= value.end <= high:
            msg = f"{path}: {value.to_list()} is outside the text the lines cover, [{low}, {high}]"
            raise ValueError(msg)
