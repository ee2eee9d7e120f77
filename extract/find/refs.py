"""Document references (SPEC §2): numbered, code-less, plenum and congress resolutions, named documents.

Example::

    >>> from extract.context import DocContext
    >>> [r["symbol"] for r in find(DocContext("Nghị quyết số 18-NQ/TW và 19-NQ/TW của Bộ Chính trị"))]
    ['18-NQ/TW', '19-NQ/TW']
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from extract.find.document import KIND_LINE, unit_of
from extract.find.refs_attrs import CENTRAL, attributes_after, issuer_before
from extract.find.lexicon import anchored_finditer
from extract.find.refs_patterns import (ANCHORS, DOC_TYPES, NEXT_TERM, REFERENCE, STATE_LOCAL_CODES,
                                         is_state_symbol, number_word, roman)
from extract.normalize import fold, name_case

if TYPE_CHECKING:
    from extract.context import DocContext

_TYPE_OF_WORD = {fold(t): t for t in DOC_TYPES["types"]}
_TYPE_OF_WORD.update({fold(a): t for a, t in DOC_TYPES.get("aliases", {}).items()})
_PLENUM_TYPE = {**_TYPE_OF_WORD, **{fold(a): t for a, t in DOC_TYPES["plenum_short"].items()}}  # "NQ TƯ 4"
_CODE_TYPES = DOC_TYPES["code_types"]
_NAMED = {fold(n): n for n in DOC_TYPES["named"]}
_STATE_TYPES = frozenset(DOC_TYPES["state_types"])
_PARTY_CODE_TYPES = {"TT": "Thông tri"}  # a code that names another kind in a Party symbol than in a State one
_CODES = {c.upper(): c for cs in DOC_TYPES["types"].values() for c in cs}
_CODES.update({c.upper(): c for c in _CODE_TYPES})
_LIST_JOIN = regex.compile(r"^\s*+(?:,|,?\s*+và)\s*+(?:(?i:số)\s*+)?$")  # ", ", " và ", ", và "
_HEADER_LINE = regex.compile(r"^[\p{Lu}\d ,.\-–/]+$")
_BODY_WORDS = ("Ban Chấp hành Đảng bộ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy Khối", "Đảng ủy",
               "Văn phòng",
               "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính", "Ủy ban Kiểm tra", "Ban Thường vụ")
_BODY_KEYS = [(b, fold(b)) for b in _BODY_WORDS]


def _blank(**kw) -> dict:
    rec = {"start": 0, "end": 0, "text": "", "doc_type": None, "number": None, "symbol": None, "type_code": None,
           "issuer_code": None, "issued_date": None, "issuer": None, "term": None, "plenum": None,
           "congress": None, "subject": None, "self": False, "canonical_id": None, "scope": None}
    rec.update(kw)
    return rec


def _code(c: str | None) -> str | None:
    return None if c is None else _CODES.get(c.upper(), c.upper())


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


def _header_issuer(text: str, start: int) -> str | None:
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


def _numbered(m, text: str, own_date: str | None) -> dict:
    own = m["own"] is not None
    sym_start = m.start("ssym") if m["ssym"] else m.start("sym")
    sym_end = m.end("ssym") if m["ssym"] else m.end("sym")
    has_word = m["tw"] is not None
    start = m.start("numbered") if (has_word or own) else sym_start
    tc = _code(m["tc"] or m["tc2"] or m["stc"])
    ic = m["ic"] or m["ic2"]
    ic = ic.upper() if ic else m["sic"] or m["qh"] or m["cvic"]  # a State code as written: "1719/QĐ-TTg" → "TTg"
    word = _TYPE_OF_WORD.get(fold(m["tw"])) if has_word else None
    doc_type = word or (_PARTY_CODE_TYPES.get(tc or "") if m["sym"] else None) or _CODE_TYPES.get(tc or "") \
        or ("Luật" if m["qh"] and m["qh"].startswith("QH") else None) or ("Công văn" if m["cvic"] else None)
    if m["tb"] and _CODE_TYPES.get(tc or "") == "Thông báo":  # "Thông báo kết luận số 123-TB/TU" is a Thông báo
        doc_type = "Thông báo"
    symbol = "".join(text[sym_start:sym_end].split())
    rec = _blank(start=start, end=sym_end, text=text[start:sym_end], doc_type=doc_type,
                 number=m["num"] or m["snum"], symbol=symbol, type_code=tc, issuer_code=ic, self=own)
    if own:
        rec["issued_date"] = own_date
        rec["issuer"] = _header_issuer(text, m.start("numbered"))
        if tc and not has_word:  # "QĐ" is Quy định or Quyết định: the kind heading of the document decides
            rec["doc_type"] = _heading_kind(text, sym_end, tc) or rec["doc_type"]
    return rec


HEADING_REACH = 600  # the kind heading stands within this many characters after the own number


def _heading_kind(text: str, pos: int, code: str) -> str | None:
    """The document's kind from its heading line after the own number (``QUYẾT ĐỊNH``), if that kind
    uses ``code``: ``Số 1250-QĐ/TU … QUYẾT ĐỊNH`` → ``Quyết định``."""
    for m in KIND_LINE.finditer(text, pos, pos + HEADING_REACH):
        kind = _TYPE_OF_WORD.get(fold(" ".join(m["kind"].split())))
        if kind and kind in DOC_TYPES["types"] and code in DOC_TYPES["types"][kind]:
            return kind
    return None


def _plenum(m) -> list[dict]:
    doc_type = _PLENUM_TYPE.get(fold(m["ptw"]))
    end = m.end("pn") if m.captures("pm") else m.end("plenum")  # a listed plenum's own span ends at its number
    first = _blank(start=m.start("plenum"), end=end, text=m.string[m.start("plenum"):end], doc_type=doc_type,
                   plenum=number_word(m["pn"]), term=roman(m["term"]) if m["term"] else None)
    out = [first]
    for (a, b), pn in zip(m.spans("pm"), m.captures("pm")):  # "Trung ương 6, 7, 8 khóa XIII"
        out.append(_blank(start=a, end=b, text=pn, doc_type=doc_type, plenum=int(pn), term=first["term"],
                          _group=m.start()))
        first["_group"] = m.start()
    pos = m.end("plenum")
    while m["term"]:
        n = NEXT_TERM.match(m.string, pos, pos + 30)
        if not n:
            break
        out.append(_blank(start=n.start("span"), end=n.end("span"), text=n["span"], doc_type=doc_type,
                          plenum=first["plenum"], term=roman(n["term"]), _group=m.start()))
        first["_group"] = m.start()
        pos = n.end()
    return out


def _congress(m) -> dict:
    return _blank(start=m.start("congress"), end=m.end("congress"), text=m["congress"], doc_type="Nghị quyết",
                  congress=number_word(m["cn"]))


def _named(m) -> dict:
    t = m["named"]
    key = fold(t)
    word = _TYPE_OF_WORD[fold(m["law"])] if m["law"] else next(  # "Bộ luật Hình sự" is a Bộ luật
        (w for w in ("Điều lệ", "Cương lĩnh", "Hiến pháp") if key.startswith(fold(w))), _NAMED.get(key, t))
    t = t.rstrip(", ")
    return _blank(start=m.start("named"), end=m.start("named") + len(t), text=t, doc_type=word)


def _codeless(m, full: dict) -> dict | None:
    doc_type = _TYPE_OF_WORD.get(fold(m["cltw"]))
    num = m["clnum"]
    known = full.get((doc_type, int(num)))
    rec = _blank(start=m.start("codeless"), end=m.end("codeless"), text=m["codeless"], doc_type=doc_type,
                 number=num)
    if known:  # "Nghị định 130" after "Nghị định số 130/2020/NĐ-CP" is a State document too
        rec["type_code"], rec["issuer_code"], rec["_state"] = known
    elif doc_type in _STATE_TYPES:  # "Nghị định 130" alone: the Government's; resolution finds which one
        rec["type_code"], rec["_state"] = next(c for c, t in _CODE_TYPES.items() if t == doc_type), True
    return rec


# "Nghị quyết số 18, 19-NQ/TW", "Kế hoạch số 34, 35, 36-KH/TU", "Kết luận số 01, 02 và 03-KL/TU": numbers
# that share the code of the symbol closing the list
_LIST_SEP = r"(?:[^\S\n]*+,[^\S\n]*+(?:và[^\S\n]++)?|[^\S\n]++và[^\S\n]++)"
_LIST_NUMBER = regex.compile(rf"{_LIST_SEP}(?P<n>\d{{1,5}})(?![\d\p{{L}}]|[^\S\n]*+[-–/])")
_LIST_CLOSE = regex.compile(rf"{_LIST_SEP}(?=\d{{1,5}}[^\S\n]?[-–/])")


def _number_list(m, text: str, own_date: str | None) -> list[dict]:
    """The numbers of a code-less match that a symbol closes, as references with that symbol's codes
    (the symbol itself is found on its own); [] when no symbol closes them."""
    nums, pos = [(m.start("codeless"), m.end("codeless"), m["clnum"])], m.end("codeless")
    while (n := _LIST_NUMBER.match(text, pos, pos + 20)) is not None:
        nums.append((n.start("n"), n.end("n"), n["n"]))
        pos = n.end()
    close = _LIST_CLOSE.match(text, pos, pos + 20)
    last = REFERENCE.match(text, close.end(), close.end() + 60) if close else None
    if not last or not last["numbered"] or not (last["tc"] or last["tc2"]):
        return []
    sym = _numbered(last, text, own_date)
    out = []
    for a, b, n in nums:
        out.append(_blank(start=a, end=b, text=text[a:b], doc_type=_TYPE_OF_WORD.get(fold(m["cltw"])) or sym["doc_type"],
                          number=n, symbol=f"{n}-{sym['type_code']}/{sym['issuer_code']}", type_code=sym["type_code"],
                          issuer_code=sym["issuer_code"], _group=m.start()))
    return out


def _under_heading(m, text: str):
    """A match that starts with the document's kind as a heading line (``NGHỊ QUYẾT`` alone on its
    line): the heading names this document, not a cited one. Returns what the rest matches, if anything:
    ``NGHỊ QUYẾT\nSố 05-NQ/ĐU`` → the own number ``Số 05-NQ/ĐU``; ``NGHỊ QUYẾT\nĐại hội …`` → None."""
    first, nl, _ = m.group().partition("\n")
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not nl or not first.strip().isupper() or any(c.isdigit() for c in first) or text[line_start:m.start()].strip():
        return m
    after = m.start() + len(first) + 1
    while after < m.end() and text[after].isspace():
        after += 1
    again = REFERENCE.match(text, after, m.end())
    return again if again and again.end() == m.end() else None


def _candidates(text: str, own_date: str | None, starts: list[int]) -> list[dict]:
    out, full, group = [], {}, None
    for m in anchored_finditer(REFERENCE, starts, text):
        if "\n" in m.group():
            m = _under_heading(m, text)
            if m is None:
                continue
        if m["numbered"]:
            rec = _numbered(m, text, own_date)
            if group is not None:  # the symbol closing a list of numbers: a member of that list
                rec["_group"], group = group, None
            full.setdefault((rec["doc_type"], int(rec["number"])),
                            (rec["type_code"], rec["issuer_code"], is_state_symbol(rec["symbol"])))
            out.append(rec)
        elif m["plenum"]:
            out.extend(_plenum(m))
        elif m["congress"]:
            out.append(_congress(m))
        elif m["codeless"] and (listed := _number_list(m, text, own_date)):
            out.extend(listed)
            group = m.start()
        elif m["codeless"]:
            rec = _codeless(m, full)
            if rec:
                rec["_needs_context"] = rec["issuer_code"] is None and not rec.get("_state")
                out.append(rec)
        elif m["named"]:
            out.append(_named(m))
    return _law_numbers(text, out)


_LAWS = ("Luật", "Bộ luật")
_LAW_NUMBER_GAP = regex.compile(r"[^\S\n]*+(?i:số)?[^\S\n]*+")


def _law_numbers(text: str, refs: list[dict]) -> list[dict]:
    """``Luật Đất đai số 45/2013/QH13`` is one reference: the law's name and its number (``Bộ luật Hình sự số
    100/2015/QH13`` stays a Bộ luật)."""
    out = []
    for r in refs:
        prev = out[-1] if out else None
        if prev and prev["doc_type"] in _LAWS and r["doc_type"] == "Luật" and prev["symbol"] is None and r["symbol"] \
                and _LAW_NUMBER_GAP.fullmatch(text, prev["end"], r["start"]):
            out[-1] = {**r, "start": prev["start"], "text": text[prev["start"]:r["end"]], "doc_type": prev["doc_type"]}
            continue
        out.append(r)
    return out


def _attach(text: str, refs: list[dict]) -> list[dict]:
    kept = []
    for r in refs:
        a = attributes_after(text, r["end"])
        for k in ("issued_date", "issuer", "term", "plenum", "subject"):
            if r.get(k) is None and a[k] is not None:
                r[k] = a[k]
                if k == "subject":
                    r["_subject_at"] = a["subject_at"]
        r["_attr_end"] = a["end"]
        if r.pop("_needs_context", False):
            if r["plenum"] is None and r["issuer"] not in ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"):
                continue  # "Quyết định 15" with nothing that says whose: too weak to be a reference
            r["type_code"] = next((c for c, t in _CODE_TYPES.items() if t == r["doc_type"]), None)
            r["issuer_code"] = "TW"
        if r["issuer"] is None and not r["self"]:
            r["issuer"] = issuer_before(text, r["start"])
        kept.append(r)
    return kept


def _share_lists(text: str, refs: list[dict]) -> None:
    """``A và B của Bộ Chính trị về …``, ``Nghị quyết Trung ương 4 khóa XI, XII về …``: what follows the
    last member belongs to every member. Its date too when the members after the first are bare numbers of
    one list (``các Nghị quyết số 19-NQ/TW, 20-NQ/TW ngày 25/10/2017``); a member named with its own type word
    and date owns what follows (``Quy định số 08-QĐi/TW và Quy định số 101-QĐ/TW ngày 07/6/2012 của Ban Bí thư``)."""
    dated = [r["issued_date"] is not None for r in refs]  # a date written after the member itself, not shared
    for i in range(len(refs) - 2, -1, -1):
        a, b = refs[i], refs[i + 1]
        same_group = a.get("_group") is not None and a.get("_group") == b.get("_group")
        listed = same_group or b["text"][:1].isdigit()  # "20-NQ/TW" after "Nghị quyết số 19-NQ/TW, ": one list
        clash = a["issuer_code"] and b["issuer_code"] and a["issuer_code"] != b["issuer_code"]
        clash = clash or (a["number"] is None and a["plenum"] is None)  # "Điều lệ Đảng và Hướng dẫn số …"
        clash = clash or (a["issuer"] is not None and not same_group)  # "A của Bộ Chính trị và B … về …": A is whole
        clash = clash or (dated[i + 1] and a["issued_date"] is None and not listed)
        if (same_group or _LIST_JOIN.match(text[a["_attr_end"]:b["start"]])) and a["subject"] is None and not clash:
            for k in ("issuer", "term", "plenum", "subject") + (("issued_date",) if listed else ()):
                if a[k] is None:
                    a[k] = b[k]


# what sets another reference apart from a subject: "… và", "…, nay là", "…, thay thế" (in "về thi hành Điều lệ
# Đảng" the reference is what the subject is about, and stays in it)
_SUBJECT_TAIL = regex.compile(r"(?:[\s,;:(]*+(?:,|;|\(|(?<![\p{L}])(?:và|nay là|thay thế|thay cho)(?![\p{L}]))[\s]*+)++$",
                              regex.I)


def _subjects_end_at_next_reference(text: str, refs: list[dict]) -> None:
    """A subject is the "về …" clause of its own reference: it ends where another reference starts
    (``Nghị quyết số 57-NQ/TW về đột phá … và Nghị quyết Đại hội …``)."""
    for r, nxt in zip(refs, refs[1:]):
        at = r.get("_subject_at")
        if at is None or not r["subject"] or not at < nxt["start"] < at + len(r["subject"]) + 10:
            continue
        cut = text[at:nxt["start"]]
        tail = _SUBJECT_TAIL.search(cut)
        if tail:
            r["subject"] = cut[:tail.start()].strip() or None


_BOUNDS = {"term": 30, "plenum": 30, "congress": 40}  # what a Party term, plenum or congress number can be


def _plausible(r: dict) -> bool:
    """Numbers outside what exists are misreadings: a term above 30 is dropped, a plenum 0 is no reference."""
    if r["term"] is not None and not 1 <= r["term"] <= _BOUNDS["term"]:
        r["term"] = None
    for k in ("plenum", "congress"):
        if r[k] is not None and not 1 <= r[k] <= _BOUNDS[k]:
            return False
    return True


# the place an issuer names after its committee: "Ban Thường vụ Tỉnh ủy Bắc Giang" → "Bắc Giang"
_ISSUER_PLACE = regex.compile(r"(?P<committee>(?i:tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy"
                              r"|thị uỷ|tỉnh|huyện|thành phố|quận|thị xã|xã|phường|thị trấn))[^\S\n]++"
                              r"(?P<place>\p{Lu}\p{Ll}*+(?:[^\S\n]++\p{Lu}\p{Ll}*+){0,3})$")


def _local_level(issuer_code: str | None) -> str | None:
    """Which committee a local code belongs to: ``TU``, ``BTGTU``, ``ĐUK`` → province; ``HU``, ``QU`` →
    district; ``ĐU`` → commune."""
    code = (issuer_code or "").upper()
    if not code or code.endswith("TW") or "-" in code:
        return None
    if code.endswith(("TU", "ĐUK")):
        return "p"
    return "c" if code.endswith("ĐU") else "d"


def _scope(r: dict, doc_scope: dict[str, str]) -> str | None:
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
    if level is None:
        return None
    named = _issuer_place(r["issuer"], level, doc_scope)
    if named:
        return named
    if level == "p" and doc_scope.get("own") == "d" and doc_scope.get("d", "").startswith("thành phố") \
            and (r["self"] or "thành ủy" in (r["issuer"] or "").lower()):
        return doc_scope["d"]  # a provincial city's committee numbers with "TU" too: its own number is its
    return doc_scope.get(level)


def _issuer_place(issuer: str | None, level: str | None, doc_scope: dict[str, str]) -> str | None:
    """The place an issuer names: ``… Tỉnh ủy Bắc Giang`` → ``Bắc Giang``; ``… Huyện ủy Gio Linh`` →
    ``huyện Gio Linh``; a ``Thành ủy`` is a province's (``level`` "p") unless the header names it a provincial
    city."""
    m = _ISSUER_PLACE.search(issuer or "")
    if not m:
        return None
    committee = m["committee"].lower()
    place = name_case(m["place"])
    if committee.startswith("thành") and doc_scope.get("d") == f"thành phố {place}":
        return doc_scope["d"]  # the provincial city the header names, not its province
    if committee.startswith("tỉnh") or level == "p" and "thành" in committee:
        return place
    return f"{unit_of(committee)} {place}"


def find(ctx: DocContext) -> list[dict]:
    """Every document reference of the document as DocRef dicts (``canonical_id`` is set later by resolve).

    ``Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị`` → doc_type Chỉ thị, symbol 05-CT/TW,
    issued_date 2016-05-15, issuer Bộ Chính trị; an own number (``Số 12-TB/HU`` in the header) has the
    document's own date.
    """
    text = ctx.text
    refs = [r for r in _attach(text, _candidates(text, ctx.own_date.date, ctx.anchors(ANCHORS))) if _plausible(r)]
    refs.sort(key=lambda r: r["start"])
    _subjects_end_at_next_reference(text, refs)
    _share_lists(text, refs)
    doc_scope = ctx.scope
    for r in refs:
        r.pop("_attr_end", None)
        r.pop("_group", None)
        r.pop("_subject_at", None)
        r["scope"] = _scope(r, doc_scope)
        r.pop("_state", None)
    return refs
