"""Review v43 of stop 30's bought_item_label (p42): a payments line whose label ends in a thing bought (`Hire`,
`Repairs`, `Printing`) and whose other words the paper writes in lower case names no supplier; but a line that goes
on after a dash to say what was bought (`Green Hire – marquee for the fair – £240.00`) has its supplier's name in
that label, even when the name is made of common words (`green`, `village`, `swift`)."""
from __future__ import annotations

import pytest

from committee_papers.extract.pipeline import extract
from test_p42_no_value_providers import passages_from_lines

# (paper lines, the suppliers, the sums paid for a thing bought from no supplier named)
LINES = [
    (["Brackenford Parish Council", "Minutes of the Parish Council, 4 May 2026",
      "The marquee for the fair on the village green was discussed and the hall roof repairs were noted.",
      "Accounts for payment: Green Hire – marquee for the fair – £240.00 (chq 1201) Roof Repairs – £36.00 (chq 1202)"],
     {"Green Hire"}, {36.0}),
    (["Lornside Town Council", "Minutes of the Finance Committee, 12 March 2026",
      "The village newsletter was printed again and the hall heating was serviced at short notice.",
      "Accounts for payment: Village Printing – spring newsletter – £85.00 (chq 301) Postage – £12.00 (chq 302)"],
     {"Village Printing"}, {12.0}),
    (["Marden Village Hall Committee", "Minutes of the Committee, 3 February 2026",
      "A swift repair of the hall boiler was needed and the stationery cupboard was restocked.",
      "Accounts for payment: Swift Repairs – boiler valve – £64.00 (chq 411) Stationery – £9.50 (chq 412)"],
     {"Swift Repairs"}, {9.50}),
]


@pytest.mark.parametrize("lines, suppliers, unnamed", LINES, ids=["hire", "printing", "repairs"])
def test_a_label_followed_by_what_was_bought_names_its_supplier(lines, suppliers, unnamed):
    extraction = extract(passages_from_lines(*lines), {}, "paper.txt")
    assert {c.provider for c in extraction.contracts if c.provider} == suppliers
    assert {a.value_gbp for a in extraction.amounts if a.rule == "amounts.payments.supplier_unnamed"} == unnamed


# role.concession_granted_to (p42) read a concession on what a tenant or user pays (`a rent concession to X`) as a
# franchise granted to its operator: X is relief's beneficiary, no provider.
@pytest.mark.parametrize("sentence, provider", [
    ("Members agreed to grant a six-month rent concession to Marden Cricket Club after the flood at its pavilion.", None),
    ("The Authority granted a hire charge concession for the pavilion to Brackenford Scouts for the summer.", None),
    ("Members agreed to grant a three-year concession for the kiosk at Mill Park to Harbour Bakes Ltd from April.",
     "Harbour Bakes Ltd"),
])
def test_a_concession_on_rent_or_fees_names_no_operator(sentence, provider):
    from probe_harness import extract_sentence_paper
    extraction = extract_sentence_paper("Brackenford Borough Council. Cabinet, 3 March 2026. " + sentence, "Leisure")
    assert {c.provider for c in extraction.contracts if c.provider} == ({provider} if provider else set())
