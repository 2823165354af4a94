"""Which build of the extractors made a document's facts.

The version is a digest of the extractor package's own files (code and rule
data), so it changes whenever anything that decides a fact changes and never
needs bumping by hand.  ``committee-papers extract`` redoes only documents whose
stored version differs: a re-extraction killed midway is finished by the next
run, and an unchanged document with unchanged extractors is skipped.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

# What counts as the extractors: their code and the rule files beside it.
_SOURCE_SUFFIXES = {".py", ".yml", ".yaml", ".json", ".csv", ".tsv", ".txt"}


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A short digest of every extractor source and rule file, by relative path."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in _SOURCE_SUFFIXES
                       and "__pycache__" not in p.parts):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]
