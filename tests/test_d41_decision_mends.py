"""Mends of stop 29 (d41), each a general mechanism with fictional examples (own wordings, invented authorities)
and negatives; the causes were found by sorting the real dev papers' missed and extra decisions (dev11, dev12,
dev16, dev18, dev20, dev21, paraphrase12, paraphrase14)."""
from __future__ import annotations

import pytest

from probe_harness import extract_file


def _decisions(tmp_path, name, text):
    return [(d.rule, d.text) for d in extract_file(tmp_path, name, text).decisions]


# -- 1. A notice that "gives notice" and its conditions across a page's running lines -------------------------------
# A planning notice decides in the present tense: "X hereby gives notice ... that permission has been granted ...
# and the following conditions:" (the third person, not only "give notice").  Its conditions are numbered with or
# without a stop ("1 The development ..."), each with its reason below; a PDF turned to text repeats the page's
# header or footer line (a reference, an officer's code) between them, and a long condition goes on in a paragraph
# of its own (under its sub-items).  Each condition is a decision; the running line, the reasons and the
# informatives after an "INFORMATIVES:" label are not.

GIVES_NOTICE_GRANT = """# Harrowby Borough Council

## Town and Country Planning Act 1990

## GRANT OF PLANNING PERMISSION

Application Number: 24/0456/FUL

Part II - Particulars of Decision

That Harrowby Borough Council, as planning authority under the Acts, hereby gives notice to the applicant that PERMISSION HAS BEEN GRANTED in respect of the works set out in Part I, as shown on the drawings listed and subject to the condition(s) below:

CONDITIONS:

1 The development shall be started within three years of the date of this permission.

Reason: Required by Section 91 of the Act.

2 The extension shall be finished in brick to match the main house.

Reason: In the interests of the street scene.

REF 24/0456/FUL - PLNX kmorrow

3 (i) No air handling unit shall be fitted on the roof until a noise survey has been approved in writing.

(ii) The survey shall set out the measures needed to protect the flats next door.

Readings shall be taken at night and at the weekend, when the street is quiet.

Reason: To protect the amenity of residents.

4 No music shall be played in the rear yard.

Reason: To protect the amenity of residents.

REF 24/0456/FUL - PLNX kmorrow

INFORMATIVES:

1 The proposal accords with the development plan.

2 A separate consent may be needed for any sign.

Date of decision: 4th March 2026
"""

CONSENT_GIVES_NOTICE = """Kelsham District Council

NOTICE OF DECISION - LISTED BUILDING CONSENT

Reference: LB/26/0088

The District Council hereby gives notice that listed building consent has been granted for the works described above subject to the following conditions:

1. The works shall begin before the end of three years from the date of this consent.

Reason: As the Act requires.

Kelsham District Council - Planning Services - Page 1 of 2

2. The new sash windows shall be of painted timber.

The glazing bars shall match those of the ground floor windows.

Reason: To keep the building's character.

Kelsham District Council - Planning Services - Page 2 of 2

Notes to applicant

Decision date: 12 January 2026
"""

ADVERT_GIVES_NOTICE = """# Westmere City Council

# Grant of Advertisement Consent

Westmere City Council hereby gives notice that advertisement consent has been granted for the display described in the application, subject to the conditions below.

1) The sign shall not be lit between 23:00 and 07:00.

Reason: Residential amenity.

2) The sign shall be taken down within five years.

Reason: To let the Council review the display.

## Informatives

1) The standard conditions of the Regulations also apply.
"""

GIVES_NOTICE_NOTICES = [
    ("grant.md", GIVES_NOTICE_GRANT, ["The development shall be started within three years",
                                      "The extension shall be finished in brick",
                                      "(i) No air handling unit shall be fitted on the roof",
                                      "No music shall be played in the rear yard"]),
    ("consent.txt", CONSENT_GIVES_NOTICE, ["The works shall begin before the end of three years",
                                           "The new sash windows shall be of painted timber"]),
    ("advert.md", ADVERT_GIVES_NOTICE, ["The sign shall not be lit", "The sign shall be taken down"]),
]


@pytest.mark.parametrize("name,text,conditions", GIVES_NOTICE_NOTICES, ids=["grant", "consent", "advert"])
def test_a_notice_that_gives_notice_gives_its_operative_sentence_and_each_condition(tmp_path, name, text, conditions):
    found = _decisions(tmp_path, name, text)
    assert found[0][0] == "notice_operative" and "hereby gives notice" in found[0][1], found
    found_conditions = [text for rule, text in found if rule == "notice_condition"]
    assert len(found_conditions) == len(conditions), found
    for condition, start in zip(found_conditions, conditions):
        assert condition.startswith(start), found
    # no reason, running line or informative is a condition
    assert not any(word in text for _rule, text in found for word in ("Reason", "REF 24", "Page 1", "accords",
                                                                      "standard conditions", "separate consent"))


def test_a_refusal_that_gives_notice_gives_only_its_operative_sentence(tmp_path):
    refusal = ("Kelsham District Council\n\nREFUSAL OF PLANNING PERMISSION\n\nThe District Council hereby gives notice "
               "that planning permission has been refused for the development described above for the following "
               "reasons:\n\n1. The extension would harm the character of the conservation area.\n\n"
               "2. The parking shown is not enough for the new flats.\n")
    found = _decisions(tmp_path, "refusal.txt", refusal)
    assert [rule for rule, _ in found] == ["notice_operative"], found


def test_a_report_saying_the_council_gives_notice_of_a_meeting_is_no_notice(tmp_path):
    report = ("# Harrowby Borough Council\n\n## Planning Committee report\n\nThe Council hereby gives notice of the "
              "meeting to be held on 3 May. Permission has been granted for a similar scheme next door.\n\n"
              "1 The applicant shall be told of the committee date.\n")
    assert not any(rule.startswith("notice_") for rule, _ in _decisions(tmp_path, "report.md", report))


# -- 2. A minutes table's outcome cell "Agreed and signed" names its row's item; a reference cell titles nothing ----
# Governing bodies' and trusts' minutes are tables of reference | item | notes | action.  A notes cell that gives only
# the outcome, "Agreed and signed" (the minutes, signed by the chair), "Approved and signed by the Chair", alone or
# with what is to be done with them ("Agreed and signed. Copy to the Head ..."), decides the row's item, which
# leads it.  The row's minute reference ("GB 13/2526") is its number, not its item's title.

def _table_minutes(*rows, header=("", "Item", "Notes", "Action"), body="Minutes of the Full Governing Body of "
                   "Elmstead Primary School"):
    from probe_harness import extract_blocks
    extraction = extract_blocks(("heading", body), "Held on 4 May 2026 at 6.30pm",
                                ("table", "", 1, 0, [list(header), *map(list, rows)], 1))
    return [(d.rule, d.text) for d in extraction.decisions]


SIGNED_OUTCOMES = [
    # primary school governors: the outcome alone in its cell
    ((("GB 12/2526", "Minutes of the spring term meeting (3 March 2026)", "Agreed and signed",
       "Clerk to file"),),
     "Minutes of the spring term meeting (3 March 2026): Agreed and signed"),
    # the outcome then an action in the same cell, the item longer than a title line
    ((("FGB 40/2526", "Resources Committee: its record of 2 February 2026 for the governors to approve",
       "Agreed and signed. Copy to the Head and to be put on the website", "Clerk"),),
     "Resources Committee: its record of 2 February 2026 for the governors to approve: Agreed and signed. "
     "Copy to the Head and to be put on the website"),
    # an academy's local board: another header, signed by the Chair
    ((("LGB 7", "Minutes of the previous meeting", "Approved and signed by the Chair.", ""),),
     "Minutes of the previous meeting: Approved and signed by the Chair."),
]


@pytest.mark.parametrize("rows,decision", SIGNED_OUTCOMES, ids=["alone", "before-action", "by-chair"])
def test_an_agreed_and_signed_cell_is_led_by_its_rows_item(rows, decision):
    header = ("Minute", "Agenda item", "Discussion", "Action") if rows[0][0].startswith("LGB") \
        else ("", "Item", "Notes", "Action")
    found = _table_minutes(*rows, header=header)
    assert [text for _rule, text in found] == [decision], found


def test_a_minute_reference_cell_titles_no_decision():
    found = _table_minutes(("BM 13/2526", "Minutes of the April meeting (9 April 2026).",
                            "The minutes were approved, signed by the Chair and will go on the website.", "Clerk"))
    assert [text for _rule, text in found] == [
        "The minutes were approved, signed by the Chair and will go on the website."], found


def test_a_signed_record_or_an_action_is_no_outcome_of_its_item():
    found = _table_minutes(("GB 20/2526", "Safeguarding", "The Chair signed the visit record and Governors "
                            "discussed the report.", "Clerk"),
                           ("GB 21/2526", "Premises", "Signed copies to be kept in the office.", "Head"))
    assert not any(text.startswith(("Safeguarding:", "Premises:")) for _rule, text in found), found


# -- 3. A lettered sub-item's title sentence leads the decision restating it ---------------------------------------
# Minutes number each matter of an item "a.", "b." ... and open it with a title written as a sentence ("d. Meeting dates for
# the year from September.") before what was decided.  The title is the sub-item's, as on a line of its own, and
# a decision naming its matter by a definite subject holding a word of the title ("The dates were agreed.", "The
# scheme was adopted", "The complaints policy was agreed") is led by it.  A subject the title does not name, or a
# first sentence that is a sentence, leaves the decision as written.

SUB_ITEM_TITLES = [
    # school committee's minutes table, lettered lines in the notes cell
    ([("GB 30/2526", "Governance", "a. Review of the website. Some pages need updating.\n"
       "b. Meeting dates for the year from September. The dates were agreed.", "Clerk")],
     "Meeting dates for the year from September: The dates were agreed."),
    # parish council's minutes table, one lettered line with discussion between title and outcome
    ([("51/26", "Village hall", "c. Revised hire charges for the hall. The charges last rose in 2022 and the "
       "committee proposed a small rise. The revised hire charges were discussed and agreed.", "")],
     "Revised hire charges for the hall: The revised hire charges were discussed and agreed."),
    # trust board's minutes table, a roman-numbered line
    ([("TB 9", "Governance", "(ii) Revised scheme of delegation. The scheme was unanimously adopted by the Trustees.",
       "")],
     "Revised scheme of delegation: The scheme was unanimously adopted by the Trustees."),
]


@pytest.mark.parametrize("rows,decision", SUB_ITEM_TITLES, ids=["dates", "charges", "scheme"])
def test_a_sub_items_title_sentence_leads_the_decision_restating_it(rows, decision):
    found = [text for _rule, text in _table_minutes(*rows)]
    assert decision in found, found


def test_a_list_items_title_sentence_leads_its_decision_in_running_minutes(tmp_path):
    paper = ("# Minutes of the Ashcombe Parish Council meeting held on 6 May 2026\n\nPresent: Cllr Reed (Chair), "
             "Cllr Amis, Cllr Dove.\n\nApologies were received from Cllr Hart.\n\n## 7. Recreation ground\n\na. Replacement of the play area fence. The Clerk "
             "had two quotes. The replacement was approved by the Council.\n\nb. Grass cutting. The contractor "
             "will start in May.\n\nThe meeting closed at 9.10pm.\n")
    found = [text for _rule, text in _decisions(tmp_path, "minutes.md", paper)]
    assert "Replacement of the play area fence: The replacement was approved by the Council." in found, found


def test_a_subject_the_title_does_not_name_or_a_first_sentence_that_is_a_sentence_leaves_the_decision_as_written():
    found = [text for _rule, text in _table_minutes(
        ("GB 31/2526", "Finance", "a. Meeting dates for the year from September. The budget was approved.", ""),
        ("GB 32/2526", "Premises", "b. The hall roof needs repair. The repair was agreed.", ""))]
    assert "The budget was approved." in found, found
    assert "The repair was agreed." in found, found


# -- 4. A suggestion put to the meeting is what the assent after it decides ----------------------------------------
# Small bodies' minutes record a suggestion ("It was suggested that the plan be shown in the newsletter.", "The Vicar
# suggested that ...") and then the meeting's bare assent ("All agreed to this.", "The Committee were in agreement
# with this.", "Members were content with this."): the suggestion is what was agreed, as an ask to the meeting is
# (part asks_the_body), not the item's title.  A suggestion closing a sentence whose decision follows after "and"
# ("It was suggested that X, and it was agreed that Y") is read whole.  A report or survey "suggesting" asks nothing.

def _minutes_md(*paragraphs, heading="Minutes of the Ashcombe Parish Council meeting held on 6 May 2026"):
    return (f"# {heading}\n\nPresent: Cllr Reed (Chair), "
            "Cllr Amis, Cllr Dove.\n\nApologies were received from Cllr Hart.\n\n" + "\n\n".join(paragraphs)
            + "\n\nThe meeting closed at 9.10pm.\n")


SUGGESTIONS_ASSENTED = [
    ("## 7. Highways\n\n### Meeting with the county on 2 April\n\nSome discussion then took place about the speed "
     "signs and where they should go. It was suggested that the plan be shown in the village newsletter so "
     "residents can comment. All agreed to this.",
     ("the plan be shown in the village newsletter so residents can comment", "All agreed to this.")),
    ("## 4. Churchyard\n\nThe Vicar suggested that the lych gate be repainted before Easter. The gate was last "
     "painted in 2019. The Committee were in agreement with this.",
     ("the lych gate be repainted before Easter", "The Committee were in agreement with this.")),
    ("## 5. Allotments\n\nCllr Amis suggested that the water troughs be drained in November. Members were content "
     "with this.",
     ("the water troughs be drained in November", "Members were content with this.")),
]


@pytest.mark.parametrize("paragraph,decision", SUGGESTIONS_ASSENTED, ids=["all-agreed", "in-agreement", "content"])
def test_an_assent_after_a_suggestion_decides_the_suggestion(tmp_path, paragraph, decision):
    found = [text for _rule, text in _decisions(tmp_path, "minutes.md", _minutes_md(paragraph))]
    # the suggestion's matter and the assent (the item's title may lead it, as it leads any ask and its assent)
    matter, assent = decision
    assert len(found) == 1 and matter in found[0] and found[0].endswith(assent), found


def test_a_suggestion_then_the_decision_after_and_is_read_whole(tmp_path):
    paragraph = ("## 9. Green\n\nIt was suggested that bulbs be planted along the green's southern verge in the "
                 "spring, and it was agreed to ask the Clerk to price three planting schemes for the June meeting.")
    found = [text for _rule, text in _decisions(tmp_path, "minutes.md", _minutes_md(paragraph))]
    assert found == [paragraph.split("\n\n", 1)[1]], found


def test_a_report_suggesting_something_asks_the_meeting_nothing(tmp_path):
    paragraph = ("## 6. Traffic survey\n\nThe survey report suggested that most drivers keep to the limit. Members "
                 "were content with this.")
    found = [text for _rule, text in _decisions(tmp_path, "minutes.md", _minutes_md(paragraph))]
    assert not any("survey report suggested" in text for text in found), found


# -- 5. Noting a point and then deciding in one sentence is a decision; the risk register is a paper ---------------
# "The Committee noted the risk register and approved the closure of risk CR-12": a body noting the points made
# ("the concerns", "the issues", "the risks") only discusses, unless the same sentence goes on to decide ("... and
# agreed to defer ...", "... and approved the purchase of ..."); and "the risk register" is a paper the body notes,
# not the risks it talks over.

COMMITTEE = "Minutes of the Audit Committee of Fenby Borough Council held on 6 May 2026"
NOTED_THEN_DECIDED = [
    ("## 6. Risk management\n\nThe Head of Audit presented the corporate risk register.\n\nThe Committee noted the "
     "risk register and approved the closure of risk CR-12 (old ledger).",
     "The Committee noted the risk register and approved the closure of risk CR-12 (old ledger)."),
    ("## 4. Staffing\n\nThe Committee noted the concerns raised by the staff side and agreed to defer the restructure "
     "to March.",
     "The Committee noted the concerns raised by the staff side and agreed to defer the restructure to March."),
    ("## 5. Premises\n\nMembers noted the issues with the boiler and approved the purchase of a replacement.",
     "Members noted the issues with the boiler and approved the purchase of a replacement."),
    ("## 7. Risk register\n\nThe Committee noted the risk register.",
     "The Committee noted the risk register."),
]


@pytest.mark.parametrize("paragraph,decision", NOTED_THEN_DECIDED, ids=["register-closure", "concerns-defer",
                                                                        "issues-purchase", "register-noted"])
def test_noting_points_then_deciding_in_one_sentence_is_a_decision(tmp_path, paragraph, decision):
    found = [text for _rule, text in _decisions(tmp_path, "minutes.md", _minutes_md(paragraph, heading=COMMITTEE))]
    assert any(text.endswith(decision) for text in found), found


@pytest.mark.parametrize("sentence", [
    "The Board noted the concerns of residents and thanked them for attending.",
    "The Board noted that the contract had been extended and approved by Cabinet in March.",
    "Members noted the risks to the budget.",
])
def test_noting_points_without_deciding_stays_discussion(tmp_path, sentence):
    found = [text for _rule, text in _decisions(tmp_path, "minutes.md", _minutes_md(f"## 4. Finance\n\n{sentence}",
                                                                                 heading=COMMITTEE))]
    assert not any(sentence[:30] in text for text in found), found


# -- 6. "It was agreed" after the cause or matter it answers, commas and all ---------------------------------------
# "Owing to a mix-up with the hall booking, which two members had missed, it was agreed that ...", "Re the
# vacant seat, it was agreed that this be advertised again": what opens the sentence says why or about what, and the
# whole sentence is the decision.  A cause told before someone else's report of an agreement is none.

CAUSE_THEN_AGREED = [
    "Due to a double booking of the pavilion, which the cricket club raised in May, it was agreed "
    "that bookings be confirmed in writing.",
    "Re the vacant seat on the grants panel, it was agreed that this be advertised again in the newsletter.",
    "Owing to the cost of the roof repairs, it was decided to apply for a heritage grant before any work starts.",
]


@pytest.mark.parametrize("sentence", CAUSE_THEN_AGREED, ids=["due-to", "re", "owing-to"])
def test_it_was_agreed_after_its_cause_or_matter_is_the_whole_sentence(tmp_path, sentence):
    found = [text for _rule, text in _decisions(tmp_path, "minutes.md", _minutes_md(f"## 11. Correspondence\n\n{sentence}"))]
    assert any(text.endswith(sentence) for text in found), found


@pytest.mark.parametrize("sentence", [
    "Due to the weather, the summer fete was cancelled by its organisers.",
    "Regarding the bench, Cllr Dove asked whether it was agreed last year.",
])
def test_a_cause_or_matter_without_the_meetings_agreement_is_none(tmp_path, sentence):
    found = [text for _rule, text in _decisions(tmp_path, "minutes.md", _minutes_md(f"## 11. Correspondence\n\n{sentence}"))]
    assert not any(sentence[:25] in text for text in found), found
