"""Document references (SPEC §2): numbered, code-less, plenum and congress resolutions, named documents.

``Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về …`` is one reference with its kind, symbol, date,
issuer and subject. The forms are in :mod:`.patterns`, what each match makes in :mod:`.candidates`, the
attributes written after a reference in :mod:`.steps` (their patterns in :mod:`.attrs`), those written before it
in :mod:`.before`, the issuer of an own number in :mod:`.issuer`, of a congress resolution in :mod:`.congress`,
the place of a local document in :mod:`.scope`.

Example::

    >>> from extract.context import DocContext
    >>> [r["symbol"] for r in find(DocContext("Nghị quyết số 18-NQ/TW và 19-NQ/TW của Bộ Chính trị"))]
    ['18-NQ/TW', '19-NQ/TW']
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from extract.find.document import RefDate
from extract.find.refs.attrs import issuer_code_of
from extract.find.refs.before import issued_before, issuer_deciding, issuer_term_before
from extract.find.refs.candidates import candidates
from extract.find.refs.patterns import ANCHORS, DOC_TYPES, ISSUERS, TYPE_CODE_OF
from extract.find.refs.scope import scope_of
from extract.find.refs.steps import attributes_after

if TYPE_CHECKING:
    from extract.context import DocContext

_LIST_JOIN = regex.compile(r"^\s*+(?:,|,?\s*+và)\s*+(?:(?i:số)\s*+)?$")  # ", ", " và ", ", và "


def _attach(text: str, refs: list[dict], own: RefDate) -> list[dict]:
    kept = []
    for r in refs:
        a = attributes_after(text, r["end"], _joint(r), bare=r["symbol"] is not None)
        for k in ("issued_date", "issuer", "term", "plenum", "subject"):
            if r.get(k) is None and a[k] is not None:
                r[k] = a[k]
                if k == "subject":
                    r["_subject_at"] = a["subject_at"]
        r["_attr_end"] = a["end"]
        if not r["self"]:
            if not r["issuer"]:
                name, term = issuer_term_before(text, r["start"])
                r["issuer"] = name or issuer_deciding(text, r["start"], a["end"])
                if term and r["term"] is None:
                    r["term"] = term
            r["issued_date"] = r["issued_date"] or issued_before(text, r["start"], own)
        if r.pop("_needs_context", False):
            if not _codes_from_issuer(r):
                continue  # "Quyết định 15" with nothing that says whose: too weak to be a reference
        elif r["symbol"] is None and r["number"] and _other_body(r):
            _codes_from_issuer(r)  # "Nghị quyết 25 của Quốc hội" after "Nghị quyết số 25-NQ/TW": another document
        kept.append(r)
    return kept


def _joint(r: dict) -> bool:
    """A document of several bodies: ``…/TTLT-BNN-BNV``, a Thông tư liên tịch, a Quy chế phối hợp."""
    return "-" in (r["issuer_code"] or "") or (r["doc_type"] or "") in _JOINT_TYPES


_STATE_BODY_CODES = frozenset(ISSUERS["state_body_codes"])
_JOINT_TYPES = frozenset(t for t in DOC_TYPES["types"] if t.endswith(("liên tịch", "phối hợp")))


def _other_body(r: dict) -> bool:
    """A number without codes whose issuer's code is not the one another mention of that number gave it."""
    code = issuer_code_of(r["issuer"])
    return code is not None and not (r["issuer_code"] or "").upper().startswith(code.upper())


def _codes_from_issuer(r: dict) -> bool:
    """The codes of a number written without them (``Chỉ thị số 09``), from the body that issues it
    (``Ban Thường vụ Huyện ủy`` → CT, HU; ``Quốc hội khóa XIV`` → NQ, QH14 and ``Thủ tướng Chính phủ`` → QĐ, TTg:
    State documents); False when
    nothing but the number names it (``Quyết định 15``, kept only with ``số``: ``công văn số 1403``)."""
    code = issuer_code_of(r["issuer"])
    if code:
        r["type_code"] = TYPE_CODE_OF.get(r["doc_type"])
        r["issuer_code"] = f"{code}{r['term']}" if code == "QH" and r["term"] else code
        r["_state"] = code in _STATE_BODY_CODES or None
        return True
    return r["plenum"] is not None or r["issuer"] is not None or r.pop("_so", False)


def _joined(gap: str) -> bool:
    """Two members of one list: ", ", " và ", ", và " between them (the plain test first)."""
    return ("," in gap or "và" in gap) and _LIST_JOIN.match(gap) is not None


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
        if a["subject"] is None and not clash and (same_group or _joined(text[a["_attr_end"]:b["start"]])):
            for k in ("issuer", "term", "plenum", "subject") + (("issued_date",) if listed else ()):
                if a[k] is None and not (k == "issuer" and a["plenum"] is not None and issuer_code_of(b[k]) != "TW"):
                    a[k] = b[k]  # (a plenum's resolution is the Central Committee's: "Nghị quyết TW9 và … của Tỉnh ủy")


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


_OWN_FIELDS = ("doc_type", "issued_date", "issuer", "term", "plenum")


def _own_mentions(refs: list[dict]) -> None:
    """Every mention of the own number is the document itself: the header's and a preview's (``Số 09 -KH/ĐU``
    twice), a legal database's ``Số hiệu:``, and a page title's written before them (``Quyết định 186/QĐ-UBND
    năm 2018 phê duyệt …``); each takes what the others' header gives (issuer, date, kind, plenum, term)."""
    own = [r for r in refs if r["self"] and r["symbol"]]
    if not own:
        return
    first = min(r["start"] for r in own)
    symbols = {r["symbol"] for r in own}
    same = [r for r in refs if r["symbol"] in symbols and (r["self"] or r["start"] < first)]
    for r in same:
        r["self"] = True
        for k in _OWN_FIELDS:
            if r[k] is None:
                r[k] = next((o[k] for o in own if o["symbol"] == r["symbol"] and o[k] is not None), None)


_BOUNDS = {"term": 30, "plenum": 30, "congress": 40}  # what a Party term, plenum or congress number can be


def _plausible(r: dict) -> bool:
    """Numbers outside what exists are misreadings: a term above 30 is dropped, a plenum 0 is no reference."""
    if r["term"] is not None and not 1 <= r["term"] <= _BOUNDS["term"]:
        r["term"] = None
    for k in ("plenum", "congress"):
        if r[k] is not None and not 1 <= r[k] <= _BOUNDS[k]:
            return False
    return True


def find(ctx: DocContext) -> list[dict]:
    """Every document reference of the document as DocRef dicts (``canonical_id`` is set later by resolve).

    ``Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị`` → doc_type Chỉ thị, symbol 05-CT/TW,
    issued_date 2016-05-15, issuer Bộ Chính trị; an own number (``Số 12-TB/HU`` in the header) has the
    document's own date.
    """
    text = ctx.text
    own = ctx.own_date
    refs = [r for r in _attach(text, candidates(text, own.date, ctx.anchors(ANCHORS)), own) if _plausible(r)]
    refs.sort(key=lambda r: r["start"])
    _subjects_end_at_next_reference(text, refs)
    _share_lists(text, refs)
    _own_mentions(refs)
    doc_scope = ctx.scope
    for r in refs:
        r.pop("_attr_end", None)
        r.pop("_group", None)
        r.pop("_subject_at", None)
        r.pop("_so", None)
        r["scope"] = scope_of(r, doc_scope)
        r.pop("_state", None)
    return refs
