"""The body's edges: where it stops, and what shape of line inside it is not body.

Read by the layout (:func:`readoutparse._layout.find_body`) to place the body's
end, and by the body phase to set chrome inside the body apart. Each test reads
one line of the line view, or a few around it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from readoutparse import _captions, _dates, _signoff
from readoutparse import _vocabulary as vocab
from readoutparse._classify import ends_body
from readoutparse._headline import HEADLINE_MAX_CHARS
from readoutparse._neighbour import aside_kind, dateline_date
from readoutparse._page import BLANK_BEFORE, ENDS, PROSE
from readoutparse._publisher import is_document_type
from readoutparse._shape import (
    BOX_CODE,
    BULLET_CODE,
    CHROME_CODE,
    DATE_CODE,
    END_MARK_CODE,
    LABEL_CODES,
    NUMBERED_CODE,
    TEXT_CODE,
    Classified,
    Shape,
)
from readoutparse._signoff import addresses_reader, credits_photo
from readoutparse._text import (
    ends_mid_phrase,
    ends_on_end_mark,
    has_word,
    is_dense,
    looks_like_title,
)
from readoutparse._vocabulary import (
    BOX_MARKERS,
    BULLET_RANKS,
    CHAIN_SEPARATORS,
    END_MARK_LATIN,
    END_MARK_WORD,
    IMAGE_MARKUP,
    LEAD_IN_ENDS,
    POINTERS,
    PROSE_MIN_WORDS,
    SENTENCE_CLOSERS,
)
from readoutparse._wire import opens_with_tag
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse._page import Page

_GLYPHS: Final = frozenset(BULLET_RANKS) | BOX_MARKERS
_BLOCK_SHAPES: Final = frozenset({TEXT_CODE, NUMBERED_CODE, BULLET_CODE, BOX_CODE})
_MARK_TAIL: Final = " .。-/>)]"  # what may close an end mark: '끝.', '-끝-', '<끝>'
_GLUED_MARK_MIN_WIDTH: Final = 4  # a sentence end, a space and the mark at least


def opening_start(page: Page, start: int) -> int:
    """Where the body starts, when the lines right above line ``start`` open it.

    Under the headline and the date header, a speech or a story may open with
    lines that are not prose by their length: a greeting (``여러분,
    안녕하십니까.``, ``Good afternoon, everyone.``), a salutation running on to
    the body over a line or two (``Your Excellency …,`` / ``Members of the
    press,``), or a Korean story's subtitle (``7월 16일∼27일…여권 분실·사고 대응
    등 지원``: several words of Hangul that make no sentence). None is chrome by
    its shape (:func:`~readoutparse._neighbour.aside_kind`: a byline, a name with
    an office, a toolbar, a tag line …) or a phrase of the tables.
    """
    i = start - 1
    if i < 1 or not _opening_text(page, i) or page.shapes[i - 1] in LABEL_CODES:
        return start  # a field's value under its label ('부서명' / '외교부 > 재외동포청 협력과')
    text = page.text(i)
    if credits_photo(page, i) or any(
        page.width(j) == page.width(i) and page.text(j) == text for j in range(i)
    ):
        return start  # a photo's caption closed by its credit, or the headline printed again
    if text.endswith(","):  # a salutation, with the lines it runs on from
        while i > 0 and (page.runs_on[i] or page.wrapped[i]) and _opening_text(page, i - 1):
            i -= 1
        return i
    if page.wrapped[i] or page.runs_on[i] or dateline_date(text) is not None:
        return start  # a line of fields round a date ('<name> / 2011.9.16(금) / <outlet>')
    if page.flags[i] & ENDS:  # a greeting: a sentence, and no headline
        return start if looks_like_title(text) else i
    subtitle = is_dense(text) and text.count(" ") + 1 >= PROSE_MIN_WORDS
    return i if subtitle and text[-1].isalnum() else start


def _opening_text(page: Page, i: int) -> bool:
    """A text line of words, opening on one (not ``▶ …``, ``[…]``), and not chrome.

    Neither a phrase of the tables nor chrome by its shape.
    """
    if page.shapes[i] != TEXT_CODE:
        return False
    text = page.text(i)
    return (
        text[0].isalnum()
        and " " in text
        and not any(mark in text for mark in CHAIN_SEPARATORS)
        and not page.tables.is_phrase(text)
        and aside_kind(text) is None
    )


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
    text = page.text(i)
    if chrome is LineKind.FOOTER and COPYRIGHT_RE.search(text) is not None:
        return True  # an outlet's copyright notice closes its article
    return ends_body(page.shape(i), chrome, text, page.tables)


COPYRIGHT_RE: Final = re.compile(r"(?i)^\W{0,3}(?:copyright\b|[ⓒ©]|\(c\)\s|저작권자)")
"""A copyright notice on a line of its own: nothing after it is the article.

Glued after a photo's caption (``… 전경.<저작권자(c) …>``) it is the photo's, and the
article goes on.
"""


def closes_document(page: Page, i: int) -> bool:
    """A body line that ends with the end mark (``…하였다.  끝.``, ``… public. END``): the last.

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
    mark = source[at] == END_MARK_WORD or source.endswith(END_MARK_LATIN, start, at + 1)
    return mark and ends_on_end_mark(page.text(i), marker_end)


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
        and (after >= page.count or not (page.runs_on[after] or page.wrapped[after]))
    )


def stray_line(page: Page, i: int, after: int, *, header: bool, dated: bool = False) -> bool:
    """Say whether the lone sentence at line ``i`` is chrome before the head, not the body.

    A cookie banner's or a search box's sentence (``We use some essential
    cookies …``, ``* The search is limited to …``) reads as prose, but items
    that end no sentence run under it (buttons, a menu, a headline) before the body that
    ``after`` starts, and the head comes between: a date line among them, a
    date or field label near that body, or a wire dateline opening it
    (``SEOUL, June 13 (Yonhap) --``). With a date line among them (``dated``), two
    items are enough: an e-mail digest's opening sentence over the date and the office
    that sends it.
    """
    run = range(i + 1, after)
    least = STRAY_DATED_RUN_MIN if dated else STRAY_RUN_MIN
    if len(run) < least or any(page.flags[j] & ENDS for j in run):
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
    ends a page with a sentence of its own, but for one that speaks to the reader
    (:func:`addresses_reader`).
    """
    count = page.count
    return 0 < count - end <= CLOSING_MAX_LINES and all(
        page.shapes[i] == TEXT_CODE
        and page.flags[i] & ENDS
        and " " in page.text(i)
        and has_word(page.text(i))  # a rule's dots ('. . . . .') close nothing
        and not addresses_reader(page, i)
        for i in range(end, count)
    )


def dated_close(page: Page, start: int, stop: int) -> int:
    """A date line after the body, with no sentence after it, closes the body; else ``stop``.

    Some ministries sign remarks with a place and a date (``Harbour City`` / ``March 12,
    2024``) before a comment form; a date alone on its line is no sentence of the body.
    """
    last = stop - 1
    while last > start and not page.flags[last] & ENDS:
        last -= 1  # the last line before ``stop`` that ends a sentence: the body reaches it
    shapes, wrapped = page.shapes, page.wrapped
    return next(
        (j for j in range(last + 1, stop) if shapes[j] == DATE_CODE and not wrapped[j]), stop
    )


CLOSING_MAX_LINES: Final = 2
"""Short sentences, at most, that close a page after the body (:func:`closes_page`)."""

STRAY_SCAN: Final = 40
"""How far under a lone sentence the next body line is sought (:func:`stray_line`)."""

STRAY_RUN_MIN: Final = 3
"""Short lines, at least, between a stray sentence and the body: a run of items, not a gap."""

STRAY_DATED_RUN_MIN: Final = 2
"""The same, when a date line stands among them: the head is plainly between."""

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
    if "@" in text and _signoff.MAIL_ADDRESS_WORD_RE.match(text.rsplit(None, 1)[-1]) is not None:
        return LineKind.FOOTER
    return None


def captions_image(page: Page, i: int, image: int | None) -> bool:
    """Text line ``i`` right under ``image``, a Markdown image's line, is its caption.

    A caption without a credit reads as a short line; right under an image (no
    blank line between), a line that makes no sentence is the image's
    (``외교부 청사에서 열린 회의 모습``).
    """
    return image == i - 1 and not page.flags[i] & (ENDS | BLANK_BEFORE)


def credited_caption(page: Page, i: int, end: int) -> bool:
    """Text line ``i``, one sentence closed by a credit, between two paragraphs: a caption.

    A wire's report ends on its credit (``… (Yonhap)``); a line so closed with a
    paragraph of prose under it in the body (``… meets … in New Delhi on Friday.
    (Agencies)``) is the picture's caption, printed between the paragraphs.
    """
    if i + 1 >= end or page.source[page.ends[i] - 1] != ")" or page.shapes[i + 1] != TEXT_CODE:
        return False  # a character read in place: most body lines stop here, sliced never
    below = bool(page.flags[i + 1] & PROSE) and not page.runs_on[i + 1]
    return below and _captions.CREDITED_SENTENCE_RE.fullmatch(page.text(i)) is not None


def heads_story(page: Page, i: int) -> bool:
    """A line with no final punctuation right over one that opens with a wire tag: a headline.

    A repost's headline stands over its body's first line, which opens with the wire's
    tag (``서울--(뉴스와이어)--``, ``WASHINGTON, May 20 (Yonhap) --``). A Korean headline
    may end on a verb's plain form (``… 시간을 가지다``), which reads as a sentence's end,
    but with no period after it.
    """
    # A quote may close a headline's quotation ('… “양국 이견차 없어”'); a sentence's stop
    # stands before it ('…했다.”').
    text = page.text(i)
    return (
        i + 1 < page.count
        and page.shapes[i] == TEXT_CODE
        and page.width(i) <= HEADLINE_MAX_CHARS
        and text.rstrip(SENTENCE_CLOSERS)[-1:] not in _STORY_PUNCT
        and opens_with_tag(page.text(i + 1))
    )


_STORY_PUNCT: Final = frozenset(".!?。")
"""What a sentence ends on and a headline does not."""


_CAPTION_POINTERS: Final = frozenset("▲△")
"""Glyphs that point at a photo above: a caption's, when one item alone bears it."""


def points_at_photo(page: Page, i: int) -> bool:
    """A lone ``▲`` item that makes no sentence, over a sentence: the photo's caption.

    Korean news sites point at the photo above with ``▲`` (``▲ 조현 외교부 장관``); a list
    of ``▲`` items has more than one.
    """
    marker = page.marker(i)
    return (
        marker in _CAPTION_POINTERS
        and not page.flags[i] & ENDS
        and i + 1 < page.count
        and page.shapes[i + 1] == TEXT_CODE
        and bool(page.flags[i + 1] & PROSE)
        and sum(page.marker(j) == marker for j in range(page.count)) == 1
    )


def caption_printed_twice(page: Page, i: int) -> bool:
    """Line ``i``, a sentence, and the next or the one before are the same, over a headline.

    A news page prints a photo's caption twice (its alt text, then under the photo)
    right above the headline and the tagged lead: a sentence so printed is no body. A
    headline printed twice makes no sentence.
    """
    if not page.flags[i] & ENDS:
        return False
    text = page.text(i)
    for j in (i - 1, i + 1):
        if 0 <= j < page.count and page.text(j) == text:
            return max(i, j) + 1 < page.count and heads_story(page, max(i, j) + 1)
    return False


def topic_over(page: Page, i: int) -> bool:
    """The line over line ``i`` names the topic that headline opens with (``G7`` / ``G7 …``).

    A name, each word capitalised; not a label saying what the page is (``Statement`` /
    ``Statement by …``), nor a phrase (``Statement by the Spokesperson`` / ``… on …``).
    """
    text = page.text(i - 1)
    return (
        page.text(i).startswith(text + " ")
        and all(word[0].isupper() or word[0].isdigit() for word in text.split())
        and not is_document_type(text)
    )
