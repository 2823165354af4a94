"""Round c29: contracts, parties and providers said in wordings not yet covered, each mechanism with fictional wordings
and negatives (papers about invented bodies; the sentences are written for these tests)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, provider_wording_tests  # noqa: E402


MECHANISMS = {
    # an agreement named by what it buys is held by the body it is with (contract_roles.yaml provider.agreement_before)
    "an agreement named by what it buys": ProviderWordings(
        ("Harrowgate Community Hospitals NHS Trust", "Trust Board"),
        naming=[
            ("The Board is asked to note that the insourcing agreement with Clearview Imaging for weekend MRI lists, "
             "worth £850,000 in 2025/26, ends on 31 March 2026.", "Clearview Imaging", 850000),
            ("Approve a seven-year inspection and maintenance agreement with Hoseline Safety from 1 May 2026 at "
             "£72,000 a year.", "Hoseline Safety", 72000),
            ("The call-in concerned the decision to extend the management agreement with Fellgate Leisure Trust for "
             "two years at a reduced fee of £310,000 a year.", "Fellgate Leisure Trust", 310000),
            ("The laundry agreement with Brightwash Linen Services runs to June 2027.", "Brightwash Linen Services"),
        ],
        naming_none=[
            "The Trust has signed a data sharing agreement with Lindale Analytics for the clinical audit.",
            "The section 106 agreement with Broadmead Homes secures £1.2m towards the new surgery.",
            "The lease agreement with Harbury Estates for the clinic building ends in 2030.",
            "Members reached agreement with Fellgate Leisure Trust on the timetable for the review.",
        ],
    ),
}

test_names_its_provider, test_names_no_provider = provider_wording_tests(MECHANISMS)
