"""Bytes → NFC text: UTF-8 (± BOM), UTF-16, Windows-1258, TCVN3 and VNI.

A file is binary only by real binary evidence: a magic number, NUL bytes (more than 1% of the file),
control characters (more than 1% of the text). Empty files and files of spaces are
:class:`~extract.errors.InputError` with a one-line reason. Bytes the encoding cannot decode (a few
stray bytes in UTF-8, a NUL in text) become U+FFFD and the document is kept, with a ``quality``
warning that says how many bytes and where (``decode_bytes(..., warnings=list)``).

Example::

    >>> decode_bytes("Nghị quyết".encode("utf-8"), "a.txt")
    'Nghị quyết'
    >>> found = []
    >>> decode_bytes("Kết nạp 17/2".encode() + b"\\xff\\xfe" + "1 đảng viên".encode(), "a.txt", found)
    'Kết nạp 17/2\ufffd\ufffd1 đảng viên'
    >>> found[0]["message"]
    '2 bytes replaced with U+FFFD (2 undecodable) at bytes 16, 17; the document is stored, no finding touches them'
"""
from __future__ import annotations

import codecs
import threading
import unicodedata

import regex

from extract.errors import InputError
from extract.io import legacy
from extract.io.sniff import binary_kind
from extract.normalize import normalize_text

QUALITY_SAMPLE = 20000  # characters looked at for scrambled diacritics (bounded cost per document)
NUL_SHARE = 0.01  # NUL bytes over this share of the whole file are binary data; fewer are damage, replaced
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_LOCAL = threading.local()  # byte offsets replaced by the codec error handler below (Dask runs workers in threads)


def _mark(e: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: an undecodable byte becomes U+FFFD and its offset is noted; in UTF-8 a stray
    byte that Windows-1252 reads as punctuation or a space (``\\xa0``, ``\\x93``) becomes that character."""
    if e.encoding == "utf-8":
        ch = e.object[e.start:e.start + 1].decode("cp1252", errors="ignore")
        if ch and unicodedata.category(ch)[0] in "PSZ":
            return ch, e.start + 1
        _LOCAL.marks.append(e.start)
        return "\ufffd", e.start + 1  # one byte at a time: the next one may start a good sequence
    _LOCAL.marks.extend(range(e.start, e.end))
    return "\ufffd", e.end


codecs.register_error("partydocs-mark", _mark)


def _decode_marking(data: bytes, encoding: str, base: int = 0) -> tuple[str, list[int]]:
    """``data`` decoded, undecodable bytes replaced; with the byte offsets replaced (plus ``base``)."""
    _LOCAL.marks = []
    text = data.decode(encoding, "partydocs-mark")
    return text, [base + i for i in _LOCAL.marks]


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


def decode_bytes(data: bytes, source: str, warnings: list | None = None) -> str:
    """Decode one document's bytes to normalised text (NFC, ``Ð`` → ``Đ``, CRLF → LF); a ``quality``
    warning (an ``errors`` row) is appended to ``warnings`` when bytes had to be replaced."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(source, "decode", "empty file")
    text, marks, nuls = _decode(data, source)
    if _control_share(text) > 0.01:
        raise InputError(source, "decode", "binary data (control characters), not text")
    text = normalize_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():  # spaces, \v \f, Unicode spaces, zero-width marks: nothing to read
        raise InputError(source, "decode", "empty file (only spaces)")
    if legacy.looks_scrambled(text[:QUALITY_SAMPLE]):
        raise InputError(source, "quality", "scrambled diacritics (tone marks moved to defeat scrapers): "
                                            "low-quality text, not extracted")
    if (marks or nuls) and warnings is not None:
        warnings.append(replaced_warning(source, marks, nuls))
    return text


SHOWN_OFFSETS = 5


def replaced_warning(source: str, marks: list[int], nuls: list[int]) -> dict:
    """The ``quality`` row for a document stored with replaced bytes: how many, of which kind, where."""
    where = sorted(marks + nuls)
    kinds = ", ".join(f"{n} {what}" for n, what in ((len(marks), "undecodable"), (len(nuls), "NUL"))
                      if n)
    at = ", ".join(map(str, where[:SHOWN_OFFSETS])) + (", …" if len(where) > SHOWN_OFFSETS else "")
    return {"source": source, "stage": "quality",
            "message": f"{len(where)} byte{'s' if len(where) > 1 else ''} replaced with U+FFFD ({kinds}) at "
                       f"byte{'s' if len(where) > 1 else ''} {at}; the document is stored, no finding touches them"}


def _decode(data: bytes, source: str) -> tuple[str, list[int], list[int]]:
    """(text, offsets of undecodable bytes replaced, offsets of NUL bytes replaced)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            if enc == "utf-8-sig":  # UTF-8 after its mark: stray bytes are handled as in UTF-8 without it
                return _decode_utf8(data[len(bom):], source, base=len(bom))
            text, marks = _decode_marking(data, enc)
            return text, marks, []
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            return data.decode(enc16), [], []
        except UnicodeDecodeError:
            pass
    kind = binary_kind(data)
    if kind:
        raise InputError(source, "decode", f"binary data ({kind}), not text")
    return _decode_utf8(data, source)


def _decode_utf8(data: bytes, source: str, base: int = 0) -> tuple[str, list[int], list[int]]:
    """UTF-8 (a few stray bytes replaced), else a single-byte Vietnamese encoding; NUL bytes anywhere in
    the file are one rule: more than NUL_SHARE of it is binary data, fewer are replaced."""
    nuls = data.count(b"\x00")
    if nuls > NUL_SHARE * len(data):
        raise InputError(source, "decode", "binary data (NUL bytes), not text")
    nul_at = _offsets(data, b"\x00", base) if nuls else []
    try:
        text, marks = data.decode("utf-8"), []
    except UnicodeDecodeError:
        found = utf8_with_strays(data, base)
        if found is None:
            text, marks = _decode_8bit(data)
        else:
            text, marks = found
            text = legacy.repair_cp1252_mojibake(text) or text
    else:
        text = legacy.repair_cp1252_mojibake(text) or text
    return (text.replace("\x00", "\ufffd") if nuls else text), marks, nul_at


def _offsets(data: bytes, byte: bytes, base: int) -> list[int]:
    out, i = [], data.find(byte)
    while i >= 0:
        out.append(base + i)
        i = data.find(byte, i + 1)
    return out


def utf8_with_strays(data: bytes, base: int = 0) -> tuple[str, list[int]] | None:
    r"""UTF-8 with stray bytes pasted in: a stray that Windows-1252 reads as punctuation or a space
    (``\xa0``, ``\x93``) is read so, any other becomes U+FFFD; returns the text and the byte offsets
    replaced. None when the bytes are not mostly UTF-8: more stray bytes than well-formed non-ASCII
    characters (a Windows-1258, TCVN3 or VNI file has a stray at every letter and no well-formed one).

        >>> utf8_with_strays("Chỉ thị".encode() + b"\xa0" + "số 05".encode())
        ('Chỉ thị\xa0số 05', [])
    """
    text = data.decode("utf-8", errors="surrogateescape")
    strays = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    wide = sum(1 for c in text if c > "\x7f") - strays
    if wide < strays:
        return None
    return _decode_marking(data, "utf-8", base)


def _decode_8bit(data: bytes) -> tuple[str, list[int]]:
    """Single-byte Vietnamese encodings: the legacy font encodings, else Windows-1258 (its five
    undefined bytes replaced)."""
    which = legacy.sniff_legacy(data)
    if which == "tcvn3":
        return legacy.decode_tcvn3(data), []
    if which == "vni":
        return legacy.decode_vni(data), []
    text, marks = _decode_marking(data, "cp1258")
    return unicodedata.normalize("NFC", text), marks
