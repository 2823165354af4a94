"""Checks that replaced regular expressions with string methods (stop 26, x35) read as the patterns did."""
from committee_papers.extract.contract_prose import _is_row_label
from committee_papers.extract.contract_roles import _owns_next_word
from committee_papers.extract.orgevidence import _FULL_STOPS, _SENTENCE_ENDS, _sentence_around


def test_a_row_label_is_a_few_words_with_no_figure():
    for label in ("Decision taken", "Reasons for the decision", "Officer's view (summary)", "Options / alternatives",
                  "Follow-up", "A"):
        assert _is_row_label(label), label
    for text in ("", "Budget 2027", "1. Decision", "Cost: £40,000", "Décision", "(note) taken", "x" * 62):
        assert not _is_row_label(text), text
    assert _is_row_label("x" * 61)


def test_a_possessive_owns_the_word_after_the_name():
    sentence = "The Council buys Marrow Trust's catering and Marrow Trust’s laundry; Elm Homes' staff stay."
    assert _owns_next_word(sentence, sentence.index("'s"))
    assert _owns_next_word(sentence, sentence.index("’s"))
    assert not _owns_next_word(sentence, sentence.index("' staff"))  # a bare apostrophe before a space
    assert not _owns_next_word(sentence, len(sentence))
    assert not _owns_next_word("Fenby Parish'", len("Fenby Parish"))


def test_a_sentence_ends_at_a_stop_before_white_space_or_the_edge_of_what_is_read():
    text = "Grants were cut. Fenby Trust runs the hall; Elm Homes the cafe. Next item"
    start = text.index("Fenby")
    assert _sentence_around(text, start, start + 11, _FULL_STOPS) == (len("Grants were cut."), text.index(" Next"))
    assert _sentence_around(text, start, start + 11, _SENTENCE_ENDS) == (len("Grants were cut."),
                                                                         text.index(" Elm"))
    # `v.2`, `3.5`: a full stop with no white space after it ends nothing.
    text = "Version v.2 of the plan names Oxbridge Lets"
    assert _sentence_around(text, text.index("Oxbridge"), len(text), _FULL_STOPS) == (0, len(text))
