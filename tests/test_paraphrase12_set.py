"""Twelfth paraphrase set (BLIND at stops 25-27, opened at stop 28): twelve fictional papers in kinds no earlier paraphrase set used
(town council minutes with a payments schedule, police and crime panel minutes, a fire and rescue
authority's officer decision record, health and wellbeing board minutes on the Better Care Fund, a
council news page in full site chrome, a ModernGov "Decision details" page, an audit and governance
report with a landscape corporate risk register, an NHS trust Board Assurance Framework summary,
scrutiny minutes recommending to Cabinet, an ICB primary care paper with a £000s providers table, a
cabinet member's delegated decision notice, a joint waste partnership's annual report).  Written and
labelled by someone who did not read the extractors (tests/paraphrase12/README.md).  While blind only this
floor and the overall and per-kind lines in its README were looked at; since stop 28 it is a development set.

First run, the extractors at stop 25's start (73c356e): facts_f1 0.834.  FLOOR sits just below the level reached (0.852 at the end of stop 25; 0.858 when opened at stop 28, 0.900 at its end, 0.919 at stop 29's end).
"""
from pathlib import Path

from scoring import figures_only, ingest_and_score

SET = Path(__file__).resolve().parent / "paraphrase12"
FLOOR = 0.93


def test_twelfth_paraphrase_set_keeps_its_level(tmp_path):
    result, report = ingest_and_score([SET / "papers"], SET / "gold", SET / "orgs.json", tmp_path)
    assert result["facts_f1"] >= FLOOR, figures_only(report)
    assert len(result["documents"]) == len(list((SET / "papers").iterdir()))
