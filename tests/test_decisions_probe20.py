"""Decisions probe (stop 20, p20d): twenty-six fictional papers in layouts the stop-19 probe did not
cover (tests/probe20d/papers.py), read through the real readers; four only mention decisions.  The
expected decisions were written before the tool ran on them.

First run: FIRST_RUN papers fully right of 26.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "probe20d"))

from committee_papers.pipeline import read_and_extract  # noqa: E402
from papers import EXPECTED  # noqa: E402


def texts(decisions):
    return [" ".join(d.text.split()) for d in decisions]


def check(found, expected):
    assert len(found) == len(expected), found
    for want, text in zip(expected, found):
        phrase, never = want if isinstance(want, tuple) else (want, None)
        assert phrase.lower() in text.lower(), (phrase, found)
        if never:
            assert never.lower() not in text.lower(), (never, text)


@pytest.mark.parametrize("build", list(EXPECTED), ids=[b.__name__ for b in EXPECTED])
def test_probe_paper_gives_its_decisions_and_no_others(tmp_path, build):
    _document, _passages, extraction = read_and_extract(str(build(tmp_path)))
    check(texts(extraction.decisions), EXPECTED[build])
