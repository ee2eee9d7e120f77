"""Walk inputs: files, folders (recursive) and zip/tar archives, read in memory.

Nothing is ever extracted to disk. Archive members are named
``archive.zip!folder/file.txt`` (nested: ``a.zip!b.tar!c.txt``), so a member
called ``../../etc/passwd`` is only a name. Limits turn zip bombs and deep
nesting into errors, not hangs.

A folder walk (and an archive's members) reads document kinds only: ``.txt``, ``.html``/``.htm``,
``.docx``, ``.pdf``, archives, and files without an extension that look like text (``all_files``
reads every kind). Hidden names, macOS metadata (``._*``, ``__MACOSX``), symlinks and special files
are skipped; each skipped input is handed to ``on_skip(source, why)``, so it is counted. Those rules
look only at names below the path the user gave: a file or archive the user
names is read wherever it lies (``~/.cache/bundle.zip``), and ``!`` in a real name is a letter.

Example::

    >>> [r.source for r in iter_inputs(["corpus/docs"])][:1]   # doctest: +SKIP
    ['corpus/ha-tinh/ket-luan-05.txt']
"""
from __future__ import annotations

import io
import lzma
import os
import re
import stat
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from extract.errors import InputError, printable
from extract.io.names import member_name, tar_member_name
from extract.io.sniff import binary_kind, looks_like_text

MAX_MEMBER_BYTES = 200 * 1024 * 1024  # one member over this is an error
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024  # all members of one archive, decompressed
MAX_DEPTH = 3  # archives nested deeper than this are an error
# .rar and .7z are walked as archives so that they are named in errors ("a RAR archive"), not skipped
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".rar", ".7z")
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".docx", ".pdf")
SNIFF_BYTES = 4096
# why an input is skipped on purpose (the summary says "3 hidden, 2 not documents")
HIDDEN, MACOS, SYMLINK, SPECIAL, NOT_DOCUMENT = "hidden", "macOS metadata", "symlinks", "special files", "not documents"
_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")  # ".txt", ".docx"; not "Số 12.2024" nor "Khẩn!"


@dataclass(frozen=True)
class RawInput:
    """Bytes of one input document, or the error that stopped reading it."""

    source: str
    data: Optional[bytes] = None
    error: Optional[InputError] = None


def is_archive(name: str) -> bool:
    """``True`` for ``x.zip``, ``x.tar.gz`` …: ``is_archive("bản tin.zip")`` → True."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def hidden_reason(rel: str) -> Optional[str]:
    """Why a name below the given path is skipped: ``hidden_reason("a/.git/x")`` → ``"hidden"``,
    ``hidden_reason("__MACOSX/._a.txt")`` → ``"macOS metadata"``, ``hidden_reason("../a.txt")`` → None."""
    parts = [p for p in rel.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    if any(p.lower() == "__macosx" or p.startswith("._") for p in parts):
        return MACOS
    return HIDDEN if any(p.startswith(".") for p in parts) else None


def kind_reason(name: str, head: Optional[bytes], all_files: bool = False) -> Optional[str]:
    """``"not documents"`` for a kind partydocs does not read (``README.md``, ``x.yaml``), else None;
    a name without an extension is read when its first bytes (``head``) look like text."""
    if all_files or is_archive(name) or name.lower().endswith(DOCUMENT_SUFFIXES):
        return None
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if not _EXTENSION.search(base) and head is not None and looks_like_text(head):
        return None
    return NOT_DOCUMENT


def _head(path: Path) -> Optional[bytes]:
    try:
        with open(path, "rb") as fh:
            return fh.read(SNIFF_BYTES)
    except OSError:
        return None  # reported when it is read


def walk_folder(root: Path, all_files: bool = False) -> Iterator[tuple[Path, Optional[str]]]:
    """Every entry under the folder ``root`` in a stable order, with why it is skipped (None: read it).
    A hidden or macOS folder and a symlink are one entry each; they are not entered."""
    entries: list[tuple[Path, Optional[str]]] = []
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            listing = list(os.scandir(folder))
        except OSError:
            entries.append((folder, None))  # unreadable folder: reading it reports the reason
            continue
        for e in listing:
            path = Path(e.path)
            why = hidden_reason(path.relative_to(root).as_posix())
            if why is None and e.is_symlink():
                why = SYMLINK
            elif why is None and e.is_dir(follow_symlinks=False):
                folders.append(path)
                continue
            elif why is None and not e.is_file(follow_symlinks=False):
                why = SPECIAL
            elif why is None:
                why = kind_reason(e.name, None if _EXTENSION.search(e.name) else _head(path), all_files)
            entries.append((path, why))
    yield from sorted(entries, key=lambda x: x[0])


def _ignore(source: str, why: str) -> None:
    pass


def iter_inputs(paths: Iterable[str | os.PathLike], all_files: bool = False,
                on_skip: Callable[[str, str], None] = _ignore) -> Iterator[RawInput]:
    """Yield every document under ``paths`` in a stable order, one at a time; an input skipped on
    purpose is handed to ``on_skip(source, why)`` instead."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f, why in walk_folder(path, all_files):
                source = printable(str(f))
                if why:
                    on_skip(source, why)
                else:
                    yield from _iter_file(f, source, all_files, on_skip)
        elif path.exists():
            yield from _iter_file(path, printable(str(p)), all_files, on_skip)
        else:
            yield RawInput(printable(str(p)), error=InputError(str(p), "read", "no such file or folder"))


def _iter_file(path: Path, source: str, all_files: bool, on_skip: Callable) -> Iterator[RawInput]:
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "unreadable folder")
        if st.st_size > MAX_MEMBER_BYTES:
            why = f"file of {st.st_size} bytes exceeds the 200 MB limit"
            yield RawInput(source, error=InputError(source, "read", why))
            return
        with open(path, "rb") as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)  # a device or a pipe has no size to trust
    except OSError as e:  # vanished between listing and reading, unreadable, …
        yield RawInput(source, error=InputError(source, "read", e.strerror or str(e)))
        return
    if len(data) > MAX_MEMBER_BYTES:
        yield RawInput(source, error=InputError(source, "read", "more than the 200 MB limit"))
    elif is_archive(source):
        yield from iter_archive(data, source, 1, all_files, on_skip)
    else:
        yield RawInput(source, data)


def iter_archive(data: bytes, source: str, depth: int, all_files: bool = False,
                 on_skip: Callable[[str, str], None] = _ignore) -> Iterator[RawInput]:
    """Members of a zip or tar archive held in memory; nested archives recurse up to MAX_DEPTH."""
    if depth > MAX_DEPTH:
        yield RawInput(source, error=InputError(source, "archive", f"archive nested deeper than {MAX_DEPTH} levels"))
        return
    try:
        if zipfile.is_zipfile(io.BytesIO(data)):
            members = _zip_members(data, source)
        else:
            kind = binary_kind(data)
            if kind in ("RAR archive", "7z archive"):
                raise InputError(source, "archive", f"a {kind}: partydocs reads zip and tar archives (unpack it first)")
            if source.lower().endswith(".zip") or kind == "zip data":
                raise InputError(source, "archive", "corrupt or truncated zip archive")
            members = _tar_members(data, source, kind)
        for rel, name, member in members:
            why = hidden_reason(rel)
            if why is None and isinstance(member, bytes) and not is_archive(rel):
                why = kind_reason(rel, member[:SNIFF_BYTES], all_files)
            if why or isinstance(member, str):
                on_skip(name, why or member)
            elif isinstance(member, InputError):
                yield RawInput(name, error=member)
            elif is_archive(rel):
                yield from iter_archive(member, name, depth + 1, all_files, on_skip)
            else:
                yield RawInput(name, member)
    except InputError as e:
        yield RawInput(e.source, error=e)


def _zip_members(data: bytes, source: str):
    """(name in the archive, source name, bytes or InputError) of each file of a zip."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise InputError(source, "archive", f"corrupt zip: {e}") from None
    total = 0
    for info in infos:
        rel = member_name(info)
        name = f"{source}!{printable(rel)}"
        if info.flag_bits & 0x1:
            yield rel, name, InputError(name, "archive", "encrypted member (password protected): not read")
            continue
        if info.file_size > MAX_MEMBER_BYTES:
            yield rel, name, InputError(name, "archive", "member exceeds the 200 MB limit")
            continue
        try:
            with zf.open(info) as fh:
                chunk = fh.read(MAX_MEMBER_BYTES + 1)  # header sizes can lie: cap the real read
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as e:
            yield rel, name, InputError(name, "archive", f"corrupt member: {e}")
            continue
        if len(chunk) > MAX_MEMBER_BYTES:
            yield rel, name, InputError(name, "archive", "member exceeds the 200 MB limit (decompression bomb?)")
            continue
        total += len(chunk)
        if total > MAX_ARCHIVE_BYTES:
            raise InputError(source, "archive", "decompressed size exceeds the 2 GB limit (zip bomb?)")
        yield rel, name, chunk


_TAR_MODES = {"gzip data": ("r:gz", "gzip"), "bzip2 data": ("r:bz2", "bzip2"), "xz data": ("r:xz", "xz")}


def _tar_members(data: bytes, source: str, kind: Optional[str]):
    """(name in the archive, source name, bytes, InputError or why skipped) of each file of a tar, plain or compressed
    (opened by its magic number, so a broken one gives the one reason that applies)."""
    mode, what = _TAR_MODES.get(kind, ("r:", "tar"))
    try:
        tf = tarfile.open(fileobj=io.BytesIO(data), mode=mode)
        infos = tf.getmembers()
    except (tarfile.TarError, OSError, EOFError, ValueError, ImportError, zlib.error, lzma.LZMAError) as e:
        kind_text = f"corrupt {what} data" if what != "tar" else "not a readable zip or tar archive"
        raise InputError(source, "archive", f"{kind_text}: {e}") from None
    total = 0
    for info in infos:
        rel = tar_member_name(info.name)
        name = f"{source}!{printable(rel)}"
        if info.issym() or info.islnk():
            yield rel, name, SYMLINK
            continue
        if not info.isfile():
            continue
        if info.size > MAX_MEMBER_BYTES:
            yield rel, name, InputError(name, "archive", "member exceeds the 200 MB limit")
            continue
        try:
            fh = tf.extractfile(info)
            chunk = fh.read(MAX_MEMBER_BYTES + 1) if fh else b""
        except (tarfile.TarError, OSError, EOFError, ValueError, zlib.error, lzma.LZMAError) as e:
            yield rel, name, InputError(name, "archive", f"corrupt member: {e}")
            continue
        total += len(chunk)
        if total > MAX_ARCHIVE_BYTES:
            raise InputError(source, "archive", "decompressed size exceeds the 2 GB limit")
        yield rel, name, chunk
