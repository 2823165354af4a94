"""Mechanisms of the q26 risk round, each on fictional papers in three or more wordings or layouts, with
negatives.  Every positive case here failed before its mechanism: statements.concern_noun (a concern recorded as
a noun, with what it is about), statements.risk_noun (a risk named as a noun phrase with what it is attached to
or whom it faces), statements.problem_growing (a problem growing or recurring now), statements.harmful_impact (an
uncertain detrimental, adverse or negative impact on someone, anywhere; flagged goes_on_an_item, so inside a listed
item it goes on with the item), named.refers_back's demonstrative subject
("These changes could ...": the sentence before says what they are) and statements.poses_risk's denial ("pose no
risk of harm" is none); then statements.risk_that's potential for harm."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, opening: str = "Minutes of the meeting of the Board"):
    path = tmp_path / "paper.txt"
    path.write_text(f"ORCHARD VALE HOUSING TRUST\n\n{opening}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. A concern recorded as a noun, with what it is about ------------------------------------------------------

@pytest.mark.parametrize("paragraph, rule", [
    # A concern expressed about how something may turn out, in the passive, with "how".
    ("5.2 Concerns were expressed how the loss of the county warden grant might affect the sheltered schemes.",
     "risk.concern_noun"),
    # Active, "as to how".
    ("Two governors raised concerns as to how the reduced transport budget could be stretched across the year.",
     "risk.concern_noun"),
    # Something called a cause for concern, what "this fact" is said in the sentence before.
    ("The Treasurer noted that only nine members had renewed. This fact is a real cause for concern if the "
     "society is to keep its hall.", "risk.concern_noun"),
    # A concern given with its reason, a harm.
    ("There is considerable concern as rent arrears have reached £40,000 and it will be hard to recover them.",
     "risk.concern_noun"),
])
def test_a_concern_recorded_as_a_noun_is_a_risk(tmp_path, paragraph, rule):
    [risk] = _risks(tmp_path, paragraph)
    assert risk.rule == rule
    assert risk.risk.rstrip(".").endswith(paragraph.rstrip(".")[-30:])


@pytest.mark.parametrize("paragraph", [
    # A concern said to remain high over something; what it could do said next, by "these changes".
    "Concerns remained high regarding the new pay award in April. These changes could lead to an overspend of "
    "£90,000 on the night service.",
    "Concerns remained serious regarding the boiler replacement at Fenwick Court. These delays could result in the "
    "loss of heating for forty tenants in January.",
    # A report: a proposal, then what "such cuts" would do.
    "The county proposes to halve the warden grant from April. Such cuts could lead to the "
    "closure of the sheltered schemes' weekend service.",
])
def test_what_a_demonstrative_subject_points_back_to_is_part_of_the_risk(tmp_path, paragraph):
    [risk] = _risks(tmp_path, paragraph)
    assert risk.risk == paragraph


def test_a_fact_called_a_cause_for_concern_takes_the_fact_before_it(tmp_path):
    [risk] = _risks(tmp_path, "The Secretary reported that only nine members had renewed. This fact is a cause for "
                              "concern if the club is to continue.")
    assert risk.risk.startswith("The Secretary reported that only nine members had renewed.")


@pytest.mark.parametrize("paragraph", [
    "The internal auditors found that the rent accounts gave no cause for concern.",
    "No concerns were expressed about how the new repairs rota might work.",
    "There was some concern as to the date of the annual general meeting.",
    "Concerns were expressed about how the minutes had been circulated.",
    "Concern for the welfare of tenants is at the heart of the new policy.",
])
def test_a_concern_denied_or_about_procedure_is_no_risk(tmp_path, paragraph):
    assert _risks(tmp_path, paragraph) == []


# --- 2. A risk named as a noun phrase with what it is attached to or whom it faces --------------------------------

@pytest.mark.parametrize("paragraph", [
    # Reported speech, a sum's risk attached to a price.
    "In answer to a question, it was explained that the £65k risk associated with higher insurance premiums "
    "relates to the two tower blocks.",
    # Risks facing a body.
    "The Finance Director said there were serious risks facing the trust in balancing next year's budget.",
    # A body exposed to risks, with examples.
    "The trust lends to its subsidiary, so it is exposed to credit risks including the loss of the sums lent.",
    # A risk arising from something, in a report.
    "The cost risk arising from the late handover of the Mill Street homes remains with the developer.",
])
def test_a_risk_named_as_a_noun_phrase_is_a_risk(tmp_path, paragraph):
    [risk] = _risks(tmp_path, paragraph)
    assert (risk.risk, risk.rule) == (paragraph, "risk.risk_noun")


@pytest.mark.parametrize("paragraph", [
    "The risks associated with the new lettings policy are set out in section 7.",
    "There are no risks associated with the change of bank.",
    "The risk associated with the old lift at Fenwick Court was closed in June.",
    "A board member asked whether there were any risks associated with the new cleaning contract.",
])
def test_a_pointer_denial_or_closed_risk_is_no_risk(tmp_path, paragraph):
    assert _risks(tmp_path, paragraph) == []


# --- 3. A risk denied is none -------------------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    "All the caretakers are vetted by the Disclosure and Barring Service and pose no risk of harm to residents.",
    "The new bin store does not pose a risk to the fire escape.",
    "Holding the reserve in the instant access account carries minimal risk for the trust.",
])
def test_a_risk_denied_is_no_risk(tmp_path, paragraph):
    assert _risks(tmp_path, paragraph) == []


def test_a_risk_posed_is_still_a_risk(tmp_path):
    [risk] = _risks(tmp_path, "The ageing lift at Fenwick Court poses a serious risk to tenants with limited mobility.")
    assert risk.rule == "risk.poses_risk"


# --- 4. An uncertain harmful impact, anywhere ---------------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    "The rent rise could have a detrimental impact on tenants who are just above the benefit threshold.",
    "Members heard that closing the Tuesday surgery might have an adverse effect on older patients.",
    # In a report, the impact's kind between the harm and its noun.
    "Ending the warden service at weekends may have a negative wellbeing impact on residents who live alone.",
])
def test_an_uncertain_harmful_impact_is_a_risk(tmp_path, paragraph):
    [risk] = _risks(tmp_path, paragraph)
    assert (risk.risk, risk.rule) == (paragraph, "risk.harmful_impact")


@pytest.mark.parametrize("paragraph", [
    "The new lettings policy is unlikely to have an adverse impact on any protected group.",
    "The new community garden could have a positive impact on residents' wellbeing.",
    "Relocating the office will not have a negative impact on tenants.",
])
def test_an_impact_ruled_out_or_welcome_is_no_risk(tmp_path, paragraph):
    assert _risks(tmp_path, paragraph) == []


# --- 5. A problem said to be growing or recurring now -------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    # A management report's highlights, run into one paragraph after a lead.
    "The Operations Manager gave the following highlights: o Rent arrears at Fenwick Court have escalated and a "
    "second income officer has been moved there.",
    # A topic and a dash, then the problem.
    "Fly-tipping – this problem is increasing steadily on the garage sites.",
    "Lift breakdowns are recurring too often at the two tower blocks.",
    "Agency cover – this is costing the trust a great deal of money.",
    "Security – there has been a surge of break-ins at the bin stores.",
])
def test_a_problem_growing_or_recurring_is_a_risk(tmp_path, paragraph):
    [risk] = _risks(tmp_path, paragraph)
    assert risk.rule == "risk.problem_growing"


def test_what_is_done_after_a_growing_problem_is_its_mitigation(tmp_path):
    [risk] = _risks(tmp_path, "Fly-tipping – this problem is increasing steadily on the garage sites. "
                              "Two cameras have been installed and the sites are patrolled weekly.")
    assert risk.risk == "Fly-tipping – this problem is increasing steadily on the garage sites."
    assert risk.mitigation == "Two cameras have been installed and the sites are patrolled weekly."


@pytest.mark.parametrize("paragraph", [
    "Tenant numbers at the new scheme are increasing steadily.",
    "Complaints about repairs have fallen since the new contractor started.",
    "Lift breakdowns are happening less often since the new contract began.",
    "The issue of parking on the estate was raised by two tenants.",
])
def test_a_number_growing_or_a_problem_easing_is_no_risk(tmp_path, paragraph):
    assert _risks(tmp_path, paragraph) == []


@pytest.mark.parametrize("consequence", [
    "The agency contract ends in March, which could have a detrimental effect on the Saturday opening.",
    "Losing the relief pool might have an adverse impact on the two village branches.",
    "The gaps in the rota may have a serious negative impact on the mobile library rounds.",
])
def test_an_uncertain_harmful_impact_inside_a_listed_item_goes_on_with_the_item(tmp_path, consequence):
    body = ("The Treasurer gave an update on the risks the charity faces, as follows: Staffing – two posts are vacant "
            f"and the cover costs £3k a month. {consequence} Fuel – the price of heating oil could rise by a fifth "
            "over the winter.")
    risks = _risks(tmp_path, body)
    assert [r.risk for r in risks] == [f"Staffing – two posts are vacant and the cover costs £3k a month. {consequence}",
                                       "Fuel – the price of heating oil could rise by a fifth over the winter."]


# --- 6. A potential for harm --------------------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    "It is accepted that there is potential for short delays to repairs while the two contact centres merge.",
    "There is the potential for tenants to lose their Saturday appointments during the move.",
    "If the hostel closes there is potential that residents will turn to the night shelter and increase the demand "
    "on it.",
])
def test_a_potential_for_harm_is_a_risk(tmp_path, paragraph):
    [risk] = _risks(tmp_path, paragraph)
    assert risk.rule == "risk.risk_that"


@pytest.mark.parametrize("paragraph", [
    "There is potential for further savings from sharing the repairs team with the council.",
    "There is the potential for a second community garden on the Mill Street site.",
])
def test_a_potential_opening_is_no_risk(tmp_path, paragraph):
    assert _risks(tmp_path, paragraph) == []

