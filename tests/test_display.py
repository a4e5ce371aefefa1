"""Reprs stay short and the notebook display escapes what it shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

from readoutparse import Line, LineKind, Paragraph, ParseWarning, Readout, Span, Subpoint, parse
from readoutparse.strategies import readouts

ROOT = Path(__file__).parent.parent
SEED = ROOT / "examples" / "2024-02-29-rok-us-fm-washington.txt"
PAGE = "Talks <b>held</b>\n\n1. The two sides met.\n - On <i>trade</i>.\n\n3. Left & gone.\n"
REPR_LIMIT = 300


def test_the_seed_page_prints_as_one_short_line() -> None:
    """repr(parse(seed)): title, date, section, counts and warning codes, far under 300 chars."""
    shown = repr(parse(SEED.read_text(encoding="utf-8")))
    assert (
        "<Readout title='Outcome of ROK-U.S. Foreign Ministers’ Meeting' date=2024-02-29 "
        "section='Bilateral Relations' paragraphs=5 lines=15 warnings=[]>"
    ) == shown


def test_paragraph_and_subpoint_reprs_cut_the_text_and_count_subpoints() -> None:
    """A paragraph shows 60 characters of its text, then ``…``; subpoints are counted."""
    seed = parse(SEED.read_text(encoding="utf-8"))
    page = parse(PAGE)
    assert [
        (
            "<Paragraph number=1 marker='1.' text='During his visit to the United States, "
            "Minister of Foreign A'… subpoints=0 span=197:765>"
        ),
        "<Paragraph number=1 marker='1.' text='The two sides met.' subpoints=1 span=19:40>",
        "<Subpoint marker='-' text='On <i>trade</i>.' subpoints=0 span=42:60>",
    ] == [repr(seed.paragraphs[0]), repr(page.paragraphs[0]), repr(page.paragraphs[0].subpoints[0])]


def test_repeated_and_many_warning_codes_are_summarised() -> None:
    """Codes appear once each, in order, with a count when repeated; past four, ``…``."""
    codes = ["RP203", "RP101", "RP203", "RP301", "RP102", "RP201", "RP203"]
    warnings = tuple(ParseWarning(code=code, message="m", line=1, column=1) for code in codes)
    readout = Readout(title=None, date=None, section=None, warnings=warnings)
    assert (
        "<Readout title=None date=None section=None paragraphs=0 lines=0 "
        "warnings=[RP203×3, RP101, RP301, RP102, …]>"
    ) == repr(readout)


def test_a_long_title_is_cut() -> None:
    """A title longer than 72 characters shows its first 72, then ``…``."""
    readout = Readout(title="x" * 1000, date=dt.date(2024, 2, 29), section="s" * 50)
    assert (
        f"<Readout title='{'x' * 72}'… date=2024-02-29 section='{'s' * 32}'… "
        "paragraphs=0 lines=0 warnings=[]>"
    ) == repr(readout)


def test_a_title_of_escaped_characters_is_cut_too() -> None:
    r"""Characters that repr escapes (``\x00``) count as what they print."""
    readout = Readout(title="\x00" * 100, date=None, section=None)
    escaped = "\\x00" * 18
    assert (
        f"<Readout title='{escaped}'… date=None section=None paragraphs=0 lines=0 warnings=[]>"
    ) == repr(readout)


WARNINGS = st.builds(
    ParseWarning,
    code=st.text(max_size=30),
    message=st.text(max_size=30),
    line=st.integers(1, 10**9),
    column=st.integers(1, 10**9),
)


@given(
    readouts(),
    st.none() | st.text(max_size=400),
    st.none() | st.text(max_size=400),
    st.lists(WARNINGS, max_size=40).map(tuple),
)
def test_any_readout_prints_in_under_300_characters(
    readout: Readout, title: str | None, section: str | None, warnings: tuple[ParseWarning, ...]
) -> None:
    """Whatever the title, section and warnings hold, the repr stays under 300 characters."""
    readout = attrs.evolve(readout, title=title, section=section, warnings=warnings)
    shown = repr(readout)
    assert (True, True) == (shown.startswith("<Readout title="), len(shown) < REPR_LIMIT)


def test_small_values_keep_their_full_reprs() -> None:
    """Span, Line and ParseWarning are small: their reprs show every field."""
    assert [
        "Span(start=0, end=8)",
        "Line(kind=<LineKind.TITLE: 'title'>, span=Span(start=0, end=5), lineno=1)",
        "ParseWarning(code='RP101', message='no title found', line=1, column=1)",
    ] == [
        repr(Span(0, 8)),
        repr(Line(kind=LineKind.TITLE, span=Span(0, 5), lineno=1)),
        repr(ParseWarning(code="RP101", message="no title found", line=1, column=1)),
    ]


# --- notebooks ------------------------------------------------------------------------------------


def test_html_display_shows_fields_warnings_and_body_escaped() -> None:
    """_repr_html_ gives the title, a table of fields, the warnings and the nested body."""
    assert (
        '<div class="readoutparse-readout"><strong>Talks &lt;b&gt;held&lt;/b&gt;</strong>'
        "<table><tr><th>date</th><td></td></tr><tr><th>section</th><td></td></tr>"
        "<tr><th>paragraphs</th><td>2</td></tr><tr><th>lines</th><td>4</td></tr></table>"
        "<p>warnings:</p><ul><li>6:1: RP203 numbered paragraph out of order: expected 2, "
        'found 3</li></ul><ul style="list-style: none"><li><code>1.</code> The two sides met.'
        '<ul style="list-style: none"><li><code>-</code> On &lt;i&gt;trade&lt;/i&gt;.</li></ul>'
        "</li><li><code>3.</code> Left &amp; gone.</li></ul></div>"
    ) == parse(PAGE)._repr_html_()


def test_html_display_escapes_a_script_in_the_title() -> None:
    """A ``<script>`` in a title (or anywhere) is shown as text, never run by the notebook."""
    readout = parse('<script>alert("x")</script>\n\nDATE\n2024-02-29\n\n1. Met & left.\n')
    shown = readout._repr_html_()
    assert (False, True, True) == (
        "<script" in shown,
        "<strong>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</strong>" in shown,
        "<td>2024-02-29</td>" in shown,
    )


def test_html_display_of_a_readout_without_title_says_so() -> None:
    """No title is shown as such, not as an empty heading."""
    assert (
        parse("")
        ._repr_html_()
        .startswith('<div class="readoutparse-readout"><strong><em>no title</em></strong><table>')
    )


def test_html_display_of_a_very_deep_readout_does_not_recurse() -> None:
    """A readout built 10,000 levels deep by hand still displays: the walk uses a stack."""
    subpoints: tuple[Subpoint, ...] = ()
    for _ in range(10_000):
        subpoints = (Subpoint(marker="-", text="x", subpoints=subpoints, span=Span(0, 1)),)
    paragraph = Paragraph(number=None, marker=None, text="p", subpoints=subpoints, span=Span(0, 1))
    readout = Readout(title=None, date=None, section=None, paragraphs=(paragraph,))
    shown = readout._repr_html_()
    assert (
        10_001,
        10_001,
        "<Readout title=None date=None section=None paragraphs=1 lines=0 warnings=[]>",
    ) == (shown.count("<ul style"), shown.count("</ul>"), repr(readout))
