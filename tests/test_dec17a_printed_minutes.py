"""Round dec17a: decisions as printed minutes and decision recording forms write them.  Fictional
papers only, through find_decisions."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from committee_papers.ingest.model import Passage

from test_decisions import decisions_of_any_body, passages_of

FORM_TITLE = "Decision Recording Form"


def texts(*paragraphs):
    return [d.text for d in decisions_of_any_body(*[("paragraph", p) for p in paragraphs])]


def recording_form(*decisions: str):
    """A decision recording form as a PDF reader gives it: one table per item, lettered field rows, the
    decision cell's lines kept."""
    passages = [Passage(seq=1, kind="heading", text=FORM_TITLE, page=1, section=None, heading=FORM_TITLE),
                Passage(seq=2, kind="paragraph", page=1, section=None, heading=FORM_TITLE,
                        text="Decision determined at the Harbour and Coast Committee meeting on 4 June 2026")]
    for number, decision in enumerate(decisions, start=6):
        rows = [["(a)", "Subject:", f"Harbour works, phase {number} (agenda item {number})"], ["(b)", "Ward:"],
                ["(c)", "Interests declared: none"], ["(d)", "Decision taken\n" + decision],
                ["(e)", "Why: the reasons in the officer's paper."]]
        for cells in rows:
            passages.append(Passage(seq=len(passages) + 1, kind="table_row", text=" | ".join(cells), page=1,
                                    section=None, heading=FORM_TITLE, cells=cells))
    return [d.text for d in find_decisions(passages, committee="Harbour and Coast Committee", title=FORM_TITLE)]


# Numbered items of one resolution are separate decisions however alike their words: the second is no
# copy of the first (an annual business item notes the membership, then each appointment).
@pytest.mark.parametrize("resolution, count", [
    ("RESOLVED: That the Harbour and Coast Committee: 1. Confirmed the members of the Harbour and Coast "
     "Committee for 2026/2027. 2. Confirmed Councillor Jan Pryce as Chair of the Harbour "
     "and Coast Committee for 2026/2027. 3. Confirmed Councillor Obi Laine as Vice-Chair "
     "of the Harbour and Coast Committee for 2026/2027.", 3),
    ("RESOLVED – (a) to approve the Brackenford library opening hours for the winter months of 2026; "
     "(b) to approve the Brackenford library opening hours for the summer months of 2026.", 2),
    ("AGREED: (i) that the Eastmoor leisure centre fees for adult swimming be frozen for 2026/27; "
     "(ii) that the Eastmoor leisure centre fees for junior swimming be frozen for 2026/27 and reviewed.", 2),
])
def test_numbered_items_of_one_resolution_worded_alike_are_each_a_decision(resolution, count):
    found = texts(resolution)
    assert len(found) == count, found


# The same decision written twice in separate passages is still one decision.
def test_a_decision_repeated_in_another_passage_is_still_one():
    found = texts("RESOLVED: That the Eastmoor leisure centre fees for adult swimming be frozen for 2026/27.",
                  "RESOLVED: That the Eastmoor leisure centre fees for adult swimming be frozen for 2026/27.")
    assert len(found) == 1, found


# A delegation whose sentence ends "... to" and is finished by its lettered parts on the lines below is
# one decision, whatever the parts are numbered with.
@pytest.mark.parametrize("decision, parts", [
    ("That the Harbour and Coast Committee:\n1. Approved the outline business case for the quay wall.\n"
     "2. Authorised the Director of Place, once the grant letter arrives, to\na. Draw down the "
     "coastal grant\nb. Let the contracts for the works.",
     ["Authorised the Director of Place", "Draw down the coastal grant", "Let the contracts"]),
    ("That the Committee for Housing:\n1. Noted the report.\n2. Authorised the Head of Housing, in "
     "consultation with the Chair, to\ni. Set the rents for the new homes\nii. Agree the lettings plan with "
     "the housing association.", ["Authorised the Head of Housing", "Set the rents", "Agree the lettings plan"]),
    ("The Committee:\n1. Approved the revised berthing fees.\n2. Delegated authority to the Harbour Master, "
     "once the survey is back, to\n(a) Set the dredging programme for 2027\n(b) Award the dredging contract "
     "within the budget in the report.",
     ["Delegated authority to the Harbour Master", "Set the dredging programme", "Award the dredging contract"]),
])
def test_a_decision_finished_by_its_lettered_parts_is_one_decision(decision, parts):
    found = recording_form(decision)
    assert len(found) == 2, found
    assert all(part in found[1] for part in parts), found


# Items under a lead-in that ends with a colon stay decisions of their own.
def test_items_under_a_colon_stay_separate():
    found = recording_form("The Committee:\n1. Noted the report.\n2. Agreed the following:\na. Adopt the tree "
                           "strategy\nb. Publish the tree register")
    assert len(found) >= 3, found



# "That the Committee notes ..." decides in a record of decisions; minutes quote a report's
# recommendations in the same words, so there it is no decision by itself.
@pytest.mark.parametrize("resolution", [
    "That the Committee for Roads and Parking notes the report and approves the terms of reference.",
    "That the Harbour Board agree the dates of its meetings for 2027.",
    "That the Trustees endorse the reserves policy set out in the appendix.",
])
def test_a_present_tense_resolution_decides_in_a_record_not_in_minutes(resolution):
    record = find_decisions(passages_of(("heading", "Record of Decisions of the Lymeside Council, 2 June 2026"),
                                        ("paragraph", resolution)), committee="the meeting")
    assert [d.text for d in record] == [resolution]
    minutes = texts("The report was presented by the Director. The recommendations are:", resolution)
    assert minutes == [], minutes


def listed(*items):
    return [d.text for d in decisions_of_any_body(*[("list_item", item) for item in items])]


# Minutes that number their paragraphs `25)`, `26)` put a resolution's own list `(1)`, `(2)` under the
# paragraph "26) RESOLVED that the Council:": a list starting at one is the resolution's, each item a
# decision in the third person present ("Endorses", "Notes", "Expects").
@pytest.mark.parametrize("items, expected", [
    (["25) The motion was carried on a show of hands.",
      "26) RESOLVED that the Borough Council:",
      "(1) Endorses the parish councils' part in preparing the local plan",
      "(2) Notes that the plan will go to examination in 2027",
      "(3) Expects residents to be consulted widely before the plan is submitted.",
      "27) The Leader then moved the next motion."],
     ["Endorses the parish councils", "Notes that the plan", "Expects residents"]),
    (["14. RESOLVED that the Council:",
      "(1) Approves the revised Members' Allowances Scheme",
      "(2) Delegates authority to the Head of Legal Services to publish it."],
     ["Approves the revised Members", "Delegates authority to the Head of Legal Services"]),
    (["8) RESOLVED that the Fire Authority:",
      "(i) Agrees the service plan for 2026/27",
      "(ii) Comments on the draft prevention strategy as set out in the minute above."],
     ["Agrees the service plan", "Comments on the draft prevention strategy"]),
])
def test_a_resolutions_own_list_under_a_numbered_paragraph_gives_its_items(items, expected):
    found = listed(*items)
    assert len(found) == len(expected), found
    assert all(any(text.startswith(start) for text in found) for start in expected), found


# "Agreed." under a recorded vote's tally ("For (30)" / names / "Against (2)" / names / "Abstain (0)")
# follows a vote on a motion told above it: the tally line is no proposal.
@pytest.mark.parametrize("tally", [
    [("heading", "For (30)"), ("paragraph", "Mr Ash, Ms Birch"), ("heading", "Against (2)"),
     ("paragraph", "Mr Elm, Mrs Yew"), ("heading", "Abstain (0)")],
    [("paragraph", "For (12)"), ("paragraph", "Cllr Dale, Cllr Fenn"), ("paragraph", "Abstentions (1)")],
    [("heading", "Against [3]")],
])
def test_an_outcome_under_a_vote_tally_is_no_decision_of_the_tally(tally):
    found = decisions_of_any_body(
        ("list_item", "6) A recorded vote was held on the second half of the motion, with this result:"),
        *tally, ("paragraph", "Agreed."))
    assert not any(d.text.split(":")[0].strip() in {text for _kind, text in tally} for d in found), \
        [d.text for d in found]


# A lead-in's numbered items, each its own paragraph, are each a decision however alike their words.
@pytest.mark.parametrize("lead, items", [
    ("That the Harbour and Coast Committee:",
     ["1. Confirmed the members of the Harbour and Coast Committee for 2026/2027.",
      "2. Confirmed Councillor Jan Pryce as Chair of the Harbour and Coast Committee for 2026/2027.",
      "3. Confirmed Councillor Obi Laine as Vice-Chair of the Harbour and Coast Committee for 2026/2027."]),
    ("RESOLVED –",
     ["(a) that the Brackenford library opening hours for the winter months of 2026 be approved;",
      "(b) that the Brackenford library opening hours for the summer months of 2026 be approved."]),
    ("The Panel:",
     ["i. Agreed the Eastmoor leisure centre fees for adult swimming for the year 2026/27 as in Appendix A.",
      "ii. Agreed the Eastmoor leisure centre fees for junior swimming for the year 2026/27 as in Appendix A."]),
])
def test_a_lead_ins_numbered_paragraphs_worded_alike_are_each_a_decision(lead, items):
    found = texts(lead, *items)
    assert len(found) == len(items), found


# The label and its connective alone ("It was APPROVED that;") lead in the lines below; they are no
# decision themselves.
@pytest.mark.parametrize("label", ["It was APPROVED that;", "RESOLVED that –", "It was AGREED that,"])
def test_a_bare_label_and_connective_lead_in_the_numbered_lines(label):
    found = texts("Every member present voted for the proposal. " + label,
                  "1. Approved the outline business case for the quay wall.",
                  "2. Noted the programme for the works in 2027.")
    assert len(found) == 2, found
    assert not any(text.rstrip(" ;,–").lower().endswith("that") for text in found), found


# "RESOLVED that Cabinet note X; and agree to Y": two resolutions in one sentence, parted at "; and <verb>".
@pytest.mark.parametrize("resolution, first, second", [
    ("RESOLVED that Cabinet note the draft capital programme for 2026/27; and agree to consult the "
     "town councils on it before February.", "note the draft capital programme", "agree to consult the town"),
    ("RESOLVED that the Board approve the estates plan; and delegate its delivery to the Chief Operating "
     "Officer.", "approve the estates plan", "delegate its delivery"),
    ("RESOLVED that Council notes the petition on the bus station; and requests a report on the options "
     "by March 2027.", "notes the petition", "requests a report"),
])
def test_a_resolution_of_two_verbs_parted_by_semicolon_and_is_two_decisions(resolution, first, second):
    found = texts(resolution)
    assert len(found) == 2, found
    assert first in found[0] and second in found[1], found


# "RESOLVED that:" and unnumbered paragraphs naming the body and what it does in the present tense.
@pytest.mark.parametrize("label, paragraphs", [
    ("9) RESOLVED that:", ["Members note the progress on the district's tree-planting pledge since 2024.",
                           "Members continue to back the tree wardens and endorse the planting plan for 2027."]),
    ("RESOLVED that:", ["The Council supports the county's bid to host the 2030 games.",
                        "The Council asks the Leader to write to the organisers in support."]),
    ("It was RESOLVED that:", ["Councillors endorse the revised protocol for member and officer relations.",
                               "Councillors agree to review the protocol after one year."]),
])
def test_a_resolution_of_unnumbered_present_tense_paragraphs_gives_each(label, paragraphs):
    found = texts(label, *paragraphs, "The meeting closed at 9.10 pm.")
    assert found == paragraphs, found
