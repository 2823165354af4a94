"""Canned queries offered on every committee-papers database.

Defined once here (not under one database name in metadata.yml) so they
appear whatever the database file is called.
"""
from db.search import CANDIDATES, candidate_floor


def _ranked_hits(kind: str, fts: str, table: str, alias: str, candidates: int, top: int = 100) -> str:
    """One fact table's best ``top`` matches of :q, bm25 over bounded candidates
    (see db.search), with snippets made for those rows only."""
    return f"""select * from (
    select '{kind}' as kind, {alias}.document_id, {alias}.page, {alias}.{'id' if kind == 'passage' else 'passage_id'} as passage_id,
           snippet({fts}, -1, '[', ']', ' … ', 20) as snippet, {fts}.rank as rank
    from {fts} join {table} {alias} on {alias}.id = {fts}.rowid
    where {fts} match :q and {fts}.rowid >= {candidate_floor(fts, "q", candidates)}
    order by {fts}.rank limit {top})"""


# Each table is ranked and cut to its best 100 inside its own FTS query (FTS5
# sorts by rank itself and stops early), so snippet() runs on at most 400 rows
# however common the words are.
def search_all_sql(candidates: int = CANDIDATES) -> str:
    return f"""
with hits as (
  {_ranked_hits("passage", "passages_fts", "passages", "p", candidates)}
  union all
  {_ranked_hits("recommendation", "recommendations_fts", "recommendations", "r", candidates)}
  union all
  {_ranked_hits("risk", "risks_fts", "risks", "k", candidates)}
  union all
  {_ranked_hits("contract", "contracts_fts", "contracts", "c", candidates)}
)
select hits.kind, hits.snippet, coalesce(d.title, d.filename) as document, hits.page,
       hits.document_id, hits.passage_id, round(hits.rank, 3) as rank
from hits join documents d on d.id = hits.document_id
order by hits.rank
limit 100
"""


SEARCH_ALL = search_all_sql()

CANNED_QUERIES = {
    "search_everything": {
        "title": "Search everything",
        "description": "One search across passages, recommendations, risks and contracts, best matches first "
                       "(FTS5 bm25), with highlighted snippets. Words are matched as written; use quotes for phrases. "
                       f"Words matching more than {CANDIDATES:,} rows are ranked among their {CANDIDATES:,} "
                       "most recently ingested matches.",
        "sql": SEARCH_ALL,
    },
    "who_provides": {
        "title": "Who provides a service, and where",
        "description": "Contracts whose service or source text mentions the words given, with commissioner, provider, "
                       "value and end date.",
        "sql": """
select service, commissioner, provider, provider_kind, value_gbp, value_text, period, fiscal_year,
       contract_type, end_date, document, page, passage_id
from contracts_detail
where not is_total and (service like '%' || :service || '%' or quote like '%' || :service || '%')
order by provider, commissioner
""",
    },
    "contracts_ending_between": {
        "title": "Contracts ending between two dates",
        "description": "Contracts whose end date falls between :from and :to (YYYY, YYYY-MM or YYYY-MM-DD).",
        "sql": """
select end_date, commissioner, provider, service, value_gbp, contract_type, status, document_id, page, passage_id
from contracts_ending
where end_date >= :from and substr(end_date, 1, length(:to)) <= :to
order by end_date
""",
    },
    "compare_spend": {
        "title": "Compare spend on a service across authorities",
        "description": "Known contract value per authority for services matching the words given (totals rows excluded).",
        "sql": """
select authority, service, known_value_gbp, contracts, latest_fiscal_year
from spend_by_authority_service
where service like '%' || :service || '%'
order by known_value_gbp desc
""",
    },
    "organisation_profile": {
        "title": "Everything known about an organisation",
        "description": "Contracts, documents and aliases of the organisations whose name or alias matches :name.",
        "sql": """
with matched as (
  select distinct o.id from organisations o
  left join organisation_aliases a on a.organisation_id = o.id
  where o.name like '%' || :name || '%' or a.alias like '%' || :name || '%'
)
select 'contract' as fact, o.name as organisation,
       case when c.provider_id = o.id then 'provider' else 'commissioner' end as role,
       coalesce(c.service, '') || ' ' || coalesce(c.value_text, '') as detail,
       c.document_id, c.page, c.passage_id
from contracts c join organisations o on o.id in (c.provider_id, c.commissioner_id)
where o.id in (select id from matched)
union all
select 'document', o.name, case when d.authority_id = o.id then 'authority' else 'mentioned' end,
       coalesce(d.title, d.filename), d.id, null, null
from document_organisations dm join organisations o on o.id = dm.organisation_id
join documents d on d.id = dm.document_id
where o.id in (select id from matched)
union all
select 'alias', o.name, 'also known as', a.alias, null, null, null
from organisation_aliases a join organisations o on o.id = a.organisation_id
where o.id in (select id from matched) and a.alias != o.name
order by organisation, fact
""",
    },
    "latest_decisions": {
        "title": "Latest decisions",
        "description": "What meetings and decision-makers resolved, newest meeting first, with the committee, "
                       "outcome and decision-maker, and the document and page each comes from. Optionally only "
                       "decisions whose text contains :words.",
        "sql": """
select d.meeting_date, d.committee, coalesce(d.title, d.filename) as document, x.number, x.text, x.outcome,
       x.decided_by, x.document_id, x.page, x.passage_id
from decisions x join documents d on d.id = x.document_id
where x.text like '%' || coalesce(:words, '') || '%'
order by d.meeting_date desc, x.document_id, x.id
limit 1000
""",
    },
    "recommendations_and_risks": {
        "title": "Recommendations and risks mentioning a term",
        "description": "Recommendations and risks matching :term (full-text, best matches first).",
        "sql": """
select 'recommendation' as kind, snippet(recommendations_fts, -1, '[', ']', ' … ', 30) as text,
       null as mitigation, r.document_id, r.page, r.passage_id, recommendations_fts.rank as rank
from recommendations_fts join recommendations r on r.id = recommendations_fts.rowid
where recommendations_fts match :term
union all
select 'risk', snippet(risks_fts, 0, '[', ']', ' … ', 30), k.mitigation, k.document_id, k.page, k.passage_id,
       risks_fts.rank
from risks_fts join risks k on k.id = risks_fts.rowid
where risks_fts match :term
order by rank
""",
    },
}
