"""Probe papers for recommendation layouts (stop 19): each states its recommendations in a different
real-world way, and three mention recommendations only in passing.  Every authority, service, person
and figure is invented.  ``PAPERS`` maps a name to (builder, expected recommendations); a builder
writes the paper into a folder and returns its path.  Expected items are compared loosely
(tests/test_recs_probe19.py): each expected phrase must be inside one found recommendation, and as
many recommendations found as expected."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402

FILLER = ("The service has been reviewed each year since 2019 and the findings were reported to the "
          "portfolio holder, who asked officers to set out the options in full before any change.")


def _pdf(path, header, body):
    pdf = pdfgen.Paper(running_header=header)
    pdf.add_page()
    body(pdf)
    return pdfgen.save(pdf, path)


# 1. A council report's cover table with a "Recommendation(s)" row holding a numbered list.
def cover_table_row(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Harrowfield Borough Council")
        pdfgen.table(pdf, [["Report to", "Cabinet"], ["Date", "14 May 2026"],
                           ["Title", "Allotment rents 2026/27"],
                           ["Recommendation(s)", "That Cabinet: (1) approves a rise of 4% in allotment rents from "
                            "1 April 2026; (2) notes the waiting list of 212 households."],
                           ["Wards", "All"]], widths=[45, 125], header=None)
        pdfgen.heading(pdf, "1. Background")
        pdfgen.paragraph(pdf, "1.1 " + FILLER)
    return _pdf(folder / "allotments.pdf", "Harrowfield Cabinet 14 May 2026", body)


# 2. "The Cabinet is RECOMMENDED to:" with (a)-(d), the list running over a page break.
def recommended_caps_over_page(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Orrinsby District Council - Cabinet")
        pdfgen.heading(pdf, "Leisure Centre Roof Replacement")
        pdfgen.heading(pdf, "1. Background")
        for i in range(14):
            pdfgen.paragraph(pdf, f"1.{i + 1} {FILLER}")
        pdfgen.heading(pdf, "2. Recommendations")
        pdfgen.paragraph(pdf, "The Cabinet is RECOMMENDED to:")
        pdfgen.paragraph(pdf, "(a) approve the replacement of the roof of Orrinsby Leisure Centre at a cost of "
                              "up to £740,000 met from the capital programme;")
        pdfgen.paragraph(pdf, "(b) delegate the award of the works contract to the Director of Place;")
        pdfgen.paragraph(pdf, "(c) note that the pool will close for ten weeks during the works; and")
        pdfgen.paragraph(pdf, "(d) ask officers to report the outturn cost to Cabinet in 2027.")
        pdfgen.heading(pdf, "3. Reasons for the recommendations")
        pdfgen.paragraph(pdf, "3.1 The roof is at the end of its life.")
    return _pdf(folder / "roof.pdf", "Orrinsby Cabinet 2 June 2026", body)


# 3. An NHS board cover sheet: tick boxes (no ask), then "The Board is asked to:" with verbs in capitals.
def nhs_cover_sheet(folder):
    doc = docxgen.new("Corporate Affairs", dt.datetime(2026, 3, 2, 9, 0))
    docxgen.banner(doc, "Wendmoor Community Health NHS Trust - Trust Board")
    docxgen.table(doc, [["Meeting date", "26 March 2026"], ["Agenda item", "12"],
                        ["Title", "Infection prevention and control quarterly report"],
                        ["Purpose", "Approval ☐ Assurance ☒ Information ☐"],
                        ["Action required", "The Board is asked to: NOTE the quarterly infection prevention report; "
                                            "APPROVE the revised hand hygiene policy; ENDORSE the audit programme for 2026/27."],
                        ["Executive lead", "Chief Nurse"]], header=False)
    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph("1.1 Cases of healthcare-acquired infection fell by a tenth this quarter.")
    path = folder / "ipc.docx"
    doc.save(path)
    return path


# 4. "Decision required:" as a paragraph label with bullets under it.
def decision_required_bullets(folder):
    path = folder / "homelessness.txt"
    path.write_text("NORTH LENTHAM HOUSING PARTNERSHIP BOARD\n\n9 April 2026\n\nHomelessness Prevention Plan\n\n"
                    "Decision required:\n\n"
                    "• Agree the homelessness prevention plan for 2026-2029\n\n"
                    "• Note the bid of £95,000 to the rough sleeping fund\n\n"
                    "1. Background\n\n1.1 Presentations to the housing options team rose by 12% last year.\n",
                    encoding="utf-8")
    return path


# 5. A county budget covering report: "County Council is asked to agree:" with sub-items under item 2.
def county_budget_subitems(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Kelvenshire County Council")
        pdfgen.heading(pdf, "Revenue Budget and Council Tax 2026/27")
        pdfgen.heading(pdf, "Recommendations")
        pdfgen.paragraph(pdf, "County Council is asked to agree:")
        pdfgen.paragraph(pdf, "1. the revenue budget for 2026/27 of £612.4 million;")
        pdfgen.paragraph(pdf, "2. the council tax for 2026/27, namely:")
        pdfgen.paragraph(pdf, "(a) a Band D council tax of £1,702.35, a rise of 4.99%; and")
        pdfgen.paragraph(pdf, "(b) precepts on the district councils as set out in Annex 3;")
        pdfgen.paragraph(pdf, "3. the capital programme for 2026/27 to 2029/30.")
        pdfgen.heading(pdf, "1. Introduction")
        pdfgen.paragraph(pdf, "1.1 " + FILLER)
    return _pdf(folder / "budget.pdf", "Kelvenshire County Council 19 February 2026", body)


# 6. A scrutiny report: "The Committee is invited to consider and comment on ...".
def scrutiny_invited(folder):
    path = folder / "waste.html"
    path.write_text("<html><body><h1>Brackley Vale Council</h1><h2>Environment Scrutiny Committee</h2>"
                    "<h2>Draft Waste Strategy 2026-2031</h2><h3>Summary</h3>"
                    "<p>The draft strategy sets out how the council will raise recycling to 60% by 2031.</p>"
                    "<h3>Recommendation</h3>"
                    "<p>The Committee is invited to consider and comment on the draft waste strategy before it "
                    "goes to Cabinet in July.</p><h3>Background</h3><p>The current strategy ends in 2026.</p>"
                    "</body></html>", encoding="utf-8")
    return path


# 7. A ModernGov report page: "Recommendations" heading and an <ol>.
def moderngov_ol(folder):
    path = folder / "parking.html"
    path.write_text("<html><body><div id='mainContent'><h1 class='mgMainTitleTxt'>Issue - items at meetings - "
                    "Town Centre Parking Charges</h1><p>Meeting: 03/06/2026 - Executive</p>"
                    "<p><strong>Recommendations:</strong></p><ol>"
                    "<li>Agree the parking charges for the town centre car parks from 1 September 2026.</li>"
                    "<li>Introduce free parking after 3pm on Saturdays in December.</li>"
                    "<li>Review the charges again in twelve months.</li></ol>"
                    "<p><strong>Reasons for the recommendations:</strong></p>"
                    "<p>The charges have not changed since 2019.</p></div></body></html>", encoding="utf-8")
    return path


# 8. An officer record of decision with a "Proposed decision:" block.
def officer_proposed_decision(folder):
    doc = docxgen.new("Democratic Services", dt.datetime(2026, 1, 12, 9, 0))
    docxgen.banner(doc, "Stennock Council - Officer Decision Record")
    doc.add_paragraph("Decision maker: Director of Communities")
    doc.add_paragraph("Subject: Dial-a-ride grant 2026/27")
    doc.add_paragraph("Proposed decision:")
    doc.add_paragraph("To award a grant of £18,000 to Kestrel Community Transport for the dial-a-ride service "
                      "in 2026/27.")
    doc.add_paragraph("Reasons for the decision:")
    doc.add_paragraph("The service carries 300 passengers a week who cannot use buses.")
    path = folder / "dialaride.docx"
    doc.save(path)
    return path


# 9. A recommendation inside a boxed one-cell table.
def boxed_one_cell(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Dunmere City Council - Licensing Committee")
        pdfgen.heading(pdf, "Street Trading Policy Review")
        pdfgen.table(pdf, [["RECOMMENDATION: That the Licensing Committee approves the revised street trading "
                            "policy for public consultation."]], widths=[170], header=None)
        pdfgen.heading(pdf, "1. Background")
        pdfgen.paragraph(pdf, "1.1 " + FILLER)
    return _pdf(folder / "streettrading.pdf", "Dunmere Licensing Committee 8 July 2026", body)


# 10. A notice of motion: "Council resolves to:" with numbered items.
def motion_resolves(folder):
    path = folder / "motion.txt"
    path.write_text("ASHCOMBE TOWN COUNCIL\n\nNotice of Motion - Safer Crossings\n\nProposed by Cllr Tessa Byrne\n\n"
                    "This Council notes that two children were hurt on the Mill Road crossing last year.\n\n"
                    "This Council resolves to:\n\n"
                    "1. ask the Mayor to write to the highway authority seeking a signal crossing on Mill Road;\n\n"
                    "2. set aside £5,000 towards a speed survey of the town centre.\n\n"
                    "Seconded by Cllr Omar Reid\n", encoding="utf-8")
    return path


# 11. An integration joint board: "It is recommended that the IJB:".
def ijb_recommended(folder):
    doc = docxgen.new("Board Secretary", dt.datetime(2026, 2, 1, 9, 0))
    docxgen.banner(doc, "Glenmoor Integration Joint Board")
    doc.add_paragraph("Report title: Winter Plan 2026/27")
    doc.add_heading("1. Recommendations", level=2)
    doc.add_paragraph("It is recommended that the IJB:")
    doc.add_paragraph("1. notes the pressures on unscheduled care last winter;")
    doc.add_paragraph("2. approves the winter plan for 2026/27; and")
    doc.add_paragraph("3. directs NHS Glenmoor and Glenmoor Council to deliver the plan within the budget.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph("2.1 Delayed discharges peaked in January.")
    path = folder / "winter.docx"
    doc.save(path)
    return path


# 12. A parish council: "It is recommended that members ..." as one sentence.
def parish_members(folder):
    path = folder / "parish.txt"
    path.write_text("LITTLE HAWBURY PARISH COUNCIL\n\nMeeting of 10 March 2026\n\nItem 7: Playground inspections\n\n"
                    "The current inspection contract ends on 31 March.  Three quotes were sought.\n\n"
                    "It is recommended that members agree to renew the playground inspection contract with "
                    "Safeplay Inspections for three years.\n\nClerk to the Council\n", encoding="utf-8")
    return path


# 13. A "Summary and recommendations" heading with numbered items and no lead-in.
def summary_and_recommendations(folder):
    doc = docxgen.new("Policy Team", dt.datetime(2026, 4, 1, 9, 0))
    docxgen.banner(doc, "Pelham Fields Council - Communities Committee")
    doc.add_paragraph("Community Hubs Review")
    doc.add_heading("Summary and Recommendations", level=2)
    doc.add_paragraph("1. Approve the opening of two further community hubs in Eastmoor and Lyle Park.")
    doc.add_paragraph("2. Note the results of the hub users' survey.")
    doc.add_heading("Background", level=2)
    doc.add_paragraph("The first hub opened in 2023.")
    path = folder / "hubs.docx"
    doc.save(path)
    return path


# 14. "Purpose of report / Recommendation" pair where the recommendation is "RECOMMENDED that ..."
def recommended_that_caps(folder):
    path = folder / "trees.txt"
    path.write_text("FENWICK BAY COUNCIL\n\nPlanning Committee - 4 June 2026\n\nTree Preservation Order 14/2026, "
                    "Quarry Close\n\nRECOMMENDED that the Committee confirms Tree Preservation Order 14/2026 "
                    "without modification.\n\n1. Background\n\n1.1 The order protects three oaks.\n",
                    encoding="utf-8")
    return path


# -- negatives: recommendations only in passing ------------------------------------------------
def audit_progress(folder):
    path = folder / "auditprogress.txt"
    path.write_text("MARWICK DISTRICT COUNCIL\n\nAudit Committee - 22 January 2026\n\nInternal Audit Progress "
                    "Report\n\n1. Progress\n\n1.1 Last year's audits made 14 recommendations, of which 11 have "
                    "been implemented.  The remaining recommendations are due by March.\n\n1.2 This report is "
                    "for information only.\n", encoding="utf-8")
    return path


def ombudsman_mention(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Tollbridge Council - Standards Committee")
        pdfgen.heading(pdf, "Annual Complaints Review")
        pdfgen.paragraph(pdf, "1.1 In 2025 the Ombudsman recommended that the council review its complaints "
                              "process; the recommendations were accepted and are now in place.")
        pdfgen.paragraph(pdf, "1.2 Complaints fell by 8% over the year.")
    return _pdf(folder / "complaints.pdf", "Tollbridge Standards Committee 3 March 2026", body)


def peer_review_mention(folder):
    path = folder / "peerreview.html"
    path.write_text("<html><body><h1>Seldon Heath Council</h1><h2>Corporate Peer Challenge - update</h2>"
                    "<p>The peer team's recommendations were published in October.  Progress on the "
                    "recommendations of the peer team is tracked by the Corporate Leadership Team, and six of "
                    "the eight recommendations are complete.</p><p>No decision is needed; the update is for "
                    "information.</p></body></html>", encoding="utf-8")
    return path


PAPERS = {
    "cover_table_row": (cover_table_row, ["approves a rise of 4% in allotment rents", "notes the waiting list of 212"]),
    "recommended_caps_over_page": (recommended_caps_over_page, [
        "approve the replacement of the roof", "delegate the award of the works contract",
        "note that the pool will close", "ask officers to report the outturn cost"]),
    "nhs_cover_sheet": (nhs_cover_sheet, ["NOTE the quarterly infection prevention report",
                                          "APPROVE the revised hand hygiene policy",
                                          "ENDORSE the audit programme for 2026/27"]),
    "decision_required_bullets": (decision_required_bullets, ["Agree the homelessness prevention plan",
                                                              "Note the bid of £95,000"]),
    "county_budget_subitems": (county_budget_subitems, [
        "the revenue budget for 2026/27 of £612.4 million", "the council tax for 2026/27",
        "a Band D council tax of £1,702.35", "precepts on the district councils",
        "the capital programme for 2026/27 to 2029/30"]),
    "scrutiny_invited": (scrutiny_invited, ["invited to consider and comment on the draft waste strategy"]),
    "moderngov_ol": (moderngov_ol, ["Agree the parking charges", "Introduce free parking after 3pm",
                                    "Review the charges again in twelve months"]),
    "officer_proposed_decision": (officer_proposed_decision, ["award a grant of £18,000 to Kestrel Community Transport"]),
    "boxed_one_cell": (boxed_one_cell, ["approves the revised street trading policy"]),
    "motion_resolves": (motion_resolves, ["ask the Mayor to write to the highway authority",
                                          "set aside £5,000 towards a speed survey"]),
    "ijb_recommended": (ijb_recommended, ["notes the pressures on unscheduled care", "approves the winter plan",
                                          "directs NHS Glenmoor and Glenmoor Council"]),
    "parish_members": (parish_members, ["members agree to renew the playground inspection contract"]),
    "summary_and_recommendations": (summary_and_recommendations, ["Approve the opening of two further community hubs",
                                                                  "Note the results of the hub users' survey"]),
    "recommended_that_caps": (recommended_that_caps, ["confirms Tree Preservation Order 14/2026"]),
    "audit_progress": (audit_progress, []),
    "ombudsman_mention": (ombudsman_mention, []),
    "peer_review_mention": (peer_review_mention, []),
}


# -- second batch (written after the first run found the first batch mostly read) ---------------
# 15. A licensing sub-committee: "Members are asked to determine the application".
def licensing_determine(folder):
    path = folder / "licence.txt"
    path.write_text("CARVERTON CITY COUNCIL\n\nLicensing Sub-Committee - 5 May 2026\n\nApplication for a premises "
                    "licence: The Copper Kettle, 4 Dray Lane\n\n1. Summary\n\n1.1 Two residents objected to late "
                    "opening.\n\n1.2 Members are asked to determine the application having regard to the "
                    "representations received.\n\n2. Background\n\n2.1 The premises is a cafe.\n", encoding="utf-8")
    return path


# 16. An NHS paper: "The Committee is asked to take assurance from ..." under "Action required".
def nhs_take_assurance(folder):
    doc = docxgen.new("Quality Team", dt.datetime(2026, 5, 1, 9, 0))
    docxgen.banner(doc, "Ravensfold Hospitals NHS Foundation Trust - Quality Committee")
    doc.add_paragraph("Maternity Safety Report - Quarter 4")
    doc.add_heading("Action required", level=2)
    doc.add_paragraph("The Committee is asked to take assurance from the maternity safety dashboard and to be "
                      "assured that the actions in section 4 are on track.")
    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph("1.1 Births rose by 3% this year.")
    path = folder / "maternity.docx"
    doc.save(path)
    return path


# 17. A "Decision(s) required" heading with numbered items and no lead-in.
def decisions_required_heading(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Westerleigh Combined Authority - Transport Committee")
        pdfgen.heading(pdf, "Bus Service Improvement Plan Refresh")
        pdfgen.paragraph(pdf, "Report of the Director of Transport")
        pdfgen.heading(pdf, "Decision(s) required")
        pdfgen.paragraph(pdf, "1. Approve the refreshed bus service improvement plan for submission.")
        pdfgen.paragraph(pdf, "2. Delegate minor changes to the Director of Transport.")
        pdfgen.heading(pdf, "1. Background")
        pdfgen.paragraph(pdf, "1.1 " + FILLER)
    return _pdf(folder / "bsip.pdf", "Westerleigh Transport Committee 11 June 2026", body)


# 18. A planning report: "Officer Recommendation: GRANT planning permission subject to conditions".
def planning_officer_recommendation(folder):
    path = folder / "planning.html"
    path.write_text("<html><body><h1>Hollinbridge Council</h1><h2>Planning Committee - 17 June 2026</h2>"
                    "<h3>Application 26/0412/FUL - Land at Sowerby Lane</h3>"
                    "<p>Proposal: Erection of nine dwellings with access and parking.</p>"
                    "<p>Officer Recommendation: GRANT planning permission subject to the conditions in section 9.</p>"
                    "<h3>1. Site description</h3><p>The site is a former nursery.</p></body></html>",
                    encoding="utf-8")
    return path


# 19. "Action required" heading with numbered items.
def action_required_heading(folder):
    doc = docxgen.new("Partnership Office", dt.datetime(2026, 6, 1, 9, 0))
    docxgen.banner(doc, "Mardale Community Safety Partnership")
    doc.add_paragraph("Serious Violence Duty - Strategic Needs Assessment")
    doc.add_heading("Actions required", level=2)
    doc.add_paragraph("1. Endorse the strategic needs assessment.")
    doc.add_paragraph("2. Agree the three priorities for 2026/27.")
    doc.add_heading("Background", level=2)
    doc.add_paragraph("The duty began in 2023.")
    path = folder / "violence.docx"
    doc.save(path)
    return path


PAPERS.update({
    "licensing_determine": (licensing_determine, ["Members are asked to determine the application"]),
    "nhs_take_assurance": (nhs_take_assurance, ["take assurance from the maternity safety dashboard"]),
    "decisions_required_heading": (decisions_required_heading, ["Approve the refreshed bus service improvement plan",
                                                                "Delegate minor changes to the Director of Transport"]),
    "planning_officer_recommendation": (planning_officer_recommendation, ["GRANT planning permission subject to the conditions"]),
    "action_required_heading": (action_required_heading, ["Endorse the strategic needs assessment",
                                                          "Agree the three priorities for 2026/27"]),
})


# -- third batch (written after the second run) -------------------------------------------------
def _txt(name, text):
    def build(folder):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path
    return build


PAPERS.update({
    # 20. "is being asked to" in a summary sentence.
    "being_asked": (_txt("merger.txt", "NORTHBY INTEGRATED CARE BOARD\n\nPrimary Care Committee\n\n1. Summary\n\n"
                         "1.1 The Committee is being asked to approve the merger of the Eastgate and Holt surgeries.\n\n"
                         "2. Background\n\n2.1 Both practices applied to merge in the spring.\n"),
                    ["approve the merger of the Eastgate and Holt surgeries"]),
    # 21. A question heading over the asks.
    "question_heading": (_txt("flexible.txt", "SOUTHVALE NHS TRUST\n\nPeople Committee\n\nWhat is the Committee being "
                              "asked to do?\n\n1. Approve the flexible working policy.\n\n2. Note the staff survey "
                              "results.\n\nBackground\n\nThe policy dates from 2019.\n"),
                         ["Approve the flexible working policy", "Note the staff survey results"]),
    "question_heading_we": (_txt("estates.txt", "CORRAN HEALTH BOARD\n\nWhat are we asking the Board to do?\n\n- Agree "
                                 "the estates strategy for 2026-2031.\n\n- Note the backlog maintenance of £14m.\n\n"
                                 "Context\n\nThe estate has 41 sites.\n"),
                            ["Agree the estates strategy", "Note the backlog maintenance"]),
    # 22. "The ask of the Partnership" as a heading.
    "ask_heading": (_txt("falls.txt", "EASTHOLM PLACE PARTNERSHIP\n\nFalls Prevention\n\nThe ask of the Partnership\n\n"
                         "1. Endorse the falls prevention pathway.\n\n2. Agree to fund the pathway from the better care "
                         "fund.\n\nContext\n\nFalls rose last winter.\n"),
                    ["Endorse the falls prevention pathway", "Agree to fund the pathway"]),
    # 23. A cover field kept as one line: "Decision sought: To agree ...".
    "field_line": (_txt("climate.txt", "LOWDEN COUNCIL\n\nCabinet - 9 September 2026\n\nClimate Action Plan Refresh\n\n"
                        "Decision sought: To agree the refreshed climate action plan.\n\nKey decision: Yes\n\n"
                        "1. Background\n\nThe first plan ran from 2021.\n"),
                   ["agree the refreshed climate action plan"]),
    # negative: the same field saying there is nothing to decide.
    "field_line_none": (_txt("update.txt", "LOWDEN COUNCIL\n\nCabinet - 9 September 2026\n\nLibraries update\n\n"
                             "Action required: None - for information.\n\n1. Background\n\nVisits rose by 6%.\n"), []),
})


# -- fourth batch: a cover row's lead-in with its items in the rows below (label cells empty) -----
_ROWS = [["Title", "Harbour dues 2026"], ["Recommendation(s)", "The Committee is asked to:"],
         ["", "(a) approve the harbour dues for 2026;"], ["", "(b) note the dredging programme."],
         ["Key decision", "No"]]


def cover_rows_docx(folder):
    doc = docxgen.new("Harbour Office", dt.datetime(2026, 1, 5, 9, 0))
    docxgen.banner(doc, "Portmere Council - Harbour Committee")
    docxgen.table(doc, _ROWS, header=False)
    doc.add_heading("1. Background", level=2)
    doc.add_paragraph("Dues last rose in 2023.")
    path = folder / "dues.docx"
    doc.save(path)
    return path


def cover_rows_pdf(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Ketterby Borough Council - Executive")
        pdfgen.table(pdf, [["Report title", "Garden waste subscriptions"],
                           ["Recommendations", "It is recommended that the Executive:"],
                           ["", "1. agrees a garden waste charge of £52 a year from April 2026;"],
                           ["", "2. notes the take-up of 41% of households."],
                           ["Wards affected", "All"]], widths=[45, 125], header=None)
        pdfgen.heading(pdf, "1. Background")
        pdfgen.paragraph(pdf, "1.1 " + FILLER)
    return _pdf(folder / "garden.pdf", "Ketterby Executive 20 January 2026", body)


PAPERS.update({
    "cover_rows_docx": (cover_rows_docx, ["approve the harbour dues for 2026", "note the dredging programme"]),
    "cover_rows_pdf": (cover_rows_pdf, ["agrees a garden waste charge of £52", "notes the take-up of 41%"]),
})
