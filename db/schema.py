"""The knowledge base's tables, indexes, full-text search and views.

The names in the schema contract (README, "Schema") are read by users' SQL and
must never be renamed or dropped; columns may be added.  ``ensure_schema`` runs
on every open: it creates a new database whole, upgrades an older one through
the numbered ``MIGRATIONS`` (all in one transaction), and refuses a database
made by a newer release rather than writing to a schema it does not know.
"""
from __future__ import annotations

import sqlite_utils


class SchemaError(Exception):
    """The database cannot be used by this release (made by a newer one)."""

TABLES = {
    "organisations": (
        {"id": int, "name": str, "kind": str, "acronym": str, "normalised": str, "code": str},
        {"pk": "id", "not_null": {"name"}},
    ),
    "organisation_aliases": (
        {"organisation_id": int, "alias": str},
        {"pk": ("organisation_id", "alias"), "foreign_keys": [("organisation_id", "organisations", "id")]},
    ),
    "documents": (
        {
            "id": int, "filename": str, "source_path": str, "sha256": str, "format": str,
            "title": str, "authority_id": int, "committee": str, "meeting_date": str,
            "author": str, "pages": int, "ingested_at": str,
            "size": int, "mtime": float, "needs_ocr": int, "warnings": str, "properties": str,
            # Pages whose text was recognised by OCR, a JSON list ([2, 3]); null when none: a
            # passage on one of them is OCR text, to be checked against the scan before quoting.
            "ocr_pages": str,
            # The same paper ingested in two formats shares one paper_key: the
            # lowest of its documents' ids (set when contract records are built;
            # a key, not a reference, so removing that document breaks nothing).
            "paper_key": int,
            # Why the authority is the one stored (cover field, letterhead, ...).
            "authority_source": str,
            # The rule that dated the meeting when the paper's text did not (`file name: day month year`:
            # the date in the file's name); null when the text dated it.
            "meeting_date_source": str,
            # The extractor build that made the document's facts: a re-extraction
            # redoes only documents made by another one.
            "extractor_version": str,
        },
        {"pk": "id", "not_null": {"filename", "sha256"},
         "foreign_keys": [("authority_id", "organisations", "id")]},
    ),
    # Every path a document was found at; the same bytes under two paths are
    # one document.  size and mtime let a re-run skip hashing unchanged files.
    "document_paths": (
        {"path": str, "document_id": int, "size": int, "mtime": float, "sha256": str, "seen_at": str},
        {"pk": "path", "foreign_keys": [("document_id", "documents", "id")]},
    ),
    "passages": (
        {
            "id": int, "document_id": int, "seq": int, "page": int, "section": str,
            "heading": str, "kind": str, "text": str,
            "cells": str, "header": str, "table_no": int, "row_no": int,
        },
        {"pk": "id", "foreign_keys": [("document_id", "documents", "id")]},
    ),
    # One row per contract, however many mentions (papers, formats, sentences)
    # state it; rebuilt from contracts after every ingest (db/records.py).
    # Created before contracts, whose record_id refers to it; so best_contract_id
    # cannot be declared a foreign key (the two would refer to each other).  The
    # store clears first_document_id before it deletes a replaced paper; the
    # batch's end rebuilds the records.
    "contract_records": (
        {"id": int, "commissioner_id": int, "provider_id": int, "service": str, "service_category": str,
         "value_gbp": float, "annual_value_gbp": float, "period": str, "fiscal_year": str, "contract_type": str,
         "start_date": str, "end_date": str, "status": str, "mentions": int, "papers": int,
         "first_document_id": int, "best_contract_id": int},
        {"pk": "id", "foreign_keys": [("commissioner_id", "organisations", "id"),
                                      ("provider_id", "organisations", "id"),
                                      ("first_document_id", "documents", "id")]},
    ),
    "contracts": (
        {
            "id": int, "document_id": int, "passage_id": int, "commissioner_id": int,
            "provider_id": int, "service": str, "value_gbp": float, "value_text": str,
            "approximate": int, "period": str, "fiscal_year": str, "contract_type": str,
            "status": str, "start_date": str, "end_date": str, "is_total": int,
            "page": int, "quote": str,
            # The value for one year where a period is stated or derivable
            # (value_gbp stays as written); the rule that found the contract.
            "annual_value_gbp": float, "rule": str,
            # Set when contract records are built (db/records.py): the category of
            # the service (db/data/service_categories.yml) and why; the record this
            # mention is one statement of, and whether its value is the one counted.
            "service_category": str, "service_category_reason": str,
            "record_id": int, "record_role": str,
        },
        {"pk": "id", "foreign_keys": [
            ("document_id", "documents", "id"), ("passage_id", "passages", "id"),
            ("commissioner_id", "organisations", "id"), ("provider_id", "organisations", "id"),
            ("record_id", "contract_records", "id")]},
    ),
    # The service taxonomy as shipped (db/data/service_categories.yml), for SQL.
    "service_categories": (
        {"id": str, "label": str, "category_group": str, "sources": str},
        {"pk": "id"},
    ),
    "service_category_terms": (
        {"category_id": str, "term": str, "kind": str},
        {"pk": ("category_id", "term")},
    ),
    "amounts": (
        {"id": int, "document_id": int, "passage_id": int, "kind": str, "value_gbp": float,
         "value_text": str, "approximate": int, "page": int, "quote": str, "rule": str},
        {"pk": "id", "foreign_keys": [("document_id", "documents", "id"), ("passage_id", "passages", "id")]},
    ),
    "key_dates": (
        {"id": int, "document_id": int, "passage_id": int, "date": str, "event": str,
         "page": int, "quote": str, "rule": str},
        {"pk": "id", "foreign_keys": [("document_id", "documents", "id"), ("passage_id", "passages", "id")]},
    ),
    "recommendations": (
        {"id": int, "document_id": int, "passage_id": int, "number": str, "text": str, "page": int,
         "quote": str, "rule": str},
        {"pk": "id", "foreign_keys": [("document_id", "documents", "id"), ("passage_id", "passages", "id")]},
    ),
    # What a meeting or decision-maker resolved (minutes, decision records).
    # outcome: approved, noted, agreed, deferred, rejected, delegated, other.
    "decisions": (
        {"id": int, "document_id": int, "passage_id": int, "number": str, "text": str,
         "outcome": str, "decided_by": str, "page": int, "quote": str, "rule": str},
        {"pk": "id", "foreign_keys": [("document_id", "documents", "id"), ("passage_id", "passages", "id")]},
    ),
    "risks": (
        {"id": int, "document_id": int, "passage_id": int, "risk": str, "mitigation": str,
         "page": int, "quote": str,
         "likelihood": str, "impact": str, "score": str, "owner": str, "rule": str},
        {"pk": "id", "foreign_keys": [("document_id", "documents", "id"), ("passage_id", "passages", "id")]},
    ),
    # Which organisations each document mentions, and how often.
    "document_organisations": (
        {"document_id": int, "organisation_id": int, "mentions": int},
        {"pk": ("document_id", "organisation_id"), "foreign_keys": [
            ("document_id", "documents", "id"), ("organisation_id", "organisations", "id")]},
    ),
    "ingest_errors": (
        {"id": int, "path": str, "sha256": str, "error": str, "at": str},
        {"pk": "id"},
    ),
}

INDEXES = [
    ("documents", ["sha256"], True),
    ("organisations", ["normalised"], True),
    ("organisation_aliases", ["alias"], False),
    ("passages", ["document_id", "seq"], True),
    ("contracts", ["document_id"], False),
    ("contracts", ["provider_id"], False),
    ("contracts", ["commissioner_id"], False),
    ("amounts", ["document_id"], False),
    ("key_dates", ["document_id"], False),
    ("recommendations", ["document_id"], False),
    ("risks", ["document_id"], False),
    ("decisions", ["document_id"], False),
    ("organisations", ["code"], False),
    ("document_paths", ["document_id"], False),
    ("document_organisations", ["organisation_id"], False),
    ("contracts", ["record_id"], False),
    ("contract_records", ["commissioner_id", "service_category"], False),
    ("contract_records", ["provider_id"], False),
    ("service_category_terms", ["term"], False),
]

# Full-text search: (table, columns).  Triggers keep the index current.
FTS = [
    ("passages", ["heading", "text"]),
    ("recommendations", ["text"]),
    ("risks", ["risk", "mitigation"]),
    ("decisions", ["text"]),
    ("contracts", ["service", "quote"]),
]

FACT_TABLES = ["contracts", "amounts", "key_dates", "recommendations", "decisions", "risks",
               "document_organisations"]


def _complete(db: sqlite_utils.Database) -> None:
    """Create every table, column, index and search index of ``TABLES`` that is
    missing.  Adding is all a migration so far needs, so each numbered step
    below is this, plus whatever data it must move."""
    for name, (columns, options) in TABLES.items():
        db[name].create(columns, if_not_exists=True, **options)
        missing = {c: t for c, t in columns.items() if c not in db[name].columns_dict}
        for column, col_type in missing.items():
            db[name].add_column(column, col_type)
    for table, columns, unique in INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    for table, columns in FTS:
        _ensure_fts(db, table, columns)


def _add_contract_records(db: sqlite_utils.Database) -> None:
    """Step 3: the new tables and columns, then the records built from the
    contracts already stored, so an upgraded database compares at once."""
    from .records import build_records

    _complete(db)
    build_records(db)


# Numbered schema versions: (version, what it adds, step).  A database at
# version N runs the steps after N, in order, in one transaction.  Never edit a
# released step; add the next one.
MIGRATIONS = [
    (1, "documents, passages, facts, full-text search", _complete),
    (2, "decisions table; organisations.code; documents.authority_source and extractor_version; "
        "rule on every fact table; risks likelihood, impact, score, owner; contracts.annual_value_gbp; "
        "recommendations.quote", _complete),
    (3, "contract_records (each contract once, however many papers state it); contracts.service_category, "
        "service_category_reason, record_id, record_role; documents.paper_key; service_categories and "
        "service_category_terms", _add_contract_records),
    (4, "documents.ocr_pages (pages whose text was recognised by OCR)", _complete),
    (5, "documents.meeting_date_source (the rule that dated a meeting its text did not date)", _complete),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def open_database(path, *, create=True) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    # Datasette reads while ingest writes: WAL lets both go on; the timeout
    # makes a second writer wait its turn instead of failing at once.
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA foreign_keys = ON")
    if create:
        if db.journal_mode != "wal":
            db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
        ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create, complete or upgrade the schema in one transaction.

    All of it, search indexes and triggers included, is written in a single
    BEGIN IMMEDIATE transaction and the ``_schema`` row goes in last: a run
    killed part-way leaves nothing half-made (a search table without its
    triggers would silently stop indexing), and two processes opening a new
    database at once take turns instead of racing to create the same tables.
    A database from a newer release is refused, never written to.
    """
    version = schema_version(db)
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaError(
            f"{db.conn.execute('PRAGMA database_list').fetchone()[2] or 'the database'} was made by a newer "
            f"committee-papers (schema version {version}; this release knows up to {SCHEMA_VERSION}): "
            "upgrade committee-papers to use it")
    if version == SCHEMA_VERSION and _schema_complete(db):
        return
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = schema_version(db)  # another process may have upgraded it meanwhile
        if version is None or not _tables_exist(db):
            _complete(db)  # a new database (or one killed before its first commit) is made whole
        else:
            for number, _what, step in MIGRATIONS:
                if number > version:
                    step(db)
            _complete(db)  # a database whose row claims a version it lacks columns of
        db["_schema"].insert({"id": 1, "version": SCHEMA_VERSION}, pk="id", replace=True)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def schema_version(db: sqlite_utils.Database):
    """The schema version a database records, or None for a new (or schema-less) one."""
    if not db["_schema"].exists():
        return None
    row = db.execute("select version from _schema where id = 1").fetchone()
    return row[0] if row else None


def _tables_exist(db: sqlite_utils.Database) -> bool:
    return {name for name in TABLES} <= set(db.table_names())


def _schema_complete(db: sqlite_utils.Database) -> bool:
    """Every table and column this release writes is there."""
    if not _tables_exist(db):
        return False
    return all(set(columns) <= set(db[name].columns_dict) for name, (columns, _o) in TABLES.items())


def _ensure_fts(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """FTS5 over ``table`` with the triggers that keep it current, as sqlite-utils'
    enable_fts makes it, but inside the caller's transaction (enable_fts runs
    executescript, which commits)."""
    fts = f"{table}_fts"
    triggers = {f"{table}_{suffix}" for suffix in ("ai", "ad", "au")}
    if db[fts].exists() and triggers <= {t.name for t in db[table].triggers}:
        return
    for trigger in triggers:
        db.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    db.execute(f"DROP TABLE IF EXISTS [{fts}]")
    cols = ", ".join(f'"{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    db.execute(f'CREATE VIRTUAL TABLE "{fts}" USING FTS5 (\n    {cols},\n    tokenize=\'porter\',\n'
               f'    content="{table}"\n)')
    db.execute(f'INSERT INTO "{fts}" (rowid, {cols}) SELECT rowid, {cols} FROM "{table}"')
    db.execute(f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN\n'
               f'  INSERT INTO "{fts}" (rowid, {cols}) VALUES (new.rowid, {new});\nEND')
    db.execute(f'CREATE TRIGGER "{table}_ad" AFTER DELETE ON "{table}" BEGIN\n'
               f'  INSERT INTO "{fts}" ("{fts}", rowid, {cols}) VALUES(\'delete\', old.rowid, {old});\nEND')
    db.execute(f'CREATE TRIGGER "{table}_au" AFTER UPDATE ON "{table}" BEGIN\n'
               f'  INSERT INTO "{fts}" ("{fts}", rowid, {cols}) VALUES(\'delete\', old.rowid, {old});\n'
               f'  INSERT INTO "{fts}" (rowid, {cols}) VALUES (new.rowid, {new});\nEND')
