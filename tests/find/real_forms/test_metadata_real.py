"""Issue 20, document metadata on real pages (SPEC §6, dev/real/NOTES.md 24, 28, 35).

Headers and headlines written by us: OCR-damaged kind headings, a header run into one line, web
datelines with seconds, view counters or an update marker glued to the lead, a commune's place.
``expected`` and ``absent`` are dicts of metadata fields. Rows marked XF fail on c10a159.
"""
from __future__ import annotations

import pytest

from tests.find.real_forms.matching import XF, check_metadata, ids


def header(committee: str, number: str, place_date: str, kind: str, title: str, body: str) -> str:
    """A Party document's header as a printed page gives it, one item a line."""
    return f"{committee}\n*\n{number}\nĐẢNG CỘNG SẢN VIỆT NAM\n{place_date}\n{kind}\n{title}\n{body}"


CASES = [
    # ---- the kind heading through OCR damage; the title is the heading under it ----
    ("kind-letters-split-and-wrong",
     header("TỈNH ỦY YÊN BÁI", "Số 52-KL/TU", "Yên Bái, ngày 14 tháng 6 năm 2022", "K ÉT LUẬN",
            "của Ban Thường vụ Tỉnh ủy về công tác cán bộ", "Ngày 10/6/2022, Ban Thường vụ Tỉnh ủy họp."),
     {"doc_kind": "KẾT LUẬN", "title": "của Ban Thường vụ Tỉnh ủy về công tác cán bộ", "number": "52-KL/TU",
      "issued_date": "2022-06-14", "place": "Yên Bái"}, {}),
    ("kind-acute-for-circumflex",
     header("HUYỆN ỦY HÀM THUẬN BẮC", "Số 18-NQ/HU", "Hàm Thuận Bắc, ngày 3 tháng 3 năm 2023", "NGHỊ QUYÉT",
            "về phát triển kinh tế tập thể đến năm 2025", "Ban Chấp hành Đảng bộ huyện quyết nghị."),
     {"doc_kind": "NGHỊ QUYẾT", "title": "về phát triển kinh tế tập thể đến năm 2025", "number": "18-NQ/HU"}, {}),
    ("kind-plan-ocr",
     header("ĐẢNG ỦY XÃ HƯNG ĐẠO", "Số 24-KH/ĐU", "Hưng Đạo, ngày 8 tháng 2 năm 2024", "KÉ HOẠCH",
            "tổ chức Hội nghị quán triệt nghị quyết", "Thực hiện chỉ đạo của Huyện ủy, Đảng ủy xã xây dựng kế hoạch."),
     {"doc_kind": "KẾ HOẠCH", "title": "tổ chức Hội nghị quán triệt nghị quyết"}, {}),
    ("kind-report-spaced",
     header("ĐẢNG ỦY PHƯỜNG TÂN AN", "Số 40-BC/ĐU", "Tân An, ngày 25 tháng 12 năm 2022", "BÁO CÁ O",
            "tổng kết công tác xây dựng Đảng năm 2022", "Năm 2022, Đảng bộ phường hoàn thành các chỉ tiêu."),
     {"doc_kind": "BÁO CÁO", "title": "tổng kết công tác xây dựng Đảng năm 2022"}, {}),
    ("kind-clean-regression",
     header("HUYỆN ỦY ĐẠI LỘC", "Số 310-TB/HU", "Đại Lộc, ngày 20 tháng 9 năm 2021", "THÔNG BÁO",
            "kết luận của Thường trực Huyện ủy", "Ngày 17/9/2021, Thường trực Huyện ủy làm việc với Đảng ủy xã."),
     {"doc_kind": "THÔNG BÁO", "title": "kết luận của Thường trực Huyện ủy", "number": "310-TB/HU",
      "place": "Đại Lộc", "issued_date": "2021-09-20"}, {}),
    # ---- a header run into one line by a page extractor ----
    pytest.param("header-one-line",
     "ĐẢNG BỘ HUYỆN KRÔNG BÚK ĐẢNG ỦY XÃ PƠNG DRANG * Số 15 -BC/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Pơng Drang, ngày 06 "
     "tháng 12 năm 2021 BÁO CÁO tình hình thực hiện nhiệm vụ năm 2021 và phương hướng năm 2022 Năm 2021, Đảng ủy "
     "xã lãnh đạo thực hiện đạt 14 chỉ tiêu.",
     {"doc_kind": "BÁO CÁO", "number": "15-BC/ĐU", "place": "Pơng Drang", "issued_date": "2021-12-06"}, {}),
    # ---- the own number as published (NOTES 1, 3: normalised hyphen, OCR code kept) ----
    ("number-colon-line-break",
     header("TỈNH ỦY LẠNG SƠN", "Số:\n45-KH/TU", "Lạng Sơn, ngày 18 tháng 3 năm 2022", "KẾ HOẠCH",
            "triển khai công tác tuyên truyền năm 2022", "Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau."),
     {"number": "45-KH/TU", "issued_date": "2022-03-18"}, {}),
    ("number-no-hyphen",
     header("ĐẢNG ỦY XÃ PHÚC THUẬN", "Số 07 QĐ/ĐU", "Phúc Thuận, ngày 15 tháng 4 năm 2023", "QUYẾT ĐỊNH",
            "về việc thành lập Tổ giúp việc", "Ban Thường vụ Đảng ủy xã quyết định như sau."),
     {"number": "07-QĐ/ĐU", "doc_kind": "QUYẾT ĐỊNH", "place": "Phúc Thuận"}, {}),
    ("number-ocr-tu",
     header("TỈNH ỦY HÀ TĨNH", "Số 318-NQ/TƯ", "Hà Tĩnh, ngày 5 tháng 8 năm 2021", "NGHỊ QUYẾT",
            "về chuyển đổi số đến năm 2025", "Ban Chấp hành Đảng bộ tỉnh quyết nghị."),
     {"number": "318-NQ/TƯ", "place": "Hà Tĩnh", "issued_date": "2021-08-05"}, {}),
    # ---- the place of a commune's document ----
    ("place-commune",
     header("ĐẢNG ỦY XÃ TÂN LẬP", "Số 05-NQ/ĐU", "Tân Lập, ngày 10 tháng 3 năm 2024", "NGHỊ QUYẾT",
            "về phát triển sản xuất năm 2024", "Đảng ủy xã quyết nghị."),
     {"place": "Tân Lập", "issued_date": "2024-03-10"}, {}),
    ("place-commune-ethnic-name",
     header("ĐẢNG ỦY XÃ EA KLY", "Số 12-TB/ĐU", "Ea Kly, ngày 2 tháng 11 năm 2022", "THÔNG BÁO",
            "kết luận của Ban Thường vụ Đảng ủy", "Ngày 31/10/2022, Ban Thường vụ Đảng ủy họp."),
     {"place": "Ea Kly", "issued_date": "2022-11-02"}, {}),
    # the gold of d02 joins a place broken over a line with a space
    ("place-line-break",
     header("ĐẢNG ỦY THỊ TRẤN ĐU", "Số 33-BC/ĐU", "Phú\nLương, ngày 19 tháng 5 năm 2023", "BÁO CÁO",
            "sơ kết công tác dân vận", "Công tác dân vận có nhiều chuyển biến."),
     {"place": "Phú Lương", "issued_date": "2023-05-19"}, {}),
    # ---- the dateline of a web page ----
    ("dateline-seconds",
     "Huyện ủy Văn Chấn tổng kết công tác khối dân vận\n\n15/08/2023 10:42:17\n\nHuyện ủy Văn Chấn tổng kết "
     "công tác khối dân vận năm 2023.",
     {"doc_kind": "news", "issued_date": "2023-08-15", "title": "Huyện ủy Văn Chấn tổng kết công tác khối dân vận"},
     {}),
    ("dateline-view-counter",
     "Huyện ủy Đông Hưng giao ban công tác tuyên giáo\n\nThứ Năm, 12/10/2023 15:20 | Lượt xem: 2.318\n\n"
     "Ban Tuyên giáo Huyện ủy giao ban công tác quý III.",
     {"doc_kind": "news", "issued_date": "2023-10-12", "title": "Huyện ủy Đông Hưng giao ban công tác tuyên giáo"},
     {}),
    ("dateline-ngay-dang",
     "Đảng bộ phường Hòa Khánh học tập chuyên đề năm 2022\n\nChính trị - Ngày đăng : 10:35, 19/04/2022\n\n"
     "Đảng ủy phường Hòa Khánh tổ chức hội nghị học tập chuyên đề.",
     {"doc_kind": "news", "issued_date": "2022-04-19"}, {}),
    # held-out real pages: a weekday in capitals, the writer's initials before a bar, a clock glued by a hyphen
    ("dateline-weekday-capitals",
     "Huyện ủy Tam Nông giao ban quý I\n\nTHỨ BA, 14/03/2023 16:05:09\n\nHuyện ủy Tam Nông giao ban công tác quý I.",
     {"doc_kind": "news", "issued_date": "2023-03-14", "title": "Huyện ủy Tam Nông giao ban quý I"}, {}),
    ("dateline-initials-bar",
     "Đảng ủy xã Yên Lạc học tập chuyên đề\n\ntt| 21/09/2022 07:40\n\nĐảng ủy xã Yên Lạc tổ chức học tập chuyên đề.",
     {"doc_kind": "news", "issued_date": "2022-09-21", "title": "Đảng ủy xã Yên Lạc học tập chuyên đề"}, {}),
    ("dateline-clock-hyphen",
     "Thị ủy Ba Đồn sơ kết công tác dân vận\n\nNgày 05/07/2023-14:22:10 PM\n\nThị ủy Ba Đồn sơ kết công tác.",
     {"doc_kind": "news", "issued_date": "2023-07-05"}, {}),
    ("dateline-time-first",
     "Thành ủy Sầm Sơn sơ kết công tác kiểm tra\n\n07:45 03/08/2022\n\nThành ủy Sầm Sơn sơ kết công tác kiểm tra "
     "6 tháng đầu năm.",
     {"doc_kind": "news", "issued_date": "2022-08-03"}, {}),
    ("dateline-time-dash-date",
     "Đảng ủy xã Tân Hòa kết nạp đảng viên mới\n\n09:12 - 02/06/2023\n\nĐảng ủy xã Tân Hòa tổ chức lễ kết nạp "
     "đảng viên cho hai quần chúng ưu tú.",
     {"doc_kind": "news", "issued_date": "2023-06-02"}, {}),
    # NOTES 24, the gold of d12: the update date is the dateline; the headline stops before it
    ("dateline-update-glued-to-lead",
     "Hội nghị Ban Chấp hành Đảng bộ xã Nà Phặc lần thứ 12 ( Cập nhật ngày: 18/01/2024 )Sáng ngày 18/01/2024, "
     "Đảng ủy xã Nà Phặc tổ chức hội nghị tổng kết công tác năm.",
     {"doc_kind": "news", "issued_date": "2024-01-18",
      "title": "Hội nghị Ban Chấp hành Đảng bộ xã Nà Phặc lần thứ 12"}, {}),
    # NOTES 35: an event date in the lead is no dateline
    ("dateline-event-date-negative",
     "Huyện ủy Mường La trao Huy hiệu Đảng đợt 2/9\n\nNgày 1/9/2023, Huyện ủy Mường La tổ chức lễ trao Huy hiệu "
     "Đảng cho 21 đảng viên.",
     {"doc_kind": "news", "issued_date": None}, {"issued_date": "2023-09-01"}),
    # ---- bylines and signers as metadata (NOTES 28) ----
    ("author-caps-last-line",
     "Huyện ủy Đông Hưng giao ban công tác tuyên giáo\n\n12/10/2023 15:20\n\nBan Tuyên giáo Huyện ủy giao ban "
     "công tác quý III.\n\nMINH NGUYỆT",
     {"author": "Minh Nguyệt"}, {}),
    ("author-agency-is-none",
     "Tỉnh ủy tổng kết công tác tổ chức xây dựng Đảng\n\n20/12/2022 16:05\n\nTỉnh ủy tổ chức hội nghị tổng kết "
     "công tác năm 2022.\n\nTTXVN",
     {"author": None}, {"author": "TTXVN"}),
    ("author-text-and-photo",
     "Xã Yên Phú ra mắt mô hình dân vận khéo\n\n05/05/2023 08:30\n\nXã Yên Phú ra mắt mô hình dân vận khéo "
     "trong sản xuất.\n\nBài, ảnh: Minh Châu",
     {"author": "Minh Châu"}, {}),
    ("author-degree-byline",
     "Vai trò của chi bộ thôn trong xây dựng nông thôn mới\n\nThS. Lương Văn Chiến\nHọc viện Chính trị khu vực "
     "III\n\nChi bộ thôn là hạt nhân lãnh đạo ở cơ sở.",
     {"author": "Lương Văn Chiến", "doc_kind": "news",
      "title": "Vai trò của chi bộ thôn trong xây dựng nông thôn mới"}, {}),
    ("signers-caps-block",
     header("HUYỆN ỦY ĐẠI LỘC", "Số 311-TB/HU", "Đại Lộc, ngày 21 tháng 9 năm 2021", "THÔNG BÁO",
            "ý kiến của Ban Thường vụ Huyện ủy", "Ban Thường vụ Huyện ủy thống nhất chủ trương.\n\n"
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nHOÀNG VĂN KIÊN"),
     {"signers": ["Hoàng Văn Kiên"]}, {}),
    # ---- more kind headings through OCR damage, and short lines in capitals that are no kind ----
    ("kind-notice-spaced",
     header("HUYỆN ỦY TAM ĐẢO", "Số 61-TB/HU", "Tam Đảo, ngày 2 tháng 10 năm 2023", "THÔNG B ÁO",
            "kết luận của Thường trực Huyện ủy", "Ngày 28/9/2023, Thường trực Huyện ủy họp."),
     {"doc_kind": "THÔNG BÁO", "title": "kết luận của Thường trực Huyện ủy", "issued_date": "2023-10-02"}, {}),
    ("kind-decision-lost-hook",
     header("ĐẢNG ỦY XÃ NAM HÒA", "Số 30-QĐ/ĐU", "Nam Hòa, ngày 9 tháng 1 năm 2024", "QUYÊT ĐỊNH",
            "về việc chuẩn y kết quả bầu cử", "Căn cứ Điều lệ Đảng."),
     {"doc_kind": "QUYẾT ĐỊNH", "title": "về việc chuẩn y kết quả bầu cử"}, {}),
    ("kind-not-a-kind-negative",
     "BÁO CÁO VIÊN\nĐồng chí Hà Văn Nam trao đổi kinh nghiệm tuyên truyền miệng ở cơ sở.",
     {"doc_kind": "news"}, {}),
    # ---- a header run into one line: the kind and title after the place-date ----
    ("header-one-line-resolution",
     "ĐẢNG BỘ HUYỆN LỤC NGẠN ĐẢNG ỦY XÃ BIỂN ĐỘNG * Số 12-NQ/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Biển Động, ngày 15 tháng "
     "7 năm 2022 NGHỊ QUYẾT về phát triển cây ăn quả năm 2022 Căn cứ, Điều lệ Đảng; Ban Chấp hành Đảng bộ xã "
     "quyết nghị.",
     {"doc_kind": "NGHỊ QUYẾT", "title": "về phát triển cây ăn quả năm 2022", "place": "Biển Động",
      "issued_date": "2022-07-15"}, {}),
    # ---- places: a hyphen inside, a line of one word before it; a weekday is no place ----
    ("place-hyphen",
     header("THÀNH ỦY PHAN RANG - THÁP CHÀM", "Số 88-KH/TU", "Phan Rang-Tháp Chàm, ngày 5 tháng 3 năm 2023",
            "KẾ HOẠCH", "tuyên truyền kỷ niệm các ngày lễ lớn", "Thực hiện Hướng dẫn của Ban Tuyên giáo Tỉnh ủy."),
     {"place": "Phan Rang-Tháp Chàm", "issued_date": "2023-03-05"}, {}),
    ("place-weekday-negative",
     "Trang\nThứ Hai, ngày 5 tháng 6 năm 2023\n\nHuyện ủy tổ chức hội nghị giao ban khối dân vận.",
     {"place": None}, {"place": "Trang Thứ Hai"}),
    # ---- datelines of web pages (real2 NOTES 18), and a lead's event date that is none (NOTES 35) ----
    ("dateline-clock-weekday-gmt",
     "Huyện ủy Mai Sơn kiểm tra công tác đảng viên\nCập nhật lúc 17:05, Thứ Ba, 14/03/2023 (GMT+7)\n"
     "Ban Thường vụ Huyện ủy kiểm tra công tác quản lý đảng viên.",
     {"doc_kind": "news", "issued_date": "2023-03-14", "title": "Huyện ủy Mai Sơn kiểm tra công tác đảng viên"}, {}),
    ("dateline-gmt-after-clock",
     "Thành ủy Vị Thanh học tập chuyên đề\n\n20/10/2022 08:15 GMT+7\n\nThành ủy Vị Thanh tổ chức học tập chuyên đề.",
     {"issued_date": "2022-10-20"}, {}),
    ("dateline-weekday-comma-bracket-gmt",
     "Đảng ủy Khối doanh nghiệp sơ kết quý III\n\nThứ Sáu, 11/08/2023, 15:42 [GMT+7]\n\nĐảng ủy Khối sơ kết quý III.",
     {"issued_date": "2023-08-11"}, {}),
    ("dateline-bare-view-counter",
     "Huyện ủy Đà Bắc giao ban quý IV\n\n18/12/2023 10:05    1520\n\nHuyện ủy Đà Bắc giao ban công tác quý IV.",
     {"issued_date": "2023-12-18"}, {}),
    ("dateline-update-words-with-clock",
     "Đảng bộ phường Đông Thọ đại hội điểm\nCập nhật ngày: 12/06/2020 08:40\nNgày 11/6, Đảng bộ phường Đông Thọ "
     "tổ chức đại hội điểm.",
     {"issued_date": "2020-06-12"}, {}),
    ("dateline-lead-event-date-negative",
     "CTTĐT - Ngày 6/8/2023, Ban Thường vụ Tỉnh ủy ban hành chỉ thị về công tác dân vận trong tình hình mới.",
     {"issued_date": None}, {"issued_date": "2023-08-06"}),
    # a portal's info line: the writer, the date label, a view counter, run into one line
    ("dateline-label-inside-byline-line",
     "Chi bộ thôn Bồ Mưng sinh hoạt chuyên đề quý III.\nTác giả: Trần Văn Lãm .Ngày đăng: 14/09/2021 .Lượt xem: 230 "
     "lượt.\nNgày 13/9/2021, Chi bộ thôn Bồ Mưng tổ chức sinh hoạt chuyên đề.",
     {"issued_date": "2021-09-14", "author": "Trần Văn Lãm"}, {}),
    # a label's date deep in the body is no dateline
    ("dateline-label-in-body-negative",
     "Đảng ủy xã Hòa Tiến kiểm tra công tác đảng viên\nĐảng ủy xã Hòa Tiến đã kiểm tra việc đóng đảng phí của các chi "
     "bộ; kết quả rà soát các chi bộ trực thuộc cho thấy việc cập nhật hồ sơ đã đầy đủ, sổ sách ghi chép rõ ràng, số "
     "liệu khớp với báo cáo của các chi bộ trực thuộc Đảng ủy và của Văn phòng Đảng ủy, hệ thống dữ liệu điện tử "
     "được đồng bộ theo hướng dẫn; ngày cập nhật: 02/3/2023 là mốc đối chiếu.",
     {"issued_date": None}, {}),
    # NOTES 35: no headline in the kept text, no title
    ("title-none-for-paragraph",
     "Theo báo cáo của Ủy ban Kiểm tra Huyện ủy, trong năm qua các chi bộ đã tự kiểm tra 120 đảng viên, phát hiện "
     "và xử lý kịp thời các vi phạm nhỏ. Ủy ban Kiểm tra cũng giám sát chuyên đề tại 14 tổ chức đảng.",
     {"title": None, "doc_kind": "news"}, {}),
]


@pytest.mark.parametrize("case_id, text, expected, absent", CASES, ids=ids(CASES))
def test_metadata_real(case_id, text, expected, absent):
    check_metadata(text, expected, absent)
