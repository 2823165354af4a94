"""Find the papers under the paths a user names.

Folders are walked recursively in a stable order.  Symlinks are followed, but a
folder already visited (by its device and inode) is never entered twice, so a
symlink loop ends in one note instead of running forever.  Only regular files
are papers: a named pipe, socket or device (a FIFO called ``x.pdf``, a link to
``/dev/zero``) is reported and never opened, since opening a FIFO blocks until
something writes to it and a device can be read for ever.  Anything that
cannot be listed is reported, not fatal.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from .registry import not_regular, supported

@dataclass
class Found:
    """A path to ingest (``problem`` is None), skip (``skipped``) or report."""

    path: Path
    problem: Optional[str] = None
    skipped: bool = False


def printable(path) -> str:
    """A path as text that can be printed and stored in SQLite.

    A name that is not valid UTF-8 reaches Python with its bad bytes as lone
    surrogates, which neither the terminal nor SQLite accept; they are written
    as ``\\xNN`` escapes instead (``café`` in Latin-1 becomes ``caf\\xe9``).
    Valid names are unchanged.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def discover(paths) -> Iterator[Found]:
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    for raw in paths:
        # Absolute (symlinks kept as named): a stored path must mean the same
        # file whatever folder the next run or the web site starts from.
        yield from _walk(Path(os.path.abspath(raw)), seen_dirs, seen_files, top=True)


def _walk(path: Path, seen_dirs, seen_files, top=False) -> Iterator[Found]:
    try:
        st = os.stat(path)  # follows symlinks: a link is what it points at
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR):
            yield Found(path, "broken symlink or symlink loop" if path.is_symlink() else "no such file or folder")
        else:
            yield Found(path, f"cannot read: {exc.strerror or exc}")
        return
    if stat.S_ISDIR(st.st_mode):
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
    if not supported(path):
        if top:
            yield Found(path, f"not a supported paper format ({path.suffix or 'no extension'})", skipped=True)
        else:
            yield Found(path, f"skipped: not a supported paper format ({path.suffix or 'no extension'})", skipped=True)
        return
    reason = not_regular(st.st_mode)
    if reason:
        yield Found(path, reason)
        return
    real = os.path.realpath(path)
    if real in seen_files:
        return
    seen_files.add(real)
    yield Found(path)
