"""m26 (stop 24): metadata the opened real sets lost, as general mechanisms.

- a form's subject labelled by the form's kind and `title` (`EqIA Title | ...`) titles the form (cover_labels.yml);
- a general meeting of a body's members (`Wendle Gardens Society AGM`) is that body's own: it publishes the papers
  (cover_labels.yml own_general_meetings).

Fictional bodies and wordings only.
"""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def _extract(*lines, filename="paper.txt"):
    blocks = [Block("table", rows=item, header_rows=0) if isinstance(item, list) else Block("paragraph", text=item)
              for item in lines]
    return extract(list(iter_passages(blocks)), {}, filename)


# --- a form titled by `<kind> Title` ------------------------------------------------------------------------

@pytest.mark.parametrize("rows, title", [
    ([["EqIA Title", "Fenmarsh adoption of the Walking Strategy"], ["Responsible Officer", "Ann Smith"]],
     "Fenmarsh adoption of the Walking Strategy"),
    ([["DPIA title", "Harbour CCTV Upgrade"], ["Lead officer", "Jo Bell"]], "Harbour CCTV Upgrade"),
    ([["Project title", "Riverside Car Park Resurfacing"], ["Sponsor", "Director of Place"]],
     "Riverside Car Park Resurfacing"),
])
def test_a_form_is_titled_by_its_kind_and_title_field(rows, title):
    assert _extract("Equality Impact Assessment Submission Form", rows).title == title


# --- a body's own general meeting ---------------------------------------------------------------------------

@pytest.mark.parametrize("lines, body", [
    (("Fenmarket Heritage Trust Ltd Annual General Meeting Thursday, 17th September 2026",
      "The Corn Exchange Fenmarket, AGM 7pm to 9pm", "1. Welcome and apologies",
      "2. Annual Report: The Chair looks back on the year."), "Fenmarket Heritage Trust Ltd"),
    (("Annual General Meeting of the Wendle Gardens Society", "Tuesday 3 March 2026 at 7pm, Wendle Village Hall",
      "1. Apologies", "2. Treasurer's report"), "Wendle Gardens Society"),
    (("Extraordinary General Meeting of Harbury Community Shop Ltd", "Monday 9 February 2026, 7pm",
      "1. Apologies", "2. Proposed rule changes"), "Harbury Community Shop Ltd"),
])
def test_a_general_meeting_of_a_body_is_published_by_the_body(lines, body):
    found = _extract(*lines)
    assert found.authority == body, (found.authority, found.committee)


def test_a_bare_general_meeting_names_no_body():
    found = _extract("The Annual General Meeting", "Tuesday 3 March 2026 at 7pm", "1. Apologies")
    assert found.authority is None, found.authority


# --- an agenda frontsheet whose date line carries the next field --------------------------------------------

@pytest.mark.parametrize("lines, title", [
    (("AGENDA", "PLANNING COMMITTEE", "Tuesday, 3rd March, 2026, at 6.30 pm Ask for: Jo Bell Council Chamber, Town Hall,",
      "Wendle", "Telephone: 01234 567890", "1. Apologies", "2. Minutes of the Meeting held on 3rd February 2026"),
     "Agenda - Planning Committee - Tuesday, 3rd March, 2026, at 6.30 pm"),
    (("AGENDA", "CABINET", "Wednesday, 14th January, 2026, at 10.00 am Contact: Sam Rowe Committee Room 2, Civic Centre,",
      "Fenmarsh", "1. Apologies", "2. Declarations of Interest"),
     "Agenda - Cabinet - Wednesday, 14th January, 2026, at 10.00 am"),
    (("AGENDA", "HARBOUR BOARD", "Monday, 9th February, 2026, at 2.00 pm Enquiries to: Ann Lee The Harbour Office,",
      "Kestrel Bay", "1. Apologies"),
     "Agenda - Harbour Board - Monday, 9th February, 2026, at 2.00 pm"),
    # (the date line standing alone, as before)
    (("AGENDA", "CABINET", "Wednesday, 11th March, 2026, at 2.00 pm", "Ask for: Jo Bell", "1. Apologies"),
     "Agenda - Cabinet - Wednesday, 11th March, 2026, at 2.00 pm"),
])
def test_a_frontsheet_date_line_with_a_glued_contact_field_still_titles_it(lines, title):
    assert _extract(*lines).title == title
