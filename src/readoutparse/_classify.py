"""Stage 2: what each line looks like, on its own.

``RULES`` is tried in order for every line; the first rule that answers wins,
so the order is the precedence. Rules are pure functions of one line. What
needs context (is this numbered line a breadcrumb? which line is the title?)
is decided by the assembler.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from readoutparse import _dates
from readoutparse import _vocabulary as vocab
from readoutparse._lines import SourceLine
from readoutparse._markers import ascii_number_marker, bullet_end
from readoutparse._text import (
    ENDING_CHARS,
    ends_sentence,
    fold_line,
    gate_text,
    is_social,
    prose_text,
)
from readoutparse.model import LineKind

if TYPE_CHECKING:
    import regex

# Vocabulary constants bound once, as Final names: compiled by mypyc, a module attribute
# costs a look-up at every use and a Final global none.
_BODY_ENDERS: Final = vocab.BODY_ENDERS
_BOX_MARKERS: Final = vocab.BOX_MARKERS
_BREADCRUMB_MAX_CHARS: Final = vocab.BREADCRUMB_MAX_CHARS
_BREADCRUMB_ROOTS: Final = vocab.BREADCRUMB_ROOTS
_BULLET_RANKS: Final = vocab.BULLET_RANKS
_DATE_INITIALS: Final = vocab.DATE_INITIALS
_DATE_LABEL_INITIALS: Final = vocab.DATE_LABEL_INITIALS
_DATE_TAIL_WORDS: Final = vocab.DATE_TAIL_WORDS
_FOOTER_ENDS: Final = vocab.FOOTER_ENDS
_FOOTER_INSIDE: Final = vocab.FOOTER_INSIDE
_FOOTER_STARTS: Final = vocab.FOOTER_STARTS
_FOOTER_PHRASES: Final = vocab.FOOTER_PHRASES
_LABEL_LEAD: Final = vocab.LABEL_LEAD
_LOADING_PHRASES: Final = vocab.LOADING_PHRASES
_META_LABEL_INITIALS: Final = vocab.META_LABEL_INITIALS
_NAVIGATION_HINTS: Final = vocab.NAVIGATION_HINTS
_NUMBER_INITIALS: Final = vocab.NUMBER_INITIALS
_PAGER_PHRASES: Final = vocab.PAGER_PHRASES
_PHONE_MAX_CHARS: Final = vocab.PHONE_MAX_CHARS
_SECTION_NAME_ENDS: Final = vocab.SECTION_NAME_ENDS
_SECTION_PHRASES: Final = vocab.SECTION_PHRASES
_SHORT_LINE_CHARS: Final = vocab.SHORT_LINE_CHARS
_SIGNATURE_INITIALS: Final = vocab.SIGNATURE_INITIALS
_SKIP_LINKS: Final = vocab.SKIP_LINKS
_SKIP_LINK_HINTS: Final = vocab.SKIP_LINK_HINTS
_TOOLBAR_PHRASES: Final = vocab.TOOLBAR_PHRASES
_TOOLBAR_TOKENS: Final = vocab.TOOLBAR_TOKENS


class Shape(enum.Enum):
    """The shape of a line before context is taken into account."""

    CHROME = "chrome"  # whole-line chrome of a known kind
    SECTION_NAME = "section_name"  # a known section heading
    DATE_LABEL = "date_label"  # 'DATE', 'Date : 2018-06-14', '등록일'
    DATE = "date"  # a line that starts with a date
    META_LABEL = "meta_label"  # 'hit', '조회수 861', '부서명'
    TITLE_LABEL = "title_label"  # '제 목' (the title follows), '제목: …'
    END_MARK = "end_mark"  # '끝.'
    NUMBERED = "numbered"  # '1. …', '(2) …', '③ …'
    BOX = "box"  # '□ …'
    BULLET = "bullet"  # 'O …', 'ㅇ …', '- …', '※ …'
    TEXT = "text"  # anything else

    # Shapes are hashed on the hot path (sets, dicts); Enum's own __hash__ is Python code.
    __hash__ = object.__hash__


class Classified:
    """One line with its shape and what the shape carries.

    ``content`` is the line's text after its marker (the whole text when there
    is none); ``content_start`` is where that begins in the input. ``ends`` says
    whether the whole line ends a sentence, ``content_ends`` whether the content
    does, worked out once for the assembler.
    """

    __slots__ = (
        "_content",
        "_printable",
        "chrome",
        "content_ends",
        "content_start",
        "date",
        "ends",
        "line",
        "marker",
        "marker_end",
        "modified",
        "number",
        "prose",
        "shape",
    )

    def __init__(
        self,
        line: SourceLine,
        shape: Shape,
        chrome: LineKind = LineKind.UNKNOWN,
        *,
        marker: str | None = None,
        marker_end: int = 0,
    ) -> None:
        """Start a record; a ``marker`` ends at ``marker_end`` in ``line.text``."""
        self.line = line
        self.shape = shape
        self.chrome = chrome
        self.marker = marker
        self.number: int | None = None
        self.marker_end = marker_end
        self._content: str | None = None
        self._printable: bool | None = None
        text = line.text
        self.ends = ends = ends_sentence(text)
        chars = len(text) - marker_end
        if marker_end and chars < ENDING_CHARS:
            # Past a marker, the content's own ending counts ('1.”' ends no sentence);
            # ends_sentence reads the last four characters, so it differs only when shorter.
            ends = ends_sentence(text[marker_end:])
        self.content_ends = ends
        self.content_start = line.end - chars
        self.date: _dates.FoundDate | None = None
        self.modified = False
        self.prose = prose_text(text, marker_end, ends=ends)

    @property
    def content(self) -> str:
        """The text after the marker, or a label's value; sliced when asked for.

        Not kept: a copy of every line's text past its marker would double the
        memory a page takes while it is read.
        """
        content = self._content
        if content is None:
            return self.line.text[self.marker_end :]  # the text itself when there is no marker
        return content

    @content.setter
    def content(self, value: str) -> None:
        self._content = value

    @property
    def printable(self) -> bool:
        """``line.text.isprintable()``: worked out once, when the line is folded or first asked."""
        printable = self._printable
        if printable is None:
            printable = self._printable = self.line.text.isprintable()
        return printable

    def __repr__(self) -> str:
        """Show the shape and the line, for debugging."""
        return f"Classified({self.shape.name}, {self.marker!r}, {self.line!r})"


Rule = Callable[[SourceLine, str], Classified | None]
"""A rule sees the line and its folded, case-dropped text; it answers or passes."""


def is_prose(text: str) -> bool:
    """Say whether ``text`` reads as a sentence rather than a heading or a label."""
    return prose_text(text, ends=ends_sentence(text))


_PHRASE_KINDS: Final[dict[str, LineKind]] = {
    **dict.fromkeys(_FOOTER_PHRASES | _BODY_ENDERS, LineKind.FOOTER),
    **dict.fromkeys(_PAGER_PHRASES, LineKind.PAGER),
    **dict.fromkeys(_LOADING_PHRASES, LineKind.LOADING),
    **dict.fromkeys(_TOOLBAR_PHRASES, LineKind.TOOLBAR),
    **dict.fromkeys(_SKIP_LINKS, LineKind.NAVIGATION),
}


def is_phrase(text: str) -> bool:
    """Say whether a line is, whole, a chrome phrase or section name of the tables."""
    key = _key(fold_line(text))
    return key in _PHRASE_KINDS or section_key(key) in _SECTION_PHRASES


def chrome_key(folded: str) -> str:
    """The key a folded line is looked up by in the phrase tables."""
    return _key(folded)


def _key(folded: str) -> str:
    return folded.lstrip(_KEY_LEAD).rstrip(_KEY_TAIL).casefold()


_KEY_LEAD: Final = "•·-–*>|@ "  # bullets and separators before a phrase
_KEY_TAIL: Final = " :|"  # a label's colon, a separator after it


def match_phrase(line: SourceLine, folded: str) -> Classified | None:
    """Whole-line chrome phrases and section names, from the vocabulary tables."""
    return _match_key(line, folded, _key(folded))


def _match_key(line: SourceLine, folded: str, key: str) -> Classified | None:
    kind = _PHRASE_KINDS.get(key)
    if kind is not None:
        return Classified(line, Shape.CHROME, kind)
    if section_key(key) in _SECTION_PHRASES or (
        folded.endswith(_SECTION_NAME_ENDS) and vocab.SECTION_NAME_RE.match(folded)
    ):
        return Classified(line, Shape.SECTION_NAME)
    if _is_toolbar_run(key):
        return Classified(line, Shape.CHROME, LineKind.TOOLBAR)
    return None


def _is_toolbar_run(key: str) -> bool:
    """A short line made of toolbar words only: '폰트 확대 폰트 축소 프린트하기'."""
    # The first word alone rules out nearly every line, cheaply. The key is folded:
    # its words are apart by one space.
    first, space, _ = key.partition(" ")
    if not space or first not in _TOOLBAR_TOKENS:
        return False
    return all(word in _TOOLBAR_TOKENS for word in key.split())


def section_key(key: str) -> str:
    """Drop the old template's ``상세보기`` ('details') suffix from a section heading."""
    return key.removesuffix("상세보기").strip()


def match_skip_link_run(line: SourceLine, folded: str) -> Classified | None:
    """Several skip links run together on one line."""
    if not _has_any(folded.casefold(), _SKIP_LINK_HINTS):
        return None
    if vocab.SKIP_LINK_RUN_RE.search(folded) is None:
        return None
    rest = vocab.SKIP_LINK_RUN_RE.sub("", folded)
    if rest.strip(" |·") and _key(rest.strip()) not in _PHRASE_KINDS:
        return None
    return Classified(line, Shape.CHROME, LineKind.NAVIGATION)


def match_date_label(line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG001
    """A date label, with or without its value (``DATE``, ``• Date : 2018-06-14 16:38``)."""
    if _initial(line.text) not in _DATE_LABEL_INITIALS:
        return None
    match = _dates.DATE_LABEL_RE.match(line.text)
    if match is None:
        return None
    found = _dates.find_date(line.text, match.end())
    rest = line.text[match.end() :]
    if rest and (
        found is None
        or line.text[match.end() : found.start].strip()
        or line.text[found.end :].count(" ") >= _DATE_TAIL_WORDS
    ):
        return None
    classified = Classified(line, Shape.DATE_LABEL)
    classified.modified = _dates.is_modified_label(match["label"])
    classified.date = found
    return classified


def match_title_label(line: SourceLine, folded: str) -> Classified | None:
    """A title label; ``content`` is the title when it is on the same line."""
    if folded[0] not in _TITLE_INITIALS:
        return None
    match = vocab.TITLE_LABEL_RE.match(folded)
    if match is None:
        return None
    classified = Classified(line, Shape.TITLE_LABEL)
    value = match["value"] or ""
    classified.content = value
    classified.content_start = line.end - len(value)
    return classified


_TITLE_INITIALS: Final = frozenset("제tTsS")  # '제 목', 'Title', 'Subject'


def match_meta_label(line: SourceLine, folded: str) -> Classified | None:
    """Hit counters, department and writer fields; ``content`` is the value, if any."""
    if _initial(folded) not in _META_LABEL_INITIALS:
        return None
    match = _dates.META_LABEL_RE.match(folded)
    if match is None:
        return None
    classified = Classified(line, Shape.META_LABEL)
    classified.content = (match["value"] or match["value2"] or "").strip()
    return classified


def match_bare_date(line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG001
    """A line that starts with a date, or an e-newsletter edition line with one."""
    if line.text[0] not in _DATE_INITIALS:
        return None
    edition = _dates.EDITION_RE.match(line.text) if line.text[0] == "[" else None
    found = _dates.find_date(line.text, edition.end()) if edition else _dates.bare_date(line.text)
    if found is None or (not edition and not _date_dominates(line.text, found)):
        return None
    classified = Classified(line, Shape.DATE)
    classified.date = found
    return classified


def _date_dominates(folded: str, found: _dates.FoundDate) -> bool:
    # A date line is short: 'Dec. 31, 2013 14:30 KST', '2022.08.05 외교부', 'Sep.27, 2012 14:30
    # KST.', '05/07/2024 | News release | Distributed by …'. A sentence that starts with a date is
    # not: '2024.3.1 the two sides met in Seoul.'
    rest = folded[found.end :]
    return not is_prose(folded) or "|" in folded or rest.count(" ") < _DATE_TAIL_WORDS


def match_pattern_chrome(line: SourceLine, folded: str) -> Classified | None:
    """Chrome recognised by its shape: banners, copyright, attachments, signatures."""
    kind = _pattern_kind(folded, folded.casefold())
    return None if kind is None else Classified(line, Shape.CHROME, kind)


def _has_any(text: str, hints: tuple[str, ...]) -> bool:
    """Say whether ``text`` holds one of ``hints``: ``in`` tests beat one regex search."""
    for hint in hints:  # noqa: SIM110 - a loop of 'in' tests is the fastest form here
        if hint in text:
            return True
    return False


def _pattern_kind(folded: str, lower: str) -> LineKind | None:
    ascii_only = folded.isascii()
    if (
        not ascii_only  # every navigation hint is Korean
        and _has_any(folded, _NAVIGATION_HINTS)
        and vocab.NAVIGATION_LINE_RE.match(folded)
    ):
        return LineKind.NAVIGATION
    phone = len(folded) <= _PHONE_MAX_CHARS and folded[0] in "+0123456789"
    lower = gate_text(lower)
    footer = (
        phone
        or lower.startswith(_FOOTER_STARTS)
        or lower.endswith(_FOOTER_ENDS)
        or _FOOTER_INSIDE in lower
    )
    if footer and vocab.FOOTER_LINE_RE.match(folded):
        return LineKind.FOOTER
    # Most lines ending in '.' are sentences: the prose test is cheaper than the search.
    if _may_be_attachment(folded) and not is_prose(folded) and vocab.ATTACHMENT_RE.search(folded):
        return LineKind.ATTACHMENT
    if folded[0] in _SIGNATURE_INITIALS and vocab.SIGNATURE_RE.match(folded):
        return None if is_prose(folded) else LineKind.SIGNATURE
    return None


def _may_be_attachment(folded: str) -> bool:
    return "%" in folded or "." in folded[-_EXTENSION_TAIL:]


_EXTENSION_TAIL: Final = 24  # '.hwp (123.4 KB)' and the like end within this many characters


def _initial(text: str) -> str:
    """The first character of a label, past bullets and white space ('' if none)."""
    rest = text.lstrip(_LABEL_LEAD)
    while rest[:1].isspace():  # white space beyond the tab and space of LABEL_LEAD
        rest = rest.lstrip().lstrip(_LABEL_LEAD)
    return rest[:1]


def match_breadcrumb_chain(line: SourceLine, folded: str) -> Classified | None:
    """A one-line breadcrumb: ``HOME > News > Consulate News``."""
    if not _has_any(folded, _CHAIN_SIGNS):
        return None
    parts = vocab.BREADCRUMB_CHAIN_RE.split(folded)
    if len(folded) > _BREADCRUMB_MAX_CHARS or ends_sentence(folded) or len(parts) < 2:  # noqa: PLR2004
        return None
    if len(parts) == 2 and parts[0].casefold() not in _BREADCRUMB_ROOTS:  # noqa: PLR2004
        return None
    return Classified(line, Shape.CHROME, LineKind.BREADCRUMB)


_CHAIN_SIGNS: Final = (">", "›", "»", "＞")


def match_end_mark(line: SourceLine, folded: str) -> Classified | None:
    """The Korean end mark ``끝.``."""
    if "끝" not in folded or vocab.END_MARK_RE.match(folded) is None:
        return None
    return Classified(line, Shape.END_MARK)


def match_number(line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG001
    """A numbered paragraph marker: ``1.``, ``1)``, ``(1)``, ``①``, ``１．``."""
    text = line.text
    if text[0] not in _NUMBER_INITIALS:
        return None
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
    classified = Classified(line, Shape.NUMBERED, marker=text[:end].rstrip(), marker_end=end)
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


def match_bullet(line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG001
    """A bullet (``O``, ``ㅇ``, ``-``, ``※`` …) or a Korean box ``□``."""
    text = line.text
    marker = text[0]
    if marker not in _BULLET_INITIALS:
        return None
    end = bullet_end(text)
    if not end:
        return None
    shape = Shape.BOX if marker in _BOX_MARKERS else Shape.BULLET
    return Classified(line, shape, marker=marker, marker_end=end)


_BULLET_INITIALS: Final = frozenset(_BULLET_RANKS) | _BOX_MARKERS


SHORT_RULES: tuple[Rule, ...] = (
    match_phrase,
    match_skip_link_run,
    match_date_label,
    match_title_label,
    match_meta_label,
    match_bare_date,
    match_pattern_chrome,
    match_breadcrumb_chain,
    match_end_mark,
)
"""Rules for chrome, tried only on lines short enough to be chrome."""

MARKER_RULES: tuple[Rule, ...] = (match_number, match_bullet)
"""Rules for body markers, tried on every line."""


def classify(line: SourceLine) -> Classified:
    """Return the shape of one line: the first rule that answers, else ``TEXT``."""
    text = line.text
    if not text:  # a line holding nothing but a byte-order mark: kept, never body
        return Classified(line, Shape.CHROME, LineKind.UNKNOWN)
    if len(text) > _SHORT_LINE_CHARS:
        return classify_body(line)
    # fold_line(text), with the printable test kept for the record (see Classified.printable).
    printable = text.isprintable()
    folded = text.strip(" ") if printable and "  " not in text else " ".join(text.split())
    found = _match_short(line, folded)
    if found is None:
        found = classify_body(line)
    found._printable = printable  # noqa: SLF001 - the class's own module
    return found


def _match_short(  # noqa: C901, PLR0911, PLR0912 - one flat chain of gated rules, in order
    line: SourceLine, folded: str
) -> Classified | None:
    """The first of ``SHORT_RULES`` that answers, each called only when its gate lets it.

    The gates are the rules' own first tests, worked out here once for all of
    them: a body line, which none answers, costs a few string tests instead of
    nine calls. ``tests/test_classify.py`` holds this to the plain loop.
    """
    text = line.text
    lower = folded.casefold()
    # The key of match_phrase, from the case-folded line: the characters stripped are caseless.
    found = _match_key(line, folded, lower.lstrip(_KEY_LEAD).rstrip(_KEY_TAIL))
    if found is not None:
        return found
    if _has_any(lower, _SKIP_LINK_HINTS):
        found = match_skip_link_run(line, folded)
        if found is not None:
            return found
    initial = _initial(text)  # the same for the text and the folded text
    if initial in _DATE_LABEL_INITIALS:
        found = match_date_label(line, folded)
        if found is not None:
            return found
    if folded[0] in _TITLE_INITIALS:
        found = match_title_label(line, folded)
        if found is not None:
            return found
    if initial in _META_LABEL_INITIALS:
        found = match_meta_label(line, folded)
        if found is not None:
            return found
    if text[0] in _DATE_INITIALS:
        found = match_bare_date(line, folded)
        if found is not None:
            return found
    kind = _pattern_kind(folded, lower)
    if kind is not None:
        return Classified(line, Shape.CHROME, kind)
    if _has_any(folded, _CHAIN_SIGNS):
        found = match_breadcrumb_chain(line, folded)
        if found is not None:
            return found
    if "끝" in folded:
        return match_end_mark(line, folded)
    return None


def classify_body(line: SourceLine) -> Classified:
    """Classify a body line by its markers only (a body line that merely looks like a label)."""
    # MARKER_RULES, called by name: compiled, a direct call costs less than one through the tuple.
    found = match_number(line, line.text)
    if found is None:
        found = match_bullet(line, line.text)
    return Classified(line, Shape.TEXT) if found is None else found


def classify_all(lines: tuple[SourceLine, ...]) -> list[Classified]:
    """Classify every line, in order."""
    return [classify(line) for line in lines]


# --- Predicates about one line, for the assembly phases ---------------------------------


def breadcrumb_leaf(text: str) -> str:
    """The last entry of a breadcrumb: ``1. HOME  2. Press  3. Press Releases`` or ``A > B``."""
    parts = [part for part in vocab.ITEM_SPLIT_RE.split(text) if part.strip()] or [text]
    return vocab.BREADCRUMB_CHAIN_RE.split(parts[-1])[-1].strip() or text


def numbered_body(item: Classified) -> bool:
    """Breadcrumbs, menus and link lists are short and never end a sentence; paragraphs are not."""
    long = len(item.content) >= vocab.NUMBERED_BODY_MIN_CHARS
    return (long or ends_sentence(item.content)) and not is_social(item.content)


def looks_like_title(text: str) -> bool:
    """A short line whose longer words are nearly all capitalised reads as a headline."""
    if len(text) > vocab.TITLE_CASE_MAX_CHARS:
        return False
    words = [word for word in text.split() if len(word) > vocab.TITLE_CASE_MIN_WORD]
    if len(words) < vocab.TITLE_CASE_MIN_WORDS:
        return False
    capitals = sum(1 for word in words if word[0].isupper())
    return capitals >= vocab.TITLE_CASE_SHARE * len(words)


def stops_mid_phrase(text: str) -> bool:
    """A line ending on a lower-case word, a comma or a possessive ('… until', '… the Ministry’s').

    Titles and headings end on a noun or a closing bracket, so a date or chrome
    line under them is their neighbour, not their continuation.
    """
    word = text.rsplit(None, 1)[-1]
    return word[-1] == "," or word.endswith(("’s", "'s")) or (word.isascii() and word[0].islower())


def ends_body(item: Classified) -> bool:
    """An end mark, a signature or a trailer heading: nothing after it is body."""
    if item.shape is Shape.END_MARK:
        return True
    if item.shape is not Shape.CHROME:
        return False
    return (
        item.chrome is LineKind.SIGNATURE or chrome_key(fold_line(item.line.text)) in _BODY_ENDERS
    )


def is_heading(text: str) -> bool:
    """A body heading (``I. 모두 발언``, ``[Q&A]``): a first-character gate, then the regex."""
    return text[:1] in _HEADING_INITIALS and vocab.HEADING_RE.match(text) is not None


_HEADING_INITIALS: Final = frozenset("IVX[") | {chr(c) for c in range(0x2160, 0x216C)}  # Ⅰ-Ⅻ
