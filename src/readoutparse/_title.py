"""The headline: which of the head's text lines is the page's title, on what evidence.

The head phase (``_head``) gives every head line a first kind and groups the text
lines still unplaced into blocks of adjacent lines; :class:`TitleChooser` weighs
them (``docs/internals.md``, "Choosing the headline"):

1. lines that stand beside a headline and are never it (``_neighbour``: a byline,
   a credit, a site or agency name, a document-type label, a toolbar, numbered
   photo captions) are set aside, and split the blocks they stood in;
2. a block with a line of a headline's shape is preferred to the others (a place
   or a name with an office, ``Bern, Switzerland``, has none);
3. a line the page states again, word for word, is the headline;
4. otherwise where a block stands decides: the last before the date header, or
   the first after it; in the block, the line nearest the date and the lines it
   is hard-wrapped with.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Final

from readoutparse._classify import looks_like_headline, stops_mid_phrase
from readoutparse._edges import caption_printed_twice
from readoutparse._evidence import TitleEvidence, wraps_onto
from readoutparse._headline import (
    HEADLINE_MAX_CHARS,
    TITLE_WRAP_MIN_CHARS,
    TITLE_WRAP_MIN_CHARS_CJK,
    TITLE_WRAP_SLACK,
)
from readoutparse._neighbour import (
    Aside,
    aside_kind,
    credits_next_line,
    holds_sentences,
    is_name_pair,
    numbered_captions,
)
from readoutparse._page import BLANK_BEFORE, PROSE
from readoutparse._publisher import category_entry, publisher_keys
from readoutparse._roles import is_office, is_person_name
from readoutparse._text import ends_sentence, first_word, fold_line, is_dense
from readoutparse._vocabulary import LEAD_IN_ENDS
from readoutparse.model import LineKind, Span

if TYPE_CHECKING:
    from readoutparse._head import Head
    from readoutparse._page import Page


_CAPTION_MIN_LOWER = 3
"""A caption over a photo's tag line is a sentence: at least this many words in lower case."""


class TitleChooser:
    """Chooses the title among the head's blocks, and remembers what it set aside."""

    def __init__(self, page: Page, head: Head) -> None:
        """Choose for ``page``, writing the title into ``head``."""
        self.page = page
        self.kinds = page.kinds
        self.head = head
        self.credited: frozenset[str] | None = None  # the publishers the page credits
        self.asides: dict[int, Aside] = {}  # head lines that stand beside a headline, never it
        self.paired: set[int] = set()  # places and names with an office ('Bern, Switzerland')

    def credited_keys(self) -> frozenset[str]:
        """The keys of the publishers the page credits, read once, when first asked."""
        if self.credited is None:
            page = self.page
            self.credited = publisher_keys(page.text(i) for i in range(page.count))
        return self.credited

    def candidates(self, blocks: list[list[int]]) -> list[list[int]]:
        """The head's blocks without the lines that stand beside a headline, split at them.

        A byline, a dateline, a credit, a site or agency name, a document-type label,
        a toolbar or a numbered photo caption is never the title, nor a wrapped part
        of it (``_neighbour``); a place or a name with an office is a block of its own.
        """
        page = self.page
        lines = [i for block in blocks for i in block]
        captions = numbered_captions(page.text(i) for i in lines)  # no list of the texts
        self.asides = dict.fromkeys((lines[at] for at in captions), Aside.CAPTION)
        split: list[list[int]] = []
        for block in blocks:
            current: list[int] = []
            cut = False  # a line of the block was set aside
            for i in block:
                text = page.text(i)
                kind = (
                    self.asides.get(i)
                    or aside_kind(text)
                    or (Aside.TAG_LINE if category_entry(text) else None)
                    or self._credited_by(i - 1)
                    or self._captions(i, text)
                    or self._speaker(i)
                    or self._counter(i, text)
                )
                if kind is None and not is_name_pair(text):
                    current.append(i)
                    continue
                cut = True
                if current:
                    split.append(current)
                current = []
                if kind is not None:
                    self.asides[i] = kind
                else:  # a name pair is a block of its own
                    self.paired.add(i)
                    split.append([i])
            if current:
                split.append(current if cut else block)  # a block left whole: not copied
        return split

    def _counter(self, i: int, text: str) -> Aside | None:
        """A count alone or with its unit (``2,200``, ``0 개``: counters), but where a line wraps.

        A headline's wrapped line may be a year (``… Briefing (January 1,`` / ``2000``, ``…
        Global Korea Vision`` / ``2030``), under a line that stops mid-phrase or a headline.
        """
        if _COUNT_RE.match(text) is None:
            return None
        page = self.page
        above = page.text(i - 1) if i > 0 and not page.flags[i] & BLANK_BEFORE else ""
        if above.strip() and (
            stops_mid_phrase(above) or (_YEAR_RE.match(text) and looks_like_headline(above))
        ):
            return None  # '… (January 1,' / '2000', '… Korea Vision' / '2030': the headline's
        return Aside.NO_WORDS

    def _captions(self, i: int, text: str) -> Aside | None:
        """A sentence right above a photo's tag line is its caption (``… shakes hands with …``).

        Japan's ministry captions a photo with a sentence and ``(Photo) <event>`` under
        it; a headline over such a tag is title-cased, a caption is a sentence. A tag is
        shorter than the caption over it: a longer attachment line under a line is a
        caption itself (``… April 15, 2025. (Xinhua/Zhao Jun)``), and the line a headline.
        """
        page = self.page
        if page.flags[i] & PROSE and holds_sentences(text):
            return Aside.SENTENCES
        if caption_printed_twice(page, i):  # alt text and caption, over a story's headline
            return Aside.CAPTION
        if (
            i + 1 >= page.count
            or page.kinds[i + 1] is not LineKind.ATTACHMENT
            or page.width(i + 1) >= page.width(i)
        ):
            return None
        lower = sum(1 for word in text.split() if word[:1].islower())
        return Aside.CAPTION if lower >= _CAPTION_MIN_LOWER else None

    def _speaker(self, i: int) -> Aside | None:
        """A speaker's name over the office held, in one block: a byline, both lines.

        State Department remarks put ``Kurt M. Campbell`` / ``Assistant Secretary, Bureau
        of …`` between the headline and the place and date; a repost puts the name and
        office on one line over the body. The name is a line the head has
        not read as anything yet; the office names its bureau after a comma, or a place, a
        room or a date stands under it (a headline under a section, ``Foreign Minister to
        Visit Chile``, has none).
        """
        name, comma, office = self.page.text(i).partition(",")
        if comma and is_person_name(name) and is_office(office.strip()):
            return Aside.BYLINE  # on one line: 'Antony J. Blinken, Secretary of State'
        if self._names_speaker(i):
            return Aside.BYLINE
        return Aside.BYLINE if i > 0 and self._names_speaker(i - 1) else None

    def _names_speaker(self, i: int) -> bool:
        """Line ``i`` is a speaker's name, and the line under it, in its block, the office held."""
        page = self.page
        office = i + 1
        if not (
            office < page.count
            and not page.flags[office] & BLANK_BEFORE
            and self.kinds[i] is LineKind.UNKNOWN
            and is_person_name(page.text(i))
            and is_office(text := page.text(office))
        ):
            return False
        below = office + 1
        return "," in text or (
            below < page.count
            and not page.flags[below] & BLANK_BEFORE
            and (is_name_pair(page.text(below)) or aside_kind(page.text(below)) is Aside.VENUE)
        )

    def _credited_by(self, i: int) -> Aside | None:
        """The name under a credit label with nothing after it (``News provided by``)."""
        if self.asides.get(i) is Aside.BYLINE and credits_next_line(self.page.text(i)):
            return Aside.PUBLISHER
        return None

    def choose(
        self, blocks: list[list[int]], candidates: list[list[int]], date_index: int | None
    ) -> None:
        """Choose the title among ``candidates`` and mark its lines and copies in ``blocks``."""
        if self.head.title is not None:  # a title label gave it
            self._mark_copies(blocks, self.head.title.text, [])
            return
        picked = self._pick(candidates, date_index)
        if picked is None:
            return
        indices, self.head.title_evidence = picked
        title = fold_line(" ".join(self.page.text(i) for i in indices))
        first = self._first_copy(blocks, title, indices)
        for i in first:
            self.kinds[i] = LineKind.TITLE
        start, end = self.page.text_starts[first[0]], self.page.ends[first[-1]]
        self.head.take_title(title, Span(start, end), first)
        self._mark_copies(blocks, title, first)

    def _pick(
        self, candidates: list[list[int]], date_index: int | None
    ) -> tuple[list[int], TitleEvidence] | None:
        """The title's lines and what they were chosen on, or None when no line may be it."""
        if not candidates:
            return None
        return self._pick_once(self._headline_blocks(candidates), date_index)

    def _pick_once(
        self, candidates: list[list[int]], date_index: int | None
    ) -> tuple[list[int], TitleEvidence]:
        # A repeated headline is the strongest evidence; where a block stands decides otherwise.
        several = len(candidates) > 1 or len(candidates[0]) > 1
        repeated = self._repeated_headline(candidates) if several else []
        if repeated:
            return repeated, TitleEvidence.REPEATED
        block = self._positional_block(candidates, date_index)
        after_date = date_index is not None and block[0] > date_index
        # With no date header, a Korean or Chinese headline heads its block: subtitles follow.
        down = after_date or (date_index is None and self._dense(block))
        indices = self._title_lines(block, down=down)
        several = len(candidates) > 1
        return indices, TitleEvidence.AMONG_OTHERS if several else TitleEvidence.ALONE

    def _positional_block(self, candidates: list[list[int]], date_index: int | None) -> list[int]:
        """Without other evidence: the last block before the date header, or the first after it.

        With no date header, the last block of the head. A block of Latin letters only
        before the date gives way to a Hangul or CJK one after it over a body in that script:
        a site's name in English over a Korean newsletter (``mofa eNewsMaker``), its
        headline under the date.
        """
        if date_index is None:
            return candidates[-1]
        before = [b for b in candidates if b[-1] < date_index]
        after = [b for b in candidates if b[0] > date_index]  # no text block holds a date line
        if before and after and self._dense(after[0]) and not self._dense(before[-1]):
            page = self.page
            prose = (i for i in range(after[0][-1] + 1, page.count) if page.flags[i] & PROSE)
            body = next(prose, None)
            if body is not None and is_dense(page.text(body)):
                return after[0]
        if before:
            return before[-1]
        return after[0] if after else candidates[-1]

    def _dense(self, block: list[int]) -> bool:
        """A line of ``block`` holds Hangul or CJK ideographs."""
        return any(is_dense(self.page.text(i)) for i in block)

    def _repeated_headline(self, candidates: list[list[int]]) -> list[int]:
        """The first headline-shaped head lines that the page states again, word for word.

        Pages repeat their headline (after the date block, in a breadcrumb's last
        entry, in the trailer's share text or list), and repeat little else of
        that shape: a repeat is stronger evidence than where a line stands. A
        wrapped headline repeats line by line: the lines that follow the first
        and repeat too are part of it, but for prose (the body printed twice).
        """
        page = self.page
        counts = Counter(
            fold_line(page.text(i))
            for i in range(page.count)
            if page.width(i) <= HEADLINE_MAX_CHARS
        )
        for block in candidates:
            for at, i in enumerate(block):
                text = fold_line(page.text(i))
                if counts[text] > 1 and looks_like_headline(text):
                    lines, seen = [i], {text}
                    for j in block[at + 1 :]:
                        after = fold_line(page.text(j))
                        if counts[after] < 2 or after in seen or page.flags[j] & PROSE:  # noqa: PLR2004
                            break  # a line stated once, the headline's copy, or the body's prose
                        lines.append(j)
                        seen.add(after)
                    return lines
        return []

    def _mark_copies(self, blocks: list[list[int]], title: str, first: list[int]) -> None:
        copies = {title, *self._parts(first)}
        for block in blocks:
            for i in block:
                if i not in first and fold_line(self.page.text(i)) in copies:
                    self.kinds[i] = LineKind.DUPLICATE_TITLE

    def _headline_blocks(self, blocks: list[list[int]]) -> list[list[int]]:
        """The blocks a headline may be in, by its shape.

        Blocks with a line that may be a headline (not a place or a name with an
        office, not a field label, not without letters), and of those the blocks of
        more than one word (a lone word, a department or an alt text, is no title).
        """
        page = self.page
        shaped = [b for b in blocks if any(i not in self.paired and self._worded(i) for i in b)]
        multi = [b for b in shaped or blocks if any(" " in page.text(i) for i in b)]
        return multi or shaped or blocks

    def _worded(self, i: int) -> bool:
        """Line ``i`` may be a headline: no field label (``ID :``), no name alone, a letter.

        A line shorter than a headline whose words are all capitalised (or, in Korean,
        a short phrase) names something, a place, a desk or a photo (``New York``,
        ``외교장관 회담``); a short line in sentence case (``Talks held``) may be a headline.
        """
        text = self.page.text(i)
        if text.endswith((":", "：")) or not any(char.isalpha() for char in text):
            return False
        return looks_like_headline(text) or any(word[:1].islower() for word in text.split())

    def _title_lines(self, block: list[int], *, down: bool = False) -> list[int]:
        """The title's lines in its block: the line nearest the date, and its wrapped lines.

        Nearest the date header is the block's last line with a headline's shape (its
        first, ``down``, for a block under the date header), or its last (first) line;
        the lines before and after it that it wraps from or onto are the headline's too.
        """
        page = self.page
        shaped = [i for i in block if looks_like_headline(page.text(i)) and not self._leads_in(i)]
        anchor = (shaped[0] if shaped else block[0]) if down else (shaped or block)[-1]
        widest = max(page.width(i) for i in block)
        first = last = anchor
        while first > block[0] and self._joins(first - 1, widest):
            first -= 1
        # A lead-in under the headline ('… 대변인 명의 성명:') leads in to the body: no wrap.
        while last < block[-1] and self._joins(last, widest) and not self._leads_in(last + 1):
            last += 1
        return list(range(first, last + 1))

    def _leads_in(self, i: int) -> bool:
        return self.page.text(i).endswith(LEAD_IN_ENDS)

    def _joins(self, i: int, widest: int) -> bool:
        """Title line ``i`` wraps onto line ``i + 1``, which is no copy of it."""
        page = self.page
        return self._wraps(i, widest) and fold_line(page.text(i)) != fold_line(page.text(i + 1))

    def _wraps(self, i: int, widest: int) -> bool:
        """Whether title line ``i`` goes on onto line ``i + 1``: a hard-wrapped headline.

        The line is long enough to have been wrapped and ends no sentence, and
        either it stops mid-phrase or the next goes on in lower case, or it had no
        room for the next line's first word within the widest line of the title.
        """
        page = self.page
        text = page.text(i)
        if len(text) < (
            TITLE_WRAP_MIN_CHARS_CJK if is_dense(text) else TITLE_WRAP_MIN_CHARS
        ) or ends_sentence(text):
            return False
        if wraps_onto(page, i + 1):
            return True
        filled = page.width(i) + 1 + len(first_word(page.text(i + 1)))
        if filled <= widest * TITLE_WRAP_SLACK:
            return False
        # Korean and Chinese headlines stand on one line in a page's markup: under one, a line
        # of its own is a subtitle, unless the page is hard-wrapped (lines further on are too)
        # and its wrap carries the headline on to it.
        return not is_dense(text) or (
            (page.runs_on[i + 1] or page.wrapped[i + 1]) and any(page.wrapped[i + 2 :])
        )

    def _parts(self, indices: list[int]) -> set[str]:
        return {fold_line(self.page.text(i)) for i in indices}

    def _first_copy(self, blocks: list[list[int]], title: str, chosen: list[int]) -> list[int]:
        if len(chosen) > 1:
            return chosen
        for block in blocks:
            for i in block:
                if fold_line(self.page.text(i)) == title:
                    return [i]
        return chosen  # pragma: no cover - the chosen line is itself a copy


_YEAR_RE: Final = re.compile(r"(?:19|20)\d\d\Z")
"""A year alone: the end of a headline wrapped under it, rather than a count."""

_COUNT_RE: Final = re.compile(r"\d+(?:[,.]\d{3})*\s?[^\W\d_]{0,2}\Z")
"""A count and its unit of two letters at most (``2,200``, ``0 개``, ``12 명``), no more."""
