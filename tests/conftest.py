from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "papers"


@pytest.fixture
def shared_corpus():
    """../shared/corpus when it is beside the checkout; tests skip otherwise."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return corpus


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kb.db"


@pytest.fixture(scope="session")
def nlp():
    """A pipeline of the organisation and metadata components alone, for tests of those two."""
    import spacy

    import committee_papers.extract.metadata  # noqa: F401  (registers cp_metadata)
    import committee_papers.extract.organisations  # noqa: F401  (registers cp_organisations)

    pipeline = spacy.blank("en")
    pipeline.add_pipe("cp_organisations")
    pipeline.add_pipe("cp_metadata")
    return pipeline


def save_lines(store, nlp, name, *lines):
    """Store a paper of one paragraph per line, its facts made by ``nlp``; returns its id."""
    from committee_papers.extract.paper import make_paper_doc
    from committee_papers.ingest.model import Block, Document, iter_passages

    passages = list(iter_passages([Block("paragraph", text=line) for line in lines]))
    doc = make_paper_doc(nlp, passages)
    for _name, component in nlp.pipeline:
        doc = component(doc)
    document = Document(path=f"/papers/{name}", filename=name, format="text", sha256=name * 4,
                        blocks=[Block("paragraph", text=line) for line in lines])
    return store.save(document, passages, doc._.extraction)[0]
