"""A passage that only opens a list (it ends with a colon, or with the first item's marker a reader ran
into it) asks the meeting for nothing by itself: its items are the recommendations, never the opener
(recommendation_cues.yaml list_openers).  Papers are fictional."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.recommendations import CUES_PATH, opens_a_list_only

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def recommendations_in(path):
    return read_and_extract(str(path))[2].recommendations


@pytest.mark.parametrize("text", CUES["list_openers"]["examples"])
def test_list_opener_examples_only_open_a_list(text):
    assert opens_a_list_only(text), text


@pytest.mark.parametrize("text", CUES["list_openers"]["not_examples"])
def test_list_opener_not_examples_say_something_themselves(text):
    assert not opens_a_list_only(text), text


@pytest.mark.parametrize("opener", [
    "Drawing on the schemes run by other towns and the survey of employers, the following recommendations are made:",
    "Having weighed the three options, the review team puts forward these recommendations:",
    "From the evidence gathered for this study, we set out the recommendations below:",
])
def test_a_review_s_opener_under_its_recommendations_heading_is_no_recommendation(tmp_path, opener):
    path = tmp_path / "review.txt"
    path.write_text("FENBY BOROUGH COUNCIL\n\nReview of town centre parking\n\n1. Introduction\n\n"
                    "1.1 The review looked at parking charges in six towns.\n\n5. Recommendations\n\n"
                    f"{opener}\n\n"
                    "The purpose of any charge must be clearly explained to traders in the town centre.\n\n"
                    "Income from the charge must be spent on bus and cycling schemes named in advance.\n\n"
                    "6. Appendix\n\n6.1 The survey form is attached.\n", encoding="utf-8")
    texts = [r.text for r in recommendations_in(path)]
    assert not any(opener[:40] in t for t in texts), texts
    assert any(t.startswith("The purpose of any charge") for t in texts), texts


@pytest.mark.parametrize("opener, items", [
    ("The following policies were approved and are recommended to the Full Governing Body if appropriate:",
     "a. Lettings policy b. Charging and remissions policy"),
    ("The documents below were reviewed by the committee and are recommended to the Trust Board for adoption:",
     "i. Whistleblowing policy ii. Lone working policy"),
    ("These two policies were agreed and are recommended to Council for approval:",
     "1. Hedge cutting policy 2. Allotment tenancy policy"),
])
def test_a_minute_s_opener_run_into_its_first_marker_is_no_recommendation(tmp_path, opener, items):
    path = tmp_path / "minutes.txt"
    path.write_text("MINUTES OF THE RESOURCES COMMITTEE OF ASHBY PRIMARY SCHOOL HELD ON 3 MARCH 2026\n\n"
                    "1. Apologies\n\nApologies were received from Mrs Hale.\n\n4. Policies\n\n"
                    f"{opener} {items}\n\n5. Date of next meeting\n\nThe next meeting is on 9 June 2026.\n",
                    encoding="utf-8")
    texts = [r.text for r in recommendations_in(path)]
    assert not any(t.rstrip(" .").endswith((":", ": a", ": i", ": 1")) for t in texts), texts
    assert not any(opener[:30] in t for t in texts), texts


def test_a_choice_among_options_keeps_its_opener_joined_to_the_options(tmp_path):
    # (the alternative_lead_ins mechanism: the opener and its options are one recommendation)
    path = tmp_path / "callin.txt"
    path.write_text("FENBY BOROUGH COUNCIL\n\nCall-in of the decision on library hours\n\n2. Recommendations\n\n"
                    "The Council may, having considered the call-in, resolve one of the following:\n\n"
                    "a. to take no further action;\n\nb. to refer the decision back to the Cabinet.\n\n"
                    "3. Background\n\n3.1 The decision was called in by five members.\n", encoding="utf-8")
    texts = [r.text for r in recommendations_in(path)]
    assert len(texts) == 1 and "refer the decision back" in texts[0], texts
