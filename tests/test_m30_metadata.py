"""m30 (stop 25 round 2): small bodies' minutes -- which meeting they are.  All text is fictional.

- a parish, town or community council meets as itself: a minutes line naming the council after which of its
  meetings it is (`Minutes of the March meeting of Ashby Parva Parish Council`), dated or not, or the council
  then only that (`Kelby Parish Council, minutes of May Meeting`), gives the council as the committee; a meeting
  named only by when or which one (`the January meeting`, cover_labels.yml meeting_occasion_words) is no
  committee;
- `Minutes of a meeting of the above Council`: the body the heading above names; with no heading above (a
  plain-text export that lost it), the body whose paper it is (cover_labels.yml back_reference_words);
- a Markdown web export's own title (its front matter's `title:`) titles a paper no line of which does;
- where a meeting was held (`... Annual Meeting held in the Memorial Hall`) is no part of the line's name, so the
  line still names the meeting.
"""
from __future__ import annotations

import pytest

from committee_papers.extract import metadata as md

from probe_harness import extract_blocks


BUSINESS = ("Present: Cllrs Amble (Chair), Birch, Coombe and the Clerk.",
            "1. Apologies for absence were received from Cllr Dunn.",
            "2. The minutes of the previous meeting were approved and signed as a true record.")


# --- a local council meets as itself ------------------------------------------------------------------------------

@pytest.mark.parametrize("items, council", [
    # a parish PDF's heading: which of its meetings, then the council, undated
    ([("heading", "Minutes of the March meeting of Ashby Parva Parish Council")], "Ashby Parva Parish Council"),
    # a community council's plain-text minutes, in capitals, held somewhere
    (["MINUTES OF THE ANNUAL MEETING OF LLANWERN FACH COMMUNITY COUNCIL HELD AT THE MEMORIAL HALL"],
     "Llanwern Fach Community Council"),
    # a town council's page: the council, then only which meeting
    ([("heading", "Dunmere Town Council, minutes of the October Meeting")], "Dunmere Town Council"),
])
def test_a_local_council_meets_as_itself(items, council):
    found = extract_blocks(*items, *BUSINESS)
    assert found.committee and found.committee.lower() == council.lower(), found.committee


def test_a_web_page_title_naming_the_council_and_its_months_meeting_gives_the_council():
    found = extract_blocks(*BUSINESS, properties={"title": "Kelby Parish Council, minutes of May Meeting"})
    assert found.committee == "Kelby Parish Council", found.committee


@pytest.mark.parametrize("text", ["Minutes of the January meeting", "minutes of May Meeting", "The Annual Meeting",
                                  "Extraordinary Meeting 4 March 2026"])
def test_a_meeting_named_only_by_when_or_which_is_no_committee(text):
    assert md._occasion_only(text)
    found = extract_blocks(("heading", text), *BUSINESS)
    assert found.committee is None, found.committee


@pytest.mark.parametrize("text", ["Planning Meeting", "Annual Meeting of the Parish Council",
                                  "Finance Committee meeting", "Meeting of the Licensing Panel"])
def test_a_meeting_naming_its_body_is_not_only_an_occasion(text):
    assert not md._occasion_only(text)


@pytest.mark.parametrize("heading, committee", [
    # the council meeting under a kind of meeting, held in a hall: the whole name stays
    ("MINUTES OF THE HOLWORTH PARISH COUNCIL ANNUAL MEETING HELD IN THE VILLAGE HALL",
     "Holworth Parish Council Annual Meeting"),
    ("Minutes of the Corran Town Council Planning Meeting held in the Guild Room", "Corran Town Council Planning Meeting"),
    ("Minutes of the Finance Committee held at the Council Offices", "Finance Committee"),
    # (the meeting's name before what the paper is: `Minutes of the meeting` is no part of it)
    ("Harbour Committee Minutes of the meeting held on Tuesday 8 July 2026 at 2.00 pm in Committee Room 2, Town Hall",
     "Harbour Committee"),
])
def test_where_a_meeting_was_held_is_no_part_of_its_name(heading, committee):
    found = extract_blocks(heading, *BUSINESS)
    assert found.committee and found.committee.lower() == committee.lower(), found.committee


@pytest.mark.parametrize("heading", ["Wessex County Council", "Minutes - Wessex County Council"])
def test_a_council_heading_its_paper_alone_is_still_no_meeting(heading):
    found = extract_blocks(("heading", heading), *BUSINESS)
    assert found.committee is None, found.committee


# --- `the above Council` ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("items, committee", [
    # a parish PDF: the council's heading, then the minutes line pointing back to it
    ([("heading", "Ashby Parva Parish Council"),
      "Minutes of a meeting of the above Council held on Tuesday 3 March 2026 at 7.30pm in the Village Hall."],
     "Ashby Parva Parish Council"),
    # a town council page: an address line between
    ([("heading", "Dunmere Town Council"), "Town Hall, Market Street, Dunmere",
      "MINUTES OF THE MEETING OF THE ABOVE-NAMED COUNCIL HELD ON 12 JANUARY 2026"], "Dunmere Town Council"),
])
def test_the_above_council_is_the_body_named_above(items, committee):
    found = extract_blocks(*items, *BUSINESS)
    assert found.committee and found.committee.lower() == committee.lower(), found.committee


def test_the_above_council_with_no_heading_is_the_papers_own_body():
    # a community council's plain-text minutes that lost their heading
    found = extract_blocks("Minutes of a meeting of the aforesaid Council held on Monday 2 March 2026 at 7pm in Tref Hall.",
                     *BUSINESS,
                     "3. Llanwern Fach Community Council agreed to renew its insurance with the usual broker.",
                     "4. Llanwern Fach Community Council will write to the county council about the bus shelter.")
    assert found.authority == "Llanwern Fach Community Council", found.authority
    assert found.committee == "Llanwern Fach Community Council", found.committee


@pytest.mark.parametrize("text, refers", [("above Council", True), ("the above-named Parish Council", True),
                                          ("said Council", True), ("Council", False), ("Parish Council", False),
                                          ("Above Ground Committee Room", False)])
def test_refers_back(text, refers):
    assert md._refers_back(text) is refers


# --- a web export's front matter title ---------------------------------------------------------------------------

NO_HEADING = ("MB welcomed members. The group discussed where to publish its guidance and agreed a trial.",
              "RT said the trial should run for six months and report back to the group.")


@pytest.mark.parametrize("page_title", ["Minutes", "Harbury Town Council, minutes of the June meeting",
                                        "Notes of the digital standards group"])
def test_a_web_exports_own_title_titles_a_paper_with_no_heading(page_title):
    found = extract_blocks(*NO_HEADING, properties={"title": page_title}, filename="group_2026-02-03_minutes.md")
    assert found.title == page_title, found.title


def test_a_heading_still_titles_a_web_export_before_its_page_title():
    found = extract_blocks(("heading", "Minutes of the Planning Committee held on 3 March 2026"), *BUSINESS,
                     properties={"title": "Planning minutes March"}, filename="planning_2026-03-03.md")
    assert found.title and found.title.startswith("Minutes of the Planning Committee"), found.title


@pytest.mark.parametrize("filename", ["group_2026-02-03_minutes.pdf", "group_2026-02-03_minutes.docx"])
def test_a_pdf_or_word_files_title_property_is_no_page_title(filename):
    found = extract_blocks(*NO_HEADING, properties={"title": "Microsoft Word - draft3.docx"}, filename=filename)
    assert found.title != "Microsoft Word - draft3.docx", found.title


@pytest.mark.parametrize("text, name", [("Cabinet Minutes of the meeting", "Cabinet"),
                                        ("Board of Trustees \u2013 Minutes", "Board of Trustees"),
                                        ("Overview and Scrutiny Committee - minutes of the", "Overview and Scrutiny Committee"),
                                        ("Allotment Minutes Working Group", "Allotment Minutes Working Group"),
                                        ("Minutes", "Minutes")])
def test_without_minutes_tail(text, name):
    assert md._without_minutes_tail(text) == name
