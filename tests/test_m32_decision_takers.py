"""m32 (stop 26 round 1): a proposed record of decision's `To be decided by` (`To be taken by`, `To be made by`) names
who will take the decision, as `Decision to be taken by` does (cover_labels.yml committee).  All text is fictional."""
from __future__ import annotations

import pytest

from probe_harness import extract_blocks


# --- a proposed decision's `To be decided by` names who will take it -------------------------------------------------

@pytest.mark.parametrize("label, committee", [
    ("TO BE DECIDED BY: Cabinet", "Cabinet"),
    ("To be taken by | Leader of the Council", "Leader of the Council"),
    ("To be made by: Cabinet Member for Highways", "Cabinet Member for Highways"),
    ("Decision to be taken by: Cabinet", "Cabinet"),  # (as before)
])
def test_a_proposed_decisions_taker_is_its_committee(label, committee):
    found = extract_blocks(("heading", "ASHCOMBE COUNTY COUNCIL – PROPOSED RECORD OF DECISION"), label,
                     "DECISION REF: 26/00012", ("heading", "Key decision: YES"),
                     "Subject of the decision: Library opening hours 2026-27", "Decision:",
                     "Cabinet agree to adopt the opening hours set out in Appendix A.")
    assert found.committee == committee, found.committee
