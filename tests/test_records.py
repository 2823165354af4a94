"""Contract records: each contract counted once, whatever mentions it.

Fictional papers, with their facts written directly (the extractors are
tested elsewhere), so each linking mechanism is tested on known mentions.
"""
import pytest

from committee_papers.pipeline import refresh_views
from committee_papers.db.annual import annual_value
from committee_papers.db.categories import categorise
from committee_papers.db.store import Store
from committee_papers.extract.facts import Contract, Extraction, Organisation
from committee_papers.ingest.model import Block, Document

ORGS = [
    Organisation("Brackenford Council", "council"),
    Organisation("Lyme City Council", "council"),
    Organisation("North Mercia ICB", "icb"),
    Organisation("Mercia Community Health NHS Trust", "nhs_trust"),
    Organisation("Thistledown Wellbeing CIC", "cic"),
    Organisation("Oakhollow Care Ltd", "company"),
    Organisation("Kestrel Therapy Ltd", "company"),
]


def c(commissioner, provider, service, value, **terms):
    return Contract(passage_seq=1, page=1, quote=terms.pop("quote", f"{service}: £{value}"),
                    commissioner=commissioner, provider=provider, service=service, value_gbp=value,
                    value_text=f"£{value}", **terms)


class Papers:
    """Fictional papers saved through the store, then records rebuilt."""

    def __init__(self, tmp_path):
        self.tmp_path = tmp_path
        self.store = Store(tmp_path / "kb.db")
        self.count = 0

    def add(self, contracts, *, filename=None, title=None, meeting_date="2025-01-01", authority=None):
        self.count += 1
        filename = filename or f"paper-{self.count}.txt"
        document = Document(path=str(self.tmp_path / filename), filename=filename, format="text",
                            sha256=f"sha-{self.count}", size=self.count, mtime=1.0, pages=1,
                            blocks=[Block("paragraph", "Contracts are listed below.", 1)])
        facts = Extraction(organisations=ORGS, authority=authority, title=title or filename,
                           meeting_date=meeting_date, contracts=contracts)
        doc_id, _ = self.store.save(document, document.passages(), facts)
        return doc_id

    def build(self):
        refresh_views(self.store)
        return self

    def query(self, sql, params=()):
        return [dict(r) for r in self.store.db.query(sql, params)]

    def records(self):
        return self.query("select * from contract_records_detail order by record_id")

    def spend(self):
        return {(r["authority"], r["service_category"]): r["known_value_gbp"]
                for r in self.query("select * from spend_by_authority_service")}


@pytest.fixture
def papers(tmp_path):
    built = Papers(tmp_path)
    yield built
    built.store.close()


# -- the same contract, mentioned again -------------------------------------
def test_one_paper_in_two_formats_counts_once(papers):
    mentions = lambda: [c("Brackenford Council", "Mercia Community Health NHS Trust", "SALT", 640000)]
    papers.add(mentions(), filename="cabinet-report.txt")
    papers.add(mentions(), filename="cabinet-report.pdf")
    papers.build()
    [record] = papers.records()
    assert (record["value_gbp"], record["mentions"], record["papers"]) == (640000, 2, 1)
    assert papers.spend() == {("Brackenford Council", "speech-and-language-therapy"): 640000}


def test_two_papers_about_the_same_contract_count_once(papers):
    papers.add([c("Brackenford Council", "Mercia Community Health NHS Trust", "Speech and language therapy",
                  640000, period="annual")], meeting_date="2024-03-01")
    papers.add([c("Brackenford Council", "Mercia Community Health NHS Trust", "cSALT", 640000,
                  end_date="2026-03-31", status="extended")], meeting_date="2025-02-01")
    papers.build()
    [record] = papers.records()
    assert (record["mentions"], record["papers"]) == (2, 2)
    assert record["end_date"] == "2026-03-31" and record["stated_status"] == "extended"
    assert papers.spend() == {("Brackenford Council", "speech-and-language-therapy"): 640000}


def test_a_table_row_and_its_prose_in_one_paper_count_once(papers):
    papers.add([c("Lyme City Council", "Oakhollow Care Ltd", "Home care", 1200000, period="annual"),
                c("Lyme City Council", "Oakhollow Care Ltd", "domiciliary care", 1200000,
                  quote="Oakhollow Care Ltd provides domiciliary care for £1.2m a year.")])
    papers.build()
    assert [r["mentions"] for r in papers.records()] == [2]
    roles = [r["record_role"] for r in papers.query("select record_role from contracts order by id")]
    assert roles == ["counted", "same contract"]


def test_different_values_or_start_dates_are_different_contracts(papers):
    papers.add([c("Lyme City Council", "Oakhollow Care Ltd", "Home care", 1200000, period="annual"),
                c("Lyme City Council", "Oakhollow Care Ltd", "Home care", 450000, period="annual"),
                c("Lyme City Council", "Kestrel Therapy Ltd", "Physiotherapy", 90000, start_date="2020-04-01"),
                c("Lyme City Council", "Kestrel Therapy Ltd", "Physiotherapy", 90000, start_date="2024-04-01")])
    papers.build()
    assert len(papers.records()) == 4
    assert papers.spend()[("Lyme City Council", "home-care")] == 1650000


# -- totals: pooled funds and combined contracts are linked, not added -------
def test_pooled_total_is_linked_to_the_partners_shares_not_added(papers):
    provider = "Mercia Community Health NHS Trust"
    papers.add([c("Brackenford Council", provider, "Community occupational therapy", 746000, period="annual",
                  quote="The overall cost is £746,000, the Council contributing £372,000 and the ICB £374,000."),
                c("Brackenford Council", provider, "Community occupational therapy", 372000, period="annual"),
                c("North Mercia ICB", provider, "Community occupational therapy", 374000, period="annual")])
    papers.build()
    spend = papers.spend()
    assert spend[("Brackenford Council", "occupational-therapy")] == 372000
    assert spend[("North Mercia ICB", "occupational-therapy")] == 374000
    pooled = papers.query("select record_role, record_id from contracts where value_gbp = 746000")[0]
    council = papers.query("select record_id from contracts where value_gbp = 372000")[0]
    assert pooled == {"record_role": "sum of other mentions", "record_id": council["record_id"]}


def test_combined_contract_is_linked_to_its_lines(papers):
    provider = "Mercia Community Health NHS Trust"
    papers.add([c("Lyme City Council", provider, "Health visiting", 9600000, period="annual"),
                c("Lyme City Council", provider, "School nursing", 5100000, period="annual"),
                c("Lyme City Council", provider, "0-19 public health nursing", 14700000, period="annual",
                  quote="Health visiting and school nursing are delivered under a single 0-19 contract worth "
                        "£14.7m per annum.")])
    papers.build()
    assert papers.spend() == {("Lyme City Council", "public-health-0-19"): 14700000}
    assert [r["contracts"] for r in papers.query("select contracts from spend_by_authority_service")] == [2]


def test_proposed_merger_with_an_in_house_part_is_linked(papers):
    provider = "Mercia Community Health NHS Trust"
    papers.add([c("Brackenford Council", provider, "Occupational therapy", 372000, period="annual"),
                c("North Mercia ICB", provider, "Occupational therapy", 374000, period="annual"),
                c("Brackenford Council", "Brackenford Council", "Occupational therapy assessment", 93350,
                  contract_type="in-house", period="annual"),
                c("Brackenford Council", provider, "Occupational therapy", 839350, period="annual",
                  status="proposed")])
    papers.build()
    assert papers.spend()[("Brackenford Council", "occupational-therapy")] == 372000 + 93350
    assert papers.query("select record_role from contracts where value_gbp = 839350") == [
        {"record_role": "sum of other mentions"}]


def test_a_coincidental_sum_of_other_providers_contracts_is_not_a_total(papers):
    papers.add([c("Lyme City Council", "Oakhollow Care Ltd", "Drug and alcohol treatment", 3960000,
                  period="annual"),
                c("Lyme City Council", "Kestrel Therapy Ltd", "Sexual health", 3420000, period="annual"),
                c("Lyme City Council", "Thistledown Wellbeing CIC", "Contraception", 540000, period="annual")])
    papers.build()
    assert {r["record_role"] for r in papers.query("select record_role from contracts")} == {"counted"}
    assert len(papers.records()) == 3


def test_round_figures_of_one_provider_that_add_up_are_not_a_total_unless_the_paper_says_so(papers):
    provider = "Oakhollow Care Ltd"
    papers.add([c("Lyme City Council", provider, "Home care north", 100000, period="annual"),
                c("Lyme City Council", provider, "Home care south", 50000, period="annual"),
                c("Lyme City Council", provider, "Home care east", 150000, period="annual",
                  quote="Service: Home care east | Total contract value: £150,000")])
    papers.build()
    assert {r["record_role"] for r in papers.query("select record_role from contracts")} == {"counted"}
    assert papers.spend() == {("Lyme City Council", "home-care"): 300000}


def test_totals_rows_never_count(papers):
    papers.add([c("Lyme City Council", "Oakhollow Care Ltd", "Home care", 100000, period="annual"),
                c(None, None, "Total", 100000, is_total=True)])
    papers.build()
    assert papers.query("select record_id, record_role from contracts where is_total") == [
        {"record_id": None, "record_role": "total row"}]
    assert sum(papers.spend().values()) == 100000


# -- annual and whole-term values ---------------------------------------------
def test_annual_and_whole_term_values_of_one_contract_are_one_record(papers):
    both = "Thistledown Wellbeing CIC"
    papers.add([c("Brackenford Council", both, "Integrated Healthy Lifestyles Service", 3600000, period="total",
                  quote="The contract is worth £3.6m over five years."),
                c("Brackenford Council", both, "Integrated Healthy Lifestyles Service", 720000, period="annual")])
    papers.build()
    [record] = papers.records()
    assert record["annual_value_gbp"] == 720000 and record["mentions"] == 2
    spend = papers.query("select known_value_gbp, annual_value_gbp from spend_by_authority_service")
    assert spend == [{"known_value_gbp": 720000, "annual_value_gbp": 720000}]


def test_annual_value_from_the_record_term_when_only_the_award_states_dates(papers):
    both = "Thistledown Wellbeing CIC"
    papers.add([Contract(1, 1, "award for five years from 1 September 2025", "Brackenford Council", both,
                         "Healthy lifestyles", start_date="2025-09-01", end_date="2030-08-31", status="awarded"),
                c("Brackenford Council", both, "Healthy lifestyles", 3600000, period="total",
                  quote="Thistledown | 91.3 | £3,600,000")])
    papers.build()
    [record] = papers.records()
    assert record["annual_value_gbp"] == 720000


@pytest.mark.parametrize("args, expected", [
    ((500000, "annual"), 500000),
    ((3600000, "total", "2025-09-01", "2030-08-31"), 720000),
    ((1260000, "total", "2025-10", "2028-09"), 420000),
    ((12000000, "total", None, None, None, "Over a maximum term of five years the total value is £12m"), 2400000),
    ((3600000, "total", None, None, None, "Bidder | Tendered price (5 years)"), 720000),
    ((93350, None, None, None, "2016/17"), 93350),
    ((250000, None), None),
    ((250000, "total"), None),
    ((None, "annual"), None),
])
def test_annual_value(args, expected):
    assert annual_value(*args) == expected


# -- extensions and mentions missing a party -----------------------------------
def test_extension_with_a_new_value_joins_the_contract_it_extends(papers):
    provider = "Kestrel Therapy Ltd"
    papers.add([c("North Mercia ICB", provider, "Speech and language therapy", 395000, period="annual",
                  end_date="2026-03-31"),
                c("North Mercia ICB", provider, "Physiotherapy", 212000, period="annual", end_date="2025-09-30"),
                Contract(1, 1, "approve a twelve-month extension of the contract with Kestrel, to 31 March 2027, "
                         "at a value of £410,000", "North Mercia ICB", provider, None, 410000, "£410,000",
                         status="extended", end_date="2027-03-31")])
    papers.build()
    salt = [r for r in papers.records() if r["service_category"] == "speech-and-language-therapy"]
    assert len(salt) == 1 and salt[0]["end_date"] == "2027-03-31" and salt[0]["value_gbp"] == 395000
    assert len(papers.records()) == 2


def test_award_without_a_value_joins_the_only_contract_of_its_parties(papers):
    both = "Thistledown Wellbeing CIC"
    papers.add([Contract(1, 1, "award to Thistledown", "Brackenford Council", both, "Healthy lifestyles",
                         status="awarded", start_date="2025-09-01"),
                c("Brackenford Council", both, "Healthy lifestyles", 720000, period="annual")])
    papers.build()
    [record] = papers.records()
    assert record["start_date"] == "2025-09-01" and record["stated_status"] == "awarded"


def test_mention_missing_its_provider_joins_the_one_record_with_its_value(papers):
    papers.add([c("Lyme City Council", "Oakhollow Care Ltd", "Family hub services", 222127.44, period="annual"),
                c("Lyme City Council", "Kestrel Therapy Ltd", "Family hub services", 204302.16, period="annual")],
               filename="key-decision.pdf")
    papers.add([c("Lyme City Council", None, None, 222127.44, period="annual",
                  quote="Provider: Oakhollow | Contract value per Annum: £222,127.44"),
                c("Lyme City Council", None, None, 204302.16, period="annual",
                  quote="Provider: Kestrel | Contract value per Annum: £204,302.16")],
               filename="record-of-decision.pdf")
    papers.build()
    assert [(r["provider"], r["papers"]) for r in papers.records()] == [
        ("Oakhollow Care Ltd", 2), ("Kestrel Therapy Ltd", 2)]


# -- status today ---------------------------------------------------------------
def test_contracts_ending_marks_past_end_dates_ended(papers):
    papers.add([c("Lyme City Council", "Oakhollow Care Ltd", "Home care", 100000, status="current",
                  end_date="2019-03-31"),
                c("Lyme City Council", "Kestrel Therapy Ltd", "Physiotherapy", 50000, status="current",
                  end_date="2019"),
                c("Lyme City Council", "Thistledown Wellbeing CIC", "Carers", 60000, status="current",
                  end_date="2999-03")])
    papers.build()
    ending = papers.query("select end_date, status, stated_status, days_to_end from contracts_ending")
    assert [(r["end_date"], r["status"]) for r in ending] == [
        ("2019-03-31", "ended"), ("2019", "ended"), ("2999-03", "current")]
    assert ending[0]["days_to_end"] < 0 < ending[2]["days_to_end"]
    assert {r["stated_status"] for r in ending} == {"current"}


# -- service categories ---------------------------------------------------------
@pytest.mark.parametrize("service", ["SALT", "cSALT", "Speech and Language Therapy for Children",
                                     "children's speech & language therapy", "Speech therapy (community clinics)",
                                     "Specialist feeding and swallowing clinic"])
def test_spellings_of_speech_and_language_therapy_are_one_category(service):
    assert categorise(service).category == "speech-and-language-therapy"


@pytest.mark.parametrize("service, category", [
    ("Health visiting", "public-health-0-19"), ("0-19 Healthy Child Programme", "public-health-0-19"),
    ("Home care – North localities", "home-care"), ("Extra care housing support", "supported-living"),
    ("Integrated community equipment service (ICES)", "equipment"), ("CAMHS tier 3", "camhs"),
    ("Young people's substance misuse service", "substance-misuse"), ("Leisure management contract", "leisure"),
    ("Library services", "libraries"), ("Family Hub services", "family-hubs"),
    ("Non-emergency patient transport", "transport"), ("Carers' support", "carers"),
])
def test_services_commissioned_in_papers_have_categories(service, category):
    assert categorise(service).category == category


def test_category_falls_back_to_the_quote_and_says_why():
    from_quote = categorise(None, "approve the contract for occupational therapy for two years")
    assert from_quote.category == "occupational-therapy" and from_quote.reason.startswith("quote")
    assert categorise("Optional extension", None).category == "other"
    # Acronyms are case-sensitive: a gritting contract's salt is not speech therapy.
    assert categorise("Road salt supply").category == "other"


def test_terms_are_searched_only_in_texts_holding_their_needle():
    """The needle screen finds what searching every term's pattern finds, in mixed cases,
    with '&', hyphens, plurals, missing apostrophes and an ASCII twin (Kelvin sign)."""
    import re

    from committee_papers.db.categories import load_taxonomy

    taxonomy = load_taxonomy()

    def unscreened(text):
        best = None
        for term in taxonomy.patterns:
            found = re.compile(term.source, term.flags).search(text)
            if found and (best is None or (found.start(), found.start() - found.end()) < best[0]):
                best = ((found.start(), found.start() - found.end()), term.category, term.term)
        return best and (best[1], best[2])

    texts = ["HOME CARE & Reablement for Brackenford", "Wyvern Care Ltd: community-equipment services",
             "childrens speech-and-language therapies", "North Mercia ICB 0 to 19 public health nursing",
             "Carers’ Support Hubs and Family-Hub outreach", "Road salt and grit", "",
             "Domiciliary \u212aare at home (Kelvin sign)", "The OT and SALT teams at Oakfield"]
    texts += [term.term.upper() for term in taxonomy.patterns] + [f"the {term.term}s here" for term in taxonomy.patterns]
    assert all(term.needle is None or term.needle == term.needle.lower() for term in taxonomy.patterns)
    for text in texts:
        assert taxonomy.find(text) == unscreened(text), text


def test_every_contract_gets_a_category_and_reason(papers):
    papers.add([c("Lyme City Council", "Oakhollow Care Ltd", "SLT", 1000),
                c("Lyme City Council", "Oakhollow Care Ltd", "Widget maintenance", 2000)])
    papers.build()
    rows = papers.query("select service_category, service_category_reason from contracts order by id")
    assert [r["service_category"] for r in rows] == ["speech-and-language-therapy", "other"]
    assert all(r["service_category_reason"] for r in rows)


# -- paper identity -------------------------------------------------------------
def test_the_same_paper_in_two_formats_is_one_paper_but_two_councils_agendas_are_two():
    from committee_papers.db.records import paper_keys

    documents = [
        {"id": 1, "filename": "cabinet-report.txt", "title": None, "meeting_date": None, "authority_id": 7},
        {"id": 2, "filename": "cabinet-report.pdf", "title": None, "meeting_date": None, "authority_id": 7},
        {"id": 3, "filename": "agenda.pdf", "title": "Agenda", "meeting_date": "2025-01-01", "authority_id": 7},
        {"id": 4, "filename": "agenda.pdf", "title": "Agenda", "meeting_date": "2025-01-01", "authority_id": 8},
        {"id": 5, "filename": "item-5.docx", "title": "Home Care Framework", "meeting_date": "2024-01-16",
         "authority_id": 8},
        {"id": 6, "filename": "Home care framework.html", "title": "Home care framework ",
         "meeting_date": "2024-01-16", "authority_id": 8},
    ]
    assert paper_keys(documents) == {1: 1, 2: 1, 3: 3, 4: 4, 5: 5, 6: 5}


# -- a run that changed nothing writes nothing -------------------------------
def _writes_during(store, action) -> list[str]:
    """The statements ``action`` sends that can change the database."""
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        store.db.conn.set_trace_callback(None)
    return [s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE", "DROP", "CREATE", "REPLACE")]


def test_refreshing_unchanged_papers_writes_nothing(papers):
    papers.add([c("Brackenford Council", "Mercia Community Health NHS Trust", "SALT", 640000)], filename="a.txt")
    papers.add([c("Lyme City Council", "Oakhollow Care Ltd", "Day care", 120000)], filename="b.txt")
    papers.build()
    before = papers.records()
    changes = papers.store.db.conn.total_changes
    assert _writes_during(papers.store, lambda: refresh_views(papers.store)) == [
        "delete from contract_records where id > 2"]  # (which matches no row)
    assert papers.store.db.conn.total_changes == changes
    assert papers.records() == before


def test_refresh_after_a_new_paper_writes_its_record_only(papers):
    papers.add([c("Brackenford Council", "Mercia Community Health NHS Trust", "SALT", 640000)], filename="a.txt")
    papers.build()
    papers.add([c("Lyme City Council", "Oakhollow Care Ltd", "Day care", 120000)], filename="b.txt")
    writes = _writes_during(papers.store, lambda: refresh_views(papers.store))
    assert not any("service_categories" in s or "service_category_terms" in s or s.upper().startswith(("DROP", "CREATE"))
                   for s in writes)
    assert any(s.upper().startswith("INSERT") and "contract_records" in s for s in writes)
    assert [r["provider"] for r in papers.records()] == ["Mercia Community Health NHS Trust", "Oakhollow Care Ltd"]


def test_a_changed_taxonomy_or_view_is_written_again(papers):
    papers.add([c("Brackenford Council", "Mercia Community Health NHS Trust", "SALT", 640000)], filename="a.txt")
    papers.build()
    papers.store.db.execute("delete from service_category_terms where term = 'salt'")
    papers.store.db.execute("drop view contracts_ending")
    papers.store.db.conn.commit()
    refresh_views(papers.store)
    assert papers.query("select count(*) as n from service_category_terms where term = 'salt'") == [{"n": 1}]
    assert papers.query("select count(*) as n from sqlite_master where name = 'contracts_ending'") == [{"n": 1}]
