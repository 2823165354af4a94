"""m29 (stop 25): metadata the opened sets lost, as general mechanisms.  All text is fictional.

- a frontsheet's heading whose only body word is the bare word meeting (`Summons to and Agenda for the Meeting on
  <date>`, `Notice of Meeting`) names no committee: the words around it say what the paper is
  (cover_labels.yml meeting_paper_words).
"""
from __future__ import annotations

import pytest

from committee_papers.extract import metadata as md
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def _extract(*items, filename="paper.txt"):
    blocks = [Block(*item) if isinstance(item, tuple) else Block("paragraph", text=item) for item in items]
    return extract(list(iter_passages(blocks)), {}, filename)


# --- a frontsheet heading naming only `a meeting` ---------------------------------------------------------------

@pytest.mark.parametrize("heading", [
    ("Summons to and Agenda for the Meeting on", "Tuesday, 9th June, 2026", "at 2.00 pm"),
    ("Agenda and Papers for the Meeting of", "Wednesday 14 October 2026"),
    ("Notice of Meeting", "Monday 2 November 2026 at 6pm"),
    ("SUPPLEMENTARY AGENDA FOR THE MEETING HELD ON", "Thursday 3 December 2026"),
])
def test_a_frontsheet_heading_naming_only_a_meeting_is_no_committee(heading):
    found = _extract(*[("heading", line) for line in heading],
                     "Legal and Democratic Services, Fenmarsh Town Hall. Please contact Jo Pell on 01234 567890.",
                     "1. Apologies received", "2. Interests to declare")
    assert found.committee is None, found.committee


@pytest.mark.parametrize("heading, committee", [
    ("Agenda for the Harbour Board Meeting on Tuesday 9 June 2026", "Harbour Board"),
    ("Notice of a meeting of the Licensing Committee to be held on 4 March 2026", "Licensing Committee"),
    ("Summons to a Meeting of the Borough Council, Thursday 12 February 2026", "Borough Council"),
])
def test_a_frontsheet_heading_naming_its_body_still_gives_the_committee(heading, committee):
    found = _extract(("heading", heading), "1. Apologies received", "2. Interests to declare")
    assert found.committee and committee in found.committee, found.committee


@pytest.mark.parametrize("text, bare", [
    ("Summons to and Agenda for the Meeting on", True),
    ("Agenda and Papers for the Meeting of", True),
    ("Notice of Meeting", True),
    ("Agenda for the Harbour Board Meeting", False),
    ("Planning Committee Meeting on", False),
    ("Meeting of the Licensing Committee", False),
])
def test_names_no_meeting_body(text, bare):
    assert md._names_no_meeting_body(text) is bare


# --- a product's placeholder site name in a web page's title names no publisher ---------------------------------

def _page(title, *lines):
    blocks = [Block("heading", text=line) if i < 2 else Block("paragraph", text=line) for i, line in enumerate(lines)]
    return extract(list(iter_passages(blocks)), {"title": title}, "page.html")


@pytest.mark.parametrize("title, lines", [
    ("Committee details - Kelbury Joint Committee - Modern Council",
     ("Committee details", "Kelbury Joint Committee",
      "The Joint Committee takes decisions on behalf of Tarnby Borough Council, Wendle District Council and Orton Council.",
      "Cllr Ann Pell Tarnby Borough Council", "Cllr Tom Reed Wendle District Council", "Cllr Jo Bell Orton Council")),
    ("Browse meetings - Harbour Joint Committee - Modern Council",
     ("Browse meetings", "Harbour Joint Committee",
      "The Joint Committee takes decisions for Tarnby Borough Council and Wendle District Council on the harbour.",
      "Membership: Cllr Ann Pell (Tarnby Borough Council), Cllr Tom Reed (Wendle District Council)")),
    ("Agenda for Joint Waste Committee on Tuesday, 3rd March, 2026, 6.00 pm - Modern Council",
     ("Agenda and minutes", "Joint Waste Committee - Tuesday, 3rd March, 2026 6.00 pm",
      "Venue: Orton Civic Centre. The committee is a joint committee of Orton Council and Fenmarsh District Council.")),
])
def test_a_placeholder_site_name_in_a_page_title_is_no_publisher(title, lines):
    # (a joint committee's own page: the publisher is then one of the bodies the page names, not the product's name)
    found = _page(title, *lines)
    assert found.authority and "Modern" not in found.authority, found.authority


def test_a_councils_own_site_name_in_a_page_title_still_names_it():
    found = _page("Committee details - Planning Committee - Kelbury Borough Council",
                  "Committee details", "Planning Committee", "The committee decides planning applications.")
    assert found.authority == "Kelbury Borough Council", found.authority
