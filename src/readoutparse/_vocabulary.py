"""Every pattern the parser knows, and the word tables they are built from, as named data.

The whole-line chrome phrases are in ``_phrases.py``. Here are the patterns of
lines recognised by shape, the label, month and marker tables each pattern is
built from (a rule's gate is worked out from the same table), and the
thresholds of the prose and layout heuristics.

Every regex here is linear on any input: no nested quantifiers over
overlapping classes, and each is anchored or bounded.

Patterns are compiled on first use, not at import: each ``*_RE`` name is
declared with its type, and its source is kept in ``_SOURCES`` (flags inline,
``(?x)`` verbose, ``(?i)`` case dropped). The first read of ``vocab.NAME_RE``
goes through the module ``__getattr__``, which compiles the pattern once and
stores it as a plain module attribute, so later reads cost nothing extra.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, NamedTuple

# The marker ranks live at the bottom of the package, where the model's renderer reads them
# too; they are re-exported here (``x as x``), so the parser reads them as before.
from readoutparse._ranks import BULLET_RANKS as BULLET_RANKS  # noqa: PLC0414
from readoutparse._ranks import LIST_RANK as LIST_RANK  # noqa: PLC0414
from readoutparse._ranks import NOTE_RANK as NOTE_RANK  # noqa: PLC0414

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, MutableMapping

    import regex


def compile_on_first_use(
    namespace: MutableMapping[str, object], sources: dict[str, str]
) -> Callable[[str], regex.Pattern[str]]:
    """Return a module ``__getattr__`` that compiles ``sources[name]`` into ``namespace`` once.

    The module's own functions, whose global look-ups do not reach ``__getattr__``,
    may call it by name too: it returns the compiled pattern from then on.
    """
    compiled: dict[str, regex.Pattern[str]] = {}

    def __getattr__(name: str) -> regex.Pattern[str]:  # noqa: N807 - a module's __getattr__
        pattern = compiled.get(name)
        if pattern is not None:
            return pattern
        source = sources.get(name)
        if source is None:
            msg = f"module {namespace['__name__']!r} has no attribute {name!r}"
            raise AttributeError(msg)
        import regex  # noqa: PLC0415 - deferred with the patterns, to keep import fast

        pattern = namespace[name] = compiled[name] = regex.compile(source)
        return pattern

    return __getattr__


_SOURCES: dict[str, str] = {}
"""The source of every ``*_RE`` pattern below, by name."""


def words_pattern(words: Iterable[str]) -> str:
    r"""A regex alternation of ``words``, longest first, each escaped.

    A space in a word matches a run of white space (``\s+``), or none at all
    after a non-ASCII character (``본문 바로가기`` also reads ``본문바로가기``).
    """
    return "|".join(_word_pattern(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


def _word_pattern(word: str) -> str:
    parts = word.split(" ")
    pattern = _escape(parts[0])
    for before, part in itertools.pairwise(parts):
        pattern += (r"\s+" if before[-1:].isascii() else r"\s*") + _escape(part)
    return pattern


def _escape(text: str) -> str:
    """``regex.escape`` for the characters a word table holds (no import of regex)."""
    return "".join("\\" + char if char in _SPECIAL else char for char in text)


_SPECIAL = frozenset(".^$*+?{}[]\\|()#&~-")


def char_class(chars: Iterable[str]) -> str:
    """A regex character class of ``chars``, sorted, with its special characters escaped."""
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in sorted(set(chars))) + "]"


def initials(words: Iterable[str]) -> frozenset[str]:
    """The case-folded first characters of ``words``: a rule's gate on a line's initial."""
    return frozenset(word.casefold()[:1] for word in words if word)


class Branch(NamedTuple):
    """One alternative of a line pattern, with what every line it matches starts with or holds.

    The words are the branch's gate: a line (case dropped) that starts with none of
    ``starts``, holds none of ``holds`` and ends with none of ``ends`` is never tried.
    A branch with no words is tried on every line that reaches its rule.
    """

    pattern: str
    starts: tuple[str, ...] = ()
    holds: tuple[str, ...] = ()
    ends: tuple[str, ...] = ()


def branches_pattern(branches: Iterable[Branch], flags: str = "") -> str:
    """The anchored alternation of ``branches``, with inline ``flags`` (``"xi"``)."""
    body = "\n      | ".join(branch.pattern for branch in branches)
    return f"(?x{flags})\n    ^(?:\n        {body}\n    )\n    "


SECTION_NAME_ENDS = ("Relations", "관계")
"""What a section heading by shape ends with (``SECTION_NAME_RE``): its gate too."""

SECTION_NAME_RE: regex.Pattern[str]
_SOURCES["SECTION_NAME_RE"] = (
    r"^(?![\d(])(?!(?i:back\s+to|go\s+to)\b)(?:[\w'’.&-]+\s){0,5}"
    rf"(?:{words_pattern(SECTION_NAME_ENDS)})$"
)
"""Section headings by shape: ``Japan-Republic of Korea Relations`` (mofa.go.jp), ``한미관계``."""


SHORTCODE = r"(?:[a-z]+(?:_[a-z\d]+)+|/[a-z]+)"
"""A template's shortcode inside its brackets: an ad slot ``ad_1``, a closing ``/size``."""

HEADINGS = (
    Branch(  # Roman-numeral headings: 'I. 모두 발언'
        r"(?:[IVX]{1,4}|[Ⅰ-Ⅻ])\s*\.\s*\S",
        starts=(*"IVX", *(chr(code) for code in range(0x2160, 0x216C))),
    ),
    Branch(rf"\[(?!{SHORTCODE}\])[^\]=]{{1,30}}\]$", starts=("[",)),  # '[Q&A]', not '[ad_1]'
    # A Korean topic in spaced brackets: '( … 회담 )', not a caption's '( 사진=… )'.
    Branch(r"\(\s+(?=[^)]*[가-힣]{2})[가-힣][^=:：]{0,60}\S\s+\)$", starts=("(",)),
)
"""Body headings: kept as paragraphs, they start the body (``[서울=뉴시스]`` is a tag, not one)."""

HEADING_RE: regex.Pattern[str]
_SOURCES["HEADING_RE"] = branches_pattern(HEADINGS)

REPORTER_WORDS = ("기자", "특파원", "취재단", "뉴스팀", "속보팀", "뉴스부")
"""What a Korean byline ends with: ``홍길동 기자``, ``워싱턴 특파원``, ``특별취재단``, a desk's
name (``온라인뉴스팀``, ``뉴스 속보팀``, ``디지털뉴스부``)."""

SPEAKER_RE: regex.Pattern[str]
_SOURCES["SPEAKER_RE"] = (
    r"^(?:[<‹〈\[]\s*(?:질문|답변|문|답)\s*[>›〉\]]|(?:Q|A|Question|Answer)\s*[:.]\s)"
)
"""Speaker labels of briefings (``<질문>``, ``Q:``): each opens a paragraph."""


SOCIAL_WORDS_RE: regex.Pattern[str]
_SOURCES["SOCIAL_WORDS_RE"] = (
    r"(?i)\b(?:facebook|twitter|youtube|instagram|flickr|kakao\w*|naver|blog|linkedin|tiktok)\b"
    r"|페이스북|트위터|유튜브|인스타그램|블로그|카카오"
)
"""Social-media words: a numbered line holding one is a link list, not a paragraph."""

SOCIAL_WORDS = (
    "facebook", "twitter", "youtube", "instagram", "flickr", "kakao", "naver", "blog",
    "linkedin", "tiktok", "페이스북", "트위터", "유튜브", "인스타그램", "블로그", "카카오",
)  # fmt: skip
"""What every ``SOCIAL_WORDS_RE`` match holds, case dropped: the cheap test before it."""

SOCIAL_LINE_CHARS = 120
"""Social-media link lines are short; longer lines are not checked."""


# --- Label words: each table builds its pattern and its rule's gate ---------------------

LABEL_LEAD = "•·- \t"
"""Characters a label may be preceded by (``  • Date : …``)."""

SKIP_LINK_RUNS = (
    "바로가기 메뉴", "본문 바로가기", "주메뉴 바로가기", "메뉴 바로가기", "하단 바로가기",
    "전체메뉴 바로가기", "검색창 열기", "skip navigation", "skip to content",
    "skip to main content",
)  # fmt: skip
"""Skip links that run together on one line (``바로가기 메뉴 본문 바로가기 주메뉴 바로가기``)."""

CHAIN_SEPARATORS = (">", "›", "»", "＞")
"""The separators of a one-line breadcrumb: ``HOME > News > Consulate News``."""

END_MARK_WORD = "끝"
"""The Korean end mark's word (``끝.``, ``-끝-``, ``<끝>``)."""
END_MARK_LATIN = "END"
"""An English release's end mark after its last sentence (``… in 2017. END``, ``-END-``)."""

ASCII_DIGITS = "0123456789"
WIDE_DIGITS = "０１２３４５６７８９"
"""Full-width digits (``１．``), as Korean word processors type them."""
CIRCLED_NUMBERS = "".join(chr(code) for code in range(0x2460, 0x2474))
"""Circled numbers ``①`` to ``⑳``."""

PHONE_FIRST = "+" + ASCII_DIGITS
"""What a bare phone number starts with (``PHONE_LINE_RE``)."""

PHONE_MAX_CHARS = 15
"""The longest bare phone number ``PHONE_LINE_RE`` reads: ``+8210-1234-5678``."""

# --- Line patterns --------------------------------------------------------------------

SKIP_LINK_RUN_RE: regex.Pattern[str]
_SOURCES["SKIP_LINK_RUN_RE"] = f"(?i)(?:{words_pattern(SKIP_LINK_RUNS)})"
"""Skip links run together on one line."""

NAVIGATION_LINES = (
    Branch(r"eg\s*\(전자정부\)", holds=("전자정부",)),  # e-government banner, Korean site
    Branch(r".{0,20}이\s*누리집은", holds=("누리집",)),  # 'this site is …' (also after 태극기)
    Branch(  # the rest of the Korean e-government banner block
        r".{0,60}(?:대한민국\s*공식\s*전자정부\s*누리집|누리집\s*주소\s*확인"
        r"|정부기관이\s*관리하는\s*누리집|도메인\s*주소를\s*확인|운영\s*중인\s*공식\s*누리집)",
        holds=("누리집", "도메인"),
    ),
    Branch(r"@.{0,40}바로가기$", holds=("바로가기",)),  # '@관련 보도자료 바로가기'
    Branch(r".{0,40}\s바로가기$", holds=("바로가기",)),  # any '… 바로가기' link
    Branch(r"(?:[A-Za-z][\w-]*\s+){0,3}뉴스레터스킨\d*$", holds=("뉴스레터스킨",)),  # skin, site
    Branch(r"\S+\s+상세보기$", holds=("상세보기",)),  # 'Press Releases 상세보기', not a section
    # A publishing template's shortcode left in the dump: an ad slot '[ad_1]', a closing '[/size]'.
    Branch(rf"\[{SHORTCODE}\]$", starts=("[",)),
    Branch(r"\[\$[A-Za-z_]+\d*\]?$", starts=("[$",)),  # a template's variable: '[$img1]'
    # A news site's ad slot, labelled: 'ADVERTISEMENT', '- Advertisement -', '광고'.
    Branch(r"[-–—\s]*(?i:advertisement|광고)[-–—\s]*$", holds=("advertisement", "광고")),
    # A link to a related story, labelled, inside the body: 'Also read: Minister meets …'.
    Branch(
        r"(?i:also\s+read|read\s+also|read\s+more|see\s+also)\s*[:|]\s*\S.{0,160}$",
        starts=("also read", "read also", "read more", "see also"),
    ),
    # A link to the site itself, as a mobile or an AMP page prints it: 'Go to the main site'.
    Branch(
        r"(?i:(?:go|return|switch)\s+to\s+(?:the\s+)?(?:(?:main|full|desktop|mobile|classic)\s+"
        r"(?:site|website|page|version)|home\s*page))$",
        starts=("go to", "return to", "switch to"),
    ),
    # The U.S. government's banner, its two lines run together, or its block opened: what a
    # '.gov' address and the lock say ('Official websites use .gov', 'A lock ( ) or https://').
    Branch(
        r"(?i:an\s+official\s+website\s+of\s+the\s+united\s+states\s+government\b.{0,30}"
        r"|(?:official|secure)\s+(?:\.gov\s+)?websites\s+use\s+(?:\.gov|https)"
        r"|a\s+\.gov\s+website\s+belongs\s+to\s+an\s+official\s+government\s+organi[sz]ation\b.{0,30}"
        r"|a\s+lock\s.{0,60}\smeans\s+you.{1,8}safely\s+connected\s+to\s+the\s+\.gov\s+website\b.{0,80})$",
        holds=("united states government", ".gov", "https://"),
    ),
    # A tag list: two hashtags or more, and nothing else ('#중국 #한중 #G20외교장관').
    Branch(r"\#[^\s\#]+(?:\s+\#[^\s\#]+)+$", starts=("#",)),  # '\#': the pattern is verbose
)
"""Navigation lines recognised by shape rather than by a fixed phrase."""

NAVIGATION_LINE_RE: regex.Pattern[str]
_SOURCES["NAVIGATION_LINE_RE"] = branches_pattern(NAVIGATION_LINES)

FOOTER_LINES = (
    Branch(r"(?:copyright|ⓒ|©|\(c\)).{0,200}$", starts=("copyright", "ⓒ", "©", "(c)")),
    Branch(r".{0,200}all\ rights\ reserved\.?$", ends=("all rights reserved", "reserved.")),
    # Korean outlets' notice, alone or after a caption: '<저작권자(c) 연합뉴스, 무단 전재…>'.
    Branch(r".{0,120}[<\[(（]\s*저작권자.{0,200}$", holds=("저작권자",)),
    # The same notice with no bracket round it: '저작권자 © 한빛일보 무단전재 및 재배포 금지',
    # or after a note's mark: '※ 저작권자 ⓒ 한빛일보, 무단전재 금지'.
    Branch(r"(?:※\s*)?저작권자\s*(?:ⓒ|©|\(c\)).{0,200}$", starts=("저작권자", "※")),
    Branch(r"만족도\s*조사.{0,200}$", starts=("만족도",)),  # Korean feedback survey
    Branch(r"열람하신\s*정보에\s*대해.{0,200}$", starts=("열람하신",)),
    Branch(r"메뉴담당부서\s*[:：]?.{0,100}$", starts=("메뉴담당부서",)),
    Branch(  # phone numbers after a label
        r"(?:tel|phone|전화|연락처)\s*[.:：]?\s*[+\d(][\d\s().-]{5,30}$",
        starts=("tel", "phone", "전화", "연락처"),
    ),
    Branch(r"back\ to\ .{1,120}$", starts=("back to",)),  # 'Back to Japan-… Relations'
    Branch(r"url\ copy.{0,40}$", starts=("url copy",)),
    Branch(r"source\s*[:：].{0,200}$", starts=("source",)),  # repost source line
    Branch(r".{0,40}unofficial\ translation.{0,40}$", holds=("unofficial translation",)),
    Branch(r"최종수정일.{0,60}$", starts=("최종수정일",)),
    # A newsroom's note on whose release it carries: 'Press release distributed by … on behalf'.
    Branch(r"press\ release\ distributed\ by\ .{1,200}$", starts=("press release distributed",)),
)
"""Trailing chrome recognised by shape: copyright, feedback, contacts, 'Back to …'."""

FOOTER_LINE_RE: regex.Pattern[str]
_SOURCES["FOOTER_LINE_RE"] = branches_pattern(FOOTER_LINES, "i")

PHONE_LINE_RE: regex.Pattern[str]
_SOURCES["PHONE_LINE_RE"] = r"^\+?[0-9]{2,4}[)\s.-][0-9]{3,4}[\s.-][0-9]{4}$"
"""A bare phone number on a line of its own, in ASCII digits: a footer."""

ATTACHMENT_EXTENSIONS = (
    *("hwp", "hwpx", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx"),
    *("jpg", "jpeg", "png", "gif", "zip"),
)
"""The extensions an attachment's name ends in (``붙임 1. 결과 보도자료.hwpx``)."""

ATTACHMENT_RE: regex.Pattern[str]
_SOURCES["ATTACHMENT_RE"] = rf"""(?xi)
    (?:%u[0-9A-Fa-f]{{4}}|%[0-9A-Fa-f]{{2}}){{2}}        # URL-encoded file names
    | \.(?:{words_pattern(ATTACHMENT_EXTENSIONS)})(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?\s*$
    | ^!\[[^\]]{{0,200}}\]\([^()\s]{{1,1000}}\)$      # an image's markup alone: ![](….jpg)
    | ^붙임\s*(?:\d{{1,2}}\s*[.)]?\s*)?[:：]             # a release's enclosures: '붙임 : 사진.'
    """
"""Attachment names: URL-encoded, ending in a file's extension, or an image's markup alone."""

IMAGE_ALT_WORDS = ("이미지입니다", "이미지", "사진", "image", "photo")
"""What the Korean sites' image alt text says after the file name (``….jpg 이미지입니다.``)."""

IMAGE_ALT_RE: regex.Pattern[str]
_SOURCES["IMAGE_ALT_RE"] = (
    rf"(?i)^\S+\.(?:jpe?g|png|gif|bmp|webp)\s+(?:{words_pattern(IMAGE_ALT_WORDS)})\.?$"
)
"""An image's alt text: its file name, then a word saying it is an image."""

SIGNATURES = (
    Branch(
        r"(?:deputy\s+)?spokesperson(?:\s+(?:and|of|for)\b|\s*$)",
        starts=("deputy", "spokesperson"),
    ),
    Branch(r"(?:외교부\s*)?(?:부)?대변인\s*$", starts=("외교부", "부대변인", "대변인")),
)
"""The spokesperson's signature after the body (only when the line is not a sentence)."""

SIGNATURE_RE: regex.Pattern[str]
_SOURCES["SIGNATURE_RE"] = branches_pattern(SIGNATURES, "i")

SIGNATURE_INDENT = 10
"""A non-sentence line indented this deep after the body is a signature block."""

END_MARK_RE: regex.Pattern[str]
_SOURCES["END_MARK_RE"] = (
    rf"^[-/<(\[]?\s*{END_MARK_WORD}\s*[.。]?\s*[-/>)\]]?(?:\s*[-=_─━]{{3,}})?$"
    r"|^(?i:[-–—]+\s*(?:30|end)\s*[-–—]+)$"  # a news release's: '- 30 -', '-END-'
)
"""The end mark: ``끝.``, ``-끝-``, ``/끝/``, ``<끝>``, a rule after it (``(끝) -----``)."""

END_MARK_TAIL_RE: regex.Pattern[str]
_SOURCES["END_MARK_TAIL_RE"] = (
    rf"(?<=[.!?。다)\]\"”’])\s*(?:[-/<(\[]?\s*{END_MARK_WORD}\s*[.。]?\s*[-/>)\]]?|/\.|-?\s?{END_MARK_LATIN}\s?-?)$"
)
"""The end mark closing the body's last line, after its sentence: ``… 끝.``, ``… summit./.``."""

CREDIT_TAIL_RE: regex.Pattern[str]
_SOURCES["CREDIT_TAIL_RE"] = (
    rf"(?<=[.!?。다)\]\"”’])\s*(?:<\s*[^<>]{{1,20}}\s(?:{words_pattern(REPORTER_WORDS)})\s*>"
    r"|/ ?[^\W\d_]{1,8})$"  # within CREDIT_REACH of the end
)
"""A credit glued after the body's last sentence: a reporter ``… <홍길동 기자>``, an agency
``…했다./연합``. It closes the sentence, as the end mark does, and is left out of the text.

The agency is letters only: ``… 2025.3./베를린).`` is a bracket's date and place, no credit."""

BRACKET_CREDIT = r"\(\s*[A-Z][A-Za-z.\-]*(?:\s[A-Z][A-Za-z.\-]*){0,2}\s*\)"
"""A wire's credit in brackets: one to three capitalised words (``(Yonhap)``, ``(Agencies)``)."""

BRACKET_CREDIT_TAIL_RE: regex.Pattern[str]
_SOURCES["BRACKET_CREDIT_TAIL_RE"] = rf"[.!?][\"”’]?\s?{BRACKET_CREDIT}$"
"""A wire's credit closing a sentence (``… of the year. (Yonhap)``); it stays in the text."""

TIME_TAIL_RE: regex.Pattern[str]
_SOURCES["TIME_TAIL_RE"] = r"(?i)\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:KST|[ap]\.?m\.?)?\s*$"
"""What may follow a date in a stamp that is nothing but a date: ``18:59``, ``14:30 KST``.

Matched from where the date ends (no ``^``: it would hold only at the string's start).
"""

IMAGE_MARKUP = "!["
"""What a Markdown image left in a dump opens with (``![]() |``, ``![photo](a.jpg)``)."""

POINTERS = ("☞",)
"""Glyphs that open a related article's link in a newspaper's copy (``☞ 외교부, … 개최``).

Not ``▶``: Korean government documents use it as a bullet.
"""

BREADCRUMB_CHAIN_RE: regex.Pattern[str]
_SOURCES["BREADCRUMB_CHAIN_RE"] = rf"\s+(?:{words_pattern(CHAIN_SEPARATORS)})\s+|\s*>>\s*"
"""The separator of a one-line breadcrumb: ``HOME > News > Consulate News``, ``人民网>>国际``."""

ITEM_SPLIT_RE: regex.Pattern[str]
_SOURCES["ITEM_SPLIT_RE"] = r"(?:^|\s+)\d{1,2}\.\s+"
"""The numbers of a numbered breadcrumb or menu on one line: ``1. HOME  2. Press``."""


BREADCRUMB_MAX_CHARS = 120
"""One-line breadcrumbs are shorter than this."""

# --- Markers ---------------------------------------------------------------------------

NUMBER_MARKER_RE: regex.Pattern[str]
_SOURCES["NUMBER_MARKER_RE"] = rf"""(?x)
    ^(?:
        (?P<digits>[{ASCII_DIGITS}]\d{{0,2}})(?P<close>[.)])(?![\d{WIDE_DIGITS}])  # 1. 1) (not 1.5)
      | \((?P<paren>\d{{1,3}})\)                                             # (1) (１)
      | (?P<circled>[{CIRCLED_NUMBERS}])                                    # ① .. ⑳
      | (?P<wide>[{WIDE_DIGITS}]{{1,3}})(?P<wclose>[\uff0e.)\uff09])(?![\d{WIDE_DIGITS}])  # １．
    )[^\S\n]*
    """
"""A paragraph number at the start of a line, followed by space (``1.5 million`` is none)."""

NUMBER_INITIALS = frozenset(ASCII_DIGITS + "(" + WIDE_DIGITS + CIRCLED_NUMBERS)
"""What a paragraph number starts with: ``NUMBER_MARKER_RE``'s first characters."""

BOX_MARKERS = frozenset({"□", "■", "◻", "◼"})
"""Korean level-one markers: a paragraph with no number."""


SPACED_BULLETS = frozenset("Ooο-–―—")
"""Bullets that need white space after them: the letter O (a Greek omicron too) and dashes."""

NOTE_STAR = "*"
"""The footnote star: a bullet unless doubled (``**`` is emphasis)."""

BULLET_GLYPHS = (frozenset(BULLET_RANKS) | BOX_MARKERS) - SPACED_BULLETS - {NOTE_STAR}
"""Bullets that may touch their text (``°``, ``ㅇ``, ``□``, ``※`` …)."""

BULLET_RE: regex.Pattern[str]
_SOURCES["BULLET_RE"] = rf"""(?x)
    ^(?:
        (?P<word>{char_class(c for c in SPACED_BULLETS if c.isalpha())})\s+(?=\S)   # 'O '
      | (?P<dash>{char_class(c for c in SPACED_BULLETS if not c.isalpha())})\s+(?=\S)  # '- '
      | (?P<star>\{NOTE_STAR})(?!\{NOTE_STAR})\s*(?=\S)               # '* note'
      | (?P<glyph>{char_class(BULLET_GLYPHS)})\s*(?=\S)
    )
    """
"""A bullet or box marker at the start of a line, with the space after it."""

# --- Prose ----------------------------------------------------------------------------

SENTENCE_ENDS = (
    *(".", "!", "?", "。", "다"),
    *("예정임", "계획임", "것임", "방침임", "였음", "었음", "했음"),
)
"""A line ending in one of these ends a sentence (``다.`` ends in ``.``).

Korean briefs in the nominal style end a statement on ``…임`` or ``…음`` after a
predicate, with no stop (``… 면담할 예정임``, ``… 논의하였음``); the endings are
those of a predicate only, as a noun may end on the same syllable (``책임``, ``다음``).
"""

LEAD_IN_ENDS = (":", "：")
"""A line ending in one of these leads in to what follows ('issued the following statement:')."""

SENTENCE_STOPS = (".", "!", "?")
"""Stops that may be followed by closing quotes or brackets and still end a sentence."""

SENTENCE_CLOSERS = "\"”’')]"
"""Closing quotes and brackets after a stop: ``.”``, ``?)``, at most ``CLOSERS_MAX`` of them."""

CLOSERS_MAX = 3
"""The most closing quotes and brackets a sentence ending may have (``.”)]``)."""

PROSE_MIN_WORDS = 4
"""A sentence-ending line with at least this many words is prose, not a heading."""

PROSE_MIN_CHARS_CJK = 15
"""For Korean text with few spaces: a sentence-ending line this long is prose."""

PROSE_LONG_CHARS = 150
"""A line this long is prose whatever it ends with."""

NUMBERED_BODY_MIN_CHARS = 60
"""A numbered line this long is a paragraph, not a breadcrumb, whatever it ends with."""

HEADER_LOOKAHEAD = 3
"""A line followed within this many lines by a date or field label is still the head."""

TITLE_CASE_MIN_WORD = 3
"""Words this short (of, the, and) are left out of the headline-case test."""

TITLE_CASE_MIN_WORDS = 3
"""The headline-case test needs at least this many longer words."""

TITLE_CASE_SHARE = 0.8
"""A line whose longer words are capitalised at least this often reads as a headline."""

TITLE_CASE_MAX_CHARS = 120
"""Headlines are shorter than this."""

DATE_TAIL_WORDS = 4
"""A line that starts with a date and has fewer words after it is a dateline."""

WRAP_MIN_WIDTH = 30
"""Only mid-sentence breaks in lines at least this long tell the wrap width (not headings)."""

HANGING_INDENT = 6
"""A wrapped line sits at most this much deeper than the line it goes on from."""

WRAP_MIN_CHARS = 50
"""A body line this long that stops mid-sentence may be hard-wrapped onto the next."""

SHORT_LINE_CHARS = 200
"""Chrome is looked for only in lines up to this long."""

CONTROL_RE: regex.Pattern[str]
_SOURCES["CONTROL_RE"] = r"[\x00-\x08\x0e-\x1b\x7f]"
"""Control characters that no page dump should hold."""


__getattr__ = compile_on_first_use(globals(), _SOURCES)
