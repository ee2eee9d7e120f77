"""Reference candidates: each form of :data:`~extract.find.refs.patterns.REFERENCE` turned into DocRef dicts.

Example::

    >>> from extract.find.refs.patterns import ANCHORS
    >>> t = "Nghị quyết số 18, 19-NQ/TW và Nghị quyết Trung ương 4 khóa XII"
    >>> [(r["text"], r["symbol"], r["plenum"]) for r in candidates(t, None, ANCHORS.starts(t))]
    [('Nghị quyết số 18', '18-NQ/TW', None), ('19-NQ/TW', '19-NQ/TW', None), ('Nghị quyết Trung ương 4 khóa XII', None, 4)]
"""
from __future__ import annotations

import functools

import regex

from extract.find.document import KIND_LINE
from extract.find.lexicon import anchored_finditer, starts_line
from extract.find.refs.congress import congress_issuer
from extract.find.refs.issuer import header_date, header_issuer, heading_plenum, line_matches
from extract.find.refs.patterns import (DOC_TYPES, NEXT_TERM, REFERENCE, TYPE_CODE_OF, is_state_symbol,
                                        number_word, roman)
from extract.normalize import fold
from schemas.records import DocRef

_TYPE_OF_WORD = {fold(t): t for t in DOC_TYPES["types"]}
_TYPE_OF_WORD.update({fold(a): t for a, t in DOC_TYPES.get("aliases", {}).items()})
_PLENUM_TYPE = {**_TYPE_OF_WORD, **{fold(a): t for a, t in DOC_TYPES["plenum_short"].items()}}  # "NQ TƯ 4"
_CODE_TYPES = DOC_TYPES["code_types"]  # code → kind: "NĐ" → "Nghị định"
_NAMED = {fold(n): n for n in DOC_TYPES["named"]}
_STATE_TYPES = frozenset(DOC_TYPES["state_types"])
_PARTY_CODE_TYPES = {"TT": "Thông tri"}  # a code that names another kind in a Party symbol than in a State one
_STATE_CODE_TYPES = DOC_TYPES["state_code_types"]  # … and in a State one: "186/QĐ-UBND" is a Quyết định
# the groups of REFERENCE read on the hot path, by number (a name costs ~10× more to look up on a regex match)
_GROUPS = ("numbered", "own", "sym", "tc", "ssym", "tw", "tc2", "stc", "ic", "ic2", "sic", "qh", "cvic", "bic", "tb", "num",
           "snum", "plenum", "congress", "codeless", "named", "cltw", "clnum", "clso", "law")
(_G_NUMBERED, _G_OWN, _G_SYM, _G_TC, _G_SSYM, _G_TW, _G_TC2, _G_STC, _G_IC, _G_IC2, _G_SIC, _G_QH, _G_CVIC, _G_BIC, _G_TB,
 _G_NUM, _G_SNUM, _G_PLENUM, _G_CONGRESS, _G_CODELESS, _G_NAMED, _G_CLTW, _G_CLNUM, _G_CLSO, _G_LAW) = (
    REFERENCE.groupindex[k] for k in _GROUPS)
CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương"  # the issuer of a plenum's resolution that names it (dev/real NOTES 9)
_NAMES_COMMITTEE = regex.compile(r"(?i:ban\s++chấp\s++hành)")
_CODES = {c.upper(): c for cs in DOC_TYPES["types"].values() for c in cs}
_CODES.update({c.upper(): c for c in _CODE_TYPES})


# a DocRef's fields and their defaults, as declared in schemas (its sentence id is set by the pipeline)
_BLANK = {k: (None if f.is_required() else f.default) for k, f in DocRef.model_fields.items() if k != "sentence_id"}


def _blank(**kw) -> dict:
    rec = {**_BLANK, "start": 0, "end": 0, "text": ""}
    rec.update(kw)
    return rec


@functools.lru_cache(maxsize=1024)
def kind_of(word: str) -> str | None:
    """The kind a type word names, in any case or tone placement: ``NGHỊ QUYẾT`` → ``Nghị quyết``."""
    return _TYPE_OF_WORD.get(fold(word))


def _code(c: str | None) -> str | None:
    return None if c is None else _CODES.get(c.upper(), c.upper())



def _symbol(m, text: str, start: int, end: int) -> str:
    """The symbol as written without its spaces, the hyphen before a Party type code restored:
    ``12 -TB/HU`` → ``12-TB/HU``, ``09 KH/ĐU`` → ``09-KH/ĐU`` (the codes stay as written: ``445-KL/TƯ``)."""
    if m[_G_SYM] and m[_G_TC]:
        return f"{m['num']}-{''.join(text[m.start('tc'):end].split())}"
    return "".join(text[start:end].split())


def _numbered(m, text: str, own_date: str | None) -> dict:
    own = m[_G_OWN] is not None
    sym_start = m.start(_G_SSYM) if m[_G_SSYM] else m.start(_G_SYM)
    sym_end = m.end(_G_SSYM) if m[_G_SSYM] else m.end(_G_SYM)
    has_word = m[_G_TW] is not None
    start = m.start(_G_NUMBERED) if (has_word or own) else sym_start
    tc = _code(m[_G_TC] or m[_G_TC2] or m[_G_STC])
    ic = m[_G_IC] or m[_G_IC2]
    ic = ic.upper() if ic else m[_G_SIC] or m[_G_QH] or m[_G_CVIC] or m[_G_BIC]  # a State code as written: "1719/QĐ-TTg" → "TTg"
    word = kind_of(m[_G_TW]) if has_word else None
    doc_type = word or (_PARTY_CODE_TYPES.get(tc or "") if m[_G_SYM] else _STATE_CODE_TYPES.get(tc or "")) \
        or _CODE_TYPES.get(tc or "") \
        or ("Luật" if m[_G_QH] and m[_G_QH].startswith("QH") else None) or ("Công văn" if m[_G_CVIC] else None)
    if m[_G_TB] and _CODE_TYPES.get(tc or "") == "Thông báo":  # "Thông báo kết luận số 123-TB/TU" is a Thông báo
        doc_type = "Thông báo"
    rec = _blank(start=start, end=sym_end, text=text[start:sym_end], doc_type=doc_type,
                 number=m[_G_NUM] or m[_G_SNUM], symbol=_symbol(m, text, sym_start, sym_end), type_code=tc,
                 issuer_code=ic, self=own)
    if m[_G_BIC]:  # "Tờ trình số 126/SKHĐT": numbered the State way, by the body that drafts it
        rec["_state"] = True
    if own:
        own_number(rec, text, m.start(_G_NUMBERED), sym_end, own_date, has_word)
    return rec


def own_number(rec: dict, text: str, label: int, end: int, own_date: str | None, has_word: bool) -> None:
    """What the header says of the document's own number: its issuer (the body above it), its date (the
    document's own, else the place-date run into its line), its kind (the heading below it, unless a type word
    names it), and the plenum and term a plenum's heading names."""
    rec["issued_date"] = own_date or header_date(text, end)
    rec["issuer"] = header_issuer(text, label)
    if not has_word:  # "QĐ" is Quy định or Quyết định: the kind heading of the document decides
        rec["doc_type"] = _heading_kind(text, end, rec["type_code"], is_state_symbol(rec["symbol"])) \
            or rec["doc_type"]
    plenum, term = heading_plenum(text, end)
    rec["plenum"], rec["term"] = plenum, term


HEADING_REACH = 600  # the kind heading stands within this many characters after the own number


def _heading_kind(text: str, pos: int, code: str | None, state: bool) -> str | None:
    """The document's kind from its heading line after the own number (``QUYẾT ĐỊNH``): the first heading
    whose kind uses ``code`` (``Số 1250-QĐ/TU … QUYẾT ĐỊNH`` → ``Quyết định``); for a ``state`` symbol, else the
    first heading (``Số: 55/2007/CT-UBND … QUYẾT ĐỊNH``: the heading names the document, the code was mistyped;
    a Party copy's ``Số 693-BS/VPTU`` stays a Bản sao above the heading of what it copies)."""
    first = None
    for m in line_matches(KIND_LINE, text, pos, pos + HEADING_REACH):
        kind = _TYPE_OF_WORD.get(fold(" ".join(m["kind"].split())))
        if kind and kind in DOC_TYPES["types"] and code in DOC_TYPES["types"][kind]:
            return kind
        first = first or kind
    return first if state else None


def _plenum(m) -> list[dict]:
    doc_type = _PLENUM_TYPE.get(fold(m["ptw"]))
    end = m.end("pn") if m.captures("pm") else m.end(_G_PLENUM)  # a listed plenum's own span ends at its number
    # the Central Committee named in it issues it: "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương" (dev/real
    # NOTES 9); "Nghị quyết Trung ương 4" names the plenum only (the dev gold leaves its issuer empty)
    issuer = CENTRAL_COMMITTEE if _NAMES_COMMITTEE.search(m[_G_PLENUM]) else None
    first = _blank(start=m.start(_G_PLENUM), end=end, text=m.string[m.start(_G_PLENUM):end], doc_type=doc_type,
                   plenum=number_word(m["pn"]), term=roman(m["term"]) if m["term"] else None, issuer=issuer)
    out = [first]
    for (a, b), pn in zip(m.spans("pm"), m.captures("pm")):  # "Trung ương 6, 7, 8 khóa XIII"
        out.append(_blank(start=a, end=b, text=pn, doc_type=doc_type, plenum=int(pn), term=first["term"],
                          issuer=issuer, _group=m.start()))
        first["_group"] = m.start()
    pos = m.end(_G_PLENUM)
    while m["term"]:
        n = NEXT_TERM.match(m.string, pos, pos + 30)
        if not n:
            break
        out.append(_blank(start=n.start("span"), end=n.end("span"), text=n["span"], doc_type=doc_type,
                          plenum=first["plenum"], term=roman(n["term"]), issuer=issuer, _group=m.start()))
        first["_group"] = m.start()
        pos = n.end()
    return out


def _congress(m, text: str) -> dict:
    return _blank(start=m.start(_G_CONGRESS), end=m.end(_G_CONGRESS), text=m[_G_CONGRESS], doc_type="Nghị quyết",
                  congress=number_word(m["cn"]), issuer=congress_issuer(m, text))


def _named(m) -> dict:
    t = m[_G_NAMED]
    key = fold(t)
    word = _TYPE_OF_WORD[fold(m[_G_LAW])] if m[_G_LAW] else next(  # "Bộ luật Hình sự" is a Bộ luật
        (w for w in ("Điều lệ", "Cương lĩnh", "Hiến pháp") if key.startswith(fold(w))), _NAMED.get(key, t))
    t = t.rstrip(", ")
    return _blank(start=m.start(_G_NAMED), end=m.start(_G_NAMED) + len(t), text=t, doc_type=word)


def _codeless(m) -> dict:
    doc_type = kind_of(m[_G_CLTW])
    return _blank(start=m.start(_G_CODELESS), end=m.end(_G_CODELESS), text=m[_G_CODELESS], doc_type=doc_type,
                  number=m[_G_CLNUM], _so=m[_G_CLSO] is not None)


def _codes_of_number(rec: dict, full: dict) -> None:
    """The codes of a number written without them: those of the text's own coded mention of that number,
    before or after it (``Nghị định 130`` and ``Nghị định số 130/2020/NĐ-CP``: a State document too), else a
    State type's (``Nghị định 130`` alone: the Government's; resolution finds which one); else the reference
    needs an issuer or ``số`` beside it to be kept (``_needs_context``)."""
    known = full.get((rec["doc_type"], int(rec["number"])))
    if known:
        rec["type_code"], rec["issuer_code"], rec["_state"] = known
    elif rec["doc_type"] in _STATE_TYPES:
        rec["type_code"], rec["_state"] = TYPE_CODE_OF[rec["doc_type"]], True
    rec["_needs_context"] = rec["issuer_code"] is None and not rec.get("_state")


# "Nghị quyết số 18, 19-NQ/TW", "Kế hoạch số 34, 35, 36-KH/TU", "Kết luận số 01, 02 và 03-KL/TU": numbers
# that share the code of the symbol closing the list
_LIST_SEP = r"(?:[^\S\n]*+,[^\S\n]*+(?:và[^\S\n]++)?|[^\S\n]++và[^\S\n]++)"
_LIST_NUMBER = regex.compile(rf"{_LIST_SEP}(?P<n>\d{{1,5}})(?![\d\p{{L}}]|[^\S\n]*+[-–/])")
_LIST_CLOSE = regex.compile(rf"{_LIST_SEP}(?=\d{{1,5}}[^\S\n]?[-–/])")


def _number_list(m, text: str, own_date: str | None) -> list[dict]:
    """The numbers of a code-less match that a symbol closes, as references with that symbol's codes
    (the symbol itself is found on its own); [] when no symbol closes them."""
    nums, pos = [(m.start(_G_CODELESS), m.end(_G_CODELESS), m[_G_CLNUM])], m.end(_G_CODELESS)
    while (n := _LIST_NUMBER.match(text, pos, pos + 20)) is not None:
        nums.append((n.start("n"), n.end("n"), n["n"]))
        pos = n.end()
    close = _LIST_CLOSE.match(text, pos, pos + 20)
    last = REFERENCE.match(text, close.end(), close.end() + 60) if close else None
    if not last or not last[_G_NUMBERED] or not (last[_G_TC] or last[_G_TC2]):
        return []
    sym = _numbered(last, text, own_date)
    out = []
    for a, b, n in nums:
        out.append(_blank(start=a, end=b, text=text[a:b], doc_type=kind_of(m[_G_CLTW]) or sym["doc_type"],
                          number=n, symbol=f"{n}-{sym['type_code']}/{sym['issuer_code']}", type_code=sym["type_code"],
                          issuer_code=sym["issuer_code"], _group=m.start()))
    return out


def _under_heading(m, text: str):
    """A match that starts with the document's kind as a heading line (``NGHỊ QUYẾT`` alone on its
    line): the heading names this document, not a cited one. Returns what the rest matches, if anything:
    ``NGHỊ QUYẾT\nSố 05-NQ/ĐU`` → the own number ``Số 05-NQ/ĐU``; ``NGHỊ QUYẾT\nĐại hội …`` → None."""
    first, nl, _ = m.group().partition("\n")
    if not nl or not first.strip().isupper() or any(c.isdigit() for c in first) or not starts_line(text, m.start()):
        return m
    after = m.start() + len(first) + 1
    while after < m.end() and text[after].isspace():
        after += 1
    again = REFERENCE.match(text, after, m.end())
    return again if again and again.end() == m.end() else None


def candidates(text: str, own_date: str | None, starts: list[int]) -> list[dict]:
    """Every reference form matched at ``starts`` (see :data:`~extract.find.refs.patterns.ANCHORS`), as DocRef
    dicts with private keys the finder reads and drops (``_group``: a member of a list)."""
    out, full, group, codeless = [], {}, None, []
    for m in anchored_finditer(REFERENCE, starts, text):
        if "\n" in m.group():
            m = _under_heading(m, text)
            if m is None:
                continue
        if m[_G_NUMBERED]:
            rec = _numbered(m, text, own_date)
            if group is not None:  # the symbol closing a list of numbers: a member of that list
                rec["_group"], group = group, None
            full.setdefault((rec["doc_type"], int(rec["number"])),
                            (rec["type_code"], rec["issuer_code"], is_state_symbol(rec["symbol"])))
            out.append(rec)
        elif m[_G_PLENUM]:
            out.extend(_plenum(m))
        elif m[_G_CONGRESS]:
            out.append(_congress(m, text))
        elif m[_G_CODELESS] and (listed := _number_list(m, text, own_date)):
            out.extend(listed)
            group = m.start()
        elif m[_G_CODELESS]:
            out.append(_codeless(m))
            codeless.append(out[-1])
        elif m[_G_NAMED]:
            out.append(_named(m))
    for rec in codeless:
        _codes_of_number(rec, full)
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
