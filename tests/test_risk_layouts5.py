"""Risks in the layouts of paraphrase round risks5: a risk section set out as paragraphs each led by a
topic and a colon ("Inflation: ...", "Demand: ..."); a report in plain-English question headings ("What
are the risks of doing this?"); a RAID log whose Type column says which rows are risks; a mitigation
that says what is now so ("Deposits are now spread ...", "A protocol limits the ...", "A 12%
contingency is included ...").  All text is fictional."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def risks_of(tmp_path, body: str, name: str = "paper.txt"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


def report(body: str, heading: str = "4. Risks and uncertainties") -> str:
    return f"MERROWDALE BOROUGH COUNCIL\n\nCabinet report\n\n{heading}\n\n{body}\n\n5. Reserves\n\n5.1 The general reserve stands at £4m.\n"


# --- a risk section set out by topic -------------------------------------------------------------

TOPIC_LISTS = [
    ("4. Risks and uncertainties",
     "4.1 The main ones are set out below.\n\n"
     "Pay: the pay award for 2025/26 has not been agreed and each 1% above the budgeted 3% would cost £400k.\n\n"
     "Demand: referrals to the reablement team rose by 12% in the quarter and each extra package costs around £300 a week.\n"
     " Referrals are now screened by a senior practitioner before a package is agreed.",
     ["Pay:", "Demand:"]),
    ("6. Key risks",
     "Fuel prices: the fleet budget assumes diesel at £1.40 a litre and a rise to £1.60 would add £75,000 to the year's costs.\n\n"
     "Recycling income: the price paid for mixed paper has fallen twice this year and may fall again before the contract is renewed.\n\n"
     "Staffing: eleven loader posts are vacant and agency cover is booked week by week at higher rates than budgeted.",
     ["Fuel prices:", "Recycling income:", "Staffing:"]),
    ("3. Risk implications",
     "1. Grant funding: the Department has not confirmed the second year of the grant, which pays for four posts in the team.\n\n"
     "2. Legal challenge: one of the unsuccessful bidders has asked for a debrief and has written to the Council twice since.",
     ["Grant funding:", "Legal challenge:"]),
]


@pytest.mark.parametrize("heading, body, topics", TOPIC_LISTS)
def test_a_risk_section_set_out_by_topic_gives_one_risk_per_topic(tmp_path, heading, body, topics):
    risks = risks_of(tmp_path, report(body, heading))
    assert [next((t for t in topics if r.risk.startswith(t)), None) for r in risks] == topics
    assert {r.rule for r in risks} == {"risk.section"}


def test_a_topic_paragraphs_own_next_sentence_is_its_mitigation(tmp_path):
    [pay, demand] = risks_of(tmp_path, report(TOPIC_LISTS[0][1]))
    assert pay.mitigation is None
    assert demand.mitigation == "Referrals are now screened by a senior practitioner before a package is agreed."


def test_short_labelled_fields_under_a_risk_section_stay_no_risks(tmp_path):
    body = ("4.1 There is a risk that the supplier cannot deliver the new vehicles before the winter.\n\n"
            "Consultation: the Cabinet Member was consulted on 3 March.\n\n"
            "Conflicts of interest declared: none.\n\n"
            "Signed: Ruth Amos, Director of Place")
    assert [r.risk for r in risks_of(tmp_path, report(body, "4. Risks"))] == [
        "There is a risk that the supplier cannot deliver the new vehicles before the winter."]


# --- question headings ----------------------------------------------------------------------------

QUESTION_PAPERS = {
    "questions.txt": (
        "MERROWDALE BOROUGH COUNCIL\n\nReport to Cabinet\n\nWhat is this report about?\n\n"
        "The library at Elm Street needs a new heating system before next winter.\n\n"
        "What are the risks of doing this?\n\n"
        "The library will have to close for six weeks while the boiler is replaced, and readers may go elsewhere.\n\n"
        "What will it cost?\n\n"
        "The works will cost £120,000 from the capital programme, funded by borrowing over twenty years.\n"),
    "questions.md": (
        "# Merrowdale Borough Council\n\n## Report to Cabinet\n\n### Why is this needed?\n\n"
        "The pool filters are thirty years old.\n\n### What could go wrong?\n\n"
        "Replacement filters are made to order and delivery could slip past the summer holidays, when the pool is busiest.\n\n"
        "### Who has been consulted?\n\nThe swimming clubs and the leisure trust, whose members use the pool every week of the year.\n"),
    "questions.html": (
        "<html><body><h1>Merrowdale Borough Council</h1><h2>Report to Cabinet</h2>"
        "<h3>What are the risks of doing this?</h3>"
        "<p>The bridge will be shut for three weeks while its bearings are replaced, and buses will divert through Amberley village.</p>"
        "<h3>What happens next?</h3><p>Officers will seek tenders in the spring, with works planned for the school summer holidays.</p>"
        "</body></html>"),
}


@pytest.mark.parametrize("name", QUESTION_PAPERS)
def test_a_question_heading_naming_risks_opens_a_risk_section_up_to_the_next_question(tmp_path, name):
    risks = risks_of(tmp_path, QUESTION_PAPERS[name], name)
    assert len(risks) == 1
    assert not any(word in risks[0].risk for word in ("£120,000", "swimming clubs", "tenders"))


# --- RAID logs ------------------------------------------------------------------------------------

RAID_LOGS = {
    "raid.md": (
        "# NHS Harrowmere ICB\n\n## Programme highlight report\n\n"
        "| Type | Ref | Description | Owner | Action | RAG |\n|---|---|---|---|---|---|\n"
        "| Risk | R2 | Two pharmacists may leave before the new rota starts, leaving the hub short of prescribers. | Lead | Retention payments agreed. | Amber |\n"
        "| Issue | I4 | The booking system was down for a day in March. | Digital Lead | Fixed on the same day. | Green |\n"
        "| Assumption | A1 | Patients will travel to the hub by bus. | Manager | Survey under way. | Green |\n"
        "| Risk | R5 | Building works at the hub could overrun into the winter, delaying the opening of the second clinic. | Estates | Weekly site meetings with the contractor. | Amber |\n"),
    "raid.html": (
        "<html><body><h1>Merrowdale Borough Council</h1><h2>Depot move: RAID log</h2><table>"
        "<tr><th>RAID type</th><th>Description</th><th>Mitigation</th><th>Owner</th></tr>"
        "<tr><td>Dependency</td><td>Electricity connection to the new depot by the network operator.</td><td>Date agreed for May.</td><td>Project Manager</td></tr>"
        "<tr><td>Risk</td><td>The lease on the old depot may end before the new one is ready, leaving the fleet nowhere to park.</td><td>Heads of terms for a three-month extension agreed with the landlord.</td><td>Head of Property</td></tr>"
        "<tr><td>Issue</td><td>Two refuse vehicles failed their MOT in April.</td><td>Hire vehicles in use.</td><td>Fleet Manager</td></tr>"
        "</table></body></html>"),
    "raid.txt": (
        "MERROWDALE BOROUGH COUNCIL\n\nTransformation Board\n\n3. Log of open items\n\n"
        "| Category | Description | Response | Status |\n|---|---|---|---|\n"
        "| Risk | Savings from the new contact centre may arrive a year later than planned, adding to next year's budget gap. | Phased go-live with early wins first. | Open |\n"
        "| Assumption | Residents will use the online forms. | Usage tracked monthly. | Open |\n"),
}
RAID_RISKS = {"raid.md": 2, "raid.html": 1, "raid.txt": 1}


@pytest.mark.parametrize("name", RAID_LOGS)
def test_only_the_risk_rows_of_a_raid_log_are_risks_with_their_action_as_mitigation(tmp_path, name):
    risks = risks_of(tmp_path, RAID_LOGS[name], name)
    raid = [r for r in risks if r.rule == "risk.raid_log"]
    assert len(raid) == RAID_RISKS[name] == len(risks)
    assert all(r.mitigation for r in raid)
    assert not any(word in r.risk for r in raid for word in ("MOT", "booking system", "bus", "online forms", "Electricity"))


# --- a mitigation that says what is now so ----------------------------------------------------------

MITIGATIONS = [
    ("The Treasurer highlighted the risk that a bank holding the charity's reserves could fail.",
     "Reserves are now spread across four banks, with no more than £500k in any one."),
    ("The Board's exposure to a new hepatitis treatment could be large if uptake follows the national trend.",
     "A treatment protocol limits the new drug to patients referred by a specialist."),
    ("There is a risk that bids come in above the £640,000 budget.",
     "A 12% contingency is held in the budget and the scope can be cut back by omitting the cycle shelter."),
]


@pytest.mark.parametrize("risk, mitigation", MITIGATIONS)
def test_a_sentence_saying_what_is_now_so_is_the_mitigation(tmp_path, risk, mitigation):
    [found] = risks_of(tmp_path, report(f"3.1 {risk} {mitigation}", "3. Background"))
    assert (found.risk, found.mitigation) == (risk, mitigation)


# --- a mitigation inside the risk's sentence ---------------------------------------------------------

INLINE = [
    ("If the permits are not issued before April, the market could not open on time",
     "to prevent this, the permits will be issued the day after this meeting."),
    ("Should the pumps fail during the gala, swimmers would have to leave the pool",
     "to avoid this, a spare pump will be kept on site."),
    ("There is a risk that the fair damages the turf on the green",
     "to guard against this, the operator has paid a deposit of £2,000."),
    ("There was a risk that the new operator could not hire lifeguards in time",
     "the lease obliges Poolside Leisure to keep a staffing plan, and the Board will see it in June."),
    ("There is a risk that the night service cannot recruit for the winter",
     "the Trust and Ash & Elm Care will share a staff bank from September."),
    ("There is a risk that homelessness rises over the winter",
     "the Housing Team are opening eight units of council-owned self-contained accommodation to reduce it."),
]


@pytest.mark.parametrize("risk, mitigation", INLINE)
def test_the_mitigation_after_a_semicolon_or_comma_inside_the_risks_sentence(tmp_path, risk, mitigation):
    joiner = ", and " if mitigation.startswith("the Housing Team") else "; "
    [found] = risks_of(tmp_path, report(f"3.1 {risk}{joiner}{mitigation}", "3. Background"))
    assert (found.risk, found.mitigation) == (risk, mitigation)
