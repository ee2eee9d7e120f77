"""The body that issues a document, read from the header lines above its own number.

Example::

    >>> header_issuer("TỈNH ỦY QUẢNG NGÃI\\nVĂN PHÒNG\\nSố 12-TB/VPTU", 29)
    'Văn phòng Tỉnh ủy Quảng Ngãi'
"""
from __future__ import annotations

import functools

import regex

from extract.find.document import KIND_LINE, PARTY_NAME
from extract.find.lexicon import alternation, capitals, spellings
from extract.find.places import ORGANS, PARTY_ORG, committees, units
from extract.find.refs.attrs import CENTRAL, iso_date
from extract.find.refs.patterns import ISSUERS, number_word, roman
from extract.normalize import fold, name_case

_HEADER_LINE = regex.compile(r"^[\p{Lu}\d ,.\-–/]+$")
# the bodies a header line may name, the longer before the shorter that starts it ("Đảng ủy Khối", "Đảng ủy")
_BODY_WORDS = (f"Ban Chấp hành {PARTY_ORG}", *committees("pd"), "Đảng ủy Khối", "Đảng ủy", *ORGANS,
               *ISSUERS["state_organs"], PARTY_ORG)
_BODY_KEYS = [(b, fold(b)) for b in _BODY_WORDS]
# what a header line naming a body starts with; a line that does not goes on with the name above it
_BODY_STARTS = tuple(sorted({k for _, k in _BODY_KEYS} | {fold(w) for w in (PARTY_ORG, "Chi bộ", "Ban", "Văn phòng",
                                                                              "Sở", "Bộ")} | set(CENTRAL)))
_PARTY_ORG_KEY = fold(PARTY_ORG) + " "
_INSTITUTION_WORDS = sorted(ISSUERS["institutions"], key=lambda w: -len(w.split()))  # "Đại học": a proper name follows

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


def _institution(words: list[str]) -> tuple[list[str], list[str]]:
    """The words that open an institution's name, as the data file writes them (``trường đại học`` → ``Trường``,
    ``Đại học``), and the words after them."""
    out: list[str] = []
    while kind := next((k for k in _INSTITUTION_WORDS if fold(" ".join(words[:len(k.split())])) == fold(k)), None):
        out += kind.split()
        words = words[len(kind.split()):]
    return out, words


def _rest_case(words: list[str], place: bool) -> list[str]:
    """The words after a body's name: ``tỉnh ủy`` → ``Tỉnh ủy``; a place after its unit in capitals
    (``tỉnh Quảng Nam``); other words lowercase, the first capitalised (``Cơ quan và doanh nghiệp tỉnh``), but
    an institution's name in capitals word by word (``Trường Đại học Kỹ thuật Công nghiệp``)."""
    out, words = _institution(words)
    proper = bool(out)  # "Trường Đại học Kỹ thuật …": a proper name
    for i, w in enumerate(words):
        if w in _UY and out and out[-1].lower() in _UNITS:
            out[-1], place = out[-1].capitalize(), True  # "tỉnh ủy" → "Tỉnh ủy"; a place may follow
            out.append("ủy")
        elif _is_unit(words, i):
            out.append(w)
            place = True
        else:
            out.append(name_case(w) if place or proper or (i == 0 and w not in ("các", "và")) else w)
    return out


def header_issuer(text: str, start: int) -> str | None:
    """The body in the header lines above an own number: ``TỈNH ỦY QUẢNG NGÃI / VĂN PHÒNG``."""
    block = _header_block(text, start)
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


HEADER_REACH = 400  # the header's body lines stand within this many characters before the own number
_SEPARATOR = frozenset("*-_–—=|. \t")  # the rules and table bars of a header: "-------", "|", "*"


def _header_block(text: str, start: int) -> list[str]:
    """The header's body lines above an own number, top to bottom, without the mottos, rules and blank
    lines, a name broken over lines joined (``ỦY / BAN NHÂN DÂN``, ``ĐẢNG ỦY TRƯỜNG ĐẠI HỌC / KỸ THUẬT …``); a
    header run into the own number's line is parted at each Party organisation (``ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG
    ỦY XÃ LA BẰNG *``)."""
    lines = _MOTTO.sub("\n", text[max(0, start - HEADER_REACH):start]).split("\n")
    run = lines.pop().strip().strip("*|").strip()  # what stands before the label on its own line
    if run:
        return _RUN_PARTS.split(run) if _HEADER_LINE.match(run) and len(run.split()) >= 2 else []
    block: list[str] = []
    for line in reversed(lines):
        line = line.strip(" \t|")  # a table's bars: "ỦY BAN NHÂN DÂN |"
        kind = _line_kind(line)
        if kind == _SKIP:
            continue
        if kind == _OTHER:
            break
        block.insert(0, line)
    out: list[str] = []
    for line in block:
        if out and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_SKIP, _BODY_LINE, _OTHER = range(3)


@functools.lru_cache(maxsize=4096)  # the same header lines come back in every document of a committee
def _line_kind(line: str) -> int:
    """A header line above an own number: one to skip (a rule, a kind heading ``NGHỊ QUYẾT``), one that may name
    a body (capitals), or another (the header ends above it)."""
    if set(line) <= _SEPARATOR or KIND_LINE.fullmatch(line):
        return _SKIP
    return _BODY_LINE if _HEADER_LINE.match(line) and any(c.isalpha() for c in line) else _OTHER


@functools.lru_cache(maxsize=4096)  # the same header lines come back in every document of a committee
def _continues(above: str, line: str) -> bool:
    """``line`` goes on with the name of the line ``above``: a body's name broken after its first words
    (``ỦY`` / ``BAN NHÂN DÂN``, ``HỘI ĐỒNG`` / ``NHÂN DÂN``), or the rest of a body's name that is no body,
    unit or Party organisation of its own (``ĐẢNG ỦY TRƯỜNG ĐẠI HỌC`` / ``KỸ THUẬT CÔNG NGHIỆP``)."""
    a, b = fold(above), fold(line)
    if any(k.startswith(a + " ") for k in _BODY_STARTS):
        return True
    if _starts_body(b) or _PLACE_LINE.match(line) or a.startswith(_PARTY_ORG_KEY):
        return False  # a Party organisation's line is whole: "ĐẢNG BỘ XÃ AN PHÚ"
    return _starts_body(a)


@functools.lru_cache(maxsize=4096)
def _starts_body(key: str) -> bool:
    """The folded line starts with the name of a body: ``đang4 uy4 …``, ``ban …``, ``bô5 chinh2 tri5``."""
    key += " "
    return any(key.startswith(s + " ") for s in _BODY_STARTS)


def header_date(text: str, end: int) -> str | None:
    """The date of the place-date run into the own number's line (``Số 09 -KH/ĐU … La Bằng, ngày 24 tháng 11
    năm 2020``), for a header the document's own date was not read from."""
    m = _RUN_DATE.search(text, end, end + _RUN_DATE_REACH)
    return iso_date(m["y"], m["m"], m["d"]) if m else None


def heading_plenum(text: str, end: int) -> tuple[int | None, int | None]:
    """The plenum and term of a plenum's heading under the kind heading after the own number (``KẾT LUẬN /
    HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)`` → 7, 16), and a State council's term in its
    preamble (``HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH, / KHÓA IX - KỲ HỌP THỨ 18`` → term 9)."""
    window = text[end:end + _HEADING_REACH]
    if "HỘI" not in window and "KH" not in window:  # no plenum heading, no council's term: the plain test first
        return None, None
    for m in line_matches(_PLENUM_HEADING, text, end, end + _HEADING_REACH):
        above = text[max(end, text.rfind("\n", end, max(end, m.start() - 1)) + 1):m.start()].strip()
        if (_KIND_ABOVE.fullmatch(above) or KIND_LINE.fullmatch(above)) and (pn := number_word(" ".join(m["pn"].split()))):
            return pn, roman(m["term"]) if m["term"] else None
    m = next(line_matches(_COUNCIL_TERM, text, end, end + _HEADING_REACH), None) if "NHÂN DÂN" in window else None
    return None, roman(m["term"]) if m else None


def line_matches(pattern, text: str, pos: int, end: int):
    """``pattern.finditer(text, pos, end)`` for a pattern whose matches start their lines (``(?m)^…``), tried only
    at the line starts (a scan tries every character); after a match, from where it ends."""
    at = pos if pos == 0 or text[pos - 1] == "\n" else _next_line(text, pos, end)
    while at is not None and at < end:
        m = pattern.match(text, at, end)
        if m is None:
            at = _next_line(text, at, end)
            continue
        yield m
        at = m.end() if text[m.end() - 1:m.end()] == "\n" else _next_line(text, m.end(), end)


def _next_line(text: str, i: int, end: int) -> int | None:
    j = text.find("\n", i, end)
    return None if j < 0 else j + 1


_HEADING_REACH = 600  # the headings stand within this many characters after the own number
_MOTTO = regex.compile("|".join(r"\s++".join("[-–]" if w in "-–" else regex.escape(w) for w in m.split())
                                for m in ISSUERS["header_mottos"]), regex.I)  # "Độc lập - Tự do – Hạnh phúc" too
# a header run into one line is parted before each Party organisation or committee ("… ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY
# XÃ LA BẰNG"), but not after a board that belongs to it ("BAN TỔ CHỨC ĐẢNG ỦY KHỐI", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH")
_OF_COMMITTEE = alternation(capitals([*ORGANS, "Ban Chấp hành"]), tones=False)
_COMMITTEE_CAPS = alternation(capitals(committees("pd")), tones=False)
# … and before a board after a committee or organisation and its place ("TỈNH ỦY NINH BÌNH BAN TUYÊN GIÁO")
_RUN_PARTS = regex.compile(rf"[ \t]++(?<!(?:{_OF_COMMITTEE})[ \t]++)"
                           rf"(?=(?:{alternation(capitals([PARTY_ORG, 'Đảng ủy']), tones=False)}|{_COMMITTEE_CAPS})[ \t])"
                           rf"|(?<=(?:{_COMMITTEE_CAPS}|{PARTY_ORG.upper()}[ \t]+{alternation(capitals(units()), tones=False)})"
                           rf"(?:[ \t]+[\p{{Lu}}-]+){{1,4}})[ \t]++(?=(?:{_OF_COMMITTEE})(?!\p{{L}}))")
_RUN_DATE_REACH = 200
_RUN_DATE = regex.compile(r"\p{Lu}[\p{L} .-]{0,40}?,[^\S\n]*+(?i:ngày)\s++(?P<d>\d{1,2})\s++(?i:tháng)\s++(?P<m>\d{1,2})"
                          r"\s++(?i:năm)\s++(?P<y>(?:19|20)\d\d)")
# the kind heading a plenum's heading stands under: a heading line of a few words, OCR-damaged too ("K ÉT LUẬN")
_KIND_ABOVE = regex.compile(r"\p{Lu}++(?:[^\S\n]++\p{Lu}++){0,2}")
_PLENUM_HEADING = regex.compile(r"(?m)^[^\S\n]*+HỘI[^\S\n]++NGHỊ[^\S\n]++(?:L[ÂẦA]N[^\S\n]++THỨ[^\S\n]++)?"
                                r"(?P<pn>[\p{Lu}\d]++(?:[^\S\n]++(?:MỘT|HAI|BA|TƯ|BỐN|NĂM|LĂM|SÁU|BẢY|TÁM|CHÍN)(?!\p{L}))?)"
                                r"(?:[^\(\n]*+\n?[^\(\n]*?\(?KH(?:ÓA|OÁ)[^\S\n]++(?P<term>[IVXL]{1,5})\b)?")
_COUNCIL_TERM = regex.compile(rf"(?m)^[^\S\n]*+(?:{alternation(capitals(ISSUERS['state_organs']), tones=False)})"
                              r"[^\n]*+\n[^\S\n]*+KH(?:ÓA|OÁ)[^\S\n]++(?P<term>[IVXL]{1,5})\b")


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
