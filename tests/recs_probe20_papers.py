"""Probe papers for recommendation layouts (stop 20), none of them stop 19's (tests/recs_probe19_papers.py):
asks under question and instruction headings in many wordings ("What the Board is asked to do", "Action
required of the Committee", "Members are invited to", "The Panel is recommended to", "Proposals",
"Recommendations to Council"), two-column cover tables, decimal items over a page break with a running
header, nested (a)(i) items, asks in a box, asks repeated in a summary and in the body, Cabinet
recommending to Council, minutes, and negatives (audit recommendations tracked, a report's
recommendations to schools, a consultant's recommendations quoted).  Every authority, service, person
and figure is invented.  ``PAPERS`` maps a name to (builder, expected recommendations); a builder writes
the paper into a folder and returns its path.  Each expected phrase must be inside one found
recommendation, as many found as expected, and no found one may hold a phrase of ``FORBIDDEN`` (the
section after the list: reasons, wards, signatures).  Expected items were written before the first run."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402

FILLER = ("The arrangements were last reviewed in 2022 and the findings went to the portfolio holder, who "
          "asked officers to return with costed options once the consultation had closed.")

CHROME_TOP = ("<header><a href='/'>Skip to main content</a><nav><ul><li><a href='/'>Home</a></li>"
              "<li><a href='/council'>Council and democracy</a></li><li><a href='/search'>Search</a></li></ul></nav>"
              "<p class='breadcrumb'>Home &gt; Council and democracy &gt; Meetings</p></header><main>")
CHROME_BOTTOM = ("</main><footer><ul><li><a href='/cookies'>Cookies</a></li><li><a href='/a11y'>Accessibility "
                 "statement</a></li><li><a href='/privacy'>Privacy notice</a></li></ul>"
                 "<p>© Fictional Council 2026</p></footer>")


def _pdf(path, header, body):
    pdf = pdfgen.Paper(running_header=header)
    pdf.add_page()
    body(pdf)
    return pdfgen.save(pdf, path)


def _docx(author):
    return docxgen.new(author, dt.datetime(2026, 4, 1, 9, 0))


# 1. An NHS board cover: "What the Board is asked to do" as a Word heading with bulleted asks.
def board_asked_to_do(folder):
    doc = _docx("Board Secretary")
    docxgen.banner(doc, "NHS Harrowdale Integrated Care Board")
    doc.add_paragraph("Board meeting in public - 7 May 2026")
    doc.add_paragraph("Community Pharmacy Extended Hours Pilot")
    doc.add_heading("What the Board is asked to do", level=2)
    doc.add_paragraph("Approve the extension of the extended hours pilot to March 2027.", style="List Bullet")
    doc.add_paragraph("Note the evaluation of the first six months of the pilot.", style="List Bullet")
    doc.add_paragraph("Delegate the final funding envelope to the Finance and Performance Committee.",
                      style="List Bullet")
    doc.add_heading("Executive summary", level=2)
    doc.add_paragraph("Twelve pharmacies took part and saw 4,100 patients out of hours.")
    path = folder / "pharmacy.docx"
    doc.save(path)
    return path


# 2. "Action required of the Committee" heading over a lettered lead-in, in a PDF.
def action_required_of(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Wendover Vale Council")
        pdfgen.heading(pdf, "Audit and Standards Committee - Annual Governance Statement 2025/26")
        pdfgen.heading(pdf, "Action required of the Committee")
        pdfgen.paragraph(pdf, "The Committee is asked to:")
        pdfgen.paragraph(pdf, "(a) approve the draft Annual Governance Statement for 2025/26;")
        pdfgen.paragraph(pdf, "(b) note the two significant governance issues identified; and")
        pdfgen.paragraph(pdf, "(c) agree that the Chair signs the final statement with the Chief Executive.")
        pdfgen.heading(pdf, "1. Introduction")
        pdfgen.paragraph(pdf, "1.1 " + FILLER)
    return _pdf(folder / "ags.pdf", "Wendover Vale Audit and Standards Committee 24 June 2026", body)


# 3. "Members are invited to:" with a) b) c) in a text paper, then "Reasons for recommendations" and wards.
def members_invited_txt(folder):
    path = folder / "lettings.txt"
    path.write_text("BRAMLEIGH DISTRICT COUNCIL\n\nHousing Panel - 12 May 2026\n\nAllocations Policy Review\n\n"
                    "Members are invited to:\n\n"
                    "a) endorse the revised allocations policy for consultation;\n\n"
                    "b) agree that applicants with a local connection of three years get additional priority; and\n\n"
                    "c) note the timetable for adopting the policy in October.\n\n"
                    "Reasons for recommendations\n\n"
                    "The policy has not been reviewed since 2019 and the waiting list has grown by 40%.\n\n"
                    "Wards affected: All\n\n"
                    "1. Background\n\n1.1 " + FILLER + "\n", encoding="utf-8")
    return path


# 4. A council web page with site chrome: "The Panel is recommended to:" with a <ul>.
def panel_recommended_html(folder):
    path = folder / "trees.html"
    path.write_text("<html><head><title>Tree policy - Ostley Borough Council</title></head><body>" + CHROME_TOP +
                    "<h1>Report to Environment Panel - Street Tree Policy</h1>"
                    "<h2>1. Summary</h2><p>The borough has 18,000 street trees and a backlog of 600 inspections.</p>"
                    "<h2>2. Recommendations</h2><p>The Panel is recommended to:</p><ul>"
                    "<li>approve the street tree policy for adoption by Cabinet;</li>"
                    "<li>support a two-for-one replacement rule for trees felled on highways; and</li>"
                    "<li>request an annual report on tree canopy cover.</li></ul>"
                    "<h2>3. Background</h2><p>" + FILLER + "</p>" + CHROME_BOTTOM + "</body></html>",
                    encoding="utf-8")
    return path


# 5. "Proposals" as a Word heading over numbered asks (no lead-in).
def proposals_heading(folder):
    doc = _docx("Parish Clerk")
    docxgen.banner(doc, "Kettlebury Parish Council")
    doc.add_paragraph("Finance and General Purposes Committee, 3 March 2026")
    doc.add_paragraph("Village Hall Roof")
    doc.add_heading("Proposals", level=2)
    doc.add_paragraph("1. Accept the quotation of £14,600 from Fenwright Roofing for the village hall roof.")
    doc.add_paragraph("2. Fund the works from the building reserve.")
    doc.add_heading("Background", level=2)
    doc.add_paragraph("The roof leaked in three places over the winter.")
    path = folder / "roof.docx"
    doc.save(path)
    return path


# 6. A Cabinet report recommending to Council: "Recommendations to Council" then Cabinet's own.
def cabinet_to_council(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Pellingham City Council - Cabinet")
        pdfgen.heading(pdf, "Treasury Management Strategy 2026/27")
        pdfgen.heading(pdf, "2. Recommendations to Council")
        pdfgen.paragraph(pdf, "2.1 That Cabinet recommends to Council that it:")
        pdfgen.paragraph(pdf, "(i) approves the Treasury Management Strategy for 2026/27;")
        pdfgen.paragraph(pdf, "(ii) approves the prudential indicators set out in Appendix B.")
        pdfgen.heading(pdf, "3. Recommendations to Cabinet")
        pdfgen.paragraph(pdf, "3.1 That Cabinet notes the treasury outturn for the first half of 2025/26.")
        pdfgen.heading(pdf, "4. Reasons for the recommendations")
        pdfgen.paragraph(pdf, "4.1 The Council must set a strategy before the year begins.")
    return _pdf(folder / "treasury.pdf", "Pellingham Cabinet 4 February 2026", body)


# 7. A two-column cover table: "Recommendation(s)" with bullets in its value cell.
def cover_two_column_bullets(folder):
    doc = _docx("Committee Services")
    docxgen.banner(doc, "Tarnmouth County Council")
    docxgen.table(doc, [["Report to", "Corporate Parenting Board"], ["Date", "19 May 2026"],
                        ["Subject", "Care leavers' council tax exemption"],
                        ["Recommendation(s)", "• Agree to extend the council tax exemption to care leavers up to "
                                              "age 25.\n• Note the estimated cost of £48,000 a year."],
                        ["Wards affected", "All"], ["Report author", "Nia Parry"]], header=False)
    doc.add_heading("1. Background", level=2)
    doc.add_paragraph("1.1 The exemption currently ends at age 21.")
    path = folder / "careleavers.docx"
    doc.save(path)
    return path


# 8. Decimal items with one running over a page break, a running header between its lines.
def decimal_over_page(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Gresham Heath Borough Council")
        pdfgen.heading(pdf, "Cabinet - Leisure Management Contract")
        pdfgen.heading(pdf, "1. Background")
        for i in range(15):
            pdfgen.paragraph(pdf, f"1.{i + 1} {FILLER}")
        pdfgen.heading(pdf, "2. Recommendations")
        pdfgen.paragraph(pdf, "2.1 Cabinet is asked to approve the award of the leisure management contract to "
                              "Parkway Leisure Trust for ten years from 1 April 2027, at a management fee "
                              "of £310,000 a year, subject to the completion of due diligence on the trust's "
                              "accounts and the agreement of a pension bond with the administering authority.")
        pdfgen.paragraph(pdf, "2.2 Cabinet is asked to delegate the final contract terms to the Director of "
                              "Communities in consultation with the Leisure Portfolio Holder.")
        pdfgen.paragraph(pdf, "2.3 Cabinet is asked to note the capital works of £1.2 million at the Gresham pool.")
        pdfgen.heading(pdf, "3. Reasons for recommendations")
        pdfgen.paragraph(pdf, "3.1 The current contract ends in March 2027.")
    return _pdf(folder / "leisure.pdf", "Gresham Heath Cabinet 10 September 2026", body)


# 9. Nested (a)(i) items in a text paper.
def nested_a_i(folder):
    path = folder / "grants.txt"
    path.write_text("HOLMSBRIDGE CITY COUNCIL\n\nCommunities Committee - 2 July 2026\n\nCommunity Grants 2026/27\n\n"
                    "RECOMMENDATIONS\n\nThe Committee is recommended to:\n\n"
                    "(a) approve the community grants set out below:\n\n"
                    "(i) £12,000 to Holmsbridge Food Network for its winter pantry;\n\n"
                    "(ii) £8,500 to Riverside Youth Hub for detached youth work;\n\n"
                    "(b) note that £3,000 of the fund remains unallocated.\n\n"
                    "1. INTRODUCTION\n\n1.1 " + FILLER + "\n", encoding="utf-8")
    return path


# 10. The asks in a box: a one-cell Word table holding the label and the list.
def boxed_docx(folder):
    doc = _docx("Policy Team")
    docxgen.banner(doc, "Calderbrook Metropolitan Borough Council")
    doc.add_paragraph("Report to Cabinet - 16 June 2026 - Home to School Transport Policy")
    docxgen.table(doc, [["Recommendations\n1. That Cabinet approves the home to school transport policy for "
                         "2027/28.\n2. That Cabinet notes the results of the consultation."]], header=False)
    doc.add_heading("1. Purpose of the report", level=2)
    doc.add_paragraph("1.1 The council must publish its policy by 31 May each year.")
    path = folder / "transport.docx"
    doc.save(path)
    return path


# 11. Asks in an executive summary's prose and again as the list in the body: one each.
def summary_and_body(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Aldermoor Council - Executive")
        pdfgen.heading(pdf, "Empty Homes Strategy")
        pdfgen.heading(pdf, "Executive Summary")
        pdfgen.paragraph(pdf, "There are 640 long-term empty homes in the district. The Executive is asked to adopt "
                              "the Empty Homes Strategy 2026-2030 and to approve a council tax premium of 200% on "
                              "homes empty for two years or more.")
        pdfgen.heading(pdf, "1. Recommendations")
        pdfgen.paragraph(pdf, "1.1 That the Executive adopts the Empty Homes Strategy 2026-2030.")
        pdfgen.paragraph(pdf, "1.2 That the Executive approves a council tax premium of 200% on homes empty for two "
                              "years or more, from 1 April 2027.")
        pdfgen.heading(pdf, "2. Background")
        pdfgen.paragraph(pdf, "2.1 " + FILLER)
    return _pdf(folder / "emptyhomes.pdf", "Aldermoor Executive 8 October 2026", body)


# 12. The same list on a cover sheet and again in the body, numbered differently.
def list_twice(folder):
    path = folder / "markets.txt"
    items = ["approve the relocation of the Saturday market to Castle Square from 1 March 2027",
             "agree the pitch fees for 2027/28 set out in Appendix 1"]
    path.write_text("FENNICK TOWN COUNCIL\n\nMarkets Committee\n\nSummary of recommendations\n\n"
                    f"1. {items[0]};\n\n2. {items[1]}.\n\n"
                    "1. Introduction\n\n1.1 " + FILLER + "\n\n"
                    "5. Recommendations\n\nThe Committee is asked to:\n\n"
                    f"5.1 {items[0]};\n\n5.2 {items[1]}.\n\n"
                    "6. Background papers\n\nNone.\n", encoding="utf-8")
    return path


# 13. Cabinet minutes: resolutions and a recommendation to Council - a decision record, no asks.
def cabinet_minutes(folder):
    path = folder / "minutes.txt"
    path.write_text("MINUTES OF THE MEETING OF THE CABINET OF WENDOVER VALE COUNCIL\n\nHeld on 14 January 2026\n\n"
                    "Present: Cllr Ann Hollis (Chair), Cllr Ravi Menon, Cllr Jo Tate\n\n"
                    "45. Fees and Charges 2026/27\n\n"
                    "The Cabinet Member for Finance introduced the report. The report recommended that Cabinet "
                    "approve the fees and charges for 2026/27.\n\n"
                    "RESOLVED: That the fees and charges for 2026/27 be approved.\n\n"
                    "46. Council Tax Base\n\n"
                    "RECOMMENDED TO COUNCIL: That the council tax base for 2026/27 be set at 41,230 Band D "
                    "equivalents.\n\n"
                    "The meeting ended at 8.10pm.\n\nChair\n", encoding="utf-8")
    return path


# 14. Negative: an audit committee's tracker of audit recommendations, one real ask.
def audit_tracker(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Brayton District Council - Audit Committee")
        pdfgen.heading(pdf, "Internal Audit Recommendations Tracker")
        pdfgen.paragraph(pdf, "This report sets out progress on the recommendations made by internal audit.")
        pdfgen.table(pdf, [["Ref", "Audit recommendation", "Owner", "Status"],
                           ["IA/24/03", "The service should reconcile the payroll monthly.", "Head of HR", "Complete"],
                           ["IA/24/07", "Contract waivers should be recorded in one register.", "Procurement Lead",
                            "In progress"],
                           ["IA/25/01", "Officers should review user access to the finance system.", "IT Manager",
                            "Overdue"]],
                    widths=[25, 80, 35, 30])
        pdfgen.paragraph(pdf, "Of the 14 recommendations due, 11 have been implemented.")
        pdfgen.paragraph(pdf, "The Committee is asked to note the progress made on implementing audit "
                              "recommendations.")
    return _pdf(folder / "tracker.pdf", "Brayton Audit Committee 30 June 2026", body)


# 15. Negative: a report that recommends things to schools, one real ask.
def report_recommends_schools(folder):
    path = folder / "attendance.txt"
    path.write_text("NORTH ASHVALE COUNTY COUNCIL\n\nChildren's Scrutiny Panel - 5 March 2026\n\n"
                    "School Attendance Review\n\n"
                    "The review found that persistent absence rose to 21% in secondary schools. The report "
                    "recommends that schools contact families on the first day of absence and that governors "
                    "review attendance data each term.\n\n"
                    "The Panel is asked to note the findings of the attendance review.\n\n"
                    "Background papers: none\n", encoding="utf-8")
    return path


# 16. Negative: a consultant's recommendations quoted, then the paper's own ask.
def consultant_quoted_html(folder):
    path = folder / "parking.html"
    path.write_text("<html><body>" + CHROME_TOP + "<h1>Parking Enforcement Review - Report to Cabinet</h1>"
                    "<h2>Background</h2><p>Kerbline Consulting reviewed the enforcement service in 2025 and "
                    "made four recommendations:</p><ol><li>The council should move to cashless parking.</li>"
                    "<li>Enforcement hours should extend to 8pm.</li><li>Permit charges should rise with "
                    "inflation.</li><li>Patrols should be planned from complaint data.</li></ol>"
                    "<h2>Recommendation</h2><p>That Cabinet accepts the consultant's review and asks officers to "
                    "prepare an action plan by December 2026.</p><h2>Financial implications</h2>"
                    "<p>None at this stage.</p>" + CHROME_BOTTOM + "</body></html>", encoding="utf-8")
    return path


# 17. "Recommendation to Council" heading in a council report with signatures after the list.
def signed_after_list(folder):
    path = folder / "polling.txt"
    path.write_text("STAVERTON BOROUGH COUNCIL\n\nCouncil - 22 April 2026\n\nReview of Polling Districts\n\n"
                    "Recommendation to Council\n\n"
                    "1. That Council adopts the polling districts and places set out in Appendix A.\n\n"
                    "2. That Council delegates minor changes to the Returning Officer.\n\n"
                    "Signed: Returning Officer\n\nDate: 8 April 2026\n\n"
                    "1. Background\n\n1.1 " + FILLER + "\n", encoding="utf-8")
    return path


# 18. An ICB page with chrome: "Action required by the Board" and a paragraph of bullets.
def icb_action_required_html(folder):
    path = folder / "dental.html"
    path.write_text("<html><body>" + CHROME_TOP + "<h1>NHS Ravenmoor ICB - Primary Care Commissioning "
                    "Committee</h1><h2>Urgent Dental Care Access</h2>"
                    "<h3>Action required by the Board</h3>"
                    "<p>• Approve the recurrent funding of 9,000 urgent dental sessions a year.</p>"
                    "<p>• Note the access figures for the last two quarters.</p>"
                    "<h3>Purpose</h3><p>The paper sets out the case for recurrent funding.</p>" + CHROME_BOTTOM +
                    "</body></html>", encoding="utf-8")
    return path


# 19. "The Cabinet Member is recommended to" on a decision sheet, items in capitals' verbs.
def cabinet_member_recommended(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Lindow County Council - Cabinet Member Decision")
        pdfgen.heading(pdf, "Highways Maintenance Programme 2026/27")
        pdfgen.paragraph(pdf, "The Cabinet Member for Highways is recommended to:")
        pdfgen.paragraph(pdf, "1. APPROVE the highways maintenance programme for 2026/27 at £18.2 million;")
        pdfgen.paragraph(pdf, "2. AUTHORISE the Director of Highways to vary the programme within its budget.")
        pdfgen.paragraph(pdf, "Electoral divisions affected: All")
        pdfgen.heading(pdf, "1. Summary")
        pdfgen.paragraph(pdf, "1.1 " + FILLER)
    return _pdf(folder / "highways.pdf", "Lindow Cabinet Member Decision 2026/27", body)


# 20. A scrutiny work programme: no asks of its own beyond noting, recommendations of a task group reported.
def scrutiny_work_programme(folder):
    path = folder / "workprog.txt"
    path.write_text("HALEWOOD BOROUGH COUNCIL\n\nOverview and Scrutiny Committee - 9 June 2026\n\n"
                    "Work Programme 2026/27\n\n"
                    "The flooding task group made six recommendations to Cabinet in March, all of which were "
                    "accepted. Progress against them will be reported in October.\n\n"
                    "The Committee is asked to agree its work programme for 2026/27.\n\n"
                    "Contact officer: Scrutiny Officer\n", encoding="utf-8")
    return path


# 21. An NHS trust cover table with "Recommendation" and the lead-in's items in rows under it.
def trust_cover_rows_pdf(folder):
    def body(pdf):
        pdfgen.heading(pdf, "Saltmarsh Hospitals NHS Foundation Trust")
        pdfgen.table(pdf, [["Meeting", "Board of Directors (public)"], ["Date", "2 July 2026"],
                           ["Report title", "Maternity Safety Report Q1"],
                           ["Recommendation", "The Board is asked to:"],
                           ["", "1) receive the maternity safety report for quarter 1;"],
                           ["", "2) approve the submission to the maternity incentive scheme."],
                           ["Executive lead", "Director of Midwifery"]], widths=[45, 125], header=None)
        pdfgen.heading(pdf, "1. Introduction")
        pdfgen.paragraph(pdf, "1.1 " + FILLER)
    return _pdf(folder / "maternity.pdf", "Saltmarsh Board 2 July 2026", body)


# 22. "Decisions required of the Partnership" heading and a semicolon list in one paragraph.
def one_paragraph_list(folder):
    path = folder / "csp.txt"
    path.write_text("EASTBRIDGE COMMUNITY SAFETY PARTNERSHIP\n\n11 February 2026\n\nSerious Violence Duty\n\n"
                    "Decisions required\n\n"
                    "The Partnership is asked to: (1) agree the strategic needs assessment; (2) adopt the serious "
                    "violence strategy for 2026-2029; and (3) note the Home Office grant of £96,000.\n\n"
                    "Background\n\nThe duty came into force in January 2023.\n", encoding="utf-8")
    return path


PAPERS = {
    "board_asked_to_do": (board_asked_to_do, [
        "Approve the extension of the extended hours pilot", "Note the evaluation of the first six months",
        "Delegate the final funding envelope"]),
    "action_required_of": (action_required_of, [
        "approve the draft Annual Governance Statement", "note the two significant governance issues",
        "agree that the Chair signs the final statement"]),
    "members_invited_txt": (members_invited_txt, [
        "endorse the revised allocations policy", "local connection of three years", "note the timetable"]),
    "panel_recommended_html": (panel_recommended_html, [
        "approve the street tree policy", "two-for-one replacement rule", "annual report on tree canopy cover"]),
    "proposals_heading": (proposals_heading, ["Accept the quotation of £14,600", "Fund the works from the building reserve"]),
    "cabinet_to_council": (cabinet_to_council, [
        "approves the Treasury Management Strategy for 2026/27", "approves the prudential indicators",
        "notes the treasury outturn"]),
    "cover_two_column_bullets": (cover_two_column_bullets, [
        "extend the council tax exemption to care leavers", "Note the estimated cost of £48,000"]),
    "decimal_over_page": (decimal_over_page, [
        "approve the award of the leisure management contract to Parkway Leisure Trust for ten years from 1 April 2027, at a "
        "management fee of £310,000 a year, subject to the completion of due diligence on the trust's accounts and the "
        "agreement of a pension bond with the administering authority",
        "delegate the final contract terms", "note the capital works of £1.2 million"]),
    "nested_a_i": (nested_a_i, [
        "approve the community grants", "£12,000 to Holmsbridge Food Network", "£8,500 to Riverside Youth Hub",
        "note that £3,000 of the fund remains unallocated"]),
    "boxed_docx": (boxed_docx, ["approves the home to school transport policy", "notes the results of the consultation"]),
    "summary_and_body": (summary_and_body, ["adopts the Empty Homes Strategy", "approves a council tax premium of 200%"]),
    "list_twice": (list_twice, ["relocation of the Saturday market", "pitch fees for 2027/28"]),
    "cabinet_minutes": (cabinet_minutes, []),
    "audit_tracker": (audit_tracker, ["note the progress made on implementing audit recommendations"]),
    "report_recommends_schools": (report_recommends_schools, ["note the findings of the attendance review"]),
    "consultant_quoted_html": (consultant_quoted_html, ["accepts the consultant's review"]),
    "signed_after_list": (signed_after_list, ["adopts the polling districts", "delegates minor changes"]),
    "icb_action_required_html": (icb_action_required_html, [
        "Approve the recurrent funding of 9,000 urgent dental sessions", "Note the access figures"]),
    "cabinet_member_recommended": (cabinet_member_recommended, [
        "APPROVE the highways maintenance programme", "AUTHORISE the Director of Highways"]),
    "scrutiny_work_programme": (scrutiny_work_programme, ["agree its work programme for 2026/27"]),
    "trust_cover_rows_pdf": (trust_cover_rows_pdf, [
        "receive the maternity safety report", "approve the submission to the maternity incentive scheme"]),
    "one_paragraph_list": (one_paragraph_list, [
        "agree the strategic needs assessment", "adopt the serious violence strategy",
        "note the Home Office grant of £96,000"]),
}

# Text of the blocks after a list that no recommendation may run on into.
FORBIDDEN = ["Reasons for", "Wards affected", "Signed:", "Electoral divisions", "Background", "Executive lead",
             "Report author", "Contact officer", "Cookies", "Purpose"]
