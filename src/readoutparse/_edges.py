"""The body's edges: where it stops, and what shape of line inside it is not body.

Read by the layout (:func:`readoutparse._layout.find_body`) to place the body's
end, and by the body phase to set chrome inside the body apart. Each test reads
one line of the line view, or a few around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse import _dates
from readoutparse import _vocabulary as vocab
from readoutparse._classify import ends_body
from readoutparse._page import BLANK_BEFORE, ENDS
from readoutparse._shape import (
    BOX_CODE,
    BULLET_CODE,
    CHROME_CODE,
    END_MARK_CODE,
    NUMBERED_CODE,
    TEXT_CODE,
    Classified,
    Shape,
)
from readoutparse._text import ends_mid_phrase, ends_on_end_mark
from readoutparse._vocabulary import (
    BOX_MARKERS,
    BULLET_RANKS,
    END_MARK_WORD,
    IMAGE_MARKUP,
    LEAD_IN_ENDS,
    POINTERS,
    PROSE_MIN_WORDS,
)
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse._page import Page

_GLYPHS: Final = frozenset(BULLET_RANKS) | BOX_MARKERS
_BLOCK_SHAPES: Final = frozenset({TEXT_CODE, NUMBERED_CODE, BULLET_CODE, BOX_CODE})
_MARK_TAIL: Final = " .。-/>)]"  # what may close an end mark: '끝.', '-끝-', '<끝>'
_GLUED_MARK_MIN_WIDTH: Final = 4  # a sentence end, a space and the mark at least


def trails_body(page: Page, i: int) -> bool:
    """A line right under the body's last line that the body reads, though it does not run on.

    A sentence cut short (``… 협력해 나가기로``: the page ends mid-sentence) is
    body; so is a bullet glyph alone, which the body keeps as a line with a warning.
    """
    if page.flags[i] & BLANK_BEFORE:
        return False
    if page.width(i) == 1:
        return page.text(i) in _GLYPHS
    text = page.text(i)
    return ends_mid_phrase(text) and text.count(" ") + 1 >= PROSE_MIN_WORDS


def ends_body_at(page: Page, i: int) -> bool:
    """An end mark, a signature or a trailer heading (:func:`~readoutparse._classify.ends_body`)."""
    shape = page.shapes[i]
    if shape not in {END_MARK_CODE, CHROME_CODE}:
        return False
    chrome = page.chromes.get(i, LineKind.UNKNOWN)
    return ends_body(page.shape(i), chrome, page.text(i), page.tables)


def closes_document(page: Page, i: int) -> bool:
    """A body line that ends with the Korean end mark (``…하였다.  끝.``): the last of the body.

    Its text past its marker does: a marker's full stop closes no sentence (``16. 끝``
    is an item, as ``⑯끝`` is), and the marker is no part of the sentence the mark
    closes (``□ ]끝`` is as short as ``]끝``).
    """
    shape = page.shapes[i]
    marker_end = page.marker_end(i)
    if shape not in _BLOCK_SHAPES or page.width(i) - marker_end < _GLUED_MARK_MIN_WIDTH:
        return False
    # Read the line's last characters in place: only a line ending on the mark is sliced.
    source, at, start = page.source, page.ends[i] - 1, page.text_starts[i]
    while at > start and source[at] in _MARK_TAIL:
        at -= 1
    return source[at] == END_MARK_WORD and ends_on_end_mark(page.text(i), marker_end)


def is_sentence(page: Page, i: int) -> bool:
    """A line that ends a sentence of several words: body, even with a date label under it."""
    return bool(page.flags[i] & ENDS) and page.text(i).count(" ") + 1 >= PROSE_MIN_WORDS


def lone_line(page: Page, i: int) -> bool:
    """Line ``i`` stands alone: a sentence on one line, no lead-in, nothing wrapped onto it."""
    after = i + 1
    return (
        page.shapes[i] in _LONE_SHAPES
        and bool(page.flags[i] & ENDS)
        and not page.text(i).endswith(LEAD_IN_ENDS)
        and (after >= len(page) or not (page.runs_on[after] or page.wrapped[after]))
    )


def stray_line(page: Page, i: int, after: int, *, header: bool) -> bool:
    """Say whether the lone sentence at line ``i`` is chrome before the head, not the body.

    A cookie banner's or a search box's sentence (``We use some essential
    cookies …``, ``* The search is limited to …``) reads as prose, but items
    that end no sentence run under it (buttons, a menu, a headline) before the body that
    ``after`` starts, and the head comes between: a date line among them, a
    date or field label near that body, or a wire dateline opening it
    (``SEOUL, June 13 (Yonhap) --``).
    """
    run = range(i + 1, after)
    if len(run) < STRAY_RUN_MIN or any(page.flags[j] & ENDS for j in run):
        return False
    return header or page.tables.repost_tag_re().match(page.text(after)) is not None


def first_repeat(page: Page, start: int, stop: int) -> int:
    """Where the body's first line comes again after chrome, before ``stop``; else ``stop``.

    Some pages print the body twice (a print view under the article, after the
    reporter's line and the copyright): the copy is not body. A sentence a line
    long that opened the body, stated again after a chrome line, opens a copy.
    """
    width = page.width(start) if start < stop else 0
    if width < REPEAT_MIN_CHARS or not page.flags[start] & ENDS:
        return stop
    first = page.text(start)
    chrome = False
    for i in range(start + 1, stop):
        if page.shapes[i] == CHROME_CODE and not (page.wrapped[i] or page.runs_on[i]):
            chrome = True  # a chrome line of its own, not the wrapped end of a sentence
        elif chrome and page.width(i) == width and page.text(i) == first:
            return i
    return stop


REPEAT_MIN_CHARS: Final = 40
"""The body's first line, this long at least, stated again opens a copy (:func:`first_repeat`)."""


def closes_page(page: Page, end: int) -> bool:
    """Lines ``end`` on to the page's end are short sentences: the body's closing (``Thank you.``).

    A closing too short to read as prose, with nothing after it: no chrome line
    ends a page with a sentence of its own.
    """
    count = len(page)
    return 0 < count - end <= CLOSING_MAX_LINES and all(
        page.shapes[i] == TEXT_CODE and page.flags[i] & ENDS and " " in page.text(i)
        for i in range(end, count)
    )


CLOSING_MAX_LINES: Final = 2
"""Short sentences, at most, that close a page after the body (:func:`closes_page`)."""

STRAY_SCAN: Final = 40
"""How far under a lone sentence the next body line is sought (:func:`stray_line`)."""

STRAY_RUN_MIN: Final = 3
"""Short lines, at least, between a stray sentence and the body: a run of items, not a gap."""

_LONE_SHAPES: Final = frozenset({TEXT_CODE, BULLET_CODE})


def stamp(content: str) -> _dates.FoundDate | None:
    """The date ``content`` is, with a time after it at most (``2025-03-07 18:59``)."""
    found = _dates.bare_date(content)
    if found is None or found.value is None or found.start:
        return None
    return found if vocab.TIME_TAIL_RE.match(content, found.end) is not None else None


def as_date_line(page: Page, i: int, found: _dates.FoundDate) -> None:
    """Make line ``i`` a date line: ``found`` is its date, found in its content."""
    shift = page.marker_end(i)
    classified = Classified(page.item(i).line, Shape.DATE)
    classified.date = found._replace(start=found.start + shift, end=found.end + shift)
    page.store(i, classified)


def inline_chrome(page: Page, i: int) -> LineKind | None:
    """The chrome kind of text line ``i`` in the body, if it is chrome by its shape.

    See :func:`chrome_text`. The line is read in place: only a line holding an
    ``@`` or opening on ``![`` or a pointer is sliced and read further, so a body
    costs one character search a line.
    """
    source, start, end = page.source, page.text_starts[i], page.ends[i]
    if source[start] not in _CHROME_INITIALS and source.find("@", start, end) < 0:
        return None
    return chrome_text(page.text(i), ends=bool(page.flags[i] & ENDS))


_CHROME_INITIALS: Final = frozenset({IMAGE_MARKUP[0]} | {pointer[0] for pointer in POINTERS})
"""What a line :func:`chrome_text` may answer on without an ``@`` starts with."""


def chrome_text(text: str, *, ends: bool) -> LineKind | None:
    """The chrome kind of a body line's ``text`` (``ends``: it ends a sentence), if any.

    A line ending on an e-mail address, a reporter's signature or a photo's
    credit (``hyun@yna.co.kr``, ``경기 북부 이도윤 기자 dylee@hanbit.example``,
    ``… 2025.4.17 photo@yna.co.kr``), is a footer; a Markdown image left in the dump
    (``![]() |``) an attachment; a related article's link, a pointer and a
    headline that makes no sentence (``☞ 외교부, 중남미 공관장 회의 개최``), navigation.
    """
    if text.startswith(IMAGE_MARKUP):
        return LineKind.ATTACHMENT
    if text.startswith(POINTERS) and not ends:
        return LineKind.NAVIGATION
    if "@" in text and vocab.MAIL_ADDRESS_WORD_RE.match(text.rsplit(None, 1)[-1]) is not None:
        return LineKind.FOOTER
    return None


def captions_image(page: Page, i: int, image: int | None) -> bool:
    """Text line ``i`` right under ``image``, a Markdown image's line, is its caption.

    A caption without a credit reads as a short line; right under an image (no
    blank line between), a line that makes no sentence is the image's
    (``외교부 청사에서 열린 회의 모습``).
    """
    return image == i - 1 and not page.flags[i] & (ENDS | BLANK_BEFORE)
