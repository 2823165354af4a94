"""Paraphrases: one fact worded many ways, each a tiny fictional paper run end to end.

Contracts with a value, relations without one, and money that is no contract (a threshold, a rate,
a grant to a programme, a saving, a budget, a pooled contribution, a rejected option, a reserve).
``paraphrase_f1`` below is the figure reported in the notes: it scores every case and the test
asserts a floor, so a regression in one wording shows in the figure."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document

COVER = [Block("heading", "Brackenford Council", page=1, level=1),
         Block("paragraph", "Cabinet – 14 May 2025", page=1),
         Block("heading", "Community Support Services", page=1, level=1)]
COUNCIL = "Brackenford Council"
PROVIDER = "Fenmoor Care Ltd"


def run(text):
    blocks = list(COVER) + [Block("paragraph", "1.1 " + text, page=2)]
    document = Document(path="p.txt", filename="p.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


VALUED = [
    ("The home care contract was let to Fenmoor Care Ltd at about £2.6m a year.", 2_600_000),
    ("£310,000 is paid to Fenmoor Care Ltd for the respite service each year.", 310_000),
    ("The Council spends £1.4m a year with Fenmoor Care Ltd on day services.", 1_400_000),
    ("Fenmoor Care Ltd will provide the advocacy service from 1 April 2025 for £520,000.", 520_000),
    ("The Council commissions the carers' service from Fenmoor Care Ltd at a cost of £410,000.", 410_000),
    ("Cabinet approved the award of the contract to Fenmoor Care Ltd for £730,000.", 730_000),
    ("The reablement service is delivered by Fenmoor Care Ltd under a block contract of £880,000.", 880_000),
    ("The Council has a contract with Fenmoor Care Ltd worth £1.1m for meals at home.", 1_100_000),
    ("Brackenford Council purchases extra care from Fenmoor Care Ltd, about £900,000 a year.", 900_000),
    ("A grant of £45,000 to Fenmoor Care Ltd funds the befriending service.", 45_000),
    ("Fenmoor Care Ltd is the current provider of the night service, with an annual value of £260,000.", 260_000),
    ("The day centre contract (Fenmoor Care Ltd): £330,000 per annum.", 330_000),
    ("Fenmoor Care Ltd – befriending service – £75,000 a year.", 75_000),
]
RELATIONS = [
    "Fenmoor Care Ltd were commissioned to carry out the review of day services.",
    "The Council engaged Fenmoor Care Ltd to provide the sitting service.",
    "Fenmoor Care Ltd has been appointed as the provider of the wellbeing service.",
    "The sitting service is provided by Fenmoor Care Ltd.",
    "The contract for the befriending service was awarded to Fenmoor Care Ltd.",
    "The Council will enter into a grant funding agreement with Fenmoor Care Ltd for the lunch club.",
    "Fenmoor Care Ltd, the current provider of the night service, has asked to extend.",
]
NOT_CONTRACTS = [
    ("Any award over £500,000 requires Cabinet approval.", "threshold"),
    ("Home care is bought at £21.50 per hour.", "rate"),
    ("The Council will allocate £4m to the active travel programme.", "grant"),
    ("The new model saves £400,000 a year.", "saving"),
    ("The budget for community support is £2.4m.", "budget"),
    ("The Council's contribution to the pooled fund is £5.9m.", "pooled"),
    ("Option 2, building a new centre at a cost of £4m, was rejected.", "hypothetical"),
    ("The Council holds earmarked reserves of £12m.", "reserve"),
    ("This is a key decision as it involves expenditure over £500k.", "threshold"),
]


def _valued_ok(result, value):
    rows = [c for c in result.contracts if c.value_gbp is not None]
    return len(rows) == 1 and abs(rows[0].value_gbp - value) < 1 and rows[0].provider == PROVIDER \
        and rows[0].commissioner == COUNCIL


def _relation_ok(result):
    return [(c.commissioner, c.provider, c.value_gbp) for c in result.contracts] == [(COUNCIL, PROVIDER, None)]


def _not_contract_ok(result, kind):
    return not [c for c in result.contracts if c.value_gbp is not None] and kind in [a.kind for a in result.amounts]


@pytest.mark.parametrize("text, value", VALUED)
def test_contract_with_a_value(text, value):
    result = run(text)
    rows = [c for c in result.contracts if c.value_gbp is not None]
    assert [(c.commissioner, c.provider, c.value_gbp) for c in rows] == [(COUNCIL, PROVIDER, value)]
    assert rows[0].rule.startswith("contracts.prose.") and "money_kinds.contract" in rows[0].rule


@pytest.mark.parametrize("text", RELATIONS)
def test_relation_without_a_value(text):
    assert _relation_ok(run(text)), run(text).contracts


@pytest.mark.parametrize("text, kind", NOT_CONTRACTS)
def test_money_that_is_not_a_contract(text, kind):
    result = run(text)
    assert [c for c in result.contracts if c.value_gbp is not None] == []
    assert kind in [a.kind for a in result.amounts]


def paraphrase_f1() -> float:
    """F1 over all cases: a case is a true positive when the contract (or relation) comes out right,
    a false negative when it does not, and a non-contract case stored as a contract is a false positive."""
    tp = fp = fn = 0
    for text, value in VALUED:
        result = run(text)
        if _valued_ok(result, value):
            tp += 1
        else:
            fn += 1
            fp += len([c for c in result.contracts if c.value_gbp is not None and abs(c.value_gbp - value) >= 1])
    for text in RELATIONS:
        if _relation_ok(run(text)):
            tp += 1
        else:
            fn += 1
    for text, kind in NOT_CONTRACTS:
        fp += len([c for c in run(text).contracts if c.value_gbp is not None])
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_paraphrase_f1_floor():
    assert paraphrase_f1() >= 0.8


if __name__ == "__main__":
    print(f"paraphrase F1 = {paraphrase_f1():.3f}")
