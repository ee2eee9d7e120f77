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
import re
import unicodedata
from collections import Counter

import regex

from extract.io.legacy_score import TOKEN, check_syllable, scramble_counts, syllable_counts, vietnamese_score
from extract.io.legacy_tables import CP1252, CP1252_BYTES, tcvn3_tables, vni_tables

__all__ = ["decode_tcvn3", "decode_vni", "encode_tcvn3", "encode_vni", "sniff_legacy",
           "repair_cp1252_mojibake", "looks_scrambled", "vietnamese_score", "check_syllable"]

SNIFF_BYTES = 65536   # sniff on the head of a file; enough syllables to judge
MIN_SCORE = 0.45      # a legacy reading must look at least this Vietnamese …
MARGIN = 0.15         # … and beat the Windows-1258 reading by this much
MIN_MARKED = 2        # … with this many valid syllables that carry diacritics
REPAIR_GAIN = 0.3     # a repair must raise the valid share of the words it changes by this much
SCRAMBLED_SHARE = 0.06  # clean text has ~0 impossible syllables; this catches ~1 word in 8 scrambled …
SCRAMBLED_MIN = 3       # … once at least this many syllables are impossible

# one UTF-8 sequence as Windows-1252 / Latin-1 shows it: lead byte C2-F4, continuation 80-BF
_CONT = "".join(sorted({CP1252[b] for b in range(0x80, 0xC0)} | {chr(b) for b in range(0x80, 0xA0)}))
_C = "[" + regex.escape(_CONT) + "]"
# (plain character classes: Python's re scans them about twice as fast as regex)
_UTF8_SEQUENCE = f"[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}}"
UTF8_AS_CP1252 = re.compile(
    _UTF8_SEQUENCE
    # no-break space (A0) copied as a plain space: "hÃ nh" (hành), "Æ n" (Ơn), "áº " (Ạ), "á» " (Ỡ)
    + "|[ÃÆ] |á[º»] ")
# The evidence that starts a repair: a whole sequence. "Ã " alone is also clean upper-case text
# ("CỘNG HÒA XÃ HỘI"), while mis-read Vietnamese always holds whole sequences too ("Æ°", "á»").
_UTF8_EVIDENCE = re.compile(_UTF8_SEQUENCE)
# a Windows-1258 combining tone byte (CC D2 DE EC F2) shown as cp1252 right after a vowel: "Viêòt"
CP1258_AS_CP1252 = re.compile("[aeiouyAEIOUYâêôÂÊÔýÝõÕ][ÌÒÞìòþ]")
_EDGES = regex.compile(r"^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$")
_HIGH = "".join(sorted(set(CP1252) - {chr(b) for b in range(0x80)}))
_CP1252_RUN = regex.compile("[" + regex.escape(_HIGH) + "]+")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@functools.cache
def _tcvn3_translation() -> dict[int, str]:
    return {b: c for b, c in enumerate(tcvn3_tables().decode) if c != chr(b)}


@functools.cache
def _cp1252_translation() -> dict[int, str]:
    return {b: c for b, c in enumerate(CP1252) if c != chr(b)}


def _caps_word(m: regex.Match) -> str:
    word = m.group()
    if regex.search(r"[a-z]", word) or not regex.search(r"(?<=.)[A-Z]", word):
        return word
    return word.upper()


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC, ``.VnTime``) bytes → NFC text: ``b"\\xa7\\xb6ng"`` → ``"Đảng"``.

    Capitals set in a ``.VnTimeH`` font reuse the lowercase bytes; a word whose ASCII letters
    are all capitals, one past its first letter, is made all capitals: ``b"B\\xb8O"`` → ``"BÁO"``.
    """
    text = _nfc(data.decode("latin-1").translate(_tcvn3_translation()))
    text = TOKEN.sub(_caps_word, text)
    if any(b in data for b in _toned_capital_bytes()):  # capitals of their own: no guessing from the line
        return text
    return _CAPS_LINE.sub(_caps_line, text)


_CAPS_LINE = regex.compile(r"(?m)^[^\n]*\p{Lu}[^\n]*$")
_SHORT_CAPS = regex.compile(r"(?<![\p{L}])[A-Z][^\x00-\x7f\s\d\p{P}]++(?![\p{L}])")  # "Vụ", "Bộ", "Tổ"


def _caps_line(m: regex.Match) -> str:
    """On a line in capitals, a word whose one ASCII letter leads lowercase-byte capitals is in capitals too:
    ``THƯỜNG Vụ`` → ``THƯỜNG VỤ`` (the case the word alone cannot tell)."""
    line = m.group()
    words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 2]
    caps = sum(w.isupper() for w in words)
    if caps < 2 or 2 * caps < len(words):
        return line
    return _SHORT_CAPS.sub(lambda w: w.group().upper(), line)


@functools.cache
def _toned_capital_bytes() -> bytes:
    """The bytes of toned capitals (``Ụ``, ``À`` …) in TCVN3's full table: a text that uses them writes its
    capitals with them, so a small letter's byte in it is a small letter."""
    return bytes(b for b, c in enumerate(tcvn3_tables().decode)
                 if c.isupper() and not c.isascii() and c not in "ĂÂÊÔƠƯĐ")


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes → NFC text: ``"Ñaûng"`` (as Latin-1 bytes) → ``"Đảng"``.

    ``"ngöôøi"`` → ``"người"``. Bytes outside the letter sequences are Windows-1252 (``\\x93`` → ``“``).
    """
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
        raw = bytes(0xA0 if c == " " else CP1252_BYTES.get(c, ord(c)) for c in m.group())
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
    """Re-read runs of cp1252-shown bytes as Windows-1258: ``"ÐaÒng"`` → ``"Đảng"``."""
    def one(m: regex.Match) -> str:
        try:
            return bytes(CP1252_BYTES[c] for c in m.group()).decode("cp1258")
        except UnicodeDecodeError:
            return m.group()
    return _nfc(_CP1252_RUN.sub(one, text))


def _valid_share(words: Counter) -> float:
    """Share of whitespace-separated words that are one valid syllable (``Ná»™i`` is not)."""
    total = valid = 0
    for word, n in words.items():
        core = _EDGES.sub("", word)
        if core:
            total += n
            valid += n * bool(TOKEN.fullmatch(core) and check_syllable(core) == "valid")
    return valid / total if total else 0.0


def _improves(text: str, candidate: str) -> float:
    """Gain in valid-word share over the words the repair changed (-1 if none changed)."""
    before, after = Counter(text.split()), Counter(candidate.split())
    gone, new = before - after, after - before
    if not gone and not new:
        return -1.0
    return _valid_share(new) - _valid_share(gone)


def repair_cp1252_mojibake(text: str) -> str | None:
    """Repaired NFC text if ``text`` is Vietnamese mis-read as Windows-1252, else None.

    UTF-8 read as cp1252/Latin-1: ``"Ä‘áº£ng viÃªn"`` → ``"đảng viên"``; Windows-1258 read as
    cp1252: ``"ÐaÒng viên"`` → ``"Đảng viên"``. Clean text (``"Đảng viên"``) → None, fast.
    Judged only on the words the repair changes, so one garbled name in English text is fixed.
    """
    if text.isascii():
        return None
    candidates = []
    if _UTF8_EVIDENCE.search(text):
        candidates.append(_utf8_fix(text))
    if CP1258_AS_CP1252.search(text):
        candidates.append(_cp1258_fix(text))
    best, best_gain = None, REPAIR_GAIN
    for cand in candidates:
        gain = _improves(text, cand)
        if gain >= best_gain:
            best, best_gain = cand, gain
    return best


def looks_scrambled(text: str) -> bool:
    """True when many syllables carry tone marks no spelling allows (anti-scraper scrambling).

    ``"Ban châṕ hanh̀ Trung ương Đang̉"`` → True; ``"Ban Chấp hành Trung ương Đảng khoá XIII
    (Quy định 24-QĐ/TW), hoà bình, hòa bình"`` → False.
    """
    bad, marked = scramble_counts(text)
    return bad >= SCRAMBLED_MIN and bad >= SCRAMBLED_SHARE * marked
