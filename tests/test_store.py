"""The store: identity by content, replacement, one transaction per document."""
import sqlite3

import pytest

from committee_papers.db.schema import open_database
from committee_papers.db.store import Store
from committee_papers.extract.facts import Contract, Extraction, Organisation, Recommendation
from committee_papers.ingest.model import Block, Document


def make_document(path, sha, text="5.1 The Council holds a block contract for therapy."):
    return Document(
        path=str(path), filename=path.name, format="text", sha256=sha, size=len(text), mtime=1.0, pages=1,
        blocks=[Block("heading", "5. Contracts", 1), Block("paragraph", text, 1),
                Block("table", rows=[["Service", "Provider"], ["Therapy", "Acme Care Ltd"]], header_rows=1, page=2)],
    )


def facts():
    return Extraction(
        organisations=[Organisation("Wessex County Council", "council", {"WCC"}, 2),
                       Organisation("Acme Care Ltd", "company", set(), 1)],
        authority="Wessex County Council",
        committee="Cabinet",
        contracts=[Contract(passage_seq=2, page=1, quote="block contract", commissioner="WCC",
                            provider="Acme Care Ltd", service="Therapy", value_gbp=1000.0, value_text="£1,000")],
        recommendations=[Recommendation(passage_seq=2, page=1, text="Note the report.", number="1")],
    )


def counts(db):
    return {t: db[t].count for t in ("documents", "passages", "contracts", "recommendations", "document_paths")}


def test_save_writes_document_passages_and_facts(tmp_path, db_path):
    store = Store(db_path)
    doc = make_document(tmp_path / "a.txt", "sha-a")
    doc_id, outcome = store.save(doc, doc.passages(), facts())
    assert outcome == "ingested"
    row = store.db["documents"].get(doc_id)
    assert row["committee"] == "Cabinet"
    assert store.db["organisations"].get(row["authority_id"])["name"] == "Wessex County Council"
    contract = next(store.db["contracts"].rows)
    # The acronym resolved to the same organisation as the full name.
    assert contract["commissioner_id"] == row["authority_id"]
    passage = store.db["passages"].get(contract["passage_id"])
    assert passage["text"].startswith("5.1 The Council")
    kinds = [p["kind"] for p in store.db["passages"].rows_where(order_by="seq")]
    assert kinds == ["heading", "paragraph", "table_header", "table_row"]
    table_row = list(store.db["passages"].rows_where("kind = 'table_row'"))[0]
    assert table_row["page"] == 2 and "Provider: Acme Care Ltd" in table_row["text"]


def test_same_bytes_under_two_paths_are_stored_once(tmp_path, db_path):
    store = Store(db_path)
    first = make_document(tmp_path / "a.txt", "same")
    second = make_document(tmp_path / "copy.txt", "same")
    assert store.save(first, first.passages(), facts())[1] == "ingested"
    assert store.save(second, second.passages(), facts())[1] == "duplicate"
    assert store.db["documents"].count == 1
    assert store.db["document_paths"].count == 2


def test_changed_bytes_at_known_path_replace_the_document(tmp_path, db_path):
    store = Store(db_path)
    old = make_document(tmp_path / "a.txt", "v1", "5.1 Old text about a spot contract.")
    store.save(old, old.passages(), facts())
    new = make_document(tmp_path / "a.txt", "v2", "5.1 New text about a rolling contract.")
    _, outcome = store.save(new, new.passages(), facts())
    assert outcome == "replaced"
    assert store.db["documents"].count == 1
    texts = [p["text"] for p in store.db["passages"].rows]
    assert any("rolling" in t for t in texts) and not any("spot" in t for t in texts)
    assert store.db["contracts"].count == 1
    # The full-text index follows the replacement.
    hits = store.db.execute("select count(*) from passages_fts where passages_fts match 'spot'").fetchone()[0]
    assert hits == 0


def test_a_failure_mid_document_leaves_nothing_behind(tmp_path, db_path, monkeypatch):
    store = Store(db_path)
    doc = make_document(tmp_path / "a.txt", "boom")

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_write_facts", explode)
    with pytest.raises(RuntimeError):
        store.save(doc, doc.passages(), facts())
    assert counts(store.db) == {"documents": 0, "passages": 0, "contracts": 0, "recommendations": 0,
                                "document_paths": 0}


def test_schema_contract_and_foreign_keys(db_path):
    db = open_database(db_path)
    expected = {
        "organisations": {"id", "name", "kind"},
        "organisation_aliases": {"organisation_id", "alias"},
        "documents": {"id", "filename", "source_path", "sha256", "format", "title", "authority_id", "committee",
                      "meeting_date", "author", "pages", "ingested_at"},
        "passages": {"id", "document_id", "seq", "page", "section", "heading", "kind", "text"},
        "contracts": {"id", "document_id", "passage_id", "commissioner_id", "provider_id", "service", "value_gbp",
                      "value_text", "approximate", "period", "fiscal_year", "contract_type", "status",
                      "start_date", "end_date", "is_total", "page", "quote"},
        "key_dates": {"id", "document_id", "passage_id", "date", "event", "page", "quote"},
        "recommendations": {"id", "document_id", "passage_id", "number", "text", "page"},
        "risks": {"id", "document_id", "passage_id", "risk", "mitigation", "page"},
        "ingest_errors": {"id", "path", "sha256", "error", "at"},
    }
    for table, columns in expected.items():
        assert columns <= set(db[table].columns_dict), table
    for table in expected:
        for column in db[table].columns_dict:
            if column.endswith("_id"):
                targets = {fk.column for fk in db[table].foreign_keys}
                assert column in targets, f"{table}.{column} is not a declared foreign key"
    assert db.journal_mode == "wal"
    assert db["passages_fts"].exists()


def test_fts_search_through_sqlite(tmp_path, db_path):
    store = Store(db_path)
    doc = make_document(tmp_path / "a.txt", "x")
    store.save(doc, doc.passages(), facts())
    conn = sqlite3.connect(db_path)
    rows = conn.execute("select rowid from passages_fts where passages_fts match 'block contract'").fetchall()
    assert len(rows) == 1
