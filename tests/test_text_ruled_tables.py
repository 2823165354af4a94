"""Fixed-width text tables whose columns are drawn by a rule line (`------   ------`) under the header:
a cell that runs into the gap between two dash runs leaves a gutter one space wide, which the rule's
runs still place; rule lines are no rows.  Fictional papers (ingest/readers/text.py)."""
from committee_papers.ingest.readers.text import aligned_to_tabs, parse_text


def _tables(text):
    blocks, _pages, _props = parse_text(text)
    return [b.rows for b in blocks if b.kind == "table"]


def test_a_cell_running_into_the_gap_keeps_its_columns_apart():
    text = (
        "Table 2\n"
        "\n"
        "Supplier                   Service                        Annual cost   Ends\n"
        "-------------------------  ----------------------------   -----------   ----------\n"
        "Wyebank Homecare Ltd       Domiciliary care - west valley    £940,000   31/08/2026\n"
        "Pentre Advocacy CIC        Independent advocacy               £88,500   31/03/2027\n"
        "Cwmderi Meals Ltd          Meals at home                     £212,000   30/09/2026\n"
    )
    (rows,) = _tables(text)
    assert rows[0] == ["Supplier", "Service", "Annual cost", "Ends"]
    assert rows[1] == ["Wyebank Homecare Ltd", "Domiciliary care - west valley", "£940,000", "31/08/2026"]
    assert rows[2][2] == "£88,500"
    assert len(rows) == 4  # the rule line is no row


def test_equals_rules_above_and_below_with_a_wrapped_cell():
    text = (
        "==================================================================\n"
        "Contract            Contractor                Value (£k)   Renewal\n"
        "=================   =======================   ==========   =======\n"
        "Grounds upkeep      Thornfield Landscapes Ltd      1,210   2027\n"
        "Library couriers    Swiftlane Logistics Ltd          96   2026\n"
        "Pest control and    Vermguard Services Ltd          143   2028\n"
        "                    eradication\n"
        "==================================================================\n"
    )
    (rows,) = _tables(text)
    assert rows[0] == ["Contract", "Contractor", "Value (£k)", "Renewal"]
    assert rows[1] == ["Grounds upkeep", "Thornfield Landscapes Ltd", "1,210", "2027"]
    assert rows[3][1] == "Vermguard Services Ltd eradication"
    assert all(not set(cell) <= set("=-") or not cell for row in rows for cell in row)


def test_a_rule_with_single_space_gaps_splits_a_header_spaced_by_one():
    text = (
        "Lot Provider                  Annual value\n"
        "--- ------------------------- ------------\n"
        "1   Brynmawr Home Support Ltd     £410,000\n"
        "2   Llanfair Carers Trust          £96,250\n"
        "3   Tawe Valley Meals CIC          £57,800\n"
    )
    (rows,) = _tables(text)
    assert rows[0] == ["Lot", "Provider", "Annual value"]
    assert [row[1] for row in rows[1:]] == ["Brynmawr Home Support Ltd", "Llanfair Carers Trust",
                                            "Tawe Valley Meals CIC"]
    assert [row[2] for row in rows[1:]] == ["£410,000", "£96,250", "£57,800"]


def test_a_rule_under_a_heading_of_prose_makes_no_table():
    lines = ["Background",
             "----------",
             "The board agreed the plan in May and asked for an update.",
             "Officers will report on progress at the autumn meeting."]
    assert aligned_to_tabs(lines) == lines


def test_an_indented_note_under_a_table_stays_a_paragraph():
    text = (
        "Provider          Service           Annual cost\n"
        "Kestrel Ltd       Meals at home        £120,000\n"
        "Oakdene Care      Day care             £300,000\n"
        "Harbour Homes     Respite              £210,000\n"
        "      Figures exclude VAT and the inflation uplift agreed for 2025/26 in March.\n"
    )
    (rows,) = _tables(text)
    assert rows[-1] == ["Harbour Homes", "Respite", "£210,000"]
