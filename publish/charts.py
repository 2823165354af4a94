"""Charts as Vega-Lite specs rendered to SVG on the server (vl-convert).

The browser gets a finished SVG: no script, no request to another site, so the
charts work offline and under the project pages' strict Content-Security-Policy.
Each bar is an SVG link to the records behind it.
"""
from __future__ import annotations

import re
import vl_convert
from markupsafe import Markup

# Vega resolves a relative href against its data loader's base URL, which
# vl-convert sets to the vega-datasets site; the links are the site's own paths.
LOADER_BASE = re.compile(r'xlink:href="https://vega\.github\.io/vega-datasets/(?=/)')
LABEL_FONT = 12
BAR_STEP = 24
CHART_WIDTH = 420
# d3-format's "$" is the locale's currency: pounds.
POUNDS = {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["£", ""]}


def bar_chart(rows: list[dict], *, label: str, value: str, href: str, title: str, money: bool) -> Markup:
    """A horizontal bar chart of ``rows``: each bar labelled in full on the left,
    its value written at its end, inside the chart (the value axis runs a
    quarter past the largest bar so the longest value text is not clipped)."""
    # Long labels are cut so the bars keep their room.
    rows = [{**r, label: _short(str(r[label]))} for r in rows if r.get(value)]
    if not rows:
        return Markup("<p>No data yet.</p>")
    top = max(r[value] for r in rows)
    number_format = "$,.0f" if money else ",d"
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "description": title,
        "data": {"values": rows},
        "width": CHART_WIDTH,
        "height": {"step": BAR_STEP},
        "encoding": {
            "y": {"field": label, "type": "nominal", "sort": None, "title": None,
                  "axis": {"labelLimit": 0, "labelFontSize": LABEL_FONT}},
            "x": {"field": value, "type": "quantitative", "title": title,
                  "scale": {"domain": [0, top * 1.35], "nice": False},
                  "axis": {"format": "$~s" if money else "d", "tickCount": 4, "labelFontSize": 11}},
        },
        "layer": [
            {"mark": {"type": "bar", "color": "#276890", "cursor": "pointer"},
             "encoding": {"href": {"field": href, "type": "nominal"},
                          "tooltip": [{"field": label, "type": "nominal"},
                                      {"field": value, "type": "quantitative", "format": number_format}]}},
            {"mark": {"type": "text", "align": "left", "baseline": "middle", "dx": 4, "fontSize": 11},
             "encoding": {"text": {"field": value, "type": "quantitative", "format": number_format}}},
        ],
        "config": {"view": {"stroke": None}, "background": "white"},
    }
    svg = vl_convert.vegalite_to_svg(spec, allowed_base_urls=[], format_locale=POUNDS)
    svg = LOADER_BASE.sub('xlink:href="', svg)
    # A name for screen readers (no role=img: that would hide the bars' links).
    svg = svg.replace('class="marks"', f'class="marks cp-chart" aria-label="{_attr(title)}"', 1)
    return Markup(svg)


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
