"""A cover line opening with the publisher's name and naming its meeting and date is the publisher's banner,
however long the meeting's name: the date (and time) closing the line does not count towards its length.
Fictional authorities only."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def metadata(*lines):
    """Lines of a PDF paper: `# ` opens a heading, anything else a paragraph."""
    blocks = [Block("heading", text=line[2:]) if line.startswith("# ") else Block("paragraph", text=line)
              for line in lines]
    return extract(list(iter_passages(blocks)), {}, "paper.pdf")


# Questions from the public naming another council more often than the publisher.
QUESTIONS = ("# Question 1 - Jo Bloggs",
             "Brackenford City Council has closed the library on Quay Street and Brackenford City Council says "
             "the mayor must pay for it to open again.",
             "# Response",
             "I have written to Brackenford City Council about the library and will report back.",
             "# Question 2 - Sam Rowe",
             "Why did Brackenford City Council close the bus lane on the ring road last month?")


@pytest.mark.parametrize("line, authority", [
    ("North Fenmarsh and Wendle Combined Authority Committee and North Fenmarsh Joint Committee, Friday 5 June 2026",
     "North Fenmarsh and Wendle Combined Authority"),
    ("Kestrel Bay County Council Health and Adult Social Care Overview and Scrutiny Committee \u2013 "
     "Tuesday 3 March 2026 at 10.00 am", "Kestrel Bay County Council"),
    ("Wendle Valley Combined Authority Mayoral Transport, Infrastructure and Housing Delivery Committee, "
     "Wednesday 4th February 2026, 2.00pm", "Wendle Valley Combined Authority"),
])
def test_a_long_meeting_line_under_the_title_names_the_publisher(line, authority):
    extraction = metadata("# Public Questions and Responses", line, *QUESTIONS)
    assert (extraction.authority, extraction.authority_source) == (authority, "cover")


def test_a_line_running_on_past_its_date_is_no_banner():
    # (`<body> <meeting> <date> <a long subject>`: a sentence-like line, counted whole, as before)
    line = ("Kestrel Bay County Council Cabinet 12 March 2026 agreed that the leisure management contract for the "
            "three pools should run for another ten years")
    extraction = metadata("# Public Questions and Responses", line, *QUESTIONS)
    assert extraction.authority_source != "cover"
