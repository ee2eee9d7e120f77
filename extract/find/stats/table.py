"""Numbers alone in a table cell: the row's label and the column's heading say what they count.

Tables reach the text as rows of cells parted by ``|`` (HTML pages) or tabs (DOCX)::

    | TT | Chỉ tiêu                | Kế hoạch | Thực hiện | Tỷ lệ (%) |
    | 1  | Kết nạp đảng viên       | 120      | 134       | 111,7     |
    | 2  | Thu ngân sách (tỷ đồng) | 450      | 512       | 113,8     |

``120`` and ``134`` count ``đảng viên`` (the label less its verb), ``450`` is money (the unit the
label gives in brackets), ``111,7`` a percent (its column says ``%``); the row number ``1`` before the
label is no statistic, nor is a row of years (a heading). A unit column (``ĐVT``, ``Đơn vị tính``)
gives the unit of its row.

    >>> t = "| Chỉ tiêu | 2023 |\\n| Số chi bộ | 45 |"
    >>> table_cell(t, t.index("45"), t.index("45") + 2)
    ('count', 'chi bộ', 1.0)
"""
from __future__ import annotations

import threading
from typing import Optional

import regex

from extract.find.lexicon import alternation, load_yaml
from extract.find.places import units
from extract.find.stats.fast import year_like
from extract.find.stats.patterns import COUNT_LABEL, NUM, SHARE_LABEL, counted_noun, lex, line_at, words_of
from extract.find.stats.units import read_tail


def _in_cell(pattern: str) -> regex.Pattern:
    """``pattern`` after the spaces that open a cell (``| Kế hoạch |``: `` Kế hoạch``)."""
    return regex.compile(rf"[^\S\n]*+{pattern}")


# a cell holding a number, maybe with its share in brackets: "51.360 (74,5%)"
_NUMBER_CELL = _in_cell(rf"(?P<num>{NUM})[^\S\n]*+(?:\([^()\n]{{1,20}}+\)[^\S\n]*+)?")
_BRACKET_UNIT = regex.compile(r"\((?P<u>[^()\n]{1,25}+)\)")
_SHARE = regex.compile(rf"{SHARE_LABEL}(?![\p{{L}}\p{{M}}])|%")
_UNIT_HEADING = _in_cell(rf"{words_of('unit_headings')}[^\S\n]*+\.?+\Z")
_SHARE_LABEL = _in_cell(rf"{SHARE_LABEL}(?![\p{{L}}\p{{M}}])")
# headings of a column of units or people, and the words a unit's name starts with
_ENTITY_HEADING = _in_cell(rf"{words_of('entity_headings')}[^\S\n]*+\Z")
_ENTITY_WORD = _in_cell(rf"(?i:{alternation(units() + load_yaml('stats.yaml')['entity_words'])})"
                        r"(?![\p{L}\p{M}])")
# row labels that name nothing counted: "| Tổng cộng | 120 |", "| Ghi chú | 5 |"
_NO_LABEL = _in_cell(rf"{words_of('no_label_rows')}[^\S\n:]*+:?+[^\S\n]*+")
# headings of plan and time columns, which count nothing themselves
_PLAN = _in_cell(rf"{words_of('plan_headings')}(?![\p{{L}}\p{{M}}])")
_LABEL_HEAD = _in_cell(rf"(?:{COUNT_LABEL}|(?i:tổng))[^\S\n]++")  # "Tổng số", "Số", "Tổng"
_LINK = regex.compile(rf"{words_of('label_links')}(?:[^\S\n]++|\Z)")  # "Kết nạp mới", "Kết nạp thêm …"
_ROW_MARK = regex.compile(r"[^\S\n]*+(?:\d{1,3}[.)]?+|[IVXLC]{1,5}+\.?+|[a-zđ][.)])?+[^\S\n]*+")


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, offsets in ``line``; the outer ``|`` of a row is no cell."""
    out, a = [], 0
    for part in line.split(sep):
        out.append((a, a + len(part)))
        a += len(part) + 1
    if sep == "|":
        if out and not line[out[0][0]:out[0][1]].strip():
            out.pop(0)
        if out and not line[out[-1][0]:out[-1][1]].strip():
            out.pop()
    return out


def _sep_of(line: str) -> Optional[str]:
    if line.count("|") >= 2:
        return "|"
    return "\t" if "\t" in line else None


def _is_number(cell: str) -> bool:
    return bool(_NUMBER_CELL.fullmatch(cell))


_MEMO = threading.local()  # per thread: the text, and (where a row ends, separator, width) → the heading above it


def _heading_row(text: str, row_start: int, sep: str, width: int) -> Optional[tuple[int, list[tuple[int, int]]]]:
    """Where the nearest row above in the same table that holds no number cell after its first starts, and its
    cells' (start, end) in that row.

    Every row a walk passes is remembered (for one text at a time), so the rows of a long table are each
    read once, not once for every number under them."""
    if getattr(_MEMO, "text", None) is not text:
        _MEMO.text, _MEMO.headings = text, {}
    headings = _MEMO.headings
    end, passed, found = row_start - 1, [], None
    while end > 0:
        if (end, sep, width) in headings:
            found = headings[end, sep, width]
            break
        passed.append(end)
        a = text.rfind("\n", max(0, end - ROW_REACH), end) + 1
        line = text[a:end]
        if (a == 0 and end > ROW_REACH) or _sep_of(line) != sep:
            break
        spans = _cells(line, sep)
        if len(spans) == width and not any(_is_number(c) and not year_like(c.strip())
                                           for c in (line[x:y] for x, y in spans[1:])):
            found = (a, spans)
            break
        end = a - 1
    for e in passed:
        headings[e, sep, width] = found
    return found


def _heading(text: str, row_start: int, sep: str, width: int) -> Optional[list[str]]:
    """The cells of the heading row above (see :func:`_heading_row`)."""
    row = _heading_row(text, row_start, sep, width)
    return [text[row[0] + x:row[0] + y] for x, y in row[1]] if row else None


def column_heading(text: str, s: int, e: int) -> Optional[tuple[int, int]]:
    """Start and end offsets of the heading cell above the table cell holding ``text[s:e]``, if any."""
    span = line_at(text, s)
    sep = _sep_of(text[span[0]:span[1]]) if span else None
    if sep is None:
        return None
    a, b = span
    cells = _cells(text[a:b], sep)
    j = next((k for k, (x, y) in enumerate(cells) if x <= s - a and e - a <= y), None)
    row = _heading_row(text, a, sep, len(cells)) if j is not None else None
    return (row[0] + row[1][j][0], row[0] + row[1][j][1]) if row else None


ROW_REACH = 1000  # no table row is longer (see stats.patterns.line_at)


def _unit_words(words: str) -> Optional[tuple[str, Optional[str], float]]:
    """What a unit written alone means: ``%``, ``tỷ đồng``, ``ha``, ``người`` → (kind, unit, factor)."""
    words = words.strip()
    if not words:
        return None
    if words in ("%", "％"):
        return "percent", "%", 1.0
    probe = " " + words
    tail = read_tail(probe, 0, len(probe))
    if tail and tail.end == len(probe):
        return tail.kind, tail.unit, float(tail.factor)
    return None


def _from_label(label: str) -> Optional[tuple[str, Optional[str], float]]:
    """The counted noun of a row label: ``Số chi bộ`` → chi bộ, ``Kết nạp đảng viên`` → đảng viên."""
    L = lex()
    label = _BRACKET_UNIT.sub("", label).strip().rstrip(":")
    head = _LABEL_HEAD.match(label)
    rest = label[head.end():] if head else label
    pred = L.predicate_start.match(rest)
    if pred and not head:
        rest = rest[pred.end():].lstrip()
        link = _LINK.match(rest)
        rest = rest[link.end():] if link else rest
    words = rest.split()
    if words and words[0][:1].isupper() and not words[0].isupper():
        rest = rest[0].lower() + rest[1:]  # a heading's capital: "Đảng viên mới" counts "đảng viên mới"
    probe = " " + rest
    tail = read_tail(probe, 0, len(probe))
    return ("count", tail.unit, float(tail.factor)) if counted_noun(tail) else None


_PLAN_COLUMN = regex.compile(rf"[^\S\n]*+{words_of('plan_columns')}(?![\p{{L}}\p{{M}}])")


def plan_column(text: str, s: int, e: int) -> bool:
    """The number ``text[s:e]`` of a table row stands in a column of plans (``Kế hoạch``, ``Chỉ tiêu năm 2024``):
    a target, not a result."""
    head = column_heading(text, s, e)
    return bool(head) and bool(_PLAN_COLUMN.match(text, head[0], head[1]))


def table_cell(text: str, s: int, e: int) -> Optional[tuple[str, Optional[str], float]]:
    """(kind, unit, factor) of the number ``text[s:e]`` when it fills a cell of a table row after the
    row's label, else None."""
    span = line_at(text, s)
    if span is None:
        return None
    a, b = span
    line = text[a:b]
    sep = _sep_of(line)
    if sep is None:
        return None
    cells = _cells(line, sep)
    j = next((k for k, (x, y) in enumerate(cells) if x <= s - a and e - a <= y), None)
    if j is None or not _is_number(line[cells[j][0]:cells[j][1]]):
        return None
    texts = [line[x:y] for x, y in cells]
    label_at = next((k for k, c in enumerate(texts) if not _ROW_MARK.fullmatch(c)), None)
    if label_at is None or label_at >= j or _is_number(texts[label_at]):
        return None
    numbers = [c for c in texts[label_at + 1:] if _is_number(c)]
    if all(year_like(c.strip()) for c in numbers):
        return None  # a heading of years: "| Chỉ tiêu | 2022 | 2023 |"
    label = texts[label_at]
    heading = _heading(text, a, sep, len(cells))
    column = heading[j] if heading else ""
    if _SHARE.search(column):
        return "percent", "%", 1.0
    for k, h in enumerate(heading or []):  # "| Chỉ tiêu | ĐVT | 2023 |": the row's own unit cell
        if k != j and _UNIT_HEADING.match(h) and (unit := _unit_words(texts[k])):
            return unit
    for words in (_BRACKET_UNIT.search(column), _BRACKET_UNIT.search(label)):
        if words and (unit := _unit_words(words["u"])):
            return unit
    if _LABEL_HEAD.match(column):  # "| Đơn vị | Số đảng viên |": the heading names what is counted
        return _from_label(column)
    label_heading = heading[label_at] if heading else ""
    if _entity_row(label, label_heading):  # "| Xã An Bình | 312 |": a row per unit
        unit = _from_label(column) if column.strip() and not _PLAN.match(column) else None
    elif _NO_LABEL.fullmatch(label):
        return None
    elif _SHARE_LABEL.match(label):
        return "percent", "%", 1.0
    else:
        unit = _from_label(label)
    return unit or _bare_cell(texts[j], column, label_heading)


_NOT_QUANTITY = regex.compile(rf"[^\S\n]*+{words_of('not_quantity_headings')}[^\S\n]*+\Z")
_PERSON_HEADING = regex.compile(rf"[^\S\n]*+{words_of('person_headings')}")
_PHONE = regex.compile(r"[^\S\n]*+0\d{7,}+[^\S\n]*+")


def _bare_cell(cell: str, column: str, label_heading: str) -> Optional[tuple[str, Optional[str], float]]:
    """A figure of a table whose noun neither its row nor its column names: a count without a unit (a reader
    would still chart it), unless the column holds ages, codes or phone numbers, or the rows are people."""
    if _NOT_QUANTITY.match(column) or _PERSON_HEADING.match(label_heading) or _PHONE.fullmatch(cell):
        return None
    return "count", None, 1.0


def _entity_row(label: str, heading: str) -> bool:
    """The row names a unit or a person, not what is counted: its heading says so (``Đơn vị``,
    ``Họ và tên``) or it is a name (``Xã An Bình``, ``Chi bộ thôn 3``)."""
    if _ENTITY_HEADING.match(heading):
        return True
    words = label.split()
    return _ENTITY_WORD.match(label) is not None or any(w[:1].isupper() for w in words[1:])
