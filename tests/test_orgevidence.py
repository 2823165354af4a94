"""Organisations by evidence: every example in extract/org_evidence.yaml is a test, plus the
validator, the register and how a paper's index and the database use them."""
from __future__ import annotations

import pytest

from committee_papers.extract import orgevidence
from committee_papers.extract.orgevidence import candidates, definitions, is_name, rules

DATA = rules()


def _role_examples():
    for entry in DATA["role_patterns"]:
        for example in entry["examples"]:
            yield pytest.param(entry["id"], example, id=f"{entry['id']}:{example['text'][:30]}")


@pytest.mark.parametrize("rule, example", list(_role_examples()))
def test_role_pattern_examples(rule, example):
    found = {(c.name, c.rule) for c in candidates(example["text"])}
    if example.get("none"):
        assert not found
    else:
        assert (example["name"], rule) in found


def test_every_role_pattern_has_three_named_examples():
    for entry in DATA["role_patterns"]:
        assert sum(1 for e in entry["examples"] if not e.get("none")) >= 3, entry["id"]


@pytest.mark.parametrize("example", DATA["descriptions"]["examples"], ids=lambda e: e["text"][:30])
def test_description_examples(example):
    found = [(c.name, c.kind) for c in candidates(example["text"]) if c.rule == "description"]
    assert found == ([] if example.get("none") else [(example["name"], example["kind"])])


@pytest.mark.parametrize("example", DATA["definition_examples"], ids=lambda e: e["text"][:30])
def test_definition_examples(example):
    found = [(c.name, c.acronym) for c in definitions(example["text"]) if c.kind == "organisation"]
    assert found == ([] if example.get("none") else [(example["name"], example["acronym"])])


def _ending_examples():
    for entry in DATA["body_endings"]:
        for example in entry["examples"]:
            # An ending that needs a cue in its sentence (`X Surgery`) is tried in a sentence with its first cue.
            context = f" with the {entry['cues'][0]} team" if entry.get("cues") else ""
            yield pytest.param(example, entry["kind"], context, id=example)


@pytest.mark.parametrize("name, kind, context", list(_ending_examples()))
def test_body_ending_examples(name, kind, context):
    found = [(c.name, c.kind) for c in candidates(f"We met {name}{context} on Monday.") if c.rule == "body_ending"]
    assert found == [(name, kind)]


@pytest.mark.parametrize("span", [
    "Mayoral Strategic Authorities", "Wessex District Councils", "Acute Hospital Trusts",  # kinds of body
    "the Council", "County Council", "Provider",          # generic nouns
    "Covers the Council", "Council and the",               # sentence fragments, lower-case words
    "Cllr Jane Moss", "September", "Kent",                 # a person, a month, a bare place
    "Healthy Lifestyles Service", "Community Fund", "Appendix B Table",  # services, documents
])
def test_validator_rejects_spans_that_are_not_names(span):
    assert not is_name(span)


@pytest.mark.parametrize("span", ["Greenlane Wellbeing", "REPX", "Bristol and Avonford Regional Capital",
                                  "Oakmoor Homecare Ltd"])
def test_validator_accepts_names(span):
    assert is_name(span)


def test_a_name_split_across_lines_or_cells_is_no_candidate():
    assert not [c for c in candidates("The service is delivered by Greenlane\nWellbeing Partners") if " " in c.name
                and "\n" in c.name]
    assert [c.name for c in candidates("delivered by Greenlane | Wellbeing Partners")] == ["Greenlane"]


# -- in a paper's index ---------------------------------------------------------

from committee_papers.extract.organisations import OrgIndex  # noqa: E402


def _names(*texts):
    return OrgIndex.from_texts(list(texts)).names()


@pytest.mark.parametrize("texts, expected", [
    (["Brackenford Council has a contract with Redfern Recycling, a local firm.",
      "Redfern Recycling collected 400 tonnes."], ["Redfern Recycling", "Brackenford Council"]),
    (["The hub is delivered by Wildmoor Wellbeing Hub (WWH) for Lyme District Council.",
      "WWH reports monthly.", "Wildmoor Wellbeing Hub is open."], ["Wildmoor Wellbeing Hub", "Lyme District Council"]),
    (["Ashdown Energy Network (AEN) runs the scheme for Wessex County Council.",
      "The turbines are delivered by AEN."], ["Ashdown Energy Network", "Wessex County Council"]),
])
def test_evidence_names_become_organisations_with_their_acronyms(texts, expected):
    index = OrgIndex.from_texts(texts)
    assert sorted(index.names()) == sorted(expected)
    assert index.mentions(expected[0]) >= 2


@pytest.mark.parametrize("texts", [
    ["Funding to Capacity build was approved by Wessex County Council.", "More capacity is needed."],
    # (a one-word name the paper also writes in lower case)
    ["Brackenford Council, in partnership with AFRS and BCC, will act."],       # two acronyms joined
    ["The ICB commissions the service from NHS England.", "Oversight is provided by NHSE teams.",
     "Oversight is provided by NHSE regional teams."],                          # an acronym of a named body
])
def test_weak_evidence_makes_no_new_organisation(texts):
    names = _names(*texts)
    assert not {"Capacity", "AFRS and BCC", "NHSE"} & set(names)


@pytest.mark.parametrize("texts, dropped", [
    (["Scope | Covers Council Specialist Support", "This covers the whole county for Wessex County Council."],
     "Covers Council"),
    (["Includes Council tenants of Lyme District Council.", "It includes all homes."], "Includes Council"),
    (["Supports Council officers at Brackenford Council.", "The team supports carers."], "Supports Council"),
])
def test_a_council_named_after_an_ordinary_word_is_no_council(texts, dropped):
    index = OrgIndex.from_texts(texts)
    assert dropped not in index.names() and len(index.names()) == 1
    assert dropped not in [m.name for m in index.find(texts[0])]


@pytest.mark.parametrize("text", [
    "The depot contract with Valebus runs to 2027.",
    "Following evaluation, Lanternfield has been selected to run the hub.",
    "Funding was provided to Zephyrline through a grant agreement.",
])
def test_a_one_word_brand_named_once_is_an_organisation(text):
    assert len(_names(text, "The buses and the hub are busy.")) == 1


def test_a_council_with_a_tier_word_keeps_its_ordinary_word_place():
    names = _names("Hope Parish Council objected.", "There is hope that it will agree.")
    assert names == ["Hope Parish Council"]


def test_a_place_in_a_web_address_is_still_a_place():
    names = _names("Casterbridge City Council agreed.", "See https://democracy.casterbridge.gov.uk/levy.pdf")
    assert names == ["Casterbridge City Council"]


def test_every_body_ending_has_three_examples():
    for entry in DATA["body_endings"]:
        assert len(entry["examples"]) >= 3, entry["words"]


@pytest.mark.parametrize("example", DATA["sentence_opening_nouns"]["examples"], ids=lambda e: e["text"][:30])
def test_a_plain_noun_opening_a_sentence_is_no_name(example):
    assert not candidates(example["text"])


@pytest.mark.parametrize("text, expected", [
    ("The IJB issues directions to NHS Glenmorrow and Glenmorrow Council.", {"NHS Glenmorrow", "Glenmorrow Council"}),
    ("Directions to NHS Lochside and Lochside Council for 2025/26", {"NHS Lochside", "Lochside Council"}),
    ("a joint plan of NHS Strathdee and Strathdee City Council", {"NHS Strathdee", "Strathdee City Council"}),
])
def test_nhs_and_its_area_joined_to_a_council_of_that_area_are_two_bodies(text, expected):
    board = next(name for name in expected if name.startswith("NHS "))
    index = OrgIndex.from_texts([text, f"Later, {board} agreed."])
    assert set(index.names()) == expected
    assert index.kind_of(board) == "health_board"
    # Once known, the health board is found where the paper names it alone.
    assert [m.name for m in index.find(f"Later, {board} agreed.")] == [board]


def test_nhs_words_joined_to_a_council_of_another_area_stay_as_found():
    names = _names("NHS Health Checks and Wessex County Council staff met.")
    assert "NHS Health Checks" not in names


@pytest.mark.parametrize("text, name", [
    ("Greenwright were commissioned to carry out condition surveys.", "Greenwright"),
    ("Kinetica was engaged to review the leisure estate.", "Kinetica"),
    ("Pellowford has been appointed as the provider of hearing tests.", "Pellowford"),
])
def test_a_one_word_name_opening_a_sentence_is_a_name_when_it_is_no_plain_noun(text, name):
    assert name in [c.name for c in candidates(text)]


@pytest.mark.parametrize("lines, expected", [
    (["Glenholm Care Ltd – care at home – £4.8m", "Strathmoor Support – supported living – £3.15m"],
     {"Glenholm Care Ltd", "Strathmoor Support"}),
    (["Day opportunities (Brightwell Futures): £330,000", "Respite (Kelby Care CIC): £120,000"],
     {"Brightwell Futures", "Kelby Care CIC"}),
    (["- Harbour Lights — night shelter — £95,000", "- Oldmill Carers Centre — carers' hub — £60,000"],
     {"Harbour Lights", "Oldmill Carers Centre"}),
])
def test_a_priced_line_names_a_body_where_a_line_laid_out_alike_names_a_known_one(lines, expected):
    assert set(_names(*lines)) == expected


def test_a_priced_line_alone_names_no_body():
    assert _names("Public Health – sexual health services – £1.2m", "Adult Care – residential care – £3.1m") == []


@pytest.mark.parametrize("text, name", [
    ("The lot was awarded to Hallowmere Property Services from June.", "Hallowmere Property Services"),
    ("Cleaning is carried out by Brightstone Facilities Services under a term agreement.",
     "Brightstone Facilities Services"),
    ("The ICB commissions the hearing aid service from Quaylight Audiology Services.",
     "Quaylight Audiology Services"),
])
def test_a_trading_name_ending_with_services_in_a_role_position_is_a_name(text, name):
    assert name in [c.name for c in candidates(text)]


@pytest.mark.parametrize("text", [
    "The service was let to Adult Social Care Services in 2023.",
    "Support is provided by Children's Services staff.",
    "Reviews are carried out by Special Educational Needs Services.",
])
def test_a_service_department_ending_with_services_is_no_name(text):
    assert not [c for c in candidates(text) if c.name.endswith("Services")]


@pytest.mark.parametrize("example", DATA["shared_plural_endings"]["examples"], ids=lambda e: e["text"][:30])
def test_two_bodies_sharing_a_plural_type_noun_are_two_bodies(example):
    assert [item.name for item in orgevidence.shared_plurals(example["text"])] == example["names"]
    index = OrgIndex.from_texts([example["text"]])
    for name in example["names"]:
        assert name in index.names()


@pytest.mark.parametrize("text, first, second", [
    ("Weekend clinics are run by the Kestrel Vale and Fallowmere GP Federations for the ICB.",
     "Kestrel Vale GP Federation", "Fallowmere GP Federation"),
    ("Beds are bought from the Larkhill and St Wenna Hospices each winter.", "Larkhill Hospice", "St Wenna Hospice"),
    ("The Council funds the Oldfield and Marshby Community Transport Associations for dial-a-ride.",
     "Oldfield Community Transport Association", "Marshby Community Transport Association"),
])
def test_each_body_sharing_a_plural_is_a_mention_where_it_is_written(text, first, second):
    index = OrgIndex.from_texts([text, f"A visit to {first} was made."])
    assert [m.name for m in index.find(text)][:2] == [first, second]
    assert [m.name for m in index.find(f"A visit to {first} was made.")] == [first]


@pytest.mark.parametrize("text, name", [
    ("Users of Millbrae Carers Centre met the Cabinet Member.", "Millbrae Carers Centre"),
    ("Friends of Harbury Carers Centre raised £3,000.", "Harbury Carers Centre"),
    ("Trustees of Thornvale GP Federation approved the plan.", "Thornvale GP Federation"),
])
def test_a_body_ending_name_does_not_run_back_over_of(text, name):
    assert [c.name for c in orgevidence.candidates(text)] == [name]


@pytest.mark.parametrize("example", DATA["place_word_endings"]["examples"], ids=lambda e: e["text"][:30])
def test_a_town_alone_after_grant_to_is_no_organisation(example):
    index = OrgIndex.from_texts([example["text"]])
    if example.get("none"):
        assert index.names() == []
    else:
        assert example["name"] in index.names()


def test_the_bare_words_of_a_body_sharing_a_plural_are_no_mention_elsewhere():
    named = "Grants to the Ashcombe and Tilford Family Hubs are to end."
    table_row = "Centre: Ashcombe | Annual Rental Cost: £14,560"
    index = OrgIndex.from_texts([named, table_row])
    assert [m.name for m in index.find(named)] == ["Ashcombe Family Hub", "Tilford Family Hub"]
    assert index.find(table_row) == []


# -- round orgs4 ------------------------------------------------------------------

@pytest.mark.parametrize("example", DATA["role_lists"]["examples"], ids=lambda e: e["text"][:40])
def test_bodies_listed_after_a_role_position_are_each_in_it(example):
    assert [c.name for c in candidates(example["text"])] == example["names"]


def _ending_not_examples():
    for entry in DATA["body_endings"]:
        for example in entry.get("not_examples", ()):
            yield pytest.param(example, id=example)


@pytest.mark.parametrize("span", list(_ending_not_examples()))
def test_a_body_ending_after_a_kind_word_is_no_body(span):
    assert not [c for c in candidates(f"We discussed {span} on Monday.") if c.rule == "body_ending"]


@pytest.mark.parametrize("span", ["Thornvale Health Partners", "Quillon Audit Partners", "Kestle Vale Associates",
                                  "Harbury Place Partners", "Brackmoor Housing Partners"])
def test_a_firm_whose_name_ends_in_a_plural_is_a_name(span):
    assert is_name(span)


@pytest.mark.parametrize("span", ["Community Partners", "Local Partners", "Delivery Partners", "Voluntary Sector Partners", "Local Health Partners",
                                  "Primary Care Partners", "Strategic Housing Partners", "Place Based Partners",
                                  "Neighbourhood Care Partners", "Approved Specialist Partners"])
def test_partners_after_only_generic_words_is_no_name(span):
    assert not is_name(span)


@pytest.mark.parametrize("example", DATA["trading_names"]["examples"], ids=lambda e: e["text"][:40])
def test_a_trading_name_after_a_legal_name_is_found(example):
    found = [t.name for t in orgevidence.trading_names(example["text"])]
    assert found == ([] if example.get("none") else [example["trading"]])


@pytest.mark.parametrize("example", [e for e in DATA["trading_names"]["examples"] if not e.get("none")],
                         ids=lambda e: e["text"][:40])
def test_a_trading_name_alone_is_its_legal_bodys_mention(example):
    names = _names(example["text"], f"The contract with {example['trading']} ends in March.")
    assert example["trading"] not in names and example["legal"] in names


@pytest.mark.parametrize("text, name", [
    ("The Council funds Home-Start Harbury and Age UK Harbury.", "Home-Start Harbury"),
    ("Grants go to Age UK Oldmill and Home-Start Oldmill each year.", "Age UK Oldmill"),
    ("Befriending is run by Age UK Harbury and District.", "Age UK Harbury and District"),
])
def test_a_brand_led_name_stops_before_a_second_name(text, name):
    assert name in [c.name for c in candidates(text) if c.rule == "body_ending"]


# -- round orgs5 ------------------------------------------------------------------

@pytest.mark.parametrize("example", DATA["trading_name_endings"]["examples"], ids=lambda e: e["text"][:40])
def test_a_brand_word_and_a_generic_plural_in_a_role_position_is_a_firm(example):
    found = [c.name for c in candidates(example["text"])]
    if example.get("none"):
        assert not [name for name in found if name.split()[-1].lower() in DATA["trading_name_endings"]["words"]]
    else:
        assert example["name"] in found
        assert example["name"] in _names(example["text"])


@pytest.mark.parametrize("texts, word", [
    (["Verges are maintained by Grounds Services under the annual plan.", "The grounds team cuts the verges."], "Grounds"),
    (["The pool is run by Aquatic Systems for the Council.", "All aquatic activity stopped in May."], "Aquatic"),
    (["Benches are supplied by Furniture Solutions at cost.", "Old furniture is recycled."], "Furniture"),
])
def test_a_two_word_trading_name_whose_first_word_the_paper_writes_in_lower_case_is_no_firm(texts, word):
    assert not [name for name in _names(*texts) if name.startswith(word)]


@pytest.mark.parametrize("texts, name", [
    (["Verges are maintained by Greenhollow Services under the annual plan.", "The grounds team cuts the verges."],
     "Greenhollow Services"),
    (["The pool tills are supplied by Tillbright Systems for the Council.", "Tills are old."], "Tillbright Systems"),
    (["Wi-fi is provided by Arden Networks in the libraries.", "The network is slow."], "Arden Networks"),
])
def test_a_two_word_trading_name_with_a_brand_word_is_a_firm(texts, name):
    assert name in _names(*texts)


def _ending_sentences():
    for entry in DATA["body_endings"]:
        for example in entry.get("sentences", ()):
            yield pytest.param(example, id=example["text"][:40])


@pytest.mark.parametrize("example", list(_ending_sentences()))
def test_a_body_ending_that_needs_evidence_is_a_body_where_its_sentence_says_so(example):
    names = _names(example["text"])
    assert sorted(n for n in names if n.endswith(("Surgery", "Practice"))) == sorted(example["names"])


@pytest.mark.parametrize("text, name", [
    ("Funding goes to Castlegate Surgery and Millbrook Medical Practice for the GP hubs.", "Millbrook Medical Practice"),
    ("Oldmill Carers Centre and Harbury Citizens Advice share a building.", "Harbury Citizens Advice"),
    ("Wendle GP Federation and Tollgate Medical Centre run the hub.", "Tollgate Medical Centre"),
])
def test_a_name_found_by_its_ending_does_not_run_back_over_a_first_name(text, name):
    ending_names = [c.name for c in candidates(text) if c.rule == "body_ending"]
    assert name in ending_names
    assert not [n for n in ending_names if " and " in n]


@pytest.mark.parametrize("text, names", [
    ("The Tidewell PCN comprises Wellgate Surgery, Fenby Surgery and Oak Tree Surgery.",
     ["Wellgate Surgery", "Fenby Surgery", "Oak Tree Surgery"]),
    ("The practice at Old Mill Surgery and Fenby Surgery merged.", ["Old Mill Surgery", "Fenby Surgery"]),
    ("Oldmill Carers Centre and Harbury Carers Centre share a building.",
     ["Oldmill Carers Centre", "Harbury Carers Centre"]),
])
def test_two_names_with_one_ending_joined_by_and_are_both_found_in_order(text, names):
    assert [c.name for c in candidates(text) if c.rule == "body_ending"] == names


@pytest.mark.parametrize("example", DATA["brand_plurals"]["examples"], ids=lambda e: e["text"][:40])
def test_a_brand_and_a_generic_plural_where_the_sentence_speaks_of_supplying_is_a_firm(example):
    names = _names(example["text"])
    plural = DATA["trading_name_endings"]["words"]
    if example.get("none"):
        assert not [n for n in names if n.split()[-1].lower() in plural]
    else:
        assert example["name"] in names


# -- the required-strings check before a candidate pattern's search (speed; same matches) -----------

PREFILTER_TEXTS = [
    # role positions, worded three ways
    "The day centre contract was awarded to Hollin Bank Support CIC in March.",
    "Grant funding of £40,000 to Marshfield Carers Centre continues for 2025/26.",
    "Lantern Lane Advocacy were commissioned to run the helpline for North Mercia ICB.",
    "The Wyvern Men's Shed, a registered charity, will hold the lease.",
    "The outreach service is delivered by Tarnside Community Transport under a contract with the Council.",
    # body endings and brand plurals
    "Referrals come from Fenby Surgery and Oak Tree Surgery, and from Kestrel Vale GP Federation.",
    "Arden Networks holds the network contract; Colbeck Solutions supplies the software.",
    "Age UK Brackenford runs the befriending scheme with the Ashdown Food Bank.",
    # definitions and texts no pattern can match
    "The plan was drafted by the Ashdown Energy Network (AEN) and agreed in May.",
    "Members noted the report and thanked officers for their work.",
    "the meeting closed at 8.15pm",
    "The KELVIN sign \u212a and a dotted \u0130 stay searched: Kestrel Carers Centre delivers it.",
]


def _all_patterns():
    roles, described, _kinds, endings, brand_plural = orgevidence._compiled()
    return ([pattern for _rule, pattern, _needs in roles] + [described, brand_plural, orgevidence._DEFINITION]
            + [pattern for pattern, *_rest in endings])


def _unscreened(pattern, text):
    if pattern.after_name is not None and not pattern.after_name.search(text):
        return []
    return [m.span() for m in pattern.regex.finditer(text)]


@pytest.mark.parametrize("text", PREFILTER_TEXTS, ids=lambda t: t[:30])
def test_candidate_patterns_find_the_same_matches_with_their_required_strings_checked_first(text):
    for pattern in _all_patterns():
        assert [m.span() for m in pattern.finditer(text)] == _unscreened(pattern, text), pattern.regex.pattern[:80]


def test_the_required_strings_check_rules_texts_out():
    # Fails if the check were never made: most patterns cannot match a text without their words.
    skipped = sum(1 for pattern in _all_patterns() for text in PREFILTER_TEXTS
                  if not orgevidence.required_text.may_match(pattern.regex, text))
    assert skipped > len(_all_patterns()) * len(PREFILTER_TEXTS) // 2


# ---- o33: list items that name a body by their position under a lead announcing awards or contracts ----------

@pytest.mark.parametrize("lines, expected", [
    (["That the following grants be made for 2026/27:", "Harbury Larder - £9,000", "Wexcombe Young Minds - £18,500"],
     {"Harbury Larder", "Wexcombe Young Minds"}),
    (["Grants were paid to these groups in the year:", "• Tarnby Money Matters – £40,000 for debt advice",
      "• Oldmill Sparks – £2,500"], {"Tarnby Money Matters", "Oldmill Sparks"}),
    (["The following awards were agreed by the panel:", "- Saltby Stitchers — £6,000",
      "- Ravensholt Rovers — £1,200 towards kit"], {"Saltby Stitchers", "Ravensholt Rovers"}),
])
def test_a_name_and_a_sum_set_off_by_a_dash_under_an_awards_lead_names_a_body(lines, expected):
    assert expected <= set(_names(*lines))


@pytest.mark.parametrize("lines", [
    ["The following budgets were approved for 2025/26:", "Adult Care - £40m", "Public Health - £12m"],
    ["Harbury Larder - £9,000", "Wexcombe Young Minds - £18,500"],
    ["The following grant applications were considered:", "Harbury Larder - £9,000", "Oldmill Sparks - £2,500"],
])
def test_a_name_dash_sum_line_without_an_awards_lead_names_no_body(lines):
    assert not {"Adult Care", "Public Health", "Harbury Larder", "Wexcombe Young Minds", "Oldmill Sparks"} & set(_names(*lines))


# A lead's list may mix layouts (`S (X): £V` then `X - S - £V`): every priced item of the list stays under the lead.
@pytest.mark.parametrize("lines, expected", [
    (["The following contracts were awarded in the quarter:", "Home care, north (Kelby Homecare Ltd): £1,200,000",
      "Loamside Taxis - school routes - £600,000"], {"Loamside Taxis"}),
    (["Contracts placed under delegated authority this quarter:", "- Tarnby Fencing: £42,000 for the depot fence",
      "- Oldfield Arborists – tree survey – £18,000"], {"Tarnby Fencing", "Oldfield Arborists"}),
    (["Grants were made to the groups below:", "Youth work (Brackley Detached): £30,000",
      "Saltby Stitchers - £6,000"], {"Brackley Detached", "Saltby Stitchers"}),
])
def test_every_priced_item_of_a_mixed_list_stays_under_its_lead(lines, expected):
    assert expected <= set(_names(*lines))


# `The largest contracts at present are:`: a lead stating which contracts there are announces the bodies holding them.
@pytest.mark.parametrize("lines, expected", [
    (["The largest contracts at present are:", "- Pellow Coaches – post-16 routes – £640,000",
      "- Dunmere Cabs – single-occupancy routes – £2,060,000"], {"Pellow Coaches", "Dunmere Cabs"}),
    (["Our main contracts include:", "Grounds maintenance (Greenacre Landscapes): £310,000",
      "Cleaning (Brightstone Facilities Ltd): £95,000"], {"Greenacre Landscapes"}),
    (["Contracts currently in place comprise:", "Wexmoor Shredding - £12,000",
      "Kilnbeck Civil Engineering - £1,400,000"], {"Wexmoor Shredding", "Kilnbeck Civil Engineering"}),
])
def test_a_lead_stating_the_contracts_there_are_announces_their_holders(lines, expected):
    assert expected <= set(_names(*lines))


# `X Care at Home`: a provider's trading name; the service's own title is none.
@pytest.mark.parametrize("text, expected", [
    ("The south lot goes to Wexmoor Care at Home from April.", ["Wexmoor Care at Home"]),
    ("Alder Vale Care at Home and Moorside Homecare Ltd share the west zone.", ["Alder Vale Care at Home"]),
    ("Brackenford Care at Home has 40 carers.", ["Brackenford Care at Home"]),
    ("Award of Contracts for Care at Home (Zone Lots 1 to 3)", []),
    ("Overnight Care at Home will start in May.", []),
    ("The Domiciliary Care at Home framework opens in June.", []),
])
def test_a_name_ending_care_at_home_is_a_provider_and_its_service_title_is_none(text, expected):
    assert [c.name for c in candidates(text) if c.rule == "body_ending" and c.name.endswith("Care at Home")] == expected
