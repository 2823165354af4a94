"""Contract records: every mention of one contract, counted once.

A paper states a contract in a table, again in prose, again in the next
paper, and the same paper is often ingested as TXT and as PDF; each statement
is a row of ``contracts`` (a *mention*).  Summing mentions doubles figures.
This module links mentions into ``contract_records`` (one row per contract)
and is rebuilt after every ingest and re-extraction, like the views:

* same commissioner + provider + service category, with values that agree
  (as written, or once annualised) and no conflicting start date, is one
  contract, whichever paper or format says it;
* a mention whose value is the sum of two or more other mentions of the same
  document with its provider (a pooled fund and the partners' shares of it, a
  combined contract and its lines; an in-house part may be the commissioner's
  own) is linked to the record of its own parties' share, never added;
* an extension (status 'extended') joins the contract it extends;
* a mention missing its provider (or commissioner), or whose service names no
  category, joins the one record of the same parties with the same value
  (an extension: the one it extends), when there is exactly one;
* totals rows (``is_total``) belong to no record.

Each mention keeps why it is or is not counted in ``contracts.record_role``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Optional

import sqlite_utils

from .annual import _day, annual_value
from .categories import UNCATEGORISED, load_taxonomy

# record_role values
COUNTED = "counted"            # the mention whose value the record keeps
SAME_CONTRACT = "same contract"  # another statement of it: linked, not added
EXTENSION = "extension"        # an extension of it: linked, lengthens its end date
SUM_OF_OTHERS = "sum of other mentions"  # a pooled or combined total: linked, not added
TOTAL_ROW = "total row"        # a table's totals row: no record

# When two mentions of one paper state different statuses, the later stage wins.
STATUS_PRECEDENCE = ["awarded", "extended", "current", "proposed"]
# Sums of more parts than this are not looked for.
MAX_PARTS = 4
MAX_CANDIDATES = 16
# What a paper says of a figure that adds others up ('the overall cost', 'a
# single 0-19 contract', 'the combined budget', 'both services').
TOTAL_WORDS = re.compile(r"\b(?:total|totals|overall|combined|pooled|pool|single|both|together|altogether|"
                         r"whole|aggregate|in\s+all|sum)\b", re.IGNORECASE)


@dataclass
class Mention:
    id: int
    document_id: int
    paper_key: int
    meeting_date: Optional[str]
    commissioner_id: Optional[int]
    provider_id: Optional[int]
    service: Optional[str]
    value: Optional[float]
    period: Optional[str]
    fiscal_year: Optional[str]
    contract_type: Optional[str]
    status: Optional[str]
    start_date: Optional[str]
    end_date: Optional[str]
    is_total: bool
    quote: Optional[str] = None
    category: str = UNCATEGORISED
    category_reason: str = ""
    annual: Optional[float] = None
    role: Optional[str] = None
    parts: list = field(default_factory=list)

    @property
    def is_extension(self) -> bool:
        return self.status == "extended"

    @property
    def is_sum(self) -> bool:
        return self.role == SUM_OF_OTHERS

    def evidence(self) -> tuple:
        """How well this mention states its contract: a value, its period
        (a year's value is the comparable one), a category read from the
        service itself, both parties, then dates and terms."""
        filled = sum(x is not None for x in (self.start_date, self.end_date, self.status, self.contract_type,
                                             self.fiscal_year))
        return (self.value is not None, self.period is not None, self.period == "annual",
                not self.category_reason.startswith("quote"),
                self.provider_id is not None and self.commissioner_id is not None, filled, -self.id)


def close(a: Optional[float], b: Optional[float], tolerance: float = 0.005) -> bool:
    """Two sums of money are the same figure (allowing for rounding as written)."""
    if a is None or b is None:
        return False
    return abs(a - b) <= max(1.0, tolerance * max(abs(a), abs(b)))


# Parts adding up to a total: tighter, since many subsets come near by chance.
SUM_TOLERANCE = 0.0001


def same_value(a: Mention, b: Mention) -> bool:
    return close(a.annual, b.annual) or close(a.value, b.value)


def starts_agree(a: Mention, b: Mention) -> bool:
    """Two different start dates are two contracts (a re-let at the same price)."""
    return not (a.start_date and b.start_date and a.start_date[:7] != b.start_date[:7])


# -- paper identity ----------------------------------------------------------
def paper_keys(documents: list[dict]) -> dict[int, int]:
    """document id -> id of the paper it is a copy of (the lowest document id).

    The same paper in two formats (name.txt, name.pdf) shares a file-name
    stem and its authority (two councils' 'agenda.pdf' are two papers); two
    files with the same authority, title and meeting date are one paper too."""
    parent = {d["id"]: d["id"] for d in documents}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_by_key: dict = {}
    for d in documents:
        keys = [("stem", PurePath(d["filename"] or "").stem.lower(), d["authority_id"])]
        if d["title"] and d["meeting_date"] and d["authority_id"]:
            keys.append(("paper", d["authority_id"], d["title"].strip().lower(), d["meeting_date"]))
        for key in keys:
            if key in first_by_key:
                union(first_by_key[key], d["id"])
            else:
                first_by_key[key] = d["id"]
    return {d["id"]: find(d["id"]) for d in documents}


# -- sums of other mentions --------------------------------------------------
def mark_sums(mentions: list[Mention]) -> None:
    """Within each document, mark a mention whose value is the sum of two or
    more others of the same provider, or the commissioner's in-house part
    (the overall cost of a pooled service and each partner's contribution; a
    combined contract and its lines), when the paper says it is a total
    ('overall', 'combined', 'single', ...) or the parts are different
    partners' shares: round figures add up by chance too.  Smallest first,
    so a sum can itself be a part of a larger sum only through its own parts."""
    by_document = defaultdict(list)
    for m in mentions:
        if not m.is_total and m.value:
            by_document[m.document_id].append(m)
    for group in by_document.values():
        for whole in sorted(group, key=lambda m: (m.value, m.id)):
            pool, seen = [], set()
            for part in group:
                if part is whole or part.is_sum or part.value >= whole.value or not _may_be_part(part, whole):
                    continue
                if part.period and whole.period and part.period != whole.period:
                    continue
                key = (part.commissioner_id, part.provider_id, round(part.value))
                if key not in seen:  # the same line said twice is one part
                    seen.add(key)
                    pool.append(part)
            parts = _subset_summing_to(pool[:MAX_CANDIDATES], whole.value)
            if parts and (_says_total(whole) or len({p.commissioner_id for p in parts}) > 1):
                whole.role = SUM_OF_OTHERS
                whole.parts = parts


def _says_total(whole: Mention) -> bool:
    """The sentence calls the figure a total.  Not a table row: its quote
    repeats the column headings ('Total contract value: £...') on every row."""
    if whole.quote and " | " in whole.quote:
        return False
    return bool(TOTAL_WORDS.search(" ".join(filter(None, [whole.quote, whole.service]))))


def _may_be_part(part: Mention, whole: Mention) -> bool:
    """A share of the same provider's service (whoever pays it), or the
    commissioner's own in-house part of it."""
    if part.provider_id is not None and part.provider_id == whole.provider_id:
        return True
    in_house = part.provider_id is None or part.provider_id == part.commissioner_id
    return in_house and part.commissioner_id is not None and part.commissioner_id == whole.commissioner_id


def _subset_summing_to(pool: list[Mention], target: float) -> Optional[list[Mention]]:
    """Two to MAX_PARTS mentions whose values add up to ``target``: a
    depth-first search, largest first, cut off once a partial sum is too big
    or the rest cannot reach it (values are positive)."""
    tolerance = max(1.0, SUM_TOLERANCE * target)
    parts = sorted(pool, key=lambda m: -m.value)
    remaining = [sum(m.value for m in parts[i:]) for i in range(len(parts) + 1)]

    def search(start, chosen, total):
        if len(chosen) >= 2 and abs(total - target) <= tolerance:
            return list(chosen)
        if len(chosen) == MAX_PARTS:
            return None
        for i in range(start, len(parts)):
            if total + remaining[i] < target - tolerance:
                return None  # even everything left is too little
            value = parts[i].value
            if total + value > target + tolerance:
                continue
            found = search(i + 1, chosen + [parts[i]], total + value)
            if found:
                return found
        return None

    return search(0, [], 0.0)


# -- linking -----------------------------------------------------------------
def link(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions into contracts; each group is one record."""
    by_key = defaultdict(list)
    for m in mentions:
        if not m.is_total and not m.is_sum:
            by_key[(m.commissioner_id, m.provider_id, m.category)].append(m)
    clusters: list[list[Mention]] = []
    for group in by_key.values():
        key_clusters: list[list[Mention]] = []
        for m in sorted(group, key=_linking_order):
            target = _cluster_for(m, key_clusters)
            if target is None:
                key_clusters.append([m])
            else:
                target.append(m)
        clusters.extend(key_clusters)
    clusters = _merge_missing_party(clusters)
    _attach_sums(mentions, clusters)
    return sorted(clusters, key=lambda c: min(m.id for m in c))


def _linking_order(m: Mention):
    # Stated values first (best evidence first), then extensions, then mentions without a value.
    stage = 2 if m.value is None else (1 if m.is_extension else 0)
    return (stage, tuple(-int(x) for x in m.evidence()))


def _cluster_for(m: Mention, clusters: list[list[Mention]]) -> Optional[list[Mention]]:
    if m.value is not None and not m.is_extension:
        for cluster in clusters:
            if any(same_value(m, x) and starts_agree(m, x) for x in cluster):
                return cluster
        return None
    # An extension or a mention without a value: the matching value, else the only contract.
    if m.value is not None:
        for cluster in clusters:
            if any(same_value(m, x) for x in cluster):
                return cluster
    if len(clusters) == 1:
        return clusters[0]
    dated = [c for c in clusters if any(x.start_date and x.start_date == m.start_date
                                        or x.end_date and x.end_date == m.end_date for x in c)]
    return dated[0] if len(dated) == 1 else None


def _merge_missing_party(clusters: list[list[Mention]]) -> list[list[Mention]]:
    """A mention that names one party only (`Provider: Millmead | ... £222,127`
    where the name was not recognised), or whose service names no category
    (`approve a twelve-month extension of the contract with X`), joins the one
    record of the same known parties with the same value, in the same or an
    unknown category; an extension joins the one ending last before it."""
    complete: list[list[Mention]] = []
    loose = []
    for cluster in clusters:
        head = cluster[0]
        one_party = (head.provider_id is None) != (head.commissioner_id is None)
        (loose if one_party or head.category == UNCATEGORISED else complete).append(cluster)
    for cluster in loose:
        head = cluster[0]
        same_parties = [c for c in complete if c is not cluster
                        and c[0].provider_id is not None and c[0].commissioner_id is not None
                        and head.commissioner_id in (None, c[0].commissioner_id)
                        and head.provider_id in (None, c[0].provider_id)
                        and (head.category == c[0].category or UNCATEGORISED in (head.category, c[0].category))]
        matches = [c for c in same_parties if any(same_value(a, b) for a in cluster for b in c)]
        if not matches and head.is_extension and head.end_date:
            matches = _extended_by(head, same_parties)
        if len(matches) == 1:
            matches[0].extend(cluster)
        else:
            complete.append(cluster)
    return complete


def _extended_by(extension: Mention, clusters: list[list[Mention]]) -> list[list[Mention]]:
    """The contract an extension extends: of those ending before the
    extension's end, the one ending last (both when two end that day)."""
    ends = {}
    for cluster in clusters:
        days = [_day(x.end_date, first=False) for x in cluster if x.end_date]
        days = [d for d in days if d and d < _day(extension.end_date, first=False)]
        if days:
            ends[id(cluster)] = max(days)
    if not ends:
        return []
    last = max(ends.values())
    return [c for c in clusters if ends.get(id(c)) == last]


def _attach_sums(mentions: list[Mention], clusters: list[list[Mention]]) -> None:
    """A sum is linked to the record of its own parties' share (the Council's
    contribution for the Council's statement of the pooled total)."""
    where = {id(m): c for c in clusters for m in c}
    for whole in (m for m in mentions if m.is_sum):
        parts = sorted(whole.parts, key=lambda p: (
            p.commissioner_id == whole.commissioner_id and p.provider_id == whole.provider_id,
            p.commissioner_id == whole.commissioner_id, p.value), reverse=True)
        for part in parts:
            # A part that is itself a sum was attached before: sums are found smallest first.
            target = where.get(id(part))
            if target is not None:
                target.append(whole)
                where[id(whole)] = target
                break


# -- the record ----------------------------------------------------------------
def record_of(cluster: list[Mention]) -> dict:
    """The record's fields from its mentions; sets each mention's role."""
    stated = [m for m in cluster if not m.is_sum]
    valued = [m for m in stated if m.value is not None and not m.is_extension] or \
             [m for m in stated if m.value is not None] or stated or cluster
    best = max(valued, key=lambda m: m.evidence())
    for m in cluster:
        if m.is_sum:
            continue
        m.role = COUNTED if m is best else (EXTENSION if m.is_extension else SAME_CONTRACT)
    ranked = sorted(stated or cluster, key=lambda m: m.evidence(), reverse=True)

    def first(attr):
        return next((getattr(m, attr) for m in ranked if getattr(m, attr) is not None), None)

    ends = [m.end_date for m in stated if m.end_date and _day(m.end_date, first=False)]
    starts = [m.start_date for m in stated if m.start_date and _day(m.start_date, first=True)]
    category = next((m.category for m in ranked if m.category != UNCATEGORISED), UNCATEGORISED)
    papers_by_date = sorted(cluster, key=lambda m: (m.meeting_date is None, m.meeting_date or "", m.document_id))
    return {
        "commissioner_id": first("commissioner_id"),
        "provider_id": first("provider_id"),
        "service": best.service or first("service") or load_taxonomy().label(category),
        "service_category": category,
        "value_gbp": best.value,
        "annual_value_gbp": _annual(best, first("annual"), starts, ends),
        "period": best.period if best.value is not None else first("period"),
        "fiscal_year": best.fiscal_year or first("fiscal_year"),
        "contract_type": best.contract_type or first("contract_type"),
        "start_date": best.start_date or (min(starts, key=lambda d: _day(d, first=True)) if starts else None),
        "end_date": max(ends, key=lambda d: _day(d, first=False)) if ends else None,
        "status": _status(stated),
        "mentions": len(cluster),
        "papers": len({m.paper_key for m in cluster}),
        "first_document_id": papers_by_date[0].document_id,
        "best_contract_id": best.id,
    }


def _annual(best: Mention, stated_annual, starts, ends) -> Optional[float]:
    """The best mention's annual value, else another's, else a whole-term
    value over the term its mentions' dates give (the award's 'from 1
    September 2025' with the price table's '£3.6m')."""
    if best.annual is not None:
        return best.annual
    if stated_annual is not None:
        return stated_annual
    if best.period == "total" and starts and ends:
        start = min(starts, key=lambda d: _day(d, first=True))
        end = max(ends, key=lambda d: _day(d, first=False))
        return annual_value(best.value, best.period, start, end)
    return None


def _status(stated: list[Mention]) -> Optional[str]:
    """What the latest paper says; within one paper, the later stage."""
    with_status = [m for m in stated if m.status]
    if not with_status:
        return None
    latest = max((m.meeting_date or "", m.document_id) for m in with_status)
    said = {m.status for m in with_status if (m.meeting_date or "", m.document_id) == latest}
    for status in STATUS_PRECEDENCE:
        if status in said:
            return status
    return sorted(said)[0]


# -- building ----------------------------------------------------------------
def load_mentions(db: sqlite_utils.Database) -> list[Mention]:
    documents = [dict(zip(("id", "filename", "title", "meeting_date", "authority_id", "paper_key"), row))
                 for row in db.execute("select id, filename, title, meeting_date, authority_id, paper_key "
                                       "from documents order by id").fetchall()]
    papers = paper_keys(documents)
    stored_keys = {d["id"]: d["paper_key"] for d in documents}
    db.conn.executemany("update documents set paper_key = ? where id = ?",
                        [(key, document_id) for document_id, key in papers.items() if stored_keys.get(document_id) != key])
    meeting = {d["id"]: d["meeting_date"] for d in documents}
    taxonomy = load_taxonomy()
    mentions = []
    for row in db.execute(
            "select c.id, c.document_id, c.commissioner_id, c.provider_id, c.service, c.value_gbp, c.period, "
            "c.fiscal_year, c.contract_type, c.status, c.start_date, c.end_date, c.is_total, c.quote, "
            # a table row's header, or the first row of its table when the reader kept none
            "coalesce(p.header, case when p.table_no is not null then (select h.text from passages h "
            "where h.document_id = p.document_id and h.table_no = p.table_no and h.id != p.id "
            "order by h.seq limit 1) end) "
            "from contracts c left join passages p on p.id = c.passage_id order by c.id").fetchall():
        (cid, doc, comm, prov, service, value, period, fiscal_year, ctype, status, start, end, is_total, quote,
         header) = row
        match = taxonomy.categorise(service, quote)
        # A table row's column headings say what its figures are ('Tendered price (5 years)').
        context = " ".join(filter(None, [quote, header]))
        mentions.append(Mention(
            cid, doc, papers.get(doc, doc), meeting.get(doc), comm, prov, service, value, period, fiscal_year, ctype,
            status, start, end, bool(is_total), quote, match.category, match.reason,
            annual_value(value, period, start, end, fiscal_year, context),
            TOTAL_ROW if is_total else None))
    return mentions


def build_records(db: sqlite_utils.Database) -> int:
    """Rebuild contract_records and each contract's category, annual value,
    record and role.  The caller holds the transaction.  Returns how many
    records there are."""
    _write_taxonomy(db)
    mentions = load_mentions(db)
    mark_sums(mentions)
    clusters = link(mentions)
    record_ids = {}
    rows = []
    for number, cluster in enumerate(clusters, start=1):
        rows.append(dict(record_of(cluster), id=number))
        for m in cluster:
            record_ids[m.id] = number
    # Records keep their ids (1..n in order of first mention) and are updated
    # in place, so contracts.record_id (a foreign key) is valid at every step.
    stored = _stored_records(db, rows[0].keys()) if rows else {}
    changed = [row for row in rows if stored.get(row["id"]) != row]
    if changed:
        db["contract_records"].upsert_all(changed, pk="id")  # an unchanged record is not rewritten
    current = {row[0]: row[1:] for row in db.execute(
        "select id, service_category, service_category_reason, annual_value_gbp, record_id, record_role "
        "from contracts").fetchall()}
    changes = []
    for m in mentions:
        wanted = (m.category, m.category_reason, m.annual, record_ids.get(m.id), m.role)
        if current.get(m.id) != wanted:
            changes.append(wanted + (m.id,))
    # Only changed rows are written: each update also re-indexes the row for full-text search.
    db.conn.executemany(
        "update contracts set service_category = ?, service_category_reason = ?, annual_value_gbp = ?, "
        "record_id = ?, record_role = ? where id = ?", changes)
    db.execute("delete from contract_records where id > ?", [len(rows)])
    return len(rows)


def _stored_records(db: sqlite_utils.Database, columns) -> dict[int, dict]:
    """id -> the stored contract record, as a dict of ``columns`` (which include id)."""
    columns = list(columns)
    select = ", ".join(f"[{c}]" for c in columns)
    id_at = columns.index("id")
    return {row[id_at]: dict(zip(columns, row))
            for row in db.execute(f"select {select} from contract_records").fetchall()}


def _write_taxonomy(db: sqlite_utils.Database) -> None:
    """The shipped taxonomy into its two tables, rewritten only when they differ from it: a run
    that changed nothing writes nothing."""
    taxonomy = load_taxonomy()
    categories = [{"id": c.id, "label": c.label, "category_group": c.group, "sources": ", ".join(c.sources)}
                  for c in taxonomy.categories] + [
        {"id": UNCATEGORISED, "label": taxonomy.label(UNCATEGORISED), "category_group": "Other", "sources": ""}]
    terms: dict[tuple, dict] = {}
    for row in taxonomy.terms_table():
        terms.setdefault((row["category_id"], row["term"]), row)  # the first of a repeated key, as insert-or-ignore keeps
    stored_categories = {tuple(r) for r in db.execute(
        "select id, label, category_group, sources from service_categories").fetchall()}
    stored_terms = {tuple(r) for r in db.execute(
        "select category_id, term, kind from service_category_terms").fetchall()}
    if stored_categories == {tuple(c.values()) for c in categories} \
            and stored_terms == {tuple(t.values()) for t in terms.values()}:
        return
    db.execute("delete from service_category_terms")
    db.execute("delete from service_categories")
    db["service_categories"].insert_all(categories)
    db["service_category_terms"].insert_all(terms.values())


def rebuild(db: sqlite_utils.Database) -> int:
    """build_records in its own write transaction."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        count = build_records(db)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return count

