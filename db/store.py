"""Write documents, passages and facts; each document in one transaction.

Documents are identified by the sha256 of their bytes.  A file whose bytes are
already stored is only recorded as another path of that document; a known path
whose bytes changed replaces the old document, passages and facts in the same
transaction that writes the new ones, so a reader never sees half of either.
"""
from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from datetime import datetime, timezone
from typing import Optional

import sqlite_utils

from committee_papers.extract.facts import Extraction, Organisation
from committee_papers.ingest.model import Document, Passage

from .schema import FACT_TABLES, open_database


SQLITE_FULL = 13


class DiskFull(Exception):
    """The disk (or the database's size limit) filled up while writing.

    SQLite has already rolled back the transaction that hit it: everything
    committed before is intact, and a run with space to spare finishes the job.
    """

    def __init__(self, db_path: str, what: str):
        super().__init__(f"disk full while writing {what} to {db_path}")
        self.db_path = db_path
        self.what = what


def is_disk_full(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF == SQLITE_FULL
    return "database or disk is full" in str(exc)


def raise_if_disk_full(exc: BaseException, db_path: str, what: str) -> None:
    if is_disk_full(exc):
        raise DiskFull(db_path, what) from exc


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open.

    On some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM) SQLite has rolled
    the transaction back itself; a second ROLLBACK would fail with "cannot
    rollback - no transaction is active" and hide the error that matters.
    """
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def normalise_name(name: str) -> str:
    name = name.lower().replace("&", " and ").replace("\u2019", "'")
    name = re.sub(r"[^a-z0-9 ]+", " ", name)
    name = re.sub(r"\s+", " ", name).strip()
    return re.sub(r"^the ", "", name)


class Store:
    def __init__(self, path):
        self.path = str(path)
        self.db: sqlite_utils.Database = open_database(path)

    def close(self):
        self.db.close()

    # -- what is known already -------------------------------------------
    def path_record(self, path: str) -> Optional[dict]:
        rows = list(self.db.query("select * from document_paths where path = ?", [path]))
        return rows[0] if rows else None

    def document_id_for_sha(self, sha256: str) -> Optional[int]:
        row = self.db.execute("select id from documents where sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def touch_path(self, path: str, document_id: int, size: int, mtime: float, sha256: str):
        with self._write_transaction(path):
            self._record_path(path, document_id, size, mtime, sha256)

    def _record_path(self, path, document_id, size, mtime, sha256):
        self.db["document_paths"].upsert(
            {"path": path, "document_id": document_id, "size": size, "mtime": mtime,
             "sha256": sha256, "seen_at": now()}, pk="path")

    @contextlib.contextmanager
    def _write_transaction(self, what: str):
        """BEGIN IMMEDIATE, not db.atomic()'s deferred BEGIN: sqlite-utils reads
        the schema before it writes, and a deferred transaction that has read
        fails at once ("database is locked") if another process committed
        meanwhile; taking the write lock first lets busy_timeout queue it.

        ``what`` is being written, for the DiskFull error a full disk raises."""
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            rollback(conn)
            raise_if_disk_full(exc, self.path, what)
            raise

    # -- writing ----------------------------------------------------------
    def save(self, document: Document, passages: list[Passage], extraction: Extraction) -> tuple[int, str]:
        """Store one document with its passages and facts.

        Returns (document id, outcome) where outcome is ``ingested``,
        ``replaced`` (a known path with new bytes, or a stored scan now read by
        OCR) or ``duplicate`` (bytes already stored under another path).
        """
        with self._write_transaction(document.path):
            existing = self.document_id_for_sha(document.sha256)
            if existing is not None and not document.needs_ocr and self._unread_scan(existing):
                self._delete_document(existing)  # (its other paths find the read copy when they come)
                doc_id = self._insert_document(document, passages, extraction)
                self._record_path(document.path, doc_id, document.size, document.mtime, document.sha256)
                return doc_id, "replaced"
            if existing is not None:
                self._record_path(document.path, existing, document.size, document.mtime, document.sha256)
                outcome = "duplicate"
                doc_id = existing
            else:
                previous = self.path_record(document.path)
                outcome = "ingested"
                if previous:
                    others = self.db.execute(
                        "select count(*) from document_paths where document_id = ? and path != ?",
                        [previous["document_id"], document.path]).fetchone()[0]
                    if not others:
                        self._delete_document(previous["document_id"])
                    outcome = "replaced"
                doc_id = self._insert_document(document, passages, extraction)
                self._record_path(document.path, doc_id, document.size, document.mtime, document.sha256)
        return doc_id, outcome

    def _unread_scan(self, document_id: int) -> bool:
        return bool(self.db.execute("select needs_ocr from documents where id = ?", [document_id]).fetchone()[0])

    def replace_facts(self, document_id: int, passages: list[Passage], extraction: Extraction):
        """Re-extraction: swap one document's facts and metadata, passages kept."""
        with self._write_transaction(f"the facts of document {document_id}"):
            for table in FACT_TABLES:
                self.db.execute(f"delete from {table} where document_id = ?", [document_id])
            seq_to_id = dict(self.db.execute(
                "select seq, id from passages where document_id = ?", [document_id]).fetchall())
            self._write_facts(document_id, seq_to_id, extraction)

    def record_error(self, path: str, sha256: Optional[str], error: str):
        with self._write_transaction(f"the error row for {path}"):
            self.db["ingest_errors"].insert({"path": path, "sha256": sha256, "error": error, "at": now()})

    def _delete_document(self, document_id: int):
        # A contract record may name this paper as its first; the batch's end rebuilds records.
        self.db.execute("update contract_records set first_document_id = null where first_document_id = ?",
                        [document_id])
        for table in FACT_TABLES + ["passages", "document_paths"]:
            self.db.execute(f"delete from {table} where document_id = ?", [document_id])
        self.db.execute("delete from documents where id = ?", [document_id])

    def _insert_document(self, document: Document, passages: list[Passage], extraction: Extraction) -> int:
        doc_id = self.db["documents"].insert({
            "filename": document.filename,
            "source_path": document.path,
            "sha256": document.sha256,
            "format": document.format,
            "pages": document.pages,
            "ingested_at": now(),
            "size": document.size,
            "mtime": document.mtime,
            "needs_ocr": int(document.needs_ocr),
            "ocr_pages": json.dumps(document.ocr_pages) if document.ocr_pages else None,
            "warnings": json.dumps(document.warnings) if document.warnings else None,
            "properties": json.dumps(document.properties, default=str) if document.properties else None,
        }).last_pk
        self.db["passages"].insert_all(
            ({
                "document_id": doc_id, "seq": p.seq, "page": p.page, "section": p.section,
                "heading": p.heading, "kind": p.kind, "text": p.text,
                "cells": json.dumps(p.cells) if p.cells else None,
                "header": json.dumps(p.header) if p.header else None,
                "table_no": p.table, "row_no": p.row,
            } for p in passages),
            batch_size=500,
        )
        seq_to_id = dict(self.db.execute(
            "select seq, id from passages where document_id = ?", [doc_id]).fetchall())
        self._write_facts(doc_id, seq_to_id, extraction)
        return doc_id

    def _write_facts(self, doc_id: int, seq_to_id: dict, extraction: Extraction):
        org_ids = {}
        aliases: list[dict] = []  # every organisation's, written once below, in the order found
        for org in extraction.organisations:
            org_ids[org.name] = self.organisation_id(org, aliases)
            for alias in org.aliases:
                org_ids.setdefault(alias, org_ids[org.name])

        def oid(name):
            if not name:
                return None
            if name not in org_ids:
                org_ids[name] = self.organisation_id(Organisation(name=name, kind="other"), aliases)
            return org_ids[name]

        from committee_papers.extract.version import extractor_version

        self.db["documents"].update(doc_id, {
            "extractor_version": extractor_version(),
            "title": extraction.title,
            "committee": extraction.committee,
            "meeting_date": extraction.meeting_date,
            "meeting_date_source": extraction.meeting_date_source,
            "author": extraction.author,
            "authority_id": oid(extraction.authority),
            "authority_source": extraction.authority_source,
        })
        mentions = {}
        for org in extraction.organisations:
            if org.mentions:
                mentions[org_ids[org.name]] = mentions.get(org_ids[org.name], 0) + org.mentions
        self.db["document_organisations"].insert_all(
            ({"document_id": doc_id, "organisation_id": k, "mentions": v} for k, v in mentions.items()))

        def base(fact):
            return {"document_id": doc_id, "passage_id": seq_to_id.get(fact.passage_seq), "page": fact.page}

        rows = []
        for c in extraction.contracts:
            row = base(c)
            row.update({
                "commissioner_id": oid(c.commissioner), "provider_id": oid(c.provider),
                "service": c.service, "value_gbp": c.value_gbp, "value_text": c.value_text,
                "approximate": int(c.approximate), "period": c.period, "fiscal_year": c.fiscal_year,
                "contract_type": c.contract_type, "status": c.status, "start_date": c.start_date,
                "end_date": c.end_date, "is_total": int(c.is_total), "quote": c.quote,
                "annual_value_gbp": c.annual_value_gbp, "rule": c.rule,
            })
            rows.append(row)
        self.db["contracts"].insert_all(rows)
        self.db["amounts"].insert_all(
            dict(base(a), kind=a.kind, value_gbp=a.value_gbp, value_text=a.value_text,
                 approximate=int(a.approximate), quote=a.quote, rule=a.rule) for a in extraction.amounts)
        self.db["key_dates"].insert_all(
            dict(base(d), date=d.date, event=d.event, quote=d.quote, rule=d.rule) for d in extraction.key_dates)
        self.db["recommendations"].insert_all(
            dict(base(r), number=r.number, text=r.text, quote=r.quote or r.text, rule=r.rule)
            for r in extraction.recommendations)
        self.db["decisions"].insert_all(
            dict(base(d), number=d.number, text=d.text, outcome=d.outcome, decided_by=d.decided_by,
                 quote=d.quote or d.text, rule=d.rule)
            for d in extraction.decisions)
        self.db["risks"].insert_all(
            dict(base(r), risk=r.risk, mitigation=r.mitigation, quote=r.quote or r.risk,
                 likelihood=r.likelihood, impact=r.impact, score=r.score, owner=r.owner, rule=r.rule)
            for r in extraction.risks)
        self.db["organisation_aliases"].insert_all(aliases, ignore=True)

    def organisation_id(self, org: Organisation, aliases: list) -> int:
        """The id of an organisation, creating it if new: a registered body by its code (one row
        across papers whatever each called it), any other by its normalised name.  Its names
        are appended to ``aliases``, rows for the caller to write, one insert per document."""
        key = normalise_name(org.name)
        row = None
        if org.code:
            row = self.db.execute("select id, kind, code from organisations where code = ?", [org.code]).fetchone()
        if row is None:
            row = self.db.execute("select id, kind, code from organisations where normalised = ?", [key]).fetchone()
        if row:
            org_id = row[0]
            changes = {}
            if org.code and not row[2]:
                changes.update(code=org.code, kind=org.kind)  # the register's kind beats a guess
            elif (row[1] in (None, "other", "unknown")) and org.kind not in ("other", "unknown"):
                changes["kind"] = org.kind
            if changes:
                self.db["organisations"].update(org_id, changes)
        else:
            acronym = org.name if org.name.isupper() and " " not in org.name else None
            org_id = self.db["organisations"].insert(
                {"name": org.name, "kind": org.kind, "acronym": acronym, "normalised": key,
                 "code": org.code}).last_pk
        aliases.extend({"organisation_id": org_id, "alias": a} for a in sorted({org.name} | set(org.aliases)))
        return org_id
