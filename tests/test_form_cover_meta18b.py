"""Forms and extracts whose cover says what they are about in ways a plain heading does not
(branch meta18b).  Fictional bodies only; each mechanism has differently laid-out examples and
negative cases on ordinary committee text."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, iter_passages


def passages_of(*items):
    """Passages from lines (str) and tables (list of rows)."""
    blocks = [Block("table", rows=item, header_rows=0) if isinstance(item, list) else Block("paragraph", text=item)
              for item in items]
    return list(iter_passages(blocks))


def metadata(*items):
    return extract(passages_of(*items), {}, "paper.txt")


# --- a form's full-width row, `| Title: X | | |`, names the form's subject -------------------------

@pytest.mark.parametrize("items, title", [
    # a trust's equality analysis: the form's kind as heading, its subject in a spanning row
    (("Equality Analysis", "[form v4]",
      [["", "Title: Moving the Phlebotomy Clinic to Ashcombe Health Centre", "", ""],
       ["", "Directorate: Estates and Facilities", "", "Lead officer: Jo Ward"]]),
     "Moving the Phlebotomy Clinic to Ashcombe Health Centre"),
    # a parish council's screening form: a two-column table, the subject row spans both
    (("Brackenford Parish Council", "Privacy Impact Screening",
      [["Subject: Replacing the Village Hall CCTV Cameras", ""], ["Clerk", "Alex Morris"]]),
     "Replacing the Village Hall CCTV Cameras"),
    # a leisure trust's pricing proposal form, the value in the last of three cells
    (("Fenmarsh Leisure Trust", "Proposal Form",
      [["", "", "Report title: Swimming Lesson Prices from April 2026"], ["Author", "Sam Price", ""]]),
     "Swimming Lesson Prices from April 2026"),
])
def test_a_forms_spanning_labelled_row_titles_the_paper(items, title):
    assert metadata(*items).title == title


def test_a_spanning_row_with_a_label_but_no_colon_is_no_field():
    # `Title deeds ...` in a minutes table is prose, not a label and its value.
    extraction = metadata("Ashby Town Council", "Estates Working Group",
                          [["", "Title deeds for the allotment land were found in the archive", ""],
                           ["Item", "Outcome", "Owner"]])
    assert extraction.title != "deeds for the allotment land were found in the archive"
    assert "allotment" not in (extraction.title or "")


# --- `OFTHE`: function words a PDF glued together are split before the cover is read ---------------

@pytest.mark.parametrize("items, committee", [
    (("MINUTES OF THE TRUSTEES OFTHE ASHCOMBE LIBRARY FRIENDS MEETING HELD ON 4th MARCH 2025.",
      "Present: Dr Jo Lane (Chair), Sam Price"), "Trustees of the Ashcombe Library Friends"),
    (("Little Brackenford Town Council", "Minutes of the meeting ofthe Policy and Resources Committee held on 6 May 2025",
      "Present: Cllrs Ward, Price and Lane"), "Policy and Resources Committee"),
    (("Fenmarsh Leisure Trust", "Minutes of the meeting of the Board held at the Lido on 3 June 2025",
      "Report tothe Board from the Finance Sub-Group was received."), None),
])
def test_glued_function_words_are_split_before_the_committee_is_read(items, committee):
    extraction = metadata(*items)
    if committee:
        assert extraction.committee and committee.lower() in extraction.committee.lower(), extraction.committee
    for value in (extraction.committee, extraction.title):
        assert not any(glued in (value or "").lower().split() for glued in ("ofthe", "tothe"))


@pytest.mark.parametrize("text", ["the Bathe Road depot", "Tothes Lane allotments", "Theory of Change workshop",
                                  "Inthewood Farm lease"])
def test_words_that_only_contain_function_words_are_left_alone(text):
    from committee_papers.extract.metadata import unglue_function_words
    assert unglue_function_words(text) == text


def test_glued_words_are_split_case_kept():
    from committee_papers.extract.metadata import unglue_function_words
    assert unglue_function_words("TRUSTEES OFTHE FRIENDS") == "TRUSTEES OF THE FRIENDS"
    assert unglue_function_words("Report tothe Harbour Board") == "Report to the Harbour Board"
    assert unglue_function_words("Minutes ofThe Parish Meeting") == "Minutes of The Parish Meeting"
