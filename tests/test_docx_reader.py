"""The DOCX reader on Word files built by the tests with python-docx."""
import os
import zipfile

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from committee_papers.ingest.errors import IngestError
from committee_papers.ingest.readers import docx as docx_reader
from committee_papers.ingest.readers import text as text_reader
from committee_papers.ingest.registry import read_document


def add_numbered(document, text, level):
    """A paragraph in Normal style made a list item by Word numbering (numPr)."""
    paragraph = document.add_paragraph(text)
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "1")
    num_pr.append(ilvl)
    num_pr.append(num_id)
    paragraph._p.get_or_add_pPr().append(num_pr)
    return paragraph


def bold(document, text):
    document.add_paragraph().add_run(text).bold = True


@pytest.fixture
def paper(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Speech and Language Therapy Contract"
    document.core_properties.author = "Sam Patel"
    document.add_paragraph("Wessex County Council", style="Title")
    document.add_heading("1. Recommendations", level=1)
    document.add_paragraph("That Cabinet extends the contract with Brightside Therapies CIC.", style="List Number")
    document.add_paragraph("Universal service", style="List Bullet")
    document.add_paragraph("Advice for parents", style="List Bullet 2")
    add_numbered(document, "Targeted clinics", level=1)
    document.add_page_break()
    document.add_heading("2. Current contracts", level=2)
    document.add_paragraph("2.1 The table below sets out the contracts.")
    table = document.add_table(rows=4, cols=3)
    cells = [["Provider", "Value", "Ends"],
             ["Brightside Therapies CIC", "£300,000", "March 2026"],
             ["Wessex Community Health NHS Trust", "£1,200,000", "March 2027"],
             ["Total", "£1,500,000", ""]]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(3, 1).merge(table.cell(3, 2))  # horizontal merge
    bold(document, "Current position and next steps")
    document.add_paragraph("2.2 The provider may lose staff, so the council will monitor")
    document.add_paragraph("recruitment every quarter.")
    risks = document.add_table(rows=3, cols=2)
    risks.cell(0, 0).text, risks.cell(0, 1).text = "Risk", "Mitigation"
    risks.cell(1, 0).text = "Staff shortage"
    risks.cell(1, 1).text = "\u2022 Recruit apprentices \u2022 Share staff"
    risks.cell(2, 1).text = "Monitor monthly"
    risks.cell(1, 0).merge(risks.cell(2, 0))  # vertical merge
    path = tmp_path / "cabinet.docx"
    document.save(path)
    return read_document(path)


def non_tables(document):
    return [b for b in document.blocks if b.kind != "table"]


def test_core_properties(paper):
    assert paper.properties == {"title": "Speech and Language Therapy Contract", "author": "Sam Patel"}


def test_styles_give_headings_and_list_items(paper):
    blocks = [(b.kind, b.text, b.level) for b in non_tables(paper)]
    assert blocks[:6] == [
        ("heading", "Wessex County Council", 1),
        ("heading", "1. Recommendations", 1),
        # Word numbering is rendered into the text, as a text export shows it.
        ("list_item", "1. That Cabinet extends the contract with Brightside Therapies CIC.", 1),
        ("list_item", "Universal service", 1),
        ("list_item", "Advice for parents", 2),
        ("list_item", "Targeted clinics", 2),
    ]
    assert ("heading", "Current position and next steps", 2) in blocks  # bold-only, Normal style


def test_body_order_and_page_breaks(paper):
    kinds = [(b.kind, b.page) for b in paper.blocks]
    assert kinds == [("heading", 1), ("heading", 1), ("list_item", 1), ("list_item", 1), ("list_item", 1),
                     ("list_item", 1), ("heading", 2), ("paragraph", 2), ("table", 2), ("heading", 2),
                     ("paragraph", 2), ("table", 2)]
    assert paper.pages == 2


def test_split_paragraph_is_rejoined(paper):
    assert ("2.2 The provider may lose staff, so the council will monitor recruitment every quarter."
            in [b.text for b in paper.blocks])


def test_tables_with_merged_cells_are_not_duplicated(paper):
    contracts, risks = [b for b in paper.blocks if b.kind == "table"]
    assert contracts.header_rows == 1
    assert contracts.rows[1] == ["Brightside Therapies CIC", "£300,000", "March 2026"]
    assert contracts.rows[3] == ["Total", "£1,500,000", ""]
    assert risks.header_rows == 1
    assert risks.rows[1:] == [["Staff shortage", "Recruit apprentices\nShare staff"], ["", "Monitor monthly"]]


MULTILEVEL = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 w:abstractNumId="90">
 <w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
</w:abstractNum>"""


def test_multilevel_word_numbering_gives_section_numbers(tmp_path):
    from lxml import etree

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, etree.fromstring(MULTILEVEL))
    num = etree.SubElement(numbering, qn("w:num"))
    num.set(qn("w:numId"), "90")
    etree.SubElement(num, qn("w:abstractNumId")).set(qn("w:val"), "90")
    for text, level in [("Background", 0), ("The council funds the service.", 1),
                        ("It began in 2019.", 1), ("first reason", 2), ("second reason", 2),
                        ("Finance", 0), ("The budget is £90,000.", 1)]:
        add_numbered(document, text, level)  # numId pointed at the new list below
    for paragraph in document.paragraphs:
        paragraph._p.pPr.numPr.numId.set(qn("w:val"), "90")
    path = tmp_path / "numbered.docx"
    document.save(path)
    texts = [b.text for b in read_document(path).blocks]
    assert texts == ["4. Background", "4.1 The council funds the service.", "4.2 It began in 2019.",
                     "(a) first reason", "(b) second reason", "5. Finance", "5.1 The budget is £90,000."]
    sections = [p.section for p in read_document(path).passages()]
    assert sections == ["4", "4.1", "4.2", "4.2", "4.2", "5", "5.1"]


def test_python_docx_default_author_is_not_a_person(tmp_path):
    document = docx.Document()
    document.add_paragraph("North Wessex Integrated Care Board paper.")
    path = tmp_path / "plain.docx"
    document.save(path)
    assert "author" not in read_document(path).properties


def test_random_bytes_are_not_a_docx(tmp_path):
    path = tmp_path / "junk.docx"
    path.write_bytes(os.urandom(3000))
    with pytest.raises(IngestError, match=r"not a DOCX \(not a zip file\)"):
        read_document(path)


def test_zip_without_a_document_is_not_a_docx(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not word")
    with pytest.raises(IngestError, match="without word/document.xml"):
        read_document(path)


def test_truncated_docx_is_refused(paper, tmp_path):
    data = open(paper.path, "rb").read()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IngestError, match="not a DOCX"):
        read_document(path)


def test_broken_document_xml_is_reported_as_damaged(paper, tmp_path):
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(paper.path) as source, zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(member, data)
    with pytest.raises(IngestError, match="damaged DOCX"):
        read_document(path)


def write_zero_member(path, megabytes):
    """A DOCX-shaped zip whose document.xml is `megabytes` of zeros, streamed, never held in memory."""
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.docx"
    write_zero_member(path, 260)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(IngestError, match=r"DOCX expands to 260 MB \(limit 200 MB\), refused"):
        read_document(path)


def test_absurd_compression_ratio_is_refused(tmp_path):
    path = tmp_path / "ratio.docx"
    write_zero_member(path, 20)
    with pytest.raises(IngestError, match=r"compression.*refused"):
        docx_reader.check_zip(path)


def test_seed_word_files_match_their_text_exports(shared_corpus):
    for docx_path in sorted((shared_corpus / "seeds-docx-html").glob("*.docx")):
        text_path = shared_corpus / "seeds" / (docx_path.stem + ".txt")
        from_docx = docx_reader.read(docx_path).passages()
        from_text = text_reader.read(text_path).passages()
        assert [(p.kind, p.text) for p in from_docx] == [(p.kind, p.text) for p in from_text], docx_path.name


def test_a_table_of_labelled_fields_has_no_header_row(tmp_path):
    document = docx.Document()
    fields = [["Report to:", "Adults Scrutiny Panel"], ["Date:", "4 June 2024"], ["Report author:", "Jane Smith"]]
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate(fields):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    columns = document.add_table(rows=2, cols=2)
    for c, text in enumerate(["Provider", "Annual value"]):
        columns.cell(0, c).text = text
    for c, text in enumerate(["Brightside Therapies CIC", "£90,000"]):
        columns.cell(1, c).text = text
    path = tmp_path / "cover.docx"
    document.save(path)
    tables = [b for b in docx_reader.read(path).blocks if b.kind == "table"]
    assert tables[0].rows == fields and tables[0].header_rows == 0
    assert tables[1].header_rows == 1
