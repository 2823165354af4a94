"""Regenerate the paraphrase papers of round `contracts7` (contracts with a value in wordings and layouts
the set lacked).

    .venv/bin/python tests/paraphrase/make_contracts7.py

* TXT: a borough's quarter 3 finance monitoring narrative ("The overspend is driven by the block contract
  with X (£V a year)", "the contract with X, worth £V a year, was re-let"), beside budgets, savings and reserves.
* Markdown: an audit committee's supplier spend analysis ("Top 10 suppliers by spend, 2024/25 (£000s)": the
  unit only in the caption; a levy to a public body and a pension contribution among the rows).
* HTML: an ICB board paper on its NHS contracts for 2025/26 ("an NHS Standard Contract with X for S, a block
  contract of £V", "under a cost-and-volume contract ... indicative value £V") and a section 75 pooled budget
  table Pooled budget line | Host | Provider | 2025/26 (£000).
* PDF (tests/pdfgen.py): a district cabinet's contract extension report: Contract | Provider | Original value |
  Extension value | Revised total, and the same in prose ("let in 2018 at an original value of £V ... would
  add £E, taking the revised total to £T").
* DOCX (python-docx): a county cabinet report on voluntary sector grants and service contracts: a multi-year
  table Organisation | Service | 2025/26 | 2026/27 | 2027/28 | Total, grants to charities to run services, a
  grant to a parish council (not a contract) and a call-off from a dynamic purchasing system.
* TXT: a procurement award report whose evaluation table (Tenderer | Quality (60%) | Price (40%) | Overall)
  holds scores only, and a second table of tendered prices (only the winner's price is a contract).

All authorities, providers, people and figures are fictional.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
sys.path.insert(0, str(HERE.parent))

import docxgen  # noqa: E402
import pdfgen  # noqa: E402

FINANCE_TXT = "ravensholt-bc_2025-02-05_cabinet_quarter-3-finance-monitoring.txt"
SPEND_MD = "kellingford-cc_2025-03-20_audit-committee_supplier-spend-analysis.md"
NHS_HTML = "ashdown-vale-icb_2025-03-19_board_nhs-contracts-2025-26.html"
EXTENSION_PDF = "brackdale-dc_2025-03-11_cabinet_waste-contracts-extension.pdf"
GRANTS_DOCX = "hollinsby-cc_2025-02-26_cabinet_voluntary-sector-funding.docx"
AWARD_TXT = "fennick-bc_2025-03-25_cabinet_housing-repairs-contract-award.txt"

FINANCE = """RAVENSHOLT BOROUGH COUNCIL

Cabinet
5 February 2025

Revenue Budget Monitoring: Quarter 3, 2024/25

Report of the Director of Finance

1. Purpose

1.1 This report sets out the forecast outturn against the 2024/25 revenue budget of £142.6m at the end of December 2024.

2. Recommendations

2.1 That Cabinet notes the forecast overspend of £1.9m for 2024/25.

2.2 That Cabinet approves the use of £1.2m from the Budget Resilience Reserve to balance the year.

3. Forecast outturn by directorate

3.1 Adult Social Care forecasts an overspend of £1.34m. The overspend is driven by the block contract with Elmcroft Care Homes Ltd for 62 nursing beds (£2.75m a year), where vacant beds are still paid for.

3.2 Children's Services forecasts an overspend of £860k, mainly on external residential placements.

3.3 Environment is forecast to underspend by £150k. Home to school transport has cost less since the contract with Northway Coaches Ltd, worth £780,000 a year, was re-let in September 2024 at a lower price.

3.4 In Housing, temporary accommodation costs have risen: the Council now pays Harbour Lets Ltd £410,000 a year to lease and manage 40 self-contained flats for homeless families, under an agreement that runs to March 2027.

3.5 Leisure income is below budget by £95k while the Ravensholt Pool is closed for repairs. The leisure operator, Active Ravensholt Trust, is paid a management fee of £620,000 a year, which is unchanged.

4. Savings

4.1 Of the £3.4m savings target for the year, £2.9m is forecast to be delivered.

5. Risks

5.1 Demand for nursing beds could rise further over the winter, adding to the Adult Social Care overspend. The service will review every placement over £1,500 a week before it is agreed.

Contact officer: Priya Shand, Director of Finance, priya.shand@ravensholt.gov.uk
"""

SPEND = """# Kellingford County Council

**Audit Committee — 20 March 2025**

## Supplier Spend Analysis 2024/25

Report of the Head of Procurement

### 1. Purpose

1.1 This report shows where the Council's third-party spend went in the first eleven months of 2024/25 and how much of it was under contract.

### 2. Recommendation

2.1 That the Committee notes the analysis of supplier spend.

### 3. Top suppliers by spend

3.1 Table 1 lists the ten largest recipients of Council spend from April 2024 to February 2025. Payments to other public bodies are included for completeness.

Table 1: Top 10 suppliers by spend, April 2024 to February 2025 (£000s)

| Rank | Supplier | What is bought | Spend |
|---|---|---|---|
| 1 | Kellingford Pension Fund | Employer pension contributions | 21,430 |
| 2 | Mercer Highways Ltd | Highways maintenance term contract | 14,870 |
| 3 | Brightstone Care Group Ltd | Residential and nursing care | 9,215 |
| 4 | Kellingford Fire Authority | Fire and rescue levy | 7,980 |
| 5 | Greyfold Waste Services Ltd | Waste disposal and recycling | 6,340 |
| 6 | Pathway Home Care Ltd | Home care | 4,125 |
| 7 | Kellingford Schools Transport Ltd | Home to school transport | 3,660 |
| 8 | Amberline Facilities Ltd | Building cleaning and security | 2,085 |
| 9 | Northgate Foster Care Agency Ltd | Independent fostering placements | 1,940 |
| 10 | Kellingford Libraries Trust | Library service management fee | 1,720 |

3.2 Spend with Amberline Facilities Ltd rose by a fifth after the new Civic Hub opened in June 2024.

### 4. Spend not under contract

4.1 The Council spent £2.3m with suppliers where no contract was in place, against £3.1m in 2023/24. Most of this was for agency social workers bought through Redgate Recruitment Ltd at £1.1m, which will be brought under the regional agency framework from 1 April 2025.

### 5. Risks

5.1 Spend without a contract could breach the Procurement Act 2023 and leave the Council paying more than it needs to. The Procurement Team will contact each budget holder with off-contract spend over £25,000 by the end of April 2025.

Contact: Owen Barraclough, Head of Procurement, owen.barraclough@kellingford.gov.uk
"""

NHS = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>NHS Contracts for 2025/26 - Board - 19 March 2025 - NHS Ashdown Vale Integrated Care Board</title></head>
<body>
<header><p>NHS Ashdown Vale Integrated Care Board</p></header>
<main>
<h1>NHS Contracts for 2025/26</h1>
<p><strong>Meeting:</strong> Board meeting in public</p>
<p><strong>Date:</strong> 19 March 2025</p>
<p><strong>Report of:</strong> Director of Finance and Contracting</p>
<h2>1. Recommendations</h2>
<p>The Board is asked to:</p>
<ol>
<li>approve the signing of the 2025/26 NHS contracts set out in section 2;</li>
<li>note the section 75 pooled budget lines in section 3.</li>
</ol>
<h2>2. Contracts with NHS providers</h2>
<p>2.1 The ICB will sign an NHS Standard Contract with Ashdown Vale Hospitals NHS Foundation Trust for acute hospital services for 2025/26: a block contract of £418.6m, with elective activity paid on a cost-and-volume basis above the block.</p>
<p>2.2 Community nursing, therapies and community hospital beds are bought from Vale Community Health NHS Trust under a cost-and-volume contract with an indicative value of £63.2m for the year.</p>
<p>2.3 Mental health services will continue under a block arrangement with Ashdown and Weald Partnership NHS Foundation Trust, worth £101.4m in 2025/26.</p>
<p>2.4 NHS 111 and the clinical assessment service are hosted by a neighbouring ICB; the ICB's share of that contract, £4.9m, is paid to NHS Weald and Downs Integrated Care Board.</p>
<h2>3. Section 75 pooled budget</h2>
<p>3.1 The ICB and Ashdown Vale County Council pool £38.5m under a section 75 agreement. Each line of the pooled budget is hosted by one partner, which holds the contracts for it.</p>
<table>
<caption>Table 2: Pooled budget lines, 2025/26 (£000)</caption>
<tr><th>Pooled budget line</th><th>Host</th><th>Provider</th><th>2025/26</th></tr>
<tr><td>Community equipment</td><td>Ashdown Vale County Council</td><td>Medistore Equipment Services Ltd</td><td>3,250</td></tr>
<tr><td>Intermediate care beds</td><td>NHS Ashdown Vale ICB</td><td>Vale Community Health NHS Trust</td><td>4,100</td></tr>
<tr><td>Carers' breaks</td><td>Ashdown Vale County Council</td><td>Ashdown Carers Trust</td><td>860</td></tr>
<tr><td>Disabled facilities grants</td><td>Ashdown Vale County Council</td><td>District councils</td><td>5,420</td></tr>
<tr><td>Total</td><td></td><td></td><td>13,630</td></tr>
</table>
<h2>4. Risks</h2>
<p>4.1 If elective activity at Ashdown Vale Hospitals NHS Foundation Trust runs above plan, the cost-and-volume element could exceed the £9.5m set aside for it. Activity will be reported to the Finance Committee every month.</p>
</main>
<footer><p>Contact: Ruth Ekwueme, Director of Finance and Contracting, ruth.ekwueme@nhs.net</p></footer>
</body>
</html>
"""

AWARD = """FENNICK BOROUGH COUNCIL

Cabinet - 25 March 2025

Award of the Responsive Housing Repairs Contract

Report of the Director of Housing

1. Purpose of report

1.1 To award the contract for responsive repairs to the Council's 6,800 homes from 1 July 2025, following an open tender.

2. Recommendation

2.1 That Cabinet awards the responsive housing repairs contract to Castleway Property Services Ltd for five years from 1 July 2025 at a tendered price of £27,450,000.

3. Tender evaluation

3.1 Four tenders were received. Each was scored for quality (60%) and price (40%).

Table 1: Evaluation scores

Tenderer | Quality (60%) | Price (40%) | Overall | Rank
Castleway Property Services Ltd | 52.8 | 37.1 | 89.9 | 1
Redbrook Maintenance Ltd | 49.2 | 38.6 | 87.8 | 2
Orwell Building Services Ltd | 47.5 | 36.0 | 83.5 | 3
Linthorpe Repairs Ltd | 40.1 | 40.0 | 80.1 | 4

3.2 The tendered prices for the five years were:

Table 2: Tendered prices (five years)

Tenderer | Tendered price
Castleway Property Services Ltd | £27,450,000
Redbrook Maintenance Ltd | £26,390,000
Orwell Building Services Ltd | £28,300,000
Linthorpe Repairs Ltd | £25,470,000

4. Financial implications

4.1 The contract will be paid for from the Housing Revenue Account repairs budget of £6.2m a year. The current contract with Fennick Maintenance Partnership Ltd, worth £5.1m a year, ends on 30 June 2025.

5. Risks

5.1 Mobilising a new contractor could disrupt repairs in the first months. Castleway Property Services Ltd will run a twelve-week mobilisation plan overseen by the Housing Management Board.

Contact officer: Daniel Okafor, Director of Housing, daniel.okafor@fennick.gov.uk
"""

EXTENSION_ROWS = [
    ["Contract", "Provider", "Original value", "Extension value", "Revised total"],
    ["Kerbside waste collection", "Tidyway Environmental Ltd", "£18,400,000", "£6,100,000", "£24,500,000"],
    ["Street cleansing", "Tidyway Environmental Ltd", "£5,250,000", "£1,650,000", "£6,900,000"],
    ["Bulky waste and reuse", "Brackdale Reuse CIC", "£420,000", "£140,000", "£560,000"],
]


def make_pdf(path: Path) -> Path:
    council = "Brackdale District Council"
    title = "Extension of the Waste and Cleansing Contracts"
    pdf = pdfgen.Paper(running_header=f"{council} - Cabinet - 11 March 2025", title=title, author=council)
    pdf.add_page()
    pdfgen.heading(pdf, council, size=15)
    pdfgen.text_lines(pdf, ["Cabinet", "11 March 2025"])
    pdfgen.heading(pdf, title, size=14)
    pdfgen.paragraph(pdf, "Report of: Head of Environmental Services")
    pdfgen.heading(pdf, "1. Recommendations")
    pdfgen.paragraph(pdf, "1.1 That Cabinet agrees to extend the three contracts in Table 1 by two years, to "
                          "31 March 2028, as the contracts allow.")
    pdfgen.heading(pdf, "2. Background")
    pdfgen.paragraph(pdf, "2.1 The kerbside waste collection contract with Tidyway Environmental Ltd was let in "
                          "2018 at an original value of £18.4m over seven years. The proposed two-year "
                          "extension would add £6.1m, taking the revised total to £24.5m.")
    pdfgen.paragraph(pdf, "2.2 Table 1 shows each contract's original value, the value of the extension and the "
                          "revised total.")
    pdfgen.paragraph(pdf, "Table 1: Contracts to be extended")
    pdfgen.table(pdf, EXTENSION_ROWS, widths=[38, 44, 29, 29, 29])
    pdfgen.heading(pdf, "3. Financial implications")
    pdfgen.paragraph(pdf, "3.1 The extensions are affordable within the waste budget of £4.9m a year. Extending "
                          "rather than retendering avoids procurement costs of about £120,000.")
    pdfgen.heading(pdf, "4. Risks")
    pdfgen.paragraph(pdf, "4.1 The collection fleet is ageing and breakdowns could increase during the extension. "
                          "Tidyway Environmental Ltd will replace six vehicles by September 2025 under the "
                          "extension terms.")
    pdfgen.paragraph(pdf, "Contact: Lena Hartigan, Head of Environmental Services, lena.hartigan@brackdale.gov.uk")
    return pdfgen.save(pdf, path)


MULTI_YEAR_ROWS = [
    ["Organisation", "Service", "2025/26", "2026/27", "2027/28", "Total"],
    ["Hollinsby Citizens Advice", "Welfare benefits advice", "£185,000", "£185,000", "£185,000", "£555,000"],
    ["Moorside Carers Network", "Carers' support and breaks", "£240,000", "£250,000", "£260,000", "£750,000"],
    ["Open Door Hollinsby", "Drop-in mental wellbeing service", "£96,000", "£96,000", "£96,000", "£288,000"],
]


def make_docx(path: Path) -> Path:
    council = "Hollinsby County Council"
    doc = docxgen.new("Martha Quayle", dt.datetime(2025, 2, 14, 10, 0), font=("Arial", 11))
    doc.core_properties.title = "Voluntary Sector Funding 2025 to 2028"
    docxgen.banner(doc, council)
    doc.add_paragraph("Cabinet, 26 February 2025")
    doc.add_paragraph("Voluntary Sector Funding 2025 to 2028", style="Title")
    doc.add_paragraph("Report of: Martha Quayle, Director of Communities")
    doc.add_heading("1. Recommendations", level=1)
    doc.add_paragraph("1.1 That Cabinet approves the three-year grant agreements in Table 1.")
    doc.add_paragraph("1.2 That Cabinet approves the call-off of the befriending service in paragraph 4.1.")
    doc.add_heading("2. Grant agreements and service contracts", level=1)
    doc.add_paragraph("2.1 The Council funds voluntary bodies in two ways. A grant agreement supports an "
                      "organisation's own service; a service contract buys a service the Council specifies.")
    doc.add_heading("3. Three-year grant agreements", level=1)
    doc.add_paragraph("Table 1: Grant agreements, 2025/26 to 2027/28")
    docxgen.table(doc, MULTI_YEAR_ROWS)
    doc.add_paragraph("3.2 Linwood Parish Council will again receive a grant of £12,000 towards the upkeep of "
                      "the village green.")
    doc.add_heading("4. Service contracts", level=1)
    doc.add_paragraph("4.1 The befriending service for older people will be called off from the Council's "
                      "Community Support Dynamic Purchasing System with Kindly Hours Befriending CIC, at "
                      "£68,000 a year for two years from 1 April 2025.")
    doc.add_paragraph("4.2 The Council's service contract with Hollinsby Advocacy Partnership for independent "
                      "mental health advocacy, worth £132,000 a year, continues until 31 March 2026.")
    doc.add_heading("5. Risks", level=1)
    doc.add_paragraph("5.1 Rising running costs could force smaller groups to cut their services during the "
                      "grant period. Officers will meet each funded group twice a year to review its finances.")
    doc.add_paragraph("Contact: Martha Quayle, martha.quayle@hollinsby.gov.uk")
    doc.save(path)
    return path


TEXTS = {FINANCE_TXT: FINANCE, SPEND_MD: SPEND, NHS_HTML: NHS, AWARD_TXT: AWARD}


if __name__ == "__main__":
    for name, text in TEXTS.items():
        (PAPERS / name).write_text(text, encoding="utf-8")
        print(PAPERS / name)
    print(make_pdf(PAPERS / EXTENSION_PDF))
    print(make_docx(PAPERS / GRANTS_DOCX))
