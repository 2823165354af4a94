"""e42 (stop 29): the paper's kind is judged once in cp_metadata and asked again through of_kind.  All text is
fictional.

A parish, town or community council's minutes that name no meeting are the council's own (committee = the
council): the test reads the kind cp_metadata already judged, not a second run of the decider (whose name the
module no longer imports: the extraction failed on such papers).  A body that is no local council keeps no
committee.
"""
from __future__ import annotations

import pytest

from probe_harness import extract_blocks

BUSINESS = ["Present: Cllrs Amble, Birch and Corran, and the Clerk.",
            "1. Apologies for absence were received from Cllr Dale.",
            "2. Declarations of interest: none.",
            "3. The minutes of the last meeting were approved and signed.",
            "4. {body} agreed to repair the bus shelter on Mill Lane.",
            "The meeting closed at 8.40pm."]


def _business(body: str) -> list[str]:
    return [line.format(body=body) for line in BUSINESS]


@pytest.mark.parametrize("blocks, council", [
    # the council as the paper's heading
    ([("heading", "Upper Marsh Parish Council", 1, 1), *_business("The council")], "Upper Marsh Parish Council"),
    # the council over a bare minutes line
    (["Kelby Town Council", "Minutes", *_business("The council")], "Kelby Town Council"),
    # the council only in the address at the foot
    ([*_business("The council"), "Thornby Community Council, The Old School, Thornby"], "Thornby Community Council"),
])
def test_a_local_councils_minutes_naming_no_meeting_are_the_councils_own(blocks, council):
    found = extract_blocks(*blocks)
    assert (found.committee, found.authority) == (council, council)


def test_a_body_that_is_no_local_council_names_no_meeting_for_itself():
    found = extract_blocks("Fenmarsh District Council", "Minutes", *_business("The council"))
    assert found.authority == "Fenmarsh District Council"
    assert found.committee is None
