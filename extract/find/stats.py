"""Statistics (SPEC §5): counts, percentages, ratios, money, ranges and measures.

The finder walks the numbers of the text once. At each number it tries, in order,
a range (``từ 2,67% - 64%``), a ratio (``19/28 đề án``), then a single number and
what follows it (``%``, a currency, a unit of measure, a counted noun); a number
that is part of a date, a code, an ordinal, a name, a list marker or a quoted
slogan is skipped. Context is attached afterwards: qualifier (``hơn``), predicate
(``kết nạp``), governing period (from the dates finder) and the statistic a share
qualifies (``612 đảng viên, đạt 31,7%``).

Example::

    >>> from extract.context import DocContext
    >>> [(s["text"], s["kind"], s["value"]) for s in find(DocContext("kết nạp 64 quần chúng, đạt 31,7%"))]
    [('64 quần chúng', 'count', 64.0), ('31,7%', 'percent', 31.7)]
"""
from __future__ import annotations

import math
from bisect import bisect_right
from typing import TYPE_CHECKING, Optional

import regex

from extract.find.stats_context import add_context, blocked_spans
from extract.find.stats_lexicon import (GLUED, ITEM_START, LINE_START, PAREN, SENTENCE_START, START, YEAR_LIKE,
                                        counted_noun, lex, parse_number)
from extract.find.stats_table import table_cell
from extract.find.stats_units import Tail, read_tail

if TYPE_CHECKING:
    from extract.context import DocContext

FIELDS = ("start", "end", "text", "kind", "value", "unit", "numerator", "denominator", "low", "high",
          "qualifier", "predicate", "period", "period_start", "period_end", "qualifies", "target")


def _record(text: str, start: int, end: int, kind: str, **fields) -> dict:
    rec = dict.fromkeys(FIELDS)
    rec.update(start=start, end=end, text=text[start:end], kind=kind, **fields)
    return rec


class _Blocks:
    """Spans no statistic may touch (other findings, quoted slogans), merged, searchable by offset."""

    def __init__(self, spans: list[tuple[int, int]], size: int):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            elif a < b:
                merged.append([a, b])
        self.spans = merged
        self.starts = [a for a, _ in merged]
        self.size = size

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]

    def limit(self, pos: int) -> int:
        """Where the next blocked span starts after ``pos`` (the text end if none)."""
        i = bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else self.size


def _is_label(text: str, pos: int) -> bool:
    """The number is an ordinal, a document/date/address number or part of a name:
    ``Hội nghị Trung ương 10``, ``Điều 5``, ``Nghị quyết 41``, ``năm 2021``, ``Hà Nội 3``."""
    L = lex()
    window = text[max(0, pos - 40):pos]
    if L.label_before.search(window) and not L.label_override.search(window):
        return True
    m = L.prev_word.search(window)
    if not m or not m["w"][0].isupper() or m["w"].isupper() or L.allowed_capital.match(m["w"]):
        return False  # lowercase, a heading in capitals ("KẾT NẠP 120 ĐẢNG VIÊN") or a verb ("Có 5")
    return not SENTENCE_START.search(window, 0, m.start()) and not ITEM_START.search(window, 0, m.start())


def _single(text: str, s: int, limit: int) -> Optional[tuple[int, float, Optional[Tail]]]:
    """A number with what follows it: (number end, value, tail)."""
    m = lex().num.match(text, s, limit)
    if not m:
        return None
    e = m.end()
    tail = read_tail(text, e, limit, bool(LINE_START.search(text, max(0, s - 80), s)))
    return e, parse_number(m["num"]), tail


def _range_low(text: str, s: int, limit: int):
    """The first number of a range and what it carries: (end, value, own factor or None, unit)."""
    L = lex()
    a = L.num.match(text, s, limit)
    if not a:
        return None
    e, low = a.end(), parse_number(a["num"])
    tail = read_tail(text, e, limit)
    if tail and tail.kind != "count":
        return tail.end, low, tail.factor, tail.unit
    m = L.mults_only.match(text, e, limit)
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


def _range(text: str, s: int, limit: int) -> Optional[dict]:
    """``từ 2,67% - 64%``, ``từ 8 đến 12 đề án``, ``7-8%/năm``, ``từ 5 đến 10 tỷ đồng``."""
    if not _may_be_range(text, s, limit):
        return None
    L = lex()
    first = _range_low(text, s, limit)
    if not first:
        return None
    e1, low, low_factor, _ = first
    sep = L.range_sep.match(text, e1, limit)
    b = _single(text, sep.end(), limit) if sep else None
    if not b or b[2] is None:
        return None
    _, high, tail = b
    frm = L.range_from.search(text, max(0, s - 10), s)
    dash = any(c in "-–—" for c in text[sep.start():sep.end()])
    rising = low < high and low == int(low)  # "3 - 4 xã", "200 đến 250 hộ": a range without "từ"
    if tail.kind == "count" and (_is_label(text, s) or YEAR_LIKE.fullmatch(text[s:e1].strip()) or not (frm or rising)):
        return None
    if not (frm or dash or rising):
        return None
    low *= low_factor if low_factor is not None and tail.kind != "percent" else tail.factor
    start = frm.start() if frm else s
    return _record(text, start, tail.end, "range", unit=tail.unit, low=low, high=high * tail.factor)


_MINUS = regex.compile(r"(?<![\p{L}])(?i:âm)[^\S\n]++\Z")
_OF_ALL = regex.compile(r"[^\S\n]++(?i:tổng số|số)(?=[^\S\n]++\p{Ll})")


def _ratio(text: str, s: int, limit: int) -> Optional[dict]:
    """``19/28 đề án``, ``71,5%/60%``, ``12.310/11.000 tỷ đồng``; not ``30/9/2021``, ``9/2021``."""
    if "/" not in text[s:s + 24]:  # the slash follows the number (and its "%") closely
        return None
    L = lex()
    a = L.num.match(text, s, limit)
    if not a:
        return None
    p = L.percent.match(text, a.end(), limit)
    slash = p.end() if p else a.end()
    if text[slash:slash + 1] != "/" or not L.num.match(text, slash + 1, limit):
        return None
    b = L.num.match(text, slash + 1, limit)
    e = b.end()
    if GLUED.match(text, e) or text[e:e + 1] in ("/", "-"):
        return None
    num, den = parse_number(a["num"]), parse_number(b["num"])
    tail = read_tail(text, e, limit)
    if tail is None and not p and num < den and (so := _OF_ALL.match(text, e, limit)):
        tail = read_tail(text, so.end(), limit)  # "hơn 1/3 số đảng viên": a share of all of them
        tail = tail if tail and tail.kind == "count" else None
    if p and not (tail and tail.kind == "percent"):
        return None
    if _date_like(a["num"], b["num"], tail) or _is_label(text, s) or not tail and _time_noun_follows(text, e, limit):
        return None
    end, unit, f = (tail.end, tail.unit, tail.factor) if tail else (e, None, 1.0)
    value = num / den if den else None
    return _record(text, s, end, "ratio", value=value, unit=unit, numerator=num * f, denominator=den * f)


_OVER = regex.compile(r"[^\S\n]++(?i:trên|trong số|trên tổng số|trong tổng số)[^\S\n]++(?=\d)")


def _ratio_words(text: str, s: int, limit: int) -> Optional[dict]:
    """``14 trên 16 chỉ tiêu``, ``12 trong số 68 tiến sĩ``: a ratio in words, the part not above the whole,
    a noun after it."""
    near = text[s:s + 30]
    if "trên" not in near and "trong" not in near:
        return None
    L = lex()
    a = L.num.match(text, s, limit)
    over = _OVER.match(text, a.end(), limit) if a else None
    b = L.num.match(text, over.end(), limit) if over else None
    if not b or GLUED.match(text, b.end()) or _is_label(text, s):
        return None
    num, den = parse_number(a["num"]), parse_number(b["num"])
    tail = read_tail(text, b.end(), limit)
    if not tail or tail.kind != "count" or not 0 < num <= den:
        return None
    return _record(text, s, tail.end, "ratio", value=num / den, unit=tail.unit, numerator=num, denominator=den)


def _time_noun_follows(text: str, e: int, limit: int) -> bool:
    """``24/24 giờ``: a ratio of hours or years is no statistic."""
    L = lex()
    w = L.word.match(text, e, limit)
    return bool(w) and bool(L.not_unit.match(text, w.start("w"), limit))


def _date_like(a: str, b: str, tail: Optional[Tail]) -> bool:
    """``9/2021`` (month/year), ``30/9`` (day/month) without a unit, ``2020/2021``."""
    x, y = parse_number(a), parse_number(b)
    if YEAR_LIKE.fullmatch(b) and (x <= 12 or YEAR_LIKE.fullmatch(a)):
        return True
    return tail is None and "." not in a + b and 1 <= x <= 31 and 1 <= y <= 12


def _one(text: str, s: int, limit: int, found: list[dict]) -> Optional[dict]:
    """A single number: percent, money, measure, count or a bare count of a noun named before."""
    one = _single(text, s, limit)
    if not one:
        return None
    e, value, tail = one
    if (tail is None or tail.kind == "count") and GLUED.match(text, e):
        return None
    if tail is None:
        return (_table_value(text, s, e, value) or _noun_after_paren(text, s, e, value, limit)
                or _label_value(text, s, e, value)
                or _change_from(text, s, e, value, limit) or _bare(text, s, e, value, limit, found))
    if tail.kind == "count" and (_is_label(text, s) or YEAR_LIKE.fullmatch(text[s:e])):
        return None
    if value == 1 and tail.factor == 1 and tail.kind in ("count", "measure") and _PER_ONE.search(text, max(0, s - 8), s):
        return None  # "trên 1 ha đất", "mỗi 1 người": the base of a rate
    return _record(text, s, tail.end, tail.kind, value=value * tail.factor + tail.more, unit=tail.unit)


_CELL_BEFORE = regex.compile(r"[|\t][^\S\n]*+\Z")
_CELL_AFTER = regex.compile(r"[ \u00a0]*+(?:\([^()\n]{1,20}+\)[ \u00a0]*+)?(?:[|\t]|\n|\Z)")  # "51.360 (74,5%) |"


def _table_value(text: str, s: int, e: int, value: float) -> Optional[dict]:
    """A number alone in a table cell, after its row's label (see :mod:`stats_table`)."""
    if not (_CELL_BEFORE.search(text, max(0, s - 8), s) and _CELL_AFTER.match(text, e)):
        return None
    cell = table_cell(text, s, e)
    if not cell:
        return None
    kind, unit, factor = cell
    return _record(text, s, e, kind, value=value * factor, unit=unit)


_PER_ONE = regex.compile(r"(?<![\p{L}])(?i:trên|mỗi|cho)[^\S\n]++\Z")


# a table row or a "label: value" line whose label names what is counted: "Tổng số đảng viên: 6.318",
# "Số đảng viên mới kết nạp<TAB>125", "Tỷ lệ hộ nghèo (%): 2,35"
_LABEL_LINE = regex.compile(r"(?:^|\n|;)[^\S\n]*+(?:[-+•*][^\S\n]*+)?"
                            r"(?P<label>(?P<share>(?i:tỷ lệ|tỉ lệ))|(?i:tổng số|số lượng|số))[ ]++(?!(?i:lượng)[ ]*+[:\t])(?P<noun>[^\d:\t\n]{2,60}?)"
                            r"(?:[ ]++[^:\t\n]{1,40}?)??[ ]*+(?P<pct>\([ ]*+%[ ]*+\))?"  # "… năm 2023", "(đến 31/12)"
                            r"(?:[ ]*+(?::|\t)|(?<=[ ])(?i:là))[^\S\n]*+\Z")
# what may close a labelled value: the line's end, or the end of its clause ("Số chi bộ: 45; …")
_LINE_END = regex.compile(r"[^\S\n]*+(?:\n|\Z|[;,.](?![0-9])|\()")


def _label_value(text: str, s: int, e: int, value: float) -> Optional[dict]:
    """The number that closes a labelled line or clause takes its unit from the label: count of the noun
    after ``Số``/``Tổng số`` (``Số chi bộ: 45;``, ``Tổng số đảng viên là 1.245.``), or a percent when the
    label is a ``Tỷ lệ … (%)``."""
    if not _LINE_END.match(text, e):
        return None
    line_start = max(text.rfind("\n", 0, s), text.rfind(";", max(0, s - 100), s))  # a line, or a clause after ";"
    m = _LABEL_LINE.match(text, max(0, line_start), s) if s - line_start < 100 else None
    if not m:
        return None
    if m["share"]:
        return _record(text, s, e, "percent", value=value, unit="%") if m["pct"] else None
    label = text[m.start("noun"):s]
    sep = ":" if ":" in label else "\t" if "\t" in label else " "  # "…: 1.245", "…<TAB>1.245", "… là 1.245"
    stop = text.rfind(sep, m.start("noun"), s if sep != " " else s - 1)
    unit = counted_noun(read_tail(text, m.start("noun") - 1, stop))  # the noun as it would follow a number
    return _record(text, s, e, "count", value=value, unit=unit) if unit else None  # not "Số nhà: 45"


_CHANGE_TO = regex.compile(r"[^\S\n]++(?i:xuống|lên)(?:[^\S\n]++(?i:còn|mức|đến|tới))?[^\S\n]++(?=\d)")


def _change_from(text: str, s: int, e: int, value: float, limit: int) -> Optional[dict]:
    """``giảm từ 4.200 xuống còn 3.950 đồng chí``: the value before the change has the unit of the one after."""
    if "từ" not in text[max(0, s - 6):s].lower():
        return None
    frm = lex().range_from.search(text, max(0, s - 10), s)
    to = _CHANGE_TO.match(text, e, limit) if frm else None
    after = _single(text, to.end(), limit) if to else None
    if not after or _is_label(text, s) or YEAR_LIKE.fullmatch(text[s:e]):
        return None
    tail = after[2]
    if tail is None:  # "Số chi bộ tăng từ 148 lên 173.": both numbers count the sentence's subject
        unit = _subject_noun(text, s)
        return _record(text, s, e, "count", value=value, unit=unit) if unit else None
    return _record(text, s, e, tail.kind, value=value * tail.factor, unit=tail.unit)


# a sentence or clause that opens by naming what it counts: "Số đảng viên …", "Trong số đảng viên bị kỷ luật: …"
_SUBJECT = regex.compile(r"(?:\A|(?<=[\n.;!?:]))[^\S\n]*+(?:[-+•][^\S\n]*+)?(?i:trong số|tổng số|số lượng|số)"
                         r"(?=[^\S\n]++\p{Ll})")


def _subject_noun(text: str, s: int) -> Optional[str]:
    """The noun a sentence names as its subject before ``s`` (``Số thôn, buôn có chi bộ …`` → ``thôn, buôn``)."""
    start = max(0, s - 200)
    m = None
    for m in _SUBJECT.finditer(text, start, s):
        pass
    if m is None or _SENTENCE_END.search(text, m.end(), s):
        return None
    return counted_noun(read_tail(text, m.end(), s))


_SENTENCE_END = regex.compile(r"[.!?\n]")


def _noun_after_paren(text: str, s: int, e: int, value: float, limit: int) -> Optional[dict]:
    """``Có 15 (chiếm 38%) tổ chức cơ sở đảng``: the count is the number, its noun follows the share."""
    p = PAREN.match(text, e, limit)
    tail = read_tail(text, p.end(), limit) if p else None
    if not tail or tail.kind != "count" or _is_label(text, s) or YEAR_LIKE.fullmatch(text[s:e]):
        return None
    return _record(text, s, e, "count", value=value * tail.factor, unit=tail.unit)


def _bare(text: str, s: int, e: int, value: float, limit: int, found: list[dict]) -> Optional[dict]:
    """A number with no noun of its own counts the noun counted before in its clause: after a predicate
    (``kỷ luật 9 đảng viên, trong đó khiển trách 4``), in a breakdown (``418 đảng viên, trong đó nam 296,
    nữ 122``), after a label's colon (``Số chi bộ: 45; hoàn thành tốt: 38``) or before a verb after a list
    cue (``52 chi bộ, trong đó 45 hoàn thành tốt nhiệm vụ``)."""
    L = lex()
    if _is_label(text, s) or YEAR_LIKE.fullmatch(text[s:e]):
        return None
    if L.bare_end.match(text, e, limit):
        ctx = L.context.search(text, max(0, s - 60), s)
        pred = bool(ctx and ctx["pred"])
        items = bool(_COLON_BEFORE.search(text, max(0, s - 4), s))
    elif L.bare_verb.match(text, e, limit) and L.bare_cue.search(text, max(0, s - 30), s):
        pred, items = False, True  # "…; 1.950 hoàn thành tốt nhiệm vụ": clauses of one list may be parted by ";"
    else:
        return None
    unit = None
    for prev in reversed(found):  # the last counted noun of the clause, past a share or a change ("tăng 5%")
        if _sentence_break(text, prev["end"], s, items):
            break
        if prev["kind"] in ("count", "ratio") and prev["unit"]:
            unit = unit or prev["unit"]
            if pred or items or _BREAKDOWN.search(text, prev["end"], s) or _PAREN_ITEMS.match(text, prev["end"]):
                return _record(text, s, e, "count", value=value, unit=unit)
    if unit is None and pred and (unit := _subject_noun(text, s)):  # "Trong số đảng viên bị kỷ luật: khiển trách 31"
        return _record(text, s, e, "count", value=value, unit=unit)
    return None


_COLON_BEFORE = regex.compile(r"[\p{L}\p{M})]:[^\S\n]*+\Z")  # "hoàn thành tốt: 38"
_ITEMS_CUE = r"(?i:trong đó|gồm|bao gồm)"  # the words that open a count's breakdown
_BREAKDOWN = regex.compile(rf"(?<![\p{{L}}]){_ITEMS_CUE}(?![\p{{L}}\p{{M}}])")
_PAREN_ITEMS = regex.compile(r"[^\S\n]*+\((?=[^\S\n]*+\p{Ll})")  # "418 đảng viên (nam 296, nữ 122)"


def _sentence_break(text: str, a: int, b: int, items: bool = False) -> bool:
    """A sentence or clause ends between: not at ``; trong đó`` or ``. Trong đó:`` (its items follow),
    nor at any ``;`` between ``items``."""
    gap = _DOT_ITEMS.sub("; ", text[a:b])
    if items:  # "…: 62.\n- Hoàn thành tốt nhiệm vụ: 44": bullet lines are items of the count above
        gap = _BULLET_ITEMS.sub("; ", gap)
    if ";" in gap and not any(c in ".!?\n" for c in gap):
        return not items and not _SEMI_ITEMS.search(gap)
    return any(c in ".;!?\n" for c in gap)


_BULLET_ITEMS = regex.compile(r"[.;:]?+[^\S\n]*+\n[^\S\n]*+[-+•][^\S\n]*+")
_DOT_ITEMS = regex.compile(r"\.[^\S\n]*+(?=(?i:trong đó)(?![\p{L}\p{M}]))")
_SEMI_ITEMS = regex.compile(rf";[^\S\n]*+{_ITEMS_CUE}(?![\p{{L}}])")


def find(ctx: DocContext) -> list[dict]:
    """Statistics of a document (SPEC §5) as Statistic-field dicts, in text order; no number inside a date,
    a reference or a name the other finders found is one.

    ``Toàn Đảng bộ kết nạp hơn 250 đảng viên (chiếm 5,2%).`` → count 250 ``đảng viên`` (qualifier ``hơn``,
    predicate ``kết nạp``) and percent 5.2 that ``qualifies`` statistic 0.
    """
    text, dates = ctx.text, ctx.found("dates")
    blocks = _Blocks(blocked_spans(text, dates, ctx.found("doc_refs"), ctx.found("people")), len(text))
    found: list[dict] = []
    pos = 0
    for m in START.finditer(text):
        s = m.start()
        if s < pos or blocks.inside(s):
            continue
        limit = blocks.limit(s)
        rec = (_range(text, s, limit) or _ratio(text, s, limit) or _ratio_words(text, s, limit)
               or _one(text, s, limit, found))
        if rec and (not found or rec["start"] >= found[-1]["end"]):
            if "âm" in text[max(0, s - 6):s] and rec["kind"] in ("percent", "count", "measure", "money") \
                    and _MINUS.search(text, max(0, s - 8), s):
                rec["value"] = -rec["value"]  # "tăng trưởng âm 1,5%"
            found.append(rec)
            pos = rec["end"]
    return add_context(text, found, dates)
