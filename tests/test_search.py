"""Ranked full-text search: bm25 order, snippets, and the bounded candidate set
that keeps very common words fast (db.search, the site's search page)."""
import asyncio
import sqlite3

import pytest
import yaml
from datasette.app import Datasette

from committee_papers.db.schema import open_database
from committee_papers.db.search import CANDIDATES, fts_query, search_passages, search_sql
from committee_papers.publish import metadata_path
from committee_papers.publish.queries import search_all_sql

COMMON = 300  # passages holding the common word "therapy"
FEW = 20  # the candidate bound the tests use instead of CANDIDATES


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "kb.db"
    db = open_database(path)
    db.execute("insert into documents (id, filename, source_path, sha256, format, pages, ingested_at) "
               "values (1, 'paper.pdf', '/p/paper.pdf', 'ab', 'pdf', 10, '2026-01-01T00:00:00+00:00')")
    rows = []
    for n in range(1, COMMON + 1):
        # Some passages say "therapy" several times, in fewer words: bm25 ranks those higher.
        repeats = 1 + (n % 4)
        filler = " ".join(["budget report for the committee"] * (4 - n % 4))
        rows.append((n, 1, n, 1 + n // 30, "speech " + " ".join(["therapy"] * repeats) + " " + filler))
    rows.append((COMMON + 1, 1, COMMON + 1, 11, "a rare word: zebra crossing near the school"))
    db.conn.executemany("insert into passages (id, document_id, seq, page, text, kind) "
                        "values (?, ?, ?, ?, ?, 'paragraph')", rows)
    db.conn.commit()
    db.close()
    return path


def unbounded(db_path, query, limit=1000):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "select rowid, rank from passages_fts where passages_fts match ? order by rank limit ?",
            [fts_query(query), limit]).fetchall()
    finally:
        conn.close()


def test_results_are_in_relevance_order_with_snippets(db_path):
    hits = search_passages(db_path, "speech therapy", limit=50)
    assert len(hits) == 50
    ranks = [h["rank"] for h in hits]
    assert ranks == sorted(ranks)
    # Fewer matches than the bound: exactly bm25 over every match.
    assert [(h["id"], h["rank"]) for h in hits] == unbounded(db_path, "speech therapy", 50)
    assert "[therapy]" in hits[0]["snippet"] and "[speech]" in hits[0]["snippet"]
    # Four "therapy" beat one.
    assert hits[0]["snippet"].count("[therapy]") == 4
    assert search_passages(db_path, "zebra")[0]["id"] == COMMON + 1


def test_a_very_common_word_is_ranked_among_its_newest_matches(db_path):
    hits = search_passages(db_path, "therapy", limit=10, candidates=FEW)
    assert len(hits) == 10
    newest = {rowid for rowid in range(COMMON - FEW + 1, COMMON + 1)}
    assert {h["id"] for h in hits} <= newest
    ranks = [h["rank"] for h in hits]
    assert ranks == sorted(ranks)
    # Same bm25 scores as ranking every match (statistics of the whole index),
    # and the same order as the full ranking restricted to the candidates.
    everything = dict(unbounded(db_path, "therapy"))
    assert [h["rank"] for h in hits] == pytest.approx([everything[h["id"]] for h in hits])
    assert ranks == pytest.approx(sorted(everything[rowid] for rowid in newest)[:10])
    assert all("[therapy]" in h["snippet"] for h in hits)


def test_fewer_matches_than_the_bound_are_all_candidates(db_path):
    assert len(search_passages(db_path, "therapy", limit=1000, candidates=COMMON + 1)) == COMMON
    assert len(search_passages(db_path, "therapy", limit=1000, candidates=COMMON)) == COMMON
    assert len(search_passages(db_path, "therapy", limit=1000, candidates=COMMON - 1)) == COMMON - 1
    assert CANDIDATES >= 10_000


def test_bound_is_used_by_the_index_not_a_scan(db_path):
    conn = sqlite3.connect(db_path)
    try:
        plan = " ".join(str(r) for r in conn.execute("explain query plan " + search_sql(FEW),
                                                      {"query": '"therapy"', "limit": 5}))
    finally:
        conn.close()
    assert "M2>" in plan  # FTS5 got the MATCH and the rowid lower bound


def test_search_everything_with_a_common_word(db_path):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        bounded = [dict(r) for r in conn.execute(search_all_sql(FEW), {"q": '"therapy"'})]
        full = [dict(r) for r in conn.execute(search_all_sql(), {"q": '"therapy"'})]
    finally:
        conn.close()
    assert len(bounded) == FEW and len(full) == 100
    assert [h["rank"] for h in full] == sorted(h["rank"] for h in full)
    assert all("[therapy]" in h["snippet"] for h in bounded)


def test_site_search_page_with_a_very_common_word(db_path):
    ds = Datasette(files=[str(db_path)], metadata=yaml.safe_load(metadata_path().read_text()),
                   settings={"suggest_facets": False})

    async def fetch():
        await ds.invoke_startup()
        return await ds.client.get("/-/search?q=therapy")

    response = asyncio.run(fetch())
    assert response.status_code == 200
    assert response.text.count("<mark>therapy</mark>") >= 20
