"""Zip archives as other tools write them: names without the UTF-8 flag (Linux ``zip``, Windows tools) and
members encrypted with the traditional PKWARE cipher (``zip -e``), written byte for byte."""
from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib


class _RawName(zipfile.ZipInfo):
    """A member whose name is written as the given bytes, with no UTF-8 flag."""

    def __init__(self, raw: bytes):
        super().__init__(raw.decode("cp437"))
        self._raw = raw

    def _encodeFilenameFlags(self):  # zipfile's hook for the name bytes and flags it writes
        return self._raw, self.flag_bits & ~0x800


def zip_with_raw_names(members: dict[bytes, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for raw, data in members.items():
            z.writestr(_RawName(raw), data)
    return buf.getvalue()


def _crc_byte(crc: int, b: int) -> int:
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def _zipcrypto(plain: bytes, password: bytes, check: int) -> bytes:
    keys = [0x12345678, 0x23456789, 0x34567890]

    def update(c):
        keys[0] = _crc_byte(keys[0], c)
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = _crc_byte(keys[2], keys[1] >> 24)

    for c in password:
        update(c)
    out = bytearray()
    for c in os.urandom(11) + bytes([check]) + plain:  # 12-byte header, its last byte checks the password
        k = keys[2] | 2
        out.append(c ^ (((k * (k ^ 1)) >> 8) & 0xFF))
        update(c)
    return bytes(out)


def encrypted_zip(name: str, data: bytes, password: bytes = b"mat-khau") -> bytes:
    """One stored member encrypted with ``password`` (``zipfile`` reads it back with ``pwd=``)."""
    crc, raw = zlib.crc32(data), name.encode()
    body = _zipcrypto(data, password, crc >> 24)
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 1, 0, 0, 0x21, crc, len(body), len(data), len(raw), 0)
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 1, 0, 0, 0x21, crc, len(body), len(data),
                          len(raw), 0, 0, 0, 0, 0, 0)
    cd_at = len(local) + len(raw) + len(body)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central) + len(raw), cd_at, 0)
    return local + raw + body + central + raw + end
