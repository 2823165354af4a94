"""Mends of stop 28 (d40), each a general mechanism with fictional examples (own wordings, invented authorities)
and negatives; the causes were found by sorting the real dev papers' missed and extra decisions."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces


def minutes(title, *pieces, committee="the Council"):
    return [(d.rule, d.text) for d in find_decisions(passages_from_pieces(
        ("heading", title), ("paragraph", "Present: Cllr Dyer (Chair), Cllr Pike, Cllr Amsel."), *pieces,
        ("heading", "9. Playing field"), ("paragraph", "Members agreed to buy a new bench.")), committee=committee)]


# -- 1. A payments list approved is one decision -----------------------------------------------------------------
# A small council's minutes approve a list of payments in one of two ways: the lead says it ("The following
# invoices were approved for payment:") over the payee lines or table, or a neutral lead ("To consider & approve
# accounts for payment:-", "Payments:") has the payee lines, then the line approving them ("All approved for
# payment.", "- proposed ..., seconded ... - passed for payment").  The approval is one decision: the lead alone when
# it approves, else the lead, its lines and the approval.

PAYMENTS_APPROVED = [
    # parish council, DOCX table under a lead that approves
    ([("paragraph", "7. Finance - The following invoices were approved for payment:"),
      ("table_header", "Payee | Item | Amount"),
      ("table_row", "Payee: Tallow Lighting | Item: Street lamp repair | Amount: 84.00"),
      ("table_row", "Payee: J Weller | Item: Clerk salary (April) | Amount: 412.50")],
     "Finance - The following invoices were approved for payment"),
    # community council text minutes: agenda lead in a numbered row, payee lines, the approval after them
    ([("table_row", "412. | To consider & approve accounts for payment:-"),
      ("paragraph", "Brookside Grounds Ltd - £220.00 (Ch. No. 1041)"),
      ("paragraph", "Clerk's salary - £398.10 (Ch. No. 1042) Village hall hire - £36.00 (Ch. No. 1043)"),
      ("paragraph", "All approved for payment.")],
     "To consider & approve accounts for payment:- Brookside Grounds Ltd - £220.00 (Ch. No. 1041) Clerk's salary - "
     "£398.10 (Ch. No. 1042) Village hall hire - £36.00 (Ch. No. 1043) All approved for payment."),
    # town council HTML: a 'Payments:' heading with its first line, the vote closing the last line
    ([("heading", "6. Payments: Clerk's quarterly salary £612.00"),
      ("paragraph", "Hall hire £40.00"),
      ("paragraph", "Grass cutting £180.00 - Proposed Mr Hale, seconded Mrs Orme - passed for payment")],
     "Payments: Clerk's quarterly salary £612.00 Hall hire £40.00 Grass cutting £180.00 - Proposed Mr Hale, "
     "seconded Mrs Orme - passed for payment"),
    # school governors' PDF: a lead over the bills, their approval below
    ([("paragraph", "5.2 Bills for approval:"),
      ("list_item", "Caterlink school meals (March) 1,204.60"),
      ("list_item", "Oakfield Cleaning Services 655.00"),
      ("paragraph", "The bills listed were approved by governors.")],
     "Bills for approval: Caterlink school meals (March) 1,204.60 Oakfield Cleaning Services 655.00 The bills "
     "listed were approved by governors."),
]


@pytest.mark.parametrize("pieces,decision", PAYMENTS_APPROVED)
def test_an_approved_payments_list_is_one_decision(pieces, decision):
    found = minutes("Minutes of the Hollowmere Parish Council meeting held on 5 May 2026", *pieces)
    assert ("payments_approved", decision) in found, found
    assert len(found) == 2, found      # the approval and the bench: no payee line or closing line of its own


PAYMENTS_NOT_APPROVED = [
    # payments merely reported
    [("paragraph", "7. Finance - The Clerk reported the payments made by standing order:"),
     ("table_row", "Payee: Tallow Lighting | Item: Street lamp repair | Amount: 84.00")],
    # a list the meeting will approve later
    [("paragraph", "7. Accounts for payment:"), ("paragraph", "Brookside Grounds Ltd - £220.00"),
     ("paragraph", "The Clerk said these would be approved for payment at the June meeting.")],
    # a list no one approves before the next item
    [("paragraph", "7. Payments:"), ("paragraph", "Brookside Grounds Ltd - £220.00"),
     ("paragraph", "The Clerk will circulate the bank reconciliation.")],
]


@pytest.mark.parametrize("pieces", PAYMENTS_NOT_APPROVED)
def test_a_payments_list_no_one_approves_decides_nothing(pieces):
    found = minutes("Minutes of the Hollowmere Parish Council meeting held on 5 May 2026", *pieces)
    assert found == [("body_decided_lower", "Members agreed to buy a new bench.")], found


# -- 2. A resolution label carrying only the minute's reference leads the paragraph below ---------------------------
# "Resolved 26/05/4.01" on its own line, the resolution in the paragraph under it: the reference is the label's
# number, not a decision; the label leads the line below as a bare "RESOLVED:" does.

REFERENCE_LABELS = [
    ("Resolved 26/05/4.01", "The minutes of the meeting held on 7 April 2026 were adopted as a true record and signed "
                            "by the Chair."),
    ("RESOLVED HPC/26/031", "That the grass cutting contract with Fellside Mowing be renewed for one year."),
    ("RESOLVED 2026/117", "That the noticeboard glass be replaced at a cost of £85.00."),
]


@pytest.mark.parametrize("label,decision", REFERENCE_LABELS)
def test_a_reference_only_label_leads_the_paragraph_below(label, decision):
    found = minutes("Minutes of the Brantwick Town Council meeting held on 12 May 2026",
                    ("heading", "4. Business"), ("paragraph", label), ("paragraph", decision),
                    ("paragraph", "Cllr Pike advised that the school fete would be held on 20 June."))
    texts = [text for _rule, text in found]
    assert decision in texts, found
    assert label.split()[-1] not in texts and not any(label.split()[-1] == t.strip() for t in texts), found
    assert not any("school fete" in text for text in texts), found
