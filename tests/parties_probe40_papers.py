"""Probe papers for contract PARTIES and PROVIDERS (stop 34): a body tied to a service or a sum by constructions
parties_probe37 does not hold.

The constructions p39 recorded, each in new wordings: a recommendation naming a body that opens with `the` to be
commissioned; a body part funded by the authority; an apposition `X, a local firm engaged ...`; a provider's name
broken by a hard line wrap; `facilities management by X` in a register cell; a pension fund's managers and advisers
(`retain X for ...`, `the X mandate`, `X's investment report`); firm names of one word or without a legal suffix.
And others papers use: appositions `X, a consultancy/charity/social enterprise ...`, `the contract held by X`, `X's
contract`, `incumbent X`, `X (the current provider)`, `through X`, `a retainer/SLA with X`, `X were re-appointed as
...`, `services are delivered on our behalf by X`, `Service - Provider` lines, `X has been running S since ...`, and
passives with `by X` after the service.  The negatives name a body in a role that is no contract: a partner
presenting its own report, a partner body, an applicant, a consultee, a grant to a public body, a source, a person.

``PAPERS`` maps a name to (format, blocks, expected) as in tests/parties_probe37_papers.py (the same builders).
``expected`` lists (commissioners, provider, value): value None for a relation stated without a sum.  Every
authority, fund, firm, charity, brand, person and figure is invented; no firm carries a legal suffix.  The
expectations were written before the tool was run on the papers.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parties_probe37_papers import _paper  # noqa: E402
from contracts_probe24_papers import build_paper  # noqa: E402


def build(name: str, folder: Path) -> Path:
    return build_paper(PAPERS, name, folder)


PAPERS: dict = {
    # ---- the constructions p39 recorded, each in new wordings -----------------------------------------------------
    "commission_the_ensemble": _paper(
        "txt", "Harrowdene Borough Council", "Cabinet", "Festival programme",
        "RECOMMENDATION",
        "That the Tarnside Youth Ensemble be commissioned to provide the opening concert of the summer festival at "
        "a fee of £12,500.",
        expected=[(("Harrowdene Borough Council",), "Tarnside Youth Ensemble", 12_500)]),
    "commission_the_trust_charity": _paper(
        "md", "Wrenfield District Council", "Communities Committee", "Heritage open days",
        "That the Old Mill Heritage Trust be commissioned to run the heritage open days programme for 2027.",
        expected=[(("Wrenfield District Council",), "Old Mill Heritage Trust", None)]),
    "part_funded_by_council": _paper(
        "html", "Kelbrook City Council", "Health Scrutiny Committee", "Social prescribing",
        "3.2 Linkways Wellbeing is part funded by Kelbrook City Council to provide social prescribing in the "
        "north of the city, receiving £48,000 this year.",
        expected=[(("Kelbrook City Council",), "Linkways Wellbeing", 48_000)]),
    "local_firm_spot_purchase": _paper(
        "txt", "Saddleworth Vale District Council", "Environment Committee", "Grounds maintenance",
        "2.3 Verges in the outlying villages are cut by Brackenrigg Groundcare, a local firm engaged on a "
        "spot-purchase basis, at a cost of about £21,000 a year.",
        expected=[(("Saddleworth Vale District Council",), "Brackenrigg Groundcare", 21_000)]),
    "monitored_by_hard_wrap": _paper(
        "txt", "Dunsford County Council", "Cabinet", "Telecare",
        "4.1 The telecare alarms are installed and monitored by Beaconpoint\nCare Alarms under a contract worth "
        "£230,000 a year.",
        expected=[(("Dunsford County Council",), "Beaconpoint Care Alarms", 230_000)]),
    "register_cell_by_x": _paper(
        "html", "Oakhurst Borough Council", "Audit Committee", "Contracts register",
        "The contracts due to expire in the next twelve months are:",
        ("t", [["Contract", "Expiry", "Annual value"],
               ["Civic centre facilities management by Stonebridge Facilities", "31 March 2027", "£410,000"],
               ["Pest control by Nettlebed Pest Services", "30 June 2027", "£16,800"]]),
        expected=[(("Oakhurst Borough Council",), "Stonebridge Facilities", 410_000),
                  (("Oakhurst Borough Council",), "Nettlebed Pest Services", 16_800)]),
    "pension_retain_manager": _paper(
        "docx", "Wyvern County Council", "Pension Fund Committee", "Investment strategy review",
        "5.1 The Committee is recommended to retain Halcyon Asset Management for the core equity holding of the "
        "Wyvern Pension Fund.",
        expected=[(("Wyvern County Council", "Wyvern Pension Fund"), "Halcyon Asset Management", None)]),
    "pension_the_x_mandate": _paper(
        "txt", "Eskdale Metropolitan Borough Council", "Pensions Committee", "Manager monitoring",
        "6.2 The Ironbridge Capital mandate returned 4.1% in the quarter against a benchmark of 3.8%; the fees paid "
        "for the mandate were £310,000 in the year.",
        expected=[(("Eskdale Metropolitan Borough Council", "Eskdale Pension Fund"), "Ironbridge Capital", 310_000)]),
    "pension_adviser_one_word": _paper(
        "md", "Thamesmead Pension Fund", "Pension Fund Committee", "Investment consultancy",
        "The Fund's investment consultant, Corriemoor, was re-appointed for a further three years at £95,000 a year.",
        expected=[(("Thamesmead Pension Fund",), "Corriemoor", 95_000)]),
    "one_word_firm_appointed": _paper(
        "txt", "Ravenglass Borough Council", "Cabinet", "Payroll system",
        "Cabinet agreed to appoint Payvista to supply the new payroll system at a cost of £88,000 over three years.",
        expected=[(("Ravenglass Borough Council",), "Payvista", 88_000)]),
    "two_word_group_administrator": _paper(
        "html", "Cheshunt Vale Pension Fund", "Pension Board", "Administration",
        "2.1 Scheme administration is provided by Ledger Group under a contract worth £1.4m over five years.",
        expected=[(("Cheshunt Vale Pension Fund",), "Ledger Group", 1_400_000)]),
    # ---- appositions -----------------------------------------------------------------------------------------------
    "apposition_consultancy": _paper(
        "docx", "Barrowford District Council", "Planning Policy Committee", "Local plan evidence",
        "3.4 Greywether Associates, a planning consultancy, was engaged to prepare the retail study at a fee of "
        "£24,000.",
        expected=[(("Barrowford District Council",), "Greywether Associates", 24_000)]),
    "apposition_charity_delivers": _paper(
        "txt", "Hollowell Borough Council", "Communities Scrutiny Panel", "Debt advice",
        "Moneyline North, a local charity, delivers the debt advice service for the Council under a grant of "
        "£55,000 a year.",
        expected=[(("Hollowell Borough Council",), "Moneyline North", 55_000)]),
    "apposition_social_enterprise": _paper(
        "md", "Kirkstall Heath City Council", "Cabinet", "Furniture reuse",
        "The furniture reuse scheme is run by Secondlife Furnish, a social enterprise, which is paid £36,000 a year.",
        expected=[(("Kirkstall Heath City Council",), "Secondlife Furnish", 36_000)]),
    # ---- the contract of / held by a body ---------------------------------------------------------------------------
    "contract_held_by": _paper(
        "txt", "Penwortham Borough Council", "Cabinet", "Leisure management",
        "The contract held by Fellwalk Leisure for the two sports centres ends in March 2027; it costs the "
        "Council £275,000 a year.",
        expected=[(("Penwortham Borough Council",), "Fellwalk Leisure", 275_000)]),
    "possessive_contract": _paper(
        "html", "NHS Wealdmoor Integrated Care Board", "Primary Care Commissioning Committee", "Patient transport",
        "Swiftline Ambulance's contract for non-emergency patient transport, worth £2.2m a year, is extended by "
        "twelve months.",
        expected=[(("NHS Wealdmoor Integrated Care Board",), "Swiftline Ambulance", 2_200_000)]),
    "incumbent_x": _paper(
        "txt", "Lanchester County Council", "Cabinet", "Highways maintenance",
        "The incumbent, Tarnway Highways, will continue the maintenance service until the new contract starts; the "
        "extension is worth £1.8m.",
        expected=[(("Lanchester County Council",), "Tarnway Highways", 1_800_000)]),
    "x_the_current_provider_brackets": _paper(
        "docx", "Medwin Borough Council", "Adult Social Care Committee", "Extra care housing",
        "Care at Orchard Court is delivered by Hawthorn Homecare (the current provider) at £410,000 a year.",
        expected=[(("Medwin Borough Council",), "Hawthorn Homecare", 410_000)]),
    "through_x": _paper(
        "txt", "Ravensworth City Council", "Housing Committee", "Temporary accommodation",
        "Nightly paid accommodation is procured through Keyhold Lettings, at a cost of £640,000 in 2025/26.",
        expected=[(("Ravensworth City Council",), "Keyhold Lettings", 640_000)]),
    "retainer_with_x": _paper(
        "md", "Stourmouth District Council", "Policy and Resources Committee", "Legal advice",
        "The Council holds a retainer with Allenby Chambers for planning appeals, costing £18,000 a year.",
        expected=[(("Stourmouth District Council",), "Allenby Chambers", 18_000)]),
    "sla_with_x": _paper(
        "txt", "Carnforth Fire and Rescue Authority", "Fire Authority", "Occupational health",
        "The Authority has a service level agreement with Wellmark Health for occupational health support, valued "
        "at £67,000 a year.",
        expected=[(("Carnforth Fire and Rescue Authority",), "Wellmark Health", 67_000)]),
    "were_reappointed_as": _paper(
        "html", "Office of the Police and Crime Commissioner for Westmere", "Joint Audit Committee", "Internal audit",
        "Brightside Assurance were re-appointed as internal auditors for 2026/27 at a fee of £58,000.",
        expected=[(("Office of the Police and Crime Commissioner for Westmere", "Police and Crime Commissioner for Westmere"), "Brightside Assurance", 58_000)]),
    "on_our_behalf_by": _paper(
        "txt", "Marlwood Town Council", "Full Council", "Allotments",
        "Allotment lettings are managed on our behalf by Greenrow Allotments at £4,200 a year.",
        expected=[(("Marlwood Town Council",), "Greenrow Allotments", 4_200)]),
    "service_dash_provider_lines": _paper(
        "txt", "Askern Borough Council", "Cabinet", "Commissioned services",
        "The main commissioned services and their providers are:",
        ("b", "Substance misuse treatment - Turning Tide Recovery"),
        ("b", "Sexual health clinics - Claremont Health Partnership"),
        expected=[(("Askern Borough Council",), "Turning Tide Recovery", None),
                  (("Askern Borough Council",), "Claremont Health Partnership", None)]),
    "has_been_running_since": _paper(
        "docx", "Ellerby District Council", "Communities Committee", "Community transport",
        "Dalesway Community Transport has been running the Ellerby dial-a-ride since 2019, funded at £46,000 a year.",
        expected=[(("Ellerby District Council",), "Dalesway Community Transport", 46_000)]),
    "passive_service_by_x": _paper(
        "txt", "Norbury Heath City Council", "Cabinet", "Homelessness",
        "The rough sleeper outreach service is provided by Streetreach Outreach, at an annual cost of £140,000.",
        expected=[(("Norbury Heath City Council",), "Streetreach Outreach", 140_000)]),
    "passive_survey_by_x_no_sum": _paper(
        "md", "Pellow County Council", "Environment Scrutiny Committee", "Flood risk",
        "The surface water modelling was undertaken by Rivermark Hydrology on behalf of the County Council.",
        expected=[(("Pellow County Council",), "Rivermark Hydrology", None)]),
    "police_contract_awarded_one_word": _paper(
        "txt", "Office of the Police and Crime Commissioner for Ashdown", "Police and Crime Panel", "Victim services",
        "The Commissioner has awarded the victim support contract to Havenlight for three years at £920,000.",
        expected=[(("Office of the Police and Crime Commissioner for Ashdown", "Police and Crime Commissioner for Ashdown"), "Havenlight", 920_000)]),
    "trust_outsourced_to": _paper(
        "html", "Kestrel Valley NHS Foundation Trust", "Board of Directors", "Pathology",
        "Histology reporting has been outsourced to Northgate Pathology Partners since January, at £380,000 a year.",
        expected=[(("Kestrel Valley NHS Foundation Trust",), "Northgate Pathology Partners", 380_000)]),
    "fire_framework_call_off": _paper(
        "docx", "Wendover Fire and Rescue Authority", "Resources Committee", "Breathing apparatus",
        "A call-off from the national framework with Airguard Safety will supply the new breathing apparatus for "
        "£1.05m.",
        expected=[(("Wendover Fire and Rescue Authority",), "Airguard Safety", 1_050_000)]),
    "partnering_with_x": _paper(
        "txt", "Linthorpe Borough Council", "Cabinet", "Energy efficiency",
        "The Council is partnering with Warmhomes Energy to install loft insulation in 300 homes, under a "
        "contract of £900,000.",
        expected=[(("Linthorpe Borough Council",), "Warmhomes Energy", 900_000)]),
    "extended_contract_of": _paper(
        "md", "Brantwood County Council", "Cabinet", "Youth services",
        "Cabinet agreed to extend the contract of Compass Youth Trust by one year at £210,000.",
        expected=[(("Brantwood County Council",), "Compass Youth Trust", 210_000)]),
    "hosted_by_software": _paper(
        "txt", "Coldharbour District Council", "Audit Committee", "ICT",
        "The revenues and benefits system is hosted by Cloudharbour under a five-year agreement costing £310,000.",
        expected=[(("Coldharbour District Council",), "Cloudharbour", 310_000)]),
    "supplier_colon_label": _paper(
        "html", "Marsden Vale Borough Council", "Cabinet", "Waste vehicles",
        "Decision: to purchase six refuse collection vehicles.",
        "Supplier: Dennison Trucks",
        "Total cost: £1,620,000",
        expected=[(("Marsden Vale Borough Council",), "Dennison Trucks", 1_620_000)]),
    "pension_custodian": _paper(
        "txt", "Fenmoor Pension Fund", "Pension Fund Committee", "Custody",
        "Custody of the Fund's assets is provided by Trustline Custody Services, whose fee was £120,000 last year.",
        expected=[(("Fenmoor Pension Fund",), "Trustline Custody Services", 120_000)]),
    # ---- negatives: a body in a role that is no contract ----------------------------------------------------------
    "neg_partner_presents_own_report": _paper(
        "txt", "Stainmore Pension Fund", "Pension Fund Committee", "Pooling update",
        "Northern Lights Pool presented its annual report on the pool's performance and answered questions.",
        expected=[]),
    "neg_manager_presented_update": _paper(
        "md", "Ambleside Vale Pension Fund", "Pension Fund Committee", "Market update",
        "Representatives of the pool operator presented the market update and members noted the report.",
        expected=[]),
    "neg_partner_body": _paper(
        "html", "Whitmoor Borough Council", "Community Safety Partnership", "Serious violence duty",
        "The Council works with Whitmoor Police and the Whitmoor Youth Justice Service as partners under the "
        "serious violence duty.",
        expected=[]),
    "neg_applicant_firm": _paper(
        "txt", "Greyfell District Council", "Licensing Committee", "Premises licence",
        "Moonlight Taverns applied for a variation of its premises licence to extend opening hours to 1am.",
        expected=[]),
    "neg_consultee_firm": _paper(
        "docx", "Bridgend Vale County Council", "Planning Committee", "Wind farm",
        "Nearby landowners and Skyline Aviation were consulted; Skyline Aviation raised no objection.",
        expected=[]),
    "neg_grant_to_parish": _paper(
        "txt", "Corbridge District Council", "Cabinet", "Community grants",
        "A grant of £8,000 was awarded to Hexley Parish Council for new benches on the green.",
        expected=[]),
    "neg_source_cited": _paper(
        "md", "Rotherfield City Council", "Health Scrutiny Committee", "Obesity",
        "Figures from Healthstat show that one in four adults in the city is obese.",
        expected=[]),
    "neg_person_named": _paper(
        "txt", "Blackwater Borough Council", "Standards Committee", "Complaint",
        "The complaint was investigated by Martin Oakes, the Monitoring Officer, who found no breach.",
        expected=[]),
    "neg_tenant_pays_council": _paper(
        "html", "Ashby Fields Borough Council", "Cabinet", "Estates",
        "Harbourline Cafe pays the Council a rent of £14,000 a year for the kiosk in the park.",
        expected=[]),
    "neg_recipient_of_award": _paper(
        "txt", "Kenwick County Council", "Cabinet", "Awards",
        "Brightpath Academy received the county's green schools award for its recycling work.",
        expected=[]),
}
