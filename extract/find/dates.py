"""Dates and periods (SPEC §3): one combined scan, values normalised to ISO.

Example::

    >>> from extract.context import DocContext
    >>> [d["value"] for d in find(DocContext("Quý III/2021 và 6 tháng đầu năm 2022, nhiệm kỳ 2020-2025"))]
    ['2021-Q3', '2022-H1', '2020/2025']
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from extract.find import date_values as values
from extract.find.date_forms import ANCHORS, DATA, ROMAN, scan
from extract.find.date_values import Years, at, month_end, months
from extract.find.date_year import cited_before
from extract.find.document import DATELINE, RefDate  # noqa: F401 (DATELINE: extract.io.formats reads it here)

if TYPE_CHECKING:
    from extract.context import DocContext


def find(ctx: DocContext) -> list[dict]:
    """Every date or period of the document as DateMention dicts, sorted, not overlapping; none inside a
    reference (``Nghị quyết số 30/2020/NQ-CP``: its date is the reference's attribute).

    ``ngày 21/8/2023`` → date ``2023-08-21``; ``Quý III`` takes the year of its sentence or the document's.
    """
    return _outside(_dates(ctx.text, ctx.lower, ctx.own_date, ctx.anchors(ANCHORS)), ctx.found("doc_refs"))


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


def _dates(text: str, low: Optional[str], ref: RefDate, starts: list[int]) -> list[dict]:
    years = Years(text, ref, low)
    out, skip, clocks, months = [], 0, False, False
    for m, forms in scan(text, low, starts):
        if m.start() < skip:
            continue
        kind, g = forms.form[m.lastindex], forms.groups
        if kind == "same":  # "cùng kỳ 2022": the months of the report's period before it, in that year
            rec = _same_period(m, g, text, out)
            if rec:
                out.append(rec)
            continue
        rec = values.HANDLERS[kind](m, g, text, years)
        clocks |= kind == "clock"
        months |= kind == "duration"  # "kết quả 9 tháng": maybe a report's months (_report_months)
        if isinstance(rec, list):  # "ngày 18, 19 và 22/3/2021": one date a day
            out.extend(rec)
            continue
        if rec is None and kind == "yrange":  # "năm 2018 đến 1988 cán bộ": no range, but still "năm 2018"
            rec = values.year_at(text, m.start(), m.end(), years)
        if rec:
            out.append(rec)
            if rec["kind"] == "year":  # "năm 2021, 2022 và 2023": each year listed after the first
                for y in _next_years(text, rec["end"]):
                    out.append(y)
                    skip = y["end"]
                continue
            nxt = _next_member(m, g, kind, text) if rec["kind"] in ("month", "quarter") else None
            if nxt:
                out.append(nxt)
                skip = nxt["end"]
    if clocks:
        out = _clocks(out, text)
    return _report_months(out, text, years) if months else out


_SAME = regex.compile(r"(?i:cùng kỳ)")
REPORT_REACH = 1500  # "cùng kỳ 2022" compares with a period named at most this far before it
_SHIFTABLE = ("period", "half", "quarter", "month")


def _same_period(m, g: dict, text: str, out: list[dict]) -> Optional[dict]:
    """``9 tháng năm 2023 … so với cùng kỳ 2022`` → the period 2022-01/2022-09 (span ``cùng kỳ 2022``);
    ``cùng kỳ năm trước`` → one year before the report's. Without a report's period before it, ``cùng kỳ năm
    2022`` is the year ``năm 2022``, and a bare ``cùng kỳ`` is nothing."""
    report = next((r for r in reversed(out) if r["kind"] in _SHIFTABLE and r["start_date"]
                   and m.start() - r["end"] <= REPORT_REACH and not _SAME.match(r["text"])), None)
    if report is None:
        return values.year_at(text, m.start(g["cn"]), m.end(), None) if m[g["cn"]] and m[g["cy"]] else None
    y = int(m[g["cy"]]) if m[g["cy"]] else int(report["start_date"][:4]) - 1
    first, last = int(report["start_date"][5:7]), int(report["end_date"][5:7])
    if report["kind"] == "quarter":
        q = (first + 2) // 3
        kind, value, a, b = "quarter", f"{y}-Q{q}", f"{y:04d}-{first:02d}-01", month_end(y, last)
    else:
        kind, value, a, b = months(y, first, last, "month" if report["kind"] == "month" else "period")
    return at(text, m.start(), m.end(), kind, value, a, b)


def _clocks(out: list[dict], text: str) -> list[dict]:
    """Each clock (``8h00``) on the day it belongs to: the nearest date before it that opens its sentence
    (``Ngày 9-4, …``, a dateline), else the nearest one that is no cited document's; a clock with no day
    before it is dropped."""
    done, day, opening = [], None, None
    for r in out:
        if r.pop("clock", False):
            d = opening or day
            if d is None:
                continue
            r.update(value=d["value"][:10] + r["value"], start_date=d["start_date"], end_date=d["end_date"])
        elif r["kind"] in ("date", "datetime") and "T" not in r["value"][:10] and not cited_before(text, r["start"]):
            day = r
            if _OPENS.search(text, max(0, r["start"] - OPENING_REACH), r["start"]):
                opening = r
        done.append(r)
    return done


OPENING_REACH = 30  # "Trực tiếp - Ngày 9-4, …": a date opens its sentence after at most this many characters
_OPENS = regex.compile(r"(?:\A|[.!?\n])[^.!?\n,;]*+\Z")


_REPORT_BEFORE = regex.compile(rf"(?i:{values.alternation(DATA['report_words'])})[^\S\n]++\Z")
_PAST_AFTER = regex.compile(rf"[^\S\n]++(?i:{values.alternation(DATA['past_words'])})(?!\p{{L}})")
_YEAR_TO_DATE = regex.compile(rf"(?i:{values.alternation(DATA['year_to_date'])})(?!\p{{L}})")
COMPLEMENT_REACH = 200  # "kết quả 9 tháng, … 3 tháng cuối năm": the rest of the year named this close


def _report_months(out: list[dict], text: str, years: Years) -> list[dict]:
    """``kết quả 9 tháng``, ``trong 6 tháng qua``: the first months of a year, not a length of time, when
    the text reports them (a period of those months, the rest of the year beside it, ``từ đầu năm``)."""
    for i, r in enumerate(out):
        if r["kind"] != "duration" or not r["value"].endswith("M") or not r["value"][1:-1].isdigit():
            continue
        n = int(r["value"][1:-1])
        if not 1 < n < 12:
            continue
        past = _PAST_AFTER.match(text, r["end"])
        if not past and not _REPORT_BEFORE.search(text, max(0, r["start"] - 20), r["start"]):
            continue
        y = _reported_year(out, r, n, text, years)
        if y is False:
            continue
        kind, value, a, b = months(y, 1, n)
        end = past.end() if past else r["end"]
        out[i] = at(text, r["start"], end, kind, value, a, b)
    return out


def _reported_year(out: list[dict], r: dict, n: int, text: str, years: Years):
    """The year of the first ``n`` months a text reports (None: not known), or False when it reports none."""
    for d in out:
        if d["kind"] in ("period", "half"):
            first, last = _months_of(d["value"])
            if (first, last) == (1, n) or (first, last) == (n + 1, 12) and abs(d["start"] - r["end"]) <= COMPLEMENT_REACH:
                return None if d["value"].startswith("XXXX") else int(d["value"][:4])
    if _YEAR_TO_DATE.search(text):
        return years.of(r["start"], r["end"])
    return False


def _months_of(value: str) -> tuple[int, int]:
    """``2023-01/2023-09`` → (1, 9); ``2024-H2`` → (7, 12); ``XXXX-10/XXXX-12`` → (10, 12)."""
    if "-H" in value:
        return (1, 6) if value.endswith("1") else (7, 12)
    a, b = value.split("/")
    return int(a[5:7]), int(b[5:7])


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
        out.append(at(text, n.start("y"), n.end(), "year", str(y), f"{y}-01-01", f"{y}-12-31"))
        pos = n.end()
    return out


def _next_member(m, g: dict, kind: str, text: str) -> Optional[dict]:
    """A month or quarter listed right after ``m`` with only a number and the year they share."""
    if kind == "month" and not m[g["mony"]] and m[g["mon"]]:
        n = _NEXT_MONTH.match(text, m.end(), m.end() + 30)
        if n:
            y, mo = int(n["y"]), int(n["n"])
            value, first, last = f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", month_end(y, mo)
            kind = "month"
    elif kind == "quarter" and not m[g["qy"]]:
        n = _NEXT_QUARTER.match(text, m.end(), m.end() + 30)
        if n:
            y = int(n["y"])
            q = int(n["n"]) if n["n"].isdigit() else ROMAN[n["n"].upper()]
            value, first, last, kind = f"{y}-Q{q}", f"{y:04d}-{3 * q - 2:02d}-01", month_end(y, 3 * q), "quarter"
    else:
        return None
    if not n:
        return None
    return at(text, n.start("n"), n.end(), kind, value, first, last)
