"""The value of each date form (SPEC §3): one handler per named pattern of :mod:`extract.find.date_forms`.

A handler takes the match, the text and the document's :class:`Years`, and gives a DateMention dict, a list
of them, or None (no date there). ``_date_num`` reads ``21/8/2023``; ``_date_noyear`` gives ``ngày 2/9`` the
year its sentence or the document makes clear (:mod:`extract.find.date_year`), else ``XXXX``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
from typing import Optional

import regex

from extract.find.date_forms import DATA, DURATION_UNITS, MONTH_WORDS, NUMBER_WORDS, ROMAN, SPAN_WORDS, WORD_UNITS, \
    YEAR, iso_date
from extract.find.date_year import year_index
from extract.find.document import RefDate
from extract.find.lexicon import alternation, backward, match_near

_YEAR_ONLY = regex.compile(YEAR)
_YEAR_GROUPS = dict(_YEAR_ONLY.groupindex)
TERM_YEARS = DATA["term_years"]  # "hai nhiệm kỳ": P10Y
MAX_SPAN_YEARS = 150  # "(1954 - 2024)": an anniversary spans decades; "năm 2018 đến 1988": no span


def plus_days(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def month_end(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def at(text: str, start: int, end: int, kind: str, value: str, start_date=None, end_date=None) -> dict:
    """A DateMention dict for ``text[start:end]``."""
    return {"start": start, "end": end, "text": text[start:end], "kind": kind, "value": value,
            "start_date": start_date, "end_date": end_date}


def _rec(m, kind, value, start_date=None, end_date=None) -> dict:
    return at(m.string, m.start(), m.end(), kind, value, start_date, end_date)


def _day(text: str, start: int, end: int, iso: str) -> dict:
    return at(text, start, end, "date", iso, iso, iso)


def months(y: Optional[int], first: int, last: int, kind: str = "period") -> tuple[str, str, Optional[str], Optional[str]]:
    """``(kind, value, start_date, end_date)`` of months ``first``..``last`` of year ``y`` (``XXXX`` when None);
    six months from January or July are a half."""
    yy = f"{y:04d}" if y else "XXXX"
    if kind == "period" and last - first == 5 and first in (1, 7):
        kind, value = "half", f"{yy}-H{1 if first == 1 else 2}"
    elif first == last and kind == "month":
        value = f"{yy}-{first:02d}"
    else:
        value = f"{yy}-{first:02d}/{yy}-{last:02d}"
    return (kind, value, f"{y:04d}-{first:02d}-01", month_end(y, last)) if y else (kind, value, None, None)


class Years:
    """The years a document gives its days and months without one: the sentence's, else the document's own
    date's or the year it makes clear (``ref.year``), else the cited documents' (:mod:`extract.find.date_year`)."""

    def __init__(self, text: str, ref: RefDate, low: Optional[str] = None):
        self.text, self.ref, self.low = text, ref, low

    @functools.cached_property
    def index(self):
        return year_index(self.text)

    def of(self, start: int, end: int, month: Optional[int] = None, day: Optional[int] = None) -> Optional[int]:
        # "ngày 25/6 và 25/12 hằng năm": no year of its own (no "năm" near: no need to ask)
        if (self.low is None or self.low.find("năm", end, end + YEARLY_REACH + 20) >= 0) \
                and match_near(_YEARLY, self.text, end, YEARLY_REACH):
            return None
        y = self.index.sentence_year(start, end, month) or self.ref.year
        if y is None and month:
            y = self.index.after_cited(month, day or 31)
        return y


YEARLY_REACH = 200  # "… và 25/12 hằng năm" stands this close after the day
# a day that comes back every year: "ngày 15 tháng 11 hằng năm", "ngày 25/6 và 25/12 hàng năm"
_YEARLY = regex.compile(r"(?:[^\S\n]*+(?:,|và|hoặc)[^\S\n]*+(?:(?i:ngày)[^\S\n]++)?\d{1,2}[/-]\d{1,2})*+"
                        r"[^\S\n]++(?i:hằng năm|hàng năm|mỗi năm)(?![\p{L}\p{M}])")


def _time(h, mm, ss=None) -> str:
    return f"T{int(h):02d}:{mm}" + (f":{ss}" if ss else "")


def _date_num(m, g, text, years):
    y, mo, d = int(m[g["y"]]), int(m[g["m"]]), int(m[g["d"]])
    iso = iso_date(y, mo, d)
    if not iso:
        return None
    if m[g["hh"]] is not None and m[g["mm"]] is not None:
        return _rec(m, "datetime", iso + _time(m[g["hh"]], m[g["mm"]], m[g["ss"]]), iso, iso)
    rec = _rec(m, "date", iso, iso, iso)
    if m[g["hh"]] is not None:  # "8h" alone: keep the date, drop the dangling hour from the span
        end = m.start(g["hh"])
        while text[end - 1] in " ,":
            end -= 1
        rec.update(end=end, text=text[m.start():end])
    return rec


def _datetime_first(m, g, text, years):
    """``14:05:33 02/06/2023``, ``08:50, 30/03/2021``, ``7h30 ngày 15/4/2023``: one datetime."""
    iso = iso_date(int(m[g["fy"]]), int(m[g["fmo"]]), int(m[g["fd"]]))
    return _rec(m, "datetime", iso + _time(m[g["fh"]], m[g["fm"]] or "00", m[g["fs"]]), iso, iso) if iso else None


def _clock(m, g, text, years):
    """``8h00``, ``14 giờ 15 phút``: a datetime whose day :func:`extract.find.dates.find` fills in."""
    return {**_rec(m, "datetime", _time(m[g["ch"]], m[g["cm"]])), "clock": True}


def _date_words(m, g, text, years):
    iso = iso_date(int(m[g["wy"]]), int(m[g["wm"]]), int(m[g["wd"]]))
    return _rec(m, "date", iso, iso, iso) if iso else None


def _date_noyear(m, g, text, years, d: str = "nd", mo: str = "nm"):
    """``ngày 2/9``: the year the text makes clear, else ``XXXX``."""
    day, month = int(m[g[d]]), int(m[g[mo]])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    y = years.of(m.start(), m.end(), month, day)
    if y is None:
        return _rec(m, "date", f"XXXX-{month:02d}-{day:02d}")
    iso = iso_date(y, month, day)
    return _rec(m, "date", iso, iso, iso) if iso else None


NEWS_WINDOW = 10  # days: a news opening's "Sáng 11/01" happened at most this long after the page's date line


def _date_daytime(m, g, text, years):
    """``Sáng 12/7``: as a date without a year; the span starts at the day. A page with a date of its own
    (``12/01/2024``) reports days just before it: ``Sáng 11/01`` is 2024-01-11, ``Chiều 30/12`` 2023-12-30."""
    ref = years.ref
    if ref and ref.date:
        day, month, y = int(m[g["td"]]), int(m[g["tm"]]), int(ref.date[:4])
        iso = iso_date(y, month, day)
        if iso and iso > plus_days(ref.date, NEWS_WINDOW):
            iso = iso_date(y - 1, month, day)
        if iso:
            return _day(text, m.start(g["td"]), m.end(), iso)
    return _day_month_from(m, g, text, years, "td", "tm")


def _date_deadline(m, g, text, years):
    """``chậm nhất 25/6``: a date without a year; the span starts at the day."""
    return _day_month_from(m, g, text, years, "ld", "lm")


def _holiday(m, g, text, years):
    """``Quốc khánh 2/9``: a date without a year; the span starts at the day."""
    return _day_month_from(m, g, text, years, "hd", "hm")


def _anniversary_day(m, g, text, years):
    """``25/8 (1954 - 2024)``: the day in the year of the anniversary."""
    iso = iso_date(int(m[g["vy"]]), int(m[g["vm"]]), int(m[g["vd"]]))
    return _rec(m, "date", iso, iso, iso) if iso else None


def _day_month_from(m, g, text, years, d: str, mo: str):
    """:func:`_date_noyear` of groups ``d``/``mo``, its span starting at the day (the cue before is no part)."""
    rec = _date_noyear(m, g, text, years, d, mo)
    if rec:
        rec.update(start=m.start(g[d]), text=text[m.start(g[d]):m.end()])
    return rec


def _day_range(m, g, text, years):
    mo, d2 = int(m[g["rm"]]), int(m[g["d2"]])
    mo1 = int(m[g["m1"]]) if m[g["m1"]] else mo
    y = int(m[g["ry"]]) if m[g["ry"]] else years.of(m.start(), m.end(), mo, d2)
    if y is None:
        if not (1 <= mo1 <= 12 and 1 <= mo <= 12 and (mo1, int(m[g["d1"]])) < (mo, d2) and d2 <= 31):
            return None
        return _rec(m, "range", f"XXXX-{mo1:02d}-{int(m['d1']):02d}/XXXX-{mo:02d}-{d2:02d}")
    y1 = y - 1 if mo1 > mo else y  # "từ ngày 29/12 đến ngày 02/01/2024" starts in 2023
    a, b = iso_date(y1, mo1, int(m[g["d1"]])), iso_date(y, mo, d2)
    if not (a and b) or a > b:
        return None
    return _rec(m, "range", f"{a}/{b}", a, b)


def _full_range(m, g, text, years):
    """``3/2/1930 - 3/2/2025``: one range from the first date to the second."""
    a = iso_date(int(m[g["ay1"]]), int(m[g["am1"]]), int(m[g["ad1"]]))
    b = iso_date(int(m[g["ay2"]]), int(m[g["am2"]]), int(m[g["ad2"]]))
    if not (a and b) or a >= b:
        return None
    return _rec(m, "range", f"{a}/{b}", a, b)


def _month(m, g, text, years):
    mo = int(m[g["mon"]]) if m[g["mon"]] else MONTH_WORDS[m[g["monw"]].lower()]
    if m[g["monw"]] and m[g["monw"]].lower() in ("một", "hai", "ba", "năm", "sáu", "bảy", "tám", "chín", "mười") \
            and not m[g["mony"]]:
        return None  # "tháng năm" / "tháng ba" without a year is too often a count or a word
    y = int(m[g["mony"]]) if m[g["mony"]] else years.of(m.start(), m.end(), mo)
    if y is None:
        return _rec(m, "month", f"XXXX-{mo:02d}")
    return _rec(m, "month", f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", month_end(y, mo))


def _quarter(m, g, text, years):
    q = int(m[g["q"]]) if m[g["q"]].isdigit() else ROMAN[m[g["q"]].upper()]
    y = int(m[g["qy"]]) if m[g["qy"]] else years.of(m.start(), m.end())
    if y is None:
        return _rec(m, "quarter", f"XXXX-Q{q}")
    first = 3 * q - 2
    return _rec(m, "quarter", f"{y}-Q{q}", f"{y:04d}-{first:02d}-01", month_end(y, first + 2))


def _span(m, g, text, years):
    n = int(m[g["sn"]]) if m[g["sn"]] else SPAN_WORDS[m[g["snw"]].lower()]
    which = m[g["sw"]].lower() if m[g["sw"]] else "đầu"
    explicit = m[g["sy"]] or m[g["sy2"]]
    y = int(explicit) if explicit else years.of(m.start(), m.end())
    first, last = (1, n) if which == "đầu" else (13 - n, 12)
    kind, value, a, b = months(y, first, last)
    return _rec(m, kind, value, a, b)


def _mrange(m, g, text, years):
    y, a, b = int(m[g["mry"]]), int(m[g["mr1"]]), int(m[g["mr2"]])
    if not a < b:
        return None
    return _rec(m, "period", f"{y:04d}-{a:02d}/{y:04d}-{b:02d}", f"{y:04d}-{a:02d}-01", month_end(y, b))


def _consecutive(days: list[int]) -> bool:
    return all(b == a + 1 for a, b in zip(days, days[1:]))


def _day_list(m, g, text, years) -> Optional[list]:
    """``ngày 18, 19 và 22/3/2021`` → three dates; days in a row (``ngày 28 và 29/12/2023``, ``(20 và
    21-5)``) → one range."""
    mo, last = int(m[g["dlm"]]), int(m[g["dln"]])
    firsts = [(d.start(), d.end(), int(d.group())) for d in _LIST_DAY.finditer(text, m.start(g["dl1"]), m.start(g["dln"]))]
    days = [d for _, _, d in firsts] + [last]
    y = int(m[g["dly"]]) if m[g["dly"]] else years.of(m.start(), m.end(), mo, last)
    if _consecutive(days):
        if not (1 <= mo <= 12 and last <= 31):
            return None
        if y is None:
            return [_rec(m, "range", f"XXXX-{mo:02d}-{days[0]:02d}/XXXX-{mo:02d}-{last:02d}")]
        a, b = iso_date(y, mo, days[0]), iso_date(y, mo, last)
        return [_rec(m, "range", f"{a}/{b}", a, b)] if a and b else None
    if y is None:
        return None
    out = []
    for s, e, d in firsts:
        iso = iso_date(y, mo, d)
        if not iso:
            return None
        out.append(_day(text, m.start() if s == m.start(g["dl1"]) else s, e, iso))
    iso = iso_date(y, mo, last)
    if not iso:
        return None
    out.append(_day(text, m.start(g["dln"]), m.end(), iso))
    return out


_LIST_DAY = regex.compile(r"\d{1,2}")


def _yrange(m, g, text, years):
    a, b = int(m[g["y1"]]), int(m[g["y2"]])
    if not (a < b <= a + MAX_SPAN_YEARS):
        return None
    return _rec(m, "range", f"{a}/{b}", f"{a}-01-01", f"{b}-12-31")


def _year(m, g, text, years):
    y = int(m[g["yy"]])
    return _rec(m, "year", str(y), f"{y}-01-01", f"{y}-12-31")


def year_at(text: str, start: int, end: int, years) -> Optional[dict]:
    """The year finding of ``năm 2018`` in ``text[start:end]``, if it starts there."""
    y = _YEAR_ONLY.match(text, start, end)
    return _year(y, _YEAR_GROUPS, text, years) if y else None


# (read backwards from the number: the end is tried first)
_NEVER_BEFORE = backward(rf"(?i:(?:{alternation(DATA['duration_never_before'])})\s*+"
                         r"(?:\d{1,3}(?:\s++(?i:năm))?\s*+(?:[,–-]|(?i:và))\s*+)*+)\Z")  # "Huy hiệu 30 năm, 40 năm"
# … and after it, a word that makes it no length of time, or a year ("lần thứ 5 năm 2021": the year, not 5 years)
_NEVER_AFTER = regex.compile(rf"\s*+(?:(?i:{alternation(DATA['duration_never_after'])})(?!\p{{L}})|(?:19|20)\d\d(?!\d|[^\S\n]*+[-–][^\S\n]*+(?:19|20)\d\d))")  # "10 năm 2011-2020": a length still
NEVER_BEFORE_REACH = 60
NEVER_AFTER_REACH = 25


def _duration_ok(text: str, m) -> bool:
    s, e = m.start(), m.end()
    return not (_NEVER_BEFORE.search(text, max(0, s - NEVER_BEFORE_REACH), s)
                or _NEVER_AFTER.match(text, e, e + NEVER_AFTER_REACH))


def _length(n, unit: str) -> str:
    return f"P{n * TERM_YEARS:g}Y" if unit == "T" else f"P{n:g}{unit}"


def _duration(m, g, text, years):
    if not _duration_ok(text, m):
        return None
    n = m[g["dn"]]  # "1,5 ngày": a decimal comma
    return _rec(m, "duration", _length(float(n.replace(",", ".")) if "," in n else int(n),
                                       DURATION_UNITS[m[g["du"]].lower()]))


def _duration_words(m, g, text, years):
    """``năm năm qua`` → P5Y, ``hai nhiệm kỳ`` → P10Y."""
    if not _duration_ok(text, m):
        return None
    return _rec(m, "duration", _length(NUMBER_WORDS[m[g["dwn"]].lower()], WORD_UNITS[m[g["dwu"]].lower()]))


def _same_period(m, g, text, years):
    """``cùng kỳ 2022``: read by :func:`extract.find.dates.find`, which knows the report's period; alone,
    ``cùng kỳ năm 2022`` is the year."""
    return {**_rec(m, "same", ""), "same_year": int(m[g["cy"]]) if m[g["cy"]] else None}


HANDLERS = {"date_num": _date_num, "date_words": _date_words, "date_noyear": _date_noyear,
            "date_daytime": _date_daytime, "date_deadline": _date_deadline,
            "date_words_noyear": functools.partial(_date_noyear, d="xd", mo="xm"), "full_range": _full_range,
            "dt_first": _datetime_first, "clock": _clock, "anniv": _anniversary_day, "holiday": _holiday,
            "same": _same_period, "day_range": _day_range, "month": _month, "quarter": _quarter, "span": _span,
            "yrange": _yrange, "mrange": _mrange, "day_list": _day_list, "lunar": lambda m, g, text, years: None,
            "year": _year, "dur_words": _duration_words, "duration": _duration}
