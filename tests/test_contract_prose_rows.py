"""A table row whose every cell is a paragraph (`Issue raised | Response`, `Question | Answer`, `Comment |
Reply`) has no column of values: the sums in its sentences are read as prose (extract/contract_prose
._all_prose).  Fictional papers of different bodies, run through the whole pipeline."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(authority, *blocks, title="Report"):
    cover = [Block("heading", authority, page=1, level=1), Block("paragraph", "Meeting – 9 October 2025", page=1),
             Block("heading", title, page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=cover + list(blocks))
    return extract(document.passages(), {}, document.filename)


def prose_table(header, left, right):
    return Block("table", rows=[header, [left, right]], header_rows=1, page=3)


def valued(result):
    return {c.value_gbp: c.provider for c in result.contracts if c.value_gbp is not None}


@pytest.mark.parametrize("authority, header, left, right, value, provider", [
    ("Wessex County Council", ["Issue raised", "Response"],
     "Members asked that the Cabinet Member weigh the petition and the local views before taking the decision.",
     "The Cabinet Member read every response. The contract value for the centre is £150,000 a year, paid to "
     "Ashdown Family Centre CIC under the current agreement.", 150_000, "Ashdown Family Centre CIC"),
    ("Kestrel Bay Town Council", ["Question", "Answer"],
     "Could the clerk say how much the town pays for the grounds work and who carries it out at present?",
     "The grounds maintenance contract with Fernhill Landscapes Ltd costs the town £18,400 a year and runs "
     "until March 2027.", 18_400, "Fernhill Landscapes Ltd"),
    ("North Mercia ICB", ["Comment received", "ICB reply"],
     "A patient group asked whether the new community phlebotomy service would be paid for separately from the "
     "main contract.",
     "Yes: the ICB has awarded a contract worth £240,000 to Tarnvale Diagnostics Ltd for the phlebotomy clinics "
     "over two years.", 240_000, "Tarnvale Diagnostics Ltd"),
])
def test_sums_in_a_row_of_paragraphs_are_read_as_prose(authority, header, left, right, value, provider):
    result = paper(authority, prose_table(header, left, right))
    assert valued(result).get(value) == provider


def test_a_budget_in_a_row_of_paragraphs_is_no_contract():
    result = paper("Wessex County Council", prose_table(
        ["Issue raised", "Response"],
        "Members asked whether the library budget would be cut again next year and by how much overall.",
        "The library service budget for next year is £2,400,000, the same as this year, and no branch will close."))
    assert 2_400_000 not in valued(result)
