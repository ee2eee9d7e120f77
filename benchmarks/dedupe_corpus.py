"""A corpus of copies for tuning and testing near-duplicate detection (``extract/dedupe.py``).

Each bulletin of ``corpus/docs`` is written five ways: ``.txt`` (UTF-8), ``.html`` (a portal page with
menu, side list and footer around the article), ``.docx`` (a paragraph per line), inside a ``.zip``
(Windows-1258, CRLF, lines wrapped at 72 columns, as a word processor saves it) and retyped with small
edits (a typo, a word dropped or swapped, other punctuation, about one word in forty). Two templates
filled with other places, people, dates and figures give bulletins that share most of their words but
are different documents: they must not merge. ``group`` of a file names its bulletin.

Example::

    >>> groups = build(Path(tmp) / "copies")          # doctest: +SKIP
    >>> len(groups), len(set(groups.values()))        # doctest: +SKIP
    (90, 34)
"""
from __future__ import annotations

import io
import random
import textwrap
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A commune's quarterly report: the template every commune of a district fills in.
REPORT = """ĐẢNG ỦY XÃ {XA}
*
Số {so}-BC/ĐU

{xa}, ngày {d} tháng {m} năm {y}

BÁO CÁO
kết quả công tác xây dựng Đảng quý {q} năm {y}

I. TÌNH HÌNH CHUNG

Trong quý {q} năm {y}, Đảng ủy xã {xa} đã lãnh đạo các chi bộ trực thuộc thực hiện tốt nhiệm vụ chính trị được giao. Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững; đời sống của nhân dân tiếp tục được cải thiện.

II. KẾT QUẢ THỰC HIỆN

1. Công tác giáo dục chính trị, tư tưởng: Đảng ủy đã tổ chức cho {n1} cán bộ, đảng viên học tập các chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; {n2} đảng viên viết bản thu hoạch đạt yêu cầu.

2. Công tác tổ chức, cán bộ: Trong quý, toàn Đảng bộ kết nạp {n3} đảng viên mới, đạt {p1}% kế hoạch năm; chuyển đảng chính thức cho {n4} đồng chí; xét tặng Huy hiệu Đảng cho {n5} đảng viên.

3. Công tác kiểm tra, giám sát: Ủy ban Kiểm tra Đảng ủy đã kiểm tra {n6} chi bộ và giám sát chuyên đề {n7} đảng viên; qua kiểm tra chưa phát hiện vi phạm.

4. Công tác dân vận: Các đoàn thể vận động nhân dân tham gia xây dựng nông thôn mới, đóng góp {n8} ngày công và {m1} triệu đồng làm đường giao thông nông thôn.

III. NHIỆM VỤ QUÝ TỚI

Tiếp tục nâng cao chất lượng sinh hoạt chi bộ; phấn đấu kết nạp thêm {n9} đảng viên; chuẩn bị tốt các điều kiện tổ chức đại hội chi bộ nhiệm kỳ mới.

Nơi nhận:
- Ban Thường vụ Huyện ủy {huyen},
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.

T/M ĐẢNG ỦY
BÍ THƯ

{ten}
"""

# A district's news item on a resolution reviewed: the same story in every district.
NEWS = """Huyện ủy {huyen} sơ kết {k} năm thực hiện Nghị quyết số {nq}-NQ/HU

Ngày {d}/{m}/{y}, Ban Thường vụ Huyện ủy {huyen} tổ chức hội nghị sơ kết {k} năm thực hiện Nghị quyết số {nq}-NQ/HU về phát triển nông nghiệp gắn với xây dựng nông thôn mới. Đồng chí {ten}, Bí thư Huyện ủy chủ trì hội nghị.

Báo cáo tại hội nghị cho biết, sau {k} năm triển khai, toàn huyện có {n1} xã đạt chuẩn nông thôn mới, {n2} xã đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân đầu người đạt {m1} triệu đồng/năm; tỷ lệ hộ nghèo giảm còn {p1}%.

Các cấp ủy đã chỉ đạo chuyển đổi {n3} ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả và nuôi trồng thủy sản; hình thành {n4} chuỗi liên kết sản xuất và tiêu thụ sản phẩm.

Phát biểu kết luận hội nghị, đồng chí {ten} đề nghị các cấp ủy, chính quyền tiếp tục quán triệt mục tiêu của Nghị quyết; tập trung tháo gỡ khó khăn về vốn, đất đai và thị trường; phấn đấu đến năm {y2} có thêm {n5} xã đạt chuẩn nông thôn mới nâng cao.

Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho {n6} tập thể và {n7} cá nhân có thành tích trong thực hiện Nghị quyết.
"""

PLACES = ["Tân Phú", "Hòa Bình", "Yên Lạc", "Quảng Minh", "Thạch Sơn", "Kim Liên", "Phú Lộc", "Đông Hưng",
          "Nghĩa Thắng", "Vĩnh Hòa", "Cẩm Xuyên", "Hương Trà"]
PEOPLE = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Cường", "Phạm Thu Dung", "Hoàng Minh Đức", "Vũ Thị Hà",
          "Đặng Văn Khoa", "Bùi Thị Lan", "Đỗ Quốc Minh", "Ngô Thị Nga"]
SWAPS = {"và": "cùng", "các": "những", "tiếp tục": "tiếp tục đẩy mạnh", "đã": "đã và đang", "tốt": "tốt hơn"}


def _filled(template: str, rnd: random.Random) -> str:
    xa, huyen = rnd.sample(PLACES, 2)
    n = {f"n{i}": rnd.randint(3, 480) for i in range(1, 10)}
    return template.format(XA=xa.upper(), xa=xa, huyen=huyen, so=rnd.randint(10, 99), d=rnd.randint(1, 28),
                           m=rnd.randint(1, 12), y=rnd.choice([2022, 2023, 2024]), q=rnd.choice(["I", "II", "III"]),
                           k=rnd.choice([2, 3, 5]), nq=rnd.randint(1, 30), y2=2025, ten=rnd.choice(PEOPLE),
                           p1=f"{rnd.randint(10, 95)},{rnd.randint(1, 9)}", m1=rnd.randint(40, 900), **n)


def retyped(text: str, rnd: random.Random, rate: float = 1 / 40) -> str:
    """The text typed again with small edits: a typo, a word dropped, a phrase swapped, other punctuation."""
    out = []
    for line in text.split("\n"):
        ws = line.split(" ")
        for i, w in enumerate(ws):
            if len(w) > 3 and rnd.random() < rate:
                kind = rnd.randrange(4)
                if kind == 0:
                    ws[i] = w[:2] + w[1:]  # a doubled letter
                elif kind == 1:
                    ws[i] = ""  # a word dropped
                elif kind == 2:
                    ws[i] = SWAPS.get(w, w + " đã")
                else:
                    ws[i] = w.rstrip(",;.") + rnd.choice([",", ";", " -"])
        out.append(" ".join(x for x in ws if x))
    return "\n".join(out)


def html_page(text: str) -> str:
    """The text as an article of a portal page, among a menu, a side list and a footer."""
    from html import escape

    lines = [ln for ln in text.split("\n") if ln.strip()]
    body = "\n".join(f"<p>{escape(ln)}</p>" for ln in lines[1:])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(lines[0])}</title></head>
<body><header><div class="logo">Cổng thông tin điện tử Đảng bộ tỉnh</div><nav><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/tin">Tin tức sự kiện</a></li><li><a href="/vb">Văn bản chỉ đạo</a></li></ul></nav></header>
<aside><h3>Tin đọc nhiều</h3><ul><li><a href="/a">Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15</a></li>
<li><a href="/b">Kết quả thi đua khen thưởng năm 2022</a></li></ul></aside>
<main><article><h1>{escape(lines[0])}</h1>
{body}
</article></main><footer>Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy. Ghi rõ nguồn khi phát hành lại thông tin.</footer>
</body></html>
"""


def docx_bytes(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def zipped_copy(text: str, name: str) -> bytes:
    """A zip holding the text as a word processor saves it: Windows-1258, CRLF, wrapped at 72 columns."""
    from tests.helpers import cp1258_bytes

    wrapped = "\r\n".join("\r\n".join(textwrap.wrap(ln, 72)) if ln.strip() else "" for ln in text.split("\n"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"ban-sao/{name}.txt", cp1258_bytes(wrapped))
    return buf.getvalue()


def write_copies(folder: Path, name: str, text: str, rnd: random.Random) -> list[Path]:
    """One bulletin as .txt, .html, .docx, inside a .zip, and retyped: the five files written."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {f"{name}.txt": text.encode("utf-8"), f"{name}.html": html_page(text).encode("utf-8"),
             f"{name}.docx": docx_bytes(text), f"{name}.zip": zipped_copy(text, name),
             f"{name}-go-lai.txt": retyped(text, rnd).encode("utf-8")}
    for fname, data in files.items():
        (folder / fname).write_bytes(data)
    return [folder / f for f in files]


def build(folder: Path, variants: int = 8, seed: int = 7) -> dict[str, str]:
    """Writes the corpus; returns file name → bulletin (two files of one bulletin are copies)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from extract.io import text_of

    rnd, groups = random.Random(seed), {}
    for p in sorted((ROOT / "corpus" / "docs").rglob("*.txt")):
        for f in write_copies(folder / "copies", p.stem, text_of(p), rnd):
            groups[f.name] = p.stem
    for tname, template in (("bao-cao-xa", REPORT), ("tin-huyen", NEWS)):
        for i in range(variants):
            name = f"{tname}-{i}"
            (folder / "templates").mkdir(parents=True, exist_ok=True)
            (folder / "templates" / f"{name}.txt").write_text(_filled(template, rnd), encoding="utf-8")
            groups[f"{name}.txt"] = name
    return groups
