"""The trailer phase: what follows the body (signature, feedback, footers, pager)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse._shape import Classified, Shape
from readoutparse._text import is_social
from readoutparse._vocabulary import SIGNATURE_INDENT
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse._page import Page

_TRAILER_FIELDS: Final = frozenset({Shape.DATE, Shape.DATE_LABEL, Shape.META_LABEL})


def read_trailer(page: Page, start: int) -> None:
    """Give the lines from ``start`` on, after the body, their chrome kinds."""
    kinds = page.kinds
    items = page.items
    for i in range(start, len(items)):
        kinds[i] = trailer_kind(items[i])


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
