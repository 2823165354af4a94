"""Contracts, parties and providers of branch c19: each a general mechanism with fictional wordings and layouts of
other authorities and services, and negatives, run through the whole extraction pipeline."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from committee_papers.extract.pipeline import extract  # noqa: E402
from committee_papers.ingest.model import Block, iter_passages  # noqa: E402
from fictional_paper import passages_from_lines  # noqa: E402


def _result(*lines):
    return extract(passages_from_lines(*lines), {}, "paper.txt")


def _form(body, title, rows):
    """A paper of ``body`` whose form is a table with ``rows`` under its first row, the form's title spanning it."""
    blocks = [Block("heading", text=body, level=1),
              Block("table", rows=[[title] + [""] * (len(rows[0]) - 1)] + rows, header_rows=1)]
    return extract(list(iter_passages(blocks)), {}, "paper.txt")


def _valued(*lines):
    return {c.value_gbp: c for c in _result(*lines).contracts if c.value_gbp is not None}


def _pairs(*lines):
    return {(c.commissioner, c.provider) for c in _result(*lines).contracts if c.provider}


# ---- 1. a form's free-text box: one filled cell spanning the row is prose (contract_prose._all_prose) ----------
# A form (a budget amendment, an officer decision record, a grants panel sheet) lays its boxes out as a table; a
# box of prose is one filled cell beside the empty cells it spans.  No column of the form holds values, so the
# sums in the box are read as in a paragraph: a sum paid to a named body is its contract.  The form's title row
# (`Budget Amendment Form | | |`) spans the table: a word of it (`Budget`) makes no column one of values
# (contract_prose._title_row).

@pytest.mark.parametrize("lines, value, provider", [
    (("Wexcombe County Council", "Budget Amendment Form",
      [["Budget Amendment Form", "", ""], ["Proposed purpose:", "", ""],
       ["Despite this, this authority continues to issue the Harbourside Arts Trust with a £420k grant annually. "
        "Whilst the gallery is an asset, we cannot afford it.", "", ""]]), 420_000, "Harbourside Arts Trust"),
    (("Tarnby Borough Council", "Officer Decision Record",
      [["Officer Decision Record", "", ""], ["Reasons for the decision:", "", ""],
       ["The Director agreed to extend the contract with Tarnby Meals Ltd for the lunch club for twelve months at a "
        "cost of £84,000, to be met from the existing budget.", "", ""]]), 84_000, "Tarnby Meals Ltd"),
    (("Marbury District Council", "Community Grants Panel",
      [["Application summary", "", "", ""], ["Recommendation:", "", "", ""],
       ["The Panel agreed a grant of £15,000 to Oldmill Carers CIC towards its respite sessions for carers across "
        "the northern wards next year.", "", "", ""]]), 15_000, "Oldmill Carers CIC"),
])
def test_a_forms_prose_box_prices_the_contract_it_names(lines, value, provider):
    contract = _valued(*lines)[value]
    assert contract.provider == provider


def test_a_forms_prose_box_with_sums_and_no_seller_states_no_contract():
    found = _valued("Wexcombe County Council", "Budget Amendment Form",
                    [["Budget Amendment Form", "", ""], ["Proposed purpose:", "", ""],
                     ["Directorate spending in 2026-27 is planned to increase by £12.4m (9.1%) because of demand for "
                      "placements and rising fees across the care market.", "", ""],
                     ["£300k to be added to the Children's Services base budget for the coming year from reserves "
                      "held centrally.", "", ""]])
    assert not found


@pytest.mark.parametrize("body, title, rows, value, provider", [
    ("Wexcombe County Council", "Budget Amendment Form",
     [["Proposer:", "Cllr Ann Lee", "", ""], ["Proposed purpose:", "", "", ""],
      ["Spending on care is rising fast. Despite this, the authority still gives Harbourside Arts Trust an annual "
       "grant of £380,000, which it can no longer afford while care budgets are so stretched.", "", "", ""]],
     380_000, "Harbourside Arts Trust"),
    ("Tarnby Borough Council", "Budget Options Form",
     [["Option:", "Library cleaning", "", ""],
      ["The cleaning of the four branch libraries is done by Sparkwell Hygiene Ltd under a contract worth £64,000 a "
       "year, which this option would re-let at a lower specification.", "", "", ""]], 64_000, "Sparkwell Hygiene Ltd"),
    ("Marbury District Council", "Capital Bid Form",
     [["Scheme:", "Play area renewal", "", ""],
      ["The Council has a contract with Swingwell Play Ltd to replace the equipment at Mill Lane for £145,000, to "
       "be met from the capital programme next year.", "", "", ""]], 145_000, "Swingwell Play Ltd"),
])
def test_a_forms_title_row_makes_no_column_of_values(body, title, rows, value, provider):
    found = {c.value_gbp: c for c in _form(body, title, rows).contracts if c.value_gbp is not None}
    assert found[value].provider == provider


def test_a_priced_column_under_its_own_header_still_owns_its_sums():
    """A real column header (`Provider | Service | Annual value`) is no title row: its value column owns the row's
    sums, and a long note beside it is read for relations only."""
    result = extract(list(iter_passages([
        Block("heading", text="Wexcombe County Council", level=1),
        Block("table", rows=[["Provider", "Service", "Annual value"],
                             ["Tollgate Meals Ltd", "Meals on wheels for the northern wards and villages, seven days a "
                              "week, with a hot meal and a tea-time pack", "£210,000"]], header_rows=1)])), {}, "paper.txt")
    valued = {c.value_gbp: c for c in result.contracts if c.value_gbp is not None}
    assert valued[210_000].provider == "Tollgate Meals Ltd"


# ---- 2. the tender-reply frame (org_evidence.yaml tender_reply and its four role patterns; contract_roles.yaml) --
# A request for prices draws replies; the reply a paper singles out (best, winning, only, lowest, cheapest) names
# the body chosen to supply, however the paper joins reply and body: the body is the reply, the reply came from
# the body, the body gave the reply, or one respondent is counted and then named.  The names have no legal form
# (a small body's suppliers: a roofer, a flooring firm, a designer).

@pytest.mark.parametrize("lines, pair", [
    (("Tarnside Town Council", "Minutes of the Full Council", "Present: Cllr Ames",
      "41/25 The Clerk said only one firm had decided to quote for re-roofing the pavilion, which was Tarn Roofing. They "
      "quoted £8,400 for slate and £6,900 for felt. It was agreed to proceed with the slate."),
     ("Tarnside Town Council", "Tarn Roofing")),
    (("Orton Parish Council", "Minutes of the Parish Council", "Present: Cllr Dunn",
      "5. Three firms were asked for prices and Oakboard Flooring was the only company to quote. Members agreed "
      "to go ahead."), ("Orton Parish Council", "Oakboard Flooring")),
    (("Kelby Carers Trust", "Minutes of the Board meeting", "Present: Ann Lee",
      "7. The only tender received for the garden maintenance came from Greenacre Grounds and the Board accepted "
      "it."), ("Kelby Carers Trust", "Greenacre Grounds")),
    (("Kelby Carers Trust", "Minutes of the Board meeting", "Present: Ann Lee",
      "7. For the minibus servicing Halden Motors put in the lowest quote, and the Board accepted it."),
     ("Kelby Carers Trust", "Halden Motors")),
    (("Friends of Marbury Museum", "Minutes of the committee", "Present: Jo Bell, Sam Price",
      "3. A single supplier responded to the invitation to quote for the display cases, namely Glasswright "
      "Studios."), ("Friends of Marbury Museum", "Glasswright Studios")),
])
def test_the_reply_singled_out_names_the_supplier(lines, pair):
    assert pair in _pairs(*lines)


@pytest.mark.parametrize("sentence", [
    "7. Option B was the best response to the consultation findings.",
    "7. The best response to the survey came from residents of Tarnby.",
    "7. Only one member had chosen to respond to the consultation, this was Cllr Dunn.",
    "7. The only bid for the community fund came from Harbour Week and it was deferred.",
])
def test_a_reply_that_is_no_supplier_chosen_names_no_provider(sentence):
    found = _pairs("Tarnside Leisure Trust", "Minutes of the Board meeting", "Present: Ann Lee", sentence)
    assert not {provider for _buyer, provider in found} - {None}


def test_the_role_phrases_say_the_frame_with_the_frames_words():
    """contract_roles.yaml's tender-reply phrases use every word of org_evidence.yaml tender_reply: the two files
    say one frame (a word added to one vocabulary and not the other fails here)."""
    from committee_papers.extract.orgevidence import rules
    from committee_papers.extract.phrases import load
    frame = rules()["tender_reply"]
    roles = load("contract_roles.yaml")["provider"]
    before = {entry["phrase"] for entry in roles["before"]}
    after = {entry["phrase"] for entry in roles["after"]}

    def options(phrase):
        return {option.replace("_", " ") for token in phrase.split() for option in token.split("/")}

    def words(key):
        return {word.replace("_", " ") for word in frame[key]}

    one_respondent = next(p for p in before if p.startswith("only/just/single/one "))
    reply_given = next(p for p in after if p.startswith("submitted/"))
    best_reply = next(p for p in after if p.startswith("was/were/is/are/was,/were, ...3 the best/") and " to " not in p)
    assert words("qualifiers") <= options(reply_given) and words("qualifiers") <= options(best_reply)
    assert words("replies") <= options(reply_given) and words("replies") <= options(best_reply)
    assert words("respondents") <= options(one_respondent) and words("verbs") <= options(one_respondent)


def test_the_reply_given_is_said_once_on_each_side():
    """`X submitted the lowest quote` is one phrase (tender_reply_submitted) wherever a side reads it: an older phrase
    of the same frame left beside it would be a second way to say the same thing."""
    from committee_papers.extract.phrases import load
    roles = load("contract_roles.yaml")
    for role in ("provider", "winner"):
        given = [entry["phrase"] for entry in roles[role]["after"] if entry["phrase"].startswith("submitted/")]
        assert len(given) == 1, (role, given)


# ---- 3. a commission accepted by the one who will do it (org_evidence.yaml role.accepted_commission) -------------
# The supplier's side of a commissioning: the artist, maker or tradesperson `was happy to accept the commission`,
# `has accepted the contract`, `agreed to take on the commission`; a small body's minutes name it with no legal form.
# The phrase's nouns are no possessives (phrases.py `word!`): `accepted the Commission's report` is no contract.

@pytest.mark.parametrize("lines, pair", [
    (("Friends of Marbury Museum", "Minutes of the committee", "Present: Sam Price", "7. Sponsorship of the gates",
      "7.1 The Chair confirmed that Ironleaf was happy to accept the commission for the gates."),
     ("Friends of Marbury Museum", "Ironleaf")),
    (("Orton Parish Council", "Minutes of the Parish Council", "Present: Cllr Dunn",
      "12/25 Penhallow Glass has accepted the contract for the chapel windows and will start in June."),
     ("Orton Parish Council", "Penhallow Glass")),
    (("Tarnside Town Council", "Minutes of the Full Council", "Present: Cllr Ames",
      "44/25 After the site visit Brightstone Signs agreed to take on the commission to repaint the fingerposts."),
     ("Tarnside Town Council", "Brightstone Signs")),
])
def test_the_one_accepting_a_commission_supplies_it(lines, pair):
    assert pair in _pairs(*lines)


@pytest.mark.parametrize("sentence", [
    "7. Kelby Carers Trust accepted the Commission's report on the ward boundaries.",
    "7. Members accepted the contract variation for the boiler.",
    "7. Mrs Penrose agreed to take on the job of clerk from May.",
])
def test_accepting_a_report_or_a_role_names_no_supplier(sentence):
    found = _pairs("Tarnside Leisure Trust", "Minutes of the Board meeting", "Present: Ann Lee", sentence)
    assert not {provider for _buyer, provider in found} - {None}


# ---- 4. a headerless table of contracts after a lead announcing them (contract_tables._listed_contracts) ---------
# `The decision ends the following three contracts:` then rows `X Ltd | Y Day Centre, Kelby`: with no Provider column
# the lead is the evidence that each row is a contract, held by the body its first cell names.

def _table_after(body, lead, rows):
    blocks = [Block("heading", text=body, level=1), Block("paragraph", text="Cabinet – 4 June 2025"),
              Block("heading", text="Ending two commissioned contracts", level=1),
              Block("paragraph", text=lead), Block("table", rows=rows, header_rows=0)]
    return {(c.commissioner, c.provider) for c in extract(list(iter_passages(blocks)), {}, "paper.txt").contracts
            if c.provider}


@pytest.mark.parametrize("body, lead, rows, providers", [
    ("Wexcombe County Council", "Letting these run out, as proposed, ends the following two contracts:",
     [["Harbour Lunch Clubs Ltd", "Quayside Day Centre, Wexport"], ["Millbrook Befriending Ltd", "Millbrook Village Hall"]],
     {"Harbour Lunch Clubs Ltd", "Millbrook Befriending Ltd"}),
    ("Tarnby Borough Council", "The agreements concerned are:",
     [["Brightwater Leisure Trust", "Tarnby Pools and gym"], ["Kestrel Support Ltd", "Day opportunities, north"]],
     {"Brightwater Leisure Trust", "Kestrel Support Ltd"}),
    ("North Mercia ICB", "The decision covers the following three care home contracts:",
     [["Oakdene Care Ltd", "Oakdene House, 40 beds"], ["Fenmoor Lodge Ltd", "Fenmoor Lodge, 22 beds"],
      ["Larkrise Homes Ltd", "Larkrise, 30 beds"]], {"Oakdene Care Ltd", "Fenmoor Lodge Ltd", "Larkrise Homes Ltd"}),
])
def test_a_headerless_table_after_a_contracts_lead_names_their_holders(body, lead, rows, providers):
    found = _table_after(body, lead, rows)
    assert {(body, provider) for provider in providers} <= found


@pytest.mark.parametrize("lead, rows", [
    ("The following organisations were consulted:", [["Kestrel Support Ltd", "written response"],
                                                     ["Oakdene Care Ltd", "meeting, 3 May"]]),
    ("The wards affected are:", [["Harbour Ward", "two sites"], ["Mill Ward", "one site"]]),
    ("The decision ends the following two contracts:", [["Tarnby District Council", "shared revenues service"],
                                                       ["lunch clubs", "various"]]),
    # (Providers listed for another reason: consulted, thanked, complained about.)
    ("Responses to the market engagement were received from the following providers:",
     [["Kestrel Support Ltd", "Written response, 3 May"], ["Oakdene Care Ltd", "Attended workshop"]]),
    ("Complaints were upheld against the following providers:", [["Kestrel Support Ltd", "Missed visits"],
                                                                  ["Oakdene Care Ltd", "Medication errors"]]),
])
def test_a_table_after_another_lead_or_naming_no_firm_names_no_holder(lead, rows):
    assert not {provider for _buyer, provider in _table_after("Wexcombe County Council", lead, rows)}


@pytest.mark.parametrize("entry", __import__("committee_papers.extract.contract_roles", fromlist=["ROLES"])
                         .ROLES["listed_contracts_lead"])
def test_the_contracts_lead_phrases_read_their_examples(entry):
    from committee_papers.extract.contract_tables import listed_contracts_lead
    assert all(listed_contracts_lead(example + ":") for example in entry["examples"])
    assert not any(listed_contracts_lead(example + ":") for example in entry.get("not_examples", ()))
    assert not any(listed_contracts_lead(example) for example in entry["examples"])  # no colon, no list


# ---- 5. a firm labelled in brackets by its professional role (org_evidence.yaml role.professional_label) --------
# `X (Auditors)`, `X (the Trust's property consultants)`, an attendee's `Jo Bell (X, Surveyors)`: a firm, in the plural
# of its profession, engaged by the paper's body; a person's own title is singular (`Jo Bell (Internal Auditor)`).

@pytest.mark.parametrize("lines, pair", [
    (("Kelby Carers Trust", "Minutes of the Board meeting", "Present: Ann Lee, Raj Patel",
      "4. Draft accounts for 2025/26 – Hallam Crane (Auditors) Members noted the draft and asked two questions."),
     ("Kelby Carers Trust", "Hallam Crane")),
    (("Orton Parish Council", "Minutes of the Parish Council",
      "Present: Cllr Dunn (Chair), Sam Price (Pennock & Dale, Surveyors), Ann Lee (Clerk)",
      "12/25 The condition survey of the pavilion was received."), ("Orton Parish Council", "Pennock & Dale")),
    (("Tarnside Leisure Trust", "Minutes of the Board meeting", "Present: Ann Lee",
      "6. The valuation of the boathouse by Marram Wells (the Trust's property consultants) was noted."),
     ("Tarnside Leisure Trust", "Marram Wells")),
])
def test_a_firm_labelled_by_its_profession_is_engaged_by_the_paper_body(lines, pair):
    assert pair in _pairs(*lines)


def test_a_persons_singular_title_in_brackets_names_no_firm():
    found = _pairs("Kelby Carers Trust", "Minutes of the Board meeting",
                   "Present: Jo Bell (Internal Auditor), Sam Price (Clerk)", "5. The accounts were approved.")
    assert not {provider for _buyer, provider in found} - {None}


# ---- 6. the buyer a contractor's notice comes from (contract_roles.yaml commissioner.after) --------------------
# The body that writes to, or gives notice to, a holder named by its contract role (`the original contractor`, `the
# current supplier`, `the incumbent operator`) is its buyer, even in another body's paper (a library society's minutes
# asking its council to write to the council's original contractor).

@pytest.mark.parametrize("lines, pair", [
    (("Harrowmoor Libraries CIO", "Minutes of the Board meeting", "Present: Ann Lee",
      "5. Members want Harrowmoor County Council to write to Tillbrook Cooperative (as the original "
      "contractor) before the van rota ends in June."),
     ("Harrowmoor County Council", "Tillbrook Cooperative")),
    (("Kelby Leisure Trust", "Minutes of the Board meeting", "Present: Ann Lee",
      "5. Kelby District Council gave notice to Brightfix Ltd, the current contractor, in May and the Trust will take "
      "the cleaning in house."), ("Kelby District Council", "Brightfix Ltd")),
    (("Wexcombe Borough Council", "Cabinet – 4 June 2025", "Park and ride",
      "Wexcombe Borough Council has served notice on the incumbent operator, Wayline Travel Ltd, and will retender "
      "the park and ride."), ("Wexcombe Borough Council", "Wayline Travel Ltd")),
])
def test_the_body_giving_a_contractor_notice_is_its_buyer(lines, pair):
    assert pair in _pairs(*lines)


@pytest.mark.parametrize("sentence", [
    "5. Harbour Foodbank Ltd wrote to Tarnby District Council, the current landlord, about the lease.",
    "5. The Chair will write to Tarnby District Council about the bus shelter on Mill Lane.",
])
def test_writing_to_a_body_that_holds_no_contract_makes_no_buyer(sentence):
    found = _pairs("Kelby Leisure Trust", "Minutes of the Board meeting", "Present: Ann Lee", sentence)
    assert ("Harbour Foodbank Ltd", "Tarnby District Council") not in found
    assert not {buyer for buyer, _provider in found} - {None, "Kelby Leisure Trust"}


# ---- 7. a cell a PDF reader split line by line into rows is read whole (contract_prose._wrapped_cells) ----------
# An EqIA's or a report's evidence column wraps its text over several lines, which the reader gives as rows (the other
# columns empty or holding their own lines).  A long line that ends no sentence runs on into its column's next line.

def _wrapped(body, rows):
    blocks = [Block("heading", text=body, level=1), Block("paragraph", text="Cabinet – 4 June 2025"),
              Block("heading", text="Equality Impact Assessment", level=1),
              Block("table", rows=[["Data source", "Summary of what this tells us"]] + rows, header_rows=1)]
    return {(c.commissioner, c.provider) for c in extract(list(iter_passages(blocks)), {}, "paper.txt").contracts
            if c.provider}


@pytest.mark.parametrize("body, rows, pair", [
    ("Wexcombe City Council",
     [["Parking survey (2019)", "A survey of car parks across the city centre found around 9,000 spaces in all. The"],
      ["", "Parking Levy Study undertaken by Tarnby City Council in 2021 notes that without"],
      ["Report (2021)", ""],
      ["", "a fresh count of spaces the estimates are likely to be weak."]],
     ("Wexcombe City Council", "Tarnby City Council")),
    ("Marbury District Council",
     [["Carers survey", "Responses to the carers' survey were gathered over the summer months and the"],
      ["", "analysis of the replies was carried out by Brightlens Research Ltd for"],
      ["", "the Council, which reported in October."]],
     ("Marbury District Council", "Brightlens Research Ltd")),
    ("North Mercia ICB",
     [["Activity data", "Waiting times for hearing assessments have risen since the spring and the"],
      ["", "additional clinics are being delivered by Clearsound Audiology Ltd under a short"],
      ["", "contract until the backlog clears."]],
     ("North Mercia ICB", "Clearsound Audiology Ltd")),
])
def test_a_wrapped_cell_is_read_whole(body, rows, pair):
    assert pair in _wrapped(body, rows)


def test_short_register_cells_are_not_run_together():
    """A register's cells are short and end no sentence: each row is its own (no line long enough to run on)."""
    found = _wrapped("Wexcombe County Council",
                     [["Kestrel Support Ltd", "Home care in the north"], ["Oakdene Care Ltd", "Day services"],
                      ["Fenmoor Group Ltd", "Grounds maintenance"]])
    assert found <= {("Wexcombe County Council", p) for p in ("Kestrel Support Ltd", "Oakdene Care Ltd", "Fenmoor Group Ltd")}
    from committee_papers.extract.contract_prose import _wrapped_cells
    passages = list(iter_passages([Block("table", rows=[["Provider", "Service"], ["Kestrel Support Ltd", "Home care in "
                                   "the north of the county for older people"], ["Oakdene Care Ltd", "Day services"]],
                                         header_rows=1)]))
    assert not _wrapped_cells(passages)  # `... older people` runs on into `Day services`: too short to be prose
    sentences = list(iter_passages([Block("table", rows=[["Issue", "Response"],
                                                         ["", "The survey was carried out in May by our own staff team."],
                                                         ["", "Kestrel Support Ltd replied to the letter in June as asked."]],
                                          header_rows=1)]))
    assert not _wrapped_cells(sentences)


def test_a_registers_next_row_is_no_wrapped_line():
    """A register's notes end with no full stop, each row under its own label: a row whose first cell starts a line of
    its own is the next record, its sum no price of the firm in the row above."""
    from committee_papers.extract.contract_prose import _wrapped_cells
    rows = [["Service", "Notes"],
            ["Parks", "Grounds maintenance of all the parks and open spaces in the borough is done by Fenmoor Group Ltd"],
            ["Budget", "The budget for the coming year has been set at £250,000 for all grounds maintenance work"],
            ["Leisure", "Leisure centres are run in house by the council's own staff with no outside contractor"]]
    blocks = [Block("heading", text="Wexcombe County Council", level=1), Block("paragraph", text="Cabinet – 4 June 2025"),
              Block("table", rows=rows, header_rows=1)]
    assert not _wrapped_cells(list(iter_passages(blocks)))
    contracts = extract(list(iter_passages(blocks)), {}, "paper.txt").contracts
    assert not [c for c in contracts if c.value_gbp == 250_000]


def test_a_forms_whole_box_is_no_wrapped_line():
    """A form's box of prose ending with no full stop, above a short label row, is one cell: it is not run on into the
    label (its sum would be read twice)."""
    found = [c for c in _form("Wexcombe County Council", "Budget Amendment Form",
                              [["Proposed purpose:", "", ""],
                               ["Spending on care is rising fast and the budget cannot stretch further. Despite this, "
                                "the authority still gives Harbourside Arts Trust an annual grant of £380,000, with a "
                                "view to reducing it further in later years", "", ""],
                               ["Proposed amount", "", ""]]).contracts if c.value_gbp == 380_000]
    assert len(found) == 1


# ---- 8. a professional firm's fee names the firm as the one doing that work (org_evidence.yaml role.fee_owner) ---
# `X's audit fee`, `X's survey fee of £900`, `X's legal fees`: the firm audits, surveys or advises for the paper's
# body; a commissioning body's own fee (`Kelby Borough Council's audit fee`) is what that body pays, no provider.

@pytest.mark.parametrize("lines, pair, value", [
    (("Kelby Carers Trust", "Minutes of the Board meeting", "Present: Ann Lee",
      "5. The Treasurer said Hallam Crane's audit fee for 2025/26 is £1,150."),
     ("Kelby Carers Trust", "Hallam Crane"), None),
    (("Orton Parish Council", "Minutes of the Parish Council", "Present: Cllr Dunn",
      "12/25 The Board noted Pennock Dale's survey fee of £900 for the pavilion roof."),
     ("Orton Parish Council", "Pennock Dale"), 900),
    (("Tarnside Leisure Trust", "Minutes of the Board meeting", "Present: Ann Lee",
      "6. Ormsby Keane’s legal fees for the lease came to £2,400, which was agreed."),
     ("Tarnside Leisure Trust", "Ormsby Keane"), 2_400),
])
def test_a_firms_professional_fee_names_the_firm(lines, pair, value):
    assert pair in _pairs(*lines)
    if value is not None:
        assert _valued(*lines)[value].provider == pair[1]


def test_a_commissioning_bodys_own_fee_names_no_provider():
    found = _pairs("Tarnside Leisure Trust", "Minutes of the Board meeting", "Present: Ann Lee",
                   "6. Kelby Borough Council's audit fee rose by 5% this year.")
    assert not {provider for _buyer, provider in found} - {None}
