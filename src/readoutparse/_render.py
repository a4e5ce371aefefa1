"""Render a readout back to canonical clean text, which parses back to the same structure."""

from __future__ import annotations

import sys
from itertools import chain
from typing import TYPE_CHECKING, Final

import attrs

from readoutparse import _wire
from readoutparse._assemble import assemble
from readoutparse._classify import (
    classify,
    is_heading,
    numbered_body,
)
from readoutparse._lines import BOM, split_lines
from readoutparse._ranks import BULLET_RANKS, NOTE_RANK
from readoutparse._render_head import (
    section_form,
    shape_of,
    title_form,
)
from readoutparse._repost import SUBTITLES_REACH
from readoutparse._rewrap import reads_back, wrapped
from readoutparse._shape import Shape
from readoutparse._signoff import speaks_to_reader
from readoutparse._text import (
    ends_sentence,
    looks_like_title,
    prose_text,
)
from readoutparse._vocabulary import HEADER_LOOKAHEAD, LEAD_IN_ENDS
from readoutparse._wire import opening_tag
from readoutparse.model import MAX_NESTING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from readoutparse.model import Paragraph, Readout, Subpoint

_INDENT: Final = "  "
_NOTE_MARKERS: Final = frozenset(
    marker for marker, rank in BULLET_RANKS.items() if rank == NOTE_RANK
)
# A date label with no date after it: a date header under a headline, which says no date.
_BARE_DATE_LABEL: Final = "DATE"
_END_MARK: Final = "끝."  # closes the body: short numbered lines right above it are body
_BOX: Final = "□"  # an item that opens the body wherever it stands, as a Korean page's □
# Bullets that open the body from the head: level one, and the reference mark.
_HEAD_BULLETS: Final = frozenset(m for m, rank in BULLET_RANKS.items() if rank == 1) | {"※"}
# Field labels: a line of prose that one follows within HEADER_LOOKAHEAD lines is a title.
_LABELS: Final = frozenset({Shape.DATE_LABEL, Shape.META_LABEL, Shape.TITLE_LABEL})


def render(readout: Readout) -> str:
    """Return the canonical text of ``readout``: section, title, date header, body.

    Parsing it gives ``readout``'s structure back. The section is written as a section name the
    vocabulary knows, or else as a breadcrumb whose leaf it is (``HOME > …``, or ``1. …`` for a
    section that a chain cuts), or, when no breadcrumb leaf holds it (it ends a sentence), alone
    before the title, which is labelled where the section would be read in its place, or with
    no title as a category line (``Categories: …``). A title
    that reads as prose (a lead-in ending in a colon included), a marker, chrome, a line that
    stands beside a headline (a byline, a line of no word) or ends on the end mark is labelled
    ``Title : …``, a label line read at any length. Subpoints are indented by depth; paragraphs
    are a blank line apart. A paragraph or subpoint whose line, joined from several in the
    source, reads as chrome (``… 자료.hwp``, ``* unofficial translation``) is wrapped before one
    of its last words, where the parser reads the rest as going on with it
    (:func:`~readoutparse._rewrap.wrapped`). Paragraphs with no number that would not open the
    body where they stand (no prose, a dash, a heading's shape) before the first that does, that
    would be trailer after its last (no prose), or whose line alone reads as anything but text
    (a date, a label, ``끝.``, but not chrome the body keeps) are written as ``□`` items, which
    always are body, and so is a first one whose text opens with what reads as a wire tag, read
    only on an unmarked paragraph; the box is a marker, not part of the structure. A date header
    with no date (a bare ``DATE`` label) stands where the body opens on a short numbered
    paragraph (``1. Talks``), and ``끝.`` closes a body that ends on one or on a run of them:
    alone, such a line reads as a breadcrumb or as trailing navigation. Text that starts with
    ``U+FEFF`` gets a byte-order mark before it, which ``parse`` drops.

    A breadcrumb never stands under the date header, so that ``1. Talks`` first under it is
    body, title or not. A tree that ``parse`` never builds (a note after a non-note sibling)
    comes back as ``parse`` nests it.

    The text is read back once. Where the head's evidence reaches further than the rules
    above foresee (a dateline under a paragraph of prose makes it a headline, and the
    paragraphs above it head), the first paragraphs are written as ``□`` items, one more
    at a time, until the text reads back (at most ``_BOX_TRIES`` times). Where the body's
    evidence reaches further still (its last plain paragraph reads alone as the site's
    voice), every paragraph with no number is written as a ``□`` item (a bullet it had
    included: a box is a level of its own), when that reads back; else the title labelled,
    where a label line holds it; else every paragraph and subpoint whole on its line, as the
    parser read it in the source, where a break made for one paragraph alone changes how the
    next reads, with the boxes or without (or only a paragraph that a break was made in,
    alone or with those after it).
    """
    text = _text(readout, 0)
    # A tree deeper than the parser nests never reads back as it is (nor compares as a
    # structure without recursion): it is written once.
    if _depth(readout) > MAX_NESTING:
        return text
    structure = readout.structure()
    tries = min(len(readout.paragraphs), _BOX_TRIES)
    boxed = 0
    while not (read := assemble(text).structure() == structure) and boxed < tries:
        boxed += 1
        text = _text(readout, boxed)
    if read:
        return text
    # The last forms: every paragraph with no number a box, body wherever it stands; the
    # title labelled where a label holds it; each line whole, as the source had it, where a
    # break made for a paragraph alone changes how the ones around it read.
    for form in chain(_LAST_FORMS, _whole_forms(readout.paragraphs)):
        written = _text(readout, boxed, form)
        if assemble(written).structure() == structure:
            return written
    return text


_Form = tuple[bool, bool, range | None]
"""A form of :func:`_text`: its ``(plain, titled, whole)``."""

_EVERY: Final = range(sys.maxsize)

_LAST_FORMS: Final[tuple[_Form, ...]] = (
    (True, False, None),
    (False, True, None),
    (False, False, _EVERY),
    (True, False, _EVERY),  # every paragraph with no number a box, and every one whole
)
"""The forms :func:`render` tries last, in order.

Then each paragraph a break was made in (the first ``_WHOLE_TRIES``) whole, alone and with
all after it: those before stand under the date header or beside other lines than in the
source, and are broken where their line would read as chrome there.
"""

_WHOLE_TRIES: Final = 4
"""How many broken paragraphs, at most, :func:`render` tries to write whole."""


def _whole_forms(paragraphs: tuple[Paragraph, ...]) -> Iterator[_Form]:
    """The forms that write a paragraph a break was made in whole: alone, then with all after.

    The break, made for the paragraph alone, may change how the next reads. The forms are
    worked out only when those before them do not read back.
    """
    broken = [n for n, p in enumerate(paragraphs) if _paragraph(p) != _paragraph(p, whole=True)]
    count = len(paragraphs)
    ones = (range(n, n + 1) for n in broken[:_WHOLE_TRIES])
    tails = (range(n, count) for n in broken[:_WHOLE_TRIES])
    for whole in chain(ones, tails):
        yield False, False, whole


_BOX_TRIES: Final = 4
"""How many first paragraphs :func:`render` boxes, at most, for its text to read back."""


def _depth(readout: Readout) -> int:
    """How deep ``readout``'s subpoints nest (0 for none), counted with a stack."""
    deepest = 0
    stack = [(1, paragraph.subpoints) for paragraph in readout.paragraphs]
    while stack:
        depth, level = stack.pop()
        if level:
            deepest = max(deepest, depth)
            stack.extend((depth + 1, sub.subpoints) for sub in level)
    return deepest


def _text(readout: Readout, boxed: int, form: _Form = (False, False, None)) -> str:
    """The text of :func:`render`, with at least the first ``boxed`` paragraphs as ``□`` items.

    Its ``form`` is ``(plain, titled, whole)``. With ``plain``, every paragraph with no
    number is a ``□`` item; with ``titled``, the title is labelled wherever a label line
    holds it; with ``whole``, no paragraph of that range, nor its subpoints, is broken over
    lines.
    """
    plain, titled, whole = form
    blocks: list[str] = []
    alone = headline = False
    boxes = _boxes(readout.paragraphs, boxed, plain=plain)
    # The paragraphs as written, each ``□`` item with its box: the head reads them so.
    written = tuple(
        attrs.evolve(p, marker=_BOX) if box and p.number is None else p
        for p, box in zip(readout.paragraphs, boxes, strict=True)
    )
    if readout.section is not None:
        section, alone = section_form(readout.section, titled=readout.title is not None)
        blocks.append(section)
    if readout.title is not None:
        # A section written alone is the block before the title. Where that block would be
        # chosen as the title instead (it has more words) or open the body (it is prose, and
        # no date header stands close under it), the title is labelled, so that it is no block
        # itself and its label is a field under the section.
        label = alone and (
            " " not in readout.title or (readout.date is None and _is_prose(readout.section or ""))
        )
        headline = not alone and _numbers_head(written)
        # A label line is read at any length: the labelled title is read back whatever it is.
        blocks.append(title_form(readout.title, label=label or titled, plain=headline))
    if readout.date is not None:
        blocks.append(f"DATE\n{readout.date.isoformat()}")
    elif headline or _numbered_first(written):
        blocks.append(_BARE_DATE_LABEL)  # no date, but a date header all the same
    head = "\n\n".join(blocks)
    body = _body(readout.paragraphs, boxes, whole=whole)
    if _short_last(readout.paragraphs):
        body += "\n\n" + _END_MARK  # the end mark closes the body on it
    text = "\n\n".join(part for part in (head, body) if part)
    if text.startswith(BOM):
        text = BOM + text  # the parser drops one byte-order mark from the first line
    return text + "\n" if text else ""


def _numbers_head(paragraphs: tuple[Paragraph, ...]) -> bool:
    """Say whether the body opens on a short numbered paragraph, which only a plain title can open.

    A numbered line short of a sentence (``1. Talks``) reads as a breadcrumb,
    but for one under a date header (a bare label where there is no date): the
    title is written as a line of its own over it then. A title that ends
    a sentence is the page's last paragraph where nothing under the date header
    opens the body; the first paragraph does not, so a later one must.
    """
    if not paragraphs or paragraphs[0].number is None or _opens_body(paragraphs):
        return False
    return any(_opens_body(paragraphs[i:]) for i in range(1, len(paragraphs)))


def _numbered_first(paragraphs: tuple[Paragraph, ...]) -> bool:
    """The body opens on a numbered paragraph that reads as a breadcrumb but under a date header."""
    return bool(paragraphs) and paragraphs[0].number is not None and not _opens_body(paragraphs)


def _short_last(paragraphs: tuple[Paragraph, ...]) -> bool:
    """The body ends on a numbered line short of a sentence, which alone reads as chrome."""
    if not paragraphs or paragraphs[-1].number is None or paragraphs[-1].subpoints:
        return False
    item = classify(split_lines(_paragraph(paragraphs[-1]))[0])
    return item.shape is Shape.NUMBERED and not (numbered_body(item.content) or item.prose)


def _is_prose(text: str) -> bool:
    return prose_text(text, ends=ends_sentence(text))


def _boxes(paragraphs: tuple[Paragraph, ...], least: int = 0, *, plain: bool = False) -> list[bool]:
    """Which paragraphs are written as ``□`` items (at least the first ``least``).

    The body ends at its last line that reads as body (a marker, a subpoint's
    included, or prose), and a short line under it is trailer; so the paragraphs
    after the last one that reads as body are ``□`` items, which are body
    wherever they stand. So is an unmarked paragraph whose line alone reads as
    anything but text (a date, a field label, an end mark; not chrome that the
    body keeps where it stands, which a box would make chrome), the leading
    ones of :func:`_boxed`, and a first one that opens with a wire tag (:func:`_tagged`).
    """
    boxed = max(_boxed(paragraphs), _tagged(paragraphs), least)
    last = max((i for i, p in enumerate(paragraphs) if i < boxed or _reads_as_body(p)), default=-1)
    return [
        i < boxed or i > last or _odd(paragraph) or (plain and paragraph.number is None)
        for i, paragraph in enumerate(paragraphs)
    ]


def _body(
    paragraphs: tuple[Paragraph, ...], boxes: list[bool], *, whole: range | None = None
) -> str:
    """The paragraphs, a blank line apart.

    With ``whole``, each paragraph of that range, and its subpoints, on one line.
    """
    return "\n\n".join(
        _paragraph(p, box=box, whole=whole is not None and n in whole)
        for n, (p, box) in enumerate(zip(paragraphs, boxes, strict=True))
    )


def _tagged(paragraphs: tuple[Paragraph, ...]) -> int:
    """How many paragraphs to box so that none opens on text that reads as a wire tag and more.

    A repost's tag is read on an unmarked paragraph among the first few (a newswire's
    subtitle lines may stand before it); the text left once one was taken out may open
    with another (``… aWASHINGTON, May 20 (Yonhap) --``). A box hides it.
    """
    boxed = 0
    for i, paragraph in enumerate(paragraphs[:SUBTITLES_REACH]):
        unmarked = paragraph.number is None and paragraph.marker is None
        if unmarked and opening_tag(_wire.REPOST_TAG_RE, paragraph.text, i) is not None:
            boxed = i + 1
    return boxed


def _odd(paragraph: Paragraph) -> bool:
    """An unmarked paragraph whose line, alone, the classifier reads as anything but text.

    But for chrome that the body reads as a paragraph where it stands between
    paragraphs (``> 국 > 과``): a box would not make it body, and it is body as it is.
    """
    text = paragraph.text
    if paragraph.number is not None or paragraph.marker is not None:
        return False
    shape = shape_of(text)
    return shape is not Shape.TEXT and not (shape is Shape.CHROME and reads_back(text, text))


def _boxed(paragraphs: tuple[Paragraph, ...]) -> int:
    """How many paragraphs, from the first, are written as ``□`` items to open the body.

    None when the first paragraph opens the body as it is. Else every paragraph
    up to the first that does, and, when the first is a bullet (a lead summary
    of ``-`` items), every one of that bullet: a bullet after a ``□`` item is its
    subpoint, after a bullet of its own kind a paragraph. A numbered paragraph
    keeps its number.
    """
    if not paragraphs or _opens_body(paragraphs):
        return 0
    run = paragraphs[0].marker  # a bullet's run: its marker (None is no bullet)
    count = 0
    while count < len(paragraphs):
        paragraph = paragraphs[count]
        if paragraph.number is not None or (
            count and paragraph.marker != run and _opens_body(paragraphs[count:])
        ):
            break
        count += 1
    return count


def _opens_body(paragraphs: tuple[Paragraph, ...]) -> bool:
    """Say whether the first of ``paragraphs``, as written, opens the body wherever it stands.

    A ``□`` item does; a level-one bullet or ``※``; a numbered sentence or
    long numbered line; a body heading; a line of prose that no headline case or field label
    under it (in the lines that follow) sets apart as a title. Anything else may
    read as head.
    """
    following = paragraphs[: 1 + HEADER_LOOKAHEAD]
    lines = split_lines("\n\n".join(_paragraph(paragraph) for paragraph in following))
    item = classify(lines[0])
    if item.shape is Shape.BOX:
        return True
    if item.shape is Shape.BULLET:
        return item.marker in _HEAD_BULLETS or item.prose
    if item.shape is Shape.NUMBERED:
        return numbered_body(item.content) or item.prose
    if item.shape is Shape.TEXT and not item.prose and is_heading(item.line.text):
        return True  # a body heading: 'I. 모두 발언', '[Q&A]'
    return (
        item.shape is Shape.TEXT
        and item.prose
        and not looks_like_title(item.line.text)
        and not any(classify(line).shape in _LABELS for line in lines[1 : 1 + HEADER_LOOKAHEAD])
    )


def _reads_as_body(paragraph: Paragraph) -> bool:
    """A paragraph with a marker, or of prose, marks the body's extent wherever it stands.

    A plain paragraph ending on a colon does not: the body's last line is no lead-in; nor
    does one in the site's voice, which is never the body's last.

    A numbered one only where it is long or a sentence, or has subpoints: ``3. On trade``
    alone after the body is navigation.
    """
    text = paragraph.text
    if paragraph.number is not None:
        return numbered_body(text) or _is_prose(text) or bool(paragraph.subpoints)
    marked = paragraph.marker is not None or bool(paragraph.subpoints)  # a subpoint's marker
    # A plain lead-in ('… as follows:') with nothing after it leads in to nothing: not body;
    # nor is a sentence in the site's voice ('/Public Release. …', '… 제보를 기다립니다.').
    lead_in = text.endswith(LEAD_IN_ENDS) or speaks_to_reader(text)
    return marked or (not lead_in and prose_text(text, ends=ends_sentence(text)))


def _paragraph(paragraph: Paragraph, *, box: bool = False, whole: bool = False) -> str:
    if paragraph.number is not None:
        lead = f"{paragraph.number}. "
    elif box:
        lead = f"{_BOX} "
    elif paragraph.marker is not None:
        lead = f"{paragraph.marker} "
    else:
        lead = ""
    head = lead + paragraph.text if whole else wrapped(lead, paragraph.text, "")
    return "\n".join([head, *_subpoints(paragraph.subpoints, whole=whole)])


def _subpoints(subpoints: tuple[Subpoint, ...], *, whole: bool = False) -> list[str]:
    """One line per subpoint, depth first, indented by depth (a loop: no recursion on depth)."""
    lines: list[str] = []
    stack = [(0, subpoint) for subpoint in reversed(subpoints)]
    while stack:
        depth, subpoint = stack.pop()
        # A note sits one space deeper than its siblings, so a '-' after it that is
        # its sibling (flush) is told from one that is its own list item (deeper).
        note = " " if subpoint.marker in _NOTE_MARKERS else ""
        indent = _INDENT * depth
        lead = f"{indent}{note}{subpoint.marker} "
        lines.append(
            lead + subpoint.text if whole else wrapped(lead, subpoint.text, indent + _INDENT + " ")
        )
        stack.extend((depth + 1, child) for child in reversed(subpoint.subpoints))
    return lines
