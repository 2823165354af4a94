"""Document metadata: authority, committee, meeting date, title and author."""
from __future__ import annotations

import pytest

import committee_papers.extract.metadata  # noqa: F401  (registers cp_metadata)
import committee_papers.extract.organisations  # noqa: F401  (registers cp_organisations)
from committee_papers.extract.metadata import parse_date
from committee_papers.extract.paper import make_paper_doc
from committee_papers.ingest.model import Block, iter_passages
from committee_papers.ingest.registry import read_document




def run(nlp, passages, properties=None):
    doc = make_paper_doc(nlp, passages, properties)
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc._.extraction


def metadata_of(nlp, *lines, properties=None):
    return run(nlp, list(iter_passages([Block("paragraph", text=line) for line in lines])), properties)


def metadata_of_file(nlp, path):
    document = read_document(path)
    return run(nlp, document.passages(), document.properties)


@pytest.mark.parametrize("text, iso", [
    ("Date: 31 st October 2017", "2017-10-31"),
    ("TUESDAY 30 JANUARY 2018", "2018-01-30"),
    ("Cabinet – 10th April 2017", "2017-04-10"),
    ("Meeting held on Wednesday, 5 Sept. 2018", "2018-09-05"),
    ("March 3rd, 2021", "2021-03-03"),
    ("Date of meeting: 07/02/2019", "2019-02-07"),
    ("the 1st of June 2020", "2020-06-01"),
    ("Meeting 10-04-2017", "2017-04-10"),
    ("2019-11-05", "2019-11-05"),
    ("10/04-2017", None),
    ("31 February 2020", None),
    ("Q3 2024/25", None),
    ("2017/18 budget", None),
    # Read by the one date finder (extract/dates.py), so a cover date written as the text writes it:
    ("Date of meeting: 29/05/25", "2025-05-29"),
    ("Meeting date: Tuesday, Sept. 9, 2025", "2025-09-09"),
    ("Cabinet, 3/6/26", "2026-06-03"),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


COVER_SHEET = """Public Report
Cabinet

Summary Sheet

Council Meeting:

Cabinet and Commissioners Decision Meeting – 14th March 2022

Title:

Recommissioning of Community Therapy Services

Report Author(s)

Jane Doe, Commissioning Officer, Adult Care

Executive Summary

The service is jointly commissioned by the Council and Avonford Clinical Commissioning Group (CCG). The Council contributes £300,000 and the CCG £400,000 each year.

1. Recommendations

1.1 That Cabinet approves the recommissioning of the service.
"""


def test_cover_sheet_fields(nlp, tmp_path):
    path = tmp_path / "cover.txt"
    path.write_text(COVER_SHEET)
    meta = metadata_of_file(nlp, path)
    assert meta.committee == "Cabinet and Commissioners Decision Meeting"
    assert meta.meeting_date == "2022-03-14"
    assert meta.title == "Recommissioning of Community Therapy Services"
    assert meta.author == "Jane Doe"
    # Only `the Council` is said: it is the council of the place the paper is about.
    assert meta.authority == "Avonford Council"


def test_labels_with_values_on_one_line(nlp):
    meta = metadata_of(
        nlp,
        "WESSEX COUNTY COUNCIL",
        "Committee: Children's Services Committee",
        "Date: 31 st October 2017",
        "Title: Speech and Language Therapy Contract Extension",
        "Contact officer: Dr Sam Patel, Head of Commissioning",
        "1. Purpose",
        "1.1 This report asks the Committee to extend the contract with Brightside Therapies CIC.",
        "1.2 Brightside Therapies CIC has delivered the service since 2015 for Brightside Therapies CIC clients.",
    )
    assert meta.authority == "Wessex County Council"
    assert meta.committee == "Children's Services Committee"
    assert meta.meeting_date == "2017-10-31"
    assert meta.title == "Speech and Language Therapy Contract Extension"
    assert meta.author == "Dr Sam Patel"


def test_cover_sheet_as_a_table(nlp):
    table = Block("table", rows=[["Meeting:", "North Wessex Integrated Care Board"],
                                 ["Date:", "TUESDAY 30 JANUARY 2018"],
                                 ["Report title:", "Community Equipment Service"],
                                 ["Report author:", "Alex Jones, Associate Director"]])
    body = Block("paragraph", text="1. The ICB commissions the service from Wessex Community Health NHS Trust.")
    meta = run(nlp, list(iter_passages([table, body])))
    assert meta.committee == "North Wessex Integrated Care Board"
    assert meta.meeting_date == "2018-01-30"
    assert meta.title == "Community Equipment Service"
    assert meta.author == "Alex Jones"
    assert meta.authority == "North Wessex Integrated Care Board"


def test_paper_without_a_title_page(nlp):
    meta = metadata_of(
        nlp,
        "4. Background",
        "4.1 Wessex County Council and both CCGs have commissioned an integrated therapies offer since 2015.",
        "4.2 WCC will lead the procurement, and Wessex County Council will hold the contract.",
        "6.4 Schools Forum is asked to note this approach.",
    )
    assert meta.title is None
    assert meta.meeting_date is None
    assert meta.committee == "Schools Forum"
    assert meta.authority == "Wessex County Council"


def test_title_is_the_opening_heading(nlp):
    meta = metadata_of(
        nlp,
        "Integrated Therapies \u2013 Update",
        "1. Commissioning Activity",
        "Wessex County Council has awarded the contract to Wessex Community Trust (WCT).",
        "WCT will mobilise the service and WCT will report monthly; WCT staff transfer.",
    )
    assert meta.title == "Integrated Therapies \u2013 Update"
    # The council that awards the contract publishes, though the provider is named more.
    assert meta.authority == "Wessex County Council"
    assert meta.committee is None


def test_opening_lines_give_committee_and_date(nlp):
    meta = metadata_of(
        nlp,
        "Agenda Item 7",
        "Lyme District Council",
        "Overview and Scrutiny Committee",
        "1 April 2025",
        "Leisure Centre Management Contract",
        "1. Summary",
        "1.1 The Council let the contract to Acme Leisure Ltd in 2019.",
    )
    assert meta.authority == "Lyme District Council"
    assert meta.committee == "Overview and Scrutiny Committee"
    assert meta.meeting_date == "2025-04-01"
    assert meta.title == "Leisure Centre Management Contract"


def test_report_to_line_names_the_committee(nlp):
    meta = metadata_of(nlp, "Agenda Item 5", "Report to the Cabinet", "12 March 2019",
                       "Household Waste Collection Contract", "1. Wessex County Council let the contract.")
    assert (meta.committee, meta.meeting_date, meta.title) == (
        "Cabinet", "2019-03-12", "Household Waste Collection Contract")


def test_an_nhs_body_that_speaks_of_itself_publishes(nlp):
    meta = metadata_of(
        nlp,
        "Wessex Community Health NHS Trust",
        "Public Board Meeting",
        "1. The Trust has agreed a section 75 agreement with Wessex County Council.",
        "2. The Trust Board is asked to approve the plan; the Trust will report in March.",
    )
    assert meta.authority == "Wessex Community Health NHS Trust"


def test_file_properties_are_a_hint(nlp):
    lines = ("Wessex County Council and Lyme District Council share the service.",
             "Lyme District Council hosts it; Wessex County Council pays for it.")
    assert metadata_of(nlp, *lines).authority == "Wessex County Council"
    assert metadata_of(nlp, *lines, properties={"author": "Lyme District Council"}).authority == \
        "Lyme District Council"


def test_file_title_counts_only_when_the_paper_says_it(nlp):
    lines = ("Wessex County Council", "Environment and Transport Directorate", "Kerbside Recycling Contract",
             "Summary: the contract ends in 2026.")
    assert metadata_of(nlp, *lines).title == "Environment and Transport Directorate"
    hinted = metadata_of(nlp, *lines, properties={"title": "kerbside recycling contract"})
    assert hinted.title == "Kerbside Recycling Contract"
    unsaid = metadata_of(nlp, "4. Background", "4.1 Wessex County Council let the contract.",
                         properties={"title": "Report Template"})
    assert unsaid.title is None


def test_a_file_title_that_is_only_the_bodys_name_is_not_the_report_title(nlp):
    # Word's Title style used for the banner: the reader offers it as the file's title.
    blocks = [Block("heading", "Brackenford Council", level=1), Block("paragraph", "Cabinet - 11 February 2025"),
              Block("heading", "Award of Contract: Healthy Lifestyles Service", level=1),
              Block("paragraph", "Report author: Gareth Nwosu, Commissioning Manager")]
    meta = run(nlp, list(iter_passages(blocks)), {"title": "Brackenford Council"})
    assert meta.title == "Award of Contract: Healthy Lifestyles Service"
    assert meta.authority == "Brackenford Council"


def test_person_in_to_field_is_not_a_committee(nlp):
    meta = metadata_of(
        nlp,
        "From: Sam Smith, Corporate Director of Children's Services",
        "To: Jo Bloggs, Cabinet Member for Integrated Children's Services",
        "Subject: Commissioned Family Hub Contracts",
        "Summary: Wessex County Council proposes not to renew two contracts.",
    )
    # A decision taken by one Cabinet Member is known by the role, not the person
    # (was None before the cover model: the gold of such papers names the role).
    assert meta.committee == "Cabinet Member for Integrated Children's Services"
    assert meta.title == "Commissioned Family Hub Contracts"
    # A person whose role takes no decisions is still no committee.
    meta = metadata_of(
        nlp,
        "From: Sam Smith, Corporate Director of Children's Services",
        "To: Jo Bloggs, Corporate Director of Adult Services",
        "Subject: Day Centre Transport",
    )
    assert meta.committee is None


def test_letterhead_lines_are_not_titles(nlp):
    meta = metadata_of(
        nlp,
        "Lyme District Council, 1 High Street, Lyme, LY1 2AB \u2022 Phone 01234 567890",
        "Version January 2024",
        "1. The Council agreed the budget in February.",
    )
    assert meta.title is None


@pytest.mark.parametrize("line, author", [
    ("Report author: Chris Green (Head of Service)", "Chris Green"),
    ("Author: Cllr Pat Brown \u2013 Cabinet Member", "Cllr Pat Brown"),
    ("Contact Officer: Adult Care Commissioning Team", "Adult Care Commissioning Team"),
])
def test_author_is_the_persons_name(nlp, line, author):
    assert metadata_of(nlp, "Wessex County Council", line).author == author


def test_empty_paper_has_no_metadata(nlp):
    meta = run(nlp, [])
    assert (meta.authority, meta.committee, meta.meeting_date, meta.title, meta.author) == (None,) * 5


def test_two_councils_named_alike_the_one_whose_place_and_address_the_paper_gives(nlp):
    meta = metadata_of(
        nlp,
        "Committee Report",
        "Title: Workplace Parking Levy",
        "1. Wessex County Council has run a levy since 2012 and Wessex raised £83m from it.",
        "2. Casterbridge differs from Wessex; a smaller scheme suits Casterbridge.",
        "3. Car parks owned by Casterbridge City Council cost more in Casterbridge than in Casterbridge's suburbs.",
        "4. See https://democracy.casterbridge.gov.uk/documents/levy.pdf for the earlier debate.",
    )
    assert meta.authority == "Casterbridge City Council"
    # Named more often, a council still wins on mentions.
    meta = metadata_of(
        nlp,
        "1. Wessex County Council runs the service; Wessex County Council pays for it.",
        "2. Casterbridge City Council is consulted; see casterbridge.gov.uk and Casterbridge, Casterbridge.",
    )
    assert meta.authority == "Wessex County Council"


CONTRACT_COVER = ("DATED: 1 APRIL 2020", "HOME CARE SERVICES CONTRACT between", "{first} and", "{second}",
                  "CONTENTS", "1. Definitions", "1.1 In this Contract the Authority means Wessex County Council.")


def test_contract_cover_title_runs_through_its_parties(nlp):
    lines = [line.format(first="WESSEX COUNTY COUNCIL", second="BRIGHTSIDE CARE LIMITED") for line in CONTRACT_COVER]
    meta = metadata_of(nlp, *lines)
    assert meta.title == "HOME CARE SERVICES CONTRACT between WESSEX COUNTY COUNCIL and BRIGHTSIDE CARE LIMITED"
    assert meta.authority == "Wessex County Council"
    assert meta.committee is None
    assert meta.meeting_date == "2020-04-01"


def test_contract_party_that_is_a_public_body_publishes_not_the_first_party(nlp):
    lines = [line.format(first="BRIGHTSIDE CARE LIMITED", second="CASTERBRIDGE CITY COUNCIL")
             for line in CONTRACT_COVER[:4]]
    lines += ["1. Wessex County Council is a neighbouring authority.", "2. Wessex County Council is not a party."]
    meta = metadata_of(nlp, *lines)
    assert meta.authority == "Casterbridge City Council"
    assert meta.title.endswith("and CASTERBRIDGE CITY COUNCIL")


def test_between_on_its_own_line(nlp):
    meta = metadata_of(nlp, "PARTNERSHIP AGREEMENT", "between", "Casterbridge City Council", "and",
                       "Wessex Healthcare NHS Trust", "1. Definitions")
    assert meta.title == "PARTNERSHIP AGREEMENT between Casterbridge City Council and Wessex Healthcare NHS Trust"
    assert meta.authority == "Casterbridge City Council"


def test_a_title_that_is_not_a_contract_is_not_extended(nlp):
    meta = metadata_of(nlp, "Wessex County Council", "Relations between Schools and Academies",
                       "Children's Services Committee", "1. Summary")
    assert meta.title == "Relations between Schools and Academies"


def test_cover_role_is_not_a_committee_and_spaced_out_rows_are_lines(nlp):
    rows = [Block("heading", text="Committee Report"),
            Block("table", rows=[["Transport", "and", "Connectivity", "Committee"]]),
            Block("table", rows=[["12", "September", "2024"]]),
            Block("heading", text="TITLE: Bus Lane Enforcement"),
            Block("heading", text="Officer presenting the report: Sam Green Job title: Head of Transport"),
            Block("table", rows=[["Committee", "Chair"]]),
            Block("paragraph", text="1. Casterbridge City Council enforces the bus lanes.")]
    meta = run(nlp, list(iter_passages(rows)))
    assert meta.committee == "Transport and Connectivity Committee"
    assert meta.meeting_date == "2024-09-12"
    assert meta.title == "Bus Lane Enforcement"
    assert meta.author == "Sam Green"
    # A labelled role alone says nothing about the meeting.
    meta = run(nlp, list(iter_passages([Block("table", rows=[["Committee", "Chair"]]),
                                        Block("paragraph", text="1. Casterbridge City Council agreed.")])))
    assert meta.committee is None


def test_spaced_out_row_is_not_a_title(nlp):
    rows = [Block("table", rows=[["Name", "Role", "Team"]]), Block("paragraph", text="Bus Lane Enforcement"),
            Block("paragraph", text="1. Casterbridge City Council enforces the bus lanes.")]
    assert run(nlp, list(iter_passages(rows))).title == "Bus Lane Enforcement"


def test_minutes_heading_gives_committee_title_and_publisher(nlp):
    meta = metadata_of(
        nlp,
        "Casterbridge City Council Minutes of the Parks and Leisure Committee",
        "3 March 2025 at 5.00 pm",
        "Members Present:-",
        "1 Apologies",
        "Wessex County Council sent an officer. Wessex County Council officers answered questions on the plan.",
    )
    assert meta.committee == "Parks and Leisure Committee"
    assert meta.title == "Minutes of the Parks and Leisure Committee"
    assert meta.meeting_date == "2025-03-03"
    assert meta.authority == "Casterbridge City Council"


def test_minutes_sentence_gives_date_and_title(nlp):
    meta = metadata_of(
        nlp,
        "WESSEX COUNTY COUNCIL",
        "CABINET",
        "MINUTES of a meeting of the Cabinet held in the Council Chamber, County Hall, Casterbridge on "
        "Thursday, 30 January 2025.",
        "PRESENT: Mr A Smith (Chairman), Mrs B Jones",
    )
    assert (meta.committee, meta.meeting_date, meta.title) == (
        "Cabinet", "2025-01-30", "MINUTES of a meeting of the Cabinet")
    assert meta.authority == "Wessex County Council"


def test_minutes_of_the_previous_meeting_is_an_item_not_the_title(nlp):
    meta = metadata_of(nlp, "Wessex County Council", "Adult Care Panel", "Minutes of the previous meeting",
                       "Home Care Review", "1. Summary")
    assert meta.title == "Home Care Review"


def test_own_board_minutes_of_a_body_that_is_not_a_council(nlp):
    table = Block("table", rows=[["Title of Meeting", "Wessex Libraries IPS - Board Meeting"],
                                 ["Date", "28th January 2016"]])
    blocks = [Block("heading", text="Wessex Libraries IPS"),
              Block("paragraph", text="The society running library services supported by Wessex County Council"),
              Block("heading", text="OPEN BOARD MEETING MINUTES"), table,
              Block("paragraph", text="1. Wessex Libraries IPS reported to Wessex County Council on the contract.")]
    meta = run(nlp, list(iter_passages(blocks)))
    assert meta.authority == "Wessex Libraries IPS"
    assert meta.committee == "Wessex Libraries IPS - Board Meeting"
    # (The heading names only a kind of meeting; the cover's `Title of Meeting` names whose: branch meta18.)
    assert meta.title == "Wessex Libraries IPS - Board Meeting"
    assert meta.meeting_date == "2016-01-28"
    # The provider's name on the cover of the council's own paper does not make it the publisher.
    blocks = [Block("heading", text="Wessex Libraries IPS"),
              Block("paragraph", text="Committee: Wessex County Council Cabinet"),
              Block("paragraph", text="1. Wessex Libraries IPS runs the libraries.")]
    assert run(nlp, list(iter_passages(blocks))).authority == "Wessex County Council"


@pytest.mark.parametrize("lines", [
    ("Brightside Therapies CIC", "Day opportunities contract extension",
     "1. Wessex County Council commissions day opportunities from Brightside Therapies CIC."),
    ("Cabinet", "Kestrel Leisure Ltd", "Leisure centre management contract",
     "1. Wessex County Council let the leisure contract to Kestrel Leisure Ltd in 2019."),
    ("Harbourside Meals CIC", "Community meals: annual review",
     "1. The meals service is funded by Wessex County Council and run by Harbourside Meals CIC."),
])
def test_a_provider_heading_a_council_paper_is_its_subject_not_its_publisher(nlp, lines):
    meta = metadata_of(nlp, *lines)
    assert meta.authority == "Wessex County Council"


@pytest.mark.parametrize("lines, publisher", [
    (("Fenmoor Homes Limited", "Minutes of a meeting of the Board of Directors held on 4 June 2024",
      "1. The Board noted the grant from Wessex County Council."), "Fenmoor Homes Limited"),
    (("Harbourside Meals CIC", "Minutes of the Board of Trustees held on 12 March 2025",
      "2. Wessex County Council renewed the community meals contract."), "Harbourside Meals CIC"),
    (("Brightside Therapies CIC", "Minutes of the annual general meeting held on 9 October 2024",
      "3. Members heard that Wessex County Council funds the day service."), "Brightside Therapies CIC"),
])
def test_a_bodys_own_minutes_under_its_name_are_its_own_though_a_council_is_named(nlp, lines, publisher):
    assert metadata_of(nlp, *lines).authority == publisher


def test_council_line_with_a_document_type_is_not_a_committee(nlp):
    meta = metadata_of(
        nlp,
        "WESSEX COUNTY COUNCIL \u2013 RECORD OF DECISION",
        "DECISION TO BE TAKEN BY: DECISION NUMBER:",
        "24/00001 Mrs Jo Bloggs, Cabinet Member for Children's Services",
        "Subject Matter / Title of Decision",
        "Commissioned Family Hub Contracts",
        "Decision:",
    )
    # Two labels on one line with their values below: the decision is one member's,
    # known by the role (the gold of such records names the Cabinet Member as committee).
    assert meta.committee == "Cabinet Member for Children's Services"
    assert meta.title == "Commissioned Family Hub Contracts"
    assert meta.authority == "Wessex County Council"


def test_to_line_names_the_committee(nlp):
    meta = metadata_of(nlp, "Finance Monitoring Report", "To Cabinet \u2013 30 January 2025", "Unrestricted",
                       "1. Wessex County Council forecasts an overspend.")
    assert (meta.committee, meta.meeting_date) == ("Cabinet", "2025-01-30")
    meta = metadata_of(nlp, "Finance Monitoring Report", "To provide an update to the Board", "1. Summary")
    assert meta.committee != "provide an update to the Board"


def test_misspelt_county_council_is_not_the_publisher(nlp):
    meta = metadata_of(
        nlp,
        "Subject: Late budget changes",
        "1. These changes came too late for the Couty Council budget meeting.",
        "2. The Council agreed the budget; Wessex County Council will publish it.",
    )
    assert meta.authority == "Wessex County Council"


def test_split_report_title_label_and_junk_titles(nlp):
    meta = metadata_of(nlp, "REPORT TO: WESSEX COMBINED AUTHORITY COMMITTEE", "DATE: 27 MARCH 2026",
                       "REPORT TRANSPORT TITLE:", "Purpose of Report", "1. Wessex County Council agreed.")
    assert meta.title == "Transport"
    assert metadata_of(nlp, "example.io free transcript", "No title found",
                       "Hello and welcome to the public meeting of the Wessex ICB.").title is None
    assert metadata_of(nlp, "Final_Agenda_Public_Board_Meeting", "1. Apologies").title == \
        "Final Agenda Public Board Meeting"


def test_author_from_the_contact_details_at_the_end(nlp):
    body = [f"{n}. The service is reviewed by Wessex County Council each year and this is paragraph {n}."
            for n in range(1, 80)]
    meta = metadata_of(
        nlp, "From: Jo Bloggs, Cabinet Member for Adult Care", "To: Cabinet \u2013 4 March 2025",
        "Subject: Home Care Contract", *body, "Contact details:",
        "Report Author Sam Patel (Head of Commissioning) 03000 419418, sam.patel@wessex.gov.uk")
    # The report's author beats whom it is from, wherever the author is named.
    assert meta.author == "Sam Patel"
    assert metadata_of(nlp, "From: Jo Bloggs, Cabinet Member for Adult Care", "Subject: Home Care",
                       "1. Wessex County Council agreed.").author == "Jo Bloggs"


@pytest.mark.parametrize("lines, author", [
    (("14. Contact details", "Author", "Dr Mo Khan Interim Strategic Lead for Public Health mo.khan@wessex.gov.uk"),
     "Dr Mo Khan"),
    (("Report Author: Pat Lee-Jones Contact Details: pat.lee-jones@wessex-ca.gov.uk",), "Pat Lee-Jones"),
    (("Lead officer: Director of Public Health",), "Director of Public Health"),
    # A bare `Author` heading over something that is not a name is no label.
    (("Author", "Background to the review of services"), None),
])
def test_author_lines(nlp, lines, author):
    assert metadata_of(nlp, "Wessex County Council", *lines).author == author


def test_author_in_a_contact_table(nlp):
    table = Block("table", rows=[["Report Authors: Kim Wu Assistant Director kim.wu@wessex.gov.uk", "Lead Director"],
                                 ["Interim Corporate Director Finance", "Lee Cole"]])
    assert run(nlp, list(iter_passages([Block("paragraph", text="Wessex County Council"), table]))).author == "Kim Wu"
    table = Block("table", rows=[["Interim Corporate Director Finance", "Lee Cole", "03000 410 066", "lee@x.gov.uk"]])
    blocks = [Block("paragraph", text="Wessex County Council"), Block("heading", text="Contact Details"), table]
    assert run(nlp, list(iter_passages(blocks))).author == "Lee Cole"


def test_a_cover_in_capitals_gives_the_committee_and_title_in_title_case(nlp):
    meta = metadata_of(nlp, "REPORT TO: WESSEX HEALTH AND WELLBEING BOARD", "DATE: 14 MAY 2025",
                       "REPORT TITLE: WCA SEND TRANSPORT CONTRACT",
                       "The WCA has let a transport contract for children with SEND since 2019.")
    assert meta.committee == "Wessex Health and Wellbeing Board"
    # `WCA` is written in capitals inside a sentence, so it is an acronym and stays so.
    assert meta.title == "WCA SEND Transport Contract"
    assert metadata_of(nlp, "Committee: Cabinet", "Title: Review of NHS Dental Services").title \
        == "Review of NHS Dental Services"


def test_opening_heading_with_a_colon_is_a_title_not_a_field(nlp):
    passages = list(iter_passages([
        Block("heading", text="Wessex County Council", level=1),
        Block("heading", text="Children's Therapy Services: Review and Commissioning Plan 2025/26", level=1),
        Block("heading", text="Purpose: For decision", level=2),
        Block("paragraph", text="1. Wessex County Council commissions therapy services for children in the county "
                                "and this paper sets out the plan."),
    ]))
    meta = run(nlp, passages)
    assert meta.title == "Children's Therapy Services: Review and Commissioning Plan 2025/26"
    # A cover field set as a heading is still a field, never the title.
    passages = list(iter_passages([
        Block("heading", text="Report Author: Jane Smith", level=1),
        Block("heading", text="Decision Making Body: Cabinet", level=2),
        Block("paragraph", text="Adult Social Care Charging Policy"),
    ]))
    assert run(nlp, passages).title == "Adult Social Care Charging Policy"


@pytest.mark.parametrize("lines, authority, title", [
    (("WRENDALE HOSPICE TRUST (A company limited by guarantee and a registered charity)",
      "MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES held at Wrendale House on Thursday 6 March 2025 at 5.30 pm",
      "1. Apologies were received from Ann Lee."), "Wrendale Hospice Trust", "Minutes of the Meeting of the Board of Trustees"),
    (("Kestrel Homes Limited (company number 01234567)",
      "Minutes of a meeting of the Board of Directors held at Kestrel House on 10 June 2025 at 4.00 pm",
      "1. The Chair confirmed that a quorum was present."), "Kestrel Homes Limited", "Minutes of a meeting of the Board of Directors"),
    (("TARNBY HARBOUR TRUST", "Minutes of the Board of Trustees meeting, 9 October 2024",
      "1. The minutes of the last meeting were agreed."), "Tarnby Harbour Trust", "Minutes of the Board of Trustees meeting"),
])
def test_a_body_that_is_no_public_body_heading_its_own_minutes_publishes_them(nlp, lines, authority, title):
    # A charity's, a company's or a trust port's own board minutes: the banner body publishes them,
    # with or without an aside saying what it is.
    extraction = metadata_of(nlp, *lines)
    assert extraction.authority.lower() == authority.lower()
    assert extraction.title.lower() == title.lower()


@pytest.mark.parametrize("lines, title, iso", [
    (("Glenarden Council", "MINUTE of MEETING of the HOUSING COMMITTEE held in the Council Chambers, Glenarden on "
      "Tuesday 4 March 2025 at 10.00 am", "1. Declarations of interest"), "MINUTE of MEETING of the HOUSING COMMITTEE", "2025-03-04"),
    (("Lochmere Integration Joint Board", "Minute of Meeting of the Integration Joint Board held on Friday 14 November 2025 "
      "at 10.30 am, Burgh Chambers", "1. Welcome"), "Minute of Meeting of the Integration Joint Board", "2025-11-14"),
    (("NHS Wendle Integrated Care Board", "Minutes of the Board meeting held in public on Monday 8 September 2025, "
      "Riverside Lodge, Wendle", "1. Welcome"), "Minutes of the Board meeting held in public", "2025-09-08"),
    (("Strathkeld Council", "Minute of Meeting of the Licensing Board held in the Burgh Hall, Strathkeld on "
      "Thursday 12 June 2025 at 11.00 am", "1. Apologies"), "Minute of Meeting of the Licensing Board", "2025-06-12"),
    (("Marchbrook Community Health NHS Trust", "Minutes of the Trust Board held in public on Tuesday 8 July 2025 "
      "at 10.00 am, Marchbrook Hospital", "1. Apologies"), "Minutes of the Trust Board held in public", "2025-07-08"),
    (("Tarnside Integration Joint Board", "Minutes of the meeting held in public on Friday 14 November 2025, "
      "Tarnside House", "1. Welcome"), "Minutes of the meeting held in public", "2025-11-14"),
])
def test_a_minutes_title_ends_before_its_meetings_date_and_place(nlp, lines, title, iso):
    # A Scottish `Minute of Meeting` is a set of minutes; `held in public` says what kind of meeting it was.
    extraction = metadata_of(nlp, *lines)
    assert (extraction.title, extraction.meeting_date) == (title, iso)


@pytest.mark.parametrize("lines, iso", [
    (("Ashby Vale Credit Union Limited", "Board meeting minutes - 16 January 2025", "1. Welcome",
      "Date of next meeting: 12 March 2025"), "2025-01-16"),
    (("FENWAY COMMUNITY LEISURE LIMITED", "BOARD MEETING", "Tuesday 21 March 2023, 6.00pm, Fenway Pool meeting room",
      "1. Minutes and matters arising", "Date of the next meeting: Tuesday 16 May 2023"), "2023-03-21"),
    (("Kelby Town Council", "Minutes of the Finance Committee - 3 June 2025", "1. Apologies",
      "Date of following meeting: 1 July 2025"), "2025-06-03"),
])
def test_the_date_of_the_next_meeting_is_not_the_meetings_date(nlp, lines, iso):
    assert metadata_of(nlp, *lines).meeting_date == iso


@pytest.mark.parametrize("lines, title", [
    (("FENWAY COMMUNITY LEISURE LIMITED", "Registered Society No. 31234R", "BOARD MEETING",
      "Tuesday 21 March 2023, 6.00pm, Fenway Pool meeting room", "1. Minutes and matters arising"), "BOARD MEETING"),
    (("Ashby Vale Credit Union Limited", "Company number 0987654", "Annual Members Meeting",
      "Saturday 5 April 2025, 11am, Ashby Vale Library", "1. Welcome"), "Annual Members Meeting"),
    (("Kestrel Bay Youth Trust", "Registered charity 1100234", "Trustees Meeting",
      "Monday 12 May 2025, 7pm, the Boathouse", "1. Welcome"), "Trustees Meeting"),
])
def test_minutes_naming_nothing_but_their_meeting_are_titled_by_it(nlp, lines, title):
    # A registration line is no title, nor is the dated line giving the time and place.
    assert metadata_of(nlp, *lines).title.lower() == title.lower()


@pytest.mark.parametrize("lines, title", [
    (("QUARNBY BOROUGH COUNCIL", "LICENSING SUB-COMMITTEE", "NOTICE OF DETERMINATION",
      "1. The Sub-Committee heard from the applicant."), "NOTICE OF DETERMINATION"),
    (("Wendle District Council", "Planning Sub-Committee", "Land at Mill Lane outline application",
      "1. The application is for twelve homes."), "Land at Mill Lane outline application"),
    (("Fenmarsh County Council", "Appeals Sub-Panel", "School Admission Appeals Summary",
      "1. Three appeals were heard."), "School Admission Appeals Summary"),
])
def test_a_sub_committee_line_is_the_meeting_not_the_title(nlp, lines, title):
    # The hyphen inside `Sub-Committee` is no `Meeting – Title` separator.
    assert metadata_of(nlp, *lines).title.lower() == title.lower()


@pytest.mark.parametrize("page_title, title", [
    ("Minutes - Planning Committee - Wednesday, 5th February, 2025 | Wendle District Council", "Minutes - Planning Committee"),
    ("Minutes - Licensing and Appeals Committee, 3 March 2025 | Kelby Council", "Minutes - Licensing and Appeals Committee"),
    ("Minutes - Health and Wellbeing Board - Tuesday, 14th January, 2025 | Fenmarsh Borough Council",
     "Minutes - Health and Wellbeing Board"),
])
def test_a_web_pages_minutes_title_drops_its_closing_meeting_date(nlp, page_title, title):
    site = page_title.split(" | ")[1]
    properties = {"title": page_title, "h1": page_title.split(" | ")[0], "site_name": site}
    extraction = metadata_of(nlp, "Present: Councillors A. Page (Chair), F. Ahmed", "58. Declarations of interest", properties=properties)
    assert extraction.title == title


@pytest.mark.parametrize("line, file_title", [
    ("Annex C: Staffing Plan (figures to 30 June 2025)", "Annex C: Staffing Plan"),
    ("Annex B - Capital Programme Monitoring (draft for comment)", "Annex B - Capital Programme Monitoring"),
    ("Corporate Risk Register (as agreed by directors in May)", "Corporate Risk Register"),
])
def test_the_file_title_is_the_title_when_the_opening_adds_an_aside_to_it(nlp, line, file_title):
    lines = ("Harrowmere City Council", "People Committee - 4 December 2025", line,
             "The quarter's numbers are given by service below.")
    assert metadata_of(nlp, *lines, properties={"title": file_title}).title == file_title


@pytest.mark.parametrize("links", ["Decision notice PDF 143 KB | Audio recording", "Agenda frontsheet PDF 96 KB",
                                   "Supplementary pack DOCX 1.2 MB | Printed decisions PDF 80 KB"])
def test_a_line_of_links_to_a_meetings_papers_never_titles_it(nlp, links):
    lines = ("Agenda and minutes", "Licensing Committee - Monday, 2nd June, 2025 10.00 am", links,
             "Items", "1. Apologies for absence")
    properties = {"title": "Agenda for Licensing Committee on Monday, 2nd June, 2025, 10.00 am | Harrowmere Council",
                  "h1": "Agenda and minutes"}
    title = metadata_of(nlp, *lines, properties=properties).title
    assert title is None or ("KB" not in title and "MB" not in title)
