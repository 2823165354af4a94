"""Build committee-paper DOCX files for tests with python-docx: the Word counterpart of pdfgen.

* ``new(author, created, font=None)``: an empty document whose file properties name its
  author and dates (fixed dates, so a rebuilt file keeps its properties); ``font=("Arial", 11)``
  sets the Normal style the way council templates do.
* ``banner(doc, text, size=16)``: the bold line a cover opens with (the body's name).
* ``table(doc, rows, header=True)``: a ruled table (first row bold when ``header``), followed by
  the empty paragraph Word leaves after a table.
* ``headed_paper(path, author, title_lines, body)``: a whole paper under a banner, saved.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
from build_office_examples import table as _grid  # noqa: E402


def new(author: str, created: dt.datetime, font: tuple[str, int] | None = None):
    doc = Document()
    if font:
        doc.styles["Normal"].font.name = font[0]
        doc.styles["Normal"].font.size = Pt(font[1])
    props = doc.core_properties
    props.author = props.last_modified_by = author
    props.created = props.modified = created
    return doc


def banner(doc, text: str, size: int = 16) -> None:
    run = doc.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(size)


def table(doc, rows: list[list[str]], header: bool = True):
    grid = _grid(doc, rows, header=header)
    doc.add_paragraph()
    return grid


def headed_paper(path, author: str, title_lines: list[str], body: list[tuple[str, object]]) -> Path:
    """A paper under a banner: ``title_lines[0]`` as the banner, the rest as lines, then ``body``
    as (kind, content) pairs: "h" heading, "t" table rows, "b" bullet, "n" numbered item, anything
    else paragraphs (one per line).  The Word counterpart of ``pdfgen.headed_paper``."""
    doc = new(author, dt.datetime(2026, 2, 1, 9, 0))
    banner(doc, title_lines[0])
    for line in title_lines[1:]:
        doc.add_paragraph(line)
    for kind, text in body:
        if kind == "h":
            doc.add_heading(text, level=2)
        elif kind == "t":
            table(doc, text)
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            doc.add_paragraph(text, style="List Number")
        else:
            for line in text.split("\n"):
                doc.add_paragraph(line)
    doc.save(path)
    return Path(path)
