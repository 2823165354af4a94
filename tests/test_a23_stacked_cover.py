"""A cover table whose label cell stacks several labels, one a line (`Subject:` / `Report of:` / `Wards
affected:`), beside a cell giving their values on as many lines, is read as that many label/value pairs,
whichever format set it: a PDF's whitespace-aligned or ruled table, a Word cell's paragraphs, an HTML cell's
`<br>`s.  A cell of labels whose values cannot be paired line by line, and a cell of prose, are left alone:
never a title made of the labels themselves (`Report Of: Wards Affected: ...`)."""
from __future__ import annotations

import pytest

import docxgen
import pdfgen
from committee_papers.extract import cover
from committee_papers.ingest.model import Passage
from committee_papers.pipeline import read_and_extract

# (body, label cell lines, value cell lines, title, committee) - fictional authorities.
COVERS = [
    ("Fenmarsh District Council",
     ["Meeting:", "Subject:", "Report of:", "Wards affected:", "Key decision:"],
     ["Cabinet", "Allotment Rents Review 2026/27", "Cabinet Member for Communities", "All", "No"],
     "Allotment Rents Review 2026/27", "Cabinet"),
    ("Harrowdale Borough Council",
     ["Title of report:", "Report to:", "Wards affected:", "Key decision:"],
     ["Harbour Dues 2026", "Harbour Committee", "Quayside; Old Town", "Yes"],
     "Harbour Dues 2026", "Harbour Committee"),
    ("Wendle City Council",
     ["Committee:", "Report title:", "Ward(s):", "Lead officer:"],
     ["Licensing Committee", "Street Trading Policy Refresh", "Citywide", "Jo Pennick, Head of Licensing"],
     "Street Trading Policy Refresh", "Licensing Committee"),
]
BODY_TEXT = "1. Purpose of report\n\nThe report sets out the proposals for the year ahead and the options considered."


def _pdf(tmp_path, body, labels, values, ruled):
    pdf = pdfgen.Paper()
    if ruled:
        pdfgen.cover(pdf, body, [["Date:", "12 March 2026"], ["\n".join(labels), "\n".join(values)],
                                 ["Appendices:", "None"]], ruled=True)
    else:
        _spaced_cover(pdf, body, [(["Date:"], ["12 March 2026"]), (labels, values[:len(labels)]),
                                  (["Appendices:"], ["None"])])
    pdfgen.heading(pdf, "1. Purpose of report")
    pdfgen.paragraph(pdf, BODY_TEXT.split("\n\n")[1])
    return pdfgen.save(pdf, tmp_path / "cover.pdf")


def _spaced_cover(pdf, body, blocks, line_height=5.0, gap=4.0):
    """A cover laid out with whitespace, as a word processor's borderless table prints: each block's labels
    down the left, one a line, each value level with its label, a wider gap between blocks than between
    the lines of one (what a reader takes for one row of the table)."""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, body, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    y = pdf.get_y() + gap
    for labels, values in blocks:
        for k, label in enumerate(labels):
            pdf.set_xy(20, y)
            pdf.cell(45, line_height, label)
            if k < len(values):
                pdf.cell(125, line_height, values[k])
            y += line_height
        y += gap
    pdf.set_xy(20, y + gap)


def _docx(tmp_path, body, labels, values):
    doc = docxgen.new("Committee Services", __import__("datetime").datetime(2026, 3, 1, 9, 0))
    docxgen.banner(doc, body)
    grid = doc.add_table(rows=3, cols=2)
    grid.cell(0, 0).text, grid.cell(0, 1).text = "Date:", "12 March 2026"
    # One paragraph a label and a value, as Word writes a cell the author pressed Enter in.
    for column, lines in enumerate((labels, values)):
        cell = grid.cell(1, column)
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    grid.cell(2, 0).text, grid.cell(2, 1).text = "Appendices:", "None"
    doc.add_heading("1. Purpose of report", level=2)
    doc.add_paragraph(BODY_TEXT.split("\n\n")[1])
    path = tmp_path / "cover.docx"
    doc.save(str(path))
    return path


def _html(tmp_path, body, labels, values):
    path = tmp_path / "cover.html"
    path.write_text(f"<html><head><title>Committee report</title></head><body><p><b>{body}</b></p><table>"
                    "<tr><td>Date:</td><td>12 March 2026</td></tr>"
                    f"<tr><td>{'<br>'.join(labels)}</td><td>{'<br/>'.join(values)}</td></tr>"
                    "<tr><td>Appendices:</td><td>None</td></tr></table>"
                    f"<h2>1. Purpose of report</h2><p>{BODY_TEXT.split(chr(10) * 2)[1]}</p></body></html>",
                    encoding="utf-8")
    return path


LAYOUTS = {
    "pdf-unruled": lambda tmp_path, *cover: _pdf(tmp_path, *cover, ruled=False),
    "pdf-ruled": lambda tmp_path, *cover: _pdf(tmp_path, *cover, ruled=True),
    "docx": _docx,
    "html": _html,
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("body, labels, values, title, committee", COVERS, ids=[c[0].split()[0] for c in COVERS])
def test_stacked_labels_beside_their_values_are_read_as_pairs(tmp_path, layout, body, labels, values, title, committee):
    extraction = read_and_extract(str(LAYOUTS[layout](tmp_path, body, labels, values)))[2]
    assert extraction.title == title
    assert extraction.committee == committee
    assert extraction.meeting_date == "2026-03-12"


def _row(*cells: str) -> Passage:
    return Passage(1, "table_row", " | ".join(cells), 1, None, None, cells=list(cells), table=0, row=1)


def test_stacked_pairs_pairs_each_label_with_the_value_level_with_it():
    assert cover.stacked_pairs(_row("Report of:\nWards affected:\nKey decision:",
                                    "Director of Place\nAll\nNo")) == [
        ("Report of:", "Director of Place"), ("Wards affected:", "All"), ("Key decision:", "No")]


@pytest.mark.parametrize("cells", [
    # labels with one value beside them: which label it belongs to cannot be told
    ("Subject:\nReport of:\nWards affected:", "Harbour Dues 2026"),
    # more value lines than labels: a value wrapped over lines, or a missing value
    ("Report of:\nWards affected:", "Director of Place\nand Growth\nAll"),
    # a prose cell beside a list of values
    ("The report sets out the options\nthat were considered in turn", "Option one\nOption two"),
    # one label only: the ordinary pair, read as it is
    ("Report of:", "Director of Place"),
    # a line of the label cell that is no cover label
    ("Report of:\nBackground notes", "Director of Place\nSee appendix"),
])
def test_rows_that_cannot_be_paired_line_by_line_are_left_alone(cells):
    assert cover.stacked_pairs(_row(*cells)) == []


@pytest.mark.parametrize("layout", ["docx", "html", "pdf-unruled"])
def test_a_cell_of_labels_without_matching_values_gives_no_title_of_labels(tmp_path, layout):
    labels = ["Subject:", "Report of:", "Wards affected:"]
    extraction = read_and_extract(str(LAYOUTS[layout](tmp_path, "Fenmarsh District Council", labels,
                                                      ["Allotment Rents Review 2026/27"])))[2]
    assert "Wards" not in (extraction.title or "")


def test_a_label_wrapped_over_two_lines_of_a_spaced_cover_stays_one_row(tmp_path):
    pdf = pdfgen.Paper()
    _spaced_cover(pdf, "Harrowdale Borough Council", [
        (["Date:"], ["12 March 2026"]),
        (["Title of the", "report:"], ["Quayside Parking", "Charges 2026"]),
        (["Report to:", "Wards affected:"], ["Harbour Committee", "Quayside"])])
    pdfgen.heading(pdf, "1. Purpose of report")
    pdfgen.paragraph(pdf, BODY_TEXT.split("\n\n")[1])
    extraction = read_and_extract(str(pdfgen.save(pdf, tmp_path / "cover.pdf")))[2]
    assert extraction.title == "Quayside Parking Charges 2026"
    assert extraction.committee == "Harbour Committee"
