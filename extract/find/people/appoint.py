"""The posts an appointment, election or transfer gives a person (SPEC §4 ``appointed_to``): not titles.

``… được bầu giữ chức Bí thư Huyện ủy``, ``chỉ định đồng chí A làm Bí thư Đảng ủy xã``, ``… thôi giữ chức A để
giữ chức B`` (B only: the post left is a title held until now), ``đắc cử Bí thư Đảng ủy phường``.

Example::

    >>> t = "Hội nghị đã bầu đồng chí Hà Thị Nga giữ chức Bí thư Huyện ủy."
    >>> appointed(t, t.index("Hà"), t.index(" giữ"), len(t))
    (['Bí thư Huyện ủy'], 60)
"""
from __future__ import annotations

import regex

from extract.find.lexicon import alternation, any_of, backward, load_yaml
from extract.find.people.titles import ONE_TITLE, split_titles

_A = load_yaml("roles.yaml")["appointment"]
_VERB = alternation(_A["verbs"])
# the words that give the post: "giữ chức", "làm" (after a verb of appointment only), "đắc cử"
_GIVE = alternation(_A["gives"])
_LAM = rf"(?:{_VERB})[^\S\n]++(?:làm|vào)"
# a post given, right after the name and its titles or later in its clause: "… được phân công làm …",
# "… thôi giữ chức A để giữ chức B": the marker may not follow "thôi" (a post left)
_MARKER = regex.compile(rf"(?<![\p{{L}}])(?<!thôi[^\S\n]{{1,3}})(?:(?:đã|vừa)[^\S\n]++)?(?:được[^\S\n]++)?"
                        rf"(?:{_LAM}|(?:(?:{_VERB})[^\S\n]++)?(?:{_GIVE}))[^\S\n]++", regex.I)
# a verb of appointment before the name in its clause, whose post "làm …" or "vào …" follows the name:
# "chỉ định đồng chí A làm Bí thư", "bầu đồng chí B vào Ban Chấp hành"
_VERB_BEFORE = backward(rf"(?<![\p{{L}}])(?i:{_VERB})(?![\p{{L}}])[^.;:\n]{{0,80}}$")
_LAM_AFTER = regex.compile(r"[^\S\n]*+,?[^\S\n]*+(?:làm|vào)[^\S\n]++", regex.I)
# posts listed after the marker: "Bí thư Ban cán sự đảng và Bộ trưởng Bộ …", "Phó Bí thư, Chủ tịch UBND huyện"
_POSTS = regex.compile(rf"{ONE_TITLE.pattern}(?:[^\S\n]*+(?:,|và)[^\S\n]*+{ONE_TITLE.pattern})*+")
# a body one is elected to: "vào Ban Chấp hành Đảng bộ tỉnh", "vào Ban Thường vụ Đảng ủy Công an Trung ương"
_BODY = regex.compile(r"(?:Ban|Ủy ban|Uỷ ban|Đảng ủy|Đảng uỷ|Hội đồng)(?:[^\S\n]++(?:\p{Lu}[\p{L}]*+|hành|vụ|trực|tra"
                      r"|ủy|uỷ|bộ|tỉnh|huyện|xã|thành phố|quận|phường))*+")
CLAUSE = 200  # characters after the name's titles where its clause may give a post
_TRIGGERS = any_of({w.lower() for w in _A["gives"]} | {"làm", "vào"})  # a word every marker holds


def _posts(text: str, at: int, lo: int) -> tuple[list[str], int] | None:
    m = _POSTS.match(text, at, at + 300)
    if m:
        return [t for part in regex.split(r"[^\S\n]*+,[^\S\n]*+|[^\S\n]++và[^\S\n]++", m.group())
                for t in split_titles(part)], m.end()
    if text[lo:at].rstrip().lower().endswith("vào"):
        b = _BODY.match(text, at, at + 200)
        if b:
            return [" ".join(b.group().split())], b.end()
    return None


def appointed(text: str, start: int, tend: int, limit: int) -> tuple[list[str], int]:
    """The posts the clause of the name at ``start`` (its titles end at ``tend``) gives it, and where they end;
    not read past ``limit`` (the next name or the sentence's end)."""
    end = min(limit, tend + CLAUSE)
    clause = text[tend:end].lower()
    if not _TRIGGERS.search(clause):  # no marker can match: the plain test costs less than the pattern
        return [], tend
    for m in _MARKER.finditer(text, tend, end):
        if text[tend:m.start()].count(",") > 2 and "thôi" not in text[tend:m.start()]:
            break  # another clause
        got = _posts(text, m.end(), m.start())
        if got:
            return got
    lam = _LAM_AFTER.match(text, tend, end)
    if lam and _VERB_BEFORE.search(text, max(0, start - 100), start):
        got = _posts(text, lam.end(), lam.start())
        if got:
            return got
    return [], tend
