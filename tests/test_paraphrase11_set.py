"""Eleventh paraphrase set (blind at stops 24 and 25, then opened to development): twelve fictional papers in the kinds unseen papers lose most on
(NHS trust board narrative minutes, leisure trust board minutes in numbered paragraphs, Scottish
IJB minutes, county council budget meeting minutes, a city council decision notice, an executive
decision record, a DPIA form, a combined authority public questions paper, a council service's
annual report, a cabinet commissioning report with contracts in prose, an ICB section 75 paper
with a contracts table, a ModernGov meeting page with a forward plan entry).  Written and labelled
by someone who did not read the extractors (tests/paraphrase11/README.md).

FLOOR sits just below the level reached (README).
"""
from pathlib import Path

from scoring import figures_only, ingest_and_score

SET = Path(__file__).resolve().parent / "paraphrase11"
FLOOR = 0.94


def test_eleventh_paraphrase_set_keeps_its_level(tmp_path):
    result, report = ingest_and_score([SET / "papers"], SET / "gold", SET / "orgs.json", tmp_path)
    assert result["facts_f1"] >= FLOOR, figures_only(report)
    assert len(result["documents"]) == len(list((SET / "papers").iterdir()))
