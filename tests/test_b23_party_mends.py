"""Round b23: parties and providers the real development papers lost, each general cause with fictional wordings and
negatives (papers about invented bodies; the sentences are written for these tests)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, provider_wording_tests  # noqa: E402


# Each mechanism's wordings, each sentence alone in a paper under the opening's authority and committee: the sentences
# naming a provider, and the negatives naming none.
MECHANISMS = {
    # A formal partnership or a partnership agreement with a body for a service is a contract with it (a council's
    # Primary Authority partnership for regulatory advice, a partnership agreement for building control); working
    # in partnership with a peer, or a partnership named without its formal word, is not.
    "a formal partnership or partnership agreement with a body": ProviderWordings(
        ("Fenmarket Libraries Ltd", "Board Minutes"),
        naming=[
            ("The formal partnership with Kelby Borough Council for trading standards advice is progressing.",
             "Kelby Borough Council"),
            ("The partnership agreement with Marshfold District Council for building control runs to 2027.",
             "Marshfold District Council"),
            ("The Board signed a Primary Authority partnership with Wexcombe City Council for fire safety advice.",
             "Wexcombe City Council"),
        ],
        naming_none=[
            "The Council works in partnership with Kelby Borough Council on the bid.",
            "A strategic partnership with Marshfold District Council was discussed at the summit.",
            "Partnerships with Wexcombe City Council and local schools were celebrated.",
        ],
    ),
    # A lease's terms (a break arrangement, a lease or tenancy agreement) are with a landlord or a tenant, often a
    # place standing for its premises: no supplier of a service.
    "a lease's arrangement with a landlord or place": ProviderWordings(
        ("Fenmarket Libraries Ltd", "Board Minutes"),
        naming=[
            ("The service arrangement with Kelby Cleaning Ltd for the branch libraries runs to June.", "Kelby Cleaning Ltd"),
        ],
        naming_none=[
            "The request is to renegotiate on similar terms and seek a similar 5 year break arrangement with Dunmere.",
            "The lease arrangement with Harrowgate Estates Ltd for the Elmcote branch runs to 2030.",
            "Officers will agree a tenancy agreement with Oakhurst Village Hall for the mobile library depot.",
        ],
    ),
    # A relative clause right after a name states the name's own relation: a denial in the main clause before the name
    # (`we have no one here from X, who is our provider of S`) denies nothing of it; one inside the clause still does.
    "a relative clause after a name in a denied main clause": ProviderWordings(
        ("Harlow Vale Council", "Health Scrutiny Board"),
        naming=[
            ("We have no one here from Kelmoor Ambulance Service, who is our provider of the helpline.", "Kelmoor Ambulance Service"),
            ("No one was present from Wexcombe Community Dental Ltd, which is the current provider of the school dental checks.",
             "Wexcombe Community Dental Ltd"),
            ("There was no report this month from Brightwell Home Care Ltd, who are our provider of night sitting.",
             "Brightwell Home Care Ltd"),
        ],
        naming_none=[
            "Kelmoor Ambulance Service, who is no longer our provider of the helpline, sent apologies.",
            "Wexcombe Community Dental Ltd, which is not the current provider of the school dental checks, wrote to members.",
            "No one from Brightwell Home Care Ltd attended the meeting.",
        ],
    ),
    # A firm doing the audit's own work is the auditor: it presents the audit's report, letter or findings, or its people
    # attend the signing of the accounts; a body presenting its own accounts, or attending another signing, is not.
    "a firm doing the audit's own work": ProviderWordings(
        ("Fenmarket Libraries Ltd", "Board Minutes"),
        naming=[
            ("Jo Bell and Sam Hart of Penrose Avery attended this item of the meeting for the formal signing of the accounts.",
             "Penrose Avery"),
            ("Sam Hart from Marlow Crane presented the annual audit letter.", "Marlow Crane"),
            ("Hallam Crane issued the final audit opinion in September.", "Hallam Crane"),
        ],
        naming_none=[
            "Fenmoor Group Ltd presented its audited accounts to the Board.",
            "Jo Bell of Kelby Lettings attended the meeting for the signing of the lease.",
            "The Finance Manager presented the audit findings report.",
        ],
    ),
}


test_a_mechanisms_wording_names_its_provider, test_a_mechanisms_negative_names_no_provider = provider_wording_tests(MECHANISMS)
