"""Fictional committee papers, generated, in every format the tool reads.

Used by the benchmarks and by the performance tests.  The authorities,
providers and figures are invented ("Wessex"), but the structure follows real
cabinet and ICB board reports: a cover block, numbered sections and
paragraphs, recommendations, a ruled table of contracts, risks.  A seed makes
every corpus reproducible, so two runs measure the same bytes.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

AUTHORITIES = [
    "Wessex County Council", "North Wessex Integrated Care Board", "South Wessex District Council",
    "Casterbridge City Council", "Wessex Community Health NHS Trust", "Mellstock Borough Council",
]
COMMITTEES = ["Cabinet", "Health and Wellbeing Board", "Board", "Children's Services Committee",
              "Adult Social Care Scrutiny Committee", "Finance and Performance Committee"]
SERVICES = ["speech and language therapy", "occupational therapy", "school nursing", "domiciliary care",
            "community equipment", "short breaks for disabled children", "sexual health services",
            "drug and alcohol recovery", "health visiting", "physiotherapy", "carers support",
            "home adaptations", "mental health advocacy", "reablement"]
PROVIDERS = ["Brightside Therapies CIC", "Wessex Community Health NHS Trust", "Egdon Care Ltd",
             "Budmouth Healthcare Partnership LLP", "Shottsford Home Support Ltd", "Weatherbury Trust",
             "Talbothays Children's Services Ltd", "Sherton Abbas Advocacy CIC"]
CONTRACT_TYPES = ["block contract", "spot purchase arrangement", "framework agreement", "section 75 agreement"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# Connective prose; the slots are filled per sentence so that no two
# paragraphs are the same and word counts look like real reports.
SENTENCES = [
    "The {authority} commissions {service} from {provider} under a {ctype} worth £{money} per annum.",
    "The current arrangement started on {date} and is due to end on {date2}.",
    "Demand for {service} has risen by {pct} per cent since {year}, driven by referrals from schools and GPs.",
    "Officers have reviewed the options with partners, including {provider}, and with the {committee}.",
    "A procurement exercise would take around {months} months and would need market engagement first.",
    "The estimated total value of the proposed contract is £{bigmoney} over {years} years.",
    "Performance against the agreed outcomes has been reported quarterly and remains within tolerance.",
    "The service supports around {people} children, young people and adults each year across the county.",
    "Waiting times have fallen from {weeks} weeks to {weeks2} weeks following the recovery plan.",
    "The budget for {year}/{yy} includes a cost pressure of £{money} which is met from reserves.",
    "Engagement with service users and their families shaped the specification for the new model.",
    "The Council's legal team has confirmed that the extension is permitted under the existing terms.",
    "Any decision will be published and may be called in by the Overview and Scrutiny Committee.",
    "The equality impact assessment found no disproportionate effect on people with protected characteristics.",
]
RISKS = [
    ("Provider failure would interrupt {service}.", "Contingency plans are agreed with {provider}."),
    ("Costs may exceed the budget because of inflation.", "Prices are capped for the first two years."),
    ("Workforce shortages may delay the mobilisation.", "A joint recruitment campaign starts in {month}."),
    ("Legal challenge to the award decision.", "The procurement follows the published evaluation criteria."),
]


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)  # first row is the header


@dataclass
class Paper:
    authority: str
    committee: str
    date: str
    title: str
    sections: list[Section]

    def cover(self) -> list[str]:
        return [self.authority, self.committee, f"Date: {self.date}", f"Title: {self.title}"]


def _fill(rng: random.Random, template: str, authority: str, committee: str, service: str) -> str:
    year = rng.randint(2019, 2026)
    return template.format(
        authority=authority, committee=committee, service=service, provider=rng.choice(PROVIDERS),
        ctype=rng.choice(CONTRACT_TYPES), money=f"{rng.randint(20, 2500) * 1000:,}",
        bigmoney=f"{rng.randint(1, 40) * 250_000:,}", date=_date(rng), date2=_date(rng),
        pct=rng.randint(3, 40), year=year, yy=str(year + 1)[2:], months=rng.randint(6, 18),
        years=rng.randint(2, 7), people=rng.randint(150, 9000), weeks=rng.randint(12, 40),
        weeks2=rng.randint(4, 11), month=rng.choice(MONTHS))


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2029)}"


def make_paper(rng: random.Random, sections: int = 8, paragraphs: int = 5, tables: int = 1) -> Paper:
    """One paper; ``sections`` x ``paragraphs`` sets its length (about 1.2
    pages per section of 5 paragraphs in the PDF rendering)."""
    authority = rng.choice(AUTHORITIES)
    committee = rng.choice(COMMITTEES)
    service = rng.choice(SERVICES)
    title = f"{service.capitalize()}: contract extension and recommissioning"
    body: list[Section] = []
    recs = Section("1. Recommendations")
    for n in range(1, rng.randint(2, 4) + 1):
        recs.paragraphs.append(f"1.{n} That the {committee} approves the extension of the "
                               f"{rng.choice(CONTRACT_TYPES)} with {rng.choice(PROVIDERS)} until {_date(rng)}.")
    body.append(recs)
    table_at = set(rng.sample(range(2, sections + 2), min(tables, sections)))
    for number in range(2, sections + 2):
        section = Section(f"{number}. {rng.choice(['Background', 'Current position', 'Options', 'Finance', 'Performance', 'Procurement', 'Consultation', 'Next steps'])}")
        for n in range(1, paragraphs + 1):
            text = " ".join(_fill(rng, rng.choice(SENTENCES), authority, committee, service)
                            for _ in range(rng.randint(3, 6)))
            section.paragraphs.append(f"{number}.{n} {text}")
        if number in table_at:
            section.table = [["Service", "Provider", "Contract type", "Annual value", "End date"]]
            for _ in range(rng.randint(4, 9)):
                section.table.append([rng.choice(SERVICES).capitalize(), rng.choice(PROVIDERS),
                                      rng.choice(CONTRACT_TYPES), f"£{rng.randint(20, 2500) * 1000:,}", _date(rng)])
        body.append(section)
    risks = Section(f"{sections + 2}. Risks")
    for n, (risk, mitigation) in enumerate(rng.sample(RISKS, 3), start=1):
        fill = dict(service=service, provider=rng.choice(PROVIDERS), month=rng.choice(MONTHS))
        risks.paragraphs.append(f"{sections + 2}.{n} Risk: {risk.format(**fill)} Mitigation: {mitigation.format(**fill)}")
    body.append(risks)
    return Paper(authority, committee, _date(rng), title, body)


# -- renderers --------------------------------------------------------------
def write_txt(paper: Paper, path: Path) -> None:
    lines = paper.cover() + [""]
    for section in paper.sections:
        lines += [section.heading, ""]
        for paragraph in section.paragraphs:
            lines += [paragraph, ""]
        for row in section.table:
            lines.append("\t".join(row))
        if section.table:
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_html(paper: Paper, path: Path) -> None:
    from html import escape

    parts = [f"<html><head><title>{escape(paper.title)}</title></head><body>"]
    parts += [f"<p>{escape(line)}</p>" for line in paper.cover()]
    for section in paper.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        parts += [f"<p>{escape(p)}</p>" for p in section.paragraphs]
        if section.table:
            head, *rows = section.table
            parts.append("<table><thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in head) + "</tr></thead><tbody>")
            parts += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows]
            parts.append("</tbody></table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_docx(paper: Paper, path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = paper.title
    for line in paper.cover():
        document.add_paragraph(line)
    for section in paper.sections:
        document.add_heading(section.heading, level=2)
        for paragraph in section.paragraphs:
            document.add_paragraph(paragraph)
        if section.table:
            table = document.add_table(rows=len(section.table), cols=len(section.table[0]))
            table.style = "Table Grid"
            for r, row in enumerate(section.table):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    document.save(str(path))


def write_pdf(paper: Paper, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(paper.title)
    pdf.set_author(paper.authority)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    for line in paper.cover():
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    for section in paper.sections:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, section.heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for paragraph in section.paragraphs:
            pdf.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if section.table:
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(first_row_as_headings=True, line_height=5) as table:
                for row in section.table:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.set_font("Helvetica", "", 10)
    pdf.output(str(path))


WRITERS = {"pdf": write_pdf, "docx": write_docx, "html": write_html, "txt": write_txt}


def write_corpus(folder: Path, counts: dict[str, int], *, seed: int = 7, sections: int = 8,
                 paragraphs: int = 5, tables: int = 2) -> list[Path]:
    """``counts`` papers per format (``{"pdf": 40, "txt": 10}``) under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    for fmt, count in counts.items():
        for n in range(count):
            paper = make_paper(rng, sections=sections, paragraphs=paragraphs, tables=tables)
            path = folder / f"{fmt}-{n:05d}.{fmt}"
            WRITERS[fmt](paper, path)
            written.append(path)
    return written
