"""Risks in layouts surveyed from real published papers at stop 18, in fictional wordings: numbered risk
sections of a statement or report ("Risk 2 – Pay award" over prose about one risk, after a list of the
sections' headings); risks minuted without the usual cues (a problem "affecting" performance, something
"losing money", "waiting to hear if" a bid succeeds and what it would mean); and a report's section on
reducing a risk stated just above it, whose closing paragraph is that risk's mitigation.  All text is
fictional."""
from __future__ import annotations

import pytest

from committee_papers.pipeline import read_and_extract


def risks_of(tmp_path, body: str, name: str = "paper.md"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


# --- numbered risk sections ---------------------------------------------------------------------------

# A trust board's finance report in Markdown: a list of the sections' headings, then one section per risk.
TRUST_BOARD_MD = """# Calderwick Community Health NHS Trust

**Meeting:** Trust Board
**Date:** 3 April 2025

## 5. Financial risks for 2025/26

5.1 The main financial risks are listed below and discussed in turn:

- Agency staffing
- Estates backlog
- Elective income

### Risk 1 – Agency staffing

Agency spend fell by a third last year. There is a risk that the winter wards reopen without enough
substantive nurses, so that agency spend rises above the £2.1m in the plan.

To mitigate this risk:

- a bank of returning nurses is being recruited before October;
- every agency shift over the cap is approved by the Chief Nurse.

### Risk 2 – Estates backlog

The backlog of repairs at the two community hospitals stands at £6m. The risk to the Trust arises from
roof leaks in the older ward blocks, which could close beds at short notice. This has been mitigated in
part by moving the therapy gym into the new wing.

### Risk 3 – Elective income

Elective activity was above plan in the first half of the year. Without a contract variation from the
ICB, income for the extra clinics would not be paid after September.

## 6. Recommendation

6.1 The Board is asked to note the financial risks.
"""

# A parish council's clerk's report as plain text, titles set as short paragraphs of their own.
PARISH_TXT = """ASHBY MARSH PARISH COUNCIL

Full Council - 14 May 2025

Clerk's report on the precept and reserves

Risk 1: Village hall roof

The hall roof was patched in 2023 and is now twenty years old. A winter storm could lift the felt over
the main room, so that bookings are cancelled while repairs are made.

The clerk will ask two roofers for quotes before the summer and the earmarked reserve of £8,000 is held
for the work.

Risk 2: Grass cutting contract

The contract with the current contractor ends in March. The risk to the council comes from rising
fuel and labour prices, which could add a fifth to the price of a new contract.

Date of next meeting: 9 July 2025
"""

# A leisure trust's board report in HTML: headings naming each risk, the mitigation as a lead and items.
LEISURE_HTML = """<html><head><title>Board report - Tollbridge Leisure Trust</title></head><body>
<h1>Tollbridge Leisure Trust</h1>
<p>Board of Trustees, 22 May 2025</p>
<h2>Risks to the 2025/26 budget</h2>
<h3>Risk 1 - Energy prices</h3>
<p>The fixed-price energy deal ends in September. The new rates are not yet known, and this makes it
hard to set the pool's budget with any confidence.</p>
<p>To manage this risk:</p>
<ul><li>the Trust has joined the county council's energy buying group;</li>
<li>the pool hall lights are being changed to LED over the summer.</li></ul>
<h3>Risk 2 - Membership income</h3>
<p>Membership numbers are flat. A new gym opening in the town centre could draw away up to 300 members
in its first year.</p>
<h2>Recommendation</h2>
<p>The Board is asked to note the risks.</p>
</body></html>
"""


def test_numbered_risk_sections_of_a_trust_report_give_heading_and_risk_sentence(tmp_path):
    risks = risks_of(tmp_path, TRUST_BOARD_MD)
    assert [(r.risk, r.mitigation, r.rule) for r in risks] == [
        ("Agency staffing: There is a risk that the winter wards reopen without enough substantive nurses, so that "
         "agency spend rises above the £2.1m in the plan.",
         "a bank of returning nurses is being recruited before October; every agency shift over the cap is "
         "approved by the Chief Nurse.", "risk.numbered_section"),
        ("Estates backlog: The risk to the Trust arises from roof leaks in the older ward blocks, which could close "
         "beds at short notice.",
         "This has been mitigated in part by moving the therapy gym into the new wing.", "risk.numbered_section"),
        ("Elective income: Without a contract variation from the ICB, income for the extra clinics would not be "
         "paid after September.", None, "risk.numbered_section"),
    ]


def test_numbered_risk_sections_set_as_short_lines_in_plain_text(tmp_path):
    risks = risks_of(tmp_path, PARISH_TXT, "paper.txt")
    assert [(r.risk, r.mitigation) for r in risks] == [
        ("Village hall roof: A winter storm could lift the felt over the main room, so that bookings are "
         "cancelled while repairs are made.",
         "The clerk will ask two roofers for quotes before the summer and the earmarked reserve of £8,000 is held "
         "for the work."),
        ("Grass cutting contract: The risk to the council comes from rising fuel and labour prices, which could "
         "add a fifth to the price of a new contract.", None),
    ]


def test_numbered_risk_sections_in_html_take_the_sentence_before_one_that_points_back(tmp_path):
    risks = risks_of(tmp_path, LEISURE_HTML, "paper.html")
    assert [(r.risk, r.mitigation) for r in risks] == [
        ("Energy prices: The new rates are not yet known, and this makes it hard to set the pool's budget with any "
         "confidence.",
         "the Trust has joined the county council's energy buying group; the pool hall lights are being changed "
         "to LED over the summer."),
        ("Membership income: A new gym opening in the town centre could draw away up to 300 members in its first "
         "year.", None),
    ]


def test_a_list_naming_the_sections_gives_no_risks_of_its_own(tmp_path):
    texts = [r.risk for r in risks_of(tmp_path, TRUST_BOARD_MD)]
    assert not any(text in ("Agency staffing", "Estates backlog", "Elective income") for text in texts)


# A Board Assurance Framework block under a numbered title keeps its fields: it is no prose section.
BAF_BLOCK = """# Harnfield Mental Health NHS Trust

## Board Assurance Framework

Risk 3 – Workforce

Risk: The Trust cannot recruit enough mental health nurses to staff the new crisis unit.

Controls: International recruitment campaign; retention payments for band 5 nurses.

Score: 16
"""

# A summary table read across its columns: numbered titles over short cells and other rows' titles.
SUMMARY_ROWS = """# Harnfield Mental Health NHS Trust

## Strategic risks summary

Risk 1 Failure to deliver safe care on the older wards

12 (high)

Risk 2 Failure to recruit and keep nurses in the community teams

16 (high)
"""

# Ordinary committee prose numbering its points, no risk sections.
ORDINARY = """# Wexmoor District Council

## 3. Background

3.1 The depot was built in 1974 and has served the fleet well.

3.2 Options for a new site were reported to Cabinet in March.
"""


def test_a_baf_block_under_a_numbered_title_stays_a_baf_risk(tmp_path):
    risks = risks_of(tmp_path, BAF_BLOCK)
    assert [r.rule for r in risks] == ["risk.baf"]
    assert risks[0].mitigation.startswith("International recruitment campaign")


@pytest.mark.parametrize("body", [SUMMARY_ROWS, ORDINARY])
def test_no_numbered_section_risk_from_summary_rows_or_ordinary_prose(tmp_path, body):
    assert "risk.numbered_section" not in [r.rule for r in risks_of(tmp_path, body)]


# --- risks minuted without the usual cues ----------------------------------------------------------------

MINUTES = """MINUTES OF THE {body} MEETING HELD ON 12 MARCH 2025

1. {item}
{text}

2. Date of next meeting
The next meeting will be held on 14 May 2025.
"""


@pytest.mark.parametrize("body, item, text, risk", [
    ("HARBOURSIDE COMMUNITY TRUST BOARD", "Bid to the heritage fund",
     "The Trust is waiting to hear if its bid for the boat shed repairs has been successful. If it is not, the "
     "repairs would have to wait until 2026.",
     "The Trust is waiting to hear if its bid for the boat shed repairs has been successful. If it is not, the "
     "repairs would have to wait until 2026."),
    ("KELLSBY TOWN COUNCIL", "Christmas lights",
     "The Clerk said the council was still waiting to hear whether its grant application for the new lights had "
     "been approved. If it has not, this would mean only the market square is lit this year.",
     "The Clerk said the council was still waiting to hear whether its grant application for the new lights had "
     "been approved. If it has not, this would mean only the market square is lit this year."),
    ("FELLSIDE ARTS CIC DIRECTORS", "Murals",
     "The artist is still waiting to hear whether her bid for the city commission succeeded. If it did, this "
     "will delay the library murals by two months.",
     "The artist is still waiting to hear whether her bid for the city commission succeeded. If it did, this "
     "will delay the library murals by two months."),
])
def test_waiting_to_hear_takes_what_it_would_mean(tmp_path, body, item, text, risk):
    risks = risks_of(tmp_path, MINUTES.format(body=body, item=item, text=text), "minutes.txt")
    assert [(r.risk, r.rule) for r in risks] == [(risk, "risk.waiting_to_hear")]


@pytest.mark.parametrize("text, risk, mitigation", [
    ("The Operations Manager said that IT faults were affecting the branches' performance against the contract. "
     "The supplier had switched the system off on a Saturday without warning. The IT Manager said that a new "
     "support agreement would be signed in April.",
     "The Operations Manager said that IT faults were affecting the branches' performance against the contract.",
     "The IT Manager said that a new support agreement would be signed in April."),
    ("Driver shortages have hampered delivery of the school transport timetable since September. Two routes ran "
     "late most mornings.",
     "Driver shortages have hampered delivery of the school transport timetable since September.", None),
    ("The Head of Nursing reported that staff absences were hitting the ward's waiting times. Winter had been "
     "hard for the team. She explained that six bank nurses had been booked for March.",
     "The Head of Nursing reported that staff absences were hitting the ward's waiting times.",
     "She explained that six bank nurses had been booked for March."),
])
def test_a_problem_affecting_performance_is_its_own_sentence(tmp_path, text, risk, mitigation):
    risks = risks_of(tmp_path, MINUTES.format(body="QUARRY VALE BOARD", item="Operations report", text=text),
                     "minutes.txt")
    assert [(r.risk, r.mitigation) for r in risks] == [(risk, mitigation)]


# --- a section reducing the risk stated above it -----------------------------------------------------------

COUNCIL_MD = """# Harlow Fen District Council

**Meeting:** Cabinet
**Date:** 9 July 2025

## 2. Forecast position

2.1 The forecast overspend at quarter 1 is £1.4m.

2.2 This is lower than last year but still poses a risk to next year's balanced budget.

## 3. Mitigating the forecast overspend

3.1 Vacancies are held for twelve weeks before they are filled.

3.2 These measures must continue to the year end. They will help reduce the need to draw on the general reserve in March.

## 4. Recommendation

4.1 Cabinet is asked to note the forecast.
"""

ICB_HTML = """<html><head><title>Finance report - Kestrelmoor ICB</title></head><body>
<h1>NHS Kestrelmoor Integrated Care Board</h1>
<p>Finance Committee, 4 June 2025</p>
<h2>1. Position</h2>
<p>1.1 The system forecasts a deficit of £3m, which poses a risk to the ICB's statutory duty to break even.</p>
<h2>2. Reducing the deficit</h2>
<p>2.1 Prescribing hubs are switching patients to cheaper equivalents.</p>
<p>2.2 Together these actions should help to close the gap by the end of the year.</p>
<h2>3. Recommendation</h2>
<p>3.1 The Committee is asked to note the report.</p>
</body></html>
"""

LEISURE_TXT = """NORTHMARSH LEISURE TRUST
Board of Trustees - 20 May 2025

1. FINANCE

1.1 The trading deficit for the year to date is £90,000, and it presents a risk to the Trust's ability to keep the lido open.

2. ACTIONS TO CONTAIN THE PRESSURES

2.1 Casual staff hours have been cut at the quieter sites.

2.2 The café prices rise by 5% from June. The Treasurer expects these steps to bring the deficit under £50,000 by March.

3. DATE OF NEXT MEETING

3.1 15 July 2025.
"""


@pytest.mark.parametrize("body, name, mitigation", [
    (COUNCIL_MD, "paper.md", "These measures must continue to the year end. They will help reduce the need to draw "
                             "on the general reserve in March."),
    (ICB_HTML, "paper.html", "Together these actions should help to close the gap by the end of the year."),
    (LEISURE_TXT, "paper.txt", "The café prices rise by 5% from June. The Treasurer expects these steps to bring the "
                               "deficit under £50,000 by March."),
])
def test_the_closing_paragraph_of_a_section_reducing_a_risk_is_its_mitigation(tmp_path, body, name, mitigation):
    [risk] = risks_of(tmp_path, body, name)
    assert risk.mitigation == mitigation


def test_a_section_on_something_else_lends_no_mitigation(tmp_path):
    body = COUNCIL_MD.replace("## 3. Mitigating the forecast overspend", "## 3. Managing the leisure contract")
    [risk] = risks_of(tmp_path, body)
    assert risk.mitigation is None


# --- numbered subsections of a risk section, each titled by its topic --------------------------------------

SUBSECTIONS_MD = """# Brackenford Council

**Meeting:** Cabinet
**Date:** 9 July 2025

## 4. Principal financial risks

### 4.1 Pay award

The budget assumes a pay award of 3%. There is a risk that the award is settled higher, adding £400,000 to
costs. A contingency of £250,000 is held centrally.

### 4.2 Crematorium income

Income has grown for three years. A new crematorium in Wexbury could draw away a fifth of bookings when it
opens in the spring.

## 5. Recommendation

5.1 Cabinet is asked to note the risks.
"""

SUBSECTIONS_TXT = """NORTH MERCIA ICB

Finance and Performance Committee - 15 October 2025

3. KEY RISKS TO THE FINANCIAL PLAN

3.1 Continuing healthcare

Eligible cases rose by a tenth in the first half of the year. The risk to the ICB arises from the cost of
complex packages, which may exceed the plan by £1.5m. A panel now reviews every package over £3,000 a week.

3.2 Prescribing

Prices of two diabetes medicines are set nationally. Shortages could force the use of dearer brands over
the winter.

4. RECOMMENDATION

4.1 The Committee is asked to note the report.
"""

# A subsection stating two risks, one a paragraph: each paragraph stays a risk of its own.
TWO_RISKS_MD = """# Brackenford Council

## 6. Risk implications

### 6.1 Delivery

There is a risk that the contractor cannot start before the winter.

There is a risk that the grant conditions change after the scheme has started.
"""


@pytest.mark.parametrize("body, name, expected", [
    (SUBSECTIONS_MD, "paper.md", [
        ("Pay award: There is a risk that the award is settled higher, adding £400,000 to costs.",
         "A contingency of £250,000 is held centrally."),
        ("Crematorium income: A new crematorium in Wexbury could draw away a fifth of bookings when it opens in the "
         "spring.", None)]),
    (SUBSECTIONS_TXT, "paper.txt", [
        ("Continuing healthcare: The risk to the ICB arises from the cost of complex packages, which may exceed the "
         "plan by £1.5m.", "A panel now reviews every package over £3,000 a week."),
        ("Prescribing: Shortages could force the use of dearer brands over the winter.", None)]),
])
def test_numbered_subsections_of_a_risk_section_give_topic_and_risk_sentence(tmp_path, body, name, expected):
    risks = risks_of(tmp_path, body, name)
    assert [(r.risk, r.mitigation) for r in risks] == expected
    assert {r.rule for r in risks} == {"risk.numbered_section"}


def test_a_subsection_stating_two_risks_keeps_both(tmp_path):
    risks = risks_of(tmp_path, TWO_RISKS_MD)
    assert [r.risk for r in risks] == ["There is a risk that the contractor cannot start before the winter.",
                                      "There is a risk that the grant conditions change after the scheme has started."]


# --- a measure taken to avoid a named risk ---------------------------------------------------------------

@pytest.mark.parametrize("body, name, risk, mitigation", [
    (MINUTES.format(body="WEXBURY COUNTY COUNCIL TREASURY GROUP", item="Borrowing",
                    text="Members asked about the debt profile and the Treasurer confirmed that loan maturities are "
                         "spread over many years to avoid the risk of refinancing most of the debt at once."),
     "minutes.txt",
     "Loan maturities are spread over many years to avoid the risk of refinancing most of the debt at once.",
     "Members asked about the debt profile and the Treasurer confirmed that loan maturities are spread over many "
     "years"),
    ("# Harnley Credit Union\n\n## 4. Liquidity\n\n4.1 Deposits are split between five banks so as to limit the risk "
     "posed by the failure of any one of them.\n",
     "paper.md",
     "Deposits are split between five banks so as to limit the risk posed by the failure of any one of them.",
     "Deposits are split between five banks"),
    ("<html><body><h1>Quayside Leisure Trust</h1><h2>Plant</h2><p>The Estates Manager explained that the boilers "
     "are serviced each autumn to reduce the risk that the pool closes in a cold spell.</p></body></html>",
     "paper.html",
     "The boilers are serviced each autumn to reduce the risk that the pool closes in a cold spell.",
     "The Estates Manager explained that the boilers are serviced each autumn"),
])
def test_a_measure_taken_to_avoid_a_risk_is_its_mitigation(tmp_path, body, name, risk, mitigation):
    risks = risks_of(tmp_path, body, name)
    assert [(r.risk, r.mitigation, r.rule) for r in risks] == [(risk, mitigation, "risk.done_to_avoid_risk")]


# Subsections about how risk is handled name no risk: the strategy, the appetite, "no significant risks".
HANDLING_MD = """# Brackenford Council

**Meeting:** Audit Committee
**Date:** 9 July 2025

## 5. Risk management

### 5.1 Approach

The Council's approach to risk is set out in its Risk Management Strategy, which was refreshed in 2024.

### 5.2 Appetite

The Council has a low appetite for risks to the safety of residents.

### 5.3 This report

There are no significant risks arising from this report.
"""


def test_subsections_about_handling_risk_give_no_numbered_section_risk(tmp_path):
    assert "risk.numbered_section" not in [r.rule for r in risks_of(tmp_path, HANDLING_MD)]
