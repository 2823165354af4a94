"""Round facts3: a record of decisions names its meeting after the fact (`Decisions made by the Harbour
Board on ...`) and is titled by what it is when it has no title of its own; a risk sentence of the
paper's own kinds.  Fictional authorities only."""
from __future__ import annotations

import pytest

from committee_papers.extract import metadata as metadata_module
from test_cover_layouts import metadata


@pytest.mark.parametrize("items, expected", [
    (("BRACKENFORD BOROUGH COUNCIL", "RECORD OF CABINET DECISIONS",
      "Decisions made by the Cabinet at its meeting on Wednesday 14 January 2026.",
      "Publication date: 15 January 2026", "CAB/26/03 Library Opening Hours",
      "Decision: To agree the revised opening hours."),
     ("Cabinet", "2026-01-14", "Record of Cabinet Decisions")),
    (("North Mercia Fire Authority", "Record of Decisions",
      "Record of decisions taken by the Resources Committee on 3 February 2026 at Fire Headquarters.",
      "Item 4 Vehicle Replacement", "Resolved: that the replacement programme be approved."),
     ("Resources Committee", "2026-02-03", "Record of Decisions")),
    (("Quillbury District Council", "Decision notice",
      "Decisions agreed by the Executive at the meeting held on Monday 9 March 2026 are set out below.",
      "EX/12 Car Park Charges", "Decision: To hold charges at their current level."),
     ("Executive", "2026-03-09", "Decision notice")),
])
def test_a_record_of_decisions_names_the_meeting_that_took_them(items, expected):
    facts = metadata(*items)
    assert (facts.committee, facts.meeting_date, facts.title) == expected


@pytest.mark.parametrize("line", [
    "Decisions made by the Cabinet will be published within five working days.",   # no meeting named
    "Decisions taken by officers under delegated powers are listed in Appendix B.",  # no body
    "Meeting of the Council, a report on the budget",                                # no verb
])
def test_other_sentences_about_decisions_are_no_notice(line):
    assert metadata_module._notice_meeting(line) is None


def test_a_paper_with_its_own_title_is_not_titled_by_its_kind():
    facts = metadata("Wexcombe Council", "Decision notice", "Cabinet, 4 February 2026",
                     "Leisure Centre Management Contract Extension", "1. Purpose of the decision")
    assert facts.title == "Leisure Centre Management Contract Extension"


# --- a cover table whose first row is the body, then its meeting ---------------------------------

def _cover_table(first_row: str, title: str) -> str:
    return (f"{first_row}\n|---|---|\n| Date | Tuesday 10 March 2026 |\n| Title | {title} |\n"
            "| Lead officer | Jo Marsh, Head of Service |\n\n# " + title + "\n\n## 1. Summary\n\n1.1 This report sets out the "
            "proposals.\n")


@pytest.mark.parametrize("first_row, committee", [
    ("| **Wexcombe Council** | **Cabinet** |", "Cabinet"),
    ("| North Mercia Integrated Care Board | Public board meeting |", "Public board meeting"),
    ("| Quillbury Borough Council | Licensing and Regulatory Committee |", "Licensing and Regulatory Committee"),
])
def test_a_cover_tables_banner_row_names_the_meeting(tmp_path, first_row, committee):
    from committee_papers.pipeline import read_and_extract
    path = tmp_path / "paper.md"
    path.write_text(_cover_table(first_row, "Harbour Partnership Board Funding Agreement 2026-2029"), encoding="utf-8")
    facts = read_and_extract(str(path))[2]
    assert (facts.committee, facts.meeting_date) == (committee, "2026-03-10")


@pytest.mark.parametrize("first_row", [
    "| Wexcombe Council | Report of the Director of Place |",     # no meeting in the second cell
    "| Committee | Cabinet |",                                    # a label row, read as a field
])
def test_other_first_rows_are_no_banner(first_row):
    from committee_papers.extract.paper import Passage
    passage = Passage(seq=0, kind="table_row", text=first_row, page=None, section=None, heading=None,
                      cells=[c.strip() for c in first_row.strip("|").split("|")])
    assert metadata_module._banner_meeting([passage]) is None


# --- a web page's subject under its page-type heading ---------------------------------------------

@pytest.mark.parametrize("heading, subject", [
    ("Decision details", "Road Safety Fund: award of grants to parish councils"),
    ("Issue details", "Library Opening Hours: outcome of the consultation"),
    ("Decision details", "Harbour Dues 2026/27: revised charges for leisure moorings"),
])
def test_the_subject_under_a_page_type_heading_titles_the_page(heading, subject):
    facts = metadata(heading, subject, "Decision Maker:", "Cabinet Member for Highways", "Decision status:", "Implemented")
    assert facts.title == subject


@pytest.mark.parametrize("line", ["Decision Maker: Cabinet Member for Highways", "Purpose: For decision",
                                  "Lead officer: Jo Marsh"])
def test_a_field_under_a_page_type_heading_is_no_title(line):
    facts = metadata("Decision details", line, "Decision status:", "Implemented")
    assert facts.title != line
