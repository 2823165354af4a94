"""Round c42: a table row that names no provider takes one from a statement of the paper only where the statement is
near the table (or names the row's service, or the paper names one provider).  A long paper naming several
providers says who provides what in its own sections: a statement many sections away (the treasury advisers of a
budget report) says nothing about a table of funding or costs elsewhere in it.

Fictional papers written for these tests."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document

# Paragraphs that stand between a statement and a table in a long paper (no provider, no sum).
_FILLER = [f"{n}.1 The section sets out the position on the matters considered by members in paragraph {n}."
           for n in range(3, 33)]


def _paper(body: str, *blocks: Block):
    opening = [Block("heading", body, page=1, level=1), Block("paragraph", "Cabinet – 12 March 2025", page=1),
               Block("heading", "Budget Report 2025-26", page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=opening + list(blocks))
    return extract(document.passages(), {}, document.filename)


def _table(heading: str, header: list[str], *rows: list[str]) -> list[Block]:
    return [Block("heading", heading, page=3, level=2), Block("table", rows=[header, *rows], header_rows=1, page=3)]


def _paragraphs(*texts: str) -> list[Block]:
    return [Block("paragraph", text, page=2) for text in texts]


# Two providers named early in the paper, each in a statement about its own service.
_STATEMENTS = {
    "Brackenford Borough Council": (
        "Treasury advice is provided by Fenwick Capital Advisers Ltd under a contract let in 2023.",
        "The Council's grounds maintenance contract is held by Kestle Grounds Ltd."),
    "Lornside County Council": (
        "Fenwick Capital Advisers Ltd provide treasury management advice to the Council under a contract.",
        "Home care in the north of the county is delivered by Oakdene Care Ltd."),
    "Wrenfield City Council": (
        "The Council has appointed Fenwick Capital Advisers Ltd as its treasury management adviser.",
        "Highways maintenance is provided by Tarnbrook Highways Ltd under a term contract."),
}
_PROVIDERS = {"Fenwick Capital Advisers Ltd", "Kestle Grounds Ltd", "Oakdene Care Ltd", "Tarnbrook Highways Ltd"}

# Tables far from those statements, in three layouts, whose rows name no provider.
_FAR_TABLES = [
    ("Brackenford Borough Council",
     _table("Table 4.1 Funding changes since the January draft", ["Category", "Description", "Amount", "Change"],
            ["Grant", "Rural services delivery grant", "+£4.2m", "+£0.3m"])),
    ("Lornside County Council",
     _table("Table 6 Adjustments agreed since January", ["Item", "Description", "Annual value"],
            ["1", "Waste disposal price uplift", "£2.7m"])),
    ("Wrenfield City Council",
     _table("Table 9: Adjustments to the settlement", ["Line", "Detail", "£m"],
            ["A", "Extended producer responsibility payment", "£3.9m"])),
]


@pytest.mark.parametrize("body, table", _FAR_TABLES, ids=[body for body, _ in _FAR_TABLES])
def test_far_statement_gives_no_row_its_provider(body, table):
    first, second = _STATEMENTS[body]
    extraction = _paper(body, *_paragraphs("1.1 " + first, "2.1 " + second, *_FILLER), *table)
    far = {c.provider for c in extraction.contracts if c.passage_seq > len(_FILLER)}
    assert not far & _PROVIDERS, far


# The same statements right before a table still speak for its rows (the paper naming several providers):
# the nearest one, as before.
_NEAR_TABLES = [
    ("Brackenford Borough Council", "Kestle Grounds Ltd",
     _table("Table 1: Grounds maintenance costs", ["Site", "Contract value"], ["Ash Park", "£84,000"])),
    ("Lornside County Council", "Oakdene Care Ltd",
     _table("Table 2 Home care spend", ["Lot", "Contract value 2025/26"], ["North", "£1.3m"])),
    ("Wrenfield City Council", "Tarnbrook Highways Ltd",
     _table("Table 3: Term contract costs", ["Lot", "Value"], ["Lot 1", "£2.2m"])),
]


@pytest.mark.parametrize("body, provider, table", _NEAR_TABLES, ids=[body for body, _, _ in _NEAR_TABLES])
def test_near_statement_still_gives_rows_their_provider(body, provider, table):
    first, second = _STATEMENTS[body]
    extraction = _paper(body, *_paragraphs("1.1 " + first, *_FILLER, "9.1 " + second), *table)
    assert provider in {c.provider for c in extraction.contracts if c.value_gbp}
