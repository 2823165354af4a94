"""Probe papers for document metadata (stop 30, m43): a meeting dated only where the paper says to which meeting
it goes -- `Report to: <body>, <date>.` run on with `Report of:` in one line, and a `Presented to the <body> on
<date>` line under a report's heading -- in other wordings and formats (TXT, Markdown, HTML, DOCX), with
negatives (a report that only tells of an earlier meeting; a `Report to` line without a date).

``PAPERS`` maps a name to (builder, expected) as tests/meta_probe20_papers.py (``authority``, ``committee``,
``meeting_date``, ``title``; a field left out is not checked, None asks for nothing).  Expectations were written
before the tool was first run on them.  Every authority, person and figure is invented."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docxgen  # noqa: E402
from meta_probe20_papers import _docx_save, _txt  # noqa: E402

BODY = ("Officers have reviewed the arrangements each year and set out the options below so that members can "
        "choose one before the new financial year begins.")


def _docx(name, build):
    def write(folder):
        doc = docxgen.new("Democratic Services", dt.datetime(2026, 1, 5, 9, 0))
        build(doc)
        return _docx_save(doc, folder, name)
    return write


def _presented_docx(doc):
    doc.add_heading("Lornside Joint Scrutiny Panel", 1)
    doc.add_heading("Annual Review of Shared Libraries 2025/26", 1)
    doc.add_heading("Submitted to the Joint Scrutiny Panel on 9 April 2026", 2)
    doc.add_paragraph("The Panel is asked to note the review. " + BODY)


def _report_to_docx(doc):
    doc.add_heading("Brackenford Borough Council", 1)
    doc.add_heading("Leisure Centre Concession: Mid-Year Review", 1)
    doc.add_paragraph("Report to: Leisure and Culture Committee, 17 March 2026. Report of: Head of Leisure.")
    doc.add_heading("1. Purpose", 2)
    doc.add_paragraph("This report reviews the first six months of the concession. " + BODY)


PAPERS = {
    # `Presented to the <body> on <date>` under the title.
    "presented_md": (_txt("ashby-wp_annual-report.md", (
        "# Ashby Vale Waste Partnership Joint Committee\n\n"
        "## Annual Report 2025/26\n\n"
        "## Presented to the Joint Committee on 18 June 2026\n\n"
        "The partnership brings together three councils to treat the waste their households produce. " + BODY
        + "\n\n## Recommendation\n\nThat the Joint Committee approves this annual report.\n")), dict(
        committee=["Joint Committee", "Ashby Vale Waste Partnership Joint Committee"], meeting_date="2026-06-18")),
    "reported_txt": (_txt("kelby-harbour_dredging.txt", (
        "Kelby Harbour Board\n\nMaintenance Dredging Programme 2026-2029\n\n"
        "Reported to the Harbour Board on 3 September 2026\n\n"
        "1. The Board is asked to approve the programme. " + BODY + "\n")), dict(
        committee=["Harbour Board", "Kelby Harbour Board"], meeting_date="2026-09-03")),
    "submitted_docx": (_docx("lornside-jsp_libraries.docx", _presented_docx), dict(
        committee=["Joint Scrutiny Panel", "Lornside Joint Scrutiny Panel"], meeting_date="2026-04-09")),
    "presented_html": (_txt("fenmarsh-audit_internal-audit.html", (
        "<html><head><title>Internal Audit Progress</title></head><body>"
        "<h1>Fenmarsh District Council</h1><h2>Internal Audit Progress Report</h2>"
        "<p>Presented to the Audit and Governance Committee on 22 July 2026</p>"
        "<p>1. The Committee is asked to note progress against the audit plan. " + BODY + "</p></body></html>")),
        dict(committee=["Audit and Governance Committee"], meeting_date="2026-07-22")),
    # `Report to: <body>, <date>.` run on with `Report of:`.
    "report_to_run_on_txt": (_txt("wexmoor-lb_fleet.txt", (
        "London Borough of Wexmoor\n\nFleet Replacement Programme: Phase 2\n\n"
        "Report to: Environment Committee, 12 May 2026. Report of: Director of Environment.\n\n"
        "1. Purpose\n\nThis report seeks approval to replace twelve refuse vehicles. " + BODY + "\n")), dict(
        committee=["Environment Committee"], meeting_date="2026-05-12")),
    "report_to_run_on_docx": (_docx("brackenford-bc_leisure.docx", _report_to_docx), dict(
        committee=["Leisure and Culture Committee"], meeting_date="2026-03-17")),
    "report_to_run_on_md": (_txt("nhs-lornside-icb_estates.md", (
        "# NHS Lornside Integrated Care Board\n\n## Primary Care Estates Strategy\n\n"
        "Report to: Strategic Commissioning Committee, 26 November 2026. Presented by: Director of Estates.\n\n"
        "### Purpose\n\nThe Committee is asked to endorse the strategy. " + BODY + "\n")), dict(
        committee=["Strategic Commissioning Committee"], meeting_date="2026-11-26")),
    "report_to_with_time_txt": (_txt("calder-vale-ft_theatres.txt", (
        "Calder Vale Hospitals NHS Foundation Trust\n\nTheatre Productivity Programme\n\n"
        "Report to: Board of Directors, 5 March 2026, 10.30am. Report of: Chief Operating Officer.\n\n"
        "1. The Board is asked to note the programme. " + BODY + "\n")), dict(
        committee=["Board of Directors"], meeting_date="2026-03-05")),
    # Negatives: an earlier meeting told in prose dates nothing; a `Report to` line with no date; a line that went
    # to another body (its closing words not the paper's committee's).
    "presented_other_body": (_txt("kelby-harbour_moorings.txt", (
        "Kelby Harbour Board\n\nMooring Charges 2026/27\n\n"
        "Presented to the Planning Board on 3 March 2026\n\n"
        "1. The Board is asked to set the charges. " + BODY + "\n")), dict(meeting_date=None)),
    "earlier_meeting_prose": (_txt("marlow-dc_parking.txt", (
        "Marlow Heath District Council\n\nCar Parking Charges Review\n\nReport to: Cabinet\n\n"
        "1. An options paper was presented to the Cabinet on 4 February 2026, which asked officers to consult. "
        + BODY + "\n")), dict(committee=["Cabinet"], meeting_date=None)),
    "report_to_undated": (_txt("hollin-tc_allotments.txt", (
        "Hollin Town Council\n\nAllotment Rents 2026/27\n\n"
        "Report to: Amenities Committee. Report of: Town Clerk.\n\n"
        "1. The Committee is asked to set the rents. " + BODY + "\n")), dict(
        committee=["Amenities Committee"], meeting_date=None)),
}
