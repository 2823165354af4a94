"""Round p36: providers named only by the role a clause gives them, each general cause with fictional wordings and
negatives (papers about invented bodies; the sentences are written for these tests).  The names carry no legal
ending, so each mechanism both recognises the name by its role position (org_evidence.yaml) and gives it its role
(contract_roles.yaml)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe_harness import ProviderWordings, provider_wording_tests  # noqa: E402

COUNCIL = ("Harlow Vale Council", "Cabinet")

MECHANISMS = {
    # The body a paying or funding verb takes, followed by the work it is paid for (`pays X to run S`, `funded X to
    # give advice`, `paid X £V to compost the green waste`): any verb of work, not a closed list of them.  Not the
    # words after `to` that name no work: a determiner or date (`to the end of March`, `to date`), a money verb
    # (`to fund local services`), nor a wage paid (`pay the Real Living Wage to care workers`: a wage is no body).
    "a paid or funded body and the work it is paid for": ProviderWordings(
        COUNCIL,
        naming=[
            ("In 2024/25 the Council paid Mulchbrook £186,000 to compost the green waste.", "Mulchbrook", 186_000),
            ("Last spring the Cabinet agreed to fund Fellgate Enterprise Hub to give free advice to new firms.",
             "Fellgate Enterprise Hub"),
            ("The Council pays Brackenfold Meals to prepare hot lunches at Tarrow Hall.", "Brackenfold Meals"),
            ("The Council funds Tidewater Rowing to teach water safety to Year 6 pupils.", "Tidewater Rowing"),
        ],
        naming_none=[
            "Residents pay Council Tax to fund local services.",
            "So far the Council has paid Wexley £4,000 to date.",
            "We will seek to pay the Real Living Wage to care workers.",
            "Members agreed to pay National Minimum Wage to apprentices from April.",
            "The Council funds Harbury Youth Club to the end of March.",
            "The Council pays Councillor Reed to chair the panel.",
        ],
        commissioned=True,
    ),
    # A relative clause after a name says what the body does (`X, which runs S`), in any tense (`which delivered S`,
    # `which ran S until May`, `which has provided S since 2019`) and with a service or contract it holds (`which holds
    # the adult treatment service`), wherever the name stands in the sentence.  Not a commissioning body so described,
    # nor a meeting or consultation held, nor a programme (`the X, which ran ...`).
    "a relative clause saying what the body does or did": ProviderWordings(
        COUNCIL,
        naming=[
            ("Most of the grant goes to Pathways Tarnby, which holds the adult treatment service, through a variation.",
             "Pathways Tarnby"),
            ("The risk was added after Dawnrise Home Care, which delivered about a tenth of the home care hours, handed "
             "back its packages.", "Dawnrise Home Care"),
            ("Members thanked Harbour Lanterns, which ran the night shelter until May.", "Harbour Lanterns"),
            ("The report thanks Brightwell Meals, which has provided the lunch club since 2019.", "Brightwell Meals"),
            ("Calls now go to Fellside Response, which held the alarm monitoring contract until March.", "Fellside Response"),
        ],
        naming_none=[
            "Members met Kelby Borough Council, which ran the leisure centres until 2020.",
            "Members thanked Harbour Lanterns, which held a consultation in May.",
            "Funding for the Warm Homes Accelerator, which delivered advice to homeowners, has ended.",
        ],
        commissioned=True,
    ),
}

test_a_role_evidenced_provider_is_named, test_a_sentence_without_one_names_none = provider_wording_tests(MECHANISMS)


def test_the_words_naming_no_work_after_to_are_one_list_read_by_both_rule_files():
    from committee_papers.extract.contract_roles import ROLES
    from committee_papers.extract.orgevidence import rules
    from committee_papers.extract.phrases import load
    (written,) = load("contract_roles.yaml")["provider"]["to_do_after"]
    assert written["phrase"] == "to ~PURPOSE_NOT_WORD"  # no second copy of the words
    (entry,) = ROLES["provider"]["to_do_after"]
    assert entry["phrase"][len("to ~"):].split("/") == rules()["purpose_infinitive"]["not_words"]


def test_the_any_word_but_token_takes_a_lower_case_word_other_than_those_listed():
    from committee_papers.extract.phrases import compiled
    pattern = compiled("to ~be/the/date", "start")
    assert pattern.search("to compost the green waste") and pattern.search("to run the hub")
    assert not pattern.search("to be agreed") and not pattern.search("to the end of March")
    assert not pattern.search("to date") and not pattern.search("to Harbury Council")
    assert pattern.search("to dates")  # a word is excluded whole, not as the start of a longer one
