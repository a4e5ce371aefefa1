"""``Readout.lines`` from the parser: one byte a line, the lines built when first read."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

from readoutparse import Line, LineKind, Lines, Readout, Span, parse
from readoutparse._lines import split_lines

SEED = Path(__file__).parent.parent / "examples" / "2024-02-29-rok-us-fm-washington.txt"
TEXT = "Press Releases\n\nTalks held\n\nDATE\n2024-02-29\n\n1. The two sides met.\n"


def _eager(text: str) -> tuple[Line, ...]:
    """The lines as 0.1 built them: one record per non-blank line, its kind from the parse."""
    kinds = [line.kind for line in parse(text).lines]
    return tuple(
        Line(kind=kind, span=Span(line.start, line.end), lineno=line.lineno)
        for kind, line in zip(kinds, split_lines(text), strict=True)
    )


def test_the_lines_read_like_the_tuple_they_stand_for() -> None:
    lines = parse(TEXT).lines
    assert isinstance(lines, Lines)
    assert len(lines) == 5
    assert [line.kind for line in lines] == [
        LineKind.SECTION,
        LineKind.TITLE,
        LineKind.DATE_HEADER,
        LineKind.DATE_HEADER,
        LineKind.PARAGRAPH,
    ]
    assert lines[1] == Line(kind=LineKind.TITLE, span=Span(16, 26), lineno=3)
    assert lines[-1].span == Span(45, 66)
    assert lines[1:3] == tuple(lines)[1:3]
    assert lines.index(lines[2]) == 2
    assert lines[0] in lines
    assert repr(lines) == repr(tuple(lines))


def test_the_length_is_known_before_the_lines_are_built() -> None:
    lines = parse(TEXT).lines
    assert isinstance(lines, Lines)
    assert len(lines) == 5
    assert lines._built is None  # noqa: SLF001 - what is tested is that nothing was built


def test_lines_equal_and_hash_as_their_tuple() -> None:
    readout = parse(TEXT)
    as_tuple = tuple(readout.lines)
    assert readout.lines == as_tuple
    assert as_tuple == readout.lines
    assert hash(readout.lines) == hash(as_tuple)
    rebuilt = attrs.evolve(readout, lines=as_tuple)
    assert type(rebuilt.lines) is tuple
    assert rebuilt == readout
    assert hash(rebuilt) == hash(readout)
    assert readout.lines != as_tuple[:-1]
    as_list: object = list(as_tuple)
    assert readout.lines != as_list  # a list is no tuple, as before


def test_a_readout_built_by_hand_keeps_a_tuple_of_its_lines() -> None:
    line = Line(kind=LineKind.TITLE, span=Span(0, 4), lineno=1)
    readout = Readout(title="Talk", date=None, section=None, lines=[line])
    assert readout.lines == (line,)
    assert type(readout.lines) is tuple


def test_the_lines_survive_pickle_copy_and_the_dict_round_trip() -> None:
    readout = parse(SEED.read_text(encoding="utf-8"))
    for copied in (
        pickle.loads(pickle.dumps(readout)),  # noqa: S301 - our own data
        copy.deepcopy(readout),
        copy.copy(readout),
        Readout.from_dict(readout.to_dict()),
    ):
        assert copied == readout
        assert copied.lines == readout.lines


def test_lines_of_two_parses_of_the_same_text_are_equal() -> None:
    assert parse(TEXT).lines == parse(TEXT).lines
    assert parse(TEXT).lines != parse(TEXT + "2. They left.\n").lines


@given(st.text())
def test_lines_are_the_lines_the_eager_build_made(text: str) -> None:
    assert tuple(parse(text).lines) == _eager(text)
