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


def _breaks(text: str):
    """``(at, last, first)`` of each line break: its offset, the last character before it on its line that is
    no space (-1 when none), and the first one after it (-1 when none)."""
    n, i = len(text), text.find("\n")
    while i >= 0:
        k = i - 1
        while k >= 0 and text[k] != "\n" and text[k].isspace():
            k -= 1
        j = i + 1
        while j < n and text[j] != "\n" and text[j].isspace():
            j += 1
        yield i, (k if k >= 0 and text[k] != "\n" else -1), (j if j < n and text[j] != "\n" else -1)
        i = text.find("\n", i + 1)


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside a sentence made spaces (same length): a break after a letter, a
    digit or a comma before a lowercase word; in a page wrapped by hand (``WRAPPED`` such breaks), also a break
    after a long line ending inside a sentence before a capital."""
    if "\n" not in text:
        return text
    breaks = list(_breaks(text))
    soft = [i for i, k, j in breaks if k >= 0 and j >= 0 and _ends_inside(text[k])
            and unicodedata.category(text[j]) == "Ll"]
    if len(soft) >= WRAPPED:
        soft += [i for i, k, j in breaks if k >= 0 and j >= 0 and _ends_inside(text[k])
                 and unicodedata.category(text[j]) == "Lu" and k - (text.rfind("\n", 0, k) + 1) + 1 >= LONG_LINE]
    if not soft:
        return text
    chars = list(text)
    for i in soft:
        chars[i] = " "
    return "".join(chars)
