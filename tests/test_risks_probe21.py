"""Risk layouts probed with fictional papers in layouts surveyed on real UK public-sector pages (stop 21):
ModernGov "issues were raised" bullets with a nested officer answer, red risks listed by name on decision
pages and in minutes, "new risks had been added" reference bullets (and a closed one), a parish risk
assessment table and a parish risk scheme's labelled entries, a BAF's principal risks in one sentence, a
Welsh register's "There is a risk that ... This is caused by", a cover sheet's pointer field, an IJB risk
assessment box, an annex describing one risk, minutes' prose ("considered that this was a risk", "Concerns
had been growing", "would suffer ... damage if", "if ... unable ..., it would be required to", "This could
cause"), removed risks (negative), scrutiny slides' pressures, board minutes' "Potential cuts - ...
predicting", "The implications of ...", "it is very important that ... in place", "Members should be aware"
on good news (negative) and on harm, an EqIA form, an implications table, a PDF "The main risks are: (a)",
an SBAR cover, a police and crime panel's risks and a fire authority's risk implications.
Papers and expectations: tests/risks_probe21_papers.py (written before the tool was run on them).

First run (before any change): 14 of 28 papers fully right.  The misses: list leads not read as risks
("the three red risk cards, which had not changed ...:", "the following principal risks (PRs) to ...: PR1
...; PR2 ..."), a parish scheme's title + "Risk level:" + "Current controls:" entries, minutes' prose
("Concerns had been growing over", "would suffer ... damage if ... could not be delivered", "if ... was unable
to ..., it would be required to", "Potential cuts - ... predicting ... which could mean", "it is very
important that ... in place ..., as ... may not"), slides' "are to be expected:" and "Changes to X: ... are
worried they will not be able to", "Members should be aware" on good news read as a risk, a Risks section's
plain fact read as a risk, a cause sentence ("This is caused by") stored as the mitigation, an officer's
nested answer not taken as the mitigation, and "considered that this was a risk" kept without the clause
it points back to."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract
from risks_probe21_papers import PAPERS

# Papers whose miss needs a one-paper rule: kept failing, with the precise cause.
XFAIL: dict[str, str] = {}


def _norm(text) -> str:
    return " ".join((text or "").lower().split())


def _params():
    for name in PAPERS:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
        yield pytest.param(name, marks=marks, id=name)


@pytest.mark.parametrize("name", _params())
def test_each_probe_paper_gives_its_risks_and_no_others(tmp_path, name):
    build, expected = PAPERS[name]
    risks = read_and_extract(str(build(tmp_path)))[2].risks
    assert len(risks) == len(expected), [r.risk for r in risks]
    for phrase, mitigation in expected:
        [risk] = [r for r in risks if _norm(phrase) in _norm(r.risk)][:1] or [None]
        assert risk is not None, (phrase, [r.risk for r in risks])
        if mitigation is None:
            assert risk.mitigation is None, (phrase, risk.mitigation)
        elif mitigation is not ...:
            assert _norm(mitigation) in _norm(risk.mitigation), (phrase, risk.mitigation)
