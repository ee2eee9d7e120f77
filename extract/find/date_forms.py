"""The forms of a date or period (SPEC §3), as named patterns with examples, and the anchors they start at.

:data:`PATTERN` joins them, each a named group that :mod:`extract.find.dates` hands to its handler
(``date_num`` → ``_date_num``); a new form is one named pattern here, added to :data:`PATTERN`, and one
handler there.

Example::

    >>> m = PATTERN.match("Quý III/2021")
    >>> m.lastgroup, m["q"], m["qy"]
    ('quarter', 'III', '2021')
"""
from __future__ import annotations

import calendar
import functools
import re
from typing import NamedTuple, Optional

import regex

from extract.find.lexicon import MAX_MATCH, Anchors, alternation, capitals, load_yaml, spellings, trie

DATA = load_yaml("dates.yaml")
ROMAN = DATA["roman"]
MONTH_WORDS = DATA["month_words"]


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@functools.lru_cache(maxsize=4096)
def iso_date(y, m, d) -> Optional[str]:
    """``(2021, 7, 30)`` → ``"2021-07-30"``; None when there is no such day (``30/02``).

        >>> iso_date("2024", "2", "29"), iso_date(2023, 2, 29), iso_date(2023, 13, 1)
        ('2024-02-29', None, None)
    """
    try:
        y, m, d = int(y), int(m), int(d)
    except ValueError:
        return None
    if not 1 <= m <= 12:
        return None
    last = 29 if m == 2 and calendar.isleap(y) else _DAYS[m - 1]
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= d <= last else None


# ---- named parts -------------------------------------------------------------------------------
_NB = r"(?<![\p{L}\d/.,-])"          # not glued to a word, number or symbol before
_NA = r"(?![\p{L}\d]|[/.-]\d)"        # not glued after (no "30/2020/NĐ-CP" pieces)
_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_Y = r"(?P<y>(?:18|19|20)\d\d)"  # 1890: Hồ Chí Minh's birth year is written often
_SEP = r"[/.\-]"
_NGAY = rf"(?:(?i:{alternation(DATA['day_words'])})\s++)"
_NGAY_LABEL = rf"(?:(?i:{alternation(DATA['day_words'])})(?:[^\S\n]*+:[^\S\n]*+|\s++))"  # "ngày: 21/11/2024" (a page's label)
_TO = rf"(?i:{alternation(DATA['range_to'])})"  # "đến", "tới"
_TIME = (r"(?:(?:,?\s++(?:lúc\s++)?|[^\S\n]*+[-–|][^\S\n]*+)(?P<hh>[01]?\d|2[0-3])(?::|h|\s*giờ\s*)(?P<mm>[0-5]\d)?"
         r"(?::(?P<ss>[0-5]\d))?(?:\s*phút)?)")  # "17:21:55": seconds too
_MONTHWORD = alternation(MONTH_WORDS)
_QROMAN = r"(?P<q>IV|I{1,3}|[1-4])"

# "ngày 12-16/8/2024", "từ ngày 12 - 16/8/2024", "từ ngày 15 đến ngày 20/3/2024", "từ ngày 28/2 đến
# 02/3/2024": a span of days written with one year (two whole dates stay two dates)
_IN_BRACKETS = r"(?<=(?i:ngày)[^\S\n]*+\([^\S\n]*+)(?=\d{1,2}[^\S\n]*+[-–])"  # "2 ngày (18-19/7)"
_DAY_TO = rf"(?:\s*+[-–]\s*+|\s++{_TO}\s++{_NGAY}?)"
# ("từ 01/12 đến 20/12/2024": after "từ", a day with its month needs no "ngày")
# ("từ ngày 8 đến ngày 10 tháng 6 năm 2021": the month in words; "Từ ngày 25-27/9" with no year anywhere: XXXX)
# ("Sau 2 ngày (18-19/7) làm việc": in brackets after a count of days, as DAY_LIST)
DAY_RANGE = (rf"(?P<day_range>(?:(?i:từ\s++)?{_NGAY}|(?i:từ\s++)(?=\d{{1,2}}{_SEP}\d)|{_IN_BRACKETS})(?P<d1>\d{{1,2}})(?:{_SEP}(?P<m1>\d{{1,2}}))?{_DAY_TO}"
             rf"(?P<d2>\d{{1,2}})(?:{_SEP}(?P<rm>\d{{1,2}})(?:{_SEP}(?P<ry>(?:19|20)\d\d))?{_NA}"
             rf"|\s++(?i:tháng)\s++(?P<rm>\d{{1,2}})(?:\s*+,?\s*+(?i:năm)\s++(?P<ry>(?:19|20)\d\d))?(?!\d)))")
# "ngày 21 tháng 8 năm 2023", "ngày 13 tháng 10 năm 2021"
DATE_WORDS = rf"(?P<date_words>{_NGAY}?(?P<wd>\d{{1,2}})\s++(?i:tháng)\s++(?P<wm>\d{{1,2}})\s*+(?:,\s*)?(?i:năm)\s++(?P<wy>(?:18|19|20)\d\d)(?!\d))"
# a lunar date is no solar one: "ngày 03 tháng 2 năm Giáp Thìn", "ngày 15 tháng 7 âm lịch", "rằm tháng Giêng"
# (matched to be skipped: no finding)
_CAN, _CHI = alternation(DATA["heavenly_stems"]), alternation(DATA["earthly_branches"])  # "Giáp Thìn"
_LUNAR_MONTH = rf"(?:\d{{1,2}}|{alternation(DATA['lunar_months'])})"  # "tháng Giêng", "tháng Chạp"
LUNAR = (rf"(?P<lunar>(?:{_NGAY}\d{{1,2}}\s++(?i:tháng)\s++{_LUNAR_MONTH}"
         rf"(?:\s++(?i:năm)\s++{_CAN}\s++{_CHI}(?!\p{{L}})|\s*+\(?(?i:âm lịch)\)?)"
         rf"|(?i:rằm)\s++(?i:tháng)\s++{_LUNAR_MONTH}(?:\s*+\(?(?i:âm lịch)\)?)?))")
# "ngày 20 tháng 12" (no year: the document's year)
DATE_WORDS_NOYEAR = (rf"(?P<date_words_noyear>{_NGAY}(?P<xd>\d{{1,2}})\s++(?i:tháng)\s++(?P<xm>\d{{1,2}})"
                     rf"(?!\d|\s*+,?\s*+(?i:năm)\s|[/.-]\d))")
# "21/8/2023", "Ngày 30/9/2021", "17.02.2019", "29-11-2021 15:37"
# ("11/11/2022-09:13:00": a clock glued to the date by a hyphen, on a page's dateline)
# (a stray space before the first slash after a day word: "ngày 14 /9/2021")
DATE_NUM = (rf"(?P<date_num>{_NB}{_NGAY_LABEL}?{_D}(?:{_SEP}|(?<=(?i:ngày)\s++\d{{1,2}})[^\S\n]/(?=\d{{1,2}}/(?:19|20)\d\d))"
            rf"{_M}{_SEP}{_Y}(?![\p{{L}}\d]|[/.-]\d(?!\d:[0-5]\d)){_TIME}?)")
# "3/2/1930 - 3/2/2025", "19/8/1945 – 19/8/2025": two whole dates joined by a dash, one range (an anniversary)
FULL_RANGE = (rf"(?P<full_range>{_NB}{_NGAY}?(?P<ad1>\d{{1,2}}){_SEP}(?P<am1>\d{{1,2}}){_SEP}(?P<ay1>(?:18|19|20)\d\d)"
              rf"[^\S\n]*+[-–][^\S\n]*+{_NGAY}?(?P<ad2>\d{{1,2}}){_SEP}(?P<am2>\d{{1,2}}){_SEP}(?P<ay2>(?:18|19|20)\d\d){_NA})")
# a clock before the date: "14:05:33 02/06/2023", "08:50, 30/03/2021", "09:12 - 02/06/2023",
# "17:14, Thứ Hai, 22/01/2018", "7h30 ngày 15/4/2023", "14 giờ ngày 5/3/2024"
_WEEKDAY = alternation(DATA["weekdays"])
DATETIME_FIRST = (rf"(?P<dt_first>{_NB}(?P<fh>[01]?\d|2[0-3])(?::(?P<fm>[0-5]\d)(?::(?P<fs>[0-5]\d))?|(?i:h)(?P<fm>[0-5]\d)"
                  rf"|[^\S\n]*+(?i:giờ)(?:[^\S\n]*+(?P<fm>[0-5]\d)(?:[^\S\n]*+(?i:phút))?)?)"
                  rf"(?:[^\S\n]*+[-–|,][^\S\n]*+|[^\S\n]++)(?:(?i:{_WEEKDAY})[^\S\n]*+[-–|,]?[^\S\n]*+)?{_NGAY}?"
                  rf"(?P<fd>0?[1-9]|[12]\d|3[01]){_SEP}(?P<fmo>0?[1-9]|1[0-2]){_SEP}(?P<fy>(?:18|19|20)\d\d){_NA})")
# a clock in the text, "Đúng 7h30", "8h00: …" (a live report), "lúc 14 giờ 15 phút": on the day it belongs to
CLOCK = (r"(?P<clock>(?<![\p{L}\d/.,:-])(?P<ch>[01]?\d|2[0-3])(?:(?i:h)(?P<cm>[0-5]\d)"
         r"|[^\S\n]*+(?i:giờ)[^\S\n]*+(?P<cm>[0-5]\d)(?:[^\S\n]*+(?i:phút))?)(?![\p{L}\d]))")
# "25/8 (1954 - 2024)": the day of an anniversary takes the year it is held in
ANNIVERSARY_DAY = (rf"(?P<anniv>{_NB}{_NGAY}?(?P<vd>\d{{1,2}})[/-](?P<vm>\d{{1,2}})(?=[^\S\n]*+\([^\S\n]*+(?:19|20)\d\d"
                   r"[^\S\n]*+[-–—][^\S\n]*+(?P<vy>(?:19|20)\d\d)[^\S\n]*+\)))")
# "Quốc khánh 2/9": a holiday's day (the span is the day and month)
HOLIDAY = (rf"(?P<holiday>(?i:{alternation(DATA['holidays'])})[^\S\n]++(?P<hd>\d{{1,2}})[/-](?P<hm>\d{{1,2}})"
           r"(?![\d/-]|\.\d))")
# "cùng kỳ năm trước", "cùng kỳ 2022": the months of the report's period, in another year
SAME_PERIOD = (rf"(?P<same>(?i:cùng kỳ)(?:[^\S\n]++(?P<cn>(?i:năm)))?[^\S\n]++(?:(?P<cy>(?:19|20)\d\d)(?!\d)"
               rf"|(?i:{alternation(DATA['last_year_words'])})(?!\p{{L}})))")
# "ngày 15-8", "ngày 2/9" (no year: the document's year)
DATE_NOYEAR = rf"(?P<date_noyear>{_NGAY}(?P<nd>\d{{1,2}}){_SEP}(?P<nm>\d{{1,2}})(?![\d/-]|\.\d))"
# "Sáng 12/7,", "Chiều 5-8": a news dateline day without "ngày" (the span is the day and month)
_DAYTIME = DATA["daytimes"]
# ("chiều nay 14/11", "sáng nay (15/10)", "Sáng 22.9")
DATE_DAYTIME = (rf"(?P<date_daytime>(?i:{alternation(_DAYTIME)})(?:\s++(?i:nay)(?:\s*+\(|\s++)|\s++)(?P<td>\d{{1,2}})"
                rf"(?:[/-](?P<tm>\d{{1,2}})|\.(?P<tm>\d{{1,2}})(?!\d))(?![\d/-]|\.\d))")
# "chậm nhất 25/6", "trước 15/7": a deadline's day without "ngày" (the span is the day and month)
_DEADLINE = DATA["deadlines"]
DATE_DEADLINE = (rf"(?P<date_deadline>(?i:{alternation(_DEADLINE)})\s++(?:(?i:là|vào)\s++)?"
                 rf"(?P<ld>\d{{1,2}})/(?P<lm>\d{{1,2}})(?![\d/-]|\.\d|\s*+%|\s++(?i:số|tổng số)(?!\p{{L}})))")
# "tháng 10 - 11/2023", "tháng 3 – tháng 5 năm 2024": months running into each other, one period
MONTH_RANGE = (r"(?P<mrange>(?i:tháng)\s++(?P<mr1>1[0-2]|0?[1-9])\s*+[-–]\s*+(?:(?i:tháng)\s*+)?(?P<mr2>1[0-2]|0?[1-9])"
               r"\s*+(?:[/-]|,?\s*+(?i:năm))\s*+(?P<mry>(?:19|20)\d\d)(?!\d))")
# "ngày 28 và 29/12/2023", "các ngày 5, 6 và 7/3/2024": days of one month, each a date
# ("Trong 2 ngày (20 và 21-5)": in brackets after a count of days; days in a row are one range)
DAY_LIST = (rf"(?P<day_list>(?:{_NGAY}|(?<=(?i:ngày)[^\S\n]*+\([^\S\n]*+))(?P<dl1>\d{{1,2}})(?=\s*+,|\s++(?i:và))(?:(?:\s*+,\s*+|\s++(?i:và)\s++)\d{{1,2}})*?"
            rf"(?:\s*+,\s*+|\s++(?i:và)\s++)(?P<dln>\d{{1,2}}){_SEP}(?P<dlm>\d{{1,2}})(?:{_SEP}(?P<dly>(?:19|20)\d\d))?"
            rf"{_NA})")
# "tháng 10 năm 2022", "tháng 10/2022", "tháng 3.2019" (a dot, no space), "tháng tư", "tháng 10" (not "6 tháng đầu năm")
MONTH = (rf"(?P<month>(?<!\d[^\S\n]*)(?i:tháng)\s++(?:(?P<mon>1[0-2]|0?[1-9])(?!\d|\s++(?i:lần)(?!\p{{L}}))|(?P<monw>(?i:{_MONTHWORD}))(?!\p{{L}}))"
         rf"(?:(?:\s*+(?:[/-]|,?\s*(?i:năm))\s*+|\.)(?P<mony>(?:19|20)\d\d)(?!\d))?)")
# "Quý III/2021", "quý II-2023", "Quý IV năm 2021", "QUÝ III NĂM 2021", "quý 3"
QUARTER = rf"(?P<quarter>(?i:quý)\s++{_QROMAN}(?![\p{{L}}\d])(?:\s*+(?:[/-]|(?i:năm))\s*+(?P<qy>(?:19|20)\d\d)(?!\d))?)"
# "6 tháng đầu năm 2022", "9 tháng đầu năm", "6 tháng cuối năm 2023", "6 tháng còn lại của năm"
# "6 tháng năm 2024", "9 tháng năm 2023" (a report's months so far: the first ones of that year)
SPAN_WORDS = DATA["span_numbers"]  # "Sáu tháng đầu năm 2024"
SPAN = (rf"(?P<span>(?<![\d,.\p{{L}}])(?:(?P<sn>0?[1-9]|1[0-2])|(?P<snw>(?i:{alternation(SPAN_WORDS)})))\s++(?i:tháng)\s++"
        rf"(?:(?P<sw>(?i:{alternation(DATA['span_parts'])}))\s++(?i:năm)"
        r"(?:\s++(?P<sy>(?:19|20)\d\d)(?!\d))?|(?i:năm)\s++(?P<sy2>(?:19|20)\d\d)(?!\d)))")
# "nhiệm kỳ 2020-2025", "giai đoạn 2010 – 2020", "2021 – 2026", "từ năm 2015 đến năm 2020"
_TRIG = alternation(DATA["range_triggers"])
YEAR_RANGE = (rf"(?P<yrange>(?:(?i:{_TRIG})(?:\s++(?i:trước))?\s++|(?i:từ\s++năm)\s++)?(?<![\d/.,-])(?P<y1>(?:19|20)\d\d)"
              rf"(?:\s*+[-–—]\s*+|\s++{_TO}\s++(?:(?i:năm)\s++)?)(?P<y2>(?:19|20)\d\d)(?![\d/-]))")
# "năm 2021", "NĂM 2018"
YEAR = r"(?P<year>(?i:năm)\s++(?P<yy>(?:18|19|20)\d\d)(?![\d/]))"
# "10 năm", "05 năm thực hiện", "3 tháng" (decided by context in _duration_ok)
# ("2 Tháng 9", "30 Tháng 4" are streets: a capital "Tháng" or a number after it is no length of time)
# "45 ngày", "2 tuần": shorter lengths of time (P45D, P2W); "1,5 ngày" (a decimal comma: P1.5D)
DURATION_UNITS = DATA["duration_units"]  # "năm" → "Y"
# "năm năm qua", "mười năm", "hai nhiệm kỳ": a number written as a word ("năm tháng" is no five months)
NUMBER_WORDS = DATA["number_words"]
WORD_UNITS = DATA["word_duration_units"]
DURATION_WORDS = (rf"(?P<dur_words>(?<![\p{{L}}])(?!(?i:năm)[^\S\n]++(?i:tháng))(?P<dwn>(?i:{alternation(NUMBER_WORDS)}))"
                  rf"[^\S\n]++(?P<dwu>(?i:{alternation(WORD_UNITS)}))(?!\p{{L}}|\s++\d))")
_YEARS = r"(?:19|20)\d\d[^\S\n]*+[-–][^\S\n]*+(?:19|20)\d\d(?!\d)"  # "2011-2020", "2016 – 2019"
DURATION = (rf"(?P<duration>(?<![\d,./-])(?P<dn>\d{{1,3}}(?:,\d)?)\s++"
            rf"(?P<du>{alternation(list(DURATION_UNITS) + capitals(DURATION_UNITS), tones=False)})"
            rf"(?!\p{{L}}|(?<!(?i:năm))\s++\d|\s++(?!{_YEARS})\d))")  # "10 năm 2011-2020": a length, then its years

# ---- where a date can start, and which forms may start there -----------------------------------------
# Each form, in PATTERN's order, with the kinds of first word it may start with: a number, a day word ("ngày"),
# "từ", "tháng" … A scan tries at an anchor only the forms its first word allows (scan), in the same order:
# the same matches as PATTERN, at a fraction of the cost (a failed alternative costs as much as a match).
_CLASSES = {"từ": ["từ"], "rằm": ["rằm"], "cùng": ["cùng"], "quý": ["quý"],
            "tháng": ["tháng"], "năm": ["năm"], "daytime": DATA["daytimes"],
            "holiday": [w.split()[0] for w in DATA["holidays"]], "deadline": [w.split()[0] for w in DATA["deadlines"]],
            "trigger": [w.split()[0] for w in DATA["range_triggers"]],
            "number": [w.split()[0] for w in (*SPAN_WORDS, *NUMBER_WORDS)]}
# (a number's kind: how many digits, and the character after them: "21/8/2023" "1/", "14:05" "1:", "7h30" "1h",
# "20 và 21" "1 ", "100 năm" "3 ", "2020-2025" "4/"; a day word's: the same after it, "ngày 21/8" "day/", or its
# label's colon, "ngày: 21/11/2024" "day:")
FORMS = [("day_range", DAY_RANGE, {"từ", "day/", "day–", "day ", "1/", "1–", "1 "}), ("day_list", DAY_LIST, {"day,", "day ", "1,", "1 "}),
         ("date_words", DATE_WORDS, {"day ", "1 "}), ("lunar", LUNAR, {"day ", "rằm"}),
         ("date_words_noyear", DATE_WORDS_NOYEAR, {"day "}), ("full_range", FULL_RANGE, {"day/", "1/"}),
         ("dt_first", DATETIME_FIRST, {"1:", "1h", "1 "}), ("clock", CLOCK, {"1h", "1 "}),
         ("anniv", ANNIVERSARY_DAY, {"day/", "1/"}), ("date_num", DATE_NUM, {"day/", "day:", "day ", "1/"}),
         ("date_noyear", DATE_NOYEAR, {"day/"}), ("holiday", HOLIDAY, {"holiday"}), ("same", SAME_PERIOD, {"cùng"}),
         ("date_daytime", DATE_DAYTIME, {"daytime"}), ("date_deadline", DATE_DEADLINE, {"deadline"}),
         ("span", SPAN, {"1 ", "number"}), ("quarter", QUARTER, {"quý"}), ("mrange", MONTH_RANGE, {"tháng"}),
         ("month", MONTH, {"tháng"}), ("yrange", YEAR_RANGE, {"trigger", "từ", "4/", "4–", "4 "}), ("year", YEAR, {"năm"}),
         ("dur_words", DURATION_WORDS, {"number"}), ("duration", DURATION, {"1 ", "3 ", "1,"})]
PATTERN = regex.compile("|".join(p for _, p, _ in FORMS))
_WORD_CLASSES: dict[str, set[str]] = {}
for _cls, _words in _CLASSES.items():
    for _w in _words:
        for _v in spellings(_w.lower()):
            _WORD_CLASSES.setdefault(_v, set()).add(_cls)


class Forms(NamedTuple):
    """Some of PATTERN's forms as one pattern, its groups by name (``m[groups["y"]]``: an integer index costs a
    fifth of a name on a ``regex`` match) and the form each outer group is (``form[m.lastindex]``)."""

    pattern: regex.Pattern
    groups: dict[str, int]
    form: dict[int, str]


def _compiled(pattern: regex.Pattern) -> Forms:
    groups = dict(pattern.groupindex)
    return Forms(pattern, groups, {groups[name]: name for name, _, _ in FORMS if name in groups})


@functools.lru_cache(maxsize=None)
def _forms_for(classes: frozenset) -> Forms:
    """PATTERN's forms that may start with a first word of ``classes``, in PATTERN's order, as one pattern."""
    return _compiled(regex.compile("|".join(p for _, p, cls in FORMS if cls & classes)))


_ALL = _compiled(PATTERN)
_AFTER_DIGITS = {**dict.fromkeys("/.-", "/"), **dict.fromkeys("–—", "–"), ":": ":", "h": "h", "H": "h", ",": ","}
_DAY_WORDS = {v for w in DATA["day_words"] for v in spellings(w)}


def _after(text: str, e: int, n: int) -> Optional[str]:
    """The kind of the character after the digits ending at ``e``: one of ``/ – : h ,`` or a space, else None."""
    if e >= n:
        return None
    c = text[e]
    return " " if c.isspace() else _AFTER_DIGITS.get(c)


_DAY_AFTER = re.compile(r"\s*+(?::|\d{1,2}+(.))", re.S)  # ("re": one call in C where a loop read each character)


def _day_kind(text: str, e: int, n: int) -> Optional[str]:
    """``"day/"``, ``"day "``, ``"day:"`` …: what follows a day word ending at ``e`` (a label's colon, or a day's
    one or two digits and the character after them)."""
    m = _DAY_AFTER.match(text, e)
    if m is None:
        return None
    c = m[1]
    if c is None:
        return "day:"
    after = " " if c.isspace() else _AFTER_DIGITS.get(c)
    return "day" + after if after else None


@functools.lru_cache(maxsize=4096)
def _pattern_for(word: str) -> Forms:
    classes = _WORD_CLASSES.get(word)
    return _forms_for(frozenset(classes)) if classes else _ALL


def _low_words(words) -> str:
    """The words in both tone placements, lowercased, as an ``re`` alternation (longest first)."""
    return "|".join(sorted({re.escape(v) for w in words for v in spellings(w.lower())}, key=lambda w: -len(w)))


# What must follow a word for one of its forms to match there, read in the lowercased text at the anchor (re,
# in C): "trước" only opens a deadline's day ("trước 15/7"), "khóa" a term's years ("khóa 2020-2025"). A
# word fails these far more often than not, and a check costs a tenth of a failed match.
_NEXT = {"năm": r"năm\s+[12]",  # "năm 2021", "năm 2015 - 2020"
         "trigger": rf"(?:{_low_words(DATA['range_triggers'])})(?:\s+trước)?\s+[12]",  # "nhiệm kỳ trước 2015 - 2020"
         "number": rf"(?:{_low_words([*SPAN_WORDS, *NUMBER_WORDS])})\s+(?:{_low_words(WORD_UNITS)})",  # "ba tháng"
         "từ": rf"từ\s+(?:{_low_words(DATA['day_words'])}|năm|\d)",  # "từ ngày 3 - 5/7", "từ 01/12", "từ năm 2015"
         "quý": r"quý\s+[iv1-4]",  # "quý III", "quý 3"
         "tháng": rf"tháng\s+(?:\d|{_low_words(MONTH_WORDS)})",  # "tháng 10", "tháng tư"
         "deadline": rf"(?:{_low_words(DATA['deadlines'])})\s+(?:(?:là|vào)\s+)?\d",  # "chậm nhất là 25/6"
         "daytime": rf"(?:{_low_words(DATA['daytimes'])})\s+(?:nay(?:\s*\(|\s+))?\d",  # "chiều nay (14/11)"
         "holiday": rf"(?:{_low_words(DATA['holidays'])})\s+\d",  # "quốc khánh 2/9"
         "cùng": r"cùng kỳ\s+(?:năm\s+)?(?:[12]|trước|ngoái)",  # "cùng kỳ năm trước"
         "rằm": r"rằm\s+tháng"}
@functools.lru_cache(maxsize=4096)
def _checks_for(word: str) -> Optional[re.Pattern]:
    """The check of ``word``'s forms (:data:`_NEXT`, one pattern), or None when one of its kinds has none."""
    classes = sorted(_WORD_CLASSES.get(word) or ())
    if not classes or any(c not in _NEXT for c in classes):
        return None
    return re.compile("|".join(f"(?:{_NEXT[c]})" for c in classes))


@functools.lru_cache(maxsize=None)
def _forms_of(kind: str) -> Forms:
    return _forms_for(frozenset({kind}))


_KIND_FORMS: dict[str, Forms] = {}  # "1/" → its forms, "day " → …: filled on first use
_WORD_PLAN: dict[str, tuple] = {}  # a word → (its checks, its forms), or None for a day word


def _plan(word: str) -> Optional[tuple]:
    if word not in _WORD_PLAN:
        _WORD_PLAN[word] = None if word in _DAY_WORDS else (_checks_for(word), _pattern_for(word))
    return _WORD_PLAN[word]


def _kind_forms(kind: str) -> Forms:
    forms = _KIND_FORMS.get(kind)
    if forms is None:
        forms = _KIND_FORMS[kind] = _forms_of(kind)
    return forms


def scan(text: str, low: Optional[str], starts: list[int]):
    """``anchored_finditer(PATTERN, starts, text)``, trying at each anchor only the forms its first word (and
    what follows a number or a day word) allows (``low``: the lowercased text, or None); yields each match with
    its :class:`Forms`."""
    pos, n, after = 0, len(text), _AFTER_DIGITS
    for a in starts:
        if a < pos:
            continue
        if text[a].isdigit():  # "21/8/2023": how many digits, and what follows them
            e = a + 1
            while e < n and text[e].isdigit():
                e += 1
            if e >= n or e - a > 4:
                continue
            c = text[e]
            c = " " if c.isspace() else after.get(c)
            if c is None:
                continue
            forms = _kind_forms(("1" if e - a < 3 else str(e - a)) + c)
        else:
            e = a + 1
            while e < n and text[e].isalpha():
                e += 1
            plan = _plan(low[a:e] if low is not None else text[a:e].lower())
            if plan is None:  # a day word: what follows it
                kind = _day_kind(text, e, n)
                if kind is None:
                    continue
                forms = _kind_forms(kind)
            else:
                check, forms = plan
                if check is not None and low is not None and check.match(low, a) is None:
                    continue
        m = forms.pattern.match(text, a, a + MAX_MATCH)
        if m is not None and m.end() > a:
            pos = m.end()
            yield m, forms


# a number written as a word opens a date only before a unit of time: "ba tháng", "năm năm", "hai nhiệm kỳ"
_UNIT_HEADS = tuple({u.split()[0] for u in WORD_UNITS})  # "năm", "tháng", "nhiệm": anchors already
_NUMBER_WORDS = {w for w in (*SPAN_WORDS, *NUMBER_WORDS)}


_NUMBER_REACH = 16  # "mười một năm": a number word or two before the unit
# (searched in the lowercased text, in the window before the unit's anchor: re in C, one call a unit)
_NUMBER_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_NUMBER_WORDS, key=lambda w: -len(w))) + r")\s+\Z")


def _number_before(low: str, a: int) -> Optional[int]:
    """Where the number word before the unit at ``a`` starts (``hai mươi năm`` → at ``hai``), else None."""
    m = _NUMBER_BEFORE.search(low, max(0, a - _NUMBER_REACH), a)
    return m.start() if m else None


class DateAnchors(Anchors):
    """The anchors of the words and numbers below, and of a number written as a word before a unit of time
    (found from the unit's anchor: a scan for the number words themselves would try most letters). The words
    are scanned as one factored alternation (:func:`~extract.find.lexicon.trie`)."""

    def __init__(self, words, other=None):
        super().__init__(words, other)
        self._words = re.compile(trie(sorted({v for w in words for v in spellings(w.lower())})))

    def starts(self, text: str, low: Optional[str] = None) -> list[int]:
        out = super().starts(text, low)
        low = low if low is not None and len(low) == len(text) else text.lower()
        if len(low) != len(text):
            return out
        extra = [b for a in out if low.startswith(_UNIT_HEADS, a) and (b := _number_before(low, a)) is not None]
        return sorted(set(out).union(extra)) if extra else out


# (the first word of each form: a day word, "tháng", "quý", "năm", "từ", "rằm", a range's trigger word …)
_FIRST_WORDS = [*DATA["day_words"], "tháng", "quý", "năm", "từ", "rằm", "cùng kỳ", *DATA["range_triggers"], *_DAYTIME,
                *_DEADLINE, *DATA["holidays"]]
_LOW_UNITS, _LOW_TO = "|".join(DURATION_UNITS), "|".join(DATA["range_to"])  # for the lowercased text
ANCHORS = DateAnchors(_FIRST_WORDS,
                      # a number opens a date only as the parts above do: "21/8/2023" (DATE_NUM), "21 tháng",
                      # "6 tháng", "10 năm", "1,5 ngày" (DATE_WORDS, SPAN, DURATION), "2020-2025", "2015 đến" (YEAR_RANGE),
                      # a clock "14:05", "7h30", "14 giờ" (DATETIME_FIRST, CLOCK), "25/8 (1954" (ANNIVERSARY_DAY),
                      # "(20 và 21-5" (DAY_LIST)
                      # (one branch: each digit tries one pattern, 2.5× faster than a branch per form)
                      rf"\d(?<!\d\d)(?:(?=\d?[/.\-]\d\d?[/.\-](?:18|19|20)\d\d|\d{{0,2}}(?:,\d)?\s+(?:{_LOW_UNITS})"
                      rf"|\d?(?::\d\d|h\d\d|\s*giờ)|\d?[/-]\d\d?\s*\(\s*(?:19|20)\d\d"
                      rf"|(?<=1)9\d\d(?:\s*[-–—]|\s+(?:{_LOW_TO}))|(?<=2)0\d\d(?:\s*[-–—]|\s+(?:{_LOW_TO})))"
                      rf"|(?<=\(\d)|(?<=\( \d))")
