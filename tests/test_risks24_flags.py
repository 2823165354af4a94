"""The flags on risk_cues.yaml's statements (how the prose reader treats what follows a statement's sentence) are
rules as data: each flag an entry carries is one the reader knows, and each flag the reader knows is carried."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.extract.risks import CUES_PATH, STATEMENT_FLAGS, cues

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
ENTRY_KEYS = {"pattern", "strip", "examples", "not_examples", "outcome_not_a_step"}
STATEMENTS = {**CUES["statements"], **CUES["implications_statements"]}


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_every_key_of_a_statement_is_known(name):
    assert set(STATEMENTS[name]) <= ENTRY_KEYS | set(STATEMENT_FLAGS), name


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_a_flag_is_set_true(name):
    assert all(STATEMENTS[name][flag] is True for flag in STATEMENT_FLAGS if flag in STATEMENTS[name]), name


@pytest.mark.parametrize("flag", STATEMENT_FLAGS)
def test_every_flag_the_reader_knows_is_carried_by_a_statement(flag):
    carried = cues().flagged[flag]
    assert carried and all(rule.removeprefix("risk.") in STATEMENTS for rule in carried)
