"""Mechanisms of the stop-21 recommendation probe (tests/test_recs_probe21.py), each on fictional text in
three or more layouts or wordings, with negatives.  Every test here failed before its mechanism."""
from __future__ import annotations

import pytest

from committee_papers.extract.recommendations import bilingual_label, find_recommendations, layout_table_passages
from committee_papers.ingest.model import Passage


def _passages(*rows):
    """Passages from (kind, text) or ("row", cells, table id) tuples, one page each; a row's text is its
    cells joined as the readers join them."""
    out = []
    for seq, row in enumerate(rows, start=1):
        if row[0] in ("row", "header"):
            cells = list(row[1])
            kind = "table_row" if row[0] == "row" else "table_header"
            out.append(Passage(seq, kind, " | ".join(c for c in cells if c), 1, None, None, cells=cells, header=[],
                               table=row[2]))
        else:
            out.append(Passage(seq, row[0], row[1], 1, None, None))
    return out


def _texts(passages):
    return [r.text for r in find_recommendations(passages)]


# --- 1. A report set out as a table of paragraph numbers and text ---------------------------------

def test_report_set_out_as_a_numbered_table_gives_its_recommendations():
    found = _texts(_passages(
        ("heading", "Litter Strategy - Fenbridge Borough Council"),
        ("row", ["1.", "Purpose"], 1),
        ("row", ["1.1", "To present the revised litter strategy."], 1),
        ("row", ["3.", "Recommendations"], 1),
        ("row", ["3.1", "That the Panel adopts the revised litter strategy."], 1),
        ("row", ["3.2", "That the Panel notes the cost of £12,000 for new bins."], 1),
        ("row", ["4.", "Background"], 1),
        ("row", ["4.1", "The strategy dates from 2015 and was last refreshed in 2019."], 1)))
    assert found == ["That the Panel adopts the revised litter strategy.",
                     "That the Panel notes the cost of £12,000 for new bins."]


def test_numbered_table_with_a_lead_in_and_lettered_rows_without_numbers():
    found = _texts(_passages(
        ("row", ["2.", "RECOMMENDATIONS"], 7),
        ("row", ["2.1", "Members are asked to:"], 7),
        ("row", ["", "(a) agree the charges for garden waste bins from April 2027;"], 7),
        ("row", ["", "(b) note that 41% of households subscribe to the service."], 7),
        ("row", ["3.", "REASONS FOR RECOMMENDATIONS"], 7),
        ("row", ["3.1", "The charge has not risen since 2021."], 7)))
    assert found == ["agree the charges for garden waste bins from April 2027;",
                     "note that 41% of households subscribe to the service."]


def test_numbered_table_with_a_header_row_as_a_pdf_reads_it():
    found = _texts(_passages(
        ("header", ["Para", "Text"], 3),
        ("row", ["1", "Recommendation(s)"], 3),
        ("row", ["1.1", "It is recommended that the Authority approves the asset management plan."], 3),
        ("row", ["2", "Background"], 3),
        ("row", ["2.1", "The last plan ran from 2020 to 2025."], 3)))
    assert found == ["It is recommended that the Authority approves the asset management plan."]


def test_a_box_of_two_rows_heading_then_list_gives_the_list():
    found = _texts(_passages(
        ("row", ["Recommendations"], 2),
        ("row", ["1. That the Cabinet Member approves the parking charges for 2027. "
                 "2. That the Cabinet Member notes the responses to the consultation."], 2),
        ("heading", "1. Background")))
    assert [t.split(" the Cabinet Member ")[1][:12] for t in found] == ["approves the", "notes the re"]


def test_tables_that_are_data_stay_tables():
    passages = _passages(
        ("row", ["No.", "Item"], 4), ("row", ["1", "Apologies"], 4), ("row", ["2", "Minutes"], 4),
        ("row", ["Ref", "Risk"], 5), ("row", ["R1", "Supplier failure"], 5), ("row", ["R2", "Cost rises"], 5),
        ("row", ["2.1", "That Cabinet approves the fees.", "Head of Finance"], 6),
        ("row", ["2.2", "That Cabinet notes the survey.", "Head of Finance"], 6))
    read = layout_table_passages(passages)
    assert [p.kind for p in read[3:]] == ["table_row"] * 5
    assert _texts(passages) == []


# --- 2. Bilingual labels, and verbs in capitals run together -------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Argymhelliad / Recommendation", "Recommendation"),
    ("Argymhellion / Recommendations: That the Board notes the plan.", "Recommendations: That the Board notes the plan."),
    ("Recommendation / Argymhelliad", "Recommendation"),
    ("Penderfyniad sydd ei angen / Decision required", "Decision required"),
])
def test_bilingual_label_is_read_by_its_english_half(text, label):
    assert bilingual_label(text) == label


@pytest.mark.parametrize("text", ["Teitl yr Adroddiad / Report Title", "Cefndir / Background",
                                  "Approve the fees / charges for the hall", "Argymhelliad"])
def test_other_text_is_no_bilingual_label(text):
    assert bilingual_label(text) == text


def test_bilingual_cover_row_and_label_paragraph_give_the_asks():
    assert _texts(_passages(("row", ["Argymhelliad / Recommendation", "The Committee is asked to approve the "
                                     "revised complaints policy."], 1))) == [
        "The Committee is asked to approve the revised complaints policy."]
    assert _texts(_passages(("paragraph", "Argymhellion / Recommendations: That the Board endorses the estates "
                                          "strategy."))) == ["That the Board endorses the estates strategy."]
    assert _texts(_passages(("heading", "Argymhelliad / Recommendation"),
                            ("paragraph", "That the Panel adopts the play strategy."),
                            ("heading", "Cefndir / Background"))) == ["That the Panel adopts the play strategy."]


def test_verbs_in_capitals_after_a_full_stop_open_items_run_together():
    found = _texts(_passages(("row", ["Recommendation", "The Board is asked to: APPROVE the winter plan. NOTE the "
                                      "additional beds. ENDORSE the escalation framework."], 1)))
    assert found == ["APPROVE the winter plan.", "NOTE the additional beds.", "ENDORSE the escalation framework."]


def test_a_capital_word_after_a_full_stop_that_opens_no_item_stays():
    found = _texts(_passages(("row", ["Recommendation", "The Board is asked to: APPROVE the winter plan. NHS "
                                      "England funds the beds. Note: figures are provisional."], 1)))
    assert len(found) == 1


def test_an_english_label_with_a_slash_is_no_bilingual_label():
    assert bilingual_label("Improvement / action required") == "Improvement / action required"
    assert _texts(_passages(("header", ["Improvement / action required", "Responsible Officer", "Timescale"], 1),
                            ("row", ["Review the assessment", "Project lead", "March"], 1))) == []


def test_other_language_labels_examples():
    import yaml
    from committee_papers.extract.recommendations import CUES_PATH, cue_pattern
    cues = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))["other_language_labels"]
    pattern = cue_pattern("other_language_labels", r"^\W*(?:WORDS)\W*$")
    assert all(pattern.match(e) for e in cues["examples"])
    assert not any(pattern.match(e) for e in cues["not_examples"])


# --- 3. A scrutiny report's numbered recommendation headings ---------------------------------------

def test_numbered_recommendation_headings_give_the_asks_below_them():
    found = _texts(_passages(
        ("heading", "Summary of recommendations"),
        ("heading", "Recommendation 1"), ("paragraph", "That the Cabinet funds a second dog warden."),
        ("heading", "Recommendation 2:"), ("paragraph", "Publish the enforcement figures each quarter."),
        ("heading", "Recommendation R3"), ("paragraph", "That tenants are offered evening appointments."),
        ("heading", "1. Introduction"), ("paragraph", "The review met five times.")))
    assert found == ["That the Cabinet funds a second dog warden.", "Publish the enforcement figures each quarter.",
                     "That tenants are offered evening appointments."]


def test_numbered_recommendation_heading_over_a_finding_gives_nothing():
    assert _texts(_passages(
        ("heading", "Recommendation 1"), ("paragraph", "Management should reconcile the bank account monthly."),
        ("paragraph", "Response: Agreed, from April."),
        ("heading", "Recommendation 2"), ("paragraph", "The service does not keep a register of gifts."))) == []


# --- 4. A body's own recommendations to another body --------------------------------------------

@pytest.mark.parametrize("lead", ["Having reviewed the proposed precept, the Panel recommends that the Commissioner:",
                                  "The Schools Forum recommends that the Cabinet:", "The Board recommends that Council:"])
def test_a_body_recommending_that_another_body_opens_a_list(lead):
    found = _texts(_passages(("paragraph", lead), ("paragraph", "a) publishes the savings plan;"),
                             ("paragraph", "b) reports on officer numbers in July."),
                             ("paragraph", "The Panel thanked the officers for the report.")))
    assert found == ["publishes the savings plan;", "reports on officer numbers in July."]


def test_a_recommendation_reported_in_prose_opens_no_list():
    assert _texts(_passages(("paragraph", "Last year the Panel recommends that the Commissioner publishes the plan, "
                                          "which was done."),
                            ("paragraph", "a) the plan was published in May;"))) == []


# --- 5. An ask sentence in a table cell (an agenda frontsheet's Details column) --------------------

@pytest.mark.parametrize("cell, ask", [
    ("This report sets out the fees. The Authority is asked to approve the fees and charges for 2027/28.",
     "The Authority is asked to approve the fees and charges for 2027/28"),
    ("Members are asked to note the minutes of the Pensions Board held on 3 May 2026.",
     "Members are asked to note the minutes of the Pensions Board held on 3 May 2026"),
    ("The Committee is recommended to agree the revised terms of reference, attached marked 6.",
     "The Committee is recommended to agree the revised terms of reference, attached marked 6"),
])
def test_an_ask_in_a_frontsheet_cell_is_a_recommendation(cell, ask):
    found = _texts(_passages(("row", ["Item no.", "Agenda item", "Details", "Status"], 1),
                             ("row", ["4", "An item", cell, "For decision"], 1)))
    assert [t.rstrip(".") for t in found] == [ask]


@pytest.mark.parametrize("cell", ["Officers were asked to review the parking permit scheme.",
                                  "Residents are asked to put their bins out by 7am.",
                                  "The report was noted and the Chair thanked officers."])
def test_a_cell_that_asks_the_meeting_nothing_gives_nothing(cell):
    assert _texts(_passages(("row", ["Action", "Owner", "Status"], 1), ("row", [cell, "Clerk", "Open"], 1))) == []


# --- 6. A free-standing table whose column names the recommendations ------------------------------

@pytest.mark.parametrize("header, rows", [
    (["No.", "Item", "Recommendation"], [["1", "Minutes", "To approve the minutes of the meeting held on 3 March."],
                                         ["2", "Allotments", "That the Council increases allotment rents by 4%."]]),
    (["Ref", "Proposed decision", "Reason"], [["A", "Agree the revised opening hours of the museum.", "Demand"],
                                              ["B", "Note the visitor survey for 2025.", "Context"]]),
    (["Item", "Recommended action", "Lead"], [["Grants", "Approve the revised grants policy for 2027.", "Head of Communities"],
                                              ["Awards", "Delegate awards under £5,000 to the Head of Communities.",
                                               "Head of Communities"]]),
])
def test_a_table_with_a_recommendation_column_gives_its_asks(header, rows):
    found = _texts(_passages(("row", header, 1), *[("row", row, 1) for row in rows]))
    assert len(found) == 2


@pytest.mark.parametrize("header, rows", [
    (["Ref", "Recommendation", "Owner", "Status"], [["1", "Approve the payroll reconciliation policy.", "HR", "Done"]]),
    (["No.", "Recommendation", "Cabinet response"], [["1", "That the Cabinet funds two wardens.", "Accepted"]]),
    (["No.", "Recommendation", "Lead"], [["1", "The service should reconcile the bank account.", "Finance"],
                                         ["2", "Approve the revised policy.", "Finance"]]),
])
def test_a_tracker_or_a_table_of_findings_gives_nothing(header, rows):
    assert _texts(_passages(("row", header, 1), *[("row", row, 1) for row in rows])) == []


def test_tracker_columns_examples():
    import yaml
    from committee_papers.extract.recommendations import CUES_PATH, cue_pattern
    cues = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))["tracker_columns"]
    pattern = cue_pattern("tracker_columns", r"^\W*(?:WORDS)\W*$")
    assert all(pattern.match(e) for e in cues["examples"])
    assert not any(pattern.match(e) for e in cues["not_examples"])
