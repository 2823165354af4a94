"""Mends of stop 27 round 2 (d37), each a general mechanism with fictional examples (own wordings, invented
authorities) and negatives; the causes were found by sorting the real dev papers' missed and extra decisions."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces
from test_meeting_page_decisions import _decisions, _page


def minutes(title, *pieces, committee="the Committee"):
    return [d.text for d in find_decisions(passages_from_pieces(("heading", title), *pieces), committee=committee)]


# -- 1. A decision's identity is its item, not its wording ---------------------------------------------------------
# Two reports for information each end "The Committee noted the update report.": two decisions, one per item.  A
# restatement is dropped only when it restates a decision of its own item, or sits in a summary of the meeting's
# decisions (under a heading naming one, part summary_of_decisions; in a run of repeats; or in a closing section
# restating more than one decision and deciding nothing new).

NOTED_TWICE = [
    ("Minutes of the Brackenford Highways Committee, 2 March 2026",
     [("7. Bus lane enforcement update", "Members considered a report on bus lane cameras."),
      ("8. Quarterly budget monitoring", "The Finance Manager introduced the report.")],
     "The Committee for Highways noted the update report."),
    ("Minutes of the Eastley Health Scrutiny Panel held on 14 May 2026",
     [("4. Winter planning", "Members asked about ambulance handover times."),
      ("5. Dental access", "The Panel heard from the Director of Primary Care.")],
     "RESOLVED – That the Panel has noted the report."),
    ("Minutes of the Harlow Vale Audit Committee, 21 January 2026",
     [("11) Internal audit progress", "The Head of Audit presented the progress report."),
      ("12) Counter fraud annual report", "There were no questions.")],
     "The Audit Committee noted the report."),
]


@pytest.mark.parametrize("title, items, outcome", NOTED_TWICE)
def test_the_same_outcome_under_two_items_is_two_decisions(title, items, outcome):
    pieces = []
    for heading, discussion in items:
        pieces += [("heading", heading), ("paragraph", discussion), ("paragraph", outcome)]
    found = minutes(title, *pieces)
    assert len(found) == 2 and all(outcome.split()[-2] in text for text in found), found


def test_the_same_resolution_under_two_items_of_a_meeting_page_is_two_decisions(tmp_path):
    html = _page("Lymefield Transport Board", "Lymefield Combined Authority", "Lymefield Transport Board", [
        (5, "Rail station access update", "A report on step-free access.", "<p>The Board noted the update.</p>"),
        (6, "Cycle hire scheme update", "A report on the cycle hire trial.", "<p>The Board noted the update.</p>"),
    ])
    found = _decisions(tmp_path, html)
    assert len([text for text in found if "noted the update" in text]) == 2, found


# (A bare "noted the report" names only its item: under a summary's heading it is told apart by that heading, as
# before this mend; a summary's lines worded in full are the repeats it drops.)
SUMMARISED = [
    (title, items, outcome.replace(
        "RESOLVED – That the Panel has noted the report.", "The Panel noted the update on winter pressures.").replace(
        "the report.", "the audit plan for 2026/27."))
    for title, items, outcome in NOTED_TWICE]


@pytest.mark.parametrize("title, items, outcome", SUMMARISED)
def test_a_summary_of_decisions_at_the_end_does_not_double_them(title, items, outcome):
    pieces = []
    for heading, discussion in items:
        pieces += [("heading", heading), ("paragraph", discussion), ("paragraph", outcome)]
    pieces += [("heading", "Summary of decisions"), ("paragraph", outcome)]
    found = minutes(title, *pieces)
    assert len(found) == 2, found


@pytest.mark.parametrize("title, items, outcome", NOTED_TWICE)
def test_one_item_saying_its_outcome_twice_is_one_decision(title, items, outcome):
    heading, discussion = items[0]
    found = minutes(title, ("heading", heading), ("paragraph", outcome), ("paragraph", discussion),
                    ("paragraph", outcome))
    assert len(found) == 1, found


def test_a_closing_section_restating_several_decisions_adds_none():
    own = ["Approved the Eastgate cycle lane business case.", "Agreed to consult on the Mill Road bus gate."]
    found = minutes("Minutes of the Brackenford Highways Committee, 2 March 2026",
                    ("heading", "6. Eastgate cycle lane"), ("paragraph", own[0]),
                    ("heading", "7. Mill Road bus gate"), ("paragraph", own[1]),
                    ("heading", "Decisions taken"), ("paragraph", own[0]), ("paragraph", own[1]))
    assert found == own, found


# -- 2. A deciding verb only inside a clause reporting the past or a condition ---------------------------------------
# "The anomaly was reported by a trader after the scheme was agreed." read as "the scheme was agreed" (rule
# passive_item); the verb sits in a clause opened by "after", "since", "once", "if" ... with no verb of deciding
# before it and no main clause after it (not_decisions decided_only_in_a_subordinate_clause).

@pytest.mark.parametrize("sentence", [
    "A gap in the bus gate signs was spotted by a resident after the scheme was agreed.",
    "Two more sites came forward since the plan was approved.",
    "Parking fees in the district rose after the budget was agreed.",
    "Residents complained about the noise after the policy was adopted.",
    # (a condition, not read as a decision before either; kept as a guard)
    "The youth club will move into the annexe once the lease is agreed.",
])
def test_a_deciding_verb_only_in_a_subordinate_clause_decides_nothing(sentence):
    found = minutes("Minutes of the Brackenford Highways Committee, 2 March 2026",
                    ("heading", "9. Eastgate bus gate"), ("paragraph", sentence),
                    ("paragraph", "The Committee approved the revised signage plan for the bus gate."))
    assert found == ["The Committee approved the revised signage plan for the bus gate."], found


@pytest.mark.parametrize("sentence", [
    "The Trustees agreed to open the kiosk once the lease was agreed.",
    "After the budget was approved, the Council agreed to freeze the hall hire charges.",
    "The Committee approved the lease of the kiosk, which was agreed with the tenant in May.",
    "After discussion the budget was approved.",
    "After a short debate the grant to the scout group was approved.",
])
def test_a_decision_with_a_subordinate_clause_stays(sentence):
    found = minutes("Minutes of the Eastley Estates Committee held on 14 May 2026", ("heading", "4. Property matters"),
                    ("paragraph", sentence))
    assert len(found) == 1 and found[0].endswith(sentence.split(", ")[-1]), found
