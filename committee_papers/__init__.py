"""committee-papers: UK council and NHS committee papers → SQLite knowledge base.

The pipeline's stages are subpackages: ``committee_papers.ingest`` (read),
``committee_papers.extract`` (extract), ``committee_papers.db`` (store) and
``committee_papers.publish`` (publish).  In the wheel they are folders of this
package; in a source checkout they sit at the top of the repository, where the
layout shows the pipeline, and this package's path covers them there.
"""
from pathlib import Path as _Path

__version__ = "0.1.0"

_here = _Path(__file__).resolve().parent
if not (_here / "ingest").is_dir() and (_here.parent / "ingest" / "registry.py").is_file():
    __path__.append(str(_here.parent))  # noqa: F821 (a package's __path__)


def refuse_second_copy(stage: str) -> None:
    """Refuse a stage imported by its bare folder name (``extract`` rather than
    ``committee_papers.extract``).  In a checkout the repository's root is on ``sys.path`` (for this
    package), so the bare name would load a second copy of every module of the stage, with its own
    caches; spaCy keeps the component of whichever copy registered a name first, so the pipeline
    would run one copy while its callers read and patch the other."""
    if not stage.startswith(__name__ + "."):
        raise ImportError(f"import {__name__}.{stage}, not {stage}: the bare name loads a second copy "
                          "of the stage's modules (see committee_papers.refuse_second_copy)")
