"""Mends of stop 26 (d32), each a general mechanism with fictional examples (own wordings, invented authorities) and
negatives; the causes were found by sorting the real dev papers' missed decisions (parish and community councils'
and charities' minutes of the dev12, dev13 and dev16 sets)."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import parish_minutes_decisions, passages_from_lines

parish_minutes = parish_minutes_decisions


# -- 1. An ampersand joins deciding verbs as "and" does ----------------------------------------------------------
# Small bodies' minutes write "&" for "and" ("Approved & signed as correct.", "Received & noted.", "discussed &
# agreed by the Council"): verbs joined by an ampersand decide as the same verbs joined by "and" do, in an item's
# outcome after its title, in a minutes table's row and in a sentence whose subject is the meeting.

@pytest.mark.parametrize("items, expected", [
    ([[["212.", "To receive & approve the minutes of the last meeting: Approved & signed as correct."]]],
     "To receive & approve the minutes of the last meeting: Approved & signed as correct."),
    (["7. Minutes of the meeting held on 4 February: Approved & signed as a true record."],
     "Minutes of the meeting held on 4 February: Approved & signed as a true record."),
    (["9. Internal audit report for 2025/26: Received & noted."],
     "Internal audit report for 2025/26: Received & noted."),
    (["# 10. Grass cutting", "The grass cutting quote from Fellside Gardens was discussed & agreed by the Council."],
     "The grass cutting quote from Fellside Gardens was discussed & agreed by the Council."),
    (["# 11. Lone working", "The Council reviewed & adopted the lone working policy for the Clerk."],
     "The Council reviewed & adopted the lone working policy for the Clerk."),
])
def test_deciding_verbs_joined_by_an_ampersand_decide(items, expected):
    assert parish_minutes(*items) == [expected]


@pytest.mark.parametrize("items", [
    [[["211.", "Apologies & absences: Cllr Webb."]]],
    ["8. Roads & footpaths: The Clerk reported three potholes on Mill Lane."],
    ["# 12. Correspondence", "Letters from the police & the fire service were read out."],
])
def test_an_ampersand_outside_a_deciding_phrase_decides_nothing(items):
    assert parish_minutes(*items) == []


# -- 2. The last minutes confirmed after they were corrected -----------------------------------------------------
# "The minutes were amended to list X among those present and then accepted as a correct record.": what was done to
# the minutes before they were confirmed may be an amendment with what it changed ("amended to ...", "corrected at
# item 4", "updated to add ..."), joined by "and" or "and then", as "read", "reviewed" or "checked" already are.

@pytest.mark.parametrize("sentence, lead", [
    ("The minutes were amended to list Mrs Dale among those present and then accepted as a correct record.",
     # naming them only as "the minutes", the item's title says which (names_only_its_item)
     "Minutes of the last meeting: "),
    ("The minutes of the January meeting were corrected at item 4 and then approved as a correct record.", ""),
    ("The minutes of the meeting held on 4 February were updated to add the Treasurer's apologies and signed as a "
     "true record.", ""),
    ("The draft minutes were amended in the finance section, and agreed as an accurate account.", ""),
])
def test_the_last_minutes_confirmed_after_a_correction_are_a_decision(sentence, lead):
    assert parish_minutes("# 2. Minutes of the last meeting", sentence) == [lead + sentence]


@pytest.mark.parametrize("sentence", [
    "The minutes were amended to correct the date of the hall inspection.",
    "The Clerk corrected the minutes at item 4 and then circulated them by email.",
])
def test_minutes_corrected_but_not_confirmed_give_none(sentence):
    assert parish_minutes("# 2. Minutes of the last meeting", sentence) == []


# -- 3. A body that looked at a matter and then decided it, in one sentence --------------------------------------
# "The Trustees reviewed the draft and agreed to adopt it from May": a body's sentence whose first verb only
# looks at the matter (considered, discussed, debated, reviewed, examined, looked at) and whose verb after "and"
# decides (agreed, approved, accepted, adopted, confirmed ...) is a decision, the whole sentence; noting, asking or
# thanking after "and" stays discussion, as does someone else's decision after the body's discussion.

TRUST_MINUTES = "# Minutes of the Trustees of the Hallow Green Village Hall Trust held on 11 March 2026"


def trust_minutes(*items):
    passages = passages_from_lines(TRUST_MINUTES, "Present: A Bell (Chair), C Dunn, R Obi.", *items,
                                   "The meeting closed at 9pm.")
    return [" ".join(d.text.split()) for d in find_decisions(passages, committee="the Trustees",
                                                             meeting_date="2026-03-11")]


@pytest.mark.parametrize("sentence", [
    "The Trustees reviewed the draft lettings policy and agreed to adopt it from May.",
    "The Trustees considered the three roofing quotes and accepted the lowest, from Tarn Roofing.",
    "The Trustees discussed the fees note and agreed to adopt it once the autumn fee review is done.",
    "Trustees examined the revised scheme of delegation and approved it without change.",
    "The Trustees looked at the plans for the new porch and agreed to ask for a brick design.",
    "The Trustees debated the request from the playgroup at length and refused it.",
])
def test_a_body_that_looked_at_a_matter_and_then_decided_it_decides(sentence):
    assert trust_minutes("# 6. Lettings", sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Trustees discussed the pressures on the caretaker and noted the concerns of the hirers.",
    "The Trustees discussed the paper and asked for more figures before the next meeting.",
    "The Trustees considered the report and thanked the Treasurer for her work.",
    "The Trustees reviewed the insurance schedule and the Chair agreed to ring the broker.",
])
def test_a_body_that_looked_at_a_matter_without_deciding_gives_none(sentence):
    assert trust_minutes("# 6. Lettings", sentence) == []
