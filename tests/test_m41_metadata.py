"""m41 (stop 29): document metadata on unseen layouts.  All text is fictional.

- minutes the file titles itself (a PDF's or DOCX's Title property, a web page's <title> less the site's name, a
  Markdown export's front-matter title) by their kind and their meeting's whole date are titled so: the
  publisher's own name for the paper, over a heading whose held clause the title would cut
  (metadata._own_minutes_title).  A file title dating no meeting, another day than the meeting's, naming no
  minutes, only a month or a date in figures only (a word processor's title, the file's name), leaves the title to the text.
"""
from __future__ import annotations

import pytest

from probe_harness import extract_blocks


MINUTES_BODY = ("Present: Councillor Amble (Chair), Councillors Birch, Coombe and Dunn.",
                "1. Apologies for absence were received from Councillor Eddery.",
                "2. The minutes of the meeting held on 2 March 2026 were agreed as a correct record.")


@pytest.mark.parametrize("file_title, lines, filename, title", [
    # a PDF's Title property: the committee, the word minutes and the date after a comma
    ("Harbour Committee minutes, 12 March 2026",
     [("heading", "Kelby Borough Council"),
      "Minutes of a meeting of the Harbour Committee held on 12 March 2026 at 10.00am at the Guildhall, Kelby"],
     "kelby-bc_2026-03-12_harbour-committee_minutes.pdf", "Harbour Committee minutes, 12 March 2026"),
    # a web page's <title>: minutes first, the site's name last (dropped)
    ("Minutes of the Quality Committee, 4 February 2026 - Wendle Community Health NHS Trust",
     [("heading", "Wendle Community Health NHS Trust"), ("heading", "Quality Committee"),
      "Minutes of the meeting held on 4 February 2026, 2.00pm, Room 4, Wendle House"],
     "wendle-chs_2026-02-04_quality-committee_minutes.html", "Minutes of the Quality Committee, 4 February 2026"),
    # a Markdown export's front matter: the body, the kind and the date run together
    ("Ottery Moor Drainage Board minutes 21 January 2026",
     [("heading", "Ottery Moor Internal Drainage Board"),
      "Minutes of the meeting of the Board held at the Board's offices, Moor End, on Wednesday 21 January 2026 at 2pm"],
     "ottery-moor-idb_2026-01-21_board_minutes.md", "Ottery Moor Drainage Board minutes 21 January 2026"),
    # a DOCX's Title property with the weekday and a dash
    ("Licensing Panel - Minutes - Tuesday 3 March 2026",
     [("heading", "Brackenford District Council"),
      "MINUTES of the meeting of the Licensing Panel held at the Civic Offices, Brackenford on Tuesday 3 March 2026"],
     "brackenford-dc_2026-03-03_licensing-panel_minutes.docx", "Licensing Panel - Minutes - Tuesday 3 March 2026"),
])
def test_minutes_are_titled_by_the_files_own_dated_minutes_title(file_title, lines, filename, title):
    found = extract_blocks(*lines, *MINUTES_BODY, properties={"title": file_title}, filename=filename)
    assert found.title == title, found.title


@pytest.mark.parametrize("file_title, lines, title", [
    # a file title naming only the month (a site's listing label): the heading titles the minutes
    ("Ashby Parish Council March 2026 meeting",
     ["Minutes of Ashby Parish Council Meeting held in the Village Hall on 9 March 2026"],
     "Minutes of Ashby Parish Council Meeting held in the Village Hall on 9 March 2026"),
    # a file title dated another day than the meeting (the day the file was made)
    ("Harbour Committee minutes, 30 March 2026",
     ["Minutes of a meeting of the Harbour Committee held on 12 March 2026"],
     "Minutes of a meeting of the Harbour Committee held on 12 March 2026"),
    # a file title naming no minutes (a template's name)
    ("Committee report template 12 March 2026",
     ["Minutes of a meeting of the Harbour Committee held on 12 March 2026"],
     "Minutes of a meeting of the Harbour Committee held on 12 March 2026"),
    # a word processor's title: the file's name, its date in figures
    ("Microsoft Word - 2026-03-12 DRAFT Harbour Committee minutes.docx",
     ["Minutes of a meeting of the Harbour Committee held on 12 March 2026"],
     "Minutes of a meeting of the Harbour Committee held on 12 March 2026"),
    # a meeting page's title, its agenda and minutes
    ("Agenda and minutes - Harbour Committee - 12 March 2026",
     ["Minutes of a meeting of the Harbour Committee held on 12 March 2026"],
     "Minutes of a meeting of the Harbour Committee held on 12 March 2026"),
    # a file title naming the previous meeting's minutes
    ("Minutes of the previous meeting, 12 March 2026",
     ["Minutes of a meeting of the Harbour Committee held on 12 March 2026"],
     "Minutes of a meeting of the Harbour Committee held on 12 March 2026"),
])
def test_a_file_title_that_is_no_dated_minutes_title_leaves_the_heading(file_title, lines, title):
    found = extract_blocks(*lines, *MINUTES_BODY, properties={"title": file_title}, filename="paper.pdf")
    assert found.title == title, found.title


def test_a_web_page_whose_own_heading_is_its_minutes_title_is_titled_by_it():
    # (the site's name before the <title>'s minutes and date; the page's <h1> names the minutes)
    found = extract_blocks(("heading", "Minutes of the Harbour Committee"), "Thursday, 12th March, 2026 7.00 pm",
                           *MINUTES_BODY, filename="page.html",
                           properties={"title": "Selworth District Council - Minutes of the Harbour Committee, 12 March 2026",
                                       "h1": "Minutes of the Harbour Committee"})
    assert found.title == "Minutes of the Harbour Committee", found.title


# - a minutes heading that a web export ran into the record's first field (`... 4TH MAY 2026 Present– Cllr ...`)
#   ends where that field begins (cover_labels.yml minutes_section_headings, followed by a colon or dash): its held
#   clause is then judged as a one-line heading's (metadata._before_record_field).

@pytest.mark.parametrize("paragraph, title", [
    # a parish's heading in capitals after the posting date, `Present–` run into it
    ("04/05/2026 MINUTES OF HARNBY PARISH COUNCIL MEETING HELD AT THE CHAPEL MONDAY 4TH MAY 2026 Present– Cllr Amble - "
     "Chairman, Cllr Birch, Cllr Coombe. Apologies: Cllr Dunn.",
     "Minutes of Harnby Parish Council Meeting held at the Chapel Monday 4th May 2026"),
    # a town council's heading, `Members present:` run into it
    ("Minutes of Kelby Town Council meeting held on 9 March 2026 Members present: Cllrs Amble, Birch and Coombe; "
     "the Town Clerk.", "Minutes of Kelby Town Council meeting held on 9 March 2026"),
    # the room then the date, `Attendance:` run into it
    ("Minutes of the Ottery Moor Parish Council Meeting held in the Reading Room on 3 May 2026 Attendance: Cllr "
     "Amble (Chair), Cllr Birch, the Clerk", "Minutes of the Ottery Moor Parish Council Meeting held in the Reading Room on 3 May 2026"),
])
def test_a_minutes_heading_run_into_the_records_first_field_ends_there(paragraph, title):
    found = extract_blocks(paragraph, *MINUTES_BODY[1:])
    assert (found.title or "").lower() == title.lower(), found.title


@pytest.mark.parametrize("heading", [
    # a body whose name holds a field word, no colon or dash after it
    "Minutes of the Attendance Review Panel held on 9 March 2026",
    # `present` inside the heading's own words
    "Minutes of the Harnby Parish Council Meeting held in public on 9 March 2026",
])
def test_a_minutes_heading_with_no_field_run_in_is_kept_whole(heading):
    found = extract_blocks(("heading", heading), *MINUTES_BODY)
    assert found.title == heading, found.title


# - a web page whose <h1> says only what kind of page it is (`Decision details`, `Decision notice`, `Officer
#   decision`: cover_labels.yml page_type_headings) is titled by its <title>, less the site's name, when that goes on
#   past the kind to name the page's subject or meeting (metadata._kind_page_own_title).

@pytest.mark.parametrize("h1, page_title, lines, title", [
    # a decisions page under a breadcrumb, the subject as a second heading
    ("Decision details", "Decision details - Allotment rents 2026/27",
     ["Home > Decisions > Decision details", ("heading", "Decision details"), ("heading", "Allotment rents 2026/27"),
      "Decision Maker: Cabinet Member for Environment", "Decision status: Recommendations Approved"],
     "Allotment rents 2026/27"),
    # a decision notice naming its meeting in the page title, the site's name after a bar
    ("Decision notice", "Decision notice: Licensing Committee, 3 March 2026 | Brackenford Borough Council",
     [("heading", "Decision notice"), "Licensing Committee Meeting held on Tuesday 3 March 2026",
      "Published: 4 March 2026. Unless called in, these decisions may be implemented from 11 March 2026.",
      ("heading", "Item 4: Taxi licensing fees")],
     "Decision notice: Licensing Committee, 3 March 2026"),
    # an officer's decision page
    ("Officer decision", "Officer decision - Harbour dredging contract extension 2026",
     [("heading", "Officer decision"), ("heading", "Harbour dredging contract extension 2026"),
      "Decision taken by: Harbour Master", "Date decision made: 3 March 2026"],
     "Harbour dredging contract extension 2026"),
])
def test_a_kind_only_page_is_titled_by_its_page_title(h1, page_title, lines, title):
    found = extract_blocks(*lines, properties={"title": page_title, "h1": h1}, filename="page.html")
    assert found.title == title, found.title


@pytest.mark.parametrize("h1, page_title, lines, title", [
    # a page title naming no more than the kind
    ("Decision notice", "Decision notice | Brackenford Borough Council",
     [("heading", "Decision notice"), "Licensing Committee Meeting held on Tuesday 3 March 2026",
      ("heading", "Item 4: Taxi licensing fees")], "Taxi licensing fees"),  # (the text's own rules decide)
    # a subject heading under the kind heading that the page title leaves out (it names the meeting only)
    ("Agenda item", "Agenda item - Harbour Committee - 12 March 2026 - Kelby Council",
     [("heading", "Agenda item"), ("heading", "Mooring fees 2026/27"), "Meeting: 12/03/2026 - Harbour Committee (Item 6)",
      ("heading", "Purpose"), "To set the mooring fees for the coming year."], "Mooring fees 2026/27"),
    # an <h1> that is the paper's own title, not a kind
    ("Allotment rents review", "Allotment rents review - 3 March 2026 - Kelby Council",
     [("heading", "Allotment rents review"), "Report of the Head of Parks to the Cabinet, 3 March 2026"],
     "Allotment rents review"),
])
def test_a_page_title_adding_nothing_or_under_a_title_heading_leaves_the_heading(h1, page_title, lines, title):
    found = extract_blocks(*lines, properties={"title": page_title, "h1": h1}, filename="page.html")
    assert found.title == title, found.title


# - minutes that name no meeting (their text opens on who was present; the heading the site kept is lost) published
#   by a parish, town or community council are that council's own meeting: such a council meets as itself
#   (orgnames.COUNCIL_TYPE_WORDS less the principal tiers; metadata._local_council).  A principal council's, or a local council's
#   paper that is no minutes, names no meeting so.

@pytest.mark.parametrize("filename, lines, properties, council", [
    # a community council's plain-text minutes, its name only in the clerk's line
    ("ottery-moor-cc_2026-03-30_community-council_minutes.txt",
     ["Present: Cllrs Amble, Birch, Coombe & the Clerk.", "4101. | Police report: none received.",
      "4102. To receive apologies for absence: Cllr Dunn.",
      "4103. The minutes of the last meeting were agreed and signed.",
      "Clerk to Ottery Moor Community Council, The Old School, Ottery Moor."], {}, "Ottery Moor Community Council"),
    # a parish's web export, its title naming the council and the minutes, the text opening on councillors present
    ("harnby-pc_2026-02-03_parish-council_minutes.md",
     ["Councillors present: Cllr. A. Amble – Chair, Cllr. B. Birch & Cllr. C. Coombe.", "Present: D. Dunn – Clerk.",
      "26/02/1 Apologies were received from Cllr. Eddery.", "26/02/2 The minutes of the January meeting were signed."],
     {"title": "Harnby Parish Council Minutes TUESDAY 3rd February 2026 at 7:30pm"}, "Harnby Parish Council"),
    # a town council's minutes opening on the members present
    ("kelby-tc_2026-01-12_town-council_minutes.txt",
     ["Members present: Cllrs Amble (Mayor), Birch, Coombe and Dunn.", "In attendance: the Town Clerk.",
      "112. Apologies were received from Cllr Eddery.",
      "113. The minutes of Kelby Town Council's meeting of 8 December 2025 were approved."], {}, "Kelby Town Council"),
])
def test_a_local_councils_minutes_naming_no_meeting_are_its_own_meeting(filename, lines, properties, council):
    found = extract_blocks(*lines, properties=properties, filename=filename)
    assert found.authority == council, found.authority
    assert found.committee == council, found.committee


@pytest.mark.parametrize("filename, lines", [
    # a district council's minutes naming no meeting: which of its committees met is not known
    ("kelby-dc_2026-01-12_minutes.txt",
     ["Present: Councillors Amble (Chair), Birch, Coombe and Dunn.", "12. Apologies were received from Cllr Eddery.",
      "13. The minutes of Kelby District Council's meeting of 8 December 2025 were approved."]),
    # a parish council's paper that is no minutes
    ("harnby-pc_2026-02-03_precept-report.txt",
     ["Precept for 2026/27", "Prepared by the Clerk, Harnby Parish Council.",
      "1. The council is asked to set a precept of £18,400 for 2026/27."]),
])
def test_no_meeting_is_named_for_other_papers_naming_none(filename, lines):
    found = extract_blocks(*lines, filename=filename)
    assert found.committee is None, found.committee
