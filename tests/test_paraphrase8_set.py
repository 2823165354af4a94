"""Eighth paraphrase set, a development set from the start: eighteen fictional papers laid out
like real published pages and papers surveyed for it, weighted to printed layouts (eight PDFs:
county cabinet minutes with a lots table, full council budget minutes, ICB board minutes with a
landscape action log, trust board minutes with a BAF table, a Scottish IJB report with a
landscape directions appendix, a cabinet contract award report, quarter 2 budget monitoring with
contract lines, HWB minutes; five DOCX: an officer decision record, a portfolio holder VCS grants
notice, an ICB BAF paper, an ICB primary care APMS award paper, scrutiny minutes; three HTML
ModernGov pages: meeting, decision details, issue; IJB minutes as text and a record of cabinet
decisions as Markdown).  Written and labelled by someone who did not read the extractors
(tests/paraphrase8/README.md).

Baseline, the extractors as they were when it was written (4f3e5a4), after one label fix:
facts_f1 0.922, mean document F1 0.922, worst 0.640; 0.992 after the rounds that learnt from it.  FLOOR sits
just below the level measured after each round.
"""
from pathlib import Path

from scoring import figures_only, ingest_and_score

SET = Path(__file__).resolve().parent / "paraphrase8"
FLOOR = 0.98


def test_eighth_paraphrase_set_keeps_its_level(tmp_path):
    result, report = ingest_and_score([SET / "papers"], SET / "gold", SET / "orgs.json", tmp_path)
    assert result["facts_f1"] >= FLOOR, figures_only(report)
    assert len(result["documents"]) == len(list((SET / "papers").iterdir()))
