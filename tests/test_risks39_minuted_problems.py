"""Round r39: risks minuted in plain words, not under a "Risk" heading -- a concern raised about a named thing in the
shorthand of minutes, a problem found ("it has become apparent that ..."), a fault, failure or breach reported -- with
the step the minutes assign as the mitigation.  Parish, trust board, pension panel and fire authority minutes, all
fictional.  Each positive failed before the round; the negatives are plain reports that are no risks."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, heading: str = "NETHER CRAYLE PARISH COUNCIL"):
    path = tmp_path / "paper.txt"
    path.write_text(f"{heading}\n\nMinutes of the meeting held on 3 March 2026\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


@pytest.mark.parametrize("heading, body, risk_starts, rule", [
    ("ELMSTEAD PENSION FUND", "5. Property\n\nConcerns raised re the fund's stake in new student flats. The council's "
     "planning role and the fund's interest as owner may pull apart.",
     "Concerns raised re the fund's stake in new student flats", "risk.concern_raised_re"),
    ("ELMSTEAD PENSION FUND", "6. Managers\n\nCllr Hale raised concerns re the weak five-year returns of Arden Capital. "
     "Officers to review the manager closely over the next year.",
     "Cllr Hale raised concerns re the weak five-year returns of Arden Capital.", "risk.concern_raised_re"),
    ("NETHER CRAYLE PARISH COUNCIL", "8. Highways\n\nThe Clerk reported that a resident had raised a concern of lorries "
     "travelling at speed on the bend in Mill Lane, where visibility is poor.",
     "The Clerk reported that a resident had raised a concern of lorries", "risk.concern_raised_re"),
    ("HOLMFORD FIRE AUTHORITY", "4. Stations\n\nMembers expressed concern over crewing levels at the two retained "
     "stations during the harvest.", "Members expressed concern over crewing levels", "risk.concern_raised_re"),
    ("NETHER CRAYLE PARISH COUNCIL", "7. Cemetery\n\nIt has become apparent that the grounds contractor is not keeping to "
     "the terms of its contract for the churchyard.", "It has become apparent that the grounds contractor",
     "risk.become_apparent"),
    ("WREN VALLEY HOSPITALS NHS TRUST", "9. Digital\n\nSince the upgrade it had become clear that the pharmacy system "
     "fails whenever two wards order at once.", "Since the upgrade it had become clear", "risk.become_apparent"),
    ("ELMSTEAD BOROUGH COUNCIL", "4. Estates\n\nGiven the progress of the new school, it has become evident that the "
     "works will seriously affect the tenants of Alder Court.", "Given the progress of the new school",
     "risk.become_apparent"),
    ("NETHER CRAYLE PARISH COUNCIL", "9. Village hall\n\nCllr Dean noted that the hall roof over the stage is leaking and "
     "the parish may have to share the repair cost.", "Cllr Dean noted that the hall roof over the stage is leaking",
     "risk.reported_defect"),
    ("HOLMFORD FIRE AUTHORITY", "3. Information governance\n\nThere were two minor data breaches at the control room "
     "in the summer.", "There were two minor data breaches", "risk.reported_defect"),
    ("BRACKEN HEATH PARISH COUNCIL", "5. Pavilion\n\nThe Pavilion committee is making a second insurance claim as the "
     "first repair to the floor has failed within a year.", "The Pavilion committee is making a second insurance claim",
     "risk.reported_defect"),
    ("BRACKEN HEATH PARISH COUNCIL", "6. Drains\n\nThe Clerk understood that the survey found joints in the culvert "
     "that were badly aligned, causing flooding problems in Church Lane.", "The Clerk understood that the survey found",
     "risk.reported_defect"),
    ("HOLMFORD FIRE AUTHORITY", "5. Budget\n\nThe authority's small surplus would be at risk should the pension grant "
     "end in 2027.", "The authority's small surplus would be at risk", "risk.at_risk_if"),
    ("WREN VALLEY HOSPITALS NHS TRUST", "6. Finance\n\nIf the overspends in home care are not tackled there will come a "
     "point where the Trust cannot balance its books.", "If the overspends in home care are not tackled", "risk.at_risk_if"),
    ("ELMSTEAD BOROUGH COUNCIL", "7. Schools block\n\nThe recovery plan would clear the deficit by 2028, though the plan remains "
     "at risk unless the grant is renewed.", "The recovery plan would clear the deficit by 2028", "risk.at_risk_if"),
])
def test_a_problem_minuted_in_plain_words_is_a_risk(tmp_path, heading, body, risk_starts, rule):
    [risk] = _risks(tmp_path, body, heading)
    assert risk.risk.startswith(risk_starts)
    assert risk.rule == rule


@pytest.mark.parametrize("body, risk_ends, mitigation", [
    ("7. Cemetery\n\nIt has become apparent that the grounds contractor is not keeping to the terms of its contract. "
     "Members agreed the Clerk should hold back the next invoice until the contractor meets the Council.",
     "terms of its contract.",
     "Members agreed the Clerk should hold back the next invoice until the contractor meets the Council."),
    ("9. Village hall\n\nCllr Dean noted that the hall roof over the stage is leaking and the parish may have to "
     "share the repair cost. The hall committee to be asked for a report by the next meeting.",
     "share the repair cost.", "The hall committee to be asked for a report by the next meeting."),
    ("3. Data protection\n\nThere were two minor data breaches in the spring term. The DPO is content with the steps "
     "taken to stop further breaches.", "in the spring term.",
     "The DPO is content with the steps taken to stop further breaches."),
])
def test_the_step_minuted_after_the_problem_is_its_mitigation(tmp_path, body, risk_ends, mitigation):
    [risk] = _risks(tmp_path, body)
    assert risk.risk.endswith(risk_ends)
    assert risk.mitigation == mitigation


def test_what_the_problem_presents_said_next_goes_on_with_the_risk(tmp_path):
    body = ("4. Estates\n\nGiven the progress of the new school, it has become clear that the works will seriously affect "
            "the tenants of Alder Court. The hoarding will run along their gardens and that poses an unreasonable "
            "nuisance and risk of noise and dust.\n\nTo reduce this risk, it is proposed that the tenants are rehoused a "
            "year early.")
    [risk] = _risks(tmp_path, body, "ELMSTEAD BOROUGH COUNCIL")
    assert risk.risk.endswith("unreasonable nuisance and risk of noise and dust.")
    assert risk.mitigation == "To reduce this risk, it is proposed that the tenants are rehoused a year early."


@pytest.mark.parametrize("body", [
    "5. Play area\n\nThe leaking gutter on the pavilion was repaired in May.",
    "6. Bins\n\nThere were no problems with the new bin rounds.",
    "6. Staffing\n\nThe Board accepted there were some difficulties with supply cover though the county may help.",
    "7. Motions\n\nThe motion to close the public toilets has failed.",
    "8. Minutes\n\nConcerns were raised about the date of the annual parish meeting.",
    "9. Finance\n\nMembers raised concerns regarding the lack of detail in the savings figures.",
    "10. Library\n\nIt has become apparent that the new Saturday rota is popular with volunteers.",
    "11. Thanks\n\nCllr Dean thanked the volunteers who had cleared the brook.",
    "13. Library\n\nThere will come a time when the new library opens its doors to the whole district.",
    "12. Questions\n\nA member asked when the new noticeboard would be put up and the Clerk noted the request.",
])
def test_plain_reports_in_minutes_are_no_risks(tmp_path, body):
    assert _risks(tmp_path, body) == []


def test_the_minutes_moving_on_after_a_reported_problem_is_not_more_of_it(tmp_path):
    body = ("4. Premises\n\nThe Bursar reported that the kitchen roof is leaking again over the servery. The capital "
            "budget is on track for the year. The Bursar to ask the county surveyor to inspect the roof.")
    [risk] = _risks(tmp_path, body, "HAZELDENE PRIMARY SCHOOL GOVERNING BOARD")
    assert risk.risk == "The Bursar reported that the kitchen roof is leaking again over the servery."
    assert risk.mitigation == "The Bursar to ask the county surveyor to inspect the roof."
