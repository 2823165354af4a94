"""m40 (stop 28): the publisher by evidence.  All text is fictional.

- a body heading its own minutes (`Marchland Digital Standards Board` / `Minutes of the meeting`) that the paper also
  calls by its initials (`the MDSB agreed`) publishes them, over a council only mentioned (a member's council in the
  apologies): metadata.find_authority, source `own heading initials`; not when the paper never writes the initials,
  nor when a council heads the paper;
- a paper whose text calls its publisher only by initials (`the UMPC agreed`) that spell its file name's publisher
  (`upper-marsh-pc_...`) is published by that body over a council only mentioned more (source `file name
  initials`); not when the paper never writes those initials.
"""
from __future__ import annotations

import pytest

from probe_harness import extract_blocks


def _business(initials: str) -> list[str]:
    return ["Apologies: Sam Roe (Fenmarsh District Council), Ann Lee (Fenmarsh District Council).",
            "1. The chair welcomed members. Fenmarsh District Council had sent a note on data sharing.",
            f"2. The {initials} agreed to publish its standards catalogue in the spring."]


@pytest.mark.parametrize("opening, initials, body", [
    # the body alone over a minutes line and a date line
    ((("heading", "Marchland Digital Standards Board"), ("paragraph", "Minutes of the meeting"),
      ("paragraph", "Thursday 5 March 2026 - 14:00-16:00")), "MDSB", "Marchland Digital Standards Board"),
    # the body over a minutes line that dates the meeting
    ((("heading", "Northern Coastal Planning Forum"), ("paragraph", "Minutes of the meeting held on 5 March 2026")),
     "NCPF", "Northern Coastal Planning Forum"),
    # the body inside the minutes line
    ((("heading", "Minutes of the Tarnwick Rivers Partnership"),
      ("paragraph", "Held on Thursday 5 March 2026 at Mill House")), "TRP", "Tarnwick Rivers Partnership"),
])
def test_a_body_heading_its_minutes_and_called_by_its_initials_publishes_them(opening, initials, body):
    found = extract_blocks(*opening, *_business(initials))
    assert (found.authority, found.authority_source) == (body, "own heading initials")


def test_a_body_whose_initials_the_paper_never_writes_is_weighed_as_before():
    found = extract_blocks(("heading", "Marchland Digital Standards Board"), ("paragraph", "Minutes of the meeting"),
                           ("paragraph", "Thursday 5 March 2026 - 14:00-16:00"), *_business("Board"))
    assert found.authority_source != "own heading initials"


def test_a_council_heading_its_committees_minutes_still_publishes_them():
    found = extract_blocks(("heading", "Fenmarsh District Council"), ("heading", "Audit Committee"),
                           ("paragraph", "Minutes of the meeting held on 5 March 2026"), *_business("AC"))
    assert (found.authority, found.authority_source) == ("Fenmarsh District Council", "cover")


def _parish_minutes(sentence: str) -> list[str]:
    return ["Present: Cllrs Amber, Brook and the Clerk.", "101. Apologies: none.",
            "102. The clerk said WCC would mend the lane by May. WCC highways to reply. WCC to be chased again.",
            sentence, "104. Accounts for payment were approved."]


@pytest.mark.parametrize("filename, initials", [
    ("harrowdale-cc_2026-03-02_community-council_minutes.txt", "HCC"),
    ("kelby-tc_2026-03-02_town-council_minutes.txt", "KTC"),
    ("upper-marsh-pc_2026-03-02_parish-council_minutes.txt", "UMPC"),
])
def test_initials_spelling_the_file_names_publisher_name_the_publisher(filename, initials):
    found = extract_blocks(*_parish_minutes(f"103. {initials} agreed to pay the grass cutting invoice."),
                           filename=filename)
    assert (found.authority, found.authority_source) == (initials, "file name initials")


def test_a_paper_that_never_writes_its_file_names_initials_keeps_the_council_mentioned():
    found = extract_blocks(*_parish_minutes("103. The council agreed to pay the grass cutting invoice."),
                           filename="upper-marsh-pc_2026-03-02_parish-council_minutes.txt")
    assert found.authority_source != "file name initials"
