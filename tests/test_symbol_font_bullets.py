"""Bullets set in a symbol font (Word's Symbol and Wingdings bullets, which a PDF or web export
leaves as private-use code points U+F0B7, U+F0A7, U+F076 ..., a middle dot or a "§" in a
Symbol-font span, pdfminer's "(cid:N)") are read as bullets: the lines after them are list
items in every format.  Fictional papers written here (tests/pdfgen.symbol_bullet_paper
writes PDFs whose bullets come back as the private-use code points)."""
from __future__ import annotations

import pytest
from docx import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from committee_papers.ingest import bullets
from committee_papers.ingest.readers import docx as docx_reader
from committee_papers.ingest.readers import html as html_reader
from committee_papers.ingest.readers import pdf as pdf_reader
from committee_papers.ingest.readers import text as text_reader
from committee_papers.pipeline import read_and_extract

import pdfgen


def items(document) -> list[str]:
    return [b.text for b in document.blocks if b.kind == "list_item"]


@pytest.mark.parametrize("font, lines, expected", [
    ("Symbol", [(None, "Brackenford Council: Cabinet, 4 March 2026"),
                (None, "The Cabinet noted the following points:"),
                ("\uf0b7", "the library at Eastgate reopens in June"),
                ("\uf0b7", "the mobile service keeps its Tuesday route"),
                ("\uf0b7", "volunteer hours rose by a fifth")],
     ["the library at Eastgate reopens in June", "the mobile service keeps its Tuesday route",
      "volunteer hours rose by a fifth"]),
    ("ZapfDingbats", [(None, "North Mercia ICB Quality Committee"),
                      (None, "Areas of concern reported by the Harrowgate hub:"),
                      ("\uf0a7", "waiting times for wheelchair assessments"),
                      ("\uf0a7", "two vacancies in the therapy team")],
     ["waiting times for wheelchair assessments", "two vacancies in the therapy team"]),
    ("ZapfDingbats", [(None, "Kelmarsh Vale District Council - Licensing Panel"),
                      ("\uf076", "Premises licence for the Old Granary, Kelmarsh"),
                      ("\uf0d8", "Street trading consent for Market Row"),
                      ("\uf0fc", "Review of the taxi tariff")],
     ["Premises licence for the Old Granary, Kelmarsh", "Street trading consent for Market Row",
      "Review of the taxi tariff"]),
])
def test_pdf_symbol_font_bullets_open_list_items(tmp_path, font, lines, expected):
    path = pdfgen.symbol_bullet_paper(tmp_path / "paper.pdf", lines, font=font)
    for force in (None, "tables"):  # pdfium's lines and the word reader alike
        assert items(pdf_reader.read(path, force=force)) == expected


def test_pdf_symbol_font_bullets_give_recommendations(tmp_path):
    path = pdfgen.symbol_bullet_paper(tmp_path / "report.pdf", [
        (None, "Ashcombe Borough Council"),
        (None, "Report to: Cabinet, 12 May 2026"),
        (None, "Title: Parks Maintenance Review"),
        (None, "1. Recommendations"),
        (None, "Cabinet is recommended to:"),
        ("\uf0b7", "approve the revised mowing schedule for 2026/27;"),
        ("\uf0b7", "note the outcome of the tree survey; and"),
        ("\uf0b7", "agree the new charges for sports pitches."),
        (None, "2. Background"),
        (None, "2.1 The parks budget was reduced in 2025."),
    ])
    recommendations = [r.text.rstrip(";. ").removesuffix("; and") for r in read_and_extract(str(path))[2].recommendations]
    assert recommendations == ["approve the revised mowing schedule for 2026/27",
                               "note the outcome of the tree survey", "agree the new charges for sports pitches"]


@pytest.mark.parametrize("raw, expected", [
    ("\uf0b7 the grant to Fenwick Trust", "• the grant to Fenwick Trust"),
    ("    \uf0a7\tan indented Wingdings square", "    •\tan indented Wingdings square"),
    ("\uf0c4 a symbol glyph not in the list", "• a symbol glyph not in the list"),
    ("(cid:127) a glyph pdfminer could not name", "• a glyph pdfminer could not name"),
    ("an unmapped glyph (cid:12) inside a line", "an unmapped glyph  inside a line"),
    ("plain text with no symbol", "plain text with no symbol"),
])
def test_normalise_makes_symbol_glyphs_bullets(raw, expected):
    assert bullets.normalise(raw) == expected


def test_a_private_use_letter_inside_a_word_is_not_a_bullet():
    # Only a lone glyph before the text opens an item; one stuck to a word stays as it is.
    assert bullets.normalise("\uf0c4abc") == "\uf0c4abc"


@pytest.mark.parametrize("body, expected", [
    # Word's "Save as web page": a Symbol bullet is a middle dot in a Symbol-font span.
    ("<p class=MsoListParagraph><span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>"
     "&nbsp;&nbsp;&nbsp; </span></span>the depot roof is replaced</p>"
     "<p class=MsoListParagraph><span style='font-family:Symbol'>·<span>&nbsp;&nbsp; </span></span>"
     "the fleet moves to electric vans</p>",
     ["the depot roof is replaced", "the fleet moves to electric vans"]),
    # Wingdings squares and arrows are a section sign and an O with a stroke when read as letters.
    ("<p><span style=\"font-family:Wingdings\">§&nbsp; </span>grant to Orchard Lane Carers</p>"
     "<p><font face=\"Wingdings\">Ø</font> grant to Tidewell Youth Club</p>",
     ["grant to Orchard Lane Carers", "grant to Tidewell Youth Club"]),
    # A private-use bullet copied into the page's text.
    ("<p>\uf0b7 the pool closes for repairs in August</p><p>\uf0a7 the gym stays open</p>",
     ["the pool closes for repairs in August", "the gym stays open"]),
])
def test_html_symbol_font_bullets_open_list_items(tmp_path, body, expected):
    path = tmp_path / "minutes.html"
    path.write_text(f"<html><body><h1>Lydford Town Council</h1><p>The committee heard that:</p>{body}"
                    "<p>The meeting closed at 8pm.</p></body></html>", encoding="utf-8")
    assert items(html_reader.read(path)) == expected


def test_html_section_sign_in_an_ordinary_font_stays_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>§ 12 of the standing orders was suspended.</p></body></html>", encoding="utf-8")
    assert items(html_reader.read(path)) == []


def _sym(paragraph, char: str, font: str):
    run = paragraph.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char)
    run._r.append(sym)
    paragraph.add_run("\t")


def test_docx_symbol_characters_and_hand_typed_bullets_open_list_items(tmp_path):
    doc = WordDocument()
    doc.add_paragraph("Westerhope Parish Council - Finance Committee")
    doc.add_paragraph("Members agreed:")
    first = doc.add_paragraph()
    _sym(first, "F0B7", "Symbol")
    first.add_run("the precept for 2026/27 of £48,000")
    second = doc.add_paragraph()
    _sym(second, "F0A7", "Wingdings")
    second.add_run("a grant of £500 to Westerhope Scouts")
    doc.add_paragraph("\uf076 the internal auditor's fee")
    doc.add_paragraph("• the bank mandate change")
    doc.add_paragraph("The meeting closed at 9pm.")
    path = tmp_path / "minutes.docx"
    doc.save(path)
    assert items(docx_reader.read(path)) == ["the precept for 2026/27 of £48,000", "a grant of £500 to Westerhope Scouts",
                                             "the internal auditor's fee", "the bank mandate change"]


@pytest.mark.parametrize("text, expected", [
    ("The panel noted:\n\uf0b7 the hall hire rates\n\uf0b7 the cleaning contract\n",
     ["the hall hire rates", "the cleaning contract"]),
    ("Issues raised:\n\uf0a7 parking on Mill Lane\n\uf0d8 litter at the park\n", ["parking on Mill Lane", "litter at the park"]),
    ("Actions:\n(cid:127) write to the bus operator\n(cid:127) report back in June\n",
     ["write to the bus operator", "report back in June"]),
])
def test_text_symbol_bullets_open_list_items(tmp_path, text, expected):
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    assert items(text_reader.read(path)) == expected
