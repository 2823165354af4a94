"""Round mend17: lettered parts finish one decision only where the decision is a delegation that stops at
"... to" ("Authorised the Director ... to / (a) ... / (b) ..."); any other item ending "to" in minutes
("1. Agreed to / (a) close the car park / (b) review the charges") keeps each part as its own decision.
Fictional minutes, each line a paragraph as a reader gives printed minutes."""
from __future__ import annotations

import pytest

from test_decisions import decisions_of_any_body


def texts(*lines):
    return [d.text for d in decisions_of_any_body(*[("paragraph", line) for line in lines])]


@pytest.mark.parametrize("lines, parts", [
    (["RESOLVED that the Committee:", "1. Agreed to", "(a) close the Mill Street car park on Sundays",
      "(b) review the parking charges in 2027"],
     ["close the Mill Street car park on Sundays", "review the parking charges in 2027"]),
    (["RESOLVED – That the Cabinet:", "2. Decided to", "a. keep the Eastmoor pool open until March",
      "b. consult residents on the new leisure centre"],
     ["keep the Eastmoor pool open until March", "consult residents on the new leisure centre"]),
    (["AGREED that the Board:", "3. Resolved to", "(i) adopt the updated tree strategy",
      "(ii) publish the street tree register online"],
     ["adopt the updated tree strategy", "publish the street tree register online"]),
])
def test_lettered_parts_of_an_item_that_is_no_delegation_are_each_a_decision(lines, parts):
    found = texts(*lines)
    for part in parts:
        assert sum(part in text for text in found) == 1, found
    assert not any(all(part in text for part in parts) for text in found), found


@pytest.mark.parametrize("lines, parts", [
    (["RESOLVED that the Committee:", "1. Noted the report.",
      "2. Authorised the Director of Place, once the grant letter arrives, to",
      "(a) draw down the coastal grant", "(b) let the contracts for the sea wall works."],
     ["Authorised the Director of Place", "draw down the coastal grant", "let the contracts"]),
    (["RESOLVED – That the Cabinet:", "1. Approved the allotment rents for 2026/27.",
      "2. Delegated authority to the Head of Parks, in consultation with the Cabinet Member, to",
      "a. set the waiting list rules", "b. agree new tenancy terms with the allotment societies."],
     ["Delegated authority to the Head of Parks", "set the waiting list rules", "agree new tenancy terms"]),
    (["AGREED that the Board:", "1. Endorsed the estates plan.",
      "2. Gave delegated authority to the Chief Executive to",
      "(i) sign the lease of the Kiln Lane depot", "(ii) dispose of the old vehicle workshop."],
     ["Gave delegated authority to the Chief Executive", "sign the lease", "dispose of the old vehicle workshop"]),
])
def test_a_delegation_finished_by_its_lettered_parts_is_one_decision(lines, parts):
    found = texts(*lines)
    assert any(all(part in text for part in parts) for text in found), found
