"""Probe papers for WHICH MONEY IS A CONTRACT (stop 34, brief c40): sums of kinds and in layouts the earlier probes
(tests/contracts_probe20/21/24_papers.py, tests/finance_probe24_papers.py) lack.

Contract values: a fee an operator pays the council for a concession or for managing its leisure centres (the
operator the provider); a contract variation's revised total; a subcontract's value under a lead provider; a call-off
under a framework; the scale fee each of two bodies pays an auditor; a six-month extension's value; an incumbent's
current annual value in a forward plan table; a block contract beside weekly rates; an award by a police, fire or
combined authority; the successful one of two tenders.
Money that is no contract: weekly, hourly, per-attendance and per-tonne rates and a tariff price; the cost of an
uplift percentage; estimated lot values in a procurement plan before any award; a rejected option's cost; budgets an
integration joint board directs to a health board and a council; a grant allocation to a college or a council; pooled
contributions; a losing bid; a reserve; a saving; an overspend in a £000s table with brackets; an `as at` balance; a
delegation threshold.

``PAPERS`` maps a name to (format, blocks, expected) as in tests/contracts_probe24_papers.py (the same builders):
``expected`` lists (commissioners, provider, value), value None for a relation stated without a sum.  Every
authority, firm, person and figure is invented; each sum's kind was decided, and the expectations written, before the
tool was run on the papers.

First run (before any mend): 23 of 35 papers fully right; after the mends 30 (tests/test_money_probe40.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contracts_probe24_papers import build_paper  # noqa: E402

FILLER = ("Officers will bring a progress note to the committee in the autumn, setting out what has changed since "
          "this report and any risks that have come to light.")


def build(name: str, folder: Path) -> Path:
    return build_paper(PAPERS, name, folder)


PAPERS: dict = {
    # ---- contract values of new kinds ---------------------------------------------------------------------------
    # 1. A concession: the operator pays the council a yearly fee (a contract value; the operator the provider).
    "concession_fee_paid_by_operator": ("txt", [
        ("h", "Tarnside Borough Council"), ("h", "Cabinet - 14 July 2026"), ("h", "Lido and cafe concession"),
        ("p", "3.2 Under the ten-year concession, Brightwell Lidos Ltd will pay the Council a fee of £145,000 a year "
              "to operate the lido and its cafe."),
        ("p", "3.3 " + FILLER)],
        [(("Tarnside Borough Council",), "Brightwell Lidos Ltd", 145_000)]),

    # 2. A leisure management contract under which the operator returns a payment to the council.
    "leisure_operator_returns_payment": ("html", [
        ("h", "Kelsmoor District Council"), ("h", "Leisure management contract"),
        ("p", "Seacombe Active Trust manages the three sports centres for the Council and in return makes a "
              "management payment of £210,000 a year to the Council."),
        ("p", FILLER)],
        [(("Kelsmoor District Council",), "Seacombe Active Trust", 210_000)]),

    # 3. A variation's revised total.
    "variation_revised_total": ("docx", [
        ("h", "Corrandale County Council"), ("h", "Highways and Transport Committee"), ("h", "Term maintenance"),
        ("p", "Variation 3 to the highways term maintenance contract with Fellgate Civils Ltd raises the revised "
              "contract total to £4,620,000."),
        ("p", FILLER)],
        [(("Corrandale County Council",), "Fellgate Civils Ltd", 4_620_000)]),

    # 4. A subcontract under a lead provider, beside the lead contract.
    "subcontract_under_lead_provider": ("md", [
        ("h", "NHS Wyvern Valley Integrated Care Board"), ("h", "Primary Care Commissioning Committee"),
        ("h", "Talking therapies"),
        ("p", "The ICB's contract with Ashlea Health CIC, the lead provider, is worth £1.3m a year."),
        ("p", "Ashlea Health CIC has subcontracted the group counselling element to Quietwater Therapies for "
              "£185,000 a year."),
        ("p", FILLER)],
        [(("NHS Wyvern Valley Integrated Care Board",), "Ashlea Health CIC", 1_300_000),
         (("Ashlea Health CIC", "NHS Wyvern Valley Integrated Care Board"), "Quietwater Therapies", 185_000)]),

    # 5. A call-off under a framework.
    "call_off_under_framework": ("txt", [
        ("h", "Pennock Vale District Council"), ("h", "Economy Committee"), ("h", "Depot feasibility study"),
        ("p", "A call-off of £62,500 under the regional consultancy framework has been placed with Hartwell "
              "Partners for the depot feasibility study."),
        ("p", FILLER)],
        [(("Pennock Vale District Council",), "Hartwell Partners", 62_500)]),

    # 6. A scale fee each of two bodies pays the same auditor (a table).
    "scale_fees_two_bodies_table": ("docx", [
        ("h", "Dunmore Police and Crime Commissioner"), ("h", "Joint Audit Committee"), ("h", "External audit fees"),
        ("p", "Westlake Audit LLP is the appointed auditor of both bodies. The scale fees for 2025/26 are:"),
        ("t", [["Audited body", "Scale fee 2025/26"],
               ["Police and Crime Commissioner for Dunmore", "£61,200"],
               ["Chief Constable of Dunmore Police", "£44,800"]]),
        ("p", FILLER)],
        [(("Dunmore Police and Crime Commissioner", "Police and Crime Commissioner for Dunmore"), "Westlake Audit LLP",
          61_200),
         (("Chief Constable of Dunmore Police", "Dunmore Police and Crime Commissioner"), "Westlake Audit LLP", 44_800)]),

    # 7. A six-month extension's value.
    "six_month_extension_value": ("txt", [
        ("h", "Ormsby Borough Council"), ("h", "Cabinet"), ("h", "School crossing patrols"),
        ("p", "5.1 Cabinet approved a six-month extension of the school crossing patrol service with Guardway "
              "Services, valued at £48,000, while the new arrangements are tendered."),
        ("p", "5.2 " + FILLER)],
        [(("Ormsby Borough Council",), "Guardway Services", 48_000)]),

    # 8. A forward plan table: each incumbent's current annual value.
    "forward_plan_current_annual_value": ("html", [
        ("h", "Haverleigh City Council"), ("h", "Procurement forward plan 2026/27"),
        ("p", "Contracts ending in the next eighteen months are listed below with their incumbents."),
        ("t", [["Contract", "Incumbent", "Current annual value", "Expiry"],
               ["Grounds maintenance", "Greenacre Landscapes Ltd", "£312,000", "31/03/2027"],
               ["Pest control", "Vermiclear Services", "£41,500", "30/09/2027"]]),
        ("p", FILLER)],
        [(("Haverleigh City Council",), "Greenacre Landscapes Ltd", 312_000),
         (("Haverleigh City Council",), "Vermiclear Services", 41_500)]),

    # 9. A block contract beside weekly spot rates.
    "block_contract_beside_weekly_rates": ("txt", [
        ("h", "Larchmere County Council"), ("h", "Adult Care Committee"), ("h", "Nursing beds"),
        ("p", "The block contract with Heathfield Nursing Homes for 20 nursing beds is worth £1,040,000 a year; "
              "beds bought one at a time cost £1,050 per week."),
        ("p", FILLER)],
        [(("Larchmere County Council",), "Heathfield Nursing Homes", 1_040_000)]),

    # 10. A table of variations: the revised contract sum is the contract value, the variation itself is not.
    "variations_table_revised_sum": ("md", [
        ("h", "Southport Combined Authority"), ("h", "Transport Board"), ("h", "Contract variations approved"),
        ("p", "The variations approved under delegated powers this quarter are set out below."),
        ("t", [["Contractor", "Scheme", "Revised contract sum"],
               ["Marlow Rail Systems", "Station lifts", "£2,310,000"],
               ["Brindle Surfacing", "Busway resurfacing", "£870,000"]]),
        ("p", FILLER)],
        [(("Southport Combined Authority",), "Marlow Rail Systems", 2_310_000),
         (("Southport Combined Authority",), "Brindle Surfacing", 870_000)]),

    # 11. An award by a police, fire and crime commissioner.
    "pfcc_custody_health_award": ("txt", [
        ("h", "Eastmarch Police, Fire and Crime Commissioner"), ("h", "Decision Notice 2026/14"),
        ("h", "Custody healthcare"),
        ("p", "The Commissioner has awarded the custody healthcare contract to Meridian Forensic Health at £2.9m "
              "over three years."),
        ("p", FILLER)],
        [(("Eastmarch Police, Fire and Crime Commissioner",), "Meridian Forensic Health", 2_900_000)]),

    # 12. A fire authority's table of contracts let.
    "fire_authority_contracts_table": ("docx", [
        ("h", "Rydal and Brant Fire Authority"), ("h", "Resources Committee"), ("h", "Contracts let in 2025/26"),
        ("t", [["Supply", "Supplier", "Value", "Term"],
               ["Breathing apparatus servicing", "Airline Safety Ltd", "£186,000", "3 years"],
               ["Fleet tyres", "Roadgrip Tyres", "£54,000", "2 years"]]),
        ("p", FILLER)],
        [(("Rydal and Brant Fire Authority",), "Airline Safety Ltd", 186_000),
         (("Rydal and Brant Fire Authority",), "Roadgrip Tyres", 54_000)]),

    # 13. A combined authority's bus franchise (a gross cost contract).
    "bus_franchise_gross_cost": ("md", [
        ("h", "Tyneby Combined Authority"), ("h", "Transport Committee"), ("h", "Bus franchising: northern area"),
        ("p", "The northern area franchise has gone to Tollgate Buses Ltd, a gross cost contract of £18.7m a year."),
        ("p", FILLER)],
        [(("Tyneby Combined Authority",), "Tollgate Buses Ltd", 18_700_000)]),

    # 14. Concession fees in a table: the operator pays the council (a contract value each).
    "concession_fees_table": ("html", [
        ("h", "Wrexley Borough Council"), ("h", "Place Scrutiny Committee"), ("h", "Concessions"),
        ("p", "The Council's concessions and the fee each operator pays it are shown below."),
        ("t", [["Concession", "Operator", "Annual fee to the Council"],
               ["Park cafes", "Beanstalk Catering", "£38,000"],
               ["Multi-storey car parks", "Pelham Parking Ltd", "£1,200,000"]]),
        ("p", FILLER)],
        [(("Wrexley Borough Council",), "Beanstalk Catering", 38_000),
         (("Wrexley Borough Council",), "Pelham Parking Ltd", 1_200_000)]),

    # 15. An incumbent's annual spend in prose.
    "incumbent_annual_spend": ("txt", [
        ("h", "Brackwell County Council"), ("h", "Children's Services Committee"), ("h", "Home to school transport"),
        ("p", "Annual spend with the incumbent, Brightmoor Transport, is currently about £730,000."),
        ("p", FILLER)],
        [(("Brackwell County Council",), "Brightmoor Transport", 730_000)]),

    # 16. Call-offs from a framework in a table.
    "call_offs_table": ("txt", [
        ("h", "Holmbury County Council"), ("h", "Cabinet Member Decision"), ("h", "Highways call-offs"),
        ("p", "Call-offs placed under the Eastern Highways Framework this quarter:"),
        ("t", [["Scheme", "Contractor", "Call-off value"],
               ["Culvert relining, Ashby Lane", "Dunstan Drainage", "£96,400"],
               ["Footway renewal, Mill Street", "Cardew Paving", "£143,000"]]),
        ("p", FILLER)],
        [(("Holmbury County Council",), "Dunstan Drainage", 96_400),
         (("Holmbury County Council",), "Cardew Paving", 143_000)]),

    # 17. An acute trust's own paper: the ICB's block payment to the trust.
    "trust_block_payment_from_icb": ("docx", [
        ("h", "Bramwell Hospitals NHS Foundation Trust"), ("h", "Board of Directors"), ("h", "2026/27 contract"),
        ("p", "The Trust's contract with NHS Bramwell Integrated Care Board for 2026/27 has been agreed at £412.6m, "
              "paid as a fixed block."),
        ("p", FILLER)],
        [(("NHS Bramwell Integrated Care Board",), "Bramwell Hospitals NHS Foundation Trust", 412_600_000)]),

    # 18. Two tenders: the winner's price is the contract value, the loser's bid no contract.
    "winning_and_losing_tenders": ("html", [
        ("h", "Fernleigh District Council"), ("h", "Cabinet"), ("h", "Community centre build"),
        ("p", "Two tenders were received. Cabinet accepted the tender of Stonecroft Build at £2.41m; the tender of "
              "Harrow Lane Construction at £2.58m was not accepted."),
        ("p", FILLER)],
        [(("Fernleigh District Council",), "Stonecroft Build", 2_410_000)]),

    # ---- money that is no contract ----------------------------------------------------------------------------------
    # 19. Weekly rates in a table.
    "weekly_rates_table": ("md", [
        ("h", "Ashdown County Council"), ("h", "Adult Care Committee"), ("h", "Care home fee rates 2026/27"),
        ("t", [["Type of placement", "Weekly rate 2025/26", "Weekly rate 2026/27"],
               ["Residential", "£842", "£881"],
               ["Nursing", "£975", "£1,019"]]),
        ("p", FILLER)],
        []),

    # 20. An hourly rate on a framework.
    "hourly_rate_framework": ("txt", [
        ("h", "Wetherdale Council"), ("h", "Cabinet"), ("h", "Home support framework"),
        ("p", "Providers on the home support framework will be paid £24.15 an hour from 6 April 2026."),
        ("p", FILLER)],
        []),

    # 21. A per-attendance payment and a per-tonne gate fee (the contractor named, the rate no value).
    "per_attendance_and_per_tonne": ("txt", [
        ("h", "Pelbury Borough Council"), ("h", "Environment Committee"), ("h", "Waste disposal"),
        ("p", "The gate fee charged by Yarrowby Recycling Ltd under its contract with the Council is £96.40 per "
              "tonne."),
        ("p", FILLER)],
        [(("Pelbury Borough Council",), "Yarrowby Recycling Ltd", None)]),

    # 22. A tariff price.
    "tariff_price": ("html", [
        ("h", "Calderbrook Teaching Hospitals NHS Trust"), ("h", "Finance and Performance Committee"),
        ("p", "Each extra hip replacement is paid at the tariff price of £6,120, so the activity above plan earns "
              "income only at that price."),
        ("p", FILLER)],
        []),

    # 23. The cost of an uplift percentage.
    "uplift_percentage_cost": ("docx", [
        ("h", "Harnley City Council"), ("h", "Cabinet"), ("h", "Care fee uplift"),
        ("p", "A 4.5% uplift to care home fees will cost £1.9m in 2026/27."),
        ("p", FILLER)],
        []),

    # 24. Estimated lot values in a procurement plan (nothing awarded yet).
    "procurement_plan_lot_estimates": ("html", [
        ("h", "Thornaby Vale Council"), ("h", "Commissioning Board"), ("h", "Supported housing re-procurement"),
        ("p", "The service will be tendered in three lots in the spring."),
        ("t", [["Lot", "Description", "Estimated annual value"],
               ["1", "Young people's supported housing", "£640,000"],
               ["2", "Single adults' hostels", "£1,150,000"],
               ["3", "Floating support", "£380,000"]]),
        ("p", FILLER)],
        []),

    # 25. A rejected option's cost.
    "rejected_option_new_build": ("md", [
        ("h", "Cawthorne District Council"), ("h", "Cabinet"), ("h", "Depot options"),
        ("p", "Option B, a new-build depot at an estimated £6.2m, was discounted as unaffordable."),
        ("p", FILLER)],
        []),

    # 26. An integration joint board's directed budgets (relations; the budgets are no contract values).
    "ijb_directed_budgets": ("txt", [
        ("h", "Carrick Shore Integration Joint Board"), ("h", "Integration Joint Board - 20 May 2026"),
        ("h", "Directions 2026/27"),
        ("p", "The IJB directs NHS Carrick Shore to deliver the delegated health services within a budget of "
              "£84.2m, and directs Carrick Shore Council to deliver adult social care within £61.7m."),
        ("p", FILLER)],
        [(("Carrick Shore Integration Joint Board",), "NHS Carrick Shore", None),
         (("Carrick Shore Integration Joint Board",), "Carrick Shore Council", None)]),

    # 27. A grant allocation to a college.
    "skills_allocation_to_college": ("txt", [
        ("h", "Lowther Valley Combined Authority"), ("h", "Skills Board"), ("h", "Adult skills allocations"),
        ("p", "Ferrybridge College has been allocated £1.6m of adult skills funding for 2026/27."),
        ("p", FILLER)],
        []),

    # 28. A grant passed to a constituent council.
    "grant_passed_to_council": ("md", [
        ("h", "Lowther Valley Combined Authority"), ("h", "Transport Committee"), ("h", "Bus priority funding"),
        ("p", "The Combined Authority will pass £3.4m of its transport fund to Marrowby Council for bus priority "
              "schemes."),
        ("p", FILLER)],
        []),

    # 29. Pooled contributions by partner.
    "pooled_contributions_by_partner": ("docx", [
        ("h", "Ellesmere Borough Council"), ("h", "Health and Wellbeing Board"), ("h", "Community equipment"),
        ("p", "Partner contributions to the pooled equipment fund for 2026/27 are £940,000 from the Council and "
              "£1,120,000 from NHS Ellesmere Integrated Care Board."),
        ("p", FILLER)],
        []),

    # 30. A reserve held against a contract (the word contract beside no contract value).
    "reserve_for_contract": ("txt", [
        ("h", "Stourley District Council"), ("h", "Audit and Governance Committee"), ("h", "Earmarked reserves"),
        ("p", "The earmarked reserve for the waste contract stood at £1.3m at the year end."),
        ("p", FILLER)],
        []),

    # 31. A saving from renegotiating a contract (the holder named, the saving no value).
    "saving_from_renegotiation": ("html", [
        ("h", "Ambleford Borough Council"), ("h", "Cabinet"), ("h", "Fleet maintenance"),
        ("p", "Renegotiating the fleet maintenance contract with Cordell Motors has saved £64,000 this year."),
        ("p", FILLER)],
        [(("Ambleford Borough Council",), "Cordell Motors", None)]),

    # 32. An overspend table in £000s with brackets.
    "overspend_table_000s_brackets": ("txt", [
        ("h", "Kingsmere Fire and Rescue Authority"), ("h", "Finance Committee"), ("h", "Quarter 2 budget monitoring"),
        ("t", [["Service", "Budget £000", "Forecast £000", "Variance £000"],
               ["Operational staff", "21,400", "21,950", "(550)"],
               ["Fleet and equipment", "2,300", "2,180", "120"]]),
        ("p", FILLER)],
        []),

    # 33. An `as at` balance.
    "as_at_balance": ("docx", [
        ("h", "Northwold Borough Council"), ("h", "Audit Committee"), ("h", "Partnership funds"),
        ("p", "The balance held by the Council for the partnership was £412,000 as at 31 December 2025."),
        ("p", FILLER)],
        []),

    # 34. A delegation threshold for a fire authority.
    "fire_delegation_threshold": ("md", [
        ("h", "Westbury Fire and Rescue Authority"), ("h", "Fire Authority"), ("h", "Scheme of delegation"),
        ("p", "The Chief Fire Officer may let contracts of up to £250,000 without referring them to members."),
        ("p", FILLER)],
        []),

    # 35. A per-attendance payment to practices (no provider named, no value).
    "per_attendance_payment": ("txt", [
        ("h", "NHS Harthill Integrated Care Board"), ("h", "Primary Care Commissioning Committee"),
        ("h", "Winter clinics"),
        ("p", "Practices running the extra Saturday clinics will be paid £11.50 for each attendance."),
        ("p", FILLER)],
        []),
}
