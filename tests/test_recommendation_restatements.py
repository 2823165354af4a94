"""An ask in a paper's prose that restates one of its listed recommendations is not another
recommendation; an ask the list does not hold still is.  Fictional papers."""
from __future__ import annotations

import pytest

from committee_papers.extract.recommendations import _cues, restates
from committee_papers.pipeline import read_and_extract


@pytest.mark.parametrize("sentence,item,expected", _cues()["restatement_ignore"]["examples"])
def test_every_restatement_example(sentence, item, expected):
    assert restates(sentence, item) is expected


def recommendations_of(path):
    _document, _passages, extraction = read_and_extract(str(path))
    return [r.text for r in extraction.recommendations]


def test_html_report_asking_in_a_numbered_paragraph_before_its_recommendation(tmp_path):
    paper = tmp_path / "fallowby-dc_2025-10-08_cabinet_cemetery-grounds.html"
    paper.write_text(
        "<html><head><title>Cemetery grounds - Fallowby District Council</title></head><body>"
        "<h1>Cemetery grounds maintenance</h1><p>Report of the Head of Environment</p>"
        "<h2>1. Quotations</h2><p>1.1 Three quotations were received for the cemetery grounds maintenance. "
        "Cabinet is asked to accept the lowest quotation, from Harwood Groundcare, in the sum of £48,500 a year.</p>"
        "<h2>2. Recommendation</h2>"
        "<p>2.1 That Cabinet accepts the quotation from Harwood Groundcare for the cemetery grounds maintenance.</p>"
        "</body></html>", encoding="utf-8")
    assert recommendations_of(paper) == [
        "That Cabinet accepts the quotation from Harwood Groundcare for the cemetery grounds maintenance."]


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
