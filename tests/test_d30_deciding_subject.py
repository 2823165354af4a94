"""(d30) Decisions: who decides -- the deciding subject as minutes name it.  The meeting's members as a plural
decide as the meeting does ("Governors approved ...", "Governors also approved ..."), but some of them tell their
own views ("Some Members supported ...", "Two Directors agreed with ..."); the capacity a body decides in or what
it had just done may stand between it and its verb ("The Board, as corporate trustee, RESOLVED ...", "The Panel,
having considered the representations, decided ..."), as may a word drawing the conclusion ("Councillors
therefore approved ...").  Fictional minutes."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def decisions_of(tmp_path, body: str):
    path = tmp_path / "minutes.txt"
    path.write_text(body, encoding="utf-8")
    return [d.text for d in read_and_extract(str(path))[2].decisions]


HEADS = {
    "governors": ("ASHCOMBE HOSPITALS NHS FOUNDATION TRUST\n\nMinutes of the meeting of the Council of Governors held on "
                  "12 March 2025\n\n"),
    "trust": "RIVERBANK COMMUNITY HEALTH NHS TRUST\n\nMinutes of the Board meeting held on 27 March 2025\n\n",
    "charity": "FRIENDS OF COLDHAM LIBRARY\n\nMinutes of the Trustees meeting held on 5 February 2025\n\n",
    "company": "MARSHGATE LEISURE LIMITED\n\nMinutes of the meeting of the Board of Directors held on 3 June 2025\n\n",
    "council": "TARNBY CITY COUNCIL\n\nMinutes of the meeting of the Licensing Panel held on 9 April 2025\n\n",
}


def minute(head: str, sentence: str, before: str = "The Chair introduced the item.") -> str:
    return HEADS[head] + "6. Appointments and policies\n\n" + before + "\n\n" + sentence + "\n"


@pytest.mark.parametrize("head, sentence", [
    ("governors", "Governors approved the appointment of Dr Ann Vale as a Non-Executive Director for three years."),
    ("governors", "Governors also approved the reappointment of Mr Peter Lund for a second term of three years."),
    ("governors", "The Governors agreed that the lead governor election be held in June."),
    ("charity", "Trustees also agreed to renew the lease of the book store for a year."),
    ("company", "Directors approved the revised opening hours for the swimming pool."),
])
def test_the_members_as_a_plural_decide_as_the_meeting(tmp_path, head, sentence):
    assert decisions_of(tmp_path, minute(head, sentence)) == [sentence]


@pytest.mark.parametrize("head, sentence", [
    ("governors", "Some Governors supported a shorter term for the new appointment."),
    ("governors", "Several Governors agreed with the public governor's concerns about parking."),
    ("company", "Two Directors agreed with the Finance Director that the price rise was too steep."),
    ("charity", "A number of Trustees supported moving the book sale to the spring."),
    ("governors", "Governors raised the risk that the car park closure would leave patients unable to park."),
])
def test_some_of_the_members_tell_their_own_views(tmp_path, head, sentence):
    assert decisions_of(tmp_path, minute(head, sentence)) == []


@pytest.mark.parametrize("head, sentence", [
    ("trust", "The Board, as corporate trustee, RESOLVED to adopt the annual report and accounts of the charity."),
    ("council", "The Panel, acting as the licensing authority, agreed to grant the street trading consent."),
    ("council", "The Panel, having considered the representations of the residents, decided to refuse the licence."),
    ("company", "The Board, in its capacity as trustee of the pension scheme, approved the revised investment principles."),
])
def test_an_aside_between_the_body_and_its_verb(tmp_path, head, sentence):
    assert decisions_of(tmp_path, minute(head, sentence)) == [sentence]


@pytest.mark.parametrize("head, sentence", [
    ("charity", "Trustees therefore approved the revised volunteer handbook."),
    ("council", "The Panel accordingly agreed to adjourn the hearing to 14 May 2025."),
    ("company", "The Directors subsequently approved the sale of the minibus."),
])
def test_a_word_drawing_the_conclusion_between_the_body_and_its_verb(tmp_path, head, sentence):
    assert decisions_of(tmp_path, minute(head, sentence)) == [sentence]


@pytest.mark.parametrize("head, sentence", [
    # Another body's decision, with its aside: reported, not decided here.
    ("trust", "The Council, as the landlord of the clinic, approved the new lease in February."),
    ("trust", "The Audit Committee, having reviewed the accounts, recommended them for adoption."),
    # Asides before no deciding verb.
    ("trust", "The Board, as corporate trustee, holds funds of £3.9m."),
    ("charity", "Trustees therefore asked the Treasurer for a breakdown of the costs."),
])
def test_an_aside_decides_nothing_by_itself(tmp_path, head, sentence):
    assert decisions_of(tmp_path, minute(head, sentence)) == []


@pytest.mark.parametrize("head, sentence", [
    ("charity", "Cllrs agreed to ring fence the sum set aside for the hall roof."),
    ("council", "Cllrs also approved the revised charges for the market stalls."),
    ("council", "Councillors agreed to ask the highway authority for a speed survey."),
])
def test_councillors_abbreviated_decide_as_the_meeting(tmp_path, head, sentence):
    assert decisions_of(tmp_path, minute(head, sentence)) == [sentence]


def test_some_councillors_tell_their_own_views(tmp_path):
    assert decisions_of(tmp_path, minute("council", "Some Cllrs supported a later start to the hearing.")) == []


@pytest.mark.parametrize("head, sentence", [
    ("council", "Committee resolved to note the apologies."),
    ("trust", "The Board RESOLVED to award the school meals contract to Hearth Catering."),
    ("charity", "The Trustees resolved that the book sale be held in the spring."),
    ("company", "After a short debate, the Board RESOLVED to adopt the revised rules of the society."),
])
def test_a_one_sentence_resolution_keeps_who_resolved(tmp_path, head, sentence):
    assert decisions_of(tmp_path, minute(head, sentence)) == [sentence]


def test_a_resolution_leading_a_list_gives_its_items(tmp_path):
    found = decisions_of(tmp_path, minute("trust", "The Board RESOLVED: (a) to note the report; (b) to approve the revised plan."))
    assert found == ["to note the report", "to approve the revised plan."]


@pytest.mark.parametrize("head, sentence", [
    ("trust", "The Board has received £3.1m from NHS England for elective recovery."),
    ("governors", "The Council also received £400,000 of flood recovery grant from the government."),
    ("charity", "The Trustees had received additional funding from the lottery for the reading club."),
    ("company", "The Board has now received a grant of £25,000 from the county council towards the new boiler."),
])
def test_a_sum_the_body_received_is_no_decision(tmp_path, head, sentence):
    assert decisions_of(tmp_path, minute(head, sentence, "The Director of Finance presented the month 7 report.")) == []


@pytest.mark.parametrize("head, sentence", [
    ("trust", "The Board received the finance report showing income of £2m above plan."),
    ("governors", "The Council received and noted the grant funding report."),
    ("charity", "The Trustees received the annual accounts and the examiner's report."),
])
def test_a_paper_the_body_received_is_its_decision(tmp_path, head, sentence):
    assert decisions_of(tmp_path, minute(head, sentence, "The Director of Finance presented the month 7 report.")) == [sentence]
