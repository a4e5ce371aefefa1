"""The hot-path helpers against the plain definitions they stand in for.

Each helper is written with string methods, for speed; each test here holds it
to the obvious form (a regex, ``split`` and ``join``, a loop), on any text.
"""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from readoutparse import _vocabulary as vocab
from readoutparse._dates import _NUMERIC_DATE_RE, _SPELLED_DATE_RE, cannot_start_date
from readoutparse._markers import WHITE_SPACE, ascii_number_marker, bullet_end
from readoutparse._rules import _KEY_LEAD, _KEY_TAIL, _initial
from readoutparse._text import (
    ends_mid_phrase,
    ends_on_end_mark,
    ends_sentence,
    first_word,
    fold,
    fold_line,
    gate_text,
    is_dense,
    is_social,
    opens_unit,
    prose_text,
    starts_lower,
)

# Characters that the helpers treat specially, and a few that they do not.
_SPECIAL = ".!?。다\"”’')]\n\t\x1f\xa0\u3000\u2028 •·-–aZ1예정계획것방침였었했임음"
_texts = st.text(alphabet=st.sampled_from(_SPECIAL) | st.characters(), max_size=12)
_SENTENCE_END_RE = re.compile(
    r"(?:[.!?。]|다\.?|(?:예정|계획|것|방침)임|[였었했]음|[.!?][\"”’')\]]{1,3})$"
)


@example("He left.\n")  # past one final line feed, like $
@example("He said “yes.”\n")
@example("끝\n")
@example("면담할 예정임\n")  # a brief's nominal style
@example("책임")  # a noun on the same syllable
@given(_texts)
def test_ends_sentence_is_the_regex_on_the_last_four_characters(text: str) -> None:
    assert ends_sentence(text) == (_SENTENCE_END_RE.search(text[-4:]) is not None)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("양측은 합의하였다.끝", 0, True),  # glued, no stop after the mark
        ("양측은 합의하였다 끝", 0, True),
        ("양측은 합의하였다. <끝>", 0, True),
        ("양측은 합의하였다.  끝 .", 0, True),
        ("끝", 0, False),  # the mark alone: an end-mark line, not a sentence
        ("12. - 끝 -", 3, False),  # a marker's stop closes no sentence
        ("끝까지 협력하기로", 0, False),  # the word inside a sentence
    ],
)
def test_ends_on_end_mark_reads_the_mark_after_a_sentence(
    text: str, start: int, *, expected: bool
) -> None:
    """The end mark after the last sentence closes it, however it is spaced or bracketed."""
    assert expected == ends_on_end_mark(text, start)


@given(_texts)
def test_fold_is_split_and_join(text: str) -> None:
    assert fold(text) == " ".join(text.split())


@given(_texts.map(lambda text: " ".join(text.splitlines())))
def test_fold_line_is_fold_on_one_line(text: str) -> None:
    assert fold_line(text) == " ".join(text.split())


@example(text="Met  in Seoul.", ends=True)  # three words, not four: short of prose either way
@example(text=" ".join(["word"] * 30) + "\t" * 20, ends=False)  # long only before it is folded
@given(text=_texts.map(lambda text: " ".join(text.splitlines())), ends=st.booleans())
def test_prose_text_reads_the_folded_text(text: str, *, ends: bool) -> None:
    """A run of white space counts as the one space the paragraph text will hold."""
    assert prose_text(text, ends=ends) == prose_text(fold(text), ends=ends)


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


# --- the markers, read by hand -------------------------------------------------------------------

_MARKER_ALPHABET = (
    "0123456789().)-–―—*Oox •○ㅇ□※·"  # the markers and what follows them
    "\t\n\x0b\x0c\r\x1c\x1f\x85\xa0\u2000\u2028\u3000"  # white space, in both senses
    "١٢\uff11\uff0e\uff09①"  # digits beyond ASCII: Arabic-Indic, full-width, circled
)
_marker_texts = st.text(alphabet=st.sampled_from(_MARKER_ALPHABET), min_size=1, max_size=10)


def test_white_space_is_what_the_pattern_module_calls_white_space() -> None:
    pattern = regex.compile(r"\s")
    everything = (chr(code) for code in range(sys.maxunicode + 1))
    assert sorted(WHITE_SPACE) == [char for char in everything if pattern.match(char)]


@example("1. The sides met.")
@example("12) x")
@example("(3) x")
@example("1.5 million")
@example("1.")
@example("1١. x")
@example("(١) x")
@given(_marker_texts)
def test_ascii_number_markers_read_as_the_pattern_reads_them(text: str) -> None:
    found = ascii_number_marker(text)
    if found is None:
        return  # left to the pattern
    match = vocab.NUMBER_MARKER_RE.match(text)
    if match is None:
        assert found == (0, 0)
    else:
        digits, _, paren, *_ = match.groups()
        assert found == (int(digits or paren), match.end())


@example("O They agreed.")
@example("- item")
@example("-item")
@example("* note")
@example("** bold")
@example("O\x1fx")
@example("□")
@given(_marker_texts)
def test_bullets_read_as_the_pattern_reads_them(text: str) -> None:
    match = vocab.BULLET_RE.match(text)
    assert bullet_end(text) == (0 if match is None else match.end())


def test_the_phrase_key_may_be_cut_from_the_case_folded_line() -> None:
    # _match_short strips the key's bullets and colons after casefold, match_phrase before it:
    # the same, as no character case-folds to, or from, one of those.
    stripped = set(_KEY_LEAD + _KEY_TAIL)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (char in stripped) == bool(stripped & set(char.casefold())), hex(code)


_SOCIAL_SOURCE = vocab._SOURCES["SOCIAL_WORDS_RE"]  # noqa: SLF001 - the pattern's own source


@example("İnstagram")  # U+0130, which casefold turns into i and a dot
@example("LİNKEDİN")
@given(st.from_regex(re.compile(_SOCIAL_SOURCE)))
def test_every_social_line_holds_a_social_word(text: str) -> None:
    if len(text) <= vocab.SOCIAL_LINE_CHARS and vocab.SOCIAL_WORDS_RE.search(text):
        assert is_social(text)
        assert any(word in gate_text(text.casefold()) for word in vocab.SOCIAL_WORDS), text


def test_the_gates_read_every_letter_as_the_case_blind_patterns_do() -> None:
    # A gate tests the case-folded text for words a (?i) pattern matches: every character
    # that pattern reads as an ASCII letter must come out of gate_text as that letter.
    letters = regex.compile(r"(?i)[a-z]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if letters.fullmatch(char):
            (letter,) = [
                a for a in "abcdefghijklmnopqrstuvwxyz" if regex.fullmatch(f"(?i){a}", char)
            ]
            assert gate_text(char.casefold()) == letter, hex(code)


@pytest.mark.parametrize(
    ("text", "dense"),
    [
        ("공동 발표문 채택", True),
        ("外交部", True),
        ("Minister’s Activities", False),
        ("Talks", False),
    ],
)
def test_is_dense(text: str, *, dense: bool) -> None:
    """Hangul and CJK text is dense; Latin text with a curly quote is not."""
    assert dense == is_dense(text)


# --- what a line's ends say about the lines around it -------------------------------------------


@given(st.text(alphabet=st.sampled_from(" \t\xa0ab.\u3000") | st.characters(), max_size=12))
def test_first_word_is_the_first_token_of_split(text: str) -> None:
    """``first_word`` stops at the first white space, as ``str.split`` does."""
    assert (text.split() or [""])[0] == first_word(text)


@pytest.mark.parametrize(
    ("text", "mid"),
    [
        ("The two ministers met in Seoul on the", True),
        ("to discuss trade, security and climate finance,", True),
        ("a partnership built on the Ministry’s", True),
        ("The talks took place in the Korea-", True),
        ("차관은 기업 애로 해소에 적극 협력해 나가기로", True),
        ("외교부는 12일 서울에서", True),
        ("추가 질의가 없으시면", True),  # 'if': a condition, the sentence to come
        ("양측은 협력을 강화하기로 했지만", True),
        ("양국 관계의 새로운 국면", False),  # a noun ending in the same letter
        ("Anniversary of the Republic of Korea-United States Alliance", False),
        ("외교부, 중남미 공관장 회의 개최", False),  # a headline ends on a noun
        ("▶ 기사 원문 : https://www.example.kr/news/articleView.html?idxno=20431", False),
        ("▶ 제보 안내 : 카카오톡 kbjebo2", False),  # a handle, not a word
        ("-", False),  # a dash alone is a separator, not a word cut off
        ("They agreed to meet again.", False),
        ("Korea and Canada widen cooperation on clean energy supply chains", False),
    ],
)
def test_ends_mid_phrase(text: str, *, mid: bool) -> None:
    """A line stops mid-phrase on a comma, hyphen, possessive, function word or open Korean word."""
    assert mid == ends_mid_phrase(text)


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("in Seoul on Friday.", True),
        ("“the two sides agreed", True),
        ("ksm@yna.co.kr (END)", False),  # an address goes on nothing
        ("https://www.example.kr/news", False),
        ("The two sides agreed.", False),
        ("(CEPA), in effect since January, the two sides agreed", True),  # a gloss
        ("(Seoul=Yonhap) -- The two sides agreed", False),
        ("(1) The two sides agreed", False),
        ("", False),
    ],
)
def test_starts_lower(text: str, *, lower: bool) -> None:
    """A line goes on a sentence when it opens with a lower-case word, not with an address."""
    assert lower == starts_lower(text)


@pytest.mark.parametrize(
    ("word", "opens"),
    [
        ("The", True),
        ("By", True),
        ("From:", True),
        ("SEOUL,", True),  # a dateline in capitals
        ("(Xinhua)", True),
        ("jwhan@haeorum.example", False),  # on its own, an address may go on a sentence
        ("", True),
        ("Peninsula.", False),  # a name goes on the sentence above
        ("UN", False),
        ("22,", False),
        ("the", False),
    ],
)
def test_opens_unit(word: str, *, opens: bool) -> None:
    """A capitalised function word, a word in capitals or a bracket opens something new."""
    assert opens == opens_unit(word)
