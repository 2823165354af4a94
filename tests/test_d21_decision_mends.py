"""Mends of stop 21 (d21), each a general mechanism with fictional examples and negatives; the causes
were found by the real-layout probe (tests/test_decisions_probe21.py)."""
from __future__ import annotations

import pytest

from test_decisions import decisions_of_any_body


def texts(found):
    return [" ".join(d.text.split()) for d in found]


# -- 1. Alike outcomes of different items are each kept ---------------------------------------------
# "The Board noted the report." under two agenda items are two decisions (each stands as written, the
# real gold writes it so); a run-in title ("Safeguarding Policy: The Board were in agreement and the
# policy was adopted.") tells two alike outcomes apart.  Written twice in one item, it is one.

@pytest.mark.parametrize("pieces, expected", [
    ((("heading", "BD/26/031 Integrated Performance Report"), ("paragraph", "The Board noted the report."),
      ("heading", "BD/26/032 Guardian of Safe Working Hours Report"), ("paragraph", "The Board noted the report.")),
     ["The Board noted the report.", "The Board noted the report."]),
    ((("heading", "7. Quarterly Finance Monitoring"), ("paragraph", "The Committee noted the update."),
      ("heading", "8. Fleet Telematics Project"), ("paragraph", "The Committee noted the update."),
      ("heading", "9. Depot Lease"), ("paragraph", "The Committee approved the lease renewal for five years.")),
     ["The Committee noted the update.", "The Committee noted the update.", "lease renewal"]),
    ((("heading", "5. Policies"),
      ("paragraph", "Risk Management Policy: The Trustees were in agreement and the policy was adopted."),
      ("paragraph", "Safeguarding Policy: The Trustees were in agreement and the policy was adopted."),
      ("paragraph", "Lone Working Policy: The Trustees were in agreement and the policy was adopted.")),
     ["Risk Management Policy", "Safeguarding Policy", "Lone Working Policy"]),
    ((("heading", "12. Volunteer expenses"),
      ("paragraph", "Volunteer expenses – the Board were in agreement and the proposal was accepted."),
      ("heading", "13. Mileage rates"),
      ("paragraph", "Mileage rates – the Board were in agreement and the proposal was accepted.")),
     ["Volunteer expenses", "Mileage rates"]),
])
def test_alike_outcomes_of_different_items_are_each_kept(pieces, expected):
    found = texts(decisions_of_any_body(*pieces))
    assert len(found) == len(expected), found
    for want, text in zip(expected, found):
        assert want in text


@pytest.mark.parametrize("pieces", [
    # One item saying its outcome twice.
    (("heading", "4. Annual Report"), ("paragraph", "The Board noted the report."),
     ("paragraph", "The Board noted the report.")),
    # The same run-in outcome written again in the same item.
    (("heading", "5. Policies"),
     ("paragraph", "Risk Management Policy: The Trustees were in agreement and the policy was adopted."),
     ("paragraph", "Risk Management Policy: The Trustees were in agreement and the policy was adopted.")),
])
def test_an_outcome_written_twice_in_one_item_is_one(pieces):
    assert len(decisions_of_any_body(*pieces)) == 1


# -- 2. A parish's proposer and seconder named before their verbs; minutes confirmed in a list ----------
# "Cllr A proposed, Cllr B seconded and it was agreed unanimously that ..." and "It was proposed by X and
# seconded by Y and agreed unanimously that ..." (rules/decisions.yml resolved_after_seconder); "The
# minutes ... were taken as read, approved as a correct record and signed" (minutes_confirmed).

@pytest.mark.parametrize("sentence, decided", [
    ("Cllr Featherstone proposed, Cllr Quill seconded and it was agreed unanimously that the Council replace "
     "the allotment standpipes before the growing season.", "replace the allotment standpipes"),
    ("It was proposed by Cllr Glass and seconded by Cllr Burns and agreed unanimously that the lowest tender "
     "of £675 from Hedgerow Services be accepted.", "lowest tender of £675"),
    ("Mrs Dale moved, Mr Finch seconded, and it was resolved to renew the hall insurance with Kestrel Mutual.",
     "renew the hall insurance"),
    ("The minutes of the meeting held on 28 January 2026 were taken as read, approved as a correct record and "
     "signed by the chair.", "approved as a correct record"),
    ("The draft minutes were read, confirmed and signed.", "confirmed and signed"),
])
def test_proposer_and_seconder_first_and_minutes_listed_with_commas(sentence, decided):
    found = texts(decisions_of_any_body(("heading", "14. Village matters"), ("paragraph", sentence)))
    assert len(found) == 1 and decided in found[0], found


@pytest.mark.parametrize("sentence", [
    "Cllr Penn proposed that the Council buy a noticeboard.",
    "Cllr Penn proposed, Cllr Rudd seconded, a noticeboard for the green; the vote was deferred.",
    "The minutes were taken as read.",
])
def test_a_proposal_alone_or_minutes_only_read_is_no_decision(sentence):
    assert decisions_of_any_body(("heading", "14. Village matters"), ("paragraph", sentence)) == []


# -- 3. A body's request for a report or details, and its election of a member -----------------------
# "Members requested details of ...", "The Committee requested a report on ...", "The Board requested an
# update on ..." are the meeting's requests, as "requested that ..." is; "The Council elected Councillor
# X as Vice-Chairman" is an election as "X was elected" is (rules/decisions.yml body_decided_lower).

@pytest.mark.parametrize("sentence", [
    "Members requested details of the annual cost of webcasting each meeting.",
    "The Committee requested a report on the take-up of the pilot at its July meeting.",
    "The Board requested an update on agency staffing spend at the next meeting.",
    "The Council elected Councillor Cato as Vice-Chairman for 2026/27.",
    "The Trustees unanimously elected Mrs Rae as Treasurer.",
    "Members elected Cllr Obi as Chair of the Panel for the coming year.",
])
def test_a_body_requesting_a_report_or_electing_a_member_decides(sentence):
    found = texts(decisions_of_any_body(("heading", "6. Business"), ("paragraph", sentence)))
    assert found == [sentence], found


@pytest.mark.parametrize("sentence", [
    "The resident requested details of the parking scheme.",
    "The Council elected in May 2025 has thirty-one members.",
    "Members asked whether the report could be shared with the parish councils.",
    "The Clerk requested a report from the contractor on the broken lights.",
])
def test_a_request_by_another_or_an_elected_council_is_no_decision(sentence):
    assert decisions_of_any_body(("heading", "6. Business"), ("paragraph", sentence)) == []
