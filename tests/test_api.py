"""The library API (``import extract``): analyze, extract_files, ingest, connect, and the README's example."""
from __future__ import annotations

import doctest
import unicodedata

import pytest

import extract
from extract.errors import InputError, StoreError
from tests.conftest import ROOT
from tests.helpers import BULLETIN

DATED = "Kết luận số 12-KL/TW, ngày 06/7/2021 của Bộ Chính trị về công tác cán bộ."
UNDATED = "Năm 2022, chi bộ tiếp tục quán triệt Kết luận số 12-KL/TW trong toàn Đảng bộ."


def test_the_readme_example_runs(tmp_path, monkeypatch):
    """The "Python API" section of the README is a doctest, run here from a folder holding the corpus."""
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    monkeypatch.chdir(tmp_path)
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, verbose=False,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 6 and result.failed == 0


def test_analyze_gives_the_record_of_one_text():
    doc = extract.analyze(BULLETIN, "bulletin.txt")
    assert isinstance(doc, extract.Document) and doc.source == "bulletin.txt"
    assert [r.canonical_id for r in doc.doc_refs if r.symbol == "05-CT/TW"] == ["CT/TW/5/k12"]


def test_analyze_offsets_refer_to_the_normalised_text():
    nfd = unicodedata.normalize("NFD", "Thực hiện Chỉ thị số 05-CT/TW.\r\nNgày 15/5/2016.")
    doc = extract.analyze(nfd)
    text = extract.normalized(nfd)
    assert text != nfd and doc.source == "<text>"
    assert [text[r.start:r.end] for r in doc.doc_refs] == [r.text for r in doc.doc_refs] == ["Chỉ thị số 05-CT/TW"]


def test_extract_files_resolves_across_the_call_and_names_bad_inputs(tmp_path):
    (tmp_path / "a.txt").write_text(DATED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    alone = extract.analyze(UNDATED)
    bad = []
    docs = list(extract.extract_files([tmp_path], on_error=bad.append))
    assert [d.source.rsplit("/", 1)[-1] for d in docs] == ["a.txt", "b.txt"]
    assert alone.doc_refs[0].canonical_id == "KL/TW/12/k?"
    assert docs[1].doc_refs[0].canonical_id == docs[0].doc_refs[0].canonical_id == "KL/TW/12/k13"
    assert [e.source.rsplit("/", 1)[-1] for e in bad] == ["c.txt"]
    with pytest.raises(InputError):
        list(extract.extract_files([tmp_path]))


def test_ingest_and_connect(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(DATED, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(UNDATED, encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    s = extract.ingest([tmp_path / "in"], db, jobs=1)
    assert (s.files, s.added, s.errors) == (2, 2, 0)
    with extract.connect(db) as con:
        assert con.execute("SELECT DISTINCT canonical_id FROM doc_refs").fetchall() == [("KL/TW/12/k13",)]
    with extract.connect(db, read_only=False) as con:
        con.execute("CREATE TABLE notes (doc_id VARCHAR, note VARCHAR)")
    other = tmp_path / "other.duckdb"
    with extract.connect(str(other), read_only=False) as con:  # a new file becomes a partydocs database
        assert con.execute("SELECT value FROM partydocs_meta WHERE key = 'format_version'").fetchone() == ("2",)
    with pytest.raises(StoreError, match="no such database"):
        extract.connect(str(tmp_path / "none.duckdb"))
