"""Risks in the layouts of paraphrase round risks6: a "Mitigation:" item set below its risk (a
sub-bullet, the next paragraph); a log of risks and issues told apart only by the reference's letter
(R1 / I1); a Board Assurance Framework page set as a Field | Detail table, whose summary row is the same
risk; a table laid out the other way round with a "Risks" row across its options; a statement after a
run-in label ("Financial: should ..."); a cover cell that only points to an appendix; one key for
references and list markers.  All text is fictional."""
from __future__ import annotations

import pytest
from docx import Document

from committee_papers.extract.risks import _key_of
from committee_papers.pipeline import read_and_extract


def risks_of(tmp_path, body: str, name: str = "paper.md"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


def paper(body: str) -> str:
    return f"# Tollmere District Council\n\n**Meeting:** Cabinet\n**Date:** 4 March 2025\n\n{body}\n\n## 9. Background papers\n\nNone.\n"


# --- "Mitigation:" below its risk ----------------------------------------------------------------

SUB_BULLETS = [
    ("## 5. Key risks\n\n"
     "- The bus operator may withdraw the evening service when its subsidy ends in June.\n"
     "  - Mitigation: a replacement demand-responsive service has been costed.\n"
     "- Fuel prices could rise above the level assumed in the tender.\n"
     "  - Mitigation: the contract carries a fuel price adjustment clause.\n",
     ["a replacement demand-responsive service has been costed.", "the contract carries a fuel price adjustment clause."]),
    ("## 5. Risks to delivery\n\n"
     "The programme carries the following risks:\n\n"
     "- Planning consent for the depot may be refused because of traffic on the lane.\n"
     "- Response: a transport assessment has been commissioned before the application.\n"
     "- The electricity connection could take longer than a year to arrange.\n"
     "- Response: the network operator has been asked for an early quotation.\n",
     ["a transport assessment has been commissioned before the application.",
      "the network operator has been asked for an early quotation."]),
    ("## 5. Risks and mitigations\n\n"
     "Volunteer drivers might not be found for the rural routes before the winter.\n\n"
     "Controls in place: a recruitment drive with the parish councils runs until October.\n\n"
     "The minibus lease could end early if the lessor sells its fleet.\n\n"
     "Controls in place: the lease gives six months' notice of any sale.\n",
     ["a recruitment drive with the parish councils runs until October.",
      "the lease gives six months' notice of any sale."]),
]


@pytest.mark.parametrize("body, mitigations", SUB_BULLETS)
def test_a_labelled_mitigation_below_a_risk_is_its_mitigation_not_a_risk(tmp_path, body, mitigations):
    risks = risks_of(tmp_path, paper(body))
    assert [r.mitigation for r in risks] == mitigations
    assert not any(r.risk.lower().startswith(("mitigation", "response", "controls")) for r in risks)


# --- risks and issues told apart by the reference ------------------------------------------------

LOGS = [
    ("| Ref | Description | Response | Owner |\n|---|---|---|---|\n"
     "| R1 | The roofing contractor may not start in May because of its other work. | Start date written into the contract. | Project Manager |\n"
     "| I1 | The car park has been closed since January for resurfacing. | Temporary parking at the school. | Facilities Manager |\n"
     "| R2 | Asbestos could be found in the roof void, adding cost and delay. | Survey done before tender; contingency held. | Project Manager |\n",
     ["R1", "R2"]),
    ("| ID | Details | Actions | RAG |\n|---|---|---|---|\n"
     "| RSK01 | Staff may not take up the new rota, leaving night shifts short. | Consultation extended by two weeks. | Amber |\n"
     "| ISS01 | Two wards are already running above their agreed bed numbers. | Discharge team working weekends. | Red |\n"
     "| ISS02 | The new rota software has been delivered late. | Paper rotas used meanwhile. | Amber |\n",
     ["RSK01"]),
    ("| Ref | Description | Mitigation | Lead |\n|---|---|---|---|\n"
     "| Risk 1 | Grant income might be cut when the national scheme is reviewed. | Reserve of three months' costs held. | Treasurer |\n"
     "| Issue 1 | The hall boiler failed in December and has not been replaced. | Heaters hired. | Clerk |\n"
     "| Risk 2 | The hall could lose its licence if the fire doors are not replaced. | Doors ordered for April. | Clerk |\n",
     ["Risk 1", "Risk 2"]),
]


@pytest.mark.parametrize("table, refs", LOGS)
def test_a_log_of_risks_and_issues_keeps_only_the_risk_rows(tmp_path, table, refs):
    body = "## 4. Key risks and issues\n\nRisks may happen; issues are already happening.\n\n" + table
    risks = risks_of(tmp_path, paper(body))
    assert len(risks) == len(refs)
    assert all(r.rule == "risk.raid_log" and r.mitigation for r in risks)
    assert not any("already happening" in r.risk for r in risks)


def test_a_list_of_references_without_a_column_of_what_is_done_is_no_log(tmp_path):
    body = ("## 4. Related reports\n\n| Ref | Description | Date |\n|---|---|---|\n"
            "| R1 | Report on the depot options considered by Cabinet last year | 3 June 2024 |\n"
            "| R2 | Report on the consultation results and the next steps agreed | 9 September 2024 |\n")
    assert risks_of(tmp_path, paper(body)) == []


# --- a BAF page as a Field | Detail table, and its summary row --------------------------------------

BAF_PAGES = [
    ("| Field | Detail |", "Risk description", "Key controls",
     "The Trust cannot recruit enough health visitors to see every family at the mandated contacts."),
    ("| Item | Description |", "Risk", "Controls",
     "The estate backlog grows faster than the capital budget allows, so clinics close at short notice."),
    ("| Heading | Content |", "Description", "Existing controls",
     "A cyber attack takes the patient record offline for more than a day and clinics run on paper."),
]


@pytest.mark.parametrize("header, risk_label, controls_label, statement", BAF_PAGES)
def test_a_baf_page_set_as_a_two_column_table_is_read_and_its_summary_row_is_the_same_risk(
        tmp_path, header, risk_label, controls_label, statement):
    body = ("## 2. Summary\n\n| BAF ref | Principal risk | Current score |\n|---|---|---|\n"
            "| BAF 1 | Staffing | 16 |\n| BAF 2 | Estates and digital resilience | 12 |\n\n"
            "## 3. Principal risks\n\n### BAF 2 – Estates and digital resilience\n\n"
            f"{header}\n|---|---|\n| {risk_label} | {statement} |\n"
            f"| {controls_label} | Weekly review by the executive team; a business continuity plan in each team. |\n"
            "| Gaps in assurance | The plans have not been tested since 2023. |\n")
    risks = risks_of(tmp_path, paper(body))
    baf = [r for r in risks if r.rule == "risk.baf"]
    assert len(baf) == 1 and statement in baf[0].risk
    assert baf[0].mitigation.startswith("Weekly review by the executive team")
    assert baf[0].score == "12"  # from the summary row, which is no risk of its own
    assert not any(r.risk == "Estates and digital resilience" for r in risks)


# --- a "Risks" row across the options of a table laid out the other way round -------------------------

ACROSS = [
    "| Criterion | Option 1: do nothing | Option 2: refurbish | Option 3: rebuild |\n|---|---|---|---|\n"
    "| Cost | £0 | £1.2m | £3.4m |\n"
    "| Risks | The pool may have to close when the plant fails. | Hidden defects could push the cost above budget. | Residents would lose the pool for two years. |\n",
    "| | Scheme A | Scheme B | Scheme C |\n|---|---|---|---|\n"
    "| Key risks | Land purchase might not be agreed with the owner. | Ecology surveys could delay the start by a season. | Traffic on the lane may lead to a refused consent. |\n"
    "| Benefits | Most homes | Quickest | Cheapest |\n",
    "| Factor | Lease | Buy | Share with the county |\n|---|---|---|---|\n"
    "| Risk | Lease rates could rise at the break in 2028. | Resale value may fall below the loan. | The county might withdraw at short notice. |\n",
]


@pytest.mark.parametrize("table", ACROSS)
def test_a_risks_row_across_options_gives_one_risk_per_option(tmp_path, table):
    risks = risks_of(tmp_path, paper("## 4. Options appraisal\n\n" + table))
    assert len(risks) == 3
    assert {r.rule for r in risks} == {"risk.row_across"}


def test_a_risks_row_of_short_answers_gives_no_risk(tmp_path):
    table = ("| Criterion | Option 1 | Option 2 | Option 3 |\n|---|---|---|---|\n"
             "| Risk | Low | High | Medium |\n")
    assert risks_of(tmp_path, paper("## 4. Options appraisal\n\n" + table)) == []


# --- a statement after a run-in label ----------------------------------------------------------------

RUN_IN = [
    ("Financial: should the tenant fall into arrears, the rent assumed in the budget would not be received.",
     "Should the tenant fall into arrears, the rent assumed in the budget would not be received."),
    ("Legal: failure to consult the traders would expose the Council to a judicial review.",
     "Failure to consult the traders would expose the Council to a judicial review."),
    ("Procurement: should fewer than three bids be received, the Council would have to re-tender.",
     "Should fewer than three bids be received, the Council would have to re-tender."),
]


@pytest.mark.parametrize("text, risk", RUN_IN)
def test_a_statement_after_a_run_in_label_is_read_without_it(tmp_path, text, risk):
    body = f"TOLLMERE DISTRICT COUNCIL\n\nCabinet report\n\n6. Implications\n\n6.1 {text}\n"
    [found] = risks_of(tmp_path, body, name="paper.txt")
    assert found.risk == risk


# --- a cover cell that only points elsewhere ----------------------------------------------------------

@pytest.mark.parametrize("value", ["The report is about risk; the register is at Appendix A",
                                   "The risks are set out in section 7 of the report.",
                                   "Contained in the programme risk log in Appendix 2."])
def test_a_cover_cell_pointing_to_an_appendix_is_no_risk(tmp_path, value):
    html = (f"<html><body><h1>Tollmere District Council</h1><table>"
            f"<tr><td>Report title</td><td>Depot relocation</td></tr>"
            f"<tr><td>Risk implications</td><td>{value}</td></tr></table></body></html>")
    assert risks_of(tmp_path, html, name="cover.html") == []


# --- one key for references and list markers ----------------------------------------------------------

@pytest.mark.parametrize("a, b", [("BAF 1", "baf-1"), ("(a)", "a."), ("iv)", "(iv)"), ("SR 12", "SR12")])
def test_references_and_markers_share_one_key(a, b):
    assert _key_of(a) == _key_of(b)


def test_a_docx_mitigation_sub_bullet_goes_to_its_risk(tmp_path):
    doc = Document()
    doc.add_paragraph("TOLLMERE DISTRICT COUNCIL")
    doc.add_heading("5. Key risks", level=2)
    doc.add_paragraph("The ferry could be withdrawn for repairs during the summer season.", style="List Bullet")
    doc.add_paragraph("Mitigation: a relief vessel is on charter from May to September.", style="List Bullet 2")
    path = tmp_path / "paper.docx"
    doc.save(str(path))
    [risk] = read_and_extract(str(path))[2].risks
    assert risk.mitigation == "a relief vessel is on charter from May to September."


# --- a risk whose condition points back to the sentence before -------------------------------------------

REFERS_BACK = [
    ("The budgets assume that the pay award is funded in full by the Government.",
     "If it is not, the partners could face a shortfall of up to £2m."),
    ("The scheme relies on the county council agreeing to adopt the new road by March.",
     "If this does not happen, the developer may withhold the second payment."),
    ("The timetable assumes planning consent in June.",
     "Should that slip, the pool would not reopen before the summer holidays."),
]


@pytest.mark.parametrize("before, statement", REFERS_BACK)
@pytest.mark.parametrize("heading", ["5. Risks", "5. Financial implications"])
def test_a_risk_pointing_back_starts_at_the_sentence_it_points_to(tmp_path, before, statement, heading):
    body = f"TOLLMERE DISTRICT COUNCIL\n\nCabinet report\n\n{heading}\n\n5.1 The scheme was approved in 2024. {before} {statement}\n"
    [found] = risks_of(tmp_path, body, name="paper.txt")
    assert found.risk.startswith(before) and statement in found.risk


# --- a contingency: what will be done if the risk happens --------------------------------------------------

CONTINGENCIES = [
    ("There is a risk that the Government does not fund the pay award in full.",
     "The Chief Finance Officer will agree a recovery plan with the partners if the funding is not confirmed by June."),
    ("There is a risk that fewer than three bids are received for the cleaning contract.",
     "The Council will re-let the contract through a framework should the tender fail."),
    ("There is a risk that the ferry is withdrawn for repairs in August.",
     "A relief vessel will be chartered in the event that the repairs overrun."),
]


@pytest.mark.parametrize("risk, contingency", CONTINGENCIES)
def test_what_will_be_done_if_the_risk_happens_is_its_mitigation(tmp_path, risk, contingency):
    body = f"TOLLMERE DISTRICT COUNCIL\n\nCabinet report\n\n5. Risks\n\n5.1 {risk} {contingency}\n"
    [found] = risks_of(tmp_path, body, name="paper.txt")
    assert (found.risk, found.mitigation) == (risk, contingency)


def test_a_risks_row_of_a_progress_table_saying_nothing_may_go_wrong_gives_no_risk(tmp_path):
    table = ("| Area | Update | Status |\n|---|---|---|\n"
             "| Finance | The forecast outturn is an underspend of £40,000 | Green |\n"
             "| Risks | The corporate risk register was reviewed by the Audit Committee in January | Green |\n")
    assert risks_of(tmp_path, paper("## 3. Quarter 3 summary\n\n" + table)) == []
