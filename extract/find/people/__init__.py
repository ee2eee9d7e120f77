"""People (SPEC §4): officials with their titles and roles, signers, bylines, historical figures.

Names are found by a surname from ``data/surnames.txt`` followed by capitalised
syllables, or by any 2–4 capitalised syllables after ``đồng chí``/``đ/c`` (:mod:`.names`). Titles
are the position phrases written beside the name (:mod:`.titles`); the role comes from the cue
words around it, the signature block or the byline (:mod:`.roles`); what a list of names shares,
from :mod:`.lists`.

Example::

    >>> from extract.context import DocContext
    >>> p = find(DocContext("Đến dự có đồng chí Lê Minh Tâm, Bí thư Huyện ủy."))[0]
    >>> p["name"], p["titles"], p["role"], p["honorific"]
    ('Lê Minh Tâm', ['Bí thư Huyện ủy'], 'attendee', 'đồng chí')
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from extract.find.people.appoint import appointed
from extract.find.people.lists import (ITEM_GAP, share_co_chairs, share_list_cue, share_list_titles, share_opening_cue,
                                      share_pair_roles)
from extract.find.lexicon import alternation, load_yaml
from extract.find.people.names import SYLLABLE, candidates
from extract.find.people.shapes import COURTESY, people_anchors
from extract.find.people.roles import role_of
from extract.find.people.signature import signature_titles
from extract.find.people.titles import HONORIFIC, split_titles, title_after, title_expansion, titles_before_at
from extract.find.people.wraps import unwrap
from extract.normalize import fold

if TYPE_CHECKING:
    from extract.context import DocContext

_HON_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?P<h>(?i:{HONORIFIC}))[^\S\n]++$")
_LIST_HON = regex.compile(rf"(?i:các\s++(?P<h>{HONORIFIC}))\s*+:?[^.\n]*+$")
_COAUTHOR_GAP = regex.compile(r"[^\S\n]*+[-–,][^\S\n]*+")
# the line under an author's byline naming where the author works: "Khoa Nhà nước và pháp luật"
_AFFILIATION = regex.compile(rf"[^\S\n]*+\n[^\S\n]*+(?P<a>{alternation(load_yaml('titles.yaml')['affiliations'])}"
                             r"[^\S\n][^\n.]{2,80}?)[^\S\n]*+(?:\n|\Z)")


def find(ctx: DocContext) -> list[dict]:
    """Every person mentioned in the document as PersonMention dicts, ``person_id`` shared within it."""
    text, trailer = ctx.text, ctx.trailer_start
    flat = unwrap(text)  # titles and cues read through the line breaks that only wrap a sentence
    out, ids = [], {}
    found = list(candidates(ctx))
    for k, (start, end, name, hon, form) in enumerate(found):
        sig = signature_titles(text, start, end) if form != "pname" else None
        after_end, before_at, posts = end, start, []
        nxt = found[k + 1][0] if k + 1 < len(found) else None
        if sig is not None:
            titles, role = sig, "signer"
        else:
            after, after_end = title_after(flat, end, nxt)
            before_title, before_at = titles_before_at(flat, start, found[k - 1][1] if k else 0)
            before = split_titles(before_title)  # "Thượng tướng X, Thứ trưởng …": both
            titles = before + [t for t in split_titles(after) if t not in before]
            posts, _ = appointed(flat, start, after_end, len(text) if nxt is None else nxt)
            earlier = out[-1]["start"] if out and not ITEM_GAP.fullmatch(flat, out[-1]["_tend"], before_at) else -1
            role = "author" if form == "pname" else role_of(flat, start, end, after_end, earlier, trailer=trailer,
                                                             lines=text)
            if hon is None and before_title:  # "đồng chí Bí thư Tỉnh ủy Nguyễn Văn Quảng"
                h = _HON_BEFORE.search(flat, max(0, before_at - 12), before_at)
                hon = h["h"].lower() if h else None
        if hon is None:
            lh = _LIST_HON.search(flat, max(0, start - 300), start)
            hon = lh["h"].lower() if lh else None
        pid = ids.setdefault(fold(name), f"p{len(ids) + 1}")
        out.append({"start": start, "end": end, "text": text[start:end], "name": name, "titles": titles,
                    "title_expansions": [title_expansion(t) for t in titles], "honorific": hon,
                    "role": role, "person_id": pid, "appointed_to": posts,
                    "_tend": after_end if sig is None else end, "_tstart": before_at})
    share_list_titles(flat, out)
    share_list_cue(flat, out)
    share_pair_roles(flat, out)
    share_co_chairs(flat, out)
    share_opening_cue(flat, out)
    for p in out:
        if p["role"] == "author" and (aff := _AFFILIATION.match(text, p["end"], p["end"] + 100)):
            p["titles"] = p["titles"] + [aff["a"]]
            p["title_expansions"] = p["title_expansions"] + [None]
    for a, b in zip(out, out[1:]):  # "Minh Hằng - Quang Huy": the second name of a byline is an author too
        if a["role"] == "author" and b["role"] != "author" and _COAUTHOR_GAP.fullmatch(text, a["end"], b["start"]):
            b["role"] = "author"
    out = _given_name_mentions(ctx, out)
    for p in out:
        del p["_tend"], p["_tstart"]
    return out


# "Đồng chí Bình đề nghị …" after "đồng chí Nguyễn Văn Bình": the given name alone, one syllable
# ("ông Quang" after "ông Lê Thanh Quang": the courtesy word gives no honorific, dev/real NOTES 25, 26)
_GIVEN = regex.compile(rf"(?<![\p{{L}}])(?P<hon>(?i:{HONORIFIC}|{alternation(COURTESY)}))[^\S\n]++(?P<g>{SYLLABLE})"
                       rf"(?![\p{{L}}]|[^\S\n]++\p{{Lu}})")


def _honorific(word: str) -> str | None:
    """``Đồng chí`` → ``đồng chí``; ``ông``, ``bà``, ``cụ`` give none (dev/real NOTES 26)."""
    w = word.lower()
    return None if w in COURTESY else w


def _given_name_mentions(ctx: DocContext, people: list[dict]) -> list[dict]:
    """Later mentions by the given name alone of a person named in full before, when no other person
    of the document has that given name: same ``person_id``, the full ``name``."""
    if not people:
        return people
    text = ctx.text
    by_given: dict[str, set] = {}
    for p in people:
        by_given.setdefault(fold(p["name"].split()[-1]), set()).add(p["person_id"])
    first = {}
    for p in people:
        first.setdefault(p["person_id"], p)
    taken = [(p["start"], p["end"]) for p in people]
    added = []
    anchors = people_anchors(ctx)
    for at in sorted(anchors["hon"] + anchors["courtesy"]):
        g = _GIVEN.match(text, at, at + 40)
        if not g:
            continue
        ids = by_given.get(fold(g["g"]), set())
        if len(ids) != 1:
            continue
        pid = next(iter(ids))
        full = first[pid]
        start, end = g.span("g")
        if full["start"] >= start or any(a < end and start < b for a, b in taken):
            continue  # the full name must come first
        added.append({"start": start, "end": end, "text": text[start:end], "name": full["name"], "titles": [],
                      "title_expansions": [], "honorific": _honorific(g["hon"]), "appointed_to": [],
                      "role": role_of(text, start, end, end, trailer=ctx.trailer_start), "person_id": pid, "_tend": end, "_tstart": start})
    return sorted(people + added, key=lambda p: p["start"]) if added else people
