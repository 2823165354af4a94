"""Site chrome of a web page: what a council CMS or ModernGov wraps around the paper.

Navigation, page header and footer landmarks, breadcrumbs, cookie banners, skip
links, menus and sidebars are not the paper: read as text they give titles such
as `Skip to main content` and committees such as `Council and democracy >`.
They are recognised by their HTML5 element, their ARIA role, or the words of
their id and class (`cookie-banner`, `govuk-breadcrumbs`, `mgSideBar`); the
page's main region (`<main>`, `role="main"`, `id="content"`) is read when it has one.

Chosen over a general-purpose extractor (trafilatura, readability-lxml): both were
measured on fictional council pages and the seed pages (see the branch notes); they
keep a page's prose but drop or flatten what a committee paper's facts live in
(cover-sheet definition lists, short `Date: ...` lines, table structure), and
they need no help finding chrome that councils mark up this plainly.
"""
from __future__ import annotations

import re

from bs4.element import Tag

# Elements that are chrome wherever they are.
CHROME_TAGS = {"nav", "aside"}
# Landmarks that are chrome only as the page's own banner or footer: a <header>
# inside an <article> or <main> is the paper's own heading block.
PAGE_LANDMARK_TAGS = {"header", "footer"}
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
                "alertdialog", "dialog"}
# Words of an id or class that name chrome (split at case changes, `-` and `_`).
CHROME_WORDS = {"nav", "menu", "skip", "social", "share", "sharing", "related", "header", "gdpr"}
# Longer words that name chrome inside a run-together name too (`mgSideBar`, `sitefooter`).
CHROME_STEMS = ("breadcrumb", "cookie", "consent", "skiplink", "sidebar", "navbar", "navigation", "topmenu",
                "leftnav", "masthead", "footer", "banner", "toolbar")
# Words that keep an element whose other words look like chrome: `report-header`
# and `table-header` are part of the paper.
CONTENT_WORDS = {"report", "table", "item", "agenda", "decision", "minutes", "cover", "document", "article",
                 "meeting"}
MAIN_IDS = {"main", "maincontent", "main-content", "content", "page-content", "pagecontent", "primary",
            "mgmain", "main_content"}
SKIP_LINK_RE = re.compile(r"^\s*skip\s+(?:to|navigation)\b", re.I)
_WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


# A class naming what an element is laid out with (`site-has-sidebar`, `page-with-nav`): the words after `has` or
# `with` name what sits beside it, not what it is (the page's content column has a sidebar; it is none).
LAYOUT_WITH_WORDS = ("has", "with")


def _without_layout_with(name: str) -> str:
    """``name`` up to a `has`/`with` part: `site-has-sidebar` -> `site`, `menu-with-icons` -> `menu`."""
    parts = name.replace("_", "-").split("-")
    cut = next((i for i, part in enumerate(parts) if part.lower() in LAYOUT_WITH_WORDS), None)
    return name if cut is None else "-".join(parts[:cut])


def _words(tag: Tag) -> set[str]:
    names = [str(tag.get("id") or "")] + [_without_layout_with(str(c)) for c in (tag.get("class") or [])]
    words = set()
    for name in names:
        joined = name.lower().replace("_", "-")
        words.add(joined.replace("-", ""))
        words.update(part.lower() for part in _WORD_RE.findall(name))
        words.update(part for part in joined.split("-") if part)
    return words


def _inside_content(tag: Tag) -> bool:
    parent = tag.parent
    while isinstance(parent, Tag):
        if parent.name in ("article", "main") or str(parent.get("role") or "").lower() == "main":
            return True
        parent = parent.parent
    return False


def is_chrome(tag: Tag) -> bool:
    if tag.name in CHROME_TAGS:
        return True
    role = str(tag.get("role") or "").lower()
    if role in CHROME_ROLES and not (role == "banner" and (_inside_content(tag) or _is_paper_heading(tag))):
        return True
    if tag.name == "a" and SKIP_LINK_RE.match(tag.get_text(" ")):
        return True
    if tag.name in PAGE_LANDMARK_TAGS and not _inside_content(tag):
        return tag.name == "footer" or not _is_paper_heading(tag)
    if tag.name in ("table", "tr", "td", "th", "html", "body", "main", "article", "h1"):
        return False  # table cells are judged by _chrome_cell; the page's own regions stay
    words = _words(tag)
    if not (words & CHROME_WORDS or any(stem in word for word in words for stem in CHROME_STEMS)):
        return False
    if words & {"header", "masthead", "banner"} and _is_paper_heading(tag):
        return False
    return not (words & CONTENT_WORDS)


def _is_paper_heading(tag: Tag) -> bool:
    """A header block that is the paper's own (`<header><h1>Cabinet report</h1><p>Date: ...`):
    it holds a heading and is not mostly links, as a site's banner of logo and menu is."""
    if tag.find(["h1", "h2"]) is None:
        return False
    words = len(tag.get_text(" ").split())
    linked = sum(len(a.get_text(" ").split()) for a in tag.find_all("a"))
    return words > 0 and linked < 0.5 * words


def remove_chrome(root: Tag) -> list[str]:
    """Remove site chrome under ``root``; the text of what was removed as page footer
    or banner (who publishes the page), in page order."""
    found = [tag for tag in root.find_all(True) if is_chrome(tag) or _chrome_cell(tag)]
    # Menus first, so that a banner's text is its own and not its menu's.
    found.sort(key=_is_furniture)
    furniture = []
    for tag in found:
        if tag.decomposed:
            continue
        if _is_furniture(tag):
            text = " ".join(tag.get_text(" ").split())
            if text:
                furniture.append(text[:500])
        tag.decompose()
    return furniture


def _chrome_cell(tag: Tag) -> bool:
    """A layout table's navigation column: `<td id="leftnav" class="sidebar">`."""
    if tag.name != "td":
        return False
    words = _words(tag)
    return bool(words & {"sidebar", "leftnav", "navigation", "nav", "menu"}) and not words & CONTENT_WORDS


def _is_furniture(tag: Tag) -> bool:
    role = str(tag.get("role") or "").lower()
    words = _words(tag)
    return tag.name in ("header", "footer") or role in ("banner", "contentinfo") \
        or any(stem in word for word in words for stem in ("footer", "header", "masthead"))


def main_region(root: Tag) -> Tag | None:
    """The page's main region, when it marks one that holds text."""
    candidates = root.find_all("main") or root.find_all(attrs={"role": "main"})
    if not candidates:
        candidates = [tag for tag in root.find_all(["div", "td", "section", "article"], id=True)
                      if str(tag.get("id")).lower() in MAIN_IDS]
    for tag in candidates:
        if len(tag.get_text(" ").split()) >= 20:
            return tag
    return None
