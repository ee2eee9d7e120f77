"""Document formats → plain text: HTML main text, DOCX paragraphs and tables, PDF text layer.

Example::

    >>> to_text(b"<html><body><article><p>Ngày 25/11/2021, Đảng ủy Khối tổ chức hội nghị.</p>"
    ...         b"</article></body></html>", "a.html")   # doctest: +SKIP
    'Ngày 25/11/2021, Đảng ủy Khối tổ chức hội nghị.'
"""
from __future__ import annotations

import html
import io
import logging
import re
import zipfile
from collections import Counter

from extract.errors import InputError
from extract.io.decode import decode_bytes
from extract.io.sniff import binary_kind
from extract.normalize import normalize_text

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def kind_of(data: bytes, source: str) -> str:
    """``html``, ``docx``, ``pdf`` or ``text``: by content first (an HTML page saved as ``.pdf`` is a
    page), then by name."""
    low = source.lower()
    head = data[:1024].lstrip(b" \t\r\n\xef\xbb\xbf").lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and (b"word/" in data[:4096] or low.endswith(".docx")):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or low.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if low.endswith(".pdf"):
        return "pdf"
    if low.endswith(".docx"):
        return "docx"
    return "text"


def to_text(data: bytes, source: str, warnings: list | None = None) -> str:
    """The normalised text of one input, whatever its format; a ``quality`` warning for bytes that had
    to be replaced is appended to ``warnings``."""
    kind = kind_of(data, source)
    if kind == "pdf":
        return _pdf(data, source)
    if kind == "docx":
        return _docx(data, source)
    if kind == "html":
        return _html(decode_bytes(data, source, warnings), source)
    return decode_bytes(data, source, warnings)


def _html(markup: str, source: str) -> str:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(markup, include_comments=False, include_tables=True,
                                          favor_precision=True, with_metadata=True)
    except Exception as e:  # trafilatura/lxml raise many kinds on broken markup
        raise InputError(source, "html", f"unparsable HTML: {type(e).__name__}") from None
    body = (getattr(doc, "text", None) or "").strip() if doc else ""
    if not body:
        raise InputError(source, "html", "no main text found in the page")
    title = (getattr(doc, "title", None) or "").strip()
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    page = _page_lines(markup)
    at = page.find(title) if title else -1  # where the headline stands among the page's lines
    dateline = _dateline(page, at, title) if at >= 0 else None
    if dateline and dateline not in body[:2000]:  # the page's date line, which main-text extraction drops
        head, _, rest = body.partition("\n")
        body = f"{head}\n{dateline}\n{rest}"
    author = (getattr(doc, "author", None) or "").strip() or (at >= 0 and _meta_author(page, at, title)) or ""
    if author and author not in body[-300:]:  # the byline trafilatura moved into metadata goes back at the end
        body = f"{body}\n\n{author}"
    return normalize_text(body)


_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)
DATELINE_REACH = 1500  # the date line stands this close to the headline in the page's text


def _page_lines(markup: str) -> str:
    """The page's text with every tag a line break: the lines main-text extraction leaves out are there."""
    return html.unescape(_TAG.sub("\n", markup[:300_000]))


def _dateline(text: str, at: int, title: str) -> str | None:
    """A line of the page (``text``, its headline at ``at``) that is only a date (``Thứ Sáu, 05/04/2024 -
    15:20``), just after the headline (or just before it). Only a date written as a line of its own counts:
    dates in the text are not the page's date."""
    from extract.find.dates import DATELINE

    for a, b in ((at + len(title), at + len(title) + DATELINE_REACH), (max(0, at - DATELINE_REACH), at)):
        m = DATELINE.search(text, a, b)
        if m:
            return " ".join(m.group().split("|")[0].split())  # the date, not the rest of a meta line
        m = _META_DATE.search(text, a, b)  # "Cập nhật: 07/05/2024 | Tác giả: …": the date alone
        if m:
            return m["date"]
    return None


# a page's own date written after a label on its meta line (the line holds nothing else but a time or an author)
_META_DATE = re.compile(r"(?im)^[^\S\n]*(?:cập nhật|ngày đăng|đăng ngày|ngày cập nhật|ngày xuất bản|xuất bản)"
                        r"[^\S\n]*(?:lúc[^\S\n]*)?:?[^\S\n]*(?:\d{1,2}:\d{2}[^\S\n]*)?[,|-]?[^\S\n]*"
                        r"(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?=[^\S\n]*(?:[-|,]|\d{1,2}:\d{2}|$))")
_META_AUTHOR = re.compile(r"(?im)(?:^|\|)[^\S\n]*(?:tác giả|người viết|bài viết)[^\S\n]*:[^\S\n]*"
                          r"(?P<name>[^\W\d_][^|\n<>]{1,40}?)[^\S\n]*(?:\||$)")


def _meta_author(text: str, at: int, title: str) -> str | None:
    """The author on the page's meta line (``Tác giả: Quàng Văn Hịa``) near the headline at ``at``."""
    m = _META_AUTHOR.search(text, max(0, at - DATELINE_REACH), at + len(title) + DATELINE_REACH)
    return " ".join(m["name"].split()) if m else None


def _really(data: bytes, expected: str) -> str:
    """What a file that failed to read as ``expected`` is by its magic number: ``"; it is a RAR archive"``."""
    kind = binary_kind(data)
    return f"; it is a {kind}, whatever its name" if kind and kind != expected else ""


def _docx(data: bytes, source: str) -> str:
    import docx

    try:
        d = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise InputError(source, "docx", f"corrupt DOCX: {e}{_really(data, 'zip data')}") from None
    except Exception as e:  # python-docx wraps lxml errors in its own types
        raise InputError(source, "docx", f"unreadable DOCX: {type(e).__name__}{_really(data, 'zip data')}") from None
    from docx.table import Table

    blocks = []
    for part in d.iter_inner_content():  # paragraphs and tables in document order: the header table first
        if isinstance(part, Table):
            blocks.extend(_table_blocks(part))
        else:
            blocks.append(part.text)
    text = "\n".join(blocks).strip()
    if not text:
        raise InputError(source, "docx", "no text in the document")
    return normalize_text(text)


def _table_blocks(table) -> list[str]:
    """A table's text. A small table of one or two columns holding lines or capitals is a layout (the header
    of a Party document: committee and number on the left, motto and place-date on the right): each cell's
    lines in turn, left column first. Any other table is data: a line a row, cells parted by tabs."""
    rows = [_distinct_cells(row) for row in table.rows]
    layout = any("\n" in c or (c.isupper() and len(c) > 3) for r in rows for c in r)  # lines, or a heading in capitals
    if layout and len(rows) <= 4 and max((len(r) for r in rows), default=0) <= 2:
        return [cell for col in range(2) for r in rows if col < len(r) for cell in [r[col]] if cell.strip()]
    return ["\t".join(r) for r in rows]


def _distinct_cells(row) -> list[str]:
    """The texts of a row's cells; a merged cell is repeated by python-docx (the same element), two cells
    of the same value are not ("| Diện tích lúa (ha) | 1.150 | 1.150 |")."""
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell.text)
    return cells


def _pdf(data: bytes, source: str) -> str:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as e:  # pypdf raises PdfReadError, ValueError, KeyError … on broken files
        raise InputError(source, "pdf", f"unreadable PDF: {type(e).__name__}: {e}{_really(data, 'PDF')}") from None
    text = "\n\n".join(unwrap(p.strip("\n")) for p in page_bodies(pages)).strip()
    if not text:
        raise InputError(source, "pdf", "no text (scanned PDF without a text layer?)")
    return normalize_text(text)


# a page number alone on its line: "Trang 2/5", "- 3 -", "3", "Page 2"
_PAGE_NUMBER = re.compile(r"^\s*(?:(?:Trang|trang|TRANG|Page)\s*\d+(?:\s*/\s*\d+)?|[-–]?\s*\d{1,3}\s*[-–]?)\s*$")
EDGE_LINES = 2  # running headers and footers stand within this many lines of a page's top or bottom


def page_bodies(pages: list[str]) -> list[str]:
    """Pages without their running headers and footers: page numbers, and a line repeated at the top or
    bottom of most pages (``Kết luận số 96-KL/HU của Ban Thường vụ …``, ``baobacninh.vn - In bài viết``);
    the first page keeps its own header lines, but not a browser's print line.

        >>> page_bodies(["BÁO CÁO\\nNội dung một\\nTrang 1/2", "BÁO CÁO\\nNội dung hai\\nTrang 2/2"])
        ['BÁO CÁO\\nNội dung một', 'Nội dung hai']
    """
    split = [p.strip("\n").split("\n") for p in pages]
    key = lambda line: re.sub(r"\d+", "#", " ".join(line.split()))  # "Trang 2" and "Trang 3" are one line
    edges = Counter()
    for lines in split:
        edges.update({key(x) for x in lines[:EDGE_LINES] + lines[-EDGE_LINES:] if x.strip()})
    repeated = {k for k, n in edges.items() if n >= 2 and n * 2 >= len(pages)} if len(pages) >= 2 else set()
    out = []
    for n, lines in enumerate(split):
        keep = []
        for i, line in enumerate(lines):
            edge = i < EDGE_LINES or i >= len(lines) - EDGE_LINES
            k = key(line)
            if edge and (_PAGE_NUMBER.match(line) or k in repeated and (n > 0 or _SITE.search(line))):
                continue  # the first page's own header stays, unless it is a browser's print line
            keep.append(line)
        out.append("\n".join(keep))
    return out


_SITE = re.compile(r"\b[\w-]+\.(?:vn|com|org|net|gov)\b|In bài viết|In trang", re.I)


WRAP_WIDTH = 55  # a PDF line this long that ends without punctuation was wrapped by the layout


def unwrap(page: str) -> str:
    r"""A PDF page's lines as written, not as laid out: a line wrapped inside a sentence joins the next
    (``Nghị⏎quyết`` → ``Nghị quyết``; a long line ``… của Ban⏎Chấp hành`` → one line). Headings in
    capitals, short lines and lines that end a sentence or a clause stay lines.

        >>> unwrap("Thực hiện Nghị\nquyết số 21-NQ/TW.\nHUYỆN ỦY\nSố 12")
        'Thực hiện Nghị quyết số 21-NQ/TW.\nHUYỆN ỦY\nSố 12'
    """
    lines = page.split("\n")
    out = [lines[0]] if lines else []
    # a line wrapped before a capitalised word filled the page's width; a shorter one (a title) ended there
    full = max(WRAP_WIDTH, int(0.8 * max((len(x.rstrip()) for x in lines), default=0)))
    for nxt in lines[1:]:
        cur = out[-1].rstrip()
        head = nxt.lstrip()
        under_heading = len(out) >= 2 and out[-2].strip().isupper()  # "KẾT LUẬN / của Ban … năm 2023 / Tại phiên …"
        wrapped = (cur and head and not cur.isupper() and cur[-1] not in ".:;!?…)”\"" and not head.startswith(("-", "+", "•"))
                   and (head[0].islower() or (len(cur) >= full and head[0].isupper() and not head.isupper()
                                              and not under_heading)))
        if wrapped:
            out[-1] = f"{cur} {head}"
        else:
            out.append(nxt)
    return "\n".join(out)
