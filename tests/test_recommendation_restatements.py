"""An ask in a paper's prose that restates one of its listed recommendations, or that is put to
another body than the list is, is not another recommendation; an ask the list does not hold still
is.  Fictional papers."""
from __future__ import annotations

import pytest

from committee_papers.extract.recommendations import _cues, another_bodys_ask, restates
from committee_papers.pipeline import read_and_extract


@pytest.mark.parametrize("sentence,item,expected", _cues()["restatement_ignore"]["examples"])
def test_every_restatement_example(sentence, item, expected):
    assert restates(sentence, item) is expected


def recommendations_of(path):
    _document, _passages, extraction = read_and_extract(str(path))
    return [r.text for r in extraction.recommendations]


def test_html_report_asking_in_a_numbered_paragraph_before_its_recommendation(tmp_path):
    paper = tmp_path / "fallowby-dc_2025-10-08_cabinet_playing-field-mowing.html"
    paper.write_text(
        "<html><head><title>Playing field mowing - Fallowby District Council</title></head><body>"
        "<h1>Playing field mowing</h1><p>Report of the Head of Environment</p>"
        "<h2>1. Tenders</h2><p>1.1 Four tenders came in for mowing the district's playing fields. "
        "Cabinet is asked to accept the cheapest tender, from Brookfield Turf Services, at £31,200 per season.</p>"
        "<h2>2. Recommendation</h2>"
        "<p>2.1 That Cabinet accepts the tender from Brookfield Turf Services for mowing the playing fields.</p>"
        "</body></html>", encoding="utf-8")
    assert recommendations_of(paper) == [
        "That Cabinet accepts the tender from Brookfield Turf Services for mowing the playing fields."]


def test_txt_report_with_an_extension_asked_for_in_its_background(tmp_path):
    paper = tmp_path / "north-wendle-icb_2025-09-10_board_stroke-rehabilitation.txt"
    paper.write_text(
        "North Wendle ICB Board\n\nStroke rehabilitation contract\n\n1. Background\n\n"
        "1.1 The contract with Ashdown Therapy Ltd ends in March 2025. The Board is asked to approve a two-year "
        "extension of the stroke rehabilitation contract with Ashdown Therapy Ltd.\n\n"
        "2. Recommendations\n\nThe Board is asked to:\n\n"
        "a) Approve the extension of the stroke rehabilitation contract with Ashdown Therapy Ltd to March 2027;\n"
        "b) Note the outcome measures in Appendix 2.\n", encoding="utf-8")
    found = recommendations_of(paper)
    assert len(found) == 2, found
    assert found[0].startswith("Approve the extension of the stroke rehabilitation contract")


def test_md_report_keeps_an_ask_its_list_does_not_hold(tmp_path):
    paper = tmp_path / "ambridge-vale-bc_2025-06-04_communities-committee_play-areas.md"
    paper.write_text(
        "# Play areas strategy\n\n## The proposal\n\nMembers are invited to endorse the revised play area strategy, "
        "which responds to the consultation.\n\n## Consultation\n\nThe Committee is asked to note the "
        "consultation responses from the three parish councils.\n\n## Recommendations\n\nThat the Committee:\n\n"
        "1. endorse the revised Play Area Strategy 2025-2030 (Appendix A);\n"
        "2. agree the capital programme for new equipment of £240,000.\n", encoding="utf-8")
    found = recommendations_of(paper)
    assert "The Committee is asked to note the consultation responses from the three parish councils" in " | ".join(found)
    assert not any(text.startswith("Members are invited to endorse") for text in found), found
    assert len(found) == 3, found


@pytest.mark.parametrize("sentence,listed,expected", _cues()["any_body_words"]["examples"])
def test_every_another_bodys_ask_example(sentence, listed, expected):
    assert another_bodys_ask(sentence, set(listed)) is expected


def test_txt_cabinet_report_telling_what_the_schools_forum_is_asked(tmp_path):
    paper = tmp_path / "ostrey-bc_2025-12-03_cabinet_schools-funding.txt"
    paper.write_text(
        "Ostrey Borough Council\n\nCabinet - 3 December 2025\n\nSchools funding formula 2026/27\n\n"
        "1. Background\n\n1.1 The Schools Forum is asked to agree the de-delegation of funds for trade union "
        "facilities time at its meeting on 14 January.\n\n1.2 Each academy trust is asked to confirm its pupil "
        "numbers by 19 December.\n\n2. Recommendations\n\n2.1 That the Cabinet approves the schools funding "
        "formula for 2026/27.\n\n2.2 That the Cabinet notes the consultation with schools.\n", encoding="utf-8")
    assert recommendations_of(paper) == ["That the Cabinet approves the schools funding formula for 2026/27.",
                                         "That the Cabinet notes the consultation with schools."]


def test_html_board_paper_keeps_the_boards_own_ask_outside_its_list(tmp_path):
    paper = tmp_path / "north-wendle-icb_2025-11-05_board_winter-plan.html"
    paper.write_text(
        "<html><body><h1>Winter plan 2025/26</h1><h2>1. Position</h2>"
        "<p>1.1 The Board is invited to note the bed occupancy forecast for January. NHS England is asked to "
        "confirm the winter allocation by the end of October.</p>"
        "<h2>2. Recommendations</h2><p>The Board is asked to:</p><ol><li>approve the winter plan;</li>"
        "<li>delegate the final surge bed numbers to the Chief Operating Officer.</li></ol></body></html>",
        encoding="utf-8")
    found = recommendations_of(paper)
    assert "The Board is invited to note the bed occupancy forecast for January" in " | ".join(found)
    assert not any("NHS England" in text for text in found), found
