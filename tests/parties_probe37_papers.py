"""Probe papers for contract PARTIES (stop 28): a body tied to a sum or a service by a CONSTRUCTION.

Each paper states one or two contracts or relations through a preposition or clause shape that links a body to a
purchase -- the tender OF a body accepted, goods bought FROM a body (a gerund purchase verb), a body named WITH ...
AS the new operator, a body GIVEN a grant, the contract WITH a body in an aside, a study commissioned BY one body and
prepared BY another, a sum FOR a year TO a body, a quoted brand as the object of `contracted`, and others papers use:
relative clauses, appositions, dashes, passives, `under a contract with`, `won`, `placing an order with`, list lines
and table rows.  The negatives name a body in a role that is no contract: a consultee, an author, an applicant, a
citation, a body only mentioned, a grant to a public body, income from a department, a tender refused.

``PAPERS`` maps a name to (format, blocks, expected) as in tests/contracts_probe24_papers.py (the same builders).
``expected`` lists (commissioners, provider, value): value None for a relation stated without a sum.  Every
authority, firm, charity, brand, person and figure is invented and no firm carries a legal suffix; the expectations
were written before the tool was run on the papers.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contracts_probe20_papers as p20  # noqa: E402
from contracts_probe24_papers import build_paper  # noqa: E402

FILLER = p20.FILLER


def build(name: str, folder: Path) -> Path:
    return build_paper(PAPERS, name, folder)


def _paper(fmt: str, authority: str, committee: str, title: str, *paragraphs, expected=()):
    """A paper of ``fmt`` headed by its authority, committee and title, its paragraphs (a ``(kind, content)`` pair
    is kept as given: a table or a bullet) and a filler paragraph after them."""
    blocks = [("h", authority), ("h", committee), ("h", title)]
    blocks += [p if isinstance(p, tuple) else ("p", p) for p in paragraphs]
    blocks.append(("p", FILLER))
    return fmt, blocks, list(expected)


PAPERS: dict = {
    # ---- the constructions p36 recorded, each in a new wording ----------------------------------------------------
    "accept_the_tender_of": _paper(
        "txt", "Carrowmore Borough Council", "Cabinet", "Park railings renewal",
        "3.1 Cabinet is recommended to accept the tender of Harrowgate Fencing at £64,500 for renewing the railings "
        "around Victoria Park.",
        expected=[(("Carrowmore Borough Council",), "Harrowgate Fencing", 64_500)]),
    "buying_from_gerund": _paper(
        "html", "Eastmarsh District Council", "Environment Committee", "Winter service",
        "4.2 The Council has been buying its road salt from Northfell Minerals since 2021, spending £112,000 last winter.",
        expected=[(("Eastmarsh District Council",), "Northfell Minerals", 112_000)]),
    "purchasing_gerund_after_by": _paper(
        "docx", "Lintwhite County Council", "Cabinet", "School meals equipment",
        "5.1 Officers propose to save £30,000 by purchasing the replacement ovens from Kitchenline Direct at a cost "
        "of £146,000.",
        expected=[(("Lintwhite County Council",), "Kitchenline Direct", 146_000)]),
    "with_x_as_new_operator": _paper(
        "txt", "Bramwick Borough Council", "Cabinet", "Leisure centre management",
        "2.4 The centre will reopen in April 2027 with Brightwell Leisure as the new operator, under a management fee of "
        "£240,000 a year.",
        expected=[(("Bramwick Borough Council",), "Brightwell Leisure", 240_000)]),
    "with_x_as_provider_aside": _paper(
        "md", "Pellingford City Council", "Adult Social Care Scrutiny Panel", "Carers support",
        "The carers hub was recommissioned last year, with Hearthside Carers as the lead provider, at £185,000 a year.",
        expected=[(("Pellingford City Council",), "Hearthside Carers", 185_000)]),
    "give_x_a_grant": _paper(
        "html", "Tollesby Borough Council", "Communities Committee", "Winter food support",
        "6.1 Members agreed to give Oakfield Foodbank a one-off grant of £15,000 to run the winter pantry.",
        expected=[(("Tollesby Borough Council",), "Oakfield Foodbank", 15_000)]),
    "give_x_a_sum_grant": _paper(
        "txt", "Wexley District Council", "Cabinet", "Community transport",
        "Cabinet is asked to give Ridgeline Community Transport a £42,000 revenue grant for the dial-a-ride service.",
        expected=[(("Wexley District Council",), "Ridgeline Community Transport", 42_000)]),
    "present_contract_with_aside": _paper(
        "docx", "Halberton Borough Council", "Policy and Resources Committee", "Office cleaning",
        "1.2 The present contract, with Tidemark Cleaning, expires on 31 August 2026 and costs £48,000 a year.",
        expected=[(("Halberton Borough Council",), "Tidemark Cleaning", 48_000)]),
    "current_agreement_with_aside": _paper(
        "txt", "NHS Severnvale Integrated Care Board", "Primary Care Commissioning Committee", "Interpreting services",
        "The current agreement, held by Lingua Bridge, runs until March 2027 at a cost of £96,000 a year.",
        expected=[(("NHS Severnvale Integrated Care Board",), "Lingua Bridge", 96_000)]),
    "commissioned_by_prepared_by": _paper(
        "html", "Kettlewell City Council", "Transport Scrutiny Committee", "Bus network study",
        "2.1 The study, commissioned by Kettlewell City Council and prepared by Lindenfield Consulting, cost £38,000.",
        expected=[(("Kettlewell City Council",), "Lindenfield Consulting", 38_000)]),
    "carried_out_by_for": _paper(
        "txt", "Ashmoor District Council", "Overview and Scrutiny Committee", "Housing stock condition",
        "The stock condition survey was carried out by Cornerstone Surveys for the Council at a fee of £27,400.",
        expected=[(("Ashmoor District Council",), "Cornerstone Surveys", 27_400)]),
    "sum_for_year_to_x": _paper(
        "docx", "Garthby Borough Council", "Cabinet", "Welfare advice",
        "4.3 Cabinet approved £72,000 for 2026/27 to Meadowbank Advice for the welfare benefits service.",
        expected=[(("Garthby Borough Council",), "Meadowbank Advice", 72_000)]),
    "quoted_brand_contracted": _paper(
        "txt", "Sallowfield Borough Council", "Cabinet", "Cashless parking",
        "3.3 The Council has contracted \u201cParkwise\u201d to run the pay-by-phone parking service for £18,000 a year.",
        expected=[(("Sallowfield Borough Council",), "Parkwise", 18_000)]),
    # ---- other constructions papers use ---------------------------------------------------------------------------
    "procure_from": _paper(
        "html", "Dunholme County Council", "Cabinet", "Fleet replacement",
        "5.2 Cabinet agreed to procure 40 electric pool cars from Voltway Fleet at a total cost of £1.1m.",
        expected=[(("Dunholme County Council",), "Voltway Fleet", 1_100_000)]),
    "contract_with_which_clause": _paper(
        "txt", "Glenford Borough Council", "Cabinet", "Dial-a-ride",
        "The contract with Greyfriars Transport, which runs the dial-a-ride buses, is worth £310,000 a year.",
        expected=[(("Glenford Borough Council",), "Greyfriars Transport", 310_000)]),
    "under_a_contract_with": _paper(
        "docx", "Moorbridge District Council", "Audit Committee", "IT support",
        "The IT helpdesk is run under a contract with Ferncliff Digital, worth £180,000 annually.",
        expected=[(("Moorbridge District Council",), "Ferncliff Digital", 180_000)]),
    "apposition_home_care_provider": _paper(
        "txt", "Westerleigh County Council", "Cabinet", "Home care uplift",
        "Rowanbank Care, the Council's main home care provider, will receive an uplift of £94,000 for 2026/27.",
        expected=[(("Westerleigh County Council",), "Rowanbank Care", 94_000)]),
    "dashes_sole_bidder": _paper(
        "html", "Calderbrook Borough Council", "Cabinet", "Depot roof",
        "The only bidder \u2013 Corrie Roofing \u2013 was awarded the depot re-roofing contract at £86,200.",
        expected=[(("Calderbrook Borough Council",), "Corrie Roofing", 86_200)]),
    "payment_to_x_for": _paper(
        "txt", "Ovington Town Council", "Full Council", "Accounts for payment",
        "A payment of £9,500 to Stonehill Arborists for the tree safety surveys was approved.",
        expected=[(("Ovington Town Council",), "Stonehill Arborists", 9_500)]),
    "selected_to_deliver": _paper(
        "md", "Harnham Borough Council", "Cabinet", "Holiday activities",
        "Following a mini-competition, Bluebell Play was selected to deliver the holiday activities programme at "
        "£57,000.",
        expected=[(("Harnham Borough Council",), "Bluebell Play", 57_000)]),
    "uses_x_to_produce": _paper(
        "txt", "Kingsmead District Council", "Audit Committee", "Elections",
        "The Council uses Quayside Print to produce the ballot papers, at a cost of £11,200 per election.",
        expected=[(("Kingsmead District Council",), "Quayside Print", 11_200)]),
    "engage_x_to_advise": _paper(
        "docx", "Brackley Vale Borough Council", "Cabinet", "Housing company",
        "Approval is sought to engage Penhallow Legal to advise on the housing company, at a capped fee of £40,000.",
        expected=[(("Brackley Vale Borough Council",), "Penhallow Legal", 40_000)]),
    "won_the_contract": _paper(
        "txt", "Eastcombe County Council", "Cabinet", "School transport",
        "Moorcroft Buses won the Eastfield school routes contract, worth £198,000 a year.",
        expected=[(("Eastcombe County Council",), "Moorcroft Buses", 198_000)]),
    "placing_an_order_with": _paper(
        "html", "Thornleigh Borough Council", "Environment Committee", "Tree planting",
        "Officers are placing an order with Hedgerow Nurseries for 600 whips at £14,400.",
        expected=[(("Thornleigh Borough Council",), "Hedgerow Nurseries", 14_400)]),
    "direct_award_to": _paper(
        "txt", "NHS Fellbrook Integrated Care Board", "Primary Care Commissioning Committee", "Interpreting",
        "The service was secured by way of a direct award to Fellside Interpreting, value £34,000.",
        expected=[(("NHS Fellbrook Integrated Care Board",), "Fellside Interpreting", 34_000)]),
    "trust_subcontracts_to": _paper(
        "docx", "Tamar Reach NHS Foundation Trust", "Board of Directors", "Audiology",
        "The Trust sub-contracts the adult hearing service to Soundwell Hearing for £160,000 a year.",
        expected=[(("Tamar Reach NHS Foundation Trust",), "Soundwell Hearing", 160_000)]),
    "funded_x_to_offer": _paper(
        "txt", "Oxley Health and Wellbeing Board", "Health and Wellbeing Board", "Carers breaks",
        "The Board funded Coastline Carers to offer 300 respite breaks (£75,000).",
        expected=[(("Oxley Health and Wellbeing Board",), "Coastline Carers", 75_000)]),
    "renewing_licence_with_gerund": _paper(
        "md", "Wenlow District Council", "Cabinet", "Planning software",
        "Renewing the licence with Pathcode Software for three years will cost £27,500.",
        expected=[(("Wenlow District Council",), "Pathcode Software", 27_500)]),
    "lot_lines_colon": _paper(
        "txt", "Marrick County Council", "Cabinet", "Community meals",
        "The lots are recommended for award as follows:",
        ("b", "Lot 1 meals on wheels: Greenplate Kitchens (£260,000)"),
        ("b", "Lot 2 luncheon clubs: Willow Table (£84,000)"),
        expected=[(("Marrick County Council",), "Greenplate Kitchens", 260_000),
                  (("Marrick County Council",), "Willow Table", 84_000)]),
    "table_supplier_rows": _paper(
        "html", "Silverdale Borough Council", "Cabinet", "Contracts awarded in the quarter",
        "The contracts awarded under delegated powers in the quarter were:",
        ("t", [["Supplier", "Service", "Value"],
               ["Brightlamp Electrical", "Street lighting repairs", "£52,000"],
               ["Clearwell Drains", "Gully cleansing", "£38,500"]]),
        expected=[(("Silverdale Borough Council",), "Brightlamp Electrical", 52_000),
                  (("Silverdale Borough Council",), "Clearwell Drains", 38_500)]),
    "the_provider_apposition_first": _paper(
        "txt", "Hebbleton Borough Council", "People Scrutiny Committee", "Day care",
        "The provider, Lanterns Day Care, has asked for an uplift; the contract is worth £112,000 a year.",
        expected=[(("Hebbleton Borough Council",), "Lanterns Day Care", 112_000)]),
    "passes_to_on_novation": _paper(
        "docx", "Cranmoor District Council", "Cabinet", "Facilities management",
        "The facilities contract will be novated to Ashgrove Facilities on 1 June; its value of £520,000 is unchanged.",
        expected=[(("Cranmoor District Council",), "Ashgrove Facilities", 520_000)]),
    # ---- negatives: a body in a role that is no contract ----------------------------------------------------------
    "neg_consultee": _paper(
        "txt", "Lowbridge Borough Council", "Cabinet", "Parking zones",
        "Lowfield Residents Association and Lowbridge Chamber of Trade were consulted on the new parking zones in May.",
        expected=[]),
    "neg_author": _paper(
        "html", "Fenbury City Council", "Scrutiny Committee", "Air quality",
        "This report was prepared by Amelia Stone, Head of Environmental Health, with help from the Council's "
        "policy team.",
        expected=[]),
    "neg_applicant": _paper(
        "txt", "Radford Vale District Council", "Planning Committee", "Land at Mill Lane",
        "An application from Harbour Homes for 40 dwellings on land at Mill Lane was refused.",
        expected=[]),
    "neg_citation": _paper(
        "docx", "Kingsfold County Council", "Health Scrutiny Committee", "Unpaid carers",
        "Research by the Kingsfield Institute (2024) found that three in ten carers had not had a break for a year.",
        expected=[]),
    "neg_body_only_mentioned": _paper(
        "txt", "Stanbury Borough Council", "Community Safety Partnership", "Antisocial behaviour",
        "Representatives of Stanbury Police and Fairway Housing attended and described the summer patrols.",
        expected=[]),
    "neg_grant_to_public_body": _paper(
        "html", "Eddington District Council", "Cabinet", "Play areas",
        "Cabinet agreed to give Millbeck Town Council a grant of £20,000 towards the new play area.",
        expected=[]),
    "neg_income_from_department": _paper(
        "txt", "Orwell Heath County Council", "Cabinet", "Bus funding",
        "The Council has received £1.2m from the Department for Transport for bus service improvements.",
        expected=[]),
    "neg_tender_not_accepted": _paper(
        "md", "Quarrington Parish Council", "Parish Council", "Village hall roof",
        "The tender of Quarrybank Build was not accepted as it exceeded the budget.",
        expected=[]),
    "neg_with_x_as_chair": _paper(
        "txt", "Holmebridge Borough Council", "Council", "Appointments",
        "The panel was set up in May with Councillor Joan Pike as the new chair.",
        expected=[]),
    "neg_thanks": _paper(
        "docx", "Pennick Town Council", "Full Council", "Summer fair",
        "Members thanked Wellspring Volunteers and the Pennick Scouts for their help at the summer fair.",
        expected=[]),
    "neg_buying_from_the_council": _paper(
        "txt", "Ferrisham Borough Council", "Cabinet", "Resident permits",
        "More residents are now buying their parking permits from the Council's website than at the counter.",
        expected=[]),
}
