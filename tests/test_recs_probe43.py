"""Recommendation layouts probed with new fictional papers (stop 30, k43; tests/recs_probe43_papers.py):
recommendations in a table beside their reasons, lettered lists over a page break, run-in "(a) ... (b) ..." and
"i. ... ii. ..." lists, pointers to the recommendations elsewhere, recommendations recorded in minutes, numbered
"Recommendation 1" headings, parish and town council forms, HTML and Word lists, and negatives.  Expected
recommendations were written before the tool was first run on the papers.

First run (before any change): 17 of 32 right.  After the mends (recommendation_cues.yaml, recommendations.py),
29 of 32:
- a "Recommendation | Reason" header row is a table's column names, not a cover field (cover_ask, _names_columns);
- "It is recommended that (a) ...; (b) ..." with no colon is a lead-in (lead_ins);
- an ask pointing to the paper's own list ("as set out in the recommendations in section 5") is none (pointers);
- a section that says "There are no recommendations" holds no item (not_an_item);
- "Clerk's recommendation:", "RFO's recommendation", "Proposed resolution:" label a parish agenda's ask (cover_labels);
- "Recommendations 1. That ... 2. That ..." in one paragraph (an HTML line break) is read as a box is (_boxed_list);
- minutes: a scrutiny or advisory meeting's "RECOMMENDED to the Executive:" list and "RECOMMENDED to Cabinet that
  ..." are its recommendations (advisory_meetings; a Cabinet's "RECOMMENDED TO COUNCIL" stays a decision only);
  "The Committee RECOMMENDS TO COUNCIL that ..." asks (sentence_asks); "The recommendations are:" and "The
  recommendation from <adviser> was:" open a list (ask), also when the minute writes it as "That ..." sentences
  run into its paragraph (_lead_in_lines)."""
from __future__ import annotations

import pytest

from committee_papers.extract import recommendations
from committee_papers.extract.recommendations import _cues
from probe_harness import assert_each_phrase_found, extract_blocks, recommendation_texts, with_known_misses
from recs_probe43_papers import FORBIDDEN, PAPERS


KNOWN_MISSES: dict[str, str] = {
    "minutes_adviser_recommendation_bullets_pdf": "the PDF reader runs the minute's next paragraph into the last "
                                                  "bullet of the list",
    "minutes_clerk_recommended_agreed_txt": "a past 'recommended that' in minutes is the meeting's decision by "
                                            "design (sentence_asks not_examples: 'It was recommended that ...')",
    "numbered_recommendation_titled_headings_pdf": "a titled 'Recommendation 1 - ...' heading over a 'should' "
                                                   "sentence: 'should' is an audit finding's form, no ask",
}


@pytest.mark.parametrize("name", with_known_misses(PAPERS, KNOWN_MISSES))
def test_each_probe_paper_gives_its_recommendations_and_no_others(tmp_path, name):
    build, expected = PAPERS[name]
    assert_each_phrase_found(recommendation_texts(build(tmp_path)), expected, FORBIDDEN)


@pytest.mark.parametrize("name, matches", [("pointers", recommendations.points_to_recommendations),
                                            ("advisory_meetings", recommendations._ADVISORY_MEETING_RE.search)])
def test_cue_lists_match_their_examples_only(name, matches):
    assert all(matches(text) for text in _cues()[name]["examples"])
    assert not any(matches(text) for text in _cues()[name]["not_examples"])


SCRUTINY_MINUTES = ("Minutes of the Overview and Scrutiny Committee", "Held on 3 March 2027",
                    "Present: Councillors A Bell (Chair), C Dunn and E Fry.", ("heading", "12. Library opening hours"))
CABINET_MINUTES = ("Minutes of the Cabinet", "Held on 3 March 2027", "Present: Councillors A Bell (Leader), C Dunn.",
                   ("heading", "12. Library opening hours"))


@pytest.mark.parametrize("lead, items", [
    ("RECOMMENDED to Cabinet that:", ["the Saturday hours are extended to 5pm;", "the mobile library visits Fenby weekly."]),
    ("RECOMMENDED to the Executive:", ["That the Saturday hours are extended to 5pm.", "That the mobile library visits Fenby weekly."]),
    ("It was RECOMMENDED to Council that:", ["the Saturday hours are extended to 5pm;", "the mobile library visits Fenby weekly."]),
])
def test_a_scrutiny_minutes_onward_recommendation_lists_its_items_and_a_cabinets_does_not(lead, items):
    found = extract_blocks(*SCRUTINY_MINUTES, lead, *items, ("heading", "13. Work programme")).recommendations
    assert [r.text for r in found] == items
    assert extract_blocks(*CABINET_MINUTES, lead, *items, ("heading", "13. Work programme")).recommendations == []


def test_a_scrutiny_minutes_single_onward_recommendation_is_one():
    sentence = "RECOMMENDED to Cabinet that the library on Mill Road opens on Sundays from June 2027."
    found = extract_blocks(*SCRUTINY_MINUTES, sentence).recommendations
    assert [r.text for r in found] == [sentence]
    assert extract_blocks(*CABINET_MINUTES, sentence).recommendations == []
