"""Readout values drawn straight from the word lists, for code that consumes readouts."""

from __future__ import annotations

from hypothesis import strategies as st

from readoutparse.model import Paragraph, Readout, Span, Subpoint
from readoutparse.strategies._body import _EN_BULLETS, _KO_ITEMS, _Levels
from readoutparse.strategies._text import (
    _DATES,
    _EN_SECTIONS,
    _KO_SECTIONS,
    _sentences,
    _title_strategy,
)
from readoutparse.strategies._writer import _BOOLEANS, _choice, _ints

# --- Readouts ---------------------------------------------------------------------------


class _Spans:
    """Hands out increasing, non-overlapping spans, as if the values were written in order."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.pos = draw(_ints(0, 200))

    def take(self, length: int) -> Span:
        start = self.pos + self.draw(_ints(0, 8))
        self.pos = start + length
        return Span(start, self.pos)


def _readout_subpoints(spans: _Spans, levels: _Levels, depth: int) -> tuple[Subpoint, ...]:
    if depth >= len(levels.markers):
        return ()
    draw = spans.draw
    items: list[Subpoint] = []
    sentences = _sentences(korean=levels.korean, high=2)
    for _ in range(draw(_ints(0, max(0, 2 - depth)))):
        # A note attaches to what stands right before it, as the parser reads it: a note is
        # drawn first among its siblings, or after a note with no items of its own.
        note_fits = not items or (items[-1].marker in levels.notes and not items[-1].subpoints)
        marker = draw(_choice(levels.markers[depth] + (levels.notes if note_fits else ())))
        text = draw(sentences)
        span = spans.take(len(marker) + 1 + len(text))
        items.append(
            Subpoint(
                marker=marker,
                text=text,
                subpoints=_readout_subpoints(spans, levels, depth + 1),
                span=span,
            )
        )
    return tuple(items)


def _readout_paragraph(spans: _Spans, number: int | None, *, korean: bool) -> Paragraph:
    draw = spans.draw
    marker = None if number is None else f"{number}."
    if korean and draw(_BOOLEANS):
        marker = "□"
    text = draw(_sentences(korean=korean))
    span = spans.take(len(marker or "") + (1 if marker else 0) + len(text))
    levels = _KO_ITEMS if korean else _EN_BULLETS
    return Paragraph(
        number=number,
        marker=marker,
        text=text,
        subpoints=_readout_subpoints(spans, levels, 0),
        span=span,
    )


def _optional_field(
    spans: _Spans, strategy: st.SearchStrategy[str]
) -> tuple[str | None, Span | None]:
    value = spans.draw(st.none() | strategy)
    return value, None if value is None else spans.take(len(value))


@st.composite
def _readout(draw: st.DrawFn) -> Readout:
    korean = draw(_BOOLEANS)
    spans = _Spans(draw)
    section, section_span = _optional_field(
        spans, _choice(_KO_SECTIONS if korean else _EN_SECTIONS)
    )
    title, title_span = _optional_field(spans, _title_strategy(korean=korean))
    date = draw(st.none() | _DATES)
    date_span = None if date is None else spans.take(len(date.isoformat()))
    numbered = not korean and draw(_BOOLEANS)
    count = draw(_ints(0, 5))
    paragraphs = tuple(
        _readout_paragraph(spans, index if numbered else None, korean=korean)
        for index in range(1, count + 1)
    )
    return Readout(
        title=title,
        date=date,
        section=section,
        paragraphs=paragraphs,
        title_span=title_span,
        date_span=date_span,
        section_span=section_span,
    )
