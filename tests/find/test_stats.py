"""Statistics finder (SPEC §5): table cases written for this test, then context fields.

Each FOUND case lists every statistic expected in the sentence as
``(span text, kind, key, unit)``; the key is the value, ``(numerator, denominator)``
of a ratio or ``(low, high)`` of a range. NOT_STATS sentences hold no statistic at all.
"""
from __future__ import annotations

import unicodedata

import pytest

from extract.find.lexicon import load_yaml
from extract.context import DocContext
from extract.find.document import RefDate
from extract.find.stats.numbers import FIELDS
from schemas.records import Statistic


def find_statistics(text, dates, refs, people):
    """The statistics of ``text`` when the other finders found ``dates``, ``refs`` and ``people``."""
    return DocContext(text, found={"dates": dates, "doc_refs": refs, "people": people}).found("statistics")


def find_dates(text, ref=None):
    """The dates of ``text``, ``ref`` standing for the document's own date (none by default), before the
    references take the dates inside them."""
    return DocContext(text, own_date=ref or RefDate(None, None), found={"doc_refs": []}).found("dates")

FOUND = [
    # counts
    ("Năm 2022, huyện kết nạp 64 quần chúng vào Đảng.", [("64 quần chúng", "count", 64, "quần chúng")]),
    ("Toàn tỉnh có 1.482 người dự lớp bồi dưỡng.", [("1.482 người", "count", 1482, "người")]),
    ("Ban Thường vụ ban hành 02 đề án.", [("02 đề án", "count", 2, "đề án")]),
    ("Đoàn công tác gồm 03 đồng chí.", [("03 đồng chí", "count", 3, "đồng chí")]),
    ("Hội nghị trực tuyến kết nối 70 điểm cầu trên toàn quốc.", [("70 điểm cầu", "count", 70, "điểm cầu")]),
    ("Triển khai 08 nhiệm vụ, giải pháp, 02 khâu đột phá.",
     [("08 nhiệm vụ, giải pháp", "count", 8, "nhiệm vụ, giải pháp"), ("02 khâu đột phá", "count", 2, "khâu đột phá")]),
    ("Đã ban hành 03 đề án, 01 chuyên đề, 06 hướng dẫn.",
     [("03 đề án", "count", 3, "đề án"), ("01 chuyên đề", "count", 1, "chuyên đề"),
      ("06 hướng dẫn", "count", 6, "hướng dẫn")]),
    ("Ban Chấp hành đã ban hành 02 Nghị quyết chuyên đề về kinh tế.",
     [("02 Nghị quyết chuyên đề", "count", 2, "Nghị quyết chuyên đề")]),
    ("Tặng Giấy khen cho 8 tập thể, 14 cá nhân tiêu biểu.",
     [("8 tập thể", "count", 8, "tập thể"), ("14 cá nhân tiêu biểu", "count", 14, "cá nhân tiêu biểu")]),
    ("Thành phố có 9 huyện, thị xã trực thuộc.", [("9 huyện, thị xã", "count", 9, "huyện, thị xã")]),
    ("Tinh giản 145 biên chế trong năm.", [("145 biên chế", "count", 145, "biên chế")]),
    ("Tổng số 2.315 đảng viên được đánh giá.", [("2.315 đảng viên", "count", 2315, "đảng viên")]),
    ("Trong số 45 xã có 30 xã đạt chuẩn.", [("45 xã", "count", 45, "xã"), ("30 xã", "count", 30, "xã")]),
    ("Dân số khoảng 1,2 triệu người.", [("1,2 triệu người", "count", 1.2e6, "người")]),
    # a multiple is a measure, not a count of things (SPEC §5; real2 NOTES 35): this row read "count" before issue 20
    ("Giá trị sản xuất tăng gần 2 lần.", [("2 lần", "measure", 2, "lần")]),
    ("Chi bộ đã họp 12 lần trong năm.", [("12 lần", "count", 12, "lần")]),  # occurrences stay a count
    ("Đã trao 150 Huy hiệu Đảng dịp 3/2.", [("150 Huy hiệu Đảng", "count", 150, "Huy hiệu Đảng")]),
    ("Đơn vị kiểm tra 12 tổ chức đảng và 31 đảng viên.",
     [("12 tổ chức đảng", "count", 12, "tổ chức đảng"), ("31 đảng viên", "count", 31, "đảng viên")]),
    ("Lập 5 đoàn giám sát chuyên đề² về công tác cán bộ.", [("5 đoàn giám sát chuyên đề", "count", 5,
                                                            "đoàn giám sát chuyên đề")]),
    # a one-syllable list item must be a listed noun: "sinh" starts the verb "sinh sống"
    ("có khoảng 5,3 triệu người, sinh sống tại hơn 130 quốc gia",
     [("5,3 triệu người", "count", 5.3e6, "người"), ("130 quốc gia", "count", 130, "quốc gia")]),
    ("Sắp xếp giảm 12 phòng, ban và 35 đơn vị sự nghiệp.",
     [("12 phòng, ban", "count", 12, "phòng, ban"), ("35 đơn vị sự nghiệp", "count", 35, "đơn vị sự nghiệp")]),
    ("Kỷ luật 9 đảng viên, trong đó khiển trách 4, cảnh cáo 3.",
     [("9 đảng viên", "count", 9, "đảng viên"), ("4", "count", 4, "đảng viên"), ("3", "count", 3, "đảng viên")]),
    # labelled values closing a clause, a breakdown after "trong đó", items after ". Trong đó:"
    ("- Số chi bộ: 36; hoàn thành tốt nhiệm vụ: 30 (83,3%).",
     [("36", "count", 36, "chi bộ"), ("30", "count", 30, "chi bộ"), ("83,3%", "percent", 83.3, "%")]),
    ("Tổng số hội viên là 2.140.", [("2.140", "count", 2140, "hội viên")]),
    ("Có 275 đoàn viên, trong đó nam 140, nữ 135.",
     [("275 đoàn viên", "count", 275, "đoàn viên"), ("140", "count", 140, "đoàn viên"),
      ("135", "count", 135, "đoàn viên")]),
    ("Chi bộ có 32 đảng viên (nam 20, nữ 12).",
     [("32 đảng viên", "count", 32, "đảng viên"), ("20", "count", 20, "đảng viên"), ("12", "count", 12, "đảng viên")]),
    ("- Số tổ chức cơ sở đảng: 40.\n- Hoàn thành tốt nhiệm vụ: 33 (82,5%);\n- Không hoàn thành nhiệm vụ: 1.",
     [("40", "count", 40, "tổ chức cơ sở đảng"), ("33", "count", 33, "tổ chức cơ sở đảng"),
      ("82,5%", "percent", 82.5, "%"), ("1", "count", 1, "tổ chức cơ sở đảng")]),
    ("Thi hành kỷ luật 7 đảng viên. Trong đó: khiển trách 5, cảnh cáo 2.",
     [("7 đảng viên", "count", 7, "đảng viên"), ("5", "count", 5, "đảng viên"), ("2", "count", 2, "đảng viên")]),
    ("Huyện có 18 xã, trong đó 6 xã vùng đồng bào dân tộc thiểu số.",
     [("18 xã", "count", 18, "xã"), ("6 xã vùng đồng bào dân tộc thiểu số", "count", 6, "xã vùng đồng bào dân tộc thiểu số")]),
    # a bare count before a verb, after a list cue: its noun was counted before in the clause
    ("Có 40 chi bộ, trong đó 31 hoàn thành tốt nhiệm vụ, 2 không hoàn thành nhiệm vụ.",
     [("40 chi bộ", "count", 40, "chi bộ"), ("31", "count", 31, "chi bộ"), ("2", "count", 2, "chi bộ")]),
    ("Đánh giá 812 đảng viên; 690 được xếp loại hoàn thành tốt nhiệm vụ.",
     [("812 đảng viên", "count", 812, "đảng viên"), ("690", "count", 690, "đảng viên")]),
    ("Có 15 (chiếm 38%) chi bộ được xếp loại xuất sắc.",
     [("15", "count", 15, "chi bộ"), ("38%", "percent", 38, "%")]),
    ("Xây dựng 1.500 căn nhà, hỗ trợ 20 hộ.", [("1.500 căn nhà", "count", 1500, "căn nhà"),
                                             ("20 hộ", "count", 20, "hộ")]),
    ("Mở 12 lớp, thu hút 980 học viên.", [("12 lớp", "count", 12, "lớp"), ("980 học viên", "count", 980, "học viên")]),
    ("Có 3 đồng chí tham gia Ban Thường vụ.", [("3 đồng chí", "count", 3, "đồng chí")]),
    # a cell with its share in brackets; a figure whose noun neither row nor column names is a count all the same
    ("| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Đảng viên | 5.200 | 4.160 (80%) |",
     [("5.200", "count", 5200, "đảng viên"), ("4.160", "count", 4160, "đảng viên"), ("80%", "percent", 80, "%")]),
    ("Đơn vị\tGiao\tĐạt\nHuyện Tân Lạc\t120\t97", [("120", "count", 120, None), ("97", "count", 97, None)]),
    # prize ranks, entries and reserve delegates are part of what is counted
    ("Trao 2 giải Nhất và 4 giải Khuyến khích.", [("2 giải Nhất", "count", 2, "giải Nhất"),
                                                  ("4 giải Khuyến khích", "count", 4, "giải Khuyến khích")]),
    ("Ban Tổ chức nhận 830 bài dự thi, đăng 96 tin, bài.", [("830 bài dự thi", "count", 830, "bài dự thi"),
                                                          ("96 tin, bài", "count", 96, "tin, bài")]),
    ("Bầu 2 đại biểu dự khuyết.", [("2 đại biểu dự khuyết", "count", 2, "đại biểu dự khuyết")]),
    # bare counts of the noun the sentence opens with ("Số …", "Trong số …")
    ("Số chi bộ có nghị quyết chuyên đề tăng từ 52 lên 61.",
     [("52", "count", 52, "chi bộ"), ("61", "count", 61, "chi bộ")]),
    ("Trong số đảng viên bị xử lý: khiển trách 11, cảnh cáo 4.",
     [("11", "count", 11, "đảng viên"), ("4", "count", 4, "đảng viên")]),
    # a verb ends the counted noun, a stop-word compound is a noun only first ("3 hoạt động")
    ("Có 3/7 thôn thoát khỏi diện đặc biệt khó khăn.", [("3/7 thôn", "ratio", (3, 7), "thôn")]),
    ("Có 40 chi bộ hoạt động nền nếp.", [("40 chi bộ", "count", 40, "chi bộ")]),
    ("Còn 6/19 công trình trọng điểm chậm tiến độ.", [("6/19 công trình trọng điểm", "ratio", (6, 19),
                                                         "công trình trọng điểm")]),
    ("Kiểm điểm 640 chi bộ toàn huyện.", [("640 chi bộ", "count", 640, "chi bộ")]),
    ("Giảm 9 đơn vị sự nghiệp công lập.", [("9 đơn vị sự nghiệp công lập", "count", 9, "đơn vị sự nghiệp công lập")]),
    ("Tổ chức 3 hoạt động chính.", [("3 hoạt động chính", "count", 3, "hoạt động chính")]),
    # table rows (HTML "|" cells, DOCX tabs): the row label, a unit cell or the column heading gives the unit
    ("| TT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n| 1 | Kết nạp đảng viên | 90 | 97 | 107,8 |",
     [("90", "count", 90, "đảng viên"), ("97", "count", 97, "đảng viên"), ("107,8", "percent", 107.8, "%")]),
    ("Chỉ tiêu\tĐVT\tNăm 2022\tNăm 2023\nThu ngân sách\ttỷ đồng\t310\t342,5\nDiện tích trồng rừng\tha\t1.200\t950",
     [("310", "money", 310e9, "đồng"), ("342,5", "money", 342.5e9, "đồng"),
      ("1.200", "measure", 1200, "ha"), ("950", "measure", 950, "ha")]),
    ("| Chỉ tiêu | 2022 | 2023 |\n| Số chi bộ | 41 | 43 |\n| Tỷ lệ hộ nghèo | 3,1 | 2,6 |\n| Vốn (triệu đồng) | 500 | 650 |",
     [("41", "count", 41, "chi bộ"), ("43", "count", 43, "chi bộ"), ("3,1", "percent", 3.1, "%"),
      ("2,6", "percent", 2.6, "%"), ("500", "money", 5e8, "đồng"), ("650", "money", 6.5e8, "đồng")]),
    # percentages
    ("Tăng trưởng đạt 31,7% so với cùng kỳ.", [("31,7%", "percent", 31.7, "%")]),
    ("Tỷ lệ hộ nghèo còn 3,76 %.", [("3,76 %", "percent", 3.76, "%")]),
    ("Thu ngân sách tăng bình quân 9,2%/năm.", [("9,2%/năm", "percent", 9.2, "%/năm")]),
    ("Bảo đảm 100% thôn có chi bộ.", [("100%", "percent", 100, "%")]),
    ("Mức tăng 2.5% là đáng kể.", [("2.5%", "percent", 2.5, "%")]),
    ("Có 98 phần trăm cán bộ tham gia.", [("98 phần trăm", "percent", 98, "%")]),
    # ratios
    ("Hoàn thành 19/28 đề án (đạt 67,8%).", [("19/28 đề án", "ratio", (19, 28), "đề án"),
                                            ("67,8%", "percent", 67.8, "%")]),
    ("Có 41/45 xã, phường đạt chuẩn.", [("41/45 xã, phường", "ratio", (41, 45), "xã, phường")]),
    ("Hoàn thành 21/21 chỉ tiêu chủ yếu.", [("21/21 chỉ tiêu chủ yếu", "ratio", (21, 21), "chỉ tiêu chủ yếu")]),
    ("Đã đạt 11 trên 13 chỉ tiêu.", [("11 trên 13 chỉ tiêu", "ratio", (11, 13), "chỉ tiêu")]),  # a ratio in words
    ("Có 9 trong số 40 thạc sĩ là nữ.", [("9 trong số 40 thạc sĩ", "ratio", (9, 40), "thạc sĩ")]),
    ("Chi bộ tổ chức 5 kỳ họp.", [("5 kỳ họp", "count", 5, "kỳ họp")]),
    ("Có 43 hộ dân tự ý xây dựng.", [("43 hộ dân", "count", 43, "hộ dân")]),
    ("Người dân tộc thiểu số 1.302 đồng chí.", [("1.302 đồng chí", "count", 1302, "đồng chí")]),
    # a counted noun that opens with a stop word is kept whole; a locative or a verb ends it
    ("Thu hút 23 dự án mới.", [("23 dự án mới", "count", 23, "dự án mới")]),
    ("Tặng 40 bằng khen cho tập thể.", [("40 bằng khen", "count", 40, "bằng khen")]),
    ("Đưa vào sử dụng 6 công trình thủy lợi.", [("6 công trình thủy lợi", "count", 6, "công trình thủy lợi")]),
    ("Có 310 hộ trên địa bàn xã được vay vốn.", [("310 hộ", "count", 310, "hộ")]),
    ("Có 40/46 tổ chức cơ sở đảng tổ chức sinh hoạt chuyên đề.",
     [("40/46 tổ chức cơ sở đảng", "ratio", (40, 46), "tổ chức cơ sở đảng")]),
    ("Đã đưa ra khỏi Đảng 3 đảng viên.", [("3 đảng viên", "count", 3, "đảng viên")]),  # "Đảng" names no thing numbered
    ("Có 12/20 hợp tác xã thành lập chi bộ.", [("12/20 hợp tác xã", "ratio", (12, 20), "hợp tác xã")]),
    # a labelled line or table row: the label names what the closing number counts
    ("Tổng số đảng viên: 4.127", [("4.127", "count", 4127, "đảng viên")]),
    ("Số đảng viên mới kết nạp\t98", [("98", "count", 98, "đảng viên mới")]),
    ("Tỷ lệ hộ nghèo (%): 3,1", [("3,1", "percent", 3.1, "%")]),
    ("Số đảng viên kết nạp năm 2023: 1.843", [("1.843", "count", 1843, "đảng viên")]),
    # a list item opened by a capitalised verb; counts listed after "; trong đó"; a noun that is also a verb
    ("- Treo 2.500 băng rôn.", [("2.500 băng rôn", "count", 2500, "băng rôn")]),
    ("Có 27 đảng viên bị kỷ luật; trong đó khiển trách 19, cảnh cáo 5.",
     [("27 đảng viên", "count", 27, "đảng viên"), ("19", "count", 19, "đảng viên"), ("5", "count", 5, "đảng viên")]),
    ("Đoàn đưa ra 15 kiến nghị.", [("15 kiến nghị", "count", 15, "kiến nghị")]),
    ("Đã giải quyết dứt điểm 6/7 vụ việc.", [("6/7 vụ việc", "ratio", (6, 7), "vụ việc")]),  # "dứt điểm" is no label
    # a verb ends the counted noun; a longer noun is kept whole
    ("Có 173 doanh nghiệp quay trở lại hoạt động.", [("173 doanh nghiệp", "count", 173, "doanh nghiệp")]),
    ("Có 22/24 xã, thị trấn duy trì tốt.", [("22/24 xã, thị trấn", "ratio", (22, 24), "xã, thị trấn")]),
    ("Mở 23 lớp bồi dưỡng lý luận chính trị cho cán bộ.",
     [("23 lớp bồi dưỡng lý luận chính trị", "count", 23, "lớp bồi dưỡng lý luận chính trị")]),
    # a bare count past a share takes the last counted noun of its clause
    ("Kỷ luật 25 đảng viên, tăng 5%; trong đó khiển trách 15, cảnh cáo 10.",
     [("25 đảng viên", "count", 25, "đảng viên"), ("5%", "percent", 5, "%"), ("15", "count", 15, "đảng viên"),
      ("10", "count", 10, "đảng viên")]),
    ("Thu tăng trên 1 tỷ đồng.", [("1 tỷ đồng", "money", 1e9, "đồng")]),
    # the value before a change takes the unit of the value after it
    ("Số hộ nghèo giảm từ 1.250 xuống còn 980 hộ.", [("1.250", "count", 1250, "hộ"), ("980 hộ", "count", 980, "hộ")]),
    ("hơn 1/3 số đảng viên tham gia", [("1/3 số đảng viên", "ratio", (1, 3), "đảng viên")]),  # a share of all
    ("2/3 tổng số đại biểu tán thành", [("2/3 tổng số đại biểu", "ratio", (2, 3), "đại biểu")]),
    ("Tăng trưởng âm 1,2%.", [("1,2%", "percent", -1.2, "%")]),
    ("khoảng 2,5 vạn người", [("2,5 vạn người", "count", 25000, "người")]),
    # an amount in parts is one amount
    ("Tổng vốn 7 tỷ 250 triệu đồng.", [("7 tỷ 250 triệu đồng", "money", 7.25e9, "đồng")]),
    ("Mỗi suất 1 triệu 200 nghìn đồng.", [("1 triệu 200 nghìn đồng", "money", 1.2e6, "đồng")]),
    ("Thu ngân sách 12.310/11.000 tỷ đồng.", [("12.310/11.000 tỷ đồng", "ratio", (1.231e13, 1.1e13), "đồng")]),
    ("Tỷ lệ bao phủ đạt 71,5%/60% chỉ tiêu.", [("71,5%/60%", "ratio", (71.5, 60), "%")]),
    ("Đến nay đạt 45/50, còn lại đang triển khai.", [("45/50", "ratio", (45, 50), None)]),
    # money
    ("Tổng thu đạt 12.400 tỷ đồng.", [("12.400 tỷ đồng", "money", 1.24e13, "đồng")]),
    ("Mỗi suất hỗ trợ 1,8 triệu đồng.", [("1,8 triệu đồng", "money", 1.8e6, "đồng")]),
    ("Vốn đầu tư khoảng 3 nghìn tỷ đồng.", [("3 nghìn tỷ đồng", "money", 3e12, "đồng")]),
    ("Kim ngạch xuất khẩu 120 triệu USD.", [("120 triệu USD", "money", 1.2e8, "USD")]),
    ("Mức phí 500.000đ mỗi người.", [("500.000đ", "money", 5e5, "đồng")]),
    ("Thu nhập đạt 65 triệu đồng/người/năm.", [("65 triệu đồng/người/năm", "money", 6.5e7, "đồng/người/năm")]),
    ("Dự án trị giá 250 tỷ, khởi công tháng 5.", [("250 tỷ", "money", 2.5e11, "đồng")]),
    ("Quỹ vận động được 1.234.567 đồng.", [("1.234.567 đồng", "money", 1234567, "đồng")]),
    # ranges
    ("Các chỉ tiêu vượt từ 2,67% - 64% kế hoạch.", [("từ 2,67% - 64%", "range", (2.67, 64), "%")]),
    ("Mỗi năm xây dựng từ 8 đến 12 đề án.", [("từ 8 đến 12 đề án", "range", (8, 12), "đề án")]),
    ("Tăng trưởng 7-8%/năm.", [("7-8%/năm", "range", (7, 8), "%/năm")]),
    ("Mức hỗ trợ từ 5 đến 10 tỷ đồng.", [("từ 5 đến 10 tỷ đồng", "range", (5e9, 1e10), "đồng")]),
    ("Kinh phí từ 500 triệu đến 2 tỷ đồng.", [("từ 500 triệu đến 2 tỷ đồng", "range", (5e8, 2e9), "đồng")]),
    ("Làm đường dài từ 10 - 15 km.", [("từ 10 - 15 km", "range", (10, 15), "km")]),
    # a rising dash pair of whole numbers is a range without "từ"; a pair after a label is not
    ("Vẫn còn 3 - 4 xã chưa có nhà văn hóa.", [("3 - 4 xã", "range", (3, 4), "xã")]),
    ("Mỗi tổ có khoảng 6-8 hộ.", [("6-8 hộ", "range", (6, 8), "hộ")]),
    ("Phấn đấu có thêm 8 đến 10 xã đạt chuẩn.", [("8 đến 10 xã", "range", (8, 10), "xã")]),
    ("Dự kiến tăng 6 đến 7%.", [("6 đến 7%", "range", (6, 7), "%")]),
    ("Tổ 3 - 4 hộ dân", [("4 hộ dân", "count", 4, "hộ dân")]),  # "Tổ 3": a label, not a range
    # measures
    ("Nâng cấp 86 km đường giao thông.", [("86 km", "measure", 86, "km")]),
    ("Trồng mới 42 ha rừng.", [("42 ha", "measure", 42, "ha")]),
    ("Sản lượng đạt 3 nghìn tấn.", [("3 nghìn tấn", "measure", 3000, "tấn")]),
    ("Năng suất 60 tạ/ha.", [("60 tạ/ha", "measure", 60, "tạ/ha")]),
    ("Xây 1.200 m² nhà văn hóa.", [("1.200 m²", "measure", 1200, "m²")]),
    # an age is a measure (SPEC §5, dev/real NOTES 22): this sentence was a NOT_STATS row before issue 20
    ("Đồng chí sinh năm 1965, năm nay 58 tuổi.", [("58 tuổi", "measure", 58, "tuổi")]),
]

# Sentences with numbers that are no statistic (SPEC §5 exclusions and traps).
NOT_STATS = [
    "Giá trị trên 1 ha đất canh tác",                           # the base of a rate
    "Có sản phẩm đạt chứng nhận OCOP 3 sao",                    # a rating class
    "Có 3 tỷ lệ chưa đạt.",                                    # "tỷ lệ" is no multiplier
    "Lữ đoàn 299 tổ chức diễn tập.", "Bệnh viện 108 tổ chức hội thảo.", "Gia đình ở hẻm 45/7 đường Nguyễn Trãi.",
    "Ngày Sách Việt Nam 21/4 hằng năm",                       # names, an address, a yearly day
    "Số điện thoại: 0912345678",                               # a label line that names no counted noun
    "Số lượng: 12",
    "Đến cuối kỳ, 12 đã hoàn thành việc kiểm điểm.",          # a bare number with no noun counted before
    "Số nhà: 45; đường số 7.",                                # a label that counts nothing
    "Năm nay tăng từ 12 lên 15.",                             # a change with no noun anywhere
    "| STT | Họ và tên | Năm sinh |\n| 1 | Nguyễn Văn An | 1975 |",  # a row number, a year of birth
    "Chỉ tiêu\t2022\t2023\nGhi chú\t12\t15",                    # a label that counts nothing
    "| STT | Họ và tên | Tuổi | Điện thoại |\n| 1 | Lò Văn Pánh | 51 | 0912345678 |",  # ages, phone numbers
    "Ngày 30/9/2021, Ban Tổ chức họp.",                      # a date
    "Quý III/2021 đã qua.",                                   # a quarter
    "Báo cáo 6 tháng đầu năm 2022.",                          # a half year
    "Trong năm 2021 tình hình ổn định.",                      # a year
    "Sau 10 năm thực hiện Nghị quyết.",                       # a duration
    "Qua 2 năm thực hiện Chỉ thị.",                           # a duration
    "Sơ kết 05 năm thực hiện.",                               # a duration with a leading zero
    "Trong 3 ngày, đoàn làm việc.",                           # a duration in days
    "Hội nghị lần thứ 23 Ban Chấp hành.",                     # an ordinal
    "Đại hội lần thứ VI của Đảng bộ.",                        # a Roman ordinal
    "Hội nghị Trung ương 10 khóa XII.",                       # plenum number
    "Nghị quyết Trung ương 4 khóa XIII về xây dựng Đảng.",    # plenum number
    "Thực hiện Quy định số 24-QĐ/TW của Bộ Chính trị.",       # party symbol
    "Theo Kết luận 43-KL/TW của Ban Bí thư.",                 # party symbol without "số"
    "Thực hiện Nghị quyết 41 của Bộ Chính trị.",              # a number without code
    "Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ.",       # State symbol
    "Theo Quyết định số 1234/QĐ-UBND của tỉnh.",              # State symbol
    "Dịch COVID-19 diễn biến phức tạp.",                      # a name
    "Trao Huy hiệu 55 năm tuổi Đảng.",                        # a badge name
    "Phong trào “5 không, 3 sạch” lan tỏa.",                  # quoted slogan
    "Thực hiện phương châm \"4 tại chỗ\" hiệu quả.",          # quoted slogan, straight quotes
    "(1) Tập trung lãnh đạo phát triển kinh tế.",             # list marker
    "1. Hoàn thành chương trình công tác.",                   # list marker
    "a) Xây dựng Đảng; b) Xây dựng chính quyền.",             # letter list marker
    "Một là, nâng cao nhận thức.",                            # word list marker
    "Theo Điều 5 Điều lệ Đảng.",                              # article
    "Quy định tại khoản 2 Điều 8.",                           # clause and article
    "Cuộc họp bắt đầu lúc 15:37.",                            # time
    "Hội nghị khai mạc lúc 8h00 sáng.",                       # time
    "Cuộc họp diễn ra 8 giờ 30 phút.",                        # time
    "29-11-2021 15:37",                                       # datetime
    "Điện thoại: 0203.3812.345.",                             # phone number
    "Đường dây nóng 1900 1234.",                              # phone number
    "Giai đoạn 2016-2020 và nhiệm kỳ 2020 - 2025.",           # year ranges
    "Giai đoạn 2010 – 2020 có nhiều đổi mới.",                # year range, en dash
    "Tháng 9/2021 mưa nhiều.",                                # month/year
    "Ngày 15 tháng 6 năm 2021.",                              # written-out date
    "Kỷ niệm 94 năm Ngày thành lập Đảng.",                    # anniversary
    "Kỳ họp thứ 7 Hội đồng nhân dân tỉnh.",                   # session ordinal
    "Tổ 5, Khu phố 3, Phường 7, Quận 1.",                     # address
    "Chỉ thị 05, Quy định 08, Hướng dẫn 12 được quán triệt.", # document numbers
    "Đề án 06 của Chính phủ triển khai tốt.",                 # named programme
    "Đợt 2 sẽ bắt đầu sớm.",                                  # round ordinal
    "Cách mạng công nghiệp 4.0 đặt ra yêu cầu mới.",          # a version-like name
    "Mạng 5G phủ sóng rộng.",                                 # a name
    "Lực lượng F0 giảm dần.",                                 # a code
    "Đại biểu Quốc hội khóa XV, Luật số 11/2022/QH15.",       # State law symbol
    "Xếp thứ 12/63 tỉnh, thành phố.",                         # a rank
    "Số 336-BS/VPTU",                                         # own document number
    "¹ Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.",  # footnote text
    "1 Quy định số 08-QĐi/TW ngày 25/10/2011.",               # footnote marker written as a digit
    "Tổng số: 150",                                           # a table cell without noun or verb
    "Tại trang 12 của báo cáo.",                              # page number
    "Năm học 2022-2023 kết thúc.",                            # school year
    "Trong 6 tháng, đơn vị đạt thành tích tốt.",              # a duration in months
    "Từ năm 2010 đến 2020 có nhiều thay đổi.",                # year span
    "Quán triệt Hội nghị lần 2 của Tỉnh ủy.",                 # ordinal without thứ
    "Ngày 05-10-2021 khai giảng.",                            # dashed date
]

# Sentences holding traps next to one real statistic.
MIXED = [
    ("Năm 2023 kết nạp 120 đảng viên.", ["120 đảng viên"]),
    ("Sau 5 năm, có 32 chi bộ đạt trong sạch vững mạnh.", ["32 chi bộ"]),
    ("Hội nghị Trung ương 4 khóa XII đã có 12 đồng chí phát biểu.", ["12 đồng chí"]),
    ("Theo Quyết định số 2150-QĐ/TU, cấp 45 thẻ đảng viên.", ["45 thẻ đảng viên"]),
    ("Dịch COVID-19 làm 3.200 người mất việc.", ["3.200 người"]),
    ("Trong 6 tháng đầu năm, giải ngân 85% vốn.", ["85%"]),
    ("Chương trình “3 xây, 3 chống” có 200 lượt người tham gia.", ["200 lượt người"]),
    ("(2) Kiểm tra 18 tổ chức đảng cấp dưới.", ["18 tổ chức đảng cấp dưới"]),
    ("Ngày 30/9/2021 có 70 điểm cầu dự.", ["70 điểm cầu"]),
    ("Đã ban hành 08 đề án² dự kiến trình Trung ương.", ["08 đề án"]),
    ("Điều 5, khoản 2 quy định rõ; toàn tỉnh có 85 xã.", ["85 xã"]),
    ("Kỷ niệm 75 năm, trao 40 Bằng khen.", ["40 Bằng khen"]),
    ("Tăng 1,5 lần so với năm 2020.", ["1,5 lần"]),
    ("Ban hành 02 Chỉ thị, 05 Quyết định.", ["02 Chỉ thị", "05 Quyết định"]),
    ("Kết nạp 64 đảng viên, nâng tổng số lên 1.200 đảng viên.", ["64 đảng viên", "1.200 đảng viên"]),
    ("Lúc 9 giờ ngày 5/10, có 200 đại biểu dự.", ["200 đại biểu"]),
    ("Thực hiện Kế hoạch số 45-KH/ĐUK, tổ chức 5 hội nghị.", ["5 hội nghị"]),
    ("Huy hiệu 30 năm tuổi Đảng được trao cho 25 đồng chí.", ["25 đồng chí"]),
    ("Cử 03 đồng chí, ủng hộ 15 triệu đồng.", ["03 đồng chí", "15 triệu đồng"]),
    ("Kinh phí 5 tỷ đồng chi cho 2 đề án.", ["5 tỷ đồng", "2 đề án"]),
    ("Tổ chức 12 hội nghị, bồi dưỡng cán bộ.", ["12 hội nghị"]),  # a verb after the comma starts a clause
]


def _key(s: dict):
    if s["kind"] == "ratio":
        return (s["numerator"], s["denominator"])
    if s["kind"] == "range":
        return (s["low"], s["high"])
    return s["value"]


def _close(a, b) -> bool:
    if isinstance(a, tuple):
        return all(_close(x, y) for x, y in zip(a, b))
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


@pytest.mark.parametrize("text,expected", FOUND, ids=[t for t, _ in FOUND])
def test_found(text, expected):
    got = find_statistics(text, [], [], [])
    assert [(s["text"], s["kind"], s["unit"]) for s in got] == [(t, k, u) for t, k, _, u in expected]
    for s, (_, _, key, _) in zip(got, expected):
        assert _close(_key(s), key), (s, key)


@pytest.mark.parametrize("text", NOT_STATS)
def test_not_statistics(text):
    assert find_statistics(text, [], [], []) == []


@pytest.mark.parametrize("text,expected", MIXED, ids=[t for t, _ in MIXED])
def test_traps_beside_statistics(text, expected):
    assert [s["text"] for s in find_statistics(text, [], [], [])] == expected


@pytest.mark.parametrize("text", [t for t, _ in FOUND] + NOT_STATS + [t for t, _ in MIXED])
def test_offsets_and_shape(text):
    for s in find_statistics(text, [], [], []):
        assert tuple(s) == FIELDS
        assert text[s["start"]:s["end"]] == s["text"]
        Statistic(**s)


def test_table_size():
    assert len(FOUND) + len(NOT_STATS) + len(MIXED) >= 100
    assert len(NOT_STATS) + len(MIXED) >= 50


@pytest.mark.parametrize("text,stat,qualifier,predicate", [
    ("Đã kết nạp hơn 250 đảng viên.", "250 đảng viên", "hơn", "kết nạp"),
    ("Giảm gần 40 biên chế.", "40 biên chế", "gần", "giảm"),
    ("Tỷ lệ giảm còn dưới 2%.", "2%", "dưới", "giảm"),
    ("Tinh giản được 145 biên chế.", "145 biên chế", None, "tinh giản"),
    ("Vốn huy động xấp xỉ 2.500 tỷ đồng.", "2.500 tỷ đồng", "xấp xỉ", "huy động"),
    ("Các chỉ tiêu vượt từ 5% - 10% kế hoạch.", "từ 5% - 10%", None, "vượt"),
    ("Cần ít nhất 3 đồng chí.", "3 đồng chí", "ít nhất", None),
    ("Kết quả gần như 100% đảng viên tham gia.", "100%", "gần như", None),
    ("Mỗi chi bộ kết nạp 2 đảng viên trở lên.", "2 đảng viên", "trở lên", "kết nạp"),  # written after the figure
])
def test_qualifier_and_predicate(text, stat, qualifier, predicate):
    s = next(s for s in find_statistics(text, [], [], []) if s["text"] == stat)
    assert (s["qualifier"], s["predicate"]) == (qualifier, predicate)


@pytest.mark.parametrize("text,pairs", [
    ("Kết nạp 612 đảng viên, đạt 31,7% kế hoạch.", {1: 0}),
    ("Hoàn thành 19/28 đề án trình Ban Chấp hành Trung ương, Bộ Chính trị (đạt 67,8%).", {1: 0}),
    ("Khai trừ 40 đảng viên, trong đó cảnh cáo 15 (chiếm 37,5%).", {2: 1}),
    ("Tinh giản 145 biên chế, tăng trưởng đạt 8,5%.", {}),          # growth is no share of the count
    ("Kết nạp 64 đảng viên. Tăng trưởng đạt 8,5%.", {}),            # another sentence
])
def test_qualifies(text, pairs):
    got = find_statistics(text, [], [], [])
    assert {i: s["qualifies"] for i, s in enumerate(got) if s["qualifies"] is not None} == pairs


def _date(text: str, phrase: str, value: str) -> dict:
    i = text.index(phrase)
    return {"start": i, "end": i + len(phrase), "text": phrase, "kind": "quarter", "value": value}


def test_period_is_the_date_of_the_sentence():
    text = "Quý III/2021, kết nạp 64 đảng viên. Năm 2022 đã tinh giản 12 biên chế và trong Quý IV/2022 giảm 3%."
    dates = [_date(text, "Quý III/2021", "2021-Q3"), {**_date(text, "Năm 2022", "2022"), "kind": "year"},
             _date(text, "Quý IV/2022", "2022-Q4")]
    got = find_statistics(text, dates, [], [])
    assert [(s["text"], s["period"]) for s in got] == [
        ("64 đảng viên", "2021-Q3"), ("12 biên chế", "2022"), ("3%", "2022-Q4")]


def test_period_after_the_number_when_none_before():
    text = "Kết nạp 64 đảng viên trong Quý II/2023."
    assert find_statistics(text, [_date(text, "Quý II/2023", "2023-Q2")], [], [])[0]["period"] == "2023-Q2"


def test_period_is_no_comparison_baseline_and_no_cited_documents_day():

    text = ("Sáu tháng đầu năm 2024, thu ngân sách tăng 9,4% so với cùng kỳ năm 2023. "
            "Năm 2025 phấn đấu kết nạp 900 đảng viên theo Kết luận số 21-KL/TW, ngày 25/10/2021.")
    got = find_statistics(text, find_dates(text, RefDate(None, 2024)), [], [])
    assert [(s["text"], s["period"]) for s in got] == [("9,4%", "2024-H1"), ("900 đảng viên", "2025")]


def test_period_is_the_year_written_right_after_the_figure_and_never_an_end_of_year_baseline():

    text = "Tỷ lệ hộ nghèo giảm từ 4,12% năm 2021 xuống còn 1,05% năm 2024. Dư nợ tăng 8% so với cuối năm 2023."
    got = find_statistics(text, find_dates(text, RefDate(None, 2024)), [], [])
    assert [(s["text"], s["period"]) for s in got] == [("4,12%", "2021"), ("1,05%", "2024"), ("8%", None)]


def test_other_findings_are_not_statistics():
    text = "Thực hiện Kế hoạch 52 của Huyện ủy, kết nạp 10 đảng viên."
    i = text.index("Kế hoạch 52")
    ref = {"start": i, "end": i + len("Kế hoạch 52"), "text": "Kế hoạch 52"}
    assert [s["text"] for s in find_statistics(text, [], [ref], [])] == ["10 đảng viên"]
    j = text.index("10 đảng viên")
    fake_person = {"start": j, "end": j + 2, "text": "10"}
    assert find_statistics(text, [], [ref], [fake_person]) == []


def test_old_tone_placement_is_the_same_word():
    assert find_statistics("Đã cụ thể hoá 02 công văn.", [], [], [])[0]["unit"] == "công văn"
    assert find_statistics("Hội nghị Trung ương 4 khoá XII.", [], [], []) == []


def test_data_file_is_consistent():
    d = load_yaml("stats.yaml")
    assert d["multipliers"]["nghìn"] == 1e3 and d["multipliers"]["tỷ"] == 1e9
    for key in ("measures", "predicates", "qualifiers", "not_units", "labels", "doc_labels", "stop_words",
                "capital_nouns", "share_cues", "dong_compounds", "rate_periods", "predicate_links"):
        words = [str(w) for w in d[key]]
        assert words and all(w.strip() == w and w for w in words), key
        assert all(unicodedata.is_normalized("NFC", w) for w in words), key
    assert set(d["money"].values()) <= {"đồng", "USD", "EUR"}
    assert not set(map(str, d["qualifiers"])) & set(map(str, d["not_units"]))


@pytest.mark.parametrize("text,targets", [
    ("Phấn đấu mỗi năm kết nạp 150 đảng viên trở lên.", [True]),
    ("Mục tiêu đến năm 2025 có 90% xã đạt chuẩn nông thôn mới.", [True]),
    ("Dự kiến tổ chức 12 lớp bồi dưỡng.", [True]),
    ("Năm 2023 kết nạp 140 đảng viên, đạt 93% chỉ tiêu.", [False, False]),   # "chỉ tiêu" after the figures
    ("Phấn đấu kết nạp 150 đảng viên; kết quả đã kết nạp 140 đảng viên.", [True, False]),
    ("Kết nạp 64 đảng viên. Phấn đấu năm sau kết nạp 70 đảng viên.", [False, True]),  # the goal's own sentence
])
def test_goals_are_told_from_results(text, targets):
    assert [s["target"] for s in find_statistics(text, [], [], [])] == targets


@pytest.mark.parametrize("text,targets", [
    # a section whose heading names goals holds goals, its sub-headings too; a results section resets it
    ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n1. Công tác xây dựng Đảng\nKết nạp 900 đảng viên.\n"
     "III. KẾT QUẢ THỰC HIỆN\n1. Chỉ tiêu kinh tế\nThu ngân sách 380 tỷ đồng.", [True, False]),
    ("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030\n- Thu nhập bình quân đầu người đạt 90 triệu đồng.", [True]),
    ("Tăng trưởng đạt 8,1% (chỉ tiêu 8%).", [False, True]),  # the plan in brackets
])
def test_goals_from_sections_and_brackets(text, targets):
    assert [s["target"] for s in find_statistics(text, [], [], [])] == targets


def test_period_carries_its_first_and_last_day():
    text = "6 tháng đầu năm 2024 kết nạp 52 đảng viên."
    half = {"start": 0, "end": 20, "text": text[:20], "kind": "half", "value": "2024-H1",
            "start_date": "2024-01-01", "end_date": "2024-06-30"}
    [s] = find_statistics(text, [half], [], [])
    assert (s["period"], s["period_start"], s["period_end"]) == ("2024-H1", "2024-01-01", "2024-06-30")


def test_a_heading_period_governs_figures_whose_sentence_names_none():

    text = ("BÁO CÁO KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024\n"
            "1. Công tác phát triển đảng viên\nToàn Đảng bộ kết nạp 58 đảng viên.\n"
            "Riêng quý II/2024 kết nạp 31 đảng viên.\n"
            "II. PHƯƠNG HƯỚNG NĂM 2025\nPhấn đấu kết nạp 120 đảng viên.")
    got = find_statistics(text, find_dates(text), [], [])
    assert [(s["text"], s["period"], s["target"]) for s in got] == [
        ("58 đảng viên", "2024-H1", False), ("31 đảng viên", "2024-Q2", False), ("120 đảng viên", "2025", True)]


def test_a_date_right_after_a_figure_is_its_own_and_a_goal_horizon_governs_nothing():

    text = "Tỷ lệ hộ nghèo giảm từ 12,6% năm 2016 xuống còn 3,9% cuối năm 2020."
    assert [s["period"] for s in find_statistics(text, find_dates(text), [], [])] == ["2016", "2020"]
    text = "ĐỀ ÁN phát triển kinh tế tập thể, định hướng đến năm 2030\nHiện nay huyện có 6 hợp tác xã."
    assert [s["period"] for s in find_statistics(text, find_dates(text), [], [])] == [None]
