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
