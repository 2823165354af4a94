"""Risks: sections headed by what the risks threaten, items that carry their own labelled answer,
and a labelled answer that says what is so rather than what is done.  Fictional papers."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.extract.risks import CUES_PATH
from committee_papers.pipeline import read_and_extract


def risks_of(tmp_path, text: str, name: str = "paper.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(r.risk, r.mitigation) for r in read_and_extract(str(path))[2].risks]


@pytest.mark.parametrize("heading, items", [
    ("## 4. Risks to the year-end position", [
        ("**Home to school transport** – a rise in pupils needing taxis would add about £0.3m.",
         "*Mitigation:* routes are re-tendered every term."),
        ("**Energy** – a further increase in gas prices would cost about £0.2m a quarter.",
         "*Mitigation:* a fixed-price deal covers half of the sites."),
        ("**Pensions** – a lower valuation would raise the employer rate by 1%.",
         "*Mitigation:* the reserve holds £0.5m for the next valuation."),
    ]),
    ("## Key risks to delivery", [
        ("Recruitment: fewer newly qualified nurses join than planned, leaving the wards short.",
         "Response: a bank of retired nurses has agreed to cover nights."),
        ("Estates: the ward refurbishment overruns into the winter months.",
         "Response: the contract carries a fixed completion date."),
    ]),
    ("### 6 Risks to the programme timetable", [
        ("Planning consent for the depot is refused at the first attempt.",
         "Controls: pre-application advice was sought in May."),
        ("The grant offer letter arrives after the tender closes.",
         "Controls: the tender allows the award to be held for ninety days."),
    ]),
])
def test_items_under_a_risks_to_heading_each_keep_their_own_answer(tmp_path, heading, items):
    body = "\n".join(f"- {risk} {answer}" for risk, answer in items)
    paper = f"# Fernhollow Borough Council\n\nCabinet report\n\n{heading}\n\n{body}\n\n## 7. Next steps\n\nNone.\n"
    found = risks_of(tmp_path, paper)
    assert [r for r, _ in found] == [risk.replace("**", "") for risk, _ in items]
    for (_, mitigation), (_, answer) in zip(found, items):
        assert mitigation and answer.split(":", 1)[1].strip(" *") in mitigation


@pytest.mark.parametrize("risk, answer", [
    ("Risk: the café tenant's turnover depends on summer visitors.", "Response: the lease sets a minimum rent."),
    ("Risk: the new software relies on a supplier new to the sector.", "Mitigation: the licence lets the Council keep its old system for a year."),
    ("Risk: the bridge inspection may find more corrosion than the survey showed.", "Controls: the budget holds a 15% contingency."),
])
def test_a_labelled_answer_is_the_mitigation_even_when_it_only_says_what_is_so(tmp_path, risk, answer):
    paper = f"Ashdene District Council\n\nCabinet report\n\n5. Risks\n\n5.1 {risk} {answer}\n\n6. Recommendations\n\n6.1 Cabinet is asked to note the report.\n"
    [(got_risk, got_mitigation)] = risks_of(tmp_path, paper, name="paper.txt")
    assert got_risk == risk.split(":", 1)[1].strip()
    assert got_mitigation and answer.split(":", 1)[1].strip() in got_mitigation


RATING_STAGES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))["baf"]["rating_stages"]["examples"]


@pytest.mark.parametrize("example", RATING_STAGES)
def test_a_register_with_ratings_before_and_after_controls_keeps_the_current_one(tmp_path, example):
    header = example["header"]
    values = {"Ref": "R1", "Risk": "The depot lease is not renewed before the fleet contract starts, leaving no base.",
              "Controls": "Talks with the landlord began in May.", "Mitigations": "Talks with the landlord began in May."}
    numbers = iter(["5", "4", "20", "3", "2", "6"])
    cells = [values.get(h) or next(numbers) for h in header]
    by_header = dict(zip(header, cells))
    html = ("<html><body><h1>Marshby Borough Council</h1><h2>Risk register</h2><table>"
            + "<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>"
            + "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table></body></html>")
    path = tmp_path / "register.html"
    path.write_text(html, encoding="utf-8")
    [risk] = read_and_extract(str(path))[2].risks
    for field in ("score", "likelihood", "impact"):
        if field in example:
            assert getattr(risk, field) == by_header[example[field]], field


@pytest.mark.parametrize("block, score", [
    ("Strategic Risk 4: Loss of the school transport operator\nInherent score: 20\nControls: A reserve list of two operators.\nResidual score: 12\n", "12"),
    ("Strategic Risk 5: Failure of the flood barrier pumps\nGross rating: 16\nControls: Monthly pump tests.\nNet rating: 8\n", "8"),
    ("Strategic Risk 6: Delay to the housing system upgrade\nCurrent score: 9\nControls: Weekly supplier meetings.\nOriginal score: 15\n", "9"),
])
def test_a_baf_block_with_both_ratings_keeps_the_current_one(tmp_path, block, score):
    path = tmp_path / "baf.txt"
    path.write_text(f"MARSHBY BOROUGH COUNCIL\n\nAudit Committee\n\nBoard Assurance Framework\n\n{block}", encoding="utf-8")
    [risk] = read_and_extract(str(path))[2].risks
    assert risk.score == score


@pytest.mark.parametrize("heading", ["## 3. Risks to health in the borough", "## 5. Risks to children", "## Risks to older residents"])
def test_a_section_on_risks_to_people_holds_no_risks_of_the_papers_own(tmp_path, heading):
    paper = (f"# Fernhollow Borough Council\n\nHealth and Wellbeing Board report\n\n{heading}\n\n"
             "- Smoking rates in the two eastern wards are twice the county average.\n"
             "- Referrals for neglect rose by 12% on last year.\n\n## 6. Next steps\n\nNone.\n")
    assert risks_of(tmp_path, paper) == []
