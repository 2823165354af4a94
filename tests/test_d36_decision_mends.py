"""Mends of stop 27 round 1 (d36), each a general mechanism with fictional examples (own wordings, invented
authorities) and negatives; the causes were found by sorting the real dev papers' missed and extra decisions."""
from __future__ import annotations

import pytest

from fictional_paper import parish_minutes_decisions

parish_minutes = parish_minutes_decisions


# -- 1. A body leading the lines below after a field's label or an item's subject --------------------------------
# "The Council:" over "(a) approved ..." leads its list (rule body_lead_in); so does it after a subject and colon
# ("Budget 2026/27: The Council:"). The line itself decides nothing: read as "subject: label" with the label's
# outcome it became a decision "Budget 2026/27: The Council", and an attendance line "Present: Members of the
# Public:" above the names of those present did too.

@pytest.mark.parametrize("lines", [
    ["Present: Members of the Public:", "Ann Orr (AO) Chair", "Bill Pike (BP)"],
    ["In attendance: Members of the Press:", "Two reporters from the Ashcombe Gazette"],
    ["Attending: Members of the Community Forum:", "Jo Lamb, Ravi Shah"],
])
def test_an_attendance_line_naming_members_decides_nothing(lines):
    assert parish_minutes(*lines, "# 1. Apologies", "Apologies were received from Cllr Venn.") == []


@pytest.mark.parametrize("lead", ["Budget 2026/27: The Council:", "Precept and budget: the Parish Council:"])
def test_a_body_after_an_item_subject_leads_the_list_below(lead):
    assert parish_minutes("# 6. Budget", lead, "(a) approved the budget of £41,200;",
                          "(b) agreed the precept of £38,000.") == [
        "approved the budget of £41,200", "agreed the precept of £38,000."]


# -- 2. A vote's record in note form after what was asked -----------------------------------------------------------
# "Proposed: A Bell Seconded: C Dunn Carried." after an ask decides the ask (outcome line vote_record_outcome). Small
# councils write the same record without colons and often name the proposer first ("ABO proposed, CDP seconded,
# agreed."); the ask it decides takes the sentence before it when it names its matter only by a pointer closing it
# ("... to continue with this service."; part closes_on_pointer).

@pytest.mark.parametrize("lines, expected", [
    (["The Treasurer asked the meeting to renew the hall insurance at £388.",
      "Proposed Ann Cole, seconded Raj Patel, carried unanimously."],
     "The Treasurer asked the meeting to renew the hall insurance at £388. Carried unanimously."),
    (["The Clerk asked members to agree a new grit bin for Mill Lane.", "Cllr Venn moved and Cllr Obi seconded, agreed"],
     "The Clerk asked members to agree a new grit bin for Mill Lane. Agreed."),
    (["The mowing contractor has quoted £42.00 per cut for 2027. The Clerk asked members to carry on with "
      "this service.", "ABO Proposed CDP seconded, agreed."],
     "The mowing contractor has quoted £42.00 per cut for 2027. The Clerk asked members to carry on with this "
     "service. Agreed."),
    (["The broker has quoted £388 for the hall cover. The Treasurer asked the meeting to renew this policy.",
      "ABO proposed, CDP seconded, carried."],
     "The broker has quoted £388 for the hall cover. The Treasurer asked the meeting to renew this policy. Carried."),
])
def test_a_note_form_vote_record_decides_the_ask_above(lines, expected):
    assert parish_minutes("# 4. Matters for decision", *lines) == [expected]


@pytest.mark.parametrize("lines, expected", [
    # An ask put to the meeting in so many words (asks_the_body) takes the sentence before too.
    (["The contractor has quoted £42 a cut. The Clerk asked members to agree to keep on this service.",
      "ABO proposed, CDP seconded, agreed."],
     ["The contractor has quoted £42 a cut. The Clerk asked members to agree to keep on this service. Agreed."]),
    (["Three firms sent prices for the bus shelter. The Chair asked the Council to approve these quotes.",
      "Proposed Ann Cole, seconded Raj Patel, carried."],
     ["Three firms sent prices for the bus shelter. The Chair asked the Council to approve these quotes. Carried."]),
    (["Parish Mutual offers cover at £388. The Treasurer asked members to agree to renew this policy.", "Agreed."],
     ["Parish Mutual offers cover at £388. The Treasurer asked members to agree to renew this policy. Agreed."]),
    # ... but not when the pointer names a time.
    (["The contractor quoted £40 a cut. The Clerk asked members to agree the verge cutting for this year.",
      "ABO proposed, CDP seconded, agreed."],
     ["The Clerk asked members to agree the verge cutting for this year. Agreed."]),
])
def test_an_ask_put_to_the_meeting_closing_on_a_pointer_takes_the_sentence_before(lines, expected):
    assert parish_minutes("# 4. Matters for decision", *lines) == expected


@pytest.mark.parametrize("lines, expected", [
    # A motion's own wording stays as it was read: the names stop before "that".
    (["Cllr Venn proposed and Cllr Obi seconded that a grit bin be bought for Mill Lane."],
     ["Cllr Venn proposed and Cllr Obi seconded that a grit bin be bought for Mill Lane."]),
    # A pointer to a time names no matter: the ask stands alone.
    (["The contractor quoted £40 a cut. The Clerk asked members to agree the grass cutting for this year.", "Agreed."],
     ["The Clerk asked members to agree the grass cutting for this year. Agreed."]),
])
def test_a_motion_and_a_pointer_to_a_time_are_read_as_before(lines, expected):
    assert parish_minutes("# 4. Matters for decision", *lines) == expected


# -- 3. A decision maker's first-person decision after what was considered --------------------------------------------
# A single member's or officer's decision record decides in the first person ("I approve ...", "I have decided to
# ...", sentence first_person_decision). The decision often follows what was considered and leads its parts below a
# colon ("Having considered the report of the Director and the representations received, I have decided:" / "(a) to
# award ..."). Not a view or a report's route.

@pytest.mark.parametrize("title, lead", [
    ("Lynford County Council - Individual Cabinet Member Decision",
     "Having considered the report of the Director of Place and the representations received, I have decided:"),
    ("Portfolio Holder Decision - Grass cutting contract 2027",
     "Having taken into account the consultation responses, I have decided:"),
    ("DELEGATED OFFICER DECISION", "Having read the officer's report, I have determined:"),
])
def test_a_first_person_decision_after_what_was_considered_leads_its_parts(title, lead):
    from committee_papers.extract.decision_documents import is_decision_document
    from committee_papers.extract.decisions import find_decisions
    from fictional_paper import passages_from_lines
    passages = passages_from_lines(f"# {title}", "# Decision", lead,
                                   "(a) to award the grass cutting contract to Verge Care Ltd for two years;",
                                   "(b) to ask officers to report on the second year by 30 April 2027.",
                                   "# Reasons", "The current contract ends on 31 March 2027.")
    assert is_decision_document(passages) == "first_person_decision"
    assert [" ".join(d.text.split()) for d in find_decisions(passages)] == [
        "to award the grass cutting contract to Verge Care Ltd for two years",
        "to ask officers to report on the second year by 30 April 2027."]


@pytest.mark.parametrize("sentence", [
    "Having considered the options, I have decided the report should go to Cabinet first.",
    "Having considered the options, I would ask the Cabinet Member to approve option 2.",
])
def test_a_considered_view_or_a_reports_ask_is_no_first_person_decision(sentence):
    from committee_papers.extract.decision_documents import is_decision_document
    from fictional_paper import passages_from_lines
    passages = passages_from_lines("# Report to the Cabinet Member for Highways", "1. Purpose of the report", sentence)
    assert is_decision_document(passages) is None
