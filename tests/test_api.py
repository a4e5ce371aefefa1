"""The public API: parse(), parse_bytes(), decoding, strict mode and the package's exports."""

from __future__ import annotations

import codecs
import datetime as dt
import pickle
import subprocess
import sys
from typing import Final

import pytest

import readoutparse
from readoutparse import PageDecodeError, ParseError, ParseWarning, Readout, parse, parse_bytes
from readoutparse._decode import decode

PAGE = "Press Releases\n\nTalks held\n\n1. The two sides met.\n"
KOREAN = "보도자료\n\n회담 결과\n\n□ 양국 장관은 회담을 가졌다.\n"


def _summary(text: str) -> tuple[str | None, str | None, list[str]]:
    readout = parse(text)
    return readout.title, readout.section, [p.text for p in readout.paragraphs]


def _bytes_summary(
    data: bytes, encoding: str | None = None
) -> tuple[str | None, str | None, list[str]]:
    readout = parse_bytes(data, encoding=encoding)
    return readout.title, readout.section, [p.text for p in readout.paragraphs]


# --- parse() --------------------------------------------------------------------------------------


def test_parse_returns_title_date_section_and_paragraphs() -> None:
    """The API example of SPEC: title, date, section and numbered paragraphs."""
    readout = parse("Ministry News\n\nTalks held\n\nDATE\n2024-02-29\n\n1. They met.\n")
    assert ("Talks held", dt.date(2024, 2, 29), "Ministry News", 1, "They met.") == (
        readout.title,
        readout.date,
        readout.section,
        readout.paragraphs[0].number,
        readout.paragraphs[0].text,
    )


def test_parse_bytes_names_the_type_and_the_bytes_entry_point() -> None:
    """parse(bytes) raises TypeError naming ``bytes`` and pointing at parse_bytes()."""
    with pytest.raises(TypeError) as caught:
        parse(b"Talks")  # type: ignore[arg-type]
    assert (
        "parse() takes str, not bytes; decode it first with readoutparse.parse_bytes(), "
        "which reads UTF-8, UTF-16 with a BOM and the Korean legacy encodings"
    ) == str(caught.value)


def test_parse_bytearray_points_at_the_bytes_entry_point() -> None:
    """A ``bytearray`` is bytes-like too: the message names it and parse_bytes()."""
    with pytest.raises(TypeError, match=r"^parse\(\) takes str, not bytearray; decode it first"):
        parse(bytearray(b"Talks"))  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "name"), [(None, "NoneType"), (1, "int"), (["a"], "list")])
def test_parse_other_types_name_the_type(value: object, name: str) -> None:
    """parse() of a non-str, non-bytes value names the type received."""
    with pytest.raises(TypeError) as caught:
        parse(value)  # type: ignore[arg-type]
    assert f"parse() takes str, not {name}; pass the page's text" == str(caught.value)


def test_parse_is_total_on_odd_strings() -> None:
    """Lone surrogates, control characters and odd breaks give a readout, not an exception."""
    readout = parse("\ud800\x00\u2028\x1c\ufeff\u00a0")
    assert [("RP301", 1, 2)] == [
        (w.code, w.line, w.column) for w in readout.warnings if w.code == "RP301"
    ]


# --- strict mode ----------------------------------------------------------------------------------


def test_strict_raises_parse_error_with_code_line_and_column() -> None:
    """strict=True raises ParseError (a ValueError) carrying the first warning's position."""
    with pytest.raises(ParseError) as caught:
        parse("Talks\n\n1. First.\n\n  3. Third.\n", strict=True)
    error = caught.value
    assert ("RP203", 5, 3, "  3. Third.") == (
        error.code,
        error.line,
        error.column,
        error.source_line,
    )
    assert isinstance(error, ValueError)
    assert (
        ParseWarning(
            code="RP203",
            message="numbered paragraph out of order: expected 2, found 3",
            line=5,
            column=3,
        )
        == error.warning
    )


def test_strict_error_prints_position_source_line_and_caret() -> None:
    """The message is ``line:column: code message``, the source line, and a caret under it."""
    with pytest.raises(ParseError) as caught:
        parse("Talks\n\n1. First.\n\n  3. Third.\n", strict=True)
    assert (
        "5:3: RP203 numbered paragraph out of order: expected 2, found 3\n      3. Third.\n      ^"
    ) == str(caught.value)


def test_strict_error_on_empty_input_has_an_empty_source_line() -> None:
    """Empty input in strict mode: RP101 at 1:1 with an empty source line."""
    with pytest.raises(ParseError) as caught:
        parse("", strict=True)
    assert ("RP101", 1, 1, "", "1:1: RP101 no title found\n    \n    ^") == (
        caught.value.code,
        caught.value.line,
        caught.value.column,
        caught.value.source_line,
        str(caught.value),
    )


def test_strict_error_source_line_with_crlf_endings() -> None:
    """With CRLF endings the source line is the right one, without its line ending."""
    with pytest.raises(ParseError) as caught:
        parse("Talks\r\n\r\nDATE\r\n\r\n1. The sides met.\r\n", strict=True)
    assert ("RP201", 3, "DATE") == (caught.value.code, caught.value.line, caught.value.source_line)


def test_strict_returns_the_readout_when_nothing_is_wrong() -> None:
    """strict=True returns the same readout as the default when there are no warnings."""
    assert parse(PAGE) == parse(PAGE, strict=True)


# --- parse_bytes() --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("utf-8"),
        codecs.BOM_UTF8 + PAGE.encode("utf-8"),
        PAGE.encode("utf-16"),
        codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"),
        PAGE.encode("utf-32"),
        codecs.BOM_UTF32_LE + PAGE.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + PAGE.encode("utf-32-be"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "utf-16-native",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-32-native",
        "utf-32-le-bom",
        "utf-32-be-bom",
    ],
)
def test_parse_bytes_reads_utf8_utf16_and_utf32_with_bom(data: bytes) -> None:
    """UTF-8 with or without BOM, UTF-16 and UTF-32 with a BOM give the same readout as the str."""
    assert _summary(PAGE) == _bytes_summary(data)


def test_parse_bytes_bom_is_not_part_of_the_text() -> None:
    """With a UTF-8 BOM, offsets index the decoded text without the BOM."""
    readout = parse_bytes(codecs.BOM_UTF8 + PAGE.encode("utf-8"))
    assert parse(PAGE) == readout


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr"])
def test_parse_bytes_reads_korean_legacy_encodings(encoding: str) -> None:
    """CP949 and EUC-KR bytes are recognised without being told."""
    assert _summary(KOREAN) == _bytes_summary(KOREAN.encode(encoding))


def test_parse_bytes_with_explicit_encoding() -> None:
    """encoding= is used as given."""
    data = "Talks — held\n\n1. They met.\n".encode("cp1252")
    assert ("Talks — held", None, ["They met."]) == _bytes_summary(data, encoding="cp1252")


@pytest.mark.parametrize("wrap", [bytearray, memoryview])
def test_parse_bytes_takes_bytes_like_objects(wrap: type) -> None:
    """Bytes-like ``bytearray`` and ``memoryview`` are read like bytes."""
    assert _summary(PAGE) == _bytes_summary(wrap(PAGE.encode()))


@pytest.mark.parametrize(("value", "name"), [(None, "NoneType"), (1, "int"), ("text", "str")])
def test_parse_bytes_rejects_non_bytes_naming_the_type(value: object, name: str) -> None:
    """parse_bytes() of a non-bytes value names the type and points at parse()."""
    with pytest.raises(TypeError) as caught:
        parse_bytes(value)  # type: ignore[arg-type]
    assert f"parse_bytes() takes bytes, not {name}; use parse() for str" == str(caught.value)


def test_undecodable_bytes_raise_page_decode_error_naming_the_offset() -> None:
    """Bytes in no known encoding raise PageDecodeError, a UnicodeDecodeError with the offset."""
    with pytest.raises(PageDecodeError) as caught:
        parse_bytes(b"Talks\n\n\xff\xfe\xff text")
    error = caught.value
    assert isinstance(error, UnicodeDecodeError)
    assert (7, ("utf-8", "cp949")) == (error.start, error.tried)
    assert (
        "cannot decode byte b'\\xff' at offset 7: the data is not utf-8 (invalid start byte) "
        "or cp949 (illegal multibyte sequence); pass encoding= if you know it, or errors='replace'"
    ) == str(error)


def test_utf32_le_bom_is_not_read_as_utf16() -> None:
    """``FF FE 00 00`` is UTF-32 LE's mark, not UTF-16 LE's followed by U+0000."""
    data = codecs.BOM_UTF32_LE + "보도자료\n\n회담 결과\n".encode("utf-32-le")
    assert ("회담 결과", "보도자료") == (parse_bytes(data).title, parse_bytes(data).section)


def test_broken_utf32_names_the_offset_in_the_data() -> None:
    """A UTF-32 page cut short names UTF-32 and the offset from the start of the data."""
    with pytest.raises(PageDecodeError) as caught:
        parse_bytes(codecs.BOM_UTF32_BE + b"\x00\x00\x00a\x00\x00")
    assert (8, ("utf-32-be",), "truncated data") == (
        caught.value.start,
        caught.value.tried,
        caught.value.reason,
    )


def test_cp949_failure_is_reported_where_cp949_failed() -> None:
    """A CP949 page with a bad byte names that byte and CP949's reason, not UTF-8's first miss."""
    data = KOREAN.encode("cp949")
    bad = data[:20] + b"\xff" + data[20:]
    with pytest.raises(PageDecodeError) as caught:
        parse_bytes(bad)
    error = caught.value
    assert (20, 21, "cp949", "illegal multibyte sequence") == (
        error.start,
        error.end,
        error.encoding,
        error.reason,
    )
    assert (
        "cannot decode byte b'\\xff' at offset 20: the data is not utf-8 (invalid start byte at "
        "offset 0) or cp949 (illegal multibyte sequence); pass encoding= if you know it, or "
        "errors='replace'"
    ) == str(error)
    assert (
        ("utf-8", 0, 1, "invalid start byte"),
        ("cp949", 20, 21, "illegal multibyte sequence"),
    ) == error.attempts


def test_utf8_failure_is_reported_when_utf8_got_further() -> None:
    """A UTF-8 page with a bad byte near its end names that byte, where UTF-8 failed."""
    data = KOREAN.encode("utf-8") + b"\xff"
    with pytest.raises(PageDecodeError) as caught:
        parse_bytes(data)
    assert (len(data) - 1, "utf-8", "invalid start byte") == (
        caught.value.start,
        caught.value.encoding,
        caught.value.reason,
    )


@pytest.mark.parametrize("encoding", [None, "utf-8"])
@pytest.mark.parametrize("errors", ["ignore", "bogus", "Strict", None])
def test_errors_takes_only_the_documented_values(encoding: str | None, errors: object) -> None:
    """Any ``errors=`` but strict or replace is a ValueError naming both, with a codec or not."""
    with pytest.raises(ValueError, match="errors must be") as caught:
        parse_bytes(PAGE.encode(), encoding=encoding, errors=errors)  # type: ignore[arg-type]
    assert f"errors must be 'strict' or 'replace', not {errors!r}" == str(caught.value)


@pytest.mark.parametrize(
    ("encoding", "reason"),
    [
        ("bogus", "unknown encoding: bogus"),
        ("rot13", "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"),
    ],
)
def test_an_unknown_encoding_is_a_clear_value_error(encoding: str, reason: str) -> None:
    """An encoding Python cannot decode text with is a ValueError naming it and saying why."""
    with pytest.raises(ValueError, match="unknown encoding") as caught:
        parse_bytes(PAGE.encode(), encoding=encoding)
    assert (
        f"unknown encoding {encoding!r} ({reason}); name a text codec such as "
        "'utf-8', 'cp949' or 'utf-16-le'"
    ) == str(caught.value)
    assert not isinstance(caught.value, LookupError)


def test_an_encoding_that_is_no_string_is_a_type_error() -> None:
    """``encoding=`` must be a name."""
    with pytest.raises(TypeError, match="encoding must be a codec name"):
        parse_bytes(PAGE.encode(), encoding=8)  # type: ignore[arg-type]


def test_undecodable_utf16_names_the_offset_in_the_data() -> None:
    """A broken UTF-16 page names the offset counted from the start of the data."""
    data = codecs.BOM_UTF16_LE + b"a\x00b"
    with pytest.raises(PageDecodeError) as caught:
        parse_bytes(data)
    assert (4, ("utf-16-le",)) == (caught.value.start, caught.value.tried)


def test_undecodable_utf8_with_bom_names_the_offset_in_the_data() -> None:
    """A bad byte after a UTF-8 BOM is named at its offset in the data passed in."""
    with pytest.raises(PageDecodeError) as caught:
        parse_bytes(codecs.BOM_UTF8 + b"ab\xff")
    assert (5, "cannot decode byte b'\\xff' at offset 5") == (
        caught.value.start,
        str(caught.value).split(":", maxsplit=1)[0],
    )


def test_explicit_encoding_that_does_not_fit_raises_page_decode_error() -> None:
    """encoding= that does not fit raises PageDecodeError naming that encoding only."""
    with pytest.raises(PageDecodeError) as caught:
        parse_bytes(b"ab\xff", encoding="utf-8")
    assert (2, ("utf-8",)) == (caught.value.start, caught.value.tried)


def test_errors_replace_decodes_what_cannot_be_decoded_as_replacement() -> None:
    """errors='replace' turns undecodable bytes into U+FFFD instead of raising."""
    assert "Talks \ufffd" == parse_bytes(b"Talks \xff\n\n1. They met.\n", errors="replace").title


def test_errors_replace_without_encoding_reads_a_damaged_cp949_page_as_cp949() -> None:
    """A CP949 page with one bad byte is decoded as CP949, the bad byte as U+FFFD, not as UTF-8."""
    data = KOREAN.encode("cp949")
    cut = len(data[:20].decode("cp949"))
    expected = KOREAN[:cut] + "\ufffd" + KOREAN[cut:]
    assert expected == decode(data[:20] + b"\xff" + data[20:], errors="replace")


def test_errors_replace_without_encoding_keeps_a_damaged_utf8_page_utf8() -> None:
    """A UTF-8 page with a bad byte near its end stays UTF-8, whatever CP949 makes of it."""
    assert KOREAN + "\ufffd" == decode(KOREAN.encode() + b"\xff", errors="replace")


def test_errors_replace_with_a_bom() -> None:
    """errors='replace' also applies to BOM-detected encodings."""
    readout = parse_bytes(codecs.BOM_UTF8 + b"Talks \xff\n\n1. They met.\n", errors="replace")
    assert "Talks \ufffd" == readout.title


def test_parse_bytes_strict_raises_parse_error() -> None:
    """strict=True is passed through to parse()."""
    with pytest.raises(ParseError) as caught:
        parse_bytes(b"Talks\n\n2. The sides met.\n", strict=True)
    assert "RP203" == caught.value.code


# --- the package ----------------------------------------------------------------------------------


def test_package_exports() -> None:
    """The package re-exports exactly its public names."""
    assert {
        "MAX_NESTING",
        "ROW_DTYPES",
        "ROW_FIELDS",
        "ROW_SCHEMA_DDL",
        "SCHEMA_VERSION",
        "WARNING_CODES",
        "Line",
        "LineKind",
        "Lines",
        "PageDecodeError",
        "PageResult",
        "Paragraph",
        "ParseError",
        "ParseWarning",
        "Readout",
        "Repost",
        "Row",
        "Span",
        "Subpoint",
        "Vocabulary",
        "__version__",
        "json_schema",
        "parse",
        "parse_bytes",
        "parse_many",
    } == set(readoutparse.__all__)


NOT_LOADED_BY_IMPORT: Final = (
    "readoutparse._batch",  # parse_many, PageResult: loaded by the package's __getattr__
    "readoutparse._schema",  # json_schema, to_json()
    "readoutparse._validate",  # from_dict()
    "readoutparse._display",  # repr() and the notebook display
    "readoutparse._render",  # render()
    "readoutparse._version",  # __version__
    "readoutparse.cli",
    "readoutparse._cli_args",
    "readoutparse._cli_inputs",
    "readoutparse._cli_output",
    "readoutparse._cli_run",
    "readoutparse.strategies",
    "argparse",
    "concurrent.futures",
    "dateutil",  # only the rarer date forms need it
    "hypothesis",
    "importlib.metadata",
    "json",
    "jsonschema",
    "regex",  # the patterns are compiled on first use
    "signal",
)
"""Modules that ``import readoutparse`` must leave unloaded: a first parse() needs none of them."""

NOT_LOADED_BY_A_PARSE: Final = tuple(
    name for name in NOT_LOADED_BY_IMPORT if name not in {"regex", "dateutil"}
)
"""Of those, the ones that a plain parse() leaves unloaded too."""


def _loaded_by(code: str) -> set[str]:
    """The modules a fresh interpreter loads while it runs ``code``, beyond its own start."""
    probe = f"import sys\nbefore = set(sys.modules)\n{code}\nprint(*set(sys.modules) - before)"
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


def test_import_leaves_what_a_first_parse_does_not_need_unloaded() -> None:
    """``import readoutparse`` stays fast: the batch runner, schema, CLI and the rest load later.

    Structural, not timed: each module named here costs import time that a first
    parse() does not need (docs/performance.md has the timing).
    """
    loaded = _loaded_by("import readoutparse")
    assert "readoutparse._parse" in loaded
    assert [] == sorted(name for name in NOT_LOADED_BY_IMPORT if name in loaded)
    loaded = _loaded_by(f"import readoutparse\nreadoutparse.parse({PAGE!r})")
    assert [] == sorted(name for name in NOT_LOADED_BY_A_PARSE if name in loaded)


def test_lazily_loaded_names_are_public_as_any_other() -> None:
    """The names the package loads on first use are in dir(), and resolve to their objects."""
    from readoutparse import _batch, _schema  # noqa: PLC0415 - the modules behind the names

    assert set(readoutparse.__all__) <= set(dir(readoutparse))
    assert (_batch.PageResult, _batch.parse_many, _schema.json_schema) == (
        readoutparse.PageResult,
        readoutparse.parse_many,
        readoutparse.json_schema,
    )
    with pytest.raises(AttributeError, match="has no attribute 'no_such_name'"):
        _ = readoutparse.no_such_name


def test_version_is_the_installed_distribution_version() -> None:
    """__version__ comes from the installed metadata."""
    from importlib.metadata import version  # noqa: PLC0415 - only this test needs it

    assert version("readoutparse") == readoutparse.__version__


def test_warning_codes_are_documented() -> None:
    """Every warning code has a description, and the codes are the documented ones."""
    codes = ["RP101", "RP102", "RP201", "RP202", "RP203", "RP204", "RP301"]
    assert [*codes, "RP401", "RP402", "RP403"] == sorted(readoutparse.WARNING_CODES)


def test_parse_error_survives_pickling() -> None:
    """A ParseError raised in a worker process comes back with its code, position and text."""
    with pytest.raises(ParseError) as caught:
        parse("Talks\n\n1. First point.\n\n3. Third point.\n", strict=True)
    copy = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 - our own object
    assert (str(caught.value), "RP203", 5, 1) == (str(copy), copy.code, copy.line, copy.column)


def test_page_decode_error_survives_pickling() -> None:
    """A PageDecodeError keeps its offsets, what was tried, and its public module name."""
    with pytest.raises(PageDecodeError) as caught:
        parse_bytes(b"ab\xff\xff")
    copy = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 - our own object
    assert (str(caught.value), 2, ("utf-8", "cp949"), "readoutparse") == (
        str(copy),
        copy.start,
        copy.tried,
        type(copy).__module__,
    )
    assert caught.value.attempts == copy.attempts


def test_hypothesis_resolves_readout_from_its_type() -> None:
    """The hypothesis entry point registers readouts() for st.from_type(Readout)."""
    from hypothesis import find  # noqa: PLC0415 - only this test needs it
    from hypothesis import strategies as st  # noqa: PLC0415

    assert isinstance(find(st.from_type(Readout), lambda _: True), Readout)
