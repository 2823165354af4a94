"""Fifteenth paraphrase set: twelve fictional papers in kinds not used before (a unitary council's
children's therapies section 75 report, combined fire authority minutes, a police and crime
commissioner's decision notice inside a full web page, a health and wellbeing board's pooled fund
plan, a joint waste committee report laid out like `pdftotext -layout` output, ICB primary care
commissioning committee minutes, a combined authority mayor's decision record on bus contracts, a
Welsh cabinet report with bilingual headings, a London borough's quarterly contract performance
report with a landscape page stored with /Rotate 90, a budget monitoring report as a Markdown web
export, a licensing sub-committee decision with no contracts, NHS foundation trust board minutes).
Written and labelled before any run of the tool by someone who did not read the extractors
(tests/paraphrase15/README.md).  While blind (stops 27 to 29) only this floor and the overall and
per-kind lines were looked at; since stop 30 it is a development set.

First run 0.870 on 38d9dff (stop 27); 0.879 when opened at stop 30, 0.892 at its end.  FLOOR sits just below the level reached.
"""
from pathlib import Path

from scoring import figures_only, ingest_and_score

SET = Path(__file__).resolve().parent / "paraphrase15"
FLOOR = 0.885


def test_fifteenth_paraphrase_set_keeps_its_level(tmp_path):
    result, report = ingest_and_score([SET / "papers"], SET / "gold", SET / "orgs.json", tmp_path)
    assert result["facts_f1"] >= FLOOR, figures_only(report)
    assert len(result["documents"]) == len(list((SET / "papers").iterdir()))
