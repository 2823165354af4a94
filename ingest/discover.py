"""Find the papers under the paths a user names.

Folders are walked recursively in a stable order.  Symlinks are followed, but a
folder already visited (by its device and inode) is never entered twice, so a
symlink loop ends in one note instead of running forever.  Anything that cannot
be listed is reported, not fatal.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from .registry import supported


@dataclass
class Found:
    """A path to ingest (``problem`` is None), skip (``skipped``) or report."""

    path: Path
    problem: Optional[str] = None
    skipped: bool = False


def discover(paths) -> Iterator[Found]:
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    for raw in paths:
        # Absolute (symlinks kept as named): a stored path must mean the same
        # file whatever folder the next run or the web site starts from.
        yield from _walk(Path(os.path.abspath(raw)), seen_dirs, seen_files, top=True)


def _walk(path: Path, seen_dirs, seen_files, top=False) -> Iterator[Found]:
    try:
        is_dir = path.is_dir()
    except OSError as exc:
        yield Found(path, f"cannot read: {exc.strerror or exc}")
        return
    if is_dir:
        try:
            st = path.stat()
        except OSError as exc:
            yield Found(path, f"cannot read folder: {exc.strerror or exc}")
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            yield Found(path, "folder already visited (symlink loop), not followed again", skipped=True)
            return
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as exc:
            yield Found(path, f"cannot list folder: {exc.strerror or exc}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            yield from _walk(Path(entry.path), seen_dirs, seen_files)
        return
    if not path.exists():
        if path.is_symlink():
            yield Found(path, "broken symlink or symlink loop")
        else:
            yield Found(path, "no such file or folder")
        return
    if not supported(path):
        if top:
            yield Found(path, f"not a supported paper format ({path.suffix or 'no extension'})", skipped=True)
        else:
            yield Found(path, f"skipped: not a supported paper format ({path.suffix or 'no extension'})", skipped=True)
        return
    real = os.path.realpath(path)
    if real in seen_files:
        return
    seen_files.add(real)
    yield Found(path)
