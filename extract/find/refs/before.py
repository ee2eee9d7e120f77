"""What a sentence writes before a reference (SPEC §2, dev/real NOTES 10): the body that issues it, the date it
was issued, the body that acts by it.

``Ngày 24/11/2023, Ban Thường vụ Tỉnh ủy ban hành Quy định số 31-QĐ/TU`` → issuer ``Ban Thường vụ Tỉnh ủy``,
issued ``2023-11-24``. Each form ends with a word right before the reference (``ban hành``, ``tại``, ``theo``),
which plain string tests look for first: most references have none, and their patterns are not run.

Example::

    >>> t = "Ngày 24/11/2023, Ban Thường vụ Tỉnh ủy ban hành Quy định số 31-QĐ/TU."
    >>> i = t.index("Quy"); issuer_before(t, i), issued_before(t, i, RefDate(None, None))
    ('Ban Thường vụ Tỉnh ủy', '2023-11-24')
"""
from __future__ import annotations

import regex

from extract.find.document import RefDate
from extract.find.lexicon import alternation, spellings
from extract.find.refs.attrs import _KHOA, ISSUER, WINDOW, iso_date, issuer_name
from extract.find.refs.patterns import roman
from extract.find.refs.patterns import ISSUERS

_ISSUING_WORDS = ISSUERS["issuing_verbs"]  # "ban hành", "có": the body before issues the reference
_ISSUING_TUPLE = tuple(_ISSUING_WORDS)
_ISSUING = alternation(_ISSUING_WORDS)
# "Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số 09", "Ủy ban nhân dân huyện đã có Quyết định số 1470/QĐ-UBND"
# (its term may follow the body: "Ban Chấp hành Đảng bộ huyện khóa XX đã ban hành Nghị quyết số 04-NQ/HU")
LOOKBACK_ISSUER = regex.compile(rf"{ISSUER}(?:[^\S\n]*+,?[^\S\n]*+\(?{_KHOA}\s++(?P<bterm>[IVXL]{{1,5}})\b\)?)?"
                                rf"(?:\s++\p{{Ll}}+){{0,4}}?\s++{_ISSUING}\s*+$")
# … the body's whole name, not the end of a longer one ("Đảng ủy Văn phòng UBND tỉnh ban hành …")
_NAME_WORDS = tuple(sorted({v for w in ("phòng", "ban", "ủy", "bộ", "sở", "viện") for v in spellings(w)}))
# "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 126/SKHĐT": the department that proposes it
LOOKBACK_PROPOSER = regex.compile(r"(?i:đề nghị|đề xuất)\s++của\s++(?:(?:Giám đốc|Trưởng ban|Chánh Văn phòng)\s++)?"
                                  r"(?P<body>(?:Sở|Ban|Ủy ban|Phòng)\s++\p{Lu}[^()\n,;]{1,60}?)"
                                  r"(?:\s*+\([^()\n]{0,80}\))?\s++tại\s*+$")
# an issue date that opens the sentence of a body issuing the reference: "Ngày 24/11/2023, Ban Thường vụ Tỉnh ủy
# ban hành Quy định số 31-QĐ/TU" (dev/real NOTES 10); the year may be left to the document's own ("Ngày 12/3, …");
# a label's colon opens a sentence too ("Tin tổng hợp: Ngày 3-5-2021, …")
LOOKBACK_DATE = regex.compile(r"(?:^|(?<=[.!?\n:][^\S\n]*))(?:(?i:sáng|chiều|tối|trưa)\s++)?(?i:ngày)\s*+"
                              r"(?:(?P<d>\d{1,2})\s*+[/.-]\s*+(?P<m>\d{1,2})(?:\s*+[/.-]\s*+(?P<y>(?:19|20)\d\d))?"
                              r"|(?P<d>\d{1,2})\s++(?i:tháng)\s++(?P<m>\d{1,2})(?:\s++(?i:năm)\s++(?P<y>(?:19|20)\d\d))?)"
                              rf"(?!\d)\s*+,[^.;:!?\n]{{0,150}}?\s{_ISSUING}\s++(?:(?:các|kèm theo)\s++)?$")
_DATE_LAST_WORDS = (*_ISSUING_WORDS, "các", "kèm theo")
_DATE_FIRST_WORDS = ("sáng", "chiều", "tối", "trưa", "ngày")  # how LOOKBACK_DATE's matches start
LOOKBACK = 220  # characters read back from a reference for its issuer or date
_DECIDING = rf"(?:(?:đã|vừa)\s++)?{alternation(ISSUERS['deciding_verbs'])}(?!\p{{L}})"
# "Tại Quyết định 1426/QĐ-TTg ngày 20/11/2023, Thủ tướng Chính phủ bổ nhiệm …": the body that acts by it
BY_DECISION_AFTER = regex.compile(rf"\s*+,\s*+{ISSUER}\s++{_DECIDING}")
# "… được Thủ tướng Chính phủ bổ nhiệm giữ chức … tại Quyết định 1428/QĐ-TTg"
BY_DECISION_PASSIVE = regex.compile(rf"(?i:được)\s++{ISSUER}\s++{_DECIDING}[^.;!?\n]{{0,160}}?\s(?i:tại|theo)\s++$")
_TAIL = 16  # characters before a reference that hold its last word


def _last(text: str, start: int) -> str:
    """What stands right before ``start``, trailing white space dropped: ``… đã ban hành`` (its last words)."""
    return text[max(0, start - _TAIL):start].rstrip()


def issuer_before(text: str, start: int) -> str | None:
    """``Ban Bí thư ban hành Hướng dẫn …`` → ``Ban Bí thư`` (the body that issues the mention); ``đề nghị của
    Sở Tài chính tại Tờ trình …`` → ``Sở Tài chính`` (the body that proposes it)."""
    return issuer_term_before(text, start)[0]


def issuer_term_before(text: str, start: int) -> tuple[str | None, int | None]:
    """:func:`issuer_before` and the term written after that body (``Ban Chấp hành Đảng bộ huyện khóa XX ban
    hành …`` → 20), or None."""
    last = _last(text, start)
    if last.endswith(_ISSUING_TUPLE):
        for at in _capitalised(text, max(0, start - 90), start):  # a body's name starts with a capital
            m = LOOKBACK_ISSUER.match(text, at, start)
            if m is not None and not _ends_name(text, at):
                return issuer_name(m), (roman(m["bterm"]) if m["bterm"] else None)
    if last.endswith("tại"):
        m = _first(LOOKBACK_PROPOSER, text, max(0, start - 150), start, ("đề nghị", "đề xuất"))
        return (" ".join(m["body"].split()) if m else None), None
    return None, None


def _capitalised(text: str, lo: int, hi: int) -> list[int]:
    """The starts of the words in ``text[lo:hi]`` that begin with a capital letter."""
    return [i for i in range(lo, hi) if text[i].isupper() and (i == 0 or not text[i - 1].isalnum())]


def _first(pattern, text: str, lo: int, hi: int, words: tuple[str, ...]):
    """``pattern.search(text, lo, hi)`` for a pattern whose every match starts with one of ``words`` (in any
    case): tried only where they stand (a search tries every position, each at the cost of the pattern's first
    alternation)."""
    low = text[lo:hi].lower()
    starts = sorted({lo + i for w in words for i in _all(low, w)})
    for at in starts:
        m = pattern.match(text, at, hi)
        if m is not None:
            return m
    return None


def _all(s: str, word: str) -> list[int]:
    out, i = [], s.find(word)
    while i >= 0:
        out.append(i)
        i = s.find(word, i + 1)
    return out


def _ends_name(text: str, at: int) -> bool:
    """A body found at ``at`` ends a longer name: a word of names and spaces (no line break) stand before it."""
    i = at
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i < at and text[max(0, i - 5):i].endswith(_NAME_WORDS)


def issued_before(text: str, start: int, own: RefDate) -> str | None:
    """The date opening the sentence in which a body issues the reference at ``start`` (``Ngày 12/3/2024, Ban
    Thường vụ Tỉnh ủy ban hành …``); a day without its year is in the document's own year, or the year before
    when it would fall after the document's own date."""
    if not _last(text, start).endswith(_DATE_LAST_WORDS):
        return None
    m = _first(LOOKBACK_DATE, text, max(0, start - LOOKBACK), start, _DATE_FIRST_WORDS)
    if not m or (m["y"] is None and own.year is None):
        return None
    iso = iso_date(m["y"] or own.year, m["m"], m["d"])
    if iso and m["y"] is None and own.date and iso > own.date:
        iso = iso_date(own.year - 1, m["m"], m["d"])
    return iso


def issuer_deciding(text: str, start: int, end: int) -> str | None:
    """The body that acts by the decision at ``start`` in its clause: ``Tại Quyết định 1426/QĐ-TTg, Thủ tướng
    Chính phủ bổ nhiệm …`` (``end`` is where the reference's attributes end) or ``… được Thủ tướng Chính phủ bổ
    nhiệm … tại Quyết định 1428/QĐ-TTg``."""
    last = text[max(0, start - 8):start]
    word = last.rstrip().rsplit(None, 1)[-1].lower() if last.strip() and last[-1:].isspace() else ""
    if word not in ("tại", "theo", "với"):
        return None
    m = BY_DECISION_AFTER.match(text, end, end + WINDOW)
    if m:
        return issuer_name(m)
    m = _first(BY_DECISION_PASSIVE, text, max(0, start - LOOKBACK), start, ("được",)) if word != "với" else None
    return issuer_name(m) if m else None
