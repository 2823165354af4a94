"""Whole tables from every reader: caption rows, multi-line headers, headers repeated on
later pages and space-aligned text tables (ingest/readers/cells.py, text.py, pdf_layout.py)."""
import docx
import pytest
from fpdf.fonts import FontFace

import pdfgen
from committee_papers.ingest.readers.cells import join_header, settle_table, table_head
from committee_papers.ingest.readers.text import aligned_to_tabs, parse_text
from committee_papers.ingest.registry import read_document


def tables(doc):
    return [b for b in doc.blocks if b.kind == "table"]


def headers(doc):
    return [p.cells for p in doc.passages() if p.kind == "table_header"]


# -- scoring the first rows ---------------------------------------------------

@pytest.mark.parametrize("rows, caption", [
    # A caption in the first cell, the rest of the row empty (DOCX/PDF merged cell).
    ([["Table 3: Current contracts", "", ""], ["Service", "Provider", "Value"],
      ["Home care", "Acme Care Ltd", "£1.2m"]], "Table 3: Current contracts"),
    # HTML repeats a spanning header label over every column.
    ([["Figure 1", "Figure 1"], ["Milestone", "Date"], ["Consultation closes", "3 March 2026"]], "Figure 1"),
    # No `Table n` word, but a real header follows the spanning row.
    ([["Brackenford community contracts 2025/26", "", "", ""], ["Service", "Provider", "Start", "End"],
      ["Meals", "Hotpot Kitchens", "1 April 2025", "31 March 2027"],
      ["Laundry", "Suds CIC", "1 May 2025", "30 April 2026"]], "Brackenford community contracts 2025/26"),
])
def test_caption_row_spanning_the_table_is_not_the_header(rows, caption):
    body, found, header = settle_table(rows)
    assert found == caption
    assert header == 1
    assert body[0] == rows[1]


def test_spanning_label_over_rows_of_labels_stays_the_header():
    # `Key risks` over short risk/mitigation pairs: no values below, so no header below it either.
    rows = [["Key risks", ""], ["Staff leave", "Recruit apprentices"], ["Costs rise", "Fixed price"]]
    assert table_head(rows) == (0, 1)


@pytest.mark.parametrize("rows, joined", [
    # A grouping line over its columns (DOCX/PDF: the label then an empty merged cell).
    ([["", "2024/25", "", "2025/26", ""], ["Service", "Budget", "Actual", "Budget", "Actual"],
      ["Home care", "£1.2m", "£1.3m", "£1.4m", "£1.4m"]],
     ["Service", "2024/25 Budget", "2024/25 Actual", "2025/26 Budget", "2025/26 Actual"]),
    # Group labels over one column each: a column beside them keeps its own label.
    ([["", "", "Ongoing", "One-off", ""], ["Directorate", "Description", "Impact", "Impact", "Total"],
      ["Adults", "Vacancy savings", "(250.0)", "0.0", "(250.0)"]],
     ["Directorate", "Description", "Ongoing Impact", "One-off Impact", "Total"]),
    # HTML: the grouping label repeated over the columns it spans.
    ([["Contract", "Contract", "Risk", "Risk"], ["Service", "Provider", "Likelihood", "Impact"],
      ["Home care", "Acme Care Ltd", "3", "4"]],
     ["Contract Service", "Contract Provider", "Risk Likelihood", "Risk Impact"]),
    # Labels wrapped onto a second and third line, in lower case or with their unit.
    ([["Service", "Contract", "Contract"], ["", "value", "end"], ["", "(£k)", "date"],
      ["Home care", "1,200", "31 March 2026"]],
     ["Service", "Contract value (£k)", "Contract end date"]),
])
def test_multi_line_headers_are_joined_per_column(rows, joined):
    caption, header = table_head(rows)
    assert (caption, header) == (0, len(rows) - 1)
    assert join_header(rows[:header]) == joined


def test_second_row_of_names_is_data_not_header():
    # A pivot table: services across, a provider's row of short labels is data.
    rows = [["", "Home care", "Day care"], ["Acme Care Ltd", "Block", "Spot"], ["Total", "£1.2m", "£0.3m"]]
    assert table_head(rows) == (0, 1)


@pytest.mark.parametrize("rows, count", [
    ([["Risk", "Mitigation"], ["Staff leave", "Recruit apprentices"], ["Risk", "Mitigation"],
      ["Costs rise", "Fixed-price contract"]], 1),
    ([["", "2024/25", ""], ["Service", "Budget", "Actual"], ["Meals", "£1m", "£1m"],
      ["", "2024/25", ""], ["Service", "Budget", "Actual"], ["Laundry", "£2m", "£2m"]], 2),
    ([["Milestone", "Date"], ["Award", "May 2026"], ["MILESTONE", "date"], ["Go live", "April 2027"]], 1),
])
def test_header_repeated_inside_the_table_is_dropped(rows, count):
    body, _caption, header = settle_table(rows)
    assert header == count
    assert len(body) == len(rows) - count
    assert all(r[0].lower() not in ("risk", "milestone", "service") for r in body[count:])


# -- text tables aligned with spaces -------------------------------------------

def test_space_aligned_tables_are_split_into_cells():
    text = (
        "Table 2: Current contracts (£k)\n"
        "Service              Provider                 Value     End date\n"
        "Home care            Acme Care Ltd            1,200     31 March 2026\n"
        "Day opportunities    Brackenford Day          340       30 June 2025\n"
        "                     Services CIC\n"
        "Meals at home        Hotpot Kitchens          85        31 May 2027\n"
        "\n"
        "  Risk                     Likelihood   Mitigation\n"
        "  Staff leave the          High         Recruit apprentices and\n"
        "  provider                              share staff\n"
        "  Costs rise               Medium       Fixed-price contract\n"
        "\n"
        "Milestone    Date\n"
        "Award        May 2026\n"
        "Go live      April 2027\n"
    )
    blocks, _pages, _props = parse_text(text)
    found = [b for b in blocks if b.kind == "table"]
    assert [len(t.rows[0]) for t in found] == [4, 3, 2]
    assert found[0].rows[2] == ["Day opportunities", "Brackenford Day Services CIC", "340", "30 June 2025"]
    assert found[1].rows[1] == ["Staff leave the provider", "High", "Recruit apprentices and share staff"]
    assert found[2].rows[-1] == ["Go live", "April 2027"]
    assert all(t.header_rows == 1 for t in found)


@pytest.mark.parametrize("lines", [
    # Two columns of prose side by side.
    ["The council has reviewed the     Members asked officers to bring",
     "contracts for home care and      a report on the options for the",
     "meals at home over the summer    service to the next meeting of"],
    # Numbered paragraphs with their text indented past the number.
    ["1.1   The council agreed the budget for the year ahead.",
     "1.2   Officers will report on the savings in March.",
     "1.3   The committee noted the risks in the register."],
    # Ordinary prose with a double space after a full stop.
    ["The report was noted.  Members thanked officers for it.",
     "It was agreed.  The chair closed the item after a vote.",
     "Next steps follow.  A further paper comes in the spring."],
])
def test_text_that_is_not_a_table_stays_lines(lines):
    assert aligned_to_tabs(lines) == lines


# -- readers -------------------------------------------------------------------

def test_text_reader_caption_multi_line_header_and_repeat_over_pages():
    text = ("Table 1: Commissioned services\t\t\n"
            "Service\tContract\tContract\n"
            "\tvalue (£k)\tend\n"
            "Home care\t1,200\t31 March 2026\n"
            "\f"
            "Service\tContract\tContract\n"
            "\tvalue (£k)\tend\n"
            "Meals\t85\t31 May 2027\n")
    blocks, _pages, _props = parse_text(text)
    (table,) = [b for b in blocks if b.kind == "table"]
    assert table.caption == "Table 1: Commissioned services"
    assert table.header_rows == 2
    assert [r[0] for r in table.rows[2:]] == ["Home care", "Meals"]
    assert table.row_pages[2:] == [1, 2]


def test_html_caption_row_caption_element_and_two_line_header(tmp_path):
    path = tmp_path / "paper.html"
    path.write_text("""<html><body><h1>North Mercia ICB Board</h1>
<table><tr><td colspan="3">Table 4: Community contracts</td></tr>
<tr><td>Service</td><td>Provider</td><td>Value</td></tr>
<tr><td>Wheelchairs</td><td>Mercia Mobility Ltd</td><td>£420,000</td></tr></table>
<table><caption>Figure 2 Risks</caption>
<thead><tr><th></th><th colspan="2">Score</th></tr>
<tr><th>Risk</th><th>Likelihood</th><th>Impact</th></tr></thead>
<tr><td>Provider failure</td><td>2</td><td>5</td></tr></table>
<table><tr><th colspan="2">Appendix B - Key dates</th></tr>
<tr><th>Milestone</th><th>Date</th></tr>
<tr><td>Contract award</td><td>1 June 2026</td></tr></table>
</body></html>""", encoding="utf-8")
    doc = read_document(path)
    assert [t.caption for t in tables(doc)] == ["Table 4: Community contracts", "Figure 2 Risks",
                                                "Appendix B - Key dates"]
    assert headers(doc) == [["Service", "Provider", "Value"], ["Risk", "Score Likelihood", "Score Impact"],
                            ["Milestone", "Date"]]
    captions = [p for p in doc.passages() if p.kind == "paragraph" and p.caption]
    assert [p.text for p in captions] == ["Table 4: Community contracts", "Figure 2 Risks", "Appendix B - Key dates"]


def test_docx_caption_row_and_grouped_header(tmp_path):
    document = docx.Document()
    document.add_paragraph("Brackenford Council")
    first = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["Table 3: Current contracts", "", ""], ["Service", "Provider", "End date"],
                             ["Home care", "Acme Care Ltd", "31 March 2026"]]):
        for c, value in enumerate(row):
            first.cell(r, c).text = value
    first.cell(0, 0).merge(first.cell(0, 2))
    second = document.add_table(rows=3, cols=5)
    for r, row in enumerate([["", "2025/26", "", "2026/27", ""], ["Service", "Budget", "Actual", "Budget", "Actual"],
                             ["Meals", "£85,000", "£90,000", "£95,000", "£97,000"]]):
        for c, value in enumerate(row):
            second.cell(r, c).text = value
    second.cell(0, 1).merge(second.cell(0, 2))
    second.cell(0, 3).merge(second.cell(0, 4))
    third = document.add_table(rows=4, cols=2)
    for r, row in enumerate([["Figure 1", ""], ["Risk", "Mitigation"],
                             ["Staff leave the provider", "Recruit apprentices"], ["Costs rise", "Fixed price"]]):
        for c, value in enumerate(row):
            third.cell(r, c).text = value
    path = tmp_path / "paper.docx"
    document.save(path)
    doc = read_document(path)
    assert [t.caption for t in tables(doc)] == ["Table 3: Current contracts", "", "Figure 1"]
    assert headers(doc) == [["Service", "Provider", "End date"], ["Service", "2025/26 Budget", "2025/26 Actual", "2026/27 Budget", "2026/27 Actual"],
                            ["Risk", "Mitigation"]]


def _pdf_table(pdf, rows, widths, heading_rows):
    pdf.set_font("Helvetica", "", 9.5)
    with pdf.table(col_widths=tuple(widths), width=sum(widths), align="LEFT", first_row_as_headings=True,
                   num_heading_rows=heading_rows, repeat_headings=1, headings_style=FontFace(emphasis="BOLD"),
                   line_height=4.75, padding=1.2, text_align="LEFT") as grid:
        for row in rows:
            line = grid.row()
            for cell in row:
                line.cell(cell)
    pdf.ln(4)


@pytest.mark.parametrize("head, widths", [
    ([["Service", "Provider", "Contract value (£k)"]], [50, 70, 40]),
    ([["", "2025/26", ""], ["Service", "Budget", "Forecast"]], [60, 40, 40]),  # a group label over one column
    ([["Table 5: Risk register", "", ""], ["Risk", "Owner", "Mitigation"]], [60, 40, 70]),
])
def test_pdf_header_repeated_on_every_page_is_read_once(tmp_path, head, widths):
    pdf = pdfgen.Paper(running_header="Brackenford Council")
    pdf.add_page()
    pdfgen.heading(pdf, "1. Commissioned services")
    body = [[f"Item {n} for the Brackenford scheme", f"Owner {n}", f"{100 + n}"] for n in range(1, 61)]
    _pdf_table(pdf, head + body, widths, len(head))
    path = pdfgen.save(pdf, tmp_path / "long.pdf")
    doc = read_document(path)
    (table,) = tables(doc)
    assert len(set(table.row_pages)) >= 2
    passages = [p for p in doc.passages() if p.kind == "table_row"]
    assert [p.cells[0] for p in passages] == [row[0] for row in body]
    header = [p for p in doc.passages() if p.kind == "table_header"]
    assert len(header) == 1
    assert header[0].cells[0] == head[-1][0]
