"""Context of a statistic: what it must not touch, its qualifier, predicate, period and share link.

Example::

    >>> recs = [{"start": 8, "end": 21, "kind": "count"}, {"start": 27, "end": 32, "kind": "percent"}]
    >>> [r["qualifies"] for r in add_context("kết nạp 612 đảng viên, đạt 31,7%", recs, [])]
    [None, 0]
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from typing import Callable, Optional

import regex

from extract.find.lexicon import match_near, spellings
from extract.find.stats.fast import HSPACE, fold, skip_hspace, word_before
from extract.find.stats.patterns import QUOTE, first_spellings, lex, line_at, lower_words, stats_words, words_of
from extract.find.stats.table import column_heading

# Sentence ends: ".", "!", "?", "…" before a space, or a line break.
# "Kết nạp 64 quần chúng. Năm 2022 …"  (a "." inside "1.482" is no end)
SENTENCE_END = regex.compile(r"[.!?…]++(?=\s)|\n")
SHARE_TARGETS = ("count", "ratio", "money", "measure")
MAX_SHARE_GAP = 120


def blocked_spans(text: str, dates: list[dict], refs: list[dict], people: list[dict]) -> list[tuple[int, int]]:
    """Spans no statistic may start in: other findings and quoted slogans (``“5 không”``)."""
    spans = [(d["start"], d["end"]) for d in (*dates, *refs, *people)]
    spans += [m.span() for m in QUOTE.finditer(text)]
    return spans


def _sentences(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (the first is 0)."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


# what may stand between a figure and the date written right after it: "4,1% cuối năm 2019", "96 người trong năm 2023"
_OWN_GAP = regex.compile(rf"[^\S\n]*+(?:{words_of('own_date_links')}[^\S\n]++)?(?:{words_of('own_date_parts')}[^\S\n]++)?")
# a date that is a comparison's baseline governs no figure: "tăng 9,4% so với cùng kỳ năm 2023"
_COMPARED = regex.compile(rf"{words_of('comparisons')}(?:\s++{words_of('comparison_words')}){{0,3}}\s*+$")
_COMPARED_FIRST = first_spellings("comparisons")
_DAYS = ("date", "datetime")


def _compared(text: str, start: int) -> bool:
    """``_COMPARED`` before the date at ``start``, tried only when ``so`` or ``bằng`` stands in its window."""
    window = text[max(0, start - 30):start].casefold()
    return any(w in window for w in _COMPARED_FIRST) and bool(_COMPARED.search(text, max(0, start - 30), start))


class _Dates:
    """Date findings sorted by start (they do not overlap, so by end too), looked up by offset."""

    def __init__(self, dates: list[dict]):
        self.dates = dates
        self.starts = [d["start"] for d in dates]
        self.ends = [d["end"] for d in dates]

    def last_before(self, lo: int, pos: int) -> Optional[dict]:
        """The one ending last at or before ``pos`` that starts at ``lo`` or after."""
        i = bisect_right(self.ends, pos) - 1
        return self.dates[i] if i >= 0 and self.dates[i]["start"] >= lo else None

    def first_after(self, pos: int, hi: int) -> Optional[dict]:
        """The one starting first at or after ``pos`` that ends at ``hi`` or before."""
        i = bisect_left(self.starts, pos)
        return self.dates[i] if i < len(self.dates) and self.dates[i]["end"] <= hi else None

    def starting(self, lo: int, hi: int) -> list[dict]:
        """Those that start in ``[lo, hi]``."""
        return self.dates[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]


def _period(rec: dict, starts: list[int], text: str, dates: _Dates, periods: _Dates) -> Optional[dict]:
    """The date finding governing the statistic: nearest in its sentence, one before preferred; a
    period (year, quarter, half, month; ``periods``) before a single day (``… Nghị quyết …, ngày 16/6/2022``);
    never a comparison's baseline.

    Each is looked up by offset in the sorted findings: linear work over a document however long its
    sentences."""
    i = bisect_right(starts, rec["start"]) - 1
    lo, hi = starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)
    end = rec["end"]
    own = next((d for d in dates.starting(end, min(end + 14, hi - 1)) if d["start"] - end <= 1
                or _OWN_GAP.fullmatch(text, end, d["start"])), None)
    if own is not None:  # "giảm … xuống còn 1,05% năm 2024": the year written right after the figure is its own
        return own
    for pick in (periods, dates):
        before = pick.last_before(lo, rec["start"])
        if before:
            return before
        after = pick.first_after(end, hi)
        if after:
            return after
    return None


_HEADING_MAX = 160  # characters: a heading line is short
_HORIZON = regex.compile(rf"{words_of('horizons')}[^\S\n]++\Z")
_HORIZON_FIRST = first_spellings("horizons")


def _horizon(text: str, start: int) -> bool:
    """``_HORIZON`` before the date at ``start`` (``đến năm 2030``), tried only when its words can be there."""
    window = text[max(0, start - 14):start].casefold()
    return any(w in window for w in _HORIZON_FIRST) and bool(_HORIZON.search(text, max(0, start - 14), start))


def _heading_periods(text: str, dates: list[dict]) -> list[dict]:
    """Periods (not single days) written in heading lines, in text order: a title or a section heading
    (``BÁO CÁO … 6 THÁNG ĐẦU NĂM 2024``, ``II. KẾT QUẢ NĂM 2023``) governs the figures under it whose
    own sentence names no date."""
    out = []
    for d in dates:
        if d["kind"] in _DAYS or _horizon(text, d["start"]):
            continue  # "… định hướng đến năm 2030": a goal's horizon is no period of the figures under it
        span = line_at(text, d["start"], d["end"])
        line = text[span[0]:span[1]].strip() if span else ""
        if span and len(line) <= _HEADING_MAX and (not line.endswith((".", ";", ",")) or _is_caps(line)):
            out.append(d)
    return out


def _is_caps(line: str) -> bool:
    """Four capitals or more to each lowercase letter: ``II. MỤC TIÊU, CHỈ TIÊU NĂM 2024``."""
    # capitals and lowercase letters are at most the line's length, so more than a fifth of it in lowercase
    # says no: counted on the line's first third, that rejects a line of prose after a few characters
    n = len(line)
    if 5 * sum(map(str.islower, line[:n // 3 + 8])) > n:
        return False
    up = sum(map(str.isupper, line))
    return up >= 2 and up >= 4 * sum(map(str.islower, line))


def _pred_qual(text: str, rec: dict) -> tuple:
    """``kết nạp được hơn 250 đảng viên`` → (``kết nạp``, ``hơn``); ``200 đảng viên trở lên`` → qualifier
    ``trở lên``."""
    pred, qual = pred_qual_before(text, rec["start"])  # a range's span starts at "từ": the predicate stands before it
    if qual is None and _qual_after_may(text, rec["end"]) and (after := match_near(_QUAL_AFTER, text, rec["end"])):
        qual = after[1].lower()
    return pred, qual


@functools.lru_cache(maxsize=256)  # asked for a bare count and again for its context
def pred_qual_before(text: str, start: int) -> tuple[Optional[str], Optional[str]]:
    """The predicate and qualifier written before ``start``: ``kết nạp được hơn `` → (``kết nạp``, ``hơn``)."""
    if not text[start - 1:start] or text[start - 1] not in HSPACE:  # both end in a space before the number
        return None, None
    L = lex()
    a, b = word_before(text, start, max(0, start - 60))
    if fold(text[a:b]) not in L.context_last:  # the word before is no predicate, link or qualifier
        return None, None
    m = L.context.search(text, max(0, start - 60), start)
    if not m:
        return None, None
    return (m[1].lower() if m[1] else None), (m[2].lower() if m[2] else None)


def _qual_after_may(text: str, end: int) -> bool:
    """Cheap test before ``_QUAL_AFTER``: a space, then ``trở`` (``200 đảng viên trở lên``)."""
    i = skip_hspace(text, end, len(text))
    return i > end and text[i:i + 3].casefold() == "trở"


_QUAL_AFTER = regex.compile(rf"[^\S\n]++({words_of('qualifiers_after')})(?![\p{{L}}\p{{M}}])")


def _is_target(text: str, rec: dict, lo: int, goal_section: Callable[[int], bool]) -> bool:
    """A goal, not a result: a goal word (``phấn đấu``, ``mục tiêu``, ``dự kiến``) stands before the figure
    in its sentence, or the figure is a bracketed plan (``đạt 9,4% (chỉ tiêu 9%)``), or it stands in a
    section whose heading names goals (``II. CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030``); with no ``đã``
    (done) between the cue and the figure."""
    window = text[max(lo, rec["start"] - 250):rec["start"]].lower()
    if "(" in window and _PLAN_BRACKET.search(window):
        return True
    m = None
    for m in lex().target_cue.finditer(window):
        pass
    if m is None:
        return goal_section(rec["start"]) and not lex().done_cue.search(window)
    return not lex().done_cue.search(window, m.end())


_PLAN_BRACKET = re.compile(rf"\(\s*{lower_words('plan_brackets')}\b[^()\n]{{0,25}}$")
# a section heading: a line in capitals, or a numbered line without a closing full stop
_SECTION = re.compile(r"(?m)^[^\S\n]*(?:(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)][^\S\n]+)?[^\n\t|]{3,160}$")
_GOAL_HEADING = re.compile(rf"\b{lower_words('goal_headings')}\b")
_STRONG_GOAL = re.compile(rf"\b{lower_words('strong_goal_headings')}\b")
_RESULT_HEADING = re.compile(rf"\b{lower_words('result_headings')}\b")


def _overlap_free(phrases: list[str]) -> bool:
    """No two of ``phrases`` can overlap in a text (no end of one is the start of another, none holds another):
    then one left-to-right scan for all of them finds every one a separate search would find."""
    seqs = {tuple(fold(p).split()) for p in phrases}
    for a in seqs:
        for b in seqs:
            if any(a[-k:] == b[:k] for k in range(1, len(a)) if k <= len(b)):
                return False
            if a != b and any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1)):
                return False
    return True


_HEADING_WORDS = (re.compile(rf"\b(?:({lower_words('goal_headings')})|({lower_words('result_headings')}))\b")
                  if _overlap_free(stats_words("goal_headings") + stats_words("result_headings"))
                  and set(stats_words("strong_goal_headings")) <= set(stats_words("goal_headings")) else None)
_STRONG = frozenset(v for w in stats_words("strong_goal_headings") for v in spellings(str(w).lower()))


def _heading_words(low: str) -> tuple[bool, bool, bool]:
    """Whether the lowercased heading ``low`` names a goal, a result, a goal in strong words (``_GOAL_HEADING``,
    ``_RESULT_HEADING``, ``_STRONG_GOAL``): in one scan when the lists cannot overlap (the strong words being
    goal words no longer goal word starts with)."""
    if _HEADING_WORDS is None:
        return (bool(_GOAL_HEADING.search(low)), bool(_RESULT_HEADING.search(low)), bool(_STRONG_GOAL.search(low)))
    goal = result = strong = False
    for m in _HEADING_WORDS.finditer(low):
        if m.lastindex == 1:
            goal = True
            strong = strong or m[1] in _STRONG
        else:
            result = True
    return goal, result, strong


def _sections(text: str) -> tuple[list[int], list[bool]]:
    """Where each section heading ends, and whether its section holds goals, in text order. A heading in
    capitals or numbered in Roman opens a section; a sub-heading (``1. Công tác cán bộ``) keeps its section's
    kind unless its own words say goal or result."""
    ends, goals = [], []
    top = False
    for m in _SECTION.finditer(text):
        line = m.group().strip()
        if not (line[:1].isupper() or line[:1].isdigit()):  # a heading opens with a capital or its number
            continue
        roman = line[:1] in "IVX" and "." in line[:5] and line.split(".", 1)[0].isupper()
        numbered = roman or line[:1].isdigit()
        caps = _is_caps(line)
        if not (caps or numbered and not line.endswith((".", ";", ","))):
            continue
        low = line.lower()
        goal, result, strong = _heading_words(low)
        if roman or caps:
            top = goal and not result
            status = top
        elif result:
            status = False
        else:  # "1. Chỉ tiêu kinh tế" under results names a field: only a plain goal word turns it to goals
            status = top or strong
        ends.append(m.end())
        goals.append(status)
    return ends, goals


def _qualifies(text: str, recs: list[dict], i: int):
    """Index of the count/ratio a share qualifies: ``19/28 đề án … (đạt 67,8%)`` → that ratio."""
    rec = recs[i]
    if rec["kind"] != "percent" or i == 0:
        return None
    prev = recs[i - 1]
    gap = text[prev["end"]:rec["start"]]
    if prev["kind"] not in SHARE_TARGETS or len(gap) > MAX_SHARE_GAP or any(c in ".;:!?\n" for c in gap):
        return None
    L = lex()
    return i - 1 if L.share_gap.fullmatch(gap) or L.share_end.search(gap) else None


def _column_period(text: str, rec: dict, dates: _Dates) -> Optional[dict]:
    """The date in the heading of a table cell's column: ``| Chỉ tiêu | Năm 2023 | Năm 2024 |`` gives the figures
    under ``Năm 2023`` the period 2023, whatever else the row's line holds."""
    a = text.rfind("\n", max(0, rec["start"] - 200), rec["start"]) + 1
    if "|" not in text[a:rec["start"]] and "\t" not in text[a:rec["start"]]:
        return None
    head = column_heading(text, rec["start"], rec["end"])
    inside = dates.starting(head[0], head[1] - 1) if head else []
    return inside[0] if inside else None


_ISSUE_REACH = 150  # characters: an issue date stands this close to the reference it dates


def _issue_dates(dates: _Dates, refs: list[dict]) -> set[tuple[int, int]]:
    """Spans of the dates that are a cited document's issue date (``Kết luận số 14-KL/TW ngày 22/9/2021``,
    ``Ngày 24/11/2023, … ban hành Quy định số 31``): the date a reference took as its ``issued_date``, near it."""
    out = set()
    for r in refs:
        if r.get("issued_date"):
            out.update((d["start"], d["end"]) for d in dates.starting(r["start"] - _ISSUE_REACH, r["end"] + _ISSUE_REACH)
                       if d["kind"] in _DAYS and str(d["value"])[:10] == r["issued_date"])
    return out


def add_context(text: str, recs: list[dict], dates: list[dict], refs: list[dict] = ()) -> list[dict]:
    """Fill qualifier, predicate, period and qualifies of ``recs`` (in text order), in place.

    ``"Quý III/2021 kết nạp hơn 250 đảng viên"`` with a date ``2021-Q3`` → period ``2021-Q3``,
    predicate ``kết nạp``, qualifier ``hơn``. A cited document's issue date (in ``refs``) is no period.
    The heading periods and the sections are read on first need (a text whose figures all have a date and a
    goal word of their own needs neither).
    """
    if not recs:
        return recs
    starts = _sentences(text)
    cited = _issue_dates(_Dates(sorted(dates, key=lambda d: d["start"])), refs) if refs else set()
    usable = sorted((d for d in dates if d.get("kind") != "duration" and d.get("value")
                     and (d["start"], d["end"]) not in cited and not _compared(text, d["start"])),
                    key=lambda d: d["start"])
    by_offset, periods = _Dates(usable), _Dates([d for d in usable if d["kind"] not in _DAYS])
    later: dict[str, tuple] = {}  # "headings": (periods, their ends); "sections": (ends, goal flags)

    def goal_section(pos: int) -> bool:
        if "sections" not in later:
            later["sections"] = _sections(text)
        ends, goals = later["sections"]
        k = bisect_right(ends, pos)
        return bool(k) and goals[k - 1]

    tables = "|" in text or "\t" in text
    for i, rec in enumerate(recs):
        rec["predicate"], rec["qualifier"] = _pred_qual(text, rec)
        period = ((tables and _column_period(text, rec, by_offset)) or _period(rec, starts, text, by_offset, periods)
                  if usable else None)
        if period is None and usable:
            if "headings" not in later:
                headings = _heading_periods(text, usable)
                later["headings"] = (headings, [d["end"] for d in headings])
            headings, heading_ends = later["headings"]
            if headings and (k := bisect_right(heading_ends, rec["start"])):
                period = headings[k - 1]  # no date in its sentence: the last heading's period above it
        if period is not None:
            rec.update(period=period["value"], period_start=period.get("start_date"), period_end=period.get("end_date"))
        rec["qualifies"] = _qualifies(text, recs, i)
        rec["target"] = rec.get("target") or _is_target(text, rec, starts[bisect_right(starts, rec["start"]) - 1],
                                                        goal_section)
    return recs
