"""Text normalisation that never moves an offset after intake.

Intake applies :func:`normalize_text` once (invisible format characters removed, NFC, the
look-alike ``Ð`` read as ``Đ``); every offset is into that text. :func:`fold` gives the comparison key in
which old and new tone placement are equal (``hoá`` == ``hóa``, ``uỷ`` == ``ủy``).
"""
from __future__ import annotations

import functools
import re
import unicodedata

# U+00D0/U+00F0 (Icelandic eth) are typed for Đ/đ (U+0110/U+0111) in many scraped pages
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
# characters that print as nothing and hide a symbol from the finders ("05-CT\u200b/TW"): zero-width
# space, non-joiner and joiner, the direction marks and embeddings/overrides/isolates, soft hyphen, word
# joiner and invisible operators, byte-order mark inside text, Mongolian vowel separator, Arabic letter mark
INVISIBLE_CHARS = "".join(map(chr, [0xAD, 0x61C, 0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
                                     *range(0x2060, 0x2065), *range(0x2066, 0x2070), 0xFEFF]))
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]+")
TONES = {"\u0300": "1", "\u0301": "2", "\u0303": "3", "\u0309": "4", "\u0323": "5"}


def normalize_text(text: str) -> str:
    """Invisible characters removed, NFC and look-alike repair: ``"Ð\u1ea3ng"`` → ``"Đảng"``,
    ``"05-CT\u200b/TW"`` → ``"05-CT/TW"``. Idempotent."""
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_LOOKALIKES)
    # before NFC, so a tone mark after a removed character joins its letter; str.__contains__ (memchr)
    # finds none in 9 ms per MB, a regular expression takes 20
    if not text.isascii() and any(c in text for c in INVISIBLE_CHARS):
        text = INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=1 << 16)  # a few thousand syllables make up the texts
def fold_word(word: str) -> str:
    """Tone-placement- and case-insensitive key of one syllable: ``hoá``/``hóa`` → ``hoa2``."""
    d = unicodedata.normalize("NFD", word.lower().translate(_LOOKALIKES))
    tones = "".join(TONES[c] for c in d if c in TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return base + tones


def fold(text: str | None) -> str | None:
    """Key for comparing phrases: ``"Tỉnh uỷ"`` and ``"tỉnh ủy"`` both → ``"tinh3 uy4"``."""
    if text is None:
        return None
    return " ".join(fold_word(w) for w in text.split())


def name_case(name: str) -> str:
    """Each syllable capitalised, spaces folded: ``"MAI VĂN  CHÍNH"`` → ``"Mai Văn Chính"``; after an
    apostrophe after a single letter too: ``"H'MÚT"`` → ``"H'Mút"`` (but ``"Bh'riu"``)."""
    words = [w[:1].upper() + w[1:].lower() for w in name.split()]
    if "'" in name or "’" in name:
        words = [_APOSTROPHE.sub(lambda m: m.group().upper(), w) for w in words]
    return " ".join(words)


_APOSTROPHE = re.compile(r"(?<=^\w['’])\w")


# the rhymes "oa", "oe", "uy" take their tone mark on either vowel: (new placement, old placement) for each of the
# five marks, "óa"/"oá" … "ụy"/"uỵ"
TONE_PAIRS = tuple((unicodedata.normalize("NFC", a + mark) + b, a + unicodedata.normalize("NFC", b + mark))
                   for a, b in (("o", "a"), ("o", "e"), ("u", "y")) for mark in "\u0301\u0300\u0309\u0303\u0323")
_OLD_TO_NEW = {old: new for new, old in TONE_PAIRS}


_NEW_TO_OLD = {new: old for old, new in _OLD_TO_NEW.items()}


def _placement(table: dict[str, str]) -> re.Pattern:
    # after "q" the "u" belongs to the onset, so "quý", "quỹ" have one spelling only
    return re.compile("|".join(("(?<![qQ])" if k[0] in "uúùủũụ" else "") + re.escape(k) for k in table))


_TO_NEW, _TO_OLD = _placement(_OLD_TO_NEW), _placement(_NEW_TO_OLD)


def new_tone(text: str) -> str:
    """One spelling for both tone placements, the new one: ``"Khoá, Tỉnh uỷ"`` → ``"Khóa, Tỉnh ủy"``;
    ``"Quỹ"`` stays (the ``u`` of ``qu`` is no vowel of the rhyme).

    Same length, so offsets survive (SPEC §1).
    """
    return _TO_NEW.sub(lambda m: _OLD_TO_NEW[m.group()], text)


def old_tone(text: str) -> str:
    """The old tone placement, the inverse of :func:`new_tone`: ``"Khóa, Tỉnh ủy"`` → ``"Khoá, Tỉnh uỷ"``."""
    return _TO_OLD.sub(lambda m: _NEW_TO_OLD[m.group()], text)
