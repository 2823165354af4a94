"""(d29) Decisions: a resolution label run on after what its paragraph put, whose decision names its matter only
by a pointer or leaves its verb without an object ("... quotes for two cabinets. AGREED to purchase."), decides
what the sentences before it put.  Fictional minutes."""
from __future__ import annotations

import pytest

from probe_harness import extract_file


def decisions_of(tmp_path, body: str):
    return [d.text for d in extract_file(tmp_path, "minutes.txt", body).decisions]


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
    ("Declaration", "I confirm I hold no personal interest in this matter."),
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
    return [d.text for d in extract_file(tmp_path, "minutes.html", html).decisions]


@pytest.mark.parametrize("body_name, authority, sentence", [
    ("Health and Wellbeing Board", "Marsh Vale Borough Council",
     "The Board agreed to publish the updated needs assessment."),
    ("Licensing Committee", "Westford District Council",
     "The Committee agreed to refer the street trading policy to a consultation."),
    ("Corporate Parenting Board", "Tarnby City Council",
     "The Board agreed to ask the Council to extend the care leavers offer."),
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
    ("parish", "Following a vote (5 for, 2 against), the Council decided not to object to the application."),
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


@pytest.mark.parametrize("field, decided", [
    ("Decision:", "16 Jul 2025"),
    ("Decision due:", "March 2026"),
    ("Decision:", "Tuesday, 3rd February, 2026"),
])
def test_a_decision_field_holding_only_a_date_is_no_decision(tmp_path, field, decided):
    html = ("<html><head><title>Issue - items at meetings - Library opening hours</title></head><body>"
            "<h1>Issue details</h1><h2>Library opening hours</h2><table>"
            f"<tr><td>Decision maker:</td><td>Cabinet</td></tr><tr><td>{field}</td><td>{decided}</td></tr>"
            "<tr><td>Key decision:</td><td>Yes</td></tr></table>"
            "<h3>Decision history</h3><p><strong>03/02/2026 - Cabinet</strong></p><p>Decision made:</p>"
            "<p>1) That the opening hours at Fenby Library be extended to 7pm on Thursdays.</p>"
            "<p>Reason: more visitors in the evening.</p></body></html>")
    found = [d.text for d in extract_file(tmp_path, "issue.html", html).decisions]
    assert found == ["That the opening hours at Fenby Library be extended to 7pm on Thursdays."]


def test_a_decision_with_its_date_stands(tmp_path):
    body = HEADS["parish"] + "7. Verges\n\nRESOLVED: Deferred to 3 March 2026.\n"
    assert decisions_of(tmp_path, body) == ["Deferred to 3 March 2026."]


@pytest.mark.parametrize("head, sentence", [
    ("trust", "The volunteers' code was read, signed and approved unanimously by all Board members."),
    ("friends", "The remits of the two working groups were examined and unanimously endorsed by the Trustees."),
    ("parish", "The allotment tenancy agreement was read, amended and approved by the Council."),
    ("fire", "The revised pay policy statement was considered, updated and adopted by the Authority."),
])
def test_a_passive_decision_after_what_was_done_to_its_matter(tmp_path, head, sentence):
    assert decisions_of(tmp_path, HEADS[head] + "5. Policies\n\n" + sentence + "\n") == [sentence]


@pytest.mark.parametrize("head, sentence", [
    ("trust", "The Code of Practice was reviewed and signed by the Chair."),
    ("parish", "The accounts were reviewed, amended and circulated by the Clerk."),
    ("fire", "The draft budget was considered and approved by the Finance Committee in January 2025."),
])
def test_a_passive_chain_whose_agent_is_not_this_meeting(tmp_path, head, sentence):
    assert decisions_of(tmp_path, HEADS[head] + "5. Policies\n\n" + sentence + "\n") == []


RESOLVED_LISTS = {
    "combined": ("WENSLEY COMBINED AUTHORITY\n\nMinutes of the meeting of the Combined Authority Board held on 9 October "
                 "2025\n\nCA/25/61 Bus franchising\n\n61.1 The Director presented the report.\n\n61.2 Members asked about the first routes."
                 "\n\n61.3 The Chair moved the recommendations.\n\nRESOLVED that:\n"),
    "fire": ("NORTHMARSH FIRE AND RESCUE AUTHORITY\n\nMinutes of the meeting of the Fire Authority held on 6 March 2025"
             "\n\nFA/12 Estates strategy\n\n12.1 The Treasurer presented the strategy.\n\n12.2 Members asked about the sales."
             "\n\n12.3 The Chair moved the recommendations.\n\nRESOLVED that:\n"),
    "trust": ("RIVERBANK COMMUNITY HEALTH NHS TRUST\n\nMinutes of the Board meeting held on 27 March 2025\n\n"
              "TB/33 Winter plan\n\n33.1 The Chief Operating Officer presented the plan.\n\n33.2 Members asked about beds."
              "\n\n33.3 The Chair moved the recommendations.\n\nRESOLVED that:\n"),
}


@pytest.mark.parametrize("paper, number", [("combined", "61"), ("fire", "12"), ("trust", "33")])
def test_the_papers_next_dotted_paragraph_ends_a_list_numbered_without_parents(tmp_path, paper, number):
    body = (RESOLVED_LISTS[paper] + "1. the plan be approved;\n2. the Director be authorised to sign the agreement;\n"
            f"3. the risk in paragraph {number}.4 be noted.\n\n"
            f"{number}.4 The main risk is that costs rise above the estimate. This will be managed through a reserve.\n")
    found = decisions_of(tmp_path, body)
    assert len(found) == 3 and not any("main risk" in text for text in found)


@pytest.mark.parametrize("paper", ["parish", "trust"])
def test_a_list_numbered_with_parents_keeps_its_items(tmp_path, paper):
    body = (HEADS[paper] + "6. Estates\n\nThe report was presented.\n\nRESOLVED that:\n"
            "6.1 the strategy be approved;\n6.2 the former depot at Eastwick be sold;\n6.3 the yard at Mill Lane be let.\n")
    found = decisions_of(tmp_path, body)
    assert len(found) == 3 and "Mill Lane" in found[-1]
