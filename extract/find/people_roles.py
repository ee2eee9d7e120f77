"""The role of a person mention from the words around it: chair, speaker, attendee, author, mentioned.

Example::

    >>> t = "Phát biểu chỉ đạo hội nghị, đồng chí Lê Minh Tâm nhấn mạnh …"
    >>> role_of(t, t.index("Lê"), t.index(" nhấn"), t.index(" nhấn"))
    'speaker'
"""
from __future__ import annotations

import regex

# cue right after the name and its titles: "… Bí thư Huyện ủy phát biểu", "… chủ trì hội nghị"
_AFTER = regex.compile(r"[ \t\n]*+,?[ \t\n]*+(?:đã[^\S\n]++|sẽ[^\S\n]++|cũng[^\S\n]++)?(?P<c>chủ trì|phát biểu|trình bày|báo cáo"
                       r"|nhấn mạnh|kết luận|quán triệt|trao|tặng|dự|tham dự|đến dự|thăm)(?!\p{L})", regex.I)
# cue earlier in the clause: "Đến dự có đồng chí …", "Phát biểu chỉ đạo hội nghị, đồng chí …"
_BEFORE = regex.compile(r"(?P<c>chủ trì|đến dự|tham dự|dự hội nghị|có sự tham dự|phát biểu|trình bày|do)"
                        r"(?![\p{L}])[^.;\n]*+$", regex.I)
_ROLE = {"chủ trì": "chair", "phát biểu": "speaker", "trình bày": "speaker", "báo cáo": "speaker",
         "nhấn mạnh": "speaker", "kết luận": "speaker", "quán triệt": "speaker", "trao": "attendee",
         "tặng": "attendee", "dự": "attendee", "tham dự": "attendee", "đến dự": "attendee", "thăm": "attendee",
         "dự hội nghị": "attendee", "có sự tham dự": "attendee"}
_BYLINE_PREFIX = regex.compile(r"^[^\S\n]*+(?:(?:Tin|Bài|Ảnh|Tin và ảnh|Tin, ảnh|Bài, ảnh|Bài và ảnh)\s*+:\s*+)?$", regex.I)
_TRAILER = regex.compile(r"^(?:Tin liên quan|Tin khác|Các tin khác|Bài viết liên quan|In bài|Chia sẻ|Tags?:.*)$", regex.I)


_CHAIR_AFTER = regex.compile(r"[^.;\n]{0,80}?chủ trì")


def is_byline(text: str, start: int) -> bool:
    """A name that starts one of the last lines of an article (before ``Tin liên quan``…)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _BYLINE_PREFIX.match(text[line_start:start]):
        return False
    rest = [l.strip() for l in text[start:].split("\n")[1:] if l.strip()]
    return all(_TRAILER.match(l) for l in rest)


def role_of(text: str, start: int, end: int, after_end: int) -> str:
    """Role from cues after the titles, then earlier in the clause, then the byline position."""
    if is_byline(text, start):
        return "author"
    m = _AFTER.match(text, after_end)
    if m:
        return _ROLE[m["c"].lower()]
    clause_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start)) + 1
    m = _BEFORE.search(text, max(clause_start, start - 150), start)
    if m and m["c"].lower() != "do":
        return _ROLE[m["c"].lower()]
    if m and _CHAIR_AFTER.match(text, after_end):
        return "chair"
    return "mentioned"
