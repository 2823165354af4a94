"""Mends of stop 22 (d22), each a general mechanism with fictional examples (own wordings, invented
authorities) and negatives; the causes were found by the real-layout probe (tests/test_decisions_probe21.py)."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces
from test_decisions import MINUTES_HEADING, decisions_of_any_body


def texts(found):
    return [" ".join(d.text.split()) for d in found]


def dated_minutes(*pieces, meeting_date="2026-03-11"):
    """Decisions of minutes of a meeting held on ``meeting_date`` (a date before it is history)."""
    return find_decisions(passages_from_pieces(("heading", MINUTES_HEADING), *pieces), committee="the meeting",
                          meeting_date=meeting_date)


# -- 1. A closing clause after "and" that decides by itself -----------------------------------------------
# A sentence that decides nothing as a whole (nominations received, the agenda approved with a minute dated
# before the meeting) but closes with an election or the last minutes confirmed: that clause is the decision.

@pytest.mark.parametrize("sentence, expected", [
    ("No other nominations were received and Councillor Pryce was duly elected Chair for the year ensuing.",
     "Councillor Pryce was duly elected Chair"),
    ("No further nominations were made, and Mr Tanaka was elected Vice-Chairman for 2026/27.",
     "Mr Tanaka was elected Vice-Chairman"),
    ("No other nominations had been received and Mrs Okoro was unanimously elected Treasurer.",
     "Mrs Okoro was unanimously elected Treasurer"),
    ("The agenda was approved and the minutes of the meeting on 12 February 2026 were adopted.",
     "the minutes of the meeting on 12 February 2026 were adopted"),
    ("Apologies were received from Cllr Hart and the minutes of the meeting held on 4 February 2026 were "
     "approved as a correct record.", "the minutes of the meeting held on 4 February 2026 were approved"),
    ("The order of business was agreed and the draft minutes of 28 January 2026 were signed as a true record.",
     "the draft minutes of 28 January 2026 were signed"),
])
def test_a_closing_clause_that_decides_by_itself_is_the_decision(sentence, expected):
    found = texts(dated_minutes(("heading", "1. Opening business"), ("paragraph", sentence)))
    assert len(found) == 1, found
    assert found[0].lower().startswith(expected.lower()), found


@pytest.mark.parametrize("sentence", [
    "Nominations were invited and the Chair said the election would be held in May.",
    "The results were announced and Ms Hale, who was elected in 2019, thanked members.",
    "Apologies were received from Cllr Hart and Cllr Vance.",
])
def test_a_closing_clause_that_decides_nothing_gives_none(sentence):
    assert dated_minutes(("heading", "1. Opening business"), ("paragraph", sentence)) == []


def test_a_sentence_that_decides_as_a_whole_stays_whole():
    found = texts(dated_minutes(("heading", "4. Annual report"),
                                ("paragraph", "The annual report was received and the minutes of the last meeting "
                                              "were approved.")))
    assert len(found) == 1 and found[0].startswith("The annual report was received"), found


# -- 2. A sentence closed by ", which was noted/agreed/carried" (sentences which_was_decided) ----------------
# The rule file's examples run as tests (test_decisions); here it is read among a minute's other sentences.

def test_a_briefing_closed_by_which_was_noted_is_a_decision_beside_the_items():
    found = texts(decisions_of_any_body(
        ("paragraph", "At the start of the meeting the Director briefed the Panel on flooding at the depot, "
                      "which was noted."),
        ("heading", "3. Fees and charges"),
        ("paragraph", "The Panel agreed the fees and charges for 2026/27.")))
    assert len(found) == 2 and "flooding at the depot" in found[0] and "fees and charges" in found[1], found


@pytest.mark.parametrize("sentence", [
    "The Chair reminded members of the training on 4 May, which was attended by six councillors.",
    "A motion to sell the allotment site was moved by Cllr Dunn and seconded by Cllr Ekwe, which was lost.",
])
def test_which_was_with_no_outcome_of_the_meeting_gives_none(sentence):
    assert decisions_of_any_body(("heading", "5. Allotments"), ("paragraph", sentence)) == []


# -- 8. A motion named by its wording before its proposer (parts motion_named) ---------------------------
# "A motion to ... was proposed by X and seconded by Y. The motion was carried.": the carried motion decided
# what the motion's wording says, led by its item's title.

@pytest.mark.parametrize("moved, wording", [
    ("A motion to give the Clerk authority to accept a fixed-price gas quotation of up to £700 was proposed by "
     "Cllr Vane and seconded by Cllr Orme.", "to give the Clerk authority to accept a fixed-price gas quotation"),
    ("The motion that the Council objects to the quarry extension was moved by the Chair and seconded by "
     "Cllr Ruse.", "that the Council objects to the quarry extension"),
    ("A motion to buy a second defibrillator for the sports field was put to the meeting by Cllr Haig.",
     "to buy a second defibrillator for the sports field"),
])
def test_a_carried_motion_decides_the_wording_named_before_its_proposer(moved, wording):
    found = texts(decisions_of_any_body(("heading", "26/40 Village matters"),
                                        ("paragraph", f"{moved} The motion was carried.")))
    assert len(found) == 1 and wording in found[0] and found[0].startswith("26/40 Village matters"), found


def test_a_motion_named_and_lost_decides_nothing():
    assert decisions_of_any_body(("heading", "26/41 Car park"), (
        "paragraph", "A motion to close the car park on Sundays was proposed by Cllr Vane and seconded by Cllr Orme. "
                     "The motion was lost.")) == []


# -- 4. A name or title, a dash, then a resolution in capitals (parts title_dash) --------------------------
# "Cllr Dyer - RESOLVED unanimously to accept the apology": the whole line is the decision.

@pytest.mark.parametrize("line, expected", [
    ("Cllr Penrose - RESOLVED unanimously to accept the apology and the reason given.", "accept the apology"),
    ("Churchyard wall – AGREED that the Clerk obtains three quotes for the repair.", "three quotes"),
    ("Mr Ivo Brand — APPROVED as the new tenant of allotment plot 12.", "allotment plot 12"),
])
def test_a_resolution_in_capitals_after_a_name_and_dash_is_a_decision(line, expected):
    found = texts(decisions_of_any_body(("heading", "2026-031 Apologies and matters"), ("paragraph", line)))
    assert len(found) == 1 and expected in found[0], found


@pytest.mark.parametrize("line", [
    "Cllr Penrose - ASKED whether the apology had been sent in time.",
    "Cllr Penrose - Chair of the Finance Working Group.",
])
def test_a_name_and_dash_before_no_resolution_gives_none(line):
    assert decisions_of_any_body(("heading", "2026-031 Apologies and matters"), ("paragraph", line)) == []


# -- 9. A short decision cell that gives only the outcome takes its row's item -------------------------------
# "Awarded £600", "Awarded in full", "Refused" in a Decision column: the row's applicant or item is what was
# decided; a cell naming its own matter ("Approved the lease") stands as written.

def _table_minutes(rows):
    from committee_papers.ingest.model import Block, iter_passages
    blocks = [Block("heading", MINUTES_HEADING, level=1), Block("heading", "FP/12 Community grants", level=2),
              Block("table", rows=rows, header_rows=1)]
    return find_decisions(list(iter_passages(blocks)), committee="the meeting")


@pytest.mark.parametrize("rows, expected", [
    ([["Applicant", "Requested", "Decision"], ["Hartwell Scouts", "£900", "Awarded £450"],
      ["Hartwell Bowls Club", "£300", "Awarded in full"]],
     ["Hartwell Scouts: Awarded £450", "Hartwell Bowls Club: Awarded in full"]),
    ([["Ref", "Application", "Outcome"], ["PA/3", "Garden room at 4 Elm Row", "Granted with conditions"],
      ["PA/4", "Two dwellings off Mill Way", "Refused"]],
     ["Garden room at 4 Elm Row: Granted with conditions", "Two dwellings off Mill Way: Refused"]),
    ([["Item", "Decision"], ["Hall hire rates", "Approved from April"], ["Lease of the depot", "Approved the lease"]],
     ["Hall hire rates: Approved from April", "Approved the lease"]),
])
def test_a_short_outcome_cell_takes_its_rows_item(rows, expected):
    assert texts(_table_minutes(rows)) == expected


# -- 5. Where a labelled resolution ends in its passage (decisions._resolution_end) -------------------------
# A reader may join the paragraphs after "Resolved: ..." into its passage: the resolution ends at the next
# sentence opening another label, an action or a vote's record, or the meeting's close.

@pytest.mark.parametrize("paragraph, expected", [
    ("Resolved: That the quote from Brightwater Roofing of £3,100 be accepted. It was also requested that the "
     "clerk ask for a ten-year guarantee.", ["Brightwater Roofing of £3,100 be accepted", "ten-year guarantee"]),
    ("RESOLVED that the hedge cutting contract be renewed for two years. The meeting closed at 9.12pm.",
     ["hedge cutting contract be renewed for two years"]),
    ("Agreed: to buy a new mower for the playing field at up to £2,400. Action: Clerk to place the order.",
     ["new mower for the playing field at up to £2,400"]),
    ("RESOLVED that the hall hire rates rise by 3% from April. Proposed: Cllr Ames Seconded: Cllr Lowe",
     ["hall hire rates rise by 3% from April"]),
])
def test_a_resolution_ends_where_another_matter_begins_in_its_passage(paragraph, expected):
    found = texts(decisions_of_any_body(("heading", "Pavilion matters"), ("paragraph", paragraph)))
    assert len(found) == len(expected), found
    for want, text in zip(expected, found):
        assert want in text and text.rstrip(".").endswith(want.split()[-1]), (want, found)


def test_a_resolution_of_several_sentences_stays_whole():
    found = texts(decisions_of_any_body(("heading", "Pavilion matters"), (
        "paragraph", "RESOLVED that the pavilion be let to the cricket club for the summer. The club will pay "
                     "£40 a match and clean the changing rooms after each game.")))
    assert len(found) == 1 and "clean the changing rooms" in found[0], found


# -- 7. A bare resolution label leads the paragraphs below it (decisions._leads_list_below) -----------------
# "RESOLVED" alone over "1. That ..." is no outcome line of the sentence above it; "RESOLVED:" ending the line an
# item's title runs into (a reader joined them) leads the "That ..." paragraph below.

@pytest.mark.parametrize("pieces, expected", [
    ((("heading", "Members' allowances"), ("paragraph", "The Panel considered a report of the Clerk."),
      ("heading", "RESOLVED"), ("paragraph", "1. That the basic allowance rise by 2% from May."),
      ("paragraph", "2. That the scheme be reviewed in 2027.")),
     ["basic allowance rise by 2%", "scheme be reviewed in 2027"]),
    ((("paragraph", "88. MINUTES OF THE MEETING HELD ON 14 JANUARY 2026 RESOLVED:"),
      ("paragraph", "That the minutes be confirmed as a correct record.")),
     ["minutes be confirmed as a correct record"]),
    ((("paragraph", "90. Street lighting upgrade phase 2 RESOLVED –"),
      ("paragraph", "That the second phase of LED lanterns be funded from reserves."),
      ("heading", "91. Grit bins"), ("paragraph", "The Committee noted the grit bin survey.")),
     ["LED lanterns be funded from reserves", "noted the grit bin survey"]),
])
def test_a_bare_resolution_label_leads_the_paragraphs_below(pieces, expected):
    found = texts(decisions_of_any_body(*pieces))
    assert len(found) == len(expected), found
    for want, text in zip(expected, found):
        assert want in text, (want, found)


def test_a_bare_outcome_after_a_proposal_still_decides_it():
    found = texts(decisions_of_any_body(("heading", "5. Hall charges"),
                                        ("paragraph", "Cllr Hale proposed that the hall charges be frozen for 2026."),
                                        ("paragraph", "RESOLVED"), ("heading", "6. Any other business")))
    assert len(found) == 1 and "hall charges be frozen" in found[0], found


# -- 3. A run-in list goes on in the passages below its label (siblings only) -------------------------------
# "RESOLVED: a. That ...;" with "b. That ..." and "c. That ..." in the next paragraphs; "RESOLVED: That (1) ...;
# and" with "(2) ..." split off by a PDF reader: each next item in the list's numbering is one of its decisions.

@pytest.mark.parametrize("pieces, expected", [
    ((("paragraph", "RESOLVED: a. That the progress on the new website be noted;"),
      ("paragraph", "b. That printed newsletters stop from June 2026;"),
      ("paragraph", "c. That the Communications Group report again in September.")),
     ["new website be noted", "printed newsletters stop", "report again in September"]),
    ((("paragraph", "RESOLVED: That (1) it be noted that no interests were declared; and"),
      ("list_item", "(2) the minutes of the Finance Committee held on 3 December be received.")),
     ["no interests were declared", "Finance Committee held on 3 December be received"]),
    ((("paragraph", "Agreed: (i) to buy two planters for the square;"),
      ("paragraph", "(ii) to ask the school to look after them.")),
     ["two planters for the square", "school to look after them"]),
])
def test_a_run_in_list_goes_on_in_the_passages_below(pieces, expected):
    found = texts(decisions_of_any_body(("heading", "6. Village matters"), *pieces))
    assert len(found) == len(expected), found
    for want, text in zip(expected, found):
        assert want in text, (want, found)


@pytest.mark.parametrize("later", [
    "d. The Clerk reported that the van had been sold.",          # not the next letter (b)
    "2. Members discussed the state of the churchyard wall.",     # another numbering: the paper's next paragraph
])
def test_a_paragraph_out_of_the_run_in_lists_numbering_is_not_its_item(later):
    found = texts(decisions_of_any_body(("heading", "6. Village matters"),
                                        ("paragraph", "RESOLVED: a. That the progress on the new website be noted;"),
                                        ("paragraph", later)))
    assert len(found) == 1 and "new website" in found[0], found


# -- 10. Word lists read as words, each compared with the pattern it replaced ------------------------------

import re  # noqa: E402

from committee_papers.extract.decisions import _anaphoric_opening, _opens_sentence, _states_terms  # noqa: E402

_REPLACED = [
    (_states_terms, re.compile(r"\b(?:would|shall)\b", re.IGNORECASE).search,
     ["The reply would set out the points.", "The fund SHALL be held by the Treasurer.", "Shallow pond works.",
      "The wouldbe buyer withdrew.", "It was agreed.", "shall", "They should go.",
      "The Board would1 set out", "The fund shallé be held"]),
    (_anaphoric_opening, re.compile(r"^(?:they|it|this|these|those|he|she)\s", re.IGNORECASE).match,
     ["they be adopted", "It go ahead", "These  be noted", "theyre", "it", " it be", "Items be noted", "he\tsaid",
      "Those, being ready", "She-wolf rally", "they ", "it\n"]),
    (_opens_sentence, re.compile(r"^(?:The|This|These|It|All)\s+\S").match,
     ["The Board agreed.", "THE BOARD", "This policy was adopted.", "It", "All were in agreement.", "Theo Marsh",
      " The Board", "It  was agreed", "these minutes", "Ann Cole (Eastbrook)", "It ", "The\n"]),
]


@pytest.mark.parametrize("check, pattern, text", [(c, p, t) for c, p, texts_ in _REPLACED for t in texts_])
def test_each_word_list_check_agrees_with_the_pattern_it_replaced(check, pattern, text):
    assert check(text) == bool(pattern(text)), text


# -- 11. A body's request for a thing to be done (vocabulary asked_for_done) ---------------------------------
# "The Board asked for the response times to be checked ...": the body's request, a decision; "asked for
# clarification" stays a question in discussion.  (Rule file examples: sentences body_decided_lower.)

@pytest.mark.parametrize("paragraph", [
    "Lettings Policy: The Trustees asked for the deposit rules to be checked with the insurer before May.",
    "Members asked for the tree survey to be sent to the Forestry Commission.",
    "The Panel requested for the complaints data to be set out by ward at the next meeting.",
])
def test_a_request_for_a_thing_to_be_done_is_a_decision(paragraph):
    assert texts(decisions_of_any_body(("heading", "7. Policies"), ("paragraph", paragraph))) == [paragraph]


@pytest.mark.parametrize("paragraph", [
    "Members asked for clarification of the fees before the vote.",
    "The Trustees asked for more time to consider the lease.",
])
def test_asking_for_something_is_discussion(paragraph):
    assert decisions_of_any_body(("heading", "7. Policies"), ("paragraph", paragraph)) == []


# -- 12. A resolution label run on after a line without a stop (parts label_within) ----------------------------
# A TXT or PDF reader joins "b. To vote on the next step" (no full stop) with "It was Resolved: to accept ...":
# the resolution is read from its label; the agenda line before it is no part of it.

@pytest.mark.parametrize("paragraph, expected", [
    ("b. To vote on the next step It was Resolved: to accept the revised quote of £7,200.",
     "to accept the revised quote of £7,200."),
    ("iii. To consider the tree quotes RESOLVED: That the quote from Oakline Arborists be accepted.",
     "the quote from Oakline Arborists be accepted."),
    ("c. Noticeboard repair Agreed – to ask the joiner to refit the glass in May.",
     "to ask the joiner to refit the glass in May."),
])
def test_a_resolution_label_run_on_after_an_agenda_line_is_read_from_the_label(paragraph, expected):
    found = texts(decisions_of_any_body(("heading", "41. Village green"), ("paragraph", paragraph)))
    assert len(found) == 1 and found[0].lower().endswith(expected.lower()) and "vote on" not in found[0], found


@pytest.mark.parametrize("paragraph", [
    "The Clerk said it was resolved: the hall is booked for the fete.",
    "Members asked whether the matter had been Resolved – the Clerk would check.",
])
def test_a_label_word_inside_a_sentence_of_discussion_gives_none(paragraph):
    assert decisions_of_any_body(("heading", "41. Village green"), ("paragraph", paragraph)) == []
