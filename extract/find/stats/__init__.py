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

from bisect import bisect_right
from typing import TYPE_CHECKING, Optional

import regex

from extract.find.lexicon import MAX_MATCH
from extract.find.stats.context import add_context, blocked_spans
from extract.find.stats.numbers import a_range, elided_pair, pair_second, ratio, ratio_in_words, word_count
from extract.find.stats.patterns import START, lex
from extract.find.stats.single import single

if TYPE_CHECKING:
    from extract.context import DocContext


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

    def gaps(self) -> list[tuple[int, int]]:
        """The stretches of text outside every blocked span, in order."""
        out, a = [], 0
        for x, y in self.spans:
            if x > a:
                out.append((a, x))
            a = max(a, y)
        if a < self.size:
            out.append((a, self.size))
        return out

    def limit(self, pos: int) -> int:
        """Where the next blocked span starts after ``pos`` (the text end if none)."""
        i = bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else self.size


_MINUS = regex.compile(r"(?<![\p{L}])(?i:âm)[^\S\n]++\Z")


def _starts(text: str, low: Optional[str], blocks: _Blocks) -> list[tuple[int, int, int]]:
    """Where a statistic may start outside the blocked spans, in text order, with where its stretch of free text
    ends: ``(offset, 0, end)`` at a digit (START, scanned only outside the blocked spans), ``(offset, end of
    the word, end)`` at a number word before a listed noun (found in the lowercased text ``low``, when the
    lowercase keeps the offsets)."""
    gaps, j, digits = blocks.gaps(), 0, []
    for m in START.finditer(text):  # one scan; the starts inside blocked spans are dropped on a walk of the gaps
        s = m.start()
        while j < len(gaps) and gaps[j][1] <= s:
            j += 1
        if j == len(gaps):
            break
        if s >= gaps[j][0]:
            digits.append((s, 0, gaps[j][1]))
    if low is None:
        return digits
    words = [(m.start(), m.end(1), blocks.limit(m.start())) for m in lex().word_scan.finditer(low)
             if not (m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] in "_\u0300\u0301\u0303\u0309\u0323"))
             and not blocks.inside(m.start())]
    return sorted(digits + words) if words else digits


def find(ctx: DocContext) -> list[dict]:
    """Statistics of a document (SPEC §5) as Statistic-field dicts, in text order; no number inside a date,
    a reference or a name the other finders found is one.

    ``Toàn Đảng bộ kết nạp hơn 250 đảng viên (chiếm 5,2%).`` → count 250 ``đảng viên`` (qualifier ``hơn``,
    predicate ``kết nạp``) and percent 5.2 that ``qualifies`` statistic 0.
    """
    text, dates, refs = ctx.text, ctx.found("dates"), ctx.found("doc_refs")
    blocks = _Blocks(blocked_spans(text, dates, refs, ctx.found("people")), len(text))
    found: list[dict] = []
    pos = 0
    for s, word_end, free_end in _starts(text, ctx.lower, blocks):
        if s < pos:
            continue
        limit = min(free_end, s + MAX_MATCH)  # every attempt reads a window: linear time on any text
        if word_end:  # a number in words: "Hai đảng viên"
            rec = word_count(text, s, word_end, limit)
        else:
            rec = (a_range(text, s, limit) or ratio(text, s, limit) or ratio_in_words(text, s, limit)
                   or single(text, s, limit, found))
        if rec and (not found or rec["start"] >= found[-1]["end"]):
            if "âm" in text[max(0, s - 6):s] and rec["kind"] in ("percent", "count", "measure", "money") \
                    and _MINUS.search(text, max(0, s - 8), s):
                rec["value"] = -rec["value"]  # "tăng trưởng âm 1,5%"
            pair = elided_pair(text, rec, found)
            found += pair or [rec]
            second = pair_second(text, found[-1], limit, found[:-1], single)
            if second:  # "19 vụ/48 bị can": two counts
                found.append(second)
            pos = found[-1]["end"]
    return add_context(text, found, dates, refs)

