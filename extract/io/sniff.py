"""What a file is by its first bytes: a binary format's magic number, or text.

Example::

    >>> binary_kind(b"Rar!\\x1a\\x07\\x00"), looks_like_text("Thông báo".encode())
    ('RAR archive', True)
"""
from __future__ import annotations

import codecs

# magic numbers of binary formats people drop into archives with a .txt (or .zip) name
MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"%PDF": "PDF", b"PK\x03\x04": "zip data", b"\x1f\x8b": "gzip data", b"BZh": "bzip2 data",
    b"\xfd7zXZ\x00": "xz data", b"\x7fELF": "executable", b"MZ": "executable",
    b"\xd0\xcf\x11\xe0": "old Office (OLE) file", b"Rar!": "RAR archive", b"7z\xbc\xaf": "7z archive",
    b"OggS": "audio", b"ID3": "audio",
}
TEXT_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1a")
CONTROL_SHARE = 0.01  # more control bytes than this (per byte) is binary data, as in decode


def binary_kind(data: bytes) -> str | None:
    """Name of the binary format ``data`` starts with, if any: ``b"\\x89PNG…"`` → ``"PNG image"``."""
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def looks_like_text(head: bytes) -> bool:
    """Whether the first bytes of a file without an extension are text worth reading: a text
    byte-order mark, or no magic number, no NUL and (almost) no control bytes."""
    if head.startswith(TEXT_BOMS):
        return True
    if not head or binary_kind(head) or b"\x00" in head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls <= CONTROL_SHARE * len(head)
