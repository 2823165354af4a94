"""Probe papers for risk layouts (stop 21), grounded in layouts surveyed on real UK council, combined
authority, parish, NHS, IJB and Welsh health board pages (ModernGov agenda-item and decision pages, parish
risk assessments, BAF summaries, IJB risk assessment boxes, EqIA forms, scrutiny slide packs).  The layouts
and wordings are the real ones; every authority, service, person and figure is invented, and no sentence is
copied.  ``PAPERS`` maps a name to (builder, expected risks) as in risks_probe20_papers: an expected risk is
(phrase, mitigation), the phrase inside one found risk's text, the mitigation phrase inside its mitigation
(``None``: none may be stored; ``...``: not checked).  As many risks must be found as expected.  The
expectations were written before the tool was run on them."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402
from risks_probe20_papers import _docx, _html, _text  # noqa: E402

ANY = ...


def _moderngov(folder, name, title, body):
    """An agenda-item or decision page as ModernGov publishes it: the item title, its blurb, then the minute."""
    return _html(folder, name, title, f"<h1>Agenda item</h1><h2>{title}</h2>{body}")


def _bullets(items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# 1. A ModernGov minute: "the following issues were raised:" then bullets, an officer's answer nested
#    under the concern; a bullet about the report's format and a question about timing are no risks.
def mgai_issues_raised(folder):
    body = ("<p>Consideration was given to the report of the Head of Parking, which set out the results of the "
            "consultation on residents' permits in the Abbeyfield area.</p>"
            "<p>Members considered the report, and the following issues were raised:</p>"
            "<ul><li>The appendices were hard to read on a tablet and should be printed in A3 in future.</li>"
            "<li>There was concern that the permit zone could push commuter parking into the streets just "
            "outside it, such as Mill Lane and Tanners Row."
            "<ul><li>Officers advised that parking in the neighbouring streets would be surveyed six months "
            "after the zone starts.</li></ul></li>"
            "<li>A Member asked when the signs would be installed; officers replied that this would be in "
            "the spring.</li></ul>"
            "<p>RESOLVED: That the report be noted.</p>")
    return _moderngov(folder, "item.html", "Abbeyfield Residents' Parking Zone", body)


# 2. A ModernGov decision page listing the register's red risks by name after "as set out below:".
def decision_red_risks_listed(folder):
    body = ("<p>Consideration was given to the recommendation of the Audit Committee in respect of the "
            "Strategic Risk Register.</p>"
            "<p>Cabinet noted that, following a review by the Management Team, the number of red risks on the "
            "register remained at three, as set out below:</p>"
            + _bullets(["Failure to deliver the savings and transformation programme",
                        "Failure to adopt a new Local Plan before the current plan expires",
                        "Loss of systems or data through a cyber attack"])
            + "<p>RESOLVED: That the updates to the Strategic Risk Register be noted.</p>"
            "<p>Date of decision: 03/03/2026</p><p>Decided at meeting: Cabinet</p>")
    return _moderngov(folder, "decision.html", "Strategic Risk Register", body)


# 3. Minutes listing red "risk cards" as "Topic - Risk of ..." bullets (txt).
def minutes_risk_cards(folder):
    return _text(folder, "minutes.txt", """HALVERTON BOROUGH COUNCIL

Audit and Governance Committee - 14 January 2026

7. STRATEGIC RISK REGISTER - QUARTER 3

The Committee considered the report updating the Strategic Risk Register. No risks had been removed and none had been added. The Committee was asked to note the three red risk cards, which had not changed from the previous quarter:

- Cyber - Risk of loss of data and services from a cyber attack
- Housing - Lack of temporary accommodation to meet the rising number of homeless households
- Finance - Unable to set a balanced budget because of rising demand for social care

RESOLVED: That the Strategic Risk Register be noted.
""")


# 4. Minutes: "Two new risks had been added" with reference-led bullets; a risk closed is no risk.
def minutes_new_risks_added(folder):
    return _text(folder, "minutes.txt", """ORMSTON DISTRICT COUNCIL

Minutes of the Audit Committee held on 2 February 2026

9. Corporate Risk Register

The Director of Governance introduced the register. Updates since the last meeting were shown in red.

Two new risks had been added since the last report:

- CR9 Flooding at the Eastgate depot. The depot flooded twice in November and a further flood could stop refuse collections for several days.
- CR10 Failure of the leisure operator. The operator's accounts show losses for a third year and its failure could close both sports centres.

One risk had been closed:

- CR4 Elections. The by-election has now taken place and this risk is closed.

RESOLVED: That the Corporate Risk Register be noted.
""")


# 5. A parish council's annual risk assessment, as a web table: Area | Risk | Level | Control.
def parish_risk_assessment_table(folder):
    rows = [("Area", "Risk", "Level", "Control (and agreed improvements)"),
            ("Assets", "Damage to the bus shelter and benches by vandals", "M",
             "Inspected monthly by the Clerk; covered by the council's insurance."),
            ("Finance", "Loss of cash through theft or dishonesty", "L",
             "No cash handled; two councillors approve every online payment."),
            ("Administration", "Loss of the council's records if the Clerk's laptop fails", "H",
             "Weekly back-up to an encrypted drive kept by the Chair.")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    main = ("<h1>Kelmscott Parish Council</h1><h2>Risk assessment 2026-27</h2>"
            "<p>Adopted by the Parish Council on 12 March 2026.</p>" + table)
    return _html(folder, "risk-assessment.html", "Risk assessment - Kelmscott Parish Council", main)


# 6. A parish "risk management scheme": a title line, then "Risk level:", "Those at risk:" and "Current
#    controls:" with a bulleted list.
def parish_scheme_entries(folder):
    return _text(folder, "scheme.txt", """WYNSTEAD PARISH COUNCIL

Risk Management Scheme 2026

FINANCE

Financial loss through fraud or error in payments
Risk level: High
Those at risk: Parish Council and parishioners
Current controls:
- Two councillors authorise each bank payment online.
- Invoices are checked against the bank statement every month.

Damage to the council's reputation from late accounts
Risk level: Medium
Those at risk: Parish Council
Current controls:
- The Clerk keeps a calendar of the audit deadlines.
""")


# 7. A trust board cover paper naming its principal risks in one sentence: "PR1 ...; PR2 ...".
def baf_principal_risks_inline(folder):
    def build(doc):
        docxgen.banner(doc, "Fenmoor Community Health NHS Trust")
        doc.add_paragraph("Board of Directors (Public) - 26 March 2026")
        doc.add_paragraph("Board Assurance Framework 2026/27")
        doc.add_heading("1. Introduction", level=2)
        doc.add_paragraph("1.1 This Board Assurance Framework includes the following principal risks (PRs) to "
                          "the Trust's objectives: PR1 Serious failure in the safety and quality of care; "
                          "PR2 Demand for community services that overwhelms capacity; PR3 Critical shortage "
                          "of district nurses and therapists.")
        doc.add_heading("2. Recommendation", level=2)
        doc.add_paragraph("2.1 The Board is asked to approve the Board Assurance Framework.")
    return _docx(folder, "baf.docx", build)


# 8. A Welsh health board's register wording: "There is a risk that ... This is caused by ... This could lead
#    to ..." under a corporate risk reference.
def welsh_register_caused_by(folder):
    return _text(folder, "board.txt", """BWRDD IECHYD PRIFYSGOL GLANNAU TAF / GLANNAU TAF UNIVERSITY HEALTH BOARD

Quality and Safety Committee - 21 January 2026

Agenda item 3.2: Corporate Risk Register

SITUATION

The committee receives the corporate risks scored 15 or above.

ASSESSMENT

Corporate risk CRR14 (score 16): There is a risk that community pharmacies in the upland areas close their doors. This is caused by falling dispensing income and a shortage of pharmacists. This could lead to patients travelling more than twenty miles for their medicines.

RECOMMENDATION

The committee is asked to note the corporate risk register.
""")


# 9. An old-style cover sheet whose "ASSESSMENT OF RISK" field only points to the body; the body's budget
#    risks are numbered paragraphs under their own heading.
def cover_fields_then_budget_risks(folder):
    return _text(folder, "report.txt", """PART 1 (OPEN TO THE PUBLIC)

REPORT OF THE DIRECTOR OF RESOURCES TO THE BUDGET SCRUTINY COMMITTEE ON 4 FEBRUARY 2026

TITLE: REVENUE BUDGET 2026/27: MONITORING

RECOMMENDATION: Members are invited to comment on the report.

ASSESSMENT OF RISK: The key budget risks are identified in section 4 of this report.

LEGAL ADVICE OBTAINED: Not applicable

1. Introduction

1.1 This report sets out the position on the revenue budget at the end of December.

4. Budget risks

4.1 Car parking income could fall short of the £2.1m budget if fewer people visit the town centre after the bus station closes.

4.2 Demand for temporary accommodation may exceed the 60 households allowed for in the budget, at a cost of about £9,000 a household.
""")


# 10. A Scottish IJB report: a financial implications paragraph and a "Risk Assessment" box in the IJB layout
#     (Risk 1 Description / Risk Category / Inherent Risk Level / Mitigating Actions / Residual Risk Level).
def ijb_risk_assessment_box(folder):
    def build(doc):
        docxgen.banner(doc, "Strathmorran Health and Social Care Integration Joint Board")
        doc.add_paragraph("REPORT TO: INTEGRATION JOINT BOARD - 24 FEBRUARY 2026")
        doc.add_paragraph("REPORT ON: CARE AT HOME CAPACITY")
        doc.add_heading("3.0 FINANCIAL IMPLICATIONS", level=2)
        doc.add_paragraph("3.1 The additional hours are funded from the IJB's earmarked reserve for 2026/27.")
        doc.add_heading("5.0 RISK ASSESSMENT", level=2)
        docxgen.table(doc, [["Risk 1 Description", "The partnership is unable to recruit enough care at home "
                                                   "staff, so people wait in hospital for a package of care."],
                            ["Risk Category", "Workforce, Operational"],
                            ["Inherent Risk Level", "Likelihood 4 x Impact 4 = 16 (Extreme)"],
                            ["Mitigating Actions (including timescales and resources)",
                             "A rolling recruitment campaign with the college and a retention payment from April."],
                            ["Residual Risk Level", "Likelihood 3 x Impact 3 = 9 (High)"],
                            ["Planning for Change Risk Level", "Likelihood 2 x Impact 3 = 6 (Moderate)"],
                            ["Approval recommendation", "Given the moderate level of planned risk, this risk is "
                                                        "deemed to be manageable."]], header=False)
    return _docx(folder, "ijb.docx", build)


# 11. An annex on one corporate risk: "The description of this risk is as follows; ..." then "Risk Detail".
def annex_one_risk_described(folder):
    return _text(folder, "annex.txt", """ANNEX A - CORPORATE RISK KCR5: CAPITAL PROGRAMME

1. This annex gives a fuller account of corporate risk KCR5.

2. The description of this risk is as follows: Failure to deliver the capital programme, including the new swimming pool and the river crossing, within its approved budget.

3. A review of recent schemes found areas where cost estimates had been weak.

Risk Detail

4. The programme has a budget of £212m over five years and several large schemes are at an early stage.
""")


# 12. Minutes: a clause saying what might go wrong, then members "considered that this was a risk".
def minutes_considered_a_risk(folder):
    return _text(folder, "minutes.txt", """MARSHGATE DISTRICT COUNCIL

Minutes of the Governance and Audit Committee, 10 December 2025

11. EXTERNAL AUDIT

The external auditor has not yet been appointed for 2025/26, so the accounts for that year might not be signed off by the statutory deadline. Opposition Members considered that this was a risk to the Council and asked for a letter to be sent to the appointing body.

RESOLVED: That the Chief Finance Officer write to the appointing body.
""")


# 13. A combined authority board minute: "Concerns had been growing over ..." with the reason.
def ca_concerns_growing(folder):
    body = ("<p>A report was considered which gave the Board the latest performance information on the housing "
            "and infrastructure programme.</p>"
            "<p>Members were informed that the programme had 31 live capital projects.</p>"
            "<p>Concerns had been growing over the slow pace of spending on the brownfield housing projects, as "
            "the grant has to be spent by 31 March 2027 or returned to government.</p>"
            "<p>RESOLVED: That the report be noted.</p>")
    return _moderngov(folder, "item.html", "Programme Performance Report", body)


# 14. Minutes: officers said the council would suffer damage if a scheme could not be delivered.
def minutes_damage_if_not_delivered(folder):
    return _text(folder, "minutes.txt", """CARRICK BAY COUNCIL

Audit and Scrutiny Committee - 18 November 2025

6. HARBOUR REGENERATION DEAL

Officers said that the council would suffer serious financial and reputational damage if the harbour regeneration deal could not be delivered by its 2028 deadline.

The Committee noted the report.
""")


# 15. An IJB finance minute: "if the partnership was unable to ..., it would be required to ...".
def ijb_unable_then_required(folder):
    return _text(folder, "minutes.txt", """WESTERN ISLES OF ARDNA INTEGRATION JOINT BOARD

Minute of meeting held on 28 August 2025

5. FINANCIAL UPDATE - MONTH 4

The Chief Finance Officer reported an overspend of £2.3m at the end of July, mainly on prescribing.

She said that if the partnership was unable to reduce its overspend by the end of the year, it would be required to draw further on its reserves.

The Board noted the update.
""")


# 16. Minutes: a fact, then "This could cause delay to ...".
def minutes_this_could_cause(folder):
    return _text(folder, "minutes.txt", """TOLWORTH CITY COUNCIL

Audit and Risk Committee - 16 September 2025

6. STRATEGIC RISK REGISTER

Referring to the Guildhall refurbishment, Councillor Yates said that a subcontractor is refusing to release its asbestos survey until it has been paid. This could cause delay to the completion of the refurbishment works.

The Director of Finance undertook to report back on the payment.
""")


# 17. Negatives: risks removed or closed, and a rating discussed, name no risk now.
def minutes_removed_risks_negative(folder):
    return _text(folder, "minutes.txt", """BRANSDALE DISTRICT COUNCIL

Audit Committee - 8 October 2025

5. STRATEGIC RISK REPORT

The Executive Member was pleased to report that the strategic risks had reduced by one to ten. The leisure centre risk had been removed because attendance had returned to pre-pandemic levels, and it was no longer considered a strategic risk.

The Risk Manager explained that a risk is removed from the strategic register once it has happened and can be dealt with by the service.

RESOLVED: That the report be noted.
""")


# 18. A scrutiny board's winter slides: "Challenges" lines stating pressures, an external threat and a
#     "significant risk", then a "What we are doing" list.
def scrutiny_slides_pressures(folder):
    return _text(folder, "slides.txt", """CALDERBRIDGE CITY COUNCIL

Adults, Health and Active Lifestyles Scrutiny Board - 14 October 2025

Winter Planning 2025/26 - Presentation

Slide 3: Challenges this winter

Heightened winter pressures are to be expected: more flu and norovirus, and modelling shows more patients than available beds in a do-nothing scenario.

Changes to visa rules: care home providers are worried they will not be able to recruit overseas staff as they have done.

Staff vaccination uptake is a significant risk to the system: staff absence from respiratory illness.

Slide 4: What we are doing

A single winter coordination cell meets daily from November.
""")


# 19. Board minutes: a topic and a dash, then what the government is predicting and what it could mean.
def board_minutes_potential_cuts(folder):
    return _text(folder, "minutes.txt", """BRACKENSHIRE LIBRARIES (INDUSTRIAL AND PROVIDENT SOCIETY)

Minutes of the Board meeting held on 9 July 2025

4. Finance update

The Finance Manager outlined the position for next year.

Potential cuts - the county council is predicting a 5% cut in our grant each year, which could mean a 25% cut in the budget by 2031.

The Chair thanked the Finance Manager.
""")


# 20. Board minutes: "The implications of the proposed ...: ... will be £X higher".
def board_minutes_implications_of(folder):
    return _text(folder, "minutes.txt", """BRACKENSHIRE LIBRARIES (INDUSTRIAL AND PROVIDENT SOCIETY)

Minutes of the Board meeting held on 24 September 2025

6. Staffing

The implications of the proposed rise in the real living wage: assuming staffing stays as it is, in four years the annual pay bill will be around £210k higher than it is now.

The Board asked that this be borne in mind in the next contract talks.
""")


# 21. Board minutes: "X – it is very important that this is in place by ..." with what may go wrong.
def board_minutes_very_important_by(folder):
    return _text(folder, "minutes.txt", """BRACKENSHIRE LIBRARIES (INDUSTRIAL AND PROVIDENT SOCIETY)

Minutes of the Board meeting held on 26 March 2026

5. Chief Executive's report

Nursery Rhyme Time contract - it is very important that this is in place for the start of the new financial year, as the children's centres have said they may not renew it.

The Board noted the report.
""")


# 22. "Members should be aware that" on good news is no risk; on harm it is.
def members_should_be_aware_good_and_bad(folder):
    return _text(folder, "report.txt", """ASHBOURNE VALE DISTRICT COUNCIL

Environment Committee - 3 February 2026

Report: Waste Fleet Replacement

1. Background

1.1 Members should be aware that the new refuse vehicles could arrive a week early, which would let crews start the new rounds sooner.

1.2 Members should be aware that the depot lease could end in 2027, leaving the fleet without a base.
""")


# 23. An EqIA form (DOCX): a table of protected characteristics with their negative impact and mitigation;
#     a characteristic with no negative impact states none.
def eqia_form_negative_impacts(folder):
    def build(doc):
        docxgen.banner(doc, "Wexbridge County Council")
        doc.add_paragraph("Equality Impact Assessment")
        docxgen.table(doc, [["Title of EqIA", "Closure of the Millbrook children's centre"],
                            ["Directorate", "Children and Families"]], header=False)
        doc.add_paragraph("Section 4: Impact on protected characteristics")
        docxgen.table(doc, [["Protected characteristic", "Negative impact", "Mitigating actions"],
                            ["Age", "Parents of children under five will have to travel further to the nearest "
                                    "centre, which may stop some of them using it.",
                             "Bus fares refunded for the first six months."],
                            ["Disability", "Disabled parents may find the longer journey to Eastfield a barrier "
                                           "to access.", "Home visits offered on request."],
                            ["Religion or belief", "No negative impact identified.", "None needed."]])
    return _docx(folder, "eqia.docx", build)


# 24. An "Implications" table (DOCX): Financial / Legal / Risk management / Equalities rows; only the Legal row
#     states a risk; the Risk row points elsewhere.
def implications_table_rows(folder):
    def build(doc):
        docxgen.banner(doc, "Haddon Moor Borough Council")
        doc.add_paragraph("Cabinet - 12 March 2026")
        doc.add_paragraph("Direct award of the pest control contract")
        doc.add_heading("Implications", level=2)
        docxgen.table(doc, [["Implication", "Details"],
                            ["Financial", "The £80,000 a year is met from the existing environmental health budget."],
                            ["Legal", "There is a risk of challenge under the procurement rules if the direct "
                                      "award is not justified; a transparency notice will be published before "
                                      "the contract is signed."],
                            ["Risk management", "See section 6 of the report."],
                            ["Equalities", "None arising from this report."]])
    return _docx(folder, "cabinet.docx", build)


# 25. A PDF report: "The main risks are: (a) ...; (b) ..." and "There is a risk that ... This will be
#     mitigated by ...".
def pdf_main_risks_are(folder):
    body = [("h", "6. Risk management"),
            ("p", "6.1 The main risks are: (a) the contractor's costs rise with inflation beyond the 5% allowed "
                  "for; and (b) the works overrun into the school term."),
            ("p", "6.2 There is a risk that the listed building consent is refused. This will be mitigated by "
                  "early talks with the conservation officer."),
            ("h", "7. Recommendation"),
            ("p", "7.1 Cabinet is asked to approve the scheme.")]
    return pdfgen.headed_paper(folder / "report.pdf", "Dunmere Council Cabinet 9 March 2026",
                               ["Dunmere Council", "Old Grammar School Repairs"], body)


# 26. A trust cover sheet in SBAR form: the risk stated in the Assessment; the cover's "Link to BAF" field
#     only names a BAF reference (no risk of its own).
def sbar_cover_assessment(folder):
    def build(doc):
        docxgen.banner(doc, "Wexbridge Integrated Care Board")
        doc.add_paragraph("Board meeting in public - 5 November 2025")
        docxgen.table(doc, [["Report title", "Autumn vaccination programme"],
                            ["Link to BAF", "BAF 4"],
                            ["Purpose", "Assurance"]], header=False)
        doc.add_heading("Situation", level=2)
        doc.add_paragraph("The autumn programme began on 1 October.")
        doc.add_heading("Assessment", level=2)
        doc.add_paragraph("Uptake of the autumn vaccine among care home staff is a significant risk to the "
                          "system: only 31% of staff have been vaccinated so far.")
        doc.add_heading("Recommendation", level=2)
        doc.add_paragraph("The Board is asked to note the report.")
    return _docx(folder, "icb.docx", build)


# 27. A police and crime panel report: "Risks" paragraph in prose with "could", and a precept statement
#     that is no risk.
def pcp_precept_risks(folder):
    return _text(folder, "report.txt", """NORTHMARCH POLICE AND CRIME PANEL

5 February 2026

Proposed Police Precept 2026/27

1. Purpose

1.1 To review the Commissioner's proposed precept of £14 a year for a Band D property.

4. Risks

4.1 The funding settlement covers one year only. If the pay award for officers exceeds 3%, the force could have to make further savings of £2.5m in 2027/28.

4.2 The precept proposal was published on 20 January 2026.
""")


# 28. A fire authority's report: "Risk implications" with a failure-to wording and a "This is mitigated by"
#     sentence.
def fire_risk_implications(folder):
    return _text(folder, "report.txt", """ESKDALE AND MOORS FIRE AND RESCUE AUTHORITY

Resources Committee - 22 January 2026

Replacement of Breathing Apparatus

5. Risk implications

5.1 Failure to replace the breathing apparatus sets before their certification lapses in March 2027 would take appliances off the run. This is mitigated by a call-off from the regional framework, which allows delivery within sixteen weeks.
""")


PAPERS = {
    "mgai_issues_raised": (mgai_issues_raised, [("permit zone could push commuter parking", "would be surveyed")]),
    "decision_red_risks_listed": (decision_red_risks_listed, [
        ("Failure to deliver the savings and transformation programme", None),
        ("Failure to adopt a new Local Plan", None),
        ("Loss of systems or data through a cyber attack", None)]),
    "minutes_risk_cards": (minutes_risk_cards, [
        ("Risk of loss of data and services from a cyber attack", None),
        ("Lack of temporary accommodation", None),
        ("Unable to set a balanced budget", None)]),
    "minutes_new_risks_added": (minutes_new_risks_added, [
        ("Flooding at the Eastgate depot", None), ("Failure of the leisure operator", None)]),
    "parish_risk_assessment_table": (parish_risk_assessment_table, [
        ("Damage to the bus shelter and benches by vandals", "Inspected monthly"),
        ("Loss of cash through theft or dishonesty", "No cash handled"),
        ("Loss of the council's records", "Weekly back-up")]),
    "parish_scheme_entries": (parish_scheme_entries, [
        ("Financial loss through fraud or error in payments", "Two councillors authorise"),
        ("Damage to the council's reputation from late accounts", "calendar of the audit deadlines")]),
    "baf_principal_risks_inline": (baf_principal_risks_inline, [
        ("Serious failure in the safety and quality of care", None),
        ("Demand for community services that overwhelms capacity", None),
        ("Critical shortage of district nurses and therapists", None)]),
    "welsh_register_caused_by": (welsh_register_caused_by, [("community pharmacies in the upland areas close", None)]),
    "cover_fields_then_budget_risks": (cover_fields_then_budget_risks, [
        ("Car parking income could fall short", None), ("Demand for temporary accommodation may exceed", None)]),
    "ijb_risk_assessment_box": (ijb_risk_assessment_box, [
        ("unable to recruit enough care at home staff", "rolling recruitment campaign")]),
    "annex_one_risk_described": (annex_one_risk_described, [("Failure to deliver the capital programme", None)]),
    "minutes_considered_a_risk": (minutes_considered_a_risk, [("might not be signed off by the statutory deadline", ANY)]),
    "ca_concerns_growing": (ca_concerns_growing, [("slow pace of spending on the brownfield housing projects", None)]),
    "minutes_damage_if_not_delivered": (minutes_damage_if_not_delivered, [
        ("would suffer serious financial and reputational damage", None)]),
    "ijb_unable_then_required": (ijb_unable_then_required, [("unable to reduce its overspend", None)]),
    "minutes_this_could_cause": (minutes_this_could_cause, [("could cause delay to the completion", ANY)]),
    "minutes_removed_risks_negative": (minutes_removed_risks_negative, []),
    "scrutiny_slides_pressures": (scrutiny_slides_pressures, [
        ("Heightened winter pressures are to be expected", ANY), ("Changes to visa rules", ANY),
        ("Staff vaccination uptake is a significant risk", ANY)]),
    "board_minutes_potential_cuts": (board_minutes_potential_cuts, [("predicting a 5% cut in our grant", None)]),
    "board_minutes_implications_of": (board_minutes_implications_of, [("rise in the real living wage", ANY)]),
    "board_minutes_very_important_by": (board_minutes_very_important_by, [
        ("in place for the start of the new financial year", ANY)]),
    "members_should_be_aware_good_and_bad": (members_should_be_aware_good_and_bad, [
        ("depot lease could end in 2027", None)]),
    "eqia_form_negative_impacts": (eqia_form_negative_impacts, [
        ("Parents of children under five will have to travel further", "Bus fares refunded"),
        ("Disabled parents may find the longer journey", "Home visits")]),
    "implications_table_rows": (implications_table_rows, [
        ("risk of challenge under the procurement rules", "transparency notice")]),
    "pdf_main_risks_are": (pdf_main_risks_are, [
        ("contractor's costs rise with inflation", None), ("works overrun into the school term", None),
        ("listed building consent is refused", "early talks with the conservation officer")]),
    "sbar_cover_assessment": (sbar_cover_assessment, [
        ("Uptake of the autumn vaccine among care home staff is a significant risk", None)]),
    "pcp_precept_risks": (pcp_precept_risks, [("further savings of £2.5m", None)]),
    "fire_risk_implications": (fire_risk_implications, [
        ("Failure to replace the breathing apparatus", "call-off from the regional framework")]),
}
