"""The Datasette plugin behind the committee-papers site.

Registered as the ``committee_papers`` entry point, so ``committee-papers
serve`` (and plain ``datasette`` in this environment) gets: table metadata and
canned queries on every database, GBP rendering, one search page across all
facts, a page per document with its facts and passages, the original file, and
charts.  Nothing here writes to the database.
"""
from __future__ import annotations

import asyncio
import dataclasses
import html
import json
import re
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

import yaml
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup

from committee_papers.db.search import CANDIDATES, fts_query

from . import everything, metadata_path
from .charts import bar_chart
from .headers import DOWNLOAD_CSP, PDF_CSP, STRICT_CSP, security_headers
from .limits import limit_connection
from .links import document_url, linked_cell, table_url
from .original import OpenFileResponse, Recorded, Unavailable, first_available, ingested_folders
from .queries import CANNED_QUERIES

MONEY_COLUMNS = {"value_gbp", "known_value_gbp", "annual_value_gbp", "known_annual_value_gbp"}
INTERNAL = {"_internal"}
TEMPLATES = Path(__file__).resolve().parent / "templates"
STYLESHEET = Path(__file__).resolve().parent / "assets" / "site.css"
STYLESHEET_PATH = "-/committee-papers.css"


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
def extra_css_urls(datasette):
    return [datasette.urls.path(STYLESHEET_PATH)]


async def stylesheet(request):
    return Response(STYLESHEET.read_text(encoding="utf-8"), content_type="text/css; charset=utf-8",
                    headers={"cache-control": "max-age=3600"})


@hookimpl
def prepare_connection(conn, database, datasette):
    limit_connection(conn)


@hookimpl
def asgi_wrapper(datasette):
    return security_headers


@hookimpl
def handle_exception(datasette, request, exception):
    """An unexpected error is a plain 500 page, never the exception's text.
    (Datasette's own handler runs too and logs the traceback on the server.)"""
    if isinstance(exception, (Base400, DatasetteError)):
        return None  # Datasette's own 4xx pages say what was wrong with the request
    message = "Internal error. The details are in the server's log."
    if request.path.endswith(".json"):
        return Response.json({"ok": False, "error": message, "status": 500}, status=500)

    async def page():
        return await _message(datasette, request, "Internal error", message, status=500)

    return page


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
    link = linked_cell(datasette, row, column, value, database)
    if link is not None:
        return link
    if column in MONEY_COLUMNS and isinstance(value, (int, float)) and not isinstance(value, bool):
        return Markup(f'<span class="gbp" title="GBP">£{value:,.0f}</span>')
    if column == "snippet" and isinstance(value, str):
        return Markup(highlight(value))
    return None


def highlight(snippet: str) -> str:
    """Escape a snippet, then turn the FTS [match] markers into <mark>."""
    escaped = html.escape(snippet)
    return re.sub(r"\[([^\[\]]*)\]", r"<mark>\1</mark>", escaped)


# SQLite stores integers in 64 bits: a longer id is no document, not an OverflowError.
MAX_ROW_ID = 2 ** 63 - 1
PASSAGES_PER_PAGE = 500


def _row_id(text):
    """A positive SQLite row id from a URL, or None."""
    if not text or not (text.isascii() and text.isdigit()) or len(text) > 19 or int(text) > MAX_ROW_ID:
        return None
    return int(text)


async def _page(datasette, request, template, context, status=200):
    """One of the project's pages, under the strict Content-Security-Policy."""
    return Response.html(await datasette.render_template(template, context, request=request),
                         status=status, headers={"content-security-policy": STRICT_CSP})


async def _message(datasette, request, title, message, status=404):
    """A plain page saying what is wrong, never an exception's text."""
    return await _page(datasette, request, "cp_message.html", {"title": title, "message": message}, status)


def _database(datasette):
    names = [n for n in datasette.databases if n not in INTERNAL]
    if not names:
        return None
    return datasette.get_database(names[0])


async def _knowledge_base(datasette, needs=("documents",)):
    """The database, if it has the tables a page reads (an empty one has none yet)."""
    db = _database(datasette)
    if db is None:
        return None
    existing = set(await db.table_names()) | set(await db.view_names())
    return db if set(needs) <= existing else None


NOTHING_YET = "This database holds no committee papers yet: run committee-papers ingest first."
SEARCH_TABLES = ("documents", "organisations", "passages_fts")


def _search_filters(args) -> everything.Filters:
    """The filters a search URL asks for; an unknown kind or a malformed value is ignored."""
    year = args.get("year", "").strip()
    kind = args.get("kind", "").strip()
    return everything.Filters(
        authority=_row_id(args.get("authority", "").strip()),
        committee=args.get("committee", "").strip(),
        year=year if len(year) == 4 and year.isdigit() else "",
        kind=kind if kind in everything.KIND_NAMES else "")


async def search_page(datasette, request):
    q = request.args.get("q", "").strip()
    db = await _knowledge_base(datasette, SEARCH_TABLES)
    if db is None:
        return await _message(datasette, request, "Search", NOTHING_YET)
    filters = _search_filters(request.args)
    page = _row_id(request.args.get("page", "1")) or 1
    available = set(await db.table_names())
    choices = {name: [tuple(r) for r in await db.execute(sql)]
               for name, sql in everything.FILTER_CHOICES.items()}
    hits, counts, error = [], {}, None
    expression = fts_query(q) if q else ""
    if expression:
        params = {"q": expression, **filters.params()}
        try:
            # Counts per kind ignore the kind filter, so the other kinds stay one click away.
            counted = everything.kinds_for(dataclasses.replace(filters, kind=""), available)
            if counted:
                row = (await db.execute(everything.counts_sql(counted, filters), params, log_sql_errors=False)).first()
                counts = {k.name: row[k.name] for k in counted}
            kinds = everything.kinds_for(filters, available)
            if kinds:
                rows = await db.execute(everything.hits_sql(kinds, filters, (page - 1) * everything.PER_PAGE),
                                        params, log_sql_errors=False)
                hits = await _with_snippets(db, [dict(r) for r in rows], expression)
        except QueryInterrupted:
            error = "the search took too long. Try fewer or more specific words, or a quoted phrase."
        except sqlite3.DatabaseError as exc:
            # The reason goes to the server's log; the page never shows SQL or parameters.
            print(f"search failed for {q!r}: {type(exc).__name__}: {exc}", file=sys.stderr)
            error = "these words could not be searched. Try plain words or a quoted phrase."
    # Pages reach every hit that is ranked: each kind's matches, or its newest
    # CANDIDATES of them when it has more (see db.search); the page says so.
    shown = {kind: n for kind, n in counts.items() if kind == filters.kind or not filters.kind}
    total = sum(shown.values())
    beyond_ranking = any(n > CANDIDATES for n in shown.values())
    pages = max(1, -(-sum(min(n, CANDIDATES) for n in shown.values()) // everything.PER_PAGE))
    base = {k: v for k, v in (("q", q), ("authority", filters.authority or ""), ("committee", filters.committee),
                              ("year", filters.year)) if v}
    return await _page(datasette, request, "cp_search.html", {
        "q": q, "hits": hits, "error": error, "database": db.name, "filters": filters, "choices": choices,
        "counts": counts, "total": total, "beyond_ranking": beyond_ranking, "candidates": CANDIDATES, "page": page, "pages": pages, "kinds": everything.KIND_NAMES,
        "first_shown": (page - 1) * everything.PER_PAGE + 1, "last_shown": (page - 1) * everything.PER_PAGE + len(hits),
        "search_url": lambda **changes: _search_url(datasette, {**base, "kind": filters.kind, **changes}),
    })


async def _with_snippets(db, hits: list[dict], expression: str) -> list[dict]:
    """The page's hits with their highlighted snippets, made for these rows only."""
    snippets = {}
    if hits:
        rows = await db.execute(everything.snippets_sql(hits), {"q": expression}, log_sql_errors=False)
        snippets = {(kind, row_id): snippet for kind, row_id, snippet in rows}
    return [h | {"snippet_html": Markup(highlight(snippets.get((h["kind"], h["row_id"])) or ""))} for h in hits]


def _search_url(datasette, args: dict) -> str:
    """A search link keeping the query and filters; page 1 and empty values are left out."""
    kept = {k: v for k, v in args.items() if v not in ("", None) and not (k == "page" and v == 1)}
    return datasette.urls.path("-/search") + "?" + urlencode(kept)


FACT_QUERIES = {
    "contracts": """select c.*, comm.name as commissioner, prov.name as provider from contracts c
        left join organisations comm on comm.id = c.commissioner_id
        left join organisations prov on prov.id = c.provider_id where c.document_id = ? order by c.page, c.id""",
    "key_dates": "select * from key_dates where document_id = ? order by date",
    "recommendations": "select * from recommendations where document_id = ? order by id",
    "decisions": "select * from decisions where document_id = ? order by page, id",
    "risks": "select * from risks where document_id = ? order by id",
    "amounts": "select * from amounts where document_id = ? order by page, id",
}


async def _page_of_passage(db, doc_id, passage_id):
    """The page of the document's passage list that holds the passage, or None."""
    row = (await db.execute(
        """select (select count(*) from passages where document_id = :doc and seq < p.seq)
           from passages p where p.id = :passage and p.document_id = :doc""",
        {"doc": doc_id, "passage": passage_id})).first()
    return None if row is None else row[0] // PASSAGES_PER_PAGE + 1


async def document_page(datasette, request):
    db = await _knowledge_base(datasette, ("documents", "organisations", "passages") + tuple(FACT_QUERIES))
    doc_id = _row_id(request.url_vars["id"])
    if db is None or doc_id is None:
        return await _message(datasette, request, "No such document", "There is no document with that number.")
    rows = await db.execute(
        """select d.*, o.name as authority from documents d
           left join organisations o on o.id = d.authority_id where d.id = ?""", [doc_id])
    document = rows.first()
    if document is None:
        return await _message(datasette, request, "No such document", "There is no document with that number.")
    here = datasette.urls.path(f"-/document/{doc_id}")
    if "passage" in request.args:
        passage_id = _row_id(request.args["passage"])
        page = await _page_of_passage(db, doc_id, passage_id) if passage_id else None
        if page is None:
            return await _message(datasette, request, "No such passage",
                                  "This document has no passage with that number.")
        return Response.redirect(f"{here}?page={page}#passage-{passage_id}")
    total = (await db.execute("select count(*) from passages where document_id = ?", [doc_id])).first()[0]
    pages = max(1, -(-total // PASSAGES_PER_PAGE))
    page = _row_id(request.args.get("page", "1"))
    if not page or page > pages:
        return await _message(datasette, request, "No such page",
                              f"This document's passages run to {pages:,} page{'s' if pages != 1 else ''}.")
    facts = {}
    for kind, sql in FACT_QUERIES.items():
        facts[kind] = [dict(r) for r in await db.execute(sql, [doc_id])]
    passages = [dict(r) for r in await db.execute(
        """select id, seq, page, section, kind, text from passages where document_id = ?
           order by seq limit ? offset ?""", [doc_id, PASSAGES_PER_PAGE, (page - 1) * PASSAGES_PER_PAGE])]
    return await _page(datasette, request, "cp_document.html", {
        "document": dict(document), "facts": facts, "passages": passages, "database": db.name,
        "passage_ids": {p["id"] for p in passages}, "here": here,
        "page": page, "pages": pages, "total_passages": total,
        "first_shown": (page - 1) * PASSAGES_PER_PAGE + 1 if passages else 0,
        "last_shown": (page - 1) * PASSAGES_PER_PAGE + len(passages),
        "file_available": await _original_available(db, dict(document)),
        "file_url": datasette.urls.path(f"-/document/{doc_id}/file"),
    })


async def _original_available(db, document: dict) -> bool:
    """Whether to offer the download: a cheap look (no hashing); the download checks fully."""
    try:
        fh, _ = await _open_original(db, document, verify_bytes=False)
    except Unavailable:
        return False
    fh.close()
    return True


async def _open_original(db, document: dict, verify_bytes=True):
    """(open file, size) of the document's original while it is still the
    ingested bytes; raises Unavailable saying why not (see publish.original)."""
    recorded = []
    folders = set()
    if await db.table_exists("document_paths"):
        recorded = [Recorded(r["path"], r["size"], r["mtime"]) for r in await db.execute(
            "select path, size, mtime from document_paths where document_id = ? order by path != ?, path",
            [document["id"], document.get("source_path")])]
        # One path per folder (SQLite's dirname: the path up to its last "/"), so a page view
        # resolves each ingested folder once, not every stored file.
        folders = ingested_folders(r["path"] for r in await db.execute(
            "select min(path) as path from document_paths group by rtrim(path, replace(path, '/', ''))"))
    if not recorded and document.get("source_path"):
        recorded = [Recorded(document["source_path"], document.get("size"), document.get("mtime"))]
        folders = ingested_folders([document["source_path"]])
    return await asyncio.to_thread(first_available, recorded, document["sha256"], folders, verify_bytes)


async def document_file(datasette, request):
    db = await _knowledge_base(datasette)
    doc_id = _row_id(request.url_vars["id"])
    document = None
    if db is not None and doc_id is not None:
        document = (await db.execute("select * from documents where id = ?", [doc_id])).first()
    if document is None:
        return await _message(datasette, request, "No such document", "There is no document with that number.")
    try:
        fh, size = await _open_original(db, dict(document))
    except Unavailable as exc:
        return await _message(datasette, request, "Original file not available",
                              f"{exc}. The facts and passages stored from it are still on the document's page.",
                              status=exc.status)
    if document["format"] == "pdf":
        # Inline, so the browser's PDF viewer opens it and honours #page=N.
        return OpenFileResponse(fh, size, document["filename"], {"content-security-policy": PDF_CSP}, "inline")
    return OpenFileResponse(fh, size, document["filename"], {"content-security-policy": DOWNLOAD_CSP})


async def passage_redirect(datasette, request):
    """/-/passage/ID: the passage on its document's page (for rows that name no document)."""
    return await _redirect_to_source(datasette, request, "select document_id, id from passages where id = ?",
                                     "passage")


async def contract_redirect(datasette, request):
    """/-/contract/ID: the contract's source passage on its document's page."""
    return await _redirect_to_source(datasette, request,
                                     "select document_id, passage_id from contracts where id = ?", "contract")


async def _redirect_to_source(datasette, request, sql, what):
    db = await _knowledge_base(datasette, ("documents", "passages", "contracts"))
    row_id = _row_id(request.url_vars["id"])
    row = (await db.execute(sql, [row_id])).first() if db is not None and row_id is not None else None
    if row is None:
        return await _message(datasette, request, f"No such {what}", f"There is no {what} with that number.")
    document_id, passage_id = row
    return Response.redirect(document_url(datasette, document_id, passage_id))


ORGANISATION_CONTRACTS = """
select c.id, c.document_id, c.passage_id, c.page, c.service, c.value_gbp, c.value_text, c.period, c.is_total,
       c.contract_type, c.status, c.start_date, c.end_date, d.format,
       coalesce(d.title, d.filename) as document, d.meeting_date,
       c.commissioner_id, comm.name as commissioner, c.provider_id, prov.name as provider
from contracts c join documents d on d.id = c.document_id
left join organisations comm on comm.id = c.commissioner_id
left join organisations prov on prov.id = c.provider_id
where c.{role}_id = ?
order by d.meeting_date desc, c.document_id, c.page, c.id"""

ORGANISATION_DOCUMENTS = """
select d.id, coalesce(d.title, d.filename) as document, d.filename, d.committee, d.meeting_date,
       d.authority_id = :org as published, coalesce(m.mentions, 0) as mentions
from documents d left join document_organisations m on m.document_id = d.id and m.organisation_id = :org
where d.authority_id = :org or m.organisation_id is not null
order by d.meeting_date desc, d.id"""


async def organisation_page(datasette, request):
    db = await _knowledge_base(datasette, ("documents", "organisations", "organisation_aliases", "contracts",
                                           "document_organisations"))
    org_id = _row_id(request.url_vars["id"])
    organisation = None
    if db is not None and org_id is not None:
        organisation = (await db.execute("select * from organisations where id = ?", [org_id])).first()
    if organisation is None:
        return await _message(datasette, request, "No such organisation", "There is no organisation with that number.")
    aliases = [r[0] for r in await db.execute(
        "select alias from organisation_aliases where organisation_id = ? and alias != ? order by alias",
        [org_id, organisation["name"]])]
    contracts = {role: [dict(r) for r in await db.execute(ORGANISATION_CONTRACTS.format(role=role), [org_id])]
                 for role in ("commissioner", "provider")}
    documents = [dict(r) for r in await db.execute(ORGANISATION_DOCUMENTS, {"org": org_id})]
    return await _page(datasette, request, "cp_organisation.html", {
        "organisation": dict(organisation), "aliases": aliases, "contracts": contracts, "documents": documents,
        "database": db.name,
    })


async def inputs_page(datasette, request):
    """What the knowledge base could not read, or read with doubts, and why."""
    db = await _knowledge_base(datasette, ("documents", "ingest_errors"))
    if db is None:
        return await _message(datasette, request, "Inputs", NOTHING_YET, status=200)
    errors = [dict(r) for r in await db.execute("select path, error, at from ingest_errors order by at desc, id desc")]
    doubtful = []
    for row in await db.execute(
            """select id, coalesce(title, filename) as document, filename, format, needs_ocr, warnings
               from documents where needs_ocr or warnings is not null order by id"""):
        reasons = _warnings(row["warnings"])
        if row["needs_ocr"] and not any("ocr" in r.lower() for r in reasons):
            reasons.append("no text layer: a scanned PDF needs OCR")
        doubtful.append({**dict(row), "reasons": reasons})
    documents = (await db.execute("select count(*) from documents")).first()[0]
    return await _page(datasette, request, "cp_inputs.html", {
        "errors": errors, "doubtful": doubtful, "documents": documents, "database": db.name})


def _warnings(stored) -> list[str]:
    """documents.warnings is a JSON list of sentences (older rows: plain text)."""
    if not stored:
        return []
    try:
        value = json.loads(stored)
    except ValueError:
        return [str(stored)]
    return [str(w) for w in value] if isinstance(value, list) else [str(value)]


CHART_VIEWS = ("spend_by_authority_service", "contracts_ending")


async def _columns(db, name) -> set[str]:
    return {r[1] for r in await db.execute(f"pragma table_info([{name}])")}


async def charts_page(datasette, request):
    db = await _knowledge_base(datasette, CHART_VIEWS)
    if db is None:
        return await _message(datasette, request, "Charts", NOTHING_YET, status=200)
    spend_columns = await _columns(db, "spend_by_authority_service")
    detail_columns = await _columns(db, "contracts_detail")  # empty when the view is missing
    # The value plotted is the known value of each contract counted once, not the
    # annual value: a contract whose period the paper never states has no annual
    # value and would vanish.  With contract records, a bar is an authority's
    # service category (labelled by name) and links to the records it sums.
    records = "service_category" in spend_columns
    category = "service_category" if records else "service"
    spend = [dict(r) for r in await db.execute(
        f"""select authority, max(service) as service, {category} as category, sum(known_value_gbp) as value
            from spend_by_authority_service where known_value_gbp > 0
            group by authority, {category} order by value desc limit 40""")]
    for row in spend:
        row["label"] = f"{row['authority'] or '(commissioner unknown)'} — {row['service'] or '(service unknown)'}"
        if records:
            row["href"] = table_url(datasette, db.name, "contract_records_detail",
                                    {"commissioner": row["authority"], "service_category": row["category"]})
        elif {"commissioner", "service", "is_total"} <= detail_columns:
            row["href"] = table_url(datasette, db.name, "contracts_detail",
                                    {"commissioner": row["authority"], "service": row["service"], "is_total": 0})
        else:
            row["href"] = table_url(datasette, db.name, "spend_by_authority_service",
                                    {"authority": row["authority"], "service": row["service"]})
    ending = [dict(r) for r in await db.execute(
        """select substr(end_date, 1, 4) as year, count(*) as contracts from contracts_ending
           group by year order by year""")]
    for row in ending:
        row["href"] = datasette.urls.table(db.name, "contracts_ending") + "?" + urlencode(
            {"end_date__startswith": row["year"]})
    value_title = "Known contract value (GBP)"
    return await _page(datasette, request, "cp_charts.html", {
        "spend_title": f"{value_title.split(' (')[0]} by authority and {category.replace('_', ' ')}",
        "spend_chart": bar_chart(spend, label="label", value="value", href="href", title=value_title, money=True),
        "ending_chart": bar_chart(ending, label="year", value="contracts", href="href",
                                  title="Contracts ending", money=False),
        "database": db.name,
    })


@hookimpl
def register_routes():
    return [
        (r"^/-/search$", search_page),
        (r"^/-/document/(?P<id>\d+)$", document_page),
        (r"^/-/document/(?P<id>\d+)/file$", document_file),
        (r"^/-/charts$", charts_page),
        (r"^/-/passage/(?P<id>\d+)$", passage_redirect),
        (r"^/-/contract/(?P<id>\d+)$", contract_redirect),
        (r"^/-/organisation/(?P<id>\d+)$", organisation_page),
        (r"^/-/inputs$", inputs_page),
        (r"^/-/committee-papers\.css$", stylesheet),
    ]
