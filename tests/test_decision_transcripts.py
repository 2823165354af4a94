"""Decisions in verbatim meeting transcripts: what the chair puts and the meeting confirms, in
turns with speaker labels or time stamps, and in automatic captions without sentences.  Fictional
transcripts only, through find_decisions and the real TXT reader."""
from __future__ import annotations

import pytest

from committee_papers.extract.decision_documents import file_name_rule, is_transcript
from committee_papers.extract.decision_rules import RULES_PATH
from committee_papers.extract.decisions import caption_decisions, find_decisions
from committee_papers.pipeline import read_and_extract

import yaml
from test_decisions import passages_of

RULES = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
TRANSCRIPT_HEADING = "Transcript of the Board meeting held on 9 April 2025"


def transcript(*turns):
    """Decisions of a transcript whose turns are paragraphs."""
    return find_decisions(passages_of(("heading", TRANSCRIPT_HEADING), *(("paragraph", t) for t in turns)),
                          committee="Board")


@pytest.mark.parametrize("turns, expected", [
    (["THE CHAIR: Item 2 is the minutes of the meeting held on 5 March. Are they agreed as a correct record?",
      "MEMBERS: Agreed."],
     "Item 2 is the minutes of the meeting held on 5 March. Are they agreed as a correct record?"),
    (["Cllr Dee Marsh: Is the Panel happy to agree the hall hire charges for 2025/26?", "MEMBERS: Yes.",
      "Cllr Dee Marsh: Then the hall hire charges are agreed."],
     "Is the Panel happy to agree the hall hire charges for 2025/26? Then the hall hire charges are agreed."),
    (["Chair: Item 6, the complaints annual report. Any questions? No. Then we note the complaints annual report."],
     "Item 6, the complaints annual report. Any questions? No. Then we note the complaints annual report."),
    (["Chair: Given the audit letter is late, I suggest we defer the accounts to June. Is everyone content? "
      "Yes. So that's deferred."],
     "I suggest we defer the accounts to June. So that's deferred."),
])
def test_the_chairs_confirmation_decides_what_was_put_across_turns(turns, expected):
    found = transcript(*turns)
    assert [d.text for d in found] == [expected]


@pytest.mark.parametrize("turn", [
    "Dr Ruth Kaye: Cabinet agreed in January to consult on the strategy and 300 people responded.",
    "Omar Vance: The Board approved the estates strategy last year and we have delivered most of it.",
    "Chair: The paper asks us to approve the revised scheme of delegation.",
])
def test_speech_that_reports_a_decision_is_no_decision_in_a_transcript(turn):
    assert transcript(turn) == []


@pytest.mark.parametrize("turns, expected", [
    (["Chair: Are colleagues happy to approve the revised standing orders?", "Members: Yes."],
     "Are colleagues happy to approve the revised standing orders?"),
    (["Chair: Can we note the integrated performance report? Thank you very much."],
     "Can we note the integrated performance report?"),
    (["Chair: The Board is asked to approve the digital strategy. Are colleagues content with that?",
      "Tom Hart: Yes, fully supportive."],
     "The Board is asked to approve the digital strategy. Are colleagues content with that?"),
])
def test_a_question_put_and_answered_is_decided_without_a_confirmation(turns, expected):
    assert [d.text for d in transcript(*turns)] == [expected]


@pytest.mark.parametrize("turns", [
    ["Chair: Do members support the proposed virement?", "Cllr Ames: I have a question first about it."],
    ["Chair: Are we happy with that?", "Members: Yes."],
    ["Chair: Can we note the estates report? Thank you.", "Chair: Thank you, that is noted."],
    ["Chair: I propose we defer the fees review to May. Is everyone content with that?",
     "Members: Yes. So that's deferred."],
])
def test_a_question_without_an_answer_or_named_matter_gives_no_extra_decision(turns):
    # The first is not answered, the second names nothing; the last two are decided once each, by
    # their confirmations.
    found = transcript(*turns)
    assert len(found) == (1 if "estates" in turns[0] or "fees" in turns[0] else 0)


@pytest.mark.parametrize("running, expected", [
    ("0:11 so the first item is the 0:14 minutes of the meeting on the 22nd of january can I take those as an "
     "0:20 accurate record thank you so those are approved 0:24 next item",
     ["the first item is the minutes of the meeting on the 22nd of january can I take those as an accurate record "
      "thank you so those are approved"]),
    ("okay are we happy to note the report thank you that's noted and then the audit committee annual report "
     "are we happy to approve the annual report thank you that's approved",
     ["are we happy to note the report thank you that's noted",
      "are we happy to approve the annual report thank you that's approved"]),
    ("[01:02:10] we have heard the debate I would propose that we support the stroke pathway redesign all in "
     "favour [01:02:30] thank you so we're agreed",
     ["I would propose that we support the stroke pathway redesign all in favour thank you so we're agreed"]),
])
def test_automatic_captions_are_read_by_their_confirmations(running, expected):
    assert caption_decisions(running) == expected


def test_a_caption_transcript_file_gives_each_decision_once(tmp_path):
    lines = ["NHS Wendle Vale Integrated Care Board", "Board meeting in public, 2 July 2025", ""]
    spoken = ("good morning everybody and welcome we have no apologies so the first item is the minutes of "
              "the meeting on the 29th of january can I take those as an accurate record thank you so those are "
              "approved next item is the chief executive's report any questions no okay are we happy to note "
              "the report thank you that's noted the next item is the annual report and accounts are we happy "
              "to approve the annual report and accounts thank you that's approved").split()
    for i in range(0, len(spoken), 7):
        lines += [f"{i // 7}:{(i * 3) % 60:02d}", " ".join(spoken[i:i + 7])]
    path = tmp_path / "wendle-vale-icb_2025-07-02_board-meeting-transcript.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    assert [d.outcome for d in extraction.decisions] == ["approved", "noted", "approved"]
    assert extraction.decisions[0].text.startswith("the first item is the minutes")


@pytest.mark.parametrize("name, rule", [(example, entry["id"]) for entry in RULES["file_names"]
                                        for example in entry["examples"]])
def test_every_file_name_example_is_recognised_by_its_rule(name, rule):
    assert file_name_rule(name + ".pdf") == rule


@pytest.mark.parametrize("name", [
    "brackenford-cc_2025-03-04_cabinet-report_library-hours.pdf",
    "north-mercia-icb_2025-02-05_board_item-3-minutes-of-the-previous-meeting-cover.pdf",
    "wessex-cc_2025-01_key-decision-report-25-00012.pdf",
])
def test_a_reports_file_name_makes_no_decision_document(name):
    assert file_name_rule(name) is None


def test_a_transcript_known_only_by_its_file_name_is_read_as_one():
    passages = passages_of(("heading", "North Mercia ICB Board, 12 June 2025, part 1"),
                           ("paragraph", "Chair: The Board approved the estates strategy last year."),
                           ("paragraph", "Chair: Can we note the finance report? Thank you."))
    name = "north-mercia-icb_2025-06-12_board-meeting-transcript-part1.txt"
    assert is_transcript(passages, filename=name)
    assert [d.text for d in find_decisions(passages, filename=name)] == ["Can we note the finance report?"]
    assert find_decisions(passages, filename="north-mercia-icb_2025-06-12_board-report.txt") == []


CAPTION_WORDS = ("good morning everybody and welcome to the board we have no apologies so the first item "
                 "is the minutes of the meeting on the 29th of january can I take those as an accurate record "
                 "thank you so those are approved next item is the chief executive's report any questions "
                 "no okay are we happy to note the report thank you that's noted and the last item is the "
                 "estates plan I suggest we defer that to september is everybody okay with that lovely so "
                 "that's deferred thank you all").split()


@pytest.mark.parametrize("layout", [
    lambda i, line: f"{i // 4}:{(i * 7) % 60:02d}\n\n{line}",   # time stamp, blank line, caption line
    lambda i, line: line,                                      # caption lines only
    lambda i, line: f"[00:{i:02d}:10] {line}",                 # each line led by its time stamp
])
def test_caption_lines_kept_one_a_paragraph_are_read_as_one_running_text(tmp_path, layout):
    chunks = [" ".join(CAPTION_WORDS[i:i + 6]) for i in range(0, len(CAPTION_WORDS), 6)]
    body = "\n\n".join(layout(i, chunk) for i, chunk in enumerate(chunks))
    path = tmp_path / "fellgate-icb_2025-06-04_board-meeting-transcript.txt"
    path.write_text(f"NHS Fellgate Integrated Care Board\n\nBoard meeting, 4 June 2025\n\n{body}\n", encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    assert [d.outcome for d in extraction.decisions] == ["approved", "noted", "deferred"]
    assert extraction.decisions[0].text.endswith("can I take those as an accurate record thank you so those are approved")
    assert extraction.decisions[1].text.endswith("are we happy to note the report thank you that's noted")
    assert "I suggest we defer that to september" in extraction.decisions[2].text


@pytest.mark.parametrize("width", [5, 7, 9])
def test_a_transcript_of_short_caption_passages_is_read_as_one_running_text(width):
    chunks = [" ".join(CAPTION_WORDS[i:i + width]) for i in range(0, len(CAPTION_WORDS), width)]
    passages = passages_of(("heading", "NHS Fellgate ICB board meeting"), *(("paragraph", c) for c in chunks))
    found = find_decisions(passages, filename="fellgate-icb_2025-06-04_board-meeting-transcript.txt")
    assert [d.rule for d in found] == ["caption_confirmation"] * 3
    assert found[0].text.startswith("the first item is the minutes of the meeting on the 29th of january")
    # Each decision sits at the line its confirmation ends on.
    assert [d.passage_seq for d in found] == sorted(d.passage_seq for d in found) and found[0].passage_seq > 2


@pytest.mark.parametrize("turns, expected", [
    (["Chair: The Board is asked to approve the estates strategy for consultation. Any objections? No. "
      "Okay, that's agreed."],
     "The Board is asked to approve the estates strategy for consultation. Okay, that's agreed."),
    (["Chair: Members are being asked to note the quarterly position.", "Chair: Thank you, that is noted."],
     "Members are being asked to note the quarterly position. Thank you, that is noted."),
    (["Chair: The recommendation is to endorse the winter plan. Anyone against? No. So we're agreed."],
     "The recommendation is to endorse the winter plan. So we're agreed."),
])
def test_a_confirmation_after_the_ask_read_out_decides_the_ask(turns, expected):
    assert [d.text for d in transcript(*turns)] == [expected]


@pytest.mark.parametrize("turns, expected", [
    (["Chair: Item 4, the complaints annual report. Can we take that as approved?", "Members: Yes."],
     "Item 4, the complaints annual report. Can we take that as approved?"),
    (["Chair: Item 6 is the revised risk appetite. Are colleagues happy to approve that?", "Thank you."],
     "Item 6 is the revised risk appetite. Are colleagues happy to approve that?"),
    (["Chair: The next item is the charity's accounts. Can we note those?", "Thank you, that's noted."],
     "The next item is the charity's accounts. Can we note those? Thank you, that's noted."),
])
def test_a_short_question_put_about_that_takes_the_items_announcement(turns, expected):
    assert [d.text for d in transcript(*turns)] == [expected]


# A file named for a transcript that says, at its top, it is minutes is read as minutes.
@pytest.mark.parametrize("heading, name", [
    ("Minutes of the Brackenford Council Cabinet held on 11 March 2025",
     "brackenford-cc_2025-03-11_cabinet_minutes-and-transcript.pdf"),
    ("Minutes of a meeting of the Wexcombe Planning Committee, 2 April 2025",
     "Transcripts of public questions and minutes 2 April.pdf"),
    ("Draft minutes: North Mercia ICB Board, 12 June 2025",
     "north-mercia-icb board minutes (with transcript) 12-06-2025.docx"),
])
def test_a_paper_that_says_it_is_minutes_is_no_transcript_whatever_its_file_name(heading, name):
    passages = passages_of(("heading", heading), ("paragraph", "Apologies were received from Cllr Ada Rowe."),
                           ("heading", "4. Library opening hours"),
                           ("paragraph", "RESOLVED: that the revised library opening hours be approved."),
                           ("heading", "5. Parking charges"),
                           ("paragraph", "RESOLVED: that the parking charges for 2025/26 be agreed."))
    assert not is_transcript(passages, filename=name)
    assert [d.outcome for d in find_decisions(passages, filename=name, committee="Cabinet")] == ["approved", "agreed"]


# A file named for minutes is minutes only where its text records something only minutes record.
REPORT_BODY = (("heading", "Report to Cabinet"), ("heading", "1. Recommendations"),
               ("paragraph", "Cabinet approved the revised library opening hours at its last meeting."),
               ("paragraph", "The Board agreed the estates strategy for 2025 to 2030."))


@pytest.mark.parametrize("name", [
    "Appendix B - minutes of the Member Working Group on libraries.pdf",
    "brackenford-cc_2025-03-04_cabinet-report-on-minutes-retention.pdf",
    "North Mercia ICB board pack front section and minutes.pdf",
])
def test_a_file_named_for_minutes_whose_text_records_nothing_of_minutes_gives_no_decisions(name):
    assert find_decisions(passages_of(*REPORT_BODY), filename=name, committee="Cabinet") == []


@pytest.mark.parametrize("evidence", [
    "Apologies for absence were received from Cllr Ada Rowe and Cllr Tom Hale.",
    "There were no declarations of interest.",
    "The meeting closed at 8.45 pm.",
])
def test_a_file_named_for_minutes_with_one_mark_of_minutes_gives_its_decisions(evidence):
    passages = passages_of(("heading", "Wexcombe Parish Council, 3 April 2025"), ("paragraph", evidence),
                           ("heading", "4. Allotments"),
                           ("paragraph", "RESOLVED: that the allotment rents be frozen for 2026."))
    found = find_decisions(passages, filename="wexcombe-pc_2025-04-03_minutes.pdf", committee="Council")
    assert [d.text for d in found] == ["the allotment rents be frozen for 2026."]
