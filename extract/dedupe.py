"""Near-duplicate copies: the same bulletin stored as HTML, DOCX, text in a zip, or retyped.

A document's text is normalised (lower case, words only: punctuation, line breaks and layout gone) and
cut into shingles of ``SHINGLE`` words. Its MinHash signature is one-permutation MinHash: the shingles'
hashes (fixed and seeded, so they agree across processes and runs) fall into ``PERMUTATIONS`` bins and
each bin keeps its least hash; an empty bin borrows from the next full one. The signature is stored
(``minhash``) and cut into ``BANDS`` bands whose hashes are rows of ``minhash_bands``: an LSH index in
the database. A new document's candidates are the documents stored before it that share at least
``MIN_SHARED`` bands with it: a lookup by key, never all pairs. The share of equal signature values
estimates their Jaccard similarity; a candidate ``MARGIN`` below ``THRESHOLD`` is dropped there, the others
are compared exactly on both texts' shingles. A document whose similarity to a candidate reaches
``THRESHOLD`` is a copy: ``duplicate_of`` is the first document's doc_id, ``similarity`` the exact
Jaccard similarity to the closest stored copy.

Example::

    >>> a = "Ban Thường vụ Huyện ủy họp ngày 05/7/2024, kết nạp 85 đảng viên mới trong 6 tháng đầu năm."
    >>> round(similarity(shingles(a), shingles(a.upper().replace(",", " ;"))), 2)
    1.0
"""
from __future__ import annotations

import zlib
from collections import OrderedDict
from typing import Optional

import numpy as np

SHINGLE = 5  # words per shingle
PERMUTATIONS = 128  # MinHash values per document (bins of one-permutation hashing)
BANDS = 32  # LSH bands of ROWS values; a pair of similarity s shares a band with probability p = s**ROWS
ROWS = PERMUTATIONS // BANDS  # and at least MIN_SHARED of the BANDS: 0.998 at s = 0.7, 0.2 at s = 0.4
MIN_SHARED = 2
THRESHOLD = 0.7  # Jaccard similarity of shingles from which a document is a copy (benchmarks/bench_dedupe.py)
MARGIN = 0.1  # estimates this far below THRESHOLD are not compared exactly (std 0.04 at 0.7: 0.7% missed there)
MAX_CANDIDATES = 8  # per new document, those sharing most bands first
MIN_SHINGLES = 12  # shorter texts are never taken for copies (only identical text is the same document)
SEED = 20240705

# ASCII punctuation, and the UTF-8 of typographic quotes, dashes, ellipsis, bullets (E2 80 ..), and of
# the middle dot, guillemets, no-break space (C2 ..: no Vietnamese letter is written with C2)
_PUNCT = bytes.maketrans(b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", b" " * 32)
_PUNCT_UTF8 = {b"\xe2\x80": [c.encode("utf-8") for c in "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u2022"],
               b"\xc2": [c.encode("utf-8") for c in "\u00b7\u00ab\u00bb\u00a0"]}
_BIN_BITS = PERMUTATIONS.bit_length() - 1  # 128 bins: the top 7 bits of a hash
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
    for lead, marks in _PUNCT_UTF8.items():
        if lead in data:  # one scan for the group, then a replace for each of its marks
            for p in marks:
                data = data.replace(p, b" ")
    return data.translate(_PUNCT).split()


def shingle_hashes(text: str, distinct: bool = True) -> np.ndarray:
    """One 64-bit hash per run of ``SHINGLE`` consecutive words, sorted; each once if ``distinct``."""
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
    return np.unique(acc) if distinct else np.sort(acc)


def distinct(hashes: np.ndarray) -> np.ndarray:
    """Sorted hashes each once: ``shingle_hashes(text)`` from ``shingle_hashes(text, distinct=False)``.

        >>> distinct(np.array([1, 1, 2, 5, 5], dtype=np.uint64)).tolist()
        [1, 2, 5]
    """
    if len(hashes) < 2:
        return hashes
    keep = np.empty(len(hashes), dtype=bool)
    keep[0] = True
    np.not_equal(hashes[1:], hashes[:-1], out=keep[1:])
    return hashes[keep]


class ShingleCache:
    """The distinct shingle hashes of the documents an ingest wrote last (doc_id → sorted array), handed over
    by the workers that computed them for the signature, so that comparing a copy with its candidates
    neither reads their texts back nor hashes them again; the oldest go first past ``max_bytes``.

        >>> c = ShingleCache(max_bytes=24)
        >>> c.add({"a": np.arange(2, dtype=np.uint64), "b": np.arange(2, dtype=np.uint64)})
        >>> c.add({"c": np.arange(1, dtype=np.uint64)})
        >>> [d for d in "abc" if c.get(d) is not None]
        ['b', 'c']
    """

    def __init__(self, max_bytes: int = 64 << 20):
        self.max_bytes, self._bytes = max_bytes, 0
        self._items: OrderedDict[str, np.ndarray] = OrderedDict()

    def add(self, items: dict[str, np.ndarray]) -> None:
        for doc_id, hashes in items.items():
            if doc_id not in self._items:
                self._items[doc_id] = hashes
                self._bytes += hashes.nbytes
        while self._bytes > self.max_bytes and self._items:
            self._bytes -= self._items.popitem(last=False)[1].nbytes

    def get(self, doc_id: str) -> Optional[np.ndarray]:
        return self._items.get(doc_id)


def shingles(text: str) -> set[int]:
    """The shingle hashes as a set (for the exact similarity of two texts)."""
    return set(shingle_hashes(text).tolist())


def similarity(a: set[int], b: set[int]) -> float:
    """Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def signature(hashes: np.ndarray) -> np.ndarray:
    """One-permutation MinHash of sorted hashes, as 32-bit values: per bin (the top bits), the
    least rest; an empty bin takes the next full bin's value (circularly) mixed with its distance, so two
    texts agree on it only if they agree on that bin."""
    bins = hashes >> np.uint64(64 - _BIN_BITS)
    first = np.searchsorted(bins, np.arange(PERMUTATIONS, dtype=np.uint64))  # sorted: a bin's first is its least
    full = first < len(hashes)
    full[full] = bins[first[full]] == np.arange(PERMUTATIONS, dtype=np.uint64)[full]
    sig = np.where(full, hashes[np.minimum(first, len(hashes) - 1)] & _LOW, np.uint64(0))
    if not full.all():
        idx = np.flatnonzero(full)
        nxt = idx[np.searchsorted(idx, np.arange(PERMUTATIONS)) % len(idx)]  # the next full bin, circularly
        dist = (nxt - np.arange(PERMUTATIONS)) % PERMUTATIONS
        with np.errstate(over="ignore"):
            sig = np.where(full, sig, sig[nxt] + dist.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15))
    return (sig >> np.uint64(16)).astype(np.uint32)


def estimates(sig: bytes, others: list[bytes]) -> np.ndarray:
    """Estimated Jaccard similarity of a stored signature to each of ``others``: the share of equal values."""
    mine = np.frombuffer(sig, dtype=np.uint32)
    return (np.frombuffer(b"".join(others), dtype=np.uint32).reshape(len(others), -1) == mine).mean(axis=1)


def index_rows(doc_id: str, text: str, hashes: Optional[np.ndarray] = None) -> dict[str, list[dict]]:
    """Rows of ``minhash`` (the signature) and ``minhash_bands`` (one key per band, the band's number mixed
    in, signed 64-bit for DuckDB) of one document; none for a text too short to be taken for a copy.
    ``hashes``: the text's ``shingle_hashes(text, distinct=False)`` when the caller has them."""
    if hashes is None:
        hashes = shingle_hashes(text, distinct=False)  # a repeated hash changes no bin's least
    if len(hashes) < MIN_SHINGLES:
        return {}
    sig = signature(hashes)
    with np.errstate(over="ignore"):
        keys = (sig.reshape(BANDS, ROWS).astype(np.uint64) * _BAND_MIX).sum(axis=1) \
            + np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    return {"minhash": [{"doc_id": doc_id, "signature": sig.tobytes()}],
            "minhash_bands": [{"key": k, "doc_id": doc_id} for k in keys.view(np.int64).tolist()]}


_CANDIDATES = f"""
SELECT n.doc_id, o.doc_id AS other, count(*) AS shared
FROM minhash_bands n JOIN _new_docs nd ON nd.doc_id = n.doc_id
JOIN minhash_bands o ON o.key = n.key AND o.doc_id <> n.doc_id
LEFT JOIN _new_docs od ON od.doc_id = o.doc_id
WHERE od.pos IS NULL OR od.pos < nd.pos
GROUP BY n.doc_id, o.doc_id HAVING count(*) >= {MIN_SHARED}
QUALIFY row_number() OVER (PARTITION BY n.doc_id ORDER BY count(*) DESC, other) <= {MAX_CANDIDATES}"""


def _candidates(con, doc_ids: list[str]) -> dict[str, list[str]]:
    """Per new document, the documents stored before it (earlier runs, earlier in ``doc_ids``) that share
    at least MIN_SHARED bands with it, those sharing most first, at most MAX_CANDIDATES."""
    import pyarrow as pa

    con.register("_new_docs", pa.table({"doc_id": doc_ids, "pos": list(range(len(doc_ids)))}))
    try:
        rows = con.execute(_CANDIDATES + " ORDER BY n.doc_id, shared DESC, other").fetchall()
    finally:
        _unregister(con, "_new_docs")
    out: dict[str, list[str]] = {}
    for doc_id, other, _ in rows:
        out.setdefault(doc_id, []).append(other)
    return out


def _unregister(con, name: str) -> None:
    import duckdb

    try:
        con.unregister(name)
    except duckdb.Error:  # an aborted transaction refuses it: the statement's own error is the one to report
        pass


def _fetch(con, sql: str, ids) -> dict:
    return {r[0]: r[1:] for r in con.execute(sql, [sorted(ids)]).fetchall()}


def _matches(con, cands: dict[str, list[str]], order: list[str],
             known: Optional[ShingleCache] = None) -> list[tuple[str, str, float]]:
    """(copy, original, similarity) for the new documents of ``order`` whose closest candidate reaches
    THRESHOLD; a candidate's own original is the copy's original. ``known``: hashes at hand (the rest are
    computed from the stored texts)."""
    ids = set(cands) | {o for os in cands.values() for o in os}
    sigs = _fetch(con, "SELECT doc_id, signature FROM minhash WHERE doc_id IN (SELECT unnest(?))", ids)
    close = {d: [o for o, e in zip(os, estimates(sigs[d][0], [sigs[o][0] for o in os])) if e >= THRESHOLD - MARGIN]
             for d, os in cands.items()}
    need = {d for d, os in close.items() if os} | {o for os in close.values() for o in os}
    known = known or ShingleCache()
    hashes = {d: h for d in need if (h := known.get(d)) is not None}
    root = {d: dup or d for d, (dup,) in _fetch(con, "SELECT doc_id, duplicate_of FROM documents "
                                                    "WHERE doc_id IN (SELECT unnest(?))", need).items()}
    missing = need - hashes.keys()  # read back and hashed here: documents of earlier runs, or long evicted
    texts = _fetch(con, "SELECT doc_id, text FROM documents WHERE doc_id IN (SELECT unnest(?))",
                   missing) if missing else {}

    def sim(a: str, b: str) -> float:
        for d in (a, b):
            if d not in hashes:
                hashes[d] = shingle_hashes(texts[d][0])
        both = len(np.intersect1d(hashes[a], hashes[b], assume_unique=True))
        return both / (len(hashes[a]) + len(hashes[b]) - both)

    out = []
    for doc_id in order:  # in reading order: a copy of a copy found in this batch goes to the first one
        best = max(((sim(doc_id, o), o) for o in close.get(doc_id, ())), default=(0.0, None))
        if best[0] >= THRESHOLD:
            root[doc_id] = root[best[1]]
            out.append((doc_id, root[doc_id], round(best[0], 4)))
    return out


def mark_copies(con, doc_ids: list[str], known: Optional[ShingleCache] = None) -> int:
    """Mark which of the documents just inserted (``doc_ids``, in the order they were read; their rows and
    index rows are in the open transaction) copy a document stored before them. Returns the copies marked.
    ``known``: shingle hashes at hand, of these documents and of others."""
    import pyarrow as pa

    cands = _candidates(con, doc_ids) if doc_ids else {}
    marked = _matches(con, cands, doc_ids, known) if cands else []
    if marked:
        con.register("_copies", pa.table(dict(zip(("doc_id", "duplicate_of", "similarity"), zip(*marked)))))
        try:
            con.execute("UPDATE documents SET duplicate_of = c.duplicate_of, similarity = c.similarity "
                        "FROM _copies c WHERE documents.doc_id = c.doc_id")
        finally:
            _unregister(con, "_copies")
    return len(marked)
