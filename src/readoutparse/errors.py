"""Warnings and errors, with stable codes and 1-based positions."""

from __future__ import annotations

from typing import Any

import attrs

WARNING_CODES: dict[str, str] = {
    "RP101": "no title found",
    "RP102": "no body paragraphs found",
    "RP201": "date header value is not a date",
    "RP202": "subpoints nested too deep",
    "RP203": "numbered paragraph out of order",
    "RP204": "marker without text",
    "RP301": "control characters in the input",
    "RP401": "title chosen on weak evidence",
    "RP402": "no date taken, though the page shows one",
    "RP403": "end of the body chosen on weak evidence",
}
"""Every warning code with its short description. Codes never change meaning."""


@attrs.frozen(kw_only=True)
class ParseWarning:
    r"""Something that looked wrong in the input, with where it was.

    Attributes:
        code: A stable code from :data:`WARNING_CODES` (``"RP203"``).
        message: A human-readable explanation.
        line: 1-based line number.
        column: 1-based column, in code points.

    Example:
        >>> from readoutparse import parse
        >>> readout = parse("Talks\n\n1. First point here.\n\n3. Third point here.\n")
        >>> [str(warning) for warning in readout.warnings]
        ['5:1: RP203 numbered paragraph out of order: expected 2, found 3']
    """

    code: str
    message: str
    line: int
    column: int

    def __str__(self) -> str:
        """Format as ``line:column: code message``."""
        return f"{self.line}:{self.column}: {self.code} {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form of the warning."""
        return {
            "code": self.code,
            "message": self.message,
            "line": self.line,
            "column": self.column,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ParseWarning:
        """Rebuild a warning from :meth:`to_dict` output, checking every field.

        Raises:
            TypeError: If a field has the wrong type; the message names it.
            ValueError: If the code is not in :data:`WARNING_CODES`, or a position is below 1.

        Example:
            >>> ParseWarning.from_dict({"code": "RP999", "message": "m", "line": 1, "column": 1})
            Traceback (most recent call last):
            ...
            ValueError: code: expected a code of WARNING_CODES, got 'RP999'
        """
        from readoutparse._validate import warning  # noqa: PLC0415 - loaded on first use

        return warning(data)


class ParseError(ValueError):
    r"""Raised by ``parse(text, strict=True)`` instead of returning a doubtful result.

    Attributes:
        code: The warning code that made the result doubtful.
        line: 1-based line number.
        column: 1-based column, in code points.
        source_line: The input line the problem is on.

    Example:
        >>> from readoutparse import parse
        >>> parse("Talks\n\n1. First point.\n\n3. Third point.\n", strict=True)
        Traceback (most recent call last):
        ...
        readoutparse.errors.ParseError: 5:1: RP203 numbered paragraph out of order: ...
            3. Third point.
            ^
    """

    def __init__(self, warning: ParseWarning, source_line: str) -> None:
        """Build the error from the warning that caused it and its source line."""
        self.warning = warning
        self.code = warning.code
        self.line = warning.line
        self.column = warning.column
        self.source_line = source_line
        caret = " " * (warning.column - 1) + "^"
        super().__init__(f"{warning}\n    {source_line}\n    {caret}")

    def __reduce__(self) -> tuple[type[ParseError], tuple[ParseWarning, str]]:
        """Pickle from the warning and the source line (errors cross process pools)."""
        return (type(self), (self.warning, self.source_line))
