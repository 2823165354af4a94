"""Mends of stop 22's second round (x22), each a general mechanism with fictional examples (own wordings, invented
authorities) and negatives; the causes were found by listing the decisions missed in the real dev papers."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces

COUNCIL_MINUTES = "Minutes of the meeting of Marrowfield County Council held on 19 March 2026"


def texts(found):
    return [" ".join(d.text.split()) for d in found]


def council_minutes(*pieces):
    return texts(find_decisions(passages_from_pieces(("heading", COUNCIL_MINUTES), *pieces), committee="the Council"))


# -- 1. A council motion resolved in parts, each part its own list ------------------------------------------
# "RESOLVED that:" over "This Council believes that:" and its list, a joiner ("And;"), then "This Council agrees
# to call on the Cabinet Member to:" and its list: every item of every part is resolved; the lead-ins and the
# joiner are not decisions, and they do not end the resolution.

BELIEVES = [("paragraph", "This Council believes that:"),
            ("list_item", "a) Fly-tipping on rural verges costs the county more each year."),
            ("list_item", "b) Fines alone have not deterred repeat offenders.")]
CALLS_ON = [("paragraph", "This Council agrees to call on the Cabinet Member for Environment to:"),
            ("list_item", "a) Write to the Home Office asking for tougher penalties for repeat fly-tipping;"),
            ("list_item", "b) Fund two more enforcement officers from the waste reserve.")]
EXPECTED = ["Fly-tipping on rural verges costs the county more each year.",
            "Fines alone have not deterred repeat offenders.",
            "Write to the Home Office asking for tougher penalties for repeat fly-tipping",
            "Fund two more enforcement officers from the waste reserve."]


@pytest.mark.parametrize("label, joiner", [
    ("6. RESOLVED that:", "And;"),
    ("RESOLVED that:", "Further:"),
    ("It was RESOLVED that:", "and,"),
])
def test_a_motion_resolved_in_parts_gives_the_items_of_every_part(label, joiner):
    found = council_minutes(("heading", "41. Motion - Fly-tipping on rural verges"), ("paragraph", label),
                            *BELIEVES, ("paragraph", joiner), *CALLS_ON)
    assert found == EXPECTED, found


def test_other_wordings_of_a_motions_parts_lead_their_lists():
    found = council_minutes(
        ("heading", "12. Motion - Community bus services"), ("paragraph", "RESOLVED that:"),
        ("paragraph", "Council notes:"),
        ("list_item", "(i) the loss of the Sunday service to Hatherby since January;"),
        ("list_item", "(ii) the petition of 2,300 residents asking for it back."),
        ("paragraph", "Council further resolves to:"),
        ("list_item", "(i) ask the operator to restore the Sunday timetable from May;"),
        ("list_item", "(ii) report the operator's reply to the June meeting."))
    assert found == ["the loss of the Sunday service to Hatherby since January",
                     "the petition of 2,300 residents asking for it back.",
                     "ask the operator to restore the Sunday timetable from May",
                     "report the operator's reply to the June meeting."], found


def test_a_motion_only_moved_is_no_resolution():
    # The motion as moved, before the vote: its parts decide nothing until they are resolved.
    found = council_minutes(("heading", "41. Motion - Fly-tipping on rural verges"),
                            ("list_item", "1) Mrs Ince proposed, and Mr Dale seconded the motion that"),
                            *BELIEVES, ("paragraph", "And;"), *CALLS_ON)
    assert not any("Fines alone" in text or "enforcement officers" in text for text in found), found


def test_a_motions_part_with_its_own_sentence_is_no_lead_in():
    # "This Council believes that the depot should stay open." says its belief itself: after the resolution's
    # list it is no new part, and what follows is not the resolution's.
    found = council_minutes(("heading", "9. Motion - Depot"), ("paragraph", "RESOLVED that:"),
                            ("list_item", "a) the depot's lease be renewed for five years."),
                            ("paragraph", "Mr Dale said the depot should stay open."),
                            ("list_item", "b) Members visited the site in February."))
    assert found == ["the depot's lease be renewed for five years."], found


# -- 2. A minutes table's row broken by a page ---------------------------------------------------------------
# A row's minute cell stops mid-sentence at the foot of a page and the next row, with no number of its own, goes
# on with it ("... to allow the Deputy" | "Clerk to sign cheques. This was agreed."): the sentence is whole again
# before the row is read, so the outcome decides all of it, not the half below the break.

from committee_papers.ingest.model import Passage  # noqa: E402

TABLE_MINUTES = "Minutes of the Board of Eastbrook Community Libraries held on 14 May 2026"


def table_rows(*rows, header=("Item", "Minute", "Action")):
    passages = [Passage(1, "heading", TABLE_MINUTES, 1, None, TABLE_MINUTES)]
    for seq, cells in enumerate(rows, start=2):
        passages.append(Passage(seq, "table_row", " | ".join(cells), 1, None, TABLE_MINUTES, cells=list(cells),
                                header=list(header)))
    return texts(find_decisions(passages, committee="the Board"))


@pytest.mark.parametrize("above, below, expected", [
    ("Change of signatories\nAfter the resignation of the Office Manager the Board were asked to sign the bank "
     "mandate form from Fenland Mutual to allow the Deputy",
     "Clerk to sign cheques on behalf of the charity. This was agreed.",
     "After the resignation of the Office Manager the Board were asked to sign the bank mandate form from Fenland "
     "Mutual to allow the Deputy Clerk to sign cheques on behalf of the charity. This was agreed."),
    ("Hall roof\nThe Chair reported that the roof of the reading room needed urgent repair and the Trustees were "
     "invited to accept the quote of £2,400 from Brook",
     "Roofing Ltd for the work. This was approved unanimously.",
     "the Trustees were invited to accept the quote of £2,400 from Brook Roofing Ltd for the work."),
    ("Lending charges\nThe Library Lead explained that the county's reservation charge would rise in June and the "
     "Board were asked to keep the charge to members at the present level of",
     "50p until the next review. Agreed.",
     "the Board were asked to keep the charge to members at the present level of 50p until the next review."),
])
def test_a_row_broken_by_a_page_is_read_as_one_sentence(above, below, expected):
    found = table_rows(("9.", above, "KL"), ("", below, ""))
    assert len(found) == 1 and expected in found[0], found


def test_a_row_above_ending_with_its_items_title_is_not_joined():
    # The row above ends with the title of the item this row minutes: no sentence was broken.
    found = table_rows(("9.", "Reading groups\nThe groups met twice in April.\nOpening hours", "KL"),
                       ("", "The Board agreed to open until 7pm on Thursdays.", ""))
    assert found == ["The Board agreed to open until 7pm on Thursdays."], found


def test_a_row_with_its_own_number_is_not_joined():
    found = table_rows(("9.", "Premises\nThe Chair said the lease on the Mill Street branch ends in 2027 and the "
                              "landlord has asked whether the Board would want to renew it for a further", "KL"),
                       ("10.", "Website\nThe Board agreed to move the website to the county's platform.", ""))
    assert found == ["Website: The Board agreed to move the website to the county's platform."] \
        or found == ["The Board agreed to move the website to the county's platform."], found


# -- 3. What an outcome decides opens with a pronoun ------------------------------------------------------------
# "... this profile was rewritten by the Staffing Committee. This profile can also be used for planning. This was
# agreed.": the sentence before the outcome names its matter only as "this profile" / "it" / "these"; the
# sentences before it, back to the one naming the matter, are part of what was agreed.

@pytest.mark.parametrize("pieces, expected", [
    ([("paragraph", "The Clerk brought a quote for a new bench beside the pond. It would cost £400 and be fitted "
                    "in May. This was agreed.")],
     "The Clerk brought a quote for a new bench beside the pond. It would cost £400 and be fitted in May."),
    ([("paragraph", "Because the post has grown, the Volunteer Lead's job description was rewritten by the "
                    "Staffing Group to add the training of new helpers. This description can also guide "
                    "recruitment next year."), ("paragraph", "Agreed.")],
     "the Volunteer Lead's job description was rewritten by the Staffing Group"),
    ([("paragraph", "Two dates in July were put forward for the summer fete at Quarry Field. These would avoid "
                    "the carnival weekend. This was approved unanimously.")],
     "Two dates in July were put forward for the summer fete at Quarry Field. These would avoid the carnival "
     "weekend."),
])
def test_an_outcome_of_a_sentence_opening_with_a_pronoun_takes_the_sentence_it_points_back_to(pieces, expected):
    found = council_minutes(("heading", "5. Village matters"), *pieces)
    assert len(found) == 1 and expected in found[0], found


def test_a_sentence_naming_its_matter_is_decided_alone():
    found = council_minutes(("heading", "5. Village matters"),
                            ("paragraph", "The Clerk brought a quote for a new bench beside the pond. The bench "
                                          "would cost £400 and be fitted in May. This was agreed."))
    assert found == ["The bench would cost £400 and be fitted in May. This was agreed."], found


def test_a_decision_before_the_pronoun_is_not_taken_again():
    found = council_minutes(("heading", "5. Village matters"),
                            ("paragraph", "The Council agreed to buy a new bench for the pond. It would be fitted "
                                          "in May. This was agreed."))
    assert found[0] == "The Council agreed to buy a new bench for the pond.", found
    assert all(text.count("agreed to buy") <= 1 for text in found), found


# -- 4. A numbered sub-item's title that ends with a stop ------------------------------------------------------
# In a minutes cell's list of decisions, "4. Proposed letter of engagement from the auditors for approval." is
# the sub-item's title though it ends with a stop (no sentence: no verb that makes one); the line below deciding
# "the proposal" is led by it, not by the title of the sub-item before.

@pytest.mark.parametrize("line, outcome, expected", [
    ("2. Proposed hire of the Mill Room to the Art Society for approval.",
     "The Board reviewed and agreed the proposal.",
     "Proposed hire of the Mill Room to the Art Society for approval: The Board reviewed and agreed the proposal."),
    ("2. Draft reserves policy from the Finance Group.",
     "The Board were in agreement with this policy.",
     "Draft reserves policy from the Finance Group: The Board were in agreement with this policy."),
    ("(b) Revised volunteer handbook, for adoption.",
     "These changes were approved by the Board.",
     "Revised volunteer handbook, for adoption: These changes were approved by the Board."),
])
def test_a_numbered_title_ending_with_a_stop_leads_the_outcome_below_it(line, outcome, expected):
    first = "(a) Grounds contract" if line.startswith("(") else "1. Grounds contract"
    cell = f"Decisions\n{first}\nThe Board agreed to renew the grounds contract for a year.\n{line}\n{outcome}"
    found = table_rows(("5.", cell, ""))
    assert found == ["The Board agreed to renew the grounds contract for a year.", expected], found


@pytest.mark.parametrize("line", [
    "2. The reading room was repainted in May.",
    "2. Fees for room hire will rise in June.",
    "2. Agreed the grounds contract.",
])
def test_a_numbered_sentence_is_no_title(line):
    cell = f"Decisions\n1. Grounds contract\nThe Board agreed to renew the grounds contract for a year.\n{line}\n" \
           "The Board reviewed and agreed the proposal."
    found = table_rows(("5.", cell, ""))
    assert not any(text.startswith(line[3:].rstrip(".") + ":") for text in found), found


# -- 5. A body's decision closing a sentence after "and" --------------------------------------------------------
# "She had quoted £100 a riser and the Trustees agreed to fund the first one.": the sentence as a whole decides
# nothing, but its clause after "and" is the meeting's decision.  A short lead (what the decision is about) stays
# with it; a long account before it does not.

@pytest.mark.parametrize("sentence, expected", [
    ("The artist had quoted £90 for each panel and the Trustees agreed to pay for the first panel themselves.",
     "The artist had quoted £90 for each panel and the Trustees agreed to pay for the first panel themselves."),
    ("No second quote had arrived for the fence, and it was agreed that the Clerk should ask two more firms.",
     "No second quote had arrived for the fence, and it was agreed that the Clerk should ask two more firms."),
    ("The Operations Lead is to meet the county's property team when they return from leave to confirm the terms "
     "of the new lease and the Council agreed to stay at the Mill Street site, subject to that meeting.",
     "the Council agreed to stay at the Mill Street site, subject to that meeting."),
])
def test_a_decision_closing_a_sentence_after_and_is_read(sentence, expected):
    found = council_minutes(("heading", "7. Premises and fittings"), ("paragraph", sentence))
    assert found == [expected], found


@pytest.mark.parametrize("sentence", [
    "Hatherby, the secretary has spoken with the group to clarify its rules and the application has been accepted.",
    "Oakley Friends, the chair has sent the signed rules and the application has been accepted subject to bank details.",
    "Westfield, the branch lead has met the group about its rules, and the application has been accepted.",
])
def test_a_matters_acceptance_closing_a_sentence_after_and_is_read(sentence):
    found = council_minutes(("heading", "7. Membership applications"), ("paragraph", sentence))
    assert found == [sentence], found


@pytest.mark.parametrize("sentence", [
    "Following the debate, the Chair put the motion in paragraph 1 and it was agreed unanimously.",
    "Mr Dale and the Treasurer agreed the wording of the letter.",
    "The café had closed in May and the tenant agreed to leave the fittings.",
])
def test_a_closing_and_that_decides_nothing_gives_none(sentence):
    assert council_minutes(("heading", "7. Premises and fittings"), ("paragraph", sentence)) == []


@pytest.mark.parametrize("sentence", [
    "No - the Chair of the Town and Parish Council agreed that the decision could not wait.",
    "A draft of the grounds plan had been reviewed and it was agreed to make further changes from the comments.",
])
def test_an_and_inside_a_name_or_after_an_account_of_earlier_work_gives_no_closing_decision(sentence):
    assert council_minutes(("heading", "7. Premises and fittings"), ("paragraph", sentence)) == []
