"""Contracts of round contracts6 (tests/paraphrase/README.md) set out as labelled fields, not sentences:
a two-column table with one field per row (`Supplier | X`, `Contract value (total) | £V`), a line of
fields (`Direction to: X; Service: S; Budget allocated: £V`, `Contract: S - Provider: X - Value: £V`),
a block whose labels a PDF reader ran together in one cell, a direction's commissioner (the IJB that
directs, whoever publishes the page), and a class of things over a size (`Tender waivers over £50k`),
which is a limit, not a contract.  Fictional papers run through the whole extraction pipeline."""
import pytest

from committee_papers.extract.contract_records import field_role, run_together_labels
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(authority, *blocks, title="Contracts Update"):
    cover = [Block("heading", authority, page=1, level=1),
             Block("paragraph", "Cabinet – 12 March 2025", page=1),
             Block("heading", title, page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=cover + list(blocks))
    return extract(document.passages(), {}, document.filename)


def para(text):
    return Block("paragraph", text, page=2)


def fields(rows, header=False):
    return Block("table", rows=rows, header_rows=1 if header else 0, page=2)


def valued(extraction):
    return {(c.commissioner, c.provider, c.value_gbp) for c in extraction.contracts if c.value_gbp is not None}


def by_value(extraction):
    return {c.value_gbp: c for c in extraction.contracts if c.value_gbp is not None}


# ---- field labels --------------------------------------------------------------------------------

@pytest.mark.parametrize("label, role", [
    ("Supplier", "provider"), ("Direction to:", "provider"), ("Successful bidder", "provider"),
    ("Contract value (total)", "value"), ("Budget allocated", "value"), ("Contract sum (£)", "value"),
    ("Contract", "service"), ("Goods or service", "service"), ("Expiry", "end"), ("Start date", "start"),
    ("Commissioned by", "commissioner"),
    ("Contract term", None), ("Procurement route", None), ("Reason for the waiver", None),
    ("The provider was chosen because it scored highest", None),
])
def test_field_labels_name_contract_roles(label, role):
    assert field_role(label) == role


@pytest.mark.parametrize("cell, roles", [
    ("Contract Provider Value Expiry", ["service", "provider", "value", "end"]),
    ("Supplier Contract sum End date", ["provider", "value", "end"]),
    ("Provider Service Annual value", ["provider", "service", "value"]),
    ("Provider Service", None),  # two labels are a column header, not a block
    ("Provider Notes Value", None),  # a word no label reads
])
def test_labels_run_together_in_one_cell(cell, roles):
    assert run_together_labels(cell) == roles


# ---- 1. a two-column table, one field per row ------------------------------------------------------

def test_a_contract_summary_table_names_supplier_value_and_service():
    got = paper("Kelsham Borough Council", Block("heading", "CONTRACT SUMMARY", page=2, level=2), fields([
        ["Contract value (total)", "£9,400,000"],
        ["Contract term", "4 + 2 years from 1 October 2025"],
        ["Supplier", "Ridgeway Grounds Ltd"],
        ["Service", "Parks and cemeteries grounds maintenance"],
        ["Key decision", "Yes"],
    ]))
    contract = by_value(got)[9_400_000]
    assert (contract.commissioner, contract.provider) == ("Kelsham Borough Council", "Ridgeway Grounds Ltd")
    assert contract.service == "Parks and cemeteries grounds maintenance"
    assert contract.period == "total"
    assert contract.rule == "contracts.record.table_fields"


def test_records_following_one_another_in_one_table_start_where_a_label_comes_round_again():
    got = paper("NHS Oldcastle Integrated Care Board", fields([
        ["Provider", "Harebell Home Care Ltd"], ["Service", "Discharge home care"],
        ["Annual value", "£1,150,000"], ["End date", "31 March 2027"],
        ["Provider", "Quayside Therapies CIC"], ["Service", "Community speech therapy"],
        ["Annual value", "£385,000"], ["End date", "30 June 2026"],
    ]))
    values = by_value(got)
    assert values[1_150_000].provider == "Harebell Home Care Ltd"
    assert values[1_150_000].end_date == "2027-03-31"
    assert values[385_000].provider == "Quayside Therapies CIC"
    assert values[385_000].service == "Community speech therapy"
    assert values[385_000].period == "annual"


def test_a_field_table_whose_first_row_was_taken_for_a_header():
    got = paper("Tamsworth District Council", fields([
        ["Contractor", "Brightmoor Cleaning Services Ltd"],
        ["Contract sum", "£212,000"],
        ["Description", "Cleaning of council offices"],
    ], header=True))
    assert valued(got) == {("Tamsworth District Council", "Brightmoor Cleaning Services Ltd", 212_000)}


def test_a_two_column_table_of_costs_is_no_record():
    got = paper("Tamsworth District Council", fields([
        ["Staffing", "£40,000"], ["Venue hire", "£6,500"], ["Publicity", "£2,000"],
    ]))
    assert got.contracts == []


# ---- 2. a line of labelled fields -------------------------------------------------------------------

@pytest.mark.parametrize("line, provider, value, service", [
    ("Contract: Diabetic eye screening - Provider: Lensview Screening Ltd - Value: £410,000 a year - "
     "Expiry: 31 January 2026", "Lensview Screening Ltd", 410_000, "Diabetic eye screening"),
    ("Supplier: Orchard Lane Catering Ltd | Service: School meals | Contract sum: £1,960,000 | Start: 1 September "
     "2025", "Orchard Lane Catering Ltd", 1_960_000, "School meals"),
    ("Lot 2. Service: Supported living; Contractor: Wrenfield Support CIC; Annual value: £720,000; Term: three "
     "years", "Wrenfield Support CIC", 720_000, "Supported living"),
])
def test_a_line_of_labelled_fields_states_a_contract(line, provider, value, service):
    got = paper("Marlow Vale Council", para(line))
    contract = by_value(got)[value]
    assert (contract.commissioner, contract.provider) == ("Marlow Vale Council", provider)
    assert contract.service == service
    assert contract.rule == "contracts.record.line_fields"


def test_a_line_of_fields_without_a_provider_is_no_contract():
    got = paper("Marlow Vale Council", para("Budget: £85,000; Service: Play schemes; Lead officer: Jo Amos; "
                                            "Review: March 2026"))
    assert not [c for c in got.contracts if c.value_gbp == 85_000]


# ---- 3. a block whose labels ran together in one cell -----------------------------------------------

@pytest.mark.parametrize("labels, values, provider, value, service", [
    ("Contract Provider Value Expiry", "Community audiology for adults Clearwave Hearing CIC £640,000 a year "
     "31 December 2025", "Clearwave Hearing CIC", 640_000, "Community audiology for adults"),
    ("Provider Service Annual value", "Pennock Patient Transport Ltd Non-emergency patient transport £2,180,000",
     "Pennock Patient Transport Ltd", 2_180_000, "Non-emergency patient transport"),
    ("Supplier Contract sum End date Description", "Kestrel Lift Engineering Ltd £96,000 30 June 2026 Lift "
     "maintenance at the civic centre", "Kestrel Lift Engineering Ltd", 96_000, "Lift maintenance at the civic centre"),
])
def test_a_block_read_as_one_row_is_split_at_the_body_the_sum_and_the_dates(labels, values, provider, value,
                                                                             service):
    got = paper("NHS Oldcastle Integrated Care Board", fields([[labels, values]]))
    contract = by_value(got)[value]
    assert contract.provider == provider
    assert contract.service == service
    assert contract.rule == "contracts.record.stacked_fields"


# ---- 4. a direction's commissioner ------------------------------------------------------------------

@pytest.mark.parametrize("blocks", [
    [para("Direction to: NHS Lochandale; Service: District nursing; Budget allocated: £12,300,000; "
          "Period: 1 April 2025 to 31 March 2026")],
    [fields([["Direction to", "NHS Lochandale"], ["Service", "District nursing"],
             ["Budget allocated", "£12,300,000"]])],
    [para("Directed to: NHS Lochandale. Functions: District nursing. Funding allocated: £12,300,000.")],
])
def test_a_direction_is_the_directing_ijbs_though_a_council_publishes_the_page(blocks):
    intro = para("The Lochandale Integration Joint Board directs NHS Lochandale and Lochandale Council to "
                 "deliver the services delegated to it.")
    got = paper("Lochandale Council", intro, *blocks)
    assert ("Lochandale Integration Joint Board", "NHS Lochandale", 12_300_000) in valued(got)


def test_a_direction_to_the_publishing_council_is_a_contract_of_the_ijb():
    intro = para("The Lochandale Integration Joint Board directs NHS Lochandale and Lochandale Council.")
    got = paper("Lochandale Council", intro,
                para("Direction to: Lochandale Council; Service: Care at home; Budget allocated: £30,100,000"))
    assert ("Lochandale Integration Joint Board", "Lochandale Council", 30_100_000) in valued(got)


# ---- 5. a class of things over a size ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Table 1: Tender waivers over £50k, October to December 2024",
    "Purchase orders above £25,000 are listed in the appendix.",
    "Single-tender exemptions exceeding £100,000 are reported to the Committee.",
])
def test_a_class_of_things_over_a_size_is_no_contract(text):
    got = paper("Hallcross Hospitals NHS Foundation Trust", para(text))
    assert [c for c in got.contracts if c.value_gbp] == []


# ---- 6. sums written in words ------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, period", [
    ("will pay one point two million pounds a year", 1_200_000, "annual"),
    ("falling to nine hundred thousand pounds", 900_000, None),
    ("a grant of two and a half", None, None),  # no `pounds`: no sum
    ("one hundred and twenty thousand pounds per annum", 120_000, "annual"),
    ("about 2.5 million pounds", 2_500_000, None),
    ("in 2025 and 3 million pounds", 3_000_000, None),  # a year before `and` is no part of the sum
    ("ten pounds", None, None),  # no scale word: too small to be a contract, and often not money at all
])
def test_sums_written_in_words(text, value, period):
    from committee_papers.extract.money import find_money
    found = find_money(text)
    assert [(m.value_gbp, m.period) for m in found] == ([(value, period)] if value else [])


def test_a_sum_in_words_is_a_contract_value():
    got = paper("Fellgate District Council",
                para("The Council has agreed to pay Hollybank Leisure Ltd one point two million pounds a year to "
                     "run the pools."))
    assert ("Fellgate District Council", "Hollybank Leisure Ltd", 1_200_000) in valued(got)


# ---- 7. a body named between a paying verb and its sum ------------------------------------------------

@pytest.mark.parametrize("text, provider", [
    ("Marden Leisure Trust has run the pools since 2015. Its new contract will pay the Trust £1.2m a year for "
     "five years.", "Marden Leisure Trust"),
    ("The Council will pay Kestrel Support Ltd £40,000 a year to run the hub.", "Kestrel Support Ltd"),
    ("Last year the Council paid Oakdene Care Ltd £65,000 for night sitting.", "Oakdene Care Ltd"),
])
def test_the_body_paid_a_sum_is_its_provider(text, provider):
    got = paper("Marden District Council", para(text))
    contract = next(c for c in got.contracts if c.value_gbp)
    assert (contract.commissioner, contract.provider) == ("Marden District Council", provider)


def test_money_paid_to_the_papers_own_body_stays_no_contract():
    got = paper("Marden District Council", para("Under the lease Kestrel Support Ltd pays the Council £12,000 a "
                                                "year."))
    assert [c for c in got.contracts if c.value_gbp] == []


# ---- 8. a body whose contract is spoken of holds it ---------------------------------------------------

@pytest.mark.parametrize("text, provider", [
    ("Bus shelter cleaning is outside this award. It stays with Glenholm Facilities Ltd, whose contract lasts "
     "until May 2028.", "Glenholm Facilities Ltd"),
    ("The meals service stays with Kestrel Support Ltd, whose current agreement ends in June 2026.",
     "Kestrel Support Ltd"),
    ("Both depots are cleaned by staff of Oakdene Care Ltd, whose two contracts expire next year.",
     "Oakdene Care Ltd"),
])
def test_a_body_whose_contract_is_spoken_of_provides(text, provider):
    got = paper("Kelsham Borough Council", para(text))
    assert ("Kelsham Borough Council", provider) in {(c.commissioner, c.provider) for c in got.contracts}


# `the Hospice`, `the Trust`: a short form between the paying verb and the sum names the body named
# earlier in full whose name ends in that word (contract_prose._named_payee) ...
def test_a_short_form_after_the_paying_verb_names_the_body_named_earlier_in_full():
    got = paper("Brackenford Council", para(
        "Thornleigh Hospice has provided night sitting since 2019. Its renewed agreement will pay the Hospice "
        "£380,000 a year for three years."))
    assert valued(got) == {("Brackenford Council", "Thornleigh Hospice", 380_000)}
    assert all(c.rule.endswith("[paid_to_named_body]") for c in got.contracts if c.value_gbp)


# ... unless the body so named is the paper's own: money paid to it is no contract of its own.
def test_a_short_form_naming_the_papers_own_body_gives_no_payee():
    got = paper("Harnmoor Community Health NHS Trust", para(
        "Harnmoor Community Health NHS Trust owns the Eastgate clinic building. Under the sublease Oakdene Care "
        "Ltd will pay the Trust £24,000 a year for the two ground floor rooms."))
    assert [c for c in got.contracts if c.value_gbp] == []
