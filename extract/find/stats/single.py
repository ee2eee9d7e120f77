"""A single number: with its unit after it, or with a noun written elsewhere (its table row and column, the
label of its line, the change it starts, the count before it in its clause).

Example::

    >>> t = "kỷ luật 9 đảng viên, trong đó khiển trách 4."
    >>> first = single(t, 8, len(t), [])
    >>> first["unit"], single(t, t.index("4"), len(t), [first])["unit"]
    ('đảng viên', 'đảng viên')
"""
from __future__ import annotations

from typing import Optional

import regex

from extract.find.lexicon import match_near
from extract.find.stats.numbers import is_label, number_and_tail, record
from extract.find.stats.fast import bare_end_at, glued_at, line_end_at, skip_hspace, year_like
from extract.find.stats.patterns import COUNT_LABEL, ITEMS_CUE, PAREN, SHARE_LABEL, counted_noun, lex, words_of
from extract.find.stats.table import plan_column, table_cell
from extract.find.stats.context import pred_qual_before
from extract.find.stats.units import read_tail

def single(text: str, s: int, limit: int, found: list[dict]) -> Optional[dict]:
    """A single number: percent, money, measure, count or a bare count of a noun named before."""
    one = number_and_tail(text, s, limit)
    if not one:
        return None
    e, value, tail = one
    if (tail is None or tail.kind == "count") and glued_at(text, e):
        return None
    if tail is None:
        return (_table_value(text, s, e, value) or _noun_after_paren(text, s, e, value, limit)
                or _label_value(text, s, e, value)
                or _change_from(text, s, e, value, limit) or _bare(text, s, e, value, limit, found))
    if tail.kind == "count" and (is_label(text, s) or year_like(text[s:e])):
        return None
    if value == 1 and tail.factor == 1 and tail.kind in ("count", "measure") and _PER_ONE.search(text, max(0, s - 8), s):
        return None  # "trên 1 ha đất", "mỗi 1 người": the base of a rate
    if tail.kind == "count" and tail.unit.lower() in lex().times_unit and _multiple(text, s, tail.end, value):
        tail = tail._replace(kind="measure")  # "tăng 2,41 lần": a multiple
    if tail.kind == "count" and tail.unit.lower() in lex().part_after and (part := _part_after(text, s, e, value, tail, found)):
        return part
    return record(text, s, tail.end, tail.kind, value=value * tail.factor + tail.more, unit=tail.unit)


def _multiple(text: str, s: int, end: int, value: float) -> bool:
    """``tăng 2,41 lần``, ``cao gấp hơn 1,2 lần``, ``gần 2 lần so với …``: a multiple, not a count of times."""
    L = lex()
    return (value != int(value) or bool(L.times_before.search(text, max(0, s - 30), s))
            or bool(match_near(L.times_after, text, end)))


_CELL_BEFORE = regex.compile(r"[|\t][^\S\n]*+\Z")
_CELL_AFTER = regex.compile(r"[ \u00a0]*+(?:\([^()\n]{1,20}+\)[ \u00a0]*+)?(?:[|\t]|\n|\Z)")  # "51.360 (74,5%) |"


def _table_value(text: str, s: int, e: int, value: float) -> Optional[dict]:
    """A number alone in a table cell, after its row's label (see :mod:`extract.find.stats.table`)."""
    before = text[max(0, s - 8):s]
    if not (("|" in before or "\t" in before) and _CELL_BEFORE.search(text, max(0, s - 8), s)
            and match_near(_CELL_AFTER, text, e)):
        return None
    cell = table_cell(text, s, e)
    if not cell:
        return None
    kind, unit, factor = cell
    return record(text, s, e, kind, value=value * factor, unit=unit, target=plan_column(text, s, e))


_PER_ONE = regex.compile(r"(?<![\p{L}])(?i:trên|mỗi|cho)[^\S\n]++\Z")


# a table row or a "label: value" line whose label names what is counted: "Tổng số đảng viên: 6.318",
# "Số đảng viên mới kết nạp<TAB>125", "Tỷ lệ hộ nghèo (%): 2,35"
_LABEL_LINE = regex.compile(r"(?:^|\n|;)[^\S\n]*+(?:[-+•*][^\S\n]*+)?"
                            rf"(?P<label>(?P<share>{SHARE_LABEL})|{COUNT_LABEL})[ ]++(?!(?i:lượng)[ ]*+[:\t])(?P<noun>[^\d:\t\n]{{2,60}}?)"
                            r"(?:[ ]++[^:\t\n]{1,40}?)??[ ]*+(?P<pct>\([ ]*+%[ ]*+\))?"  # "… năm 2023", "(đến 31/12)"
                            r"(?:[ ]*+(?::|\t)|(?<=[ ])(?i:là))[^\S\n]*+\Z")
# what may close a labelled value: the line's end, or the end of its clause ("Số chi bộ: 45; …")
_LINE_END = regex.compile(  # the reference of stats.fast.line_end_at, which the finder calls
    r"[^\S\n]*+(?:\n|\Z|[;,.](?![0-9])|\()")


def _label_value(text: str, s: int, e: int, value: float) -> Optional[dict]:
    """The number that closes a labelled line or clause takes its unit from the label: count of the noun
    after ``Số``/``Tổng số`` (``Số chi bộ: 45;``, ``Tổng số đảng viên là 1.245.``), or a percent when the
    label is a ``Tỷ lệ … (%)``."""
    if not line_end_at(text, e):
        return None
    # a line, or a clause after ";", of at most 100 characters
    line_start = max(text.rfind("\n", max(0, s - 100), s), text.rfind(";", max(0, s - 100), s))
    m = _LABEL_LINE.match(text, max(0, line_start), s) if s - line_start < 100 else None
    if not m:
        return None
    if m["share"]:
        return record(text, s, e, "percent", value=value, unit="%") if m["pct"] else None
    label = text[m.start("noun"):s]
    sep = ":" if ":" in label else "\t" if "\t" in label else " "  # "…: 1.245", "…<TAB>1.245", "… là 1.245"
    stop = text.rfind(sep, m.start("noun"), s if sep != " " else s - 1)
    unit = counted_noun(read_tail(text, m.start("noun") - 1, stop))  # the noun as it would follow a number
    return record(text, s, e, "count", value=value, unit=unit) if unit else None  # not "Số nhà: 45"


_CHANGE_TO = regex.compile(rf"[^\S\n]++{words_of('change_to')}(?:[^\S\n]++{words_of('change_to_level')})?[^\S\n]++(?=\d)")


def _change_from(text: str, s: int, e: int, value: float, limit: int) -> Optional[dict]:
    """``giảm từ 4.200 xuống còn 3.950 đồng chí``: the value before the change has the unit of the one after."""
    if "từ" not in text[max(0, s - 6):s].lower():
        return None
    frm = lex().range_from.search(text, max(0, s - 10), s)
    to = _CHANGE_TO.match(text, e, limit) if frm else None
    after = number_and_tail(text, to.end(), limit) if to else None
    if not after or is_label(text, s) or year_like(text[s:e]):
        return None
    tail = after[2]
    if tail is None:  # "Số chi bộ tăng từ 148 lên 173.": both numbers count the sentence's subject
        unit = _subject_noun(text, s)
        return record(text, s, e, "count", value=value, unit=unit) if unit else None
    return record(text, s, e, tail.kind, value=value * tail.factor, unit=tail.unit)


# a sentence or clause that opens by naming what it counts: "Số đảng viên …", "Trong số đảng viên bị kỷ luật: …"
_SUBJECT = regex.compile(rf"(?:\A|(?<=[\n.;!?:]))[^\S\n]*+(?:[-+•][^\S\n]*+)?(?:(?i:trong số)|{COUNT_LABEL})"
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
    i = skip_hspace(text, e, limit)
    p = PAREN.match(text, e, limit) if text[i:i + 1] == "(" and i < limit else None
    tail = read_tail(text, p.end(), limit) if p else None
    if not tail or tail.kind != "count" or is_label(text, s) or year_like(text[s:e]):
        return None
    return record(text, s, e, "count", value=value * tail.factor, unit=tail.unit)


def _bare(text: str, s: int, e: int, value: float, limit: int, found: list[dict]) -> Optional[dict]:
    """A number with no noun of its own counts the noun counted before in its clause: after a predicate
    (``kỷ luật 9 đảng viên, trong đó khiển trách 4``), in a breakdown (``418 đảng viên, trong đó nam 296,
    nữ 122``), after a label's colon (``Số chi bộ: 45; hoàn thành tốt: 38``) or before a verb after a list
    cue (``52 chi bộ, trong đó 45 hoàn thành tốt nhiệm vụ``)."""
    L = lex()
    if is_label(text, s) or year_like(text[s:e]):
        return None
    if bare_end_at(text, e, limit):
        pred = pred_qual_before(text, s)[0] is not None
        items = ":" in text[max(0, s - 4):s] and bool(_COLON_BEFORE.search(text, max(0, s - 4), s))
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
            member = (items or prev.get("category") or _BREAKDOWN.search(text, prev["end"], s)
                      or match_near(_PAREN_ITEMS, text, prev["end"]))
            if pred or member:
                category = _category(text, max(found[-1]["end"], s - 60), s) if member else None
                return record(text, s, e, "count", value=value, unit=unit, category=category)
    if unit is None and pred and (unit := _subject_noun(text, s)):  # "Trong số đảng viên bị kỷ luật: khiển trách 31"
        return record(text, s, e, "count", value=value, unit=unit)
    return None


def _category(text: str, lo: int, s: int) -> Optional[str]:
    """The part a breakdown member names before its number, read back to the list's separator:
    ``…, trong đó nữ 41`` → ``nữ``; ``(khiển trách 60`` → ``khiển trách``; ``; hoàn thành tốt: 38`` →
    ``hoàn thành tốt``. A qualifier stays outside (``nữ trên 30`` → ``nữ``); a verb or a link word that
    opens it is no part (``, có 5``)."""
    L = lex()
    seg = text[lo:s].rstrip()
    seg = seg[:-1] if seg.endswith(":") else seg
    cut = max(seg.rfind(c) for c in ",;:(\n") + 1
    head = L.part_head.match(seg, cut)
    words = L.part_words.fullmatch(seg.rstrip(), head.end())
    if not words:
        return None
    part = words[0]
    q = L.part_qualifier.search(part)
    part = part[:q.start()] if q else part
    return None if not part or L.part_not.match(part) else part


def _part_after(text: str, s: int, e: int, value: float, tail, found: list[dict]) -> Optional[dict]:
    """``(17 khiển trách; 2 cảnh cáo)`` after ``kỷ luật 20 đảng viên``: a form of discipline after the number
    names the part, the clause's count gives the unit; the span is the number alone."""
    for prev in reversed(found):
        if _sentence_break(text, prev["end"], s, True):
            return None
        if prev["kind"] in ("count", "ratio") and prev["unit"]:
            return record(text, s, e, "count", value=value, unit=prev["unit"], category=text[tail.end - len(tail.unit):tail.end])
    return None


_COLON_BEFORE = regex.compile(r"[\p{L}\p{M})]:[^\S\n]*+\Z")  # "hoàn thành tốt: 38"
_BREAKDOWN = regex.compile(rf"(?<![\p{{L}}]){ITEMS_CUE}(?![\p{{L}}\p{{M}}])")
_PAREN_ITEMS = regex.compile(r"[^\S\n]*+\((?=[^\S\n]*+\p{Ll})")  # "418 đảng viên (nam 296, nữ 122)"


def _sentence_break(text: str, a: int, b: int, items: bool = False) -> bool:
    """A sentence or clause ends between: not at ``; trong đó`` or ``. Trong đó:`` (its items follow),
    nor at any ``;`` between ``items``."""
    gap = text[a:b]
    gap = _DOT_ITEMS.sub("; ", gap) if "." in gap and "trong" in gap.casefold() else gap
    if items and "\n" in gap:  # "…: 62.\n- Hoàn thành tốt nhiệm vụ: 44": bullet lines are items of the count above
        gap = _BULLET_ITEMS.sub("; ", gap)
    if ";" in gap and not any(c in ".!?\n" for c in gap):
        return not items and not _SEMI_ITEMS.search(gap)
    return any(c in ".;!?\n" for c in gap)


_BULLET_ITEMS = regex.compile(r"[.;:]?+[^\S\n]*+\n[^\S\n]*+[-+•][^\S\n]*+")
_DOT_ITEMS = regex.compile(r"\.[^\S\n]*+(?=(?i:trong đó)(?![\p{L}\p{M}]))")
_SEMI_ITEMS = regex.compile(rf";[^\S\n]*+{ITEMS_CUE}(?![\p{{L}}])")
