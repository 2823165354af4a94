"""Recommendation mechanisms mended at stop 20, each with three or more fictional layouts and negatives:
a statement heading over the asks ("What the Board is asked to do") and a "Proposals" heading; a lead-in
without "to" ("The Board is asked:"); Cabinet recommending to Council ("That Cabinet recommends to Council
that it:"); an item whose colon announces sub-items ("(a) approve the grants below:" / "(i) ..."); a cover
value whose lines are items of their own; a box (one-cell table) holding the heading and its numbered list.
Every authority, person and figure is invented."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
from committee_papers.extract import recommendations  # noqa: E402
from committee_papers.pipeline import read_and_extract  # noqa: E402


def _found(path) -> list[str]:
    return [r.text for r in read_and_extract(str(path))[2].recommendations]


def _txt(tmp_path, text: str) -> list[str]:
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    return _found(path)


# -- statement and "Proposals" headings: the items after them, prose after them nothing ------------
@pytest.mark.parametrize("heading", ["What the Board is asked to do", "What the Committee is being asked to decide:",
                                     "What members are invited to do", "Proposals", "Proposal(s)"])
def test_a_statement_or_proposals_heading_reads_the_items_after_it(tmp_path, heading):
    found = _txt(tmp_path, f"RIVENHALL TOWN COUNCIL\n\nAmenities Committee\n\n{heading}\n\n"
                           "1. Approve the hire charges for the Jubilee Hall from 1 April 2027.\n\n"
                           "2. Fund the new stage curtains from the hall reserve.\n\n"
                           "Background\n\nThe hall reopened in 2024.\n")
    assert found == ["Approve the hire charges for the Jubilee Hall from 1 April 2027.",
                     "Fund the new stage curtains from the hall reserve."]


@pytest.mark.parametrize("heading", ["What the Board is asked to do", "Proposals", "Proposal"])
def test_prose_under_a_statement_or_proposals_heading_is_no_recommendation(tmp_path, heading):
    assert _txt(tmp_path, f"RIVENHALL TOWN COUNCIL\n\nAmenities Committee\n\n{heading}\n\n"
                          "The proposal is to let the hall to two new clubs on weekday evenings.\n\n"
                          "Bookings rose by a fifth last year.\n\nBackground\n\nThe hall reopened in 2024.\n") == []


# -- a lead-in without "to", and Cabinet recommending to Council ---------------------------------
@pytest.mark.parametrize("lead, items", [
    ("The Board is asked:", ["to approve the revised visiting policy;", "to note the complaints received this year."]),
    ("The Committee is recommended:", ["to agree the pest control fees for 2027;", "to note the benchmarking."]),
    ("That Cabinet recommends to Council that it:", ["approves the pay policy statement for 2026/27;",
                                                     "notes the gender pay gap figures."]),
    ("The Executive recommends to full Council that it:", ["adopts the Mardale local plan;",
                                                           "notes the inspector's report."]),
])
def test_a_lead_in_without_to_or_to_council_gives_its_items_and_is_no_item(tmp_path, lead, items):
    body = "\n\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
    found = _txt(tmp_path, f"MARDALE DISTRICT COUNCIL\n\nReport to Cabinet\n\n2. Recommendations\n\n{lead}\n\n{body}\n\n"
                           "3. Background\n\n3.1 The policy was last changed in 2021.\n")
    assert found == items


# -- an item's colon announces its sub-items ------------------------------------------------------
@pytest.mark.parametrize("lead, subs", [
    ("(a) approve the community grants set out below:", ["(i) £6,000 to Mardale Men's Shed for its workshop;",
                                                          "(ii) £4,200 to Fellside Carers for respite breaks;"]),
    ("1. agree the council tax for 2026/27, namely:", ["(a) a Band D charge of £1,840.10;",
                                                        "(b) the parish precepts listed in Annex 2;"]),
    ("(1) adopt the following fees from April 2027:", ["(a) £85 for a bulky waste collection;",
                                                        "(b) £60 for a replacement bin;"]),
])
def test_sub_items_after_an_items_colon_are_recommendations(tmp_path, lead, subs):
    last = "(b) note the outturn for 2025/26." if lead.startswith("(a)") else "2. note the outturn for 2025/26." \
        if lead.startswith("1.") else "(2) note the outturn for 2025/26."
    found = _txt(tmp_path, "FELLSIDE COUNCIL\n\nCommunities Committee\n\nRECOMMENDATIONS\n\n"
                           "The Committee is recommended to:\n\n" + "\n\n".join([lead, *subs, last]) +
                           "\n\n1. INTRODUCTION\n\n1.1 The fund opened in May.\n")
    assert len(found) == 4, found
    assert [f for f in found if "£" in f or "Band D" in f][:2] and found[-1].endswith("outturn for 2025/26.")


# -- a cover value whose lines are items ----------------------------------------------------------
def _cover_docx(tmp_path, value: str) -> Path:
    doc = docxgen.new("Committee Services", dt.datetime(2026, 4, 1, 9, 0))
    docxgen.banner(doc, "Ossington County Council")
    docxgen.table(doc, [["Report to", "Cabinet"], ["Date", "19 May 2026"], ["Recommendation(s)", value],
                        ["Wards affected", "All"]], header=False)
    doc.add_heading("1. Background", level=2)
    doc.add_paragraph("1.1 The scheme began in 2020.")
    path = tmp_path / "cover.docx"
    doc.save(path)
    return path


@pytest.mark.parametrize("value, expected", [
    ("• Agree the school meals price of £2.90 from September.\n• Note the uptake figures.",
     ["Agree the school meals price of £2.90 from September.", "Note the uptake figures."]),
    ("Approve the bus shelter programme;\nDelegate the sites to the Head of Transport;\nNote the costs.",
     ["Approve the bus shelter programme", "Delegate the sites to the Head of Transport", "Note the costs."]),
    ("Cabinet is asked to:\n1. endorse the carers' strategy.\n2. note the consultation results.",
     ["endorse the carers' strategy.", "note the consultation results."]),
])
def test_a_cover_values_lines_that_open_items_are_items(tmp_path, value, expected):
    assert _found(_cover_docx(tmp_path, value)) == expected


def test_a_cover_value_wrapped_over_lines_stays_one_item(tmp_path):
    found = _found(_cover_docx(tmp_path, "Approve the bus shelter programme for the\nnorthern villages in 2027."))
    assert found == ["Approve the bus shelter programme for the northern villages in 2027."]


# -- a box holding the heading and its numbered list ---------------------------------------------
@pytest.mark.parametrize("box, expected", [
    ("Recommendations\n1. That Cabinet approves the library opening hours.\n2. That Cabinet notes the survey.",
     ["That Cabinet approves the library opening hours.", "That Cabinet notes the survey."]),
    ("Recommendation(s)\n(a) Agree the allotment rents for 2027.\n(b) Note the waiting list.",
     ["Agree the allotment rents for 2027.", "Note the waiting list."]),
    ("Decisions required\ni. approve the tree planting plan;\nii. delegate the sites to the Parks Manager.",
     ["approve the tree planting plan;", "delegate the sites to the Parks Manager."]),
])
def test_a_boxed_heading_and_list_gives_each_item(tmp_path, box, expected):
    doc = docxgen.new("Policy Team", dt.datetime(2026, 4, 1, 9, 0))
    docxgen.banner(doc, "Ossington County Council")
    doc.add_paragraph("Report to Cabinet - 16 June 2026")
    docxgen.table(doc, [[box]], header=False)
    doc.add_heading("1. Purpose of the report", level=2)
    doc.add_paragraph("1.1 The hours were last set in 2019.")
    path = tmp_path / "box.docx"
    doc.save(path)
    assert _found(path) == expected


@pytest.mark.parametrize("box", [
    "Recommendations of the peer review\n1. The council should publish its plan.\n2. Officers should train staff.",
    "Key facts\n1. 4,000 visits a year.\n2. Twelve staff.",
    "Recommendations\nThe review found the service sound.",
])
def test_a_box_of_other_text_gives_no_recommendation(box):
    assert recommendations._boxed_list(" ".join(box.split())) is None


# -- under a Recommendations heading, a lead-in's finished list ends at the first paragraph that is no item --
@pytest.mark.parametrize("lead, items, after", [
    ("2. The Committee is recommended to:", ["(a) approve the grounds contract with Moss Lane Ltd;",
                                             "(b) approve the award of the tree works to Arbor North Ltd."],
     "Grounds maintenance\n\n3. Moss Lane Ltd has cut the verges since 2016 and its new contract runs five years."),
    ("3. The Cabinet is asked to:", ["(a) agree the depot sale to Kilnworth Homes;", "(b) note the valuation of £1.1m."],
     "Depot history\n\n4. The depot was built in 1961 and closed in 2023."),
    ("2.1 The Panel is asked to:", ["(a) endorse the events strategy;", "(b) note the sponsorship income."],
     "Events programme\n\n3. Fourteen events drew 60,000 visitors in 2025."),
])
def test_a_finished_lead_in_list_under_a_heading_ends_at_the_papers_next_section(tmp_path, lead, items, after):
    found = _txt(tmp_path, f"KILNWORTH COUNCIL\n\nCabinet\n\nRecommendations\n\n{lead}\n\n" + "\n\n".join(items) +
                           f"\n\n{after}\n\nBackground papers: none\n")
    assert len(found) == 2, found


@pytest.mark.parametrize("lead, items", [
    ("It is recommended that:", ["(a) the Council approves the harbour dues for 2027.",
                                 "(b) the Council notes the dredging programme."]),
    ("It is recommended that:", ["1. Cabinet approves the harbour dues for 2027.", "2. Cabinet notes the dredging plan."]),
    ("The Board is asked to:", ["2.1 Approve the dues.", "2.2 Harbour users are consulted on the dredging plan."]),
])
def test_items_numbered_on_in_sequence_stay_in_the_list(tmp_path, lead, items):
    found = _txt(tmp_path, f"KILNWORTH HARBOUR BOARD\n\nRecommendations\n\n{lead}\n\n" + "\n\n".join(items) +
                           "\n\nBackground\n\nThe harbour opened in 1850.\n")
    assert len(found) == 2, found
