"""The one clause cutter (``sentences.clause_bounds``): its breaks' examples, and the readers that
cut clauses with it (contract money, key dates), on fictional sentences."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.extract.contract_prose import CUE_WINDOW, _clause_bounds
from committee_papers.extract.key_dates import _clause_around
from committee_papers.extract.sentences import CLAUSE_BREAKS_PATH, INNER, MAIN, clause_bounds

VOCABULARY = yaml.safe_load(CLAUSE_BREAKS_PATH.read_text(encoding="utf-8"))
EXAMPLES = [(name, example) for name, entry in VOCABULARY.items() for example in entry["examples"]]


def _clause(sentence: str, around: str, depth: str = INNER) -> str:
    start = sentence.index(around)
    left, right = clause_bounds(sentence, start, start + len(around), depth)
    return sentence[left:right]


@pytest.mark.parametrize("name, example", EXAMPLES, ids=[f"{n}-{i}" for i, (n, _e) in enumerate(EXAMPLES)])
def test_every_vocabulary_example_cuts_its_clause_at_its_level(name, example):
    assert _clause(example["sentence"], example["around"], VOCABULARY[name]["level"]) == example["clause"]


@pytest.mark.parametrize("name, example", [(n, e) for n, e in EXAMPLES if VOCABULARY[n]["level"] == INNER])
def test_an_inner_break_cuts_no_main_clause(name, example):
    """Cut to main clauses, a sentence with only inner breaks (a colon, `, and`) is one clause."""
    sentence = example["sentence"]
    assert _clause(sentence, example["around"], MAIN) == sentence


@pytest.mark.parametrize("name, example", [(n, e) for n, e in EXAMPLES if VOCABULARY[n]["level"] == MAIN])
def test_a_main_break_cuts_the_inner_clause_too(name, example):
    assert _clause(example["sentence"], example["around"], INNER) == example["clause"]


@pytest.mark.parametrize("sentence, around", [
    ("Brackenford Council will pay Hollin Care Ltd £240,000 a year from April 2025.", "£240,000"),
    ("The Stoke-on-Trent service costs £2.5m in 2025-26 under the agreement.", "£2.5m"),
    ("Members met at 10:30 and agreed the ratio of 1:4 staff for the unit.", "1:4"),
])
def test_a_sentence_without_a_break_is_one_clause(sentence, around):
    assert _clause(sentence, around) == sentence


@pytest.mark.parametrize("sentence, around, clause", [
    ("Wealdmoor Trust receives £50,000; this is unchanged.", "Wealdmoor Trust", "Wealdmoor Trust receives £50,000"),
    ("Costs rose – the provider, Tallow Health CIC, asked for £12,000 more.", "£12,000",
     "the provider, Tallow Health CIC, asked for £12,000 more."),
    ("The fee is £8,000: paid quarterly, with a review in June.", "£8,000", "The fee is £8,000"),
])
def test_a_clause_holds_no_white_space_at_either_end(sentence, around, clause):
    assert _clause(sentence, around) == clause


def test_a_break_inside_the_span_cuts_nothing_round_it():
    sentence = "The lots are Marrow Homes; Wren Care and Tallow Health, and more follow."
    start = sentence.index("Marrow")
    end = sentence.index(", and")
    assert clause_bounds(sentence, start, end) == (0, end)


def test_contract_money_reads_the_clause_within_its_window():
    """A clause longer than the window is cut to CUE_WINDOW characters before the sum, half after."""
    lead = "The Council has for many years funded " + "community outreach and advice " * 8
    sentence = lead + "at £75,000 a year" + " for residents across every ward of the borough" * 4 + "."
    start = sentence.index("£75,000")
    end = start + len("£75,000")
    assert clause_bounds(sentence, start, end) == (0, len(sentence))
    assert _clause_bounds(sentence, start, end) == (start - CUE_WINDOW, end + CUE_WINDOW // 2)
    short = "The ICB funds the hub; Brackenford Council pays £75,000 a year, and the rest is grant."
    start = short.index("£75,000")
    assert short[slice(*_clause_bounds(short, start, start + 7))] == "Brackenford Council pays £75,000 a year"


@pytest.mark.parametrize("sentence, date, clause", [
    ("The pilot ends on 31 March 2026; the evaluation reports in June.", "31 March 2026",
     "The pilot ends on 31 March 2026"),
    ("Contract award – Cabinet decides on 9 July 2025.", "9 July 2025", "Cabinet decides on 9 July 2025."),
    ("Go-live – 1 October 2025.", "1 October 2025", "Go-live – 1 October 2025."),  # no words but the date
    # A label before a colon, and a clause joined by `, and`, stay with the date: they name its event.
    ("Next meeting of the Board: 4 June 2025 in the Council Chamber.", "4 June 2025",
     "Next meeting of the Board: 4 June 2025 in the Council Chamber."),
    ("Consultation closes on 30 May 2025, and the results go to Cabinet.", "30 May 2025",
     "Consultation closes on 30 May 2025, and the results go to Cabinet."),
    ("Deadline for bids: 12 noon on 3 March 2025, which cannot be extended.", "3 March 2025",
     "Deadline for bids: 12 noon on 3 March 2025, which cannot be extended."),
])
def test_key_dates_read_the_clause_round_the_date(sentence, date, clause):
    start = sentence.index(date)
    text, date_start, date_end = _clause_around(sentence, start, start + len(date))
    assert text == clause
    assert text[date_start:date_end] == date
