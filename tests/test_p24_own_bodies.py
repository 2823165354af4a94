"""Round p24: the body a paper belongs to and the bodies it names with no type word (papers about invented bodies;
every sentence written for these tests).  Each mechanism: its wordings and layouts, then its negatives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from fictional_paper import passages_from_lines  # noqa: E402
from probe_harness import extract_file  # noqa: E402

from committee_papers.extract.pipeline import extract  # noqa: E402

COUNCIL_BUSINESS = ("1. Library contract\nWexcombe County Council confirmed the contract payment for 2026/27. Wexcombe "
                    "County Council officers will attend in May. Wexcombe County Council asked for the usage figures.\n\n"
                    "2. Cleaning\nThe Board agreed to pay Kelby Cleaning Ltd £8,000 for the branch cleaning.\n")


# --- a body's own board minutes that name only the board: the letterhead, page furniture or e-mail domain names it ---

@pytest.mark.parametrize("name, text, publisher, source", [
    ("letterhead.txt", "Fenmarket Libraries\n\nMinutes of the meeting of the Board held on 3 March 2026\n\n"
     "Present: Ann Lee (Chair), Raj Patel\n\n" + COUNCIL_BUSINESS, "Fenmarket Libraries", "letterhead"),
    ("capitals.txt", "ORMSBY VALE MUSEUMS\nBoard of Directors\n\nMinutes of the meeting held on 9 June 2026\n\n"
     "Present: Tom Hill (Chair)\n\n" + COUNCIL_BUSINESS, "Ormsby Vale Museums", "letterhead"),
    ("footer.html", "<html><head><title>Board of Trustees minutes, 3 March 2026</title></head><body><main>"
     "<h1>Board of Trustees minutes, 3 March 2026</h1><p>Present: Ann Lee (Chair)</p>"
     + "".join(f"<p>{line}</p>" for line in COUNCIL_BUSINESS.splitlines() if line) +
     "</main><footer>© Harbury Heritage Collections, registered charity 1234567</footer></body></html>",
     "Harbury Heritage Collections", "page header/footer"),
    ("domain.txt", "Board Meeting - Minutes\nHeld on 3 March 2026 at Mill Lane\n\nPresent: Ann Lee (Chair)\n\n"
     + COUNCIL_BUSINESS + "\nThe Chair thanked the volunteers of Tarnside Reading Rooms for the summer scheme.\n\n"
     "Contact: secretary@tarnsidereadingrooms.org.uk or chair@tarnsidereadingrooms.org.uk\n",
     "Tarnside Reading Rooms", "email domain"),
])
def test_a_boards_own_body_named_by_its_letterhead_furniture_or_domain_publishes_it(tmp_path, name, text, publisher,
                                                                                   source):
    found = extract_file(tmp_path, name, text)
    assert (found.authority, found.authority_source) == (publisher, source)
    assert (publisher, "Kelby Cleaning Ltd") in {(c.commissioner, c.provider) for c in found.contracts}


@pytest.mark.parametrize("name, text", [
    # A council's committee report with a provider's name above its heading: the council's.
    ("cabinet.txt", "Fenmarket Libraries\n\nCabinet - 3 March 2026\n\nLibrary Contract Review\n\n" + COUNCIL_BUSINESS),
    # A heading that is no body's name above the board's minutes line.
    ("confidential.txt", "Private and Confidential\n\nMinutes of the meeting of the Board held on 3 March 2026\n\n"
     + COUNCIL_BUSINESS),
    # A domain that spells no name the paper writes.
    ("webmail.txt", "Board Meeting - Minutes\nHeld on 3 March 2026\n\n" + COUNCIL_BUSINESS
     + "\nContact: clerk.fenmarket@mailbox.co.uk\n"),
])
def test_no_letterhead_name_or_no_own_board_keeps_the_council(tmp_path, name, text):
    found = extract_file(tmp_path, name, text)
    assert found.authority == "Wexcombe County Council"


def test_an_nhs_trust_letterhead_above_its_board_minutes_stays_the_trust(tmp_path):
    found = extract_file(tmp_path, "trust.txt", "Wexcombe Community NHS Trust\n\nMinutes of the meeting of the Board "
                         "held on 3 March 2026\n\n" + COUNCIL_BUSINESS)
    assert found.authority == "Wexcombe Community NHS Trust"


# --- charter trustees are a public body meeting as itself ----------------------------------------------------------

@pytest.mark.parametrize("lines, publisher", [
    (["Minutes of the meeting of the Charter Trustees of Kelby held on 3 March 2026 in the Guildhall"],
     "Charter Trustees of Kelby"),
    (["KELBY CHARTER TRUSTEES", "Minutes of the Annual Meeting held on 20 May 2026"], "Kelby Charter Trustees"),
    (["Minutes of the meeting of the Charter Trustees for the City of Harbury held on 4 June 2026"],
     "Charter Trustees for the City of Harbury"),
])
def test_charter_trustees_publish_their_own_minutes(lines, publisher):
    found = extract(passages_from_lines(*lines, "Present: the Mayor (Chair)",
                                        "Wexcombe District Council provides the clerk. Wexcombe District Council will "
                                        "pay the civic allowance. Wexcombe District Council hosts the service."),
                    {}, "paper.txt")
    assert found.authority == publisher
