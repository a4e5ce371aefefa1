"""``from_dict`` checks every field: a bad value raises TypeError or ValueError naming its path."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from readoutparse import (
    MAX_NESTING,
    Line,
    Paragraph,
    ParseWarning,
    Readout,
    Span,
    Subpoint,
    json_schema,
    parse,
)
from readoutparse.strategies import pages

ROOT = Path(__file__).parent.parent
SEED = ROOT / "examples" / "2024-02-29-rok-us-fm-washington.txt"
NESTED = "Talks held\n\n1. The two sides met.\n\nO First point.\n\n- Detail.\n\n2. They left.\n"
# Path = the keys and indexes from the top of the dict down to a value.
Path_ = tuple[str | int, ...]
Mutation = Callable[[dict[str, Any]], None]


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(parse(NESTED).to_json())
    return data


def _reject(data: object, error: type[Exception]) -> str:
    with pytest.raises(error) as caught:
        Readout.from_dict(data)  # type: ignore[arg-type] # bad input on purpose
    return str(caught.value)


def _set(path: Path_, value: object) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        node: Any = data
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return mutate


def _delete(path: Path_) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        node: Any = data
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]

    return mutate


SCHEMA = jsonschema.Draft202012Validator(json_schema())


# --- fixed examples, one per case of the issue ----------------------------------------------------

SUB = ("paragraphs", 0, "subpoints", 0)
TYPE_ERRORS: list[tuple[Mutation, str]] = [
    (
        _set(("repost",), {"place": 5, "agency": None, "reporter": None, "span": [0, 3]}),
        "repost.place: expected a string or null, got 5",
    ),
    (_set(("title",), 5), "title: expected a string or null, got 5"),
    (_set(("section",), ["x"]), "section: expected a string or null, got ['x']"),
    (
        _set(("paragraphs", 0, "number"), "1"),
        "paragraphs[0].number: expected an integer >= 0 or null, got '1'",
    ),
    (
        _set(("paragraphs", 0, "number"), value=True),
        "paragraphs[0].number: expected an integer >= 0 or null, got True",
    ),
    (_set(("paragraphs", 1, "text"), None), "paragraphs[1].text: expected a string, got None"),
    (
        _set((*SUB, "span"), "x"),
        "paragraphs[0].subpoints[0].span: expected [start, end] with 0 <= start <= end, got 'x'",
    ),
    (
        _set((*SUB, "span"), [3]),
        "paragraphs[0].subpoints[0].span: expected [start, end] with 0 <= start <= end, got [3]",
    ),
    (
        _set((*SUB, "span"), [1.0, 2]),
        (
            "paragraphs[0].subpoints[0].span: expected [start, end] with 0 <= start <= end, "
            "got [1.0, 2]"
        ),
    ),
    (
        _set((*SUB, "marker"), 1),
        "paragraphs[0].subpoints[0].marker: expected a non-empty string, got 1",
    ),
    (
        _set((*SUB, "subpoints"), "none"),
        "paragraphs[0].subpoints[0].subpoints: expected an array, got 'none'",
    ),
    (
        _set(("paragraphs", 1), "2. They left."),
        (
            "paragraphs[1]: expected an object with keys number, marker, text, subpoints, span, "
            "got '2. They left.'"
        ),
    ),
    (_set(("paragraphs",), {}), "paragraphs: expected an array, got a dict"),
    (
        _set(("paragraphs", 0), [[[[]]]]),
        (
            "paragraphs[0]: expected an object with keys number, marker, text, subpoints, span, "
            "got a list of 1 item"
        ),
    ),
    (
        _set(("title_span",), [0, 1, 2, 3, 4]),
        "title_span: expected [start, end] with 0 <= start <= end, got a list of 5 items",
    ),
    (_set(("date",), 20240229), "date: expected an ISO date YYYY-MM-DD or null, got 20240229"),
    (_set(("lines", 0, "kind"), 1), "lines[0].kind: expected a line kind (a string), got 1"),
    (_set(("lines", 0, "lineno"), "1"), "lines[0].lineno: expected an integer >= 1, got '1'"),
    (
        _set(("warnings",), [None]),
        "warnings[0]: expected an object with keys code, message, line, column, got None",
    ),
    (_set(("source",), 7), "source: expected a string, got 7"),
    (_set(("title",), 10**40), "title: expected a string or null, got an integer of 133 bits"),
]


@pytest.mark.parametrize(("mutate", "message"), TYPE_ERRORS)
def test_a_value_of_the_wrong_type_is_a_type_error_naming_its_path(
    mutate: Mutation, message: str
) -> None:
    """Wrong types (bool is no integer here, a string no span) raise TypeError with the path."""
    data = _data()
    mutate(data)
    assert message == _reject(data, TypeError)


SPAN_ERRORS = "expected [start, end] with 0 <= start <= end"
VALUE_ERRORS: list[tuple[Mutation, str]] = [
    (
        _set(("schema_version",), value=True),
        "unsupported schema_version True; this release reads 2",
    ),
    (_set(("paragraphs", 0, "span"), [21, 0]), f"paragraphs[0].span: {SPAN_ERRORS}, got [21, 0]"),
    (_set(("title_span",), [-1, 10]), f"title_span: {SPAN_ERRORS}, got [-1, 10]"),
    (
        _set(("paragraphs", 0, "number"), -1),
        "paragraphs[0].number: expected an integer >= 0, got -1",
    ),
    (
        _set((*SUB, "marker"), ""),
        "paragraphs[0].subpoints[0].marker: expected a non-empty string, got ''",
    ),
    (
        _set(("date",), "2024-02-30"),
        "date: expected an ISO date YYYY-MM-DD or null, got '2024-02-30'",
    ),
    (_set(("date",), "20240229"), "date: expected an ISO date YYYY-MM-DD or null, got '20240229'"),
    (
        _set(("lines", 0, "kind"), "headline"),
        "lines[0].kind: expected one of the line kinds, got 'headline'",
    ),
    (_set(("lines", 0, "lineno"), 0), "lines[0].lineno: expected an integer >= 1, got 0"),
    (
        _set(("warnings",), [{"code": "RP999", "message": "m", "line": 1, "column": 1}]),
        "warnings[0].code: expected a code of WARNING_CODES, got 'RP999'",
    ),
    (_delete(("paragraphs", 0, "span")), "paragraphs[0].span: missing"),
    (_delete(("lines",)), "lines: missing"),
    (
        _set(("paragraphs", 0, "colour"), "red"),
        "paragraphs[0].colour: unknown key; expected only number, marker, text, subpoints, span",
    ),
    (_set(("title",), None), "title_span: expected null, as title is null, got [0, 10]"),
    (
        _set((*SUB, "span"), [5, 30]),
        (
            "paragraphs[0].subpoints[0].span: [5, 30] starts before the end of paragraphs[0].span "
            "[12, 33]; paragraphs and subpoints follow each other in page order"
        ),
    ),
    (
        _set(("paragraphs", 1, "span"), [12, 20]),
        (
            "paragraphs[1].span: [12, 20] starts before the end of "
            "paragraphs[0].subpoints[0].subpoints[0].span [51, 60]; "
            "paragraphs and subpoints follow each other in page order"
        ),
    ),
    (
        _set(("paragraphs", 1, "span"), [62, 90]),
        "paragraphs[1].span: [62, 90] is outside the text the lines cover, [0, 75]",
    ),
    (
        _set(("date_span",), [0, 3]),
        "date_span: expected null, as date is null, got [0, 3]",
    ),
    (
        _set(("lines", 1, "span"), [0, 5]),
        (
            "lines[1].span: [0, 5] starts before the end of lines[0].span [0, 10]; "
            "lines follow each other in page order"
        ),
    ),
    (
        _set(("lines", 1, "lineno"), 9),
        (
            "lines[2].lineno: 5 is less than the line number before it, 9; "
            "lines follow each other in page order"
        ),
    ),
    (
        _set(("repost",), {"place": None, "agency": "Yonhap", "reporter": None, "span": [70, 90]}),
        "repost.span: [70, 90] is outside the text the lines cover, [0, 75]",
    ),
    (
        _set(("repost",), {"place": None, "agency": "Yonhap", "span": [0, 3]}),
        "repost.reporter: missing",
    ),
]


@pytest.mark.parametrize(("mutate", "message"), VALUE_ERRORS)
def test_a_wrong_value_is_a_value_error_naming_its_path(mutate: Mutation, message: str) -> None:
    """Reversed, negative, out-of-order spans, unknown kinds and codes, missing keys: ValueError."""
    data = _data()
    mutate(data)
    assert message == _reject(data, ValueError)


def test_the_root_must_be_an_object() -> None:
    """A list, a string or None at the top is a TypeError, not an AttributeError."""
    values: list[object] = [[], "{}", None]
    messages = [_reject(value, TypeError) for value in values]
    assert [
        "expected a readout object (a dict), got []",
        "expected a readout object (a dict), got '{}'",
        "expected a readout object (a dict), got None",
    ] == messages


def test_the_source_key_of_a_json_lines_record_is_allowed() -> None:
    """A record of ``readoutparse --jsonl`` (``source`` first) reads back as the readout."""
    readout = parse(NESTED)
    assert readout == Readout.from_dict({"source": "talks.txt", **readout.to_dict()})


@pytest.mark.parametrize(
    ("build", "value", "error", "message"),
    [
        (Span.from_list, "x", TypeError, f"{SPAN_ERRORS}, got 'x'"),
        (Span.from_list, (4, 2), ValueError, f"{SPAN_ERRORS}, got (4, 2)"),
        (Line.from_dict, {"kind": "title", "span": [0, 1]}, ValueError, "lineno: missing"),
        (
            ParseWarning.from_dict,
            {"code": "RP101", "message": "m", "line": 1, "column": 0},
            ValueError,
            "column: expected an integer >= 1, got 0",
        ),
        (
            Paragraph.from_dict,
            {"number": None, "marker": None, "text": "x", "subpoints": [5], "span": [0, 1]},
            TypeError,
            "subpoints[0]: expected an object with keys marker, text, subpoints, span, got 5",
        ),
        (
            Subpoint.from_dict,
            {"marker": "O", "text": "x", "subpoints": [], "span": [0, 1], "number": 1},
            ValueError,
            "number: unknown key; expected only marker, text, subpoints, span",
        ),
        (
            Subpoint.from_dict,
            {
                "marker": "O",
                "text": "x",
                "subpoints": [{"marker": "-", "text": "y", "subpoints": [], "span": [0, 1]}],
                "span": [2, 3],
            },
            ValueError,
            (
                "subpoints[0].span: [0, 1] starts before the end of span [2, 3]; "
                "a subpoint and its subpoints follow each other in page order"
            ),
        ),
    ],
)
def test_each_class_checks_its_own_dict(
    build: Callable[[Any], object], value: object, error: type[Exception], message: str
) -> None:
    """Span, Line, ParseWarning, Paragraph and Subpoint check their own forms, naming the field."""
    with pytest.raises(error) as caught:
        build(value)
    assert message == str(caught.value)


def test_each_class_reads_its_own_dict_back() -> None:
    """The from_dict of every class gives back what to_dict wrote."""
    readout = parse(NESTED + "\n4. Out of order.\n")
    paragraph = readout.paragraphs[0]
    assert (paragraph, paragraph.subpoints[0], readout.lines[1], readout.warnings[0]) == (
        Paragraph.from_dict(paragraph.to_dict()),
        Subpoint.from_dict(paragraph.subpoints[0].to_dict()),
        Line.from_dict(readout.lines[1].to_dict()),
        ParseWarning.from_dict(readout.warnings[0].to_dict()),
    )


# --- nesting --------------------------------------------------------------------------------------


def _chain(depth: int) -> Readout:
    """A readout whose one paragraph holds a chain of ``depth`` nested subpoints, built directly."""
    subpoints: tuple[Subpoint, ...] = ()
    for level in range(depth, 0, -1):
        start = 20 + 10 * level
        subpoints = (
            Subpoint(
                marker="-", text=f"level {level}", subpoints=subpoints, span=Span(start, start + 9)
            ),
        )
    paragraph = Paragraph(
        number=1, marker="1.", text="Met.", subpoints=subpoints, span=Span(12, 20)
    )
    return Readout(
        title="Talks held", date=None, section=None, paragraphs=(paragraph,), title_span=Span(0, 10)
    )


def test_a_readout_nested_max_nesting_deep_works_everywhere() -> None:
    """repr, deepcopy, pickle, to_dict, from_dict, structure, render and iter_rows all work."""
    readout = _chain(MAX_NESTING)
    rows = list(readout.iter_rows())
    rendered = readout.render()
    assert (readout, readout, readout, MAX_NESTING + 1, MAX_NESTING) == (
        copy.deepcopy(readout),
        pickle.loads(pickle.dumps(readout)),  # noqa: S301 - our own data
        Readout.from_dict(json.loads(readout.to_json())),
        len(rows),
        rows[-1]["depth"],
    )
    assert (f"{'  ' * (MAX_NESTING - 1)}- level {MAX_NESTING}\n", 1) == (
        rendered.splitlines(keepends=True)[-1],
        len(readout.structure()["paragraphs"]),
    )
    assert (
        "<Readout title='Talks held' date=None section=None paragraphs=1 lines=0 warnings=[]>",
        MAX_NESTING + 1,
    ) == (repr(readout), readout._repr_html_().count("<li>"))


def test_from_dict_refuses_nesting_deeper_than_max_nesting() -> None:
    """One level more than MAX_NESTING is a ValueError naming the too-deep subpoint."""
    data = _chain(MAX_NESTING + 1).to_dict()
    path = "paragraphs[0]" + ".subpoints[0]" * (MAX_NESTING + 1)
    assert f"{path}: subpoints nested deeper than MAX_NESTING (32) levels" == _reject(
        data, ValueError
    )


def test_from_dict_of_a_dict_nested_ten_thousand_deep_is_a_value_error() -> None:
    """No RecursionError: the walk stops at the limit, before the depth of the input matters."""
    node: dict[str, Any] = {"marker": "-", "text": "x", "subpoints": [], "span": [0, 1]}
    for _ in range(10_000):
        node = {"marker": "-", "text": "x", "subpoints": [node], "span": [0, 1]}
    data = _data()
    data["paragraphs"][0]["subpoints"] = [node]
    assert _reject(data, ValueError).endswith("nested deeper than MAX_NESTING (32) levels")


# --- Hypothesis: one field of a parsed page made wrong --------------------------------------------

# A value of the wrong type or out of range for each kind of field, never a valid one.
BAD: dict[str, list[object]] = {
    "string": [5, 1.5, True, [], {}],
    "optional string": [5, True, ["x"], {}],
    "marker": [None, 0, "", ["-"]],
    "integer": [None, "1", True, 1.5, 0, -3, [1]],
    "optional integer": ["1", False, 2.0, -1, {}],
    "span": [None, "x", [1], [1, 2, 3], [5, 2], [-1, 4], [True, 4], [0, "4"], {}],
    "optional span": ["x", [2, 1], [0], [-2, -1]],
    "array": [None, "x", 5, {}],
    "object": [None, "x", 5, []],
    "date": [5, "2024-02-30", "2024/02/29", "Feb 29, 2024"],
    "kind": [None, 3, "headline", "TITLE"],
    "code": [None, 3, "RP000", "rp101"],
}
FIELDS = {
    "paragraph": {
        "number": "optional integer",
        "marker": "optional string",
        "text": "string",
        "subpoints": "array",
        "span": "span",
    },
    "subpoint": {"marker": "marker", "text": "string", "subpoints": "array", "span": "span"},
    "line": {"kind": "kind", "span": "span", "lineno": "integer"},
    "warning": {"code": "code", "message": "string", "line": "integer", "column": "integer"},
}


def _fields(data: dict[str, Any]) -> list[tuple[Path_, str]]:
    """Every field of a readout dict, with the kind of value it holds."""
    found: list[tuple[Path_, str]] = [
        (("title",), "optional string"),
        (("section",), "optional string"),
        (("date",), "date"),
        *((("paragraphs",), "array"), (("lines",), "array"), (("warnings",), "array")),
    ]
    found += [((f"{name}_span",), "optional span") for name in ("title", "date", "section")]
    stack: list[tuple[Path_, dict[str, Any], str]] = [
        *((("paragraphs", i), item, "paragraph") for i, item in enumerate(data["paragraphs"])),
        *((("lines", i), item, "line") for i, item in enumerate(data["lines"])),
        *((("warnings", i), item, "warning") for i, item in enumerate(data["warnings"])),
    ]
    while stack:
        path, node, kind = stack.pop()
        found.append((path, "object"))
        found += [((*path, key), field) for key, field in FIELDS[kind].items()]
        stack += [
            ((*path, "subpoints", i), item, "subpoint")
            for i, item in enumerate(node.get("subpoints", []))
        ]
    return found


def _dotted(path: Path_) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path).lstrip(
        "."
    )


@st.composite
def _mutated(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    """A parsed page's dict with one field set to a wrong value, and that field's path."""
    text, _ = draw(pages())
    data: dict[str, Any] = json.loads(parse(text).to_json())
    path, kind = draw(st.sampled_from(_fields(data)))
    if kind == "optional span" and data[str(path[0]).removesuffix("_span")] is None:
        # a span without its value is wrong whatever it holds
        bad = draw(st.sampled_from([*BAD["optional span"], [0, 1]]))
    elif kind == "object" and draw(st.booleans()):
        key = draw(st.sampled_from(["extra", "Text"]))
        return _with(data, path, lambda node: node.update({key: 1})), _dotted((*path, key))
    else:
        bad = draw(st.sampled_from(BAD[kind]))
    return _with(data, path[:-1], lambda node: node.__setitem__(path[-1], bad)), _dotted(path)


def _with(data: dict[str, Any], path: Path_, change: Callable[[Any], None]) -> dict[str, Any]:
    node: Any = data
    for step in path:
        node = node[step]
    change(node)
    return data


@given(_mutated())
def test_a_mutated_field_is_refused_with_its_path(mutated: tuple[dict[str, Any], str]) -> None:
    """Any one field of a parsed page's dict made wrong gives TypeError/ValueError naming it."""
    data, path = mutated
    with pytest.raises((TypeError, ValueError)) as caught:
        Readout.from_dict(data)
    assert str(caught.value).startswith(f"{path}: ")


@given(pages(), st.data())
def test_a_missing_key_is_refused_with_its_path(
    page: tuple[str, Readout], data: st.DataObject
) -> None:
    """Any key of a parsed page's dict left out gives a ValueError naming it."""
    readout = json.loads(parse(page[0]).to_json())
    keys = [path for path, _ in _fields(readout) if isinstance(path[-1], str)]
    path = data.draw(st.sampled_from(keys))
    _with(readout, path[:-1], lambda node: node.pop(path[-1]))
    assert f"{_dotted(path)}: missing" == _reject(readout, ValueError)


# A value of the right type can still break how the fields relate; then another path is named.
RELATIONS = ("page order", "the lines cover", "is null")
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(JSON)
def test_any_json_value_as_a_whole_readout_is_refused_cleanly(value: object) -> None:
    """A JSON value that is no readout at all (any shape, any depth) is a TypeError/ValueError."""
    with pytest.raises((TypeError, ValueError)):
        Readout.from_dict(value)  # type: ignore[arg-type] # bad input on purpose


@given(pages(), st.data())
def test_any_value_anywhere_is_read_or_refused_cleanly(
    page: tuple[str, Readout], data: st.DataObject
) -> None:
    """Whatever JSON value replaces a field, from_dict returns or raises TypeError/ValueError.

    What it returns reads back equal, and the published JSON Schema accepts what it accepted.
    """
    readout = json.loads(parse(page[0]).to_json())
    path, _ = data.draw(st.sampled_from(_fields(readout)))
    value = data.draw(JSON)
    _with(readout, path[:-1], lambda node: node.__setitem__(path[-1], value))
    try:
        result = Readout.from_dict(readout)
    except (TypeError, ValueError) as error:
        message = str(error)
        assert message.startswith(_dotted(path)) or any(word in message for word in RELATIONS)
    else:
        assert (result, []) == (
            Readout.from_dict(result.to_dict()),
            [error.message for error in SCHEMA.iter_errors(readout)],
        )
