"""Near-duplicate copies: the same bulletin stored as HTML, DOCX, text in a zip, or retyped.

A document's text is normalised (lower case, words only: punctuation, line breaks and layout gone) and
cut into shingles of ``SHINGLE`` words. Its MinHash signature (one-permutation MinHash: the shingles'
hashes, fixed and seeded so they agree across processes and runs, fall into ``PERMUTATIONS`` bins and
each bin keeps its least hash; an empty bin borrows from the next full one) is cut into ``BANDS`` bands; each band's
hash is a row of ``minhash_bands`` (an LSH index in the database). A new document's candidates are the
stored documents that share a band with it: a lookup by key, never all pairs. A candidate is a copy's
original when the Jaccard similarity of the two shingle sets, computed exactly from both texts, reaches
``THRESHOLD``; the copy keeps ``duplicate_of`` (the first document's doc_id) and that similarity.

Example::

    >>> a = "Ban Thường vụ Huyện ủy họp ngày 05/7/2024, kết nạp 85 đảng viên mới trong 6 tháng đầu năm."
    >>> round(similarity(shingles(a), shingles(a.upper().replace(",", " ;"))), 2)
    1.0
"""
from __future__ import annotations

import zlib

import numpy as np
import regex

SHINGLE = 5  # words per shingle
PERMUTATIONS = 64  # MinHash values per document (bins of one-permutation hashing)
BANDS = 16  # LSH bands of PERMUTATIONS // BANDS values: a pair of similarity s becomes a candidate
ROWS = PERMUTATIONS // BANDS  # with probability 1 - (1 - s**ROWS)**BANDS: 0.99 at s = 0.7, 0.12 at s = 0.3
THRESHOLD = 0.7  # Jaccard similarity of shingles from which a document is a copy (benchmarks/bench_dedupe.py)
MIN_SHINGLES = 12  # shorter texts are never taken for copies (only identical text is the same document)
SEED = 20240705

# ASCII punctuation, and the UTF-8 of typographic quotes, dashes, ellipsis, bullets, no-break space
_PUNCT = bytes.maketrans(b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", b" " * 32)
_PUNCT_UTF8 = [c.encode("utf-8") for c in "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u2022\u00b7\u00ab\u00bb\u00a0"]
_BIN_BITS = PERMUTATIONS.bit_length() - 1  # 64 bins: the top 6 bits of a hash
_LOW = np.uint64((1 << (64 - _BIN_BITS)) - 1)
_rng = np.random.default_rng(SEED)
_POW = _rng.integers(1, 1 << 62, SHINGLE, dtype=np.uint64) | np.uint64(1)  # word weights inside a shingle
_BAND_MIX = _rng.integers(1, 1 << 62, (BANDS, ROWS), dtype=np.uint64) | np.uint64(1)


def words(text: str) -> list[bytes]:
    """The normalised words as UTF-8: lower case, punctuation gone (``Quý II/2024,`` → quý ii 2024).

    >>> [w.decode() for w in words("Quý II/2024, “Kết luận” số 12-KL/TW…")]
    ['quý', 'ii', '2024', 'kết', 'luận', 'số', '12', 'kl', 'tw']
    """
    data = text.lower().encode("utf-8")
    for p in _PUNCT_UTF8:
        if p in data:
            data = data.replace(p, b" ")
    return data.translate(_PUNCT).split()


def shingle_hashes(text: str) -> np.ndarray:
    """One 64-bit hash per run of ``SHINGLE`` consecutive words: distinct and sorted."""
    ws = words(text)
    if len(ws) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter(map(zlib.crc32, ws), dtype=np.uint64, count=len(ws))
    n = len(ws) - SHINGLE + 1
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(SHINGLE):  # weighted sum of the words, wrapping at 2**64, then mixed (splitmix64)
            acc += h[j:j + n] * _POW[j]
        acc ^= acc >> np.uint64(30)
        acc *= np.uint64(0xBF58476D1CE4E5B9)
        acc ^= acc >> np.uint64(27)
        acc *= np.uint64(0x94D049BB133111EB)
        acc ^= acc >> np.uint64(31)
    return np.unique(acc)


def shingles(text: str) -> set[int]:
    """The shingle hashes as a set (for the exact similarity of two texts)."""
    return set(shingle_hashes(text).tolist())


def similarity(a: set[int], b: set[int]) -> float:
    """Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def signature(hashes: np.ndarray) -> np.ndarray:
    """One-permutation MinHash of sorted distinct hashes: per bin (the top bits), the least rest; an
    empty bin takes the next full bin's value (circularly) plus its distance, so two texts agree on it
    only if they agree on that bin."""
    bins = hashes >> np.uint64(64 - _BIN_BITS)
    first = np.searchsorted(bins, np.arange(PERMUTATIONS, dtype=np.uint64))  # sorted: a bin's first is its least
    full = first < len(hashes)
    full[full] = bins[first[full]] == np.arange(PERMUTATIONS, dtype=np.uint64)[full]
    sig = np.where(full, hashes[np.minimum(first, len(hashes) - 1)] & _LOW, np.uint64(0))
    if not full.all():
        idx = np.flatnonzero(full)
        nxt = idx[np.searchsorted(idx, np.arange(PERMUTATIONS)) % len(idx)]  # the next full bin, circularly
        dist = (nxt - np.arange(PERMUTATIONS)) % PERMUTATIONS
        sig = np.where(full, sig, sig[nxt] + dist.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15))
    return sig


def band_keys(text: str) -> list[int]:
    """The LSH keys of a text (one per band, the band's number mixed in; signed 64-bit for DuckDB);
    none for a text too short to be taken for a copy."""
    hashes = shingle_hashes(text)
    if len(hashes) < MIN_SHINGLES:
        return []
    sig = signature(hashes).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        keys = (sig * _BAND_MIX).sum(axis=1) + np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    return keys.view(np.int64).tolist()


def band_rows(doc_id: str, text: str) -> list[dict]:
    """Rows of ``minhash_bands`` for one document."""
    return [{"key": k, "doc_id": doc_id} for k in band_keys(text)]


MAX_CANDIDATES = 5  # stored documents, those sharing most bands first, whose text is compared with a new one

_CANDIDATES = """
SELECT n.doc_id, o.doc_id AS other, count(*) AS shared
FROM minhash_bands n JOIN _new_docs nd ON nd.doc_id = n.doc_id
JOIN minhash_bands o ON o.key = n.key AND o.doc_id <> n.doc_id
LEFT JOIN _new_docs od ON od.doc_id = o.doc_id
WHERE od.pos IS NULL OR od.pos < nd.pos
GROUP BY ALL ORDER BY n.doc_id, shared DESC, other"""


def _candidates(con, doc_ids: list[str]) -> dict[str, list[str]]:
    """Per new document, the documents stored before it (earlier runs, earlier in ``doc_ids``) that share
    a band with it, those sharing most first, at most MAX_CANDIDATES."""
    import pyarrow as pa

    con.register("_new_docs", pa.table({"doc_id": doc_ids, "pos": list(range(len(doc_ids)))}))
    try:
        rows = con.execute(_CANDIDATES).fetchall()
    finally:
        con.unregister("_new_docs")
    out: dict[str, list[str]] = {}
    for doc_id, other, _ in rows:
        got = out.setdefault(doc_id, [])
        if len(got) < MAX_CANDIDATES:
            got.append(other)
    return out


def mark_copies(con, doc_ids: list[str]) -> int:
    """Mark which of the documents just inserted (``doc_ids``, in the order they were read; their rows and
    bands are in the open transaction) copy a document stored before them: ``duplicate_of`` is that
    document's original, ``similarity`` their Jaccard similarity. Returns the copies marked."""
    import pyarrow as pa

    cands = _candidates(con, doc_ids) if doc_ids else {}
    if not cands:
        return 0
    need = sorted(set(cands) | {o for os in cands.values() for o in os})
    stored = {d: (t, dup) for d, t, dup in con.execute(
        "SELECT doc_id, text, duplicate_of FROM documents WHERE doc_id IN (SELECT unnest(?))", [need]).fetchall()}
    sets: dict[str, set[int]] = {}
    shingles_of = lambda d: sets.setdefault(d, shingles(stored[d][0]))  # noqa: E731
    root = {d: dup or d for d, (_, dup) in stored.items()}
    marked = []
    for doc_id in doc_ids:  # in reading order: a copy of a copy found in this batch goes to the first one
        best = max(((similarity(shingles_of(doc_id), shingles_of(o)), o) for o in cands.get(doc_id, ())),
                   default=(0.0, None))
        if best[0] >= THRESHOLD:
            root[doc_id] = root[best[1]]
            marked.append((doc_id, root[doc_id], round(best[0], 4)))
    if marked:
        con.register("_copies", pa.table(dict(zip(("doc_id", "duplicate_of", "similarity"), zip(*marked)))))
        try:
            con.execute("UPDATE documents SET duplicate_of = c.duplicate_of, similarity = c.similarity "
                        "FROM _copies c WHERE documents.doc_id = c.doc_id")
        finally:
            con.unregister("_copies")
    return len(marked)
