"""Cover layouts read into the one cover model (extract/cover.py) and the metadata taken from it:
fields joined into one paragraph, a web page's line of fields, titles set over two lines, minutes
lines, integration joint boards and trusts as publishers, page titles, month-first dates.

Fictional authorities only; each mechanism has three differently worded or laid-out examples.
"""
from __future__ import annotations

import re

import pytest

from committee_papers.extract import cover, metadata as metadata_module
from committee_papers.extract.metadata import parse_date
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages
from fictional_paper import passages_from_lines


passages_of = passages_from_lines


def metadata(*items, properties=None):
    return extract(passages_of(*items), properties or {}, "paper.txt")


# --- every vocabulary of cover_labels.yml reads its own examples ----------------------------

@pytest.mark.parametrize("vocabulary, compiled", [
    ("other_labels", cover.NEXT_LABEL_RE),
    ("section_headings", cover.SECTION_HEADING_RE),
    ("minutes_section_headings", cover.MINUTES_SECTION_HEADING_RE),
    ("page_type_headings", cover.PAGE_TYPE_HEADING_RE),
    ("page_type_prefixes", metadata_module.PAGE_TYPE_PREFIX_RE),
    ("report_by_lines", cover.REPORT_BY_LINE_RE),
    ("meeting_place_lines", metadata_module.MEETING_PLACE_RE),
    ("other_meeting_lines", metadata_module.OTHER_MEETING_RE),
    ("other_meeting_words", re.compile(rf".*\b(?:{cover.label_pattern('other_meeting_words')})\b", re.I)),
    ("member_meeting_words", re.compile(r".*")),
    ("meeting_line_parts", re.compile(rf"(?:{cover.label_pattern('meeting_line_parts')})$", re.I)),
])
def test_each_vocabulary_entry_has_three_examples_that_it_reads(vocabulary, compiled):
    for entry in cover.vocabulary()[vocabulary]:
        assert len(entry["examples"]) >= 3, entry["pattern"]
        for example in entry["examples"]:
            if vocabulary == "other_labels":
                label, value = example.split(":", 1)
                assert compiled.match(f" {label}:{value}"), example
            elif vocabulary == "other_meeting_lines":
                assert compiled.search(example), example
            else:
                assert compiled.match(example), example


# --- several fields joined into one paragraph are cut into one field a line ----------------

@pytest.mark.parametrize("paragraph, expected", [
    ("Report title: Harbour Dues 2026 Report by: Sam Rowe, Harbour Master Purpose: Decision",
     ["Report title: Harbour Dues 2026", "Report by: Sam Rowe, Harbour Master", "Purpose: Decision"]),
    ("Report to: Licensing Committee Date of meeting: 9 October 2025 Subject: Taxi Fares Review Agenda item: 7",
     ["Report to: Licensing Committee", "Date of meeting: 9 October 2025", "Subject: Taxi Fares Review",
      "Agenda item: 7"]),
    ("To: Cllr Jo Pennick, Cabinet Member for Highways From: Head of Highways Decision no: CMD/25/04",
     ["To: Cllr Jo Pennick, Cabinet Member for Highways", "From: Head of Highways", "Decision no: CMD/25/04"]),
])
def test_fields_joined_into_one_paragraph_are_cut_at_each_label(paragraph, expected):
    assert cover.split_fields(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("Title: Harbour Dues 2026 Author: Sam Rowe, Harbour Master Status: For decision",
     ("Harbour Dues 2026", None, None)),
    ("Report to: Licensing Committee Date of meeting: 9 October 2025 Subject: Taxi Fares Review",
     ("Taxi Fares Review", "Licensing Committee", "2025-10-09")),
    ("To: Cllr Jo Pennick, Cabinet Member for Highways From: Head of Highways Decision date: 3 June 2025 "
     "Subject: Speed Limit Review", ("Speed Limit Review", "Cabinet Member for Highways", "2025-06-03")),
])
def test_a_joined_cover_paragraph_gives_each_field_its_own_value(paragraph, expected):
    extraction = metadata(paragraph, "1. Background", "1.1 The work was last reviewed in 2021.")
    assert (extraction.title, extraction.committee, extraction.meeting_date) == expected


@pytest.mark.parametrize("text", [
    "The Committee agreed the fees: the harbour master will report again in June.",
    "Home to School Transport: Contract Awards 2025",
    "Purpose: to agree the fees. The Harbour Master said the Date of the review and its Title were set in 2021.",
])
def test_a_sentence_or_a_title_with_a_colon_is_not_cut(text):
    assert cover.split_fields(text) == [text]


# --- a web page's line of fields set apart by middle dots or bullets -----------------------

@pytest.mark.parametrize("line, committee, iso", [
    ("Cabinet \u00b7 Tuesday 15 October 2024 \u00b7 Report of the Director of Place", "Cabinet", "2024-10-15"),
    ("Harbour Committee \u2022 3 February 2025 \u2022 Report of the Harbour Master", "Harbour Committee", "2025-02-03"),
    ("Licensing Committee \u00b7 March 12, 2025 \u00b7 Author: Sam Rowe", "Licensing Committee", "2025-03-12"),
])
def test_a_line_of_fields_gives_committee_and_date_not_the_title(line, committee, iso):
    extraction = metadata("# Mooring Fees Review", line, "# Summary", "The fees were last set in 2021.")
    assert (extraction.title, extraction.committee, extraction.meeting_date) == ("Mooring Fees Review", committee, iso)


@pytest.mark.parametrize("line", [
    "Civic Centre \u2022 Tel 01234 567890 \u2022 www.fenmarsh.gov.uk",
    "Town Hall \u00b7 Market Square \u00b7 FM1 2AB",
    "Harbour Office \u2022 harbour@kestrelbay.gov.uk \u2022 Kestrel Bay",
])
def test_a_letterheads_address_line_is_not_cut_into_fields(line):
    assert cover.split_fields(line) == [line]


# --- a title set over two lines ---------------------------------------------------------------

@pytest.mark.parametrize("lines, title", [
    (["# Mobile library service: award of", "# contract 2025 to 2029"],
     "Mobile library service: award of contract 2025 to 2029"),
    (["CABINET", "12 MARCH 2025", "STREET LIGHTING CONTRACT: EXTENSION AND JOINT", "RE-PROCUREMENT"],
     "Street Lighting Contract: Extension and Joint Re-Procurement"),
    (["HARBOUR COMMITTEE", "HOUSING ALLOCATIONS POLICY", "REVIEW 2025"], "Housing Allocations Policy Review 2025"),
])
def test_a_title_wrapped_over_two_lines_is_read_whole(lines, title):
    extraction = metadata(*lines, "1. Summary", "1.1 The policy was last reviewed in 2019.")
    assert extraction.title == title


@pytest.mark.parametrize("lines, title", [
    (["CABINET", "12 MARCH 2025", "ALLOTMENT RENTS", "PORTFOLIO: ENVIRONMENT"], "Allotment Rents"),
    (["# Waste Collection Contract", "# Summary"], "Waste Collection Contract"),
    (["# Tree Works Programme", "# 1. Background"], "Tree Works Programme"),
])
def test_a_label_or_section_heading_after_the_title_is_not_joined_to_it(lines, title):
    assert metadata(*lines, "1.1 The works were last let in 2020.").title == title


# --- headings that are not titles, and titles written `Subject: sub-title` ------------------

@pytest.mark.parametrize("lines, title", [
    (["# Decision details", "# Carers Support Service: contract award", "# Purpose:", "To award the contract."],
     "Carers Support Service: contract award"),
    (["# Record of Executive Decision", "# Grass cutting: new contract from April", "# Decision"],
     "Grass cutting: new contract from April"),
    (["# Home to School Transport: Contract Awards 2025", "# Summary", "The Council runs 40 routes."],
     "Home to School Transport: Contract Awards 2025"),
])
def test_a_subject_colon_subtitle_heading_is_the_title_and_section_headings_are_not(lines, title):
    assert metadata(*lines).title == title


@pytest.mark.parametrize("lines", [
    ["# Summary", "The fees were last set in 2021."],
    ["# Purpose of the report", "To set the fees."],
    ["# Reasons for the decision", "The fees are below cost."],
])
def test_a_section_heading_is_never_a_title(lines):
    assert metadata(*lines).title is None


# --- minutes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lines, committee, iso", [
    (["Minutes of the meeting of the Dental Commissioning Committee held on Tuesday 21 October "
      "2025 at 9.30am, Quayside Lodge"], "Dental Commissioning Committee", "2025-10-21"),
    (["Minutes of a meeting of the Audit and Governance Committee of the Council held at the Civic Centre on 3 June 2025"],
     "Audit and Governance Committee of the Council", "2025-06-03"),
    (["Draft minutes of the meeting of the Harbour Board held on Monday 3 February 2025 at 10am in the Harbour Office"],
     "Harbour Board", "2025-02-03"),
])
def test_a_long_minutes_line_names_its_committee_and_date(lines, committee, iso):
    extraction = metadata(*lines, "Present: Cllr Jo Pennick (Chair)")
    assert (extraction.committee, extraction.meeting_date) == (committee, iso)


@pytest.mark.parametrize("line, title", [
    ("Minutes of the Board Meeting held in Public", "Minutes of the Board Meeting held in Public"),
    ("Minutes of the Trust Board meeting held in private", "Minutes of the Trust Board meeting held in private"),
    # (m32, stop 26: a held clause saying only when is part of the title too, as the gold titles write it)
    ("Minutes of the Harbour Board held on 3 February 2025", "Minutes of the Harbour Board held on 3 February 2025"),
    ("Minutes of the Harbour Board held on 3 February 2025 at 6pm", "Minutes of the Harbour Board"),
])
def test_held_in_public_is_part_of_a_minutes_title_but_held_on_a_date_and_time_is_not(line, title):
    assert metadata(line, "Date: 4 December 2024", "Present: Dr Ann Lee (Chair)").title == title


@pytest.mark.parametrize("lines, title", [
    (["HARBOUR COMMITTEE", "MINUTES of the meeting held on Monday 3 February 2025"], "Harbour Committee Minutes"),
    (["# Licensing Committee", "Minutes of the meeting held on 9 October 2025 at 7pm"], "Licensing Committee Minutes"),
    (["AUDIT AND GOVERNANCE COMMITTEE", "MINUTES OF THE MEETING", "HELD ON 3 JUNE 2025"],
     "Audit and Governance Committee Minutes"),
])
def test_minutes_that_do_not_name_their_meeting_are_titled_by_the_committee_heading(lines, title):
    assert metadata(*lines, "Present: Cllr Jo Pennick (Chair)").title == title


# --- integration joint boards, ICBs and trusts publish their own papers -----------------------

COUNCIL_TEXT = ("1.1 Tarnbrook Council holds the contracts. Tarnbrook Council pays the providers and Tarnbrook "
                "Council reports to the board each quarter.")


@pytest.mark.parametrize("lines, properties, authority", [
    ([[["Report to:", "Tarnbrook Integration Joint Board", "Date of meeting:", "5 February 2025"],
       ["Subject:", "Care at Home", "Report no:", "IJB 07/25"]], COUNCIL_TEXT],
     {"author": "Tarnbrook Council"}, "Tarnbrook Integration Joint Board"),
    (["Report to: NHS Tarnbrook Integrated Care Board", "Date: 6 March 2025", "Title: Hearing Services", COUNCIL_TEXT],
     {}, "NHS Tarnbrook Integrated Care Board"),
    (["Presented to: Fenwick Valley Integration Joint Board", "Subject: Day Services", COUNCIL_TEXT.replace(
        "Tarnbrook", "Fenwick Valley")], {"author": "Fenwick Valley Council"}, "Fenwick Valley Integration Joint Board"),
])
def test_the_board_a_paper_is_addressed_to_publishes_it_over_a_council_named_more(lines, properties, authority):
    extraction = metadata(*lines, properties=properties)
    assert (extraction.authority, extraction.authority_source) == (authority, "report to")


@pytest.mark.parametrize("lines, committee", [
    (["# Eastholm Integration Joint Board", "Meeting date: 25 September 2024", "Title: Directions 2024/25"],
     "Eastholm Integration Joint Board"),
    (["# NHS Fenwick Integrated Care Board", "Date: 6 March 2025", "Title: Hearing Services"],
     "NHS Fenwick Integrated Care Board"),
    (["# Tarnbrook Integration Joint Board", "Title: Care at Home", "1.1 Tarnbrook Council holds the contract."],
     "Tarnbrook Integration Joint Board"),
])
def test_a_board_heading_its_own_paper_is_the_meeting_when_no_other_is_named(lines, committee):
    assert metadata(*lines).committee == committee


@pytest.mark.parametrize("lines, committee", [
    (["# EASTHOLM INTEGRATION JOINT BOARD", "AUDIT AND RISK COMMITTEE", "11 December 2024"], "Audit and Risk Committee"),
    (["# NHS Fenwick Integrated Care Board", "Quality Committee", "6 March 2025"], "Quality Committee"),
    (["# Tarnbrook Integration Joint Board", "Report to: Performance and Finance Committee"],
     "Performance and Finance Committee"),
])
def test_a_committee_named_under_the_boards_heading_is_the_meeting(lines, committee):
    assert metadata(*lines).committee.lower() == committee.lower()


# --- the web page's <title> names the meeting ------------------------------------------------

@pytest.mark.parametrize("page_title, committee, iso", [
    ("Agenda item - Cabinet - 12 March 2025 - Fenmarsh District Council", "Cabinet", "2025-03-12"),
    ("Agenda for Licensing Committee on Tuesday, 4th March, 2025, 10.00 am | Kestrel Bay Town Council",
     "Licensing Committee", "2025-03-04"),
    ("Issue - items at meetings - Harbour Board - 3 June 2025 - Thornbury Vale District Council",
     "Harbour Board", "2025-06-03"),
])
def test_a_page_title_names_the_meeting_a_page_without_cover_fields_belongs_to(page_title, committee, iso):
    extraction = metadata("# Agenda item", "# Mooring fees 2025/26", "The fees were last set in 2021.",
                          properties={"title": page_title, "h1": "Agenda item"})
    assert (extraction.committee, extraction.meeting_date) == (committee, iso)


# --- a paper that writes its numeric dates month first ----------------------------------------

@pytest.mark.parametrize("text, month_first, iso", [
    ("Meeting date: 04/03/2025", False, "2025-03-04"),
    ("Meeting date: 04/03/2025", True, "2025-04-03"),
    ("Date: 12/31/2024", True, "2024-12-31"),
])
def test_parse_date_reads_numeric_dates_in_the_papers_order(text, month_first, iso):
    assert parse_date(text, month_first) == iso


@pytest.mark.parametrize("lines, iso", [
    (["Meeting date: 04/03/2025", "Next review: 05/13/2025", "Tender closes 06/30/2025"], "2025-04-03"),
    (["Date of meeting: 02/11/2025", "The contract ends 12/31/2026 and 10/15/2026."], "2025-02-11"),
    (["Decision date: 01/09/2025", "Funding runs to 09/30/2025 and 03/31/2026."], "2025-01-09"),
])
def test_the_meeting_date_follows_a_month_first_paper(lines, iso):
    assert metadata(*lines).meeting_date == iso


# --- the cover is read once per paper -------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["Report to: Cabinet", "Date: 4 March 2026", "Title: Car Parking Charges", "Report author: Sam Rowe"],
    [[["Meeting", "Harbour Committee"], ["Date", "3 February 2025"], ["Title", "Mooring Fees"]]],
    ["# Minutes of the Harbour Board held on 3 February 2025", "Present: Dr Ann Lee (Chair)"],
])
def test_the_cover_fields_are_collected_once_per_paper(monkeypatch, lines):
    calls = []
    original = cover.collect

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(metadata_module.cover, "collect", counting)
    metadata(*lines)
    assert len(calls) == 1


def test_an_example_label_in_the_vocabulary_is_case_blind_but_cuts_only_at_a_capital():
    assert re.search(cover.NEXT_LABEL_RE, " Status: open")
    assert cover.split_fields("Title: Harbour Dues the status: open") == ["Title: Harbour Dues the status: open"]


# --- a council named only by its e-mail domain: the register's council of that place ---------

@pytest.mark.parametrize("contact, authority", [
    ("Contact: Sara Lund, sara.lund@rutland.gov.uk", "Rutland County Council"),
    ("For more information e-mail extra.care@cheshireeast.gov.uk", "Cheshire East Council"),
    ("Report author: Ian Cole (ian.cole@west-northamptonshire.gov.uk)", "West Northamptonshire Council"),
])
def test_a_registered_councils_email_domain_names_a_publisher_the_text_never_names(contact, authority):
    extraction = metadata("Report to: Cabinet", "Date: 12 March 2025", "Subject: Extra Care Housing Contract",
                          "1.1 The Council runs two extra care schemes.", contact)
    assert (extraction.authority, extraction.authority_source) == (authority, "email domain")


@pytest.mark.parametrize("contact", [
    "Contact: Sara Lund, sara.lund@wendlebury.org",         # not a council's domain
    "Contact: Sara Lund, sara.lund@example.org.uk",
    "Contact: Sara Lund, sara.lund@nhs.net",
])
def test_an_unknown_domain_names_no_publisher(contact):
    extraction = metadata("Report to: Cabinet", "Subject: Extra Care Housing Contract",
                          "1.1 The Council runs two extra care schemes.", contact)
    assert extraction.authority is None


@pytest.mark.parametrize("contact, authority", [
    # (No registered council of that place: the paper's `the Council` is the council of its own address.)
    ("Contact: Sara Lund, sara.lund@wendlebury.gov.uk", "Wendlebury Council"),
    ("Further information: www.tarnmouth.gov.uk/extracare", "Tarnmouth Council"),
    ("Contact: Sara Lund, sara.lund@kestrel-bay.gov.uk", "Kestrel Bay Council"),
])
def test_an_unregistered_councils_own_address_names_the_council_the_paper_calls_itself(contact, authority):
    extraction = metadata("Report to: Cabinet", "Subject: Extra Care Housing Contract",
                          "1.1 The Council runs two extra care schemes.", contact)
    assert (extraction.authority, extraction.authority_source) == (authority, "email domain")


# --- a four-column cover table: any label, kept or not, ends the value before it -------------

@pytest.mark.parametrize("rows, field, value", [
    ([["Author", "Ian Cole", "Status", "Public"]], "author", "Ian Cole"),
    ([["Meeting", "Licensing Committee", "Item", "6"]], "committee", "Licensing Committee"),
    ([["Report title", "Street Trading Policy", "Classification:", "Official"]], "title", "Street Trading Policy"),
])
def test_a_four_column_rows_second_label_is_not_part_of_the_first_value(rows, field, value):
    found = cover.collect(passages_of(rows))
    assert [f.value for f in found if f.field == field][0] == value


# --- ModernGov furniture around the paper's own title and meeting ------------------------------

@pytest.mark.parametrize("lines, properties, expected", [
    (["# Issue - items at meetings - Allotment Rents 2025/26", "Meeting: 04/02/2025 - Cabinet (Item 8)"], {},
     ("Allotment Rents 2025/26", "Cabinet", "2025-02-04")),
    (["# Decision - Award of the Home Care Framework", "Meeting: 17/03/2026 - Cabinet (Item 11)"], {},
     ("Award of the Home Care Framework", "Cabinet", "2026-03-17")),
    (["# Agenda item - Mooring Fees 2025/26", "Meeting: 03/02/2025 - Harbour Committee (Agenda item 5)"], {},
     ("Mooring Fees 2025/26", "Harbour Committee", "2025-02-03")),
])
def test_a_page_type_prefix_and_item_number_are_cut_from_title_and_meeting(lines, properties, expected):
    extraction = metadata(*lines, "Decision: RESOLVED that the report be approved.", properties=properties)
    assert (extraction.title, extraction.committee, extraction.meeting_date) == expected


# --- a cover in capitals joined into one block by a PDF is cut at its date -------------------

@pytest.mark.parametrize("block, expected", [
    ("WENDLEBURY BOROUGH COUNCIL OVERVIEW AND SCRUTINY COMMITTEE TUESDAY 4 MARCH 2025 HOUSING REPAIRS "
     "CONTRACT: PERFORMANCE REVIEW",
     ("Overview and Scrutiny Committee", "2025-03-04", "Housing Repairs Contract: Performance Review")),
    ("CABINET 12 MARCH 2025 STREET LIGHTING MAINTENANCE CONTRACT AWARD",
     ("Cabinet", "2025-03-12", "Street Lighting Maintenance Contract Award")),
    ("HARBOUR COMMITTEE - MONDAY 3 FEBRUARY 2025 - REVIEW OF MOORING FEES",
     ("Harbour Committee", "2025-02-03", "Review of Mooring Fees")),
])
def test_a_capitals_cover_block_is_cut_into_meeting_date_and_title(block, expected):
    extraction = metadata(block, "1. Summary", "1.1 The work was last let in 2020.")
    assert (extraction.committee, extraction.meeting_date, extraction.title) == expected


# --- a PDF's running header or footer names the meeting a cover without fields belongs to ------

@pytest.mark.parametrize("running, committee, iso", [
    (["Fenmarsh District Council - Cabinet - 12 March 2025", "Page 1 of 2"], "Cabinet", "2025-03-12"),
    (["Harbour Committee 3 February 2025", "Kestrel Bay Town Council | Page 1"], "Harbour Committee", "2025-02-03"),
    (["OFFICIAL", "Thornbury Vale District Council Licensing Committee \u2013 9 October 2025"],
     "Licensing Committee", "2025-10-09"),
])
def test_a_running_line_names_the_meeting(running, committee, iso):
    extraction = metadata("# Review of Mooring Fees 2025/26", "1. Purpose", "1.1 This report proposes new fees.",
                          properties={"running_lines": running})
    assert (extraction.committee, extraction.meeting_date) == (committee, iso)


@pytest.mark.parametrize("running", [
    ["Appendix B: Harbour Risk Register 2025-26", "Page 1"],
    ["Kestrel Bay Town Council", "OFFICIAL"],
    ["Fenmarsh District Council - Finance Monitoring Report - Page 2"],
])
def test_a_running_line_that_names_no_meeting_gives_none(running):
    extraction = metadata("# Review of Mooring Fees 2025/26", "1. Purpose", "1.1 This report proposes new fees.",
                          properties={"running_lines": running})
    assert extraction.committee is None


# --- the decision-maker's role after a comma, in brackets, after a dash, in capitals -----------

@pytest.mark.parametrize("line, committee", [
    ("Decision maker: Cllr Jo Pennick (Cabinet Member for Waste)", "Cabinet Member for Waste"),
    ("To: Councillor Sam Rowe - Executive Member for Housing", "Executive Member for Housing"),
    ("TO: COUNCILLOR RUTH GALLOWAY, CABINET MEMBER FOR HIGHWAYS", "Cabinet Member for Highways"),
])
def test_a_decision_makers_role_is_found_however_it_is_set_apart(line, committee):
    assert metadata(line, "Subject: Verge Cutting Contract").committee == committee


@pytest.mark.parametrize("value", [
    "Jo Pennick (Corporate Director of Place)", "Harbour Committee - Kestrel Bay", "SAM ROWE, HEAD OF HIGHWAYS"])
def test_a_person_or_body_without_a_decision_making_role_gives_no_role(value):
    assert cover.decision_maker_role(value) is None


@pytest.mark.parametrize("properties, iso", [
    ({"title": "Cabinet - 12 March 2025 | Fenmarsh District Council"}, "2025-03-12"),
    ({"running_lines": ["Harbour Committee 3 February 2025", "Page 1"]}, "2025-02-03"),
    ({"title": "Agenda for Licensing Committee on Tuesday, 4th March, 2025, 10.00 am - Kestrel Bay Town Council"},
     "2025-03-04"),
])
def test_the_page_title_or_running_line_dates_a_meeting_the_cover_names_without_a_date(properties, iso):
    extraction = metadata("Report to: Cabinet", "Subject: Mooring Fees", "1.1 The fees were set in 2021.",
                          properties=properties)
    assert extraction.meeting_date == iso


# --- a board named with the date on one line is the meeting ----------------------------------
@pytest.mark.parametrize("lines, committee", [
    (["# Lochmere Integration Joint Board", "Lochmere Integration Joint Board – 12 March 2025",
      "# Directions to NHS Lochmere and Lochmere Council 2025/26"], "Lochmere Integration Joint Board"),
    (["NHS Fenwick Integrated Care Board, 6 March 2025", "# Community Diagnostics Update",
      "1.1 The report is to the Board."], "NHS Fenwick Integrated Care Board"),
    (["Harrowdene Integration Joint Board 30 April 2025", "# Care at Home Recommissioning"],
     "Harrowdene Integration Joint Board"),
])
def test_a_board_named_with_its_meeting_date_is_the_meeting(lines, committee):
    assert metadata(*lines).committee == committee


def test_a_council_named_with_a_date_is_not_the_meeting():
    assert metadata("Harbury Borough Council – 12 March 2025", "Cabinet",
                    "# Leisure Contract").committee == "Cabinet"


# --- a cover laid out across the page: a header row of labels over one row of values -------

def _with_header_table(*items):
    """Like passages_of, but a list is a table whose first row is its header."""
    blocks = []
    for item in items:
        if isinstance(item, list):
            blocks.append(Block("table", rows=item, header_rows=1))
        elif item.startswith("# "):
            blocks.append(Block("heading", text=item[2:], level=1))
        else:
            blocks.append(Block("paragraph", text=item))
    return list(iter_passages(blocks))


@pytest.mark.parametrize("items, committee, date", [
    (["# NHS Wrayford Integrated Care Board", "# Board meeting in public - minutes",
      [["Date", "Time", "Venue"], ["Thursday 6 March 2025", "10.00am", "Boardroom, Mill House"]],
      "1. Apologies were received from the Chief Nurse."], None, "2025-03-06"),
    (["# Pelham Vale District Council", "# Minutes",
      [["Meeting", "Date", "Location"], ["Planning Committee", "12/02/2025", "Council Chamber"]],
      "1. The minutes of the last meeting were approved."], "Planning Committee", "2025-02-12"),
    (["# Orlestone Community Health NHS Trust",
      [["Committee", "Meeting date", "Agenda item"], ["Quality Committee", "21 May 2025", "7"]],
      "# Patient experience report", "This report sets out complaints received in the quarter."],
     "Quality Committee", "2025-05-21"),
])
def test_a_header_row_of_labels_gives_the_row_below_as_values(items, committee, date):
    facts = extract(_with_header_table(*items), {}, "paper.txt")
    assert facts.meeting_date == date
    if committee:
        assert facts.committee == committee


def test_a_table_whose_header_is_not_all_labels_gives_no_cover_fields():
    # `Provider | Start date`: a contracts table near the top is the paper's own, not its cover.
    passages = _with_header_table(
        "# Cabinet", [["Provider", "Start date", "Value"], ["Acme Care Ltd", "1 April 2026", "£40,000"]])
    assert cover.fields(cover.collect(passages), "date") == []
    # A `Date | Milestone` timetable is no cover either.
    passages = _with_header_table("# Cabinet", [["Date", "Milestone"], ["1 June 2026", "Contract starts"]])
    assert "1 June 2026" not in cover.fields(cover.collect(passages), "date")


@pytest.mark.parametrize("lines, committee, date, title", [
    (["BRAMWICK BOROUGH COUNCIL", "OFFICER DECISION NOTICE", "Decision title: Street lighting maintenance call-off",
      "Decision made by: Director of Environment", "Date decision made: 3 March 2025",
      "1. To award the call-off to Lumen Highways Ltd."],
     "Director of Environment", "2025-03-03", "Street lighting maintenance call-off"),
    (["Tarrow Council", "Delegated decision", "Decision Title: Allotment rents 2025/26",
      "Decided by: Head of Parks", "Decision made on: 14 February 2025", "The rents are increased by 4%."],
     "Head of Parks", "2025-02-14", "Allotment rents 2025/26"),
    (["Lowford District Council", "Proposal title: Market stall fees review",
      "Decision was taken by: Cabinet Member for Economy", "Date the decision was taken: 9 May 2025",
      "The fees are frozen for a year."],
     "Cabinet Member for Economy", "2025-05-09", "Market stall fees review"),
])
def test_a_decision_notice_names_its_maker_date_and_title(lines, committee, date, title):
    facts = metadata(*lines)
    assert (facts.committee, facts.meeting_date, facts.title) == (committee, date, title)


@pytest.mark.parametrize("label", ["Meeting title", "Meeting Title", "Committee title"])
def test_a_meeting_title_label_names_the_meeting_not_the_paper(label):
    facts = metadata([["Trust name", "Orlestone Community Health NHS Trust"],
                      [label, "Board of Directors (meeting in public)"], ["Meeting date", "13 March 2025"],
                      ["Report title", "Community Phlebotomy Service: Contract Extension"]],
                     "1. This paper asks the Board to extend the contract.")
    assert facts.committee == "Board of Directors (meeting in public)"
    assert facts.title == "Community Phlebotomy Service: Contract Extension"


@pytest.mark.parametrize("lines, committee, date, title", [
    (["GLENTARRAN COUNCIL", "Report by Executive Director of Education to Education Committee on 18 February 2025",
      "SCHOOL TRANSPORT CONTRACTS 2025-2030", "1. PURPOSE OF REPORT"],
     "Education Committee", "2025-02-18", "School Transport Contracts 2025-2030"),
    (["Strathellen Integration Joint Board", "Report by the Chief Officer to the Integration Joint Board of 26 March 2025",
      "# Financial Plan 2025/26", "1. Purpose"],
     "Integration Joint Board", "2025-03-26", "Financial Plan 2025/26"),
    (["Inverbrae Council", "# Housing Repairs Framework",
      "Report from Head of Housing to Communities and Housing Committee on Tuesday 4 March 2025",
      "1. Summary"],
     "Communities and Housing Committee", "2025-03-04", "Housing Repairs Framework"),
])
def test_a_report_by_line_names_the_meeting_and_its_date(lines, committee, date, title):
    facts = metadata(*lines)
    assert (facts.committee, facts.meeting_date, facts.title) == (committee, date, title)


@pytest.mark.parametrize("lines, title", [
    (["Harwell Down District Council", "Audit and Governance Committee \u2013 12 March 2025",
      "Internal Audit Progress Report", "Report of: Head of Internal Audit", "1. Introduction"],
     "Internal Audit Progress Report"),
    (["Pennard Borough Council", "# Licensing Committee - 3 June 2025", "# Street Trading Consents Policy",
      "1. Purpose"], "Street Trading Consents Policy"),
    (["Fellgate Council", "CABINET, 9 APRIL 2025", "Leisure Centre Roof Replacement", "1. Summary"],
     "Leisure Centre Roof Replacement"),
])
def test_a_meeting_line_with_its_date_is_no_title(lines, title):
    assert metadata(*lines).title == title


@pytest.mark.parametrize("paragraph, committee, date", [
    ("Decision: Award of highways drainage framework Decision maker: Corporate Director of Place "
     "Date of decision: 12th of March 2025", "Corporate Director of Place", "2025-03-12"),
    ("Decision: Parking charges review Decision made by: Head of Parking Services Date decision made: 2 May 2025",
     "Head of Parking Services", "2025-05-02"),
    ("Decision: Library stock contract extension Decided by: Cabinet Member for Culture "
     "Decision made on: 30 January 2025", "Cabinet Member for Culture", "2025-01-30"),
])
def test_a_decision_records_joined_fields_are_cut_at_each_label(paragraph, committee, date):
    facts = metadata("Harrowby County Council", "Record of delegated decision", paragraph,
                     "Details of the decision: the contract is awarded.")
    assert (facts.committee, facts.meeting_date) == (committee, date)


@pytest.mark.parametrize("paragraph, date", [
    ("Licensing Act 2003 - Application for a premises licence Premises: The Old Forge, 2 Mill Lane "
     "Applicant: Forge Taverns Ltd Date of hearing: 14 January 2025 Members: Cllr A Bell (Chair)", "2025-01-14"),
    ("Appeal against a school place refusal Appellant: Mr and Mrs Reed School: Fernhill Primary "
     "Date of meeting: 3 March 2025", "2025-03-03"),
    ("Review of a taxi driver's licence Licence holder: J Smith Licence no: HC/0441 "
     "Hearing date: 21/05/2025 Panel: Licensing Panel", "2025-05-21"),
])
def test_a_paragraph_of_joined_fields_is_cut_at_known_labels_wherever_they_start(paragraph, date):
    facts = metadata("Kestrelford Borough Council", "NOTICE OF DETERMINATION", paragraph,
                     "1. The Panel heard from the applicant and read the representations.")
    assert facts.meeting_date == date


def test_a_sentence_with_labels_in_it_is_not_cut():
    # Prose that quotes a label is no block of fields.
    assert cover.split_fields("The officer said the Date of meeting: was wrong. Members: agreed to move it.") == \
        ["The officer said the Date of meeting: was wrong. Members: agreed to move it."]


@pytest.mark.parametrize("line, date", [
    ("Cabinet, 11 February 2025. Report of the Corporate Director of Communities, Ashby Council.", "2025-02-11"),
    ("Licensing Sub-Committee - Tuesday 4 March 2025 - report of the Licensing Manager, for decision.", "2025-03-04"),
    ("Board meeting in public, 6 May 2025. Paper presented by the Chief Nurse and the Medical Director.", "2025-05-06"),
])
def test_a_cover_line_opening_with_the_meeting_and_its_date_dates_the_paper(line, date):
    assert metadata("# Library Strategy 2025-2030", line, "# 1. Summary",
                    "1.1 This report presents a new strategy.").meeting_date == date


def test_a_sentence_naming_an_earlier_meeting_does_not_date_the_paper():
    facts = metadata("# Library Strategy 2025-2030", "The Cabinet on 12 March 2024 agreed to review the libraries.",
                     "# 1. Summary", "1.1 This report presents a new strategy.")
    assert facts.meeting_date is None


@pytest.mark.parametrize("line, committee", [
    ("MINUTES OF A MEETING OF THE BOARD OF TRUSTEES held in the Reading Room, Mill Lane, Quenby, "
     "on Thursday 9th October 2025 at 7.15 p.m.", "Board of Trustees"),
    ("Minutes of the meeting of the Finance Committee held in the Vestry, St Anne's Hall, on "
     "Monday 3 March 2025 at 7 p.m.", "Finance Committee"),
    ("Minutes of a Meeting of the Management Committee held at the Club House, Riverside Walk, "
     "on 9 April 2025 commencing at 10 a.m.", "Management Committee"),
])
def test_a_minutes_line_closing_with_the_time_names_its_meeting(line, committee):
    facts = metadata("THE ELLERTON ALMSHOUSE CHARITY", line, "Present: Mr G. Hall (Chairman), Mrs P. Venn",
                     "# 1. APOLOGIES", "1.1 Apologies were received from Mr K. Ibbotson.")
    assert facts.committee == committee


@pytest.mark.parametrize("line, committee, date", [
    ("Cabinet - Tuesday, 4th March, 2025 10.00 am", "Cabinet", "2025-03-04"),
    ("Planning Committee, 5 March 2025 at 6.30pm", "Planning Committee", "2025-03-05"),
    ("Licensing Sub-Committee 12/03/2025 14:00", "Licensing Sub-Committee", "2025-03-12"),
])
def test_a_meeting_line_loses_the_time_with_the_date(line, committee, date):
    facts = metadata("# Agenda and minutes", line, "Venue: Council Chamber, Civic Centre",
                     "# 45. Minutes of the previous meeting", "RESOLVED: That the minutes be approved.")
    assert (facts.committee, facts.meeting_date) == (committee, date)


@pytest.mark.parametrize("ask, committee", [
    ("We request that the Scrutiny Committee recommends that the closure of the two family hubs is paused.",
     "Scrutiny Committee"),
    ("I formally ask that the Overview and Scrutiny Committee refers the decision back to the Cabinet Member.",
     "Overview and Scrutiny Committee"),
    ("We propose that the Children's Services Scrutiny Panel asks for a fresh equality assessment.",
     "Children's Services Scrutiny Panel"),
])
def test_a_call_in_names_the_meeting_it_asks(ask, committee):
    facts = metadata("Call-in Request for Executive Decision 25/00012 - Future of Fenby Library",
                     "Proposer: Cllr A Marsh", "Seconder: Cllr B Oduya", "# Reasons for calling in the decision:",
                     "The decision did not consider the footfall data for the library.", ask)
    assert facts.committee == committee


@pytest.mark.parametrize("question", [
    "I ask that the Licensing Committee explains why the late licence was granted.",
    "We propose that the Harbour Board writes to the Secretary of State about dredging.",
    "I request that the Cabinet publishes the minutes of the working group.",
])
def test_a_question_asking_a_body_to_act_names_no_meeting(question):
    # A public question or motion quoted in a paper asks a body to do something other than
    # consider a decision again: no call-in, so no meeting.
    facts = metadata("Questions from the public", "Question from Mrs J Ames", question,
                     "The Leader replied that a response would follow in writing.")
    assert facts.committee is None


@pytest.mark.parametrize("lines, committee, date, title", [
    (["NHS Wendmoor Integrated Care Board", "Minutes: Quality and Safety Committee - 14/02/2025",
      "Present: Dr A Shaw (Chair)", "# 1. Apologies"],
     "Quality and Safety Committee", "2025-02-14", "Minutes: Quality and Safety Committee"),
    (["Wendmoor County Council", "Notes of the Health and Wellbeing Board meeting, 5 March 2025",
      "Present: Cllr A Shaw (Chair)", "# 1. Apologies"],
     "Health and Wellbeing Board meeting", "2025-03-05", "Notes of the Health and Wellbeing Board meeting"),
    (["Wendmoor County Council", "Record of the meeting of the Schools Forum held on 5 March 2025",
      "Present: Mr A Shaw (Chair)", "# 1. Apologies"],
     "Schools Forum", "2025-03-05", "Record of the meeting of the Schools Forum held on 5 March 2025"),
])
def test_minutes_by_other_names_and_layouts_name_their_meeting(lines, committee, date, title):
    facts = metadata(*lines)
    assert (facts.committee, facts.meeting_date, facts.title) == (committee, date, title)


@pytest.mark.parametrize("lines, title", [
    (["Wendmoor Council", "EXECUTIVE", "Tuesday, 4 March 2025", "MINUTES", "Present: Cllr A Shaw (Leader)",
      "# 1. Apologies"], "Executive Minutes"),
    (["WENDMOOR COUNCIL", "MINUTES", "PLANNING COMMITTEE", "4 MARCH 2025", "Present: Cllr A Shaw (Chair)",
      "# 1. Apologies"], "Planning Committee Minutes"),
    (["Wendmoor Town Council", "Finance Committee", "Minutes", "Monday 3 March 2025",
      "Present: Cllr A Shaw (Chair)", "# 1. Apologies"], "Finance Committee Minutes"),
])
def test_minutes_titled_only_by_their_kind_take_the_meetings_name(lines, title):
    assert metadata(*lines).title == title


@pytest.mark.parametrize("place", ["Via Microsoft Teams", "Held virtually", "Venue: Committee Room 2, Civic Centre"])
def test_where_a_meeting_is_held_is_no_title(place):
    facts = metadata("Wendmoor Community Health NHS Trust", "Board of Directors Meeting in Public",
                     "Thursday 6 March 2025, 10:00am - 1:00pm", place, "Present: Ms A Shaw (Chair)",
                     "# 1. Apologies")
    assert facts.title != place and facts.meeting_date == "2025-03-06"


@pytest.mark.parametrize("line, committee, title", [
    ("Transcript of the Cabinet meeting held on 4 March 2025", "Cabinet meeting",
     "Transcript of the Cabinet meeting held on 4 March 2025"),
    ("Verbatim transcript of the Planning Committee meeting held at the Town Hall on 4 March 2025",
     "Planning Committee meeting",  # (m39: when and in which room stay in the title)
     "Verbatim transcript of the Planning Committee meeting held at the Town Hall on 4 March 2025"),
    ("Transcript of a meeting of the Licensing Committee held on 4 March 2025", "Licensing Committee",
     "Transcript of a meeting of the Licensing Committee held on 4 March 2025"),
])
def test_a_transcript_line_names_its_meeting_like_minutes(line, committee, title):
    facts = metadata("Farrowby Council", line, "Chair: Good evening everyone.", "Cllr Jones: Thank you, Chair.")
    assert (facts.committee, facts.meeting_date, facts.title) == (committee, "2025-03-04", title)


@pytest.mark.parametrize("line, committee", [
    ("Farrowby County Council - Full Council - 27 February 2025 - Verbatim record", "Full Council"),
    ("Farrowby Borough Council | Licensing Committee | 27 February 2025 | Decision notice", "Licensing Committee"),
    ("NHS Farrowby ICB \u2013 Audit Committee \u2013 27 February 2025 \u2013 Summary of business", "Audit Committee"),
])
def test_a_line_of_parts_gives_the_part_that_is_the_meeting(line, committee):
    facts = metadata(line, "The Chairman: Members, welcome.", "Cllr Smith: Thank you.")
    assert (facts.committee, facts.meeting_date) == (committee, "2025-02-27")


@pytest.mark.parametrize("line, meeting", [
    ("Cabinet - Tuesday, 4th March, 2025", "Cabinet"),
    ("Audit Committee 05/13/2025", "Audit Committee"),          # month first: cut whichever order
    ("Planning Committee, March 4th, 2025, 6pm", "Planning Committee"),
    ("Licensing Panel 2025-03-04", "Licensing Panel"),
    ("Schools Forum - 4/3/25", "Schools Forum"),                # a two-digit year, read by the one date finder
])
def test_a_meetings_date_is_cut_by_the_one_date_finder(line, meeting):
    assert metadata_module._strip_date(line) == meeting


# --- a place line is a whole line saying where a meeting is held, not a title starting so ------------

@pytest.mark.parametrize("title", [
    "Online Safety Strategy 2025-2028", "In Person Services at Libraries", "Remotely Piloted Aircraft Policy",
    "Online Payments for Garden Waste", "Virtual Reality Training for Social Workers", "Boardroom Lighting Upgrade",
])
def test_a_title_that_starts_like_a_meeting_place_is_still_the_title(title):
    facts = metadata("Brackenford Council", "Meeting: Cabinet", "Date: 12 March 2025", f"# {title}",
                     "1. The report sets out the strategy for the next three years.")
    assert facts.title == title


@pytest.mark.parametrize("place", [
    "Via Microsoft Teams", "Held virtually", "Venue: Committee Room 2, Civic Centre", "Online",
    "Council Chamber, Town Hall, Harbourside", "In person at the Guildhall", "Committee Room 3, County Hall",
    "Hybrid meeting - Council Chamber and online",
])
def test_each_meeting_place_line_is_read_as_a_place(place):
    assert metadata_module.MEETING_PLACE_RE.match(place)


# --- a table of several meetings is no cover laid across the page ------------------------------------

@pytest.mark.parametrize("header, rows", [
    (["Meeting", "Date"], [["Audit Committee", "4 February 2025"], ["Quality Committee", "6 March 2025"]]),
    (["Committee", "Date", "Outcome"], [["People Committee", "12/03/2025", "Noted"],
                                        ["Finance Committee", "19/03/2025", "Supported"]]),
    (["Meeting", "Meeting date"], [["Executive Management Team", "2 April 2025"], ["Planning Panel", "9 April 2025"],
                                   ["Cabinet", "16 April 2025"]]),
])
def test_a_table_of_meetings_previously_considering_the_paper_is_not_its_cover(header, rows):
    facts = extract(_with_header_table(
        "# North Mercia ICB", "# Quality Report", "Previously considered by:", [header] + rows,
        "1. The report sets out quality over the winter months and the actions taken since."), {}, "paper.txt")
    assert facts.committee is None and facts.meeting_date is None
    assert facts.title == "Quality Report"


# --- a cover line opening with the meeting and its date names the meeting too ------------------------

@pytest.mark.parametrize("line, committee, date", [
    ("Cabinet, 11 February 2025. Report of the Corporate Director of Communities, Ashby Council.",
     "Cabinet", "2025-02-11"),
    ("Licensing Sub-Committee - Tuesday 4 March 2025 - report of the Licensing Manager, for decision.",
     "Licensing Sub-Committee", "2025-03-04"),
    ("Audit and Governance Committee, 20 May 2025. Report of the Chief Finance Officer",
     "Audit and Governance Committee", "2025-05-20"),
    ("Cabinet, 11 February 2025. Report of the Director of Place", "Cabinet", "2025-02-11"),
])
def test_a_cover_line_opening_with_the_meeting_and_its_date_names_the_meeting(line, committee, date):
    facts = metadata("# Library Strategy 2025-2030", line, "# 1. Summary", "1.1 This report presents a new strategy.")
    assert (facts.committee, facts.meeting_date) == (committee, date)
    assert facts.title == "Library Strategy 2025-2030"


@pytest.mark.parametrize("line", [
    "Action log from the Board meeting, 4 February 2025. Items carried forward are shown in red.",
    "Next Board meeting: 2 July 2025 at 10am in the Boardroom, then lunch.",
    "Minutes of the previous meeting, 4 February 2025, were agreed as a true record.",
])
def test_a_line_naming_another_meeting_before_a_date_is_no_meeting_head(line):
    assert metadata_module._meeting_head(line) is None


# --- a report-by line's meeting loses the sentence's full stop ----------------------------------------

@pytest.mark.parametrize("line, committee", [
    ("Report of the Director of Place to Cabinet.", "Cabinet"),
    ("Report by the Head of Waste to the Environment Committee;", "Environment Committee"),
    ("Report from the Chief Nurse to the Quality Committee:", "Quality Committee"),
])
def test_a_report_by_line_ending_with_a_stop_names_the_meeting_without_it(line, committee):
    facts = metadata("Brackenford Council", "# Rents Review", line, "1. The report sets out rents for next year.")
    assert facts.committee == committee


# --- a title opening with a body's word is a title; a meeting line is not ----------------------------

@pytest.mark.parametrize("title", [
    "Council Tax Support Scheme 2025/26", "Board Assurance Framework Quarter 3", "Committee Structure Review",
    "Council Housing Repairs Policy", "Cabinet Office Guidance on Procurement",
])
def test_a_title_opening_with_a_bodys_word_is_the_title(title):
    facts = metadata("Brackenford Council", "Cabinet – 12 March 2025", "Report of the Director of Place",
                     f"# {title}", "1. The report sets out the proposals for next year.")
    assert facts.title == title


@pytest.mark.parametrize("line", [
    "Cabinet Member Decision", "Board Meeting in Public", "Council of Governors", "Audit and Governance Committee",
    "Committee Papers Pack",
])
def test_a_meeting_line_opening_with_a_bodys_word_is_no_title(line):
    facts = metadata("Wendmoor Community Health NHS Trust", line, "Thursday 6 March 2025",
                     "# Annual Complaints Report", "1. The report sets out complaints received in the year.")
    assert facts.title == "Annual Complaints Report"


# --- a meeting line's `on` or bracket before the date goes with the date ---------------------------

@pytest.mark.parametrize("line, committee", [
    ("Cabinet on 12 March 2025", "Cabinet"),
    ("Overview and Scrutiny Committee (12 March 2025)", "Overview and Scrutiny Committee"),
    ("Licensing Panel on Tuesday 4 March 2025", "Licensing Panel"),
    ("Health and Wellbeing Board dated 9 April 2025", "Health and Wellbeing Board"),
])
def test_a_meeting_line_leading_into_its_date_names_the_meeting(line, committee):
    facts = metadata("Brackenford Council", line, "# Allotment Rents 2025/26", "1. The report sets out next year's rents.")
    assert (facts.committee, facts.title) == (committee, "Allotment Rents 2025/26")
    assert facts.meeting_date is not None


@pytest.mark.parametrize("sentence", [
    "The Planning Committee on 3 June 2024 refused the application for the depot.",
    "Audit Committee on 4 February 2025 asked for a review of the controls",
    "The Cabinet (12 March 2024) agreed to review the libraries",
])
def test_a_sentence_going_on_after_a_meetings_date_is_no_meeting_head(sentence):
    assert metadata_module._meeting_head(sentence) is None


# --- a date labelled as the next or previous meeting never dates this paper ------------------

@pytest.mark.parametrize("line", [
    "Next Board meeting: 2 July 2025",
    "Date of next meeting, 3 June 2025",
    "Previous Cabinet meeting 4 March 2025",
    "Date of last meeting 12 May 2025",
])
def test_a_line_naming_the_next_or_previous_meeting_neither_dates_nor_names_the_meeting(line):
    found = metadata("# Highways Winter Service Plan", line, "1. Purpose of report")
    assert found.meeting_date is None and found.committee is None
    assert found.title == "Highways Winter Service Plan"


@pytest.mark.parametrize("line, committee, iso", [
    ("Board meeting: 2 July 2025", None, "2025-07-02"),
    ("Meeting date, 3 June 2025", None, "2025-06-03"),
    ("Cabinet meeting 4 March 2025", "Cabinet meeting", "2025-03-04"),
])
def test_a_line_dating_this_meeting_still_dates_the_paper(line, committee, iso):
    found = metadata("# Highways Winter Service Plan", line, "1. Purpose of report")
    assert found.meeting_date == iso
    if committee:
        assert found.committee == committee


# --- a line of meeting, date and decision type is no title ----------------------------------

@pytest.mark.parametrize("line, committee, iso", [
    ("Cabinet - 12/03/2025 - Key Decision", "Cabinet", "2025-03-12"),
    ("Audit Committee \u2013 4 June 2025 \u2013 Non-Key Decision", "Audit Committee", "2025-06-04"),
    ("Scrutiny Panel \u2013 20 January 2026 \u2013 Key Decision No. KD/25/11", "Scrutiny Panel", "2026-01-20"),
    ("Cabinet - 5 May 2025 - Exempt item", "Cabinet", "2025-05-05"),
    ("Health and Wellbeing Board - 14/07/2025 - For decision", "Health and Wellbeing Board", "2025-07-14"),
])
def test_a_dash_separated_meeting_line_is_no_title(line, committee, iso):
    found = metadata(line, "# Leisure Centre Refurbishment", "1. Purpose of report")
    assert found.title == "Leisure Centre Refurbishment"
    assert (found.committee, found.meeting_date) == (committee, iso)


@pytest.mark.parametrize("line", [
    "Cabinet - 12/03/2025 - Leisure Centre Refurbishment",
    "Audit Committee \u2013 4 June 2025 \u2013 Internal Audit Charter",
    "Licensing Sub-Committee - 2 April 2025 - Taxi Fares Review",
])
def test_a_dash_separated_line_with_a_subject_keeps_it_as_title(line):
    assert metadata(line, "1. Purpose of report").title == line


# --- members as the paper's subject make a title, members meeting a meeting line --------------

@pytest.mark.parametrize("title", [
    "Panel Member Allowances",
    "Council Members' Code of Conduct",
    "Cabinet Member Portfolios 2025/26",
    "Board Member Development Programme",
])
def test_members_as_the_papers_subject_are_a_title(title):
    assert metadata(f"# {title}", "1. Purpose of report").title == title


@pytest.mark.parametrize("line", [
    "Cabinet Member Decision",
    "Cabinet Member Briefing",
    "Cabinet Members' Meeting",
    "Cabinet Member for Housing",
])
def test_members_meeting_or_deciding_are_a_meeting_line(line):
    found = metadata(f"# {line}", "# Harbour Dues 2026", "1. Purpose of report")
    assert found.title == "Harbour Dues 2026"


@pytest.mark.parametrize("line, date", [
    ("Cabinet following Council, 12 March 2025", "2025-03-12"),
    ("Cabinet – the last meeting of the municipal year – 25 March 2025", "2025-03-25"),
    ("Audit Committee, after the earlier Board meeting, 20 May 2025", "2025-05-20"),
])
def test_a_meeting_line_mentioning_another_meeting_in_passing_still_dates_the_paper(line, date):
    extraction = extract(passages_of("Brackenford Borough Council", line, "# Treasury Management Strategy 2025/26",
                                     "1. Purpose of the report"), {}, "paper.txt")
    assert extraction.meeting_date == date
