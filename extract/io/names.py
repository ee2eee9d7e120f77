"""Names of archive members written without an encoding flag: UTF-8, Windows-1258 or the zip default.

Zip tools set a flag when a name is UTF-8; Linux ``zip`` and many Windows tools write the bytes of the
local code page without it, and Python then reads them as cp437 (``Thông báo`` → ``Th├┤ng b├ío``).
The raw bytes are read again: valid UTF-8 is UTF-8; else the Windows-1258 reading is kept when it is
more Vietnamese than the cp437 one and has a well-spelled syllable with a diacritic.

Example::

    >>> decode_name("Kết luận.txt".encode("utf-8")), decode_name("Thông báo.txt".encode("cp1258"))
    ('Kết luận.txt', 'Thông báo.txt')
    >>> decode_name("Résumé.txt".encode("cp437"))
    'Résumé.txt'
"""
from __future__ import annotations

import unicodedata

from extract.io.legacy_score import syllable_counts, vietnamese_score

UTF8_FLAG = 0x800


def decode_name(raw: bytes) -> str:
    """The name ``raw`` stands for: UTF-8, Windows-1258 (when it reads as Vietnamese), else cp437."""
    try:
        return unicodedata.normalize("NFC", raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    dos = raw.decode("cp437")
    try:
        viet = unicodedata.normalize("NFC", raw.decode("cp1258"))
    except UnicodeDecodeError:
        return dos
    marked = syllable_counts(viet).marked_valid  # a syllable with a Vietnamese diacritic, spelled right
    return viet if marked and vietnamese_score(viet) > vietnamese_score(dos) else dos


def member_name(info) -> str:
    """A zip member's name (a ``zipfile.ZipInfo``), read from its bytes when no UTF-8 flag is set."""
    if info.flag_bits & UTF8_FLAG or info.filename.isascii():
        return info.filename
    try:
        return decode_name(info.filename.encode("cp437"))  # zipfile read the raw bytes as cp437
    except UnicodeEncodeError:  # read with another metadata encoding: keep it
        return info.filename


def tar_member_name(name: str) -> str:
    """A tar member's name: tarfile reads UTF-8 and keeps other bytes as surrogates; those are read again."""
    if name.isascii() or not any("\udc80" <= c <= "\udcff" for c in name):
        return name
    return decode_name(name.encode("utf-8", "surrogateescape"))
