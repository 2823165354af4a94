"""An agenda pack's caption over one of its appendices (`Budget Report Appendix 2 - Cabinet 4 March 2026`):
the line names the parent report and the meeting the pack goes to, not the paper under it.  When a line
under it names the paper (minutes of another meeting, a report's own title), that line titles the paper and,
when it names a meeting of its own, gives the committee and date; a paper whose first line is its own
appendix label (`Appendix 3: Fees and charges 2026/27`) keeps it.  Fictional authorities throughout."""
from __future__ import annotations

import docx
import pytest

import pdfgen
from committee_papers.pipeline import read_and_extract


def extraction_of(path):
    return read_and_extract(str(path))[2]


MINUTES_BODY = ["Item 4 - Member Development Update",
                "1. The Chair introduced the update on training for members since the spring.",
                "2. RESOLVED that the update be noted and a further report come to the next meeting."]


def _text_paper(tmp_path, lines):
    path = tmp_path / "paper.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _docx_paper(tmp_path, lines):
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "paper.docx"
    document.save(path)
    return path


def _pdf_paper(tmp_path, lines):
    pdf = pdfgen.Paper(footer=None)
    pdf.add_page()
    pdfgen.heading(pdf, lines[0])
    for line in lines[1:]:
        (pdfgen.heading if line.startswith("Item") else pdfgen.paragraph)(pdf, line)
    return pdfgen.save(pdf, tmp_path / "paper.pdf")


# A caption over minutes of another meeting: the minutes line titles them and gives their meeting.
@pytest.mark.parametrize("make, caption, minutes, title, committee, date", [
    (_pdf_paper, "Member Development Report Appendix 2 - Full Council 19 March 2026",
     "Minutes extract from Standards and Ethics Committee - 4 February 2026",
     "Minutes extract from Standards and Ethics Committee", "Standards and Ethics Committee", "2026-02-04"),
    (_docx_paper, "Constitution Review Annex B - Borough Council 22 April 2026",
     "Extract from the minutes of the Audit Panel - 9 March 2026",
     "Extract from the minutes of the Audit Panel", "Audit Panel", "2026-03-09"),
    (_text_paper, "Parking Strategy Enclosure 3: Cabinet 14 May 2026",
     "Minutes of the Highways Scrutiny Board \u2013 2 April 2026",
     "Minutes of the Highways Scrutiny Board", "Highways Scrutiny Board", "2026-04-02"),
])
def test_a_pack_caption_over_minutes_leaves_the_minutes_line_to_title_and_date_them(
        tmp_path, make, caption, minutes, title, committee, date):
    extraction = extraction_of(make(tmp_path, [caption, minutes] + MINUTES_BODY))
    assert extraction.title == title
    assert extraction.committee == committee
    assert extraction.meeting_date == date


# A caption over a report: the report's own title line titles it; the caption's meeting is the report's.
@pytest.mark.parametrize("make, caption, heading, committee, date", [
    (_docx_paper, "Budget Setting Report Appendix 4 \u2013 Cabinet 10 February 2026",
     "Treasury Management Strategy Statement 2026/27", "Cabinet", "2026-02-10"),
    (_text_paper, "Housing Plan Annex 1 - Executive 3 March 2026",
     "Tenant Satisfaction Survey Results", "Executive", "2026-03-03"),
])
def test_a_pack_caption_over_a_report_leaves_the_report_its_own_title(tmp_path, make, caption, heading, committee,
                                                                       date):
    extraction = extraction_of(make(tmp_path, [caption, heading,
                                               "1. This annex sets out the results of the survey for members."]))
    assert extraction.title == heading
    assert extraction.committee == committee
    assert extraction.meeting_date == date


# A caption over a form: the form's own heading titles it.
def test_a_pack_caption_over_a_form_leaves_the_form_its_own_title(tmp_path):
    extraction = extraction_of(_text_paper(tmp_path, [
        "Grants Review Appendix C - Communities Committee 12 January 2026",
        "Community Grant Application Form",
        "Name of group:", "Amount requested:"]))
    assert extraction.title == "Community Grant Application Form"


# A caption with no line of the paper's own under it: the report and appendix it names title the paper.
@pytest.mark.parametrize("make, caption, title, committee, date", [
    (_text_paper, "Waste Strategy Report Appendix 2 - Environment Committee 8 June 2026",
     "Waste Strategy Report Appendix 2", "Environment Committee", "2026-06-08"),
    (_docx_paper, "Estates Review Annex C: Resources Board 21 July 2026", "Estates Review Annex C", "Resources Board",
     "2026-07-21"),
    (_pdf_paper, "Winter Plan Enclosure 5 - Quality Committee 3 September 2026", "Winter Plan Enclosure 5",
     "Quality Committee", "2026-09-03"),
])
def test_a_lone_pack_caption_titles_the_paper_by_its_report_and_appendix(tmp_path, make, caption, title, committee,
                                                                          date):
    extraction = extraction_of(make(tmp_path, [caption, "1. The table below sets out the collection rounds proposed "
                                               "for each ward from the autumn, with the costs of each option."]))
    assert extraction.title == title
    assert extraction.committee == committee
    assert extraction.meeting_date == date


# Negatives: a paper that opens with its own appendix label keeps it as its title.
@pytest.mark.parametrize("make", [_text_paper, _docx_paper])
def test_a_paper_opening_with_its_own_appendix_label_keeps_it(tmp_path, make):
    extraction = extraction_of(make(tmp_path, [
        "Appendix 3: Fees and charges 2026/27",
        "1. The fees below apply from 1 April 2026 unless the Cabinet decides otherwise."]))
    assert extraction.title == "Appendix 3: Fees and charges 2026/27"


@pytest.mark.parametrize("line", [
    "Appendix 3: Fees and charges 2026/27",
    "Annex 2 - Harbour Fees",
    "Cabinet - 4 March 2026 - Key Decision",
    "Report of the Director of Place Appendix A",
])
def test_lines_that_are_no_pack_caption(line):
    from committee_papers.extract.metadata import _pack_caption
    assert not _pack_caption(line)


@pytest.mark.parametrize("line", [
    "Member Development Report Appendix 2 \u2013 Full Council 19 March 2026",
    "Constitution Review Annex B - Borough Council 22 April 2026",
    "Parking Strategy Enclosure 3: Cabinet 14 May 2026",
])
def test_lines_that_are_pack_captions(line):
    from committee_papers.extract.metadata import _pack_caption
    assert _pack_caption(line)
