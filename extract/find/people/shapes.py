"""Names found by their shape and what stands beside them, whatever the family name (issue 20): after a post's
title (``Bí thư Tỉnh ủy Chẩu Văn Lâm``), after ``ông``/``bà``/``cụ`` (``Bà Ksor H'Nhiên``), in a photo credit
(``Ảnh: Phương Hoa/TTXVN``).

A title runs through capitalised words, so the name after it is the title's last run of capitalised syllables:
a place the post names may stand first (``Bí thư Thành ủy Hà Nội Vương Đình Huệ``). The run is a name when a
family name of the list starts its last two to four syllables, or when it has three or four syllables (a place
has two, or ends in a direction: ``xã Tân Phú Đông``), or when it is a Central Highlands name (``Y``, ``H'…``).

Example::

    >>> t = "Đồng chí Bí thư Tỉnh ủy Chẩu Văn Lâm quán triệt nghị quyết."
    >>> [(t[a:b], t[r:a]) for a, b, r in titled_names(t, [t.index("Bí")])]
    [('Chẩu Văn Lâm', '')]
"""
from __future__ import annotations

import re

import regex

from extract.find.lexicon import DATA, alternation, backward, load_yaml, spellings, trie
from extract.find.people.titles import ONE_TITLE, load_heads
from extract.normalize import fold

SYLLABLE = r"\p{Lu}(?:['’][^\S\n]?+\p{Lu})?+\p{Ll}*+(?:['’]\p{Ll}++)?+"  # "Niê", "H'Mút", "K’Mák", "K' Mák", "Bh'riu"
UPSYL = r"\p{Lu}++"
# the space between two syllables of one name: three spaces or a tab part two blocks side by side
# ("Trần Quang Minh          Phạm Thị Lan Anh" under two signatures)
SP = r"[^\S\n\t]{1,2}+"

_NOT = load_yaml("not_people.yaml")
_SURNAMES = {fold(l.strip()) for l in (DATA / "surnames.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")}
_PLACES = {fold(p) for p in _NOT["places"] + _NOT["provinces"] + _NOT["unit_places"]}
_COURTESY_PLACES = tuple(fold(p) for p in _NOT["courtesy_places"])
# capitalised words of bodies, which end a name's run read back from a title's end ("… Đảng ủy Khối …")
_BODY_WORDS = {fold(w) for w in _NOT["run_stops"]}
_DIRECTIONS = {fold(w) for w in _NOT["place_ends"]}
_MIDDLES = {fold(w) for w in ("Văn", "Thị")}
_OPENERS = {fold(w) for w in load_yaml("titles.yaml")["sentence_openers"]}  # "Tại Quảng Ninh, …": no name
_HIGHLAND = regex.compile(r"Y|H['’]\p{Lu}\p{Ll}*+")
_SYL = regex.compile(SYLLABLE)
_WORD = regex.compile(r"\S++")

COURTESY = load_yaml("titles.yaml")["courtesy"]
# "ông Lò Văn Thắm", "Bà Ksor H'Nhiên": a name of two to five syllables, no honorific (dev/real NOTES 26)
COURTESY_NAME = (rf"(?P<cword>(?i:{alternation(COURTESY)}))[^\S\n]++"
                 rf"(?P<oname>{SYLLABLE}(?:{SP}{SYLLABLE}){{1,4}})(?![\p{{L}}])")
# a photo credit: "Ảnh: Phương Hoa/TTXVN", "Ảnh: TRẦN KHÁNH", "Ảnh: VGP/Nhật Bắc"; an agency or initials alone
# ("Ảnh: TTXVN", "Ảnh: N.H") name no one
CREDIT_NAME = (rf"(?i:ảnh)[^\S\n]*+:[^\S\n]*+(?:\p{{Lu}}{{2,10}}[^\S\n]*+/[^\S\n]*+)?"
               rf"(?P<pname>{SYLLABLE}(?:{SP}{SYLLABLE}){{1,3}}|{UPSYL}(?:{SP}{UPSYL}){{1,3}})"
               rf"(?=[^\S\n]*+(?:[/)\n,;–-]|\.?[^\S\n]*+(?:\n|\Z)|\Z))")
TITLED_NAME = rf"(?P<tname>{SYLLABLE}(?:{SP}{SYLLABLE}){{1,6}})"
MAX_SYLLABLES = 7


def courtesy_place(text: str, start: int, end: int) -> bool:
    """``Bà Rịa``: a place, not ``bà`` and a name."""
    return fold(text[start:end]).startswith(_COURTESY_PLACES)


def _run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the last capitalised syllables of the title text[start:end], read back to a word that
    is no name's: ``Bí thư Tỉnh ủy Chẩu Văn Lâm`` → the spans of ``Chẩu``, ``Văn``, ``Lâm``."""
    words = [m.span() for m in _WORD.finditer(text, start, end)]
    run: list[tuple[int, int]] = []
    for a, b in reversed(words[1:]):  # the head's first word is no name's
        w = text[a:b]
        if not _SYL.fullmatch(w) or fold(w) in _BODY_WORDS or (len(w) > 1 and w.isupper()):
            break
        run.insert(0, (a, b))
    return run


def _after_place(text: str, run: list[tuple[int, int]]) -> int:
    """How many syllables at the run's start name a known place (``Hà Nội`` in ``Hà Nội Vương Đình Huệ``)."""
    for n in (3, 2):
        if len(run) - n >= 2 and fold(text[run[0][0]:run[n - 1][1]]) in _PLACES:
            return n
    return 0


def name_in_run(text: str, run: list[tuple[int, int]]) -> int | None:
    """The index of the run's syllable where a name starts, or None."""
    skip = _after_place(text, run)
    rest = run[skip:]
    n = len(rest)
    if n < 2 or fold(text[rest[0][0]:rest[-1][1]]) in _PLACES:
        return None
    if n in (3, 4) and fold(text[rest[1][0]:rest[1][1]]) in _MIDDLES:  # "Nùng Thị Kim Liên", not "Kim Liên"
        return None if not skip and fold(text[rest[0][0]:rest[0][1]]) in _SURNAMES else skip  # (that: the surname form's)
    if any(_HIGHLAND.fullmatch(text[a:b]) for a, b in rest) and n <= MAX_SYLLABLES:
        return skip
    for k, (a, b) in enumerate(rest):  # a family name of the list, two to four syllables from the end
        if 2 <= n - k <= 4 and fold(text[a:b]) in _SURNAMES:
            return skip + k if skip + k else None  # a run from a family name is the surname form's to read
    words = [text[a:b] for a, b in rest]
    if n == 3 and fold(words[-1]) not in _DIRECTIONS or n == 4 and _MIDDLES & {fold(words[1]), fold(words[2])}:
        return skip
    return None


_DASHED = regex.compile(rf"[^\S\n]++[–-][^\S\n]++(?P<n>{SYLLABLE}(?:{SP}{SYLLABLE}){{2,3}})(?![\p{{L}}])")


def person_shaped(words: list[str]) -> bool:
    """Syllables that read as one person's whole name, with nothing before it to part off: three (not ending
    in a direction, as ``Tân Phú Đông``), or four with ``Văn``/``Thị`` inside; no known place, no word that
    opens a sentence (``Tại Quảng Ninh``)."""
    keys = [fold(w) for w in words]
    if " ".join(keys) in _PLACES or keys[0] in _OPENERS or keys[0] in _BODY_WORDS:
        return False
    return len(keys) == 3 and keys[-1] not in _DIRECTIONS or len(keys) == 4 and bool(_MIDDLES & set(keys[1:3]))


def titled_names(text: str, heads: list[int]):
    """``(start, end, run_start)`` of each name written right after a title that starts at one of ``heads``;
    text[run_start:start] is the place the title names before it."""
    pos = 0
    for s in heads:
        if s < pos:
            continue
        m = ONE_TITLE.match(text, s, s + 300)
        if not m:
            continue
        pos = m.end()
        run = _run(text, s, m.end())
        k = name_in_run(text, run) if len(run) >= 2 else None
        if k is not None:
            yield run[k][0], run[-1][1], run[0][0]
        elif d := _DASHED.match(text, m.end(), m.end() + 60):  # "Bí thư Huyện ủy – Đèo Văn Hậu" (a caption)
            run = [w.span() for w in _WORD.finditer(text, d.start("n"), d.end("n"))]
            if person_shaped([text[a:b] for a, b in run]):
                yield run[0][0], run[-1][1], run[0][0]


# a name of three or four syllables before a comma and a title, opening its clause: "Sầm Văn Khiêm, Chủ tịch
# UBND huyện, cho biết …", "Cùng dự có Mạc Văn Khải, Phó Chỉ huy trưởng …"
_APPOSED = backward(rf"(?:^|(?<=[.;:(–-][^\S\n]*+)|(?<=(?<![\p{{L}}])(?:có|và|cùng|gồm|là)[^\S\n]++))"
                    rf"(?P<n>{SYLLABLE}(?:{SP}{SYLLABLE}){{2,3}})[^\S\n]*+,[^\S\n]*+$", regex.M)


def apposed_names(text: str, heads: list[int]):
    """``(start, end)`` of each name of the shape of a person's written before a comma and a title that starts at
    one of ``heads`` (three syllables, or four with ``Văn``/``Thị`` inside; no known place)."""
    for h in heads:
        i = h
        while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
            i -= 1
        if i == 0 or text[i - 1] != ",":  # the name and its comma stand right before the title
            continue
        m = _APPOSED.search(text, max(0, h - 60), h)
        if not m:
            continue
        run = [w.span() for w in _WORD.finditer(text, m.start("n"), m.end("n"))]
        if person_shaped([text[a:b] for a, b in run]):
            yield m.start("n"), m.end("n")


_R = load_yaml("roles.yaml")
DOCTRINE_NAMES = {fold(k): v for k, v in _R["doctrine_names"].items()}
# "chủ nghĩa Mác - Lênin", "chủ nghĩa Mác-Lênin": the thinkers a doctrine is named after, one or two
_THINKER = alternation(_R["doctrine_names"], tones=False)
DOCTRINE_NAME = (rf"(?i:{alternation(_R['doctrine_words'])})[^\S\n]++(?P<dname>{_THINKER})"
                 rf"(?:[^\S\n]*+[-–][^\S\n]*+(?P<dname2>{_THINKER}))?(?![\p{{L}}])")


# ---- where the forms may start: one scan of the lowercased text for every kind of anchor ----------------------
_KINDS = (  # (kind, words); a word of two kinds is the first one's
    ("hon", load_yaml("titles.yaml")["honorifics"]),
    ("doctrine", _R["doctrine_words"]),
    ("courtesy", COURTESY),
    ("credit", ["ảnh"]),
    ("head", load_heads()),
)
KIND_OF: dict[str, str] = {}
for _kind, _words in _KINDS:
    for _w in _words:
        for _v in spellings(_w.lower()):
            KIND_OF.setdefault(_v, _kind)


_ANCHOR_SCAN = re.compile(trie(KIND_OF))


def _word_char(low: str, i: int) -> bool:
    return 0 <= i < len(low) and (low[i].isalnum() or low[i] == "_")


def _scan(ctx) -> dict[str, list[int]]:
    text, low = ctx.text, ctx.lower
    if low is None:  # lowercasing changed the length ("İ"): read the text case by case
        low = text.lower() if len(text.lower()) == len(text) else text
    out: dict[str, list[int]] = {kind: [] for kind, _ in _KINDS}
    for m in _ANCHOR_SCAN.finditer(low):
        s, e = m.span()
        if not _word_char(low, s - 1) and not _word_char(low, e):
            out[KIND_OF[m.group()]].append(s)
    return out


def people_anchors(ctx) -> dict[str, list[int]]:
    """``kind → starts`` of the people finder's anchors in the document (one scan, kept on the context):
    ``hon`` (đồng chí, đ/c), ``courtesy`` (ông, bà, cụ), ``credit`` (ảnh), ``doctrine`` (chủ nghĩa), ``head`` (a
    title's head)."""
    return ctx.positions(_ANCHOR_SCAN, lambda: _scan(ctx))
