"""Forms and extracts whose cover says what they are about in ways a plain heading does not
(branch meta18b).  Fictional bodies only; each mechanism has differently laid-out examples and
negative cases on ordinary committee text."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def passages_of(*items):
    """Passages from lines (str) and tables (list of rows)."""
    blocks = [Block("table", rows=item, header_rows=0) if isinstance(item, list) else Block("paragraph", text=item)
              for item in items]
    return list(iter_passages(blocks))


def metadata(*items):
    return extract(passages_of(*items), {}, "paper.txt")


# --- a form's full-width row, `| Title: X | | |`, names the form's subject -------------------------

@pytest.mark.parametrize("items, title", [
    # a trust's equality analysis: the form's kind as heading, its subject in a spanning row
    (("Equality Analysis", "[form v4]",
      [["", "Title: Moving the Phlebotomy Clinic to Ashcombe Health Centre", "", ""],
       ["", "Directorate: Estates and Facilities", "", "Lead officer: Jo Ward"]]),
     "Moving the Phlebotomy Clinic to Ashcombe Health Centre"),
    # a parish council's screening form: a two-column table, the subject row spans both
    (("Brackenford Parish Council", "Privacy Impact Screening",
      [["Subject: Replacing the Village Hall CCTV Cameras", ""], ["Clerk", "Alex Morris"]]),
     "Replacing the Village Hall CCTV Cameras"),
    # a leisure trust's pricing proposal form, the value in the last of three cells
    (("Fenmarsh Leisure Trust", "Proposal Form",
      [["", "", "Report title: Swimming Lesson Prices from April 2026"], ["Author", "Sam Price", ""]]),
     "Swimming Lesson Prices from April 2026"),
])
def test_a_forms_spanning_labelled_row_titles_the_paper(items, title):
    assert metadata(*items).title == title


def test_a_spanning_row_with_a_label_but_no_colon_is_no_field():
    # `Title deeds ...` in a minutes table is prose, not a label and its value.
    extraction = metadata("Ashby Town Council", "Estates Working Group",
                          [["", "Title deeds for the allotment land were found in the archive", ""],
                           ["Item", "Outcome", "Owner"]])
    assert extraction.title != "deeds for the allotment land were found in the archive"
    assert "allotment" not in (extraction.title or "")


# --- `OFTHE`: function words a PDF glued together are split before the cover is read ---------------

@pytest.mark.parametrize("items, committee", [
    (("MINUTES OF THE TRUSTEES OFTHE ASHCOMBE LIBRARY FRIENDS MEETING HELD ON 4th MARCH 2025.",
      "Present: Dr Jo Lane (Chair), Sam Price"), "Trustees of the Ashcombe Library Friends"),
    (("Little Brackenford Town Council", "Minutes of the meeting ofthe Policy and Resources Committee held on 6 May 2025",
      "Present: Cllrs Ward, Price and Lane"), "Policy and Resources Committee"),
    (("Fenmarsh Leisure Trust", "Minutes of the meeting of the Board held at the Lido on 3 June 2025",
      "Report tothe Board from the Finance Sub-Group was received."), None),
])
def test_glued_function_words_are_split_before_the_committee_is_read(items, committee):
    extraction = metadata(*items)
    if committee:
        assert extraction.committee and committee.lower() in extraction.committee.lower(), extraction.committee
    for value in (extraction.committee, extraction.title):
        assert not any(glued in (value or "").lower().split() for glued in ("ofthe", "tothe"))


@pytest.mark.parametrize("text", ["the Bathe Road depot", "Tothes Lane allotments", "Theory of Change workshop",
                                  "Inthewood Farm lease"])
def test_words_that_only_contain_function_words_are_left_alone(text):
    from committee_papers.extract.metadata import unglue_function_words
    assert unglue_function_words(text) == text


def test_glued_words_are_split_case_kept():
    from committee_papers.extract.metadata import unglue_function_words
    assert unglue_function_words("GOVERNORS OFTHE SCHOOL") == "GOVERNORS OF THE SCHOOL"
    assert unglue_function_words("Report tothe Harbour Board") == "Report to the Harbour Board"
    assert unglue_function_words("Minutes ofThe Parish Meeting") == "Minutes of The Parish Meeting"


# --- a minutes extract whose line a reader ran on from the cover line above it --------------------

@pytest.mark.parametrize("items, committee, title, date", [
    # a county council's appendix: the cover's meeting, then the extract of a committee's minutes
    (("Governance Review Appendix 2 – County Council 12 March 2026 Minutes extract from Audit and Standards "
      "Committee – 14 November 2025", "Item 5 – Code of Conduct Review", "1. The report was introduced by the Chair."),
     "Audit and Standards Committee", "Minutes extract from Audit and Standards Committee", "2025-11-14"),
    # an ICB board pack: the board's date, then an extract of a committee's minutes held on a date
    (("North Mercia ICB Board 4 June 2025 Extract from the minutes of the Quality and Safety Committee held on "
      "12 May 2025", "Item 4 – Maternity Dashboard", "The Committee reviewed the dashboard."),
     "Quality and Safety Committee", "Extract from the minutes of the Quality and Safety Committee", "2025-05-12"),
    # a leisure trust's board papers, the extract a sub-committee's minutes, dates written with weekdays
    (("Fenmarsh Leisure Trust Board Thursday 19 June 2025 Minutes of the Finance Sub-Committee Tuesday 3 June 2025",
      "Present: Jo Lane (Chair), Sam Price"),
     "Finance Sub-Committee", "Minutes of the Finance Sub-Committee", "2025-06-03"),
])
def test_a_minutes_extract_run_on_from_the_cover_is_titled_and_dated_by_its_own_meeting(items, committee, title, date):
    extraction = metadata(*items)
    assert (extraction.committee, extraction.title, extraction.meeting_date) == (committee, title, date)


@pytest.mark.parametrize("items, committee, date", [
    # a cover naming its own meeting; a sentence later notes another body's minutes
    (("Brackenford Council", "Cabinet 3 March 2025",
      "The minutes of the Scrutiny Panel held on 4 February 2025 were noted."), "Cabinet", "2025-03-03"),
    # minutes on their own line, nothing run into them: read as they always were
    (("Minutes of the Planning Committee held on 7 April 2025", "Present: Cllrs Ward and Lane"),
     "Planning Committee", "2025-04-07"),
])
def test_ordinary_covers_are_not_read_as_extracts(items, committee, date):
    extraction = metadata(*items)
    assert (extraction.committee, extraction.meeting_date) == (committee, date)


# --- two months that share one year: `April/May 2026`, `March or April 2026` ---------------------

@pytest.mark.parametrize("text, months", [
    ("Further engagement with allotment holders is planned for April/May 2026.", ["2026-04", "2026-05"]),
    ("The Trust will consult ward staff over the summer (June/July 2025) on the new rota.", ["2025-06", "2025-07"]),
    ("Parish surveys will run in March or April 2026 before the Council decides.", ["2026-03", "2026-04"]),
    ("The ICB expects the Board to sign off the plan in Nov/Dec 2025.", ["2025-11", "2025-12"]),
])
def test_two_months_with_a_slash_or_or_share_the_year(text, months):
    from committee_papers.extract.dates import find_dates
    assert [m.iso for m in find_dates(text)] == months


@pytest.mark.parametrize("text", ["Invoice ref 12/May 2026 was paid.", "See the page at /May 2026 on the site."])
def test_a_slash_after_a_number_or_mark_joins_no_months(text):
    from committee_papers.extract.dates import find_dates
    assert not any(m.text.startswith("May") for m in find_dates(text))


# --- a cover table with empty spacer columns (`| | Date | | 3 May 2026 |`) -------------------------

def _with_header_table(lines_before, rows):
    blocks = [Block("paragraph", text=line) for line in lines_before] + [Block("table", rows=rows, header_rows=1)]
    return extract(list(iter_passages(blocks)), {}, "paper.txt")


@pytest.mark.parametrize("before, rows, committee, date", [
    (["Wessex Leisure Trust", "OPEN BOARD MEETING MINUTES"],
     [["", "Title of Meeting", "", "Wessex Leisure Trust - Board Meeting", ""],
      ["", "Date", "", "12 th March 2026", ""], ["", "Place", "", "The Lido Pavilion", ""],
      ["", "Attendees", "", "Jo Lane (Chair), Sam Price", ""]],
     "Wessex Leisure Trust - Board Meeting", "2026-03-12"),
    (["Little Brackenford Parish Council", "MINUTES"],
     [["", "", "Meeting", "Planning Committee"], ["", "", "Date", "4 February 2026"],
      ["", "", "Venue", "Village Hall"]],
     "Planning Committee", "2026-02-04"),
    (["North Mercia ICB", "Confirmed minutes"],
     [["", "Committee", "Primary Care Commissioning Committee", ""], ["", "Date", "9 January 2026", ""],
      ["", "Time", "10.00am", ""], ["", "Chair", "Dr Sam Price", ""]],
     "Primary Care Commissioning Committee", "2026-01-09"),
])
def test_a_cover_table_with_spacer_columns_gives_its_meeting(before, rows, committee, date):
    extraction = _with_header_table(before, rows)
    assert (extraction.committee, extraction.meeting_date) == (committee, date)


def test_a_table_of_items_with_a_spacer_column_names_no_committee():
    # `| | Item | Discussion |` over the minutes' rows: the columns' names, no cover fields.
    extraction = _with_header_table(
        ["Ashby Town Council", "Minutes of the Finance Committee held on 3 March 2026"],
        [["", "Item", "Discussion and outcome"], ["", "FC/12 Welcome", "The Chair welcomed members."],
         ["", "FC/13 Accounts", "The accounts were noted."]])
    assert extraction.committee == "Finance Committee"
    assert extraction.meeting_date == "2026-03-03"


# --- a form naming no meeting: the body it says will adopt or approve its subject -----------------

@pytest.mark.parametrize("items, committee", [
    (("Equality Impact Assessment", "Name of proposal/project: Fenmarsh Library Opening Hours",
      "Talks with users close in February, ahead of adoption of this Plan by the Harbour Cabinet Committee in March 2026."),
     "Harbour Cabinet Committee"),
    (("Quality Impact Screening", "Subject: Ward Visiting Times",
      "The revised policy will be approved by the Trust Board in May 2026 after staff engagement."), "Trust Board"),
    (("Privacy screening form", "Project name: Allotment Waiting List",
      "The changes are for sign-off by the Primary Care Commissioning Committee on 4 June 2026."),
     "Primary Care Commissioning Committee"),
])
def test_a_form_naming_no_meeting_takes_the_body_that_will_adopt_its_subject(items, committee):
    assert metadata(*items).committee == committee


@pytest.mark.parametrize("items, committee", [
    # a bare `Council` names no particular meeting
    (("Equality screening", "Title: Allotment Waiting List", "The changes were approved by the Council in 2019."), None),
    # a paper whose cover names its meeting keeps it
    (("Report to Cabinet", "Date: 3 March 2026", "Title: Harbour Dues",
      "The harbour plan was approved by the Harbour Board in 2024."), "Cabinet"),
])
def test_the_adopting_body_is_read_only_when_nothing_names_the_meeting(items, committee):
    assert metadata(*items).committee == committee


@pytest.mark.parametrize("items, title", [
    (("Equality Impact Assessment", "Name of proposal/project: Fenmarsh Library Opening Hours"),
     "Fenmarsh Library Opening Hours"),
    (("Climate Impact Screening", "Project name: Riverside Car Park Resurfacing", "Lead: Sam Price"),
     "Riverside Car Park Resurfacing"),
    (("Equality Analysis", [["Name of the policy", "Ward Visiting Times"], ["Lead", "Jo Ward"]]),
     "Ward Visiting Times"),
])
def test_an_assessment_form_is_titled_by_the_proposal_it_names(items, title):
    assert metadata(*items).title == title


# --- m19: a minutes extract dated after the meeting it is appended to carries a slip of the year ------------

@pytest.mark.parametrize("items, date", [
    # a county council appendix: a December committee typed with the new year's number
    (("Governance Review Appendix 2 – County Council 12 March 2026 Minutes extract from Audit and Standards "
      "Committee – 14 November 2026", "Item 5 – Code of Conduct Review", "1. The report was introduced by the Chair."),
     "2025-11-14"),
    # an ICB board pack in January, the committee's December minutes given the board's year
    (("North Mercia ICB Board 15 January 2026 Extract from the minutes of the Quality and Safety Committee held on "
      "9 December 2026", "Item 4 – Maternity Dashboard", "The Committee reviewed the dashboard."),
     "2025-12-09"),
    # a trust board with weekdays: the sub-committee's meeting two days before, its year slipped a whole year on
    (("Fenmarsh Leisure Trust Board Thursday 19 February 2026 Minutes of the Finance Sub-Committee Tuesday 17 February 2027",
      "Present: Jo Lane (Chair), Sam Price"),
     "2026-02-17"),
])
def test_a_minutes_extract_dated_after_its_covering_meeting_is_held_before_it(items, date):
    assert metadata(*items).meeting_date == date


@pytest.mark.parametrize("items, date", [
    # held before the covering meeting: kept
    (("Governance Review Appendix 2 – County Council 12 March 2026 Minutes extract from Audit and Standards "
      "Committee – 14 January 2026", "Item 5 – Code of Conduct Review"), "2026-01-14"),
    # held on the same day as the covering meeting (a morning committee before an afternoon council): kept
    (("Harbour Board 4 June 2026 Extract from the minutes of the Pilotage Committee held on 4 June 2026",
      "Item 2 – Pilot Boarding"), "2026-06-04"),
])
def test_a_minutes_extract_held_before_its_covering_meeting_keeps_its_date(items, date):
    assert metadata(*items).meeting_date == date
