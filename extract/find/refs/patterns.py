"""Named patterns for document references (SPEC §2), built from data files.

Every constant has example strings; alternations are longest first.
"""
from __future__ import annotations

import functools

import regex

from extract.find.lexicon import Anchors, alternation, load_yaml
from extract.find.places import units

DOC_TYPES = load_yaml("doc_types.yaml")
ISSUERS = load_yaml("issuers.yaml")
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
ORDINALS = DOC_TYPES["ordinals"]  # "sáu" → 6


def roman(s: str) -> int | None:
    """``"XIII"`` → 13; None when ``s`` is not a roman numeral."""
    s = s.upper()
    if not s or any(c not in ROMAN for c in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = ROMAN[a]
        total += -v if b != " " and ROMAN.get(b, 0) > v else v
    return total


def number_word(s: str) -> int | None:
    """``"4"``, ``"IV"``, ``"tư"``, ``"lần thứ sáu"`` → the integer."""
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    return roman(s) or ORDINALS.get(s)


# type words, any case: "Nghị quyết", "nghị quyết", "NGHỊ QUYẾT", "Quyết định"
TYPE_WORD = rf"(?i:{alternation(list(DOC_TYPES['types']) + list(DOC_TYPES.get('aliases', {})))})"
# type codes: NQ, CT, QĐi, CTr, HD (any case: "11-hd/vptw")
_CODES = sorted({c for cs in DOC_TYPES["types"].values() for c in cs}, key=len, reverse=True)
TYPE_CODE = rf"(?i:{alternation(_CODES, tones=False)})"
# issuer codes: TW, TU, HU, ĐUK, BTCTW, VPTU, QUTW, HĐĐ (letters only: a digit after is a footnote)
ISSUER_CODE = r"(?:[\p{Lu}\p{Ll}]{1,12}+(?:-[\p{Lu}]{1,8}+)?)"
_NUM = r"(?P<num>\d{1,5})"
_GLUE = r"(?<![\d/])(?:(?<=[sS][ốỐ])|(?<!\p{L}))"  # "số47-QĐ/TW" is glued to "số" only
# Party symbols: "24-QĐ/TW", "01-CTr/HĐĐ", "646/QĐ/QUTW", "11-hd/vptw", "47-QĐ/TW" in "số47-QĐ/TW"
# the hyphen may be spaced ("12 -TB/HU", "24- CT/HU") or, after "số", missing ("Số 09 KH/ĐU")
_SEP = rf"(?:\s?[-–]\s?|(?<=(?i:số)[:\s]*+\d{{1,5}})[ ](?={TYPE_CODE}\s?/))"
# after a type word, a code of capitals is its type code as written: "Quyết định số 2139-QĐSN/TW"
_OPEN_CODE = r"(?(tw)[\p{Lu}Đ]{2,6}+(?=\s?/)|(?!))"
PARTY_SYMBOL = (rf"(?P<sym>{_NUM}{_SEP}(?P<tc>{TYPE_CODE}(?![\p{{L}}])|{_OPEN_CODE})\s?/\s?(?P<ic>{ISSUER_CODE})"
                rf"|{_NUM}/(?P<tc2>{TYPE_CODE})/(?P<ic2>{ISSUER_CODE}))")
# State symbols: "30/2020/NĐ-CP", "11/2022/QH15", "2217/QĐ-UBND", "06/2019/TT-BNV"; a công văn has no type code
# and no year, its issuer before the drafting unit: "1532/UBND-NN", "1234/TTg-KTTH"
# joint documents name every issuer: "04/2021/NQLT-CP-UBTWMTTQVN", "02/QCPH-UBND-UBMTTQ"; a slash may part the type
# from the issuers ("183/2010/TTLT/BTC-BNN"), a spaced hyphen and "&" are written too ("473/TTr -⏎NN&PTNT"); after a
# type word the number may name its issuer alone ("Tờ trình số 126/SKHĐT")
_STATE_ISSUER = r"[\p{Lu}Đ][\p{Lu}Đ&]{0,11}+(?:\p{Ll}|\d{1,2})?+(?:-[\p{Lu}Đ&]{1,12}+){0,3}"
STATE_SYMBOL = (rf"(?P<ssym>(?P<snum>\d{{1,5}})/(?:(?:(?P<syear>(?:19|20)\d\d)/)?"
                rf"(?:(?P<stc>{TYPE_CODE})(?:[^\S\n]?-[^\S\n]?\n?|/(?=[\p{{Lu}}Đ]++-))(?P<sic>{_STATE_ISSUER})"
                rf"|(?P<qh>(?:UBTVQH|QH)\d{{1,2}}))"  # "1847/QĐ-TTg": a lowercase letter may end the issuer
                rf"|(?P<cvic>[\p{{Lu}}Đ]{{2,10}}+\p{{Ll}}?+)[^\S\n]?-[^\S\n]?(?P<cvunit>[\p{{Lu}}Đ]{{1,10}}+)"
                rf"|(?(tw)(?!{TYPE_CODE}(?![\p{{L}}]))(?P<bic>[\p{{Lu}}Đ]{{2,10}}+)(?![\p{{L}}/-])|(?!))))")
STATE_LOCAL_CODES = frozenset(c.upper() for c in ISSUERS["state_local"])
TYPE_CODE_OF: dict[str, str] = {}  # kind → its code: "Nghị định" → "NĐ" (the kind's first code: "QĐ", not "QĐNS")
for _code, _kind in DOC_TYPES["code_types"].items():
    TYPE_CODE_OF.setdefault(_kind, (DOC_TYPES["types"].get(_kind) or [_code])[0])


@functools.lru_cache(maxsize=8192)  # read for every mention, and the same symbols are cited again and again
def is_state_symbol(symbol: str | None) -> bool:
    """Numbered the State way: ``30/2020/NĐ-CP``, ``2217/QĐ-UBND``, ``11/2022/QH15``, ``653/2019/UBTVQH14``
    (the last part holds a hyphen or names the National Assembly); ``24-QĐ/TW`` is a Party symbol."""
    parts = (symbol or "").split("/")
    return len(parts) >= 2 and ("-" in parts[-1] or parts[-1].upper().startswith(("QH", "UBTVQH")))


def identity_code(issuer_code: str | None, scope: str | None) -> str:
    """The issuer code a document is known by: as written, in capitals, but with OCR's ``Ư`` read as the ``U``
    of a local code (``13-NQ/TƯ`` of a province, which has a place, is its ``13-NQ/TU``) and as the ``W`` of a
    central one (``30-QĐ/TƯ`` of the Central Committee is ``30-QĐ/TW``) (dev/real NOTES 1: ``symbol`` and
    ``issuer_code`` keep ``TƯ`` as written)."""
    code = (issuer_code or "?").upper()
    if "Ư" not in code:
        return code
    if not scope and code.endswith("TƯ"):
        return code[:-1] + "W"
    return code.replace("Ư", "U")


SYMBOL = rf"{_GLUE}(?:{STATE_SYMBOL}|{PARTY_SYMBOL})(?![\p{{L}}/-]|\d*[/-])"
# "Chỉ thị số 05-CT/TW", "Kết luận số\n09-KL/TW", "Thông báo Kết luận 43-KL/TW", "Số 336-BS/VPTU", bare "19-NQ/TW"
FOOTNOTE = r"(?P<fn>[⁰¹²³⁴⁵⁶⁷⁸⁹]++|\d{1,2}(?=[\s,.;:)]))?"
# lowercase words between the type and "số" name the kind more closely: "Nghị quyết chuyên đề số 09-NQ/ĐUK"
_KIND_WORDS = r"(?:[^\S\n]++\p{Ll}++){1,3}?[^\S\n]++(?=(?i:số)\s*+\d)"
# the own number's label starts its line (after a table's "|"), or follows the star of a header run into one line
# ("ĐẢNG ỦY XÃ LA BẰNG * Số 09 KH/ĐU"); a legal database labels it "Số hiệu:"
OWN_LABEL = r"(?:(?m:(?<=^[ \t|]*+))|(?<=\*[ \t]*+))(?:Số|SỐ)(?:[ \t]++(?:hiệu|HIỆU))?[:\s]*+"
NUMBERED = (rf"(?P<numbered>(?:(?P<tb>(?i:thông báo)\s++)?(?P<tw>{TYPE_WORD})(?:{_KIND_WORDS})?\s*+(?:(?i:số)[:\s]*+)?|"
            rf"(?P<own>{OWN_LABEL})|(?i:số)[:\s]*+)?{SYMBOL}){FOOTNOTE}")  # "   Số 73-KH/HU" too
# "Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Hội nghị Trung ương 7 khóa XII", "Nghị quyết TW 4 khóa XII",
# "Kết luận Hội nghị Trung ương 4 khóa XIII", "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII",
# short forms: "Nghị quyết TƯ 4 khóa XII", "NQ TƯ 4 (khóa XII)", "NQTW 4 khóa XII"
_ORD = alternation(ORDINALS)
_PN = rf"(?P<pn>[1-9]\d?|[IVX]{{1,4}}|(?i:{_ORD}))(?![\p{{L}}\d])"
_KHOA = r"(?i:khóa|khoá)"
_TERM = rf"(?:\s*+,?\s*+\(?{_KHOA}\s++(?P<term>[IVXL]{{1,5}})\b\)?)?"
_TW = r"(?:TW|TƯ)"  # "Trung ương" abbreviated
PLENUM_SHORT = DOC_TYPES["plenum_short"]
PLENUM = (rf"(?P<plenum>(?:(?P<ptw>(?i:nghị quyết|kết luận))\s++|(?P<ptw>{alternation(PLENUM_SHORT, tones=False)})"
          rf"(?:\s++|(?={_TW})))(?:(?i:hội nghị)\s++)?"
          rf"(?:(?:(?i:lần thứ)\s++{_PN}\s++(?i:ban chấp hành)\s++(?i:trung ương)(?:\s++(?i:đảng)(?!\p{{L}}))?)"
          rf"|(?:(?i:ban chấp hành)\s++)?(?:(?i:trung ương)(?:\s++(?i:đảng)(?!\p{{L}}))?\s++|{_TW}\s*+)(?:(?i:lần thứ)\s++)?{_PN}"
          # "Hội nghị Trung ương 6, 7, 8 khóa XIII": more plenums of the term, each a reference
          rf"(?:(?:\s*+,\s*+|\s++(?i:và)\s++)(?P<pm>[1-9]\d?)(?![\p{{L}}\d]))*+){_TERM})")
# "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Nghị quyết Đại hội XIII của Đảng",
# "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII"
CONGRESS = (r"(?P<congress>(?P<ctw>(?i:nghị quyết))\s++(?i:đại hội)\s++(?:(?i:đại biểu)\s++)?"
            # a comma may stand before "lần thứ": "Nghị quyết Đại hội Đảng bộ xã, lần thứ XIV"
            r"(?:(?P<cscope>(?:(?i:toàn quốc)|(?i:Đảng\s++toàn quốc)|(?i:Đảng bộ)(?:\s++[\p{L}]++){0,4}?|(?i:Đảng)))"
            r"(?:\s++|[^\S\n]*+,[^\S\n]*+(?=(?i:lần thứ)\s)))?"
            r"(?:(?i:lần thứ)\s++)?(?P<cn>[IVXL]{1,5}|\d{1,2})(?![\p{L}\d])"
            # the organisation written after the number: "Nghị quyết Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội"
            rf"(?:[^\S\n]++(?P<cafter>(?i:Đảng bộ)[^\S\n]++{alternation(units())}(?:[^\S\n]++\p{{Lu}}\p{{Ll}}*+){{0,3}}))?)")
# "Nghị quyết 41 của Bộ Chính trị", "Nghị quyết số 26 Hội nghị Trung ương 7", "Kết luận 12" (short form); a law in
# lowercase is no document ("kỷ luật 3 Thành ủy viên")
CODELESS = (rf"(?P<codeless>(?!luật\s)(?P<cltw>{TYPE_WORD})\s++(?:(?P<clso>(?i:số))[:\s]*+)?(?P<clnum>\d{{1,4}})"
            rf"(?![\d\p{{L}}]|\s*[-/–]\s*\p{{L}}|[/.,]\d))")
# "Điều lệ Đảng", "Cương lĩnh chính trị", "Luật Phòng, chống tham nhũng", "Luật Cán bộ, công chức"
_LAW_WORD = r"\p{Lu}[\p{Ll}\p{Lu}]*+"
_LAW_TAIL = (rf"(?:\s++(?!{alternation(DOC_TYPES['law_name_stops'])}\b)[\p{{Ll}}\p{{Lu}}]++"
             rf"|,\s++{alternation(DOC_TYPES['law_name_pairs'])}"  # "Phòng, chống …", "Cán bộ, công chức"
             # "Tổ chức HĐND và UBND", but not "Cán bộ, công chức và Luật Viên chức"
             rf"|\s++và(?=\s++\p{{Lu}})(?!\s++(?:{TYPE_WORD})(?!\p{{L}})))")
_LAW_NAME = rf"{_LAW_WORD}(?:{_LAW_TAIL}){{0,10}}"
NAMED = (rf"(?P<named>(?i:{alternation(DOC_TYPES['named'])})(?![\p{{L}}])"
         # the Party's charter named alone: "thực hiện đúng Điều lệ, quy chế …" (not "Điều lệ Hội …")
         r"|Điều lệ(?=[^\S\n]*+[,;.:)”]|[^\S\n]++(?:và|của Đảng)(?!\p{L}))"
         # an amending law is one document, the laws it amends part of its name: "Luật Sửa đổi, bổ sung một số
         # điều của Luật Cán bộ, công chức và Luật Viên chức"
         rf"|(?P<law>Luật)\s++(?i:sửa đổi),?\s++(?i:bổ sung)\s++(?i:một số điều)\s++(?i:của)\s++(?:Bộ luật|Luật)\s++"
         rf"{_LAW_NAME}(?:(?:\s*+,\s*+|\s++và\s++)(?:Bộ luật|Luật)\s++{_LAW_NAME})*+"
         # not a school, a firm or a degree: "Trường Đại học Luật", "Công ty Luật", "Cử nhân Luật", "Đoàn Luật sư"
         rf"|(?<!{alternation(DOC_TYPES['not_law_after'])}\s)(?P<law>Bộ luật|Luật)\s++(?!sư(?!\p{{L}}))"
         # "Luật Đất đai (sửa đổi)": the revised law, not the one in force
         rf"(?!(?i:sửa đổi))(?P<lawname>{_LAW_NAME})(?:[^\S\n]*+\((?i:sửa đổi)(?:,[^\S\n]*+(?i:bổ sung))?\))?)")

# where a reference can start: the first two words of a type word or named document ("Kết luận",
# "Thông báo", "Luật"), "số" before a number ("số 21-CT/TW", "Số: 05-NQ/ĐU"), or a symbol's number,
# which "-" or "/" follows ("24-QĐ/TW", "30/2020/NĐ-CP")
_FIRST_WORDS = sorted({" ".join(w.split()[:2]) for w in list(DOC_TYPES["types"]) + list(DOC_TYPES.get("aliases", {}))
                       + DOC_TYPES["named"]}
                      | {"Thông báo", "Luật", "Bộ luật"} | {f"{w}{tw}" for w in PLENUM_SHORT for tw in ("", "TW", "TƯ")})
# a symbol's number is followed by its type code: "24-QĐ", "646/QĐ", "30/2020/NĐ", "11/2022/QH15"
ANCHORS = Anchors(_FIRST_WORDS, r"\d(?<![\d/]\d)(?=\d{0,4}(?:\s?[-–]\s?|/(?:(?:19|20)\d\d/)?)[^\W\d_])"
                                r"|s(?<!\ws)ố(?:\s+hiệu)?[:\s]*\d")
REFERENCE = regex.compile("|".join([PLENUM, CONGRESS, NUMBERED, CODELESS, NAMED]), regex.V1)
# the second member of "khóa XI, XII" / "khóa XI, khóa XII" / "khóa XI và XII"
NEXT_TERM = regex.compile(rf"(?:\s*+,\s*+|\s++và\s++)(?P<span>(?:{_KHOA}\s++)?(?P<term>[IVXL]{{1,5}}))(?![\p{{L}}\d])")
