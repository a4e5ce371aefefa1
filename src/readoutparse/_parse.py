"""parse(): split -> classify -> assemble."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readoutparse._assemble import assemble
from readoutparse._classify import rules_for
from readoutparse._user_vocabulary import Vocabulary
from readoutparse.errors import ParseError

if TYPE_CHECKING:
    from readoutparse.model import Readout


def parse(text: str, *, strict: bool = False, vocabulary: Vocabulary | None = None) -> Readout:
    r"""Parse the text dump of a press-release or readout page.

    Args:
        text: The page as text: a browser's copy, ``innerText`` or a scraper's
            text export. Any line endings.
        strict: Raise :class:`~readoutparse.ParseError` for the first problem
            instead of returning a readout with warnings.
        vocabulary: Words of a site the built-in tables lack
            (:class:`~readoutparse.Vocabulary`); they take effect wherever the
            built-in words of their tables do.

    Returns:
        The readout: title, date, section, paragraphs, every line classified,
        and warnings with positions.

    Raises:
        TypeError: If ``text`` is not a ``str``, or ``vocabulary`` is neither
            ``None`` nor a :class:`~readoutparse.Vocabulary`.
        ParseError: In strict mode, if anything looked wrong.

    Example:
        >>> from readoutparse import parse
        >>> readout = parse("Ministry News\n\nTalks held\n\nDATE\n2024-02-29\n\n"
        ...                 "1. The two ministers met in Seoul.\n\nO They agreed to meet again.\n")
        >>> readout.title, readout.date, readout.section
        ('Talks held', datetime.date(2024, 2, 29), 'Ministry News')
        >>> readout.paragraphs[0].subpoints[0].text
        'They agreed to meet again.'
    """
    if not isinstance(text, str):
        raise TypeError(_type_message(text))
    if vocabulary is not None and not isinstance(vocabulary, Vocabulary):
        msg = (
            f"vocabulary must be a readoutparse.Vocabulary or None, not {type(vocabulary).__name__}"
        )
        raise TypeError(msg)
    readout = assemble(text, rules_for(vocabulary))
    if strict and readout.warnings:
        warning = readout.warnings[0]
        source_lines = text.splitlines()
        source = source_lines[warning.line - 1] if warning.line <= len(source_lines) else ""
        raise ParseError(warning, source)
    return readout


def _type_message(value: object) -> str:
    kind = type(value).__name__
    if isinstance(value, bytes | bytearray | memoryview):
        return (
            f"parse() takes str, not {kind}; decode it first with readoutparse.parse_bytes(), "
            "which reads UTF-8, UTF-16 with a BOM and the Korean legacy encodings"
        )
    return f"parse() takes str, not {kind}; pass the page's text"
