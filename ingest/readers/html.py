"""Read HTML committee papers (CMS pages, "save as web page" exports).

The tree is walked with an explicit stack, never recursion: a page nested
hundreds of thousands of elements deep is read like any other.
"""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from .. import bullets
from ..errors import IngestError
from ..model import Block, Document
from .cells import clean_cell, pad_rows, settle_table
from .html_chrome import main_region, remove_chrome
from .structure import finish, infer_headings, strip_inline_markdown
from .text import decode

SKIPPED = {"script", "style", "nav", "footer", "noscript", "template", "head", "iframe", "svg",
           "select", "button", "form", "object", "embed"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LISTS = {"ul", "ol", "menu", "dl"}
# Elements that start a new line of text; everything else is inline.
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "header", "hr", "html", "legend", "li", "main",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "menu", "br", *HEADINGS,
}
# How deep in a cell's wrapping elements (`<div><p>`) a table makes its table a layout.
_TABLE_WRAPPER_DEPTH = 3
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
PRESERVED = ("pre", "textarea")  # elements whose line breaks are the text's own


def _strings(node):
    """Text of a node, with a line break at every block-level element (iterative).

    A line break in the page's source is a space, as a browser shows it: a ModernGov item cell
    wraps its sentences wherever the editor's export did, and those breaks must not cut a
    decision in two ("Noted the forecast position for the" / "Combined Authority's budget").
    Only a block element (<p>, <br>, <div> ...) starts a line; <pre> keeps its own lines.
    """
    parts = []
    skipped_until = None
    preserved_until = None   # the last node inside a <pre>: its whitespace is the text's own
    for item in node.descendants:
        if skipped_until is not None:
            if item is skipped_until:
                skipped_until = None
            if item is preserved_until:   # a <pre> ending in a skipped element
                preserved_until = None
            continue
        if isinstance(item, Tag):
            if item.name in SKIPPED:
                skipped_until = _last_descendant(item)
                continue
            if item.name in BLOCK_TAGS:
                parts.append("\n")
            if item.name in PRESERVED and preserved_until is None:
                preserved_until = _last_descendant(item)
        elif isinstance(item, NavigableString) and not isinstance(item, _NOT_TEXT):
            parts.append(str(item) if preserved_until is not None else _as_shown(str(item)))
        if item is preserved_until:
            preserved_until = None
    return "".join(parts)


def _as_shown(text: str) -> str:
    """A text node's whitespace as a browser shows it: each run of spaces, tabs and line breaks one space."""
    if "\n" not in text and "\r" not in text and "\t" not in text:
        return text
    words = " ".join(text.split())
    if not words:
        return " "
    return f"{' ' if text[0].isspace() else ''}{words}{' ' if text[-1].isspace() else ''}"


def _last_descendant(tag: Tag):
    last = tag
    while isinstance(last, Tag) and last.contents:
        last = last.contents[-1]
    return None if last is tag else last


def _clean(text: str) -> str:
    return strip_inline_markdown(" ".join(bullets.normalise(text).split()))


def _is_bold_line(tag: Tag, text: str) -> bool:
    bold = tag.find(["b", "strong"])
    return bold is not None and " ".join(bold.get_text(" ").split()) == text


def _table_rows(table: Tag) -> tuple[list[list[str]], str, int]:
    """Rows of a table (nested tables excluded), its caption row's text and how many rows are headers."""
    rows: list[list[str]] = []
    header_rows = 0
    all_th_prefix = True
    row_headed = False
    spans: dict[int, int] = {}  # column -> rows a rowspan still covers
    for tr in _own_rows(table):
        cells = [c for c in tr.find_all(["td", "th"], recursive=False)]
        in_head = tr.parent is not None and tr.parent.name == "thead"
        is_header = in_head or (cells and all(c.name == "th" for c in cells))
        row: list[str] = []
        col = 0
        for cell in cells:
            while spans.get(col):
                spans[col] -= 1
                row.append("")
                col += 1
            text = clean_cell(_strings(cell))
            width = _span(cell, "colspan")
            # A label spanning columns labels each of them; a value is stored once.
            row.extend([text] * width if is_header else [text] + [""] * (width - 1))
            height = _span(cell, "rowspan")
            for c in range(col, col + width):
                if height > 1:
                    spans[c] = height - 1
            col += width
        while spans.get(col):
            spans[col] -= 1
            row.append("")
            col += 1
        if not any(row):
            continue
        if len(cells) > 1 and cells[0].name == "th" and not is_header:
            row_headed = True
        if is_header and all_th_prefix:
            header_rows += 1
        else:
            all_th_prefix = False
        rows.append(row)
    rows = pad_rows(rows)
    # A table whose rows start with <th> labels (a cover sheet's "Date | 20 May
    # 2025") has row headers, not a header row.
    if row_headed and header_rows == 0:
        return rows, "", 0
    return settle_table(rows, header_rows)


def _definition_rows(dl: Tag) -> list[list[str]] | None:
    """A description list of name-value pairs (``<dt>Date</dt><dd>7 March 2024</dd>``) as
    two-column rows, as a cover sheet's table would give them; None when it holds anything
    else (nested lists or tables, a term without a value, text outside its terms)."""
    items: list[Tag] = []
    for child in dl.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, _NOT_TEXT) and str(child).strip():
                return None
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "div":  # HTML5 allows each pair wrapped in a <div>
            for inner in child.children:
                if isinstance(inner, Tag):
                    items.append(inner)
                elif isinstance(inner, NavigableString) and not isinstance(inner, _NOT_TEXT) and str(inner).strip():
                    return None
        else:
            items.append(child)
    rows: list[list[str]] = []
    for item in items:
        if item.name not in ("dt", "dd") or item.find(list(LISTS | {"table"})) is not None:
            return None
        text = _clean(_strings(item))
        if item.name == "dt":
            rows.append([text, ""])
        elif not rows:
            return None
        elif text:
            rows[-1][1] = f"{rows[-1][1]}; {text}" if rows[-1][1] else text
    if not rows or any(not name or not value for name, value in rows):
        return None
    return rows


def _own_rows(table: Tag):
    """The table's rows, not those of tables nested in its cells (found without searching them)."""
    for child in table.children:
        if not isinstance(child, Tag):
            continue
        if child.name == "tr":
            yield child
        elif child.name in ("thead", "tbody", "tfoot"):
            yield from (row for row in child.children if isinstance(row, Tag) and row.name == "tr")


def _lays_out_page(table: Tag) -> bool:
    """Whether the table lays out a page rather than holding data: one of its own cells holds a table of its own
    (directly or in a few wrapping elements) and it declares no header cell or caption, as an editor's layout
    table (item numbers beside the minutes' text) does not; a data table whose cells nest a table (a meeting
    page's agenda items, `No. | Item` headed) keeps its rows.  Searched by hand to a bounded depth: bs4's `find`
    walks every descendant's own last descendant, quadratic in a deeply nested page."""
    if table.find("caption", recursive=False) is not None:
        return False
    rows = list(_own_rows(table))
    if any(row.find("th", recursive=False) is not None for row in rows):
        return False
    for row in rows:
        stack = [(cell, 0) for cell in row.find_all(["td", "th"], recursive=False)]
        while stack:
            node, depth = stack.pop()
            for child in node.contents:
                if not isinstance(child, Tag):
                    continue
                if child.name == "table":
                    return True
                if depth < _TABLE_WRAPPER_DEPTH:
                    stack.append((child, depth + 1))
    return False


def _span(cell: Tag, attribute: str) -> int:
    try:
        return max(1, min(int(str(cell.get(attribute, 1)).strip() or 1), 1000))
    except ValueError:
        return 1


class _Walker:
    def __init__(self):
        self.blocks: list[Block] = []
        self.inline: list[str] = []
        self.standalone: set[int] = set()  # paragraphs that were a whole <p>
        self.bold: set[int] = set()

    def flush_inline(self):
        if self.inline:
            text = _clean("".join(self.inline))
            if text:
                self.blocks.append(Block("paragraph", text, 1))
            self.inline = []

    def walk(self, root: Tag):
        # (node, how many lists it sits in): depth is carried down, never
        # recomputed from ancestors, so deep nesting stays linear.
        stack = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            if isinstance(node, NavigableString):
                if not isinstance(node, _NOT_TEXT):
                    self.inline.append(str(node))
                continue
            if not isinstance(node, Tag) or node.name in SKIPPED:
                continue
            name = node.name
            if name not in BLOCK_TAGS:
                self.inline.append(_strings(node))
                continue
            self.flush_inline()
            if name in HEADINGS:
                text = _clean(_strings(node))
                if text:
                    self.blocks.append(Block("heading", text, 1, level=HEADINGS[name]))
            elif name == "table" and _lays_out_page(node):
                # A layout table (an item number column beside the minutes' text, a payments table inside a
                # cell): its cells are the page's text, each block read as if the table were not there.
                stack.extend((child, depth) for child in reversed(node.contents))
            elif name == "table":
                rows, caption, header_rows = _table_rows(node)
                element = node.find("caption", recursive=False)
                if element is not None and (named := _clean(_strings(element))):
                    caption = f"{named} {caption}".strip()
                if rows:
                    self.blocks.append(Block("table", page=1, rows=rows, header_rows=header_rows,
                                             row_pages=[1] * len(rows), caption=caption))
            elif name == "dl" and (pairs := _definition_rows(node)):
                self.blocks.append(Block("table", page=1, rows=pairs, header_rows=0,
                                         row_pages=[1] * len(pairs)))
            elif name in ("li", "dt", "dd"):
                nested = [c for c in node.children if isinstance(c, Tag) and c.name in LISTS | {"table"}]
                own = [c for c in node.children if not (isinstance(c, Tag) and c.name in LISTS | {"table"})]
                text = _clean(" ".join(_strings(c) if isinstance(c, Tag) else str(c)
                                       for c in own if not isinstance(c, _NOT_TEXT)))
                if text:
                    self.blocks.append(Block("list_item", text, 1, level=max(depth, 1)))
                stack.extend((child, depth) for child in reversed(nested))
            elif name == "p":
                text = _clean(_strings(node))
                if not text:
                    continue
                if (item := bullets.bulleted_item(text)) is not None:
                    self.blocks.append(Block("list_item", item, 1, level=max(depth, 1)))
                    continue
                self.standalone.add(len(self.blocks))
                if _is_bold_line(node, text):
                    self.bold.add(len(self.blocks))
                self.blocks.append(Block("paragraph", text, 1))
            elif name in ("br", "hr"):
                continue
            else:
                inner = depth + 1 if name in LISTS else depth
                stack.extend((child, inner) for child in reversed(node.contents))
        self.flush_inline()


def fragment_blocks(markup: str) -> tuple[list[Block], set[int], set[int]]:
    """The blocks of a piece of HTML inside another format's text (a Markdown export's `<table>`), with the indexes
    of its paragraphs that were a whole `<p>` and of those that were bold, as ``infer_headings`` takes them."""
    walker = _Walker()
    soup = BeautifulSoup(markup, "lxml")
    walker.walk(soup.body or soup)
    return walker.blocks, walker.standalone, walker.bold


def _meta(soup, *names) -> str | None:
    """The first of the named <meta> tags (by `name` or Open Graph's `property`) with content."""
    for name in names:
        for attribute in ("name", "property"):
            tag = soup.find("meta", attrs={attribute: lambda v, n=name: v and v.lower() == n})
            if tag and tag.get("content", "").strip():
                return " ".join(tag["content"].split())
    return None


def _page_properties(soup) -> dict:
    """What the page says about itself: hints for metadata, never facts.

    `title` is the document's own title (<title>, else DC/Open Graph title);
    `h1` the page's first top-level heading; `site_name` the site that publishes
    it (og:site_name, application-name, DC.publisher); `description` its summary.
    """
    properties = {}
    if soup.title and soup.title.string and soup.title.string.strip():
        properties["title"] = " ".join(soup.title.string.split())
    elif title := _meta(soup, "dc.title", "og:title"):
        properties["title"] = title
    if (og_title := _meta(soup, "og:title")) and og_title != properties.get("title"):
        properties["og_title"] = og_title
    if author := _meta(soup, "author", "dc.creator"):
        properties["author"] = author
    if site := _meta(soup, "og:site_name", "application-name", "dc.publisher", "publisher"):
        properties["site_name"] = site
    if description := _meta(soup, "description", "dc.description", "og:description"):
        properties["description"] = description[:300]
    heading = (soup.body or soup).find("h1")
    if heading is not None and (h1 := _clean(_strings(heading))):
        properties["h1"] = h1
    return properties


def _symbol_font_bullets(body: Tag) -> None:
    """Make "•" of the one-character runs a Word export set in a symbol font before a paragraph's
    text (`<span style="font-family:Symbol">·&nbsp;&nbsp;</span>`, Wingdings' "§" or "Ø"): read as
    letters they are a middle dot, a section sign or an O with a stroke."""
    for tag in body.find_all(["span", "font"]):
        font = (tag.get("style") or "") + " " + (tag.get("face") or "")
        if not bullets.SYMBOL_FONT_RE.search(font):
            continue
        shown = tag.get_text()
        if len(shown.strip()) == 1 and not shown.strip().isdigit():
            tag.clear()
            tag.append(f"{bullets.BULLET} ")


def read(path) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    try:
        text = decode(data)
    except IngestError:
        raise IngestError("not an HTML file (binary data)") from None
    soup = BeautifulSoup(text, "lxml")
    properties = _page_properties(soup)
    body = soup.body or soup
    furniture = remove_chrome(body)
    if furniture:
        # The page's banner and footer name whoever publishes it.
        properties["page_furniture"] = " | ".join(furniture)[:1000]
    if bullets.SYMBOL_FONT_RE.search(text):  # one scan of the page spares a walk of every span
        _symbol_font_bullets(body)
    walker = _Walker()
    walker.walk(main_region(body) or body)
    return Document(path=str(path), filename=path.name, format="html", pages=1,
                    blocks=finish(infer_headings(walker.blocks, walker.standalone, walker.bold)), properties=properties)
