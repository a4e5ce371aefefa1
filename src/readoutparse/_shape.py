"""Stage 2's records: the shape of a line, and a line with its shape (``Classified``)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final

from readoutparse._text import (
    ENDING_CHARS,
    ends_on_bracket_credit,
    ends_on_credit,
    ends_on_end_mark,
    ends_sentence,
    prose_text,
)
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse import _dates
    from readoutparse._lines import SourceLine


class Shape(enum.Enum):
    """The shape of a line before context is taken into account."""

    CHROME = "chrome"  # whole-line chrome of a known kind
    SECTION_NAME = "section_name"  # a known section heading
    DATE_LABEL = "date_label"  # 'DATE', 'Date : 2018-06-14', '등록일'
    DATE = "date"  # a line that starts with a date
    META_LABEL = "meta_label"  # 'hit', '조회수 861', '부서명'
    TITLE_LABEL = "title_label"  # '제 목' (the title follows), '제목: …'
    END_MARK = "end_mark"  # '끝.'
    NUMBERED = "numbered"  # '1. …', '(2) …', '③ …'
    BOX = "box"  # '□ …'
    BULLET = "bullet"  # 'O …', 'ㅇ …', '- …', '※ …'
    TEXT = "text"  # anything else

    # Shapes are hashed on the hot path (sets, dicts); Enum's own __hash__ is Python code.
    __hash__ = object.__hash__


SHAPES: Final = tuple(Shape)
"""Every shape, in order: a shape's code (:func:`shape_code`) is its place here."""

SHAPE_CODES: Final = {shape: code for code, shape in enumerate(SHAPES)}
"""The one-byte code of each shape."""


def shape_code(shape: Shape) -> int:
    """The one-byte code of ``shape``."""
    return SHAPE_CODES[shape]


# Each shape's code, as the line view's columns hold it (phases compare codes, not shapes).
CHROME_CODE: Final = SHAPE_CODES[Shape.CHROME]
SECTION_NAME_CODE: Final = SHAPE_CODES[Shape.SECTION_NAME]
DATE_LABEL_CODE: Final = SHAPE_CODES[Shape.DATE_LABEL]
DATE_CODE: Final = SHAPE_CODES[Shape.DATE]
META_LABEL_CODE: Final = SHAPE_CODES[Shape.META_LABEL]
TITLE_LABEL_CODE: Final = SHAPE_CODES[Shape.TITLE_LABEL]
END_MARK_CODE: Final = SHAPE_CODES[Shape.END_MARK]
NUMBERED_CODE: Final = SHAPE_CODES[Shape.NUMBERED]
BOX_CODE: Final = SHAPE_CODES[Shape.BOX]
BULLET_CODE: Final = SHAPE_CODES[Shape.BULLET]
TEXT_CODE: Final = SHAPE_CODES[Shape.TEXT]

LABEL_CODES: Final = frozenset({DATE_LABEL_CODE, META_LABEL_CODE, TITLE_LABEL_CODE})
"""The field labels' codes: a date's, a metadata field's, the title's."""


def sentence_flags(text: str, marker_end: int) -> tuple[bool, bool, bool]:
    """``(ends, content_ends, prose)`` of a line's ``text`` whose marker ends at ``marker_end``.

    Whether the whole line ends a sentence, whether its text past the marker
    does, and whether it reads as a sentence on its own.
    """
    # An end mark after the last sentence ('…하였다.끝') closes it, however it is spaced.
    # So does a credit glued after it ('… <홍길동 기자>', '…했다./연합').
    ends = content_ends = (
        ends_sentence(text)
        or ends_on_end_mark(text, marker_end)
        or ends_on_credit(text, marker_end)
        or ends_on_bracket_credit(text)  # '… of the year. (Yonhap)': a report's last line
    )
    if marker_end and len(text) - marker_end < ENDING_CHARS:
        # Past a marker, the content's own ending counts ('1.”' ends no sentence);
        # ends_sentence reads the last four characters, so it differs only when shorter.
        content_ends = ends_sentence(text[marker_end:])
    return ends, content_ends, prose_text(text, marker_end, ends=content_ends)


class Classified:
    """One line with its shape and what the shape carries.

    ``content`` is the line's text after its marker (the whole text when there
    is none); ``content_start`` is where that begins in the input. ``ends`` says
    whether the whole line ends a sentence, ``content_ends`` whether the content
    does, worked out once for the assembler. ``stored_content`` is a label's
    value when the classifier set one (else ``content`` is sliced), and
    ``known_printable`` whether the text is printable (``None``: not worked out).
    """

    __slots__ = (
        "chrome",
        "content_ends",
        "content_start",
        "date",
        "ends",
        "known_printable",
        "line",
        "marker",
        "marker_end",
        "modified",
        "number",
        "prose",
        "shape",
        "stored_content",
    )

    def __init__(  # noqa: PLR0913 - a record's fields, and those it restores
        self,
        line: SourceLine,
        shape: Shape,
        chrome: LineKind = LineKind.UNKNOWN,
        *,
        marker: str | None = None,
        marker_end: int = 0,
        flags: tuple[bool, bool, bool, bool, bool | None] | None = None,
    ) -> None:
        """Start a record; a ``marker`` ends at ``marker_end`` in ``line.text``.

        ``flags`` (``ends``, ``content_ends``, ``prose``, ``modified``,
        ``printable``) are the record's own when it is restored (:meth:`restore`).
        """
        self.line = line
        self.shape = shape
        self.chrome = chrome
        self.marker = marker
        self.number: int | None = None
        self.marker_end = marker_end
        self.stored_content: str | None = None
        self.known_printable: bool | None = None
        self.date: _dates.FoundDate | None = None
        text = line.text
        chars = len(text) - marker_end
        self.content_start = line.end - chars
        if flags is not None:
            self.ends, self.content_ends, self.prose, self.modified, self.known_printable = flags
            return
        self.ends, self.content_ends, self.prose = sentence_flags(text, marker_end)
        self.modified = False

    @classmethod
    def restore(  # noqa: PLR0913 - every field of the record
        cls,
        line: SourceLine,
        shape: Shape,
        chrome: LineKind,
        *,
        marker: str | None,
        marker_end: int,
        number: int | None,
        date: _dates.FoundDate | None,
        content: str | None,
        flags: tuple[bool, bool, bool, bool, bool | None],
    ) -> Classified:
        """The record as the classifier made it, from the fields it worked out.

        ``flags`` is ``(ends, content_ends, prose, modified, printable)``.
        """
        item = cls(line, shape, chrome, marker=marker, marker_end=marker_end, flags=flags)
        item.number = number
        item.date = date
        item.stored_content = content
        return item

    @property
    def content(self) -> str:
        """The text after the marker, or a label's value; sliced when asked for.

        Not kept: a copy of every line's text past its marker would double the
        memory a page takes while it is read.
        """
        content = self.stored_content
        if content is None:
            return self.line.text[self.marker_end :]  # the text itself when there is no marker
        return content

    @content.setter
    def content(self, value: str) -> None:
        self.stored_content = value

    def __repr__(self) -> str:
        """Show the shape and the line, for debugging."""
        return f"Classified({self.shape.name}, {self.marker!r}, {self.line!r})"


def is_prose(text: str) -> bool:
    """Say whether ``text`` reads as a sentence rather than a heading or a label."""
    return prose_text(text, ends=ends_sentence(text))
