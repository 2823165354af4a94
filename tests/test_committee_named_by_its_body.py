"""A committee named by its body and a bare kind of meeting (`Fenmarsh Combined Authority Committee`) keeps the
body's name: `Committee` alone names no committee.  A body's named committee (`Wendle County Council Planning
Committee`) is still that committee.  Fictional authorities only."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def metadata(*lines):
    """Lines of a PDF paper: `# ` opens a heading, anything else a paragraph."""
    blocks = [Block("heading", text=line[2:]) if line.startswith("# ") else Block("paragraph", text=line)
              for line in lines]
    return extract(list(iter_passages(blocks)), {}, "paper.pdf")


BODY = ("# 1. Purpose", "1.1 This report asks the committee to agree the harbour dues for the coming year and "
        "to note the spending so far.")


@pytest.mark.parametrize("line, committee", [
    ("North Fenmarsh Combined Authority Committee", "North Fenmarsh Combined Authority Committee"),
    ("Brackenford Combined Authority Board", "Brackenford Combined Authority Board"),
    ("KESTREL BAY COMBINED AUTHORITY BOARD", "Kestrel Bay Combined Authority Board"),
])
def test_a_body_and_a_bare_kind_of_meeting_keep_the_bodys_name(line, committee):
    assert metadata(line, "# Harbour Dues Review 2026/27", *BODY).committee == committee


@pytest.mark.parametrize("line, committee", [
    ("Wendle County Council Cabinet", "Cabinet"),
    ("Wendle County Council Planning Committee", "Planning Committee"),
])
def test_a_bodys_named_meeting_is_that_meeting(line, committee):
    assert metadata(line, "# Harbour Dues Review 2026/27", *BODY).committee == committee
