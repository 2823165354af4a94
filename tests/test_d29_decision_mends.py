"""(d29) Decisions: a resolution label run on after what its paragraph put, whose decision names its matter only
by a pointer or leaves its verb without an object ("... quotes for two cabinets. AGREED to purchase."), decides
what the sentences before it put.  Fictional minutes."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def decisions_of(tmp_path, body: str):
    path = tmp_path / "minutes.txt"
    path.write_text(body, encoding="utf-8")
    return [d.text for d in read_and_extract(str(path))[2].decisions]


HEADS = {
    "parish": "UPPER WENDLE PARISH COUNCIL\n\nMinutes of the meeting of the Parish Council held on 4 March 2025\n\n",
    "fire": "NORTHMARSH FIRE AND RESCUE AUTHORITY\n\nMinutes of the meeting of the Fire Authority held on 6 March 2025\n\n",
    "friends": "FRIENDS OF COLDHAM LIBRARY\n\nMinutes of the Trustees meeting held on 5 February 2025\n\n",
    "trust": "RIVERBANK COMMUNITY HEALTH NHS TRUST\n\nMinutes of the Board meeting held on 27 March 2025\n\n",
}


@pytest.mark.parametrize("head, put, label", [
    ("parish", "The Scouts have asked to use the pavilion on Tuesday evenings for £15 a session.",
     "AGREED to accept on the understanding that the hall is left tidy."),
    ("fire", "The Station Manager had obtained quotes for two defibrillator cabinets. These would cost about £450 each.",
     "AGREED to purchase."),
    ("trust", "The Estates Lead said the car park barrier fails most weeks and parts are hard to find.",
     "RESOLVED that this be replaced before the winter."),
    ("friends", "Jo told the Trustees that the Civic Society wants to run the heritage trail leaflets.",
     "It was AGREED that the text would be sent to them for checking."),
])
def test_a_label_leaving_its_matter_above_decides_what_was_put(tmp_path, head, put, label):
    found = decisions_of(tmp_path, HEADS[head] + "7. Any other business\n\n" + f"{put} {label}\n")
    assert len(found) == 1 and found[0].startswith(put[:30]) and found[0].endswith(label.split()[-1])


@pytest.mark.parametrize("head, put, label", [
    ("parish", "The Clerk reported on the state of the bus shelter on Mill Lane.",
     "RESOLVED that the bus shelter be repainted in May."),
    ("fire", "The Treasurer gave an update on the grass cutting at the stations.",
     "RESOLVED that this year's contract be extended to October."),
    ("trust", "The Director of Nursing presented the safe staffing report.",
     "It was AGREED to publish the report on the website."),
])
def test_a_label_naming_its_own_matter_decides_alone(tmp_path, head, put, label):
    found = decisions_of(tmp_path, HEADS[head] + "7. Any other business\n\n" + f"{put} {label}\n")
    assert found and not any(put[:30] in text for text in found)


def test_a_label_opening_its_paragraph_takes_nothing_from_above(tmp_path):
    body = HEADS["parish"] + "7. Allotments\n\nThe Clerk reported the water trough is leaking.\n\nRESOLVED that this be repaired.\n"
    assert not any("trough" in text for text in decisions_of(tmp_path, body))


RECORDS = {
    "pcc": ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTDALE\n\nDecision record 2025/041\n\n"
            "Title: Victim support service\n\nDecision\n\nI approve the award of the victim support service to "
            "Haven Support for two years from 1 October 2025.\n\n"),
    "fire": ("NORTHMARSH FIRE AND RESCUE AUTHORITY\n\nRecord of decision by the Chief Fire Officer\n\n"
             "Decision\n\nI approve the purchase of two water rescue boats from Tarn Marine at a cost of £84,000.\n\n"),
    "combined": ("WENSLEY COMBINED AUTHORITY\n\nOfficer decision notice\n\nDecision\n\nI have decided to award the "
                 "adult skills grant to Wensley College for the 2025/26 academic year.\n\n"),
}


@pytest.mark.parametrize("record", sorted(RECORDS))
@pytest.mark.parametrize("heading, declaration", [
    ("Declaration", "I confirm that I have no personal interest in this decision."),
    ("Declaration of interests", "I declare that I have no conflict of interest in this matter."),
    ("Conflicts of interest", "I have no interests to declare in relation to this decision."),
])
def test_a_declaration_of_no_interest_is_no_decision(tmp_path, record, heading, declaration):
    found = decisions_of(tmp_path, RECORDS[record] + f"{heading}\n\n{declaration}\n\nSigned: A Person  Date: 1 September 2025\n")
    assert found and not any("interest" in text for text in found)


@pytest.mark.parametrize("sentence", [
    "I approve the extension of the CCTV maintenance contract with Brightline to 31 March 2027.",
    "I have decided to fund the youth diversion scheme for a further year.",
])
def test_a_decision_after_no_declaration_stands(tmp_path, sentence):
    body = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTDALE\n\nDecision record 2025/042\n\n"
            f"Decision\n\n{sentence}\n\nSigned: A Person  Date: 1 September 2025\n")
    assert decisions_of(tmp_path, body) == [sentence]


def page_decisions(tmp_path, body_name: str, authority: str, rows: list[str]):
    cells = "".join(f"<tr><td>{n}</td><td><p>Item {n}</p><p>{row}</p></td></tr>\n" for n, row in enumerate(rows, 5))
    html = (f"<html><head><title>Minutes - {body_name} - Tuesday, 14th October, 2025 2.00 pm</title></head><body>"
            f"<h1>Minutes</h1><p>{body_name}<br>Tuesday, 14th October, 2025 2.00 pm<br>{authority}</p>"
            f"<p><strong>Members present:</strong> Cllr A Shah (Chair), Cllr B Lowe</p>"
            f"<table>\n{cells}</table></body></html>")
    path = tmp_path / "minutes.html"
    path.write_text(html, encoding="utf-8")
    return [d.text for d in read_and_extract(str(path))[2].decisions]


@pytest.mark.parametrize("body_name, authority, sentence", [
    ("Health and Wellbeing Board", "Marsh Vale Borough Council",
     "The Board approved the publication of the refreshed needs assessment."),
    ("Licensing Committee", "Westford District Council",
     "The Committee agreed to refer the street trading policy to a consultation."),
    ("Corporate Parenting Board", "Tarnby City Council",
     "The Board agreed to recommend to the Council that the care leavers offer be extended."),
])
def test_a_meeting_named_with_its_authority_after_it_decides_as_its_body(tmp_path, body_name, authority, sentence):
    assert page_decisions(tmp_path, body_name, authority, [sentence]) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Cabinet approved the new housing allocations policy.",
    "The Audit Committee agreed the internal audit plan.",
])
def test_another_body_decision_in_such_a_meeting_is_reported(tmp_path, sentence):
    assert page_decisions(tmp_path, "Health and Wellbeing Board", "Marsh Vale Borough Council", [sentence]) == []


@pytest.mark.parametrize("head, sentence", [
    ("parish", "Following a vote (4 for, 3 against), the Council decided not to object to the application."),
    ("fire", "After a recorded vote (9 for, 2 against, 1 abstention), the Authority agreed the revised charging policy."),
    ("trust", "On a show of hands (all in favour), the Board approved the winter plan."),
])
def test_a_vote_counted_in_brackets_before_the_deciding_body(tmp_path, head, sentence):
    assert decisions_of(tmp_path, HEADS[head] + "7. Any other business\n\n" + sentence + "\n") == [sentence]


@pytest.mark.parametrize("head, sentence", [
    ("parish", "Following a vote (3 for, 5 against), the motion was lost."),
    ("fire", "After a recorded vote (2 for, 9 against), the amendment fell."),
])
def test_a_vote_counted_in_brackets_that_decides_nothing(tmp_path, head, sentence):
    assert decisions_of(tmp_path, HEADS[head] + "7. Any other business\n\n" + sentence + "\n") == []
