"""Probe papers for RELATIONS WITHOUT A VALUE (stop 29): a commissioner tied to a named provider with no sum, in
constructions parties_probe37 and parties_probe40 do not hold.

Each paper states one or two relations and no price: a body that holds the contract for a service until a date; a
service currently provided by X under a contract that ends; a board that extends X's contract by twelve months; the
only bidder awarded the contract; tender responses from three firms of which one was appointed (only that one); a
service outsourced to X; `X (the incumbent)`; a register table `Service | Provider | End date` without a value
column; a school that buys its payroll service from X; a parish council that engaged X to do something; `X continue
to supply S`; a call-off from a framework placed with X; an ICB that has commissioned X to pilot something; X novated
the contract; a service that will transfer from X to Y; and others papers use (`operated by X on a contract`, `let to
X`, `X will take over S`, `entered into a contract with X`, `extend the agreement with X to`, `X are the contracted
provider`, `bought in from X`, `X had been instructed to provide`, `jointly commission S from X`, `X have been
contracted to`, `X appointed as provider`, `sole supplier of`, providers with and without legal suffixes).

A service that will transfer from X to Y names both: the gold READMEs (paraphrase13, paraphrase14) make an outgoing or
ending arrangement a provider with a `contracts_no_value` row, as well as the incoming one.  The negatives name a body
in a role that is no contract: a losing bidder, an applicant, a body presenting its own report, a grant to a public
body, a partner body, a consultee, a cited source, a person, a regulator, a funder, and a provider whose contract
ended years ago and was taken in house (the READMEs count outgoing and ending arrangements, not history the paper
does not act on; at best such a body is allowed, so naming it is counted wrong here).

``PAPERS`` maps a name to (format, blocks, expected) as in tests/parties_probe37_papers.py (the same builders).
``expected`` lists (commissioners, provider, value): value None, every relation here stated without a sum.  Every
authority, school, firm, charity, person and framework is invented.  The expectations were written before the tool
was run on the papers.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parties_probe37_papers import _paper  # noqa: E402
from contracts_probe24_papers import build_paper  # noqa: E402


def build(name: str, folder: Path) -> Path:
    return build_paper(PAPERS, name, folder)


_PCC_TARNSHIRE = ("Office of the Police and Crime Commissioner for Tarnshire",
                  "Police and Crime Commissioner for Tarnshire")

PAPERS: dict = {
    # ---- the forms the brief names ----------------------------------------------------------------------------------
    "holds_the_contract_until": _paper(
        "txt", "Tannerford Borough Council", "Policy and Resources Committee", "Office cleaning",
        "2.1 Greenhythe Cleaning holds the contract for cleaning the civic offices until March 2027.",
        expected=[(("Tannerford Borough Council",), "Greenhythe Cleaning", None)]),
    "currently_provided_by_contract_ends": _paper(
        "html", "Oldcastle County Council", "Cabinet", "School crossing patrols",
        "The school crossing patrol service is currently provided by Safeway Patrols under a contract that ends "
        "in August 2026.",
        expected=[(("Oldcastle County Council",), "Safeway Patrols", None)]),
    "board_extends_possessive_contract": _paper(
        "docx", "Hartmoor Hospitals NHS Trust", "Trust Board", "Specimen transport",
        "The Board agreed to extend Medisure Couriers' contract for specimen transport by twelve months.",
        expected=[(("Hartmoor Hospitals NHS Trust",), "Medisure Couriers", None)]),
    "only_bidder_was_awarded": _paper(
        "md", "Brackenholme Town Council", "Full Council", "Festive lighting",
        "Lanterne Lighting was the only bidder and was awarded the contract for the festive lights.",
        expected=[(("Brackenholme Town Council",), "Lanterne Lighting", None)]),
    "responses_from_three_one_appointed": _paper(
        "txt", "Upper Wendle Parish Council", "Parish Council", "Internal audit",
        "7. Responses to the tender were received from Aldgate Audit, Beaconsfield Assurance and Corran Partners; "
        "Beaconsfield Assurance was appointed.",
        expected=[(("Upper Wendle Parish Council",), "Beaconsfield Assurance", None)]),
    "pathology_outsourced_to": _paper(
        "pdf", "Eastbrook NHS Foundation Trust", "Board of Directors", "Clinical support services",
        "4.3 The Trust's pathology is outsourced to Meridian Laboratory Services.",
        expected=[(("Eastbrook NHS Foundation Trust",), "Meridian Laboratory Services", None)]),
    "x_the_incumbent_brackets": _paper(
        "txt", "Pellbrook County Council", "Children's Services Committee", "School meals",
        "Ashgrove Catering (the incumbent) has agreed to run the school meals service until the new contract starts.",
        expected=[(("Pellbrook County Council",), "Ashgrove Catering", None)]),
    "register_without_value_column": _paper(
        "html", "Wethersfield District Council", "Audit Committee", "Contracts expiring",
        "The following contracts expire within the next eighteen months:",
        ("t", [["Service", "Provider", "End date"],
               ["Grounds maintenance", "Thistledown Landscapes", "31/03/2027"],
               ["Pest control", "Vermex Environmental", "30/09/2026"]]),
        expected=[(("Wethersfield District Council",), "Thistledown Landscapes", None),
                  (("Wethersfield District Council",), "Vermex Environmental", None)]),
    "school_buys_payroll_from": _paper(
        "docx", "Hartsdown Community School", "Full Governing Body", "Business manager's report",
        "The school buys its payroll service from Edupay Solutions.",
        expected=[(("Hartsdown Community School",), "Edupay Solutions", None)]),
    "parish_engaged_x_to": _paper(
        "md", "Little Mowbray Parish Council", "Parish Council", "Recreation ground",
        "The Parish Council engaged Oakleaf Tree Surgery to fell the dead ash on the recreation ground.",
        expected=[(("Little Mowbray Parish Council",), "Oakleaf Tree Surgery", None)]),
    "x_continue_to_supply": _paper(
        "txt", "Eastmere Fire and Rescue Authority", "Resources Committee", "Fleet",
        "Redline Fleet Services continue to supply and maintain the Service's fire appliances.",
        expected=[(("Eastmere Fire and Rescue Authority",), "Redline Fleet Services", None)]),
    "call_off_placed_with": _paper(
        "pdf", "Kilnsey District Council", "Cabinet", "Office accommodation",
        "3.2 A call-off from the regional furniture framework was placed with Brightdesk Furniture for the new "
        "office furniture.",
        expected=[(("Kilnsey District Council",), "Brightdesk Furniture", None)]),
    "icb_commissioned_to_pilot": _paper(
        "html", "NHS Ravensmoor Integrated Care Board", "Primary Care Commissioning Committee", "Eye care",
        "The ICB has commissioned Clearview Eyecare to pilot a community eye care service in Wendham.",
        expected=[(("NHS Ravensmoor Integrated Care Board",), "Clearview Eyecare", None)]),
    "novated_the_contract": _paper(
        "txt", "Tilbury Vale Borough Council", "Cabinet", "Housing repairs",
        "Northway Facilities were novated the repairs contract following the administration of the former "
        "contractor.",
        expected=[(("Tilbury Vale Borough Council",), "Northway Facilities", None)]),
    "service_transfers_from_x_to_y": _paper(
        "md", "Durnford County Council", "Communities Committee", "Home library service",
        "The home library service will transfer from Booklink Community to Readwell Trust on 1 April 2027.",
        expected=[(("Durnford County Council",), "Booklink Community", None),
                  (("Durnford County Council",), "Readwell Trust", None)]),
    # ---- other forms papers use, with and without legal suffixes -----------------------------------------------------
    "police_custody_healthcare_running_to": _paper(
        "docx", "Office of the Police and Crime Commissioner for Tarnshire", "Police and Crime Panel",
        "Custody healthcare",
        "Healthcare in police custody is provided by Medcall Forensic Health under a contract running to 2028.",
        expected=[(_PCC_TARNSHIRE, "Medcall Forensic Health", None)]),
    "joint_committee_carried_out_by": _paper(
        "txt", "Severn Lakes Joint Waste Committee", "Joint Committee", "Recycling collections",
        "The Committee's recycling collections are carried out by Greencycle Services under a contract that runs "
        "until 2029.",
        expected=[(("Severn Lakes Joint Waste Committee",), "Greencycle Services", None)]),
    "undertaken_by_ltd": _paper(
        "pdf", "Coldfell Fire and Rescue Authority", "Audit and Scrutiny Committee", "Equipment servicing",
        "Servicing of breathing apparatus is undertaken by Airtek Safety Systems Ltd.",
        expected=[(("Coldfell Fire and Rescue Authority",), "Airtek Safety Systems Ltd", None)]),
    "limited_appointed_to_operate": _paper(
        "html", "Marchbank Borough Council", "Cabinet", "Car parks",
        "Parkline Operations Limited has been appointed to operate the Council's car parks from 1 June 2026.",
        expected=[(("Marchbank Borough Council",), "Parkline Operations Limited", None)]),
    "one_word_sole_supplier_of": _paper(
        "txt", "Grisedale District Council", "Housing Committee", "Lifeline alarms",
        "Vitalink is the sole supplier of the Council's lifeline alarm monitoring.",
        expected=[(("Grisedale District Council",), "Vitalink", None)]),
    "contract_with_renewed": _paper(
        "md", "Ormskirk Vale Borough Council", "Policy and Resources Committee", "Legal services",
        "The contract with Hillcrest Conveyancing for residential conveyancing was renewed for a further two years.",
        expected=[(("Ormskirk Vale Borough Council",), "Hillcrest Conveyancing", None)]),
    "plc_supplies_system": _paper(
        "docx", "Fernleigh Borough Council", "Housing Scrutiny Panel", "Housing IT",
        "Our housing management system is supplied by Orbis Housing Software plc, whose support agreement runs to "
        "2028.",
        expected=[(("Fernleigh Borough Council",), "Orbis Housing Software plc", None)]),
    "icb_commissions_x_to_provide": _paper(
        "txt", "NHS Lowfield Integrated Care Board", "Primary Care Commissioning Committee", "Care homes",
        "The ICB commissions Riverside Medical Practice to provide enhanced health services to care homes.",
        expected=[(("NHS Lowfield Integrated Care Board",), "Riverside Medical Practice", None)]),
    "operated_by_on_a_contract": _paper(
        "pdf", "Ashbourne Vale District Council", "Overview and Scrutiny Committee", "Leisure",
        "The district's three leisure centres are operated by Activate Leisure Trust on a fifteen-year contract "
        "that began in 2020.",
        expected=[(("Ashbourne Vale District Council",), "Activate Leisure Trust", None)]),
    "contract_let_to": _paper(
        "txt", "Kirkwall Heath City Council", "Cabinet", "Refuge provision",
        "Following the procurement exercise, the contract for the domestic abuse refuge was let to Safe Harbour "
        "Women's Aid.",
        expected=[(("Kirkwall Heath City Council",), "Safe Harbour Women's Aid", None)]),
    "will_take_over": _paper(
        "html", "Brinsford County Council", "Health and Wellbeing Board", "Substance misuse",
        "Southbank Recovery will take over the drug and alcohol treatment service from 1 October 2026.",
        expected=[(("Brinsford County Council",), "Southbank Recovery", None)]),
    "academy_trust_entered_into_contract": _paper(
        "docx", "Larchfield Academy Trust", "Board of Trustees", "Catering",
        "The Trust has entered into a catering contract with Fresh Plate Catering for all four schools.",
        expected=[(("Larchfield Academy Trust",), "Fresh Plate Catering", None)]),
    "extend_the_agreement_with_to": _paper(
        "txt", "Holmbridge Borough Council", "Cabinet", "Washroom services",
        "Approval was given to extend the agreement with Clearwater Hygiene to 31 March 2027.",
        expected=[(("Holmbridge Borough Council",), "Clearwater Hygiene", None)]),
    "are_the_contracted_provider": _paper(
        "md", "Westbury Moor County Council", "Adult Social Care Committee", "Home care",
        "Kingfisher Homecare are the Council's contracted provider of home care in the south locality.",
        expected=[(("Westbury Moor County Council",), "Kingfisher Homecare", None)]),
    "parish_bought_in_from_ampersand": _paper(
        "txt", "Brindle Parish Council", "Parish Council", "Accounts",
        "Payroll and accounting support are bought in from Halden & Co Accountants.",
        expected=[(("Brindle Parish Council",), "Halden & Co Accountants", None)]),
    "had_been_instructed_to_provide": _paper(
        "pdf", "Southmoor Borough Council", "Environment Committee", "Depot security",
        "Members noted that Gatehouse Security had been instructed to provide overnight security at the depot.",
        expected=[(("Southmoor Borough Council",), "Gatehouse Security", None)]),
    "jointly_commission_from": _paper(
        "html", "Tolverne City Council", "Health and Wellbeing Board", "Mental health",
        "The Council and the ICB jointly commission the wellbeing hub from Mindpath Wellbeing.",
        expected=[(("Tolverne City Council", "NHS Tolverne Integrated Care Board"), "Mindpath Wellbeing", None)]),
    "have_been_contracted_to": _paper(
        "docx", "St Oswin's Church of England Primary School", "Full Governing Body", "Premises",
        "Crestline Roofing have been contracted to repair the school roof over the summer holidays.",
        expected=[(("St Oswin's Church of England Primary School",), "Crestline Roofing", None)]),
    "recommissioned_x_appointed_as_provider": _paper(
        "txt", "NHS Calder Reach Integrated Care Board", "Board", "Urgent dental care",
        "Urgent dental care was recommissioned in the autumn and Smilecare Dental appointed as provider from "
        "April 2026.",
        expected=[(("NHS Calder Reach Integrated Care Board",), "Smilecare Dental", None)]),
    "two_services_maintained_by": _paper(
        "md", "Harrowfield County Council", "Highways Committee", "Winter service",
        "Street lighting is maintained by Lumen Highways, and winter gritting is done by Frostguard Services.",
        expected=[(("Harrowfield County Council",), "Lumen Highways", None),
                  (("Harrowfield County Council",), "Frostguard Services", None)]),
    # ---- negatives: a body in a role that is no contract ------------------------------------------------------------
    "neg_losing_bidder": _paper(
        "txt", "Cawthorne District Council", "Cabinet", "Cleaning tender",
        "The bid from Marlow Cleaning scored lowest on quality and was not taken forward.",
        expected=[]),
    "neg_applicant": _paper(
        "html", "Hebden Moor District Council", "Planning Committee", "Mill Lane",
        "Broadacre Homes applied for planning permission for forty houses on land off Mill Lane.",
        expected=[]),
    "neg_presents_own_report": _paper(
        "md", "Fenmoor County Council", "Transport Scrutiny Committee", "Community rail",
        "The Fenmoor Community Rail Partnership presented its annual review and answered members' questions.",
        expected=[]),
    "neg_grant_to_town_council": _paper(
        "txt", "Eastfield District Council", "Cabinet", "Play areas",
        "The Council awarded a grant to Eastfield Town Council towards the new play area at Brook Park.",
        expected=[]),
    "neg_partner_bodies": _paper(
        "docx", "Kestrel Vale Borough Council", "Community Safety Partnership", "Road safety",
        "The Partnership works closely with Kestrel Police and Kestrel Fire and Rescue Service on road safety.",
        expected=[]),
    "neg_consultee": _paper(
        "pdf", "Marsh Gibbon District Council", "Planning Committee", "Solar farm",
        "Natural Fenland Trust was consulted and raised no objection to the solar farm.",
        expected=[]),
    "neg_source_cited": _paper(
        "txt", "Wrexley Borough Council", "Environment Scrutiny Committee", "Recycling",
        "According to figures published by Civic Metrics, recycling rates across the region fell by two per cent.",
        expected=[]),
    "neg_person_presented": _paper(
        "html", "Tarnbrook City Council", "Health and Wellbeing Board", "Public health annual report",
        "Dr Helen Marsh, Director of Public Health, presented her annual report.",
        expected=[]),
    "neg_regulator_inspected": _paper(
        "md", "Ambridge Vale County Council", "Adult Social Care Committee", "Care homes",
        "The Care Quality Commission inspected Larkfield House in May and rated it good.",
        expected=[]),
    "neg_past_provider_years_ago": _paper(
        "txt", "Norham District Council", "Communities Committee", "Community centre",
        "From 2010 to 2016 the community centre was run by Beacon Community Care; it has been managed in house "
        "since then.",
        expected=[]),
    "neg_funder": _paper(
        "docx", "Penrose Town Council", "Full Council", "Village hall",
        "A grant from the Northern Arts Fund paid for the new stage lighting in the village hall.",
        expected=[]),
}
