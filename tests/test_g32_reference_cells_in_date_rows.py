"""(g32) A minutes table row's first cell that is only the minute's reference ("FGB 55/2021", "HWB 14/25", "PC 7")
names no event: a date in the row takes the row's titled cell ("Date of next meeting") as its event, so a next
meeting's date is a key date whatever the board's reference code.  Fictional minutes of a school's governing body,
an NHS board and a parish council, each a table without a header row."""
import pytest

from probe_harness import extract_file

PAPER = """<html><body>
<h1>{body}</h1>
<h2>Minutes of the meeting held on 3 March 2025</h2>
<p>Apologies were received from one member. The meeting closed at 8pm.</p>
<table>
<tr><td>{ref1}</td><td>Finance</td><td>The budget monitor was received.</td><td></td></tr>
<tr><td>{ref2}</td><td>{label}</td><td>{date_text}</td><td></td></tr>
</table>
</body></html>
"""

CASES = [
    ("Eastbrook Primary School Governing Body", "FGB 54/2025", "FGB 55/2025", "Date of next meeting",
     "Monday 31 March 2025 at 1830", "2025-03-31"),
    ("Harrowfield NHS Foundation Trust Board", "HWB 13/25", "HWB 14/25", "Date and time of next meeting",
     "Thursday 8 May 2025, 10am", "2025-05-08"),
    ("Ockley Green Parish Council", "PCM 6/2025", "PCM 7/2025", "Next meeting",
     "Tuesday 1 April 2025 at 7.30pm in the village hall", "2025-04-01"),
]


@pytest.mark.parametrize("body,ref1,ref2,label,date_text,iso", CASES, ids=[c[0].split()[0] for c in CASES])
def test_a_date_beside_a_reference_cell_takes_the_rows_title_as_its_event(tmp_path, body, ref1, ref2, label,
                                                                           date_text, iso):
    paper = PAPER.format(body=body, ref1=ref1, ref2=ref2, label=label, date_text=date_text)
    key_dates = extract_file(tmp_path, "minutes.html", paper).key_dates
    found = [k for k in key_dates if k.date == iso]
    assert found and label.lower() in found[0].event.lower()
