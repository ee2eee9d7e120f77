"""The patterns of what is written beside a reference (SPEC §2): its date, issuer (a body's normal name), plenum,
term and subject, read by :mod:`.steps` (after it) and :mod:`.before`; a body's issuer code.

Example::

    >>> m = STEP_ISSUER.match(" của Ban Thường vụ Tỉnh ủy Lạng Sơn về …")
    >>> issuer_name(m), issuer_code_of(issuer_name(m))
    ('Ban Thường vụ Tỉnh ủy Lạng Sơn', 'TU')
"""
from __future__ import annotations

import calendar
import functools

import regex

from extract.find.lexicon import alternation
from extract.find.places import ORGANS, committees, units
from extract.find.refs.patterns import ISSUERS, TYPE_WORD
from extract.normalize import fold

CENTRAL = {fold(k): v for k, v in ISSUERS["central"].items()}  # folded name → normal name
# the local bodies of the data file, and each board of a committee before each committee ("Ban Tổ chức Đảng ủy")
_LOCAL = list(dict.fromkeys([*ISSUERS["local"], *(f"{o} {c}" for o in ORGANS
                                                  for c in (*committees(), "Đảng ủy Khối", "Đảng ủy"))]))
_LOCAL_BY_KEY: dict = {}
for _b in _LOCAL:
    _LOCAL_BY_KEY.setdefault(fold(_b), _b)
_STOP = r"(?:về|của|do|đã|ban|ngày|và|theo|tại|với|năm|khóa|khoá)(?!\p{L})"
_CAP_WORD = r"[^\S\n]++\p{Lu}\p{Ll}*+"  # " Lạng", " Sơn"
# what follows a local body: a bloc's name through its unit ("Đảng ủy Khối Doanh nghiệp tỉnh", "… Khối các cơ quan
# tỉnh Lạng Sơn"), an institution's name ("Đảng ủy Đại học Thái Nguyên"), or a place ("Tỉnh ủy Lạng Sơn")
_PLACE = (rf"(?P<place>(?<=(?i:khối))(?:[^\S\n]++(?!{_STOP})\p{{L}}++){{1,4}}?[^\S\n]++"
          rf"(?:{alternation(units('p'))}|Trung ương)(?!\p{{L}})(?:{_CAP_WORD}){{0,3}}"
          rf"|(?<={alternation(['Đảng ủy'])})[^\S\n]++(?:Trường[^\S\n]++)?{alternation(ISSUERS['institutions'])}(?:{_CAP_WORD}){{1,5}}"
          rf"|(?:[^\S\n]++{alternation(units('pd'))}?[^\S\n]*+\p{{Lu}}\p{{Ll}}*+"
          r"(?:[^\S\n]++\p{Lu}\p{Ll}*+){0,2}))?")
# "Bộ Chính trị", "Ban Chấp hành Trung ương Đảng", "Ban Thường vụ Tỉnh ủy Lạng Sơn", "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn"
def _any_space(alt: str) -> str:
    """An alternation whose spaces may be any run of white space: "Ban Chấp hành⏎Trung ương"."""
    return alt.replace("\\ ", r"\s++")


def _issuer(spaces=lambda alt: alt) -> str:
    return (rf"(?:(?P<central>(?i:{spaces(alternation(ISSUERS['central']))}))(?![\p{{L}}])"
            # not a committee member's title: "Thành ủy viên"
            rf"|(?P<local>(?i:{spaces(alternation(_LOCAL))}))(?![\p{{L}}]|[^\S\n]++viên(?!\p{{L}})){_PLACE})")


ISSUER = _issuer()
# the same names broken over a line ("Ban Chấp hành⏎Trung ương"): tried only when a line break is near, because
# an alternation of plain words is much faster to match than one with "\s++" inside its names
ISSUER_ANY_SPACE = _issuer(_any_space)
_KHOA = r"(?i:khóa|khoá)"
_TERM = rf"\s*+,?\s*+\(?{_KHOA}\s++(?P<term>[IVXL]{{1,5}})\b\)?"
_DATE = (r"(?i:ngày|ngay)\s*+(?:(?P<d>\d{1,2})\s*+[/.-]\s*+(?P<m>\d{1,2})\s*+[/.-]\s*+(?P<y>(?:19|20)\d\d)"
         r"|(?P<wd>\d{1,2})\s++(?i:tháng)\s++(?P<wm>\d{1,2})\s++(?i:năm)\s++(?P<wy>(?:19|20)\d\d)"
         # a day without its year is no issue date, but the issuer may follow it: "ngày 20/5 của Bộ Chính trị"
         r"|\d{1,2}\s*+[/.-]\s*+\d{1,2}(?![/.-]?\d)(?=\s*+,?\s*+(?i:của|do)\s))")
# ", ngày 15/5/2016", " ban hành ngày …", or "ngày …" opening the next line ("Chỉ thị số 42-CT/TW⏎ngày 24/3/2020")
STEP_DATE = regex.compile(rf"(?:[ \t]*+,?[ \t]*+|[ \t]*+\n[ \t]*+)(?:(?i:ban hành)\s++)?(?P<paren>\()?{_DATE}(?(paren)\))")
STEP_ISSUER = regex.compile(rf"\s*+,?\s*+(?i:của|do|giữa)\s++{ISSUER}(?:{_TERM})?")
STEP_ISSUER_BROKEN = regex.compile(rf"\s*+,?\s*+(?i:của|do|giữa)\s++{ISSUER_ANY_SPACE}(?:{_TERM})?")
# a body right after the symbol or its date, where a page lost "của" (not one that acts in its own clause):
# "Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 Ban Tổ chức Trung ương …"
STEP_ISSUER_BARE = regex.compile(rf"[^\S\n]++{ISSUER}(?:{_TERM})?"
                                 rf"(?![^\S\n]++{alternation(ISSUERS['acting_verbs'])}(?!\p{{L}}))")
# the second body of a joint document: "… của Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nội vụ"
STEP_JOINT = regex.compile(rf"\s++(?:và|với)\s++{ISSUER}")
FOOTNOTE = regex.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]++|\d{1,2}(?=[\s,.;:)])")
STEP_PLENUM = regex.compile(
    rf"\s*+,?\s*+(?:(?i:của|tại)\s++)?(?i:hội nghị)\s++(?:(?i:lần thứ)\s++(?P<pn>\S+?)\s++(?:(?i:ban chấp hành)|BCH)\s*+(?:(?i:trung ương)|TW|TƯ)"
    rf"(?:\s++(?i:đảng)(?!\p{{L}}))?|(?:(?i:trung ương)|TW|TƯ)\s*+(?:(?i:lần thứ)\s++)?(?P<pn2>\S+?))(?={_TERM}|[\s,.;])(?:{_TERM})?")  # "Hội nghị TƯ 4"
STEP_TERM = regex.compile(rf"\s*+,?\s*+(?:(?i:của)\s++)?{_KHOA}\s++(?P<term>[IVXL]{{1,5}})\b\)?")
STEP_QUOTE = regex.compile(r"\s*+,?\s*+[“\"](?P<q>[^”\"\n]{3,400})[”\"]")
STEP_ABOUT = regex.compile(r"\s*+,?\s*+(?:(?i:về)|(?i:v/v))\s++")
# after a comma, what opens the sentence's own clause rather than another item of the subject: "…, đã xác minh",
# "…, việc cụ thể hóa …", "…, giải quyết dứt điểm 14 vụ" (a count within four syllables; a year, a date or a number
# of years stays in it: "…, tầm nhìn đến năm 2045", "…, ngày 02/02/2023 của …", "…, nhiệm vụ 5 năm"; "việc làm" is
# a subject's word)
_NEW_CLAUSE = (r"(?:(?:đã|đang|sẽ|chưa|còn|vẫn|qua đó|từ đó|tuy nhiên|nhưng|việc(?![^\S\n]++làm))(?!\p{L})"
               r"|(?:(?!(?:ngày|tháng|năm|quý)(?!\p{L}))\p{Ll}++[^\S\n]++){0,4}"
               r"(?!(?:19|20)\d\d(?!\d)|\d++[^\S\n]++(?:năm|tháng|ngày)(?!\p{L})|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])(?!\d))\d)")
# a subject ends at the end of its clause, before a new list member ("… và Hướng dẫn số 12-HD/…") or "như sau:"
SUBJECT_STOP = regex.compile(rf"[;:\n(]|\.(?=\s|$)|,\s*+(?=\p{{Lu}}(?!ề)|{_NEW_CLAUSE})"
                             rf"|\s(?:gắn với|nhằm|để|đồng thời|như sau)(?!\p{{L}})"
                             # "… của Đảng được duy trì nghiêm túc": the sentence goes on, the subject does not
                             rf"|\s(?:đã\s++)?được\s++(?:duy trì|thực hiện|triển khai|quán triệt|tổ chức|ban hành)(?!\p{{L}})"
                             rf"|\s++và\s++(?={TYPE_WORD}\s++(?:(?i:số)\s*+)?\d)")
WINDOW = 200  # characters an attribute step may look at
@functools.lru_cache(maxsize=4096)  # the same dates are written again and again
def iso_date(y, m, d) -> str | None:
    """``(2021, 7, 30)`` → ``"2021-07-30"``; None when impossible."""
    try:
        y, m, d = int(y), int(m), int(d)
        return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= d <= calendar.monthrange(y, m)[1] else None
    except (ValueError, calendar.IllegalMonthError):
        return None


_ABBREVIATED = {"BTV": "Ban Thường vụ", "BCH": "Ban Chấp hành", "UBKT": "Ủy ban Kiểm tra", "TU": "Tỉnh ủy", "HU": "Huyện ủy"}


def _expand(body: str) -> str:
    """``BTV Tỉnh ủy`` → ``Ban Thường vụ Tỉnh ủy``; ``BTV TU`` → ``Ban Thường vụ Tỉnh ủy``."""
    return " ".join(_ABBREVIATED.get(w, w) for w in body.split())


def issuer_name(m) -> str:
    """Normal name of a matched issuer: ``Bộ Chính Trị`` → ``Bộ Chính trị``; local bodies keep their place."""
    return _issuer_name(m["central"], m["local"], m["place"])


@functools.lru_cache(maxsize=4096)  # the same bodies are named again and again
def _issuer_name(central: str | None, local: str | None, place: str | None) -> str:
    if central:
        return CENTRAL.get(fold(" ".join(central.split())), central)
    local = " ".join(local.split())
    body = _expand(_LOCAL_BY_KEY.get(fold(local), local))
    place = " ".join((place or "").split())
    return f"{body} {place}".strip()


def next_letter(text: str, i: int) -> str:
    """The first character after ``i`` past white space, a comma and white space again, in lowercase ("" at the
    end): what an attribute written next must start with."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i] == ",":
        i += 1
        while i < n and text[i].isspace():
            i += 1
    return text[i].lower() if i < n else ""


def subject(text: str, i: int) -> tuple[str | None, int]:
    """The subject starting at ``i`` (after "về") and where it ends: a quoted title, else up to the end of its
    clause (:data:`SUBJECT_STOP`)."""
    q = STEP_QUOTE.match(text, i, i + 420) if next_letter(text, i) in '“"' else None  # "về “…”": the quoted title
    if q:
        return q["q"].strip(), q.end()
    stop = SUBJECT_STOP.search(text, i, min(len(text), i + 600))
    end = stop.start() if stop else min(len(text), i + 600)
    subj = text[i:end].strip().rstrip(",:").rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹")  # a footnote mark is no part of it
    # keep a quoted title whole: “Về đẩy mạnh …”
    if subj.count("“") > subj.count("”"):
        close = text.find("”", end, end + 400)
        if close > 0:
            end = close + 1
            subj = text[i:end].strip()
    return (subj or None), end


_BODY_CODES = {fold(b): c for b, c in ISSUERS["body_codes"].items()}
_BOARD_CODES = sorted(((fold(b), c) for b, c in ISSUERS["board_codes"].items()), key=lambda bc: -len(bc[0]))
_COMMITTEE_CODES = sorted(((fold(b), c) for b, c in ISSUERS["committee_codes"].items()), key=lambda bc: -len(bc[0]))


@functools.lru_cache(maxsize=4096)
def issuer_code_of(issuer: str | None) -> str | None:
    """The issuer code of the documents a body issues: ``Bộ Chính trị`` → ``TW``, ``Quốc hội`` → ``QH``,
    ``Ban Tổ chức Tỉnh ủy`` → ``BTCTU``, ``Ban Thường vụ Huyện ủy Vĩnh Linh`` → ``HU``; None for another body."""
    key = fold(issuer) if issuer else ""
    if key in _BODY_CODES:
        return _BODY_CODES[key]
    board = next(((b, c) for b, c in _BOARD_CODES if key.startswith(b + " ")), ("", ""))
    rest = key[len(board[0]):].strip() + " "
    return next((board[1] + c for k, c in _COMMITTEE_CODES if rest.startswith(k + " ")), None)


