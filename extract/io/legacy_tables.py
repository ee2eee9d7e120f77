"""The TCVN3 and VNI mapping tables (``extract/data/tcvn3.tsv``, ``vni.tsv``) as codec maps.

Loaded once and checked on load: a malformed row or a byte sequence claimed by two
letters is a :class:`~extract.find.lexicon.DataError`.

Example::

    >>> tcvn3_tables().decode[0xAE], vni_tables().encode["đ"]
    ('đ', b'\\xf1')
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import regex

from extract.find.lexicon import DataError, load_tsv

# Byte → char for bytes the tables leave alone: Windows-1252, with its five holes kept as Latin-1.
CP1252 = tuple(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))
CP1252_BYTES = {c: b for b, c in enumerate(CP1252)}


@dataclass(frozen=True)
class Tcvn3Tables:
    """Byte → text (``decode``, 256 entries) and letter → byte (``encode``)."""

    decode: tuple[str, ...]
    encode: dict[str, int]


@dataclass(frozen=True)
class VniTables:
    """Latin-1 view of a VNI sequence → letter, its inverse, and the longest-first pattern."""

    decode: dict[str, str]
    encode: dict[str, bytes]
    pattern: regex.Pattern


def _char(cell: str, name: str) -> str:
    if cell.upper().startswith("U+"):
        return chr(int(cell[2:], 16))
    if len(unicodedata.normalize("NFC", cell)) != 1:
        raise DataError(f"{name}: {cell!r} is not one character")
    return unicodedata.normalize("NFC", cell)


@functools.cache
def tcvn3_tables() -> Tcvn3Tables:
    """TCVN3 maps from ``tcvn3.tsv``: ``decode[0xB8] == "á"``, ``encode["Đ"] == 0xA7``."""
    decode = [chr(b) if b < 0x80 else CP1252[b] for b in range(256)]
    encode: dict[str, int] = {}
    seen: set[int] = set()
    for row in load_tsv("tcvn3.tsv"):
        try:
            byte, char = int(row[0], 16), _char(row[1], "tcvn3.tsv")
        except (IndexError, ValueError) as e:
            raise DataError(f"tcvn3.tsv: bad row {row!r}: {e}") from e
        if byte in seen or not 0 <= byte < 256:
            raise DataError(f"tcvn3.tsv: byte {row[0]} listed twice or out of range")
        seen.add(byte)
        decode[byte] = char
        if "decode-only" not in row[2:]:
            if char in encode:
                raise DataError(f"tcvn3.tsv: {char!r} listed twice")
            encode[char] = byte
    return Tcvn3Tables(tuple(decode), encode)


@functools.cache
def vni_tables() -> VniTables:
    """VNI maps from ``vni.tsv``: ``decode["aù"] == "á"``, ``encode["Ơ"] == b"\\xd4"``."""
    decode: dict[str, str] = {}
    encode: dict[str, bytes] = {}
    for row in load_tsv("vni.tsv"):
        try:
            char, seq = _char(row[0], "vni.tsv"), bytes.fromhex(row[1])
        except (IndexError, ValueError) as e:
            raise DataError(f"vni.tsv: bad row {row!r}: {e}") from e
        view = seq.decode("latin-1")
        if not seq or char in encode or view in decode:
            raise DataError(f"vni.tsv: {char!r} or {row[1]} empty or listed twice")
        decode[view], encode[char] = char, seq
    alts = sorted(decode, key=lambda s: (-len(s), s))
    return VniTables(decode, encode, regex.compile("|".join(regex.escape(s) for s in alts)))
