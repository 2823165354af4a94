"""Fifth paraphrase set, kept blind: fifteen fictional papers laid out like real published ones
(four PDF, three DOCX, four HTML pages with site chrome, three TXT, one Markdown: full council
minutes, an ICB contract award with a landscape procurement table, a trust board assurance
framework, quarterly budget monitoring with contract overspends, a children's commissioning report,
a VCS grants report, IJB directions, a ModernGov minutes page, a ModernGov decision page, an ICB web
page, a scrutiny report page, health and wellbeing board minutes with an action log, a webcast
transcript, an officer decision record, an adult services recommissioning report).  Written,
labelled and committed by someone who did not work on the extractors, and never read by those who
do (tests/paraphrase5/README.md).

Baseline, the extractors as they were when it was written (8fa5fd3): facts_f1 0.935, mean
document F1 0.910, worst 0.429.  After the rest of that stop's rounds (written without reading it):
0.930 (contracts 0.898 -> 0.875, providers 0.903 -> 0.885; reported, not tuned on).  FLOOR sits just
below the level measured.
"""
from pathlib import Path

from scoring import figures_only, ingest_and_score

SET = Path(__file__).resolve().parent / "paraphrase5"
FLOOR = 0.92


def test_fifth_blind_paraphrase_set_keeps_its_level(tmp_path):
    result, report = ingest_and_score([SET / "papers"], SET / "gold", SET / "orgs.json", tmp_path)
    assert result["facts_f1"] >= FLOOR, figures_only(report)
    assert len(result["documents"]) == len(list((SET / "papers").iterdir()))
