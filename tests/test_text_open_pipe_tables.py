"""Pipe tables whose rows lack the outer bars (GFM's `a | b` over `--- | ---`, a database console's `-----+-----`):
the rule under the header, with as many joints as the header has bars, marks the table; its rows are the lines after
it with the same count.  Prose with a bar in it, or bars without such a rule, stays prose.  Fictional papers
(ingest/readers/text.py bordered_pipe_rows)."""
import sys
from pathlib import Path

import pytest

from committee_papers.ingest.readers.text import parse_text

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import extract_file  # noqa: E402


def _tables(text, markdown=False):
    blocks, _pages, _props = parse_text(text, markdown=markdown)
    return [(b.rows, b.header_rows) for b in blocks if b.kind == "table"]


@pytest.mark.parametrize("text, markdown", [
    # a database console's rule, joints drawn with `+`
    ("Table 3 lists the arrangements ending this year.\n\n"
     "  Service              | Supplier              | Annual value\n"
     "  ---------------------+-----------------------+-------------\n"
     "  Meals at home        | Cwmderi Meals         | £212,000\n"
     "  Independent advocacy | Pentre Advocacy       | £88,500\n", False),
    # GFM's separator without the outer bars, in a Markdown file
    ("## Expiring contracts\n\n"
     "Service | Supplier | Annual value\n"
     "--- | --- | ---\n"
     "Meals at home | Cwmderi Meals | £212,000\n"
     "Independent advocacy | Pentre Advocacy | £88,500\n", True),
    # aligned columns marked with colons, the rule's bars outside too
    ("Service | Supplier | Annual value\n"
     "|:----------|:-----------|----------:|\n"
     "Meals at home | Cwmderi Meals | £212,000\n"
     "Independent advocacy | Pentre Advocacy | £88,500\n"
     "\n"
     "The figures exclude VAT.\n", False),
])
def test_an_open_pipe_table_is_read_as_a_table_with_its_header(text, markdown):
    ((rows, header),) = _tables(text, markdown)
    assert header == 1
    assert rows[0] == ["Service", "Supplier", "Annual value"]
    assert rows[1] == ["Meals at home", "Cwmderi Meals", "£212,000"]
    assert rows[2] == ["Independent advocacy", "Pentre Advocacy", "£88,500"]
    assert len(rows) == 3


@pytest.mark.parametrize("text", [
    # bars without a rule under the first line (prose or an unruled list)
    "Tenderer | Score\nKestle Grounds | 82\nTollgate Mowing | 77\n",
    # a rule whose joints do not match the header's bars
    "Service | Supplier | Value\n--------+---------\nMeals | Cwmderi Meals | £212,000\n",
    # a heading underlined, with a bar in its text
    "Income | expenditure\n-------------------\nThe budget balances.\n",
])
def test_bars_without_a_matching_rule_are_no_open_pipe_table(text):
    assert _tables(text) == []


def test_the_rows_of_an_open_pipe_table_give_their_contracts(tmp_path):
    text = ("TARNSIDE COUNTY COUNCIL\n\nCabinet - 3 March 2026\n\nEXPIRING ARRANGEMENTS\n\n"
            "1. The table below lists the arrangements that end in 2026.\n\n"
            "   Service               | Current supplier      | Annual value | Ends\n"
            "   ----------------------+-----------------------+--------------+-----------\n"
            "   Meals at home         | Cwmderi Meals         | £212,000     | 30-Sep-2026\n"
            "   Independent advocacy  | Pentre Advocacy       | £88,500      | 31-Mar-2026\n"
            "   Carers' breaks        | Wyebank Carers Trust  | £140,000     | 31-Aug-2026\n")
    contracts = extract_file(tmp_path, "tarnside-cc_2026-03-03_cabinet_expiring.txt", text).contracts
    assert {(c.provider, c.value_gbp) for c in contracts} >= {
        ("Cwmderi Meals", 212000), ("Pentre Advocacy", 88500), ("Wyebank Carers Trust", 140000)}
