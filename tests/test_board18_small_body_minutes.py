"""Round board18: decisions in the minutes of boards, AGMs, trustees and small committees, as their
minutes write them (a minutes table whose cells hold an item's lines, a bare assent after a proposal,
decisions stated by a person, an election).  Fictional bodies only, through find_decisions."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from committee_papers.ingest.model import Passage

from test_decisions import decisions_of_any_body

MINUTES_TITLE = "Minutes of the Board meeting"


def texts(*paragraphs):
    return [d.text for d in decisions_of_any_body(*[("paragraph", p) for p in paragraphs])]


def table_minutes(*rows, committee="the meeting"):
    """Minutes laid out as a table, as a PDF reader gives them: one row per item, its number in the first
    cell and the item's lines (title, discussion, outcome) in the second."""
    passages = [Passage(seq=1, kind="heading", text=MINUTES_TITLE, page=1, section=None, heading=MINUTES_TITLE)]
    for number, cell in enumerate(rows, start=1):
        cells = [f"{number}.", cell]
        passages.append(Passage(seq=len(passages) + 1, kind="table_row", text=" | ".join(cells), page=1,
                                section=None, heading=MINUTES_TITLE, cells=cells))
    return find_decisions(passages, committee=committee, title=MINUTES_TITLE)


# -- an outcome on the cell's line after the proposal's line ------------------------------------

@pytest.mark.parametrize("cell, proposed, outcome", [
    # a leisure trust's board: the proposal on one line, its second part and the vote on the next
    ("Swim school fees\nIt was proposed that the junior swim fees rise by 2% from September and the adult "
     "fees stay as they are.\nThe concession for carers would be looked at again in spring. This was passed "
     "unanimously.", "junior swim fees rise by 2%", "This was passed unanimously."),
    # a charity's trustees: the group's proposal, the bare assent on a line of its own
    ("Volunteer handbook\nThe handbook has been redrafted by the volunteers' group.\nThe group proposed that "
     "the handbook is adopted for a trial year.\nAll were in agreement.",
     "adopted for a trial year", "All were in agreement."),
    # an ICB committee: a member's suggestion, the outcome on the line below it
    ("Estates group membership\nDr Osei suggested that the estates group take one member from each "
     "place partnership.\nThis was agreed.",
     "one member from each place partnership", "This was agreed."),
])
def test_an_outcome_line_in_a_minutes_cell_decides_the_proposal_on_the_line_before(cell, proposed, outcome):
    found = [d.text for d in table_minutes(cell)]
    assert len(found) == 1, found
    assert proposed in found[0] and outcome in found[0], found


@pytest.mark.parametrize("cell, decision", [
    ("Lettings policy\nThe Chair of the Resources Committee asked the Board to adopt the revised policy.\n"
     "The Directors were unanimously in agreement with this proposal.",
     "Lettings policy: The Directors were unanimously in agreement with this proposal."),
    ("Minibus replacement\nThe Treasurer set out the three quotes received.\n"
     "The Trustees were in agreement with this proposal.",
     "Minibus replacement: The Trustees were in agreement with this proposal."),
    ("Winter pressures plan\nThe Director described the extra beds planned for January.\n"
     "The Committee was unanimously in agreement with this proposal.",
     "Winter pressures plan: The Committee was unanimously in agreement with this proposal."),
])
def test_an_assent_after_a_line_that_proposes_nothing_is_led_by_its_items_title(cell, decision):
    assert [d.text for d in table_minutes(cell)] == [decision]


def test_a_cell_line_that_decides_by_itself_is_not_joined_to_the_line_before():
    found = [d.text for d in table_minutes(
        "Reserves\nThe Treasurer reported the reserves stood at four months of costs.\n"
        "The Board approved the reserves policy for 2026/27.")]
    assert found == ["The Board approved the reserves policy for 2026/27."], found


# -- a bare assent decides the sentence before it; alone it decides nothing ----------------------

@pytest.mark.parametrize("proposal, assent", [
    ("Mrs Kaur proposed that the parish council's grants panel meet in March and September.", "All were in agreement."),
    ("The Chair asked that the leisure trust publish its board papers a week before each meeting.",
     "Everyone was in agreement."),
    ("Dr Nwosu proposed that the trust board hold its annual meeting in the new outpatient hall.",
     "All present were in favour."),
])
def test_a_bare_assent_decides_the_proposal_before_it(proposal, assent):
    found = texts(f"{proposal} {assent}")
    assert len(found) == 1 and assent in found[0], found
    assert proposal.split()[-2] in found[0]


@pytest.mark.parametrize("assent", ["All were in agreement.", "The Trustees were in full agreement.",
                                    "Members were agreed."])
def test_a_bare_assent_alone_is_no_decision(assent):
    assert texts(assent) == []


@pytest.mark.parametrize("sentence, kept", [
    # the proposal names its matter only as "they" / "it": the words before the proposer say what
    ("The grants criteria were revised by the Finance Panel and the Vice-Chair asked that they be adopted by "
     "the Council. All were in agreement.", "grants criteria were revised"),
    ("A new rota for the Saturday opening was drawn up and Ms Dale proposed that it start in June. "
     "This was agreed.", "rota for the Saturday opening"),
    ("The lettings policy was redrafted after the survey and the Vice-Chair moved that it be approved. "
     "This was carried.", "lettings policy was redrafted"),
])
def test_a_proposal_naming_its_matter_by_a_pronoun_keeps_its_whole_sentence(sentence, kept):
    found = texts(sentence)
    assert len(found) == 1 and kept in found[0], found


# -- "It was agreed ..." decides its sentence and the sentences stating its terms ----------------

@pytest.mark.parametrize("paragraph, decision", [
    # a parish council: what follows tells how it will be done, by whom
    ("It was agreed to put a second bench by the pond. The Clerk can order one from the usual supplier and "
     "Cllr Marsh will ask the school to paint it.", "It was agreed to put a second bench by the pond."),
    # a charity's trustees: the next sentence turns to another matter
    ("It was also agreed to advertise for a new Treasurer in the spring newsletter. Given how much Sam has done "
     "for the website, the Trustees thanked him.",
     "It was also agreed to advertise for a new Treasurer in the spring newsletter."),
    # a trust board: the next sentence reports a discussion
    ("It was agreed that the ward visiting trial continue until March. Dr Lowe described the feedback from "
     "families.", "It was agreed that the ward visiting trial continue until March."),
])
def test_it_was_agreed_decides_its_own_sentence_not_the_telling_after_it(paragraph, decision):
    assert texts(paragraph) == [decision]


@pytest.mark.parametrize("paragraph", [
    # the terms of the decision, as reported speech gives them
    "It was agreed that the Chair reply to the petitioners. The reply would set out the points raised by members.",
    "It was agreed to hold the second half of the meeting in private. Its papers would go to trustees only.",
    "It was agreed that the leisure trust open a hardship fund. It was agreed further that the fund shall be "
    "held by the Treasurer.",
])
def test_it_was_agreed_keeps_the_sentences_that_state_its_terms(paragraph):
    assert texts(paragraph) == [paragraph]


# -- "Agreed ..." as a sentence of its own, and the request it answers ---------------------------

@pytest.mark.parametrize("paragraph, decision", [
    # a library friends' group: the request, then the answer naming it only by a pronoun
    ("The bowls club have requested that we lend them our gazebo for the summer fete. Agreed that we would "
     "lend it for one weekend only.",
     "The bowls club have requested that we lend them our gazebo for the summer fete. Agreed that we would "
     "lend it for one weekend only."),
    # a town council: a member's question, then what was agreed
    ("Cllr Pike asked if the town council could fund a defibrillator at the pavilion. Agreed she could "
     "get three quotes.",
     "Cllr Pike asked if the town council could fund a defibrillator at the pavilion. Agreed she could get "
     "three quotes."),
    # a leisure trust's board: a report, then a decision that names its own matter
    ("The Duty Manager advised that the sauna heater had failed twice. Agreed that we should buy a new heater "
     "for £900.", "Agreed that we should buy a new heater for £900."),
])
def test_an_agreed_sentence_after_others_is_a_decision_led_by_the_request_it_answers(paragraph, decision):
    assert texts(paragraph) == [decision]


@pytest.mark.parametrize("paragraph", [
    "The Treasurer reported that the accounts were with the examiner. Noted the examiner is a volunteer.",
    "The Clerk said the hall was booked. Agreed by all present that it was a good venue for the fair.",
    "Mrs Dean described the visit. Approved in principle at the last meeting, the scheme is now costed.",
])
def test_other_sentences_opening_with_an_outcome_word_mid_paragraph_are_no_decision(paragraph):
    assert texts(paragraph) == []


# -- appointments and elections -----------------------------------------------------------------

@pytest.mark.parametrize("cell, names", [
    # a society's AGM: the lead-in, then one elected director a line
    ("Election of directors\nThe following directors were elected by the members:\nAnn Cole (Eastbrook)\n"
     "Raj Patel (Millford)\nTom Wise (Harrowby)", ["Ann Cole (Eastbrook)", "Raj Patel (Millford)", "Tom Wise (Harrowby)"]),
    # a parish council's annual meeting
    ("Appointments\nThe following councillors were elected to the Planning Committee:\nCllr Joan Ames\n"
     "Cllr Peter Lyle", ["Cllr Joan Ames", "Cllr Peter Lyle"]),
    # a leisure trust's board
    ("Board membership\nThe following trustees were re-elected for three years:\nMs Ruth Kane\nMr Ade Bello",
     ["Ms Ruth Kane", "Mr Ade Bello"]),
])
def test_an_election_lead_in_in_a_minutes_cell_keeps_the_names_listed_under_it(cell, names):
    found = [d.text for d in table_minutes(cell)]
    assert len(found) == 1, found
    assert all(name in found[0] for name in names), found


def test_a_sentence_after_the_names_is_not_joined_to_the_election():
    found = [d.text for d in table_minutes(
        "Election of directors\nThe following directors were elected by the members:\nAnn Cole (Eastbrook)\n"
        "The Chair thanked the retiring directors for their work over the year.")]
    assert len(found) == 1 and "thanked" not in found[0], found


# -- reported, not decided ----------------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    # another meeting's agreement told here
    "It was decided at a private session of the Trustees that the grants would be put in three bands.",
    "It was decided at the previous meeting that the hall would be let to the choir on Fridays.",
    "The plan was endorsed at the Finance Committee meeting in March and is now being costed.",
    # a fact checked
    "The Vice-Chair sought confirmation that signed minutes are kept in the office safe. This was confirmed.",
    "Cllr Hale asked for clarification that the grant had been paid. This was confirmed by the Clerk.",
    # someone's effort noted
    "Trustees noted the amount of effort Eastgate's friends group had given the plans.",
    "Trustees noted the hard work of the volunteers over the summer.",
])
def test_what_another_meeting_agreed_a_fact_checked_or_an_effort_noted_is_no_decision(paragraph):
    assert texts(paragraph) == []


# -- a decision naming its matter only by reference: its title and what the paragraph says of it --

@pytest.mark.parametrize("cell, decision", [
    # a trust board's policy list
    ("4. Home Working Policy\nRevised for the new regulations. This has been agreed with the staff side. "
     "The board adopted this policy.",
     "Home Working Policy: Revised for the new regulations. This has been agreed with the staff side. "
     "The board adopted this policy."),
    # a charity's committee terms of reference
    ("2. Audit Panel Terms of Reference\nThese now cover the risk register too. "
     "The Trustees approved the terms of reference.",
     "Audit Panel Terms of Reference: These now cover the risk register too. "
     "The Trustees approved the terms of reference."),
    # a leisure trust's board: nothing said of it but the decision
    ("3. Lettings Charter\nThe Board adopted this policy.", "Lettings Charter: The Board adopted this policy."),
])
def test_a_decision_naming_its_matter_by_reference_keeps_its_title_and_what_was_said_of_it(cell, decision):
    assert [d.text for d in table_minutes(cell)] == [decision]


@pytest.mark.parametrize("cell, decision", [
    ("5. Site Safety Policy\nThe Director reported that the alarms had been tested. The Board adopted this "
     "policy.", "Site Safety Policy: The Board adopted this policy."),
    ("6. Volunteer Policy\nMs Ray explained how volunteers would be vetted. The Trustees approved the policy.",
     "Volunteer Policy: The Trustees approved the policy."),
    ("7. Hardship Fund Policy\nCllr Hale asked about the appeal route. The Council adopted this policy.",
     "Hardship Fund Policy: The Council adopted this policy."),
])
def test_someones_report_before_such_a_decision_is_not_part_of_it(cell, decision):
    assert [d.text for d in table_minutes(cell)] == [decision]


@pytest.mark.parametrize("cell, decision", [
    ("Minutes of the meeting of 4 May 2026:\nOne correction: item 6 should read 'six' not 'five'.\n"
     "The minutes were approved as correct.",
     "Minutes of the meeting of 4 May 2026: The minutes were approved as correct."),
    ("Minutes of the last meeting:\nThe minutes were approved.", "Minutes of the last meeting: The minutes were approved."),
    ("Previous minutes:\nNo changes were asked for.\nThe minutes were confirmed as a true record.",
     "Previous minutes: The minutes were confirmed as a true record."),
])
def test_a_cells_first_line_ending_in_a_colon_titles_its_item(cell, decision):
    passages = [Passage(seq=1, kind="heading", text=MINUTES_TITLE, page=1, section=None, heading=MINUTES_TITLE),
                Passage(seq=2, kind="table_row", text="Action", page=1, section=None, heading=MINUTES_TITLE,
                        cells=["Action"]),
                Passage(seq=3, kind="table_row", text=f"3. | {cell}", page=1, section=None,
                        heading=MINUTES_TITLE, cells=["3.", cell])]
    found = find_decisions(passages, committee="the meeting", title=MINUTES_TITLE)
    assert [d.text for d in found] == [decision]


# -- a motion, its proposer and seconder on lines of their own, then the outcome -----------------

@pytest.mark.parametrize("cell, put", [
    # a society's AGM
    ("Appointment of Examiner\nThe members were invited to approve Fenwick & Co as "
     "examiners for the year.\nProposed: Mike Hale (Treasurer)\nSeconded: Sue Dunn (Eastbrook)\nCarried unanimously.",
     "Fenwick & Co as examiners for the year"),
    # a charity's annual meeting, the vote's record run on after a colon
    ("Accounts 2025/26\nThere being no questions, motion that the accounts for 2025/26 be received: Proposed: "
     "Ann Cole\nSeconded: Raj Patel\nCarried.", "motion that the accounts for 2025/26 be received"),
    # a parish council's annual meeting
    ("Subscription\nThat the hall subscription for 2027 stay at £12 a household.\nMoved by Cllr Venn\n"
     "Seconded by Cllr Obi\nAgreed by a majority.", "hall subscription for 2027 stay at £12"),
])
def test_an_outcome_after_the_lines_naming_proposer_and_seconder_decides_the_motion(cell, put):
    found = [d.text for d in table_minutes(cell)]
    assert len(found) == 1 and put in found[0], found
    assert "Seconded" not in found[0] and "Proposed:" not in found[0], found


def test_a_title_opening_with_proposed_is_no_vote_record():
    found = [d.text for d in table_minutes(
        "Proposed closure of the Eastbrook branch for repairs\nThe Directors were unanimously in agreement with this proposal.")]
    assert found == ["Proposed closure of the Eastbrook branch for repairs: The Directors were unanimously in agreement with this proposal."]


@pytest.mark.parametrize("paragraph", [
    "As previously reported it was agreed in 2024 that the hall would be sold.",
    "It was noted that the bank transfer had been slow.",
    "As the Clerk reported, the grant request was still with the county council.",
])
def test_no_reason_clause_or_report_makes_it_was_agreed_of_another_time(paragraph):
    assert texts(paragraph) == []


@pytest.mark.parametrize("paragraph", [
    "Summer reading events - Agreed that trustees should each help at one event if they can.",
    "Defibrillator at the pavilion – Decided to ask the parish council to share the cost.",
    "Car park lighting — Approved the quote of £1,250 from Brightside Electrical.",
])
def test_an_outcome_after_its_matter_and_a_dash_is_the_whole_decision(paragraph):
    assert texts(paragraph) == [paragraph]


def test_a_dash_before_words_that_decide_nothing_is_no_decision():
    assert texts("Summer reading events - Agreement on dates is still awaited from the schools.") == []
