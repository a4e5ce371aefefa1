"""Stage 3: classified lines -> Readout, phase by phase.

The page is read in phases, each in a module of its own that reads the
shared line view (:class:`~readoutparse._page.Page`) and the decisions of
the phases before it:

1. **layout** (``_layout.py``): which lines wrap onto the line before them,
   and where the body starts and ends;
2. **head** (``_head.py``): chrome, section, title and date header;
3. **body** (``_body.py``): paragraphs and nested subpoints, and (``_repost.py``) the wire
   tag a repost opens its body with;
4. **trailer** (``_trailer.py``): a list closing the body that is an aggregator's, signature,
   footers and pager, and the date when the head states none;
5. **build** (``_build.py`` and here): the readout, with its lines and warnings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse import _vocabulary as vocab
from readoutparse._body import read_body
from readoutparse._classify import DEFAULT_RULES
from readoutparse._evidence import weigh
from readoutparse._head import read_head
from readoutparse._layout import find_body, run_on_flags, wrap_flags
from readoutparse._lines import line_offsets
from readoutparse._lineview import Lines, kind_codes
from readoutparse._page import PRINTABLE, PRINTABLE_KNOWN, Page
from readoutparse._repost import read_repost, tag_date
from readoutparse._trailer import read_trailer, set_list_apart
from readoutparse.model import Readout

if TYPE_CHECKING:
    from readoutparse._body import Builder
    from readoutparse._classify import RuleSet
    from readoutparse._head import Head
    from readoutparse.errors import ParseWarning
    from readoutparse.model import Repost


def assemble(source: str, rules: RuleSet = DEFAULT_RULES) -> Readout:
    """Read ``source``, the text of a page, into a readout, with the word tables of ``rules``."""
    page = Page(source, rules)
    page.runs_on = run_on_flags(page)
    page.wrapped = wrap_flags(page)
    start, end = find_body(page)
    head = read_head(page, start)
    paragraphs = read_body(page, start, end)
    end = set_list_apart(page, paragraphs, end)
    repost = read_repost(page, paragraphs)
    if repost is not None:
        tag_date(page, repost, head)
    read_trailer(page, end, head)
    weigh(page, head, paragraphs)
    return build(page, head, paragraphs, repost)


def build(page: Page, head: Head, paragraphs: list[Builder], repost: Repost | None) -> Readout:
    """Return the record: structured view, lossless lines and warnings.

    The line view is let go before the paragraphs' text is sliced from the input:
    the readout keeps each line's kind, one byte a line.
    """
    _document_warnings(page, head, paragraphs)
    lines = Lines(page.source, bytes(map(_KIND_CODES.__getitem__, page.kinds)), line_offsets)
    page.release(keep_offsets=True)  # the paragraphs' text is sliced at the lines' offsets
    paragraphs.reverse()  # popped in order, each builder let go once its paragraph is made
    built = tuple([paragraphs.pop().paragraph(page) for _ in range(len(paragraphs))])
    page.release()
    return Readout(
        title=None if head.title is None else head.title.text,
        date=head.date,
        section=None if head.section is None else head.section.text,
        paragraphs=built,
        lines=lines,
        warnings=tuple(page.warnings),
        title_span=None if head.title is None else head.title.span,
        date_span=head.date_span,
        section_span=None if head.section is None else head.section.span,
        repost=repost,
    )


def _document_warnings(page: Page, head: Head, paragraphs: list[Builder]) -> None:
    warnings = page.warnings
    if head.title is None:
        warnings.append(_at_first_line(page, "RP101"))
    if not paragraphs:
        warnings.append(_at_first_line(page, "RP102"))
    flags = page.flags
    for i in range(page.count):
        flag = flags[i]
        if flag & PRINTABLE_KNOWN and flag & PRINTABLE:
            continue
        text = page.text(i)
        if not flag & PRINTABLE_KNOWN and text.isprintable():
            continue
        control = vocab.CONTROL_RE.search(text)
        if control is not None:
            detail = f"U+{ord(control.group()):04X}"
            warnings.append(
                page.warning_at(i, page.text_starts[i] + control.start(), "RP301", detail)
            )
            break
    warnings.sort(key=lambda warning: (warning.line, warning.column))


def _at_first_line(page: Page, code: str) -> ParseWarning:
    """A warning at the start of the first line (its byte-order mark included), or of the input."""
    if not page.count:
        return page.warning_at_input_start(code)
    return page.warning_at(0, page.line_start(0) + page.indents[0], code)


_KIND_CODES: Final = kind_codes()
