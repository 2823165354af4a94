"""The TXT/MD reader on text exports written by the tests (fictional authorities)."""
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from committee_papers.ingest.errors import IngestError
from committee_papers.ingest.readers import text as text_reader
from committee_papers.ingest.registry import read_document

EXPORT = (
    "\n\nWessex County Council Cabinet\n\n"
    "4. Background\n\n"
    "- 4.1 Wessex County Council and North Wessex Integrated Care Board jointly commission therapy.\n"
    "- 4.2 The current arrangements began in 2019.\n\n"
    "5.2 *Current contracts*\n\n"
    "5.2.1 The table below sets out the current contracts for speech and language therapy.\n\n"
    "\tSALT\tOT\n"
    "NWICB\t£1,250,000 Block contract\t£640,000 Block contract\n"
    "WCC\t£980,500 Contract until March 2026\t£410,000 Contract until March 2026\n"
    "Total\t£2,230,500\t\n\n"
    "5.3 Timeline\n\n"
    "January 2026\t<ul style=\"list-style-type: none\"> \u2022 Agree specifications \u2022 Launch tender\n"
    "March 2026\t<ul style=\"list-style-type: none\"> \u2022 Award contract\n\n"
    "5.4 Risks and Mitigations\n\n"
    "Risk\tMitigation\n"
    "<p>Provider capacity &amp; recruitment.</p> <p>Waiting lists grow.</p>\t"
    "<p>Brightside Therapies CIC will add clinics.</p>\n\n"
    "5.5 Long-term vision\n\n"
    "- 5.5.1 Commissioners want an offer where the assessment process should be\n\n"
    "holistic and person-centred, with one point of contact.\n\n"
    "Key features will include:\n\n"
    "- Universal Service\n"
    " - Advice for parents and schools.\n"
    " - Training for the wider workforce.\n"
    "- Targeted Service\n\n"
    "(a) Reduce waiting times\n\n"
    "Recommendations\n\n"
    "- 1. That Cabinet approves the extension.\n"
)


def write(tmp_path, content, name="paper.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return path


def blocks_of(path):
    return read_document(path).blocks


def find(blocks, text):
    return next(b for b in blocks if b.kind != "table" and b.text.startswith(text))


def tables(blocks):
    return [b for b in blocks if b.kind == "table"]


def test_numbered_sections_and_title_case_lines_are_headings(tmp_path):
    blocks = blocks_of(write(tmp_path, EXPORT))
    assert find(blocks, "4. Background").kind == "heading"
    assert find(blocks, "4. Background").level == 1
    current = find(blocks, "5.2 Current contracts")  # markdown italics dropped
    assert (current.kind, current.level) == ("heading", 2)
    assert find(blocks, "Recommendations").kind == "heading"
    assert find(blocks, "Wessex County Council Cabinet").kind == "heading"
    assert find(blocks, "5.2.1 The table below").kind == "paragraph"
    assert find(blocks, "Key features will include:").kind == "paragraph"


def test_bullets_keep_their_numbers_and_nesting(tmp_path):
    blocks = blocks_of(write(tmp_path, EXPORT))
    item = find(blocks, "4.1 Wessex")
    assert (item.kind, item.level) == ("list_item", 1)
    assert find(blocks, "Universal Service").level == 1
    assert find(blocks, "Advice for parents").level == 2
    assert find(blocks, "Training for the wider").level == 2
    assert find(blocks, "Targeted Service").level == 1
    assert find(blocks, "1. That Cabinet approves").kind == "list_item"
    assert find(blocks, "(a) Reduce waiting times").kind == "paragraph"


def test_paragraph_split_by_blank_line_mid_sentence_is_rejoined(tmp_path):
    blocks = blocks_of(write(tmp_path, EXPORT))
    item = find(blocks, "5.5.1")
    assert item.text.endswith("process should be holistic and person-centred, with one point of contact.")
    assert not any(b.kind != "table" and b.text.startswith("holistic") for b in blocks)


def test_tab_tables_headers_and_html_cells(tmp_path):
    contracts, timeline, risks = tables(blocks_of(write(tmp_path, EXPORT)))
    assert contracts.header_rows == 1
    assert contracts.rows[0] == ["", "SALT", "OT"]
    assert contracts.rows[1] == ["NWICB", "£1,250,000 Block contract", "£640,000 Block contract"]
    assert contracts.rows[3] == ["Total", "£2,230,500", ""]
    # A timeline whose first row is data has no header; its cell is a list.
    assert timeline.header_rows == 0
    assert timeline.rows[0] == ["January 2026", "Agree specifications\nLaunch tender"]
    assert risks.header_rows == 1
    assert risks.rows[1] == ["Provider capacity & recruitment.\nWaiting lists grow.",
                             "Brightside Therapies CIC will add clinics."]


def test_table_rows_become_passages_with_headers(tmp_path):
    document = read_document(write(tmp_path, EXPORT))
    rows = [p for p in document.passages() if p.kind == "table_row"]
    assert "SALT: £1,250,000 Block contract" in rows[0].text
    assert rows[0].section == "5.2.1"


def test_form_feeds_number_the_pages(tmp_path):
    content = "1. Introduction\n\nThe first page text.\n\fSecond page paragraph here.\n\f\n2. Finance\n\nThird.\n\f"
    document = read_document(write(tmp_path, content))
    assert document.pages == 3
    assert [b.page for b in document.blocks] == [1, 1, 2, 3, 3]


def test_sentence_cut_by_a_page_break_is_rejoined_on_its_first_page(tmp_path):
    content = "The council will review the service in\n\fthe autumn and report back.\n"
    document = read_document(write(tmp_path, content))
    assert [(b.text, b.page) for b in document.blocks] == [
        ("The council will review the service in the autumn and report back.", 1)]
    assert document.pages == 2


def test_table_running_over_a_page_break_stays_one_table(tmp_path):
    content = "Item\tCost\nTherapy\t£10,000\n\f\nTraining\t£2,000\n\nAfter the table.\n"
    document = read_document(write(tmp_path, content))
    table = tables(document.blocks)[0]
    assert table.rows[1:] == [["Therapy", "£10,000"], ["Training", "£2,000"]]
    assert table.row_pages == [1, 1, 2]


def test_without_form_feeds_page_footers_end_the_pages(tmp_path):
    content = ("Item 4: Board minutes\n\nThe Board met in June.\n\nPage 1 of 2\n\nThe Board agreed the plan.\n\n"
               "**Page 2 of 2**\n\nItem 5: Finance report\n\nSpend is on budget.\n\nPage 1\n\n"
               "The page 2 figures follow.\n")
    document = read_document(write(tmp_path, content))
    assert document.pages == 4
    assert [(b.text, b.page) for b in document.blocks] == [
        ("Item 4: Board minutes", 1), ("The Board met in June.", 1), ("The Board agreed the plan.", 2),
        ("Item 5: Finance report", 3), ("Spend is on budget.", 3), ("The page 2 figures follow.", 4)]


def test_no_form_feed_means_one_page(tmp_path):
    document = read_document(write(tmp_path, EXPORT))
    assert document.pages == 1
    assert {b.page for b in document.blocks} == {1}


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16", "latin-1"])
def test_encodings_keep_pound_and_quotes(tmp_path, encoding):
    text = "Wessex Council\u2019s contract is worth \u00a3250,000 a year.\n" if encoding != "latin-1" \
        else "The caf\u00e9 contract is worth \u00a3250,000 a year.\n"
    path = write(tmp_path, text, encoding=encoding)
    assert read_document(path).blocks[0].text == text.strip()


def test_cp1252_bytes_inside_utf8_text_survive(tmp_path):
    data = "Brightside Therapies CIC \u2013 ".encode() + b"\xa3120,000 for 2025\x9626"
    block = read_document(write(tmp_path, data)).blocks[0]
    assert block.text == "Brightside Therapies CIC \u2013 \u00a3120,000 for 2025\u201326"


@pytest.mark.parametrize("junk", [os.urandom(4096), b"\x00\x01\x02binary\x00" * 50, bytes(range(256)) * 8])
def test_binary_junk_is_refused_with_a_reason(tmp_path, junk):
    with pytest.raises(IngestError, match="not a text file"):
        read_document(write(tmp_path, junk))


MARKDOWN = (
    "---\ntitle: Therapy Services Review\nauthor: Jo Bloggs\n---\n"
    "# Wessex Community Health NHS Trust Board\n\n"
    "## 3. Finance\n\n"
    "**Purpose**\n\n"
    "This paper asks the board to note the\n"
    "contract with [Brightside Therapies CIC](https://example.org/cic) and the\n"
    "Public\\_Board\\_Meeting actions.\n\n"
    "|Service|Col2|\n|---|---|\n|Speech therapy<br>children|£300,000|\n|Occupational therapy|£150,000|\n"
)


def test_markdown_headings_pipe_tables_and_inline_marks(tmp_path):
    document = read_document(write(tmp_path, MARKDOWN, name="board.md"))
    assert document.properties == {"title": "Therapy Services Review", "author": "Jo Bloggs"}
    blocks = document.blocks
    assert (blocks[0].kind, blocks[0].level) == ("heading", 1)
    assert (blocks[1].text, blocks[1].level) == ("3. Finance", 2)
    assert (blocks[2].kind, blocks[2].text) == ("heading", "Purpose")
    assert blocks[3].text == ("This paper asks the board to note the contract with Brightside Therapies CIC "
                              "and the Public_Board_Meeting actions.")
    table = blocks[4]
    assert table.header_rows == 1
    assert table.rows == [["Service", ""], ["Speech therapy\nchildren", "£300,000"],
                          ["Occupational therapy", "£150,000"]]


def test_markdown_title_from_first_heading(tmp_path):
    document = read_document(write(tmp_path, "# North Wessex ICB Board\n\nText here.\n", name="a.md"))
    assert document.properties["title"] == "North Wessex ICB Board"


def test_transcript_timestamps_are_dropped_and_lines_joined(tmp_path):
    content = "00:00:13.280 Welcome to the board of the\n00:00:21.359 integrated care board.\n00:00:25.000 Item one.\n"
    blocks = read_document(write(tmp_path, content)).blocks
    assert [b.text for b in blocks] == ["Welcome to the board of the integrated care board.", "Item one."]


def test_plain_heading_needs_body_text_after_it(tmp_path):
    content = "Intro paragraph of the paper.\n\nWard(s) Affected\n\nAll Wards\n\nExecutive Summary\n\nThe council agreed it.\n"
    blocks = read_document(write(tmp_path, content)).blocks
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["Executive Summary"] == "heading"
    assert kinds["All Wards"] == "paragraph"


def test_lone_tab_indented_line_is_text_not_a_table(tmp_path):
    blocks = read_document(write(tmp_path, "\tIndented sentence about the contract.\n")).blocks
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", "Indented sentence about the contract.")]


def test_seed_exports_give_tables_and_sections(shared_corpus):
    for path in sorted((shared_corpus / "seeds").glob("*.txt")):
        document = text_reader.read(path)
        assert document.pages == 1
        kinds = {b.kind for b in document.blocks}
        assert {"heading", "paragraph", "list_item"} <= kinds, path.name
        for table in tables(document.blocks):
            for row in table.rows:
                assert not any("<" in cell or "\u2022" in cell for cell in row), row


def test_real_markdown_bundles_read_into_many_blocks(shared_corpus):
    for path in sorted((shared_corpus / "real").glob("*.md")):
        if path.name == "SOURCES.md":
            continue
        document = read_document(path)
        assert len(document.blocks) > 100
        assert any(b.kind == "table" for b in document.blocks)
        assert max(len(b.text) for b in document.blocks if b.kind != "table") < 10_000


_LINES = st.lists(st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60),
    st.sampled_from(["", "- item", "  - nested", "4. Background", "5.2.1 Text.", "A\tB", "<p>x</p>\t• y",
                     "|a|b|", "|---|---|", "# Title", "**Bold**", "\f", "lower case continuation"]),
), max_size=40)


@settings(max_examples=150, deadline=None)
@given(_LINES)
def test_any_text_parses_into_well_formed_blocks(lines):
    blocks, pages, _ = text_reader.parse_text("\n".join(lines))
    assert pages >= 1
    for block in blocks:
        assert 1 <= block.page <= pages
        if block.kind == "table":
            assert block.rows and len({len(r) for r in block.rows}) == 1
            assert len(block.row_pages) == len(block.rows)
        else:
            assert block.text.strip() and "\t" not in block.text and "\f" not in block.text


@pytest.mark.parametrize("cell", ["<br" * 200_000, "<!--" * 200_000 + "kept?", "**a " * 200_000, "[x " * 100_000])
def test_hostile_cells_and_lines_are_read_in_linear_time(tmp_path, cell):
    # A quadratic regex here would take minutes, not fail: the suite's run time is the alarm.
    document = read_document(write(tmp_path, f"Label\t{cell}\nNext\trow\n\n{cell}\n"))
    assert [b.kind for b in document.blocks][0] == "table"


@pytest.mark.parametrize("text, joined", [
    ("2.1 That Cabinet agrees to extend the contract with Kestrel Grounds Ltd by six months, to\n"
     "30 September 2026, at a cost of £480,000.", "to 30 September 2026, at a cost"),
    ("The lease of the Mill Street depot runs from\n1 April 2025 and ends after three years.", "from 1 April 2025 and ends"),
    ("- The final report will be brought back on\n12 May 2026 with the costs.", "on 12 May 2026 with"),
])
def test_a_line_ending_mid_clause_continues_into_a_line_opening_with_a_number(text, joined):
    # `31 March 2026, at a cost ...` after `... by nine months, to` is a wrapped line, not paragraph 31.
    blocks, _pages, _ = text_reader.parse_text(text)
    assert len(blocks) == 1 and joined in blocks[0].text


def test_numbered_paragraphs_after_a_finished_line_stay_apart():
    blocks, _pages, _ = text_reader.parse_text("2.1 The contract ends in June.\n2.2 A new one starts in July.")
    assert [b.text[:3] for b in blocks] == ["2.1", "2.2"]


# Round c22: a line standing further out than a list item's bullet goes on with the text the list sits in.
@pytest.mark.parametrize("text, item, after", [
    ("          The awards were:\n            - Kelby Foodbank: £2,250 for its appeal\n"
     "          Cllr Lee left the room. RESOLVED that the grants be made.",
     "Kelby Foodbank: £2,250 for its appeal", "Cllr Lee left the room. RESOLVED that the grants be made."),
    ("    Actions:\n      * Clerk to order the benches\n    The meeting closed at 9pm.",
     "Clerk to order the benches", "The meeting closed at 9pm."),
    ("  Quotes came from:\n    - Brightlawn Ltd, £900\n  Members chose Brightlawn Ltd.",
     "Brightlawn Ltd, £900", "Members chose Brightlawn Ltd."),
])
def test_a_line_further_out_than_the_bullet_ends_the_item(text, item, after):
    blocks, _pages, _ = text_reader.parse_text(text)
    assert [(b.kind, b.text) for b in blocks][-2:] == [("list_item", item), ("paragraph", after)]


@pytest.mark.parametrize("text, item", [
    ("- Kelby Foodbank: £2,250 for its\nwinter appeal", "Kelby Foodbank: £2,250 for its winter appeal"),
    ("    - Kelby Foodbank: £2,250 for its\n      winter appeal", "Kelby Foodbank: £2,250 for its winter appeal"),
    ("    - Kelby Foodbank: £2,250 for its\n    winter appeal", "Kelby Foodbank: £2,250 for its winter appeal"),
])
def test_a_wrapped_line_at_or_inside_the_bullet_stays_in_the_item(text, item):
    blocks, _pages, _ = text_reader.parse_text(text)
    assert [(b.kind, b.text) for b in blocks] == [("list_item", item)]


# (d42) A minute's title after a reference numbered_heading_level does not take (three or four figures and a stop, or
# a reference with a stroke) ends its block when the minute's first sentence follows it with no blank line.
@pytest.mark.parametrize("title, sentence", [
    ("112. Village hall car park resurfacing", "The meeting agreed to defer a decision on the resurfacing."),
    ("LSC/15 Review of a hackney carriage driver's licence (Driver B)", "Having heard from the driver, the "
                                                                         "Sub-Committee determined to take no action."),
    ("2026/18 Finance", "Council approved the payments listed in the schedule."),
    ("PL / 101 Former dairy, Coldstream Lane", "Members voted to approve the application."),
])
def test_minute_title_after_its_reference_is_its_own_block(tmp_path, title, sentence):
    content = "Minutes of the meeting held on 2 March 2026\n\n" + title + "\n" + sentence + "\n"
    texts = [b.text for b in read_document(write(tmp_path, content)).blocks]
    assert title in texts and sentence in texts, texts


@pytest.mark.parametrize("first, second", [
    ("2025. The Council agreed to review the charges after", "Easter and report back."),
    ("112. The hall committee met twice in the year and", "Made three grants."),
    ("CAB/42 noted the budget monitoring report and the", "Revised forecast."),
    ("2026/18 Finance report for March to be taken as read", "Before the meeting."),
])
def test_reference_led_sentence_or_long_line_runs_on(tmp_path, first, second):
    content = "Minutes of the meeting held on 2 March 2026\n\n" + first + "\n" + second + "\n"
    texts = [b.text for b in read_document(write(tmp_path, content)).blocks]
    assert first + " " + second in texts, texts
