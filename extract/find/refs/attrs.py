"""Attributes written beside a reference: date, issuer, term, plenum, subject (SPEC §2).

Example::

    >>> t = "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập; …"
    >>> a = attributes_after(t, 19); (a["issued_date"], a["issuer"], a["subject"])
    ('2016-05-15', 'Bộ Chính trị', 'đẩy mạnh học tập')
"""
from __future__ import annotations

import calendar
import functools

import regex

from extract.find.lexicon import alternation
from extract.find.places import ORGANS, committees, units
from extract.find.refs.patterns import ISSUERS, TYPE_WORD, number_word, roman
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


def _subject(text: str, i: int) -> tuple[str | None, int]:
    q = STEP_QUOTE.match(text, i, i + 420) if _next_letter(text, i) in '“"' else None  # "về “…”": the quoted title
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


# one pattern per step of the walk along what follows a reference: which attribute stands next. The steps start
# with different words ("ngày", "hội nghị", "của"/"do" + a body, a body, "khóa", a quote, "về"), so at most one
# matches at a place, and trying them as one alternation gives what trying them one by one gives
_STEP_PARTS = (("date", STEP_DATE), ("issuer", STEP_ISSUER), ("about", STEP_ABOUT), ("quote", STEP_QUOTE),
               ("plenum", STEP_PLENUM), ("term", STEP_TERM), ("bare", STEP_ISSUER_BARE))
STEPS = regex.compile("|".join(f"(?P<s_{n}>{p.pattern})" for n, p in _STEP_PARTS[:-1]))
STEPS_BARE = regex.compile("|".join(f"(?P<s_{n}>{p.pattern})" for n, p in _STEP_PARTS))  # … a body without "của" too
_S = {n: STEPS_BARE.groupindex[f"s_{n}"] for n, _ in _STEP_PARTS}  # the step's group, read by number
_S_DATE, _S_ISSUER, _S_ABOUT, _S_QUOTE, _S_PLENUM, _S_TERM, _S_BARE = (_S[n] for n, _ in _STEP_PARTS)  # STEPS: not _S_BARE
_G = STEPS_BARE.groupindex
_Y, _WY, _M, _WM, _D, _WD, _PN, _PN2, _TERM_G, _Q = (_G[k] for k in ("y", "wy", "m", "wm", "d", "wd", "pn", "pn2",
                                                                      "term", "q"))
QUOTE_REACH = 420  # a quoted title is read up to 400 characters
ABOUT_REACH = 20  # "về" stands within these characters after what it follows


def attributes_after(text: str, pos: int, joint: bool = False, bare: bool = True) -> dict:
    """Parse what follows a reference ending at ``pos``: date, issuer, term, plenum, subject; a ``joint``
    document (``Thông tư liên tịch``, ``…/TTLT-BNN-BNV``) names all its issuers; ``bare``: a body written without
    ``của`` right after it may be its issuer (not after a number without codes, which it would make a reference).

    Each step is one match of :data:`STEPS` (every step is bounded: the regex module may scan ahead for a required
    word); an attribute already read ends the walk, as does a subject (``về …``, a quoted title)."""
    out = {"issued_date": None, "issuer": None, "term": None, "plenum": None, "subject": None, "end": pos,
           "subject_at": None}
    fn = FOOTNOTE.match(text, pos, pos + 8) if text[pos:pos + 1].isdigit() else None  # "¹", "2": a footnote
    i = bare_at = fn.end() if fn else pos  # where a body named without "của" may stand
    for step in range(7):
        first = _next_letter(text, i)
        if first not in _STEP_FIRST:  # no step starts so (a plain test of the first letter before the pattern)
            m = None
        elif i == bare_at and bare and out["issuer"] is None and first in _ISSUER_FIRST:
            m = STEPS_BARE.match(text, i, i + QUOTE_REACH)
        else:
            m = STEPS.match(text, i, i + QUOTE_REACH)
        if m is not None and step == 6 and m[_S_QUOTE] is None and m[_S_ABOUT] is None:
            m = None  # six attributes read: only a subject may follow
        if m is None:
            if out["issuer"] is None and first in "cdg" and "\n" in text[i:i + 60]:
                m = STEP_ISSUER_BROKEN.match(text, i, i + WINDOW)
                if m is not None:
                    i = _issuer_step(m, text, out, joint)
                    continue
            break
        if m[_S_DATE] is not None:
            if out["issued_date"] is not None or m.end() > i + WINDOW:
                break
            y = m[_Y] or m[_WY]
            out["issued_date"] = iso_date(y, m[_M] or m[_WM], m[_D] or m[_WD]) if y else None
            i = bare_at = m.end()
        elif m[_S_QUOTE] is not None:  # a quoted title: “Về đẩy mạnh …”
            out["subject_at"], out["subject"], i = i, m[_Q].strip(), m.end()
            break
        elif m[_S_ABOUT] is not None:  # "về …", "v/v …"
            end = m.end()
            if end > i + ABOUT_REACH:  # "về" is read within its reach only
                a = STEP_ABOUT.match(text, i, i + ABOUT_REACH)
                if a is None:
                    break
                end = a.end()
            out["subject_at"] = end
            out["subject"], i = _subject(text, end)
            break
        elif m[_S_PLENUM] is not None:
            pn = number_word(m[_PN] or m[_PN2] or "")
            if out["plenum"] is not None or not pn or m.end() > i + WINDOW:
                break
            out["plenum"] = pn
            out["issuer"] = out["issuer"] or "Ban Chấp hành Trung ương"
            out["term"] = roman(m[_TERM_G]) if m[_TERM_G] else out["term"]
            i = m.end()
        elif m[_S_TERM] is not None:
            if out["term"] is not None or m.end() > i + WINDOW:
                break
            out["term"] = roman(m[_TERM_G])
            i = m.end()
        else:  # an issuer, after "của" or (STEPS_BARE) without it
            if out["issuer"] is not None or m.end() > i + WINDOW:
                break
            i = _issuer_step(m, text, out, joint)
    out["end"] = i
    return out


# the first letter of each step after its spaces and comma (lowercase): "ngày", "ban hành", "(", "của", "do", "giữa",
# "về", a quote, "tại", "hội nghị", "khóa", and the first letter of a body's name (a body written without "của")
_ISSUER_FIRST = frozenset(n[:1].lower() for n in (*ISSUERS["central"], *_LOCAL))
_STEP_FIRST = frozenset("nb(cdgv“\"thk") | _ISSUER_FIRST


def _next_letter(text: str, i: int) -> str:
    """The first character after ``i`` past white space, a comma and white space again, in lowercase ("" at the
    end): what a step must start with."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i] == ",":
        i += 1
        while i < n and text[i].isspace():
            i += 1
    return text[i].lower() if i < n else ""


def _issuer_step(m, text: str, out: dict, joint: bool) -> int:
    """Take the issuer (and term) a step read; a joint document's second body after it; where the walk goes on."""
    out["issuer"] = issuer_name(m)
    out["term"] = roman(m["term"]) if m["term"] else out["term"]
    i = m.end()
    j = STEP_JOINT.match(text, i, i + WINDOW) if joint else None
    if j:
        out["issuer"] = f"{out['issuer']} và {issuer_name(j)}"
        i = j.end()
    return i


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


