"""Test helpers: run the real command, build sample inputs."""
from __future__ import annotations

import io
import os
import subprocess
import tarfile
import sys
import unicodedata
import zipfile
from pathlib import Path

BIN = Path(sys.executable).parent / "partydocs"


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run the installed ``partydocs`` command as a user would."""
    env = {**os.environ, "COLUMNS": "200", "TERM": "dumb"}
    return subprocess.run([str(BIN), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=timeout)


def bulletin_db(folder: Path, name: str = "b.duckdb") -> Path:
    """``folder/name``: a database holding :data:`BULLETIN` alone, ingested by the real command."""
    (folder / "a.txt").write_text(BULLETIN, encoding="utf-8")
    r = run_cli("ingest", folder / "a.txt", "--db", folder / name, "-q")
    assert r.returncode == 0, r.stderr
    return folder / name


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 bytes: precomposed where the code page has the letter, else base + combining tone."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:  # split off the tone mark only: ệ → ê + U+0323
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def tar_bytes(members: dict[str, bytes], mode: str = "w") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


BULLETIN = """THÔNG BÁO
Kết luận của Ban Thường vụ Huyện ủy về công tác phát triển đảng viên Quý II/2024

Ngày 05/7/2024, Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí Lê Minh Tâm, Bí thư Huyện ủy.
Trong 6 tháng đầu năm 2024, toàn Đảng bộ kết nạp 85 đảng viên, đạt 56,7% kế hoạch năm; 17/21 chi bộ
hoàn thành chỉ tiêu. Các cấp ủy tiếp tục thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị
về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kế hoạch số 12-KH/HU,
ngày 20/02/2024 của Ban Thường vụ Huyện ủy.
"""
