"""The body's edges: where it stops, and what shape of line inside it is not body.

Read by the layout (:func:`readoutparse._layout.find_body`) to place the body's
end, and by the body phase to set chrome inside the body apart. Each test reads
one line of the line view, or a few around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

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
)
from readoutparse._text import ends_mid_phrase
from readoutparse._vocabulary import BOX_MARKERS, BULLET_RANKS, END_MARK_WORD, PROSE_MIN_WORDS
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
    """A body line that ends with the Korean end mark (``…하였다.  끝.``): the last of the body."""
    shape = page.shapes[i]
    if shape not in _BLOCK_SHAPES or page.width(i) < _GLUED_MARK_MIN_WIDTH:
        return False
    text = page.text(i)
    return (
        text.rstrip(_MARK_TAIL).endswith(END_MARK_WORD)
        and vocab.END_MARK_TAIL_RE.search(text) is not None
    )


def is_sentence(page: Page, i: int) -> bool:
    """A line that ends a sentence of several words: body, even with a date label under it."""
    return bool(page.flags[i] & ENDS) and page.text(i).count(" ") + 1 >= PROSE_MIN_WORDS
