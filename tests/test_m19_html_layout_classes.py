"""m19: a class naming what an element is laid out with (`site-has-sidebar`, `page-with-nav`) names what sits
beside it, not what it is: a council web page's content column marked so is read; sidebars, menus and navigation
named as such are still dropped.  Fictional pages."""
from __future__ import annotations

import pytest

from committee_papers.ingest.registry import read_document

BODY = ("<h1>Riverside parking levy</h1><p>In March 2026 the Environment Committee agreed to develop an outline "
        "business case for a workplace parking levy across the city centre.</p>")


def page(tmp_path, column_class: str, side: str = "") -> str:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main><div class=\"row\"><div class=\"{column_class}\">{BODY}</div>{side}"
                    "</div></main></body></html>", encoding="utf-8")
    return " ".join(p.text for p in read_document(path).passages())


@pytest.mark.parametrize("column_class", ["col-12 col-md-8 fenmarsh-has-sidebar", "page-with-sidebar",
                                          "layout_with_navigation content-area"])
def test_a_column_laid_out_with_a_sidebar_is_read(tmp_path, column_class):
    assert "outline business case" in page(tmp_path, column_class)


@pytest.mark.parametrize("side_class", ["sidebar", "side-menu", "menu-with-icons", "navbar-has-dropdowns"])
def test_a_sidebar_or_menu_named_as_such_is_still_dropped(tmp_path, side_class):
    text = page(tmp_path, "col-12 fenmarsh-has-sidebar",
                f"<div class=\"{side_class}\"><ul><li><a href=\"/a\">Bins and recycling</a></li>"
                "<li><a href=\"/b\">Council tax</a></li></ul></div>")
    assert "outline business case" in text and "Bins and recycling" not in text
