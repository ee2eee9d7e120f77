"""The place a local document belongs to (SPEC §2): ``Kế hoạch 15-KH/TU`` of Bắc Giang and of Quảng Trị are
two documents.

Example::

    >>> r = {"congress": None, "text": "Kế hoạch 15-KH/TU", "symbol": "15-KH/TU", "issuer_code": "TU", "issuer": None,
    ...      "self": False}
    >>> scope_of(r, {"p": "Bắc Giang", "own": "p"})
    'Bắc Giang'
"""
from __future__ import annotations

import functools

import regex

from extract.find.lexicon import alternation
from extract.find.places import committees, unit_of, units
from extract.find.refs.attrs import CENTRAL
from extract.find.refs.patterns import STATE_LOCAL_CODES, is_state_symbol
from extract.normalize import fold, name_case

_PROVINCE, _CITY = units("p")  # "tỉnh", "thành phố": a city may be a province's or a province itself
_CITY_COMMITTEE = fold(committees("p")[1])  # "Thành ủy"
_CENTRAL_BODIES = frozenset(CENTRAL.values())

# the place an issuer names after its committee: "Ban Thường vụ Tỉnh ủy Bắc Giang" → "Bắc Giang"
_ISSUER_PLACE = regex.compile(rf"(?P<committee>(?i:{alternation(committees('pd') + units())}))[^\S\n]++"
                              r"(?P<place>\p{Lu}\p{Ll}*+(?:[^\S\n]++\p{Lu}\p{Ll}*+){0,3})$")


def _local_level(issuer_code: str | None) -> str | None:
    """Which committee a local code belongs to: ``TU``, ``BTGTU``, ``ĐUK`` → province; ``HU``, ``QU`` →
    district; ``ĐU`` → commune."""
    code = (issuer_code or "").upper().replace("Ư", "U")  # OCR's "TƯ" for "TU" (dev/real NOTES 1)
    if not code or code.endswith("TW") or "-" in code:
        return None
    if code.endswith(("TU", "ĐUK")):
        return "p"
    return "c" if code.endswith("ĐU") else "d"


def scope_of(r: dict, doc_scope: dict[str, str]) -> str | None:
    """The place a local document belongs to: the one its issuer names, else the citing document's own
    committee of that level; ``Kế hoạch 15-KH/TU`` of Bắc Giang and of Quảng Trị are two documents."""
    if r["congress"] is not None:
        level = "d" if "huyện" in (r["text"] or "").lower() else "p"
        return doc_scope.get(level) if "đảng bộ" in (r["text"] or "").lower() else None
    if r.get("_state") or is_state_symbol(r["symbol"]):
        if STATE_LOCAL_CODES.isdisjoint((r["issuer_code"] or "").upper().split("-")):
            return None  # the Government's, a ministry's, the National Assembly's: "130/2020/NĐ-CP", "1719/QĐ-TTg"
        return _issuer_place(r["issuer"], None, doc_scope) or doc_scope.get("p")  # a province's: "512/QĐ-UBND"
    level = _local_level(r["issuer_code"])
    if level is None or "Ư" in (r["issuer_code"] or "") and r["issuer"] in _CENTRAL_BODIES:
        return None  # "30-QĐ/TƯ của Ban Chấp hành T.Ư Đảng": OCR's "TƯ" for the central "TW"
    named = _issuer_place(r["issuer"], level, doc_scope)
    if named:
        return named
    if level == "p" and doc_scope.get("own") == "d" and doc_scope.get("d", "").startswith("thành phố") \
            and (r["self"] or _CITY_COMMITTEE in (fold(r["issuer"]) or "")):
        return doc_scope["d"]  # a provincial city's committee numbers with "TU" too: its own number is its
    return doc_scope.get(level)


@functools.lru_cache(maxsize=4096)  # the same bodies are named again and again
def _named_place(issuer: str) -> tuple[str, str] | None:
    """``Ban Thường vụ Tỉnh ủy Bắc Giang`` → ``("tỉnh ủy", "Bắc Giang")``; None when no place follows a committee."""
    m = _ISSUER_PLACE.search(issuer)
    return (m["committee"].lower(), name_case(m["place"])) if m else None


def _issuer_place(issuer: str | None, level: str | None, doc_scope: dict[str, str]) -> str | None:
    """The place an issuer names: ``… Tỉnh ủy Bắc Giang`` → ``Bắc Giang``; ``… Huyện ủy Gio Linh`` →
    ``huyện Gio Linh``; a ``Thành ủy`` is a province's (``level`` "p") unless the header names it a provincial
    city."""
    named = _named_place(issuer or "")
    if not named:
        return None
    committee, place = named
    unit = unit_of(committee)
    if unit == _CITY and doc_scope.get("d") == f"{_CITY} {place}":
        return doc_scope["d"]  # the provincial city the header names, not its province
    if unit == _PROVINCE or level == "p" and unit == _CITY:
        return place
    return f"{unit_of(committee)} {place}"
