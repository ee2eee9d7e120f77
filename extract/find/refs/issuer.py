"""The body that issues a document, read from the header lines above its own number.

Example::

    >>> header_issuer("TỈNH ỦY QUẢNG NGÃI\\nVĂN PHÒNG\\nSố 12-TB/VPTU", 29)
    'Văn phòng Tỉnh ủy Quảng Ngãi'
"""
from __future__ import annotations

import functools

import regex

from extract.find.document import PARTY_NAME
from extract.find.lexicon import alternation, capitals, spellings
from extract.find.places import ORGANS, PARTY_ORG, committees, units
from extract.find.refs.attrs import CENTRAL
from extract.normalize import fold, name_case

_HEADER_LINE = regex.compile(r"^[\p{Lu}\d ,.\-–/]+$")
# the bodies a header line may name, the longer before the shorter that starts it ("Đảng ủy Khối", "Đảng ủy")
_BODY_WORDS = (f"Ban Chấp hành {PARTY_ORG}", *committees("pd"), "Đảng ủy Khối", "Đảng ủy", *ORGANS)
_BODY_KEYS = [(b, fold(b)) for b in _BODY_WORDS]

_UY = spellings("ủy")  # "Tỉnh ủy", "Tỉnh uỷ"
_UNITS = {w for u in units() for w in u.split()} | {"khối"}  # "Đảng ủy Khối" names a bloc as a unit
_TWO = [u.split() for u in units() if " " in u]  # "thành phố", "thị xã", "thị trấn"
_FIRST = {a for a, _ in _TWO}
_SECOND_ONLY = {b for _, b in _TWO} - set(units())  # "phố", "trấn": no unit on their own
_PARTY_NAME = regex.compile(rf"\s*{regex.escape(PARTY_NAME.upper())}\s*")


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
    if w in _FIRST:
        return i + 1 < len(words) and [w, words[i + 1]] in _TWO
    if w in _SECOND_ONLY:
        return i > 0 and [words[i - 1], w] in _TWO
    return w in _UNITS


def _rest_case(words: list[str], place: bool) -> list[str]:
    """The words after a body's name: ``tỉnh ủy`` → ``Tỉnh ủy``; a place after its unit in capitals
    (``tỉnh Quảng Nam``); other words lowercase, the first capitalised (``Cơ quan và doanh nghiệp tỉnh``)."""
    out = []
    for i, w in enumerate(words):
        if w in _UY and out and out[-1].lower() in _UNITS:
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
    lines = [(_PARTY_NAME.sub(" ", l) if _PARTY_HEAD in l else l).strip()
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
    if len(block) >= 2 and len(block[-1].split()) <= 3 and not body.startswith(_OWN_PLACE):
        return f"{body} {_body_case(block[-2])}"
    return body


_PARTY_HEAD = PARTY_NAME.upper().rsplit(" ", 2)[0]  # "ĐẢNG CỘNG SẢN": the cheap test before the pattern
_UNIT_CAPS = alternation(capitals(units("pd")), tones=False)  # "TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ"
# "TỈNH QUẢNG TRỊ" under "ỦY BAN NHÂN DÂN"; not a committee ("TỈNH ỦY …")
_PLACE_LINE = regex.compile(rf"^(?P<unit>{_UNIT_CAPS})[^\S\n]++(?!{alternation(capitals(['ủy']), tones=False)})"
                            r"(?P<place>\p{Lu}[\p{Lu} -]*+)$")
_PARTY_OF = regex.compile(rf"^{PARTY_ORG.upper()}[^\S\n]++(?P<unit>{_UNIT_CAPS})[^\S\n]++(?P<place>\p{{Lu}}[\p{{Lu}} -]*+)$")
_COMMITTEE_OF = {u: c for u, c in zip(units("pd"), committees("pd"))}  # "tỉnh" → "Tỉnh ủy"
# a body that names its own place: a committee ("Huyện ủy Mộ Đức", "Đảng ủy xã Kim Liên")
_OWN_PLACE = tuple({c.split()[0] for c in committees("pd")} | set(committees("c")))
# a body's name that already ends in its place: "… Tỉnh ủy Quảng Ngãi", "Đảng ủy xã Kim Liên"
_LAST_WORDS = sorted(_UY | {u.split()[-1] for u in units()})
_ISSUER_PLACE_END = regex.compile(rf"(?:{'|'.join(_LAST_WORDS)})[^\S\n]++\p{{Lu}}\p{{Ll}}*+(?:[^\S\n]++\p{{Lu}}\p{{Ll}}*+)*$")
