"""A query's rows as a text table, for a pipe or a file: drawn with the box a terminal shows (rich's
heavy head and light body) but without rich (whose import is a sixth of ``partydocs query``'s start),
every cell at its full width (a file is not a terminal: nothing wrapped or cut) and every value as plain
text: ``[a]`` stays ``[a]`` (no markup), a control character is escaped, a line break starts a new line
in its cell.

    >>> print(grid(["symbol", "n"], [["21-CT/TW", 3], ["[a] 05-NQ/TW", None]]), end="")
    ┏━━━━━━━━━━━━━━┳━━━┓
    ┃ symbol       ┃ n ┃
    ┡━━━━━━━━━━━━━━╇━━━┩
    │ 21-CT/TW     │ 3 │
    │ [a] 05-NQ/TW │   │
    └──────────────┴───┘
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from extract.errors import printable

TAB = 8  # a tab stop every eight columns, as a terminal sets them


def cell_lines(value: object) -> list[str]:
    """A value's lines as shown in a cell: NULL empty; ``\\r\\n``, ``\\r`` and ``\\n`` break lines; tabs
    expanded; other control and invisible characters escaped (``\\x1b``), so no value can drive the terminal.

        >>> cell_lines(None), cell_lines("a\\r\\nb\\tc"), cell_lines("x\\x1b[31m")
        ([''], ['a', 'b       c'], ['x\\\\x1b[31m'])
    """
    text = "" if value is None else str(value)
    return [printable(line.expandtabs(TAB)) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def width(line: str) -> int:
    """Terminal columns of one printable line: wide (CJK) characters take two, combining marks none.

        >>> width("Đảng"), width("e\\u0301"), width("漢字")
        (4, 1, 4)
    """
    if line.isascii():
        return len(line)
    n = 0
    for c in line:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me"):
            continue
        n += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return n


def _row(cells: Sequence[list[str]], widths: list[int], side: str) -> list[str]:
    """The text lines of one row: as many as its tallest cell, each cell left-aligned and padded."""
    height = max(len(c) for c in cells)
    lines = []
    for i in range(height):
        parts = []
        for c, w in zip(cells, widths):
            s = c[i] if i < len(c) else ""
            parts.append(" " + s + " " * (w - width(s)) + " ")
        lines.append(side + side.join(parts) + side)
    return lines


def grid(cols: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The table as text, a line per row of text, ending in a line break ("" for no columns)."""
    if not cols:
        return ""
    head = [cell_lines(c) for c in cols]
    body = [[cell_lines(v) for v in r] for r in rows]
    widths = [max(width(s) for s in c) for c in head]
    for r in body:
        for j, c in enumerate(r):
            widths[j] = max(widths[j], max(width(s) for s in c))
    heavy, light = ["━" * (w + 2) for w in widths], ["─" * (w + 2) for w in widths]
    lines = ["┏" + "┳".join(heavy) + "┓", *_row(head, widths, "┃"), "┡" + "╇".join(heavy) + "┩"]
    for r in body:
        lines += _row(r, widths, "│")
    lines.append("└" + "┴".join(light) + "┘")
    return "\n".join(lines) + "\n"
