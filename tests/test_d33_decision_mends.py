"""Mends of stop 26 round 33 (d33), each a general mechanism with fictional examples (own wordings, invented
authorities) and negatives; the causes were found by sorting the real dev papers' missed decisions (parish and
community councils' and school governors' minutes of the dev16 and dev18 sets, checked against dev2 and dev3)."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_lines

PARISH_MINUTES = "# Minutes of the Ashcombe Parish Council meeting held on 11 March 2026"


def parish_minutes(*items):
    passages = passages_from_lines(PARISH_MINUTES, "Present: Cllrs Orr, Pike and Venn and the Clerk.", *items,
                                   "The meeting closed at 9.10pm.")
    return [" ".join(d.text.split()) for d in find_decisions(passages, committee="the Parish Council",
                                                             meeting_date="2026-03-11")]


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
