"""Decisions: a recommendation to Council over a numbered list, and an item that was only presented
before its recorded outcome.  Fictional minutes."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def decisions_of(tmp_path, body: str, name: str = "minutes.txt"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return [d.text for d in read_and_extract(str(path))[2].decisions]


MINUTES_HEAD = "WEST ASHBY DISTRICT COUNCIL\n\nMinutes of the Cabinet held on 5 February 2025\n\n"


@pytest.mark.parametrize("lead", [
    "RECOMMENDED TO COUNCIL that",
    "RECOMMENDED to Council that",
    "RECOMMENDED to the Executive that",
])
def test_a_recommendation_to_another_body_leads_its_numbered_list(tmp_path, lead):
    body = (MINUTES_HEAD + "12.  MEDIUM TERM FINANCIAL PLAN\n\n"
            "Cabinet considered the report of the Chief Finance Officer.\n\n"
            f"{lead}\n\n"
            "  (1) the fees and charges for 2025/26 at Appendix A be approved;\n"
            "  (2) the minimum level of general reserves be set at £2.5m;\n"
            "  (3) the treasury management strategy be adopted.\n")
    found = decisions_of(tmp_path, body)
    assert [t.rstrip(";.") for t in found] == [
        "the fees and charges for 2025/26 at Appendix A be approved",
        "the minimum level of general reserves be set at £2.5m",
        "the treasury management strategy be adopted",
    ]


@pytest.mark.parametrize("presented, outcome", [
    ("Councillors received the yearly update from the museums trust, which has managed the three galleries since 2021.",
     "The report was NOTED."),
    ("The Cabinet received a presentation from the Head of Parks on the new tree planting strategy.",
     "The strategy was endorsed."),
    ("Cabinet was presented with the quarterly complaints report by the Monitoring Officer.",
     "The report was noted."),
    # Two more whose "Members received ..., which ..." reads as a decision unless the presented rule drops it.
    ("Members received the yearly report of the allotments officer, which the Committee welcomed.",
     "The report was noted."),
    ("Members received the annual account of the harbour trust, which has run the ferry since 2018.",
     "The update was NOTED."),
])
def test_an_item_only_presented_gives_way_to_its_recorded_outcome(tmp_path, presented, outcome):
    body = MINUTES_HEAD + f"14.  ANNUAL REPORTS\n\n{presented}\n\n{outcome}\n"
    assert decisions_of(tmp_path, body) == [outcome]


def test_an_item_only_received_with_nothing_after_it_stays_the_decision(tmp_path):
    body = MINUTES_HEAD + "15.  PERFORMANCE\n\nMembers received the quarterly performance report.\n"
    assert decisions_of(tmp_path, body) == ["Members received the quarterly performance report."]


@pytest.mark.parametrize("sign_off", [
    "*Approved as a true record by the Chair: __________________*",
    "Signed as a true record ........................ Chair",
    "Confirmed as an accurate record – Signed: ________ Date: ________",
])
def test_the_sign_off_template_at_the_end_of_minutes_is_no_decision(tmp_path, sign_off):
    body = (MINUTES_HEAD + "16.  ANY OTHER BUSINESS\n\nNone.\n\n"
            "The meeting closed at 8.10 pm.\n\n" + sign_off + "\n")
    assert decisions_of(tmp_path, body, name="minutes.md") == []


@pytest.mark.parametrize("title, decision", [
    ("Officer Decision Report – Street Cleansing Award",
     "To award the street cleansing contract to Brightway Services Ltd for four years from 1 April 2026."),
    ("Delegated Decision Form: Disposal of Land",
     "To sell the former depot at Mill Lane to Ashby Homes Ltd for £410,000."),
    ("Individual Cabinet Member Decision Report – Library Hours",
     "To reduce the opening hours of Fenwick and Ashby libraries from 1 June 2025 as set out in Appendix A."),
])
def test_a_delegated_decision_form_records_its_decision(tmp_path, title, decision):
    body = (f"WEST ASHBY DISTRICT COUNCIL\n\n{title}\n\n1. Decision\n\n{decision}\n\n"
            "2. Background\n\n2.1 The current arrangement ends in March 2026 and officers considered three options.\n")
    assert decisions_of(tmp_path, body, name="decision.txt") == [decision]


def test_a_key_decision_report_to_a_body_is_still_a_report(tmp_path):
    body = ("WEST ASHBY DISTRICT COUNCIL\n\nKey Decision Report to Cabinet\n\n1. Decision required\n\n"
            "To award the street cleansing contract to Brightway Services Ltd for four years.\n")
    assert decisions_of(tmp_path, body, name="report.txt") == []


def _meeting_page(tmp_path, rows):
    cells = "".join(
        f"<tr><td>{n}.</td><td><p><strong>{title}</strong> <a href='/d/{n}.pdf'>{link}</a></p>"
        f"<p>Minutes:</p><p>{minutes}</p><p>Decision:</p><p>{decision}</p></td></tr>"
        for n, (title, link, minutes, decision) in enumerate(rows, start=1))
    html = ("<html><head><title>Agenda for Housing Committee on Tuesday, 3rd June, 2025 | Fenwick Council</title></head>"
            "<body><h1>Agenda and minutes</h1><p>Housing Committee - Tuesday, 3rd June, 2025 7.00 pm</p>"
            "<p>Present: Councillors Dune (Chair), Marsh and Oak.</p>"
            "<table><tr><th>No.</th><th>Item</th></tr><tr><td>0.</td><td><p><strong>Apologies for absence</strong></p>"
            "<p>Minutes:</p><p>Apologies were received from Councillor Dune.</p></td></tr>"
            f"{cells}</table><p>The meeting closed at 8.40 pm.</p></body></html>")
    path = tmp_path / "meeting.html"
    path.write_text(html, encoding="utf-8")
    return [d.text for d in read_and_extract(str(path))[2].decisions]


@pytest.mark.parametrize("link", ["PDF 220 KB", "PDF 1.4 MB", "Appendix.docx 54 KB"])
def test_a_meeting_pages_items_are_titled_by_their_first_line_less_the_papers_link(tmp_path, link):
    found = _meeting_page(tmp_path, [
        ("Allotment service - annual update", link,
         "The Committee received an update on the allotment waiting list.", "The update was noted."),
        ("Temporary accommodation - award of the block contract for family units", link,
         "The Head of Housing set out how the bids had been scored.",
         "Resolved that the block contract for family units be awarded to Harbour Homes Ltd for three years."),
    ])
    assert found == [
        "The update was noted.",
        "Resolved that the block contract for family units be awarded to Harbour Homes Ltd for three years.",
    ]


@pytest.mark.parametrize("resolution", [
    "RESOLVED that the hackney carriage licence fee be set at £____ per vehicle once the consultation closes.",
    "RESOLVED that the minutes of the meeting held on 3 January 2025 be approved as a correct record. Signed ________ Chair",
    "RESOLVED that the Clerk complete the grant form (boxes 4 ..... 9) and return it by Friday.",
])
def test_a_blank_inside_a_resolution_leaves_the_resolution_standing(tmp_path, resolution):
    body = MINUTES_HEAD + "17.  LICENSING FEES\n\n" + resolution + "\n"
    assert len(decisions_of(tmp_path, body)) == 1
