"""Round r36: a privacy or impact assessment's risk table names its columns for whom the risk falls on and what is
done to it ("Risk to individuals | Likelihood | Severity | Measures to reduce the risk", "Risks to service users |
Severity of harm | Steps taken to lower the risk", "Risk to the programme | Options to eliminate or reduce the
risk"): the shared column vocabulary (extract/data/column_roles.yml roles risk, impact, mitigation) reads the risk,
its severity as the impact and the measures as its mitigation.  A column only measuring a risk ("Residual risk",
"Risk score") or a table of performance measures is no risk column.  Three fictional assessments."""
from __future__ import annotations

import pytest

from committee_papers.extract.table_roles import column_roles
from committee_papers.pipeline import read_and_extract


def risks_of(tmp_path, body: str, name: str):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


def _table(title: str, header: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><h2>Identify and assess risks</h2>"
            f"<table><tr>{cells}</tr>{body}</table></body></html>")


DPIA = _table("Fenby District Council - Data protection impact assessment: garden waste permits",
              ["Risk to individuals", "Likelihood", "Severity", "Measures to reduce the risk", "Residual risk"],
              [["Permit holders' bank details could be seen by crews", "Possible", "Significant",
                "Crews see only the permit number on their tablets", "Low"],
               ["Addresses kept after a permit lapses", "Probable", "Minimal",
                "Records deleted two years after the last permit", "Low"],
               ["Residents without e-mail cannot renew online", "Probable", "Significant", "None identified yet", "High"]])

CARE_APP = _table("Marrowby Health and Care Partnership - Privacy assessment: home care visit app",
                  ["Risks to service users", "Likelihood of harm", "Severity of harm", "Steps taken to lower the risk"],
                  [["Care notes read by carers not on the visit rota", "Remote", "Serious",
                    "Access limited to the carers on each day's rota"],
                   ["Visit times shared with family members the person has not named", "Possible", "Significant",
                    "The person chooses who sees the visit times at the first assessment"]])

PROGRAMME = _table("Hollins Vale Council - Programme board: library self-service",
                   ["Risk to the programme", "Likelihood", "Impact", "Options to eliminate or reduce the risk"],
                   [["The kiosks arrive after the branches reopen", "Likely", "Moderate",
                     "Order placed in May with a delivery penalty in the contract"],
                    ["Staff are not trained before go-live", "Possible", "High",
                     "Training sessions booked for every branch in August"]])


@pytest.mark.parametrize("html, name, expected", [
    (DPIA, "fenby-dc_2025-05-01_dpia_garden-waste.html",
     [("Permit holders' bank details could be seen by crews", "Crews see only the permit number on their tablets",
       "Possible", "Significant"),
      ("Addresses kept after a permit lapses", "Records deleted two years after the last permit", "Probable", "Minimal"),
      # (an answer that nothing is done yet is no mitigation)
      ("Residents without e-mail cannot renew online", None, "Probable", "Significant")]),
    (CARE_APP, "marrowby-hcp_2025-06-01_privacy_home-care-app.html",
     [("Care notes read by carers not on the visit rota", "Access limited to the carers on each day's rota",
       "Remote", "Serious"),
      ("Visit times shared with family members the person has not named",
       "The person chooses who sees the visit times at the first assessment", "Possible", "Significant")]),
    (PROGRAMME, "hollins-vale_2025-07-01_programme-board_self-service.html",
     [("The kiosks arrive after the branches reopen", "Order placed in May with a delivery penalty in the contract",
       "Likely", "Moderate"),
      ("Staff are not trained before go-live", "Training sessions booked for every branch in August", "Possible", "High")]),
])
def test_a_risk_table_named_for_whom_the_risk_falls_on(tmp_path, html, name, expected):
    risks = risks_of(tmp_path, html, name)
    assert [(r.risk, r.mitigation, r.likelihood, r.impact) for r in risks] == expected


@pytest.mark.parametrize("label, role", [
    ("Risk to individuals", "risk"), ("Risks to service users", "risk"), ("Risk to the programme", "risk"),
    ("Severity", "impact"), ("Severity of harm", "impact"),
    ("Measures to reduce the risk", "mitigation"), ("Steps taken to lower the risk", "mitigation"),
    ("Options to eliminate or reduce the risk", "mitigation"), ("Measures in place", "mitigation"),
])
def test_the_columns_take_their_roles(label, role):
    assert role in column_roles([label])[0].roles


@pytest.mark.parametrize("label, role", [
    ("Residual risk", "risk"), ("Risk score", "risk"), ("Performance measures", "mitigation"),
    ("Measure", "mitigation"), ("Key performance measures to date", "mitigation"), ("Risk to individuals", "mitigation"),
])
def test_measures_and_scores_take_no_such_role(label, role):
    assert role not in column_roles([label])[0].roles


def test_a_table_of_performance_measures_gives_no_risk(tmp_path):
    html = _table("Fenby District Council - Performance report",
                  ["Service", "Measure", "Target", "Actual"],
                  [["Waste", "Missed bins per 100,000 collections", "50", "61"],
                   ["Housing", "Average days to relet a home", "28", "35"]])
    assert risks_of(tmp_path, html, "fenby-dc_2025-05-01_cabinet_performance.html") == []
