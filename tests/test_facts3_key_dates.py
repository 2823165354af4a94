"""Round facts3: a timetable's milestone for what gets signed (`Contracts signed: by 13 June 2025`,
`Lease signed - 20 June`) is a key date; a signature line (`Signed:`, `Chair signed:`) still is none.
Fictional authorities only."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def key_dates_of(tmp_path, body: str, name: str = "paper.md"):
    path = tmp_path / name
    path.write_text("# Tollmere District Council\n\n**Meeting:** Cabinet\n**Date:** 4 March 2025\n\n" + body,
                    encoding="utf-8")
    return {d.date for d in read_and_extract(str(path))[2].key_dates if d.rule != "meeting_date"}


@pytest.mark.parametrize("body, date", [
    ("## 8. Timetable\n\n- Tenders returned: 2 May 2025\n- Contracts signed: by 13 June 2025\n", "2025-06-13"),
    ("## 6. Next steps\n\n| Step | Date |\n|---|---|\n| Heads of terms agreed | 9 May 2025 |\n"
     "| Lease signed | 20 June 2025 |\n", "2025-06-20"),
    ("## 7. Programme\n\nPartnership agreement signed - no later than 27 June 2025\n\nService transfers - 1 July 2025\n",
     "2025-06-27"),
])
def test_a_timetables_signing_milestone_is_a_key_date(tmp_path, body, date):
    assert date in key_dates_of(tmp_path, body)


@pytest.mark.parametrize("line", [
    "Signed: Director of Place, 5 March 2025",
    "Chair signed: 5 March 2025",
    "Decision notice signed - 5 March 2025",
])
def test_a_signature_line_is_still_no_key_date(tmp_path, line):
    assert "2025-03-05" not in key_dates_of(tmp_path, f"## 1. Summary\n\nThe paper proposes a new lease.\n\n{line}\n")
