"""Cross-document organisation merging.

A paper may use an acronym it never defines (`WCHT`); the organisation is then
stored under that bare acronym.  When another paper defines it (`Wessex
Community Health NHS Trust (WCHT)`), the acronym becomes one of that
organisation's aliases and the two records are one body.  Run after every
batch, so a definition that arrives later re-resolves earlier documents.
"""
from __future__ import annotations

import re

import sqlite_utils

from committee_papers.extract.orgnames import variant_key

BARE_ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")

# Tables whose columns point at organisations.id, and how to repoint them.
REFERENCES = [
    ("contract_records", "commissioner_id"),
    ("contract_records", "provider_id"),
    ("contracts", "commissioner_id"),
    ("contracts", "provider_id"),
    ("documents", "authority_id"),
]


def _is_bare_acronym(name: str) -> bool:
    return bool(BARE_ACRONYM_RE.match(name)) and sum(c.isupper() for c in name) >= 2


def acronym_merges(db: sqlite_utils.Database) -> list[tuple[int, int]]:
    """(bare acronym organisation id, defining organisation id) pairs to merge.

    Only when exactly one other organisation has the acronym as an alias: an
    acronym two bodies share (`HCT` for two trusts in two areas) stays apart.
    """
    pairs = []
    for org_id, name in db.execute("select id, name from organisations").fetchall():
        if not _is_bare_acronym(name):
            continue
        owners = [row[0] for row in db.execute(
            "select distinct organisation_id from organisation_aliases where alias = ? and organisation_id != ?",
            [name, org_id]).fetchall()]
        owners = [o for o in owners if not _is_bare_acronym(_name_of(db, o) or "")]
        if len(owners) == 1:
            pairs.append((org_id, owners[0]))
    return pairs


def _name_of(db, org_id):
    row = db.execute("select name from organisations where id = ?", [org_id]).fetchone()
    return row[0] if row else None


def merge_organisation(db: sqlite_utils.Database, source: int, target: int) -> None:
    """Fold organisation ``source`` into ``target``; the caller holds the transaction."""
    for table, column in REFERENCES:
        db.execute(f"update {table} set {column} = ? where {column} = ?", [target, source])
    # A document that mentions both keeps one row with the mentions added up.
    for document_id, mentions in db.execute(
            "select document_id, mentions from document_organisations where organisation_id = ?",
            [source]).fetchall():
        updated = db.execute(
            "update document_organisations set mentions = coalesce(mentions, 0) + ? "
            "where document_id = ? and organisation_id = ?", [mentions or 0, document_id, target]).rowcount
        if not updated:
            db.execute("insert into document_organisations (document_id, organisation_id, mentions) values (?, ?, ?)",
                       [document_id, target, mentions])
    db.execute("delete from document_organisations where organisation_id = ?", [source])
    db.execute("insert or ignore into organisation_aliases (organisation_id, alias) "
               "select ?, alias from organisation_aliases where organisation_id = ?", [target, source])
    db.execute("delete from organisation_aliases where organisation_id = ?", [source])
    kind, code = db.execute("select kind, code from organisations where id = ?", [target]).fetchone()
    source_kind, source_code = db.execute("select kind, code from organisations where id = ?", [source]).fetchone()
    if kind in (None, "other", "unknown") or (source_code and not code):
        db.execute("update organisations set kind = ? where id = ?", [source_kind, target])
    if source_code and not code:
        db.execute("update organisations set code = ? where id = ?", [source_code, target])
    db.execute("delete from organisations where id = ?", [source])


def code_merges(db: sqlite_utils.Database) -> list[tuple[int, int]]:
    """(id, first id) pairs for rows sharing an official code: one registered body is one row."""
    pairs = []
    for code, ids in db.execute("select code, group_concat(id) from organisations where code is not null "
                                "group by code having count(*) > 1").fetchall():
        ids = sorted(int(i) for i in ids.split(","))
        pairs.extend((org_id, ids[0]) for org_id in ids[1:])
    return pairs


def variant_merges(db: sqlite_utils.Database) -> list[tuple[int, int]]:
    """(variant id, fullest spelling id) pairs: `Wessex Foundation Trust` from one
    paper and `The Wessex NHS Foundation Trust` from another are one body.  A row with a
    code is the body's canonical record and is the one kept; two codes never merge."""
    groups: dict[str, list[tuple[int, str, str]]] = {}
    for org_id, name, code in db.execute("select id, name, code from organisations").fetchall():
        if _is_bare_acronym(name):
            continue
        key = variant_key(name)
        if key:  # the key keeps type words, so a council and a trust never share one
            groups.setdefault(key, []).append((org_id, name, code))
    pairs = []
    for members in groups.values():
        if len(members) < 2 or len({m[2] for m in members if m[2]}) > 1:
            continue
        target = max(members, key=lambda m: (bool(m[2]), len(m[1].split()), len(m[1]), -m[0]))[0]
        pairs.extend((org_id, target) for org_id, _name, _code in members if org_id != target)
    return pairs


def merge_defined_acronyms(db: sqlite_utils.Database) -> int:
    """Merge every bare-acronym organisation into the one organisation that
    defines it, in one transaction.  Returns how many were merged.

    Spelling variants of one name are merged first, so that an acronym two
    papers define for `Wessex NHS Foundation Trust` and `Wessex Foundation
    Trust` has one owner.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        merged = 0
        for source, target in code_merges(db):
            merge_organisation(db, source, target)
            merged += 1
        for source, target in variant_merges(db):
            merge_organisation(db, source, target)
            merged += 1
        for source, target in acronym_merges(db):
            merge_organisation(db, source, target)
            merged += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return merged
