"""A web page whose <h1> says only what kind of page it is (`Committee details`) over the name of the body it
is about is titled by the two.  Fictional authorities only."""
from __future__ import annotations

import pytest

from test_meta18_forms import extraction_of

LINKS = ('<ul><li><a href="m">Browse meetings and agendas for this committee</a></li>'
         '<li><a href="a">View attendance statistics</a></li></ul>')
PURPOSE = ("<h2>Purpose of committee</h2><p>The committee is made up of the leaders of Fenmarsh District Council and "
           "Wendle Borough Council and meets four times a year.</p>")


def page(tmp_path, body: str, title: str = "Committee details - Modern Council"):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{title}</title></head><body><div id='content'>{body}</div></body></html>",
                    encoding="utf-8")
    return extraction_of(path)


@pytest.mark.parametrize("body, title", [
    (f"<h1>Committee details</h1><h2>Fenmarsh Harbour Joint Committee</h2>{LINKS}{PURPOSE}",
     "Committee details - Fenmarsh Harbour Joint Committee"),
    (f"<h1>Committee details</h1><p>Wendle Licensing Sub-Committee</p>{LINKS}{PURPOSE}",
     "Committee details - Wendle Licensing Sub-Committee"),
    (f"<h1>Committee details</h1><h2>Kestrel Bay Combined Authority Overview and Scrutiny Committee</h2>{PURPOSE}",
     "Committee details - Kestrel Bay Combined Authority Overview and Scrutiny Committee"),
])
def test_a_kind_of_page_heading_over_its_bodys_name_titles_the_page(tmp_path, body, title):
    assert page(tmp_path, body).title == title


def test_a_kind_of_page_heading_over_no_body_is_not_joined(tmp_path):
    title = page(tmp_path, f"<h1>Committee details</h1>{LINKS}{PURPOSE}").title or ""
    assert not title.startswith("Committee details - Browse")


def test_a_decision_page_keeps_its_subject_as_title(tmp_path):
    body = ("<h1>Decision details</h1><h2>Award of contract: street lighting maintenance</h2>"
            "<p>Decision maker: Cabinet</p><p>The Cabinet agreed to award the contract to Brightway Lighting Ltd.</p>")
    assert page(tmp_path, body).title == "Award of contract: street lighting maintenance"
