"""Plain-Python fast paths of the statistics finder's smallest patterns (issue 19: fewer regex calls per finding).

Each function gives exactly what the pattern named in its docstring gives (``tests/find/test_stats_fast_paths.py``
checks them against it on the corpus and on Hypothesis-made text): a regex call costs about half a microsecond
before it reads a character, these read one to four characters in Python.

Example::

    >>> year_like("2023"), year_like("1.200"), glued_at("24-QĐ/TW", 2), line_start("ab\\n  5", 5)
    (True, False, True, True)
"""
from __future__ import annotations

import functools

import regex

from extract.normalize import new_tone

# the characters of "[^\S\n]" (horizontal white space) in the regex module's reading of \s (Unicode White_Space,
# all in the Basic Multilingual Plane)
HSPACE = frozenset(regex.findall(r"[^\S\n]", "".join(map(chr, range(0x10000)))))
_CENTURIES = frozenset(("18", "19", "20", "21"))


def year_like(s: str) -> bool:
    """``YEAR_LIKE.fullmatch(s)``: ``(?:1[89]|20|21)[0-9]{2}`` (``"2023"``, not ``"1.200"`` or ``"2023 "``)."""
    return len(s) == 4 and s[:2] in _CENTURIES and s[2:].isascii() and s[2:].isdigit()


_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")
_LETTER = regex.compile(r"\p{L}")


@functools.lru_cache(maxsize=4096)
def _letter_or_mark_beyond_ascii(c: str) -> bool:
    return bool(_LETTER_OR_MARK.match(c))  # the regex module's Unicode tables, newer than unicodedata's


@functools.lru_cache(maxsize=4096)
def _letter_beyond_ascii(c: str) -> bool:
    return bool(_LETTER.match(c))


def letter_or_mark(c: str) -> bool:
    """``[\\p{L}\\p{M}]`` for one character (in the regex module's Unicode version)."""
    return c.isalpha() if c < "\x80" else _letter_or_mark_beyond_ascii(c)


def letter(c: str) -> bool:
    """``\\p{L}`` for one character (in the regex module's Unicode version)."""
    return c.isalpha() if c < "\x80" else _letter_beyond_ascii(c)


def glued_at(text: str, e: int) -> bool:
    """``GLUED.match(text, e)``: ``[\\-–‐/][\\p{L}0-9]|[\\p{L}\\p{M}]|:[0-9]``: the number ending at ``e`` runs into a
    code, a word or a time (``24-QĐ/TW``, ``8h00``, ``15:37``)."""
    c = text[e:e + 1]
    if not c:
        return False
    if c in "-–‐/":
        n = text[e + 1:e + 2]
        return bool(n) and (letter(n) or "0" <= n <= "9")
    if c == ":":
        n = text[e + 1:e + 2]
        return bool(n) and "0" <= n <= "9"
    return letter_or_mark(c)


def line_start(text: str, s: int, reach: int = 80) -> bool:
    """``LINE_START.search(text, max(0, s - reach), s)``: only horizontal space between ``s`` and a line break (or
    the text's start) within ``reach`` characters."""
    lo = max(0, s - reach)
    i = s
    while i > lo and text[i - 1] in HSPACE:
        i -= 1
    return i == 0 or (i > lo and text[i - 1] == "\n")


def skip_hspace(text: str, i: int, limit: int) -> int:
    """The first offset from ``i`` (not past ``limit``) that holds no horizontal space."""
    while i < limit and text[i] in HSPACE:
        i += 1
    return i


def comma_list_at(text: str, i: int, limit: int) -> int:
    """``list_comma.match(text, i, limit)``'s end (``,(?=[^\\S\\n]*+\\p{L})``), or -1: a comma before a word."""
    if text[i:i + 1] != "," or i >= limit:
        return -1
    j = skip_hspace(text, i + 1, limit)
    return i + 1 if j < limit and letter(text[j]) else -1


def line_end_at(text: str, e: int) -> bool:
    r"""``_LINE_END`` (single.py) matched at ``e``: ``[^\S\n]*+(?:\n|\Z|[;,.](?![0-9])|\()``, the end of a line or a
    clause."""
    i = skip_hspace(text, e, len(text))
    c = text[i:i + 1]
    if c in ("", "\n", "("):
        return True
    if c in (";", ",", "."):
        n = text[i + 1:i + 2]
        return not (n and "0" <= n <= "9")
    return False


def bare_end_at(text: str, e: int, limit: int) -> bool:
    r"""``lex().bare_end.match(text, e, limit)``: ``[^\S\n]*+(?:[,.;:()]|\Z|\n|…)``, punctuation, a line's end or
    the window's end after a bare number (the pattern's last branch, a space before ``và``, can never match: its
    first part has taken every space)."""
    i = skip_hspace(text, e, limit)
    return i >= limit or text[i] in ",.;:()\n"


@functools.lru_cache(maxsize=4096)
def parse_number(s: str) -> float:
    """Value of a Vietnamese number string (``patterns.NUM``): ``"12.400"`` → 12400.0, ``"31,7"`` → 31.7, and the
    English decimal ``"2.5"`` (``[0-9]+\\.[0-9]{1,2}``) → 2.5."""
    if "," in s:
        whole, frac = s.split(",", 1)
        return float(whole.replace(".", "") + "." + frac)
    head, dot, tail = s.partition(".")
    if dot and head and "." not in tail and 1 <= len(tail) <= 2:
        return float(s)
    return float(s.replace(".", ""))


def word_before(text: str, s: int, lo: int = 0) -> tuple[int, int]:
    """``(start, end)`` of the run of letters and marks that ends where the horizontal space before ``s`` starts
    (not before ``lo``): what ``([\\p{L}\\p{M}]++)[^\\S\\n]*+\\Z`` searched backwards in ``text[lo:s]`` takes; an empty
    run when none is there."""
    end = s
    while end > lo and text[end - 1] in HSPACE:
        end -= 1
    sp = max(lo, text.rfind(" ", lo, end) + 1)
    if sp < end and text[sp:end].isalpha() and (sp == lo or text[sp - 1] == " "):
        return sp, end  # letters back to a space: most words (Python's letters are letters in the regex module too)
    start = end
    while start > lo and letter_or_mark(text[start - 1]):
        start -= 1
    return start, end


@functools.lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """A word as the finder's case- and tone-placement-insensitive lists compare it: ``"Uỷ"`` → ``"ủy"``."""
    return new_tone(word.casefold())


def last_words(phrases) -> frozenset:
    """:func:`fold` of the last run of letters of each phrase: the word a backward pattern of these phrases must
    find right before its window's end (``"kết nạp"`` → ``"nạp"``, ``"SARS-CoV"`` → ``"cov"``)."""
    out = set()
    for p in phrases:
        runs = regex.findall(r"[\p{L}\p{M}]++", str(p))
        if runs:
            out.add(fold(runs[-1]))
    return frozenset(out)
