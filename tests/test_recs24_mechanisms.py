"""Mechanisms of the stop-23 recommendation round (tests/test_recs_probe24.py), each on fictional text in three
or more wordings or layouts, with negatives.  Every positive test here failed before its mechanism."""
from __future__ import annotations

import pytest

from committee_papers.extract.recommendations import (ends_section, find_recommendations, in_sequence, label_halves,
                                                      trailing_label)
from committee_papers.ingest.model import Passage
from fictional_paper import passages_from_lines


def _texts(*rows):
    """Recommendations found in passages made from (kind, text) pairs, each on page 1."""
    passages = [Passage(seq, kind, text, 1, None, None) for seq, (kind, text) in enumerate(rows, start=1)]
    return [r.text for r in find_recommendations(passages)]


# --- 1. A paragraph number a level up carries a list on once its sub-list ends ("5.1.2" -> "5.2") ----------

@pytest.mark.parametrize("previous, number", [("5.1.2", "5.2"), ("2.1.1.3", "2.1.2"), ("4.2.3", "4.3"),
                                              ("3.4.1", "3.5")])
def test_the_next_number_a_level_up_is_in_sequence(previous, number):
    assert in_sequence(previous, number)


@pytest.mark.parametrize("previous, number", [("3.1.2", "3.3"), ("3.1.2", "2.2"), ("2.1.1.3", "2.3"),
                                              ("4.2.3", "4.2")])
def test_a_skipped_or_earlier_number_a_level_up_is_not(previous, number):
    assert not in_sequence(previous, number)


@pytest.mark.parametrize("sub_items, last", [
    (["4.1.1 approve the revised charging policy for day services;", "4.1.2 approve a taper for those on pension credit."],
     "4.2 The Cabinet is also asked to note the equality impact of the new charges."),
    (["2.1.1 agree the harbour dues for 2027;", "2.1.2 agree a discount for vessels based in the harbour all year."],
     "2.2 The Board is also invited to note the harbour master's report on dredging."),
    (["6.1.1 endorse the allotment strategy;", "6.1.2 endorse the waiting list policy."],
     "6.2 Members are further asked to delegate the tenancy agreement to the Head of Parks."),
])
def test_an_ask_numbered_a_level_up_after_a_sub_list_is_a_recommendation(sub_items, last):
    section = last.split(".")[0]
    found = _texts(("heading", f"{section}. Recommendations"),
                   ("heading", f"{section}.1 The Committee is asked to:"),
                   *[("paragraph", item) for item in sub_items],
                   ("paragraph", last),
                   ("heading", f"{int(section) + 1}. Background"),
                   ("paragraph", f"{int(section) + 1}.1 The policy was last reviewed in 2021."))
    assert len(found) == 3, found
    assert last.split(" ", 1)[1][:30] in found[2], found


def test_a_paragraph_numbered_out_of_step_after_a_sub_list_still_ends_it():
    found = _texts(("heading", "5. Recommendations"),
                   ("heading", "5.1 The Committee is asked to:"),
                   ("paragraph", "5.1.1 agree the fees for bereavement services;"),
                   ("paragraph", "5.1.2 agree a concession for the burial of children."),
                   ("paragraph", "7.4 The crematorium was rebuilt in 1998 and the chapel seats 120 people."))
    assert len(found) == 2, found


# --- 2. A bilingual label ends a list by either half ("Rhesymau dros yr argymhellion / Reasons for ...") -----

@pytest.mark.parametrize("label", ["Rhesymau dros yr argymhellion / Reasons for the recommendations",
                                   "Papurau cefndir / Background papers", "Cefndir / Background",
                                   "Atodiadau / Appendices"])
def test_a_label_in_two_languages_ends_the_list(label):
    assert ends_section(label)
    found = _texts(("heading", "Argymhellion / Recommendations"),
                   ("paragraph", "1. That Cabinet approves the coastal access plan for Traeth Mawr."),
                   ("paragraph", "2. That Cabinet agrees a budget of £40,000 for waymarking"),
                   ("paragraph", label),
                   ("paragraph", "The plan must be reviewed every ten years under the access rules."))
    assert len(found) == 2, found
    assert found[1].startswith("That Cabinet agrees a budget of £40,000 for waymarking"), found
    assert not any("reviewed every ten years" in text for text in found), found


@pytest.mark.parametrize("text", ["Approve the Tref / Town partnership scheme for the harbour.",
                                  "note the joint Welsh / English signage policy;",
                                  "That the Park / Ride service continues to run on Saturdays"])
def test_an_item_with_a_slash_is_no_bilingual_label(text):
    assert label_halves(text) == [text]
    assert not ends_section(text)


# --- 3. A recommendations label run into the end of a paragraph opens the list below it ----------------------

@pytest.mark.parametrize("paragraph, items", [
    ("Purpose: To consider the outcome of the consultation on the scheme. Recommendations:",
     ["(a) That Council adopts the revised discretionary rate relief scheme.",
      "(b) That the relief for village shops stays at 100%."]),
    ("Report of the Head of Housing (pages 5 - 18). Recommendation:",
     ["That the Committee approves the homelessness prevention grant allocations for 2027/28."]),
    ("To set the fees for pest control from April. Recommended decision:",
     ["(a) agree the fees for pest control treatments for 2027/28;", "(b) keep the discount for those on benefits at 50%."]),
    ("Report of the Head of Parks (pages 21 - 30). Recommendation(s):",
     ["1. APPROVE the tree planting plan for 2027.", "2. NOTE the grant of £12,000 from the woodland fund."]),
])
def test_a_label_ending_a_paragraph_opens_the_list(paragraph, items):
    assert trailing_label(paragraph)
    found = _texts(("heading", "4. Agenda item"), ("paragraph", paragraph), *[("paragraph", i) for i in items],
                   ("heading", "5. Questions from Members"), ("paragraph", "To answer questions from members."))
    assert len(found) == len(items), found


@pytest.mark.parametrize("paragraph", ["The review team made the following recommendations:",
                                       "Recommendations:",
                                       "The audit found weak controls. The auditors made three recommendations:",
                                       "The Panel met twice. Recommendations were made to the Executive."])
def test_no_bare_label_at_a_paragraphs_end_is_no_trailing_label(paragraph):
    assert not trailing_label(paragraph)


def test_findings_after_a_sentence_ending_in_a_longer_phrase_are_no_recommendations():
    found = _texts(("heading", "3. Audit findings"),
                   ("paragraph", "The audit found weak controls. The auditors made three recommendations:"),
                   ("paragraph", "1. The Council should reconcile the payroll monthly."),
                   ("paragraph", "2. Leavers should be removed within five days."),
                   ("heading", "4. Conclusion"), ("paragraph", "Progress will be reported in March."))
    assert found == [], found


def _table_paper_texts(rows):
    """Recommendations found in a paper of a cover table of ``rows`` and a background section."""
    passages = passages_from_lines("# Oakshire County Council", rows, "# Background",
                                   "The plan was drafted with the district councils.")
    return [r.text for r in find_recommendations(passages)]


# --- 4. A cover row labelled with the body the recommendation goes to ("Recommendation to the Board") ---------

@pytest.mark.parametrize("label", ["Recommendation to the Board", "Recommendations to Cabinet:",
                                   "Recommendation(s) to the Health and Wellbeing Board"])
def test_a_cover_row_naming_the_body_recommended_to_gives_its_asks(label):
    found = _table_paper_texts([["Report title", "Better Care Fund Plan 2027/28"],
                                [label, "Endorse the Better Care Fund plan for 2027/28."],
                                ["Contact officer", "Head of Integration"]])
    assert found == ["Endorse the Better Care Fund plan for 2027/28."], found


@pytest.mark.parametrize("label", ["Recommendations to date", "Recommendations to improve the service",
                                   "Response to the recommendations of the Board"])
def test_a_cover_row_naming_no_body_gives_none(label):
    found = _table_paper_texts([["Report title", "Audit tracker"], [label, "Four of six implemented; two in progress."]])
    assert found == [], found


# --- 5. Two ask sentences in one item are two recommendations ------------------------------------------------

@pytest.mark.parametrize("paragraph, first, second", [
    ("The Committee is asked to approve the capital programme for 2027/28. The Committee is also asked to note "
     "the risk that the scanner replacement slips.", "approve the capital programme", "scanner replacement slips"),
    ("Members are asked to note the progress on the covenant. They will hear from the armed forces champion. "
     "Members are further requested to endorse the council's pledge to veterans.", "progress on the covenant",
     "endorse the council's pledge"),
    ("The Board is invited to approve the estates strategy. The Board is recommended to delegate the disposal of "
     "Lark Lane clinic to the Director of Finance.", "approve the estates strategy", "disposal of Lark Lane clinic"),
])
def test_two_ask_sentences_in_one_paragraph_are_two_recommendations(paragraph, first, second):
    found = _texts(("heading", "Recommendation"), ("paragraph", paragraph),
                   ("heading", "Executive summary"), ("paragraph", "The programme totals £18.4m."))
    assert len(found) == 2, found
    assert first in found[0] and second in found[1], found


@pytest.mark.parametrize("paragraph", [
    "The Committee is asked to approve the capital programme for 2027/28. The programme totals £18.4m.",
    "The Board is asked to note the report, which the Quality Committee was asked to review in May.",
    "Members are asked to endorse the pledge. Officers were asked to publish it last year.",
])
def test_one_ask_with_other_sentences_stays_one_recommendation(paragraph):
    found = _texts(("heading", "Recommendation"), ("paragraph", paragraph),
                   ("heading", "Executive summary"), ("paragraph", "The programme totals £18.4m."))
    assert found == [paragraph], found


def test_the_sentence_before_the_first_ask_stays_with_it():
    from committee_papers.extract.recommendations import ask_sentence_pieces
    pieces = ask_sentence_pieces("Following the consultation, two changes are proposed. The Panel is asked to agree the "
                                 "first. The Panel is also asked to agree the second.")
    assert pieces == ["Following the consultation, two changes are proposed. The Panel is asked to agree the first.",
                      "The Panel is also asked to agree the second."], pieces
