"""Probe papers for decisions (stop 19, p19d): fictional authorities, bodies and people, each recording
its decisions in a different real-world way, with the decisions each must give written before the tool ran.

Each builder writes one paper into a folder and returns its path; EXPECTED maps the builder to the
decisions (a distinctive phrase of each, in order) it must give.  The last three papers record
discussion only and must give none.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
from pdfgen import headed_paper  # noqa: E402


_pdf = headed_paper


def _docx(path, author, title_lines, body):
    doc = docxgen.new(author, dt.datetime(2025, 10, 1, 9, 0))
    docxgen.banner(doc, title_lines[0])
    for line in title_lines[1:]:
        doc.add_paragraph(line)
    for kind, text in body:
        if kind == "h":
            doc.add_heading(text, level=2)
        elif kind == "t":
            docxgen.table(doc, text[0])
        else:
            for line in text.split("\n"):
                doc.add_paragraph(line)
    doc.save(path)
    return Path(path)


def _txt(path, text):
    Path(path).write_text(text, encoding="utf-8")
    return Path(path)


# 1. County council printed minutes: debate, an amendment lost, another carried, then RESOLVED that.
def county_council(folder):
    return _pdf(folder / "wendlecombe-cc_2025-07-17_council-minutes.pdf", "Wendlecombe County Council - 17 July 2025",
                ["WENDLECOMBE COUNTY COUNCIL", "MINUTES of the meeting of the County Council held at Shire Hall, "
                 "Wendlecombe on Thursday 17 July 2025 at 10.30 am"],
                [("p", "PRESENT: Councillor R Attwell (Chairman), Councillors B Dunmore, H Fasque, L Grieve, "
                       "O Mbeki, P Quantock and T Rowse."),
                 ("h", "31. Highways Maintenance Plan 2025-2030"),
                 ("p", "Councillor Dunmore moved and Councillor Grieve seconded the recommendations of the Cabinet "
                       "set out in the report. Members debated the condition of rural C-class roads."),
                 ("p", "Councillor Fasque moved an amendment, seconded by Councillor Rowse, to add £2m for "
                       "footway repairs funded from reserves. On being put to the vote the amendment was LOST."),
                 ("p", "Councillor Mbeki moved an amendment, seconded by Councillor Quantock, that the plan be "
                       "reviewed after two years. On being put to the vote the amendment was CARRIED and became "
                       "the substantive motion."),
                 ("p", "RESOLVED that the Highways Maintenance Plan 2025-2030 be adopted and that it be reviewed "
                       "by the Cabinet after two years."),
                 ("h", "32. Appointments to Outside Bodies"),
                 ("p", "RESOLVED that Councillor Grieve be appointed to the Wendle Valley Drainage Board for the "
                       "remainder of the municipal year.")])


# 2. Cabinet minutes: each item ends "Cabinet agreed to: (a) ... (b) ...".
def cabinet_agreed_to(folder):
    return _docx(folder / "ashcombe-bc_2025-09-09_cabinet-minutes.docx", "Committee Services",
                 ["Ashcombe Borough Council", "Minutes of the Cabinet meeting held on 9 September 2025"],
                 [("p", "Present: Councillors J Penhale (Leader), M Osgood, R Treloar, S Vickery."),
                  ("h", "4. Leisure Centre Refurbishment"),
                  ("p", "The Portfolio Holder for Leisure introduced the report. Members asked about the timing of "
                        "the pool closure and were told it would be during the summer."),
                  ("p", "Cabinet agreed to:\n(a) approve a capital budget of £1.9m for the refurbishment of "
                        "Penwarden Leisure Centre;\n(b) delegate the award of the building contract to the "
                        "Director of Place."),
                  ("h", "5. Council Tax Support Scheme 2026/27"),
                  ("p", "The Portfolio Holder for Finance presented the proposed scheme."),
                  ("p", "Cabinet agreed to:\n(a) consult on the draft scheme for eight weeks;\n(b) note the "
                        "estimated cost of the scheme.")])


# 3. NHS trust board minutes: APPROVED / NOTED / RATIFIED in capitals mid-paragraph.
def trust_board_capitals(folder):
    return _pdf(folder / "kestrelford-hospitals_2025-06-05_board-minutes.pdf",
                "Kestrelford Hospitals NHS Foundation Trust - Board of Directors",
                ["Kestrelford Hospitals NHS Foundation Trust", "Minutes of the Board of Directors meeting held in "
                 "public on 5 June 2025"],
                [("p", "Present: Dame Ruth Halloway (Chair), Mr K Asante (Chief Executive), Mrs L Fenwick "
                       "(Chief Finance Officer), Dr P Moreau (Medical Director)."),
                 ("h", "BD/25/061 Annual Plan 2025/26"),
                 ("p", "The Chief Finance Officer introduced the annual plan, which set a break-even position. "
                       "After discussion the Board APPROVED the annual plan for 2025/26 for submission to the "
                       "regional team."),
                 ("h", "BD/25/062 Integrated Performance Report"),
                 ("p", "Dr Moreau summarised elective recovery. The Board NOTED the integrated performance report "
                       "for April 2025."),
                 ("h", "BD/25/063 Urgent Decisions"),
                 ("p", "The Board RATIFIED the decision taken by the Chair and Chief Executive on 20 May 2025 to "
                       "extend the pathology managed service contract by six months.")])


# 4. ICB committee minutes table: Item | Discussion | Outcome/Decision.
def icb_table(folder):
    rows = [["Item", "Discussion", "Outcome / Decision"],
            ["PC/25/14 Community Pharmacy Hypertension Case-Finding",
             "The Head of Primary Care described uptake across the four places. Members asked about equity of "
             "access in rural areas.",
             "The Committee approved the extension of the local enhanced service to 31 March 2026."],
            ["PC/25/15 GP Practice Merger: Orchard and Millbrook",
             "The committee considered the application and the patient engagement findings.",
             "The Committee supported the merger of Orchard Surgery and Millbrook Health Centre from 1 October 2025."],
            ["PC/25/16 Primary Care Risk Register",
             "Two new risks were described relating to estates.",
             "Noted."]]
    return _pdf(folder / "nhs-tamberley-icb_2025-08-14_primary-care-committee-minutes.pdf",
                "NHS Tamberley Integrated Care Board - Primary Care Commissioning Committee",
                ["NHS Tamberley Integrated Care Board", "Primary Care Commissioning Committee",
                 "Minutes of the meeting held on 14 August 2025"],
                [("p", "Present: Ms A Okafor (Chair, Non-Executive Member), Dr J Lyle, Mr T Brennan."),
                 ("t", (rows, [45, 65, 60]))])


# 5. ModernGov "Decision details" HTML page.
def moderngov_decision_details(folder):
    html = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Decision - Adoption of the Tree and Woodland Strategy | Harnby District Council</title></head>
<body><div id="header"><a href="/">Home</a> <a href="/mgListCommittees.aspx">Committees</a></div>
<div id="mainContent">
<h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">Adoption of the Tree and Woodland Strategy</h2>
<p><strong>Decision Maker:</strong> Cabinet</p>
<p><strong>Decision status:</strong> Recommendations Approved</p>
<p><strong>Is Key decision?:</strong> Yes</p>
<p><strong>Is subject to call in?:</strong> Yes</p>
<h3>Purpose:</h3><p>To adopt a strategy for tree planting and woodland management across the district.</p>
<h3>Decision:</h3>
<p>1. That the Tree and Woodland Strategy 2025-2035 be adopted.</p>
<p>2. That the Head of Environment be authorised to make minor amendments to the strategy before publication.</p>
<h3>Reasons for the decision:</h3><p>The district has low canopy cover compared with its neighbours.</p>
<h3>Alternative options considered:</h3><p>Not adopting a strategy was considered and rejected.</p>
<p><strong>Publication date:</strong> 24/09/2025</p>
<p><strong>Date of decision:</strong> 23/09/2025</p>
<p><strong>Decided at meeting:</strong> 23/09/2025 - Cabinet</p>
<p><strong>Effective from:</strong> 01/10/2025</p>
</div></body></html>"""
    path = folder / "harnby-dc_2025-09-23_decision-details.html"
    path.write_text(html, encoding="utf-8")
    return path


# 6. A decision notice with Decision: / Reasons for decision: / Alternatives considered: labels.
def decision_notice_labels(folder):
    return _txt(folder / "corrastow-council_2025-10-02_notice-of-decision.txt", """CORRASTOW COUNCIL
NOTICE OF DECISION

Decision maker: Executive Member for Housing
Date of decision: 2 October 2025
Subject: Empty Homes Loan Scheme

Decision:
The Executive Member approved the launch of an Empty Homes Loan Scheme with a fund of £600,000.

Reasons for decision:
There are 412 long-term empty homes in the borough and the scheme will bring some back into use.

Alternatives considered:
Grants instead of loans were considered and rejected because the money would not be recycled.

Declarations of interest: None.
""")


# 7. Parish council: "It was RESOLVED to ..." with proposer and seconder initials.
def parish_council(folder):
    return _docx(folder / "little-haddow-pc_2025-05-12_minutes.docx", "Parish Clerk",
                 ["Little Haddow Parish Council", "Minutes of the Parish Council meeting held on Monday 12 May 2025 "
                  "at 7.30pm in the Village Hall"],
                 [("p", "Present: Cllrs G Pike (Chair), D Moss, E Carrow, F Lund. Clerk: Mrs H Yeo."),
                  ("h", "25/041 Playground Inspection"),
                  ("p", "The annual inspection report was discussed. Proposed DM, seconded EC, it was RESOLVED to "
                        "accept the quotation from Swingwell Play Ltd for £1,240 to replace the safety surfacing."),
                  ("h", "25/042 Grant to the Village Hall"),
                  ("p", "It was RESOLVED to award a grant of £500 to the Village Hall Committee towards new "
                        "chairs. Proposed FL, seconded GP, all in favour."),
                  ("h", "25/043 Correspondence"),
                  ("p", "A letter from a resident about speeding on Mill Lane was read. The Clerk will forward it "
                        "to the police.")])


# 8. Trustees' minutes with "Agreed:" and "Action:" lines.
def trustees_agreed(folder):
    return _txt(folder / "brightwell-community-trust_2025-04-22_trustees-minutes.txt", """Brightwell Community Trust
Minutes of the Board of Trustees meeting, 22 April 2025

Present: Sunita Rao (Chair), Owen Price, Megan Hale, Tom Ashdown
In attendance: Claire Doyle (Director)

1. Reserves policy
Claire presented a revised reserves policy setting a target of six months' running costs.
Agreed: the revised reserves policy was adopted.
Action: Claire to publish the policy on the website.

2. Lease of the Old Forge
Trustees discussed the draft lease terms from the landlord.
Agreed: to sign a five-year lease of the Old Forge at £9,000 a year.
Action: Owen to instruct solicitors.

3. Any other business
Megan reported that the volunteer awards evening would be held in June.
""")


# 9. Health and wellbeing board: "The Board resolved to note and endorse ...".
def hwb_resolved_to(folder):
    return _pdf(folder / "pellingham_2025-07-03_health-and-wellbeing-board-minutes.pdf",
                "Pellingham Health and Wellbeing Board - 3 July 2025",
                ["Pellingham Health and Wellbeing Board", "Minutes of the meeting held on 3 July 2025"],
                [("p", "Present: Councillor N Adeyemi (Chair), Dr F Chalk (ICB place lead), Mr S Harrow "
                       "(Director of Public Health), Ms V Lamb (Healthwatch)."),
                 ("h", "12. Joint Strategic Needs Assessment: Children's Oral Health"),
                 ("p", "The Director of Public Health presented the chapter. Members discussed fluoride varnish "
                       "programmes in early years settings."),
                 ("p", "The Board resolved to note and endorse the oral health chapter of the Joint Strategic "
                       "Needs Assessment."),
                 ("h", "13. Better Care Fund Plan 2025-26"),
                 ("p", "The Board resolved to approve the Better Care Fund plan for 2025-26 and to delegate sign-off "
                       "of the quarterly returns to the Chair.")])


# 10. A record of an officer decision.
def officer_decision(folder):
    rows = [["Decision taken by", "Director of Resources"],
            ["Date of decision", "15 August 2025"],
            ["Title", "Purchase of replacement refuse collection vehicles"],
            ["Decision", "To purchase four replacement refuse collection vehicles from Norcroft Fleet Ltd "
                         "at a total cost of £1,080,000 through the national framework."],
            ["Reasons", "Three of the existing vehicles are beyond economic repair."],
            ["Alternative options considered", "Leasing was considered and found more expensive."],
            ["Consultation", "The Portfolio Holder for Environment was consulted."]]
    return _docx(folder / "morrow-vale-dc_2025-08-15_officer-decision-record.docx", "Legal Services",
                 ["Morrow Vale District Council", "Record of Officer Decision"],
                 [("t", (rows, None)), ("p", "Signed: A. Kettering, Director of Resources")])


# 11. An IJB: "The IJB agreed:- (i) ... (ii) ...".
def ijb_agreed(folder):
    return _pdf(folder / "strathcorrie-ijb_2025-06-25_minutes.pdf", "Strathcorrie Integration Joint Board",
                ["STRATHCORRIE INTEGRATION JOINT BOARD", "Minute of Meeting held on 25 June 2025"],
                [("p", "Present: Councillor I MacRae (Chair), Ms E Dunbar (Vice Chair), Mr G Fraser (Chief "
                       "Officer), Ms K Stewart (Chief Finance Officer)."),
                 ("h", "7. Annual Accounts 2024/25 (Unaudited)"),
                 ("p", "There was submitted a report by the Chief Finance Officer presenting the unaudited annual "
                       "accounts for 2024/25."),
                 ("p", "The IJB agreed:-\n(i) to approve the unaudited annual accounts for submission to the "
                       "external auditor;\n(ii) that the reserves strategy be reviewed by the Audit and Risk "
                       "Committee."),
                 ("h", "8. Directions to the Health Board and Council"),
                 ("p", "After discussion, the IJB agreed to issue the revised directions set out in Appendix 1.")])


# 12. A vote recorded "For 32 Against 20 Abstain 2 - the motion was CARRIED".
def recorded_vote(folder):
    return _txt(folder / "glennford-city-council_2025-03-04_council-minutes.txt", """GLENNFORD CITY COUNCIL
Minutes of the Budget Meeting of the City Council held on 4 March 2025

67. Revenue Budget and Council Tax 2025/26
The Leader moved and the Deputy Leader seconded the motion that the revenue budget of £312.4m and a
council tax increase of 4.99 per cent be approved.
A recorded vote was taken:
For 32 Against 20 Abstain 2 - the motion was CARRIED.

68. Notice of Motion: Free School Meals
Councillor Ingle moved the motion set out on the agenda calling on the Government to extend free school meals.
For 21 Against 33 Abstain 0 - the motion was LOST.
""")


# 13-15. Discussion only: must give no decisions.
def discussion_scrutiny(folder):
    return _pdf(folder / "fernleigh-bc_2025-10-08_overview-and-scrutiny-minutes.pdf",
                "Fernleigh Borough Council - Overview and Scrutiny Committee",
                ["Fernleigh Borough Council", "Overview and Scrutiny Committee",
                 "Minutes of the meeting held on 8 October 2025"],
                [("p", "Present: Councillors W Ibbotson (Chair), C Nkemelu, R Sallis."),
                 ("h", "18. Housing Repairs Performance"),
                 ("p", "The Head of Housing gave an update on repairs performance. Members asked why damp and mould "
                       "cases were taking longer to close and were told that contractor capacity was limited."),
                 ("p", "It was suggested that a future meeting might look at the tenant satisfaction measures."),
                 ("h", "19. Work Programme"),
                 ("p", "Members discussed possible topics for the next year. The Chair said he would speak to the "
                       "Cabinet Member about timing.")])


def discussion_board_updates(folder):
    return _docx(folder / "oldcastle-community-health_2025-09-18_board-minutes.docx", "Trust Secretary",
                 ["Oldcastle Community Health NHS Trust", "Minutes of the Trust Board meeting held on 18 September "
                  "2025"],
                 [("p", "Present: Mr D Lowther (Chair), Ms J Kaur (Chief Executive), Mr P Stone (Director of "
                        "Nursing)."),
                  ("h", "TB/25/88 Chief Executive's Update"),
                  ("p", "Ms Kaur updated the Board on the national operating framework and the winter plan. The "
                        "update was provided for information."),
                  ("h", "TB/25/89 Patient Story"),
                  ("p", "The Board heard from a carer about her experience of the district nursing service. "
                        "Members thanked her for sharing her story."),
                  ("h", "TB/25/90 Questions from the Public"),
                  ("p", "A member of the public asked about car parking charges. The Director of Finance said a "
                        "written answer would be sent.")])


def discussion_forum(folder):
    return _txt(folder / "redbank-tenants-forum_2025-11-05_notes-of-meeting.txt", """Redbank Housing
Tenants' Forum - Notes of Meeting held on 5 November 2025

1. Welcome and introductions
The chair welcomed everyone and introductions were made.

2. Estate Services
Tenants raised concerns about grass cutting on the Holm estate. The Estates Manager explained that the
contractor had been short of staff over the summer. It was suggested that photos could be sent to the
estates team when problems arise.

3. Date of next meeting
The next forum will be on 4 February 2026.
""")


# 16. Planning committee minutes: determinations told in the passive and by an outcome label.
def planning_committee(folder):
    return _pdf(folder / "hollowmere-dc_2025-11-12_planning-committee-minutes.pdf",
                "Hollowmere District Council - Planning Committee - 12 November 2025",
                ["HOLLOWMERE DISTRICT COUNCIL", "PLANNING COMMITTEE",
                 "Minutes of the meeting held on 12 November 2025 at the Guildhall"],
                [("p", "Present: Councillors E Varga (Chair), N Holt, S Quigley, D Amadi and K Brook."),
                 ("h", "54. 25/0871/FUL - The Old Tannery, Brook Street"),
                 ("p", "The Planning Officer presented the application for conversion to nine flats. Planning "
                       "permission for a smaller scheme was granted in 2019. A neighbour spoke against the "
                       "application and the applicant's agent spoke in support."),
                 ("p", "Planning permission was granted subject to the conditions set out in the report and a "
                       "section 106 agreement for affordable housing."),
                 ("h", "55. 25/0902/OUT - Land north of Sedge Lane"),
                 ("p", "Members were concerned about flooding and access for the outline scheme of 40 homes."),
                 ("p", "Outline planning permission was refused because of the risk of flooding to neighbouring "
                       "properties.")])


# 17. A Word notice of an executive decision: labels as plain paragraphs, the decision a noun phrase.
def word_decision_notice(folder):
    return _docx(folder / "penrose-bc_2025-10-20_executive-decision-notice.docx", "Democratic Services",
                 ["Penrose Borough Council", "Executive Decision Notice"],
                 [("p", "Decision maker: Leader of the Council"),
                  ("p", "Date of decision: 20 October 2025"),
                  ("p", "Subject: Town centre wayfinding signs"),
                  ("p", "Decision:"),
                  ("p", "Award of the contract for the design and installation of wayfinding signs to Clearpath "
                        "Signage Ltd at a cost of £148,000."),
                  ("p", "Reasons for the decision:"),
                  ("p", "Clearpath Signage Ltd submitted the most economically advantageous tender."),
                  ("p", "Alternative options considered and rejected:"),
                  ("p", "Keeping the existing signs, which are damaged and out of date.")])


# The decisions each paper must give: a distinctive phrase of each, in order.
EXPECTED = {
    county_council: ["Highways Maintenance Plan 2025-2030 be adopted", "Grieve be appointed"],
    cabinet_agreed_to: ["capital budget of £1.9m", "delegate the award of the building contract",
                        "consult on the draft scheme", "note the estimated cost"],
    trust_board_capitals: ["APPROVED the annual plan", "NOTED the integrated performance report",
                           "RATIFIED the decision"],
    icb_table: ["extension of the local enhanced service", "merger of Orchard Surgery", "Risk Register"],
    moderngov_decision_details: ["Tree and Woodland Strategy 2025-2035 be adopted", "minor amendments"],
    decision_notice_labels: ["Empty Homes Loan Scheme with a fund"],
    parish_council: ["Swingwell Play", "grant of £500"],
    trustees_agreed: ["reserves policy was adopted", "five-year lease"],
    hwb_resolved_to: ["oral health chapter", "Better Care Fund plan"],
    officer_decision: ["four replacement refuse collection vehicles"],
    ijb_agreed: ["unaudited annual accounts for submission", "reserves strategy be reviewed",
                 "revised directions"],
    recorded_vote: ["revenue budget of £312.4m"],
    planning_committee: ["section 106 agreement", "risk of flooding"],
    word_decision_notice: ["Clearpath Signage Ltd at a cost"],
    discussion_scrutiny: [],
    discussion_board_updates: [],
    discussion_forum: [],
}
