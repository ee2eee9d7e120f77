"""The names of a list honoured once: ``các đồng chí A, B và C``, ``các chị: …``, ``các Phó Chủ tịch UBND tỉnh: …``.

Example::

    >>> text = "Dự có các đồng chí Lò Văn Sơn, Cầm Văn Tú."
    >>> [text[s:s + 11] for s in list_item_starts(text, [text.index("đồng chí")])]
    ['Lò Văn Sơn,', 'Cầm Văn Tú.']
"""
from __future__ import annotations

import regex

from extract.find.people.shapes import SP, SYLLABLE
from extract.find.people.titles import HONORIFIC, ONE_TITLE, TITLES_AFTER
from extract.find.people.words import ORG_HEADS, ORG_STARTS, ORG_WORDS, SURNAME_KEYS
from extract.normalize import fold

_SP = SP
# a name in a list after "các đồng chí", honoured by it: "các đ/c Rơ Mah Tuân, Siu Blêr – UVBTV Tỉnh ủy",
# "các đồng chí Phó Bí thư Tỉnh ủy: H'Liên Byă, Ksor Thanh Bình"
LIST_ITEM_NAME = rf"(?P<iname>{SYLLABLE}(?:{_SP}{SYLLABLE}){{1,4}})(?![\p{{L}}])"
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?i:các)[^\S\n]++$")
# the honorific of a plural list, a post shared by the list and its colon: "đồng chí Phó Bí thư Tỉnh ủy: "
_LIST_OPEN = regex.compile(rf"(?i:{HONORIFIC})(?:[^\S\n]++{ONE_TITLE.pattern}[^\S\n]*+:|[^\S\n]*+:)?[^\S\n]*+")
# a list of people named without "đồng chí": "các chị: ", "các anh: ", "các ông: ", "các bà: "
# (or a post they share: "các Phó Chủ tịch UBND tỉnh: Trần Hoàng Tuấn, Võ Phiên")
_PEOPLE_LIST = regex.compile(rf"(?<![\p{{L}}])(?i:các)[^\S\n]++(?:(?i:anh|chị|ông|bà)|{ONE_TITLE.pattern})[^\S\n]*+:[^\S\n]*+")
ITEM = regex.compile(LIST_ITEM_NAME, regex.V1)
# a name ends here, no capitalised word (the last one of a list may have its verb: "…, Võ Hiền chủ trì")
_ITEM_END = regex.compile(r"[^\S\n]*+(?:[,;.:–()-]|và[^\S\n]|$)|[^\S\n]++(?=\p{Ll})", regex.M)
# what may follow an item before the next: a note in brackets ("(huyện Tây Giang)"), its titles (", Phó Chủ
# tịch Ủy ban MTTQ tỉnh"); then a comma, a semicolon or "và"
_ITEM_NOTE = regex.compile(r"[^\S\n]*+\([^()\n]{1,80}\)")
_ITEM_NEXT = regex.compile(r"[^\S\n]*+(?:[,;][^\S\n]*+(?:và[^\S\n]++)?|và[^\S\n]++)(?=\p{Lu})")
# a middle name that marks a person's name whatever the family name: "Alăng Thị Nhương", "Bh'riu Văn Hồng"
_MIDDLE = regex.compile(rf"{SYLLABLE}(?:{_SP}{SYLLABLE}){{0,2}}{_SP}(?:Thị|Văn){_SP}{SYLLABLE}")
MAX_ITEMS = 12


def _bare_item_ok(text: str, item) -> bool:
    """An item of a list without ``đồng chí`` is a person's name with a known family name or a middle name
    ``Thị``/``Văn``, and no body's or place's name (``Nhà Văn Hóa``, ``Hội Nông dân``)."""
    name, first = item[0], fold(item[0].split()[0])
    if first in ORG_WORDS or name.startswith(ORG_STARTS) or ORG_HEADS.match(text, item.start(), item.end()):
        return False
    return first in SURNAME_KEYS or bool(_MIDDLE.fullmatch(name))


def _list_items(text: str, pos: int, bare: bool):
    """The starts of the names of a list from ``pos``: ``A, B và C``, ``A, Giám đốc Sở X; B, Phó Chủ tịch …``,
    ``A (huyện X), B (huyện Y)``. A ``bare`` list (no ``đồng chí``) names only people with a known family name
    or a middle name ``Thị``/``Văn``."""
    for _ in range(MAX_ITEMS):
        item = ITEM.match(text, pos, pos + 80)
        if not item or not _ITEM_END.match(text, item.end()):
            break
        if bare and not _bare_item_ok(text, item):
            break
        yield item.start()
        after = item.end()
        note = _ITEM_NOTE.match(text, after, after + 90)
        if note:
            after = note.end()
        else:
            titles = TITLES_AFTER.match(text, after, after + 300)
            if titles and not titles["bracket"]:
                after = titles.end()
        nxt = _ITEM_NEXT.match(text, after, after + 10)
        if not nxt:
            break
        pos = nxt.end()


def list_item_starts(text: str, hon_starts: list[int]):
    """Where the bare names of a list after ``các đồng chí`` (or ``các chị:`` …) start: ``các đ/c Rơ Mah Tuân,
    Siu Blêr – UVBTV`` → the starts of both names (the first also has its honorific; the others are honoured by
    the list)."""
    for s in hon_starts:
        if not _PLURAL_BEFORE.search(text, max(0, s - 8), s):
            continue
        yield from _list_items(text, _LIST_OPEN.match(text, s, s + 300).end(), False)
    if "các" in text or "Các" in text:
        for m in _PEOPLE_LIST.finditer(text):
            yield from _list_items(text, m.end(), True)
