"""Render a readout back to canonical clean text, which parses back to the same structure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from readoutparse._classify import classify
from readoutparse._lines import split_lines
from readoutparse._ranks import BULLET_RANKS, NOTE_RANK
from readoutparse._shape import Shape
from readoutparse._text import ends_sentence, prose_text

if TYPE_CHECKING:
    from readoutparse.model import Paragraph, Readout, Subpoint

_INDENT: Final = "  "
_NOTE_MARKERS: Final = frozenset(
    marker for marker, rank in BULLET_RANKS.items() if rank == NOTE_RANK
)
_SECTION_ROOT: Final = "HOME > "  # a breadcrumb's leaf is the section, title or none after it
_TITLE_LABEL: Final = "Title : "
# What splits a breadcrumb into entries: a chain sign, or a number of a numbered one ('1. ').
_CHAIN_OR_ITEM_RE: Final = re.compile(r"[>›»＞]|(?:^|\s)\d{1,2}\.\s")


def render(readout: Readout) -> str:
    """Return the canonical text of ``readout``: section, title, date header, body.

    Parsing it gives ``readout``'s structure back. The section is written as a
    section name the vocabulary knows, or else as the leaf of a breadcrumb
    ``HOME > …``; a title that reads as prose, a marker or chrome is labelled
    ``Title : …``; subpoints are indented by depth; paragraphs are a blank line
    apart, but for the short unmarked ones that trail the body, which follow
    the line before them.

    Two kinds of readout, which only odd input gives, do not come back whole:
    a section that ends a sentence or holds a breadcrumb separator or number
    (``1. x``), which no breadcrumb leaf can hold; and a paragraph that does
    not read as body alone (no prose, and unmarked, or numbered, short and
    with no full stop, or led by a dash, a dot or ``*``) before the first one
    that does, or after the last one that does and no sentence cut short,
    which in the source read as body only through the lines around it. A tree
    that ``parse`` never builds (a note after a non-note sibling) comes back as
    ``parse`` nests it.
    """
    blocks: list[str] = []
    if readout.section is not None:
        blocks.append(_section(readout.section))
    if readout.title is not None:
        blocks.append(_title(readout.title))
    if readout.date is not None:
        blocks.append(f"DATE\n{readout.date.isoformat()}")
    head = "\n\n".join(blocks)
    body = _body(readout.paragraphs)
    text = "\n\n".join(part for part in (head, body) if part)
    return text + "\n" if text else ""


def _section(section: str) -> str:
    """A section name alone (``Press Releases``); else a breadcrumb whose leaf is the section.

    A breadcrumb's leaf is read as the section with or without a title after
    it; a leaf cannot end a sentence or hold a breadcrumb's own separators,
    and such a section is written alone, read back as the block before the title.
    """
    if (
        _shape(section) is Shape.SECTION_NAME
        or ends_sentence(section)
        or _CHAIN_OR_ITEM_RE.search(section) is not None
    ):
        return section
    return _SECTION_ROOT + section


def _title(title: str) -> str:
    """The title alone on its line; labelled where it reads as prose or as anything but text."""
    if prose_text(title, ends=ends_sentence(title)) or _shape(title) is not Shape.TEXT:
        return _TITLE_LABEL + title  # prose opens the body; a marker or chrome is no title
    return title


def _shape(line: str) -> Shape | None:
    """What the classifier reads ``line`` as, alone; ``None`` for what is not one line."""
    lines = split_lines(line)
    return classify(lines[0]).shape if len(lines) == 1 else None


def _body(paragraphs: tuple[Paragraph, ...]) -> str:
    """The paragraphs, a blank line apart, but for the short ones that trail the body.

    The body ends at its last line that reads as body (a marker, or prose); a
    text line right under it, with no blank line between, that stops mid-phrase
    (a sentence cut short) is body too. So a trailing paragraph that is no prose
    (``… agreed to keep in touch on``) follows the line before it directly, which
    ends a sentence: one paragraph per line, as the parser reads it.
    """
    last = max((i for i, p in enumerate(paragraphs) if _reads_as_body(p)), default=-1)
    parts: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        if parts:
            tight = i > last and ends_sentence(parts[-1])
            parts.append("\n" if tight else "\n\n")
        parts.append(_paragraph(paragraph))
    return "".join(parts)


def _reads_as_body(paragraph: Paragraph) -> bool:
    """A paragraph with a marker, or of prose, marks the body's extent wherever it stands."""
    text = paragraph.text
    return paragraph.marker is not None or prose_text(text, ends=ends_sentence(text))


def _paragraph(paragraph: Paragraph) -> str:
    if paragraph.number is not None:
        head = f"{paragraph.number}. {paragraph.text}"
    elif paragraph.marker is not None:
        head = f"{paragraph.marker} {paragraph.text}"
    else:
        head = paragraph.text
    return "\n".join([head, *_subpoints(paragraph.subpoints)])


def _subpoints(subpoints: tuple[Subpoint, ...]) -> list[str]:
    """One line per subpoint, depth first, indented by depth (a loop: no recursion on depth)."""
    lines: list[str] = []
    stack = [(0, subpoint) for subpoint in reversed(subpoints)]
    while stack:
        depth, subpoint = stack.pop()
        # A note sits one space deeper than its siblings, so a '-' after it that is
        # its sibling (flush) is told from one that is its own list item (deeper).
        note = " " if subpoint.marker in _NOTE_MARKERS else ""
        lines.append(f"{_INDENT * depth}{note}{subpoint.marker} {subpoint.text}")
        stack.extend((depth + 1, child) for child in reversed(subpoint.subpoints))
    return lines
