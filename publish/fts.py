"""SQL functions the canned queries use, registered on every Datasette
connection (entry point ``committee_papers_fts``).

``fts_query(text)``: any text a person types as an FTS5 query, escaped the way
db.search escapes the search page's input (every word quoted, all must
appear), so `children's` or `cost-of-living` are words, not FTS5 syntax.
Empty input matches nothing rather than failing.

``service_category_of(text)``: the service category a phrase names
("speech therapy", "SALT" -> speech-and-language-therapy), by the same
taxonomy the contracts were categorised with; NULL when it names none.
"""
from __future__ import annotations

from datasette import hookimpl

from committee_papers.db.categories import UNCATEGORISED, categorise
from committee_papers.db.search import fts_query as _words_query

MATCH_NOTHING = '""'


def fts_query(text) -> str:
    return _words_query(str(text or "")) or MATCH_NOTHING


def service_category_of(text):
    category = categorise(str(text or "")).category
    return None if category == UNCATEGORISED else category


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("service_category_of", 1, service_category_of, deterministic=True)
