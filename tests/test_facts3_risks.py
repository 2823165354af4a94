"""Round facts3's risk mechanisms, each with three or more differently worded fictional examples and
ordinary sentences that share their words: a risk counted after another ("A second risk is ..."), who
bears the cost as its mitigation (a risk share, a reserve), an answer that grants the risk before saying
what is done, and an opening condition whose main clause is the consequence, not the mitigation."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def risks_of(tmp_path, body: str):
    path = tmp_path / "paper.md"
    path.write_text("# Tollmere District Council\n\n**Meeting:** Cabinet\n**Date:** 4 March 2025\n\n"
                    f"{body}\n\n## 9. Background papers\n\nNone.\n", encoding="utf-8")
    return [(r.risk, r.mitigation) for r in read_and_extract(str(path))[2].risks]


@pytest.mark.parametrize("sentence", [
    "A second risk is that the ferry operator could raise its fares when the subsidy ends.",
    "The third risk was that tenants might refuse access for the gas safety checks.",
    "A final risk is that the grant conditions change after the scheme has started.",
])
def test_a_risk_counted_after_another_is_read(tmp_path, sentence):
    body = f"## 5. Delivery\n\n5.1 The scheme has been costed in full. {sentence}\n"
    assert [risk for risk, _ in risks_of(tmp_path, body)] == [sentence]


@pytest.mark.parametrize("sentence", [
    "The second phase is that the library moves to the old bank.",           # no risk word
    "A second report is that of the external auditor, due in May.",
])
def test_other_counted_sentences_are_no_risk(tmp_path, sentence):
    assert risks_of(tmp_path, f"## 5. Delivery\n\n5.1 {sentence}\n") == []


@pytest.mark.parametrize("risk, mitigation", [
    ("There is a risk that the hostel budget overspends because more families arrive.",
     "Under the reserve arrangement, any overspend will be shared by the partners, and the board will check spending monthly."),
    ("There is a risk that the harbour dredging costs more than the tender price.",
     "Any excess would be covered from the harbour reserve, which stands at £400,000."),
    ("The main risk is that bus fares income falls as passengers move to cars.",
     "Under the joint agreement, a shortfall is to be borne by the two transport authorities in proportion to their routes."),
])
def test_who_bears_the_cost_is_the_mitigation_not_more_risk(tmp_path, risk, mitigation):
    body = f"## 5. Governance\n\n5.2 The scheme is jointly funded. {risk} {mitigation}\n"
    assert risks_of(tmp_path, body) == [(risk, mitigation)]


@pytest.mark.parametrize("concern, answer", [
    ("Members were concerned that void times, which had averaged 30 days against a target of 20, would not improve under the new contract.",
     "The Head of Repairs conceded it remained a genuine risk but explained the new contract would cut payments whenever the void target was missed."),
    ("Governors were concerned that the new rota could leave the ward short at night.",
     "The Chief Nurse acknowledged it was a concern but explained that bank staff had been booked until March."),
    ("Councillor Reed warned that the higher ferry fares would deter day visitors.",
     "The Director conceded this was an issue and added that a residents' discount would be offered."),
])
def test_an_answer_granting_the_risk_is_its_mitigation(tmp_path, concern, answer):
    body = f"## 4. Ferry and housing services\n\n{concern} {answer}\n"
    assert risks_of(tmp_path, body) == [(concern, answer)]


def test_an_answer_granting_the_risk_and_adding_doubt_stays_risk(tmp_path):
    concern = "Members were concerned that the pool might close for the summer."
    answer = "The Head of Leisure acknowledged this was a real concern and added that repairs could take longer than planned."
    assert risks_of(tmp_path, f"## 4. Leisure\n\n{concern} {answer}\n") == [(f"{concern} {answer}", None)]


@pytest.mark.parametrize("sentence", [
    "If hostel prices keep climbing at this pace, the Council will need to take about £0.9m from its reserves next year.",
    "Should the ferry contractor fail, the Council would have to run the crossing itself at a cost of £200,000 a year.",
    "Unless the sea wall is repaired this winter, the Council will face flooding claims from the harbour businesses.",
])
def test_an_opening_conditions_consequence_stays_in_the_risk(tmp_path, sentence):
    body = f"## 7. Risks\n\n7.1 {sentence}\n\n## 8. Recommendations\n\nR1. That Cabinet notes the report.\n"
    assert risks_of(tmp_path, body) == [(sentence, None)]


def test_a_step_taken_after_an_opening_condition_is_still_the_mitigation(tmp_path):
    body = ("## 7. Risks\n\n7.1 If the government grant is withdrawn, officers will seek other funding from the lottery.\n\n"
            "## 8. Recommendations\n\nR1. That Cabinet notes the report.\n")
    assert risks_of(tmp_path, body) == [("If the government grant is withdrawn", "officers will seek other funding from the lottery.")]


# --- a scores appendix naming each framework risk again under a short name ------------------------

def _framework(rows: str, summary: str) -> str:
    return ("## 1. Board Assurance Framework\n\n"
            "| Ref | Principal risk | Owner | Score | Controls |\n|---|---|---|---|---|\n" + rows +
            "\n\n## 2. Appendix: score history\n\n" + summary)


FRAMEWORK_ROWS = (
    "| SR1 | If the Trust cannot fill health visitor posts, then new baby checks will be missed, resulting in harm to infants. | Chief Nurse | 16 | Rolling recruitment; bank staff. |\n"
    "| SR2 | If the estate backlog is not funded, then clinics may close, resulting in lost appointments. | Director of Estates | 12 | Capital plan; condition surveys. |\n")


@pytest.mark.parametrize("summary", [
    "| Risk | Q1 | Q2 | Target |\n|---|---|---|---|\n| SR1 Health visiting workforce | 16 | 16 | 8 |\n| SR2 Estates backlog | 12 | 12 | 6 |\n",
    "| Principal risk | Last quarter | This quarter |\n|---|---|---|\n| SR1: Health visitors | 15 | 16 |\n| SR2 - Ageing clinic buildings | 12 | 12 |\n",
    "| Reference | Risk | Score |\n|---|---|---|\n| SR1 | Health visitor vacancies | 16 |\n| SR2 | Estate condition | 12 |\n",
])
def test_a_summary_row_under_a_framework_reference_is_that_risk_once(tmp_path, summary):
    found = [risk for risk, _ in risks_of(tmp_path, _framework(FRAMEWORK_ROWS, summary))]
    assert len(found) == 2 and all(risk.startswith("If the") for risk in found)


def test_a_summary_row_whose_reference_the_framework_lacks_stays(tmp_path):
    summary = "| Risk | Q1 | Q2 |\n|---|---|---|\n| SR7 Cyber attack on the patient record | 15 | 15 |\n"
    found = [risk for risk, _ in risks_of(tmp_path, _framework(FRAMEWORK_ROWS, summary))]
    assert len(found) == 3 and any("Cyber attack" in risk for risk in found)


# --- the framework's "if ..., then ..., resulting in ..." form told in prose -----------------------

@pytest.mark.parametrize("sentence, risk", [
    ("The Committee reviewed strategic risk 4: if the county cannot recruit enough foster carers, then more "
     "children will be placed out of area, resulting in higher costs and poorer outcomes.",
     "If the county cannot recruit enough foster carers, then more children will be placed out of area, "
     "resulting in higher costs and poorer outcomes."),
    ("If demand for school places keeps climbing then infant classes will exceed thirty pupils, "
     "leading to a breach of the class size limit.",
     "If demand for school places keeps climbing then infant classes will exceed thirty pupils, "
     "leading to a breach of the class size limit."),
    ("Three entries scored 16 or more, among them SR6 (if the pathology network is delayed, then test results "
     "will slow, resulting in later treatment).",
     "If the pathology network is delayed, then test results will slow, resulting in later treatment)."),
])
def test_an_if_then_resulting_in_statement_is_a_risk_in_prose(tmp_path, sentence, risk):
    body = f"## 6. Assurance framework review\n\nThe Board discussed the quarterly review. {sentence}\n"
    assert [found for found, _ in risks_of(tmp_path, body)] == [risk]


@pytest.mark.parametrize("sentence", [
    "If Members agree, then the works will start in May, resulting in the road reopening by August.",
    "If the scheme is approved, then officers will write to every resident in the ward.",
    "Resulting in a saving of £40,000, the new rota will start in June.",
])
def test_a_hopeful_if_then_is_no_risk(tmp_path, sentence):
    assert risks_of(tmp_path, f"## 6. Highways programme\n\n{sentence}\n") == []


# --- "The biggest risk is <something happening>" --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The biggest risk is frost damaging the new surface before it has cured.",
    "The main risk in the spring was heavy rain flooding the temporary haul road.",
    "The key risk for the festival is ticket demand falling after the date change.",
])
def test_a_main_risk_told_as_something_happening_is_read(tmp_path, sentence):
    assert [risk for risk, _ in risks_of(tmp_path, f"## 5. Delivery\n\n{sentence}\n")] == [sentence]


@pytest.mark.parametrize("sentence", [
    "The main risk is being managed through the project board.",
    "The biggest risk is recorded in the corporate risk register at Appendix C.",
    "The key risk is financial and is covered in the finance section.",
    "The main risk is outlined in paragraph 6 following the consultation.",
])
def test_a_main_risk_pointer_or_verdict_is_no_risk(tmp_path, sentence):
    assert risks_of(tmp_path, f"## 5. Delivery\n\n{sentence}\n") == []


# --- a risk opening a transcript's turn, after its time and speaker -------------------------------

@pytest.mark.parametrize("turn, risk", [
    ("[00:01:20] Jo Bell: The biggest risk is frost damaging the new surface before it has cured.",
     "The biggest risk is frost damaging the new surface before it has cured."),
    ("Cllr Amos Reed: The main risk is that the ferry could be laid up for the whole of August.",
     "The main risk is that the ferry could be laid up for the whole of August."),
    ("(10:42) Dr Hana Shah (Chief Nurse): There is a risk that agency nurses will not cover the new ward at night.",
     "There is a risk that agency nurses will not cover the new ward at night."),
])
def test_a_risk_opening_a_transcript_turn_is_read_without_its_speaker(tmp_path, turn, risk):
    path = tmp_path / "transcript.txt"
    path.write_text("Tollmere NHS Trust\n\nTranscript of the Board meeting\n\n[00:01:10] Chair: Next, the risks.\n\n"
                    f"{turn}\n\n[00:02:00] Chair: Thank you.\n", encoding="utf-8")
    assert [r.risk for r in read_and_extract(str(path))[2].risks] == [risk]


def test_a_turn_pointing_to_the_register_is_no_risk(tmp_path):
    path = tmp_path / "transcript.txt"
    path.write_text("Tollmere NHS Trust\n\nTranscript of the Board meeting\n\n"
                    "[00:03:10] Jo Bell: The biggest risk is recorded in the register at Appendix C.\n", encoding="utf-8")
    assert read_and_extract(str(path))[2].risks == []


@pytest.mark.parametrize("turn, mitigation", [
    ("[00:04:00] Jo Bell: The biggest risk is frost damaging the new surface before it has cured. "
     "We've got covers on site and we'll lay at night only above five degrees.",
     "We've got covers on site and we'll lay at night only above five degrees."),
    ("Cllr Amos Reed: The main risk is that the ferry could be laid up for the whole of August. "
     "I've asked the harbour master to keep a relief boat on charter.",
     "I've asked the harbour master to keep a relief boat on charter."),
    ("[11:05] Dr Hana Shah: There is a risk that agency nurses will not cover the new ward at night. "
     "We're running a bank recruitment day in May to fill the rota.",
     "We're running a bank recruitment day in May to fill the rota."),
])
def test_a_spoken_answer_with_contractions_is_the_mitigation(tmp_path, turn, mitigation):
    path = tmp_path / "transcript.txt"
    path.write_text("Tollmere NHS Trust\n\nTranscript of the Board meeting\n\n[00:01:10] Chair: Next, the risks.\n\n"
                    f"{turn}\n\n[00:09:00] Chair: Thank you.\n", encoding="utf-8")
    assert [r.mitigation for r in read_and_extract(str(path))[2].risks] == [mitigation]
