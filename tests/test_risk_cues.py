"""Risks: every example in extract/risk_cues.yaml, run through the TXT reader and the pipeline,
plus Board Assurance Framework blocks and registers in several layouts."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.risks import CUES_PATH

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def risks_in(tmp_path, body: str, heading: str = "3. Background", name: str = "paper.txt"):
    path = tmp_path / name
    path.write_text(f"KESTREL VALE DISTRICT COUNCIL\n\nCabinet report\n\n{heading}\n\n{body}\n", encoding="utf-8")
    return read_and_extract(str(path))[2].risks


@pytest.mark.parametrize("name, example", [(n, e) for n, entry in CUES["statements"].items() for e in entry["examples"]])
def test_statement_examples_are_risks_anywhere(tmp_path, name, example):
    [risk] = risks_in(tmp_path, "3.1 " + example["text"])
    assert (risk.risk, risk.rule) == (example["risk"], f"risk.{name}")


@pytest.mark.parametrize("name, text", [(n, e["text"]) for n, entry in CUES["implications_statements"].items()
                                        for e in entry["examples"]])
def test_conditional_harms_are_risks_in_implications_sections_only(tmp_path, name, text):
    [risk] = risks_in(tmp_path, "6.1 " + text, heading="6. Financial implications")
    assert risk.rule == f"risk.{name}"
    assert risks_in(tmp_path, "3.1 " + text, name="background.txt") == []


@pytest.mark.parametrize("name, example", [(n, e) for n, entry in CUES["mitigation"].items() for e in entry["examples"]])
def test_mitigation_examples_give_the_mitigation(tmp_path, name, example):
    [risk] = risks_in(tmp_path, "3.1 " + example["text"])
    assert risk.mitigation == example["mitigation"]
    assert example["mitigation"] not in risk.risk


@pytest.mark.parametrize("text", CUES["not_risks"])
def test_not_risks_examples_give_no_risk(tmp_path, text):
    assert risks_in(tmp_path, "3.1 " + text) == []


@pytest.mark.parametrize("label", CUES["labels"]["examples"])
def test_a_cover_sheet_label_is_no_risk_but_its_value_is(tmp_path, label):
    html = (f"<html><body><h1>Kestrel Vale District Council</h1><table>"
            f"<tr><td>Report title</td><td>Leisure contract</td></tr>"
            f"<tr><td>{label}</td><td>The new operator may not be ready to open both pools in April.</td></tr>"
            f"<tr><td>Financial implications</td><td>Within the agreed budget.</td></tr></table>"
            f"<h2>{label}</h2><p>None.</p></body></html>")
    path = tmp_path / "cover.html"
    path.write_text(html, encoding="utf-8")
    risks = read_and_extract(str(path))[2].risks
    assert [(r.risk, r.rule) for r in risks] == [
        ("The new operator may not be ready to open both pools in April.", "risk.cover_label")]


@pytest.mark.parametrize("example", CUES["baf"]["examples"])
def test_baf_examples_in_the_cues_file(tmp_path, example):
    """A title that states the risk is the risk (its cause and effect left out); a short label
    title takes them on; a bare reference takes the Description field."""
    [risk] = risks_in(tmp_path, example["text"], heading="Board Assurance Framework")
    assert (risk.risk, risk.rule) == (example["risk"], "risk.baf")
    assert risk.mitigation.startswith(example["mitigation"])
    measures = {"likelihood": risk.likelihood, "impact": risk.impact, "score": risk.score, "owner": risk.owner}
    assert {k: v for k, v in measures.items() if v} == example["fields"]


BAF_PARAGRAPHS = """\
Principal Risk 2: Failure to meet the four-hour emergency standard

Risk description: Crowding in the emergency department delays treatment.

Controls: Daily capacity calls with system partners.

Gaps in assurance: No weekend discharge data.

Further actions: Open the same-day emergency care unit by June.

Current risk score: 15

Executive lead: Chief Operating Officer

Next steps

The Board will review the framework in July.
"""

BAF_TABLE = """<html><body><h1>Linden Moor NHS Trust</h1><h2>Board Assurance Framework</h2>
<table><tr><td>BAF 5: Cyber attack disables clinical systems</td><td></td></tr>
<tr><td>Key controls</td><td>Annual penetration test; offline backups</td></tr>
<tr><td>Actions</td><td>Replace the unsupported servers</td></tr>
<tr><td>Likelihood</td><td>3</td></tr><tr><td>Impact</td><td>5</td></tr>
<tr><td>Risk owner</td><td>Chief Digital Officer</td></tr></table>
<h2>Finance report</h2><p>The Trust is on plan.</p></body></html>"""


def test_baf_block_over_separate_paragraphs(tmp_path):
    [risk] = risks_in(tmp_path, BAF_PARAGRAPHS, heading="Board Assurance Framework")
    assert risk.risk == ("Failure to meet the four-hour emergency standard: "
                         "Crowding in the emergency department delays treatment.")
    assert risk.mitigation.startswith("Daily capacity calls with system partners.")
    assert "Open the same-day emergency care unit by June." in risk.mitigation
    assert (risk.score, risk.owner) == ("15", "Chief Operating Officer")


def test_baf_block_as_a_label_value_table(tmp_path):
    path = tmp_path / "baf.html"
    path.write_text(BAF_TABLE, encoding="utf-8")
    [risk] = read_and_extract(str(path))[2].risks
    assert risk.risk == "Cyber attack disables clinical systems"
    assert "offline backups" in risk.mitigation and "unsupported servers" in risk.mitigation
    assert (risk.likelihood, risk.impact, risk.owner) == ("3", "5", "Chief Digital Officer")


REGISTER = """\
# Kestrel Vale District Council

## 7. Risk register

| Ref | Risk | Likelihood (L) | Impact (I) | Risk score | Mitigation | Risk owner |
| --- | --- | --- | --- | --- | --- | --- |
| R1 | The leisure operator fails to mobilise by April | 3 | 4 | 12 | Weekly mobilisation board | Head of Leisure |
| R2 | Energy prices rise beyond the fee | 4 | 3 | 12 | Energy price cap in the contract | Finance Director |
"""


def test_register_keeps_likelihood_impact_score_and_owner(tmp_path):
    path = tmp_path / "register.md"
    path.write_text(REGISTER, encoding="utf-8")
    risks = read_and_extract(str(path))[2].risks
    assert [(r.risk, r.likelihood, r.impact, r.score, r.owner, r.rule) for r in risks] == [
        ("The leisure operator fails to mobilise by April", "3", "4", "12", "Head of Leisure", "risk.register"),
        ("Energy prices rise beyond the fee", "4", "3", "12", "Finance Director", "risk.register"),
    ]
    assert risks[1].mitigation == "Energy price cap in the contract"


def test_a_risk_said_in_summary_and_body_is_kept_once_with_its_mitigation(tmp_path):
    body = ("3.1 There is a risk that the grant is withdrawn next year.\n\n"
            "3.2 There is a risk that the grant is withdrawn next year. Officers are lobbying the department.\n")
    [risk] = risks_in(tmp_path, body)
    assert risk.mitigation == "Officers are lobbying the department."


def test_risk_sentences_and_mitigation_sentences_interleaved(tmp_path):
    body = ("5.1 Delivery timetable - there is a risk that some schemes are not committed by March. "
            "The revised plan significantly reduces this risk. However, elections may delay sign-off. "
            "Officers are reviewing options.")
    [risk] = risks_in(tmp_path, body, heading="5. Risks")
    assert risk.risk == ("Delivery timetable - there is a risk that some schemes are not committed by March. "
                         "However, elections may delay sign-off.")
    assert risk.mitigation == "The revised plan significantly reduces this risk. Officers are reviewing options."


@pytest.mark.parametrize("title, expected", [
    ("Strategic Risk 3: Workforce shortages", "Workforce shortages"),
    ("BAF Risk 1 Failure to deliver safe discharge", "Failure to deliver safe discharge"),
    ("Principal risk 2 - Financial sustainability", "Financial sustainability"),
    ("SR4: Estates backlog", "Estates backlog"),
])
def test_baf_title_forms(tmp_path, title, expected):
    [risk] = risks_in(tmp_path, f"{title}\n\nControls: Weekly review by the executive team.\n\nRisk owner: Chief Executive",
                      heading="Board Assurance Framework")
    assert (risk.risk, risk.owner, risk.rule) == (expected, "Chief Executive", "risk.baf")


@pytest.mark.parametrize("text", ["Strategic risks are reviewed by the Board every quarter.",
                                  "Corporate risk 12 was closed in May after the new system went live."])
def test_sentences_about_registers_are_no_baf_titles(tmp_path, text):
    assert [r.rule for r in risks_in(tmp_path, text, heading="Board Assurance Framework")] != ["risk.baf"]


@pytest.mark.parametrize("name, text", [(n, t) for n in ("harm", "modal", "uncertain", "action", "continuity")
                                        for t in CUES["evidence"][n]["examples"]])
def test_evidence_examples_are_recognised(name, text):
    from committee_papers.extract.risks import cues
    assert getattr(cues(), name).search(text)


@pytest.mark.parametrize("name, text", [(n, t) for n in ("continuity", "harm") for t in CUES["evidence"][n]["not_examples"]])
def test_evidence_not_examples_are_not_recognised(name, text):
    from committee_papers.extract.risks import cues
    assert not getattr(cues(), name).search(text)


@pytest.mark.parametrize("text", CUES["evidence"]["protects"]["examples"])
def test_what_a_mitigation_guards_against_is_no_harm(text):
    from committee_papers.extract.risks import _harmful, cues
    assert cues().harm.search(text)  # the words are there ...
    assert not _harmful(text)        # ... but as what is guarded against


def test_a_month_called_may_is_no_modal():
    from committee_papers.extract.risks import cues
    assert not cues().modal.search("the report goes to Cabinet in May 2025")
    assert cues().modal.search("May 2025 brings the new rates; the fund may fall")


@pytest.mark.parametrize("text", CUES["process"]["examples"])
def test_risk_as_a_way_of_working_is_no_risk_in_a_risk_section(tmp_path, text):
    assert risks_in(tmp_path, "6.1 " + text, heading="6. Risks") == []


REGISTERS = {
    # Unusual order and names: Hazard, Lead, Consequence, Controls, L, I, RAG.
    "hazard.md": ("| Ref | Hazard | Lead | Consequence | Controls | L | I | RAG |\n"
                  "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
                  "| CR1 | The fleet contractor becomes insolvent | Head of Waste | Bins are not emptied for several weeks "
                  "| Monthly credit checks | 3 | 4 | Amber |\n",
                  ("The fleet contractor becomes insolvent: Bins are not emptied for several weeks",
                   "Monthly credit checks", "3", "4", "Amber", "Head of Waste")),
    # P and C, an owner called Lead officer, a numeric consequence column (an impact score).
    "pc.md": ("| Risk | P | Consequence | Score | Mitigation | Lead officer |\n"
              "| --- | --- | --- | --- | --- | --- |\n"
              "| The new library system is not ready for the summer reading scheme | 2 | 3 | 6 "
              "| Paper issuing as a fallback | Head of Libraries |\n",
              ("The new library system is not ready for the summer reading scheme",
               "Paper issuing as a fallback", "2", "3", "6", "Head of Libraries")),
    # An Effects column beside the risk, the measures in words.
    "effects.md": ("| Risk | Effects | Likelihood | Impact | Owner | Controls |\n"
                   "| --- | --- | --- | --- | --- | --- |\n"
                   "| Loss of the day centre lease | Forty adults lose their weekly day care | Possible | Major "
                   "| Director of Adult Care | Lease talks opened with the landlord |\n",
                   ("Loss of the day centre lease: Forty adults lose their weekly day care",
                    "Lease talks opened with the landlord", "Possible", "Major", None, "Director of Adult Care")),
}


@pytest.mark.parametrize("name", REGISTERS)
def test_registers_in_other_layouts_keep_their_measures_and_consequence(tmp_path, name):
    text, expected = REGISTERS[name]
    path = tmp_path / name
    path.write_text("# Kestrel Vale District Council\n\n## 5. Corporate risk register\n\n" + text, encoding="utf-8")
    [risk] = read_and_extract(str(path))[2].risks
    assert (risk.risk, risk.mitigation, risk.likelihood, risk.impact, risk.score, risk.owner) == expected
    assert risk.rule == "risk.register"


@pytest.mark.parametrize("example", CUES["risk_list"]["examples"])
def test_a_list_introduced_as_risks_gives_one_risk_per_item(tmp_path, example):
    body = example["text"] + "\n\n" + "".join(f"- {item}\n" for item in example["items"]) + "\nThe Board NOTED the report.\n"
    risks = risks_in(tmp_path, body, heading="4. Finance report")
    assert [(r.risk, r.rule) for r in risks] == [(item, "risk.list") for item in example["items"]]


def _entries_with_examples(node, path=""):
    if isinstance(node, dict):
        if "examples" in node:
            yield path, node["examples"]
        for key, value in node.items():
            if key != "examples":
                yield from _entries_with_examples(value, f"{path}.{key}" if path else key)


@pytest.mark.parametrize("path, examples", list(_entries_with_examples(CUES)))
def test_every_cue_has_at_least_three_examples(path, examples):
    assert len(examples) >= 3, path


@pytest.mark.parametrize("example", CUES["referred"]["examples"])
def test_a_sentence_speaking_of_that_risk_makes_the_one_before_the_risk(tmp_path, example):
    [risk] = risks_in(tmp_path, "3.1 " + example["text"])
    assert (risk.risk, risk.mitigation, risk.rule) == (example["risk"], example["mitigation"], "risk.referred")


MINUTES_TABLES = {
    "minutes.md": ("# Kestrel Vale District Council\n\n## Minutes of the Cabinet\n\n"
                   "| Item | Discussion | Outcome |\n| --- | --- | --- |\n"
                   "| 4. Leisure contract | Members raised concern that the operator could close the small pool in "
                   "winter; officers will meet the operator monthly. | **NOTED** |\n",
                   "Members raised concern that the operator could close the small pool in winter",
                   "officers will meet the operator monthly."),
    "minutes.html": ("<html><body><h1>Kestrel Vale District Council</h1><h2>Audit Committee minutes</h2><table>"
                     "<tr><th>Item</th><th>Notes</th><th>Action</th></tr>"
                     "<tr><td>5</td><td>The Board noted the risk that the external audit would be delayed by the "
                     "auditor's staffing shortage. The Chief Finance Officer said that a revised timetable had been "
                     "agreed.</td><td>None</td></tr></table></body></html>",
                     "The Board noted the risk that the external audit would be delayed by the auditor's staffing shortage.",
                     "The Chief Finance Officer said that a revised timetable had been agreed."),
    "options.md": ("# Kestrel Vale District Council\n\n## 5. Options\n\n"
                   "| Option | Advantages | Disadvantages |\n| --- | --- | --- |\n"
                   "| Re-tender | Tests the market | There is a risk that no bids are received before the current "
                   "contract ends. |\n",
                   "There is a risk that no bids are received before the current contract ends.", None),
}


@pytest.mark.parametrize("name", MINUTES_TABLES)
def test_risk_statements_inside_table_cells(tmp_path, name):
    """Minutes kept as Item | Discussion | Outcome tables, and options tables, state risks in their cells."""
    text, expected_risk, expected_mitigation = MINUTES_TABLES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [risk] = read_and_extract(str(path))[2].risks
    assert (risk.risk, risk.mitigation) == (expected_risk, expected_mitigation)


@pytest.mark.parametrize("risk, mitigation", [
    ("There is a risk that the new depot opens late",
     "to reduce this risk, a second contractor has been placed on standby."),
    ("Demand for school transport may exceed the budget in the spring term",
     "to manage this, routes are reviewed every month."),
    ("The grant may be clawed back if the scheme misses its milestones",
     "to address the risk, a project board checks progress monthly."),
])
def test_a_mitigation_lead_after_a_semicolon_starts_the_mitigation(tmp_path, risk, mitigation):
    # "...; to reduce this risk, ...": the clause names no doer, but its lead says it is the mitigation.
    [found] = risks_in(tmp_path, f"6.1 {risk}; {mitigation}", heading="6. Risks")
    assert (found.risk, found.mitigation) == (risk, mitigation)


RISK_LINE = "6.1 There is a risk that the new depot opens late, which would delay the collection rounds."


@pytest.mark.parametrize("label_line", [
    "Author: Jane Mercer, Head of Waste Services, who will monitor delivery of the new fleet.",
    "Contact officer: Sam Idris, Waste Manager, who is working with the contractor on the programme.",
    "Report author: Priya Shah, who will keep the budget under review and report to Cabinet monthly.",
])
def test_a_cover_label_line_under_a_risk_section_is_neither_risk_nor_mitigation(tmp_path, label_line):
    # The labels are the cover's own (cover_labels.yml), not any words before a colon.
    [risk] = risks_in(tmp_path, f"{RISK_LINE}\n\n6.2 {label_line}", heading="6. Risks")
    assert (risk.risk, risk.mitigation) == (RISK_LINE[4:], None)


@pytest.mark.parametrize("line", [
    "Note: there is a risk that the grant is clawed back if the milestones slip.",
    "Ofsted said: there is a risk that the waiting list grows beyond twelve weeks.",
    "In short: there is a risk that the hall closes before the new lease is signed.",
])
def test_a_line_opening_with_words_and_a_colon_that_are_no_cover_label_is_read(tmp_path, line):
    risks = risks_in(tmp_path, f"{RISK_LINE}\n\n6.2 {line}", heading="6. Risks")
    assert [r.risk for r in risks] == [RISK_LINE[4:], line]


@pytest.mark.parametrize("example", CUES["baf"]["statement"]["examples"])
def test_baf_statement_examples_state_a_risk(example):
    from committee_papers.extract.risks import cues
    assert cues().baf_statement.match(example)


@pytest.mark.parametrize("line", ["Decisions are taken at the next meeting.", "Where appropriate, papers are shared.",
                                  "If approved"])
def test_lines_without_a_condition_and_its_outcome_state_no_baf_risk(line):
    from committee_papers.extract.risks import cues
    assert not cues().baf_statement.match(line)


@pytest.mark.parametrize("name", list(CUES["named"]))
def test_named_cue_patterns_find_their_examples_and_not_the_others(name):
    """Each cue pattern the code reads by name finds every example and none of the not_examples."""
    from committee_papers.extract.risks import cues
    pattern, entry = cues().named[name], CUES["named"][name]
    assert entry["examples"] and entry["not_examples"]
    assert [text for text in entry["examples"] if not pattern.search(text)] == []
    assert [text for text in entry["not_examples"] if pattern.search(text)] == []
