"""Walk inputs: files, folders (recursive) and zip/tar archives, read in memory.

Nothing is ever extracted to disk. Archive members are named
``archive.zip!folder/file.txt`` (nested: ``a.zip!b.tar!c.txt``), so a member
called ``../../etc/passwd`` is only a name. Limits turn zip bombs and deep
nesting into errors, not hangs.

Example::

    >>> [r.source for r in iter_inputs(["corpus/docs"])][:1]   # doctest: +SKIP
    ['corpus/ha-tinh/ket-luan-05.txt']
"""
from __future__ import annotations

import io
import os
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from extract.errors import InputError

MAX_MEMBER_BYTES = 200 * 1024 * 1024  # one member over this is an error
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024  # all members of one archive, decompressed
MAX_DEPTH = 3  # archives nested deeper than this are an error
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


@dataclass(frozen=True)
class RawInput:
    """Bytes of one input document, or the error that stopped reading it."""

    source: str
    data: Optional[bytes] = None
    error: Optional[InputError] = None


def is_archive(name: str) -> bool:
    """``True`` for ``x.zip``, ``x.tar.gz`` …: ``is_archive("bản tin.zip")`` → True."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _wanted(name: str) -> bool:
    """Every file but hidden ones and macOS resource forks; unknown kinds are tried as text."""
    parts = name.lower().replace("\\", "/").replace("!", "/").split("/")
    return not any(p.startswith(".") and p not in (".", "..") or p == "__macosx" for p in parts)


def iter_inputs(paths: Iterable[str | os.PathLike]) -> Iterator[RawInput]:
    """Yield every document under ``paths`` in a stable order, one at a time."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(x for x in path.rglob("*") if x.is_file()):
                rel = str(f)
                if _wanted(f.relative_to(path).as_posix()):
                    yield from _iter_file(f, rel)
        elif path.exists():
            yield from _iter_file(path, str(p))
        else:
            yield RawInput(str(p), error=InputError(str(p), "read", "no such file or folder"))


def _iter_file(path: Path, source: str) -> Iterator[RawInput]:
    try:
        size = path.stat().st_size
        if size > MAX_MEMBER_BYTES:
            yield RawInput(source, error=InputError(source, "read", f"file of {size} bytes exceeds the 200 MB limit"))
            return
        data = path.read_bytes()
    except OSError as e:  # vanished between listing and reading, unreadable, …
        yield RawInput(source, error=InputError(source, "read", e.strerror or str(e)))
        return
    if is_archive(source):
        yield from iter_archive(data, source, depth=1)
    else:
        yield RawInput(source, data)


def iter_archive(data: bytes, source: str, depth: int) -> Iterator[RawInput]:
    """Members of a zip or tar archive held in memory; nested archives recurse up to MAX_DEPTH."""
    if depth > MAX_DEPTH:
        yield RawInput(source, error=InputError(source, "archive", f"archive nested deeper than {MAX_DEPTH} levels"))
        return
    try:
        if zipfile.is_zipfile(io.BytesIO(data)):
            members = _zip_members(data, source)
        elif source.lower().endswith(".zip"):
            raise InputError(source, "archive", "corrupt or truncated zip archive")
        else:
            members = _tar_members(data, source)
        for name, member in members:
            if isinstance(member, InputError):
                yield RawInput(name, error=member)
            elif is_archive(name):
                yield from iter_archive(member, name, depth + 1)
            elif _wanted(name):
                yield RawInput(name, member)
    except InputError as e:
        yield RawInput(e.source, error=e)


def _zip_members(data: bytes, source: str):
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise InputError(source, "archive", f"corrupt zip: {e}") from None
    total = 0
    for info in infos:
        name = f"{source}!{info.filename}"
        if info.file_size > MAX_MEMBER_BYTES:
            yield name, InputError(name, "archive", "member exceeds the 200 MB limit")
            continue
        try:
            with zf.open(info) as fh:
                chunk = fh.read(MAX_MEMBER_BYTES + 1)  # header sizes can lie: cap the real read
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as e:
            yield name, InputError(name, "archive", f"corrupt member: {e}")
            continue
        if len(chunk) > MAX_MEMBER_BYTES:
            yield name, InputError(name, "archive", "member exceeds the 200 MB limit (decompression bomb?)")
            continue
        total += len(chunk)
        if total > MAX_ARCHIVE_BYTES:
            raise InputError(source, "archive", "decompressed size exceeds the 2 GB limit (zip bomb?)")
        yield name, chunk


def _tar_members(data: bytes, source: str):
    try:
        tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:*")
        infos = tf.getmembers()
    except (tarfile.TarError, OSError, EOFError, ValueError) as e:
        raise InputError(source, "archive", f"not a readable zip or tar archive: {e}") from None
    total = 0
    for info in infos:
        if not info.isfile():
            continue
        name = f"{source}!{info.name}"
        if info.size > MAX_MEMBER_BYTES:
            yield name, InputError(name, "archive", "member exceeds the 200 MB limit")
            continue
        try:
            fh = tf.extractfile(info)
            chunk = fh.read(MAX_MEMBER_BYTES + 1) if fh else b""
        except (tarfile.TarError, OSError, EOFError, ValueError) as e:
            yield name, InputError(name, "archive", f"corrupt member: {e}")
            continue
        total += len(chunk)
        if total > MAX_ARCHIVE_BYTES:
            raise InputError(source, "archive", "decompressed size exceeds the 2 GB limit")
        yield name, chunk
