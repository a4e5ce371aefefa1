"""A whole page: chrome, head, body and trailer written in order, with its expected readout."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import strategies as st

from readoutparse.model import Paragraph, Readout
from readoutparse.strategies._body import _body
from readoutparse.strategies._chrome import _EN_CHROMES, _KO_CHROMES, _chrome_none
from readoutparse.strategies._head import _Head
from readoutparse.strategies._trailer import _trailer
from readoutparse.strategies._writer import _BOOLEANS, _choice, _ints, _Writer

_BodyWriter = Callable[[_Writer], list[Paragraph]]
"""Writes an English body of its own in place of a drawn one (the project's regression cases)."""


@st.composite
def _page(draw: st.DrawFn, body: _BodyWriter | None = None) -> tuple[str, Readout]:
    korean = body is None and draw(_BOOLEANS)
    chrome = draw(_choice(_KO_CHROMES if korean else _EN_CHROMES))
    w = _Writer(draw, noisy=draw(_BOOLEANS))
    w.wrap_width = draw(st.none() | _ints(60, 80))
    w.tight = draw(_BOOLEANS)
    w.blanks(0, 2)
    head = _Head(korean=korean)
    chrome(w, head)
    w.wide_gaps = chrome is not _chrome_none  # a one-line dump would split at a wide gap
    if chrome is not _chrome_none:
        w.blanks(1, 4)
    paragraphs = _body(w, korean=korean) if body is None else body(w)
    _trailer(w, head)
    text = w.text()
    if draw(_BOOLEANS):
        text = text.removesuffix("\n")
    expected = Readout(
        title=head.title,
        date=head.date,
        section=head.section,
        paragraphs=tuple(paragraphs),
        title_span=head.title_span,
        date_span=head.date_span,
        section_span=head.section_span,
    )
    return text, expected
