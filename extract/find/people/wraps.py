"""Line breaks that only wrap a sentence: a page printed with hard line breaks ("Bí thư Tỉnh\\nủy", "các đồng\\nchí:").

Titles and role cues are read in the text with those breaks made spaces (one character for one, so offsets
stay); names, bylines and signature blocks are read in the text as written, where lines matter.

Example::

    >>> unwrap("Bí thư Tỉnh\\nủy, Chủ tịch\\nHĐND.\\nHội nghị")
    'Bí thư Tỉnh ủy, Chủ tịch\\nHĐND.\\nHội nghị'
"""
from __future__ import annotations

import regex

# a break inside a sentence: after a letter, a digit or a comma, before a lowercase word
_SOFT = regex.compile(r"(?<=[\p{L}\d,][^\S\n]*+)\n(?=[^\S\n]*+\p{Ll})")
# in a page wrapped by hand, also a break after a long line that ends inside a sentence, before a capital
_WRAPPED_AFTER = regex.compile(r"(?m)^[^\n]{50,}?(?<=[\p{L}\d,])[^\S\n]*+\n(?=[^\S\n]*+\p{Lu})")
WRAPPED = 3  # soft breaks that show a page is wrapped by hand


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside a sentence made spaces (same length)."""
    if "\n" not in text:
        return text
    soft = [m.start() for m in _SOFT.finditer(text)]
    if len(soft) >= WRAPPED:
        soft += [m.end() - 1 for m in _WRAPPED_AFTER.finditer(text)]
    if not soft:
        return text
    chars = list(text)
    for i in soft:
        chars[i] = " "
    return "".join(chars)
