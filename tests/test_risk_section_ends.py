"""A risk section ends at a contact line or at the next field label set on a line of its own
(a decision record's "Financial implications:"); fictional papers."""
from __future__ import annotations

import pytest

from committee_papers.extract.risks import find_risks
from committee_papers.pipeline import read_and_extract
from fictional_paper import passages_from_pieces

RISK = "There is a risk that the supplier cannot recruit enough drivers, which would delay the service."


passages_of = passages_from_pieces


@pytest.mark.parametrize("line", [
    "Contact Officer - Jo Marsh (tel 01632 960123)",
    "For further information contact Jo Marsh on 01632 960123 or jo.marsh@example.gov.uk",
    "Jo Marsh, Head of Transport, tel 01632 960123, jo.marsh@example.gov.uk",
    "If you have any questions about this report please contact Jo Marsh, tel 01632 960123.",
])
def test_a_contact_line_after_the_risks_is_no_risk(line):
    found = find_risks(passages_of(("heading", "Risks"), ("paragraph", RISK), ("paragraph", line)))
    assert [r.risk for r in found] == [RISK]


@pytest.mark.parametrize("label,aside", [
    ("Financial implications:", "The cost will be paid from the libraries budget, which has £42,000 for 2026/27."),
    ("Consultation:", "Ward members were briefed on 17 October 2025 and raised no objection to the proposal."),
    ("Equality Impact:", "An equality impact assessment found that disabled passengers benefit from the change."),
])
def test_a_field_label_line_ends_the_risk_section(label, aside):
    found = find_risks(passages_of(("paragraph", "Risks:"), ("paragraph", RISK), ("paragraph", label),
                                   ("paragraph", aside)))
    assert [(r.risk, r.mitigation) for r in found] == [(RISK, None)]


@pytest.mark.parametrize("lead_in", ["The main risks are:", "These are managed as follows:", "Mitigation:"])
def test_a_lead_in_or_a_risks_own_field_does_not_end_it(lead_in):
    found = find_risks(passages_of(("heading", "Risks"), ("paragraph", lead_in), ("paragraph", RISK)))
    assert [r.risk for r in found] == [RISK]


def test_a_txt_record_of_officer_decision_gives_only_its_risk(tmp_path):
    paper = tmp_path / "dunstow-bc_2025-05-06_officer-decision_bus-shelter-cleaning.txt"
    paper.write_text(
        "DUNSTOW BOROUGH COUNCIL\n\nRECORD OF OFFICER DECISION\n\nDecision made:\n\n"
        "To award a contract for bus shelter cleaning to Clearpane Services Ltd for two years at £38,000.\n\n"
        "Risks:\n\nIf the contractor cannot start in June, shelters in the town centre may go uncleaned "
        "for the summer.\n\nLegal implications:\n\nThe contract was let under the Council's contract "
        "procedure rules.\n\nConsultation:\n\nThe ward councillors were consulted on 28 April 2025.\n\n"
        "Contact officer: Ann Pike, Transport Manager, tel 01632 960777\n", encoding="utf-8")
    risks = read_and_extract(str(paper))[2].risks
    assert [r.risk for r in risks] == [
        "If the contractor cannot start in June, shelters in the town centre may go uncleaned for the summer."]
