"""Stop 23 (o25): a short table cell labelling a line with its service and the body providing it (a budget
monitoring line `Home care provided by X | 4.0 | 4.3 | 0.3`) names that body's contract, though the cell is
too short to be read as prose (contract_terms.yaml provider_named_in_label; contract_prose._prose_cells)."""
import pytest

from probe_harness import providers_of

OPENING = ("Brackenford County Council", "Revenue budget monitoring 2025-26")

NAMING = [
    # A monitoring table with a header row of measures.
    ([["Service", "Budget £m", "Forecast £m", "Variance £m"],
      ["Home care provided by Fenmoor Care Ltd", "4.0", "4.3", "0.3"],
      ["Libraries", "2.0", "2.1", "0.1"]], "Fenmoor Care Ltd"),
    # The figures read into one cell, no header.
    ([["School transport delivered by Larchway Buses Ltd", "6.2 6.9 0.7"],
      ["Highways", "11.0 10.8 -0.2"]], "Larchway Buses Ltd"),
    # `on our behalf`, and the body's name led by `The`.
    ([["Line", "Budget £000", "Outturn £000"],
      ["Leisure centres run on our behalf by The Greyfriars Leisure Trust", "850", "910"]], "Greyfriars Leisure Trust"),
    ([["Street lighting maintained by Kerbline Ltd", "1.1", "1.0", "-0.1"]], "Kerbline Ltd"),
]

NAMING_NONE = [
    [["Service", "Budget £m", "Forecast £m"], ["Library service run by volunteers", "0.4", "0.4"]],
    [["Service", "Budget £m", "Forecast £m"], ["Breakfast clubs provided by schools", "0.3", "0.3"]],
    [["Service", "Budget £m", "Forecast £m"], ["Home care", "4.0", "4.3"], ["Fenmoor Care Ltd", "", ""]],
]


@pytest.mark.parametrize("table, provider", NAMING)
def test_label_cell_names_its_provider(table, provider):
    assert provider in providers_of(*OPENING, "# Adult services", table)


@pytest.mark.parametrize("table", NAMING_NONE)
def test_label_without_a_named_provider_names_none(table):
    assert providers_of(*OPENING, "# Adult services", table) == set()
