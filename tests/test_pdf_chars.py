"""The fast character parsing for pdfplumber pages gives pdfplumber's own objects."""
from pathlib import Path

import pytest

pdfplumber = pytest.importorskip("pdfplumber")

from ingest.readers import pdf_chars  # noqa: E402
from ingest.readers.pdf import read  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def pdfs():
    found = sorted((ROOT / "examples" / "papers").glob("*.pdf"))
    for folder in ("seeds-pdf", "real"):
        found += sorted((SHARED / folder).glob("*.pdf"))[:6]
    return found


def objects(path: Path, fast: bool):
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages[:6]:
            if fast:
                pdf_chars.fast_objects(page)
            # An image's stream is a new object on every parse: compare its repr.
            out.append({kind: [{k: repr(v) if k == "stream" else v for k, v in o.items()} for o in objs]
                        for kind, objs in page.objects.items()})
            page.close()
    return out


def test_this_pdfplumber_is_supported():
    assert pdf_chars.SUPPORTED, "pdf_chars was written for pdfplumber 0.11: check it against this version"


@pytest.mark.parametrize("path", pdfs(), ids=lambda p: p.name[:40])
def test_same_objects_as_pdfplumber(path):
    slow, fast = objects(path, False), objects(path, True)
    assert fast == slow
    for slow_page, fast_page in zip(slow, fast):
        for kind in slow_page:
            for a, b in zip(slow_page[kind], fast_page[kind]):
                assert list(a) == list(b)  # same keys in the same order
                assert [type(v) for v in a.values()] == [type(v) for v in b.values()]


def test_reader_output_unchanged(monkeypatch):
    paper = next((ROOT / "examples" / "papers").glob("*.pdf"))
    fast = read(paper, force="slow")
    monkeypatch.setattr(pdf_chars, "SUPPORTED", False)
    slow = read(paper, force="slow")
    assert [(p.kind, p.text, p.page, p.cells) for p in fast.passages()] == \
           [(p.kind, p.text, p.page, p.cells) for p in slow.passages()]
