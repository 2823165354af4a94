"""Contract parties and providers probed with fictional papers (tests/parties_probe40_papers.py) stating a contract
or a relation by constructions parties_probe37 lacks: a recommendation that a body opening with `the` be
commissioned, a body part funded by the authority, an apposition naming a firm, consultancy, charity or social
enterprise, a name broken by a hard line wrap, a register cell `service by X`, a pension fund's managers, advisers
and custodian, one-word firm names, the contract held by X, X's contract, the incumbent, `X (the current provider)`,
`through X`, a retainer or service level agreement with X, `X were re-appointed as`, `on our behalf by X`, `Service -
Provider` lines, `X has been running S since`, and passives with `by X`; negatives name a body in a role that is no
contract.  The papers and their expected facts were written before the tool was run on them.

First run (before any mend): see FIRST_RUN.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.pipeline import read_and_extract  # noqa: E402
from parties_probe40_papers import PAPERS, build  # noqa: E402
from probe_harness import contract_problems, with_known_misses  # noqa: E402

KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.slow
@pytest.mark.parametrize("name", with_known_misses(PAPERS, KNOWN_MISSES))
def test_each_probe_paper_gives_its_contracts_and_no_others(tmp_path, name):
    _fmt, _blocks, expected = PAPERS[name]
    contracts = read_and_extract(str(build(name, tmp_path)))[2].contracts
    assert contract_problems(contracts, expected) == []
