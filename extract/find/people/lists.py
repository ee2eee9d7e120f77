"""What the names of one list share: a title written once for all of them, the cue after the last one.

Example::

    >>> from extract.context import DocContext
    >>> [p["titles"] for p in DocContext("Dự có các đ/c Lò Văn Sơn, Cầm Văn Tú – UVBTV Tỉnh ủy.").found("people")]
    [['UVBTV Tỉnh ủy'], ['UVBTV Tỉnh ủy']]
"""
from __future__ import annotations

import regex

from extract.find.lexicon import backward
from extract.find.people.roles import after_cue
from extract.find.people.titles import HONORIFIC, ONE_TITLE, split_titles, title_expansion

# nothing but a comma or "và" between two names of a list: "A, B và C"
_LIST_GAP = regex.compile(r"\s*+(?:,|và|,\s*+và)\s*+")
# the post they are elected or appointed to after the list: "… được bầu làm Phó Bí thư Huyện ủy"
_SHARED_TITLE = regex.compile(r"[^\S\n]++(?:đã[^\S\n]++)?được[^\S\n]++(?:bầu|bổ nhiệm|điều động|chỉ định|phân công)"
                              r"(?:[^\S\n]++(?:giữ chức(?:[^\S\n]++vụ)?|làm|tham gia))?[^\S\n]++")
# a post between "các đồng chí" and the colon that opens the list: "các đồng chí Phó Bí thư Tỉnh ủy: A, B"
_HEAD_TITLE = backward(rf"(?<![\p{{L}}])(?i:các)[^\S\n]++(?:(?i:{HONORIFIC})[^\S\n]++)?(?P<t>{ONE_TITLE.pattern})"
                       r"[^\S\n]*+:[^\S\n]*+$")
# a list of several: "các đồng chí A, B – UVBTV Tỉnh ủy", "các đ/c: A, B"
_PLURAL = backward(rf"(?<![\p{{L}}])(?i:các)[^\S\n]++(?i:{HONORIFIC})[^\S\n]*+:?[^\S\n]*+$")


def _runs(text: str, people: list[dict]):
    """``(i, j)``: people[i..j] are names of one list, nothing but ``,`` or ``và`` between them."""
    i = 0
    while i < len(people):
        j = i
        while j + 1 < len(people) and _LIST_GAP.fullmatch(text, people[j]["end"], people[j + 1]["start"]):
            j += 1
        yield i, j
        i = j + 1


def _add_titles(p: dict, titles: list[str]) -> None:
    new = [x for x in titles if x not in p["titles"]]
    if new:
        p["titles"] = p["titles"] + new
        p["title_expansions"] = [title_expansion(x) for x in p["titles"]]


def share_list_titles(text: str, people: list[dict]) -> None:
    """A title written once for a list of names belongs to each of them:

    - ``Các đồng chí X, Y và Z được bầu làm Phó Bí thư Huyện ủy``: the post they are elected to (``appointed_to``);
    - ``các đồng chí Phó Bí thư Tỉnh ủy: X, Y``: the post before the colon;
    - ``các đ/c X, Y – UVBTV Tỉnh ủy``: the titles after the last name of a plural list of bare names.
    """
    for i, j in _runs(text, people):
        run = people[i:j + 1]
        m = _SHARED_TITLE.match(text, people[j]["_tend"], people[j]["_tend"] + 80)
        t = ONE_TITLE.match(text, m.end(), m.end() + 200) if m else None
        if t:  # the post each one is elected or appointed to (SPEC §4 appointed_to, no title)
            for p in run:
                p["appointed_to"] = p["appointed_to"] + [x for x in split_titles(t.group()) if x not in p["appointed_to"]]
        lo = max(0, people[i]["start"] - 200, people[i - 1]["end"] if i else 0)
        h = _HEAD_TITLE.search(text, lo, people[i]["start"]) if "các" in text[lo:people[i]["start"]].lower() else None
        if h:
            for p in run:
                own, p["titles"] = p["titles"], []  # the head's post comes first
                _add_titles(p, split_titles(h["t"]) + own)
        elif j > i and people[j]["titles"] and not any(p["titles"] for p in run[:-1]) \
                and _PLURAL.search(text, max(0, people[i]["start"] - 30), people[i]["start"]):
            for p in run[:-1]:
                _add_titles(p, people[j]["titles"])


# between two people whose cue is shared: "A, … và Trung tướng B, …", "A, cùng các Phó Chủ tịch UBND tỉnh: B, C"
_PAIR_GAP = regex.compile(rf"\s*+,?\s*+(?:và|cùng)\s++(?:các\s++)?(?:(?i:{HONORIFIC})\s++)?(?:{ONE_TITLE.pattern}\s*+:\s*+)?$")


def share_pair_roles(text: str, people: list[dict]) -> None:
    """``Đồng chí A, … và đồng chí B, … dự hội nghị``: the cue after B is A's too."""
    for a, b in zip(reversed(people[:-1]), reversed(people[1:])):  # right to left: "A, B và C dự"
        if a["role"] == "mentioned" and b["role"] in ("chair", "speaker", "attendee") \
                and _PAIR_GAP.match(text[a["_tend"]:b["_tstart"]]):  # "A, … và Trung tướng B, … chủ trì"
            a["role"] = b["role"]


# the cue after the last name of a list of chairs: "…; đồng chí B, Phó Bí thư Tỉnh ủy đồng chủ trì"
_CO_CHAIR = regex.compile(r"[^\S\n]*+,?[^\S\n]*+(?:cùng[^\S\n]++)?đồng[^\S\n]++chủ[^\S\n]++trì(?![\p{L}])", regex.I)
# between two items of such a list: "; đồng chí ", ", ", " và "
ITEM_GAP = regex.compile(rf"\s*+[;,]?\s*+(?:và\s++)?(?:(?i:{HONORIFIC})\s++)?")


def share_co_chairs(text: str, people: list[dict]) -> None:
    """``Đồng chí A, Bí thư Tỉnh ủy; đồng chí B, Phó Bí thư Tỉnh ủy đồng chủ trì``: every one of the list chairs."""
    co = False
    for k in range(len(people) - 1, -1, -1):  # right to left, from the cue back through the list
        p = people[k]
        if _CO_CHAIR.match(text, p["_tend"], p["_tend"] + 40):
            co = True
        elif co and p["role"] == "mentioned" and ITEM_GAP.fullmatch(text, p["_tend"], people[k + 1]["_tstart"]):
            p["role"] = "chair"
        else:
            co = False


# what opens a list of several: "Các đồng chí: ", "gồm các đồng chí ", "có: "
_OPENED = backward(rf"(?:(?<![\p{{L}}])(?i:các)[^\S\n]++(?i:{HONORIFIC})[^\S\n]*+:?|:)[^\S\n]*+$")


def share_list_cue(text: str, people: list[dict]) -> None:
    """``Các đồng chí: A, …; B, …; C, … chủ trì hội nghị``: the cue after the last name of a list is every
    name's (dev/real NOTES 26: a list's items share what is said of it)."""
    k = len(people) - 1
    while k > 0:
        role = after_cue(text, people[k]["_tend"]) if people[k]["role"] in ("chair", "speaker", "attendee") else None
        j = k
        while role and j > 0 and ITEM_GAP.fullmatch(text, people[j - 1]["_tend"], people[j]["_tstart"]):
            j -= 1
        if role and j < k and _OPENED.search(text, max(0, people[j]["start"] - 40), people[j]["_tstart"]):
            for p in people[j:k]:
                if p["role"] == "mentioned":
                    p["role"] = role
        k = j - 1 if j < k else k - 1


def share_opening_cue(text: str, people: list[dict]) -> None:
    """``Dự hội nghị có đồng chí A, Bí thư Huyện ủy, đồng chí B, Phó Bí thư …``: the cue before a list's first
    name is each later name's, when nothing but ``,``, ``;``, ``và`` or an honorific parts them (the later ones,
    far from the cue, were read as mentioned). A name whose role came from a cue after it passes on nothing."""
    for prev, p in zip(people, people[1:]):
        if p["role"] == "mentioned" and prev["role"] in ("attendee", "chair", "speaker") \
                and ITEM_GAP.fullmatch(text, prev["_tend"], p["_tstart"]) and after_cue(text, prev["_tend"]) is None:
            p["role"] = prev["role"]
