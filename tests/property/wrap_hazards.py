"""Wrap hazards: pages whose hard-wrapped lines start like chrome (the oracle's regressions).

Realistic paragraphs whose line breaks fall where the parser once went wrong;
``test_oracle.py`` draws pages with each of them. They are the project's own
regression cases, built on the private parts of :mod:`readoutparse.strategies`,
and not part of its public surface.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import attrs

from readoutparse.model import Paragraph, Readout, Span
from readoutparse.strategies._body import _body, _prose_body
from readoutparse.strategies._page import _page
from readoutparse.strategies._text import _SEEDS

if TYPE_CHECKING:
    from hypothesis import strategies as st

    from readoutparse.strategies._writer import _Writer


@attrs.frozen
class Hazard:
    """A paragraph written over exactly these lines: first in the body, or last."""

    lines: tuple[str, ...]
    first: bool = False


WRAP_HAZARDS: Final = {
    "short-first-numbered-line": Hazard(
        ("The two Ministers discussed ways to expand the", "Indo-Pacific partnership."),
        first=True,
    ),
    "back-to": Hazard(
        (
            "In his remarks, the Minister said that the delegation would come",
            "back to Seoul in the second half of the year to continue the talks.",
        )
    ),
    "spokesperson": Hazard(
        (
            "The statement was issued on the same day by the Ministry’s",
            "Spokesperson and Deputy Minister for Public Relations, who",
            "welcomed the outcome of the talks.",
        )
    ),
    "date-line": Hazard(
        (
            "Applications from observers will be accepted at the Ministry until",
            "{year}.{month_number:02}.{day:02}.",
        )
    ),
    "posted-on-date": Hazard(
        (
            "The two sides reviewed the text of the joint statement as it was",
            "posted on {month} {day}, {year}, on the website of the Ministry.",
        )
    ),
}


def write_hazard(w: _Writer, hazard: Hazard) -> Paragraph:
    fields = w.draw(_SEEDS).date_fields()
    lines = [line.format(**fields) for line in hazard.lines]
    marker = "1." if hazard.first else None
    first = w.line(f"{marker} {lines[0]}" if marker else lines[0])
    last = [w.line(line) for line in lines[1:]][-1]
    return Paragraph(
        number=1 if marker else None,
        marker=marker,
        text=" ".join(lines),
        span=Span(first.start, last.end),
    )


def body_with_hazard(w: _Writer, hazard: Hazard) -> list[Paragraph]:
    if hazard.first:
        paragraphs = [write_hazard(w, hazard)]
        w.gap(marked=False)
        return paragraphs + _prose_body(w, korean=False)
    paragraphs = _body(w, korean=False)
    w.gap(marked=False)
    return [*paragraphs, write_hazard(w, hazard)]


def pages_with_wrap_hazard(name: str) -> st.SearchStrategy[tuple[str, Readout]]:
    """Pages like ``pages()`` draws, each with the named wrap hazard (regression cases)."""
    return _page(functools.partial(body_with_hazard, hazard=WRAP_HAZARDS[name]))
