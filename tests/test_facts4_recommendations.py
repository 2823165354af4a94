"""Recommendations in layouts learned from another writer's papers (round facts4): a body's own
"X recommends that:" lead-in, a decimal-numbered item run on into the one before it, and a cover
sheet's tick-box row.  All text is fictional."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.extract.recommendations import CUES_PATH, tick_box_choice
from committee_papers.pipeline import read_and_extract

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def recommendations_of(tmp_path, text: str, name: str = "paper.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_and_extract(str(path))[2].recommendations


@pytest.mark.parametrize("lead_in", [
    "The Review Panel recommends that:",
    "Having heard the evidence, the working group therefore recommends that:",
    "Our inquiry recommends that:",
])
def test_a_bodys_own_recommends_that_lead_in_introduces_items_and_is_none_itself(tmp_path, lead_in):
    text = (f"KELDRITH BOROUGH COUNCIL\n\nScrutiny review of library opening hours\n\n5. Recommendations\n\n"
            f"{lead_in}\n\n- R1. The Cabinet Member restores Sunday opening at Keldrith Central Library.\n\n"
            "- R2. The Library Service publishes its visitor counts every quarter.\n\n6. Next steps\n\n"
            "6.1 The report goes to Cabinet in May.\n")
    assert [r.text for r in recommendations_of(tmp_path, text, "review.md")] == [
        "R1. The Cabinet Member restores Sunday opening at Keldrith Central Library.",
        "R2. The Library Service publishes its visitor counts every quarter."]


@pytest.mark.parametrize("items, expected", [
    ("3.1 agree the cemetery fees for 2027/28;\n3.2 delegate the detailed charges to the Head of Bereavement\n"
     "    Services; and 3.3 note the comparison with neighbouring councils.",
     ["agree the cemetery fees for 2027/28;", "delegate the detailed charges to the Head of Bereavement Services;",
      "note the comparison with neighbouring councils."]),
    ("4.1 approve the harbour dredging plan, and 4.2 ask officers to seek a marine licence.",
     ["approve the harbour dredging plan,", "ask officers to seek a marine licence."]),
    ("2.1 endorse the play strategy; 2.2 note the consultation results; and 2.3 ask for a progress\n"
     "    report in twelve months.",
     ["endorse the play strategy;", "note the consultation results;", "ask for a progress report in twelve months."]),
])
def test_a_decimal_numbered_item_run_on_into_the_one_before_is_its_own_item(tmp_path, items, expected):
    text = (f"FENWICK VALE COUNCIL\n\nCabinet\n\nRECOMMENDATIONS\n\n    The Cabinet is asked to:\n\n    {items}\n\n"
            "BACKGROUND\n\nThe fees were last reviewed in 2024.\n")
    assert [r.text for r in recommendations_of(tmp_path, text)] == expected


def test_a_cross_reference_to_a_paragraph_number_does_not_split_an_item(tmp_path):
    text = ("FENWICK VALE COUNCIL\n\nCabinet\n\nRECOMMENDATIONS\n\n    The Cabinet is asked to:\n\n"
            "    2.1 approve the charges set out in paragraph 2.2 of Appendix A; and\n"
            "    2.2 note the survey.\n\nBACKGROUND\n\nThe charges were last set in 2024.\n")
    assert [r.text for r in recommendations_of(tmp_path, text)] == [
        "approve the charges set out in paragraph 2.2 of Appendix A;", "note the survey."]


@pytest.mark.parametrize("text", CUES["tick_boxes"]["examples"])
def test_a_tick_box_value_is_a_choice_of_paper_type(text):
    assert tick_box_choice(text)


@pytest.mark.parametrize("text", CUES["tick_boxes"]["not_examples"])
def test_an_ask_with_brackets_is_no_tick_box_choice(text):
    assert not tick_box_choice(text)


@pytest.mark.parametrize("label, value", [
    ("Action required", "Approval [X] Assurance [ ] Information [ ]"),
    ("Decision required", "\u2610 Discussion \u2612 Decision \u2610 Noting"),
    ("Recommendation", "For decision [\u2713]  For assurance [ ]  For information [ ]"),
])
def test_a_cover_rows_tick_boxes_are_no_recommendation(tmp_path, label, value):
    text = (f"# Ormsby Community Trust\n\n| Field | Detail |\n|---|---|\n| Report title | Patient transport review |\n"
            f"| {label} | {value} |\n\n## 1. Purpose\n\n1.1 This paper reviews patient transport.\n")
    assert recommendations_of(tmp_path, text, "cover.md") == []


@pytest.mark.parametrize("lead_in", [
    "The Joint Committee is invited to endorse these proposals:-",
    "The Panel is recommended to:-",
    "Members are asked to agree the following :\u2013",
])
def test_a_lead_in_ending_in_a_colon_and_dash_is_no_item(tmp_path, lead_in):
    text = (f"KELDERBY INTEGRATION JOINT BOARD\n\n2. RECOMMENDATIONS\n\n{lead_in}\n\n"
            "(a) that the 2026/27 budget be approved;\n\n(b) that the savings plan be noted.\n\n"
            "3. BACKGROUND\n\nThe budget was set in March.\n")
    assert [r.text for r in recommendations_of(tmp_path, text)] == [
        "that the 2026/27 budget be approved;", "that the savings plan be noted."]


def _paper(title: str, ask: str) -> str:
    return (f"Report title: {title}\n\nMeeting: Board of Directors\n\nDate: 4 June 2026\n\nAuthor: Jo Bell, Director of Nursing\n\n"
            f"1. Summary\n\nThis paper gives the Board the position on {title.lower()} for the last six months.\n\n"
            f"2. Recommendations\n\n{ask}\n\n")


@pytest.mark.parametrize("ask", [
    "The Board is asked to receive this report and agree the level of assurance provided.",
    "Directors are asked to note this update.",
    "Trustees are asked to approve the revised terms of reference.",
])
def test_each_paper_of_a_bundle_keeps_its_own_ask_however_alike_they_are(tmp_path, ask):
    text = "KELDERBY COMMUNITY HEALTH NHS TRUST\n\nPublic Board papers\n\n" + "".join(
        _paper(title, ask) for title in ("Safe staffing review", "Infection control report", "Medical revalidation"))
    assert [r.text for r in recommendations_of(tmp_path, text)] == [ask] * 3
