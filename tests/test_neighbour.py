"""What stands beside a headline: each kind of line that is never the title, and datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse import parse
from readoutparse._neighbour import (
    Aside,
    aside_kind,
    credits_next_line,
    dateline_date,
    is_name_pair,
    is_toolbar,
    numbered_captions,
)
from readoutparse._provenance import provenance_date
from readoutparse._roles import is_office, is_person_name

BODY = "The two delegations met in the harbour city and agreed to meet again next spring.\n"


def _none() -> frozenset[str]:
    return frozenset()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Park Ji-won", Aside.BYLINE),
        ("By Office of the Spokesperson", Aside.BYLINE),
        ("by news desk", Aside.BYLINE),  # lower case: no headline opens so
        ("News provided by", Aside.BYLINE),
        ("Source: Harbour Wire", Aside.BYLINE),
        ("박지원 기자", Aside.BYLINE),
        ("박지원 기자기자 페이지", Aside.BYLINE),
        ("desk@harbourwire.example", Aside.CONTACT),
        ("사진 설명 2025.5.20 photo@harbourwire.example", Aside.CONTACT),
        ("Readouts | Former Secretary-General", Aside.TAG_LINE),
        ("Recommended #fisheries #Busan", Aside.TAG_LINE),
        ("6 days ago", Aside.RELATIVE_TIME),
        ("about 3 hours ago", Aside.RELATIVE_TIME),
        ("3시간 전", Aside.RELATIVE_TIME),
        ("Yesterday", Aside.RELATIVE_TIME),
        ("Readout", Aside.DOCUMENT_TYPE),
        ("News story", Aside.DOCUMENT_TYPE),
        ("보도자료", Aside.DOCUMENT_TYPE),
        ("News and Press Release", Aside.DOCUMENT_TYPE),  # labels joined: a content type
        ("News & Statements", Aside.DOCUMENT_TYPE),
        ("확대 l 축소", Aside.TOOLBAR),
        ("폰트키우기폰트줄이기프린트하기메일보내기신고하기", Aside.TOOLBAR),
        ("Home Press Centre Events Services Contact", Aside.MENU),
        ("top of page", Aside.MENU),  # a landmark link above the headline, and under the body
        ("Back to top", Aside.MENU),
        ("Cookies on Harbour.example", Aside.BANNER),
        ("~", Aside.NO_WORDS),
        ("U.S. Department of State", Aside.PUBLISHER),
        ("Ministry of Fisheries of the Republic of Northland", Aside.PUBLISHER),
        ("Office of the Spokesperson", Aside.PUBLISHER),
        ("HARBOUR NEWS AGENCY", Aside.PUBLISHER),
        ("harbourwire.example", Aside.PUBLISHER),
        ("Embassy of the Republic of Northland in the Kingdom of Southland", Aside.PUBLISHER),
        ("Ministry of Oceans and Fisheries", Aside.PUBLISHER),
        ("관련이슈 외교안보", Aside.TAG_LINE),  # the page's series or tags
        ("Tags: Korea, Japan", Aside.TAG_LINE),
        ("(서울=연합뉴스)", Aside.BYLINE),  # a wire's tag alone on its line
        ("[ 도쿄=윤서진 기자 ]", Aside.BYLINE),
        ("(서울=한빛신문) 정하늘 기자", Aside.BYLINE),  # with its reporter's byline only
    ],
)
def test_lines_that_stand_beside_a_headline(line: str, kind: Aside) -> None:
    """Each kind of line that is never the title is told by its shape."""
    assert kind is aside_kind(line)


@pytest.mark.parametrize(
    "line", ["News and Views", "Trade and Statements", "News", "Joint Statement and Fact Sheet"]
)
def test_joined_words_are_a_content_type_only_when_news_opens_labels(line: str) -> None:
    """``News`` joined to labels is a content type; labels joined without it may be a headline.

    ``News and Press Release`` is one; ``News`` alone or with other words is none.
    """
    assert aside_kind(line) is not Aside.DOCUMENT_TYPE


@pytest.mark.parametrize(
    "line",
    [
        "Fisheries talks open in the port city of Busan",
        "(LEAD) Two countries agree to expand cooperation on fisheries",
        "Adjournment of the Regular Press Conference of the Ministry of Fisheries",
        "Statement by the Ministry of Fisheries on the Harbour Agreement",
        "Home Secretary meets visiting fisheries delegation",
        "Minister Meets Head of the Northland Coastal Cooperation Agency in Busan",
        "By the numbers: fisheries talks in review",
        "From Busan to Tashkent, a new shipping route opens",
        "Fisheries, shipping and ports on the agenda",
        "한-북방 수산협력 회의 개최",
        "Ministry of Fisheries Holds Policy Forum With Coastal Towns",
        "Ministry of Fisheries, Coast Guard and Port Authority Hold Joint Safety Review",
    ],
)
def test_headlines_are_not_set_aside(line: str) -> None:
    """A headline that names a ministry, opens with `Home` or `By`, or holds a comma stays one.

    One that opens with a ministry's name goes on past it: five capitalised words
    or more in a row, which no name has between its small words.
    """
    assert aside_kind(line) is None


def test_a_credit_label_alone_credits_the_next_line() -> None:
    """``News provided by`` alone on its line: the name on the next line is the publisher's."""
    assert credits_next_line("News provided by")
    assert credits_next_line("Distributed by:")
    assert not credits_next_line("News provided by Harbour Forum")


def test_a_credited_name_chosen_by_position_gives_way() -> None:
    """A credited name above the date is set aside once chosen, and the headline taken."""
    head = (
        "Harbour Forum Opens Applications for Youth Envoys\nNews provided by\nHarbour Forum\n"
        "Apr 17, 2025, 08:00 ET\n"
    )
    assert "Harbour Forum Opens Applications for Youth Envoys" == parse(f"{head}\n{BODY}").title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bern, Switzerland", True),
        ("The Hague, the Netherlands", True),
        ("Ban Ki-moon, Former Secretary-General", True),
        ("Washington, DC", True),
        ("Secretary-General Ban Ki-moon", True),
        ("Spokesperson Jo Min-ho", True),
        ("Spokesperson Meets Press", True),  # the shape alone: short headlines give way
        ("Spokesperson briefs press", False),
        ("Spokesperson Jo Min-ho Briefs Press", False),
        ("Busan, Korea, 2025", False),  # three parts
        ("Busan, 20 May", False),  # a number
        ("Fisheries, shipping and ports on the agenda", False),
        ("Korea, Japan and China Agree on a Fisheries Plan for the East Sea", False),
        ("Talks end.", False),
        ("Seoul", False),
        (", Korea", False),
    ],
)
def test_a_place_or_a_name_with_an_office(line: str, *, expected: bool) -> None:
    """Two short capitalised parts split by one comma: a place, or a name and an office."""
    assert expected is is_name_pair(line)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("New York, 24 September 2013", dt.date(2013, 9, 24)),
        ("The Hague, the Netherlands, 28 August 2013", dt.date(2013, 8, 28)),
        ("(Harbour Wire) 10:48, February 26, 2025", dt.date(2025, 2, 26)),
        ("10:48 June 13, 2025", dt.date(2025, 6, 13)),
        ("외교부 2025.04.17 14:30", dt.date(2025, 4, 17)),
        ("송고2025-04-17 16:20", dt.date(2025, 4, 17)),
        ("Wed, 03/18/2009 - 10:12", dt.date(2009, 3, 18)),
        ("Politics 16:02 April 17, 2025", dt.date(2025, 4, 17)),
        ("Source: Harbour Wire | 2025-04-15 21:30:12 | Editor: Li Na", dt.date(2025, 4, 15)),
        ("Source:Harbour Wire Published: 2025-4-13 17:56:56", dt.date(2025, 4, 13)),
        ("Harbour Daily | Updated: 2018-07-28 07:32", dt.date(2018, 7, 28)),
        ("Source: Ministry press desk | 2025-05-20", dt.date(2025, 5, 20)),
        ("Writer : Embassy of Northland   Date : 2025-05-12   Hit : 95", dt.date(2025, 5, 12)),
        ("Writer : Desk   Date : TBC 2025-05-12", dt.date(2025, 5, 12)),
        ("Briefing, 2:42 p.m. EDT, July 16, 2019", dt.date(2019, 7, 16)),
    ],
)
def test_a_dateline_gives_its_date(line: str, date: dt.date) -> None:
    """A place, an agency, a source or a time beside a date: the date is read."""
    found = dateline_date(line)
    assert found is not None
    assert date == found.value


@pytest.mark.parametrize(
    "line",
    [
        "Spokesperson's Press Briefing (September 4, 2018)",
        "대변인 정례브리핑 (2023년 2월 14일)",
        "The talks resumed on 20 May 2025 in Busan harbour.",
        "Ministers agree to meet again on 20 May 2025",
        "Source: Ministry press desk | the talks of 2025-05-20",
        "Readouts on 24 September 2013",
        "New York, 30 February 2013",  # no such day
        "Pier 12, 3 March 2025",  # another number
        "Harbour",
        "A dateline is short: " + "words " * 20 + "3 March 2025",
    ],
)
def test_no_dateline(line: str) -> None:
    """A date in brackets, in a sentence or a headline, or beside other figures is no dateline."""
    assert dateline_date(line) is None


def test_numbered_captions() -> None:
    """Lines alike but for their final number are captions; a line stated twice is not."""
    lines = [
        "Harbour Talks 1",
        "Harbour Talks 2",
        "Harbour Talks (3)",
        "Ministers Meet in Busan",
        "Ministers Meet in Busan",
        "Talks Held on Day 1",
        "Harbour Talks 2",
    ]
    assert {0, 1, 2, 6} == numbered_captions(lines)


def test_a_toolbar_is_made_of_toolbar_words_only() -> None:
    """Spaced or glued, every part of the line is a toolbar word."""
    assert is_toolbar("print share")
    assert not is_toolbar("printing press")
    assert not is_toolbar("")


# --- The head phase: what the title and the date are on such pages ---------------------------


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # A byline, an office and a relative time under the headline; a place above it.
        (
            (
                "Washington, DC\n\nCoastal Envoys Meet in Busan\n\nBy Office of the Spokesperson\n"
                "U.S. Department of State\n6 days ago\n"
            ),
            "Coastal Envoys Meet in Busan",
        ),
        # The site's name above the headline, an agency and time line under it.
        (
            (
                "Harbour Daily Online\nHome\nWorld\n"
                "Coastal envoys meet in Busan for fisheries talks\n"
                "(Harbour Wire) 10:48, February 26, 2025\n"
            ),
            "Coastal envoys meet in Busan for fisheries talks",
        ),
        # A place and a date above a headline wrapped over two lines, a byline under it.
        (
            (
                "New York\n\n17 September 2024\n\n"
                "Readout of the Secretary-General’s meeting with the Minister of Fisheries\n"
                "of the Republic of Northland\nAntónio Guterres, Secretary-General\n"
            ),
            (
                "Readout of the Secretary-General’s meeting with the Minister of Fisheries "
                "of the Republic of Northland"
            ),
        ),
        # A section line above the headline is no wrapped part of it: it had room.
        (
            (
                "Bilateral Documents\nJoint Statement on the Northland-Republic of Korea Fisheries "
                "Partnership\nJanuary 22, 2025\n"
            ),
            "Joint Statement on the Northland-Republic of Korea Fisheries Partnership",
        ),
        # Numbered captions only: no title.
        ("Harbour Talks 1\nHarbour Talks 2\nHarbour Talks 3\n\nDATE\n2025-05-20\n", None),
        # A numeric line above the headline, a dateline, a field label, a byline.
        (
            (
                "ID :\n61649\nWed, 03/18/2009 - 10:12\nAuther :\n"
                "Fisheries talks open in the port city of Busan\nBy Park Ji-won\n"
            ),
            "Fisheries talks open in the port city of Busan",
        ),
    ],
)
def test_the_headline_among_its_neighbours(head: str, title: str | None) -> None:
    """The title is the headline, never a line that stands beside it."""
    assert title == parse(f"{head}\n{BODY}").title


def test_a_place_line_above_a_headline_is_no_section() -> None:
    """``Washington, DC`` above the headline is where it was written, not where it sits."""
    readout = parse(f"Washington, DC\n\nCoastal Envoys Meet in Busan\n\n{BODY}")
    assert (readout.title, readout.section) == ("Coastal Envoys Meet in Busan", None)


def test_a_number_above_the_headline_is_no_section() -> None:
    """A line with no letter (an id) above the headline is no section."""
    assert parse(f"61649\n\nCoastal Envoys Meet in Busan\n\n{BODY}").section is None


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Coastal envoys meet\n(Harbour Wire) 10:48, February 26, 2025\n", dt.date(2025, 2, 26)),
        ("Coastal envoys meet\nNew York, 24 September 2013\n", dt.date(2013, 9, 24)),
        # A publication date wins over a dateline, wherever each stands.
        (
            "New York, 24 September 2013\nCoastal envoys meet\nDATE\n2013-09-25\n",
            dt.date(2013, 9, 25),
        ),
        # And a modification date too.
        (
            "New York, 24 September 2013\nCoastal envoys meet\n수정일\n2013-09-26\n",
            dt.date(2013, 9, 26),
        ),
    ],
)
def test_the_date_from_a_head_dateline(head: str, date: dt.date) -> None:
    """A dateline in the head gives the date when no labelled date is there."""
    readout = parse(f"{head}\n{BODY}")
    assert (date, "Coastal envoys meet") == (readout.date, readout.title)


def test_the_date_from_a_dateline_after_the_body() -> None:
    """With no date in the head, a place and date line after the body gives the date."""
    trailer = "The Briefing Room\nPortville, Northland - February 6, 2019\n"
    text = f"Coastal envoys meet\n\n{BODY}\n{trailer}"
    assert dt.date(2019, 2, 6) == parse(text).date


def test_a_labelled_date_after_the_body_wins_over_a_dateline() -> None:
    """After the body too, a publication date label comes before a dateline."""
    text = f"Coastal envoys meet\n\n{BODY}\nPortville, 6 February 2019\nPublished 7 February 2019\n"
    assert dt.date(2019, 2, 7) == parse(text).date


def test_a_credited_breadcrumb_leaf_yields_to_the_line_above_the_headline() -> None:
    """``From:`` alone credits the next line: that leaf is the publisher, the heading the section.

    The page's credits are read once, though two section candidates ask for them.
    """
    text = (
        "HOME > News > Harbour Office\n\nCoastal Affairs\n\n"
        "Harbour office opens a new ferry terminal\nFrom:\nHarbour Office\n\n"
        "The harbour office opened the new terminal on Monday after two years of work.\n"
    )
    readout = parse(text)
    assert (readout.title, readout.section) == (
        "Harbour office opens a new ferry terminal",
        "Coastal Affairs",
    )


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("The press release issued by the Coastal Office on 9 April 2025.", dt.date(2025, 4, 9)),
        ("The statement was published on 2025-04-09", dt.date(2025, 4, 9)),
        ("Speech delivered by the Minister for the Coast on April 9, 2025.", dt.date(2025, 4, 9)),
        ("The press release issued by the Coastal Office on 9 April 2025 in London.", None),
        ("The press release issued by the Coastal Office on Tuesday.", None),
        ("The minister issued a statement on 9 April 2025.", None),
        ("The press release issued on 30 February 2025.", None),
        ("Press", None),
    ],
)
def test_a_provenance_line(line: str, date: dt.date | None) -> None:
    """A line saying when the page was issued, and nothing more, gives its date."""
    found = provenance_date(line)
    assert date == (None if found is None else found.value)


def test_a_caption_sentence_over_a_photo_tag_is_no_title() -> None:
    """A sentence right above ``(Photo) …`` is its caption; a title-cased line may be a title."""
    head = "May 16, 2024\n\nThe Minister greets the visiting delegation at the port\n"
    assert parse(f"{head}(Photo) Fisheries Talks in Busan\n\n{BODY}").title is None
    head = "May 16, 2024\n\nMinister Greets the Visiting Delegation\n"
    assert parse(f"{head}(Photo) Fisheries Talks in Busan\n\n{BODY}").title is not None


def test_a_korean_newspaper_publication_label() -> None:
    """``발행일 : …`` is a publication date label."""
    text = f"외교장관, 수산 협력 회의 참석\n발행일 : 2021-05-02 15:25\n\n{BODY}"
    assert dt.date(2021, 5, 2) == parse(text).date


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Press Correspondents Room", Aside.VENUE),
        ("Press Briefing Room 2209", Aside.VENUE),
        ("Global Affairs Canada", Aside.PUBLISHER),
        ("첫 댓글을 작성해보세요", Aside.PROMPT),
        ("주소복사가 완료되었습니다", Aside.PROMPT),
        ("Remarks in the Treaty Room", None),
        ("Ministers Discuss Maritime Affairs Cooperation", None),
        ("해양장관, 어업협정 앞서 의제 최종 조율", None),
    ],
)
def test_rooms_departments_and_the_sites_voice_stand_beside_a_headline(
    text: str, kind: Aside | None
) -> None:
    """A room's name, a department and its country, a prompt or notice are never the title."""
    assert kind == aside_kind(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Washington, D.C.", True),
        ("Washington, DC", True),
        ("The talks ended in Seoul, D.C.", False),
    ],
)
def test_a_place_may_end_on_initials(text: str, pair: bool) -> None:  # noqa: FBT001
    """``Washington, D.C.`` ends on an initialism's stop, which ends no sentence."""
    assert pair is is_name_pair(text)


@pytest.mark.parametrize(
    ("name", "office", "byline"),
    [
        ("Kurt M. Campbell", "Assistant Secretary, Bureau of East Asian and Pacific Affairs", True),
        ("Jane Roe", "Secretary of State", True),
        ("Jane Roe", "Special Representative for Fisheries Policy", True),
        ("Newswire Hub", "Minister Calls Counterpart on Fisheries Talks", False),  # a headline
        ("Press Releases", "Talks Held in Portville", False),
        ("The two sides met.", "Secretary of State", False),
    ],
)
def test_a_speaker_s_name_over_an_office(name: str, office: str, *, byline: bool) -> None:
    """A name (initials too) over an office held is a byline; a headline naming an office is not."""
    assert byline == (is_person_name(name) and is_office(office))


def test_a_headline_naming_an_office_under_a_section_is_the_title() -> None:
    """``Press Releases`` / ``Foreign Minister to Visit Chile`` is a section and a headline.

    The first reads as a name and the second as an office, but nothing of a byline block
    stands under them (no bureau after a comma, no place, room or date), and the section
    is read already.
    """
    readout = parse(
        "Press Releases\nForeign Minister to Visit Chile\n\n1. The two Ministers agreed to meet.\n"
    )
    assert ("Foreign Minister to Visit Chile", "Press Releases") == (readout.title, readout.section)


def test_a_name_and_office_on_one_line_over_the_body_is_no_title() -> None:
    """``Antony J. Blinken, Secretary of State`` over a repost's body is a byline, not the title."""
    readout = parse(
        "08/05/2021 10:21 PM EDT\n\nJane R. Roe, Secretary of State\n\n"
        "The Secretary spoke with the Foreign Minister of Northland this evening. They agreed "
        "to keep in close touch on the situation in the region.\n"
    )
    assert (None, 1) == (readout.title, len(readout.paragraphs))
