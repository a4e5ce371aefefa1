"""Weak evidence: warn where the title, the date or the body's end stands on little.

The phases choose the title, the date and where the body ends with whatever
evidence the page gives. Once they are done, :func:`weigh` reads what they chose
and what they chose it on, and warns (``RP4xx``, one code per field) where that
was weak, so that a pipeline can send the page to a person:

- ``RP401``: a title chosen by where it stands, not by a title label or a
  repeat, that is too short for a headline though the head offered other text,
  that joins lines which do not read as one hard-wrapped headline, or that
  stands right beside a photo caption;
- ``RP402``: no date taken, though a line outside the body states one;
- ``RP403``: a body that ends on an unmarked paragraph ending no sentence (a
  caption, a byline, a tag line or chrome read as the last paragraph).

The head phase says what the title was chosen on (:class:`TitleEvidence`); the
rest is read from the line view and the paragraphs. Nothing here changes a
decision: the warnings only say how far to trust it.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from readoutparse._dates import find_date, short_line_may_hold_date
from readoutparse._headline import HEADLINE_MIN_CJK, HEADLINE_MIN_WORDS
from readoutparse._phrases import TITLE_WRAP_WORDS
from readoutparse._vocabulary import SHORT_LINE_CHARS
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse._body import Builder
    from readoutparse._head import Head
    from readoutparse._page import Page


class TitleEvidence(enum.Enum):
    """What the head phase chose the title on, strongest first."""

    LABEL = "label"  # a title label gave it ('제목', 'Title :')
    REPEATED = "repeated"  # the page states it twice, word for word
    ALONE = "alone"  # where it stands, the one candidate text block of the head
    AMONG_OTHERS = "among_others"  # where it stands, among several candidate blocks


def weigh(page: Page, head: Head, paragraphs: list[Builder]) -> None:
    """Warn where the title, the date or the body's end was chosen on weak evidence."""
    _weigh_title(page, head)
    _weigh_date(page, head)
    _weigh_body_end(page, paragraphs)


def _weigh_title(page: Page, head: Head) -> None:
    """``RP401``: a title chosen by where it stands: too short, joining lines, beside a caption."""
    evidence = head.title_evidence
    if head.title is None or evidence is TitleEvidence.LABEL or evidence is TitleEvidence.REPEATED:
        return
    lines = head.title_lines
    if evidence is TitleEvidence.AMONG_OTHERS and _too_short(head.title.text):
        page.warn(lines[0], "RP401", "a short line chosen over other text of the head")
        return
    for j in lines[1:]:
        if not wraps_onto(page, j):
            page.warn(lines[0], "RP401", "lines that do not read as one wrapped headline")
            return
    if _beside_caption(page, lines[0], lines[-1]):
        page.warn(lines[0], "RP401", "a line beside a photo caption, which may be one too")


def _beside_caption(page: Page, first: int, last: int) -> bool:
    """A photo caption or an image's name right above or under the title's lines.

    Pages caption a photo with a sentence and a tag line (``The Minister shakes
    hands …`` / ``(Photo) …``): a title chosen by position beside one may be a caption.
    """
    attachment = LineKind.ATTACHMENT
    return any(0 <= i < page.count and page.kinds[i] is attachment for i in (first - 1, last + 1))


def _too_short(title: str) -> bool:
    """Fewer words than a headline has (and, in Korean, fewer characters too)."""
    if title.count(" ") + 1 >= HEADLINE_MIN_WORDS:
        return False
    return title.isascii() or len(title) < HEADLINE_MIN_CJK


def wraps_onto(page: Page, j: int) -> bool:
    """Line ``j`` of a title goes on with the line before it mid-phrase: a hard-wrapped headline."""
    before, text = page.text(j - 1), page.text(j)
    if text[:1].islower():
        return True
    last = before.rsplit(None, 1)[-1]
    return last[-1] in ",-" or last.casefold() in TITLE_WRAP_WORDS


def _weigh_date(page: Page, head: Head) -> None:
    """``RP402``: no date was taken, though a line outside the body holds one.

    Only the first date found is read (its value may need dateutil): a valid one
    warns, an invalid one ends the search, as a date header's does (``RP201``).
    """
    if head.date is not None:
        return
    kinds = page.kinds
    paragraph, subpoint, continuation = LineKind.PARAGRAPH, LineKind.SUBPOINT, LineKind.CONTINUATION
    for i in range(page.count):
        kind = kinds[i]  # identity tests: Enum's __hash__ is Python code
        if kind is paragraph or kind is subpoint or kind is continuation:
            continue
        if not short_line_may_hold_date(
            page.source, page.text_starts[i], page.ends[i], SHORT_LINE_CHARS
        ):
            continue
        found = find_date(page.text(i))
        if found is not None:
            if found.value is not None:
                page.warn(i, "RP402", "a date stands on this line")
            return


def _weigh_body_end(page: Page, paragraphs: list[Builder]) -> None:
    """``RP403``: the body ends on an unmarked paragraph that is not a sentence."""
    if not paragraphs:
        return
    last = paragraphs[-1]
    if last.marker is None and not last.children and not last.last_ends:
        page.warn(last.text_line, "RP403", "its last paragraph ends no sentence")
