"""Views for comparing authorities, rebuilt after every ingest and re-extract.

Dropped and created each time, so a database built by an older version gets
the current definitions.  Totals rows (``is_total``) never count towards sums.
"""
from __future__ import annotations

import sqlite_utils

VIEWS = {
    "contracts_detail": """
select c.id as contract_id, c.document_id,
       coalesce(d.title, d.filename) as document, auth.name as authority, d.committee, d.meeting_date,
       comm.name as commissioner, comm.kind as commissioner_kind,
       prov.name as provider, prov.kind as provider_kind,
       c.service, c.value_gbp, c.value_text, c.approximate, c.period, c.fiscal_year,
       c.contract_type, c.status, c.start_date, c.end_date, c.is_total,
       c.page, c.passage_id, c.quote
from contracts c
join documents d on d.id = c.document_id
left join organisations auth on auth.id = d.authority_id
left join organisations comm on comm.id = c.commissioner_id
left join organisations prov on prov.id = c.provider_id
""",
    "spend_by_authority_service": """
select comm.name as authority, c.service,
       sum(c.value_gbp) as known_value_gbp, count(*) as contracts,
       max(c.fiscal_year) as latest_fiscal_year
from contracts c
left join organisations comm on comm.id = c.commissioner_id
where c.value_gbp is not null and not coalesce(c.is_total, 0)
group by comm.name, c.service
order by authority, known_value_gbp desc
""",
    "provider_footprint": """
select prov.id as provider_id, prov.name as provider, prov.kind as provider_kind,
       group_concat(distinct comm.name) as authorities,
       count(*) as contracts,
       sum(case when not coalesce(c.is_total, 0) then c.value_gbp end) as known_value_gbp
from contracts c
join organisations prov on prov.id = c.provider_id
left join organisations comm on comm.id = c.commissioner_id
where not coalesce(c.is_total, 0)
group by prov.id
order by known_value_gbp desc
""",
    "contracts_ending": """
select c.end_date, comm.name as commissioner, prov.name as provider, c.service,
       c.value_gbp, c.period, c.contract_type, c.status,
       c.document_id, c.page, c.passage_id, c.quote, c.id as contract_id
from contracts c
left join organisations comm on comm.id = c.commissioner_id
left join organisations prov on prov.id = c.provider_id
where c.end_date is not null and not coalesce(c.is_total, 0)
order by c.end_date, commissioner
""",
}


def create_views(db: sqlite_utils.Database) -> None:
    with db.atomic():
        for name, sql in VIEWS.items():
            db.execute(f"drop view if exists [{name}]")
            db.execute(f"create view [{name}] as {sql}")
