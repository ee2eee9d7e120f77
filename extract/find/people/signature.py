"""Signature blocks: the posts in capitals above a signer's name, one block or two side by side.

Example::

    >>> signature_titles("T/M HUYỆN ỦY\\nPHÓ BÍ THƯ\\nLê Văn An", 24, 34)
    ['Phó Bí thư']
"""
from __future__ import annotations

import regex

from extract.find.people.titles import load_heads, normal_case
from extract.normalize import fold

_SIG_SKIP = regex.compile(r"^(?:T/M|K/T|TM\.|KT\.|T/L|TL\.|Q\.|TUQ\.)", regex.I)  # "T/M HUYỆN ỦY": for, not a post
_HEAD_KEYS = sorted({fold(h) for h in load_heads()}, key=len, reverse=True)
_HEAD_AT = regex.compile("|".join(map(regex.escape, _HEAD_KEYS)))  # a folded line that starts with a post
_UPPER_LINE = regex.compile(r"^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$")
_SIGNED_LINE = regex.compile(r"^\(?(?i:đã ký|ký)\)?:?$")
_SIGNED_PREFIX = regex.compile(r"^[^\S\n]*+(?:(?i:\(?đã ký\)?|ký)\s*+:?\s*+)?$")


def is_position(line: str) -> bool:
    """Whether ``line`` starts with a post (``PHÓ BÍ THƯ``, ``Chủ tịch``), in any case and spelling."""
    return bool(_HEAD_AT.match(fold(line)))


# two blocks side by side are parted by a run of three spaces or more, or a tab:
# "T/M HUYỆN ỦY          T/M BAN CHẤP HÀNH ĐOÀN"
COLUMN_GAP = regex.compile(r"\t[^\S\n]*+|[^\S\n]{3,}+")


def columns(line: str) -> list[tuple[int, int]]:
    """The spans of the blocks written side by side on one line, left to right.

        >>> columns("BÍ THƯ     PHÓ BÍ THƯ")
        [(0, 6), (11, 21)]
    """
    out, pos = [], len(line) - len(line.lstrip())
    for m in COLUMN_GAP.finditer(line, pos):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if len(line.rstrip()) > pos:
        out.append((pos, len(line.rstrip())))
    return out


def _column_of(line: str, cols: list[tuple[int, int]], k: int, at: int) -> str:
    """The block of ``line`` under the name's block: the one in the same place when both lines have as many
    blocks, else the one starting nearest to the name's block (``at``, tabs expanded)."""
    here = columns(line) if ("\t" in line or "   " in line.strip()) else None
    if here is None or len(here) < 2:
        return line
    if len(here) == len(cols):
        a, b = here[k]
    else:
        a, b = min(here, key=lambda ab: abs(len(line[:ab[0]].expandtabs()) - at))
    return line[a:b]


def signature_titles(text: str, start: int, end: int) -> list[str] | None:
    """For a name alone on its line (or alone in its block of two signatures side by side) under capitalised
    position lines, those positions; else None.

    ``K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / Đã ký: Mai Văn Chính`` → ``["PHÓ TRƯỞNG BAN THƯỜNG TRỰC"]``;
    ``BÍ THƯ      PHÓ BÍ THƯ / Lê Văn An      Hà Thị Mai`` → ``["PHÓ BÍ THƯ"]`` for Hà Thị Mai.
    """
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    if line_start == 0:  # no line above within reach (the first line, or a long one): no signature block
        return None
    line_end = text.find("\n", end, end + 200)
    line_end = min(len(text), end + 200) if line_end < 0 else line_end
    name_line = text[line_start:line_end]
    if "\t" not in name_line and "   " not in name_line:  # one block (most lines): the name must fill the line
        if name_line[end - line_start:].strip() or not _SIGNED_PREFIX.match(name_line[:start - line_start]):
            return None
        cols = [(0, len(name_line))]
    else:
        cols = columns(name_line) or [(0, len(name_line))]  # with blocks side by side, the name's block is its line
    k = next((i for i, (a, b) in enumerate(cols) if a <= start - line_start < b), 0)
    a, b = cols[k]
    a, b = min(a, start - line_start), max(b, end - line_start)
    if name_line[end - line_start:b].strip() or not _SIGNED_PREFIX.match(name_line[a:start - line_start]):
        return None
    at = len(name_line[:a].expandtabs())
    above = text[max(0, line_start - 800):line_start].split("\n")[:-1]
    block, blanks = [], 0
    for line in reversed(above):
        s = _column_of(line, cols, k, at).strip()
        if not s:
            blanks += 1
            if blanks > 2 or block:
                break
            continue
        if _SIGNED_LINE.match(s):
            continue
        if not _UPPER_LINE.match(s):
            break
        block.insert(0, s)
    if not block:
        return None
    return [normal_case(" ".join(l.split())) for l in block if not _SIG_SKIP.match(l) and is_position(l)]
