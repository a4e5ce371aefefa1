"""Hard wraps: the width each block of a page was wrapped at, if it was.

Old pages hard-wrap a paragraph at a fixed width; one-paragraph-a-line pages do
not. :func:`wrap_widths` tells the two apart block by block, and the layout
(:func:`readoutparse._layout.runs_on`) reads the widths to say which line goes
on with the one above it. :func:`block_prose` judges each hard-wrapped block as a
whole: does it read as prose?
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse._page import BLANK_BEFORE, CONTENT_ENDS, ENDS, PROSE
from readoutparse._ranks import BULLET_RANKS, NOTE_RANK
from readoutparse._shape import BOX_CODE, BULLET_CODE, NUMBERED_CODE, TEXT_CODE, Shape, shape_code
from readoutparse._text import (
    ends_mid_phrase,
    ends_sentence,
    first_word,
    has_word,
    is_dense,
    is_wordlike,
    prose_measure,
    starts_lower,
)
from readoutparse._vocabulary import (
    LEAD_IN_ENDS,
    PROSE_MIN_CHARS_CJK,
    PROSE_MIN_WORDS,
    WRAP_MIN_WIDTH,
)

if TYPE_CHECKING:
    from readoutparse._page import Page

WRAP_SLACK: Final = 10
"""A line that ends no sentence and stops within a ``1/WRAP_SLACK`` of its block's width is wrapped.

A proportional font wraps a line a few characters short of the widest one's count
(``… of the UN`` / ``General Assembly``); a sentence's end that short is a paragraph's.
"""

_BLOCK_SHAPES: Final = frozenset({TEXT_CODE, NUMBERED_CODE, BULLET_CODE, BOX_CODE})
_MARKED: Final = frozenset({NUMBERED_CODE, BULLET_CODE, BOX_CODE})
_WRAPPABLE: Final = frozenset(shape_code(s) for s in (Shape.DATE, Shape.CHROME, Shape.TEXT))


def wrap_widths(page: Page) -> list[int | None]:
    """For each line: the width its block was hard-wrapped at, if it was.

    A block runs from a blank line or a marker to the next. It was wrapped if
    one of its lines breaks where nothing but a wrap explains it: the line stops
    on a comma or a function word, or the line under it goes on in lower case.
    Its width is then its widest line (the text, and the block's indent: a
    hanging indent comes on top of the width wrapped at). A headline stops on
    a noun and one paragraph a line ends each with a sentence: such blocks
    tell no width, however alike their lines are; so does a break short of the
    width the rest of the block runs to (a headline wrapped on its own above
    lines that each hold a paragraph). Each block is measured on its own, as
    pages wrap parts of the text at different widths.
    """
    count = page.count
    found: list[int | None] = [None] * count
    flags, shapes, indents = page.flags, page.shapes, page.indents
    start = widest = base = 0
    breaks: list[int] = []  # the block's lines that break mid-sentence
    for i in range(count):
        if flags[i] & BLANK_BEFORE or shapes[i] in _MARKED:  # the first line has BLANK_BEFORE
            if breaks and _full_breaks(page, breaks, widest, base):
                found[start:i] = [widest] * (i - start)
            start, widest, base, breaks = i, 0, indents[i], []
        widest = max(widest, page.width(i) + base)
        if _breaks_mid_sentence(page, i):
            breaks.append(i)
    if breaks and _full_breaks(page, breaks, widest, base):
        found[start:count] = [widest] * (count - start)
    return found


def _full_breaks(page: Page, breaks: list[int], widest: int, base: int) -> bool:
    """One of ``breaks`` had no room for the next line's first word at the block's width.

    A break short of the width the rest of the block runs to is no wrap at that
    width: a headline wrapped on its own over lines that each hold a paragraph.
    """
    return any(page.width(i) + base + 1 + unbroken(page.text(i + 1)) > widest for i in breaks)


def _breaks_mid_sentence(page: Page, i: int) -> bool:
    """Line ``i`` stops mid-sentence and its block goes on under it: only a wrap explains it."""
    after = i + 1
    return (
        after < page.count
        and not page.flags[i] & CONTENT_ENDS
        and not page.flags[after] & BLANK_BEFORE
        and page.shapes[i] in _BLOCK_SHAPES
        and page.shapes[after] in _WRAPPABLE
        and page.width(i) >= WRAP_MIN_WIDTH
        and (
            ends_mid_phrase(text := page.text(i))
            or starts_lower(following := page.text(after))
            or _dense_break(page, text, following, after)
        )
    )


def _dense_break(page: Page, text: str, following: str, after: int) -> bool:
    """Korean or Chinese text that stops with no sentence end, and goes on under it.

    Such text has no lower case to tell a wrap by, and a wrap splits it anywhere,
    even inside a word (``… 블라디보스`` / ``토크에는 …``). Whether the line had room
    for more decides it (:func:`_full_breaks`): a headline over a longer line of
    body is no wrap.
    """
    return (
        page.shapes[after] == TEXT_CODE
        and is_dense(text)
        and is_dense(following)
        and is_wordlike(text.rsplit(None, 1)[-1])  # not a link or a handle at the end
    )


def unbroken(text: str) -> int:
    """How wide the start of ``text`` is that a wrap would not have split from the line above.

    Its first word; and, when that word ends a sentence, the next word too: a
    wrap that will not break a line right after a sentence's end carries the
    sentence's last word over with the next one.
    """
    word = first_word(text)
    if not ends_sentence(word) or len(word) == len(text):
        return len(word)
    return len(word) + 1 + len(first_word(text[len(word) :]))


def block_indents(page: Page) -> list[int]:
    """For each line: the indent of its block (of the last line after a blank line or a marker).

    A block's own indent is part of the width its text was wrapped at; the
    hanging indent of the lines that go on is added after wrapping, on top of
    it. So a line takes its text's width and its block's indent of the wrap width.
    """
    indents, flags, shapes = page.indents, page.flags, page.shapes
    found: list[int] = []
    base = 0
    for i in range(page.count):
        if flags[i] & BLANK_BEFORE or shapes[i] in _MARKED:
            base = indents[i]
        found.append(base)
    return found


def _continues(page: Page, i: int, *, wrapped: bool) -> bool:
    """Say whether line ``i + 1`` is a hard-wrapped line of the block line ``i`` is in.

    ``wrapped`` is line ``i + 1``'s flag from :func:`wrap_flags`.
    """
    after = i + 1
    return wrapped or (
        page.shapes[i] in _BLOCK_SHAPES and page.shapes[after] == TEXT_CODE and page.runs_on[after]
    )


def block_prose(page: Page) -> list[bool]:
    """For each line: does the hard-wrapped block starting at it read as prose?

    Old pages wrap a paragraph at a fixed width, so its first line alone
    stops mid-sentence; the block it starts is judged as a whole: its length,
    its words, and whether its last line ends a sentence.
    """
    flags, wrapped = page.flags, page.wrapped
    found = [bool(flags[i] & PROSE) for i in range(page.count)]  # mypyc loops on no bytearray
    chars = words = 0
    ends = False
    for i in range(page.count - 1, -1, -1):
        width = page.folded_width(i)  # as the paragraph text it becomes: folded, joined by a space
        # Words count only in a block shorter than PROSE_MIN_CHARS_CJK (see prose_measure),
        # so the spaces of a longer line are never counted; nor those of a rule's dots.
        folded = page.folded(i) if width < PROSE_MIN_CHARS_CJK else ""
        spaces = folded.count(" ") if has_word(folded) else 0
        if i + 1 < page.count and _continues(page, i, wrapped=wrapped[i + 1]):
            chars += width + 1
            words += spaces + 1
        else:
            chars, words, ends = width, spaces + 1, bool(flags[i] & ENDS) or _leads_in(page, i)
        if not found[i]:
            found[i] = prose_measure(chars, words, ends=ends)
    return found


def _leads_in(page: Page, i: int) -> bool:
    """Line ``i`` is a clause ending in a colon, a lead-in to what follows (not a label alone)."""
    return (
        page.width(i) > 0
        and page.source[page.ends[i] - 1] in LEAD_IN_ENDS
        and page.text(i).count(" ") + 1 >= PROSE_MIN_WORDS
    )


def note_with_room(page: Page, note: int, i: int, after: str) -> bool:
    """Line ``note`` is a note (``※ …``, ``* …``) that had room for line ``i``'s first word.

    A note in the nominal style ends on a noun (``… 35개국 참석``); a wider line under it had
    its first word fit there, so no wrap broke the note: on a page of one paragraph a line,
    that line opens a paragraph of its own. An item (``□ … 양국 관계`` / ``발전 방안과 …``)
    may be broken by hand mid-sentence; a note is a remark of its own.
    """
    width = page.width(note)
    return (
        BULLET_RANKS.get(page.marker(note) or "") == NOTE_RANK
        and page.width(i) > width + 1 + unbroken(after) + width // WRAP_SLACK
    )
