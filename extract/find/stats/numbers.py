"""A number and what it measures: a range (``từ 8 đến 12 đề án``), a ratio (``19/28 đề án``, ``14 trên 16
chỉ tiêu``) or one number with its unit (``%``, ``tỷ đồng``, ``ha``, ``đảng viên``); a number that is a label
(``Điều 5``, ``Hội nghị Trung ương 10``) or a date (``9/2021``) is none.

Example::

    >>> t = "đạt 19/28 đề án, tăng từ 8 đến 12 chi bộ"
    >>> ratio(t, 4, len(t))["value"], a_range(t, t.index("từ") + 3, len(t))["high"]
    (0.6785714285714286, 12.0)
"""
from __future__ import annotations

import functools
import math
from typing import NamedTuple, Optional

import regex

from extract.find.stats.fast import fold, glued_at, line_start, parse_number, word_before, year_like
from extract.find.stats.patterns import ITEM_START, SENTENCE_START, lex, words_of
from extract.find.stats.units import Tail, mults_at, read_tail
from schemas.records import Statistic

# a Statistic's fields, as declared in schemas (its sentence id is set by the pipeline)
FIELDS = tuple(f for f in Statistic.model_fields if f != "sentence_id")


def record(text: str, start: int, end: int, kind: str, **fields) -> dict:
    rec = dict.fromkeys(FIELDS)
    rec.update(start=start, end=end, text=text[start:end], kind=kind, **fields)
    return rec


@functools.lru_cache(maxsize=256)  # asked for one number by the range, the ratio and the single reading
def is_label(text: str, pos: int) -> bool:
    """The number is an ordinal, a document/date/address number or part of a name:
    ``Hội nghị Trung ương 10``, ``Điều 5``, ``Nghị quyết 41``, ``năm 2021``, ``Hà Nội 3``."""
    L = lex()
    lo = max(0, pos - 40)
    a, b = word_before(text, pos, lo)  # what prev_word would find in the window
    w = text[a:b]
    window = text[lo:pos]
    if (w and fold(w) in L.counter_last or not w and window.rstrip().endswith(":")) \
            and L.counter_label.search(window):
        return True  # "Lượt xem: 1.250", "View count 87": a page's counter
    if not w:
        return False
    if fold(w) in L.label_last and L.label_before.search(window) and not L.label_override.search(window):
        return True
    if not w[0].isupper() or w.isupper() or L.allowed_capital.match(w):
        return False  # lowercase, a heading in capitals ("KẾT NẠP 120 ĐẢNG VIÊN") or a verb ("Có 5")
    return not SENTENCE_START.search(window, 0, a - lo) and not ITEM_START.search(window, 0, a - lo)


class Num(NamedTuple):
    """A number written in digits: where it ends and its digits (``"1.482"``)."""

    end: int
    digits: str


@functools.lru_cache(maxsize=256)  # one start is read by the range, the ratio and the single readings
def number_at(text: str, s: int, limit: int) -> Optional[Num]:
    """``lex().num.match(text, s, limit)`` as a :class:`Num`."""
    m = lex().num.match(text, s, limit)
    return Num(m.end(), m[1]) if m else None


def number_and_tail(text: str, s: int, limit: int) -> Optional[tuple[int, float, Optional[Tail]]]:
    """A number with what follows it: (number end, value, tail)."""
    m = number_at(text, s, limit)
    if not m:
        return None
    e = m.end
    tail = read_tail(text, e, limit, line_start(text, s))
    return e, parse_number(m.digits), tail


def _range_low(text: str, s: int, limit: int):
    """The first number of a range and what it carries: (end, value, own factor or None, unit)."""
    L = lex()
    a = number_at(text, s, limit)
    if not a:
        return None
    e, low = a.end, parse_number(a.digits)
    tail = read_tail(text, e, limit)
    if tail and tail.kind != "count":
        return tail.end, low, tail.factor, tail.unit
    m = mults_at(text, e, limit)
    if m and m.captures("mult"):  # "từ 500 triệu đến 2 tỷ đồng"
        return m.end(), low, math.prod(L.mults[x.lower()] for x in m.captures("mult")), None
    return e, low, None, None


_SEP_REACH = 60  # a range separator stands this close to its first number ("5,5 triệu đồng - 7")


def _may_be_range(text: str, s: int, limit: int) -> bool:
    """Cheap test before the range parse: a dash, ``đến`` or ``tới`` soon after the number."""
    seg = text[s:min(limit, s + _SEP_REACH)]
    if "-" in seg or "–" in seg or "—" in seg:
        return True
    low = seg.lower()
    return "đến" in low or "tới" in low


def a_range(text: str, s: int, limit: int) -> Optional[dict]:
    """``từ 2,67% - 64%``, ``từ 8 đến 12 đề án``, ``7-8%/năm``, ``từ 5 đến 10 tỷ đồng``."""
    if not _may_be_range(text, s, limit):
        return None
    L = lex()
    first = _range_low(text, s, limit)
    if not first:
        return None
    e1, low, low_factor, _ = first
    sep = L.range_sep.match(text, e1, limit)
    b = number_and_tail(text, sep.end(), limit) if sep else None
    if not b or b[2] is None:
        return None
    _, high, tail = b
    frm = L.range_from.search(text, max(0, s - 10), s)
    dash = any(c in "-–—" for c in text[sep.start():sep.end()])
    rising = low < high and low == int(low)  # "3 - 4 xã", "200 đến 250 hộ": a range without "từ"
    if tail.kind == "count" and (is_label(text, s) or year_like(text[s:e1].strip()) or not (frm or rising)):
        return None
    if not (frm or dash or rising):
        return None
    low *= low_factor if low_factor is not None and tail.kind != "percent" else tail.factor
    start = frm.start() if frm else s
    return record(text, start, tail.end, "range", unit=tail.unit, low=low, high=high * tail.factor)


_OF_ALL = regex.compile(r"[^\S\n]++(?i:tổng số|số)(?=[^\S\n]++\p{Ll})")


def ratio(text: str, s: int, limit: int) -> Optional[dict]:
    """``19/28 đề án``, ``71,5%/60%``, ``12.310/11.000 tỷ đồng``; not ``30/9/2021``, ``9/2021``."""
    if "/" not in text[s:s + 24]:  # the slash follows the number (and its "%") closely
        return None
    L = lex()
    a = number_at(text, s, limit)
    if not a:
        return None
    p = L.percent.match(text, a.end, limit)
    slash = p.end() if p else a.end
    if text[slash:slash + 1] != "/" or not number_at(text, slash + 1, limit):
        return None
    b = number_at(text, slash + 1, limit)
    e = b.end
    if glued_at(text, e) or text[e:e + 1] in ("/", "-"):
        return None
    num, den = parse_number(a.digits), parse_number(b.digits)
    tail = read_tail(text, e, limit)
    if tail is None and not p and num < den and (so := _OF_ALL.match(text, e, limit)):
        tail = read_tail(text, so.end(), limit)  # "hơn 1/3 số đảng viên": a share of all of them
        tail = tail if tail and tail.kind == "count" else None
    if p and not (tail and tail.kind == "percent"):
        return None
    if date_like(a.digits, b.digits, tail) or is_label(text, s) or not tail and _time_noun_follows(text, e, limit):
        return None
    end, unit, f = (tail.end, tail.unit, tail.factor) if tail else (e, None, 1.0)
    value = num / den if den else None
    return record(text, s, end, "ratio", value=value, unit=unit, numerator=num * f, denominator=den * f)


_OVER = regex.compile(rf"[^\S\n]++{words_of('ratio_words')}[^\S\n]++(?=\d)")


def ratio_in_words(text: str, s: int, limit: int) -> Optional[dict]:
    """``14 trên 16 chỉ tiêu``, ``12 trong số 68 tiến sĩ``: a ratio in words, the part not above the whole,
    a noun after it."""
    near = text[s:s + 30]
    if "trên" not in near and "trong" not in near:
        return None
    a = number_at(text, s, limit)
    over = _OVER.match(text, a.end, limit) if a else None
    b = number_at(text, over.end(), limit) if over else None
    if not b or glued_at(text, b.end) or is_label(text, s):
        return None
    num, den = parse_number(a.digits), parse_number(b.digits)
    tail = read_tail(text, b.end, limit)
    if not tail or tail.kind != "count" or not 0 < num <= den:
        return None
    return record(text, s, tail.end, "ratio", value=num / den, unit=tail.unit, numerator=num, denominator=den)


def _time_noun_follows(text: str, e: int, limit: int) -> bool:
    """``24/24 giờ``: a ratio of hours or years is no statistic."""
    L = lex()
    w = L.word.match(text, e, limit)
    return bool(w) and bool(L.not_unit.match(text, w.start("w"), limit))


def date_like(a: str, b: str, tail: Optional[Tail]) -> bool:
    """``9/2021`` (month/year), ``30/9`` (day/month) without a unit, ``2020/2021``."""
    x, y = parse_number(a), parse_number(b)
    if year_like(b) and (x <= 12 or year_like(a)):
        return True
    return tail is None and "." not in a + b and 1 <= x <= 31 and 1 <= y <= 12


_BARE_NUMBER = regex.compile(r"[0-9.,]++")
_PAIR_GAP = 120  # an elided pair follows the pairs it resembles closely, in the same sentence


def pair_second(text: str, rec: dict, limit: int, found: list[dict], single) -> Optional[dict]:
    """``19 vụ/48 bị can``: the count after the slash of a count of another noun (a pair, not a ratio)."""
    e = rec["end"]
    if rec["kind"] != "count" or not rec["unit"] or text[e:e + 1] != "/" or not text[e + 1:e + 2].isdigit():
        return None
    second = single(text, e + 1, limit, found + [rec])
    if second and second["kind"] == "count" and second["unit"] and second["unit"] != rec["unit"] \
            and not _BARE_NUMBER.fullmatch(second["text"]):  # a noun of its own, not one borrowed from the clause
        return second
    return None


def elided_pair(text: str, rec: dict, found: list[dict]) -> Optional[list[dict]]:
    """``… 9 vụ/10 bị can, khởi tố mới 10/38 bị can``: a slash between two numbers of a run of pairs ``N vụ/M
    bị can`` is one more pair whose first noun the writer left out, not a ratio: ``10`` counts ``vụ``."""
    if rec["kind"] != "ratio" or not rec["unit"] or len(found) < 2:
        return None
    first, second = found[-2], found[-1]
    if not (second["kind"] == first["kind"] == "count" and second["unit"] == rec["unit"] and first["unit"]
            and first["unit"] != rec["unit"] and text[first["end"]:second["start"]] == "/"
            and rec["start"] - second["end"] <= _PAIR_GAP
            and not any(c in ".!?\n" for c in text[second["end"]:rec["start"]])):
        return None
    slash = text.index("/", rec["start"])
    num_end = rec["start"] + len(text[rec["start"]:slash].rstrip())
    return [record(text, rec["start"], num_end, "count", value=rec["numerator"], unit=first["unit"]),
            record(text, slash + 1, rec["end"], "count", value=rec["denominator"], unit=rec["unit"])]


def word_count(text: str, s: int, e: int, limit: int) -> Optional[dict]:
    """``Hai đảng viên`` (the number word ``text[s:e]`` before a listed noun): a count; not ``lần thứ hai …``."""
    L = lex()
    if L.word_not_after.search(text, max(0, s - 12), s):
        return None
    tail = read_tail(text, e, limit)
    if not tail or tail.kind != "count":
        return None
    return record(text, s, tail.end, "count", value=L.word_values[text[s:e].lower()], unit=tail.unit)
