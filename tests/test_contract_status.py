"""A contract's status is decided against the paper's meeting date, and
possible extensions are not extensions made."""
import pytest

from committee_papers.extract.contract_status import parse_partial, status_on
from committee_papers.extract.contract_terms import status_in
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(meeting: str, *sentences: str):
    blocks = [Block("heading", "Brackenford Borough Council", page=1, level=1),
              Block("paragraph", f"Cabinet – {meeting}", page=1),
              Block("heading", "Carers Support Services: Contract Review", page=1, level=1)]
    blocks += [Block("paragraph", s, page=2) for s in sentences]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


def the_contract(extraction):
    valued = [c for c in extraction.contracts if c.value_gbp is not None]
    assert len(valued) == 1, extraction.contracts
    return valued[0]


@pytest.mark.parametrize("meeting, sentence, status", [
    # Ended before the meeting, though the sentence is in the present tense.
    ("14 March 2023", "The carers support service is provided by Wyvern Carers Trust at £240,000 a year "
                      "under a contract which runs until 31 March 2019.", "ended"),
    # Running on the meeting day, ending more than six months later.
    ("9 July 2024", "Harbourside Care Ltd delivers the home care contract for £1,200,000 per annum, "
                    "from 1 April 2023 to 31 March 2026.", "current"),
    # Ending within six months of the meeting.
    ("5 November 2024", "The contract with Meadowbank Advocacy CIC, worth £85,000 a year, ends on 31 March 2025.",
     "ending"),
    # Starting after the meeting, not yet awarded.
    ("22 January 2025", "A new contract with Tillington Leisure Trust for £310,000 a year will start "
                        "on 1 April 2026 and end on 31 March 2029.", "proposed"),
])
def test_status_follows_the_dates_on_the_meeting_day(meeting, sentence, status):
    assert the_contract(paper(meeting, sentence)).status == status


@pytest.mark.parametrize("sentence", [
    "The contract may be extended by a further 12 months.",
    "The agreement is extendable for two further years at the Council's discretion.",
    "The term could be renewed once, for up to three years.",
    "There is an option to extend for one year.",
])
def test_a_possible_extension_is_not_an_extension(sentence):
    assert status_in(sentence) != "extended"


@pytest.mark.parametrize("sentence", [
    "The contract was extended to 31 March 2026 under delegated authority.",
    "Cabinet agreed a 12-month extension of the contract in 2024.",
    "The Council has extended the contract using the extension option.",
])
def test_an_extension_made_is_extended(sentence):
    assert status_in(sentence) == "extended"


def test_words_that_dates_cannot_contradict_stand():
    # Awarded in this paper, with the term starting later: still awarded.
    assert status_on("awarded", "2026-04-01", "2031-03-31", "2025-11-12") == "awarded"
    # Extended in this paper past an old end date before the meeting.
    assert status_on("extended", None, "2024-03-31", "2024-06-01") == "extended"
    # Without a meeting date, or without dates, the words decide.
    assert status_on("current", None, "2019-03-31", None) == "current"
    assert status_on(None, None, None, "2024-06-01") is None


def test_partial_dates_cover_their_whole_period():
    assert str(parse_partial("2025-02", end=True)) == "2025-02-28"
    assert str(parse_partial("2024-12", end=True)) == "2024-12-31"
    assert str(parse_partial("2025", end=False)) == "2025-01-01"
    # A month-only end on the meeting's month is still running that day.
    assert status_on(None, None, "2025-03", "2025-03-12") == "ending"
