"""Decisions in layouts learned from another writer's papers (round facts4).  All text is fictional."""
from __future__ import annotations

import pytest

from test_decision_transcripts import transcript


@pytest.mark.parametrize("turns, expected", [
    (["[00:31:02] CHAIR: So the proposal is to approve the library opening hours for 2027. Are we all agreed?",
      "[00:31:09] [Members indicate agreement]", "[00:31:11] CHAIR: Thank you, that's approved."],
     "So the proposal is to approve the library opening hours for 2027. Thank you, that's approved."),
    (["Chair: The recommendation is to note the quarterly complaints report. Everyone content?",
      "(Councillors signal their assent)", "Chair: Good, that's noted."],
     "The recommendation is to note the quarterly complaints report. Good, that's noted."),
    (["THE CHAIR: The Board is asked to endorse the estates strategy. Is the Board content?",
      "[Show of hands]", "THE CHAIR: Lovely, that is endorsed then."],
     "The Board is asked to endorse the estates strategy. Lovely, that is endorsed then."),
])
def test_a_bracketed_note_of_the_rooms_assent_answers_the_question_put(turns, expected):
    assert [d.text for d in transcript(*turns)] == [expected]


# --- a decision cell that goes on to tell about its matter ------------------------------------

from committee_papers.extract.decisions import find_decisions  # noqa: E402
from committee_papers.extract.decision_rules import RULES_PATH  # noqa: E402
from committee_papers.ingest.model import Passage  # noqa: E402
from test_decisions import MINUTES_HEADING, decisions_in, passages_of  # noqa: E402
import re  # noqa: E402
import yaml  # noqa: E402


def decision_table(cell: str, header=("Item", "Subject", "Decision")):
    rows = [Passage(2, "table_row", "x", 1, None, None, cells=["4", "Depot works", cell], header=list(header))]
    return [d.text for d in find_decisions(passages_of(("heading", MINUTES_HEADING)) + rows, committee="Cabinet")]


@pytest.mark.parametrize("cell, decision", [
    ("The Cabinet noted the depot risk register. Its top risk is still the vehicle lift, which could fail "
     "in the winter. Mitigation: a second lift is on order.", "The Cabinet noted the depot risk register."),
    ("The Cabinet approved the award of the depot roofing contract to Kestle Roofing Ltd. The contract is worth "
     "£310,000 and runs for eighteen months.",
     "The Cabinet approved the award of the depot roofing contract to Kestle Roofing Ltd."),
    ("The Cabinet agreed to close the north yard from May. The yard has been used for salt storage since 1998.",
     "The Cabinet agreed to close the north yard from May."),
])
def test_a_decision_cell_ends_where_its_sentences_stop_deciding(cell, decision):
    assert decision_table(cell) == [decision]


@pytest.mark.parametrize("cell", [
    "The Cabinet approved the depot plan. It also agreed to review the plan in a year.",
    "The Cabinet noted the report and approved the revised opening hours. The Cabinet delegated the rota to the Director.",
    "Deferred to March. The Cabinet asked for a costed option.",
])
def test_a_decision_cell_whose_sentences_all_decide_is_kept_whole(cell):
    assert " ".join(decision_table(cell)) == cell


RULES = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
RECORD_RULE = next(r for r in RULES["not_decisions"] if r["id"] == "about_the_record")


@pytest.mark.parametrize("text", RECORD_RULE["examples"])
def test_a_note_on_the_record_under_a_decisions_heading_is_no_decision(text):
    found = find_decisions(passages_of(("heading", MINUTES_HEADING), ("heading", "Summary of decisions"),
                                       ("paragraph", text),
                                       ("paragraph", "That the depot roofing contract be awarded to Kestle Roofing Ltd.")),
                           committee="Cabinet")
    assert [d.text for d in found] == ["That the depot roofing contract be awarded to Kestle Roofing Ltd."]


@pytest.mark.parametrize("text", RECORD_RULE["not_examples"])
def test_a_decision_about_publishing_or_records_stays_a_decision(text):
    assert not re.search(RECORD_RULE["pattern"], text, re.IGNORECASE)


# --- a carried motion decides what it says -----------------------------------------------------

@pytest.mark.parametrize("pieces, expected", [
    # An amendment's wording is not the motion's.
    ([("paragraph", "Cllr Odell moved an amendment that the word 'review' be replaced by 'abolish'."),
      ("paragraph", "The motion, as amended, was carried.")],
     "Motion - ferry fares: The motion, as amended, was carried."),
    # A motion moved without its wording: the item's title alone says what it was.
    ([("paragraph", "Cllr Imrie moved the motion standing in her name."),
      ("paragraph", "On a show of hands the motion was CARRIED.")],
     "Motion - ferry fares: On a show of hands the motion was CARRIED."),
    # The wording after the proposer and seconder.
    ([("paragraph", "It was moved by Cllr Imrie and seconded by Cllr Webb that the Council asks the operator "
                    "to freeze ferry fares for residents."),
      ("paragraph", "Upon a recorded vote the motion was carried by 19 votes to 11.")],
     "Motion - ferry fares: the Council asks the operator to freeze ferry fares for residents. "
     "Upon a recorded vote the motion was carried by 19 votes to 11."),
])
def test_a_carried_motion_takes_the_wording_moved_and_never_an_amendments(pieces, expected):
    assert [d.text for d in decisions_in(("heading", "12. Motion - ferry fares"), *pieces)] == [expected]


# --- a minutes cell: a bare "RESOLVED – That" and its numbered items --------------------------

def cell_decisions(cell: str):
    rows = [Passage(2, "table_row", "x", 1, None, None, cells=["31/26", cell], header=["No.", "Item"])]
    return [d.text for d in find_decisions(passages_of(("heading", MINUTES_HEADING)) + rows, committee="Cabinet")]


@pytest.mark.parametrize("cell, expected", [
    ("Allotment rents 2026/27 PDF 120 KB\nDecision:\nRESOLVED \u2013 That\n(1) the allotment rents for 2026/27 be "
     "frozen; and\n(2) the Head of Parks be asked to review the waiting list.",
     ["the allotment rents for 2026/27 be frozen", "the Head of Parks be asked to review the waiting list."]),
    ("Harbour dues\nDecision:\nRESOLVED - that\n(a) the harbour dues be raised by 3 per cent from April;\n"
     "(b) berth holders be told of the rise by letter.",
     ["the harbour dues be raised by 3 per cent from April", "berth holders be told of the rise by letter."]),
    ("Play area renewal\nMinutes:\nMembers welcomed the new designs.\nRESOLVED \u2013 That\ni. the designs for "
     "Mill Green play area be approved; and\nii. the Head of Parks be authorised to let the works contract.",
     ["the designs for Mill Green play area be approved",
      "the Head of Parks be authorised to let the works contract."]),
])
def test_numbered_items_completing_a_bare_resolved_that_in_a_minutes_cell_are_decisions(cell, expected):
    assert cell_decisions(cell) == expected


# --- a meeting site's agenda item page carries its item's minute -----------------------------

from committee_papers.extract.decision_documents import is_decision_document  # noqa: E402

ITEM_PAGE_RULE = next(r for r in RULES["documents"] if r["id"] == "meeting_item_page")


@pytest.mark.parametrize("line", ITEM_PAGE_RULE["examples"])
def test_an_agenda_item_page_naming_its_meeting_and_item_gives_its_minutes_decisions(line):
    found = find_decisions(passages_of(("heading", "Agenda item"), ("heading", "Harbour Dues 2026/27"),
                                       ("paragraph", line),
                                       ("paragraph", "The Portfolio Holder introduced the report on harbour dues."),
                                       ("paragraph", "After discussion, the Cabinet:"),
                                       ("paragraph", "Approved a rise of 3 per cent in harbour dues from April."),
                                       ("paragraph", "Noted the survey of berth holders.")), committee="Cabinet")
    assert [d.text for d in found] == ["Approved a rise of 3 per cent in harbour dues from April.",
                                       "Noted the survey of berth holders."]


@pytest.mark.parametrize("line", ITEM_PAGE_RULE["not_examples"])
def test_a_meeting_line_naming_no_item_makes_no_decision_document(line):
    assert is_decision_document(passages_of(("heading", "Harbour Dues 2026/27"), ("paragraph", line),
                                            ("paragraph", "The report sets out the harbour dues."))) is None


# --- bracketed items under a resolution in the paper's dotted paragraph numbering -----------------

@pytest.mark.parametrize("label", [
    "12.3 RESOLVED: That the Panel",
    "7.2 RESOLVED \u2013 that the Committee:",
    "15.4 AGREED: That the Board",
])
def test_bracketed_items_under_a_dotted_resolution_paragraph_are_its_decisions(label):
    found = decisions_in(("heading", "12 Library opening hours"), ("paragraph", label),
                         ("list_item", "(1) supports the longer Saturday opening at Mill Road Library;"),
                         ("list_item", "(2) recommends to Cabinet that the mobile library keeps its rural stops; and"),
                         ("list_item", "(3) asks that the usage figures come back to the Panel in a year."),
                         ("heading", "13 Work Programme"), committee="Panel")
    assert [d.text for d in found] == [
        "supports the longer Saturday opening at Mill Road Library",
        "recommends to Cabinet that the mobile library keeps its rural stops",
        "asks that the usage figures come back to the Panel in a year."]


def test_the_papers_next_dotted_paragraph_still_ends_a_resolution_list():
    found = decisions_in(("heading", "12 Library opening hours"), ("paragraph", "12.3 RESOLVED: That the Panel"),
                         ("paragraph", "(1) supports the longer Saturday opening at Mill Road Library."),
                         ("paragraph", "12.4 Members discussed the book fund at length."), committee="Panel")
    assert [d.text for d in found] == ["supports the longer Saturday opening at Mill Road Library."]
