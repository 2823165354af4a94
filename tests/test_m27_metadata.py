"""m27 (stop 24): metadata the opened sets lost, as general mechanisms.

- a notice of a body's general meeting (`Notice of the Annual General Meeting of X`, `Formal notice for X Annual General Meeting`) is
  the body's own meeting as the bare meeting line is: the body publishes it (cover_labels.yml
  general_meeting_notice_prefixes before own_general_meetings);
- a minutes line naming an authority that meets as a whole (`MINUTES of the meeting of the Fire and Rescue Authority
  held at ...`) names the meeting (cover_labels.yml authority_meeting_names).
"""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def _extract(*lines, filename="paper.txt"):
    blocks = [Block("paragraph", text=item) for item in lines]
    return extract(list(iter_passages(blocks)), {}, filename)


# --- a notice of a body's own general meeting ---------------------------------------------------------------

@pytest.mark.parametrize("lines, body", [
    (("Notice of the Annual General Meeting of Kelbury Sports Trust Ltd",
      "The meeting will be held on Thursday 10 September 2026 at 6.30pm at the Pavilion.",
      "1. To receive the accounts for the year."), "Kelbury Sports Trust Ltd"),
    (("Formal notice of the Ambleford Community Orchard Society Annual General Meeting",
      "Wednesday 14 October 2026, 7pm, Ambleford Village Hall", "1. Apologies", "2. Election of officers"),
     "Ambleford Community Orchard Society"),
    (("Formal notice for Tarnby's Arts Centre Ltd Annual General Meeting", "Saturday 5 December 2026 at 11am, Tarnby Arts Centre",
      "1. Minutes of the last AGM", "2. Chair's report"), "Tarnby's Arts Centre Ltd"),
    (("Notice of an Extraordinary General Meeting of Redmoss Credit Union Ltd", "Monday 2 November 2026, 6pm",
      "1. Proposed change to the rules"), "Redmoss Credit Union Ltd"),
])
def test_a_notice_of_a_general_meeting_is_published_by_the_body(lines, body):
    found = _extract(*lines)
    assert found.authority == body, (found.authority, found.committee)


@pytest.mark.parametrize("lines", [
    # A notice of a council's or its committee's meeting names a public body: weighed as always, never taken whole.
    ("Notice of a meeting of the Licensing Committee", "To be held on Tuesday 3 March 2026 at 7pm", "1. Apologies"),
    # A notice of a general meeting naming no body.
    ("Notice of the Annual General Meeting", "Tuesday 3 March 2026 at 7pm", "1. Apologies"),
    ("Formal notice of AGM", "Tuesday 3 March 2026 at 7pm", "1. Apologies"),
])
def test_a_notice_naming_no_own_body_gives_no_body(lines):
    found = _extract(*lines)
    assert found.authority is None or "notice" not in found.authority.lower(), found.authority
    assert found.authority not in ("Licensing Committee", "Annual General Meeting", "AGM"), found.authority


# --- an authority meeting as a whole, named in its minutes line ----------------------------------------------

@pytest.mark.parametrize("lines, committee", [
    (("HARTMOOR FIRE AND RESCUE AUTHORITY",
      "MINUTES of the meeting of the Fire and Rescue Authority held at Brigade House, Hartmoor on Thursday, 5 March 2026.",
      "Members: Councillor A Bell (Chair), Councillors B Cole and D Dale.", "1. Apologies"), "Fire and Rescue Authority"),
    (("Minutes of a meeting of the Combined Authority held on Friday 13 February 2026 at the Civic Centre, Wendle",
      "Present: Mayor J Pike, Councillor R Ames", "1. Declarations of interest"), "Combined Authority"),
    (("Fellmoor National Park Authority",
      "Minutes of the meeting of the National Park Authority held at the Old Mill, Fellmoor, on 2 April 2026",
      "Present: Mr T Lowe (Chair)", "1. Apologies"), "National Park Authority"),
])
def test_an_authority_meeting_as_a_whole_names_the_minutes_meeting(lines, committee):
    found = _extract(*lines)
    assert found.committee == committee, (found.committee, found.authority)


@pytest.mark.parametrize("lines", [
    ("Minutes of a meeting with the Local Authority held on 3 March 2026", "Present: J Smith", "1. Apologies"),
    ("Minutes of the meeting of the Housing Authority held on 3 March 2026", "Present: J Smith", "1. Apologies"),
])
def test_an_authority_no_meeting_name_names_no_meeting(lines):
    found = _extract(*lines)
    assert found.committee not in ("Local Authority", "Housing Authority"), found.committee
