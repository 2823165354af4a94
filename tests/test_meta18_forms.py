"""Amendment and motion forms, and papers that never name their publisher (branch meta18): a form's
`Amendment name:` titles it, what it proposes is its recommendation, and a file saved as
`<place>-<tier>_<date>_...` names the registered council when the text names none.
Fictional wordings throughout; real councils appear only as registered places in file names."""
from __future__ import annotations

import re

import docx
import pytest

from committee_papers.extract import cover
from committee_papers.extract import recommendations as recs
from committee_papers.extract.metadata import council_of_file_name
from committee_papers.extract.pipeline import extract
from committee_papers.pipeline import read_and_extract
from fictional_paper import passages_from_lines


def extraction_of(path):
    return read_and_extract(str(path))[2]


# --- an amendment or motion form's name titles it ---------------------------------------------

@pytest.mark.parametrize("rows, title", [
    ([["Budget Amendment Form", "", "", ""],
      ["Amendment Name:", "Rural Bus Routes Top-Up", "Amendment Number:", "4"],
      ["Proposer:", "Cllr Ann Hale", "Seconder:", "Cllr Tom Reed"]], "Rural Bus Routes Top-Up"),
    ([["Notice of Motion", ""], ["Motion title", "Free Swimming for Under-Fives"], ["Motion no.", "2"],
      ["Moved by", "Cllr Priya Dale"]], "Free Swimming for Under-Fives"),
    ([["Title of amendment:", "Parks Ranger Posts"], ["Amendment number:", "11"],
      ["Directorate:", "Environment and Leisure"]], "Parks Ranger Posts"),
])
def test_an_amendment_or_motion_forms_name_titles_it_without_its_number(rows, title):
    found = extract(passages_from_lines(rows, "Proposed purpose:", "Details follow."), {}, "form.docx")
    assert found.title == title


# --- a file named by its council, for a paper whose text never names one ----------------------

@pytest.mark.parametrize("filename, council", [
    ("kent-cc_2026-02-12_budget-amendment_parks.pdf", "Kent County Council"),
    ("bristol-cc_2025-03-04_cabinet_report.pdf", "Bristol City Council"),
    ("leeds-city-council_2026-01-14_executive-board.html", "Leeds City Council"),
    ("/papers/in/here/cornwall-council_2026-02-02_cabinet.pdf", "Cornwall Council"),
])
def test_a_file_name_opening_with_a_registered_councils_place_and_tier_names_it(filename, council):
    assert council_of_file_name(filename) == council


@pytest.mark.parametrize("filename", [
    "suffolk-libraries-ips_2014-03-20_board-minutes.pdf",   # a provider's own papers: no tier, no council
    "friends-of-ashby-library_2025-03-04_minutes.txt",
    "brackenford-council_2026-01-01_cabinet.txt",            # a fictional place: no registered council
    "kent-dc_2026-01-01_cabinet.txt",                        # the tier does not fit the place's council
    "minutes.pdf",
])
def test_other_file_names_name_no_council(filename):
    assert council_of_file_name(filename) is None


def test_the_file_name_is_read_only_when_the_text_names_no_publisher(tmp_path):
    quiet = tmp_path / "kent-cc_2026-02-12_budget-amendment_verges.txt"
    quiet.write_text("Budget Amendment Form\n\nAmendment name: Verge Cutting\n\nProposed purpose:\n\n"
                     "Allocate up to £30k from the highways reserve to fund a second verge cut in July.\n",
                     encoding="utf-8")
    named = tmp_path / "kent-cc_2026-02-12_cabinet_report.txt"
    named.write_text("Fenmarsh District Council\n\nReport to Cabinet\n\nLeisure Contract Award\n\n"
                     "1. The Council lets its leisure contract from April.\n", encoding="utf-8")
    found = extraction_of(quiet)
    assert (found.authority, found.authority_source) == ("Kent County Council", "file name")
    assert extraction_of(named).authority != "Kent County Council"


def test_each_file_name_tier_has_three_examples_that_it_reads():
    for entry in cover.vocabulary()["file_name_council_tiers"]:
        assert len(entry["examples"]) >= 3
        for example in entry["examples"]:
            stem = example.split("_")[0]
            assert re.match(rf"^[a-z-]+-(?:{entry['pattern']})$", stem), example


# --- what an amendment or motion form proposes is its recommendation ---------------------------

def test_the_proposal_cues_read_their_examples_and_not_their_not_examples():
    cues = recs._cues()["proposal_forms"]
    statement = recs._proposal_form_re("statements", r"^(?:WORDS)")
    verb = recs._proposal_form_re("verbs", r"^(?:WORDS)\s")
    for example in cues["examples"]:
        assert statement.match(example) or verb.match(example), example
    for example in cues["not_examples"]:
        assert not statement.match(example) and not verb.match(example), example


def test_a_budget_amendment_forms_instruction_under_its_proposal_field_is_its_recommendation(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=5, cols=2)
    for row, (label, value) in zip(table.rows, [("Budget Amendment Form", ""), ("Amendment name:", "Library Book Fund"),
                                                 ("Proposed purpose:", ""),
                                                 ("Reduce the events budget by £25k and transfer the sum to the library "
                                                  "book fund. Branches have asked for more large-print stock.", ""),
                                                 ("Proposed amount:", "£25k")]):
        row.cells[0].text, row.cells[1].text = label, value
    path = tmp_path / "wessex-council_2026-02-19_amendment.docx"
    document.save(path)
    found = extraction_of(path)
    assert [(r.text, r.rule) for r in found.recommendations] == [
        ("Reduce the events budget by £25k and transfer the sum to the library book fund.",
         "recommendation.proposal_form")]


@pytest.mark.parametrize("lines, ask", [
    (["Notice of Motion", "Proposer: Cllr Jo Marsh", "The motion:",
      "Establish a cross-party working group on river water quality, reporting to Council in the autumn.",
      "The river has failed its bathing water standard twice."],
     "Establish a cross-party working group on river water quality, reporting to Council in the autumn."),
    (["Ashcombe Parish Council", "Precept amendment", "Amendment details",
      "This amendment seeks to add £3,000 to the precept to fund the play area's new surface.",
      "Councillors will vote on it after the budget item."],
     "This amendment seeks to add £3,000 to the precept to fund the play area's new surface."),
    (["Motion form", "Proposal:", "Reinstate the £60k youth club grant, met from the general reserve.",
      "Three clubs closed last year."],
     "Reinstate the £60k youth club grant, met from the general reserve."),
])
def test_a_motion_or_amendment_says_what_it_proposes(lines, ask):
    found = extract(passages_from_lines(*lines), {}, "motion.txt")
    assert ask in [r.text for r in found.recommendations]


@pytest.mark.parametrize("lines", [
    # ordinary minutes and reports: an instruction-like sentence under a `Proposal` heading is no form's ask
    ["Harbour Board minutes", "Proposal:", "Allocate berths by lottery was suggested by one member but not taken up."],
    ["Cabinet report", "Proposals", "Increase in demand has driven the overspend in home care."],
    ["Minutes of the Council", "The motion was carried unanimously.", "This amendment was lost on a show of hands."],
])
def test_ordinary_committee_text_gives_no_proposal_form_ask(lines):
    found = extract(passages_from_lines(*lines), {}, "paper.txt")
    assert not [r for r in found.recommendations if r.rule == "recommendation.proposal_form"]


# --- a lead-in offering a choice among options is one recommendation with them --------------------

@pytest.mark.parametrize("lines, lead", [
    (["# Recommendation", "The Council may, having considered the call-in, decide on one of the following:",
      "(a) let the decision stand and be put into effect;", "(b) refer the decision back to the Cabinet;",
      "(c) postpone the decision until the review reports.", "# Appendices", "Appendix 1 - Call-in request"],
     "The Council may, having considered the call-in, decide on one of the following:"),
    (["# Recommendations", "The Harbour Board is asked to choose between:",
      "(1) renewing the dredging licence for five years; or", "(2) letting the licence lapse in March.",
      "# Background", "The licence was first granted in 2016."],
     "The Harbour Board is asked to choose between:"),
    (["# Decision required", "The Trustees may resolve either:", "1. to sell the museum's annexe at auction, or",
      "2. to lease the annexe to the heritage society.", "# Financial implications", "The annexe costs £8,000 a year."],
     "The Trustees may resolve either:"),
])
def test_a_lead_in_offering_alternatives_is_one_recommendation_with_its_options(lines, lead):
    found = extract(passages_from_lines(*lines), {}, "paper.txt")
    texts = [r.text for r in found.recommendations]
    assert len(texts) == 1 and texts[0].startswith(lead.rstrip(":"))
    assert all(word in texts[0] for word in lines[3].split()[-2:])


def test_a_lead_in_to_several_decisions_keeps_them_apart():
    found = extract(passages_from_lines("# Recommendations", "The Cabinet is asked to:",
                                        "a. approve the revised fees for 2026/27;",
                                        "b. delegate the fee schedule to the Head of Leisure;",
                                        "c. note the consultation results.", "# Background", "Fees last rose in 2024."),
                    {}, "paper.txt")
    assert len(found.recommendations) == 3


def test_the_alternative_lead_in_cues_read_their_examples_only():
    lead_in = recs.cue_pattern("alternative_lead_ins", r"\b(?:WORDS)\s*:?\s*$")
    cues = recs._cues()["alternative_lead_ins"]
    assert all(lead_in.search(example) for example in cues["examples"])
    assert not any(lead_in.search(example) for example in cues["not_examples"])


# --- the file's council over one the paper only mentions most -----------------------------------------

@pytest.mark.parametrize("filename, calls, council", [
    ("bristol-cc_2026-01-09_council-report_devolution.txt", "BCC", "Bristol City Council"),
    ("leeds-city-council_2026-01-09_council-report_devolution.txt", "Leeds", "Leeds City Council"),
    ("cornwall-council_2026-01-09_council-report_devolution.txt", "Cornwall", "Cornwall Council"),
])
def test_the_file_names_council_beats_one_only_mentioned_most_when_the_paper_calls_it_so(tmp_path, filename, calls,
                                                                                       council):
    path = tmp_path / filename
    path.write_text("From: Leader of the Council\n\nTo: Full Council\n\nSubject: Devolution proposals\n\n"
                    f"1. {calls} and North Somerset Council have met twice. North Somerset Council has agreed the "
                    f"principles and {calls} officers drafted the bid.\n\n2. North Somerset Council will sign first.\n",
                    encoding="utf-8")
    found = extraction_of(path)
    assert (found.authority, found.authority_source) == (council, "file name")


def test_a_file_names_council_the_paper_never_calls_by_name_initials_or_place_changes_nothing(tmp_path):
    path = tmp_path / "cornwall-council_2026-01-09_council-report_devolution.txt"
    path.write_text("To: Full Council\n\nSubject: Devolution proposals\n\n1. North Somerset Council has agreed the "
                    "principles.\n\n2. North Somerset Council will sign first.\n", encoding="utf-8")
    assert extraction_of(path).authority == "North Somerset Council"


# --- a list item joining bodies with `between` is no contract's cover -----------------------------------

@pytest.mark.parametrize("item", [
    "- Endorse the joint work between North Somerset Council, Fenmarsh District Council and the parish councils.",
    "1. Note the agreement between North Somerset Council and Wessex Police on shared CCTV.",
    "(a) Support talks between North Somerset Council and the bus operators.",
])
def test_a_listed_item_naming_bodies_between_them_names_no_contract_party_publisher(tmp_path, item):
    path = tmp_path / "paper.md"
    path.write_text(f"To: Full Council\n\nSubject: Partnership update\n\n## Recommendations\n\n{item}\n\n"
                    "## Background\n\nThe partnership began in 2024.\n", encoding="utf-8")
    assert extraction_of(path).authority_source != "contract party"
