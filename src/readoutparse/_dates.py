"""The head's field labels (date, title, counters, writer) and the many spellings of a date.

The only module that uses dateutil, and only for spelled-out dates
(``Feb. 29, 2024``, ``29 February 2024``); ISO, dotted, slashed and Korean
dates take a regex fast path. dateutil is imported on first use.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final, NamedTuple

from readoutparse._vocabulary import compile_on_first_use, words_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable

    import regex

_SOURCES: dict[str, str] = {}
"""The source of every ``*_RE`` pattern, compiled on first use (see ``_vocabulary``)."""

# --- Label and month words: each table builds its pattern and its rule's gate -------------

DATE_LABELS = (
    # English sites: 'DATE', 'Date : 2018-06-14', 'Posted on', reposts' 'Published'.
    "date", "date of issue", "posted", "posted on", "published", "registered",
    "last updated", "updated",
    # gov.uk ('Published 4 February 2025'), canada.ca ('Date modified:'), wires' releases.
    "published on", "release date", "date modified", "last modified",
    # Reposts of a release: when the source put it out (reliefweb: 'Originally published').
    "originally published", "first published",
    # Korean sites: registration, writing and posting dates, 'date', 'date and time'.
    "등록일", "등록일자", "등록일시", "작성일", "작성일자", "작성일시", "게시일", "게시일자",
    "게시일시", "날짜", "일자", "일시", "수정일", "수정일자", "수정일시",
    # Korean newspapers' publication date ('발행일 : 2021-05-02 15:25').
    "발행일",
    # Korean newspapers and wires reposting a release: posted ('입력', '기사입력'), sent
    # ('송고', '송고시간'), approved ('승인'), modified ('수정', '최종수정').
    "입력", "기사입력", "송고", "송고시간", "승인", "수정", "최종수정", "기사등록", "기사수정",
)  # fmt: skip
"""Date labels (case dropped); the date follows on the same line or the next."""

MODIFIED_DATE_LABELS = frozenset(
    {
        "수정일", "수정일자", "수정일시", "수정", "최종수정", "기사수정", "last updated", "updated",
        "date modified", "last modified",
    }
)  # fmt: skip
"""Date labels that name a modification date: not the publication date when another is there."""

COUNT_LABELS = ("hit", "hits", "view", "views", "조회", "조회수")
"""The labels of a hit counter, whose value is a count (case dropped)."""

FIELD_LABELS = (
    # Department and writer fields, attachments (English and Korean sites).
    "부서명", "담당부서", "작성자", "writer", "department", "담당자", "첨부파일", "첨부화일",
    "첨부", "기관", "기 관", "구분", "구 분", "등록자",
    # The issuing body under a headline ('From: Global Affairs Canada'): a byline, never the
    # title's second line or the section.
    "from",
)  # fmt: skip
"""Header field labels other than a counter's (case dropped)."""

META_LABELS = COUNT_LABELS + FIELD_LABELS
"""Other header field labels than a date's and a title's."""

TITLE_LABELS = ("제목", "제 목", "title", "subject")
"""Title labels (old Korean template: ``제 목`` then the title on the next line)."""

MONTH_NAMES = (
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
)  # fmt: skip
"""Month names and their abbreviations, as spelled-out dates use them (case dropped)."""

DATE_OPENERS = "[("
"""Brackets a line that starts with a date may open with (``[28th Edition] March 5, 2010``)."""

_NUMERIC_DATE_RE: regex.Pattern[str]
_SOURCES["_NUMERIC_DATE_RE"] = r"""(?x)
    # \d is any decimal digit, full-width too: int('２０２４') is 2024. The separators
    # may be full-width as well ('－．／').
    (?<!\d)(?:
        # 2024-02-29, 2018.03.07, 2021. 10. 6.
        (?P<y1>\d{4})\s*[-./－．／]\s*(?P<m1>\d{1,2})\s*[-./－．／]\s*(?P<d1>\d{1,2})(?!\d)[.．]?
        # 2024년 2월 29일, 2024年02月29日 (Chinese and Japanese)
      | (?P<y2>\d{4})\s*[년年]\s*(?P<m2>\d{1,2})\s*[월月]\s*(?P<d2>\d{1,2})\s*[일日]
        # 05/07/2024, month first as on the repost sites that use it; 20/01/2009 day first
        # where the first number can be no month
      | (?P<m3>\d{1,2})[/／](?P<d3>\d{1,2})[/／](?P<y3>\d{4})(?!\d)
    )
    """

_MONTHS: Final = words_pattern(MONTH_NAMES)

_SPELLED_DATE_RE: regex.Pattern[str]
_SOURCES["_SPELLED_DATE_RE"] = rf"""(?xi)
    \b(?:
        # Feb. 29, 2024 / May 22,2025
        (?:{_MONTHS})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}}
        # 29 February 2024
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}
    )(?!\d)
    """


def date_label_source(labels: Iterable[str]) -> str:
    """The source of a date-label pattern for ``labels`` (``DATE_LABEL_RE`` is the built-in one)."""
    return rf"""(?xi)
    ^[•·\-\s]*
    (?P<label>{words_pattern(labels)})
    (?:\s*[:：]\s*|\s+|$)
    """


DATE_LABEL_RE: regex.Pattern[str]
_SOURCES["DATE_LABEL_RE"] = date_label_source(DATE_LABELS)
"""A date label at the start of a line; the value may follow on the same line."""


def date_label_pattern(labels: tuple[str, ...]) -> regex.Pattern[str]:
    """The date-label pattern for ``labels``: ``DATE_LABEL_RE`` for the built-in table."""
    if labels == DATE_LABELS:
        return _pattern("DATE_LABEL_RE")
    import regex  # noqa: PLC0415 - deferred with the patterns, to keep import fast

    return regex.compile(date_label_source(labels))


TITLE_LABEL_RE: regex.Pattern[str]
_SOURCES["TITLE_LABEL_RE"] = (
    rf"(?i)^(?:{words_pattern(TITLE_LABELS)})"
    r"(?:\s*[:：]\s*|(?<=(?-i:TITLE))\s+(?-i:(?=[^\W\d_a-z])(?![A-Z]+\b))(?=[^:：]*[^\s:：.!?。]$))"
    r"(?P<value>\S.*)$"
    rf"|^(?:{words_pattern(TITLE_LABELS)})\s*$"
)
"""A title label, with the title after a colon on the same line, or alone.

``TITLE`` in capitals needs no colon before a headline (a capitalised word first, no
colon, no sentence's end): ``TITLE Talks held``, a board's field row; not ``TITLE IX …``.
"""

META_LABEL_RE: regex.Pattern[str]
_SOURCES["META_LABEL_RE"] = rf"""(?xi)
    ^[•·\-\s]*
    (?:(?:{words_pattern(COUNT_LABELS)})(?:\s*[:：]?\s*(?P<count>\d[\d,]*+))?(?=\s*[:：]?\s*(?:[|·•/]|$))
    |(?:{words_pattern(FIELD_LABELS)})(?:\s*[:：]\s*(?P<value>.*)|\s+(?P<value2>\d[\d,]*)|$))
    """
"""Other header fields: hit counters, department, writer.

A counter's value is its count (group ``count``), the line's end or a separator after it:
words after it (``Hit 8 people …``) make a sentence. A field's value is after a colon
(``value``) or is a number (``value2``).
"""

EDITION_RE: regex.Pattern[str]
_SOURCES["EDITION_RE"] = r"(?i)^\[\s*\d+\s*(?:st|nd|rd|th)?\s+edition\s*\]"
"""An e-newsletter edition line: ``[28th Edition] March 5, 2010``."""

_YEAR_RE: regex.Pattern[str]
_SOURCES["_YEAR_RE"] = r"\d{4}"
"""Four digits in a row: the year every date spelling has (any decimal digits, as above)."""

_BARE_DATE_MAX_CHARS: Final = 100


class FoundDate(NamedTuple):
    """A date found in a line: the value (None when invalid) and its offsets in the line."""

    value: dt.date | None
    start: int
    end: int


def find_date(text: str, pos: int = 0) -> FoundDate | None:
    """Find the first date in ``text`` from ``pos``, in any supported spelling."""
    numeric = _pattern("_NUMERIC_DATE_RE").search(text, pos)
    spelled = _pattern("_SPELLED_DATE_RE").search(text, pos)
    if numeric is not None and (spelled is None or numeric.start() <= spelled.start()):
        return FoundDate(_numeric_value(numeric), numeric.start(), numeric.end())
    if spelled is not None:
        return FoundDate(_spelled_value(spelled.group()), spelled.start(), spelled.end())
    return None


def may_hold_date(source: str, start: int, end: int) -> bool:
    """Say, without reading it as a date, whether ``source[start:end]`` may hold one.

    Every spelling :func:`find_date` reads has a four-digit year: a line without
    four digits in a row holds no date, and one C-level search rules it out.
    """
    return _pattern("_YEAR_RE").search(source, start, end) is not None


def short_line_may_hold_date(source: str, start: int, end: int, limit: int) -> bool:
    """Whether ``source[start:end]`` is at most ``limit`` long and may hold a date."""
    return end - start <= limit and may_hold_date(source, start, end)


def bare_date(text: str) -> FoundDate | None:
    """Return the date a short line starts with (``2024-02-29``, ``2022.08.05 외교부``)."""
    if len(text) > _BARE_DATE_MAX_CHARS:
        return None
    # No date can start on ' ', '[' or '(', so the first date, if it is only past those,
    # starts right after them: match there instead of searching the whole line. At one
    # position a numeric date wins over a spelled one, as in find_date.
    start = len(text) - len(text.lstrip(" [("))
    if cannot_start_date(text, start):
        return None
    numeric = _pattern("_NUMERIC_DATE_RE").match(text, start)
    if numeric is not None:
        return FoundDate(_numeric_value(numeric), numeric.start(), numeric.end())
    spelled = _pattern("_SPELLED_DATE_RE").match(text, start)
    if spelled is not None:
        return FoundDate(_spelled_value(spelled.group()), spelled.start(), spelled.end())
    return None


_ASCII_DIGITS: Final = frozenset("0123456789")
_MONTH_PREFIXES: Final = frozenset(name[:3] for name in MONTH_NAMES)
"""The gate of ``cannot_start_date``: every month name's first three letters, from the table."""


def cannot_start_date(text: str, start: int) -> bool:
    """Rule out, without a regex, the lines of a page that start with no date.

    Those are numbered lines (``1.``, ``12)``: every date starting with a digit
    has four of them, or one or two then ``/``, a suffix or white space) and
    words that begin no month name. Anything else is left to the patterns.
    """
    first = text[start : start + 1]
    if first in _ASCII_DIGITS:
        second = text[start + 1 : start + 2]
        if second in _ASCII_DIGITS:
            second = text[start + 2 : start + 3]
        return second in {".", ")"}
    if first.isascii() and first.isalpha():
        prefix = text[start : start + 3]
        return prefix.isascii() and prefix.lower() not in _MONTH_PREFIXES
    return False


def is_modified_label(label: str) -> bool:
    """Say whether a date label names a modification date (``수정일``)."""
    return label.casefold() in MODIFIED_DATE_LABELS


def _numeric_value(match: regex.Match[str]) -> dt.date | None:
    # By position (a test holds the order): a group by name costs several times as much.
    y1, m1, d1, y2, m2, d2, m3, d3, y3 = match.groups()
    year = y1 or y2 or y3
    month = m1 or m2 or m3
    day = d1 or d2 or d3
    if m3 is not None and int(m3) > _MONTHS_IN_YEAR:
        month, day = day, month  # '20/01/2009': no month is 20, so the day comes first
    return _make_date(int(year), int(month), int(day))


_MONTHS_IN_YEAR: Final = 12


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_COMMA_RE: regex.Pattern[str]
_SOURCES["_COMMA_RE"] = r",\s*"  # 'May 22,2025': dateutil needs the space
_DEFAULT: Final = dt.datetime(2000, 1, 1)  # noqa: DTZ001 - a calendar date, no time zone


def _spelled_value(text: str) -> dt.date | None:
    return spelled_ascii_value(text) if text.isascii() else spelled_value_by_dateutil(text)


def spelled_value_by_dateutil(text: str) -> dt.date | None:
    """The date of a ``_SPELLED_DATE_RE`` match, read by dateutil."""
    from dateutil import parser as dateutil_parser  # noqa: PLC0415 - imported only when needed

    try:
        return dateutil_parser.parse(_pattern("_COMMA_RE").sub(", ", text), default=_DEFAULT).date()
    except (ValueError, OverflowError):
        return None


def spelled_ascii_value(text: str) -> dt.date | None:
    """The date of an ASCII ``_SPELLED_DATE_RE`` match, read as dateutil reads it.

    Such a match is a month name, a day of one or two digits (perhaps with
    ``st``/``nd``/``rd``/``th``) and a four-digit year, in one of two orders;
    dateutil costs tens of microseconds for what three tokens say. When the
    day and the year run together (``May222025``), dateutil reads the line. A
    property test holds this to dateutil on every form of the pattern.
    """
    month = 0
    numbers: list[str] = []
    for token in _pattern("_WORD_OR_NUMBER_RE").findall(text.lower()):
        if token.isdigit():
            numbers.append(token)
        elif not month:
            month = _MONTHS_BY_PREFIX.get(token[:3], 0)
    if len(numbers) != 2:  # noqa: PLR2004 - a day and a year
        return spelled_value_by_dateutil(text)
    day, year = sorted(numbers, key=len)
    # dateutil reads the years before 100 as this century's ('0001' is 2001): left to it.
    if len(day) > _DAY_DIGITS or len(year) != _YEAR_DIGITS or int(year) < _CENTURY:
        return spelled_value_by_dateutil(text)
    return _make_date(int(year), month, int(day))


_WORD_OR_NUMBER_RE: regex.Pattern[str]
_SOURCES["_WORD_OR_NUMBER_RE"] = r"[a-z]+|[0-9]+"
_YEAR_DIGITS: Final = 4
_DAY_DIGITS: Final = 2
_CENTURY: Final = 100
_MONTHS_BY_PREFIX: Final = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


_pattern = __getattr__ = compile_on_first_use(globals(), _SOURCES)
