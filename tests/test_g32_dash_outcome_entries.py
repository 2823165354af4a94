"""(g32) A note-form list entry that closes on its outcome after a dash ("SEND Policy - agreed", "Estates strategy -
deferred to the July meeting") is a decision, in a minutes table's notes cell as in a bulleted list; such a line is
no sub-item title.  Fictional minutes of a school trust's committee (an HTML table), an NHS partnership board (a
Markdown list) and a town council's committee (a table whose cell opens with a lead-in)."""
from probe_harness import extract_file

TRUST_TABLE = """<html><body>
<h1>Hollins Academy Trust</h1>
<h2>Minutes of the Finance and Resources Committee held on 3 March 2025</h2>
<p>Apologies were received from Mrs Dale. The meeting closed at 7.40pm.</p>
<table>
<tr><th>Item</th><th>Notes</th><th>Action</th></tr>
<tr><td>FR 14/25</td><td>Policies<br>a. Lettings Policy - agreed<br>b. Charging and Remissions Policy - deferred to the summer meeting<br>c. Whistleblowing Policy – ratified.</td><td>Clerk</td></tr>
</table>
</body></html>
"""

BOARD_LIST = """# Northfield Community Health Partnership

## Minutes of the Partnership Board held on 6 May 2025

Apologies were received from Dr Rao. The meeting closed at 4.30pm.

### 7. Documents for approval

The Board considered the following:

- Annual complaints report - noted.
- Terms of reference for the Quality Group — approved as amended
- Estates strategy - deferred to the July meeting
"""

COUNCIL_TABLE = """<html><body>
<h1>Eastcombe Town Council</h1>
<h2>Minutes of the Amenities Committee held on 12 June 2025</h2>
<p>Apologies were received from Cllr Bird. The meeting closed at 9.05pm.</p>
<table>
<tr><th>Minute</th><th>Discussion and outcome</th><th>Owner</th></tr>
<tr><td>AM 31</td><td>Schedules reviewed<br>The following were considered:<br>(i) Grass cutting schedule 2025 – approved<br>(ii) Play area inspection regime - deferred until the insurer replies</td><td>Clerk</td></tr>
</table>
</body></html>
"""


def _decisions(tmp_path, name, text):
    return [d.text for d in extract_file(tmp_path, name, text).decisions if d.rule == "dash_outcome_entry"]


def test_entries_of_a_notes_cell_are_decisions_not_titles(tmp_path):
    assert _decisions(tmp_path, "trust.html", TRUST_TABLE) == [
        "Lettings Policy - agreed", "Charging and Remissions Policy - deferred to the summer meeting",
        "Whistleblowing Policy – ratified."]


def test_entries_of_a_bulleted_list_are_decisions(tmp_path):
    assert _decisions(tmp_path, "board.md", BOARD_LIST) == [
        "Annual complaints report - noted.", "Terms of reference for the Quality Group — approved as amended",
        "Estates strategy - deferred to the July meeting"]


def test_entries_under_a_lead_in_in_a_cell_are_decisions(tmp_path):
    assert _decisions(tmp_path, "council.html", COUNCIL_TABLE) == [
        "Grass cutting schedule 2025 – approved", "Play area inspection regime - deferred until the insurer replies"]
