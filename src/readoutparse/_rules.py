"""Stage 2's rules: each a pure function of one line that answers with a shape, or passes.

``match_<kind>(line, folded)`` sees the line and its folded text. The rule
table that orders them, and the dispatch derived from it, are in ``_classify.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse import _dates
from readoutparse import _vocabulary as vocab
from readoutparse._markers import ascii_number_marker, bullet_end
from readoutparse._phrases import (
    BODY_ENDERS,
    BREADCRUMB_ROOTS,
    FOOTER_PHRASES,
    LOADING_PHRASES,
    PAGER_PHRASES,
    SECTION_PHRASES,
    SKIP_LINKS,
    TOOLBAR_PHRASES,
    TOOLBAR_TOKENS,
)
from readoutparse._shape import Classified, Shape, is_prose
from readoutparse._text import ends_sentence, fold_line
from readoutparse._vocabulary import (
    BOX_MARKERS,
    BREADCRUMB_MAX_CHARS,
    DATE_TAIL_WORDS,
    LABEL_LEAD,
    SECTION_NAME_ENDS,
)
from readoutparse.model import LineKind

if TYPE_CHECKING:
    import regex

    from readoutparse._lines import SourceLine


_PHRASE_KINDS: Final[dict[str, LineKind]] = {
    **dict.fromkeys(FOOTER_PHRASES | BODY_ENDERS, LineKind.FOOTER),
    **dict.fromkeys(PAGER_PHRASES, LineKind.PAGER),
    **dict.fromkeys(LOADING_PHRASES, LineKind.LOADING),
    **dict.fromkeys(TOOLBAR_PHRASES, LineKind.TOOLBAR),
    **dict.fromkeys(SKIP_LINKS, LineKind.NAVIGATION),
}


def is_phrase(text: str) -> bool:
    """Say whether a line is, whole, a chrome phrase or section name of the tables."""
    key = _key(fold_line(text))
    return key in _PHRASE_KINDS or section_key(key) in SECTION_PHRASES


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
    if section_key(key) in SECTION_PHRASES or (
        folded.endswith(SECTION_NAME_ENDS) and vocab.SECTION_NAME_RE.match(folded)
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
    if not space or first not in TOOLBAR_TOKENS:
        return False
    return all(word in TOOLBAR_TOKENS for word in key.split())


def section_key(key: str) -> str:
    """Drop the old template's ``상세보기`` ('details') suffix from a section heading."""
    return key.removesuffix("상세보기").strip()


def match_skip_link_run(line: SourceLine, folded: str) -> Classified | None:
    """Several skip links run together on one line."""
    if vocab.SKIP_LINK_RUN_RE.search(folded) is None:
        return None
    rest = vocab.SKIP_LINK_RUN_RE.sub("", folded)
    if rest.strip(" |·") and _key(rest.strip()) not in _PHRASE_KINDS:
        return None
    return Classified(line, Shape.CHROME, LineKind.NAVIGATION)


def match_date_label(line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG001
    """A date label, with or without its value (``DATE``, ``• Date : 2018-06-14 16:38``)."""
    match = _dates.DATE_LABEL_RE.match(line.text)
    if match is None:
        return None
    found = _dates.find_date(line.text, match.end())
    rest = line.text[match.end() :]
    if rest and (
        found is None
        or line.text[match.end() : found.start].strip()
        or line.text[found.end :].count(" ") >= DATE_TAIL_WORDS
    ):
        return None
    classified = Classified(line, Shape.DATE_LABEL)
    classified.modified = _dates.is_modified_label(match["label"])
    classified.date = found
    return classified


def match_title_label(line: SourceLine, folded: str) -> Classified | None:
    """A title label; ``content`` is the title when it is on the same line."""
    match = vocab.TITLE_LABEL_RE.match(folded)
    if match is None:
        return None
    classified = Classified(line, Shape.TITLE_LABEL)
    value = match["value"] or ""
    classified.content = value
    # The value ends the line: it starts where as many characters are left as it holds.
    classified.marker_end = len(line.text) - len(value)
    classified.content_start = line.end - len(value)
    return classified


def match_meta_label(line: SourceLine, folded: str) -> Classified | None:
    """Hit counters, department and writer fields; ``content`` is the value, if any."""
    match = _dates.META_LABEL_RE.match(folded)
    if match is None:
        return None
    classified = Classified(line, Shape.META_LABEL)
    classified.content = (match["value"] or match["value2"] or "").strip()
    return classified


def match_bare_date(line: SourceLine, folded: str) -> Classified | None:  # noqa: ARG001
    """A line that starts with a date, or an e-newsletter edition line with one."""
    text = line.text
    edition = _dates.EDITION_RE.match(text) if text[0] == "[" else None
    found = _dates.find_date(text, edition.end()) if edition else _dates.bare_date(text)
    if found is None or (not edition and not _date_dominates(text, found)):
        return None
    classified = Classified(line, Shape.DATE)
    classified.date = found
    return classified


def _date_dominates(folded: str, found: _dates.FoundDate) -> bool:
    # A date line is short: 'Dec. 31, 2013 14:30 KST', '2022.08.05 외교부', 'Sep.27, 2012 14:30
    # KST.', '05/07/2024 | News release | Distributed by …'. A sentence that starts with a date is
    # not: '2024.3.1 the two sides met in Seoul.'
    rest = folded[found.end :]
    return not is_prose(folded) or "|" in folded or rest.count(" ") < DATE_TAIL_WORDS


def match_navigation_line(line: SourceLine, folded: str) -> Classified | None:
    """Navigation by shape: the e-government banner, ``… 바로가기`` links, ``… 상세보기``."""
    if vocab.NAVIGATION_LINE_RE.match(folded) is None:
        return None
    return Classified(line, Shape.CHROME, LineKind.NAVIGATION)


def match_footer_line(line: SourceLine, folded: str) -> Classified | None:
    """Footers by shape: copyright, feedback survey, contacts, ``Back to …``, source lines."""
    if vocab.FOOTER_LINE_RE.match(folded) is None:
        return None
    return Classified(line, Shape.CHROME, LineKind.FOOTER)


def match_phone_line(line: SourceLine, folded: str) -> Classified | None:
    """A bare phone number (``02-2100-2114``): a footer."""
    if vocab.PHONE_LINE_RE.match(folded) is None:
        return None
    return Classified(line, Shape.CHROME, LineKind.FOOTER)


def match_attachment(line: SourceLine, folded: str) -> Classified | None:
    """An attachment's name: URL-encoded, or ending in a document or image extension."""
    if is_prose(folded) or vocab.ATTACHMENT_RE.search(folded) is None:
        return None
    return Classified(line, Shape.CHROME, LineKind.ATTACHMENT)


def match_image_alt(line: SourceLine, folded: str) -> Classified | None:
    """An image's alt text: ``20250417_회담.jpg 이미지입니다.``."""
    if vocab.IMAGE_ALT_RE.match(folded) is None:
        return None
    return Classified(line, Shape.CHROME, LineKind.ATTACHMENT)


def match_photo_caption(line: SourceLine, folded: str) -> Classified | None:
    """A photo's caption: ``… (사진=외교부 제공)``, ``(Photo) Japan-ROK Meeting``."""
    if vocab.PHOTO_CAPTION_RE.match(folded) is None:
        return None
    return Classified(line, Shape.CHROME, LineKind.ATTACHMENT)


def match_signature(line: SourceLine, folded: str) -> Classified | None:
    """The spokesperson's signature (``Spokesperson and Deputy Minister …``, ``외교부 대변인``)."""
    if vocab.SIGNATURE_RE.match(folded) is None or is_prose(folded):
        return None
    return Classified(line, Shape.CHROME, LineKind.SIGNATURE)


def _initial(text: str) -> str:
    """The first character of a label, past bullets and white space ('' if none)."""
    rest = text.lstrip(LABEL_LEAD)
    while rest[:1].isspace():  # white space beyond the tab and space of LABEL_LEAD
        rest = rest.lstrip().lstrip(LABEL_LEAD)
    return rest[:1]


def match_breadcrumb_chain(line: SourceLine, folded: str) -> Classified | None:
    """A one-line breadcrumb: ``HOME > News > Consulate News``."""
    parts = vocab.BREADCRUMB_CHAIN_RE.split(folded)
    if len(folded) > BREADCRUMB_MAX_CHARS or ends_sentence(folded) or len(parts) < 2:  # noqa: PLR2004
        return None
    if len(parts) == 2 and parts[0].casefold() not in BREADCRUMB_ROOTS:  # noqa: PLR2004
        return None
    return Classified(line, Shape.CHROME, LineKind.BREADCRUMB)


def match_end_mark(line: SourceLine, folded: str) -> Classified | None:
    """The Korean end mark ``끝.``."""
    if vocab.END_MARK_RE.match(folded) is None:
        return None
    return Classified(line, Shape.END_MARK)


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
    end = bullet_end(text)
    if not end:
        return None
    marker = text[0]
    shape = Shape.BOX if marker in BOX_MARKERS else Shape.BULLET
    return Classified(line, shape, marker=marker, marker_end=end)
