"""(x41) One way to do each thing: the helpers that replaced two or three copies of a mechanism, asked directly.
Fictional wordings throughout."""
from __future__ import annotations

import pytest

from committee_papers.extract.contract_terms import cue, cue_words
from committee_papers.extract.dates import cell_dates, find_dates, month_year_iso
from committee_papers.extract.decision_documents import PaperKind, of_kind
from committee_papers.extract.decision_rules import part
from committee_papers.extract.money import is_payment_line
from committee_papers.extract.yaml_files import spell_placeholders


# One list of the words a payments list is named by, read by the payments reader's lead and by the decision a list
# approves: each word of it leads a list for both.
@pytest.mark.parametrize("word", ["payments", "accounts", "invoices", "bills", "cheques", "Invoice", "Account"])
def test_one_payments_word_list_leads_a_list_for_both_readers(word):
    assert part("payments_lead").search(f"To approve the following {word}:"), word
    assert part("payments_approved").search(f"The {word} listed were approved."), word
    assert cue("payments_lead").search(f"{word} presented for payment"), word


def test_the_payments_word_list_is_the_rule_files_one_list():
    words = cue_words("payment_papers")
    assert f"(?:{words})" in part("payments_lead").pattern
    assert f"(?:{words})" in part("payments_approved").pattern
    assert f"(?:{words})" in cue("payments_lead").pattern


@pytest.mark.parametrize("line, expected", [
    ("Hall hire £40.00", True),                     # a sum
    ("Oakfield Cleaning 655.00", True),             # ends in a figure
    ("Wyvern Print – leaflets – 1,210.50.", True),
    ("Grass cutting, 300 pounds", True),
    ("The Clerk reported on the bank reconciliation", False),
    ("Item 7 deferred to May", False),
    ("", False),
])
def test_a_payments_lists_line_states_a_sum_or_ends_in_a_figure(line, expected):
    assert is_payment_line(line) is expected


def test_a_placeholder_is_spelt_in_the_rule_languages_own_way():
    words = {"TREE_KIND": ["oak", "silver birch"]}
    assert spell_placeholders("felling TREE_KIND", words, lambda ws: "(?:" + "|".join(ws) + ")") \
        == "felling (?:oak|silver birch)"
    assert spell_placeholders("~TREE_KIND", words, lambda ws: "/".join(w.replace(" ", "_") for w in ws)) \
        == "~oak/silver_birch"
    assert spell_placeholders("no placeholder here", words, lambda ws: "x") == "no placeholder here"


@pytest.mark.parametrize("month, year, iso", [
    ("Sept.", "24", "2024-09"), ("March", "2019", "2019-03"), ("aug", "17", "2017-08"), ("Sepember", "19", None)])
def test_one_reading_of_a_month_and_year(month, year, iso):
    assert month_year_iso(month, year) == iso


def test_every_month_and_year_form_reads_the_same_month():
    assert [m.iso for m in find_dates("Review due Mar-26; next review March 2026.")] == ["2026-03", "2026-03"]
    assert [m.iso for m in cell_dates("Mar 26", "Target date")] == ["2026-03"]
    assert cell_dates("Mar 26", "Owner") == []          # not a date column: `on Mar 26` in prose is a day


def test_a_paper_kind_is_asked_once_and_answers_each_question():
    minutes = PaperKind("minutes", "minutes_title")
    assert of_kind(minutes, "minutes") and not of_kind(minutes, "transcript")
    assert not of_kind(None, "minutes")
