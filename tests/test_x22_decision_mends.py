"""Mends of stop 22's second round (x22), each a general mechanism with fictional examples (own wordings, invented
authorities) and negatives; the causes were found by listing the decisions missed in the real dev papers."""
from __future__ import annotations

import pytest

from committee_papers.extract.decisions import find_decisions
from fictional_paper import passages_from_pieces

COUNCIL_MINUTES = "Minutes of the meeting of Marrowfield County Council held on 19 March 2026"


def texts(found):
    return [" ".join(d.text.split()) for d in found]


def council_minutes(*pieces):
    return texts(find_decisions(passages_from_pieces(("heading", COUNCIL_MINUTES), *pieces), committee="the Council"))


# -- 1. A council motion resolved in parts, each part its own list ------------------------------------------
# "RESOLVED that:" over "This Council believes that:" and its list, a joiner ("And;"), then "This Council agrees
# to call on the Cabinet Member to:" and its list: every item of every part is resolved; the lead-ins and the
# joiner are not decisions, and they do not end the resolution.

BELIEVES = [("paragraph", "This Council believes that:"),
            ("list_item", "a) Fly-tipping on rural verges costs the county more each year."),
            ("list_item", "b) Fines alone have not deterred repeat offenders.")]
CALLS_ON = [("paragraph", "This Council agrees to call on the Cabinet Member for Environment to:"),
            ("list_item", "a) Write to the Home Office asking for tougher penalties for repeat fly-tipping;"),
            ("list_item", "b) Fund two more enforcement officers from the waste reserve.")]
EXPECTED = ["Fly-tipping on rural verges costs the county more each year.",
            "Fines alone have not deterred repeat offenders.",
            "Write to the Home Office asking for tougher penalties for repeat fly-tipping",
            "Fund two more enforcement officers from the waste reserve."]


@pytest.mark.parametrize("label, joiner", [
    ("6. RESOLVED that:", "And;"),
    ("RESOLVED that:", "Further:"),
    ("It was RESOLVED that:", "and,"),
])
def test_a_motion_resolved_in_parts_gives_the_items_of_every_part(label, joiner):
    found = council_minutes(("heading", "41. Motion - Fly-tipping on rural verges"), ("paragraph", label),
                            *BELIEVES, ("paragraph", joiner), *CALLS_ON)
    assert found == EXPECTED, found


def test_other_wordings_of_a_motions_parts_lead_their_lists():
    found = council_minutes(
        ("heading", "12. Motion - Community bus services"), ("paragraph", "RESOLVED that:"),
        ("paragraph", "Council notes:"),
        ("list_item", "(i) the loss of the Sunday service to Hatherby since January;"),
        ("list_item", "(ii) the petition of 2,300 residents asking for it back."),
        ("paragraph", "Council further resolves to:"),
        ("list_item", "(i) ask the operator to restore the Sunday timetable from May;"),
        ("list_item", "(ii) report the operator's reply to the June meeting."))
    assert found == ["the loss of the Sunday service to Hatherby since January",
                     "the petition of 2,300 residents asking for it back.",
                     "ask the operator to restore the Sunday timetable from May",
                     "report the operator's reply to the June meeting."], found


def test_a_motion_only_moved_is_no_resolution():
    # The motion as moved, before the vote: its parts decide nothing until they are resolved.
    found = council_minutes(("heading", "41. Motion - Fly-tipping on rural verges"),
                            ("list_item", "1) Mrs Ince proposed, and Mr Dale seconded the motion that"),
                            *BELIEVES, ("paragraph", "And;"), *CALLS_ON)
    assert not any("Fines alone" in text or "enforcement officers" in text for text in found), found


def test_a_motions_part_with_its_own_sentence_is_no_lead_in():
    # "This Council believes that the depot should stay open." says its belief itself: after the resolution's
    # list it is no new part, and what follows is not the resolution's.
    found = council_minutes(("heading", "9. Motion - Depot"), ("paragraph", "RESOLVED that:"),
                            ("list_item", "a) the depot's lease be renewed for five years."),
                            ("paragraph", "Mr Dale said the depot should stay open."),
                            ("list_item", "b) Members visited the site in February."))
    assert found == ["the depot's lease be renewed for five years."], found
