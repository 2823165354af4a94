"""Round d19: decisions in minutes of many kinds of body (boards, trustees, parish councils, NHS
committees, treasury and working groups), as general patterns with fictional wordings and negatives.

* An ask to the meeting, then a bare assent a few sentences on: the ask is what was decided, past the
  background told in between (parts asks_the_body, assents_to_this; extract/decisions.py _ask_before).
  An assent naming its matter as its item ("... with this proposal.", "... with these changes.") under an
  item's title stays led by that title (tests/test_decision_items.py, test_board18_small_body_minutes.py).
* Who holds which role, settled by the meeting: one frame (sentences role_assigned) for a term of office,
  an appointment, a co-option and an invitation to join the body in a role.
* A meeting note (a working group's, a treasury or officer group's) says it records a meeting by its
  attendance and its heading over what was discussed (minute_evidence discussion_summary_heading); a body
  reviewing a policy and keeping it unchanged decides (sentences reviewed_unchanged); a thing's former name
  ("(previously the Growth Fund)") is no earlier decision (not_decisions earlier_decision).
* An outcome after a semicolon ("...had been made; these were accepted and the new version was adopted."):
  the clause before it is what it decides, the whole sentence the decision.
* Small bodies' note forms: a motion "Proposed RT, seconded MK and agreed that ..." (moved_and_decided), an
  assent "agreed in principle by the Trustees, with JB to take the lead" (outcome_sentence), and whatever
  was agreed named in full before "was agreed." (sentences passive_agreed).
* A bare outcome that names its matter by a pronoun ("These were agreed as a true record.", "This request
  was discussed and approved.") as the first line under a minutes cell's title line: the title says what.
"""
from __future__ import annotations

import pytest

from committee_papers.extract.decision_documents import is_decision_document
from committee_papers.extract.decision_rules import rules
from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces

from test_board18_small_body_minutes import table_minutes, texts


# -- an ask to the meeting, decided by a bare assent a few sentences on -----------------------------

@pytest.mark.parametrize("paragraph, asked, assent, background", [
    # a charity's trustees: the ask, two sentences of background, the assent
    ("The Chair of the Estates Group asked the Trustees to approve the new boiler contract, which the group "
     "had agreed at its last meeting. The boiler is fifteen years old. Two quotes were received. "
     "The Trustees were in agreement with this.",
     "asked the Trustees to approve the new boiler contract", "in agreement with this", "fifteen years old"),
    # a parish council: members asked, the assent as "This was agreed."
    ("Members were asked to endorse the allotment rules for 2027. The rules add a limit on bonfires. "
     "This was agreed.",
     "asked to endorse the allotment rules", "This was agreed", "bonfires"),
    # an NHS committee: approval sought, the assent going on to say what next
    ("The Director of Estates sought the Committee's approval for a second car park at the Moorside site. "
     "The land is already owned by the trust. The Committee agreed with this and asked for a progress "
     "report in March.",
     "sought the Committee's approval for a second car park", "asked for a progress report", "already owned"),
])
def test_an_assent_decides_the_ask_a_few_sentences_above_it(paragraph, asked, assent, background):
    found = texts(paragraph)
    assert len(found) == 1, found
    assert asked in found[0] and assent in found[0] and background not in found[0], found


@pytest.mark.parametrize("cell, asked, background", [
    ("Lettings\nThe Treasurer asked the Board to accept the new lettings charges, as agreed at the resources "
     "group in May.\nThe charges rise by 3%. Community groups keep their discount.\n"
     "The Board were in agreement with this.",
     "asked the Board to accept the new lettings charges", "rise by 3%"),
    ("Minibus\nThe Transport Lead invited the Directors to approve the sale of the old minibus.\n"
     "It has failed its last two inspections.\nAll Directors were in agreement.",
     "invited the Directors to approve the sale of the old minibus", "inspections"),
])
def test_in_a_minutes_cell_the_assent_decides_the_ask_lines_above(cell, asked, background):
    found = [d.text for d in table_minutes(cell)]
    assert len(found) == 1, found
    assert asked in found[0] and background not in found[0], found


def test_an_invitation_to_speak_is_no_ask_to_decide():
    found = texts("The Chair invited Ms Rai to present the report. The report set out a new rota for the "
                  "reception desk. The Board were in agreement with this.")
    assert len(found) == 1 and "invited Ms Rai" not in found[0], found


def test_an_ask_far_above_the_assent_is_not_taken():
    found = texts("The Treasurer asked the Board to approve the reserves policy. The policy holds three months of "
                  "costs. The bank rate has fallen. The building needs a new roof. The café lost money in May. "
                  "Volunteers want a new rota. This was agreed.")
    assert not any("reserves policy" in text for text in found), found


@pytest.mark.parametrize("paragraph", [
    "The Treasurer asked the Board whether the figures were clear. Members discussed the figures.",
    "Mr Bell asked about the state of the roof. The Clerk said a survey was booked.",
    "The Board was asked to note the report. Members asked about the waiting list.",
])
def test_questions_and_asks_with_no_assent_decide_nothing(paragraph):
    assert texts(paragraph) == []


# -- who holds which role: one frame ----------------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    # a charity's board filling a vacancy by invitation
    "After the Treasurer stood down, the Trustees have invited two volunteers to join as "
    "Trustees of the charity.",
    # a parish council's co-option told as an invitation to become a member
    "The Parish Council invited Mrs Ola Reeve to become a member of the Council.",
    # an NHS board's appointment, passive
    "Dr Helen Marsh was appointed as Vice-Chair of the Quality Committee.",
    # a friends group's officer carrying on for a stated term
    "Ann Cole will continue as Treasurer until the annual meeting.",
])
def test_roles_settled_by_the_meeting_are_decisions(paragraph):
    assert texts(paragraph) == [paragraph]


def test_the_role_frame_in_a_minutes_cell():
    found = [(d.rule, d.text) for d in table_minutes(
        "Board vacancies\nDue to the retirement of Ray Dunn the Board has invited Sita Rao to become a Director "
        "of the Trust.\nShe will be offered an induction.")]
    assert found == [("role_assigned", "Due to the retirement of Ray Dunn the Board has invited Sita Rao to become "
                                       "a Director of the Trust.")], found


@pytest.mark.parametrize("paragraph", [
    "The Chair invited Ms Rai to present the report.",
    "The Board invited Cllr Dunn to join the meeting for the next item.",
    "The Clerk will act as returning officer at the May election.",
    "Cllr Ray, who was appointed in May, asked about the bus shelter.",
    "Mr Hill had been appointed as Treasurer at the last AGM.",
])
def test_tasks_invitations_to_speak_and_past_appointments_are_no_roles_settled(paragraph):
    assert texts(paragraph) == []


# -- a bare outcome first under a minutes cell's title line ----------------------------------------------

@pytest.mark.parametrize("cell, decision", [
    ("Minutes of the meeting of 3 March\nThese were approved as a correct account of the discussions.",
     "Minutes of the meeting of 3 March: These were approved as a correct account of the discussions."),
    ("Allotment tenancy request from the Scout group\nThis request was discussed and approved unanimously.",
     "Allotment tenancy request from the Scout group: This request was discussed and approved unanimously."),
    ("Grant to the Scout Group\nThis was approved.", "Grant to the Scout Group: This was approved."),
])
def test_a_bare_outcome_under_a_cells_title_line_is_led_by_the_title(cell, decision):
    assert [d.text for d in table_minutes(cell)] == [decision]


@pytest.mark.parametrize("cell", [
    "Minutes of the meeting of 3 March\nThese were circulated before the meeting.",
    "Grant to the Scout Group\nThe Treasurer will bring figures in June.\nThis was discussed.",
    "Church hall roof\nIt was lost on a vote of four to three.",
])
def test_discussion_or_a_lost_vote_under_a_title_line_decides_nothing(cell):
    assert [d.text for d in table_minutes(cell)] == []


# -- a meeting note: attendance and a heading over the discussion -----------------------------------------

def _note(*pieces):
    return passages_from_pieces(("heading", "Pension Fund Working Group 3 June 2026"), *pieces)


@pytest.mark.parametrize("attendance, summary", [
    ("Attendance:", "Discussion Summary:"),
    ("Attendees", "Summary of discussion"),
    ("Attending: R Cole, S Dyer, T Amis", "Key points discussed"),
])
def test_a_meeting_note_with_attendance_and_a_discussion_heading_gives_decisions(attendance, summary):
    passages = _note(("heading", attendance), ("paragraph", "Ann Reed (Chair), Tom Hale, Sue Marr"),
                     ("heading", summary),
                     ("list_item", "Officers presented the quarterly cash flow forecast."),
                     ("list_item", "The Group revisited the lending limits in the cash policy and no changes "
                                   "were needed."),
                     ("list_item", "The Group noted the new name of the Moorside Fund (previously the Growth Fund)."))
    assert is_decision_document(passages) in ("minute_evidence", "attendance_block")
    found = [d.text for d in find_decisions(passages, committee="Pension Fund Working Group")]
    assert found == ["The Group revisited the lending limits in the cash policy and no changes were needed.",
                     "The Group noted the new name of the Moorside Fund (previously the Growth Fund)."], found


def test_a_report_with_a_summary_of_discussion_alone_is_no_record_of_a_meeting():
    passages = passages_from_pieces(("heading", "Report to Cabinet: Library opening hours"),
                                     ("heading", "Summary of discussion"),
                                     ("paragraph", "Residents asked for later opening on Thursdays."))
    assert is_decision_document(passages) is None


@pytest.mark.parametrize("text", ["Summary of the consultation responses", "Summary",
                                  "The discussion points raised by residents are set out in Appendix B."])
def test_other_summaries_are_no_discussion_heading(text):
    rule = next(r for r in rules().minute_evidence if r.id == "discussion_summary_heading")
    assert not rule.regex.search(text)


@pytest.mark.parametrize("paragraph", [
    "The Trustees approved the lease of Ashby Road Hub, previously known as the Old Library.",
    "The Board noted the change of name for the Estates Group, previously the Buildings Panel.",
])
def test_a_former_name_is_no_earlier_decision(paragraph):
    assert texts(paragraph) == [paragraph]


def test_a_decision_told_as_earlier_is_still_no_decision():
    assert texts("The Board previously agreed to review the policy every year.") == []


# -- an outcome after a semicolon decides the clause before it ---------------------------------------------

@pytest.mark.parametrize("paragraph", [
    # a charity: changes made, then accepted in the same sentence
    "Revised volunteer handbook: the changes from the spring review had been made; these were accepted and "
    "the new edition was adopted.",
    # a parish council: a quote circulated, then agreed
    "The Clerk had circulated the new grass-cutting quote of £2,400 a year; this was agreed.",
    # a sports club committee: applications, then all approved
    "Three applications for junior membership were received; all were approved.",
])
def test_an_outcome_after_a_semicolon_decides_the_clause_before_it(paragraph):
    assert texts(paragraph) == [paragraph]


@pytest.mark.parametrize("paragraph", [
    "The café had been closed for a week; this was due to staff illness.",
    "Members asked about the leaking roof; the Clerk would find out the cost.",
    "A motion to close the bar on Sundays was put; this was lost.",
])
def test_a_clause_after_a_semicolon_that_decides_nothing_is_no_decision(paragraph):
    assert texts(paragraph) == []


# -- small bodies' note forms --------------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph, decision", [
    # a friends group: the motion in note form mid-item
    ("5. Events: the author visit in October was discussed. Proposed RT, seconded MK and agreed that the society "
     "fund the visit up to £80. Posters will go up in September.",
     "Proposed RT, seconded MK and agreed that the society fund the visit up to £80."),
    # a residents' association: whatever was agreed, in full, then "was agreed"
    ("6. Summer fair: the date was set by the school. Also, a raffle at the fair with prizes from local shops was "
     "agreed. JB will ask the shops.",
     "Also, a raffle at the fair with prizes from local shops was agreed."),
    # a PTA: a question put, agreed in principle with who leads
    ("7. Fundraising: could a working party be set up to plan the centenary? This was agreed in principle by "
     "the committee, with JB to take the lead.",
     "This was agreed in principle by the committee, with JB to take the lead."),
])
def test_small_bodies_note_forms_decide(paragraph, decision):
    found = texts(paragraph)
    assert len(found) == 1 and decision in found[0], found


@pytest.mark.parametrize("paragraph", [
    "Members asked whether the date of the fair was agreed.",
    "The Chair said the new rota was approved.",
    "The budget, which was approved in March, is on track.",
    "A motion was proposed by RT but was not seconded.",
])
def test_questions_reports_and_clauses_of_an_agreement_decide_nothing(paragraph):
    assert texts(paragraph) == []


# -- an assent to "this decision" takes the sentences just before it that say what ---------------------------

def test_an_agreement_with_this_decision_takes_the_sentence_before_it():
    found = texts("7. Payroll service – meetings with three suppliers were held in May and June and the last closes on "
                  "30 June with a report to follow from the finance lead on costs. Keeping the county's payroll for one "
                  "more year is the cautious course. The Trustees confirmed their agreement with this "
                  "decision.")
    assert len(found) == 1 and found[0].endswith(
        "Keeping the county's payroll for one more year is the cautious course. The Trustees confirmed "
        "their agreement with this decision.") and "suppliers" not in found[0], found


def test_a_delegation_to_give_effect_to_this_decision_is_not_led_by_its_title():
    found = texts("Authorised the Head of Legal Services to complete the agreements needed to give effect to this "
                  "decision.")
    assert found == ["Authorised the Head of Legal Services to complete the agreements needed to give effect to this "
                     "decision."], found


def test_an_assent_naming_this_proposal_under_a_title_line_is_led_by_the_title_not_the_ask():
    found = [d.text for d in table_minutes(
        "Hall hire\nThe Bookings Secretary asked the Committee to raise the evening rate to £18 an hour.\n"
        "The Committee were in agreement with this proposal.")]
    assert found == ["Hall hire: The Committee were in agreement with this proposal."], found
