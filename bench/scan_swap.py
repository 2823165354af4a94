"""The same paper typed and scanned: rasterise the PDF papers of the open sets into image-only PDFs
(what a council's scanner publishes), ingest both versions with the tool, score both against the same
gold and print facts_f1 and per-kind F1 side by side, text vs scan, per set and pooled.

    .venv/bin/python bench/scan_swap.py [--sets paraphrase,paraphrase3,...] [--real dev2,dev5]
                                        [--limit PAGES] [--max-paper-pages N] [--dpi 200]
                                        [--rotate 0.5] [--noise 0.02] [--keep DIR] [--losses]

Each page is drawn by pdfium at ``--dpi`` (greyscale), optionally turned a little (``--rotate``
degrees) and speckled (``--noise``: the share of pixels flipped), and saved as one image per page, so
the tool finds no text layer and reads every page by OCR (tesseract).  A fact found in the typed PDF
but lost in its scan is a loss in the OCR reading (ingest/ocr.py, readers/pdf.py ``_scanned_page``).
OCR costs about two CPU seconds a page: ``--limit`` caps the pages (papers are taken shortest first,
across sets, so a capped run still covers every set).  Never scores a blind set.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from format_swap import _totals, losses, score  # noqa: E402
from score_sets import KINDS  # noqa: E402

DEFAULT_SETS = ["paraphrase", "paraphrase2", "paraphrase3", "paraphrase4", "paraphrase7", "paraphrase8",
                "paraphrase9", "paraphrase10", "paraphrase11", "paraphrase12", "paraphrase13", "paraphrase14",
                "paraphrase15"]
BLIND = {"paraphrase5", "paraphrase6", "paraphrase16", "paraphrase17", "paraphrase18"}
REAL = ROOT / "tests" / "gold-real-github"


def rasterise(source: Path, target: Path, dpi: float = 200, rotate: float = 0.0, noise: float = 0.0,
              seed: int = 0) -> int:
    """``source`` as an image-only PDF at ``target`` (one greyscale picture a page, no text layer);
    the pages written."""
    import pypdfium2
    from PIL import Image

    pdf = pypdfium2.PdfDocument(str(source))
    try:
        images = []
        for page in pdf:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            if rotate:
                image = image.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=255)
            if noise:
                image = _speckle(image, noise, random.Random(seed))
            images.append(image)
    finally:
        pdf.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    images[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return len(images)


def _speckle(image, share: float, rng: random.Random):
    """A scanner's dust: ``share`` of the pixels set black or white at random."""
    pixels = image.load()
    width, height = image.size
    for _ in range(int(share * width * height)):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 255))
    return image


def page_count(pdf_path: Path) -> int:
    import pypdfium2
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _set_folder(name: str) -> Path:
    return REAL / name if name.startswith("dev") else ROOT / "tests" / name


def _orgs(folder: Path) -> Path:
    own = folder / "orgs.json"
    return own if own.is_file() else folder.parent / "orgs.json"


def choose(names: list[str], limit: int, max_paper_pages: int) -> dict[str, list[tuple[Path, int]]]:
    """set -> its PDF papers with gold (and their pages) within the caps, shortest papers first."""
    candidates = []
    for name in names:
        folder = _set_folder(name)
        for paper in sorted((folder / "papers").glob("*.pdf")):
            if (folder / "gold" / f"{paper.stem}.json").is_file():
                pages = page_count(paper)
                if pages <= max_paper_pages:
                    candidates.append((pages, name, paper))
    chosen: dict[str, list[tuple[Path, int]]] = {name: [] for name in names}
    total = 0
    # Round robin over the sets, shortest paper first in each, so a cap leaves no set out.
    queues = {name: sorted((p, paper) for p, n, paper in candidates if n == name) for name in names}
    while any(queues.values()):
        for name in names:
            if queues[name]:
                pages, paper = queues[name].pop(0)
                if total + pages <= limit:
                    chosen[name].append((paper, pages))
                    total += pages
    return {name: papers for name, papers in chosen.items() if papers}


def build(name: str, papers: list[tuple[Path, int]], out: Path, args) -> dict[str, Path]:
    """Two labelled folders for one set: its chosen PDFs as typed ("text") and rasterised ("scan")."""
    source = _set_folder(name)
    folders = {}
    for version in ("text", "scan"):
        folder = out / f"{name}-{version}"
        (folder / "papers").mkdir(parents=True, exist_ok=True)
        (folder / "gold").mkdir(exist_ok=True)
        shutil.copy(_orgs(source), folder / "orgs.json")
        for seed, (paper, _pages) in enumerate(papers):
            shutil.copy(source / "gold" / f"{paper.stem}.json", folder / "gold")
            if version == "text":
                shutil.copy(paper, folder / "papers" / paper.name)
            else:
                rasterise(paper, folder / "papers" / paper.name, args.dpi, args.rotate, args.noise, seed)
        folders[version] = folder
    return folders


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS), help="open fictional sets")
    parser.add_argument("--real", default="", help="real development sets too, e.g. dev2,dev5 (short PDFs only)")
    parser.add_argument("--limit", type=int, default=150, help="pages scanned at most, over every set")
    parser.add_argument("--max-paper-pages", type=int, default=6, help="leave out papers longer than this")
    parser.add_argument("--dpi", type=float, default=200)
    parser.add_argument("--rotate", type=float, default=0.0, help="degrees each scanned page is turned")
    parser.add_argument("--noise", type=float, default=0.0, help="share of pixels speckled")
    parser.add_argument("--keep", help="keep scans, databases and scores here")
    parser.add_argument("--losses", action="store_true", help="list each paper's misses the scan has and the text has not")
    args = parser.parse_args(argv)
    names = [s for s in args.sets.split(",") if s] + [r for r in args.real.split(",") if r]
    refused = [n for n in names if n in BLIND or "blind" in n]
    if refused:
        parser.error(f"blind sets are never scored: {refused}")
    out = Path(args.keep or tempfile.mkdtemp(prefix="scan-swap-"))
    print(f"scans in {out}", flush=True)
    chosen = choose(names, args.limit, args.max_paper_pages)
    print("pages scanned: " + ", ".join(f"{n} {sum(p for _, p in papers)}" for n, papers in chosen.items()))
    all_folders = {name: build(name, papers, out, args) for name, papers in chosen.items()}
    print(f"{'set':14} {'version':8} {'docs':>4} {'facts_f1':>8} " + " ".join(f"{k[:12]:>12}" for k in KINDS))
    scores = {}
    for name, folders in all_folders.items():
        for version, folder in folders.items():
            result = score(folder, out / "scores")
            scores[(name, version)] = result
            cells = " ".join(f"{result['summary'].get(k, {}).get('f1', float('nan')):12.3f}" for k in KINDS)
            print(f"{name:14} {version:8} {len(chosen[name]):4d} {result['facts_f1']:8.3f} {cells}", flush=True)
    _totals(scores, ["text", "scan"])
    if args.losses:
        losses({name: {"orig": f["text"], "scan": f["scan"]} for name, f in all_folders.items()}, out / "scores")


if __name__ == "__main__":
    main()
