"""Near-duplicate copies (SPEC §8): one bulletin stored as .txt, .html, .docx and in a zip is one document
with copies; every copy is stored, marked with ``duplicate_of`` and its similarity, and kept out of the
views' counts and sums, in one run or across runs, with one worker or two."""
from __future__ import annotations

import json
import random
import re

import pytest

from benchmarks.dedupe_corpus import NEWS, REPORT, _filled, docx_bytes, html_page, retyped, zipped_copy
from tests.conftest import ROOT
from tests.helpers import run_cli, zip_bytes

# Our own bulletin: an admission figure for a half-year, a cited directive, a person.
BULLETIN = """HUYỆN ỦY ĐÔNG SƠN
*
Số 41-TB/HU

Đông Sơn, ngày 08 tháng 7 năm 2024

THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy về công tác phát triển đảng viên 6 tháng đầu năm 2024

Ngày 05/7/2024, Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí Lê Minh Tâm, Bí thư Huyện ủy, nghe báo cáo kết quả công tác phát triển đảng viên.

Trong 6 tháng đầu năm 2024, toàn Đảng bộ kết nạp 85 đảng viên, đạt 56,7% kế hoạch năm; 17/21 chi bộ hoàn thành chỉ tiêu. Các cấp ủy tiếp tục thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Ban Thường vụ Huyện ủy giao Ban Tổ chức Huyện ủy hướng dẫn các chi bộ rà soát nguồn kết nạp, báo cáo kết quả trước ngày 15/12/2024.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Lê Minh Tâm
"""


def _archive(folder):
    """One archive holding the bulletin as .txt, .html, .docx and inside a zip of its own."""
    data = zip_bytes({"thong-bao.txt": BULLETIN.encode("utf-8"), "thong-bao.html": html_page(BULLETIN).encode("utf-8"),
                      "thong-bao.docx": docx_bytes(BULLETIN), "ban-sao.zip": zipped_copy(BULLETIN, "thong-bao")})
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "luu-tru.zip").write_bytes(data)
    return folder / "luu-tru.zip"


def _json(db, sql):
    r = run_cli("query", sql, "--db", db, "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def readme_query(heading: str) -> str:
    """The SQL of the README's example under ``heading``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index(heading):]
    return re.search(r'partydocs query "(.*?)" --db', block).group(1)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bulletin_in_four_formats_is_one_document_with_three_copies(tmp_path, jobs):
    archive = _archive(tmp_path / "in")
    db = tmp_path / "t.duckdb"
    r = run_cli("ingest", archive, "--db", db, "-j", jobs)
    assert r.returncode == 0, r.stderr
    assert re.search(r"copies\b[^\n]*?\b3\b", r.stderr), r.stderr  # the summary shows them
    docs = _json(db, "SELECT doc_id, source, duplicate_of, similarity FROM documents ORDER BY source")
    assert len(docs) == 4  # every copy is stored
    [original] = [d for d in docs if d["duplicate_of"] is None]
    copies = [d for d in docs if d["duplicate_of"] is not None]
    assert len(copies) == 3 and {c["duplicate_of"] for c in copies} == {original["doc_id"]}
    assert all(c["similarity"] >= 0.9 for c in copies), copies
    # the views count the bulletin once
    [row] = _json(db, "SELECT n, total FROM statistics_by_period WHERE predicate = 'kết nạp' AND period = '2024-H1'")
    assert (row["n"], row["total"]) == (1, 85)
    [row] = _json(db, readme_query("**Party members admitted"))
    assert (row["period"], row["admitted"], row["figures"]) == ("2024-H1", 85, 1)
    [ct] = _json(db, "SELECT mention_count, citing_documents FROM cited_documents WHERE symbol = '05-CT/TW'")
    assert (ct["mention_count"], ct["citing_documents"]) == (1, 1)
    assert _json(db, "SELECT count(*) AS n FROM citations")[0]["n"] == 1
    assert _json(db, "SELECT sum(citing_documents) AS n FROM most_cited")[0]["n"] == 1
    assert _json(db, "SELECT count(DISTINCT doc_id) AS n FROM persons")[0]["n"] == 1
    g = tmp_path / "g.json"
    assert run_cli("graph", "--db", db, "-o", g).returncode == 0
    graph = json.loads(g.read_text(encoding="utf-8"))
    assert [n["source"] for n in graph["nodes"] if n["kind"] == "document"] == [original["source"]]
    assert [e["weight"] for e in graph["edges"]] == [1]
    # the tables keep every copy's findings
    assert _json(db, "SELECT count(*) AS n FROM statistics WHERE predicate = 'kết nạp'")[0]["n"] == 4


def test_a_copy_ingested_in_a_later_run_is_marked(tmp_path):
    db = tmp_path / "t.duckdb"
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "thong-bao.txt").write_text(BULLETIN, encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "thong-bao-go-lai.txt").write_text(retyped(BULLETIN, random.Random(3)), encoding="utf-8")
    (tmp_path / "b" / "trang.html").write_text(html_page(BULLETIN), encoding="utf-8")
    assert run_cli("ingest", tmp_path / "a", "--db", db, "-j", "1").returncode == 0
    r = run_cli("ingest", tmp_path / "b", "--db", db, "-j", "2")
    assert r.returncode == 0, r.stderr
    docs = _json(db, "SELECT source, doc_id, duplicate_of, similarity FROM documents ORDER BY ingested_at, source")
    first = docs[0]
    assert first["source"].endswith("thong-bao.txt") and first["duplicate_of"] is None
    assert [d["duplicate_of"] for d in docs[1:]] == [first["doc_id"]] * 2
    retyped_copy = next(d for d in docs if d["source"].endswith("go-lai.txt"))
    assert 0.7 <= retyped_copy["similarity"] < 1
    # a run again changes nothing
    assert run_cli("ingest", tmp_path / "b", "--db", db, "-j", "1").returncode == 0
    assert len(_json(db, "SELECT doc_id FROM documents")) == 3


def test_bulletins_of_one_template_are_not_copies(tmp_path):
    rnd = random.Random(11)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"bao-cao-{i}.txt").write_text(_filled(REPORT, rnd), encoding="utf-8")
        (folder / f"tin-{i}.txt").write_text(_filled(NEWS, rnd), encoding="utf-8")
    db = tmp_path / "t.duckdb"
    assert run_cli("ingest", folder, "--db", db, "-j", "2").returncode == 0
    assert _json(db, "SELECT count(*) AS n, count(duplicate_of) AS copies FROM documents")[0] == {"n": 12, "copies": 0}


def test_similarity_of_words_not_layout():
    from extract.dedupe import BANDS, index_rows, shingles, similarity

    rewrapped = BULLETIN.replace("\n\n", "\n").replace(", ", " , ").upper()
    assert similarity(shingles(BULLETIN), shingles(rewrapped)) == 1.0
    rows = index_rows("a", BULLETIN)
    assert len(rows["minhash_bands"]) == BANDS
    assert rows == index_rows("a", rewrapped)  # the same signature and LSH keys in every process and run
    assert index_rows("b", "Ngắn quá.") == {}  # too short to be taken for a copy


@pytest.mark.parametrize("text", [BULLETIN, BULLETIN.upper(), "Ngắn quá.", "a a a a a a a a a a a a a a a a", ""])
def test_the_hashes_a_worker_hands_over_are_those_of_the_text(text):
    import numpy as np

    from extract.dedupe import distinct, shingle_hashes

    assert np.array_equal(distinct(shingle_hashes(text, distinct=False)), shingle_hashes(text))


def _marks(tmp_path, name: str, held) -> list:
    """(source, duplicate_of, similarity) of a first batch (one bulletin) and a second (two retyped copies,
    a bulletin of another kind), written with the shingle hashes that ``held(doc_id)`` says are at hand."""
    import datetime as dt

    from extract.dedupe import ShingleCache, distinct, shingle_hashes
    from extract.pipeline import analyze
    from extract.store import Store, doc_tables

    rnd = random.Random(8)
    batches = [[("a.txt", BULLETIN)],
               [("b.txt", retyped(BULLETIN, rnd)), ("c.txt", retyped(BULLETIN, rnd)), ("d.txt", _filled(REPORT, rnd))]]
    with Store(tmp_path / f"{name}.duckdb") as store:
        store.shingles = ShingleCache()
        for batch in batches:
            docs = [analyze(text, source) for source, text in batch]
            store.shingles.add({d["doc_id"]: distinct(shingle_hashes(d["text"], distinct=False))
                                for d in docs if held(d["source"])})
            store.write_tables([doc_tables(docs, dt.datetime.now())], [])
        rows = store.con.execute("SELECT source, duplicate_of IS NOT NULL, similarity FROM documents "
                                 "ORDER BY source").fetchall()
    return rows


# which documents' hashes the writer holds: every one, none (a later run, or evicted), some
HELD = {"all": lambda s: True, "none": lambda s: False, "the first batch's": lambda s: s == "a.txt",
        "the copies' only": lambda s: s in ("b.txt", "c.txt")}


@pytest.mark.parametrize("held", HELD, ids=list(HELD))
def test_the_copies_check_marks_the_same_with_hashes_at_hand_or_not(tmp_path, held):
    marks = _marks(tmp_path, "with", HELD[held])
    assert marks == _marks(tmp_path, "without", HELD["none"])
    assert [copy for _, copy, _ in marks] == [False, True, True, False]


def test_with_two_workers_the_first_file_read_is_the_one_stored(tmp_path):
    """``-j 2`` hands the writer the chunks in reading order, as ``-j 1`` does: a first chunk slowed by a long
    document does not let a later chunk's copies of its bulletin be stored before it."""
    rnd = random.Random(4)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-00.txt").write_text(BULLETIN, encoding="utf-8")  # the first chunk: 16 files, one of them long
    (folder / "a-01.txt").write_text("\n\n".join(_filled(REPORT, rnd) for _ in range(150)), encoding="utf-8")
    for i in range(2, 16):
        (folder / f"a-{i:02d}.txt").write_text(_filled(NEWS, rnd), encoding="utf-8")
    (folder / "b-000.txt").write_text(BULLETIN, encoding="utf-8")  # the next chunks: short files, the first two
    (folder / "b-001.txt").write_text(retyped(BULLETIN, random.Random(8)), encoding="utf-8")  # copies of a-00
    for i in range(2, 80):
        (folder / f"b-{i:03d}.txt").write_text(_filled(NEWS, rnd), encoding="utf-8")
    db = tmp_path / "t.duckdb"
    r = run_cli("ingest", folder, "--db", db, "-j", "2")
    assert r.returncode == 0, r.stderr
    rows = _json(db, "SELECT d.source, o.source AS original FROM documents d LEFT JOIN documents o "
                     "ON o.doc_id = d.duplicate_of WHERE regexp_matches(d.source, '(a-00|b-000|b-001)\\.txt$') "
                     "ORDER BY d.source")
    assert [(r["source"].rsplit("/", 1)[-1], (r["original"] or "").rsplit("/", 1)[-1]) for r in rows] == [
        ("a-00.txt", ""), ("b-001.txt", "a-00.txt")]  # b-000.txt, the same text as a-00.txt, is skipped
