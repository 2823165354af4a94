"""Review v43 of stop 30's risk statements (r42): two read far wider than their examples.

- statements.risks_run_in took a run-in label saying no risks had come up (`New risks: no new risks were identified
  ...`, `Emerging risks: there are none this quarter ...`) as risks found;
- statements.possibility_of_harm took a change that makes errors or fraud likelier to be caught (`increases the chance
  of catching errors`, `raises the likelihood of detecting fraud`) as one that makes them likelier to happen.

Each stays able to read its own kind (the positives, worded unlike the rule file's examples)."""
from __future__ import annotations

import pytest

from probe_harness import extract_sentence_paper

_BODY = "Brackenford Borough Council. Cabinet, 3 March 2026. "
_SECTION = "Update from officers"


def _risk_rules(sentence: str) -> list[str]:
    return [risk.rule for risk in extract_sentence_paper(_BODY + sentence, _SECTION).risks]


@pytest.mark.parametrize("sentence", [
    "New risks: no new risks were identified at this month's review of the register.",
    "Emerging risks: there are no new risks this quarter and the register is unchanged.",
    "Further risks: there have been no further risks raised by the project board.",
])
def test_a_run_in_label_saying_no_risks_came_up_is_no_risk(sentence):
    assert "risk.risks_run_in" not in _risk_rules(sentence)


@pytest.mark.parametrize("sentence", [
    "Emerging risks: the loss of the county transport grant and a late start on the depot roof.",
    "New risks include: a rise in agency staffing costs on the stroke ward over the winter.",
])
def test_a_run_in_label_naming_risks_is_still_read(sentence):
    assert "risk.risks_run_in" in _risk_rules(sentence)


@pytest.mark.parametrize("sentence", [
    "The new scanner increases the chance of catching errors before the letters are sent.",
    "Automatic matching raises the likelihood of detecting fraud in housing benefit claims.",
    "A second check by the pharmacist increases the likelihood of spotting omissions in discharge letters.",
])
def test_a_change_that_helps_catch_errors_is_no_risk(sentence):
    assert "risk.possibility_of_harm" not in _risk_rules(sentence)


@pytest.mark.parametrize("sentence", [
    "Moving the rota onto paper again introduces the possibility of mistakes in the night cover.",
    "Sharing one login between the wards carries the potential for serious breaches of patient data.",
])
def test_a_change_that_makes_harm_likelier_is_still_read(sentence):
    assert "risk.possibility_of_harm" in _risk_rules(sentence)


# statements.topic_risks_identified and statements.area_of_concern also took risks or concerns said to be over
# (`... risks identified last year have now been closed`, `The main areas of concern were resolved ...`).
@pytest.mark.parametrize("sentence,rule", [
    ("Audit plan: three risks identified last year have now been closed by management.", "risk.topic_risks_identified"),
    ("Fleet replacement: several risks were identified in 2024 and all have since been resolved.", "risk.topic_risks_identified"),
    ("The main areas of concern were resolved before the inspection in March.", "risk.area_of_concern"),
    ("The key areas of concern raised by the auditors have all been addressed.", "risk.area_of_concern"),
])
def test_risks_or_concerns_said_to_be_over_are_none(sentence, rule):
    assert rule not in _risk_rules(sentence)


@pytest.mark.parametrize("sentence,rule", [
    ("Library self-service kiosks: two new risks were raised about card payments.", "risk.topic_risks_identified"),
    ("The main areas of concern are the cost of agency carers and the late opening of the new home.", "risk.area_of_concern"),
])
def test_risks_or_concerns_still_open_are_read(sentence, rule):
    assert rule in _risk_rules(sentence)
