"""Find the papers under the paths a user names.

Folders are walked recursively in a stable order.  Symlinks are followed, but a
folder already visited (by its device and inode) is never entered twice, so a
symlink loop ends in one note instead of running forever.  Only regular files
are papers: a named pipe, socket or device (a FIFO called ``x.pdf``, a link to
``/dev/zero``) is reported and never opened, since opening a FIFO blocks until
something writes to it and a device can be read for ever.  Anything that
cannot be listed is reported, not fatal.  ``exclude`` patterns (shell globs,
as ``--exclude``) leave out files and folders: a pattern matches a name
(``SOURCES.md``, ``drafts``) or a path below a named folder (``*/appendices/*.pdf``).
"""
from __future__ import annotations

import errno
import fnmatch
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


def discover(paths, exclude: tuple[str, ...] = ()) -> Iterator[Found]:
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    for raw in paths:
        # Absolute (symlinks kept as named): a stored path must mean the same
        # file whatever folder the next run or the web site starts from.
        root = Path(os.path.abspath(raw))
        yield from _walk(root, seen_dirs, seen_files, top=True, excluded=_excluder(root, exclude))


def _excluder(root: Path, patterns: tuple[str, ...]):
    """Whether a path under ``root`` is left out: a pattern matches its name, or
    its path relative to the folder named (``drafts/*.pdf``), with / separators."""
    def excluded(path: Path) -> Optional[str]:
        try:
            relative = path.relative_to(root).as_posix()
        except ValueError:
            relative = path.name
        for pattern in patterns:
            if fnmatch.fnmatch(path.name, pattern) or fnmatch.fnmatch(relative, pattern) \
                    or fnmatch.fnmatch(relative, pattern.rstrip("/") + "/*"):
                return pattern
        return None
    return excluded


def _walk(path: Path, seen_dirs, seen_files, top=False, excluded=lambda path: None) -> Iterator[Found]:
    pattern = None if top else excluded(path)
    if pattern is not None:
        yield Found(path, f"excluded by --exclude {pattern}", skipped=True)
        return
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
            yield from _walk(Path(entry.path), seen_dirs, seen_files, excluded=excluded)
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
