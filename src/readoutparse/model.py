"""The public data model: frozen, typed, hashable value objects.

Every node carries a :class:`Span` into the original string passed to
:func:`readoutparse.parse`, so each value can be traced back to its source.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import TYPE_CHECKING, Any, Self

import attrs

from readoutparse._rows import iter_rows
from readoutparse.errors import ParseWarning

if TYPE_CHECKING:
    from collections.abc import Iterator

    from readoutparse._rows import Row

SCHEMA_VERSION = 1
"""Version of the dictionary / JSON schema written by :meth:`Readout.to_dict`."""

MAX_NESTING = 32
"""The deepest subpoint nesting a readout holds (a paragraph's own subpoints are depth 1)."""


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of code-point offsets into the input.

    Example:
        >>> text = "1. Hello"
        >>> span = Span(0, 8)
        >>> text[span.start : span.end]
        '1. Hello'
        >>> span.to_list()
        [0, 8]
    """

    start: int
    end: int

    def to_list(self) -> list[int]:
        """Return ``[start, end]``, the span's JSON form."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: list[int] | tuple[int, int]) -> Self:
        """Build a span from its JSON form ``[start, end]``."""
        start, end = value
        return cls(start, end)


class LineKind(enum.Enum):
    """What a non-blank input line was recognised as.

    Kinds other than the body kinds (``TITLE``, ``DATE_HEADER``, ``SECTION``,
    ``PARAGRAPH``, ``SUBPOINT``, ``CONTINUATION``) are page chrome that was set
    aside; the kind says why.
    """

    TITLE = "title"
    """The page headline."""
    DUPLICATE_TITLE = "duplicate_title"
    """A repeat of the headline."""
    DATE_HEADER = "date_header"
    """A date label, a date value, or both (``DATE``, ``2024-02-29``, ``등록일``)."""
    METADATA = "metadata"
    """Other header fields (hit counters, department, edition, source lines)."""
    SECTION = "section"
    """The site section the page sits in (``Press Releases``)."""
    BREADCRUMB = "breadcrumb"
    """A numbered or chained breadcrumb (``1. Bilateral Relations`` indented, ``HOME > Press``)."""
    NAVIGATION = "navigation"
    """Skip links, menus, site name, language switches, social-media lists."""
    TOOLBAR = "toolbar"
    """Font size, print, share and copy-URL tools."""
    LOADING = "loading"
    """A ``loading`` spinner's text."""
    PARAGRAPH = "paragraph"
    """The first line of a body paragraph."""
    SUBPOINT = "subpoint"
    """The first line of a bullet subpoint."""
    CONTINUATION = "continuation"
    """A wrapped line that continues the paragraph or subpoint before it."""
    END_MARK = "end_mark"
    """The Korean end-of-document mark ``끝.``."""
    SIGNATURE = "signature"
    """The spokesperson's signature and translation notes after the body."""
    ATTACHMENT = "attachment"
    """Attachment names and image alt text."""
    PAGER = "pager"
    """``List`` / ``Prev`` / ``Next`` / ``Back to …`` navigation after the body."""
    FOOTER = "footer"
    """Copyright, feedback surveys, contacts and other trailing chrome."""
    UNKNOWN = "unknown"
    """A line the parser could not place; it is kept here, never dropped silently."""


@attrs.frozen(kw_only=True)
class Line:
    """One non-blank input line with its classification.

    Attributes:
        kind: What the line was recognised as.
        span: The line's content, from its first to its last non-white-space
            character.
        lineno: The 1-based line number in the input.
    """

    kind: LineKind
    span: Span
    lineno: int

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form of the line."""
        return {"kind": self.kind.value, "span": self.span.to_list(), "lineno": self.lineno}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild a line from :meth:`to_dict` output."""
        return cls(
            kind=LineKind(data["kind"]), span=Span.from_list(data["span"]), lineno=data["lineno"]
        )


@attrs.frozen(kw_only=True)
class Subpoint:
    """A bullet item under a paragraph, possibly with nested subpoints.

    Attributes:
        marker: The bullet glyph as written (``"O"``, ``"ㅇ"``, ``"-"``, ``"※"``).
        text: Clean text, marker removed, lines joined, white space folded.
        subpoints: Nested subpoints, in order.
        span: The subpoint's own source, marker included, nested items excluded.
    """

    marker: str
    text: str
    subpoints: tuple[Subpoint, ...] = ()
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form of the subpoint."""
        return {
            "marker": self.marker,
            "text": self.text,
            "subpoints": [sub.to_dict() for sub in self.subpoints],
            "span": self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild a subpoint from :meth:`to_dict` output."""
        return cls(
            marker=data["marker"],
            text=data["text"],
            subpoints=tuple(Subpoint.from_dict(sub) for sub in data["subpoints"]),
            span=Span.from_list(data["span"]),
        )


@attrs.frozen(kw_only=True)
class Paragraph:
    """A body paragraph.

    Attributes:
        number: The paragraph number (``1`` for ``1.``, ``(1)``, ``①``, ``１．``),
            or ``None`` for an unnumbered paragraph or a Korean ``□`` item.
        marker: The marker as written (``"1."``, ``"(2)"``, ``"□"``), or ``None``.
        text: Clean text, marker removed, lines joined, white space folded.
        subpoints: The bullet items that belong to the paragraph.
        span: The paragraph's own source, marker included, subpoints excluded.
    """

    number: int | None
    marker: str | None
    text: str
    subpoints: tuple[Subpoint, ...] = ()
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form of the paragraph."""
        return {
            "number": self.number,
            "marker": self.marker,
            "text": self.text,
            "subpoints": [sub.to_dict() for sub in self.subpoints],
            "span": self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild a paragraph from :meth:`to_dict` output."""
        return cls(
            number=data["number"],
            marker=data["marker"],
            text=data["text"],
            subpoints=tuple(Subpoint.from_dict(sub) for sub in data["subpoints"]),
            span=Span.from_list(data["span"]),
        )


def _optional_span(value: list[int] | None) -> Span | None:
    return None if value is None else Span.from_list(value)


def _span_list(span: Span | None) -> list[int] | None:
    return None if span is None else span.to_list()


@attrs.frozen(kw_only=True)
class Readout:
    r"""The parsed record of one page.

    Attributes:
        title: The page's headline, or ``None``.
        date: The publication date from the date header, or ``None``.
        section: The site section (breadcrumb leaf or category heading), or ``None``.
        paragraphs: The body, in order.
        lines: Every non-blank input line with its kind (the lossless view).
        warnings: What looked wrong, with positions.
        title_span: Where the title came from (its first line's span to its last).
        date_span: Where the date value came from.
        section_span: Where the section came from.

    Example:
        >>> from readoutparse import parse
        >>> readout = parse("Press Releases\n\nTalks held\n\n1. The two sides met.\n")
        >>> readout.title, readout.section, readout.paragraphs[0].text
        ('Talks held', 'Press Releases', 'The two sides met.')
    """

    title: str | None
    date: dt.date | None
    section: str | None
    paragraphs: tuple[Paragraph, ...] = ()
    lines: tuple[Line, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    title_span: Span | None = None
    date_span: Span | None = None
    section_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        r"""Return a JSON-ready dict; :meth:`from_dict` rebuilds an equal readout.

        Example:
            >>> from readoutparse import parse
            >>> data = parse("Talks held\n\n1. The two sides met.\n").to_dict()
            >>> data["schema_version"], data["title"], data["paragraphs"][0]["number"]
            (1, 'Talks held', 1)
        """
        return {
            "schema_version": SCHEMA_VERSION,
            "title": self.title,
            "date": None if self.date is None else self.date.isoformat(),
            "section": self.section,
            "paragraphs": [paragraph.to_dict() for paragraph in self.paragraphs],
            "title_span": _span_list(self.title_span),
            "date_span": _span_list(self.date_span),
            "section_span": _span_list(self.section_span),
            "lines": [line.to_dict() for line in self.lines],
            "warnings": [warning.to_dict() for warning in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild a readout from :meth:`to_dict` (or parsed :meth:`to_json`) output.

        Raises:
            ValueError: If ``schema_version`` is not one this release reads.
        """
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            msg = f"unsupported schema_version {version!r}; this release reads {SCHEMA_VERSION}"
            raise ValueError(msg)
        date = data["date"]
        return cls(
            title=data["title"],
            date=None if date is None else dt.date.fromisoformat(date),
            section=data["section"],
            paragraphs=tuple(Paragraph.from_dict(p) for p in data["paragraphs"]),
            lines=tuple(Line.from_dict(line) for line in data["lines"]),
            warnings=tuple(ParseWarning.from_dict(w) for w in data["warnings"]),
            title_span=_optional_span(data["title_span"]),
            date_span=_optional_span(data["date_span"]),
            section_span=_optional_span(data["section_span"]),
        )

    def to_json(self, *, indent: int | None = None) -> str:
        r"""Return :meth:`to_dict` as JSON text (non-ASCII escaped, so any string is safe).

        Example:
            >>> from readoutparse import parse
            >>> parse("Talks held\n\n1. The two sides met.\n").to_json()[:40]
            '{"schema_version": 1, "title": "Talks he'
        """
        return json.dumps(self.to_dict(), indent=indent)

    def structure(self) -> dict[str, Any]:
        r"""Return the structured view only: title, date, section and paragraphs.

        Spans, lines and warnings are left out. This is the shape of the
        project's ``*.expected.json`` files, handy for comparing two parses.

        Example:
            >>> from readoutparse import parse
            >>> parse("Talks held\n\n1. The two sides met.\n").structure()["paragraphs"]
            [{'number': 1, 'text': 'The two sides met.', 'subpoints': []}]
        """
        return {
            "title": self.title,
            "date": None if self.date is None else self.date.isoformat(),
            "section": self.section,
            "paragraphs": [
                {
                    "number": paragraph.number,
                    "text": paragraph.text,
                    "subpoints": _structure_subpoints(paragraph.subpoints),
                }
                for paragraph in self.paragraphs
            ],
        }

    def iter_rows(self, source: str | None = None) -> Iterator[Row]:
        r"""Yield one :class:`~readoutparse.Row` per paragraph and per subpoint, in page order.

        Each paragraph's row is followed by the rows of its subpoints, depth first.
        A page without paragraphs has no rows; its fields are in :meth:`to_dict`.

        Args:
            source: Where the page came from (a path, a URL), copied onto every row.

        Example:
            >>> from readoutparse import parse
            >>> readout = parse("Talks held\n\n1. The two sides met.\n - On trade.\n")
            >>> for row in readout.iter_rows("talks.txt"):
            ...     print(row["paragraph"], repr(row["path"]), row["marker"], row["text"])
            1 '' 1. The two sides met.
            1 '1' - On trade.
        """
        return iter_rows(self, source)

    def to_rows(self, source: str | None = None) -> list[Row]:
        r"""Return :meth:`iter_rows` as a list, ready for ``pandas.DataFrame(rows)``.

        Example:
            >>> from readoutparse import parse
            >>> rows = parse("Talks held\n\n1. The two sides met.\n").to_rows()
            >>> rows[0]["title"], rows[0]["number"], rows[0]["depth"], rows[0]["text"]
            ('Talks held', 1, 0, 'The two sides met.')
        """
        return list(iter_rows(self, source))

    def render(self) -> str:
        r"""Render the readout back to canonical clean text.

        Parsing the rendered text gives the same structured view.

        Example:
            >>> from readoutparse import parse
            >>> print(parse("Talks held\n\n1. The two sides met.\n").render())
            Talks held
            <BLANKLINE>
            1. The two sides met.
            <BLANKLINE>
        """
        from readoutparse._render import render  # noqa: PLC0415 - avoids an import cycle

        return render(self)


def _structure_subpoints(subpoints: tuple[Subpoint, ...]) -> list[dict[str, Any]]:
    return [
        {"marker": sub.marker, "text": sub.text, "subpoints": _structure_subpoints(sub.subpoints)}
        for sub in subpoints
    ]
