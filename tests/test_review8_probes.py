"""Probes of review8 (fictional sentences): quadratic scans on long text, consultation quotes taken for a
first-person decision, a risk topic on a line of its own, a part number before a month taken for a date."""
import pytest

from committee_papers.extract import dates, money, orgevidence
from committee_papers.extract.decision_documents import decision_evidence
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document, Passage
from committee_papers.pipeline import read_and_extract


# Long inputs that once made a pattern rescan from every word (quadratic time): read whole, with the
# right result.  Their cost is measured by bench/ingest_bench.py, never asserted here.
@pytest.mark.parametrize("text", [
    "pounds " + "a " * 10000,
    "one two three four five six seven eight nine ten " * 400 + " in thousands of pounds",
    "figures in pounds " + " ".join(str(i) for i in range(4000)),
])
def test_a_long_run_of_number_words_is_no_sum_in_words(text):
    assert [m for m in money.find_money(text) if "pounds" in m.text] == []


def test_sums_in_words_are_still_read():
    assert [m.value_gbp for m in money.find_money(
        "one hundred and twenty three thousand four hundred and fifty six pounds")] == [123456]


def test_a_long_caption_paragraph_of_names_finds_each_name():
    # A caption transcript has no full stops: the whole text is one "sentence".
    text = " ".join(f"the GP practices Castlegate Surgery and Millbrook Surgery were paid under the contract "
                    f"with Brightloo Services for patients {i}" for i in range(300))
    assert sorted({c.name for c in orgevidence.candidates(text)}) == [
        "Brightloo Services", "Castlegate Surgery", "Millbrook Surgery"]


def _cells(*texts):
    return [Passage(seq=i, kind="table_row", text=" | ".join(["Resident", t]), page=2, section=None,
                    heading="Consultation responses", cells=["Resident", t], header=["Respondent", "Comment"])
            for i, t in enumerate(texts, start=1)]


@pytest.mark.parametrize("comment", [
    "I agree the changes make sense for working families.",
    "I accept the need to save money but Saturday mornings matter.",
    "I agree the proposals are a step forward for the town centre.",
])
def test_a_quoted_view_is_no_first_person_decision(comment):
    assert decision_evidence(_cells(comment)) is None


def test_a_consultation_table_leaves_a_report_no_decision_document():
    cover = [Block("heading", "Marrowby Borough Council", page=1, level=1),
             Block("paragraph", "Cabinet – 12 March 2025", page=1),
             Block("heading", "Library Opening Hours Review", page=1, level=1),
             Block("heading", "1. Recommendations", page=1, level=2),
             Block("paragraph", "1.1 That Cabinet approves the revised opening hours for the branch libraries.", page=1),
             Block("table", rows=[["Respondent", "Comment"],
                                  ["Resident, Fenby", "I agree the changes make sense for working families."]],
                   header_rows=1, page=2)]
    document = Document(path="p.txt", filename="p.txt", format="text", blocks=cover)
    assert extract(document.passages(), {}, document.filename).decisions == []


def test_a_risk_topic_on_a_line_of_its_own_keeps_the_section_open(tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text("HOLBECK DISTRICT COUNCIL\n\nCabinet report\n\n4. Risks\n\nSupplier failure:\n\n"
                     "The sole supplier of the bins may go into administration before the delivery in May.\n\n"
                     "Staffing:\n\nNine driver posts are vacant and agency cover may not be found over the winter.\n\n"
                     "5. Reserves\n\n5.1 The general reserve stands at £4m.\n", encoding="utf-8")
    risks = [r.risk for r in read_and_extract(str(paper))[2].risks]
    assert any(r.startswith("The sole supplier") for r in risks)


@pytest.mark.parametrize("text", [
    "The figures are set out in Table 4 March to be confirmed.",
    "The grant deadline in section 3 May be extended by the county.",
    "The consultation closes as shown in Appendix 2 April.",
])
def test_a_part_number_before_a_month_is_no_date(text):
    assert dates.find_yearless_dates(text) == []
