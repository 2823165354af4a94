"""Risks extracted from fictional papers read through the real TXT reader."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.risks import _is_heading_line, find_risks
from committee_papers.ingest.model import Block, iter_passages

RISK_TABLE_PAPER = """\
# Wessex County Council

## 5.6 Risks and Mitigations

| Risk | Mitigation |
| --- | --- |
| The new provider may not align with Wessex Community Health NHS Trust, disrupting families. | The Council will require close co-operation between the two providers. |
| Therapist capacity remains constrained after the new contract starts. | None |
| N/A | Not applicable |

## 5.7 Long-term vision

The partners intend to commission one integrated service by 2027.
"""

RISK_SECTION_PAPER = """\
# North Wessex Integrated Care Board

## 13. Risks and Mitigation

13.1 If the contract is not extended the Board will be unable to align the service with the wider transformation programme.

13.2 The market for specialist therapy is under-developed and no suitable provider may be found within the budget.

13.3 To mitigate the above risks, a full options appraisal will be carried out during 2025/26.

13.4 Staff may leave before the new service starts. Mitigation: a retention payment has been agreed with Brightside Therapies CIC.

13.5 None.

## 14. Accountable Officer(s)

Jane Doe, Director of Commissioning, will lead the work and report risks to the Board.
"""


def risks_from(tmp_path, text, name="paper.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _document, _passages, extraction = read_and_extract(str(path))
    return extraction.risks


def test_risk_table_rows_give_risk_and_mitigation(tmp_path):
    risks = risks_from(tmp_path, RISK_TABLE_PAPER)
    assert [(r.risk, r.mitigation) for r in risks] == [
        ("The new provider may not align with Wessex Community Health NHS Trust, disrupting families.",
         "The Council will require close co-operation between the two providers."),
        ("Therapist capacity remains constrained after the new contract starts.", None),
    ]
    assert all(r.quote and r.passage_seq for r in risks)


def test_risk_section_items_and_following_mitigation(tmp_path):
    risks = risks_from(tmp_path, RISK_SECTION_PAPER)
    assert [r.risk for r in risks] == [
        "If the contract is not extended the Board will be unable to align the service with the wider transformation programme.",
        "The market for specialist therapy is under-developed and no suitable provider may be found within the budget.",
        "Staff may leave before the new service starts.",
    ]
    # A "To mitigate" item mitigates the risk just before it; an inline
    # "Mitigation:" sentence mitigates its own paragraph.
    assert risks[0].mitigation is None
    assert risks[1].mitigation.startswith("To mitigate the above risks")
    # The label is not part of the mitigation.
    assert risks[2].mitigation == "a retention payment has been agreed with Brightside Therapies CIC."


def test_risk_and_mitigation_labels_are_left_out(tmp_path):
    paper = """\
# North Wessex Integrated Care Board

## 6. Risks and mitigations

6.1 Risk: a challenge from another provider during the standstill period could delay the award. Mitigation: legal advice has been taken on the award decision.

## 7. Recommendations
"""
    (risk,) = risks_from(tmp_path, paper)
    assert risk.risk == "a challenge from another provider during the standstill period could delay the award."
    assert risk.mitigation == "legal advice has been taken on the award decision."


def test_text_after_the_risk_section_is_not_a_risk(tmp_path):
    text = " ".join(r.risk for r in risks_from(tmp_path, RISK_SECTION_PAPER))
    assert "Jane Doe" not in text
    assert "integrated service by 2027" not in " ".join(r.risk for r in risks_from(tmp_path, RISK_TABLE_PAPER))


def test_subheadings_stay_in_the_risk_section_and_repeats_are_kept_once():
    blocks = [
        Block("heading", "6. Risk Management"),
        Block("heading", "6.1 Operational risks"),
        Block("paragraph", "Demand for assessments may exceed the capacity of the service."),
        Block("heading", "6.2 Financial risks"),
        Block("paragraph", "Inflation may push the cost of the contract above the budget."),
        Block("paragraph", "Demand for assessments may exceed the capacity of the service."),
        Block("heading", "7. Legal implications"),
        Block("paragraph", "The extension is permitted under the Public Contract Regulations."),
    ]
    risks = find_risks(list(iter_passages(blocks)))
    assert [r.risk for r in risks] == [
        "Demand for assessments may exceed the capacity of the service.",
        "Inflation may push the cost of the contract above the budget.",
    ]


def test_options_table_risks_column_has_no_mitigation_and_multiline_cells_join():
    blocks = [
        Block("heading", "4. Options appraisal"),
        Block("table", rows=[
            ["Option", "Benefits", "Risks"],
            ["1. Extend", "Continuity for patients", "The provider may not accept\nthe revised price."],
            ["2. Tender", "Market tested price", "A gap in service while a new provider mobilises."],
        ], header_rows=1),
    ]
    risks = find_risks(list(iter_passages(blocks)))
    assert [(r.risk, r.mitigation) for r in risks] == [
        ("The provider may not accept the revised price.", None),
        ("A gap in service while a new provider mobilises.", None),
    ]


def test_tables_without_a_risk_column_and_papers_without_risk_sections_give_nothing():
    blocks = [
        Block("heading", "Contract values"),
        Block("table", rows=[["Provider", "Action", "Value"], ["Brightside Therapies CIC", "Extend", "£120,000"]],
              header_rows=1),
        Block("paragraph", "Prices may rise, which officers will monitor."),
    ]
    # No risk column, no risk section and no sentence stating a risk ("may" alone is not one).
    assert find_risks(list(iter_passages(blocks))) == []


def test_risk_heading_forms():
    from committee_papers.extract.risks import is_risk_heading

    for heading in ("5.6 Risks and Mitigations", "13. Risks and Mitigation", "Risk implications",
                    "Risk Management", "Key risks and mitigations", "Legal, financial and risk implications",
                    "8. Risk"):
        assert is_risk_heading(heading), heading
    for heading in ("Risk Appetite Statement 2025/26", "Risk Score Increasing", "Risk", "Background",
                    "Significant Risks and Risk Assurance Report"):
        assert not is_risk_heading(heading), heading


def test_same_paper_in_every_format_gives_the_same_risks_and_recommendations(shared_corpus):
    folder = shared_corpus / "seeds-docx-html"
    papers = sorted(folder.glob("*.docx"))
    if not papers:
        import pytest
        pytest.skip("no DOCX seeds")
    for docx in papers:
        html = docx.with_suffix(".html")
        results = []
        for path in (docx, html):
            _document, _passages, extraction = read_and_extract(str(path))
            results.append(([r.risk for r in extraction.risks],
                            [r.mitigation is not None for r in extraction.risks],
                            len(extraction.recommendations)))
        assert results[0] == results[1], docx.name
    # The seeds include papers with risk tables and risk sections.
    assert any(read_and_extract(str(p))[2].risks for p in papers)


# --- Layouts seen in real papers, on fictional text -------------------------

def test_register_with_short_titles_and_a_risk_event_column():
    blocks = [
        Block("heading", "Appendix 2 – Budget risk register"),
        Block("table", rows=[
            ["Directorate", "Risk Title", "Source/Cause of Risk", "Risk Event", "Likelihood (1-5)"],
            ["ALL", "Cyber Security", "Malicious attacks on council systems.",
             "Data or systems are compromised, leading to loss of service.", "3"],
            ["ASC", "Market Sustainability", "Low pay in the care sector.", "Providers leave the market.", "4"],
        ], header_rows=1),
    ]
    risks = find_risks(list(iter_passages(blocks)))
    assert [r.risk for r in risks] == [
        "Cyber Security: Data or systems are compromised, leading to loss of service.",
        "Market Sustainability: Providers leave the market.",
    ]


def test_indicator_and_appendix_tables_that_mention_risk_are_not_risk_tables():
    blocks = [
        Block("table", rows=[["Liquidity risk indicator", "Actual", "Minimum"],
                             ["Total cash available within 3 months", "£45m", "£20m"]], header_rows=1),
        Block("table", rows=[["Appendix D – Decision Risk Assessment", "NO"],
                             ["Appendix E – Options appraisal matrix", "NO"]], header_rows=1),
    ]
    assert find_risks(list(iter_passages(blocks))) == []


def test_a_checklists_yes_no_answers_under_risks_are_not_risks():
    blocks = [
        Block("table", rows=[["Paper", "Contracts", "Risks"],
                             ["Cabinet report, Wessex County Council", "Y", "Y (weak)"],
                             ["Board minutes, Casterbridge City Council", "N", "No (none found)"],
                             ["Scrutiny report, Mellstock Borough Council", "Y", "Provider failure would interrupt care"]],
              header_rows=1),
    ]
    assert [r.risk for r in find_risks(list(iter_passages(blocks)))] == ["Provider failure would interrupt care"]


def test_risk_table_carried_over_a_page_without_its_header():
    blocks = [
        Block("heading", "Key risks and mitigations"),
        Block("paragraph", "Some risks are shared across the programme, as outlined below."),
        Block("table", rows=[
            ["Risk", "Mitigation"],
            ["There is a risk that staff cuts leave too little capacity to deliver the plan.",
             "Rapid review of the impact in the spring."],
            ["There is a risk that with the short planning and recruitment",
             "Raised with the regional team."],
        ], header_rows=1),
        Block("paragraph", "16"),
        Block("table", rows=[
            ["timescales, delivery will not start on time.", "Bids made for multi-year funding."],
            ["There is a risk that co-design of services will be limited by the timescales.",
             "Insight from the Work and Health Plan will guide design."],
        ], header_rows=1),
        Block("heading", "Equality impact assessment"),
        Block("table", rows=[["Group", "Impact"], ["Older people", "Positive, through better access to work."]],
              header_rows=1),
    ]
    risks = find_risks(list(iter_passages(blocks)))
    assert [(r.risk, r.mitigation) for r in risks] == [
        ("There is a risk that staff cuts leave too little capacity to deliver the plan.",
         "Rapid review of the impact in the spring."),
        ("There is a risk that with the short planning and recruitment timescales, delivery will not start on time.",
         "Raised with the regional team. Bids made for multi-year funding."),
        ("There is a risk that co-design of services will be limited by the timescales.",
         "Insight from the Work and Health Plan will guide design."),
    ]


def test_prose_risks_with_mitigation_in_the_next_paragraph_or_sentence():
    blocks = [
        Block("heading", "Key Risks"),
        Block("paragraph", "62. This report forms part of the governance and risk management process of the authority."),
        Block("paragraph", "63. Interest income is being used to fund core staff, which is not a sustainable approach."),
        Block("paragraph", "64. The authority will continue to put the case to government for sustainable core funding."),
        Block("paragraph", "65. Impact on bus operations – there is a risk that roadworks will force buses to re-route. "
                           "The programme is working closely with bus operators to manage impacts."),
        Block("paragraph", "66. The other risk, failing to agree the programme with partners, remains but will be "
                           "mitigated through continued engagement with officers."),
        Block("heading", "Climate Change Implications"),
        Block("paragraph", "The scheme reduces emissions."),
    ]
    risks = find_risks(list(iter_passages(blocks)))
    assert [(r.risk, r.mitigation) for r in risks] == [
        ("Interest income is being used to fund core staff, which is not a sustainable approach.",
         "The authority will continue to put the case to government for sustainable core funding."),
        ("Impact on bus operations – there is a risk that roadworks will force buses to re-route.",
         "The programme is working closely with bus operators to manage impacts."),
        ("The other risk, failing to agree the programme with partners, remains",
         "will be mitigated through continued engagement with officers."),
    ]


def test_lowercase_line_promoted_to_a_heading_is_not_a_risk_section():
    from committee_papers.extract.risks import is_risk_heading

    assert not is_risk_heading("risks")
    assert is_risk_heading("Key Risks")


LEAD_IN_PAPER = """\
WESSEX COUNTY COUNCIL

Leisure services review

4. The Council's leisure centres are managed by Egdon Leisure Ltd under a contract ending in 2026.

Risk management

5. The main risk is that the new operator fails to keep all three centres open during mobilisation. This will be managed through a phased handover and weekly reports to the Director.

6. Usage has grown steadily since 2019. The key risk is that energy costs rise faster than the management fee allows. To mitigate this, the contract includes an energy price cap.

Recommendations

7. The Cabinet is recommended to note the report. There is a risk that members will ask for more detail.
"""


def test_prose_risk_lead_in_under_sentence_case_risk_heading(tmp_path):
    risks = risks_from(tmp_path, LEAD_IN_PAPER, name="paper.txt")
    assert [(r.risk, r.mitigation) for r in risks][:2] == [
        ("The main risk is that the new operator fails to keep all three centres open during mobilisation.",
         "This will be managed through a phased handover and weekly reports to the Director."),
        # The context sentence before the lead-in is not part of the risk.
        ("The key risk is that energy costs rise faster than the management fee allows.",
         "To mitigate this, the contract includes an energy price cap."),
    ]
    assert [r.rule for r in risks][:2] == ["risk.section", "risk.section"]


def test_risk_statements_outside_a_risk_section_are_risks_too(tmp_path):
    # Without the "Risk management" line the same sentences are found by their wording,
    # each once, with the mitigation the next sentence gives.
    text = LEAD_IN_PAPER.replace("Risk management\n", "Background\n")
    risks = risks_from(tmp_path, text, name="paper.txt")
    assert [(r.risk, r.mitigation, r.rule) for r in risks] == [
        ("The main risk is that the new operator fails to keep all three centres open during mobilisation.",
         "This will be managed through a phased handover and weekly reports to the Director.", "risk.main_risk"),
        ("The key risk is that energy costs rise faster than the management fee allows.",
         "To mitigate this, the contract includes an energy price cap.", "risk.main_risk"),
        ("There is a risk that members will ask for more detail.", None, "risk.risk_that"),
    ]
    assert not _is_heading_line("Risk management is discussed in section 8.")
    assert not _is_heading_line("Risk")
    assert _is_heading_line("8. Risk implications")


def test_a_sentence_saying_what_is_done_to_manage_this_is_the_mitigation():
    blocks = [
        Block("heading", "Risks"),
        Block("paragraph", "The transfer of staff under TUPE could delay the start of the new service. To manage "
                           "this, a mobilisation board will meet fortnightly from March 2025."),
        Block("paragraph", "Demand may exceed the contracted hours in winter."),
        Block("paragraph", "To reduce this risk, the contract allows extra hours to be bought at the same rate."),
    ]
    risks = find_risks(list(iter_passages(blocks)))
    assert [(r.risk, r.mitigation) for r in risks] == [
        ("The transfer of staff under TUPE could delay the start of the new service.",
         "To manage this, a mobilisation board will meet fortnightly from March 2025."),
        ("Demand may exceed the contracted hours in winter.",
         "To reduce this risk, the contract allows extra hours to be bought at the same rate."),
    ]


def test_a_registers_reference_before_a_risk_is_left_out():
    blocks = [Block("heading", "Board Assurance Framework"),
              Block("table", rows=[["Risk", "Controls", "Gaps", "Actions"],
                                   ["BAF 1 Elective recovery: waits over 65 weeks are not eliminated by March 2025.",
                                    "Weekly access meeting.", "Theatre vacancies.", "Recruit two theatre teams."],
                                   ["SR3: Staff turnover in community nursing stays above 15% this year.",
                                    "Retention plan.", "None.", "Exit interviews."]], header_rows=1)]
    risks = find_risks(list(iter_passages(blocks)))
    assert [r.risk for r in risks] == [
        "Elective recovery: waits over 65 weeks are not eliminated by March 2025.",
        "Staff turnover in community nursing stays above 15% this year."]
    assert risks[0].mitigation.startswith("Weekly access meeting")


def test_a_registers_further_actions_column_is_added_to_the_mitigation():
    blocks = [Block("heading", "Risks"),
              Block("table", rows=[["Risk", "Controls", "Gaps", "Actions", "Action owner"],
                                   ["Waits over 65 weeks are not eliminated by March 2025.",
                                    "Weekly access meeting.", "Theatre vacancies.", "Recruit two theatre teams.",
                                    "Chief Operating Officer"],
                                   ["Staff turnover in community nursing stays above 15% this year.",
                                    "Retention plan.", "None.", "None", "Director of People"]], header_rows=1)]
    risks = find_risks(list(iter_passages(blocks)))
    assert [r.mitigation for r in risks] == ["Weekly access meeting. Actions: Recruit two theatre teams.",
                                             "Retention plan."]


def test_a_further_actions_column_keeps_its_label_on_a_page_that_lost_the_header():
    blocks = [Block("heading", "Risks"),
              Block("table", rows=[["Risk", "Controls", "Actions"],
                                   ["Waits over 65 weeks are not eliminated by March 2025.",
                                    "Weekly access meeting.", "Recruit two theatre teams."]], header_rows=1),
              Block("paragraph", "7"),
              # The next page's part of the table: its first row read as a header.
              Block("table", rows=[["Staff turnover in community nursing stays above 15% this year.",
                                    "Retention plan and exit interviews.", "Launch a flexible working offer."],
                                   ["Agency spending stays above the cap set for the year.",
                                    "Monthly agency panel.", "Convert long agency shifts to bank posts."]],
                    header_rows=1)]
    risks = find_risks(list(iter_passages(blocks)))
    assert [r.mitigation for r in risks] == [
        "Weekly access meeting. Actions: Recruit two theatre teams.",
        "Retention plan and exit interviews. Actions: Launch a flexible working offer.",
        "Monthly agency panel. Actions: Convert long agency shifts to bank posts."]


def test_a_risks_heading_with_any_listed_adjective_is_a_risk_section_heading():
    from committee_papers.extract.risks import is_risk_heading
    for heading in ("Emerging risks", "7. New Risks", "Other risks", "Further risks and issues", "Legal risks",
                    "Operational risks and mitigations", "12.3 Reputational risk", "Clinical Risks:"):
        assert is_risk_heading(heading), heading
    # A word the list does not hold is no risk section's heading.
    for heading in ("Weather risks", "Risky business", "Risks to Wrexley Park wildlife"):
        assert not is_risk_heading(heading), heading


@pytest.mark.parametrize("table,narrative,risk,controls", [
    ("| Risk ID | Risk | Current score | Target score | Trend |\n|---|---|---|---|---|\n"
     "| BAF 1 | Failure to meet the four-hour standard leads to harm from long waits | 16 | 9 | static |\n"
     "| BAF 10 | Estates backlog closes wards | 12 | 8 | static |",
     "**BAF 1 (urgent care).** No change to the score this quarter. Controls in place: the system winter plan and daily calls.\n\n"
     "**BAF 10 (estates).** Controls in place: the estates backlog programme.",
     "Failure to meet the four-hour standard leads to harm from long waits", "the system winter plan and daily calls."),
    ("| Ref | Strategic risk | Score |\n|---|---|---|\n| SR2 | Staff shortages in community nursing delay visits | 15 |",
     "SR2 – Workforce. The score has risen since October. Key controls: the bank staff scheme and a retention premium.",
     "Staff shortages in community nursing delay visits", "the bank staff scheme and a retention premium."),
    ("| No. | Principal risk | Rating |\n|---|---|---|\n| R14 | Cyber attack disrupts the patient record system | 20 |",
     "R14: Current controls: multi-factor authentication and nightly off-site backups. Assurance is limited.",
     "Cyber attack disrupts the patient record system", "multi-factor authentication and nightly off-site backups."),
])
def test_a_summary_tables_risk_takes_its_controls_from_the_narrative_paragraph_with_its_reference(
        tmp_path, table, narrative, risk, controls):
    path = tmp_path / "baf.md"
    path.write_text(f"# North Wendle ICB\n\n## Board Assurance Framework summary\n\n{table}\n\n"
                    f"## Assurance narrative\n\n{narrative}\n", encoding="utf-8")
    found = {r.risk: r.mitigation for r in read_and_extract(str(path))[2].risks}
    assert found[risk] == controls


@pytest.mark.parametrize("heading", ["Risks and uncertainties", "5. Risks and Uncertainties",
                                     "Key risks and uncertainties", "Financial risks and uncertainties"])
def test_a_risks_and_uncertainties_heading_opens_a_risk_section(heading):
    from committee_papers.extract.risks import is_risk_heading
    assert is_risk_heading(heading)
    assert not is_risk_heading("Uncertainties in the census data")


@pytest.mark.parametrize("turn", [
    "Dr Ana Pryce: I am afraid that I will have to leave at eleven for another meeting.",
    "Cllr Tom Reed: My worry is that we will run out of time before the budget item, so I will be brief.",
    "Helen Marsh: I am afraid that the slides will be shared after the meeting rather than now.",
])
def test_a_speakers_courtesy_without_could_might_or_may_is_no_risk(tmp_path, turn):
    path = tmp_path / "transcript.txt"
    path.write_text(f"BRACKENFORD COUNCIL\n\nTranscript of the Cabinet meeting\n\nItem 2 – Budget\n\n{turn}\n", encoding="utf-8")
    assert read_and_extract(str(path))[2].risks == []


def test_a_reply_turn_that_raises_its_own_risk_keeps_it(tmp_path):
    # The reply's first sentence answers the worry; its later worry is a risk of its own.
    path = tmp_path / "transcript.txt"
    path.write_text("NORTH MERCIA ICB\n\nTranscript of the Board meeting\n\nItem 4 – Estates\n\n"
                    "Ruth Dale: My worry is that if the lift fails again patients could be stranded on the ward.\n\n"
                    "Sam Orton: We have ordered a replacement lift for March. My worry is that the contractor "
                    "might not finish the shaft works before the winter.\n", encoding="utf-8")
    risks = read_and_extract(str(path))[2].risks
    assert [r.mitigation for r in risks][:1] == ["We have ordered a replacement lift for March."]
    assert any("contractor might not finish" in r.risk for r in risks)


@pytest.mark.parametrize("table,narrative,risk", [
    ("| No. | Risk | Score |\n|---|---|---|\n| 1 | Bus operators withdraw evening services from rural routes | 12 |",
     "1.3 The route review is under way. Controls: quarterly meetings with the operators.",
     "Bus operators withdraw evening services from rural routes"),
    ("| # | Principal risk | Rating |\n|---|---|---|\n| 2 | Demand for home care outstrips the provider market | 16 |",
     "2. Background. Key controls: the market position statement.",
     "Demand for home care outstrips the provider market"),
    ("| Ref | Strategic risk | Score |\n|---|---|---|\n| 3 | The capital programme overspends on construction costs | 15 |",
     "3 Capital. Current controls: monthly gateway reviews of every scheme.",
     "The capital programme overspends on construction costs"),
])
def test_a_bare_row_number_takes_no_controls_from_a_numbered_paragraph(tmp_path, table, narrative, risk):
    path = tmp_path / "register.md"
    path.write_text(f"# Brackenford Council\n\n## Corporate risk summary\n\n{table}\n\n"
                    f"## Commentary\n\n{narrative}\n", encoding="utf-8")
    found = {r.risk: r.mitigation for r in read_and_extract(str(path))[2].risks}
    assert found[risk] is None


@pytest.mark.parametrize("second", [
    "The pay award for next year is not yet funded, and officers are working with the finance team on options.",
    "Grant for the second phase is not confirmed beyond March; the programme board will continue to monitor it.",
    "The loss of the rural bus grant leaves a £40k gap, which officers will continue to review with operators.",
    "Ending the shared service leaves a staffing gap that the service is working to fill through agency cover.",
])
def test_an_unfunded_unconfirmed_or_gap_paragraph_with_action_words_is_a_new_risk(tmp_path, second):
    first = "Demand for home to school transport may rise faster than the budget allows over the next two years."
    risks = risks_from(tmp_path, f"# Brackenford Council\n\n## Risk management\n\n{first}\n\n{second}\n")
    # A new risk (its own "what is done" part may be split off as its mitigation), not the first one's mitigation.
    assert len(risks) == 2 and risks[0].risk == first and second.startswith(risks[1].risk)


@pytest.mark.parametrize("block,risk", [
    # reference, title and statement each on their own line
    ("**Strategic Risk 2:**\n\n**Failure to recruit enough district nurses:**\n\n"
     "If the Trust cannot fill its district nursing vacancies, then visits will be missed and patients harmed.\n\n"
     "Strategic Objective: A workforce fit for the future",
     "Failure to recruit enough district nurses: If the Trust cannot fill its district nursing vacancies, "
     "then visits will be missed and patients harmed."),
    # title on the reference's line, statement below
    ("Principal Risk 4: Failure to keep the estate safe.\n\n"
     "There is a risk that ageing boilers fail over winter and wards close at short notice.\n\n"
     "Risk appetite: Minimal",
     "Failure to keep the estate safe. There is a risk that ageing boilers fail over winter and wards close "
     "at short notice."),
    # reference alone, then title and statement run together on one line
    ("BAF Risk 6:\n\nLoss of digital systems:Should a cyber attack take the patient record offline, "
     "clinics would be cancelled across the county.\n\nCommittee with oversight: Audit Committee",
     "Loss of digital systems: Should a cyber attack take the patient record offline, clinics would be "
     "cancelled across the county."),
])
def test_a_baf_reference_title_and_statement_on_separate_lines_make_one_risk(tmp_path, block, risk):
    path = tmp_path / "baf.md"
    path.write_text(f"# Fernmoor Community NHS Trust\n\n## Board Assurance Framework 2026/27\n\n{block}\n",
                    encoding="utf-8")
    found = [r for r in read_and_extract(str(path))[2].risks if r.rule == "risk.baf"]
    assert [r.risk for r in found] == [risk]


def test_a_numbered_risk_line_followed_by_no_risk_statement_is_no_baf_block(tmp_path):
    path = tmp_path / "baf.md"
    path.write_text("# Fernmoor Community NHS Trust\n\n## Risk update\n\nStrategic Risk 3:\n\n"
                    "Workforce planning\n\nThe committee received the quarterly update.\n", encoding="utf-8")
    assert [r for r in read_and_extract(str(path))[2].risks if r.rule == "risk.baf"] == []
