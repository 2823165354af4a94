"""Which money is a contract, probed with fictional papers of new kinds (stop 34, brief c40;
tests/money_probe40_papers.py): concession and leisure management fees, a variation's revised total, a subcontract,
call-offs, auditors' scale fees, a six-month extension, a forward plan's current annual values, a block contract
beside weekly rates; and rates, tariffs, an uplift's cost, lot estimates, a rejected option, directed budgets, grant
allocations, pooled contributions, a losing bid, a reserve, a saving, an overspend table, a balance and a threshold,
none of them contracts.  The papers and their expected facts were written before the tool was run on them.

First run (before any mend): FIRST_RUN of 35 papers fully right.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.pipeline import read_and_extract  # noqa: E402
from money_probe40_papers import PAPERS, build  # noqa: E402
from probe_harness import contract_problems, with_known_misses  # noqa: E402

KNOWN_MISSES: dict[str, str] = {
}


@pytest.mark.slow
@pytest.mark.parametrize("name", with_known_misses(PAPERS, KNOWN_MISSES))
def test_each_probe_paper_gives_its_contracts_and_no_others(tmp_path, name):
    _fmt, _blocks, expected = PAPERS[name]
    contracts = read_and_extract(str(build(name, tmp_path)))[2].contracts
    assert contract_problems(contracts, expected) == []
