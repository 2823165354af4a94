"""Decisions recorded by votes, by notices of decisions laid out as label/value tables, in minutes
tables whose cell holds a lead-in and its "That ..." paragraphs, and in automatically generated
WebVTT transcripts where the clerk counts the vote between the chair's question and its result.
Fictional papers only, read through the real readers where the layout matters."""
from __future__ import annotations

import pytest
from docx import Document

from committee_papers.extract.decisions import find_decisions
from committee_papers.pipeline import read_and_extract
from test_decision_transcripts import transcript
from test_decisions import decisions_in, passages_of


def texts(decisions):
    return [" ".join(d.text.split()) for d in decisions]


# -- a notice of decisions: one heading per item, then a Label | Value table ----------------------

NOTICES = [
    ("Record of Cabinet decisions", ("Key decision", "Yes"), "Decision taken",
     ["(a) Cabinet awarded the grounds maintenance contract to Tidyfield Ltd for five years.",
      "(b) Cabinet asked officers to report on performance after the first year."]),
    ("Notice of executive decisions", ("Portfolio", "Housing and Homelessness"), "Decision",
     ["The Executive approved the allocations policy for consultation from 1 September 2025."]),
    ("Decision notice - Joint Committee", ("Wards affected", "All wards"), "Decision made",
     ["The Joint Committee agreed the shared service budget for 2025/26.",
      "The Joint Committee delegated the staffing review to the Head of Shared Services."]),
]


def _notice_docx(path, title, first_row, label, paragraphs):
    doc = Document()
    doc.add_paragraph("Fallowbrook District Council")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Meeting held on 12 June 2025. The call-in period ends at 5pm on 20 June 2025.")
    doc.add_heading("Item 4: Shared services", level=2)
    table = doc.add_table(rows=0, cols=2)
    rows = [first_row, (label, "\n".join(paragraphs)),
            ("Reasons for the decision", "The council approved the same approach last year and it worked."),
            ("Alternative options rejected", "Doing nothing was rejected as it would breach the contract."),
            ("Subject to call-in", "Yes")]
    for field, value in rows:
        cells = table.add_row().cells
        cells[0].text = field
        lines = value.split("\n")
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    doc.save(path)


@pytest.mark.parametrize("title, first_row, label, paragraphs", NOTICES)
def test_a_notice_tables_decision_row_gives_its_decisions_and_not_its_reasons(tmp_path, title, first_row, label,
                                                                              paragraphs):
    # The reader takes the table's first label/value row ("Key decision | Yes") as its header; the
    # rows below are still labels and values, and only the decision row decides.
    path = tmp_path / "fallowbrook-dc_2025-06-12_notice-of-decisions.docx"
    _notice_docx(path, title, first_row, label, paragraphs)
    _document, _passages, extraction = read_and_extract(str(path))
    found = texts(extraction.decisions)
    expected = [p.split(") ", 1)[1] if p.startswith("(") else p for p in paragraphs]
    assert found == expected
    assert {d.rule for d in extraction.decisions} == {"decision_column"}


@pytest.mark.parametrize("deferral", [
    "Consideration of this item was deferred to the July meeting so that a valuation can be obtained.",
    "Further consideration of the matter is deferred until the legal advice is received.",
    "Consideration of this item has been postponed to the next meeting.",
])
def test_a_deferral_naming_only_this_item_is_led_by_the_items_title(deferral):
    found = decisions_in(("heading", "12. Disposal of the Mill Street depot"), ("paragraph", deferral))
    assert texts(found) == [f"Disposal of the Mill Street depot: {deferral}"]


# -- a minutes table's cell: a lead-in, then its items as paragraphs --------------------------

@pytest.mark.parametrize("lead_in, items", [
    ("The Panel unanimously supported the following recommendations to Cabinet:",
     ["That the Council funds a second warden for the bus station.", "That the warden scheme be reviewed in 2026."]),
    ("After discussion the Committee agreed:",
     ["That the grant to the youth club be renewed for one year.", "That the Chair write to the club's trustees."]),
    ("Members resolved as follows:",
     ["That the lettings policy be adopted.", "That officers report on its effect in twelve months."]),
])
def test_a_lead_in_in_a_minutes_table_cell_takes_the_cells_next_paragraphs(tmp_path, lead_in, items):
    body = "".join(f"<p>{item}</p>" for item in items)
    html = ("<html><head><title>Minutes - Wendlebrook Borough Council</title></head><body>"
            "<h1>Minutes: Community Panel - Tuesday, 3rd June, 2025</h1><table>"
            "<tr><td>5.</td><td><p>Community safety</p><p><b>Minutes:</b></p>"
            "<p>The Community Safety Manager presented the report. Members asked about shoplifting.</p>"
            f"<p>{lead_in}</p>{body}</td></tr>"
            "<tr><td>6.</td><td><p>Work programme</p><p><b>Minutes:</b></p>"
            "<p>The work programme was approved as presented.</p></td></tr></table></body></html>")
    path = tmp_path / "wendlebrook-bc_2025-06-03_community-panel_minutes.html"
    path.write_text(html, encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    found = texts(extraction.decisions)
    assert [t for t in found if t.startswith("That")] == items
    assert "The work programme was approved as presented." in found
    assert not any("shoplifting" in t for t in found)


# -- votes and motions ------------------------------------------------------------------------

@pytest.mark.parametrize("motion, decision", [
    ("It was moved by Councillor Dale and seconded by Councillor Ross that Mrs Imber be appointed to the "
     "Harbour Board.", "The Council unanimously approved the appointment."),
    ("Mr Kent proposed that the annual subscription stay at £15 for 2026.", "The Trustees agreed the proposal."),
    ("Cllr Ward moved, and Cllr Lyle seconded, that the speed limit on Mill Lane be reduced to 20 mph.",
     "Members supported this."),
])
def test_a_body_deciding_a_motion_by_reference_decides_the_motion(motion, decision):
    found = decisions_of_any(f"{motion} {decision}")
    assert len(found) == 1
    assert found[0].rule == "motion_decided"
    assert found[0].text.endswith(decision)
    assert motion.split()[-2] in found[0].text


@pytest.mark.parametrize("sentence", [
    "The Council unanimously approved the appointments.",
    "The Trustees agreed the proposal.",
    "Members supported this.",
])
def test_a_decision_by_reference_after_no_motion_stands_as_written(sentence):
    found = decisions_of_any(f"The report set out the options in detail. {sentence}")
    assert [d.rule for d in found] != ["motion_decided"]
    assert all("options in detail" not in d.text for d in found)


def decisions_of_any(paragraph):
    return decisions_in(("paragraph", paragraph), committee="the meeting")


@pytest.mark.parametrize("sentence", [
    "The amendment was then put to the vote and was LOST (For 7, Against 19).",
    "On being put to the vote the motion was CARRIED (For 12, Against 3).",
    "The recommendations were carried unanimously.",
])
def test_a_vote_alone_is_still_no_decision(sentence):
    assert decisions_in(("heading", "8. Notice of motion"), ("paragraph", sentence)) == []


# -- transcripts ------------------------------------------------------------------------------

@pytest.mark.parametrize("turns, expected", [
    (["Chair: So I'm going to put the recommendation, which is that the Committee approves the tree planting plan. "
      "All those in favour please raise your hands.",
      "Clerk: That's six in favour, chair.", "Chair: And against?", "Clerk: Two against.",
      "Chair: Thank you. So that's six for and two against, and the recommendation is carried."],
     "So I'm going to put the recommendation, which is that the Committee approves the tree planting plan. "),
    (["Chair: I'll put the motion that the Council declares a nature emergency.",
      "Democratic Services: Thirty for.", "Democratic Services: Four against.",
      "Chair: That's thirty votes for and four against, so the motion is carried."],
     "I'll put the motion that the Council declares a nature emergency. "),
    (["Chair: Let me put the recommendations in the report to the committee. Hands up if you're in favour.",
      "Officer: All in favour, chair.",
      "Chair: Thank you, that's nine in favour, none against, and the recommendations are agreed."],
     "Let me put the recommendations in the report to the committee. "),
])
def test_a_recommendation_put_then_counted_is_decided_by_the_chairs_result(turns, expected):
    found = transcript(*turns)
    assert len(found) == 1
    assert found[0].text.startswith(expected)
    assert found[0].text.rstrip(".").endswith(("carried", "agreed"))


@pytest.mark.parametrize("turn, expected_start", [
    ("Chair: Item seven is the footpath lighting scheme. The engineers want us to wait for the cost report. "
     "Is everyone happy to defer it? Right, that stands deferred to February.",
     "Item seven is the footpath lighting scheme. The engineers want us to wait for the cost report."),
    ("Chair: Item 4 is the minutes from 19 November. Can we approve them as a true record? "
     "Yep, I see nods, so they're agreed, thanks.",
     "Item 4 is the minutes from 19 November. Can we approve"),
    ("Chair: Item seven, the allotments yearly update. If there are no more questions on it, we'll note the "
     "allotments yearly update. Thank you.",
     "Item seven, the allotments yearly update. If there are no more questions"),
])
def test_a_chairs_confirmation_keeps_the_items_announcement_and_short_explanation(turn, expected_start):
    found = transcript(turn)
    assert len(found) == 1
    assert found[0].text.startswith(expected_start)


def test_a_long_explanation_between_announcement_and_question_is_left_out():
    explanation = " ".join(["The officer explained the background to the scheme at some length."] * 4)
    found = transcript(f"Chair: Item nine is the e-scooter trial. {explanation} Is everyone happy to "
                       "defer it? Right, that stands deferred to June.")
    assert texts(found) == ["Item nine is the e-scooter trial. Is everyone happy to defer it? Right, that "
                            "stands deferred to June."]


@pytest.mark.parametrize("timing", [
    "{n}\n00:0{n}:01.120 --> 00:0{n}:09.540\n",
    "{n}\n00:0{n}:01,120 --> 00:0{n}:09,540\n",
    "00:0{n}:01.120 --> 00:0{n}:09.540\n",
])
def test_a_webvtt_or_srt_transcript_is_read_turn_by_turn(tmp_path, timing):
    turns = ["Cllr Ada Penn (Chair): Item three is the minutes from 27 March. Can we approve them as a true "
             "record?",
             "Cllr Tom Hale: Yes.",
             "Cllr Ada Penn (Chair): Thank you, they are agreed.",
             "Cllr Ada Penn (Chair): In 2024 the committee resolved to review the car park charges."]
    body = "\n".join(timing.format(n=n) + turn + "\n" for n, turn in enumerate(turns, start=1))
    text = ("Harlow Vale District Council\nPlanning Committee - Tuesday 8 July 2025\n"
            "Automatic transcript of the panel recording\n\nWEBVTT\n\n" + body)
    path = tmp_path / "harlow-vale-dc_2025-07-08_planning-committee_meeting-transcript.txt"
    path.write_text(text, encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    assert texts(extraction.decisions) == [
        "Item three is the minutes from 27 March. Can we approve them as a true record? "
        "Thank you, they are agreed."]


@pytest.mark.parametrize("moved, wording, carried", [
    ("The following motion was moved by Councillor Penn and seconded by Councillor Ode: \"This Council supports "
     "the Refill scheme.\"", "This Council supports the Refill scheme.",
     "Upon a recorded vote the motion was carried by 30 votes to 4."),
    ("Cllr Shah moved that the Council asks Cabinet to review town centre parking charges.",
     "the Council asks Cabinet to review town centre parking charges.",
     "The motion, as amended, was CARRIED (For 21, Against 9)."),
    ("Mr Ellis proposed a motion that the Society joins the county federation.",
     "the Society joins the county federation.", "On a show of hands the motion was carried."),
])
def test_a_carried_motion_is_its_items_decision_led_by_the_title_and_the_motions_wording(moved, wording, carried):
    """(Round facts4: the motion's own wording, where the minute gives it, says what was decided.)"""
    found = decisions_in(("heading", "9. Notice of motion - water refill points"), ("paragraph", moved),
                         ("paragraph", carried))
    assert texts(found) == [f"Notice of motion - water refill points: {wording} {carried}"]
    assert found[0].rule == "motion_carried"


@pytest.mark.parametrize("pieces", [
    # The minute records the resolution itself: the carried motion is only its vote.
    [("paragraph", "Cllr Ames moved that the allotment rents be frozen."),
     ("paragraph", "On being put to the vote the motion was carried."),
     ("paragraph", "RESOLVED: That the allotment rents be frozen for 2026.")],
    # No motion was moved in the item: nothing says what was carried.
    [("paragraph", "Members debated the parking review at length."),
     ("paragraph", "The motion was carried (7 for, 2 against).")],
    # A lost motion decides nothing.
    [("paragraph", "Cllr Dee moved a motion calling for a 20mph limit."), ("paragraph", "The motion was lost.")],
])
def test_a_carried_motion_beside_a_resolution_or_without_a_mover_is_no_decision_of_its_own(pieces):
    found = decisions_in(("heading", "10. Allotments"), *pieces)
    assert all(d.rule != "motion_carried" for d in found)
    assert len(found) == (1 if any("RESOLVED" in text for _kind, text in pieces) else 0)


@pytest.mark.parametrize("sentence", [
    "As reported at the last meeting, the Committee agreed to commission a review of the service.",
    "As previously noted, the Board approved the estates strategy in January.",
    "Since the last meeting, the Panel has approved two urgent grants by email.",
])
def test_a_clause_reporting_history_does_not_make_a_decision(sentence):
    assert decisions_in(("heading", "4. Matters arising"), ("paragraph", sentence), committee="the meeting") == []


@pytest.mark.parametrize("first_row", [("Key decision", "Yes"), ("Portfolio", "Resources"),
                                       ("Report author", "Head of Estates")])
def test_a_deferral_in_a_notice_table_is_led_by_the_heading_not_the_first_label(tmp_path, first_row):
    path = tmp_path / "fallowbrook-dc_2025-06-12_notice-of-decisions.docx"
    _notice_docx(path, "Record of Cabinet decisions", first_row, "Decision taken",
                 ["Consideration of this item was deferred to the July meeting for a further valuation."])
    _document, _passages, extraction = read_and_extract(str(path))
    assert texts(extraction.decisions) == [
        "Shared services: Consideration of this item was deferred to the July meeting for a further valuation."]


@pytest.mark.parametrize("turns, expected", [
    (["Chair: So we're being asked to note the update on the leisure centre. Is that noted?", "Members: Noted.",
      "Chair: Thank you."],
     "So we're being asked to note the update on the leisure centre. Noted."),
    (["Chair: Moving on to item 5, the treasury strategy. Are we content to recommend it to Council?",
      "Cllr Bell: Yes.", "Chair: Okay, that's agreed then."],
     "Moving on to item 5, the treasury strategy. Are we content to recommend it to Council? Okay, that's agreed "
     "then."),
    (["Chair: Item 9 is the forward plan. Any comments? No. Okay, the forward plan is noted."],
     "Item 9 is the forward plan. Any comments? No. Okay, the forward plan is noted."),
])
def test_a_transcripts_ask_announcement_and_plain_summary_decide(turns, expected):
    assert texts(transcript(*turns)) == [expected]
