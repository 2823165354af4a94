"""Risks in the layouts of paraphrase round risks4: a lettered list of risks with its mitigations
keyed by letter in the next paragraph; a BAF block whose labels are "Principal risk", "Risk lead",
"Strategic objective", "Rating (current / target)", "Assurances" (in paragraphs or as a Label | Value
table); a cover sheet's "Risk and assurance" cell in free text; a risk stated after context in an
implications paragraph.  All text is fictional."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.risks import CUES_PATH

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def risks_of(tmp_path, body: str, name: str = "paper.txt"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


def report(body: str, heading: str = "4. Background") -> str:
    return f"ASHVALE DISTRICT COUNCIL\n\nCabinet report\n\n{heading}\n\n{body}\n"


@pytest.mark.parametrize("example", CUES["lettered_risks"]["examples"])
def test_a_lettered_list_of_risks_gives_one_risk_per_letter_and_its_keyed_mitigation(tmp_path, example):
    risks = risks_of(tmp_path, report(example["text"]))
    assert [r.risk for r in risks] == example["risks"]
    assert [r.mitigation for r in risks] == example["mitigations"]
    assert {r.rule for r in risks} == {"risk.lettered_list"}


@pytest.mark.parametrize("text", CUES["lettered_risks"]["not_lists"])
def test_a_lettered_list_not_led_by_risks_gives_no_risks(tmp_path, text):
    assert [r.rule for r in risks_of(tmp_path, report(text))].count("risk.lettered_list") == 0


BAF_BLOCKS = {
    "paragraphs.md": """# Ashvale Community Health NHS Trust

## 3. Principal risks

### PR1

**Principal risk:** The Trust cannot staff its district nursing teams safely over the winter.

**Strategic objective:** Safe care at home

**Risk lead:** Chief Nurse

**Rating (current / target):** 16 / 8

**Controls:** Weekly safer staffing reviews; a central nurse bank.

**Gaps in control:** No single view of caseloads.

**Assurances:** Monthly staffing report to the Quality Committee.
""",
    "table.md": """# Ashvale Community Health NHS Trust

## 3. Principal risks

### PR2

| | |
|---|---|
| Principal risk | The Trust cannot staff its district nursing teams safely over the winter. |
| Strategic objective | Safe care at home |
| Risk lead | Chief Nurse |
| Rating (current / target) | 16 / 8 |
| Controls | Weekly safer staffing reviews; a central nurse bank. |
| Gaps in control | No single view of caseloads. |
| Assurances | Monthly staffing report to the Quality Committee. |
""",
    "block.txt": """ASHVALE COMMUNITY HEALTH NHS TRUST

Board Assurance Framework

BAF 3

Strategic risk: The Trust cannot staff its district nursing teams safely over the winter.

Link to strategic objective: Safe care at home

Risk lead: Chief Nurse

Controls: Weekly safer staffing reviews; a central nurse bank.

Gaps in assurance: No single view of caseloads.

Sources of assurance: Monthly staffing report to the Quality Committee.
""",
}


@pytest.mark.parametrize("name", BAF_BLOCKS)
def test_a_baf_block_labelled_principal_risk_is_one_risk_and_its_other_labels_none(tmp_path, name):
    [risk] = risks_of(tmp_path, BAF_BLOCKS[name], name=name)
    assert risk.risk == "The Trust cannot staff its district nursing teams safely over the winter."
    assert risk.mitigation.startswith("Weekly safer staffing reviews; a central nurse bank.")
    assert "Monthly staffing report" not in risk.mitigation  # assurances are no controls
    assert (risk.rule, risk.owner) == ("risk.baf", "Chief Nurse")


COVER_CELLS = {
    "cover.md": """# Ashvale Community Health NHS Trust

| | |
|---|---|
| **Report title** | Quality report |
| **Risk and assurance** | This report covers the quality risks on the register. Since March the wait for wheelchair assessments has grown and could leave children without a suitable chair for months; two agency therapists have been engaged until October. |
| **Equality impact** | None |
""",
    "cover.html": """<html><body><h1>Ashvale District Council</h1><table>
<tr><td>Report title</td><td>Depot relocation</td></tr>
<tr><td>Risk management implications</td><td>The report sets out the move in two phases. The new depot lease may not be signed before the old one ends; the Council has agreed a six-month extension with the current landlord.</td></tr>
<tr><td>Wards affected</td><td>All</td></tr></table>
<h2>1. Purpose</h2><p>To agree the depot move.</p></body></html>""",
    "cover.txt": """ASHVALE DISTRICT COUNCIL

Cabinet report

Risks and issues: The scheme is in its second year. Tender prices might exceed the budget by the time the works are let; officers have fixed the steel price with the contractor.

1. Purpose

To agree the second phase of the scheme.
""",
}


@pytest.mark.parametrize("name", COVER_CELLS)
def test_a_cover_cells_free_text_risk_starts_at_its_first_harm(tmp_path, name):
    [risk] = risks_of(tmp_path, COVER_CELLS[name], name=name)
    assert risk.rule == "risk.cover_label"
    assert risk.risk.split()[0] in ("Since", "The", "Tender")
    assert not risk.risk.startswith(("This report", "The report", "The scheme"))
    assert risk.mitigation and risk.mitigation.split()[0] in ("two", "the", "officers")


@pytest.mark.parametrize("answer", ["Yes - see section 5", "No - see paragraph 4.2", "Yes, as set out in section 6"])
def test_a_cover_cells_pointer_after_a_yes_or_no_is_no_risk(tmp_path, answer):
    html = (f"<html><body><h1>Ashvale District Council</h1><table>"
            f"<tr><td>Report title</td><td>Leisure contract</td></tr>"
            f"<tr><td>Risk</td><td>{answer}</td></tr></table><h2>1. Purpose</h2><p>To agree the contract.</p>"
            f"</body></html>")
    assert risks_of(tmp_path, html, name="cover.html") == []


IMPLICATIONS = [
    ("The approved budget for the works is £2.1m. Were tender prices to rise above the contingency, the scheme "
     "would have to be cut back. The contractor has agreed to fix the price of the steel frame.",
     "Were tender prices to rise above the contingency, the scheme would have to be cut back.",
     "The contractor has agreed to fix the price of the steel frame."),
    ("A project risk log is kept by the client team. The most significant exposure for the Council is the "
     "trust's lost ticket sales while the gallery is shut. This will be contained by phasing the works.",
     "The most significant exposure for the Council is the trust's lost ticket sales while the gallery is shut.",
     "This will be contained by phasing the works."),
    ("The works will be let under a standard form of contract. A claim for delay caused by asbestos is the "
     "principal legal exposure. A full survey will be completed before the contract is signed.",
     "A claim for delay caused by asbestos is the principal legal exposure.",
     "A full survey will be completed before the contract is signed."),
]


@pytest.mark.parametrize("text, risk, mitigation", IMPLICATIONS)
def test_a_risk_stated_after_context_in_an_implications_section_starts_at_its_statement(tmp_path, text, risk,
                                                                                        mitigation):
    body = f"5.1 Legal\n\n{text}\n\n6. Background papers\n\nNone."
    risks = risks_of(tmp_path, report(body, heading="5. Legal, financial and risk implications"))
    assert [(r.risk, r.mitigation) for r in risks] == [(risk, mitigation)]


def risk_section(body: str) -> str:
    return report(f"7.1 {body}\n\n8. Background papers\n\nNone.", heading="7. Risk implications")


@pytest.mark.parametrize("text", [
    "There are no significant risks arising from this report.",
    "The risks associated with this decision are considered to be low.",
    "This report is for information only and there are no risk implications.",
    "The overall risk to the Council is assessed as low. Officers will monitor delivery monthly.",
    "No new risks have been identified.",
])
def test_a_risk_section_saying_there_is_no_risk_or_only_a_low_one_gives_no_risk(tmp_path, text):
    assert risks_of(tmp_path, risk_section(text)) == []


@pytest.mark.parametrize("text", [
    "The risk of legal challenge is considered low because the consultation followed the guidance.",
    "There are no significant risks. However, the contractor may not finish the depot before the winter.",
    "There is a low risk that the contractor fails before the works are finished.",
])
def test_a_named_risk_judged_low_or_a_risk_after_a_denial_is_kept(tmp_path, text):
    assert len(risks_of(tmp_path, risk_section(text))) == 1


@pytest.mark.parametrize("text", [
    "Consultation: the Portfolio Holder for Leisure was consulted on 11 November 2025.",
    "Signed: Rhiannon Beale, Director of Housing Dated: 3 March 2025",
    "Conflicts of interest declared: none.",
])
def test_a_labelled_field_under_a_risk_section_is_no_risk(tmp_path, text):
    body = f"There is a risk that the new provider is not ready by April.\n\n{text}"
    assert [r.risk for r in risks_of(tmp_path, risk_section(body))] == [
        "There is a risk that the new provider is not ready by April."]


@pytest.mark.parametrize("text", [
    "Staffing: the team could lose two posts in April.",
    "Legal: a challenge to the decision is possible.",
    "Funding: the grant has not yet been confirmed for 2026/27.",
])
def test_a_labelled_risk_under_a_risk_section_is_kept(tmp_path, text):
    assert [r.risk for r in risks_of(tmp_path, risk_section(text))] == [text]


@pytest.mark.parametrize("text", [
    "Tarnwick Council and NHS Tarnwick officers have been consulted.",
    "A contingency of £50,000 has been set aside in the capital programme.",
    "The supplier has agreed to hold its prices until March.",
])
def test_a_paragraph_saying_what_is_done_after_a_risk_is_no_risk_of_its_own(tmp_path, text):
    body = f"There is a risk that agencies cannot find enough night staff over the winter.\n\n{text}"
    [risk] = risks_of(tmp_path, risk_section(body))
    assert risk.mitigation == text
