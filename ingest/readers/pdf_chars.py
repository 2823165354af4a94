"""pdfplumber's page objects, made faster for characters, same result.

Two thirds of a table page's time in pdfplumber goes on turning each pdfminer
``LTChar`` into a dict (``Page.process_object``): every attribute passes
through ``resolve_all`` and the colour space name through a per-character
PDFDocEncoding decode, although a character's attributes are plain numbers,
strings and tuples of numbers.  :func:`fast_objects` gives one page a
``process_object`` that builds the same dict (same keys, order, values and
types) directly for characters and hands everything else, and any character
with an unusual attribute, to pdfplumber's own.  ``tests/test_pdf_chars.py``
checks the two agree on every object of the test and real PDFs.
"""
from __future__ import annotations

import types

import pdfplumber
from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, Page
from pdfplumber.utils.pdfinternals import resolve_and_decode

# Written against pdfplumber 0.11's Page.process_object; another version keeps its own.
SUPPORTED = pdfplumber.__version__.startswith("0.11.")
_NUMBERS = {int, float}
_PLAIN = {int, float, str, bool, type(None)}
_decoded: dict[str, str] = {}


def _decode_name(name):
    if type(name) is not str:
        return resolve_and_decode(name)
    value = _decoded.get(name)
    if value is None:
        value = _decoded[name] = resolve_and_decode(name)
    return value


def _process_object(self, obj):
    if type(obj) is not LTChar or self.pdf.unicode_norm is not None:
        return Page.process_object(self, obj)
    attr = {}
    for key, value in obj.__dict__.items():
        if key in ALL_ATTRS:
            kind = type(value)
            if kind not in _PLAIN and not (kind is tuple and set(map(type, value)) <= _NUMBERS):
                return Page.process_object(self, obj)  # something to resolve: pdfplumber's way
            attr[key] = value
    if isinstance(attr.get("fontname"), bytes):
        return Page.process_object(self, obj)
    attr["object_type"] = "char"
    attr["page_number"] = self.page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            attr[cs] = _decode_name(getattr(obj, cs).name)
    attr["text"] = obj.get_text()
    gs = obj.graphicstate
    attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
    attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
    mb_x0, mb_top = self.mediabox[:2]
    if "y0" in attr:
        attr["top"] = (self.height - attr["y1"]) + mb_top
        attr["bottom"] = (self.height - attr["y0"]) + mb_top
        attr["doctop"] = self.initial_doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr


def fast_objects(page):
    """``page`` (a pdfplumber Page), parsing its characters the fast way."""
    if SUPPORTED:
        page.process_object = types.MethodType(_process_object, page)
    return page
