"""n33 (stop 26 round 2): metadata of papers of bodies that are no councils or NHS bodies, and of planning notices.
All text is fictional.

- a school's, academy trust's or charity's page header or minutes line naming the body's own governing group
  (`HOLLYBANK INFANT SCHOOL BOARD OF GOVERNORS`, `Minutes of the Governing Body of St Aldric's Primary School`)
  names the publisher, over a council the minutes mention more; the header and the committee meeting under it
  title minutes that have no minutes line.
"""
from __future__ import annotations

import pytest

from probe_harness import extract_blocks


COUNCIL_BUSINESS = ("1. Apologies were received from Mrs Amble and Mr Dunn.",
                    "2. Wessex County Council had confirmed the high needs funding for the year.",
                    "3. Wessex County Council will audit the school fund; Wessex County Council's adviser attended.")


# --- a body's own governing group in the header names the publisher -------------------------------------------------

@pytest.mark.parametrize("items, authority", [
    # a primary school's page header in capitals, the committee below as labelled fields
    ([("heading", "HOLLYBANK INFANT SCHOOL BOARD OF GOVERNORS"), ("heading", "COMMITTEE: Resources Committee DATE: 14/03/2026"),
      ("heading", "GOVERNOR ATTENDANCE")], "Hollybank Infant School"),
    # an academy trust's board named after the trust, a committee line with its date
    ([("heading", "Larkmoor Academy Trust Board of Trustees"), ("heading", "Audit and Risk Committee 3 March 2026")],
     "Larkmoor Academy Trust"),
    # a minutes line naming the governing body of a church school
    ([("heading", "Minutes of the Governing Body of St Aldric's Church of England Primary School"),
      ("heading", "Monday 2 February 2026")], "St Aldric's Church of England Primary School"),
    # a charity's trustees heading the page, then its minutes line
    ([("heading", "Fenwick Almshouse Charity Trustees"), ("heading", "Minutes of the meeting held on 9 March 2026")],
     "Fenwick Almshouse Charity"),
])
def test_a_header_naming_a_bodys_own_governing_group_names_the_publisher(items, authority):
    found = extract_blocks(*items, *COUNCIL_BUSINESS)
    assert found.authority == authority, (found.authority, found.authority_source)


@pytest.mark.parametrize("items", [
    # a council's own committee of governors' representatives: a public body is weighed as before
    [("heading", "Wessex County Council Schools Forum Governors"), ("heading", "Minutes of the meeting held on 9 March 2026")],
    # the group's words alone name no body
    [("heading", "Full Governing Body"), ("heading", "Minutes of the meeting held on 9 March 2026")],
    # a chair's note to the governors names no body before them
    [("heading", "Report of the Chair of Governors"), ("heading", "9 March 2026")],
    # a sentence below the first line naming a group in passing
    [("heading", "Minutes of the Resources Committee held on 9 March 2026"),
     "Elected Parent Governors were thanked for attending."],
])
def test_no_body_before_a_governing_group_leaves_the_council(items):
    found = extract_blocks(*items, *COUNCIL_BUSINESS)
    assert found.authority == "Wessex County Council", (found.authority, found.authority_source)


@pytest.mark.parametrize("items, title", [
    ([("heading", "HOLLYBANK INFANT SCHOOL BOARD OF GOVERNORS"), ("heading", "COMMITTEE: Resources Committee DATE: 14/03/2026"),
      ("heading", "GOVERNOR ATTENDANCE")], "Hollybank Infant School Board of Governors - Resources Committee"),
    ([("heading", "Oakridge Learning Trust Board of Directors"), "Committee: Finance and Estates Committee", "Date: 12 May 2026",
      ("heading", "Attendance")], "Oakridge Learning Trust Board of Directors - Finance and Estates Committee"),
    # a minutes line titles the paper as before
    ([("heading", "Minutes of the Governing Body of St Aldric's Church of England Primary School"),
      ("heading", "Monday 2 February 2026")], "Minutes of the Governing Body of St Aldric's Church of England Primary School"),
])
def test_a_governing_header_and_the_meeting_under_it_title_minutes_without_a_minutes_line(items, title):
    found = extract_blocks(*items, *COUNCIL_BUSINESS)
    assert found.title == title, found.title


# --- an officer's decision notice: titled by its kind, dated by its signature's date ---------------------------------

@pytest.mark.parametrize("items, title", [
    # a refusal under the letterhead, the deciding officer and the Act above it
    (["BRACKENFORD BOROUGH COUNCIL", ("heading", "Head of Planning Services Jo Amble"),
      ("heading", "Town and Country Planning Act 1990"), ("heading", "REFUSAL OF PLANNING PERMISSION")],
     "Refusal of Planning Permission"),
    # a certificate below the Act and its section
    ([("heading", "Town and Country Planning Act 1990: Section 192"),
      ("heading", "Certificate of Lawfulness of Proposed Use or Development")],
     "Certificate of Lawfulness of Proposed Use or Development"),
    # a listed building consent under a reference line
    ([("heading", "Our ref: 26/00831/LBC"), ("heading", "Grant of Listed Building Consent")], "Grant of Listed Building Consent"),
])
def test_a_planning_notice_is_titled_by_its_kind(items, title):
    found = extract_blocks(*items, "The Council hereby give notice that the application has been determined.",
                     "Signed for and on behalf of the Council", "Date 4 March 2026")
    assert found.title == title, found.title


@pytest.mark.parametrize("line, date", [
    ("Date 29th September 2026", "2026-09-29"),
    ("Date of decision 4 March 2026", "2026-03-04"),
    ("Date Tuesday 3 February 2026", "2026-02-03"),
])
def test_a_date_label_run_into_its_date_dates_a_notice(line, date):
    found = extract_blocks(("heading", "CERTIFICATE OF LAWFUL PROPOSED USE OR DEVELOPMENT"),
                     "The Kelbury Borough Council hereby certify that the use described would be lawful.",
                     "Signed", "On behalf of the Council", line)
    assert found.meeting_date == date, found.meeting_date


@pytest.mark.parametrize("line", ["Date of Next Meeting", "Dates for the diary in 2026 were agreed.",
                                  "Date 2026/27 budget setting timetable"])
def test_a_date_word_before_no_date_dates_nothing(line):
    found = extract_blocks(("heading", "CERTIFICATE OF LAWFUL PROPOSED USE OR DEVELOPMENT"),
                     "The Kelbury Borough Council hereby certify that the use described would be lawful.", line)
    assert found.meeting_date is None, found.meeting_date


# --- a posting date or number run into a minutes heading is no part of it ---------------------------------------------

BODY_RUN_ON = (" Present: Cllr Ann Amble (Chairman), Cllr Bo Birch, Cllr Cy Coombe. 1. No apologies for absence were"
               " received. 2. The minutes of the meeting held on 02.02.26 were agreed as a true record.")


@pytest.mark.parametrize("line, date", [
    ("2204/04/2026 MINUTES OF FENWICK PARISH COUNCIL MEETING HELD AT THE SCOUT HUT TUESDAY 3RD MARCH 2026", "2026-03-03"),
    ("04/04/2026 Minutes of the Harwood Town Council meeting held on Monday 9 March 2026", "2026-03-09"),
    ("12.05.2026 MINUTES OF THE ORDINARY MEETING OF ASHLEY PARISH COUNCIL HELD ON 11TH MAY 2026", "2026-05-11"),
])
def test_a_posting_date_before_a_run_on_minutes_heading_leaves_the_heading(line, date):
    found = extract_blocks(line + BODY_RUN_ON)
    assert found.meeting_date == date, found.meeting_date
    assert found.title and found.title.lower().startswith("minutes of"), found.title


def test_a_numbered_item_naming_minutes_is_still_no_heading():
    found = extract_blocks(("heading", "Fenwick Parish Council"), "3. Minutes of the meeting held on 2 February 2026 were agreed.",
                     "4. The clerk reported on the play area.")
    assert found.meeting_date != "2026-02-02", found.meeting_date


def test_a_council_decision_notice_is_still_titled_by_its_subject():
    found = extract_blocks("Wexcombe Council", ("heading", "Notice of Decision"), "Cabinet, 4 February 2026",
                     ("heading", "Allotment Rents Review 2026"), "1. Purpose of the decision")
    assert found.title == "Allotment Rents Review 2026", found.title


# --- a meeting line's day and month, the year from the minutes' file name; the next meeting is no meeting head -------

SUMMONS = "Members are asked to attend for the business set out below."


@pytest.mark.parametrize("line, filename, date", [
    (f"Fenwick Parish Council. Meeting 17th January 19:30 {SUMMONS}", "fenwick-pc_2026-01_parish-council_minutes.md", "2026-01-17"),
    (f"Ashley Parish Council meeting on Tuesday 3 March at 7.30pm. {SUMMONS}", "ashley-pc_2026-03_minutes.md", "2026-03-03"),
    (f"Minutes of the Harwood Village Meeting, 9th February {SUMMONS}", "harwood-pc_2025-02_village-meeting_minutes.txt", "2025-02-09"),
])
def test_a_yearless_meeting_line_takes_the_year_of_its_minutes_file(line, filename, date):
    found = extract_blocks(line, "Apologies", "1. Correspondence was noted.", filename=filename)
    assert found.meeting_date == date, found.meeting_date


@pytest.mark.parametrize("line, filename", [
    # the file's month differs: no date
    (f"Fenwick Parish Council. Meeting 17th January 19:30 {SUMMONS}", "fenwick-pc_2026-03_parish-council_minutes.md"),
    # no minutes file
    (f"Fenwick Parish Council. Meeting 17th January 19:30 {SUMMONS}", "fenwick-pc_2026-01_parish-council_agenda.md"),
])
def test_a_yearless_meeting_line_without_its_minutes_files_month_is_undated(line, filename):
    found = extract_blocks(line, "Apologies", "1. Correspondence was noted.", filename=filename)
    assert found.meeting_date is None, found.meeting_date


def test_the_next_meetings_line_names_no_committee():
    found = extract_blocks(("heading", "Fenwick Parish Council"), "Apologies", ("heading", "1. Correspondence"),
                     "Date of Next Meeting Annual Assembly of the Parish 11th April 2026 – 19:00")
    assert found.committee != "Date of Next Meeting Annual Assembly of the Parish" and found.meeting_date != "2026-04-11", \
        (found.committee, found.meeting_date)


@pytest.mark.parametrize("line, committee", [
    (f"Fenwick Parish Council. Meeting 17th January 19:30 {SUMMONS}", "Fenwick Parish Council"),
    (f"Harwood Town Council – Annual Meeting 12 May 2026 {SUMMONS}", "Harwood Town Council"),
    (f"Ashley Parish Council, Extraordinary Meeting, 3rd March at 7pm. {SUMMONS}", "Ashley Parish Council"),
])
def test_a_council_and_its_meeting_run_on_into_the_summons_is_the_committee(line, committee):
    found = extract_blocks(line, "Apologies", "1. Correspondence was noted.", filename="x-pc_2026-01_minutes.md")
    assert found.committee == committee, found.committee


@pytest.mark.parametrize("line", [
    # a body that is no council, and a council named in a sentence before a date
    f"Fenwick Village Hall. Meeting 17th January 19:30 {SUMMONS}",
    "The clerk wrote to Fenwick Parish Council on 17th January about the verges.",
])
def test_no_council_meeting_run_on_no_committee(line):
    found = extract_blocks(line, "Apologies", "1. Correspondence was noted.", filename="x-pc_2026-01_minutes.md")
    assert found.committee is None, found.committee
