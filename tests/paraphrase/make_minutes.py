"""Build the minutes-round paraphrase papers that need a binary format: a trust board's
minutes as DOCX (python-docx) and a borough cabinet's minutes as PDF (tests/pdfgen.py).
Fictional authorities and providers only.  Run from the repository root:

    .venv/bin/python tests/paraphrase/make_minutes.py

The generated files are committed beside the other papers; rebuilding them gives the same text
(the DOCX zip's timestamps differ, its text does not).
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
sys.path.insert(0, str(HERE.parent))

import pdfgen  # noqa: E402

DOCX_NAME = "calderbrook-chft_2025-02-26_board-of-directors_minutes.docx"
PDF_NAME = "oakhurst-mbc_2024-11-13_cabinet_minutes.pdf"
COMPANY_DOCX_NAME = "brantwood-homes_2024-09-10_board-of-directors_minutes.docx"
TABLE_DOCX_NAME = "holmbury-credit-union_2024-01-16_board_minutes.docx"
TABLE_PDF_NAME = "thurlow-bay-harbour-trust_2024-10-10_board_minutes.pdf"


def make_docx(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Calderbrook Community Health NHS Foundation Trust")
    doc.add_heading("Minutes of the Board of Directors meeting held in public", level=1)
    doc.add_paragraph("Date: Wednesday 26 February 2025, 9.30 am")
    doc.add_paragraph("Venue: Seminar Room 2, Calderbrook Health Campus")
    doc.add_paragraph("Present: Dr Alan Whitcombe (Chair); Fiona Gale (Chief Executive); Mark Tennant "
                      "(Director of Finance); Yasmin Patel (Director of Nursing); Gareth Lowe and Elaine Birch "
                      "(Non-Executive Directors)")
    doc.add_paragraph("In attendance: Rosa Kemp (Trust Secretary)")

    doc.add_heading("BoD/25/014 Minutes of the previous meeting", level=2)
    doc.add_paragraph("Resolved \u2013 That the minutes of the meeting held on 29 January 2025 be approved as a "
                      "correct record.")

    doc.add_heading("BoD/25/015 Finance report \u2013 month 10", level=2)
    doc.add_paragraph("The Director of Finance reported a year-to-date surplus of £0.4m against a planned "
                      "deficit. Agency spending had fallen for the fourth month running. Non-executive directors "
                      "asked for more detail on the cost of the winter escalation beds.")
    doc.add_paragraph("The Board RESOLVED:")
    doc.add_paragraph("a) to note the month 10 financial position;")
    doc.add_paragraph("b) to approve the revised capital programme for 2025/26; and")
    doc.add_paragraph("c) to delegate to the Director of Finance the submission of the final operational plan, "
                      "subject to review by the Chair of the Finance and Performance Committee.")

    doc.add_heading("BoD/25/016 Community podiatry", level=2)
    doc.add_paragraph("The Director of Nursing presented a proposal to subcontract nail surgery to Stepwell "
                      "Podiatry Ltd at a value of £210,000 a year, to clear the waiting list in the west of the "
                      "county.")
    doc.add_paragraph("RESOLVED (unanimously) that the subcontract for nail surgery be awarded to Stepwell "
                      "Podiatry Ltd for two years from 1 April 2025, subject to the completion of due diligence.")

    doc.add_heading("BoD/25/017 Estates strategy 2025-2030", level=2)
    doc.add_paragraph("The Chief Executive introduced the draft estates strategy. Governors had asked to see "
                      "it before the Board decided.")
    doc.add_paragraph("Decision: DEFERRED to the next meeting so that the Council of Governors can be consulted.")

    doc.add_heading("BoD/25/018 Overnight opening of Hillcrest minor injuries unit", level=2)
    doc.add_paragraph("The Director of Nursing proposed that the unit close overnight from April. Directors "
                      "were concerned about the effect on the emergency department at Calderbrook General.")
    doc.add_paragraph("The recommendation was not agreed (three in favour, four against).")

    doc.add_heading("BoD/25/019 Items for approval and noting", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Item", "Decision", "Owner")):
        cell.text = text
    for row in (("Register of use of the Trust seal", "Approved", "Trust Secretary"),
                ("Audit Committee terms of reference", "Approved with one change to the quorum",
                 "Trust Secretary"),
                ("Board Assurance Framework, quarter 3", "Noted", "Director of Nursing")):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    doc.add_heading("BoD/25/020 Date of next meeting", level=2)
    doc.add_paragraph("Wednesday 26 March 2025 at 9.30 am.")
    doc.core_properties.title = "Minutes of the Board of Directors meeting held in public"
    doc.save(path)
    return path


def make_pdf(path: Path) -> Path:
    pdf = pdfgen.Paper(running_header="Oakhurst Metropolitan Borough Council - Cabinet - 13 November 2024",
                       title="Cabinet minutes 13 November 2024")
    pdf.add_page()
    pdfgen.heading(pdf, "OAKHURST METROPOLITAN BOROUGH COUNCIL", size=14)
    pdfgen.heading(pdf, "Minutes of the meeting of the Cabinet held on Wednesday 13 November 2024 at 10.00 am")
    pdfgen.paragraph(pdf, "Present: Councillor Denise Farrow (Leader of the Council, in the Chair); Councillors "
                          "Ben Archer, Leah Conway, Sam Ibbotson, Martin Quayle and Ruth Sowerby.")
    pdfgen.paragraph(pdf, "Officers: Chief Executive; Director of Resources; Director of Housing; Head of "
                          "Libraries and Culture.")
    pdfgen.heading(pdf, "45/24 Minutes", size=11)
    pdfgen.paragraph(pdf, "Decision: That the minutes of the meeting held on 16 October 2024 be approved.")
    pdfgen.heading(pdf, "46/24 Revenue budget monitoring - quarter 2", size=11)
    pdfgen.paragraph(pdf, "The Director of Resources presented the report, which forecast an overspend of "
                          "£2.3m, mainly in children's placements. Members asked whether the overspend could be "
                          "met from reserves.")
    pdfgen.paragraph(pdf, "Members noted the report.")
    pdfgen.heading(pdf, "47/24 Library service review", size=11)
    pdfgen.paragraph(pdf, "The Head of Libraries and Culture set out proposals for new opening hours at eight "
                          "branch libraries.")
    pdfgen.paragraph(pdf, "The Cabinet agreed to consult on the proposed opening hours for eight weeks from "
                          "2 December 2024, and to ask the Overview and Scrutiny Committee to comment on the "
                          "results before a final decision is made.")
    pdfgen.heading(pdf, "48/24 Housing allocations policy", size=11)
    pdfgen.paragraph(pdf, "A proposal to give priority to applicants with a local connection of five years was "
                          "put to the vote. The recommendation was lost, three members voting for and three "
                          "against, with the Leader's casting vote against.")
    pdfgen.paragraph(pdf, "Outcome: Officers to bring a revised allocations policy to the Cabinet meeting on "
                          "15 January 2025.")
    pdfgen.heading(pdf, "49/24 Home adaptations framework", size=11)
    pdfgen.paragraph(pdf, "The Director of Housing reported that Ashdown Builders Ltd had submitted the most "
                          "economically advantageous tender for the home adaptations framework.")
    pdfgen.paragraph(pdf, "The Cabinet RESOLVED:")
    pdfgen.paragraph(pdf, "(a) that Ashdown Builders Ltd be appointed to the home adaptations framework for four "
                          "years from 1 January 2025;")
    pdfgen.paragraph(pdf, "(b) that authority be delegated to the Director of Housing to call off works of up "
                          "to £250,000 for each scheme; and")
    pdfgen.paragraph(pdf, "(c) that the framework be reviewed after two years.")
    pdfgen.heading(pdf, "50/24 Fees and charges 2025/26", size=11)
    pdfgen.paragraph(pdf, "RESOLVED (unanimously) that the fees and charges for 2025/26 set out in Appendix A be "
                          "approved, subject to the removal of the proposed increase in allotment rents.")
    pdfgen.heading(pdf, "51/24 Town centre parking", size=11)
    pdfgen.paragraph(pdf, "Decision: That consideration of the town centre parking strategy be DEFERRED to the "
                          "next meeting.")
    pdfgen.paragraph(pdf, "The meeting closed at 11.40 am.")
    return pdfgen.save(pdf, path)


def make_company_docx(path: Path) -> Path:
    """A council-owned housing company's board minutes: a company's resolution wordings."""
    doc = Document()
    doc.add_paragraph("BRANTWOOD HOMES LIMITED (company number 09876543)")
    doc.add_heading("Minutes of a meeting of the Board of Directors held at Brantwood House on "
                    "10 September 2024 at 4.00 pm", level=1)
    doc.add_paragraph("Present: Alison Grant (Chair), Peter Lowe, Ravi Menon, Claire Doyle, Tom Hart")
    doc.add_paragraph("In attendance: Joanna Price (Company Secretary)")
    doc.add_paragraph("The Chair confirmed that a quorum was present.")
    doc.add_heading("1. Declarations of interest", level=2)
    doc.add_paragraph("No director declared an interest.")
    doc.add_heading("2. Business plan 2025-2028", level=2)
    doc.add_paragraph("The Managing Director presented the business plan, which provides for 120 new homes over "
                      "three years.")
    doc.add_paragraph("IT WAS RESOLVED THAT the business plan 2025-2028 be approved and submitted to Brantwood "
                      "District Council as shareholder for its consent.")
    doc.add_heading("3. Build contract for Mill Lane", level=2)
    doc.add_paragraph("Resolution 3/2024: To appoint Castleford Construction Ltd as main contractor for the Mill "
                      "Lane scheme at a contract sum of £4,250,000.")
    doc.add_paragraph("Proposed: A. Grant    Seconded: P. Lowe")
    doc.add_paragraph("For: 5    Against: 0    Abstentions: 0")
    doc.add_paragraph("Carried.")
    doc.add_heading("4. Rents", level=2)
    doc.add_paragraph("The directors RESOLVED to increase rents by 2.7% from 1 April 2025, in line with the rent "
                      "standard.")
    doc.add_heading("5. Company secretary", level=2)
    doc.add_paragraph("It was noted that the Company Secretary would retire in December. The Board thanked her "
                      "for twelve years of service. RESOLVED that Ms Joanna Price be succeeded as Company "
                      "Secretary by Mr Daniel Shaw with effect from 1 January 2025.")
    doc.add_heading("6. Any other business", level=2)
    doc.add_paragraph("None.")
    doc.add_paragraph("The meeting closed at 5.40 pm.")
    doc.save(path)
    return path


def make_table_docx(path: Path) -> Path:
    """A credit union's board minutes laid out as one table: Ref | Item | Discussion and decisions | Action."""
    doc = Document()
    doc.add_paragraph("Holmbury Credit Union Limited")
    doc.add_heading("Board meeting minutes - 16 January 2024", level=1)
    doc.add_paragraph("Held at the Holmbury branch, 7.00 pm. Directors present: Alan Reid (Chair), Grace Obi "
                      "(Treasurer), Sam Fenton, Nadia Kaur. In attendance: Helen Moss (Manager).")
    rows = [
        ("Ref", "Item", "Discussion and decisions", "Action"),
        ("B1/24", "Welcome and apologies", "The Chair welcomed directors. Apologies were received from Mary Tait.", ""),
        ("B2/24", "Minutes of previous meeting",
         "The minutes of the meeting on 14 November 2023 were approved.\nMatters arising: all actions complete.", ""),
        ("B3/24", "Management accounts", "The Treasurer presented the accounts to 31 December 2023. Loan arrears "
         "had fallen to 4.1%.\nThe Board noted the accounts.", ""),
        ("B4/24", "Dividend", "After discussion the Board agreed to recommend a dividend of 1.5% to the AGM.",
         "Treasurer"),
        ("B5/24", "Banking system", "The contract with Ledgerline Systems Ltd for the members' banking system ends "
         "in June. Two quotes were considered.\nDecision: to renew with Ledgerline Systems Ltd for three years at "
         "£18,000 a year.", "Manager"),
        ("B6/24", "Lending policy review", "Approved", "Manager"),
        ("B7/24", "Volunteer recognition", "Proposal to hold a volunteers' evening in March. Agreed.", "Secretary"),
        ("B8/24", "Any other business", "None.", ""),
    ]
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_paragraph("Date of next meeting: 12 March 2024")
    doc.save(path)
    return path


def make_table_pdf(path: Path) -> Path:
    """A trust port's board minutes as a ruled PDF table with a Decision column."""
    pdf = pdfgen.Paper(running_header="Thurlow Bay Harbour Trust - Board - 10 October 2024")
    pdf.add_page()
    pdfgen.heading(pdf, "THURLOW BAY HARBOUR TRUST", size=14)
    pdfgen.heading(pdf, "Minutes of the Board of Trustees meeting, 10 October 2024")
    pdfgen.paragraph(pdf, "Present: Jean Marr (Chair), Capt. Ian Boyd, Ruth Lowry, Colin Tweed. In attendance: "
                          "Harbour Master; Clerk to the Trust.")
    pdfgen.table(pdf, [
        ["Minute", "Subject", "Notes", "Decision"],
        ["1", "Apologies", "Apologies from Capt. R. Hale.", ""],
        ["2", "Previous minutes", "Minutes of 5 September 2024 reviewed.", "Approved as a true record"],
        ["3", "Mooring charges 2025", "Harbour Master proposed a 4% increase from 1 April 2025.", "Agreed"],
        ["4", "Dredging contract", "Three tenders received; Deepwater Marine Ltd lowest at £265,000.",
         "Award to Deepwater Marine Ltd approved"],
        ["5", "Slipway closure", "Proposal to close the east slipway in winter.", "Not agreed"],
        ["6", "Harbour office lease", "Terms not yet settled.", "Deferred to December meeting"],
        ["7", "Safety report", "No incidents reported.", "Noted"],
    ], widths=[16, 38, 70, 46])
    pdfgen.paragraph(pdf, "The meeting closed at 8.35 pm.")
    return pdfgen.save(pdf, path)


if __name__ == "__main__":
    print(make_docx(PAPERS / DOCX_NAME))
    print(make_pdf(PAPERS / PDF_NAME))
    print(make_company_docx(PAPERS / COMPANY_DOCX_NAME))
    print(make_table_docx(PAPERS / TABLE_DOCX_NAME))
    print(make_table_pdf(PAPERS / TABLE_PDF_NAME))
