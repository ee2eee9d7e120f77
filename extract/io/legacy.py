"""Vietnamese legacy font encodings (TCVN3, VNI) and repair of mis-decoded or scrambled text.

Pure functions on bytes and strings; the byte tables are data files
(``extract/data/tcvn3.tsv``, ``vni.tsv``) and every decision about which reading is
right is made by :func:`vietnamese_score`, the share of valid Vietnamese syllables.

Example::

    >>> decode_tcvn3(b"\\xa7\\xb6ng")
    'Đảng'
    >>> sniff_legacy("NghÞ quyÕt cña Bé ChÝnh trÞ".encode("latin-1"))
    'tcvn3'
"""
from __future__ import annotations

import functools
import unicodedata

import regex

from extract.io.legacy_score import check_syllable, scramble_counts, syllable_counts, vietnamese_score
from extract.io.legacy_tables import CP1252, CP1252_BYTES, tcvn3_tables, vni_tables

__all__ = ["decode_tcvn3", "decode_vni", "encode_tcvn3", "encode_vni", "sniff_legacy",
           "repair_cp1252_mojibake", "looks_scrambled", "vietnamese_score", "check_syllable"]

SNIFF_BYTES = 65536   # sniff on the head of a file; enough syllables to judge
MIN_SCORE = 0.45      # a legacy reading must look at least this Vietnamese …
MARGIN = 0.15         # … and beat the Windows-1258 reading by this much
MIN_MARKED = 2        # … with this many valid syllables that carry diacritics
SCRAMBLED_SHARE = 0.15
SCRAMBLED_MIN = 3

# one UTF-8 sequence as Windows-1252 / Latin-1 shows it: lead byte C2-F4, continuation 80-BF
_CONT = "".join(sorted({CP1252[b] for b in range(0x80, 0xC0)} | {chr(b) for b in range(0x80, 0xA0)}))
_C = "[" + regex.escape(_CONT) + "]"
UTF8_AS_CP1252 = regex.compile(f"[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}}")
# a Windows-1258 combining tone byte (CC D2 DE EC F2) shown as cp1252 right after a vowel: "ViêÒt"
CP1258_AS_CP1252 = regex.compile("[aeiouyAEIOUYâêôÂÊÔýÝõÕ][ÌÒÞìòþ]")
_CP1252_RUN = regex.compile("[" + regex.escape("".join(sorted(set(CP1252) - {chr(b) for b in range(0x80)}))) + "]+")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@functools.cache
def _tcvn3_translation() -> dict[int, str]:
    return {b: c for b, c in enumerate(tcvn3_tables().decode) if c != chr(b)}


@functools.cache
def _cp1252_translation() -> dict[int, str]:
    return {b: c for b, c in enumerate(CP1252) if c != chr(b)}


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC, ``.VnTime``) bytes → NFC text: ``b"\\xa7\\xb6ng"`` → ``"Đảng"``, ``b"quy\\xd5t"`` → ``"quyết"``."""
    return _nfc(data.decode("latin-1").translate(_tcvn3_translation()))


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes → NFC text: ``"Ñaûng"`` (as Latin-1 bytes) → ``"Đảng"``, ``"ngöôøi"`` → ``"người"``."""
    tables = vni_tables()
    text = data.decode("latin-1").translate(_cp1252_translation())
    return _nfc(tables.pattern.sub(lambda m: tables.decode[m.group()], text))


def _fail(codec: str, text: str, i: int, errors: str) -> bytes:
    if errors == "replace":
        return b"?"
    if errors == "ignore":
        return b""
    raise UnicodeEncodeError(codec, text, i, i + 1, "no byte for this character")


def encode_tcvn3(text: str, errors: str = "strict") -> bytes:
    """NFC text → TCVN3 bytes: ``"Đảng"`` → ``b"\\xa7\\xb6ng"``.

    Characters TCVN3 cannot hold raise :class:`UnicodeEncodeError`, or become ``?``
    (``errors="replace"``) or nothing (``errors="ignore"``).
    """
    tables = tcvn3_tables()
    text, out = _nfc(text), bytearray()
    for i, c in enumerate(text):
        b = tables.encode.get(c, CP1252_BYTES.get(c))
        out += bytes([b]) if b is not None and tables.decode[b] == c else _fail("tcvn3", text, i, errors)
    return bytes(out)


@functools.cache
def _vni_mark_chars() -> frozenset[str]:
    return frozenset(c for seq in vni_tables().decode for c in seq if not c.isascii())


def encode_vni(text: str, errors: str = "strict") -> bytes:
    """NFC text → VNI-Windows bytes: ``"Đảng"`` → ``b"\\xd1a\\xfbng"`` (``"Ñaûng"`` in Latin-1).

    Errors as in :func:`encode_tcvn3`; a non-Vietnamese Latin-1 letter that VNI uses as a
    mark (``ñ``, ``ü``) cannot be written and counts as an error.
    """
    tables, marks = vni_tables(), _vni_mark_chars()
    text, out = _nfc(text), bytearray()
    for i, c in enumerate(text):
        seq = tables.encode.get(c)
        if seq is None and c in CP1252_BYTES and c not in marks:
            seq = bytes([CP1252_BYTES[c]])
        out += seq if seq is not None else _fail("vni", text, i, errors)
    return bytes(out)


def _sample(data: bytes) -> bytes:
    """The head of ``data``, cut after its last ASCII byte so no letter is split."""
    if len(data) <= SNIFF_BYTES:
        return data
    head = data[:SNIFF_BYTES]
    cut = max(head.rfind(b" "), head.rfind(b"\n"))
    return head[:cut] if cut > 0 else head


def sniff_legacy(data: bytes) -> str | None:
    """``"tcvn3"``, ``"vni"`` or None: which legacy font encoding ``data`` is in, if any.

    ``encode_tcvn3("Nghị quyết của Bộ Chính trị")`` → ``"tcvn3"``; the same sentence in
    UTF-8, Windows-1258 or VNI never gives ``"tcvn3"``; ASCII and binary give None.
    """
    sample = _sample(data)
    if sample.isascii() or b"\x00" in sample:
        return None
    try:
        sample.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    baseline = vietnamese_score(_nfc(sample.decode("cp1258", errors="replace")))
    best, best_score = None, 0.0
    for name, decode in (("tcvn3", decode_tcvn3), ("vni", decode_vni)):
        text = decode(sample)
        score = vietnamese_score(text)
        if score > best_score and syllable_counts(text).marked_valid >= MIN_MARKED:
            best, best_score = name, score
    if best_score >= MIN_SCORE and best_score >= baseline + MARGIN:
        return best
    return None


def _utf8_fix(text: str) -> str:
    """Re-read each cp1252-shown UTF-8 sequence: ``"Ä‘áº£ng"`` → ``"đảng"``; twice-garbled text too."""
    def one(m: regex.Match) -> str:
        raw = bytes(CP1252_BYTES.get(c, ord(c)) for c in m.group())
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return m.group()
    for _ in range(3):
        fixed = UTF8_AS_CP1252.sub(one, text)
        if fixed == text:
            break
        text = fixed
    return _nfc(text)


def _cp1258_fix(text: str) -> str:
    """Re-read runs of cp1252-shown bytes as Windows-1258: ``"ViêÌt"`` → ``"Việt"``... ``"ÐaÒng"`` → ``"Đảng"``."""
    def one(m: regex.Match) -> str:
        try:
            return bytes(CP1252_BYTES[c] for c in m.group()).decode("cp1258")
        except UnicodeDecodeError:
            return m.group()
    return _nfc(_CP1252_RUN.sub(one, text))


def _quality(text: str) -> tuple[float, int]:
    c = syllable_counts(text)
    return (c.marked_valid / c.marked if c.marked else 0.0), c.marked_valid


def repair_cp1252_mojibake(text: str) -> str | None:
    """Repaired NFC text if ``text`` is Vietnamese mis-read as Windows-1252, else None.

    UTF-8 read as cp1252/Latin-1: ``"Ä‘áº£ng viÃªn"`` → ``"đảng viên"``; Windows-1258 read as
    cp1252: ``"ÐaÒng viên"`` → ``"Đảng viên"``. Clean text (``"Đảng viên"``) → None, fast.
    """
    if text.isascii():
        return None
    candidates = []
    if UTF8_AS_CP1252.search(text):
        candidates.append(_utf8_fix(text))
    if CP1258_AS_CP1252.search(text):
        candidates.append(_cp1258_fix(text))
    if not candidates:
        return None
    share, valid = _quality(text)
    best = None
    for cand in candidates:
        c_share, c_valid = _quality(cand)
        if cand != text and c_share >= share + 0.2 and c_valid > valid:
            best, share, valid = cand, c_share, c_valid
    return best


def looks_scrambled(text: str) -> bool:
    """True when many syllables carry tone marks no spelling allows (anti-scraper scrambling).

    ``"Ban châṕ hanh̀ Trung ương Đang̉"`` → True; ``"Ban Chấp hành Trung ương Đảng khoá XIII
    (Quy định 24-QĐ/TW), hoà bình, hòa bình"`` → False.
    """
    bad, marked = scramble_counts(text)
    return bad >= SCRAMBLED_MIN and bad >= SCRAMBLED_SHARE * marked
