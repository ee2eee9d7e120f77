"""Matching of issue 20's table rows (``(id, text, expected, absent)``) against what a user sees.

Every row runs the stable entry point, ``extract.pipeline.analyze(text, "x.txt")`` (and
``resolve_documents`` for canonical ids), never a finder module, so the finders can move.

``expected`` lists ``(surface, fields)``: a finding whose ``text`` is exactly ``surface`` and whose
fields equal ``fields`` must be there (each expected item takes its own finding, so a surface listed
twice must be found twice). Floats agree to 1e-3 relative; ``titles`` and ``appointed_to`` are
compared as lists without regard to order. Two relational keys compare ids between findings:
``"_same_id_as": other`` (the finding's ``person_id``/``canonical_id`` is that of a finding whose
text is ``other``) and ``"_other_id_than": other`` (it is set and differs from it).

``absent`` lists what must NOT be found: a string means no finding of the category overlaps any
occurrence of that string in the text; a ``(surface, fields)`` pair means no finding with that
exact surface has those fields (``(surface, {})``: nothing with that exact surface at all).

For metadata, ``expected`` and ``absent`` are dicts: each expected field must equal its value,
each absent field must differ from its value.
"""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

import pytest

from extract.pipeline import analyze, resolve_documents

ID_FIELD = {"people": "person_id", "doc_refs": "canonical_id"}
UNORDERED = {"titles", "appointed_to"}
_LINKS = {"_same_id_as", "_other_id_than"}
FIELDS = {  # SPEC §2–§5 fields a row may name (a misspelt one would silently compare with None)
    "doc_refs": {"doc_type", "number", "symbol", "type_code", "issuer_code", "issued_date", "issuer", "term",
                 "plenum", "congress", "subject", "self", "canonical_id", *_LINKS},
    "dates": {"kind", "value", "start_date", "end_date"},
    "people": {"name", "titles", "honorific", "role", "person_id", "appointed_to", *_LINKS},
    "statistics": {"kind", "value", "unit", "numerator", "denominator", "low", "high", "category", "period",
                   "period_start", "period_end", "target"},
}
METADATA_FIELDS = {"title", "doc_kind", "number", "place", "issued_date", "signers", "author"}


class RowError(Exception):
    """A row that cannot test anything (a surface that is not in its text): never taken for an expected failure."""


def XF(form: str):
    """The mark of a row that fails on today's code: a fix makes it pass, and then fail loudly (strict).

    Only a failed check counts as the expected failure; a broken row or a crash still fails the run.
    """
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"issue 20: {form}")


def ids(cases: list) -> list[str]:
    """The test ids of ``CASES`` rows, plain tuples or ``pytest.param(…, marks=XF(…))`` rows: their first item."""
    return [c.values[0] if hasattr(c, "marks") else c[0] for c in cases]


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


# SPEC §1: old and new tone placement are one word ("uỷ" = "ủy", "hoá" = "hóa"); values are compared
# with the tone on the first vowel of a closing oa, oe, uy (the new placement) on both sides
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(f"([oOuU])([aAeEyY])([{_TONES}])(?![\\w])")


def same_word(s):
    """``s`` in NFC with old tone placement moved to the new one: ``Huyện uỷ`` → ``Huyện ủy``."""
    if not isinstance(s, str):
        return s
    d = _OLD_TONE.sub(lambda m: m[1] + m[3] + m[2], unicodedata.normalize("NFD", s))
    return unicodedata.normalize("NFC", d)


@lru_cache(maxsize=None)
def _analysed(text: str) -> dict:
    doc = analyze(text, "x.txt")
    resolve_documents([doc])
    return doc


def document(text: str) -> dict:
    """The analysed, resolved document of ``text`` (NFC, as the pipeline reads files)."""
    return _analysed(nfc(text))


def _same(want, got) -> bool:
    if isinstance(want, float) or (isinstance(got, float) and isinstance(want, int) and not isinstance(want, bool)):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and math.isclose(got, want, rel_tol=1e-3)
    if isinstance(want, list):
        return isinstance(got, list) and [same_word(x) for x in want] == [same_word(x) for x in got]
    return same_word(want) == same_word(got)


def _ids(found: list[dict], field: str, surface: str, own: dict) -> set:
    """The ids of the other findings whose text is ``surface``."""
    return {f.get(field) for f in found if f is not own and f["text"] == surface and f.get(field)}


def agrees(f: dict, fields: dict, found: list[dict], category: str) -> bool:
    for key, want in fields.items():
        if key in ("_same_id_as", "_other_id_than"):
            own, others = f.get(ID_FIELD[category]), _ids(found, ID_FIELD[category], nfc(want), f)
            ok = bool(own) and (own in others if key == "_same_id_as" else bool(others) and own not in others)
            if not ok:
                return False
            continue
        got = f.get(key)
        if key in UNORDERED and isinstance(want, list) and isinstance(got, list):
            want, got = sorted(map(same_word, want)), sorted(map(same_word, got))
        if not _same(want, got):
            return False
    return True


def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _show(f: dict, fields) -> str:
    keys = ["text", *[k for k in fields if not k.startswith("_")], *ID_FIELD.values()]
    return repr({k: f.get(k) for k in dict.fromkeys(keys) if k in f or k in fields})


def check(text: str, category: str, expected: list, absent: list) -> None:
    """Assert one row: every expected finding is there, no absent one is."""
    text = nfc(text)
    doc = document(text)
    found = doc[category]
    for f in found:
        assert text[f["start"]:f["end"]] == f["text"], f"offsets of {f['text']!r} do not give its text"
    for fields in [f for _, f in expected] + [i[1] for i in absent if not isinstance(i, str)]:
        if set(fields) - FIELDS[category]:
            raise RowError(f"no such {category} field: {sorted(set(fields) - FIELDS[category])}")
    used, problems = set(), []
    for surface, fields in expected:
        surface = nfc(surface)
        if surface not in text:
            raise RowError(f"{surface!r} is not in the row's text")
        hit = next((i for i, f in enumerate(found)
                    if i not in used and f["text"] == surface and agrees(f, fields, found, category)), None)
        if hit is None:
            near = [_show(f, fields) for f in found
                    if any(f["start"] < e and s < f["end"] for s, e in _occurrences(text, surface))]
            problems.append(f"missing {surface!r} {fields}; found there: {near or 'nothing'}")
        else:
            used.add(hit)
    for item in absent:
        if isinstance(item, str):
            spans = _occurrences(text, nfc(item))
            if not spans:
                raise RowError(f"{item!r} is not in the row's text")
            bad = [f for f in found if any(f["start"] < e and s < f["end"] for s, e in spans)]
            fields = {}
        else:
            surface, fields = nfc(item[0]), item[1]
            if surface not in text:
                raise RowError(f"{surface!r} is not in the row's text")
            bad = [f for f in found if f["text"] == surface and agrees(f, fields, found, category)]
        problems += [f"unwanted over {item!r}: {_show(f, fields)}" for f in bad]
    assert not problems, "\n".join(problems)


def check_metadata(text: str, expected: dict, absent: dict) -> None:
    """Assert one metadata row: each expected field has its value, no absent field has its value."""
    unknown = (expected.keys() | absent.keys()) - METADATA_FIELDS
    if unknown:
        raise RowError(f"no such metadata field: {sorted(unknown)}")
    md = document(text)["metadata"]
    problems = [f"{k}: want {v!r}, got {md.get(k)!r}" for k, v in expected.items() if not _same(v, md.get(k))]
    problems += [f"{k}: must not be {v!r}" for k, v in absent.items() if _same(v, md.get(k))]
    assert not problems, "\n".join(problems)
