"""Shared pattern-building helpers: word lists from data files, longest-first alternations.

Example::

    >>> alternation(["Tỉnh ủy", "Tỉnh ủy viên"], tones=False)
    '(?:Tỉnh\\\\ ủy\\\\ viên|Tỉnh\\\\ ủy)'
"""
from __future__ import annotations

import csv
import functools
import re
from importlib import resources
from typing import Iterable, Optional

import regex
import yaml

from extract.normalize import TONE_PAIRS, new_tone, old_tone

DATA = resources.files("extract") / "data"
# libyaml's safe loader when PyYAML was built with it (the wheels are): the same data, ~10× faster to read
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Both tone placements of the syllables where old and new spelling differ (SPEC §1), from normalize.TONE_PAIRS:
# ``hóa``/``hoá``, ``ủy``/``uỷ``, ``Ủy``/``Uỷ``, ``ỦY``/``UỶ``
_TONE_VARIANTS = {case(new): f"(?:{case(new)}|{case(old)})" for new, old in TONE_PAIRS
                  for case in (str.lower, lambda w: w[:1].upper() + w[1:], str.upper)}
_NEW_PLACEMENT = regex.compile("|".join(_TONE_VARIANTS))


class DataError(ValueError):
    """A data file under extract/data is missing or malformed."""


@functools.cache
def load_yaml(name: str):
    """Parsed YAML file ``extract/data/<name>``; cached, so loaded once per process."""
    try:
        return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as e:
        raise DataError(f"{name}: {e}") from e


@functools.cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``extract/data/<name>`` (tab-separated, ``#`` comments and blank lines skipped)."""
    try:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise DataError(f"{name}: {e}") from e
    rows = csv.reader((l for l in lines if l.strip() and not l.lstrip().startswith("#")), delimiter="\t")
    return tuple(tuple(c.strip() for c in r) for r in rows)


def tone_insensitive(word: str) -> str:
    """Escaped regex matching both tone placements: ``"Tỉnh ủy"`` also matches ``"Tỉnh uỷ"``, ``"ỦY BAN"`` also
    ``"UỶ BAN"`` (the word is written in the new placement, as the data files are)."""
    return _NEW_PLACEMENT.sub(lambda m: _TONE_VARIANTS[m.group()], regex.escape(word))


def alternation(words: Iterable[str], *, tones: bool = True) -> str:
    """Non-capturing alternation, longest first so ``Tỉnh ủy viên`` wins over ``Tỉnh ủy``.

    Refuses an empty list (an empty alternation would match everywhere).
    """
    ws = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not ws:
        raise DataError("alternation of an empty word list")
    esc = tone_insensitive if tones else regex.escape
    return "(?:" + "|".join(esc(w) for w in ws) + ")"


_POSSESSIVE = regex.compile(r"(?<!\\)([*+?}])\+")


def trie(words: Iterable[str]) -> str:
    """The words as one ``re`` alternation factored by their common beginnings: ``n(?:gày|ăm|hiệm kỳ)`` for
    ``ngày|năm|nhiệm kỳ``, the same matches as the words longest first, but ``re`` no longer tries each word
    at every position (measured 8× faster for the 300 spellings of the titles' heads)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")  # the word ends here: tried after every longer one
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return emit(root)


def any_of(words: Iterable[str]) -> re.Pattern:
    """A pattern whose ``search(s)`` tells ``any(w in s for w in words)`` in one scan of ``s`` (a :func:`trie`),
    not one scan for each word.

        >>> bool(any_of(["giữ chức", "làm"]).search("được bầu giữ chức")), bool(any_of(["làm"]).search("lá"))
        (True, False)
    """
    return re.compile(trie(words))


def backward(pattern: str, flags: int = 0) -> regex.Pattern:
    r"""``pattern`` (which ends in ``\Z``) compiled to search right to left, from the window's end.

    ``search(text, pos - 60, pos)`` with a forward pattern tries every start in the window;
    searching backwards tries the end first: measured 25× faster for the statistics context
    pattern, with the same matches on all 15,438 numbers of the benchmark archive. Possessive
    quantifiers are relaxed (``++`` → ``+``) because they would cut matches short when read
    backwards (``là khoảng``: ``là`` is both a link word and a predicate).

        >>> backward(r"(?P<q>hơn|khoảng)[ ]++\Z").search("đạt khoảng ", 0, 11)["q"]
        'khoảng'
    """
    return regex.compile("(?r)" + _POSSESSIVE.sub(r"\1", pattern), flags)


def spellings(word: str) -> set[str]:
    """The word in both tone placements: ``"khóa"`` → ``{"khóa", "khoá"}``."""
    return {word, new_tone(word), old_tone(word)}


def capitals(words: Iterable[str]) -> list[str]:
    """The words in capitals, in both tone placements, in the order given: ``["Ủy ban"]`` → ``["ỦY BAN", "UỶ BAN"]``."""
    out: list[str] = []
    for w in words:
        out += sorted({v.upper() for v in spellings(w)} - set(out), key=lambda v: v != w.upper())
    return out


class Anchors:
    """Where a pattern may start: whole words or phrases in any case, plus other starts as a pattern.

    The anchor scan reads the whole text, so it is the cost that grows with the archive. The
    words are found by Python's ``re`` in the lowercased text, word boundaries checked per hit:
    measured 60 MB/s, against 14 MB/s for ``regex`` ``(?i:\\b(?:…)\\b)`` on the same words.
    ``other`` is a pattern in Python ``re`` syntax, matched case-insensitively (write it in lowercase).
    Put a lookbehind after the first character, not before it: ``\\d(?<!\\d\\d)`` lets ``re`` skip
    to the next digit, ``(?<!\\d)\\d`` tries every position (measured 3× slower).

        >>> Anchors(["ngày", "quý"], r"\\d(?<!\\d\\d)").starts("Ngày 5, quý II, ngàyx")
        [0, 5, 8]
    """

    def __init__(self, words: Iterable[str] = (), other: Optional[str] = None):
        ws = sorted({v for w in words for v in spellings(w.lower())}, key=lambda w: (-len(w), w))
        self._words = re.compile("|".join(map(re.escape, ws))) if ws else None
        self._any_case = regex.compile(r"(?i:\b(?:" + "|".join(map(regex.escape, ws)) + r")\b)") if ws else None
        self._other = re.compile(other) if other else None  # run on the lowercased text …
        self._other_any_case = re.compile(other, re.IGNORECASE) if other else None  # … or on the text

    def starts(self, text: str, low: Optional[str] = None) -> list[int]:
        """Sorted offsets of every anchor in ``text``; ``low`` is ``text.lower()`` when the caller has it."""
        low = text.lower() if low is None else low
        if len(low) != len(text):  # a character whose lowercase is longer ("İ"): offsets would drift
            low = None
        other = self._other if low is not None else self._other_any_case
        out = [m.start() for m in other.finditer(text if low is None else low)] if other else []
        if self._words is None:
            return out
        if low is None:
            words = [m.start() for m in self._any_case.finditer(text)]
        else:
            words = [m.start() for m in self._words.finditer(low)
                     if not _word_char(low, m.start() - 1) and not _word_char(low, m.end())]
        return sorted(set(out).union(words)) if out else words


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


MAX_MATCH = 1000  # no finding is longer; bounding the match keeps each attempt local
def starts_line(text: str, pos: int) -> bool:
    """Only white space stands between the line's start and ``pos`` (read back over that space alone, so
    asking at every name of a huge one-line text costs no more than the text).

        >>> starts_line("Tin:\\n   Lê Hà", 8), starts_line("Tin: Lê Hà", 5)
        (True, False)
    """
    while pos > 0 and text[pos - 1] != "\n" and text[pos - 1].isspace():
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


NEAR = 40  # characters a pattern read right after a finding may look at (spaces, a word, a bracket)


def match_near(pattern: regex.Pattern, text: str, pos: int, reach: int = NEAR):
    """``pattern.match(text, pos)``, read within ``reach`` characters.

    Unbounded, the regex module may scan to the text's end for a word the pattern needs (``trở lên``) at every
    call: quadratic time over a text of many figures. In a window a ``\\Z`` or a lookahead at the window's edge
    would see an end that is not there, so a match that reaches the edge is tried again on the whole text.

        >>> match_near(regex.compile(r" *+\\Z"), "5" + " " * 50 + "x", 1) is None
        True
    """
    end = pos + reach
    m = pattern.match(text, pos, end)
    if m is not None and m.end() >= end and end < len(text):
        return pattern.match(text, pos)
    return m


def anchored_finditer(pattern: regex.Pattern, starts: Iterable[int], text: str, timeout: float | None = None):
    """``pattern.finditer(text)`` tried only at ``starts``, the sorted offsets of an :class:`Anchors` set.

    Every match of ``pattern`` must start at an anchor; then the result is the same as ``finditer``
    (left to right, no overlaps), but the big pattern is not tried at every character: measured 7×
    faster on the sample corpus for the dates pattern. Each attempt reads at most ``MAX_MATCH``
    characters, which bounds its cost on hostile text; ``timeout`` (seconds per attempt) is off by
    default: the regex module's timer cost about 1 µs a call, a quarter of the dates finder's time.
    """
    pos = 0
    for a in starts:  # anchors are simple: linear time, no guard needed
        if a < pos:
            continue
        m = pattern.match(text, a, a + MAX_MATCH, timeout=timeout)
        if m and m.end() > m.start():
            pos = m.end()
            yield m
