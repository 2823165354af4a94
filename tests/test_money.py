"""find_money over raw text, and the cp_money component (every passage's sums, found once)."""
import pytest

from committee_papers.extract.money import find_money


def only(text):
    found = find_money(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value", [
    ("£1,520,000", 1_520_000),
    ("£746,000.50", 746_000.50),
    ("£4.8m", 4_800_000),
    ("£4.8M", 4_800_000),
    ("£14.7million", 14_700_000),
    ("£2 million", 2_000_000),
    ("£1.2bn", 1_200_000_000),
    ("£3.2 billion", 3_200_000_000),
    ("£55k", 55_000),
    ("£544K", 544_000),
    ("£12 thousand", 12_000),
    ("GBP 5,000", 5_000),
    ("£ 93,350", 93_350),
])
def test_exact_forms(text, value):
    money = only(f"The contract is worth {text} in total.")
    assert money.value_gbp == pytest.approx(value)
    assert money.text == text
    assert not money.approximate
    assert money.period is None


@pytest.mark.parametrize("text, value", [
    ("c£544K", 544_000),
    ("c. £3m", 3_000_000),
    ("c.£3m", 3_000_000),
    ("circa £250,000", 250_000),
    ("approximately £41m", 41_000_000),
    ("approx. £41m", 41_000_000),
    ("around £2 million", 2_000_000),
    ("an estimated £600k", 600_000),
    ("in the region of £1.1m", 1_100_000),
    ("up to £90,000", 90_000),
])
def test_estimates_are_flagged_and_keep_their_word(text, value):
    money = only(f"Spend was {text} last year.")
    assert money.value_gbp == pytest.approx(value)
    assert money.approximate
    assert money.text == text


def test_c_inside_a_word_is_not_an_estimate():
    money = only("costs etc. £5m")
    assert money.text == "£5m"
    assert not money.approximate


@pytest.mark.parametrize("text", ["£746,000 per annum", "£5m p.a.", "£5m pa", "£60k per year",
                                  "£1.1m a year", "£200,000 annually"])
def test_annual_period(text):
    money = only(f"The service costs {text}, met from the pooled budget.")
    assert money.period == "annual"
    assert money.text == text


@pytest.mark.parametrize("text, low, high", [
    ("between £2m and £3m", 2_000_000, 3_000_000),
    ("£1.5m to £2m", 1_500_000, 2_000_000),
    ("£1.5-2m", 1_500_000, 2_000_000),
    ("£40,000-60,000", 40_000, 60_000),
    ("£500k–£1m", 500_000, 1_000_000),
])
def test_ranges_are_one_sum_with_a_top(text, low, high):
    money = only(f"The lot is valued {text} over the term.")
    assert money.value_gbp == pytest.approx(low)
    assert money.upper_gbp == pytest.approx(high)
    assert money.approximate


def test_two_sums_joined_by_and_are_two_sums():
    found = find_money("The Council pays £2.5m and the ICB pays £3m.")
    assert [m.value_gbp for m in found] == [2_500_000, 3_000_000]


def test_a_change_from_one_sum_to_another_is_two_sums():
    found = find_money("The overall allocation increased from £147.93m to £168.23m.")
    assert [(m.value_gbp, m.upper_gbp) for m in found] == [(147_930_000, None), (168_230_000, None)]


def test_a_year_after_to_is_not_the_top_of_a_range():
    money = only("Funding of £5m to 2025 was agreed.")
    assert money.value_gbp == 5_000_000
    assert money.upper_gbp is None


@pytest.mark.parametrize("text", [
    "See page 12 of the appendix.",
    "The £ sign alone is not money.",
    "In 2016/17 there were 3,294 assessments, 16% more.",
    "Band 6 and Band 7 therapists; 28 calendar days.",
])
def test_not_money(text):
    assert find_money(text) == []


def test_multiplier_must_end_the_word():
    money = only("We need £5 more members.")
    assert money.value_gbp == 5


@pytest.mark.parametrize("text, value", [
    ("Greenacre Mowing £360.00 P & J Glazing £35.04", 360.0),
    ("Tanlan Print £145.50 M Davies (hall keys) £12.00", 145.5),
    ("Hedge cut £80 B Roberts Haulage £40", 80.0),
])
def test_a_spaced_letter_opening_the_next_name_is_no_multiplier(text, value):
    assert find_money(text)[0].value_gbp == value


@pytest.mark.parametrize("text, value", [("£5 m a year", 5e6), ("£3 k.", 3e3), ("£4 M (total)", 4e6), ("£544K", 544e3)])
def test_a_spaced_letter_ending_the_sum_is_a_multiplier(text, value):
    assert find_money(text)[0].value_gbp == value


def test_offsets_point_at_the_text():
    text = "Council contributing £372,000 and the ICB contributing £374,000 per annum."
    for money in find_money(text):
        assert text[money.start:money.end] == money.text


def test_component_finds_every_passages_money_once():
    from committee_papers.extract.money import money_in
    from committee_papers.extract.paper import make_paper_doc
    from committee_papers.extract.pipeline import build_nlp
    from committee_papers.ingest.model import Passage

    texts = ["Block contract £1,520,000 and c£544K; approximately £41m per annum.", "No money here.",
             "Grant of £45,000. Then £2.5m in 2026."]
    passages = [Passage(seq=i, kind="paragraph", text=t, page=1, section=None, heading=None)
                for i, t in enumerate(texts)]
    nlp = build_nlp()
    doc = nlp.get_pipe("cp_money")(make_paper_doc(nlp, passages))
    assert doc._.money == [find_money(t) for t in texts]
    assert [m.value_gbp for m in doc._.money[0]] == [1_520_000, 544_000, 41_000_000]
    assert doc._.money[0][2].period == "annual" and doc._.money[0][2].approximate
    # A sentence's sums, read from its passage's, with offsets in the sentence.
    second = texts[2].index("Then")
    sums = money_in(doc._.money[2], second, len(texts[2]))
    assert [(m.text, texts[2][second:][m.start:m.end]) for m in sums] == [("£2.5m", "£2.5m")]