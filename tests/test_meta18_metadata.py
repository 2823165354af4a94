"""Metadata and key dates of the minutes of small bodies and working groups (branch meta18): a minutes heading
that names only a kind of meeting gives way to the cover's named meeting; a masthead's strapline is no title;
a question's addressee's role is no committee; a body's own trustees' or board's minutes name it as publisher;
a group's note headed by its initials and date; a list of coming meetings written without years.
Fictional bodies and wordings throughout."""
from __future__ import annotations

import yaml
import pytest

from committee_papers.extract.key_dates import CUES_PATH
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages
from fictional_paper import passages_from_lines


def metadata(*items):
    return extract(passages_from_lines(*items), {}, "paper.txt")


def record(*blocks):
    return extract(list(iter_passages(list(blocks))), {}, "paper.pdf")


# --- a heading naming only a kind of meeting gives way to the cover's named meeting ----------------

@pytest.mark.parametrize("heading, label, named", [
    ("OPEN BOARD MEETING MINUTES", "Meeting title", "Kestrel Leisure Trust - Board Meeting"),
    ("ANNUAL GENERAL MEETING MINUTES", "Meeting name", "Ashby Community Energy Co-operative AGM"),
    ("Minutes of the Board - Part A", "Name of meeting", "Wessex Museums Trust Board of Trustees"),
])
def test_a_kind_of_meeting_heading_gives_way_to_the_named_meeting(heading, label, named):
    found = record(Block("heading", text=heading),
                   Block("table", rows=[[label, named], ["Date", "12th March 2026"], ["Place", "Room 2"]], header_rows=0),
                   Block("paragraph", text="1. Apologies were received from two members."))
    assert found.title == named


@pytest.mark.parametrize("heading, label, named, title", [
    # a heading that names its body keeps it
    ("Minutes of the Harbour Committee", "Meeting", "Harbour Committee", "Minutes of the Harbour Committee"),
    # a cover naming only a kind of meeting too changes nothing
    ("OPEN BOARD MEETING MINUTES", "Meeting title", "Board meeting in public", "Open Board Meeting Minutes"),
    # a field that names the meeting but gives no title for it (`Meeting | ...`) leaves the heading as the title
    ("BOARD OF TRUSTEES - MINUTES", "Meeting", "Kestrel Leisure Trust - Board of Trustees", "Board of Trustees - Minutes"),
])
def test_a_heading_naming_its_body_or_a_cover_naming_none_keeps_the_heading(heading, label, named, title):
    found = record(Block("heading", text=heading),
                   Block("table", rows=[[label, named], ["Date", "12th March 2026"]], header_rows=0),
                   Block("paragraph", text="1. Apologies were received from two members."))
    assert found.title == title


# --- a masthead's strapline is never a title -----------------------------------------------------

@pytest.mark.parametrize("banner, strapline", [
    ("Kestrel Leisure Trust", "A charitable trust running sport and leisure centres in partnership with Fenmarsh District Council"),
    ("Wessex Museums Trust", "A members' society enabling museum services across the county supported by Wessex Council"),
    ("Harbourside Community NHS Trust", "Community health services delivering care at home across North Mercia"),
])
def test_a_strapline_under_the_bodys_name_is_no_title(banner, strapline):
    found = record(Block("heading", text=banner), Block("paragraph", text=strapline),
                   Block("heading", text="Pool Refurbishment Programme"),
                   Block("paragraph", text="1. This report sets out the programme."))
    assert found.title == "Pool Refurbishment Programme"


def test_a_title_under_the_bodys_name_with_no_strapline_words_stays():
    found = record(Block("heading", text="Kestrel Leisure Trust"),
                   Block("paragraph", text="Review of Concessionary Swimming Charges for Residents Aged Over Sixty"),
                   Block("paragraph", text="1. This report sets out the review."))
    assert found.title == "Review of Concessionary Swimming Charges for Residents Aged Over Sixty"


# --- the role of the person a question is put to is no committee ------------------------------

@pytest.mark.parametrize("asked, role", [
    ("Question by Cllr Ann Hale to Cllr Tom Reed,", "Cabinet Member for Roads and Footways"),
    ("Question from Mrs Priya Dale to", "Portfolio Holder for Housing"),
    ("Question 3: Cllr Jo Marsh to Cllr Sam Rowe,", "Leader of the Council"),
])
def test_a_role_line_run_on_from_a_question_is_no_committee(asked, role):
    found = metadata("# Thursday 12 March 2026", f"# {asked}", f"# {role}",
                     "Will the member say how many potholes were filled last year?", "# Answer",
                     "The service filled 4,210 potholes.")
    assert found.committee != role


def test_a_member_decision_record_still_names_its_decision_maker():
    found = metadata("Record of decision", "Decision maker: Cllr Tom Reed, Cabinet Member for Highways",
                     "Decision: to approve the winter gritting routes.")
    assert found.committee == "Cabinet Member for Highways"


# --- a minutes line's date, and the words leading into it, are no part of its title ---------------

@pytest.mark.parametrize("line, title, committee", [
    ("Minutes of the Trustees of the Friends of Ashcombe Village Hall Meeting of 4th March 2025",
     "Minutes of the Trustees of the Friends of Ashcombe Village Hall", "Trustees of the Friends of Ashcombe Village Hall"),
    ("Minutes of the Board of Directors of Kestrel Leisure Trust meeting on 9 June 2026",
     "Minutes of the Board of Directors of Kestrel Leisure Trust", "Board of Directors of Kestrel Leisure Trust"),
    ("Minutes of the Management Committee of Fenmarsh Youth Club meeting of 2 February 2026",
     "Minutes of the Management Committee of Fenmarsh Youth Club", "Management Committee of Fenmarsh Youth Club"),
])
def test_a_minutes_line_loses_its_date_and_the_words_leading_into_it(line, title, committee):
    found = metadata(line, "Present; Jane Roe, Tom Hill, Mary Poole", "1 Apologies",
                     "1.1 None were received.")
    assert (found.title, found.committee) == (title, committee)


# --- a body's own trustees' or board's minutes name it as publisher --------------------------------

@pytest.mark.parametrize("line, publisher", [
    ("Minutes of the Trustees of the Friends of Ashcombe Village Hall Meeting of 4th March 2025",
     "Friends of Ashcombe Village Hall"),
    ("Minutes of the Board of Directors of Kestrel Leisure Trust Meeting held on 9 June 2026", "Kestrel Leisure Trust"),
    ("Minutes of the Management Committee of Fenmarsh Youth Club meeting of 2 February 2026", "Fenmarsh Youth Club"),
])
def test_a_bodys_own_governing_group_names_it_as_publisher(line, publisher):
    found = metadata(line, "Present; Jane Roe, Tom Hill, Mary Poole",
                     "1 The grant from Fenmarsh District Council was received and Wessex County Council confirmed the lease.",
                     "2 Wessex County Council will inspect the roof.")
    assert (found.authority, found.authority_source) == (publisher, "own minutes")


@pytest.mark.parametrize("line", [
    "Minutes of the Board of Directors of Harbourside Community NHS Trust held on 9 June 2026",
    "Minutes of the Council of Governors held on 9 June 2026",
    "Minutes of the Members of Fenmarsh District Council held on 9 June 2026",
])
def test_a_public_bodys_or_a_nameless_group_names_no_own_publisher(line):
    found = metadata(line, "Present: the Chair and five members.", "1. Apologies were received.")
    assert found.authority_source != "own minutes"


# --- a working group's note headed by its initials and date ----------------------------------------

@pytest.mark.parametrize("lines, committee", [
    (["PRG 12 March 2025", "Agenda", "1. Pension fund valuation update", "Attendance:", "Ann Lee - Chair"], "PRG"),
    (["JNCC - 3 June 2026", "Attendees", "Sam Rowe, Priya Dale", "1. Pay claim"], "JNCC"),
    (["HWB EXEC 14 January 2026", "Present", "Dr Ann Lee (Chair), Tom Hill", "1. Winter plan"], "HWB EXEC"),
])
def test_a_note_headed_by_a_groups_initials_and_date_is_that_groups(lines, committee):
    found = metadata(*lines)
    assert (found.committee, found.title) == (committee, lines[0])


@pytest.mark.parametrize("lines", [
    ["AGENDA 12 March 2025", "Attendance:", "Ann Lee - Chair"],            # a word of minutes, no group
    ["PRG 12 March 2025", "1. The review found the fund in surplus.", "2. The plan was agreed."],  # no agenda or attendance
    ["NOTES 3 June 2026", "Present", "Sam Rowe"],
])
def test_other_lines_headed_by_capitals_and_a_date_name_no_group(lines):
    found = metadata(*lines)
    assert found.committee not in ("AGENDA", "PRG", "NOTES")


# --- a list of coming meetings written without years -------------------------------------------------

MEETING_LISTS = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))["yearless"]["coming_meetings"]


@pytest.mark.parametrize("text, meeting, dates", MEETING_LISTS["key"])
def test_a_list_of_coming_meetings_takes_each_dates_next_year(text, meeting, dates):
    found = metadata(f"Minutes of the Harbour Board meeting held on {meeting}", "1. Apologies", text)
    assert found.meeting_date == meeting
    assert sorted({k.date for k in found.key_dates if k.rule == "key_date.meeting_list"}) == dates


@pytest.mark.parametrize("text, meeting", MEETING_LISTS["not_key"])
def test_other_dates_near_meeting_words_are_no_meeting_list(text, meeting):
    found = metadata(f"Minutes of the Harbour Board meeting held on {meeting}", "1. Apologies", text)
    assert not [k for k in found.key_dates if k.rule == "key_date.meeting_list"]


def test_a_bulleted_list_in_a_minutes_table_cell_is_read():
    found = record(Block("heading", text="Minutes of the Kestrel Leisure Trust Board held on 8 October 2026"),
                   Block("table", rows=[["12.", "Future Board meetings:\n\uf0b7 19 th November\n\uf0b7 10th December\n"
                                                "\uf0b7 21 st January", "Clerk"]], header_rows=0))
    assert sorted(k.date for k in found.key_dates if k.rule == "key_date.meeting_list") == [
        "2026-11-19", "2026-12-10", "2027-01-21"]


# --- the next field's label glued on to the meeting is no part of it --------------------------------

@pytest.mark.parametrize("items, committee", [
    ([[["To:", "County Council Date"], ["", "26 November 2026"], ["Subject:", "Treasury Strategy"]]], "County Council"),
    (["By: Ann Lee, Leader", "To: Full Council Date 19 February 2026", "Subject: Budget 2026-27"], "Full Council"),
    (["To: Trust Board Date of meeting 4 June 2026", "Title: Winter Plan"], "Trust Board"),
])
def test_a_date_label_glued_on_to_the_meeting_is_cut_off(items, committee):
    found = metadata(*items, "1. Summary", "1.1 The strategy is renewed each year.")
    assert found.committee == committee


# --- a cover label wrapped over its lines is read whole ------------------------------------------------

@pytest.mark.parametrize("paragraph, field, value", [
    ("Subject Matter /\nTitle of\nDecision: Harbour Dues Review 2026", "title", "Harbour Dues Review 2026"),
    ("Subject /\ntitle of the\nDecision: Verge Cutting Contract Extension", "title", "Verge Cutting Contract Extension"),
    ("Date of\nDecision: 3 March 2026", "meeting_date", "2026-03-03"),
])
def test_a_label_wrapped_after_a_slash_or_of_is_not_cut_at_its_last_word(paragraph, field, value):
    found = record(Block("heading", text="WESSEX COUNTY COUNCIL - INDIVIDUAL MEMBER DECISION"),
                   Block("paragraph", text="Decision to be taken by: Cabinet Member for Highways"),
                   Block("paragraph", text=paragraph),
                   Block("paragraph", text="The Cabinet Member agrees the proposal."))
    assert getattr(found, field) == value


def test_a_second_field_after_a_whole_value_is_still_cut_off():
    found = metadata("Report title: Harbour Dues Decision: Approve the new dues", "1. Summary")
    assert found.title == "Harbour Dues"


# --- a paper dated only by when it goes to its meeting ----------------------------------------------------

@pytest.mark.parametrize("sentence, date", [
    ("This proposal will be presented to the Cabinet on 19 February 2026.", "2026-02-19"),
    ("The revised charges are to be considered at the Cabinet meeting on 4 March 2026 alongside the budget.", "2026-03-04"),
    ("This paper will be submitted to the Cabinet on 12th May 2026 for approval.", "2026-05-12"),
])
def test_a_proposed_decision_is_dated_by_its_committees_meeting_it_goes_to(sentence, date):
    found = metadata("# WESSEX COUNTY COUNCIL - PROPOSED KEY DECISION RECORD", "Decision to be taken by: Cabinet",
                     "Subject: Harbour Dues Review", "Decision: to agree the dues.", sentence)
    assert found.meeting_date == date


def test_another_bodys_meeting_does_not_date_the_paper():
    found = metadata("# WESSEX COUNTY COUNCIL - PROPOSED KEY DECISION RECORD", "Decision to be taken by: Cabinet",
                     "Subject: Harbour Dues Review", "Decision: to agree the dues.",
                     "The harbour users will be consulted and a further report is to be considered at Full Council on 9 July 2026.")
    assert found.meeting_date is None
