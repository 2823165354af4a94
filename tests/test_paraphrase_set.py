"""Paraphrase set: twelve fictional committee papers (TXT, Markdown and two HTML pages: a
ModernGov-style decision record and a council CMS cabinet report) that state contracts,
relations without a value, non-contract money, key dates, recommendations, decisions and risks
in many different wordings and layouts (see paraphrase/README.md).  Papers and gold were
written and committed before the tool was first run on them, so the figure is a blind measure
of generalisation, not of fitting.

First run (blind, code at 4e7e767): facts_f1=0.816, mean document F1 0.816, worst 0.564
(the community trust board paper).  Per kind: contracts_attributed 0.489, contract_values
0.612, contract_parties 0.471, providers 0.596, dates 0.970, recommendations 0.889, decisions
0.947, risks 1.000, mitigations 0.833, metadata 0.857.

The papers are ingested with the project's command and scored with ../shared/eval/score.py
(run as a program, its JSON read back); the test skips when that scorer is not beside the
checkout.  FLOOR sits just below the first-run figure so a regression fails while
improvements raise it.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

PARAPHRASE = Path(__file__).resolve().parent / "paraphrase"
SCORER = SHARED / "eval" / "score.py"
FLOOR = 0.796


def test_paraphrase_papers_score_at_least_the_first_run_level(tmp_path):
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    db = tmp_path / "paraphrase.db"
    # The `committee-papers` command, run as its entry point does.
    command = [sys.executable, "-c", "import sys; from committee_papers.cli import main; sys.exit(main())"]
    ingest = subprocess.run(command + ["ingest", str(PARAPHRASE / "papers"), "--db", str(db)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert ingest.returncode == 0, ingest.stdout + ingest.stderr
    out = tmp_path / "score.json"
    score = subprocess.run([sys.executable, str(SCORER), str(db), str(PARAPHRASE / "gold"),
                            "--orgs", str(PARAPHRASE / "orgs.json"), "--json", str(out), "-v"],
                           capture_output=True, text=True, timeout=600)
    assert score.returncode == 0, score.stderr
    result = json.loads(out.read_text())
    assert result["facts_f1"] >= FLOOR, score.stdout
    # Every paper was found and read.
    assert "document not in the database" not in score.stdout
    assert len(result["documents"]) == len(list((PARAPHRASE / "papers").iterdir()))
