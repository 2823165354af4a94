"""Contracts, parties and providers of branch c19: each a general mechanism with fictional wordings and layouts of
other authorities and services, and negatives, run through the whole extraction pipeline."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.extract.pipeline import extract  # noqa: E402
from fictional_paper import passages_from_lines  # noqa: E402


def _result(*lines):
    return extract(passages_from_lines(*lines), {}, "paper.txt")


def _valued(*lines):
    return {c.value_gbp: c for c in _result(*lines).contracts if c.value_gbp is not None}


def _pairs(*lines):
    return {(c.commissioner, c.provider) for c in _result(*lines).contracts if c.provider}


# ---- 1. a form's free-text box: one filled cell spanning the row is prose (contract_prose._all_prose) ----------
# A form (a budget amendment, an officer decision record, a grants panel sheet) lays its boxes out as a table; a
# box of prose is one filled cell beside the empty cells it spans.  No column of the form holds values, so the
# sums in the box are read as in a paragraph: a sum paid to a named body is its contract.

@pytest.mark.parametrize("lines, value, provider", [
    (("Wexcombe County Council", "Budget Amendment Form",
      [["Budget Amendment Form", "", ""], ["Proposed purpose:", "", ""],
       ["Despite this, this authority continues to issue the Harbourside Arts Trust with a £420k grant annually. "
        "Whilst the gallery is an asset, we cannot afford it.", "", ""]]), 420_000, "Harbourside Arts Trust"),
    (("Tarnby Borough Council", "Officer Decision Record",
      [["Officer Decision Record", "", ""], ["Reasons for the decision:", "", ""],
       ["The Director agreed to extend the contract with Tarnby Meals Ltd for the lunch club for twelve months at a "
        "cost of £84,000, to be met from the existing budget.", "", ""]]), 84_000, "Tarnby Meals Ltd"),
    (("Marbury District Council", "Community Grants Panel",
      [["Application summary", "", "", ""], ["Recommendation:", "", "", ""],
       ["The Panel agreed a grant of £15,000 to Oldmill Carers CIC towards its respite sessions for carers across "
        "the northern wards next year.", "", "", ""]]), 15_000, "Oldmill Carers CIC"),
])
def test_a_forms_prose_box_prices_the_contract_it_names(lines, value, provider):
    contract = _valued(*lines)[value]
    assert contract.provider == provider


def test_a_forms_prose_box_with_sums_and_no_seller_states_no_contract():
    found = _valued("Wexcombe County Council", "Budget Amendment Form",
                    [["Budget Amendment Form", "", ""], ["Proposed purpose:", "", ""],
                     ["Directorate spending in 2026-27 is planned to increase by £12.4m (9.1%) because of demand for "
                      "placements and rising fees across the care market.", "", ""],
                     ["£300k to be added to the Children's Services base budget for the coming year from reserves "
                      "held centrally.", "", ""]])
    assert not found
