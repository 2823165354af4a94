"""x42: one way to do each thing -- the shared helpers that replaced duplicates behave as each former copy did."""

import pytest

from committee_papers.extract.contract_terms import SHARED_CUES, cue, cue_words


def test_shared_cue_placeholder_is_spelt_as_its_cues_words():
    """A contract_terms entry naming PAYMENT_PAPERS reads the payment_papers cue's own words."""
    placeholder, name = next(iter(SHARED_CUES.items()))
    words = cue_words(name)
    assert placeholder == "PAYMENT_PAPERS" and "|" in words
    lead = cue("payments_lead")
    assert lead.search("Brackenford Parish Council: the schedule of payments were approved for payment")
    assert not lead.search("Brackenford Parish Council: the payments report will follow next month")


def _recommendation_cue(name):
    from committee_papers.extract.recommendations import _cues
    return _cues()[name]


@pytest.mark.parametrize("text", _recommendation_cue("item_verbs")["examples"])
def test_item_verbs_start_an_item(text):
    from committee_papers.extract.recommendations import _starts_item
    assert _starts_item(text)


@pytest.mark.parametrize("text", _recommendation_cue("item_verbs")["not_examples"])
def test_item_verbs_near_misses_start_no_item(text):
    from committee_papers.extract.recommendations import _starts_item
    assert not _starts_item(text)


def test_item_objects_split_items_run_together():
    """`...; Grant the lease` (a verb and its object) is a new item; `...; Grant funding of £1m was offered` is not."""
    from committee_papers.extract.recommendations import _ITEM_SPLIT_RE
    assert len(_ITEM_SPLIT_RE.split("note the Brackenford depot plan; Grant the lease to Kelsham Town Council")) == 2
    assert len(_ITEM_SPLIT_RE.split("note the Brackenford depot plan; Grant funding of £1m was offered")) == 1


@pytest.mark.parametrize("text, heading", [("4 September 2025", False), ("2026/18 March 2026", False),
                                           ("4. Background", True), ("LSC/15 Review of a driver's licence", True)])
def test_a_month_after_a_number_is_a_date_not_a_title(text, heading):
    """structure.MONTH_START_RE, one public pattern read by the structure and text readers alike."""
    from committee_papers.ingest.readers.structure import MONTH_START_RE, numbered_heading_level
    from committee_papers.ingest.readers.text import _minute_title
    assert bool(numbered_heading_level(text) or _minute_title(text)) is heading
    assert bool(MONTH_START_RE.match(text.split(" ", 1)[1])) is not heading


def test_running_lines_are_a_text_exports_repeated_headers_and_footers():
    """ingest/readers/text.running_lines: a line repeated digits aside (a page number, a reference) is page
    furniture; a sentence or a label said twice, or a line said once, is not."""
    from committee_papers.ingest.readers.text import is_running_line, running_lines
    lines = ["Brackenford Borough Council - Page 1 of 3", "APPLICATION NUMBER - 25/0311/FUL",
             "1. The development shall begin within three years.", "Reason: to comply with the Act.",
             "Brackenford Borough Council - Page 2 of 3", "APPLICATION NUMBER - 25/0311/FUL",
             "Reason: to comply with the Act.", "NHS Lornside ICB | Sheet 7", "NHS Lornside ICB | Sheet 8",
             "2. The materials shall match the existing building."]
    running = running_lines(lines)
    assert is_running_line("Brackenford Borough Council - Page 3 of 3", running)
    assert is_running_line("APPLICATION NUMBER - 25/0311/FUL", running)
    assert is_running_line("NHS Lornside ICB | Sheet 12", running)
    assert not is_running_line("Reason: to comply with the Act.", running)
    assert not is_running_line("2. The materials shall match the existing building.", running)
    assert not is_running_line("Kelsham Town Council - Page 1 of 3", running)


@pytest.mark.parametrize("text, acronym", [("Brackenford Borough Council (BBC) agreed", "BBC"),
                                           ("NHS Lornside ICB\u00a0( LICB ) agreed", "LICB"),
                                           ("Kelsham Town Council\n(KTC)", "KTC"),
                                           ("Kelsham Town Council (see below)", None),
                                           ("Kelsham Town Council, (KTC)", None)])
def test_an_acronym_defined_right_after_a_name(text, acronym):
    """orgfinder.DEFINITION_RE after plain_text.after_spaces: the one bracketed-acronym pattern, read right after a
    name (white space of any kind between) as organisations reads it anywhere."""
    from committee_papers.extract.orgfinder import DEFINITION_RE
    from committee_papers.extract.plain_text import after_spaces
    end = text.index("Council") + len("Council") if "Council" in text else text.index("ICB") + 3
    found = DEFINITION_RE.match(text, after_spaces(text, end))
    assert (found.group(1) if found else None) == acronym


def test_word_offsets_of_a_texts_runs_of_non_space():
    """plain_text.word_offsets over str.split(): where each run of non-space starts, as re's \\S+ found it."""
    from committee_papers.extract.plain_text import word_offsets
    text = " in 2025\tand  2.5 million\u00a0pounds "
    assert word_offsets(text, text.split()) == [1, 4, 9, 14, 18, 26]


def test_a_sum_in_words_is_read_from_its_longest_tail():
    from committee_papers.extract.money import find_money
    found = find_money("Brackenford Borough Council will spend in 2025 and two million pounds on roads.")
    assert [(m.value_gbp, m.text) for m in found] == [(2_000_000, "two million pounds")]


@pytest.mark.parametrize("text, title, restates", [
    ("The dates were agreed.", "Date of the meetings for next year", True),
    ("The Complaints Policy was adopted.", "Policies to approve: complaints and lettings", True),
    ("The fees were approved.", "Allotment fee for Brackenford Parish Council", True),
    ("The dates were agreed.", "Lornside ICB winter plan", False),
    ("The report was noted.", "Report of the Kelsham Town Clerk", False),
])
def test_a_decision_restating_its_items_title_by_one_stemmer(text, title, restates):
    """decisions._restates_item_title compares words by the module's one stemmer (_stem)."""
    from committee_papers.extract.decisions import _restates_item_title
    assert _restates_item_title(text, title) is restates


def _passages(lines):
    from committee_papers.ingest.model import Passage
    return [Passage(i, "heading" if i == 0 else "paragraph", text, 1, None, None) for i, text in enumerate(lines)]


MINUTES = ["Minutes of the meeting of Brackenford Parish Council held on 3 March 2026",
           "Present: Cllr A Reed (Chair), Cllr B Moss, Cllr C Hale", "Apologies: Cllr D Lowe",
           "12/26 Allotment fees", "RESOLVED: that the allotment fees for 2026/27 be approved."]


def test_a_paper_judged_once_is_not_judged_again(monkeypatch):
    """decision_sections reads the paper_kind cp_metadata judged (doc._.paper_kind) rather than judging the paper a
    second time; judged here only when no kind is given, with the same answer."""
    from committee_papers.extract import decision_documents as dd
    from committee_papers.extract.decisions import find_decisions
    passages = _passages(MINUTES)
    kind = dd.paper_kind(passages)
    assert kind is not None and kind.kind == "minutes"
    judged_here = find_decisions(passages)
    assert judged_here

    def judged_again(*args, **kwargs):
        raise AssertionError("judged twice")
    monkeypatch.setattr(dd, "is_decision_document", judged_again)
    assert dd.decision_sections(passages, kind=kind) == [(0, len(passages), kind.rule)]
    assert dd.decision_sections(passages, kind=None) == dd.recorded_sections(passages)
    assert find_decisions(passages, kind=kind) == judged_here
