"""Short reprs and the notebook display of the model's larger values.

A readout's default repr would hold every line of the page (kilobytes on one line);
these summaries stay short whatever the readout holds: texts are cut, collections
counted, warnings shown by their codes.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterator

    from readoutparse.model import Paragraph, Readout, Span, Subpoint

_TITLE_LIMIT: Final = 72
_SECTION_LIMIT: Final = 32
_TEXT_LIMIT: Final = 60
_CODE_LIMIT: Final = 8
_CODES_SHOWN: Final = 4


def _short(text: str | None, limit: int) -> str:
    """``repr(text)`` cut to about ``limit`` characters, with ``…`` after it when cut."""
    if text is None:
        return "None"
    shown = repr(text[:limit])
    if len(shown) > limit + 2:  # escapes made it longer than the text
        shown = shown[: limit + 1] + shown[0]
    elif len(text) <= limit:
        return shown
    return shown + "…"


def _span(span: Span) -> str:
    return f"{span.start}:{span.end}"


def _codes(readout: Readout) -> str:
    """The warnings' codes in order of first appearance, each with its count when repeated."""
    counts: dict[str, int] = {}
    for warning in readout.warnings:
        counts[warning.code] = counts.get(warning.code, 0) + 1
    shown = [
        code[:_CODE_LIMIT] + (f"×{count}" if count > 1 else "")
        for code, count in list(counts.items())[:_CODES_SHOWN]
    ]
    more = ", …" if len(counts) > _CODES_SHOWN else ""
    return f"[{', '.join(shown)}{more}]"


def readout_repr(readout: Readout) -> str:
    """``<Readout title=… date=… section=… paragraphs=N lines=N warnings=[codes]>``."""
    date = None if readout.date is None else readout.date.isoformat()
    return (
        f"<Readout title={_short(readout.title, _TITLE_LIMIT)} date={date} "
        f"section={_short(readout.section, _SECTION_LIMIT)} "
        f"paragraphs={len(readout.paragraphs)} lines={len(readout.lines)} "
        f"warnings={_codes(readout)}>"
    )


def paragraph_repr(paragraph: Paragraph) -> str:
    """``<Paragraph number=1 marker='1.' text='…' subpoints=N span=start:end>``."""
    return (
        f"<Paragraph number={paragraph.number} marker={_short(paragraph.marker, _CODE_LIMIT)} "
        f"text={_short(paragraph.text, _TEXT_LIMIT)} subpoints={len(paragraph.subpoints)} "
        f"span={_span(paragraph.span)}>"
    )


def subpoint_repr(subpoint: Subpoint) -> str:
    """``<Subpoint marker='O' text='…' subpoints=N span=start:end>``."""
    return (
        f"<Subpoint marker={_short(subpoint.marker, _CODE_LIMIT)} "
        f"text={_short(subpoint.text, _TEXT_LIMIT)} subpoints={len(subpoint.subpoints)} "
        f"span={_span(subpoint.span)}>"
    )


# --- notebooks ------------------------------------------------------------------------------------


def readout_html(readout: Readout) -> str:
    """The readout as an HTML fragment: fields, warnings and body, every text escaped."""
    title = "<em>no title</em>" if readout.title is None else html.escape(readout.title)
    rows = [
        ("date", "" if readout.date is None else readout.date.isoformat()),
        ("section", readout.section or ""),
        ("paragraphs", str(len(readout.paragraphs))),
        ("lines", str(len(readout.lines))),
    ]
    cells = "".join(
        f"<tr><th>{name}</th><td>{html.escape(value)}</td></tr>" for name, value in rows
    )
    warnings = "".join(f"<li>{html.escape(str(warning))}</li>" for warning in readout.warnings)
    return (
        f'<div class="readoutparse-readout"><strong>{title}</strong>'
        f"<table>{cells}</table>"
        + (f"<p>warnings:</p><ul>{warnings}</ul>" if warnings else "")
        + "".join(_body_html(readout.paragraphs))
        + "</div>"
    )


def _body_html(paragraphs: tuple[Paragraph, ...]) -> Iterator[str]:
    """Paragraphs and their subpoints as nested lists, without recursion."""
    yield '<ul style="list-style: none">'
    stack: list[Iterator[Paragraph | Subpoint]] = [iter(paragraphs)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            yield "</ul></li>" if stack else "</ul>"
            continue
        marker = "" if item.marker is None else f"<code>{html.escape(item.marker)}</code> "
        yield f"<li>{marker}{html.escape(item.text)}"
        if item.subpoints:
            yield '<ul style="list-style: none">'
            stack.append(iter(item.subpoints))
        else:
            yield "</li>"
