"""Round parties6: providers named with a noun, a possessive, a hyphen or a hand-over, hosted services and
sub-contractors of a lead provider.  Fictional papers run through the whole extraction pipeline
(organisations and the publishing authority come from the real components)."""
import pytest

from fictional_paper import pairs, run


def providers(extraction):
    return {c.provider for c in extraction.contracts if c.provider}


COUNCIL = "Marbury District Council"
ICB = "NHS Oldcastle Integrated Care Board"


@pytest.mark.parametrize("text, provider", [
    # A noun for the relation, the name with no legal ending.
    ("Delivery of grounds maintenance by Hollowfield Grounds has improved since the autumn.", "Hollowfield Grounds"),
    ("Delivery by Skinbright of the community eczema clinics began in January 2025.", "Skinbright"),
    ("The provision of night sitting by Lanternway is reviewed each year.", "Lanternway"),
    ("Provision of the two leisure centres is through Everbright Leisure, a charitable trust.", "Everbright Leisure"),
    # Outsourced work, an incumbent, a possessive contract, a service named after its deliverer.
    ("Overnight radiology reporting is outsourced to Nightlens Imaging, which reports within one hour.", "Nightlens Imaging"),
    ("Everbright Leisure remains the incumbent and has asked to be considered for a further term.", "Everbright Leisure"),
    ("Skinbright Clinics Ltd's contract runs to 31 December 2026.", "Skinbright Clinics Ltd"),
    ("The Lumenhall-delivered reading festival returns in October 2025.", "Lumenhall"),
    ("The Board approved the extension of the Scopewell insourcing arrangement to 31 March 2026.", "Scopewell"),
])
def test_a_brand_named_in_a_nominal_or_possessive_relation_provides(text, provider):
    assert (COUNCIL, provider) in pairs(run(COUNCIL, text))


@pytest.mark.parametrize("text, outgoing, incoming", [
    ("The transfer of the home library service from Pagewell to Readwell Libraries CIC took place on 1 May 2025.",
     "Pagewell", "Readwell Libraries CIC"),
    ("Patients were transferred from Oldgate Clinics Ltd to Kestrel Support Ltd when the contract ended.",
     "Oldgate Clinics Ltd", "Kestrel Support Ltd"),
    ("The meals contract transferred from Amberline Care Ltd to Brightwood Care Ltd on 1 June 2025.",
     "Amberline Care Ltd", "Brightwood Care Ltd"),
])
def test_a_service_handed_over_has_both_bodies_as_providers(text, outgoing, incoming):
    # The labelling rule (tests/paraphrase/README.md, round parties6): both provided the service.
    assert {outgoing, incoming} <= providers(run(COUNCIL, text))


@pytest.mark.parametrize("text", [
    "Responsibility for the contract transferred from NHS Oldcastle CCG to NHS Oldcastle Integrated Care Board on 1 July 2022.",
    "The budget was moved from Marbury District Council to the partnership in April.",
    "Funding was transferred from reserves to the capital budget in 2024.",
    # Ratings move and transfer too: `Amber` is no body.
    "The risk score for the home care market moved from Amber to Green this quarter.",
])
def test_a_commissioner_handing_over_is_no_provider(text):
    assert not {"NHS Oldcastle CCG", "Marbury District Council", "Amber", "Green"} & providers(run(COUNCIL, text))


@pytest.mark.parametrize("text, lead, subs", [
    ("The palliative care service has a lead provider, Ferngate Community Health NHS Trust, with sub-contractors "
     "St Wenna's Hospice and Oldcastle Carers Trust.", "Ferngate Community Health NHS Trust",
     {"St Wenna's Hospice", "Oldcastle Carers Trust"}),
    ("The main contractor, Kestrel Support Ltd, pays its sub-contractors Oakdene Care Ltd and Fenmoor Group Ltd.",
     "Kestrel Support Ltd", {"Oakdene Care Ltd", "Fenmoor Group Ltd"}),
    ("Under the prime contractor Brightwood Care Ltd the work is done by subcontractors Tollgate Meals Ltd and Ashby Kitchens Ltd.",
     "Brightwood Care Ltd", {"Tollgate Meals Ltd", "Ashby Kitchens Ltd"}),
])
def test_sub_contractors_are_the_lead_providers_providers(text, lead, subs):
    found = pairs(run(ICB, text))
    assert {(lead, sub) for sub in subs} <= found
    assert not {(ICB, sub) for sub in subs} & found


@pytest.mark.parametrize("text, host", [
    ("The wheelchair service is hosted by Oldcastle County Council on behalf of the ICB.", "Oldcastle County Council"),
    ("The falls prevention scheme is jointly hosted by Kestrel Support Ltd for the ICB.", "Kestrel Support Ltd"),
    ("Both clinics are currently hosted by Oakdene Care Ltd under a service agreement.", "Oakdene Care Ltd"),
])
def test_a_service_hosted_by_a_body_is_provided_by_it(text, host):
    assert host in providers(run(ICB, text))


@pytest.mark.parametrize("text", [
    "Three posts are hosted by Oldcastle County Council and funded by the ICB.",
    "The Care Quality Commission inspects each of them; Healthwatch Oldcastle was consulted on the review.",
    "The University of Oldcastle is the ICB's research partner; the Harlan Foundation funds a volunteer programme.",
    # A possessive alone makes no body of a job title; a verb in the gap makes no provision; a month is no body.
    "The Senior Nurse's contract of employment was varied in May.",
    "Delivery of the tree planting plan is being actively helped by the Tarnby Ramblers Forum.",
    "The timetable was reset so that provision of the last two outcomes is met by Oct 2026.",
])
def test_staff_hosts_regulators_consultees_and_funders_are_no_providers(text):
    assert not providers(run(ICB, text))


@pytest.mark.parametrize("text, names", [
    ("The framework providers are Dovewick Homecare, Meadowfell and Silverbrook Care at Home.",
     {"Dovewick Homecare", "Meadowfell", "Silverbrook Care at Home"}),
    ("The current providers of overnight short breaks are: Harebell House; Wrenfold Lodge; and Tumblewick Play CIC.",
     {"Harebell House", "Wrenfold Lodge", "Tumblewick Play CIC"}),
    ("The incumbent provider of the ferry service is Tidewater Crossings, whose contract ends in March.",
     {"Tidewater Crossings"}),
    ("Our supplier for school meals remains Tollgate Kitchens.", {"Tollgate Kitchens"}),
])
def test_bodies_named_by_a_copula_after_a_provider_noun_provide(text, names):
    assert {(COUNCIL, name) for name in names} <= pairs(run(COUNCIL, text))


@pytest.mark.parametrize("text", [
    "The biggest cost for providers is Fuel Duty, which went up again in the spring.",
    "The providers are listed in Appendix B with their contract end dates.",
    "A cost pressure for suppliers is Energy Price Inflation across the county.",
    # Inspection ratings after the copula are no bodies.
    "All our current providers are Good or Outstanding, and one Requires Improvement.",
])
def test_a_copula_after_provider_without_a_determiner_names_no_provider(text):
    assert not providers(run(COUNCIL, text))


def test_a_tail_after_a_council_stays_a_place():
    # `at Home` ends a name only where no capitalised word follows (`the Council at Home Farm` is a place).
    found = providers(run(COUNCIL, "Grounds at the depot are maintained by Harebell House at Home Farm, Marbury."))
    assert not any(name.endswith("at Home") for name in found)
