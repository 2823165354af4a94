"""Round meta17: document metadata in layouts of real published papers, each mechanism with three or
more differently worded fictional examples (fictional authorities only).

* a decision recording form: `Decision determined at <Committee> meeting on <date>` names the meeting;
  lettered fields (`(a) Subject: ...`) give the subject, which titles a one-item form, while a form
  recording several items is titled by its own heading; `Committee Members present` is never the committee;
* a report cover whose `Subject:` and `Classification:` labels share a cell: the subject is the title;
* a label whose colon a PDF lost (`Subject Matter / Title of Decision Harbour Dues`);
* a table value wrapped onto the line under the table;
* a forward plan's `Notice of key decisions to be taken by the X`: the committee; `published <date>` is
  no meeting date;
* a ModernGov meeting page: `Agenda for Joint meeting - A and B on <date>` names the meeting, never
  `Agenda for Joint meeting`;
* `Document title: Full Business Case`: a kind, not the subject.
"""
from __future__ import annotations

import pytest

from committee_papers.extract import cover, metadata as md
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages
from fictional_paper import passages_from_lines


passages_of = passages_from_lines


def metadata(*items, properties=None):
    return extract(passages_of(*items), properties or {}, "paper.txt")


# --- decision recording forms -------------------------------------------------------------

@pytest.mark.parametrize("notice, committee, date", [
    ("Decision determined at Harbour and Coast Policy Committee meeting on 4 March 2026",
     "Harbour and Coast Policy Committee", "2026-03-04"),
    ("Decisions made at the Licensing Committee meeting held on 9 April 2026", "Licensing Committee", "2026-04-09"),
    ("Decisions of the Parks and Open Spaces Committee on Tuesday 12 May 2026",
     "Parks and Open Spaces Committee", "2026-05-12"),
    ("Decision taken at a meeting of the Schools Forum on 3 February 2026", "Schools Forum", "2026-02-03"),
])
def test_a_decision_forms_notice_names_its_meeting_not_the_members_present(notice, committee, date):
    extraction = metadata(
        "# Decision Recording Form", notice, "# Committee Members present:",
        "Councillor Ann Weller Councillor Dev Moss Councillor Rhea Tolland",
        ["(a)", "Subject:", "Slipway Repairs Programme (agenda item 6)"],
        ["(b)", "Ward:", "Quayside"],
        ["(d)", "Decision taken", "The Committee approved the slipway repairs programme."])
    assert (extraction.committee, extraction.meeting_date) == (committee, date)


@pytest.mark.parametrize("rows", [
    [["(a)", "Subject:", "Slipway Repairs Programme (agenda item 6)"], ["(b)", "Ward:", "Quayside"]],
    [["a)", "Item title:", "Slipway Repairs Programme"], ["b)", "Wards affected:", "Quayside"]],
    [["(i)", "Title of report:", "Slipway Repairs Programme (item 6)"], ["(ii)", "Ward:", "Quayside"]],
])
def test_a_one_item_forms_lettered_subject_is_its_title(rows):
    extraction = metadata("# Decision Recording Form",
                          "Decision determined at Harbour Committee meeting on 4 March 2026", rows,
                          "The Committee approved the slipway repairs programme.")
    assert extraction.title == "Slipway Repairs Programme"
    assert extraction.committee == "Harbour Committee"


@pytest.mark.parametrize("heading, items", [
    ("Decision Recording Form", [("(a)", "Subject:"), ("(a)", "Subject:")]),
    ("Committee Decision Sheet", [("a)", "Item title:"), ("a)", "Item title:")]),
    ("Decisions Schedule", [("(i)", "Title of report:"), ("(i)", "Title of report:")]),
])
def test_a_form_recording_several_items_is_titled_by_its_heading(heading, items):
    (letter1, label1), (letter2, label2) = items
    extraction = metadata(
        f"# {heading}", "Decisions made at the Licensing Committee meeting held on 9 April 2026",
        [[letter1, label1, "Taxi Fares 2026 (agenda item 5)"]],
        "The Committee agreed the new taxi fares.",
        [[letter2, label2, "Street Trading Policy (agenda item 6)"]],
        "The Committee adopted the street trading policy.")
    assert extraction.title == heading
    assert extraction.meeting_date == "2026-04-09"


@pytest.mark.parametrize("line, value", [
    ("(a) Item title: Allotment Rents 2026/27", "Allotment Rents 2026/27"),
    ("(b) Subject: Bridge Street Crossing", "Bridge Street Crossing"),
    ("3. Title: Harbour Dues Review", "Harbour Dues Review"),
])
def test_a_lettered_label_line_is_read_after_its_letter(line, value):
    found = cover.collect(passages_of(line))
    assert [(f.value, f.source) for f in found if f.field == "title"] == [(value, "lettered")]


@pytest.mark.parametrize("heading", ["Committee Members present:", "Board members in attendance", "Panel councillors present"])
def test_the_members_present_heading_is_never_the_committee(heading):
    extraction = metadata("# Record of Decisions", f"# {heading}", "Councillor Ann Weller, Councillor Dev Moss")
    assert extraction.committee is None


# --- two labels in one cell ----------------------------------------------------------------

@pytest.mark.parametrize("label, value, title", [
    ("Subject: Classification:", "Harbour Dues Review 2026 Unrestricted", "Harbour Dues Review 2026"),
    ("Title: Protective marking:", "Library Opening Hours Official", "Library Opening Hours"),
    ("Subject: Status:", "Bridge Repairs Programme Part A", "Bridge Repairs Programme"),
])
def test_a_subject_sharing_its_cell_with_a_marking_is_the_title(label, value, title):
    extraction = metadata(
        "From: Cllr Ann Weller, Cabinet Member for Communities",
        [["To:", "Cabinet - 30 January 2026"], [label, value]],
        "Summary: This report asks Cabinet to agree the proposal.")
    assert extraction.title == title
    assert (extraction.committee, extraction.meeting_date) == ("Cabinet", "2026-01-30")


def test_two_labels_whose_values_cannot_be_told_apart_give_no_title():
    found = cover.collect(passages_of([["Subject: Ward:", "Harbour Dues Review Quayside"]]))
    assert [f.value for f in found if f.field == "title"] == []


# --- a label whose colon was lost ------------------------------------------------------------

@pytest.mark.parametrize("line, title", [
    ("Subject Matter / Title of Decision Harbour Dues Review 2026", "Harbour Dues Review 2026"),
    ("Title of the report Library Opening Hours", "Library Opening Hours"),
    ("Subject / title of decision Bridge Street Crossing", "Bridge Street Crossing"),
])
def test_a_long_label_run_into_its_value_is_read(line, title):
    extraction = metadata("# WENDLE COUNCIL - PROPOSED RECORD OF DECISION", "DECISION TO BE TAKEN BY: DECISION NO:",
                          "26/00012 Cabinet", line, "# Decision:", "Cabinet agree to the proposal.")
    assert extraction.title == title
    assert extraction.committee == "Cabinet"


@pytest.mark.parametrize("line", ["Title Deeds Review", "Subject to contract the sale goes ahead", "Item Seven"])
def test_a_short_label_word_opening_a_line_is_no_run_in_label(line):
    assert [f.value for f in cover.collect(passages_of(line)) if f.field == "title"] == []


# --- a table value wrapped below the table ---------------------------------------------------

@pytest.mark.parametrize("cells, line, title", [
    (["Subject:", "Review of Decision", "26/00071", "-", "Future", "of"], "# Harbour Library Services",
     "Review of Decision 26/00071 - Future of Harbour Library Services"),
    (["Title:", "Award of the street lighting contract for"], "# the northern wards",
     "Award of the street lighting contract for the northern wards"),
    (["Subject:", "Grounds maintenance and"], "tree works framework",
     "Grounds maintenance and tree works framework"),
])
def test_a_table_value_wrapped_onto_the_line_below_is_joined(cells, line, title):
    extraction = metadata([["By:", "Jo Pennick, Head of Service"], ["To:", "Cabinet - 4 March 2026"], cells], line,
                          "Summary: Cabinet is asked to reconsider the decision.")
    assert extraction.title == title


# --- forward plans ------------------------------------------------------------------------

@pytest.mark.parametrize("published, notice, committee", [
    ("This edition published 14 October 2026 Contact: Ann Lee, Policy Committee Officer, email: a.lee@wendle.gov.uk",
     "THIS PLAN GIVES NOTICE OF THE ANTICIPATED KEY DECISIONS DUE TO BE MADE AT HARBOUR AND COAST POLICY COMMITTEE",
     "Harbour and Coast Policy Committee"),
    ("Revised edition issued 2 September 2026",
     "Notice of key decisions expected to be made by the Housing and Planning Committee", "Housing and Planning Committee"),
    ("Last updated: 4 March 2026", "Schedule of forthcoming decisions to be taken by the Cabinet", "Cabinet"),
])
def test_a_forward_plans_notice_names_its_committee_and_its_publication_date_is_no_meeting(published, notice, committee):
    extraction = metadata("# Forward Plan", published, notice,
                          "The plan gives notice of the decisions expected in the next four months.")
    assert (extraction.committee, extraction.meeting_date) == (committee, None)


@pytest.mark.parametrize("line", ["This edition published 14 October 2026", "Revised edition issued 2 September 2026",
                                  "Date of publication: 12 May 2026"])
def test_a_publication_line_is_known(line):
    assert md._publication_date_line(line)
    assert not md._publication_date_line("Cabinet - 12 May 2026")


# --- ModernGov meeting pages ----------------------------------------------------------------

@pytest.mark.parametrize("title, committee", [
    ("Agenda for Joint meeting - Harbour Committee and Coast Joint Committee on Thursday, 16th April, 2026, 2.30 pm - Wendle Council",
     "Joint meeting - Harbour Committee and Coast Joint Committee"),
    ("Agenda and minutes for Licensing Committee on Tuesday, 3rd March, 2026, 7.00 pm - Modern Council",
     "Licensing Committee"),
    ("Agenda for Harbour Board - Special meeting on Monday, 2nd March, 2026, 10.00 am - Wendle Council",
     "Harbour Board - Special meeting"),
])
def test_a_meeting_pages_title_names_its_meeting_without_the_page_kind(title, committee):
    assert md._furniture_meeting(title, ends_with_site=True) == committee


@pytest.mark.parametrize("segment, body", [
    ("Agenda for Joint meeting", "Joint meeting"),
    ("Agenda and minutes - Licensing Committee", "Licensing Committee"),
    ("Minutes of Harbour Board", "Harbour Board"),
])
def test_the_page_kind_prefix_is_cut(segment, body):
    assert md.PAGE_KIND_PREFIX_RE.sub("", segment) == body


# --- a title field naming only the paper's kind ---------------------------------------------

@pytest.mark.parametrize("kind", ["Full Business Case", "Outline Business Case", "Briefing note"])
def test_a_title_field_naming_only_the_kind_gives_way_to_the_subject_heading(kind):
    extraction = metadata("# Harbour Wall Strengthening Scheme", f"# {kind}", "# Wendle Council", "19th August 2026",
                          f"Document title: {kind}", "Document reference: v2.0")
    assert extraction.title == "Harbour Wall Strengthening Scheme"


def test_a_title_field_naming_only_the_kind_is_kept_when_nothing_else_titles_the_paper():
    extraction = metadata("Document title: Outline Business Case", "Document reference: v1.0",
                          "1. Introduction", "1.1 This business case sets out the proposal for the new depot.")
    assert extraction.title == "Outline Business Case"


# --- this round's vocabularies read their own examples -------------------------------------

@pytest.mark.parametrize("vocabulary, reads", [
    ("forward_plan_notices", lambda e: md.FORWARD_PLAN_NOTICE_RE.match(e)),
    ("publication_lines", md._publication_date_line),
    ("document_kind_titles", lambda e: md.DOCUMENT_KIND_TITLE_RE.fullmatch(e)),
    ("marking_labels", lambda e: cover.MARKING_LABEL_RE.fullmatch(e.split(":")[0])),
    ("marking_values", lambda e: cover.MARKING_VALUE_END_RE.search(e)),
    ("decision_record_notices", md._notice_meeting),
    ("meeting_notice_verbs", lambda e: md.NOTICE_VERB_RE.search(e)),
    ("page_type_headings", lambda e: cover.PAGE_TYPE_HEADING_RE.match(e)),
    ("minutes_section_headings", lambda e: cover.MINUTES_SECTION_HEADING_RE.match(e)),
])
def test_each_new_vocabulary_entry_reads_its_examples(vocabulary, reads):
    for entry in cover.vocabulary()[vocabulary]:
        assert len(entry["examples"]) >= 3, entry["pattern"]
        for example in entry["examples"]:
            assert reads(example), (vocabulary, example)


# --- a body's word inside a title, or only inside the names of bodies, is no meeting ---------------

@pytest.mark.parametrize("title", [
    "VOLUNTARY AND COMMUNITY SECTOR STRATEGIC PARTNERSHIP GRANTS 2026-2029",
    "Safeguarding Adults Board Annual Report 2025",
    "Community Safety Partnership Delivery Plan",
])
def test_a_title_holding_a_body_word_is_a_title_not_a_meeting(title):
    extraction = metadata("# WENDLE CITY COUNCIL", "EXECUTIVE CABINET 20 JANUARY 2026", title,
                          "# REPORT OF THE DIRECTOR OF COMMUNITIES", "1. SUMMARY",
                          "1.1 This report asks the Executive Cabinet to agree the proposal set out below.")
    assert extraction.title.lower() == title.lower()
    assert extraction.committee.lower() == "executive cabinet"


@pytest.mark.parametrize("line", ["Kent County Council Corporate Parenting Panel", "Wendle County Council Cabinet Meeting",
                                  "Harbour and Coast Policy Committee"])
def test_a_line_ending_with_its_meeting_is_no_title_led_by_a_body_word(line):
    assert not md._body_word_inside_title(line)


@pytest.mark.parametrize("heading", [
    "Directions to NHS Kelderby and Kelderby Council 2026/27",
    "Funding Transfer from Wendle Borough Council to NHS Wendle ICB",
    "Joint Working Agreement with Harbury District Council",
])
def test_a_title_naming_bodies_is_no_meeting(heading):
    extraction = metadata(f"# {heading}", "1. Recommendations", "The Integration Joint Board is asked to:",
                          "approve the arrangements set out in Appendix 1.")
    assert extraction.committee == "Integration Joint Board"


# --- an officer's record of decision: the decision maker's role ------------------------------

@pytest.mark.parametrize("row, committee", [
    (["Decision maker:", "Sarah Linley, Director of Neighbourhoods"], "Director of Neighbourhoods"),
    (["Decision taken by", "Tom Ashdown - Head of Waste and Recycling"], "Head of Waste and Recycling"),
    (["Decided by:", "Dr Ann Lee (Chief Executive)"], "Chief Executive"),
])
def test_a_decision_makers_role_is_the_committee(row, committee):
    extraction = metadata("# WENDLE BOROUGH COUNCIL", "# RECORD OF DELEGATED OFFICER DECISION",
                          [["Title:", "Public toilet cleaning - direct award"], row, ["Date of decision:", "28 August 2026"]],
                          "1. Background", "1.1 The contract for cleaning the public toilets ends in September.")
    assert (extraction.committee, extraction.meeting_date) == (committee, "2026-08-28")


def test_a_report_sent_to_an_officer_names_no_committee_by_the_officers_role():
    extraction = metadata([["To:", "Jo Bloggs, Corporate Director of Place"], ["Title:", "Street Lighting Review"]],
                          "1. Summary", "1.1 This report reviews the street lighting contract.")
    assert extraction.committee is None


# --- a line opening with the meeting's date and time, whatever follows -----------------------

@pytest.mark.parametrize("line, date", [
    ("Tuesday 30 September 2026, 10.00 am, The Guildhall, Wendle Transcript of the livestream (automatically "
     "generated, lightly edited by the Corporate Governance Team)", "2026-09-30"),
    ("3 March 2026 at 6.30pm, Council Chamber, Harbour House, Kelderby Verbatim record of the meeting prepared "
     "by Democratic Services from the audio recording", "2026-03-03"),
    ("Wednesday, 4th February 2026, 14:00, Committee Room 2 and online via Microsoft Teams; recording made "
     "available on the council's website for twelve months afterwards", "2026-02-04"),
])
def test_a_line_opening_with_a_date_and_time_dates_the_meeting(line, date):
    extraction = metadata("# NHS Wendle Integrated Care Board", "# Board Meeting in Public - Part 1", line,
                          "[00:00:04] Chair: Good morning everybody and welcome to the meeting.")
    assert extraction.meeting_date == date


# --- a transcript of a webcast is a record of its meeting -----------------------------------

@pytest.mark.parametrize("line, date", [
    ("Transcript of the webcast, Tuesday 15 July 2026", "2026-07-15"),
    ("Transcript of the livestream - 3 March 2026", "2026-03-03"),
    ("Notes of the recording, Wednesday 4 February 2026", "2026-02-04"),
])
def test_a_transcript_of_a_webcast_dates_its_meeting(line, date):
    extraction = metadata("# Wendle Council – Health and Wellbeing Board", f"# {line}",
                          "Produced by Democratic Services from the webcast of the meeting.",
                          "Councillor Priya Nair (Chair) — Good afternoon and welcome to the Health and Wellbeing Board.")
    assert extraction.meeting_date == date
    assert extraction.committee == "Health and Wellbeing Board"


@pytest.mark.parametrize("fields", [
    "Kelderby Integration Joint Board · Meeting of 25 March 2026 · Item 8 · Report by the Chief Officer",
    "Kelderby Integration Joint Board · Meeting held on 25 March 2026 · Item 8",
    "Kelderby Integration Joint Board · The meeting of 25 March 2026 · Report by the Chief Officer",
])
def test_the_word_meeting_alone_in_a_line_of_fields_is_no_committee(fields):
    extraction = metadata("# Directions to NHS Kelderby and Kelderby Council 2026/27", fields, "1. Recommendations",
                          "The Integration Joint Board is asked to:", "approve the directions in Appendix 1.")
    assert extraction.committee == "Integration Joint Board"
    assert extraction.meeting_date == "2026-03-25"


# --- a transcript: the chair's welcome names the meeting; header junk names nothing ----------------

TOOL_HEADER = ["# tactiq.io free youtube transcript", "# No title found", "# https://www.youtube.com/watch/abc123"]


@pytest.mark.parametrize("welcome, committee", [
    ("Good afternoon and welcome to this meeting of the Harbour and Coast Scrutiny Board. My name is Ann Weller.",
     "Harbour and Coast Scrutiny Board"),
    ("okay good evening everyone welcome to the full council meeting of wendle town council um it's the third",
     "Full Council"),
    ("Welcome everybody to tonight's Licensing Committee, we have two applications to hear.", "Licensing Committee"),
    ("good morning and welcome to the cabinet, we have a full agenda", "Cabinet"),
])
def test_a_transcripts_chair_names_its_meeting(welcome, committee):
    extraction = metadata(*TOOL_HEADER, welcome, "Thank you Chair. We have apologies from Councillor Moss.")
    assert extraction.committee == committee
    assert extraction.title is None


@pytest.mark.parametrize("opening", [
    "Right then, all. Thanks. May we begin this session? Welcome to those watching online.",
    "Good afternoon. I am chairing today's session, which is streamed online.",
    "Right, shall we make a start? Welcome to the board.",
])
def test_a_transcript_whose_chair_names_no_body_has_no_committee_and_no_guessed_publisher(opening):
    extraction = metadata(*TOOL_HEADER, opening,
                          "Hi, I'm Jo Bloggs, a programme director at NHS Wendle Integrated Care Board.",
                          "The ICB has worked with the ICB's partners, and the ICB will report back.",
                          "Thank you. The ICB has a plan for winter.")
    assert (extraction.committee, extraction.title, extraction.authority) == (None, None, None)


@pytest.mark.parametrize("welcome, committee, authority", [
    ("Welcome to this meeting of Wendle City Council's Adults, Health and Active Lifestyles Scrutiny Board.",
     "Adults, Health and Active Lifestyles Scrutiny Board", "Wendle City Council"),
    ("Good evening and welcome to the meeting of Harbury District Council's Licensing Committee.",
     "Licensing Committee", "Harbury District Council"),
    ("Welcome back to the meeting of Kelderby Borough Council's Planning Committee after the break.",
     "Planning Committee", "Kelderby Borough Council"),
])
def test_a_transcripts_chair_names_whose_meeting_it_is(welcome, committee, authority):
    extraction = metadata(*TOOL_HEADER, welcome, "Hi, I'm Jo Bloggs from NHS Wendle Integrated Care Board.",
                          "The ICB has worked with partners and the ICB will report back.")
    assert (extraction.committee, extraction.authority) == (committee, authority)


@pytest.mark.parametrize("line", ["Planning Committee Tuesday 4 March 2026", "Strategic Commissioning Committee Extraordinary Meeting",
                                  "Health and Wellbeing Board Development Session"])
def test_a_meeting_line_with_its_date_or_kind_of_meeting_is_no_title(line):
    assert not md._body_word_inside_title(line)


@pytest.mark.parametrize("line", ["Report to Wessex Integration Joint Board", "To: Harbury District Council",
                                  "Harbury District Council"])
def test_the_body_a_paper_goes_to_is_no_title_about_bodies(line):
    assert not md._body_words_only_in_names(line)


@pytest.mark.parametrize("line", ["Decision taken by Cabinet on 3 March 2026", "Decision made by the Harbour Board on 4 May 2026",
                                  "Date of the Board meeting 12 June 2026"])
def test_only_a_title_label_is_read_without_its_colon(line):
    found = cover.collect(passages_of(line))
    assert [f for f in found if f.source in ("line", "lettered") and f.field in ("committee", "date")] == []


# --- a period is no meeting's day ----------------------------------------------------------

@pytest.mark.parametrize("line", ["Cabinet forward plan 1 April 2026 - 31 July 2026",
                                  "Consultation period 3 March 2026 to 14 April 2026",
                                  "Plan period 1 June 2026 until 30 September 2026"])
def test_a_period_on_the_cover_is_no_meeting_date(line):
    extraction = metadata("# Forward plan", f"# {line}", "Leisure Centre Contract Award",
                          "The plan lists the key decisions expected in the period.")
    assert extraction.meeting_date is None
    assert md._date_span(line)


@pytest.mark.parametrize("line, date", [("Cabinet - 12 March 2026 - 10.00am", "2026-03-12"),
                                        ("Tuesday, 4th March, 2026", "2026-03-04"),
                                        ("Harbour Board, 3 June 2026, Item 4", "2026-06-03")])
def test_a_meeting_line_with_one_date_still_dates_the_meeting(line, date):
    assert not md._date_span(line)
    assert metadata("# Wendle Council", line, "Harbour Dues Review", "1. Summary",
                    "1.1 This report reviews the harbour dues for the coming year.").meeting_date == date


@pytest.mark.parametrize("heading, rows", [
    ("Forward plan", [["Decision maker:", "Cabinet"], ["Decision due date:", "12 May 2026"]]),
    ("Notice of Key Decisions", [["Item", "Meeting date"], ["Leisure Centre Contract Award", "12 May 2026"]]),
    ("Cabinet Forward Plan of Key Decisions", [["Depot Relocation", "Cabinet, 9 June 2026"]]),
])
def test_a_forward_plan_has_no_meeting_date(heading, rows):
    extraction = metadata(f"# {heading}", "The plan lists the key decisions expected in the next four months.", rows)
    assert extraction.meeting_date is None
    assert not any(k.rule == "meeting_date" for k in extraction.key_dates)


def test_forward_plan_headings_read_their_examples():
    for entry in cover.vocabulary()["forward_plan_headings"]:
        assert len(entry["examples"]) >= 3
        assert all(md.FORWARD_PLAN_HEADING_RE.fullmatch(e) for e in entry["examples"])
    assert not md.FORWARD_PLAN_HEADING_RE.fullmatch("Forward planning for winter pressures report to Cabinet, 12 May 2026.")


def test_a_report_on_the_forward_plan_to_a_meeting_keeps_that_meetings_date():
    extraction = metadata("# Forward Plan", [["Report to:", "Overview and Scrutiny Committee"],
                                             ["Date of meeting:", "9 June 2026"]],
                          "1.1 The Committee is asked to note the forward plan.")
    assert extraction.meeting_date == "2026-06-09"


# --- a meeting pack's header titles nothing; `Decision of:` names the decision maker ------------

@pytest.mark.parametrize("header", ["Public Document Pack", "Supplementary agenda", "Agenda reports pack"])
def test_a_packs_header_is_no_title(header):
    extraction = metadata(f"# {header}", "# Agenda Item 6", "# Wendle Borough Council", "# Report to Cabinet",
                          "12 March 2026", "# Harbour Dues Review 2026", "1. Purpose", "1.1 This report reviews the dues.")
    assert extraction.title == "Harbour Dues Review 2026"


@pytest.mark.parametrize("line, committee", [
    ("Decision of: Cabinet Member for Environment", "Cabinet Member for Environment"),
    ("Decision of: Jo Bloggs, Director of Place", "Director of Place"),
    ("Decision of | Harbour Committee", "Harbour Committee"),
])
def test_decision_of_names_the_decision_maker(line, committee):
    items = [line] if ":" in line else [[[c.strip() for c in line.split("|")]]]
    extraction = metadata("# NOTICE OF EXECUTIVE DECISION", *items, "Date of decision: 4 March 2026",
                          "Subject: Garden Waste Charges 2026/27", "Decision: To set the charge at £52.")
    assert (extraction.committee, extraction.meeting_date) == (committee, "2026-03-04")


@pytest.mark.parametrize("meeting, title, date", [
    ("Cabinet – 11 March 2026", "Procurement Forward Plan 2026/27 and Contracts Register", "2026-03-11"),
    ("Overview and Scrutiny Committee, 4 June 2026", "Forward Plan", "2026-06-04"),
    ("Harbour Board - Tuesday 3 February 2026", "Capital Programme Forward Plan", "2026-02-03"),
])
def test_a_report_on_a_forward_plan_to_a_dated_meeting_keeps_its_date(meeting, title, date):
    extraction = metadata("# Wendle Borough Council", f"# {meeting}", f"# {title}", "Report of: Head of Commercial Services",
                          "1. Purpose", "1.1 This report sets out the plan so that the meeting can agree it.")
    assert extraction.meeting_date == date


@pytest.mark.parametrize("notice", ["Decisions taken at the meeting held on Tuesday, 4th March, 2026",
                                    "Decisions made at a meeting held on 4 March 2026",
                                    "Decision determined at the meeting on 4 March 2026"])
def test_a_notice_naming_only_a_meeting_names_no_committee(notice):
    assert md._notice_meeting(notice) is None
    extraction = metadata("# Public Document Pack", "# Cabinet", f"# {notice}", "# 5. Leisure Centre Contract",
                          "Decision: Cabinet awarded the contract.")
    assert (extraction.committee, extraction.meeting_date) == ("Cabinet", "2026-03-04")


# --- a header row naming a table's columns is no cover field ---------------------------------

@pytest.mark.parametrize("header, rows", [
    (["Item", "Discussion and outcome"], [["QS26/41 Welcome", "The Chair welcomed members."],
                                          ["QS26/42 Infection control", "The Committee noted the report."]]),
    (["Subject", "Action agreed"], [["Winter plan", "Noted."], ["Estates", "Approved."]]),
    (["Title", "Lead"], [["Bridge repairs", "Head of Highways"], ["Depot move", "Head of Waste"]]),
])
def test_a_header_row_naming_columns_gives_no_title(header, rows):
    passages = list(iter_passages([Block("heading", text="Quality and Safety Committee", level=1),
                                   Block("paragraph", text="Minutes of the meeting held on Thursday 21 August 2026 "
                                                            "at 10.00am, Meeting Room 2, Wystan House"),
                                   Block("table", rows=[header] + rows, header_rows=1)]))
    extraction = extract(passages, {}, "paper.txt")
    assert extraction.title == "Quality and Safety Committee Minutes"
    assert [f for f in cover.collect(passages) if f.field == "title"] == []


@pytest.mark.parametrize("header, rows, title", [
    (["Title", "Harbour Dues Review"], [["Author", "Jo Pennick"], ["Date", "4 March 2026"]], "Harbour Dues Review"),
    (["Subject:", "Bridge Repairs"], [["Mooring fees", "£4,000"]], "Bridge Repairs"),
    (["Report title", "Depot Relocation"], [["Report author", "Sam Rowe"]], "Depot Relocation"),
])
def test_a_header_row_that_is_a_cover_pair_still_gives_its_value(header, rows, title):
    passages = list(iter_passages([Block("table", rows=[header] + rows, header_rows=1)]))
    assert [f.value for f in cover.collect(passages) if f.field == "title"][:1] == [title]


def test_a_bilingual_cover_table_with_a_header_row_is_still_a_cover():
    rows = [["Enw'r Pwyllgor / Name of Committee", "Y Cabinet / Cabinet"],
            ["Dyddiad y Cyfarfod / Date of Meeting", "10 Mehefin 2026 / 10 June 2026"],
            ["Teitl yr Adroddiad / Report Title", "Polisi Llyfrgelloedd / Library Policy"]]
    passages = list(iter_passages([Block("table", rows=rows, header_rows=1)]))
    extraction = extract(passages, {}, "paper.txt")
    assert (extraction.committee, extraction.meeting_date, extraction.title) == ("Cabinet", "2026-06-10", "Library Policy")
