"""Render a readout back to canonical clean text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readoutparse._vocabulary import BULLET_RANKS, NOTE_RANK

if TYPE_CHECKING:
    from readoutparse.model import Paragraph, Readout, Subpoint

_INDENT = "  "
_NOTE_MARKERS = frozenset(marker for marker, rank in BULLET_RANKS.items() if rank == NOTE_RANK)


def render(readout: Readout) -> str:
    """Return the canonical text of ``readout``: section, title, date header, body."""
    blocks: list[str] = []
    if readout.section is not None:
        blocks.append(readout.section)
    if readout.title is not None:
        blocks.append(readout.title)
    if readout.date is not None:
        blocks.append(f"DATE\n{readout.date.isoformat()}")
    blocks.extend(_paragraph(paragraph) for paragraph in readout.paragraphs)
    return "\n\n".join(blocks) + "\n" if blocks else ""


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
