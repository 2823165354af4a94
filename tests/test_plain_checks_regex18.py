"""regex18: the plain checks and the YAML cue that replaced one-off patterns in extract/risks_eqia.py agree
with the pattern each replaced, on fictional labels and cells plus the edges where they could part
(white space beyond a space, the letters `re.IGNORECASE` folds beyond ASCII, digits beyond ASCII, empty text)."""
import re

import pytest

from committee_papers.extract import plain_text
from committee_papers.extract.risks_eqia import cue

EDGES = ["", " ", "\n", "\t", "a\n", "\u0130", "\u0131", "\u017f", "\u212a", "_", "9", "\u0669", "\u00b2"]

THE_CASES = ["the Age group", "the  \t Disability", "the\nrace", "The Age group", "theatre users", "the",
             "the ", "Sex", "  the Sex", "THE Religion"] + EDGES
DIGIT_CASES = ["1. Does the proposal affect carers?", "12 Action plan", "Q3 Benefits", " 4 Monitoring",
               "\u0663 Benefits", "\u00b2 footnote"] + EDGES
LABEL_CASES = ["Positive, negative or neutral?", "Type of impact", "Nature of the effect on residents",
               "NEGATIVE IMPACT", "Po\u017fitive or neutral", "Ne\u0131tral", "Prototype", "Protected characteristic",
               "Mitigating actions", "Evidence considered"] + EDGES


@pytest.mark.parametrize("text", THE_CASES)
def test_without_leading_lower_the_matches_its_pattern(text):
    assert plain_text.without_leading_lower_the(text) == re.sub(r"^(?:the\s+)?", "", text)


def test_without_leading_lower_the_examples():
    assert plain_text.without_leading_lower_the("the Age group") == "Age group"
    assert plain_text.without_leading_lower_the("the\tpregnancy and maternity") == "pregnancy and maternity"
    assert plain_text.without_leading_lower_the("The Age") == "The Age"
    assert plain_text.without_leading_lower_the("theatre") == "theatre"


@pytest.mark.parametrize("text", DIGIT_CASES)
def test_opening_digit_matches_its_pattern(text):
    assert text[:1].isdecimal() == bool(re.match(r"^\d", text))


@pytest.mark.parametrize("text", LABEL_CASES)
def test_answer_label_cue_matches_its_pattern(text):
    old = re.search(r"positive|negative|neutral|type|nature", text, re.I)
    assert bool(cue("answer_label").search(text)) == bool(old)


def test_each_check_gives_both_answers():
    assert {plain_text.without_leading_lower_the(t) == t for t in THE_CASES} == {True, False}
    assert {t[:1].isdecimal() for t in DIGIT_CASES} == {True, False}
    assert {bool(cue("answer_label").search(t)) for t in LABEL_CASES} == {True, False}


# extract/metadata.py
from committee_papers.extract import metadata  # noqa: E402

AGENDA_CASES = ["Agenda", "AGENDA:", "agenda :", "Agenda\n", "agenda:\n", "agenda\n:", "Agenda \t", "agenda:\n\n",
                "Agenda item 4", "Agendas", "agenda::", "The agenda", " Agenda"] + EDGES
FILE_NAMES = ["wessex-cc_2026-02-12_parks.pdf", "papers/wessex-cc_2026-02-12_parks.pdf",
              "C:\\papers\\brackenford-mbc_2025-01-09_cabinet.docx", "a/b\\c_d.txt", "trailing/", "back\\"] + EDGES
WORD_TEXTS = ["Open Board Meeting Minutes 12 September 2025", "ANNUAL GENERAL MEETING MINUTES",
              "board-meeting_in public", "Caf\u00e9 4U minutes", "\u0130stanbul twin"] + EDGES


@pytest.mark.parametrize("text", AGENDA_CASES)
def test_is_agenda_line_matches_its_pattern(text):
    assert metadata._is_agenda_line(text) == bool(re.match(r"^agenda\s*:?$", text, re.I))


@pytest.mark.parametrize("name", FILE_NAMES)
def test_file_name_tail_matches_its_split(name):
    assert name[max(name.rfind("/"), name.rfind("\\")) + 1:] == re.split(r"[/\\]", name)[-1]


@pytest.mark.parametrize("text", WORD_TEXTS)
def test_lower_letter_runs_match_their_findall(text):
    assert plain_text.runs(text.lower(), "a-z") == re.findall(r"[a-z]+", text.lower())


def test_metadata_checks_give_both_answers_and_examples():
    assert {metadata._is_agenda_line(t) for t in AGENDA_CASES} == {True, False}
    assert metadata._is_agenda_line("AGENDA:") and not metadata._is_agenda_line("Agenda item 4")
    assert metadata._generic_meeting_title("Open Board Meeting Minutes")
    assert not metadata._generic_meeting_title("Brackenford Parish Council Minutes")
    assert metadata._meeting_kind_only("Board meeting in public 3 March 2026")


SPACED_WORD_CASES = ["held on 4 March, to", "Report BY", "Minutes from", "agreed by\n", "passed\tto",
                     "Toronto", "to", "ends with to.", "nearby", "word  from\n\n", "list of\u2003From"] + EDGES


@pytest.mark.parametrize("text", SPACED_WORD_CASES)
def test_ends_with_spaced_word_matches_its_pattern(text):
    old = re.search(r"\s(?:to|by|from)$", text, re.I)
    assert metadata._ends_with_spaced_word(text, ("to", "by", "from")) == bool(old)


def test_ends_with_spaced_word_gives_both_answers():
    assert {metadata._ends_with_spaced_word(t, ("to", "by", "from")) for t in SPACED_WORD_CASES} == {True, False}


# extract/key_dates.py
from committee_papers.extract import key_dates  # noqa: E402

YEAR_CASES = [", 2026", " 1999.", ",\t2031 onwards", "2026", "\n2030", "2026th", "21 May", "; 2026", ",, 2026",
              "20\u0663\u0664", "2099_", "19", "1985a", "3026"] + EDGES


@pytest.mark.parametrize("text", YEAR_CASES)
def test_opens_with_year_matches_its_pattern(text):
    assert key_dates._opens_with_year(text) == bool(re.match(r",?\s*(?:19|20)\d\d\b", text))


def test_opens_with_year_gives_both_answers():
    assert {key_dates._opens_with_year(t) for t in YEAR_CASES} == {True, False}


CLOSING_WORD_CASES = ["Friends of Ashby Library Meeting", "Brackenford Allotment Society  MINUTES",
                      "Wessex Rowing Club meeting\n", "Dunmore Trust\tMinutes\n\n", "Meeting", "Allotment Minutes.",
                      "Ashby Meetings", "Parish Meet\u0130ng", "Hall\nminutes"] + EDGES


@pytest.mark.parametrize("text", CLOSING_WORD_CASES)
def test_without_closing_word_matches_its_pattern(text):
    old = re.sub(r"\s+(?:meeting|minutes)$", "", text, flags=re.I)
    assert metadata._without_closing_word(text, ("meeting", "minutes")) == old


def test_without_closing_word_gives_both_answers():
    assert {metadata._without_closing_word(t, ("meeting", "minutes")) == t for t in CLOSING_WORD_CASES} == {True, False}
