"""Equality impact assessments (extract/risks_eqia.py, extract/eqia_cues.yaml): an adverse impact a form
states for a protected characteristic is a risk "<characteristic>: <impact>" whose mitigation is the form's
mitigating actions; "No", "Not applicable", a benefit or evidence alone gives none, and the form's general
narrative gives no risks of its own.  Fictional forms in three layouts."""
from __future__ import annotations

import re

import pytest
import yaml

from committee_papers.extract.risks_eqia import CUES_PATH, cue
from committee_papers.pipeline import read_and_extract

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def risks_of(tmp_path, body: str, name: str):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


@pytest.mark.parametrize("name, text", [(n, e) for n, entry in CUES.items() if "pattern" in entry for e in entry["examples"]])
def test_cue_examples_match(name, text):
    pattern = cue(name)
    assert (pattern.fullmatch(text.strip(" :")) if name == "characteristic" else pattern.search(text))


@pytest.mark.parametrize("name, text", [(n, e) for n, entry in CUES.items() for e in entry.get("not_examples", [])])
def test_cue_not_examples_do_not_match(name, text):
    pattern = cue(name)
    assert not (pattern.fullmatch(text.strip(" :")) if name == "characteristic" else pattern.search(text))


@pytest.mark.parametrize("kind, word", [(kind, word) for kind, words in CUES["impact_words"].items() for word in words
                                        if word.isalpha()])
def test_each_impact_word_is_read_by_every_cue_of_its_kind(kind, word):
    """eqia_cues.yaml impact_words is the one vocabulary of an answer's words: each is an answer, names its kind,
    and a benefit, neither or none is no impact, a harm an adverse answer (`Beneficial` as `Positive` is)."""
    answer = word.capitalize()
    assert cue("impact_answer").match(answer)
    assert bool(cue("impact_kind").search(answer)) == (kind != "none")
    assert bool(cue("no_impact").match(answer)) == (kind in ("benefit", "neutral", "none"))
    assert bool(cue("adverse_answer").match(answer)) == (kind == "harm")
    assert bool(cue("mixed_answer").search(answer)) == (kind == "mixed")


# An ICB's form as plain text: a question, its answer and labelled details for each characteristic.
ICB_TXT = """North Mercia Integrated Care Board

Equality and Health Inequalities Impact Assessment: Closure of the Dunmore Walk-in Centre

Section C - Impact

Is there an adverse impact on Age?

Yes

Details of adverse impact on Age

Older patients without a car would have to travel a further six miles to the urgent treatment centre.

Actions to mitigate the impact on Age

A volunteer driver scheme will be offered to patients over 75 for the first year.

Is there an adverse impact on Disability?

No

Details of adverse impact on Disability

Not Applicable

Actions to mitigate the impact on Disability

Not Applicable

Is there an adverse impact on Race?

No

Details of adverse impact on Race

Not Applicable

Lead officer for Race

Not Applicable
"""


def test_question_answer_layout_gives_the_adverse_impacts_only(tmp_path):
    risks = risks_of(tmp_path, ICB_TXT, "north-mercia-icb_2025-05-01_eqia.txt")
    assert [(r.risk, r.mitigation, r.rule) for r in risks] == [(
        "Age: Older patients without a car would have to travel a further six miles to the urgent treatment centre.",
        "A volunteer driver scheme will be offered to patients over 75 for the first year.", "risk.eqia")]


# A council's form in HTML: one row per characteristic, with the kind of impact in its own column.
CABINET_HTML = """<html><head><title>Brackenford Council - Cabinet - EqIA</title></head><body>
<h1>Brackenford Council</h1><h2>Equality Impact Assessment: Library opening hours</h2>
<table>
<tr><th>Protected characteristic</th><th>Positive, negative or neutral</th><th>Description of impact</th><th>Mitigating actions</th></tr>
<tr><td>Age</td><td>Negative</td><td>Pensioners who use the morning sessions would lose two mornings a week of access to the reading room.</td><td>Home library deliveries will be widened to anyone over 70 who asks.</td></tr>
<tr><td>Disability</td><td>Negative</td><td>Residents with sight loss could miss the large print loans desk on the closed mornings.</td><td>The talking books service will post loans weekly.</td></tr>
<tr><td>Pregnancy and maternity</td><td>Positive</td><td>Parents will benefit from the new Saturday rhyme time sessions.</td><td>None</td></tr>
<tr><td>Religion or belief</td><td>Neutral</td><td>No impact identified.</td><td>N/A</td></tr>
</table>
<p>The Cabinet is asked to note the assessment.</p>
</body></html>
"""


def test_column_layout_reads_each_row(tmp_path):
    risks = risks_of(tmp_path, CABINET_HTML, "brackenford_2025-06-10_cabinet_eqia.html")
    got = [(r.risk.split(":")[0], r.mitigation, r.rule) for r in risks]
    assert got == [("Age", "Home library deliveries will be widened to anyone over 70 who asks.", "risk.eqia"),
                   ("Disability", "The talking books service will post loans weekly.", "risk.eqia")]


# A leisure trust's form as Markdown lines: a ticked box per characteristic, "Potential impacts:" and
# "Mitigations:" labels, and a general comment that restates the impacts.
LEISURE_MD = """# Oakfield Leisure Trust

## Equality impact assessment: pool charges review

General comment: some groups may rely more on the pool for exercise than others, and the new charges may be passed on.

Carers

Is the impact on this group disproportionate? Yes ☒ No ☐

Potential impacts: Unpaid carers on low incomes may find it harder to pay for the family swim sessions.

Mitigations: A carers' discount card will be introduced in September.

Age: Younger People

Is the impact on this group disproportionate? Yes ☒ No ☐

Potential impacts: Teenagers will benefit from the new free Friday sessions.

Mitigations: None identified.

Sexual orientation

Is the impact on this group disproportionate? Yes ☐ No ☒

Potential impacts: Survey data suggests that members of this group use the gym more than average.

Mitigations:
"""


def test_ticked_boxes_and_labels_give_only_harms(tmp_path):
    risks = risks_of(tmp_path, LEISURE_MD, "oakfield-leisure_2025-07-02_board_eqia.md")
    eqia = [(r.risk, r.mitigation) for r in risks if r.rule == "risk.eqia"]
    assert eqia == [("Carers: Unpaid carers on low incomes may find it harder to pay for the family swim sessions.",
                     "A carers' discount card will be introduced in September.")]


# Ordinary committee text naming groups and impacts is no form.
ORDINARY_TXT = """Kestrel Vale District Council

Cabinet report

3. Background

3.1 Age UK has asked for more seating in the market square.

3.2 Disability access to the town hall was improved last year.

3.3 Older people were consulted on the bus timetable and the impact was discussed at length.
"""


def test_ordinary_text_gives_no_eqia_risks(tmp_path):
    risks = risks_of(tmp_path, ORDINARY_TXT, "kestrel-vale_2025-03-03_cabinet_market.txt")
    assert not [r for r in risks if r.rule == "risk.eqia"]


def test_a_form_with_no_adverse_impacts_gives_none(tmp_path):
    body = re.sub(r"Yes\n\nDetails of adverse impact on Age\n\n.*?\n\nActions to mitigate the impact on Age\n\n.*?\n",
                  "No\n\nDetails of adverse impact on Age\n\nNot Applicable\n", ICB_TXT, flags=re.S)
    assert not risks_of(tmp_path, body, "north-mercia-icb_2025-05-02_eqia.txt")


# --- minutes: a bleak outlook, a decision that may be overturned, a discussion of a service's future --------

OUTLOOK_MINUTES = [
    ("friends.txt", "Friends of Hollin Park\n\nMinutes of the trustees' meeting\n\n4. County papers\n\n"
     "The Chair asked trustees to read the county's papers, which in her view paint a bleak picture of the future "
     "of the park's ranger service. She will write to the county on behalf of the trustees and asked each trustee "
     "to write to their county councillor as well.\n",
     "She will write to the county on behalf of the trustees"),
    ("icb.html", "<html><body><h1>North Mercia ICB</h1><h2>Minutes of the Finance Committee</h2>"
     "<p>The month 8 report painted a worrying picture of the system's cash position over the winter. "
     "The Chief Finance Officer will bring a recovery plan to the January meeting.</p></body></html>",
     "The Chief Finance Officer will bring a recovery plan to the January meeting."),
    ("parish.md", "# Ashby Parva Parish Council\n\n## Minutes\n\n### 7. Village hall\n\n"
     "The Clerk said that the booking figures present a stark picture for the upkeep of the village hall. "
     "The council will seek a grant from the district's community fund.\n",
     "The council will seek a grant from the district's community fund."),
]


@pytest.mark.parametrize("name, body, mitigation", OUTLOOK_MINUTES)
def test_a_bleak_picture_is_a_risk_with_the_next_step_as_mitigation(tmp_path, name, body, mitigation):
    [risk] = risks_of(tmp_path, body, name)
    assert risk.rule == "risk.outlook" and risk.mitigation.startswith(mitigation)


DISCUSSED_MINUTES = [
    ("leisure.txt", "Oakfield Leisure Trust\n\nMinutes of the Board\n\n6. Finance committee\n\n"
     "The Treasurer said that the finance group had talked about the future sustainability of the mobile gym. "
     "The Chief Executive said that it could either be merged with the outreach team or offered to the council.\n",
     "The Chief Executive said that it could either be merged"),
    ("trust.md", "# Calderwick Community Health NHS Trust\n\n## Board minutes\n\n### 9. Quality committee\n\n"
     "Dr Osei reported that the quality committee had discussed the long-term viability of the community dental "
     "service. The Medical Director said that a joint service with the acute trust was being explored.\n",
     "The Medical Director said that a joint service"),
    ("cabinet.html", "<html><body><h1>Brackenford Council</h1><h2>Cabinet minutes</h2><p>Councillor Rowe said "
     "that scrutiny had talked about the financial sustainability of the school meals service. The Director said "
     "that prices would be reviewed before September.</p></body></html>",
     "The Director said that prices would be reviewed"),
]


@pytest.mark.parametrize("name, body, mitigation", DISCUSSED_MINUTES)
def test_a_discussed_future_is_a_risk_answered_by_the_next_speaker(tmp_path, name, body, mitigation):
    [risk] = risks_of(tmp_path, body, name)
    assert risk.rule == "risk.concern" and risk.mitigation.startswith(mitigation)


def test_ordinary_discussion_of_sustainability_is_no_risk(tmp_path):
    body = ("Kestrel Vale District Council\n\nCabinet minutes\n\n5. Depot\n\nMembers had discussed the "
            "sustainability of the depot design with the architects. The Leader thanked officers.\n")
    assert not risks_of(tmp_path, body, "kestrel.txt")


# --- what is done, said after "but" in the sentence on what an awaited outcome would mean ------------------

WAITING_BUT = [
    ("friends.txt", "Friends of Hollin Park\n\nMinutes\n\n3. Mural\n\nThe sculptor is waiting to hear whether her bid "
     "for a county commission has succeeded. If it has, it will delay the mural by a month, but she has offered to paint the "
     "first panel before the summer.\n", "She has offered to paint the first panel"),
    ("club.md", "# Ashby Parva Bowls Club\n\n## Committee minutes\n\n### 4. Pavilion\n\nThe club is awaiting the "
     "outcome of its planning application for the new pavilion. If it is refused the changing rooms would close, "
     "but the parish council has agreed to lend its hall in the meantime.\n",
     "The parish council has agreed to lend its hall"),
    ("surgery.html", "<html><body><h1>Dunmore Surgery Patient Group</h1><h2>Minutes</h2><p>The practice is still "
     "waiting to hear whether its bid for a grant to extend the car park has succeeded. If it has, the works would "
     "close the car park for a month, but the practice has arranged spaces at the church car park.</p></body></html>",
     "The practice has arranged spaces at the church car park"),
]


@pytest.mark.parametrize("name, body, mitigation", WAITING_BUT)
def test_what_is_done_after_but_is_the_mitigation(tmp_path, name, body, mitigation):
    [risk] = risks_of(tmp_path, body, name)
    assert risk.rule == "risk.waiting_to_hear" and risk.mitigation.startswith(mitigation)
    assert " but " not in risk.risk


def test_a_harm_after_but_stays_in_the_risk(tmp_path):
    body = ("Friends of Hollin Park\n\nMinutes\n\n3. Mural\n\nThe sculptor is waiting to hear whether her bid "
            "for a county commission has succeeded. If it has, the mural could slip, but it would also cost more to finish.\n")
    [risk] = risks_of(tmp_path, body, "friends.txt")
    assert "cost more" in risk.risk and not (risk.mitigation or "").startswith("It would")


def test_an_eqia_impact_ends_before_a_tempering_sentence(tmp_path):
    body = ICB_TXT.replace("urgent treatment centre.", "urgent treatment centre. However, most of them already "
                           "use the patient transport service.")
    [risk] = risks_of(tmp_path, body, "north-mercia-icb_2025-05-03_eqia.txt")
    assert risk.risk.endswith("urgent treatment centre.")


# --- the general shape: numbered and lettered items, the form's "Answer: Yes/No" guidance, "No – ..." answers
# and a long analysis whose harm is its summary (three fictional forms in three layouts) -------------------

LETTERED_HTML_PARAS = """<html><head><title>Wexcombe County Council - EqIA</title></head><body>
<h1>Wexcombe County Council</h1>
<h2>Equality Impact Assessment working template: Closing the Tarrow Lane day centre</h2>
<table>
<tr><td>12. Negative impacts and mitigating actions for Disability</td><td></td></tr>
<tr><td>a) Are there negative impacts for Disability? Answer: Yes/No (If yes, complete b, c and d).</td><td>Yes</td></tr>
<tr><td>b) Details of negative impacts for Disability</td><td>In 2024, 212 people used the day centre each week. Of those who answered the survey, 31% said that they have a disability. The survey ran for six weeks.</td></tr>
<tr><td></td><td>Service users with a learning disability may find the move to a new building distressing. Wheelchair users would have to travel further to the Brook Street centre. Some may stop coming altogether. The centre's minibus route was reviewed in May.</td></tr>
<tr><td>c) Mitigating actions for Disability</td><td>Familiarisation visits to the Brook Street centre will be offered before the move.</td></tr>
<tr><td>d) Responsible officer for mitigating actions - Disability</td><td>Day services manager</td></tr>
<tr><td>13. Negative impacts and mitigating actions for Religion and belief</td><td></td></tr>
<tr><td>a) Are there negative impacts for Religion and belief? Answer: Yes/No (If yes, complete b, c and d).</td><td>No – nothing was raised about this characteristic in the consultation.</td></tr>
<tr><td>b) Details of negative impacts for Religion and belief</td><td>N/A</td></tr>
<tr><td>c) Mitigating actions for Religion and belief</td><td>N/A</td></tr>
</table></body></html>
"""


def test_lettered_items_and_guidance_answer_give_the_stated_harm(tmp_path):
    risks = [r for r in risks_of(tmp_path, LETTERED_HTML_PARAS, "wexcombe-cc_2025-04-01_eqia_day-centre.html")
             if r.rule == "risk.eqia"]
    assert [(r.risk, r.mitigation) for r in risks] == [(
        "Disability: Service users with a learning disability may find the move to a new building distressing. "
        "Wheelchair users would have to travel further to the Brook Street centre. Some may stop coming altogether.",
        "Familiarisation visits to the Brook Street centre will be offered before the move.")]


LETTERED_HTML = """<html><head><title>Harlow Vale NHS Trust - EqIA</title></head><body>
<h1>Harlow Vale NHS Trust</h1><h2>Equality impact assessment: moving outpatient phlebotomy</h2>
<table>
<tr><td>(i) Does the change have an adverse impact on Age? Yes / No</td><td>Yes</td></tr>
<tr><td>(ii) Impact</td><td>Patients over 80 would have to travel to the main hospital site for blood tests.</td></tr>
<tr><td>(iii) Mitigation</td><td>Home visits will continue for housebound patients.</td></tr>
<tr><td>(i) Does the change have an adverse impact on Sex? Yes / No</td><td>No. The clinic times do not change.</td></tr>
<tr><td>(ii) Impact</td><td>Not applicable</td></tr>
</table></body></html>
"""


def test_roman_numbered_rows_with_a_yes_no_hint(tmp_path):
    risks = [r for r in risks_of(tmp_path, LETTERED_HTML, "harlow-vale-nhs_2025-09-09_eqia.html") if r.rule == "risk.eqia"]
    assert [(r.risk, r.mitigation) for r in risks] == [(
        "Age: Patients over 80 would have to travel to the main hospital site for blood tests.",
        "Home visits will continue for housebound patients.")]


MITIGATION_FIRST_MD = """# Pendle Moor Housing Association

## Equality analysis: changes to the warden service

Q7. Carers

Q7a. Is there a negative impact on this group? Answer: Yes/No

Yes

Q7b. Mitigating actions: Carers will be offered a named contact at the housing office.

Q7c. Impact: Carers who rely on the daily warden call could face extra visits to check on the tenant they look after.

Q8. Sexual orientation

Q8a. Is there a negative impact on this group? Answer: Yes/No

No, none was found.
"""


def test_mitigation_before_impact_in_a_q_numbered_form(tmp_path):
    risks = [r for r in risks_of(tmp_path, MITIGATION_FIRST_MD, "pendle-moor-ha_2025-05-05_board_eqia.md")
             if r.rule == "risk.eqia"]
    assert [(r.risk, r.mitigation) for r in risks] == [(
        "Carers: Carers who rely on the daily warden call could face extra visits to check on the tenant they look after.",
        "Carers will be offered a named contact at the housing office.")]


def test_guidance_without_an_answer_and_benefits_give_no_risk(tmp_path):
    body = LETTERED_HTML_PARAS.replace("<td>Yes</td>", "<td></td>").replace(
        "Service users with a learning disability may find the move to a new building distressing. Wheelchair users "
        "would have to travel further to the Brook Street centre. Some may stop coming altogether.",
        "Service users will gain a larger garden and a sensory room.")
    assert not [r for r in risks_of(tmp_path, body, "wexcombe-cc_2025-04-02_eqia_day-centre.html") if r.rule == "risk.eqia"]


# A "No" the impact then takes back ("No, but ...", "No – although ..."): the harm after it is the impact.
HEDGED_NO_MD = """# Fenmoor Housing Trust

## Equality impact assessment: moving the housing office

Age

Is there a negative impact on this group? Yes ☒ No ☐

Potential impacts: No, but tenants over 80 without a car may find it harder to reach the new office.

Mitigations: Home visits on request.

Disability

Is there a negative impact on this group? Yes ☒ No ☐

Potential impacts: No – although wheelchair users would have to travel further to the new office.

Mitigations: A taxi voucher for each appointment.

Race

Is there a negative impact on this group? Yes ☐ No ☒

Potential impacts: No – nothing was raised by tenants about this group.

Mitigations:
"""


def test_a_no_taken_back_keeps_the_harm_after_it(tmp_path):
    risks = risks_of(tmp_path, HEDGED_NO_MD, "fenmoor-housing_2025-07-02_board_eqia.md")
    assert [r.risk.split(":")[0] for r in risks if r.rule == "risk.eqia"] == ["Age", "Disability"]


# --- the row's own answer: a cell that only names the kind of impact ("Positive / negative", "Mixed",
# "Neutral") is the answer, wherever its column stands; a mixed answer is a risk only when the row states
# a harm (three fictional forms in three layouts) ------------------------------------------------------------

MIXED_HTML = """<html><head><title>Draymoor Borough Council - EqIA</title></head><body>
<h1>Draymoor Borough Council</h1><h2>Equality impact assessment: new waste collection rounds</h2>
<table>
<tr><th>Characteristic</th><th>Impact</th><th>Evidence and actions</th></tr>
<tr><td>Disability</td><td>Positive / negative</td><td>Assisted collections continue; some residents dislike the new bins. Action: a bin swap on request.</td></tr>
<tr><td>Age</td><td>Mixed</td><td>Collections move to Saturdays for some streets. Action: leaflets to every household.</td></tr>
<tr><td>Sex</td><td>Neutral</td><td>No difference expected.</td></tr>
<tr><td>Race</td><td>Negative</td><td>Residents who do not read English could miss the new collection days. Action: translated leaflets.</td></tr>
</table></body></html>
"""

MIXED_MD = """# Coldharbour Community Health Trust

## Equality analysis: moving the podiatry clinic

Age

Impact: Positive and negative

Mitigations: A shuttle bus from the old site for the first three months.

Disability

Impact: Mixed

Details of impact: Patients who use wheelchairs may find the new clinic's lift harder to reach from the car park.

Mitigations: Two disabled bays will be marked beside the lift.

Religion or belief

Impact: Neutral

Mitigations: None
"""

MIXED_TXT = """Hollinsby Parish Council

Equality impact screening: closing the reading room on Wednesdays

Carers

Type of impact: Positive/negative

Mitigating actions: The Thursday session will run an hour longer.

Older people

Type of impact: positive, negative

Description of impact: Residents over 80 who come on Wednesdays would lose their only weekly visit.

Mitigating actions: A volunteer will phone each of them to offer a lift on Thursdays.
"""


@pytest.mark.parametrize("name, body, expected", [
    ("draymoor-bc_2025-06-02_cabinet_eqia.html", MIXED_HTML, ["Race"]),
    ("coldharbour-cht_2025-07-03_board_eqia.md", MIXED_MD, ["Disability"]),
    ("hollinsby-pc_2025-08-04_parish-council_eqia.txt", MIXED_TXT, ["Older people"]),
])
def test_an_answer_cell_is_no_impact_and_a_mixed_answer_needs_a_stated_harm(tmp_path, name, body, expected):
    risks = [r for r in risks_of(tmp_path, body, name) if r.rule == "risk.eqia"]
    assert [r.risk.split(":")[0] for r in risks] == expected
    assert not [r for r in risks if re.search(r"(?i)positive|mixed", r.risk)]


# --- a long analysis that states no harm (figures, the group's make-up, what stays the same): the answer
# "Yes" alone is no risk to quote, whatever the layout ---------------------------------------------------------

CONTEXT_ONLY = ("All 640 tenants in the scheme are over 60. Most moved in after 2015 and about a third live alone. "
                "The scheme has a communal lounge and a laundry. The warden visits each flat once a week.")


@pytest.mark.parametrize("name, body", [
    ("north-mercia-icb_2025-05-04_eqia.txt", ICB_TXT.replace(
        "Older patients without a car would have to travel a further six miles to the urgent treatment centre.",
        CONTEXT_ONLY)),
    ("wexcombe-cc_2025-04-03_eqia_day-centre.html", LETTERED_HTML_PARAS.replace(
        "Service users with a learning disability may find the move to a new building distressing. Wheelchair users "
        "would have to travel further to the Brook Street centre. Some may stop coming altogether.", CONTEXT_ONLY)),
    ("pendle-moor-ha_2025-05-06_board_eqia.md", MITIGATION_FIRST_MD.replace(
        "Carers who rely on the daily warden call could face extra visits to check on the tenant they look after.",
        CONTEXT_ONLY)),
])
def test_a_long_impact_stating_no_harm_gives_no_risk(tmp_path, name, body):
    assert not [r for r in risks_of(tmp_path, body, name) if r.rule == "risk.eqia"]


# --- an empty field's "None" or "N/A" outside the answer columns (Evidence, Timescale) is no answer: the harm the
# row states stays a risk; a cell naming a kind of impact there still answers (three fictional tables) -------------

EMPTY_FIELDS = [
    ("| Protected characteristic | Impact | Evidence | Mitigating actions |\n|---|---|---|---|\n"
     "| Age | Older residents may lose the evening bus link to the depot shop. | None | A minibus will run on Tuesdays. |\n"
     "| Sex | No impact | | |\n", ["Age"]),
    ("| Characteristic | Likely effect | Timescale | Actions |\n|---|---|---|---|\n"
     "| Disability | Disabled members may find the new hall harder to reach. | N/A | Ramps fitted before opening. |\n"
     "| Race | None identified | N/A | |\n", ["Disability"]),
    ("| Characteristic | Description of impact | Data source | Mitigation |\n|---|---|---|---|\n"
     "| Carers | Carers could face longer waits for respite places. | None identified | Two extra beds from May. |\n"
     "| Age | Neutral | Census 2021 | |\n", ["Carers"]),
]


@pytest.mark.parametrize("table, expected", EMPTY_FIELDS)
def test_an_empty_field_outside_the_answer_columns_leaves_the_stated_harm_a_risk(tmp_path, table, expected):
    body = f"# Wendle District Council\n\n## Equality Impact Assessment: depot closure\n\n{table}"
    risks = [r for r in risks_of(tmp_path, body, "wendle-dc_2025-09-01_cabinet_eqia.md") if r.rule == "risk.eqia"]
    assert [r.risk.split(":")[0] for r in risks] == expected
    assert not [r for r in risks if re.search(r"(?i)\b(?:none|n/a)\s*$", r.risk)]
