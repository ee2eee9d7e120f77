"""The body that issues a document, read from the header lines above its own number.

Example::

    >>> header_issuer("TỈNH ỦY QUẢNG NGÃI\\nVĂN PHÒNG\\nSố 12-TB/VPTU", 29)
    'Văn phòng Tỉnh ủy Quảng Ngãi'
"""
from __future__ import annotations

import functools

import regex

from extract.find.refs.attrs import CENTRAL
from extract.normalize import fold, name_case

_HEADER_LINE = regex.compile(r"^[\p{Lu}\d ,.\-–/]+$")
_BODY_WORDS = ("Ban Chấp hành Đảng bộ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy Khối", "Đảng ủy",
               "Văn phòng",
               "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính", "Ủy ban Kiểm tra", "Ban Thường vụ")
_BODY_KEYS = [(b, fold(b)) for b in _BODY_WORDS]

_UNITS = {"tỉnh", "huyện", "xã", "phường", "quận", "thị", "trấn", "thành", "phố", "khối"}
_PARTY_NAME = regex.compile(r"\s*ĐẢNG CỘNG SẢN VIỆT NAM\s*")


@functools.lru_cache(maxsize=4096)  # the same header lines come back in every document of a committee
def _body_case(line: str) -> str:
    """``TỈNH ỦY QUẢNG NGÃI`` → ``Tỉnh ủy Quảng Ngãi``, ``ĐẢNG ỦY XÃ KIM LIÊN`` → ``Đảng ủy xã Kim Liên``."""
    low = " ".join(line.lower().split())
    key = fold(low)
    if key in CENTRAL:  # "BAN CHẤP HÀNH TRUNG ƯƠNG" → "Ban Chấp hành Trung ương"
        return CENTRAL[key]
    for body, body_key in _BODY_KEYS:
        if key.startswith(body_key):
            place = body in _COMMITTEE_OF.values()  # "Tỉnh ủy Quảng Ngãi": a place follows
            return " ".join([body] + _rest_case(low.split()[len(body.split()):], place))
    return low.capitalize()


def _is_unit(words: list[str], i: int) -> bool:
    """``tỉnh``, ``huyện``, ``xã``; ``thành`` and ``thị`` only in ``thành phố``, ``thị xã``, ``thị trấn``
    (``Yên Thành`` is a place)."""
    w = words[i]
    if w in ("thành", "thị"):
        return i + 1 < len(words) and words[i + 1] in ("phố", "xã", "trấn")
    if w in ("phố", "trấn"):
        return i > 0 and words[i - 1] in ("thành", "thị")
    return w in _UNITS


def _rest_case(words: list[str], place: bool) -> list[str]:
    """The words after a body's name: ``tỉnh ủy`` → ``Tỉnh ủy``; a place after its unit in capitals
    (``tỉnh Quảng Nam``); other words lowercase, the first capitalised (``Cơ quan và doanh nghiệp tỉnh``)."""
    out = []
    for i, w in enumerate(words):
        if w in ("ủy", "uỷ") and out and out[-1].lower() in _UNITS:
            out[-1], place = out[-1].capitalize(), True  # "tỉnh ủy" → "Tỉnh ủy"; a place may follow
            out.append("ủy")
        elif _is_unit(words, i):
            out.append(w)
            place = True
        else:
            out.append(name_case(w) if place or (i == 0 and w not in ("các", "và")) else w)
    return out


def header_issuer(text: str, start: int) -> str | None:
    """The body in the header lines above an own number: ``TỈNH ỦY QUẢNG NGÃI / VĂN PHÒNG``."""
    lines = [(_PARTY_NAME.sub(" ", l) if "ĐẢNG CỘNG SẢN" in l else l).strip()
             for l in text[max(0, start - 300):start].split("\n")][:-1]
    block = []
    for line in reversed(lines):
        if not line or set(line) <= {"*", "-", "_"}:
            if block:
                break
            continue
        if not _HEADER_LINE.match(line) or not any(c.isalpha() for c in line):
            break
        block.insert(0, line)
    if not block:
        return None
    body = _body_case(block[-1])
    if len(block) >= 2:
        above = block[-2]
        place_line = _PLACE_LINE.match(block[-1])
        if place_line:  # "ỦY BAN NHÂN DÂN / TỈNH QUẢNG TRỊ"
            return f"{_body_case(above)} {place_line['unit'].lower()} {name_case(place_line['place'])}"
        party = _PARTY_OF.match(above)
        if party and not _ISSUER_PLACE_END.search(body):  # "ĐẢNG BỘ TỈNH PHÚ YÊN / TỈNH ỦY" or "/ ỦY BAN KIỂM TRA"
            committee = _COMMITTEE_OF[party["unit"].lower()]
            place = name_case(party["place"])
            return f"{body} {place}" if body.endswith(tuple(_COMMITTEE_OF.values())) \
                else f"{body} {committee} {place}"
    # an office without its own place ("VĂN PHÒNG") belongs to the committee above it
    if len(block) >= 2 and len(block[-1].split()) <= 3 and not body.startswith(("Tỉnh", "Huyện", "Thành", "Đảng ủy xã")):
        return f"{body} {_body_case(block[-2])}"
    return body


_PLACE_LINE = regex.compile(r"^(?P<unit>TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)[^\S\n]++(?!ỦY|UỶ)(?P<place>\p{Lu}[\p{Lu} -]*+)$")
_PARTY_OF = regex.compile(r"^ĐẢNG BỘ[^\S\n]++(?P<unit>TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)[^\S\n]++(?P<place>\p{Lu}[\p{Lu} -]*+)$")
_COMMITTEE_OF = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy"}
# a body's name that already ends in its place: "… Tỉnh ủy Quảng Ngãi", "Đảng ủy xã Kim Liên"
_ISSUER_PLACE_END = regex.compile(r"(?:ủy|uỷ|tỉnh|huyện|xã|phường|phố|quận|trấn)[^\S\n]++\p{Lu}\p{Ll}*+(?:[^\S\n]++\p{Lu}\p{Ll}*+)*$")
