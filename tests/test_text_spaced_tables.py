"""Plain-text tables laid out with spaces (issue 12): `pdftotext -layout` pages, fixed-width schedules in
TXT/MD exports, and tab-separated rows whose tabs became runs of spaces (cells apart by a wide gap but not
lined up).  Prose with wide spaces in it stays prose.  Fictional papers (ingest/readers/text.py)."""
from committee_papers.ingest.readers.text import aligned_to_tabs, parse_text


def _tables(text, markdown=False):
    blocks, _pages, _props = parse_text(text, markdown=markdown)
    return [b.rows for b in blocks if b.kind == "table"]


def _paragraphs(text):
    blocks, _pages, _props = parse_text(text)
    return [b.text for b in blocks if b.kind == "paragraph"]


# ---- tables ---------------------------------------------------------------------------------------------------------
def test_cells_apart_by_a_wide_gap_but_not_lined_up():
    text = (
        "Orders placed under the Western Grounds Framework:\n"
        "\n"
        "Site    Contractor    Order value\n"
        "Riverside park paths, Elm Row    Tollgate Surfacing    £58,200\n"
        "Cemetery wall repair    Brockhurst Masonry Ltd    £21,750\n"
    )
    (rows,) = _tables(text)
    assert rows[0] == ["Site", "Contractor", "Order value"]
    assert rows[1] == ["Riverside park paths, Elm Row", "Tollgate Surfacing", "£58,200"]
    assert rows[2] == ["Cemetery wall repair", "Brockhurst Masonry Ltd", "£21,750"]


def test_tabs_expanded_to_a_ragged_gap_in_markdown():
    text = (
        "## Grants paid\n"
        "\n"
        "Recipient   Purpose   Amount\n"
        "Fenwick Youth Trust   Holiday clubs   £12,000\n"
        "Marsh Lane Foodbank   Winter stock   £4,500\n"
        "Stourby Men's Shed CIC   Tools   £1,250\n"
    )
    (rows,) = _tables(text, markdown=True)
    assert rows[0] == ["Recipient", "Purpose", "Amount"]
    assert [row[0] for row in rows[1:]] == ["Fenwick Youth Trust", "Marsh Lane Foodbank", "Stourby Men's Shed CIC"]
    assert [row[2] for row in rows[1:]] == ["£12,000", "£4,500", "£1,250"]


def test_payments_schedule_with_right_aligned_amounts():
    text = (
        "Payments over £500, March 2026\n"
        "\n"
        "Date        Supplier                         Amount\n"
        "03/03/2026  Lindale Office Supplies           £612.40\n"
        "11/03/2026  Harbrook Fleet Services         £14,880.00\n"
        "24/03/2026  Cragg Vale Legal LLP             £2,305.00\n"
    )
    (rows,) = _tables(text)
    assert rows[0] == ["Date", "Supplier", "Amount"]
    assert rows[2] == ["11/03/2026", "Harbrook Fleet Services", "£14,880.00"]


def test_register_with_a_wrapped_description():
    text = (
        "Ref    Description                         Owner            Rating\n"
        "R01    Loss of the school transport        Head of Travel   High\n"
        "       contractor mid-term\n"
        "R02    Data breach at the payroll bureau   Head of HR       Medium\n"
        "R03    Delay to the depot rebuild          Head of Estates  Low\n"
    )
    (rows,) = _tables(text)
    assert rows[1] == ["R01", "Loss of the school transport contractor mid-term", "Head of Travel", "High"]
    assert rows[3][0] == "R03"


def test_label_value_cover_block():
    text = (
        "Report to:        Licensing Committee\n"
        "Date:             14 July 2026\n"
        "Report of:        Head of Regulatory Services\n"
        "Wards affected:   All\n"
    )
    (rows,) = _tables(text)
    assert rows == [["Report to:", "Licensing Committee"], ["Date:", "14 July 2026"],
                    ["Report of:", "Head of Regulatory Services"], ["Wards affected:", "All"]]


def test_layout_page_with_running_header_and_page_footer():
    text = (
        "Dunmere Integrated Care Board                          Board meeting 9 June 2026\n"
        "\n"
        "\n"
        "    Table 3: Community contracts ending in 2026/27\n"
        "\n"
        "    Service                     Provider                        Annual value\n"
        "    Wheelchair services         Torbeck Mobility Ltd              £1,940,000\n"
        "    Audiology (adults)          Clearsound Community CIC            £612,000\n"
        "    Podiatry                    Dunmere Foot Health LLP             £288,500\n"
        "\n"
        "                                   Page 4 of 11\n"
    )
    tables = _tables(text)
    assert tables[-1][0] == ["Service", "Provider", "Annual value"]
    assert tables[-1][1] == ["Wheelchair services", "Torbeck Mobility Ltd", "£1,940,000"]
    assert len(tables[-1]) == 4


# ---- prose that stays prose --------------------------------------------------------------------------------------
def test_an_indented_quotation_stays_prose():
    lines = ["The resident wrote:",
             "",
             "      We have waited two years for the crossing and the    ",
             "      traffic is worse every term.  Please do not let the   ",
             "      scheme slip again, as it did last spring.",
             ""]
    assert aligned_to_tabs(lines) == lines


def test_a_list_of_addresses_stays_prose():
    lines = ["Objections were received from:",
             "   12 Larch Close,   Whitby Moor",
             "   The Old Forge,   Sandy Lane,   Whitby Moor",
             "   3 Chapel Yard",
             "   Flat 2,   40 High Street,   Whitby Moor,   WM4 2JS"]
    assert aligned_to_tabs(lines) == lines


def test_double_spaces_after_full_stops_stay_prose():
    lines = ["The panel met twice.  It heard from the applicant.  It then visited the site.",
             "Members asked about parking.  Officers replied in writing.  No further points arose.",
             "The decision is set out below.  It takes effect at once.  There is a right of appeal."]
    assert aligned_to_tabs(lines) == lines
    text = "\n".join(lines) + "\n"
    assert not _tables(text)


def test_wide_spaces_in_prose_sentences_stay_prose():
    text = (
        "The panel met twice in May.   It heard from the applicant and from two objectors.\n"
        "Members asked about parking on the estate.   Officers replied in writing the next week.\n"
        "The decision is set out below and takes effect at once.   There is a right of appeal.\n"
    )
    assert not _tables(text)


def test_a_label_over_a_hanging_list_of_names_makes_no_ragged_table():
    lines = ["Present:   Cllr A. Moreby  - Chair",
             "           Cllr T. Quist   - Vice-Chair",
             "           Cllr D. Fenn    - Member",
             "           Cllr H. Oyelaran   - Member"]
    assert aligned_to_tabs(lines) == lines


def test_a_signature_block_stays_prose():
    lines = ["Signed    ..................................    Chair",
             "",
             "Date      ..................................",
             "",
             "Contact officer: Priya Okafor, Democratic Services"]
    assert aligned_to_tabs(lines) == lines
