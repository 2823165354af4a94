"""Search benchmark: two-word queries over N passages through Datasette's JSON API.

    .venv/bin/python bench/search_bench.py                 # 1,000,000 passages
    .venv/bin/python bench/search_bench.py --passages 200000 --http

Builds (once, cached under $TMPDIR/committee-papers-bench) a knowledge base
with the project's schema holding N generated passages: rows go in with
executemany in one transaction with the search trigger off, then one FTS5
rebuild, which is many times faster than indexing row by row.  Then it times
two-word queries, a warm-up pass first, and prints median and p95 for:

* ``passages.json?_search=...&_shape=array``: the table API a client uses;
* the ranked search (db.search.SEARCH_SQL: bm25 order, snippet) as a
  ``papers.json?sql=...`` query: what ``committee-papers search`` runs;
* the site's search page ``/-/search?q=...`` (passages and every fact
  table, bm25, snippets, counts per kind, rendered HTML): what a person
  searching sees; and its 20th page of results (hits 951-1,000).

It also prints how many passages each query matches: the generated passages
repeat template sentences, so their two-word queries match 1-15% of the rows,
10-100 times more than the same queries in the real papers; a common single
word ("service", "budget") matches 5-10% of real passages.

By default requests go through Datasette's in-process test client (routing,
SQL, JSON rendering; no sockets); ``--http`` serves the database with
``committee-papers serve`` on 127.0.0.1 and times real HTTP requests.
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import AUTHORITIES, COMMITTEES, PROVIDERS, SENTENCES, SERVICES, _fill  # noqa: E402

# Pairs that real users type, from very common to rare in the generated text.
QUERIES = [
    "block contract", "speech therapy", "domiciliary care", "waiting times", "procurement exercise",
    "service users", "equality assessment", "cost pressure", "brightside therapies", "occupational therapy",
    "school nursing", "section 75", "framework agreement", "health visiting", "legal team",
    "carers support", "recovery plan", "market engagement", "egdon care", "mental advocacy",
]


def build(path: Path, passages: int, seed: int = 3) -> None:
    from committee_papers.db.schema import open_database

    started = time.perf_counter()
    rng = random.Random(seed)
    pool = [_fill(rng, rng.choice(SENTENCES), rng.choice(AUTHORITIES), rng.choice(COMMITTEES),
                  rng.choice(SERVICES)) for _ in range(50_000)]
    # The templates alone would make every query term absurdly common; real
    # papers spread over a large vocabulary with a Zipf-like tail.
    syllables = ["ba", "ker", "mon", "ti", "sal", "ve", "dor", "an", "qui", "pel", "ru", "sto", "fen", "li"]
    vocabulary = ["".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(30_000)]
    cumulative, total = [], 0.0
    for rank in range(1, len(vocabulary) + 1):
        total += 1 / rank
        cumulative.append(total)
    db = open_database(path)
    conn = db.conn
    trigger_sql = conn.execute(
        "select sql from sqlite_master where type = 'trigger' and name = 'passages_ai'").fetchone()[0]
    documents = max(1, passages // 500)
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER passages_ai")
    conn.executemany(
        "insert into documents (id, filename, source_path, sha256, format, pages, ingested_at) "
        "values (?, ?, ?, ?, 'pdf', 20, '2026-01-01T00:00:00+00:00')",
        ((d, f"paper-{d}.pdf", f"/papers/paper-{d}.pdf", f"{d:064x}") for d in range(1, documents + 1)))

    def rows():
        for n in range(passages):
            document = n // 500 + 1
            yield (n + 1, min(document, documents), n % 500 + 1, n % 500 // 25 + 1,
                   f"{n % 500 // 50 + 1}", f"{n % 500 // 50 + 1}. {rng.choice(PROVIDERS)}", "paragraph",
                   " ".join(rng.choices(pool, k=rng.randint(1, 2))) + " "
                   + " ".join(rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(10, 40))))

    conn.executemany("insert into passages (id, document_id, seq, page, section, heading, kind, text) "
                     "values (?, ?, ?, ?, ?, ?, ?, ?)", rows())
    inserted = time.perf_counter()
    conn.execute("INSERT INTO passages_fts (passages_fts) VALUES ('rebuild')")
    conn.execute(trigger_sql)
    conn.execute("COMMIT")
    conn.execute("INSERT INTO passages_fts (passages_fts) VALUES ('optimize')")
    db.close()
    print(f"  built {passages:,} passages in {time.perf_counter() - started:.1f} s "
          f"(rows {inserted - started:.1f} s, search index {time.perf_counter() - inserted:.1f} s), "
          f"{path.stat().st_size / 2**20:.0f} MB")


def cached_database(passages: int) -> Path:
    folder = Path(tempfile.gettempdir()) / "committee-papers-bench" / f"search-{passages}"
    # metadata.yml configures the database called "papers": keep that name.
    path = folder / "papers.db"
    done = folder / ".complete"
    if not done.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("papers.db*"):
            stale.unlink()
        build(path, passages)
        done.write_text("")
    return path


def requests_for(query: str) -> dict[str, str]:
    from committee_papers.db.search import SEARCH_SQL, fts_query

    # For comparison in the same run: bm25 over every match (the ranked
    # search before it bounded its candidates).
    unbounded = "\n".join(line for line in SEARCH_SQL.splitlines() if "rowid >=" not in line)
    return {
        "table API ?_search=": "/papers/passages.json?" + urllib.parse.urlencode(
            {"_search": query, "_shape": "array", "_size": 20}),
        "ranked search (bm25, snippet)": "/papers.json?" + urllib.parse.urlencode(
            {"sql": SEARCH_SQL, "query": fts_query(query), "limit": 20, "_shape": "array"}),
        "ranked, every match scored (old)": "/papers.json?" + urllib.parse.urlencode(
            {"sql": unbounded, "query": fts_query(query), "limit": 20, "_shape": "array"}),
        "site search page /-/search": "/-/search?" + urllib.parse.urlencode({"q": query}),
        "site search, results page 20": "/-/search?" + urllib.parse.urlencode({"q": query, "page": 20}),
    }


def non_empty(label: str, body: str) -> bool:
    if label.startswith("site"):
        return "<mark>" in body
    return bool(json.loads(body))


def match_counts(db: Path) -> list[int]:
    import sqlite3

    from committee_papers.db.search import fts_query

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [conn.execute("select count(*) from passages_fts where passages_fts match ?",
                             [fts_query(q)]).fetchone()[0] for q in QUERIES]
    finally:
        conn.close()


class InProcess:
    def __init__(self, db: Path):
        import asyncio

        import yaml
        from datasette.app import Datasette

        from committee_papers.publish import metadata_path

        self.loop = asyncio.new_event_loop()
        self.datasette = Datasette(files=[str(db)], metadata=yaml.safe_load(metadata_path().read_text()),
                                   settings={"suggest_facets": False})
        self.loop.run_until_complete(self.datasette.invoke_startup())

    def get(self, path: str):
        response = self.loop.run_until_complete(self.datasette.client.get(path))
        return response.status_code, response.text

    def close(self):
        self.loop.close()


class Served:
    def __init__(self, db: Path):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from committee_papers.cli import main; main()", "serve", "--db", str(db),
             "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("datasette did not start")

    def get(self, path: str):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}") as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    def close(self):
        self.process.terminate()
        self.process.wait()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=10, help="times each query is timed")
    parser.add_argument("--http", action="store_true", help="time a served instance over HTTP")
    args = parser.parse_args(argv)

    print(f"committee-papers search benchmark  ({args.passages:,} passages, "
          f"{'HTTP on 127.0.0.1' if args.http else 'Datasette test client'})")
    db = cached_database(args.passages)
    counts = match_counts(db)
    print(f"  matches per query: median {statistics.median(counts):,.0f}, max {max(counts):,} "
          f"({100 * max(counts) / args.passages:.0f}% of passages)")
    client = Served(db) if args.http else InProcess(db)
    try:
        timings: dict[str, list[float]] = {}
        failures: dict[str, int] = {}
        for query in QUERIES:  # warm-up: page cache and Datasette's first-request work
            for path in requests_for(query).values():
                client.get(path)
        for _round in range(args.rounds):
            for query in QUERIES:
                for label, path in requests_for(query).items():
                    started = time.perf_counter()
                    status, body = client.get(path)
                    elapsed = time.perf_counter() - started
                    if status != 200 or not non_empty(label, body):
                        failures[label] = failures.get(label, 0) + 1
                    timings.setdefault(label, []).append(elapsed)
        print(f"\n  {len(QUERIES)} two-word queries x {args.rounds} rounds")
        for label, values in timings.items():
            note = f"  ({failures[label]} errors or empty)" if failures.get(label) else ""
            print(f"  {label:<32} median {1000 * statistics.median(values):6.1f} ms   "
                  f"p95 {1000 * percentile(values, 0.95):6.1f} ms   max {1000 * max(values):6.1f} ms{note}")
        print("  target: p95 < 100 ms")
    finally:
        client.close()


if __name__ == "__main__":
    main()
