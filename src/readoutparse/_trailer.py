"""The trailer phase: what follows the body (signature, feedback, footers, pager).

When the head states no date, the trailer may: ``등록일 2021-06-21`` or
``Published 29 September 2020`` after the body is the page's date, read as
the head reads its date header (see :func:`trailer_date`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse._shape import Classified, Shape
from readoutparse._text import is_social
from readoutparse._vocabulary import SIGNATURE_INDENT
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse._head import Head
    from readoutparse._page import Page

_TRAILER_FIELDS: Final = frozenset({Shape.DATE, Shape.DATE_LABEL, Shape.META_LABEL})


def read_trailer(page: Page, start: int, head: Head) -> None:
    """Give the lines from ``start`` on their kinds, and ``head`` their date if it has none."""
    kinds = page.kinds
    items = page.items
    for i in range(start, len(items)):
        kinds[i] = trailer_kind(items[i])
    if head.date is None:
        trailer_date(page, start, head)


def trailer_date(page: Page, start: int, head: Head) -> None:
    """Take the date the trailer states, if any, as the head's, and mark its lines.

    A publication date label with its value (on its line or the next) comes
    first, then a modification date (``수정일``, ``Last updated``), then a line
    that is a date and nothing else (a dateline). A date inside a sentence is
    never read.
    """
    items = page.items
    dates: list[tuple[int, int, int]] = []  # (priority, value line, label line)
    i = start
    while i < len(items):
        item = items[i]
        value = _dated_value(items, i)
        if value is not None:
            priority = 2 if item.shape is Shape.DATE else 1 if item.modified else 0
            dates.append((priority, value, i))
            i = value
        i += 1
    if dates:
        _, value, label = min(dates)
        page.kinds[label] = page.kinds[value] = LineKind.DATE_HEADER
        head.take_date(items[value])


def _dated_value(items: list[Classified], i: int) -> int | None:
    """The line holding a valid date for the date label or line at ``i``, if there is one."""
    item = items[i]
    if item.shape is Shape.DATE_LABEL and item.date is None and i + 1 < len(items):
        i += 1
        item = items[i]
        if item.shape is not Shape.DATE:
            return None
    elif item.shape is not Shape.DATE_LABEL and item.shape is not Shape.DATE:
        return None
    return i if item.date is not None and item.date.value is not None else None


def trailer_kind(item: Classified) -> LineKind:
    """The kind of a line after the body."""
    shape = item.shape
    if shape is Shape.CHROME:
        return item.chrome
    if shape is Shape.END_MARK:
        return LineKind.END_MARK
    if shape in _TRAILER_FIELDS:
        return LineKind.METADATA
    if shape is Shape.SECTION_NAME or shape is Shape.NUMBERED or is_social(item.line.text):
        return LineKind.NAVIGATION
    if item.line.indent >= SIGNATURE_INDENT:
        return LineKind.SIGNATURE
    return LineKind.UNKNOWN
