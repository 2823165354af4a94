"""Key dates, risks and recommendations said in many wordings, end to end: small fictional papers
are ingested by the `committee-papers ingest` command and the facts read back from the database."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from committee_papers.cli import cli

HEAD = "ASHCOMBE DISTRICT COUNCIL\n\nCabinet report\n\n2. Background\n\n"
# Dates every key-date paper also holds, none of which is a key date.
NOT_KEY = ("\n\n3. Finance\n\n3.1 Spend as at 30/11/2025 was £1.2m against a budget of £2m.\n\n"
           "Signed: Director of Place 02/12/2025\n")

KEY_DATE_PAPERS = {
    "kd-expires": ("2.1 The current contract with Ashby Care expires on 31 March 2026.", "2026-03-31", "end"),
    "kd-comes-to-end": ("2.1 Ashby Care's contract comes to an end on 31/03/2026.", "2026-03-31", "end"),
    "kd-terminate": ("2.1 The agreement with Ashby Care will terminate on 31st March 2026.", "2026-03-31", "end"),
    "kd-commence": ("2.1 Services under the new contract will commence on 1 April 2026.", "2026-04-01", "start"),
    "kd-go-live": ("2.1 The new booking service goes live in April 2026.", "2026-04", "start"),
    "kd-consultation": ("2.1 Public consultation will run between 6 January 2026 and 28 February 2026.",
                        "2026-01-06", "consultation"),
    "kd-decision": ("2.1 Cabinet is expected to make a decision on 12 February 2026.", "2026-02-12", "decision"),
    "kd-report-back": ("2.1 Officers will report back to the Committee in September 2026.", "2026-09", "report_back"),
    "kd-deadline": ("2.1 The deadline for bids is 14/11/2025.", "2025-11-14", "deadline"),
    "kd-awarded": ("2.1 The contract was awarded to Meadowbank Housing on 3 June 2025.", "2025-06-03", "award"),
    "kd-review": ("2.1 The pilot will be reviewed in December 2026.", "2026-12", "review"),
    "kd-launched": ("2.1 The carers' strategy was launched on 10/03/2025.", "2025-03-10", "launch"),
}

RISK_PAPERS = {
    "risk-inline": ("3. Risks", "3.1 There is a risk that the provider cannot recruit enough staff; this will be "
                    "mitigated by a recruitment premium.",
                    "There is a risk that the provider cannot recruit enough staff",
                    "this will be mitigated by a recruitment premium."),
    "risk-possibility": ("2. Background", "2.1 There is a possibility that the grant will be cut. Officers are "
                         "lobbying the department for a multi-year settlement.",
                         "There is a possibility that the grant will be cut.",
                         "Officers are lobbying the department for a multi-year settlement."),
    "risk-aware": ("5. Financial implications", "5.1 Members should be aware that costs could rise if inflation "
                   "persists. A contingency of £40,000 is held.",
                   "Costs could rise if inflation persists.", "A contingency of £40,000 is held."),
    "risk-should": ("6. Legal implications", "6.1 Should the provider withdraw, the Council would have to run the "
                    "service in-house. A contingency plan has been agreed with the Trust.",
                    "Should the provider withdraw, the Council would have to run the service in-house.",
                    "A contingency plan has been agreed with the Trust."),
    "risk-main": ("2. Background", "2.1 The main risk is that demand exceeds the budget.",
                  "The main risk is that demand exceeds the budget.", None),
    "risk-poses": ("2. Background", "2.1 Delaying the decision poses a risk to the opening date; officers will "
                   "keep the timetable under weekly review.",
                   "Delaying the decision poses a risk to the opening date",
                   "officers will keep the timetable under weekly review."),
    "risk-if-not": ("5. Financial implications", "5.1 If the savings are not delivered, the Council would need to "
                    "use reserves.", "If the savings are not delivered, the Council would need to use reserves.", None),
    "risk-could-result": ("6. Legal implications", "6.1 Failure to consult properly could result in a judicial "
                          "review.", "Failure to consult properly could result in a judicial review.", None),
    "risk-section": ("7. Risk management", "7.1 Bus operators may not be able to staff the new routes. "
                     "To mitigate this, the contract allows a phased start.",
                     "Bus operators may not be able to staff the new routes.",
                     "To mitigate this, the contract allows a phased start."),
    "risk-remains": ("2. Background", "2.1 Any overspend remained a risk to the Council's reserves.",
                     "Any overspend remained a risk to the Council's reserves.", None),
}

REGISTER = """# Ashcombe District Council

## 4. Risk register

| Ref | Risk | Likelihood | Impact | Score | Mitigation | Owner |
| --- | --- | --- | --- | --- | --- | --- |
| R1 | The operator fails to mobilise by April | 3 | 4 | 12 | Weekly mobilisation board | Head of Leisure |
"""

BAF = """ASHCOMBE HEALTHCARE NHS TRUST

Board Assurance Framework

Strategic Risk 2: Loss of theatre capacity during the rebuild
Controls: Temporary theatres on site
Gaps in control: No agreement yet with the private hospital
Actions: Sign the private hospital agreement by June
Likelihood: 3
Impact: 4
Risk score: 12
Risk owner: Chief Operating Officer
"""

RECOMMENDATION_PAPERS = {
    "rec-asked": ("txt", HEAD.replace("2. Background", "1. Summary") +
                  "1.1 The Cabinet is asked to approve the award of the leisure contract to Fenwick Leisure Trust.\n",
                  ["The Cabinet is asked to approve the award of the leisure contract to Fenwick Leisure Trust."]),
    "rec-it-is-recommended": ("txt", HEAD + "2.1 It is recommended that the Committee notes the annual report.\n",
                              ["It is recommended that the Committee notes the annual report."]),
    "rec-roman-one-paragraph": ("txt", HEAD.replace("2. Background", "1. Recommendations") +
                                "Members are asked to: i. approve the revised fees; ii. note the consultation "
                                "results; and iii. delegate the final schedule to the Director of Place.\n\n"
                                "Wards affected: All\n\n2. Background\n\n2.1 Fees were last set in 2023.\n",
                                ["approve the revised fees;", "note the consultation results; and",
                                 "delegate the final schedule to the Director of Place."]),
    "rec-numbered-that": ("txt", HEAD.replace("2. Background", "1. Recommendations") +
                          "1.1 That Cabinet approves the extension of the library contract until March 2027.\n\n"
                          "1.2 That Cabinet notes the savings of £80,000.\n\n2. Background\n\n2.1 Text.\n",
                          ["That Cabinet approves the extension of the library contract until March 2027.",
                           "That Cabinet notes the savings of £80,000."]),
    "rec-html-that": ("html", "<html><body><h1>Ashcombe District Council</h1><h2>Recommendations</h2><p>That:</p>"
                      "<ul><li>the Panel approves the play strategy;</li><li>the Panel notes the funding gap; and"
                      "</li><li>the Panel asks officers to report back in March.</li></ul><p>Signed: Chief Executive"
                      "</p><h2>Background</h2><p>Play areas need repair.</p></body></html>",
                      ["the Panel approves the play strategy;", "the Panel notes the funding gap; and",
                       "the Panel asks officers to report back in March."]),
    "rec-label": ("txt", HEAD.replace("2. Background", "Cover sheet") +
                  "Recommendation: The Board endorses the draft carers' strategy.\n\n2. Background\n\n2.1 Text.\n",
                  ["The Board endorses the draft carers' strategy."]),
    "rec-recommended-to": ("txt", HEAD + "2.1 The Board is recommended to agree the revised terms of reference.\n",
                           ["The Board is recommended to agree the revised terms of reference."]),
    "rec-bullets": ("txt", HEAD.replace("2. Background", "1. Recommended decisions") +
                    "- Approve the new parking charges from April.\n\n- Note the equality impact assessment.\n\n"
                    "2. Background\n\n2.1 Charges were last changed in 2022.\n",
                    ["Approve the new parking charges from April.", "Note the equality impact assessment."]),
    "rec-decision-required": ("txt", HEAD.replace("2. Background", "Decision required") +
                              "Approve the transfer of the museum collection to the county trust.\n\n"
                              "2. Background\n\n2.1 Text.\n",
                              ["Approve the transfer of the museum collection to the county trust."]),
    "rec-lettered-invited": ("txt", HEAD.replace("2. Background", "1. Recommendations") +
                             "The Panel is invited to: (a) comment on the draft plan; (b) agree the engagement "
                             "approach.\n\nAttachment 1: Draft plan\n\n2. Background\n\n2.1 Text.\n",
                             ["comment on the draft plan;", "agree the engagement approach."]),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("papers")
    for name, (sentence, _iso, _rule) in KEY_DATE_PAPERS.items():
        (folder / f"{name}.txt").write_text(HEAD + sentence + NOT_KEY, encoding="utf-8")
    (folder / "kd-month-first.txt").write_text(
        HEAD + "2.1 The Board of Pinecrest Health approved the plan on July 24, 2025.\n\n"
        "2.2 The new contract starts on 04/06/2026 and ends on 03/31/2028.\n", encoding="utf-8")
    for name, (heading, body, _risk, _mitigation) in RISK_PAPERS.items():
        (folder / f"{name}.txt").write_text(f"ASHCOMBE DISTRICT COUNCIL\n\nCabinet report\n\n{heading}\n\n{body}\n",
                                            encoding="utf-8")
    (folder / "risk-register.md").write_text(REGISTER, encoding="utf-8")
    (folder / "risk-baf.txt").write_text(BAF, encoding="utf-8")
    for name, (ext, text, _items) in RECOMMENDATION_PAPERS.items():
        (folder / f"{name}.{ext}").write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp("db") / "papers.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def rows(db, table: str, stem: str, columns: str):
    return db.execute(f"select {columns} from {table} t join documents d on d.id = t.document_id "
                      "where d.filename like ? order by t.id", (stem + ".%",)).fetchall()


@pytest.mark.parametrize("name", KEY_DATE_PAPERS)
def test_key_date_wordings(db, name):
    _sentence, iso, rule = KEY_DATE_PAPERS[name]
    found = rows(db, "key_dates", name, "date, event, rule")
    assert (iso, f"key_date.{rule}") in {(r["date"], r["rule"]) for r in found}
    # The "as at" reporting date and the signature date are no key dates.
    assert not {r["date"] for r in found} & {"2025-11-30", "2025-12-02"}
    [event] = [r["event"] for r in found if r["date"] == iso]
    assert event and len(event) < len(_sentence) - 8  # the sentence without its date and section number


def test_a_month_first_paper_is_read_month_first(db):
    dates = {r["date"] for r in rows(db, "key_dates", "kd-month-first", "date")}
    assert {"2025-07-24", "2026-04-06", "2028-03-31"} <= dates


@pytest.mark.parametrize("name", RISK_PAPERS)
def test_risk_wordings(db, name):
    _heading, _body, risk, mitigation = RISK_PAPERS[name]
    [found] = rows(db, "risks", name, "risk, mitigation, rule")
    assert (found["risk"], found["mitigation"]) == (risk, mitigation)
    assert found["rule"].startswith("risk.")


def test_register_and_baf_keep_likelihood_impact_score_and_owner(db):
    [register] = rows(db, "risks", "risk-register", "risk, mitigation, likelihood, impact, score, owner, rule")
    assert tuple(register) == ("The operator fails to mobilise by April", "Weekly mobilisation board",
                               "3", "4", "12", "Head of Leisure", "risk.register")
    [baf] = rows(db, "risks", "risk-baf", "risk, mitigation, likelihood, impact, score, owner, rule")
    assert (baf["risk"], baf["likelihood"], baf["impact"], baf["score"], baf["owner"], baf["rule"]) == (
        "Loss of theatre capacity during the rebuild", "3", "4", "12", "Chief Operating Officer", "risk.baf")
    assert "Temporary theatres on site" in baf["mitigation"] and "private hospital agreement" in baf["mitigation"]


@pytest.mark.parametrize("name", RECOMMENDATION_PAPERS)
def test_recommendation_wordings(db, name):
    _ext, _text, items = RECOMMENDATION_PAPERS[name]
    found = rows(db, "recommendations", name, "text, rule")
    assert [r["text"] for r in found] == items
    assert all(r["rule"] and r["rule"].startswith("recommendation.") for r in found)
