"""Round c20b: provider names without a legal form, found by the evidence of their position.

- A brand word and a generic plural found as the tail of a longer capitalised name (`Swiftkill Pest Services`):
  the name's extent is the whole run, never its tail (orgevidence._whole_run).
- The object of a paying or funding verb followed by the service it is paid to run (`pays X to run S`,
  `funds X to provide S`): org_evidence.yaml role.paid_to_run (its examples run in tests/test_orgevidence.py).
- A plural brand ending that is also a describing word (`Socials`) is no plural of a body type.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.extract import orgevidence  # noqa: E402
from committee_papers.extract.pipeline import extract  # noqa: E402
from fictional_paper import passages_from_lines  # noqa: E402


def _contracts(*lines):
    return extract(passages_from_lines(*lines), {}, "paper.txt").contracts


@pytest.mark.parametrize("text, name", [
    ("Name of supplier: Swiftkill Pest Services", "Swiftkill Pest Services"),
    ("Swiftkill Pest Services holds the pest control contract until 2027.", "Swiftkill Pest Services"),
    ("The licence is renewed with Harrowdale Tolvane Technologies each May.", "Harrowdale Tolvane Technologies"),
    ("Since 2024 Brightloo Services has cleaned the toilets under a two-year contract.", "Brightloo Services"),
    ("Supplier Arden Networks holds the network contract.", "Arden Networks"),
])
def test_brand_plural_is_the_whole_capitalised_run(text, name):
    assert [c.name for c in orgevidence.candidates(text)] == [name]


@pytest.mark.parametrize("text", [
    "Enabling Services will manage the contract.",
    "The Highways Services contract ends in March.",
    "Children's Services holds the fostering contracts.",
])
def test_service_names_alone_stay_no_bodies(text):
    assert orgevidence.candidates(text) == ()


@pytest.mark.parametrize("sentence, provider, value", [
    ("The Council pays Brackenfold Meals £48,000 a year to run the luncheon club at Tarrow Hall.",
     "Brackenfold Meals", 48_000),
    ("Wendover Vale Council funds Brightmind Socials to provide six dementia cafes a month at a cost of "
     "£36,000 a year.", "Brightmind Socials", 36_000),
    ("Since 2025 the Council has paid Kettlebrook Larder £14,000 a year to run the holiday food scheme.",
     "Kettlebrook Larder", 14_000),
    ("The Council funds Memory Lane Socials to run weekly reminiscence sessions.", "Memory Lane Socials", None),
])
def test_paid_to_run_names_the_provider(sentence, provider, value):
    found = _contracts("Wendover Vale Council", "Cabinet", "Older people's services", sentence)
    assert any(c.provider == provider and (value is None or c.value_gbp == value) for c in found), \
        [(c.provider, c.value_gbp) for c in found]


@pytest.mark.parametrize("sentence", [
    "The grant funds Health Visitors to deliver the mandated checks at £210,000 a year.",
    "The Council pays Councillor Reed £3,000 a year to chair the panel.",
    "The scheme funds Community Groups to run parenting sessions worth £40,000.",
    "Residents pay Council Tax to fund local services of £92m.",
])
def test_paid_to_run_negatives_name_no_provider(sentence):
    found = _contracts("Wendover Vale Council", "Cabinet", "Budget", sentence)
    assert not [c.provider for c in found if c.provider and c.provider != "Wendover Vale Council"]


@pytest.mark.parametrize("name, ok", [
    ("Brightmind Socials", True), ("Memory Lane Socials", True),
    ("NHS Foundation Trusts", False), ("Mayoral Strategic Authorities", False), ("SMEs", False),
])
def test_describing_plural_is_no_body_type(name, ok):
    assert orgevidence.is_name(name) is ok


# ---- a form's two columns under a generic header (`Field | Detail`): its labelled rows are a record ----
from committee_papers.extract.contract_records import form_header  # noqa: E402


@pytest.mark.parametrize("header, ok", [
    (["Field", "Detail"], True), (["Item", "Details"], True), (["Heading", "Information"], True),
    (["Scheme", "Cost"], False), (["Provider", "Value"], False), (["Field", "Detail", "Notes"], False),
])
def test_form_header(header, ok):
    assert form_header(header) is ok


def _docx_table(tmp_path, title, rows):
    import docx
    document = docx.Document()
    document.add_heading(title, 1)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.add_paragraph("The decision takes effect after the call-in period of five working days has passed.")
    path = tmp_path / "record.docx"
    document.save(str(path))
    return path


@pytest.mark.slow
@pytest.mark.parametrize("header, rows, provider, value", [
    (["Field", "Detail"], [["Decision", "Award of the floating support service"], ["Provider", "Kestrel Tenancy Help"],
                           ["Annual value", "£184,000"]], "Kestrel Tenancy Help", 184_000),
    (["Item", "Details"], [["Supplier", "Brightwater Grounds"], ["Contract value", "£96,500"], ["Term", "Two years"]],
     "Brightwater Grounds", 96_500),
    (["Heading", "Information"], [["Service", "Carers' breaks"], ["Provider", "Harbour Lights"],
                                  ["Total value", "£52,000"]], "Harbour Lights", 52_000),
])
def test_form_rows_under_a_generic_header_name_the_contract(tmp_path, header, rows, provider, value):
    from committee_papers.pipeline import read_and_extract
    path = _docx_table(tmp_path, "Wendover Vale Council - Officer Decision Record", [header] + rows)
    contracts = read_and_extract(str(path))[2].contracts
    assert any(c.provider == provider and c.value_gbp == value for c in contracts), \
        [(c.provider, c.value_gbp) for c in contracts]


@pytest.mark.slow
@pytest.mark.parametrize("rows", [
    [["Field", "Detail"], ["Provider", "TBC"], ["Annual value", "£184,000"]],
    [["Field", "Detail"], ["Decision", "Budget approved"], ["Annual value", "£184,000"]],
])
def test_form_rows_without_a_provider_name_no_contract(tmp_path, rows):
    from committee_papers.pipeline import read_and_extract
    path = _docx_table(tmp_path, "Wendover Vale Council - Officer Decision Record", rows)
    contracts = read_and_extract(str(path))[2].contracts
    assert not [c.provider for c in contracts if c.provider and c.provider != "Wendover Vale Council"]
