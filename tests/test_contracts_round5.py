"""Contract relations of round contracts5 (tests/paraphrase/README.md): bodies listed after a colon or
in a bullet list after a lead-in, the commissioner a service is run `for`, a payee named as the subject
of `receives £V` or by a pronoun (`the Council pays it £V`), a consultancy `commissioned by the ICB in
January to review ...`, a premium paid to a named insurer, and the place of an IJB's name (no
`<Place> Integration Joint Council`).  Fictional papers run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.money_kinds import states_premium
from committee_papers.extract.organisations import _place_of
from committee_papers.extract.phrases import load
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(authority, *blocks, title="Community Services Update"):
    cover = [Block("heading", authority, page=1, level=1),
             Block("paragraph", "Cabinet – 12 March 2025", page=1),
             Block("heading", title, page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=cover + list(blocks))
    return extract(document.passages(), {}, document.filename)


def para(text):
    return Block("paragraph", text, page=2)


def item(text):
    return Block("list_item", text, page=2)


def parties(extraction):
    return {(c.commissioner, c.provider) for c in extraction.contracts}


def valued(extraction):
    return {(c.commissioner, c.provider, c.value_gbp) for c in extraction.contracts if c.value_gbp is not None}


# ---- 1. a list after a colon, or a bullet list after a lead-in -------------------------------------

@pytest.mark.parametrize("text, names", [
    ("The Council funds the following groups to run its lunch clubs: Marden Youth Forum CIC; Oakleaf Sheds Ltd; "
     "Riverside Community Association CIC.", ["Marden Youth Forum CIC", "Oakleaf Sheds Ltd", "Riverside Community Association CIC"]),
    ("The following providers deliver the hearing tests service: Clearsound Audiology Ltd, Earwise Clinics Ltd and "
     "Hearwell Audiology LLP.", ["Clearsound Audiology Ltd", "Earwise Clinics Ltd", "Hearwell Audiology LLP"]),
    ("Under the framework the Council has appointed the following contractors to resurface estate roads: Fenmoor "
     "Civils Ltd, Kestrel Roads Ltd and Oakdene Surfacing Ltd.", ["Fenmoor Civils Ltd", "Kestrel Roads Ltd", "Oakdene Surfacing Ltd"]),
])
def test_each_body_listed_after_a_role_cue_and_a_colon_provides(text, names):
    got = paper("Brackenford Borough Council", para(text))
    assert parties(got) == {("Brackenford Borough Council", name) for name in names}
    assert all(c.rule == "contracts.prose.relation" for c in got.contracts)


@pytest.mark.parametrize("lead, names", [
    ("The community equipment service is commissioned from:", ["Lynchgate Equipment Ltd", "Fenmoor Mobility CIC"]),
    ("Night sitting is delivered by:", ["Kestrel Support Ltd", "Oakdene Care Ltd"]),
    ("The ICB funds the following charities to run the carers' drop-ins:", ["Brightwater Advice CIC", "Marsh Lane Lunch Club Ltd"]),
])
def test_each_bullet_after_a_lead_in_naming_providers_provides(lead, names):
    got = paper("Wessex County Council", para(lead), *[item(f"{name} ({area})") for name, area in zip(names, ["north", "south"])])
    assert parties(got) == {("Wessex County Council", name) for name in names}


@pytest.mark.parametrize("lead, names", [
    ("The following organisations were consulted:", ["Kestrel Support Ltd", "Oakdene Care Ltd"]),
    ("Members thanked the following groups:", ["Harbour Lights Trust Ltd", "Kindred Carers CIC"]),
    ("The following groups attended the forum:", ["Marden Youth Forum CIC", "Oakleaf Sheds Ltd"]),
])
def test_a_list_of_bodies_consulted_or_thanked_names_no_provider(lead, names):
    got = paper("Wessex County Council", para(lead), *[item(name) for name in names],
                para(f"{lead[:-1]} {names[0]}; {names[1]}."))
    assert not got.contracts


# ---- 2. the commissioner a service is run for ------------------------------------------------------

@pytest.mark.parametrize("text, commissioner, provider", [
    ("Members were told that Pellbrook Primary Care Ltd will operate the weekend urgent clinics for NHS Orbury and "
     "Vale ICB from 5 January 2026.", "NHS Orbury and Vale ICB", "Pellbrook Primary Care Ltd"),
    ("Kestrel Support Ltd provides the carers' service on behalf of Selwood County Council.", "Selwood County Council",
     "Kestrel Support Ltd"),
    ("Oakdene Care Ltd currently delivers night sitting in the east for North Mercia ICB.", "North Mercia ICB",
     "Oakdene Care Ltd"),
])
def test_the_body_a_service_is_run_for_commissions_it(text, commissioner, provider):
    got = paper("Harnwick Borough Council", para(text))
    assert parties(got) == {(commissioner, provider)}


def test_a_place_a_service_is_run_for_is_no_commissioner():
    got = paper("Harnwick Borough Council",
                para("Tollgate Meals Ltd will run the breakfast club for Brackenford Primary School from September."))
    assert parties(got) == {("Harnwick Borough Council", "Tollgate Meals Ltd")}


# ---- 3. payment wordings: the receiver as subject, a pronoun as payee ------------------------------

@pytest.mark.parametrize("texts, expected", [
    (["Ashworth Family Hub Ltd receives £120,000 a year and Riverside Family Hub Ltd receives £95,000 a year."],
     {("Ashworth Family Hub Ltd", 120000), ("Riverside Family Hub Ltd", 95000)}),
    (["Harbourside Parents Forum CIC is a voluntary body set up in 2019; the Council pays it £52,000 a year for "
      "the advice line."], {("Harbourside Parents Forum CIC", 52000)}),
    (["Tollgate Meals Ltd runs the lunch club at the civic hall. The Council paid them £18,400 last year."],
     {("Tollgate Meals Ltd", 18400)}),
    (["Fenmoor Grounds Ltd is paid £95,000 per annum for grounds maintenance."], {("Fenmoor Grounds Ltd", 95000)}),
    (["A management fee of £410,000 a year is paid to Padley Leisure Services Ltd."], {("Padley Leisure Services Ltd", 410000)}),
])
def test_a_sum_paid_to_a_body_named_as_receiver_or_by_a_pronoun_is_its_contract(texts, expected):
    got = paper("Kindlewood Borough Council", *[para(t) for t in texts])
    assert {(p, v) for _c, p, v in valued(got)} == expected
    assert {c for c, _p, _v in valued(got)} == {"Kindlewood Borough Council"}


@pytest.mark.parametrize("text", [
    "Kindlewood Borough Council receives £95,000 a year from car parking.",
    "The Council expects it to cost £40,000.",
    "Harbour Lights Trust Ltd told the Board that it needs £12,000 more.",
])
def test_money_the_paper_body_receives_or_a_pronoun_without_pay_names_no_payee(text):
    got = paper("Kindlewood Borough Council", para(text))
    assert not valued(got)


def test_an_award_for_a_long_service_names_its_winner_and_total_cost():
    got = paper("Ashlowe City Council", para(
        "To award a contract for the delivery and periodic renewal of first aid courses for lunchtime supervisors to "
        "Brightstep Safety Training CIC for three years from 1 January 2026, at a total cost of £87,500."))
    assert valued(got) == {("Ashlowe City Council", "Brightstep Safety Training CIC", 87500)}


# ---- 4. a consultancy commissioned by the ICB ------------------------------------------------------

@pytest.mark.parametrize("text, provider", [
    ("Clearwell Health Consulting Ltd was commissioned by the ICB in June 2025 to audit the standard of "
     "wheelchair service assessments.", "Clearwell Health Consulting Ltd"),
    ("Kestrel Advisory LLP has been engaged by the ICB last autumn to review the discharge pathway.", "Kestrel Advisory LLP"),
    ("Oakdene Research CIC were appointed by North Mercia ICB in spring 2024 as the evaluator of the pilot.",
     "Oakdene Research CIC"),
])
def test_a_body_commissioned_by_the_icb_to_do_a_piece_of_work_provides_it(text, provider):
    got = paper("North Mercia ICB", para(text), title="Quality and Performance Committee")
    assert parties(got) == {("North Mercia ICB", provider)}


# ---- 6. a premium paid to a named insurer ----------------------------------------------------------

@pytest.mark.parametrize("text, insurer, value", [
    ("(ii) accept the quote from Tidewell Assurance Ltd for a five-year long-term undertaking at an annual "
     "premium of £3,975;", "Tidewell Assurance Ltd", 3975),
    ("The Town Council pays an insurance premium of £6,240 a year to Kelby Underwriting Ltd.", "Kelby Underwriting Ltd", 6240),
    ("The fleet is insured by Fenmoor Assurance Ltd, whose premium is £4,100 a year.", "Fenmoor Assurance Ltd", 4100),
])
def test_a_premium_paid_to_a_named_insurer_is_a_contract(text, insurer, value):
    got = paper("Tappington Town Council", para(text))
    assert valued(got) == {("Tappington Town Council", insurer, value)}
    assert all(c.rule.endswith("[premium_paid]") for c in got.contracts if c.value_gbp)


@pytest.mark.parametrize("text", [
    "The premium sits inside the 2026/27 insurance allocation of £9,500.",
    "The contractor must hold public liability insurance of £5m.",
    "Council tax rises by 2% for the adult social care premium, bringing in £4.7 million.",
])
def test_insurance_cover_a_premium_budget_or_a_precept_premium_is_no_contract(text):
    assert not valued(paper("Tappington Town Council", para(text)))


@pytest.mark.parametrize("example", load("money_kinds.yaml")["premium"]["examples"])
def test_each_premium_example_names_its_sum_a_premium(example):
    assert states_premium(example[:example.index("£")])


@pytest.mark.parametrize("example", load("contract_roles.yaml")["pronoun_payee"]["before"][0]["examples"])
def test_each_pronoun_payee_example_pays_the_body_named_before(example):
    name = example.split(" is ")[0].split(" runs ")[0].replace("We commissioned ", "").split(" in 2024")[0]
    text = example.replace("[", "").replace("]", "") + " for the service."
    got = paper("Brackenford Council", para(text))
    assert [c.provider for c in got.contracts if c.value_gbp] == [name]


# ---- 5. the place of a name is not its type's words -------------------------------------------------

@pytest.mark.parametrize("name, place", [
    ("Lochandean Integration Joint Board", "Lochandean"),
    ("North Mercia Integrated Care Board", "North Mercia"),
    ("Glenmorrow IJB", "Glenmorrow"),
])
def test_the_place_of_a_name_stops_before_its_type_ending(name, place):
    assert _place_of(name) == place


@pytest.mark.parametrize("board", ["Lochandean Integration Joint Board", "Strathmoy Integration Joint Board",
                                   "Glenarrow Integration Joint Board"])
def test_an_ijb_paper_speaking_of_the_council_implies_no_integration_joint_council(board):
    got = paper(board, para("Day support is delivered by the Council's own day centres and by Glenview Home Care "
                            "Ltd, which has a contract with the Partnership worth £1.7m a year."),
                title="Care at Home Capacity Plan")
    names = {o.name for o in got.organisations}
    assert not any("Joint Council" in name for name in names)
    assert valued(got) == {(board, "Glenview Home Care Ltd", 1700000)}


# ---- a decision notice laid out as `Label | prose` rows ---------------------------------------------

def table(rows):
    return Block("table", rows=rows, header_rows=1, page=2)


@pytest.mark.parametrize("rows, provider, value", [
    ([["Key decision", "Yes (forward plan reference KD/25/014)"],
      ["Decision taken", "(a) Cabinet extended the contract with Active Morley Leisure Ltd for the running of the three "
                         "swimming pools for eighteen months from 1 October 2026, at a management fee of £410,000 a year."],
      ["Reasons", "The extension allows the pool to be refurbished before the contract is re-let next year."]],
     "Active Morley Leisure Ltd", 410000),
    ([["Decision reference", "CMD/2025/031"],
      ["Decision", "The Cabinet Member approved the award of the first aid course contract to Brightstep "
                   "Safety Training CIC for three years at a total cost of £87,500."]],
     "Brightstep Safety Training CIC", 87500),
    ([["Item", "Highways"],
      ["What was decided", "Officers will instruct Tarnway Surfacing Ltd to carry out the pothole repairs under the "
                           "term contract, and Tarnway Surfacing Ltd is paid £1,200,000 for the programme."]],
     "Tarnway Surfacing Ltd", 1200000),
])
def test_a_label_and_prose_row_reads_its_sums_as_prose(rows, provider, value):
    got = paper("Morley District Council", table(rows), title="Notice of Decisions")
    assert valued(got) == {("Morley District Council", provider, value)}


def test_a_label_and_prose_row_without_a_payee_prices_no_contract():
    got = paper("Morley District Council", table([
        ["Key decision", "No"],
        ["Decision taken", "Cabinet agreed to move £35,000 from the contingency reserve into the school uniform grant "
                           "for 2026/27 because demand rose sharply."]]), title="Notice of Decisions")
    assert not valued(got)
