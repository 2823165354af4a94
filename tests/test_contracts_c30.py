"""Round c30: contract evidence that is general to a layout, met in new fictional papers (tests/paraphrase13): a table
of procurements still to be run said so by its own column labels or by the line before it, ...  Fictional papers
(invented bodies) run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(body, *blocks, committee="Cabinet", title="Contracts Update"):
    cover = [Block("heading", body, page=1, level=1),
             Block("paragraph", f"{committee} – 12 March 2025", page=1),
             Block("heading", title, page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=cover + list(blocks))
    return extract(document.passages(), {}, document.filename)


def para(text):
    return Block("paragraph", text, page=2)


def heading(text):
    return Block("heading", text, page=2, level=2)


def items(*texts):
    return [Block("list_item", t, page=2) for t in texts]


def table(rows):
    return Block("table", rows=rows, header_rows=1, page=2)


def valued(extraction):
    return {(c.commissioner, c.provider, c.value_gbp) for c in extraction.contracts if c.value_gbp is not None}


# ---- a table of procurements still to be run, said by its labels or the line before it --------------------------

@pytest.mark.parametrize("section, intro, rows", [
    # A column labelled as the procurement planned, under a heading that is no procurement word (`Forward plan`).
    ("3. Forward plan 2027/28", "Figures are estimates for budgeting and may change.",
     [["Ref", "Planned procurement", "Service area", "Estimated value"],
      ["P1", "Street cleansing vehicles", "Environment", "£2,300,000"],
      ["P2", "Carers' breaks", "Adults", "£410,000"]]),
    # The line before the table says no contract is let yet.
    ("Annex B", "The values below are indicative. No contract has yet been let for any of these requirements.",
     [["Requirement", "Lead officer", "Indicative value"],
      ["Bereavement services software", "Head of Registration", "£180,000"],
      ["Allotment water supply", "Parks Manager", "£95,000"]]),
    ("Commissioning intentions 2026/27", "The services below are yet to be let; their values are estimates.",
     [["Service", "Route", "Value"], ["Young carers support", "Open tender", "£240,000 a year"],
      ["Floating support", "Framework call-off", "£620,000 a year"]]),
    ("Schedule 1", "The list is reviewed each quarter.",
     [["Proposed procurement", "Directorate", "Estimated whole-life value"],
      ["Fleet telematics", "Resources", "£330,000"], ["Library stock", "Communities", "£1.4m"]]),
])
def test_a_table_whose_labels_or_intro_say_not_yet_let_lists_estimates(section, intro, rows):
    got = paper("Quenmoor Borough Council", para("The leisure centres are run by Quenmoor Leisure Trust."),
                heading(section), para(intro), table(rows))
    assert not [c for c in got.contracts if c.value_gbp and c.provider != "Quenmoor Leisure Trust"]
    assert {a.rule for a in got.amounts} >= {"amounts.table.heading.hypothetical"}


@pytest.mark.parametrize("section, intro, header", [
    ("Contract awards in the quarter", "The awards below were made under delegated powers.",
     ["Contract", "Procurement route", "Annual value", "Start"]),
    ("Awards made under delegated powers", "All contracts below were let after open tender.",
     ["Contract", "Annual value", "Start"]),
])
def test_an_awards_table_naming_its_route_stays_contracts(section, intro, header):
    rows = [header] + [[cells[0]] + (["Open tender"] if len(header) == 4 else []) + cells[1:] for cells in (
        ["Home care (north) – Oakdene Care Ltd", "£1,200,000", "1 April 2025"],
        ["Home care (south) – Kestrel Support Ltd", "£950,000", "1 April 2025"])]
    got = paper("Quenmoor Borough Council", heading(section), para(intro), table(rows))
    assert {(p, v) for _c, p, v in valued(got)} == {("Oakdene Care Ltd", 1200000), ("Kestrel Support Ltd", 950000)}
