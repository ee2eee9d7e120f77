"""DuckDB store: round trip, idempotent re-ingest, views, incremental resolution."""
from __future__ import annotations

import duckdb
import pytest

from extract.batch import ingest
from extract.pipeline import analyze, resolve_documents, to_record
from extract.store import Store, load_ref_documents
from extract.views import VIEWS
from tests.helpers import BULLETIN

LATER = """BÁO CÁO
Sơ kết việc thực hiện Kế hoạch số 12-KH/HU

Ngày 10/01/2025, Huyện ủy sơ kết Kế hoạch số 12-KH/HU, ngày 20/02/2024 của Ban Thường vụ Huyện ủy về
thực hiện Chỉ thị số 05-CT/TW. Năm 2024 kết nạp 160 đảng viên.
"""


@pytest.fixture()
def inbox(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "a.txt").write_text(BULLETIN, encoding="utf-8")
    return d


def test_round_trip_matches_the_json_record(tmp_path, inbox):
    db = tmp_path / "t.duckdb"
    s = ingest([str(inbox)], str(db), jobs=1)
    assert (s.files, s.added, s.errors) == (1, 1, 0)
    doc = analyze(BULLETIN, str(inbox / "a.txt"))
    resolve_documents([doc])
    rec = to_record(doc)
    con = duckdb.connect(str(db), read_only=True)
    for cat in ("doc_refs", "dates", "people", "statistics"):
        rows = con.execute(f'SELECT "start", "end", "text" FROM {cat} WHERE doc_id = ? ORDER BY idx',
                           [rec.doc_id]).fetchall()
        assert rows == [(f.start, f.end, f.text) for f in getattr(rec, cat)], cat
    stored = dict(con.execute("SELECT symbol, canonical_id FROM doc_refs").fetchall())
    assert stored == {r.symbol: r.canonical_id for r in rec.doc_refs}
    for view in VIEWS:
        con.execute(f"SELECT * FROM {view}").fetchall()
    [(n,)] = con.execute("SELECT count(*) FROM sentences").fetchall()
    assert n >= 4


def test_reingest_changes_nothing(tmp_path, inbox):
    db = tmp_path / "t.duckdb"
    ingest([str(inbox)], str(db), jobs=1)
    con = duckdb.connect(str(db))
    before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "doc_refs", "dates", "people", "statistics", "sentences", "ref_links")}
    con.close()
    s = ingest([str(inbox)], str(db), jobs=1)
    assert (s.added, s.skipped) == (0, 1)
    con = duckdb.connect(str(db))
    after = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    assert after == before


def test_later_ingest_resolves_against_stored_documents(tmp_path, inbox):
    db = tmp_path / "t.duckdb"
    ingest([str(inbox)], str(db), jobs=1)
    (inbox / "b.txt").write_text(LATER, encoding="utf-8")
    ingest([str(inbox)], str(db), jobs=1)
    con = duckdb.connect(str(db), read_only=True)
    ids = con.execute("SELECT DISTINCT canonical_id FROM doc_refs WHERE symbol = '12-KH/HU'").fetchall()
    assert len(ids) == 1
    docs = load_ref_documents(con)
    assert len(docs) == 2


def test_second_writer_fails_at_once_with_store_error(tmp_path, inbox):
    from extract.errors import StoreError

    db = tmp_path / "t.duckdb"
    with Store(db):
        import subprocess
        import sys

        code = ("from extract.store import Store\nfrom extract.errors import StoreError\n"
                f"try:\n    Store({str(db)!r})\nexcept StoreError as e:\n    print('LOCKED', e)\n")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert "LOCKED" in out.stdout and "another partydocs process" in out.stdout
    assert issubclass(StoreError, Exception)


@pytest.mark.parametrize("update_rows", [50_000, 0], ids=["written by an UPDATE", "column rebuilt"])
def test_streamed_resolution_equals_resolving_in_memory(tmp_path, corpus_dir, monkeypatch, update_rows):
    """The store streams references in small batches; the ids are those of one in-memory pass, and the
    rows keep their order whichever way the ids are written."""
    from extract import store

    monkeypatch.setattr(store, "UPDATE_ROWS", update_rows)
    db = tmp_path / "c.duckdb"
    ingest([str(corpus_dir / "docs")], str(db), jobs=1)
    with Store(db) as st:
        order = st.con.execute("SELECT doc_id, idx FROM doc_refs ORDER BY rowid").fetchall()
        docs = load_ref_documents(st.con)
        resolve_documents(docs)
        expected = {(d["doc_id"], r["idx"]): r["canonical_id"] for d in docs for r in d["doc_refs"]}
        assert len(expected) > 40
        st.con.execute("UPDATE doc_refs SET canonical_id = NULL")
        assert st.resolve(chunk_rows=7) == len(expected)  # many small batches, every id set again
        got = dict(((d, i), c) for d, i, c in st.con.execute("SELECT doc_id, idx, canonical_id FROM doc_refs").fetchall())
        assert got == expected
        assert st.resolve(chunk_rows=7) == 0  # a second pass changes nothing
        assert st.con.execute("SELECT doc_id, idx FROM doc_refs ORDER BY rowid").fetchall() == order
        assert st.con.execute("SELECT count(*) FROM citations").fetchone()[0] > 20  # the views read the new table


def test_chunks_with_the_same_content_store_it_once(tmp_path):
    """Two files with one text, in different worker chunks: one document, both files counted."""
    from extract import batch

    d = tmp_path / "dup"
    d.mkdir()
    for i in range(batch.CHUNK_FILES + 3):
        (d / f"f{i:03d}.txt").write_text(BULLETIN if i in (0, batch.CHUNK_FILES + 1) else LATER + f"\n{i}\n",
                                         encoding="utf-8")
    s = ingest([str(d)], str(tmp_path / "d.duckdb"), jobs=2)
    assert (s.files, s.added, s.skipped, s.errors) == (batch.CHUNK_FILES + 3, batch.CHUNK_FILES + 2, 1, 0)
    con = duckdb.connect(str(tmp_path / "d.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == batch.CHUNK_FILES + 2
    # the summary counts the findings that are stored, the copy's once
    assert s.findings["dates"] == con.execute("SELECT count(*) FROM dates").fetchone()[0]
    n_ids = con.execute("SELECT count(*), count(DISTINCT (doc_id, idx)) FROM doc_refs").fetchone()
    assert n_ids[0] == n_ids[1]


def test_stored_ids_equal_the_json_records_for_a_document_with_only_a_year(tmp_path):
    """No place-date line, no dateline: the year it reports on dates it, in the store as in extract."""
    from extract.pipeline import analyze, resolve_documents

    text = "BÁO CÁO\nCông tác dân vận năm 2018\n\nThực hiện Kết luận số 12-KL/TW, năm 2018 đạt kết quả tốt."
    older = "Kết luận số 12-KL/TW, ngày 05/4/2017 của Ban Bí thư về công tác dân vận."
    newer = "Kết luận số 12-KL/TW, ngày 06/7/2021 của Bộ Chính trị về công tác cán bộ."
    d = tmp_path / "in"
    d.mkdir()
    for name, t in (("a.txt", text), ("b.txt", older), ("c.txt", newer)):
        (d / name).write_text(t, encoding="utf-8")
    ingest([str(d)], str(tmp_path / "y.duckdb"), jobs=1)
    docs = [analyze(t, n) for n, t in (("a.txt", text), ("b.txt", older), ("c.txt", newer))]
    resolve_documents(docs)
    con = duckdb.connect(str(tmp_path / "y.duckdb"), read_only=True)
    stored = con.execute("SELECT r.canonical_id FROM doc_refs r JOIN documents d USING (doc_id) "
                         "WHERE d.source LIKE '%a.txt'").fetchall()
    assert [c for (c,) in stored] == [r["canonical_id"] for r in docs[0]["doc_refs"]] == ["KL/TW/12/k12"]


def test_a_database_of_an_earlier_version_gains_the_new_columns(tmp_path, inbox):
    db = tmp_path / "old.duckdb"
    with Store(db):
        pass
    con = duckdb.connect(str(db))
    con.execute('ALTER TABLE statistics DROP COLUMN "target"')  # as a database written before the column existed
    con.close()
    ingest([str(inbox)], str(db), jobs=1)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM statistics WHERE target IS NOT NULL").fetchone()[0] > 0
    con.close()


def test_citations_carry_the_relation_the_document_states_and_cited_documents_their_term(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "kh.txt").write_text("HUYỆN ỦY TÂN PHÚ\nSố 31-KH/HU\nKẾ HOẠCH\nThực hiện Chỉ thị số 05-CT/TW, ngày "
                              "15/5/2016 của Bộ Chính trị; căn cứ Điều lệ Đảng.\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest([str(d)], str(db), jobs=1)
    con = duckdb.connect(str(db), read_only=True)
    rel = dict(con.execute("SELECT cited_canonical_id, relation FROM citations").fetchall())
    term = con.execute("SELECT term FROM cited_documents WHERE canonical_id = 'CT/TW/5/k12'").fetchone()[0]
    con.close()
    assert rel["CT/TW/5/k12"] == "implements" and rel["Điều lệ/Điều lệ Đảng"] == "cites"
    assert term == 12  # from the id when no mention writes the term


CAREER = {  # two news items on one person, a year apart: a post held, then the post an election gives
    "a.txt": "12/03/2023 08:15\n\nĐồng chí Lò Văn Thắm, Phó Bí thư Huyện ủy, dự hội nghị tổng kết công tác dân vận.",
    "b.txt": "20/04/2024 16:40\n\nBan Chấp hành Đảng bộ huyện đã bầu đồng chí Lò Văn Thắm giữ chức Bí thư Huyện ủy.",
}


def test_a_persons_career_reads_in_sql_with_the_posts_appointments_give(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    for name, text in CAREER.items():
        (d / name).write_text(text, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    assert ingest([str(d)], str(db), jobs=1).added == 2
    con = duckdb.connect(str(db), read_only=True)
    stored = con.execute("SELECT titles, appointed_to FROM people WHERE name = 'Lò Văn Thắm' ORDER BY idx, doc_id")
    assert sorted(map(tuple, stored.fetchall())) == [([], ["Bí thư Huyện ủy"]), (["Phó Bí thư Huyện ủy"], [])]
    career = con.execute("SELECT CAST(seen_on AS VARCHAR), title, appointed FROM persons "
                         "WHERE name = 'Lò Văn Thắm' ORDER BY seen_on").fetchall()
    assert career == [("2023-03-12", "Phó Bí thư Huyện ủy", False), ("2024-04-20", "Bí thư Huyện ủy", True)]
