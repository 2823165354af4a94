"""Decisions read item by item: an item's discussion before the outcome it records, decisions that
name their matter only as "this proposal", items worded alike, and the bullets under an outcome
lead-in.  Fictional minutes only, through find_decisions and the real readers."""
from __future__ import annotations

import pytest
from docx import Document

from committee_papers.extract.decisions import find_decisions
from committee_papers.ingest.model import Passage
from committee_papers.pipeline import read_and_extract

from test_decisions import MINUTES_HEADING, passages_of


def texts_of(*pieces):
    return [d.text for d in find_decisions(passages_of(("heading", MINUTES_HEADING), *pieces), committee="Board")]


# -- discussion before a recorded outcome ------------------------------------------------------

@pytest.mark.parametrize("discussion", [
    "The Board noted that the waiting list had fallen for a third month.",
    "The Committee received the month five finance report, which showed a modest deficit.",
    "The staffing dashboard was received and noted by the Committee.",
])
def test_an_items_discussion_before_its_outcome_label_is_no_decision(discussion):
    found = texts_of(("heading", "Item 25/61"), ("heading", "Finance and Workforce Committee Chair's Report"),
                     ("paragraph", "The committee chair presented the report."),
                     ("list_item", discussion),
                     ("heading", "Outcome: the Board"),
                     ("list_item", "approved the revised workforce plan for 2025/26."))
    assert found == ["approved the revised workforce plan for 2025/26."]


@pytest.mark.parametrize("outcome", [
    [("heading", "Decision:"), ("paragraph", "That the allotment rents be frozen for 2026.")],
    [("paragraph", "The Board:"), ("list_item", "(a) approved the allotment rents for 2026.")],
    [("paragraph", "Outcome: the Board approved the allotment rents for 2026.")],
])
def test_discussion_is_dropped_whatever_form_the_recorded_outcome_takes(outcome):
    found = texts_of(("heading", "7. Allotment rents"),
                     ("paragraph", "Members noted the waiting list for plots in Eastfield."), *outcome)
    assert len(found) == 1 and "allotment rents" in found[0].lower()


@pytest.mark.parametrize("pieces", [
    [("paragraph", "Members noted the update from the Clerk. It was RESOLVED to buy a second defibrillator.")],
    [("paragraph", "Trustees agreed to appoint Mr Ravi Dean as a trustee."),
     ("paragraph", "Resolved that Mrs Ada Lowe be re-elected as Vice-Chair.")],
    [("paragraph", "Members noted the petition."),
     ("paragraph", "AGREED: that the petition be referred to Cabinet for a response.")],
])
def test_a_decision_beside_a_resolution_label_still_counts(pieces):
    # A RESOLVED or AGREED label in the text is no separate outcome record: the sentence before it
    # is a decision too.
    assert len(texts_of(("heading", "12. Any other business"), *pieces)) == 2


def test_a_decision_after_the_outcome_list_is_kept():
    found = texts_of(("heading", "Item 9"), ("heading", "Estates update"),
                     ("heading", "Outcome: the Board"), ("list_item", "noted the update."),
                     ("paragraph", "Approved the disposal of the Old Clinic at Marsh Lane."))
    assert found == ["Estates update: noted the update.",
                     "Approved the disposal of the Old Clinic at Marsh Lane."]


# -- decisions that name their matter only by reference ---------------------------------------

@pytest.mark.parametrize("title, sentence", [
    ("Sunday opening at Quayside Library", "The Trustees were in agreement with this proposal."),
    ("Volunteer mileage rate", "Members were content with these changes."),
    ("Minutes of the meeting held on 4 June 2025", "The minutes were agreed as a correct record."),
    ("Organisational change guidance", "The terms and guidelines were adopted by the Board."),
])
def test_a_decision_naming_only_this_proposal_is_led_by_its_items_title(title, sentence):
    found = texts_of(("heading", title), ("paragraph", "The Chair asked the Board to agree."), ("paragraph", sentence))
    assert found == [f"{title}: {sentence}"]


@pytest.mark.parametrize("sentence", [
    "The Board approved the Quayside opening hours.",
    "Members agreed to hold a workshop on the estates strategy.",
    "The revised fees were approved by the Board for 2026.",
])
def test_a_decision_naming_its_own_matter_stands_as_written(sentence):
    assert texts_of(("heading", "Library services"), ("paragraph", sentence)) == [sentence]


def test_title_lines_inside_a_minutes_table_cell_title_their_sub_items():
    cell = ("Decisions\n1. Sunday opening\nThe Chair asked the Board to agree to open on Sundays.\n"
            "The Board were in agreement with this proposal.\n2. Volunteer expenses\n"
            "The Treasurer asked the Trustees to set a cycle allowance of 20p a mile.\n"
            "The Board were in agreement with this proposal.\n3. Trustee recruitment\n"
            "Two vacancies would be advertised.\nThe Board were in agreement with these changes.")
    row = Passage(2, "table_row", "x", 1, None, None, cells=["4.", cell, ""], header=[])
    found = [d.text for d in find_decisions(passages_of(("heading", MINUTES_HEADING)) + [row])]
    assert found == ["Sunday opening: The Board were in agreement with this proposal.",
                     "Volunteer expenses: The Board were in agreement with this proposal.",
                     "Trustee recruitment: The Board were in agreement with these changes."]


@pytest.mark.parametrize("line", [
    "The Chair of the Finance and Audit",       # a wrapped line starting with an article
    "Members asked whether the hall could be",  # ends mid-phrase
    "approved the lease of the depot",          # starts with a verb of deciding
])
def test_a_wrapped_cell_line_is_no_title(line):
    from committee_papers.extract.decisions import _is_title_line
    assert not _is_title_line(line)


def test_docx_minutes_table_with_titled_sub_items(tmp_path):
    doc = Document()
    doc.add_heading("Brackenford Rowing Club - Committee Minutes", level=1)
    table = doc.add_table(rows=0, cols=2)
    for number, lines in [("1.", ["Welcome", "Apologies were received from Sam Yeo."]),
                          ("2.", ["Minutes of the meeting of 3 March 2025", "The minutes were approved as a true record."]),
                          ("3.", ["Boathouse roof", "The Captain asked the Committee to accept the lower quote.",
                                  "The Committee were in agreement with this proposal."])]:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    path = tmp_path / "brackenford-rowing-club_2025-04-07_committee_minutes.docx"
    doc.save(path)
    _document, _passages, extraction = read_and_extract(str(path))
    assert [d.text for d in extraction.decisions] == [
        "Minutes of the meeting of 3 March 2025: The minutes were approved as a true record.",
        "Boathouse roof: The Committee were in agreement with this proposal."]


# -- items worded alike, and the bullets under an outcome lead-in ----------------------------

@pytest.mark.parametrize("first, second", [
    ("Audit Committee Assurance Report", "Quality Committee Assurance Report"),
    ("Estates update: March", "Digital update: March"),
    ("Charitable Funds Annual Report", "Research Annual Report"),
])
def test_two_items_outcomes_worded_alike_are_two_decisions(first, second):
    found = texts_of(("heading", first), ("heading", "Outcome: the Board"),
                     ("list_item", "noted the assurance report and the matters highlighted."),
                     ("heading", second), ("heading", "Outcome: the Board"),
                     ("list_item", "noted the assurance report and the matters highlighted."))
    assert len(found) == 2 and found[0].startswith(first) and found[1].startswith(second)


@pytest.mark.parametrize("verb_phrase", [
    "Recognised the contribution of the volunteers to the spring appeal.",
    "Reflected on the self-assessment and asked for a follow-up in March.",
    "Commended the estates team for the work on the new clinic.",
])
def test_every_bullet_under_an_outcome_lead_in_is_a_decision_whatever_its_verb(verb_phrase):
    found = texts_of(("heading", "Charity update"), ("heading", "Outcome: the Board"),
                     ("list_item", "Approved the charity's annual plan."),
                     ("list_item", verb_phrase),
                     ("list_item", "Noted the growth in donations."))
    assert found == ["Approved the charity's annual plan.", verb_phrase, "Noted the growth in donations."]


@pytest.mark.parametrize("item", [
    "Reviewed and approved the draft terms of reference for the People Committee.",
    "Two actions on the log, 14 and 17, were considered and agreed as complete.",
    "The Trustees voted, by a majority, to sell the minibus.",
])
def test_compound_verbs_votes_and_action_closures_are_decisions(item):
    assert texts_of(("heading", "Governance"), ("paragraph", item)) == [item]


@pytest.mark.parametrize("field", [
    "Responsible Officer: Director of Nursing",
    "Action: Head of Estates to cost the boiler repairs",
    "Due date – 30 June 2025",
])
def test_an_action_field_heading_leaves_the_item_as_it_was(field):
    # "Responsible Officer: ..." set as a heading is no new item: the discussion before it and the
    # outcome after it stay one item's.
    found = texts_of(("heading", "Charitable funds update"),
                     ("paragraph", "The Board noted the growth in donations and the new appeal."),
                     ("heading", field),
                     ("heading", "Outcome: the Board"),
                     ("list_item", "Approved the charity's annual plan."))
    assert found == ["Approved the charity's annual plan."]


@pytest.mark.parametrize("entries", [
    ["Talent management", "Succession planning", "Performance management"],
    ["Opening hours", "Room hire", "Volunteer rota"],
    ["Safeguarding", "Lone working"],
])
def test_short_lines_listed_under_a_colon_in_a_cell_are_no_item_titles(entries):
    cell = "\n".join(["Staff handbook update", "The HR Manager presented the revised handbook, which covers:",
                      *entries, "The terms and guidelines were adopted by the Board."])
    row = Passage(2, "table_row", "x", 1, None, None, cells=["8.", cell, ""], header=[])
    found = [d.text for d in find_decisions(passages_of(("heading", MINUTES_HEADING)) + [row])]
    assert found == ["Staff handbook update: The terms and guidelines were adopted by the Board."]


@pytest.mark.parametrize("lead, wording, expected", [
    ("Approved the inclusion of a declaration in the Annual Report as below:",
     "The Board has reviewed its compliance with the Code. There were no breaches.",
     "Approved the inclusion of a declaration in the Annual Report: The Board has reviewed its compliance with the Code."),
    ("Agreed the statement for the website as follows:",
     "The Trust will publish its board papers a week before each meeting. Questions may be sent in advance.",
     "Agreed the statement for the website: The Trust will publish its board papers a week before each meeting."),
    ("Endorsed a response to the consultation in the following wording:",
     "The Council supports the proposal in principle. It asks for the funding to be confirmed.",
     "Endorsed a response to the consultation: The Council supports the proposal in principle."),
])
def test_a_decision_whose_wording_follows_takes_its_first_sentence(lead, wording, expected):
    found = texts_of(("heading", "Annual governance"), ("heading", "Outcome: the Board"),
                     ("list_item", "Noted the governance report."), ("list_item", lead), ("paragraph", wording))
    assert found == ["Noted the governance report.", expected]


@pytest.mark.parametrize("meeting, sentence", [
    ("Trust Board", "The Audit Committee approved the internal audit plan for 2025/26."),
    ("Board of Directors", "The Committee agreed to review the cost improvement pipeline monthly."),
    ("Overview and Scrutiny Committee", "The Board agreed the leisure strategy after the consultation."),
    ("Cabinet", "Council approved the budget and council tax for 2025/26."),
    ("Cabinet", "The Overview and Scrutiny Committee agreed to review the bus strategy."),
])
def test_another_bodys_decision_reported_in_the_minutes_is_not_this_meetings(meeting, sentence):
    found = find_decisions(passages_of(("heading", MINUTES_HEADING), ("heading", "Chair's report"),
                                       ("paragraph", sentence)), committee=meeting)
    assert found == []


@pytest.mark.parametrize("meeting, sentence", [
    ("Trust Board", "The Board approved the internal audit plan for 2025/26."),
    ("Audit and Risk Committee", "The Committee approved the internal audit plan for 2025/26."),
    ("Board of Trustees", "Trustees agreed to review the reserves policy each year."),
    ("Cabinet", "Cabinet agreed the leisure strategy for 2025 to 2030."),
    ("Full Council", "The Council approved the pay policy statement for 2025/26."),
])
def test_the_meetings_own_body_deciding_is_a_decision(meeting, sentence):
    found = find_decisions(passages_of(("heading", MINUTES_HEADING), ("heading", "Chair's report"),
                                       ("paragraph", sentence)), committee=meeting)
    assert [d.text for d in found] == [sentence]


# The meeting's own body deciding ABOUT another body (its object, not its subject) is this
# meeting's decision; and "Cabinet of Brackenford Council" is a cabinet, not a council.
@pytest.mark.parametrize("meeting, sentence", [
    ("Transport Committee", "The Committee agreed to recommend to Cabinet that the bus subsidy be retained."),
    ("Audit Committee", "The Committee noted the Board Assurance Framework."),
    ("Trust Board", "The Board approved the Audit Committee's terms of reference."),
    ("Board of Directors", "The Board approved the Remuneration Committee's annual report."),
    ("Full Council", "Council approved the recommendations of the Cabinet on the budget."),
    ("Cabinet", "Cabinet approved the Council Tax Reduction Scheme for 2026."),
    ("Cabinet", "Cabinet agreed the council housing rent increase of 2.7% from April."),
    ("Cabinet of Brackenford Council", "Cabinet approved the Local Transport Plan."),
    ("Scrutiny Committee of Wexcombe Borough Council", "The Committee agreed to review the waste contract in March."),
    ("Executive Board of North Mercia ICB", "The Board endorsed the Primary Care Committee's workplan."),
])
def test_the_meetings_own_body_deciding_about_another_body_is_a_decision(meeting, sentence):
    found = find_decisions(passages_of(("heading", MINUTES_HEADING), ("heading", "Chair's report"),
                                       ("paragraph", sentence)), committee=meeting)
    assert [d.text for d in found] == [sentence]


@pytest.mark.parametrize("meeting, sentence", [
    ("Cabinet of Brackenford Council", "Council approved the budget and council tax for 2025/26."),
    ("Audit Committee of the Trust Board", "The Board approved the annual accounts for 2024/25."),
    ("Board of Directors", "The Quality Committee of the Board agreed the clinical audit programme."),
])
def test_another_body_named_x_of_y_is_still_another_body(meeting, sentence):
    found = find_decisions(passages_of(("heading", MINUTES_HEADING), ("heading", "Chair's report"),
                                       ("paragraph", sentence)), committee=meeting)
    assert found == []


# An agreement reached in an item's discussion stays a decision beside the outcome recorded under
# the item's "Decision:" label; only noting or receiving there is discussion.
@pytest.mark.parametrize("agreement, outcome", [
    ("The Board agreed to set up a task and finish group on transport costs.",
     "That the budget monitoring report be noted."),
    ("Members approved the revised fees for the pest control service from April.",
     "That the quarterly performance report be noted."),
    ("Members agreed to write to the bus operator about the cancelled evening routes.",
     "That the update on the bus network be received."),
])
def test_an_agreement_in_the_discussion_stays_beside_a_noting_decision(agreement, outcome):
    found = texts_of(("heading", "5. Budget monitoring"), ("paragraph", agreement),
                     ("heading", "Decision:"), ("paragraph", outcome))
    assert found == [agreement, outcome]


@pytest.mark.parametrize("agreement, outcome", [
    ("The Board agreed the revised charging policy for garden waste.",
     "That the revised charging policy for garden waste be agreed."),
    ("Members approved the play area refurbishment at Westfield Park.",
     "That the play area refurbishment at Westfield Park be approved."),
    ("The Board agreed the annual treasury management strategy.",
     "That the annual treasury management strategy be agreed."),
])
def test_an_agreement_the_recorded_outcome_repeats_is_one_decision(agreement, outcome):
    found = texts_of(("heading", "6. Policy review"), ("paragraph", agreement),
                     ("heading", "Decision:"), ("paragraph", outcome))
    assert found == [outcome]
