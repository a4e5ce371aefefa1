"""Render a readout back to canonical clean text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readoutparse.model import Paragraph, Readout, Subpoint

_INDENT = "  "


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
    return "\n".join([head, *_subpoints(paragraph.subpoints, 0)])


def _subpoints(subpoints: tuple[Subpoint, ...], depth: int) -> list[str]:
    lines: list[str] = []
    for subpoint in subpoints:
        lines.append(f"{_INDENT * depth}{subpoint.marker} {subpoint.text}")
        lines.extend(_subpoints(subpoint.subpoints, depth + 1))
    return lines
