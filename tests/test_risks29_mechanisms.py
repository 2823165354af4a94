"""Mechanisms of the stop-25 risk round (r29), each on fictional papers in three or more wordings, with
negatives.  Every positive here failed before its mechanism (risk_cues.yaml statements main_risk and
named_risk, read by risks._classify; named lessened, read by risks._is_mitigation_sentence)."""
from __future__ import annotations

import pytest

from probe_harness import extract_file


def _risks(tmp_path, body: str, opening: str = "Minutes of the meeting"):
    return extract_file(tmp_path, "paper.txt", f"WEST HOLLOWAY PARISH COUNCIL\n\n{opening}\n\n{body}\n").risks


# --- 1. A risk picked out of several or qualified by who found it ("One of the key risks is ...",
#        "The main risk identified was ...") is named as "The main risk is ..." is -----------------------

@pytest.mark.parametrize("body, risk, mitigation", [
    ("12. Risk assessment\n\nThe Council reviewed its risk assessment. The main risk identified was the sudden "
     "departure of the Clerk, which would stop the council paying its suppliers; this is managed by a "
     "second signatory on the bank mandate.",
     "The main risk identified was the sudden departure of the Clerk, which would stop the council paying its "
     "suppliers", "second signatory"),
    ("4. Payroll audit\n\nThe key risk highlighted by the auditors is the reliance on one payroll officer. A "
     "second officer is being trained to run the monthly payroll.",
     "The key risk highlighted by the auditors is the reliance on one payroll officer.", "second officer"),
    ("6. Boathouse\n\nOne of the biggest risks was the loss of the lease on the boathouse. Officers will open "
     "talks with the landlord before the summer.",
     "One of the biggest risks was the loss of the lease on the boathouse.", "open talks"),
    ("5. Flood scheme\n\nOne of the key risks is that the contractor cannot start on site before the winter "
     "floods. Officers will agree an early start date with the contractor.",
     "One of the key risks is that the contractor cannot start on site before the winter floods.", "early start"),
])
def test_a_risk_picked_out_or_qualified_is_named(tmp_path, body, risk, mitigation):
    found = _risks(tmp_path, body)
    assert [r.risk for r in found] == [risk]
    assert mitigation in (found[0].mitigation or "")


# --- 2. Something minuted "also"/"again" as a risk, or in the present or perfect, is named as a risk --------

@pytest.mark.parametrize("body, risk", [
    ("12. Risk assessment\n\nSubsidence under the bowls pavilion was also noted as a risk, though nothing "
     "can be done this year.",
     "Subsidence under the bowls pavilion was also noted as a risk, though nothing can be done this year."),
    ("7. Skate park\n\nVandalism at the skate park has again been identified as a risk. CCTV will be installed "
     "in June.",
     "Vandalism at the skate park has again been identified as a risk."),
    ("9. Churchyard\n\nThe state of the churchyard wall is also recorded as a significant risk. The Clerk will "
     "obtain quotes for its repair.",
     "The state of the churchyard wall is also recorded as a significant risk."),
])
def test_something_also_noted_as_a_risk_is_a_risk(tmp_path, body, risk):
    assert [r.risk for r in _risks(tmp_path, body)] == [risk]


@pytest.mark.parametrize("body", [
    "8. Audit\n\nThe new audit approach is regarded as a low risk by the auditors.",
    "8. Audit\n\nThe payroll review was seen as a risk-based exercise.",
    "8. Car parks\n\nCar park income is not regarded as a risk this year.",
    "8. Audit\n\nThe main risk identified was low.",
    "8. Register\n\nOne of the key risks is recorded in the risk register at Appendix B.",
])
def test_a_low_denied_or_pointed_to_risk_is_none(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 3. What a paper says to lessen a risk it has just stated (the risk judged minimal or low for a reason,
#        a test or survey already done finding the market or people able to bear it) answers the risk: it is
#        the risk's mitigation, not more of its statement ---------------------------------------------------

@pytest.mark.parametrize("body, risk, mitigation", [
    # an investment strategy's prose
    ("5. Property investments\n\nShould the year-end valuation place the depot below its purchase price, a revised "
     "strategy will be brought to Council setting out the loss. However, the Council does not rely on selling the "
     "depot to fund its spending, so the risk from falls in property values is minimal.",
     "Should the year-end valuation place the depot below its purchase price, a revised strategy will be brought to "
     "Council setting out the loss.",
     "However, the Council does not rely on selling the depot to fund its spending, so the risk from falls in "
     "property values is minimal."),
    # a procurement plan's numbered risks
    ("RISKS\n\n1. Bidder interest: few caterers may bid for the meals contract because of food prices. Early market "
     "engagement in May found six caterers willing to bid.\n\n2. Transition: the change of provider could disrupt "
     "deliveries to day centres. The new provider must run both kitchens for a month.",
     "Bidder interest: few caterers may bid for the meals contract because of food prices.",
     "Early market engagement in May found six caterers willing to bid."),
    # minutes
    ("7. Hall lettings\n\nThe Clerk reported there was a risk that the playgroup could give up its lease when "
     "the new nursery opens. A survey of parents in June showed strong demand for the playgroup to continue.",
     "The Clerk reported there was a risk that the playgroup could give up its lease when the new nursery opens.",
     "A survey of parents in June showed strong demand for the playgroup to continue."),
    # a report's risk paragraph
    ("8. Risk implications\n\nThe grant could be clawed back if the visitor numbers in the bid are not reached. This "
     "risk is judged to be low, as numbers have exceeded the target in each of the last three years.",
     "The grant could be clawed back if the visitor numbers in the bid are not reached.",
     "This risk is judged to be low, as numbers have exceeded the target in each of the last three years."),
])
def test_what_lessens_a_risk_is_its_mitigation(tmp_path, body, risk, mitigation):
    found = [r for r in _risks(tmp_path, body, opening="Cabinet report") if r.risk.startswith(risk[:30])]
    assert [(r.risk, r.mitigation) for r in found] == [(risk, mitigation)]


@pytest.mark.parametrize("body, risk", [
    # A risk still rated high, or a survey finding the harm, says more of the risk.
    ("8. Risk implications\n\nThe grant could be clawed back if the visitor numbers in the bid are not reached. The "
     "risk is judged to be high, as numbers have fallen short of the target in each of the last three years.",
     "The grant could be clawed back if the visitor numbers in the bid are not reached. The risk is judged to be "
     "high, as numbers have fallen short of the target in each of the last three years."),
    ("7. Hall lettings\n\nThe Clerk reported there was a risk that the playgroup could give up its lease when "
     "the new nursery opens. A survey of parents in June showed little demand for the playgroup to continue.",
     "The Clerk reported there was a risk that the playgroup could give up its lease when the new nursery opens. "
     "A survey of parents in June showed little demand for the playgroup to continue."),
])
def test_what_confirms_a_risk_stays_with_it(tmp_path, body, risk):
    assert [r.risk for r in _risks(tmp_path, body, opening="Cabinet report")] == [risk]
