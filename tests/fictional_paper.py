"""A one-page fictional council paper run through the whole extraction pipeline: a body's name, a
`Cabinet – date` line and a report heading, then the given paragraphs (organisations and the
publishing authority come from the real components)."""
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document, Passage, iter_passages


def run(body, *texts):
    blocks = [Block("heading", body, page=1, level=1),
              Block("paragraph", "Cabinet – 12 March 2025", page=1),
              Block("heading", "Service Delivery Review", page=1, level=1)]
    document = Document(path="paper.txt", filename="paper.txt", format="text",
                        blocks=blocks + [Block("paragraph", t, page=2) for t in texts])
    return extract(document.passages(), {}, document.filename)


def pairs(extraction):
    """(commissioner, provider) of every contract naming its provider."""
    return {(c.commissioner, c.provider) for c in extraction.contracts if c.provider}


def passages_from_lines(*items):
    """Passages read from lines as a reader would give them: `# text` is a heading, a list of rows is a
    table (no header row), anything else a paragraph."""
    blocks = []
    for item in items:
        if isinstance(item, list):
            blocks.append(Block("table", rows=item, header_rows=0))
        elif item.startswith("# "):
            blocks.append(Block("heading", text=item[2:], level=1))
        else:
            blocks.append(Block("paragraph", text=item))
    return list(iter_passages(blocks))


def passages_from_pieces(*pieces):
    """Passages from (kind, text) pairs, numbered in order, each under the heading before it."""
    passages, heading = [], None
    for i, (kind, text) in enumerate(pieces, start=1):
        heading = text if kind == "heading" else heading
        passages.append(Passage(seq=i, kind=kind, text=text, page=1, section=None, heading=heading))
    return passages


def cabinet_paper(authority, *paragraphs, title="Cabinet report", kinds=None):
    """A fictional cabinet report of ``authority`` (its name, a `Cabinet – 4 June 2025` line and ``title``), the
    given texts on page 2 as paragraphs or as the block ``kinds`` given, run through the whole pipeline."""
    blocks = [Block("heading", authority, page=1, level=1),
              Block("paragraph", "Cabinet – 4 June 2025", page=1),
              Block("heading", title, page=1, level=1)]
    kinds = kinds or ["paragraph"] * len(paragraphs)
    blocks += [Block(kind, text, page=2) for kind, text in zip(kinds, paragraphs)]
    document = Document(path="paper.txt", filename="paper.txt", format="text", blocks=blocks)
    return extract(document.passages(), {}, document.filename)


def valued(result):
    """Contracts with a value, by value."""
    return {c.value_gbp: c for c in result.contracts if c.value_gbp is not None}


def parish_minutes_decisions(*items):
    """The decisions found in a fictional parish council's minutes holding ``items`` (lines, or table rows as lists)
    between its heading, attendance and closing lines, each with its whitespace squashed."""
    from committee_papers.extract.decisions import find_decisions

    passages = passages_from_lines("# Minutes of the Ashcombe Parish Council meeting held on 11 March 2026",
                                   "Present: Cllrs Orr, Pike and Venn and the Clerk.", *items,
                                   "The meeting closed at 9.10pm.")
    return [" ".join(d.text.split()) for d in find_decisions(passages, committee="the Parish Council",
                                                             meeting_date="2026-03-11")]
