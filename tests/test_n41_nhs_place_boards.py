"""A board called `NHS <place>` alone is the paper's own body where the paper shows it holding its meetings
(org_evidence.yaml nhs_area_bodies own_board; orgevidence.own_nhs_area_boards): a letterhead, a committee's
heading, a web page's title.  National NHS bodies (`NHS England`, `NHS Supply Chain`, `NHS Property Services`)
never are a place's board.  Fictional papers, written before the change (each failed before it)."""
from __future__ import annotations

import pytest

from committee_papers.extract import orgevidence
from committee_papers.pipeline import read_and_extract

OWN_BOARD = orgevidence.rules()["nhs_area_bodies"]["own_board"]


@pytest.mark.parametrize("example", OWN_BOARD["examples"], ids=lambda e: e["text"][:40])
def test_rule_file_examples_name_the_board(example):
    assert [name for _, name in orgevidence.own_nhs_area_boards([example["text"]])] == [example["name"]]


@pytest.mark.parametrize("text", OWN_BOARD["not_examples"])
def test_rule_file_not_examples_name_no_board(text):
    assert orgevidence.own_nhs_area_boards([text]) == []


def _extract(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_and_extract(str(path))[2]


OWN_PAPERS = [
    # A letterhead in capitals over a board's minutes.
    ("letterhead.txt", "NHS GLENFOYLE\n\nMinute of the meeting of the Staff Governance Committee held on Thursday "
     "12 March 2026 at 10.00am in the Board Room, Fernbank House\n\nPresent: Mr A Ross (Chair), Ms K Dunn\n\n"
     "1. Workforce report\n\nThe Committee noted the sickness absence figures.\n", "NHS Glenfoyle"),
    # A committee heading run into the board's name.
    ("committee.txt", "NHS Ardlochan Audit and Risk Committee\n\nMinutes of the meeting held on Tuesday 3 February "
     "2026 at 2.00pm by video link\n\nPresent: Dr P Moir (Chair), Mrs L Gray\n\n1. Internal audit progress\n\n"
     "The Committee received the internal audit progress report.\n", "NHS Ardlochan"),
    # A web page's title: the body, a dash and its board's papers.
    ("page.md", "# NHS Tarnvale - Board meeting papers\n\nBoard meeting, 5 May 2026, Tarnvale Hospital\n\n"
     "Paper 7: Winter plan\n\nThe Board is asked to approve the winter plan for 2026/27.\n", "NHS Tarnvale"),
    # The board meeting named in the minutes' heading line.
    ("heading.txt", "Minutes of the Meeting of NHS Wendle Valleys Board held at Wendle House on Wednesday 8 April "
     "2026 at 9.30am\n\nPresent: Mrs E Baird (Chair), Dr R Kerr\n\n1. Apologies\n\nApologies were received from "
     "Mr T Shand.\n", "NHS Wendle Valleys"),
]


@pytest.mark.parametrize("name,text,board", OWN_PAPERS, ids=[p[0] for p in OWN_PAPERS])
def test_nhs_place_board_publishes_its_own_paper(tmp_path, name, text, board):
    found = _extract(tmp_path, name, text)
    assert found.authority == board
    assert {o.name: o.kind for o in found.organisations}.get(board) == "health_board"


NATIONAL_PAPERS = [
    ("england.txt", "Harbury Borough Council\n\nCabinet, 5 May 2026\n\nHospital discharge funding\n\n"
     "NHS England has confirmed the discharge allocation for 2026/27.\n", "Harbury Borough Council"),
    ("supply.txt", "Fenmoor District Council\n\nResources Committee, 9 June 2026\n\nPersonal protective equipment\n\n"
     "Gloves will be bought through the NHS Supply Chain framework agreement.\n", "Fenmoor District Council"),
    ("landlord.txt", "Kelby County Council\n\nPlanning Committee, 2 July 2026\n\nClinic lease\n\n"
     "NHS Property Services is the landlord of the Kelby clinic and NHS Property Services Board has agreed the "
     "lease.\n", "Kelby County Council"),
    # An ICB named in full with its type, run into no committee of its own: no second body `NHS Carnwell`.
    ("icb.txt", "Dunmere City Council\n\nHealth Scrutiny Committee, 4 March 2026\n\nSchool nursing\n\n"
     "School nursing is commissioned by NHS Carnwell Integrated Care Board (the ICB) and provided by Carnwell "
     "Community Health NHS Trust.\n", "Dunmere City Council"),
]


@pytest.mark.parametrize("name,text,council", NATIONAL_PAPERS, ids=[p[0] for p in NATIONAL_PAPERS])
def test_national_nhs_bodies_are_no_place_board(tmp_path, name, text, council):
    found = _extract(tmp_path, name, text)
    assert found.authority == council
    assert not [o.name for o in found.organisations if o.kind == "health_board" or o.name == "NHS Carnwell"]
