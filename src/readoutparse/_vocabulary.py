"""Every pattern and word list the parser knows, as named data.

Adding a new site's chrome is a one-line change here: put the phrase in the
table of the kind it is. Phrases are compared after white space is folded and
case is dropped (``casefold``), against the whole line.

Every regex here is linear on any input: no nested quantifiers over
overlapping classes, and each is anchored or bounded.

Patterns are compiled on first use, not at import: each ``*_RE`` name is
declared with its type, and its source is kept in ``_SOURCES`` (flags inline,
``(?x)`` verbose, ``(?i)`` case dropped). The first read of ``vocab.NAME_RE``
goes through the module ``__getattr__``, which compiles the pattern once and
stores it as a plain module attribute, so later reads cost nothing extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, MutableMapping

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

# --- Whole-line chrome phrases, by kind ------------------------------------------------

SKIP_LINKS = frozenset(
    {
        # Korean skip links at the top of every MOFA page (English and Korean sites).
        "바로가기 메뉴",
        "본문 바로가기",
        "주메뉴 바로가기",
        "메뉴 바로가기",
        "하단 바로가기",
        "본문으로 바로가기",
        "주메뉴로 바로가기",
        "검색창 열기",
        "검색 열기",
        "전체메뉴 열기",
        "전체메뉴",
        "사이트맵",
        "메뉴 열기",
        "메뉴 닫기",
        # Old English template.
        "skip navigation",
        "skip to content",
        "skip to main content",
        "skip to main menu",
        # Repost sites' template anchors.
        "gnb content footer",
        "gnb",
        "content",
        "footer",
        # Language switches.
        "kor",
        "eng",
        "korean",
        "english",
        "한국어",
        "한국어 kor",
        "english eng",
        "국문",
        "영문",
        # Site names (English and Korean site headers).
        "ministry of foreign affairs republic of korea",
        "ministry of foreign affairs, republic of korea",
        "ministry of foreign affairs",
        "ministry of foreign affairs and trade",
        "republic of korea",
        "외교부",
        "외교통상부",
        "대한민국 외교부",
        "countries information",
        "home",
        "홈",
        "뉴스레터스킨01",
        "search",
        "검색",
        "menu",
        "메뉴",
        "close",
        "닫기",
        "open",
        "열기",
    }
)
"""Navigation: skip links, language switches, site names, menu buttons."""

TOOLBAR_PHRASES = frozenset(
    {
        "font size",
        "글자크기",
        "글자 크기",
        "화면크기",
        "screen size",
        "확대",
        "축소",
        "print",
        "인쇄",
        "프린트",
        "share",
        "공유",
        "공유하기",
        "url copy",
        "url 복사",
        "copy url",
        "주소복사",
        "기사출력 트위터 페이스북",
        "article print twitter facebook",
        "facebook",
        "twitter",
        "youtube",
        "instagram",
        "kakaotalk",
        "카카오톡",
        "페이스북",
        "트위터",
        "유튜브",
        "인스타그램",
        "블로그",
        "블로그 트위터 페이스북",
        "sns",
        "sns 공유",
        "rss",
    }
)
"""Toolbars: font size, print, share, copy URL, social buttons."""

LOADING_PHRASES = frozenset({"loading", "loading...", "loading…", "로딩중", "로딩 중", "로딩중..."})
"""A spinner's text, usually the dump's last line."""

PAGER_PHRASES = frozenset(
    {
        "list",
        "목록",
        "prev",
        "previous",
        "next",
        "이전글",
        "다음글",
        "이전",
        "다음",
        "top",
        "맨위로",
        "back",
        "go to list",
        "목록으로",
        "list prev next",
        "prev next",
    }
)
"""List / Prev / Next navigation after the body."""

FOOTER_PHRASES = frozenset(
    {
        "featured topics",
        "newsletter",
        "related articles",
        "related news",
        "관련 기사",
        "관련기사",
        "메뉴담당부서",
        "연락처",
        "만족도 조사",
        "privacy policy",
        "개인정보처리방침",
        "저작권정책",
        "이메일무단수집거부",
        "terms of use",
        "sitemap",
        "contact us",
        "all rights reserved.",
        "all rights reserved",
        "unofficial translation",
        "* unofficial translation",
        "*unofficial translation",
        "photo",
        "사진",
        "image",
        "첨부파일",
        "attachment",
        "attachments",
        "attached file",
        "file",
        "download",
        "다운로드",
        "바로보기",
        "미리보기",
        "preview",
    }
)
"""Footers and trailing chrome: feedback, policies, photo captions, attachment labels."""

SECTION_PHRASES = frozenset(
    {
        # English site sections (breadcrumb leaves and category headings).
        "press releases",
        "press release",
        "ministry news",
        "press briefings",
        "press briefing",
        "spokesperson's press briefings",
        "spokesperson’s press briefings",
        "bilateral relations",
        "multilateral relations",
        "speeches",
        "speeches & statements",
        "speeches and statements",
        "statements",
        "minister's speeches",
        "minister’s speeches",
        "news",
        "newsroom",
        "news & announcements",
        "announcements",
        "notice",
        "notices",
        "e-newsletter",
        "e-newsletters",
        "newsletter archive",
        "news release",
        "news releases",
        "readouts",
        "featured news",
        "activities",
        "minister's activities",
        # Korean site sections.
        "보도자료",
        "뉴포커스",
        "브리핑룸",
        "외교부 소식",
        "장관 동정",
        "장관동정",
        "주요 뉴스",
        "대변인 정례브리핑",
        "정례브리핑",
        "공지사항",
        "연설문",
        "보도설명자료",
        "재외공관 소식",
        "외교소식",
    }
)
"""Section names seen as category headings, matched whole (a trailing ``상세보기`` is dropped)."""

SECTION_NAME_RE: regex.Pattern[str]
_SOURCES["SECTION_NAME_RE"] = (
    r"^(?![\d(])(?!(?i:back\s+to|go\s+to)\b)(?:[\w'’.&-]+\s){0,5}(?:Relations|관계)$"
)
"""Section headings by shape: ``Japan-Republic of Korea Relations`` (mofa.go.jp), ``한미관계``."""

SECTION_NAME_ENDS = ("Relations", "관계")
"""What every ``SECTION_NAME_RE`` line ends with: the cheap test before the pattern."""

TOOLBAR_TOKENS = frozenset(
    {
        # Words that toolbars are made of; a short line of nothing else is a toolbar
        # ('폰트 확대 폰트 축소 프린트하기' on newspaper reposts, 'Print Share URL Copy').
        "font", "size", "print", "share", "url", "copy", "email", "e-mail", "mail", "scrap",
        "facebook", "twitter", "kakaotalk", "band", "line", "sns", "rss", "larger", "smaller",
        "폰트", "글자", "글자크기", "크기", "확대", "축소", "인쇄", "프린트",
        "프린트하기", "기사출력", "공유", "공유하기", "스크랩", "메일", "이메일",
        "페이스북", "트위터", "카카오톡", "카카오스토리", "밴드", "블로그", "주소복사",
        "url복사", "+", "-", "|",
    }
)  # fmt: skip
"""Toolbar words (case dropped)."""

HEADING_RE: regex.Pattern[str]
_SOURCES["HEADING_RE"] = r"""(?x)
    ^(?:
        (?:[IVX]{1,4}|[Ⅰ-Ⅻ])\s*\.\s*\S       # Roman-numeral headings: 'I. 모두 발언'
      | \[[^\]]{1,30}\]$                       # bracketed headings: '[Q&A]'
    )
    """
"""Body headings: kept as unnumbered paragraphs, and they start the body."""

SPEAKER_RE: regex.Pattern[str]
_SOURCES["SPEAKER_RE"] = (
    r"^(?:[<‹〈\[]\s*(?:질문|답변|문|답)\s*[>›〉\]]|(?:Q|A|Question|Answer)\s*[:.]\s)"
)
"""Speaker labels of briefings (``<질문>``, ``Q:``): each opens a paragraph."""

TITLE_LABEL_RE: regex.Pattern[str]
_SOURCES["TITLE_LABEL_RE"] = r"(?i)^(?:제\s?목|title|subject)\s*(?:[:：]\s*(?P<value>\S.*))?$"
"""A title label (old Korean template: ``제 목`` then the title on the next line)."""

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

MENU_WORDS = frozenset(
    {
        "rss",
        "국가상징",
        "어린이·청소년",
        "정부24",
        "화면크기",
        "인쇄",
        "english",
        "kor",
        "eng",
        "한국어",
        "sitemap",
        "사이트맵",
        "home",
        "홈",
        "login",
        "로그인",
        "screen size",
        "font size",
        "print",
    }
)
"""Words that make a numbered head line a menu rather than a breadcrumb."""

BODY_ENDERS = frozenset(
    {
        # Headings of the blocks that follow the body on reposts and newsletters.
        "외교부 개요",
        "기관 개요",
        "연락처",
        "about the ministry",
        "about mofa",
        "contact",
        "contacts",
        "media contact",
        "featured topics",
        "related articles",
        "related news",
        "관련 기사",
        "관련기사",
        "newsletter",
        "만족도 조사",
    }
)
"""Chrome headings after which nothing is body any more."""

# --- Cheap gates: a rule's regex runs only when its gate lets the line through --------

LABEL_LEAD = "•·- \t"
"""Characters a label may be preceded by (``  • Date : …``)."""

SKIP_LINK_HINTS = ("바로가기", "열기", "skip")
"""Substrings (case dropped) one of which every skip-link run holds."""


DATE_LABEL_INITIALS = frozenset("dDpPrRlLuU등작게날일수")
"""First characters of the date labels of ``DATE_LABEL_RE``."""

META_LABEL_INITIALS = frozenset("hHvVwWdD조부담작첨기구등")
"""First characters of the field labels of ``META_LABEL_RE``."""

DATE_INITIALS = frozenset("0123456789０１２３４５６７８９[(jJfFmMaAsSoOnNdD")
"""First characters of a line that starts with a date (digits, full-width too, months, ``[``)."""

NAVIGATION_HINTS = ("바로가기", "누리집", "뉴스레터", "상세보기", "도메인", "전자정부")
"""Substrings one of which every ``NAVIGATION_LINE_RE`` line holds ('eg(전자정부)' too)."""

FOOTER_STARTS = (
    "copyright", "ⓒ", "©", "(c)", "만족도", "열람하신", "메뉴담당부서", "tel", "phone", "전화",
    "연락처", "back to", "url copy", "source", "최종수정일",
)  # fmt: skip
"""What a ``FOOTER_LINE_RE`` line starts with (case dropped), unless it is one of the next two."""

FOOTER_ENDS = ("all rights reserved", "all rights reserved.")
"""What a ``FOOTER_LINE_RE`` copyright line may end with instead (case dropped)."""

FOOTER_INSIDE = "unofficial translation"
"""What a ``FOOTER_LINE_RE`` translation note holds instead (case dropped). Bare phone numbers
are the fourth kind: short, and starting with a digit or ``+`` (``PHONE_MAX_CHARS``)."""

PHONE_MAX_CHARS = 15
"""The longest bare phone number ``FOOTER_LINE_RE`` reads: ``+8210-1234-5678``."""

SIGNATURE_INITIALS = frozenset("sSdD외대부")
"""First characters of a signature line (``Spokesperson …``, ``외교부 대변인``)."""

NUMBER_INITIALS = frozenset(
    "0123456789(\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"
) | {chr(c) for c in range(0x2460, 0x2474)}
"""First characters of a paragraph number: digits, ``(``, circled and full-width digits."""

# --- Line patterns --------------------------------------------------------------------

SKIP_LINK_RUN_RE: regex.Pattern[str]
_SOURCES["SKIP_LINK_RUN_RE"] = (
    r"(?i)(?:바로가기\s*메뉴|본문\s*바로가기|주메뉴\s*바로가기|메뉴\s*바로가기|하단\s*바로가기|전체메뉴\s*바로가기"
    r"|검색창\s*열기|skip\s+navigation|skip\s+to\s+(?:main\s+)?content)"
)
"""Skip links run together on one line (``바로가기 메뉴 본문 바로가기 주메뉴 바로가기``)."""

NAVIGATION_LINE_RE: regex.Pattern[str]
_SOURCES["NAVIGATION_LINE_RE"] = r"""(?x)
    ^(?:
        eg\s*\(전자정부\)            # e-government banner, Korean site
      | .{0,20}이\s*누리집은          # 'this site is …' banner (also after 태극기)
      | .{0,60}(?:                    # the rest of the Korean e-government banner block
            대한민국\s*공식\s*전자정부\s*누리집|누리집\s*주소\s*확인|정부기관이\s*관리하는\s*누리집
          | 도메인\s*주소를\s*확인|운영\s*중인\s*공식\s*누리집)
      | @.{0,40}바로가기$             # '@관련 보도자료 바로가기'
      | .{0,40}\s바로가기$            # any '… 바로가기' link
      | 뉴스레터스킨\d*$              # e-newsletter skin name
      | \S+\s+상세보기$               # old template: 'Press Releases 상세보기' when not a section
    )
    """
"""Navigation lines recognised by shape rather than by a fixed phrase."""

FOOTER_LINE_RE: regex.Pattern[str]
_SOURCES["FOOTER_LINE_RE"] = r"""(?xi)
    ^(?:
        (?:copyright|ⓒ|©|\(c\)).{0,200}$       # copyright lines
      | .{0,200}all\ rights\ reserved\.?$
      | 만족도\s*조사.{0,200}$                 # Korean feedback survey
      | 열람하신\s*정보에\s*대해.{0,200}$
      | 메뉴담당부서\s*[:：]?.{0,100}$
      | (?:tel|phone|전화|연락처)\s*[.:：]?\s*[+\d(][\d\s().-]{5,30}$   # phone numbers
      | \+?\d{2,4}[)\s.-]\d{3,4}[\s.-]\d{4}$
      | back\ to\ .{1,120}$                     # 'Back to Japan-Republic of Korea Relations'
      | url\ copy.{0,40}$
      | source\s*[:：].{0,200}$                 # repost source line
      | .{0,40}unofficial\ translation.{0,40}$        # '* unofficial translation'
      | 최종수정일.{0,60}$
    )
    """
"""Trailing chrome recognised by shape: copyright, feedback, contacts, 'Back to …'."""

ATTACHMENT_RE: regex.Pattern[str]
_SOURCES["ATTACHMENT_RE"] = r"""(?xi)
    (?:%u[0-9A-Fa-f]{4}|%[0-9A-Fa-f]{2}){2}        # URL-encoded file names
    | \.(?:hwpx?|pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|zip)(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?\s*$
    """
"""Attachment names: URL-encoded, or ending in a document or image extension."""

SIGNATURE_RE: regex.Pattern[str]
_SOURCES["SIGNATURE_RE"] = (
    r"(?i)^(?:(?:deputy\s+)?spokesperson(?:\s+(?:and|of|for)\b|\s*$)|(?:외교부\s*)?(?:부)?대변인\s*$)"
)
"""The spokesperson's signature after the body (only when the line is not a sentence)."""

SIGNATURE_INDENT = 10
"""A non-sentence line indented this deep after the body is a signature block."""

END_MARK_RE: regex.Pattern[str]
_SOURCES["END_MARK_RE"] = r"^[-/<(\[]?\s*끝\s*[.。]?\s*[-/>)\]]?$"
"""The Korean end mark: ``끝.``, ``-끝-``, ``/끝/``, ``<끝>``."""

BREADCRUMB_CHAIN_RE: regex.Pattern[str]
_SOURCES["BREADCRUMB_CHAIN_RE"] = r"\s+(?:>|›|»|＞)\s+"
"""The separator of a one-line breadcrumb: ``HOME > News > Consulate News``."""

ITEM_SPLIT_RE: regex.Pattern[str]
_SOURCES["ITEM_SPLIT_RE"] = r"(?:^|\s+)\d{1,2}\.\s+"
"""The numbers of a numbered breadcrumb or menu on one line: ``1. HOME  2. Press``."""

BREADCRUMB_ROOTS = frozenset({"home", "홈", "main", "메인", "처음으로"})
"""First entries that make a one-separator chain a breadcrumb (``Home > Press``)."""

BREADCRUMB_MAX_CHARS = 120
"""One-line breadcrumbs are shorter than this."""

# --- Markers ---------------------------------------------------------------------------

NUMBER_MARKER_RE: regex.Pattern[str]
_SOURCES["NUMBER_MARKER_RE"] = r"""(?x)
    ^(?:
        (?P<digits>\d{1,3})(?P<close>[.)])(?![\d\uff10-\uff19])    # 1.  1)  (not 1.5)
      | \((?P<paren>\d{1,3})\)                               # (1)
      | (?P<circled>[\u2460-\u2473])                         # ① .. ⑳
      | (?P<wide>[\uff10-\uff19]{1,3})(?P<wclose>[\uff0e.)\uff09])(?![\d\uff10-\uff19])   # １．
    )[^\S\n]*
    """
"""A paragraph number at the start of a line, followed by space (``1.5 million`` is none)."""

BOX_MARKERS = frozenset({"□", "■", "◻", "◼"})
"""Korean level-one markers: a paragraph with no number."""

BULLET_RANKS: dict[str, int] = {
    # Level one: circles and the letter O (English pages), Hangul ㅇ (Korean pages).
    "O": 1,
    "o": 1,
    "°": 1,
    "○": 1,
    "◦": 1,
    "●": 1,
    "ㅇ": 1,
    "❍": 1,
    "◯": 1,
    "▲": 1,
    # Level two: dashes.
    "-": 2,
    "–": 2,
    "―": 2,
    "—": 2,
    # Level three: dots.
    "·": 3,
    "•": 3,
    "∙": 3,
    "ㆍ": 3,
    # Notes attach to the item they follow (see the assembler).
    "*": 9,
    "※": 9,
}
"""Subpoint markers and their level in the ``□ → ㅇ/○ → - → ·`` hierarchy."""

NOTE_RANK = 9
"""The rank of note markers (``*``, ``※``)."""

LIST_RANK = 2
"""Dashes and dots (rank 2 and deeper) under a note belong to the note."""

BULLET_RE: regex.Pattern[str]
_SOURCES["BULLET_RE"] = r"""(?x)
    ^(?:
        (?P<word>[Oo])\s+(?=\S)                      # 'O ' needs a space after it
      | (?P<dash>[-–―—])\s+(?=\S)                     # '- ' needs a space after it
      | (?P<star>\*)(?!\*)\s*(?=\S)                   # '* note'
      | (?P<glyph>[°○◦●ㅇ❍◯▲·•∙ㆍ※□■◻◼])\s*(?=\S)
    )
    """
"""A bullet or box marker at the start of a line, with the space after it."""

# --- Prose ----------------------------------------------------------------------------

SENTENCE_ENDS = (".", "!", "?", "。", "다")
"""A line ending in one of these ends a sentence (``다.`` ends in ``.``)."""

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

ONE_PER_LINE_MIN_CHARS = 110
"""A sentence-ending line this long followed directly by another line ends its paragraph."""

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

WRAP_SLACK = 15
"""A sentence-ending line within this many characters of the wrap width was wrapped."""

WRAP_MIN_CHARS = 50
"""A body line this long that stops mid-sentence may be hard-wrapped onto the next."""

TITLE_WRAP_MIN_CHARS = 30
"""A title line this long without sentence end may be continued by the next line."""

SHORT_LINE_CHARS = 200
"""Chrome is looked for only in lines up to this long."""

TITLE_MIN_CHARS = 4
"""A one-line page's title, split off at its first wide gap, is at least this long."""

WIDE_GAP_RE: regex.Pattern[str]
_SOURCES["WIDE_GAP_RE"] = r"\s{2,}"
"""Two or more white-space characters: where a one-line page joined its blocks."""

CONTROL_RE: regex.Pattern[str]
_SOURCES["CONTROL_RE"] = r"[\x00-\x08\x0e-\x1b\x7f]"
"""Control characters that no page dump should hold."""


__getattr__ = compile_on_first_use(globals(), _SOURCES)
