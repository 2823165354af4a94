"""Records of an officer's or a member's decision known by the first-person decision in them,
whatever their title ("Cabinet Member Decision", "Officer decision - ..."); fictional papers."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.extract.decision_documents import decision_evidence, is_decision_document
from committee_papers.extract.decision_rules import RULES_PATH
from committee_papers.extract.decisions import find_decisions
from committee_papers.pipeline import read_and_extract
from fictional_paper import passages_from_pieces

RULES = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))


passages_of = passages_from_pieces


@pytest.mark.parametrize("example", [e for entry in RULES["decision_evidence"] for e in entry["examples"]])
def test_every_first_person_example_is_decision_evidence(example):
    assert decision_evidence(passages_of(("paragraph", example))) == "first_person_decision"


@pytest.mark.parametrize("example", [e for entry in RULES["decision_evidence"] for e in entry.get("not_examples", [])])
def test_agreeing_with_someone_supporting_or_proposing_is_no_decision_evidence(example):
    assert decision_evidence(passages_of(("paragraph", example))) is None


def test_a_cabinet_member_decision_approving_lettered_recommendations():
    record = passages_of(
        ("heading", "Harrowfield County Council"), ("heading", "Cabinet Member Decision"),
        ("paragraph", "Decision maker: Cabinet Member for Waste and Recycling"),
        ("heading", "Decisions requested"), ("paragraph", "The Cabinet Member is asked to:"),
        ("list_item", "(a) approve the purchase of six food waste vehicles; and"),
        ("list_item", "(b) note the delivery dates."),
        ("heading", "Decision"), ("paragraph", "I approve recommendations (a) and (b)."),
        ("paragraph", "Signed: Cllr Nia Brook"))
    assert is_decision_document(record) == "first_person_decision"
    assert [d.text for d in find_decisions(record)] == ["I approve recommendations (a) and (b)."]


def test_an_officer_decision_laid_out_as_a_table():
    record = passages_of(
        ("heading", "Officer decision - grounds maintenance"),
        ("table_row", "Decision | I have decided to award the grounds maintenance contract to Fernhill Landscapes Ltd."),
        ("table_row", "Reasons | Fernhill Landscapes Ltd gave the best value of three quotations."))
    record[1].cells = ["Decision", "I have decided to award the grounds maintenance contract to Fernhill Landscapes Ltd."]
    record[2].cells = ["Reasons", "Fernhill Landscapes Ltd gave the best value of three quotations."]
    assert is_decision_document(record) == "first_person_decision"


def test_a_director_agreeing_the_proposals_in_a_txt_record(tmp_path):
    paper = tmp_path / "ostrey-bc_2025-05-02_director-decision_homelessness-grants.txt"
    paper.write_text(
        "Ostrey Borough Council\n\nDirector's decision\n\nSubject: Homelessness prevention grants 2025/26\n\n"
        "Summary\n\nThe report sets out four grants to local charities for the prevention of homelessness.\n\n"
        "Decision\n\nAs Director of Housing, I agree the proposals set out in paragraph 4 of the report.\n\n"
        "Signed: A. Pemberton, Director of Housing\n", encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(paper))
    assert [d.text for d in extraction.decisions] == [
        "As Director of Housing, I agree the proposals set out in paragraph 4 of the report."]


def test_a_report_quoting_residents_in_the_first_person_is_no_decision_record():
    report = passages_of(
        ("heading", "Report to Cabinet: Branch library review"),
        ("heading", "Consultation"),
        ("paragraph", "I support the closure of the branch library because the mobile library comes weekly."),
        ("paragraph", "I agree with the council that the building is in poor repair."),
        ("heading", "Recommendations"), ("paragraph", "The Cabinet is asked to approve the closure."))
    assert is_decision_document(report) is None
    assert find_decisions(report, committee="Cabinet") == []
