"""Stage 3: classified lines -> Readout, phase by phase.

The page is read in phases, each in a module of its own that reads the
shared line view (:class:`~readoutparse._page.Page`) and the decisions of
the phases before it:

1. **layout** (``_layout.py``): which lines wrap onto the line before them,
   and where the body starts and ends;
2. **head** (``_head.py``): chrome, section, title and date header;
3. **body** (``_body.py``): paragraphs and nested subpoints, and (``_repost.py``) the wire
   tag a repost opens its body with;
4. **trailer** (``_trailer.py``): signature, footers and pager, and the date when the head
   states none;
5. **build** (``_build.py`` and here): the readout, with its lines and warnings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse import _vocabulary as vocab
from readoutparse._body import read_body
from readoutparse._build import make_line
from readoutparse._head import read_head
from readoutparse._layout import find_body, wrap_flags
from readoutparse._lines import SourceLine
from readoutparse._page import Page, warning_at
from readoutparse._repost import read_repost
from readoutparse._trailer import read_trailer
from readoutparse.model import Readout

if TYPE_CHECKING:
    from readoutparse._body import Builder
    from readoutparse._head import Head
    from readoutparse._shape import Classified
    from readoutparse.model import Repost


def assemble(items: list[Classified], source: str) -> Readout:
    """Read ``items``, the classified non-blank lines of ``source``, into a readout.

    The caller hands over ``items``: the list is emptied once the lines' kinds
    are recorded, so the lines' own text is freed before the paragraphs' text
    is sliced from the input.
    """
    page = Page(items, source, wrap_flags(items))
    start, end = find_body(page.items, page.wrapped)
    head = read_head(page, start)
    paragraphs = read_body(page, start, end)
    repost = read_repost(page, paragraphs)
    read_trailer(page, end, head)
    return build(page, head, paragraphs, repost)


def build(page: Page, head: Head, paragraphs: list[Builder], repost: Repost | None) -> Readout:
    """Return the record: structured view, lossless lines and warnings."""
    _document_warnings(page, head, paragraphs)
    lines = tuple(
        [
            make_line(kind, line.start, line.end, line.lineno)
            for line, kind in zip([item.line for item in page.items], page.kinds, strict=True)
        ]
    )
    page.items.clear()
    source = page.source
    return Readout(
        title=None if head.title is None else head.title.text,
        date=head.date,
        section=None if head.section is None else head.section.text,
        paragraphs=tuple([builder.paragraph(source) for builder in paragraphs]),
        lines=lines,
        warnings=tuple(page.warnings),
        title_span=None if head.title is None else head.title.span,
        date_span=head.date_span,
        section_span=None if head.section is None else head.section.span,
        repost=repost,
    )


def _document_warnings(page: Page, head: Head, paragraphs: list[Builder]) -> None:
    warnings = page.warnings
    first = page.items[0].line if page.items else _EMPTY_LINE
    if head.title is None:
        warnings.append(warning_at(first, first.start, "RP101"))
    if not paragraphs:
        warnings.append(warning_at(first, first.start, "RP102"))
    for item in page.items:
        line = item.line
        control = None if item.printable else vocab.CONTROL_RE.search(line.text)
        if control is not None:
            offset = line.end - len(line.text) + control.start()
            detail = f"U+{ord(control.group()):04X}"
            warnings.append(warning_at(line, offset, "RP301", detail))
            break
    warnings.sort(key=lambda warning: (warning.line, warning.column))


_EMPTY_LINE: Final = SourceLine(lineno=1, start=0, end=0, indent=0, text="", blank_before=True)
