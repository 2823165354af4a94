"""Probe papers for risk layouts (stop 20): each states its risks (or only mentions risk in passing) in a
way real UK council and NHS papers do that the earlier risk probes did not cover.  Every authority,
service, person and figure is invented.  ``PAPERS`` maps a name to (builder, expected risks); a builder
writes the paper into a folder and returns its path.  An expected risk is (phrase, mitigation) where
the phrase must be inside one found risk's text and the mitigation phrase inside that risk's
mitigation (``None``: no mitigation expected, so none may be stored; ``...``: not checked).  As many
risks must be found as expected.  The expectations were written before the tool was run on them."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402

FILLER = ("The service has been reviewed each year since 2020 and the findings were reported to the "
          "portfolio holder, who asked officers to set out the options in full before any change.")
ANY = ...


def _pdf(path, header, body):
    pdf = pdfgen.Paper(running_header=header)
    pdf.add_page()
    body(pdf)
    return pdfgen.save(pdf, path)


def _text(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _html(folder, name, title, main):
    chrome_top = ("<html><head><title>" + title + "</title></head><body>"
                  "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/bins'>Bins and recycling</a></li>"
                  "<li><a href='/council'>Council and democracy</a></li></ul></nav>"
                  "<form><label>Search this site</label><input name='q'></form></header>"
                  "<div class='breadcrumb'>Home &gt; Council and democracy &gt; Meetings</div>")
    chrome_end = ("<footer><p>We use cookies to make this site work. <a href='/cookies'>Cookie settings</a></p>"
                  "<p>Accessibility statement | Privacy notice | Contact us</p></footer></body></html>")
    path = folder / name
    path.write_text(chrome_top + "<main>" + main + "</main>" + chrome_end, encoding="utf-8")
    return path


def _docx(folder, name, build):
    doc = docxgen.new("Democratic Services", dt.datetime(2026, 2, 10, 9, 0))
    build(doc)
    path = folder / name
    doc.save(path)
    return path


# 1. Minutes prose: "Members raised concern that", "acknowledged the risk of", "it was noted that there was a risk".
def minutes_concern_prose(folder):
    return _text(folder, "minutes.txt", """KELLINGFORD BOROUGH COUNCIL

Minutes of the Environment and Place Overview Committee held on 12 March 2026

Present: Councillors Ashdown (Chair), Bray, Coulter and Denholm

14. DEPOT RELOCATION - PROGRESS

The Head of Fleet, Ms Orla Venn, introduced the report on the move to the new depot at Stannage Road.

Members raised concern that the delay to the depot move could leave the refuse fleet without a base over the winter.

The Director acknowledged the risk of losing the £1.2m land remediation grant if works did not start by the end of March.

In response to a question it was noted that there was a risk that the groundworks contractor would withdraw from the scheme if the programme slipped again.

RESOLVED: That the progress report be noted.
""")


# 2. Implications paragraphs: "Should X not ..., then ...", "There is a possibility that"; HR: none.
def implications_paragraphs_docx(folder):
    def build(doc):
        docxgen.banner(doc, "Wendover Vale Council")
        doc.add_paragraph("Cabinet - 20 April 2026")
        doc.add_paragraph("Community Hubs Capital Bid")
        doc.add_heading("1. Background", level=2)
        doc.add_paragraph("1.1 " + FILLER)
        doc.add_heading("5. Financial implications", level=2)
        doc.add_paragraph("5.1 The total cost of the hubs programme is £1.6m, of which £1.2m is sought from the "
                          "Levelling Up Communities Fund. Should the bid not succeed, then the Council would need "
                          "to fund a shortfall of £400,000 from its earmarked reserves.")
        doc.add_heading("6. Legal implications", level=2)
        doc.add_paragraph("6.1 There is a possibility that the closure of the two satellite libraries is challenged "
                          "by judicial review. To reduce this, the consultation has followed the statutory guidance "
                          "in full.")
        doc.add_heading("7. Human resources implications", level=2)
        doc.add_paragraph("7.1 There are no HR implications arising from this report.")
    return _docx(folder, "hubs.docx", build)


# 3. A PDF register with two-line header cells ("Likeli-/hood", "Score/(L x I)"), split over a page by
#    long rows, the header repeated on the new page.
def pdf_register_multiline_header(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Ormsby Marsh District Council - Audit and Governance Committee")
        pdfgen.heading(pdf, "Leisure Transformation Programme - Risk Register")
        for i in range(8):
            pdfgen.paragraph(pdf, f"{i + 1}. {FILLER}")
        rows = [["Risk\ndescription", "Likeli-\nhood", "Impact", "Score\n(L x I)", "Mitigation", "Risk\nowner"],
                ["Energy prices rise further and the new pool costs more to heat than the business plan allows.",
                 "4", "4", "16", "Fixed-price energy contract to 2028; solar canopy on the car park.", "Head of Leisure"],
                ["The operator cannot recruit qualified lifeguards, so the pool opens for fewer hours.",
                 "3", "3", "9", "Sponsored lifeguard training with the college.", "Leisure Contract Manager"],
                ["Members of the old centre do not transfer, so membership income is below forecast.",
                 "3", "4", "12", "Free three-month transfer offer to existing members.", "Head of Leisure"]]
        pdfgen.table(pdf, rows, widths=[55, 16, 16, 18, 45, 20], repeat_header=True)
        pdfgen.heading(pdf, "Recommendation")
        pdfgen.paragraph(pdf, "The Committee is asked to note the register.")
    return _pdf(folder / "leisure_register.pdf", "Ormsby Marsh Audit and Governance Committee 9 February 2026", body)


# 4. A web page (site chrome) whose report has a register with a RAG column and "Controls".
def html_rag_register(folder):
    main = ("<h1>Thornbury Heath Council</h1><h2>Housing Scrutiny Panel - 4 March 2026</h2>"
            "<h3>Temporary accommodation: risk update</h3><p>" + FILLER + "</p>"
            "<table><tr><th>Ref</th><th>Risk</th><th>RAG</th><th>Controls</th><th>Lead officer</th></tr>"
            "<tr><td>TA1</td><td>Demand for emergency accommodation exceeds the supply of leased flats, so families "
            "are placed in bed and breakfast for longer than six weeks.</td><td>Red</td><td>Purchase of 40 "
            "homes through the acquisitions programme.</td><td>Head of Housing Options</td></tr>"
            "<tr><td>TA2</td><td>Landlords hand back leased properties at the end of their term.</td><td>Amber</td>"
            "<td>Incentive payment on renewal.</td><td>Private Sector Housing Manager</td></tr></table>"
            "<h3>Recommendation</h3><p>That the Panel notes the risks.</p>")
    return _html(folder, "ta_risks.html", "Temporary accommodation: risk update", main)


# 5. A Board Assurance Framework extract in a PDF: cause/event/effect with controls, gaps and assurance.
def pdf_baf_extract(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Harrowdale and Fenby NHS Foundation Trust")
        pdfgen.heading(pdf, "Board Assurance Framework - extract for the People Committee")
        pdfgen.paragraph(pdf, "BAF Risk 4: Workforce capacity")
        pdfgen.paragraph(pdf, "Risk description: If the Trust cannot recruit and retain enough registered nurses "
                              "for its medical wards, then safe staffing levels will not be met and patients may "
                              "come to harm.")
        pdfgen.paragraph(pdf, "Executive lead: Chief Nurse")
        pdfgen.paragraph(pdf, "Current risk score: 16 (likelihood 4 x consequence 4)")
        pdfgen.paragraph(pdf, "Key controls: international recruitment programme; daily staffing huddle; "
                              "retention pay supplement for band 5 nurses.")
        pdfgen.paragraph(pdf, "Gaps in control: no workforce model for the new frailty unit.")
        pdfgen.paragraph(pdf, "Assurance: monthly safe staffing report to the People Committee.")
        pdfgen.heading(pdf, "Recommendation")
        pdfgen.paragraph(pdf, "The Committee is asked to review the BAF risk and the assurance received.")
    return _pdf(folder / "baf4.pdf", "People Committee 22 January 2026", body)


# 6. An ICB board cover sheet that only labels risk and the BAF link (negative).
def icb_cover_labels_only(folder):
    def build(doc):
        docxgen.banner(doc, "NHS Harrowdale Integrated Care Board")
        doc.add_paragraph("Board meeting in public - 5 March 2026")
        docxgen.table(doc, [["Agenda item", "9"], ["Report title", "Primary care access recovery plan"],
                            ["Executive lead", "Director of Primary Care"],
                            ["Risk and assurance:", "See section 4 of the report."],
                            ["Link to BAF", "BAF 2 - Access to services"],
                            ["Conflicts of interest", "None identified"]], header=False)
        doc.add_heading("1. Purpose", level=2)
        doc.add_paragraph("1.1 The plan sets out how practices will offer more same-day appointments.")
        doc.add_heading("4. Risk", level=2)
        doc.add_paragraph("4.1 The programme's risks are held on the ICB's corporate risk register and are "
                          "reviewed monthly by the Primary Care Committee.")
    return _docx(folder, "access.docx", build)


# 7. A trust board cover sheet whose "Risk and assurance" row states a risk and its mitigation.
def trust_cover_states_risk(folder):
    def build(doc):
        docxgen.banner(doc, "Calder Brook Hospitals NHS Trust")
        doc.add_paragraph("Trust Board - 26 February 2026")
        docxgen.table(doc, [["Report title", "Winter resilience plan 2026/27"],
                            ["Presented by", "Chief Operating Officer"],
                            ["Risk and assurance", "There is a risk that winter demand exceeds the bed plan by up to "
                             "40 beds; the surge plan to open the Ash ward mitigates this."],
                            ["Link to BAF", "BAF 1 - Urgent care"]], header=False)
        doc.add_heading("1. Summary", level=2)
        doc.add_paragraph("1.1 The plan was agreed with the ICB in January.")
    return _docx(folder, "winter.docx", build)


# 8. Forecast wording stated as a risk, beside a forecast that is not one.
def forecast_stated_as_risk(folder):
    return _text(folder, "budget.txt", """LYMBRIDGE CITY COUNCIL

Finance and Resources Committee - 17 November 2025

Revenue Budget Monitoring - Quarter 2

3. Commercial income

3.1 The parking service is predicting a 10% reduction in income against the budget of £4.5m; this is a risk to the outturn because season ticket sales have not recovered.

3.2 The council tax base is projected to grow by 1.2% next year, in line with the medium term plan.

4. Recommendation

4.1 That the Committee notes the position.
""")


# 9. Forecast wording that is not stated as a risk (negative).
def forecast_not_a_risk(folder):
    return _text(folder, "waits.md", """# Fenby Vale Community Health Trust

**Quality Committee, 8 January 2026**

## Elective waiting times

The musculoskeletal service is predicting a 10% reduction in its waiting list by March following the
new triage model. The projected gap of £2m in the elective budget is closed by the savings plan agreed
in February.

## Recommendation

The Committee is asked to note the report.
""")


# 10. A two-column "Risks | Mitigations" table in a PDF, its header plain words.
def pdf_two_column_risks_and_mitigations(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Castlemere Borough Council - Cabinet")
        pdfgen.heading(pdf, "Town Centre Events Programme 2026")
        pdfgen.paragraph(pdf, "1. " + FILLER)
        pdfgen.heading(pdf, "6. Risks and mitigations")
        pdfgen.table(pdf, [["Risks", "Mitigations"],
                           ["Poor weather reduces attendance at the summer festival.",
                            "Covered stage and event cancellation insurance."],
                           ["Road closures are not approved in time by the highway authority.",
                            "Applications made twelve weeks before each event."],
                           ["Sponsors withdraw their support.", "Three-year sponsorship agreements signed in 2025."]],
                     widths=[85, 85])
        pdfgen.heading(pdf, "7. Recommendation")
        pdfgen.paragraph(pdf, "7.1 That Cabinet approves the programme.")
    return _pdf(folder / "events.pdf", "Castlemere Cabinet 11 March 2026", body)


# 11. Bullet risks, each followed by a "Mitigation:" line (Markdown).
def md_bullets_with_mitigation_lines(folder):
    return _text(folder, "ict.md", """# Pellingham District Council

## Corporate Services Committee - 3 February 2026

### Replacement of the revenues and benefits system

#### Key risks

- Data from the old system does not migrate cleanly and some council tax accounts are billed wrongly.
  Mitigation: two trial migrations and a reconciliation of every account before go-live.
- The supplier's implementation team is stretched across other councils and misses the go-live date.
  Mitigation: go-live date written into the contract with service credits.

#### Recommendation

That the Committee notes the implementation plan.
""")


# 12. The same in Word: each risk a bullet paragraph, the mitigation its own paragraph "Mitigation - ...".
def docx_bullets_with_mitigation_paragraphs(folder):
    def build(doc):
        docxgen.banner(doc, "Rushmere Valley Council")
        doc.add_paragraph("Adult Social Care Scrutiny Panel - 14 January 2026")
        doc.add_paragraph("Home care recommissioning")
        doc.add_heading("Risks", level=2)
        doc.add_paragraph("Providers may not bid for the rural lots because travel times make the work "
                          "uneconomic.", style="List Bullet")
        doc.add_paragraph("Mitigation - a rural mileage supplement is built into the rates.")
        doc.add_paragraph("Care workers may leave the outgoing providers before the new contracts start.",
                          style="List Bullet")
        doc.add_paragraph("Mitigation - TUPE information is shared early and staff are briefed monthly.")
        doc.add_heading("Recommendation", level=2)
        doc.add_paragraph("That the Panel comments on the approach.")
    return _docx(folder, "homecare.docx", build)


# 13. "Key risks: see section 5" on the cover, then one risk in section 5.
def key_risks_see_section(folder):
    return _text(folder, "cctv.txt", """ASHCOMBE TOWN COUNCIL

Policy and Resources Committee - 21 January 2026

CCTV replacement

Key risks: see section 5
Financial implications: see section 4

1. Purpose

1.1 To seek approval to replace the town centre CCTV cameras.

4. Financial implications

4.1 The cost of £38,000 is met from the CCTV reserve.

5. Risks

5.1 There is a risk that the old cameras fail before the new system is installed, leaving the market square without coverage for several weeks.

6. Recommendation

6.1 That the Committee approves the replacement.
""")


# 14. A cover with "Risk register: N/A" and a "low risk" approval (negative).
def docx_register_na_low_risk(folder):
    def build(doc):
        docxgen.banner(doc, "Bramwick Borough Council")
        doc.add_paragraph("Licensing Sub-Committee - 19 February 2026")
        docxgen.table(doc, [["Application", "Premises licence variation, The Old Forge, Bramwick"],
                            ["Risk register", "N/A"], ["Risk implications", "None"],
                            ["Ward", "Bramwick North"]], header=False)
        doc.add_heading("Decision", level=2)
        doc.add_paragraph("The Sub-Committee approved the variation as a low risk application, noting that no "
                          "representations had been received from the police.")
    return _docx(folder, "forge.docx", build)


# 15. "at-risk children" and "a risk assessment was completed" on a web page (negative).
def html_at_risk_children(folder):
    main = ("<h1>Dunmere Council</h1><h2>Children's Services Scrutiny - 15 January 2026</h2>"
            "<h3>Child protection performance</h3>"
            "<p>The number of at-risk children on child protection plans rose to 214 in December.</p>"
            "<p>A risk assessment was completed for every new placement within five working days.</p>"
            "<p>The Panel noted the report.</p>")
    return _html(folder, "cp.html", "Child protection performance", main)


# 16. Survey findings worded as a worrying picture (negative; the outlook cue).
def litter_worrying_picture(folder):
    return _text(folder, "litter.txt", """MARLOWE FIELDS DISTRICT COUNCIL

Street Scene Committee - 10 February 2026

Local environmental quality survey

2.1 The autumn survey paints a worrying picture of litter in the town centre, with 40% of streets below grade B.

2.2 Fly-tipping reports fell by 12% over the same period.

3. Recommendation

3.1 That the Committee notes the survey results.
""")


# 17. A register whose mitigation column is headed "Mitigation (including gaps)".
def pdf_mitigation_including_gaps(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Wrexley Downs Council - Audit Committee")
        pdfgen.heading(pdf, "Corporate risk register - quarter 3")
        pdfgen.table(pdf, [["Risk", "Mitigation (including gaps)", "Owner"],
                           ["Cyber attack disables council systems for more than a day.",
                            "Offline backups tested quarterly; gap: no second data centre.", "Head of ICT"],
                           ["The Council fails to set a balanced budget for 2027/28.",
                            "Savings programme of £3.4m; gap: no plan yet for the final £0.6m.", "Section 151 Officer"]],
                     widths=[65, 75, 30])
        pdfgen.heading(pdf, "Recommendation")
        pdfgen.paragraph(pdf, "That the Committee notes the register.")
    return _pdf(folder / "crr.pdf", "Wrexley Downs Audit Committee 26 January 2026", body)


# 18. Numbered risk paragraphs, one after another, none with a mitigation (numbered run).
def numbered_risks_no_mitigation(folder):
    return _text(folder, "bridge.txt", """HALDON CROSS COUNCIL

Cabinet - 2 March 2026

Mill Lane footbridge replacement

7. Risks

7.1 There is a risk that the Environment Agency permit for working in the river is not issued before the spring fish spawning season.

7.2 There is a risk that the tender prices exceed the £860,000 budget because of steel price inflation.

7.3 There is a risk that the temporary diversion adds twenty minutes to the walk to Haldon Cross primary school.

8. Recommendation

8.1 That Cabinet approves the scheme.
""")


# 19. "Should X not ..., then ..." and "If X does not ..., Y would ..." in a report's prose (DOCX).
def docx_should_not_then(folder):
    def build(doc):
        docxgen.banner(doc, "Greywell Borough Council")
        doc.add_paragraph("Communities Committee - 29 January 2026")
        doc.add_paragraph("Central Library refurbishment")
        doc.add_heading("3. Options", level=2)
        doc.add_paragraph("3.1 " + FILLER)
        doc.add_heading("4. Considerations", level=2)
        doc.add_paragraph("4.1 Should the landlord not agree the lease extension by June, then the library "
                          "would have to close for the whole refit period rather than for six weeks.")
        doc.add_paragraph("4.2 If the heritage grant does not arrive before the works start, the Council "
                          "would have to cash-flow £150,000 from the capital programme.")
        doc.add_heading("5. Recommendation", level=2)
        doc.add_paragraph("5.1 That the Committee approves the refurbishment.")
    return _docx(folder, "library.docx", build)


# 20. Web minutes with site chrome: "expressed concern that ... could", "noted the risk that ... may".
def html_minutes_concern(folder):
    main = ("<h1>Porthaven Council</h1><h2>Minutes - Cabinet - 9 February 2026</h2>"
            "<h3>52. Car parking charges 2026/27</h3>"
            "<p>The Cabinet Member for Transport introduced the report.</p>"
            "<p>Councillor Bexley expressed concern that the new parking charges could push shoppers to "
            "out-of-town retail parks.</p>"
            "<p>The Leader noted the risk that the county council may withdraw its subsidy for the ferry "
            "service next year.</p>"
            "<p>RESOLVED: That the charges be approved.</p>")
    return _html(folder, "cabinet_minutes.html", "Minutes - Cabinet", main)


# 21. A scored register ("4 x 5 = 20") running onto a second page without a repeated header.
def pdf_scored_register_over_pages(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Stenbury Council - Regeneration Board")
        pdfgen.heading(pdf, "Harbour Quarter scheme: risk schedule")
        for i in range(15):
            pdfgen.paragraph(pdf, f"{i + 1}. {FILLER}")
        pdfgen.table(pdf, [["No.", "Risk", "L x I", "Response"],
                           ["1", "Contamination found on the former gasworks plot adds to the remediation cost.",
                            "4 x 5 = 20", "Site investigation before the land is bought."],
                           ["2", "The developer partner cannot secure funding in a high interest rate market.",
                            "3 x 5 = 15", "Council guarantee of the first phase loan considered."],
                           ["3", "Objections to the tall building delay planning permission.", "3 x 3 = 9",
                            "Early design review and public exhibitions."],
                           ["4", "Flood defence works are not finished before the first homes are occupied.",
                            "2 x 5 = 10", "Occupation condition in the planning permission."]],
                     widths=[12, 80, 25, 53])
        pdfgen.heading(pdf, "Recommendation")
        pdfgen.paragraph(pdf, "That the Board notes the risk schedule.")
    return _pdf(folder / "harbour.pdf", "Stenbury Regeneration Board 3 March 2026", body)


# 22. Implications paragraphs that state no risk (negative).
def md_implications_without_risk(folder):
    return _text(folder, "benches.md", """# Kirkby Lowther Parish Council

## Amenities Committee - 6 January 2026

### Replacement benches on the green

**Legal implications:** The Parish Council has power to provide seating under section 3 of the Parish
Councils Act 1957.

**Financial implications:** The cost of £12,000 is met from the existing amenities budget.

**Risk management:** The risks are set out in the register attached at Appendix C.

### Recommendation

That the Committee approves the purchase of eight benches.
""")


# 23. A board cover row that refers to a risk on the register by number and score (stated risk).
def trust_cover_register_reference(folder):
    return _text(folder, "ed.txt", """Ashgrove University Hospitals NHS Trust

Trust Board - 12 March 2026

Emergency department performance report

Risk and assurance: The risk that the Trust cannot meet the four-hour standard this winter is recorded as risk 1204 on the corporate risk register (current score 16).

Link to BAF: BAF 1

1. Summary

1.1 Performance against the four-hour standard was 71% in February.

2. Recommendation

2.1 The Board is asked to note the report.
""")


# 24. "Cabinet will wish to note that ... could ..." in a PDF report's prose.
def pdf_wish_to_note_could(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Ferncliffe Metropolitan Borough Council")
        pdfgen.heading(pdf, "Treasury Management Mid-Year Review 2025/26")
        pdfgen.paragraph(pdf, "1.1 " + FILLER)
        pdfgen.paragraph(pdf, "3.4 Cabinet will wish to note that rising interest rates could add £300,000 a "
                              "year to the cost of the borrowing needed for the capital programme.")
        pdfgen.paragraph(pdf, "4.1 That Cabinet notes the mid-year review.")
    return _pdf(folder / "treasury.pdf", "Ferncliffe Cabinet 1 December 2025", body)


# 25. A Word register with two-line header cells and inherent/residual scores.
def docx_register_inherent_residual(folder):
    def build(doc):
        docxgen.banner(doc, "Oakhollow Integration Joint Board")
        doc.add_paragraph("Audit and Risk Committee - 18 February 2026")
        doc.add_paragraph("Strategic risk register")
        docxgen.table(doc, [["Risk\n(cause / event / effect)", "Inherent\nL x I", "Controls in place",
                             "Residual\nL x I"],
                            ["Because of rising demand, the care at home budget overspends, so other services "
                             "are cut.", "4 x 4", "Weekly review of care packages by the locality managers.", "3 x 4"],
                            ["Because of vacancies, mental health officer assessments are delayed, so people are "
                             "detained longer than needed.", "3 x 5", "Agency cover and a trainee scheme.", "3 x 4"]])
        doc.add_paragraph("The Committee is asked to note the register.")
    return _docx(folder, "ijb_register.docx", build)


# 26. An IJB web page's "Risk implications" with "There is a possibility that" and a managing sentence.
def html_ijb_risk_implications(folder):
    main = ("<h1>Carrick Moor Health and Social Care Partnership</h1><h2>Integration Joint Board - 24 February "
            "2026</h2><h3>Budget 2026/27</h3><p>" + FILLER + "</p>"
            "<h4>Risk implications</h4><p>There is a possibility that the partner councils' contributions are "
            "lower than assumed, leaving a gap in the 2026/27 budget. This will be managed through a monthly "
            "review of the savings plan by the Chief Finance Officer.</p>"
            "<h4>Directions</h4><p>No direction is required.</p>")
    return _html(folder, "ijb_budget.html", "Budget 2026/27", main)


# 27. Minutes where risk is only mentioned in passing (negative): a risk register noted, a risk closed.
def minutes_risk_in_passing(folder):
    return _text(folder, "audit_minutes.txt", """NORTHWOLD DISTRICT COUNCIL

Minutes of the Audit Committee held on 20 January 2026

21. CORPORATE RISK REGISTER

The Committee received the quarterly update on the corporate risk register. The Chair asked that the
format of the register be reviewed at the next meeting.

RESOLVED: That the corporate risk register be noted.

22. INTERNAL AUDIT PROGRESS

The Audit Manager reported that eleven audits had been completed. A risk-based audit plan for 2026/27
would come to the March meeting.

RESOLVED: That the report be noted.
""")


PAPERS = {
    "minutes_concern_prose": (minutes_concern_prose, [
        ("refuse fleet without a base", None),
        ("losing the £1.2m land remediation grant", None),
        ("groundworks contractor would withdraw", None)]),
    "implications_paragraphs_docx": (implications_paragraphs_docx, [
        ("shortfall of £400,000", ANY),
        ("challenged by judicial review", "consultation has followed the statutory guidance")]),
    "pdf_register_multiline_header": (pdf_register_multiline_header, [
        ("costs more to heat", "Fixed-price energy contract"),
        ("cannot recruit qualified lifeguards", "Sponsored lifeguard training"),
        ("membership income is below forecast", "Free three-month transfer offer")]),
    "html_rag_register": (html_rag_register, [
        ("placed in bed and breakfast", "Purchase of 40 homes"),
        ("Landlords hand back leased properties", "Incentive payment on renewal")]),
    "pdf_baf_extract": (pdf_baf_extract, [
        ("cannot recruit and retain enough registered nurses", "international recruitment programme")]),
    "icb_cover_labels_only": (icb_cover_labels_only, []),
    "trust_cover_states_risk": (trust_cover_states_risk, [
        ("winter demand exceeds the bed plan", "surge plan")]),
    "forecast_stated_as_risk": (forecast_stated_as_risk, [("10% reduction in income", ANY)]),
    "forecast_not_a_risk": (forecast_not_a_risk, []),
    "pdf_two_column_risks_and_mitigations": (pdf_two_column_risks_and_mitigations, [
        ("Poor weather reduces attendance", "Covered stage"),
        ("Road closures are not approved in time", "Applications made twelve weeks"),
        ("Sponsors withdraw their support", "Three-year sponsorship agreements")]),
    "md_bullets_with_mitigation_lines": (md_bullets_with_mitigation_lines, [
        ("does not migrate cleanly", "two trial migrations"),
        ("misses the go-live date", "service credits")]),
    "docx_bullets_with_mitigation_paragraphs": (docx_bullets_with_mitigation_paragraphs, [
        ("may not bid for the rural lots", "rural mileage supplement"),
        ("Care workers may leave the outgoing providers", "TUPE information is shared early")]),
    "key_risks_see_section": (key_risks_see_section, [("old cameras fail", None)]),
    "docx_register_na_low_risk": (docx_register_na_low_risk, []),
    "html_at_risk_children": (html_at_risk_children, []),
    "litter_worrying_picture": (litter_worrying_picture, []),
    "pdf_mitigation_including_gaps": (pdf_mitigation_including_gaps, [
        ("Cyber attack disables council systems", "Offline backups tested quarterly"),
        ("fails to set a balanced budget", "Savings programme of £3.4m")]),
    "numbered_risks_no_mitigation": (numbered_risks_no_mitigation, [
        ("permit for working in the river is not issued", None),
        ("tender prices exceed the £860,000 budget", None),
        ("temporary diversion adds twenty minutes", None)]),
    "docx_should_not_then": (docx_should_not_then, [
        ("landlord not agree the lease extension", None),
        ("heritage grant does not arrive", None)]),
    "html_minutes_concern": (html_minutes_concern, [
        ("push shoppers to out-of-town retail parks", None),
        ("withdraw its subsidy for the ferry", None)]),
    "pdf_scored_register_over_pages": (pdf_scored_register_over_pages, [
        ("Contamination found on the former gasworks plot", "Site investigation"),
        ("developer partner cannot secure funding", "Council guarantee"),
        ("Objections to the tall building", "Early design review"),
        ("Flood defence works are not finished", "Occupation condition")]),
    "md_implications_without_risk": (md_implications_without_risk, []),
    "trust_cover_register_reference": (trust_cover_register_reference, [
        ("cannot meet the four-hour standard", None)]),
    "pdf_wish_to_note_could": (pdf_wish_to_note_could, [("rising interest rates could add £300,000", None)]),
    "docx_register_inherent_residual": (docx_register_inherent_residual, [
        ("care at home budget overspends", "Weekly review of care packages"),
        ("mental health officer assessments are delayed", "Agency cover and a trainee scheme")]),
    "html_ijb_risk_implications": (html_ijb_risk_implications, [
        ("contributions are lower than assumed", "monthly review of the savings plan")]),
    "minutes_risk_in_passing": (minutes_risk_in_passing, []),
}


# --- second batch (written after the first batch's mends, before the tool was run on them) --------------

# 28. A run-in "Financial risk:" label inside an implications paragraph, and "Legal risk:" beside it.
def runin_risk_labels(folder):
    return _text(folder, "pool.txt", """BRENTMOOR DISTRICT COUNCIL

Cabinet - 16 April 2026

Swimming pool boiler replacement

6. Implications

6.1 Financial risk: the savings in gas costs may not be delivered in full if the heat pump performs below its rating.

6.2 Legal risk: the procurement route could be challenged by an unsuccessful bidder.

7. Recommendation

7.1 That Cabinet approves the replacement.
""")


# 29. One paragraph "Risk: ... Mitigation: ..." per risk (Word).
def docx_risk_mitigation_paragraph_pairs(folder):
    def build(doc):
        docxgen.banner(doc, "Tollbridge Borough Council")
        doc.add_paragraph("Overview and Scrutiny Committee - 8 April 2026")
        doc.add_paragraph("Garden waste subscription scheme")
        doc.add_heading("Risks", level=2)
        doc.add_paragraph("Risk: fewer households subscribe than forecast. Mitigation: an early-bird discount in February.")
        doc.add_paragraph("Risk: the online payment system fails in the first week. Mitigation: a telephone line "
                          "staffed by the contact centre.")
        doc.add_heading("Recommendation", level=2)
        doc.add_paragraph("That the Committee notes the scheme.")
    return _docx(folder, "garden.docx", build)


# 30. "The key risks are: (i) ...; (ii) ...; and (iii) ..." inline in one sentence.
def inline_numbered_key_risks(folder):
    return _text(folder, "market.md", """# Hollin Bridge Town Council

## Markets Committee - 30 March 2026

### Relocating the Saturday market

The key risks are: (i) traders leave for the market at Fenwick Cross; (ii) the new site floods after heavy rain; and (iii) parking income falls while the square is closed.

### Recommendation

That the Committee agrees the move.
""")


# 31. "The main risk to delivery is ..." and "A further risk is ..." in a trust paper (PDF).
def pdf_main_risk_is(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Wyrebeck Community NHS Trust - Finance and Performance Committee")
        pdfgen.heading(pdf, "Electronic patient record phase 2")
        pdfgen.paragraph(pdf, "2.1 " + FILLER)
        pdfgen.paragraph(pdf, "2.2 The main risk to delivery is the availability of clinical staff to test the "
                              "new forms before go-live.")
        pdfgen.paragraph(pdf, "2.3 A further risk is that the community teams' tablets are too old to run the "
                              "new app.")
        pdfgen.paragraph(pdf, "3.1 The Committee is asked to note the progress.")
    return _pdf(folder / "epr.pdf", "Finance and Performance Committee 19 March 2026", body)


# 32. Negatives: no risk, a closed risk, risk appetite.
def no_risk_closed_appetite(folder):
    return _text(folder, "riskmgmt.txt", """CALDERSHAW COUNCIL

Audit Committee - 11 March 2026

Risk management update

3.1 There is no risk to the Council's finances from the change of bank.

3.2 The risk relating to the old telephone system has been closed following its replacement.

3.3 The Council's risk appetite for commercial investment remains cautious.

4.1 That the Committee notes the update.
""")


# 33. A web page definition list: Risk / Mitigation pairs (<dl>).
def html_definition_list(folder):
    main = ("<h1>Sandmere Council</h1><h2>Cabinet - 21 April 2026</h2><h3>Beach huts: new licence scheme</h3>"
            "<p>" + FILLER + "</p><h4>Risks and mitigations</h4><dl>"
            "<dt>Risk</dt><dd>Licence holders object to the higher fee and leave their huts empty.</dd>"
            "<dt>Mitigation</dt><dd>Fees phased in over three years.</dd>"
            "<dt>Risk</dt><dd>Storm damage to the huts on the east promenade.</dd>"
            "<dt>Mitigation</dt><dd>Licence holders must insure their huts.</dd></dl>"
            "<h4>Recommendation</h4><p>That Cabinet approves the scheme.</p>")
    return _html(folder, "huts.html", "Beach huts", main)


# 34. Minutes: "The Finance Director cautioned that ..." and "Members were concerned that ... might".
def minutes_cautioned(folder):
    return _text(folder, "minutes_fin.txt", """WESTLOW UNITARY COUNCIL

Minutes of the Corporate Scrutiny Committee held on 5 February 2026

31. DRAFT BUDGET 2026/27

The Finance Director cautioned that the use of £3m of reserves to balance the budget could not be repeated in 2027/28.

Members were concerned that the savings from the new library model might not be achieved in the first year.

RESOLVED: That the comments be passed to Cabinet.
""")


# 35. Two columns "Issue | What we are doing" in a Word table (plain-English register).
def docx_issue_what_we_are_doing(folder):
    def build(doc):
        docxgen.banner(doc, "Mardale Valley Council")
        doc.add_paragraph("Housing Committee - 26 March 2026")
        doc.add_paragraph("Damp and mould action plan")
        docxgen.table(doc, [["What could go wrong", "What we are doing"],
                            ["Tenants do not report mould because they expect no action.",
                             "A text message reporting line and a promise to visit within ten days."],
                            ["Contractors cannot treat homes fast enough over the winter.",
                             "A second contractor added to the framework."]])
        doc.add_paragraph("That the Committee notes the plan.")
    return _docx(folder, "damp.docx", build)


PAPERS_B = {
    "runin_risk_labels": (runin_risk_labels, [
        ("savings in gas costs may not be delivered", None),
        ("could be challenged by an unsuccessful bidder", None)]),
    "docx_risk_mitigation_paragraph_pairs": (docx_risk_mitigation_paragraph_pairs, [
        ("fewer households subscribe than forecast", "early-bird discount"),
        ("online payment system fails", "telephone line")]),
    "inline_numbered_key_risks": (inline_numbered_key_risks, [
        ("traders leave for the market at Fenwick Cross", None),
        ("new site floods after heavy rain", None),
        ("parking income falls", None)]),
    "pdf_main_risk_is": (pdf_main_risk_is, [
        ("availability of clinical staff", None),
        ("tablets are too old", None)]),
    "no_risk_closed_appetite": (no_risk_closed_appetite, []),
    "html_definition_list": (html_definition_list, [
        ("object to the higher fee", "Fees phased in"),
        ("Storm damage to the huts", "must insure their huts")]),
    "minutes_cautioned": (minutes_cautioned, [
        ("could not be repeated in 2027/28", None),
        ("savings from the new library model might not be achieved", None)]),
    "docx_issue_what_we_are_doing": (docx_issue_what_we_are_doing, [
        ("Tenants do not report mould", "text message reporting line"),
        ("Contractors cannot treat homes fast enough", "second contractor")]),
}
