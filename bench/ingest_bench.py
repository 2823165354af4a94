"""Ingest benchmark: the whole pipeline against the bare PDF parsers.

    .venv/bin/python bench/ingest_bench.py                # generated corpus and ../shared/corpus/real
    .venv/bin/python bench/ingest_bench.py --pdfs 80      # bigger generated corpus
    .venv/bin/python bench/ingest_bench.py --corpus ../shared/corpus/seeds-pdf   # these PDFs instead
    .venv/bin/python bench/ingest_bench.py --profile      # where the time goes

One run prints, for each PDF corpus, side by side on the same pages, wall
time and CPU time per page (CPU counts every process the command ran, so a
parallel run shows what it costs as well as how long it takes):

* the peers: ``pdftotext`` (when poppler-utils is installed), pypdfium2 text,
  PyMuPDF ``get_text`` (when installed), pdfplumber ``extract_text`` (each in
  one process, page by page);
* the project's PDF reader alone (one process);
* the full ``committee-papers ingest`` (read, extract, store, N workers) as a
  subprocess: pages/s, documents/s, peak memory of the process tree; and the
  same with ``--engine dask`` when Dask is installed;
* the same on a quarter of the corpus, to show memory stays flat as it grows;

then, once, DOCX/HTML/TXT papers through the full ingest and a no-op re-run
over ``--noop`` (default 1,000) unchanged papers.

It is a measurement, not a test: it asserts nothing and prints the ratios
next to the targets.  Generated corpora are cached under
``$TMPDIR/committee-papers-bench`` so a second run measures, not generates.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
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
REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"


def cpu_seconds() -> float:
    """CPU time of this process and of every child it has waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(function, *args):
    """(wall seconds, CPU seconds, function's result)."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = function(*args)
    return time.perf_counter() - wall, cpu_seconds() - cpu, result


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
    for pdf in pdfs:
        subprocess.run([exe, "-q", "-layout", str(pdf), "-"], stdout=subprocess.DEVNULL, check=False)


def floor_pypdfium2(pdfs):
    import pypdfium2

    for pdf in pdfs:
        document = pypdfium2.PdfDocument(str(pdf))
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        document.close()


def floor_pymupdf(pdfs):
    import pymupdf

    for pdf in pdfs:
        with pymupdf.open(str(pdf)) as document:
            for page in document:
                page.get_text()


def floor_pdfplumber(pdfs):
    import pdfplumber

    for pdf in pdfs:
        with pdfplumber.open(str(pdf)) as document:
            for page in document.pages:
                page.extract_text()
                page.close()  # without it pdfplumber's caches grow with the file


def floor_hybrid(pdfs, min_paths: int = 4):
    """The fast path a PDF reader can reach: pypdfium2 text everywhere,
    pdfplumber tables only on pages drawing ruling lines (path objects)."""
    import pdfplumber
    import pypdfium2
    import pypdfium2.raw as pdfium

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
    return table_pages


def reader_alone(pdfs):
    """The PDF reader over every file, without OCR (the peers read no text from a scanned page)."""
    import importlib.util

    if importlib.util.find_spec("committee_papers.ingest.readers.pdf") is None:
        return None
    from committee_papers.ingest.errors import IngestError
    from committee_papers.ingest.registry import read_document

    failures = 0
    for pdf in pdfs:
        try:
            read_document(pdf, ocr=False)
        except IngestError:
            failures += 1
    return failures


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
def full_ingest(paths, db: Path, workers: int, *options: str):
    """The CLI as a subprocess: (Run, its summary line, CPU seconds of its process tree)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cpu = cpu_seconds()
    result = run([*CLI, "ingest", *map(str, paths), "--db", str(db), "--workers", str(workers), "--quiet", *options])
    cpu = cpu_seconds() - cpu
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-300:]
    return result, summary, cpu


def ocr_pages_stored(db: Path) -> int:
    """Pages read by OCR in a database (documents.ocr_pages holds each document's page numbers as JSON)."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select ocr_pages from documents where ocr_pages is not null").fetchall()
    finally:
        conn.close()
    return sum(len(json.loads(value)) for (value,) in rows if value)


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
    from committee_papers.db.store import Store

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
    """CPU seconds per stage over ``paths`` in this process: reading, each spaCy
    component, storing; the breakdown that says whose code to speed up.  The
    extractors are primed first, as the ingest primes them before its workers
    fork, so the first file does not pay for loading the rule files."""
    from committee_papers.db.store import Store
    from committee_papers.extract.pipeline import build_nlp
    from committee_papers.extract.paper import make_paper_doc
    from committee_papers.ingest.errors import IngestError
    from committee_papers.ingest.registry import read_document
    from committee_papers.pipeline import warm_up

    nlp = build_nlp()
    warm_up()
    times: dict[str, float] = {}
    pages = characters = 0
    clock = time.process_time  # CPU time: steady on a shared machine, where wall time is not

    def add(stage, since):
        times[stage] = times.get(stage, 0.0) + clock() - since

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "stages.db")
        for path in paths:
            started = clock()
            try:
                document = read_document(path)
            except IngestError:
                continue
            passages = document.passages()
            add("read (reader + passages)", started)
            pages += document.pages or 1
            characters += sum(len(p.text) for p in passages)
            started = clock()
            doc = make_paper_doc(nlp, passages, document.properties, document.filename)
            add("tokenise", started)
            for name, component in nlp.pipeline:
                started = clock()
                doc = component(doc)
                add(name, started)
            started = clock()
            store.save(document, passages, doc._.extraction)
            add("store", started)
        store.close()
    total = sum(times.values())
    # Text formats have no pages: characters compare every format.
    print(f"\nstages (CPU), one process, {len(paths)} files, {pages} pages, {characters:,} characters")
    for stage, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<26} {seconds:7.2f} s  {1000 * seconds / max(pages, 1):7.2f} CPU ms/page  "
              f"{1e7 * seconds / max(characters, 1):6.2f} ms/10k chars  {100 * seconds / total:5.1f} %")
    print(f"  {'all stages':<26} {total:7.2f} s  {1000 * total / max(pages, 1):7.2f} CPU ms/page")


def line(label, seconds, pages, docs=None, extra="", cpu=None):
    rate = f"{pages / seconds:8.1f} pages/s  {1000 * seconds / pages:7.2f} ms/page" if pages and seconds else ""
    cpu_rate = f"  {1000 * cpu / pages:7.2f} CPU ms/page" if pages and cpu is not None else ""
    doc_rate = f"  {docs / seconds:6.1f} docs/s" if docs and seconds else ""
    print(f"  {label:<36} {seconds:7.2f} s  {rate}{cpu_rate}{doc_rate}{extra}")


def pdf_corpus(pdf_folder: Path, work: Path, args) -> None:
    """Every PDF row of the table, and the ratios, for one folder of PDFs."""
    pdfs = pdfs_in(pdf_folder)
    pages = page_count(pdfs)
    print(f"\nPDF corpus: {len(pdfs)} files, {pages} pages ({pdf_folder})")
    print(f"  {'':<36} {'wall':>9}  {'':>14}  {'wall':>10}  {'CPU':>10}")

    print("  peers (one process each)")
    peers = {}
    for name, label, floor, available in [
        ("pdftotext", "pdftotext -layout", floor_pdftotext, shutil.which("pdftotext") is not None),
        ("pypdfium2", "pypdfium2 get_text_range", floor_pypdfium2, True),
        ("pymupdf", "PyMuPDF get_text", floor_pymupdf, importlib.util.find_spec("pymupdf") is not None),
        ("pdfplumber", "pdfplumber extract_text", floor_pdfplumber, True),
    ]:
        if not available:
            print(f"  {label:<36} not installed")
            continue
        seconds, cpu, _ = timed(floor, pdfs)
        peers[name] = seconds
        line(label, seconds, pages, cpu=cpu)
    seconds, cpu, table_pages = timed(floor_hybrid, pdfs)
    line("hybrid: pdfium text, plumber tables", seconds, pages, extra=f"  ({table_pages} ruled pages)", cpu=cpu)

    print("  the project")
    if importlib.util.find_spec("committee_papers.ingest.readers.pdf") is not None:
        seconds, cpu, failures = timed(reader_alone, pdfs)
        line("PDF reader alone (1 process)", seconds, pages, extra=f"  ({failures} failed)" if failures else "",
             cpu=cpu)
    quarter = pdfs[: max(1, len(pdfs) // 4)]
    small, _summary, cpu = full_ingest(quarter, work / "quarter.db", args.workers, "--no-ocr")
    line("full ingest, 1/4 corpus", small.seconds, stored_pages(work / "quarter.db"), len(quarter),
         f"  peak {small.peak_total_mb:.0f} MB", cpu=cpu)
    # The comparison with the peers runs without OCR: they read no text from a scanned page, and
    # Tesseract's 1-2 CPU s a scanned page would hide every other cost.  The OCR run follows on its own line.
    full, full_summary, cpu = full_ingest(pdfs, work / "pdf.db", args.workers, "--no-ocr")
    full_pages = stored_pages(work / "pdf.db")
    line(f"full ingest ({args.workers} workers, no OCR)", full.seconds, full_pages, len(pdfs),
         f"  peak {full.peak_total_mb:.0f} MB (largest process {full.peak_process_mb:.0f} MB)", cpu=cpu)
    print(f"    {full_summary}")
    if shutil.which("tesseract"):
        ocr_run, ocr_summary, cpu = full_ingest(pdfs, work / "ocr.db", args.workers)
        ocr_pages = ocr_pages_stored(work / "ocr.db")
        line(f"full ingest ({args.workers} workers) with OCR", ocr_run.seconds, stored_pages(work / "ocr.db"),
             len(pdfs), f"  ({ocr_pages} scanned pages read by OCR)", cpu=cpu)
    if full_pages != pages:
        print(f"    note: {full_pages} pages stored of {pages} (failed files store none)")
    if importlib.util.find_spec("distributed") is not None:
        dask, dask_summary, cpu = full_ingest(pdfs, work / "dask.db", args.workers, "--engine", "dask", "--no-ocr")
        line(f"full ingest, --engine dask ({args.workers})", dask.seconds, stored_pages(work / "dask.db"), len(pdfs),
             f"  peak {dask.peak_total_mb:.0f} MB (LocalCluster start included)", cpu=cpu)
        print(f"    {dask_summary}")

    print("  ratios (targets in brackets)")
    if full_pages and full.seconds:
        per_page = full.seconds / full_pages
        print(f"    full pipeline vs pdfplumber extract_text: "
              f"{peers['pdfplumber'] / pages / per_page:5.1f}x faster  [>= 8x]")
        if "pdftotext" in peers:
            print(f"    full pipeline vs pdftotext:               "
                  f"{per_page / (peers['pdftotext'] / pages):5.1f}x slower  [<= 4x]")
        print(f"    full pipeline vs pypdfium2 text:          {per_page / (peers['pypdfium2'] / pages):5.1f}x slower")
    print(f"    peak memory, full vs 1/4 corpus:          {full.peak_total_mb:.0f} MB vs "
          f"{small.peak_total_mb:.0f} MB  [flat]")
    if args.profile:
        stage_times(pdfs)
        print("\nprofile: serial ingest of 5 PDFs")
        profile(pdfs[:5])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdfs", type=int, default=40, help="generated PDFs (about 10 pages each)")
    parser.add_argument("--others", type=int, default=20, help="generated DOCX, HTML and TXT papers, each")
    parser.add_argument("--noop", type=int, default=1000, help="papers in the no-op re-run check (0: skip)")
    parser.add_argument("--corpus", type=Path, action="append",
                        help="measure this folder's PDFs instead of the generated ones and ../shared/corpus/real "
                             "(may be given more than once)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--profile", action="store_true", help="also time each stage and cProfile a serial ingest")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="cp-bench-"))
    print(f"committee-papers ingest benchmark  ({os.cpu_count()} CPUs, --workers {args.workers})")
    corpora = args.corpus or [cached_corpus("pdf", {"pdf": args.pdfs}, sections=14, paragraphs=5, tables=2)]
    if not args.corpus and REAL.is_dir():
        corpora.append(REAL)
    for folder in corpora:
        pdf_corpus(folder, work, args)

    if not args.corpus and args.others:
        mixed = cached_corpus("mixed", {"docx": args.others, "html": args.others, "txt": args.others},
                              sections=14, paragraphs=5, tables=2)
        result, summary, cpu = full_ingest([mixed], work / "mixed.db", args.workers)
        print()
        line("full ingest DOCX+HTML+TXT", result.seconds, 0, 3 * args.others,
             f"  peak {result.peak_total_mb:.0f} MB")
        print(f"    {summary}")

    if args.noop:
        many = cached_corpus("noop", {"txt": args.noop}, sections=2, paragraphs=2, tables=0)
        db = work / "noop.db"
        first, summary, _cpu = full_ingest([many], db, args.workers)
        print(f"\n  {args.noop} small papers: first ingest {first.seconds:.1f} s ({summary})")
        again = run([*CLI, "ingest", str(many), "--db", str(db), "--quiet"])
        print(f"  no-op re-run over {args.noop} papers: {again.seconds:.2f} s  [< 2 s] "
              f"({again.stdout.strip().splitlines()[-1] if again.stdout.strip() else again.stderr[-200:]})")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
