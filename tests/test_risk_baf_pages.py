"""Board Assurance Framework pages as trust board packs print them: controls far below the risk,
controls in a later section keyed by the risk's reference, summary tables read across their columns,
and a BAF risk quoted again elsewhere in the pack.  All text is fictional."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.pipeline import read_and_extract
from committee_papers.extract.risks import CUES_PATH

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def risks_of(tmp_path, body: str, name: str = "baf.txt"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


@pytest.mark.parametrize("example", CUES["baf"]["field_line"]["examples"])
def test_controls_below_the_risk_examples_in_the_cues_file(tmp_path, example):
    body = "KESTREL VALE NHS TRUST\n\nTrust Board\n\nBoard Assurance Framework\n\n" + example["text"].replace("\n", "\n\n")
    [risk] = risks_of(tmp_path, body)
    assert risk.risk == example["risk"]
    assert risk.mitigation.startswith(example["mitigation"])


TWO_COLUMN_PAGE = """\
# Marlow Reach NHS Trust

## Board Assurance Framework

**Strategic Risk 2:**

**Failure to see children within the waiting time standard:**

If the Trust cannot assess children within 18 weeks, then their needs will go unmet and complaints will rise.

Risk appetite: Cautious

Rationale for the current score: the waiting list grew by a fifth in the winter and may result in harm to some children.

Controls (what are we doing about the risk now?):

Gaps in control / actions (what more should we do?):

\u2022

Weekly validation of the waiting list

\u2022

Triage by a senior clinician within ten days

Action

Owner

The triage rota has gaps in August.

\u2022

A text reminder before each appointment

Assurance (how do we know?):

Monthly performance report.
"""


def test_a_two_column_page_gives_the_bulleted_controls_and_no_rationale_risk(tmp_path):
    [risk] = risks_of(tmp_path, TWO_COLUMN_PAGE, name="page.md")
    assert risk.risk.startswith("Failure to see children within the waiting time standard: If the Trust")
    assert risk.mitigation == ("Weekly validation of the waiting list; Triage by a senior clinician within ten days; "
                               "A text reminder before each appointment")


KEYED_LAYOUTS = [
    # A summary table, then a page per reference.
    ("summary.md", """# Fenby Health NHS Trust

## Strategic risks

| Ref | Strategic risk | Score |
|---|---|---|
| SR4 | Failure to keep the estate safe: wards may close at short notice for repairs. | 15 |

## Risk pages

**Strategic risk SR4:**

**Failure to keep the estate safe:**

Risk appetite: Minimal

Rationale: two wards closed in the winter.

Existing controls: six-monthly condition surveys; a capital prioritisation panel.
""", "six-monthly condition surveys; a capital prioritisation panel."),
    # Principal risks first, a section of controls keyed by reference later.
    ("keyed.html", """<html><body><h1>North Ashby ICB</h1><h2>Principal risks</h2>
<p><strong>PR5 &ndash; Dental access.</strong> There is a risk that rural residents cannot find an NHS dentist.</p>
<p><strong>PR6 &ndash; Cyber.</strong> There is a risk that a cyber attack stops GP systems for a week.</p>
<h2>Controls by risk</h2><h3>PR5</h3><p>Lead: Director of Primary Care.</p>
<p>Key controls: a flexible commissioning scheme; an access dashboard.</p>
<h3>PR6</h3><p>Current controls: multi-factor log-in; offline backups.</p></body></html>""",
     "a flexible commissioning scheme; an access dashboard."),
    # References written "BAF 2" in the list and in the later section's heading.
    ("baf.txt", """SALTMOOR NHS TRUST

Board Assurance Framework

BAF 2: Failure to recruit enough midwives: If the Trust cannot recruit enough midwives, births may have to be moved to other units.

BAF 3: Failure to replace the ageing scanners: If the scanners are not replaced, then diagnostic waits will lengthen.

Appendix: controls

BAF 2

Executive lead: Director of Midwifery

Controls in place: an international recruitment cohort; a bank of retired midwives.
""", "an international recruitment cohort; a bank of retired midwives."),
]


@pytest.mark.parametrize("name, text, controls", KEYED_LAYOUTS)
def test_controls_keyed_by_reference_reach_the_risk_of_that_reference(tmp_path, name, text, controls):
    risks = risks_of(tmp_path, text, name=name)
    assert risks[0].mitigation == controls
    assert all(r.risk for r in risks)


QUOTED_AGAIN = [
    "Reasonable If the Trust cannot retain enough community midwives antenatal checks will slip and expectant mothers could come to harm.",
    "Committee assurance: Reasonable. If the Trust cannot retain enough community midwives then antenatal checks will slip and expectant mothers may come to harm in pregnancy.",
    "N/A If the Trust cannot retain enough community midwives, there is a risk that antenatal checks will slip and expectant mothers may come to harm.",
]


@pytest.mark.parametrize("quote", QUOTED_AGAIN)
def test_a_baf_risk_quoted_again_elsewhere_is_kept_once(tmp_path, quote):
    body = ("HOLMWOOD NHS TRUST\n\nBoard Assurance Framework\n\n"
            "Strategic Risk 1: Failure to retain community midwives: If the Trust cannot retain enough community midwives, "
            "then antenatal checks will slip and expectant mothers may come to harm.\n\n"
            "Controls: a rolling recruitment campaign.\n\n"
            "Committee escalation report\n\n" + quote + "\n")
    [risk] = risks_of(tmp_path, body)
    assert risk.rule == "risk.baf"
    assert risks_of(tmp_path, "HOLMWOOD NHS TRUST\n\nCommittee escalation report\n\n" + quote + "\n", name="alone.txt")


SUMMARY_ROWS = [
    # Rows cut mid-sentence, with the other columns' cells on the lines between.
    ("Risk 1 Failure to keep waiting times safe, and", "then the waits may lengthen and there is a risk that patients come to harm because of"),
    ("Risk 1 Failure to deliver the financial plan:If the", "Trust cannot deliver savings there is a risk of regulatory intervention and the loss of"),
    ("Risk 1 Failure to comply with regulation and", "inspection findings, there is a risk to patient safety which could lead to"),
]


@pytest.mark.parametrize("first, interleaved", SUMMARY_ROWS)
def test_a_summary_row_read_across_its_columns_gives_no_risks_of_its_lines(tmp_path, first, interleaved):
    body = ("WESTBRIDGE NHS TRUST\n\nSummary of strategic risks\n\n" + first + "\n\nDirector of\n\n16\n\n12\n\n"
            + interleaved + "\n\nFinance\n\nRisk 2 Failure to collaborate with partners: services may not join up.\n\n"
            "Next steps\n\nThe Board will review the framework in July.\n")
    risks = risks_of(tmp_path, body)
    assert not any(interleaved[:30] in r.risk for r in risks)


@pytest.mark.parametrize("example", CUES["register_entry"]["examples"])
def test_register_entries_led_by_their_number(tmp_path, example):
    """A register row the reader set line by line: number and title, short cells, then the update."""
    body = "CALDER MOOR NHS TRUST\n\nTrust Board\n\n" + example["text"]
    [risk] = risks_of(tmp_path, body)
    assert (risk.risk, risk.mitigation, risk.rule) == (example["risk"], example["mitigation"], "risk.register_entry")


@pytest.mark.parametrize("text", CUES["register_entry"]["not_entries"])
def test_register_references_without_an_update_and_years_are_no_entries(tmp_path, text):
    body = "CALDER MOOR NHS TRUST\n\nTrust Board\n\n" + text
    assert risks_of(tmp_path, body) == []


UNUSUAL_COLUMNS = [
    ("What could go wrong", "What we are doing"),
    ("What might go wrong?", "What is being done about it"),
    ("What is the risk", "How we are managing it"),
]


@pytest.mark.parametrize("risk_header, mitigation_header", UNUSUAL_COLUMNS)
def test_a_register_whose_columns_are_named_by_questions(tmp_path, risk_header, mitigation_header):
    html = (f"<html><body><h1>Ashcombe Vale ICB</h1><h2>Corporate risks</h2><table>"
            f"<tr><th>Ref</th><th>{risk_header}</th><th>Type</th><th>Appetite</th><th>{mitigation_header}</th></tr>"
            f"<tr><td>3107</td><td>Care homes close faster than new places open</td><td>Operational</td>"
            f"<td>Cautious</td><td>A market support fund and monthly calls with every home.</td></tr></table></body></html>")
    [risk] = risks_of(tmp_path, html, name="register.html")
    assert (risk.risk, risk.mitigation) == ("Care homes close faster than new places open",
                                            "A market support fund and monthly calls with every home.")


@pytest.mark.parametrize("example", CUES["inline_risk_list"]["examples"])
def test_risks_set_out_inline_in_minutes(tmp_path, example):
    body = "FENWAY CARE TRUST\n\nMinutes of the Board\n\n3. Finance\n\n" + example["text"] + "\n"
    risks = risks_of(tmp_path, body)
    assert [r.risk for r in risks] == example["items"]
    assert {r.rule for r in risks} == {"risk.list_inline"}


def test_a_table_header_after_a_lead_is_no_list_item(tmp_path):
    body = ("HARLEY VALE NHS TRUST\n\nCommittee report\n\nThe Board is asked to note the assurance levels given on "
            "the strategic risks: The Committee provides the following levels of assurance Risk Overall level.\n")
    assert risks_of(tmp_path, body) == []


def test_a_cover_label_before_a_colon_introduces_no_list(tmp_path):
    body = ("ELMSWORTH BOROUGH COUNCIL\n\nReport to: Cabinet Key decision: Yes Risk implications: None "
            "Purpose of the report\n\n1. Purpose\n\n1.1 This report sets out the new opening hours.\n")
    assert risks_of(tmp_path, body) == []


def test_an_inline_item_cut_at_a_page_break_goes_on_in_the_next_passage(tmp_path):
    html = ("<html><body><h1>Mossgate Leisure Trust</h1><h2>Minutes</h2>"
            "<p>The Treasurer then set out the risks the trust faces, as follows: Pool – the pool plant is"
            " thirty years old and</p><p>could fail during the summer, which would close the pool for weeks."
            " Staffing – two lifeguards have resigned and the pool may open for shorter hours. The Chair thanked"
            " the Treasurer.</p></body></html>")
    risks = risks_of(tmp_path, html, name="minutes.html")
    assert [r.risk for r in risks] == [
        "Pool – the pool plant is thirty years old and could fail during the summer, which would close the pool for weeks.",
        "Staffing – two lifeguards have resigned and the pool may open for shorter hours."]


IMPACT_SENTENCES = [
    "The main negative impact identified is that older residents would have to travel further to a library.",
    "The most significant impact identified is the requirement for families to travel to a hub in another town.",
    "Keeping the old depot is an option; however, this would leave the fleet unable to charge overnight.",
]


@pytest.mark.parametrize("sentence", IMPACT_SENTENCES)
def test_an_impact_or_option_is_a_risk_only_where_the_paper_has_no_risk_table(tmp_path, sentence):
    prose = f"BRAXTON COUNCIL\n\nCabinet report\n\n5. Equality implications and risks\n\n5.1 {sentence}\n"
    assert [r.rule for r in risks_of(tmp_path, prose)] in (["risk.main_impact"], ["risk.option_downside"],
                                                          ["risk.impact_identified"])
    table = ("<html><body><h1>Braxton Council</h1><h2>Risks</h2><table><tr><th>Risk</th><th>Mitigation</th></tr>"
             "<tr><td>Families cannot reach the new hubs by bus.</td><td>Bus fares are refunded for a year.</td></tr>"
             f"</table><h2>Equality implications</h2><p>{sentence}</p></body></html>")
    assert [r.rule for r in risks_of(tmp_path, table, name="with-table.html")] == ["risk.table"]


@pytest.mark.parametrize("text", CUES["appetite"]["examples"])
@pytest.mark.parametrize("heading", ["4. Key risks", "3. Risk appetite", "5. Financial implications"])
def test_a_risk_appetite_statement_is_no_risk(tmp_path, text, heading):
    assert risks_of(tmp_path, f"WEXBURY COUNCIL\n\nCabinet report\n\n{heading}\n\n{text}\n") == []


SECTION_AFTER_TITLE = [
    "6. Financial implications\n\n6.1 There is a risk that the grant is withdrawn next year.\n\nControls: monthly budget monitoring.",
    "7. Legal implications\n\n7.1 There is a risk of legal challenge to the new charges.\n\nKey controls\n\n- external legal advice",
    "4. Equality implications\n\n4.1 There is a risk that disabled passengers lose their only bus.\n\nExisting controls: a dial-a-ride service.",
]


@pytest.mark.parametrize("rest", SECTION_AFTER_TITLE)
def test_controls_are_not_sought_past_the_papers_next_section(tmp_path, rest):
    body = ("ORMSBY DISTRICT COUNCIL\n\nCabinet report\n\n5. Strategic risks\n\n"
            "Risk 2: Failure to balance the budget: If savings are not found, then reserves will fall below the minimum.\n\n"
            + rest + "\n")
    risks = risks_of(tmp_path, body)
    assert len(risks) == 2
    assert risks[0].rule == "risk.baf" and risks[0].mitigation is None


def test_a_rating_line_is_no_section_heading(tmp_path):
    page = TWO_COLUMN_PAGE.replace("Risk appetite: Cautious", "Risk appetite: Cautious\n\n## 4 x 4 = 16")
    [risk] = risks_of(tmp_path, page, name="page.md")
    assert risk.mitigation.startswith("Weekly validation of the waiting list")


WHOLE_SENTENCES_BELOW_A_TITLE = [
    ("There is a risk that rounds are missed because drivers leave for better paid work.", "rounds are missed"),
    ("Members should be aware that the depot lease could end before the new site is ready.", "depot lease could end"),
    ("If the grant is not renewed, the youth service would have to close two centres.", "close two centres"),
]


@pytest.mark.parametrize("sentence, phrase", WHOLE_SENTENCES_BELOW_A_TITLE)
def test_whole_sentences_below_an_unfinished_title_stay_risks(tmp_path, sentence, phrase):
    body = ("ORMSBY DISTRICT COUNCIL\n\nRisk register\n\nRisk 1: Staff shortages in the depot\n\n12\n\n"
            + sentence + "\n\nRisk 2: Failure to balance the budget: If savings are not found, then reserves will fall.\n")
    assert any(phrase in r.risk for r in risks_of(tmp_path, body))


@pytest.mark.parametrize("line", CUES["baf"]["row_cut"]["examples"])
def test_row_cut_examples_are_cut_and_whole_titles_are_not(line):
    from committee_papers.extract.risks import cues
    assert cues().row_cut.search(line)
    assert not cues().row_cut.search("Risk 1: Staff shortages in the depot")


# A BAF page's controls end at the next heading: the sections after the page (implications, a
# report's next part) are the paper's own and their risks stand.
BAF_THEN_SECTIONS = [
    ("page.md", """# Harnwick NHS Trust

## Board Assurance Framework

**Strategic Risk 4:**

**Failure to keep within the capital allocation:**

If the Trust spends beyond its capital allocation, then planned ward refurbishments will stop.

Controls (what are we doing about the risk?):

Monthly capital programme board

Gateway review of every scheme over £1m

## Financial implications

There is a risk that the capital programme will overspend by £2m if building costs keep rising.

## Workforce implications

There is a risk that the estates team cannot recruit two project managers before the summer.
""", ["There is a risk that the capital programme will overspend by £2m if building costs keep rising.",
      "There is a risk that the estates team cannot recruit two project managers before the summer."]),
    ("baf.md", """# Lowmoor Community Health NHS Trust

## Board Assurance Framework

**Strategic Risk 1:**

**Failure to reduce waits for community therapy:**

If waits for therapy grow, then patients will lose mobility while they wait.

Controls (what is in place today?):

Weekly waiting list validation

A single point of access for referrals

## Equality and quality impact

There is a risk that patients without a car will miss appointments at the new hub.

## Next steps

The Board will receive an update in June.
""", ["There is a risk that patients without a car will miss appointments at the new hub."]),
    ("report.md", """# Fenmarsh Mental Health NHS Trust

## Board Assurance Framework

**Strategic Risk 6:**

**Failure to secure the digital patient record upgrade:**

If the upgrade slips, then clinicians will keep working across two systems.

Controls (how are we managing the risk?):

A programme board chaired by the Chief Information Officer

Supplier penalties in the contract

## Legal considerations

There is a risk that the supplier disputes the penalty clause and the Trust faces legal costs.

## Risk summary

The programme may lose its national funding if the go-live date passes March 2026.
""", ["There is a risk that the supplier disputes the penalty clause and the Trust faces legal costs.",
      "The programme may lose its national funding if the go-live date passes March 2026."]),
]


@pytest.mark.parametrize("name, text, section_risks", BAF_THEN_SECTIONS)
def test_a_baf_pages_controls_end_at_the_next_heading(tmp_path, name, text, section_risks):
    risks = risks_of(tmp_path, text, name=name)
    baf, *others = risks
    assert baf.mitigation.count(";") == 1, baf.mitigation  # the page's two controls, nothing after them
    assert [r.risk for r in others] == section_risks


# Minutes that speak of the risk register or ask about risks set out no list of risks.
NOT_INLINE_LISTS = [
    "The Head of Governance summarised the changes to the corporate risks since March: no new entries were "
    "added. The register will be presented again in September.",
    "The Director reported on the organisation's top risks, as follows: the register had been refreshed "
    "with the service leads and would be reviewed by the Board in July. Directors would attend the next meeting.",
    "Councillor Patel asked about the risks: would the new depot be ready before the winter? The officer "
    "replied that it would.",
    "Trustees discussed the strategic risks in turn: each owner would update their entry before the "
    "autumn. No changes to the scores were proposed.",
]


@pytest.mark.parametrize("text", NOT_INLINE_LISTS)
def test_minutes_about_the_register_or_asking_about_risks_list_no_risks(tmp_path, text):
    body = "OAKHAVEN COMMUNITY TRUST\n\nMinutes of the Board\n\n4. Risk register\n\n" + text + "\n"
    assert [r.risk for r in risks_of(tmp_path, body) if r.rule == "risk.list_inline"] == []


INLINE_LISTS_WITHOUT_TOPICS = [
    ("The Clerk reported three risks to the project: the builder may go into administration before the roof is "
     "finished. The heritage grant could be withdrawn if the work is late. The Chair thanked the Clerk.", 2),
    ("The Treasurer set out the risks facing the club, as follows: the pavilion lease could end in 2027 and "
     "no other ground is available. Insurance premiums may rise sharply after the flood. The Chair closed the item.", 2),
    ("Members were told of two risks to the library move: the new shelving may not arrive in time for the opening. "
     "Volunteers could withdraw if the hours change. The Committee resolved to note the update.", 2),
]


@pytest.mark.parametrize("text, count", INLINE_LISTS_WITHOUT_TOPICS)
def test_inline_lists_without_topics_still_list_their_risks(tmp_path, text, count):
    body = "OAKHAVEN COMMUNITY TRUST\n\nMinutes of the Board\n\n4. Projects\n\n" + text + "\n"
    assert len([r for r in risks_of(tmp_path, body) if r.rule == "risk.list_inline"]) == count


# Risks written from one template, differing only in the service or the site, are distinct risks.
TEMPLATED_RISKS = [
    ["There is a risk that the council will not deliver the planned savings in {} during 2025/26, leading to "
     "an overspend that must be met from reserves.", ["adult social care", "children's social care",
                                                      "home to school transport"]],
    ["There is a risk that the contractor will not complete the roof repairs at {} before the winter, so the "
     "building may have to close to the public for several weeks.", ["Ashby Library", "Moorside Leisure Centre",
                                                                      "Quayside Museum"]],
    ["There is a risk that the trust cannot recruit enough registered nurses for the {} wards this year, "
     "leading to more agency shifts and a higher spend on temporary staff.", ["surgical", "medical",
                                                                               "paediatric"]],
]


@pytest.mark.parametrize("template, services", TEMPLATED_RISKS)
def test_risks_from_one_template_differing_in_one_noun_are_all_kept(tmp_path, template, services):
    paragraphs = "\n\n".join(f"6.{n} {template.format(s)}" for n, s in enumerate(services, 1))
    body = f"HALBERTON COUNCIL\n\nCabinet report\n\n6. Risks\n\n{paragraphs}\n"
    assert [r.risk for r in risks_of(tmp_path, body)] == [template.format(s) for s in services]
