"""Titles beside a name: ``Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy`` (signature blocks:
:mod:`extract.find.people.signature`).

Example::

    >>> split_titles("Tỉnh ủy viên, Bí thư Đảng ủy Khối")
    ['Tỉnh ủy viên', 'Bí thư Đảng ủy Khối']
"""
from __future__ import annotations

import functools
import re

import regex

from extract.find.lexicon import alternation, backward, load_yaml, spellings, trie
from extract.find.places import ORGANS, committees, units
from extract.normalize import fold

_T = load_yaml("titles.yaml")
HONORIFICS = _T["honorifics"]
HONORIFIC = alternation(HONORIFICS)  # "đồng chí", "đ/c"
_HEADS = _T["heads"]
_ABBR = _T["abbreviations"]


def load_heads() -> list[str]:
    """The words that start a title (``data/titles.yaml`` heads)."""
    return list(_HEADS)


def _stops() -> str:
    """Lowercase words that end a body's lowercase run: ``stops_lower`` and every role cue (``chủ trì``)."""
    r = load_yaml("roles.yaml")
    cues = [c for part in ("after", "before") for cs in r[part].values() for c in cs]
    return alternation(_T["stops_lower"] + cues + r["after_adverbs"])


def _joined(after) -> str:
    """What a joiner must stand before: the words listed, else any capitalised word."""
    return rf"{alternation(after)}(?![\p{{L}}])" if after else r"\p{Lu}"


def _title_pattern() -> str:
    """One title: a head (``Phó Bí thư``, ``UVBTV``) and the words that go on with it (``Thường trực Huyện ủy``);
    or a degree (``ThS.``) alone."""
    # continuation of a title: capitalised words, abbreviations, the lowercase words of organisation names;
    # a line break continues it only when the next line starts with a capital ("…Thường trực\nBan Tổ chức …")
    org = rf"(?:và[^\S\n]++)?{alternation(_T['org_names'])}(?![\p{{L}}])"  # before a bare capitalised word: "Y tế"
    # a unit's number: "Quân khu 4", "Phường 5", "Quận 10"
    unit_number = rf"(?<={alternation(_T['numbered_units'])}[^\S\n])\d{{1,3}}(?![\d/.,]\d|\p{{L}})"
    # a verb after the title that opens with one of its lowercase words: "… Tỉnh ủy công bố Quyết định",
    # "… UBND tỉnh trực tiếp chỉ đạo" (but "Ban kiểm tra")
    verb = rf"(?!(?<![Bb]an[^\S\n]){alternation(_T['verbs_after'])}(?![\p{{L}}]))"
    # "Vụ Địa phương II thuộc Ban Dân vận Trung ương", "Tiểu ban nhân sự Đại hội XIV của Đảng": a joiner
    # before a capitalised name
    under = "|".join(rf"{j}(?=[^\S\n]++{_joined(after)})" for j, after in _T["joiners"].items())
    cap = r"\p{Lu}[\p{L}]*+(?:\.\p{Lu}[\p{L}]*+)*+"  # "Tỉnh", "UBND", "T.Ư"
    dotted = (rf"{alternation(_T['dotted'], tones=False)}"  # "TP. Hồ Chí Minh"
              rf"(?=[^\S\n]*+(?!{alternation(_T['sentence_openers'])}(?![\p{{L}}]))\p{{Lu}})")
    # a body's name in lowercase words after the word of its kind: "Ban cán sự đảng", "Hội đồng quản trị", up to
    # a stop word or a unit word (which may close it: "Ủy ban nhân dân tỉnh"); never ending on "về", "và"
    low = rf"(?!(?:{_stops()}|{alternation(units())})(?![\p{{L}}]))\p{{Ll}}++"
    run = (rf"(?<=(?<![\p{{L}}]){alternation(_T['org_types'])}[^\S\n]+){low}(?:[^\S\n]++{low}){{0,6}}"
           rf"(?<!(?<![\p{{L}}])(?:về|và))")
    word = (rf"(?:{org}|{dotted}|{cap}|{run}|{verb}{alternation(_T['inner_lower'])}(?![\p{{L}}])"
            rf"|{unit_number}|{under})")
    gap = r"(?:[^\S\n]++|[^\S\n]*+\n[^\S\n]*+(?=\p{Lu}))"
    head = rf"(?:(?i:{alternation(_HEADS)})|{alternation(_ABBR, tones=False)})"
    degree = rf"{alternation(_T['degrees'], tones=False)}(?![\p{{L}}])"
    headed = rf"{head}(?![\p{{L}}])(?:{gap}{word})*+"
    # "Bí thư Quận ủy kiêm Chủ tịch UBND quận": "kiêm" joins two posts into one title (real2 NOTES 23)
    return rf"(?:{degree}|(?:(?i:nguyên)(?:[^\S\n]++là)?\s++)?{headed}(?:[^\S\n]++kiêm[^\S\n]++{headed})*+)"


_ONE = _title_pattern()
ONE_TITLE = regex.compile(_ONE)
_LIST = rf"{_ONE}(?:[^\S\n]*+(?:,|-|–)[^\S\n]*+{_ONE})*+"
# after a comma or a dash, or the whole of a bracket: "…, Bí thư Huyện ủy", "Quàng Thị Hoa (Bí thư Đảng ủy xã)";
# group "bracket" tells the second (the closing bracket is then required). The list is written once: it is
# most of the pattern, and compiling it twice cost a tenth of a process's start.
TITLES_AFTER = regex.compile(rf"[^\S\n]*+(?:,|[–-]|(?P<bracket>\())[^\S\n]*+(?P<t>{_LIST})(?(bracket)[^\S\n]*+\))")
# "Phó Bí thư Thường trực Tỉnh ủy – Nguyễn Thanh Hải" (a caption): a dash may part the title from the name
TITLE_BEFORE = backward(rf"(?P<t>{_ONE})(?:[^\S\n]++|[^\S\n]++[–-][^\S\n]++)(?:(?i:{HONORIFIC})[^\S\n]++)?$")


_SPLIT = regex.compile(r"\s*+,\s*+|\s++[-–]\s*+|[-–]\s++")  # a comma, or a dash with a space beside it


# names of bodies with a comma or a dash inside: "Sở Văn hóa, Thể thao và Du lịch" is one title
_WHOLE = regex.compile(alternation([n for n in _T["org_names"] if regex.search(r"[,–-]", n)]))


def split_titles(s: str | None) -> list[str]:
    """Titles split at commas and dashes, spaces folded; not inside a body's name.

        >>> split_titles("Ủy viên Ban Thường vụ, Giám đốc Sở Lao động - Thương binh và Xã hội")
        ['Ủy viên Ban Thường vụ', 'Giám đốc Sở Lao động - Thương binh và Xã hội']
    """
    if not s:
        return []
    whole = [m.span() for m in _WHOLE.finditer(s)] if ("," in s or "-" in s or "–" in s) else []
    parts, pos = [], 0
    for m in _SPLIT.finditer(s):
        if not any(a < m.end() and m.start() < b for a, b in whole):
            parts.append(s[pos:m.start()])
            pos = m.end()
    parts.append(s[pos:])
    return [" ".join(p.split()) for p in parts if p.strip()]


def title_after(text: str, end: int, limit: int | None = None) -> tuple[str | None, int]:
    """The titles written after a name ending at ``end``, and where they end; not past ``limit`` (where
    the next name starts): the title written right before that name is its own (``…, Trung tướng B``)."""
    lim = end + 400 if limit is None else min(limit, end + 400)
    i, stop = end, min(lim, len(text))
    while i < stop and text[i] != "\n" and text[i].isspace():
        i += 1
    if i >= stop or text[i] not in ",-–(":  # titles after a name follow a comma, a dash or a bracket
        return None, end
    m = TITLES_AFTER.match(text, end, lim)
    if not m:
        return None, end
    if m["bracket"]:  # in brackets: the titles are this name's, whatever follows
        return m["t"], m.end()
    if limit is not None and m.end() <= limit and not text[m.end():limit].strip():
        cut = _SPLIT_LAST.match(m["t"])  # drop the last title: it is the next name's
        if not cut:
            return None, end
        return cut["head"], m.start("t") + len(cut["head"])
    return m["t"], m.end()


_SPLIT_LAST = regex.compile(r"(?P<head>.*\S)(?:\s*+,\s*+|\s++[-–]\s*+|[-–]\s++)\S.*$", regex.S)


def _letter_before(text: str, start: int) -> bool:
    """A letter ends the word before the name (and before its honorific): only then can a title end there."""
    i = start
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    if i > 1 and text[i - 1] in "–-" and text[i - 2] == " ":  # "Phó Bí thư Tỉnh ủy – Nguyễn Thanh Hải"
        i -= 1
        while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
            i -= 1
    for hon in HONORIFICS:
        if text[max(0, i - len(hon)):i].lower() == hon:
            i -= len(hon)
            while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
                i -= 1
            break
    return i > 0 and i < start and (text[i - 1].isalpha() or text[i - 1] == ".")  # "ThS. Lê Thị Huyền"


def title_before(text: str, start: int) -> str | None:
    """A title written just before the name: ``Bí thư Tỉnh ủy Nguyễn Văn A``."""
    return title_before_at(text, start)[0]


@functools.lru_cache(maxsize=64)  # asked again for the same name by the blocking and the titles
def title_before_at(text: str, start: int) -> tuple[str | None, int]:
    """The title written just before the name and where it starts (``start`` when there is none)."""
    if not _letter_before(text, start):  # "…, Nguyễn Văn A", "(Nguyễn Văn A": no title can end there
        return None, start
    lo = max(0, start - 150)
    ends = _title_ends(text, start)
    if not ends:
        return None, start
    window = text[lo:start]
    starts = [lo + m.start() for m in _TITLE_STARTS.finditer(window.lower())]
    for e in ends:  # the forward reading of TITLE_BEFORE: the first end it prefers, the leftmost start
        for h in starts:
            if h >= e:
                break
            if ONE_TITLE.fullmatch(text, h, e):
                return text[h:e], h
    if starts and _GLUED.search(window):  # "TP.HCM": read forward, a title stops at "TP."; read it backwards
        m = TITLE_BEFORE.search(text, lo, start)
        return (m["t"], m.start("t")) if m else (None, start)
    return None, start


# Where a title before a name may start (a head, an abbreviation, a degree, "nguyên"), found in its window, and
# where it may end (before the spaces, a dash, an honorific); each pair is tried with a forward match, which
# gives what TITLE_BEFORE's backward search gives (the same on the 95,079 name starts of the snapshots, text
# and unwrapped) at a third of its cost: its reverse reading of a body's lowercase run backtracks.
_TITLE_STARTS = re.compile(trie({v for h in _HEADS for v in spellings(h.lower())} | {a.lower() for a in _ABBR}
                                | {d.lower() for d in _T["degrees"]} | {"nguyên"}))
_GLUED = regex.compile(rf"{alternation(_T['dotted'], tones=False)}\p{{Lu}}")
_HON_SPELLINGS = sorted({v for h in HONORIFICS for v in spellings(h.lower())}, key=len)


def title_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where a title may start in text[lo:hi] (a head, an abbreviation, a degree, "nguyên"), left to right."""
    return [lo + m.start() for m in _TITLE_STARTS.finditer(text[lo:hi].lower())]


def glued(text: str, lo: int, hi: int) -> bool:
    """A dotted abbreviation glued to a capital in text[lo:hi] ("TP.HCM"): read forward, a title stops there."""
    return bool(_GLUED.search(text, lo, hi))


def spaces_back(text: str, i: int) -> int:
    """Where the spaces (no line break) that end at ``i`` start."""
    return _spaces_back(text, i)


def _spaces_back(text: str, i: int) -> int:
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i


def _title_ends(text: str, start: int) -> list[int]:
    """Where a title may end before a name at ``start``, in TITLE_BEFORE's order: after an honorific first
    (``… Bí thư đồng chí A``), then right before the name; each with spaces, then with a dash (``… –  A``)."""
    e0 = _spaces_back(text, start)
    if e0 == start:
        return []
    marks = []
    for hon in _HON_SPELLINGS:  # the honorific's start (the shortest that ends there)
        if e0 >= len(hon) and text[e0 - len(hon):e0].lower() == hon:
            marks.append(e0 - len(hon))
            break
    marks.append(start)
    out = []
    for pos in marks:
        e = _spaces_back(text, pos)
        if e == pos:
            continue
        out.append(e)
        if e > 0 and text[e - 1] in "–-":
            e2 = _spaces_back(text, e - 1)
            if e2 < e - 1:
                out.append(e2)
    return out


# a title and the comma after it, before another title: "Ủy viên Bộ Chính trị, " in
# "Ủy viên Bộ Chính trị, Bí thư Thành ủy Đỗ Văn Chiến"
_EARLIER_TITLE = backward(rf"(?P<t>{_ONE})[^\S\n]*+,[^\S\n]*+$")
_SEPARATORS = regex.compile(r"[\s,–-]*+")


def titles_before_at(text: str, start: int, prev_end: int = 0) -> tuple[str | None, int]:
    """Like ``title_before_at``, with the titles parted by commas before it: ``Ủy viên Bộ Chính trị, Bí thư
    Thành ủy Đỗ Văn Chiến`` → ``"Ủy viên Bộ Chính trị, Bí thư Thành ủy"``. Not past the previous name (ending
    at ``prev_end``), and only the last one when the titles run on from that name's (``A, Bí thư Tỉnh ủy,
    Chủ tịch HĐND tỉnh B``: the earlier ones are A's)."""
    title, at = title_before_at(text, start)
    if title is None:
        return title, at
    first = at
    while (h := _earlier_title(text, max(prev_end, first - 150), first)) is not None:
        first = h
    if first == at or (prev_end and _SEPARATORS.fullmatch(text, prev_end, first)):
        return title, at
    return text[first:at] + title, first


def _spellings_of_posts() -> dict[str, str]:
    """Folded phrase → its spelling in the data: the heads, bodies, organs, committees and units."""
    out: dict[str, str] = {}
    for w in [*_HEADS, *_T["org_names"], *_T["org_types"], *ORGANS, *committees(), *units()]:
        out.setdefault(fold(w), w)
    return out


_POST_SPELLING = _spellings_of_posts()
_LONGEST_POST = max(len(k.split()) for k in _POST_SPELLING)


@functools.lru_cache(maxsize=256)
def normal_case(title: str) -> str:
    """A title written in capitals (a signature block) in normal case (SPEC §4), by the spellings of its posts
    and bodies; other words (places) capitalised: ``PHÓ BÍ THƯ THƯỜNG TRỰC`` → ``Phó Bí thư Thường trực``,
    ``BÍ THƯ ĐẢNG ỦY XÃ TÂN AN`` → ``Bí thư Đảng ủy xã Tân An``. Abbreviations stay (``UBND``); a title that is
    not all capitals is returned as written."""
    if not title.isupper() or all(w in _ABBR for w in title.split()):
        return title
    words, out, k = title.split(), [], 0
    while k < len(words):
        for n in range(min(_LONGEST_POST, len(words) - k), 0, -1):
            known = _POST_SPELLING.get(fold(" ".join(words[k:k + n])))
            if known:
                out.append(known)
                k += n
                break
        else:
            w = words[k]
            out.append(w if w in _ABBR or len(w) <= 1 else w[0] + w[1:].lower())
            k += 1
    return " ".join(out)


def _earlier_title(text: str, lo: int, first: int) -> int | None:
    """Where a title and its comma before ``first`` start (``_EARLIER_TITLE.search(text, lo, first)``), read
    forward like ``title_before_at`` (the same on the 120,416 name starts of the snapshots); as its ``$`` does,
    the comma may also stand before a line break that ends the window."""
    for end in ((first, first - 1) if first > lo and text[first - 1] == "\n" else (first,)):
        e = _spaces_back(text, end)
        if e <= lo or text[e - 1] != ",":
            continue
        e = _spaces_back(text, e - 1)
        starts = [lo + m.start() for m in _TITLE_STARTS.finditer(text[lo:e].lower())]
        for h in starts:
            if ONE_TITLE.fullmatch(text, h, e):
                return h
        if starts and _GLUED.search(text, lo, first):
            m = _EARLIER_TITLE.search(text, lo, first)
            return m.start("t") if m else None
    return None


def title_expansion(title: str) -> str | None:
    """The expansion of an abbreviated title from the data file: ``UVBTVTU`` → ``Ủy viên Ban Thường vụ Tỉnh ủy``."""
    words = title.split()
    if not any(w in _ABBR for w in words):
        return None
    return " ".join(_ABBR.get(w, w) for w in words)
