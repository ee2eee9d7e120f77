"""Intake: encodings, formats, folders and archives (own-written sample text)."""
from __future__ import annotations

import unicodedata

import pytest

from extract.errors import InputError
from extract.io import iter_inputs, read_raw, text_of
from extract.io import sources
from extract.io.decode import decode_bytes
from tests.helpers import cp1258_bytes, tar_bytes, zip_bytes

SAMPLE = "Ngày 12/3/2024, Huyện uỷ Đức Thọ ban hành Kế hoạch số 45-KH/HU về công tác phát triển đảng viên."


@pytest.mark.parametrize("data", [
    SAMPLE.encode("utf-8"),
    b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
    SAMPLE.encode("utf-16"),
    SAMPLE.encode("utf-16-le"),
    SAMPLE.encode("utf-16-be"),
    cp1258_bytes(SAMPLE),
    unicodedata.normalize("NFD", SAMPLE).encode("utf-8"),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1258", "nfd"])
def test_encodings_decode_to_nfc(data):
    assert decode_bytes(data, "x.txt") == SAMPLE


def test_lookalike_eth_read_as_d_stroke():
    assert decode_bytes("\u00d0ảng bộ tỉnh".encode("utf-8"), "x.txt") == "Đảng bộ tỉnh"


def test_crlf_becomes_lf():
    assert decode_bytes("Dòng một\r\nDòng hai".encode("utf-8"), "x.txt") == "Dòng một\nDòng hai"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"  \n\n\t ", "empty file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    (b"abc\x00def\x00" * 50, "NUL bytes"),
    (bytes(range(1, 32)) * 40, "control characters"),
])
def test_bad_bytes_are_one_line_errors(data, reason):
    with pytest.raises(InputError) as e:
        decode_bytes(data, "bad.txt")
    assert reason in str(e.value) and "\n" not in str(e.value)


def test_folder_zip_tar_and_nested(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    inner = zip_bytes({"inner.txt": b"Noi dung"})
    (tmp_path / "b.zip").write_bytes(zip_bytes({"docs/two.txt": SAMPLE.encode(), "nested.zip": inner,
                                           "../../escape.txt": b"Ten tep nguy hiem"}))
    (tmp_path / "c.tar.gz").write_bytes(tar_bytes({"three.txt": SAMPLE.encode("utf-16")}, "w:gz"))
    got = {r.source.replace(str(tmp_path), ""): r for r in iter_inputs([tmp_path])}
    assert set(got) == {"/a/one.txt", "/b.zip!docs/two.txt", "/b.zip!nested.zip!inner.txt",
                        "/b.zip!../../escape.txt", "/c.tar.gz!three.txt"}
    assert read_raw(got["/c.tar.gz!three.txt"]) == SAMPLE
    assert not (tmp_path.parent / "escape.txt").exists()


def test_truncated_zip_is_an_error(tmp_path):
    data = zip_bytes({"a.txt": SAMPLE.encode() * 50})
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    [raw] = list(iter_inputs([tmp_path / "cut.zip"]))
    assert raw.error and raw.error.stage == "archive"


def test_member_over_limit_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_MEMBER_BYTES", 1000)
    (tmp_path / "bomb.zip").write_bytes(zip_bytes({"big.txt": b"0" * 50_000, "ok.txt": b"Noi dung ngan"}))
    raws = {r.source.rsplit("!", 1)[-1]: r for r in iter_inputs([tmp_path / "bomb.zip"])}
    assert raws["big.txt"].error and "limit" in raws["big.txt"].error.message
    assert raws["ok.txt"].data == b"Noi dung ngan"


def test_nesting_deeper_than_limit(tmp_path):
    data = b"Noi dung"
    name = "x.txt"
    for level in range(5):
        data, name = zip_bytes({name: data}), f"l{level}.zip"
    (tmp_path / "deep.zip").write_bytes(data)
    raws = list(iter_inputs([tmp_path / "deep.zip"]))
    assert len(raws) == 1 and raws[0].error and "nested" in raws[0].error.message


def test_missing_path_is_reported():
    [raw] = list(iter_inputs(["/no/such/place.txt"]))
    assert raw.error.stage == "read"


def test_html_main_text_without_menus(tmp_path):
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin hoạt động</title></head><body>
    <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức thời sự hôm nay</a></li></ul></nav>
    <article><h1>Huyện ủy tổng kết công tác năm</h1><p>{SAMPLE}</p>
    <p>Hội nghị đã thống nhất các nhiệm vụ trọng tâm cho năm tiếp theo của toàn Đảng bộ huyện.</p></article>
    <footer>Bản quyền thuộc về Cổng thông tin điện tử Tỉnh ủy. Địa chỉ liên hệ số 1 đường Trần Phú.</footer>
    </body></html>"""
    p = tmp_path / "tin.html"
    p.write_text(page, encoding="utf-8")
    text = text_of(p)
    assert SAMPLE in text and "Trang chủ" not in text and "Bản quyền" not in text


@pytest.mark.parametrize("date_block, line", [
    ('<div class="date">Thứ Sáu, 05/04/2024 - 15:20</div>', "Thứ Sáu, 05/04/2024 - 15:20"),
    ("", None),  # no date line: none is made up from the dates in the text
])
def test_html_keeps_the_page_date_line(tmp_path, date_block, line):
    page = f"""<html><head><title>Huyện ủy sơ kết quý I</title></head><body>
    <article><h1>Huyện ủy sơ kết quý I</h1>{date_block}
    <p>{SAMPLE} Thực hiện Chỉ thị số 28-CT/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy.</p></article></body></html>"""
    p = tmp_path / "tin.html"
    p.write_text(page, encoding="utf-8")
    lines = text_of(p).split("\n")
    assert lines[0] == "Huyện ủy sơ kết quý I"
    assert (lines[1] == line) if line else not any(l.startswith("Thứ") for l in lines)


def test_html_keeps_the_date_and_author_of_a_meta_line(tmp_path):
    page = f"""<html><head><title>Huyện ủy sơ kết quý I</title></head><body>
    <article><h1>Huyện ủy sơ kết quý I</h1><p class="meta">Cập nhật: 07/05/2024 | Tác giả: Lò Thị Mai</p>
    <p>{SAMPLE}</p></article></body></html>"""
    p = tmp_path / "tin.html"
    p.write_text(page, encoding="utf-8")
    lines = text_of(p).split("\n")
    assert lines[1] == "Cập nhật: 07/05/2024" and lines[-1] == "Lò Thị Mai"


def test_docx_paragraphs_and_tables(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph(SAMPLE)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Kết nạp đảng viên"
    t.cell(0, 1).text = "612 đảng viên"
    d.save(tmp_path / "bc.docx")
    text = text_of(tmp_path / "bc.docx")
    assert text.startswith("BÁO CÁO") and SAMPLE in text and "Kết nạp đảng viên\t612 đảng viên" in text


def test_docx_merged_cells_once_and_equal_values_both(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("BÁO CÁO")
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Kết quả năm 2024"  # one cell over three columns
    t.cell(1, 0).text, t.cell(1, 1).text, t.cell(1, 2).text = "Diện tích lúa (ha)", "1.150", "1.150"
    d.save(tmp_path / "bc.docx")
    lines = text_of(tmp_path / "bc.docx").split("\n")
    assert "Kết quả năm 2024" in lines and "Diện tích lúa (ha)\t1.150\t1.150" in lines


@pytest.mark.parametrize("pages, bodies", [
    # page numbers go; a running header of the later pages goes; the first page keeps its own header
    (["HUYỆN ỦY ĐẠI TỪ\nSố 96-KL/HU\nNội dung một\nTrang 1/3",
      "Kết luận số 96-KL/HU của Ban Thường vụ Huyện ủy\nNội dung hai\n- 2 -",
      "Kết luận số 96-KL/HU của Ban Thường vụ Huyện ủy\nNội dung ba\n- 3 -"],
     ["HUYỆN ỦY ĐẠI TỪ\nSố 96-KL/HU\nNội dung một", "Nội dung hai", "Nội dung ba"]),
    # a browser's print line goes from every page, the first too
    (["baotinh.vn - In bài viết\nTỉnh ủy họp\nNội dung một", "baotinh.vn - In bài viết\nNội dung hai"],
     ["Tỉnh ủy họp\nNội dung một", "Nội dung hai"]),
    # a single page keeps everything but its page number
    (["Nội dung\nmột dòng\n1"], ["Nội dung\nmột dòng"]),
])
def test_pdf_running_headers_and_page_numbers_are_dropped(pages, bodies):
    from extract.io.formats import page_bodies

    assert page_bodies(pages) == bodies


def test_pdf_without_text_layer_is_no_text(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    with open(tmp_path / "scan.pdf", "wb") as fh:
        w.write(fh)
    with pytest.raises(InputError, match="no text"):
        text_of(tmp_path / "scan.pdf")


@pytest.mark.parametrize("stray, char", [(b"\xa0", "\u00a0"), (b"\x93", "\u201c")])
def test_utf8_with_a_stray_windows_byte_stays_utf8(stray, char):
    data = SAMPLE.encode("utf-8") + stray + " Kết nạp 87 đảng viên mới.".encode("utf-8")
    assert decode_bytes(data, "x.txt") == SAMPLE + char + " Kết nạp 87 đảng viên mới."


def test_windows_1258_is_not_taken_for_utf8_with_strays():
    assert decode_bytes(cp1258_bytes(SAMPLE), "x.txt") == SAMPLE


def test_docx_header_table_comes_first_column_by_column(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "HUYỆN ỦY LẠC SƠN\n*\nSố 112-BC/HU"
    t.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM\nLạc Sơn, ngày 05 tháng 7 năm 2024"
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph(SAMPLE)
    d.save(tmp_path / "bc.docx")
    assert text_of(tmp_path / "bc.docx").split("\n")[:6] == [
        "HUYỆN ỦY LẠC SƠN", "*", "Số 112-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Lạc Sơn, ngày 05 tháng 7 năm 2024", "BÁO CÁO"]


@pytest.mark.parametrize("page, text", [
    ("thực hiện Nghị\nquyết số 21-NQ/TW.", "thực hiện Nghị quyết số 21-NQ/TW."),  # a lowercase line goes on
    ("Các chi bộ thực hiện Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban\nChấp hành Trung ương.",  # wrapped
     "Các chi bộ thực hiện Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương."),
    ("HUYỆN ỦY NAM ĐÀN\nSố 12-KL/HU", "HUYỆN ỦY NAM ĐÀN\nSố 12-KL/HU"),              # header lines stay lines
    ("Kết luận như sau:\n- Một là", "Kết luận như sau:\n- Một là"),
    # the title under a heading in capitals ends its line, however long: the body starts on the next one
    ("KẾT LUẬN\ncủa Ban Thường vụ Huyện ủy về công tác cán bộ quý II năm 2024\nTại phiên họp ngày 20/6/2024,",
     "KẾT LUẬN\ncủa Ban Thường vụ Huyện ủy về công tác cán bộ quý II năm 2024\nTại phiên họp ngày 20/6/2024,"),
])
def test_pdf_lines_wrapped_by_the_layout_are_joined(page, text):
    from extract.io.formats import unwrap

    assert unwrap(page) == text


@pytest.mark.parametrize("rel, why", [
    ("tin/a.txt", None),
    ("Khẩn!.zip", None),  # regression (issue 16): "!" before a dot was split out as a member separator
    ("../../a.txt", None),  # a zip's traversal name is only a name: read in memory
    ("tin/.nhap/a.txt", "hidden"),
    (".DS_Store", "hidden"),
    ("__MACOSX/tin/._a.txt", "macOS metadata"),
    ("tin/._a.txt", "macOS metadata"),
])
def test_hidden_names_below_the_given_path(rel, why):
    assert sources.hidden_reason(rel) == why


@pytest.mark.parametrize("name, head, why", [
    ("tin.txt", None, None), ("TRANG.HTM", None, None), ("bc.docx", None, None), ("kl.pdf", None, None),
    ("kho.tar.gz", None, None), ("nen.rar", None, None),  # read, so that it is named in errors
    ("README.md", b"# Kho", "not documents"), ("cau-hinh.yaml", b"a: 1", "not documents"),
    ("nap.py", b"print(1)", "not documents"),
    ("GHI-CHU", "Thông báo số 5".encode(), None),  # no extension, text: read
    ("Số 12.2024", "Thông báo số 5".encode(), None),  # ".2024" is no extension
    ("ANH", b"\x89PNG\r\n\x1a\n\x00\x00", "not documents"),  # no extension, binary
    ("TRONG", b"", "not documents"),
])
def test_document_kinds(name, head, why):
    assert sources.kind_reason(name, head) == why
    assert sources.kind_reason(name, head, all_files=True) is None


@pytest.mark.parametrize("raw, name", [
    ("Thông báo số 5.txt".encode("utf-8"), "Thông báo số 5.txt"),
    (cp1258_bytes("Kết luận Hội nghị.txt"), "Kết luận Hội nghị.txt"),
    ("Résumé.txt".encode("cp437"), "Résumé.txt"),  # not Vietnamese: the zip default stays
    (b"bao-cao.txt", "bao-cao.txt"),
])
def test_zip_names_without_the_utf8_flag(raw, name):
    from extract.io.names import decode_name

    assert decode_name(raw) == name


@pytest.mark.parametrize("text, shown", [
    ("Tin nóng!.txt", "Tin nóng!.txt"),
    ("a.txt\nerror: b.txt", "a.txt\\nerror: b.txt"),
    ("do\x1b[31m.txt", "do\\x1b[31m.txt"),
    ("dao\u202etxt.exe", "dao\\u202etxt.exe"),
    ("ten\udcff.txt", "ten\\xff.txt"),  # an undecodable byte of a file name
    ("Hà\u00a0Nội", "Hà\u00a0Nội"),  # a no-break space is no control character
])
def test_names_in_messages_are_escaped(text, shown):
    from extract.errors import printable

    assert printable(text) == shown


@pytest.mark.parametrize("data, text", [
    ("Chỉ thị 05-CT\u200b/TW".encode(), "Chỉ thị 05-CT/TW"),
    ("ngày 15/5\u2060/2016".encode(), "ngày 15/5/2016"),
    ("kết nạp 8\u00ad5 đảng viên".encode(), "kết nạp 85 đảng viên"),
    ("Ha\u200b\u0300 Nội".encode(), "Hà Nội"),  # the tone mark joins its letter once the mark between goes
])
def test_invisible_characters_are_removed_at_intake(data, text):
    assert decode_bytes(data, "x.txt") == text


@pytest.mark.parametrize("data, text, replaced", [
    ("Kết nạp 17/2".encode() + b"\xff\xfe" + "1 đảng viên".encode(), "Kết nạp 17/2\ufffd\ufffd1 đảng viên", 2),
    (SAMPLE.encode() + b"\x00" + SAMPLE.encode(), SAMPLE + "\ufffd" + SAMPLE, 1),
    (SAMPLE.encode() + b"\x93" + SAMPLE.encode(), SAMPLE + "\u201c" + SAMPLE, 0),  # Windows punctuation: read so
])
def test_undecodable_bytes_are_replaced_and_reported(data, text, replaced):
    found = []
    assert decode_bytes(data, "x.txt", found) == text
    assert len(found) == (1 if replaced else 0)
    if replaced:
        assert found[0]["stage"] == "quality" and found[0]["message"].startswith(f"{replaced} byte")
