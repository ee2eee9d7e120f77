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
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple, Optional

import regex

from extract.find.lexicon import Anchors, alternation, anchored_finditer, load_yaml

if TYPE_CHECKING:
    from extract.context import DocContext

_DATA = load_yaml("dates.yaml")
_ROMAN = _DATA["roman"]
_MONTH_WORDS = _DATA["month_words"]


class RefDate(NamedTuple):
    """The document's own date (ISO) and the year it reports on, either may be None."""

    date: Optional[str]
    year: Optional[int]


# ---- named parts -------------------------------------------------------------------------------
_NB = r"(?<![\p{L}\d/.,-])"          # not glued to a word, number or symbol before
_NA = r"(?![\p{L}\d]|[/.-]\d)"        # not glued after (no "30/2020/NĐ-CP" pieces)
_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_Y = r"(?P<y>(?:18|19|20)\d\d)"  # 1890: Hồ Chí Minh's birth year is written often
_SEP = r"[/.\-]"
_NGAY = r"(?:(?i:ngày|mồng|mùng)\s++)"
_TIME = r"(?:(?:,?\s++(?:lúc\s++)?|[^\S\n]*+[-–|][^\S\n]*+)(?P<hh>[01]?\d|2[0-3])(?::|h|\s*giờ\s*)(?P<mm>[0-5]\d)?(?:\s*phút)?)"
_MONTHWORD = alternation(_MONTH_WORDS)
_QROMAN = r"(?P<q>IV|I{1,3}|[1-4])"

# "ngày 12-16/8/2024", "từ ngày 12 - 16/8/2024", "từ ngày 15 đến ngày 20/3/2024", "từ ngày 28/2 đến
# 02/3/2024": a span of days written with one year (two whole dates stay two dates)
_DAY_TO = rf"(?:\s*+[-–]\s*+|\s++(?i:đến|tới)\s++{_NGAY}?)"
# ("từ 01/12 đến 20/12/2024": after "từ", a day with its month needs no "ngày")
DAY_RANGE = (rf"(?P<day_range>(?:(?i:từ\s++)?{_NGAY}|(?i:từ\s++)(?=\d{{1,2}}{_SEP}\d))(?P<d1>\d{{1,2}})(?:{_SEP}(?P<m1>\d{{1,2}}))?{_DAY_TO}"
             rf"(?P<d2>\d{{1,2}}){_SEP}(?P<rm>\d{{1,2}})(?:{_SEP}(?P<ry>(?:19|20)\d\d))?{_NA})")  # no year: the text's
# "ngày 21 tháng 8 năm 2023", "ngày 13 tháng 10 năm 2021"
DATE_WORDS = rf"(?P<date_words>{_NGAY}?(?P<wd>\d{{1,2}})\s++(?i:tháng)\s++(?P<wm>\d{{1,2}})\s*+(?:,\s*)?(?i:năm)\s++(?P<wy>(?:18|19|20)\d\d)(?!\d))"
# a lunar date is no solar one: "ngày 03 tháng 2 năm Giáp Thìn", "ngày 15 tháng 7 âm lịch", "rằm tháng Giêng"
# (matched to be skipped: no finding)
_CAN = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
_CHI = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
LUNAR = (rf"(?P<lunar>(?:{_NGAY}\d{{1,2}}\s++(?i:tháng)\s++(?:\d{{1,2}}|Giêng|Chạp)"
         rf"(?:\s++(?i:năm)\s++(?:{_CAN})\s++(?:{_CHI})(?!\p{{L}})|\s*+\(?(?i:âm lịch)\)?)"
         rf"|(?i:rằm)\s++(?i:tháng)\s++(?:\d{{1,2}}|Giêng|Chạp)(?:\s*+\(?(?i:âm lịch)\)?)?))")
# "ngày 20 tháng 12" (no year: the document's year)
DATE_WORDS_NOYEAR = (rf"(?P<date_words_noyear>{_NGAY}(?P<xd>\d{{1,2}})\s++(?i:tháng)\s++(?P<xm>\d{{1,2}})"
                     rf"(?!\d|\s*+,?\s*+(?i:năm)\s|[/.-]\d))")
# "21/8/2023", "Ngày 30/9/2021", "17.02.2019", "29-11-2021 15:37"
DATE_NUM = rf"(?P<date_num>{_NB}{_NGAY}?{_D}{_SEP}{_M}{_SEP}{_Y}{_NA}{_TIME}?)"
# "ngày 15-8", "ngày 2/9" (no year: the document's year)
DATE_NOYEAR = rf"(?P<date_noyear>{_NGAY}(?P<nd>\d{{1,2}}){_SEP}(?P<nm>\d{{1,2}})(?![\d/-]|\.\d))"
# "Sáng 12/7,", "Chiều 5-8": a news dateline day without "ngày" (the span is the day and month)
_DAYTIME = ["sáng", "chiều", "trưa", "tối", "đêm"]
DATE_DAYTIME = (rf"(?P<date_daytime>(?i:{alternation(_DAYTIME)})(?:\s++(?i:nay)\s*+\(|\s++)(?P<td>\d{{1,2}})[/-](?P<tm>\d{{1,2}})"
                rf"(?![\d/-]|\.\d))")
# "chậm nhất 25/6", "trước 15/7": a deadline's day without "ngày" (the span is the day and month)
_DEADLINE = ["chậm nhất", "muộn nhất", "hạn chót", "trước"]
DATE_DEADLINE = (rf"(?P<date_deadline>(?i:{alternation(_DEADLINE)})\s++(?:(?i:là|vào)\s++)?"
                 rf"(?P<ld>\d{{1,2}})/(?P<lm>\d{{1,2}})(?![\d/-]|\.\d|\s*+%|\s++(?i:số|tổng số)(?!\p{{L}})))")
# "tháng 10 - 11/2023", "tháng 3 – tháng 5 năm 2024": months running into each other, one period
MONTH_RANGE = (r"(?P<mrange>(?i:tháng)\s++(?P<mr1>1[0-2]|0?[1-9])\s*+[-–]\s*+(?:(?i:tháng)\s*+)?(?P<mr2>1[0-2]|0?[1-9])"
               r"\s*+(?:[/-]|,?\s*+(?i:năm))\s*+(?P<mry>(?:19|20)\d\d)(?!\d))")
# "ngày 28 và 29/12/2023", "các ngày 5, 6 và 7/3/2024": days of one month, each a date
DAY_LIST = (rf"(?P<day_list>{_NGAY}(?P<dl1>\d{{1,2}})(?=\s*+,|\s++(?i:và))(?:(?:\s*+,\s*+|\s++(?i:và)\s++)\d{{1,2}})*?"
            rf"(?:\s*+,\s*+|\s++(?i:và)\s++)(?P<dln>\d{{1,2}}){_SEP}(?P<dlm>\d{{1,2}})(?:{_SEP}(?P<dly>(?:19|20)\d\d))?"
            rf"{_NA})")
# "tháng 10 năm 2022", "tháng 10/2022", "tháng tư", "tháng 10" (not "6 tháng đầu năm")
MONTH = (rf"(?P<month>(?<!\d[^\S\n]*)(?i:tháng)\s++(?:(?P<mon>1[0-2]|0?[1-9])(?!\d|\s++(?i:lần)(?!\p{{L}}))|(?P<monw>(?i:{_MONTHWORD}))(?!\p{{L}}))"
         rf"(?:\s*+(?:[/-]|,?\s*(?i:năm))\s*+(?P<mony>(?:19|20)\d\d)(?!\d))?)")
# "Quý III/2021", "quý II-2023", "Quý IV năm 2021", "QUÝ III NĂM 2021", "quý 3"
QUARTER = rf"(?P<quarter>(?i:quý)\s++{_QROMAN}(?![\p{{L}}\d])(?:\s*+(?:[/-]|(?i:năm))\s*+(?P<qy>(?:19|20)\d\d)(?!\d))?)"
# "6 tháng đầu năm 2022", "9 tháng đầu năm", "6 tháng cuối năm 2023", "6 tháng còn lại của năm"
# "6 tháng năm 2024", "9 tháng năm 2023" (a report's months so far: the first ones of that year)
_SPAN_WORDS = {"sáu": 6, "chín": 9}  # "Sáu tháng đầu năm 2024" ("ba", a common word, would cost an attempt each)
SPAN = (r"(?P<span>(?<![\d,.\p{L}])(?:(?P<sn>0?[1-9]|1[0-2])|(?P<snw>(?i:sáu|chín)))\s++(?i:tháng)\s++(?:(?P<sw>(?i:đầu|cuối|còn lại của))\s++(?i:năm)"
        r"(?:\s++(?P<sy>(?:19|20)\d\d)(?!\d))?|(?i:năm)\s++(?P<sy2>(?:19|20)\d\d)(?!\d)))")
# "nhiệm kỳ 2020-2025", "giai đoạn 2010 – 2020", "2021 – 2026", "từ năm 2015 đến năm 2020"
_TRIG = alternation(_DATA["range_triggers"])
YEAR_RANGE = (rf"(?P<yrange>(?:(?i:{_TRIG})\s++|(?i:từ\s++năm)\s++)?(?<![\d/.,-])(?P<y1>(?:19|20)\d\d)"
              rf"(?:\s*+[-–—]\s*+|\s++(?i:đến|tới)\s++(?:(?i:năm)\s++)?)(?P<y2>(?:19|20)\d\d)(?![\d/-]))")
# "năm 2021", "NĂM 2018"
YEAR = r"(?P<year>(?i:năm)\s++(?P<yy>(?:18|19|20)\d\d)(?![\d/]))"
# "10 năm", "05 năm thực hiện", "3 tháng" (decided by context in _duration_ok)
# ("2 Tháng 9", "30 Tháng 4" are streets: a capital "Tháng" or a number after it is no length of time)
# "45 ngày", "2 tuần": shorter lengths of time (P45D, P2W)
DURATION = (r"(?P<duration>(?<![\d,./-])(?P<dn>\d{1,3})\s++(?P<du>năm|tháng|ngày|tuần|NĂM|THÁNG|NGÀY|TUẦN)"
            r"(?!\p{L}|\s++\d))")

# where a date can start: a number, or one of the words that open a date expression
ANCHORS = Anchors(["ngày", "mồng", "mùng", "tháng", "quý", "năm", "nhiệm", "giai", "thời", "khóa", "niên", "từ", "rằm",
                   *_SPAN_WORDS,
                   *_DAYTIME, *_DEADLINE],
                  # a number opens a date only as the parts above do: "21/8/2023" (DATE_NUM), "21 tháng",
                  # "6 tháng", "10 năm" (DATE_WORDS, SPAN, DURATION), "2020-2025", "2015 đến" (YEAR_RANGE)
                  r"\d(?<!\d\d)(?=\d?[/.\-]\d\d?[/.\-](?:18|19|20)\d\d|\d{0,2}\s+(?:năm|tháng|ngày|tuần))"
                  r"|1(?<!\d1)(?=9\d\d(?:\s*[-–—]|\s+(?:đến|tới)))|2(?<!\d2)(?=0\d\d(?:\s*[-–—]|\s+(?:đến|tới)))")
_YEAR_ONLY = regex.compile(YEAR)
PATTERN = regex.compile("|".join([DAY_RANGE, DAY_LIST, DATE_WORDS, LUNAR, DATE_WORDS_NOYEAR, DATE_NUM, DATE_NOYEAR,
                                  DATE_DAYTIME, DATE_DEADLINE, SPAN, QUARTER, MONTH_RANGE, MONTH, YEAR_RANGE, YEAR, DURATION]))
_NEVER_BEFORE = regex.compile(rf"(?i:(?:{alternation(_DATA['duration_never_before'])})\s*+)$")
_NEVER_AFTER = regex.compile(rf"\s*+(?i:{alternation(_DATA['duration_never_after'])})(?!\p{{L}})")
_YEAR_NEAR = regex.compile(r"(?:(?i:năm)\s++|/|-)((?:19|20)\d\d)(?!\d)")
# "Quảng Ngãi, ngày 13 tháng 10 năm 2021" on its own line, after the star under the heading of a flattened
# two-column header ("*          Quảng Trị, ngày 22 tháng 8 năm 2022"), or after the own number there
# ("Số 05-NQ/ĐU Kim Liên, ngày 10 tháng 01 năm 2024"); a province in brackets is no part of the place
# ("Quỳnh Nhai (Sơn La), 12/7/2024")
_LINE_LEAD = r"[ \t]*+(?:\*[ \t]*+)?"
PLACE_DATE = regex.compile(rf"(?m)(?:^{_LINE_LEAD}|(?<=^[ \t]*+(?:Số|SỐ)[ \t:]*+\d+[ \t]?[-–/][ \t]?[\p{{L}}/-]+[ \t]++))"
                           r"(?!(?i:trước đó|sau đó|cùng ngày|theo đó|tiếp đó|đồng thời|trong đó|ngoài ra|hôm nay)\s*+,"
                           r"|Thứ\s|Chủ\s++nhật)"  # a weekday is no place
                           r"(?P<place>\p{Lu}[\p{L} .]{1,40}?)(?:[^\S\n]*+\(\p{Lu}[\p{L} .]{1,30}\))?,"
                           r"\s*+(?:(?i:ngày)\s++(?P<d>\d{1,2})\s++(?i:tháng)\s++"
                           r"(?P<m>\d{1,2})\s++(?i:năm)\s++(?P<y>(?:19|20)\d\d)"
                           # "Quảng Nam, ngày 3/2/2024", "Hà Nội, 06/11/2022": numeric, and the line ends there
                           r"|(?:(?i:ngày)\s*+)?(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)"
                           r"(?=[^\S\n]*+$))")
# "29-11-2021 15:37", "Thứ Tư, 09/10/2024 14:05", "Thứ Hai, 12/02/2024 - 10:35", "10:35 12/02/2024",
# "Cập nhật: 18/7/2024 09:12", "Cập nhật lúc 16:40 ngày 22/11/2023" on its own line near the top;
# the weekday after the clock: "Cập nhật lúc 15:40, thứ Sáu, 08/3/2024"
_CLOCK = r"\d{1,2}:\d{2}(?:\s*+(?:AM|PM|SA|CH|\(GMT\s*+\+\s*+7\)))?"
_WEEKDAY = r"(?:Thứ\s++\p{L}+(?:\s\p{L}+)?|Chủ\s++nhật)"  # "Thứ Hai", "Thứ Năm", "Chủ nhật"
_WEEKDAY_AFTER_CLOCK = r"(?:(?i:thứ)\s++\p{Lu}\p{L}*+|(?i:chủ)\s++nhật)"  # "thứ Sáu", "chủ nhật"
DATELINE = regex.compile(r"(?m)^[^\S\n]*+(?:(?i:cập nhật|ngày đăng|đăng ngày|ngày cập nhật|xuất bản)(?:\s++(?i:lúc))?"
                         rf"[^\S\n]*+:?[^\S\n]*+)?(?:{_WEEKDAY},\s*+)?"
                         rf"(?:{_CLOCK}\s*+[-–|,]?\s*+(?:{_WEEKDAY_AFTER_CLOCK}[^\S\n]*+[-–|,][^\S\n]*+)?)?\(?(?:(?i:ngày)\s++)?(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-]"
                         rf"(?P<y>(?:19|20)\d\d)\)?(?:\s*+[-–|,]?\s*+{_CLOCK})?[^\S\n]*+(?:\|[^\n]*+)?$")

_SENTENCE_END = regex.compile(r"[.;!?\n]")
_YEAR_AFTER = regex.compile(r"\s*+(?:19|20)\d\d(?!\d)")  # "lần thứ 5 năm 2021": the year, not 5 years


def _iso(y: int, m: int, d: int) -> Optional[str]:
    try:
        return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= d <= calendar.monthrange(y, m)[1] else None
    except (ValueError, calendar.IllegalMonthError):
        return None


def _plus_days(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def _month_end(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


_PLACE_DATE_COMMA = regex.compile(r",\s*+(?:(?i:ngày)\s|\d{1,2}[/.-]\d)")
_PLACE_DATE_REACH = 400  # from the comma to the year, at most


def place_date(text: str):
    """The first place-date line (:data:`PLACE_DATE`) of ``text``, or None.

    The same as ``PLACE_DATE.search(text)``, but tried only on the lines holding ``, ngày``: the place
    has no comma, so the first such line that matches holds the leftmost match.
    """
    for c in _PLACE_DATE_COMMA.finditer(text):
        line_start = text.rfind("\n", 0, c.start()) + 1
        indent = line_start
        while indent < c.start() and text[indent] in " \t*":  # "*    Quảng Trị, ngày …" (see PLACE_DATE)
            indent += 1
        if c.start() - indent > 74 and not text.startswith(("Số", "SỐ"), indent):
            continue  # mid-sentence: a place is at most 40 letters (a province in brackets 33 more) and starts its line
        m = PLACE_DATE.search(text, line_start, c.end() + _PLACE_DATE_REACH)
        if m:
            return m
    return None


DATELINE_REACH = 1500  # a dateline stands in the first characters


def dateline(head: str):
    """The first dateline (:data:`DATELINE`) of ``head`` (the first :data:`DATELINE_REACH` characters), or None."""
    return DATELINE.search(head)


def reference_date(text: str, place=None, line=None) -> RefDate:
    """The document's own date from its place-date line ``place`` (``Quảng Ngãi, ngày 13 tháng 10 năm
    2021`` → ``RefDate('2021-10-13', 2021)``), else its dateline ``line`` near the top (``29-11-2021
    15:37``), else the year most written in the text. :attr:`extract.context.DocContext.own_date` asks,
    once a document.
    """
    for m in (place, line):
        iso = _iso(int(m["y"]), int(m["m"]), int(m["d"])) if m else None
        if iso:
            return RefDate(iso, int(m["y"]))
    years = Counter(int(y) for y in _YEAR_NEAR.findall(text))
    if years:
        return RefDate(None, years.most_common(1)[0][0])
    return RefDate(None, None)


# a year later in the sentence, not the year of a whole date ("… Nghị quyết ngày 03/6/2013")
_LATER_YEAR = regex.compile(r"(?:(?<!\d\s++(?i:tháng)\s++\d{1,2}\s*+,?\s*+|(?i:đến|tới|tầm nhìn|trước)\s++)(?i:năm)\s++"
                            r"|(?<!\d[/.-]\d{1,2})[/-])((?:19|20)\d\d)(?!\d)")  # not a goal's year: "đến năm 2030"


_SENTENCE_START = regex.compile(r"[.!?\n]", regex.REVERSE)  # a year before holds across ";"


def _sentence_year(text: str, start: int, end: int) -> Optional[int]:
    """The year the sentence is about: one written later in it (``Quý III và … Quý IV năm 2021`` → 2021),
    else the nearest one before (``Năm 2021, nhất là trong quý III`` → 2021). The year of a whole date
    (``… ngày 03/6/2013``) belongs to that date."""
    stop = _SENTENCE_END.search(text, end)
    m = _LATER_YEAR.search(text, end, stop.start() if stop else len(text))
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
    if _YEARLY.match(text, m.end()):  # "trước ngày 25/6 và 25/12 hằng năm": every year, no year of its own
        return None
    return _sentence_year(text, m.start(), m.end()) or (ref.year if ref else None)


# a day that comes back every year: "ngày 15 tháng 11 hằng năm", "ngày 25/6 và 25/12 hàng năm"
_YEARLY = regex.compile(r"(?:[^\S\n]*+(?:,|và|hoặc)[^\S\n]*+(?:(?i:ngày)[^\S\n]++)?\d{1,2}[/-]\d{1,2})*+"
                        r"[^\S\n]++(?i:hằng năm|hàng năm|mỗi năm)(?![\p{L}\p{M}])")


def _interpret(m, text: str, ref: RefDate) -> Optional[dict]:
    kind = m.lastgroup
    return _HANDLERS[kind](m, text, ref)


def _date_num(m, text, ref):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    iso = _iso(y, mo, d)
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
    iso = _iso(int(m["wy"]), int(m["wm"]), int(m["wd"]))
    return _rec(m, "date", iso, iso, iso) if iso else None


def _date_noyear(m, text, ref, d: str = "nd", mo: str = "nm"):
    """``ngày 2/9``: the year the text makes clear, else ``XXXX``."""
    day, month = int(m[d]), int(m[mo])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    y = _year_of(m, text, None, ref)
    if y is None:
        return _rec(m, "date", f"XXXX-{month:02d}-{day:02d}")
    iso = _iso(y, month, day)
    return _rec(m, "date", iso, iso, iso) if iso else None


NEWS_WINDOW = 10  # days: a news opening's "Sáng 11/01" happened at most this long after the page's date line


def _date_daytime(m, text, ref):
    """``Sáng 12/7``: as a date without a year; the span starts at the day. A page with a date of its own
    (``12/01/2024``) reports days just before it: ``Sáng 11/01`` is 2024-01-11, ``Chiều 30/12`` 2023-12-30."""
    if ref and ref.date:
        day, month, y = int(m["td"]), int(m["tm"]), int(ref.date[:4])
        iso = _iso(y, month, day)
        if iso and iso > _plus_days(ref.date, NEWS_WINDOW):
            iso = _iso(y - 1, month, day)
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
    a, b = _iso(y1, mo1, int(m["d1"])), _iso(y, mo, int(m["d2"]))
    if not (a and b) or a > b:
        return None
    return _rec(m, "range", f"{a}/{b}", a, b)


def _month(m, text, ref):
    mo = int(m["mon"]) if m["mon"] else _MONTH_WORDS[m["monw"].lower()]
    if m["monw"] and m["monw"].lower() in ("một", "hai", "ba", "năm", "sáu", "bảy", "tám", "chín", "mười") \
            and not m["mony"]:
        return None  # "tháng năm" / "tháng ba" without a year is too often a count or a word
    y = _year_of(m, text, m["mony"], ref)
    if y is None:
        return _rec(m, "month", f"XXXX-{mo:02d}")
    return _rec(m, "month", f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", _month_end(y, mo))


def _quarter(m, text, ref):
    q = int(m["q"]) if m["q"].isdigit() else _ROMAN[m["q"].upper()]
    y = _year_of(m, text, m["qy"], ref)
    if y is None:
        return _rec(m, "quarter", f"XXXX-Q{q}")
    first = 3 * q - 2
    return _rec(m, "quarter", f"{y}-Q{q}", f"{y:04d}-{first:02d}-01", _month_end(y, first + 2))


def _span(m, text, ref):
    n = int(m["sn"]) if m["sn"] else _SPAN_WORDS[m["snw"].lower()]
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
        iso = _iso(y, mo, int(d.group()))
        if not iso:
            return None
        out.append(_day(text, m.start() if d.start() == m.start("dl1") else d.start(), d.end(), iso))
    last = _iso(y, mo, int(m["dln"]))
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
    unit = {"năm": "Y", "tháng": "M", "tuần": "W", "ngày": "D"}[m["du"].lower()]
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
            q = int(n["n"]) if n["n"].isdigit() else _ROMAN[n["n"].upper()]
            value, first, last, kind = f"{y}-Q{q}", f"{y:04d}-{3 * q - 2:02d}-01", _month_end(y, 3 * q), "quarter"
    else:
        return None
    if not n:
        return None
    return _at(text, n.start("n"), n.end(), kind, value, first, last)
