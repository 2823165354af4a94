"""review18: the file name's council beats a council the paper names most only when the paper calls the file's
council by its initials or by its place standing for it (`Leeds officers drafted the bid`): a place word that is an
area (`across Kent`), opens another name (`the Surrey Hills`) or sits in another body's name (`Devon and Cornwall
Police`) is no call.  Real councils appear only as registered places in file names and place words; the papers'
wordings are fictional."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


@pytest.mark.parametrize("filename, text, writer", [
    ("kent-cc_2026-01-14_health-scrutiny_ambulance-handover.txt",
     "Ambulance Handover Delays: Update for Members\n\n1. This update from Medway Council sets out the work of Medway "
     "Council's community safety team on handover delays. Medway Council has funded a falls response car.\n\n"
     "2. Handover delays across Kent rose in the autumn.\n\n3. Medway Council will report again in the summer.\n",
     "Medway Council"),
    ("surrey-cc_2026-02-03_joint-committee_waste-update.txt",
     "Joint Waste Committee: Quarterly Update\n\n1. Guildford Borough Council, as the lead authority, reports on the "
     "shared collection contract. Guildford Borough Council procures the vehicles.\n\n2. Recycling rates in the "
     "Surrey Hills villages rose to 48% in the quarter.\n\n3. Guildford Borough Council will bring the annual report "
     "in June.\n",
     "Guildford Borough Council"),
    ("devon-cc_2026-03-09_police-and-crime-panel_precept.txt",
     "Police and Crime Panel: Proposed Precept 2026/27\n\n1. The Commissioner proposes a precept increase of £14 for "
     "a Band D property, which Devon and Cornwall Police will use for neighbourhood officers.\n\n2. Plymouth City "
     "Council, as the host authority of the panel, supports its work. Plymouth City Council provides the panel's "
     "secretariat and Plymouth City Council officers will publish its report.\n",
     "Plymouth City Council"),
])
def test_a_place_word_that_is_an_area_or_part_of_another_name_leaves_the_writer(tmp_path, filename, text, writer):
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    assert read_and_extract(str(path))[2].authority == writer


@pytest.mark.parametrize("filename, text, council", [
    ("kent-cc_2026-01-14_cabinet_bus-review.txt",
     "Bus Review\n\n1. KCC and Medway Council have met twice. Medway Council agreed the terms and KCC officers drafted "
     "the bid.\n\n2. Medway Council will sign first.\n", "Kent County Council"),
    ("leeds-city-council_2026-01-09_council-report_devolution.txt",
     "Devolution\n\n1. Leeds officers drafted the bid with Wakefield Council. Wakefield Council agreed the "
     "principles.\n\n2. Wakefield Council will sign first.\n", "Leeds City Council"),
])
def test_initials_or_the_place_standing_for_the_council_still_call_it(tmp_path, filename, text, council):
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    extraction = read_and_extract(str(path))[2]
    assert (extraction.authority, extraction.authority_source) == (council, "file name")


# A transcript's speakers name the bodies they come from more than the one whose meeting it is, so how often a
# body is named decides nothing there; with no chair's welcome naming the meeting's owner, the file name's
# council is the publisher.
@pytest.mark.parametrize("filename, council", [
    ("leeds-cc_2026-02-10_scrutiny-board.txt", "Leeds City Council"),
    ("devon-cc_2026-03-04_health-scrutiny.txt", "Devon County Council"),
    ("wigan-mbc_2026-01-20_overview-and-scrutiny.txt", "Wigan Metropolitan Borough Council"),
])
def test_a_transcript_with_no_chairs_welcome_is_published_by_its_file_names_council(tmp_path, filename, council):
    text = ("Transcript of the webcast recording\n\n0:00:04.120 Thank you, chair. I'm the director of strategy at Harbourside Community "
            "Health Trust.\n\n0:01:10.400 Harbourside Community Health Trust has cut waiting times this year, and "
            "Harbourside Community Health Trust staff have worked hard on it.\n\n0:02:31.900 Thank you. Any "
            "questions from members about the trust's waiting lists?\n")
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    extraction = read_and_extract(str(path))[2]
    assert (extraction.authority, extraction.authority_source) == (council, "file name")


def test_a_transcript_named_by_no_council_file_name_has_no_publisher_guessed(tmp_path):
    text = ("Transcript of the webcast recording\n\n0:00:04.120 Thank you, chair. I'm the director of strategy at Harbourside Community "
            "Health Trust.\n\n0:01:10.400 Harbourside Community Health Trust has cut waiting times this year.\n")
    path = tmp_path / "board-meeting-recording.txt"
    path.write_text(text, encoding="utf-8")
    assert read_and_extract(str(path))[2].authority is None
