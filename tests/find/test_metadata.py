"""Document metadata: title, kind, own number, place and date, signers, author (SPEC §6)."""
from __future__ import annotations

import pytest

from extract.context import DocContext

HEADER = "HUYỆN ỦY ĐỨC THỌ\n*\nSố 45-TB/HU\n\nĐức Thọ, ngày 05 tháng 7 năm 2024\n\n"
SIGN = "\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLê Quang Vinh\n"


def md(text):
    return DocContext(text).found("metadata")[0]


@pytest.mark.parametrize("text,field,value", [
    (HEADER + "THÔNG BÁO\nKết luận của Thường trực Huyện ủy\n\nNội dung." + SIGN, "doc_kind", "THÔNG BÁO"),
    (HEADER + "THÔNG BÁO\nKết luận của Thường trực Huyện ủy\n\nNội dung." + SIGN, "title",
     "Kết luận của Thường trực Huyện ủy"),
    (HEADER + "THÔNG BÁO\nKết luận của Thường trực Huyện ủy\n\nNội dung." + SIGN, "number", "45-TB/HU"),
    (HEADER + "THÔNG BÁO\nKết luận của Thường trực Huyện ủy\n\nNội dung." + SIGN, "place", "Đức Thọ"),
    (HEADER + "THÔNG BÁO\nKết luận của Thường trực Huyện ủy\n\nNội dung." + SIGN, "issued_date", "2024-07-05"),
    (HEADER + "THÔNG BÁO\nKết luận của Thường trực Huyện ủy\n\nNội dung." + SIGN, "signers", ["Lê Quang Vinh"]),
    (HEADER + "THÔNG BÁO\nKết luận của Thường trực Huyện ủy\n\nNội dung." + SIGN, "author", None),
    (HEADER + "NGHỊ QUYẾT\nvề công tác cán bộ\nnhiệm kỳ 2020-2025\n\nNội dung.", "title",
     "về công tác cán bộ nhiệm kỳ 2020-2025"),
    (HEADER + "NGHỊ QUYẾT\nvề công tác cán bộ\n\nNội dung.", "doc_kind", "NGHỊ QUYẾT"),
    ("KẾ HOẠCH\nTriển khai Chỉ thị số 35-CT/TW\n\nNội dung.", "doc_kind", "KẾ HOẠCH"),
    ("BÁO CÁO\nTổng kết công tác năm 2023\n\nNội dung.", "title", "Tổng kết công tác năm 2023"),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n\nNội dung.", "doc_kind", "CHƯƠNG TRÌNH"),
    ("TỈNH ỦY X\n*\nBẢN TIN SINH HOẠT CHI BỘ\nSố 10 - tháng 10/2023\n\nNội dung.", "title", "BẢN TIN SINH HOẠT CHI BỘ"),
    # a labelled byline under the headline is the author, not the title
    ("Huyện ủy tổng kết năm 2023\nTin, ảnh: Đinh Thị Hạnh\n15/08/2023 09:20\n\nSáng 14/8, Huyện ủy họp.", "title",
     "Huyện ủy tổng kết năm 2023"),
    ("Huyện ủy tổng kết năm 2023\nTin, ảnh: Đinh Thị Hạnh\n15/08/2023 09:20\n\nSáng 14/8, Huyện ủy họp.", "author",
     "Đinh Thị Hạnh"),
    # a signature right under the distribution list; an own number with a spaced dash beside its place-date
    ("Nội dung.\n\nNơi nhận:\n- Như trên,\n- Lưu VPTU.\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n\nDương Văn Trang", "signers",
     ["Dương Văn Trang"]),
    # two signature blocks side by side: both sign
    ("Nội dung.\n\nT/M ĐẢNG ỦY XÃ          T/M BAN CHẤP HÀNH HỘI\nBÍ THƯ                CHỦ TỊCH\n\n"
     "Mạc Văn Hưng          Tô Thị Hải Yến", "signers", ["Mạc Văn Hưng", "Tô Thị Hải Yến"]),
    ("HUYỆN ỦY X\nSố 07 - NQ/ĐU        Hành Thiện, ngày 18 tháng 01 năm 2023\n\nNGHỊ QUYẾT\nvề việc\n\nNội dung.",
     "issued_date", "2023-01-18"),
    # datelines in brackets or after a weekday; bylines in capitals or after "Theo"; a copy's own number
    ("Huyện ủy họp\n(03/07/2023)\n\nNội dung.", "issued_date", "2023-07-03"),
    # the weekday after the clock
    ("Xã đón nhận cờ thi đua\nCập nhật lúc 08:15, thứ Ba, 14/5/2024\n\nNội dung.", "issued_date", "2024-05-14"),
    ("Xã đón nhận cờ thi đua\n21:30 - Chủ nhật, 9/6/2024\n\nNội dung.", "issued_date", "2024-06-09"),
    ("Huyện ủy họp\nThứ Năm, 13/10/2021\n\nNội dung.", "place", None),
    ("Nội dung bài viết.\n\nNGUYỄN HẠNH", "author", "Nguyễn Hạnh"),
    ("Nội dung bài viết.\n\nTheo Nguyễn Văn Toàn (Báo Quảng Ngãi)", "author", "Nguyễn Văn Toàn"),
    ("VĂN PHÒNG HUYỆN ỦY\nSố 12-SY/VPHU\n\nSAO Y BẢN CHÍNH", "number", "12-SY/VPHU"),
    ("VĂN PHÒNG HUYỆN ỦY\nSố 12-SY/VPHU\n\nSAO Y BẢN CHÍNH", "author", None),
    ("THÔNG BÁO KẾT LUẬN\ncủa Thường trực Huyện ủy\n\nNội dung.", "title", "của Thường trực Huyện ủy"),
    ("Tin hoạt động\nHuyện ủy tổng kết công tác xây dựng Đảng năm 2023.\n07-01-2024 09:15\n\nNgày 05/01/2024, …\n\n"
     "Trần Minh Khoa", "title", "Huyện ủy tổng kết công tác xây dựng Đảng năm 2023"),
    ("Tin hoạt động\nHuyện ủy tổng kết công tác năm 2023.\n07-01-2024 09:15\n\nNội dung.\n\nTrần Minh Khoa, Chuyên viên",
     "doc_kind", "news"),
    ("Tin hoạt động\nHuyện ủy tổng kết công tác năm 2023.\n07-01-2024 09:15\n\nNội dung.\n\nTrần Minh Khoa, Chuyên viên",
     "issued_date", "2024-01-07"),
    ("Tin hoạt động\nHuyện ủy tổng kết công tác năm 2023.\n07-01-2024 09:15\n\nNội dung.\n\nTrần Minh Khoa, Chuyên viên",
     "author", "Trần Minh Khoa"),
    # a navigation trail above a dateline written with a dash before the time; the headline after it
    ("Trang chủ | Tin tức | Xây dựng Đảng\nThứ Hai, 12/02/2024 - 10:35\n\nHuyện ủy sơ kết công tác quý I\n\nNội dung.",
     "title", "Huyện ủy sơ kết công tác quý I"),
    ("Trang chủ | Tin tức | Xây dựng Đảng\nThứ Hai, 12/02/2024 - 10:35\n\nHuyện ủy sơ kết công tác quý I\n\nNội dung.",
     "issued_date", "2024-02-12"),
    ("Trang chủ > Xây dựng Đảng\n\nHuyện ủy sơ kết công tác quý I\n\nNội dung.", "title", "Huyện ủy sơ kết công tác quý I"),
    ("Huyện ủy sơ kết công tác quý I\n10:35 12/02/2024\n\nNội dung.", "issued_date", "2024-02-12"),
    ("Cách đây 94 năm, Đảng ra đời. " * 12 + "\n\nĐoạn hai.", "title", None),  # a paragraph is no headline
    ("Chiều 3/4, Huyện ủy họp. Đồng chí Lê Văn Tư chủ trì.\n\nĐoạn hai.", "title", None),  # two sentences: a lead
    ("Hội nghị tại TP. Hồ Chí Minh bàn về công tác cán bộ\n\nNội dung.", "title",
     "Hội nghị tại TP. Hồ Chí Minh bàn về công tác cán bộ"),  # an abbreviation's dot ends no sentence
    # a flattened two-column header: the place-date after the star under the heading
    ("HUYỆN ỦY MƯỜNG LA             ĐẢNG CỘNG SẢN VIỆT NAM\n*                  Mường La, ngày 04 tháng 9 năm 2023\n"
     "Số 12-TB/HU\n\nTHÔNG BÁO\nvề việc\n\nNội dung.", "place", "Mường La"),
    ("HUYỆN ỦY MƯỜNG LA             ĐẢNG CỘNG SẢN VIỆT NAM\n*                  Mường La, ngày 04 tháng 9 năm 2023\n"
     "Số 12-TB/HU\n\nTHÔNG BÁO\nvề việc\n\nNội dung.", "issued_date", "2023-09-04"),
    # a dateline with the province in brackets
    ("Huyện ủy Mường La họp\n\nMường La (Sơn La), 5/9/2023\n\nNội dung.", "place", "Mường La"),
    ("Huyện ủy Mường La họp\n\nMường La (Sơn La), 5/9/2023\n\nNội dung.", "issued_date", "2023-09-05"),
    # regression (issue 17, one rule for the document's own date): a place-date line with an impossible date
    # hid the dateline, so the metadata had no date while the citations were dated by the dateline
    ("Tin hoạt động\n12/03/2024 08:15\nAn Bình, ngày 30 tháng 02 năm 2024\n\nNội dung.", "issued_date", "2024-03-12"),
    # kinds with more words on their heading line
    ("CHƯƠNG TRÌNH PHỐI HỢP\ngiữa Huyện ủy và Huyện đoàn\n\nNội dung.", "doc_kind", "CHƯƠNG TRÌNH"),
    ("CHƯƠNG TRÌNH PHỐI HỢP\ngiữa Huyện ủy và Huyện đoàn\n\nNội dung.", "title", "giữa Huyện ủy và Huyện đoàn"),
    ("QUY CHẾ PHỐI HỢP\ngiữa Ủy ban Kiểm tra và Thanh tra huyện\n\nNội dung.", "doc_kind", "QUY CHẾ"),
    # a title with no blank line before the body (DOCX paragraphs, PDF lines) ends where the body starts
    ("THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề công tác cán bộ quý II năm 2024\n-----\n"
     "Ngày 20/6/2024, Ban Thường vụ Huyện ủy họp.\nBan Thường vụ kết luận như sau:", "title",
     "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY về công tác cán bộ quý II năm 2024"),
    ("NGHỊ QUYẾT\nvề lãnh đạo phát triển kinh tế năm 2025\nCăn cứ Điều lệ Đảng;\nBan Chấp hành quyết nghị:",
     "title", "về lãnh đạo phát triển kinh tế năm 2025"),
    ("BÁO CÁO\nkết quả công tác 6 tháng đầu năm 2024\nI. KẾT QUẢ ĐẠT ĐƯỢC\n1. Công tác chính trị",
     "title", "kết quả công tác 6 tháng đầu năm 2024"),
    ("Hội nghị sơ kết Nghị quyết\n\nNội dung không có ngày.", "issued_date", None),
    ("Hội nghị sơ kết Nghị quyết\n\nNội dung không có ngày.", "number", None),
    ("Hội nghị sơ kết Nghị quyết\n\nNội dung không có ngày.", "title", "Hội nghị sơ kết Nghị quyết"),
])
def test_metadata(text, field, value):
    assert md(text)[field] == value


def test_every_field_present():
    assert set(md("Văn bản trống")) == {"title", "doc_kind", "number", "place", "issued_date", "signers", "author"}
