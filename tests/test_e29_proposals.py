"""(e29) What an amendment form, a motion or an amendment to a report's recommendations asks the meeting to do.
Fictional wordings and councils throughout."""
from __future__ import annotations

import docx
import pytest

from committee_papers.extract import recommendations as recs
from committee_papers.extract.listitems import split_inline_items, split_number
from committee_papers.extract.pipeline import extract
from committee_papers.pipeline import read_and_extract
from fictional_paper import passages_from_lines, passages_from_pieces


def texts_and_rules(lines):
    found = extract(passages_from_lines(*lines), {}, "paper.txt")
    return [(r.text, r.rule) for r in found.recommendations]


# --- a form's proposal field: the sentence saying it proposes, after the proposer's background -------------

def test_the_proposing_cues_read_their_examples_and_not_their_not_examples():
    cues = recs._cues()["proposal_forms"]
    proposing = recs._proposal_form_re("proposing", r"^(?:WORDS)")
    assert all(proposing.match(example) for example in cues["proposing_examples"])
    assert not any(proposing.match(example) for example in cues["proposing_not_examples"])


def docx_form_recommendations(tmp_path, rows):
    """(text, rule) of each recommendation of a DOCX amendment form whose table holds ``rows`` (label, value)."""
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = label, value
    path = tmp_path / "wessex-council_2026-02-19_amendment.docx"
    document.save(path)
    return [(r.text, r.rule) for r in read_and_extract(str(path))[2].recommendations]


def test_a_docx_amendment_forms_proposing_sentence_after_its_background_is_its_recommendation(tmp_path):
    assert docx_form_recommendations(tmp_path, [
            ("Budget Amendment Form", ""), ("Amendment name:", "Verge Wildflowers"), ("Proposed purpose:", ""),
            ("Mown verges hold little wildlife and cost the county more each year. It is proposed to fund a "
             "wildflower verge trial on twenty rural roads. Parishes have offered volunteers.", ""),
            ("Proposed amount:", "£40k")]) == [
        ("It is proposed to fund a wildflower verge trial on twenty rural roads.", "recommendation.proposal_form")]


@pytest.mark.parametrize("lines, ask", [
    (["Notice of Motion", "Proposer: Cllr Ruth Ellery", "The motion:",
      "Two of the town's three public toilets have closed since 2024. We propose that the Council reopens the "
      "Quay Street toilets for the summer season. Local traders support this."],
     "We propose that the Council reopens the Quay Street toilets for the summer season."),
    (["Budget amendment form", "Amendment details",
      "Fenby's swimming pool loses £90k a year. The proposal is to halve the consultants budget and keep the "
      "pool open on Sundays."],
     "The proposal is to halve the consultants budget and keep the pool open on Sundays."),
    (["Motion form", "Proposal:",
      "The harbour wall is failing. It is therefore proposed that £25k of the harbour reserve repairs the wall "
      "this winter."],
     "It is therefore proposed that £25k of the harbour reserve repairs the wall this winter."),
])
def test_a_forms_field_says_what_it_proposes_after_its_background(lines, ask):
    assert (ask, "recommendation.proposal_form") in texts_and_rules(lines)


@pytest.mark.parametrize("lines", [
    # no form: a report's "It is proposed ..." is the report's reasoning, read by the other mechanisms or not at all
    ["Cabinet report: waste strategy", "Proposals", "Fly-tipping rose by a tenth. It is proposed to buy two cameras."],
    # a form, but the sentence sits under its funding field, not its proposal field
    ["Budget amendment form", "Proposed funding source:", "The reserve holds £2m. It is proposed to draw £40k from it."],
    # the form's field already opened with its instruction: one ask only
    ["Budget amendment form", "Proposal:", "Reduce the events budget by £25k. It is proposed that the sum funds books."],
])
def test_no_proposing_sentence_is_taken_outside_a_forms_proposal_field_or_after_its_instruction(lines):
    proposals = [text for text, rule in texts_and_rules(lines) if rule == "recommendation.proposal_form"]
    assert not [text for text in proposals if text.startswith("It is proposed")]


# --- a motion put for debate: what the Council believes and what it agrees to call for -----------------------

@pytest.mark.parametrize("text, number, body", [
    ("a.) Write to the Minister about rural bus fares;", "(a)", "Write to the Minister about rural bus fares;"),
    ("2.) Ask the Leader to report back in June.", "(2)", "Ask the Leader to report back in June."),
    ("iv.) Fund the foodbank network.", "(iv)", "Fund the foodbank network."),
])
def test_a_marker_with_both_a_full_stop_and_a_bracket_is_an_items_number(text, number, body):
    assert split_number(text) == (number, body)


def test_run_in_items_marked_with_a_full_stop_and_a_bracket_are_split():
    lead, items = split_inline_items("a.) Lobby the water company; b.) Test the river monthly; and c.) Publish results.")
    assert lead == "" and [number for number, _ in items] == ["(a)", "(b)", "(c)"]


@pytest.mark.parametrize("lines, asks", [
    (["Ambleford County Council", "Motion for Time Limited Debate – Pavement Parking", "Proposer: Cllr Ann Hale",
      "# Motion text:", "This Council believes that:",
      "a.) Parked cars on pavements put wheelchair users in danger. b.) Enforcement has been patchy for years.",
      "The County Council agrees to call upon the Portfolio Holder for Roads and the Portfolio Holder for "
      "Communities to:",
      "a.) Write to the Secretary of State asking for powers to ban pavement parking; and",
      "b.) Map the streets where pavement parking blocks access."],
     ["Parked cars on pavements put wheelchair users in danger.", "Enforcement has been patchy for years.",
      "Write to the Secretary of State asking for powers to ban pavement parking",
      "Map the streets where pavement parking blocks access."]),
    (["Notice of Motion", "Moved by Cllr Priya Dale", "Council resolves to ask the Leader to:",
      "1.) set up a cross-party group on river water quality;", "2.) report its findings to Council in the autumn."],
     ["set up a cross-party group on river water quality", "report its findings to Council in the autumn."]),
    (["Fenby Parish Council", "Motion for a full debate: speeding on the High Street",
      "The Parish Council decides to urge the District Council to:",
      "i.) install two speed indicator signs; and ii.) ask the police for monthly speed checks."],
     ["install two speed indicator signs", "ask the police for monthly speed checks."]),
])
def test_a_motions_beliefs_and_calls_are_its_recommendations(lines, asks):
    texts = [text for text, _rule in texts_and_rules(lines)]
    for ask in asks:
        assert any(ask in text for text in texts), (ask, texts)
    assert len(texts) == len(asks)


@pytest.mark.parametrize("lines", [
    # minutes recording what the Council believed and agreed: decisions, not asks
    ["Minutes of the meeting of Ambleford County Council", "Item 9 - Pavement parking", "This Council believes that:",
     "a.) Parked cars on pavements put wheelchair users in danger."],
    # a report (no motion) quoting a belief
    ["Cabinet report: highways plan", "Background", "The Fenby Society believes that:",
     "(a) the verges should be cut less often."],
])
def test_outside_a_motion_a_belief_is_no_recommendation(lines):
    assert texts_and_rules(lines) == []


# --- an amendment to a report's recommendations: one recommendation per instruction --------------------------

def test_the_amendment_item_cues_read_their_examples_and_not_their_not_examples():
    cues = recs._cues()["amendment_items"]
    opening = recs.cue_pattern("amendment_items", r"^(?:WORDS)")
    assert all(opening.match(example) for example in cues["examples"])
    assert not any(opening.match(example) for example in cues["not_examples"])


def amendment_texts(*pieces):
    """Every recommendation the paper gives (an instruction opening with a decision verb may come from its lead-in's list)."""
    found = extract(passages_from_pieces(*pieces), {}, "paper.txt")
    return [r.text for r in found.recommendations]


def test_a_budget_amendments_instructions_under_group_headings_each_give_one_recommendation():
    texts = amendment_texts(
        ("heading", "Wessex County Council Green Group – Alternative Budget"),
        ("paragraph", "Full Council is asked to approve these changes:"),
        ("heading", "Capital Programme 2026-36"),
        ("paragraph", "To replace Recommendation (b) with a capital programme that adds £4m for the Fenby bridge."),
        ("heading", "To replace Recommendation (e) with"),
        ("paragraph", "Agree a pay award for 2026-27 made up of:"),
        ("list_item", "a rise of 4% for grades A to C;"),
        ("list_item", "a rise of 3% for all other grades."),
        ("heading", "1 Introduction"),
        ("paragraph", "The Group's budget protects the bus network."))
    assert texts == ["To replace Recommendation (b) with a capital programme that adds £4m for the Fenby bridge.",
                     "To replace Recommendation (e) with Agree a pay award for 2026-27 made up of: "
                     "a rise of 4% for grades A to C; a rise of 3% for all other grades."]


def test_a_board_amendment_deletes_one_recommendation_and_inserts_another():
    texts = amendment_texts(
        ("heading", "Amendment to item 7: falls prevention"),
        ("paragraph", "Moved by the Non-Executive Director for Quality. The Board is asked to agree the amendment:"),
        ("paragraph", "Delete recommendation 3."),
        ("paragraph", "Insert a new recommendation 4: ask the Chief Nurse to report on falls in March."),
        ("paragraph", "The falls rate rose in the winter."))
    assert texts == ["Delete recommendation 3.",
                     "Insert a new recommendation 4: ask the Chief Nurse to report on falls in March."]


def test_a_docx_amendment_to_read_takes_its_new_wording(tmp_path):
    document = docx.Document()
    document.add_paragraph("Ashby Town Council – amendment to the allotments report")
    document.add_paragraph("Amend resolution 2 to read:")
    document.add_paragraph("Agree allotment rents for 2027 of £40 a plot, with half price for pensioners.")
    document.add_paragraph("The waiting list has grown to 80 names.")
    path = tmp_path / "ashby-tc_2026-05-11_amendment.docx"
    document.save(path)
    found = read_and_extract(str(path))[2]
    assert [r.text for r in found.recommendations if r.rule == "recommendation.amendment"] == [
        "Amend resolution 2 to read: Agree allotment rents for 2027 of £40 a plot, with half price for pensioners."]


@pytest.mark.parametrize("pieces", [
    [("heading", "Depot works"), ("paragraph", "To replace the boiler at the Fenby depot."),
     ("paragraph", "The work takes two weeks.")],
    [("heading", "Minutes"), ("paragraph", "Recommendation (d) was replaced at the meeting by a new wording."),
     ("paragraph", "Add the recommendations of the review to the action log.")],
])
def test_text_that_is_no_amendment_instruction_gives_no_amendment(pieces):
    assert amendment_texts(*pieces) == []


def test_an_amendments_new_wording_broken_over_lines_is_read_whole():
    texts = amendment_texts(
        ("heading", "Item 6: Mill Lane bus priority"),
        ("paragraph", "Councillor Reed moved an amendment as follows:"),
        ("heading", "Amend recommendation 2 to read as follows:"),
        ("paragraph", "2. Subject to dropping the bus gate on"),
        ("paragraph", "Mill Lane (northbound), approves the scheme's business case."),
        ("paragraph", "Councillor Hale seconded the amendment."))
    assert texts == ["Amend recommendation 2 to read as follows: 2. Subject to dropping the bus gate on "
                     "Mill Lane (northbound), approves the scheme's business case."]


def test_a_docx_amendment_replacing_a_recommendation_with_bullets_takes_every_bullet(tmp_path):
    document = docx.Document()
    document.add_paragraph("Ashdown Integrated Care Board – amendment to the winter plan paper")
    document.add_paragraph("Replace recommendation 2 with:")
    document.add_paragraph("approve the extra 40 community beds for January;", style="List Bullet")
    document.add_paragraph("note the cost of £1.2m met from the winter fund.", style="List Bullet")
    document.add_paragraph("Delete recommendation 4.")
    document.add_paragraph("The Board meets again in February.")
    path = tmp_path / "ashdown-icb_2026-11-04_amendment.docx"
    document.save(path)
    texts = [r.text for r in read_and_extract(str(path))[2].recommendations]
    assert texts == ["Replace recommendation 2 with: approve the extra 40 community beds for January; "
                     "note the cost of £1.2m met from the winter fund.", "Delete recommendation 4."]


# --- a form's proposal field beside its label (the row's next cell) -------------------------------------------

def test_a_docx_forms_proposal_beside_its_label_is_read(tmp_path):
    assert docx_form_recommendations(tmp_path, [
            ("Budget Amendment Form", ""), ("Amendment name:", "Saturday Libraries"),
            ("Proposed purpose:", "Branches lost Saturday afternoons in 2024. It is proposed to restore Saturday "
                                  "opening at all eleven branches."),
            ("Proposed amount:", "£80k")]) == [
        ("It is proposed to restore Saturday opening at all eleven branches.", "recommendation.proposal_form")]


@pytest.mark.parametrize("lines, ask", [
    (["Budget amendment form", [["Amendment name:", "Gritting"], ["Proposal:", "Add £60k to the gritting budget for "
                                "rural lanes. Two lanes were closed for a week last winter."]]],
     "Add £60k to the gritting budget for rural lanes."),
    (["Notice of Motion", [["Motion", "The Quay Street toilets closed in May. We propose that the Council reopens "
                                      "them for the summer season."], ["Proposer", "Cllr Ruth Ellery"]]],
     "We propose that the Council reopens them for the summer season."),
    (["Motion form", [["Details of the motion:", "Reinstate the £20k grant to the Ashby carnival, met from the "
                                                 "events reserve."]]],
     "Reinstate the £20k grant to the Ashby carnival, met from the events reserve."),
])
def test_a_forms_proposal_beside_its_label_says_what_it_proposes(lines, ask):
    assert (ask, "recommendation.proposal_form") in texts_and_rules(lines)


def test_an_ordinary_reports_label_beside_a_proposal_is_no_forms_ask():
    lines = ["Cabinet report: winter service", [["Proposal:", "Add £60k to the gritting budget for rural lanes."],
                                                ["Cost:", "£60k"]]]
    assert not [text for text, rule in texts_and_rules(lines) if rule == "recommendation.proposal_form"]
