"""Document metadata (SPEC §6): title, kind, own number, place, issued date, signers, author.

Example::

    >>> from extract.context import DocContext
    >>> [md] = find(DocContext("THÔNG BÁO\\nKết luận của Thường trực Huyện ủy\\n\\nĐức Thọ, ngày 05 tháng 7 năm 2024\\n"))
    >>> md["doc_kind"], md["title"], md["place"], md["issued_date"]
    ('THÔNG BÁO', 'Kết luận của Thường trực Huyện ủy', 'Đức Thọ', '2024-07-05')
"""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple, Optional

import regex

from extract.find.date_forms import iso_date
from extract.find.document import BYLINE_LABEL, HEAD_CHARS, KIND_MORE, KINDS, kind_line
from extract.find.lexicon import alternation, capitals, load_yaml
from extract.segment import is_full_stop

if TYPE_CHECKING:
    from extract.context import DocContext

# a site's navigation trail above the article: "Trang chủ | Tin tức | Xây dựng Đảng", "Trang chủ > Tin tức"
_BREADCRUMB = regex.compile(r"\s[|>»›]\s|^(?i:trang chủ)\b")
_TRAIL_MARK = re.compile(r"[|>»›]")  # what a trail needs unless it starts with "trang chủ": tested first, 5× cheaper
HEAD_LINES = 12


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text[:HEAD_CHARS].split("\n"):
        if line.strip():
            out.append((pos, line.strip()))
        pos += len(line) + 1
    return out


def _breadcrumb(line: str) -> bool:
    """Whether the line is a site's navigation trail (:data:`_BREADCRUMB`)."""
    return bool((line[:1] in "tT" or _TRAIL_MARK.search(line)) and _BREADCRUMB.search(line))


class Kind(NamedTuple):
    """The kind heading: ``kind`` as printed in capitals (``KẾT LUẬN``), the heading as written, where it ends,
    and the title run into its line (a header on one line), if any."""

    kind: str
    text: str
    end: int
    title: Optional[str] = None


def _fold(s: str) -> str:
    """Letters only, without marks, in capitals: ``K ÉT LUẬN`` and ``KẾT LUẬN`` → ``KETLUAN``."""
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if c.isalpha() and not unicodedata.combining(c)).upper()


_D = load_yaml("document.yaml")
_KIND_WORDS = [w.upper() for w in _D["kinds"] + _D["other_kinds"]]
_FOLDED_KINDS = {**{_fold(k) + _fold(more): k for k in _KIND_WORDS for more in _D["kind_more"]},
                 **{_fold(k): k for k in _KIND_WORDS}}
_NOTE = regex.compile(r"[^\S\n]*+\([^()\n]{1,20}\)[^\S\n]*+$")  # a note in brackets after the kind
OCR_KIND_CHARS = 30  # a kind heading damaged by OCR ("K ÉT LUẬN", "NGHỊ QUYÉT") is a short line in capitals
# a header run into one line: "… La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm, đánh giá … -Căn cứ …"
_RUN_IN_KIND = regex.compile(rf"[^\S\n]++(?P<kind>{alternation(KINDS, tones=False)})"
                             rf"(?:[^\S\n]++{alternation(KIND_MORE, tones=False)})?[^\S\n]++(?=\p{{Ll}})")
_RUN_IN_TITLE = regex.compile(r"[^\n]{1,300}?(?=[^\S\n]++(?:[-–+•]|\p{Lu}[\p{Ll}\d ]{0,20},)|[.;:\[]|\n|\Z)")


def kind_heading(text: str, head: str, place_date) -> Optional[Kind]:
    """The kind heading alone on its line (``THÔNG BÁO``), through OCR damage (``K ÉT LUẬN`` → ``KẾT LUẬN``),
    or run into a one-line header after its place-date (``… ngày 06 tháng 12 năm 2021 BÁO CÁO tình hình …``)."""
    m = kind_line(head)
    if m:
        return Kind(" ".join(m["kind"].split()), m.group(), m.end())
    pos = 0
    for line in head.split("\n"):
        t = (_NOTE.sub("", line) if "(" in line else line).strip()  # "QUY ĐỊNH (BỔ SUNG)"
        if t and len(t) <= OCR_KIND_CHARS and t == t.upper() and _fold(t) in _FOLDED_KINDS:
            return Kind(_FOLDED_KINDS[_fold(t)], line, pos + len(line))
        pos += len(line) + 1
    if place_date is not None:
        m = _RUN_IN_KIND.match(text, place_date.end())
        if m:
            t = _RUN_IN_TITLE.match(text, m.end())
            return Kind(" ".join(m["kind"].split()), m.group().strip(), m.end(), t.group().strip() if t else None)
    return None


_BLANK_LINE = regex.compile(r"\n[^\S\n]*+\n")


def _title(text: str, kind: Optional[Kind], dateline: regex.Match | None) -> str | None:
    if kind and kind.kind in ("BẢN TIN", "TÀI LIỆU"):  # a bulletin's heading is its title: "BẢN TIN SINH HOẠT CHI BỘ"
        return " ".join(kind.text.split())
    if kind and kind.title:
        return kind.title
    if kind:  # the paragraph after the kind line: "THÔNG BÁO / Kết luận của …"
        rest = _BLANK_LINE.split(text[kind.end:kind.end + 2000].lstrip(" \t\n"), maxsplit=1)[0]
        return " ".join(" ".join(_title_lines(rest.split("\n"))).split()).rstrip(".") or None
    lines = _lines(text)
    if not lines:
        return None
    lines = [(p, l) for p, l in lines if not _breadcrumb(l) and not _BYLINE_LINE.match(l)] or lines
    if dateline:  # news: the headline is the last line before the dateline, else the first one after it
        line_start = text.rfind("\n", 0, dateline.start()) + 1
        if text[line_start:dateline.start()].strip():  # "Hội nghị … ( Cập nhật ngày: 21/11/2024 )Chiều …"
            return _headline(text[line_start:dateline.start()].strip())
        before = [l for p, l in lines if p < dateline.start()]
        while len(before) > 1 and _NAME_LINE.fullmatch(before[-1]):  # a byline between headline and dateline
            before.pop()
        if before:
            return _headline(before[-1])
        after = [l for p, l in lines if p > dateline.end()]
        if after:
            return _headline(after[0])
    return _headline(_wrapped(text, lines[0][0], lines[0][1])) or None


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
        if out and (out[-1].rstrip().endswith((".", ":", ";")) or t[0].isupper() and not t.isupper()
                    or _PREAMBLE.match(t)):  # "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN": the body that enacts it
            break
        out.append(t)
    return out


_BYLINE_LINE = regex.compile(rf"^{BYLINE_LABEL}", regex.I)
# the preamble of a State document under its title names the body that enacts it, in capitals
_PREAMBLE = regex.compile(rf"{alternation(capitals(_D['preamble_bodies']), tones=False)}(?!\p{{L}})")
MAX_HEADLINE = 250  # a longer first line is a paragraph: the text has no headline


_NEXT_SENTENCE = regex.compile(r"\.[^\S\n]++(?=\p{Lu})")


# a news lead, no headline: "(QNO) - Quyết định …", "CTTĐT - Ngày 6/8, …", "Chiều 10/1, Thành ủy …", "Ngày 16.10, …"
_LEAD = regex.compile(r"\(?[\p{Lu}&.]{2,12}\)?\.?[^\S\n]*+[-–—]++[^\S\n]|(?i:ngày|sáng|chiều|trưa|tối|đêm)"
                      r"(?:[^\S\n]++(?i:nay))?[^\S\n]*+\(?[^\S\n]*+\d{1,2}[/.-]\d{1,2}")
LONG_SENTENCE = 120  # characters: a longer line ending in a full stop is a paragraph's sentence


def _headline(line: str) -> str | None:
    """The line as a headline, unless it is a paragraph: too long, two sentences and more, a long sentence or
    a news lead."""
    if len(line) > MAX_HEADLINE or any(is_full_stop(line, m.start()) for m in _NEXT_SENTENCE.finditer(line)):
        return None
    if _LEAD.match(line) or len(line) > LONG_SENTENCE and line.endswith("."):
        return None
    return line.rstrip(".")


WRAPPED_LINES = 3  # a headline broken over lines goes on at most this many lines in lowercase


def _wrapped(text: str, pos: int, line: str) -> str:
    """``line`` (at ``pos``) with the lines that go on from it in lowercase, joined: a headline or a paragraph
    broken by the page's line breaks (``Chỉ thị số 42-CT/TW`` / ``ngày 24/3/2020 …``; ``Đến dự và`` / ``chỉ
    đạo Đại hội có …``)."""
    parts, end = [line], text.find("\n", pos)
    for _ in range(WRAPPED_LINES + 1):
        if end < 0 or not text[end + 1:end + 2].islower():
            break
        nxt = text.find("\n", end + 1)
        parts.append(text[end + 1:nxt if nxt >= 0 else len(text)].strip())
        end = nxt
    joined = " ".join(parts)
    return "" if len(parts) > WRAPPED_LINES or joined.endswith((",", ";")) else joined  # a paragraph


# a page's date label run into its byline line: "Tác giả: Trần Văn Lãm .Ngày đăng: 14/09/2021 .Lượt xem: 230 lượt." (a portal's
# info line, not a dateline of its own; read only when the document has no date of its own)
_LABELLED_DATE = regex.compile(rf"(?i:{alternation(_D['dateline_labels'])})[^\S\n]*+:[^\S\n]*+"
                               r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?!\d)")
LABELLED_DATE_REACH = 400  # characters from the top
INFO_LINE_LINES, INFO_LINE_CHARS = 4, 160  # the info line is one of the first lines, and a short one


def _labelled_date(text: str) -> str | None:
    """The date of a page's ``Ngày đăng:`` label on a short line among the first ones (within the first
    :data:`LABELLED_DATE_REACH` characters), not in a paragraph."""
    head = text[:LABELLED_DATE_REACH]
    if ":" not in head:
        return None
    lines = [line for line in head.split("\n") if line.strip()][:INFO_LINE_LINES]
    for line in lines:
        if len(line) <= INFO_LINE_CHARS and ":" in line:
            m = _LABELLED_DATE.search(line)
            if m:
                return iso_date(m["y"], m["m"], m["d"])
    return None


# a line that is only a name, as a byline above the dateline: "Vũ Hân", "Nguyễn Văn An"
_NAME_LINE = regex.compile(r"\p{Lu}\p{Ll}*+(?:[^\S\n]\p{Lu}\p{Ll}*+){1,3}")


def find(ctx: DocContext) -> list[dict]:
    """The metadata of the document, as one record, from its header, place-date line, signature block and
    byline; its date is the document's own (:attr:`~extract.context.DocContext.own_date`)."""
    text = ctx.text
    head = "\n".join(ctx.head.split("\n")[:HEAD_LINES * 3])
    pd = ctx.place_date
    kind = kind_heading(text, head, pd)
    own = ctx.own_refs
    people = ctx.found("people")
    return [{
        "title": _title(text, kind, ctx.dateline if not kind else None),
        "doc_kind": kind.kind if kind else "news",
        "number": own[0]["symbol"] if own else None,
        "place": " ".join(pd["place"].split()) if pd else None,
        "issued_date": ctx.own_date.date or _labelled_date(text),
        "signers": [p["name"] for p in people if p["role"] == "signer"],
        "author": next((p["name"] for p in people if p["role"] == "author"), None),
    }]
