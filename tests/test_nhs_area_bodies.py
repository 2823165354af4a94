"""An NHS body named by `NHS` and its area alone (brief o40): found by its role (`directs X to`, `a contract with X`,
`Direction issued to X`), a health board in a Scottish or Welsh health and care paper and an integrated care board in
an English one (org_evidence.yaml nhs_area_bodies); `NHS` before a thing's words (`NHS Long Term Plan`, `NHS Pension
Scheme`) names no area's body.  Fictional papers written for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.extract import orgevidence  # noqa: E402
from probe_harness import extract_blocks  # noqa: E402


def _kinds(extraction) -> dict[str, str]:
    return {org.name: org.kind for org in extraction.organisations}


def test_an_ijb_direction_names_the_health_board_by_its_area():
    found = extract_blocks(("heading", "Lochmere Borders Integration Joint Board"), "Meeting of 14 May 2026",
                           ("heading", "Directions for 2026/27"),
                           "The Integration Joint Board directs NHS Lochmere Borders to provide district nursing "
                           "within a budget of £12.4m.")
    assert _kinds(found).get("NHS Lochmere Borders") == "health_board"


def test_a_direction_issued_to_a_board_in_a_partnership_report():
    found = extract_blocks(("heading", "Glenmorrow Health and Social Care Partnership"), "Audit and Performance "
                           "Committee, 3 June 2026",
                           "A Direction was issued to NHS Glenmorrow on 1 April covering mental health services, "
                           "and the HSCP will report on its delivery each quarter.")
    assert _kinds(found).get("NHS Glenmorrow") == "health_board"


def test_an_icb_paper_names_a_neighbouring_icb_by_its_area():
    found = extract_blocks(("heading", "NHS Harbury and Wendle Integrated Care Board"), "Board meeting, 9 July 2026",
                           ("heading", "Lead commissioning of stroke services"),
                           "The ICB holds an agreement with NHS Fenmoor and Lyme for the hosted stroke network, "
                           "and each integrated care board pays its share.")
    assert _kinds(found).get("NHS Fenmoor and Lyme") == "icb"


def test_a_welsh_regional_partnership_paper_names_its_board():
    found = extract_blocks(("heading", "Dyffryn Teg Regional Partnership Board"), "Meeting of 20 January 2026",
                           "The reablement service is commissioned by NHS Dyffryn Teg and run with the two councils; "
                           "the Welsh Government grant covers the first year.")
    assert _kinds(found).get("NHS Dyffryn Teg") == "health_board"


def test_a_paper_without_health_context_leaves_the_kind_unknown():
    found = extract_blocks(("heading", "Marrowby Borough Council"), "Cabinet, 4 March 2026",
                           "The Council has a lease with NHS Marrowby for the clinic rooms at the civic centre.")
    assert _kinds(found).get("NHS Marrowby") == "other"


@pytest.mark.parametrize("name, area", [
    ("NHS Carrick Shore", True), ("NHS Kent and Medway", True), ("NHS Wendle Valleys", True),
    ("NHS Long Term Plan", False), ("NHS Pension Scheme", False), ("NHS Health Checks", False),
    ("NHS Talking Therapies", False), ("NHS Employers", False), ("NHS Wales Shared Services Partnership", False),
    ("NHS App", False), ("NHS 111", False), ("NHS Trusts", False), ("Carrick Shore", False),
])
def test_names_an_nhs_area(name, area):
    assert orgevidence.names_an_nhs_area(name) is area


@pytest.mark.parametrize("texts, kind", [
    (["Carrick Shore Integration Joint Board", "The IJB directs the health board."], "health_board"),
    (["NHS Harbury Integrated Care Board", "The ICB and the integrated care system."], "icb"),
    (["Marrowby Borough Council cabinet report."], "other"),
    (["The IJB and the ICB met."], "other"),
])
def test_the_papers_words_choose_the_kind(texts, kind):
    assert orgevidence.nhs_area_kind(texts) == kind


def test_nhs_things_in_role_positions_are_no_area_bodies():
    found = extract_blocks(("heading", "Carrick Shore Integration Joint Board"), "Meeting of 14 May 2026",
                           "The service model is in line with the NHS Long Term Plan, and staff keep their membership "
                           "of the NHS Pension Scheme.")
    kinds = _kinds(found)
    assert "NHS Long Term Plan" not in kinds and kinds.get("NHS Pension Scheme") != "health_board"
