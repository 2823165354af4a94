"""Fictional scanned pages laid out by position (for :func:`pdfgen.scanned_drawing`): prose lines,
tables with or without rules, and the layouts that must stay prose (two columns of text, a
letter's address block beside its date)."""
from __future__ import annotations

LEFT = 60.0      # points from the page's left edge
BODY = 10.5      # body type size in points
PITCH = 15.0     # one line of body text
PAD = 5.0


def lines(top: float, texts: list[str], x: float = LEFT, size: float = BODY) -> tuple[list[tuple], float]:
    """Prose lines from ``top``; the items and the height below them."""
    items = [("text", x, top + i * PITCH, size, text) for i, text in enumerate(texts)]
    return items, top + len(texts) * PITCH + PITCH / 2


def table(top: float, columns: list[float], rows: list[list[str]], right: float, ruled: str = "",
          size: float = BODY) -> tuple[list[tuple], float]:
    """A table: ``columns`` the left edge of each column, a cell's "\\n" a wrapped line.  ``ruled``:
    "" none, "box" a rule round every cell, "rows" a rule above and below every row,
    "columns" rules between the columns and under the header only.  The items and the height below the table."""
    items: list[tuple] = []
    y = top
    pad = PAD if ruled else 0.0
    row_tops = []
    for row in rows:
        depth = max(len(cell.split("\n")) for cell in row)
        row_tops.append(y)
        for x, cell in zip(columns, row):
            for k, text in enumerate(cell.split("\n")):
                if text:
                    items.append(("text", x + pad, y + pad + k * PITCH, size, text))
        y += depth * PITCH + (2 * pad if ruled else PITCH / 3)
    if ruled == "box":
        for edge in row_tops + [y]:
            items.append(("rule", columns[0], edge, right, edge))
        for x in columns + [right]:
            items.append(("rule", x, top, x, y))
    elif ruled == "rows":
        for edge in row_tops + [y]:
            items.append(("rule", columns[0], edge, right, edge))
    elif ruled == "columns":
        items.append(("rule", columns[0], row_tops[1], right, row_tops[1]))
        for x in columns[1:]:
            items.append(("rule", x - 2 * PAD, top, x - 2 * PAD, y))
    return items, y + PITCH


def page(*parts: list[tuple]) -> list[tuple]:
    return [item for part in parts for item in part]
