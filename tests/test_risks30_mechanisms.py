"""Mechanisms of the stop-25 round-2 risk round (r30), each on fictional papers in three or more wordings, with
negatives.  Every positive here failed before its mechanism (risk_cues.yaml statements put_at_risk, threat_to,
effect_concern; named.refers_back), read by risks._classify."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def _risks(tmp_path, body: str, opening: str = "Minutes of the meeting"):
    path = tmp_path / "paper.txt"
    path.write_text(f"EAST MARDLING PARISH COUNCIL\n\n{opening}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- 1. A cause said to put something at risk, or to open the body up to a risk, states that risk ("..., therefore
#        putting the repair grant at risk", "has placed the opening at serious risk", "exposing the Borough to the
#        risk of ..."); a sentence giving the cause of what the one before says ("This is because ...") takes it in.

@pytest.mark.parametrize("body, risk, mitigation", [
    ("4. Youth club\n\nThe end of the county grant in March puts the Saturday youth club at risk. The trustees agreed "
     "to apply to the lottery fund for a bridging grant.",
     "The end of the county grant in March puts the Saturday youth club at risk.", "apply to the lottery fund"),
    ("5. Hall lease\n\nThe district council takes no part in the upkeep of the hall roof. This is because the lease "
     "has never been signed, therefore putting the repair grant at risk.",
     "The district council takes no part in the upkeep of the hall roof. This is because the lease has never been "
     "signed, therefore putting the repair grant at risk.", None),
    ("6. Ferry\n\nThe failed inspection has put the winter sailings at risk.",
     "The failed inspection has put the winter sailings at risk.", None),
    ("6. Depot\n\nThe late ground survey has placed the spring opening of the new depot at serious risk.",
     "The late ground survey has placed the spring opening of the new depot at serious risk.", None),
    ("7. Flats over shops\n\nShort lets of the flats above the parade are hard to police, exposing the Borough to the "
     "risk of tenants gaining security of tenure.",
     "Short lets of the flats above the parade are hard to police, exposing the Borough to the risk of tenants "
     "gaining security of tenure.", None),
    ("8. Kiosk\n\nLetting the kiosk on a rolling licence with no inspection regime opens the Trust up to the risk of "
     "losing its lottery funding.",
     "Letting the kiosk on a rolling licence with no inspection regime opens the Trust up to the risk of losing its "
     "lottery funding.", None),
])
def test_a_cause_putting_something_at_risk_is_a_risk(tmp_path, body, risk, mitigation):
    found = _risks(tmp_path, body)
    assert [r.risk for r in found] == [risk]
    if mitigation:
        assert mitigation in (found[0].mitigation or "")


@pytest.mark.parametrize("body", [
    "4. Works\n\nThe drainage works can be done in August without putting the grant at risk.",
    "4. Rota\n\nThe new rota does not put patients at risk, the Chief Nurse said.",
    "4. Safeguarding\n\nThe Panel noted the register of children at risk held by the county.",
    "4. Deadline\n\nOfficers will order the parts now to avoid putting the deadline at risk.",
    "4. Staff\n\nNo member of staff is at risk of redundancy under the new structure.",
    # what would put something at risk is weighed in an implications section, not in the background
    "4. Timetable\n\nAny slip in letting the contract would put the April start date at risk.",
])
def test_nothing_put_at_risk_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 2. A present hazard to people ("... is a danger to walkers", "poses a hazard to pedestrians") states a risk,
#        as a threat to what the body runs does; a danger to life (a safeguarding term) or one denied is none. -------

@pytest.mark.parametrize("body, risk", [
    ("5. Footbridge\n\nThe broken railing on the footbridge is a danger to walkers and small children.",
     "The broken railing on the footbridge is a danger to walkers and small children."),
    ("6. Paving\n\nThe loose paving in Mill Street poses a hazard to blind and partially sighted people.",
     "The loose paving in Mill Street poses a hazard to blind and partially sighted people."),
    ("7. Green\n\nAbandoned cars on the green have become a real hazard to pedestrians.",
     "Abandoned cars on the green have become a real hazard to pedestrians."),
])
def test_a_hazard_to_people_is_a_risk(tmp_path, body, risk):
    assert [r.risk for r in _risks(tmp_path, body)] == [risk]


@pytest.mark.parametrize("body", [
    "5. Lighting\n\nThe new lamps are no danger to bats, the ecologist said.",
    "5. Incident\n\nThe fire service attended because there was a danger to life.",
    "5. Health talk\n\nThe nurse gave a talk on the dangers of smoking.",
    "5. Crossing\n\nThe crossing is not a hazard to anyone now the lights are fixed.",
])
def test_a_hazard_denied_or_a_danger_to_life_is_none(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 3. A concern recorded about a lack, a shortage or people's safety or security, without a modal ("Concerns were
#        voiced about the lack of ...", "voicing the Council's concerns regarding the safety of ...", "there is
#        concern over the security of ..."), states a risk as a concern about an impact does. ------------------

@pytest.mark.parametrize("body, risk", [
    ("8. River\n\nConcerns were voiced about the lack of any testing of the water in Milton brook.",
     "Concerns were voiced about the lack of any testing of the water in Milton brook."),
    ("9. Play area\n\nThe Clerk will write to the academy, voicing the Council's concerns regarding the safety of the "
     "fence by the zip wire.",
     "The Clerk will write to the academy, voicing the Council's concerns regarding the safety of the fence by the zip wire."),
    ("10. Station\n\nThere is concern over the security of the cycle shelter at the station.",
     "There is concern over the security of the cycle shelter at the station."),
    ("11. Lido\n\nMembers raised concerns about the shortage of lifeguards at the lido.",
     "Members raised concerns about the shortage of lifeguards at the lido."),
])
def test_a_concern_about_a_lack_or_safety_is_a_risk(tmp_path, body, risk):
    assert [r.risk for r in _risks(tmp_path, body)] == [risk]


@pytest.mark.parametrize("body", [
    "8. Crossing\n\nMembers raised no concerns about the safety of the new crossing.",
    "8. Meeting\n\nThere was concern about the date of the annual meeting.",
    "8. Lighting\n\nThe Council's concerns about the lack of lighting had been addressed by the county.",
    "8. Pier\n\nConcerns about the safety of the pier were allayed by the engineer's report.",
])
def test_a_concern_denied_settled_or_harmless_is_none(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 4. Money said to run out ("the money for the village bus runs out in June", "is expected to run out", "reserves run out
#        in 2028") states a risk to what it pays for; money said not to run out, a service run out of a building or
#        leaflets running out are none. ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, risk", [
    ("4. Buses\n\nThe Vicar said he had heard that the county money for the Dial-a-Ride runs out in September.",
     "The Vicar said he had heard that the county money for the Dial-a-Ride runs out in September."),
    ("5. Youth work\n\nFunding for the youth worker is expected to run out when March ends.",
     "Funding for the youth worker is expected to run out when March ends."),
    ("6. Reserves\n\nAt the present rate of spending, reserves run out in 2028.",
     "At the present rate of spending, reserves run out in 2028."),
    ("7. Minibus\n\nThe community transport grant ran out in May and the minibus is now off the road.",
     "The community transport grant ran out in May and the minibus is now off the road."),
])
def test_money_running_out_is_a_risk(tmp_path, body, risk):
    assert [r.risk for r in _risks(tmp_path, body)] == [risk]


@pytest.mark.parametrize("body", [
    "8. Grant\n\nThe grant will not run out before the project ends.",
    "8. Library\n\nThe mobile library runs out of a depot on the ring road.",
    "8. Fair\n\nThe leaflets ran out at the summer fair.",
    "8. Reserves\n\nThe Treasurer confirmed that reserves won't run out this year.",
])
def test_money_not_running_out_is_no_risk(tmp_path, body):
    assert _risks(tmp_path, body) == []


# --- 5. A list the reader ran into one paragraph (a bullet glyph before each point): a risk stated in one point
#        does not take in the points after it; a point saying what is done is still its mitigation. --------------

@pytest.mark.parametrize("body, risk", [
    ("6. Planning application\n\nMembers resolved to oppose the scheme on these grounds, all in favour. • The disused "
     "pit at the back of the plot is a hazard to small children. • The flats would overlook the school. • Two oaks "
     "would be felled.",
     "The disused pit at the back of the plot is a hazard to small children."),
    ("6. Planning application\n\nThe following comments were made at the meeting. • Open water at the pond is a hazard to young children. • Parking in "
     "the close is already full at weekends.",
     "Open water at the pond is a hazard to young children."),
    ("6. Minibus\n\nThe Clerk reported on the matters arising. • Rising fuel prices pose a real risk to the minibus "
     "budget. • Parking on the green is a problem at weekends.",
     "Rising fuel prices pose a real risk to the minibus budget."),
])
def test_a_risk_in_a_run_in_list_ends_at_the_next_point(tmp_path, body, risk):
    assert [r.risk for r in _risks(tmp_path, body)][:1] == [risk]
