"""How Vietnamese a text looks: syllable-structure checks behind encoding sniffing and repair.

A syllable is onset + nucleus (vowel cluster) + coda, with at most one tone mark, sitting
on the nucleus vowel Vietnamese spelling allows (both ``hoá`` and ``hóa``, ``thuỷ`` and
``thủy``). :func:`vietnamese_score` rates a text by its share of valid syllables;
:func:`scramble_counts` counts syllables no Vietnamese spelling can produce.

Example::

    >>> round(vietnamese_score("Ban Chấp hành Trung ương Đảng"), 2)
    0.83
    >>> check_syllable("ñgười"), check_syllable("người")
    ('impossible', 'valid')
"""
from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from typing import NamedTuple

import regex

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
VOWEL_MARKS = frozenset("\u0302\u0306\u031b")  # circumflex, breve, horn
VOWELS = frozenset("aăâeêioôơuưy")
MODIFIED = frozenset("ăâêôơư")
ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_CLOSED = ("c", "m", "n", "ng", "p", "t")
# nucleus → codas it takes ("" = open syllable); diphthongs ending in a glide take none
NUCLEI: dict[str, tuple[str, ...]] = {
    "a": ("", "ch", "nh") + _CLOSED, "ă": _CLOSED, "â": _CLOSED,
    "e": ("",) + _CLOSED, "ê": ("", "ch", "m", "n", "nh", "p", "t"),
    "i": ("", "ch", "m", "n", "nh", "p", "t"), "y": ("", "ch", "m", "n", "nh", "p", "t"),
    "o": ("",) + _CLOSED, "ô": ("",) + _CLOSED, "ơ": ("", "m", "n", "p", "t"),
    "u": ("",) + _CLOSED, "ư": ("", "c", "m", "n", "ng", "t"),
    "iê": _CLOSED, "yê": _CLOSED, "uô": ("c", "m", "n", "ng", "t"), "ươ": _CLOSED,
    "oa": ("", "ch", "nh") + _CLOSED, "oă": ("c", "m", "n", "ng", "t"), "oe": ("", "n", "t"),
    "oo": ("c", "ng"), "uâ": ("n", "ng", "t"), "uê": ("", "ch", "n", "nh"),
    "uy": ("", "ch", "n", "nh", "p", "t"), "uyê": ("n", "t"), "uơ": ("",),
    **dict.fromkeys(("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi",
                     "ua", "ui", "ưa", "ưi", "ưu", "iêu", "yêu", "ươi", "ươu", "uôi", "oai",
                     "oay", "oao", "uây", "uya", "uyu", "oeo"), ("",)),
}
TOKEN = regex.compile(r"[\p{L}\p{M}]+")
_SPLIT = regex.compile(r"^([^aăâeêioôơuưy]*)([aăâeêioôơuưy]+)([^aăâeêioôơuưy]*)$")


def _letters(token: str) -> tuple[str, list[int]] | None:
    """Tone-free lowercase letters and the indices carrying a tone; None if a mark is orphaned."""
    out: list[str] = []
    tones: list[int] = []
    for c in unicodedata.normalize("NFD", token.lower()):
        if c in TONE_MARKS:
            if not out:
                return None
            tones.append(len(out) - 1)
        elif unicodedata.combining(c):
            if not out:
                return None
            out[-1] = unicodedata.normalize("NFC", out[-1] + c)
        else:
            out.append(c)
    return "".join(out), tones


def tone_slots(nucleus: str, coda: str) -> set[int]:
    """Indices in ``nucleus`` that may carry the tone.

    ``("oa", "")`` → ``{0, 1}`` (hóa and hoá), ``("oa", "n")`` → ``{1}`` (hoàn), ``("ươ", "ng")`` → ``{1}``.
    """
    mods = [i for i, c in enumerate(nucleus) if c in MODIFIED]
    if len(nucleus) == 1:
        return {0}
    if mods:
        return {mods[-1]}
    if nucleus in ("oa", "oe", "uy"):
        return {1} if coda else {0, 1}
    if len(nucleus) == 3:
        return {1}
    return {len(nucleus) - 1} if coda else {0}


def _parses(base: str):
    """(onset, nucleus, coda) readings, also with the ``u`` of qu / ``i`` of gi as onset."""
    m = _SPLIT.match(base)
    if not m:
        return
    onset, nucleus, coda = m.groups()
    yield onset, nucleus, coda
    if len(nucleus) > 1 and (onset, nucleus[0]) in (("q", "u"), ("g", "i")):
        yield onset + nucleus[0], nucleus[1:], coda


def check_syllable(token: str) -> str:
    """Cached :func:`_check_syllable` for syllable-sized tokens (a text repeats a few thousand of them)."""
    return _check_cached(token) if len(token) <= _CACHE_LEN else _check_syllable(token)


_CACHE_LEN = 12  # no Vietnamese syllable is longer; longer tokens are rare and not worth keeping


def _check_syllable(token: str) -> str:
    """``"valid"``, ``"impossible"`` (no spelling gives it) or ``"foreign"`` (odd but plausible).

    ``"nghiêng"`` → valid; ``"ngừơi"`` (tone on the wrong vowel) → impossible;
    ``"Lắk"``, ``"café"``, ``"QĐ"`` → foreign (names, loanwords, codes).
    """
    split = _letters(token)
    if split is None:
        return "impossible"
    base, tones = split
    if len(tones) > 1 or any(base[i] not in VOWELS for i in tones):
        return "impossible"
    odd = {c for c in base if not c.isascii() and c != "đ" and c not in MODIFIED}
    if odd:  # û, ŷ: a Vietnamese vowel mark on the wrong letter; ü, ç: a foreign word
        nfd = unicodedata.normalize("NFD", "".join(odd))
        return "impossible" if VOWEL_MARKS & set(nfd) else "foreign"
    tone_ok = tone_bad = False
    for onset, nucleus, coda in _parses(base):
        if nucleus not in NUCLEI:
            continue
        if tones and tones[0] - len(onset) not in tone_slots(nucleus, coda):
            tone_bad = True
            continue
        if onset in ONSETS and coda in NUCLEI[nucleus]:
            return "valid"
        tone_ok = True
    if tone_bad and not tone_ok:
        return "impossible"
    m = _SPLIT.match(base)
    if m and m.group(2) not in NUCLEI and MODIFIED & set(m.group(2)) and len(m.group(2)) > 1:
        return "impossible"  # ươa, aê: Vietnamese vowels in a cluster no syllable has
    return "foreign"


_check_cached = functools.lru_cache(maxsize=1 << 16)(_check_syllable)


def _marked(token: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", token))


class Counts(NamedTuple):
    """Syllable tallies: ``plain`` tokens are ASCII, ``marked`` ones carry a Vietnamese letter."""

    plain_valid: int
    plain: int
    marked_valid: int
    marked: int


def syllable_counts(text: str) -> Counts:
    """Tally valid syllables: ``"Đảng ta"`` → ``Counts(1, 1, 1, 1)``; vowel-less tokens (``TW``) skipped."""
    pv = p = mv = m = 0
    for match in TOKEN.finditer(text):
        tok = match.group()
        plain = tok.isascii()
        if plain and not any(c in VOWELS for c in tok.lower()):
            continue
        ok = check_syllable(tok) == "valid"
        if plain:
            p, pv = p + 1, pv + ok
        else:
            m, mv = m + 1, mv + ok
    return Counts(pv, p, mv, m)


def vietnamese_score(text: str) -> float:
    """0..1, how Vietnamese ``text`` reads: valid syllables with diacritics count 1, plain ones 0.5.

    ``"Nghị quyết của Bộ Chính trị"`` → 1.0; an English sentence about 0.15;
    ``"NghÞ quyÕt"`` (TCVN3 bytes read as Windows-1252) → 0.0. Tokens with no vowel
    (``QĐ``, ``TW``) are left out. Only comparisons between readings of the same bytes
    are meaningful, not the absolute value.
    """
    c = syllable_counts(text)
    total = c.plain + c.marked
    return (0.5 * c.plain_valid + c.marked_valid) / total if total else 0.0


def scramble_counts(text: str) -> tuple[int, int]:
    """(impossible, marked): syllables no spelling produces, among those with any diacritic.

    ``"Ban chấp hành"`` → ``(0, 2)``; ``"Bań châṕ hanh̀"`` → ``(3, 3)``.
    """
    bad = marked = 0
    for chunk, n in Counter(text.split()).items():  # each distinct word judged once
        b, m = _chunk_counts(chunk) if len(chunk) <= _CACHE_LEN * 2 else _chunk_counts.__wrapped__(chunk)
        bad, marked = bad + n * b, marked + n * m
    return bad, marked


@functools.lru_cache(maxsize=1 << 13)  # whitespace chunks vary a lot ("21-CT/TW,"): a small cache, reached early
def _chunk_counts(chunk: str) -> tuple[int, int]:
    """(impossible, marked) over the letter runs of one whitespace-separated chunk (``"CT/TW,"``)."""
    bad = marked = 0
    for tok in TOKEN.findall(chunk):
        kind = _scramble_kind(tok) if len(tok) <= _CACHE_LEN else _scramble_kind.__wrapped__(tok)
        if kind:
            marked += 1
            bad += kind == 2
    return bad, marked


@functools.lru_cache(maxsize=1 << 16)
def _scramble_kind(tok: str) -> int:
    """0: no diacritic, 1: a diacritic in a possible place, 2: in an impossible one."""
    if tok.isascii() or not _marked(tok):
        return 0
    return 2 if check_syllable(tok) == "impossible" else 1
