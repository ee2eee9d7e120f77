"""The parts of a canonical id that one mention decides alone: terms, type codes, places, State and named ids.

Central (TW) numbering restarts with every term of the Central Committee, local numbering with every
local congress (``extract/data/terms.yaml``); a document type's code is the first one
``extract/data/doc_types.yaml`` lists for it.

Example::

    >>> term_of("2017-03-01", central=True), type_code("Quyết định"), base_of(RefKey(number="12", type_code="KL",
    ...     issuer_code="TW"))
    ('k12', 'QĐ', 'KL/TW/12')
"""
from __future__ import annotations

import functools
from bisect import bisect_right
from typing import NamedTuple, Optional

import regex

from extract.find.lexicon import load_yaml
from extract.find.refs_patterns import identity_code, is_state_symbol
from extract.normalize import fold, new_tone
from schemas.records import DocRef


def record_tuple(name: str, fields) -> type:
    """A NamedTuple of some :class:`schemas.records.DocRef` fields, typed as the record types them, all
    defaulting to None: the resolver's keys and rows restate no field."""
    cls = NamedTuple(name, [(f, DocRef.model_fields[f].annotation) for f in fields])
    cls.__new__.__defaults__ = (None,) * len(fields)
    return cls


class RefKey(record_tuple("_Key", ("symbol", "number", "doc_type", "type_code", "issuer_code", "issued_date",
                                    "term", "plenum", "scope"))):
    """The fields of a reference that the time-free part of its id depends on (``12-KL/TW`` → ``KL/TW/12``)."""

    __slots__ = ()


@functools.cache
def _terms() -> tuple[list, list]:
    terms = load_yaml("terms.yaml")
    return (sorted((str(d), int(t)) for t, d in terms["central"].items()),
            sorted((str(d), int(y)) for y, d in terms["local"].items()))


@functools.cache
def _doc_types() -> dict:
    return load_yaml("doc_types.yaml")


def type_code(doc_type: Optional[str]) -> Optional[str]:
    """The code of a document type, the first that ``doc_types.yaml`` lists: ``Kế hoạch`` → ``KH``; the
    type itself when it has no code (``Luật``), None for no type."""
    codes = _doc_types()["types"].get(doc_type or "")
    return codes[0] if codes else doc_type


@functools.cache
def state_types() -> frozenset:
    """Types only the State issues (``Nghị định``): one named by its number alone is a State document."""
    return frozenset(_doc_types()["state_types"])


@functools.cache
def state_codes() -> frozenset:
    """Every type code in capitals: the first part of a State id's code (``NĐ`` of ``NĐ-CP``)."""
    return frozenset(c.upper() for cs in _doc_types()["types"].values() for c in cs)


@functools.cache
def _named() -> dict:
    return {fold(n): n for n in _doc_types()["named"]}  # the named documents as the data file writes them


def is_central(issuer_code: Optional[str]) -> bool:
    """``TW``, ``BTCTW``: a central body's code."""
    return (issuer_code or "").upper().endswith("TW")


def term_of(date: Optional[str], central: bool) -> Optional[str]:
    """The term a date falls in: ``("2017-03-01", True)`` → ``"k12"``; local terms by congress year."""
    if not date:
        return None
    table = _terms()[0 if central else 1]
    i = bisect_right([d for d, _ in table], date[:10]) - 1
    if i < 0:
        return None
    return f"k{table[i][1]}" if central else f"t{table[i][1]}"


def term_start(term: str) -> Optional[str]:
    """The first day of a term: ``k13`` → ``2021-01-25``, ``t2020`` → ``2020-09-01``."""
    n = int(term[1:])
    return next((d for d, t in _terms()[0 if term.startswith("k") else 1] if t == n), None)


def base_of(k: RefKey) -> Optional[str]:
    """The part of the id that does not depend on time: ``KL/TW/12``, or ``NQ/TW/HNTW4`` for a plenum's
    resolution named without a number; None for other unnumbered refs. A number wins over the plenum:
    ``Nghị quyết số 04-NQ/TW Hội nghị Trung ương 4`` and ``Nghị quyết số 04-NQ/TW`` are one document."""
    if not k.number or not str(k.number).isdigit():
        return f"{type_code(k.doc_type)}/TW/HNTW{k.plenum}" if k.plenum else None
    ic = identity_code(k.issuer_code, k.scope)  # "TƯ" (OCR) is a province's TU or the central TW
    scope = f"@{k.scope}" if k.scope else ""  # "KH/TU@Bắc Giang/15": the committee of one province
    return f"{k.type_code or type_code(k.doc_type)}/{ic}{scope}/{int(k.number)}"


def state_id(k: RefKey) -> Optional[str]:
    """State documents are their symbol with its year: ``30/2020/NĐ-CP`` → ``NĐ-CP/30/2020``."""
    sym = k.symbol or ""
    if not is_state_symbol(sym):
        return None
    parts = sym.split("/")
    year = next((p for p in parts[1:-1] if len(p) == 4 and p.isdigit()), None)  # not the number: "1234/QĐ-UBND"
    year = year or (k.issued_date or "")[:4] or "y?"
    scope = f"@{k.scope}" if k.scope else ""  # "QĐ-UBND@Nghệ An/512/2023": one province's
    return f"{parts[-1].upper()}{scope}/{int(parts[0]) if parts[0].isdigit() else parts[0]}/{year}"


def unknown_state_id(k: RefKey) -> str:
    """A State document named by type and number alone, its year unknown: ``Nghị định 130`` → ``NĐ-?/130/y?``."""
    return f"{k.type_code or k.doc_type}-{(k.issuer_code or '?').upper()}/{int(k.number)}/y?"


def explicit_term(k: RefKey, base: str) -> Optional[str]:
    """The term a mention writes (``khóa XII``, central documents only) or its date falls in."""
    central = base.split("/")[1].endswith("TW")
    if k.term and central:
        return f"k{k.term}"
    return term_of(k.issued_date, central)


def state_number(state: str) -> Optional[tuple]:
    """A State id's type code and number: ``NĐ-CP/130/2020`` → ``("NĐ", 130)``; None without a type code
    (a law ``QH15/31/2024``, a công văn ``UBND-NN/1532/2021``)."""
    code, number, _ = state.split("/")
    tc = code.split("-", 1)[0]
    if "-" not in code or not number.isdigit() or tc.upper() not in state_codes():
        return None
    return tc.upper(), int(number)


def state_date(state: str, issued: Optional[str]) -> str:
    """When a State document is known from: its date, else its year's first day (``QH15/31/2024`` →
    ``2024-01-01``), else ``0000``."""
    year = state.rsplit("/", 1)[-1]
    return issued or (f"{year}-01-01" if year.isdigit() else "0000")


def state_fits(state: str, k: RefKey) -> bool:
    """A State id agrees with the issuer code and place a mention writes (if any): ``QĐ-TTG/1600/2021`` fits
    ``Quyết định 1600``, not ``Quyết định 1600/QĐ-UBND``."""
    code, _, scope = state.split("/", 1)[0].partition("@")
    ic = code.split("-", 1)[1]
    return (not k.issuer_code or ic == k.issuer_code.upper()) and (not k.scope or scope == k.scope)


def unscoped(base: str) -> str:
    """``KH/TU@Bắc Giang/15`` → ``KH/TU/15``."""
    head, _, rest = base.partition("@")
    return head + rest[rest.index("/"):]


_LAWS = ("Luật", "Bộ luật")
# a law's name is what its mention writes before the number: "Luật Đất đai số 31/2024/QH15" → "Luật Đất đai"
_LAW_NAME = regex.compile(r"^(?P<name>.*?)[^\S\n]*+(?:(?i:số)[^\S\n]*+)?\d")


def law_name(doc_type: Optional[str], text: Optional[str]) -> Optional[str]:
    """The folded name of a law a mention names (``Luật Đất đai số 31/2024/QH15`` and ``Luật đất đai`` → one key);
    None for other documents and for a law named by its number alone (``Luật số 11/2022/QH15``)."""
    if doc_type not in _LAWS or not text:
        return None
    m = _LAW_NAME.match(text)
    name = fold(m["name"] if m else text)
    return name if name and name != fold(doc_type) else None


def named_id(doc_type: Optional[str], text: Optional[str], congress: Optional[int], scope: Optional[str]) -> str:
    """A congress's resolution or a named document: ``NQ/ĐH16/Đảng bộ tỉnh``, ``Điều lệ/Điều lệ Đảng``."""
    if congress:
        return f"NQ/ĐH{congress}/{_congress_scope(text, scope)}"
    text = " ".join((text or "").split())
    return f"{doc_type}/{_named().get(fold(text)) or new_tone(text)}"  # "ĐIỀU LỆ ĐẢNG" is "Điều lệ Đảng"


def _congress_scope(text: Optional[str], scope: Optional[str]) -> str:
    """Whose congress: ``Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI`` → ``Đảng bộ tỉnh`` (with the citing
    document's province when its header names one), ``Nghị quyết Đại hội XIII của Đảng`` → ``toàn quốc``."""
    text = new_tone(" ".join((text or "").split()))
    if text.isupper():  # "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII" is the same as in lowercase
        text = text.lower().replace("đảng bộ", "Đảng bộ")
    whose = "toàn quốc" if "Đảng bộ" not in text else "Đảng bộ" + text.split("Đảng bộ", 1)[1].split(" lần")[0]
    whose = " ".join(whose.split())
    if scope and whose in ("Đảng bộ tỉnh", "Đảng bộ huyện", "Đảng bộ thành phố"):
        # "Đại hội Đảng bộ tỉnh lần thứ XIX" of the citing document's province; a district's place holds its unit
        whose = f"Đảng bộ {scope}" if scope.split()[0].islower() else f"{whose} {scope}"
    return whose
