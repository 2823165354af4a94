"""Decisions from fictional minutes, decision records and decision pages, read through the real readers."""
from __future__ import annotations

import sqlite3

import pytest
import yaml
from click.testing import CliRunner

from committee_papers.cli import cli
from committee_papers.pipeline import read_and_extract
from committee_papers.extract.decision_documents import decided_by_label, is_decision_document, is_resolution
from committee_papers.extract.decision_rules import RULES_PATH, rules
from committee_papers.extract.decisions import find_decisions, outcome_of
import pdfgen
from committee_papers.ingest.model import Passage
from fictional_paper import passages_from_pieces

RULES = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
MINUTES_HEADING = "Minutes of the Brackenford Council Cabinet held on 11 March 2025"
RECORD_HEADING = "Record of Decisions of the Brackenford Council Cabinet, 11 March 2025"
RECORDS_ONLY = {entry["id"]: bool(entry.get("records_only")) for entry in RULES["sentences"]}


passages_of = passages_from_pieces


def decisions_in(*pieces, committee="Cabinet"):
    return find_decisions(passages_of(("heading", MINUTES_HEADING), *pieces), committee=committee)


def decisions_of_any_body(*pieces):
    """Decisions of a meeting whose kind of body is not known (the examples name boards,
    committees and cabinets alike; a Cabinet's minutes would take "The Board NOTED ..." as another
    body's business)."""
    return decisions_in(*pieces, committee="the meeting")


def extract_file(path):
    _document, _passages, extraction = read_and_extract(str(path))
    return extraction


# -- the rule file's examples are tests -----------------------------------------------------

def _examples(kind):
    return [(entry["id"], example) for entry in RULES[kind] for example in entry["examples"]]


@pytest.mark.parametrize("rule_id,example", _examples("labels") + _examples("sentences"))
def test_every_cue_example_gives_a_decision_made_by_its_rule(rule_id, example):
    item = [("list_item", "(a) noted the annual report of the Director of Public Health.")]
    # A lead-in ("The Board:") is a decision only with the items under it.
    pieces = [("paragraph", example), *(item if example.rstrip(":-").strip() != example else [])]
    if RECORDS_ONLY.get(rule_id):   # a rule that decides only in a record of decisions
        found = find_decisions(passages_of(("heading", RECORD_HEADING), *pieces), committee="the meeting")
    else:
        found = decisions_of_any_body(*pieces)
    assert found, example
    assert {d.rule for d in found} == {rule_id}, example
    # The meeting's committee, unless the wording names the decision-maker.
    assert all(d.decided_by == "the meeting" or d.decided_by in example for d in found)


@pytest.mark.parametrize("rule_id,example", [(entry["id"], example) for entry in RULES["sentences"]
                                             for example in entry.get("not_examples") or ()])
def test_no_sentence_rule_decides_its_not_examples(rule_id, example):
    # A decision recalled from an earlier meeting is no decision of this one.
    assert decisions_of_any_body(("paragraph", example)) == [], example


@pytest.mark.parametrize("rule_id,example", [(entry["id"], example) for entry in RULES["labels"]
                                             for example in entry.get("not_examples") or ()])
def test_no_label_rule_matches_or_decides_its_not_examples(rule_id, example):
    pattern = next(r.regex for r in rules().labels if r.id == rule_id)
    assert not pattern.search(example), (rule_id, example)
    assert rule_id not in {d.rule for d in decisions_of_any_body(("paragraph", example))}, example


@pytest.mark.parametrize("rule_id,example", _examples("sections"))
def test_every_section_heading_example_opens_a_decision_section(rule_id, example):
    found = decisions_in(("heading", example),
                         ("paragraph", "To approve the lease of the Old Market Hall to Eastgate Arts CIC."),
                         ("heading", "Reasons for the decision"),
                         ("paragraph", "The hall has stood empty since 2023."))
    assert [(d.text, d.rule) for d in found] == [
        ("To approve the lease of the Old Market Hall to Eastgate Arts CIC.", rule_id)]


@pytest.mark.parametrize("rule_id,example", _examples("columns"))
def test_every_column_example_makes_its_cells_decisions(rule_id, example):
    header = ["Item", example]
    found = find_decisions(passages_of(("heading", MINUTES_HEADING)) + [
        Passage(2, "table_row", "x", 1, None, None, cells=["4", "Approved the revised fees and charges for 2025/26."],
                header=header)])
    assert [(d.text, d.rule) for d in found] == [("Approved the revised fees and charges for 2025/26.", rule_id)]


@pytest.mark.parametrize("rule_id,example", _examples("not_decisions"))
def test_every_not_a_decision_example_gives_nothing(rule_id, example):
    assert decisions_in(("paragraph", example)) == [], (rule_id, example)


@pytest.mark.parametrize("rule_id,example", _examples("not_decision_headings"))
def test_sentences_under_reasons_and_options_headings_are_not_decisions(rule_id, example):
    found = decisions_in(("heading", example),
                         ("paragraph", "Rejected the option of extending the current framework for a year."))
    assert found == [], example


@pytest.mark.parametrize("outcome,example",
                         [(entry["outcome"], example) for entry in RULES["outcomes"] for example in entry["examples"]])
def test_every_outcome_example_gets_its_outcome(outcome, example):
    assert outcome_of(example) == outcome


@pytest.mark.parametrize("rule_id,example", _examples("documents"))
def test_every_document_example_makes_a_decision_document(rule_id, example):
    assert is_decision_document(passages_of(("heading", example))) == rule_id


@pytest.mark.parametrize("rule_id,example", _examples("decided_by_labels"))
def test_every_decided_by_label_example_names_the_decision_maker(rule_id, example):
    value = example.split(":", 1)[1].strip()
    assert decided_by_label(passages_of(("paragraph", example))) == value


def test_a_report_is_not_a_decision_document():
    report = passages_of(("heading", "Report to Cabinet: Library Service Review"),
                         ("heading", "Recommendations"),
                         ("paragraph", "The Cabinet is asked to approve the library service review."),
                         ("paragraph", "On 3 March 2024 the Cabinet RESOLVED to consult on the review."),
                         ("paragraph", "The Board APPROVED the strategy in 2023."))
    assert is_decision_document(report) is None
    assert find_decisions(report, committee="Cabinet") == []


def test_a_proposed_record_of_decision_is_not_a_decision_document():
    proposed = passages_of(("heading", "Proposed Record of Decision"),
                           ("heading", "Decision:"),
                           ("paragraph", "As Cabinet Member for Highways, I propose to:"),
                           ("paragraph", "APPROVE the winter service plan for 2025/26."))
    assert find_decisions(proposed) == []


# -- a TXT set of minutes ---------------------------------------------------------------------

MINUTES_TXT = """\
Brackenford Council

Minutes of the Cabinet held on 11 March 2025

Present: Councillor A Reyes (Chair), Councillors B Okafor, C Lindqvist and D Marsh

1. Apologies for Absence

Apologies were received from Councillor E Varga.

2. Minutes of the Previous Meeting

The minutes of the meeting held on 11 February 2025 were approved as a correct record and signed by the Chair.

3. Library Service Review

The Cabinet considered a report of the Director of Communities on the library service review.

Members discussed the proposed reduction in opening hours at Eastgate Library.

Councillor Marsh moved an amendment that the opening hours at Eastgate Library be kept. The amendment was lost.

RESOLVED - (1) that the library service review be approved; (2) that authority be delegated to the Director of Communities to agree the new opening hours; and (3) that consideration of the mobile library service be deferred to the June meeting.

4. Household Waste Collection Contract

The Director of Environment introduced the report. The recommendations were carried unanimously.

RESOLVED:

(a) to award the household waste collection contract to Greenway Environmental Ltd for seven years from 1 October 2025;

(b) to note the savings of £420,000 a year set out in the report; and

(c) to reject the option of bringing the service in-house.

5. Budget Monitoring Quarter 3

The Cabinet NOTED the forecast revenue position for 2024/25.

6. Motion on Rural Speed Limits

Councillor Okafor moved a motion calling for 40mph limits on all rural B roads. The motion was lost.

7. Urgent Business

It was agreed that the Chair write to the Secretary of State about rural bus funding.

The meeting ended at 8.10 pm.
"""


@pytest.fixture
def minutes_txt(tmp_path):
    path = tmp_path / "brackenford-council_2025-03-11_cabinet_minutes.txt"
    path.write_text(MINUTES_TXT, encoding="utf-8")
    return path


def test_txt_minutes_give_one_decision_per_resolution_and_item(minutes_txt):
    extraction = extract_file(minutes_txt)
    got = [(d.number, d.text, d.outcome, d.rule) for d in extraction.decisions]
    assert got == [
        (None, "The minutes of the meeting held on 11 February 2025 were approved as a correct record and signed "
               "by the Chair.", "approved", "minutes_confirmed"),
        ("(1)", "that the library service review be approved", "approved", "resolved"),
        ("(2)", "that authority be delegated to the Director of Communities to agree the new opening hours",
         "delegated", "resolved"),
        ("(3)", "that consideration of the mobile library service be deferred to the June meeting.", "deferred",
         "resolved"),
        ("(a)", "to award the household waste collection contract to Greenway Environmental Ltd for seven years "
                "from 1 October 2025", "approved", "resolved"),
        ("(b)", "to note the savings of £420,000 a year set out in the report", "noted", "resolved"),
        ("(c)", "to reject the option of bringing the service in-house.", "rejected", "resolved"),
        (None, "The Cabinet NOTED the forecast revenue position for 2024/25.", "noted", "body_decided"),
        (None, "It was agreed that the Chair write to the Secretary of State about rural bus funding.", "agreed",
         "it_was_decided"),
    ]
    # The minutes' committee decided them all.
    assert {d.decided_by for d in extraction.decisions} == {extraction.committee} == {"Cabinet"}


def test_lost_motions_discussion_and_carried_recommendations_are_not_decisions(minutes_txt):
    texts = " ".join(d.text for d in extract_file(minutes_txt).decisions)
    assert "Eastgate" not in texts            # the lost amendment
    assert "40mph" not in texts               # the lost motion
    assert "discussed" not in texts
    assert "carried" not in texts
    assert "considered a report" not in texts


# -- an HTML decision page (ModernGov layout) ---------------------------------------------------

DECISION_PAGE_HTML = """\
<html><head><title>Decision - Home care framework award</title></head>
<body>
<h1>Decision details</h1>
<h2>Home care framework award</h2>
<p>Decision Maker: Cabinet Member for Adult Social Care</p>
<p>Decision status: Recommendations Approved</p>
<p>Is Key decision?: Yes</p>
<h3>Purpose:</h3>
<p>To award places on the Harrowfield home care framework from July 2025.</p>
<h3>Decision:</h3>
<p>i. Approved the award of places on the home care framework to the six providers listed in the report.</p>
<p>ii. Delegated authority to the Director of Adult Social Care to call off care packages from the framework.</p>
<p>iii. Noted the equality impact assessment at Appendix C.</p>
<h3>Reasons for the decision:</h3>
<p>The current framework expires on 30 June 2025.</p>
<h3>Alternative options considered:</h3>
<p>Rejected the option of extending the current framework for a further year, as it has no extension left.</p>
<p>Publication date: 14/03/2025</p>
<p>Date of decision: 14/03/2025</p>
</body></html>
"""


def test_html_decision_page_gives_its_decision_section_with_the_decision_maker(tmp_path):
    path = tmp_path / "harrowfield-mbc_2025-03-14_decision_home-care-framework.html"
    path.write_text(DECISION_PAGE_HTML, encoding="utf-8")
    got = [(d.number, d.text, d.outcome, d.decided_by) for d in extract_file(path).decisions]
    maker = "Cabinet Member for Adult Social Care"
    assert got == [
        ("(i)", "Approved the award of places on the home care framework to the six providers listed in the report.",
         "approved", maker),
        ("(ii)", "Delegated authority to the Director of Adult Social Care to call off care packages from the "
                 "framework.", "delegated", maker),
        ("(iii)", "Noted the equality impact assessment at Appendix C.", "noted", maker),
    ]


# -- a PDF record of decision -------------------------------------------------------------------

def build_record_pdf(path):
    pdf = pdfgen.Paper(running_header="North Mercia Integrated Care Board")
    pdf.add_page()
    pdfgen.heading(pdf, "North Mercia Integrated Care Board - Record of Decision", size=14)
    pdfgen.paragraph(pdf, "Decision taken by: Chief Finance Officer, North Mercia ICB")
    pdfgen.paragraph(pdf, "Date of decision: 2 June 2025")
    pdfgen.heading(pdf, "Title: Community equipment service contract extension")
    pdfgen.heading(pdf, "Decision:")
    pdfgen.paragraph(pdf, "I have decided to:")
    pdfgen.paragraph(pdf, "1. Extend the community equipment service contract with Ableway Equipment Ltd by "
                          "twelve months to 31 March 2027.")
    pdfgen.paragraph(pdf, "2. Approve the additional cost of £310,000 for the extension year.")
    pdfgen.paragraph(pdf, "3. Delegate authority to the Director of Contracting to agree the variation.")
    pdfgen.heading(pdf, "Reasons for the decision:")
    pdfgen.paragraph(pdf, "The procurement of a new service will not be complete before the current contract ends.")
    pdfgen.heading(pdf, "Alternative options considered and rejected:")
    pdfgen.paragraph(pdf, "Let the contract end: rejected because no equipment service would be in place.")
    return pdfgen.save(pdf, path)


def test_pdf_record_of_decision_gives_numbered_decisions_of_the_named_decision_maker(tmp_path):
    path = build_record_pdf(tmp_path / "north-mercia-icb_2025-06-02_record-of-decision_equipment.pdf")
    got = [(d.number, d.text, d.outcome, d.decided_by) for d in extract_file(path).decisions]
    maker = "Chief Finance Officer, North Mercia ICB"
    assert got == [
        ("1", "Extend the community equipment service contract with Ableway Equipment Ltd by twelve months to "
              "31 March 2027.", "agreed", maker),
        ("2", "Approve the additional cost of £310,000 for the extension year.", "approved", maker),
        ("3", "Delegate authority to the Director of Contracting to agree the variation.", "delegated", maker),
    ]


# -- more wordings, as passages -------------------------------------------------------------------

def test_first_person_lead_in_names_the_cabinet_member_and_its_items_are_decisions():
    found = find_decisions(passages_of(
        ("heading", "Wessex County Council - Record of Decision"),
        ("paragraph", "Decision taken by: Councillor Ann Holt"),
        ("heading", "Decision:"),
        ("paragraph", "As Cabinet Member for Highways and Transport, I agree to:"),
        ("paragraph", "APPROVE the winter service plan for 2025/26."),
        ("paragraph", "DELEGATE authority to the Director of Highways to agree salt supply contracts."),
        ("heading", "Reason(s) for decision:"),
        ("paragraph", "The plan must be in place by 1 October."),
    ))
    assert [(d.text, d.outcome, d.decided_by) for d in found] == [
        ("APPROVE the winter service plan for 2025/26.", "approved", "Cabinet Member for Highways and Transport"),
        ("DELEGATE authority to the Director of Highways to agree salt supply contracts.", "delegated",
         "Cabinet Member for Highways and Transport"),
    ]


def test_resolved_lead_in_with_lettered_items_and_a_summary_repeating_them():
    found = decisions_in(
        ("paragraph", "3. RESOLVED that the Board agree to:"),
        ("list_item", "a) Note the month 9 financial position."),
        ("list_item", "b) Approve the capital programme changes."),
        ("paragraph", "4. Any Other Business"),
        ("heading", "Summary of decisions The Board RESOLVED:"),
        ("paragraph", "1. Noted the month 9 financial position."),
        ("paragraph", "2. Approved the capital programme changes."),
        committee="North Mercia ICB Board",
    )
    assert [(d.number, d.text, d.outcome) for d in found] == [
        ("(a)", "Note the month 9 financial position.", "noted"),
        ("(b)", "Approve the capital programme changes.", "approved"),
    ]
    assert {d.decided_by for d in found} == {"North Mercia ICB Board"}


def test_an_item_with_sub_items_is_their_heading_and_run_in_items_are_split():
    found = decisions_in(
        ("heading", "It was APPROVED:"),
        ("paragraph", "1. Approved the parking review for consultation."),
        ("heading", "2. Residents Parking"),
        ("paragraph", "a. Approved a first permit charge of £60. b. Approved a visitor permit charge of £2 a day."),
        ("paragraph", "On being put to the vote the recommendation was CARRIED unanimously."),
    )
    assert [(d.number, d.text) for d in found] == [
        ("1", "Approved the parking review for consultation."),
        ("(a)", "Approved a first permit charge of £60."),
        ("(b)", "Approved a visitor permit charge of £2 a day."),
    ]
    assert {d.outcome for d in found} == {"approved"}


def test_subject_lead_in_names_who_decided_and_a_sub_heading_does_not_end_the_list():
    found = decisions_in(
        ("heading", "It was APPROVED; That the Committee for Housing and Communities"),
        ("paragraph", "1. Approved the tenancy strategy 2025-30."),
        ("heading", "Contractual:"),
        ("paragraph", "2. Authorised the Director of Housing to award the repairs contract."),
        ("heading", "9 Work Programme"),
        ("paragraph", "The Committee considered its work programme."),
        committee="Housing Committee",
    )
    assert [(d.number, d.outcome, d.decided_by) for d in found] == [
        ("1", "approved", "Committee for Housing and Communities"),
        ("2", "delegated", "Committee for Housing and Communities"),
    ]


def test_decision_and_resolved_labels_in_a_table_of_minutes():
    found = find_decisions([
        Passage(1, "heading", "Minutes of the Wealdmoor Hospitals Trust Board", 1, None, None),
        Passage(2, "table_header", "Item | Discussion | Decision", 1, None, None,
                cells=["Item", "Discussion", "Decision"]),
        Passage(3, "table_row", "x", 1, None, None,
                cells=["5", "The Chief Nurse presented the safe staffing review.",
                       "The Board APPROVED the nurse staffing establishment for 2025/26."],
                header=["Item", "Discussion", "Decision"]),
        Passage(4, "table_row", "x", 2, None, None,
                cells=["6", "The Board NOTED the maternity incentive scheme return.", ""],
                header=["Item", "Discussion", "Decision"]),
    ], committee="Trust Board")
    assert [(d.text, d.outcome, d.page) for d in found] == [
        ("The Board APPROVED the nurse staffing establishment for 2025/26.", "approved", 1),
        ("The Board NOTED the maternity incentive scheme return.", "noted", 2),
    ]


def test_members_discussed_and_a_motion_lost_give_nothing():
    assert decisions_in(("paragraph", "Members discussed the bus service improvement plan at length."),
                        ("paragraph", "The motion was lost."),
                        ("paragraph", "The Committee is asked to note the report.")) == []


# -- end to end -------------------------------------------------------------------------------------

def test_cli_ingest_stores_decisions_and_the_latest_decisions_query_reads_them(minutes_txt, db_path):
    import yaml

    from committee_papers.publish import metadata_path

    query = yaml.safe_load(metadata_path().read_text())["databases"]["papers"]["queries"]["latest_decisions"]["sql"]
    result = CliRunner().invoke(cli, ["ingest", str(minutes_txt), "--db", str(db_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db_path)
    rows = conn.execute("select number, text, outcome, decided_by, rule, page, passage_id from decisions "
                        "order by id").fetchall()
    assert len(rows) == 9
    assert rows[1][:5] == ("(1)", "that the library service review be approved", "approved", "Cabinet", "resolved")
    assert all(r[6] is not None for r in rows)
    assert conn.execute("select count(*) from decisions_fts where decisions_fts match 'Greenway'").fetchone()[0] == 1
    cursor = conn.execute(query)
    columns = [c[0] for c in cursor.description]
    latest = cursor.fetchall()
    assert {"meeting_date", "committee", "document", "number", "document_id", "page", "outcome", "decided_by",
            "text", "atom_id", "atom_title", "atom_updated"} <= set(columns)
    assert len(latest) == 9
    assert latest[0][columns.index("meeting_date")] == "2025-03-11"


# -- a DOCX set of NHS board minutes -------------------------------------------------------------

def build_board_minutes_docx(path):
    import docx

    document = docx.Document()
    document.add_paragraph("Wealdmoor Hospitals NHS Foundation Trust", style="Title")
    document.add_heading("Minutes of the Board of Directors meeting held in public on 5 June 2025", level=1)
    document.add_heading("BD/25/045 Integrated Performance Report", level=2)
    document.add_paragraph("The Chief Operating Officer presented the report, highlighting the improvement in "
                           "the four-hour standard.")
    document.add_paragraph("The Board NOTED the report and the actions being taken.")
    document.add_heading("BD/25/046 Annual Plan 2025/26", level=2)
    document.add_paragraph("Resolved: The Board APPROVED the Annual Plan 2025/26 for submission to NHS England.")
    document.add_paragraph("ACTION: Director of Finance to circulate the final plan.")
    document.add_heading("BD/25/047 Charitable Funds", level=2)
    document.add_paragraph("The Board:")
    for item in ("ratified the charitable funds annual accounts for 2024/25;",
                 "delegated authority to the Audit Committee to approve the annual report; and",
                 "asked for a report on legacy income in the autumn."):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("BD/25/048 Freedom to Speak Up", level=2)
    document.add_paragraph("The Board discussed the themes in concerns raised by staff.")
    document.add_paragraph("A motion to hold the next meeting in Eastbridge was not carried.")
    document.save(str(path))
    return path


def test_docx_board_minutes_give_noted_approved_and_lead_in_items(tmp_path):
    path = build_board_minutes_docx(tmp_path / "wealdmoor-hft_2025-06-05_board_minutes.docx")
    extraction = extract_file(path)
    assert [(d.text, d.outcome, d.rule) for d in extraction.decisions] == [
        ("The Board NOTED the report and the actions being taken.", "noted", "body_decided"),
        ("The Board APPROVED the Annual Plan 2025/26 for submission to NHS England.", "approved", "resolved"),
        ("ratified the charitable funds annual accounts for 2024/25", "approved", "body_lead_in"),
        ("delegated authority to the Audit Committee to approve the annual report", "delegated", "body_lead_in"),
    ]
    # An action, a request for a report, discussion and a motion not carried are not decisions.
    assert not any(word in d.text for d in extraction.decisions for word in ("circulate", "legacy", "Eastbridge"))


# -- more TXT layouts -----------------------------------------------------------------------------

HWB_MINUTES_TXT = """\
Wessex County Council

Minutes of the Health and Wellbeing Board held on 9 July 2025

12. Joint Local Health and Wellbeing Strategy

The Board received a report from the Director of Public Health.

Resolved:-

1. That the Board approves the Joint Local Health and Wellbeing Strategy.

2. That an annual progress report be brought to the Board.

13. Pharmaceutical Needs Assessment

RESOLVED (unanimously) - That the Pharmaceutical Needs Assessment 2025 be published.

14. Date of next meeting

The next meeting will be held on 8 October 2025.
"""

DECISION_NOTICE_TXT = """\
Anglemere District Council

Cabinet Member Decision Notice

Decision Maker: Councillor Jo Bright, Cabinet Member for Environment

Subject: Flood alleviation scheme, Riverside

Decision:

To approve the allocation of £450,000 from the flood reserve to the Riverside flood alleviation scheme.

Reasons for the decision:

The scheme protects 140 homes. Approved by the Environment Agency in 2024.

Alternative options considered:

Do nothing: rejected as the flood risk would remain.
"""


def test_txt_resolved_with_numbered_paragraphs_and_an_inline_resolution(tmp_path):
    path = tmp_path / "wessex-cc_2025-07-09_hwb_minutes.txt"
    path.write_text(HWB_MINUTES_TXT, encoding="utf-8")
    extraction = extract_file(path)
    assert [(d.number, d.text, d.outcome, d.decided_by) for d in extraction.decisions] == [
        ("1", "That the Board approves the Joint Local Health and Wellbeing Strategy.", "approved",
         "Health and Wellbeing Board"),
        ("2", "That an annual progress report be brought to the Board.", "other", "Health and Wellbeing Board"),
        (None, "the Pharmaceutical Needs Assessment 2025 be published.", "other", "Health and Wellbeing Board"),
    ]


def test_txt_decision_notice_gives_the_labelled_decision_maker_and_not_its_reasons(tmp_path):
    path = tmp_path / "anglemere-dc_2025-04-02_decision-notice_flood-scheme.txt"
    path.write_text(DECISION_NOTICE_TXT, encoding="utf-8")
    assert [(d.text, d.outcome, d.decided_by) for d in extract_file(path).decisions] == [
        ("To approve the allocation of £450,000 from the flood reserve to the Riverside flood alleviation scheme.",
         "approved", "Councillor Jo Bright, Cabinet Member for Environment"),
    ]


def test_a_decisions_table_gives_each_row_its_decision_maker():
    header = ["Date", "Title", "Decision", "Decision maker"]
    rows = [["3 March 2025", "Library opening hours", "Approved the new opening hours for Eastgate Library.",
             "Director of Communities"],
            ["7 March 2025", "Allotment rents", "Deferred the allotment rent increase to 2026/27.",
             "Cabinet Member for Environment"]]
    found = find_decisions([Passage(1, "heading", "Record of Officer Decisions", 1, None, None)] + [
        Passage(i, "table_row", " | ".join(row), 1, None, None, cells=row, header=header)
        for i, row in enumerate(rows, start=2)])
    assert [(d.text, d.outcome, d.decided_by, d.rule) for d in found] == [
        ("Approved the new opening hours for Eastgate Library.", "approved", "Director of Communities",
         "decision_column"),
        ("Deferred the allotment rent increase to 2026/27.", "deferred", "Cabinet Member for Environment",
         "decision_column"),
    ]


def test_a_record_of_decision_laid_out_as_a_label_value_table():
    rows = [["Decision maker", "Director of Place"],
            ["Subject", "Eastbridge bus station lease"],
            ["Decision", "(a) To approve a ten year lease of Eastbridge bus station to Mercia Buses Ltd. "
                         "(b) To note the rent of £24,000 a year."],
            ["Reasons", "The operator has run the station under licence since 2019."]]
    found = find_decisions([Passage(1, "heading", "Officer Decision Record", 1, None, None)] + [
        Passage(i, "table_row", " | ".join(row), 1, None, None, cells=row, header=[])
        for i, row in enumerate(rows, start=2)])
    assert [(d.number, d.text, d.outcome, d.decided_by) for d in found] == [
        ("(a)", "To approve a ten year lease of Eastbridge bus station to Mercia Buses Ltd.", "approved",
         "Director of Place"),
        ("(b)", "To note the rent of £24,000 a year.", "noted", "Director of Place"),
    ]


# -- minutes by their evidence, outcome lines, outcome-only cells, page titles -------------------

@pytest.mark.parametrize("rule_id,example", _examples("minute_evidence"))
def test_every_minute_evidence_example_is_recognised_by_its_rule(rule_id, example):
    assert [r.id for r in rules().minute_evidence if r.regex.search(example)][:1] == [rule_id]


@pytest.mark.parametrize("pieces", [
    # Two different kinds of evidence, wherever they are, make minutes without a minutes title.
    [("heading", "Fenmoor Allotments Association"), ("heading", "Committee meeting, 4 May 2025"),
     ("paragraph", "Apologies were received from the Treasurer."),
     ("paragraph", "Trustees agreed to raise plot rents by 3% from October."),
     ("paragraph", "The meeting closed at 8.55 pm.")],
    [("heading", "Kestrel Bay Rowing Club Ltd - Board"),
     ("paragraph", "No declarations of interest were made."),
     ("paragraph", "The minutes of the last meeting were approved."),
     ("paragraph", "The Board approved the purchase of two new coxless fours.")],
    [("heading", "Ashby Vale Community Energy"), ("paragraph", "Directors present: R Cole, S Dyer"),
     ("paragraph", "There were no apologies."),
     ("paragraph", "It was agreed that the share offer open on 1 June 2025.")],
])
def test_minutes_are_known_by_their_evidence_without_a_minutes_title(pieces):
    passages = passages_of(*pieces)
    assert is_decision_document(passages) in ("minute_evidence", "attendance_block")
    decided = pieces[-2][1] if "closed" in pieces[-1][1] else pieces[-1][1]
    assert decided in [d.text for d in find_decisions(passages)]


def test_an_agenda_lists_items_but_records_nothing_so_it_is_not_minutes():
    agenda = passages_of(("heading", "Agenda: Licensing Committee, 9 June 2025"),
                         ("paragraph", "1. Apologies for absence"), ("paragraph", "2. Declarations of interest"),
                         ("paragraph", "3. Minutes of the previous meeting"),
                         ("paragraph", "4. Premises licence review: The Committee is asked to determine the review."))
    assert is_decision_document(agenda) is None
    assert find_decisions(agenda) == []


@pytest.mark.parametrize("lead", ["The Clerk read out the item and said: ", "Cllr Rowe remarked that ",
                                  "Asked about the minutes, a member replied "])
@pytest.mark.parametrize("rule_id,line", [(entry["id"], example[1]) for entry in RULES["outcome_lines"]
                                          for example in entry["examples"]])
def test_every_outcome_line_alternative_is_anchored_at_the_lines_start(lead, rule_id, line):
    # (`I can see nods round the table` was an alternative without its `^`: a search found it mid-line.)
    rule = next(r for r in rules().outcome_lines if r.id == rule_id)
    assert rule.regex.search(lead + line) is None
    assert rule.regex.match(line)


@pytest.mark.parametrize("rule_id,proposal,line", [
    (entry["id"], example[0], example[1]) for entry in RULES["outcome_lines"] for example in entry["examples"]
])
def test_an_outcome_line_makes_the_proposal_before_it_the_decision(rule_id, proposal, line):
    # On a line of its own, or as the sentence after the proposal in one paragraph.
    for pieces in ([("paragraph", proposal), ("paragraph", line)], [("paragraph", f"{proposal} {line}")]):
        found = decisions_in(("heading", "7. Item"), *pieces)
        assert [d.rule for d in found] == [rule_id], pieces
        # The proposer is not part of the decision; what was proposed is.
        assert not found[0].text.lower().startswith(("the treasurer", "it was", "cllr", "ann "))
        assert proposal.split()[-2] in found[0].text


@pytest.mark.parametrize("line", ["Lost.", "Not carried", "Withdrawn."])
def test_a_lost_or_withdrawn_proposal_is_no_decision(line):
    assert decisions_in(("paragraph", "Cllr Hale moved that the allotment rents be frozen for 2026."),
                        ("paragraph", line)) == []


def test_an_outcome_line_under_an_item_heading_approves_the_item():
    found = decisions_in(("heading", "9. Reserves policy 2025"), ("paragraph", "Agreed."))
    assert [(d.text, d.outcome) for d in found] == [("Reserves policy 2025: Agreed.", "agreed")]


@pytest.mark.parametrize("item,cell,expected", [
    ("BoD/25/021 Register of use of the Trust seal", "Approved", "Register of use of the Trust seal: Approved"),
    ("4.2 Quality Committee terms of reference", "Approved with one change to the membership",
     "Quality Committee terms of reference: Approved with one change to the membership"),
    ("Board Assurance Framework Q3", "Noted", "Board Assurance Framework Q3: Noted"),
    ("Harbour office lease", "Deferred to December meeting", "Harbour office lease: Deferred to December meeting"),
    ("Estates strategy", "Deferred to the next meeting", "Estates strategy: Deferred to the next meeting"),
    ("Volunteer policy", "Deferred until the policy review is complete",
     "Volunteer policy: Deferred until the policy review is complete"),
])
def test_an_outcome_only_cell_of_a_decision_log_names_the_rows_item(item, cell, expected):
    header = ["Item", "Decision", "Owner"]
    found = find_decisions(passages_of(("heading", MINUTES_HEADING)) + [
        Passage(2, "table_row", "x", 1, None, None, cells=[item, cell, "Trust Secretary"], header=header)])
    assert [d.text for d in found] == [expected]


@pytest.mark.parametrize("cells", [
    ["Fees", "Approved the fees for 2026/27.", "Head of Finance"],
    ["Harbour lease", "Agreed the new lease with Wrexley Rowing Club.", "Estates Manager"],
    ["Volunteer policy", "Noted the volunteer policy and asked for a review in 2026.", "Chief Officer"],
])
def test_a_decision_cell_that_names_its_object_keeps_its_own_words(cells):
    header = ["Item", "Decision", "Owner"]
    found = find_decisions(passages_of(("heading", MINUTES_HEADING)) + [
        Passage(2, "table_row", "x", 1, None, None, cells=cells, header=header)])
    assert [d.text for d in found] == [cells[1]]


@pytest.mark.parametrize("title", ["Decision - Replacement of the refuse collection vehicle fleet",
                                   "Decision: Library opening hours in Wrexley",
                                   "Decision – Highways maintenance term contract"])
def test_a_decision_pages_title_heading_is_not_a_decision(title):
    found = find_decisions(passages_of(("heading", title), ("heading", "Decision:"),
                                       ("paragraph", "Approved the award of the contract to Roadline Ltd.")))
    assert [d.text for d in found] == ["Approved the award of the contract to Roadline Ltd."]


@pytest.mark.parametrize("run_in", [
    "Reasons for the decision An extension keeps equipment flowing while the new service is designed.",
    "Alternative options considered and rejected Letting the contract end was rejected.",
    "Background The Council approved its waste strategy in 2022.",
])
def test_a_reasons_heading_run_into_its_paragraph_ends_the_decisions(run_in):
    found = find_decisions(passages_of(("heading", "Record of executive decision"), ("heading", "Decision"),
                                       ("paragraph", "1. Approved the extension of the equipment contract."),
                                       ("paragraph", run_in)))
    assert [d.text for d in found] == ["Approved the extension of the equipment contract."]


@pytest.mark.parametrize("text", ["RESOLVED: That the report be noted.", "2. It was agreed that the Chair write to the Minister.",
                                  "The Panel RESOLVED to grant the licence.", "AGREED: the revised terms of reference."])
def test_a_resolution_is_known_to_recommendations_by_the_decisions_labels(text):
    assert is_resolution(text)


@pytest.mark.parametrize("text", ["RECOMMENDED to Council that the pay policy be adopted.",
                                  "Decision: the Cabinet is asked to approve the plan.",
                                  "The Cabinet is asked to agree the fees."])
def test_recommendations_and_decision_fields_are_not_resolutions(text):
    assert not is_resolution(text)


@pytest.mark.parametrize("pieces,expected", [
    ([("paragraph", "Decision taken by: Councillor Ann Holt, Cabinet Member for Housing")],
     "Councillor Ann Holt, Cabinet Member for Housing"),
    ([("paragraph", "Decision Maker:"), ("paragraph", "Cabinet Member for Environment and Climate")],
     "Cabinet Member for Environment and Climate"),
    ([("paragraph", "Decision made by: Director of Adult Care Date of decision: 2 June 2025")],
     "Director of Adult Care"),
])
def test_the_decision_maker_is_read_with_the_cover_model(pieces, expected):
    assert decided_by_label(passages_of(*pieces)) == expected


@pytest.mark.parametrize("sentence", [
    "Application 25/00742/FUL, a garage conversion at 9 Elm Close: RESOLVED to object on parking grounds.",
    "Request from the Scouts for a grant towards a new minibus: AGREED to give £500 from the community fund.",
    "Christmas lights contract: It was resolved that the contract with Glowfair Ltd be renewed for one year.",
    "Sunday opening of the shop from May: agreed.",
    "Revised volunteer expenses policy: Approved unanimously.",
])
def test_a_label_after_what_it_decides_keeps_the_subject(sentence):
    found = decisions_in(("paragraph", sentence))
    assert [d.text for d in found] == [sentence]


@pytest.mark.parametrize("lead_in,items", [
    ("RESOLVED - That planning permission be REFUSED for the following reasons:",
     ["The extension would be an overdevelopment of the site.", "It would harm the street scene."]),
    ("RESOLVED: That the premises licence be granted subject to the following conditions:",
     ["No music outside after 10 pm.", "CCTV to be kept for 31 days."]),
    ("It was RESOLVED that the lease be approved on these terms:",
     ["A term of ten years.", "A rent of £12,000 a year."]),
])
def test_a_lead_in_that_decides_by_itself_takes_its_list_as_its_reasons_or_conditions(lead_in, items):
    found = decisions_in(("paragraph", lead_in), *[("list_item", item) for item in items])
    assert len(found) == 1
    assert all(item.rstrip(".")[1:] in found[0].text for item in items)


@pytest.mark.parametrize("lead_in, items, numbers", [
    ("RESOLVED: That the following be approved:",
     ["(a) the revised fees for 2026/27;", "(b) the opening hours of the museum."], ["(a)", "(b)"]),
    ("AGREED that the Board adopts the following:",
     ["(i) the estates strategy;", "(ii) the revised scheme of delegation."], ["(i)", "(ii)"]),
    ("The Committee RESOLVED to approve the following:",
     ["1. the grant to Wrexley Food Bank;", "2. the internal audit plan for 2025/26."], ["1", "2"]),
])
def test_a_lead_in_to_the_following_decisions_still_opens_a_list(lead_in, items, numbers):
    found = decisions_in(("paragraph", lead_in), *[("list_item", item) for item in items])
    assert [d.number for d in found] == numbers


@pytest.mark.parametrize("sentence", [
    "Cabinet approved the Climate Action Plan in March 2023.",
    "The Board agreed the estates strategy at its meeting in May 2024.",
    "Members endorsed the Local Plan on 4 June 2022 after a long consultation.",
])
def test_a_decision_dated_before_the_meeting_is_history(sentence):
    passages = passages_of(("heading", MINUTES_HEADING), ("paragraph", sentence))
    assert find_decisions(passages, committee="the meeting", meeting_date="2025-03-11") == []
    # The same sentence is this meeting's decision when the date is not earlier.
    assert len(find_decisions(passages, committee="the meeting", meeting_date="2022-01-10")) == 1


def test_a_date_the_decision_takes_effect_is_not_history():
    passages = passages_of(("heading", MINUTES_HEADING),
                           ("paragraph", "The Board approved the award of the cleaning contract from 1 April 2024."),
                           ("paragraph", "The minutes of the meeting held on 4 February 2025 were approved."))
    assert len(find_decisions(passages, meeting_date="2025-03-11")) == 2


@pytest.mark.parametrize("sentence", [
    "Cabinet agreed the new parking charges with effect from 6 January 2025.",
    "Members approved the lease, backdated to 1 October 2024.",
    "The Committee approved the grant to Wrexley Food Bank for the year starting 1 April 2024.",
])
def test_a_date_the_decision_takes_effect_or_runs_from_is_not_history(sentence):
    passages = passages_of(("heading", MINUTES_HEADING), ("paragraph", sentence))
    assert len(find_decisions(passages, committee="the meeting", meeting_date="2025-03-11")) == 1


@pytest.mark.parametrize("pieces,expected", [
    (["Resolution 4/2025: To adopt the revised articles of association.", "Proposed: A. Grant    Seconded: P. Lowe",
      "For: 5    Against: 0", "Carried."], "To adopt the revised articles of association."),
    (["Cllr Ames moved that the hall hire charge be frozen for 2026.", "Seconded by Cllr Bell.", "Carried."],
     "the hall hire charge be frozen for 2026."),
    (["It was proposed that the annual meeting be held on 3 June.", "Votes for: 9, votes against: 2", "Agreed."],
     "the annual meeting be held on 3 June."),
])
def test_an_outcome_line_looks_past_the_record_of_the_vote_to_the_proposal(pieces, expected):
    found = decisions_in(*[("paragraph", text) for text in pieces])
    assert [d.text for d in found] == [expected]


@pytest.mark.parametrize("heading,lead_in", [
    ("DETERMINATION", "The Sub-Committee has determined to grant the licence subject to the following conditions:"),
    ("Decision", "The Panel refused the application for the following reasons:"),
    ("Decision:", "I have approved the lease subject to these terms:"),
])
def test_a_decision_section_paragraph_that_decides_itself_keeps_its_conditions(heading, lead_in):
    found = find_decisions(passages_of(
        ("heading", "Licensing Sub-Committee: Notice of Determination"), ("heading", heading), ("paragraph", lead_in),
        ("paragraph", "(a) no music outside after 10 pm;"), ("paragraph", "(b) CCTV kept for 31 days."),
        ("paragraph", "4. The request to extend the hours on Sundays was refused.")))
    assert [d.text for d in found] == [
        lead_in + " no music outside after 10 pm; CCTV kept for 31 days",
        "The request to extend the hours on Sundays was refused.",
    ]


@pytest.mark.parametrize("sentence", [
    "The Head of Highways outlined the report to Members and it was confirmed that each item would be taken in turn.",
    "The Director presented the application from the club and it was agreed to hear the objectors first.",
    "The Chair introduced the petition about parking, which was received with thanks by the public gallery.",
])
def test_a_passive_decision_does_not_reach_across_a_clause(sentence):
    assert [d.rule for d in decisions_in(("paragraph", sentence))] != ["passive_item"]


@pytest.mark.parametrize("part_id,example", _examples("parts"))
def test_every_part_example_matches_its_wording(part_id, example):
    pattern = next(r.regex for r in rules().parts if r.id == part_id)
    assert pattern.search(example), (part_id, example)


@pytest.mark.parametrize("part_id,example", [(entry["id"], example) for entry in RULES["parts"]
                                             for example in entry.get("not_examples") or ()])
def test_no_part_matches_its_not_examples(part_id, example):
    pattern = next(r.regex for r in rules().parts if r.id == part_id)
    assert not pattern.search(example), (part_id, example)


def test_minutes_laid_out_as_a_table_are_known_by_the_evidence_in_their_cells():
    header = ["Item", "Minute", "Action"]
    rows = [["1", "Apologies were received from the Treasurer.", ""],
            ["2", "No declarations of interest were made.", ""],
            ["3", "The Board approved the revised membership fees for 2026.", "Secretary"]]
    passages = passages_of(("heading", "Greywell Village Hall Trust")) + [
        Passage(i + 2, "table_row", " | ".join(row), 1, None, None, cells=row, header=header)
        for i, row in enumerate(rows)]
    assert is_decision_document(passages) == "minute_evidence"
    assert [d.text for d in find_decisions(passages)] == ["The Board approved the revised membership fees for 2026."]


@pytest.mark.parametrize("minute,expected", [
    ("Members discussed the draft budget at length\nAGREED: to approve the budget for 2026/27\nAction: Treasurer",
     ["to approve the budget for 2026/27"]),
    ("The Chair reported on the roof repairs, which were\nfinished in May.\nThe Board agreed to thank the contractor.",
     ["The Board agreed to thank the contractor."]),
    ("Options for the car park were considered\n- Resolved that the car park be resurfaced in August",
     ["the car park be resurfaced in August"]),
])
def test_a_minute_cell_is_read_in_its_own_paragraphs(minute, expected):
    header = ["Item", "Minute", "Action"]
    passages = passages_of(("heading", MINUTES_HEADING)) + [
        Passage(2, "table_row", f"5 | {minute} | ", 1, None, None, cells=["5", minute, ""], header=header)]
    assert [d.text for d in find_decisions(passages)] == expected


@pytest.mark.parametrize("cell,expected", [
    ("Noted", "Risk register: Noted"), ("Agreed.", "Risk register: Agreed."),
    ("Approved subject to one change", "Risk register: Approved subject to one change"),
])
def test_an_outcome_only_cell_of_a_minutes_table_takes_the_rows_item(cell, expected):
    header = ["No.", "Item", "Minute"]
    passages = passages_of(("heading", MINUTES_HEADING)) + [
        Passage(2, "table_row", "x", 1, None, None, cells=["7", "Risk register", cell], header=header)]
    assert [d.text for d in find_decisions(passages)] == [expected]


@pytest.mark.parametrize("paragraph,expected", [
    ("After discussion, the Committee agreed:- (1) to approve the new price from August; and (2) to ask officers "
     "to report on uptake in December.",
     ["to approve the new price from August", "to ask officers to report on uptake in December."]),
    ("The Board agreed:- (a) to close the office on Fridays; (b) to review the decision in a year.",
     ["to close the office on Fridays", "to review the decision in a year."]),
    ("Members resolved:– (i) to adopt the policy; and (ii) to publish it on the website.",
     ["to adopt the policy", "to publish it on the website."]),
])
def test_a_run_in_list_after_a_colon_and_dash_gives_its_items(paragraph, expected):
    assert [d.text for d in decisions_of_any_body(("paragraph", paragraph))] == expected


@pytest.mark.parametrize("text, outcome", [
    ("APPROVED the revised fees for 2026/27.", "approved"),
    ("NOTED a verbal update from the Chair.", "noted"),
    ("ENDORSED this year's plan.", "approved"),
    ("APPROVED their request for a grant of £5,000.", "approved"),
])
def test_an_outcome_label_followed_by_its_object_keeps_the_label_word(text, outcome):
    # "NOTED the action log": the label is the sentence's verb, so the decision keeps it.
    assert [(d.text, d.outcome) for d in decisions_in(("paragraph", text))] == [(text, outcome)]


@pytest.mark.parametrize("text, kept", [
    ("NOTED: the report on winter pressures.", "the report on winter pressures."),
    ("AGREED: the revised fees for 2026/27.", "the revised fees for 2026/27."),
])
def test_an_outcome_label_with_a_colon_gives_only_what_follows(text, kept):
    assert [d.text for d in decisions_in(("paragraph", text))] == [kept]


@pytest.mark.parametrize("sentence", [
    "Cabinet approved the Parking Strategy in Sept 2023.",
    "The Board agreed the estates plan on March 31st, 2024.",
    "Members endorsed the Play Area Strategy in Mar. 2024 after a consultation.",
])
def test_a_decision_dated_in_any_written_form_of_an_earlier_month_is_history(sentence):
    # The one date finder reads the date, so abbreviated months and US-style dates count too.
    passages = passages_of(("heading", MINUTES_HEADING), ("paragraph", sentence))
    assert find_decisions(passages, committee="the meeting", meeting_date="2025-03-11") == []
    assert len(find_decisions(passages, committee="the meeting", meeting_date="2022-01-10")) == 1


@pytest.mark.parametrize("item, expected", [
    ("No. 12/2025 Mooring fees", "Mooring fees: Approved"),
    ("ICB/24/101. Estates strategy", "Estates strategy: Approved"),
    ("45/24 Allotment rents", "Allotment rents: Approved"),
])
def test_a_minute_reference_before_a_rows_item_is_left_out(item, expected):
    # One pattern (listitems.MINUTE_REFERENCE_RE) reads a reference for decisions and decision-makers.
    header = ["Item", "Decision", "Owner"]
    found = find_decisions(passages_of(("heading", MINUTES_HEADING)) + [
        Passage(2, "table_row", "x", 1, None, None, cells=[item, "Approved", "Clerk"], header=header)])
    assert [d.text for d in found] == [expected]


@pytest.mark.parametrize("turn,expected", [
    ("Chair: Can I take the notes of our previous session as an accurate record? I see nods around the table. "
     "Thank you, they are approved.", "Can I take the notes of our previous session as an accurate record?"),
    ("Cllr Amy Rudd: So are we agreed that we approve the depot business case? Anyone against? No. "
     "Thank you, that is approved.", "So are we agreed that we approve the depot business case?"),
    ("Dr Omar Vance: Then I would propose that we support the stroke pathway redesign. Is everyone happy with "
     "that? Thank you, agreed.", "Then I would propose that we support the stroke pathway redesign."),
])
def test_a_chairs_confirmation_decides_the_question_put_past_the_polling(turn, expected):
    # A transcript: the chair's question or proposal is the decision, not "Anyone against? No."
    # nor "Is everyone happy with that?" between it and the confirmation.
    found = decisions_in(("heading", "Item 3 – Business case"), ("paragraph", turn))
    assert [d.rule for d in found] == ["chair_confirmation"]
    assert found[0].text.startswith(expected)
    assert "against" not in found[0].text and "happy" not in found[0].text


@pytest.mark.parametrize("turn", [
    "Chair: Thank you. We will take the finance report after lunch. Good.",
    "Chair: Is everyone happy with the room? Thank you.",
    "Cllr Amy Rudd: Thank you, Chair. That is a fair point and I am glad it is noted in the discussion.",
])
def test_thanks_and_questions_without_a_confirmation_are_no_decision(turn):
    assert decisions_in(("heading", "Item 4 – Finance"), ("paragraph", turn)) == []


@pytest.mark.parametrize("sentence", [
    "Cabinet approved the Climate Action Plan on 02/05/2025.",
    "The Board agreed the estates strategy at its meeting on 01/06/2025.",
    "Members endorsed the Local Plan on 02/04/2025 after a long consultation.",
])
def test_a_month_first_papers_numeric_date_dates_its_decision_as_the_paper_writes_it(sentence):
    # Read day first each date is after the meeting of 11 March 2025; read month first
    # (February, January, February) each is before it: history.
    passages = passages_of(("heading", MINUTES_HEADING), ("paragraph", sentence))
    assert len(find_decisions(passages, committee="the meeting", meeting_date="2025-03-11")) == 1
    assert find_decisions(passages, committee="the meeting", meeting_date="2025-03-11", month_first=True) == []


def test_a_month_first_paper_reads_its_decisions_dates_month_first_through_the_pipeline(tmp_path):
    from committee_papers.pipeline import read_and_extract
    path = tmp_path / "minutes.txt"
    path.write_text("BRACKENFORD COUNCIL\n\nMinutes of the Cabinet meeting held on 03/11/2025\n\n"
                    "Present: Cllr Tom Reed (Chair), Cllr Ana Pryce\n\n"
                    "1. Leisure strategy\n\nCabinet approved the Leisure Strategy on 02/05/2025.\n\n"
                    "2. Parking\n\nThe next review is due on 04/30/2026.\n", encoding="utf-8")
    extraction = read_and_extract(str(path))[2]
    assert extraction.meeting_date == "2025-03-11"
    assert extraction.decisions == []


@pytest.mark.parametrize("line,speaker", [
    ("Chair: Are we agreed?", "Chair: "),
    ("Dr Imogen Latham: So are we agreed that we approve the case?", "Dr Imogen Latham: "),
    ("Cllr Tom Reed (Cabinet Member): I would propose that we support the scheme.", "Cllr Tom Reed (Cabinet Member): "),
    ("Mr O’Neill-Barnes: Can I take the minutes as a correct record?", "Mr O’Neill-Barnes: "),
    ("Cllr Amy Rudd (Chair): Can I take the minutes as read?", "Cllr Amy Rudd (Chair): "),
])
def test_a_transcripts_speaker_is_the_capitalised_name_before_the_colon(line, speaker):
    from committee_papers.extract.listitems import SPEAKER_RE
    assert SPEAKER_RE.match(line).group() == speaker
    # Lower-case words before a colon, or a sentence, are no speaker.
    assert SPEAKER_RE.match(line[len(speaker):]) is None
    assert SPEAKER_RE.match("the options were these: one, two") is None
