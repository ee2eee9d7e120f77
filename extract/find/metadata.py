"""Document metadata (SPEC §6): title, kind, own number, place, issued date, signers, author.

Example::

    >>> from extract.context import DocContext
    >>> [md] = find(DocContext("THÔNG BÁO\\nKết luận của Thường trực Huyện ủy\\n\\nĐức Thọ, ngày 05 tháng 7 năm 2024\\n"))
    >>> md["doc_kind"], md["title"], md["place"], md["issued_date"]
    ('THÔNG BÁO', 'Kết luận của Thường trực Huyện ủy', 'Đức Thọ', '2024-07-05')
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from extract.find.document import BYLINE_LABEL, HEAD_CHARS, KIND_LINE
from extract.segment import is_full_stop

if TYPE_CHECKING:
    from extract.context import DocContext

# a site's navigation trail above the article: "Trang chủ | Tin tức | Xây dựng Đảng", "Trang chủ > Tin tức"
_BREADCRUMB = regex.compile(r"\s[|>»›]\s|^(?i:trang chủ)\b")
HEAD_LINES = 12


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text[:HEAD_CHARS].split("\n"):
        if line.strip():
            out.append((pos, line.strip()))
        pos += len(line) + 1
    return out


def _title(text: str, kind: regex.Match | None, dateline: regex.Match | None) -> str | None:
    if kind and kind["kind"] in ("BẢN TIN", "TÀI LIỆU"):  # a bulletin's heading is its title: "BẢN TIN SINH HOẠT CHI BỘ"
        return " ".join(kind.group().split())
    if kind:  # the paragraph after the kind line: "THÔNG BÁO / Kết luận của …"
        rest = regex.split(r"\n[^\S\n]*+\n", text[kind.end():kind.end() + 2000].lstrip(" \t\n"), maxsplit=1)[0]
        return " ".join(" ".join(_title_lines(rest.split("\n"))).split()) or None
    lines = _lines(text)
    if not lines:
        return None
    lines = [(p, l) for p, l in lines if not _BREADCRUMB.search(l) and not _BYLINE_LINE.match(l)] or lines
    if dateline:  # news: the headline is the last line before the dateline, else the first one after it
        before = [l for p, l in lines if p < dateline.start()]
        if before:
            return _headline(before[-1])
        after = [l for p, l in lines if p > dateline.end()]
        if after:
            return _headline(after[0])
    return _headline(lines[0][1])


TITLE_LINES = 4  # a title under the kind line runs over a few lines at most
# where the body starts when no blank line parts it from the title (DOCX paragraphs, PDF lines): a separator,
# a list marker, a page footer
_BODY_START = regex.compile(r"[-–—_*=.oO0\s]{3,}$|\*$|(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)][^\S\n]|[-+•–][^\S\n]"
                            r"|(?i:trang)\s*\d")
BODY_LINE = 200  # characters: a longer line is a paragraph of the body (the title's first line may be twice as long)


def _title_lines(lines: list[str]) -> list[str]:
    """The lines of a title under its kind line, up to the body: a title goes on in capitals or with a
    lowercase word (``về …``, ``tại cuộc họp …``); a capitalised sentence (``Ngày 5/3/2024, …``,
    ``Căn cứ …``), a separator, a list marker or a page footer starts the body.

    ``["KẾT LUẬN CỦA BAN THƯỜNG VỤ", "về công tác cán bộ", "Căn cứ …"]`` → the first two."""
    out = []
    for line in lines[:TITLE_LINES]:
        t = line.strip()
        if not t or _BODY_START.match(t) or len(t) > (BODY_LINE if out else 2 * BODY_LINE):
            break
        if out and (out[-1].rstrip().endswith((".", ":", ";")) or t[0].isupper() and not t.isupper()):
            break
        out.append(t)
    return out


_BYLINE_LINE = regex.compile(rf"^{BYLINE_LABEL}", regex.I)
MAX_HEADLINE = 250  # a longer first line is a paragraph: the text has no headline


_NEXT_SENTENCE = regex.compile(r"\.[^\S\n]++(?=\p{Lu})")


def _headline(line: str) -> str | None:
    """The line as a headline, unless it is a paragraph: too long, or two sentences and more."""
    if len(line) > MAX_HEADLINE or any(is_full_stop(line, m.start()) for m in _NEXT_SENTENCE.finditer(line)):
        return None
    return line.rstrip(".")


def find(ctx: DocContext) -> list[dict]:
    """The metadata of the document, as one record, from its header, place-date line, signature block and
    byline; its date is the document's own (:attr:`~extract.context.DocContext.own_date`)."""
    text = ctx.text
    head = "\n".join(ctx.head.split("\n")[:HEAD_LINES * 3])
    kind = KIND_LINE.search(head)
    pd = ctx.place_date
    own = ctx.own_refs
    people = ctx.found("people")
    return [{
        "title": _title(text, kind, ctx.dateline if not kind else None),
        "doc_kind": " ".join(kind["kind"].split()) if kind else "news",
        "number": own[0]["symbol"] if own else None,
        "place": " ".join(pd["place"].split()) if pd else None,
        "issued_date": ctx.own_date.date,
        "signers": [p["name"] for p in people if p["role"] == "signer"],
        "author": next((p["name"] for p in people if p["role"] == "author"), None),
    }]
