"""The issuer of a congress resolution (dev/real NOTES 8): the congress itself.

``Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII`` → ``Đại hội Đảng bộ tỉnh``; ``Nghị quyết Đại hội XIII của Đảng``
and ``Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII`` → ``Đại hội Đảng toàn quốc``. A resolution that names no
organisation (``nghị quyết Đại hội lần thứ XIX``) is the congress's the text last named (``… Đại hội Đảng bộ huyện
lần thứ XX …``); else the text does not say whose it is.

Example::

    >>> from extract.find.refs.patterns import REFERENCE
    >>> t = "Chuẩn bị Đại hội Đảng bộ huyện lần thứ XX, rà soát nghị quyết Đại hội lần thứ XIX."
    >>> congress_issuer(REFERENCE.search(t), t)
    'Đại hội Đảng bộ huyện'
"""
from __future__ import annotations

import regex

from extract.find.lexicon import alternation
from extract.find.places import PARTY_ORG, units
from extract.normalize import name_case

NATIONAL = "Đại hội Đảng toàn quốc"
_CONGRESS = "Đại hội"
# "… của Đảng" after the number: the national congress ("Nghị quyết Đại hội X của Đảng"), not "của Đảng bộ …"
_OF_PARTY = regex.compile(r"[^\S\n]*+,?[^\S\n]*+(?i:của)[^\S\n]++(?i:Đảng)(?![^\S\n]*+(?i:bộ)(?!\p{L}))(?!\p{L})")
# a congress the text names before: "Đại hội đại biểu Đảng bộ huyện lần thứ XX" → "huyện"
_NAMED_BEFORE = regex.compile(rf"(?i:đại hội)\s++(?:(?i:đại biểu)\s++)?(?i:{PARTY_ORG})\s++(?P<unit>(?i:{alternation(units())}))"
                              r"(?!\p{L})")
_TERM_WORD = regex.compile(r"[^\S\n]++(?i:khóa|khoá|nhiệm kỳ)$")
_UNIT_WORDS = {w for u in units() for w in u.split()}
LOOKBACK = 3000  # characters read back for the congress a text names


def congress_issuer(m, text: str) -> str | None:
    """The congress that issues the resolution matched by ``m`` (a :data:`~.patterns.CONGRESS` match)."""
    written = m["cafter"] or m["cscope"]
    if written:
        words = _TERM_WORD.sub("", " ".join(written.split()))  # "Đảng bộ tỉnh Nghệ An khóa XX": no "khóa"
        if "toàn quốc" in words.lower():
            return NATIONAL
        if words.lower().startswith(PARTY_ORG.lower()):
            rest = words[len(PARTY_ORG):].split()
            if words.isupper():  # "ĐẢNG BỘ TỈNH" → "Đảng bộ tỉnh"
                rest = [w.lower() if w.lower() in _UNIT_WORDS else name_case(w) for w in rest]
            return " ".join([_CONGRESS, PARTY_ORG, *rest])
        return NATIONAL  # "Nghị quyết Đại hội Đảng lần thứ XIII"
    if _OF_PARTY.match(text, m.end()):
        return NATIONAL
    before = None
    for before in _NAMED_BEFORE.finditer(text, max(0, m.start() - LOOKBACK), m.start()):
        pass
    return f"{_CONGRESS} {PARTY_ORG} {before['unit'].lower()}" if before else None
