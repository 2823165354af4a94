"""Round dec18b: a paper that records its body's own resolutions one after another is a decision document
whatever its title (a minutes extract sent on as a report's appendix, a board's resolutions without
attendance or apologies), and the resolutions' capitalised verbs under "RESOLVED ... to:" are its decisions.
Fictional bodies and papers only, read through the real readers (TXT, HTML, DOCX)."""
from __future__ import annotations

import datetime as dt

import pytest
import yaml

import docxgen
from committee_papers.extract.decision_documents import is_decision_document, resolution_record
from committee_papers.extract.decision_rules import RULES_PATH, rules
from committee_papers.pipeline import read_and_extract
from fictional_paper import passages_from_pieces

RECORD = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))["resolution_record"]


@pytest.mark.parametrize("example", [e for entry in RECORD["rules"] for e in entry["examples"]])
def test_every_resolution_record_example_opens_with_the_resolution_label(example):
    assert any(rule.regex.match(example) for rule in rules().resolution_record)


@pytest.mark.parametrize("example", [e for entry in RECORD["rules"] for e in entry.get("not_examples", [])])
def test_resolution_record_not_examples_are_no_resolution_label(example):
    assert not any(rule.regex.match(example) for rule in rules().resolution_record)


def _decisions(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        content.save(str(path))
    _document, _passages, extraction = read_and_extract(str(path))
    return [d.text for d in extraction.decisions]


# A council's committee minutes extract attached to a report, its title naming the report, not minutes.
COUNCIL_EXTRACT_TXT = """Ward Boundaries Review
Annex B - Full Council 9 April 2026 - extract from the proceedings of the Standards and Constitution Committee

Item 4 - Ward Boundaries Working Group

1. The Chair of the working group introduced the group's interim findings.

2. Several Members spoke about the size of the rural wards.

3. RESOLVED the Committee to:
a) WELCOME the interim findings of the working group.
b) CONSULT parish councils on the draft ward pattern.

4. RESOLVED the Monitoring Officer to:
a) PREPARE a timetable for the public consultation.
b) REPORT back to the Committee in July.

5. RESOLVED that the working group's term be extended to December 2026.
"""


def test_a_council_committees_minutes_extract_under_a_report_title_gives_its_resolutions(tmp_path):
    found = _decisions(tmp_path, "annex-b.txt", COUNCIL_EXTRACT_TXT)
    for wording in ("WELCOME the interim findings", "CONSULT parish councils", "PREPARE a timetable",
                    "REPORT back to the Committee in July", "term be extended to December 2026"):
        assert any(wording in text for text in found), (wording, found)
    assert not any("spoke about" in text for text in found)


# A leisure trust's board: its resolutions as a web page, without attendance or apologies.
LEISURE_HTML = """<html><head><title>Harrowmere Leisure Trust - board business 14 May 2026</title></head><body>
<h1>Harrowmere Leisure Trust: board business, 14 May 2026</h1>
<h2>Pool reopening</h2>
<p>The Operations Director set out the repairs to the learner pool.</p>
<p>Resolved: to reopen the learner pool on 1 June 2026.</p>
<h2>Fees and charges</h2>
<p>Resolved that the junior swim fees be frozen for the year.</p>
<h2>Reserves</h2>
<p>Resolved: to hold three months of running costs in reserve.</p>
</body></html>"""


def test_a_leisure_trusts_board_resolutions_on_a_web_page_are_decisions(tmp_path):
    found = _decisions(tmp_path, "harrowmere-board.html", LEISURE_HTML)
    assert any("reopen the learner pool" in text for text in found), found
    assert any("junior swim fees be frozen" in text for text in found), found
    assert any("three months of running costs" in text for text in found), found


def test_a_parish_councils_resolutions_in_a_word_file_are_decisions(tmp_path):
    doc = docxgen.new("Parish Clerk", dt.datetime(2026, 3, 2, 9, 0))
    docxgen.banner(doc, "Oakhollow Parish Council")
    doc.add_paragraph("Business of the meeting on 2 March 2026")
    doc.add_paragraph("Play area: the Clerk reported two quotes for new swings.")
    doc.add_paragraph("RESOLVED that the lower quote from Brookside Play Ltd be accepted.")
    doc.add_paragraph("Bus shelter")
    doc.add_paragraph("RESOLVED to ask the county council to repair the roof.")
    doc.add_paragraph("RESOLVED that the precept for 2026/27 be set at £21,400.")
    found = _decisions(tmp_path, "oakhollow-pc.docx", doc)
    assert any("lower quote from Brookside Play Ltd" in text for text in found), found
    assert any("precept for 2026/27" in text for text in found), found


# -- negatives: one quoted resolution, a register's status column, ordinary report text --------------------

def test_a_report_quoting_one_past_resolution_is_no_decision_document():
    passages = passages_from_pieces(
        ("heading", "Report to Cabinet: Library opening hours"),
        ("paragraph", "1. Background"),
        ("paragraph", "RESOLVED that the opening hours be reviewed after a year."),
        ("paragraph", "2. The review found that Saturday mornings are the busiest time."),
        ("paragraph", "3. Cabinet is asked to approve the new hours in Appendix A."))
    assert resolution_record(passages) is None
    assert is_decision_document(passages) is None


def test_a_registers_resolved_status_rows_make_no_record_of_resolutions():
    passages = passages_from_pieces(
        ("heading", "Corporate risk register, quarter 3"),
        *[("table_row", f"R{n} | Resolved | Owner: Head of Estates") for n in range(1, 6)])
    assert resolution_record(passages) is None


def test_resolved_in_ordinary_text_does_not_count():
    passages = passages_from_pieces(
        ("heading", "Performance report"),
        ("paragraph", "Resolved complaints rose to 92% in the quarter."),
        ("paragraph", "Resolved issues are closed on the log after a month."),
        ("paragraph", "Resolved by the contractor within two weeks in most cases."),
        ("paragraph", "The Board resolved in 2024 to publish these figures."))
    assert resolution_record(passages) is None


# -- one mechanism for a lead-in that keeps its list, driven by the rule file -------------------------------

def test_the_lead_ins_that_keep_their_list_and_which_lines_come_from_the_rule_file():
    from committee_papers.extract.decision_rules import KEPT_LINES
    kept = rules().keeps_its_list
    assert kept.get("role_assigned") == "lines" and kept.get("elected") == "names"
    assert set(kept.values()) <= set(KEPT_LINES)


def test_an_unknown_kind_of_kept_list_is_refused_with_the_rule_named():
    from committee_papers.extract.decision_rules import _kept_lines
    with pytest.raises(ValueError, match="elected_badly"):
        _kept_lines({"id": "elected_badly", "keeps_its_list": "everything"})
    assert _kept_lines({"id": "x"}) is None


# -- small bodies' minutes: note-form outcomes, a put matter's mover and seconder, agendas agreed ------------

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_board18_small_body_minutes import table_minutes  # noqa: E402
from test_decisions import decisions_of_any_body  # noqa: E402

SENTENCES = {entry["id"]: entry for entry in yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))["sentences"]}


@pytest.mark.parametrize("rule_id", ["passive_moved_and_decided", "note_form_outcome"])
def test_the_new_sentence_rules_not_examples_decide_nothing(rule_id):
    for example in SENTENCES[rule_id]["not_examples"]:
        assert not [d for d in decisions_of_any_body(("paragraph", example)) if d.rule == rule_id], example


@pytest.mark.parametrize("cell, wording, rule_id", [
    # a leisure trust's board, minutes as a table: the item's title, then its note-form outcome
    ("Chief Executive's update\nWritten report noted.", "Written report noted", "note_form_outcome"),
    # an ICB committee's action notes
    ("Estates strategy\nVerbal update received.", "Verbal update received", "note_form_outcome"),
    # a parish council's minutes
    ("Terms of reference\nRevised terms of reference approved as circulated.", "Revised terms of reference approved",
     "note_form_outcome"),
    # a charity's trustees: the matter put, its mover and seconder, agreed
    ("Equipment\nA request for two new laptops for the volunteers' office was proposed by KT, seconded by RB "
     "and agreed.", "two new laptops", "passive_moved_and_decided"),
    # a town council: a grant put and carried
    ("Grants\nA grant of £300 to the carnival committee was moved by Cllr Imm, seconded by Cllr Dow and carried.",
     "grant of £300 to the carnival committee", "passive_moved_and_decided"),
    # a trust board: an agenda settled at the meeting
    ("Board development day\nThe draft agenda for the development day was agreed.", "draft agenda for the development day",
     "passive_item"),
])
def test_small_bodies_note_form_and_put_matters_are_decisions(cell, wording, rule_id):
    found = table_minutes(cell)
    assert any(wording in d.text and d.rule == rule_id for d in found), [(d.rule, d.text) for d in found]


@pytest.mark.parametrize("paragraph, wording", [
    ("The Chair thanked the Treasurer for the figures and it was proposed by RT, seconded by MK and agreed that the "
     "float be raised to £150.", "float be raised to £150"),
    ("After a long debate it was proposed by the Vice-Chair, seconded by Dr Iqbal, and agreed unanimously ‘That the "
     "annual plan be approved.’", "annual plan be approved"),
    ("The Clerk read out the bowls club's letter, and it was moved by Cllr Vale, seconded by Cllr Aziz and carried "
     "that the lease be renewed.", "lease be renewed"),
])
def test_a_motion_moved_seconded_and_agreed_after_a_clause_or_in_quotes_is_a_decision(paragraph, wording):
    found = decisions_of_any_body(("paragraph", paragraph))
    assert any(wording in d.text and d.rule == "moved_and_decided" for d in found), found


@pytest.mark.parametrize("paragraph", [
    "The Treasurer proposed that all trustees are invited to the volunteers' lunch. This was agreed.",
    "The Chair of Audit asked that the directors are invited to the audit planning meeting. This was agreed.",
    "Cllr Hale proposed that residents are invited to attend the open day. This was agreed.",
])
def test_people_invited_to_a_meeting_or_event_is_no_body_asked_to_decide(paragraph):
    assert decisions_of_any_body(("paragraph", paragraph)), paragraph


@pytest.mark.parametrize("paragraph", [
    "The Committee is asked to note the report.",
    "Members are invited to approve the revised fees.",
    "The Board is requested to endorse the plan.",
])
def test_a_body_asked_to_decide_is_still_no_decision(paragraph):
    assert not decisions_of_any_body(("paragraph", paragraph)), paragraph


@pytest.mark.parametrize("cell, expected", [
    ("Chief Executive's update\nWritten report noted.", "Chief Executive's update: Written report noted."),
    ("Safeguarding briefing\nVerbal update received.", "Safeguarding briefing: Verbal update received."),
    ("Treasurer's report\nReport noted.", "Treasurer's report: Report noted."),
])
def test_a_note_form_outcome_naming_only_the_items_paper_is_led_by_the_items_title(cell, expected):
    assert expected in [d.text for d in table_minutes(cell)]


# -- a report whose numbered body has begun quotes earlier decisions: no decision document -----------------

def _report(*body, first_heading="1. Introduction"):
    cover_lines = [("paragraph", "From: Cabinet Member for Leisure"), ("paragraph", "To: Full Council - 4 June 2026"),
                   ("paragraph", "Subject: Swimming pool future - supplementary paper"), ("heading", first_heading),
                   *[("paragraph", f"1.{n} The pool has served the town for forty years and needs repair.")
                     for n in range(1, 12)]]
    return passages_from_pieces(*cover_lines, *body)


@pytest.mark.parametrize("first_heading, history", [
    # a council's supplementary paper quoting an earlier key decision by its reference
    ("1. Introduction", ("paragraph", "Decision - 25/00412 - Leisure Centre Contract Extension.")),
    # a trust's board paper telling how an earlier decision was taken
    ("1. Purpose of the report", ("paragraph", "Decision taken as follows: the Board approved the outline case.")),
    # an ICB committee's background paper naming a decision of another body
    ("2 Background", ("paragraph", "Decisions of the Primary Care Committee, 3 March 2026, are set out below.")),
])
def test_a_reports_body_quoting_an_earlier_decision_is_no_decision_document(first_heading, history):
    assert is_decision_document(_report(history, first_heading=first_heading)) is None


def test_a_decision_pages_label_after_its_navigation_still_makes_it_a_decision_document():
    navigation = [("paragraph", f"Menu link {n}") for n in range(1, 17)]
    passages = passages_from_pieces(*navigation, ("paragraph", "Decision - Award of the leisure management contract"))
    assert is_decision_document(passages) == "decision_record_title"
