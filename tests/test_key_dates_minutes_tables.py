"""Minutes set out as a table (No. | Minute | Action): a date in a cell of prose is judged by its own
clause, and a next meeting written without a year (and with its time) is a key date."""
from __future__ import annotations

import pytest

from committee_papers.extract.dates import find_yearless_dates
from committee_papers.pipeline import read_and_extract

FILLER = ("Members discussed the quarterly figures at length; volunteer numbers are being tracked "
          "and reported each month by the office team, who saw nothing unusual this quarter. ")

PAPERS = {
    "wrenfield.html": f"""<html><head><title>Wrenfield Community Leisure Trust board minutes</title></head><body>
<h1>Wrenfield Community Leisure Trust – Board Meeting Minutes</h1>
<p>Date: 12 March 2024</p>
<table>
<tr><td>4.</td><td>Pools update. {FILLER}The new pool timetable starts on 22/04/24.</td><td>JB</td></tr>
<tr><td>9.</td><td>Date of next meeting<br>Board Meeting 14th May, 10.00am, Riverside Centre</td><td></td></tr>
</table></body></html>""",
    "kestrel.md": f"""# Kestrel Vale Housing Co-operative
## Management Committee minutes, 3 September 2025

| No. | Minute | Action |
|---|---|---|
| 5 | Rent review. {FILLER}The revised rents will be explained to tenants at the Tenants Meeting on 02/10/25. | AK |
| 8 | Next meeting: Committee meeting 8 October, 6.30pm, Co-op Hall | |
""",
    "fenby.txt": f"""FENBY AND DISTRICT CARERS CENTRE
Minutes of the Trustees Meeting held on 20 January 2026

7. Any other business
{FILLER}The volunteers' training day will be held on 14/02/26 at the centre.

8. Date of next meeting
The next Trustees meeting will be on 17th March, 2.00pm at the centre.
""",
}
EXPECTED = {
    "wrenfield.html": {"2024-04-22", "2024-05-14"},
    "kestrel.md": {"2025-10-02", "2025-10-08"},
    "fenby.txt": {"2026-02-14", "2026-03-17"},
}


@pytest.mark.parametrize("name", sorted(PAPERS))
def test_dates_in_minutes_cells_and_next_meetings_with_a_time(tmp_path, name):
    path = tmp_path / name
    path.write_text(PAPERS[name], encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    found = {k.date for k in extraction.key_dates}
    assert EXPECTED[name] <= found, found


@pytest.mark.parametrize("text,expected", [
    ("Trustees' meeting 5th June, 7.15pm", [(6, 5)]),
    ("next meeting: 4 March, 10:00 in the Guildhall", [(3, 4)]),
    ("Panel meeting on 21 November, 6.00pm", [(11, 21)]),
    ("the report of 16 September, 2025", []),
])
def test_a_time_after_a_yearless_date_is_no_year(text, expected):
    assert [(m, d) for _s, _e, m, d in find_yearless_dates(text)] == expected
