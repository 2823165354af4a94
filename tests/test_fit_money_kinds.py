"""bench/fit_money_kinds.py: the observer hook it records through, its labels from gold, and a fit that is
deterministic and never sees its held-out set."""
from bench import fit_money_kinds as fitting
from committee_papers.extract import money_kinds
from committee_papers.extract.money import find_money


def _row(set_name, cues, label, hand="other"):
    return {"set": set_name, "paper": "p", "value": 1.0, "label": label, "cues": cues, "hand_kind": hand,
            "hand_scores": {}}


def test_an_observer_sees_each_classified_sum_with_its_value():
    sentence = "The respite contract with Harbourside Care Ltd is worth £88,000 a year."
    money = find_money(sentence)[0]
    seen = []
    money_kinds.observers.append(lambda evidence, verdict: seen.append((evidence.value_gbp, verdict.kind)))
    try:
        money_kinds.classify(money_kinds.evidence_for(sentence, money.start, money.end, 0, len(sentence),
                                                      value_gbp=money.value_gbp))
    finally:
        money_kinds.observers.clear()
    assert seen == [(88000.0, "contract")]


def test_a_sum_is_labelled_from_its_papers_gold_within_half_a_percent():
    gold = {"contracts": [{"value_gbp": 410000}], "contracts_allowed": [{"value_gbp": 55000}],
            "not_contracts": [{"value_gbp": 90000}]}
    assert fitting.label(411000, gold) == 1       # 0.24% off: the same value, as the scorer matches
    assert fitting.label(415000, gold) == 0       # 1.2% off: another sum
    assert fitting.label(55000, gold) is None     # allowed either way: left out of the fit
    assert fitting.label(90000, gold) == 0
    assert fitting.label(12.5, {}) == 0           # a paper without contracts


def test_only_development_sets_are_recorded():
    names = set(fitting.FICTIONAL) | {f"real{n}" for n in fitting.REAL_DEV}
    assert not any("blind" in name for name in names)
    assert not names & {"paraphrase5", "paraphrase6", "paraphrase16", "paraphrase17", "paraphrase18"}


ROWS = ([_row("a", ["contract:contract"], 1, "contract")] * 6 + [_row("a", ["budget:budget"], 0)] * 6
        + [_row("b", ["contract:contract"], 1, "contract")] * 4 + [_row("b", ["contract:contract", "saving:saving"], 0)] * 3
        + [_row("c", ["contract:provider"], 1)] * 5 + [_row("c", ["saving:saving"], 0)] * 2)


def test_the_fit_is_deterministic():
    first, second = fitting.fit(ROWS, 0.5), fitting.fit(ROWS, 0.5)
    assert first[0] == second[0] and (first[1] == second[1]).all() and first[2] == second[2]


def test_the_fit_learns_which_cues_mark_a_contract():
    names, weights, intercept = fitting.fit(ROWS, 0.1)
    weight = dict(zip(names, weights))
    assert weight["contract:contract"] > 0 > weight["saving:saving"]
    assert list(fitting.predict([_row("x", ["contract:contract"], 1)], names, weights, intercept)) == [True]
    assert list(fitting.predict([_row("x", ["budget:budget"], 0)], names, weights, intercept)) == [False]


def test_a_held_out_set_is_predicted_by_a_fit_that_never_saw_it():
    # `contract:provider` fires only in set c: a fit on a and b knows nothing of it, one on all sets does.
    held = [r for r in ROWS if r["set"] == "c"]
    truth = [r["label"] == 1 for r in held]
    others = fitting.fit([r for r in ROWS if r["set"] != "c"], 0.1)
    everything = fitting.fit(ROWS, 0.1)
    results = fitting.leave_one_set_out(ROWS, 0.1)
    assert results["c"]["fitted"] == fitting.counts(fitting.predict(held, *others), truth)
    assert results["c"]["fitted"] != fitting.counts(fitting.predict(held, *everything), truth) == (5, 0, 0)
    assert results["c"]["hand"] == (0, 0, 5)
    assert results["all"]["sums"] == len(ROWS)


def test_the_hand_set_scores_can_be_inputs_of_the_fit():
    rows = [dict(r, hand_scores={"contract": 1.5} if r["hand_kind"] == "contract" else {"budget": 1.0})
            for r in ROWS]
    names, _weights, _intercept = fitting.fit(rows, 1.0, with_hand=True)
    assert names[-2:] == fitting.HAND_INPUTS
