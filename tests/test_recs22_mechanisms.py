"""Mechanisms of the stop-22 recommendation round (tests/test_recs_probe21.py), each on fictional text in three
or more wordings or layouts, with negatives.  Every test here failed before its mechanism."""
from __future__ import annotations

import pytest

from committee_papers.extract.recommendations import find_recommendations
from committee_papers.ingest.model import Passage
from committee_papers.pipeline import read_and_extract


def _texts(*rows):
    """Recommendations found in passages made from (kind, text) pairs, each on page 1."""
    passages = [Passage(seq, kind, text, 1, None, None) for seq, (kind, text) in enumerate(rows, start=1)]
    return [r.text for r in find_recommendations(passages)]


# --- 6. Decision verbs alone before a colon ("Consider, and if so decided, adopt:-") lead a list ---------------

@pytest.mark.parametrize("lead", ["Consider, and if so decided, adopt:-", "Consider and approve:",
                                  "To note and, if thought fit, endorse:", "Note or accept:"])
def test_decision_verbs_before_a_colon_lead_the_items_below(lead):
    found = _texts(("heading", "6. Standing orders"), ("paragraph", lead),
                   ("paragraph", "(1) that the revised standing orders of the Joint Board be adopted; and"),
                   ("paragraph", "(2) that the scheme of delegation to officers be approved."),
                   ("heading", "7. Minute of the previous meeting"),
                   ("paragraph", "The Board had before it the minute of its meeting of 3 March."))
    assert found == ["that the revised standing orders of the Joint Board be adopted; and",
                     "that the scheme of delegation to officers be approved."], found


def test_an_agenda_page_with_the_lead_gives_its_resolutions(tmp_path):
    path = tmp_path / "agenda.html"
    path.write_text("<html><body><h1>Agenda - Glenmoor Licensing Board</h1><h2>3. Fees for 2027</h2>"
                    "<p>Consider, and if thought fit, approve:-</p>"
                    "<p>(1) that the fees for personal licences be raised by 3%; and</p>"
                    "<p>(2) that the Clerk publish the new fees on the website.</p>"
                    "<h2>4. Date of next meeting</h2><p>The next meeting is on 9 May.</p></body></html>",
                    encoding="utf-8")
    found = [r.text for r in read_and_extract(str(path))[2].recommendations]
    assert found == ["that the fees for personal licences be raised by 3%; and",
                     "that the Clerk publish the new fees on the website."], found


@pytest.mark.parametrize("lead", ["Note:", "Consider the following:", "Approve"])
def test_one_verb_alone_or_a_verb_with_an_object_leads_no_list(lead):
    found = _texts(("heading", "6. Site visit"), ("paragraph", lead),
                   ("paragraph", "- the car park will be closed on the day of the visit;"),
                   ("paragraph", "- lunch will be provided at the depot."),
                   ("heading", "7. Minute of the previous meeting"),
                   ("paragraph", "The Board had before it the minute of its meeting of 3 March."))
    assert found == [], found


# --- 7. One helper reads a short heading run into its numbered list (listitems.split_after_heading) -----------

def _recommendations_heading(text: str) -> bool:
    from committee_papers.extract.recommendations import is_recommendation_heading
    return is_recommendation_heading(text)


@pytest.mark.parametrize("text, heading, numbers", [
    ("Recommendations 1. That Cabinet approves the cycling plan. 2. That Cabinet notes the cost.", "Recommendations",
     ["(1)", "(2)"]),
    ("Summary of recommendations (a) agree the fees; (b) note the survey; (c) publish the results.",
     "Summary of recommendations", ["(a)", "(b)", "(c)"]),
    ("Recommendation: i. adopt the tree policy; ii. delegate its review to the Head of Parks.", "Recommendation:",
     ["(i)", "(ii)"]),
])
def test_a_heading_run_into_its_numbered_list_is_split_after_the_heading(text, heading, numbers):
    from committee_papers.extract.listitems import split_after_heading
    found = split_after_heading(text, _recommendations_heading, 5)
    assert found is not None and found[0] == heading and [number for number, _body in found[1]] == numbers, found


@pytest.mark.parametrize("text", [
    "Recommendations 1. That Cabinet approves the cycling plan.",                       # one item only
    "Background 1. The plan was adopted in 2019. 2. It is now out of date.",            # no such heading
    "Recommendations are set out below: 1. approve the plan; 2. note the cost.",        # words before the list
])
def test_no_split_without_the_heading_straight_before_two_items(text):
    from committee_papers.extract.listitems import split_after_heading
    assert split_after_heading(text, _recommendations_heading, 5) is None
