"""Layout: where the head, the body and the trailer of a page meet, and what wraps.

Worked out first, from the shapes of all lines: which lines go on with a
hard-wrapped line before them (:func:`wrap_flags`), the width the page was
wrapped at (:func:`wrap_width`), which blocks read as prose
(:func:`block_prose`), and where the body starts and ends (:func:`find_body`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse._classify import (
    ends_body,
    is_heading,
    looks_like_title,
    numbered_body,
    stops_mid_phrase,
)
from readoutparse._page import BLANK_BEFORE, ENDS, PROSE
from readoutparse._shape import Shape, shape_code
from readoutparse._text import is_social, prose_measure
from readoutparse._vocabulary import (
    BULLET_RANKS,
    HANGING_INDENT,
    HEADER_LOOKAHEAD,
    LABEL_LEAD,
    LEAD_IN_ENDS,
    ONE_PER_LINE_MIN_CHARS,
    PROSE_MIN_CHARS_CJK,
    PROSE_MIN_WORDS,
    WRAP_MIN_CHARS,
    WRAP_MIN_WIDTH,
)
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse._page import Page

_BODY_BULLETS_IN_HEAD: Final = frozenset(m for m, rank in BULLET_RANKS.items() if rank == 1) | {"※"}
_TEXT: Final = shape_code(Shape.TEXT)
_NUMBERED: Final = shape_code(Shape.NUMBERED)
_BULLET: Final = shape_code(Shape.BULLET)
_BOX: Final = shape_code(Shape.BOX)
_DATE: Final = shape_code(Shape.DATE)
_DATE_LABEL: Final = shape_code(Shape.DATE_LABEL)
_END_MARK: Final = shape_code(Shape.END_MARK)
_CHROME: Final = shape_code(Shape.CHROME)
_BLOCK_SHAPES: Final = frozenset({_TEXT, _NUMBERED, _BULLET, _BOX})
_HEADER_SHAPES: Final = frozenset(
    shape_code(shape) for shape in (Shape.DATE_LABEL, Shape.META_LABEL, Shape.TITLE_LABEL)
)
_DATED_SHAPES: Final = frozenset({_DATE_LABEL, _DATE})
_WRAPPABLE: Final = frozenset(shape_code(s) for s in (Shape.DATE, Shape.CHROME, Shape.TEXT))
_UNWRAPPED: Final = frozenset(
    shape_code(s) for s in (Shape.CHROME, Shape.SECTION_NAME, Shape.END_MARK)
)  # never label lines


def _continues(page: Page, i: int, *, wrapped: bool) -> bool:
    """Say whether line ``i + 1`` is a hard-wrapped line of the block line ``i`` is in.

    ``wrapped`` is line ``i + 1``'s flag from :func:`wrap_flags`.
    """
    after = i + 1
    return wrapped or (
        page.shapes[i] in _BLOCK_SHAPES
        and page.shapes[after] == _TEXT
        and not page.flags[after] & BLANK_BEFORE
        and page.width(after) < ONE_PER_LINE_MIN_CHARS
        and not page.flags[i] & ENDS
    )


def block_prose(page: Page) -> list[bool]:
    """For each line: does the hard-wrapped block starting at it read as prose?

    Old pages wrap a paragraph at a fixed width, so its first line alone
    stops mid-sentence; the block it starts is judged as a whole: its length,
    its words, and whether its last line ends a sentence.
    """
    flags, wrapped = page.flags, page.wrapped
    found = [bool(flags[i] & PROSE) for i in range(len(page))]  # mypyc loops on no bytearray
    chars = words = 0
    ends = False
    for i in range(len(page) - 1, -1, -1):
        width = page.width(i)
        # Words count only in a block shorter than PROSE_MIN_CHARS_CJK (see prose_measure),
        # so the spaces of a longer line are never counted.
        spaces = page.text(i).count(" ") if width < PROSE_MIN_CHARS_CJK else 0
        if i + 1 < len(page) and _continues(page, i, wrapped=wrapped[i + 1]):
            chars += width
            words += spaces + 1
        else:
            chars, words, ends = width, spaces + 1, bool(flags[i] & ENDS)
        if not found[i]:
            found[i] = prose_measure(chars, words, ends=ends)
    return found


def wrap_width(page: Page) -> int | None:
    """The width the page was hard-wrapped at (median of mid-sentence breaks), if it was."""
    widths = sorted(
        width
        for i in range(len(page) - 1)
        if _continues(page, i, wrapped=page.wrapped[i + 1])
        and not page.text(i).endswith(LEAD_IN_ENDS)  # a lead-in stops, it is not wrapped
        and (width := page.width(i) + page.indents[i]) >= WRAP_MIN_WIDTH
    )
    return widths[len(widths) // 2] if widths else None


class _BodyFinder:
    """Decides where the head ends and the body starts, with one look at each line."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.shapes = page.shapes
        self.wrapped = page.wrapped
        self.prose = block_prose(page)

    def starts_body(self, i: int) -> bool:
        page = self.page
        shape = self.shapes[i]
        if shape == _TEXT:
            return self.prose[i] and (bool(page.flags[i] & PROSE) or self._opens_block(i))
        if shape == _BOX:
            return True
        if shape == _NUMBERED:
            return self._numbered(i)
        if shape == _BULLET:
            return page.marker(i) in _BODY_BULLETS_IN_HEAD or bool(page.flags[i] & PROSE)
        return False

    def _numbered(self, i: int) -> bool:
        """A numbered line that is body: long or a sentence, or the start of a wrapped one."""
        return numbered_body(self.page.content(i)) or self.prose[i]

    def _opens_block(self, i: int) -> bool:
        """A wrapped block's first line is long, or the next line goes on in lower case."""
        page = self.page
        return page.width(i) >= WRAP_MIN_CHARS or (
            i + 1 < len(page) and page.text(i + 1)[:1].islower()
        )

    def _runs_on(self, i: int) -> bool:
        """The line stops mid-phrase and the next, right under it, goes on in lower case."""
        page = self.page
        return (
            i + 1 < len(page)
            and not page.flags[i + 1] & BLANK_BEFORE
            and page.text(i + 1)[:1].islower()
            and stops_mid_phrase(page.text(i))
        )

    def _ends_body_before_header(self, i: int) -> bool:
        """A sentence with nothing body-like after the date or field label under it.

        That is the body's last paragraph with the page's date after it
        (``Published 4 February 2025``), not a headline above a date header.
        """
        if not _is_sentence(self.page, i):
            return False
        header = next(j for j in self._ahead(i) if self._is_header(j))
        return not any(self.starts_body(j) for j in range(header + 1, len(self.page)))

    def header_follows(self, i: int) -> bool:
        """A date or field label right after the line: the line is the title, not the body."""
        return any(self._is_header(j) for j in self._ahead(i))

    def _ahead(self, i: int) -> range:
        return range(i + 1, min(i + 1 + HEADER_LOOKAHEAD, len(self.page)))

    def _is_header(self, j: int) -> bool:
        return self.shapes[j] in _HEADER_SHAPES and not self.wrapped[j]

    def _after_title(self, i: int) -> bool:
        """Once a title is seen, headings, bullets and (after a date) numbers open the body."""
        shape = self.shapes[i]
        if shape == _TEXT:
            return is_heading(self.page.text(i))
        if shape == _BULLET:
            return self.page.marker(i) != "•"
        return shape == _NUMBERED and not is_social(self.page.content(i))

    def start(self) -> int:
        seen_heading = seen_date = False
        shapes = self.shapes
        for i in range(len(self.page)):
            shape = shapes[i]
            seen_date = seen_date or shape in _DATED_SHAPES
            if not self.starts_body(i):
                opens = self._after_title(i) and (shape != _NUMBERED or seen_date)
                if (seen_heading and opens) or is_heading(self.page.text(i)):
                    return i
                seen_heading = seen_heading or shape == _TEXT
                continue
            if shape == _TEXT and (
                (self.header_follows(i) and not self._ends_body_before_header(i))
                or (
                    not seen_heading
                    and looks_like_title(self.page.text(i))
                    and not self._runs_on(i)
                )
            ):
                seen_heading = True
                continue
            return i
        return len(self.page)

    def end(self, start: int) -> int:
        page, count = self.page, len(self.page)
        numbered = self._numbering(start)
        end = start
        for i in range(count - 1, start - 1, -1):
            if i in numbered or self._body_like(i):
                end = i + 1
                break
        while end < count and (
            (self.shapes[end] == _TEXT and not page.flags[end] & BLANK_BEFORE)
            or self.wrapped[end]
            or self._closed_by_mark(end)
        ):
            end += 1
        return next(
            (i for i in range(start, end) if _ends_body(page, i) and not self.wrapped[i]), end
        )

    def _closed_by_mark(self, i: int) -> bool:
        """A numbered line right above the end mark ``끝.`` is the body's last, short or not."""
        shapes = self.shapes
        return shapes[i] == _NUMBERED and i + 1 < len(shapes) and shapes[i + 1] == _END_MARK

    def _numbering(self, start: int) -> set[int]:
        """Numbered lines that carry the body's numbering on (``2.`` after ``1.``), short or not."""
        found: set[int] = set()
        last: int | None = None
        for i in range(start, len(self.page)):
            if self.shapes[i] != _NUMBERED:
                continue
            number = self.page.number(i)
            if self._numbered(i) or (last is not None and number == last + 1):
                found.add(i)
                last = number
        return found

    def _body_like(self, i: int) -> bool:
        shape = self.shapes[i]
        if shape in {_BOX, _BULLET}:
            return True
        if shape == _NUMBERED:
            return self._numbered(i)
        return shape == _TEXT and self.prose[i]


def _ends_body(page: Page, i: int) -> bool:
    """An end mark, a signature or a trailer heading (:func:`~readoutparse._classify.ends_body`)."""
    shape = page.shapes[i]
    if shape not in {_END_MARK, _CHROME}:
        return False
    chrome = page.chromes.get(i, LineKind.UNKNOWN)
    return ends_body(page.shape(i), chrome, page.text(i), page.tables)


def _is_sentence(page: Page, i: int) -> bool:
    """A line that ends a sentence of several words: body, even with a date label under it."""
    return bool(page.flags[i] & ENDS) and page.text(i).count(" ") + 1 >= PROSE_MIN_WORDS


def wrap_flags(page: Page) -> list[bool]:
    """For each line: does it go on with the wrapped line before it, whatever it looks like?"""
    flags = [False] * len(page)
    for i in range(1, len(page)):
        flags[i] = wraps_into(page, i, before_wrapped=flags[i - 1])
    return flags


def wraps_into(page: Page, i: int, *, before_wrapped: bool) -> bool:
    """Say whether line ``i``, whatever it looks like, goes on with the wrapped line before it.

    A hard-wrapped paragraph may put any words at the start of a line: 'back to
    Seoul …', 'Spokesperson and Deputy Minister …, who', 'posted on March 3,
    2019, …', '2023.09.29.'. A line that is no marker and no whole-line chrome
    phrase, directly under a long line that stops mid-sentence, is read on.
    """
    before = i - 1
    shape = page.shapes[i]
    if (
        shape not in _WRAPPABLE
        or page.flags[i] & BLANK_BEFORE
        or (not before_wrapped and page.shapes[before] in _UNWRAPPED)
        or page.width(before) < WRAP_MIN_WIDTH
        or page.flags[before] & ENDS
    ):
        return False
    text, before_text = page.text(i), page.text(before)
    return (
        (shape == _TEXT or stops_mid_phrase(before_text))
        and text[:1] not in LABEL_LEAD
        and page.indents[i] <= page.indents[before] + HANGING_INDENT
        and not page.tables.is_phrase(text)
    )


def find_body(page: Page) -> tuple[int, int]:
    """Return ``(start, end)``: the body is lines ``start`` to ``end`` (not included).

    The body starts at the first paragraph-like line (a numbered sentence, a
    ``□`` item, a level-one bullet, a prose block) that is not the title (a
    headline-cased first line, or a line a date header follows). It ends after
    the last body-like line and the lines wrapped onto it, or at an end mark
    ``끝.``, a signature or a trailer heading (``외교부 개요``, ``Featured Topics``).
    """
    finder = _BodyFinder(page)
    start = finder.start()
    return start, finder.end(start)
