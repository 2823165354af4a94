"""Review 9A: ordinary committee-paper sentences the parties6 and contracts7 rules misread (seasons as
bodies, hosted events, consent called an agreement, land handed over, a funder's bracket, levies that fund a
contract, `no contract` before another noun).  Fictional papers run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document

COUNCIL = "Marbury District Council"


def run(*texts, heading=None):
    blocks = [Block("heading", COUNCIL, page=1, level=1),
              Block("paragraph", "Cabinet – 12 March 2025", page=1),
              Block("heading", "Service Delivery Review", page=1, level=1)]
    if heading:
        blocks.append(Block("heading", heading, page=2, level=2))
    document = Document(path="paper.txt", filename="paper.txt", format="text",
                        blocks=blocks + [Block("paragraph", t, page=2) for t in texts])
    return extract(document.passages(), {}, document.filename)


def providers(result):
    return {c.provider for c in result.contracts if c.provider}


@pytest.mark.parametrize("text", [
    "Delivery of the new depot by Spring 2026 is on track.",
    "Provision of the new play area by Easter depends on the weather.",
    "Operation of the winter shelter by Christmas needs a planning decision.",
])
def test_a_season_a_service_is_due_by_is_no_body(text):
    result = run(text)
    assert not providers(result)
    assert not {"Spring", "Easter", "Christmas"} & {o.name for o in result.organisations}


@pytest.mark.parametrize("text", [
    "The launch event for the health checks programme was hosted by Marbury Leisure Trust at the Guildhall.",
    "The stakeholder workshop on the prevention programme was hosted by the University of Oldcastle in June.",
    "The service user forum for the carers' services was hosted by Healthwatch Marbury.",
    "Network Rail's agreement to the footbridge closure was received in May.",
    "Kestrel Support Ltd's agreement to the variation was received on 3 March.",
    "The land at Mill Lane transferred from Marbury Housing Association to the Council in 2021.",
])
def test_hosts_of_events_consents_and_land_transfers_are_no_providers(text):
    assert not providers(run(text))


def test_a_funders_bracket_after_a_verb_prices_no_contract():
    result = run("The block contract with Kestrel Support Ltd is part funded by the Harlan Foundation (£300,000).",
                 "The block contract with Oakdene Care Ltd (£1.2m a year) is part funded by the Harlan Foundation "
                 "(£250,000).",
                 heading="4. Budget variances")
    valued = {c.value_gbp for c in result.contracts if c.value_gbp}
    assert 300_000 not in valued and 250_000 not in valued
    assert 1_200_000 in valued


@pytest.mark.parametrize("text, value", [
    ("The Council will award a contract to Kestrel Civils Ltd, funded from the Community Infrastructure Levy, "
     "worth £450,000 to resurface the square.", 450_000),
    ("The contract with Kestrel Support Ltd, worth £1.2m a year, ends in March and no contract extension is "
     "available.", 1_200_000),
    ("The contract with Oakdene Care Ltd is worth £640,000 and no contract variation has been requested.", 640_000),
])
def test_a_contract_funded_by_a_levy_or_with_no_extension_keeps_its_value(text, value):
    assert value in {c.value_gbp for c in run(text).contracts}


@pytest.mark.parametrize("text, provider", [
    ("The Council has awarded the £4.2m depot contract to the main contractor, Kestrel Civils Ltd, which will "
     "appoint local sub-contractors for the roofing.", "Kestrel Civils Ltd"),
    ("The prime contractor, Oakdene Care Ltd, was awarded the contract and may use subcontractors at busy times.",
     "Oakdene Care Ltd"),
    ("The lead provider, Fenmoor Group Ltd, remains responsible for the work of any sub-contractors.",
     "Fenmoor Group Ltd"),
])
def test_a_lead_provider_naming_no_sub_contractor_stays_the_provider(text, provider):
    assert provider in providers(run(text))
