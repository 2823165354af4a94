"""(s37) A planning application listed in a table row (reference | site | proposal | the council's comment) is
decided as the same application written on one line is (decisions.yml sentences planning_comment, `reads_rows`):
a table row that decided nothing cell by cell is read as the line its cells make left to right, ending at the
last cell that completes it (a column after the comment, the date the comment was sent, is no part).  Parish
minutes list their planning consultations so, typed or scanned (a scanned page's table is now a table)."""
from __future__ import annotations

import pytest

from fictional_paper import parish_minutes_decisions


@pytest.mark.parametrize("row, decided", [
    (["26/00311/F", "Rose Cottage, Church Lane, Ashcombe", "Single storey rear extension", "No objection"],
     "26/00311/F Rose Cottage, Church Lane, Ashcombe Single storey rear extension No objection"),
    (["DM/2026/00412", "Ivy Farm, Tregarn", "Conversion of the stone barn to a holiday let - Approval recommended"],
     "DM/2026/00412 Ivy Farm, Tregarn Conversion of the stone barn to a holiday let - Approval recommended"),
    (["P/25/0788/HOU", "4 Mill Row Lowfield", "New dormer window to the front NO OBJECTION", "03/03/2026"],
     "P/25/0788/HOU 4 Mill Row Lowfield New dormer window to the front NO OBJECTION"),
    (["25/01122/LB", "The Old Forge, High Street", "Replacement timber windows", "Refusal recommended",
      "Clerk to reply"],
     "25/01122/LB The Old Forge, High Street Replacement timber windows Refusal recommended"),
])
def test_a_planning_application_row_with_the_councils_comment_is_a_decision(row, decided):
    assert decided in parish_minutes_decisions([row])


@pytest.mark.parametrize("row", [
    ["26/00311/F", "Rose Cottage, Church Lane", "Single storey rear extension", "Site visit on 20 March"],
    ["DM/2026/00412", "Ivy Farm, Tregarn", "Barn conversion", ""],
    # No reference opening the row: a budget line, not an application.
    ["Verge cutting", "No objection was raised to the new schedule", "£420"],
])
def test_a_row_without_an_application_and_the_councils_comment_is_no_decision(row):
    assert parish_minutes_decisions([row]) == []
