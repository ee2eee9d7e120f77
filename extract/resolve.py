"""Canonical ids over a whole archive (SPEC §2): one id per real document, different ids for different ones.

Central (TW) numbering restarts with every term of the Central Committee, local
numbering with every local congress, so an id is ``<type>/<issuer>/<number>/<term>``:
``KL/TW/12/k13`` is Kết luận 12-KL/TW of the XIII term. A mention with neither date
nor term joins the latest document with that symbol known in the archive that is
not newer than the citing document; when nothing is known, the id says so (``k?``).

Example::

    >>> docs = [{"doc_id": "a", "ref_date": "2022-03-01", "doc_refs": [
    ...     {"symbol": "12-KL/TW", "type_code": "KL", "issuer_code": "TW", "number": "12", "issued_date": "2021-07-06"},
    ...     {"symbol": "12-KL/TW", "type_code": "KL", "issuer_code": "TW", "number": "12", "issued_date": None}]}]
    >>> resolve_archive(docs); [r["canonical_id"] for r in docs[0]["doc_refs"]]
    ['KL/TW/12/k13', 'KL/TW/12/k13']
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import Optional

import regex

from extract.find.lexicon import load_yaml
from extract.find.refs_patterns import identity_code, is_state_symbol
from extract.normalize import fold, new_tone

_TERMS = load_yaml("terms.yaml")
_CENTRAL = sorted((str(d), int(t)) for t, d in _TERMS["central"].items())
_LOCAL = sorted((str(d), int(y)) for y, d in _TERMS["local"].items())
_NAMED = {fold(n): n for n in load_yaml("doc_types.yaml")["named"]}  # the named documents as the data file writes them
_STATE_TYPES = frozenset(load_yaml("doc_types.yaml")["state_types"])
_STATE_CODES = frozenset(c.upper() for cs in load_yaml("doc_types.yaml")["types"].values() for c in cs)
_TYPE_CODE = {"Nghị quyết": "NQ", "Chỉ thị": "CT", "Kết luận": "KL", "Quy định": "QĐ", "Quyết định": "QĐ",
              "Hướng dẫn": "HD", "Kế hoạch": "KH", "Thông báo": "TB", "Báo cáo": "BC", "Chương trình": "CTr",
              "Đề án": "ĐA", "Công văn": "CV", "Quy chế": "QC"}


def _is_central(issuer_code: Optional[str]) -> bool:
    return (issuer_code or "").upper().endswith("TW")


def term_of(date: Optional[str], central: bool) -> Optional[str]:
    """The term a date falls in: ``("2017-03-01", True)`` → ``"k12"``; local terms by congress year."""
    if not date:
        return None
    table = _CENTRAL if central else _LOCAL
    i = bisect_right([d for d, _ in table], date[:10]) - 1
    if i < 0:
        return None
    return f"k{table[i][1]}" if central else f"t{table[i][1]}"


def _term_start(term: str, central: bool) -> Optional[str]:
    table = _CENTRAL if central else _LOCAL
    n = int(term[1:])
    return next((d for d, t in table if t == n), None)


def _base(r: dict) -> Optional[str]:
    """The part of the id that does not depend on time: ``KL/TW/12``, or ``NQ/TW/HNTW4`` for a plenum's
    resolution named without a number; None for other unnumbered refs. A number wins over the plenum:
    ``Nghị quyết số 04-NQ/TW Hội nghị Trung ương 4`` and ``Nghị quyết số 04-NQ/TW`` are one document."""
    number = r.get("number")
    if not number or not str(number).isdigit():
        if r.get("plenum"):
            return f"{_TYPE_CODE.get(r.get('doc_type'), r.get('doc_type'))}/TW/HNTW{r['plenum']}"
        return None
    tc = r.get("type_code") or _TYPE_CODE.get(r.get("doc_type") or "", r.get("doc_type"))
    ic = identity_code(r.get("issuer_code"), r.get("scope"))  # "TƯ" (OCR) is a province's TU or the central TW
    scope = f"@{r['scope']}" if r.get("scope") else ""  # "KH/TU@Bắc Giang/15": the committee of one province
    return f"{tc}/{ic}{scope}/{int(number)}"


def _state_id(r: dict) -> Optional[str]:
    """State documents are their symbol with its year: ``30/2020/NĐ-CP`` → ``NĐ-CP/30/2020``."""
    sym = r.get("symbol") or ""
    parts = sym.split("/")
    if is_state_symbol(sym):
        year = next((p for p in parts[1:-1] if len(p) == 4 and p.isdigit()), None)  # not the number: "1234/QĐ-UBND"
        year = year or (r.get("issued_date") or "")[:4] or "y?"
        scope = f"@{r['scope']}" if r.get("scope") else ""  # "QĐ-UBND@Nghệ An/512/2023": one province's
        return f"{parts[-1].upper()}{scope}/{int(parts[0]) if parts[0].isdigit() else parts[0]}/{year}"
    return None


def _explicit_term(r: dict, base: str) -> Optional[str]:
    central = base.split("/")[1].endswith("TW")
    if r.get("term") and central:
        return f"k{r['term']}"
    return term_of(r.get("issued_date"), central)


def _named_id(r: dict) -> str:
    if r.get("congress"):  # "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI" → NQ/ĐH16/Đảng bộ tỉnh
        text = new_tone(" ".join((r.get("text") or "").split()))
        if text.isupper():  # "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII" is the same as in lowercase
            text = text.lower().replace("đảng bộ", "Đảng bộ")
        scope = "toàn quốc" if "Đảng bộ" not in text else "Đảng bộ" + text.split("Đảng bộ", 1)[1].split(" lần")[0]
        scope = " ".join(scope.split())
        if r.get("scope") and scope in ("Đảng bộ tỉnh", "Đảng bộ huyện", "Đảng bộ thành phố"):
            # "Đại hội Đảng bộ tỉnh lần thứ XIX" of the citing document's province; a district's place holds its unit
            scope = f"Đảng bộ {r['scope']}" if r["scope"].split()[0].islower() else f"{scope} {r['scope']}"
        return f"NQ/ĐH{r['congress']}/{scope}"
    text = " ".join((r.get("text") or "").split())
    return f"{r.get('doc_type')}/{_NAMED.get(fold(text)) or new_tone(text)}"  # "ĐIỀU LỆ ĐẢNG" is "Điều lệ Đảng"


# the fields an id's symbol part depends on: a reference's key
KEY = ("symbol", "number", "doc_type", "type_code", "issuer_code", "issued_date", "term", "plenum", "scope")
# the reference fields resolution reads, the key first (the store loads rows of these, in this order)
FIELDS = KEY + ("text", "congress", "subject", "issuer")
# what the first pass learns from: the key, the subject ("về …") and the issuer, evidence of which document is meant,
# and the text, which holds a numbered law's name ("Luật Đất đai số 31/2024/QH15")
LEARN = KEY + ("subject", "issuer", "text")
_SUBJECT = FIELDS.index("subject")
_ISSUER = FIELDS.index("issuer")
_TEXT = FIELDS.index("text")
_TYPE = KEY.index("doc_type")
_LAWS = ("Luật", "Bộ luật")
# a law's name is what its mention writes before the number: "Luật Đất đai số 31/2024/QH15" → "Luật Đất đai"
_LAW_NAME = regex.compile(r"^(?P<name>.*?)[^\S\n]*+(?:(?i:số)[^\S\n]*+)?\d")


def law_name(doc_type: Optional[str], text: Optional[str]) -> Optional[str]:
    """The folded name of a law a mention names (``Luật Đất đai số 31/2024/QH15`` and ``Luật đất đai`` → one key);
    None for other documents and for a law named by its number alone (``Luật số 11/2022/QH15``)."""
    if doc_type not in _LAWS or not text:
        return None
    m = _LAW_NAME.match(text)
    name = fold(m["name"] if m else text)
    return name if name and name != fold(doc_type) else None

# central bodies that never share a document: one number of one term is one body's document, so a
# "Chỉ thị 05-CT/TW của Bộ Chính trị" is not the Ban Bí thư's "Chỉ thị số 05-CT/TW, ngày 05/11/2021"
_BODIES = {"bộ chính trị": "BCT", "bct": "BCT", "ban bí thư": "BBT", "bbt": "BBT",
           "ban chấp hành trung ương": "BCHTW", "ban chấp hành trung ương đảng": "BCHTW", "bch tw": "BCHTW",
           "bchtw": "BCHTW", "trung ương": "BCHTW", "trung ương đảng": "BCHTW"}


def _body(issuer: Optional[str]) -> Optional[str]:
    """The central body an issuer names (``Bộ Chính trị`` → ``BCT``), or None."""
    if not issuer:
        return None
    key = " ".join(issuer.lower().split())
    for prefix in ("của ", "do "):
        key = key[len(prefix):] if key.startswith(prefix) else key
    return _BODIES.get(key)
_DATE = KEY.index("issued_date")


class Resolver:
    """Canonical ids in two passes over references, holding only what is known per document symbol.

    ``learn`` every reference (or only each distinct key) first: which terms each symbol is known in,
    and since when; then ``canonical_id`` each one. Memory grows with the number of distinct
    documents cited, not with the number of mentions, so the store streams an archive of any size
    through it.
    """

    def __init__(self):
        self.memo: dict = {}  # key → (state id, base, explicit term): a reference in many documents is worked out once
        self.known: dict[str, dict[str, str]] = defaultdict(dict)  # base → {term: earliest date seen}
        self.scopes: dict[str, set] = defaultdict(set)  # local base without its place → the places it is known in
        self.subjects: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # base → term → subjects
        self.bodies: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # base → term → central bodies
        self.laws: dict[str, dict[str, str]] = defaultdict(dict)  # law's name → {its numbered id: date}
        self.states: dict[tuple, dict[str, str]] = defaultdict(dict)  # (type code, number) → {State id: date}

    def _parts(self, key: tuple) -> tuple:
        got = self.memo.get(key)
        if got is None:
            r = dict(zip(KEY, key))
            state = _state_id(r)
            base = None if state else _base(r)
            got = self.memo[key] = (state, base, _explicit_term(r, base) if base else None)
        return got

    def learn(self, r: dict) -> None:
        """Take note of the term a mention writes or dates, if any, and of its subject."""
        self.learn_key(tuple(r.get(k) for k in LEARN))

    def learn_key(self, key: tuple) -> None:
        """:meth:`learn` from a reference's ``LEARN`` values (``KEY`` values alone are enough)."""
        subject = key[len(KEY)] if len(key) > len(KEY) else None
        body = _body(key[len(KEY) + 1]) if len(key) > len(KEY) + 1 else None
        name = law_name(key[_TYPE], key[len(KEY) + 2]) if len(key) > len(KEY) + 2 else None
        key = key[:len(KEY)]
        state, base, t = self._parts(key)
        if state and (number := _state_number(state)):
            date = _state_date(state, key[_DATE])
            seen = self.states[number]
            seen[state] = min(seen.get(state, date), date)
        if state and name:
            date = _state_date(state, key[_DATE])
            seen = self.laws[name]
            seen[state] = min(seen.get(state, date), date)
        if base and not state and t and subject:
            self.subjects[base][t].add(_subject_key(subject))
        if base and not state and t and body:
            self.bodies[base][t].add(body)
        if base and not state and "@" in base:
            self.scopes[_unscoped(base)].add(base)
        if base and not state and t:
            date = key[_DATE] or _term_start(t, t.startswith("k")) or "0000"
            seen = self.known[base]
            seen[t] = min(seen.get(t, date), date)

    def canonical_id(self, r: dict, citing: Optional[str]) -> str:
        """The id of the document ``r`` names, cited by a document dated ``citing`` (ISO or None)."""
        return self.canonical_id_row(tuple(r.get(k) for k in FIELDS), citing)

    def canonical_id_row(self, row: tuple, citing: Optional[str], in_text: Optional[dict] = None,
                         laws_in_text: Optional[dict] = None) -> str:
        """:meth:`canonical_id` of a row of ``FIELDS`` values; ``in_text`` maps a base to the term another
        mention of the same text gives it (``Chỉ thị số 05-CT/TW, ngày 15/5/2016 … Chỉ thị 05-CT/TW``) and
        a State document's (type code, number) to the ids this text gives it, ``laws_in_text`` a law's name
        to the numbered ids this text gives it."""
        state, base, term = self._parts(row[:len(KEY)])
        if state:
            return state
        if base and not row[0] and (by_number := self._state_by_number(row, citing, in_text)):
            return by_number  # "Nghị định 130" after "Nghị định số 130/2020/NĐ-CP"
        if base and not row[0] and row[_TYPE] in _STATE_TYPES:  # "Nghị định 130" of unknown year: "NĐ-?/130/y?"
            r = dict(zip(KEY, row[:len(KEY)]))
            return f"{r['type_code'] or r['doc_type']}-{(r['issuer_code'] or '?').upper()}/{int(r['number'])}/y?"
        if not base and (name := law_name(row[_TYPE], row[_TEXT])):
            numbered = self._numbered_law(name, citing, laws_in_text)
            if numbered:
                return numbered
        if base and "@" not in base and len(places := self.scopes.get(base, ())) == 1:
            base = next(iter(places))  # a local document of unknown place, where the archive knows only one
        if base:
            if not term:
                body = _body(row[_ISSUER]) if len(row) > _ISSUER else None
                same, other = (in_text or {}).get(base, (None, None))
                if same and body and other and body != other:  # this text's dated mention is another body's
                    term = self._by_subject(base, row) or _pick(base, self._options(base, body, same), citing)
                else:  # a subject that clearly names another term's document outweighs this text's other mention
                    term = self._by_subject(base, row) or same or _pick(base, self._options(base, body), citing)
            return f"{base}/{term}"
        return _named_id(dict(zip(FIELDS, row)))

    def _options(self, base: str, body: Optional[str], not_term: Optional[str] = None) -> dict[str, str]:
        """The known terms of ``base`` (term → earliest date) but ``not_term``; those whose document the
        mention's body issued, when the archive knows any (else a writer may have named the wrong body)."""
        options = {t: d for t, d in self.known.get(base, {}).items() if t != not_term}
        bodies = self.bodies.get(base) if body else None
        matching = {t: d for t, d in options.items() if body in bodies.get(t, ())} if bodies else {}
        return matching or options

    def _by_subject(self, base: str, row: tuple) -> Optional[str]:
        """The one term whose document of this base was cited with a subject that clearly matches best (most of
        the mention's content words, well ahead of any other term's): ``về một số vấn đề tiếp tục đổi mới, sắp xếp
        tổ chức bộ máy`` is the 2017 ``18-NQ/TW``, not the 2022 one ``về tiếp tục đổi mới, hoàn thiện thể chế …``."""
        subject = row[_SUBJECT] if len(row) > _SUBJECT else None
        known = self.subjects.get(base) if subject else None
        if not known:
            return None
        key = _subject_key(subject)
        if len(key) < 2:  # "về đất đai" alone tells little
            return None
        scores = sorted(((max(_subject_score(key, k) for k in keys), t) for t, keys in known.items()), reverse=True)
        best, term = scores[0]
        second = scores[1][0] if len(scores) > 1 else 0.0
        return term if best >= SUBJECT_MATCH and best - second >= SUBJECT_MARGIN else None

    def _state_by_number(self, row: tuple, citing: Optional[str], in_text: Optional[dict]) -> Optional[str]:
        """The one State document of this type code and number (and issuer code and place, when the mention
        has them) that the citing text gives, else the one the archive knows not newer than the citing
        document: ``Quyết định 1600`` after ``Quyết định số 1600/QĐ-TTg``; None when none or several are."""
        r = dict(zip(KEY, row[:len(KEY)]))
        if not r["type_code"] or not str(r["number"]).isdigit():
            return None
        number = (r["type_code"].upper(), int(r["number"]))

        def fits(state_id: str) -> bool:
            code, _, scope = state_id.split("/", 1)[0].partition("@")
            ic = code.split("-", 1)[1]
            return (not r["issuer_code"] or ic == r["issuer_code"].upper()) and (not r["scope"] or scope == r["scope"])

        here = [i for i in (in_text or {}).get(number, ()) if fits(i)]
        if here:
            return here[0] if len(set(here)) == 1 else None
        known = [i for i, date in self.states.get(number, {}).items() if fits(i) and (citing is None or date <= citing)]
        return known[0] if len(known) == 1 else None

    def _numbered_law(self, name: str, citing: Optional[str], laws_in_text: Optional[dict]) -> Optional[str]:
        """The one numbered law of this name that the citing text gives, else the one the archive knows not
        newer than the citing document (``Luật Đất đai`` after ``Luật Đất đai số 31/2024/QH15``); None when
        there are none or several (``45/2013/QH13`` and ``31/2024/QH15`` cited in 2025)."""
        here = (laws_in_text or {}).get(name, ())
        if len(here) == 1:
            return next(iter(here))
        known = [i for i, date in self.laws.get(name, {}).items() if citing is None or date <= citing]
        return known[0] if len(known) == 1 and not here else None

    def document_ids(self, rows: list[tuple], citing: Optional[str]) -> list[str]:
        """The ids of one document's references (rows of ``FIELDS`` values): a mention without date or
        term takes the term another mention of the same document in this text gives it."""
        in_text: dict[str, tuple] = {}  # base → (term, central body) of its first mention with a term
        laws: dict[str, set] = defaultdict(set)  # law's name → the numbered ids this text gives it
        for row in rows:
            state, base, term = self._parts(row[:len(KEY)])
            if base and not state and term:
                in_text.setdefault(base, (term, _body(row[_ISSUER]) if len(row) > _ISSUER else None))
            if state and (name := law_name(row[_TYPE], row[_TEXT])):
                laws[name].add(state)
            if state and (number := _state_number(state)):
                in_text.setdefault(number, set()).add(state)
        return [self.canonical_id_row(row, citing, in_text, laws) for row in rows]


def _state_number(state_id: str) -> Optional[tuple]:
    """A State id's type code and number: ``NĐ-CP/130/2020`` → ``("NĐ", 130)``; None without a type code
    (a law ``QH15/31/2024``, a công văn ``UBND-NN/1532/2021``)."""
    code, number, _ = state_id.split("/")
    tc = code.split("-", 1)[0]
    if "-" not in code or not number.isdigit() or tc.upper() not in _STATE_CODES:
        return None
    return tc.upper(), int(number)


def _state_date(state_id: str, issued: Optional[str]) -> str:
    """When a State document is known from: its date, else its year's first day (``QH15/31/2024`` →
    ``2024-01-01``), else ``0000``."""
    year = state_id.rsplit("/", 1)[-1]
    return issued or (f"{year}-01-01" if year.isdigit() else "0000")


_SUBJECT_WORDS = load_yaml("subjects.yaml")
_SUBJECT_PHRASES = regex.compile(r"(?<!\S)(?:" + "|".join(regex.escape(fold(p)) for p in sorted(
    _SUBJECT_WORDS["phrases"], key=len, reverse=True)) + r")(?!\S)")
_SUBJECT_STOP = frozenset(fold(w) for w in _SUBJECT_WORDS["words"])
SUBJECT_WORDS = 16  # the content words of a subject compared: enough to tell two documents of one number apart
SUBJECT_MATCH = 0.6  # share of a mention's content words a known subject must hold to be evidence
SUBJECT_MARGIN = 0.3  # … and by how much more than any other term's subject


def _subject_key(subject: str) -> frozenset:
    """The first content words of a subject, folded, without words a writer adds or drops freely
    (``về``, ``một số vấn đề``, ``tiếp tục``): ``Về một số vấn đề về tiếp tục đổi mới, sắp xếp …`` and
    ``tiếp tục đổi mới, sắp xếp …`` give one key."""
    words = _SUBJECT_PHRASES.sub(" ", fold(regex.sub(r"[^\p{L}\d\s]++", " ", subject))).split()
    return frozenset([w for w in words if w not in _SUBJECT_STOP][:SUBJECT_WORDS])


def _subject_score(key: frozenset, known: frozenset) -> float:
    """Share of a mention's subject words that a known subject holds."""
    return len(key & known) / len(key) if key else 0.0


def _unscoped(base: str) -> str:
    """``KH/TU@Bắc Giang/15`` → ``KH/TU/15``."""
    head, _, rest = base.partition("@")
    return head + rest[rest.index("/"):]


def _pick(base: str, options: dict[str, str], citing: Optional[str]) -> str:
    """Latest of the known terms of ``base`` (term → earliest date) not newer than the citing document;
    ``k?`` when none is."""
    unknown = "k?" if _is_central(base.split("/")[1]) else "t?"  # a central or a local term, not known
    if not options:
        return unknown
    usable = [(date, t) for t, date in options.items() if citing is None or date <= citing]
    if not usable:
        return unknown
    return max(usable)[1]




def resolve_archive(docs: list[dict]) -> None:
    """Set ``canonical_id`` on every reference dict of ``docs`` (in place).

    Each doc: ``{"doc_id", "ref_date" (ISO or None), "ref_year" (int or None), "doc_refs": [...]}``.
    """
    res = Resolver()
    for d in docs:
        for r in d["doc_refs"]:
            res.learn(r)
    for d in docs:
        citing = d.get("ref_date") or (f"{d['ref_year']}-12-31" if d.get("ref_year") else None)
        ids = res.document_ids([tuple(r.get(k) for k in FIELDS) for r in d["doc_refs"]], citing)
        for r, cid in zip(d["doc_refs"], ids):
            r["canonical_id"] = cid
