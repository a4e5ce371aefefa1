"""The public data model: frozen, typed, hashable value objects.

Every node carries a :class:`Span` into the original string passed to
:func:`readoutparse.parse`, so each value can be traced back to its source.
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - typing.get_type_hints resolves the fields at run time
import enum
from collections.abc import Sequence  # noqa: TC003 - as datetime
from typing import TYPE_CHECKING, Any

import attrs

from readoutparse._lineview import as_lines
from readoutparse._rows import iter_rows, structure
from readoutparse.errors import ParseWarning  # noqa: TC001 - as datetime above

if TYPE_CHECKING:
    from collections.abc import Iterator

    from readoutparse._rows import Row

SCHEMA_VERSION = 2
"""Version of the dictionary / JSON schema written by :meth:`Readout.to_dict`."""

MAX_NESTING = 32
"""The deepest subpoint nesting a readout holds: a paragraph's own subpoints are at depth 1.

:meth:`Readout.from_dict` refuses deeper nesting, and the parser keeps deeper subpoints at
this depth with warning ``RP202``, so every readout can be copied, pickled, serialised and
rendered without running out of stack.
"""


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
    def from_list(cls, value: list[int] | tuple[int, int]) -> Span:
        """Build a span from its JSON form ``[start, end]``.

        Raises:
            TypeError: If ``value`` is not a list of two integers.
            ValueError: Unless ``0 <= start <= end``.

        Example:
            >>> Span.from_list([8, 3])
            Traceback (most recent call last):
            ...
            ValueError: expected [start, end] with 0 <= start <= end, got [8, 3]
        """
        from readoutparse._validate import span  # noqa: PLC0415 - loaded on first use

        return span(value)


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
    def from_dict(cls, data: dict[str, Any]) -> Line:
        """Rebuild a line from :meth:`to_dict` output, checking every field.

        Raises:
            TypeError: If a field has the wrong type; the message names it.
            ValueError: If a field has a wrong value (an unknown kind, a reversed span).

        Example:
            >>> Line.from_dict({"kind": "headline", "span": [0, 5], "lineno": 1})
            Traceback (most recent call last):
            ...
            ValueError: kind: expected one of the line kinds, got 'headline'
        """
        from readoutparse._validate import line  # noqa: PLC0415 - loaded on first use

        return line(data)


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

    def __repr__(self) -> str:
        """A short summary: the text cut to 60 characters, the subpoints counted."""
        from readoutparse._display import subpoint_repr  # noqa: PLC0415 - loaded on first use

        return subpoint_repr(self)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form of the subpoint."""
        return {
            "marker": self.marker,
            "text": self.text,
            "subpoints": [sub.to_dict() for sub in self.subpoints],
            "span": self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Subpoint:
        """Rebuild a subpoint from :meth:`to_dict` output, checking every field.

        Raises:
            TypeError: If a field has the wrong type; the message names its path.
            ValueError: If a field has a wrong value, a span is out of page order,
                or the nesting is deeper than :data:`MAX_NESTING` (the subpoint is at depth 1).

        Example:
            >>> Subpoint.from_dict({"marker": "O", "text": None, "subpoints": [], "span": [0, 4]})
            Traceback (most recent call last):
            ...
            TypeError: text: expected a string, got None
        """
        from readoutparse._validate import subpoint  # noqa: PLC0415 - loaded on first use

        return subpoint(data)


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

    def __repr__(self) -> str:
        r"""A short summary: the text cut to 60 characters, the subpoints counted.

        Example:
            >>> from readoutparse import parse
            >>> parse("Talks held\n\n1. The two sides met.\n - On trade.\n").paragraphs[0]
            <Paragraph number=1 marker='1.' text='The two sides met.' subpoints=1 span=12:33>
        """
        from readoutparse._display import paragraph_repr  # noqa: PLC0415 - loaded on first use

        return paragraph_repr(self)

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
    def from_dict(cls, data: dict[str, Any]) -> Paragraph:
        """Rebuild a paragraph from :meth:`to_dict` output, checking every field.

        Raises:
            TypeError: If a field has the wrong type; the message names its path.
            ValueError: If a field has a wrong value, a span is out of page order,
                or the nesting is deeper than :data:`MAX_NESTING`.

        Example:
            >>> Paragraph.from_dict(
            ...     {"number": "1", "marker": "1.", "text": "Met.", "subpoints": [], "span": [0, 7]}
            ... )
            Traceback (most recent call last):
            ...
            TypeError: number: expected an integer >= 0 or null, got '1'
        """
        from readoutparse._validate import paragraph  # noqa: PLC0415 - loaded on first use

        return paragraph(data)


def _span_list(span: Span | None) -> list[int] | None:
    return None if span is None else span.to_list()


@attrs.frozen(kw_only=True)
class Repost:
    r"""The wire or outlet tag a repost opens its body with, taken out of the paragraph's text.

    Attributes:
        place: Where the story was filed (``서울``, ``WASHINGTON``), or ``None``.
        agency: The agency or outlet (``연합뉴스``, ``Yonhap``, ``뉴스와이어``), or ``None``.
        reporter: The reporter's byline (``홍길동 기자``), or ``None``.
        span: Where the tag lies in the input (its line stays in ``lines``).

    Example:
        >>> from readoutparse import parse
        >>> readout = parse("회담 결과\n\n(서울=연합뉴스) 홍길동 기자 = 양국 장관이 만났다.\n")
        >>> readout.repost.place, readout.repost.agency, readout.repost.reporter
        ('서울', '연합뉴스', '홍길동 기자')
        >>> readout.paragraphs[0].text
        '양국 장관이 만났다.'
    """

    place: str | None
    agency: str | None
    reporter: str | None
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict form; ``span`` is ``[start, end]``."""
        return {
            "place": self.place,
            "agency": self.agency,
            "reporter": self.reporter,
            "span": self.span.to_list(),
        }


@attrs.frozen(kw_only=True)
class Readout:
    r"""The parsed record of one page.

    Attributes:
        title: The page's headline, or ``None``.
        date: The publication date from the date header, or ``None``.
        section: The site section (breadcrumb leaf or category heading), or ``None``.
        paragraphs: The body, in order.
        lines: Every non-blank input line with its kind: the lossless view (:class:`Lines`).
        warnings: What looked wrong, with positions.
        title_span: Where the title came from (its first line's span to its last).
        date_span: Where the date value came from.
        section_span: Where the section came from.
        repost: The wire or outlet tag at the start of the body, or ``None``.

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
    lines: Sequence[Line] = attrs.field(default=(), converter=as_lines)
    warnings: tuple[ParseWarning, ...] = ()
    title_span: Span | None = None
    date_span: Span | None = None
    section_span: Span | None = None
    repost: Repost | None = None

    def __repr__(self) -> str:
        r"""A one-line summary: title, date, section, counts of paragraphs and lines, warning codes.

        Long titles and sections are cut, so it stays under 300 characters
        whatever the readout holds; :meth:`to_dict` shows everything.

        Example:
            >>> from readoutparse import parse
            >>> parse("Talks held\n\nDATE\n2024-02-29\n\n1. Met.\n\n3. Left.\n")
            <Readout title='Talks held' date=2024-02-29 section=None paragraphs=2 lines=5
            warnings=[RP203]>
        """
        from readoutparse._display import readout_repr  # noqa: PLC0415 - loaded on first use

        return readout_repr(self)

    def _repr_html_(self) -> str:
        """The readout as HTML, for Jupyter and other notebooks: fields, warnings and body."""
        from readoutparse._display import readout_html  # noqa: PLC0415 - loaded on first use

        return readout_html(self)

    def to_dict(self) -> dict[str, Any]:
        r"""Return a JSON-ready dict; :meth:`from_dict` rebuilds an equal readout.

        Example:
            >>> from readoutparse import parse
            >>> data = parse("Talks held\n\n1. The two sides met.\n").to_dict()
            >>> data["schema_version"], data["title"], data["paragraphs"][0]["number"]
            (2, 'Talks held', 1)
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
            "repost": None if self.repost is None else self.repost.to_dict(),
            "lines": [line.to_dict() for line in self.lines],
            "warnings": [warning.to_dict() for warning in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Readout:
        r"""Rebuild a readout from :meth:`to_dict` (or parsed :meth:`to_json`) output.

        Every field is checked, so a readout read back keeps the promises of a
        parsed one: the model's types; spans ``[start, end]`` with
        ``0 <= start <= end``, in page order, within the text the lines cover;
        known line kinds and warning codes; nesting at most :data:`MAX_NESTING`
        deep (:ref:`reading-back` lists every check). The ``source`` key of the
        command's JSON Lines records is allowed and left out; any other key is refused.

        Raises:
            ValueError: If ``schema_version`` is not one this release reads, or a
                field has a wrong value; the message starts with its path.
            TypeError: If a field has the wrong type or is not an object; the
                message starts with its path.

        Example:
            >>> from readoutparse import parse
            >>> data = parse("Talks held\n\n1. The two sides met.\n").to_dict()
            >>> data["paragraphs"][0]["span"] = [12, 5]
            >>> Readout.from_dict(data)
            Traceback (most recent call last):
            ...
            ValueError: paragraphs[0].span: expected [start, end] ..., got [12, 5]
        """
        from readoutparse._validate import readout  # noqa: PLC0415 - loaded on first use

        return readout(data)

    def to_json(self, *, indent: int | None = None) -> str:
        r"""Return :meth:`to_dict` as JSON text, characters as they are.

        Korean, quotes and dashes are written as themselves (encode the text as
        UTF-8 to store it); only a lone surrogate, which no UTF-8 text can hold,
        is escaped as ``\udXXX``. With ``indent``, each span ``[start, end]``
        stays on one line.

        Args:
            indent: Indent nested values by this many spaces, one per line;
                ``None`` (the default) writes everything on one line.

        Example:
            >>> from readoutparse import parse
            >>> parse("회담 결과\n\n□ 양국은 만났다.\n").to_json()[:40]
            '{"schema_version": 2, "title": "회담 결과", '
        """
        from readoutparse._schema import dumps  # noqa: PLC0415 - loaded on first use

        return dumps(self.to_dict(), indent)

    def structure(self) -> dict[str, Any]:
        r"""Return the structured view only: title, date, section and paragraphs.

        Spans, lines and warnings are left out. This is the shape of the
        project's ``*.expected.json`` files, handy for comparing two parses.

        Example:
            >>> from readoutparse import parse
            >>> parse("Talks held\n\n1. The two sides met.\n").structure()["paragraphs"]
            [{'number': 1, 'text': 'The two sides met.', 'subpoints': []}]
        """
        return structure(self)

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
