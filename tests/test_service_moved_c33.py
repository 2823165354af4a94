"""A service moved from one supplier to another in a small body's minutes (brief c33): the supplier that cannot go on
held the contract, the one chosen to provide from now holds it (contract_roles.yaml provides.after and
provider.after; org_evidence.yaml role.to_provide_service, role.unable_to_continue).  Fictional papers."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


@pytest.mark.parametrize("line, expected", [
    ("Review of the cleaning contract. Brightway Cleaning is unable to continue to provide the cleaning. Quotes were "
     "sought and Sparkle Facilities are to provide the cleaning from April.", {"Brightway Cleaning", "Sparkle Facilities"}),
    ("Catering. Tollgate Kitchens is not able to continue to supply lunches after Easter; it was agreed that Harewood "
     "Catering is to supply the school meals from the summer term.", {"Tollgate Kitchens", "Harewood Catering"}),
    ("IT support. Westbrook IT cannot continue to support the network. Three firms were asked and Kelby Networks are "
     "now to provide our network support.", {"Westbrook IT", "Kelby Networks"}),
])
def test_both_suppliers_of_a_moved_service_hold_its_contract(tmp_path, line, expected):
    path = tmp_path / "ashby-school_2026-03-10_business-committee_minutes.txt"
    path.write_text(f"Ashby Primary School\n\nMinutes of the Business Committee held on 10 March 2026\n\n5. Premises\n{line}\n",
                    encoding="utf-8")
    assert {c.provider for c in read_and_extract(str(path))[2].contracts} == expected


@pytest.mark.parametrize("line", [
    "The Governors are to provide the service review in June.",
    "The Chair is unable to continue to run the meeting and the Vice Chair took over.",
])
def test_no_supplier_named_in_such_wording(tmp_path, line):
    path = tmp_path / "ashby-school_2026-03-10_business-committee_minutes.txt"
    path.write_text(f"Ashby Primary School\n\nMinutes of the Business Committee held on 10 March 2026\n\n5. Premises\n{line}\n",
                    encoding="utf-8")
    assert [c.provider for c in read_and_extract(str(path))[2].contracts] == []
