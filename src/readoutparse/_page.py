"""The line view the assembly phases share: the classified lines and their decisions.

Each phase reads the lines and the decisions of the phases before it, and
writes its own: the kind of each line it reads, and the warnings it raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from readoutparse.errors import WARNING_CODES, ParseWarning
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse._lines import SourceLine
    from readoutparse._shape import Classified


class Page:
    """The classified lines of one page, each line's kind so far, and the warnings.

    ``wrapped[i]`` says whether line ``i`` goes on with the hard-wrapped line
    before it, whatever it looks like (worked out by the layout phase).
    """

    __slots__ = ("items", "kinds", "source", "warnings", "wrapped")

    def __init__(self, items: list[Classified], source: str, wrapped: list[bool]) -> None:
        """Start with every line's kind unknown and no warning."""
        self.items = items
        self.source = source
        self.wrapped = wrapped
        self.kinds: list[LineKind] = [LineKind.UNKNOWN] * len(items)
        self.warnings: list[ParseWarning] = []

    def warn(self, item: Classified, code: str, detail: str = "") -> None:
        """Warn at the start of ``item``'s text."""
        self.warnings.append(warning_at(item.line, item.line.text_start, code, detail))


def warning_at(line: SourceLine, offset: int, code: str, detail: str = "") -> ParseWarning:
    """Build a warning for ``offset``, which lies on ``line``."""
    message = WARNING_CODES[code] + (f": {detail}" if detail else "")
    column = offset - (line.start - line.indent) + 1
    return ParseWarning(code=code, message=message, line=line.lineno, column=column)
