"""The repost phase: a wire or outlet tag at the start of the body is data, not text.

Newswires and newspapers that repost a release open its first paragraph with
a tag: ``(서울=연합뉴스) 홍길동 기자 =``, ``[서울=뉴시스]``, ``서울--(뉴스와이어)--``,
``WASHINGTON, May 20 (Yonhap) --``. The tag is taken out of the paragraph's
text into :class:`~readoutparse.Repost` (place, agency, reporter, span); its
line stays in ``lines`` as the paragraph's line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse._build import make_span
from readoutparse._dates import find_date
from readoutparse._edges import chrome_text
from readoutparse._text import ends_sentence, fold, unfolded_offset
from readoutparse._vocabulary import REPORTER_WORDS
from readoutparse._wire import opening_tag
from readoutparse.model import Repost

if TYPE_CHECKING:
    import regex

    from readoutparse._body import Builder
    from readoutparse._head import Head
    from readoutparse._page import Page


def read_repost(page: Page, paragraphs: list[Builder]) -> Repost | None:
    """Take the tag that opens the body's first, unmarked paragraph out of its text, if any.

    The tag is matched on the paragraph's text as it reads folded and joined (a
    run of white space or a line break between the tag's words is one space): a
    tag cut over two lines, or with its words two spaces apart, is the tag that
    the text, written on one line, opens with. A newswire puts its subtitle lines
    (``- 해외에서도 …``) between the headline and the tagged paragraph: a few short
    paragraphs that end no sentence are passed over.
    """
    for index, builder in enumerate(paragraphs[:SUBTITLES_REACH]):
        if builder.marker is None and (repost := _take_tag(page, builder, index)) is not None:
            return repost
        text = fold(page.source[builder.text_from : builder.end])
        if ends_sentence(text) or len(text) > _SUBTITLE_CHARS:
            return None  # text, not a subtitle: the body has begun untagged
    return None


def _take_tag(page: Page, first: Builder, index: int) -> Repost | None:
    """Take the tag that opens ``first``, paragraph ``index`` of the body, out of its text."""
    start = first.text_from
    # The text's start, long enough for any tag: a tag is at most a few hundred characters.
    source = page.source[start : min(first.end, start + _TAG_REACH)]
    folded = fold(source)
    found = opening_tag(page.tables.repost_tag_re(), folded, index)
    if found is None:
        return None
    rest = folded[found.end() :]
    if chrome_text(rest, ends=ends_sentence(rest)) is not None:
        return None  # alone on its line, the rest would be chrome: the line is text as it is
    cut = start + unfolded_offset(source, found.end())
    while first.text_line < first.text_to and page.text_starts[first.text_line + 1] <= cut:
        first.text_line += 1  # the tag fills its line: the text starts on a later one
    first.text_from = first.start = cut
    place, agency, reporter = _roles(found)
    tag_end = start + len(source[: cut - start].rstrip())
    return Repost(place=place, agency=agency, reporter=reporter, span=make_span(start, tag_end))


def tag_date(page: Page, repost: Repost, head: Head) -> None:
    """Give ``head`` the date ``repost``'s tag states, if it has none and the tag has one.

    A byline with its posting date (``Written by: … | Posted on: August 20th, 2015``)
    dates the page its head leaves undated.
    """
    if head.date is not None:
        return
    start = repost.span.start
    found = find_date(page.source[start : repost.span.end])
    if found is not None and found.value is not None:
        head.take_found(found, start)


def _roles(found: regex.Match[str]) -> tuple[str | None, str | None, str | None]:
    """``(place, agency, reporter)`` from the groups of the branch that matched."""
    groups = found.groupdict()
    left, right = groups["left"], groups["right"]
    if left is not None and right is not None:
        # '[서울=뉴시스]': a place and an agency; '[한빛일보=김민준 기자]': an outlet and a byline;
        # '[서울=뉴스핌] 이영태 기자 =': a place, an agency and a byline after them.
        if right.endswith(REPORTER_WORDS):
            return None, left, right
        return left, right, groups["reporter1"]
    place = next((groups[name] for name in _PLACES if groups.get(name) is not None), None)
    agency = next((groups[name] for name in _AGENCIES if groups.get(name) is not None), None)
    reporter = next((groups[name] for name in _REPORTERS if groups.get(name) is not None), None)
    return place, agency, reporter


_TAG_REACH: Final = 1024
SUBTITLES_REACH: Final = 3  # two subtitle lines, then the tagged paragraph
_SUBTITLE_CHARS: Final = 120
# A user's agencies add the last branch (``_wire.repost_tag_source``); without them it is not there.
_PLACES = (
    *("place2", "place3", "place4", "place5", "place7", "place8"),
    *("place10", "place12", "place13", "place14", "place15", "place16", "place17"),
    *("place18", "place19", "place20", "place21", "place23", "place24"),
)
_AGENCIES = (
    *("agency1", "agency2", "agency3", "agency4", "agency5"),
    *("agency7", "agency9", "agency10", "agency11", "agency12", "agency13", "agency15"),
    *("agency16", "agency18", "agency19", "agency20", "agency21", "agency22", "agency23"),
    "agency24",
)
_REPORTERS = ("reporter2", "reporter6", "reporter11", "reporter12", "reporter23")
