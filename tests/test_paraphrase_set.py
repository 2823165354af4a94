"""Paraphrase set: fictional committee papers (TXT, Markdown, HTML, PDF and DOCX; twelve first, among them a
ModernGov-style decision record and a council CMS cabinet report) that state contracts,
relations without a value, non-contract money, key dates, recommendations, decisions and risks
in many different wordings and layouts (see paraphrase/README.md).  Papers and gold were
written and committed before the tool was first run on them, so the figure is a blind measure
of generalisation, not of fitting.

First run (blind, code at 4e7e767): facts_f1=0.816, mean document F1 0.816, worst 0.564
(the community trust board paper).  Per kind: contracts_attributed 0.489, contract_values
0.612, contract_parties 0.471, providers 0.596, dates 0.970, recommendations 0.889, decisions
0.947, risks 1.000, mitigations 0.833, metadata 0.857.

After the contracts-by-evidence mechanism (money kinds scored from cues, verb roles,
column roles) was merged, without anyone having looked at these papers: facts_f1=0.879
(contracts_attributed 0.778, contract_parties 0.632, providers 0.824; the rest unchanged).

Round parties (five more papers on contract parties, seventeen in all): first run 0.872, after the
round's mechanisms 0.970 (contract_parties 0.444 -> 1.000, providers 0.769 -> 0.992); FLOOR raised
from 0.86 to 0.93 so the gain is kept with room for other rounds' first runs.

Round minutes added fifteen decision papers (minutes, two laid out as tables, a decision
page, a record of decision, a notice of determination), gold first, in five parts: whole set
0.877, 0.881, 0.884, 0.887 and 0.883 at the parts' first runs, 0.887 after the decisions
mechanisms (decisions 108/108).

Fifty-nine papers after the rounds of this release (metadata, risks, parties, minutes,
recommendations, contracts, minutes and risks again): 0.991; FLOOR raised to 0.98.

Round decisions3 (two transcripts, Outcome-block trust minutes, a ModernGov minutes page, a
charity minutes table; 64 papers): first run 0.974, after its mechanisms 0.990; FLOOR kept.

Round decisions4 (votes and motions in council minutes, numbered minute paragraphs, a ModernGov minutes page,
an officer decision record, a DOCX notice of decisions, a WebVTT transcript; 96 papers): first run 0.980,
after its mechanisms 0.986 (decisions 0.955 -> 0.990); FLOOR kept.

Round decisions6 (a minutes table, Welsh cabinet minutes over a page break, a Scottish IJB minute, a ModernGov
decision details page, a first-person officer decision, a transcription-service transcript; 143 papers): first run
0.979, after its mechanisms 0.983 (decisions 0.964 -> 0.990); FLOOR kept.

The papers are ingested with the project's command and scored with ../shared/eval/score.py
(run as a program, its JSON read back); the test skips when that scorer is not beside the
checkout.  FLOOR sits just below the first-run figure so a regression fails while
improvements raise it.
"""
from pathlib import Path

from scoring import ingest_and_score

PARAPHRASE = Path(__file__).resolve().parent / "paraphrase"
FLOOR = 0.98


def test_paraphrase_papers_score_at_least_the_first_run_level(tmp_path):
    result, report = ingest_and_score([PARAPHRASE / "papers"], PARAPHRASE / "gold", PARAPHRASE / "orgs.json", tmp_path)
    assert result["facts_f1"] >= FLOOR, report
    assert len(result["documents"]) == len(list((PARAPHRASE / "papers").iterdir()))
