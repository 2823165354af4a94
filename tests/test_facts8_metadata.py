"""Metadata of papers laid out like real printed ones (branch facts8): a Scottish report's `REPORT ON:` label
titles it and its `ITEM No` line does not; a minutes line run into its date, times and place; a masthead
the reader ran into the title the file names.  Fictional authorities throughout."""
from __future__ import annotations

import docx
import pytest

from committee_papers.pipeline import read_and_extract


def extraction_of(path):
    return read_and_extract(str(path))[2]


@pytest.mark.parametrize("lines, title", [
    (["ITEM No 9", "REPORT TO: STRATHVANE INTEGRATION JOINT BOARD - 4 MARCH 2026",
      "REPORT ON: DAY SERVICES REDESIGN AND DIRECTIONS", "REPORT BY: HEAD OF ADULT SERVICES", "REPORT NO: SIJB 12-2026"],
     "Day Services Redesign and Directions"),
    (["Item No. 4", "Report to: Glenbarra Council Education Committee", "Report on: School Meals Contract Extension",
      "Report by: Executive Director of Education"],
     "School Meals Contract Extension"),
    (["ITEM NUMBER 12", "REPORT TO: Loch Arran Licensing Board", "REPORT ON: Taxi Fare Review 2026",
      "REPORT BY: Clerk to the Board"],
     "Taxi Fare Review 2026"),
])
def test_a_report_on_label_titles_a_report_and_its_item_number_does_not(tmp_path, lines, title):
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(lines) + "\n\n1.0 PURPOSE OF REPORT\n\n1.1 To seek approval for the proposals below.\n",
                    encoding="utf-8")
    assert (extraction_of(path).title or "").lower() == title.lower()


@pytest.mark.parametrize("opening, title", [
    ("Harbourside Community NHS Trust Minutes of the Trust Board Meeting in Public Tuesday 3 February 2026, "
     "09:30 - 12:30, Seminar Room 2, Harbourside House", "Minutes of the Trust Board Meeting in Public"),
    ("Elmfield Community Health NHS Trust Minutes of the Quality and Safety Committee Wednesday 11 March 2026, "
     "14:00 - 16:00, Boardroom, Elmfield Health Centre", "Minutes of the Quality and Safety Committee"),
    ("Kestrel Moor ICB Minutes of the Primary Care Commissioning Committee held in public Thursday "
     "9 April 2026, 10:00 to 11:30, Conference Room A, Moor House, Station Way, Kestrel Moor",
     "Minutes of the Primary Care Commissioning Committee"),
])
def test_a_minutes_line_run_into_its_date_times_and_place_titles_the_minutes(tmp_path, opening, title):
    path = tmp_path / "minutes.txt"
    path.write_text(f"{opening}\n\nPresent: the Chair and four members.\n\n1. Apologies\n\n"
                    "1.1 Apologies were received from one member.\n", encoding="utf-8")
    assert extraction_of(path).title == title


@pytest.mark.parametrize("opening, file_title", [
    ("Brackenford Council Report to Cabinet - 3 March 2026 Leisure Contract Award",
     "Leisure Contract Award"),
    ("North Mercia ICB Board Meeting 14 May 2026 Agenda Item 7 Winter Resilience Plan 2026/27",
     "Winter Resilience Plan 2026/27"),
    ("Thornbury Vale District Council - Executive - 21 January 2026 Quarter 3 Capital Programme Monitoring",
     "Quarter 3 Capital Programme Monitoring"),
])
def test_a_masthead_run_into_the_title_the_file_names_leaves_that_title(tmp_path, opening, file_title):
    document = docx.Document()
    document.core_properties.title = file_title
    document.add_paragraph(opening)
    document.add_paragraph("Report of: Director of Resources")
    document.add_heading("1. Recommendations", level=1)
    document.add_paragraph("1.1 The meeting is asked to note the report.")
    path = tmp_path / "report.docx"
    document.save(path)
    assert extraction_of(path).title == file_title


def test_a_line_that_only_ends_with_part_of_the_file_title_keeps_the_old_reading(tmp_path):
    """The file's title must close the line whole: a title the opening does not end with is no masthead run-on."""
    document = docx.Document()
    document.core_properties.title = "Minutes template"
    document.add_paragraph("Westfold Borough Council Cabinet 2 June 2026 Allotment Rents Review")
    document.add_heading("1. Recommendations", level=1)
    document.add_paragraph("1.1 The Cabinet is asked to agree the new rents.")
    path = tmp_path / "report.docx"
    document.save(path)
    assert extraction_of(path).title != "Minutes template"


@pytest.mark.parametrize("opening, title", [
    ("Harrowgate Borough Council Licensing Committee 7.00pm 3 March 2026 Room 4, Civic Offices MINUTES",
     "Licensing Committee Minutes"),
    ("Westdale District Council Planning Committee 2 April 2026 Council Chamber, Westdale House MINUTES",
     "Planning Committee Minutes"),
    ("Kestrel Vale Town Council Finance Committee 10:00 am 14 May 2026 The Old School Rooms Minutes",
     "Finance Committee Minutes"),
])
def test_a_masthead_of_meeting_time_date_and_place_closing_with_minutes_titles_the_meeting_minutes(
        tmp_path, opening, title):
    path = tmp_path / "minutes.txt"
    path.write_text(f"{opening}\n\nPresent: Councillors Abbot (Chair), Brook and Carrow.\n\n1. Apologies\n\n"
                    "1.1 There were no apologies.\n", encoding="utf-8")
    assert (extraction_of(path).title or "").lower() == title.lower()


@pytest.mark.parametrize("opening", [
    "Cabinet - Tuesday, 4th March, 2026 6.00 pm - Minutes",
    "Harbour Board, Wednesday 21 May 2026 - Minutes",
    "Scrutiny Panel 7.30pm 12 June 2026 Minutes",
    "Audit Committee | 9 July 2026 | Unconfirmed minutes",
])
def test_a_meeting_line_closing_with_minutes_after_only_its_date_and_time_is_no_masthead(opening):
    """Only a place between the date and the word minutes makes a masthead; a date and time alone do not."""
    from committee_papers.extract.metadata import _full_dates, _masthead_minutes
    assert _masthead_minutes(opening, _full_dates(opening)) is None


@pytest.mark.parametrize("opening, date", [
    ("Harrowgate Borough Council Licensing Committee 7.00pm 3 March 2026 Room 4, Civic Offices MINUTES", "2026-03-03"),
    ("Westdale District Council Planning Committee 2 April 2026 Council Chamber, Westdale House MINUTES", "2026-04-02"),
    ("Harbourside Community NHS Trust Minutes of the Trust Board Meeting in Public Tuesday 3 February 2026, "
     "09:30 - 12:30, Seminar Room 2, Harbourside House", "2026-02-03"),
])
def test_a_minutes_line_cut_before_its_date_for_the_title_is_still_dated_by_it(tmp_path, opening, date):
    path = tmp_path / "minutes.txt"
    path.write_text(f"{opening}\n\nPresent: Councillors Abbot (Chair), Brook and Carrow.\n\n1. Apologies\n\n"
                    "1.1 There were no apologies.\n", encoding="utf-8")
    assert extraction_of(path).meeting_date == date


@pytest.mark.parametrize("file_title, lines, title", [
    ("Equality Impact Assessment", ["Brackenford Council", "Report to Cabinet, 3 March 2026", "Leisure Contract Award",
                                    "The proposal has been tested through a full Equality Impact Assessment."],
     "Leisure Contract Award"),
    ("Local Plan Review", ["Brackenford Council", "Report to Cabinet, 3 March 2026", "Housing Delivery Test Action Plan",
                           "This report is the first step towards the Local Plan Review"],
     "Housing Delivery Test Action Plan"),
    ("Rent Review 2026", ["Brackenford Council", "Cabinet, 3 March 2026", "Garage Rent Review 2026"],
     "Garage Rent Review 2026"),
])
def test_a_line_ending_with_the_file_title_without_a_masthead_date_before_it_keeps_the_heading(
        tmp_path, file_title, lines, title):
    """Only a masthead's date before the file's title makes a run-on line; a sentence or a longer heading does not."""
    document = docx.Document()
    document.core_properties.title = file_title
    for line in lines:
        document.add_paragraph(line)
    document.add_heading("1. Recommendations", level=1)
    document.add_paragraph("1.1 The Cabinet is asked to note the report.")
    path = tmp_path / "report.docx"
    document.save(path)
    assert extraction_of(path).title == title


@pytest.mark.parametrize("opening", [
    "Brackenford Council Planning Committee 6.30pm 3 March 2026 Addendum to the agenda and minutes",
    "Brackenford Council Cabinet 3 March 2026 Public questions and answers, draft minutes",
    "Westdale District Council Licensing Committee 2 April 2026 summary of decisions and minutes",
])
def test_a_description_between_the_date_and_the_word_minutes_is_no_place(opening):
    from committee_papers.extract.metadata import _full_dates, _masthead_minutes
    assert _masthead_minutes(opening, _full_dates(opening)) is None


@pytest.mark.parametrize("opening", [
    "Minutes of the Audit Committee meeting on Tuesday 4 March 2026 are attached for the Council to note together "
    "with the recommendations the Committee made to Cabinet",
    "Minutes of the Licensing Panel meeting of 9 June 2026 were circulated to all members of the Board in advance "
    "and no comments on them were received before the deadline",
    "Minutes of the Schools Forum meeting on 12 May 2026 will be presented at the next meeting of the Forum once "
    "the Chair and the Clerk have agreed them",
])
def test_a_sentence_about_minutes_of_a_dated_meeting_is_no_minutes_line(tmp_path, opening):
    """Only a time after the date makes a minutes line run into its date, times and place."""
    path = tmp_path / "report.txt"
    path.write_text(f"BRACKENFORD COUNCIL\n\n{opening}\n\nAnnual Governance Statement 2025/26\n\n1. Purpose\n\n"
                    "1.1 To note the statement.\n", encoding="utf-8")
    assert not (extraction_of(path).title or "").lower().startswith("minutes of")
