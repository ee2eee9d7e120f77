"""Names of people: the forms a name is written in, where each may start, and what looks like a name but is
none (a place, a body, a post, a distribution list's office).

Example::

    >>> from extract.context import DocContext
    >>> [(start, end, name) for start, end, name, hon, _ in candidates(DocContext("Đồng chí Lê Minh Tâm và Trường THCS Lê Lợi."))]
    [(9, 20, 'Lê Minh Tâm')]
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import regex

from extract.find.document import BYLINE_LABELS, BYLINE_PAIRS, SOURCE_LABEL
from extract.find.lexicon import (MAX_MATCH, alternation, backward, load_yaml, match_near, spellings, starts_line,
                                   trie)
from extract.find.people.items import ITEM, list_item_starts
from extract.find.people.lines import line_forms
from extract.find.people.roles import is_byline
from extract.find.people.shapes import (COURTESY_NAME, CREDIT_NAME, DOCTRINE_NAME, DOCTRINE_NAMES, SP, SYLLABLE,
                                        TITLED_NAME, UPSYL, apposed_names, courtesy_place, people_anchors,
                                        titled_names)
from extract.find.people.signature import is_position, signature_titles
from extract.find.people.titles import HONORIFIC, title_before
from extract.find.people.words import NOT_PEOPLE, ORG_HEADS, ORG_STARTS, ORG_WORDS, SURNAME_KEYS, SURNAMES
from extract.find.places import units
from extract.normalize import fold, name_case, normalize_text

if TYPE_CHECKING:
    from extract.context import DocContext

_TITLES = load_yaml("titles.yaml")
_UPSYL, _SP = UPSYL, SP
_HON = rf"(?P<hon>(?i:{HONORIFIC}))"
# "đồng chí Trịnh Tiến Duy", "Đồng chí Nguyễn Hoàng Tùng", "đ/c Lò Văn Pấu", "đồng chí Y Thanh Hà Niê Kđăm"
# (names of the Central Highlands peoples run to five syllables)
HONORIFIC_NAME = rf"(?:{_HON}\s++(?P<hname>{SYLLABLE}(?:(?:{_SP}|[^\S\n]*+\n[^\S\n]*+){SYLLABLE}){{1,4}}))(?![\p{{L}}])"
# "Mai Văn Chính", "Hồ Chí Minh", "Nguyễn Thị Ngọc Bích" (surname + 1–3 capitalised syllables)
SURNAME_NAME = rf"(?P<sname>(?<![\p{{L}}])(?:{alternation(SURNAMES)})(?:{_SP}{SYLLABLE}){{1,3}})(?![\p{{L}}])"
# a name in capitals on its own line under a signature: "NGUYỄN VĂN AN"
UPPER_NAME = rf"(?m:^[^\S\n]*+(?P<uname>(?i:{alternation(SURNAMES)})(?:{_SP}{_UPSYL}){{1,3}})[^\S\n]*+$)"
# any 2–4 capitalised syllables alone on a line: a name only under a signature or as a byline ("Khánh An")
# (a byline may name two, in capitals too: "Minh Hằng - Quang Huy", "NGỌC HIẾU - HOÀNG THIỆN")
_LINE_ONE = rf"(?:{SYLLABLE}(?:{_SP}{SYLLABLE}){{1,3}}|{_UPSYL}(?:{_SP}{_UPSYL}){{1,3}})"
LINE_NAME = (rf"(?m:^[^\S\n]*+(?P<lprefix>{alternation(BYLINE_LABELS)}[^:\n]{{0,12}}:[^\S\n]*+"
             rf"|{alternation(BYLINE_PAIRS + [SOURCE_LABEL])}[^\S\n]++)?(?P<lname>{_LINE_ONE})"
             rf"(?:[^\S\n]*+[-–,][^\S\n]*+(?P<lname2>{_LINE_ONE}))?"
             rf"[^\S\n]*+(?:\([^()\n]{{1,60}}\)[^\S\n]*+|\|[^\S\n]*+)?$)")  # "Hoàng Lâm (Trung tâm …)", "NGUYÊN ĐOAN |"
# a name filling its block of two signatures side by side, in capitals or not (accepted only under a signature):
# "Trần Quang Minh" and "PHẠM THỊ LAN ANH" in "Trần Quang Minh          PHẠM THỊ LAN ANH"
_COL_END = r"(?=[^\S\n]*+(?:\n|\Z)|\t|[^\S\n]{3})"
COLUMN_NAME = rf"(?P<cname>{SYLLABLE}(?:{_SP}{SYLLABLE}){{1,4}}|{_UPSYL}(?:{_SP}{_UPSYL}){{1,4}}){_COL_END}"
# Each form of name is tried only where it can start (measured 2.4× faster than one combined
# pattern tried at every capital letter): the honorific, a line start, a word that is a surname.
# Where several may start at one place, the order is the one below.
_FORMS = (("hname", "hon", regex.compile(HONORIFIC_NAME, regex.V1)),
          ("oname", "courtesy", regex.compile(COURTESY_NAME, regex.V1)),
          ("pname", "credit", regex.compile(CREDIT_NAME, regex.V1)),
          ("tname", "titled", regex.compile(TITLED_NAME, regex.V1)),
          ("dname", "doctrine", regex.compile(DOCTRINE_NAME, regex.V1)),
          ("uname", "line", regex.compile(UPPER_NAME, regex.V1)),
          ("sname", "surname", regex.compile(SURNAME_NAME, regex.V1)),
          ("lname", "line", regex.compile(LINE_NAME, regex.V1)),
          ("cname", "column", regex.compile(COLUMN_NAME, regex.V1)))
_LINE_FORM = next(rx for group, _, rx in _FORMS if group == "lname")
# the first character of a line that is no space (the line forms start with a capital): of the first line, and of
# each line after a line break (a pattern that opens with "\n" is searched for it, measured 1.8× faster than "^" in
# multi-line mode, which is tried at every character)
_FIRST_LINE_FIRST = re.compile(r"[^\S\n]*(\S)")
_LINE_FIRST = re.compile(r"\n[^\S\n]*(\S)")
# surnames in both tone placements, found by Python's re (measured 2.3× faster than testing every
# capitalised word against a set) as a trie (the same spans as the words longest first, measured 2.6× faster)
_SURNAME_AT = re.compile(trie({v for s in SURNAMES for v in spellings(s)}))
_ORG_BEFORE = backward(rf"(?:{alternation(NOT_PEOPLE['org_before'])})\s*+$")
_PLACES = {fold(p) for p in NOT_PEOPLE["places"]}
_UNIT_BEFORE = backward(rf"(?<![\p{{L}}]){alternation(units())}[^\S\n]++$")
_UNIT_PLACES = {fold(p) for p in NOT_PEOPLE["unit_places"]}
_NOT_BYLINES = {fold(w) for w in NOT_PEOPLE["not_bylines"]}
_NEVER = regex.compile(rf"\s*+(?:{alternation(NOT_PEOPLE['never_names'])})(?!\p{{L}})")
_TITLE_START = regex.compile(rf"(?:{alternation(_TITLES['heads'])})(?![\p{{L}}])")
# the distribution list, up to a blank line or the signature block that may follow it at once
_DISTRIBUTION = regex.compile(r"(?m)^[^\S\n]*+(?:Nơi nhận|NƠI NHẬN)\s*+:?.*?"
                              r"(?=\n[^\S\n]*+\n|\n[^\S\n]*+(?:T/M|K/T|TM\.|KT\.|T/L|TL\.|Q\.|TUQ\.)|\Z)", regex.S)
_DISTRIBUTION_LABEL = re.compile("Nơi nhận|NƠI NHẬN")


def _distribution_lists(text: str) -> list[tuple[int, int]]:
    """The spans of ``_DISTRIBUTION.finditer(text)``, the pattern tried only at the lines that start with its label
    (a search of the label's words, measured 3× faster than ``^`` tried at every character)."""
    out, pos = [], 0
    for label in _DISTRIBUTION_LABEL.finditer(text):
        at = label.start()
        while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
            at -= 1
        if at >= pos and (at == 0 or text[at - 1] == "\n") and (m := _DISTRIBUTION.match(text, at)):
            out.append(m.span())
            pos = m.end()
    return out


_SIGNED = regex.compile(r"(?i:đã ký|\(đã ký\)|ký)\s*+:?\s*+$")


_WORD = regex.compile(r"\S+")


_WORKS = regex.compile(r"[^\S\n]++(?:Toàn|Tuyển)[^\S\n]++tập(?![\p{L}])")


def _trim_title_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut where a title starts inside the capitalised run: ``Lê Văn An Phó Bí thư`` → ``Lê Văn An``; and
    before the name of a collection: ``Hồ Chí Minh Toàn tập`` → ``Hồ Chí Minh``."""
    last = text.rfind(" ", start, end)
    if last > start and _WORKS.match(text, last, end + 6):
        end = last
    words = list(_WORD.finditer(text[start:end]))
    for k in range(2, len(words)):
        if _TITLE_START.match(text, start + words[k].start(), start + words[k].start() + 60):
            return start, start + words[k - 1].end()
    return start, end


def _cut_line_break(text: str, start: int, end: int) -> tuple[int, int]:
    """A name may run over a line break only while it is incomplete: ``Nguyễn Văn\nHải`` stays whole,
    ``Lê Minh Tâm\nBan Tổ chức`` stops at the break."""
    nl = text.find("\n", start, end)
    if nl < 0 or len(text[start:nl].split()) < 3:
        return start, end
    return start, len(text[:nl].rstrip()) if text[:nl].rstrip() else nl


_HEAD_ONLY = {fold(h) for h in _TITLES["heads"]}


def _bare_post_before(text: str, start: int) -> bool:
    """A post without its body right before the name: ``Tổng Bí thư Lê Duẩn`` (``Bí thư Huyện ủy Cao Lộc``
    names a place; ``Phó Chủ nhiệm Đoàn Luật sư`` a body)."""
    if text.startswith("Đoàn", start):
        return False
    t = title_before(text, start)
    return bool(t) and fold(" ".join(t.split())) in _HEAD_ONLY


@functools.lru_cache(maxsize=4096)  # the names of a document, and of the documents, repeat
def _name_of(written: str) -> str:
    """The name written as ``written``, normalised and in name case: ``NGUYỄN VĂN AN`` → ``Nguyễn Văn An``."""
    return name_case(normalize_text(written))


@functools.lru_cache(maxsize=4096)
def _name_keys(name: str) -> tuple[str, str, int, int]:
    """The folded first word and whole name, the number of words and the length of the first word."""
    words = name.split()
    return fold(words[0]), fold(name), len(words), len(words[0])


def _blocked(text: str, start: int, end: int, name: str, honorific: bool) -> bool:
    if _TITLE_START.match(text, start, start + 60):  # "đồng chí Trưởng Ban Tổ chức Tỉnh ủy": a post, no name
        return True
    first, key, words, first_len = _name_keys(name)
    if first not in SURNAME_KEYS and ORG_HEADS.match(text, start, start + 20):
        return True  # "đồng chí Ban Tổ chức …", "Theo Báo Nhân Dân"
    if key in _PLACES and not honorific:
        return True
    if not honorific and _ORG_BEFORE.search(text, max(0, start - 40), start):
        # "Chủ tịch UBND tỉnh Trần Văn Hòa": after a post that ends in its unit, three syllables from a surname
        # are a name ("UBND thành phố Hồ Chí Minh" stays a place)
        if not (words >= 3 and key not in _UNIT_PLACES and key not in _PLACES
                and _UNIT_BEFORE.search(text, max(0, start - 20), start) and title_before(text, start)):
            return True
    if _NEVER.match(text, start + first_len, start + 40):
        return True
    return (not honorific and words < 3 and not _SIGNED.search(text, max(0, start - 12), start)
            and not _bare_post_before(text, start))


# a gap between two blocks side by side, before a capital: "BÍ THƯ          PHÓ BÍ THƯ"
_COLUMN_AT = re.compile(r"\S(?:\t|[^\S\n]{3,})[^\S\n]*(?=\S)")


def _column_starts(text: str, at: dict[int, set[str]]) -> None:
    """The blocks of the lines that hold two or more side by side start a name in a column."""
    first, seen = 0, 0  # the first block of the line of the last gap, and how far the text was read for it
    for m in _COLUMN_AT.finditer(text):
        nl = text.rfind("\n", seen, m.start())
        if nl >= 0 or seen == 0:  # a new line: its first block starts at its first character that is no space
            first = nl + 1
            while first < m.start() and text[first].isspace():
                first += 1
        seen = m.start()
        for s in (first, m.end()):
            if text[s].isupper():
                at.setdefault(s, set()).add("column")


def _titled_starts(ctx: DocContext, at: dict[int, set[str]]) -> dict[int, int]:
    """The names right after a title (:func:`shapes.titled_names`), as starts of the form ``titled``; the
    place the title names before one starts no name (``Hà Nội`` in ``… Thành ủy Hà Nội Vương Đình Huệ``).
    Returns where each such name ends."""
    ends = {}
    heads = people_anchors(ctx)["head"]
    for start, end in apposed_names(ctx.text, heads):  # "Sầm Văn Khiêm, Chủ tịch …"
        if not any(a < end and start < b for a, b in ends.items()):
            at.setdefault(start, set()).add("titled")
            ends[start] = end
    for start, end, run_start in titled_names(ctx.text, heads):
        for s in [s for s in at if run_start <= s < end]:
            del at[s]
        at[start] = {"titled"}
        ends[start] = end
    return ends


def _starts(ctx: DocContext) -> tuple[dict[int, set[str]], dict[int, int]]:
    """Where a name may start, and which forms may start there; where the names read after a title end."""
    text = ctx.text
    at: dict[int, set[str]] = {}
    if "   " in text or "\t" in text:  # the scan costs more than this test
        _column_starts(text, at)
    anchors = people_anchors(ctx)
    for s in anchors["hon"]:
        at.setdefault(s, set()).add("hon")
    first = _FIRST_LINE_FIRST.match(text)
    if first and first[1].isupper():
        at.setdefault(0, set()).add("line")
    for m in _LINE_FIRST.finditer(text):
        if m[1].isupper():
            at.setdefault(m.start() + 1, set()).add("line")
    n = len(text)
    for m in _SURNAME_AT.finditer(text):  # a whole capitalised word that is a surname
        s, e = m.span()
        if (s == 0 or not text[s - 1].isalpha()) and (e == n or not text[e].islower()):
            at.setdefault(s, set()).add("surname")
    for kind in ("courtesy", "credit", "doctrine"):
        for s in anchors[kind]:
            at.setdefault(s, set()).add(kind)
    return at, _titled_starts(ctx, at)


def _column_name_ok(text: str, start: int, end: int) -> bool:
    """A name in a block of its own is one under a signature that names a position (``BÍ THƯ``), no post or
    body itself; in capitals, from a surname."""
    name = text[start:end]
    first = fold(name.split()[0])
    if (is_position(name) or first in ORG_WORDS or name.startswith(ORG_STARTS) or fold(name) in _NOT_BYLINES
            or (name.isupper() and first not in SURNAME_KEYS)):
        return False
    return bool(signature_titles(text, start, end))


def name_matches(ctx: DocContext):
    """``(form, match)`` of every name, left to right, no overlaps (``form`` is its group name).

    The same as one alternation of the four forms run over the text, but each form is tried only
    where it can start.
    """
    text = ctx.text
    (at, titled), pos = _starts(ctx), 0
    for start in sorted(at):
        if start < pos:
            continue
        kinds = at[start]
        lines = line_forms(text, start) if "line" in kinds else ()
        if "surname" in kinds and "lname" in lines:
            # a line of two names, "Kim Tiến – Tấn Hữu": both, not the first
            m = _LINE_FORM.match(text, start, start + MAX_MATCH)
            if m and m["lname2"]:
                pos = m.end()
                yield "lname", m
                continue
        for group, kind, rx in _FORMS:
            if kind in kinds and (kind != "line" or group in lines):
                m = rx.match(text, start, titled[start] if kind == "titled" else start + MAX_MATCH)
                if group == "cname" and m and not _column_name_ok(text, m.start(), m.end()):
                    continue
                if m and m.end() > m.start():
                    pos = m.end()
                    yield group, m
                    break


_PAREN_REST = regex.compile(r"[^\S\n]*+(?:\([^()\n]{1,60}\)[^\S\n]*+)?(?:\n|\Z)")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Nothing else on the name's line but a note in brackets: ``Hoàng Lâm (Trung tâm Văn hóa huyện)``."""
    return starts_line(text, start) and bool(match_near(_PAREN_REST, text, end, 100))


def _line_name_ok(text: str, start: int, end: int, line_at: int, trailer: int) -> bool:
    """A name alone on its line is one under a signature or as a byline; in capitals, only as a byline
    (``BÁO CÁO``, ``KẾ HOẠCH`` above a signature are headings)."""
    if text[start:end].isupper():
        return fold(text[start:end]) not in _NOT_BYLINES and is_byline(text, line_at, trailer)
    return signature_titles(text, start, end) is not None or is_byline(text, line_at, trailer)


def _with_list_items(text: str, found: list, items: list[int]) -> list:
    """The names found, and those items of a ``các đồng chí`` list that no name found overlaps, by start."""
    spans = [(m.start(), m.end()) for _, m in found]
    for s in items:
        m = ITEM.match(text, s, s + 80)
        if m and not any(a < m.end() and s < b for a, b in spans):
            found.append(("iname", m))
    return sorted(found, key=lambda gm: gm[1].start(gm[0]))


def _name_spans(ctx: DocContext, items: list[int]):
    """``(group, match)`` of each name, the second name of a two-name byline as ``lname2``, the bare names of a
    ``các đồng chí`` list (starting at ``items``) as ``iname``."""
    found = list(name_matches(ctx))
    if items:
        found = _with_list_items(ctx.text, found, items)
    for group, m in found:
        yield group, m
        if group == "lname" and m["lname2"]:
            yield "lname2", m
        if group == "dname" and m["dname2"]:
            yield "dname2", m


# a name of the Central Highlands peoples, marked by the given-name word "Y" or "H'…", runs to seven syllables:
# "Đinh Y Ly Na Ni Ê Kdăm", "Y Thanh Hà Niê Kđăm"
_HIGHLAND = regex.compile(r"(?<![\p{L}])(?:Y|H['’]\p{Lu}\p{Ll}*+)(?![\p{L}])")
_MORE = regex.compile(rf"{_SP}{SYLLABLE}(?![\p{{L}}])", regex.V1)
MAX_SYLLABLES = 7


def _highland_end(text: str, start: int, end: int) -> int:
    """Where a long name of the Central Highlands ends, past the syllables the name forms allow."""
    n = text.count(" ", start, end) + 1
    if n < 4 or not _HIGHLAND.search(text, start, end):
        return end
    while n < MAX_SYLLABLES and (m := _MORE.match(text, end, end + 20)):
        end, n = m.end(), n + 1
    return end


MAX_SYLLABLE = 7  # letters of the longest Vietnamese syllable ("nghiêng"): "Haiphong Online" is a site


def _credit_ok(name: str) -> bool:
    """A photo credit's name is a person's: Vietnamese syllables, no site or stock phrase (``Tư Liệu``)."""
    return fold(name) not in _NOT_BYLINES and all(len(w) <= MAX_SYLLABLE for w in name.split())


def candidates(ctx: DocContext):
    """``(start, end, name, honorific, form)`` of every name of the document that is a person's, in text order
    (``form``: the group of the form that found it, ``pname`` for a photo credit)."""
    text, trailer = ctx.text, ctx.trailer_start
    skip = _distribution_lists(text)
    items = list(list_item_starts(text, people_anchors(ctx)["hon"]))
    for group, m in _name_spans(ctx, items):
        start, end = m.start(group), m.end(group)
        if group in ("lname", "lname2") and (not _line_name_ok(text, start, end, m.start("lname"), trailer)
                                             or fold(text[start:end].split()[0]) in ORG_WORDS
                                             or text.startswith(ORG_STARTS, start)
                                             or fold(text[start:end]) in _PLACES
                                             or is_position(text[start:end])):
            continue
        if group != "hname" and any(a <= start < b for a, b in skip) and not signature_titles(text, start, end):
            continue  # a distribution list names offices ("Lưu VT"); a name after "Đồng chí" is still a person,
            # and so is the signer whose block stands beside the list
        if group == "oname" and courtesy_place(text, m.start("cword"), end):
            continue  # "Bà Rịa"
        if group in ("hname", "iname", "sname", "oname"):
            end = _highland_end(text, start, end)
        if group not in ("uname", "cname", "tname", "pname", "dname", "dname2"):
            start, end = _trim_title_words(text, start, end)
            start, end = _cut_line_break(text, start, end)
        name = (DOCTRINE_NAMES[fold(text[start:end])] if group in ("dname", "dname2")
                else _name_of(text[start:end]))
        if group in ("dname", "dname2"):
            yield start, end, name, None, group
            continue
        byline = group in ("sname", "uname") and is_byline(text, start, trailer) and _alone_on_line(text, start, end)  # "Lê Hà"
        honoured = (group in ("hname", "iname", "lname", "lname2", "cname", "oname", "tname", "pname") or byline
                    or start in items)
        if _blocked(text, start, end, name, honoured) or (group == "pname" and not _credit_ok(name)):
            continue
        hon = m["hon"].lower().replace("Đ/c", "đ/c") if group == "hname" and m["hon"] else None
        yield start, end, name, hon, group
