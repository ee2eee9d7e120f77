"""Document references: every written form, attributes, negatives (SPEC §2). Sentences written by us."""
from __future__ import annotations

import pytest

from extract.context import DocContext
from extract.find.document import RefDate
from schemas import DocRef


def find_doc_refs(text, ref=None):
    """The references of ``text``; ``ref`` stands for the document's own date."""
    return DocContext(text, own_date=ref).found("doc_refs")

# (text, [(span text, doc_type, symbol, number)])
FORMS = [
    ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị", [("Chỉ thị số 35-CT/TW", "Chỉ thị", "35-CT/TW", "35")]),
    ("theo Quyết định 2150-QĐ/TU", [("Quyết định 2150-QĐ/TU", "Quyết định", "2150-QĐ/TU", "2150")]),
    ("Kế hoạch số 45-KH/ĐUK của Đảng ủy Khối", [("Kế hoạch số 45-KH/ĐUK", "Kế hoạch", "45-KH/ĐUK", "45")]),
    ("thực hiện chỉ thị 21-CT/TW", [("chỉ thị 21-CT/TW", "Chỉ thị", "21-CT/TW", "21")]),
    ("văn bản 11-hd/vptw", [("11-hd/vptw", "Hướng dẫn", "11-hd/vptw", "11")]),
    ("Quy định số 22-QĐi/TW", [("Quy định số 22-QĐi/TW", "Quy định", "22-QĐi/TW", "22")]),
    ("Quyết định 646/QĐ/QUTW của Quân ủy", [("Quyết định 646/QĐ/QUTW", "Quyết định", "646/QĐ/QUTW", "646")]),
    ("Chương trình 01-CTr/HĐĐ", [("Chương trình 01-CTr/HĐĐ", "Chương trình", "01-CTr/HĐĐ", "01")]),
    ("đã ban hành số47-QĐ/TW", [("47-QĐ/TW", "Quy định", "47-QĐ/TW", "47")]),
    ("Kết luận số\n09-KL/TW của Bộ Chính trị", [("Kết luận số\n09-KL/TW", "Kết luận", "09-KL/TW", "09")]),
    ("Nghị quyết 26-NQ/TW2 về nông nghiệp", [("Nghị quyết 26-NQ/TW", "Nghị quyết", "26-NQ/TW", "26")]),
    ("Kết luận số 01-KL/TW³, ngày 18/5/2021", [("Kết luận số 01-KL/TW", "Kết luận", "01-KL/TW", "01")]),
    ("Hướng dẫn số 12-HD/BTCTW", [("Hướng dẫn số 12-HD/BTCTW", "Hướng dẫn", "12-HD/BTCTW", "12")]),
    ("Thông báo số 150-TB/TU", [("Thông báo số 150-TB/TU", "Thông báo", "150-TB/TU", "150")]),
    ("Báo cáo số 225-BC/HU", [("Báo cáo số 225-BC/HU", "Báo cáo", "225-BC/HU", "225")]),
    ("Đề án số 03-ĐA/TU", [("Đề án số 03-ĐA/TU", "Đề án", "03-ĐA/TU", "03")]),
    ("Quy chế số 08-QC/TU", [("Quy chế số 08-QC/TU", "Quy chế", "08-QC/TU", "08")]),
    ("Công văn số 1125-CV/VPTU", [("Công văn số 1125-CV/VPTU", "Công văn", "1125-CV/VPTU", "1125")]),
    ("Tờ trình số 17-TTr/BTCTU", [("Tờ trình số 17-TTr/BTCTU", "Tờ trình", "17-TTr/BTCTU", "17")]),
    ("QUYẾT ĐỊNH SỐ 12-QĐ/TU", [("QUYẾT ĐỊNH SỐ 12-QĐ/TU", "Quyết định", "12-QĐ/TU", "12")]),
    ("NGHỊ QUYẾT số 05-NQ/HU", [("NGHỊ QUYẾT số 05-NQ/HU", "Nghị quyết", "05-NQ/HU", "05")]),
    ("Thông báo Kết luận 43-KL/TW", [("Thông báo Kết luận 43-KL/TW", "Kết luận", "43-KL/TW", "43")]),
    # the kind as a heading line names the document itself: its number under it is the own number
    ("ĐẢNG BỘ XÃ AN PHÚ\n\nNGHỊ QUYẾT\nSố 07-NQ/ĐU\n\nvề công tác", [("Số 07-NQ/ĐU", "Nghị quyết", "07-NQ/ĐU", "07")]),
    # a Thông báo kết luận numbered as a Thông báo is one
    ("Thông báo kết luận số 127-TB/HU", [("Thông báo kết luận số 127-TB/HU", "Thông báo", "127-TB/HU", "127")]),
    ("dự thảo Chương trình hành động số 41-CTr/TU", [("Chương trình hành động số 41-CTr/TU", "Chương trình",
                                                     "41-CTr/TU", "41")]),
    ("theo văn bản 19-NQ/TW", [("19-NQ/TW", "Nghị quyết", "19-NQ/TW", "19")]),
    ("bản sao 336-BS/VPTU", [("bản sao 336-BS/VPTU", "Bản sao", "336-BS/VPTU", "336")]),
    ("Quyết định số 99 - QĐ/TU", [("Quyết định số 99 - QĐ/TU", "Quyết định", "99-QĐ/TU", "99")]),
    ("Nghị quyết số 18-NQ/TW và 19-NQ/TW", [("Nghị quyết số 18-NQ/TW", "Nghị quyết", "18-NQ/TW", "18"),
                                           ("19-NQ/TW", "Nghị quyết", "19-NQ/TW", "19")]),
    # numbers listed before one symbol share its codes
    ("các Nghị quyết số 23, 24-NQ/TW của Bộ Chính trị", [("Nghị quyết số 23", "Nghị quyết", "23-NQ/TW", "23"),
                                                        ("24-NQ/TW", "Nghị quyết", "24-NQ/TW", "24")]),
    ("Kế hoạch số 51, 52 và 53-KH/HU", [("Kế hoạch số 51", "Kế hoạch", "51-KH/HU", "51"),
                                        ("52", "Kế hoạch", "52-KH/HU", "52"), ("53-KH/HU", "Kế hoạch", "53-KH/HU", "53")]),
    ("Chỉ thị 05-CT/TW; Kết luận 01-KL/TW", [("Chỉ thị 05-CT/TW", "Chỉ thị", "05-CT/TW", "05"),
                                             ("Kết luận 01-KL/TW", "Kết luận", "01-KL/TW", "01")]),
    # a Party symbol's TT is a Thông tri, a State one's a Thông tư
    ("Thông tri 03-TT/TW và văn bản 04-TT/TW", [("Thông tri 03-TT/TW", "Thông tri", "03-TT/TW", "03"),
                                               ("04-TT/TW", "Thông tri", "04-TT/TW", "04")]),
    # lowercase words between the type and "số" name the kind more closely
    ("Nghị quyết chuyên đề số 09-NQ/ĐUK", [("Nghị quyết chuyên đề số 09-NQ/ĐUK", "Nghị quyết", "09-NQ/ĐUK", "09")]),
    ("Quy chế làm việc số 01-QC/ĐUK", [("Quy chế làm việc số 01-QC/ĐUK", "Quy chế", "01-QC/ĐUK", "01")]),
    ("Quyết định số 1847/QĐ-TTg của Thủ tướng", [("Quyết định số 1847/QĐ-TTg", "Quyết định", "1847/QĐ-TTg", "1847")]),
    ("theo Bộ luật Hình sự", [("Bộ luật Hình sự", "Bộ luật", None, None)]),  # regression: a code is a Bộ luật
    ("Bộ luật Lao động số 45/2019/QH14", [("Bộ luật Lao động số 45/2019/QH14", "Bộ luật", "45/2019/QH14", "45")]),
    ("Luật Đất đai số 45/2013/QH13", [("Luật Đất đai số 45/2013/QH13", "Luật", "45/2013/QH13", "45")]),  # one law
    ("Nghị quyết số 653/2019/UBTVQH14", [("Nghị quyết số 653/2019/UBTVQH14", "Nghị quyết", "653/2019/UBTVQH14", "653")]),
    ("Luật Thi đua, khen thưởng năm 2022", [("Luật Thi đua, khen thưởng", "Luật", None, None)]),
    # State documents, numbered the State way
    ("Nghị định số 30/2020/NĐ-CP về công tác văn thư", [("Nghị định số 30/2020/NĐ-CP", "Nghị định", "30/2020/NĐ-CP", "30")]),
    ("Luật số 11/2022/QH15", [("Luật số 11/2022/QH15", "Luật", "11/2022/QH15", "11")]),
    ("Quyết định số 2217/QĐ-UBND", [("Quyết định số 2217/QĐ-UBND", "Quyết định", "2217/QĐ-UBND", "2217")]),
    ("Thông tư 06/2019/TT-BNV", [("Thông tư 06/2019/TT-BNV", "Thông tư", "06/2019/TT-BNV", "06")]),
    ("Nghị định 115/2020/NĐ-CP", [("Nghị định 115/2020/NĐ-CP", "Nghị định", "115/2020/NĐ-CP", "115")]),
    # a State công văn: no type code and no year, the issuer before the drafting unit
    ("Công văn số 1532/UBND-NN ngày 05/11/2021 của UBND huyện",
     [("Công văn số 1532/UBND-NN", "Công văn", "1532/UBND-NN", "1532")]),
    ("làm theo văn bản 2468/TTg-KTTH của Thủ tướng", [("2468/TTg-KTTH", "Công văn", "2468/TTg-KTTH", "2468")]),
    # numbered without codes, short forms
    ("Nghị quyết 41 của Bộ Chính trị về doanh nhân", [("Nghị quyết 41", "Nghị quyết", None, "41")]),
    # a Nghị định is the Government's even without its symbol: resolution finds which one
    ("Thực hiện Nghị định 130 của Chính phủ về kê khai", [("Nghị định 130", "Nghị định", None, "130")]),
    ("Nghị quyết số 26 Hội nghị Trung ương 7 khóa X", [("Nghị quyết số 26", "Nghị quyết", None, "26")]),
    ("Kết luận 12-KL/TW đã nêu. Theo Kết luận 12, các cấp ủy",
     [("Kết luận 12-KL/TW", "Kết luận", "12-KL/TW", "12"), ("Kết luận 12", "Kết luận", None, "12")]),
    # plenum, congress, named
    ("Nghị quyết Trung ương 4 khóa XII", [("Nghị quyết Trung ương 4 khóa XII", "Nghị quyết", None, None)]),
    ("Nghị quyết Hội nghị Trung ương 7 khóa XII", [("Nghị quyết Hội nghị Trung ương 7 khóa XII", "Nghị quyết", None, None)]),
    ("Kết luận Hội nghị Trung ương 4 khóa XIII", [("Kết luận Hội nghị Trung ương 4 khóa XIII", "Kết luận", None, None)]),
    ("Nghị quyết Trung ương 4 khóa XI, XII", [("Nghị quyết Trung ương 4 khóa XI", "Nghị quyết", None, None),
                                              ("XII", "Nghị quyết", None, None)]),
    ("Nghị quyết Trung ương 4 khóa XI, khóa XII", [("Nghị quyết Trung ương 4 khóa XI", "Nghị quyết", None, None),
                                                   ("khóa XII", "Nghị quyết", None, None)]),
    ("Nghị quyết Trung ương 5 khoá XII", [("Nghị quyết Trung ương 5 khoá XII", "Nghị quyết", None, None)]),
    # regression: "ĐẢNG" in capitals before the term ended the span, and the term was lost
    ("TIẾP TỤC QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII",
     [("NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII", "Nghị quyết", None, None)]),
    ("KẾT LUẬN HỘI NGHỊ TRUNG ƯƠNG ĐẢNG 6 KHÓA XIII", [("KẾT LUẬN HỘI NGHỊ TRUNG ƯƠNG ĐẢNG 6 KHÓA XIII", "Kết luận",
                                                         None, None)]),
    # "Trung ương" as "TƯ", the type as "NQ" / "KL", glued or not
    ("Nghị quyết TƯ 4 khóa XII", [("Nghị quyết TƯ 4 khóa XII", "Nghị quyết", None, None)]),
    ("theo tinh thần NQ TƯ 4 (khóa XII) và NQTW 5 khóa XIII",
     [("NQ TƯ 4 (khóa XII)", "Nghị quyết", None, None), ("NQTW 5 khóa XIII", "Nghị quyết", None, None)]),
    ("quán triệt KL TW 4 khóa XIII", [("KL TW 4 khóa XIII", "Kết luận", None, None)]),
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", [("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Nghị quyết", None, None)]),
    ("Nghị quyết Đại hội XIII của Đảng", [("Nghị quyết Đại hội XIII", "Nghị quyết", None, None)]),
    ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII",
     [("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII", "Nghị quyết", None, None)]),
    ("chấp hành Điều lệ Đảng", [("Điều lệ Đảng", "Điều lệ", None, None)]),
    ("Luật Phòng, chống tham nhũng năm 2018", [("Luật Phòng, chống tham nhũng", "Luật", None, None)]),
    ("Luật Cán bộ, công chức", [("Luật Cán bộ, công chức", "Luật", None, None)]),
    # the revised law is named with its mark: it is no law in force of that name
    ("góp ý dự thảo Luật Đất đai (sửa đổi) trong tháng", [("Luật Đất đai (sửa đổi)", "Luật", None, None)]),
    ("Cương lĩnh chính trị của Đảng", [("Cương lĩnh chính trị", "Cương lĩnh", None, None)]),
]

NEGATIVES = [
    "NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020 - 2025",  # the document's own title
    "Hội nghị Trung ương 10 sẽ họp vào cuối năm", "các nghị quyết của Trung ương", "Nghị quyết này có hiệu lực",
    "Đề án “Về nâng cao chất lượng tổ chức cơ sở đảng”", "Nghị quyết Đại hội Đảng các cấp", "Quy định 15 về chức năng",
    "các Kết luận, Quy định, Hướng dẫn của Trung ương", "hoàn thành 19/28 đề án", "đạt 67,8%", "đại dịch COVID-19",
    "ngày 30/9/2021", "Hội nghị lần thứ 23", "khóa XIII", "Nghị quyết chuyên đề", "Kế hoạch thông tin, tuyên truyền",
    "số điện thoại 0203.3812.456", "Hội nghị Trung ương 4 khóa XIII đã họp", "Quyết định khen thưởng 15 tập thể",
    "Nghị quyết của chi bộ", "các chỉ thị, nghị quyết của cấp trên",
    "Trường Đại học Luật Thành phố Hồ Chí Minh tuyển sinh", "Công ty Luật TNHH Minh Khang", "Đoàn Luật sư tỉnh",
    "các NQ của Trung ương đã ban hành", "nq tư 4 khóa XII",  # "NQ" alone, or in lowercase, names no plenum
    "xét xử theo Bản án số 45/2023/HS-ST",  # a court's judgment, numbered with a year, is no công văn
]

# (text, attribute dict expected on the first reference)
ATTRIBUTES = [
    ("Nghị quyết 26-NQ/TW ngày 5/8/2008 của BCH Trung ương Đảng (khóa X) về",
     dict(issued_date="2008-08-05", issuer="Ban Chấp hành Trung ương", term=10)),
    ("quán triệt Nghị quyết TW 4 khóa XII về xây dựng Đảng", dict(doc_type="Nghị quyết", plenum=4, term=12)),
    ("quán triệt Nghị quyết TƯ 4 khóa XII về xây dựng Đảng", dict(doc_type="Nghị quyết", plenum=4, term=12)),
    ("học tập NQ TƯ 4 (khóa XII) trong chi bộ", dict(doc_type="Nghị quyết", plenum=4, term=12)),
    ("học tập NQTW 4 khóa XII trong chi bộ", dict(doc_type="Nghị quyết", plenum=4, term=12)),
    ("Kết luận số 21-KL/TW của Hội nghị TƯ 4 khoá XIII về xây dựng Đảng.", dict(plenum=4, term=13)),
    ("Quyết định số 870/QĐ-UBND ngày 7/4/2022 của UBND tỉnh Bình Phước về",
     dict(issued_date="2022-04-07", issuer="UBND tỉnh Bình Phước")),
    ("Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập; tiếp theo",
     dict(issued_date="2016-05-15", issuer="Bộ Chính trị", subject="đẩy mạnh học tập")),
    ("Nghị quyết số 22-NQ/TW, ngày 02/02/2008 của Ban Chấp hành Trung ương (khóa X) và",
     dict(issued_date="2008-02-02", issuer="Ban Chấp hành Trung ương", term=10)),
    ("Quyết định số 543-QĐ/TU, ngày 31/10/2016 của Ban Thường vụ Tỉnh ủy Lạng Sơn)",
     dict(issued_date="2016-10-31", issuer="Ban Thường vụ Tỉnh ủy Lạng Sơn")),
    ("Nghị quyết số 24-NQ/TU, ngày 16/8/2011 của Ban Chấp hành Đảng bộ tỉnh Lạng Sơn về nâng cao năng lực, sức chiến đấu.",
     dict(issuer="Ban Chấp hành Đảng bộ tỉnh Lạng Sơn", subject="nâng cao năng lực, sức chiến đấu")),
    ("Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương khóa XIII về thi hành Điều lệ Đảng;",
     dict(issuer="Ban Chấp hành Trung ương", term=13, subject="thi hành Điều lệ Đảng")),
    ("Quy định số 126-QĐ/TW, ngày 28/02/2018 của Bộ Chính trị “Một số vấn đề về bảo vệ chính trị nội bộ”;",
     dict(issuer="Bộ Chính trị", subject="Một số vấn đề về bảo vệ chính trị nội bộ")),
    ("Ban Bí thư ban hành Hướng dẫn số 02-HD/TW, ngày 09/12/2021 với nội dung",
     dict(issuer="Ban Bí thư", issued_date="2021-12-09", subject=None)),
    ("Bộ Chính Trị lần đầu tiên ban hành Kết luận số 14-KL/TW về khuyến khích cán bộ.",
     dict(issuer="Bộ Chính trị", subject="khuyến khích cán bộ")),
    ("Kết luận số 34-KL/TW⁴, ngày 07/8/2018 của Bộ Chính trị", dict(issued_date="2018-08-07", issuer="Bộ Chính trị")),
    ("Chỉ thị số 03-CT/TW, ngày 14/5/2011 và Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về học tập Bác.",
     dict(issued_date="2011-05-14", issuer="Bộ Chính trị", subject="học tập Bác")),
    ("Quy định số 29-QĐ/TW và Hướng dẫn số 01-HD/TW của khóa XII, có sửa đổi", dict(term=12)),
    ("Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
     dict(issuer="Ban Chấp hành Trung ương", term=12, plenum=6)),
    ("Nghị quyết Trung ương 4 khóa XI, XII về xây dựng, chỉnh đốn Đảng gắn với nêu gương",
     dict(term=11, plenum=4, subject="xây dựng, chỉnh đốn Đảng")),
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", dict(congress=16)),
    ("Quyết định số 15-QĐ/TU ngày 3 tháng 4 năm 2023 của Tỉnh ủy", dict(issued_date="2023-04-03", issuer="Tỉnh ủy")),
    ("Nghị quyết 41 của Bộ Chính trị", dict(type_code="NQ", issuer_code="TW")),
    ("Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng", dict(issued_date="2018-12-27", issuer="Thủ tướng Chính phủ")),
    ("Nghị quyết Trung ương 4 khoá XIII về xây dựng, chỉnh đốn Đảng¹; tiếp", dict(subject="xây dựng, chỉnh đốn Đảng")),
    ("Thực hiện Chỉ thị số 28-CT/TU của BTV Tỉnh ủy về dân vận.", dict(issuer="Ban Thường vụ Tỉnh ủy", subject="dân vận")),
    # an issuer broken over two lines, abbreviated, a ministry; a date in brackets
    ("Chỉ thị số 05-CT/TW của Ban Chấp hành\nTrung ương về", dict(issuer="Ban Chấp hành Trung ương")),
    ("Kết luận số 39-KL/TW ngày 18/7/2022 của BCT về", dict(issuer="Bộ Chính trị", issued_date="2022-07-18")),
    ("Nghị quyết số 27-NQ/TW Hội nghị lần thứ sáu BCH Trung ương Đảng khóa XIII", dict(plenum=6, term=13)),
    ("Thông tư số 06/2022/TT-BNV của Bộ Nội vụ", dict(issuer="Bộ Nội vụ")),
    ("Kết luận số 50-KL/TW (ngày 30/5/2019) của Ban Bí thư", dict(issued_date="2019-05-30", issuer="Ban Bí thư")),
    ("Quyết định số 99-QĐ/TW của Ban Bí thư Trung ương Đảng khóa XII", dict(issuer="Ban Bí thư", term=12)),
    ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", dict(congress=13)),
    ("Kết luận số 21-KL/TW của Hội nghị TW 4 khoá XIII về xây dựng Đảng.", dict(plenum=4, term=13)),
    ("Nghị quyết số 1111/NQ-UBTVQH15 ngày 5/3/2024", dict(symbol="1111/NQ-UBTVQH15", issued_date="2024-03-05")),
    # a State code as written ("TTg"); a Party code read in capitals ("11-hd/vptw" → "VPTW")
    ("Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng", dict(type_code="QĐ", issuer_code="TTg")),
    ("Công văn số 1532/UBND-NN ngày 05/11/2021", dict(type_code=None, issuer_code="UBND", issued_date="2021-11-05")),
    ("văn bản 11-hd/vptw của Văn phòng", dict(type_code="HD", issuer_code="VPTW")),
    # a subject ends where another reference starts
    ("Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX",
     dict(subject="đột phá phát triển khoa học")),
    ("Quy định số 205-QĐ/TW về kiểm soát quyền lực, nay là Quy định số 114-QĐ/TW", dict(subject="kiểm soát quyền lực")),
    # … and where a comma opens the sentence's own clause: an auxiliary, "việc", a count after a few syllables
    ("Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 5 khóa XIII về đất đai, xử lý dứt điểm 9 vụ khiếu kiện.",
     dict(subject="đất đai")),
    ("Nghị định số 130/2020/NĐ-CP của Chính phủ về kiểm soát tài sản, thu nhập, đã xác minh 20 bản kê khai.",
     dict(subject="kiểm soát tài sản, thu nhập")),
    ("Nghị quyết số 18-NQ/TW về đổi mới, hoàn thiện thể chế, chính sách đất đai, việc thể chế hóa còn chậm.",
     dict(subject="đổi mới, hoàn thiện thể chế, chính sách đất đai")),
    ("Kết luận số 12-KL/TU về phòng chống thiên tai, vẫn còn lúng túng ở vài xã.", dict(subject="phòng chống thiên tai")),
    ("Kế hoạch số 86-KH/HU về chuyển đổi số, mới đạt 14/22 chỉ tiêu.", dict(subject="chuyển đổi số")),  # no date
    # a subject's own commas, years, numbers of years and "việc làm" stay in it
    ("Nghị quyết số 36-NQ/TW về kinh tế biển đến năm 2030, tầm nhìn đến năm 2045.",
     dict(subject="kinh tế biển đến năm 2030, tầm nhìn đến năm 2045")),
    ("Nghị quyết số 11-NQ/TU về phương hướng, nhiệm vụ 5 năm tới.", dict(subject="phương hướng, nhiệm vụ 5 năm tới")),
    ("Kế hoạch số 40-KH/TU về đánh giá cán bộ theo Quy định số 96-QĐ/TW, ngày 02/02/2023 của Bộ Chính trị.",
     dict(subject="đánh giá cán bộ theo Quy định số 96-QĐ/TW, ngày 02/02/2023 của Bộ Chính trị")),
    ("Nghị quyết số 05-NQ/TU về lao động, việc làm và an sinh xã hội.", dict(subject="lao động, việc làm và an sinh xã hội")),
    ("Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
     dict(subject="đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")),
    # the date may open the next line; capitals read as lowercase
    ("Chỉ thị số 42-CT/TW\nngày 24/3/2020 của Ban Bí thư về công tác", dict(issued_date="2020-03-24", issuer="Ban Bí thư")),
    ("NGHỊ QUYẾT SỐ 33-NQ/TW NGÀY 09/6/2014 CỦA HỘI NGHỊ TRUNG ƯƠNG 9 KHÓA XI",
     dict(issued_date="2014-06-09", plenum=9, term=11)),
    # regression: "ĐẢNG" in capitals hid the term after it
    ("TIẾP TỤC QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII",
     dict(plenum=8, term=13)),
    ("NGHỊ QUYẾT SỐ 27-NQ/TW CỦA HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII", dict(plenum=6, term=13)),
    # members parted by commas share what follows the last one
    ("Nghị quyết số 18-NQ/TW, 19-NQ/TW của Hội nghị Trung ương 6 khóa XII", dict(plenum=6, term=12)),
    ("các Nghị quyết số 23, 24-NQ/TW của Bộ Chính trị", dict(issuer="Bộ Chính trị", symbol="23-NQ/TW")),
    # … and the date written once after a list of bare symbols or numbers
    ("Quán triệt các Nghị quyết số 26-NQ/TW, 27-NQ/TW, 28-NQ/TW ngày 19/5/2018 Hội nghị Trung ương 7 (khóa XII).",
     dict(issued_date="2018-05-19", plenum=7, term=12)),
    ("các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương", dict(issued_date="2017-10-25")),
    # a member named with its own type word and date owns its issuer and subject; one without a date shares them
    ("Đối chiếu Quy định số 08-QĐi/TW và Quy định số 101-QĐ/TW ngày 07/6/2012 của Ban Bí thư về nêu gương.",
     dict(issued_date=None, issuer=None, subject=None)),
    ("Bám sát Nghị quyết Trung ương 4 (khóa XII) và Kết luận số 12-KL/TW, ngày 12/8/2021 của Bộ Chính trị về kiều bào.",
     dict(term=12, issuer=None, subject=None)),
    ("Thực hiện Chỉ thị 05-CT/TW và Kết luận 01-KL/TW của Bộ Chính trị về học tập Bác.",
     dict(issuer="Bộ Chính trị", subject="học tập Bác")),
    # a date shared within the list after it is no date of the member's own: the member before still shares
    ("Quán triệt Nghị quyết Trung ương 7 khóa XII và Nghị quyết số 26-NQ/TW, 27-NQ/TW ngày 19/5/2018 của Ban Chấp "
     "hành Trung ương.", dict(plenum=7, issuer="Ban Chấp hành Trung ương", issued_date=None)),
    # a member with its own issuer is whole: what follows the next one is not its
    ("Chỉ thị 05-CT/TW của Bộ Chính trị và Quy định số 144-QĐ/TW của Bộ Chính trị về đạo đức cách mạng.",
     dict(issuer="Bộ Chính trị", subject=None)),
]


def _check_offsets(text, refs):
    for r in refs:
        assert text[r["start"]:r["end"]] == r["text"]
        DocRef(**r)


@pytest.mark.parametrize("text,expected", FORMS, ids=[c[0][:40] for c in FORMS])
def test_forms(text, expected):
    refs = find_doc_refs(text)
    assert [(r["text"], r["doc_type"], r["symbol"], r["number"]) for r in refs] == expected
    _check_offsets(text, refs)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_references(text):
    assert find_doc_refs(text) == []


@pytest.mark.parametrize("text,attrs", ATTRIBUTES, ids=[c[0][:40] for c in ATTRIBUTES])
def test_attributes(text, attrs):
    refs = find_doc_refs(text)
    _check_offsets(text, refs)
    assert {k: refs[0][k] for k in attrs} == attrs


def test_plenums_listed_with_one_term_are_each_a_reference():
    refs = find_doc_refs("Nghị quyết Hội nghị Trung ương 6, 7, 8 khóa XIII về xây dựng Đảng")
    assert [(r["text"], r["plenum"], r["term"]) for r in refs] == [
        ("Nghị quyết Hội nghị Trung ương 6", 6, 13), ("7", 7, 13), ("8", 8, 13)]


def test_second_member_of_list_shares_issuer():
    refs = find_doc_refs("Chỉ thị số 03-CT/TW và Chỉ thị số 05-CT/TW của Ban Bí thư về công tác dân vận.")
    assert [r["issuer"] for r in refs] == ["Ban Bí thư", "Ban Bí thư"]
    assert refs[0]["subject"] == refs[1]["subject"] == "công tác dân vận"


def test_own_number_in_header_is_self():
    text = "TỈNH ỦY HÀ TĨNH\nBAN TỔ CHỨC\n*\nSố 125-BC/BTCTU\n\nHà Tĩnh, ngày 03 tháng 4 năm 2023\n\nBÁO CÁO"
    [r] = find_doc_refs(text, RefDate("2023-04-03", 2023))
    assert (r["text"], r["self"], r["doc_type"], r["issued_date"], r["issuer"]) == (
        "Số 125-BC/BTCTU", True, "Báo cáo", "2023-04-03", "Ban Tổ chức Tỉnh ủy Hà Tĩnh")


def test_old_tone_placement_is_the_same_word():
    refs = find_doc_refs("Nghị quyết Trung ương 4 khoá XII của Ban Chấp hành Trung ương về Đảng")
    assert refs[0]["term"] == 12


def test_the_number_under_a_kind_heading_is_the_own_number():
    [r] = find_doc_refs("ĐẢNG BỘ XÃ AN PHÚ\n\nNGHỊ QUYẾT\nSố 07-NQ/ĐU\n\nvề công tác")
    assert r["self"] is True


def test_an_indented_own_number_of_a_flattened_header_is_self():
    [r] = find_doc_refs("HUYỆN ỦY YÊN MỸ\n      *                       Yên Mỹ, ngày 03 tháng 3 năm 2023\n   Số 41-KH/HU\n\n"
                        "                 KẾ HOẠCH\n")
    assert (r["text"], r["self"]) == ("Số 41-KH/HU", True)


@pytest.mark.parametrize("heading, kind", [("QUYẾT ĐỊNH", "Quyết định"), ("QUY ĐỊNH", "Quy định")])
def test_an_own_qd_number_takes_the_kind_of_its_heading(heading, kind):
    text = f"TỈNH ỦY BẮC KẠN\n*\nSố 1250-QĐ/TU\n\nBắc Kạn, ngày 14 tháng 8 năm 2023\n\n{heading}\nvề việc thành lập"
    [r] = find_doc_refs(text)
    assert (r["self"], r["doc_type"]) == (True, kind)


def test_a_central_body_in_the_header_keeps_its_normal_name():
    text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-TB/TW\n\nHà Nội, ngày 10 tháng 3 năm 2023\n\nTHÔNG BÁO\nKết luận"
    [r] = find_doc_refs(text)
    assert (r["self"], r["issuer"]) == (True, "Ban Chấp hành Trung ương")


@pytest.mark.parametrize("header,issuer", [
    ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH QUẢNG NAM", "Ban Chấp hành Đảng bộ tỉnh Quảng Nam"),
    ("TỈNH ỦY BẮC KẠN\nBAN TỔ CHỨC TỈNH ỦY", "Ban Tổ chức Tỉnh ủy"),
    ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh"),
    ("THÀNH ỦY HÀ NỘI", "Thành ủy Hà Nội"),
    ("ĐẢNG ỦY XÃ KIM LIÊN", "Đảng ủy xã Kim Liên"),
    ("HUYỆN ỦY YÊN THÀNH", "Huyện ủy Yên Thành"),  # "thành" is a unit only in "thành phố"
    # a committee line without its place under the Party organisation that names it
    ("ĐẢNG BỘ TỈNH PHÚ YÊN\nTỈNH ỦY", "Tỉnh ủy Phú Yên"),
    ("ĐẢNG BỘ TỈNH ĐẮK NÔNG\nỦY BAN KIỂM TRA", "Ủy ban Kiểm tra Tỉnh ủy Đắk Nông"),
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "Ủy ban nhân dân tỉnh Quảng Trị"),
    ("ĐẢNG ỦY THỊ XÃ KỲ ANH", "Đảng ủy thị xã Kỳ Anh"),
    # regression (issue 17, a committee's boards from data/units.yaml): the standing board was left in lowercase
    ("THƯỜNG TRỰC HUYỆN ỦY YÊN THẾ", "Thường trực Huyện ủy Yên Thế"),
])
def test_the_issuer_of_an_own_number_is_written_in_normal_case(header, issuer):
    [r] = find_doc_refs(f"{header}\n*\nSố 12-TB/TU\n\nNội dung.")
    assert (r["self"], r["issuer"]) == (True, issuer)


@pytest.mark.parametrize("header,scope", [
    ("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nHUYỆN ỦY MỘ ĐỨC", {"p": "Quảng Ngãi", "d": "huyện Mộ Đức", "own": "d"}),
    ("HUYỆN ỦY NAM ĐÀN      ĐẢNG CỘNG SẢN VIỆT NAM", {"d": "huyện Nam Đàn", "own": "d"}),  # two columns on one line
    ("TỈNH ỦY BÀ RỊA - VŨNG TÀU", {"p": "Bà Rịa - Vũng Tàu", "own": "p"}),
    # a provincial city under its province keeps its unit; a commune is a level of its own
    ("ĐẢNG BỘ TỈNH BẮC GIANG\nTHÀNH ỦY BẮC GIANG", {"p": "Bắc Giang", "d": "thành phố Bắc Giang", "own": "d"}),
    ("ĐẢNG BỘ HUYỆN LỤC NAM\nĐẢNG ỦY XÃ BẢO ĐÀI", {"d": "huyện Lục Nam", "c": "xã Bảo Đài", "own": "c"}),
    ("Tin hoạt động cơ sở", {}),
    ("Tỉnh ủy Bắc Giang sơ kết công tác", {"p": "Bắc Giang"}),  # no header: the headline's committee
    # regression (issue 17, committee words once, from data/units.yaml): a headline's district committee is
    # named with its own unit, in either tone placement ("huyện Hải Châu" before), and a board of a district
    # committee in the header names its district as a county's does
    ("Quận ủy Hải Châu sơ kết công tác", {"d": "quận Hải Châu"}),
    ("Thị uỷ Kỳ Anh sơ kết công tác", {"d": "thị xã Kỳ Anh"}),
    ("BAN TUYÊN GIÁO QUẬN ỦY LÊ CHÂN", {"d": "quận Lê Chân", "own": "d"}),
    ("ĐẢNG BỘ THỊ TRẤN ĐÔNG ANH", {"c": "thị trấn Đông Anh", "own": "c"}),
])
def test_header_scope(header, scope):
    from extract.find.document import header_scope

    assert header_scope(f"{header}\n*\nSố 12-TB/TU\n") == scope
