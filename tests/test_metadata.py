"""Document metadata: authority, committee, meeting date, title and author."""
from __future__ import annotations

import pytest
import spacy

import extract.metadata  # noqa: F401  (registers cp_metadata)
import extract.organisations  # noqa: F401  (registers cp_organisations)
from extract.metadata import parse_date
from extract.paper import make_paper_doc
from ingest.model import Block, iter_passages
from ingest.registry import read_document


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("cp_organisations")
    pipeline.add_pipe("cp_metadata")
    return pipeline


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


def test_person_in_to_field_is_not_a_committee(nlp):
    meta = metadata_of(
        nlp,
        "From: Sam Smith, Corporate Director of Children's Services",
        "To: Jo Bloggs, Cabinet Member for Integrated Children's Services",
        "Subject: Commissioned Family Hub Contracts",
        "Summary: Wessex County Council proposes not to renew two contracts.",
    )
    assert meta.committee is None
    assert meta.title == "Commissioned Family Hub Contracts"


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
