"""Canned queries offered on every committee-papers database.

Defined once here (not under one database name in metadata.yml) so they
appear whatever the database file is called.  Full-text input goes through
``fts_query()`` (publish/fts.py), so any text a person types is a query, not
FTS5 syntax; service words go through the service taxonomy
(``service_category_of()`` and the ``service_category_terms`` table).
"""
from committee_papers.db.search import CANDIDATES, candidate_floor


def _ranked_hits(kind: str, fts: str, table: str, alias: str, candidates: int, match: str, top: int = 100) -> str:
    """One fact table's best ``top`` matches of ``match`` (SQL), bm25 over
    bounded candidates (see db.search), with snippets made for those rows only."""
    return f"""select * from (
    select '{kind}' as kind, {alias}.document_id, {alias}.page, {alias}.{'id' if kind == 'passage' else 'passage_id'} as passage_id,
           snippet({fts}, -1, '[', ']', ' … ', 20) as snippet, {fts}.rank as rank
    from {fts} join {table} {alias} on {alias}.id = {fts}.rowid
    where {fts} match {match} and {fts}.rowid >= {candidate_floor(fts, "q", candidates, match)}
    order by {fts}.rank limit {top})"""


# Each table is ranked and cut to its best 100 inside its own FTS query (FTS5
# sorts by rank itself and stops early), so snippet() runs on at most 400 rows
# however common the words are.
# ``escape``: :q is what a person typed, escaped in SQL by fts_query()
# (publish/fts.py; the canned query); else :q is an FTS5 expression already
# (the search page escapes it in Python with db.search.fts_query).
def search_all_sql(candidates: int = CANDIDATES, escape: bool = False) -> str:
    match = "fts_query(:q)" if escape else ":q"
    return f"""
with hits as (
  {_ranked_hits("passage", "passages_fts", "passages", "p", candidates, match)}
  union all
  {_ranked_hits("recommendation", "recommendations_fts", "recommendations", "r", candidates, match)}
  union all
  {_ranked_hits("risk", "risks_fts", "risks", "k", candidates, match)}
  union all
  {_ranked_hits("contract", "contracts_fts", "contracts", "c", candidates, match)}
)
select hits.kind, hits.snippet, coalesce(d.title, d.filename) as document, hits.page,
       hits.document_id, hits.passage_id, round(hits.rank, 3) as rank
from hits join documents d on d.id = hits.document_id
order by hits.rank
limit 100
"""


SEARCH_ALL = search_all_sql()

# The categories the words of :service name: by the taxonomy's matching (a
# phrase naming a category), or a synonym or acronym containing the words.
# Substrings only from 4 letters up: 'OT' must not find 'stop smoking' or 'not'.
_NAMED = """named as (
  select service_category_of(:service) as id
  union
  select category_id from service_category_terms
  where term = lower(trim(:service))
     or (length(trim(:service)) >= 4 and term like '%' || lower(trim(:service)) || '%')
)"""
# Words that name no category are looked for in the service and source text
# (a table row's quote carries its neighbours' services: 'SALT: £1.5m | OT: £0.7m').
_WORDS_IN_TEXT = """(m.service like trim(:service)
   or (length(trim(:service)) >= 4 and (m.service like '%' || trim(:service) || '%'
       or (not exists (select 1 from named where id is not null) and m.quote like '%' || trim(:service) || '%'))))"""

CANNED_QUERIES = {
    "search_everything": {
        "title": "Search everything",
        "description": "One search across passages, recommendations, risks and contracts, best matches first "
                       "(FTS5 bm25), with highlighted snippets. Every word typed must appear, in any order; "
                       "punctuation (children's, cost-of-living) is part of the words, not search syntax. "
                       f"Words matching more than {CANDIDATES:,} rows are ranked among their {CANDIDATES:,} "
                       "most recently ingested matches.",
        "sql": search_all_sql(escape=True),
    },
    "who_provides": {
        "title": "Who provides a service, and where",
        "description": "Contracts (each once, however many papers mention it) whose service category is named by the "
                       "words given (synonyms and acronyms count: speech, SALT, speech therapy) or whose service or "
                       "source text mentions them, with commissioner, provider, value, annual value and end date.",
        "sql": f"""
with {_NAMED}
select r.service, r.commissioner, r.provider, r.provider_kind, r.value_gbp, c.value_text, r.period, r.fiscal_year,
       r.contract_type, r.end_date, r.document, r.page, r.passage_id,
       r.service_category, r.service_category_label, r.annual_value_gbp, r.status, r.record_id,
       r.mentions, r.papers, r.document_id
from contract_records_detail r
left join contracts c on c.id = r.contract_id
where r.service_category in (select id from named)
   or r.record_id in (select m.record_id from contracts m where {_WORDS_IN_TEXT})
order by r.provider, r.commissioner
""",
    },
    "contracts_ending_between": {
        "title": "Contracts ending between two dates",
        "description": "Contracts whose end date falls between :from and :to (YYYY, YYYY-MM or YYYY-MM-DD), "
                       "with their status today (ended once the end date has passed).",
        "sql": """
select end_date, commissioner, provider, service, value_gbp, contract_type, status, document_id, page, passage_id,
       service_category_label, annual_value_gbp, days_to_end, record_id
from contracts_ending
where end_date >= :from and substr(end_date, 1, length(:to)) <= :to
order by end_date
""",
    },
    "compare_spend": {
        "title": "Compare spend on a service across authorities",
        "description": "Known and annual contract value per authority for the service category the words name "
                       "(speech, SALT, home care, CAMHS ...), each contract counted once; totals and pooled totals "
                       "excluded.",
        "sql": f"""
with {_NAMED}
select authority, service, known_value_gbp, contracts, latest_fiscal_year,
       annual_value_gbp, records, papers, service_category, document_id, passage_id, page
from spend_by_authority_service
where service_category in (select id from named) or service like '%' || :service || '%'
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
    "recommendations_and_risks": {
        "title": "Recommendations and risks mentioning a term",
        "description": "Recommendations and risks matching :term (full-text, best matches first).",
        "sql": """
select 'recommendation' as kind, snippet(recommendations_fts, -1, '[', ']', ' … ', 30) as text,
       null as mitigation, r.document_id, r.page, r.passage_id, recommendations_fts.rank as rank
from recommendations_fts join recommendations r on r.id = recommendations_fts.rowid
where recommendations_fts match fts_query(:term)
union all
select 'risk', snippet(risks_fts, 0, '[', ']', ' … ', 30), k.mitigation, k.document_id, k.page, k.passage_id,
       risks_fts.rank
from risks_fts join risks k on k.id = risks_fts.rowid
where risks_fts match fts_query(:term)
order by rank
""",
    },
}
