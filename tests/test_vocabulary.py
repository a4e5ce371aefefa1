"""A user's vocabulary: words added to the built-in tables without editing the package.

Each field is shown changing the parse of a page it did not parse before; the
properties hold a user's word to the built-in words of its table, wherever they
stand, and every gate of the classifier to the table it is worked out from.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from readoutparse import (
    LineKind,
    Readout,
    Vocabulary,
    _dates,
    _phrases,
    parse,
    parse_bytes,
    parse_many,
)
from readoutparse._classify import DEFAULT_RULES, RuleSet, rule_table, rules_for
from readoutparse._lines import SourceLine
from readoutparse._publisher import is_document_type
from readoutparse._rules import DEFAULT_TABLES, Tables, chrome_key, date_label_word
from readoutparse._shape import Classified, Shape
from readoutparse._text import fold
from readoutparse._vocabulary import SHORT_LINE_CHARS, initials

if TYPE_CHECKING:
    from collections.abc import Callable


def _kinds(readout: Readout) -> list[str]:
    return [line.kind.value for line in readout.lines]


def _line(text: str) -> SourceLine:
    return SourceLine(lineno=1, start=0, end=len(text), indent=0, text=text, blank_before=True)


# --- each field changes a page it did not parse before ---------------------------------------

CONSULATE = (
    "Consulate General in Vinland\n\nVisa Office Opens Saturdays\n\nDATE\n2024-05-02\n\n"
    "1. From June, the visa office of the consulate general opens on Saturday mornings.\n\n"
    "2. Appointments can be booked online as before.\n\n{trailer}\n"
)


@pytest.mark.parametrize(
    ("field", "phrase", "kind"),
    [
        ("toolbar", "Enlarge text", "toolbar"),
        ("loading", "Please wait", "loading"),
        ("pager", "To the top", "pager"),
        ("footer", "Site policy and terms", "footer"),
    ],
)
def test_a_trailer_phrase_gets_its_kind(field: str, phrase: str, kind: str) -> None:
    """A phrase the built-in tables lack is an unknown line; added to a field, it has its kind."""
    page = CONSULATE.format(trailer=phrase)
    assert _kinds(parse(page))[-1] == "unknown"
    assert _kinds(parse(page, vocabulary=Vocabulary(**{field: [phrase]})))[-1] == kind


def test_a_site_name_becomes_navigation() -> None:
    """A consulate's name above the headline is navigation, no longer taken for the section."""
    page = CONSULATE.format(trailer="List")
    assert (parse(page).section, _kinds(parse(page))[0]) == (
        "Consulate General in Vinland",
        "section",
    )
    readout = parse(page, vocabulary=Vocabulary(navigation=["Consulate general in Vinland"]))
    assert (readout.section, _kinds(readout)[0]) == (None, "navigation")
    assert readout.title == "Visa Office Opens Saturdays"


def test_a_section_name_becomes_the_section() -> None:
    """A site's section heading under the headline is the section, no longer taken for the title."""
    heading = "Consular Notices and Visa News"  # a headline's shape: the tables must say
    page = f"Visa Office Opens Saturdays\n\n{heading}\n\n1. The office opens on Saturdays.\n"
    before = parse(page)
    assert (before.title, before.section) == (heading, "Visa Office Opens Saturdays")
    readout = parse(page, vocabulary=Vocabulary(sections=[heading.lower()]))
    assert (readout.title, readout.section) == ("Visa Office Opens Saturdays", heading)
    assert _kinds(readout) == ["title", "section", "paragraph"]


def test_a_document_type_is_never_the_title() -> None:
    """A label saying what the page is, right before the date header, is metadata, not the title."""
    page = (
        "Visa Office Opens Saturdays\n\nConsular Fact Sheet for Travellers\n\nDATE\n2024-05-02\n\n"
        "1. From June, the visa office of the consulate general opens on Saturday mornings.\n"
    )
    assert parse(page).title == "Consular Fact Sheet for Travellers"
    readout = parse(
        page, vocabulary=Vocabulary(document_types=["Consular fact sheet for travellers"])
    )
    assert (readout.title, _kinds(readout)[1]) == ("Visa Office Opens Saturdays", "metadata")


def test_a_body_ender_ends_the_body() -> None:
    """A trailer heading the tables lack ends the body: the link list under it is no paragraph."""
    page = CONSULATE.format(
        trailer="Further reading\n\nThe consulate has updated its guide to visa applications."
    )
    assert len(parse(page).paragraphs) == 4
    readout = parse(page, vocabulary=Vocabulary(body_enders=["Further reading"]))
    assert len(readout.paragraphs) == 2
    assert _kinds(readout)[-2:] == ["footer", "unknown"]


def test_a_menu_word_makes_a_numbered_head_line_a_menu() -> None:
    """A numbered head line holding a menu word is navigation, not a breadcrumb nor the section."""
    page = (
        "  1. Services\n  2. Visas\n\nVisa Office Opens Saturdays\n\nDATE\n2024-05-02\n\n"
        "1. From June, the visa office of the consulate general opens on Saturday mornings.\n"
    )
    assert (parse(page).section, _kinds(parse(page))[:2]) == ("Visas", ["breadcrumb"] * 2)
    readout = parse(page, vocabulary=Vocabulary(menu_words=["Services"]))
    assert (readout.section, _kinds(readout)[:2]) == (None, ["navigation"] * 2)


def test_a_date_label_gives_the_date() -> None:
    """A date label the tables lack, with its value on the same line, gives the date."""
    page = (  # the label reads as words of a phrase: no dateline either
        "Visa Office Opens Saturdays\n\nReleased to the press: 2024-05-02\n\n"
        "1. The office opens on Saturdays.\n"
    )
    assert parse(page).date is None
    readout = parse(page, vocabulary=Vocabulary(date_labels=["Released to the press:"]))
    assert (readout.date, _kinds(readout)[1]) == (dt.date(2024, 5, 2), "date_header")


def test_a_date_label_above_its_value_is_the_date_header() -> None:
    """With the value on the next line, the label is part of the date header, no longer unknown."""
    page = "Visa Office Opens Saturdays\n\n• RELEASED\n2024-05-02\n\n1. The office opens.\n"
    assert _kinds(parse(page))[1:3] == ["unknown", "date_header"]
    readout = parse(page, vocabulary=Vocabulary(date_labels=["released"]))
    assert _kinds(readout)[1:3] == ["date_header", "date_header"]


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("Korea.net -- ", None, "Korea.net"),
        # 'SEOUL (Korea.net) --' is a place, an agency and a dash: read by its shape alone
        ("SEOUL, Korea.net -- ", "SEOUL", "Korea.net"),
        ("(KOREA.NET): ", None, "KOREA.NET"),
    ],
)
def test_a_repost_agency_opens_the_body_as_a_tag(
    opening: str, place: str | None, agency: str
) -> None:
    """A wire's bare name at the start of the body is a repost tag, out of the paragraph's text."""
    sentence = "The ministry announced new visa rules on Thursday."
    page = f"Visa Rules Announced\n\n{opening}{sentence}\n"
    assert parse(page).repost is None
    readout = parse(page, vocabulary=Vocabulary(repost_agencies=["Korea.net"]))
    assert readout.repost is not None
    assert (readout.repost.place, readout.repost.agency) == (place, agency)
    assert readout.paragraphs[0].text == sentence


def test_a_user_phrase_moves_a_built_in_phrase_to_another_kind() -> None:
    """A phrase the tables give one kind takes the kind the user gives it."""
    page = "News\n\nVisa Office Opens Saturdays\n\n1. The office opens on Saturdays.\n"
    assert parse(page).section == "News"
    readout = parse(page, vocabulary=Vocabulary(navigation=["news"]))
    assert (readout.section, _kinds(readout)[0]) == (None, "navigation")
    assert parse(
        "Home\n\nTalks\n\n1. They met.\n", vocabulary=Vocabulary(sections=["HOME"])
    ).section


def test_a_user_phrase_takes_a_body_ender_out_of_its_table() -> None:
    """A built-in trailer heading given another kind no longer ends the body."""
    page = "Talks\n\n1. They met in Seoul.\n\nContact\n\n2. They agreed to meet again.\n"
    assert len(parse(page).paragraphs) == 1
    assert len(parse(page, vocabulary=Vocabulary(navigation=["Contact"])).paragraphs) == 2


# --- the default parse is unchanged -----------------------------------------------------------

EXAMPLES: Final = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_no_vocabulary_and_an_empty_one_parse_as_before(path: Path) -> None:
    """``None`` and a vocabulary without a word use the built-in rule set itself."""
    text = path.read_text(encoding="utf-8")
    assert parse(text) == parse(text, vocabulary=None) == parse(text, vocabulary=Vocabulary())
    assert rules_for(None) is rules_for(Vocabulary()) is DEFAULT_RULES


def test_a_vocabulary_changes_only_the_lines_it_names() -> None:
    """Words of another site leave a page that holds none of them as it was."""
    text = EXAMPLES[0].read_text(encoding="utf-8")
    vocabulary = Vocabulary(navigation=["Consulate general in Vinland"], date_labels=["Released"])
    assert parse(text, vocabulary=vocabulary) == parse(text)


def test_rule_sets_are_built_once_per_value() -> None:
    """Equal vocabularies share one rule set; its dispatch memo is its own."""
    first = rules_for(Vocabulary(pager=["To the top"]))
    assert first is rules_for(Vocabulary(pager=("To the top",)))
    assert first is not DEFAULT_RULES
    assert first.plans is not DEFAULT_RULES.plans


def test_the_remembered_rule_sets_are_bounded() -> None:
    """A program that makes a vocabulary per page does not keep a rule set per page."""
    from readoutparse._classify import _RULE_SETS, _RULE_SETS_MAX  # noqa: PLC0415

    for i in range(_RULE_SETS_MAX + 5):
        rules_for(Vocabulary(pager=[f"page {i}"]))
    assert len(_RULE_SETS) == _RULE_SETS_MAX


# --- the value: checks, errors, pickling -------------------------------------------------------


def test_lists_become_tuples_and_the_value_is_hashable_and_picklable() -> None:
    """A vocabulary is a frozen value: lists in, tuples kept, equal by value, picklable."""
    vocabulary = Vocabulary(pager=["To the top"], date_labels=iter(["Released"]))
    assert vocabulary.pager == ("To the top",)
    assert vocabulary.date_labels == ("Released",)
    assert pickle.loads(pickle.dumps(vocabulary)) == vocabulary  # noqa: S301 - our own data
    assert copy.deepcopy(vocabulary) == vocabulary
    assert hash(vocabulary) == hash(Vocabulary(pager=("To the top",), date_labels=("Released",)))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        vocabulary.pager = ()  # type: ignore[misc]
    assert bool(vocabulary)
    assert not Vocabulary()


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"pager": "To the top"}, TypeError, "Vocabulary.pager takes a list of strings, not str; "),
        ({"pager": 42}, TypeError, "Vocabulary.pager takes a list of strings, not int"),
        ({"pager": b"top"}, TypeError, "Vocabulary.pager takes a list of strings, not bytes"),
        ({"footer": ["ok", 3]}, TypeError, r"Vocabulary.footer\[1\] must be a str, not int"),
        ({"sections": ["  •  "]}, ValueError, r"Vocabulary.sections\[0\] '  •  ' has no letter"),
        ({"navigation": ["a\nb"]}, ValueError, r"navigation\[0\] 'a\\nb' holds a line break"),
        ({"toolbar": ["x" * (SHORT_LINE_CHARS + 1)]}, ValueError, "is longer than the 200"),
        ({"date_labels": ["(Posted)"]}, ValueError, "must start with a letter or digit"),
        (
            {"pager": ["To the top"], "navigation": ["• to the TOP:"]},
            ValueError,
            "Vocabulary: 'to the top' is in both navigation and pager; give it one kind",
        ),
    ],
)
def test_bad_words_are_refused_with_the_field_named(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    """Each check names the field, the entry and what is wrong with it."""
    with pytest.raises(error, match=message):
        Vocabulary(**kwargs)  # type: ignore[arg-type]


def test_parse_refuses_a_vocabulary_of_another_type() -> None:
    """A dict of words is not taken for a vocabulary: the error says what to pass."""
    with pytest.raises(TypeError, match=r"vocabulary must be a readoutparse\.Vocabulary or None"):
        parse("Talks", vocabulary={"pager": ["List"]})  # type: ignore[arg-type]


# --- TOML --------------------------------------------------------------------------------------

TOML: Final = """
# The consulate in Vinland (www.example-consulate.vl).
navigation = ["Consulate General in Vinland"]
pager = ["To the top"]
date_labels = ["Released"]
"""


def test_from_toml_reads_text_and_files(tmp_path: Path) -> None:
    """A ``str`` is TOML text; a path is a file (UTF-8, a BOM allowed)."""
    expected = Vocabulary(
        navigation=["Consulate General in Vinland"], pager=["To the top"], date_labels=["Released"]
    )
    assert Vocabulary.from_toml(TOML) == expected
    path = tmp_path / "vinland.toml"
    path.write_text("\ufeff" + TOML, encoding="utf-8")
    assert Vocabulary.from_toml(path) == expected


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ('pagers = ["List"]', ValueError, "<toml>: unknown key 'pagers'; the keys are navigation"),
        ('pager = "List"', TypeError, "<toml>: pager must be an array of strings, not str"),
        ("pager = [1]", TypeError, r"<toml>: Vocabulary.pager\[0\] must be a str, not int"),
        ('pager = ["•"]', ValueError, r"<toml>: Vocabulary.pager\[0\] '•' has no letter"),
        ("pager = [", ValueError, "<toml>: not valid TOML: "),
        ("vinland.toml", ValueError, "to read a file, pass a pathlib.Path$"),
    ],
)
def test_from_toml_errors_name_the_source_and_the_key(
    text: str, error: type[Exception], message: str
) -> None:
    """Unknown keys, wrong types, bad words and bad TOML are errors naming where they are."""
    with pytest.raises(error, match=message):
        Vocabulary.from_toml(text)


def test_from_toml_errors_name_the_file(tmp_path: Path) -> None:
    """The file's name leads the message; a missing file is an ``OSError``."""
    path = tmp_path / "site.toml"
    path.write_text('footer = ["ok", ""]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(f"{path}: Vocabulary.footer[1] '' has no")):
        Vocabulary.from_toml(path)
    with pytest.raises(FileNotFoundError):
        Vocabulary.from_toml(tmp_path / "missing.toml")
    with pytest.raises(TypeError, match="from_toml\\(\\) takes a path"):
        Vocabulary.from_toml(b"pager = []")  # type: ignore[arg-type]


# --- a user's word is read wherever a built-in word of its table is ---------------------------

# Words no table holds: 'zq' and consonants (no vowel, so no English or table word, no month).
USER_WORD: Final = st.from_regex(r"zq[bcdfghjklmnprstvwx]{1,6}", fullmatch=True)
USER_PHRASE: Final = st.lists(USER_WORD, min_size=1, max_size=3).map(" ".join)

# Each phrase field and the built-in table it extends. A built-in footer phrase that also
# ends the body is left out of the footers: the user's footer does not end the body.
PHRASE_TABLES: Final[dict[str, frozenset[str]]] = {
    "navigation": _phrases.SKIP_LINKS,
    "toolbar": _phrases.TOOLBAR_PHRASES,
    "loading": _phrases.LOADING_PHRASES,
    "pager": _phrases.PAGER_PHRASES,
    "footer": _phrases.FOOTER_PHRASES - _phrases.BODY_ENDERS,
    "body_enders": _phrases.BODY_ENDERS,
    "sections": _phrases.SECTION_PHRASES,
}
PUBLICATION_LABELS: Final = tuple(
    label for label in _dates.DATE_LABELS if not _dates.is_modified_label(label)
)
CASES: Final[tuple[Callable[[str], str], ...]] = (str, str.upper, str.lower, str.title)


@st.composite
def built_in_and_user_phrase(draw: st.DrawFn) -> tuple[str, str, str]:
    """A phrase field, one of its built-in phrases, and a phrase of the user's."""
    field = draw(st.sampled_from(sorted(PHRASE_TABLES)))
    return field, draw(st.sampled_from(sorted(PHRASE_TABLES[field]))), draw(USER_PHRASE)


def _outcome(item: Classified) -> tuple[object, ...]:
    date = None if item.date is None else item.date.value
    return item.shape, item.chrome, item.marker, item.number, date


@given(
    built_in_and_user_phrase(),
    st.sampled_from(("", "• ", "- ", "* ", "> ", "  ")),
    st.sampled_from(("", ":", " :", " |", " 상세보기")),
    st.sampled_from(CASES),
)
def test_a_user_phrase_classifies_as_a_built_in_phrase_of_its_table(
    drawn: tuple[str, str, str], lead: str, tail: str, case: Callable[[str], str]
) -> None:
    """On a line of its own, with the same bullets, colon, case and suffix around it."""
    field, built_in, user = drawn
    assume(tail != " 상세보기" or field == "sections")  # the suffix is the sections' only
    rules = rules_for(Vocabulary(**{field: [user]}))
    expected = DEFAULT_RULES.classify(_line(case(lead + built_in + tail).strip()))
    assert _outcome(expected) == _outcome(rules.classify(_line(case(lead + user + tail).strip())))


@given(
    st.sampled_from(PUBLICATION_LABELS),
    USER_PHRASE,
    st.sampled_from(("", "• ", "- ", "  ")),
    st.sampled_from(("", ":", " :", " ", " : ")),
    st.sampled_from(("", "2024-02-29", "29 February 2024", "2024년 2월 29일 10:00")),
    st.sampled_from(CASES),
)
def test_a_user_date_label_classifies_as_a_built_in_one(  # noqa: PLR0913, PLR0917 - the drawn parts
    built_in: str, user: str, lead: str, colon: str, value: str, case: Callable[[str], str]
) -> None:
    """A label and its value, or the label alone, read the same with either label."""
    rules = rules_for(Vocabulary(date_labels=[user]))
    expected = DEFAULT_RULES.classify(_line(case(lead + built_in + colon + value).strip()))
    found = rules.classify(_line(case(lead + user + colon + value).strip()))
    assert _outcome(expected) == _outcome(found)
    assert expected.modified == found.modified


PAGE: Final = (
    "{0}\n\nTalks Held on Fisheries Cooperation\n\n{1}\n\nDATE\n2024-02-29\n\n{2}\n\n"
    "1. The two sides met in Seoul and discussed fisheries cooperation at length.\n\n{3}\n\n"
    "2. They agreed to meet again next year in Busan.\n\n{4}\n"
)


def _page_with(phrase: str, where: int) -> str:
    return PAGE.format(*(phrase if i == where else "" for i in range(5)))


@given(built_in_and_user_phrase(), st.integers(0, 4), st.sampled_from(CASES))
def test_a_user_phrase_reads_as_a_built_in_one_anywhere_on_a_page(
    drawn: tuple[str, str, str], where: int, case: Callable[[str], str]
) -> None:
    """Head, between the title and the date, in the body, after it: every line's kind is the same.

    So the phases read a user's word where they read the built-in words of its
    table (the body's end, the section, the wrapped lines), not only the classifier.
    A built-in section name that is also a label of what the page is (``보도설명자료``,
    ``News release``: ``DOCUMENT_TYPE_LABELS``) is left out: such a label is the section
    only above the headline, a rule of that second table, which no field of a
    vocabulary extends (a user's ``document_types`` are metadata wherever they stand).
    """
    field, built_in, user = drawn
    assume(field != "sections" or not is_document_type(built_in))
    with_built_in = parse(_page_with(case(built_in), where))
    with_user = parse(_page_with(case(user), where), vocabulary=Vocabulary(**{field: [user]}))
    assert _kinds(with_built_in) == _kinds(with_user)
    assert len(with_built_in.paragraphs) == len(with_user.paragraphs)
    assert (with_built_in.section is None) == (with_user.section is None)


@given(st.sampled_from(sorted(_phrases.MENU_WORDS)), USER_WORD, st.sampled_from(CASES))
def test_a_user_menu_word_reads_as_a_built_in_one(
    built_in: str, user: str, case: Callable[[str], str]
) -> None:
    """A numbered head line holding a menu word is navigation, whichever table the word is in."""
    page = (
        "  1. {}\n  2. Press Releases\n\nTalks Held\n\nDATE\n2024-02-29\n\n1. They met in Seoul.\n"
    )
    with_built_in = parse(page.format(case(built_in)))
    with_user = parse(page.format(case(user)), vocabulary=Vocabulary(menu_words=[user]))
    assert _kinds(with_built_in) == _kinds(with_user)
    assert _kinds(with_user)[:2] == ["navigation", "navigation"]


@given(st.sampled_from(PUBLICATION_LABELS), USER_PHRASE, st.booleans())
def test_a_user_date_label_reads_as_a_built_in_one_on_a_page(
    built_in: str,
    user: str,
    same_line: bool,  # noqa: FBT001 - drawn
) -> None:
    """The date header, with its value on the label's line or the next, gives the page's date."""
    header = "{} : 2024-02-29" if same_line else "{}\n2024-02-29"
    page = "Talks Held on Fisheries\n\n" + header + "\n\n1. They met in Seoul.\n"
    with_built_in = parse(page.format(built_in))
    with_user = parse(page.format(user), vocabulary=Vocabulary(date_labels=[user]))
    assert (_kinds(with_built_in), with_built_in.date) == (_kinds(with_user), with_user.date)
    assert with_user.date == dt.date(2024, 2, 29)


# --- every gate is worked out from its table ---------------------------------------------------

# Labels as users may write them: any letters, digits, spaces and the odd mark, case and all.
LABEL: Final = st.text(
    st.characters(categories=("L", "N", "Zs", "Pd", "Po"), exclude_characters="\x85"),
    min_size=1,
    max_size=12,
).filter(lambda label: (date_label_word(label)[:1] or "•").isalnum())


def _tables_gates(tables: Tables) -> dict[str, frozenset[str]]:
    """The initials each label rule's gate lets through, as the table says they must be."""
    return {"date_label": initials(tables.date_labels)}


@given(st.lists(LABEL, max_size=4))
def test_every_table_gate_is_the_table_s_initials(labels: list[str]) -> None:
    """A rule set's date-label gate is the initials of its label table, built-in and user words.

    No gate is kept beside its table: adding a label to the table is adding it to the gate.
    """
    tables = DEFAULT_TABLES.extended(Vocabulary(date_labels=labels))
    rules = {rule.name: rule for rule in RuleSet(tables).rules}
    for name, expected in _tables_gates(tables).items():
        gate = rules[name].gate.initial
        assert gate is not None
        assert gate.__self__ == expected  # type: ignore[attr-defined]
    assert {date_label_word(label).casefold() for label in labels} <= {
        label.casefold() for label in tables.date_labels
    }


def test_the_built_in_gates_are_those_of_the_built_in_tables() -> None:
    """The default rule set's gates are the built-in tables' initials; the months' gate too."""
    rules = {rule.name: rule for rule in DEFAULT_RULES.rules}
    assert [rule.name for rule in rule_table(DEFAULT_TABLES)] == list(rules)
    for name, expected in _tables_gates(DEFAULT_TABLES).items():
        gate = rules[name].gate.initial
        assert gate is not None
        assert gate.__self__ == expected == initials(_dates.DATE_LABELS)  # type: ignore[attr-defined]
    assert frozenset(name[:3] for name in _dates.MONTH_NAMES) == _dates._MONTH_PREFIXES  # noqa: SLF001


def _classify_by_loop(rules: RuleSet, line: SourceLine) -> Classified:
    """Every rule of ``rules`` in order, without the dispatch: what ``classify`` must equal."""
    folded = " ".join(line.text.split())
    for rule in rules.rules:
        if rule.max_chars is None or len(line.text) <= SHORT_LINE_CHARS:
            found = rule.match(line, folded if rule.max_chars is not None else line.text)
            if found is not None:
                return found
    return Classified(line, Shape.TEXT)


@given(st.data(), st.lists(LABEL, min_size=1, max_size=3))
def test_the_dispatch_lets_every_user_label_reach_its_rule(
    data: st.DataObject, labels: list[str]
) -> None:
    """Every line a user's label pattern matches is classified as trying every rule does.

    The lines are drawn from the rule set's own pattern, so a gate narrower than its
    table (a label's initial left out of it) would be caught here.
    """
    rules = rules_for(Vocabulary(date_labels=labels))
    source = _dates.date_label_source(rules.tables.date_labels)
    pattern = re.compile(source.replace("(?xi)", "(?xi)(?:", 1) + ")(?:2024-02-29)?")
    text = fold(data.draw(st.from_regex(pattern, fullmatch=True)))
    if text:
        line = _line(text)
        assert _outcome(rules.classify(line)) == _outcome(_classify_by_loop(rules, line))


@given(built_in_and_user_phrase(), st.text(max_size=12))
def test_the_dispatch_equals_the_rule_loop_with_user_phrases(
    drawn: tuple[str, str, str], tail: str
) -> None:
    """With a user's phrases, too, the dispatch tries the rules the plain loop would."""
    field, _, user = drawn
    rules = rules_for(Vocabulary(**{field: [user]}))
    text = fold(user + tail)
    if text:
        line = _line(text)
        assert _outcome(rules.classify(line)) == _outcome(_classify_by_loop(rules, line))


def test_phrase_keys_are_those_the_rules_look_up() -> None:
    """A user's phrase is stored under the key a line is looked up by."""
    tables = DEFAULT_TABLES.extended(Vocabulary(pager=["  • To   the TOP :"]))
    assert tables.phrase_kinds[chrome_key(fold("To the top"))] is LineKind.PAGER


def test_a_built_in_label_given_again_leaves_the_built_in_pattern() -> None:
    """A user's label that the table already holds (case dropped) adds nothing to it."""
    tables = DEFAULT_TABLES.extended(Vocabulary(date_labels=["DATE", "• Posted on :"]))
    assert tables.date_labels == _dates.DATE_LABELS
    assert tables.date_label_re() is _dates.DATE_LABEL_RE


# --- the other entry points --------------------------------------------------------------------

VINLAND: Final = Vocabulary(pager=["To the top"], date_labels=["Released"])
VINLAND_PAGE: Final = (
    "Visa Office Opens Saturdays\n\nReleased: 2024-05-02\n\n1. The office opens on Saturdays.\n\n"
    "To the top\n"
)


def test_parse_bytes_takes_a_vocabulary() -> None:
    """Decoded bytes are parsed with the vocabulary, as text is."""
    readout = parse_bytes(VINLAND_PAGE.encode("cp949"), vocabulary=VINLAND)
    assert readout == parse(VINLAND_PAGE, vocabulary=VINLAND)
    assert readout.date == dt.date(2024, 5, 2)


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_sends_the_vocabulary_to_its_workers(workers: int, tmp_path: Path) -> None:
    """Text, bytes and files, in this process or in a pool, are parsed with the vocabulary."""
    path = tmp_path / "page.txt"
    path.write_text(VINLAND_PAGE, encoding="utf-8")
    pages: list[str | bytes | Path] = [VINLAND_PAGE, VINLAND_PAGE.encode(), path]
    results = list(parse_many(pages, workers=workers, chunksize=1, vocabulary=VINLAND))
    assert [result.unwrap() for result in results] == [parse(VINLAND_PAGE, vocabulary=VINLAND)] * 3


def test_parse_many_refuses_a_vocabulary_of_another_type_before_any_work() -> None:
    """The check is made by the call, not per page."""
    with pytest.raises(TypeError, match=r"vocabulary must be a readoutparse\.Vocabulary"):
        parse_many([VINLAND_PAGE], vocabulary=["To the top"])  # type: ignore[arg-type]
