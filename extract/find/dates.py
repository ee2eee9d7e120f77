"""Dates and periods (SPEC §3): one combined scan, values normalised to ISO.

Example::

    >>> from extract.context import DocContext
    >>> [d["value"] for d in find(DocContext("Quý III/2021 và 6 tháng đầu năm 2022, nhiệm kỳ 2020-2025"))]
    ['2021-Q3', '2022-H1', '2020/2025']
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import threading
from typing import TYPE_CHECKING, Optional

import regex

from extract.find.date_forms import (ANCHORS, DATA, DURATION_UNITS, MONTH_WORDS, PATTERN, ROMAN, SPAN_WORDS, YEAR,
                                     iso_date)
from extract.find.document import DATELINE, RefDate  # noqa: F401 (DATELINE: extract.io.formats reads it here)
from extract.find.lexicon import MAX_MATCH, alternation, anchored_finditer, match_near

if TYPE_CHECKING:
    from extract.context import DocContext

_YEAR_ONLY = regex.compile(YEAR)
_NEVER_BEFORE = regex.compile(rf"(?i:(?:{alternation(DATA['duration_never_before'])})\s*+)$")
_NEVER_AFTER = regex.compile(rf"\s*+(?i:{alternation(DATA['duration_never_after'])})(?!\p{{L}})")
_SENTENCE_END = regex.compile(r"[.;!?\n]")
_YEAR_AFTER = regex.compile(r"\s*+(?:19|20)\d\d(?!\d)")  # "lần thứ 5 năm 2021": the year, not 5 years


def _plus_days(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def _month_end(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


# a year later in the sentence, not the year of a whole date ("… Nghị quyết ngày 03/6/2013")
_LATER_YEAR = regex.compile(r"(?:(?<!\d\s++(?i:tháng)\s++\d{1,2}\s*+,?\s*+|(?i:đến|tới|tầm nhìn|trước)\s++)(?i:năm)\s++"
                            r"|(?<!\d[/.-]\d{1,2})[/-])((?:19|20)\d\d)(?!\d)")  # not a goal's year: "đến năm 2030"


_SENTENCE_START = regex.compile(r"[.!?\n]", regex.REVERSE)  # a year before holds across ";"
BLOCK = 512
_LAST = threading.local()  # the last search for a later year, per thread: text, from, to, what it found


def _later_year(text: str, end: int, limit: int):
    """``_LATER_YEAR.search(text, end, limit)``; the dates of one sentence ask it again from further on with the
    same ``limit``: the answer of a search from an earlier place holds when it lies at or after ``end``."""
    last_text, frm, to, m = getattr(_LAST, "search", (None, 0, 0, None))
    if last_text is text and to == limit and frm <= end and (m is None or m.start() >= end):
        return m
    m = _LATER_YEAR.search(text, end, limit)
    _LAST.search = (text, end, limit, m)
    return m


def _sentence_year(text: str, start: int, end: int) -> Optional[int]:
    """The year the sentence is about: one written later in it (``Quý III và … Quý IV năm 2021`` → 2021),
    else the nearest one before (``Năm 2021, nhất là trong quý III`` → 2021). The year of a whole date
    (``… ngày 03/6/2013``) belongs to that date."""
    # read within a window, not to the text's end; the window ends on a multiple of BLOCK so that the dates of
    # one long stretch share it
    reach = min(len(text), (end + MAX_MATCH) // BLOCK * BLOCK + BLOCK)
    stop = _SENTENCE_END.search(text, end, reach)
    m = _later_year(text, end, stop.start() if stop else reach)
    if m:
        return int(m[1])
    begin = _SENTENCE_START.search(text, max(0, start - 300), start)
    before = None
    for before in _LATER_YEAR.finditer(text, begin.end() if begin else max(0, start - 300), start):
        pass
    return int(before[1]) if before else None


def _duration_ok(text: str, m) -> bool:
    before = text[max(0, m.start() - 20):m.start()]
    after = text[m.end():m.end() + 25]
    if _NEVER_BEFORE.search(before) or _NEVER_AFTER.match(after) or _YEAR_AFTER.match(after):
        return False
    return True


def _at(text: str, start: int, end: int, kind: str, value: str, start_date=None, end_date=None) -> dict:
    """A DateMention dict for ``text[start:end]``."""
    return {"start": start, "end": end, "text": text[start:end], "kind": kind, "value": value,
            "start_date": start_date, "end_date": end_date}


def _rec(m, kind, value, start_date=None, end_date=None) -> dict:
    return _at(m.string, m.start(), m.end(), kind, value, start_date, end_date)


def _day(text: str, start: int, end: int, iso: str) -> dict:
    return _at(text, start, end, "date", iso, iso, iso)


def _year_of(m, text, explicit, ref: RefDate) -> Optional[int]:
    if explicit:
        return int(explicit)
    if match_near(_YEARLY, text, m.end(), YEARLY_REACH):  # "trước ngày 25/6 và 25/12 hằng năm": every year, no year of its own
        return None
    return _sentence_year(text, m.start(), m.end()) or (ref.year if ref else None)


YEARLY_REACH = 200  # "… và 25/12 hằng năm" stands this close after the day
# a day that comes back every year: "ngày 15 tháng 11 hằng năm", "ngày 25/6 và 25/12 hàng năm"
_YEARLY = regex.compile(r"(?:[^\S\n]*+(?:,|và|hoặc)[^\S\n]*+(?:(?i:ngày)[^\S\n]++)?\d{1,2}[/-]\d{1,2})*+"
                        r"[^\S\n]++(?i:hằng năm|hàng năm|mỗi năm)(?![\p{L}\p{M}])")


def _interpret(m, text: str, ref: RefDate) -> Optional[dict]:
    kind = m.lastgroup
    return _HANDLERS[kind](m, text, ref)


def _date_num(m, text, ref):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    iso = iso_date(y, mo, d)
    if not iso:
        return None
    if m["hh"] is not None and m["mm"] is not None:
        return _rec(m, "datetime", f"{iso}T{int(m['hh']):02d}:{m['mm']}", iso, iso)
    rec = _rec(m, "date", iso, iso, iso)
    if m["hh"] is not None:  # "8h" alone: keep the date, drop the dangling hour from the span
        end = m.start("hh")
        while text[end - 1] in " ,":
            end -= 1
        rec.update(end=end, text=text[m.start():end])
    return rec


def _date_words(m, text, ref):
    iso = iso_date(int(m["wy"]), int(m["wm"]), int(m["wd"]))
    return _rec(m, "date", iso, iso, iso) if iso else None


def _date_noyear(m, text, ref, d: str = "nd", mo: str = "nm"):
    """``ngày 2/9``: the year the text makes clear, else ``XXXX``."""
    day, month = int(m[d]), int(m[mo])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    y = _year_of(m, text, None, ref)
    if y is None:
        return _rec(m, "date", f"XXXX-{month:02d}-{day:02d}")
    iso = iso_date(y, month, day)
    return _rec(m, "date", iso, iso, iso) if iso else None


NEWS_WINDOW = 10  # days: a news opening's "Sáng 11/01" happened at most this long after the page's date line


def _date_daytime(m, text, ref):
    """``Sáng 12/7``: as a date without a year; the span starts at the day. A page with a date of its own
    (``12/01/2024``) reports days just before it: ``Sáng 11/01`` is 2024-01-11, ``Chiều 30/12`` 2023-12-30."""
    if ref and ref.date:
        day, month, y = int(m["td"]), int(m["tm"]), int(ref.date[:4])
        iso = iso_date(y, month, day)
        if iso and iso > _plus_days(ref.date, NEWS_WINDOW):
            iso = iso_date(y - 1, month, day)
        if iso:
            return _day(text, m.start("td"), m.end(), iso)
    return _day_month_from(m, text, ref, "td", "tm")


def _date_deadline(m, text, ref):
    """``chậm nhất 25/6``: a date without a year; the span starts at the day."""
    return _day_month_from(m, text, ref, "ld", "lm")


def _day_month_from(m, text, ref, d: str, mo: str):
    """:func:`_date_noyear` of groups ``d``/``mo``, its span starting at the day (the cue before is no part)."""
    rec = _date_noyear(m, text, ref, d, mo)
    if rec:
        rec.update(start=m.start(d), text=text[m.start(d):m.end()])
    return rec


def _day_range(m, text, ref):
    y = int(m["ry"]) if m["ry"] else _year_of(m, text, None, ref)
    if y is None:
        return None
    mo = int(m["rm"])
    mo1 = int(m["m1"]) if m["m1"] else mo
    y1 = y - 1 if mo1 > mo else y  # "từ ngày 29/12 đến ngày 02/01/2024" starts in 2023
    a, b = iso_date(y1, mo1, int(m["d1"])), iso_date(y, mo, int(m["d2"]))
    if not (a and b) or a > b:
        return None
    return _rec(m, "range", f"{a}/{b}", a, b)


def _month(m, text, ref):
    mo = int(m["mon"]) if m["mon"] else MONTH_WORDS[m["monw"].lower()]
    if m["monw"] and m["monw"].lower() in ("một", "hai", "ba", "năm", "sáu", "bảy", "tám", "chín", "mười") \
            and not m["mony"]:
        return None  # "tháng năm" / "tháng ba" without a year is too often a count or a word
    y = _year_of(m, text, m["mony"], ref)
    if y is None:
        return _rec(m, "month", f"XXXX-{mo:02d}")
    return _rec(m, "month", f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", _month_end(y, mo))


def _quarter(m, text, ref):
    q = int(m["q"]) if m["q"].isdigit() else ROMAN[m["q"].upper()]
    y = _year_of(m, text, m["qy"], ref)
    if y is None:
        return _rec(m, "quarter", f"XXXX-Q{q}")
    first = 3 * q - 2
    return _rec(m, "quarter", f"{y}-Q{q}", f"{y:04d}-{first:02d}-01", _month_end(y, first + 2))


def _span(m, text, ref):
    n = int(m["sn"]) if m["sn"] else SPAN_WORDS[m["snw"].lower()]
    which = m["sw"].lower() if m["sw"] else "đầu"
    y = _year_of(m, text, m["sy"] or m["sy2"], ref)
    first, last = (1, n) if which == "đầu" else (13 - n, 12)
    if n == 6:
        value = f"{y if y else 'XXXX'}-H{1 if first == 1 else 2}"
        kind = "half"
    else:
        yy = f"{y:04d}" if y else "XXXX"
        value, kind = f"{yy}-{first:02d}/{yy}-{last:02d}", "period"
    if y is None:
        return _rec(m, kind, value)
    return _rec(m, kind, value, f"{y:04d}-{first:02d}-01", _month_end(y, last))


def _mrange(m, text, ref):
    y, a, b = int(m["mry"]), int(m["mr1"]), int(m["mr2"])
    if not a < b:
        return None
    return _rec(m, "period", f"{y:04d}-{a:02d}/{y:04d}-{b:02d}", f"{y:04d}-{a:02d}-01", _month_end(y, b))


_LIST_DAY = regex.compile(r"\d{1,2}")


def _day_list(m, text, ref) -> Optional[list]:
    """``ngày 28 và 29/12/2023`` → two dates: ``ngày 28`` and ``29/12/2023``."""
    y = int(m["dly"]) if m["dly"] else _year_of(m, text, None, ref)
    if y is None:
        return None
    mo = int(m["dlm"])
    out = []
    for d in _LIST_DAY.finditer(text, m.start("dl1"), m.start("dln")):
        iso = iso_date(y, mo, int(d.group()))
        if not iso:
            return None
        out.append(_day(text, m.start() if d.start() == m.start("dl1") else d.start(), d.end(), iso))
    last = iso_date(y, mo, int(m["dln"]))
    if not last:
        return None
    out.append(_day(text, m.start("dln"), m.end(), last))
    return out


def _yrange(m, text, ref):
    a, b = int(m["y1"]), int(m["y2"])
    if not (a < b <= a + 30):
        return None
    return _rec(m, "range", f"{a}/{b}", f"{a}-01-01", f"{b}-12-31")


def _year(m, text, ref):
    y = int(m["yy"])
    return _rec(m, "year", str(y), f"{y}-01-01", f"{y}-12-31")


def _duration(m, text, ref):
    if not _duration_ok(text, m):
        return None
    unit = DURATION_UNITS[m["du"].lower()]
    return _rec(m, "duration", f"P{int(m['dn'])}{unit}")


_HANDLERS = {"date_num": _date_num, "date_words": _date_words, "date_noyear": _date_noyear,
             "date_daytime": _date_daytime, "date_deadline": _date_deadline, "date_words_noyear": functools.partial(_date_noyear, d="xd", mo="xm"),
             "day_range": _day_range, "month": _month, "quarter": _quarter, "span": _span, "yrange": _yrange,
             "mrange": _mrange, "day_list": _day_list, "lunar": lambda m, text, ref: None, "year": _year,
             "duration": _duration}


def find(ctx: DocContext) -> list[dict]:
    """Every date or period of the document as DateMention dicts, sorted, not overlapping; none inside a
    reference (``Nghị quyết số 30/2020/NQ-CP``: its date is the reference's attribute).

    ``ngày 21/8/2023`` → date ``2023-08-21``; ``Quý III`` takes the year of its sentence or the document's.
    """
    return _outside(_dates(ctx.text, ctx.own_date, ctx.anchors(ANCHORS)), ctx.found("doc_refs"))


def _outside(findings: list[dict], spans: list[dict]) -> list[dict]:
    """``findings`` that are not inside one of ``spans`` (both sorted by start): one linear pass."""
    out, j, reach = [], 0, -1
    spans = sorted(spans, key=lambda s: s["start"])
    for f in sorted(findings, key=lambda f: f["start"]):
        while j < len(spans) and spans[j]["start"] <= f["start"]:
            reach = max(reach, spans[j]["end"])
            j += 1
        if f["end"] > reach:
            out.append(f)
    return out


def _dates(text: str, ref: RefDate, starts: list[int]) -> list[dict]:
    out, skip = [], 0
    for m in anchored_finditer(PATTERN, starts, text):
        if m.start() < skip:
            continue
        rec = _interpret(m, text, ref)
        if isinstance(rec, list):  # "ngày 28 và 29/12/2023": one date a day
            out.extend(rec)
            continue
        if rec is None and m["yrange"]:  # "năm 2018 đến 1988 cán bộ": no range, but still "năm 2018"
            y = _YEAR_ONLY.match(text, m.start(), m.end())
            rec = _year(y, text, ref) if y else None
        if rec:
            out.append(rec)
            if rec["kind"] == "year":  # "năm 2021, 2022 và 2023": each year listed after the first
                for y in _next_years(text, rec["end"]):
                    out.append(y)
                    skip = y["end"]
                continue
            nxt = _next_member(m, text) if rec["kind"] in ("month", "quarter") else None
            if nxt:
                out.append(nxt)
                skip = nxt["end"]
    return out


# the second member of "tháng 11 và 12/2023", "tháng 11, 12 năm 2023", "quý I, II năm 2024", "quý III và IV/2023"
_AND = r"(?:\s*+,\s*+|\s++(?i:và)\s++)"
_TO_YEAR = r"(?:\s*+[/-]\s*+|,?\s++(?i:năm)\s++)(?P<y>(?:19|20)\d\d)(?!\d)"
_NEXT_MONTH = regex.compile(rf"{_AND}(?P<n>1[0-2]|0?[1-9]){_TO_YEAR}")
_NEXT_QUARTER = regex.compile(rf"{_AND}(?P<n>IV|I{{1,3}}|[1-4])(?![\p{{L}}\d]){_TO_YEAR}")


_NEXT_YEAR = regex.compile(rf"{_AND}(?P<y>(?:19|20)\d\d)(?!\d|[/.,-]\d|\s*+[-–])")


def _next_years(text: str, pos: int) -> list[dict]:
    """The years listed after ``năm 2021``: ``, 2022 và 2023``."""
    out = []
    if "," not in text[pos:pos + 3] and "và" not in text[pos:pos + 5]:  # the cheap test first
        return out
    while (n := _NEXT_YEAR.match(text, pos, pos + 20)) is not None:
        y = int(n["y"])
        out.append(_at(text, n.start("y"), n.end(), "year", str(y), f"{y}-01-01", f"{y}-12-31"))
        pos = n.end()
    return out


def _next_member(m, text: str) -> Optional[dict]:
    """A month or quarter listed right after ``m`` with only a number and the year they share."""
    if m["month"] and not m["mony"] and m["mon"]:
        n = _NEXT_MONTH.match(text, m.end(), m.end() + 30)
        if n:
            y, mo = int(n["y"]), int(n["n"])
            value, first, last = f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", _month_end(y, mo)
            kind = "month"
    elif m["quarter"] and not m["qy"]:
        n = _NEXT_QUARTER.match(text, m.end(), m.end() + 30)
        if n:
            y = int(n["y"])
            q = int(n["n"]) if n["n"].isdigit() else ROMAN[n["n"].upper()]
            value, first, last, kind = f"{y}-Q{q}", f"{y:04d}-{3 * q - 2:02d}-01", _month_end(y, 3 * q), "quarter"
    else:
        return None
    if not n:
        return None
    return _at(text, n.start("n"), n.end(), kind, value, first, last)
