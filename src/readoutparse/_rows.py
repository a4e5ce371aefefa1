"""The tabular view: one row per paragraph and per subpoint, for pandas, DuckDB or a CSV file."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from readoutparse.model import Paragraph, Readout, Subpoint


class Row(TypedDict):
    """One paragraph or subpoint of a page, with the page's fields repeated on it.

    Keys, in :data:`ROW_FIELDS` order:

    - ``source``: where the page came from (a path), or ``None``.
    - ``title``, ``date``, ``section``: the page's fields, repeated on each row.
    - ``paragraph``: the paragraph's position in the body, from 1.
    - ``number``: the paragraph's printed number, or ``None``.
    - ``path``: ``""`` for the paragraph itself; the subpoint's position under it
      otherwise, from 1, one dotted step per level (``"2"``, ``"2.1"``).
    - ``depth``: ``0`` for a paragraph, ``1`` for its subpoints, ``2`` below them.
    - ``marker``: the marker as written, or ``None``.
    - ``text``: the clean text.
    - ``start``, ``end``: the element's span in the parsed text.
    """

    source: str | None
    title: str | None
    date: dt.date | None
    section: str | None
    paragraph: int
    number: int | None
    path: str
    depth: int
    marker: str | None
    text: str
    start: int
    end: int


ROW_FIELDS: tuple[str, ...] = tuple(Row.__annotations__)
"""The keys of a :class:`Row`, in column order (the CSV header)."""


def iter_rows(readout: Readout, source: str | None = None) -> Iterator[Row]:
    """Yield the rows of ``readout``, paragraphs in order, each followed by its subpoints."""
    for position, paragraph in enumerate(readout.paragraphs, start=1):
        stack: list[tuple[str, Paragraph | Subpoint]] = [("", paragraph)]
        while stack:  # depth first, in page order, without recursion
            path, element = stack.pop()
            yield Row(
                source=source,
                title=readout.title,
                date=readout.date,
                section=readout.section,
                paragraph=position,
                number=paragraph.number,
                path=path,
                depth=path.count(".") + 1 if path else 0,
                marker=element.marker,
                text=element.text,
                start=element.span.start,
                end=element.span.end,
            )
            children = [
                (f"{path}.{index}" if path else str(index), child)
                for index, child in enumerate(element.subpoints, start=1)
            ]
            stack.extend(reversed(children))
