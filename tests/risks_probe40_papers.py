"""Probe papers for risks (stop 34, r40): short fictional papers -- councils, trusts, IJBs, fire and police
bodies, parish councils, pension funds, school governors -- each stating one to three risks in a place or form the
earlier probes (risks_probe20_papers, risks_probe21_papers) lack: a risk inside a Legal, Financial, Equality or
Health and safety implications paragraph; "The main risks are: (a) ...; (b) ..."; a board assurance framework
block ("Principal risk 4: ... Controls: ... Gaps: ... Actions: ..."); register tables headed Hazard / Threat /
Exposure / Residual rating / Owner / Treatment; "Should X happen, Y would ..."; "If we do nothing ..."; "There is a
danger that ..."; a member's question naming a danger answered by an officer; "the biggest challenge is ...";
options appraisals; and papers that only use the word (a title, a cover label pointing elsewhere, a policy's
description, a completed repair, a thanked officer, a noted report, an audit opinion, a rating legend, a closed
risk, a member's question with no danger) which must give none.  Every authority, service, person and figure is
invented and no sentence is copied from a real paper.  ``PAPERS`` maps a name to (builder, expected risks) as in
risks_probe20_papers; the expectations were written before the tool was run on them."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402
from risks_probe20_papers import _docx, _html, _pdf, _text  # noqa: E402

ANY = ...


def _table_html(rows):
    head, *body = rows
    return ("<table><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body) + "</table>")


# ---- papers stating risks -------------------------------------------------------------------------------

# 1. A risk inside the Legal implications paragraph, with the step taken to reduce it.
def legal_implications_challenge(folder):
    return _text(folder, "report.txt", """BRACKENFORD DISTRICT COUNCIL

Report to Cabinet - 9 April 2026

Closure of the Millgate Public Conveniences

1. Purpose

1.1 This report asks Cabinet to agree the closure of the public conveniences at Millgate car park.

6. Legal implications

6.1 The Council has a power, but no duty, to provide public toilets. Traders at Millgate may claim that the closure was decided without regard to their representations, and a claim of this kind would delay the closure by several months. To guard against this, every representation received has been summarised in Appendix B for Cabinet to weigh.

7. Recommendation

7.1 That Cabinet agrees to close the Millgate conveniences from 1 July 2026.
""")


# 2. A risk inside the Financial implications section of a Markdown paper: "would have to be met from".
def financial_implications_shortfall(folder):
    return _text(folder, "report.md", """# Pellingham Town Council

## Finance and General Purposes Committee - 14 May 2026

### Item 8: Refurbishment of the Jubilee Pavilion

**1. Summary**

The pavilion needs a new roof, changing rooms and an accessible entrance at a cost of £186,000.

**4. Financial implications**

The scheme assumes a grant of £90,000 from the county sports fund. Were that grant refused, the gap would have to be met from the council's general reserve, leaving it below the three months of spending the auditors advise.

**5. Recommendation**

That the committee approves the scheme within a budget of £186,000.
""")


# 3. A risk inside an IJB's Equality implications paragraph, with its mitigation.
def equality_implications_danger(folder):
    def build(doc):
        docxgen.banner(doc, "Strathmoran Integration Joint Board")
        doc.add_paragraph("Meeting of 22 April 2026")
        doc.add_paragraph("Redesign of the Podiatry Booking Service")
        doc.add_heading("1. Purpose", level=2)
        doc.add_paragraph("1.1 To seek approval for moving podiatry bookings to an online system.")
        doc.add_heading("5. Equality implications", level=2)
        doc.add_paragraph("5.1 There is a danger that older patients without internet access find it harder to "
                          "book appointments. A freephone booking line will stay open for anyone who prefers it.")
        doc.add_heading("6. Recommendation", level=2)
        doc.add_paragraph("6.1 The IJB is asked to approve the redesign.")
    return _docx(folder, "podiatry.docx", build)


# 4. A fire authority PDF: "The main risks are: (a) ...; (b) ...; and (c) ..." in one paragraph.
def pdf_main_risks_lettered(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Tarnside Fire and Rescue Authority")
        pdfgen.heading(pdf, "Replacement of the Mobilising System")
        pdfgen.paragraph(pdf, "1.1 The authority's contract for its mobilising system ends in March 2027.")
        pdfgen.heading(pdf, "5. Risk")
        pdfgen.paragraph(pdf, "5.1 The main risks are: (a) that the new system is not live before the current "
                              "contract expires; (b) that control room staff are not trained in time for the "
                              "switch-over; and (c) that integration with the neighbouring service's system costs "
                              "more than the £2.1m budget.")
        pdfgen.heading(pdf, "6. Recommendation")
        pdfgen.paragraph(pdf, "6.1 That the authority approves the procurement.")
    return _pdf(folder / "mobilising.pdf", "Tarnside Fire and Rescue Authority 30 March 2026", body)


# 5. A trust's board assurance framework block: Principal risk / Controls / Gaps / Actions.
def baf_principal_risk_block(folder):
    return _text(folder, "baf.txt", """ASHCOMBE VALLEY HOSPITALS NHS TRUST

Finance and Performance Committee - 17 March 2026

Board Assurance Framework: extract

Principal risk 4: Patients wait longer than the national standards for planned operations, leading to harm while they wait.
Controls: weekly theatre scheduling meeting; clinical review of every patient waiting over 52 weeks.
Gaps: no validated list for community dermatology.
Actions: insourcing of weekend lists from April; validation of the dermatology list by June.

Recommendation: The committee is asked to note the extract.
""")


# 6. A parish council's register as a web table headed Hazard | Exposure | Residual rating | Owner | Treatment.
def html_hazard_register(folder):
    rows = [("Hazard", "Exposure", "Residual rating", "Owner", "Treatment"),
            ("Falling branches from the churchyard limes", "Visitors and the lych gate", "Medium", "Clerk",
             "Tree survey every two years; works ordered when the survey says so."),
            ("Broken equipment on the Green Lane play area", "Children using the play area", "Low",
             "Amenities Councillor", "Weekly visual check and an annual independent inspection.")]
    main = ("<h1>Hollowby Parish Council</h1><h2>Risk register 2026-27</h2>"
            "<p>Reviewed by the Parish Council on 11 March 2026.</p>" + _table_html(rows))
    return _html(folder, "register.html", "Risk register - Hollowby Parish Council", main)


# 7. A pension fund committee's register table in DOCX headed Threat | Inherent | Treatment | Residual | Owner.
def docx_pension_threat_table(folder):
    def build(doc):
        docxgen.banner(doc, "Corringham County Council Pension Fund")
        doc.add_paragraph("Pension Fund Committee - 5 March 2026")
        doc.add_paragraph("Pension Fund Risk Register")
        doc.add_paragraph("1. The register below shows the fund's top threats at the end of quarter 3.")
        docxgen.table(doc, [
            ["Threat", "Inherent", "Treatment", "Residual", "Owner"],
            ["Employers fall behind with their monthly contributions, so the fund's cash flow turns negative.",
             "High", "Contribution monitoring each month and escalation letters at day 10.", "Medium",
             "Pensions Manager"],
            ["A member's data is sent to the wrong address, breaching data protection law.", "Medium",
             "Address checks against the tracing service before each annual statement run.", "Low",
             "Head of Pensions Administration"]])
        doc.add_paragraph("2. The Committee is asked to note the register.")
    return _docx(folder, "pension_register.docx", build)


# 8. "Should X happen, Y would ..." in a police and crime panel report.
def should_happen_precept(folder):
    return _text(folder, "panel.txt", """WESTMARCH POLICE AND CRIME PANEL

24 January 2026

Proposed Police Precept 2026/27

1. The Commissioner proposes a Band D precept of £291.40.

2. Risks

2.1 Should the Home Office grant settlement be lower than announced in December, the Commissioner would need to find a further £1.5m of savings during the year.

3. Recommendation

3.1 That the Panel supports the proposed precept.
""")


# 9. "If we do nothing ..." in a Markdown council report, in the options section.
def md_if_we_do_nothing(folder):
    return _text(folder, "library.md", """# Easterby Borough Council

## Cabinet, 2 June 2026

## Easterby Central Library: roof replacement

### 3. Options

If we do nothing, water will keep coming through the roof of the reading room and the library may have to close within two years.

The preferred option is to replace the roof in one phase over the summer of 2027.

### 4. Recommendation

That Cabinet approves the roof replacement at a cost of £740,000.
""")


# 10. "There is a danger that ..." in an IJB web page, with the response the next sentence.
def html_danger_that(folder):
    main = ("<h1>Glenross Health and Social Care Partnership</h1><h2>Integration Joint Board - 19 February "
            "2026</h2><h3>Care at Home: winter position</h3>"
            "<p>1. Demand for care at home rose by 8% in the autumn.</p>"
            "<p>2. There is a danger that independent providers hand back care packages over the winter because "
            "they cannot fill vacant posts. The Partnership has agreed a temporary rate uplift with providers "
            "to help them recruit.</p>"
            "<h3>Recommendation</h3><p>The IJB is asked to note the position.</p>")
    return _html(folder, "care_at_home.html", "Care at Home: winter position", main)


# 11. Minutes: a member asks whether there is a danger; the officer replies with the response.
def minutes_question_danger_answer(folder):
    return _text(folder, "minutes.txt", """NORTHCOTE METROPOLITAN BOROUGH COUNCIL

Minutes of the Highways and Transport Committee held on 3 March 2026

6. HOLLIS ROAD BUS GATE

The Head of Highways presented the report on the trial bus gate.

Councillor Quill asked whether there was a danger that the bus gate would divert through traffic onto the residential streets around Ashby Park. The Head of Highways replied that traffic counts would be taken on those streets before and during the trial and the gate would be reviewed if traffic rose.

RESOLVED: That the trial bus gate be approved.
""")


# 12. "The biggest challenge is ..." in an ambulance trust's board paper.
def biggest_challenge(folder):
    return _text(folder, "board.txt", """EASTERN SHIRES AMBULANCE SERVICE NHS TRUST

Trust Board - 28 January 2026

Rapid Response Vehicle Expansion

1. The Trust plans to add eight rapid response vehicles in the north of the county.

2. The biggest challenge is recruiting enough paramedics to crew the new vehicles around the clock, as neighbouring services are recruiting from the same pool.

3. The Board is asked to support the expansion.
""")


# 13. An options appraisal: two options each carrying a risk.
def docx_options_appraisal(folder):
    def build(doc):
        docxgen.banner(doc, "Harnwood District Council")
        doc.add_paragraph("Cabinet - 12 May 2026")
        doc.add_paragraph("Future of the Riverside Community Centre")
        doc.add_heading("4. Options appraisal", level=2)
        doc.add_paragraph("Option 1: Keep the centre under council management. This keeps the current subsidy "
                          "of £65,000 a year.")
        doc.add_paragraph("Option 2: Transfer the centre to the Riverside Community Trust. This option carries "
                          "the risk that the trust cannot raise enough income to keep the building open beyond "
                          "its first three years.")
        doc.add_paragraph("Option 3: Sell the site. The site's value depends on planning permission for homes, "
                          "and a refusal could cut the receipt by more than half.")
        doc.add_heading("5. Recommendation", level=2)
        doc.add_paragraph("That Cabinet agrees Option 2.")
    return _docx(folder, "riverside.docx", build)


# 14. School governors' minutes: a governor warns; the headteacher responds.
def governors_warning(folder):
    return _text(folder, "governors.txt", """ST OSWIN'S CHURCH OF ENGLAND PRIMARY SCHOOL

Minutes of the Full Governing Board - 26 February 2026

5. Budget monitoring

The School Business Manager presented the budget report.

A governor warned that falling rolls could push the school into a deficit budget by 2028. The Headteacher responded that the nursery would be promoted to local families to lift admissions into Reception.

Governors noted the report.
""")


# 15. A pension fund report's "Risk implications" paragraph with its control.
def pension_risk_implications(folder):
    return _text(folder, "investment.txt", """MARWICK PENSION FUND

Pension Fund Committee - 11 June 2026

Investment Strategy Review

1. The Fund's funding level at the last valuation was 104%.

5. Risk implications

5.1 A sharp fall in equity markets would widen the funding gap and raise employers' contribution rates at the next valuation. The proposed strategy spreads the Fund's assets across more asset classes to soften such a fall.

6. Recommendation

6.1 That the Committee approves the strategy.
""")


# 16. A fire authority's Health and safety implications paragraph.
def health_safety_implications(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Calderbrook Fire and Rescue Authority")
        pdfgen.heading(pdf, "Battery Energy Storage Sites: Operational Response")
        pdfgen.paragraph(pdf, "1. Three battery storage sites have been built in the county since 2024.")
        pdfgen.heading(pdf, "4. Health and safety implications")
        pdfgen.paragraph(pdf, "4.1 Crews attending fires at battery storage sites face a risk of explosion and of "
                              "toxic gas release. New operational guidance and training for all crews will be "
                              "in place by April 2026.")
        pdfgen.heading(pdf, "5. Recommendation")
        pdfgen.paragraph(pdf, "5.1 Members are asked to note the report.")
    return _pdf(folder / "battery.pdf", "Calderbrook Fire and Rescue Authority 18 February 2026", body)


# 17. "The principal risks to the project are set out below:" with noun-phrase bullets (txt).
def principal_risks_bullets(folder):
    return _text(folder, "project.txt", """DUNHALLOW COUNTY COUNCIL

Executive - 7 May 2026

Heat Pump Programme for Council Schools

1. Background

1.1 Twelve schools will have their gas boilers replaced with heat pumps over two years.

5. Risks

5.1 The principal risks to the programme are set out below:

- delays in the supply of heat pump units from the manufacturer;
- loss of the £3.2m decarbonisation grant if the works are not finished by March 2027;
- disruption to teaching if works overrun into term time.

6. Recommendation

6.1 That the Executive approves the programme.
""")


# 18. "... exposes the Council to ..." in a report's Risks paragraph.
def exposes_the_council(folder):
    return _text(folder, "meals.txt", """KESTON VALE COUNCIL

Report to the Children's Services Committee - 15 April 2026

School Meals Contract Extension

1. The current school meals contract ends in August 2026.

4. Risk management

4.1 Relying on a single caterer for every school kitchen exposes the Council to sudden price rises and to a loss of service should that caterer fail. The extension includes a break clause at twelve months so that a new tender can be run if prices rise.

5. Recommendation

5.1 That the contract be extended by two years.
""")


# 19. "The consequence of not ... would be ..." in a council report.
def consequence_of_not(folder):
    return _text(folder, "homecare.txt", """ROWANTHORPE BOROUGH COUNCIL

Report to the Adult Social Care Committee - 20 May 2026

Extension of Homecare Framework

1. The homecare framework ends on 31 March 2027.

3. Implications of not approving

3.1 The consequence of not extending the framework would be a gap in homecare for around 600 residents from April 2027, with hospital discharges delayed as a result.

4. Recommendation

4.1 That the framework be extended for one year.
""")


# 20. Minutes: "A member asked what would happen if ..." with the officer's safeguard.
def minutes_what_would_happen_if(folder):
    return _text(folder, "minutes.txt", """FARLOW DISTRICT COUNCIL

Minutes of the Audit and Standards Committee held on 10 February 2026

8. NEW LEISURE CENTRE: CONSTRUCTION UPDATE

A Member asked what would happen if the main contractor went into administration before the centre was finished. The Director of Finance explained that the Council holds a performance bond worth 10% of the contract sum, which would pay towards a replacement contractor.

RESOLVED: That the update be noted.
""")


# 21. A trust's SBAR cover: the risk stated in "Assessment" with a planned response.
def sbar_assessment_vulnerability(folder):
    return _text(folder, "sbar.txt", """NORTHWOLD TEACHING HOSPITALS NHS FOUNDATION TRUST

Audit and Risk Committee - 4 March 2026

Pathology System Replacement

Situation
The laboratory information system is no longer supported by its supplier.

Background
The system was installed in 2011.

Assessment
Because the system no longer receives security updates, a cyber attack could take pathology results offline for days. A replacement system is being procured for installation in the second quarter of 2026/27.

Recommendation
The committee is asked to note the position.
""")


# 22. An HTML parish report: "could jeopardise" in a Financial implications paragraph, with no response.
def html_parish_could_jeopardise(folder):
    main = ("<h1>Lower Ashwell Parish Council</h1><h2>Full Council - 8 April 2026</h2>"
            "<h3>Village Hall Extension</h3>"
            "<p>1. The extension will add a meeting room and an accessible toilet.</p>"
            "<h4>Financial implications</h4>"
            "<p>2. Any further slippage in the start of works could jeopardise the £48,000 lottery award, which "
            "must be spent by December 2026.</p>"
            "<h3>Recommendation</h3><p>That the council appoints the contractor.</p>")
    return _html(folder, "hall.html", "Village Hall Extension", main)


# 23. An ICB's register as a PDF table with Hazard / Residual rating / Owner / Treatment columns.
def pdf_icb_register_treatment(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Severnmouth Integrated Care Board")
        pdfgen.heading(pdf, "Primary Care Commissioning Committee - Risk Report")
        pdfgen.paragraph(pdf, "1. The committee's risks at the end of February are shown below.")
        pdfgen.table(pdf, [["Ref", "Hazard", "Residual rating", "Owner", "Treatment"],
                           ["PC3", "Two single-handed practices close when their GPs retire, leaving 9,000 patients "
                                   "to be dispersed.", "16", "Director of Primary Care",
                            "Succession plans agreed with both practices; caretaker contract ready."],
                           ["PC5", "Estates funding is not enough to expand the Brookside surgery for new housing.",
                            "12", "Head of Estates", "Bid to the developer contributions fund."]],
                     widths=[12, 55, 20, 28, 52])
        pdfgen.heading(pdf, "Recommendation")
        pdfgen.paragraph(pdf, "2. The committee is asked to note the risks.")
    return _pdf(folder / "pc_risks.pdf", "Severnmouth ICB Primary Care Commissioning Committee", body)


# ---- papers that only use the word ----------------------------------------------------------------------

# N1. A risk management strategy: "risk" in the title and a description of the process.
def risk_strategy_description(folder):
    return _text(folder, "strategy.txt", """HALSBURY DISTRICT COUNCIL

Audit Committee - 16 March 2026

Risk Management Strategy 2026-2029

1. Purpose

1.1 This report presents the refreshed Risk Management Strategy for approval.

2. The strategy

2.1 The strategy sets out how the Council identifies, assesses, records and reviews its risks. Each risk is scored for likelihood and impact on a five-point scale, and risk owners review their risks every quarter. The Corporate Leadership Team reviews the corporate register monthly.

3. Recommendation

3.1 That the Committee approves the strategy.
""")


# N2. A cover label pointing to a section that says there are no significant risks.
def cover_label_pointer_no_risks(folder):
    return _text(folder, "cover.txt", """BRINDLEY CITY COUNCIL

Report to the Licensing Committee - 2 April 2026

Title: Review of Hackney Carriage Fares
Key decision: No
Key risks: see section 6

1. Summary

1.1 This report proposes a 4% rise in the maximum hackney carriage fares.

6. Risks

6.1 There are no significant risks arising from this report.

7. Recommendation

7.1 That the Committee consults on the proposed fares.
""")


# N3. A repair completed.
def completed_repair(folder):
    return _text(folder, "update.txt", """WHITMORE TOWN COUNCIL

Leisure Committee - 5 March 2026

Pool Update

1. The leak in the swimming pool roof has been repaired and the pool reopened to the public on 3 February 2026.

2. The works cost £12,400, within the budget agreed in December.

3. The committee is asked to note the update.
""")


# N4. An officer thanked for work on the risk register.
def thanked_officer(folder):
    return _text(folder, "minutes.txt", """CORBRIDGE VALE DISTRICT COUNCIL

Minutes of the Audit Committee held on 21 January 2026

12. ANY OTHER BUSINESS

The Chair thanked the Risk and Insurance Manager, Mrs Elaine Tuck, for her work on the corporate risk register over the past fifteen years and wished her well in her retirement.
""")


# N5. A noted annual risk report.
def noted_report(folder):
    return _text(folder, "minutes.txt", """OVERTON HEATH BOROUGH COUNCIL

Minutes of the Governance Committee held on 30 March 2026

9. ANNUAL RISK MANAGEMENT REPORT 2025/26

The Committee received the Annual Risk Management Report 2025/26, presented by the Head of Audit.

RESOLVED: That the Annual Risk Management Report be noted.
""")


# N6. An internal audit opinion mentioning risk management.
def audit_opinion(folder):
    def build(doc):
        docxgen.banner(doc, "Stourmead NHS Foundation Trust")
        doc.add_paragraph("Audit Committee - 20 May 2026")
        doc.add_paragraph("Head of Internal Audit Opinion 2025/26")
        doc.add_heading("1. Opinion", level=2)
        doc.add_paragraph("1.1 The Head of Internal Audit gives moderate assurance that the Trust has an adequate "
                          "and effective framework of governance, risk management and control.")
        doc.add_heading("2. Recommendation", level=2)
        doc.add_paragraph("2.1 The Committee is asked to receive the opinion.")
    return _docx(folder, "hoia.docx", build)


# N7. A rating table's legend: Likelihood 1-5 definitions.
def html_rating_legend(folder):
    rows = [("Score", "Likelihood", "Description"),
            ("1", "Rare", "May happen only in exceptional circumstances"),
            ("2", "Unlikely", "Could happen at some time but is not expected"),
            ("3", "Possible", "Might happen within the next three years"),
            ("4", "Likely", "Will probably happen within the next year"),
            ("5", "Almost certain", "Is expected to happen in most circumstances")]
    main = ("<h1>Penhallow Town Council</h1><h2>Appendix C: Risk scoring</h2>"
            "<p>The likelihood of each risk is scored using the table below.</p>" + _table_html(rows))
    return _html(folder, "scoring.html", "Risk scoring - Penhallow Town Council", main)


# N8. A closed risk.
def closed_risk(folder):
    return _text(folder, "minutes.txt", """ABBOTSLEY DISTRICT COUNCIL

Minutes of the Audit Committee held on 9 June 2026

5. CORPORATE RISK REGISTER

The Committee noted that risk CR7, Failure to deliver the May elections, had been closed following the successful elections, and that no new risks had been added this quarter.

RESOLVED: That the register be noted.
""")


# N9. A member's question with no danger in it.
def question_without_danger(folder):
    return _text(folder, "minutes.txt", """MERRIDALE PARISH COUNCIL

Minutes of the Parish Council meeting held on 13 April 2026

7. PLAY AREA

Councillor Pike asked when the new play area on Station Road would open. The Clerk confirmed that it would open in the first week of July, once the safety surfacing had been laid.

RESOLVED: That the update be noted.
""")


# N10. A board's risk appetite statement.
def risk_appetite_statement(folder):
    return _text(folder, "appetite.txt", """KINGSMERE COMMUNITY NHS TRUST

Trust Board - 29 April 2026

Risk Appetite Statement 2026/27

1. The Board's appetite for financial risk is moderate: it is prepared to accept some financial risk in pursuit of better value, provided the Trust's statutory duties are met.

2. The Board has a low appetite for risks to patient safety.

3. The Board is asked to approve the statement.
""")


# N11. A food hygiene inspection programme that uses "high risk" as a category.
def risk_rated_premises(folder):
    return _text(folder, "food.txt", """TEMPLEFORD BOROUGH COUNCIL

Regulatory Services Committee - 11 March 2026

Food Safety Service Plan 2026/27

1. During 2025/26 officers inspected 412 food premises, taking the premises rated high risk first.

2. All premises rated category A were inspected within 28 days of their due date.

3. The committee is asked to approve the service plan.
""")


# N12. A risk mitigated in the past, no longer a risk.
def mitigated_in_the_past(folder):
    return _text(folder, "depot.txt", """GRAYSBROOK DISTRICT COUNCIL

Environment Committee - 14 January 2026

Depot Drainage Works: Outcome

1. The drainage works at the Parkside depot were finished in October 2025.

2. The new drains coped well with the storms in November and December, and the depot stayed open throughout.

3. The committee is asked to note the outcome.
""")


PAPERS = {
    "legal_implications_challenge": (legal_implications_challenge, [
        ("Traders at Millgate may claim", "every representation received")]),
    "financial_implications_shortfall": (financial_implications_shortfall, [("Were that grant refused", None)]),
    "equality_implications_danger": (equality_implications_danger, [
        ("older patients without internet access", "freephone booking line")]),
    "pdf_main_risks_lettered": (pdf_main_risks_lettered, [
        ("not live before the current contract expires", None),
        ("not trained in time", None),
        ("costs more than the £2.1m budget", None)]),
    "baf_principal_risk_block": (baf_principal_risk_block, [
        ("wait longer than the national standards", "weekly theatre scheduling")]),
    "html_hazard_register": (html_hazard_register, [
        ("Falling branches", "Tree survey"),
        ("Broken equipment", "Weekly visual check")]),
    "docx_pension_threat_table": (docx_pension_threat_table, [
        ("fall behind with their monthly contributions", "Contribution monitoring"),
        ("sent to the wrong address", "Address checks")]),
    "should_happen_precept": (should_happen_precept, [("Home Office grant settlement be lower", None)]),
    "md_if_we_do_nothing": (md_if_we_do_nothing, [("If we do nothing", ANY)]),
    "html_danger_that": (html_danger_that, [
        ("independent providers hand back care packages", "temporary rate uplift")]),
    "minutes_question_danger_answer": (minutes_question_danger_answer, [
        ("divert through traffic onto the residential streets", "traffic counts")]),
    "biggest_challenge": (biggest_challenge, [("recruiting enough paramedics", None)]),
    "docx_options_appraisal": (docx_options_appraisal, [
        ("trust cannot raise enough income", None),
        ("refusal could cut the receipt", None)]),
    "governors_warning": (governors_warning, [
        ("falling rolls could push the school into a deficit", "nursery would be promoted")]),
    "pension_risk_implications": (pension_risk_implications, [
        ("sharp fall in equity markets", "spreads the Fund's assets")]),
    "health_safety_implications": (health_safety_implications, [("risk of explosion", "operational guidance")]),
    "principal_risks_bullets": (principal_risks_bullets, [
        ("supply of heat pump units", None),
        ("loss of the £3.2m decarbonisation grant", None),
        ("disruption to teaching", None)]),
    "exposes_the_council": (exposes_the_council, [("single caterer", "break clause")]),
    "consequence_of_not": (consequence_of_not, [("gap in homecare", None)]),
    "minutes_what_would_happen_if": (minutes_what_would_happen_if, [
        ("main contractor went into administration", "performance bond")]),
    "sbar_assessment_vulnerability": (sbar_assessment_vulnerability, [
        ("cyber attack could take pathology results offline", "replacement system is being procured")]),
    "html_parish_could_jeopardise": (html_parish_could_jeopardise, [
        ("jeopardise the £48,000 lottery award", None)]),
    "pdf_icb_register_treatment": (pdf_icb_register_treatment, [
        ("single-handed practices close", "Succession plans"),
        ("Estates funding is not enough", "Bid to the developer")]),
    # negatives: the word only
    "risk_strategy_description": (risk_strategy_description, []),
    "cover_label_pointer_no_risks": (cover_label_pointer_no_risks, []),
    "completed_repair": (completed_repair, []),
    "thanked_officer": (thanked_officer, []),
    "noted_report": (noted_report, []),
    "audit_opinion": (audit_opinion, []),
    "html_rating_legend": (html_rating_legend, []),
    "closed_risk": (closed_risk, []),
    "question_without_danger": (question_without_danger, []),
    "risk_appetite_statement": (risk_appetite_statement, []),
    "risk_rated_premises": (risk_rated_premises, []),
    "mitigated_in_the_past": (mitigated_in_the_past, []),
}
