"""The tabular view: one row per paragraph and per subpoint, for pandas, DuckDB or a CSV file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

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

_COLUMN_TYPES: dict[str, tuple[str, str]] = {  # field: (pandas dtype, Spark SQL type)
    "source": ("string", "STRING"),
    "title": ("string", "STRING"),
    "date": ("date32[pyarrow]", "DATE"),  # a calendar date, not a timestamp
    "section": ("string", "STRING"),
    "paragraph": ("int64", "INT"),
    "number": ("Int64", "INT"),  # nullable: an unnumbered paragraph has None
    "path": ("string", "STRING"),
    "depth": ("int64", "INT"),
    "marker": ("string", "STRING"),
    "text": ("string", "STRING"),
    "start": ("int64", "INT"),
    "end": ("int64", "INT"),
}

ROW_DTYPES: dict[str, str] = {field: _COLUMN_TYPES[field][0] for field in ROW_FIELDS}
"""The pandas dtype of each :class:`Row` column, in :data:`ROW_FIELDS` order.

Text columns are ``"string"`` and ``number`` is ``"Int64"``, both nullable; ``date`` is
``"date32[pyarrow]"``, which needs pyarrow. Use it as ``DataFrame.astype(ROW_DTYPES)``,
or as the ``meta`` of ``dask.bag.Bag.to_dataframe``, so every partition (an empty one
too) has the same columns and Parquet schema.
"""

ROW_SCHEMA_DDL: str = ", ".join(f"`{field}` {_COLUMN_TYPES[field][1]}" for field in ROW_FIELDS)
"""The :class:`Row` columns as a Spark SQL schema string, in :data:`ROW_FIELDS` order.

Pass it as the schema of PySpark's ``mapInPandas`` or ``createDataFrame``. Names are
back-quoted (``end`` is a keyword); counts and offsets are ``INT``, ``date`` is ``DATE``.
"""


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


def structure(readout: Readout) -> dict[str, Any]:
    """The structured view of ``readout``: title, date, section and paragraphs (see ``Readout``)."""
    return {
        "title": readout.title,
        "date": None if readout.date is None else readout.date.isoformat(),
        "section": readout.section,
        "paragraphs": [
            {
                "number": paragraph.number,
                "text": paragraph.text,
                "subpoints": _structure_subpoints(paragraph.subpoints),
            }
            for paragraph in readout.paragraphs
        ],
    }


def _structure_subpoints(subpoints: tuple[Subpoint, ...]) -> list[dict[str, Any]]:
    """The subpoints' structured view, built with a stack: no recursion on depth."""
    top: list[dict[str, Any]] = []
    stack = [(top, subpoints)]
    while stack:
        found, level = stack.pop()
        for sub in level:  # each level is filled in order, in one go
            children: list[dict[str, Any]] = []
            found.append({"marker": sub.marker, "text": sub.text, "subpoints": children})
            if sub.subpoints:
                stack.append((children, sub.subpoints))
    return top
