"""Probe papers for contracts, parties and providers (stop 20): each states who provides what for whom in
a layout or wording the earlier contract probes did not use, and some mention organisations and money
only in passing (negatives).  Every authority, firm, person and figure is invented.

``PAPERS`` maps a name to (format, blocks, expected).  ``blocks`` is a list of (kind, content): "h" a
heading, "p" a paragraph, "b" a bullet, "t" a table (first row its header; a cell may hold "\\n").
``build(name, folder)`` writes the paper in its format (PDF via pdfgen, DOCX via docxgen, HTML inside a
council web page's chrome, TXT or MD) and returns its path.  ``expected`` is a list of
(commissioners, provider, value): ``commissioners`` a tuple of the acceptable commissioners, ``value``
None for a relation stated without a sum.  The expectations were written before the tool was run.

First run (before any mend): 23 of 30 papers fully right.
"""
from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402

FILLER = ("The service has been reviewed each year since 2020 and the findings were reported to the portfolio "
          "holder, who asked officers to set out the options in full before any change.")


def _pdf(path: Path, blocks) -> Path:
    pdf = pdfgen.Paper(running_header=blocks[0][1])
    pdf.add_page()
    for kind, content in blocks:
        if kind == "h":
            pdfgen.heading(pdf, content)
        elif kind == "p":
            pdfgen.paragraph(pdf, content)
        elif kind == "b":
            pdfgen.bullet(pdf, content)
        elif kind == "t":
            n = len(content[0])
            pdfgen.table(pdf, content, widths=[170 / n] * n)
    return pdfgen.save(pdf, path)


def _docx(path: Path, blocks) -> Path:
    doc = docxgen.new("Democratic Services", dt.datetime(2026, 3, 2, 9, 0))
    for i, (kind, content) in enumerate(blocks):
        if kind == "h":
            if i == 0:
                docxgen.banner(doc, content)
            else:
                doc.add_heading(content, level=2)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "b":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "t":
            docxgen.table(doc, content)
    doc.save(str(path))
    return path


def _html(path: Path, blocks) -> Path:
    body = []
    for i, (kind, content) in enumerate(blocks):
        if kind == "h":
            body.append(f"<h{1 if i == 0 else 2}>{html.escape(content)}</h{1 if i == 0 else 2}>")
        elif kind == "p":
            body.append(f"<p>{html.escape(content)}</p>")
        elif kind == "b":
            body.append(f"<ul><li>{html.escape(content)}</li></ul>")
        elif kind == "t":
            head = "".join(f"<th>{html.escape(c).replace(chr(10), '<br>')}</th>" for c in content[0])
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c).replace(chr(10), '<br>')}</td>" for c in row)
                           + "</tr>" for row in content[1:])
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    page = ("<!DOCTYPE html><html><head><title>" + html.escape(blocks[1][1] if len(blocks) > 1 else blocks[0][1])
            + "</title></head><body><header><nav><a href='/'>Home</a> | <a href='/bins'>Bins and recycling</a> | "
            "<a href='/council-tax'>Council tax</a> | <a href='/contact'>Contact us</a></nav></header>"
            "<main>" + "\n".join(body) + "</main><footer><p>Cookies | Accessibility statement | Privacy notice</p>"
            "<p>Follow us on social media</p></footer></body></html>")
    path.write_text(page, encoding="utf-8")
    return path


def _text(path: Path, blocks, markdown: bool) -> Path:
    out = []
    for i, (kind, content) in enumerate(blocks):
        if kind == "h":
            out.append(("# " if i == 0 else "## ") + content if markdown else content.upper() if i == 0 else content)
        elif kind == "p":
            out.append(content)
        elif kind == "b":
            out.append("- " + content)
        elif kind == "t":
            if markdown:
                out.append("| " + " | ".join(c.replace("\n", " ") for c in content[0]) + " |")
                out.append("|" + "---|" * len(content[0]))
                out.extend("| " + " | ".join(row) + " |" for row in content[1:])
            else:
                out.extend("    ".join(c.replace("\n", " ") for c in row) for row in content)
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return path


def build(name: str, folder: Path) -> Path:
    fmt, blocks, _ = PAPERS[name]
    path = Path(folder) / f"{name}.{fmt}"
    if fmt == "pdf":
        return _pdf(path, blocks)
    if fmt == "docx":
        return _docx(path, blocks)
    if fmt == "html":
        return _html(path, blocks)
    return _text(path, blocks, markdown=fmt == "md")


PAPERS: dict = {
    # 1. "X runs the service for the Council" with an annual cost, no word "contract".
    "runs_for_the_council": ("txt", [
        ("h", "Kelmarsh District Council"), ("h", "Communities Overview Committee - 12 May 2026"),
        ("h", "Community transport review"),
        ("p", "1.1 Brackenfold Community Transport runs the dial-a-ride service for the Council at a cost of "
              "£145,000 a year, carrying about 9,000 passengers."),
        ("p", "1.2 " + FILLER)],
        [(("Kelmarsh District Council",), "Brackenfold Community Transport", 145_000)]),

    # 2. "delivered by X under a block arrangement worth £V per annum".
    "block_arrangement": ("pdf", [
        ("h", "Westmere County Council - Adult Social Care Committee"), ("h", "Home care in the western locality"),
        ("p", "2.1 Home care in the western locality is delivered by Ashgrove Care Partnership under a block "
              "arrangement worth £1.2m per annum."),
        ("p", "2.2 " + FILLER)],
        [(("Westmere County Council",), "Ashgrove Care Partnership", 1_200_000)]),

    # 3. "X were appointed to ..." without a value.
    "were_appointed": ("docx", [
        ("h", "Harlow Fen Borough Council"), ("h", "Corporate Property Board"), ("h", "Condition surveys"),
        ("p", "Following a mini-competition, Tillbrook Surveyors were appointed to carry out condition surveys of "
              "the Council's 140 operational buildings."),
        ("p", FILLER)],
        [(("Harlow Fen Borough Council",), "Tillbrook Surveyors", None)]),

    # 4. "The incumbent, X, ..." on a web page.
    "incumbent_apposition": ("html", [
        ("h", "Dunmoor Council"), ("h", "Leisure management options - Cabinet 3 June 2026"),
        ("p", "The incumbent, Greyfriars Leisure, will continue to operate the three leisure centres until 31 "
              "March 2027."),
        ("p", FILLER)],
        [(("Dunmoor Council",), "Greyfriars Leisure", None)]),

    # 5. "Our partners X deliver S, funded at £V a year" (Markdown).
    "our_partners": ("md", [
        ("h", "Norbridge City Council"), ("h", "Health and Wellbeing Board"), ("h", "Independent advocacy"),
        ("p", "Our partners Carewell Advocacy deliver the independent advocacy service, funded at £88,000 a year "
              "from the public health grant."),
        ("p", FILLER)],
        [(("Norbridge City Council",), "Carewell Advocacy", 88_000)]),

    # 6. A Carers Centre (no legal suffix) granted an annual sum.
    "carers_centre": ("pdf", [
        ("h", "Fenbury Borough Council - Cabinet"), ("h", "Support for unpaid carers"),
        ("p", "3.1 The Council grants £62,500 a year to Marsh Lane Carers Centre for carers' assessments and "
              "short breaks."),
        ("p", "3.2 " + FILLER)],
        [(("Fenbury Borough Council",), "Marsh Lane Carers Centre", 62_500)]),

    # 7. An ICB commissions a GP Federation.
    "gp_federation": ("txt", [
        ("h", "NHS Harrowdale Integrated Care Board"), ("h", "Primary Care Commissioning Committee"),
        ("h", "Enhanced access 2026/27"),
        ("p", "NHS Harrowdale Integrated Care Board has commissioned Ouseley GP Federation to provide the "
              "enhanced access service at £410,000 for 2026/27."),
        ("p", FILLER)],
        [(("NHS Harrowdale Integrated Care Board",), "Ouseley GP Federation", 410_000)]),

    # 8. A one-word consultancy commissioned for a fee.
    "one_word_consultancy": ("docx", [
        ("h", "Aldwick District Council"), ("h", "Environment Scrutiny Panel"), ("h", "Parking strategy"),
        ("p", "Fieldstone were commissioned to review the Council's parking strategy at a fee of £38,500."),
        ("p", FILLER)],
        [(("Aldwick District Council",), "Fieldstone", 38_500)]),

    # 9. "X, a registered charity," provides S under a grant agreement.
    "registered_charity": ("pdf", [
        ("h", "Calder Moor Council - Health Scrutiny"), ("h", "Home from hospital"),
        ("p", "4.1 Home from hospital support is provided by Brightwater Neighbours, a registered charity, under a "
              "grant agreement of £54,000 a year."),
        ("p", "4.2 " + FILLER)],
        [(("Calder Moor Council",), "Brightwater Neighbours", 54_000)]),

    # 10. A contracts table whose supplier column is headed "Provider".
    "table_provider_column": ("pdf", [
        ("h", "Stanwick County Council - Procurement Board"), ("h", "Contracts ending in 2026/27"),
        ("p", "The table below lists the contracts that end in the coming year."),
        ("t", [["Service", "Provider", "Annual value (£)", "End date"],
               ["Day opportunities", "Hollins Day Services", "310,000", "30/09/2026"],
               ["Floating support", "Keystone Housing Support", "475,000", "31/03/2027"],
               ["Sensory impairment service", "Clearsight Stanwick", "96,000", "31/12/2026"]]),
        ("p", FILLER)],
        [(("Stanwick County Council",), "Hollins Day Services", 310_000),
         (("Stanwick County Council",), "Keystone Housing Support", 475_000),
         (("Stanwick County Council",), "Clearsight Stanwick", 96_000)]),

    # 11. DOCX table: "Name of supplier" and two-line headers.
    "table_supplier_multiline": ("docx", [
        ("h", "Brindle Vale Council"), ("h", "Audit and Governance Committee"), ("h", "Waivers of contract rules"),
        ("p", "Waivers approved in the last quarter are listed below."),
        ("t", [["Contract\ndescription", "Name of\nsupplier", "Total\nvalue", "Expiry"],
               ["Pest control", "Swiftkill Pest Services", "£27,400", "March 2027"],
               ["Tree surgery", "Oakline Arboriculture", "£61,000", "June 2027"]]),
        ("p", FILLER)],
        [(("Brindle Vale Council",), "Swiftkill Pest Services", 27_400),
         (("Brindle Vale Council",), "Oakline Arboriculture", 61_000)]),

    # 12. An HTML grants table to voluntary bodies, headed "Organisation".
    "table_organisation_grants": ("html", [
        ("h", "Lowther Vale Council"), ("h", "Community grants 2026/27 - Cabinet Member decision"),
        ("p", "The following voluntary and community organisations will receive grants in 2026/27."),
        ("t", [["Organisation", "Project funded", "Grant 2026/27"],
               ["Lowther Food Share", "Community pantry", "£18,000"],
               ["Riverside Men's Shed", "Workshop running costs", "£6,500"],
               ["Vale Youth Theatre", "Holiday drama sessions", "£9,200"]]),
        ("p", FILLER)],
        [(("Lowther Vale Council",), "Lowther Food Share", 18_000),
         (("Lowther Vale Council",), "Riverside Men's Shed", 6_500),
         (("Lowther Vale Council",), "Vale Youth Theatre", 9_200)]),

    # 13. Grants to a parish council and a programme (not contracts) beside one to a youth charity.
    "grants_public_vs_vcs": ("txt", [
        ("h", "Saltby Borough Council"), ("h", "Cabinet - 9 July 2026"), ("h", "Rural fund allocations"),
        ("p", "5.1 £250,000 is allocated to the Holm Park regeneration programme for 2026/27."),
        ("p", "5.2 A grant of £40,000 will be paid to Saltby Parish Council towards the village hall roof."),
        ("p", "5.3 A grant of £12,000 is awarded to Saltby Youth Project CIO to run its detached youth work."),
        ("p", FILLER)],
        [(("Saltby Borough Council",), "Saltby Youth Project CIO", 12_000)]),

    # 14. Joint commissioning by a council and an ICB.
    "joint_commissioning": ("pdf", [
        ("h", "Rowmere Council - Health and Wellbeing Board"), ("h", "Drug and alcohol recovery"),
        ("p", "6.1 The service is jointly commissioned by Rowmere Council and NHS Rowmere Integrated Care Board and "
              "is provided by Pathways Recovery Partnership at £2.3m a year."),
        ("p", "6.2 " + FILLER)],
        [(("Rowmere Council", "NHS Rowmere Integrated Care Board"), "Pathways Recovery Partnership", 2_300_000)]),

    # 15. A trust's own board paper: NHS England commissions the trust.
    "nhs_england_commissions_trust": ("txt", [
        ("h", "Wexley Hospitals NHS Foundation Trust"), ("h", "Board of Directors - 30 April 2026"),
        ("h", "Specialised services"),
        ("p", "NHS England commissions the Trust to provide specialised burns care; the contract value for 2026/27 "
              "is £6.8m."),
        ("p", FILLER)],
        [(("NHS England",), "Wexley Hospitals NHS Foundation Trust", 6_800_000)]),

    # 16. A provider trust's board paper about its head contract and its own subcontract.
    "provider_own_board": ("docx", [
        ("h", "Harrowdale Community Health NHS Trust"), ("h", "Finance and Performance Committee"),
        ("h", "Contracts update"),
        ("p", "The Trust holds a contract with NHS Harrowdale Integrated Care Board for community nursing worth "
              "£14.2m in 2026/27."),
        ("p", "The Trust has subcontracted its wound care clinics to Tissuewell Ltd at £320,000 a year."),
        ("p", FILLER)],
        [(("NHS Harrowdale Integrated Care Board",), "Harrowdale Community Health NHS Trust", 14_200_000),
         (("Harrowdale Community Health NHS Trust",), "Tissuewell Ltd", 320_000)]),

    # 17. "X has been commissioned to evaluate ..." without a value (Markdown).
    "commissioned_to_no_value": ("md", [
        ("h", "Banford City Council"), ("h", "Children's Scrutiny Committee"), ("h", "Family hubs pilot"),
        ("p", "Kestrel Research has been commissioned to evaluate the family hubs pilot and will report in "
              "the autumn."),
        ("p", FILLER)],
        [(("Banford City Council",), "Kestrel Research", None)]),

    # 18. An IJB's directions to the health board and council.
    "ijb_directions": ("txt", [
        ("h", "Glenard Integration Joint Board"), ("h", "Meeting of 18 June 2026"), ("h", "Directions 2026/27"),
        ("p", "Directions to NHS Glenard and Glenard Council are issued to deliver the functions delegated to "
              "the Board in line with the Strategic Plan."),
        ("p", FILLER)],
        [(("Glenard Integration Joint Board",), "NHS Glenard", None),
         (("Glenard Integration Joint Board",), "Glenard Council", None)]),

    # 19. Negative: consultees and a budget.
    "neg_consultees": ("pdf", [
        ("h", "Fernleigh District Council - Cabinet"), ("h", "Town centre strategy"),
        ("p", "7.1 We consulted Age Concern Fernleigh, Fernleigh Chamber of Commerce and Fernleigh Tenants' "
              "Federation on the draft strategy."),
        ("p", "7.2 The strategy's delivery budget is £3.2m over three years."),
        ("p", "7.3 " + FILLER)], []),

    # 20. Negative: a funder awarding the Council money.
    "neg_funder": ("html", [
        ("h", "Tolland Council"), ("h", "Summer festival - Cabinet Member report"),
        ("p", "Northern Lanterns Foundation has awarded the Council £75,000 towards the summer festival."),
        ("p", FILLER)], []),

    # 21. Negative: partners merely attending.
    "neg_partners_attending": ("txt", [
        ("h", "Tolworth Borough Council"), ("h", "Safer Communities Partnership - minutes"),
        ("p", "Present: Cllr Hana Vose (Chair), Cllr Ian Pruett."),
        ("p", "Also attending: representatives of Tolworth Housing Association, Tolworth Fire and Rescue and "
              "Tolworth Volunteer Centre."),
        ("p", "The partnership noted the antisocial behaviour figures for the quarter.")], []),

    # 22. Bidders not awarded beside the one awarded.
    "bidders_not_awarded": ("docx", [
        ("h", "Clowes Valley Council"), ("h", "Cabinet"), ("h", "Grounds maintenance tender"),
        ("p", "Three bids were received, from Ashby Grounds Ltd, Verdant Works Ltd and Clearfield Landscapes "
              "Ltd."),
        ("p", "The contract was awarded to Verdant Works Ltd at £212,000 a year."),
        ("p", FILLER)],
        [(("Clowes Valley Council",), "Verdant Works Ltd", 212_000)]),

    # 23. Negative: a tenant accepting a tenancy.
    "neg_tenancy": ("pdf", [
        ("h", "Millbeck Council - Asset Management Committee"), ("h", "Mill Yard units"),
        ("p", "8.1 Mr Dorian Pask accepted the contract of tenancy for Unit 4 at Mill Yard at a rent of £9,500 a "
              "year."),
        ("p", "8.2 " + FILLER)], []),

    # 24. Negative: a club's fee.
    "neg_club_fee": ("txt", [
        ("h", "Hatherby Town Council"), ("h", "Licensing Sub-Committee"),
        ("p", "Hatherby Football Club's inspection fee of £450 will be waived this season."),
        ("p", FILLER)], []),

    # 25. "will be delivered by X from ..., under a three-year arrangement costing £V" on a web page.
    "delivered_by_from_date": ("html", [
        ("h", "Penmarrow Council"), ("h", "Meals at home - Cabinet 4 March 2026"),
        ("p", "Meals at home will be delivered by Oakhurst Kitchens from 1 October 2026, under a three-year "
              "arrangement costing £390,000."),
        ("p", FILLER)],
        [(("Penmarrow Council",), "Oakhurst Kitchens", 390_000)]),

    # 26. An officer decision record with "Provider:" and "Annual value:" label rows.
    "decision_record_labels": ("docx", [
        ("h", "Ambleford Council - Officer Decision Record"),
        ("t", [["Field", "Detail"], ["Decision", "Award of the supported housing service"],
               ["Provider", "Lantern Housing Support"], ["Annual value", "£220,000"], ["Term", "Three years"]]),
        ("p", FILLER)],
        [(("Ambleford Council",), "Lantern Housing Support", 220_000)]),

    # 27. An ICB funds a hospice ("funds X to provide").
    "icb_funds_hospice": ("pdf", [
        ("h", "NHS Thornvale Integrated Care Board - Board"), ("h", "End of life care"),
        ("p", "NHS Thornvale Integrated Care Board funds Ravensmoor Hospice to provide ten specialist palliative "
              "care beds at £1.1m a year."),
        ("p", FILLER)],
        [(("NHS Thornvale Integrated Care Board",), "Ravensmoor Hospice", 1_100_000)]),

    # 28. PDF table with a two-line "Provider / Organisation" header and "per annum" value header.
    "table_two_line_header_pdf": ("pdf", [
        ("h", "Carnford Borough Council - Housing Committee"), ("h", "Housing related support"),
        ("t", [["Scheme", "Provider /\norganisation", "Contract value\n(per annum)"],
               ["Young people's foyer", "Carnford Foyer Trust", "£186,000"],
               ["Women's refuge", "Safe Haven Carnford", "£142,000"]]),
        ("p", FILLER)],
        [(("Carnford Borough Council",), "Carnford Foyer Trust", 186_000),
         (("Carnford Borough Council",), "Safe Haven Carnford", 142_000)]),

    # 29. Negative: working in partnership with a college, a programme budget.
    "neg_partnership_budget": ("md", [
        ("h", "Dalebrook Council"), ("h", "Economy Committee"), ("h", "Skills programme"),
        ("p", "The Council will work in partnership with Dalebrook College to raise adult skills; the programme "
              "budget is £500,000 over two years."),
        ("p", FILLER)], []),

    # 30. "£V is paid to X" in a bullet list "S: X (£V)".
    "bullet_service_provider_brackets": ("txt", [
        ("h", "Ormsby Vale Council"), ("h", "Public Health Sub-Committee"), ("h", "Commissioned services"),
        ("p", "The public health grant pays for these services:"),
        ("b", "Stop smoking: Breathe Ormsby (£132,000 a year)"),
        ("b", "Sexual health outreach: Clarity Clinics (£208,000 a year)"),
        ("p", FILLER)],
        [(("Ormsby Vale Council",), "Breathe Ormsby", 132_000),
         (("Ormsby Vale Council",), "Clarity Clinics", 208_000)]),
}
