"""Mend of stop 24 (d27) in narrative minutes: one member's proposal and the meeting's assent in one sentence
("The Vice Chair proposed to accept this proposal and all Board members were in agreement.", "RT proposed to adopt
this paper, MK seconded, and the Board were in full agreement.") is itself the decision; after a decision in its
paragraph it is only that decision's vote.  Fictional wordings (own words, invented bodies) and negatives; the cause
was found by sorting the missed decisions of the real dev minutes by cause."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from committee_papers.ingest.model import Passage
from fictional_paper import passages_from_pieces

BOARD_MINUTES = "Minutes of the Board of Eastwick Leisure Trust held on 14 May 2026"


def cell_decisions(cell):
    row = Passage(2, "table_row", "x", 1, None, None, cells=["4.", cell, ""], header=[])
    found = find_decisions(passages_from_pieces(("heading", BOARD_MINUTES)) + [row], committee="the Board",
                           meeting_date="2026-05-14")
    return [" ".join(d.text.split()) for d in found]


@pytest.mark.parametrize("sentence", [
    "RT proposed to adopt this paper, MK seconded, and the Board were in full agreement.",
    "The Vice Chair proposed to accept this proposal and all Board members were in agreement.",
    "Mrs Okafor proposed to approve this request and all Directors were in agreement.",
])
def test_a_proposal_and_assent_naming_its_matter_by_a_pointer_is_led_by_its_items_title(sentence):
    found = cell_decisions(f"Decisions\n1. Equipment write-off\nThe Finance Lead presented the paper on equipment.\n"
                           f"The auditors were content with it.\n{sentence}")
    assert found == [f"Equipment write-off: {sentence}"], found


@pytest.mark.parametrize("ask, sentence", [
    ("The Estates Lead asked the Board to review the report and recommended that Brightclean keep the cleaning "
     "contract for two more years.", "The Chair proposed to agree this proposal and all Board members were in agreement."),
    ("The Head of People asked the Directors to approve the revised lone working guidance.",
     "Dr Lyle proposed to adopt this paper, JB seconded, and the Directors were in full agreement."),
    ("Members were asked to endorse a two week closure of Fenby pool for retiling.",
     "The Treasurer proposed to accept this proposal and all Board members were in agreement."),
])
def test_a_proposal_and_assent_takes_the_ask_above_it(ask, sentence):
    found = cell_decisions(f"Decisions\n1. Centre matters\n{ask}\nThe Chair thanked the officer for the work.\n"
                           f"{sentence}")
    assert len(found) == 1 and found[0].endswith(f"{ask} {sentence}"), found


@pytest.mark.parametrize("sentence", [
    "The Treasurer proposed to approve a grant of £200 to the youth club and all Trustees were in agreement.",
    "The Chair proposed to endorse the revised reserves policy, Dr Lyle seconded, and the Directors were all in full "
    "agreement.",
])
def test_a_proposal_and_assent_naming_its_matter_stands_as_written(sentence):
    found = cell_decisions(f"Decisions\n1. Youth club grant\nThe Finance Lead presented the request.\n{sentence}")
    assert found == [sentence], found


@pytest.mark.parametrize("decision, between, vote", [
    ("Quotes were sought from three firms and it was decided to accept the quote of Tillcraft.",
     "The process was fair. This is urgent work.",
     "The Treasurer proposed to accept this proposal and all Board members were in agreement."),
    ("The Board agreed to renew the cleaning contract with Brightclean for a year.", "The price is unchanged.",
     "RT proposed to adopt this recommendation, MK seconded, and the Board were in full agreement."),
    ("It was agreed that the café close on Mondays from April.", "Staff have been told.",
     "Dr Lyle proposed to accept this change and all Directors were in agreement."),
])
def test_after_a_decision_in_its_paragraph_a_proposal_and_assent_is_its_vote(decision, between, vote):
    found = cell_decisions(f"Any Other Business\nThe Centre Manager gave an update. {decision} {between} {vote}")
    assert len(found) == 1 and found[0].endswith(f"{decision} {vote}"), found


@pytest.mark.parametrize("sentence", [
    "The Treasurer proposed to adopt this policy.",
    "The Chair proposed to accept the quote but the Board were not in agreement.",
    "It was proposed to accept the quote and the Treasurer would write to the firm.",
])
def test_a_proposal_without_the_meetings_assent_decides_nothing(sentence):
    found = cell_decisions(f"Decisions\n1. Quotes\nThe Finance Lead presented the quotes.\n{sentence}")
    assert found == [], found


def test_in_a_minutes_cell_the_lines_after_a_decision_reach_to_its_vote():
    found = cell_decisions("Any Other Business\nTill replacement\nThe tills are old and the Council will fund new "
                           "ones. Quotes were sought from three firms and it was decided to accept the quote of "
                           "Tillcraft.\nThe process was fair and open.\nThis is urgent work for the Trust.\nThe "
                           "Treasurer proposed to accept this proposal and all Board members were in agreement.")
    assert len(found) == 1 and found[0].endswith(
        "it was decided to accept the quote of Tillcraft. The Treasurer proposed to accept this proposal and all Board "
        "members were in agreement."), found


def test_a_proposal_and_assent_under_the_next_sub_title_is_a_decision_of_its_own():
    found = cell_decisions("Any Other Business\nTill replacement\nIt was decided to accept the quote of Tillcraft.\n"
                           "Staff Handbook\nThe Head of People presented the revised handbook.\nThe Treasurer proposed "
                           "to adopt this paper and all Board members were in agreement.")
    assert len(found) == 2 and found[1].endswith(
        "The Treasurer proposed to adopt this paper and all Board members were in agreement."), found


# -- A short line in a cell after the row's minute (the action column) names no sub-item -------------------------
# "... The Board agreed to this proposal." | "DH\nDH": the initials of who acts, not the title of the item the next
# row's pointer ("this proposal") names.

def rows_decisions(*rows):
    passages = passages_from_pieces(("heading", BOARD_MINUTES))
    for number, cells in enumerate(rows, start=2):
        passages.append(Passage(number, "table_row", " | ".join(cells), 1, None, None, cells=list(cells), header=[]))
    found = find_decisions(passages, committee="the Board", meeting_date="2026-05-14")
    return [" ".join(d.text.split()) for d in found]


@pytest.mark.parametrize("action", ["DH\nDH", "AW", "JB\nKL\nAll"])
def test_an_action_columns_initials_title_no_item(action):
    found = rows_decisions(
        ("6.", "Decisions\n1. Staff handbook\nThe Board agreed to adopt the handbook for volunteers.\n"
               "2. Opening hours protocol\nThe Centre Manager set out a protocol for groups wishing to extend "
               "opening hours.", action),
        ("", "The Board agreed to this proposal.", ""))
    assert found[-1] == "Opening hours protocol: The Board agreed to this proposal.", found
    assert not any(text.startswith(tuple(action.split())) for text in found), found


def test_a_title_cell_before_the_minute_still_titles_its_row():
    found = rows_decisions(("6.", "Volunteer handbook", "The Board agreed to this proposal.", "DH"))
    assert found == ["Volunteer handbook: The Board agreed to this proposal."], found


# -- A title line just under the cell's first title line, with running text below, titles the sub-item ----------
# "Any Other Business" / "Till replacement" / "The tills are old ...": the first line names the agenda item, the
# second the matter the lines below decide; a run of short lines under it is a list, not a title.

@pytest.mark.parametrize("item, sub_item", [
    ("Any Other Business", "Till replacement"),
    ("Matters Arising", "Car park lighting"),
    ("Other items", "Website refresh"),
])
def test_a_sub_title_under_the_cells_title_titles_what_the_lines_below_decide(item, sub_item):
    found = cell_decisions(f"{item}\n{sub_item}\nThe Centre Manager set out the options and their costs.\n"
                           "The Board agreed to this proposal.")
    assert found == [f"{sub_item}: The Board agreed to this proposal."], found


def test_short_lines_under_the_cells_title_are_a_list_not_a_sub_title():
    found = cell_decisions("Staffing Committee Policies\nAdoption leave\nCarers leave\nSick pay\n"
                           "The Board agreed to adopt these policies.")
    assert found and not any(text.startswith(("Adoption leave", "Carers leave", "Sick pay")) for text in found), found


# -- A decision after "there were no questions and" is read with what was presented -----------------------------
# "The Treasurer presented the accounts for the year. There were no questions and the accounts were approved.": the
# lead names nothing; the presentation before it (in its sentence or the one before) says what was decided.

@pytest.mark.parametrize("presented, decided", [
    ("The Treasurer presented the accounts for 2025/26 and explained the fall in grant income.",
     "There were no questions and the accounts were accepted and approved."),
    ("Mrs Dale set out the revised scheme of delegation for the new year.",
     "There were no comments and the scheme was adopted."),
    ("The Secretary presented the nominations for the Audit Committee.",
     "There being no objections, the nominations were approved."),
    # The presentation two sentences back: read from it.
    ("The Treasurer presented the accounts for 2025/26. She thanked the examiner for a swift review.",
     "There were no questions and the accounts were accepted and approved."),
])
def test_a_decision_after_no_questions_is_read_with_the_presentation_before_it(presented, decided):
    found = texts(find_decisions(passages_from_pieces(
        ("heading", "Minutes of the Annual General Meeting of Eastwick Leisure Trust held on 14 May 2026"),
        ("heading", "5. Accounts"), ("paragraph", f"{presented} {decided}")),
        committee="the Members", meeting_date="2026-05-14"))
    assert found == [f"{presented} {decided}"], found


def test_a_long_presentation_and_no_questions_in_one_sentence_is_the_whole_decision():
    sentence = ("The Honorary Treasurer (Mr Ayodele Brooks) presented and gave an account of the year end accounts to "
                "members, there were no questions and the accounts were accepted and approved.")
    found = texts(find_decisions(passages_from_pieces(
        ("heading", "Minutes of the Annual General Meeting of Eastwick Leisure Trust held on 14 May 2026"),
        ("heading", "5. Accounts"), ("paragraph", sentence)),
        committee="the Members", meeting_date="2026-05-14"))
    assert found == [sentence], found


def test_a_decision_after_another_lead_keeps_to_itself():
    found = texts(find_decisions(passages_from_pieces(
        ("heading", "Minutes of the Annual General Meeting of Eastwick Leisure Trust held on 14 May 2026"),
        ("heading", "5. Accounts"),
        ("paragraph", "The Treasurer presented the accounts. The auditors had finished in March and the accounts "
                      "were approved.")),
        committee="the Members", meeting_date="2026-05-14"))
    assert not any(text.startswith("The Treasurer presented") for text in found), found


def texts(found):
    return [" ".join(d.text.split()) for d in found]
