"""Put the papers of this labelled set in place from clones of their public repositories.

    python tests/gold-real-github/assemble.py CLONES_DIR

CLONES_DIR holds a clone of each repository named in ``sources.tsv``, as
``CLONES_DIR/<owner>+<name>`` or ``CLONES_DIR/<owner>/<name>`` (a bare
repository or a working copy).  Each paper is read with ``git show
<commit>:<path>``, checked against its sha256, and written to
``<set>/papers/<file>`` beside its gold; the papers are not shipped with the
project.  Then score a set with

    python bench/score_sets.py --folder realdev=tests/gold-real-github/dev
"""
from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _clone(clones: Path, repository: str) -> Path:
    owner, name = repository.split("/")
    for candidate in (clones / f"{owner}+{name}", clones / owner / name):
        for git_dir in (candidate / "repo", candidate):
            if git_dir.is_dir():
                return git_dir
    raise SystemExit(f"{repository}: no clone under {clones}")


def assemble(clones: Path) -> int:
    written = 0
    with open(HERE / "sources.tsv", newline="") as sources:
        for row in csv.DictReader(sources, delimiter="\t"):
            data = subprocess.run(["git", "-C", str(_clone(clones, row["repository"])), "show",
                                   f"{row['commit']}:{row['path']}"], capture_output=True, check=True).stdout
            if hashlib.sha256(data).hexdigest() != row["sha256"]:
                raise SystemExit(f"{row['file']}: sha256 differs from sources.tsv")
            target = HERE / row["set"] / "papers" / row["file"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            written += 1
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(f"{assemble(Path(sys.argv[1]))} papers written")
