"""Probe papers for recommendation layouts (stop 23), grounded in a survey of stored public pages (NHS trust
board cover sheets and their specimen template, ModernGov agenda, issue and decision pages, budget meeting
papers, Welsh health board covers).  Each paper is FICTIONAL (every authority, person, service and figure
invented) but laid out as the surveyed real ones are: an NHS cover sheet whose purpose row is a set of tick
boxes ("Approval / Assurance / Discussion / Information") beside a "Recommendation" or "Action required" row,
agenda frontsheets with "Recommendation:" under each item, budget amendment forms ("Council is asked to agree
..."), "The Cabinet is asked to:" and "It is RECOMMENDED that" lead-ins, recommendations inside an executive
summary, recommendations numbered as paragraphs (3.1, 3.2) under a "Recommendations" heading, bilingual labels,
and negatives (a paper for information only, minutes, an audit tracker).

``PAPERS`` maps a name to (builder, expected recommendations); a builder writes the paper into a folder and
returns its path.  Each expected phrase must be inside one found recommendation, as many found as expected, and
no found one may hold a phrase of ``FORBIDDEN``.  Granularity: one recommendation per numbered or lettered ask;
a sentence asking two things without numbering is one.  Expected items were written before the first run of the
tool on these papers."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from recs_probe21_papers import FILLER, _docx as docx_paper, _html as html_paper, _pdf as pdf_paper, _txt as txt_paper  # noqa: E402


# -- 1-5: NHS board cover sheets -------------------------------------------------------------------

def nhs_cover_tick_boxes_docx(folder):
    rows = [["Meeting", "Trust Board (Public)"],
            ["Date", "3 September 2026"],
            ["Report title", "Green Plan Refresh 2026-2029"],
            ["Executive lead", "Director of Estates and Facilities"],
            ["Purpose of the report", "Approval ☒   Assurance ☐   Discussion ☐   Information ☐"],
            ["Recommendation", "The Board is asked to:\n• approve the refreshed Green Plan 2026-2029;\n"
                               "• note the carbon reduction achieved since 2020."],
            ["Executive summary", "The Trust has cut its direct emissions by 31% since 2020."]]
    return docx_paper(folder / "green.docx", "Hallowmere Community Health NHS Foundation Trust",
                      [("t", rows), ("h", "1. Background"), ("p", FILLER)])


NHS_TICK_EXPECTED = ["approve the refreshed Green Plan 2026-2029", "note the carbon reduction achieved"]


def nhs_cover_action_required_pdf(folder):
    rows = [["Report to", "Quality and Safety Committee"],
            ["Title", "Infection Prevention and Control Quarterly Report"],
            ["Action required", "For approval [ ]  For assurance [X]  For information [ ]"],
            ["Recommendation(s)", "The Committee is asked to take assurance from the infection control "
                                  "measures in place and to note the two outbreaks declared in the quarter."],
            ["Link to BAF", "Risk 2: patient safety"]]
    return pdf_paper(folder / "ipc.pdf", "Quality and Safety Committee 17 September 2026",
                     ["Brackenmoor Teaching Hospitals NHS Trust", "Infection Prevention and Control"],
                     [("t", rows), ("h", "1. Situation"), ("p", FILLER)], widths=(45, 125))


NHS_ACTION_REQUIRED_EXPECTED = ["take assurance from the infection control measures"]


def nhs_board_asked_verbs_html(folder):
    blocks = [("p", "Agenda item 9 - Public Board Meeting, 1 October 2026"),
              ("h", "Workforce Race Equality Standard Report 2026"),
              ("p", "Presented by: Chief People Officer"),
              ("h", "The Board is asked to:"),
              ("b", "Note the Workforce Race Equality Standard results for 2026;"),
              ("b", "Approve the action plan for publication on the Trust website;"),
              ("b", "Discuss how board members will sponsor the reverse mentoring scheme."),
              ("h", "Executive summary"),
              ("p", "The proportion of staff from ethnic minority groups in senior bands rose to 14%.")]
    return html_paper(folder / "wres.html", "Trust Board papers - Dunmere Valley NHS Trust", blocks)


NHS_BOARD_VERBS_EXPECTED = ["Note the Workforce Race Equality Standard results", "Approve the action plan for publication",
                            "sponsor the reverse mentoring scheme"]


def icb_cover_purpose_and_asks_docx(folder):
    rows = [["Paper title", "Primary Care Access Recovery Plan - Progress"],
            ["Purpose", "☐ Decision   ☒ Discussion   ☒ Assurance   ☐ Information"],
            ["Recommendations", "Members of the Board are asked to:\n"
                                "a) receive the progress report on the access recovery plan;\n"
                                "b) endorse the extension of the care navigator training to all practices; and\n"
                                "c) agree that a further update comes to the Board in March 2027."],
            ["Conflicts of interest", "None identified"]]
    return docx_paper(folder / "access.docx", "NHS Fernwold Integrated Care Board",
                      [("t", rows), ("h", "Background"), ("p", FILLER)])


ICB_COVER_EXPECTED = ["receive the progress report on the access recovery plan", "care navigator training",
                      "further update comes to the Board in March 2027"]


def nhs_cover_lines_txt(folder):
    blocks = [("p", "CASTLEFORD AND ELMLEY NHS FOUNDATION TRUST"),
              ("p", "BOARD OF DIRECTORS - 5 NOVEMBER 2026"),
              ("p", "Report title: Guardian of Safe Working Hours Annual Report"),
              ("p", "Report author: Guardian of Safe Working"),
              ("p", "Purpose: For noting"),
              ("p", "Recommendation: The Board of Directors is asked to note the annual report of the Guardian "
                    "of Safe Working Hours and the 42 exception reports raised."),
              ("p", "1. Introduction"),
              ("p", "1.1 " + FILLER)]
    return txt_paper(folder / "guardian.txt", blocks)


NHS_COVER_LINES_EXPECTED = ["note the annual report of the Guardian of Safe Working Hours"]


# -- 6-8: agenda frontsheets ------------------------------------------------------------------------

def agenda_recommendation_under_items_html(folder):
    blocks = [("h", "Agenda"),
              ("h", "6. Leisure Centre Management Contract"),
              ("p", "Report of the Head of Leisure."),
              ("p", "Recommendation: That the Executive awards the leisure management contract to Brightwell "
                    "Active Trust for ten years from 1 April 2027."),
              ("h", "7. Corporate Performance Quarter 2"),
              ("p", "Report of the Chief Executive."),
              ("p", "Recommendation: That the Executive notes the performance for the second quarter."),
              ("h", "8. Urgent Business"),
              ("p", "To consider any urgent business.")]
    return html_paper(folder / "agenda.html", "Agenda for Executive on Tuesday 10 November 2026, 6.00 pm - "
                                             "Marlbury District Council", blocks)


AGENDA_UNDER_ITEMS_EXPECTED = ["awards the leisure management contract to Brightwell Active Trust",
                               "notes the performance for the second quarter"]


def agenda_item_purpose_recommendations_pdf(folder):
    blocks = [("h", "4. Local Council Tax Support Scheme 2027/28"),
              ("p", "Purpose: To consider the outcome of the consultation on the scheme."),
              ("p", "Recommendations:"),
              ("p", "(a) That Council adopts the Local Council Tax Support Scheme for 2027/28."),
              ("p", "(b) That the hardship fund is kept at £80,000."),
              ("h", "5. Questions from Members"),
              ("p", "To answer questions submitted under Council Procedure Rule 12.")]
    return pdf_paper(folder / "council.pdf", "Council 9 December 2026",
                     ["Eastwold Borough Council", "Meeting of the Council", "Wednesday 9 December 2026"], blocks)


AGENDA_PURPOSE_EXPECTED = ["adopts the Local Council Tax Support Scheme for 2027/28", "hardship fund is kept at £80,000"]


def decision_page_recommended_html(folder):
    blocks = [("p", "Decision Maker: Cabinet"),
              ("p", "Decision status: Recommendations Approved"),
              ("h", "Purpose:"),
              ("p", "To agree the charging policy for garden waste collections."),
              ("h", "Recommended decision:"),
              ("p", "1. That the annual garden waste charge is set at £52 from 1 April 2027."),
              ("p", "2. That a discount of £10 is offered to households who sign up before 1 March 2027."),
              ("h", "Reasons for the decision:"),
              ("p", "The service must recover its costs.")]
    return html_paper(folder / "decision.html", "Decision - Garden Waste Charges - Pellingham Borough Council", blocks)


DECISION_PAGE_EXPECTED = ["garden waste charge is set at £52", "discount of £10"]


# -- 9-10: budget amendment forms ------------------------------------------------------------------

def budget_amendment_form_docx(folder):
    rows = [["Budget amendment form", ""],
            ["Proposed by", "Cllr Nadia Fenwick"],
            ["Seconded by", "Cllr Owen Tarrant"],
            ["Amendment", "Council is asked to agree that £45,000 is taken from the transformation reserve to keep "
                          "Stoneleigh library open on Saturdays in 2027/28."],
            ["Section 151 Officer comments", "The reserve can meet this one-off cost."]]
    return docx_paper(folder / "amendment.docx", "Harnwick District Council",
                      [("p", "Budget Council - 24 February 2027"), ("t", rows)])


BUDGET_FORM_EXPECTED = ["£45,000 is taken from the transformation reserve"]


def budget_amendment_lettered_txt(folder):
    blocks = [("p", "KESTERFORD CITY COUNCIL - BUDGET MEETING 26 FEBRUARY 2027"),
              ("p", "AMENDMENT TO THE REVENUE BUDGET 2027/28"),
              ("p", "Proposer: Cllr Ruth Allard   Seconder: Cllr Dev Kapoor"),
              ("p", "Council is asked to agree:"),
              ("p", "(a) an additional £30,000 for the street cleansing team, met by cutting the events budget;"),
              ("p", "(b) the removal of the £5 charge for replacement recycling boxes."),
              ("p", "Finance comment: the amendment is balanced and can be delivered.")]
    return txt_paper(folder / "amendment.txt", blocks)


BUDGET_LETTERED_EXPECTED = ["additional £30,000 for the street cleansing team",
                            "removal of the £5 charge for replacement recycling boxes"]


# -- 11-14: lead-ins ----------------------------------------------------------------------------------

def cabinet_asked_numbered_docx(folder):
    blocks = [("p", "Report to Cabinet - 15 July 2026"),
              ("p", "Local Cycling and Walking Infrastructure Plan"),
              ("h", "Recommendations"),
              ("p", "The Cabinet is asked to:"),
              ("n", "adopt the Local Cycling and Walking Infrastructure Plan;"),
              ("n", "agree the first three routes for detailed design; and"),
              ("n", "delegate bids for government funding to the Director of Place."),
              ("h", "Background"),
              ("p", FILLER)]
    return docx_paper(folder / "lcwip.docx", "Fordingham County Council", blocks)


CABINET_NUMBERED_EXPECTED = ["adopt the Local Cycling and Walking Infrastructure Plan", "first three routes",
                             "delegate bids for government funding"]


def recommended_capitals_pdf(folder):
    blocks = [("h", "1. Purpose"),
              ("p", "1.1 To report the outcome of the review of the Council's hackney carriage fares."),
              ("h", "2. Recommendations"),
              ("p", "2.1 It is RECOMMENDED that:"),
              ("p", "(a) the revised table of hackney carriage fares at Appendix A is approved for consultation;"),
              ("p", "(b) any objections are reported to the Licensing Committee in January 2027; and"),
              ("p", "(c) the new fares take effect on 1 March 2027 if no objections are received."),
              ("h", "3. Background"),
              ("p", "3.1 " + FILLER)]
    return pdf_paper(folder / "fares.pdf", "Licensing Committee 14 October 2026",
                     ["Wexcombe District Council", "Review of Hackney Carriage Fares"], blocks)


RECOMMENDED_CAPITALS_EXPECTED = ["revised table of hackney carriage fares", "objections are reported to the Licensing Committee",
                                 "new fares take effect on 1 March 2027"]


def recommended_capitals_single_html(folder):
    blocks = [("h", "Recommendation"),
              ("p", "It is RECOMMENDED that the Committee approves the Statement of Licensing Policy 2027-2032 "
                    "for adoption by Council."),
              ("h", "Reasons for recommendation"),
              ("p", "The policy must be reviewed every five years.")]
    return html_paper(folder / "policy.html", "Statement of Licensing Policy - Wexcombe District Council", blocks)


RECOMMENDED_SINGLE_EXPECTED = ["approves the Statement of Licensing Policy 2027-2032"]


def executive_summary_asks_docx(folder):
    blocks = [("p", "Report to the Health and Wellbeing Board - 22 October 2026"),
              ("h", "1. Executive summary"),
              ("p", "1.1 The Pharmaceutical Needs Assessment must be renewed every three years."),
              ("p", "1.2 The draft assessment finds enough pharmacies in every locality."),
              ("p", "1.3 The Board is recommended to:"),
              ("p", "(i) approve the draft Pharmaceutical Needs Assessment for a 60-day consultation;"),
              ("p", "(ii) delegate the final assessment to the Director of Public Health."),
              ("h", "2. Background"),
              ("p", "2.1 " + FILLER)]
    return docx_paper(folder / "pna.docx", "Tarrowby Council", blocks)


EXECUTIVE_SUMMARY_EXPECTED = ["draft Pharmaceutical Needs Assessment for a 60-day consultation",
                              "delegate the final assessment"]


# -- 15-17: paragraph-numbered recommendations ------------------------------------------------------

def numbered_paragraphs_pdf(folder):
    blocks = [("h", "1. Introduction"),
              ("p", "1.1 " + FILLER),
              ("h", "3. Recommendations"),
              ("p", "3.1 That the Committee approves the Internal Audit Charter for 2027/28."),
              ("p", "3.2 That the Committee notes the audit opinion of reasonable assurance for 2025/26."),
              ("p", "3.3 That the Committee asks the Head of Audit to report on the follow-up of priority "
                    "actions in January."),
              ("h", "4. Reasons for Recommendations"),
              ("p", "4.1 The charter must be approved each year.")]
    return pdf_paper(folder / "audit.pdf", "Audit and Standards Committee 28 July 2026",
                     ["Pencastle Borough Council", "Internal Audit Annual Report"], blocks)


NUMBERED_PARAGRAPHS_EXPECTED = ["approves the Internal Audit Charter", "audit opinion of reasonable assurance",
                                "follow-up of priority actions"]


def numbered_paragraphs_caps_txt(folder):
    blocks = [("p", "REPORT TO: PLANNING COMMITTEE"),
              ("p", "DATE: 19 NOVEMBER 2026"),
              ("p", "SUBJECT: ARTICLE 4 DIRECTION - HOUSES IN MULTIPLE OCCUPATION"),
              ("p", "2.0 RECOMMENDATIONS"),
              ("p", "2.1 Members are recommended to make a non-immediate Article 4 Direction for the Abbeygate "
                    "and Riverside wards."),
              ("p", "2.2 Members are recommended to note that the Direction will come into force after twelve "
                    "months."),
              ("p", "3.0 BACKGROUND"),
              ("p", "3.1 " + FILLER)]
    return txt_paper(folder / "article4.txt", blocks)


NUMBERED_CAPS_EXPECTED = ["non-immediate Article 4 Direction", "come into force after twelve months"]


def numbered_paragraphs_sub_items_html(folder):
    blocks = [("h", "5. Recommendations"),
              ("p", "5.1 The Committee is asked to:"),
              ("p", "5.1.1 agree the fees and charges for bereavement services in Appendix 1;"),
              ("p", "5.1.2 agree a concession of 50% for the burial of children under 18."),
              ("p", "5.2 The Committee is also asked to note the comparison with neighbouring crematoria."),
              ("h", "6. Financial implications"),
              ("p", "6.1 The new fees add £38,000 of income.")]
    return html_paper(folder / "bereavement.html", "Bereavement Services Fees - Calderholme Council", blocks)


SUB_ITEMS_EXPECTED = ["fees and charges for bereavement services", "concession of 50%",
                      "comparison with neighbouring crematoria"]


# -- 18-19: bilingual and Welsh layouts -------------------------------------------------------------

def bilingual_label_lines_txt(folder):
    blocks = [("p", "CYNGOR BWRDEISTREF SIROL GLANFFRWD / GLANFFRWD COUNTY BOROUGH COUNCIL"),
              ("p", "Adroddiad i'r Cabinet / Report to Cabinet - 7 October 2026"),
              ("p", "Argymhellion / Recommendations"),
              ("p", "1. That Cabinet approves the Local Toilets Strategy 2026-2030."),
              ("p", "2. That Cabinet agrees grants of up to £2,000 to community venues that open their toilets."),
              ("p", "Rhesymau dros yr argymhellion / Reasons for the recommendations"),
              ("p", "The Council must publish a strategy under the Public Health (Wales) Act 2017.")]
    return txt_paper(folder / "toilets.txt", blocks)


BILINGUAL_LINES_EXPECTED = ["approves the Local Toilets Strategy 2026-2030", "grants of up to £2,000"]


def welsh_board_cover_pdf(folder):
    rows = [["Enw'r Pwyllgor / Name of Committee", "Finance Committee"],
            ["Teitl yr Adroddiad / Report Title", "Month 6 Financial Position"],
            ["Pwrpas yr Adroddiad / Purpose of the Report", "Er Sicrwydd / For Assurance"],
            ["Argymhelliad / Recommendation", "The Committee is asked to:\n- NOTE the deficit of £14.2m at month 6;\n"
                                              "- SUPPORT the recovery actions set out in section 4."]]
    return pdf_paper(folder / "finance.pdf", "Finance Committee 26 October 2026",
                     ["Bwrdd Iechyd Afonwen / Afonwen Health Board", "Month 6 Financial Position"],
                     [("t", rows), ("h", "Sefyllfa / Situation"), ("p", FILLER)], widths=(60, 110))


WELSH_BOARD_COVER_EXPECTED = ["NOTE the deficit of £14.2m", "SUPPORT the recovery actions"]


# -- 20-23: negatives ---------------------------------------------------------------------------------

def information_only_cover_docx(folder):
    rows = [["Report title", "Patient Experience Quarterly Update"],
            ["Purpose", "Approval ☐   Assurance ☐   Discussion ☐   Information ☒"],
            ["Action required", "None - for information"],
            ["Executive summary", "Complaints fell by 8% in the quarter; compliments rose by 12%."]]
    return docx_paper(folder / "experience.docx", "Ravensholme Hospitals NHS Trust",
                      [("t", rows), ("h", "Background"), ("p", FILLER)])


def minutes_resolved_negative_txt(folder):
    blocks = [("p", "MINUTES OF THE MEETING OF THE ENVIRONMENT COMMITTEE HELD ON 8 SEPTEMBER 2026"),
              ("p", "Present: Cllrs Amos (Chair), Betts, Clowes and Dunmore"),
              ("p", "21. Tree Strategy"),
              ("p", "The Committee considered the report of the Head of Parks. Members were asked to approve the "
                    "tree strategy and did so after a short debate."),
              ("p", "RESOLVED: That the tree strategy be approved."),
              ("p", "22. Date of next meeting"),
              ("p", "The next meeting will be held on 10 November 2026.")]
    return txt_paper(folder / "minutes.txt", blocks)


def audit_tracker_negative_html(folder):
    rows = [["Ref", "Recommendation", "Management response", "Status"],
            ["1", "The Council should reconcile the payroll system monthly.", "Agreed", "Implemented"],
            ["2", "Leavers should be removed from the system within five days.", "Agreed", "In progress"]]
    blocks = [("h", "Internal audit follow-up: payroll"),
              ("p", "This report is for information. No decision is required."),
              ("t", rows)]
    return html_paper(folder / "payroll.html", "Internal Audit Follow-up - Wellbrook District Council", blocks)


def noting_cover_no_ask_docx(folder):
    rows = [["Title", "Chair's Report"],
            ["Purpose", "To update the Board on the Chair's activities since the last meeting."],
            ["Action required", "Information"]]
    return docx_paper(folder / "chair.docx", "Sandmere Mental Health NHS Trust",
                      [("t", rows), ("p", "The Chair visited four wards and met the new governors.")])


PAPERS = {
    "nhs_cover_tick_boxes_docx": (nhs_cover_tick_boxes_docx, NHS_TICK_EXPECTED),
    "nhs_cover_action_required_pdf": (nhs_cover_action_required_pdf, NHS_ACTION_REQUIRED_EXPECTED),
    "nhs_board_asked_verbs_html": (nhs_board_asked_verbs_html, NHS_BOARD_VERBS_EXPECTED),
    "icb_cover_purpose_and_asks_docx": (icb_cover_purpose_and_asks_docx, ICB_COVER_EXPECTED),
    "nhs_cover_lines_txt": (nhs_cover_lines_txt, NHS_COVER_LINES_EXPECTED),
    "agenda_recommendation_under_items_html": (agenda_recommendation_under_items_html, AGENDA_UNDER_ITEMS_EXPECTED),
    "agenda_item_purpose_recommendations_pdf": (agenda_item_purpose_recommendations_pdf, AGENDA_PURPOSE_EXPECTED),
    "decision_page_recommended_html": (decision_page_recommended_html, DECISION_PAGE_EXPECTED),
    "budget_amendment_form_docx": (budget_amendment_form_docx, BUDGET_FORM_EXPECTED),
    "budget_amendment_lettered_txt": (budget_amendment_lettered_txt, BUDGET_LETTERED_EXPECTED),
    "cabinet_asked_numbered_docx": (cabinet_asked_numbered_docx, CABINET_NUMBERED_EXPECTED),
    "recommended_capitals_pdf": (recommended_capitals_pdf, RECOMMENDED_CAPITALS_EXPECTED),
    "recommended_capitals_single_html": (recommended_capitals_single_html, RECOMMENDED_SINGLE_EXPECTED),
    "executive_summary_asks_docx": (executive_summary_asks_docx, EXECUTIVE_SUMMARY_EXPECTED),
    "numbered_paragraphs_pdf": (numbered_paragraphs_pdf, NUMBERED_PARAGRAPHS_EXPECTED),
    "numbered_paragraphs_caps_txt": (numbered_paragraphs_caps_txt, NUMBERED_CAPS_EXPECTED),
    "numbered_paragraphs_sub_items_html": (numbered_paragraphs_sub_items_html, SUB_ITEMS_EXPECTED),
    "bilingual_label_lines_txt": (bilingual_label_lines_txt, BILINGUAL_LINES_EXPECTED),
    "welsh_board_cover_pdf": (welsh_board_cover_pdf, WELSH_BOARD_COVER_EXPECTED),
    "information_only_cover_docx": (information_only_cover_docx, []),
    "minutes_resolved_negative_txt": (minutes_resolved_negative_txt, []),
    "audit_tracker_negative_html": (audit_tracker_negative_html, []),
    "noting_cover_no_ask_docx": (noting_cover_no_ask_docx, []),
}

# -- second batch (24-33), written after the first batch's mends: harder cover and list layouts ------------

def unruled_cover_pdf(folder):
    import pdfgen
    pdf = pdfgen.Paper(running_header="Audit Committee 21 January 2027")
    pdfgen.cover(pdf, "Millbrook District Council", [
        ["Report of:", "Chief Finance Officer"],
        ["Subject:", "Treasury Management Strategy 2027/28"],
        ["Recommendation:", "That the Committee recommends the Treasury Management Strategy 2027/28 to Council "
                            "for approval."],
        ["Wards affected:", "All"]], ruled=False)
    pdfgen.heading(pdf, "1. Background", 11)
    pdfgen.paragraph(pdf, FILLER)
    return pdfgen.save(pdf, folder / "treasury.pdf")


UNRULED_COVER_EXPECTED = ["recommends the Treasury Management Strategy 2027/28 to Council"]


def combined_label_cover_docx(folder):
    rows = [["Title of paper", "Maternity Incentive Scheme Year 7 Declaration"],
            ["Recommendation / action required", "The Board is asked to approve the declaration of compliance with "
                                                 "all ten safety actions for submission to NHS Resolution."],
            ["Previously considered by", "Quality Committee, 12 November 2026"]]
    return docx_paper(folder / "mis.docx", "Larkmoor Hospitals NHS Foundation Trust",
                      [("t", rows), ("h", "Background"), ("p", FILLER)])


COMBINED_LABEL_EXPECTED = ["declaration of compliance with all ten safety actions"]


def recommendation_to_body_cover_html(folder):
    rows = [["Report to", "Health and Wellbeing Board"],
            ["Recommendation to the Board", "1. Endorse the Better Care Fund plan for 2027/28.\n"
                                            "2. Delegate sign-off of the final submission to the Chair."],
            ["Contact officer", "Head of Integration"]]
    return html_paper(folder / "bcf.html", "Better Care Fund Plan - Oakshire County Council",
                      [("t", rows), ("h", "Background"), ("p", FILLER)])


RECOMMENDATION_TO_BODY_EXPECTED = ["Endorse the Better Care Fund plan", "Delegate sign-off of the final submission"]


def two_asks_one_paragraph_docx(folder):
    blocks = [("p", "Report to the Finance and Performance Committee, 2 December 2026"),
              ("h", "Recommendation"),
              ("p", "The Committee is asked to approve the capital programme for 2027/28. The Committee is also "
                    "asked to note the risk that the scanner replacement slips into 2028/29."),
              ("h", "Executive summary"),
              ("p", "The programme totals £18.4m, of which £6.1m is for medical equipment.")]
    return docx_paper(folder / "capital.docx", "Westholm Community NHS Trust", blocks)


TWO_ASKS_EXPECTED = ["approve the capital programme for 2027/28", "scanner replacement slips"]


def summary_row_ask_pdf(folder):
    rows = [["Title", "Annual Complaints Report 2025/26"],
            ["Summary", "Complaints rose by 6% in the year, mostly about car parking and outpatient letters. "
                        "The Committee is asked to receive the annual complaints report for publication."],
            ["Lead director", "Director of Nursing"]]
    return pdf_paper(folder / "complaints.pdf", "Patient Experience Committee 19 August 2026",
                     ["Greyfriars University Hospitals NHS Trust", "Annual Complaints Report"],
                     [("t", rows), ("h", "1. Introduction"), ("p", FILLER)], widths=(45, 125))


SUMMARY_ROW_EXPECTED = ["receive the annual complaints report for publication"]


def letter_dot_items_pdf(folder):
    blocks = [("h", "2. Recommendations"),
              ("p", "2.1 The Cabinet is recommended to:"),
              ("p", "a. approve the disposal of the former Orchard House care home to Hollins Housing Association;"),
              ("p", "b. agree that the capital receipt is used for the new day centre; and"),
              ("p", "c. authorise the Director of Law to complete the transfer."),
              ("h", "3. Background"),
              ("p", "3.1 " + FILLER)]
    return pdf_paper(folder / "orchard.pdf", "Cabinet 14 January 2027",
                     ["Wrayhampton Borough Council", "Disposal of Orchard House"], blocks)


LETTER_DOT_EXPECTED = ["disposal of the former Orchard House", "capital receipt is used for the new day centre",
                       "complete the transfer"]


def roman_paren_items_txt(folder):
    blocks = [("p", "SOUTH ARDEN INTEGRATION JOINT BOARD"),
              ("p", "MEETING: 4 MARCH 2027"),
              ("p", "REPORT TITLE: Budget 2027/28"),
              ("p", "RECOMMENDATIONS"),
              ("p", "The Integration Joint Board is asked to:"),
              ("p", "i) approve the budget of £312.6m for 2027/28;"),
              ("p", "ii) issue directions to South Arden Council and NHS South Arden to deliver the budget; and"),
              ("p", "iii) note the savings of £7.2m still to be identified."),
              ("p", "DIRECTIONS"),
              ("p", "Directions are required to both partners.")]
    return txt_paper(folder / "ijb.txt", blocks)


ROMAN_PAREN_EXPECTED = ["approve the budget of £312.6m", "issue directions to South Arden Council",
                        "savings of £7.2m"]


def short_note_ask_cover_docx(folder):
    rows = [["Agenda item", "14"],
            ["Report title", "Freedom to Speak Up Guardian Report"],
            ["Action required", "Approve ☐   Discuss ☐   Note ☒"],
            ["Recommendation", "The Board is asked to NOTE the report."]]
    return docx_paper(folder / "ftsu.docx", "Northcliffe Ambulance Service NHS Trust",
                      [("t", rows), ("h", "Introduction"), ("p", FILLER)])


SHORT_NOTE_EXPECTED = ["NOTE the report"]


def bold_label_word_list_docx(folder):
    blocks = [("p", "Report to the Planning Policy Panel - 8 February 2027"),
              ("p", "Subject: Brownfield Land Register 2027"),
              ("p", "RECOMMENDATION(S)"),
              ("n", "That the Panel approves the Brownfield Land Register 2027 for publication."),
              ("n", "That the Panel agrees to review Part 2 of the register in 2028."),
              ("p", "1. Introduction"),
              ("p", "1.1 " + FILLER)]
    return docx_paper(folder / "brownfield.docx", "Haddon Vale Borough Council", blocks)


BOLD_LABEL_EXPECTED = ["approves the Brownfield Land Register 2027", "review Part 2 of the register"]


def moderngov_strong_label_html(folder):
    text = ("<html><head><title>Report - Quarry Road Play Area</title></head><body>"
            "<h1>Quarry Road Play Area Refurbishment</h1>"
            "<p><strong>Purpose of report:</strong> To seek approval to refurbish the play area.</p>"
            "<p><strong>Recommendations:</strong></p>"
            "<ol type='a'><li>That the Committee approves the refurbishment of Quarry Road play area at a cost of "
            "£95,000.</li><li>That the Committee accepts the grant of £40,000 from the Ashworth Trust.</li></ol>"
            "<p><strong>Reasons for recommendations:</strong> The equipment has reached the end of its life.</p>"
            "</body></html>")
    path = folder / "play.html"
    path.write_text(text, encoding="utf-8")
    return path


MODERNGOV_STRONG_EXPECTED = ["refurbishment of Quarry Road play area", "grant of £40,000 from the Ashworth Trust"]


SECOND_BATCH = {
    "unruled_cover_pdf": (unruled_cover_pdf, UNRULED_COVER_EXPECTED),
    "combined_label_cover_docx": (combined_label_cover_docx, COMBINED_LABEL_EXPECTED),
    "recommendation_to_body_cover_html": (recommendation_to_body_cover_html, RECOMMENDATION_TO_BODY_EXPECTED),
    "two_asks_one_paragraph_docx": (two_asks_one_paragraph_docx, TWO_ASKS_EXPECTED),
    "summary_row_ask_pdf": (summary_row_ask_pdf, SUMMARY_ROW_EXPECTED),
    "letter_dot_items_pdf": (letter_dot_items_pdf, LETTER_DOT_EXPECTED),
    "roman_paren_items_txt": (roman_paren_items_txt, ROMAN_PAREN_EXPECTED),
    "short_note_ask_cover_docx": (short_note_ask_cover_docx, SHORT_NOTE_EXPECTED),
    "bold_label_word_list_docx": (bold_label_word_list_docx, BOLD_LABEL_EXPECTED),
    "moderngov_strong_label_html": (moderngov_strong_label_html, MODERNGOV_STRONG_EXPECTED),
}
PAPERS.update(SECOND_BATCH)


# Text of the blocks after a list (or beside it on a cover) that no recommendation may run on into.
FORBIDDEN = ["Background", "Executive summary", "Reasons for", "Rhesymau", "Financial implications", "Section 151",
             "Finance comment", "Link to BAF", "Conflicts of interest", "Urgent business", "Questions from Members",
             "Situation", "Sefyllfa", "Introduction", "BACKGROUND", "Approval ☒", "[X]", "The proportion of staff",
             "Wards affected", "Previously considered", "Contact officer", "Author:", "Directions are required",
             "Note ☒", "The programme totals", "Complaints rose"]
