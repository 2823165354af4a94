"""Cover fields as one key-value model (extract/cover.py) and the metadata read from it.

Fictional authorities only; each mechanism has differently laid-out examples.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from committee_papers.extract import cover
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages
from committee_papers.ingest.registry import read_document

import pdfgen

WEB = Path(__file__).parent / "fixtures" / "web"


def passages_of(*items):
    """Passages from lines (str) and tables (list of rows)."""
    blocks = [Block("table", rows=item, header_rows=0) if isinstance(item, list) else Block("paragraph", text=item)
              for item in items]
    return list(iter_passages(blocks))


def metadata(*items, properties=None):
    return extract(passages_of(*items), properties or {}, "paper.txt")


def values(found, field):
    return [f.value for f in found if f.field == field]


# --- the label vocabulary is data, each label with examples that it reads ----------------

@pytest.mark.parametrize("field", cover.FIELDS)
def test_every_label_has_three_examples_that_it_reads(field):
    for entry in cover.vocabulary()[field]:
        assert len(entry["examples"]) >= 3, entry["pattern"]
        pattern = cover.label_re(entry["pattern"])
        for example in entry["examples"]:
            label = re.split(r"\s*[:|]\s*", example, maxsplit=1)[0]
            assert pattern.match(label + ":"), (field, example)
            # (a label read only in a table's cell, `cells_only`, is read so: `Report | <title>`)
            found = cover.collect(passages_of([example.split(" | ")] if entry.get("cells_only") else example))
            assert any(f.field == field for f in found), (field, example)


# --- two- and four-column cover tables ---------------------------------------------------

@pytest.mark.parametrize("rows, expected", [
    ([["Report to", "Harbour Committee"], ["Date of meeting", "3 February 2025"], ["Title", "Mooring Fees"]],
     {"committee": "Harbour Committee", "date": "3 February 2025", "title": "Mooring Fees"}),
    ([["Meeting:", "Cabinet"], ["Date:", "12 March 2026"], ["Subject:", "Home Care Framework"]],
     {"committee": "Cabinet", "date": "12 March 2026", "title": "Home Care Framework"}),
    ([["Decision maker", "Cabinet Member for Waste"], ["Decision date", "14/10/2025"],
      ["Report title", "Waste Collection Contract"]],
     {"committee": "Cabinet Member for Waste", "date": "14/10/2025", "title": "Waste Collection Contract"}),
])
def test_two_column_cover_tables(rows, expected):
    found = cover.collect(passages_of(rows))
    for field, value in expected.items():
        assert values(found, field)[0] == value


@pytest.mark.parametrize("rows, expected", [
    ([["Meeting", "Cabinet", "Date", "17 March 2026"],
      ["Title", "Home Care Framework", "Author", "Priya Lodge"]],
     {"committee": "Cabinet", "date": "17 March 2026", "title": "Home Care Framework", "author": "Priya Lodge"}),
    ([["Report to:", "Environment and Place Committee", "Date of meeting:", "9 October 2025"],
      ["Subject:", "Highways Maintenance Contract Extension", "Lead officer:", "Tom Ashdown"]],
     {"committee": "Environment and Place Committee", "date": "9 October 2025",
      "title": "Highways Maintenance Contract Extension", "author": "Tom Ashdown"}),
    ([["Decision date", "02/06/2025", "Decision maker", "Harbour Committee"],
      ["Item title", "Slipway Repairs", "Report author", "Jo Pennick"]],
     {"committee": "Harbour Committee", "date": "02/06/2025", "title": "Slipway Repairs", "author": "Jo Pennick"}),
])
def test_four_column_cover_tables_keep_each_value_to_its_label(rows, expected):
    found = cover.collect(passages_of(rows))
    for field, value in expected.items():
        assert values(found, field)[0] == value


def test_four_column_cover_table_gives_the_papers_metadata():
    extraction = metadata(
        "Fenmarsh District Council",
        [["Meeting", "Overview and Scrutiny Committee", "Date", "14 October 2025"],
         ["Title", "Waste Collection Contract Performance", "Report author", "Ruth Galloway"]],
        "1. Purpose", "1.1 This report sets out how the waste collection contractor has performed this year.")
    assert (extraction.committee, extraction.meeting_date, extraction.title) == (
        "Overview and Scrutiny Committee", "2025-10-14", "Waste Collection Contract Performance")


# --- Label: value lines, values wrapped over lines, labels alone -------------------------

@pytest.mark.parametrize("lines, title", [
    (["Title: Review of the", "leisure management contract", "Date: 4 May 2025"],
     "Review of the leisure management contract"),
    (["Subject: Home to school transport for pupils with", "special educational needs", "Report to: Cabinet"],
     "Home to school transport for pupils with special educational needs"),
    (["Report title: Community equipment, wheelchairs &", "telecare services", "Meeting: Health and Wellbeing Board"],
     "Community equipment, wheelchairs & telecare services"),
])
def test_a_value_wrapped_onto_the_next_line_is_joined(lines, title):
    assert values(cover.collect(passages_of(*lines)), "title")[0] == title
    assert metadata(*lines).title == title


@pytest.mark.parametrize("lines", [
    ["Title: Mooring fees", "Date: 3 February 2025"],
    ["Title: Slipway repairs for the outer harbour", "Decision no: 25/0012"],
    ["Subject: Market charges", "Harbour Committee"],
])
def test_a_value_that_ends_its_phrase_is_not_joined(lines):
    assert values(cover.collect(passages_of(*lines)), "title")[0] == lines[0].split(": ", 1)[1]


@pytest.mark.parametrize("lines, title", [
    (["Title:", "Decision no: 25/0012", "Report to: Cabinet"], None),
    (["Report title:", "Key decision: Yes", "Meeting: Cabinet"], None),
    (["Title:", "Allotment Rents 2026", "Date: 1 March 2026"], "Allotment Rents 2026"),
])
def test_the_title_does_not_take_the_next_label(lines, title):
    found = values(cover.collect(passages_of(*lines)), "title")
    assert (found[0] if found else None) == title


# --- Held on lines in minutes ------------------------------------------------------------

@pytest.mark.parametrize("lines, iso", [
    (["Minutes of the Harbour Committee", "Held on Monday 3 February 2025 at 7.00 pm in the Harbour Office",
      "Present: Cllr A Pennick (Chair), Cllr J Trelawny"], "2025-02-03"),
    (["Fenmarsh District Council", "Licensing Sub-Committee",
      "Meeting held on Thursday, 12th June 2025 at the Council Offices, Market Street, Fenmarsh"], "2025-06-12"),
    (["Minutes of the Allotments Working Group",
      "held at the Pavilion, Kestrel Bay on 9 September 2024, starting at 6pm"], "2024-09-09"),
])
def test_held_on_dates_a_set_of_minutes(lines, iso):
    assert any(f.source == "held_on" for f in cover.collect(passages_of(*lines)))
    assert metadata(*lines).meeting_date == iso


# --- authority from the strongest evidence -----------------------------------------------

@pytest.mark.parametrize("lines, authority", [
    (["Report to: Fenmarsh District Council Cabinet", "Date: 4 March 2026", "Title: Car Parking Charges",
      "1. Background", "1.1 Kestrel Bay Town Council and Kestrel Bay Town Council's harbour board asked "
      "Kestrel Bay Town Council to review charges, and Kestrel Bay Town Council agreed."],
     "Fenmarsh District Council"),
    (["Report to: Thornbury Vale District Council Environment and Place Committee", "Date: 9 October 2025",
      "1. Background", "1.1 Fenmarsh District Council and Fenmarsh District Council share a depot with "
      "Fenmarsh District Council."], "Thornbury Vale District Council"),
    (["Report to: Brackenford Borough Council Licensing Committee", "Date: 1 July 2025",
      "1. Background", "1.1 Harrowfield Metropolitan Borough Council, Harrowfield Metropolitan Borough Council "
      "and Harrowfield Metropolitan Borough Council set taxi fares nearby."], "Brackenford Borough Council"),
])
def test_the_body_a_report_goes_to_publishes_it_over_the_most_mentioned(lines, authority):
    extraction = metadata(*lines)
    assert (extraction.authority, extraction.authority_source) == (authority, "report to")


@pytest.mark.parametrize("lines, authority", [
    (["Title: Allotment Rents", "1. Background",
      "1.1 Fenmarsh District Council and Kestrel Bay Town Council both let allotments; Fenmarsh District Council "
      "sets its rents in March.",
      "Contact: Jo Pennick, jo.pennick@kestrelbay.gov.uk"], "Kestrel Bay Town Council"),
    (["Subject: Street Lighting", "1. Background",
      "1.1 Thornbury Vale District Council lights the ring road; Brackenford Borough Council lights "
      "the town centre and Thornbury Vale District Council the villages.",
      "For more information e-mail street.lighting@brackenford.gov.uk"], "Brackenford Borough Council"),
    (["Title: Burial Fees", "1. Background",
      "1.1 Harrowfield Metropolitan Borough Council runs the crematorium; Fenmarsh District Council runs "
      "two cemeteries and Harrowfield Metropolitan Borough Council the chapel.",
      "Report author: Sam Rowe (sam.rowe@fenmarsh.gov.uk)"], "Fenmarsh District Council"),
])
def test_the_councils_own_email_domain_names_the_publisher(lines, authority):
    extraction = metadata(*lines)
    assert (extraction.authority, extraction.authority_source) == (authority, "email domain")


@pytest.mark.parametrize("lines, authority", [
    (["Organisation: Kestrel Bay Town Council", "Title: Mooring Fees", "1. Background",
      "1.1 Fenmarsh District Council and Fenmarsh District Council run the slipway with Fenmarsh District Council."],
     "Kestrel Bay Town Council"),
    ([[["Published by", "Thornbury Vale District Council"], ["Title", "Tree Works"]],
      "1.1 Brackenford Borough Council asked Brackenford Borough Council whether Brackenford Borough Council agreed."],
     "Thornbury Vale District Council"),
    (["Name of authority: Fenmarsh District Council", "Subject: Grass Cutting",
      "1.1 Kestrel Bay Town Council cuts verges for Kestrel Bay Town Council and Kestrel Bay Town Council."],
     "Fenmarsh District Council"),
])
def test_an_authority_cover_field_names_the_publisher(lines, authority):
    extraction = metadata(*lines)
    assert (extraction.authority, extraction.authority_source) == (authority, "cover field")


def test_most_mentioned_is_the_last_resort_and_says_so():
    extraction = metadata("1. Background", "1.1 Fenmarsh District Council and Fenmarsh District Council agreed "
                                           "with Kestrel Bay Town Council to share a depot.")
    assert (extraction.authority, extraction.authority_source) == ("Fenmarsh District Council", "most mentioned")


# --- web pages: site chrome is not metadata; the page's own furniture names the publisher --

@pytest.mark.parametrize("name, expected", [
    ("cms-report.html", ("Thornbury Vale District Council", "Environment and Place Committee", "2025-10-09",
                         "Highways maintenance contract extension")),
    ("moderngov-decision.html", ("Brackenford Borough Council", "Cabinet", "2026-03-17",
                                 "Award of the home care framework")),
    ("moderngov-meeting.html", ("Fenmarsh District Council", "Overview and Scrutiny Committee", "2025-10-14",
                                "Overview and Scrutiny Committee - Tuesday, 14th October, 2025 6.30 pm")),
    ("old-minutes.html", ("Kestrel Bay Town Council", "Harbour Committee", "2025-02-03",
                          "Minutes of the Harbour Committee")),
])
def test_web_page_metadata(name, expected):
    document = read_document(WEB / name)
    extraction = extract(document.passages(), document.properties, document.filename)
    authority, committee, meeting_date, title = expected
    assert extraction.authority == authority
    assert extraction.authority_source in ("page header/footer", "site name", "page title")
    assert extraction.committee == committee
    assert extraction.meeting_date == meeting_date
    if title:
        assert extraction.title == title
    for value in (extraction.title, extraction.committee):
        assert "Skip to" not in (value or "") and "Council and democracy" not in (value or "")


@pytest.mark.parametrize("site, title, expected", [
    ("Fenmarsh District Council", "Waste report", "Fenmarsh District Council"),
    (None, "Licensing policy - Kestrel Bay Town Council", "Kestrel Bay Town Council"),
    (None, "Decision | Brackenford Borough Council", "Brackenford Borough Council"),
])
def test_site_name_or_page_title_names_a_publisher_the_text_does_not(site, title, expected):
    properties = {"title": title, **({"site_name": site} if site else {})}
    extraction = metadata("Subject: Taxi fares", "1.1 The fares were last set in 2023.", properties=properties)
    assert extraction.authority == expected
    assert extraction.authority_source == ("site name" if site else "page title")


# --- PDF running headers and footers ------------------------------------------------------

@pytest.mark.parametrize("header, body, authority", [
    ("Fenmarsh District Council - Cabinet 4 March 2026", "Kestrel Bay Town Council", "Fenmarsh District Council"),
    ("Thornbury Vale District Council | Planning Committee", "Brackenford Borough Council",
     "Thornbury Vale District Council"),
    ("OFFICIAL - Brackenford Borough Council", "Harrowfield Metropolitan Borough Council",
     "Brackenford Borough Council"),
])
def test_pdf_running_header_names_the_publisher(tmp_path, header, body, authority):
    pdf = pdfgen.Paper(running_header=header)
    for n, topic in enumerate(["Background", "Options considered", "Financial implications"], start=1):
        pdf.add_page()
        pdfgen.heading(pdf, f"{n}. {topic}")
        pdfgen.paragraph(pdf, f"{n}.1 The {topic.lower()} of this work: {body} and {body} share the service "
                              f"with {body}, which is reviewed each quarter.")
    document = read_document(pdfgen.save(pdf, tmp_path / "paper.pdf"))
    assert header in document.properties["running_lines"]
    extraction = extract(document.passages(), document.properties, document.filename)
    assert (extraction.authority, extraction.authority_source) == (authority, "page header/footer")


# --- a decision one member takes: the role, not the person, is the committee -------------

@pytest.mark.parametrize("lines, committee", [
    (["From: Sam Rowe, Corporate Director of Place", "To: Cllr Jo Pennick, Cabinet Member for Highways",
      "Subject: Speed Limit Review"], "Cabinet Member for Highways"),
    (["FENMARSH DISTRICT COUNCIL \u2013 RECORD OF DECISION", "DECISION TO BE TAKEN BY: DECISION NUMBER:",
      "25/00017 Mr Tom Ashdown, Portfolio Holder for Environment", "Subject: Litter Enforcement"],
     "Portfolio Holder for Environment"),
    ([[["Decision maker", "Ruth Galloway, Leader of the Council"], ["Title", "Senior Staff Pay Policy"]]],
     "Leader of the Council"),
])
def test_a_decision_makers_role_is_the_committee(lines, committee):
    assert metadata(*lines).committee == committee


@pytest.mark.parametrize("value", [
    "Jo Pennick, Corporate Director of Place", "Harbour Committee, Kestrel Bay", "25/00017 Decision notice"])
def test_a_person_without_a_decision_making_role_gives_no_role(value):
    assert cover.decision_maker_role(value) is None


# --- a decision record dated where it is signed --------------------------------------------

@pytest.mark.parametrize("lines, iso", [
    (["Subject: Litter Enforcement", "Decision: I agree to extend the contract.", "14/3/2026",
      ".............................. signed date"], "2026-03-14"),
    (["Subject: Speed Limit Review", "Decision: I approve the review.",
      "Signed: Jo Pennick    Date: 2 June 2025"], "2025-06-02"),
    (["Title: Senior Staff Pay Policy", "Decision: Approved.", "Date of signature",
      "21 November 2024"], "2024-11-21"),
])
def test_a_decision_record_is_dated_where_it_is_signed(lines, iso):
    assert metadata(*lines).meeting_date == iso


@pytest.mark.parametrize("properties, title", [
    ({"running_lines": ["Appendix B: Harbour Risk Register 2025-26", "DRAFT"]}, "Appendix B: Harbour Risk Register 2025-26"),
    ({"running_lines": ["ANNEX 3 \u2013 Mooring Waiting List", "Page 2"]}, "ANNEX 3 \u2013 Mooring Waiting List"),
    ({"running_lines": ["Fenmarsh District Council", "Allotment Rents Review"]}, "Allotment Rents Review"),
    ({"h1": "Highways maintenance contract extension"}, "Highways maintenance contract extension"),
])
def test_a_paper_whose_pages_give_no_title_takes_its_running_header_or_h1(properties, title):
    rows = [["Risk", "Owner"], ["Silting of the outer harbour", "Harbour Master"]]
    assert metadata(rows, properties=properties).title == title


def test_a_sentence_about_signing_dates_no_meeting():
    lines = ["Subject: Leisure Contract", "1.1 The contract was signed and dated 1 April 2020 by both parties."]
    assert metadata(*lines).meeting_date is None



@pytest.mark.parametrize("heading, title", [
    ("Issue details", "Award of the Home Care Framework"),
    ("Agenda item", "Mooring Fees 2025/26"),
    ("Decision details", "Litter Enforcement Contract"),
])
def test_a_web_pages_type_heading_is_not_its_title(heading, title):
    extraction = metadata(heading, title, "Decision maker: Cabinet", "Decision due date: 17/03/2026")
    assert extraction.title == title


@pytest.mark.parametrize("heading, lines, title", [
    ("Agenda and minutes", ["Cabinet - Tuesday, 4th March, 2026 7.00 pm"], "Cabinet - Tuesday, 4th March, 2026 7.00 pm"),
    ("Agenda, decisions and minutes", ["Harbour Committee - Monday, 3rd February, 2025 6.00 pm"],
     "Harbour Committee - Monday, 3rd February, 2025 6.00 pm"),
    ("Agenda and draft minutes", ["Licensing Sub-Committee", "Friday, 9th May, 2026 10.00 am"],
     "Licensing Sub-Committee - Friday, 9th May, 2026 10.00 am"),
])
def test_a_meeting_page_is_titled_by_the_meeting_heading_under_its_kind_heading(heading, lines, title):
    """Decided by evidence (round facts4).  A ModernGov meeting page shows a kind heading
    (`Agenda and minutes`) as its <h1>, the meeting under it (`Cabinet - Tuesday, 4th March, 2025 6.30 pm`,
    or the committee over its date line), and a browser <title> (`Agenda for Cabinet on Tuesday, 4th March,
    2025, 6.30 pm - <site>`).  Three independent writers who modelled such pages on real ones labelled
    the title: two (paraphrase2, paraphrase3) as the kind heading, the third (paraphrase7, from a survey of
    about twelve real pages) as the meeting heading, because `Agenda and minutes` names no document; our
    real gold likewise titles a record of decision by its subject, not its `RECORD OF DECISION` line (the
    stored real web pages searched held too few meeting pages to settle it).
    The score needs a 0.8 similarity: the meeting heading scores 0.85-0.9 against the <title> line's
    `Agenda for <meeting> on <date>` too, the kind heading against nothing but itself.  So the meeting
    heading titles the page; the kind heading does when no meeting heading follows it; the <title> line
    less the site's name is the last resort."""
    properties = {"title": "Agenda for the meeting - Fenmarsh District Council", "h1": heading}
    extraction = metadata(heading, *lines, "Venue: Council Chamber", "Media", properties=properties)
    assert extraction.title == title


@pytest.mark.parametrize("heading, page_title", [
    ("Agenda and minutes", "Agenda for Cabinet on Tuesday, 4th March, 2026, 7.00 pm - Fenmarsh District Council"),
    ("Agenda and decisions", "Agenda for Harbour Committee on 3 February 2025 | Kestrel Bay Town Council"),
    ("Agenda and draft minutes",
     "Agenda and draft minutes - Licensing Sub-Committee - 9 May 2026 \u2013 Brackenford Borough Council"),
])
def test_a_meeting_page_without_a_meeting_heading_is_titled_by_its_kind_heading_not_its_page_title(heading, page_title):
    """(Evidence: the test above.)  No meeting heading under the kind heading: the kind heading titles the page."""
    properties = {"title": page_title, "h1": heading}
    extraction = metadata(heading, "Venue: Council Chamber", properties=properties)
    assert extraction.title == heading


@pytest.mark.parametrize("page_title, title", [
    ("Agenda for Cabinet on Tuesday, 4th March, 2026, 7.00 pm - Fenmarsh District Council",
     "Agenda for Cabinet on Tuesday, 4th March, 2026, 7.00 pm"),
    ("Agenda for Harbour Committee on 3 February 2025 | Kestrel Bay Town Council",
     "Agenda for Harbour Committee on 3 February 2025"),
    ("Licensing Sub-Committee hearing outcome \u2013 Brackenford Borough Council", "Licensing Sub-Committee hearing outcome"),
])
def test_a_meeting_page_whose_heading_is_one_word_takes_its_page_title_less_the_site_name(page_title, title):
    """A one-word kind heading (`Agenda`, `Minutes`) is too bare to title the page: its <title> line,
    less the site's name, does."""
    properties = {"title": page_title, "h1": "Agenda"}
    extraction = metadata("Agenda", "Venue: Council Chamber", properties=properties)
    assert extraction.title == title


# --- DOCX letterheads and footers -----------------------------------------------------------

def _docx_with(tmp_path, place: str, text: str):
    import docx

    document = docx.Document()
    section = document.sections[0]
    if place == "header":
        section.header.paragraphs[0].text = text
    elif place == "header table":
        section.header.add_table(rows=1, cols=2, width=docx.shared.Cm(16)).rows[0].cells[1].text = text
    else:
        section.footer.paragraphs[0].text = text
    document.add_paragraph("Subject: Taxi Fares Review")
    document.add_paragraph("1.1 Kestrel Bay Town Council asked Kestrel Bay Town Council and Kestrel Bay Town "
                           "Council about fares.")
    path = tmp_path / "paper.docx"
    document.save(str(path))
    return read_document(path)


@pytest.mark.parametrize("place, text, authority", [
    ("header", "Fenmarsh District Council", "Fenmarsh District Council"),
    ("header table", "Thornbury Vale District Council | Licensing", "Thornbury Vale District Council"),
    ("footer", "Brackenford Borough Council - OFFICIAL", "Brackenford Borough Council"),
])
def test_docx_letterhead_or_footer_names_the_publisher(tmp_path, place, text, authority):
    document = _docx_with(tmp_path, place, text)
    assert text in document.properties["running_lines"]
    extraction = extract(document.passages(), document.properties, document.filename)
    assert (extraction.authority, extraction.authority_source) == (authority, "page header/footer")


# --- a cover table's value wrapped onto rows with an empty label cell ----------------------

@pytest.mark.parametrize("rows, field, value", [
    ([["Report to", "Cabinet"], ["Title", "Award of contract for the supply of"], ["", "street lighting maintenance"]],
     "title", "Award of contract for the supply of street lighting maintenance"),
    ([["Subject", "Home to school transport"], ["", "for pupils with special educational needs"], ["Date", "4 May 2025"]],
     "title", "Home to school transport for pupils with special educational needs"),
    ([["Meeting", "Health and Wellbeing Board"], ["", "(Fenmarsh Place)"], ["Title", "Winter Plan"]],
     "committee", "Health and Wellbeing Board (Fenmarsh Place)"),
])
def test_a_table_value_wrapped_onto_rows_without_a_label_is_joined(rows, field, value):
    assert values(cover.collect(passages_of(rows)), field)[0] == value


@pytest.mark.parametrize("rows, title", [
    ([["Item", "7", "Title", "Harbour Dues 2026"]], "Harbour Dues 2026"),
    ([["Item", "12.", "Report to", "Cabinet"], ["Report title", "Taxi Fares Review"]], "Taxi Fares Review"),
    ([["Item:", "4b"], ["Subject:", "Allotment Rents"]], "Allotment Rents"),
])
def test_an_item_number_is_no_title(rows, title):
    assert metadata(rows, "1.1 This report sets out the proposal for the year ahead in full.").title == title


# --- HTML definition lists are cover fields ------------------------------------------------

@pytest.mark.parametrize("dl", [
    "<dl><dt>Meeting</dt><dd>Harbour Committee</dd><dt>Date</dt><dd>3 February 2025</dd>"
    "<dt>Title</dt><dd>Mooring Fees</dd></dl>",
    "<dl class='meta'><div><dt>Report to:</dt><dd>Harbour Committee</dd></div>"
    "<div><dt>Date of meeting:</dt><dd>3 February 2025</dd></div><div><dt>Subject:</dt><dd>Mooring Fees</dd></div></dl>",
    "<dl><dt>Decision maker</dt><dd>Harbour Committee</dd><dt>Decision date</dt><dd>03/02/2025</dd>"
    "<dt>Item title</dt><dd>Mooring Fees</dd></dl>",
])
def test_definition_list_fields_give_the_metadata(tmp_path, dl):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main><h1>Harbour business</h1>{dl}<p>1.1 The mooring fees for the coming "
                    "year are set out below for the committee to agree.</p></main></body></html>", encoding="utf-8")
    document = read_document(path)
    extraction = extract(document.passages(), document.properties, document.filename)
    assert (extraction.committee, extraction.meeting_date, extraction.title) == (
        "Harbour Committee", "2025-02-03", "Mooring Fees")


def test_a_partners_email_given_once_does_not_name_the_publisher():
    extraction = metadata(
        "Title: Shared Depot", "1.1 Fenmarsh District Council and Fenmarsh District Council run the depot with "
        "Kestrel Bay Town Council.", "Contact: Jo Pennick, jo.pennick@fenmarsh.gov.uk",
        "Finance: Sam Rowe, sam.rowe@fenmarsh.gov.uk", "Partner contact: Ann Hocking, ann@kestrelbay.gov.uk")
    assert (extraction.authority, extraction.authority_source) == ("Fenmarsh District Council", "email domain")


def test_own_email_domains_count_the_addresses_in_passages_and_properties():
    from committee_papers.ingest.model import Passage

    passages = [Passage(i, "paragraph", text, 1, None, None) for i, text in enumerate([
        "Contact: Jo Pell, jo.pell@brackenford.gov.uk, 01632 960000",
        "Report author: sam.hale@brackenford.gov.uk; finance: ops@northmercia.nhs.uk",
        "No address in this paragraph at all.",
    ])]
    assert cover.own_email_domains(passages) == ["brackenford.gov.uk"]
    assert cover.own_email_domains(passages[2:], {"author": "clerk@wyvern-care.org.uk"}) == ["wyvern-care.org.uk"]
    assert cover.own_email_domains(passages[2:]) == []
