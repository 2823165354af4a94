"""Mends of stop 26 round 33 (d33), each a general mechanism with fictional examples (own wordings, invented
authorities) and negatives; the causes were found by sorting the real dev papers' missed decisions (parish and
community councils' and school governors' minutes of the dev16 and dev18 sets, checked against dev2 and dev3)."""
from __future__ import annotations

import pytest

from fictional_paper import parish_minutes_decisions

parish_minutes = parish_minutes_decisions


# -- 1. "It was agreed ..." run on without its stop --------------------------------------------------------------
# Minutes exported from a website as one paragraph lose the line ends between an item's title (or the last amount of
# a list) and the sentence deciding it: "6.1 Purchase of a grit bin It was agreed by all that ...". A capital "It"
# opening "It was (also) agreed/decided/resolved" after a word or figure inside a sentence starts a new sentence.

@pytest.mark.parametrize("paragraph, expected", [
    ("5. Matters arising. 6.1 Purchase of a grit bin It was agreed by all that a grit bin would be bought for Mill "
     "Lane. 7. Close",
     "It was agreed by all that a grit bin would be bought for Mill Lane."),
    ("6. Finance. Current account £4120.77 Reserve £2210.40 It was agreed by all that £900 would be moved to the "
     "reserve account. 7. Close",
     "It was agreed by all that £900 would be moved to the reserve account."),
    ("8. Village green works It was decided that the pond area should be cleared by volunteers in the autumn. "
     "9. Close",
     "It was decided that the pond area should be cleared by volunteers in the autumn."),
    ("4. Payments. Hall hire £40.00 Mower repair £62.50 It was also agreed the litter picker would be paid £80 once "
     "the invoice is received. 5. Close",
     "It was also agreed the litter picker would be paid £80 once the invoice is received."),
])
def test_it_was_agreed_run_on_after_a_title_or_amount_decides(paragraph, expected):
    assert parish_minutes(paragraph) == [expected]


@pytest.mark.parametrize("paragraph", [
    "5. Bus shelter. The Clerk reported it was agreed last year that the county would repair the shelter.",
    "6. Correspondence. A resident asked whether it was decided to close the lane; the Clerk will find out.",
])
def test_it_was_agreed_in_lower_case_inside_a_sentence_is_no_run_on(paragraph):
    assert parish_minutes(paragraph) == []


# -- 2. A passive decision after what was done to its matter first -----------------------------------------------
# "Accounts were presented and accepted for payment.", "The quarterly summary of issues was discussed and agreed.":
# the participles of what was done to a matter before it was decided (words done_before_deciding, as in
# passive_by_body) may stand between "was/were" and the deciding verb, in passive_item (a matter word as subject)
# and passive_agreed (whatever was agreed, the sentence ending on the assent).

@pytest.mark.parametrize("sentence", [
    "Accounts were presented and accepted for payment.",
    "The accounts for March were checked and approved for payment.",
    "The draft budget for 2027/28 was circulated, discussed and adopted.",
    "The yearly summary and update of incidents was discussed and agreed.",
    "A new bench by the war memorial was presented and approved.",
    "Free parking for the Christmas market was considered and agreed unanimously.",
])
def test_a_passive_decided_after_what_was_done_to_it_decides(sentence):
    assert parish_minutes("# 6. Finance and projects", sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The accounts were presented.",
    "The village plan was discussed and amended.",
    "The Local Plan was read and adopted in 2019.",
    "Members asked whether the new rota was discussed and agreed.",
])
def test_what_was_done_without_a_deciding_verb_or_at_another_time_decides_nothing(sentence):
    assert parish_minutes("# 6. Finance and projects", sentence) == []


def test_a_decision_run_on_in_the_next_sentence_is_not_the_terms_of_the_one_before():
    # The sentence after a decision that reads as one would be taken as its terms ("... would be paid once ...");
    # a decision run on inside it (part 1 above) starts a decision of its own instead.
    paragraph = ("6. Finance. It was also agreed the caretaker would be paid £80 once the invoice is received. "
                 "Balances @ 01.03.26 Current £4120.77 Reserve £2210.40 It was agreed by all that £900 would be "
                 "transferred to the reserve account. 7. Close")
    assert parish_minutes(paragraph) == [
        "It was also agreed the caretaker would be paid £80 once the invoice is received.",
        "It was agreed by all that £900 would be transferred to the reserve account."]
