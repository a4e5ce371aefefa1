"""The public model: serialization, structure, rendering, pickling, hashing, immutability."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import attrs
import pytest

from readoutparse import (
    SCHEMA_VERSION,
    Line,
    LineKind,
    Lines,
    Paragraph,
    ParseWarning,
    Readout,
    Span,
    Subpoint,
    _render,
    parse,
)

ROOT = Path(__file__).parent.parent
SEEDS = sorted((ROOT / "examples").glob("*.txt"))
SEED = ROOT / "examples" / "2024-02-29-rok-us-fm-washington.txt"
NESTED = (
    "Press Releases\n\nTalks held\n\nDATE\n2024-02-29\n\n1. The two sides met.\n\n"
    "O First point.\n\n- Detail.\n\n2. They left.\n"
)


def _seed_id(path: Path) -> str:
    return path.stem


@pytest.fixture
def readout() -> Readout:
    """A readout with a date, a section, nested subpoints, lines and a warning."""
    return parse(NESTED + "\n4. Out of order.\n")


# --- Span, Line, ParseWarning ---------------------------------------------------------------------


def test_span_json_form_round_trips() -> None:
    """A span is ``[start, end]`` in JSON and comes back equal, from a list or a tuple."""
    span = Span(3, 8)
    assert ([3, 8], span, span) == (span.to_list(), Span.from_list([3, 8]), Span.from_list((3, 8)))


def test_spans_order_by_start_then_end() -> None:
    """Spans sort by position."""
    assert [Span(0, 1), Span(0, 2), Span(1, 1)] == sorted([Span(1, 1), Span(0, 2), Span(0, 1)])


def test_line_round_trips_through_its_dict() -> None:
    """A line's dict names its kind by value, and from_dict rebuilds it."""
    line = Line(kind=LineKind.DUPLICATE_TITLE, span=Span(0, 5), lineno=2)
    assert ({"kind": "duplicate_title", "span": [0, 5], "lineno": 2}, line) == (
        line.to_dict(),
        Line.from_dict(line.to_dict()),
    )


def test_parse_warning_string_and_dict() -> None:
    """A warning prints as ``line:column: code message`` and round-trips through its dict."""
    warning = ParseWarning(code="RP101", message="no title found", line=1, column=1)
    assert ("1:1: RP101 no title found", warning) == (
        str(warning),
        ParseWarning.from_dict(warning.to_dict()),
    )


# --- to_dict / from_dict / to_json ----------------------------------------------------------------


def test_to_dict_has_the_schema(readout: Readout) -> None:
    """to_dict gives the schema version, ISO date, spans as lists, lines and warnings."""
    data = readout.to_dict()
    detail = NESTED.index("- Detail.")
    assert (
        SCHEMA_VERSION,
        "2024-02-29",
        "Press Releases",
        "Talks held",
        [0, 14],
        {"marker": "-", "text": "Detail.", "subpoints": [], "span": [detail, detail + 9]},
        {
            "code": "RP203",
            "message": "numbered paragraph out of order: expected 3, found 4",
            "line": 16,
            "column": 1,
        },
    ) == (
        data["schema_version"],
        data["date"],
        data["section"],
        data["title"],
        data["section_span"],
        data["paragraphs"][0]["subpoints"][0]["subpoints"][0],
        data["warnings"][0],
    )


def test_to_dict_from_dict_round_trip(readout: Readout) -> None:
    """from_dict(to_dict()) gives back an equal readout."""
    assert readout == Readout.from_dict(readout.to_dict())


def test_to_json_round_trip(readout: Readout) -> None:
    """to_json is the dict as JSON, and from_dict of the loaded JSON gives an equal readout."""
    text = readout.to_json()
    assert (readout.to_dict(), readout) == (json.loads(text), Readout.from_dict(json.loads(text)))


def test_to_json_writes_korean_as_korean() -> None:
    """to_json writes non-ASCII characters as themselves, so a Korean title reads as Korean."""
    text = parse("회담 결과 – 서울\n\n□ 양국은 만났다.\n").to_json()
    assert ('"title": "회담 결과 – 서울"', "회담 결과 – 서울") == (
        text.split(", ")[1],
        json.loads(text)["title"],
    )


def test_to_json_escapes_lone_surrogates_only() -> None:
    """A lone surrogate is escaped, so the text always encodes as UTF-8 and reads back the same."""
    text = parse("회담\ud800\n\n□ 양국은 만났다.\n").to_json()
    assert ('"title": "회담\\ud800"', "회담\ud800", 1) == (
        text.split(", ")[1],
        json.loads(text.encode("utf-8"))["title"],
        text.count("\\u"),
    )


def test_to_json_indent() -> None:
    """to_json(indent=2) pretty-prints."""
    assert parse("Talks\n\n1. Met.\n").to_json(indent=2).startswith('{\n  "schema_version": 2,')


@pytest.mark.parametrize("indent", [0, 2, 4])
def test_to_json_indent_keeps_each_span_on_one_line(indent: int) -> None:
    """Indented, the seed page's spans are ``[start, end]`` lines; the JSON reads back the same."""
    readout = parse(SEED.read_text(encoding="utf-8"))
    text = readout.to_json(indent=indent)
    lines = text.splitlines()
    spans = [line for line in lines if '"span": [' in line]
    assert (len(readout.lines) + len(readout.paragraphs), [], readout.to_dict()) == (
        len(spans),
        [line for line in lines if line.strip(" ,").isdigit()],
        json.loads(text),
    )
    assert f'{" " * indent * 3}"span": [197, 765]' == spans[0]


def test_to_json_indent_leaves_brackets_in_text_alone() -> None:
    """Text that looks like an indented span is a JSON string: its line breaks are escaped."""
    title = "Talks [\n  1,\n  2\n] held"
    readout = Readout(title=title, date=None, section=None, title_span=Span(0, 16))
    assert title == json.loads(readout.to_json(indent=2))["title"]


def test_round_trip_of_a_readout_with_no_date_title_or_section() -> None:
    """None values survive the round trip."""
    empty = parse("")
    assert (empty, None, None) == (
        Readout.from_dict(empty.to_dict()),
        empty.to_dict()["date"],
        empty.to_dict()["title_span"],
    )


@pytest.mark.parametrize("version", [1, 3, 0, None, "2"])
def test_from_dict_rejects_another_schema_version(readout: Readout, version: object) -> None:
    """from_dict refuses a dict of another schema version, naming both versions."""
    data = readout.to_dict()
    data["schema_version"] = version
    with pytest.raises(ValueError, match="unsupported schema_version") as caught:
        Readout.from_dict(data)
    assert f"unsupported schema_version {version!r}; this release reads 2" == str(caught.value)


def test_from_dict_rejects_a_missing_schema_version(readout: Readout) -> None:
    """A dict without schema_version is refused."""
    data = readout.to_dict()
    del data["schema_version"]
    with pytest.raises(ValueError, match=r"^unsupported schema_version None"):
        Readout.from_dict(data)


# --- structure() ----------------------------------------------------------------------------------


def test_structure_is_the_expected_file_shape(readout: Readout) -> None:
    """structure() keeps title, date, section and paragraphs (number, text, subpoints) only."""
    assert {
        "title": "Talks held",
        "date": "2024-02-29",
        "section": "Press Releases",
        "paragraphs": [
            {
                "number": 1,
                "text": "The two sides met.",
                "subpoints": [
                    {
                        "marker": "O",
                        "text": "First point.",
                        "subpoints": [{"marker": "-", "text": "Detail.", "subpoints": []}],
                    }
                ],
            },
            {"number": 2, "text": "They left.", "subpoints": []},
            {"number": 4, "text": "Out of order.", "subpoints": []},
        ],
    } == readout.structure()


@pytest.mark.parametrize("path", SEEDS, ids=_seed_id)
def test_seed_structure_matches_its_expected_file(path: Path) -> None:
    """Each seed page's structure() equals its ``.expected.json``."""
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    assert expected == parse(path.read_text(encoding="utf-8")).structure()


# --- render() -------------------------------------------------------------------------------------


def test_render_gives_canonical_text(readout: Readout) -> None:
    """render() writes section, title, date header and body with nested subpoints indented."""
    assert (
        "Press Releases\n\nTalks held\n\nDATE\n2024-02-29\n\n1. The two sides met.\n"
        "O First point.\n  - Detail.\n\n2. They left.\n\n4. Out of order.\n"
    ) == readout.render()


def test_render_of_unnumbered_and_box_paragraphs() -> None:
    """An unnumbered paragraph renders as its text; a box paragraph keeps its marker."""
    text = (
        "회담 결과\n\n□ 양국 장관은 회담을 가졌다.\n\n"
        "양국은 앞으로도 긴밀히 협력해 나가기로 하였다고 밝혔다.\n"
    )
    expected = (
        "회담 결과\n\n□ 양국 장관은 회담을 가졌다.\n\n"
        "양국은 앞으로도 긴밀히 협력해 나가기로 하였다고 밝혔다.\n"
    )
    assert expected == parse(text).render()


def test_render_without_title_or_section() -> None:
    """With no section and no title, rendering starts at the body."""
    assert "1. The two sides met in Seoul.\n" == parse("1. The two sides met in Seoul.\n").render()


def test_render_writes_a_section_without_a_title_as_a_breadcrumb() -> None:
    """A section no vocabulary names, with no title, is a breadcrumb's leaf: still the section."""
    readout = parse("1. Press\n")
    assert ("HOME > Press\n", "Press", None) == (
        readout.render(),
        parse(readout.render()).section,
        parse(readout.render()).title,
    )


def test_render_writes_a_section_no_breadcrumb_leaf_holds_alone() -> None:
    """A section ending a sentence is written alone, and read back as the block before the title."""
    text = "Consular affairs.\n\nTalks held\n\nDATE\n2024-02-29\n\n1. The sides met.\n"
    readout = parse(text)
    assert (text, "Consular affairs.") == (readout.render(), parse(readout.render()).section)


def test_render_writes_an_untitled_section_no_breadcrumb_holds_as_a_category_line() -> None:
    """With no title for it to stand over, a section alone would be read as the title."""
    readout = parse("Categories: Worn Fe9.\n")
    assert ("Categories: Worn Fe9.\n", "Worn Fe9.", None) == (
        readout.render(),
        readout.section,
        readout.title,
    )
    assert readout.structure() == parse(readout.render()).structure()


def test_render_writes_a_paragraph_that_trails_the_body_as_a_box_item() -> None:
    """A sentence cut short after the last paragraph is written as a ``□`` item.

    As a line of its own it would be trailer (after a blank line, or a short
    line that does not stop mid-phrase); a ``□`` item is body wherever it stands.
    """
    text = "Talks held\n\n1. The two sides met.\nThey agreed to keep in touch on\n"
    readout = parse(text)
    assert [(1, "The two sides met."), (None, "They agreed to keep in touch on")] == [
        (paragraph.number, paragraph.text) for paragraph in readout.paragraphs
    ]
    rendered = "Talks held\n\n1. The two sides met.\n\n□ They agreed to keep in touch on\n"
    assert rendered == readout.render()
    assert readout.structure() == parse(readout.render()).structure()


def test_render_labels_a_title_that_reads_as_prose() -> None:
    """A sentence-like title is written ``Title : …``, or it would open the body."""
    title = "They agreed to meet again soon in Seoul and to keep in touch."
    readout = parse(f"{title}\n\nDATE\n2024-02-29\n\n1. The two sides met.\n")
    assert f"Title : {title}\n\nDATE\n2024-02-29\n\n1. The two sides met.\n" == readout.render()
    assert readout.structure() == parse(readout.render()).structure()


@pytest.mark.parametrize("title", [">", "by t", "press@mofa.go.kr"])
def test_render_labels_a_title_that_reads_as_a_line_beside_a_headline(title: str) -> None:
    """A title only a label gives (``제목``), a byline's or of no word alone, is labelled."""
    readout = parse(f"제목\n{title}\n\n1. The two sides met.\n")
    assert f"Title : {title}\n\n1. The two sides met.\n" == readout.render()
    assert readout.structure() == parse(readout.render()).structure()


def test_render_labels_a_title_that_ends_on_the_end_mark() -> None:
    """A title joined from two lines that ends on ``]끝`` closes the body alone: it is labelled."""
    readout = parse('y              "subpoints": []\n]끝')
    assert 'Title : y "subpoints": [] ]끝\n' == readout.render()
    assert readout.structure() == parse(readout.render()).structure()


def test_render_labels_a_title_that_ends_on_a_credit() -> None:
    """A title ending on a credit after a sentence (``…다/연합``) reads as a closed sentence."""
    readout = parse("  2025년 회의를 열었다/연합\n부서명")
    assert ("2025년 회의를 열었다/연합", "Title : 2025년 회의를 열었다/연합\n") == (
        readout.title,
        readout.render(),
    )
    assert readout.structure() == parse(readout.render()).structure()


def test_render_wraps_a_paragraph_whose_joined_line_ends_on_a_credit() -> None:
    """A paragraph joined over a break (``./`` then ``today``) would, on one line, end on a credit.

    The parser leaves a credit after a sentence (``…했다./연합``) out of the text, so the
    rendering keeps the last word under the line, as the source had it.
    """
    readout = parse("Talks\n\n- The two sides met./\ntoday\n")
    assert readout.paragraphs[0].text == "The two sides met./ today"
    assert readout.render() == "Talks\n\n□ The two sides met./\ntoday\n"
    assert readout.structure() == parse(readout.render()).structure()


def test_render_boxes_a_plain_last_paragraph_that_ends_in_a_colon() -> None:
    """A plain line ending in a colon at the body's end leads in to nothing: a box keeps it."""
    days = "".join(f"□ The two sides met on day {n} and agreed on a plan.\n\n" for n in range(5))
    last = (
        "The ministers met. In the talks they reviewed trade, energy, climate, health and "
        'security cooperation in detail,\n"and they noted the following points:\n'
    )
    readout = parse(f"Talks held\n\n{days}{{\n\n{last}")
    assert readout.paragraphs[-1].text.endswith("points:")
    assert readout.render().endswith(
        "\n\n□ {\n\n□ The ministers met. In the talks they reviewed "
        'trade, energy, climate, health and security cooperation in detail, "and they noted the '
        "following points:\n"
    )
    assert readout.structure() == parse(readout.render()).structure()


def test_render_boxes_a_plain_last_paragraph_that_speaks_of_cookies() -> None:
    """A plain line of cookies at the body's end is the site's notice: a box keeps it body."""
    days = "".join(f"□ The two sides met on day {n} and agreed on a plan.\n\n" for n in range(5))
    readout = parse(f"{days}The ministers also tasted cookies\nand other sweets at the fair.\n")
    assert "The ministers also tasted cookies and other sweets at the fair." == (
        readout.paragraphs[-1].text
    )
    assert readout.render().endswith(
        "\n\n□ The ministers also tasted cookies and other sweets at the fair.\n"
    )
    assert readout.structure() == parse(readout.render()).structure()


def test_render_boxes_every_plain_paragraph_when_its_text_does_not_read_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A last plain paragraph the body's evidence drops, which no rule foresaw, is boxed.

    The rule that foresees it is switched off: the read-back finds it all the same.
    """
    monkeypatch.setattr(_render, "_reads_as_body", lambda _paragraph: True)
    days = "".join(f"□ The two sides met on day {n} and agreed on a plan.\n\n" for n in range(5))
    readout = parse(f"{days}The ministers also tasted cookies\nand other sweets at the fair.\n")
    rendered = readout.render()
    assert rendered.count("□ ") == 6
    assert readout.structure() == parse(rendered).structure()


def test_render_reads_its_boxes_as_written_so_a_second_render_is_the_same() -> None:
    """A paragraph written as a ``□`` item opens the body there, in the head's eyes too.

    ``ok`` after a short numbered paragraph is boxed; the head then sees a body opened
    under ``1. Talks``, so the title stands plain over the date header, in the first
    rendering as in the rendering of what it parses back to.
    """
    paragraphs = (
        Paragraph(number=1, marker="1.", text="Talks", span=Span(0, 0)),
        Paragraph(number=None, marker=None, text="ok", span=Span(0, 0)),
    )
    readout = Readout(
        title="The two sides met today.", date=None, section=None, paragraphs=paragraphs
    )
    rendered = readout.render()
    assert "The two sides met today.\n\nDATE\n\n1. Talks\n\n□ ok\n" == rendered
    again = parse(rendered)
    assert (readout.structure(), rendered) == (again.structure(), again.render())


@pytest.mark.parametrize(
    "text",
    [
        # A prose title (two sentences) over a short numbered first paragraph: plain over the
        # bare date header it is no headline; the label holds it.
        "제목\n칠레tions. Iorld.\n첨부\n1.   :\nC .",
    ],
)
def test_render_labels_a_prose_title_where_plain_it_would_not_read_back(text: str) -> None:
    """Where no box makes the text read back, the labelled title does (found by fuzzing)."""
    readout = parse(text)
    rendered = readout.render()
    again = parse(rendered)
    assert rendered.startswith("Title : ")
    assert (readout.structure(), rendered) == (again.structure(), again.render())


@pytest.mark.parametrize(
    "text",
    [
        # A paragraph broken because on one line it reads as chrome: under the break, the
        # numbered line glued to it would read as the copyright footer. Whole, as in the
        # source, both read back.
        (
            "4. Minists wi/l introdoreign Affairs, Republic of Korea ins 바다소식신문 무단전재 및 "
            "재\udceb\udcb0rea instagram\n3. Ministr<저작권자 © 바다소식신문 무단전재 및 재배포"
            "\udcea\udcb8reign Affa\x10\x00\x00\x00\x00\x00\x00\x00irs,"
        ),
        # A paragraph that alone on one line reads as a social-media link, written with its
        # marker alone over the text: after the first paragraph, the text then reads as
        # navigation. Whole, as in the source, it reads back (found by fuzzing).
        (
            "1. Min \udceff Korea facebook\n0.D55C%uC911%20%uC678%uA"
            + "{" * 36
            + "."
            + "{" * 43
            + 'the point above.", n Affairs REPUBLIC OF IOREA\n1. Meign  Repubㅇlic \udceff Korea '
            "facebook\n0. Mini\x00stry of For20%uD55C%uC911%20%uC678C7A5%u"
            + "\udcff" * 9
            + " Ministry of Foreign Affairs, Repubㅇlic"
        ),
    ],
)
def test_render_writes_lines_whole_where_a_break_would_not_read_back(text: str) -> None:
    """Where no box or label makes the text read back, whole lines do (found by fuzzing)."""
    readout = parse(text)
    rendered = readout.render()
    again = parse(rendered)
    assert (readout.structure(), rendered) == (again.structure(), again.render())
    lines = rendered.splitlines()
    assert all(f"{p.marker} {p.text}" in lines for p in readout.paragraphs)  # each line whole


@pytest.mark.parametrize(
    "text",
    [
        "(Hars/Lee Min)끝",  # a credit's shape, read as text only with the end mark glued on
        # A run of spaces inside the credit keeps it text; the paragraph folds it.
        (
            "ritheeill meet once a yoastaefing\nCho Tai-young, Spokesperson and Deputy Minister "
            "fos a visiting counterpart in t with15, 2025. (Harbour  News/Lee Min)"
        ),
    ],
)
def test_render_boxes_a_paragraph_that_alone_reads_as_a_photo_credit(text: str) -> None:
    """A paragraph ending on a wire photo credit reads back as a ``□`` item (found by fuzzing)."""
    readout = parse(text)
    rendered = readout.render()
    assert rendered.startswith("□ ")
    assert readout.structure() == parse(rendered).structure()


def test_render_writes_a_bom_before_text_that_starts_with_one() -> None:
    """The parser drops one byte-order mark from the first line: a title's own U+FEFF stays."""
    paragraph = Paragraph(number=1, marker="1.", text="The two sides met.", span=Span(0, 0))
    readout = Readout(title="\ufeffTalks held", date=None, section=None, paragraphs=(paragraph,))
    assert "\ufeff\ufeffTalks held\n\n1. The two sides met.\n" == readout.render()
    assert readout.structure() == parse(readout.render()).structure()


def test_render_writes_a_date_header_over_a_short_numbered_first_paragraph_with_no_title() -> None:
    """``1. Opening Statement`` alone is a numbered breadcrumb; under a bare ``DATE`` it is body."""
    paragraphs = (
        Paragraph(number=1, marker="1.", text="Opening Statement", span=Span(0, 0)),
        Paragraph(number=2, marker="2.", text="The two sides met in Seoul.", span=Span(0, 0)),
    )
    readout = Readout(title=None, date=None, section="Press Briefings", paragraphs=paragraphs)
    rendered = "Press Briefings\n\nDATE\n\n1. Opening Statement\n\n2. The two sides met in Seoul.\n"
    assert rendered == readout.render()
    assert readout.structure() == parse(rendered).structure()


def test_render_wraps_a_paragraph_that_names_a_social_media_site_on_one_line() -> None:
    """Joined, the lines read as a numbered link list; wrapped again, they read as the paragraph."""
    text = (
        "1. The second ROK-Italy strategic dialogue was held in Rome on October 2, Jan. 9, 2015\n"
        "article print twitter fac0ebook\n"
    )
    readout = parse(text)
    assert text.replace("\narticle print ", " article print\n") == readout.render()
    assert readout.structure() == parse(readout.render()).structure()


def test_render_boxes_a_first_paragraph_that_opens_with_a_wire_tag() -> None:
    """A tag is read only on an unmarked first paragraph: as a ``□`` item, the text stays whole."""
    said = "South Korea and Mongolia aWASHINGTON, May 20 (Yonhap) -- The two sides met."
    readout = parse(f"Talks held\n\nSEOUL, May 20 (Yonhap) -- {said}\n")
    assert said == readout.paragraphs[0].text
    assert f"Talks held\n\n□ {said}\n" == readout.render()
    assert readout.structure() == parse(readout.render()).structure()


def test_render_of_a_sentence_section_and_title_with_no_body_reads_back() -> None:
    """Head fields that end sentences, with no body under the date header, are not the body."""
    section = "The Minister of State spoke with the Vice Minister on 3 February about trade."
    long = "The Minister of State for the Indo-Pacific spoke with the Korean Vice Foreign " * 2
    for title in ("Both agreed that officials would meet again in Seoul.", "Ministers’ Talks"):
        readout = Readout(title=title, date=dt.date(2025, 2, 4), section=section, paragraphs=())
        assert readout.structure() == parse(readout.render()).structure(), readout.render()
    for over in (section, None):  # a title too long for a label: plain over the date header
        readout = Readout(title=f"{long}Minister.", date=dt.date(2025, 2, 4), section=over)
        assert readout.structure() == parse(readout.render()).structure(), readout.render()


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        (
            (
                "2. The two sides agreed to expand cooperation in aerospace, defence industry and"
                " cultural heritage, and to\n3. 자료.pdf\n- g\n"
            ),
            "3. 자료.pdf",
        ),
        ("※ es between the two countries\n□단 바로가기", "□단 바로가기"),
    ],
)
def test_a_marked_line_that_reads_as_chrome_is_chrome_under_a_line_it_could_wrap_from(
    text: str, chrome: str
) -> None:
    """A marker line read as chrome alone (``3. 자료.pdf``) is chrome wherever it stands.

    Under a line that stops mid-phrase it once went on as a hard wrap and opened an
    element, which its rendering, with no such line above it, could not give back.
    """
    readout = parse(text)
    at = text.index(chrome)
    line = next(line for line in readout.lines if line.span.start == at)
    assert line.kind is not LineKind.PARAGRAPH
    assert all(chrome.rsplit(maxsplit=1)[-1] not in p.text for p in readout.paragraphs)
    assert readout.structure() == parse(readout.render()).structure()


def test_render_wraps_a_paragraph_before_the_words_that_make_it_chrome() -> None:
    """A paragraph that holds a banner phrase early on one line is broken inside the phrase.

    However many words follow the phrase: a break after it leaves the first line chrome.
    The break splits the phrase (``운영중인 공식`` / ``누리집``): Korean text that stops
    with no sentence end at a line's full width reads back as wrapped.
    """
    text = ".\n- tthe previous round of talks\n운영중인 공식 누리집 —\nw r ) t r"
    readout = parse(text)
    rendered = "□ tthe previous round of talks 운영중인 공식\n누리집 — w r ) t r\n"
    assert rendered == readout.render()
    assert readout.structure() == parse(rendered).structure()


def test_render_leaves_whole_a_line_no_break_reads_back() -> None:
    """A paragraph that reads as a link list however it is wrapped is written on one line."""
    text = "twitter " * 10 + "facebook"
    paragraph = Paragraph(number=1, marker="1.", text=text, span=Span(0, 0))
    rendered = Readout(title=None, date=None, section=None, paragraphs=(paragraph,)).render()
    assert f"1. {text}" in rendered.splitlines()


def test_render_tries_a_bounded_number_of_breaks_that_leave_no_chrome_above() -> None:
    """An attachment's name of many words, no break of which reads back, is written on one line.

    Each break leaves a first line that is no chrome, so each is tried, up to the bound.
    """
    text = "자료 " * 10 + "자료.pdf"
    paragraph = Paragraph(number=1, marker="1.", text=text, span=Span(0, 0))
    rendered = Readout(title=None, date=None, section=None, paragraphs=(paragraph,)).render()
    assert f"1. {text}" in rendered.splitlines()


def test_render_wraps_further_back_where_a_wrap_explains_the_break() -> None:
    """An attachment's name whose last breaks all leave ``… .hwp`` alone is broken further back.

    Only a break a wrap explains is tried there: the line stops on ``one`` (mid-phrase), so
    the rest goes on with it, though alone it reads as an attachment. (A ``□`` item is body
    whatever its text reads as: it needs no break.)
    """
    readout = parse(
        "1. The two sides met in Seoul today.\n\n"
        "2. The two sides agreed to publish the\nminutes in one file 1 2 3 4 5 6 7 8 9 .hwp\n"
    )
    rendered = (
        "2. The two sides agreed to publish the minutes in one\nfile 1 2 3 4 5 6 7 8 9 .hwp\n"
    )
    assert rendered in readout.render()
    assert readout.structure() == parse(readout.render()).structure()


def test_render_writes_the_box_alone_over_text_that_a_box_would_make_chrome() -> None:
    """``2024.6.2<저작권자`` is a paragraph where it stands; ``□ 2024.6.2<저작권자`` a footer.

    No break helps a text of one word: the box stands alone on its line, over the text.
    """
    readout = parse(
        "The two sides met in Seoul today.\n2024.6.2<저작권자\nThey agreed to meet again.\n"
    )
    assert "2024.6.2<저작권자" == readout.paragraphs[1].text
    assert "\n\n□\n2024.6.2<저작권자\n\n" in readout.render()
    assert readout.structure() == parse(readout.render()).structure()


def test_render_keeps_a_body_heading_first_as_it_is() -> None:
    """A heading (``I. 모두 발언``) opens the body wherever it stands: no box before it."""
    text = "Talks\n\nI. 모두 발언\n\n1. The two sides met in Seoul today.\n"
    assert text == parse(text).render()


def test_render_writes_a_deep_tree_without_recursion() -> None:
    """A readout nested far deeper than any parse gives renders, one line per level."""
    leaf = Subpoint(marker="-", text="deepest", span=Span(0, 0))
    for depth in range(5_000):
        leaf = Subpoint(marker="-", text=f"level {depth}", subpoints=(leaf,), span=Span(0, 0))
    paragraph = Paragraph(number=1, marker="1.", text="Top.", subpoints=(leaf,), span=Span(0, 0))
    readout = Readout(title=None, date=None, section=None, paragraphs=(paragraph,))
    lines = readout.render()
    assert (5_002, "  " * 5_000 + "- deepest") == (len(lines.splitlines()), lines.splitlines()[-1])
    # Its structure is built without recursion too: 5,001 levels of subpoints under the paragraph.
    level, depth = readout.structure()["paragraphs"][0]["subpoints"], 0
    while level:
        level, depth = level[0]["subpoints"], depth + 1
    assert 5_001 == depth


def test_render_of_an_empty_readout_is_empty() -> None:
    """An empty readout renders as the empty string."""
    assert "" == parse("").render()


@pytest.mark.parametrize("path", SEEDS, ids=_seed_id)
def test_render_is_idempotent_on_the_seed_pages(path: Path) -> None:
    """parse(render(r)).structure() == r.structure() on the seed pages."""
    readout = parse(path.read_text(encoding="utf-8"))
    assert readout.structure() == parse(readout.render()).structure()


def test_render_is_idempotent_on_nested_korean_bodies() -> None:
    """Re-parsing the rendering of a nested Korean body gives the same structure."""
    readout = parse(
        "보도자료\n\n회담 결과\n\n등록일\n2024-02-29\n\n□ 첫째 항목이다.\n  ㅇ 둘째 수준이다.\n"
        "    - 셋째 수준이다.\n      · 넷째 수준이다.\n    ※ 참고 사항이다.\n□ 다음 상자이다.\n"
    )
    assert readout.structure() == parse(readout.render()).structure()


# --- value semantics ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=_seed_id)
def test_readout_pickles(path: Path) -> None:
    """A readout survives pickling unchanged."""
    readout = parse(path.read_text(encoding="utf-8"))
    assert readout == pickle.loads(pickle.dumps(readout))  # noqa: S301 - our own data


def test_equal_readouts_hash_equal() -> None:
    """Two parses of the same page are equal and hash alike, so they dedupe in a set."""
    first, second = parse(NESTED), parse(NESTED)
    assert (first, hash(first), 1) == (second, hash(second), len({first, second}))


def test_different_readouts_compare_unequal() -> None:
    """Readouts compare by value."""
    assert parse(NESTED) != parse(NESTED.replace("They left.", "They stayed."))


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (Span(0, 1), "start"),
        (Line(kind=LineKind.TITLE, span=Span(0, 1), lineno=1), "lineno"),
        (Subpoint(marker="O", text="x", span=Span(0, 1)), "text"),
        (Paragraph(number=1, marker="1.", text="x", span=Span(0, 1)), "number"),
        (Readout(title="t", date=dt.date(2024, 2, 29), section=None), "title"),
        (ParseWarning(code="RP101", message="m", line=1, column=1), "code"),
    ],
)
def test_public_types_are_frozen(value: object, field: str) -> None:
    """Setting a field of any public type raises FrozenInstanceError."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, None)


def test_collections_are_immutable(readout: Readout) -> None:
    """Paragraphs, subpoints and warnings are tuples; lines an immutable ``Lines`` equal to one."""
    assert (tuple, tuple, Lines, tuple) == (
        type(readout.paragraphs),
        type(readout.paragraphs[0].subpoints),
        type(readout.lines),
        type(readout.warnings),
    )
    assert not hasattr(readout.lines, "__setitem__")
    assert readout.lines == tuple(readout.lines)


def test_line_kind_values_are_stable_strings() -> None:
    """Line kinds serialise as the documented lower-case names."""
    assert {
        "title",
        "duplicate_title",
        "date_header",
        "metadata",
        "section",
        "breadcrumb",
        "navigation",
        "toolbar",
        "loading",
        "paragraph",
        "subpoint",
        "continuation",
        "end_mark",
        "signature",
        "attachment",
        "pager",
        "footer",
        "unknown",
    } == {kind.value for kind in LineKind}
