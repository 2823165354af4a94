"""Serving a document's original file only while it is still the ingested bytes.

A stored path is a promise about bytes, not about whatever the path names
today: the file may since have been rewritten in place, or replaced by a
symlink to another file of the same size.  So the file is opened once, without
following a symlink in its last component (O_NOFOLLOW), checked through that
handle (fstat: a regular file, of the stored size; the stored mtime, or else
the stored sha256) and streamed from that same handle.

Symlinks: a path that was a symlink when it was ingested (or has become one)
is served only when the symlink resolves to a file inside a folder the
knowledge base ingested from (the folder of any recorded path, or below it),
and the bytes there still check out.  A symlink leading anywhere else is
never followed.
"""
from __future__ import annotations

import asyncio
import hashlib
import mimetypes
import os
import stat
from dataclasses import dataclass
from typing import Optional
from urllib.parse import quote

CHUNK = 1 << 16
OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
              # A FIFO put in the file's place must not block the open.
              | getattr(os, "O_NONBLOCK", 0))


@dataclass
class Recorded:
    """One path a document was found at, with the size and mtime seen then."""

    path: str
    size: Optional[int]
    mtime: Optional[float]


class Unavailable(Exception):
    """Why the original cannot be served; ``status`` 404 (gone) or 410 (changed)."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def inside(path: str, folders) -> bool:
    return any(os.path.commonpath([path, folder]) == folder for folder in folders)


def ingested_folders(paths) -> set[str]:
    """The real folders the knowledge base's recorded paths are in."""
    return {os.path.realpath(os.path.dirname(p)) for p in paths if p}


def _open_no_symlink(path: str, folders) -> int:
    try:
        return os.open(path, OPEN_FLAGS)
    except OSError as exc:
        if not os.path.islink(path):
            raise Unavailable("the original file is no longer where it was ingested from", 404) from exc
    real = os.path.realpath(path)
    if not inside(real, folders):
        raise Unavailable("the original's path is a symlink leading outside the ingested folders; "
                          "it is not followed", 404)
    try:
        # realpath has no symlinks left; O_NOFOLLOW catches one swapped in since.
        return os.open(real, OPEN_FLAGS)
    except OSError as exc:
        raise Unavailable("the original file is no longer where it was ingested from", 404) from exc


def _sha256_from(fd: int) -> str:
    digest = hashlib.sha256()
    while block := os.read(fd, 1 << 20):
        digest.update(block)
    return digest.hexdigest()


def open_original(recorded: Recorded, sha256: str, folders, verify_bytes: bool = True):
    """An open binary file holding the ingested bytes, positioned at the start.

    Size must match; a matching mtime is trusted as ingest trusts it (an
    unchanged file is not re-hashed), otherwise the sha256 decides.  With
    ``verify_bytes`` False (a cheap look for the document page) no hashing is
    done and the caller must close the file.  Raises Unavailable.
    """
    fd = _open_no_symlink(recorded.path, folders)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Unavailable("the original's path no longer holds a regular file", 410)
        if recorded.size is not None and st.st_size != recorded.size:
            raise Unavailable("the original file has changed since it was ingested", 410)
        if verify_bytes and (recorded.mtime is None or st.st_mtime != recorded.mtime):
            if _sha256_from(fd) != sha256:
                raise Unavailable("the original file has changed since it was ingested", 410)
            os.lseek(fd, 0, os.SEEK_SET)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), st.st_size
    except BaseException:
        os.close(fd)
        raise


def first_available(candidates: list[Recorded], sha256: str, folders, verify_bytes: bool = True):
    """Try each recorded path of the document in turn; the first that checks out."""
    failure = Unavailable("no path is recorded for the original file", 404)
    for recorded in candidates:
        try:
            return open_original(recorded, sha256, folders, verify_bytes)
        except Unavailable as exc:
            # A changed file says more than a missing one.
            if failure.status == 404:
                failure = exc
    raise failure


def content_disposition(filename: str, disposition: str = "attachment") -> str:
    """RFC 6266 ``attachment`` (or ``inline``) with an ASCII fallback and an
    RFC 5987 UTF-8 name.

    The fallback keeps printable ASCII except the characters that end or
    escape a quoted string or start a parameter (``"``, ``\\``, ``;``) and
    ``%`` (which some clients decode); control characters such as newlines
    can never reach the header.
    """
    name = filename or "original"
    fallback = "".join(c if 0x20 <= ord(c) < 0x7F and c not in '"\\;%' else "_" for c in name)
    return f"{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


class OpenFileResponse:
    """Streams an already open, already checked file (Datasette calls asgi_send)."""

    def __init__(self, fh, size: int, filename: str, headers: dict, disposition: str = "attachment"):
        self.fh = fh
        self.disposition = disposition
        self.size = size
        self.filename = filename
        self.headers = dict(headers)

    def set_cookie(self, *args, **kwargs):
        """Datasette passes pending flash messages this way; a download drops them."""

    async def asgi_send(self, send):
        content_type = mimetypes.guess_type(self.filename)[0] or "application/octet-stream"
        headers = {**self.headers, "content-type": content_type, "content-length": str(self.size),
                   "content-disposition": content_disposition(self.filename, self.disposition)}
        try:
            await send({"type": "http.response.start", "status": 200,
                        "headers": [[k.encode("latin-1"), v.encode("latin-1")] for k, v in headers.items()]})
            # Only the checked size is sent, even if the file has grown since.
            remaining = self.size
            while True:
                block = await asyncio.to_thread(self.fh.read, min(CHUNK, remaining)) if remaining else b""
                remaining -= len(block)
                # An empty read ends the response (also when the file shrank under us).
                done = not block or remaining == 0
                await send({"type": "http.response.body", "body": block, "more_body": not done})
                if done:
                    break
        finally:
            self.fh.close()
