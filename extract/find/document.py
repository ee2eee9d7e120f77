"""The parts of a document that several finders read: its own date (the place-date line, the dateline), its
header's committees, its kind heading, a byline's label, the closing list of other articles.
:class:`extract.context.DocContext` finds each once per document.

Example::

    >>> t = "HUYỆN ỦY MỘ ĐỨC\\nSố 12-TB/HU\\nMộ Đức, ngày 05 tháng 7 năm 2024\\n"
    >>> place_date(t)["place"], reference_date(t, place_date(t))
    ('Mộ Đức', RefDate(date='2024-07-05', year=2024))

    >>> header_scope("ĐẢNG BỘ TỈNH QUẢNG NGÃI\\nHUYỆN ỦY MỘ ĐỨC\\n*\\nSố 12-TB/HU\\n")
    {'p': 'Quảng Ngãi', 'own': 'd', 'd': 'huyện Mộ Đức'}
    >>> trailer_start("Bài viết.\\n\\nTin liên quan\\nHội nghị khác")
    11
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

import regex

from extract.find.date_forms import iso_date
from extract.find.date_year import text_year
from extract.find.lexicon import alternation, capitals, load_yaml, trie
from extract.find.places import PARTY_ORG, committees, party_orgs, unit_of
from extract.normalize import name_case

_D = load_yaml("document.yaml")
HEAD_CHARS = 5000  # the header, title and dateline are in the first lines: bounded work on huge texts


# ---- the document's own date ---------------------------------------------------------------------
class RefDate(NamedTuple):
    """The document's own date (ISO) and the year it reports on, either may be None."""

    date: Optional[str]
    year: Optional[int]


# "Quảng Ngãi, ngày 13 tháng 10 năm 2021" on its own line, after the star under the heading of a flattened
# two-column header ("*          Quảng Trị, ngày 22 tháng 8 năm 2022"), or after the own number there
# ("Số 05-NQ/ĐU Kim Liên, ngày 10 tháng 01 năm 2024"); a province in brackets is no part of the place
# ("Quỳnh Nhai (Sơn La), 12/7/2024")
_LINE_LEAD = r"[ \t]*+(?:\*[ \t]*+)?"
# a header run into one line puts the place-date after the Party's name: "… ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày …"
_PARTY_NAME = r"(?:ĐẢNG CỘNG SẢN VIỆT NAM|Đảng Cộng sản Việt Nam)"
_PARTY_BEFORE = regex.compile(rf"{_PARTY_NAME}[ \t]++")
PLACE_DATE = regex.compile(rf"(?m)(?:^{_LINE_LEAD}|(?<=^[ \t]*+(?:Số|SỐ)[ \t:]*+\d+[ \t]?[-–/][ \t]?[\p{{L}}/-]+[ \t]++)"
                           rf"|(?<={_PARTY_NAME}[ \t]++))"
                           rf"(?!(?i:{alternation(_D['not_places'])})\s*+,"
                           r"|Thứ\s|Chủ\s++nhật)"  # a weekday is no place
                           r"(?P<place>(?:\p{Lu}\p{Ll}++\n[ \t]*+(?!Thứ\s|Chủ\s++nhật))?\p{Lu}[\p{L} .-]{1,40}?)(?:[^\S\n]*+\(\p{Lu}[\p{L} .]{1,30}\))?,"
                           # ("Thái Nguyên, ngày       tháng 10 năm 2021": a day left blank, a place and no date)
                           r"\s*+(?:(?i:ngày)\s++(?:(?P<d>\d{1,2})\s++)?(?i:tháng)\s++"
                           r"(?P<m>\d{1,2})\s++(?i:năm)\s++(?P<y>(?:19|20)\d\d)"
                           # "Quảng Nam, ngày 3/2/2024", "Hà Nội, 06/11/2022": numeric, and the line ends there
                           r"|(?:(?i:ngày)\s*+)?(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)"
                           r"(?=[^\S\n]*+$))")
# "29-11-2021 15:37", "Thứ Tư, 09/10/2024 14:05", "Thứ Hai, 12/02/2024 - 10:35", "10:35 12/02/2024",
# "Cập nhật: 18/7/2024 09:12", "Cập nhật lúc 16:40 ngày 22/11/2023" on its own line near the top;
# the weekday after the clock: "Cập nhật lúc 15:40, thứ Sáu, 08/3/2024"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*+(?:AM|PM|SA|CH))?"  # "17:21:55"
_GMT = r"(?:[^\S\n]*+[\[(]?GMT[^\S\n]*+\+[^\S\n]*+7[\])]?)"  # "(GMT+7)", "[GMT+7]", "GMT+7": no part of the date
_WEEKDAY = r"(?:(?:Thứ|THỨ)\s++\p{L}+(?:\s\p{L}+)?|Chủ\s++nhật|CHỦ\s++NHẬT)"  # "Thứ Hai", "THỨ NĂM", "Chủ nhật"
_WEEKDAY_AFTER_CLOCK = r"(?:(?i:thứ)\s++\p{Lu}\p{L}*+|(?i:chủ)\s++nhật)"  # "thứ Sáu", "chủ nhật"
_LABEL = rf"(?i:{alternation(_D['dateline_labels'])})(?:\s++(?i:lúc|ngày))?[^\S\n]*+:?[^\S\n]*+"  # "Cập nhật ngày: "
_SECTION = r"(?:\p{Lu}[\p{L} ]{0,40}?[^\S\n]++[-–|][^\S\n]*+)"  # "Xây dựng Đảng - Ngày đăng : …": the page's section
# … tried only where its letters and spaces, read at once, run into the dash (else the lazy run fails at each of
# its 40 lengths on every line in capitals): the same matches, the search of the head 1.2-1.4× faster
_SECTION_FIRST = rf"(?:(?=\p{{Lu}}[\p{{L}} ]{{0,40}}+[^\S\n]*+[-–|]){_SECTION})"
# … and a view counter after it: "20/11/2023 14:33    8239", "02/08/2019 | 18:00  | View count: 422"
_BY_BAR = r"(?:\p{L}[\p{L}.]{0,12}+[^\S\n]*+\|[^\S\n]*+)"  # "pv| 03/02/2021 08:53": the writer's initials, a bar
DATELINE = regex.compile(rf"(?m)^[^\S\n]*+(?:{_SECTION_FIRST}?{_LABEL}|{_BY_BAR})?(?:{_WEEKDAY},\s*+)?"
                         rf"(?:{_CLOCK}{_GMT}?\s*+[-–|,]?\s*+(?:{_WEEKDAY_AFTER_CLOCK}[^\S\n]*+[-–|,][^\S\n]*+)?)?\(?(?:(?i:ngày)\s++)?(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-]"
                         rf"(?P<y>(?:19|20)\d\d)\)?(?:\s*+[-–|,]?\s*+{_CLOCK})?{_GMT}?[^\S\n]*+(?:\|[^\n]*+|\d[\d.,]*+[^\S\n]*+)?$")
# a page's update date glued to its headline and lead: "… lần thứ XX ( Cập nhật ngày: 21/11/2024 )Chiều …"
UPDATE_MARK = regex.compile(rf"\([^\S\n]*+{_LABEL}(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-](?P<y>(?:19|20)\d\d)"
                            rf"(?:[^\S\n]++{_CLOCK})?[^\S\n]*+\)")


_PLACE_DATE_COMMA = regex.compile(r",\s*+(?:(?i:ngày)\s|\d{1,2}[/.-]\d)")
_PLACE_DATE_REACH = 400  # from the line's start to the comma, and from the comma to the year, at most
_PARTY_REACH = 120  # the Party's name of a run-in header stands at most this far before the place's comma
_WORD_LINE = regex.compile(r"(?m)^[ \t]*+\p{Lu}\p{Ll}++\n\Z")  # a line of one capitalised word


def place_date(text: str):
    """The first place-date line (:data:`PLACE_DATE`) of ``text``, or None.

    The same as ``PLACE_DATE.search(text)``, but tried only on the lines holding ``, ngày``: the place
    has no comma, so the first such line that matches holds the leftmost match.
    """
    for c in _PLACE_DATE_COMMA.finditer(text):
        party = _PARTY_BEFORE.search(text, max(0, c.start() - _PARTY_REACH), c.start())
        line_start = text.rfind("\n", max(0, c.start() - _PLACE_DATE_REACH), c.start()) + 1
        if party and (line_start == 0 and c.start() > _PLACE_DATE_REACH or c.start() - line_start > 74):
            line_start = party.start()  # a header run into one line (see PLACE_DATE)
        elif line_start == 0 and c.start() > _PLACE_DATE_REACH:
            continue  # the comma stands far in a long line: no place-date line (see below)
        else:
            indent = line_start
            while indent < c.start() and text[indent] in " \t*":  # "*    Quảng Trị, ngày …" (see PLACE_DATE)
                indent += 1
            if c.start() - indent > 74 and not text.startswith(("Số", "SỐ"), indent):
                continue  # mid-sentence: a place is at most 40 letters (a province in brackets 33 more) and starts its line
            word = _WORD_LINE.search(text, max(0, line_start - 20), line_start)
            if word:  # "Hà\nNội, ngày …": a place broken over a line (see PLACE_DATE)
                line_start = word.start()
        m = PLACE_DATE.search(text, line_start, c.end() + _PLACE_DATE_REACH)
        if m:
            return m
    return None


DATELINE_REACH = 1500  # a dateline stands in the first characters


def dateline(head: str):
    """The first dateline (:data:`DATELINE`) of ``head`` (the first :data:`DATELINE_REACH` characters), or None."""
    return DATELINE.search(head) or UPDATE_MARK.search(head)


def reference_date(text: str, place=None, line=None) -> RefDate:
    """The document's own date from its place-date line ``place`` (``Quảng Ngãi, ngày 13 tháng 10 năm
    2021`` → ``RefDate('2021-10-13', 2021)``), else its dateline ``line`` near the top (``29-11-2021
    15:37``), else the year the text makes clear (:func:`extract.find.date_year.text_year`).
    :attr:`extract.context.DocContext.own_date` asks, once a document.
    """
    for m in (place, line):
        iso = iso_date(m["y"], m["m"], m["d"]) if m and m["d"] else None
        if iso:
            return RefDate(iso, int(m["y"]))
    return RefDate(None, text_year(text))

# ---- the kind heading: "THÔNG BÁO", "CHƯƠNG TRÌNH HÀNH ĐỘNG" alone on a line -------------------------
KINDS = capitals(_D["kinds"] + _D["other_kinds"])  # "THÔNG BÁO", "NGHỊ QUYẾT", "BẢN TIN" …
# words that may follow the kind on its heading line: "CHƯƠNG TRÌNH HÀNH ĐỘNG", "THÔNG BÁO KẾT LUẬN",
# "QUY CHẾ PHỐI HỢP"
KIND_MORE = capitals(_D["kind_more"])
KIND_LINE = regex.compile(rf"(?m)^[^\S\n]*+(?P<kind>{alternation(KINDS, tones=False)})"
                          rf"(?:[^\S\n]++{alternation(KIND_MORE, tones=False)})?[^\S\n]*+$")
_KIND_WORD = re.compile(trie(KINDS))  # a kind wherever it stands: "THÔNG BÁO", "KẾ HOẠCH"


def kind_line(head: str):
    """The first kind heading alone on its line (:data:`KIND_LINE`) in ``head``, or None: the same match as
    ``KIND_LINE.search(head)``, tried only at the lines that start with a kind (measured 3× faster).

        >>> m = kind_line("HUYỆN ỦY MỘ ĐỨC\\nTHÔNG BÁO KẾT LUẬN\\nvề công tác cán bộ")
        >>> m["kind"], m.group()
        ('THÔNG BÁO', 'THÔNG BÁO KẾT LUẬN')
    """
    for k in _KIND_WORD.finditer(head):
        line_start = head.rfind("\n", 0, k.start()) + 1
        if not head[line_start:k.start()].strip():
            m = KIND_LINE.match(head, line_start)
            if m:
                return m
    return None

# ---- a byline's label: "Tin, ảnh: …", "Bài và ảnh: …", "Tác giả: …"; "Tin và ảnh" may drop its colon ---
BYLINE_LABELS, BYLINE_PAIRS, SOURCE_LABEL = _D["byline_labels"], _D["byline_pairs"], _D["source_label"]
BYLINE_LABEL = rf"{alternation(BYLINE_LABELS + BYLINE_PAIRS)}\s*+:"

# ---- the heading of a web page's list of other articles, alone on its line near the end ------------
TRAILER_WORDS = tuple(_D["trailer_headings"])
# the headings no other one holds ("tin liên quan", not "các tin liên quan"): enough to tell whether any is there
_TRAILER_CORES = tuple(w for w in TRAILER_WORDS if not any(v != w and v in w for v in TRAILER_WORDS))
PAGE_LINKS = _D["page_links"]  # "In bài", "Chia sẻ": the page's sharing links
_TRAILER_HEADING = regex.compile(rf"(?m)^[^\S\n]*+(?i:{alternation(TRAILER_WORDS)})[^\S\n]*+:?[^\S\n]*+$")
TRAILER_REACH = 4000  # such a list stands within this many characters of the end


def trailer_start(text: str, lower: Optional[str] = None) -> int:
    """Where a closing list of other articles (``Tin liên quan``) starts, else ``len(text)``: what
    follows it belongs to other documents. ``lower``, the text lowercased to the same length (as
    :attr:`extract.context.DocContext.lower` keeps it), spares lowercasing its end again.

        >>> trailer_start("Bài viết.\\n\\nXem thêm:\\nHội nghị khác")
        11
    """
    tail = text[-TRAILER_REACH:].lower() if lower is None else lower[-TRAILER_REACH:]
    if not any(w in tail for w in _TRAILER_CORES):  # the plain test first: the pattern costs 10× more
        return len(text)
    m = _TRAILER_HEADING.search(text, max(0, len(text) - TRAILER_REACH))
    return m.start() if m else len(text)


# ---- the committees a header names, by level: "ĐẢNG BỘ TỈNH QUẢNG NGÃI", "TỈNH ỦY BẮC GIANG", "HUYỆN ỦY MỘ ĐỨC";
# an office or a board of one first ("BAN TUYÊN GIÁO HUYỆN ỦY X")
PARTY_NAME = "Đảng Cộng sản Việt Nam"  # beside the committee in a two-column header, in capitals
_PARTY = PARTY_NAME.rsplit(" ", 2)[0]  # "Đảng Cộng sản"
_OFFICE = alternation(capitals(["Ban", "Văn phòng", "Ủy ban"]), tones=False)  # "ỦY BAN KIỂM TRA TỈNH ỦY …"
_COMMITTEE_FIRST = "|".join(sorted({w.split()[0].upper() for w in committees("pd")}))  # "TỈNH", "THÀNH", "HUYỆN" …
_HEADER_PLACE = regex.compile(rf"(?m)^[^\S\n]*+(?:{_OFFICE}[^\S\n][^\n]{{2,25}}?[^\S\n](?={_COMMITTEE_FIRST}))?"
                              rf"(?:(?P<p>(?i:{alternation(party_orgs('p') + committees('p'))}))"
                              rf"|(?P<d>(?i:{alternation(party_orgs('d') + committees('d'))}))"
                              rf"|(?P<c>(?i:{alternation(party_orgs('c') + committees('c'))})))[^\S\n]++"
                              # the place's words, parted by one space: a two-column header goes on after more
                              # ("HUYỆN ỦY NAM ĐÀN      ĐẢNG CỘNG SẢN VIỆT NAM")
                              rf"(?P<place>\p{{Lu}}\p{{L}}*+(?:(?:[ ]|[ ]?[-–][ ]?)(?!(?i:{_PARTY}))\p{{Lu}}\p{{L}}*+){{0,4}})"
                              rf"(?:[^\S\n]*+$|[^\S\n]{{2,}}|\t|[ ](?=(?i:{_PARTY})))")
HEADER_REACH = 400  # the header's committee lines stand in the first characters

# a news page names its committee in the headline: "Tỉnh ủy Bắc Giang sơ kết …", "Huyện ủy Yên Thế …" (a city's
# committee is no province's there: "Thành ủy Bắc Giang" may be a provincial city's)
_HEADLINE_P, _HEADLINE_D = ["Tỉnh ủy", f"{PARTY_ORG} tỉnh"], party_orgs("d") + committees("d")
_HEADLINE_PLACE = regex.compile(rf"(?:(?P<p>{alternation(_HEADLINE_P)})|(?P<d>{alternation(_HEADLINE_D)}))"
                                r"[^\S\n]++(?P<place>\p{Lu}\p{Ll}*+(?:[^\S\n]++\p{Lu}\p{Ll}*+){0,3})")
HEADLINE_REACH = 300


def header_scope(text: str) -> dict[str, str]:
    """The province (``"p"``), district (``"d"``) and commune (``"c"``) the header's committees name:
    ``ĐẢNG BỘ TỈNH QUẢNG NGÃI / HUYỆN ỦY MỘ ĐỨC`` → ``{"p": "Quảng Ngãi", "d": "huyện Mộ Đức"}``. A district
    or commune keeps its unit (``thành phố Bắc Giang`` under ``ĐẢNG BỘ TỈNH BẮC GIANG`` is no province).
    Without a header, the committee a news headline names."""
    out: dict[str, str] = {}
    for m in _HEADER_PLACE.finditer(text, 0, HEADER_REACH):
        place = name_case(" ".join(m["place"].split()))
        level = "p" if m["p"] else "d" if m["d"] else "c"
        if level == "p" and "p" in out and m["p"].lower().startswith("thành"):
            level = "d"  # "THÀNH ỦY BẮC GIANG" under "ĐẢNG BỘ TỈNH BẮC GIANG": the provincial city
        if level != "p":
            place = f"{unit_of((m['p'] or m['d'] or m['c']).lower())} {place}"
        out.setdefault(level, place)
        out["own"] = level  # the last committee line issues the document
    if not out:
        m = _HEADLINE_PLACE.search(text, 0, HEADLINE_REACH)
        if m:
            out["p" if m["p"] else "d"] = m["place"] if m["p"] else f"{unit_of(m['d'])} {m['place']}"
    return out
