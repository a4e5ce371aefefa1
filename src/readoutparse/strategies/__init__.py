r"""Hypothesis strategies: realistic page dumps with known answers, and readouts.

Install the ``hypothesis`` extra (``pip install readoutparse[hypothesis]``) to use
this module. :func:`pages` draws a page dump assembled from the layouts seen on
real Korean Ministry of Foreign Affairs pages (skip links, breadcrumbs, menus,
date headers, numbered and Korean bodies, trailers, white-space noise) together
with the :class:`~readoutparse.Readout` it must parse to. :func:`readouts` draws
model values for code that consumes readouts.

The package is split as the parser is, into private modules: ``_writer``
writes lines with their offsets, ``_text`` draws prose and titles, ``_chrome``
and ``_head`` the lines before the body, ``_body`` the paragraphs and
subpoints, ``_trailer`` what follows them, ``_page`` puts a page together and
``_readouts`` draws model values. Only the names below are public.

Example:
    >>> from hypothesis.strategies import SearchStrategy
    >>> from readoutparse.strategies import page_texts, pages, readouts
    >>> all(isinstance(s, SearchStrategy) for s in (pages(), page_texts(), readouts()))
    True
"""

from __future__ import annotations

from typing import Final

# Imported at run time, not only for type checking: the API reference reads the annotations.
from hypothesis import strategies as st  # noqa: TC002

from readoutparse.model import Readout  # noqa: TC001
from readoutparse.strategies._page import _page
from readoutparse.strategies._readouts import _readout

__all__ = ["page_texts", "pages", "readouts", "with_line_endings"]

_LINE_ENDINGS: Final = frozenset(
    {"\n", "\r\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}
)


def pages() -> st.SearchStrategy[tuple[str, Readout]]:
    r"""Draw ``(text, expected)``: a realistic page dump and the readout it must parse to.

    ``text`` is assembled from the layouts of real Ministry of Foreign Affairs
    pages: chrome before the title (skip links, numbered breadcrumbs and menus,
    social-media lists, the old template, the Korean site's banner, e-newsletter
    and repost headers, or none), the title once or repeated, a date header in
    one of many spellings (or none), an English numbered or prose body or a
    Korean ``□``/prose body with nested subpoints and notes, hard-wrapped lines,
    trailers (signature, ``List``/``Prev``/``Next``, feedback footer,
    ``loading``) and white-space noise. Line endings are ``\n``; see
    :func:`with_line_endings`.

    ``expected`` carries the title, date, section and paragraphs, with the
    span of every paragraph and subpoint (marker through the end of its own
    last line) and of the title, date value and section. Its ``lines`` and
    ``warnings`` are empty.

    Returns:
        A strategy for ``(text, expected)`` pairs.

    Example:
        Pin the parser to the generated answer::

            from hypothesis import given
            from readoutparse import parse
            from readoutparse.strategies import pages

            @given(pages())
            def test_parse_finds_what_was_written(page):
                text, expected = page
                assert parse(text).structure() == expected.structure()

        >>> from hypothesis.strategies import SearchStrategy
        >>> isinstance(pages(), SearchStrategy)
        True
    """
    return _page()


def page_texts() -> st.SearchStrategy[str]:
    """Draw realistic page dumps, without their expected readouts.

    Returns:
        A strategy for the ``text`` half of :func:`pages`.

    Example:
        Feed realistic pages to code that reads them::

            from hypothesis import given
            from readoutparse import parse
            from readoutparse.strategies import page_texts

            @given(page_texts())
            def test_every_page_has_a_body(text):
                assert parse(text).paragraphs

        >>> from hypothesis.strategies import SearchStrategy
        >>> isinstance(page_texts(), SearchStrategy)
        True
    """
    return pages().map(lambda page: page[0])


def readouts() -> st.SearchStrategy[Readout]:
    """Draw readouts: model values for code that consumes parse results.

    Titles, sections and paragraph texts come from the same word lists as
    :func:`pages`; spans are increasing and non-overlapping but point into no
    particular text. ``lines`` and ``warnings`` are empty.

    Returns:
        A strategy for :class:`~readoutparse.Readout` values.

    Example:
        Test code that consumes readouts::

            from hypothesis import given
            from readoutparse import Readout
            from readoutparse.strategies import readouts

            @given(readouts())
            def test_json_round_trip(readout):
                assert Readout.from_dict(readout.to_dict()) == readout

        >>> from hypothesis.strategies import SearchStrategy
        >>> isinstance(readouts(), SearchStrategy)
        True
    """
    return _readout()


def with_line_endings(text: str, ending: str) -> str:
    r"""Return ``text`` with every ``\n`` replaced by ``ending``.

    Args:
        text: A page dump with ``\n`` line endings, as :func:`pages` draws.
        ending: The line ending to use: ``"\r\n"``, ``"\r"``, ``"\n"``, or another
            line break the parser accepts (``"\u2028"``, ``"\x85"``, …).

    Returns:
        The text with the new line endings. Spans into the original text do
        not carry over to the result.

    Raises:
        ValueError: If ``ending`` is not a line break.

    Example:
        >>> with_line_endings("Title\n\n1. Text.\n", "\r\n")
        'Title\r\n\r\n1. Text.\r\n'
    """
    if ending not in _LINE_ENDINGS:
        msg = f"not a line ending: {ending!r}; use '\\n', '\\r\\n', '\\r' or another line break"
        raise ValueError(msg)
    return text.replace("\n", ending)
