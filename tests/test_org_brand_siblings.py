"""Two bodies named in full that share their type words (`Ashdown Family Hub`, `Brook Family Hub`) and are
then called by their first word alone are each that body in this paper (extract/organisations
._note_brand_short_names); a list of the two brand words (`Ashdown and Brook`) is no third body.
Fictional papers of different kinds of body and layout, run through the whole pipeline."""
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


def paper(authority, *blocks, title="Report to Cabinet"):
    cover = [Block("heading", authority, page=1, level=1),
             Block("paragraph", "Meeting – 9 October 2025", page=1),
             Block("heading", title, page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=cover + list(blocks))
    return extract(document.passages(), {}, document.filename)


def para(text):
    return Block("paragraph", text, page=2)


def valued(result):
    return {c.value_gbp: c for c in result.contracts if c.value_gbp is not None}


def names(result):
    return {o.name for o in result.organisations}


def test_a_council_cabinet_report_pays_two_hubs_by_their_short_names():
    result = paper("Wessex County Council",
                   para("1.1 The Council commissions Ashdown Family Hub and Brook Family Hub to run early help."),
                   para("1.2 The hubs received extra funding of £12,000 for Ashdown and £9,000 for Brook to test "
                        "the new model."))
    assert valued(result)[12_000].provider == "Ashdown Family Hub"
    assert valued(result)[9_000].provider == "Brook Family Hub"


def test_a_leisure_trust_board_names_two_centres_then_lists_their_brand_words():
    result = paper("Tarnside Leisure Trust",
                   para("Item 5. The Trust subcontracts swimming lessons to Kelpie Swim Academy and Otterpool Swim "
                        "Academy under its agreement with the Council."),
                   para("Kelpie and Otterpool both asked for a review of pool hire charges. The board agreed a "
                        "grant of £4,500 to Otterpool for new lane ropes."),
                   title="Minutes of the Board")
    assert "Kelpie and Otterpool" not in names(result)
    assert valued(result)[4_500].provider == "Otterpool Swim Academy"


def test_an_icb_committee_pays_a_practice_by_its_short_name_beside_a_sibling():
    result = paper("North Mercia ICB",
                   para("The committee noted that Hollins Medical Practice and Wrenfield Medical Practice share "
                        "one extended-access hub."),
                   para("Members approved a payment of £30,000 to Wrenfield for the winter clinics. Wrenfield will "
                        "report back in March."),
                   title="Primary Care Commissioning Committee")
    assert valued(result)[30_000].provider == "Wrenfield Medical Practice"


def test_a_brand_word_that_is_also_a_place_stays_a_place_beside_a_sibling():
    # `Ashdown Road` and `in Ashdown`: the word names a place here, so `£12,000 for Ashdown` pays no hub.
    result = paper("Wessex County Council",
                   para("1.1 The Council commissions Ashdown Family Hub and Brook Family Hub to run early help."),
                   para("1.2 Residents in Ashdown asked for parking on Ashdown Road."),
                   para("1.3 The Council will spend £12,000 for Ashdown on new signs."))
    assert 12_000 not in valued(result) or valued(result)[12_000].provider != "Ashdown Family Hub"


def test_a_capitalised_function_word_after_the_brand_word_leaves_it_a_brand():
    # A PDF cell run together: `for Brook While ...`, `Brook As from May`: the next cell, not `Brook While`.
    result = paper("Wessex County Council",
                   para("1.1 The Council commissions Ashdown Family Hub and Brook Family Hub to run early help."),
                   para("Outreach 4 7 Brook While Ashdown offered many groups, Brook As from May ran two."),
                   para("1.2 The hubs received extra funding of £12,000 for Ashdown and £9,000 for Brook to test "
                        "the new model."))
    assert valued(result)[9_000].provider == "Brook Family Hub"
