"""Recommendation lists in several layouts: each item one recommendation, the list ending at the
next label block and going on over a page break; the cue file's examples are its tests."""
from __future__ import annotations

import pytest
import yaml

import pdfgen
from committee_papers.pipeline import read_and_extract
from committee_papers.extract.recommendations import CUES_PATH, list_column

CUES = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))


def recommendations_in(path):
    return read_and_extract(str(path))[2].recommendations


@pytest.mark.parametrize("text, items", CUES["list_end"]["examples"])
def test_list_end_examples_split_into_items_and_stop_at_the_label(tmp_path, text, items):
    path = tmp_path / "paper.txt"
    path.write_text(f"MARLOW HEATH COUNCIL\n\nRecommendations\n\nThe Committee is asked to: {text}\n\n"
                    "Background\n\nThe service has run since 2019.\n", encoding="utf-8")
    recommendations = recommendations_in(path)
    assert [r.text for r in recommendations] == items
    assert {r.rule for r in recommendations} <= {"recommendation.heading", "recommendation.lead_in"}


def test_roman_items_in_a_txt_paper_one_each_and_labels_after_them_are_not_items(tmp_path):
    path = tmp_path / "leisure.txt"
    path.write_text("MARLOW HEATH COUNCIL\n\nCabinet\n\n1. Recommendations\n\nMembers are asked to:\n\n"
                    "i. approve the award of the leisure contract to Fenwick Leisure Trust;\n\n"
                    "ii. delegate authority to the Director of Place to sign the contract; and\n\n"
                    "iii. note the timetable in Appendix B.\n\nWards affected: All wards\n\n"
                    "Attachment 1: Procurement timetable\n\n2. Background\n\n2.1 The Council runs two leisure centres.\n",
                    encoding="utf-8")
    assert [(r.number, r.text) for r in recommendations_in(path)] == [
        ("(i)", "approve the award of the leisure contract to Fenwick Leisure Trust;"),
        ("(ii)", "delegate authority to the Director of Place to sign the contract; and"),
        ("(iii)", "note the timetable in Appendix B."),
    ]


def test_an_html_list_after_that_gives_one_recommendation_per_item(tmp_path):
    path = tmp_path / "icb.html"
    path.write_text("<html><body><h1>North Mercia ICB</h1><h2>Recommendations</h2><p>That:</p><ul>"
                    "<li>the Board approves the community services strategy;</li>"
                    "<li>the Board notes the financial position; and</li>"
                    "<li>the Board delegates approval of the final contract to the Chief Finance Officer.</li></ul>"
                    "<p>Wards affected: All</p><p>Signed: Chief Executive</p>"
                    "<h2>Background</h2><p>The ICB commissions services.</p></body></html>", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == [
        "the Board approves the community services strategy;",
        "the Board notes the financial position; and",
        "the Board delegates approval of the final contract to the Chief Finance Officer.",
    ]


def _pdf_paper(path, items, filler: int, lead="Members are asked to:"):
    pdf = pdfgen.Paper(running_header="Thornbury Vale Council Cabinet 5 March 2026")
    pdf.add_page()
    pdfgen.heading(pdf, "Thornbury Vale Council")
    pdfgen.heading(pdf, "1. Background")
    for i in range(filler):
        pdfgen.paragraph(pdf, f"1.{i + 1} The mobile library visits 40 villages each month.")
    pdfgen.heading(pdf, "2. Recommendations")
    pdfgen.paragraph(pdf, lead)
    for item in items:
        pdfgen.paragraph(pdf, item)
    pdfgen.paragraph(pdf, "Wards affected: All")
    pdfgen.paragraph(pdf, "Attachment 1: Service level agreement")
    pdfgen.heading(pdf, "3. Options")
    pdfgen.paragraph(pdf, "3.1 Option one is to do nothing.")
    return pdfgen.save(pdf, path)


ROMAN_ITEMS = [
    "i. approve the new home care framework for adults, which will run for four years with the option to extend "
    "it for a further two years subject to satisfactory performance;",
    "ii. agree that the framework is open to new providers each year, so that the market can grow in the rural "
    "areas where supply is weakest;",
    "iii. delegate authority to the Director of Adult Social Care to award call-off contracts; and",
    "iv. note the risks set out in section 5.",
]
LETTERED_ITEMS = [
    "(a) approve the transfer of the mobile library service to the Thornbury Vale Libraries Trust from 1 April "
    "2026, subject to the Trust agreeing the service level agreement, the funding schedule and the performance "
    "framework set out in Appendix A, and to the completion of the staff consultation;",
    "(b) note the savings of £120,000 a year; and",
    "(c) delegate the final terms to the Director of Communities.",
]


@pytest.mark.parametrize("filler", [17, 18, 19])
def test_a_pdf_list_read_as_one_paragraph_gives_each_item_and_stops_at_wards_affected(tmp_path, filler):
    # The reader joins the lead-in, the items and the labels after them into one or two paragraphs.
    path = _pdf_paper(tmp_path / "care.pdf", ROMAN_ITEMS, filler)
    recommendations = recommendations_in(path)
    assert [r.number for r in recommendations] == ["(i)", "(ii)", "(iii)", "(iv)"]
    assert recommendations[-1].text == "note the risks set out in section 5."
    assert not any("Wards" in r.text or "Attachment" in r.text for r in recommendations)


@pytest.mark.parametrize("filler", [20, 22, 24, 25])
def test_a_pdf_list_over_a_page_break_keeps_every_item_whole(tmp_path, filler):
    path = _pdf_paper(tmp_path / "library.pdf", LETTERED_ITEMS, filler, lead="The Cabinet is asked to:")
    recommendations = recommendations_in(path)
    assert [r.number for r in recommendations] == ["(a)", "(b)", "(c)"]
    assert recommendations[0].text.endswith("and to the completion of the staff consultation;")
    assert recommendations[2].text == "delegate the final terms to the Director of Communities."


def test_a_minutes_resolution_is_a_decision_not_a_recommendation(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("MARLOW HEATH COUNCIL\n\nMinutes of the Cabinet\n\n12. Leisure contract\n\n"
                    "RESOLVED that the Cabinet is recommended to approve the award of the leisure contract.\n\n"
                    "13. Any other business\n\nThere was none.\n", encoding="utf-8")
    assert recommendations_in(path) == []


def test_sentence_recommendations_record_their_rule(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("MARLOW HEATH COUNCIL\n\n1. Summary\n\n1.1 The Board is asked to note the annual report.\n",
                    encoding="utf-8")
    [recommendation] = recommendations_in(path)
    assert (recommendation.text, recommendation.rule) == ("The Board is asked to note the annual report.",
                                                           "recommendation.sentence")


@pytest.mark.parametrize("lead, items", CUES["ask"]["examples"])
def test_ask_cue_examples_open_a_list_outside_any_recommendations_heading(tmp_path, lead, items):
    # The lead-in sits in an ordinary numbered section: the ask cue alone opens the list, and
    # the lead-in itself is not a recommendation.
    path = tmp_path / "paper.txt"
    bullets = "\n\n".join(f"- {item}" for item in items)
    path.write_text(f"ELMSTEAD PARISH COUNCIL\n\n3. Parks and open spaces\n\n3.1 The parks budget is unchanged.\n\n"
                    f"{lead}\n\n{bullets}\n\nWards affected: All\n\n4. Background\n\n4.1 The parks were "
                    "laid out in 1932.\n", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == items


@pytest.mark.parametrize("header, column", CUES["list_columns"]["examples"])
def test_list_column_examples_pick_the_recommendation_column(header, column):
    assert list_column(header) == column


@pytest.mark.parametrize("header", [["No.", "Recommendation", "Reason"], ["Ref", "Decision sought", "Lead officer"],
                                    ["#", "Recommended action", "Timescale"]])
def test_a_recommendations_table_gives_its_recommendation_cells_not_its_reasons(tmp_path, header):
    from docx import Document
    doc = Document()
    doc.add_paragraph("Ambleford Integration Joint Board")
    doc.add_heading("2. Recommendations", level=1)
    doc.add_paragraph("The IJB is asked to agree the following:")
    rows = [header,
            ["1", "Approve the carers strategy for 2025 to 2028.", "The current strategy ends in March."],
            ["2", "Note the results of the carers survey.", "Survey results inform the strategy."],
            ["3", "Instruct the Chief Officer to issue a direction to Ambleford Council.", "To start on 1 April."]]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    doc.add_heading("3. Background", level=1)
    doc.add_paragraph("The strategy was written with carers' groups.")
    path = tmp_path / "ijb.docx"
    doc.save(str(path))
    assert [(r.number, r.text) for r in recommendations_in(path)] == [
        ("1", "Approve the carers strategy for 2025 to 2028."),
        ("2", "Note the results of the carers survey."),
        ("3", "Instruct the Chief Officer to issue a direction to Ambleford Council."),
    ]


@pytest.mark.parametrize("label, lead, items", [
    ("Recommendation(s)", "The Board is asked to:", ["approve the estates strategy;", "note the backlog maintenance figures."]),
    ("Recommendations", "Cabinet is recommended to:", ["agree the fees and charges for 2026;", "delegate minor changes to the Section 151 Officer."]),
    ("Decision required", "The Committee is requested to:", ["endorse the workforce plan;", "ask for a progress report in six months."]),
])
def test_a_cover_table_cell_holding_the_list_gives_one_recommendation_per_item(tmp_path, label, lead, items):
    path = tmp_path / "cover.md"
    run_in = " ".join(f"{letter}) {item}" for letter, item in zip("abc", items))
    path.write_text(f"# Lowther Vale Council\n\n| Field | Value |\n|---|---|\n| Meeting | Cabinet |\n"
                    f"| {label} | {lead} {run_in} |\n| Wards affected | All |\n| Contact officer | Ann Hale |\n\n"
                    "## 1. Background\n\n1.1 The Council set its last strategy in 2019.\n", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == items


@pytest.mark.parametrize("items", [
    ["Council approves the revised members' allowances scheme; and", "Council notes the report of the remuneration panel."],
    ["The Board adopts the green plan;", "The Board asks for an annual report on progress."],
    ["Cabinet agrees the bus strategy;", "Cabinet notes the consultation results;", "Officers report back in June."],
])
def test_each_html_list_item_is_its_own_recommendation_even_without_a_verb_first(tmp_path, items):
    path = tmp_path / "page.html"
    lis = "".join(f"<li>{item}</li>" for item in items)
    path.write_text(f"<html><body><h1>Fernhill Council</h1><h2>Recommendations</h2><p>That:</p><ol>{lis}</ol>"
                    "<h2>Background papers</h2><p>None</p></body></html>", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == items


@pytest.mark.parametrize("lead", [
    "4.2 The Scrutiny Committee considered the proposed decision on 3 March. It agreed a motion proposing that:",
    "The decisions sought were debated at the Forum. Members then asked that:",
    "The decisions required of the Trust were set out in 2023. The Panel's comments were as follows:",
])
def test_an_ask_cue_in_an_earlier_sentence_does_not_make_the_colon_a_lead_in(tmp_path, lead):
    path = tmp_path / "paper.txt"
    path.write_text(f"ELMSTEAD PARISH COUNCIL\n\n4. Scrutiny\n\n{lead}\n\nThe decision be delayed until the "
                    "grant is confirmed; and a valuation of the hall be undertaken.\n\n5. Background\n\n"
                    "5.1 The hall was built in 1932.\n", encoding="utf-8")
    assert recommendations_in(path) == []


@pytest.mark.parametrize("marker", ["a)", "1", "(i)"])
def test_a_list_table_with_its_numbers_in_a_cell_of_their_own_gives_one_item_per_row(tmp_path, marker):
    from docx import Document
    doc = Document()
    doc.add_paragraph("Ambleford District Council")
    doc.add_heading("Recommendations", level=1)
    doc.add_paragraph("The Committee is asked to:")
    markers = {"a)": ["a)", "b)"], "1": ["1", "2"], "(i)": ["(i)", "(ii)"]}[marker]
    items = ["approve the revised cemetery regulations;", "note the responses to the consultation."]
    table = doc.add_table(rows=2, cols=2)
    for r, (m, item) in enumerate(zip(markers, items)):
        table.cell(r, 0).text = m
        table.cell(r, 1).text = item
    doc.add_heading("Background", level=1)
    doc.add_paragraph("The regulations date from 1998.")
    path = tmp_path / "cemetery.docx"
    doc.save(str(path))
    assert [r.text for r in recommendations_in(path)] == items


@pytest.mark.parametrize("lead", ["It is recommended that the Board:", "The decisions sought are:",
                                  "The Executive is requested to:"])
def test_a_lead_in_set_as_a_heading_opens_the_list(tmp_path, lead):
    path = tmp_path / "paper.md"
    path.write_text(f"# Ambleford District Council\n\n## 1. Introduction\n\n1.1 The strategy ends in March.\n\n"
                    f"### {lead}\n\n- approve the refreshed housing strategy;\n- note the rough sleeping figures.\n\n"
                    "## 2. Background\n\n2.1 The last strategy was agreed in 2020.\n", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == ["approve the refreshed housing strategy;",
                                                          "note the rough sleeping figures."]


@pytest.mark.parametrize("block", ["Lead Member: Cllr Asha Patel, Cabinet Member for Housing and Planning",
                                   "Ward(s): Hillside, Northgate and Riverside East",
                                   "Consultation undertaken with: Residents' panel and the Tenants' Forum"])
def test_a_label_block_after_the_items_ends_the_list_under_a_heading(tmp_path, block):
    path = tmp_path / "paper.txt"
    path.write_text("AMBLEFORD DISTRICT COUNCIL\n\n1. Recommendations\n\n1.1 approve the tenancy strategy;\n\n"
                    f"1.2 note the waiting list figures.\n\n{block}\n\nSupporting statement for the strategy "
                    "prepared by the housing team in January\n\n2. Background\n\n2.1 The strategy dates from 2018.\n",
                    encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == ["approve the tenancy strategy;", "note the waiting list figures."]


@pytest.mark.parametrize("first, second, joined", [
    ("2.1 That the Committee extends the cleaning contract with Brightway Services by six months, to",
     "30 September 2026, at a cost of £84,000.",
     "That the Committee extends the cleaning contract with Brightway Services by six months, to 30 September 2026, at a cost of £84,000."),
    ("(a) agree a grant of £12,000 to Ambleford Arts, payable from",
     "1 April 2026 in two equal instalments;",
     "agree a grant of £12,000 to Ambleford Arts, payable from 1 April 2026 in two equal instalments;"),
    ("3.1 approve the purchase of",
     "12 electric pool cars for the housing team.",
     "approve the purchase of 12 electric pool cars for the housing team."),
])
def test_a_line_starting_with_a_number_out_of_sequence_carries_on_the_unfinished_item(tmp_path, first, second, joined):
    path = tmp_path / "paper.txt"
    path.write_text(f"AMBLEFORD DISTRICT COUNCIL\n\nRecommendations\n\n{first}\n\n{second}\n\nBackground\n\n"
                    "The service started in 2019.\n", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == [joined]


@pytest.mark.parametrize("after", [
    "STRATEGIC RISK REGISTER - ESTATES",
    "The Chief Executive will attend the meeting to answer questions.",
    "Table 4 shows the waiting list by band at the end of each quarter",
])
def test_a_paragraph_after_a_finished_bulleted_list_ends_it_under_a_heading(tmp_path, after):
    path = tmp_path / "paper.md"
    path.write_text("# Ambleford District Council\n\n## Recommendations\n\nIt is recommended that the Board:\n\n"
                    "- approves the estates strategy;\n- notes the backlog maintenance figures.\n\n"
                    f"{after}\n\n## Background\n\nThe estate was surveyed in 2023.\n", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == ["approves the estates strategy;",
                                                          "notes the backlog maintenance figures."]


@pytest.mark.parametrize("cue, examples", [
    ("list_end", CUES["list_end"]["blocks"]),
    ("ask", [lead for lead, _items in CUES["ask"]["examples"]]),
    ("list_columns", [header[column] for header, column in CUES["list_columns"]["examples"]]),
])
def test_every_cue_word_has_at_least_three_examples(cue, examples):
    import re
    for word in CUES[cue]["words"]:
        pattern = re.compile(rf"^\W*(?:{word})\W*$" if cue == "list_columns" else
                             rf"^\W*(?:{word})" if cue == "list_end" else word, re.IGNORECASE)
        hits = [e for e in examples if pattern.search(e)]
        assert len(hits) >= 3, (word, hits)


@pytest.mark.parametrize("block", CUES["list_end"]["blocks"])
def test_list_end_blocks_end_a_list_after_a_lead_in(tmp_path, block):
    path = tmp_path / "paper.txt"
    path.write_text("MARLOW HEATH COUNCIL\n\nCabinet\n\nThe Cabinet is asked to:\n\n(a) approve the new library opening "
                    f"hours;\n\n(b) note the consultation results.\n\n{block}\n\nthe hours take effect in May\n\n"
                    "Background\n\nThe libraries opened in 1971.\n", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == ["approve the new library opening hours;",
                                                          "note the consultation results."]


def test_every_cover_label_word_has_at_least_three_examples():
    import re
    for word in CUES["cover_labels"]["words"]:
        pattern = re.compile(rf"^\W*(?:{word})\W*$", re.IGNORECASE)
        assert len([e for e in CUES["cover_labels"]["examples"] if pattern.match(e)]) >= 3, word


def _cover_docx(path, label, value_paragraphs):
    from docx import Document
    doc = Document()
    doc.add_paragraph("Ambleford District Council")
    table = doc.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Meeting", "Cabinet"
    table.cell(1, 0).text = label
    cell = table.cell(1, 1)
    cell.text = value_paragraphs[0]
    for paragraph in value_paragraphs[1:]:
        cell.add_paragraph(paragraph)
    table.cell(2, 0).text, table.cell(2, 1).text = "Wards affected", "All"
    doc.add_heading("1. Background", level=1)
    doc.add_paragraph("The strategy dates from 2015.")
    doc.save(str(path))
    return path


@pytest.mark.parametrize("label", CUES["cover_labels"]["examples"])
def test_cover_label_examples_give_the_cells_ask(tmp_path, label):
    path = _cover_docx(tmp_path / "cover.docx", label, ["The Cabinet is asked to approve the parking strategy for 2026."])
    assert [r.text for r in recommendations_in(path)] == ["The Cabinet is asked to approve the parking strategy for 2026."]


@pytest.mark.parametrize("lead, items", [
    ("The Cabinet is asked to:", ["approve the parking strategy;", "note the consultation responses."]),
    ("Members are recommended to:", ["agree the allotment rents for 2026;", "delegate minor changes to the Head of Parks."]),
    ("The Board is invited to:", ["endorse the estates plan;", "note the backlog maintenance figures."]),
])
def test_a_cover_cell_with_its_items_in_paragraphs_gives_the_items_without_the_lead_in(tmp_path, lead, items):
    path = _cover_docx(tmp_path / "cover.docx", "Recommendation(s)", [lead, *items])
    # The reader joins the cell's paragraphs; the items are split again at the semicolon.
    assert [r.text for r in recommendations_in(path)] == [items[0].rstrip(";"), items[1]]


@pytest.mark.parametrize("lead, items", [
    ("It is recommended that:", ["The Cabinet approves the parking strategy;", "The Cabinet notes the consultation responses."]),
    ("The Committee is asked to agree that:", ["Ambleford Arts receives a grant of £12,000;",
                                               "Officers report on its use in March 2027."]),
    ("Members are recommended to resolve that:", ["The revised allowances scheme takes effect from May; and",
                                                  "The Monitoring Officer publishes the scheme."]),
])
def test_items_after_a_lead_in_are_items_whatever_their_first_word(tmp_path, lead, items):
    path = tmp_path / "paper.txt"
    body = "\n\n".join(items)
    path.write_text(f"AMBLEFORD COUNCIL\n\nCabinet\n\n3. Proposals\n\n3.1 The plan ends in 2026.\n\n{lead}\n\n{body}\n\n"
                    "Officers will publish the results in the spring.\n\n4. Options\n\n4.1 None were found.\n",
                    encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == items


@pytest.mark.parametrize("previous, number, first_ok, expected", [
    ("(a)", "(b)", False, True),      # the next in the same style
    ("(b)", "(i)", True, True),       # the first of a sub-list, where a first may start one
    ("(b)", "(i)", False, False),     # ... and not where it may not
    (None, "(a)", True, True),        # the first marker of a list
    (None, "(c)", True, False),       # a list does not open at (c)
    ("(a)", "(c)", True, False),      # a skipped letter breaks the list
])
def test_one_rule_says_whether_a_marker_continues_a_list(previous, number, first_ok, expected):
    from committee_papers.extract.listitems import continues_list, marker_values
    previous_values = marker_values(previous) if previous else None
    assert continues_list(previous_values, marker_values(number), first_ok) is expected


@pytest.mark.parametrize("heading", CUES["supporting_sections"]["examples"])
def test_supporting_section_examples_are_read_as_such(heading):
    from committee_papers.extract.listitems import strip_heading_number
    from committee_papers.extract.recommendations import supporting_section_re
    assert supporting_section_re().match(strip_heading_number(heading).strip(" :")), heading


@pytest.mark.parametrize("heading, ask", [
    ("9. Equalities implications", "9.2 Members are asked to consider the equality impacts on residents with "
                                    "protected characteristics alongside the other factors in this report."),
    ("3. LEGAL IMPLICATIONS", "The Cabinet is asked to have regard to the public sector equality duty when it "
                           "takes this decision."),
    ("3. Climate impacts", "Members are requested to note the carbon assessment at Appendix C when they weigh "
                        "the options."),
])
def test_an_ask_to_weigh_supporting_material_is_no_recommendation(tmp_path, heading, ask):
    path = tmp_path / "paper.txt"
    path.write_text("ASHBY MOOR COUNCIL\n\nCabinet\n\n1. Recommendations\n\nThe Cabinet is asked to:\n\n"
                    "(a) approve the award of the library contract to Pageturn Ltd;\n\n"
                    "(b) note the timetable in Appendix B.\n\n2. Background\n\n2.1 The library contract ends in March.\n\n"
                    f"{heading}\n\n{ask}\n", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == [
        "approve the award of the library contract to Pageturn Ltd;", "note the timetable in Appendix B."]


def test_an_ask_in_a_supporting_section_counts_when_the_paper_lists_no_recommendations(tmp_path):
    # With no list elsewhere, the implications section's ask is the paper's only ask.
    path = tmp_path / "paper.txt"
    path.write_text("ASHBY MOOR COUNCIL\n\nAudit Committee\n\n1. Background\n\nThe audit plan is attached.\n\n"
                    "2. Financial implications\n\nThe Committee is asked to approve the audit fee of £42,000 for 2025/26.\n",
                    encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == ["The Committee is asked to approve the audit fee of £42,000 for 2025/26."]


@pytest.mark.parametrize("ask", [
    "We request that the Scrutiny Committee recommends that the closure of the two family hubs is paused.",
    "I formally ask that the Overview and Scrutiny Committee refers the decision back to the Cabinet Member.",
    "We propose that the Cabinet reconsiders the award in the light of the new evidence on footfall.",
])
def test_a_call_in_requests_its_asks_in_the_first_person(tmp_path, ask):
    path = tmp_path / "call-in.txt"
    path.write_text("Call-in Request for Executive Decision 25/00012 - Future of Fenby Library\n\n"
                    "Proposer: Cllr A Marsh\n\nSeconder: Cllr B Oduya\n\nReasons for calling in the decision:\n\n"
                    "The decision did not consider the footfall data for the library.\n\n"
                    f"{ask}\n", encoding="utf-8")
    assert [r.text for r in recommendations_in(path)] == [ask.rstrip(".") + "." if ask.endswith(".") else ask]


def test_a_request_to_an_officer_is_no_ask_of_the_meeting(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text("FENBY COUNCIL\n\nCabinet\n\n1. Background\n\nWe request that the contractor provides monthly "
                    "reports on missed collections.\n", encoding="utf-8")
    assert recommendations_in(path) == []


@pytest.mark.parametrize("ask", [
    "I ask that the Council explains why the toilets at the Esplanade were closed.",
    "We propose that the Council writes to the Secretary of State about bus funding.",
    "I request that the Cabinet publishes the minutes of the working group.",
])
def test_a_public_question_or_motion_asking_a_body_to_act_is_no_recommendation(tmp_path, ask):
    # Minutes quote questions and motions in the first person; only a call-in's asks of the meeting
    # (recommends, refers, reconsiders ...) are recommendations.
    path = tmp_path / "minutes.txt"
    path.write_text("FENBY COUNCIL\n\nMinutes of the Council held on 4 March 2025\n\n5. Public questions\n\n"
                    f"Mrs J Ames asked the following question. {ask}\n\nThe Leader replied that a response would follow.\n",
                    encoding="utf-8")
    assert recommendations_in(path) == []


@pytest.mark.parametrize("text", [
    "The task and finish group met four times.", "A basket of indicators is reported monthly.",
    "The proposal was withdrawn by the applicant.", "Staff were tasked with the review.",
])
def test_the_pre_filter_skips_words_that_only_contain_an_ask(text):
    from committee_papers.extract import recommendations
    assert not recommendations._decision_word_re().search(text)


@pytest.mark.parametrize("text", [
    "The Cabinet is asked to approve the plan.", "It is recommended that the Board notes the report.",
    "The Panel is requested to endorse the policy.", "We request that the Scrutiny Committee recommends a pause.",
    "We propose that the Cabinet reconsiders the award.", "Members are invited to comment on the draft.",
])
def test_the_pre_filter_keeps_every_ask(text):
    from committee_papers.extract import recommendations
    assert recommendations._decision_word_re().search(text)
    assert recommendations.recommendation_sentences(text)


# Cue lists with examples and not_examples, and the form the code sets each in (None: as they are).
SEARCHED_CUES = {"decision_words": "whole words", "asked_words": "whole words", "sentence_asks": None}


def _searched(name):
    from committee_papers.extract.recommendations import WHOLE_WORDS, cue_pattern
    return cue_pattern(name, WHOLE_WORDS) if SEARCHED_CUES[name] else cue_pattern(name)


@pytest.mark.parametrize("name, text", [(name, text) for name in SEARCHED_CUES for text in CUES[name]["examples"]])
def test_searched_cue_lists_find_their_examples(name, text):
    assert _searched(name).search(text), (name, text)


@pytest.mark.parametrize("name, text", [(name, text) for name in SEARCHED_CUES for text in CUES[name]["not_examples"]])
def test_searched_cue_lists_miss_their_not_examples(name, text):
    assert not _searched(name).search(text), (name, text)
