"""The archive-level resolver: what each cited document is known as, then the id of every mention.

Example::

    >>> res = Resolver()
    >>> dated = RefRow(symbol="12-KL/TW", number="12", type_code="KL", issuer_code="TW", issued_date="2021-07-06")
    >>> res.learn(dated)
    >>> res.document_ids([RefRow(symbol="12-KL/TW", number="12", type_code="KL", issuer_code="TW")], "2022-03-01")
    ['KL/TW/12/k13']
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from extract.resolve import ids
from extract.resolve.evidence import best_subject, body_of, subject_key
from extract.resolve.ids import RefKey

_KEY_LEN = len(RefKey._fields)


# the evidence beside a reference's key: its text holds a numbered law's name ("Luật Đất đai số 31/2024/QH15"),
# its subject ("về …") and the body named beside it ("của Bộ Chính trị") tell which document of a number is meant
_EVIDENCE = ("text", "congress", "subject", "issuer")


class RefRow(ids.record_tuple("_Row", RefKey._fields + _EVIDENCE)):
    """The fields of one reference that resolution reads: its :class:`RefKey`, then the evidence beside it."""

    __slots__ = ()

    @classmethod
    def of(cls, ref: dict) -> "RefRow":
        """The row of a reference dict (a finder's record)."""
        return cls._make(ref.get(f) for f in cls._fields)


assert RefRow._fields[:_KEY_LEN] == RefKey._fields  # a row opens with its key
FIELDS = RefRow._fields  # the columns the store reads, in this order


class Parts(NamedTuple):
    """What one mention decides alone: a State document's whole id, else a Party document's time-free base
    and the term it writes or dates (``Kết luận số 12-KL/TW, ngày 06/7/2021`` → base ``KL/TW/12``, ``k13``)."""

    state: Optional[str]
    base: Optional[str]
    term: Optional[str]


@dataclass
class TextEvidence:
    """What the other mentions of one citing text say (``Chỉ thị số 05-CT/TW, ngày 15/5/2016 … Chỉ thị 05-CT/TW``)."""

    terms: dict = field(default_factory=dict)  # base → (term, central body) of its first mention with a term
    states: dict = field(default_factory=lambda: defaultdict(set))  # State (type code, number) → its ids here
    laws: dict = field(default_factory=lambda: defaultdict(set))  # law's name → the numbered ids here


class Resolver:
    """Canonical ids in two passes over references, holding only what is known per document symbol.

    :meth:`learn` every reference (or only each distinct row) first: which terms each symbol is known in,
    and since when; then :meth:`document_ids` of each document. Memory grows with the number of distinct
    documents cited, not with the number of mentions, so the store streams an archive of any size
    through it.
    """

    def __init__(self):
        self.memo: dict[tuple, Parts] = {}  # key → parts: a reference in many documents is worked out once
        self.known: dict[str, dict[str, str]] = defaultdict(dict)  # base → {term: earliest date seen}
        self.scopes: dict[str, set] = defaultdict(set)  # local base without its place → the places it is known in
        self.subjects: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # base → term → subjects
        self.bodies: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # base → term → central bodies
        self.laws: dict[str, dict[str, str]] = defaultdict(dict)  # law's name → {its numbered id: date}
        self.states: dict[tuple, dict[str, str]] = defaultdict(dict)  # (type code, number) → {State id: date}
        self.fixed: dict[tuple, str] = {}  # row → its id, where the row alone decides it (a State or dated mention)

    def parts(self, row: tuple) -> Parts:
        """The :class:`Parts` of a row (or key); worked out once per distinct row."""
        got = self.memo.get(row)
        if got is None:
            k = RefKey._make(row[:_KEY_LEN])
            state = ids.state_id(k)
            base = None if state else ids.base_of(k)
            got = self.memo[row] = Parts(state, base, ids.explicit_term(k, base) if base else None)
        return got

    def learn(self, row: RefRow) -> None:
        """Take note of the term a mention writes or dates, if any, its subject and its body."""
        if self.fixed:
            self.fixed.clear()  # what is known changed: ids worked out before may change too
        state, base, term = self.parts(row)
        if state:
            date = ids.state_date(state, row.issued_date)
            if number := ids.state_number(state):
                _earliest(self.states[number], state, date)
            if name := ids.law_name(row.doc_type, row.text):
                _earliest(self.laws[name], state, date)
            return
        if base and "@" in base:
            self.scopes[ids.unscoped(base)].add(base)
        if base and term:
            if row.subject:
                self.subjects[base][term].add(subject_key(row.subject))
            if body := body_of(row.issuer):
                self.bodies[base][term].add(body)
            _earliest(self.known[base], term, row.issued_date or ids.term_start(term) or "0000")

    def document_ids(self, rows: list[RefRow], citing: Optional[str]) -> list[str]:
        """The ids of one document's references, cited at ``citing`` (ISO or None): a mention without date
        or term takes the term another mention of the same document in this text gives it."""
        text, parts = TextEvidence(), [self.parts(row) for row in rows]
        for row, (state, base, term) in zip(rows, parts):
            if base and term:
                text.terms.setdefault(base, (term, body_of(row.issuer)))
            elif state and (name := ids.law_name(row.doc_type, row.text)):
                text.laws[name].add(state)
            if state and (number := ids.state_number(state)):
                text.states[number].add(state)
        fixed = self.fixed
        return [fixed.get(row) or self._id(row, p, citing, text) for row, p in zip(rows, parts)]

    def canonical_id(self, row: RefRow, citing: Optional[str], text: Optional[TextEvidence] = None) -> str:
        """The id of the document ``row`` names, cited by a document dated ``citing`` whose other mentions
        say ``text``."""
        return self._id(row, self.parts(row), citing, text or TextEvidence())

    def _id(self, row: RefRow, parts: Parts, citing: Optional[str], text: TextEvidence) -> str:
        state, base, term = parts
        if state:
            self.fixed[row] = state
            return state
        if base:
            return self._numbered(row, base, term, citing, text)
        name = ids.law_name(row.doc_type, row.text)
        numbered = self._numbered_law(name, citing, text) if name else None
        return numbered or ids.named_id(row.doc_type, row.text, row.congress, row.scope)

    def _numbered(self, row: RefRow, base: str, term: Optional[str], citing: Optional[str],
                  text: TextEvidence) -> str:
        """A numbered document (or a plenum's resolution): its base and term."""
        if not row.symbol:
            if by_number := self._state_by_number(row, citing, text):
                return by_number  # "Nghị định 130" after "Nghị định số 130/2020/NĐ-CP"
            if row.doc_type in ids.state_types():  # "Nghị định 130" of unknown year: "NĐ-?/130/y?"
                return ids.unknown_state_id(RefKey._make(row[:_KEY_LEN]))
        if "@" not in base and len(places := self.scopes.get(base, ())) == 1:
            base = next(iter(places))  # a local document of unknown place, where the archive knows only one
        if term and row.symbol:  # written or dated: the row alone decides
            self.fixed[row] = f"{base}/{term}"
            return self.fixed[row]
        return f"{base}/{term or self._term(row, base, citing, text)}"

    def _term(self, row: RefRow, base: str, citing: Optional[str], text: TextEvidence) -> str:
        """The term of a mention that neither writes nor dates one: a clearly matching subject, else this
        text's other mention of the same base, else the latest known term not newer than ``citing``."""
        body = body_of(row.issuer)
        same, other = text.terms.get(base, (None, None))
        by_subject = best_subject(row.subject, self.subjects.get(base))
        if same and body and other and body != other:  # this text's dated mention is another body's
            return by_subject or _pick(base, self._options(base, body, same), citing)
        # a subject that clearly names another term's document outweighs this text's other mention
        return by_subject or same or _pick(base, self._options(base, body), citing)

    def _options(self, base: str, body: Optional[str], not_term: Optional[str] = None) -> dict[str, str]:
        """The known terms of ``base`` (term → earliest date) but ``not_term``; those whose document the
        mention's body issued, when the archive knows any (else a writer may have named the wrong body)."""
        options = {t: d for t, d in self.known.get(base, {}).items() if t != not_term}
        bodies = self.bodies.get(base) if body else None
        matching = {t: d for t, d in options.items() if body in bodies.get(t, ())} if bodies else {}
        return matching or options

    def _state_by_number(self, row: RefRow, citing: Optional[str], text: TextEvidence) -> Optional[str]:
        """The one State document of this type code and number (and issuer code and place, when the mention
        has them) that the citing text gives, else the one the archive knows not newer than the citing
        document: ``Quyết định 1600`` after ``Quyết định số 1600/QĐ-TTg``; None when none or several are."""
        if not row.type_code or not str(row.number).isdigit():
            return None
        number = (row.type_code.upper(), int(row.number))
        here = [i for i in text.states.get(number, ()) if ids.state_fits(i, row)]
        if here:
            return here[0] if len(set(here)) == 1 else None
        known = [i for i, date in self.states.get(number, {}).items()
                 if ids.state_fits(i, row) and (citing is None or date <= citing)]
        return known[0] if len(known) == 1 else None

    def _numbered_law(self, name: str, citing: Optional[str], text: TextEvidence) -> Optional[str]:
        """The one numbered law of this name that the citing text gives, else the one the archive knows not
        newer than the citing document (``Luật Đất đai`` after ``Luật Đất đai số 31/2024/QH15``); None when
        there are none or several (``45/2013/QH13`` and ``31/2024/QH15`` cited in 2025)."""
        here = text.laws.get(name, ())
        if len(here) == 1:
            return next(iter(here))
        known = [i for i, date in self.laws.get(name, {}).items() if citing is None or date <= citing]
        return known[0] if len(known) == 1 and not here else None


def _earliest(seen: dict, key, date: str) -> None:
    seen[key] = min(seen.get(key, date), date)


def _pick(base: str, options: dict[str, str], citing: Optional[str]) -> str:
    """Latest of the known terms of ``base`` (term → earliest date) not newer than the citing document;
    ``k?`` when none is."""
    unknown = "k?" if ids.is_central(base.split("/")[1]) else "t?"  # a central or a local term, not known
    usable = [(date, t) for t, date in options.items() if citing is None or date <= citing]
    return max(usable)[1] if usable else unknown
