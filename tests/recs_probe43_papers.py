"""Probe papers for recommendation layouts (stop 30, k43) the earlier probes (19, 20, 21, 24) did not cover:
recommendations set out in a table beside their reasons, "The Committee is recommended to" with lettered items
running over a page break, run-in "It is recommended that (a) ... (b) ..." in one paragraph, summaries pointing
to the recommendations elsewhere ("as set out in paragraph 2.1", "see page 3": the pointer is no recommendation),
recommendations recorded in minutes (an officer's or adviser's recommendation put to the meeting, a scrutiny
committee's "RECOMMENDED to Cabinet that"), numbered "Recommendation 1:" headings with their text below, parish
and town council forms ("Clerk's recommendation:"), HTML and Word numbered lists, and negatives (an external
review's recommendations quoted as background, "no recommendations", cover-sheet tick boxes only, a committee's
past recommendation recalled).  Each paper is FICTIONAL: every authority, person, service and figure invented.

``PAPERS`` maps a name to (builder, expected recommendations); a builder writes the paper into a folder and
returns its path.  Each expected phrase must be inside one found recommendation, as many found as expected, and no
found one may hold a phrase of ``FORBIDDEN``.  Granularity: one recommendation per numbered or lettered ask; a
sentence asking two things without numbering is one.  Expected items were written before the tool was first run
on these papers."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from recs_probe21_papers import FILLER, _docx as docx_paper, _html as html_paper, _pdf as pdf_paper, _txt as txt_paper  # noqa: E402


# -- 1-3: recommendations in a table beside their reasons --------------------------------------------

def table_recommendation_reason_docx(folder):
    blocks = [("p", "Report to: Environment Committee, 12 January 2027"),
              ("p", "Subject: Street Tree Strategy 2027-2032"),
              ("h", "Recommendations"),
              ("t", [["Recommendation", "Reason"],
                     ["That the Committee adopts the Street Tree Strategy 2027-2032.",
                      "The current strategy expired in 2025 and canopy cover has fallen."],
                     ["That the Committee agrees a replacement ratio of two trees for every tree felled.",
                      "Young trees take twenty years to match the benefit of a mature tree."]]),
              ("h", "1. Background"),
              ("p", "1.1 " + FILLER)]
    return docx_paper(folder / "trees.docx", "Brackenford Borough Council", blocks)


TABLE_REASON_DOCX_EXPECTED = ["adopts the Street Tree Strategy 2027-2032", "replacement ratio of two trees"]


def table_numbered_recommendation_reason_html(folder):
    blocks = [("p", "Cabinet - 3 February 2027"),
              ("h", "Home to School Transport Policy 2027/28"),
              ("h", "Recommendations"),
              ("t", [["No.", "Recommendation", "Reason for recommendation"],
                     ["1", "Cabinet approves the Home to School Transport Policy 2027/28.",
                      "The council must publish its policy by 31 May each year."],
                     ["2", "Cabinet delegates the award of the transport framework to the Director of Education.",
                      "The framework must be in place before September."]]),
              ("h", "Background"),
              ("p", FILLER)]
    return html_paper(folder / "transport.html", "Cabinet report - Lornside County Council", blocks)


TABLE_NUMBERED_REASON_EXPECTED = ["approves the Home to School Transport Policy 2027/28",
                                  "delegates the award of the transport framework"]


def table_recommendation_reason_pdf(folder):
    blocks = [("p", "Report of the Head of Finance"),
              ("h", "RECOMMENDATIONS"),
              ("t", [["Recommendation", "Reason"],
                     ["That the Committee approves the write-off of business rates debts of £48,200.",
                      "All recovery action has been exhausted."],
                     ["That the Committee notes the collection rate of 97.1% for 2026/27.",
                      "For information."]]),
              ("h", "1. Introduction"),
              ("p", "1.1 " + FILLER)]
    return pdf_paper(folder / "writeoff.pdf", "Audit and Governance Committee 20 January 2027",
                     ["Eastmarsh District Council", "Debt Write-Offs 2026/27"], blocks, widths=(95, 75))


TABLE_REASON_PDF_EXPECTED = ["write-off of business rates debts of £48,200", "collection rate of 97.1%"]


# -- 4-6: lettered lists over a page break; run-in lists ----------------------------------------------

def committee_recommended_over_page_break_pdf(folder):
    blocks = [("h", "1. Recommendations"),
              ("p", "The Committee is recommended to:"),
              ("p", "(a) approve the revised fees and charges for cemeteries from 1 April 2027;"),
              ("p", "(b) approve a 5% rise in allotment rents from 1 October 2027;"),
              ("break",),
              ("p", "(c) note that burial fees for children under 18 remain waived; and"),
              ("p", "(d) delegate minor changes to the schedule to the Head of Neighbourhoods."),
              ("h", "2. Background"),
              ("p", "2.1 " + FILLER)]
    return pdf_paper(folder / "fees.pdf", "Communities Committee 14 January 2027",
                     ["Hollinsby Town Council", "Fees and Charges 2027/28"], blocks)


OVER_PAGE_BREAK_EXPECTED = ["revised fees and charges for cemeteries", "5% rise in allotment rents",
                            "burial fees for children under 18 remain waived", "delegate minor changes"]


def runin_lettered_txt(folder):
    blocks = [("p", "ASHGROVE DISTRICT COUNCIL"),
              ("p", "Licensing Committee - 9 March 2027"),
              ("p", "Report of the Licensing Manager: Review of Taxi Licensing Policy"),
              ("p", "RECOMMENDATION"),
              ("p", "It is recommended that (a) the revised Taxi Licensing Policy is adopted from 1 May 2027; "
                    "(b) the age limit for newly licensed vehicles is set at five years; and (c) the Licensing "
                    "Manager consults the trade on a single livery by December 2027."),
              ("p", "1. BACKGROUND"),
              ("p", "1.1 " + FILLER)]
    return txt_paper(folder / "taxi.txt", blocks)


RUNIN_LETTERED_EXPECTED = ["revised Taxi Licensing Policy is adopted", "age limit for newly licensed vehicles",
                           "consults the trade on a single livery"]


def runin_roman_subcommittee_docx(folder):
    blocks = [("p", "Report to the Grants Sub-Committee - 2 March 2027"),
              ("h", "Recommendation"),
              ("p", "It is recommended that the Sub-Committee: i. awards community grants totalling £36,500 as "
                    "listed in Appendix A; ii. declines the application from Fenwick Rowing Club; and iii. "
                    "reopens the fund for a second round in September 2027."),
              ("h", "Background"),
              ("p", FILLER)]
    return docx_paper(folder / "grants.docx", "Mossbridge Town Council", blocks)


RUNIN_ROMAN_EXPECTED = ["awards community grants totalling £36,500", "declines the application from Fenwick",
                        "reopens the fund for a second round"]


# -- 7-9: pointers to the recommendations elsewhere -----------------------------------------------

def pointer_to_paragraph_docx(folder):
    blocks = [("h", "Executive Summary"),
              ("p", "This report sets out the outcome of the consultation on the new Local Plan timetable. The "
                    "recommendations are set out in paragraph 2.1 below."),
              ("h", "2. Recommendations"),
              ("p", "2.1 That the Committee approves the Local Development Scheme 2027-2030 and its timetable."),
              ("h", "3. Background"),
              ("p", "3.1 " + FILLER)]
    return docx_paper(folder / "lds.docx", "Kestrelton Borough Council", blocks)


POINTER_PARAGRAPH_EXPECTED = ["approves the Local Development Scheme 2027-2030"]


def pointer_to_page_html(folder):
    blocks = [("h", "Agenda item 6: Leisure Pricing Review"),
              ("p", "Summary: the report reviews prices at the two leisure centres. See the recommendations on "
                    "page 3."),
              ("h", "Recommendations"),
              ("n", "That the Executive freezes swimming prices for under 16s for 2027/28."),
              ("n", "That the Executive introduces a concession card for carers."),
              ("h", "Reasons for recommendations"),
              ("p", "Usage by young people fell by 12% last year.")]
    return html_paper(folder / "leisure.html", "Executive - Dunholm District Council", blocks)


POINTER_PAGE_EXPECTED = ["freezes swimming prices for under 16s", "concession card for carers"]


def pointer_as_recommended_txt(folder):
    blocks = [("p", "NHS LORNSIDE INTEGRATED CARE BOARD"),
              ("p", "Board meeting in public - 4 February 2027"),
              ("p", "Title: Urgent and Emergency Care Winter Plan"),
              ("p", "Purpose: The Board is asked to approve the plan, as set out in the recommendations in "
                    "section 5."),
              ("p", "1. Introduction"),
              ("p", "1.1 " + FILLER),
              ("p", "5. Recommendations"),
              ("p", "5.1 The Board is asked to approve the Urgent and Emergency Care Winter Plan 2027/28."),
              ("p", "5.2 The Board is asked to note the £2.4m of additional capacity funded by the plan."),
              ("p", "6. Appendices"),
              ("p", "Appendix A - Winter Plan")]
    return txt_paper(folder / "winter.txt", blocks)


POINTER_SECTION_EXPECTED = ["approve the Urgent and Emergency Care Winter Plan 2027/28",
                            "£2.4m of additional capacity"]


# -- 10-14: recommendations recorded in minutes ----------------------------------------------------

MINUTES_TOP = [("p", "Present: Councillors R Ainsley (Chair), T Bell, M Crane and S Dunmore."),
               ("p", "Apologies were received from Councillor P Ellery.")]


def minutes_recommended_to_executive_html(folder):
    blocks = ([("p", "Minutes of the meeting held on 18 January 2027")] + MINUTES_TOP +
              [("h", "14. Review of Community Safety Partnership"),
               ("p", "The Head of Community Safety introduced the review. Members asked about youth outreach."),
               ("p", "RECOMMENDED to the Executive:"),
               ("n", "That the youth outreach service is extended to Fenwick ward from April 2027."),
               ("n", "That the partnership publishes its quarterly figures on the council website."),
               ("h", "15. Work Programme"),
               ("p", "RESOLVED that the work programme be agreed.")])
    return html_paper(folder / "scrutiny.html", "Minutes - Overview and Scrutiny Committee - Harlow Vale "
                                                "District Council", blocks)


RECOMMENDED_TO_EXECUTIVE_EXPECTED = ["youth outreach service is extended to Fenwick ward",
                                     "publishes its quarterly figures"]


def minutes_committee_recommends_to_council_txt(folder):
    blocks = ([("p", "BRACKENFORD BOROUGH COUNCIL"),
               ("p", "MINUTES OF THE AUDIT COMMITTEE HELD ON 25 JANUARY 2027")] + MINUTES_TOP +
              [("p", "22. TREASURY MANAGEMENT STRATEGY 2027/28"),
               ("p", "The Chief Finance Officer presented the strategy. The Committee RECOMMENDS TO COUNCIL that "
                     "the Treasury Management Strategy 2027/28 and its prudential indicators be approved."),
               ("p", "23. INTERNAL AUDIT PROGRESS"),
               ("p", "RESOLVED that the progress report be noted.")])
    return txt_paper(folder / "audit-minutes.txt", blocks)


RECOMMENDS_TO_COUNCIL_EXPECTED = ["Treasury Management Strategy 2027/28 and its prudential indicators"]


def minutes_adviser_recommendation_bullets_pdf(folder):
    blocks = ([("p", "Minutes of the meeting held on 9 February 2027")] + MINUTES_TOP +
              [("h", "5. Equity Portfolio Review"),
               ("p", "The investment adviser from Harbourline Consulting presented a review of the equity "
                     "portfolio. The recommendation from Harbourline Consulting was:"),
               ("b", "Reduce the UK equity allocation from 25% to 15%."),
               ("b", "Invest the proceeds in a global low-carbon index fund."),
               ("b", "Review the active manager's fees by June 2027."),
               ("p", "Members discussed the timing of the switch. Action: officers to prepare the transition plan."),
               ("h", "6. Any Other Business"),
               ("p", "None.")])
    return pdf_paper(folder / "pension-minutes.pdf", "Pension Fund Committee",
                     ["Lornside Pension Fund", "Pension Fund Committee - Minutes"], blocks)


ADVISER_BULLETS_EXPECTED = ["Reduce the UK equity allocation", "global low-carbon index fund",
                            "Review the active manager's fees"]


def minutes_recommendations_are_runin_docx(folder):
    blocks = ([("p", "Minutes of the Trust Board held on 2 March 2027")] + MINUTES_TOP +
              [("h", "7. Reserves Review"),
               ("p", "The Treasurer reported on the auditors' reserves review. The recommendations are: That the "
                     "Trustees note the importance of a reserve of three months' running costs. That the "
                     "Trustees commit to a review of the reserves policy by June 2027. The Board agreed the "
                     "recommendations."),
               ("h", "8. Date of next meeting"),
               ("p", "The next meeting will be held on 4 May 2027.")])
    return docx_paper(folder / "trust-minutes.docx", "Wrenfield Community Arts Trust", blocks)


RECOMMENDATIONS_ARE_EXPECTED = ["reserve of three months' running costs", "review of the reserves policy"]


def minutes_clerk_recommended_agreed_txt(folder):
    blocks = [("p", "ELMSTEAD PARISH COUNCIL"),
              ("p", "Minutes of the Parish Council meeting held on 11 January 2027 in the Village Hall"),
              ("p", "Present: Cllrs J Ford (Chair), K Grant, L Hale and N Irwin. Also present: the Clerk."),
              ("p", "1. Apologies: Cllr O Jarvis."),
              ("p", "2. Village hall charges: The Clerk recommended that the hire charge for the main hall rise "
                    "to £15 an hour from April 2027, which was agreed."),
              ("p", "3. Date of next meeting: 8 February 2027.")]
    return txt_paper(folder / "elmstead.txt", blocks)


CLERK_RECOMMENDED_EXPECTED = ["hire charge for the main hall rise to £15 an hour"]


# -- 15-17: numbered "Recommendation N" headings with their text below ----------------------------

def numbered_recommendation_headings_docx(folder):
    blocks = [("p", "Scrutiny review of adult social care waiting lists - final report"),
              ("h", "Recommendations"),
              ("h", "Recommendation 1:"),
              ("p", "That the Executive publishes monthly waiting times for care assessments."),
              ("h", "Recommendation 2:"),
              ("p", "That the Executive funds two additional occupational therapists from April 2027."),
              ("h", "Recommendation 3:"),
              ("p", "That the review panel receives a progress report in six months."),
              ("h", "Evidence gathered"),
              ("p", "The panel met eight times and heard from eleven witnesses.")]
    return docx_paper(folder / "review.docx", "Lornside County Council", blocks)


NUMBERED_HEADINGS_EXPECTED = ["publishes monthly waiting times", "two additional occupational therapists",
                              "receives a progress report in six months"]


def numbered_recommendation_titled_headings_pdf(folder):
    blocks = [("h", "Recommendations of the Task and Finish Group"),
              ("h", "Recommendation 1 - Fly-tipping enforcement"),
              ("p", "The Council should fund a second enforcement officer for two years."),
              ("h", "Recommendation 2 - Bulky waste"),
              ("p", "The Council should halve the bulky waste collection charge for residents on council tax "
                    "support."),
              ("h", "Conclusion"),
              ("p", "The group thanks the officers and residents who gave evidence.")]
    return pdf_paper(folder / "flytip.pdf", "Place Scrutiny Panel 2 February 2027",
                     ["Dunholm District Council", "Fly-tipping Task and Finish Group"], blocks)


TITLED_HEADINGS_EXPECTED = ["second enforcement officer for two years", "halve the bulky waste collection charge"]


def recommendation_number_run_in_html(folder):
    blocks = [("h", "Summary of recommendations"),
              ("p", "Recommendation 1: The Cabinet adopts a target of 500 new affordable homes a year."),
              ("p", "Recommendation 2: The Cabinet sets up a register of empty homes by March 2028."),
              ("h", "Introduction"),
              ("p", FILLER)]
    return html_paper(folder / "housing.html", "Housing Scrutiny Inquiry - Kestrelton Borough Council", blocks)


NUMBER_RUN_IN_EXPECTED = ["500 new affordable homes a year", "register of empty homes by March 2028"]


# -- 18-21: parish and town council forms --------------------------------------------------------

def parish_clerks_recommendation_txt(folder):
    blocks = [("p", "FERNWOLD PARISH COUNCIL"),
              ("p", "Agenda for the meeting on Monday 15 March 2027 at 7.30pm"),
              ("p", "7. Allotment rents"),
              ("p", "The rents have not changed since 2022."),
              ("p", "Clerk's recommendation: That the allotment rent rises to £40 per full plot from 1 October "
                    "2027."),
              ("p", "8. Bus shelter"),
              ("p", "Two quotations have been received for a replacement shelter."),
              ("p", "Clerk's recommendation: To accept the quotation of £3,950 from Hedgerow Joinery."),
              ("p", "9. Correspondence"),
              ("p", "To receive correspondence.")]
    return txt_paper(folder / "fernwold.txt", blocks)


CLERKS_RECOMMENDATION_EXPECTED = ["allotment rent rises to £40", "quotation of £3,950 from Hedgerow Joinery"]


def town_council_officer_recommendation_html(folder):
    blocks = [("h", "Finance and General Purposes Committee - 22 February 2027"),
              ("h", "Item 5: Christmas lights contract"),
              ("p", "The current contract ends in January 2027."),
              ("p", "Officer recommendation: That the Committee awards the Christmas lights contract to "
                    "Brightspark Festive Ltd for three years at £18,000 a year."),
              ("h", "Item 6: Precept 2027/28"),
              ("p", "RFO's recommendation: That the Committee recommends a precept of £412,000 to Full Council."),
              ("h", "Item 7: Items for the next agenda"),
              ("p", "Members may suggest items.")]
    return html_paper(folder / "fgp.html", "Agenda - Mossbridge Town Council", blocks)


OFFICER_RECOMMENDATION_EXPECTED = ["Christmas lights contract to Brightspark Festive Ltd",
                                   "precept of £412,000"]


def parish_proposed_resolution_docx(folder):
    blocks = [("p", "Agenda item 6 - Playing field drainage"),
              ("p", "The field has flooded four times this winter. A survey has been carried out."),
              ("p", "Proposed resolution: That the council commissions drainage works from Greenway Groundcare at "
                    "a cost of £7,200, funded from the playing field reserve."),
              ("p", "Agenda item 7 - Clerk's report"),
              ("p", "For information.")]
    return docx_paper(folder / "drainage.docx", "Hollinsby Parish Council", blocks)


PROPOSED_RESOLUTION_EXPECTED = ["commissions drainage works from Greenway Groundcare"]


# -- 22-25: HTML lists and Word numbering ---------------------------------------------------------

def html_ordered_list_under_heading(folder):
    blocks = [("p", "Report of the Director of Place"),
              ("h", "Recommendation(s)"),
              ("p", "Cabinet is recommended to:"),
              ("n", "Approve the Local Cycling and Walking Infrastructure Plan."),
              ("n", "Submit the plan to Active Travel England."),
              ("n", "Note the delivery programme in Appendix 2."),
              ("h", "Wards affected"),
              ("p", "All wards")]
    return html_paper(folder / "lcwip.html", "Cabinet - Ashgrove District Council", blocks)


HTML_ORDERED_EXPECTED = ["Approve the Local Cycling and Walking Infrastructure Plan",
                         "Submit the plan to Active Travel England", "Note the delivery programme"]


def docx_numbered_recommended_decisions(folder):
    blocks = [("p", "Decision report - Cabinet Member for Highways"),
              ("h", "Recommended decision(s)"),
              ("n", "To approve the 20mph speed limit scheme for Wrenfield village centre."),
              ("n", "To instruct the Head of Legal Services to advertise the traffic regulation order."),
              ("h", "Reasons for the decision"),
              ("p", "Eleven collisions have been recorded on the high street since 2022.")]
    return docx_paper(folder / "20mph.docx", "Lornside County Council", blocks)


DOCX_NUMBERED_EXPECTED = ["20mph speed limit scheme for Wrenfield", "advertise the traffic regulation order"]


def docx_bulleted_board_invited(folder):
    blocks = [("p", "NHS Fernwold Integrated Care Board - Board meeting 6 April 2027"),
              ("h", "Recommendations"),
              ("p", "The Board is invited to:"),
              ("b", "support the proposed model for community diagnostic centres;"),
              ("b", "agree to receive the full business case in July 2027."),
              ("h", "Executive summary"),
              ("p", "Waiting times for diagnostic tests remain above the national standard.")]
    return docx_paper(folder / "cdc.docx", "NHS Fernwold Integrated Care Board", blocks)


BOARD_INVITED_EXPECTED = ["proposed model for community diagnostic centres", "full business case in July 2027"]


def html_br_lines_recommended(folder):
    text = ("<html><head><title>Report - Cemetery Extension</title></head><body>"
            "<h1>Cemetery Extension at Holly Lane</h1>"
            "<p><strong>Recommendations</strong><br>1. That the Council purchases 1.2 hectares of land at Holly Lane "
            "for £240,000.<br>2. That the Council applies for planning permission for the extension.</p>"
            "<p><strong>Background</strong><br>The cemetery will be full by 2029.</p>"
            "</body></html>")
    path = folder / "cemetery.html"
    path.write_text(text, encoding="utf-8")
    return path


HTML_BR_EXPECTED = ["purchases 1.2 hectares of land at Holly Lane", "applies for planning permission"]


# -- 26-33: negatives and near-misses --------------------------------------------------------------

def external_review_background_docx(folder):
    blocks = [("p", "Report to the Children's Services Scrutiny Committee - 10 March 2027"),
              ("h", "Recommendation"),
              ("p", "The Committee is asked to note the progress made on the inspection action plan."),
              ("h", "1. Background"),
              ("p", "1.1 The inspectorate's report of November 2026 made three recommendations: that the council "
                    "improve the timeliness of initial health assessments; that supervision of social workers be "
                    "recorded consistently; and that care leavers receive their pathway plans earlier."),
              ("p", "1.2 " + FILLER)]
    return docx_paper(folder / "inspection.docx", "Brackenford Borough Council", blocks)


EXTERNAL_REVIEW_EXPECTED = ["progress made on the inspection action plan"]


def external_audit_recommended_background_txt(folder):
    blocks = [("p", "KESTRELTON BOROUGH COUNCIL"),
              ("p", "Audit Committee - 16 February 2027"),
              ("p", "Report: Implementation of External Audit Recommendations"),
              ("p", "Recommendation: That the Committee notes the progress on implementing the external auditor's "
                    "recommendations."),
              ("p", "1. Background"),
              ("p", "1.1 In its annual report the external auditor recommended that the council strengthen its "
                    "contract management and that it review its medium-term financial plan. Both recommendations "
                    "were accepted by management."),
              ("p", "2. Progress"),
              ("p", "2.1 " + FILLER)]
    return txt_paper(folder / "external-audit.txt", blocks)


EXTERNAL_AUDIT_EXPECTED = ["notes the progress on implementing the external auditor"]


def no_recommendations_html(folder):
    blocks = [("h", "Quarterly Complaints Monitoring Report"),
              ("p", "Report of the Customer Services Manager"),
              ("h", "Recommendations"),
              ("p", "There are no recommendations; this report is for information only."),
              ("h", "Summary"),
              ("p", "The council received 212 complaints in the quarter, 9% fewer than last year.")]
    return html_paper(folder / "complaints.html", "Standards Committee - Dunholm District Council", blocks)


def recommendations_none_txt(folder):
    blocks = [("p", "HOLLINSBY TOWN COUNCIL"),
              ("p", "Report to: Full Council, 24 March 2027"),
              ("p", "Subject: Mayor's Engagements"),
              ("p", "Recommendations: None - for information."),
              ("p", "1. The Mayor attended 31 engagements in the municipal year.")]
    return txt_paper(folder / "mayor.txt", blocks)


def tick_boxes_only_cover_docx(folder):
    rows = [["Meeting", "Trust Board (Public)"],
            ["Report title", "Ward Accreditation Scheme Update"],
            ["For decision", "☐"],
            ["For assurance", "☐"],
            ["For information", "☒"],
            ["Author", "Chief Nurse"]]
    blocks = [("t", rows), ("h", "Summary"),
              ("p", "Fourteen wards have now reached gold accreditation, up from nine a year ago.")]
    return docx_paper(folder / "wards.docx", "Mossbridge Hospitals NHS Trust", blocks)


def past_recommendation_recalled_pdf(folder):
    blocks = [("h", "1. Recommendation"),
              ("p", "That the Committee approves a 3% increase in planning pre-application fees from 1 June 2027."),
              ("h", "2. Background"),
              ("p", "2.1 At its meeting on 8 March 2026 the Committee recommended that pre-application fees be "
                    "frozen for one year. Cabinet accepted that recommendation."),
              ("p", "2.2 " + FILLER)]
    return pdf_paper(folder / "preapp.pdf", "Planning Committee 10 May 2027",
                     ["Ashgrove District Council", "Pre-application Advice Fees"], blocks)


PAST_RECOMMENDATION_EXPECTED = ["3% increase in planning pre-application fees"]


def recommendation_for_information_cover_html(folder):
    blocks = [("t", [["Report title", "Estates Backlog Maintenance Position"],
                     ["Recommendation", "For information"],
                     ["Presented by", "Director of Estates"]]),
              ("h", "Summary"),
              ("p", "Backlog maintenance stands at £14.2m, of which £3.1m is high risk.")]
    return html_paper(folder / "backlog.html", "Finance Committee - Wrenfield Hospitals NHS Trust", blocks)


def minutes_report_recommendations_referred_txt(folder):
    blocks = [("p", "FENWOLD DISTRICT COUNCIL"),
              ("p", "Minutes of the Cabinet meeting held on 1 February 2027"),
              ("p", "Present: Councillors A Bright (Leader), C Dale and E Frost."),
              ("p", "Apologies: Councillor G Hart."),
              ("p", "45. Parking Strategy"),
              ("p", "The Cabinet considered the report, whose recommendations were set out on page 12 of the "
                    "agenda. RESOLVED that the Parking Strategy 2027-2032 be adopted."),
              ("p", "46. Date of next meeting"),
              ("p", "1 March 2027.")]
    return txt_paper(folder / "cabinet-minutes.txt", blocks)


PAPERS = {
    "table_recommendation_reason_docx": (table_recommendation_reason_docx, TABLE_REASON_DOCX_EXPECTED),
    "table_numbered_recommendation_reason_html": (table_numbered_recommendation_reason_html,
                                                  TABLE_NUMBERED_REASON_EXPECTED),
    "table_recommendation_reason_pdf": (table_recommendation_reason_pdf, TABLE_REASON_PDF_EXPECTED),
    "committee_recommended_over_page_break_pdf": (committee_recommended_over_page_break_pdf,
                                                  OVER_PAGE_BREAK_EXPECTED),
    "runin_lettered_txt": (runin_lettered_txt, RUNIN_LETTERED_EXPECTED),
    "runin_roman_subcommittee_docx": (runin_roman_subcommittee_docx, RUNIN_ROMAN_EXPECTED),
    "pointer_to_paragraph_docx": (pointer_to_paragraph_docx, POINTER_PARAGRAPH_EXPECTED),
    "pointer_to_page_html": (pointer_to_page_html, POINTER_PAGE_EXPECTED),
    "pointer_as_recommended_txt": (pointer_as_recommended_txt, POINTER_SECTION_EXPECTED),
    "minutes_recommended_to_executive_html": (minutes_recommended_to_executive_html,
                                              RECOMMENDED_TO_EXECUTIVE_EXPECTED),
    "minutes_committee_recommends_to_council_txt": (minutes_committee_recommends_to_council_txt,
                                                    RECOMMENDS_TO_COUNCIL_EXPECTED),
    "minutes_adviser_recommendation_bullets_pdf": (minutes_adviser_recommendation_bullets_pdf,
                                                   ADVISER_BULLETS_EXPECTED),
    "minutes_recommendations_are_runin_docx": (minutes_recommendations_are_runin_docx, RECOMMENDATIONS_ARE_EXPECTED),
    "minutes_clerk_recommended_agreed_txt": (minutes_clerk_recommended_agreed_txt, CLERK_RECOMMENDED_EXPECTED),
    "numbered_recommendation_headings_docx": (numbered_recommendation_headings_docx, NUMBERED_HEADINGS_EXPECTED),
    "numbered_recommendation_titled_headings_pdf": (numbered_recommendation_titled_headings_pdf,
                                                    TITLED_HEADINGS_EXPECTED),
    "recommendation_number_run_in_html": (recommendation_number_run_in_html, NUMBER_RUN_IN_EXPECTED),
    "parish_clerks_recommendation_txt": (parish_clerks_recommendation_txt, CLERKS_RECOMMENDATION_EXPECTED),
    "town_council_officer_recommendation_html": (town_council_officer_recommendation_html,
                                                 OFFICER_RECOMMENDATION_EXPECTED),
    "parish_proposed_resolution_docx": (parish_proposed_resolution_docx, PROPOSED_RESOLUTION_EXPECTED),
    "html_ordered_list_under_heading": (html_ordered_list_under_heading, HTML_ORDERED_EXPECTED),
    "docx_numbered_recommended_decisions": (docx_numbered_recommended_decisions, DOCX_NUMBERED_EXPECTED),
    "docx_bulleted_board_invited": (docx_bulleted_board_invited, BOARD_INVITED_EXPECTED),
    "html_br_lines_recommended": (html_br_lines_recommended, HTML_BR_EXPECTED),
    "external_review_background_docx": (external_review_background_docx, EXTERNAL_REVIEW_EXPECTED),
    "external_audit_recommended_background_txt": (external_audit_recommended_background_txt,
                                                  EXTERNAL_AUDIT_EXPECTED),
    "no_recommendations_html": (no_recommendations_html, []),
    "recommendations_none_txt": (recommendations_none_txt, []),
    "tick_boxes_only_cover_docx": (tick_boxes_only_cover_docx, []),
    "past_recommendation_recalled_pdf": (past_recommendation_recalled_pdf, PAST_RECOMMENDATION_EXPECTED),
    "recommendation_for_information_cover_html": (recommendation_for_information_cover_html, []),
    "minutes_report_recommendations_referred_txt": (minutes_report_recommendations_referred_txt, []),
}


# Text that no recommendation may hold: the reasons beside a table's items, pointers, background, the next
# heading, an external review's or a past meeting's recommendations, cover labels and tick boxes.
FORBIDDEN = ["canopy cover", "twenty years", "must publish its policy", "before September", "recovery action",
             "For information", "set out in paragraph", "on page 3", "in section 5", "Background", "Reasons for",
             "Usage by young people", "Members asked", "Work Programme", "Action:", "Members discussed",
             "The Board agreed", "next meeting", "Evidence gathered", "Conclusion", "Introduction", "Correspondence",
             "Items for the next agenda", "Clerk's report", "Wards affected", "Eleven collisions", "Executive summary",
             "timeliness of initial health", "pathway plans", "strengthen its contract management",
             "medium-term financial plan", "no recommendations", "be frozen for one year", "☐", "☒", "Presented by",
             "page 12", "Appendix A - Winter", "The rents have not changed", "Two quotations"]
