"""Key dates in a framed box that a PDF reader reads as a table of one-cell rows, one row a line of the box's
text (an equality impact assessment's answer boxes): a date in a line that carries on a sentence is read in the
whole sentence (extract/key_dates.py _box_sentence; stop 23).  Each positive case failed before the mechanism."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages
from fictional_paper import passages_from_lines


def _key_dates(rows) -> set[str]:
    passages = passages_from_lines("# Equality Impact Assessment - Harbour Parking Levy",
                                   "Report to the Transport Committee, 3 February 2027",
                                   [["", line, ""] for line in rows], "# Next steps",
                                   "The assessment will be reviewed after the consultation.")
    return {k.date for k in extract(passages, {}, "paper.pdf").key_dates if k.rule != "meeting_date"}


@pytest.mark.parametrize("rows, dates", [
    (["Employers have been engaged with the levy. A survey was sent to", "about 300 employers between March 2027 and May 2027,",
      "through the chamber of commerce."], {"2027-03", "2027-05"}),
    (["Public consultation on the proposed charges will", "run from 1 June 2027 until", "31 August 2027 online and in libraries."],
     {"2027-06-01", "2027-08-31"}),
    (["Residents' permits for the harbour wards will be launched", "on 14 September 2027, with",
      "renewals due each year."], {"2027-09-14"}),
])
def test_a_date_in_a_box_line_is_read_in_its_whole_sentence(rows, dates):
    assert dates <= _key_dates(rows)


@pytest.mark.parametrize("rows", [
    ["The figures in this box are", "reported as at 31 March 2027 and", "are unaudited."],
    ["The headcount shown is the position", "as at 2 March 2026 for all staff."],
])
def test_a_box_line_whose_sentence_names_no_event_gives_no_key_date(rows):
    assert not {d for d in _key_dates(rows) if d.startswith(("2027-03", "2026-03"))}


def test_lines_that_each_end_a_sentence_are_not_joined():
    from committee_papers.extract.key_dates import _carries_on
    assert not _carries_on("The survey closed.", "figures follow below")
    assert not _carries_on("Consultation will run", "From 1 June 2027")
    assert _carries_on("A survey was sent to", "about 300 employers")
    assert _carries_on("Consultation will run until", "31 August 2027 online")


@pytest.mark.parametrize("rows", [
    ["Public consultation on the proposed charges will", "run from 1 June 2027 until", "31 August 2027 online and in libraries."],
    ["Residents' permits for the harbour wards will be launched", "on 14 September 2027, with", "renewals due each year."],
    ["The new timetable is expected to", "start on 3 May 2027 after the", "works at the bus station are finished."],
])
def test_a_box_whose_first_line_was_read_as_its_header_gives_the_same_events(rows):
    """A box whose first line a reader took for the table's header: each row's text then opens with that line as
    its column's label (`Box title: run from 1 June 2027 until`), and a date's place in the joined sentence is
    counted from the row's own line, not from the label (events were cut mid-word: `31 Auguine`)."""
    def events(header_rows):
        blocks = [Block("heading", text="Equality Impact Assessment - Harbour Parking Levy", level=1),
                  Block("paragraph", text="Report to the Transport Committee, 3 February 2027"),
                  Block("table", rows=[["", "Summary of the change", ""]] + [["", line, ""] for line in rows],
                        header_rows=header_rows)]
        found = extract(list(iter_passages(blocks)), {}, "paper.pdf").key_dates
        return {(k.date, k.event) for k in found if k.rule != "meeting_date" and k.date.startswith("2027-0") and k.date > "2027-02-03"}

    unlabelled, labelled = events(0), events(1)
    assert unlabelled and labelled == unlabelled
