"""Recommendation layouts probed with new fictional papers (stop 19): a cover table's Recommendation(s)
row, a lead-in with lettered items over a page break, a board cover sheet with tick boxes, label
paragraphs ("Decision required:"), a budget's sub-items, a scrutiny invitation, a report page's <ol>,
an officer decision record's "Proposed decision:", a boxed one-cell table, a notice of motion's
"This Council resolves to:", an IJB's and a parish council's "It is recommended that", combined
headings ("Summary and Recommendations", "Action required", "Decision(s) required"), asks with
verbs such as "determine" and "take assurance", and three papers that mention recommendations only
in passing.  The papers and their expected recommendations are in tests/recs_probe19_papers.py
(written before the tool was run on them).  Every name and figure is invented."""
from __future__ import annotations

import pytest

from committee_papers.extract import recommendations
from probe_harness import assert_each_phrase_found, norm, recommendation_texts, with_known_misses
from recs_probe19_papers import PAPERS


# "RECOMMENDED that the Committee confirms ..." heads a report's ask, but in minutes the same label
# records what a committee recommended to Council (a decision, extract/rules/decisions.yml
# recommended_to_council); the two are told apart by the kind of paper, which is not done here.
KNOWN_MISSES = {"recommended_that_caps"}


@pytest.mark.parametrize("name", with_known_misses(PAPERS, dict.fromkeys(KNOWN_MISSES, "minutes' label")))
def test_each_probe_paper_gives_its_recommendations_and_no_others(tmp_path, name):
    build, expected = PAPERS[name]
    assert_each_phrase_found(recommendation_texts(build(tmp_path)), expected)


# -- the cue lists: each example read, each not_example not -------------------------------------
CUE_CHECKS = {
    "section_headings": recommendations.is_recommendation_heading,
    "list_headings": recommendations.is_list_heading,
    "motion_lead_ins": recommendations._motion_lead_in,
}


@pytest.mark.parametrize("name", CUE_CHECKS)
def test_new_cue_lists_keep_three_examples_and_not_examples_and_read_them(name):
    cue = recommendations._cues()[name]
    assert len(cue["examples"]) >= 3 and len(cue["not_examples"]) >= 3
    check = CUE_CHECKS[name]
    assert [t for t in cue["examples"] if not check(t)] == []
    assert [t for t in cue["not_examples"] if check(t)] == []


# -- list headings: items only; a summary's prose under them is no ask ---------------------------
@pytest.mark.parametrize("heading, items", [
    ("Action required", ["Endorse the revised lone working policy.", "Note the incidents reported this year."]),
    ("Summary and recommendations", ["Approve the rent-free period for the Brayton community cafe.",
                                     "Delegate the lease terms to the Head of Estates."]),
    ("Actions required by the Partnership", ["Agree the refreshed terms of reference."]),
])
def test_a_list_heading_reads_the_items_after_it(tmp_path, heading, items):
    path = tmp_path / "paper.txt"
    body = "\n\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
    path.write_text(f"TARNFORD COUNCIL\n\nCommunities Board\n\n{heading}\n\n{body}\n\nBackground\n\n"
                    "The cafe opened in 2021.\n", encoding="utf-8")
    assert recommendation_texts(path) == items


@pytest.mark.parametrize("heading", ["Summary and recommendations", "Action required", "Executive summary and recommendation"])
def test_prose_under_a_list_heading_is_no_recommendation(tmp_path, heading):
    path = tmp_path / "paper.txt"
    path.write_text(f"TARNFORD COUNCIL\n\nCommunities Board\n\n{heading}\n\nThe cafe has traded at a loss for two "
                    "years and footfall fell by a third.\n\nIts lease ends in June.\n\nBackground\n\n"
                    "The cafe opened in 2021.\n", encoding="utf-8")
    assert recommendation_texts(path) == []


# -- motions: the lead-in counts only on a motion's own paper -----------------------------------
@pytest.mark.parametrize("lead", ["This Council resolves to:", "Council therefore calls on the Leader to:",
                                  "The Town Council agrees to:"])
def test_a_notice_of_motion_lead_in_opens_its_items(tmp_path, lead):
    path = tmp_path / "motion.txt"
    path.write_text(f"BRIDEWELL TOWN COUNCIL\n\nNotice of Motion - Verge Cutting\n\nProposed by Cllr Ada Lyle\n\n"
                    f"This Council notes the loss of wildflower verges.\n\n{lead}\n\n"
                    "1. publish the verge-cutting schedule each spring;\n\n"
                    "2. leave two verges uncut as a trial.\n\nSeconded by Cllr Ben Tate\n", encoding="utf-8")
    assert [norm(t) for t in recommendation_texts(path)] == ["publish the verge-cutting schedule each spring;",
                                                "leave two verges uncut as a trial."]


@pytest.mark.parametrize("lead", ["This Council resolves to:", "The Council agrees to:"])
def test_the_same_lead_in_in_a_report_that_is_no_motion_opens_nothing(tmp_path, lead):
    path = tmp_path / "report.txt"
    path.write_text(f"BRIDEWELL TOWN COUNCIL\n\nAnnual report of the Town Clerk\n\n1. Verges\n\n"
                    f"Last year's motion read: {lead}\n\n1. publish the verge-cutting schedule each spring;\n\n"
                    "2. leave two verges uncut as a trial.\n\n2. Finance\n\nThe precept was unchanged.\n",
                    encoding="utf-8")
    assert recommendation_texts(path) == []


# -- asks with verbs beyond approve/note ---------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The Sub-Committee is asked to determine the application for a premises licence at 9 Quay Street.",
    "The Board is asked to take assurance from the cancer waiting times recovery plan.",
    "Members are requested to nominate a representative to the Fenby Harbour Trust.",
])
def test_an_ask_with_a_wider_verb_is_a_recommendation(tmp_path, sentence):
    path = tmp_path / "paper.txt"
    path.write_text(f"HALSTOW COUNCIL\n\n1. Report\n\n1.1 The matter is set out below.\n\n1.2 {sentence}\n",
                    encoding="utf-8")
    assert recommendation_texts(path) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Residents are asked to put their bins out by 7am on collection day.",
    "Visitors are asked to sign in at the reception desk.",
    "The Board is asked to leave the room for item 9.",
])
def test_a_request_to_the_public_or_a_housekeeping_ask_is_none(tmp_path, sentence):
    path = tmp_path / "paper.txt"
    path.write_text(f"HALSTOW COUNCIL\n\n1. Report\n\n1.1 The matter is set out below.\n\n1.2 {sentence}\n",
                    encoding="utf-8")
    assert recommendation_texts(path) == []


# -- a cover field kept as one line: label and value ----------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Decision sought: To agree the refreshed climate action plan.", ["To agree the refreshed climate action plan."]),
    ("Action required - The Board is asked to note the complaints report.", ["The Board is asked to note the complaints report."]),
    ("Recommended decision: Approve the revised fees for pest control.", ["Approve the revised fees for pest control."]),
    ("Action required: Approval [X] Assurance [ ] Information [ ]", []),
    ("Action required: None", []),
    ("Decision required: For information", []),
])
def test_a_cover_field_on_one_line_gives_its_value_as_the_recommendation(tmp_path, line, expected):
    path = tmp_path / "paper.txt"
    path.write_text(f"LOWDEN COUNCIL\n\nCabinet - 9 September 2026\n\nPest control fees\n\n{line}\n\n"
                    "1. Background\n\nThe fees last rose in 2022.\n", encoding="utf-8")
    assert recommendation_texts(path) == expected


# -- a cover row's lead-in: its items in the rows below, ended by the next labelled field -----------
def test_rows_with_labels_after_a_cover_lead_in_are_no_items(tmp_path):
    import datetime as dt
    import docxgen
    doc = docxgen.new("Harbour Office", dt.datetime(2026, 1, 5, 9, 0))
    docxgen.banner(doc, "Portmere Council - Harbour Committee")
    docxgen.table(doc, [["Recommendation(s)", "The Committee is asked to:"], ["", "(a) approve the dues for 2026."],
                        ["Lead officer", "Harbour Master"], ["", "Tel. 01632 960555"],
                        ["Background papers", "None"]], header=False)
    doc.add_paragraph("Dues last rose in 2023.")
    path = tmp_path / "dues.docx"
    doc.save(path)
    assert recommendation_texts(path) == ["approve the dues for 2026."]


# -- negatives: a minute's action lines and a request to the public --------------------------------
@pytest.mark.parametrize("text", [
    "MINUTES of the Harbour Committee held on 3 March 2026\n\nPresent: Cllr A Dee (Chair)\n\n5. Dredging update\n\n"
    "The Harbour Master reported progress.\n\nAction required: Harbour Master to circulate the survey to members.\n\n"
    "6. Any other business\n\nNone.\n",
    "ACTION LOG\n\nAction required - Clerk to book the hall for the May meeting.\n\n"
    "Action required - Chair to write to the bus operator.\n",
    "TOWN COUNCIL NEWSLETTER\n\nResidents are asked to be patient while the road is resurfaced.\n\n"
    "Walkers are asked to take their litter home from the common.\n",
])
def test_action_lines_and_requests_to_the_public_are_no_recommendations(tmp_path, text):
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    assert recommendation_texts(path) == []
