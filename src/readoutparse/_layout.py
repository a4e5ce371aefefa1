"""Layout: where the head, the body and the trailer of a page meet, and what wraps.

Worked out first, from the shapes of all lines: which lines go on with a
hard-wrapped line before them (:func:`wrap_flags`), the width the page was
wrapped at (:func:`wrap_width`), which blocks read as prose
(:func:`block_prose`), and where the body starts and ends (:func:`find_body`).
"""

from __future__ import annotations

from typing import Final

from readoutparse._classify import (
    ends_body,
    is_heading,
    looks_like_title,
    numbered_body,
    stops_mid_phrase,
)
from readoutparse._rules import is_phrase
from readoutparse._shape import Classified, Shape
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

_BODY_BULLETS_IN_HEAD: Final = frozenset(m for m, rank in BULLET_RANKS.items() if rank == 1) | {"※"}
_BLOCK_SHAPES: Final = frozenset({Shape.TEXT, Shape.NUMBERED, Shape.BULLET, Shape.BOX})
_HEADER_SHAPES: Final = frozenset({Shape.DATE_LABEL, Shape.META_LABEL, Shape.TITLE_LABEL})
_DATED_SHAPES: Final = frozenset({Shape.DATE_LABEL, Shape.DATE})
_WRAPPABLE: Final = frozenset({Shape.DATE, Shape.CHROME, Shape.TEXT})  # never label lines
_UNWRAPPED: Final = frozenset({Shape.CHROME, Shape.SECTION_NAME, Shape.END_MARK})


def _continues(item: Classified, after: Classified, *, wrapped: bool) -> bool:
    """Say whether ``after`` is a hard-wrapped line of the block ``item`` is in.

    ``wrapped`` is ``after``'s flag from :func:`wrap_flags`.
    """
    return wrapped or (
        item.shape in _BLOCK_SHAPES
        and after.shape is Shape.TEXT
        and not after.line.blank_before
        and len(after.line.text) < ONE_PER_LINE_MIN_CHARS
        and not item.ends
    )


def block_prose(items: list[Classified], wrapped: list[bool]) -> list[bool]:
    """For each line: does the hard-wrapped block starting at it read as prose?

    Old pages wrap a paragraph at a fixed width, so its first line alone
    stops mid-sentence; the block it starts is judged as a whole: its length,
    its words, and whether its last line ends a sentence.
    """
    found = [item.prose for item in items]
    chars = words = 0
    ends = False
    after: Classified | None = None
    for i in range(len(items) - 1, -1, -1):
        item = items[i]
        text = item.line.text
        # Words count only in a block shorter than PROSE_MIN_CHARS_CJK (see prose_measure),
        # so the spaces of a longer line are never counted.
        spaces = text.count(" ") if len(text) < PROSE_MIN_CHARS_CJK else 0
        if after is not None and _continues(item, after, wrapped=wrapped[i + 1]):
            chars += len(text)
            words += spaces + 1
        else:
            chars, words, ends = len(text), spaces + 1, item.ends
        if not found[i]:
            found[i] = prose_measure(chars, words, ends=ends)
        after = item
    return found


def wrap_width(items: list[Classified], wrapped: list[bool]) -> int | None:
    """The width the page was hard-wrapped at (median of mid-sentence breaks), if it was."""
    widths = sorted(
        width
        for i in range(len(items) - 1)
        if _continues(items[i], items[i + 1], wrapped=wrapped[i + 1])
        and not items[i].line.text.endswith(LEAD_IN_ENDS)  # a lead-in stops, it is not wrapped
        and (width := len(items[i].line.text) + items[i].line.indent) >= WRAP_MIN_WIDTH
    )
    return widths[len(widths) // 2] if widths else None


class _BodyFinder:
    """Decides where the head ends and the body starts, with one look at each line."""

    def __init__(self, items: list[Classified], wrapped: list[bool]) -> None:
        self.items = items
        self.wrapped = wrapped
        self.prose = block_prose(items, wrapped)

    def _next(self, i: int) -> Classified | None:
        return self.items[i + 1] if i + 1 < len(self.items) else None

    def starts_body(self, i: int) -> bool:
        item = self.items[i]
        shape = item.shape
        if shape is Shape.TEXT:
            return self.prose[i] and (item.prose or self._opens_block(i))
        if shape is Shape.BOX:
            return True
        if shape is Shape.NUMBERED:
            return self._numbered(i)
        if shape is Shape.BULLET:
            return item.marker in _BODY_BULLETS_IN_HEAD or item.prose
        return False

    def _numbered(self, i: int) -> bool:
        """A numbered line that is body: long or a sentence, or the start of a wrapped one."""
        return numbered_body(self.items[i]) or self.prose[i]

    def _opens_block(self, i: int) -> bool:
        """A wrapped block's first line is long, or the next line goes on in lower case."""
        after = self._next(i)
        return len(self.items[i].line.text) >= WRAP_MIN_CHARS or (
            after is not None and after.line.text[:1].islower()
        )

    def _runs_on(self, i: int) -> bool:
        """The line stops mid-phrase and the next, right under it, goes on in lower case."""
        after = self._next(i)
        return (
            after is not None
            and not after.line.blank_before
            and after.line.text[:1].islower()
            and stops_mid_phrase(self.items[i].line.text)
        )

    def _ends_body_before_header(self, i: int) -> bool:
        """A sentence with nothing body-like after the date or field label under it.

        That is the body's last paragraph with the page's date after it
        (``Published 4 February 2025``), not a headline above a date header.
        """
        if not _is_sentence(self.items[i]):
            return False
        header = next(j for j in self._ahead(i) if self._is_header(j))
        return not any(self.starts_body(j) for j in range(header + 1, len(self.items)))

    def header_follows(self, i: int) -> bool:
        """A date or field label right after the line: the line is the title, not the body."""
        return any(self._is_header(j) for j in self._ahead(i))

    def _ahead(self, i: int) -> range:
        return range(i + 1, min(i + 1 + HEADER_LOOKAHEAD, len(self.items)))

    def _is_header(self, j: int) -> bool:
        return self.items[j].shape in _HEADER_SHAPES and not self.wrapped[j]

    def _after_title(self, item: Classified) -> bool:
        """Once a title is seen, headings, bullets and (after a date) numbers open the body."""
        if item.shape is Shape.TEXT:
            return is_heading(item.line.text)
        if item.shape is Shape.BULLET:
            return item.marker != "•"
        return item.shape is Shape.NUMBERED and not is_social(item.content)

    def start(self) -> int:
        seen_heading = seen_date = False
        for i, item in enumerate(self.items):
            seen_date = seen_date or item.shape in _DATED_SHAPES
            if not self.starts_body(i):
                opens = self._after_title(item) and (item.shape is not Shape.NUMBERED or seen_date)
                if (seen_heading and opens) or is_heading(item.line.text):
                    return i
                seen_heading = seen_heading or item.shape is Shape.TEXT
                continue
            if item.shape is Shape.TEXT and (
                (self.header_follows(i) and not self._ends_body_before_header(i))
                or (not seen_heading and looks_like_title(item.line.text) and not self._runs_on(i))
            ):
                seen_heading = True
                continue
            return i
        return len(self.items)

    def end(self, start: int) -> int:
        items, count = self.items, len(self.items)
        numbered = self._numbering(start)
        end = start
        for i in range(count - 1, start - 1, -1):
            if i in numbered or self._body_like(i):
                end = i + 1
                break
        while end < count and (
            (items[end].shape is Shape.TEXT and not items[end].line.blank_before)
            or self.wrapped[end]
        ):
            end += 1
        return next(
            (i for i in range(start, end) if ends_body(items[i]) and not self.wrapped[i]), end
        )

    def _numbering(self, start: int) -> set[int]:
        """Numbered lines that carry the body's numbering on (``2.`` after ``1.``), short or not."""
        found: set[int] = set()
        last: int | None = None
        for i in range(start, len(self.items)):
            item = self.items[i]
            if item.shape is not Shape.NUMBERED:
                continue
            if self._numbered(i) or (last is not None and item.number == last + 1):
                found.add(i)
                last = item.number
        return found

    def _body_like(self, i: int) -> bool:
        item = self.items[i]
        if item.shape is Shape.BOX or item.shape is Shape.BULLET:
            return True
        if item.shape is Shape.NUMBERED:
            return self._numbered(i)
        return item.shape is Shape.TEXT and self.prose[i]


def _is_sentence(item: Classified) -> bool:
    """A line that ends a sentence of several words: body, even with a date label under it."""
    return item.ends and item.line.text.count(" ") + 1 >= PROSE_MIN_WORDS


def wrap_flags(items: list[Classified]) -> list[bool]:
    """For each line: does it go on with the wrapped line before it, whatever it looks like?"""
    flags = [False] * len(items)
    for i in range(1, len(items)):
        flags[i] = wraps_into(items[i - 1], items[i], before_wrapped=flags[i - 1])
    return flags


def wraps_into(before: Classified, item: Classified, *, before_wrapped: bool) -> bool:
    """Say whether ``item``, whatever it looks like, goes on with the wrapped line before it.

    A hard-wrapped paragraph may put any words at the start of a line: 'back to
    Seoul …', 'Spokesperson and Deputy Minister …, who', 'posted on March 3,
    2019, …', '2023.09.29.'. A line that is no marker and no whole-line chrome
    phrase, directly under a long line that stops mid-sentence, is read on.
    """
    return (
        item.shape in _WRAPPABLE
        and not item.line.blank_before
        and (before_wrapped or before.shape not in _UNWRAPPED)
        and len(before.line.text) >= WRAP_MIN_WIDTH
        and not before.ends
        and (item.shape is Shape.TEXT or stops_mid_phrase(before.line.text))
        and item.line.text[:1] not in LABEL_LEAD
        and item.line.indent <= before.line.indent + HANGING_INDENT
        and not is_phrase(item.line.text)
    )


def find_body(items: list[Classified], wrapped: list[bool]) -> tuple[int, int]:
    """Return ``(start, end)``: the body is ``items[start:end]``.

    The body starts at the first paragraph-like line (a numbered sentence, a
    ``□`` item, a level-one bullet, a prose block) that is not the title (a
    headline-cased first line, or a line a date header follows). It ends after
    the last body-like line and the lines wrapped onto it, or at an end mark
    ``끝.``, a signature or a trailer heading (``외교부 개요``, ``Featured Topics``).
    """
    finder = _BodyFinder(items, wrapped)
    start = finder.start()
    return start, finder.end(start)
