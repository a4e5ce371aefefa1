"""Layout: where the head, the body and the trailer of a page meet, and what wraps.

Worked out first, from the shapes of all lines: the width each block was
hard-wrapped at, if it was (:func:`wrap_widths`), which lines go on with the
sentence of the line above them (:func:`run_on_flags`) and which with a
hard-wrapped line whatever they look like (:func:`wrap_flags`), which blocks
read as prose (:func:`readoutparse._wrap.block_prose`), and where the body starts and ends
(:func:`find_body`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse._classify import (
    classify_body,
    is_heading,
    numbered_body,
    stops_mid_phrase,
)
from readoutparse._cut import cut_short_tail
from readoutparse._edges import (
    STRAY_SCAN,
    caption_printed_twice,
    closes_document,
    closes_page,
    dated_close,
    ends_body_at,
    first_repeat,
    heads_story,
    inline_chrome,
    is_sentence,
    lone_line,
    opening_start,
    points_at_photo,
    stray_line,
    trails_body,
)
from readoutparse._headline import HEADLINE_MAX_CHARS
from readoutparse._neighbour import byline_item, is_name_pair, line_dateline
from readoutparse._page import BLANK_BEFORE, CONTENT_ENDS, ENDS, PROSE
from readoutparse._provenance import is_provenance
from readoutparse._publisher import category_entry
from readoutparse._shape import (
    BOX_CODE,
    BULLET_CODE,
    CHROME_CODE,
    DATE_CODE,
    DATE_LABEL_CODE,
    END_MARK_CODE,
    LABEL_CODES,
    NUMBERED_CODE,
    TEXT_CODE,
    Shape,
    shape_code,
)
from readoutparse._signoff import addresses_reader, credits_photo, signed_off, speaks_aside
from readoutparse._text import (
    closes_bracket,
    ends_mid_phrase,
    first_word,
    fold_line,
    is_dense,
    is_social,
    is_wordlike,
    looks_like_title,
    open_alike,
    opens_unit,
    starts_lower,
)
from readoutparse._vocabulary import (
    BULLET_RANKS,
    HANGING_INDENT,
    HEADER_LOOKAHEAD,
    LABEL_LEAD,
    LEAD_IN_ENDS,
    PROSE_MIN_WORDS,
    TITLE_CASE_MAX_CHARS,
    WRAP_MIN_CHARS,
    WRAP_MIN_WIDTH,
)
from readoutparse._wire import opens_with_tag
from readoutparse._wrap import (
    WRAP_SLACK,
    block_indents,
    block_prose,
    note_with_room,
    unbroken,
    wrap_widths,
)

if TYPE_CHECKING:
    from readoutparse._page import Page

_BODY_BULLETS_IN_HEAD: Final = frozenset(m for m, rank in BULLET_RANKS.items() if rank == 1) | {"※"}
_MARKED: Final = frozenset({NUMBERED_CODE, BULLET_CODE, BOX_CODE})
_DATED_SHAPES: Final = frozenset({DATE_LABEL_CODE, DATE_CODE})
_WRAPPABLE: Final = frozenset(shape_code(s) for s in (Shape.DATE, Shape.CHROME, Shape.TEXT))
_UNWRAPPED: Final = frozenset(
    shape_code(s) for s in (Shape.CHROME, Shape.SECTION_NAME, Shape.END_MARK)
)  # never label lines


def run_on_flags(page: Page) -> list[bool]:
    """For each line: does it go on with the sentence of the line right above it?

    See :func:`runs_on`; the blocks' wrap widths are worked out once.
    """
    widths = wrap_widths(page)
    bases = block_indents(page)
    found = [False]
    for i in range(1, page.count):
        # A line inside a paragraph (marked, or itself going on from the line above) is
        # read with a proportional font's slack; a block's first plain line (a headline) is not.
        inside = found[i - 1] or page.shapes[i - 1] in _MARKED
        found.append(runs_on(page, i, widths[i - 1], bases[i - 1], inside=inside))
    return found


def runs_on(page: Page, i: int, width: int | None, base: int = 0, *, inside: bool = False) -> bool:
    """Say whether line ``i`` goes on with the sentence of the line above it.

    Told by what the two lines look like, not by the want of a blank line
    between them (pages that put every menu entry, headline, byline and
    paragraph on a line of its own have none): the line above stops mid-phrase
    (:func:`~readoutparse._text.ends_mid_phrase`), or this one opens with a
    lower-case word, or the page is hard-wrapped at ``width`` and the line above
    (in a block indented by ``base``) had no room for this one's first word
    (with a tenth of the width to spare when the line above is ``inside`` a
    paragraph and ends no sentence: a proportional font wraps short),
    or the line above begins a sentence that this one goes on
    (:func:`_sentence_goes_on`). A heading, a lead-in ending in a colon and a
    line that ends a sentence short of the wrap end where they are; so does a
    line that stops on a noun (a headline, a byline, a menu entry) in a block
    that is not wrapped.
    """
    flags = page.flags
    if flags[i] & BLANK_BEFORE:
        return False
    before = i - 1
    text, after = page.text(before), page.text(i)
    if not (text and after) or text.endswith(LEAD_IN_ENDS) or is_heading(page.content(before)):
        return False  # a line of a byte-order mark alone holds no text
    ends = flags[before] & CONTENT_ENDS
    if not ends and (ends_mid_phrase(text) or starts_lower(after) or closes_bracket(text, after)):
        return True
    if width is not None:
        # A block hard-wrapped at `width` breaks a line where the next word would pass
        # it: a line that had room for that word was ended on purpose. Lines typed in a
        # proportional font wrap short of the count by a few characters, so a line of a
        # paragraph (`inside`) that ends no sentence needs room to spare (`WRAP_SLACK`).
        slack = width // WRAP_SLACK if inside and not ends else 0
        return page.width(before) + base + 1 + unbroken(after) + slack > width
    return not ends and _sentence_goes_on(page, before, text, after)


def _sentence_goes_on(page: Page, before: int, text: str, after: str) -> bool:
    """A sentence begun on line ``before`` and stopped on a word, that line ``before + 1`` goes on.

    What a headline, a byline or a menu entry is not: several words in
    sentence case, as wide as a wrapped line (a Korean line: as long as a body
    line). What the rest of a sentence is: a line that ends it, or one as wide
    as a wrapped line, which opens nothing new (``The …``, ``By …``, ``SEOUL, …``, a wire tag).
    """
    i = before + 1
    if not (page.flags[i] & ENDS or page.width(i) >= WRAP_MIN_CHARS):
        return False  # a label or a byline ('Press Statement') under a headline
    if opens_unit(first_word(after)) or open_alike(after, text) or opens_with_tag(after):
        return False
    if is_dense(text):  # no capitals to tell a headline by: a body line's length, or a marker
        width = page.width(before)
        if note_with_room(page, before, i, after):
            return False  # a note ('※ … 참석') had room for a wider line's first word there
        return width >= WRAP_MIN_CHARS or (
            page.shapes[before] in _MARKED and width >= WRAP_MIN_WIDTH
        )
    return (
        is_wordlike(text.rsplit(None, 1)[-1])  # not a link, an address or a handle
        and page.width(before) + page.indents[before] >= WRAP_MIN_WIDTH
        and text.count(" ") + 1 >= PROSE_MIN_WORDS
        # A headline's case, but for a marked line as wide as a wrapped one: a paragraph's
        # first line names the parties ('1. On May 12, the Vice Minister … Joint').
        and (
            (page.shapes[before] in _MARKED and page.width(before) >= WRAP_MIN_CHARS)
            or not looks_like_title(page.content(before))
        )
    )


class _BodyFinder:
    """Decides where the head ends and the body starts, with one look at each line."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.shapes = page.shapes
        self.wrapped = page.wrapped
        self.prose = block_prose(page)
        self._run_end = 0

    def starts_body(self, i: int) -> bool:
        page = self.page
        shape = self.shapes[i]
        if shape == TEXT_CODE:  # a provenance line ('The press release issued … on <date>.')
            return (  # is the head's dateline, not the body's first sentence
                self.prose[i]
                and (bool(page.flags[i] & PROSE) or self._opens_block(i))
                and line_dateline(page, i) is None
                and not is_provenance(page.text(i))
                and not is_name_pair(page.text(i))  # 'Washington, D.C.': a byline's place
                and inline_chrome(page, i) is None  # an image ('![](…) …'), an e-mail line
            )
        if shape == BOX_CODE:
            return True
        if shape == NUMBERED_CODE:
            return self._numbered(i)
        if shape == BULLET_CODE:
            return page.marker(i) in _BODY_BULLETS_IN_HEAD or bool(page.flags[i] & PROSE)
        return False

    def _numbered(self, i: int) -> bool:
        """A numbered line that is body: long or a sentence, or the start of a wrapped one."""
        return numbered_body(self.page.content(i)) or self.prose[i]

    def _opens_block(self, i: int) -> bool:
        """A wrapped block's first line: long, or the next goes on in lower case or at the wrap.

        Or a lead-in right over a sentence (``… 대변인 명의 성명:``): it opens the body.
        """
        page = self.page
        return page.width(i) >= WRAP_MIN_CHARS or (
            i + 1 < page.count
            and (
                page.text(i + 1)[:1].islower()
                or self.wrapped[i + 1]
                or (self._lead_in(i) and bool(page.flags[i + 1] & PROSE))
            )
        )

    def _runs_on(self, i: int) -> bool:
        """The line stops mid-phrase and the next, right under it, goes on in lower case."""
        page = self.page
        return (
            i + 1 < page.count
            and not page.flags[i + 1] & BLANK_BEFORE
            and page.text(i + 1)[:1].islower()
            and stops_mid_phrase(page.text(i))
        )

    def _ends_body_before_header(self, i: int) -> bool:
        """A sentence with nothing body-like after the date or field label under it.

        That is the body's last paragraph with the page's date after it
        (``Published 4 February 2025``), not a headline above a date header.
        """
        if not is_sentence(self.page, i):
            return False
        header = next(j for j in self._ahead(i) if self._is_header(j))
        return not any(self.starts_body(j) for j in range(header + 1, self.page.count))

    def header_follows(self, i: int) -> bool:
        """A date or field label right after the line: the line is the title, not the body."""
        return any(self._is_header(j) for j in self._ahead(i))

    def _ahead(self, i: int) -> range:
        return range(i + 1, min(i + 1 + HEADER_LOOKAHEAD, self.page.count))

    def _is_header(self, j: int) -> bool:
        """A date or field label, or a dateline (``New York, 24 September 2013``)."""
        shape = self.shapes[j]
        return not self.wrapped[j] and (
            shape in LABEL_CODES or (shape == TEXT_CODE and line_dateline(self.page, j) is not None)
        )

    def _after_title(self, i: int) -> bool:
        """After a title, headings and bullets open the body; after a date, numbers do."""
        shape = self.shapes[i]
        if shape == TEXT_CODE:
            return is_heading(self.page.text(i))
        if shape == BULLET_CODE:  # but a byline with a dash ('- 홍길동 기자'): head, not body
            return self.page.marker(i) != "•" and not byline_item(self.page.content(i))
        return shape == NUMBERED_CODE and not is_social(self.page.content(i))

    def start(self) -> int:
        seen_heading = seen_date = False
        shapes = self.shapes
        for i in range(self.page.count):
            shape = shapes[i]
            seen_date = seen_date or shape in _DATED_SHAPES
            if not self.starts_body(i):
                # A breadcrumb stands above the date header: a number under it opens the body.
                seen = seen_date if shape == NUMBERED_CODE else seen_heading
                if (seen and self._after_title(i)) or is_heading(self.page.text(i)):
                    return opening_start(self.page, i) if seen_date and seen_heading else i
                # A category line (``Categories: Politics``) files the page: no headline; nor
                # does a dateline (``Tuesday, March 14, 2023``), which dates it.
                if shape == TEXT_CODE and self._is_header(i):
                    continue
                seen_heading = seen_heading or (
                    shape == TEXT_CODE and category_entry(self.page.text(i)) is None
                )
                continue
            if shape == TEXT_CODE and (
                # The body's last paragraph has a headline over it: a sentence first is head.
                (self.header_follows(i) and not (seen_heading and self._ends_body_before_header(i)))
                or (not seen_heading and self._headline_cased(i) and not self._runs_on(i))
                or (not seen_heading and heads_story(self.page, i))
            ):
                seen_heading = True
                continue
            if not (
                self._stray(i)
                or self._captions_photo(i)
                or points_at_photo(self.page, i)
                or credits_photo(self.page, i)
                or caption_printed_twice(self.page, i)
            ):
                return opening_start(self.page, i) if seen_date and seen_heading else i
        return self.page.count

    def _headline_cased(self, i: int) -> bool:
        """A headline's case; a long headline's too when it ends no sentence (``… – … ROK``)."""
        limit = TITLE_CASE_MAX_CHARS if self.page.flags[i] & ENDS else HEADLINE_MAX_CHARS
        return looks_like_title(self.page.text(i), limit)

    def _lead_in(self, i: int) -> bool:
        """A plain line ending in a colon; a marked item (``□ …:``) is the body's own."""
        return self.shapes[i] == TEXT_CODE and self.page.text(i).endswith(LEAD_IN_ENDS)

    def _captions_photo(self, i: int) -> bool:
        """A sentence right over or under a photo's credit (``UN Photo/Jane Roe``) is its caption.

        News sites print the caption on both sides of the credit, above the body.
        """
        page = self.page
        return any(
            0 <= j < page.count
            and self.shapes[j] == CHROME_CODE
            and not page.flags[max(i, j)] & BLANK_BEFORE
            and "photo/" in page.text(j).casefold()
            for j in (i - 1, i + 1)
        )

    def _stray(self, i: int) -> bool:
        """A lone sentence with short chrome under it, before the head (:func:`stray_line`)."""
        page = self.page
        if not lone_line(page, i) or (i + 1 < page.count and self.starts_body(i + 1)):
            return False
        stop = min(i + 1 + STRAY_SCAN, page.count)
        after = next((j for j in range(i + 1, stop) if self.starts_body(j)), None)
        if after is None:
            return False
        near = range(i + 1, min(after + 1 + HEADER_LOOKAHEAD, page.count))
        dated = any(
            self.shapes[j] == DATE_CODE and not self.wrapped[j] for j in range(i + 1, after)
        )
        header = dated or any(self._is_header(j) for j in near)
        return stray_line(page, i, after, header=header, dated=dated)

    def end(self, start: int) -> int:
        """After the last body-like line before the first trailer heading, and what wraps onto it.

        Nothing after an end mark, a signature, a trailer heading or the first
        repeated sentence (a print copy of the body) is body; the lines between
        the last body-like line and it (a tag list, a distributor's line) are
        not body either.
        """
        page = self.page
        limit = next(
            (
                i + closes_document(page, i)
                for i in range(start, page.count)
                if (ends_body_at(page, i) or closes_document(page, i)) and not self.wrapped[i]
            ),
            page.count,
        )
        limit = dated_close(page, start, first_repeat(page, start, limit))
        limit = signed_off(page, start, limit)  # a reporter's signature, a slogan at most after
        numbered = self._numbering(start)
        end = start
        for i in range(limit - 1, start - 1, -1):
            if i in numbered or (
                self._body_like(i, start)
                and not addresses_reader(page, i)
                and not (i == limit - 1 and self._lead_in(i))
                and not speaks_aside(page, start, i)
            ):  # a lead-in with nothing after it leads in to nothing ('Suggest to a friend:')
                end = i + 1
                break
        while end < limit and (
            (self.shapes[end] == TEXT_CODE and (page.runs_on[end] or trails_body(page, end)))
            or self.wrapped[end]
            or self._closed_by_mark(end)
        ):
            end += 1
        if limit == page.count and cut_short_tail(page, start, end):
            return limit
        return limit if limit == page.count and closes_page(page, end) else end

    def _closed_by_mark(self, i: int) -> bool:
        """Numbered lines right above the end mark ``끝.`` are the body's last, short or not.

        The lines wrapped onto them are part of the run.
        """
        shapes, wrapped = self.shapes, self.wrapped
        if shapes[i] != NUMBERED_CODE:
            return False
        if i >= self._run_end:  # the run's end, found once a run (each line is asked in turn)
            self._run_end = next(
                (j for j in range(i, len(shapes)) if shapes[j] != NUMBERED_CODE and not wrapped[j]),
                len(shapes),
            )
        return self._run_end < len(shapes) and shapes[self._run_end] == END_MARK_CODE

    def _numbering(self, start: int) -> set[int]:
        """Numbered lines that carry the body's numbering on (``2.`` after ``1.``), short or not."""
        found: set[int] = set()
        last: int | None = None
        for i in range(start, self.page.count):
            if self.shapes[i] != NUMBERED_CODE:
                continue
            number = self.page.number(i)
            if self._numbered(i) or (last is not None and number == last + 1):
                found.add(i)
                last = number
        return found

    def _body_like(self, i: int, start: int) -> bool:
        shape = self.shapes[i]
        if shape in {BOX_CODE, BULLET_CODE}:
            # But a lone word last in the body, after no marked item of the body, heads the
            # lines that follow (a tip box's '■ 제보하기'); a list's items are body, as is a lone
            # word among numbered paragraphs ('1. …' / '□ 8' / '3. …').
            page = self.page
            alone = " " not in page.content(i).strip() and not page.flags[i] & ENDS
            heads = alone and i + 1 < page.count
            return not heads or any(self.shapes[j] in _MARKED for j in range(start, i))
        if shape == NUMBERED_CODE:
            return self._numbered(i)
        return shape == TEXT_CODE and self.prose[i]


def wrap_flags(page: Page) -> list[bool]:
    """For each line: does it go on with the wrapped line before it, whatever it looks like?"""
    flags = [False] * page.count
    for i in range(1, page.count):
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
        (page.runs_on[i] if shape == TEXT_CODE else stops_mid_phrase(before_text))
        and text[:1] not in LABEL_LEAD
        and page.indents[i] <= page.indents[before] + HANGING_INDENT
        and not page.tables.is_phrase(text)
        # As wide with its runs of white space folded: '-  the talks' is as wide as '- the talks'.
        and len(fold_line(before_text)) >= WRAP_MIN_WIDTH
        # Not under an image's line ('![](…) …', an alt text): nothing goes on with chrome.
        and inline_chrome(page, before) is None
        # A marker read under chrome ('0. …%uD55C…', '□ 단 바로가기') opens no wrap: chrome.
        and (shape == TEXT_CODE or classify_body(page.item(i).line).shape is Shape.TEXT)
    )


def find_body(page: Page) -> tuple[int, int]:
    """Return ``(start, end)``: the body is lines ``start`` to ``end`` (not included).

    The body starts at the first paragraph-like line (a numbered sentence, a
    ``□`` item, a level-one bullet, a prose block) that is not the title (a
    headline-cased first line, or a line a date header follows) nor a stray
    sentence before the head (:func:`~readoutparse._edges.stray_line`). It ends after
    the last body-like line and the lines wrapped onto it, before the first end
    mark ``끝.`` (alone or glued to a line's end), signature or trailer heading
    (``외교부 개요``, ``Featured Topics``, ``Disclaimer``).
    """
    finder = _BodyFinder(page)
    start = finder.start()
    return start, finder.end(start)
