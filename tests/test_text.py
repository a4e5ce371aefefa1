"""The hot-path helpers against the plain definitions they stand in for.

Each helper is written with string methods, for speed; each test here holds it
to the obvious form (a regex, ``split`` and ``join``, a loop), on any text.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from readoutparse import _vocabulary as vocab
from readoutparse._classify import _initial
from readoutparse._dates import _NUMERIC_DATE_RE, _SPELLED_DATE_RE, cannot_start_date
from readoutparse._text import ends_sentence, fold, fold_line

# Characters that the helpers treat specially, and a few that they do not.
_SPECIAL = ".!?。다\"”’')]\n\t\x1f\xa0\u3000\u2028 •·-–aZ1"
_texts = st.text(alphabet=st.sampled_from(_SPECIAL) | st.characters(), max_size=12)
_SENTENCE_END_RE = re.compile(r"(?:[.!?。]|다\.?|[.!?][\"”’')\]]{1,3})$")


@given(_texts)
def test_ends_sentence_is_the_regex_on_the_last_four_characters(text: str) -> None:
    assert ends_sentence(text) == (_SENTENCE_END_RE.search(text[-4:]) is not None)


@given(_texts)
def test_fold_is_split_and_join(text: str) -> None:
    assert fold(text) == " ".join(text.split())


@given(_texts.map(lambda text: " ".join(text.splitlines())))
def test_fold_line_is_fold_on_one_line(text: str) -> None:
    assert fold_line(text) == " ".join(text.split())


def _initial_by_loop(text: str) -> str:
    for char in text:
        if char not in vocab.LABEL_LEAD and not char.isspace():
            return char
    return ""


@given(_texts)
def test_label_initial_skips_bullets_and_white_space(text: str) -> None:
    assert _initial(text) == _initial_by_loop(text)


_DATE_PIECES = (
    "2024", "1", "12", "7", "29", "-", ".", "/", ")", " ", "  ", "년", "월", "일", "st", "th",
    "Jan", "jan", "JAN", "Feb", "Ma", "May", "Oct", "O", "Sept", "[", "(", "x", "가", "\u017f",
)  # fmt: skip
_date_starts = st.lists(st.sampled_from(_DATE_PIECES), max_size=8).map("".join)


@example("2024-02-29", "")
@example("1 January 2024", "")
@example("12/05/2024", "")
@example("Feb. 29, 2024", "")
@example("1. The two sides met", "")
@given(_date_starts, st.text(max_size=6))
def test_lines_ruled_out_cheaply_start_with_no_date(start: str, rest: str) -> None:
    text = start + rest
    offset = len(text) - len(text.lstrip(" [("))
    if cannot_start_date(text, offset):
        assert _NUMERIC_DATE_RE.match(text, offset) is None
        assert _SPELLED_DATE_RE.match(text, offset) is None


def test_the_groups_read_by_position_are_in_that_order() -> None:
    # _marker_number, match_bullet and _numeric_value read groups by position.
    assert dict(vocab.NUMBER_MARKER_RE.groupindex) == {
        "digits": 1,
        "close": 2,
        "paren": 3,
        "circled": 4,
        "wide": 5,
        "wclose": 6,
    }
    assert dict(vocab.BULLET_RE.groupindex) == {"word": 1, "dash": 2, "star": 3, "glyph": 4}
    assert list(_NUMERIC_DATE_RE.groupindex) == [
        "y1", "m1", "d1", "y2", "m2", "d2", "m3", "d3", "y3",
    ]  # fmt: skip
