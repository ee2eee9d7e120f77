"""What follows a number: ``%``, a currency, a unit of measure or a counted noun phrase.

:func:`read_tail` is given the position just after a number and says what kind of
quantity the number is, where it ends, its unit and the factor of its multipliers.

Example::

    >>> t = read_tail("kết nạp 64 quần chúng ưu tú vào Đảng", 10, 37)
    >>> (t.kind, t.unit, t.end)
    ('count', 'quần chúng ưu tú', 27)
"""
from __future__ import annotations

import functools
import math
from typing import NamedTuple, Optional

import regex

from extract.find.stats.fast import comma_list_at, skip_hspace
from extract.find.stats.patterns import HS, NUM, lead, lex, parse_number

ABBREVIATION = regex.compile(r"\p{Lu}{2,}+")  # "ĐV", "TCCSĐ", "CBCCVC"
ROMAN = regex.compile(r"[IVXLCDM]++")
_SPACED_NUM = regex.compile(rf"{HS}++{NUM}")


class Tail(NamedTuple):
    """The quantity after a number: kind, end offset, unit and multiplier factor."""

    kind: str  # percent, money, measure, count
    end: int
    unit: Optional[str]
    factor: float = 1.0
    more: float = 0.0  # smaller parts of an amount: "15 tỷ 600 triệu đồng" → factor 1e9, more 6e8


def _factor(match) -> float:
    return math.prod(lex().mults[m.lower()] for m in match.captures("mult"))


def _percent(text: str, pos: int, limit: int) -> Optional[Tail]:
    """``%``, ``%/năm``: ``"9,2%/năm"`` → unit ``%/năm``."""
    m = lex().percent.match(text, pos, limit)
    if not m:
        return None
    return Tail("percent", m.end(), "%/" + m["rate"].lower() if m["rate"] else "%")


def _money(text: str, pos: int, limit: int) -> Optional[Tail]:
    """``" tỷ đồng"`` → factor 1e9, unit đồng; ``" tỷ"`` alone is đồng too; ``" tỷ 600 triệu đồng"``
    → factor 1e9, 6e8 more."""
    L = lex()
    m = L.money.match(text, pos, limit)
    if m:
        return Tail("money", m.end(), L.money_units[m["cur"].lower()] + m["rate"].lower(), _factor(m))
    m = L.mults_only.match(text, pos, limit)
    caps = m.captures("mult") if m else []
    if not caps:
        return None
    parts = _smaller_parts(text, m.end(), limit, _factor(m))
    if parts:
        end, more, unit = parts
        return Tail("money", end, unit, _factor(m), more)
    rate = L.per_rate.match(text, m.end(), limit)
    if rate and caps[-1].lower() != "vạn":  # "230 triệu/ha/năm": a rate of đồng written without "đồng"
        return Tail("money", rate.end(), "đồng" + rate[0].lower(), _factor(m))
    if caps[-1].lower() in ("tỷ", "tỉ") and not _noun_follows(text, m.end(), limit):
        return Tail("money", m.end(), "đồng", _factor(m))
    return None


def _smaller_parts(text: str, pos: int, limit: int, factor: float):
    """After ``"15 tỷ"``: ``" 600 triệu đồng"`` → (end, 6e8, "đồng"), each part under the one before;
    None unless the amount ends in a currency."""
    L = lex()
    more, end = 0.0, pos
    while True:
        n = _SPACED_NUM.match(text, end, limit)
        m = L.money.match(text, n.end(), limit) if n else None
        if m and m.captures("mult") and _factor(m) < factor:  # the last part: " 500 nghìn đồng"
            return m.end(), more + parse_number(n["num"]) * _factor(m), L.money_units[m["cur"].lower()]
        m = L.mults_only.match(text, n.end(), limit) if n else None
        if not m or not m.captures("mult") or _factor(m) >= factor:
            return None
        factor = _factor(m)
        more += parse_number(n["num"]) * factor
        end = m.end()


def _measure(text: str, pos: int, limit: int) -> Optional[Tail]:
    """``" km"``, ``" nghìn tấn"``, ``" tạ/ha"``."""
    L = lex()
    m = L.measure.match(text, pos, limit)
    if not m or L.party_age.match(text, m.end(), limit):  # "50 tuổi Đảng": a membership, no age
        return None
    unit = m["meas"] + ("/" + m["rate"] if m["rate"] else "")
    return Tail("measure", m.end(), unit, _factor(m))


def _noun_follows(text: str, pos: int, limit: int) -> bool:
    L = lex()
    w = L.word.match(text, pos, limit)
    return bool(w) and not _is_stop(L, text, w, limit)


def _is_stop(L, text: str, w, limit: int) -> bool:
    """The word matched by ``w`` starts a stop phrase (the regex runs only for a listed first word)."""
    return lead(w[1]) in L.stop_first and bool(L.stop.match(text, w.start(1), limit))


def _phrase(text: str, pos: int, limit: int, max_words: int, first_capital_ok: bool, words=()):
    """Words of a noun phrase from ``pos``: (end, words), stopping at stop words,
    punctuation, digits and a capitalised word after a lowercase one."""
    L = lex()
    words, end = list(words), pos
    while len(words) < max_words:
        w = L.word.match(text, end, limit)
        comp = L.compound.match(text, w.start(1), limit) if w and lead(w[1]) in L.compound_first else None
        if comp and words and comp[0].lower() in L.compound_first_only:  # "2 đảng viên vi phạm": a verb
            comp = None
        if comp:  # "cấp dưới", "dự án": a stop word inside a known compound
            words += comp[0].split()
            end = comp.end()
            continue
        if not w or _is_stop(L, text, w, limit):
            break
        word = w[1]
        if word[0].isupper():
            if words and words[-1][0].islower() or not words and not first_capital_ok:
                break
        words.append(word)
        end = w.end()
    return end, words


def _list_more(text: str, end: int, limit: int, words: list[str]) -> tuple[int, list[str]]:
    """``"nhiệm vụ, giải pháp"``: lowercase list nouns joined by commas; a list item
    must end at punctuation, a stop word or a comma (``"03 đề án, 01 chuyên đề"`` stays two)."""
    L = lex()
    while len(words) < L.unit_max + L.list_max:
        c = comma_list_at(text, end, limit)
        w = L.word.match(text, c, limit) if c >= 0 else None
        if not w or (lead(w[1]) in L.predicate_first
                     and L.predicate_start.match(text, w.start(1), limit)):  # ", bồi dưỡng …" is a new clause
            break
        seg_end, seg = _phrase(text, c, limit, L.list_max, False)
        if not seg or any(w[0].isupper() for w in seg) or not _closes(text, seg_end, limit) \
                or len(seg) == 1 and seg[0].lower() not in L.list_short:
            break
        words = words + [","] + seg
        end = seg_end
    return end, words


def _closes(text: str, pos: int, limit: int) -> bool:
    """A list item ends here: punctuation, a bracket, end of line or text, or a stop word."""
    L = lex()
    w = L.word.match(text, pos, limit)
    if w:
        return _is_stop(L, text, w, limit)
    i = pos
    while i < limit and text[i] in " \t\u00a0":
        i += 1
    return i >= limit or not text[i].isalnum()


def _count(text: str, pos: int, limit: int, line_start: bool) -> Optional[Tail]:
    """``" quần chúng"``, ``" triệu người"`` (factor 1e6), ``" Nghị quyết chuyên đề"``."""
    L = lex()
    m = mults_at(text, pos, limit)
    start = m.end() if m else pos
    w = L.word.match(text, start, limit)
    if not w:
        return None
    first, at = lead(w[1]), w.start(1)
    cap = None if line_start or first not in L.capital_first else L.capital_nouns.match(text, at, limit)
    if not cap and first in L.stop_first and (L.not_unit.match(text, at, limit) or L.stop.match(text, at, limit)) \
            and not (first in L.compound_first and L.compound.match(text, at, limit)):
        return None
    if cap:  # "Huy hiệu Đảng", "Nghị quyết": the name is one unit, lowercase words may follow
        end, words = _phrase(text, cap.end(), limit, L.unit_max, False, cap[0].split())
    else:  # an abbreviation may be counted: "120 ĐV", "15 TCCSĐ"; a Roman numeral may not
        abbr = not line_start and not w[1][0].islower() and ABBREVIATION.fullmatch(w[1]) and not ROMAN.fullmatch(w[1])
        end, words = _phrase(text, start, limit, L.unit_max, bool(abbr))
    if not words:
        return None
    end, words = _list_more(text, end, limit, words)
    unit = " ".join(words).replace(" ,", ",")
    return Tail("count", end, unit, _factor(m) if m else 1.0)


_TAIL_FIRST = frozenset(" \t\u00a0%％")  # what a tail starts with, besides a letter ("5 tỷ", "5%", "5đ", "5km")


def mults_at(text: str, pos: int, limit: int):
    """``lex().mults_only.match(text, pos, limit)``, or None where it could only match empty (the next word is no
    multiplier: a cheap test on its leading letters first)."""
    i = skip_hspace(text, pos, limit)
    if lead(text[i:i + 12]) not in lex().mult_first:
        return None
    return lex().mults_only.match(text, pos, limit)


@functools.lru_cache(maxsize=256)  # one number's tail is read by the range, the ratio and the single reading
def read_tail(text: str, pos: int, limit: int, line_start: bool = False) -> Optional[Tail]:
    """The quantity after the number ending at ``pos`` (not past ``limit``), or None.

    ``read_tail("12.400 tỷ đồng", 6, 14)`` → money, factor 1e9, unit ``đồng``.
    """
    nxt = text[pos:pos + 1]
    if pos >= limit or not (nxt in _TAIL_FIRST or nxt.isalpha()):  # "2.", "3)", "5,": nothing follows
        return None
    i = pos
    while i < limit and text[i] != "\n" and text[i].isspace():
        i += 1
    word = lead(text[i:i + 12])
    # each kind is tried only when the next word can start it (its regex would fail otherwise)
    if text[i:i + 1] in ("%", "％") or word == "phần":
        tail = _percent(text, pos, limit)
        if tail:
            return tail
    if word in lex().tail_first:
        tail = _money(text, pos, limit) or _measure(text, pos, limit)
        if tail:
            return tail
    return _count(text, pos, limit, line_start)
