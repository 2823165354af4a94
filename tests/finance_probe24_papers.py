"""Probe papers for finance reports (stop 23): revenue budget reports and MTFP updates, budget monitoring with
tables by directorate, capital programmes, grant settlement tables, reserves policies, treasury management and
capital strategies, section 25 statements, budget amendment forms, council tax and precept reports, fees and
charges, HRA rent setting, schools budget allocations, outturn reports and NHS finance reports (month-N
position, CIP delivery, a system plan).  Every authority, person, provider and figure is invented; no sentence
is copied from a real paper.

``PAPERS`` maps a name to ``(format, blocks, expected)``; ``build(name, folder)`` writes the paper (blocks as in
tests/contracts_probe21_papers.py: ``("h", text)``, ``("p", text)``, ``("b", text)``, ``("t", rows)``).
``expected`` holds:

* ``contracts``: the ``(commissioners, provider, value)`` relations (tests/probe_harness.contract_problems): none,
  or the one real contract or funding line to a named provider.  Budgets, forecasts, variances, grants to public
  bodies, savings, reserves, loans and precepts are NOT contracts.
* ``meta``: metadata and key dates (probe_harness.metadata_problems): the dates a reader needs (budget setting,
  settlement, consultation, effective dates), ``allowed`` for dates that may or may not be stored; table year
  headers and "as at" dates are none of them.
* ``recs``: phrases, one in each recommendation found (as many found as listed).
* ``risks``: ``(phrase, mitigation)`` pairs as in probe_harness.assert_risks_match.

The expectations were written before the tool was run on these papers."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contracts_probe21_papers import write_blocks  # noqa: E402

ANY = ...


def build(name: str, folder: Path) -> Path:
    """The probe paper ``name`` written into ``folder`` in its format."""
    fmt, blocks, _ = PAPERS[name]
    return write_blocks(Path(folder) / f"{name}.{fmt}", fmt, blocks)


PAPERS: dict = {
    # 1. A revenue budget report to Cabinet: an MTFP table with year columns, a budget gap, recommendations to
    #    Council, the Council meeting that sets the budget.
    "revenue_budget_cabinet": ("txt", [
        ("h", "Hollinmoor Borough Council"),
        ("p", "Cabinet - 11 February 2026"),
        ("h", "Revenue Budget 2026/27 and Medium Term Financial Plan 2026/27 to 2028/29"),
        ("h", "1. Recommendations"),
        ("p", "1.1 That Cabinet recommends to Council a net revenue budget for 2026/27 of £48.62m."),
        ("p", "1.2 That Cabinet recommends to Council a Band D council tax increase of 4.99% for 2026/27."),
        ("p", "1.3 That Cabinet notes the Medium Term Financial Plan and the savings still to be identified in "
              "2027/28 and 2028/29."),
        ("h", "2. Background"),
        ("p", "2.1 The Council will meet on 25 February 2026 to set the budget and the council tax for 2026/27."),
        ("p", "2.2 The Medium Term Financial Plan is summarised in the table below."),
        ("t", [["£m", "2026/27", "2027/28", "2028/29"],
               ["Net budget requirement", "48.62", "50.94", "53.10"],
               ["Funding available", "48.62", "49.31", "50.02"],
               ["Budget gap", "0.00", "1.63", "3.08"]]),
        ("h", "3. Risks"),
        ("p", "3.1 There is a risk that the Council cannot close the budget gap of £3.08m by 2028/29, leaving a "
              "structural deficit. To mitigate this, a transformation programme will bring forward savings "
              "proposals by September 2026."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Hollinmoor Borough Council"], "committee": ["Cabinet"], "meeting_date": "2026-02-11",
                 "dates": ["2026-02-25"], "allowed": ["2026-09"]},
        "recs": ["net revenue budget for 2026/27 of £48.62m", "Band D council tax increase",
                 "notes the Medium Term Financial Plan"],
        "risks": [("close the budget gap", "transformation programme")],
    }),

    # 2. Budget monitoring at quarter 2 (Word): a directorate table of budgets, forecasts and variances.
    "monitoring_q2_directorates": ("docx", [
        ("h", "Pendlecombe County Council"),
        ("h", "Cabinet 19 November 2025 - Revenue Budget Monitoring 2025/26 Quarter 2"),
        ("p", "Report of the Director of Finance"),
        ("h", "Recommendations"),
        ("p", "Cabinet is asked to:"),
        ("b", "note the forecast overspend of £6.4m at the end of quarter 2;"),
        ("b", "approve the budget virements set out in Appendix B."),
        ("h", "Forecast position"),
        ("p", "The forecast outturn position as at 30 September 2025 is shown by directorate below."),
        ("t", [["Directorate", "Budget £000", "Forecast £000", "Variance £000"],
               ["Adult Social Care", "142,310", "145,020", "2,710"],
               ["Children's Services", "98,450", "103,180", "4,730"],
               ["Place and Environment", "61,200", "60,170", "(1,030)"],
               ["Total", "301,960", "308,370", "6,410"]]),
        ("h", "Risks"),
        ("p", "The main risk is that the overspend in children's placements continues to grow over the winter. "
              "This is being mitigated by a spending control panel that reviews every new placement."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Pendlecombe County Council"], "committee": ["Cabinet"], "meeting_date": "2025-11-19",
                 "dates": []},
        "recs": ["forecast overspend of £6.4m", "budget virements"],
        "risks": [("overspend in children's placements", "spending control panel")],
    }),

    # 3. A capital programme (PDF) with scheme-by-year columns and the one real contract award in it.
    "capital_programme_award": ("pdf", [
        ("h", "Ashwick District Council"),
        ("h", "Capital Programme 2026/27 to 2029/30"),
        ("p", "Report to Cabinet, 4 February 2026"),
        ("h", "Recommendations"),
        ("p", "1. That the capital programme of £37.5m for 2026/27 to 2029/30 be recommended to Council."),
        ("p", "2. That the contract for the Riverside Leisure Centre refurbishment be awarded to Tolbridge "
              "Construction Ltd at a value of £4,250,000."),
        ("h", "Capital programme"),
        ("t", [["Scheme", "2026/27 £000", "2027/28 £000", "2028/29 £000", "Total £000"],
               ["Riverside Leisure Centre refurbishment", "2,800", "1,450", "0", "4,250"],
               ["Disabled facilities grants", "1,900", "1,900", "1,900", "5,700"],
               ["Vehicle replacement", "1,200", "2,600", "900", "4,700"]]),
        ("p", "Following a competitive tender, Tolbridge Construction Ltd submitted the most economically "
              "advantageous tender. Works are due to start on 6 April 2026 and finish by 30 November 2026."),
    ], {
        "contracts": [(("Ashwick District Council",), "Tolbridge Construction Ltd", 4_250_000)],
        "meta": {"authority": ["Ashwick District Council"], "committee": ["Cabinet"], "meeting_date": "2026-02-04",
                 "dates": ["2026-04-06", "2026-11-30"]},
        "recs": ["capital programme of £37.5m", "Tolbridge Construction Ltd"],
        "risks": [],
    }),

    # 4. The provisional settlement (web page): a table of grants from government, settlement and consultation
    #    dates; no contract in it.
    "settlement_table_html": ("html", [
        ("h", "Carnforth Vale Council"),
        ("h", "Provisional Local Government Finance Settlement 2026/27"),
        ("p", "Report to the Corporate Scrutiny Committee, 13 January 2026"),
        ("p", "The provisional settlement was published on 18 December 2025. The consultation on it closes on "
              "28 January 2026 and the final settlement is expected in early February."),
        ("t", [["Grant", "2025/26 £000", "2026/27 £000", "Change £000"],
               ["Revenue Support Grant", "3,410", "3,560", "150"],
               ["Services Grant", "210", "0", "(210)"],
               ["New Homes Bonus", "1,120", "880", "(240)"],
               ["Recovery Grant", "0", "1,350", "1,350"]]),
        ("h", "Recommendation"),
        ("p", "That the Committee notes the provisional settlement and its effect on the draft budget."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Carnforth Vale Council"], "committee": ["Corporate Scrutiny Committee"],
                 "meeting_date": "2026-01-13", "dates": ["2025-12-18", "2026-01-28"]},
        "recs": ["notes the provisional settlement"],
        "risks": [],
    }),

    # 5. A reserves policy (markdown): a minimum balance, a table of earmarked reserves, the risk of falling below.
    "reserves_policy_md": ("md", [
        ("h", "Wellsford Town Council"),
        ("h", "Finance and General Purposes Committee - 3 March 2026: Reserves Policy"),
        ("p", "The Council holds general reserves and earmarked reserves. The minimum level of general reserves "
              "is set at six months of net expenditure, currently £215,000."),
        ("t", [["Reserve", "Balance at 31 March 2025 £", "Forecast 31 March 2026 £"],
               ["General reserve", "262,400", "231,900"],
               ["Play equipment", "41,000", "18,000"],
               ["Elections", "12,000", "15,000"]]),
        ("p", "If the planned spending on the pavilion goes ahead in full, general reserves would fall below the "
              "minimum level during 2026/27. To avoid this, the Committee may phase the pavilion works over two "
              "years."),
        ("h", "Recommendations"),
        ("b", "That the Reserves Policy be adopted."),
        ("b", "That the minimum level of general reserves be set at £215,000."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Wellsford Town Council"], "committee": ["Finance and General Purposes Committee"],
                 "meeting_date": "2026-03-03", "dates": []},
        "recs": ["Reserves Policy be adopted", "minimum level of general reserves be set"],
        "risks": [("fall below the minimum level", "phase the pavilion works")],
    }),

    # 6. A treasury management strategy (PDF): prudential indicators, borrowing from the PWLB and deposits with
    #    banks and money market funds, none of them a contract; interest rate risk and its mitigation.
    "treasury_strategy_pdf": ("pdf", [
        ("h", "Greyhaven City Council"),
        ("h", "Treasury Management Strategy Statement 2026/27"),
        ("p", "Audit and Governance Committee, 28 January 2026"),
        ("h", "Recommendation"),
        ("p", "That the Committee recommends the Treasury Management Strategy Statement 2026/27 to Council for "
              "approval."),
        ("h", "Borrowing and investments"),
        ("p", "The Council expects to borrow £45m from the Public Works Loan Board during 2026/27. Surplus cash is "
              "placed with Northgate Bank plc and two money market funds, with no more than £10m with any one "
              "counterparty."),
        ("t", [["Prudential indicator", "2026/27 £m", "2027/28 £m", "2028/29 £m"],
               ["Authorised limit for external debt", "420", "445", "460"],
               ["Operational boundary", "395", "420", "435"],
               ["Capital financing requirement", "381", "402", "418"]]),
        ("h", "Risk"),
        ("p", "There is a risk that interest rates stay higher for longer and raise the cost of new borrowing. "
              "This is mitigated by borrowing short term and keeping the borrowing need under review with the "
              "Council's treasury advisers."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Greyhaven City Council"], "committee": ["Audit and Governance Committee"],
                 "meeting_date": "2026-01-28", "dates": []},
        "recs": ["Treasury Management Strategy Statement 2026/27"],
        "risks": [("interest rates stay higher for longer", "borrowing short term")],
    }),

    # 7. A section 25 statement (text): robustness of estimates, the statutory override for schools deficits
    #    ending, and the Chief Finance Officer's opinion.
    "section25_statement": ("txt", [
        ("h", "Marlow Fields Metropolitan Borough Council"),
        ("p", "Council - 26 February 2026"),
        ("h", "Statement of the Chief Finance Officer under Section 25 of the Local Government Act 2003"),
        ("p", "1. Section 25 requires the Chief Finance Officer to report on the robustness of the estimates and "
              "the adequacy of the reserves when the budget is set."),
        ("p", "2. The statutory override that keeps the deficit on the Dedicated Schools Grant out of the "
              "Council's general fund ends on 31 March 2028. The deficit is forecast to reach £31m by then, more "
              "than the Council's usable reserves. The Council is mitigating this through its Safety Valve "
              "recovery plan with the Department for Education."),
        ("p", "3. In my opinion the estimates are robust and the reserves adequate for 2026/27."),
        ("h", "Recommendation"),
        ("p", "That Council notes this statement when setting the budget for 2026/27."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Marlow Fields Metropolitan Borough Council"], "committee": ["Council"],
                 "meeting_date": "2026-02-26", "dates": ["2028-03-31"]},
        "recs": ["notes this statement"],
        "risks": [("statutory override", "Safety Valve")],
    }),

    # 8. A budget amendment form (Word): an opposition group's amendment moving sums between budgets.
    "budget_amendment_form": ("docx", [
        ("h", "Thursby Borough Council"),
        ("h", "Budget Council 24 February 2026 - Amendment to the Budget"),
        ("t", [["Amendment number", "2"],
               ["Proposed by", "Councillor J. Okafor"],
               ["Seconded by", "Councillor P. Lindqvist"],
               ["Group", "Liberal Democrat Group"]]),
        ("p", "Amendment: reduce the corporate communications budget by £120,000 and add £120,000 to the "
              "highways drainage budget in 2026/27."),
        ("t", [["Budget line", "2026/27 £", "2027/28 £"],
               ["Corporate communications", "(120,000)", "(120,000)"],
               ["Highways drainage", "120,000", "120,000"],
               ["Net effect", "0", "0"]]),
        ("p", "Chief Finance Officer's comment: the amendment is balanced and does not change the council tax "
              "requirement."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Thursby Borough Council"], "meeting_date": "2026-02-24", "dates": []},
        "recs": [],
        "risks": [],
    }),

    # 9. An ICB finance report at month 8 (PDF): a year-to-date deficit, a CIP delivery table, the risk of
    #    unidentified efficiencies and its mitigation.
    "icb_month8_report": ("pdf", [
        ("h", "Northmere Integrated Care Board"),
        ("h", "Finance Report - Month 8 2025/26"),
        ("p", "Board meeting in public, 15 January 2026"),
        ("h", "Recommendation"),
        ("p", "The Board is asked to note the financial position at month 8 and the actions to deliver the "
              "planned break-even position."),
        ("h", "Position"),
        ("p", "At month 8 the ICB reports a year-to-date deficit of £4.3m against a planned deficit of £1.1m."),
        ("t", [["CIP scheme", "Plan £m", "Delivered to date £m", "Forecast £m"],
               ["Prescribing", "6.2", "3.9", "5.8"],
               ["Continuing healthcare", "4.0", "1.7", "3.1"],
               ["Running costs", "1.5", "1.0", "1.5"]]),
        ("h", "Risks"),
        ("p", "The key risk to the forecast is that £2.3m of the efficiency plan is still unidentified. A "
              "recovery plan with additional schemes will be brought to the Finance Committee in February."),
    ], {
        "contracts": [],
        # (m26: the recovery plan brought to the Finance Committee `in February` is a key date, a month alone
        # naming a report back after the meeting, as the real dev sets' gold counts such months.)
        "meta": {"authority": ["Northmere Integrated Care Board", "Northmere ICB"], "committee": ["Board"],
                 "meeting_date": "2026-01-15", "dates": ["2026-02"]},
        "recs": ["note the financial position at month 8"],
        "risks": [("efficiency plan is still unidentified", "recovery plan")],
    }),

    # 10. An NHS trust finance report with one real contract in it (an outsourced pathology service).
    "trust_finance_contract": ("txt", [
        ("h", "Castlebeck Hospitals NHS Foundation Trust"),
        ("p", "Trust Board - 5 March 2026"),
        ("h", "Finance Report Month 10"),
        ("p", "1. The Trust is reporting a deficit of £7.9m at month 10, £1.2m worse than plan, driven by "
              "agency staffing and drugs costs."),
        ("p", "2. The Board approved in January a contract with Larkspur Diagnostics Ltd for pathology services "
              "at a value of £2,600,000 over three years from 1 April 2026."),
        ("t", [["Division", "Budget YTD £000", "Actual YTD £000", "Variance £000"],
               ["Medicine", "61,300", "63,900", "(2,600)"],
               ["Surgery", "48,700", "48,100", "600"],
               ["Corporate", "22,400", "22,600", "(200)"]]),
        ("h", "Recommendation"),
        ("p", "The Board is asked to note the month 10 financial position."),
    ], {
        "contracts": [(("Castlebeck Hospitals NHS Foundation Trust",), "Larkspur Diagnostics Ltd", 2_600_000)],
        "meta": {"authority": ["Castlebeck Hospitals NHS Foundation Trust"], "committee": ["Trust Board", "Board"],
                 "meeting_date": "2026-03-05", "dates": ["2026-04-01"]},
        "recs": ["note the month 10 financial position"],
        "risks": [],
    }),

    # 11. Council tax setting (web page): a band table, precepts of the police and fire authorities and parishes
    #     (no contracts), bills sent out and the year starting.
    "council_tax_setting_html": ("html", [
        ("h", "Dunmore Borough Council"),
        ("h", "Council Tax Setting 2026/27"),
        ("p", "Council, 26 February 2026"),
        ("p", "The Police and Crime Commissioner for Dunmore has set a precept of £21.4m and the Dunmore Fire and "
              "Rescue Authority a precept of £8.9m. Parish precepts total £1.6m."),
        ("t", [["Band", "Borough £", "Police £", "Fire £", "Total £"],
               ["A", "164.21", "171.02", "57.80", "393.03"],
               ["B", "191.58", "199.52", "67.43", "458.53"],
               ["D", "246.32", "256.53", "86.70", "589.55"]]),
        ("p", "Council tax bills will be sent to residents from 9 March 2026 and the new charges apply from "
              "1 April 2026."),
        ("h", "Recommendations"),
        ("b", "That the council tax for each band for 2026/27 be set as shown in the table."),
        ("b", "That the Chief Finance Officer be authorised to issue the bills."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Dunmore Borough Council"], "committee": ["Council"], "meeting_date": "2026-02-26",
                 "dates": ["2026-03-09", "2026-04-01"]},
        "recs": ["council tax for each band", "authorised to issue the bills"],
        "risks": [],
    }),

    # 12. An MTFP update (text) with savings and pressures tables and a budget consultation.
    "mtfp_update_consultation": ("txt", [
        ("h", "Okehurst District Council"),
        ("p", "Executive - 22 October 2025"),
        ("h", "Medium Term Financial Strategy Update"),
        ("p", "1. The budget consultation will run from 3 November 2025 to 12 December 2025, and the Executive "
              "will consider the draft budget on 14 January 2026."),
        ("h", "Pressures"),
        ("t", [["Pressure", "2026/27 £000", "2027/28 £000"],
               ["Temporary accommodation", "1,150", "1,400"],
               ["Pay award", "620", "640"],
               ["Waste disposal", "310", "330"]]),
        ("h", "Savings proposals"),
        ("t", [["Proposal", "2026/27 £000", "2027/28 £000"],
               ["Garden waste charge", "(450)", "(460)"],
               ["Office rationalisation", "(210)", "(300)"]]),
        ("p", "2. Temporary accommodation costs could rise further if homelessness presentations keep growing, "
              "which would widen the gap. Officers are mitigating this by buying homes for use as temporary "
              "accommodation."),
        ("h", "Recommendations"),
        ("p", "(a) That the Executive notes the updated Medium Term Financial Strategy."),
        ("p", "(b) That the savings proposals be approved for consultation."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Okehurst District Council"], "committee": ["Executive"], "meeting_date": "2025-10-22",
                 "dates": ["2025-11-03", "2025-12-12", "2026-01-14"]},
        "recs": ["notes the updated Medium Term Financial Strategy", "savings proposals be approved for consultation"],
        "risks": [("Temporary accommodation costs could rise", "buying homes")],
    }),

    # 13. A parish precept report with one service level agreement with a village hall trust.
    "parish_precept_sla": ("txt", [
        ("h", "Kettlewick Parish Council"),
        ("p", "Meeting of the Parish Council held on 13 January 2026"),
        ("h", "Budget and Precept 2026/27"),
        ("p", "The Clerk presented the draft budget for 2026/27."),
        ("t", [["Budget heading", "2025/26 £", "2026/27 £"],
               ["Clerk's salary", "14,200", "14,900"],
               ["Grass cutting", "6,800", "7,100"],
               ["Village hall service level agreement", "3,000", "3,000"]]),
        ("p", "The Council continues its service level agreement with Kettlewick Village Hall Trust for £3,000 a "
              "year for the running of the hall."),
        ("p", "RESOLVED: That a precept of £41,600 be requested from the district council for 2026/27."),
    ], {
        "contracts": [(("Kettlewick Parish Council",), "Kettlewick Village Hall Trust", 3_000)],
        "meta": {"authority": ["Kettlewick Parish Council"], "meeting_date": "2026-01-13", "dates": []},
        "recs": [],
        "risks": [],
    }),

    # 14. A capital strategy (Word) with prudential indicator years and a minimum revenue provision statement.
    "capital_strategy_docx": ("docx", [
        ("h", "Brantley County Council"),
        ("h", "Capital Strategy and Minimum Revenue Provision Statement 2026/27"),
        ("p", "Cabinet, 10 February 2026"),
        ("h", "Recommendations"),
        ("b", "To recommend the Capital Strategy 2026/27 to County Council."),
        ("b", "To recommend the Minimum Revenue Provision Statement 2026/27 to County Council."),
        ("t", [["Indicator", "2025/26 estimate", "2026/27", "2027/28", "2028/29"],
               ["Capital expenditure £m", "112.4", "131.0", "98.6", "74.2"],
               ["Ratio of financing costs to net revenue stream", "6.1%", "6.8%", "7.4%", "7.9%"]]),
        ("p", "Financing costs rise as a share of the revenue budget over the period, and any new borrowing will "
              "need a business case showing how it is repaid."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Brantley County Council"], "committee": ["Cabinet"], "meeting_date": "2026-02-10",
                 "dates": []},
        "recs": ["Capital Strategy 2026/27", "Minimum Revenue Provision Statement"],
        "risks": [],
    }),

    # 15. Fees and charges (markdown): a table of charges, the date the new charges take effect.
    "fees_and_charges_md": ("md", [
        ("h", "Selbury District Council"),
        ("h", "Cabinet 21 January 2026 - Fees and Charges 2026/27"),
        ("t", [["Service", "Charge 2025/26 £", "Charge 2026/27 £"],
               ["Garden waste bin (annual)", "52.00", "55.00"],
               ["Bulky waste collection (up to 3 items)", "30.00", "32.00"],
               ["Pest control - rats", "75.00", "80.00"]]),
        ("p", "The new charges will take effect from 1 April 2026."),
        ("h", "Recommendation"),
        ("p", "That the fees and charges for 2026/27 set out in the table be approved."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Selbury District Council"], "committee": ["Cabinet"], "meeting_date": "2026-01-21",
                 "dates": ["2026-04-01"]},
        "recs": ["fees and charges for 2026/27"],
        "risks": [],
    }),

    # 16. Budget monitoring naming one real contract (waste collection) whose inflation drives a pressure.
    "monitoring_contract_indexation": ("txt", [
        ("h", "Hemsworth Vale District Council"),
        ("p", "Finance and Performance Scrutiny Panel - 9 December 2025"),
        ("h", "Budget Monitoring Report - Period 7"),
        ("p", "1. The forecast outturn is an overspend of £820,000."),
        ("p", "2. The largest variance is in waste services. The Council's contract with Ridgeway Waste Services "
              "Ltd for refuse and recycling collection, worth £6.1m a year, rose by 7.2% in April under its "
              "indexation clause, a pressure of £440,000 against the budget."),
        ("t", [["Service", "Budget £000", "Forecast £000", "Variance £000"],
               ["Waste services", "7,050", "7,490", "440"],
               ["Housing", "2,310", "2,560", "250"],
               ["Planning", "1,480", "1,610", "130"]]),
        ("h", "Recommendation"),
        ("p", "That the Panel notes the forecast overspend for 2025/26."),
    ], {
        "contracts": [(("Hemsworth Vale District Council",), "Ridgeway Waste Services Ltd", 6_100_000)],
        "meta": {"authority": ["Hemsworth Vale District Council"],
                 "committee": ["Finance and Performance Scrutiny Panel"], "meeting_date": "2025-12-09", "dates": []},
        "recs": ["notes the forecast overspend"],
        "risks": [],
    }),

    # 17. A system financial plan (web page): each partner trust's planned deficit in a table; none a contract.
    "system_plan_partners_html": ("html", [
        ("h", "Westbridge and Orme Integrated Care Board"),
        ("h", "System Financial Plan 2026/27"),
        ("p", "Integrated Care Board meeting, 12 March 2026"),
        ("p", "The system plan must be submitted to NHS England by 30 April 2026."),
        ("t", [["Organisation", "Income £m", "Expenditure £m", "Surplus/(deficit) £m"],
               ["Westbridge Teaching Hospitals NHS Trust", "612.0", "628.4", "(16.4)"],
               ["Orme Community Health NHS Trust", "188.5", "189.9", "(1.4)"],
               ["Westbridge and Orme ICB", "2,410.0", "2,398.0", "12.0"]]),
        ("p", "The system deficit of £5.8m depends on delivering efficiencies of 5.1% across the partners. If "
              "these are not delivered, the system will not meet its financial plan. The partners will mitigate "
              "this through a joint programme board that tracks delivery each month."),
        ("h", "Recommendation"),
        ("p", "The Board is asked to approve the system financial plan for submission."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Westbridge and Orme Integrated Care Board", "Westbridge and Orme ICB"],
                 "committee": ["Integrated Care Board", "Board"], "meeting_date": "2026-03-12",
                 "dates": ["2026-04-30"]},
        "recs": ["approve the system financial plan"],
        "risks": [("will not meet its financial plan", "joint programme board")],
    }),

    # 18. HRA budget and rent setting (PDF): a rent rise from a date, a business plan table with years.
    "hra_rent_setting_pdf": ("pdf", [
        ("h", "Fenchester City Council"),
        ("h", "Housing Revenue Account Budget and Rent Setting 2026/27"),
        ("p", "Cabinet, 9 February 2026"),
        ("h", "Recommendations"),
        ("p", "1. That social rents be increased by 4.8% from 6 April 2026."),
        ("p", "2. That the Housing Revenue Account budget for 2026/27 be approved."),
        ("t", [["HRA business plan", "2026/27 £m", "2027/28 £m", "2028/29 £m", "2029/30 £m"],
               ["Rental income", "58.2", "60.4", "62.3", "64.1"],
               ["Repairs and maintenance", "19.6", "20.3", "21.0", "21.7"],
               ["Interest on HRA debt", "9.8", "10.4", "10.9", "11.2"]]),
        ("p", "Tenants will be notified of the new rents by 2 March 2026."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Fenchester City Council"], "committee": ["Cabinet"], "meeting_date": "2026-02-09",
                 "dates": ["2026-04-06", "2026-03-02"]},
        "recs": ["social rents be increased by 4.8%", "Housing Revenue Account budget"],
        "risks": [],
    }),

    # 19. A schools budget report (text): allocations to named maintained schools, not contracts.
    "schools_budget_allocations": ("txt", [
        ("h", "Rowanlea County Council"),
        ("p", "Schools Forum - 15 January 2026"),
        ("h", "Schools Budget 2026/27: Individual School Allocations"),
        ("p", "1. The Dedicated Schools Grant schools block for 2026/27 is £214.6m. Allocations to maintained "
              "schools under the local funding formula are shown below."),
        ("t", [["School", "Pupils", "Allocation £"],
               ["Oakfield Primary School", "412", "2,218,600"],
               ["St Anselm's Church of England Primary School", "208", "1,176,300"],
               ["Rowanlea High School", "1,140", "7,342,900"]]),
        ("p", "2. The final allocations must be submitted to the Department for Education by 22 January 2026."),
        ("h", "Recommendation"),
        ("p", "That the Forum notes the individual school allocations for 2026/27."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Rowanlea County Council"], "committee": ["Schools Forum"],
                 "meeting_date": "2026-01-15", "dates": ["2026-01-22"]},
        "recs": ["notes the individual school allocations"],
        "risks": [],
    }),

    # 20. A voluntary sector budget with funding agreements to named providers (real funding lines).
    "voluntary_sector_funding": ("docx", [
        ("h", "Lowther Borough Council"),
        ("h", "Cabinet 17 March 2026 - Voluntary and Community Sector Funding 2026-2029"),
        ("h", "Recommendations"),
        ("b", "To approve three-year funding agreements from 1 April 2026 with the organisations in the table."),
        ("t", [["Organisation", "Service", "Annual funding £"],
               ["Lowther Citizens Advice", "Debt and benefits advice", "145,000"],
               ["Lowther Carers Hub", "Support for unpaid carers", "62,000"]]),
        ("p", "The funding is met from the existing communities budget of £1.2m."),
    ], {
        "contracts": [(("Lowther Borough Council",), "Lowther Citizens Advice", 145_000),
                      (("Lowther Borough Council",), "Lowther Carers Hub", 62_000)],
        "meta": {"authority": ["Lowther Borough Council"], "committee": ["Cabinet"], "meeting_date": "2026-03-17",
                 "dates": ["2026-04-01"]},
        "recs": ["three-year funding agreements"],
        "risks": [],
    }),

    # 21. A revenue outturn report (Word): carry forwards, a year-end date that is an "as at" date only.
    "outturn_report_docx": ("docx", [
        ("h", "Sandhurst Vale Borough Council"),
        ("h", "Revenue Outturn 2024/25"),
        ("p", "Audit Committee, 24 June 2025"),
        ("p", "The final outturn for the year ended 31 March 2025 was an underspend of £412,000 against a net "
              "budget of £18.9m."),
        ("t", [["Portfolio", "Budget £000", "Outturn £000", "Variance £000"],
               ["Environment", "6,210", "6,050", "(160)"],
               ["Leisure and Culture", "3,440", "3,290", "(150)"],
               ["Resources", "9,250", "9,148", "(102)"]]),
        ("h", "Recommendations"),
        ("b", "To note the revenue outturn for 2024/25."),
        ("b", "To approve carry forwards of £96,000 into 2025/26."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Sandhurst Vale Borough Council"], "committee": ["Audit Committee"],
                 "meeting_date": "2025-06-24", "dates": []},
        "recs": ["revenue outturn for 2024/25", "carry forwards of £96,000"],
        "risks": [],
    }),

    # 22. A fire authority's budget and precept (markdown): the Band D precept, the deadline to notify the
    #     billing authorities, the risk that pension costs rise.
    "fire_precept_md": ("md", [
        ("h", "Corrieford Fire and Rescue Authority"),
        ("h", "Fire Authority 17 February 2026 - Revenue Budget and Precept 2026/27"),
        ("p", "The Authority must notify its precept to the billing authorities by 1 March 2026."),
        ("t", [["", "2025/26 £", "2026/27 £"],
               ["Band D precept", "86.10", "91.10"],
               ["Net budget", "38,420,000", "40,150,000"]]),
        ("p", "There is a risk that employer pension contributions rise after the actuarial valuation, adding "
              "up to £900,000 a year. The budget holds a pensions contingency of £500,000 to mitigate this."),
        ("h", "Recommendations"),
        ("b", "That a Band D precept of £91.10 for 2026/27 be approved."),
        ("b", "That the net revenue budget of £40.15m be approved."),
    ], {
        "contracts": [],
        "meta": {"authority": ["Corrieford Fire and Rescue Authority"], "committee": ["Fire Authority"],
                 "meeting_date": "2026-02-17", "dates": ["2026-03-01"]},
        "recs": ["Band D precept of £91.10", "net revenue budget of £40.15m"],
        "risks": [("employer pension contributions rise", "pensions contingency")],
    }),
}
