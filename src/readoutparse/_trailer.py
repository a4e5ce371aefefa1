"""The trailer phase: what follows the body (signature, feedback, footers, pager).

An aggregator's list that closes the body is taken out of it first
(:func:`set_list_apart`). When the head states no date, the trailer may: ``등록일 2021-06-21`` or
``Published 29 September 2020`` after the body is the page's date, read as
the head reads its date header (see :func:`trailer_date`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse._dates import FoundDate, find_date
from readoutparse._edges import as_date_line, inline_chrome, stamp
from readoutparse._neighbour import dateline_date, line_dateline
from readoutparse._page import MODIFIED
from readoutparse._phrases import RELATED_LISTS
from readoutparse._shape import (
    CHROME_CODE,
    DATE_CODE,
    DATE_LABEL_CODE,
    END_MARK_CODE,
    NUMBERED_CODE,
    SECTION_NAME_CODE,
    TEXT_CODE,
    Shape,
    shape_code,
)
from readoutparse._text import ends_sentence, fold_line, is_dense, is_social
from readoutparse._vocabulary import LEAD_IN_ENDS, SIGNATURE_INDENT
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse._body import Builder
    from readoutparse._head import Head
    from readoutparse._page import Page

_TRAILER_FIELDS: Final = frozenset(
    shape_code(shape) for shape in (Shape.DATE, Shape.DATE_LABEL, Shape.META_LABEL)
)
_NAVIGATION_SHAPES: Final = frozenset({SECTION_NAME_CODE, NUMBERED_CODE})


def set_list_apart(page: Page, paragraphs: list[Builder], end: int) -> int:
    """Take a list that closes the body out of it; return where the trailer starts.

    An aggregator ends its copy with a list of its own: the source, a time
    stamp, a link (``- 뉴시스`` / ``- 2025-03-07 18:59`` / ``- 기사 전체 보기``). Told by
    its shape, not its words: every subpoint of the last paragraph, which ends
    its sentence (no lead-in introduces them), items of one marker that make no
    sentence and have none of their own, one and only one of them a date (and
    a time) and nothing else. The date item becomes a date line, which
    :func:`trailer_date` reads when the head states no date.

    Read on the paragraphs as built, not on the lines, so that the rendered
    readout, whose structure is the same, reads the same (the round trip).
    """
    items = paragraphs[-1].children if paragraphs else None
    if items is None or len(items) < LIST_MIN_ITEMS or not _closes(paragraphs[-1].text(page)):
        return end
    marker = items[0].marker
    stamped: list[Builder] = []
    for item in items:
        text = item.text(page)
        if item.marker != marker or item.children or ends_sentence(text):
            return end
        if stamp(text) is not None:
            stamped.append(item)
    if len(stamped) != 1:
        if stamped or not _related_headlines(page, items, end):
            return end
        paragraphs[-1].children = None  # a related-headlines list, with no date to read
        return items[0].text_line
    paragraphs[-1].children = None
    line = stamped[0].text_line
    found = stamp(page.content(line)) if line == stamped[0].text_to else None
    if found is not None:
        as_date_line(page, line, found)
    return items[0].text_line


LIST_MIN_ITEMS: Final = 2
"""Items, at least, of a list that closes the page's copy (:func:`set_list_apart`)."""


def _related_headlines(page: Page, items: list[Builder], end: int) -> bool:
    """Say whether ``items``, a list of one marker that makes no sentence, is related headlines.

    A news site closes its copy with headlines of other stories (``- Sandstorms
    strike the north`` / ``- Court rules on vote count`` / …), and its chrome
    follows (``Most Viewed``): several items of a few words each, in a script
    that ends a list item with a stop when it is part of the text (a Korean
    document's noun-ending items are its own), and a trailer after them that is
    no end mark or signature (those close a body whose last list is its own).
    """
    if len(items) < RELATED_MIN_ITEMS or end >= page.count or page.shapes[end] == END_MARK_CODE:
        return False
    if page.chromes.get(end) is LineKind.SIGNATURE:
        return False
    return all(
        not is_dense(text) and text.count(" ") + 1 >= RELATED_MIN_WORDS
        for text in (item.text(page) for item in items)
    )


RELATED_MIN_ITEMS: Final = 3
"""Items, at least, of a related-headlines list after the copy (:func:`_related_headlines`)."""

RELATED_MIN_WORDS: Final = 3
"""Words, at least, of each headline in such a list."""


def _closes(text: str) -> bool:
    """A paragraph's ``text`` ends a sentence, not on a lead-in (``… as follows:``)."""
    return ends_sentence(text) and not text.endswith(LEAD_IN_ENDS)


def read_trailer(page: Page, start: int, head: Head) -> None:
    """Give the lines from ``start`` on their kinds, and ``head`` their date if it has none."""
    kinds = page.kinds
    for i in range(start, page.count):
        kinds[i] = trailer_kind(page, i)
    if head.date is None:
        trailer_date(page, start, head)


def trailer_date(page: Page, start: int, head: Head) -> None:
    """Take the date the trailer states, if any, as the head's, and mark its lines.

    A publication date label with its value (on its line or the next) comes
    first, then a modification date (``수정일``, ``Last updated``), then a line
    that starts with a date, then a dateline (``Ottawa, Ontario - February 6,
    2019``: a place, an agency or a time beside a date; or a credit in brackets,
    :func:`credit_dateline`). A wire's filing stamp closing a line (``… 2017/02/07 17:17
    송고``, :func:`sent_stamp`) counts as a labelled date. A date inside a sentence is
    never read; nor is a bare date or a dateline under the heading of a list of other
    stories (``Other News``): the stories' own.
    """
    dates: list[tuple[int, int, int]] = []  # (priority, value line, label line)
    datelines: dict[int, FoundDate] = {}
    i = start
    listed = False  # under a list of other stories, whose bare dates are theirs
    while i < page.count:
        listed = listed or (page.width(i) <= _LIST_HEADING_CHARS and _lists_stories(page.text(i)))
        value = _dated_value(page, i)
        if value is not None:
            modified = page.flags[i] & MODIFIED
            priority = _BARE if page.shapes[i] == DATE_CODE else 1 if modified else 0
            if not (listed and priority == _BARE):
                dates.append((priority, value, i))
            i = value
        elif page.shapes[i] == TEXT_CODE and not listed:
            found = line_dateline(page, i) or credit_dateline(page.text(i))
            if found is not None:
                datelines[i] = found
                dates.append((3, i, i))
        elif (found := sent_stamp(page.text(i))) is not None:  # the line stays what it is
            datelines[i] = found
            dates.append((0, i, -1))
        i += 1
    if dates:
        _, value, label = min(dates)
        if label >= 0:
            page.kinds[label] = page.kinds[value] = LineKind.DATE_HEADER
        head.take_date(page, value, datelines.get(value))


def sent_stamp(text: str) -> FoundDate | None:
    """The date a wire's filing stamp closes a line with: ``… 2017/02/07 17:17 송고``.

    Yonhap glues the stamp after its copyright notice; the date, a time at most,
    then the label end the line.
    """
    if not text.endswith(_SENT_LABELS):
        return None
    at = max(0, len(text) - _STAMP_REACH)
    found = find_date(text, at)
    if found is None or found.value is None:
        return None
    between = text[found.end :].split()[:-1]  # a time, or nothing, before the label
    return found if not between or (len(between) == 1 and ":" in between[0]) else None


_SENT_LABELS: Final = ("송고",)
"""Labels that close a wire's filing stamp, after its date and time."""

_STAMP_REACH: Final = 30
"""How far from the line's end the stamp's date may start."""


def credit_dateline(text: str) -> FoundDate | None:
    """The date of a credit in brackets that closes a repost: ``(Outlet via agencies May 3, 2004)``.

    The whole line is in brackets, so the date is no heading's; inside, the source
    (and the channel it came ``via``) and the date are read as a dateline.
    """
    if not (text.startswith("(") and text.endswith(")")) or "(" in text[1:-1]:
        return None
    inside = " " + text[1:-1] + " "
    at = inside.find(" via ")
    if at >= 0:  # 'via agencies': the channel, blanked so that offsets stay the line's
        channel = inside.find(" ", at + len(" via "))
        if channel < 0:
            return None
        inside = inside[:at] + " " * (channel - at) + inside[channel:]
    return dateline_date(inside)


_BARE: Final = 2
"""The priority of a bare date line (a line that starts with a date)."""
_LIST_HEADING_CHARS: Final = max(map(len, RELATED_LISTS))
"""The longest heading of ``RELATED_LISTS``: a longer line is not read for one."""


def _lists_stories(text: str) -> bool:
    """A heading of a list of the site's other stories (``Other News``, ``관련기사``)."""
    return fold_line(text).casefold() in RELATED_LISTS


def _dated_value(page: Page, i: int) -> int | None:
    """The line holding a valid date for the date label or line at ``i``, if there is one."""
    shape = page.shapes[i]
    if shape == DATE_LABEL_CODE and i not in page.dates and i + 1 < page.count:
        i += 1
        if page.shapes[i] != DATE_CODE:
            return None
    elif shape not in {DATE_LABEL_CODE, DATE_CODE}:
        return None
    found = page.dates.get(i)
    return i if found is not None and found.value is not None else None


def trailer_kind(page: Page, i: int) -> LineKind:
    """The kind of line ``i``, which follows the body."""
    shape = page.shapes[i]
    if shape == CHROME_CODE:
        return page.chromes[i]
    if shape == END_MARK_CODE:
        return LineKind.END_MARK
    if shape in _TRAILER_FIELDS:
        return LineKind.METADATA
    if shape in _NAVIGATION_SHAPES or is_social(page.text(i)):
        return LineKind.NAVIGATION
    if page.indents[i] >= SIGNATURE_INDENT:
        return LineKind.SIGNATURE
    chrome = inline_chrome(page, i) if shape == TEXT_CODE else None
    return LineKind.UNKNOWN if chrome is None else chrome
