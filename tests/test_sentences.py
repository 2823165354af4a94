"""The one sentence splitter: its break rules, its vocabulary's examples, and the analysis pass
that splits every passage once for all extractors (fictional papers only)."""
from __future__ import annotations

import pytest
import yaml

from committee_papers.extract.paper import make_paper_doc
from committee_papers.extract.pipeline import build_nlp
from committee_papers.extract.recommendations import recommendation_sentences
from committee_papers.extract.sentences import BREAKS_PATH, sentence_around, sentence_texts, split_sentences
from committee_papers.ingest.model import Passage
from committee_papers.pipeline import read_and_extract

VOCABULARY = yaml.safe_load(BREAKS_PATH.read_text(encoding="utf-8"))
EXAMPLES = [(name, text) for name, entry in VOCABULARY.items() for text in entry["examples"]]
NEXT = "The Board agreed the proposal."


@pytest.mark.parametrize("name, text", EXAMPLES)
def test_every_vocabulary_example_is_one_sentence_and_ends_before_the_next(name, text):
    assert sentence_texts(text) == [text]
    assert sentence_texts(f"{text} {NEXT}") == [text, NEXT]


@pytest.mark.parametrize("text, expected", [
    ("Brackenford Council let the contract in 2023. The provider is Hollin Care Ltd.",
     ["Brackenford Council let the contract in 2023.", "The provider is Hollin Care Ltd."]),
    ("Demand rose sharply! Officers expect it to rise again next winter.",
     ["Demand rose sharply!", "Officers expect it to rise again next winter."]),
    ("Can the service be delivered within budget? The finance team believes it can.",
     ["Can the service be delivered within budget?", "The finance team believes it can."]),
])
def test_a_full_stop_exclamation_or_question_mark_before_a_capital_ends_a_sentence(text, expected):
    assert sentence_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The award was approved in March. £1.2m is set aside for the first year.",
     ["The award was approved in March.", "£1.2m is set aside for the first year."]),
    ("Bids closed on Friday. 14 providers took part in the tender.",
     ["Bids closed on Friday.", "14 providers took part in the tender."]),
    ("The scheme ends in 2026. (A new scheme is being designed.)",
     ["The scheme ends in 2026.", "(A new scheme is being designed.)"]),
    ("The Chair said \"the plan is sound.\" Members agreed with her.",
     ["The Chair said \"the plan is sound.\"", "Members agreed with her."]),
])
def test_a_sentence_may_open_with_a_figure_a_pound_sign_or_a_bracket_and_close_after_a_quote(text, expected):
    assert sentence_texts(text) == expected


@pytest.mark.parametrize("text", [
    "North Mercia ICB will spend £2.5m on the service in 2025/26.",
    "The figures in section 4.2 show a 3.5% rise in referrals since last year.",
    "Item 1.2 of the agenda covers the contract with Tallow Health CIC.",
    "The cost per hour rose from £18.50 to £19.75 under the new rates.",
])
def test_decimal_amounts_and_section_numbers_end_no_sentence(text):
    assert sentence_texts(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ("The full register is at Appendix A. The summary is below.",
     ["The full register is at Appendix A.", "The summary is below."]),
    ("Members preferred Option B. This keeps the service in the borough.",
     ["Members preferred Option B.", "This keeps the service in the borough."]),
    ("Three bids were received for Lot C. Evaluation finished in May.",
     ["Three bids were received for Lot C.", "Evaluation finished in May."]),
])
def test_a_lettered_part_ends_a_sentence_where_an_initial_does_not(text, expected):
    assert sentence_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1. The Council approves the award. Officers will report back.",
     ["The Council approves the award.", "Officers will report back."]),
    ("2.1. Members noted the update from Wealdmoor Trust.", ["Members noted the update from Wealdmoor Trust."]),
    ("(3). The Board agreed to defer the item. It returns in June.",
     ["The Board agreed to defer the item.", "It returns in June."]),
    ("Spending rose in 2024. 2025. The rise slowed.", ["Spending rose in 2024.", "2025.", "The rise slowed."]),
])
def test_a_list_number_opening_the_text_belongs_to_no_sentence(text, expected):
    assert sentence_texts(text) == expected


@pytest.mark.parametrize("text", [
    "The award went to Hollin Care Ltd. (the incumbent) after an open tender.",
    "The service is run by Tallow Health Inc. (a company registered abroad) under licence.",
    "Costs rose by 4% in 2024. (see Appendix B for the detail by service)",
])
def test_a_bracket_opening_on_a_small_letter_goes_on_with_the_sentence(text):
    assert sentence_texts(text) == [text]


@pytest.mark.parametrize("text", [
    "The contract ends in March; a new one starts in April.",
    "Two providers were appointed: Hollin Care Ltd and Tallow Health CIC.",
    "The Board noted the update. the minutes were then signed.",
])
def test_semicolons_colons_and_a_lower_case_start_end_no_sentence(text):
    assert sentence_texts(text) == [text]


@pytest.mark.parametrize("text", [
    "  1. The Council approves it.   Officers will report back in May. ",
    "Intro.\n\nThe second paragraph. And a third sentence.",
    "A risk remains (e.g. Staff leave). Cllr. Ames asked about it.",
])
def test_offsets_point_at_each_sentence_in_the_text(text):
    sentences = split_sentences(text)
    assert len(sentences) >= 2
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text.strip()


def test_the_sentence_around_a_date_is_the_one_holding_it():
    text = "The plan was noted. Consultation opens on 3 June 2025 for six weeks. It closes in July."
    start = text.index("3 June")
    around = sentence_around(text, start, start + len("3 June 2025"))
    assert around.text == "Consultation opens on 3 June 2025 for six weeks."
    assert text[around.start:around.end] == around.text


def test_the_analysis_pass_splits_every_passage_once_for_all_extractors():
    texts = ["Report to Cabinet. Author: J. Mercer.", "The contract is worth approx. £2.5m. It ends in 2026.",
             "Background"]
    passages = [Passage(seq=i, kind="paragraph", text=t, page=1, section=None, heading=None)
                for i, t in enumerate(texts)]
    nlp = build_nlp()
    doc = make_paper_doc(nlp, passages)
    for _name, component in nlp.pipeline:
        doc = component(doc)
    assert doc._.sentences == [split_sentences(t) for t in texts]
    assert [s.text for s in doc._.sentences[1]] == ["The contract is worth approx. £2.5m.", "It ends in 2026."]
    # Extractors asking for the same text get the very result the pass computed.
    assert split_sentences(texts[1]) is doc._.sentences[1]


@pytest.mark.parametrize("sentence", [
    "The Cabinet is asked to approve the plan prepared by Dr. Okafor and the Carers Hub.",
    "The Board is recommended to note the report of Cllr. Reeve on the leisure contract.",
    "Members are asked to agree the award set out in para. 4.2 of this report.",
])
def test_a_recommendation_is_not_cut_at_an_abbreviation(sentence):
    assert recommendation_sentences(sentence) == [sentence]


def test_risks_keep_an_initial_inside_their_sentence(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text(
        "BRACKENFORD COUNCIL\n\nReport to Cabinet\n\n8. Risk management\n\n"
        "8.1 There is a risk that the audit led by J. Whitlow finds gaps in the record of care. "
        "This will be mitigated by a monthly review of case files.\n", encoding="utf-8")
    risks = read_and_extract(str(path))[2].risks
    assert any("J. Whitlow finds gaps" in r.risk for r in risks), [r.risk for r in risks]


def test_a_long_passage_of_initials_and_lettered_labels_splits_into_the_same_sentences():
    # Each initial looks back one word to tell "J. Mercer" from "Appendix B."; the look-back must
    # give the same answer however much text comes before it.
    sentences = [
        "The report was written by J. R. Mercer and checked by Cllr A. Turner.",
        "The costs are set out in Appendix B.",
        "Tenders are scored as in Option C.",
        "Questions went to P. Ng, the Company Secretary of North Mercia ICB.",
    ]
    passage = " ".join(sentences * 1500)
    assert sentence_texts(passage) == sentences * 1500
    assert sentence_texts("\n\n  ".join(sentences)) == sentences
