"""Risk registers of other shapes (extract/risks.py _table_risks, extract/data/column_roles.yml,
risk_cues.yaml `total_row`): one risk a row, the risk its title with what would happen, the likelihood,
impact, score and owner kept; a header repeated on a new page or a total row is never a risk, and a BAF's
"Gaps in control" is what is missing, not the mitigation.  Three fictional registers."""
from __future__ import annotations

from committee_papers.pipeline import read_and_extract


def risks_of(tmp_path, body: str, name: str):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# Description / Cause / Effect, a header repeated part-way down and a total row.
CAUSE_EFFECT_HTML = """<html><head><title>Corporate risk register - Fernhill Borough Council</title></head><body>
<h1>Fernhill Borough Council</h1><h2>Audit Committee - Corporate risk register</h2>
<table>
<tr><th>Ref</th><th>Risk description</th><th>Cause</th><th>Effect</th><th>Likelihood</th><th>Impact</th><th>Score</th><th>Risk owner</th><th>Mitigating actions</th></tr>
<tr><td>CR1</td><td>Failure of the waste collection contract</td><td>The contractor's fleet is old and breaks down often</td><td>Missed bin collections across the borough</td><td>3</td><td>4</td><td>12</td><td>Head of Environment</td><td>Monthly contract meetings; spare vehicles hired for peak weeks</td></tr>
<tr><td>CR2</td><td>Cyber attack on the council's systems</td><td>Phishing e-mails sent to staff</td><td>Loss of access to benefits and payments systems</td><td>4</td><td>5</td><td>20</td><td>Director of Resources</td><td>Staff training; off-site backups tested quarterly</td></tr>
<tr><th>Ref</th><th>Risk description</th><th>Cause</th><th>Effect</th><th>Likelihood</th><th>Impact</th><th>Score</th><th>Risk owner</th><th>Mitigating actions</th></tr>
<tr><td>CR3</td><td>Temporary accommodation costs exceed the budget</td><td>More households presenting as homeless</td><td>An overspend of up to £1m</td><td>4</td><td>3</td><td>12</td><td>Head of Housing</td><td>New leased homes scheme; weekly placement reviews</td></tr>
<tr><td></td><td>Total risks: 3</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
</table></body></html>"""


def test_description_cause_effect_register(tmp_path):
    risks = risks_of(tmp_path, CAUSE_EFFECT_HTML, "fernhill-bc_2025-06-01_audit_risk-register.html")
    assert [(r.risk, r.mitigation, r.likelihood, r.impact, r.score, r.owner) for r in risks] == [
        ("Failure of the waste collection contract: Missed bin collections across the borough",
         "Monthly contract meetings; spare vehicles hired for peak weeks", "3", "4", "12", "Head of Environment"),
        ("Cyber attack on the council's systems: Loss of access to benefits and payments systems",
         "Staff training; off-site backups tested quarterly", "4", "5", "20", "Director of Resources"),
        ("Temporary accommodation costs exceed the budget: An overspend of up to £1m",
         "New leased homes scheme; weekly placement reviews", "4", "3", "12", "Head of Housing"),
    ]


# Risk / Controls / Residual score / Owner.
CONTROLS_HTML = """<html><head><title>Risk register - Oakbridge Community Trust</title></head><body>
<h1>Oakbridge Community Trust</h1><h2>Board of Trustees - Risk register</h2>
<table>
<tr><th>Risk</th><th>Controls</th><th>Residual score</th><th>Owner</th></tr>
<tr><td>The main grant funder withdraws its support after March</td><td>Three-year funding plan; two bids to other funders submitted</td><td>12</td><td>Chair</td></tr>
<tr><td>The community bus fails its MOT and cannot run</td><td>Service contract with a local garage; hire vehicle on call</td><td>6</td><td>Transport coordinator</td></tr>
<tr><td>Volunteer numbers fall below what the cafe needs to open</td><td>Recruitment days each term; rota managed by the cafe lead</td><td>9</td><td>Cafe lead</td></tr>
</table></body></html>"""


def test_risk_controls_residual_score_register(tmp_path):
    risks = risks_of(tmp_path, CONTROLS_HTML, "oakbridge-trust_2025-05-20_board_risk-register.html")
    assert [(r.risk, r.score, r.owner) for r in risks] == [
        ("The main grant funder withdraws its support after March", "12", "Chair"),
        ("The community bus fails its MOT and cannot run", "6", "Transport coordinator"),
        ("Volunteer numbers fall below what the cafe needs to open", "9", "Cafe lead"),
    ]
    assert risks[0].mitigation == "Three-year funding plan; two bids to other funders submitted"


# A BAF set as a table: Strategic risk / Gaps in control / Actions / Lead / Current rating.
BAF_HTML = """<html><head><title>Board Assurance Framework - Millbrook NHS Foundation Trust</title></head><body>
<h1>Millbrook NHS Foundation Trust</h1><h2>Board of Directors - Board Assurance Framework</h2>
<table>
<tr><th>Strategic risk</th><th>Gaps in control</th><th>Actions</th><th>Lead</th><th>Current rating</th></tr>
<tr><td>SR1 We cannot recruit enough registered nurses to staff our wards safely</td><td>No retention plan for nurses in their first two years</td><td>Retention plan to the People Committee in June</td><td>Chief Nurse</td><td>16</td></tr>
<tr><td>SR2 The Trust does not meet its financial plan for the year</td><td>Savings schemes not yet identified for £3m of the target</td><td>Turnaround director appointed; monthly savings panel</td><td>Chief Finance Officer</td><td>20</td></tr>
<tr><td>SR3 Ageing estate fails and wards close at short notice</td><td>Backlog survey out of date</td><td>New six-facet survey commissioned for the autumn</td><td>Director of Estates</td><td>12</td></tr>
</table></body></html>"""


def test_baf_table_actions_not_gaps_are_the_mitigation(tmp_path):
    risks = risks_of(tmp_path, BAF_HTML, "millbrook-nhs-ft_2025-07-03_board_baf.html")
    assert [(r.mitigation, r.score, r.owner) for r in risks] == [
        ("Retention plan to the People Committee in June", "16", "Chief Nurse"),
        ("Turnaround director appointed; monthly savings panel", "20", "Chief Finance Officer"),
        ("New six-facet survey commissioned for the autumn", "12", "Director of Estates"),
    ]
    assert risks[0].risk.endswith("We cannot recruit enough registered nurses to staff our wards safely")


def test_total_and_count_rows_are_no_risks(tmp_path):
    body = CAUSE_EFFECT_HTML.replace("Total risks: 3", "Number of red risks 1")
    assert not [r for r in risks_of(tmp_path, body, "fernhill-bc_2025-06-02_audit_risk-register.html")
                if "red risks" in r.risk or "Total" in r.risk]
