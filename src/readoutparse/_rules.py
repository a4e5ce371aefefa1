"""Stage 2's rules: each a pure function of one line that answers with a shape, or passes.

``match_<kind>(line, folded)`` sees the line and its folded text. The rule
table that orders them, and the dispatch derived from it, are in ``_classify.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse import _captions, _dates, _wire
from readoutparse import _vocabulary as vocab
from readoutparse._markers import ascii_number_marker, bullet_end
from readoutparse._phrases import (
    BODY_ENDERS,
    BREADCRUMB_ROOTS,
    DOCUMENT_TYPES,
    FOOTER_PHRASES,
    LOADING_PHRASES,
    MENU_WORDS,
    PAGER_PHRASES,
    SECTION_PHRASES,
    SKIP_LINKS,
    TOOLBAR_PHRASES,
    TOOLBAR_TOKENS,
)
from readoutparse._shape import Classified, Shape, is_prose
from readoutparse._text import ends_sentence, fold, fold_line, is_dense, unfolded_offset
from readoutparse._vocabulary import (
    BOX_MARKERS,
    BREADCRUMB_MAX_CHARS,
    DATE_TAIL_WORDS,
    LABEL_LEAD,
    SECTION_NAME_ENDS,
)
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    import regex

    from readoutparse._lines import SourceLine
    from readoutparse._user_vocabulary import Vocabulary

# The shapes and kinds the rules answer with, looked up once: on Python 3.11 reading a member off an
# Enum class goes through ``EnumType.__getattr__``'s hook, about 1,500 instructions a read.
_BOX: Final = Shape.BOX
_BULLET: Final = Shape.BULLET
_CHROME: Final = Shape.CHROME
_DATE: Final = Shape.DATE
_DATE_LABEL: Final = Shape.DATE_LABEL
_END_MARK: Final = Shape.END_MARK
_META_LABEL: Final = Shape.META_LABEL
_NUMBERED: Final = Shape.NUMBERED
_SECTION_NAME: Final = Shape.SECTION_NAME
_TITLE_LABEL: Final = Shape.TITLE_LABEL
_ATTACHMENT: Final = LineKind.ATTACHMENT
_BREADCRUMB: Final = LineKind.BREADCRUMB
_FOOTER: Final = LineKind.FOOTER
_LOADING: Final = LineKind.LOADING
_METADATA: Final = LineKind.METADATA
_NAVIGATION: Final = LineKind.NAVIGATION
_PAGER: Final = LineKind.PAGER
_SIGNATURE: Final = LineKind.SIGNATURE
_TOOLBAR: Final = LineKind.TOOLBAR


_PHRASE_KINDS: Final[dict[str, LineKind]] = {
    **dict.fromkeys(FOOTER_PHRASES | BODY_ENDERS, _FOOTER),
    **dict.fromkeys(PAGER_PHRASES, _PAGER),
    **dict.fromkeys(LOADING_PHRASES, _LOADING),
    **dict.fromkeys(TOOLBAR_PHRASES, _TOOLBAR),
    **dict.fromkeys(SKIP_LINKS, _NAVIGATION),
    **dict.fromkeys(DOCUMENT_TYPES, _METADATA),
}


def chrome_key(folded: str) -> str:
    """The key a folded line is looked up by in the phrase tables."""
    return _key(folded)


def _key(folded: str) -> str:
    return folded.lstrip(_KEY_LEAD).rstrip(_KEY_TAIL).casefold()


_KEY_LEAD: Final = "•·-–*>|@ "  # bullets and separators before a phrase
_KEY_TAIL: Final = " :|"  # a label's colon, a separator after it
_DATE_LABEL_TAIL: Final = " :："  # a date label's colon, as a user may write it


class Tables:
    """The word tables the rules and the phases read: the built-in ones, or with a user's words.

    ``DEFAULT_TABLES`` holds the built-in tables; :meth:`extended` adds the words of a
    :class:`~readoutparse.Vocabulary` to them. The rules that read a table are methods
    of this class, and the phases read the tables of their page's ``Tables``, so a word
    added here takes effect wherever the built-in words of its table do.

    ``phrase_kinds`` maps each whole-line chrome phrase's key to its kind;
    ``sections`` and ``body_enders`` are keys too (see :func:`chrome_key`);
    ``menu_words`` are case-folded; ``date_labels`` and ``repost_agencies`` build
    their patterns (and, for the labels, their rule's gate).
    """

    __slots__ = (
        "_date_label_re",
        "_repost_tag_re",
        "body_enders",
        "date_labels",
        "menu_words",
        "phrase_kinds",
        "repost_agencies",
        "sections",
    )

    def __init__(  # noqa: PLR0913 - one argument per table, keyword-only
        self,
        *,
        phrase_kinds: dict[str, LineKind],
        sections: frozenset[str],
        body_enders: frozenset[str],
        menu_words: frozenset[str],
        date_labels: tuple[str, ...],
        repost_agencies: tuple[str, ...],
    ) -> None:
        """Hold the tables; the patterns are compiled on first use."""
        self.phrase_kinds = phrase_kinds
        self.sections = sections
        self.body_enders = body_enders
        self.menu_words = menu_words
        self.date_labels = date_labels
        self.repost_agencies = repost_agencies
        self._date_label_re: regex.Pattern[str] | None = None
        self._repost_tag_re: regex.Pattern[str] | None = None

    def extended(self, vocabulary: Vocabulary) -> Tables:
        """These tables with ``vocabulary``'s words added; a user's phrase wins over a built-in.

        A phrase the user gives a kind is taken out of the other phrase tables, so
        ``vocabulary`` can also move a built-in phrase to another kind.
        """
        kinds = dict(self.phrase_kinds)
        sections, body_enders = set(self.sections), set(self.body_enders)
        for words, kind in _phrase_fields(vocabulary):
            for word in words:
                key = _key(fold(word))
                kinds.pop(key, None)
                sections.discard(key)
                body_enders.discard(key)
                if kind is None:
                    sections.add(section_key(key))
                else:
                    kinds[key] = kind
        for word in vocabulary.body_enders:
            body_enders.add(_key(fold(word)))
        return Tables(
            phrase_kinds=kinds,
            sections=frozenset(sections),
            body_enders=frozenset(body_enders),
            menu_words=self.menu_words | {fold(word).casefold() for word in vocabulary.menu_words},
            date_labels=_added(self.date_labels, map(date_label_word, vocabulary.date_labels)),
            repost_agencies=_added(self.repost_agencies, map(fold, vocabulary.repost_agencies)),
        )

    def date_label_re(self) -> regex.Pattern[str]:
        """The pattern of a date label, built from ``date_labels``."""
        pattern = self._date_label_re
        if pattern is None:
            pattern = self._date_label_re = _dates.date_label_pattern(self.date_labels)
        return pattern

    def repost_tag_re(self) -> regex.Pattern[str]:
        """The pattern of a repost's wire tag, with a branch for ``repost_agencies``."""
        pattern = self._repost_tag_re
        if pattern is None:
            pattern = self._repost_tag_re = _wire.repost_tag_pattern(self.repost_agencies)
        return pattern

    def is_phrase(self, text: str) -> bool:
        """Say whether a line is, whole, a chrome phrase or section name of the tables."""
        key = _key(fold_line(text))
        return key in self.phrase_kinds or section_key(key) in self.sections

    def is_body_ender(self, text: str) -> bool:
        """Say whether a line is, whole, a trailer heading after which nothing is body."""
        return _key(fold_line(text)) in self.body_enders

    def match_phrase(self, line: SourceLine, folded: str) -> Classified | None:
        """Whole-line chrome phrases and section names, from the vocabulary tables."""
        key = _key(folded)
        kind = self.phrase_kinds.get(key)
        if kind is not None:
            return Classified(line, _CHROME, kind)
        if section_key(key) in self.sections or (
            folded.endswith(SECTION_NAME_ENDS) and vocab.SECTION_NAME_RE.match(folded)
        ):
            return Classified(line, _SECTION_NAME)
        if _is_toolbar_run(key):
            return Classified(line, _CHROME, _TOOLBAR)
        return None

    def match_skip_link_run(self, line: SourceLine, folded: str) -> Classified | None:
        """Several skip links run together on one line."""
        if vocab.SKIP_LINK_RUN_RE.search(folded) is None:
            return None
        rest = vocab.SKIP_LINK_RUN_RE.sub("", folded)
        if rest.strip(" |·") and _key(rest.strip()) not in self.phrase_kinds:
            return None
        return Classified(line, _CHROME, _NAVIGATION)

    def match_date_label(self, line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG002
        """A date label, with or without its value (``DATE``, ``• Date : 2018-06-14 16:38``)."""
        match = self.date_label_re().match(line.text)
        if match is None:
            return None
        found = _dates.find_date(line.text, match.end())
        rest = line.text[match.end() :]
        if rest and (
            found is None
            or line.text[match.end() : found.start].strip()
            or not _date_dominates(line.text, found)
        ):
            return None
        classified = Classified(line, _DATE_LABEL)
        classified.modified = _dates.is_modified_label(match["label"])
        classified.date = found
        return classified


def _phrase_fields(vocabulary: Vocabulary) -> tuple[tuple[tuple[str, ...], LineKind | None], ...]:
    """The whole-line phrase fields of ``vocabulary`` and their kinds (``None``: a section)."""
    return (
        (vocabulary.navigation, _NAVIGATION),
        (vocabulary.toolbar, _TOOLBAR),
        (vocabulary.loading, _LOADING),
        (vocabulary.pager, _PAGER),
        (vocabulary.footer, _FOOTER),
        (vocabulary.body_enders, _FOOTER),
        (vocabulary.document_types, _METADATA),
        (vocabulary.sections, None),
    )


def _added(words: tuple[str, ...], more: Iterable[str]) -> tuple[str, ...]:
    """``words`` and then those of ``more`` that are new (case dropped), in order."""
    seen = {word.casefold() for word in words}
    added = list(words)
    for word in more:
        if word.casefold() not in seen:
            seen.add(word.casefold())
            added.append(word)
    return tuple(added)


def date_label_word(label: str) -> str:
    """A user's date label as the label tables hold it: folded, no bullet before, no colon after."""
    return fold(label).lstrip(LABEL_LEAD).rstrip(_DATE_LABEL_TAIL)


def _is_toolbar_run(key: str) -> bool:
    """A short line made of toolbar words only: '폰트 확대 폰트 축소 프린트하기'."""
    # The first word alone rules out nearly every line, cheaply. The key is folded:
    # its words are apart by one space.
    first, space, _ = key.partition(" ")
    if not space or first not in TOOLBAR_TOKENS:
        return False
    return all(word in TOOLBAR_TOKENS for word in key.split())


def section_key(key: str) -> str:
    """Drop the old template's ``상세보기`` ('details') suffix from a section heading."""
    return key.removesuffix("상세보기").strip()


DEFAULT_TABLES: Final = Tables(
    phrase_kinds=_PHRASE_KINDS,
    sections=SECTION_PHRASES,
    body_enders=BODY_ENDERS,
    menu_words=MENU_WORDS,
    date_labels=_dates.DATE_LABELS,
    repost_agencies=_wire.REPOST_AGENCIES,
)
"""The built-in tables: what ``parse`` reads without a vocabulary."""

match_phrase: Final = DEFAULT_TABLES.match_phrase
match_skip_link_run: Final = DEFAULT_TABLES.match_skip_link_run
match_date_label: Final = DEFAULT_TABLES.match_date_label


def match_title_label(line: SourceLine, folded: str) -> Classified | None:
    """A title label; ``content`` is the title when it is on the same line."""
    match = _dates.TITLE_LABEL_RE.match(folded)
    if match is None:
        return None
    classified = Classified(line, _TITLE_LABEL)
    value = match["value"] or ""
    classified.content = value
    at = match.start("value") if value else -1  # in the folded line; its words may stand wider
    at = len(line.text) if at < 0 else at if folded == line.text else unfolded_offset(line.text, at)
    classified.marker_end, classified.content_start = at, line.end - (len(line.text) - at)
    return classified


def match_meta_label(line: SourceLine, folded: str) -> Classified | None:
    """Hit counters, department and writer fields; ``content`` is the value, if any."""
    match = _dates.META_LABEL_RE.match(folded)
    if match is None:
        return None
    classified = Classified(line, _META_LABEL)
    classified.content = (match["value"] or match["value2"] or match["count"] or "").strip()
    return classified


def match_bare_date(line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG001
    """A line that starts with a date, or an e-newsletter edition line with one."""
    text = line.text
    edition = _dates.EDITION_RE.match(text) if text[0] == "[" else None
    found = _dates.find_date(text, edition.end()) if edition else _dates.bare_date(text)
    if found is None or (not edition and not _date_dominates(text, found)):
        return None
    classified = Classified(line, _DATE)
    classified.date = found
    return classified


def _date_dominates(folded: str, found: _dates.FoundDate) -> bool:
    # A date line is short: 'Dec. 31, 2013 14:30 KST', '2022.08.05 외교부', 'Sep.27, 2012 14:30
    # KST.', '05/07/2024 | News release | Distributed by …'. A sentence that starts with a date is
    # not: '2024.3.1 the two sides met in Seoul.'; nor is a Korean sentence in the plain style
    # that ends inside the line and wraps on past it ('2000년 1월 1일 … 논의하였다. 외교부 장관은'),
    # though a notice in the polite style may ('… 보도 바랍니다. 외교부 대변인실'). Chinese and
    # Japanese put no space between words: their length says it ('2024年5月13日，王毅在北京会见…').
    rest = folded[found.end :]
    if "|" in folded:
        return True
    spaced = " " in rest.strip() or not is_dense(rest)
    if (rest.count(" ") < DATE_TAIL_WORDS) if spaced else (len(rest) < _DATE_TAIL_CJK_CHARS):
        return True
    return not (is_prose(folded) or "다. " in rest.replace("니다. ", ""))


_DATE_TAIL_CJK_CHARS: Final = 10
"""A date line's tail in Chinese or Japanese is shorter than this (``2024年5月13日 星期一``)."""


def match_navigation_line(line: SourceLine, folded: str) -> Classified | None:
    """Navigation by shape: the e-government banner, ``… 바로가기`` links, ``… 상세보기``.

    A list item is a link only where its text past the marker is one too: a
    marker is no link's name. ``4. 바로가기`` is an item, as ``4.바로가기`` is;
    ``1. 본문 바로가기`` is a link.
    """
    if vocab.NAVIGATION_LINE_RE.match(folded) is None:
        return None
    marked = match_number(line, folded) or match_bullet(line, folded)
    if marked is not None:
        content = fold_line(line.text[marked.marker_end :])
        if vocab.NAVIGATION_LINE_RE.match(content) is None:
            return None
    return Classified(line, _CHROME, _NAVIGATION)


def match_footer_line(line: SourceLine, folded: str) -> Classified | None:
    """Footers by shape: copyright, feedback survey, contacts, ``Back to …``, source lines."""
    if vocab.FOOTER_LINE_RE.match(folded) is None:
        return None
    return Classified(line, _CHROME, _FOOTER)


def match_phone_line(line: SourceLine, folded: str) -> Classified | None:
    """A bare phone number (``02-2100-2114``): a footer."""
    if vocab.PHONE_LINE_RE.match(folded) is None:
        return None
    return Classified(line, _CHROME, _FOOTER)


def match_attachment(line: SourceLine, folded: str) -> Classified | None:
    """An attachment's name: URL-encoded, or ending in a document or image extension.

    A line that opens as one (an enclosure's label ``붙임 :``, an image's markup) is one,
    prose after it or not.
    """
    found = vocab.ATTACHMENT_RE.search(folded)
    if found is None or (found.start() > 0 and is_prose(folded)):
        return None
    return Classified(line, _CHROME, _ATTACHMENT)


def match_image_alt(line: SourceLine, folded: str) -> Classified | None:
    """An image's alt text: ``20250417_회담.jpg 이미지입니다.``."""
    if vocab.IMAGE_ALT_RE.match(folded) is None:
        return None
    return Classified(line, _CHROME, _ATTACHMENT)


def match_photo_caption(line: SourceLine, folded: str) -> Classified | None:
    """A photo's caption: ``… (사진=외교부 제공)``, ``(Photo) Japan-ROK Meeting``.

    A wire's credited caption can be longer than a short line (``… 2025. (Xinhua/Zhao Jun)``),
    so the rule reads lines of any length, and its gate is here: the words of its branches.
    """
    if folded[:1] == "□":  # a box item is body wherever it stands, whatever it ends on
        return None
    lower = folded.casefold()
    if not (
        lower.startswith(_CAPTION_STARTS)
        or lower.endswith(_CAPTION_ENDS)
        or any(word in lower for word in _CAPTION_HOLDS)
    ):
        return None
    if _captions.PHOTO_CAPTION_RE.match(folded) is None:
        return None
    return Classified(line, _CHROME, _ATTACHMENT)


_CAPTION_STARTS: Final = tuple(w.casefold() for b in _captions.PHOTO_CAPTIONS for w in b.starts)
_CAPTION_HOLDS: Final = tuple(w.casefold() for b in _captions.PHOTO_CAPTIONS for w in b.holds)
_CAPTION_ENDS: Final = tuple(w.casefold() for b in _captions.PHOTO_CAPTIONS for w in b.ends)


def match_signature(line: SourceLine, folded: str) -> Classified | None:
    """The spokesperson's signature (``Spokesperson and Deputy Minister …``, ``외교부 대변인``)."""
    if vocab.SIGNATURE_RE.match(folded) is None or is_prose(folded):
        return None
    return Classified(line, _CHROME, _SIGNATURE)


def _initial(text: str) -> str:
    """The first character of a label, past bullets and white space ('' if none)."""
    rest = text.lstrip(LABEL_LEAD)
    while rest[:1].isspace():  # white space beyond the tab and space of LABEL_LEAD
        rest = rest.lstrip().lstrip(LABEL_LEAD)
    return rest[:1]


def match_breadcrumb_chain(line: SourceLine, folded: str) -> Classified | None:
    """A one-line breadcrumb: ``HOME > News > Consulate News``, ``人民网>>国际``."""
    parts = vocab.BREADCRUMB_CHAIN_RE.split(folded)
    if len(folded) > BREADCRUMB_MAX_CHARS or ends_sentence(folded) or len(parts) < 2:  # noqa: PLR2004
        return None
    if (numbered := ascii_number_marker(line.text)) is not None and numbered[1]:
        return None  # a numbered line is a paragraph's: a site's path is never numbered
    site = ">>" in folded and " " not in parts[0]  # a site's name and its section: '人民网>>国际'
    if len(parts) == 2 and parts[0].casefold() not in BREADCRUMB_ROOTS and not site:  # noqa: PLR2004
        return None
    return Classified(line, _CHROME, _BREADCRUMB)


def match_end_mark(line: SourceLine, folded: str) -> Classified | None:
    """The Korean end mark ``끝.``, or a news release's (``- 30 -``, ``-END-``)."""
    if vocab.END_MARK_RE.match(folded) is None:
        return None
    return Classified(line, _END_MARK)


def match_number(line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG001
    """A numbered paragraph marker: ``1.``, ``1)``, ``(1)``, ``①``, ``１．``."""
    text = line.text
    found = ascii_number_marker(text)
    if found is None:  # not in ASCII digits: the pattern decides
        match = vocab.NUMBER_MARKER_RE.match(text)
        if match is None:
            return None
        number, end = _marker_number(match), match.end()
    elif found[1]:
        number, end = found
    else:
        return None
    classified = Classified(line, _NUMBERED, marker=text[:end].rstrip(), marker_end=end)
    classified.number = number
    return classified


def _marker_number(match: regex.Match[str]) -> int:
    # By position: with the regex module, a group by name costs several times as much.
    # The order is NUMBER_MARKER_RE's (a test holds it there).
    digits, _, paren, circled, wide, _ = match.groups()
    if circled:
        return ord(circled) - 0x2460 + 1
    if wide:
        return int("".join(chr(ord(c) - 0xFF10 + 0x30) for c in wide))
    return int(digits or paren)


def match_box(line: SourceLine, folded: str) -> Classified | None:
    """A Korean box ``□`` and its text: body wherever it stands, whatever the text reads as."""
    return match_bullet(line, folded) if line.text[:1] in BOX_MARKERS else None


def match_bullet(line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG001
    """A bullet (``O``, ``ㅇ``, ``-``, ``※`` …) or a Korean box ``□``."""
    text = line.text
    end = bullet_end(text)
    if not end or (end == 1 and text[0] == "▲" and "▲" in text[1:] and text.endswith("다.")):
        return None  # no bullet; or a sentence that lists items inline: '▲A, ▲B 등은 … 있다.'
    marker = text[0]
    shape = _BOX if marker in BOX_MARKERS else _BULLET
    return Classified(line, shape, marker=marker, marker_end=end)
