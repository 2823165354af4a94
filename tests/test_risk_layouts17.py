"""Risks in the layouts surveyed from real published papers at stop 17, in fictional wordings: a
business case's "Top risks" table; minutes whose next point ("The Committee emphasised ...") follows
a concern; minutes points run together with a PDF's bullet glyph; "X is not risk free" followed by
what may go wrong; a risk whose subject denies what the sentence before introduced ("None of these has
been bought, which could ..."); and statement cues' not_examples.  All text is fictional."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.ingest.model import Passage
from committee_papers.extract.risks import CUES_PATH, find_risks
from committee_papers.pipeline import read_and_extract

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def risks_of(tmp_path, body: str, name: str = "paper.md"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_and_extract(str(path))[2].risks


def paper(body: str, heading: str = "## 3. Background") -> str:
    return f"# Harlow Fen District Council\n\n**Meeting:** Cabinet\n**Date:** 9 July 2025\n\n{heading}\n\n{body}\n\n## 9. Background papers\n\nNone.\n"


# --- a business case's top risks table ------------------------------------------------------------

TOP_RISK_TABLES = [
    ("| Top risks | RAG | Planned mitigation | Residual RAG |\n|---|---|---|---|\n"
     "| Tender prices for the bridge deck exceed the cost plan | Red | A 15% contingency is held in the budget | Amber |\n"
     "| Night closures are refused by the highway authority | Amber | Early talks with the network manager are booked | Green |\n",
     [("Tender prices for the bridge deck exceed the cost plan", "A 15% contingency is held in the budget"),
      ("Night closures are refused by the highway authority", "Early talks with the network manager are booked")]),
    ("| Major risks | Rating | Mitigation |\n|---|---|---|\n"
     "| The grant deadline of March 2026 is missed | High | Works are phased so that grant-funded items finish first |\n"
     "| Steel supply slips by a season | Medium | Steel is ordered at contract award |\n",
     [("The grant deadline of March 2026 is missed", "Works are phased so that grant-funded items finish first"),
      ("Steel supply slips by a season", "Steel is ordered at contract award")]),
    ("| Highest risks | Likelihood | Impact | Response |\n|---|---|---|---|\n"
     "| The partner council withdraws its share of the funding | 2 | 5 | A funding agreement is signed before design starts |\n"
     "| Utility diversions take longer than planned | 3 | 3 | Trial holes are dug before the works start |\n",
     [("The partner council withdraws its share of the funding", "A funding agreement is signed before design starts"),
      ("Utility diversions take longer than planned", "Trial holes are dug before the works start")]),
]


@pytest.mark.parametrize("table, expected", TOP_RISK_TABLES)
def test_a_top_risks_table_gives_one_risk_per_row_with_its_mitigation(tmp_path, table, expected):
    risks = risks_of(tmp_path, paper(table, "## 6. Management case: risks"))
    assert [(r.risk, r.mitigation) for r in risks] == expected


# --- minutes: the next point after a concern --------------------------------------------------------

NEXT_POINTS = [
    ("The Panel warned that the later start could leave the pool closed over the summer. The Panel emphasised the need "
     "for clear notices at the entrance. Members welcomed the new changing rooms.",
     "The Panel warned that the later start could leave the pool closed over the summer."),
    ("Members raised concern that the new rota could leave the night shelter short of volunteers. Members welcomed the "
     "extra beds opened in January.",
     "Members raised concern that the new rota could leave the night shelter short of volunteers."),
    ("There was concern that the depot move might delay the spring rounds. The Committee noted the revised timetable "
     "for the garden waste service.",
     "There was concern that the depot move might delay the spring rounds."),
]


@pytest.mark.parametrize("text, risk", NEXT_POINTS)
def test_the_next_point_of_minutes_is_not_part_of_the_concern_before_it(tmp_path, text, risk):
    [found] = risks_of(tmp_path, paper(text, "## 4. Leisure update"))
    assert found.risk == risk


# --- bullet glyphs left inside a paragraph -------------------------------------------------------------

def _paragraph(text: str, seq: int = 1) -> Passage:
    return Passage(seq=seq, kind="paragraph", text=text, page=1, section=None, heading="5. Discussion")


BULLETED = [
    "The following points were made: \uf0b7 The depot would open in May. \uf0b7 There was serious concern about the "
    "impact of the road closures on the weekly market.",
    "Points raised: \u2022 Parking was discussed at length. \u2022 There were reservations about the effect on "
    "residents of moving the bus stop.",
    "In discussion: \u25aa The café lease runs to 2027. \u25aa Members expressed unease over the consequences for "
    "volunteers of closing the shop on Tuesdays.",
]


@pytest.mark.parametrize("text", BULLETED)
def test_a_bullet_glyph_inside_a_paragraph_starts_a_new_sentence(text):
    [risk] = find_risks([_paragraph(text)])
    assert risk.rule == "risk.effect_concern"
    assert risk.risk.startswith(("There was", "There were", "Members"))


# --- "not risk free", then what may go wrong -----------------------------------------------------------

NOT_RISK_FREE = [
    ("The boiler grant is not risk free to the Authority. Installers could go out of business before the work is signed off.",
     "The boiler grant is not risk free to the Authority. Installers could go out of business before the work is signed off."),
    ("Hosting the festival is not without risk. Poor weather can leave the Council paying for a site nobody visits.",
     "Hosting the festival is not without risk. Poor weather can leave the Council paying for a site nobody visits."),
    ("Joining the shared service is not entirely risk-free for the Trust. Staff may leave before the transfer.",
     "Joining the shared service is not entirely risk-free for the Trust. Staff may leave before the transfer."),
]


@pytest.mark.parametrize("text, risk", NOT_RISK_FREE)
def test_not_risk_free_takes_the_sentence_saying_what_may_go_wrong(tmp_path, text, risk):
    [found] = risks_of(tmp_path, paper(text))
    assert (found.risk, found.rule) == (risk, "risk.not_risk_free")


# --- a subject denying what the sentence before introduced ----------------------------------------------

DENIED = [
    "The new permit scheme will need a billing system and an appeals process. No system has been bought so far, "
    "which may pose refund risks.",
    "Each school will need a trained first aider for the new clubs. None of these has yet been appointed, which could "
    "pose safeguarding risks.",
    "The move needs two new server rooms. No rooms have been found yet, which may create delivery risks.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_risk_denying_what_came_before_starts_at_that_sentence(tmp_path, text):
    [found] = risks_of(tmp_path, paper(text, "## 7. Finance advice"))
    assert found.risk == text


def test_a_no_subject_not_named_before_leaves_the_sentence_before_out(tmp_path):
    text = "The pool reopens in May. No contractor has yet been appointed, which could pose delivery risks."
    [found] = risks_of(tmp_path, paper(text))
    assert found.risk == "No contractor has yet been appointed, which could pose delivery risks."


# --- statement cues' not_examples --------------------------------------------------------------------

@pytest.mark.parametrize("name, text", [(n, t) for n, entry in CUES["statements"].items()
                                        for t in entry.get("not_examples", [])])
def test_statement_not_examples_are_not_risks_of_that_rule(tmp_path, name, text):
    path = tmp_path / "paper.txt"
    path.write_text(f"KESTREL VALE DISTRICT COUNCIL\n\nCabinet report\n\n3. Background\n\n3.1 {text}\n", encoding="utf-8")
    assert f"risk.{name}" not in [r.rule for r in read_and_extract(str(path))[2].risks]


def test_a_follow_up_question_goes_on_with_the_concern_and_its_answer_is_the_mitigation(tmp_path):
    text = ("Slow progress on the Fenwick Park splash pad was highlighted as a risk. Members then requested figures on the "
            "sums held for the park. Officers confirmed that a contractor had been appointed and would start in May.")
    [found] = risks_of(tmp_path, paper(text, "## 4. Parks update"))
    assert found.risk.startswith("Slow progress on the Fenwick Park splash pad was highlighted as a risk.")
    assert found.mitigation == "Officers confirmed that a contractor had been appointed and would start in May."


# --- review17-A: the mends' own examples ---------------------------------------------------------------

NOT_RISK_FREE_THEN_MITIGATION = [
    ("Lending to the sports club is not without risk. A reserve of £200,000 has been set aside to cover any default.",
     "Lending to the sports club is not without risk.", "A reserve of £200,000 has been set aside to cover any default."),
    ("Hosting the regatta is not without risk. Officers have agreed a wet-weather plan with the harbour master.",
     "Hosting the regatta is not without risk.", "Officers have agreed a wet-weather plan with the harbour master."),
    ("The new payroll system is not entirely risk-free for the Trust. The supplier has agreed to run the old system "
     "in parallel until April.",
     "The new payroll system is not entirely risk-free for the Trust.",
     "The supplier has agreed to run the old system in parallel until April."),
]


@pytest.mark.parametrize("text, risk, mitigation", NOT_RISK_FREE_THEN_MITIGATION)
def test_not_risk_free_leaves_a_mitigation_after_it_as_the_mitigation(tmp_path, text, risk, mitigation):
    [found] = risks_of(tmp_path, paper(text))
    assert (found.risk, found.mitigation) == (risk, mitigation)


PRESIDING_MEMBER_RISKS = [
    "There is a risk that the Mayor may refuse to sign the grant agreement before the funding deadline.",
    "There is a danger that the Speaker may decide to adjourn the inquiry, which would delay the sale of the site.",
    "There is a risk that the Proper Officer could refuse the nomination papers, leaving the ward without a candidate.",
]


@pytest.mark.parametrize("text", PRESIDING_MEMBER_RISKS)
def test_a_risk_naming_what_a_presiding_member_may_do_is_kept(tmp_path, text):
    # procedure_ruling drops a condition ended by a ruling's modal, not a risk whose subject is a chair or mayor
    [found] = risks_of(tmp_path, paper(text))
    assert found.risk == text


# --- a risk on condition of lacking what the sentence before requires ("Without an up to date X, ...") ----

LACKING = [
    "Every licensing authority is expected to keep an up to date statement of policy. Without a current statement "
    "of policy, there is a risk that appeals against refusals will succeed.",
    "The funder requires an audited set of accounts from each grant holder every year. Without audited accounts, the "
    "trust could lose its grant for the youth club.",
    "All pools must have two qualified lifeguards on duty at every public session. Without two lifeguards, "
    "the Saturday sessions may have to be cancelled.",
]


@pytest.mark.parametrize("text", LACKING)
def test_a_risk_lacking_what_the_sentence_before_requires_starts_at_that_sentence(tmp_path, text):
    [found] = risks_of(tmp_path, paper(text))
    assert found.risk == text


def test_lacking_something_not_named_before_leaves_the_sentence_before_out(tmp_path):
    text = ("The club's lease runs until 2027. Without a stable arrangement for the minibus, the club may lose "
            "volunteer drivers.")
    [found] = risks_of(tmp_path, paper(text))
    assert found.risk == "Without a stable arrangement for the minibus, the club may lose volunteer drivers."
