"""Issue 20, document references: the forms real published pages print (SPEC §2, dev/real/NOTES.md 1–12).

Sentences and headers written by us. Canonical ids are compared between mentions of one text
(``_same_id_as`` / ``_other_id_than``), never by their spelling. Rows marked XF fail on c10a159.
"""
from __future__ import annotations

import pytest

from tests.find.real_forms.matching import XF, check, ids

HEADER_TU = ("TỈNH ỦY LẠNG SƠN\n*\nSố 201-BC/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLạng Sơn, ngày 9 tháng 10 năm 2023\n"
             "BÁO CÁO\nkết quả công tác xây dựng Đảng 9 tháng đầu năm 2023\n")


def own(symbol: str, doc_type: str, issuer: str, issued: str | None = None, **more) -> dict:
    """The fields of a document's own number: the header above it gives its issuer (SPEC §2, NOTES 3)."""
    number, codes = symbol.split("-", 1)
    type_code, issuer_code = codes.split("/", 1)
    return {"self": True, "symbol": symbol, "number": number, "type_code": type_code,
            "issuer_code": issuer_code, "doc_type": doc_type, "issuer": issuer, "issued_date": issued, **more}


CASES = [
    # ---- the own number: colon, line break, spaces, no hyphen (NOTES 3) ----
    ("self-so-colon-line-break",
     "TỈNH ỦY LẠNG SƠN\n*\nSố:\n45-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLạng Sơn, ngày 18 tháng 3 năm 2022\nKẾ HOẠCH\n"
     "triển khai công tác tuyên truyền năm 2022\nBan Thường vụ Tỉnh ủy xây dựng kế hoạch như sau.",
     [("Số:\n45-KH/TU", own("45-KH/TU", "Kế hoạch", "Tỉnh ủy Lạng Sơn", "2022-03-18"))], []),
    ("self-space-before-hyphen",
     "HUYỆN ỦY CAN LỘC\n*\nSố 12 -TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nCan Lộc, ngày 02 tháng 8 năm 2021\nTHÔNG BÁO\n"
     "kết luận của Ban Thường vụ Huyện ủy về công tác cán bộ\nNgày 30/7/2021, Ban Thường vụ Huyện ủy họp.",
     [("Số 12 -TB/HU", own("12-TB/HU", "Thông báo", "Huyện ủy Can Lộc", "2021-08-02"))], []),
    ("self-no-hyphen",
     "ĐẢNG ỦY XÃ PHÚC THUẬN\n*\nSố 07 QĐ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nPhúc Thuận, ngày 15 tháng 4 năm 2023\n"
     "QUYẾT ĐỊNH\nvề việc thành lập Tổ giúp việc\nBan Thường vụ Đảng ủy xã quyết định như sau.",
     [("Số 07 QĐ/ĐU", own("07-QĐ/ĐU", "Quyết định", "Đảng ủy xã Phúc Thuận", "2023-04-15"))], []),
    ("self-space-after-hyphen",
     "ĐẢNG ỦY PHƯỜNG HÒA THUẬN\n*\nSố 31- BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nHòa Thuận, ngày 20 tháng 6 năm 2022\n"
     "BÁO CÁO\nsơ kết công tác 6 tháng đầu năm 2022\nTrong 6 tháng đầu năm, Đảng ủy phường đã lãnh đạo toàn diện.",
     [("Số 31- BC/ĐU", own("31-BC/ĐU", "Báo cáo", "Đảng ủy phường Hòa Thuận", "2022-06-20"))], []),
    # the header's committee is the issuer, not the parent committee printed above it
    ("self-issuer-below-parent",
     "ĐẢNG BỘ TỈNH HÀ GIANG\nHUYỆN ỦY BẮC MÊ\n*\nSố 88-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nBắc Mê, ngày 12 tháng 12 "
     "năm 2022\nBÁO CÁO\ntổng kết công tác dân vận năm 2022\nNăm 2022, khối dân vận huyện hoàn thành các nhiệm vụ.",
     [("Số 88-BC/HU", own("88-BC/HU", "Báo cáo", "Huyện ủy Bắc Mê", "2022-12-12"))], []),
    # NOTES 2: a provincial plenum's heading gives the own number's plenum and term
    ("self-plenum-term-from-heading",
     "TỈNH ỦY QUẢNG BÌNH\n*\nSố 152-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Bình, ngày 10 tháng 7 năm 2024\n"
     "NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ CHÍN BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVII)\nvề phát triển du lịch\n"
     "Hội nghị lần thứ chín Ban Chấp hành Đảng bộ tỉnh đã thảo luận và quyết nghị.",
     [("Số 152-NQ/TU", own("152-NQ/TU", "Nghị quyết", "Tỉnh ủy Quảng Bình", "2024-07-10", plenum=9, term=17))],
     []),
    # a page extractor ran the whole header into one line (NOTES, real-text forms)
    ("self-header-one-line",
     "ĐẢNG BỘ HUYỆN KRÔNG BÚK ĐẢNG ỦY XÃ PƠNG DRANG * Số 15 -BC/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Pơng Drang, ngày 06 "
     "tháng 12 năm 2021 BÁO CÁO tình hình thực hiện nhiệm vụ năm 2021 và phương hướng năm 2022 Năm 2021, Đảng ủy "
     "xã lãnh đạo thực hiện đạt 14 chỉ tiêu.",
     [("Số 15 -BC/ĐU", own("15-BC/ĐU", "Báo cáo", "Đảng ủy xã Pơng Drang", "2021-12-06"))], []),
    # ---- codes damaged by OCR: kept as written, the header still decides (NOTES 1) ----
    ("ocr-tu-own-number",
     "TỈNH ỦY HÀ TĨNH\n*\nSố 318-NQ/TƯ\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Tĩnh, ngày 5 tháng 8 năm 2021\nNGHỊ QUYẾT\n"
     "về chuyển đổi số đến năm 2025\nBan Chấp hành Đảng bộ tỉnh quyết nghị.",
     [("Số 318-NQ/TƯ", own("318-NQ/TƯ", "Nghị quyết", "Tỉnh ủy Hà Tĩnh", "2021-08-05"))], []),
    ("ocr-tu-cited-with-term",
     HEADER_TU + "Sau 5 năm thực hiện Chỉ thị 09-CT/TƯ của Tỉnh ủy (khóa XVI), công tác dân vận có chuyển biến.",
     [("Chỉ thị 09-CT/TƯ", {"doc_type": "Chỉ thị", "number": "09", "symbol": "09-CT/TƯ", "type_code": "CT",
                            "issuer_code": "TƯ", "issuer": "Tỉnh ủy", "term": 16, "self": False})], []),
    # "TƯ" where TU is meant is one document with its TU spelling, and not the Central TW one
    ("ocr-tu-identity",
     HEADER_TU + "Thực hiện Nghị quyết số 05-NQ/TƯ, ngày 10/3/2021 của Tỉnh ủy về phát triển nông nghiệp, "
     "các huyện đã xây dựng kế hoạch. Sau ba năm, Nghị quyết 05-NQ/TU đã đi vào cuộc sống. Nghị quyết số "
     "05-NQ/TW của Bộ Chính trị là văn bản khác.",
     [("Nghị quyết số 05-NQ/TƯ", {"symbol": "05-NQ/TƯ", "issued_date": "2021-03-10",
                                  "_same_id_as": "Nghị quyết 05-NQ/TU", "_other_id_than": "Nghị quyết số 05-NQ/TW"})],
     []),
    # SPEC is silent on "ƯBND": kept as written in symbol and issuer_code, like "TƯ" (NOTES 1)
    ("ocr-ubnd-state-code",
     "Thực hiện Quyết định số 1520/QĐ-ƯBND ngày 12/6/2020 của UBND tỉnh, huyện rà soát quỹ đất.",
     [("Quyết định số 1520/QĐ-ƯBND", {"doc_type": "Quyết định", "number": "1520", "symbol": "1520/QĐ-ƯBND",
                                      "type_code": "QĐ", "issuer_code": "ƯBND", "issued_date": "2020-06-12"})],
     []),
    # ---- cited symbols as published ----
    ("cited-space-after-hyphen",
     "Các chi bộ quán triệt Nghị quyết số 11- NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển giao thông.",
     [("Nghị quyết số 11- NQ/HU", {"symbol": "11-NQ/HU", "number": "11", "type_code": "NQ", "issuer_code": "HU"})],
     []),
    ("cited-line-break-in-mention",
     "Các cấp ủy tiếp tục thực hiện Kết luận số\n21-KL/TW của Ban Chấp hành Trung ương về xây dựng Đảng.",
     [("Kết luận số\n21-KL/TW", {"doc_type": "Kết luận", "symbol": "21-KL/TW", "issuer": "Ban Chấp hành Trung ương"})],
     []),
    # NOTES 5: a lower-case type word still makes a reference
    ("cited-lowercase-type-word",
     "Đảng ủy xã thực hiện công văn số 71-CV/ĐU ngày 3/4/2023 và quy định 205-QĐ/TW của Bộ Chính trị.",
     [("công văn số 71-CV/ĐU", {"doc_type": "Công văn", "symbol": "71-CV/ĐU", "issued_date": "2023-04-03"}),
      ("quy định 205-QĐ/TW", {"doc_type": "Quy định", "symbol": "205-QĐ/TW", "issuer": "Bộ Chính trị"})], []),
    # ---- joint and compound State symbols ----
    # SPEC: State symbols keep the symbol as written; the issuer part of a joint symbol is all of it
    ("state-joint-resolution",
     "Căn cứ Nghị quyết liên tịch số 04/2021/NQLT-CP-UBTWMTTQVN về phối hợp giám sát, huyện triển khai thực hiện.",
     [("Nghị quyết liên tịch số 04/2021/NQLT-CP-UBTWMTTQVN",
       {"doc_type": "Nghị quyết liên tịch", "number": "04", "symbol": "04/2021/NQLT-CP-UBTWMTTQVN",
        "type_code": "NQLT", "issuer_code": "CP-UBTWMTTQVN"})], []),
    ("state-coordination-rules",
     "Hai cơ quan ký Quy chế phối hợp số 02/QCPH-UBND-UBMTTQ về tiếp nhận ý kiến của nhân dân.",
     [("Quy chế phối hợp số 02/QCPH-UBND-UBMTTQ",
       {"doc_type": "Quy chế phối hợp", "number": "02", "symbol": "02/QCPH-UBND-UBMTTQ", "type_code": "QCPH",
        "issuer_code": "UBND-UBMTTQ"})], []),
    ("state-joint-circular",
     "Việc chi trả phụ cấp thực hiện theo Thông tư liên tịch số 12/2015/TTLT-BNV-BTC.",
     [("Thông tư liên tịch số 12/2015/TTLT-BNV-BTC",
       {"doc_type": "Thông tư liên tịch", "number": "12", "symbol": "12/2015/TTLT-BNV-BTC", "type_code": "TTLT",
        "issuer_code": "BNV-BTC"})], []),
    ("state-joint-circular-lowercase",
     "Hồ sơ được lập theo thông tư liên tịch số 01/2019/TTLT-BTP-BCA ngày 2/5/2019.",
     [("thông tư liên tịch số 01/2019/TTLT-BTP-BCA",
       {"doc_type": "Thông tư liên tịch", "symbol": "01/2019/TTLT-BTP-BCA", "type_code": "TTLT",
        "issued_date": "2019-05-02"})], []),
    # ---- a National Assembly resolution by number is not the Party's NQ/TW ----
    ("qh-resolution-not-party-resolution",
     "Tỉnh triển khai Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương và Nghị quyết 25 của Quốc hội "
     "khóa XIV về công tác giám sát.",
     [("Nghị quyết 25", {"doc_type": "Nghị quyết", "number": "25", "symbol": None, "issuer": "Quốc hội",
                         "term": 14, "_other_id_than": "Nghị quyết số 25-NQ/TW"})], []),
    ("qh-resolution-not-politburo-number",
     "Nghị quyết 43 của Bộ Chính trị và Nghị quyết 43 của Quốc hội khóa XV đều được quán triệt tại hội nghị.",
     [("Nghị quyết 43", {"number": "43", "issuer": "Bộ Chính trị", "term": None}),
      ("Nghị quyết 43", {"number": "43", "issuer": "Quốc hội", "term": 15, "_other_id_than": "Nghị quyết 43"})],
     []),
    # ---- a numbered mention without codes after the body that issued it ----
    ("nocode-after-issuing-body",
     "Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số 09 về tăng cường công tác phòng, chống thiên tai.",
     [("Chỉ thị số 09", {"doc_type": "Chỉ thị", "number": "09", "symbol": None, "issuer": "Ban Thường vụ Huyện ủy",
                         "subject": "tăng cường công tác phòng, chống thiên tai"})], []),
    # SPEC §2: a number without codes resolves like its coded form
    ("nocode-resolves-like-coded-form",
     "HUYỆN ỦY ĐÔNG SƠN\n*\nSố 140-BC/HU\nĐông Sơn, ngày 20 tháng 11 năm 2023\nBÁO CÁO\nsơ kết công tác phòng, "
     "chống thiên tai\nNăm 2023, Ban Thường vụ Huyện ủy ban hành Chỉ thị số 09 về phòng, chống thiên tai. "
     "Sau một năm, Chỉ thị số 09-CT/HU được các chi bộ thực hiện nghiêm.",
     [("Chỉ thị số 09", {"number": "09", "symbol": None, "_same_id_as": "Chỉ thị số 09-CT/HU"})], []),
    # NOTES 6: a short name is a code-less reference
    ("nocode-short-name",
     "Đảng ủy Khối ban hành Quy định số 12-QĐ/ĐUK về chế độ báo cáo (gọi tắt là Quy định 12) để các chi bộ "
     "thực hiện.",
     [("Quy định 12", {"doc_type": "Quy định", "number": "12", "symbol": None})], []),
    # ---- an issue date written before the mention (NOTES 10) ----
    ("issued-before-full-date",
     "Ngày 12/3/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 115-KH/TU về tổng kết công tác dân vận.",
     [("Kế hoạch số 115-KH/TU", {"issued_date": "2024-03-12", "issuer": "Ban Thường vụ Tỉnh ủy",
                                 "subject": "tổng kết công tác dân vận"})], []),
    ("issued-before-day-month",
     "Huyện ủy Thạch Hà ban hành kết luận\n\n08:00 14/03/2024\n\nNgày 12/3, Ban Thường vụ Huyện ủy ban hành "
     "Kết luận số 210-KL/HU về công tác chuyển đổi số.",
     [("Kết luận số 210-KL/HU", {"issued_date": "2024-03-12", "issuer": "Ban Thường vụ Huyện ủy"})], []),
    ("issued-before-nocode",
     "Ngày 5/9/2022, Ban Thường vụ Thành ủy ban hành Chỉ thị số 17 về bảo đảm trật tự đô thị.",
     [("Chỉ thị số 17", {"number": "17", "issued_date": "2022-09-05", "issuer": "Ban Thường vụ Thành ủy"})], []),
    # a meeting's date is no issue date: the verb is "quán triệt", not "ban hành"
    ("issued-before-negative-meeting-date",
     "Ngày 12/3/2024, Đảng ủy xã tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị.",
     [("Chỉ thị số 35-CT/TW", {"issued_date": None, "issuer": "Bộ Chính trị"})],
     [("Chỉ thị số 35-CT/TW", {"issued_date": "2024-03-12"})]),
    # NOTES 12: generic mentions are no references
    ("generic-mentions-negative",
     "Các cấp ủy quán triệt các nghị quyết của Trung ương; Ban Thường vụ ra Quyết định kết nạp đảng viên. "
     "Quy định này có hiệu lực kể từ ngày ký.",
     [], ["các nghị quyết của Trung ương", "Quyết định kết nạp", "Quy định này"]),
    # ---- issuers: a congress, a plenum, complete names ----
    ("congress-provincial",
     "Các ngành tập trung thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII về phát triển hạ tầng.",
     [("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
       {"doc_type": "Nghị quyết", "issuer": "Đại hội Đảng bộ tỉnh", "congress": 17, "symbol": None})], []),
    ("congress-national-short",
     "Chi bộ học tập Nghị quyết Đại hội XIII của Đảng trong tháng 4.",
     [("Nghị quyết Đại hội XIII", {"doc_type": "Nghị quyết", "issuer": "Đại hội Đảng toàn quốc", "congress": 13})],
     []),
    ("congress-national-long",
     "Đưa Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng vào cuộc sống là nhiệm vụ trọng tâm.",
     [("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII",
       {"doc_type": "Nghị quyết", "issuer": "Đại hội Đảng toàn quốc", "congress": 13})], []),
    # NOTES 8: a district page's "nghị quyết Đại hội lần thứ N" is the district congress's
    ("congress-district-from-context",
     "Chuẩn bị Đại hội Đảng bộ huyện lần thứ XXII\n\nCác tiểu ban đánh giá kết quả thực hiện nghị quyết Đại hội "
     "lần thứ XXI trên các lĩnh vực.",
     [("nghị quyết Đại hội lần thứ XXI", {"doc_type": "Nghị quyết", "issuer": "Đại hội Đảng bộ huyện",
                                          "congress": 21})], []),
    # the Central Committee is the issuer where the mention names it; the short "Hội nghị Trung ương 8" names the
    # plenum only, and the dev gold (002_…: "Nghị quyết Hội nghị Trung ương 7 khóa XII") leaves its issuer empty
    ("plenum-central-numbered",
     "Tỉnh ủy ban hành chương trình hành động thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương "
     "Đảng khóa XIII.",
     [("Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII",
       {"doc_type": "Nghị quyết", "issuer": "Ban Chấp hành Trung ương", "plenum": 8, "term": 13})], []),
    ("plenum-short-names-no-body",
     "Tỉnh ủy ban hành chương trình hành động thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XIII.",
     [("Nghị quyết Hội nghị Trung ương 8 khóa XIII",
       {"doc_type": "Nghị quyết", "issuer": None, "plenum": 8, "term": 13})], []),
    # NOTES 9: no khóa beside it, no term
    ("plenum-central-in-words",
     "Tiếp tục thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương về công tác dân số.",
     [("Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương",
       {"doc_type": "Nghị quyết", "issuer": "Ban Chấp hành Trung ương", "plenum": 6, "term": None})], []),
    ("issuer-inspection-committee",
     "Thực hiện Kế hoạch số 20-KH/UBKTTU ngày 4/1/2024 của Ủy ban Kiểm tra Tỉnh ủy, các huyện tự kiểm tra.",
     [("Kế hoạch số 20-KH/UBKTTU", {"issuer": "Ủy ban Kiểm tra Tỉnh ủy", "issued_date": "2024-01-04"})], []),
    ("issuer-bloc-committee",
     "Theo Hướng dẫn số 05-HD/ĐUK ngày 2/3/2023 của Đảng ủy Khối Doanh nghiệp tỉnh, các chi bộ đánh giá "
     "chất lượng.",
     [("Hướng dẫn số 05-HD/ĐUK", {"issuer": "Đảng ủy Khối Doanh nghiệp tỉnh", "issued_date": "2023-03-02"})], []),
    ("issuer-propaganda-board",
     "Các chi bộ tổ chức học tập theo Hướng dẫn số 118-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy.",
     [("Hướng dẫn số 118-HD/BTGTU", {"issuer": "Ban Tuyên giáo Tỉnh ủy"})], []),
    ("issuer-central-committee-lowercase",
     "Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban chấp hành Trung ương Đảng khóa XIII, Tỉnh ủy ban "
     "hành kế hoạch.",
     [("Nghị quyết số 21-NQ/TW", {"issuer": "Ban Chấp hành Trung ương", "term": 13, "issued_date": "2022-06-16"})],
     []),
    # a comma between the congress's organisation and "lần thứ"
    ("congress-comma-before-ordinal",
     "Chi bộ thôn An Lạc rà soát các chỉ tiêu của Nghị quyết Đại hội Đảng bộ xã, lần thứ XIV đến cuối năm 2023.",
     [("Nghị quyết Đại hội Đảng bộ xã, lần thứ XIV",
       {"doc_type": "Nghị quyết", "congress": 14, "issuer": "Đại hội Đảng bộ xã"})], []),
    ("congress-comma-no-ordinal-negative",
     "Đại hội Đảng bộ xã, 15 đại biểu vắng mặt có lý do, đã thông qua nghị quyết.",
     [], ["Đại hội Đảng bộ xã, 15"]),
    # "Báo Pháp Luật …" is a newspaper, not a law
    ("law-newspaper-name-negative",
     "Theo Báo Pháp Luật TP.HCM, huyện đã kết nạp 40 đảng viên trong năm; tin do Pháp Luật Việt Nam đăng lại.",
     [], ["Luật TP", "Luật Việt Nam"]),
    ("law-name-after-other-word",
     "Cán bộ xã được tập huấn Luật Đất đai và Luật Hôn nhân và gia đình.",
     [("Luật Đất đai", {"doc_type": "Luật"})], []),
    # the body that issues it, with its term, before the mention; the date after a label's colon
    ("issuer-term-before-mention",
     "Tin tổng hợp: Ngày 3-5-2021, Ban Chấp hành Đảng bộ huyện khóa XX đã ban hành Nghị quyết số 04-NQ/HU về "
     "phát triển du lịch.",
     [("Nghị quyết số 04-NQ/HU", {"issuer": "Ban Chấp hành Đảng bộ huyện", "term": 20,
                                  "issued_date": "2021-05-03"})], []),
    # a term written after the reference is the reference's own, whatever stands before
    ("issuer-term-before-yields-to-after-negative",
     "Ban Thường vụ Tỉnh ủy khóa XVI ban hành Kế hoạch thực hiện Nghị quyết số 19-NQ/TW khóa XII.",
     [("Nghị quyết số 19-NQ/TW", {"term": 12})], []),
    # the issuer as written (the gold of d06 keeps "uỷ"); either tone placement is one word (SPEC §1)
    ("issuer-standing-board-old-tone",
     "Các xã triển khai Chỉ thị số 14-CT/HU của Ban Thường vụ Huyện uỷ Hướng Hóa về công tác tuyển quân.",
     [("Chỉ thị số 14-CT/HU", {"issuer": "Ban Thường vụ Huyện uỷ Hướng Hóa", "symbol": "14-CT/HU"})], []),
]


@pytest.mark.parametrize("case_id, text, expected, absent", CASES, ids=ids(CASES))
def test_refs_real(case_id, text, expected, absent):
    check(text, "doc_refs", expected, absent)
