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


# --- a signature or approval block's date is the day the paper was signed, not its meeting's -----------------------

MINUTES_BUSINESS = ["Present: Cllrs Amber (Chair), Brook, Corran and the Clerk.",
                    "26/01 Apologies were received from Cllr Dunn.",
                    "26/02 The council agreed to buy two new benches for the green.",
                    "26/03 Accounts for payment were approved."]


@pytest.mark.parametrize("name, lines, meeting_date", [
    # the minutes line dates the meeting; the chairman signs and dates them on the two lines below his caption
    ("kelby-minutes.txt", ["Kelby Parish Council",
                           "Minutes of the meeting of the Parish Council held on Tuesday 3 March 2026 at 7pm",
                           *MINUTES_BUSINESS, "Signed: ......................... Chairman", "Date: 7 April 2026"],
     "2026-03-03"),
    # a date line under the heading; an approval caption over a signed-and-dated line
    ("ashcombe-minutes.txt", ["Minutes of the Ordinary Meeting of Ashcombe Town Council", "Wednesday 4 March 2026",
                              *MINUTES_BUSINESS, "Approved as a correct record",
                              "Signed: J. Amber (Chair)   Date: 1 April 2026"], "2026-03-04"),
    # nothing in the text dates the meeting: the minutes file's name does
    ("kelby-pc_2026-03-03_parish-council_minutes.txt",
     ["Kelby Parish Council", "Minutes", *MINUTES_BUSINESS, "Signed: J. Amber, Chairman    Date: 7th April 2026"],
     "2026-03-03"),
])
def test_a_signature_blocks_date_is_not_the_meetings(tmp_path, name, lines, meeting_date):
    from probe_harness import extract_file
    assert extract_file(tmp_path, name, "\n\n".join(lines)).meeting_date == meeting_date


def test_a_web_pages_own_title_dates_minutes_signed_later(tmp_path):
    from probe_harness import extract_file
    text = ('---\ntitle: "Kelby Parish Council Minutes Tuesday 3rd March 2026 at 7:30pm"\n---\n\n'
            + "\n\n".join(MINUTES_BUSINESS + ["Signed: J. Amber, Chairman     Date: 7th April 2026"]))
    found = extract_file(tmp_path, "kelby-minutes-march.md", text)
    assert (found.meeting_date, found.meeting_date_source) == ("2026-03-03", "page title: minutes line")


def test_a_decision_record_dated_only_where_it_is_signed_keeps_that_date(tmp_path):
    from probe_harness import extract_file
    text = "\n\n".join(["Wessex County Council", "Record of Decision taken by the Cabinet Member for Highways",
                        "Decision: to approve the resurfacing programme for 2026/27.",
                        "Reasons: the roads are in poor condition.", "Signed: Cllr P. Hale", "Date: 4 March 2026"])
    assert extract_file(tmp_path, "decision.txt", text).meeting_date == "2026-03-04"


def test_signature_block_leads_read_their_examples_and_none_of_their_not_examples():
    from committee_papers.extract import cover
    for entry in cover.vocabulary()["signature_block_leads"]:
        assert len(entry["examples"]) >= 3
        assert all(cover.SIGNATURE_LEAD_RE.match(example) for example in entry["examples"])
        assert not any(cover.SIGNATURE_LEAD_RE.match(text) for text in entry["not_examples"])
