"""Contracts and parties of branch c19b: each a general mechanism with fictional wordings and layouts of other
authorities, and negatives, run through the whole extraction pipeline."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.extract import orgevidence  # noqa: E402
from committee_papers.extract.pipeline import extract  # noqa: E402
from fictional_paper import passages_from_lines  # noqa: E402


def _result(*lines):
    return extract(passages_from_lines(*lines), {}, "paper.txt")


def _pairs(*lines):
    return {(c.commissioner, c.provider) for c in _result(*lines).contracts if c.provider}


def _bodies(*lines):
    return {o.name for o in _result(*lines).organisations}


# ---- 1. people are never bodies (org_evidence.yaml people; organisations.OrgIndex._add_evidenced) -----------------
# A bare two-word name in a role frame (`X was happy to accept the commission`) may be a person's: the paper says so
# where it lists that person as present, attending or sending apologies (a line, lines or a table's rows under the
# lead, initials in brackets), writes a title before the name, or signs with it.  One guard, where evidenced names
# become bodies, takes none of them, whichever frame found the name.

@pytest.mark.parametrize("example", orgevidence.rules()["people"]["examples"])
def test_the_people_lists_read_their_examples(example):
    assert orgevidence.people(example["lines"]) == frozenset(example["people"])


@pytest.mark.parametrize("lines, person", [
    # a present list on one line, titles and a bracketed role
    (("Orton Parish Council", "Minutes of the Parish Council", "Present: Cllr Ann Lee, Cllr Sam Price, Owen Tull (Clerk)",
      "12/25 Owen Tull was happy to accept the commission for the village sign."), "Owen Tull"),
    # a present list as a table under its heading
    (("Harrow Vale Community Association", "Minutes of the committee", "# Members present",
      [["Name", "Role"], ["Ruth Askew", "Chair"], ["Owen Tull", "Treasurer"]],
      "6. Owen Tull has agreed to take on the contract for the hall cleaning."), "Owen Tull"),
    # attendees with their initials, then initials in the record
    (("Friends of Kelby Park", "Note of the meeting", "Attendees: Ruth Askew (RA), Owen Tull (OT) and Mia Fenn (MF)",
      "5. MF agreed to draft the leaflet. Mia Fenn agreed to take on the commission to design the new logo."),
     "Mia Fenn"),
    # apologies in a sentence
    (("Tarnside Town Council", "Minutes of the Full Council",
      "Apologies for absence were received from Dan Hale and Nora Vance.",
      "44/25 Nora Vance had agreed to take on the engagement as tree warden."), "Nora Vance"),
    # a title elsewhere in the paper
    (("Wexcombe Village Hall Trust", "Minutes of the trustees", "3. Councillor Pat Orme reported on the roof.",
      "4. Pat Orme has accepted the commission for the mural in the foyer."), "Pat Orme"),
])
def test_a_person_the_paper_lists_is_no_party(lines, person):
    assert person not in _bodies(*lines)
    assert not {provider for _buyer, provider in _pairs(*lines)} & {person}


@pytest.mark.parametrize("lines, pair", [
    (("Orton Parish Council", "Minutes", "Present: Cllr Ann Lee, Owen Tull (Clerk)",
      "5. Penhallow Glass has accepted the contract for the chapel windows."), ("Orton Parish Council", "Penhallow Glass")),
    # a firm sharing an attendee's surname is still a firm
    (("Orton Parish Council", "Minutes", "Present: Cllr Ann Lee, Owen Tull (Clerk)",
      "5. Tull Joinery has accepted the contract for the new benches."), ("Orton Parish Council", "Tull Joinery")),
    # a name in a present list that stands for no one there, and a sentence after the list
    (("Harrow Vale Parish Council", "Minutes", "# Present", [["Ruth Askew", "Chair"]],
      "The Chair welcomed everyone to the meeting and thanked the hall volunteers for their work.",
      "6. Kestle Signs was happy to accept the commission for the noticeboard."),
     ("Harrow Vale Parish Council", "Kestle Signs")),
])
def test_a_firm_beside_an_attendance_list_is_still_a_party(lines, pair):
    assert pair in _pairs(*lines)


def test_a_firm_attending_under_its_profession_is_no_person():
    assert orgevidence.people(["In attendance: Hallam Crane (Auditors), Jo Bell (Clerk)"]) == {"Jo Bell"}


# ---- 2. work done for the body by a person of a firm (org_evidence.yaml role.delivered_by; contract_roles.yaml
# provider.before; orgevidence._after_a_person) -------------------------------------------------------------------
# A small body's minutes name the person who does the work and the firm they are of: `the research being completed
# for us by Ann Lee of X`; the person stands for the firm (people are never bodies), which supplies the body.

@pytest.mark.parametrize("lines, pair", [
    (("Kelby Libraries Trust", "Minutes of the Board",
      "4. A count of visitors, undertaken for us by Ann Lee of Marlow Insight, reports in June."),
     ("Kelby Libraries Trust", "Marlow Insight")),
    (("Orton Parish Council", "Minutes of the Parish Council",
      "7/25 The tree survey was conducted for us by Owen Tull of Harbury Arboriculture and found two unsafe limes."),
     ("Orton Parish Council", "Harbury Arboriculture")),
    (("Tarnside Town Council", "Minutes of the Full Council",
      "12. The condition survey of the hall, carried out for us by Dr Ola Kim of Kestle Surveying, was received."),
     ("Tarnside Town Council", "Kestle Surveying")),
])
def test_a_person_of_a_firm_doing_the_work_names_the_firm(lines, pair):
    assert pair in _pairs(*lines)
    assert not {provider for _buyer, provider in _pairs(*lines)} & {"Ann Lee", "Owen Tull", "Ola Kim"}


@pytest.mark.parametrize("sentence", [
    "4. The application form was completed by the applicant in May.",
    "4. The minutes were taken by Ann Lee of the Friends group.",
    "4. The survey was completed for us by volunteers of the society.",
])
def test_work_done_by_no_named_firm_names_no_provider(sentence):
    assert not {provider for _buyer, provider in _pairs("Kelby Libraries Trust", "Minutes of the Board", sentence)} - {None}


# ---- 3. a quote chosen among several (contract_quotes.yaml; extract/contract_quotes.py) --------------------------
# Minutes record the quotes received, then the choice: the chosen supplier's own sum is its contract, another
# supplier's quote none; or one supplier's priced options, then the option chosen by its words.

from committee_papers.extract.contract_quotes import rules as quote_rules  # noqa: E402


def _valued_pairs(*lines):
    return {(c.provider, c.value_gbp) for c in _result(*lines).contracts if c.provider}


@pytest.mark.parametrize("example", quote_rules()["examples"])
def test_the_quote_examples_read_as_said(example):
    found = _valued_pairs("Orton Parish Council", "Minutes of the Parish Council", "5. " + example["text"])
    if example.get("none"):
        # No body's contract at a sum another body quoted (the example's `not` pairs).
        assert example["not"] and not {(provider, value) for provider, value in example["not"]} & found
    else:
        assert found == {(example["provider"], example["value"])}


@pytest.mark.parametrize("lines, expected", [
    (("Kelby Village Hall Trust", "Minutes of the trustees",
      "6. Boiler: Penhallow Heating Ltd quoted £3,400 and Brightwater Plumbing Ltd quoted £2,950. After discussion the "
      "trustees agreed to go with Penhallow Heating Ltd as it could start in May."), {("Penhallow Heating Ltd", 3400)}),
    (("Tarnside Town Council", "Minutes of the Full Council",
      "44/25 Kestle Signs Ltd gave an estimate of £880 for oak fingerposts and £540 for painted steel. Members agreed to "
      "proceed with the oak fingerposts."), {("Kestle Signs Ltd", 880)}),
])
def test_the_chosen_quote_is_the_contract(lines, expected):
    assert _valued_pairs(*lines) == expected


def test_quotes_with_no_choice_keep_each_sum_with_its_own_quoter():
    found = _valued_pairs("Orton Parish Council", "Minutes",
                          "5. Penhallow Heating Ltd quoted £3,400 and Brightwater Plumbing Ltd quoted £2,950. "
                          "Members deferred the decision.")
    assert ("Penhallow Heating Ltd", 2950) not in found and ("Brightwater Plumbing Ltd", 3400) not in found


def test_the_buyer_after_a_tender_word_quoted_nothing():
    found = _valued_pairs("Wexcombe District Council", "Cabinet – 4 June 2025",
                          "4.1 Three bids were received; Fenmoor Leisure Ltd was the preferred bidder.",
                          "4.2 The winning tender requires the Council to pay a fee of £84,000 per annum, compared with "
                          "£390,000 under the current contract.")
    assert ("Fenmoor Leisure Ltd", 84000) in found
