"""Hostile and broken inputs through the real command: every bad input named once, no traceback, nothing lost.

Each row: (file name, bytes, expected stage in the errors table or None when the file must be stored).
"""
from __future__ import annotations

import io
import json
import random
import unicodedata

import pytest

from extract.io import legacy
from tests.helpers import BULLETIN, cp1258_bytes, run_cli, tar_bytes, zip_bytes

GOOD = BULLETIN


def good(tag: str) -> str:
    """The sample bulletin with a closing line of its own, so every good input is a distinct document."""
    return GOOD + f"\nBản lưu số {tag} của Văn phòng Huyện ủy.\n"


def _scrambled(text: str) -> str:
    rnd = random.Random(7)
    d = list(unicodedata.normalize("NFD", text))
    tones = [i for i, c in enumerate(d) if c in "\u0300\u0301\u0303\u0309\u0323"]
    letters = [i for i, c in enumerate(d) if c.isalpha()]
    for i in tones:
        j = rnd.choice(letters)
        d[i], d[j] = d[j], d[i]
    return unicodedata.normalize("NFC", "".join(d))


def _mojibake(text: str) -> bytes:
    """Windows-1258 bytes read as Windows-1252 and saved again as UTF-8 (a common scraper accident)."""
    return cp1258_bytes(text).decode("cp1252", errors="replace").encode("utf-8")


def _pdf_without_text() -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


ZIP = zip_bytes({"a.txt": GOOD.encode() * 30})
TAR = tar_bytes({"a.txt": GOOD.encode() * 30})
INPUTS = [
    # stored, with the good text
    ("utf8.txt", good("utf8").encode("utf-8"), None),
    ("utf16.txt", good("utf16").encode("utf-16"), None),
    ("cp1258.txt", cp1258_bytes(good("cp1258")), None),
    ("tcvn3.txt", legacy.encode_tcvn3(good("tcvn3")), None),
    ("vni.txt", legacy.encode_vni(good("vni")), None),
    ("nfd.txt", unicodedata.normalize("NFD", good("nfd")).encode("utf-8"), None),
    ("mojibake.txt", _mojibake(good("mojibake")), None),
    ("invalid.html", ("<html><body><div><p>" + good("html").replace("\n", "</p><p>") + "<div><span></body>").encode(), None),
    ("traversal.zip", zip_bytes({"../../../escaped.txt": good("zip").encode()}), None),
    # refused, each with its stage
    ("binary.txt", bytes(range(256)) * 40, "decode"),
    ("empty.txt", b"", "decode"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "decode"),
    ("truncated.zip", ZIP[: len(ZIP) // 2], "archive"),
    ("corrupt.tar", TAR[:700] + b"\xff" * 300, "archive"),
    ("scan.pdf", _pdf_without_text(), "pdf"),
    ("scrambled.txt", _scrambled(GOOD * 3).encode("utf-8"), "quality"),
]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    inbox = root / "inbox"
    inbox.mkdir()
    for name, data, _ in INPUTS:
        (inbox / name).write_bytes(data)
    db = root / "h.duckdb"
    r = run_cli("ingest", inbox, "--db", db, "-j", "2")
    return root, db, r


def _query(db, sql):
    r = run_cli("query", sql, "--db", db, "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_exit_code_and_no_traceback(run):
    _, _, r = run
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout


@pytest.mark.parametrize("name,stage", [(n, s) for n, _, s in INPUTS if s])
def test_every_bad_input_is_named_once(run, name, stage):
    _, db, r = run
    lines = [l for l in r.stderr.splitlines() if l.startswith("error:") and f"/{name}" in l]
    assert len(lines) == 1, r.stderr
    rows = _query(db, "SELECT source, stage, message FROM errors")
    mine = [x for x in rows if x["source"].split("/")[-1].split("!")[0] == name]
    assert [x["stage"] for x in mine] == [stage]
    assert "\n" not in mine[0]["message"]


@pytest.mark.parametrize("name", [n for n, _, s in INPUTS if s is None])
def test_good_inputs_are_stored_as_correct_vietnamese(run, name):
    _, db, _ = run
    rows = _query(db, "SELECT source, text FROM documents")
    [doc] = [x for x in rows if name in x["source"]]
    assert "Chỉ thị số 05-CT/TW" in doc["text"] and "Ban Thường vụ Huyện ủy" in doc["text"]
    assert "Bản lưu số" in doc["text"]
    assert unicodedata.is_normalized("NFC", doc["text"])


def test_nothing_written_outside_the_output(run):
    root, _, _ = run
    assert not any(p.name == "escaped.txt" for p in root.parent.rglob("escaped.txt"))


def test_fifty_megabyte_single_line_in_bounded_time_and_memory(tmp_path):
    """A 50 MB file with no line break (a minified page, a broken export) is read and stored."""
    import resource
    import time

    rnd = random.Random(0)
    words = ("các cấp ủy tổ chức đảng tiếp tục quán triệt thực hiện nghiêm túc nhiệm vụ chính trị "
             "xây dựng đảng trong sạch vững mạnh").split()
    chunk = " ".join(rnd.choice(words) for _ in range(200_000)) + " kết nạp 25 đảng viên ngày 12/3/2024. "
    data = (chunk * (50_000_000 // len(chunk.encode()) + 1)).encode()[:50_000_000]
    (tmp_path / "big.txt").write_bytes(data.rsplit(b" ", 1)[0])
    t0 = time.perf_counter()
    r = run_cli("ingest", tmp_path / "big.txt", "--db", tmp_path / "b.duckdb", "-j", "1", "-q")
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert r.returncode == 0, r.stderr
    assert seconds < 300 and peak_mb < 3000, (seconds, peak_mb)
