"""m42 (stop 29): document metadata on layouts of tests/meta_probe41_papers.py.  All text is fictional.

1. An internal drainage board (`<place> Internal Drainage Board`, `<place> Drainage Board`) is a public body that
   publishes its own papers (public_body_types.yaml, kind drainage_board): its `Report to the Board` or
   `Minutes of a meeting of the Board` is its own.
2. A protective marking or a draft's caveat run into a minutes heading ahead of it (`OFFICIAL - Minutes of ...`,
   `DRAFT - subject to approval at the next meeting Minutes of ...`) is cut before the line is read
   (cover_labels.yml heading_run_in_caveats, cover.clean); a marking alone, or `Draft Minutes`, is kept.
3. A school's `Full Governing Body` (`... Meeting of <school>`) is its own governing group: the school publishes
   its minutes (cover_labels.yml own_governing_groups).
4. A summons addressed to the members (`Members are summoned to attend a meeting of X to be held on <date>`) names
   the meeting as `You are summoned` does (cover_labels.yml meeting_notice_prefixes).
"""
from __future__ import annotations

import pytest

from committee_papers.extract import cover
from probe_harness import extract_blocks

MINUTES_BODY = ("Present: Councillor Amble (Chair), Councillors Birch, Coombe and Dunn.",
                "1. Apologies for absence were received from Councillor Eddery.")


@pytest.mark.parametrize("lines, authority", [
    ([("heading", "Wrayfield Internal Drainage Board"), "Report to the Board", "Meeting held on 2 June 2026",
      ("heading", "Weed Cutting Programme 2026"), "1. The Board is asked to approve the programme."],
     "Wrayfield Internal Drainage Board"),
    ([("heading", "MARSHBY LEVEL INTERNAL DRAINAGE BOARD"),
      "MINUTES OF A MEETING OF THE BOARD HELD AT THE PUMP HOUSE ON TUESDAY 3 MARCH 2026 AT 10AM", *MINUTES_BODY],
     "Marshby Level Internal Drainage Board"),
    ([("heading", "Ousebank Drainage Board"), "Minutes of the meeting of the Board held on 12 January 2026",
      *MINUTES_BODY], "Ousebank Drainage Board"),
])
def test_a_drainage_board_publishes_its_own_papers(lines, authority):
    assert extract_blocks(*lines).authority == authority


def test_a_council_paper_naming_a_drainage_board_stays_the_councils():
    found = extract_blocks(("heading", "Fenholt District Council"), "Report to Cabinet, 4 May 2026",
                           ("heading", "Flood Risk Partnership"),
                           "The Council works with Saltby Internal Drainage Board on the culverts at Mill End.")
    assert found.authority == "Fenholt District Council"


@pytest.mark.parametrize("line, cleaned", [
    ("OFFICIAL - Minutes of the Ashmere Police and Crime Panel held on 9 May 2026",
     "Minutes of the Ashmere Police and Crime Panel held on 9 May 2026"),
    ("NOT PROTECTIVELY MARKED: MINUTES OF THE BOARD", "MINUTES OF THE BOARD"),
    ("DRAFT - subject to approval at the next meeting Minutes of the Meeting of Oakhurst Parish Council",
     "Minutes of the Meeting of Oakhurst Parish Council"),
    ("Unconfirmed, to be agreed at the next meeting MINUTES OF THE PLANNING COMMITTEE",
     "MINUTES OF THE PLANNING COMMITTEE"),
    ("Draft (awaiting approval) Minutes of the Board", "Minutes of the Board"),
])
def test_a_marking_or_caveat_before_a_minutes_heading_is_cut(line, cleaned):
    assert cover.clean(line) == cleaned


@pytest.mark.parametrize("line", [
    "Draft Minutes of the Board",                # (the draft's word is the heading's own)
    "Draft minutes - subject to approval",       # (the caveat after the heading)
    "OFFICIAL",                                  # (a marking alone)
    "Public minutes of the Board",
    "Official minutes show the vote was tied.",
])
def test_a_heading_without_a_run_in_caveat_is_kept(line):
    assert cover.clean(line) == line


@pytest.mark.parametrize("caveat, heading, date", [
    ("DRAFT - subject to approval at the next meeting", "Minutes of the Meeting of Oakhurst Parish Council held in "
     "the Village Hall on Tuesday 3 March 2026 at 7.30pm", "2026-03-03"),
    ("OFFICIAL -", "Minutes of the Licensing Sub-Committee held at the Civic Centre on 14 April 2026", "2026-04-14"),
    ("Unconfirmed, to be agreed at the next meeting", "MINUTES OF THE PLANNING COMMITTEE HELD ON 2 JUNE 2026",
     "2026-06-02"),
])
def test_minutes_heading_after_a_caveat_is_read_as_without_it(caveat, heading, date):
    found = extract_blocks(f"{caveat} {heading}", *MINUTES_BODY)
    bare = extract_blocks(heading, *MINUTES_BODY)
    assert (found.title, found.committee, (found.meeting_date or "")[:10]) == \
        (bare.title, bare.committee, date)
    assert found.title and found.committee


@pytest.mark.parametrize("heading, authority", [
    ("MINUTES OF THE FULL GOVERNING BODY OF MILLBROOK PRIMARY SCHOOL", "Millbrook Primary School"),
    ("Minutes of the Full Governing Body Meeting of Ashby Infant School", "Ashby Infant School"),
    ("Minutes of the Full Governing Board of Harewood Junior School", "Harewood Junior School"),
])
def test_a_schools_full_governing_body_minutes_are_the_schools(heading, authority):
    found = extract_blocks(("heading", heading), "Held on Wednesday 11 March 2026 at 6pm in the library",
                           "Present: Mrs A Cole (Chair), Mr B Dean (Headteacher)", "1. Apologies: none.")
    assert found.authority == authority


def test_a_full_governing_body_alone_names_no_body():
    found = extract_blocks(("heading", "Full Governing Body"), "Minutes of the meeting held on 4 May 2026",
                           "Present: Mrs A Cole (Chair)", "1. Apologies: none.")
    assert found.authority is None


@pytest.mark.parametrize("line, body, date", [
    ("Members are summoned to attend a meeting of Linby Parish Council to be held on Tuesday 7 July 2026 at 7.30pm "
     "in the Memorial Hall.", "Linby Parish Council", "2026-07-07"),
    ("Councillors are hereby summoned to attend the Annual Meeting of the Town Council to be held on Monday 11 May "
     "2026 at 7pm.", "Town Council", "2026-05-11"),
    ("All members are summoned to attend a meeting of Ebbsfold Parish Council, to be held at 7pm on Thursday "
     "4 June 2026.", "Ebbsfold Parish Council", "2026-06-04"),
])
def test_a_summons_to_the_members_names_the_meeting(line, body, date):
    from committee_papers.extract import metadata as md
    assert md._notice_meeting(line) == body
    found = extract_blocks(("heading", "Agenda"), line, "1. Apologies", "2. Planning applications")
    assert body.lower() in (found.committee or "").lower() and (found.meeting_date or "")[:10] == date


def test_members_named_in_passing_give_no_meeting():
    from committee_papers.extract import metadata as md
    assert md._notice_meeting("Members are asked to attend the training session on 4 June 2026.") is None
