"""Board and committee minutes (round left18): yearless dates of past events are no key dates; a concern whose
holder says what they will do splits into risk and mitigation; the implications of a change stated after a
colon are a risk; memberships and roles settled for a period are decisions.  Fictional minutes."""
from __future__ import annotations

import re as _re
from pathlib import Path as _Path

import pytest
import yaml as _yaml

from committee_papers.extract.key_dates import _yearless_date
from committee_papers.pipeline import read_and_extract

MINUTES_HEAD = "Fenmoor Community Libraries Ltd\nMinutes of the Board meeting held on 11 February 2026\n\nPresent: A Smith (Chair), B Jones\n\n"


def facts(tmp_path, body: str, name: str = "fenmoor-libraries_2026-02-11_board-minutes.txt", head: str = MINUTES_HEAD):
    path = tmp_path / name
    path.write_text(head + body + "\n", encoding="utf-8")
    return read_and_extract(str(path))[2]


# -- key dates: yearless dates before the meeting ---------------------------------------------------------

_CUES = _yaml.safe_load((_Path(__file__).resolve().parent.parent / "extract" / "key_date_cues.yaml").read_text())
_MONTHS = {"January": 1, "February": 2, "March": 3}


def _day_month(clause: str) -> tuple[int, int]:
    day, month = _re.search(r"(\d{1,2})(?:st|nd|rd|th)? (January|February|March)", clause).groups()
    return _MONTHS[month], int(day)


@pytest.mark.parametrize("clause", _CUES["yearless"]["looks_ahead"]["examples"])
def test_a_yearless_day_before_the_meeting_that_is_to_come_is_next_years(clause):
    assert _yearless_date("2026-02-11", *_day_month(clause), clause).startswith("2027-")


@pytest.mark.parametrize("clause", _CUES["yearless"]["looks_ahead"]["not_examples"])
def test_a_yearless_day_before_the_meeting_reported_as_past_keeps_the_nearest_year(clause):
    assert _yearless_date("2026-02-11", *_day_month(clause), clause).startswith("2026-")


def test_a_yearless_day_after_the_meeting_keeps_the_nearest_year_whatever_the_tense():
    assert _yearless_date("2026-02-11", 3, 31, "The lease will end on 31 March.") == "2026-03-31"
    assert _yearless_date("2025-12-10", 1, 14, "The consultation closes on 14 January.") == "2026-01-14"


HTML_MINUTES = """<html><body><h1>Orchard Lane Carers Trust – Board Meeting Minutes</h1><p>Date: 11 February 2026</p>
<table>
<tr><td>3.</td><td>Volunteers. The volunteer recruitment campaign closed on 20 January with forty applicants.</td><td>JB</td></tr>
<tr><td>4.</td><td>Premises. The lease of the Mill Street office ends on 31 March and a renewal is being negotiated.</td><td>AK</td></tr>
<tr><td>9.</td><td>Date of next meeting: the Board will next meet on 4th February, 10.00am, the Carers Hub</td><td></td></tr>
</table></body></html>"""


def test_a_next_meeting_written_before_the_meeting_day_is_next_years_in_a_minutes_table(tmp_path):
    path = tmp_path / "orchard-lane-carers_2026-02-11_board-minutes.html"
    path.write_text(HTML_MINUTES, encoding="utf-8")
    dates = {k.date for k in read_and_extract(str(path))[2].key_dates}
    assert {"2026-03-31", "2027-02-04"} <= dates
    assert "2026-02-04" not in dates


# -- risks: a concern and its holder's own action ---------------------------------------------------------

@pytest.mark.parametrize("sentence, risk, mitigation", [
    ("The Finance Lead is concerned about the assumptions in the lease will meet the landlord to check the figures "
     "before the next meeting.",
     "The Finance Lead is concerned about the assumptions in the lease",
     "will meet the landlord to check the figures before the next meeting."),
    ("The Treasurer was concerned over the sustainability of the cafe income and will review the prices with the manager.",
     "The Treasurer was concerned over the sustainability of the cafe income",
     "will review the prices with the manager."),
    ("Ms Okafor is concerned regarding the capacity of the volunteer rota and agreed to contact the volunteer centre "
     "for more helpers.",
     "Ms Okafor is concerned regarding the capacity of the volunteer rota",
     "agreed to contact the volunteer centre for more helpers."),
])
def test_a_concern_whose_holder_says_what_they_will_do_is_risk_and_mitigation(tmp_path, sentence, risk, mitigation):
    found = facts(tmp_path, f"3. Finance\n{sentence} The Board agreed to keep the reserve at £20,000.").risks
    assert [(r.risk, r.mitigation) for r in found] == [(risk, mitigation)]


def test_a_concern_whose_matter_goes_on_in_a_relative_clause_stays_whole(tmp_path):
    sentence = "The Finance Lead is concerned about the assumptions in the lease, which will be reviewed by the auditors."
    [found] = facts(tmp_path, f"3. Finance\n{sentence}").risks
    assert found.risk == sentence


# -- risks: the implications of a change after a colon ----------------------------------------------------

@pytest.mark.parametrize("risk, mitigation", [
    ("The implications of the new pay award: on present staffing, the annual pay bill will be £60,000 higher within "
     "three years.", "The Chair asked that this be borne in mind for future contract talks."),
    ("Impact of the bus timetable change: pupils from Eastfield would miss the start of the school day.",
     "The Clerk requested that the operator be asked to move the 8.10 departure."),
    ("The financial implications of ending the lease early: the Trust could face a penalty of £15,000.",
     "The Treasurer asked that legal advice be sought before notice is given."),
])
def test_the_implications_of_a_change_after_a_colon_are_a_risk(tmp_path, risk, mitigation):
    found = facts(tmp_path, f"5. Finance\nThe Finance Manager reported on the accounts. {risk} {mitigation}").risks
    assert [(r.risk, r.mitigation, r.rule) for r in found] == [(risk, mitigation, "risk.implications_of_change")]


def test_implications_that_bring_no_harm_are_no_risk(tmp_path):
    body = "5. Opening hours\nThe implications of the new opening hours: more residents will be able to visit in the evening."
    assert facts(tmp_path, body).risks == []


# -- decisions: memberships and roles settled by the meeting ----------------------------------------------

@pytest.mark.parametrize("body, rule", [
    ("4. Committees\nAfter debate the membership of the Committees was decided thus: Finance – Ann Reed, "
     "Tom Hale; Staffing – Sue Marr, Joe Pike.", "passive_item"),
    ("2. Officers\nThe vote was held in the closed session. For the period of 2026/27, until the first Board meeting "
     "after the AGM in 2027, the Board roles are as follows: Chair – Ann Reed Vice-Chair – Tom Hale", "role_assigned"),
    ("2. Officers\nFor the period to March 2027, Tom Hale will act as Treasurer and Sue Marr will chair the Staffing "
     "Committee.", "role_assigned"),
])
def test_memberships_and_roles_settled_in_minutes_are_decisions(tmp_path, body, rule):
    assert [d.rule for d in facts(tmp_path, body).decisions] == [rule]


def test_a_report_describing_a_term_of_office_decides_nothing(tmp_path):
    head = "Brackenford Council\nReport to: Audit Committee, 4 March 2026\nTitle: Independent Members\n\n"
    body = "2. Background\n2.1 For the period to March 2027, Tom Hale will act as the independent member of the Committee."
    assert facts(tmp_path, body, name="brackenford-council_2026-03-04_audit_report.txt", head=head).decisions == []


# -- a publisher named only by the file name (an appendix of tables) ----------------------------------------

APPENDIX = ("Appendix 2: Session Comparison\n\nPart 1: Larkrise\n\n"
            "Sessions on offer at Larkrise Family Hub under the commissioned contract that would stop running "
            "there include: Baby Massage, Stay and Play, Little Talkers.\n")


@pytest.mark.parametrize("name, authority", [
    ("rutland-cc_2025-03-13_appendix_session-comparison.txt", "Rutland County Council"),
    ("cheshire-east-council_2025-03_appendix_session-comparison.txt", "Cheshire East Council"),
    ("wigan-mbc_2024-25_appendix_session-comparison.txt", "Wigan Metropolitan Borough Council"),
])
def test_an_appendix_naming_no_council_is_published_by_the_council_its_file_name_gives(tmp_path, name, authority):
    path = tmp_path / name
    path.write_text(APPENDIX, encoding="utf-8")
    document, _doc, extraction = read_and_extract(str(path))
    assert (extraction.authority, extraction.authority_source) == (authority, "file name")
    # The commissioned contract's services: the publishing council commissions them.
    assert [(c.commissioner, c.provider) for c in extraction.contracts] == [(authority, "Larkrise Family Hub")]


@pytest.mark.parametrize("name", [
    "session-comparison-appendix.txt",                              # not <publisher>_<date>_...
    "wendlebury-cc_2025-03-13_appendix_session-comparison.txt",     # no registered council of that place
])
def test_a_file_name_not_laid_out_so_or_naming_no_registered_council_names_no_publisher(tmp_path, name):
    path = tmp_path / name
    path.write_text(APPENDIX, encoding="utf-8")
    assert read_and_extract(str(path))[2].authority is None


def test_a_council_the_paper_names_beats_its_file_name(tmp_path):
    path = tmp_path / "rutland-cc_2025-03-13_appendix_session-comparison.txt"
    path.write_text("Brackenford Council\n\n" + APPENDIX, encoding="utf-8")
    assert read_and_extract(str(path))[2].authority == "Brackenford Council"


def test_a_yearless_past_consideration_in_prose_stays_a_key_date(tmp_path):
    # Only a minutes table's cells report past events this way; prose naming an earlier meeting keeps its date.
    body = ("3. Strategy\nFollowing consideration by the Health Scrutiny Committee on 21st January, the Board's "
            "support for the delivery plan is sought.")
    assert "2026-01-21" in {k.date for k in facts(tmp_path, body).key_dates}


# -- decisions: bullets right under a lead-in ending in a colon -----------------------------------------------

@pytest.mark.parametrize("lead", ["The Board agreed:", "The Board agreed the following:",
                                  "The Board discussed the transport review and resolved:"])
def test_bullets_under_a_lead_in_are_its_decisions_whatever_their_verb(tmp_path, lead):
    body = (f"3. Community transport\n{lead}\n- to buy a second minibus;\n- to recruit four more volunteer drivers.\n\n"
            "4. Finance\nThe Board approved the budget.")
    assert [d.text for d in facts(tmp_path, body).decisions] == [
        "to buy a second minibus", "to recruit four more volunteer drivers.", "The Board approved the budget."]


def test_symbol_font_bullets_under_a_lead_in_are_decisions_in_a_pdf(tmp_path):
    import pdfgen
    path = pdfgen.symbol_bullet_paper(tmp_path / "fenmoor-libraries_2026-02-11_board-minutes.pdf", [
        (None, "Fenmoor Community Libraries Ltd"),
        (None, "Minutes of the Board meeting held on 11 February 2026"),
        (None, ""),
        (None, "The Board agreed the following:"),
        ("\uf0b7", "to open the Eastgate branch on Saturday mornings;"),
        ("\uf0a7", "to close the mobile library for repairs in July."),
    ])
    assert [d.text.rstrip(";.") for d in read_and_extract(str(path))[2].decisions] == [
        "to open the Eastgate branch on Saturday mornings", "to close the mobile library for repairs in July"]
