"""The search page's query: every kind of fact, filtered, counted and paged.

Each kind is ranked by bm25 within its own FTS index over bounded candidates
(see db.search), cut to the hits the requested page could need, and the kinds
are merged by rank.  The top ``offset + limit`` hits overall are always among
the top ``offset + limit`` of each kind, so paging never skips or repeats a
hit.  Snippets are made afterwards for the page's hits only, so a deep page
costs ranking, not thousands of snippets.  Counts are plain FTS matches (no
ranking), so they are cheap and exact.
"""
from __future__ import annotations

from dataclasses import dataclass

from committee_papers.db.search import CANDIDATES, candidate_floor

PER_PAGE = 50


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    passage_column: str  # the passage the hit points at

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"


KINDS = (
    Kind("passage", "passages", "id"),
    Kind("recommendation", "recommendations", "passage_id"),
    Kind("decision", "decisions", "passage_id"),
    Kind("risk", "risks", "passage_id"),
    Kind("contract", "contracts", "passage_id"),
)
KIND_NAMES = tuple(k.name for k in KINDS)


@dataclass(frozen=True)
class Filters:
    authority: int | None = None  # organisations.id of the publishing body
    committee: str = ""
    year: str = ""  # of the meeting date
    kind: str = ""

    def sql(self) -> str:
        """Conditions on ``d`` (the hit's document); values are parameters."""
        parts = []
        if self.authority is not None:
            parts.append("d.authority_id = :authority")
        if self.committee:
            parts.append("d.committee = :committee")
        if self.year:
            parts.append("substr(d.meeting_date, 1, 4) = :year")
        return "".join(f" and {p}" for p in parts)

    def params(self) -> dict:
        return {"authority": self.authority, "committee": self.committee, "year": self.year}


def kinds_for(filters: Filters, available: set[str]) -> list[Kind]:
    """The kinds searched: those with an FTS index in this database, or the one asked for."""
    return [k for k in KINDS if k.fts in available and (not filters.kind or k.name == filters.kind)]


def _count(kind: Kind, filters: Filters) -> str:
    if not filters.sql():
        # Without a filter on the document, the index alone counts (no join per match).
        return f"select count(*) from {kind.fts} where {kind.fts} match :q"
    return f"""select count(*) from {kind.fts} join {kind.table} x on x.id = {kind.fts}.rowid
join documents d on d.id = x.document_id
where {kind.fts} match :q{filters.sql()}"""


def counts_sql(kinds: list[Kind], filters: Filters) -> str:
    """One row: the number of matches of each kind, in a column named after it."""
    return "select " + ", ".join(f"({_count(k, filters)}) as {k.name}" for k in kinds)


def _ranked(kind: Kind, filters: Filters, top: int, candidates: int) -> str:
    return f"""select * from (
  select '{kind.name}' as kind, x.id as row_id, x.document_id, x.page,
         x.{kind.passage_column} as passage_id, {kind.fts}.rank as rank
  from {kind.fts} join {kind.table} x on x.id = {kind.fts}.rowid
  join documents d on d.id = x.document_id
  where {kind.fts} match :q and {kind.fts}.rowid >= {candidate_floor(kind.fts, "q", candidates)}
        {filters.sql()}
  order by {kind.fts}.rank limit {int(top)})"""


def hits_sql(kinds: list[Kind], filters: Filters, offset: int, limit: int = PER_PAGE,
             candidates: int = CANDIDATES) -> str:
    """One page of hits, best first, each with what tells its document apart
    from another of the same title (file name, date, authority, committee)."""
    union = "\n  union all\n  ".join(_ranked(k, filters, offset + limit, candidates) for k in kinds)
    return f"""with hits as (
  {union}
)
select hits.kind, hits.row_id, hits.page, hits.document_id, hits.passage_id, round(hits.rank, 3) as rank,
       coalesce(d.title, d.filename) as document, d.filename, d.format, d.meeting_date, d.committee,
       auth.name as authority
from hits join documents d on d.id = hits.document_id
left join organisations auth on auth.id = d.authority_id
order by hits.rank, hits.kind, hits.passage_id
limit {int(limit)} offset {int(offset)}"""


def snippets_sql(hits: list[dict]) -> str:
    """(kind, row id, highlighted snippet) of the page's hits, in one query
    (row ids are integers read from the database, kinds from KINDS)."""
    parts = []
    for kind in KINDS:
        ids = ",".join(str(int(h["row_id"])) for h in hits if h["kind"] == kind.name)
        if ids:
            parts.append(f"""select '{kind.name}', rowid, snippet({kind.fts}, -1, '[', ']', ' … ', 20)
from {kind.fts} where {kind.fts} match :q and rowid in ({ids})""")
    return "\nunion all\n".join(parts)


FILTER_CHOICES = {
    "authorities": """select distinct o.id, o.name from documents d join organisations o on o.id = d.authority_id
                      order by o.name""",
    "committees": "select distinct committee from documents where committee is not null order by committee",
    "years": """select distinct substr(meeting_date, 1, 4) as year from documents
                where meeting_date is not null order by year desc""",
}
