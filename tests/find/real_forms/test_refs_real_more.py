"""Issue 20, document references, second table: the headers, codes, bodies and names real pages print
(SPEC §2, dev/real/NOTES.md 1–12), each rule with its negatives. Sentences and headers written by us; every
row fails on d423b6d but the negatives and guards marked ``(holds)``, which keep the new rules from reaching
too far.
"""
from __future__ import annotations

import pytest

from tests.find.real_forms.matching import check, ids


def state_header(body: str, place: str, number: str, date: str, kind: str, rest: str) -> str:
    """A State document's two-column header as a page extractor flattens it: the body, rules and table bars,
    the national motto, the number, the place-date line, the kind heading."""
    return (f"{body}\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n"
            f"Số:\n{number}\n|\n{place}, ngày\n{date}\n|\n{kind}\n{rest}")


CASES = [
    # ---- the body above an own number (NOTES 3: "the own number's issuer comes from the header above it") ----
    ("state-own-number-under-motto",
     state_header("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM", "Hà Nam", "27/2023/QĐ-UBND", "14 tháng 9 năm 2023", "QUYẾT ĐỊNH",
                  "BAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Đầu tư;"),
     [("Số:\n27/2023/QĐ-UBND", {"self": True, "doc_type": "Quyết định", "symbol": "27/2023/QĐ-UBND",
                                "issuer": "Ủy ban nhân dân tỉnh Hà Nam", "issued_date": "2023-09-14"})], []),
    # a council's name broken over three lines; its term in the preamble's "KHÓA X"
    ("state-council-broken-name-and-term",
     state_header("HỘI ĐỒNG\nNHÂN DÂN\nTỈNH BẾN TRE", "Bến Tre", "08/2022/NQ-HĐND", "20 tháng 7 năm 2022",
                  "NGHỊ QUYẾT", "VỀ CHÍNH SÁCH HỖ TRỢ NÔNG DÂN\nHỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE,\nKHÓA X - KỲ HỌP THỨ 5\n"
                  "Căn cứ Luật Tổ chức chính quyền địa phương;"),
     [("Số:\n08/2022/NQ-HĐND", {"self": True, "doc_type": "Nghị quyết", "issuer": "Hội đồng nhân dân tỉnh Bến Tre",
                                "term": 10, "issued_date": "2022-07-20"})], []),
    ("state-committee-word-broken",
     state_header("ỦY\nBAN NHÂN DÂN\nTỈNH KON TUM", "Kon Tum", "15/2021/QĐ-UBND", "2 tháng 4 năm 2021", "QUYẾT ĐỊNH",
                  "QUY ĐỊNH MỨC THU PHÍ\nỦY BAN NHÂN DÂN TỈNH KON TUM"),
     [("Số:\n15/2021/QĐ-UBND", {"self": True, "issuer": "Ủy ban nhân dân tỉnh Kon Tum"})], []),
    # a State own number's kind is its heading's, even when the code was mistyped
    ("state-heading-decides-kind",
     state_header("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN", "Tuy Hòa", "31/2006/CT-UBND", "9 tháng 8 năm 2006", "QUYẾT ĐỊNH",
                  "VỀ VIỆC BAN HÀNH KẾ HOẠCH\nỦY BAN NHÂN DÂN TỈNH PHÚ YÊN"),
     [("Số:\n31/2006/CT-UBND", {"self": True, "doc_type": "Quyết định", "type_code": "CT"})], []),
    # (holds) … but a Party copy's number stays a Bản sao above the heading of what it copies
    ("party-copy-keeps-its-kind",
     "TỈNH ỦY LONG AN\nVĂN PHÒNG\n*\nSố 84-BS/VPTU\nLong An, ngày 3 tháng 5 năm 2023\nTHÔNG BÁO\nkết luận của "
     "Thường trực Tỉnh ủy",
     [("Số 84-BS/VPTU", {"self": True, "doc_type": "Bản sao", "issuer": "Văn phòng Tỉnh ủy Long An"})], []),
    # a legal database's "Số hiệu:" and the page title before it name the document itself
    ("legal-database-number-label",
     "Quyết định 412/QĐ-UBND năm 2021 phê duyệt đề án phát triển du lịch\nSố hiệu: 412/QĐ-UBND Loại văn bản: "
     "Quyết định\nNơi ban hành: Tỉnh Đồng Tháp\n\nỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
     "VIỆT NAM\nĐộc lập - Tự do – Hạnh phúc\n---------------\n\nSố: 412/QĐ-UBND\n\nĐồng Tháp, ngày 05 tháng 3 năm "
     "2021\n\nQUYẾT ĐỊNH\n\nPHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH",
     [("Quyết định 412/QĐ-UBND", {"self": True, "issuer": "Ủy ban nhân dân tỉnh Đồng Tháp", "issued_date": "2021-03-05"}),
      ("Số hiệu: 412/QĐ-UBND", {"self": True, "doc_type": "Quyết định", "issuer": "Ủy ban nhân dân tỉnh Đồng Tháp"}),
      ("Số: 412/QĐ-UBND", {"self": True, "issuer": "Ủy ban nhân dân tỉnh Đồng Tháp"})], []),
    # an institution's committee, its name over two lines with blank lines between
    ("institution-committee-header",
     "ĐẢNG BỘ KHỐI CÁC TRƯỜNG ĐẠI HỌC\n\nĐẢNG ỦY TRƯỜNG ĐẠI HỌC\n\nY DƯỢC HẢI PHÒNG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n*\n\n"
     "Số 45-QĐ/ĐU\n\nHải Phòng, ngày 10 tháng 10 năm 2022\n\nQUYẾT ĐỊNH\n\nvề việc chuẩn y kết quả bầu cử",
     [("Số 45-QĐ/ĐU", {"self": True, "doc_type": "Quyết định",
                       "issuer": "Đảng ủy Trường Đại học Y Dược Hải Phòng", "issued_date": "2022-10-10"})], []),
    # a header run into one line: a board after its committee's name and place
    ("one-line-header-board",
     "TỈNH ỦY NINH BÌNH BAN TUYÊN GIÁO * Số 120-HD/BTGTU ĐẢNG CỘNG SẢN VIỆT NAM Ninh Bình, ngày 3 tháng 4 năm 2023 "
     "HƯỚNG DẪN tuyên truyền kỷ niệm ngày thành lập Đảng",
     [("Số 120-HD/BTGTU", {"self": True, "issuer": "Ban Tuyên giáo Tỉnh ủy Ninh Bình", "issued_date": "2023-04-03"})],
     []),
    ("one-line-header-inspection-committee",
     "ĐẢNG BỘ TỈNH ĐẮK NÔNG ỦY BAN KIỂM TRA * Số 56-TB/UBKTTU ĐẢNG CỘNG SẢN VIỆT NAM Gia Nghĩa, ngày 11 tháng 5 năm 2022 "
     "THÔNG BÁO kết quả kỳ họp",
     [("Số 56-TB/UBKTTU", {"self": True, "issuer": "Ủy ban Kiểm tra Tỉnh ủy Đắk Nông"})], []),
    # NOTES 2 with an ordinal in two words; (holds) a plenum named in a Kế hoạch's title is not the own plenum
    ("own-plenum-two-word-ordinal",
     "TỈNH ỦY CAO BẰNG\n*\nSố 40-NQ/TU\nCao Bằng, ngày 8 tháng 12 năm 2023\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ MƯỜI HAI BAN "
     "CHẤP HÀNH ĐẢNG BỘ TỈNH\n(KHÓA XIX)\nvề phát triển kinh tế cửa khẩu",
     [("Số 40-NQ/TU", {"self": True, "plenum": 12, "term": 19, "issuer": "Tỉnh ủy Cao Bằng"})], []),
    ("own-number-cited-plenum-in-title-negative",
     "TỈNH ỦY CAO BẰNG\n*\nSố 41-KH/TU\nCao Bằng, ngày 9 tháng 12 năm 2023\nKẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT\nHỘI NGHỊ "
     "LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII\nvề bảo vệ Tổ quốc",
     [("Số 41-KH/TU", {"self": True, "plenum": None, "term": None})], []),
    # NOTES 1: "TƯ" of a central document (its issuer says so) is the central TW, one id with its TW spelling
    ("ocr-tu-central-by-issuer",
     "Ngày 20/9, Đảng ủy xã học tập Quy định số 22-QĐ/TƯ ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác "
     "kiểm tra. Quy định 22-QĐ/TW được quán triệt đến từng chi bộ.",
     [("Quy định số 22-QĐ/TƯ", {"symbol": "22-QĐ/TƯ", "issuer_code": "TƯ", "issuer": "Ban Chấp hành Trung ương",
                                "_same_id_as": "Quy định 22-QĐ/TW"})], []),

    # ---- codes ----
    ("joint-circular-slash-and-between",
     "Căn cứ Thông tư liên tịch số: 50/2015/TTLT/BTC-BNV ngày 3/4/2015 giữa Bộ Tài chính và Bộ Nội vụ hướng dẫn "
     "chế độ chi tiêu;",
     [("Thông tư liên tịch số: 50/2015/TTLT/BTC-BNV",
       {"doc_type": "Thông tư liên tịch", "symbol": "50/2015/TTLT/BTC-BNV", "type_code": "TTLT", "issuer_code": "BTC-BNV",
        "issued_date": "2015-04-03", "issuer": "Bộ Tài chính và Bộ Nội vụ"})], []),
    ("joint-circular-both-ministries",
     "Căn cứ Thông tư liên tịch số 07/2016/TTLT-BYT-BNV ngày 15/4/2016 của Bộ Y tế và Bộ Nội vụ quy định nhiệm vụ;",
     [("Thông tư liên tịch số 07/2016/TTLT-BYT-BNV", {"issuer": "Bộ Y tế và Bộ Nội vụ"})], []),
    # (holds) a document of one body keeps one issuer
    ("one-body-not-joint",
     "Căn cứ Thông tư số 10/2019/TT-BNV ngày 3/7/2019 của Bộ Nội vụ và Bộ Tài chính về việc hướng dẫn;",
     [("Thông tư số 10/2019/TT-BNV", {"issuer": "Bộ Nội vụ"})], []),
    ("personnel-decision-code",
     "Bộ Chính trị đã ban hành Quyết định số 1750-QĐNS/TW về việc chuẩn y nhân sự Ban Thường vụ Tỉnh ủy.",
     [("Quyết định số 1750-QĐNS/TW", {"doc_type": "Quyết định", "symbol": "1750-QĐNS/TW", "type_code": "QĐNS",
                                      "issuer_code": "TW", "issuer": "Bộ Chính trị"})], []),
    ("type-code-as-written-after-type-word",
     "Ông được điều động theo Quyết định số 881- QĐSN/TW ngày 4/1/2021 của Bộ Chính trị.",
     [("Quyết định số 881- QĐSN/TW", {"symbol": "881-QĐSN/TW", "type_code": "QĐSN", "issuer": "Bộ Chính trị",
                                      "issued_date": "2021-01-04"})], []),
    # (holds) no type word: an unknown code is no symbol
    ("unknown-code-without-type-word",
     "Lô hàng 45-AB/KT được kiểm tra vào cuối tháng.", [], ["45-AB/KT"]),
    ("action-programme-code",
     "Thực hiện Chương trình hành động số 52-CTHĐ/TU ngày 2/10/2021 của Tỉnh ủy, huyện lập kế hoạch.",
     [("Chương trình hành động số 52-CTHĐ/TU", {"doc_type": "Chương trình", "type_code": "CTHĐ", "issuer": "Tỉnh ủy",
                                                "issued_date": "2021-10-02"})], []),
    ("action-programme-code-bare",
     "Các sở bám sát văn bản 52-CTHĐ/TU để triển khai.",
     [("52-CTHĐ/TU", {"doc_type": "Chương trình", "symbol": "52-CTHĐ/TU"})], []),
    ("submission-spaced-hyphen-line-break",
     "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 215/TTr - \nSTNMT ngày 9/8/2022,",
     [("Tờ trình số 215/TTr - \nSTNMT", {"doc_type": "Tờ trình", "symbol": "215/TTr-STNMT", "issuer_code": "STNMT",
                                         "issued_date": "2022-08-09", "issuer": "Sở Tài nguyên và Môi trường"})], []),
    ("submission-issuer-only",
     "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 88/STP ngày 4/5/2021,",
     [("Tờ trình số 88/STP", {"doc_type": "Tờ trình", "symbol": "88/STP", "type_code": None, "issuer_code": "STP",
                              "issuer": "Sở Tư pháp"})], []),
    # (holds) a number over a body's code is a symbol only after a type word
    ("number-over-body-without-type-word-negative",
     "Hồ sơ lưu trữ số 88/STP ở kho của sở.", [], ["88/STP"]),
    # SPEC §2: QĐ of a State symbol is a Quyết định; of a bare Party symbol a Quy định
    ("state-qd-is-decision",
     "Các phòng làm theo văn bản 1120/QĐ-UBND và 24-QĐ/TW.",
     [("1120/QĐ-UBND", {"doc_type": "Quyết định"}), ("24-QĐ/TW", {"doc_type": "Quy định"})], []),
    ("state-letter-spaced-hyphen",
     "Văn phòng Chính phủ có công văn số 3127/VPCP - KTTH ngày 5/5/2023 gửi các bộ.",
     [("công văn số 3127/VPCP - KTTH", {"doc_type": "Công văn", "symbol": "3127/VPCP-KTTH", "issuer_code": "VPCP",
                                        "issued_date": "2023-05-05"})], []),

    # ---- numbers without codes ----
    ("nocode-with-so-and-body-after",
     "Hội nghị thông qua công văn số 2140 ngày 15/3/2023 của Ban Tổ chức Tỉnh ủy về công tác cán bộ.",
     [("công văn số 2140", {"doc_type": "Công văn", "number": "2140", "symbol": None, "issuer": "Ban Tổ chức Tỉnh ủy",
                            "issued_date": "2023-03-15", "subject": "công tác cán bộ"})], []),
    ("nocode-with-so-alone",
     "Theo Thông báo số 56, các chi bộ tổ chức sinh hoạt chuyên đề.",
     [("Thông báo số 56", {"doc_type": "Thông báo", "number": "56", "symbol": None})], []),
    # (holds) "luật" in lowercase is no law: "kỷ luật"
    ("nocode-lowercase-law-is-discipline-negative",
     "Ban Thường vụ thi hành kỷ luật 3 Huyện ủy viên vi phạm.", [], ["luật 3"]),
    # (holds) a body written without "của" after a bare number does not make it a reference
    ("nocode-body-without-cua-negative",
     "Trong Quyết định 40 Ban Thường vụ Huyện ủy nêu rõ trách nhiệm.", [], ["Quyết định 40"]),
    # (holds) the body's codes agree with the coded mention's
    ("nocode-prime-minister-resolves-like-coded",
     "Thực hiện Quyết định số 1600/QĐ-TTg ngày 6/8/2021, các xã triển khai. Quyết định 1600 của Thủ tướng Chính phủ "
     "nêu rõ mục tiêu.",
     [("Quyết định 1600", {"number": "1600", "symbol": None, "issuer": "Thủ tướng Chính phủ", "type_code": "QĐ",
                           "issuer_code": "TTg", "_same_id_as": "Quyết định số 1600/QĐ-TTg"})], []),
    # the codes of a number written before its coded mention
    ("nocode-codes-from-later-mention",
     "Chương trình thực hiện Nghị quyết số 57 của tỉnh\nBộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW ngày "
     "22/12/2024 về khoa học.",
     [("Nghị quyết số 57", {"type_code": "NQ", "issuer_code": "TW", "_same_id_as": "Nghị quyết số 57-NQ/TW"})], []),

    # ---- an issue date before the mention (NOTES 10) ----
    ("issued-before-date-in-words",
     "Ngày 3 tháng 5 năm 2022, Ủy ban Kiểm tra Tỉnh ủy ban hành Kế hoạch số 08-KH/UBKTTU về giám sát.",
     [("Kế hoạch số 08-KH/UBKTTU", {"issued_date": "2022-05-03", "issuer": "Ủy ban Kiểm tra Tỉnh ủy"})], []),
    # a day without its year after the dateline's: the year before
    ("issued-before-day-of-previous-year",
     "Tỉnh ủy ban hành chỉ thị về Tết\n\n05/01/2024 09:10\n\nNgày 28/12, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số "
     "30-CT/TU về tổ chức Tết.",
     [("Chỉ thị số 30-CT/TU", {"issued_date": "2023-12-28"})], []),
    # the sentence's date is the one issued in it, not the one cited before it
    ("issued-before-only-the-issued-one",
     "Ngày 5/3/2024, thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Tỉnh ủy ban hành Kế hoạch số "
     "20-KH/TU về học tập.",
     [("Chỉ thị số 05-CT/TW", {"issued_date": "2016-05-15", "issuer": "Bộ Chính trị"}),
      ("Kế hoạch số 20-KH/TU", {"issued_date": "2024-03-05", "issuer": "Tỉnh ủy"})], []),
    # (holds) a cited document's date in mid-sentence is not the next one's
    ("issued-before-mid-sentence-negative",
     "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU.",
     [("Kế hoạch số 12-KH/TU", {"issued_date": None})], []),

    # ---- issuers ----
    # a page that lost "của" names the body right after the date (d03)
    ("issuer-without-cua-after-date",
     "-Căn Hướng dẫn số 26-HD/BTCTW ngày 9/11/2022 Ban Tổ chức Trung ương; công văn số 80-CV/HU ngày 2/12/2022 "
     "kiểm điểm cuối năm",
     [("Hướng dẫn số 26-HD/BTCTW", {"issuer": "Ban Tổ chức Trung ương", "issued_date": "2022-11-09"}),
      ("công văn số 80-CV/HU", {"issuer": None})], []),
    # (holds) … but a body that acts in its own clause is no issuer
    ("issuer-acting-body-negative",
     "Thực hiện Kế hoạch số 12-KH/TU Ban Thường vụ Huyện ủy đã chỉ đạo các xã tổ chức học tập.",
     [("Kế hoạch số 12-KH/TU", {"issuer": None})], []),
    ("issuer-acting-by-decision",
     "Tại Quyết định 2031/QĐ-TTg ngày 5/12/2022, Thủ tướng Chính phủ bổ nhiệm ông Hà Minh Tâm giữ chức Thứ trưởng.",
     [("Quyết định 2031/QĐ-TTg", {"issuer": "Thủ tướng Chính phủ", "issued_date": "2022-12-05"})], []),
    ("issuer-acting-by-decision-passive",
     "Bà Lê Thu Hà được Bộ trưởng Bộ Nội vụ bổ nhiệm giữ chức Vụ trưởng tại Quyết định 105/QĐ-BNV ngày 1/3/2023.",
     [("Quyết định 105/QĐ-BNV", {"issuer": "Bộ trưởng Bộ Nội vụ"})], []),
    ("issuer-board-of-institution-committee",
     "Căn cứ Hướng dẫn số 03-HD/BTCĐU ngày 2/2/2022 của Ban Tổ chức Đảng ủy Trường Đại học Cần Thơ về kết nạp đảng "
     "viên;",
     [("Hướng dẫn số 03-HD/BTCĐU", {"issuer": "Ban Tổ chức Đảng ủy Trường Đại học Cần Thơ"})], []),
    ("issuer-written-in-lowercase",
     "Các đơn vị triển khai Nghị quyết số 12 của Ban thường vụ Tỉnh ủy Nghệ An về giáo dục chính trị.",
     [("Nghị quyết số 12", {"issuer": "Ban Thường vụ Tỉnh ủy Nghệ An", "issuer_code": "TU"})], []),
    # the end of a longer body's name is not the body
    ("issuer-end-of-longer-name-negative",
     "Ngày 2/10, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 77-CV/ĐU về tuyên truyền.",
     [("Công văn số 77-CV/ĐU", {"issued_date": None})], [("Công văn số 77-CV/ĐU", {"issuer": "UBND tỉnh"})]),
    # a plenum's resolution listed before a local one does not take its body
    ("plenum-list-keeps-central-negative",
     "Cán bộ học tập Nghị quyết TW 8 và Nghị quyết 05 của Ban Thường vụ Tỉnh ủy trong quý.",
     [("Nghị quyết 05", {"issuer": "Ban Thường vụ Tỉnh ủy"})],
     [("Nghị quyết TW 8", {"issuer": "Ban Thường vụ Tỉnh ủy"})]),

    # ---- congress resolutions (NOTES 8) ----
    ("congress-organisation-after-number",
     "Sau ba năm thực hiện Nghị quyết Đại hội lần thứ XV Đảng bộ thành phố Cần Thơ, kinh tế tăng trưởng khá.",
     [("Nghị quyết Đại hội lần thứ XV Đảng bộ thành phố Cần Thơ",
       {"issuer": "Đại hội Đảng bộ thành phố Cần Thơ", "congress": 15})], []),
    ("congress-in-capitals",
     "TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXII",
     [("NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXII", {"issuer": "Đại hội Đảng bộ huyện", "congress": 22})], []),
    ("congress-khoa-not-in-issuer",
     "Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Giang khóa XVII đến chi bộ.",
     [("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Giang khóa XVII",
       {"issuer": "Đại hội Đảng bộ tỉnh Hà Giang", "congress": 17})], []),
    # (holds) nothing in the text says whose congress: no issuer
    ("congress-unknown-negative",
     "Các xã quán triệt nghị quyết Đại hội lần thứ XX.",
     [("nghị quyết Đại hội lần thứ XX", {"issuer": None, "congress": 20})], []),

    # ---- named documents ----
    ("amending-law-is-one-reference",
     "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở ngày 29/6/2024;",
     [("Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở",
       {"doc_type": "Luật", "issued_date": "2024-06-29"})], [("Luật Nhà ở", {}), ("Luật Đất đai", {})]),
    # (holds) an amending law that names no law is no reference
    ("amending-without-law-name-negative",
     "Quốc hội thông qua Luật sửa đổi, bổ sung các luật liên quan đến đầu tư.", [], ["Luật sửa đổi"]),
    ("law-name-with-and",
     "Căn cứ Luật Tổ chức HĐND và UBND năm 2003;",
     [("Luật Tổ chức HĐND và UBND", {"doc_type": "Luật"})], []),
    # (holds) a law's name stops before another document's type word
    ("law-name-stops-before-another-document",
     "Căn cứ Luật Đất đai và Nghị định số 43/2014/NĐ-CP của Chính phủ;",
     [("Luật Đất đai", {"doc_type": "Luật"})], []),
    ("charter-alone",
     "Việc bầu cử phải thực hiện đúng Điều lệ, quy chế và hướng dẫn của cấp trên.",
     [("Điều lệ", {"doc_type": "Điều lệ", "symbol": None})], []),
    # (holds) another body's charter is not the Party's
    ("another-charter-negative",
     "Đại hội thông qua Điều lệ Hội Nông dân Việt Nam sửa đổi.", [], ["Điều lệ Hội"]),
]


@pytest.mark.parametrize("case_id, text, expected, absent", CASES, ids=ids(CASES))
def test_refs_real_more(case_id, text, expected, absent):
    check(text, "doc_refs", expected, absent)
