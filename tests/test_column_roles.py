"""The column-role vocabulary's examples double as its tests."""
import pytest

from committee_papers.extract.contract_tables import header_roles
from committee_papers.extract.phrases import load

ROLES = load("column_roles.yaml")["roles"]
CASES = [(entry["role"], example) for entry in ROLES for example in entry["examples"]]


@pytest.mark.parametrize("role, header", CASES, ids=[f"{r}:{h}" for r, h in CASES])
def test_each_header_gets_its_role(role, header):
    assert header_roles([header]) == {0: role}


@pytest.mark.parametrize("header", ["", "Area", "Notes"])
def test_headers_naming_no_role(header):
    assert header_roles([header]) == {}
