"""A contract table reads the shared column-role vocabulary in its own order: the
contract roles' examples (extract/data/column_roles.yml) give those roles to a
contract table's header, and a header naming two roles is read in the contract order."""
import pytest

from committee_papers.extract.contract_tables import CONTRACT_ROLES, header_roles
from committee_papers.extract.table_roles import ROLES_PATH
import yaml

DATA = yaml.safe_load(ROLES_PATH.read_text(encoding="utf-8"))
CASES = [(entry["role"], example) for entry in DATA["roles"] if entry["role"] in CONTRACT_ROLES
         for example in entry["examples"]]


@pytest.mark.parametrize("role, header", CASES, ids=[f"{r}:{h}" for r, h in CASES])
def test_each_contract_header_gets_its_role(role, header):
    found = header_roles([header])
    # An example may name a role read earlier in the contract order (`Contract end date`).
    assert found and CONTRACT_ROLES.index(found[0]) <= CONTRACT_ROLES.index(role), (header, found)


@pytest.mark.parametrize("header, role", [
    ("Contract end date", "end"), ("Service provider", "provider"), ("Contract value", "value"),
    ("Contract", "service"), ("Hourly rate (£)", "value"), ("Funded by", "commissioner"),
])
def test_a_header_naming_two_roles_is_read_in_the_contract_order(header, role):
    assert header_roles([header]) == {0: role}


@pytest.mark.parametrize("header", ["", "Area", "Notes"])
def test_headers_naming_no_role(header):
    assert header_roles([header]) == {}
