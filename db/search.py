"""Full-text search over passages, ranked by relevance (FTS5 bm25)."""
from __future__ import annotations

import re
import sqlite3

SEARCH_SQL = """
select passages.id, passages.document_id, documents.filename, documents.title,
       passages.page, passages.section, passages.heading, passages.kind,
       snippet(passages_fts, 1, '[', ']', ' … ', 24) as snippet,
       passages_fts.rank as rank
from passages_fts
join passages on passages.id = passages_fts.rowid
join documents on documents.id = passages.document_id
where passages_fts match :query
order by passages_fts.rank
limit :limit
"""


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must appear, any order.

    Quoting each word keeps FTS5 syntax characters in pasted text (`-`, `:`,
    `(`) from being read as operators.
    """
    words = re.findall(r"[\w£'’]+", text)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_passages(db_path, query: str, limit: int = 20) -> list[dict]:
    expression = fts_query(query)
    if not expression:
        return []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(SEARCH_SQL, {"query": expression, "limit": limit})]
    finally:
        conn.close()
