"""A cover title in capitals that opens with the publisher's name and runs on to a second line in capitals is
one title (`WENDLE COUNTY COUNCIL HARBOUR LIBRARY CONSULTATION` / `WRITTEN REPORT`).  Fictional authorities only."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def metadata(*lines):
    """Lines of a PDF cover, each its own heading; `p ` opens a paragraph."""
    blocks = [Block("paragraph", text=line[2:]) if line.startswith("p ") else Block("heading", text=line)
              for line in lines]
    return extract(list(iter_passages(blocks)), {}, "paper.pdf")


BODY = ("CONTENTS", "p The consultation ran for eight weeks and drew 412 responses from residents of the "
        "district, most of them online.")


@pytest.mark.parametrize("lines, title", [
    (("Fenbridge Research | www.fenbridge-research.co.uk", "WENDLE COUNTY COUNCIL HARBOUR LIBRARY CONSULTATION",
      "WRITTEN REPORT", "PREPARED BY FENBRIDGE RESEARCH"),
     "Wendle County Council Harbour Library Consultation Written Report"),
    (("FENMARSH DISTRICT COUNCIL ALLOTMENT RENTS REVIEW", "SUMMARY OF RESPONSES"),
     "Fenmarsh District Council Allotment Rents Review Summary of Responses"),
    (("KESTREL BAY TOWN COUNCIL PLAY AREA SURVEY 2026", "FINDINGS AND NEXT STEPS"),
     "Kestrel Bay Town Council Play Area Survey 2026 Findings and Next Steps"),
])
def test_a_publisher_led_title_in_capitals_goes_on_to_the_next_capitals_line(lines, title):
    assert metadata(*lines, *BODY).title == title


@pytest.mark.parametrize("lines, title", [
    # (the publisher's name alone is its masthead, not the start of the title under it)
    (("WENDLE COUNTY COUNCIL", "HARBOUR LIBRARY CONSULTATION"), "Harbour Library Consultation"),
    # (the publisher's meeting, not a title, over the title)
    (("WENDLE COUNTY COUNCIL CABINET", "HARBOUR LIBRARY CONSULTATION"), "Harbour Library Consultation"),
])
def test_a_publisher_or_its_meeting_over_a_title_is_not_joined_to_it(lines, title):
    assert metadata(*lines, *BODY).title == title
