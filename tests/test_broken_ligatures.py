"""Ligatures a PDF font's broken Unicode map reads as capitals ("meeUng", "aFached") are repaired
per document from the document's own evidence (ingest/ligatures.py, rules in
ingest/glyph_repairs.yaml); camel-case names and brands are left alone.  The PDFs are fictional
papers written by tests/pdfgen.broken_ligature_paper, whose font maps each ligature glyph to a
wrong code point the way Word's exports do."""
from __future__ import annotations

import pypdfium2
import pytest

from committee_papers.ingest import ligatures
from committee_papers.ingest.readers import pdf as pdf_reader

import pdfgen


def text_of(path) -> str:
    return "\n".join(block.text for block in pdf_reader.read(path).blocks)


PAPERS = [
    # A friends' group's minutes: "ti" read as "U", "tt" as "F".
    ({"ti": "U", "tt": "F"}, [
        "Minutes of the Friends of Wrenford Library",
        "Meeting held on 3 March 2026 in the reading room.",
        "1. The minutes of the last meeting were approved as a correct record.",
        "2. The attached letter from the county was read and the committee noted its contents.",
        "3. The treasurer reported a donation of 400 pounds towards the garden project.",
        "4. Our next meeting will be held on 14 April 2026 at the library.",
        "5. Action: the secretary to circulate the resolution and the notice of the event.",
        "6. Better publicity and a newsletter for the spring were agreed.",
    ], ["meeting", "attached", "donation", "resolution", "notice", "Action", "Better", "letter"]),
    # A quality committee's notes: "ft" read as "R", "fi" as "Y".
    ({"ft": "R", "fi": "Y"}, [
        "Harlowe Valley Care Partnership - Quality Committee",
        "The committee confirmed the draft report after a short discussion.",
        "Shifts on the two wards were drafted afresh and the software was lifted to version four.",
        "Members identified significant benefits for the patients and notified the board.",
        "The profile of the service was confirmed and the staff were thanked for their work.",
    ], ["confirmed", "draft", "drafted", "after", "Shifts", "software", "lifted", "identified",
        "significant", "benefits", "notified", "profile"]),
    # A parish council's decision notes: only "tt" broken, read as "Q"; "ti" is sound.
    ({"tt": "Q"}, [
        "Ashby Parva Parish Council",
        "The council settled the matter of the allotment rents at its meeting.",
        "Councillors attended the site visit and a letter of thanks was written.",
        "The committee agreed that the kitten rescue could use the pavilion.",
        "A bitter dispute about the littered verge was referred to the clerk.",
    ], ["settled", "matter", "attended", "letter", "committee", "kitten", "bitter", "littered"]),
]


@pytest.mark.parametrize("misread, lines, words", PAPERS)
def test_pdf_ligatures_read_as_capitals_are_repaired(tmp_path, misread, lines, words):
    path = pdfgen.broken_ligature_paper(tmp_path / "paper.pdf", lines, misread)
    raw = "\n".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(str(path)))
    assert not any(word in raw for word in words)  # the PDF's text layer is broken
    text = text_of(path)
    for word in words:
        assert word in text, word
    flat = " ".join(text.split())
    for line in lines:  # every line reads as written
        assert " ".join(line.split()) in flat, line


def test_pdf_repaired_text_reads_as_written(tmp_path):
    misread, lines, _ = PAPERS[0]
    path = pdfgen.broken_ligature_paper(tmp_path / "paper.pdf", lines, misread)
    text = " ".join(text_of(path).split())
    assert "Our next meeting will be held on 14 April 2026 at the library." in text
    assert "Action: the secretary to circulate the resolution and the notice of the event." in text


def test_a_word_the_document_spells_elsewhere_decides_the_ligature():
    # "T" for "ti" in a heading font, the body spelling the same words soundly.
    texts = ["Next MeeTng and AcTons", "The next meeting is on 2 June.", "Three actions were agreed.",
             "EvaluaTon of the pilot", "The evaluation will report in June.", "CondiTons of the grant",
             "The conditions were read."]
    assert ligatures.ligature_repairs(texts) == {"MeeTng": "Meeting", "AcTons": "Actions",
                                                 "EvaluaTon": "Evaluation", "CondiTons": "Conditions"}


@pytest.mark.parametrize("texts", [
    ["Ms McDonald, Mr McDermott and Mrs McDuff showed the iPad and the LiveWell app to the NHSmail team."],
    ["The PowerPoint, SharePoint and TouchPoint slides were shown.", "The eBook and eAudio loans rose."],
    ["WorkWell, LiveWell and BeWell are the three strands; the MetroBus and TomTom data were used."],
    ["Only two words are odd here: meeUng and noUce; the rest of the minutes read soundly."],
])
def test_camel_case_names_and_too_few_words_are_left_alone(texts):
    assert ligatures.ligature_repairs(texts) == {}
    assert [ligatures.repair(text, ligatures.ligature_repairs(texts)) for text in texts] == texts


def test_pdf_camel_case_names_are_unchanged(tmp_path):
    lines = ["Kestrel Health Board", "Dr McAllister and Ms McArthur presented the iPad pilot with Mr McIntyre.",
             "The LiveWell service and the NHSmail migration were noted; the MyChart app went live."]
    path = pdfgen.broken_ligature_paper(tmp_path / "paper.pdf", lines, {})
    text = " ".join(text_of(path).split())
    for word in ("McAllister", "McArthur", "McIntyre", "iPad", "LiveWell", "NHSmail", "MyChart"):
        assert word in text


def test_rule_file_examples_and_negatives():
    rules = ligatures._rules()
    for example in rules["examples"]:
        repairs = ligatures.ligature_repairs([example["broken"]])
        assert ligatures.repair(example["broken"], repairs) == example["repaired"]
    for negative in rules["negatives"]:
        assert ligatures.ligature_repairs([negative]) == {}


# -- spaces a broken font map reads as a sign ---------------------------------------------------

SPACED = [
    ({" ": "'"}, ["Notice of the Annual General Meeting of Brockwell Leisure Trust",
                  "to be held on Tuesday 8 September 2026 at the Corn Exchange, Brockwell.",
                  "The members will receive the accounts and elect the auditor for the year."],
     "to be held on Tuesday 8 September 2026 at the Corn Exchange, Brockwell."),
    ({" ": "!"}, ["Eastmere Community Library Association",
                  "The board agreed to renew the lease with the parish council for five years.",
                  "The next meeting is on 3 November 2026 in the upstairs room."],
     "The next meeting is on 3 November 2026 in the upstairs room."),
]


@pytest.mark.parametrize("misread, lines, sentence", SPACED)
def test_pdf_spaces_read_as_a_sign_are_spaces_again(tmp_path, misread, lines, sentence):
    path = pdfgen.broken_ligature_paper(tmp_path / "notice.pdf", lines, misread)
    assert sentence in " ".join(text_of(path).split())


def test_signs_for_spaces_in_two_fonts_of_one_text():
    texts = ["Annual'General'Meeting'of'the'Harrow'Vale'Friends", "To!receive!the!report!of!the!chair!and!treasurer!for!the!year!ending!March",
             "Election'of'officers'for'the'coming'year"]
    signs = ligatures.space_marks(texts)
    assert sorted(signs) == ["!", "'"]
    assert ligatures.respace(texts[1], signs) == "To receive the report of the chair and treasurer for the year ending March"


@pytest.mark.parametrize("texts", [
    ["The Council's budget isn't set until the Cabinet's meeting in February; the Leader's statement follows.",
     "Members' questions and the public's questions are taken in turn, as the Chair's ruling allows."],
    ["Well done! Thanks to all! The fete raised £2,000! Next year's fete is on 4 July 2027."],
])
def test_apostrophes_and_exclamation_marks_of_a_sound_text_stay(texts):
    assert ligatures.space_marks(texts) == ""
