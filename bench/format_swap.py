"""The same paper in every format: re-render a development set's TXT/MD papers as PDF, DOCX and HTML
(plain, and inside a publisher's site chrome) with the same gold, score every rendering and print a
per-format, per-kind table beside the original format's scores.

    .venv/bin/python bench/format_swap.py [--sets paraphrase,paraphrase3,...] [--keep DIR] [--formats pdf,docx,...]

Each TXT/MD paper is parsed once into blocks (headings, paragraphs, numbered and bulleted items, pipe or
space-aligned tables, cover "Label: value" fields) and each block rendered the way a publisher's
template would: the paragraph numbers stay in the text (as councils' Word templates type them), tables
become real tables, cover fields stay label-and-value lines.  A fact found in the original format but
lost in a rendering is a loss in the reader or structure layer for that format (or in this renderer:
check the rendering first).  Writes only under a temporary folder (or --keep); never scores blind sets.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from score_sets import KINDS  # noqa: E402

DEFAULT_SETS = ["paraphrase", "paraphrase3", "paraphrase4", "paraphrase9", "paraphrase10", "paraphrase11",
                "paraphrase13"]
BLIND = {"paraphrase5", "paraphrase6", "paraphrase16", "paraphrase17", "paraphrase18"}
FORMATS = ["pdf", "docx", "html", "html-site"]


@dataclass
class Block:
    kind: str  # "heading", "bold" (a paragraph set in bold), "para", "bullet", "field", "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    level: int = 2


BULLET = re.compile(r"^\s*(?:[-*\u2022\u25cf\u25aa\u2013]|o)\s+(?=\S)")
NUMBERED = re.compile(r"^\s*(?:\(?[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}[.)]?|\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\))\s+(?=\S)")
FIELD = re.compile(r"^\s*(?:\*\*|__)?([A-Z][A-Za-z/&'()\- ]{0,40}?)\s*:\s*(?:\*\*|__)?\s+(\S.*)$")
ALIGNED_FIELD = re.compile(r"^([A-Z][A-Za-z/&'()\- ]{0,40}?):?\s{2,}(\S.*)$")
PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
# Files hard-wrapped wider than this are not wrapped at all (one paragraph a line).
MAX_WRAP_WIDTH = 130
BOLD_LINE = re.compile(r"^(\*\*|__)[^*_].*\1$")
ALIGNED_SPLIT = re.compile(r"\s{2,}|\t+")


def plain(text: str) -> str:
    """Markdown emphasis and code marks dropped (a rendered page shows the words, not the marks)."""
    return re.sub(r"(\*\*|__|`)", "", text).strip()


def _is_field(line: str) -> bool:
    match = FIELD.match(line)
    return bool(match) and len(match.group(1).split()) <= 6


def _aligned_cells(line: str) -> list[str]:
    return [cell for cell in ALIGNED_SPLIT.split(line.strip()) if cell]


CELL = re.compile(r"\S+(?: \S+)*")


def _aligned_table(lines: list[str]) -> list[list[str]] | None:
    """Rows of a table laid out with spaces (columns placed by its first line's cells), or None.
    A total row with empty cells keeps its figures under their columns."""
    header = [m.start() for m in CELL.finditer(lines[0])]
    if len(lines) < 2 or len(header) < 3 or any(len(_aligned_cells(line)) < 2 for line in lines):
        return None
    rows = []
    for line in lines:
        row = [""] * len(header)
        for match in CELL.finditer(line):
            column = max([i for i, start in enumerate(header) if start <= match.start() + 1] or [0])
            row[column] = (row[column] + " " + match.group(0)).strip()
        rows.append([plain(cell) for cell in row])
    return rows


def _heading_line(block_lines: list[str]) -> bool:
    if len(block_lines) != 1:
        return False
    line = block_lines[0].strip()
    words = line.split()
    if not words or len(words) > 12 or line.endswith((".", ",", ";", ":")) or _is_field(line):
        return False
    if BULLET.match(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    if re.match(r"^[0-9]{1,2}\.?\s+[A-Z]", line) and len(words) <= 8:
        return True
    return len(words) <= 6 and line[0].isupper() and not NUMBERED.match(line)


def parse(text: str) -> list[Block]:
    """The paper's blocks, in reading order."""
    blocks: list[Block] = []
    lengths = sorted(len(line.rstrip()) for line in text.splitlines() if line.strip())
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    for raw_block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line.rstrip() for line in raw_block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.lstrip().startswith("|") for line in lines):
            rows = [[plain(cell) for cell in line.strip().strip("|").split("|")]
                    for line in lines if not PIPE_SEPARATOR.match(line.strip().strip("|"))]
            blocks.append(Block("table", rows=rows))
            continue
        rows = _aligned_table(lines)
        if rows:
            blocks.append(Block("table", rows=rows))
            continue
        if len(lines) == 1 and BOLD_LINE.match(lines[0].strip()):
            blocks.append(Block("bold", plain(lines[0])))
            continue
        if _heading_line(lines) or MD_HEADING.match(lines[0].strip()) and len(lines) == 1:
            match = MD_HEADING.match(lines[0].strip())
            level = min(len(match.group(1)), 3) if match else 2
            blocks.append(Block("heading", plain(match.group(2) if match else lines[0]), level=level))
            continue
        current: Block | None = None
        previous = ""
        for position, line in enumerate(lines):
            stripped = line.strip()
            # A hard-wrapped file's line runs on only after a line that reached the wrap width; any
            # other line break is a new line on the page too.
            wrapped = len(previous) >= 0.7 * width and width <= MAX_WRAP_WIDTH
            previous = line
            if position == 0 and len(lines) > 1 and _heading_line([stripped]) and not wrapped:
                current = Block("heading", plain(stripped), level=3)
                blocks.append(current)
                continue
            md = MD_HEADING.match(stripped)
            aligned = ALIGNED_FIELD.match(stripped)
            if md:
                current = Block("heading", plain(md.group(2)), level=min(len(md.group(1)), 3))
            elif _is_field(stripped):
                label, value = plain(stripped).split(":", 1)
                current = Block("field", f"{label.strip()}: {value.strip()}")
            elif aligned and len(aligned.group(1).split()) <= 5 and current is None or (
                    aligned and current is not None and current.kind == "field"):
                current = Block("field", f"{plain(aligned.group(1))}: {plain(aligned.group(2))}")
            elif BULLET.match(stripped):
                current = Block("bullet", plain(BULLET.sub("", stripped, count=1)))
            elif NUMBERED.match(stripped) or current is None or current.kind in ("heading", "table"):
                current = Block("para", plain(stripped))
            elif not wrapped:
                current = Block("para", plain(stripped))
            else:
                current.text += " " + plain(stripped)
                continue
            blocks.append(current)
    return blocks


# -- renderers -------------------------------------------------------------------

PDF_SAFE = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
            "\u2026": "...", "\u2022": "-", "\u00a0": " ", "\u2212": "-", "\u2192": "->", "\u2264": "<=",
            "\u2265": ">="}


def _pdf_text(text: str) -> str:
    text = "".join(PDF_SAFE.get(c, c) for c in text)
    return text.encode("latin-1", "replace").decode("latin-1")


def _rectangular(rows: list[list[str]]) -> list[list[str]]:
    width = max(len(row) for row in rows)
    return [row + [""] * (width - len(row)) for row in rows]


def render_pdf(blocks: list[Block], path: Path) -> None:
    import pdfgen
    pdf = pdfgen.Paper(running_header=None)
    pdf.add_page()
    for block in blocks:
        if block.kind == "heading":
            pdfgen.heading(pdf, _pdf_text(block.text), 14 if block.level == 1 else 12)
        elif block.kind == "table":
            rows = [[_pdf_text(cell) for cell in row] for row in _rectangular(block.rows)]
            pdfgen.table(pdf, rows, widths=[170 / len(rows[0])] * len(rows[0]), header="bold", size=9)
        elif block.kind == "bold":
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, pdfgen.LINE_HEIGHT, _pdf_text(block.text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif block.kind == "bullet":
            pdfgen.bullet(pdf, _pdf_text(block.text), marker=chr(149))
        elif block.kind == "field":
            pdfgen.text_lines(pdf, [_pdf_text(block.text)]) if len(block.text) < 90 else \
                pdfgen.paragraph(pdf, _pdf_text(block.text))
        else:
            pdfgen.paragraph(pdf, _pdf_text(block.text))
    pdfgen.save(pdf, path)


def render_docx(blocks: list[Block], path: Path) -> None:
    import datetime as dt
    import docxgen
    doc = docxgen.new("Democratic Services", dt.datetime(2026, 2, 1, 9, 0))
    for block in blocks:
        if block.kind == "heading":
            doc.add_heading(block.text, level=block.level)
        elif block.kind == "table":
            docxgen.table(doc, _rectangular(block.rows), header=True)
        elif block.kind == "bold":
            doc.add_paragraph().add_run(block.text).bold = True
        elif block.kind == "bullet":
            doc.add_paragraph(block.text, style="List Bullet")
        else:
            doc.add_paragraph(block.text)
    doc.save(path)


SITE_TOP = """<header class="site-header"><a href="/">Home</a>
<nav><ul><li><a href="/council">Council and democracy</a></li><li><a href="/bins">Bins and recycling</a></li>
<li><a href="/planning">Planning</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
<div class="cookie-banner"><p>We use cookies to make this site work and to understand how you use it.</p>
<button>Accept all cookies</button><button>Reject additional cookies</button></div>
<nav class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li>
<li><a href="/meetings">Meetings and agendas</a></li></ol></nav>
<main>"""
SITE_BOTTOM = """</main>
<footer><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li>
<li><a href="/terms">Terms of use</a></li></ul><p>Follow us on social media.</p></footer>"""


def render_html(blocks: list[Block], path: Path, chrome: bool = False) -> None:
    out: list[str] = []
    in_list = False
    for block in blocks:
        if block.kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        if block.kind == "heading":
            out.append(f"<h{block.level}>{html.escape(block.text)}</h{block.level}>")
        elif block.kind == "table":
            rows = _rectangular(block.rows)
            head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif block.kind == "bullet":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(block.text)}</li>")
        elif block.kind == "bold":
            out.append(f"<p><strong>{html.escape(block.text)}</strong></p>")
        else:
            out.append(f"<p>{html.escape(block.text)}</p>")
    if in_list:
        out.append("</ul>")
    title = next((b.text for b in blocks if b.kind == "heading"), path.stem)
    body = "\n".join(out)
    if chrome:
        body = f"{SITE_TOP}\n{body}\n{SITE_BOTTOM}"
    path.write_text(f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}"
                    f"</title></head>\n<body>\n{body}\n</body></html>\n", encoding="utf-8")


RENDER = {"pdf": (".pdf", render_pdf), "docx": (".docx", render_docx),
          "html": (".html", render_html), "html-site": (".html", lambda b, p: render_html(b, p, chrome=True))}


def build(set_name: str, out: Path, formats: list[str]) -> dict[str, Path]:
    """out/<set>-<format>/{papers,gold,orgs.json} for the original TXT/MD papers and each rendering."""
    source = ROOT / "tests" / set_name
    papers = sorted(p for p in (source / "papers").iterdir() if p.suffix in (".txt", ".md"))
    folders = {}
    for fmt in ["orig"] + formats:
        folder = out / f"{set_name}-{fmt}"
        (folder / "papers").mkdir(parents=True, exist_ok=True)
        (folder / "gold").mkdir(exist_ok=True)
        (folder / "orgs.json").write_text((source / "orgs.json").read_text())
        folders[fmt] = folder
    for paper in papers:
        gold = source / "gold" / f"{paper.stem}.json"
        if not gold.is_file():
            continue
        blocks = parse(paper.read_text(encoding="utf-8"))
        for fmt, folder in folders.items():
            (folder / "gold" / gold.name).write_text(gold.read_text())
            if fmt == "orig":
                (folder / "papers" / paper.name).write_text(paper.read_text(encoding="utf-8"), encoding="utf-8")
            else:
                suffix, render = RENDER[fmt]
                render(blocks, folder / "papers" / f"{paper.stem}{suffix}")
    return folders


def score(folder: Path, workdir: Path) -> dict:
    """score_sets.py's scoring of one folder (its database and JSON kept in workdir)."""
    name = folder.name
    subprocess.run([sys.executable, str(ROOT / "bench" / "score_sets.py"), "--keep", str(workdir),
                    "--folder", f"{name}={folder}"], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads((workdir / f"{name}.json").read_text())


SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def miss_lines(folder: Path, workdir: Path) -> dict[str, set[str]]:
    """paper stem -> the scorer's miss and extra lines for one scored folder."""
    name = folder.name
    run = subprocess.run([sys.executable, str(SCORER), str(workdir / f"{name}.db"), str(workdir / f"{name}-gold"),
                          "--orgs", str(folder / "orgs.json"), "-v"], capture_output=True, text=True)
    lines: dict[str, set[str]] = {}
    stem = None
    for line in run.stdout.splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            stem = line[:-1]
            lines[stem] = set()
        elif stem and line.strip().startswith("- "):
            lines[stem].add(line.strip()[2:])
    return lines


def losses(all_folders: dict, workdir: Path) -> None:
    """Misses and extras a rendering has that the original format has not (and the reverse: gains)."""
    for name, folders in all_folders.items():
        original = miss_lines(folders["orig"], workdir)
        for fmt, folder in folders.items():
            if fmt == "orig":
                continue
            rendered = miss_lines(folder, workdir)
            for stem in sorted(rendered):
                lost = sorted(rendered[stem] - original.get(stem, set()))
                gained = sorted(original.get(stem, set()) - rendered[stem])
                for line in lost:
                    print(f"LOST\t{fmt}\t{name}\t{stem}\t{line}")
                for line in gained:
                    print(f"GAINED\t{fmt}\t{name}\t{stem}\t{line}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--keep", help="keep renderings, databases and scores here")
    parser.add_argument("--build-only", action="store_true", help="render, do not score")
    parser.add_argument("--losses", action="store_true",
                        help="also list each paper's misses and extras a rendering has but the original has not")
    args = parser.parse_args()
    chosen = [s for s in args.sets.split(",") if s]
    if BLIND & set(chosen):
        parser.error(f"blind sets are never scored: {sorted(BLIND & set(chosen))}")
    formats = [f for f in args.formats.split(",") if f]
    out = Path(args.keep or tempfile.mkdtemp(prefix="format-swap-"))
    print(f"renderings in {out}", flush=True)
    all_folders = {name: build(name, out, formats) for name in chosen}
    if args.build_only:
        return
    scores = {}
    print(f"{'set':14} {'format':10} {'docs':>4} {'facts_f1':>8} " + " ".join(f"{k[:12]:>12}" for k in KINDS))
    for name, folders in all_folders.items():
        for fmt, folder in folders.items():
            result = score(folder, out / "scores")
            scores[(name, fmt)] = result
            summary = result["summary"]
            cells = " ".join(f"{summary.get(k, {}).get('f1', float('nan')):12.3f}" for k in KINDS)
            docs = len(list((folder / "gold").glob("*.json")))
            print(f"{name:14} {fmt:10} {docs:4d} {result['facts_f1']:8.3f} {cells}", flush=True)
    _totals(scores, ["orig"] + formats)
    if args.losses:
        losses(all_folders, out / "scores")


def _totals(scores: dict, formats: list[str]) -> None:
    """Every set pooled: true positives, misses and extras summed per format and kind."""
    print(f"\n{'ALL (pooled)':14} {'format':10} " + " ".join(f"{k[:12]:>12}" for k in KINDS))
    for fmt in formats:
        cells = []
        for kind in KINDS:
            tp = fn = fp = 0
            for (name, f), result in scores.items():
                if f != fmt:
                    continue
                entry = result["summary"].get(kind, {})
                tp += entry.get("tp", 0)
                fn += entry.get("fn", 0)
                fp += entry.get("fp", 0)
            f1 = 2 * tp / (2 * tp + fn + fp) if tp + fn + fp else float("nan")
            cells.append(f"{f1:12.3f}")
        print(f"{'':14} {fmt:10} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
