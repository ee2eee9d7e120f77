"""Bytes → NFC text: UTF-8 (± BOM), UTF-16, Windows-1258, TCVN3 and VNI.

Binary data, empty files and bytes no Vietnamese encoding explains are
:class:`~extract.errors.InputError` with a one-line reason.

Example::

    >>> decode_bytes("Nghị quyết".encode("utf-8"), "a.txt")
    'Nghị quyết'
"""
from __future__ import annotations

import codecs
import unicodedata

import regex

from extract.errors import InputError
from extract.io import legacy
from extract.normalize import normalize_text

# magic numbers of binary formats people drop into archives with a .txt name
MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"%PDF": "PDF", b"PK\x03\x04": "zip data", b"\x1f\x8b": "gzip data", b"BZh": "bzip2 data",
    b"\x7fELF": "executable", b"MZ": "executable", b"\xd0\xcf\x11\xe0": "old Office (OLE) file",
    b"Rar!": "RAR archive", b"7z\xbc\xaf": "7z archive", b"OggS": "audio", b"ID3": "audio",
}
QUALITY_SAMPLE = 20000  # characters looked at for scrambled diacritics (bounded cost per document)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def binary_kind(data: bytes) -> str | None:
    """Name of the binary format ``data`` starts with, if any: ``b"\\x89PNG…"`` → ``"PNG image"``."""
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4000]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > len(head) * 0.3 and even < len(head) * 0.05:
        return "utf-16-le"
    if even > len(head) * 0.3 and odd < len(head) * 0.05:
        return "utf-16-be"
    return None


_CONTROL = regex.compile(r"[\p{Cc}\p{Co}\p{Cs}\p{Cn}--[\n\r\t\f\v]]", regex.V1)


def _control_share(text: str) -> float:
    """Share of control, private-use, surrogate and unassigned characters in the first 20,000."""
    sample = text[:20000]
    plain = sample.replace("\n", "").replace("\r", "").replace("\t", "").replace("\f", "").replace("\v", "")
    if plain.isprintable():  # the common case, in C: no control character at all
        return 0.0
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def decode_bytes(data: bytes, source: str) -> str:
    """Decode one document's bytes to normalised text (NFC, ``Ð`` → ``Đ``, CRLF → LF)."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(source, "decode", "empty file")
    text = _decode(data, source)
    if _control_share(text) > 0.01:
        raise InputError(source, "decode", "binary data (control characters), not text")
    text = normalize_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    if legacy.looks_scrambled(text[:QUALITY_SAMPLE]):
        raise InputError(source, "quality", "scrambled diacritics (tone marks moved to defeat scrapers): "
                                            "low-quality text, not extracted")
    return text


def _decode(data: bytes, source: str) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(source, "decode", f"invalid {enc} after its byte-order mark: {e.reason}") from None
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            return data.decode(enc16)
        except UnicodeDecodeError:
            pass
    kind = binary_kind(data)
    if kind or b"\x00" in data[:65536]:
        raise InputError(source, "decode", f"binary data ({kind or 'NUL bytes'}), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = utf8_with_strays(data)
        if text is None:
            return _decode_8bit(data, source)
    return legacy.repair_cp1252_mojibake(text) or text


STRAY_SHARE = 0.02  # at most this many stray bytes per well-formed non-ASCII character …
STRAY_MIN = 3  # … or this many, in a short text


def utf8_with_strays(data: bytes) -> str | None:
    r"""UTF-8 with a few stray single bytes pasted in from Windows text (``\xa0``, ``\x93``): each read as
    Windows-1252; None when the bytes are not mostly UTF-8 (a Windows-1258 file is a stray at every letter).

        >>> utf8_with_strays("Chỉ thị".encode() + b"\xa0" + "số 05".encode())
        'Chỉ thị\xa0số 05'
    """
    text = data.decode("utf-8", errors="surrogateescape")
    strays = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    wide = sum(1 for c in text if c > "\x7f") - strays
    if strays > max(STRAY_MIN, STRAY_SHARE * wide) or wide < 3 * strays:
        return None
    return "".join(bytes([ord(c) - 0xDC00]).decode("cp1252", errors="replace") if "\udc80" <= c <= "\udcff" else c
                   for c in text)


def _decode_8bit(data: bytes, source: str) -> str:
    """Single-byte Vietnamese encodings: the legacy font encodings, else Windows-1258."""
    which = legacy.sniff_legacy(data)
    if which == "tcvn3":
        return legacy.decode_tcvn3(data)
    if which == "vni":
        return legacy.decode_vni(data)
    try:
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError as e:
        raise InputError(source, "decode", f"undecodable bytes at offset {e.start}: not UTF-8, UTF-16, "
                                           "Windows-1258, TCVN3 or VNI") from None
