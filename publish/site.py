"""The Datasette plugin behind the committee-papers site.

Registered as the ``committee_papers`` entry point, so ``committee-papers
serve`` (and plain ``datasette`` in this environment) gets: table metadata and
canned queries on every database, GBP rendering, one search page across all
facts, a page per document with its facts and passages, the original file, and
charts.  Nothing here writes to the database.
"""
from __future__ import annotations

import html
import os
import re
from functools import lru_cache
from pathlib import Path

import yaml
from datasette import hookimpl
from datasette.utils.asgi import AsgiFileDownload, Response
from markupsafe import Markup

from . import metadata_path
from .queries import CANNED_QUERIES, SEARCH_ALL

MONEY_COLUMNS = {"value_gbp", "known_value_gbp"}
INTERNAL = {"_internal"}
TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def _papers_metadata() -> dict:
    with open(metadata_path(), encoding="utf-8") as fh:
        return (yaml.safe_load(fh).get("databases") or {}).get("papers") or {}


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # The project's pages are found however Datasette was started (our
    # `serve`, a plain `datasette papers.db`, or Datasette's test client).
    from jinja2 import FileSystemLoader

    env.loader.loaders.append(FileSystemLoader(str(TEMPLATES)))


@hookimpl
def get_metadata(datasette, key, database, table):
    # metadata.yml describes the tables under `papers`; apply that to every
    # database so a knowledge base called anything.db is described the same.
    tables = _papers_metadata()
    return {"databases": {name: tables for name in datasette.databases if name not in INTERNAL}}


@hookimpl
def canned_queries(datasette, database, actor):
    if database in INTERNAL:
        return {}
    return CANNED_QUERIES


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column in MONEY_COLUMNS and isinstance(value, (int, float)) and not isinstance(value, bool):
        return Markup(f'<span class="gbp" title="GBP">£{value:,.0f}</span>')
    if column == "snippet" and isinstance(value, str):
        return Markup(highlight(value))
    return None


def highlight(snippet: str) -> str:
    """Escape a snippet, then turn the FTS [match] markers into <mark>."""
    escaped = html.escape(snippet)
    return re.sub(r"\[([^\[\]]*)\]", r"<mark>\1</mark>", escaped)


def not_found(message):
    return Response.text(message, status=404)


def _database(datasette):
    names = [n for n in datasette.databases if n not in INTERNAL]
    if not names:
        return None
    return datasette.get_database(names[0])


async def search_page(datasette, request):
    from db.search import fts_query

    q = request.args.get("q", "").strip()
    db = _database(datasette)
    if db is None:
        return not_found("no database")
    hits = []
    error = None
    expression = fts_query(q) if q else ""
    if expression:
        try:
            rows = await db.execute(SEARCH_ALL, {"q": expression})
            hits = [dict(r) | {"snippet_html": Markup(highlight(r["snippet"] or ""))} for r in rows]
        except Exception as exc:  # a malformed query must not be a 500
            error = str(exc)
    return Response.html(await datasette.render_template(
        "cp_search.html", {"q": q, "hits": hits, "error": error, "database": db.name}, request=request))


FACT_QUERIES = {
    "contracts": """select c.*, comm.name as commissioner, prov.name as provider from contracts c
        left join organisations comm on comm.id = c.commissioner_id
        left join organisations prov on prov.id = c.provider_id where c.document_id = ? order by c.page, c.id""",
    "key_dates": "select * from key_dates where document_id = ? order by date",
    "recommendations": "select * from recommendations where document_id = ? order by id",
    "risks": "select * from risks where document_id = ? order by id",
    "amounts": "select * from amounts where document_id = ? order by page, id",
}


async def document_page(datasette, request):
    db = _database(datasette)
    if db is None:
        return not_found("no database")
    doc_id = int(request.url_vars["id"])
    rows = await db.execute(
        """select d.*, o.name as authority from documents d
           left join organisations o on o.id = d.authority_id where d.id = ?""", [doc_id])
    document = rows.first()
    if document is None:
        return not_found("no such document")
    facts = {}
    for kind, sql in FACT_QUERIES.items():
        facts[kind] = [dict(r) for r in await db.execute(sql, [doc_id])]
    passages = [dict(r) for r in await db.execute(
        "select id, seq, page, section, kind, text from passages where document_id = ? order by seq", [doc_id])]
    return Response.html(await datasette.render_template("cp_document.html", {
        "document": dict(document), "facts": facts, "passages": passages, "database": db.name,
        "file_available": _stored_file(dict(document)) is not None,
    }, request=request))


def _stored_file(document: dict):
    """The original file of an ingested document, if it is still there unchanged in size."""
    path = document.get("source_path")
    if not path or not os.path.isfile(path):
        return None
    if document.get("size") is not None and os.path.getsize(path) != document["size"]:
        return None
    return path


async def document_file(datasette, request):
    db = _database(datasette)
    if db is None:
        return not_found("no database")
    doc_id = int(request.url_vars["id"])
    document = (await db.execute("select * from documents where id = ?", [doc_id])).first()
    if document is None:
        return not_found("no such document")
    path = _stored_file(dict(document))
    if path is None:
        return not_found("the original file is no longer where it was ingested from")
    return AsgiFileDownload(path, filename=document["filename"])


def _bars(rows, label_key, value_key, money=True):
    """A horizontal SVG bar chart; every label is escaped."""
    rows = [r for r in rows if r[value_key]]
    if not rows:
        return Markup("<p>No data yet.</p>")
    top = max(r[value_key] for r in rows)
    height = 22 * len(rows) + 10
    parts = [f'<svg class="cp-chart" width="760" height="{height}" role="img">']
    for i, r in enumerate(rows):
        width = max(1, int(440 * r[value_key] / top))
        y = 5 + 22 * i
        value = f"£{r[value_key]:,.0f}" if money else f"{r[value_key]:,}"
        parts.append(
            f'<text x="0" y="{y + 14}" font-size="12">{html.escape(str(r[label_key]))[:60]}</text>'
            f'<rect x="300" y="{y}" width="{width}" height="16" fill="#276890"></rect>'
            f'<text x="{305 + width}" y="{y + 13}" font-size="11">{value}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


async def charts_page(datasette, request):
    db = _database(datasette)
    if db is None:
        return not_found("no database")
    spend = [dict(r) for r in await db.execute(
        """select coalesce(authority, '(unknown)') || ' — ' || coalesce(service, '?') as label, known_value_gbp
           from spend_by_authority_service order by known_value_gbp desc limit 40""")]
    ending = [dict(r) for r in await db.execute(
        """select substr(end_date, 1, 4) as year, count(*) as contracts from contracts_ending
           group by year order by year""")]
    return Response.html(await datasette.render_template("cp_charts.html", {
        "spend_chart": _bars(spend, "label", "known_value_gbp"),
        "ending_chart": _bars(ending, "year", "contracts", money=False),
        "database": db.name,
    }, request=request))


@hookimpl
def register_routes():
    return [
        (r"^/-/search$", search_page),
        (r"^/-/document/(?P<id>\d+)$", document_page),
        (r"^/-/document/(?P<id>\d+)/file$", document_file),
        (r"^/-/charts$", charts_page),
    ]
