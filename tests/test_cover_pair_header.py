"""A two-column cover table whose first row a reader took for its header (`Meeting | Board`, a DOCX
table's first row) is still a label/value pair when the rows under it are pairs too; a real header
of labels over a row of values (`Date | Time` / `12 March 2025 | 10am`) still heads its columns.  (Over
several rows it is a list of meetings, not the cover: tests/test_cover_layouts.py.)"""
from __future__ import annotations

import pytest

from committee_papers.extract import cover
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def passages_of(*items):
    blocks = [Block("table", rows=item, header_rows=1) if isinstance(item, list) else Block("paragraph", text=item)
              for item in items]
    return list(iter_passages(blocks))


@pytest.mark.parametrize("rows, committee", [
    ([["Meeting", "Board"], ["Date", "20 March 2025"], ["Title of report", "Bus Fares"]], "Board"),
    ([["Meeting", "Committee"], ["Date of meeting", "4 June 2025"], ["Subject", "Fleet Replacement"]], "Committee"),
    ([["Report to", "Board"], ["Meeting date", "Thursday 9 October 2025"], ["Report title", "Estates Strategy"],
      ["Author", "Jo Pennick"]], "Board"),
])
def test_a_header_row_over_label_value_pairs_is_a_pair(rows, committee):
    extraction = extract(passages_of("Harrowdale Fire and Rescue Authority", rows), {}, "paper.docx")
    assert extraction.committee == committee
    assert extraction.meeting_date is not None


@pytest.mark.parametrize("rows, date", [
    ([["Date", "Time"], ["12 March 2025", "10am"]], "12 March 2025"),
    ([["Meeting", "Date", "Venue"], ["Board", "4 June 2025", "Boardroom"]], "4 June 2025"),
    ([["Meeting date", "Venue"], ["Thursday 9 October 2025", "Council Chamber"]], "Thursday 9 October 2025"),
])
def test_a_header_row_of_labels_over_values_still_heads_its_columns(rows, date):
    found = cover.collect(passages_of(rows))
    assert [f.value for f in found if f.field == "date"][:1] == [date]
