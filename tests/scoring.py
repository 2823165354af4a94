"""Ingest a set of papers with the project's own command and score it with the
evaluation's scorer (../shared/eval/score.py, run as a program, its JSON read
back).  Used by the tests that guard each labelled set's level."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

SCORER = SHARED / "eval" / "score.py"


def ingest_and_score(papers: list[Path], gold_dir: Path, orgs: Path, workdir: Path) -> tuple[dict, str]:
    """(the scorer's JSON, its verbose report) for ``papers`` against ``gold_dir``; skips
    the test when the scorer is not beside the checkout."""
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    db = workdir / "scored.db"
    # The `committee-papers` command, run as its entry point does.
    command = [sys.executable, "-c", "import sys; from committee_papers.cli import main; sys.exit(main())"]
    ingest = subprocess.run(command + ["ingest", *map(str, papers), "--db", str(db)],
                            cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert ingest.returncode == 0, ingest.stdout + ingest.stderr
    out = workdir / "score.json"
    score = subprocess.run([sys.executable, str(SCORER), str(db), str(gold_dir), "--orgs", str(orgs),
                            "--json", str(out), "-v"], capture_output=True, text=True, timeout=600)
    assert score.returncode == 0, score.stderr
    # Every paper was found and read.
    assert "document not in the database" not in score.stdout
    return json.loads(out.read_text()), score.stdout


def figures_only(report: str) -> str:
    """The scorer's per-kind table and facts_f1 without its per-document misses: what a failing test on a
    blind set may print (its misses must never be seen by those who write the extractors)."""
    lines = report.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("kind ")), len(lines))
    return "\n".join(lines[start:])

