"""Relations without a value in the constructions round p41 taught the organisation evidence (org_evidence.yaml) and
the role phrases (contract_roles.yaml), each in three fictional wordings, with negatives: a body as the subject of
`is the (Council's) supplier of S`, a body labelled `(the incumbent)` or `(the current contractor)`, a plural
name's possessive (`X Couriers' contract`), a body instructed to do the work or novated the contract, a body that
continues to supply S, a body that holds the contract or lots; and no relation for replies received in the plural
from several bodies (every bidder's) or for a grant to a public body stated without a sum."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, provider_wording_tests  # noqa: E402

_COUNCIL = ("Tannerford Borough Council", "Cabinet")

MECHANISMS = {
    "subject_is_the_supplier_of": ProviderWordings(_COUNCIL, commissioned=True, naming=[
        ("Lumenway is the sole supplier of the Council's street lighting maintenance.", "Lumenway"),
        ("Dovecote Homecare are the Council's contracted provider of night sitting.", "Dovecote Homecare"),
        ("For now Tarnside Print remains our supplier for the poll cards.", "Tarnside Print"),
    ], naming_none=[
        "Kelby Care Group is the largest provider of residential care in the county.",
        "Members are the Board's link for the providers of care.",
    ]),
    "labelled_incumbent": ProviderWordings(_COUNCIL, commissioned=True, naming=[
        ("Ashby Meals (the incumbent) will run the lunch service until June.", "Ashby Meals"),
        ("Talks with Brightfield Grounds (the current contractor) began in May.", "Brightfield Grounds"),
        ("Tarnway Buses (incumbent) will run the school routes until July.", "Tarnway Buses"),
    ]),
    "plural_possessive_contract": ProviderWordings(_COUNCIL, commissioned=True, naming=[
        ("Cabinet agreed to extend Medway Couriers' contract for the post room by a year.", "Medway Couriers"),
        ("Harbour Lights' current agreement for the night shelter runs to June.", "Harbour Lights"),
        ("Tarnside Meals’ catering concession at the civic centre ends in May.", "Tarnside Meals"),
    ], naming_none=[
        "Officers' contracts of employment were noted.",
    ]),
    "instructed_or_novated": ProviderWordings(_COUNCIL, commissioned=True, naming=[
        ("Members noted that Gatehouse Guarding had been instructed to provide overnight cover at the depot.",
         "Gatehouse Guarding"),
        ("Fellbeck Surveyors were instructed to inspect the footbridge.", "Fellbeck Surveyors"),
        ("Northway Property were novated the repairs contract in May.", "Northway Property"),
    ], naming_none=[
        "Officers were instructed to report back in June.",
    ]),
    "continues_to_supply": ProviderWordings(_COUNCIL, commissioned=True, naming=[
        ("Redfern Fleet Services continue to supply and maintain the refuse vehicles.", "Redfern Fleet Services"),
        ("Brightway Cleaning will continue to clean the depot until May.", "Brightway Cleaning"),
        ("Harbour Lights continues to run the night shelter.", "Harbour Lights"),
    ], naming_none=[
        "Members continue to support the scheme.",
    ]),
    "holds_the_contract": ProviderWordings(_COUNCIL, commissioned=True, naming=[
        ("Greenhythe Hygiene holds the contract for cleaning the civic offices until March 2027.", "Greenhythe Hygiene"),
        ("Kelby Homecare currently holds both lots of the home care framework.", "Kelby Homecare"),
        ("Since 2021 Tarnside Leisure has held the leisure management contract.", "Tarnside Leisure"),
    ], naming_none=[
        "Marlow Scouts hold the lease of the hall.",
    ]),
    "replies_received_from_several": ProviderWordings(_COUNCIL, naming_none=[
        "Responses to the tender were received from Aldgate Audit, Beaconsfield Assurance and Corran Partners.",
        "Tenders for the grass cutting were received from Kestrel Grounds Ltd and Oakdene Mowing Ltd.",
        "Quotations have been received from Fenmoor Roofing Ltd and two other firms.",
    ]),
    "grant_to_a_public_body_without_a_sum": ProviderWordings(_COUNCIL, naming_none=[
        "The Council awarded a grant to Eastfield Town Council towards the new play area.",
        "A grant was awarded to Marden Parish Council for the war memorial repairs.",
        "Funding has been awarded to Kelby Town Council for the Christmas lights.",
    ]),
}

test_names_its_provider, test_names_no_provider = provider_wording_tests(MECHANISMS)
