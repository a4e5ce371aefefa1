"""Whole-line chrome phrases and the word sets the parser compares lines with, as data.

Adding a new site's chrome is a one-line change here: put the phrase in the
table of the kind it is. Phrases are compared after white space is folded and
case is dropped (``casefold``), against the whole line.
"""

from __future__ import annotations

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
        "공통뷰",  # korea.kr KTV pages: a view label over the headline, no section
        "메뉴 열기",
        "메뉴 닫기",
        # Old English template.
        "skip navigation",
        "skip to content",
        "skip to main content",
        "skip to main menu",
        "go to contents",  # Yonhap's English site, and its search form's note
        "go to navigation",
        "the search is limited to articles published after 2010.",
        # The U.S. government's banner, above every state.gov page.
        "an official website of the united states government",
        "here's how you know",
        "here’s how you know",
        # GOV.UK's cookie banner and header, above every page.
        "cookies on gov.uk",
        "we use some essential cookies to make this website work.",
        "accept additional cookies",
        "reject additional cookies",
        "view cookies",
        "hide this message",
        "gov.uk",
        "navigation menu",
        "search gov.uk",
        # Repost sites' template anchors.
        "gnb content footer",
        "gnb",
        "content",
        "footer",
        "콘텐츠 영역",  # korea.kr: the content area's landmark, under the section
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
        # English site sections (breadcrumb leaves and category headings). The singular
        # 'Press release' over a headline labels the page (DOCUMENT_TYPE_LABELS), as GOV.UK's do.
        "press releases",
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
        # Newspaper and wire desks that repost the ministry's releases (Korean local papers,
        # Yonhap, broadcasters).
        "정치",
        "외교",
        "외교·안보",
        "정치일반",
        "politics",
        "diplomacy",
        "national",
        "north korea",
        # Other foreign ministries' and governments' press sections (state.gov, mea.gov.in,
        # fmprc.gov.cn, pm.gc.ca, embassy hosts).
        "media briefings",
        "media center",
        "media centre",
        "briefing room",
        "the briefing room",
        "spokesperson's remarks",
        "spokesperson’s remarks",
        "minister’s activities",
        "embassy news",
        "press statements",
    }
)
"""Section names seen as category headings, matched whole (a trailing ``상세보기`` is dropped)."""

TOOLBAR_TOKENS = frozenset(
    {
        # Words that toolbars are made of; a short line of nothing else is a toolbar
        # ('폰트 확대 폰트 축소 프린트하기' on newspaper reposts, 'Print Share URL Copy').
        "font", "size", "print", "share", "url", "copy", "email", "e-mail", "mail", "scrap",
        "facebook", "twitter", "kakaotalk", "band", "line", "sns", "rss", "larger", "smaller",
        "폰트", "글자", "글자크기", "크기", "확대", "축소", "인쇄", "프린트",
        "프린트하기", "기사출력", "공유", "공유하기", "스크랩", "메일", "이메일",
        "페이스북", "트위터", "카카오톡", "카카오스토리", "밴드", "블로그", "주소복사",
        "url복사", "+", "-", "|", "写真拡大", "拡大", "縮小", "印刷",  # '写真拡大': enlarge
        # Newspaper toolbars, often glued into one word ('폰트키우기폰트줄이기프린트하기메일보내기
        # 신고하기'), and the letter 'l' some draw as a separator ('확대 l 축소').
        "폰트키우기", "폰트줄이기", "키우기", "줄이기", "메일보내기", "보내기", "신고하기", "l",
        # A text-to-speech player's buttons ('기사듣기 기사듣기중지', '음성으로 듣기 정지').
        "듣기", "기사듣기", "음성", "음성으로", "재생", "중지", "정지",
        # An article's own buttons, named with it ('기사 메일전송', '기사 스크랩').
        "기사", "메일전송", "전송",
    }
)  # fmt: skip
"""Toolbar words (case dropped)."""

LANDMARK_TOKENS = frozenset(
    {
        # Words that skip links, landmarks and pagers are made of; a short line of nothing
        # else names a part of the page, never its headline ('Main Content', 'Go Top',
        # 'Prev이전 문서' / 'Next다음 문서' glued on a board, '위로 아래로 댓글로 가기', a board's
        # shortcut-key box '단축키').
        "main", "content", "contents", "menu", "go", "to", "top", "skip", "navigation",
        "prev", "previous", "next", "list", "본문", "메뉴", "이전", "다음", "문서", "글",
        "목록", "위로", "아래로", "맨위로", "댓글로", "가기", "바로가기", "크게", "작게", "첨부",
        "단축키", "back", "bottom", "of", "page",  # 'top of page', 'bottom of page', 'back to top'
    }
)  # fmt: skip
"""Landmark and pager words (case dropped)."""

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

RELATED_LISTS = frozenset(
    {
        "related articles", "related news", "related readings", "related stories",
        "other news", "more news", "latest news", "관련 기사", "관련기사",
    }
)  # fmt: skip
"""Headings of a list of the site's other stories: each item's date is its own, not the page's."""

BODY_ENDERS = frozenset(
    {
        # Headings of the blocks that follow the body on reposts and newsletters.
        "외교부 개요", "기관 개요", "연락처", "about the ministry", "about mofa", "contact",
        "contacts", "media contact", "featured topics", "related articles", "related news",
        "관련 기사", "관련기사", "newsletter", "만족도 조사",
        # Distributors' and governments' trailers (Public, EIN Presswire, gov.uk, China Daily).
        "disclaimer", "legal disclaimer", "related readings", "updates to this page",
        "is this page useful?",
        # A wire's end of copy on its own line (Yonhap's English site, Xinhua); a blog's
        # notice under a post.
        "(end)", "enditem", "comments are closed", "comments are closed.",
    }
)  # fmt: skip
"""Chrome headings after which nothing is body any more."""

BREADCRUMB_ROOTS = frozenset({"home", "홈", "main", "메인", "처음으로"})
"""First entries that make a one-separator chain a breadcrumb (``Home > Press``)."""

DOCUMENT_TYPES: frozenset[str] = frozenset()
"""Labels naming what a page is (``Fact sheet``, ``Joint statement``): a header field.

A line that is one of them is ``metadata``, never the title, the section or a paragraph.
None is built in yet (``News release`` is read as a section); a user's labels are added
with :class:`readoutparse.Vocabulary`.
"""

DOCUMENT_TYPE_LABELS = frozenset(
    {
        # What a page is, as governments and wires label it above or below the headline
        # (gov.uk, canada.ca, state.gov, newswires, Korean ministries).
        "news release",
        "press release",
        "news story",
        "readout",
        "press statement",
        "statement",
        "media note",
        "media advisory",
        "fact sheet",
        "joint statement",
        "remarks",
        "speech",
        "보도자료",
        "보도참고자료",
        "보도설명자료",
        "설명자료",
        "참고자료",
    }
)
"""Labels saying what a page is, which some sites also use as the name of a section.

One is the section only when the page names no other (a breadcrumb's leaf, another
section heading): on a MOFA page ``보도자료`` is the section, on gov.uk ``News story``
yields to the breadcrumb's ``Foreign affairs``. Unlike :data:`DOCUMENT_TYPES`, these
keep the kind their other tables give them.
"""

TITLE_WRAP_WORDS = frozenset(
    {
        # English headlines hard-wrapped on a small word: '… Launch Forum on' / 'Green Growth'.
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the",
        "to", "with",
        # Korean headlines wrapped on a conjunction or particle: '… 회의 개최 및'.
        "및", "과", "와", "등",
    }
)  # fmt: skip
"""Words a hard-wrapped headline's line may stop on (case dropped). A headline line that stops
on none of them, nor on a comma or a hyphen, above a line that does not go on in lower case,
was joined to a neighbour rather than wrapped (``RP401``, in ``_evidence``)."""


# --- Where a sentence goes on: the run-on rules (``_text.ends_mid_phrase``, ``opens_unit``) ---

RUN_ON_MARKS = ",-–"
"""A line that ends in one of these goes on in the next (``… the two sides,``)."""

RUN_ON_WORDS = frozenset(
    {
        *("a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our"),
        *("of", "on", "in", "at", "to", "for", "with", "by", "from", "as", "into", "over"),
        *("under", "about", "between", "during", "including", "after", "before", "than"),
        *("and", "or", "but", "nor", "that", "which", "who", "whose", "where", "such", "both"),
        *("is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had"),
        *("not", "also", "said", "says", "namely", "via", "upon", "within", "without"),
        *("against", "among", "through", "across", "toward", "towards", "regarding"),
        *("if", "because", "although", "whether", "while", "when", "so"),
    }
)
"""Function words no headline or sentence ends on: a line that ends on one goes on (``… met the``).

A sentence-case headline ends on a lower-case noun (``… supply chains``), so a
lower-case last word alone says nothing.
"""

KOREAN_RUN_ON_ENDINGS = (
    *(
        "기로",
        "하고",
        "하며",
        "으며",
        "이며",
        "했고",
        "했으며",
        "하여",
        "되어",
        "해서",
        *("으면", "시면", "다면", "하면", "되면", "는데", "지만"),  # 'if', 'but': more to come
    ),  # connectives
    *(
        "에서",
        "으로",
        "에게",
        "부터",
        "까지",
        "위해",
        "통해",
        "대해",
        "따라",
    ),  # particles, postpositions
    *("하는", "있는", "되는", "라는", "한다는", "했다는"),  # a clause that qualifies a noun to come
    *("을", "를", "및"),  # object particles, 'and': not the last word of a headline
)
"""Korean word endings that leave a sentence open (``… 협력해 나가기로``): the next line goes on.

Seen where Korean news pages are cut short and in hard-wrapped Korean releases.
One-syllable particles that also end nouns (``의`` of ``회의``, ``과`` of ``결과``) are left out.
"""

SENTENCE_OPENERS = frozenset(
    {
        *("a", "an", "the", "this", "these", "that", "those", "it", "its"),
        *("he", "she", "they", "we", "i", "our", "his", "her", "their"),
        *("in", "on", "at", "as", "by", "for", "from", "with", "to", "of", "under"),
        *("during", "following", "after", "before", "when", "while", "since"),
        *("today", "yesterday", "both", "and", "but", "also", "meanwhile", "however"),
    }
)
"""Function words that, capitalised at the start of a line, open a sentence or a byline.

A sentence hard-wrapped mid-way goes on in lower case (``the``) or with a
name (``Peninsula``); ``The``, ``By``, ``From:`` under a line that stopped on
a noun start something new: the summary under a headline, a byline, a label.
"""

CAPITALS_MIN_CHARS = 3
"""A word in capitals this long opens a line anew (``SEOUL,``, ``BEIJING``); ``UN`` goes on."""

UNIT_OPENERS = "([<【〈《"
"""A line that opens with a bracket opens a tag, a caption or a note, not the rest of a sentence."""

WORD_TRIM = "\"“”‘’'()[],.;:!?△"
"""Quotes, brackets, punctuation and inline item marks around a word, dropped to judge it."""

WORD_JOINERS = ("-", "'", "’", "·")
"""Marks within a word (``Korea-Japan``, ``Ministry’s``, ``에너지·자원``), dropped to judge it."""
