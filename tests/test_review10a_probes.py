"""Ordinary committee-paper sentences that the facts4 round's rules misread (review10-A): a risk to
health stated as what could happen, a closed register risk, a question about closed risks, a past
meeting named in a report's summary, and a remark after a colon in the sentence moving a motion."""
from __future__ import annotations

import pytest

from test_cover import metadata
from test_risk_layouts4 import risks_of
from committee_papers.pipeline import read_and_extract


def background(sentence: str) -> str:
    return f"TARNBY BOROUGH COUNCIL\n\nCabinet report\n\n3. Background\n\n3.1 {sentence}\n"


@pytest.mark.parametrize("sentence", [
    "The main risk to public health is that the measles outbreak spreads to primary schools in the spring.",
    "The key risk to public health is the spread of measles among unvaccinated children.",
    "There is a risk to residents' wellbeing if the day centre closes in March.",
])
def test_a_risk_to_health_that_says_what_could_happen_is_kept(tmp_path, sentence):
    assert [r.risk for r in risks_of(tmp_path, background(sentence))] == [sentence]


@pytest.mark.parametrize("sentence", [
    "Strategic risk SR4 (the risk that the depot lease is not renewed) was closed in March once the lease was signed.",
    "Corporate risk 9 (the risk that the payroll upgrade fails) has been removed from the register.",
    "The Chair asked about the risks that had been closed since the last meeting of the Panel.",
    "Councillor Ng asked about the risks that were scored above 15 in Appendix B.",
])
def test_a_closed_register_risk_or_a_question_about_closed_risks_is_no_risk(tmp_path, sentence):
    assert risks_of(tmp_path, background(sentence)) == []


def test_a_past_meeting_told_of_in_a_summary_does_not_name_the_papers_meeting():
    extraction = metadata("Brackenford Council", "Cabinet", "Leisure Centre Refurbishment", "Summary",
                          "At a meeting of the Council held in the Guildhall on 9 April 2025 a budget of £2m was "
                          "set aside for the works.", "Cabinet - 11 June 2026")
    assert (extraction.committee, extraction.meeting_date) == ("Cabinet", "2026-06-11")


@pytest.mark.parametrize("moved", [
    "Councillor Ng moved the motion standing in her name: the text had been circulated with the agenda pack.",
    "The motion was moved by Councillor Patel and seconded by Councillor Hill: a recorded vote was requested.",
    "Councillor Shah moved the motion on bus services: copies were tabled at the meeting.",
])
def test_a_remark_after_the_colon_of_a_moved_motion_is_no_part_of_its_decision(tmp_path, moved):
    path = tmp_path / "minutes.txt"
    path.write_text("BRACKENFORD COUNCIL\n\nMinutes of the meeting of the Council held on 12 March 2026\n\n"
                    f"7. Motion on Bus Services\n\n{moved}\n\nFollowing debate, the motion was carried by 30 votes "
                    "to 12.\n", encoding="utf-8")
    [decision] = read_and_extract(str(path))[2].decisions
    assert decision.text == "Motion on Bus Services: Following debate, the motion was carried by 30 votes to 12."
