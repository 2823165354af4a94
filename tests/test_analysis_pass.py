"""The analysis pass: dates found once per paper and read by the key-date extractor
(fictional papers only)."""
from __future__ import annotations

import pytest

from committee_papers.extract.dates import find_dates
from committee_papers.extract.paper import make_paper_doc
from committee_papers.extract.pipeline import build_nlp
from committee_papers.ingest.model import Passage
from committee_papers.pipeline import read_and_extract


def analysed(texts):
    passages = [Passage(seq=i, kind="paragraph", text=t, page=1, section=None, heading=None)
                for i, t in enumerate(texts)]
    nlp = build_nlp()
    doc = make_paper_doc(nlp, passages)
    for name in ("cp_sentences", "cp_dates"):
        doc = nlp.get_pipe(name)(doc)
    return doc


@pytest.mark.parametrize("texts, month_first", [
    (["Harbour Trust Board, 05/13/2025", "The lease runs from 04/06/2025 to 03/31/2027."], True),
    (["Brackenford Council cabinet, 13/05/2025", "The lease runs from 04/06/2025 to 31/03/2027."], False),
    (["Signed on July 24, 2025.", "Works start on 02/03/2026; the review is due by 2027."], True),
])
def test_every_passage_has_its_dates_read_in_the_papers_order(texts, month_first):
    doc = analysed(texts)
    assert doc._.month_first is month_first
    assert len(doc._.dates) == len(texts)
    for text, mentions in zip(texts, doc._.dates):
        # Offsets are the passage's own, and the reading is the one the paper's order gives.
        assert mentions == find_dates(text, month_first)
        assert all(text[m.start:m.end] == m.text for m in mentions)


def test_a_passage_without_a_year_has_no_dates():
    doc = analysed(["Report of the Director of Adult Care", "Members noted the update."])
    assert doc._.dates == [[], []]


def _timeline(tmp_path, name, rows, dates_line):
    cells = "".join(f"<tr><td>{d}</td><td>{what}</td><td>{who}</td></tr>" for d, what, who in rows)
    html = (f"<html><body><h1>Pinecrest Health Partnership</h1><p>{dates_line}</p><h2>5. Timetable</h2>"
            f"<table><tr><th>Date</th><th>Milestone</th><th>Lead</th></tr>{cells}</table></body></html>")
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return {k.date: k.event for k in read_and_extract(str(path))[2].key_dates}


def test_a_month_first_papers_timeline_reads_like_a_day_first_one(tmp_path):
    us = _timeline(tmp_path, "us.html", [("05/13/2025", "Consultation opens", "Engagement team"),
                                         ("06/20/2025", "Tender returns due", "Procurement"),
                                         ("09/15/2025", "New service goes live", "Provider")],
                   "The Board met on July 24, 2025.")
    uk = _timeline(tmp_path, "uk.html", [("13/05/2025", "Consultation opens", "Engagement team"),
                                         ("20/06/2025", "Tender returns due", "Procurement"),
                                         ("15/09/2025", "New service goes live", "Provider")],
                   "The Board met on 24 July 2025.")
    for iso in ("2025-05-13", "2025-06-20", "2025-09-15"):
        assert us[iso] == uk[iso], (us, uk)
    assert us["2025-05-13"] == "Consultation opens Engagement team"


def _contracts(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].contracts


@pytest.mark.parametrize("body, start, end", [
    ("1.1 The Board met on July 24, 2025.\n\n"
     "1.2 The Trust has a contract with Larchfield Care Ltd for community nursing worth £400,000 a year "
     "from 04/01/2025 until 03/31/2027.\n", "2025-04-01", "2027-03-31"),
    ("1.1 Signed 05/13/2025.\n\n"
     "1.2 Tamsin Home Support Ltd provides home care under a contract worth £1.2m, which started on "
     "10/01/2024 and ends on 09/30/2026.\n", "2024-10-01", "2026-09-30"),
    ("PINECREST HEALTH PARTNERSHIP\n\nMeeting of August 19, 2025\n\n"
     "| Service | Provider | Value | Start date | End date |\n|---|---|---|---|---|\n"
     "| Wound care | Brightwell Nursing Ltd | £250,000 | 02/01/2025 | 01/31/2028 |\n", "2025-02-01", "2028-01-31"),
])
def test_contract_terms_are_read_in_the_papers_date_order(tmp_path, body, start, end):
    contracts = _contracts(tmp_path, "paper.txt", body)
    assert any(c.start_date == start and c.end_date == end for c in contracts), \
        [(c.provider, c.start_date, c.end_date) for c in contracts]
