"""Small text helpers shared by every stage, written for the hot path."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Final

from readoutparse import _phrases as phrases
from readoutparse import _vocabulary as vocab
from readoutparse._vocabulary import (
    CLOSERS_MAX,
    PROSE_LONG_CHARS,
    PROSE_MIN_CHARS_CJK,
    PROSE_MIN_WORDS,
    SENTENCE_CLOSERS,
    SENTENCE_ENDS,
    SENTENCE_STOPS,
    SOCIAL_LINE_CHARS,
    SOCIAL_WORDS,
)

ENDING_CHARS: Final = 1 + CLOSERS_MAX  # ends_sentence reads this many: '.”)]'
_MAYBE_CLOSED: Final = (*SENTENCE_CLOSERS, "\n")  # what the slow path of ends_sentence reads


def fold(text: str) -> str:
    """Fold every run of white space (NBSP included) to one space and strip the ends."""
    # Every white-space character but ' ' is unprintable, so a printable text with no
    # double space has nothing to fold but its ends: one C scan instead of split and join.
    if "  " not in text and text.isprintable():
        return text.strip(" ")
    return " ".join(text.split())


def unfolded_offset(text: str, at: int) -> int:
    """The offset in ``text`` of offset ``at`` of its folded form (:func:`fold`).

    An offset at a word's end maps to that word's end in ``text``, however
    widely its words stand apart there.
    """
    words = [word.span() for word in _WORD_RE.finditer(text)]
    # Where each word starts in the folded form, the words one space apart.
    folded = list(accumulate((end - start + 1 for start, end in words[:-1]), initial=0))
    i = bisect_right(folded, at) - 1
    return words[i][0] + at - folded[i]


_WORD_RE: Final = re.compile(r"\S+")


def fold_line(text: str) -> str:
    """:func:`fold` for the text of one line (no line break in it), faster on ASCII."""
    # In one line, the only ASCII white space is ' ', tab and U+001F: three C scans.
    if text.isascii():
        if "  " in text or "\t" in text or "\x1f" in text:
            return " ".join(text.split())
        return text.strip(" ")
    return fold(text)


def ends_sentence(text: str) -> bool:
    r"""Say whether ``text`` ends a sentence (``.``, ``?``, ``다.``, ``.”``, ``예정임`` …).

    That is the regex ``(?:[.!?。]|다\.?|…임|…음|[.!?]["”’')\]]{1,3})$`` (the nominal
    endings of ``SENTENCE_ENDS``) searched in the last four characters, written with
    string methods, which cost a fraction of a regex call on this hot path. Like
    ``$``, it looks past one final line feed.
    """
    if text.endswith(SENTENCE_ENDS):
        return True
    if not text.endswith(_MAYBE_CLOSED):
        return False
    tail = text[-ENDING_CHARS:].removesuffix("\n")
    if tail.endswith(SENTENCE_ENDS):
        return True
    bare = tail.rstrip(SENTENCE_CLOSERS)
    return 0 < len(tail) - len(bare) <= CLOSERS_MAX and bare.endswith(SENTENCE_STOPS)


def ends_on_end_mark(text: str, start: int = 0) -> bool:
    """Say whether ``text[start:]`` ends on an end mark after a sentence (``…하였다.끝``).

    The end mark closes the body's last sentence however it is spaced or bracketed
    (``END_MARK_TAIL_RE``: ``… <끝>``, ``… 끝 .``, ``… in 2017. END``). ``start`` is past
    a marker, whose full stop (``12.``) closes no sentence.
    """
    if vocab.END_MARK_WORD not in text and not text.rstrip(" -").endswith(vocab.END_MARK_LATIN):
        return False  # one scan in C; most lines stop here
    return vocab.END_MARK_TAIL_RE.search(text[start:] if start else text) is not None


def ends_on_credit(text: str, start: int = 0) -> bool:
    """Say whether ``text[start:]`` ends on a credit after a sentence (``…했다./연합``).

    A reporter's byline in angle brackets or an agency after a slash
    (``CREDIT_TAIL_RE``) closes the sentence before it, as the end mark does.
    """
    if not text.endswith(">") and "/" not in text[-CREDIT_REACH:]:
        return False  # most lines stop here, without a regex call
    return vocab.CREDIT_TAIL_RE.search(text[start:] if start else text) is not None


def ends_on_bracket_credit(text: str) -> bool:
    """Say whether ``text`` ends on a wire's credit in brackets after a sentence (``… (Yonhap)``).

    A report's last paragraph may close so; so does a photo's caption, one sentence that
    dates the picture with its year (``… on June 9, 2022. (Yonhap)``), which ends none.
    """
    if not text.endswith(")"):
        return False  # most lines stop here, without a regex call
    tail = text[-_BRACKET_CREDIT_REACH:]
    found = vocab.BRACKET_CREDIT_TAIL_RE.search(tail)
    if found is None:
        return False
    sentence = text[: len(text) - len(tail) + found.start()]
    return _SENTENCE_BREAK_RE.search(sentence) is not None or _YEAR_RE.search(sentence) is None


_SENTENCE_BREAK_RE: Final = re.compile(r"[.!?][\"”’')]*\s+\S")
_YEAR_RE: Final = re.compile(r"\b(?:19|20)\d\d\b")
_BRACKET_CREDIT_REACH: Final = 60  # a stop, closing quotes and three words of credit


CREDIT_REACH: Final = 10
"""How far from a line's end a slash may stand for :func:`ends_on_credit` to look further."""


def is_social(text: str) -> bool:
    """Say whether a short line names a social-media site (a link list, not a paragraph)."""
    if len(text) > SOCIAL_LINE_CHARS:
        return False
    lower = gate_text(text.casefold())
    for word in SOCIAL_WORDS:  # a few 'in' tests rule out nearly every line before the regex
        if word in lower:
            return vocab.SOCIAL_WORDS_RE.search(text) is not None
    return False


def gate_text(lower: str) -> str:
    """A case-folded text for the substring gates of case-blind patterns.

    ``casefold`` turns ``İ`` (U+0130) into ``i`` and a combining dot, where a
    case-blind pattern reads a plain ``i`` (``İnstagram``, ``COPYRİGHT``): the
    dots are dropped, so that a gate lets through every line its pattern matches.
    """
    return lower.replace(_COMBINING_DOT, "") if _COMBINING_DOT in lower else lower


_COMBINING_DOT: Final = "\u0307"


def prose_measure(chars: int, words: int, *, ends: bool) -> bool:
    """Say whether text of this length and word count, ending a sentence or not, is prose."""
    if chars >= PROSE_LONG_CHARS:
        return True
    return ends and (words >= PROSE_MIN_WORDS or chars >= PROSE_MIN_CHARS_CJK)


def prose_text(text: str, start: int = 0, *, ends: bool) -> bool:
    """:func:`prose_measure` for ``text[start:]``, whose words are counted only if they decide.

    Measured on the folded text (:func:`fold`): a run of white space inside it counts as
    one space, as in the paragraph text it becomes.
    """
    chars = len(text) - start
    if not ends and chars < PROSE_LONG_CHARS:
        return False  # folding never lengthens
    if "  " in text or not text.isprintable():  # every white space but ' ' is unprintable
        text, start = fold(text[start:]), 0
        chars = len(text)
    if chars >= PROSE_LONG_CHARS:
        return True
    if not ends:
        return False
    if chars >= PROSE_MIN_CHARS_CJK:
        return True
    # Words, not tokens: a separator's dots ('. . . . .') are no sentence.
    return text.count(" ", start) + 1 >= PROSE_MIN_WORDS and has_word(text[start:])


def has_word(text: str) -> bool:
    """Say whether ``text`` holds a letter or a digit: a rule's dots (``. . . . .``) hold none."""
    return any(map(str.isalnum, text))


def is_dense(text: str) -> bool:
    """Say whether ``text`` holds Hangul or CJK ideographs, which say more per character."""
    return not text.isascii() and any(
        "\uac00" <= char <= "\ud7a3" or "\u4e00" <= char <= "\u9fff" for char in text
    )


def foreign_to(text: str, headline: str, body: str | None) -> bool:
    """Say whether ``text`` is Hangul or CJK over a headline and body with neither (an ad).

    The body's words say its script, not its end mark (``… 끝.``); a page with no
    body (``None``) gives no such evidence.
    """
    return (
        body is not None
        and is_dense(text)
        and not (is_dense(headline) or is_dense(vocab.END_MARK_TAIL_RE.sub("", body)))
    )


def open_alike(text: str, other: str) -> bool:
    """Say whether two lines open with the same two words: items of a list, side by side.

    A list of related readouts (``Readout of the … Chile`` / ``Readout of the … Japan``)
    is no sentence wrapped over two lines, nor one cut short.
    """
    return text.split(None, 2)[:2] == other.split(None, 2)[:2]


def first_word(text: str) -> str:
    """The first word of ``text`` (its white-space-separated first token), or ``""``."""
    words = text.split(None, 1)  # one C call: the word, and the rest of the line in one copy
    return words[0] if words else ""


def _is_word(token: str) -> bool:
    """A token of letters (hyphens and apostrophes within): a word, not a URL, e-mail or code."""
    return _bare(token).isalpha()


def _bare(token: str) -> str:
    bare = token.strip(phrases.WORD_TRIM)
    for joiner in phrases.WORD_JOINERS:
        bare = bare.replace(joiner, "")
    return bare


def is_wordlike(token: str) -> bool:
    """A word or a number (``Korean``, ``22,``, ``제1차관은``), not a URL, an address or a tag."""
    return _bare(token).isalnum()


def opens_unit(token: str) -> bool:
    """Say whether a line's first word opens something new rather than going on a sentence.

    A capitalised function word (``The``, ``By``, ``From:``), a word in capitals
    (``SEOUL,``, a dateline), a bracket or a tag (``(Xinhua)``, ``[사진]``). Any
    other token may go on a wrapped sentence: a name, a number, a date (``1.1.(목)``).
    """
    if not token or token[0] in phrases.UNIT_OPENERS:
        return True
    bare = token.strip(phrases.WORD_TRIM)
    if bare[:1].isupper() and bare.casefold() in phrases.SENTENCE_OPENERS:
        return True
    return len(bare) >= phrases.CAPITALS_MIN_CHARS and bare.isupper()


def closes_bracket(above: str, text: str) -> bool:
    """``text`` opens by closing a bracket that ``above`` left open: a wrap inside it.

    A link or a gloss broken before its closing bracket (``… (http://example.org`` /
    ``) before …``): no sentence, item or heading opens on a closing bracket.
    """
    pair = _BRACKET_PAIRS.get(text[:1])
    return pair is not None and above.count(pair) > above.count(text[0])


_BRACKET_PAIRS: Final = {")": "(", "]": "[", "）": "（", "』": "『", "」": "「"}


def starts_lower(text: str) -> bool:
    """Say whether ``text`` opens as only a sentence's middle does: a lower-case word or a gloss.

    A line that goes on a sentence starts lower case (``in Seoul.``); an e-mail
    address (``ksm@yna.co.kr``), a link or a handle starts lower case too, and
    goes on nothing. A bracketed gloss and a comma (``(CEPA), in effect …``)
    spells out the words above it: no sentence or item opens so.
    """
    word = first_word(text)
    if _GLOSS_RE.match(word):
        return True
    return word.lstrip(phrases.WORD_TRIM)[:1].islower() and _is_word(word)


_GLOSS_RE: Final = re.compile(r"\([^\s()]+\)[,;]\Z")
"""A bracketed short form with a comma after it (``(CEPA),``), as a line's first word."""


def ends_mid_phrase(text: str) -> bool:
    """Say whether ``text`` stops where no sentence or heading stops.

    On a comma, a hyphen, a possessive (``the Ministry’s``), a function word
    (``… on``, ``… the``: a headline in sentence case ends on a lower-case noun,
    ``… supply chains``) or a Korean ending that leaves the sentence open
    (``… 나가기로``, ``… 서울에서``), that is; a link, an address or a handle at the
    end (``…idxno=20431``, ``kbjebo``) is no word and says nothing.
    """
    word = text.rsplit(None, 1)[-1] if text.strip() else ""
    if not word or ends_sentence(word):
        return False
    if (len(word) > 1 and word[-1] in phrases.RUN_ON_MARKS) or word.endswith(("’s", "'s")):
        return True
    if word.isascii():
        return word in phrases.RUN_ON_WORDS
    return word.endswith(phrases.KOREAN_RUN_ON_ENDINGS)


def looks_like_title(text: str, max_chars: int = vocab.TITLE_CASE_MAX_CHARS) -> bool:
    """A line (``max_chars`` at most) whose longer words are nearly all capitalised: a headline."""
    if len(text) > max_chars:
        return False
    words = [word for word in text.split() if len(word) > vocab.TITLE_CASE_MIN_WORD]
    words = [word for word in words if word[0].isalpha()]  # a number or '(5.25.)' has no case
    if len(words) < vocab.TITLE_CASE_MIN_WORDS:
        return False
    capitals = sum(1 for word in words if word[0].isupper())
    return capitals >= vocab.TITLE_CASE_SHARE * len(words)
