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
