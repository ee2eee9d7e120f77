"""Resolution alone (``Store.resolve``): µs per reference at several archive sizes, against a baseline checkout.

    python benchmarks/bench_resolve.py                                   # 1,000 / 20,000 / 100,000 files
    python benchmarks/bench_resolve.py --sizes 1000 20000 --baseline /work/baseline

Analyses a pool of synthetic bulletins (``bench_ingest.build``: corpus documents with numbers and names
varied, ``--per-file`` of them a file) once, then builds each archive in DuckDB by copying the pool's
``documents`` and ``doc_refs`` rows: copy ``c`` of a document gets its own doc_id, and every numbered
reference its number moved by ``1000 × (c mod 40)`` so the archive cites forty times more distinct documents
than the pool. Each size is resolved from scratch (every ``canonical_id`` NULL, as after one big ingest),
then again (nothing changes), in a child process of each checkout on a copy of the same file, after that
child has resolved the pool once (imports, data files, first uses: not what grows with the archive); the
child reports the time of ``resolve()`` and its peak RSS. Prints µs per reference and the ratio to the smallest
size; nothing here is asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest import build  # noqa: E402

POOL = 250  # distinct analysed files; larger archives are copies with other numbers
VARIANTS = 40  # number shifts: how many distinct documents each pool reference stands for

_CHILD = """
import json, resource, sys, time
from extract.store import Store
with Store(sys.argv[1]) as warm:  # imports, data files and first uses of pyarrow before the clock starts
    warm.resolve()
st = Store(sys.argv[2])
out = {}
for name in ("fresh", "again"):
    t0 = time.perf_counter()
    changed = st.resolve()
    out[name] = time.perf_counter() - t0
    out[name + "_changed"] = changed
st.close()
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def pool_db(work: Path, per_file: int) -> Path:
    """The pool's analysed documents stored (through the store itself, so the tables are the real ones)."""
    from extract.io import iter_inputs, read_raw
    from extract.pipeline import analyze
    from extract.store import Store, doc_tables

    build(work / "pool", POOL, per_file)
    docs = [analyze(read_raw(r), r.source) for r in iter_inputs([str(work / "pool")])]
    db = work / "pool.duckdb"
    with Store(db) as st:
        st.write_tables([doc_tables(docs, dt.datetime.now())], [])
    return db


def archive_db(pool: Path, files: int, out: Path) -> int:
    """An archive of ``files`` documents from the pool's rows; returns its number of references."""
    import duckdb

    shutil.copy(pool, out)
    copies = -(-files // POOL)
    with duckdb.connect(str(out)) as con:
        cols = [r[0] for r in con.execute("DESCRIBE doc_refs").fetchall()]
        moved = {"doc_id": "r.doc_id || '-' || c.i",
                 "number": "CASE WHEN regexp_full_match(r.number, '[0-9]+') "
                           f"THEN CAST(CAST(r.number AS BIGINT) + 1000 * (c.i % {VARIANTS}) AS VARCHAR) ELSE r.number END",
                 "symbol": "CASE WHEN regexp_matches(r.symbol, '^[0-9]+') "
                           f"THEN CAST(CAST(regexp_extract(r.symbol, '^[0-9]+') AS BIGINT) + 1000 * (c.i % {VARIANTS}) "
                           "AS VARCHAR) || regexp_replace(r.symbol, '^[0-9]+', '') ELSE r.symbol END",
                 "canonical_id": "NULL"}
        sel = ", ".join(moved.get(c, f'r."{c}"') for c in cols)
        keep = f"(SELECT doc_id FROM documents ORDER BY doc_id LIMIT {files % POOL or POOL})"
        con.execute("BEGIN")
        con.execute("CREATE TEMP TABLE r AS SELECT * FROM doc_refs")
        con.execute("CREATE TEMP TABLE d AS SELECT * FROM documents")
        con.execute("DELETE FROM doc_refs")
        con.execute("DELETE FROM documents")
        # every copy but the last takes the whole pool; the last one the first documents, up to `files`
        last = f"(c.i < {copies - 1} OR r.doc_id IN {keep.replace('documents', 'd')})"
        con.execute(f"INSERT INTO doc_refs SELECT {sel} FROM r, range({copies}) c(i) WHERE {last}")
        dcols = [r[0] for r in con.execute("DESCRIBE documents").fetchall()]
        dsel = ", ".join({"doc_id": "r.doc_id || '-' || c.i", "text": "''"}.get(c, f'r."{c}"') for c in dcols)
        con.execute(f"INSERT INTO documents SELECT {dsel} FROM d r, range({copies}) c(i) WHERE {last}")
        con.execute("COMMIT")
        n_docs, n_refs = (con.execute("SELECT count(*) FROM documents").fetchone()[0],
                          con.execute("SELECT count(*) FROM doc_refs").fetchone()[0])
    assert n_docs == files, (n_docs, files)
    return n_refs


def run(checkout: Path, warm: Path, db: Path) -> dict:
    python = checkout / ".venv" / "bin" / "python"
    out = subprocess.run([str(python), "-c", _CHILD, str(warm), str(db)], capture_output=True, text=True, cwd=checkout)
    if out.returncode:
        raise SystemExit(f"{checkout}: {out.stderr[-500:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # DuckDB may draw a progress bar before it


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000, 100000])
    ap.add_argument("--per-file", type=int, default=4, help="corpus documents combined into one file")
    ap.add_argument("--baseline", type=Path, default=None, help="another checkout with its own .venv")
    args = ap.parse_args(argv)
    checkouts = {"this": ROOT, **({"baseline": args.baseline} if args.baseline else {})}
    work = Path(tempfile.mkdtemp(prefix="partydocs-resolve-"))
    try:
        pool = pool_db(work, args.per_file)
        print(f"{'files':>8} {'refs':>9} {'checkout':<9} {'fresh s':>8} {'µs/ref':>7} {'× smallest':>10} "
              f"{'again s':>8} {'µs/ref':>7} {'peak MB':>8}")
        first: dict = {}
        for files in args.sizes:
            template = work / f"a{files}.duckdb"
            refs = archive_db(pool, files, template)
            for name, checkout in checkouts.items():
                db, warm = work / f"{name}.duckdb", work / f"{name}-warm.duckdb"
                shutil.copy(template, db)
                shutil.copy(pool, warm)
                r = run(checkout, warm, db)
                db.unlink()
                warm.unlink()
                us, again = 1e6 * r["fresh"] / refs, 1e6 * r["again"] / refs
                first.setdefault(name, us)
                print(f"{files:>8} {refs:>9} {name:<9} {r['fresh']:>8.2f} {us:>7.2f} {us / first[name]:>10.2f} "
                      f"{r['again']:>8.2f} {again:>7.2f} {r['peak_mb']:>8.0f}", flush=True)
            template.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
