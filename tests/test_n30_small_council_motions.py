"""Mend of stop 25 round 2 (n30) in small councils' minutes: a motion recorded with its proposer and seconder is the
council's decision however it is worded (decisions.yml sentences seconded_nomination: nominated or moved as well as
proposed, "It was proposed by A and seconded by B that ...", "It was proposed that/to ... by A, seconded by B",
what was moved as the subject, "A proposed to approve ..., seconded by B", "A proposed its adoption, seconded B"),
and the proposer, seconder and tally written after a decision are part of it (parts vote_after: "Proposed. Cllr A,
Seconded Cllr B, all in favour.", "It was proposed by A, seconded by B, all agreed.").  Fictional parish, town and
community councils in own words; the cause was found by sorting the real dev minutes' missed decisions by cause
(parish councils of three publishers and two friends' and library boards write motions so)."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces

HEADING = "Minutes of the meeting of Ashcombe Parish Council held on Tuesday 10 March 2026"


def decisions_of(*paragraphs):
    pieces = [("heading", HEADING)] + [("paragraph", p) for p in paragraphs]
    return [" ".join(d.text.split()) for d in find_decisions(passages_from_pieces(*pieces), committee="the Council",
                                                              meeting_date="2026-03-10")]


@pytest.mark.parametrize("sentence", [
    "JT nominated and RK seconded that Mary Hill be elected Treasurer for the coming year.",
    "Precept: It was proposed by T. Harding and seconded by P. Lowe that the precept for 2026/27 be £4,100 - "
    "agreed",
    "It was proposed that Cllr Ash continue as Mayor by Cllr Bell, seconded by Cllr Dunn, 6 agreed, 1 abstained.",
    "It was proposed to pay the invoices as listed by Cllr Dunn, seconded by Cllr Ash, all were in favour.",
    "Cllr Dunn as Vice Chair was nominated by Cllr Ash and Seconded by Cllr Cole, five were in favour, one abstained.",
    "The adoption of the revised financial regulations was proposed by Cllr Bell, and seconded by Cllr Cole, all "
    "were in favour.",
    "Mrs Vaughan proposed to approve the asset register without changes, which Mr Lloyd seconded, all were in "
    "favour.",
    "The Community Council had received the internal auditor's report, Cllr Rees proposed its approval, seconded "
    "Cllr Hughes, all were in favour.",
    "The Council had received the asset register, which was approved in full following review, proposed by Cllr Vance, "
    "seconded by Cllr Hope, 5 agreed, 1 abstained.",
    "The hall hire form was formally approved as drafted, proposed by Mrs Dunn, seconded by Mr Kay, all in favour.",
])
def test_a_seconded_motion_is_the_councils_decision(sentence):
    assert decisions_of(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The motion was proposed by Cllr Ames and seconded by Cllr Lee.",
    "It was proposed by Cllr Ash and seconded by Cllr Bell that the hall fees rise, but on a vote the motion was "
    "defeated.",
    "The motion proposed by Cllr Ash and seconded by Cllr Bell to close the car park was lost.",
    "Cllr Cole proposed that the bench be moved to the green, but nobody seconded it and it fell.",
    "Cllr Cole proposed to move the bench to the green.",
    "Proposed Cllr Orr, seconded Cllr Pike, all in favour.",
    "After debate, the recommendations in the report were moved by Councillor Vale and seconded by Councillor Orr.",
    "The Chair noted the concerns raised, proposed by Cllr Vance, seconded by Cllr Hope.",
    "It was moved by Cllr Ince and seconded by Cllr Roe that the allotment rents stay at £30.",
])
def test_a_motion_lost_unseconded_or_naming_nothing_is_no_decision(sentence):
    assert decisions_of(sentence) == []


@pytest.mark.parametrize("decision, vote", [
    ("The minutes of the meeting held on 3 February 2026 were approved as a true record.",
     "Proposed. Cllr Orr, Seconded Cllr Pike, all in favour."),
    ("The minutes of the meeting held on 3 February 2026 were approved as a true record.",
     "Proposed Mrs Hale, seconded T. Orr, 4 agreed and 2 abstained."),
    ("The Town Council approved the hall insurance renewal of £610 for the year.",
     "It was proposed by Cllr Orr, seconded by Cllr Pike, all agreed."),
])
def test_the_proposer_seconder_and_tally_after_a_decision_are_part_of_it(decision, vote):
    assert decisions_of(f"{decision} {vote}") == [f"{decision} {vote}"]


# -- a planning application the council commented on ----------------------------------------------------------------
# (decisions.yml sentences planning_comment, outcome_lines planning_comment_after: parish and community councils list
# the applications they were consulted on with their comment, the council's decision on each.)

@pytest.mark.parametrize("paragraph", [
    "DM/2026/00412 – Barn conversion, Ivy Farm, Tregarn – Approval recommended.",
    "26/00311/F Rose Cottage Church Lane Ashcombe Single storey rear extension NO OBJECTION",
    "31/26 P/25/0788/HOU 4 Mill Row, Lowfield: new dormer window - no objections.",
    "26/00587/LB Listed building consent: new shutters at Holly Lodge, Mill Lane No comments or objections, Cllr Orr "
    "proposing and Cllr Pike seconding, all in favour.",
    "26/00412/F Planning application: two storey extension at Mill House, Ashcombe. No comments or objections, "
    "Cllr Orr proposing and Cllr Pike seconding, all in favour.",
])
def test_a_planning_application_with_the_councils_comment_is_a_decision(paragraph):
    assert decisions_of(paragraph) == [paragraph]


@pytest.mark.parametrize("paragraph", [
    "DM/2026/00412 – Barn conversion, Ivy Farm – a site visit will be arranged for Cllr Parr.",
    "The Clerk reported that application 26/00311/F had no objections from neighbours and will be decided in May.",
])
def test_a_planning_application_without_the_councils_comment_is_no_decision(paragraph):
    assert decisions_of(paragraph) == []


def test_minutes_checked_for_accuracy_and_content_and_agreed_are_confirmed():
    sentence = "The draft minutes of the January meeting were reviewed for accuracy and content, and adopted."
    assert decisions_of(sentence) == [sentence]


# -- "Cllrs" as the deciding body -------------------------------------------------------------------------------------
# (decisions.yml vocabulary body: small councils shorten councillors to "Cllrs".)

@pytest.mark.parametrize("sentence", [
    "Cllrs agreed to pursue the listing of the hall as an asset of community value.",
    "After discussion Cllrs agreed the grant could be carried forward to April.",
    "All Cllrs were in agreement that the bus shelter be replaced.",
])
def test_councillors_shortened_to_cllrs_decide_as_the_council(sentence):
    assert decisions_of(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Cllrs Ash and Bell agreed to walk the footpath before the next meeting.",
    "Cllrs were asked to read the report before the next meeting.",
])
def test_named_councillors_or_a_request_to_cllrs_is_no_decision(sentence):
    assert decisions_of(sentence) == []
