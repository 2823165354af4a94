"""The knowledge base's tables, indexes, full-text search and views.

The names in the schema contract (README, "Schema") are read by users' SQL and
must never be renamed or dropped; columns may be added.  ``ensure_schema`` is
idempotent and runs on every open.
"""
from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 1

TABLES = {
    "organisations": (
        {"id": int, "name": str, "kind": str, "acronym": str, "normalised": str},
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
    "contracts": (
        {
            "id": int, "document_id": int, "passage_id": int, "commissioner_id": int,
            "provider_id": int, "service": str, "value_gbp": float, "value_text": str,
            "approximate": int, "period": str, "fiscal_year": str, "contract_type": str,
            "status": str, "start_date": str, "end_date": str, "is_total": int,
            "page": int, "quote": str,
        },
        {"pk": "id", "foreign_keys": [
            ("document_id", "documents", "id"), ("passage_id", "passages", "id"),
            ("commissioner_id", "organisations", "id"), ("provider_id", "organisations", "id")]},
    ),
    "amounts": (
        {"id": int, "document_id": int, "passage_id": int, "kind": str, "value_gbp": float,
         "value_text": str, "approximate": int, "page": int, "quote": str},
        {"pk": "id", "foreign_keys": [("document_id", "documents", "id"), ("passage_id", "passages", "id")]},
    ),
    "key_dates": (
        {"id": int, "document_id": int, "passage_id": int, "date": str, "event": str,
         "page": int, "quote": str},
        {"pk": "id", "foreign_keys": [("document_id", "documents", "id"), ("passage_id", "passages", "id")]},
    ),
    "recommendations": (
        {"id": int, "document_id": int, "passage_id": int, "number": str, "text": str, "page": int},
        {"pk": "id", "foreign_keys": [("document_id", "documents", "id"), ("passage_id", "passages", "id")]},
    ),
    "risks": (
        {"id": int, "document_id": int, "passage_id": int, "risk": str, "mitigation": str,
         "page": int, "quote": str},
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
    ("document_paths", ["document_id"], False),
    ("document_organisations", ["organisation_id"], False),
]

# Full-text search: (table, columns).  Triggers keep the index current.
FTS = [
    ("passages", ["heading", "text"]),
    ("recommendations", ["text"]),
    ("risks", ["risk", "mitigation"]),
    ("contracts", ["service", "quote"]),
]

FACT_TABLES = ["contracts", "amounts", "key_dates", "recommendations", "risks", "document_organisations"]


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
    """Create or complete the schema in one transaction.

    All of it, search indexes and triggers included, is written in a single
    BEGIN IMMEDIATE transaction and the ``_schema`` row goes in last: a run
    killed part-way leaves nothing half-made (a search table without its
    triggers would silently stop indexing), and two processes opening a new
    database at once take turns instead of racing to create the same tables.
    """
    if _schema_complete(db):
        return
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name, (columns, options) in TABLES.items():
            db[name].create(columns, if_not_exists=True, **options)
            missing = {c: t for c, t in columns.items() if c not in db[name].columns_dict}
            for column, col_type in missing.items():
                db[name].add_column(column, col_type)
        for table, columns, unique in INDEXES:
            db[table].create_index(columns, unique=unique, if_not_exists=True)
        for table, columns in FTS:
            _ensure_fts(db, table, columns)
        db["_schema"].insert({"id": 1, "version": SCHEMA_VERSION}, pk="id", replace=True)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _schema_complete(db: sqlite_utils.Database) -> bool:
    if not {name for name in TABLES} <= set(db.table_names()) or not db["_schema"].exists():
        return False
    row = db.execute("select version from _schema where id = 1").fetchone()
    return bool(row) and row[0] >= SCHEMA_VERSION


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
