"""Provider relations stated without a value, and a threshold read as a price (branch prov17): each a general
mechanism with fictional wordings of its own, run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.orgfinder import find_names
from tests.test_contracts_leftovers import paper


def relations(result):
    return {(c.commissioner, c.provider) for c in result.contracts if c.value_gbp is None}


# ---- 1. a consultant awarded a piece of work, or commissioned in a past-perfect report -----------------------

@pytest.mark.parametrize("authority, sentence, provider", [
    ("Brackenford Council", "Quotes for the flood study came back in March; Hallward have been awarded the work "
     "and report in the autumn.", "Hallward"),
    ("Wexcombe District Council", "After a mini-competition Wrexley Insight was awarded the evaluation commission.",
     "Wrexley Insight"),
    ("Tarnshire Combined Authority", "Members were told that Larkrise Advisory had been commissioned to test the "
     "draft staffing plan before it went to the unitary councils.", "Larkrise Advisory"),
    ("Marbury City Council", "Officers confirmed that Quenby had been appointed to audit the pension fund.", "Quenby"),
])
def test_a_named_consultant_awarded_or_commissioned_is_a_relation(authority, sentence, provider):
    assert (authority, provider) in relations(paper(authority, sentence))


def test_a_title_awarded_is_no_relation():
    assert not relations(paper("Brackenford Council", "The Mayor was awarded the freedom of the borough in May."))


# ---- 2. an ambulance trust named without its legal form -------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The out of hours line is provided by the Wessex Ambulance Service across the county.", "Wessex Ambulance Service"),
    ("Crews from North Mercia Ambulance Service attended the incident.", "North Mercia Ambulance Service"),
    ("Calls go to Tarnshire Ambulance Service NHS Trust at night.", "Tarnshire Ambulance Service NHS Trust"),
])
def test_an_ambulance_service_is_an_nhs_trust(text, name):
    found = [f for f in find_names(text) if f.name == name]
    assert found and found[0].kind == "nhs_trust"


def test_the_ambulance_service_without_a_place_is_no_body():
    assert not find_names("The ambulance service attended, and so did the Ambulance Service for the region.")


# ---- 3. a relative clause naming the body's providing role (speech or print) ---------------------------------

@pytest.mark.parametrize("sentence, provider", [
    ("Apologies were sent by the Tarnshire Ambulance Service, who is our provider of patient transport, so the "
     "Chair will write to them.", "Tarnshire Ambulance Service"),
    ("Oakdene Care, who are the current providers of night sitting, will attend in March.", "Oakdene Care"),
    ("Nobody from Kelsey Lifts, who remain our supplier for the stairlifts, could come.", "Kelsey Lifts"),
])
def test_who_is_our_provider_makes_a_relation(sentence, provider):
    assert ("North Mercia ICB", provider) in relations(paper("North Mercia ICB", sentence))


def test_who_is_our_lead_is_no_relation():
    assert not relations(paper("North Mercia ICB", "We met Councillor Dunn, who is our lead for carers."))


# ---- 4. goods ordered from a supplier, and a second supplier with the verb left out -------------------------

@pytest.mark.parametrize("sentence, providers", [
    ("Replacement shelters are to be commissioned and ordered from Kerbline, with footings, lighting and road "
     "closures from Pavestone.", {"Kerbline", "Pavestone"}),
    ("Kits were bought from Stridewell, with fitting, testing and staff training from Coilbright.",
     {"Stridewell", "Coilbright"}),
    ("Lamps are ordered from Lumenfield Ltd, with the columns and their installation from Tallpost.",
     {"Lumenfield Ltd", "Tallpost"}),
])
def test_ordered_from_and_with_from_name_suppliers(sentence, providers):
    found = {provider for _, provider in relations(paper("Brackenford Council", sentence))}
    assert providers <= found


# ---- 5. a threshold for the class just named is no contract value ---------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("RESOLVED: That the Director may let whatever contracts the depot scheme requires (including any over £500k) "
     "within the approved budget.", 500_000),
    ("To sign the farm business tenancies, and those above £250,000 after consulting the Leader.", 250_000),
    ("Officers may place the works orders for the bridges, including ones exceeding £100,000, within the envelope.",
     100_000),
])
def test_a_threshold_for_the_class_named_is_no_contract_value(sentence, value):
    result = paper("Brackenford Council", sentence)
    assert value not in {c.value_gbp for c in result.contracts}


def test_a_priced_award_keeps_its_value():
    result = paper("Brackenford Council", "Cabinet agreed to award the contract for depot works to Fenmoor Group Ltd "
                   "at £640,000, and any over that sum needs a waiver.")
    assert 640_000 in {c.value_gbp for c in result.contracts}


# ---- 6. services commissioned at named centres run by bodies of their own ------------------------------------

@pytest.mark.parametrize("sentence, providers", [
    ("Members asked how the Commissioned Services at Larkrise and Dunmere Family Hubs would be evaluated.",
     {"Larkrise Family Hub", "Dunmere Family Hub"}),
    ("The Cabinet Member decided not to renew the contracts for the commissioned hubs at the Pellow and Tarnbrook "
     "Family Hubs.", {"Pellow Family Hub", "Tarnbrook Family Hub"}),
    ("The contracted respite beds at the Larkhill and St Wenna Hospices end in March.",
     {"Larkhill Hospice", "St Wenna Hospice"}),
])
def test_services_commissioned_at_named_centres_are_relations(sentence, providers):
    found = {provider for _, provider in relations(paper("Wessex County Council", sentence))}
    assert providers <= found


def test_the_councils_own_hubs_are_no_relation():
    result = paper("Wessex County Council", "Opening hours at the Pennyfold and Calloway Family Hubs change in April; "
                   "both are council buildings staffed by council officers.")
    assert not relations(result)


@pytest.mark.parametrize("sentence", [
    "By the summer Copperline had been commissioned to check the draft staffing model.",
])
def test_a_short_brand_name_in_the_role_position_is_a_provider(sentence):
    assert ("Wessex County Council", "Copperline") in relations(paper("Wessex County Council", sentence))


# ---- 7. a meeting page's table cell wrapped in the page source reads as the browser shows it -----------------

_MEETING_PAGE = """<html><body><h1>{authority}</h1><p>Overview and Scrutiny Committee, 9 March 2026</p>
<table><tr><th>No.</th><th>Item</th></tr>
<tr><td>6.</td><td><p>Minutes:</p><p>The Director presented the report.
Members were told that {before}
{after} {rest}</p></td></tr></table></body></html>"""


@pytest.mark.parametrize("authority, before, after, rest, provider", [
    ("Tarnshire Combined Authority", "by the summer Copper", "Line",
     "had been commissioned to check the staffing model.", "Copper Line"),
    ("Wexcombe District Council", "after a mini-competition Wrexley", "Insight",
     "was awarded the evaluation commission.", "Wrexley Insight"),
    ("Marbury City Council", "officers had engaged Brightmoor", "Insight",
     "to run the residents' survey.", "Brightmoor Insight"),
])
def test_a_name_wrapped_in_the_page_source_is_one_name(tmp_path, authority, before, after, rest, provider):
    from committee_papers.ingest.registry import read_document
    from committee_papers.extract.pipeline import extract

    path = tmp_path / "meeting.html"
    path.write_text(_MEETING_PAGE.format(authority=authority, before=before, after=after, rest=rest))
    document = read_document(path)
    assert any(provider in cell for block in document.blocks for row in block.rows for cell in row)
    result = extract(document.passages(), {}, document.filename)
    assert provider in {c.provider for c in result.contracts}


# ---- 8. an honour for services to a field is no contract --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Alderman Pryce, who chaired the Board for ten years, holds an OBE for services to local history.",
    "The late Mrs Dunn was awarded the MBE for her services to Wexcombe Carers Trust.",
    "He received a medal for his long service to Harbourside Lifeboat Ltd in 1998.",
])
def test_an_honour_for_services_to_a_body_is_no_relation(sentence):
    assert not paper("Wessex County Council", sentence).contracts


# ---- 9. a denied noun's relative clause states its own relation ------------------------------------------------

@pytest.mark.parametrize("sentence, provider", [
    ("I asked about the crisis line, not the patient transport service that is provided by the Wessex Ambulance "
     "Service.", "Wessex Ambulance Service"),
    ("We discussed the day centres, not the respite service which is run by Oakdene Care Ltd.", "Oakdene Care Ltd"),
    ("Our concern was the waiting list, not the hearing service that was delivered by Corvan Audiology Ltd last "
     "year.", "Corvan Audiology Ltd"),
])
def test_a_relative_clause_after_a_denial_keeps_its_relation(sentence, provider):
    assert ("North Mercia ICB", provider) in relations(paper("North Mercia ICB", sentence))


@pytest.mark.parametrize("sentence", [
    "The hearing service that is not provided by Corvan Audiology Ltd was discussed.",
    "The night sitting service which is no longer run by Oakdene Care Ltd was discussed.",
])
def test_a_denial_inside_the_relative_clause_still_denies(sentence):
    assert not relations(paper("North Mercia ICB", sentence))


def test_a_transcripts_repeated_word_before_the_role():
    result = paper("North Mercia ICB", "Yes, and the Wessex Ambulance Service who who is our provider of "
                   "night transport has sent apologies.")
    assert ("North Mercia ICB", "Wessex Ambulance Service") in relations(result)


# ---- 10. the body a passage says places the orders buys from the passage's suppliers -------------------------

@pytest.mark.parametrize("paragraph, buyer, suppliers", [
    ("The shelters are to be ordered from Kerbline, with footings and road closures from Pavestone. Harbury Town "
     "Council will raise the orders and add the shelters to its asset register.",
     "Harbury Town Council", {"Kerbline", "Pavestone"}),
    ("Kits were bought from Stridewell Ltd. North Mercia ICB would then place the purchase orders.",
     "North Mercia ICB", {"Stridewell Ltd"}),
    ("Marbury City Council placed the orders in May. Lamps are ordered from Lumenfield Ltd under the framework.",
     "Marbury City Council", {"Lumenfield Ltd"}),
])
def test_the_order_placer_is_the_buyer(paragraph, buyer, suppliers):
    result = paper("Tarnshire Combined Authority", paragraph)
    assert {(buyer, supplier) for supplier in suppliers} <= relations(result)


def test_a_supplier_raising_invoices_is_no_buyer():
    result = paper("Tarnshire Combined Authority", "Kits were bought from Stridewell Ltd. Stridewell Ltd will raise "
                   "the invoices monthly.")
    assert relations(result) == {("Tarnshire Combined Authority", "Stridewell Ltd")}


# ---- review17-B: ordinary wordings the round's rules must leave alone -------------------------------------------

@pytest.mark.parametrize("sentence, provider", [
    ("Cabinet approved the contract award for grounds maintenance services to Kelby Grounds Ltd.", "Kelby Grounds Ltd"),
    ("The award for cleaning services to Orton Cleaning Ltd was confirmed by the Director.", "Orton Cleaning Ltd"),
    ("Members noted the award for home care services to Fenmoor Care CIC from April.", "Fenmoor Care CIC"),
])
def test_a_contract_award_for_services_to_a_body_is_no_honour(sentence, provider):
    assert ("Wexcombe District Council", provider) in relations(paper("Wexcombe District Council", sentence))


@pytest.mark.parametrize("sentence", [
    "Orton Homes Ltd was awarded a prize for its work with carers.",
    "Kelby Care Group, which is the largest provider of residential care in the county, has closed two homes.",
    "Tarnby Homecare Ltd, which is the leading supplier of stairlifts in the region, has moved to Orton.",
])
def test_a_prize_or_a_market_position_is_no_relation(sentence):
    assert not relations(paper("Wexcombe District Council", sentence))


@pytest.mark.parametrize("text", [
    "The Committee reviewed the Emergency Ambulance Service in May.",
    "The Patient Transport Ambulance Service contract ends in March.",
    "Demand on the Non-Emergency Ambulance Service rose again.",
])
def test_a_kind_of_ambulance_service_is_no_trust(text):
    assert not find_names(text)


@pytest.mark.parametrize("cell", ["Kelby Care Ltd, now CQC rated Good", "Kelby Care Ltd (currently TUPE consultation)",
                                  "Kelby Care Ltd; now Requires Improvement"])
def test_a_provider_cell_whose_switch_names_no_body_keeps_the_body(cell):
    from tests.test_contracts_leftovers import _table_paper
    result = _table_paper("Wexcombe District Council", "3. Current services",
                          [["Service", "Provider", "Annual value"], ["Day opportunities", cell, "£320,000"]])
    assert "Kelby Care Ltd" in (result.contracts[0].provider or "")
