"""Document metadata and key dates probed with new fictional layouts (stop 20): printed minutes of
district, parish, fire and police panels, ModernGov meeting / issue / decision / agenda item / minutes
pages with site chrome, officer decision records, ICB / trust / IJB cover sheets, a four-column cover
table, DOCX header and footer parts, a paper dated only in its footer, split and upper-case titles,
`Report to:` committees, and papers whose only other dates are reporting, signature or column-header
dates.  Papers and expectations: tests/meta_probe20_papers.py (written before the tool was run).

First run (before any mend): 20 of 27 papers fully right.  Misses by cause: a minutes line naming the
council itself as the meeting gave no committee (2); a police and crime panel on its host council's ModernGov
page taken as publisher, its `Panel - <date>` subtitle unread (1); reporting periods (`Reporting period`,
`year to <date>`) and a bare year after `since` read as key dates (3); dotted two-digit-year dates
(`18.06.25`) unread (1).  All 27 right after the mends (one expectation revised: `since 2019` is a date
the labelled real papers allow).

Second batch (8 papers written after those mends, before running them): 5 of 8 right on first run.  Misses:
a cover's `Date of Meeting:` field read as a meeting named with its date (1); `Report to: X Committee Date: <d>`
joined by the PDF reader cut before `Committee Date:` as well as `Date:`, losing the body's word (1); a bare
`Report` label in a four-column cover table (1, known miss).  34 of 35 after the mends; 35 of 35 at stop 22
(a `Report` cell is a title label in cover tables only, cover_labels.yml `cells_only`)."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract
from meta_probe20_papers import PAPERS
from probe_harness import metadata_problems, score_norm, with_known_misses

KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("name", with_known_misses(PAPERS, KNOWN_MISSES))
def test_each_probe_paper_gives_its_metadata_and_key_dates(tmp_path, name):
    build, expected = PAPERS[name]
    assert metadata_problems(read_and_extract(str(build(tmp_path)))[2], expected) == []


def _extract(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_and_extract(str(path))[2]


# -- reporting periods are no key dates (key_date_cues.yaml not_key.reporting) -------------------
@pytest.mark.parametrize("line", [
    "Reporting period: 1 April 2025 to 30 June 2025",
    "Indicators are reported for the year to 31 March 2025.",
    "Complaints received for the twelve months to 30 September 2025 numbered 212.",
    "Period covered by this report: 1 July 2025 - 30 September 2025",
])
def test_a_reporting_period_gives_no_key_date(tmp_path, line):
    ex = _extract(tmp_path, "perf.txt", f"ASHWORTH VALE COUNCIL\n\nPerformance Report\n\n1. Summary\n\n{line}\n")
    assert [k.date for k in ex.key_dates] == []


@pytest.mark.parametrize("line, date", [
    ("The lease was extended for a further year to 31 March 2027.", "2027-03-31"),
    ("The contract runs for three years to 31 March 2028.", "2028-03-31"),
    ("Funding was agreed for a further six months to 30 September 2026.", "2026-09-30"),
])
def test_a_term_running_to_a_date_stays_a_key_date(tmp_path, line, date):
    ex = _extract(tmp_path, "lease.txt", f"ASHWORTH VALE COUNCIL\n\nLeases Report\n\n1. Summary\n\n{line}\n")
    assert date in [k.date for k in ex.key_dates]


# -- a council's own meeting named in its minutes' opening line is the committee -----------------
@pytest.mark.parametrize("line, council", [
    ("Minutes of the Meeting of Brayton Town Council held on Wednesday 11 June 2025 at 7pm in the Town Hall",
     "Brayton Town Council"),
    ("MINUTES OF THE ANNUAL MEETING OF ASHBURY PARISH COUNCIL HELD AT THE VILLAGE HALL ON TUESDAY 20 MAY 2025",
     "Ashbury Parish Council"),
    ("Minutes of a meeting of Glenavon Community Council held on 2 April 2025 at the Glenavon Institute",
     "Glenavon Community Council"),
])
def test_minutes_of_a_council_meeting_as_itself_name_it_the_committee(tmp_path, line, council):
    ex = _extract(tmp_path, "minutes.txt", f"{line}\n\nPresent: Cllrs Amber, Birch and Cole\n\n"
                                            "1. Apologies\n\nNone were received.\n")
    assert score_norm(ex.committee or "") == score_norm(council)
    assert score_norm(ex.authority or "") == score_norm(council)


@pytest.mark.parametrize("text", [
    "WESSEX VALE COUNCIL\n\nAnnual Report 2025\n\n1. Introduction\n\nThe year saw many changes.\n",
    "Minutes - Wessex Vale Council\n\n1. Introduction\n\nThe year saw many changes.\n",
    "Harlow Brook Town Council\n\nNotes of a site visit on 4 May 2025\n\n1. Introduction\n\nThe site was muddy.\n",
])
def test_a_council_heading_a_paper_is_no_committee(tmp_path, text):
    ex = _extract(tmp_path, "paper.txt", text)
    assert ex.committee is None or "council" not in score_norm(ex.committee)


# -- a panel or joint committee on its host council's site: the site publishes ---------------------
def _page(site, heading, sub):
    return (f"<html><head><title>{site} - Minutes</title></head><body><header><p>{site}</p><nav><ul><li>Home</li>"
            f"<li>Bins</li></ul></nav></header><div id='content'><h1>{heading}</h1><p>{sub}</p>"
            "<h2>4. Budget</h2><p>The budget was noted.</p></div>"
            f"<footer><p>&copy; {site} 2025</p></footer></body></html>")


@pytest.mark.parametrize("site, heading, sub, meeting", [
    ("Welbury County Council", "Minutes:", "Welbury Police and Crime Panel - Friday, 21st March, 2025 10.30 am",
     "Welbury Police and Crime Panel"),
    ("Stanmoor City Council", "Agenda and minutes", "Stanmoor and Fenby Police and Crime Panel - Monday, 3rd February, 2025 2.00 pm",
     "Stanmoor and Fenby Police and Crime Panel"),
    ("Haddonshire County Council", "Minutes:", "Haddonshire Police, Fire and Crime Panel - Thursday, 6th March, 2025 10.00 am",
     "Police, Fire and Crime Panel"),
])
def test_a_hosted_panel_on_its_host_site_is_published_by_the_host(tmp_path, site, heading, sub, meeting):
    ex = _extract(tmp_path, "panel.html", _page(site, heading, sub))
    assert ex.authority == site
    assert score_norm(meeting) in score_norm(ex.committee or "")


def test_a_panel_paper_with_no_host_furniture_keeps_the_panel(tmp_path):
    ex = _extract(tmp_path, "panel.txt", "Welbury Police and Crime Panel\n\nPrecept Report 2025/26\n\n"
                                         "1. Summary\n\n1.1 The precept proposal is set out below.\n")
    assert ex.authority == "Welbury Police and Crime Panel"


def test_an_integration_joint_board_on_a_council_site_stays_its_own_publisher(tmp_path):
    ex = _extract(tmp_path, "ijb.html", _page("Kelby Council", "Minutes:",
                                              "Kelby Integration Joint Board - Tuesday, 4th March, 2025 10.00 am"))
    assert ex.authority == "Kelby Integration Joint Board"


# -- dotted two-digit-year dates as a labelled field's value (extract/dates.py short) -----------------
@pytest.mark.parametrize("text, iso", [
    ("Decision made on: 18.06.25", "2025-06-18"),
    ("Call-in deadline: 25.06.25", "2025-06-25"),
    ("Date:3.7.25", "2025-07-03"),
])
def test_a_dotted_short_date_after_a_label_is_read(text, iso):
    from committee_papers.extract.dates import find_dates
    assert [m.iso for m in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["see paragraph 18.06.25 above", "Version 1.2.25 of the plan",
                                  "Section 3.10.24 applies", "Ratio: 1.25.30"])
def test_a_dotted_number_that_is_no_labelled_date_is_not_read(text):
    from committee_papers.extract.dates import find_dates
    assert find_dates(text) == []


# -- a cover's date field is no meeting named with its date (metadata._meeting_head) -----------------
@pytest.mark.parametrize("label", ["Date of Meeting", "Meeting Date", "Date of Board Meeting"])
def test_a_date_field_label_is_no_meeting(tmp_path, label):
    ex = _extract(tmp_path, "ijb.txt", f"Kelby and Dunmore Integration Joint Board\n\n{label}: 25 September 2025\n\n"
                                       "Title: Care at Home Recommissioning\n\n1. Summary\n\n1.1 The service is set out.\n")
    assert ex.committee == "Kelby and Dunmore Integration Joint Board"
    assert ex.meeting_date == "2025-09-25"


@pytest.mark.parametrize("line, meeting", [("Cabinet - 14 October 2025", "Cabinet"),
                                           ("Licensing Sub-Committee, 3 March 2025", "Licensing Sub-Committee"),
                                           ("Harbour Board meeting - 2 June 2025", "Harbour Board")])
def test_a_meeting_named_with_its_date_is_still_read(tmp_path, line, meeting):
    ex = _extract(tmp_path, "paper.txt", f"WENDOVER VALE COUNCIL\n\n{line}\n\nMooring Fees Review\n\n1. Summary\n\n"
                                         "1.1 The fees are set out.\n")
    assert score_norm(meeting) in score_norm(ex.committee or "")


# -- `Committee Date:` glued after a committee: the shorter label is cut (cover.split_fields) --------
@pytest.mark.parametrize("text, parts", [
    ("Report to: Audit and Governance Committee Date: 25 November 2025",
     ["Report to: Audit and Governance Committee", "Date: 25 November 2025"]),
    ("Meeting: Quality Board Date: 3 March 2026 Title: Maternity Update",
     ["Meeting: Quality Board", "Date: 3 March 2026", "Title: Maternity Update"]),
    ("To: Cabinet Date: 14 October 2025", ["To: Cabinet", "Date: 14 October 2025"]),
    ("Report to: Cabinet Committee date: 14 October 2025", ["Report to: Cabinet", "Committee date: 14 October 2025"]),
    # (a label holding another label is cut nowhere inside)
    ("Date of Board Meeting: 25 September 2025", ["Date of Board Meeting: 25 September 2025"]),
    ("Date of Committee Meeting: 3 May 2025 Title: Harbour Dues", ["Date of Committee Meeting: 3 May 2025", "Title: Harbour Dues"]),
])
def test_a_joined_line_of_fields_is_cut_at_its_shortest_labels(text, parts):
    from committee_papers.extract import cover
    assert cover.split_fields(text) == parts


@pytest.mark.parametrize("value, kept", [("Audit and Governance Committee Date", "Audit and Governance Committee"),
                                         ("Harbour Board Date", "Harbour Board"),
                                         ("County Council Date", "County Council"),
                                         ("Schools Forum Meeting Date", "Schools Forum")])
def test_a_glued_date_label_leaves_the_body_its_own_word(value, kept):
    from committee_papers.extract import metadata
    assert metadata._without_trailing_date_label(value) == kept
