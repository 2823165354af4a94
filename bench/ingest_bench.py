"""Ingest benchmark: the whole pipeline against the bare PDF parsers.

    .venv/bin/python bench/ingest_bench.py                # generated corpus
    .venv/bin/python bench/ingest_bench.py --pdfs 80      # bigger
    .venv/bin/python bench/ingest_bench.py --corpus ../shared/corpus/seeds-pdf
    .venv/bin/python bench/ingest_bench.py --profile      # where the time goes

One run prints, side by side on the same PDF pages:

* the floors: ``pdftotext`` (when poppler-utils is installed), pypdfium2
  text, pdfplumber ``extract_text`` (each in one process, page by page);
* the project's PDF reader alone (one process);
* the full ``committee-papers ingest`` (read, extract, store, N workers) as a
  subprocess: pages/s, documents/s, peak memory of the process tree;
* the same on a quarter of the corpus, to show memory stays flat as it grows;
* DOCX/HTML/TXT papers through the full ingest;
* a no-op re-run over ``--noop`` (default 1,000) unchanged papers.

It is a measurement, not a test: it asserts nothing and prints the ratios
next to the targets.  Generated corpora are cached under
``$TMPDIR/committee-papers-bench`` so a second run measures, not generates.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import write_corpus  # noqa: E402
from bench.measure import run  # noqa: E402

# What the committee-papers console script runs.
CLI = [sys.executable, "-c", "from committee_papers.cli import main; main()"]


def cached_corpus(name: str, counts: dict, **shape) -> Path:
    key = "-".join(f"{k}{v}" for k, v in sorted({**counts, **shape}.items()))
    folder = Path(tempfile.gettempdir()) / "committee-papers-bench" / f"{name}-{key}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        write_corpus(folder, counts, **shape)
        done.write_text("")
        print(f"  generated {sum(counts.values())} papers in {folder} ({time.perf_counter() - started:.1f} s)")
    return folder


def pdfs_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf")


# -- floors -----------------------------------------------------------------
def floor_pdftotext(pdfs):
    exe = shutil.which("pdftotext")
    if not exe:
        return None
    started = time.perf_counter()
    for pdf in pdfs:
        subprocess.run([exe, "-q", "-layout", str(pdf), "-"], stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def floor_pypdfium2(pdfs):
    import pypdfium2

    started = time.perf_counter()
    for pdf in pdfs:
        document = pypdfium2.PdfDocument(str(pdf))
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        document.close()
    return time.perf_counter() - started


def floor_pdfplumber(pdfs):
    import pdfplumber

    started = time.perf_counter()
    for pdf in pdfs:
        with pdfplumber.open(str(pdf)) as document:
            for page in document.pages:
                page.extract_text()
                page.close()  # without it pdfplumber's caches grow with the file
    return time.perf_counter() - started


def floor_hybrid(pdfs, min_paths: int = 4):
    """The fast path a PDF reader can reach: pypdfium2 text everywhere,
    pdfplumber tables only on pages drawing ruling lines (path objects)."""
    import pdfplumber
    import pypdfium2
    import pypdfium2.raw as pdfium

    started = time.perf_counter()
    table_pages = 0
    for pdf in pdfs:
        document = pypdfium2.PdfDocument(str(pdf))
        ruled = []
        for number, page in enumerate(document):
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            paths = sum(1 for _ in page.get_objects(filter=[pdfium.FPDF_PAGEOBJ_PATH], max_depth=1))
            if paths >= min_paths:
                ruled.append(number)
            page.close()
        document.close()
        if ruled:
            table_pages += len(ruled)
            with pdfplumber.open(str(pdf), pages=[n + 1 for n in ruled]) as plumbed:
                for page in plumbed.pages:
                    page.extract_tables()
                    page.close()
    return time.perf_counter() - started, table_pages


def reader_alone(pdfs):
    import importlib.util

    if importlib.util.find_spec("ingest.readers.pdf") is None:
        return None
    from ingest.errors import IngestError
    from ingest.registry import read_document

    started = time.perf_counter()
    failures = 0
    for pdf in pdfs:
        try:
            read_document(pdf)
        except IngestError:
            failures += 1
    return time.perf_counter() - started, failures


def page_count(pdfs) -> int:
    import pypdfium2

    total = 0
    for pdf in pdfs:
        try:
            document = pypdfium2.PdfDocument(str(pdf))
        except Exception:
            continue
        total += len(document)
        document.close()
    return total


# -- the real pipeline --------------------------------------------------------
def full_ingest(paths, db: Path, workers: int):
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    result = run([*CLI, "ingest", *map(str, paths), "--db", str(db), "--workers", str(workers), "--quiet"])
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-300:]
    return result, summary


def stored_pages(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select coalesce(sum(pages), 0) from documents").fetchone()[0]
    finally:
        conn.close()


def profile(pdfs, limit: int = 30):
    """cProfile of reading, extracting and storing each file in this process
    (an ingest reads in worker processes, which a profiler here would not see)."""
    import cProfile
    import pstats

    from committee_papers.worker import read_one
    from db.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "profile.db")
        profiler = cProfile.Profile()
        profiler.enable()
        for path in pdfs:
            result = read_one(str(path))
            if isinstance(result, tuple):
                store.save(*result)
        profiler.disable()
        store.close()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(limit)
    stats.sort_stats("tottime").print_stats(limit)


def stage_times(paths) -> None:
    """Seconds per stage over ``paths`` in this process: reading, each spaCy
    component, storing; the breakdown that says whose code to speed up."""
    from db.store import Store
    from extract.pipeline import build_nlp
    from extract.paper import make_paper_doc
    from ingest.errors import IngestError
    from ingest.registry import read_document

    nlp = build_nlp()
    times: dict[str, float] = {}
    pages = characters = 0

    def add(stage, since):
        times[stage] = times.get(stage, 0.0) + time.perf_counter() - since

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "stages.db")
        for path in paths:
            started = time.perf_counter()
            try:
                document = read_document(path)
            except IngestError:
                continue
            passages = document.passages()
            add("read (reader + passages)", started)
            pages += document.pages or 1
            characters += sum(len(p.text) for p in passages)
            started = time.perf_counter()
            doc = make_paper_doc(nlp, passages, document.properties, document.filename)
            add("tokenise", started)
            for name, component in nlp.pipeline:
                started = time.perf_counter()
                doc = component(doc)
                add(name, started)
            started = time.perf_counter()
            store.save(document, passages, doc._.extraction)
            add("store", started)
        store.close()
    total = sum(times.values())
    # Text formats have no pages: characters compare every format.
    print(f"\nstages, one process, {len(paths)} files, {pages} pages, {characters:,} characters")
    for stage, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<26} {seconds:7.2f} s  {1000 * seconds / max(pages, 1):7.2f} ms/page  "
              f"{1e7 * seconds / max(characters, 1):6.2f} ms/10k chars  {100 * seconds / total:5.1f} %")


def line(label, seconds, pages, docs=None, extra=""):
    rate = f"{pages / seconds:8.1f} pages/s  {1000 * seconds / pages:7.2f} ms/page" if pages and seconds else ""
    doc_rate = f"  {docs / seconds:6.1f} docs/s" if docs and seconds else ""
    print(f"  {label:<34} {seconds:7.2f} s  {rate}{doc_rate}{extra}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdfs", type=int, default=40, help="generated PDFs (about 10 pages each)")
    parser.add_argument("--others", type=int, default=20, help="generated DOCX, HTML and TXT papers, each")
    parser.add_argument("--noop", type=int, default=1000, help="papers in the no-op re-run check (0: skip)")
    parser.add_argument("--corpus", type=Path, help="measure this folder's PDFs instead of generated ones")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--profile", action="store_true", help="also time each stage and cProfile a serial ingest")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="cp-bench-"))
    print(f"committee-papers ingest benchmark  ({os.cpu_count()} CPUs, --workers {args.workers})")
    if args.corpus:
        pdf_folder = args.corpus
    else:
        pdf_folder = cached_corpus("pdf", {"pdf": args.pdfs}, sections=14, paragraphs=5, tables=2)
    pdfs = pdfs_in(pdf_folder)
    pages = page_count(pdfs)
    print(f"\nPDF corpus: {len(pdfs)} files, {pages} pages ({pdf_folder})")

    print("\n  floors (one process each)")
    floors = {}
    seconds = floor_pdftotext(pdfs)
    if seconds is None:
        print("  pdftotext                          not installed (apt-get install poppler-utils)")
    else:
        floors["pdftotext"] = seconds
        line("pdftotext -layout", seconds, pages)
    floors["pypdfium2"] = floor_pypdfium2(pdfs)
    line("pypdfium2 get_text_range", floors["pypdfium2"], pages)
    floors["pdfplumber"] = floor_pdfplumber(pdfs)
    line("pdfplumber extract_text", floors["pdfplumber"], pages)
    hybrid, table_pages = floor_hybrid(pdfs)
    line("hybrid: pdfium text, plumber tables", hybrid, pages, extra=f"  ({table_pages} ruled pages)")

    print("\n  the project")
    alone = reader_alone(pdfs)
    if alone is None:
        print("  PDF reader alone                   no PDF reader yet (ingest/readers/pdf.py)")
    else:
        line("PDF reader alone (1 process)", alone[0], pages,
             extra=f"  ({alone[1]} failed)" if alone[1] else "")
    quarter = pdfs[: max(1, len(pdfs) // 4)]
    small, small_summary = full_ingest(quarter, work / "quarter.db", args.workers)
    small_pages = stored_pages(work / "quarter.db")
    line(f"full ingest, 1/4 corpus", small.seconds, small_pages, len(quarter),
         f"  peak {small.peak_total_mb:.0f} MB")
    full, full_summary = full_ingest(pdfs, work / "pdf.db", args.workers)
    full_pages = stored_pages(work / "pdf.db")
    line(f"full ingest ({args.workers} workers)", full.seconds, full_pages, len(pdfs),
         f"  peak {full.peak_total_mb:.0f} MB (largest process {full.peak_process_mb:.0f} MB)")
    print(f"    {full_summary}")
    if full_pages != pages:
        print(f"    note: {full_pages} pages stored of {pages} (failed files store none)")

    if not args.corpus and args.others:
        mixed = cached_corpus("mixed", {"docx": args.others, "html": args.others, "txt": args.others},
                              sections=14, paragraphs=5, tables=2)
        result, summary = full_ingest([mixed], work / "mixed.db", args.workers)
        line("full ingest DOCX+HTML+TXT", result.seconds, 0, 3 * args.others,
             f"  peak {result.peak_total_mb:.0f} MB")
        print(f"    {summary}")

    if args.noop:
        many = cached_corpus("noop", {"txt": args.noop}, sections=2, paragraphs=2, tables=0)
        db = work / "noop.db"
        first, summary = full_ingest([many], db, args.workers)
        print(f"\n  {args.noop} small papers: first ingest {first.seconds:.1f} s ({summary})")
        again = run([*CLI, "ingest", str(many), "--db", str(db), "--quiet"])
        noop_seconds = again.seconds
        print(f"  no-op re-run over {args.noop} papers: {noop_seconds:.2f} s "
              f"({again.stdout.strip().splitlines()[-1] if again.stdout.strip() else again.stderr[-200:]})")
    else:
        noop_seconds = None

    print("\nratios (targets in brackets)")
    if full_pages and full.seconds:
        per_page = full.seconds / full_pages
        print(f"  full pipeline vs pdfplumber extract_text: "
              f"{floors['pdfplumber'] / pages / per_page:5.1f}x faster  [>= 5x]")
        if "pdftotext" in floors:
            print(f"  full pipeline vs pdftotext:               "
                  f"{per_page / (floors['pdftotext'] / pages):5.1f}x slower  [<= 10x]")
        print(f"  full pipeline vs pypdfium2 text:          {per_page / (floors['pypdfium2'] / pages):5.1f}x slower")
    print(f"  peak memory, full vs 1/4 corpus:          {full.peak_total_mb:.0f} MB vs "
          f"{small.peak_total_mb:.0f} MB  [flat]")
    if noop_seconds is not None:
        print(f"  no-op re-run, {args.noop} papers:              {noop_seconds:.2f} s  [< 2 s]")

    if args.profile:
        stage_times(pdfs[:10])
        print("\nprofile: serial ingest of 5 PDFs")
        profile(pdfs[:5])
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
