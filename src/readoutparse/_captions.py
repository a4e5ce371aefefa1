"""Photo captions, credits and image prompts, as a pattern (``PHOTO_CAPTION_RE``).

A caption is told by what only a caption holds: a photo's credit where a sentence
would end (``… (사진=외교부 제공)``, ``… 장관. 사진=연합뉴스``, ``… (Xinhua/Zhao Jun)``,
``… Credit: Gov.uk``), a wire's opening that points at the photo (``This photo, taken
…, shows …``, ``In this file photo …``), a tag before it (``(Photo) …``), or the prompt
or alt text a page prints for the image itself (``<이미지를 클릭하시면 크게 보실 수
있습니다>``, ``… 대표 이미지 - …``). Never a site's or an agency's name: the credit is
read by where it stands. The ``photo_caption`` rule of the classifier reads it, on
lines of any length, and its gate is the words of the branches (``Branch``).

Like the patterns of ``_vocabulary.py``, the pattern is compiled on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from readoutparse._vocabulary import (
    BRACKET_CREDIT,
    Branch,
    branches_pattern,
    compile_on_first_use,
)

if TYPE_CHECKING:
    import regex

_SOURCES: dict[str, str] = {}

PHOTO_CREDIT = (
    r"(?-i:[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2})\s+photo\s*/\s*"
    r"(?-i:[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3})(?:\s*\(file\s+photo\))?"
)
"""A photo's credit: an organisation, ``Photo/`` and the photographer (``UN Photo/Jane Roe``)."""

_CREDIT_NAME = r"(?-i:[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2})"
"""A credit in brackets after a caption: one to three capitalised words (``(Yonhap)``)."""

PHOTO_CAPTIONS = (
    # Korean newspapers credit a photo at the end of its caption: '… (사진=외교부 제공)', or
    # in square brackets, a separator after it at most: '… 2022.06.10 [사진=외교부] |'.
    Branch(
        r".{0,160}(?:\((?:사진|자료사진)\s*=.{1,60}\)|\[(?:사진|자료사진)\s*=[^\[\]]{1,60}\]\s*\|?)",
        holds=("사진",),
    ),
    # … or after its last sentence, with no bracket, a slash at most: '… 장관. 사진=연합뉴스',
    # '… 있다./사진=뉴시스', '… 사진제공=외교부', '…/사진공동취재단=연합뉴스' (a pool), and
    # the photographer after the outlet: '… 청사./사진=한빛일보 김하늘 기자'.
    Branch(
        r".{1,300}?[\s/](?:사진|자료사진)(?:\s?제공|공동취재단)?\s*=\s*[^\s=()]{1,30}"
        r"(?:\s[^\s=()]{1,15}){0,2}",
        holds=("사진",),
    ),
    # … or alone in brackets, with a colon: '[사진 출처 : 연합뉴스 / 외교부 제공]', '<사진제공: …>'.
    Branch(
        r"[\[(<]\s*(?:사진|자료사진)\s*(?:출처|제공)\s*[:：=]\s*[^\[\]()<>]{1,60}[\])>]",
        holds=("사진",),
    ),
    # Japanese papers close a caption on its wire after '=': '… (資料写真)=(聯合ニュース)', a
    # notice against reuse after it at most: '…(外交部提供)=(聯合ニュース)≪転載・転用禁止≫'.
    Branch(r".{1,300}?=\([^()\n]{1,20}\)(?:≪[^≫\n]{1,20}≫)?", holds=("=(",)),
    # mofa.go.jp and others put '(Photo)' before a caption: '(Photo) Japan-ROK Meeting'; a
    # wire its credit so: '(Photo: AFP/VNA)'.
    Branch(r"\(photos?(?:\s*[:：][^()\n]{1,60})?\).{0,160}", starts=("(photo",)),
    # An outlet credits a file picture, alone: 'Yomiuri Shimbun file photo' ('… Family Photo'
    # is a headline).
    Branch(r"(?-i:[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3})\sfile\sphoto", ends=("file photo",)),
    # Chinese papers close a caption on its credit: '中韓關係。（圖／CFP）'.
    Branch(r".{0,200}[(（]\s*圖\s*[/／][^()（）\n]{1,30}[)）]", holds=("圖",)),
    # Wires credit agency and photographer at the end: '… April 15, 2025. (Xinhua/Zhao Jun)'; a
    # caption may be long when its last sentence closes before the credit.
    Branch(
        r"(?:.{0,190}|.{0,400}\.\s)(?-i:\([A-Z][A-Za-z.\-]*(?:\s[A-Z][A-Za-z.\-]*){0,2}"
        r"/[A-Z][A-Za-z.\-]*(?:\s[A-Z][A-Za-z.\-]*){0,3}\))",
        ends=(")",),
    ),
    # English wires open a caption on the photo itself (en.yna.co.kr, koreatimesus.com):
    # 'This photo, taken …, shows …', 'This file photo shows …', 'In this photo …'.
    Branch(r"(?:in\s+)?this\s+(?:(?:file|undated|handout)\s+)?photo\b.{0,400}", holds=("photo",)),
    # … or point at it inside a sentence closed by the agency's credit: '… in this photo
    # provided by the ministry. (Yonhap)', '… in a file photo. (Yonhap)'.
    Branch(
        r".{0,400}?\b(?:in\s+(?:this|a)\s+(?:file\s+)?photo|photo\s+(?:provided|released)\s+by)"
        rf"\b.{{0,200}}\(\s*{_CREDIT_NAME}\s*\)",
        holds=("photo",),
    ),
    # A credit glued after a caption, or alone: '… to boost trade Credit: Gov.uk' (euroweeklynews).
    Branch(
        r"(?:.{0,300}\s)?(?:photo\s+|image\s+)?credit\s*:\s*\S{1,40}(?:\s\S{1,20}){0,2}",
        holds=("credit",),
    ),
    # A sentence that says where a named person stands, closed by a credit in brackets:
    # '… Yun Byung-se (right) shakes hands with … (Yonhap)', anywhere on the page.
    Branch(
        r".{0,300}?(?:[A-Z][\w.'’\-]*|[가-힣]+)\s?\((?:far\s+|second\s+from\s+|from\s+)?"
        r"(?:left|right|cent(?:er|re))\).{0,300}\(\s*[A-Z][^()\n]{1,40}\)",
        holds=("left)", "right)", "center)", "centre)"),
    ),
    # Korean papers in English close a caption on a credit after a slash: '… with Japan's
    # minister /Courtesy of Ministry of Foreign Affairs', '… / Korea Times photo by Jane Roe'.
    Branch(
        r".{0,300}\s/\s?(?:courtesy\s+of\s+|(?-i:[A-Z][\w.\-]*\s){1,3}photo\s+by\s+)\S.{0,60}",
        holds=("courtesy of", "photo by"),
    ),
    # A photo's credit alone on its line, between its caption's copies: 'UN Photo/Jane Roe'.
    Branch(PHOTO_CREDIT, holds=("photo/",)),
    # A Korean portal's prompt under an image: '<이미지를 클릭하시면 크게 보실 수 있습니다>';
    # the caption a wire prints after its image button: 'view larger image …' (en.yna.co.kr).
    Branch(r"<?\s*(?:이미지|사진)(?:를|을)\s*클릭하(?:시면|면).{0,40}", holds=("클릭",)),
    Branch(r"view\s+larger\s+image.{0,400}", starts=("view larger image",)),
    # A page's image alt text names it its outlet's picture: '오프라인 대표 이미지 - SBS 뉴스'.
    Branch(r".{0,40}대표\s?이미지(?:\s*[-–|]\s*.{1,40})?", holds=("대표 이미지", "대표이미지")),
)
"""Photo captions, recognised by their credit, their opening or their '(Photo)' tag."""

PLACES_PEOPLE_RE: regex.Pattern[str]
_SOURCES["PLACES_PEOPLE_RE"] = r"""(?x)
    .{0,400}? (?: [A-Z][\w.'’\-]* | [가-힣]+ ) \s? \(
    (?: (?i: (?:far|front\s+row|back\s+row|second|third|fourth) \s+ )?
        (?i: from \s+ )? (?i: left|right|cent(?:er|re) )
      | (?: (?:앞|뒷)줄 \s? )? (?:왼쪽|오른쪽|가운데) (?: \s? (?:첫|두|세|네) \s? 번째 )? ) \)
"""
"""Where a named person stands in a picture (``Park Jin (left) and …``, ``장관(오른쪽)이 …``).

Only a caption says so; it is read on a line over the body's first sentence
(``_signoff.credits_photo``), not anywhere: a chart's side or a poster's place in a
sentence of the body is no caption.
"""

CREDITED_SENTENCE_RE: regex.Pattern[str]
_SOURCES["CREDITED_SENTENCE_RE"] = rf"[^.!?]{{20,300}}[.!?][\"”’]?\s?{BRACKET_CREDIT}"
"""One sentence closed by a credit in brackets (``… in New Delhi on Friday. (Agencies)``).

A wire closes its report so, at its end; a line so closed between two paragraphs of
the body is a photo's caption (``_edges.credited_caption``).
"""

PHOTO_CAPTION_RE: regex.Pattern[str]
_SOURCES["PHOTO_CAPTION_RE"] = branches_pattern(PHOTO_CAPTIONS, "i") + "$"

__getattr__ = compile_on_first_use(globals(), _SOURCES)
