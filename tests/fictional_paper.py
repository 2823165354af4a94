"""A one-page fictional council paper run through the whole extraction pipeline: a body's name, a
`Cabinet – date` line and a report heading, then the given paragraphs (organisations and the
publishing authority come from the real components)."""
from committee_papers.extract.pipeline import extract
from committee_papers.ingest.model import Block, Document


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
