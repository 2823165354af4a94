"""A small knowledge base of fictional papers for the site's tests (and the
browser test): two text papers with the same title, a PDF paper, a scanned
PDF, a broken PDF, and facts of every kind written directly so each page has
known rows whatever the extractors find."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pdfgen
from committee_papers.pipeline import ingest, refresh_views
from committee_papers.db.store import Store
from committee_papers.extract.facts import Contract, Decision, Extraction, KeyDate, Organisation, Recommendation, Risk

FERRY_PARAGRAPHS = 120


def transport_paper(committee: str, date: str, extra: str = "") -> str:
    return f"""Brackenford Council

{committee}

Date: {date}

Title: Community Transport Services

1. Recommendations

1.1 That {committee} approves the award of the community transport contract.

2. Background

2.1 The Council commissions community transport from Brackenford Wheels CIC.
{extra}"""


def ferry_paragraphs(n: int = FERRY_PARAGRAPHS) -> str:
    """Many passages matching one word, so search results run over several pages."""
    return "\n".join(f"\n3.{i} Ferry crossing number {i} to Tollmere Island runs at dawn." for i in range(1, n + 1))


def months_from_today(months: int) -> str:
    today = dt.date.today()
    year, month = divmod(today.month - 1 + months, 12)
    return dt.date(today.year + year, month + 1, min(today.day, 28)).isoformat()


def build(folder: Path) -> dict:
    """Ingest the papers under ``folder``/papers into ``folder``/kb.db; the ids tests need."""
    papers = folder / "papers"
    papers.mkdir()
    (papers / "brackenford-cabinet-2025-03-12.txt").write_text(
        transport_paper("Cabinet", "12 March 2025", ferry_paragraphs()), encoding="utf-8")
    (papers / "brackenford-scrutiny-2024-11-05.txt").write_text(
        transport_paper("Overview and Scrutiny Committee", "5 November 2024"), encoding="utf-8")
    pdfgen.committee_paper(papers / "wessex-therapies.pdf")
    pdfgen.scanned(papers / "scanned-minutes.pdf")
    pdfgen.truncated(papers / "broken-agenda.pdf")
    db_path = folder / "kb.db"
    summary = ingest([papers], db_path, workers=1)
    assert summary.failed == 1, summary

    conn = sqlite3.connect(db_path)
    ids = {filename: doc_id for doc_id, filename in conn.execute("select id, filename from documents")}
    cabinet = ids["brackenford-cabinet-2025-03-12.txt"]
    passage_seq = conn.execute(
        "select seq from passages where document_id = ? and text like '2.1%'", [cabinet]).fetchone()[0]
    conn.close()

    store = Store(db_path)
    facts = Extraction(
        organisations=[Organisation("Brackenford Council", "council", {"BC"}, 3),
                       Organisation("Brackenford Wheels CIC", "cic", {"BW Transport"}, 2),
                       Organisation("Tollmere Ferries Ltd", "company", set(), 1)],
        authority="Brackenford Council", committee="Cabinet", meeting_date="2025-03-12",
        title="Community Transport Services",
        contracts=[
            Contract(passage_seq, 1, "community transport block contract", "Brackenford Council",
                     "Brackenford Wheels CIC", "Community transport", 300000, "£300,000",
                     contract_type="block", end_date=months_from_today(3)),
            Contract(passage_seq, 1, "ferry subsidy", "Brackenford Council", "Tollmere Ferries Ltd",
                     "Ferry subsidy", 120000, "£120,000", end_date=months_from_today(30)),
            Contract(passage_seq, 1, "wheels reverse grant", "Brackenford Wheels CIC", "Brackenford Council",
                     "Depot lease", 5000, "£5,000", end_date=months_from_today(40)),
        ],
        key_dates=[KeyDate(passage_seq, 1, "contract starts 1 April 2025", "2025-04-01", "contract starts")],
        recommendations=[Recommendation(passage_seq, 1, "That Cabinet approves the community transport award.",
                                        "1.1")],
        decisions=[Decision(passage_seq, 1, "Cabinet approved the award of the lighthouse transport contract.",
                            "approved", "1.1", "Cabinet")],
        risks=[Risk(passage_seq, 1, "Driver shortages delay the service.", "Recruit volunteers.")],
    )
    store.replace_facts(cabinet, [], facts)
    store.db.execute("update organisations set code = 'E07000999' where name = 'Brackenford Council'")
    refresh_views(store)
    store.close()
    conn = sqlite3.connect(db_path)
    org = dict(conn.execute("select name, id from organisations").fetchall())
    conn.close()
    return {"db_path": db_path, "documents": ids, "cabinet": cabinet,
            "organisations": org, "pdf": ids["wessex-therapies.pdf"], "scanned": ids["scanned-minutes.pdf"]}
