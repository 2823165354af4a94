"""Fourteenth paraphrase set (BLIND at stops 26-28, opened at stop 29): twelve fictional papers in kinds not used before (parish council
minutes with a schedule of payments, a town council contracts register inside a full web page,
pension fund committee minutes, a national park authority catering concession and vehicle lease
report, internal drainage board minutes with front matter, a county highways term maintenance award
with a landscape evaluation page, a London borough officer decision record for a direct award, a
mental health provider collaborative's subcontracts, Scottish health board audit and risk committee
minutes, a district council's waivers report, a scrutiny call-in, NHS trust audit committee
minutes on the trust's website).  Written and labelled before any run of the tool by someone who
did not read the extractors (tests/paraphrase14/README.md).  While blind only this floor and the
overall and per-kind lines in its README were looked at; since stop 29 it is a development set.

First run 0.872 on 9dbff9c (stop 26); 0.877 when opened at stop 29, 0.916 at its end.  FLOOR sits just below the level reached.
"""
from pathlib import Path

from scoring import figures_only, ingest_and_score

SET = Path(__file__).resolve().parent / "paraphrase14"
FLOOR = 0.925


def test_fourteenth_paraphrase_set_keeps_its_level(tmp_path):
    result, report = ingest_and_score([SET / "papers"], SET / "gold", SET / "orgs.json", tmp_path)
    assert result["facts_f1"] >= FLOOR, figures_only(report)
    assert len(result["documents"]) == len(list((SET / "papers").iterdir()))
