"""Views for comparing authorities, rebuilt after every ingest and re-extract.

Dropped and created each time, so a database built by an older version gets
the current definitions.  Sums are over ``contract_records`` (db/records.py):
each contract once, however many papers, formats and sentences state it;
totals rows and pooled totals never count.  Every row leads to its source
(document_id, passage_id, page of the mention whose value is kept).  Status is
computed against today: a contract whose end date has passed is 'ended'.
"""
from __future__ import annotations

import sqlite_utils


def end_day(column: str) -> str:
    """SQL: an end date as a day to compare with date('now'); a year or
    month alone means its last day."""
    return (f"(case length({column}) when 4 then {column} || '-12-31' "
            f"when 7 then date({column} || '-01', '+1 month', '-1 day') else {column} end)")


def status_now(status: str, end_date: str) -> str:
    return f"(case when {end_day(end_date)} < date('now') then 'ended' else {status} end)"


VIEWS = {
    "contracts_detail": """
select c.id as contract_id, c.document_id,
       coalesce(d.title, d.filename) as document, auth.name as authority, d.committee, d.meeting_date,
       comm.name as commissioner, comm.kind as commissioner_kind,
       prov.name as provider, prov.kind as provider_kind,
       c.service, c.value_gbp, c.value_text, c.approximate, c.period, c.fiscal_year,
       c.contract_type, c.status, c.start_date, c.end_date, c.is_total,
       c.page, c.passage_id, c.quote,
       c.service_category, cat.label as service_category_label, c.service_category_reason,
       c.annual_value_gbp, c.record_id, c.record_role
from contracts c
join documents d on d.id = c.document_id
left join organisations auth on auth.id = d.authority_id
left join organisations comm on comm.id = c.commissioner_id
left join organisations prov on prov.id = c.provider_id
left join service_categories cat on cat.id = c.service_category
""",
    # One row per contract, with its source and its status today.
    "contract_records_detail": f"""
select r.id as record_id, comm.name as commissioner, comm.kind as commissioner_kind,
       prov.name as provider, prov.kind as provider_kind,
       r.service, r.service_category, cat.label as service_category_label, cat.category_group as service_group,
       r.value_gbp, r.annual_value_gbp, r.period, r.fiscal_year, r.contract_type, r.start_date, r.end_date,
       {status_now("r.status", "r.end_date")} as status, r.status as stated_status,
       r.mentions, r.papers, r.first_document_id,
       r.best_contract_id as contract_id, c.document_id, c.passage_id, c.page, c.quote,
       coalesce(d.title, d.filename) as document, r.commissioner_id, r.provider_id
from contract_records r
left join organisations comm on comm.id = r.commissioner_id
left join organisations prov on prov.id = r.provider_id
left join service_categories cat on cat.id = r.service_category
left join contracts c on c.id = r.best_contract_id
left join documents d on d.id = c.document_id
""",
    # service and contracts keep their names from before records: service is
    # now the category's label, contracts the number of distinct contracts.
    "spend_by_authority_service": """
with ranked as (
  select r.*, row_number() over (partition by r.commissioner_id, r.service_category
                                 order by coalesce(r.annual_value_gbp, r.value_gbp) desc, r.record_id) as place
  from contract_records_detail r
),
group_papers as (
  select r.commissioner_id, r.service_category, count(distinct d.paper_key) as papers
  from contract_records r join contracts c on c.record_id = r.id join documents d on d.id = c.document_id
  group by r.commissioner_id, r.service_category
)
select r.commissioner as authority, r.service_category_label as service,
       sum(r.value_gbp) as known_value_gbp, count(*) as contracts,
       max(r.fiscal_year) as latest_fiscal_year,
       r.service_category, sum(r.annual_value_gbp) as annual_value_gbp,
       count(r.annual_value_gbp) as records_with_annual_value,
       count(*) as records, sum(r.mentions) as mentions, gp.papers,
       group_concat(r.record_id) as record_ids, r.commissioner_id as authority_id,
       max(case when r.place = 1 then r.document_id end) as document_id,
       max(case when r.place = 1 then r.passage_id end) as passage_id,
       max(case when r.place = 1 then r.page end) as page
from ranked r
left join group_papers gp on gp.commissioner_id is r.commissioner_id and gp.service_category = r.service_category
where r.value_gbp is not null
group by r.commissioner_id, r.service_category
order by authority, known_value_gbp desc
""",
    "provider_footprint": """
with ranked as (
  select r.*, row_number() over (partition by r.provider_id
                                 order by coalesce(r.annual_value_gbp, r.value_gbp) desc, r.record_id) as place
  from contract_records_detail r where r.provider_id is not null
),
provider_papers as (
  select r.provider_id, count(distinct d.paper_key) as papers
  from contract_records r join contracts c on c.record_id = r.id join documents d on d.id = c.document_id
  group by r.provider_id
)
select r.provider_id, r.provider, r.provider_kind,
       group_concat(distinct r.commissioner) as authorities,
       count(*) as contracts, sum(r.value_gbp) as known_value_gbp,
       sum(r.annual_value_gbp) as annual_value_gbp, count(*) as records, pp.papers,
       group_concat(distinct r.service_category_label) as service_categories,
       sum(r.status = 'ended') as ended_contracts,
       max(case when r.place = 1 then r.document_id end) as document_id,
       max(case when r.place = 1 then r.passage_id end) as passage_id,
       max(case when r.place = 1 then r.page end) as page
from ranked r
left join provider_papers pp on pp.provider_id = r.provider_id
group by r.provider_id
order by known_value_gbp desc
""",
    "contracts_ending": f"""
select r.end_date, r.commissioner, r.provider, r.service,
       r.value_gbp, r.period, r.contract_type, r.status,
       r.document_id, r.page, r.passage_id, r.quote, r.contract_id,
       r.record_id, r.service_category, r.service_category_label, r.annual_value_gbp, r.stated_status,
       cast(julianday({end_day("r.end_date")}) - julianday(date('now')) as integer) as days_to_end,
       r.mentions, r.papers
from contract_records_detail r
where r.end_date is not null
order by {end_day("r.end_date")}, r.commissioner
""",
    # Side by side: each category's authorities, largest annual value first,
    # with their share of what all authorities in the database spend on it.
    "compare_authorities": """
with by_authority as (
  select service_category, service_category_label, commissioner as authority, commissioner_id as authority_id,
         sum(annual_value_gbp) as annual_value_gbp, sum(value_gbp) as known_value_gbp, count(*) as contracts,
         count(distinct provider_id) as providers, group_concat(distinct provider) as provider_names,
         sum(status = 'ended') as ended_contracts,
         max(document_id) as document_id
  from contract_records_detail
  where commissioner_id is not null
  group by service_category, commissioner_id
),
link as (
  select r.service_category, r.commissioner_id, r.document_id, r.passage_id, r.page,
         row_number() over (partition by r.service_category, r.commissioner_id
                            order by coalesce(r.annual_value_gbp, r.value_gbp, 0) desc, r.record_id) as place
  from contract_records_detail r
)
select a.service_category, a.service_category_label as service, a.authority, a.annual_value_gbp,
       a.known_value_gbp, a.contracts, a.providers, a.provider_names, a.ended_contracts,
       rank() over (partition by a.service_category order by coalesce(a.annual_value_gbp, 0) desc) as rank_in_category,
       count(*) over (partition by a.service_category) as authorities_in_category,
       round(a.annual_value_gbp * 1.0 / sum(a.annual_value_gbp) over (partition by a.service_category), 3)
         as share_of_category_annual,
       l.document_id, l.passage_id, l.page, a.authority_id
from by_authority a
join link l on l.service_category = a.service_category and l.commissioner_id = a.authority_id and l.place = 1
order by a.service_category, rank_in_category, a.authority
""",
}


def create_views(db: sqlite_utils.Database) -> None:
    """Every view as VIEWS defines it; when all are already so (the usual run), nothing is written."""
    stored = dict(db.execute("select name, sql from sqlite_master where type = 'view'").fetchall())
    if all(" ".join((stored.get(name) or "").split()) == " ".join(_view_sql(name, sql).split())
           for name, sql in VIEWS.items()):
        return
    with db.atomic():
        # Dropped first, all of them: a view may read another.
        for name in reversed(list(VIEWS)):
            db.execute(f"drop view if exists [{name}]")
        for name, sql in VIEWS.items():
            db.execute(_view_sql(name, sql))


def _view_sql(name: str, sql: str) -> str:
    """The statement that creates a view, as sqlite_master keeps it (up to white space)."""
    # SQLite keeps the statement as written but for its first two words, in capitals, and trailing space.
    return f"CREATE VIEW [{name}] as {sql}"
