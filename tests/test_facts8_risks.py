"""Risks told in the prose of minutes (branch facts8): a risk named as the subject of what is done about
it, a question the answer restates as that risk, a condition and its consequence joined by "then", and
the top risk named before a colon in the past tense.  Fictional authorities and wordings throughout."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.extract.risks import CUES_PATH, cues
from committee_papers.pipeline import read_and_extract

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def minutes_risks(tmp_path, body: str, name: str = "minutes.txt"):
    path = tmp_path / name
    path.write_text("HARLOW FEN DISTRICT COUNCIL\n\nMinutes of the Cabinet held on 4 March 2026\n\n"
                    f"12. Housing update\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


@pytest.mark.parametrize("text", CUES["evidence"]["risk_mitigated"]["examples"])
def test_a_risk_as_the_subject_of_its_mitigation_is_recognised(text):
    assert cues().subject_mitigated.match(text)


@pytest.mark.parametrize("text", CUES["evidence"]["risk_mitigated"]["not_examples"])
def test_an_amount_or_a_register_after_the_verb_is_no_mitigated_risk(text):
    assert not cues().subject_mitigated.match(text)


@pytest.mark.parametrize("name, text", [(n, t) for n, entry in CUES["statements"].items()
                                        for t in entry.get("not_examples", [])])
def test_statement_not_examples_give_no_risk_of_that_rule(tmp_path, name, text):
    """Each statement's not_examples (ordinary sentences sharing its words) make no risk by that rule."""
    path = tmp_path / "paper.txt"
    path.write_text(f"KESTREL VALE DISTRICT COUNCIL\n\nCabinet report\n\n3. Background\n\n3.1 {text}\n", encoding="utf-8")
    assert [r.rule for r in read_and_extract(str(path))[2].risks if r.rule == f"risk.{name}"] == []


@pytest.mark.parametrize("body, risk, mitigation", [
    ("Councillor Oduya asked about the risk of delays while the housing register moved to the new system. "
     "The Head of Housing said that the risk that applicants lost their place in the queue would be reduced "
     "by running both systems side by side until June.",
     "The risk that applicants lost their place in the queue", "running both systems side by side until June."),
    ("A member queried the risk to the winter gritting rounds from the depot move. Officers said the risk of "
     "gritters being stranded at the old depot was being managed through a temporary salt store at Mill Lane.",
     "The risk of gritters being stranded at the old depot", "a temporary salt store at Mill Lane."),
    ("Members were concerned that the new booking system could turn away older visitors. The Library Manager "
     "explained that the risk of excluding older visitors without e-mail had been addressed with a telephone line "
     "staffed every morning.",
     "The risk of excluding older visitors without e-mail", "a telephone line staffed every morning."),
])
def test_a_question_the_answer_restates_as_the_risk_it_mitigates_is_one_risk(tmp_path, body, risk, mitigation):
    found = minutes_risks(tmp_path, body)
    assert [(r.risk, r.mitigation, r.rule) for r in found] == [(risk, mitigation, "risk.subject_mitigated")]


@pytest.mark.parametrize("body", [
    "The Head of Housing said that the risk register had been refreshed and would be managed by the new Head of Audit.",
    "Officers said the risk score for the depot project was reduced by two points at the last review.",
    "The Treasurer reported that the risk to the reserve was reduced by £200,000 after the insurance claim was paid.",
])
def test_ordinary_minute_sentences_about_risk_management_state_no_risk(tmp_path, body):
    assert minutes_risks(tmp_path, body) == []


@pytest.mark.parametrize("body, risk", [
    ("The Board discussed strategic risk SR4: if the community beds are not reopened then discharges of older patients will "
     "be delayed from the acute wards. Mitigation: two wards at Elm House reopen in January.",
     "If the community beds are not reopened then discharges of older patients will be delayed from the acute wards."),
    ("If the depot lease is not renewed then the refuse fleet will lose its only base in the town. "
     "The Director of Place said that a fallback yard had been identified.",
     "If the depot lease is not renewed then the refuse fleet will lose its only base in the town."),
    ("Cabinet noted corporate risk 9: if the bus operator withdraws then three villages will lose their only "
     "service. Officers will tender the routes again in April.",
     "If the bus operator withdraws then three villages will lose their only service."),
])
def test_a_condition_and_its_harm_joined_by_then_is_a_risk_with_its_mitigation(tmp_path, body, risk):
    [found] = minutes_risks(tmp_path, body)
    assert (found.risk, found.rule) == (risk, "risk.if_not_then")
    assert found.mitigation


@pytest.mark.parametrize("body", [
    "If Members do not agree then officers will bring a revised report to the April meeting.",
    "If there are no objections then the traffic order will be confirmed by the Director.",
    "If the bid is not approved then the Council will not proceed with the second phase.",
])
def test_a_step_after_then_is_no_risk(tmp_path, body):
    assert minutes_risks(tmp_path, body) == []


@pytest.mark.parametrize("body, risk", [
    ("The Committee received the corporate risk register for the quarter. The highest risk remained the supply of foster "
     "carers: if more carers retire, children will be placed further from home. Controls include a recruitment "
     "campaign and higher allowances.",
     "The highest risk remained the supply of foster carers: if more carers retire, children will be placed "
     "further from home."),
    ("The main threat was the state of the harbour wall: a spring tide could breach it near the slipway. "
     "Rock armour has been ordered for March.",
     "The main threat was the state of the harbour wall: a spring tide could breach it near the slipway."),
    ("The biggest risk were the energy contracts: prices might double when the fixed deal ends in October. "
     "The Council has bought half of next year's gas in advance.",
     "The biggest risk were the energy contracts: prices might double when the fixed deal ends in October."),
])
def test_the_top_risk_named_before_a_colon_in_minutes_is_a_risk(tmp_path, body, risk):
    [found] = minutes_risks(tmp_path, body)
    assert (found.risk, found.rule) == (risk, "risk.main_risk")
    assert found.mitigation


@pytest.mark.parametrize("body", [
    "The highest risk remained the same as in June: the Board will look at it again in March.",
    "The top risk was unchanged: officers will report on it in the spring.",
    "The main risk is stable this quarter: the Committee will receive the register in May.",
])
def test_an_unchanged_top_risk_is_no_risk(tmp_path, body):
    assert minutes_risks(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    "The risk of the footbridge failing was reduced by two points after the winter survey.",
    "The risk to the reserve was reduced by a further £50,000 when the claim was settled.",
    "The risk of developing type 2 diabetes can be reduced by losing weight and walking more.",
    "The risk of falls in older people is reduced by strength and balance classes.",
    "The Leader said the risk to the Council's reputation had been addressed by the Chief Executive in her statement.",
    "The risk of flooding to homes in Fenby was addressed with the Environment Agency at a meeting in May.",
])
def test_a_score_an_amount_a_body_or_a_general_fact_after_the_verb_is_no_mitigated_risk(tmp_path, body):
    assert minutes_risks(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    "The top risk was discussed at length: Members asked whether its score would fall by March.",
    "The highest risk was reviewed by the Audit Committee: officers would report back in June.",
    "The main risk was considered in detail: the Director said a fuller note would follow.",
])
def test_what_the_meeting_did_with_the_top_risk_before_a_colon_is_no_risk(tmp_path, body):
    assert minutes_risks(tmp_path, body) == []


@pytest.mark.parametrize("body, kept", [
    ("Members were concerned that the bus station could close before the new one opened. The Treasurer said the "
     "risk to the reserve from the pay award would be reduced by drawing on the contingency.", "bus station"),
    ("Councillor Amadi asked about the risk of flooding at the cemetery. The Finance Director said that the risk "
     "of late invoices was being managed through weekly payment runs.", "flooding"),
    ("Members were worried that the library van could break down in winter. Officers said the risk of a data "
     "breach had been addressed with new laptops.", "library van"),
])
def test_an_answer_about_another_matter_leaves_the_concern_a_risk(tmp_path, body, kept):
    path = tmp_path / "minutes.txt"
    path.write_text(f"KESTREL VALE DISTRICT COUNCIL\n\nMinutes of the Cabinet\n\n5. Budget update\n\n{body}\n",
                    encoding="utf-8")
    found = [r.risk for r in read_and_extract(str(path))[2].risks]
    assert any(kept in risk for risk in found), found
    assert len(found) == 2, found
