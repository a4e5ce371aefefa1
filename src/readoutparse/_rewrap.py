"""Where :func:`readoutparse._render.render` breaks a line, and how it checks a reading.

A paragraph joined from several source lines may read as chrome on one line; the
renderer breaks it where the parser reads the rest as going on with it, and checks
each try by parsing it between paragraphs of body.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, islice
from typing import TYPE_CHECKING, Final

from readoutparse import _vocabulary as vocab
from readoutparse._assemble import assemble
from readoutparse._classify import classify
from readoutparse._lines import split_lines
from readoutparse._shape import Shape
from readoutparse._text import ends_mid_phrase, ends_on_credit, is_social, starts_lower

if TYPE_CHECKING:
    from collections.abc import Iterator

# Body around a paragraph's lines, to try how they are read; and how many breaks are tried.
_FRAME: Final = ("Talks\n\nDATE\n\n", "\n\n□ They agreed to meet again next year.\n")
_FRAME_FIRST: Final = "□ The two sides met in Seoul today."
_WRAP_TRIES: Final = 8


def wrapped(lead: str, text: str, indent: str) -> str:
    """``lead`` and ``text`` on one line; hard-wrapped where that line would read as chrome.

    A paragraph whose source lines were joined may, on one line, read as chrome
    (``… 자료.hwp``, ``* unofficial translation``, a numbered line that names a
    social-media site) or end on an end mark (``… 하였다. 끝 .``) or a credit after a
    sentence (``…했다./ 연합``), which the parser leaves out of the text. It
    is then wrapped before one of its last words, the rest on a line of its own (indented
    by ``indent``), where the parser reads that line as going on with the one above: the
    break is tried first in the body and between paragraphs of it, and the first that
    reads back as ``text`` in both is taken. A break whose first line still reads as
    chrome (the words that make it so stand before it) is passed over, not tried. The last
    ``_WRAP_TRIES`` breaks are tried; then as many further back, those a wrap explains first;
    then the marker alone on its line, the text under it; last, where the whole line does
    not read back between paragraphs, the first break that does, if not first in the body.

    ``render`` asks again for the same paragraph in each form it tries: the answer, which
    depends on nothing else, is kept for texts of up to ``_MEMO_MAX_CHARS`` characters.
    """
    if len(text) <= _MEMO_MAX_CHARS:
        return _memo_wrapped(lead, text, indent)
    return _wrapped(lead, text, indent)


_MEMO_MAX_CHARS: Final = 2000
"""Texts this long at most have their wrapping kept, in a cache of ``_MEMO_SIZE`` entries."""

_MEMO_SIZE: Final = 256
"""How many wrappings are kept: with ``_MEMO_MAX_CHARS``, about 2 MB of text at most."""


def _wrapped(lead: str, text: str, indent: str) -> str:
    """What :func:`wrapped` returns, worked out each time."""
    line = lead + text
    sub = bool(indent)
    # An end mark or a credit after the text's last sentence ('… 하였다. 끝.', '…했다./ 연합')
    # is left out of what the parser reads, when it ends the body: the last word goes under.
    glued = vocab.END_MARK_TAIL_RE.search(text) is not None
    chrome = _chrome(line)
    credit = not glued and not chrome and ends_on_credit(text)
    if not (glued or credit) and (not chrome or reads_back(line, text, sub=sub, first=True)):
        return line
    # The last breaks first; then, further back, breaks a wrap explains first (the line
    # stops mid-phrase, or the rest goes on in lower case: the rest may read as chrome
    # alone and still go on with the line above), then the others, last first.
    cuts = list(islice(_cuts(text), _WRAP_TRIES))
    before = cuts[-1] if cuts else 0
    far = chain(
        (cut for cut in _cuts(text, before) if _wrap_explains(text, cut)),
        (cut for cut in _cuts(text, before) if not _wrap_explains(text, cut)),
    )
    middle = None  # the first break read back between paragraphs, though not first in the body
    for breaks in (cuts, far):
        tries = 0
        for cut in breaks:
            head = f"{lead}{text[:cut]}"
            if breaks is far and _chrome(head):
                continue  # the words that make it chrome stand before the break: break earlier
            tries += 1
            wrapped = f"{head}\n{indent}{text[cut + 1 :]}"
            if reads_back(wrapped, text, sub=sub, first=True):
                return wrapped
            if middle is None and not sub and reads_back(wrapped, text):
                middle = wrapped
            if tries == _WRAP_TRIES:
                break
    # Last, the marker alone on its line: it numbers or marks the text under it, which is
    # read on its own (a line a box would make chrome: '□ 4048.6.2<저작권자'). Not for a
    # credit: the text alone on its line still ends on it, and a break was the one way.
    alone = f"{lead.rstrip()}\n{indent}{text}"
    if lead.strip() and not credit and reads_back(alone, text, sub=sub):
        return alone
    return middle if middle is not None and not reads_back(line, text) else line


_memo_wrapped: Final = lru_cache(maxsize=_MEMO_SIZE)(_wrapped)


def _cuts(text: str, before: int | None = None) -> Iterator[int]:
    """The offsets of the spaces in ``text`` (before ``before``), last first."""
    cut = len(text) if before is None else before
    while (cut := text.rfind(" ", 0, cut)) > 0:
        yield cut


def _wrap_explains(text: str, cut: int) -> bool:
    """A break at ``cut`` that only a wrap explains: mid-phrase, or before lower case."""
    word = text[text.rfind(" ", 0, cut) + 1 : cut]  # the words either side, not the text
    after = text.find(" ", cut + 1)
    return ends_mid_phrase(word) or starts_lower(text[cut + 1 : after if after > 0 else None])


def _chrome(line: str) -> bool:
    """A line that reads as chrome, or as a numbered or bulleted list of social-media links."""
    item = classify(split_lines(line)[0])  # folded text: one line
    if item.shape in {Shape.NUMBERED, Shape.BULLET}:
        return is_social(item.content)
    return item.shape is Shape.CHROME


def reads_back(lines: str, text: str, *, sub: bool = False, first: bool = False) -> bool:
    """Say whether ``lines``, between paragraphs of body, are read as one element with ``text``.

    With ``first``, also first in the body, right under the date header.
    """
    if sub:  # a subpoint under the first paragraph
        paragraphs = assemble(f"{_FRAME[0]}{_FRAME_FIRST}\n{lines}{_FRAME[1]}").paragraphs
        return [[s.text for s in p.subpoints] for p in paragraphs][:-1] == [[text]]
    frames = ((f"{_FRAME_FIRST}\n\n", 1), ("", 0)) if first else ((f"{_FRAME_FIRST}\n\n", 1),)
    return all(
        [p.text for p in assemble(f"{_FRAME[0]}{before}{lines}{_FRAME[1]}").paragraphs][skip:-1]
        == [text]
        for before, skip in frames
    )
