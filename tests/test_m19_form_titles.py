"""m19: an assessment form (equality, privacy, climate) asks its questions numbered, its own kind in brackets
(`1. Name of Activity (EqIA Title):`): the activity it assesses is the paper's title (cover_labels.yml title).
Fictional authorities and forms."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def record(*blocks):
    return extract(list(iter_passages(list(blocks))), {}, "fenmarsh-dc_eqia.pdf")


FORM_HEAD = Block("paragraph", text="Equality Impact Assessment Working Template")


@pytest.mark.parametrize("rows, title", [
    ([["1. Name of Activity (EqIA Title):", "", "Fenmarsh Library Opening Hours"],
      ["2. Directorate", "", "Communities"]], "Fenmarsh Library Opening Hours"),
    ([["Title of activity", "Verge Cutting Review 2026"], ["Lead officer", "Sam Rowe"]], "Verge Cutting Review 2026"),
    ([["3) Title of the activity assessed:", "Harbour Dues 2026"], ["4) Service", "Harbours"]], "Harbour Dues 2026"),
])
def test_the_activity_a_numbered_assessment_form_names_is_its_title(rows, title):
    found = record(FORM_HEAD, Block("table", rows=rows, header_rows=0),
                   Block("paragraph", text="The proposal changes how residents use the service."))
    assert found.title == title


@pytest.mark.parametrize("rows", [
    [["7. What type of activity are you undertaking?", "", ""], ["Yes", "Service Change", ""]],
    [["Activity", "Due by"], ["Consultation closes", "4 May 2026"]],
])
def test_other_questions_about_activities_give_no_title(rows):
    found = record(FORM_HEAD, Block("table", rows=rows, header_rows=0),
                   Block("paragraph", text="The proposal changes how residents use the service."))
    assert found.title not in ("Service Change", "Due by", "Consultation closes", "")
