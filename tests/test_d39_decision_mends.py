"""Mends of stop 28 (d39), each a general mechanism with fictional examples (own wordings, invented authorities)
and negatives; the causes were found by sorting the real dev papers' missed and extra decisions."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces


def minutes(title, *pieces, committee="the Council"):
    return [d.text for d in find_decisions(passages_from_pieces(("heading", title), *pieces), committee=committee)]


def small_council_minutes(item_heading, sentence):
    return minutes("Minutes of the Ashcombe Parish Council meeting held on 4 March 2026",
                   ("heading", "1. Apologies"), ("paragraph", "Apologies were received from Cllr Fenn."),
                   ("heading", item_heading), ("paragraph", sentence),
                   ("heading", "9. Playing field"), ("paragraph", "Members agreed to buy a new bench."))


# -- 1. A handling verb in a passive's chain may carry its complement ------------------------------------------------
# "were checked for errors and completeness, approved as an accurate record": the chain of what was done to the matter before
# it was decided (`done_before_deciding`) allows each verb a short complement (`done_before_how`).

HANDLED_THEN_DECIDED = [
    "The minutes of the meeting held on 3 February 2026 were read, checked for accuracy, agreed as a true record "
    "and signed by the Chair.",
    "The minutes of the January meeting were checked for correctness and completeness, approved as an accurate "
    "record and initialled by the Chairman.",
    "The revised grants policy was read aloud and adopted.",
    "The draft budget for 2026/27 was examined line by line and approved.",
]


@pytest.mark.parametrize("sentence", HANDLED_THEN_DECIDED)
def test_a_handling_verb_with_its_complement_keeps_the_passive_a_decision(sentence):
    found = small_council_minutes("2. Matters for decision", sentence)
    assert sentence in found, found


NOT_DECIDED = [
    "The Clerk said the draft minutes had been checked for accuracy before they were circulated.",
    "The accounts were checked for errors by the internal auditor last month.",
    "The tree survey was read aloud by Cllr Marsh.",
]


@pytest.mark.parametrize("sentence", NOT_DECIDED)
def test_handling_alone_decides_nothing(sentence):
    found = small_council_minutes("2. Matters arising", sentence)
    assert found == ["Members agreed to buy a new bench."], found


# -- 2. A Markdown export's HTML block is read as HTML --------------------------------------------------------------
# A web page saved as Markdown (a WordPress post) may keep its minutes as the page's `<table>`, cells broken by
# `<div></div>` or `<br>`: the block is read as the HTML reader reads a page, so its cells' lines are text, not tags.

from committee_papers.ingest.readers.text import parse_text  # noqa: E402
from probe_harness import extract_file  # noqa: E402

HTML_MINUTES_TABLES = [
    # one line, cells broken by empty divs
    '<table><tbody><tr><td><strong>Item</strong></td><td><strong>Minute</strong></td></tr>'
    '<tr><td>26/03/4</td><td><strong>Minutes</strong><div></div>The minutes of the meeting held on 3 February 2026 '
    'were approved as a true record.<div></div>&nbsp;</td></tr>'
    '<tr><td>26/03/5</td><td><strong>Village green</strong><div></div>It was agreed the Clerk should order two '
    'new litter bins.</td></tr></tbody></table>',
    # over several lines, with <br> and paragraphs
    '<table border="1">\n<tr><td>Ref</td><td>Business</td></tr>\n'
    '<tr><td>4.</td><td><p><b>Minutes</b></p><p>The minutes of the meeting held on 3 February 2026 were approved as '
    'a true record.</p></td></tr>\n<tr><td>5.</td><td><p><b>Village green</b></p><p>It was agreed the Clerk '
    'should order two new litter bins.</p></td></tr>\n</table>',
    # indented, a nested layout table inside a cell
    '  <TABLE width="900"><tr><td>Minute 4</td><td>The minutes of the meeting held on 3 February 2026 were approved '
    'as a true record.<br/>&nbsp;</td></tr><tr><td>Minute 5</td><td>Village green<br>It was agreed the Clerk '
    'should order two new litter bins.<table><tr><td>Bin</td><td>£240</td></tr></table></td></tr></TABLE>',
]


def _markdown_minutes(table: str) -> str:
    return ("---\ntitle: \"Ashcombe Parish Council March\"\n---\n\n"
            "**Minutes of the Ashcombe Parish Council meeting held on 4 March 2026**\n\n"
            "Present: Cllr Fenn (Chair), Cllr Marsh, Cllr Osei.\n\n" + table + "\n\nThe meeting closed at 8.40pm.\n")


@pytest.mark.parametrize("table", HTML_MINUTES_TABLES)
def test_a_markdown_papers_html_table_is_read_as_a_table_without_its_tags(table):
    blocks, _, _ = parse_text(_markdown_minutes(table), markdown=True)
    tables = [b for b in blocks if b.kind == "table"]
    assert tables, [b.kind for b in blocks]
    cells = [cell for b in tables for row in b.rows for cell in row]
    # A table holding another table in a cell, with no header, is page layout (the HTML reader's rule): its cells
    # are read as paragraphs and the inner table stands alone; either way the minute is text without its tags.
    texts = cells + [b.text for b in blocks if b.kind != "table"]
    assert any("It was agreed the Clerk should order two new litter bins." in text for text in texts), texts
    assert not any("<" in text or "&nbsp;" in text for text in texts), texts
    assert any(b.kind == "paragraph" and b.text.startswith("The meeting closed") for b in blocks)


@pytest.mark.parametrize("table", HTML_MINUTES_TABLES)
def test_a_markdown_papers_html_table_gives_its_decisions_without_tags(tmp_path, table):
    found = [d.text for d in extract_file(tmp_path, "ashcombe-minutes.md", _markdown_minutes(table)).decisions]
    assert any(text.endswith("It was agreed the Clerk should order two new litter bins.") for text in found), found
    assert not any("<" in text for text in found), found


def test_html_in_a_plain_text_export_and_an_unclosed_tag_stay_lines():
    unclosed = "<table><tr><td>4.</td><td>The minutes were approved.</td></tr>\n\nThe meeting closed at 8.40pm.\n"
    blocks, _, _ = parse_text(unclosed, markdown=True)
    assert all(b.kind != "table" for b in blocks) and "<table>" in blocks[0].text
    blocks, _, _ = parse_text(_markdown_minutes(HTML_MINUTES_TABLES[0]), markdown=False)
    assert any("<div></div>" in (b.text or "") for b in blocks)


# -- 3. A report's section recording decisions already taken gives them ---------------------------------------------
# A chief executive's report, an assurance framework or a board report is no decision document, but a section of it
# headed as a record of decisions taken ("Decisions taken since the last meeting", "Outcome of the Board's
# discussion": `recorded_sections` in rules/decisions.yml) gives decisions, to the next heading.

from committee_papers.extract.decision_rules import rules  # noqa: E402
from committee_papers.extract.decision_documents import recorded_sections  # noqa: E402

RECORDED_SECTION_RULES = {rule.id: rule for rule in rules().recorded_sections}
RECORDED_SECTION_ENTRIES = [entry for entry in __import__("yaml").safe_load(
    open(__import__("committee_papers.extract.decision_rules", fromlist=["RULES_PATH"]).RULES_PATH,
         encoding="utf-8"))["recorded_sections"]]


@pytest.mark.parametrize("heading", [e for entry in RECORDED_SECTION_ENTRIES for e in entry["examples"]])
def test_a_recorded_section_heading_example_is_one(heading):
    assert any(rule.regex.match(heading) for rule in RECORDED_SECTION_RULES.values()), heading


@pytest.mark.parametrize("heading", [e for entry in RECORDED_SECTION_ENTRIES for e in entry.get("not_examples", [])])
def test_an_ask_or_a_plan_is_no_recorded_section(heading):
    assert not any(rule.regex.match(heading) for rule in RECORDED_SECTION_RULES.values()), heading


def report(*pieces, committee="the Board"):
    return [d.text for d in find_decisions(passages_from_pieces(
        ("heading", "Chief Officer's report to the Board"),
        ("paragraph", "This report updates the Board on the period since its last meeting."),
        ("heading", "1. Introduction"), ("paragraph", "The Board is asked to note this report."),
        *pieces, ("heading", "9. Staff news"), ("paragraph", "The Board approved a new logo in 2019.")),
        committee=committee)]


RECORDED_SECTIONS = [
    (("heading", "Outcome of the Board's discussion"),
     ("paragraph", "Written up by the Trust Secretary after the meeting:"),
     ("paragraph", "The Board approved the quarter 3 assurance framework."),
     ("paragraph", "The Board noted the planned review of the estates risk.")),
    (("heading", "6. Decisions made under delegated authority"),
     ("paragraph", "The Remuneration Committee approved the extension of the audiology contract to 31 May 2027."),
     ("paragraph", "The Finance Committee agreed the revised scheme of delegation.")),
    (("heading", "Outcome of the meeting"),
     ("list_item", "The Partnership Board endorsed the winter plan."),
     ("list_item", "The Partnership Board agreed to close the falls risk.")),
]


@pytest.mark.parametrize("section", RECORDED_SECTIONS)
def test_a_reports_recorded_section_gives_its_decisions_and_nothing_else(section):
    found = report(*section)
    expected = [piece[1] for piece in section[1:] if " the " in piece[1] and ":" not in piece[1]]
    assert found == expected, found


def test_a_reports_ask_section_gives_no_decisions():
    found = report(("heading", "4. Decision required"), ("paragraph", "The Board approved the strategy in May."),
                   ("paragraph", "The Board is asked to approve the revised plan."))
    assert found == [], found


# -- 4. A lead-in saying a body took the decisions listed under it -------------------------------------------------

TOOK_THE_FOLLOWING = [
    ("The Finance Committee, meeting on 3 March 2026, took the following decisions under its delegated authority:",
     ["It approved the award of the district nursing contract to Hollow Health CIC.",
      "It agreed to extend the audiology contract by twelve months."]),
    ("The Executive has made three decisions since the last meeting:",
     ["Approved the sale of the Dene Road depot.", "Agreed the fees for 2026/27.", "Deferred the parking review."]),
    ("Acting for the Board, the Chair and Chief Executive took these urgent decisions:",
     ["They extended the stroke rehabilitation contract to 30 June 2026.",
      "They approved the business case for a second MRI scanner."]),
]


@pytest.mark.parametrize("lead_in, items", TOOK_THE_FOLLOWING)
def test_every_item_under_a_decisions_taken_lead_in_is_a_decision(lead_in, items):
    found = report(("heading", "5. Decisions taken since the last Board meeting"), ("paragraph", lead_in),
                   *[("list_item", item) for item in items])
    assert found == items, found


def test_items_under_a_lead_in_for_decisions_still_to_take_are_none():
    found = report(("heading", "5. Decisions taken since the last Board meeting"),
                   ("paragraph", "The Board will be asked to take the following decisions:"),
                   ("list_item", "whether to approve the estates strategy"),
                   ("list_item", "whether to extend the audiology contract"))
    assert found == [], found


# -- 5. A body telling another body or an officer to do a thing decides ----------------------------------------------

TOLD_TO_DO = [
    "The Council asked the Planning Committee to review the tree policy at its June meeting.",
    "Members asked the Clerk to obtain three quotes for resurfacing the car park.",
    "The Panel instructed officers to prepare a draft lettings policy for the autumn.",
    "The Trustees asked the Finance and Resources Group to report back on the reserves in March.",
]

ASKED_IN_DISCUSSION = [
    "The Board asked the Director of Finance to explain the overspend on agency staff.",
    "Members asked the Clerk whether the bins had been ordered.",
    "Cllr Hart asked the Chair to clarify the order of business.",
]


@pytest.mark.parametrize("sentence", TOLD_TO_DO)
def test_a_body_telling_another_to_act_decides(sentence):
    assert sentence in small_council_minutes("6. Matters arising", sentence)


@pytest.mark.parametrize("sentence", ASKED_IN_DISCUSSION)
def test_asking_for_an_explanation_decides_nothing(sentence):
    assert small_council_minutes("6. Matters arising", sentence) == ["Members agreed to buy a new bench."]


def test_an_ask_put_to_the_meeting_is_no_instruction():
    sentence = "The Chair of the Grounds Group asked the Council to approve a new mowing rota."
    assert small_council_minutes("6. Matters arising", sentence) == ["Members agreed to buy a new bench."]


def test_an_ask_to_a_body_named_by_its_kind_alone_is_no_instruction():
    sentence = "The Chair of the Lettings Group asked the Council to review and accept the new hire terms."
    assert small_council_minutes("6. Matters arising", sentence) == ["Members agreed to buy a new bench."]


# -- 6. A small council's agenda line run into its minute is no part of the decision's subject ----------------------
# "8.14.2 To receive the notes of the May meeting The notes taken on 4 May ... were approved as accurate": the
# agenda line (a `preamble` alternative) is read past, so the minute's own opening is the subject.

RUN_IN_AGENDA_LINES = [
    "12.05.02 To receive the minutes of the previous full council meeting The minutes of the full council "
    "meeting of 3rd February 2026 were checked for errors and completeness, agreed as a correct account of that "
    "evening and initialled by the chairman.",
    "7. To approve the notes of the extraordinary meeting of the village hall working party The minutes of the working "
    "party meeting held on 12th January 2026 in the committee room were approved as an accurate record.",
    "4.1 To consider the revised standing orders circulated to all members with the agenda papers The revised standing "
    "orders of the parish council dated February 2026 and circulated with the agenda were adopted.",
]


@pytest.mark.parametrize("minute", RUN_IN_AGENDA_LINES)
def test_a_minute_after_its_run_in_agenda_line_decides(minute):
    found = small_council_minutes("Business", minute)
    assert minute.split(" ", 1)[1] in found, found


def test_an_agenda_line_alone_decides_nothing():
    found = small_council_minutes("Business", "4.1 To consider the revised standing orders The Clerk will circulate "
                                              "them before the next meeting.")
    assert found == ["Members agreed to buy a new bench."], found


@pytest.mark.parametrize("opening", ['<table class="minutes"\n       border="1">', '<div\n  class="entry-content">',
                                     '<TABLE\n width="900">'])
def test_an_html_blocks_opening_tag_may_run_over_two_lines(opening):
    # (The merged reader once asked for the tag's `>` on its first line; y39's table-only reader did not.)
    tag = opening[1:].split()[0].lower()
    markup = (f"{opening}<p>Village green</p><p>It was agreed the Clerk should order two new litter bins.</p>"
              + ("<table><tr><td>Bin</td><td>£240</td></tr></table>" if tag == "div" else "<tr><td>5.</td><td>Bins</td></tr>")
              + f"</{tag}>")
    blocks, _, _ = parse_text(_markdown_minutes(markup), markdown=True)
    texts = [b.text or "" for b in blocks] + [cell for b in blocks for row in b.rows for cell in row]
    assert not any("<" in text for text in texts), texts


def test_a_line_opening_with_an_unknown_tag_stays_text():
    blocks, _, _ = parse_text("<section>\nThe minutes were approved.\n</section>\n", markdown=True)
    assert any("<section>" in (b.text or "") for b in blocks)
