"""(n37) A paper's kind from its own text, not its file name: minutes, decision records and reports laid out as
publishers lay them out, each saved under a neutral name (``paper001.pdf``) that says nothing of what it is.
Fictional bodies and wordings throughout."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.extract.decision_documents import is_minutes, paper_kind
from committee_papers.extract.decision_rules import RULES_PATH, rules
from committee_papers.ingest.model import Passage
from fictional_paper import passages_from_pieces

RULES = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
NEUTRAL = "paper001.pdf"


def _table(*rows):
    """A minutes table's rows (each a tuple of cells), as the readers give them: the cells joined by `|`."""
    return [Passage(seq=100 + i, kind="table_row", text=" | ".join(cells), page=1, section=None, heading=None,
                    cells=list(cells)) for i, cells in enumerate(rows)]


# Minutes whose title line says only the meeting's kind, in a table of numbered items (a society's or a trust's
# board), at a parish council, at an ICB's board, at a school's governing body.
MINUTES = {
    "society board, table of items": passages_from_pieces(
        ("heading", "Harrowdale Leisure Mutual Ltd"),
        ("heading", "OPEN BOARD MEETING MINUTES")) + _table(
        ("Attendees", "Ruth Ames (Chair), Colin Orr, Priya Vale"),
        ("1.", "Welcome & Apologies Apologies were given by Tom Hale and Ann Ito."),
        ("2.", "Declarations of Interest None."),
        ("3.", "Minutes of Previous Meeting 4 March The minutes were confirmed as an accurate summary."),
        ("4.", "Pool charges The Board agreed to hold the swimming charges at this year's level.")),
    "parish council, one run-on passage": passages_from_pieces(
        ("paragraph", "0412/07/2026 MINUTES OF FENWICK MAGNA PARISH COUNCIL, SITTING IN THE READING ROOM "
                      "MONDAY 6TH JULY 2026 Present– Cllr Ann Bell - Chairman, Cllr Tom Rudd, Cllr Jo Pike. "
                      "Cllr Pike declared a personal interest in item 6. The bus shelter repair quote of £640 was accepted.")),
    "ICB board, votes recorded": passages_from_pieces(
        ("heading", "Northmoor Integrated Care Board"),
        ("heading", "Meeting in public, 12 May 2026"),
        ("paragraph", "Item 3. Community diagnostics: Proposed by the Chair, seconded by Dr Lane and carried "
                      "unanimously."),
        ("paragraph", "The meeting closed at 12.40 pm.")),
    "school governing body, heading and attendance": passages_from_pieces(
        ("heading", "St Brannoc's Church of England Primary School"),
        ("heading", "Full Governing Body Meeting Minutes"),
        ("paragraph", "Governors agreed the revised behaviour policy.")),
}


@pytest.mark.parametrize("name", MINUTES)
def test_minutes_under_a_neutral_file_name_are_known_by_their_text(name):
    assert is_minutes(MINUTES[name], None, None, NEUTRAL), name


# Decision records: a notice, a form, a recording sheet -- each says what it is at its top.
RECORDS = {
    "decision notice": ("decision_record", [("heading", "Wendle Borough Council"), ("heading", "Executive Decision Notice"),
                        ("paragraph", "Decision: to award the parks contract to Greenway Ltd.")]),
    "recording form": ("decision_record", [("heading", "Harbour and Coast Committee: Decision recording form"),
                       ("paragraph", "Item 5 - moorings fees: agreed as recommended.")]),
    "officer's first person": ("officer_decision", [("heading", "Library opening hours"),
                               ("paragraph", "I approve the recommendations in paragraph 3 of the report.")]),
}


@pytest.mark.parametrize("name", RECORDS)
def test_a_decision_record_under_a_neutral_file_name_is_known_by_its_text(name):
    kind, pieces = RECORDS[name]
    found = paper_kind(passages_from_pieces(*pieces), None, None, NEUTRAL)
    assert found is not None and found.kind == kind, (name, found)


def test_a_file_name_alone_makes_no_minutes_and_the_text_outweighs_it():
    report = passages_from_pieces(("heading", "Report to Cabinet: Review of Allotment Rents"),
                                  ("paragraph", "The Cabinet is asked to approve the new rents."))
    assert paper_kind(report, None, None, "cabinet-minutes-2026-03-04.pdf") is None
    minutes = MINUTES["school governing body, heading and attendance"]
    assert paper_kind(minutes, None, None, "governors-agenda.pdf").kind == "minutes"


# Reports that quote what only minutes say are no minutes: a report quoting one resolution of earlier minutes,
# one with apologies in an appendix's note, an agenda listing its items.
NOT_MINUTES = {
    "report quoting RESOLVED": [
        ("heading", "Report to Cabinet: Review of Allotment Rents"),
        ("heading", "1. Background"),
        ("paragraph", "On 3 March 2025 the Cabinet RESOLVED that rents be reviewed every two years."),
        ("paragraph", "The Cabinet is asked to approve the new rents in Appendix A.")],
    "report with apologies in an appendix": [
        ("heading", "Report to the Audit Committee: Internal Audit Plan"),
        ("paragraph", "The Committee is asked to note the plan."),
        ("heading", "Appendix B - workshop note"),
        ("paragraph", "Apologies: Head of Finance")],
    "agenda listing items": [
        ("heading", "Agenda: Licensing Committee, 9 June 2026"),
        ("paragraph", "1. Apologies for absence"), ("paragraph", "2. Declarations of interest"),
        ("paragraph", "3. Previous meeting minutes"),
        ("paragraph", "4. Motion proposed by Cllr Hale, seconded by Cllr Ito: this council resolves to plant "
                      "200 trees.")],
}


@pytest.mark.parametrize("name", NOT_MINUTES)
def test_a_paper_that_only_quotes_minutes_words_is_no_minutes(name):
    assert not is_minutes(passages_from_pieces(*NOT_MINUTES[name]), None, None, NEUTRAL), name


@pytest.mark.parametrize("example", [e for entry in RULES["documents"] if entry["id"] == "minutes_title"
                                     for e in entry.get("not_examples") or ()])
def test_the_minutes_title_rule_reads_no_agenda_item(example):
    rule = next(r for r in rules().documents if r.id == "minutes_title")
    assert not rule.regex.search(example), example


@pytest.mark.parametrize("rule_id,example", [(entry["id"], e) for entry in RULES["minute_evidence"]
                                             for e in entry.get("not_examples") or ()])
def test_no_minute_evidence_rule_matches_its_not_examples(rule_id, example):
    rule = next(r for r in rules().minute_evidence if r.id == rule_id)
    assert not rule.regex.search(example), example



KINDS = {"minutes", "decision_record", "transcript", "meeting_page", "notice", "officer_decision", "resolutions"}


def test_every_rule_that_makes_a_decision_document_names_its_kind():
    # A rule without a kind would make a paper a decision document of no kind: the finder would read minutes made so
    # as no minutes (notices first) and a record of decisions as minutes.
    every = rules()
    missing = [(rule.id, rule.kind) for group in (every.documents, every.file_names, every.decision_evidence,
                                                  every.resolution_record) for rule in group if rule.kind not in KINDS]
    assert missing == []
