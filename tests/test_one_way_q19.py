"""One way to do each thing (stop 19): the shared helpers that replaced private copies agree with them."""
from __future__ import annotations

import re

import pytest

from committee_papers.extract.plain_text import squash


@pytest.mark.parametrize("text", [
    "  Fenby   Town Council ",
    "Report of the\nDirector of\tPlace",
    "Item 4.2 \u2013  Budget\r\n2026/27",
    "already one space",
    "",
    "   ",
])
def test_squash_is_the_old_join_split(text):
    assert squash(text) == " ".join(text.split()) == re.sub(r"\s+", " ", text).strip()


def test_squash_reads_nothing_as_empty_and_keeps_punctuation():
    assert squash(None) == ""
    assert squash(" Recommendations:- ") == "Recommendations:-"  # strips white space only, never marks
    assert squash("a , b") == "a , b"


# --- risks_eqia reads an impact up to its counterpoint with the one sentence splitter ---------------------------
from committee_papers.extract.risks_eqia import _before_counterpoint  # noqa: E402


@pytest.mark.parametrize("text, impact", [
    ("Fewer evening buses may isolate older residents. However, most already travel by day.",
     "Fewer evening buses may isolate older residents."),
    ("Step-free access improves. That said, the new ramp is steep! On the other hand, rails are fitted.",
     "Step-free access improves."),
    ("Carers lose the drop-in session. Take-up was low. Nevertheless, a phone line stays open.",
     "Carers lose the drop-in session. Take-up was low."),
    # a closing quote after the full stop still ends the sentence (the old private split kept it running on)
    ('Residents said "we will make fewer trips." However, the survey was small.',
     'Residents said "we will make fewer trips."'),
])
def test_impact_stops_before_its_counterpoint(text, impact):
    assert _before_counterpoint(text) == impact


@pytest.mark.parametrize("text", [
    "However, the numbers affected are small.",                  # a counterpoint opening the impact is kept
    "Older residents may find the steps harder. Howeverton Ward is unaffected.",  # a word that starts alike
    "The cost rises by approx. However much is recovered.",      # no sentence ends after an abbreviation
    "Young carers may lose support; however, the group is small.",  # a semicolon ends no sentence
])
def test_impact_without_a_counterpoint_sentence_is_whole(text):
    assert _before_counterpoint(text) == text


# --- decisions: the voter words and the title-dash outcomes are the rule file's -------------------------------
from committee_papers.extract.decision_rules import RULES_PATH, part  # noqa: E402
from committee_papers.extract.yaml_files import safe_load  # noqa: E402


def _words(name):
    return {w.strip() for w in squash(safe_load(RULES_PATH.read_text(encoding="utf-8"))["words"][name]).split("|")}


def test_every_title_dash_outcome_is_a_deciding_word():
    assert _words("dash_decided") <= _words("decided")


# The patterns decisions.py wrote out before they were the rule file's parts: the parts match as they did.
_OLD = {
    "voter_label": re.compile(r"^(?:proposed|seconded|moved)(?:\s+by\b|\s*[:\-–])", re.IGNORECASE),
    "vote_record_run_in": re.compile(r"\s*:\s+(?=(?:proposed|moved)(?:\s+by)?\s*[:\-–]\s*\S)", re.IGNORECASE),
    "title_dash": re.compile(r"^[A-Z][^.;:–—-]{3,80}?\s+[-–—]\s+(?=(?:Agreed|Decided|Approved|Resolved)\s)"),
}
_LINES = [
    "Proposed: Cllr Marsh", "seconded by the Vice-Chair", "MOVED – Ms Okonjo", "Proposed closure of the depot",
    "Secondment of the finance lead", "Moved to the next meeting", "Moved:Ann Cole",
    "That the hall fees stay at £18: Proposed: Cllr Marsh Seconded: Cllr Ives", "Note: moved to item 9",
    "The accounts be received: moved by - the Treasurer", "Allotment rents - Agreed that they rise by 3%.",
    "allotment rents - Agreed that they rise.", "Allotment rents - agreed that they rise.",
    "Ward budget bids – Approved as set out.", "Pond survey — Noted.", "Grant - Resolved to pay £250.",
    "Closing the depot on Fridays - Decided\tto keep it open.", "A - Agreed", "Road safety; bus routes - Agreed to",
]


@pytest.mark.parametrize("part_id", sorted(_OLD))
def test_the_rule_file_parts_match_as_the_old_patterns(part_id):
    for line in _LINES:
        old, new = _OLD[part_id].match(line), part(part_id).match(line)
        assert (old and old.span()) == (new and new.span()), (part_id, line)
        assert _OLD[part_id].sub(". ", line) == part(part_id).sub(". ", line), (part_id, line)


# --- metadata: the council tiers and the list-item marks are the shared lists ----------------------------------
from committee_papers.extract import metadata, orgnames  # noqa: E402


def test_the_tier_lists_are_one_list_with_their_differences_named():
    assert orgnames.COUNCIL_TYPE_WORDS == orgnames.PRINCIPAL_TIER_WORDS | {"town", "parish", "community"}
    assert metadata.TIER_WORDS == orgnames.PRINCIPAL_TIER_WORDS | {"royal"}
    assert metadata.TIER_WORDS == {"city", "county", "borough", "district", "metropolitan", "royal"}  # as before


@pytest.mark.parametrize("line", ["- The Parish Council and the Hall Trust", "\u2022 An agreement between Ashby and Fenby",
                                  "* Grant between the two trusts", "(1) Endorse the joint work between A, B and C",
                                  "b) Service agreement between Wessex and Acme", "\u2013 Lease between the Council and X",
                                  "\u25aa Contract between the Board and Y"])
def test_a_listed_item_opens_with_a_shared_mark_or_an_item_number(line):
    assert metadata.LISTED_ITEM_RE.match(line)


@pytest.mark.parametrize("line", ["CONTRACT between", "-between the parties", "Lease between Fenby Council and Acme Ltd",
                                  "2026 agreement between the trusts", "\u2022 between the parties"])
def test_a_cover_line_is_no_listed_item(line):
    assert not metadata.LISTED_ITEM_RE.match(line)


# --- metadata reads a paper's initials line and its file name's council once --------------------------------
from committee_papers.extract.pipeline import extract  # noqa: E402
from fictional_paper import passages_from_lines  # noqa: E402


@pytest.mark.parametrize("lines, filename, committee", [
    (["PRG 12 March 2026", "Agenda", "1. Welcome", "2. Apologies", "Present: A Cole, B Dunn"], "prg-notes.txt", "PRG"),
    (["HWB - 3 June 2026", "Attendance", "Agenda", "1. Minutes of the last meeting"], "kent-cc_2026-06-03_hwb.txt", "HWB"),
    (["Wessex Leisure Trust", "Board Meeting", "Minutes", "The Board noted the accounts."],
     "bristol-cc_2026-01-01_board.txt", None),
])
def test_the_initials_line_and_the_file_names_council_are_read_once_a_paper(monkeypatch, lines, filename, committee):
    calls = {"initials": 0, "filed": 0}
    initials_line, filed_council = metadata._initials_meeting_line, metadata.council_of_file_name

    def counted_initials(passages):
        calls["initials"] += 1
        return initials_line(passages)

    def counted_filed(name):
        calls["filed"] += 1
        return filed_council(name)

    # (One copy of the module: the checkout refuses `extract.metadata` by its bare name, see refuse_second_copy.)
    monkeypatch.setattr(metadata, "_initials_meeting_line", counted_initials)
    monkeypatch.setattr(metadata, "council_of_file_name", counted_filed)
    found = extract(passages_from_lines(*lines), {}, filename)
    assert calls == {"initials": 1, "filed": 1}
    if committee:
        assert found.committee == committee


# --- risks reads each passage's numbered-section title once -------------------------------------------------
from committee_papers.extract import risks  # noqa: E402
from fictional_paper import passages_from_pieces  # noqa: E402


def test_numbered_sections_read_each_title_once(monkeypatch):
    pieces = [("heading", "Risk 1 \u2013 Pool plant failure"),
              ("paragraph", "The filtration plant at the Fenby pool is past its design life and may fail."),
              ("paragraph", "A failure would close the pool for several weeks while parts are sourced."),
              ("paragraph", "Risk 2 \u2013 Ward budget overspend"),
              ("paragraph", "Demand for the ward grants may exceed the budget set for the coming year."),
              ("heading", "Financial implications"),
              ("paragraph", "There are no further financial implications arising from this report.")]
    passages = passages_from_pieces(*pieces)
    read, title_of = [], risks._numbered_title

    def counted(passage):
        read.append(passage.seq)
        return title_of(passage)

    monkeypatch.setattr(risks, "_numbered_title", counted)
    found = [(title, [p.seq for p in body]) for _p, title, body in risks._numbered_sections(passages)]
    assert sorted(read) == [p.seq for p in passages]          # once each
    assert [title for title, _seqs in found] == ["Pool plant failure", "Ward budget overspend"]
    assert found[0][1] == [passages[1].seq, passages[2].seq]  # the next title ends the body above it


# --- a row's cells are joined one way ----------------------------------------------------------------------
from committee_papers.ingest.model import Passage, table_row_text  # noqa: E402
from committee_papers.extract import recommendations  # noqa: E402


def _row(cells, header, kind="table_row"):
    return Passage(3, kind, table_row_text(cells, header), 1, None, None, cells=cells, header=header, table=0, row=1)


@pytest.mark.parametrize("passage, text", [
    (_row(["Budget Amendment Form", "  Rural   bus\nroutes "], ["Form", "Amendment"]),
     "Budget Amendment Form | Rural bus routes"),                       # the header labels left off
    (_row(["Item", "", "Harbour dues"], []), "Item | Harbour dues"),      # empty cells skipped
    (_row(["Motion title", "Free swimming"], [], kind="table_header"), "Motion title | Free swimming"),
    (_row(["", "  "], ["A", "B"]), ""),                                  # nothing in its cells: its own text
    (Passage(4, "paragraph", "This  amendment seeks to\tadd a ranger post.", 1, None, None),
     "This amendment seeks to add a ranger post."),
])
def test_a_rows_own_text_is_its_cells_joined_as_the_reader_joins_them(passage, text):
    assert recommendations._row_text(passage) == text
    if passage.cells and text:
        assert text == " | ".join(" ".join(c.split()) for c in passage.cells if c.strip())  # the old join
