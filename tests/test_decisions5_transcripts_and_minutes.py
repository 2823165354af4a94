"""Decisions in the transcript and minutes styles of round decisions5: livestream transcripts with
speakers named before a dash, a chair's summary with no vote, an item announced turns before its
confirmation, answered calls for objections, automatic captions without punctuation, deferred
approvals, delegations and bare "That ... be authorised" resolutions.  Fictional papers only,
through find_decisions and the real readers."""
from __future__ import annotations

import pytest

from committee_papers.extract.decision_documents import is_transcript
from committee_papers.extract.decisions import caption_decisions, find_decisions
from committee_papers.pipeline import read_and_extract

from test_decision_transcripts import transcript
from test_decisions import decisions_of_any_body, passages_of


def texts(found):
    return [d.text for d in found]


@pytest.mark.parametrize("heading", [
    "Unedited transcript generated from a livestream of the sitting",
    "Transcript of the webcast, Thursday 4 September 2025",
    "Auto captions downloaded from the meeting broadcast (not corrected)",
    "Closed captions - Licensing Committee, 12 May 2025",
])
def test_a_transcript_or_captions_made_from_the_recording_is_read_as_a_transcript(heading):
    passages = passages_of(("heading", "Harnley Vale Council"), ("paragraph", heading),
                           ("paragraph", "CHAIR: Good evening and welcome."))
    assert is_transcript(passages, filename="harnley-vale_2025-09-04_cabinet.txt")


@pytest.mark.parametrize("heading", [
    "Minutes of the Cabinet held on 4 September 2025",
    "Report on the webcasting of meetings",
    "Captioning and accessibility of council meetings - options appraisal",
])
def test_a_paper_about_transcripts_or_captions_is_no_transcript(heading):
    passages = passages_of(("heading", heading), ("paragraph", "The Council webcasts its meetings."))
    assert not is_transcript(passages, filename="harnley-vale_2025-09-04_cabinet_report.txt")


@pytest.mark.parametrize("turns, expected", [
    (["CHAIR: Item 12, the capital programme. So, unless someone has a further point, the Board "
      "is content to approve the capital programme for 2027/28, thanks all."],
     "the Board is content to approve the capital programme for 2027/28"),
    (["Chair: Then the Committee is happy to endorse the estates strategy for consultation."],
     "happy to endorse the estates strategy for consultation"),
    (["CHAIR: Item 9, the complaints report.", "DIRECTOR OF NURSING: Complaints fell by a tenth this year.",
      "CHAIR: So we're content to note the complaints report and to ask for a six-month update."],
     "content to note the complaints report"),
])
def test_a_chairs_summary_that_the_meeting_is_content_to_decide_is_a_decision(turns, expected):
    found = transcript(*turns)
    assert len(found) == 1 and expected in found[0].text


@pytest.mark.parametrize("turns, expected", [
    (["CHAIR: So the recommendation is that the Board awards the patient transport contract to Moorway Travel "
      "Ltd. Any objections? None. Good, that's approved, and thanks to the estates staff for all of it."],
     "the Board awards the patient transport contract to Moorway Travel Ltd"),
    (["Chair: Can we agree the revised complaints policy?", "Chair: Good, that's agreed, thanks everyone."],
     "Can we agree the revised complaints policy?"),
    (["Chair: Item 11, the yearly statement of the scrutiny board. Unless someone has a query, I'll take that "
      "as read and noted."],
     "I'll take that as read and noted"),
])
def test_a_confirmation_with_thanks_after_it_or_a_condition_before_it_decides(turns, expected):
    found = transcript(*turns)
    assert len(found) == 1 and expected in found[0].text


@pytest.mark.parametrize("turns, expected", [
    (["Councillor Tomasz Wren (Chair) — Item 3, the minutes of our meeting on 22 October. Nobody has sent in "
      "corrections. We'll take that as approved."],
     "Item 3, the minutes of our meeting on 22 October. Nobody has sent in corrections. We'll take that as "
     "approved."),
    (["Chair (Cllr Voss) - Item 7, the forward plan. I'll take that as noted."],
     "Item 7, the forward plan. I'll take that as noted."),
    (["Dr Anna Lowe (Chair) – Item 3 is the treasury outturn. If there are no comments, we'll take that as "
      "agreed."],
     "Item 3 is the treasury outturn. If there are no comments, we'll take that as agreed."),
])
def test_a_speaker_named_before_a_dash_is_no_part_of_the_decision(turns, expected):
    assert texts(transcript(*turns)) == [expected]


@pytest.mark.parametrize("turns, expected", [
    (["Chair: Item 10 is the board's constitution. The one amendment puts the police commander on the board.",
      "Cllr Bright: Could the fire service join as well?",
      "Chair: Are we all content with that? We'll take that as approved, with the two of them."],
     "Item 10 is the board's constitution. The one amendment puts the police commander on the board."),
    (["Chair: Next we come to the annual complaints report.", "Director of Nursing: Complaints fell by a tenth.",
      "Chair: Thank you. I'll take that as noted."],
     "Next we come to the annual complaints report."),
    (["CHAIR: Item 8, the grants panel minutes.", "CLLR ROE: Could the panel meet in the evenings?",
      "CHAIR: I'll pass that on. We'll take that as received."],
     "Item 8, the grants panel minutes."),
])
def test_an_item_announced_turns_before_leads_a_bare_confirmation(turns, expected):
    found = transcript(*turns)
    assert len(found) == 1 and found[0].text.startswith(expected)


def test_an_announcement_already_decided_leads_no_later_confirmation():
    found = transcript("Chair: Item 2, the minutes. Can we agree them as a correct record? Thank you, they are "
                       "approved.",
                       "Cllr Bell: A point on the bus station, chair.",
                       "Chair: We'll take that as noted.")
    assert len(found) == 1 and "correct record" in found[0].text


@pytest.mark.parametrize("turns, poll", [
    (["CHAIR: Then we have the quality dashboard. Has anyone got anything to raise on it? No. Then "
      "we'll take that as received."], "Has anyone got anything to raise on it? No."),
    (["Chair: Item 9 is the risk register. Are there any questions on the register? None. Okay, the risk "
      "register is noted."], "Are there any questions on the register? None."),
    (["Chair: Right, now we move on to the fees and charges review. Does anyone want to raise anything? No. "
      "We'll take that as agreed."], "Does anyone want to raise anything? No."),
])
def test_an_answered_call_for_objections_stays_in_the_decision(turns, poll):
    found = transcript(*turns)
    assert len(found) == 1 and poll in found[0].text


@pytest.mark.parametrize("running, expected", [
    ("er right item five is the minutes from the twentieth of october er can we approve those minutes "
     "yep fine agreed thanks item six",
     "item five is the minutes from the twentieth of october er can we approve those minutes yep fine "
     "agreed thanks"),
    ("right thanks everyone anything else no er so are we content to note the budget update yeah noted moving on",
     "are we content to note the budget update yeah noted"),
    ("item nine was the skate park consultation but the replies haven't come back so er we'll defer that one to "
     "january is that alright yep fine deferred",
     "item nine was the skate park consultation but the replies haven't come back so er we'll defer that one to "
     "january is that alright yep fine deferred"),
])
def test_captions_answered_with_a_bare_outcome_word_decide(running, expected):
    assert caption_decisions(running) == [expected]


@pytest.mark.parametrize("running, expected", [
    ("could someone propose and someone second thanks all those in favour that's unanimous so that's agreed "
     "we'll go with glowmark for the festive lighting item seven is the noticeboard",
     "all those in favour that's unanimous so that's agreed we'll go with glowmark for the festive lighting"),
    ("all in favour please raise your hands thank you that's carried so we will write to the county about "
     "the bus shelter",
     "all in favour please raise your hands thank you that's carried so we will write to the county about the "
     "bus shelter"),
    ("okay all those in favour lovely that's agreed and we're going to order the new benches in march the "
     "next item is the grass",
     "all those in favour lovely that's agreed and we're going to order the new benches in march"),
])
def test_a_caption_vote_call_decides_what_the_chair_says_the_meeting_will_do(running, expected):
    assert caption_decisions(running) == [expected]


def test_a_first_person_proposal_before_a_vote_call_stays_what_was_put():
    running = "I would propose that we adopt the winter resilience plan all in favour thanks so we're agreed"
    assert caption_decisions(running) == [running]


@pytest.mark.parametrize("sentence, rule", [
    ("Approval of the tree survey contract was deferred to the January meeting, pending a second quotation.",
     "consideration_deferred"),
    ("A decision on the stall fees was deferred until the traders had been consulted.", "consideration_deferred"),
    ("Authority was delegated to the Director of Housing, in consultation with the Lead Member, to "
     "award the damp survey contract.", "approval_given"),
    ("Following discussion, authority was delegated to the Clerk to agree the final wording with the Chair.",
     "approval_given"),
    ("That the Head of Legal Services be authorised to settle the final terms of the lease renewal.",
     "bare_resolution"),
    ("That the revised hall hire charges be approved from 1 April 2026.", "bare_resolution"),
])
def test_deferred_approvals_delegations_and_bare_resolutions_in_minutes(sentence, rule):
    found = decisions_of_any_body(("heading", "14. Business support"), ("paragraph", sentence))
    assert [d.rule for d in found] == [rule]


@pytest.mark.parametrize("sentence", [
    "The Director of Housing reported that, using delegated powers, he had let three small repair contracts.",
    "Under the scheme of delegation, officers may award contracts up to £100,000.",
    "Members were asked to delegate the award to avoid a delay.",
])
def test_reported_delegated_decisions_and_delegation_limits_are_no_decisions(sentence):
    assert decisions_of_any_body(("heading", "14. Business support"), ("paragraph", sentence)) == []


def test_action_notes_decide_by_agreed_and_noted_lines_not_by_actions(tmp_path):
    path = tmp_path / "fernhill-council_2025-05-06_programme-board_action-notes.txt"
    path.write_text("\n\n".join([
        "Fernhill Council", "Housing Programme Board",
        "Action notes of the meeting held on 6 May 2025",
        "Attendees: A Lowe (Chair), B Kerr, C Dunn",
        "1. Notes of the last meeting",
        "Agreed: the notes of 1 April 2025 are an accurate record.",
        "Action: Publish the notes (BK, 9 May).",
        "2. Empty homes plan",
        "Agreed: to bring 40 empty homes back into use by March 2026.",
        "Action: Write to the owners of the 40 homes (CD, 30 May).",
        "Noted: the update on the temporary accommodation budget.",
    ]) + "\n", encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    found = [d.text for d in extraction.decisions]
    assert len(found) == 3
    assert not any("Publish" in text or "Write to" in text for text in found)


@pytest.mark.parametrize("sentence", [
    "Right, now we move on to the fees and charges review.",
    "So we move onto item 6, the leisure strategy.",
    "Then I'll move to the questions from the public.",
])
def test_moving_on_to_an_item_is_no_motion_moved(sentence):
    from committee_papers.extract.decisions import part
    match = part("put_to_meeting").match(sentence)
    assert match is None or not match.group("first_person")


@pytest.mark.parametrize("sentence", [
    "I move that the Council adopts the revised code.",
    "We would move the recommendations as printed.",
    "I formally move the motion in my name.",
])
def test_moving_a_motion_is_still_a_proposal(sentence):
    from committee_papers.extract.decisions import part
    assert part("put_to_meeting").match(sentence).group("first_person")
