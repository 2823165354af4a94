"""Probe papers for contracts, parties and providers (stop 21), laid out as REAL papers lay them out.

Before writing them we surveyed stored public pages (ModernGov decision and issue pages, forward plans,
parish and town council minutes, charter trustee and charity committee minutes, PCC commissioning pages,
Welsh health board award notices, contracts registers and voluntary-sector grant decisions) and the dev
sets' misses.  The layouts and wordings found, in our own words:

 1. A decision page's header fields (Decision Maker / Decision status / Is Key decision?) then a numbered
    "Decision:" list whose items each approve "the extension of the contract with X to deliver S for
    the period ... at a total value of £V" - one provider per item, often one-word charities.
 2. A waiver decision: "the contract procedure rules be waived and a direct award be agreed with X in
    respect of S for N years at a cost of £V" (X often a public body).
 3. An award to an unnamed "highest scoring bidder", the name in an exempt appendix (no provider).
 4. A grants decision whose resolution lists a table Organisation | Amount | Details of project, the
    organisations being clubs, societies and community groups without any legal form.
 5. A parish transparency table Date paid | Beneficiary | Purpose | Amount.
 6. Minutes: "Resolved: That the quote from X of £V be accepted", X a one-word trade brand.
 7. Minutes: "the lowest tender, of £V from X, be accepted subject to insurance".
 8. Charter trustees / small bodies: "approved the appointment of X as external auditors under the
    central appointments regime" with the fee in the report.
 9. A charity committee: "That X be reappointed as external auditors for the financial years ...",
    reasons "X have been the Charity's auditors for a number of years".
10. "the external auditor X LLP intends to give an unqualified opinion" (auditor named in passing).
11. Advice-agency funding: "That a two-year funding settlement be allocated to X with £A for year 1".
12. "That the Service Level Agreement between the Council and X for 2026/27 be approved", core grant £V.
13. "the continuation of the existing agreement with X at a cost of £0.072m" (value in millions).
14. Section 75 / pooled budget agreements between a council and an ICB (partners, not a provider).
15. Minutes: "the contract with X started in June and is for 3 years" (a security or cleaning firm).
16. "The grass cutting contract has not been renewed; a new contractor is being sought" (no name).
17. "X terminated its agreement with the Parish Council to cut the grass" (an ending provider).
18. An ICB committee: "the NHS 111 service, commissioned from X NHS Trust" (a trust as provider).
19. A Welsh health board acting for others: "intends to award a contract to the current provider, X".
20. Attendance lists "Name - Firm" and then "Firm presented the treasury outlook" (advisers).
21. "Our treasury management advisers, X, ..." (role noun then the firm in apposition).
22. A procurement update's "Contracts awarded" table: Contract | Supplier | Value | Start | End.
23. A forward plan entry "Award of contract for S" with no supplier (no provider).
24. "Extend for 12 months with the incumbent providers - recommended option" (no names).
25. A PCC decision record: "The Commissioner has agreed to award a grant of £V to X to deliver S".
26. A fire authority calling off a national framework: "the order was placed with X Ltd".
27. Board minutes: "stay with the County Council for IT support, rather than procure" (council provides).
28. "a formal partnership with X Borough Council for health and safety advice" (council provides).
29. "The Clerk reported that X had been engaged to carry out the play area inspection at £V".
30. Board minutes "The Board agreed to proceed with X for the new finance system" (software vendor).
31. "support services from X will continue until the contract ends in March" (an ending provider).

``PAPERS`` maps a name to (format, blocks, expected) as in tests/contracts_probe20_papers.py (the same
builders are used).  ``expected`` lists (commissioners, provider, value); value None for a relation
stated without a sum; provider None a contract value stated without any provider (added after the first run, see
tests/test_contracts_probe21.py).  Every authority, firm, person and figure is invented.  The expectations were
written before the tool was run on the papers.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contracts_probe20_papers as p20  # noqa: E402

FILLER = p20.FILLER


def _text(path: Path, blocks, markdown: bool) -> Path:
    """As tests/contracts_probe20_papers._text, but a table's rows on consecutive lines (a blank line between rows
    would make each row a table of its own, which no real paper does)."""
    out = []
    for i, (kind, content) in enumerate(blocks):
        if kind == "t":
            rows = [[c.replace("\n", " ") for c in row] for row in content]
            if markdown:
                lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
            else:
                lines = ["    ".join(row) for row in rows]
            out.append("\n".join(lines))
        elif kind == "h":
            out.append(("# " if i == 0 else "## ") + content if markdown else content.upper() if i == 0 else content)
        else:
            out.append(("- " if kind == "b" else "") + content)
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return path


def write_blocks(path: Path, fmt: str, blocks) -> Path:
    """``blocks`` laid out as a paper of format ``fmt`` (pdf, docx, html, md or txt) at ``path``."""
    if fmt == "pdf":
        return p20._pdf(path, blocks)
    if fmt == "docx":
        return p20._docx(path, blocks)
    if fmt == "html":
        return p20._html(path, blocks)
    return _text(path, blocks, markdown=fmt == "md")


def build(name: str, folder: Path) -> Path:
    fmt, blocks, _ = PAPERS[name]
    return write_blocks(Path(folder) / f"{name}.{fmt}", fmt, blocks)


PAPERS: dict = {
    # 1. Decision page: numbered extensions, each with a one-word charity and a total value.
    "decision_page_extensions": ("html", [
        ("h", "Tarnwick Borough Council"), ("h", "Decision details - Contract extensions for supported housing"),
        ("p", "Decision Maker: Leader of the Council"), ("p", "Decision status: Recommendations Approved"),
        ("p", "Is Key decision?: Yes"),
        ("p", "Decision: The Leader approves the extension of the contract with Harbourlight to deliver a "
              "refuge for a duration of 12 months from 1 April 2026 to 31 March 2027, at a total value of £131,200."),
        ("p", "The Leader approves the extension of the contract with Stepwise Housing to deliver supported "
              "accommodation to young people for the period 1 April 2026 to 31 March 2027, at a total value of £224,900."),
        ("p", "Reasons for the decision: to ensure continuity of service for vulnerable residents."),
        ("p", "Publication date: 02/03/2026")],
        [(("Tarnwick Borough Council",), "Harbourlight", 131_200),
         (("Tarnwick Borough Council",), "Stepwise Housing", 224_900)]),

    # 2. Waiver decision with a direct award to a public body.
    "waiver_direct_award": ("html", [
        ("h", "Calderbrook Borough Council"), ("h", "Decision details - Contract Procedure Rules Waiver"),
        ("p", "Decision Maker: Managing Director"), ("p", "Decision status: Recommendations Approved"),
        ("p", "Decision: That the contract procedure rules be waived and a direct award be agreed with "
              "Pennant Records Service in respect of archive storage for a term of 4 years at a cost of £96,000."),
        ("p", "Reason: only one supplier holds the existing archive.")],
        [(("Calderbrook Borough Council",), "Pennant Records Service", 96_000)]),

    # 3. Negative: award to the highest scoring bidder named only in an exempt appendix.
    "unnamed_highest_bidder": ("html", [
        ("h", "Ashdown Vale District Council"), ("h", "Decision details - Grounds Maintenance Contract Award"),
        ("p", "Decision Maker: Cabinet"), ("p", "Decision status: Recommendations Approved"),
        ("p", "RESOLVED (i) To approve the award of the grounds maintenance contract to the highest scoring "
              "bidder, on the terms set out in the exempt appendix. (ii) To delegate authority to the Director "
              "of Community Services to enter into the contract with the highest scoring bidder."),
        ("p", "Reason: to continue grounds maintenance across the parks portfolio.")],
        []),

    # 4. Grants table in a resolution: organisations without legal forms.
    "grants_table_resolution": ("pdf", [
        ("h", "Kelby Borough Council - Executive"), ("h", "Voluntary sector grant applications 2026/27"),
        ("p", "RESOLVED that grants be awarded to voluntary sector organisations as detailed below:"),
        ("t", [["Organisation", "Amount", "Details of project"],
               ["Kelby Polish Community", "£2,000", "Dance classes for children"],
               ["Oakmere Wellbeing Centre", "£1,740", "Nutrition awareness sessions"],
               ["Rainbow Kelby", "£1,000", "A history month event"]]),
        ("p", FILLER)],
        [(("Kelby Borough Council",), "Kelby Polish Community", 2_000),
         (("Kelby Borough Council",), "Oakmere Wellbeing Centre", 1_740),
         (("Kelby Borough Council",), "Rainbow Kelby", 1_000)]),

    # 5. Parish transparency grants table (Beneficiary column).
    "parish_beneficiary_table": ("md", [
        ("h", "Wickham Fold Parish Council"), ("h", "Grants paid from the 2025/26 budget"),
        ("p", "The Council publishes the grants it has paid in the year, summarised below."),
        ("t", [["Date paid", "Beneficiary", "Purpose", "Amount £"],
               ["14 April 2025", "Wickham Fold Village Hall", "Outdoor maintenance grant", "600"],
               ["9 July 2025", "Wickham Fold Bonfire Society", "Fireworks for the bonfire event", "250"],
               ["4 March 2026", "St Aldric's Parochial Church Council", "Churchyard maintenance grant", "2500"]])],
        [(("Wickham Fold Parish Council",), "Wickham Fold Village Hall", 600),
         (("Wickham Fold Parish Council",), "Wickham Fold Bonfire Society", 250),
         (("Wickham Fold Parish Council",), "St Aldric's Parochial Church Council", 2_500)]),

    # 6. Minutes: the quote from a one-word brand accepted.
    "quote_from_brand_accepted": ("txt", [
        ("h", "Gorsey Bank Parish Council"), ("h", "Minutes of the Facilities Committee held on 24 September 2025"),
        ("p", "Present: Councillors Fuller (Chair), Jacobs and Franklin. Clerk: R Shaw."),
        ("p", "112.25 Replacement of the village hall kitchen"),
        ("p", "Resolved: That the quote from Kitchenworks of £3,940 be accepted, to be confirmed by the full council."),
        ("p", "The meeting closed at 20:58.")],
        [(("Gorsey Bank Parish Council",), "Kitchenworks", 3_940)]),

    # 7. Minutes: the lowest tender from a firm accepted subject to insurance.
    "lowest_tender_from": ("docx", [
        ("h", "Helmsby Parish Council"), ("h", "Minutes of a special meeting held on 23 April 2026"),
        ("p", "Present: Councillors Burns, Moody and Earl, and the Parish Clerk."),
        ("p", "2. Grass cutting for 2026. Two tenders were received. It was proposed by Cllr Moody, seconded by "
              "Cllr Earl and agreed unanimously that the lowest tender, of £675 from Greenacre Mowing, be accepted "
              "subject to satisfactory public liability insurance."),
        ("p", "There was no further business.")],
        [(("Helmsby Parish Council",), "Greenacre Mowing", 675)]),

    # 8. Charter trustees appoint external auditors under the central regime.
    "charter_trustees_auditors": ("html", [
        ("h", "Charter Trustees for the Town of Marlstone"), ("h", "Appointment of External Auditors"),
        ("p", "The Charter Trustees are advised that smaller authorities require an external auditor for a limited "
              "assurance review. The fee will likely be £210."),
        ("p", "Minutes: RESOLVED that the Charter Trustees for Marlstone approved the appointment of Hallam "
              "Pryce LLP as external auditors, made under the central appointments regime.")],
        [(("Charter Trustees for the Town of Marlstone", "Charter Trustees for Marlstone"), "Hallam Pryce LLP", None)]),

    # 9. A charity committee reappoints its auditors (firm name with an ampersand).
    "reappointed_auditors": ("html", [
        ("h", "Brackenhurst Borough Council"), ("h", "Decision details - Appointment of External Auditors"),
        ("p", "Decision Maker: Fernleigh Estate Charity Committee"),
        ("p", "Decision: That Dunmore & Vale be reappointed as external auditors for the financial years 2026/27 "
              "and 2027/28."),
        ("p", "Reasons for the decision: Dunmore & Vale have been the Charity's auditors for a number of years "
              "and know the Charity well.")],
        [(("Fernleigh Estate Charity Committee", "Brackenhurst Borough Council"), "Dunmore & Vale", None)]),

    # 10. A funding settlement allocated to several advice agencies.
    "funding_settlement_allocated": ("txt", [
        ("h", "Ormbridge Borough Council"), ("h", "Cabinet - 14 January 2026"), ("h", "Advice agency grant funding"),
        ("p", "RESOLVED -"),
        ("p", "1. That a one-year funding settlement of £72,160 be allocated to Ormbridge Citizens Advice for 2026/27."),
        ("p", "2. That a one-year funding settlement of £20,840 be allocated to Ormbridge Law Centre for 2026/27."),
        ("p", "REASONS FOR DECISIONS: to respond to the financial position of the Council.")],
        [(("Ormbridge Borough Council",), "Ormbridge Citizens Advice", 72_160),
         (("Ormbridge Borough Council",), "Ormbridge Law Centre", 20_840)]),

    # 11. A Service Level Agreement with a charity approved; core grant stated.
    "sla_with_charity": ("docx", [
        ("h", "Teynham District Council"), ("h", "Cabinet"), ("h", "Citizens Advice Service Level Agreement 2026/27"),
        ("p", "That the Service Level Agreement between Teynham District Council and Citizens Advice Teynham for "
              "2026/27 be approved."),
        ("p", "Cabinet was aware that the Council had for many years supported Citizens Advice Teynham by way of "
              "grant funding; since 2023/24 the core grant had been £144,000.")],
        [(("Teynham District Council",), "Citizens Advice Teynham", 144_000)]),

    # 12. Continuation of an existing agreement, value in millions.
    "continuation_existing_agreement": ("html", [
        ("h", "Tenby Moor District Council"), ("h", "Agenda item - Information and advice service"),
        ("p", "Decision: RESOLVED that Cabinet approves, for an interim period of six months from 1 April 2026, "
              "the continuation of the existing agreement with Moorside Advice Trust at a cost of £0.072m, supported "
              "by the existing budget.")],
        [(("Tenby Moor District Council",), "Moorside Advice Trust", 72_000)]),

    # 13. Negative: a section 75 agreement between a council and an ICB.
    "section75_partners": ("pdf", [
        ("h", "Herewood Council - Cabinet"), ("h", "Section 75 agreement"),
        ("p", "(a) the variations to the Better Care Fund section 75 agreement between the Council and NHS "
              "Herewood Integrated Care Board be agreed, effective from 1 October 2026; (b) authority is delegated "
              "to the director for adults to complete the varied agreement."),
        ("p", "The agreement provides a framework for pooled funds of £18.2m between the Council and the ICB.")],
        []),

    # 14. Minutes: the contract with a one-word firm started and runs three years.
    "contract_with_started": ("txt", [
        ("h", "Cotterill Parish Council"), ("h", "Minutes of the Parish Hall Committee - 22 November 2025"),
        ("p", "47/25 Caretaking issues"),
        ("p", "Security patrols - the Clerk reported that the contract with Nightguard started in June 2025 and is "
              "for 3 years, with another 3 optional years."),
        ("p", "It was RESOLVED to order a replacement soap dispenser. All in favour.")],
        [(("Cotterill Parish Council",), "Nightguard", None)]),

    # 15. Negative: a contract not renewed, a new contractor sought (no name).
    "new_contractor_sought": ("md", [
        ("h", "Temple Ashby Parish Council"), ("h", "Minutes - 8 February 2026"), ("h", "Clerk's report"),
        ("p", "The grass cutting contract has not been renewed and a new contractor is being sought. The Council "
              "delegated the choice of contractor to the Clerk with a limit of £120 plus VAT per cut.")],
        []),

    # 16. A contractor terminated its agreement with the parish council (ending provider, no value).
    "contractor_terminated": ("txt", [
        ("h", "Helbury Parish Council"), ("h", "Notes of the Extraordinary Meeting - 30 April 2026"),
        ("p", "4.0 Grass cutting. The meeting was called following Groundswell Landscapes terminating its "
              "agreement with the Parish Council to cut the grass in the parish. The Clerk is to ask other "
              "contractors for quotations.")],
        [(("Helbury Parish Council",), "Groundswell Landscapes", None)]),

    # 17. An ICB committee: a service commissioned from an ambulance trust (no value).
    "icb_commissioned_from_trust": ("pdf", [
        ("h", "NHS Wendover Vale Integrated Care Board"), ("h", "Urgent care commissioning update"),
        ("p", "3.1 The NHS 111 service across the region is commissioned from Fenland Coast Ambulance Service NHS "
              "Trust under a contract hosted by the ICB on behalf of the four systems."),
        ("p", "3.2 " + FILLER)],
        [(("NHS Wendover Vale Integrated Care Board",), "Fenland Coast Ambulance Service NHS Trust", None)]),

    # 18. A Welsh health board intends to award a contract to the current provider, named.
    "welsh_board_current_provider": ("docx", [
        ("h", "Bro Taf Uchaf University Health Board"), ("h", "Board - 4 June 2026"),
        ("h", "Children's neuro-disability therapy"),
        ("p", "The Health Board, acting on behalf of two neighbouring health boards, intends to award a contract "
              "to the current provider, Cerebral Steps Cymru, for therapy services from 1 July 2026 to 30 June 2027, "
              "at an estimated value of £467,600."),
        ("p", FILLER)],
        [(("Bro Taf Uchaf University Health Board",), "Cerebral Steps Cymru", 467_600)]),

    # 19. Treasury advisers in apposition after a role noun.
    "treasury_advisers_apposition": ("pdf", [
        ("h", "Glenholme County Council - Treasury Management Panel"), ("h", "Treasury outlook"),
        ("p", "Our treasury management advisers, Ledgerline Partners, presented the latest interest rate forecast "
              "and a regulatory update to the panel."),
        ("p", FILLER)],
        [(("Glenholme County Council",), "Ledgerline Partners", None)]),

    # 20. A procurement update's Contracts awarded table.
    "contracts_awarded_table": ("docx", [
        ("h", "Dunsworth City Council"), ("h", "Audit Committee"), ("h", "Procurement update - Quarter 3"),
        ("p", "Contracts awarded in the quarter are set out below."),
        ("t", [["Contract", "Supplier", "Value (£)", "Start", "End"],
               ["Pest control", "Vermex Services", "48,000", "01/01/2026", "31/12/2028"],
               ["Lift maintenance", "Uplift Engineering", "126,500", "01/02/2026", "31/01/2029"],
               ["Taxi framework", "Dunsworth Cars", "310,000", "01/03/2026", "28/02/2030"]])],
        [(("Dunsworth City Council",), "Vermex Services", 48_000),
         (("Dunsworth City Council",), "Uplift Engineering", 126_500),
         (("Dunsworth City Council",), "Dunsworth Cars", 310_000)]),

    # 21. Negative: a forward plan entry with no supplier.
    "forward_plan_no_supplier": ("html", [
        ("h", "Lindow Borough Council"), ("h", "Forward plan - Award of Contract for Gateway Support Services"),
        ("p", "Decision maker: Strategic Director - Community Wellbeing"), ("p", "Decision: 3 Oct 2026"),
        ("p", "The Gateway contract is due to go live on 2 December; the procurement was completed in August and "
              "the award has been delayed by due diligence. Estimated value £1.9m over three years.")],
        [(("Lindow Borough Council",), None, 1_900_000)]),

    # 22. Negative: extension for the incumbent providers, not named.
    "incumbents_unnamed": ("txt", [
        ("h", "Rowbarton Council"), ("h", "Cabinet Member decision"), ("h", "Interim contracts for young people's services"),
        ("p", "To approve the direct award of five interim contracts to continue provision by the incumbent providers "
              "for a period of 12 months at a maximum cost of £2,706,400, as set out in the exempt table."),
        ("p", "Alternative options: allow the existing contracts to expire; extend for 12 months to the incumbent "
              "providers - recommended option.")],
        [(("Rowbarton Council",), None, 2_706_400)]),

    # 23. A PCC decision record: a grant to a charity to deliver a service.
    "pcc_decision_record": ("pdf", [
        ("h", "Police and Crime Commissioner for Wessmoor"), ("h", "Decision Record 2026/014"),
        ("h", "Independent sexual violence advisers"),
        ("p", "Decision: The Commissioner has agreed to award a grant of £186,000 to Safe Harbour Wessmoor to deliver "
              "independent sexual violence adviser services in 2026/27."),
        ("p", "Financial implications: funded from the Ministry of Justice victims grant.")],
        [(("Police and Crime Commissioner for Wessmoor",), "Safe Harbour Wessmoor", 186_000)]),

    # 24. A fire authority calls off a national framework.
    "fire_framework_order": ("md", [
        ("h", "Harlingmoor Fire and Rescue Authority"), ("h", "Resources Committee"), ("h", "Breathing apparatus replacement"),
        ("p", "Following a further competition under the national framework, the order for 180 breathing apparatus "
              "sets was placed with Airsafe Technologies Ltd at a cost of £1,240,000."),
        ("p", FILLER)],
        [(("Harlingmoor Fire and Rescue Authority",), "Airsafe Technologies Ltd", 1_240_000)]),

    # 25. Board minutes: stay with the County Council for IT support (a council as provider).
    "stay_with_council_it": ("pdf", [
        ("h", "Fenmarket Libraries - Board Meeting"), ("h", "Minutes of 10 July 2026"),
        ("p", "5. IT service specification - workshops to agree a revised and re-priced offer from Marshfold County "
              "Council are being held. The approach is to stay with Marshfold County Council for IT support to avoid "
              "a complex and costly procurement. The Board confirmed its agreement."),
        ("p", "6. Date of next meeting: 21 August 2026.")],
        [(("Fenmarket Libraries",), "Marshfold County Council", None)]),

    # 26. A formal partnership with a borough council for health and safety advice.
    "partnership_with_borough_for_advice": ("txt", [
        ("h", "Fenmarket Leisure Trust"), ("h", "Board minutes - 29 May 2026"),
        ("p", "Matters arising. Health and safety: the General Manager reported that the formal partnership with "
              "Kingsmere Borough Council for health and safety advice (a primary authority agreement) is progressing "
              "and will come to the Board for sign-off."),
        ("p", "Date of next meeting: 21 August 2026.")],
        [(("Fenmarket Leisure Trust",), "Kingsmere Borough Council", None)]),

    # 27. The Clerk reports a firm engaged for an inspection at a cost.
    "clerk_engaged_firm": ("docx", [
        ("h", "Brantwood Town Council"), ("h", "Minutes of the Amenities Committee - 5 March 2026"),
        ("p", "The Clerk reported that Playsafe Inspections had been engaged to carry out the annual play area "
              "inspection at a cost of £540."),
        ("p", "It was RESOLVED to note the report.")],
        [(("Brantwood Town Council",), "Playsafe Inspections", 540)]),

    # 28. Board agreed to proceed with a software vendor (no legal form).
    "proceed_with_vendor": ("md", [
        ("h", "Fenmarket Libraries"), ("h", "Board Meeting - 12 March 2026"), ("h", "Finance system"),
        ("p", "The Head of Finance presented the options for the new finance system. The Board agreed to proceed with "
              "Ledgerly for finance and payroll from October 2026."),
        ("p", FILLER)],
        [(("Fenmarket Libraries",), "Ledgerly", None)]),

    # 29. Support services from a company continue until the contract ends.
    "support_until_contract_ends": ("txt", [
        ("h", "Fenmarket Libraries - Board"), ("h", "Minutes - 18 September 2025"),
        ("p", "19. Support services. The Board noted the need to monitor the quality of the finance and IT support "
              "provided by Shire Business Services until the ending of the contract in 2027."),
        ("p", "20. Any other business: none.")],
        [(("Fenmarket Libraries",), "Shire Business Services", None)]),

    # 30. Negative: a firm's staff only attending a meeting (no role stated).
    "attendees_only": ("txt", [
        ("h", "Glenholme County Council"), ("h", "Pension Fund Committee - 5 May 2026"),
        ("p", "Present: Cllr A Ward (Chair), Cllr B Lowe, Cllr C Hart."),
        ("p", "Also present: J Graham (Glenholme County Council), P Ellis (Stonebridge Pension Forum)."),
        ("p", "1. Apologies were received from Cllr D Price."),
        ("p", "2. The minutes of the last meeting were agreed.")],
        []),
}
