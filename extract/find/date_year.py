"""The year of a day or month written without one (SPEC §3: "the year the document makes clear").

Nearest first:

- its sentence (:meth:`YearIndex.sentence_year`): a year written later in it (``Quý III và … Quý IV năm
  2021``), else the nearest one before; a sentence that reviews year X and plans X+1 (``tổng kết năm 2017 và
  phương hướng năm 2018``) is about a meeting late in X or early in X+1;
- the document (:func:`text_year`, the year of :class:`~extract.find.document.RefDate` when the document has
  no date of its own): the congress its lead reports (``Đại hội … nhiệm kỳ 2020 – 2025`` → 2020), else the
  year its dates and periods name most;
- the documents it cites (:meth:`YearIndex.after_cited`): a meeting that studies documents is held after
  them (``Ngày 3-12`` after a directive of ``8-8-2018`` → 2018; ``Ngày 6/8`` after one of ``14/8/2017``:
  no year).

Years that say nothing of the document's own time take no part: a term or span (``2015-2020``), a goal
(``đến năm 2030``), a birth (``sinh năm 1936``), a comparison's baseline (``so với cùng kỳ năm 2021``), a
cited document's date (``Kết luận số 100-KL/TW ngày 18/8/2014``) and the year inside a symbol.

Example::

    >>> text_year("Năm 2022, kết quả Quý III/2022 khá; nhiệm kỳ 2015 - 2020 và so với năm 2021.")
    2022
    >>> text_year("Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc ngày 28/7.")
    2025
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import NamedTuple, Optional

import regex

from extract.find.lexicon import alternation, backward, load_yaml
from extract.segment import is_full_stop

_D = load_yaml("dates.yaml")
_Y = r"(?:19|20)\d\d"
# what stands right before a year, read backwards from it
_BEFORE = backward(
    rf"(?:(?P<goal>(?i:{alternation(_D['goal_words'])})[^\S\n]++(?:(?i:năm)[^\S\n]++)?)"
    r"|(?P<birth>(?i:sinh)[^\S\n]++(?:(?i:năm)[^\S\n]++|(?i:ngày)[^\S\n]++\d{1,2}[/.-]\d{1,2}[/.-]"
    r"|(?i:ngày)[^\S\n]++\d{1,2}[^\S\n]++(?i:tháng)[^\S\n]++\d{1,2}[^\S\n]++(?i:năm)[^\S\n]++))"
    rf"|(?P<cmp>(?i:{alternation(_D['baseline_words'])})[^\d.;\n]{{0,20}}(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-])?)"
    # a cited document's date: "Kết luận số 100-KL/TW ngày 18/8/2014", "1426/QĐ-TTg, ngày 1/8/2023"
    r"|(?P<cited>(?:[\p{Lu}][\p{L}&]*+(?:-[\p{L}&]++)*+|\d++)/[\p{Lu}][\p{L}&\d]*+(?:-[\p{L}&\d]++)*+,?\s*+"
    r"(?:(?i:ngày)[^\S\n]++)?(?:\d{1,2}[/.-]\d{1,2}[/.-]|\d{1,2}[^\S\n]++(?i:tháng)[^\S\n]++\d{1,2},?[^\S\n]++(?i:năm)[^\S\n]++))"
    rf"|(?P<span>{_Y}[^\S\n]*+[-–—][^\S\n]*+|{_Y}[^\S\n]++(?i:đến|tới)[^\S\n]++(?:(?i:năm)[^\S\n]++)?)"
    r"|(?P<wdate>\d[^\S\n]++(?i:tháng)[^\S\n]++\d{1,2}[^\S\n]*+,?[^\S\n]*+(?i:năm)[^\S\n]++)"
    r"|(?P<nam>(?i:năm)[^\S\n]++)"
    r"|(?P<ddate>\d[/.-]\d{1,2}[/.-])"
    r"|(?P<glued>(?<=[\dIVX ])[/-]))\Z")  # "tháng 10/2022", "Quý III/2021", "quý II-2023"; not "QĐ-UBND-2024"
_SPAN_AFTER = regex.compile(rf"[^\S\n]*+[-–—][^\S\n]*+{_Y}(?!\d)|[^\S\n]++(?i:đến|tới)[^\S\n]++(?:(?i:năm)[^\S\n]++)?{_Y}(?!\d)"
                            rf"|[^\S\n]*+[-–—][^\S\n]*+\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_Y}"  # "(3/2/1930 - 3/2/2025)"
                            r"|/[\p{L}\d]")  # "2015-2020", "2015 đến 2020", "30/2020/NĐ-CP"
LOOK_BACK = 60  # characters read before a year
_STOP = re.compile(r"[.;!?\n]")
# a later year is read up to a sentence's end (_STOP: a full stop, not "TP." or "1.245") …
BACK_REACH = 300  # … a year before, up to the sentence's start ("." "!" "?" or a line break) within this many
FORWARD_REACH = 1000
PLAN_MONTH = 7  # a review of year X and plan of X+1: a day from this month on is in X, an earlier one in X+1


class _Token(NamedTuple):
    start: int     # where the year's words start ("năm 2021": at "năm")
    year: int
    near: bool     # may give its year to a day of its sentence
    counts: bool   # is a year the document's dates and periods name
    after: bool = False  # "so với cùng kỳ năm 2021": the document is about the year after it


def _token(text: str, s: int) -> Optional[_Token]:
    """The year at ``s`` as a token, or None when it takes no part (a span's first year, a symbol's, a goal …)."""
    e = s + 4
    if _SPAN_AFTER.match(text, e):  # the first year of a span, or the year of a symbol
        return None
    b = _BEFORE.search(text, max(0, s - LOOK_BACK), s)
    kind = b.lastgroup if b else None
    if kind == "cmp" and _SAME_PERIOD.search(b.group()):
        return _Token(b.start(), int(text[s:e]) + 1, False, True, True)
    if kind in _NO_PART:
        return None
    return _Token(b.start(), int(text[s:e]), kind in ("nam", "glued"), kind != "cited")


_NO_PART = {None, "goal", "birth", "cmp", "span"}
_SAME_PERIOD = regex.compile(r"(?i:cùng kỳ)")  # a bare year ("cùng kỳ 2022") is read where it stands
# (re, its lookbehinds after the first digit: the scan of the whole text runs in C and skips to a 1 or a 2)
_YEAR_AT = re.compile(r"(?:1(?<!\d1)9|2(?<!\d2)0)\d\d(?!\d)")
_SENTENCE_START = regex.compile(r"[.!?\n]", regex.REVERSE)


class YearIndex:
    """Where a text's years are (one scan), each read on first use: what :func:`text_year` and the dates
    finder ask. A day's sentence is looked up where it stands, within bounded reaches (a text with no full
    stop costs no more than one with many)."""

    def __init__(self, text: str):
        self.text = text
        self.pos = [m.start() for m in _YEAR_AT.finditer(text)]
        self._read: dict[int, Optional[_Token]] = {}

    def token(self, i: int) -> Optional[_Token]:
        if i not in self._read:
            self._read[i] = _token(self.text, self.pos[i])
        return self._read[i]

    @functools.cached_property
    def tokens(self) -> list[_Token]:
        return [t for i in range(len(self.pos)) if (t := self.token(i)) is not None]

    def _stop(self, end: int) -> int:
        """Where the sentence going on at ``end`` stops (``.;!?`` or a line break; not ``TP.`` or ``1.245``),
        at most :data:`FORWARD_REACH` on."""
        text, limit, p = self.text, min(len(self.text), end + FORWARD_REACH), end
        while (m := _STOP.search(text, p, limit)) is not None:
            if m.group() != "." or is_full_stop(text, m.start()):
                return m.start()
            p = m.start() + 1
        return limit

    def _begin(self, start: int) -> int:
        """Where the sentence around ``start`` begins (after ``.!?`` or a line break), at most
        :data:`BACK_REACH` back."""
        text, lo, p = self.text, max(0, start - BACK_REACH - 1), start
        while (m := _SENTENCE_START.search(text, lo, p)) is not None:
            if m.group() != "." or is_full_stop(text, m.start()):
                return max(m.start() + 1, start - BACK_REACH)
            p = m.start()
        return max(0, start - BACK_REACH)

    def sentence_year(self, start: int, end: int, month: Optional[int] = None) -> Optional[int]:
        """The year of the sentence around ``text[start:end]``: a year later in it (up to ``.;!?`` or a
        line break), else the nearest one before (across ``;``); a review of X then a plan of X+1 gives X
        from July on (``month``), else X+1."""
        pos, stop = self.pos, self._stop(end)
        i, x = bisect.bisect_left(pos, end), None
        while i < len(pos) and pos[i] - LOOK_BACK < stop:
            t = self.token(i)
            i += 1
            if t is None or not t.near or not end <= t.start < stop:
                continue
            if x is None:
                x = t.year
                if month is None or month >= PLAN_MONTH:
                    return x
            elif t.year == x + 1:
                return x + 1
        if x is not None:
            return x
        begin = self._begin(start)
        i = bisect.bisect_left(pos, start) - 1
        while i >= 0 and pos[i] >= begin:
            t = self.token(i)
            i -= 1
            if t is not None and t.near and t.start < start:
                return t.year if t.start >= begin else None
        return None

    @functools.cached_property
    def cited(self) -> list[tuple[int, int, int]]:
        """``(year, month, day)`` of the cited documents' dates (``… 25-CT/TW ngày 8-8-2018``), sorted."""
        out = []
        for t in self.tokens:
            if not t.counts and not t.after:
                m = _CITED_DATE.search(self.text, t.start, t.start + LOOK_BACK)
                if m:
                    out.append((t.year, int(m["m"]), int(m["d"])))
        return sorted(out)

    def after_cited(self, month: int, day: int) -> Optional[int]:
        """The year of the latest cited document's date when ``day``/``month`` can follow it in that year."""
        if not self.cited:
            return None
        y, m, d = self.cited[-1]
        return y if (month, day) >= (m, d) else None


_CITED_DATE = regex.compile(r"(?:(?i:ngày)[^\S\n]++)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?:19|20)\d\d"
                            r"|(?P<d>\d{1,2})[^\S\n]++(?i:tháng)[^\S\n]++(?P<m>\d{1,2})")
# what opens a term, reported by a news lead: "Đại hội đại biểu Đảng bộ xã … lần thứ I, nhiệm kỳ 2025 - 2030",
# "kỳ họp thứ nhất HĐND tỉnh … nhiệm kỳ 2016-2021" …
_CONGRESS = regex.compile(rf"(?i:{alternation(_D['term_openings'])})[^.\n]{{0,160}}?(?i:nhiệm kỳ)[^\S\n]++"
                          rf"(?P<a>{_Y})[^\S\n]*+[-–—][^\S\n]*+{_Y}(?!\d)")
# … unless its sentence is about carrying out what the congress decided ("thực hiện Nghị quyết Đại hội …")
_CARRIED_OUT = backward(rf"(?i:{alternation(_D['term_reviews'])})[^.!?\n]*+\Z")
LEAD = 600  # characters: a headline and a lead


# a cited document's symbol right before a date: "… 25-CT/TW ngày 8-8-2018", "Quyết định 1426/QĐ-TTg, ngày …"
_CITED_BEFORE = backward(r"(?:[\p{Lu}][\p{L}&]*+(?:-[\p{L}&]++)*+|\d++)/[\p{Lu}][\p{L}&\d]*+(?:-[\p{L}&\d]++)*+,?\s*+"
                         r"(?:(?i:ngày)[^\S\n]++)?\Z")


def cited_before(text: str, pos: int) -> bool:
    """A document's symbol stands right before ``pos``: the date there is a cited document's."""
    return _CITED_BEFORE.search(text, max(0, pos - LOOK_BACK), pos) is not None


@functools.lru_cache(maxsize=8)
def year_index(text: str) -> YearIndex:
    """The :class:`YearIndex` of ``text`` (the last few texts are kept: the context and the dates finder ask)."""
    return YearIndex(text)


def text_year(text: str) -> Optional[int]:
    """The year a document without a date of its own is about (see the module docstring), or None."""
    for m in _CONGRESS.finditer(text, 0, LEAD):
        if not _CARRIED_OUT.search(text, max(0, m.start() - BACK_REACH), m.start()):
            return int(m["a"])
    votes = Counter(t.year for t in year_index(text).tokens if t.counts)
    if not votes:
        return None
    top = sorted(y for y, n in votes.items() if n == max(votes.values()))
    # a tie of a year and the next is a report and its plan (the report's year); else the latest year (the
    # older ones are history the text recalls)
    return top[0] if len(top) == 2 and top[1] == top[0] + 1 else top[-1]


def citing_year(text: str) -> Optional[int]:
    """The year a document's citations are made in, when it has no date of its own: :func:`text_year`, else the
    year of the latest document it cites (it is written after them); None when neither is known."""
    y = text_year(text)
    if y is None and year_index(text).cited:
        return year_index(text).cited[-1][0]
    return y
