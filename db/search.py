"""Full-text search over passages, ranked by relevance (FTS5 bm25).

bm25 scores every passage a query matches before the best are kept, about
1-3 µs each: a word in a tenth of a million passages would cost a quarter of a
second.  So ranking is two-stage.  The FTS index first finds, cheaply and in
rowid order without scoring, the ``CANDIDATES``-th newest match; bm25 then
ranks only the matches from there on (FTS5 takes the ``rowid >=`` bound into
its index scan).  A query with fewer matches than that is ranked in full, as
before; a very common one is ranked among its ``CANDIDATES`` most recently
ingested matches, with the same bm25 scores (its statistics still come from
the whole index), so results stay in relevance order with snippets.
"""
from __future__ import annotations

import re
import sqlite3

# Matches ranked by bm25 at most; 20,000 cost about 25-35 ms on this machine.
CANDIDATES = 20_000


def candidate_floor(fts_table: str, param: str, candidates: int = CANDIDATES, expression: str = "") -> str:
    """SQL for the lowest rowid worth ranking: that of the ``candidates``-th
    newest match of ``:param`` (or of the SQL ``expression`` given), or 0
    when there are fewer matches."""
    return (f"coalesce((select rowid from {fts_table} where {fts_table} match {expression or ':' + param} "
            f"order by rowid desc limit 1 offset {int(candidates) - 1}), 0)")


def search_sql(candidates: int = CANDIDATES) -> str:
    """Passages matching ``:query``, best first, at most ``:limit``."""
    return f"""
select passages.id, passages.document_id, documents.filename, documents.title,
       passages.page, passages.section, passages.heading, passages.kind,
       snippet(passages_fts, 1, '[', ']', ' … ', 24) as snippet,
       passages_fts.rank as rank
from passages_fts
join passages on passages.id = passages_fts.rowid
join documents on documents.id = passages.document_id
where passages_fts match :query
  and passages_fts.rowid >= {candidate_floor("passages_fts", "query", candidates)}
order by passages_fts.rank
limit :limit
"""


SEARCH_SQL = search_sql()


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must appear, any order.

    Quoting each word keeps FTS5 syntax characters in pasted text (`-`, `:`,
    `(`) from being read as operators.
    """
    words = re.findall(r"[\w£'’]+", text)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_passages(db_path, query: str, limit: int = 20, candidates: int = CANDIDATES) -> list[dict]:
    expression = fts_query(query)
    if not expression:
        return []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(search_sql(candidates), {"query": expression, "limit": limit})]
    finally:
        conn.close()
