"""Hostile names and bytes (issue 16, cases 3, 4, 10–15): nothing skipped silently, nothing read that is not
a document, no reference hidden by an invisible character, no mojibake in names, no figure made of
damaged bytes, one rule for NUL bytes, no forged or multi-line message, every archive named for what it is."""
from __future__ import annotations

import json
import os
import re

import duckdb
import pytest

from tests.helpers import BULLETIN, cp1258_bytes, run_cli, tar_bytes, zip_bytes
from tests.reliability.zips import encrypted_zip, zip_with_raw_names


def good(tag: str) -> str:
    return BULLETIN + f"\nBản lưu số {tag} của Văn phòng Huyện ủy.\n"


def _query(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        cur = con.execute(sql)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def _sources(db):
    return sorted(os.path.relpath(x["source"].split("!")[0], db.parent) + ("!" + x["source"].split("!", 1)[1]
                  if "!" in x["source"] else "") for x in _query(db, "SELECT source FROM documents"))


def _no_traceback(r):
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr


# ---- case 3: "!" in a real name is a letter -------------------------------------------------------------

def test_bang_before_a_dot_in_real_names_is_read(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "Tin nóng!.txt").write_text(good("a"), encoding="utf-8")
    (inbox / "Khẩn!.zip").write_bytes(zip_bytes({"Thông báo!.txt": good("b").encode()}))
    db = tmp_path / "b.duckdb"
    r = run_cli("ingest", inbox, "--db", db, "-q")
    assert r.returncode == 0, r.stderr
    assert _sources(db) == ["in/Khẩn!.zip!Thông báo!.txt", "in/Tin nóng!.txt"]


# ---- case 4: hidden names judged below the given path; document kinds only; every skip counted ----------

def test_archive_under_a_hidden_folder_is_read(tmp_path):
    bundle = tmp_path / ".cache" / "x" / "bundle.zip"
    bundle.parent.mkdir(parents=True)
    bundle.write_bytes(zip_bytes({"tin/a.txt": good("a").encode(), "tin/.nhap.txt": good("draft").encode()}))
    db = tmp_path / "h.duckdb"
    r = run_cli("ingest", bundle, "--db", db, "-q")
    assert r.returncode == 0, r.stderr
    assert _sources(db) == [".cache/x/bundle.zip!tin/a.txt"]  # hidden inside the archive: still skipped


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory):
    """A folder as people keep them: documents, and a README, configs, code, a picture, hidden and macOS
    files, a symlink and a named pipe."""
    root = tmp_path_factory.mktemp("mixed")
    d = root / "kho"
    (d / "__MACOSX").mkdir(parents=True)
    (d / "tin.txt").write_text(good("txt"), encoding="utf-8")
    (d / "trang.htm").write_text(f"<html><body><article><p>{good('htm')}</p></article></body></html>", encoding="utf-8")
    (d / "GHI-CHU").write_text(good("no extension"), encoding="utf-8")  # text without an extension: read
    (d / "README.md").write_text("# Kho lưu trữ\nCác bản tin của huyện.\n", encoding="utf-8")
    (d / "cau-hinh.yaml").write_text("nguon: kho\n", encoding="utf-8")
    (d / "du-lieu.json").write_text('{"so": 1}\n', encoding="utf-8")
    (d / "nap.py").write_text("print('kho')\n", encoding="utf-8")
    (d / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (d / ".an.txt").write_text(good("hidden"), encoding="utf-8")
    (d / "__MACOSX" / "._tin.txt").write_text(good("fork"), encoding="utf-8")
    (d / "lien-ket.txt").symlink_to(d / "tin.txt")
    os.mkfifo(d / "ong")
    return d


def test_a_folder_walk_reads_documents_only_and_counts_what_it_skips(mixed_folder, tmp_path):
    db = tmp_path / "m.duckdb"
    r = run_cli("ingest", mixed_folder, "--db", db, "-q", "-v")
    assert r.returncode == 0, r.stderr
    _no_traceback(r)
    assert [os.path.basename(s) for s in _sources(db)] == ["GHI-CHU", "tin.txt", "trang.htm"]
    assert re.search(r"5 not documents, 1 hidden, 1 macOS metadata, 1 special files, 1 symlinks", r.stderr), r.stderr
    listed = {line.split(": ", 1)[1] for line in r.stderr.splitlines() if line.startswith("skipped: ")}
    assert {os.path.basename(x.split(" (")[0]) for x in listed} == {
        "README.md", "cau-hinh.yaml", "du-lieu.json", "nap.py", "anh.png", ".an.txt", "__MACOSX", "lien-ket.txt", "ong"}


def test_all_files_reads_every_kind(mixed_folder, tmp_path):
    r = run_cli("extract", mixed_folder, "--all-files")
    names = sorted(os.path.basename(json.loads(x)["source"]) for x in r.stdout.splitlines())
    assert names == ["GHI-CHU", "README.md", "cau-hinh.yaml", "du-lieu.json", "nap.py", "tin.txt", "trang.htm"]
    assert r.returncode == 1 and "anh.png: decode: binary data (PNG image)" in r.stderr  # read, and refused


def test_dask_engine_walks_folders_as_the_local_engine(mixed_folder, tmp_path):
    pytest.importorskip("dask.distributed")
    db = tmp_path / "d.duckdb"
    r = run_cli("ingest", mixed_folder, "--db", db, "-q", "--engine", "dask", "-j", "1", timeout=600)
    assert r.returncode == 0, r.stderr
    assert [os.path.basename(s) for s in _sources(db)] == ["GHI-CHU", "tin.txt", "trang.htm"]
    assert "5 not documents, 1 hidden, 1 macOS metadata" in r.stderr


# ---- case 10: invisible characters inside a reference, a date and a figure -------------------------------

INVISIBLE = {"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "lrm": "\u200e", "rlm": "\u200f",
             "soft-hyphen": "\u00ad", "rlo": "\u202e", "lri": "\u2066", "word-joiner": "\u2060", "bom": "\ufeff"}


@pytest.fixture(scope="module")
def invisible_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("invisible")
    for name, ch in INVISIBLE.items():
        text = (f"Ngày 20/6/2024, Huyện ủy sơ kết việc thực hiện Chỉ thị số 05-CT{ch}/TW, "
                f"ngày 15/5{ch}/2016 "
                f"của Bộ Chính trị; 6 tháng đầu năm đã kết nạp 8{ch}5 đảng viên. Mã {name}.\n")
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
    r = run_cli("extract", d)
    assert r.returncode == 0, r.stderr
    return {os.path.basename(doc["source"])[:-4]: doc for doc in map(json.loads, r.stdout.splitlines())}


@pytest.mark.parametrize("name", INVISIBLE)
def test_an_invisible_character_hides_no_finding(invisible_run, name):
    doc = invisible_run[name]
    assert "05-CT/TW" in {x["symbol"] for x in doc["doc_refs"]}
    assert any(x["issued_date"] == "2016-05-15" for x in doc["doc_refs"])
    assert 85 in {x["value"] for x in doc["statistics"]}


# ---- case 11: zip names without the UTF-8 flag -----------------------------------------------------------

def test_zip_member_names_without_the_utf8_flag_are_not_mojibake(tmp_path):
    names = {"utf-8": "Thông báo số 5.txt".encode("utf-8"), "cp1258": cp1258_bytes("Kết luận Hội nghị.txt"),
             "cp437": "Resume.txt".encode("cp437")}
    data = zip_with_raw_names({raw: good(tag).encode() for tag, raw in names.items()})
    (tmp_path / "linux-zip.zip").write_bytes(data)
    r = run_cli("extract", tmp_path / "linux-zip.zip")
    assert r.returncode == 0, r.stderr
    got = sorted(json.loads(x)["source"].split("!")[1] for x in r.stdout.splitlines())
    assert got == ["Kết luận Hội nghị.txt", "Resume.txt", "Thông báo số 5.txt"]


# ---- cases 12 and 13: damaged bytes, NUL bytes, files of spaces -------------------------------------------

DAMAGED = {
    "figure.txt": good("fig").encode().replace(b"17/21", b"17/2\xff\xfe1"),  # inside a figure
    "many.txt": good("many").encode().replace(b" ", b" \xff\xfe", 40),  # 80 bad bytes: still text
    "nul-head.txt": good("nul1").encode().replace(b"85", b"8\x005", 1),  # a NUL in the first 64 KiB …
    "nul-tail.txt": (good("nul2") * 200).encode().replace(b"85", b"8\x005")[:70000] + good("t").encode(),  # … after
}
EMPTY = {"spaces.txt": "\v\f \u3000\u00a0\u2003\n\t".encode(), "bom-only.txt": b"\xef\xbb\xbf",
         "bom-spaces.txt": "\ufeff \u200b\n".encode()}


@pytest.fixture(scope="module")
def damaged_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("damaged")
    (d / "in").mkdir()
    for name, data in {**DAMAGED, **EMPTY}.items():
        (d / "in" / name).write_bytes(data)
    db = d / "x.duckdb"
    r = run_cli("ingest", d / "in", "--db", db, "-q")
    return db, r


@pytest.mark.parametrize("name", DAMAGED)
def test_damaged_bytes_are_replaced_and_the_document_stored_with_a_warning(damaged_run, name):
    db, r = damaged_run
    _no_traceback(r)
    [doc] = _query(db, f"SELECT text FROM documents WHERE source LIKE '%/{name}'")
    rows = _query(db, f"SELECT stage, message FROM errors WHERE source LIKE '%/{name}'")
    assert [x["stage"] for x in rows] == ["quality"] and "replaced with U+FFFD" in rows[0]["message"]
    assert re.search(r"at bytes? \d+", rows[0]["message"]), rows[0]["message"]
    assert "\ufffd" in doc["text"] and "\x00" not in doc["text"]
    assert [l for l in r.stderr.splitlines() if l.startswith("warning:") and l.split(": ")[1].endswith(name)]


def test_no_finding_touches_a_replaced_byte(damaged_run):
    db, _ = damaged_run
    sql = " UNION ALL ".join(f"SELECT '{cat}' AS cat, f.text, substr(d.text, f.start, f.\"end\" - f.start + 2) "
                             f"AS around FROM {cat} f JOIN documents d USING (doc_id) WHERE d.text LIKE '%\ufffd%'"
                             for cat in ("doc_refs", "dates", "people", "statistics"))
    rows = _query(db, sql)
    assert rows and not [x for x in rows if "\ufffd" in x["around"]], rows
    rows = _query(db, "SELECT s.value FROM statistics s JOIN documents d USING (doc_id) "
                      "WHERE d.source LIKE '%/figure.txt'")
    assert 1 not in [x["value"] for x in rows]  # "17/2��1 chi bộ" is no count of one


@pytest.mark.parametrize("name", EMPTY)
def test_a_file_of_spaces_is_an_empty_file(damaged_run, name):
    db, r = damaged_run
    rows = _query(db, f"SELECT stage, message FROM errors WHERE source LIKE '%/{name}'")
    assert [(x["stage"], x["message"].startswith("empty file")) for x in rows] == [("decode", True)]


def test_exit_code_counts_errors_not_warnings(damaged_run):
    _, r = damaged_run
    assert r.returncode == 1  # the empty files failed; the damaged ones were stored
    assert len([l for l in r.stderr.splitlines() if l.startswith("error:")]) == len(EMPTY)


# ---- case 14: names that would forge or hide part of a message --------------------------------------------

FORGING = ["tin.txt\nerror: gia-mao.txt: decode: giả.txt", "do\x1b[31m.txt", "[/].txt", "[bold]dam[/bold].txt",
           "dao\u202etxt.exe.txt", "xuong\rdong.txt"]


def test_control_characters_in_names_are_escaped_everywhere(tmp_path):
    (tmp_path / "names.zip").write_bytes(zip_bytes({n: b"" for n in FORGING}))  # every member is an empty file
    db = tmp_path / "n.duckdb"
    r = run_cli("ingest", tmp_path / "names.zip", "--db", db, "-q")
    assert r.returncode == 1
    _no_traceback(r)
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == len(FORGING), r.stderr
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202e]", r.stderr)
    assert any("[/].txt" in l for l in errors) and any("[bold]dam[/bold].txt" in l for l in errors)
    sources = [x["source"] for x in _query(db, "SELECT source FROM errors")]
    assert len(sources) == len(FORGING)
    assert not [s for s in sources if re.search(r"[\x00-\x1f\x7f\u202e]", s)]
    assert any(s.endswith("!tin.txt\\nerror: gia-mao.txt: decode: giả.txt") for s in sources)


# ---- case 15: archives and formats named for what they are ------------------------------------------------

def _corrupt_tgz():
    data = bytearray(tar_bytes({f"a{i}.txt": (good(str(i)) * 30).encode() for i in range(3)}, "w:gz"))
    for i in range(200, len(data) - 20, 97):
        data[i] ^= 0xFF
    return bytes(data)


FORMATS = [  # (file name, bytes, stage in errors or None when stored, words the message must hold)
    ("hong.tar.gz", _corrupt_tgz(), "archive", "gzip"),
    ("nen-rar.zip", b"Rar!\x1a\x07\x01\x00" + bytes(range(256)) * 4, "archive", "RAR archive"),
    ("nen-7z.zip", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(range(256)) * 4, "archive", "7z archive"),
    ("bao-mat.zip", encrypted_zip("mat.txt", good("secret").encode()), "archive", "encrypted member"),
    ("trang.pdf", f"<!DOCTYPE html><html><body><article><p>{good('pdf')}</p></article></body></html>".encode(),
     None, ""),
    ("trang.docx", f"<html><body><article><p>{good('docx')}</p></article></body></html>".encode(), None, ""),
]


@pytest.fixture(scope="module")
def formats_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("formats")
    (d / "in").mkdir()
    for name, data, _, _ in FORMATS:
        (d / "in" / name).write_bytes(data)
    r = run_cli("ingest", d / "in", "--db", d / "f.duckdb", "-q")
    return d / "f.duckdb", r


@pytest.mark.parametrize("name,stage,words", [(n, s, w) for n, _, s, w in FORMATS], ids=[f[0] for f in FORMATS])
def test_archives_and_formats_are_named_for_what_they_are(formats_run, name, stage, words):
    db, r = formats_run
    _no_traceback(r)
    mine = [l for l in r.stderr.splitlines() if f"/{name}" in l]
    if stage is None:
        assert mine == [], mine
        [doc] = _query(db, f"SELECT text FROM documents WHERE source LIKE '%/{name}'")
        assert "Chỉ thị số 05-CT/TW" in doc["text"]
        return
    assert len(mine) == 1 and mine[0].startswith("error:") and words in mine[0], r.stderr
    rows = _query(db, f"SELECT stage, message FROM errors WHERE source LIKE '%/{name}%'")
    assert [x["stage"] for x in rows] == [stage] and words in rows[0]["message"]
