"""An impact assessment's general remarks on impact (not under one characteristic) state a risk as an
implications section does ("a longer journey may put some residents off using the service"), even when
the paragraph closes by pointing to the mitigations below; a lead "The proposed mitigations are as follows:" and its
numbered paragraphs are that risk's mitigation.  Not the form's steps on evidence or data, and not a report that
merely has a heading with "impact" in it.  Fictional wording throughout (risk_cues.yaml assessment_impact_heading,
introduces, mitigation_lead)."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract
from test_risk_eqia import ICB_TXT


def risks_of(tmp_path, body: str, name: str):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# The ICB form of test_risk_eqia up to its first characteristic, then the form's general remarks on impact.
ICB_FORM = ICB_TXT.split("Is there an adverse impact on Disability?")[0] + """Section D - Overall impact

In general, a longer journey to urgent care could lead to some patients with protected characteristics putting off treatment until their condition worsens. The actions listed below are therefore essential.

The proposed mitigations are as follows:

1. Volunteer drivers. Patients over 75 may book a driver through the practice.

2. Telephone triage. The NHS 111 line will book urgent treatment centre slots.

Section E - Sign off

Lead officer: Head of Urgent Care
"""

COUNCIL_FORM = """<html><body><h1>Brackenford Council</h1><h2>Equality Impact Assessment: Library opening hours</h2>
<table>
<tr><th>Protected characteristic</th><th>Positive, negative or neutral</th><th>Description of impact</th><th>Mitigating actions</th></tr>
<tr><td>Age</td><td>Negative</td><td>Pensioners who use the morning sessions would lose two mornings a week of access to the reading room.</td><td>Home library deliveries will be widened to anyone over 70 who asks.</td></tr>
<tr><td>Disability</td><td>Neutral</td><td>No impact identified.</td><td>N/A</td></tr>
</table>
<h3>Analysis of impact</h3>
<p>More broadly, shorter opening hours may result in the residents who most rely on the free computers losing touch with online services. Our mitigating actions are listed below.</p>
<p>Mitigating actions are set out below:</p>
<p>1. Extended Saturday sessions. The Central Library will open its computer room until six.</p>
<p>2. Digital buddies. Volunteers will help residents at the three community hubs.</p>
</body></html>
"""

TRUST_FORM = """# Oakfield Leisure Trust

## Equality Impact Assessment: Pool timetable

### Impact by characteristic

Is there a negative impact on Disability?

Yes

Details of adverse impact on Disability

Disabled swimmers could lose the quiet session they rely on when the timetable changes.

Mitigations:

A quiet session will be kept on Sunday mornings.

### Overall impact

As a general point, any gap in the quiet sessions might lead to some members with protected characteristics cancelling their memberships. The measures set out below are needed.

Our planned mitigations are listed below:

1. Quiet hour. One lane will be kept quiet on Tuesday evenings.

2. Members' panel. The panel will review the timetable after three months.
"""

CASES = [
    ("north-mercia-icb_2025-05-01_eqia.txt", ICB_FORM, "a longer journey to urgent care could lead to",
     "The proposed mitigations are as follows: 1. Volunteer drivers."),
    ("brackenford_2025-06-10_cabinet_eqia.html", COUNCIL_FORM, "shorter opening hours may result in",
     "Mitigating actions are set out below: 1. Extended Saturday sessions."),
    ("oakfield-leisure_2025-02-01_eqia.md", TRUST_FORM, "any gap in the quiet sessions might lead to",
     "Our planned mitigations are listed below: 1. Quiet hour."),
]


@pytest.mark.parametrize("name, body, risk_words, mitigation", CASES)
def test_an_assessments_general_impact_is_a_risk_with_the_listed_mitigations(tmp_path, name, body, risk_words, mitigation):
    risks = risks_of(tmp_path, body, name)
    [general] = [r for r in risks if risk_words in r.risk]
    assert general.mitigation.startswith(mitigation)
    assert "listed below" not in general.risk and "set out below" not in general.risk
    assert any(r.rule == "risk.eqia" for r in risks)  # the form's own entries are still read


def test_an_assessments_evidence_step_states_no_risk(tmp_path):
    body = ICB_FORM.replace("Section E - Sign off", "Section B - Evidence\n\nFor small teams some characteristics "
                            "may not be recorded in the staff data, which could lead to gaps in the analysis.\n\n"
                            "Section E - Sign off")
    assert not [r for r in risks_of(tmp_path, body, "north-mercia-icb_2025-05-01_eqia.txt") if "staff data" in r.risk]


def test_a_report_with_an_impact_heading_is_no_assessment(tmp_path):
    body = ("Kestrel Vale District Council\n\nCabinet report\n\nSummary of impact\n\nThe new bus timetable could lead "
            "to more passengers using the evening services.\n")
    assert not risks_of(tmp_path, body, "kestrel.txt")


def test_a_pointer_alone_states_no_risk(tmp_path):
    body = "Kestrel Vale District Council\n\nCabinet report\n\n6. Risks\n\n6.1 The main risks are set out below.\n"
    assert not risks_of(tmp_path, body, "kestrel.txt")
