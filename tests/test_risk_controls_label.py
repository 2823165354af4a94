"""Controls labelled directly under a risk ("Key controls:", "Controls in place:", "Mitigating
actions:") with the control lines straight after the label, bulleted or not: in BAF pages, risk
register entries set line by line and prose reports.  The controls end at the next risk, a numbered
section or a heading naming a report section.  All text is fictional."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.risks import CUES_PATH, cues

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def risks_of(tmp_path, body: str, name: str = "paper.txt"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


BAF_PAGE = """\
KESTREL VALE NHS TRUST

Trust Board

Board Assurance Framework

Strategic Risk 2: Failure to recruit enough community nurses

If the Trust cannot recruit community nurses, then patients will wait longer for home visits.

Controls in place:

A rolling recruitment campaign with two partner universities

A retention payment for nurses in their second year

Strategic Risk 3: Failure to keep the estate safe

If the Trust cannot fund its backlog maintenance, then wards may close at short notice.

Key controls:

\u2022

Six-monthly condition surveys of every ward block

\u2022

A capital prioritisation panel chaired by the finance director

5. Financial implications

There are no direct financial implications arising from this report.
"""

REGISTER = """\
BRACKENFORD COUNCIL

Audit and Governance Committee

Corporate Risk Register update

Risk CR4: Loss of key ICT systems

There is a risk that a cyber attack takes the council's systems offline for several days.

Current controls:

Daily off-site back-ups of every server

An incident response plan tested each year

Risk CR5: Temporary accommodation costs

There is a risk that the cost of temporary accommodation exceeds the budget by more than a million pounds.

Mitigating actions:

A new leasing scheme with local landlords

Weekly review of every placement over 28 days

6. Recommendations

The committee is asked to note the register.
"""

PROSE_REPORT = """\
NORTH MERCIA ICB

Finance Committee

Report on winter pressures

1. Background

The committee receives this report each quarter.

2. Risks

There is a risk that delayed discharges rise above 120 patients a day over the winter.

Existing controls and assurances:

A daily discharge call with both councils

Twenty extra step-down beds commissioned from October

3. Legal implications

There are no legal implications arising from this report.
"""

# A council report's risk paragraph, its controls bulleted below the label.
BULLETED_REPORT = """\
DUNHOLME BOROUGH COUNCIL

Cabinet

Leisure centre transfer

7. Risk management

There is a risk that the new operator does not take on the staff pension liabilities before April.

Key controls:

- A transfer agreement signed before the lease starts

- An actuarial valuation paid for by the operator

8. Financial implications

The transfer saves the council two hundred thousand pounds a year.
"""

LAYOUTS = [
    ("bulleted-report.txt", BULLETED_REPORT, {
        "pension liabilities": ["transfer agreement", "actuarial valuation"],
    }),
    ("baf.txt", BAF_PAGE, {
        "recruit community nurses": ["rolling recruitment campaign", "retention payment"],
        "backlog maintenance": ["condition surveys", "capital prioritisation panel"],
    }),
    ("register.txt", REGISTER, {
        "cyber attack": ["off-site back-ups", "incident response plan"],
        "temporary accommodation": ["leasing scheme", "Weekly review"],
    }),
    ("report.txt", PROSE_REPORT, {
        "delayed discharges": ["daily discharge call", "step-down beds"],
    }),
]


@pytest.mark.parametrize("name, text, expected", LAYOUTS)
def test_controls_labelled_under_a_risk_are_its_mitigation(tmp_path, name, text, expected):
    risks = risks_of(tmp_path, text, name)
    assert len(risks) == len(expected)
    for phrase, controls in expected.items():
        [risk] = [r for r in risks if phrase in r.risk]
        assert risk.mitigation, risk.risk
        for control in controls:
            assert control in risk.mitigation
        # Nothing of the next risk or section is swallowed.
        assert "implications" not in risk.mitigation and "note the register" not in risk.mitigation
        assert "Risk" not in risk.mitigation and "There is a risk" not in risk.mitigation


# A "Controls" heading in a section that has nothing to do with a risk.
UNRELATED_CONTROLS = """\
BRACKENFORD COUNCIL

Audit and Governance Committee

Internal audit annual report

1. Summary

The internal audit plan was delivered in full this year.

2. Risks

There is a risk that the pension fund valuation raises employer contributions next year.

3. Financial controls

Controls:

Monthly reconciliation of the payroll ledger

Segregation of duties in accounts payable
"""

# A controls label far from any risk: several paragraphs and a section between.
FAR_CONTROLS = """\
NORTH MERCIA ICB

Quality Committee

Maternity services update

2. Risks

There is a risk that midwife vacancies delay the opening of the new birth centre.

3. Staffing

The service recruited eleven midwives in the quarter, and four more start in the spring.

Sickness absence fell to five per cent in November, the lowest in two years.

4. Procurement

Key controls:

Three quotes for every purchase above five thousand pounds

A contracts register reviewed each month
"""

# The controls, then the paper's next section: its text is not a control.
NEXT_SECTION = """\
KESTREL VALE NHS TRUST

Trust Board

Board Assurance Framework

Strategic Risk 6: Failure to meet the cancer waiting time standard

If the Trust cannot add diagnostic capacity, then patients will wait longer than 62 days for treatment.

Current controls:

A weekly patient tracking list meeting

7. Equality implications

The diagnostic hub will open on Saturdays, which widens access for working patients.

8. Next steps

The board will receive an update in March.
"""

NOT_PAIRED = [
    (UNRELATED_CONTROLS, "pension fund", ["reconciliation", "Segregation"]),
    (FAR_CONTROLS, "midwife vacancies", ["Three quotes", "contracts register"]),
    (NEXT_SECTION, "diagnostic capacity", ["Saturdays", "update in March", "diagnostic hub"]),
]


@pytest.mark.parametrize("text, phrase, foreign", NOT_PAIRED)
def test_controls_of_another_section_are_not_a_risks_mitigation(tmp_path, text, phrase, foreign):
    risks = risks_of(tmp_path, text)
    [risk] = [r for r in risks if phrase in r.risk]
    for words in foreign:
        assert words not in (risk.mitigation or "")
    assert not any(words in r.risk for r in risks for words in foreign)


@pytest.mark.parametrize("example", CUES["controls_label"]["examples"])
def test_controls_label_examples(example):
    assert cues().controls_label.match(example)


@pytest.mark.parametrize("example", CUES["controls_label"]["not_labels"])
def test_controls_label_counter_examples(example):
    assert not cues().controls_label.match(example)


@pytest.mark.parametrize("label", ["Current actions:", "Existing actions:", "Principal controls:"])
def test_a_controls_label_outside_the_baf_field_words_still_names_the_controls(tmp_path, label):
    risks = risks_of(tmp_path, BAF_PAGE.replace("Controls in place:", label))
    nurses = next(r for r in risks if "community nurses" in r.risk)
    assert nurses.mitigation and "rolling recruitment campaign" in nurses.mitigation


def test_prose_controls_end_at_a_section_line_kept_as_a_paragraph(tmp_path):
    body = """\
BRACKENFORD COUNCIL

Cabinet

Waste Collection Contract Extension

6. Risks

There is a risk that the new fleet is delivered late, so collections would be missed in the spring.

Mitigating actions:

An interim hire agreement for six vehicles

A weekly delivery report from the supplier

Equalities implications

An equality impact assessment found no adverse impact on any protected group.

Background papers

None.
"""
    risk = next(r for r in risks_of(tmp_path, body) if "fleet" in r.risk)
    assert "weekly delivery report" in risk.mitigation
    assert "Equalities" not in risk.mitigation and "Background" not in risk.mitigation


def test_a_control_naming_a_delay_stays_a_control(tmp_path):
    body = """\
NORTH MERCIA ICB

Board

2. Risks

There is a risk that delayed discharges rise over the winter, leaving fewer beds for admissions.

Key controls:

A weekly review of discharge delays by the system leadership group

A daily discharge call with every ward

"""
    risks = [r for r in risks_of(tmp_path, body)]
    assert len(risks) == 1
    assert "weekly review of discharge delays" in risks[0].mitigation and "daily discharge call" in risks[0].mitigation
