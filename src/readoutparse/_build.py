"""Building the model's records: spans, paragraphs and subpoints, from offsets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse.model import Paragraph, Span, Subpoint

if TYPE_CHECKING:
    from collections.abc import Callable

    _Setter = Callable[[object, object], None]


# --- building the model's records ---------------------------------------------------------
#
# A readout holds a record and a Span per paragraph and subpoint.
# attrs' generated __init__ costs 0.2-0.6 us each; these set the same slots directly, which
# costs half that (less, compiled). The classes have no validators and no converters, and
# tests/test_assemble.py holds each result equal to the class's own constructor, field by
# field, so a field added to the model fails there first.


def _slot_setter(cls: type, name: str) -> _Setter:
    """The setter of the slot ``name`` of the slotted attrs class ``cls``."""
    setter: _Setter = cls.__dict__[name].__set__
    return setter


_new: Final = object.__new__
_SPAN_START: Final = _slot_setter(Span, "start")
_SPAN_END: Final = _slot_setter(Span, "end")
_PARAGRAPH_NUMBER: Final = _slot_setter(Paragraph, "number")
_PARAGRAPH_MARKER: Final = _slot_setter(Paragraph, "marker")
_PARAGRAPH_TEXT: Final = _slot_setter(Paragraph, "text")
_PARAGRAPH_SUBPOINTS: Final = _slot_setter(Paragraph, "subpoints")
_PARAGRAPH_SPAN: Final = _slot_setter(Paragraph, "span")
_SUBPOINT_MARKER: Final = _slot_setter(Subpoint, "marker")
_SUBPOINT_TEXT: Final = _slot_setter(Subpoint, "text")
_SUBPOINT_SUBPOINTS: Final = _slot_setter(Subpoint, "subpoints")
_SUBPOINT_SPAN: Final = _slot_setter(Subpoint, "span")


def make_span(start: int, end: int) -> Span:
    """``Span(start, end)``, built by setting its slots."""
    span: Span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


def new_subpoint(marker: str, text: str, subpoints: tuple[Subpoint, ...], span: Span) -> Subpoint:
    """``Subpoint(marker=…, text=…, subpoints=…, span=…)``, built by setting its slots."""
    subpoint: Subpoint = _new(Subpoint)
    _SUBPOINT_MARKER(subpoint, marker)
    _SUBPOINT_TEXT(subpoint, text)
    _SUBPOINT_SUBPOINTS(subpoint, subpoints)
    _SUBPOINT_SPAN(subpoint, span)
    return subpoint


def new_paragraph(
    number: int | None,
    marker: str | None,
    text: str,
    subpoints: tuple[Subpoint, ...],
    span: Span,
) -> Paragraph:
    """``Paragraph(number=…, marker=…, text=…, …)``, built by setting its slots."""
    paragraph: Paragraph = _new(Paragraph)
    _PARAGRAPH_NUMBER(paragraph, number)
    _PARAGRAPH_MARKER(paragraph, marker)
    _PARAGRAPH_TEXT(paragraph, text)
    _PARAGRAPH_SUBPOINTS(paragraph, subpoints)
    _PARAGRAPH_SPAN(paragraph, span)
    return paragraph
