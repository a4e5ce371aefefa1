"""Totality: however deep, empty or odd the input, parse() returns a readout that works."""

from __future__ import annotations

import copy
import pickle
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutparse import MAX_NESTING, Readout, parse
from readoutparse.strategies import pages, readouts

Page = tuple[str, Readout]

# Glyphs of one rank nest by indent alone: a staircase of them nests one level a line.
_SAME_RANK_GLYPHS = [["-", "–", "―", "—"], ["O", "o", "○", "ㅇ", "●"], ["·", "•", "ㆍ"], ["*", "※"]]


def _depth(readout: Readout) -> int:
    return max((row["depth"] for row in readout.iter_rows()), default=0)


@st.composite
def staircases(draw: st.DrawFn) -> str:
    """A numbered paragraph, then bullets of one rank, each indented one space deeper."""
    levels = draw(st.integers(0, 10_000))
    glyphs = draw(st.sampled_from(_SAME_RANK_GLYPHS))
    glyph = draw(st.sampled_from(glyphs))
    # Most lines repeat one glyph (drawing 10,000 would be slow); a few vary.
    varied = draw(st.dictionaries(st.integers(1, max(levels, 1)), st.sampled_from(glyphs)))
    lines = [" " * i + f"{varied.get(i, glyph)} item {i}\n" for i in range(1, levels + 1)]
    return "Talks\n\n1. First.\n" + "".join(lines)


@settings(max_examples=8, deadline=None)
@given(staircases())
@example("1. First.\n" + "".join(" " * i + f"- item {i}\n" for i in range(1, 332)))
@example("1. First.\n" + "".join(" " * i + "- item\n" for i in range(1, 10_001)))
def test_nesting_of_any_depth_is_kept_within_the_limit(text: str) -> None:
    """No exception, depth at most MAX_NESTING, every line kept, and the readout usable."""
    readout = parse(text)
    assert _depth(readout) <= MAX_NESTING
    assert len([line for line in text.splitlines() if line.strip()]) == len(readout.lines)
    assert pickle.loads(pickle.dumps(readout)) == readout  # noqa: S301 - our own data
    assert copy.deepcopy(readout) == readout
    assert Readout.from_dict(readout.to_dict()) == readout
    assert parse(readout.render()).structure() == readout.structure()


# --- every paragraph and subpoint has text ---------------------------------------------------

LINE_BREAKS = ["\n", "\r\n", "\r", "\u2028", "\x85"]
# Markers alone or with text, labels, Korean, control characters and white space, in lines.
PIECES = [
    "1.",
    "1. ",
    "(1)",
    "(2) ",
    "③",
    "２．",
    "O",
    "o",
    "ㅇ",
    "□",
    "-",
    "·",
    "*",
    "※",
    " ",
    "  ",
    "\t",
    "\u00a0",
    "DATE",
    "2024-02-29",
    "등록일",
    "Press Releases",
    "끝.",
    "loading",
    "The two sides met.",
    "They agreed to meet again",
    "양측은 회담을 가졌다.",
    "\x00",
    "\u200b",
    "\ud800",
]
lined_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(LINE_BREAKS), st.text(max_size=8)),
    max_size=40,
).map("".join)


def _texts(readout: Readout) -> list[str]:
    return [row["text"] for row in readout.iter_rows()]


@example("0.끝.")  # a marker, then only the end mark: the mark is the text
@given(st.one_of(st.text(), lined_text))
@example("Talks\n\n1. First point here.\n2.\n\n3. Third point here.\n")
@example("Talks\n\n1. First point here.\n\n(2) \n\n")
@example("Talks\n\n1. First point here.\n O\n -\n □\n")
def test_no_paragraph_or_subpoint_has_empty_text(text: str) -> None:
    """A marker with nothing after it is joined to the text after it, or left as a line."""
    assert "" not in _texts(parse(text))


_MARKED_LINE_RE = re.compile(
    r"^([^\S\n]*(?:\d+\.|\(\d+\)|[Oo○ㅇ□\-·*※]))[^\S\n]+\S.*$", re.MULTILINE
)


@given(pages(), st.data())
def test_markers_blanked_on_generated_pages_leave_no_empty_text(
    page: Page, data: st.DataObject
) -> None:
    """A generated page with the text of some marked lines cut off has no empty text."""
    text = page[0]
    found = list(_MARKED_LINE_RE.finditer(text))
    cut = data.draw(st.sets(st.sampled_from(found))) if found else set()
    for match in sorted(cut, key=lambda match: match.start(), reverse=True):
        text = text[: match.end(1)] + text[match.end() :]
    assert "" not in _texts(parse(text))


# --- render() round-trips ----------------------------------------------------------------------


@given(st.one_of(st.text(), lined_text, pages().map(lambda page: page[0])))
@example("1. Press\n")  # a section and no title
@example("Talks held\n\n1. The two sides met.\nEnd\n")  # a short line after the body: trailer
@example("Talks held\n\n1. The two sides met.\nThey agreed to keep in touch on\n")  # cut short
@example("1..\r0\r2)")  # '0' is body only through the marker after it
@example("Talks held\n\n1. The two sides met.\n\x00\n")
@example("Talks held\n\n1. The two sides met.\n\u200b\n")
@example("Talks held\n\n1. The two sides met.\n\ud800\n")
@example("They agreed to meet again soon in Seoul.\n\nDATE\n2024-02-29\n\n1. Met.\n")
@example("-\x1fTalks")  # a title that, folded, starts like a bullet
@example("000000000000.끝.끝.")  # an end mark after an end mark stays text
# A short numbered paragraph first, under a title and no date: a bare date label under the title.
@example("Talks\n\nDATE\n\n1. On trade\n\n2. The two sides met.\n")
@example("They met in Seoul.\nDATE\n\n1. On trade\n\n2. The two sides met.\n")
@example("1. 1. Press\n")  # a section that starts with a number: a numbered breadcrumb holds it
@example("1. Talks»Seoul\n\nTalks held\n\n1. The two sides met.\n")  # a chain sign in a leaf
@example("Talks held\n1. Talks held\n")  # a section that is the title too
# A section that ends a sentence, alone before the title, which a label sets apart.
@example("The two sides met in Seoul today.\nTitle : Talks\n\n1. The two sides met.\n")
@example("회담 결과\n\n양측은 회담을 가졌다. 끝.\n")  # no prose once the end mark is cut: a □ item
# A lead summary of dashes under a labelled title: □ items, all of them.
@example("They met in Seoul.\nDATE\n2024-02-29\n\n- On trade\n- The two sides met.\n")
# A short numbered paragraph first, under a prose title and a date: the title goes unlabelled.
@example("They met in Seoul.\nDATE\n2024-02-29\n\n1. On trade\n2. The two sides met.\n")
# A trailing paragraph kept as body by a marker alone after it in the source: a □ item.
@example(
    "1. »4+ãøý\U000afbd1g1.\u2028\n\x85They agreed to meet again¢…\r\n"
    "\u2028They agreed to meet again\u2028(2) \x85"
)
@example("rdic countries.\n:\n;")  # trailing paragraphs that end no sentence: □ items
@example("e\nI.모")  # a trailing heading: a □ item
@example("R\n[A]")
@example("eration Agency.\n2012-9-7\nSpokesperson and\nesn attendance.")  # a date: a □ item
@example("□.\nHit\nSpokesperson and\nld in November.")  # a field label: a □ item
@example("규 력 을 .\n끝.끝")  # an end mark as a paragraph's text: a □ item
@example("orean families.\n[2 Edition]May26011\nt   .")  # a joined edition line: a □ item
@example("1.The do-Pacific.\nHit\n2d in November.")  # a label joined to its line: a □ item
# A title too long for a label: plain, with a date header (a bare label) under it.
@example(
    "e meeting with officials of 17 metropolitan and provincial governments at the "
    "Government Complex Seoul on February 8 to discuss ways to support the international "
    "exchanges of local governments.\nDate\ne host country."
)
@example(
    "er of Foreign Affairs held the third ROK-Kenya vice foreign ministerial strategic "
    "dialogue with the Principal Secretary of the Kenyan Ministry of Foreign and Diaspora "
    "Affairs in Seoul on May 6.\n송고 2025-5-3\nUnited Nations."
)
# A short numbered paragraph that ends the body, kept by body after it in the source: 끝. closes it.
@example("1.heion March 14.\n2.\n3.e")
# A repost's tag in Hangul is no evidence that the body is Hangul: the section over the title
# is judged on the body's own words, which the rendering keeps.
@example("璽!\n\n\ufffd0\n[a걄]h capitals.")
@example("Categories: Worn Fe9.")  # a section no breadcrumb holds, and no title: a category line
# A section that folded reads as a category line: the category line is read folded too.
@example(
    "Categories: Poli\x01\x00\x00Deputy Secretary\ufffd\ufffd\uc172 Meeting  \u8adb\uc57a\uc08d"
    "\ufffd\ub58e.\n\n\ubfc9 \ufffd"
)
# ... and with a section alone over it: the label is read on a line of any length.
@example(
    "rd.\n8 February 2025\nst updated 6 Febrith the Korean Vice For"
    "eign Minister on 3 February about shipbu\x01\x00\x00\x00\x00\x00\x00\x06nd clean蓬 en"
    "ergy codficials wo\n\x00\x00\x00\x00\x00\x00\x00uld meet again in Seoul before the"
    " summer to take the\x01\x00\x00\x00\x00\x00\x00\x06rward.\n간2025-5-3\n\n"
    "=연합뉴스) 홍길동 기자 ="
    " 외교부는 12일 재\udcec\udc99 Holm and Special Envoy Anna Lind. They reviewe"
    "d the talks on the maritime boundary \udcb8공관장들과 화상회의를 열고 재튀국민 안전"
    " 대책을 점검했\x1d\udc8b\udca4고 정치\n간2025-5-1"
)
# A title joined from two lines, a sentence too long for a short line: "Title : …" holds it.
@example(
    "�슱=�뿰�빀�돱�뒪) �솉湲몃룞 湲곗옄 = �쇅援먮���뒗 12�씪 �옱�� Holm and Special"
    " Envoy Anna Lind. They reviewed the talks on the maritime bo"
    "undary 멸났愿��옣�뱾怨� �솕�긼�쉶�쓽瑜� �뿴怨� �옱���援�誘� �븞�쟾 ���梨낆쓣 �젏寃�"
    "�뻽\x1d떎怨� 諛앺삍�떎.\nDate: 2021-11-0쓽�옣援��쑝濡� �떎�쓬 �떖 �젙�긽�쉶�쓽 二쇱옱 "
    "�삁�젙\n."
)
@example("ë¤.\n\nì\n2..\n3.V twitter")  # ... and with a title: alone, the block over it
@example("d displacement.\n3.s\nSpokesperson and\nonvenient time.")
@example("0\n2019-1-9\n2.S\nSpokesperson for\nes my briefing.")  # the body's only paragraph
@example(")\nDate\n2.어\nSpokesperson and\nway and Sweden.")  # no date: a bare label
@example("맹 화 을 .\nn\n3.향\n끝")  # a short paragraph between: a □ item, so 끝. closes on 3.
@example("d displacement.\n2.S\n3.E\nSpokesperson and\nonvenient time.")  # 끝. closes on both
# A title that is a lead-in, ending in a colon: it reads as a sentence, so it is labelled.
@example("articipants discussed cooperation in t\nhree areas:")
@example("f diplomatic relations with the Kingdom\nof Norway:")
# Joined lines that, on one line, read as chrome (a footer note, an attachment): wrapped again.
@example("Talks held\n\n1. The two sides met in Seoul today.\n* unofficial\ntranslation\n")
@example(".\n*unofficial\ntranslation")
@example("1.eign Ma and China held a meeting in Beijing on May 13 and ag\n.pdf")
# A paragraph that reads as chrome alone, kept as body where it stands: plain, not a □ item.
@example("□ 양국은 하노이에서 회의를 개최하였다.\n> 국 > 과\nㅇ 양측은 논의하였다.")
@example("18세 재외동포 청소년이다.\n바로가기\nㅇ신")
# Joined lines that end on an end mark and a stop apart ('끝 .'): wrapped again before the stop.
@example(
    "보도자료\n\n회의 개최\n\n□ 양측은 출입국 편의를 높이고 협력을 강화하기로 하였다. 끝\n.\n"
    " 등록일\n2025-3-7\n"
)
@example("□ 양측은 차기 회의를 2026년 서울에서 개최하기로 하였다.끝\n.\n")
# A short numbered paragraph first in a body with no title: a date header, bare where there is
# no date, stands above it, and a breadcrumb never stands under one.
@example("Hit\n702\nMar. 22, 2010 14:00 KST\n1. Opening Statement\n\nthe support of the G20.\n")
@example("1.  The  Second  Vice  Minister  of  Foreign  Affairs  met  with  the  Pr\n")
# A title that starts with U+FEFF where the page does not: the page's own BOM is written first.
@example("\u200b\n\ufeffx\n")
# A wire tag whose words are a run of white space apart: read as the folded text reads.
@example("Talks held\n\nPORT\xa0LENA,  April  3, 2025 /HarbourWire/ -- The plan starts in June.\n")
# A wire tag alone on the body's first line, the text going on under it: read as joined.
@example(
    "Talks held in Seoul\n\nDATE\n2025-04-17\n\nSEOUL, South Korea, April 17, 2025 /PRNewswire/ --"
    "\nThe Korea Public Diplomacy Forum opened applications today for its youth programme.\n"
)
# A numbered paragraph whose joined lines, on one, name a social-media site: a link list first
# in the body. Wrapped again where it reads back there and between paragraphs.
@example(
    "1. The second ROK-Italy strategic dialogue was held in Rome on October 2, Jan. 9, 2015\n"
    "article print twitter fac0ebook\n"
)
# Text left after a wire tag that opens with another: a box keeps the tag from being read.
@example(
    "Talks held\n\nWASHINGTON, May 20 (Yonhap) -- South Korea and Mongolia aWASHINGTON, May 20 "
    "(Yonhap) -- South Korea and Mongolia agreed Tuesday to expand cooperation.\n"
)
# A title or section that ends a sentence, first over the date header, and no body: head.
@example(
    "Minister of State speaks with Korean Vice Foreign Minister\u2028The\tMinister\tof\tState"
    "\tfor\tthe\tIndo-Pacific\tspoke\twith\tthe\tKorean\tVice\tForeign\tMinister\ton\t3"
    "\tFebruary\tabout\tshipbuilding\tand\tclean\tenergy\tcooperation.\u2028"
    "Last updated 6 February 2025\u2028"
)
@example(
    "The\u2003Minister\u2003of\u2003State\u2003spoke\u2003with\u2003the\u2003Korean\u2003Vice"
    "\u2003Minister\u2003on\u20033\u2003February.\n\nBoth agreed that offici\n"
    "Last updated 6 February 2025\n"
)
@example("Talks were held in Seoul today.\n\nForeign Ministers’ Talks\n\nDATE\n2025-08-14\n")
@example(
    ', 0 관 .\n\n부 n\rDate\r2025-8-4\rTh"t외교부는 10월 20일    "text": '
    '"외교부는ssssssssssssssssss토대로 재외국민 \udceb10월 20일    "text": '
    '"외교부\udcebssssssssssssssssssssssssssseign Ministers’ Telephone Conversation\rDate'
)
# A title that only its label gives (a line of no word, a byline): labelled.
@example("제목\r>")
@example("제목\x0cby t")
# A line that is as wide as a wrapped one only with a run of spaces after its marker.
@example(".\u2029-  the previous round of talks\u2029운영중인공식누리집")
# A banner phrase more than a few words from the end of a joined line: broken before it.
@example(".\u2029- tthe previous round of talks\u2029운영중인 공식 누리집 —\u2029w r ) t r")
@example('y              "subpoints": []\n]끝')  # a title that ends on the end mark: labelled
# A numbered paragraph that alone reads as chrome (an attachment): right under the one before.
@example(
    "  2. Ministry of  Forei Ministry of  Foreign Affairs, Republic of Kc dialogue and to expand"
    " cooCperation in supply chains and people-to-people  Foreign Affairs, Republic of Korea"
    " facebook\n  2. Ministry0%uD68C%uB2F4%20%uACB0%uACFC.pdf\n"
)
@example(  # one between paragraphs too: '4. … 메인메뉴 바로가기' right under the paragraph before
    "2. The two sides agreed to expand cooperation in aerospace, defence industry and cultural"
    " heritage, and to increase exairs, Republic of Korea instagram\n  4. Minis\udcb8\udcb0 "
    "메인메뉴 바로가기\n| `site-name-numbered-social-media-list` | 3. site name + numbered"
    " facebook…twitter list + `검색\udcecblic of Korea y" + "\x00" * 49 + "outube\n"
)
@example(  # and one with subpoints: its first line decides
    "2. The two sides agreed to expand cooperation in aerospace, defence industry and cultural"
    " heritage, and to\n3. 자료.pdf\n- g\n"
)
@example("Talks held\n\n1. The two sides met.\n\n2.바로가기\n")  # rendered '2. 바로가기': no link
@example("□m\n⑯끝\nㅇ참")  # rendered '16. 끝': the marker's stop closes no sentence there either
@example("※ es between the two countries\x0c□단 바로가기")  # and a □ item: glued, as it stood
@example("Talks\n\n- On trade\n]끝\n- ]")  # rendered '□ ]끝': as short as ']끝', no closing line
@example("0.끝.끝.")  # the marker's stop ends no sentence: the first 끝. is text, as in '0. 끝.끝.'
# A dateline under a paragraph of prose makes it a headline, and the paragraphs above it head:
# render() reads its text back and boxes the first paragraphs.
@example(
    "Welcome to the United Nations. It's your world.\f\fSecretary-General Kim Do-yun\f\f"
    "Readout of the Secretary-General’s meeting with the Prime Minister of the Republic of Korea\f"
    "Readout of the Secretary-General’s meeting with the Prime Minister of the Republic of Korea"
    "\f\fLakeport, 14 June 2013\f\fThe Secretary-General met today with the Prime Minister of "
    "the Republic of Korea. They discussed the protection of coastal communities from rising "
    "seas.\f\fThe Secretary-General thanked the Prime Minister for the ocean fund.\f\f"
    "Readouts on 14 June 2013\f"
)
# A provenance line whose words are tabs apart is one too: it reads as it does with spaces.
@example(
    "Talks held\n\nThe\tpress\trelease\tissued\tby\tthe\tOffice\ton\t9\tApril\t2025.\n\n"
    "The two sides met.\n"
)
# A breadcrumb's leaf that reads as chrome alone (skip links glued to the chain) is no section.
@example(
    "외교부 > 기\udced\udc9a'\udc8d조정실 > 혁신행정담당바로가기 메뉴 본문 바로가기 주메뉴 바로가기"
)
# A chrome line wrapped onto a sentence ('… twitter facebook') opens no printed copy of the body.
@example(
    "1. The Government expresses its deep condolences over the loss of lives caused by the "
    "floods in the region.\n2. The Government hopes that the affected e-Newsletter\n"
    "article prijnt twitter facebook\n1. The Government expresses its deep condolences over "
    "the loss of lives caused by the floods in the region.\n"
)
# A title ending on a credit after a sentence ('…다/",') is labelled, or it reads as body.
@example('  "title": "2025\udc9c다/",\n부서명')
# A paragraph ending in a colon, rendered as one '□' line at the page's end, is still body.
@example("HARBOUR.EXAMPLE\nThe Minister for the Coast met his counterpart and said:")
# A plain last paragraph ending in a colon, past the paragraphs boxed to open the body, is
# written as a '□' item: plain, it would read back as a lead-in to nothing.
@example(
    "Talks held\n\n"
    + "".join(f"□ The two sides met on day {n} and agreed on a plan.\n\n" for n in range(5))
    + "{\n\nThe ministers met. In the talks they reviewed trade, energy, climate, health and "
    'security cooperation in detail,\n"and they noted the following points:\n'
)
# A short numbered paragraph that render() wraps (its line reads as chrome) and closes with
# '끝.' is the body's last: the wrapped line is part of the numbered run above the end mark.
@example(
    "\u203b                       - Reply 26 to the point above.\n  1. Ministry of  Foreign "
    "Affairs, Republic of Korea facebook\n     ublic o           f"
)
# A plain last paragraph joined from a line of cookies and a sentence's end reads, on one
# line, as the site's cookie notice: render() boxes it.
@example(
    "".join(f"□ The two sides met on day {n} and agreed on a plan.\n\n" for n in range(5))
    + "The ministers also tasted cookies\nand other sweets at the fair.\n"
)
# A paragraph that reads as an attachment on one line, with no break among its last words
# that reads back, is broken further back where a wrap explains the break.
@example("□양측은 양국 국민의 출입국 \udced\x0f\udcb8의 to ssaist\n서 골 외 차 국 차 장 장 .hwp")
# A paragraph whose first line speaks of cookies, rendered as one '□' line, is still body.
@example(
    "| `cookie-banner-sentence-before-the-head` | a cookie banner's sentence with buttons under "
    'it, then a `1. Home` b{\n  "title": )재외국민 보호를 위한 해외안전 홍보 캠페인 '
    '개최",\n   "num했다.'
)
# A paragraph joined over a break that ends on a credit's shape ('./ e') on one line: the
# last word stays under it, or the parser reads the tail as a credit and leaves it out.
@example("2\n- ./\ne")
# … but a text whose last word holds the credit ('…다/",') is no better alone under its
# marker: it is written on its line, and its rendering reads the same when boxed or not.
@example('"tit "2025\udc9c다/",\n-\n.\n최\n부서명\n' + "\udcef" * 8 + '\x00\x00\udc9d\udcb4다."')
# A credit's shape before the end mark ('다/. 끝') is left out with the mark: kept, it was
# the text's end on one line, which the parser reads as a credit.
@example("\udcb0 측 다/. 끝")
# A polite last line under plain ones is the site's voice only unmarked: rendered as a '□'
# item, it is the body's own, as every box is.
@example("후 년 의 다\n다\n※\udc94\n는   세요")
# Paragraphs written whole but the first, which stands under the date header where the
# source had it first on the page: whole there, it read as a numbered social-media link.
@example(
    "1. Minubㅇlic \udceff Korea facebook\n0.D55C%uC911%20%uC678%uA"
    + "{" * 79
    + 'the point above.", n Affairs REPUBLIC OF IOREA\n1. Meign Affairs, Repubㅇlic \udceff '
    "Korea facebook\n0. Mini\x00stry of For20%uD55C%uC911%20%uC678%uAD50%uC7A5%u"
    + "\udcff" * 9
    + " Ministry of Foreign Affairs, Repubㅇlic"
)
# A paragraph that a break was made in, written whole alone (or with those after it):
# the break changed how the line under it read ('1. … facebook' over a percent-encoded line).
@example(
    "□.\nEne" + "\udcfe" + "\udcff" * 6 + "\udcfec \udceff Korea facebook\n%uB2F4%20\n1. Minisirs, "
    "Re"
    + "\udcfe"
    + "\udcff" * 6
    + "\udcfec \udceff Korea facebook\n0. Ministry of For20%uD55C%uC911"
    "%20%uC678%uAD50%uC7A5%uAD00%vD68C%uB2F4%20%eigC7A5%uAD00%vD68C%uB2F4%20%eig"
)
# A numbered line is body by its folded length, as it is written back: two spaces inside
# its source line no longer made it long enough where the written one is not.
@example(
    "2024.6.2\n1.\nr instagram\n4.당\udcea\udc9dG\udc84 4. Ministry of  Forei0gn Affairs, "
    "RepublicPress Briefi"
)
# A page of numbered lines that name a site and a percent-encoded file read as body only
# glued as in the source: broken where the source broke, a line apart, no bare date label.
@example(
    "1. Mis, Re" + "\udcfe" + "\udcff" * 6 + "\udcfec \udceff Korea facebook\n7A5%uAD00%vD68C"
    "%uB2F4%20% \udceff Korea facebook\n0. Ministry of For0%vD68C%uB2F4%20%eigC7A5%uAD00%vD68C"
    "%uB2F4%20%eign"
)
# A line opening on an image's markup opened the body, as prose: the numbered line under it,
# a percent-encoded name, was then a paragraph, which alone under the date header is not.
@example(
    "![]() 해운대에서 the launch ceremony h;\x00ultural communication\udca0and \udcfe"
    + "\udcff" * 6
    + "\udcfec \udceff Korea facebook\n0. Ministry of For20%uD55C%uC911%20%uC678%uAD50"
    "%uC7A5%uAD00%v"
)
# The same under a sentence: the numbered line went on with the image's line as a hard wrap.
@example(
    "응 체 첫 .\n![]() 해운대에서 the launch ceremony h;\x00ultural communication\udca0and \udcfe"
    + "\udcff" * 6
    + "\udcfec \udceff Korea facebook\n0. Ministry of For20%uD55C%uC911%20%uC678%uAD50"
    "%uC7A5%uAD00%v"
)
# Dash paragraphs past the boxes render() tries one at a time read as subpoints under the
# boxed ones, and the numbered link list under them as navigation: every paragraph with no
# number a box, and every one whole, reads back.
@example("- Re point above.\n- y\n- .\n- R\n- R\n1.i facebook\n끝")
# A marked line read as chrome alone (a percent-encoded name) went on with the line above as
# a hard wrap and opened an element; rendered without that line, it read as chrome.
@example(
    "1.ry o Foric \udceff Korga facebook\n0.Mini\x00stry ofFor20%uD55C%uC911%20%uC6"
    + "\udcef" * 12
    + "~\udcef\udcef\udcef78%uAD50%uC7A5%u"
    + "\udcff" * 22
    + ":"
    + "\udcff" * 40
    + " }"
    + "\udcff" * 5
    + "\udc89\udcb4 바로가기\nn\nM\n2.M"
)
# A line over the title was the section, Hangul over a Latin title, for the line under it was
# Hangul; written alone over the labelled title, with no body under it, it was not.
@example("다\n\nh\n/n\udc84\udced\udc83$\udc9d\udced\udc95e\\\udc98였다.")
# The same over a body whose only Hangul was the end mark, which the rendering leaves out.
@example("\udceb\udcb3" + "\udce7" * 40 + "\udcb4도자료\n\nw\n\udcffsengers n\udc8b\udca4.끝.")
# A hit counter's label opened a subpoint whose lines went on past the count; on one line, the
# whole read as the counter, and the paragraph over it as navigation.
@example("Date 2023-2-8\n(1)5\n•Hit 8\n" + "S" * 30 + "\ns.")
# The same with no space after the count: a character that is no word's ('\udc98') then words.
@example(
    "rean community.\n" + "\x00" * 8 + ", the Consul General expressed deep gratitude for the "
    "sacrThe Cons+ul General attended onsul General Attends Korean War Veterans Commemoration\n"
    "역\n7\n•Hit 10\udc98노이에서 베트남 외교줞\udca5관과 제3차 한-베트남 외교장관 전략대\udced."
    "\udc99\udc94를 \udcea\udcb0\n로 하였 countries."
)
# 'O O' (the letter O's bullet, then the letter O) and '□ □' read as rules drawn with the
# glyph, no item, while a rule of glyphs was set aside: the renderings of 'OO' under 'O' and
# of a '□' paragraph write them so (the hostile battery's 'O' lines and a mutated page).
@example("o x\rO\rOO\no x")
@example("□\u2028- □\u2028")
# A lone word between numbered paragraphs ('8' under '1. .') is body; boxed, it read as a tip
# box's heading over trailer, for no box or bullet stood above it, and the '3.' under it with it.
@example("1..\n8\n2.\n3.T")
# A paragraph whose joined line reads as a percent-encoded name or as a path ('e > Policy >
# …'), written as a '□' item: a box is body whatever its text reads as.
@example(
    "March 2, 2025 - Ottawa, Ontario - Global Affairs Canada The Mi0$uD55C%uC911%20%ÿuC678%uAD50"
    "%u\x01\x00\x00\x00\x00\x00\x00\x01C7 point above.ï»¿ ÿÿÿÿÿÿÿ\x03 ë°\x94ë¡\x9cê°\x80 7ê¸° "
    "ë©\x94é \x89"
)
@example(
    'e > Policy > Fis\x88ì\xa0\x95ì\x9d´ë\x8b¤.\nì°¨ í\x95ê°\x9cìµ\x9c",ÿÿÿÿÿÿÿcì\x9e¬ì\x99¸ê³\nê'
)
# The same path numbered ('1. Home > Policy > …' over lines it went on with): a site's path
# is never numbered, so the numbered line written whole is no breadcrumb under the date header.
@example('1. Home > Policy > Fis´ë\x8b¤.\nì°¨ í\x95ê°\x9cìµ\x9c",ÿÿÿÿÿÿÿcì\x9e¬ì\x99¸ê³\nê')
# A title wrapped over two lines in the source, too long for a label line, read on one line as
# a menu opening with 'Home': it is written wrapped again, each part a headline's line.
@example("Home" + "\x00" * 120 + "\x1c" + "\x00" * 60 + "l Affayrs N")
# A note asking for the reader's feedback with tabs for its spaces ('※\tSend\tus\tyour\t
# feedback'): read folded, as its text is, it is the site's voice, spaced or not.
@example("The two ministers met in Seoul today.\n\n※\tSend\tus\tyour\tfeedback\there.\n")
def test_rendering_any_text_parses_back_to_the_same_structure(text: str) -> None:
    """parse(r.render()) has r's structure, subpoint markers included, and renders the same."""
    readout = parse(text)
    rendered = readout.render()
    again = parse(rendered)
    assert again.structure() == readout.structure(), rendered
    assert again.render() == rendered


@given(readouts())
def test_rendering_a_drawn_readout_parses_back_to_its_structure(readout: Readout) -> None:
    """Everything ``strategies.readouts()`` draws renders to text that parses back to it."""
    rendered = readout.render()
    again = parse(rendered)
    assert readout.structure() == again.structure()
    assert rendered == again.render()
