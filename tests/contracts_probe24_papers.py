"""Probe papers for contracts, parties and providers (stop 23): contracts SAID IN NEW WAYS.

Each paper states one or two contract facts (or, for the negatives, money that is no contract) in a wording our
tests did not hold when the probe was written (each wording grepped for in tests/ and the YAML examples first):

 - a sum that went to, was paid out to, or came to in payments to a provider; a contract let with its term and
   value in brackets; a provider that "has been awarded a ... contract worth £V"; "the Council awarded X a £V
   contract" (two objects); a service "will be provided by X" from a date; a provider that "takes over" a service,
   its price in the next clause;
 - bullet rows "S (X): £V pa" and "X - S - £Vk"; tables whose values are in £k or £000s; a management fee in £m;
   a range ("between £A and £B": the bottom is the value, as money.py reads a range);
 - relations without a value: "X were brought in to", "we have retained X", "X was confirmed as the new provider
   of S", directions "issued to both NHS X and X Council", a contract extended by its holder's possessive, an
   agreement signed with X, a label pair "Provider: X";
 - a trust's own paper where the trust provides (chosen by an ICB; "we deliver S for X Council");
 - pooled budgets: a provider bought from under a section 75 agreement, and partners' contributions (no provider);
 - NON-contract money: a grant to a parish council, thresholds, unit rates, reserves, savings, a rejected option's
   cost, a rejected bid, a government allocation, a service budget, a capital receipt from a sale.

``PAPERS`` maps a name to (format, blocks, expected) as in tests/contracts_probe21_papers.py (the same builders).
``expected`` lists (commissioners, provider, value): value None for a relation stated without a sum; provider None
for a contract value stated without any provider.  Every authority, firm, person and figure is invented; the
expectations were written before the tool was run on the papers.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contracts_probe20_papers as p20  # noqa: E402
from contracts_probe21_papers import _text  # noqa: E402

FILLER = p20.FILLER


def build_paper(papers: dict, name: str, folder: Path) -> Path:
    """Write the probe paper ``name`` of ``papers`` (its format, blocks, expected facts) into ``folder``."""
    fmt, blocks, _ = papers[name]
    path = Path(folder) / f"{name}.{fmt}"
    builders = {"pdf": p20._pdf, "docx": p20._docx, "html": p20._html}
    if fmt in builders:
        return builders[fmt](path, blocks)
    return _text(path, blocks, markdown=fmt == "md")


def build(name: str, folder: Path) -> Path:
    return build_paper(PAPERS, name, folder)


PAPERS: dict = {
    # ---- a sum let, awarded, paid or spent, passive and active ---------------------------------------------------
    # 1. A sum that "went to" a provider for a service.
    "sum_went_to_provider": ("txt", [
        ("h", "Hollinmoor Borough Council"), ("h", "Cabinet - 12 May 2026"), ("h", "Bulky waste collection"),
        ("p", "2.1 In 2025/26 £86,400 went to Greystone Waste Solutions for collecting bulky items from homes."),
        ("p", "2.2 " + FILLER)],
        [(("Hollinmoor Borough Council",), "Greystone Waste Solutions", 86_400)]),

    # 2. Payments to a printer "came to" a sum.
    "payments_came_to": ("md", [
        ("h", "Saltmarsh District Council"), ("h", "Audit and Governance Committee"), ("h", "Election costs"),
        ("p", "Payments to Orchard Lane Print for the election poll cards and ballot papers came to £41,250."),
        ("p", FILLER)],
        [(("Saltmarsh District Council",), "Orchard Lane Print", 41_250)]),

    # 3. A contract let with its term and value in brackets.
    "let_with_bracketed_value": ("docx", [
        ("h", "Kingsbarrow County Council"), ("h", "Highways Committee"), ("h", "Street lighting maintenance"),
        ("p", "The street lighting maintenance contract (three years, £612,000) has been let to Brightwell Lighting."),
        ("p", FILLER)],
        [(("Kingsbarrow County Council",), "Brightwell Lighting", 612_000)]),

    # 4. The provider as the subject of "has been awarded a ... contract worth £V".
    "provider_has_been_awarded": ("txt", [
        ("h", "Ellesby City Council"), ("h", "Adult Social Care Scrutiny Panel"), ("h", "Reablement"),
        ("p", "Fairhaven Care Partnership has been awarded a two-year contract worth £1.35m to run the reablement "
              "service across the city."),
        ("p", FILLER)],
        [(("Ellesby City Council",), "Fairhaven Care Partnership", 1_350_000)]),

    # 5. Two objects: "the Council awarded X a £V contract".
    "council_awarded_x_a_contract": ("html", [
        ("h", "Mardale Borough Council"), ("h", "Environment Committee - cemeteries update"),
        ("p", "In March the Council awarded Kestle Grounds Care a £58,000 contract for cemetery maintenance."),
        ("p", FILLER)],
        [(("Mardale Borough Council",), "Kestle Grounds Care", 58_000)]),

    # ---- a service provided from a date -------------------------------------------------------------------------
    # 6. "Beginning DATE, S will be provided by X at an annual cost of £V".
    "will_be_provided_by_from_date": ("txt", [
        ("h", "Westcombe Council"), ("h", "Cabinet Member decision"), ("h", "Overnight home care"),
        ("p", "Beginning 1 June 2026, overnight care will be provided by Larchfield Home Support at an annual cost "
              "of £214,500."),
        ("p", FILLER)],
        [(("Westcombe Council",), "Larchfield Home Support", 214_500)]),

    # 7. A provider "takes over" a service on a date; the price in the next clause.
    "takes_over_price_next_clause": ("md", [
        ("h", "Penmorva County Council"), ("h", "Children's Services Committee"), ("h", "Children's physiotherapy"),
        ("p", "Moorvale Therapies takes over the children's physiotherapy service on 1 October 2026; the contract "
              "price is £380,000 a year."),
        ("p", FILLER)],
        [(("Penmorva County Council",), "Moorvale Therapies", 380_000)]),

    # ---- bullet and table rows ----------------------------------------------------------------------------------
    # 8. Bullets "S (X): £V pa".
    "bullets_service_provider_pa": ("md", [
        ("h", "Dunmere Borough Council"), ("h", "Housing Committee"), ("h", "Housing related support"),
        ("p", "The contracts to be extended for twelve months are:"),
        ("b", "Domestic abuse refuge (Haven Path): £145,000 pa"),
        ("b", "Floating support (Threshold Housing Aid): £92,000 pa"),
        ("b", "Young carers service (Carers First Dunmere): £38,500 pa"),
        ("p", FILLER)],
        [(("Dunmere Borough Council",), "Haven Path", 145_000),
         (("Dunmere Borough Council",), "Threshold Housing Aid", 92_000),
         (("Dunmere Borough Council",), "Carers First Dunmere", 38_500)]),

    # 9. Bullets "X - S - £Vk" (hyphens, thousands as k).
    "bullets_dash_triplet_k": ("txt", [
        ("h", "Ravenholt District Council"), ("h", "Leisure Committee"), ("h", "Holiday activities"),
        ("p", "Contracts placed under delegated authority this quarter:"),
        ("b", "Brightday Nurseries - holiday activity provision - £27k"),
        ("b", "Tideway Sports - school sports coaching - £15.6k"),
        ("p", FILLER)],
        [(("Ravenholt District Council",), "Brightday Nurseries", 27_000),
         (("Ravenholt District Council",), "Tideway Sports", 15_600)]),

    # 10. A table whose annual values are in £k (the unit in the header).
    "table_values_in_k": ("pdf", [
        ("h", "Castlebrook Council"), ("h", "Public Health Committee"), ("h", "Public health contracts 2026/27"),
        ("p", "The public health contracts running in 2026/27 are set out below."),
        ("t", [["Service", "Provider", "Annual value (£k)"],
               ["Sexual health", "Castlebrook Sexual Health CIC", "1,420"],
               ["Stop smoking", "Quitwell Services", "215"],
               ["Weight management", "Fitter Futures", "180"]])],
        [(("Castlebrook Council",), "Castlebrook Sexual Health CIC", 1_420_000),
         (("Castlebrook Council",), "Quitwell Services", 215_000),
         (("Castlebrook Council",), "Fitter Futures", 180_000)]),

    # 11. A table whose values are in £000s, the provider first.
    "table_values_in_000s": ("docx", [
        ("h", "Northfold County Council"), ("h", "Adult Social Care Committee"), ("h", "Main care contracts"),
        ("p", "The largest care contracts for 2026/27 are these."),
        ("t", [["Provider", "Service", "2026/27 £000s"],
               ["Ashgrove Care Homes Ltd", "Residential placements", "1,240"],
               ["Homeward Support", "Home care (north)", "2,310"]])],
        [(("Northfold County Council",), "Ashgrove Care Homes Ltd", 1_240_000),
         (("Northfold County Council",), "Homeward Support", 2_310_000)]),

    # 12. A provider's fee in £m in a relative clause ("run by X, whose fee ... is £Vm").
    "management_fee_in_m": ("txt", [
        ("h", "Tollbridge Borough Council"), ("h", "Overview and Scrutiny Committee"), ("h", "Leisure centres"),
        ("p", "The four leisure centres are run by Riverbend Leisure Trust, whose fee for 2026/27 is £2.35m."),
        ("p", FILLER)],
        [(("Tollbridge Borough Council",), "Riverbend Leisure Trust", 2_350_000)]),

    # 13. A range: the bottom is the value.
    "range_of_cost": ("md", [
        ("h", "Fernbridge County Council"), ("h", "Cabinet"), ("h", "Home to school transport"),
        ("p", "Home to school transport bought from Kellmoor Coaches is expected to cost between £310,000 and "
              "£340,000 next year."),
        ("p", FILLER)],
        [(("Fernbridge County Council",), "Kellmoor Coaches", 310_000)]),

    # ---- relations without a value -------------------------------------------------------------------------------
    # 14. "X were brought in to ...".
    "brought_in_to_review": ("txt", [
        ("h", "Aldergate Borough Council"), ("h", "People Scrutiny Committee"), ("h", "Day opportunities"),
        ("p", "Northgate Evaluation were brought in to review the day opportunities offer and reported in May."),
        ("p", FILLER)],
        [(("Aldergate Borough Council",), "Northgate Evaluation", None)]),

    # 15. "We have retained X to ...".
    "we_have_retained": ("html", [
        ("h", "Lyndon Vale District Council"), ("h", "Customer Services Review"),
        ("p", "We have retained Copperfield Consulting to redesign the customer contact centre."),
        ("p", FILLER)],
        [(("Lyndon Vale District Council",), "Copperfield Consulting", None)]),

    # 16. "X was confirmed as the new provider of S".
    "confirmed_as_new_provider": ("txt", [
        ("h", "Hartsmoor City Council"), ("h", "Health and Wellbeing Board"), ("h", "Drug and alcohol services"),
        ("p", "Following the tender, Pathway Recovery Trust was confirmed as the new provider of adult drug and "
              "alcohol services."),
        ("p", FILLER)],
        [(("Hartsmoor City Council",), "Pathway Recovery Trust", None)]),

    # 17. An IJB's directions "issued to both NHS X and X Council".
    "directions_issued_to_both": ("md", [
        ("h", "Eskvale Integration Joint Board"), ("h", "Annual directions 2026/27"),
        ("p", "Directions have been issued to both NHS Eskvale and Eskvale Council for the delegated functions "
              "in 2026/27."),
        ("p", FILLER)],
        [(("Eskvale Integration Joint Board",), "NHS Eskvale", None),
         (("Eskvale Integration Joint Board",), "Eskvale Council", None)]),

    # 18. A contract extended, named by its holder's possessive, at an added cost.
    "possessive_contract_extended": ("docx", [
        ("h", "Greyhallow Borough Council"), ("h", "Cabinet"), ("h", "Advice services"),
        ("p", "Brightwater Advice's contract has been extended to 31 March 2028 at an additional cost of £96,000."),
        ("p", FILLER)],
        [(("Greyhallow Borough Council",), "Brightwater Advice", 96_000)]),

    # 19. "signed a five-year agreement with X for S at £V".
    "signed_agreement_with": ("txt", [
        ("h", "Stanwell Heath District Council"), ("h", "Environment Committee"), ("h", "Refuse fleet"),
        ("p", "The Council has signed a five-year agreement with Solway Fleet Hire for 24 refuse vehicles at £3.3m."),
        ("p", FILLER)],
        [(("Stanwell Heath District Council",), "Solway Fleet Hire", 3_300_000)]),

    # 20. Label pairs: "Contract value: £V" then "Provider: X".
    "label_pairs_value_then_provider": ("txt", [
        ("h", "Brookhallow Council"), ("h", "Officer Decision Record"), ("h", "Meals at home"),
        ("p", "Contract: community meals service"),
        ("p", "Contract value: £310,000"),
        ("p", "Provider: Hearthside Meals"),
        ("p", "Decision: to extend the contract for one year.")],
        [(("Brookhallow Council",), "Hearthside Meals", 310_000)]),

    # 21. A holder named with "the current contractor" in apposition carries on at its present price.
    "current_contractor_carries_on": ("html", [
        ("h", "Ostwick Borough Council"), ("h", "Office cleaning"),
        ("p", "Greenway Cleaning, the current contractor, will carry on until 31 March 2027 at its present price of "
              "£52,000 per year."),
        ("p", FILLER)],
        [(("Ostwick Borough Council",), "Greenway Cleaning", 52_000)]),

    # 22. An extension's value in brackets before the holder's contract.
    "bracketed_extension_of_holders_contract": ("pdf", [
        ("h", "Harrowdene County Council"), ("h", "Adults Committee"), ("h", "Supported living"),
        ("p", "The two-year extension (£1.8m) of Ashby Care's supported living contract was approved."),
        ("p", FILLER)],
        [(("Harrowdene County Council",), "Ashby Care", 1_800_000)]),

    # ---- a trust's own paper where the trust provides -------------------------------------------------------------
    # 23. An ICB has chosen the Trust to run a service.
    "trust_chosen_by_icb": ("pdf", [
        ("h", "Lowmoor Community Health NHS Trust"), ("h", "Trust Board - 3 June 2026"),
        ("h", "Community dermatology"),
        ("p", "NHS Ridgeway Integrated Care Board has chosen the Trust to run community dermatology from April 2027, "
              "a contract worth £2.4m over three years."),
        ("p", FILLER)],
        [(("NHS Ridgeway Integrated Care Board",), "Lowmoor Community Health NHS Trust", 2_400_000)]),

    # 24. "We deliver S for X Council under a £V a year contract" in the Trust's own paper.
    "trust_we_deliver_for_council": ("txt", [
        ("h", "Harrowfield Healthcare NHS Foundation Trust"), ("h", "Board of Directors"),
        ("h", "Public health nursing"),
        ("p", "We deliver the 0-19 public health nursing service for Harrowfield Council under a £6.1m a year "
              "contract that runs to March 2028."),
        ("p", FILLER)],
        [(("Harrowfield Council",), "Harrowfield Healthcare NHS Foundation Trust", 6_100_000)]),

    # ---- pooled budgets --------------------------------------------------------------------------------------------
    # 25. A provider bought from as lead commissioner under a section 75 agreement.
    "s75_lead_commissioner_buys": ("docx", [
        ("h", "Wexcombe Council"), ("h", "Health and Wellbeing Board"), ("h", "Community equipment"),
        ("p", "Under the section 75 agreement the Council, as lead commissioner, buys community equipment from "
              "Mobility Stores at £1.1m a year, funded from the pooled budget."),
        ("p", FILLER)],
        [(("Wexcombe Council",), "Mobility Stores", 1_100_000)]),

    # 26. Negative: partners' contributions to a pooled budget (no provider, no contract value).
    "s75_contributions_only": ("txt", [
        ("h", "Wexcombe Council"), ("h", "Health and Wellbeing Board"), ("h", "Better Care Fund 2026/27"),
        ("p", "The Council will contribute £8.7m and NHS Wexcombe Integrated Care Board £3.7m to the pooled budget "
              "held under the section 75 agreement for 2026/27."),
        ("p", FILLER)],
        []),

    # ---- money that is no contract ----------------------------------------------------------------------------------
    # 27. A grant to a parish council.
    "grant_to_parish_council": ("md", [
        ("h", "Ashcombe District Council"), ("h", "Cabinet"), ("h", "Community facilities"),
        ("p", "Cabinet agreed a grant of £45,000 to Ashcombe Magna Parish Council towards the new pavilion."),
        ("p", FILLER)],
        []),

    # 28. Thresholds.
    "award_thresholds": ("txt", [
        ("h", "Pelham Bridge Borough Council"), ("h", "Audit Committee"), ("h", "Contract procedure rules"),
        ("p", "Any award over £100,000 will need Cabinet approval, and contracts above £25,000 are published on "
              "the national portal."),
        ("p", FILLER)],
        []),

    # 29. Unit rates.
    "unit_rates": ("html", [
        ("h", "Glaisdale County Council"), ("h", "Care fees 2026/27"),
        ("p", "From April the hourly rate paid for home care rises from £22.40 to £23.90, and the weekly rate for "
              "residential care rises to £910."),
        ("p", FILLER)],
        []),

    # 30. Reserves.
    "reserves_balance": ("txt", [
        ("h", "Kirkwell District Council"), ("h", "Council"), ("h", "Budget and council tax 2026/27"),
        ("p", "The general fund reserve stands at £3.2m, above the minimum balance of £1.5m set by the Chief "
              "Finance Officer."),
        ("p", FILLER)],
        []),

    # 31. A saving from re-procuring a contract (no provider, no contract value).
    "saving_from_reprocurement": ("md", [
        ("h", "Oxley Marsh Borough Council"), ("h", "Cabinet"), ("h", "Waste contract"),
        ("p", "Re-procuring the waste contract is expected to save £120,000 a year from 2027/28."),
        ("p", FILLER)],
        []),

    # 32. A rejected option's cost.
    "rejected_option_cost": ("pdf", [
        ("h", "Tanfield City Council"), ("h", "Cabinet"), ("h", "Pest control service"),
        ("p", "Option 2, bringing the service back in house at a cost of £480,000, was rejected."),
        ("p", FILLER)],
        []),

    # 33. A rejected bid.
    "rejected_bid": ("txt", [
        ("h", "Wolsey Green Parish Council"), ("h", "Minutes of the Parish Council - 9 April 2026"),
        ("p", "14/26 Church hall roof. The bid of £88,000 from Summit Roofing was rejected as it exceeded the "
              "budget; the Clerk will seek fresh quotes."),
        ("p", "15/26 There was no other business.")],
        []),

    # 34. A government allocation to the council.
    "government_allocation": ("txt", [
        ("h", "Hallbrook Council"), ("h", "Children's Services Committee"), ("h", "Holiday activities and food"),
        ("p", "The Council has been allocated £2.1m by the Department for Education for holiday activities in "
              "2026/27."),
        ("p", FILLER)],
        []),

    # 35. A service budget.
    "service_budget": ("docx", [
        ("h", "Malvern Chase District Council"), ("h", "Cabinet"), ("h", "Street cleansing"),
        ("p", "The 2026/27 budget for street cleansing is £1.9m, of which £1.2m is staffing."),
        ("p", FILLER)],
        []),

    # 36. A capital receipt from a sale to a company (a buyer, not a provider).
    "capital_receipt_from_sale": ("txt", [
        ("h", "Fallowfield Borough Council"), ("h", "Cabinet"), ("h", "Disposal of the old depot"),
        ("p", "The sale of the old depot to Harbury Homes Ltd brought a capital receipt of £650,000."),
        ("p", FILLER)],
        []),
}
