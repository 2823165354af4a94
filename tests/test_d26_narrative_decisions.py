"""Mends of stop 24 (d26) in narrative minutes (a provider's or a friends group's board minutes, an AGM), each a
general mechanism with fictional wordings (own words, invented bodies) and negatives; the causes were found by sorting
the missed and extra decisions of the real dev9..dev14 minutes by cause."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces

BOARD_MINUTES = "Minutes of the Board of Eastwick Leisure Trust held on 14 May 2026"


def texts(found):
    return [" ".join(d.text.split()) for d in found]


def board_minutes(*pieces):
    return texts(find_decisions(passages_from_pieces(("heading", BOARD_MINUTES), *pieces), committee="the Board",
                                meeting_date="2026-05-14"))


# -- 1. A decision naming its matter by a pointer is led by its item's title -------------------------------------
# "The Trustees unanimously agreed to accept this proposal.", "... with this review.", "... to adopt this paper",
# "This document was considered and accepted by the Board.", "The Board agreed to adopt the changes.": the pointer
# names the item's matter wherever it stands in the sentence (not only at its end), so the item's title leads it.

@pytest.mark.parametrize("title, sentence", [
    ("Opening hours at Marsh Lane pool", "The Board unanimously agreed to accept this proposal."),
    ("Asset register", "The Directors agreed unanimously with this review."),
    ("Lone working", "The Board agreed to adopt this paper, bar one change to the checklist."),
    ("Shared parental leave", "The Board agreed to adopting this revised policy."),
    ("Volunteer code", "This document was considered and accepted by the Board."),
    ("Service specification", "The Board agreed to adopt the changes."),
    ("Audit Committee terms of reference", "The Board were in agreement and accepted the terms."),
    ("Reserves designation", "The Board unanimously agreed to this proposition."),
    ("Gift aid claims", "Agreed to take this item before the Treasurer's report."),
])
def test_a_decision_naming_its_matter_by_a_pointer_is_led_by_its_items_title(title, sentence):
    found = board_minutes(("heading", f"4. {title}"),
                          ("paragraph", "The Operations Lead presented the paper to the Board."),
                          ("paragraph", sentence))
    assert found == [f"{title}: {sentence}"], found


@pytest.mark.parametrize("sentence", [
    "The Board approved this plan for the new library at Eastwick.",
    "The Board agreed to the changes to the grants policy.",
    "It was agreed that the car park be resurfaced in August.",
])
def test_a_decision_naming_its_matter_itself_stands_as_written(sentence):
    found = board_minutes(("heading", "5. Estates"), ("paragraph", sentence))
    assert found == [sentence], found


# -- 2. A bare resolution label closing its paragraph decides the paragraph ------------------------------------
# "9.4 Priya asked to buy a leaflet rack for £60. AGREED.": the label stands at its paragraph's end, after
# what was put; the paragraph's sentences (back to CONTEXT_WORDS) with the label are the decision, and the label
# opens no list of the numbered paragraphs below it (which report, not decide).

@pytest.mark.parametrize("paragraph, expected", [
    ("9.4 Priya asked to buy a folding display board at a cost of £90 for the foyer. AGREED.",
     "Priya asked to buy a folding display board at a cost of £90 for the foyer. AGREED."),
    ("9.4 The Scouts tabled a poster for the summer fair and asked if it could go on the noticeboard. AGREED",
     "The Scouts tabled a poster for the summer fair and asked if it could go on the noticeboard. AGREED"),
    ("9.4 Two quotes for a new till were received. Mr Dale asked that the lower, from Tillcraft, be taken. "
     "APPROVED.",
     "Two quotes for a new till were received. Mr Dale asked that the lower, from Tillcraft, be taken. APPROVED."),
    # In capitals after a comma closing the paragraph's sentence.
    ("9.4 Ali asked for a chalk A-frame sign costing £45, AGREED.",
     "Ali asked for a chalk A-frame sign costing £45, AGREED."),
    ("9.4 The walking group asked to borrow the urn for the fete in June, APPROVED",
     "The walking group asked to borrow the urn for the fete in June, APPROVED"),
])
def test_a_bare_label_closing_its_paragraph_decides_the_paragraph(paragraph, expected):
    found = texts(find_decisions(passages_from_pieces(
        ("heading", "Minutes of the Trustees of the Friends of Marsh Lane Library held on 4 August 2026"),
        ("heading", "9 Library Manager's Report"),
        ("paragraph", paragraph),
        ("paragraph", "9.5 Craft kits were bought with a donation from the Rotary Club."),
        ("paragraph", "9.6 The author visit is on 15 August and promises to be well attended.")),
        committee="the Trustees", meeting_date="2026-08-04"))
    assert found == [expected], found


@pytest.mark.parametrize("paragraph", [
    "9.4 The urn was borrowed for the fete, as agreed.",
    "9.4 Ali reported that the lift is broken and the County will repair it.",
])
def test_a_paragraph_without_a_closing_label_decides_nothing(paragraph):
    found = texts(find_decisions(passages_from_pieces(
        ("heading", "Minutes of the Trustees of the Friends of Marsh Lane Library held on 4 August 2026"),
        ("heading", "9 Library Manager's Report"),
        ("paragraph", paragraph)),
        committee="the Trustees", meeting_date="2026-08-04"))
    assert found == [], found


def test_a_label_leading_the_list_below_its_title_still_leads_it():
    found = texts(find_decisions(passages_from_pieces(
        ("heading", "Minutes of the Cabinet of Eastwick Borough Council held on 4 August 2026"),
        ("paragraph", "211. ANNUAL LEISURE FEES RESOLVED:"),
        ("paragraph", "1. That the fees in Appendix A be approved."),
        ("paragraph", "2. That the Director review the concessions by March.")),
        committee="Cabinet", meeting_date="2026-08-04"))
    assert found == ["That the fees in Appendix A be approved.", "That the Director review the concessions by March."], \
        found


# -- 3. An assent naming its matter by a pointer takes the ask above it ----------------------------------------
# "The Chair of the Estates Group asked the Board to agree the proposal that ... / The Board agreed unanimously
# with this review.": the ask a few sentences above says what the pointer names; the decision is the ask and the
# assent, led by the item's title.  An ask that leads a list ("... asked the Board to adopt the following
# policies:") names nothing itself.

@pytest.mark.parametrize("ask, assent", [
    ("The Chair of the Estates Group asked the Board to agree the proposal that small equipment is written off in "
     "the year it is bought.", "The Board agreed unanimously with this review."),
    ("The Head of People invited the Directors to approve the revised lone working guidance.",
     "The Directors agreed to adopt this paper."),
    ("Members were asked to endorse a two week closure of Fenby pool for retiling.",
     "Members unanimously agreed to accept this proposal."),
])
def test_an_assent_naming_its_matter_by_a_pointer_takes_the_ask_above_it(ask, assent):
    found = board_minutes(("heading", "6. Operations"),
                          ("paragraph", f"{ask} The Finance Lead said the cost would be met from reserves. {assent}"))
    assert found == [f"Operations: {ask} {assent}"], found


def test_a_pointer_in_a_minutes_cell_takes_the_ask_lines_above_it():
    from committee_papers.ingest.model import Passage
    cell = ("Decisions\n1. Equipment write-off\nThe Chair of the Estates Group asked the Board to agree the proposal "
            "that small equipment is written off in the year it is bought.\nThe auditors were content.\n"
            "The Board agreed unanimously with this review.")
    row = Passage(2, "table_row", "x", 1, None, None, cells=["4.", cell, ""], header=[])
    found = texts(find_decisions(passages_from_pieces(("heading", BOARD_MINUTES)) + [row], committee="the Board",
                                 meeting_date="2026-05-14"))
    assert found == ["Equipment write-off: The Chair of the Estates Group asked the Board to agree the proposal that "
                     "small equipment is written off in the year it is bought. The Board agreed unanimously with this "
                     "review."], found


def test_an_ask_leading_a_list_is_not_what_a_pointer_names():
    found = board_minutes(("heading", "6. Policies"),
                          ("paragraph", "The Chair of the People Committee asked the Board to approve the policies "
                                        "below:"),
                          ("paragraph", "The Board agreed to adopt this policy."))
    assert found == ["Policies: The Board agreed to adopt this policy."], found



# -- 4. Who proposed and seconded a decision, and the vote, are part of it --------------------------------------
# "It was agreed that a costed appraisal be done. This was proposed by AB and seconded by CD. The Board approved
# unanimously.": the sentences after a decision in its paragraph that record its proposer, seconder or the vote
# belong to it (and the bare vote is no decision of its own).

@pytest.mark.parametrize("decision, votes", [
    ("It was agreed that a costed appraisal of the booking system be done.",
     "This was proposed by RT and seconded by MK. The Board approved unanimously."),
    ("The Directors agreed to renew the cleaning contract for a year.", "The Directors agreed unanimously."),
    ("The Board decided to close the café on Mondays from April.",
     "The motion was moved by the Treasurer, and seconded by Mrs Lane."),
])
def test_the_proposer_seconder_and_vote_after_a_decision_are_part_of_it(decision, votes):
    found = board_minutes(("heading", "8. Operations"),
                          ("paragraph", f"The Head of Services gave the background. {decision} {votes}"))
    assert found == [f"{decision} {votes}"], found


@pytest.mark.parametrize("after", [
    "This was proposed by the Clerk at the last meeting and will be reviewed in June.",
    "The Treasurer proposed to publish the accounts online.",
])
def test_a_sentence_that_records_no_vote_stays_out(after):
    found = board_minutes(("heading", "8. Operations"),
                          ("paragraph", f"The Directors agreed to renew the cleaning contract for a year. {after}"))
    assert found[0] == "The Directors agreed to renew the cleaning contract for a year.", found


# -- 5. A decision just after the sentence saying what was discussed is read with it ----------------------------
# "Much discussion took place on the planned cut to the grant. It was decided to wait for the figures.": the
# discussion sentence names the matter the decision after it in its paragraph decides.

@pytest.mark.parametrize("discussion, decision", [
    ("Much discussion took place on the planned 8% cut to the grant and what it might mean.",
     "It was decided to settle nothing until the figures were known."),
    ("Discussions took place regarding the raffle account and the fact it is held apart.",
     "Agreed to move the funds into the main account."),
    ("A lengthy discussion was held about the car park charges for hirers.",
     "It was agreed to keep them at £2 until April."),
])
def test_a_decision_after_what_was_discussed_is_read_with_it(discussion, decision):
    found = board_minutes(("heading", "7. Finance"), ("paragraph", f"7.1 {discussion} {decision}"))
    assert found == [f"{discussion} {decision}"], found


def test_a_decision_after_another_kind_of_sentence_stands_alone():
    found = board_minutes(("heading", "7. Finance"),
                          ("paragraph", "7.1 The Treasurer reported the balance. It was agreed to keep the float at "
                                        "£50."))
    assert found == ["It was agreed to keep the float at £50."], found


# -- 6. A recommendation put to the meeting is what its bare assent decides -------------------------------------
# "This paper recommended the delegation of X to Y. / The Board were in full agreement.": a recommendation put to
# the meeting asks it to decide (part asks_the_body), and "The Board were in full agreement." on a line of its own
# assents to it (outcome line assent_to_this).

@pytest.mark.parametrize("ask, matter", [
    ("This paper recommended the delegation of room bookings to the Centre Manager.",
     "the delegation of room bookings to the Centre Manager."),
    # (the proposer is dropped before "that", as for any proposal)
    ("The Chair of the Estates Group recommended to the Board, after its last meeting, that the roof be patched.",
     "the roof be patched."),
    ("The Treasurer asked the Directors to agree a later closing time in summer.", "a later closing time in summer."),
])
def test_a_bare_full_agreement_decides_the_recommendation_above_it(ask, matter):
    from committee_papers.ingest.model import Passage
    cell = f"Decisions\n1. Centre matters\n{ask}\nThe Board were in full agreement."
    row = Passage(2, "table_row", "x", 1, None, None, cells=["4.", cell, ""], header=[])
    found = texts(find_decisions(passages_from_pieces(("heading", BOARD_MINUTES)) + [row], committee="the Board",
                                 meeting_date="2026-05-14"))
    assert len(found) == 1 and found[0].endswith(f"{matter} The Board were in full agreement."), found


def test_a_bare_full_agreement_after_a_report_decides_nothing():
    from committee_papers.ingest.model import Passage
    cell = ("Decisions\n1. Centre matters\nThe Centre Manager reported that the roof had been patched.\n"
            "The paper recommended the following:\nThe Board were in full agreement.")
    row = Passage(2, "table_row", "x", 1, None, None, cells=["4.", cell, ""], header=[])
    found = texts(find_decisions(passages_from_pieces(("heading", BOARD_MINUTES)) + [row], committee="the Board",
                                 meeting_date="2026-05-14"))
    assert not any("reported that the roof" in text or "recommended the following" in text for text in found), found


# (v26) A label closing its paragraph reaches back no further than the sentences no decision of the paragraph took:
# the decision before it stands alone, and what the label closes is read from the sentences after it.
@pytest.mark.parametrize("decided, put", [
    ("The Trustees agreed to buy a new kettle for the kitchen.", "Sam asked for a sign at £20. AGREED."),
    ("It was agreed to renew the insurance.", "Sam asked for a noticeboard at a cost of £20, AGREED."),
    ("The Trustees approved the accounts.", "The Scouts asked to borrow the hall on Sunday. APPROVED"),
])
def test_a_closing_label_does_not_reach_back_into_a_decision_before_it(decided, put):
    found = texts(find_decisions(passages_from_pieces(
        ("heading", "Minutes of the Trustees of the Friends of Marsh Lane Library held on 4 August 2026"),
        ("heading", "9 Library Manager's Report"),
        ("paragraph", f"{decided} {put}")),
        committee="the Trustees", meeting_date="2026-08-04"))
    assert found == [decided, put], found
