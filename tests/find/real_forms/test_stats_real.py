"""Issue 20, statistics: the forms real published pages print (SPEC §5, dev/real/NOTES.md 21–22, 30–34).

Sentences and tables written by us. ``category`` (the part a breakdown names) and ``period`` (the
time a figure is about, never a cited document's issue date) follow SPEC §5. The rows of ``CASES`` were
marked as expected failures on c10a159 until the issue-20 work fixed them; ``MORE`` adds a row for each rule
that work wrote, with its negatives (each names the rule it checks).
"""
from __future__ import annotations

import pytest

from tests.find.real_forms.matching import check, ids


def count(value: int, unit: str, **more) -> dict:
    return {"kind": "count", "value": value, "unit": unit, **more}


def measure(value: float, unit: str, **more) -> dict:
    return {"kind": "measure", "value": value, "unit": unit, **more}


def money(value: float, unit: str = "đồng") -> dict:
    return {"kind": "money", "value": value, "unit": unit}


def ratio(num: int, den: int, unit: str) -> dict:
    return {"kind": "ratio", "numerator": num, "denominator": den, "value": num / den, "unit": unit}


CASES = [
    # ---- money written without "đồng", "tỉ" for "tỷ", per-unit rates (NOTES 32) ----
    ("money-million-per-ha-year",
     "Mô hình trồng cam cho giá trị sản xuất đạt 150 triệu/ha/năm.",
     [("150 triệu/ha/năm", money(1.5e8, "đồng/ha/năm"))], []),
    # held-out real pages: a rate per commune or other unit keeps its base; percentage points are a measure
    ("money-per-commune",
     "Vốn huy động xây dựng nông thôn mới bình quân 38 tỷ đồng/xã.",
     [("38 tỷ đồng/xã", money(3.8e10, "đồng/xã"))], []),
    ("money-per-cell-without-dong",
     "Mỗi năm tỉnh hỗ trợ 20 triệu/chi bộ để sinh hoạt chuyên đề.",
     [("20 triệu/chi bộ", money(2e7, "đồng/chi bộ"))], []),
    ("percentage-points",
     "Tỷ lệ hộ nghèo giảm 1,2 điểm % so với năm trước.",
     [("1,2 điểm %", measure(1.2, "điểm %"))], []),
    ("percentage-points-in-words",
     "Khu vực dịch vụ đóng góp 2,05 điểm phần trăm vào mức tăng chung.",
     [("2,05 điểm phần trăm", measure(2.05, "điểm phần trăm"))], []),
    ("points-of-a-count-negative",
     "Huyện bố trí 14 điểm cầu trực tuyến.",
     [("14 điểm cầu trực tuyến", {"kind": "count", "value": 14})], []),
    ("money-ti-without-dong",
     "Tổng vốn đầu tư xây dựng trường học của xã là 2,5 tỉ.",
     [("2,5 tỉ", money(2.5e9))], []),
    ("money-per-person-year",
     "Thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm.",
     [("62 triệu đồng/người/năm", money(6.2e7, "đồng/người/năm"))], []),
    # NOTES 34: "hơn", "trên", "gần" stay outside the span
    ("money-ti-dong-qualifier-outside",
     "Qua thanh tra, kiến nghị thu hồi về ngân sách hơn 4,6 tỉ đồng.",
     [("4,6 tỉ đồng", money(4.6e9))], []),
    ("money-billion-without-dong",
     "Huyện dành 1.200 tỷ cho chương trình xây dựng nông thôn mới.",
     [("1.200 tỷ", money(1.2e12))], []),
    # ---- units glued to the number (NOTES 33) ----
    ("glued-hectares",
     "Năm nay, các xã trồng mới 1.200ha rừng sản xuất.",
     [("1.200ha", measure(1200, "ha"))], []),
    ("glued-kilometres",
     "Nhân dân hiến đất, cùng Nhà nước nhựa hóa 35km đường giao thông nông thôn.",
     [("35km", measure(35, "km"))], []),
    ("glued-hectares-per-crop",
     "Diện tích gieo cấy lúa đạt 2.450ha/vụ.",
     [("2.450ha/vụ", measure(2450, "ha/vụ"))], []),
    ("glued-range-en-dash-space",
     "Năng suất lúa bình quân đạt 60– 65tạ/ha.",
     [("60– 65tạ/ha", {"kind": "range", "low": 60, "high": 65, "unit": "tạ/ha"})], []),
    ("glued-square-metres",
     "Nhà văn hóa thôn được xây mới trên diện tích 350m2.",
     [("350m2", measure(350, "m2"))], []),
    # ---- ratios written in words (NOTES 31) ----
    ("ratio-trong-tong-so",
     "Sau nửa nhiệm kỳ, huyện đã hoàn thành 12 trong tổng số 15 chỉ tiêu.",
     [("12 trong tổng số 15 chỉ tiêu", ratio(12, 15, "chỉ tiêu"))], [("15 chỉ tiêu", {})]),
    # SPEC is silent on "trên tổng số": read as "trong tổng số"
    ("ratio-tren-tong-so",
     "Có 7 trên tổng số 9 chi bộ được xếp loại hoàn thành xuất sắc nhiệm vụ.",
     [("7 trên tổng số 9 chi bộ", ratio(7, 9, "chi bộ"))], []),
    ("ratio-slash",
     "Đến nay, đã đạt 16/18 chỉ tiêu Nghị quyết Đại hội đề ra.",
     [("16/18 chỉ tiêu", ratio(16, 18, "chỉ tiêu"))], []),
    # ---- ages: "N tuổi" is a measure; "N năm tuổi đời" a duration; badges nothing (NOTES 21, 22) ----
    ("age-tuoi-measure",
     "Đảng viên trẻ nhất được kết nạp năm nay mới 19 tuổi.",
     [("19 tuổi", measure(19, "tuổi"))], []),
    ("age-tuoi-decimal",
     "Tuổi bình quân của Ban Chấp hành khóa mới là 42,5 tuổi.",
     [("42,5 tuổi", measure(42.5, "tuổi"))], []),
    ("age-years-of-life-negative",
     "Đại biểu cao tuổi nhất có 71 năm tuổi đời, 52 năm tuổi đảng.",
     [], ["71 năm", "52 năm"]),
    ("badge-with-recipients",
     "Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho 14 đảng viên.",
     [("14 đảng viên", count(14, "đảng viên"))], ["Huy hiệu 40 năm"]),
    ("badge-list-negative",
     "Dịp này có 27 đảng viên được trao Huy hiệu 30, 40, 45 và 55 năm tuổi Đảng.",
     [("27 đảng viên", count(27, "đảng viên"))], ["30, 40, 45 và 55 năm"]),
    ("badge-anniversary-negative",
     "Huyện tổ chức mít tinh kỷ niệm 82 năm Ngày thành lập Đảng bộ và 70 năm truyền thống lực lượng vũ trang.",
     [], ["82 năm", "70 năm"]),
    # ---- counts of chapters and articles; article numbers are no counts (NOTES 30) ----
    ("chapters-and-articles",
     "Quy chế làm việc gồm 05 chương, 24 điều, trong đó Chương II gồm 08 điều (từ Điều 7 đến Điều 14).",
     [("05 chương", count(5, "chương")), ("24 điều", count(24, "điều")), ("08 điều", count(8, "điều"))],
     ["Điều 7", "Điều 14"]),
    ("chapters-and-articles-capitals",
     "Quy định có kết cấu 3 Chương, 18 Điều.",
     [("3 Chương", count(3, "Chương")), ("18 Điều", count(18, "Điều"))], []),
    # ---- breakdowns keep the whole's noun and name their part in category ----
    ("breakdown-category-after-trong-do",
     "Năm 2023, toàn Đảng bộ kết nạp 136 đảng viên, trong đó nữ 41, dân tộc thiểu số 18, đoàn viên 77.",
     [("136 đảng viên", count(136, "đảng viên", category=None)),
      ("41", count(41, "đảng viên", category="nữ")),
      ("18", count(18, "đảng viên", category="dân tộc thiểu số")),
      ("77", count(77, "đảng viên", category="đoàn viên"))], []),
    # NOTES 34 gives the noun; SPEC §5 makes each form of discipline a breakdown member, so its category
    ("breakdown-discipline-in-brackets",
     "Các cấp ủy thi hành kỷ luật 96 đảng viên (khiển trách 60, cảnh cáo 25, cách chức 4, khai trừ 7).",
     [("96 đảng viên", count(96, "đảng viên", category=None)),
      ("60", count(60, "đảng viên", category="khiển trách")), ("25", count(25, "đảng viên", category="cảnh cáo")),
      ("4", count(4, "đảng viên", category="cách chức")), ("7", count(7, "đảng viên", category="khai trừ"))], []),
    ("breakdown-after-colon",
     "Đã giới thiệu 64 quần chúng ưu tú cho Đảng xem xét, trong đó: nữ 29, dân tộc thiểu số 22.",
     [("29", count(29, "quần chúng ưu tú", category="nữ")),
      ("22", count(22, "quần chúng ưu tú", category="dân tộc thiểu số"))], []),
    # a count beside another is no breakdown member
    ("breakdown-negative-plain-counts",
     "Năm qua, Đảng bộ kết nạp 25 đảng viên và thành lập mới 3 chi bộ.",
     [("25 đảng viên", count(25, "đảng viên", category=None)), ("3 chi bộ", count(3, "chi bộ", category=None))],
     []),
    # ---- period: the time the figure is about, never a cited document's issue date ----
    ("period-not-cited-date-year-given",
     "Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương, trong năm 2023 Đảng bộ huyện "
     "kết nạp 312 đảng viên.",
     [("312 đảng viên", count(312, "đảng viên", period="2023", period_start="2023-01-01",
                               period_end="2023-12-31"))],
     [("312 đảng viên", {"period": "2021-10-25"})]),
    ("period-not-cited-date-only-date",
     "Sau khi học tập Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, các chi bộ đã kết nạp 48 quần chúng.",
     [("48 quần chúng", count(48, "quần chúng"))], [("48 quần chúng", {"period": "2016-05-15"})]),
    ("period-not-cited-date-with-term",
     "Học tập Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Đảng bộ xã đã kết nạp 9 đảng viên mới.",
     [("9 đảng viên mới", count(9, "đảng viên mới"))], [("9 đảng viên mới", {"period": "2021-09-22"})]),
    ("period-quarter",
     "Quý III/2022, toàn tỉnh kết nạp 410 đảng viên.",
     [("410 đảng viên", count(410, "đảng viên", period="2022-Q3"))], []),
    # the figure is about the report's months, not the year it is compared with
    ("period-report-not-compared-year",
     "Trong 9 tháng đầu năm 2022, toàn tỉnh kết nạp 1.050 đảng viên, tăng 6% so với cùng kỳ 2021.",
     [("1.050 đảng viên", count(1050, "đảng viên", period="2022-01/2022-09"))], []),
    # ---- a plan column in a table is a target ----
    ("target-plan-column",
     "| STT | Chỉ tiêu | Kế hoạch | Thực hiện |\n| 1 | Kết nạp đảng viên | 150 | 163 |",
     [("150", count(150, "đảng viên", target=True)), ("163", count(163, "đảng viên", target=False))], ["1 |"]),
    ("target-chi-tieu-column",
     "| Nội dung | Chỉ tiêu năm 2024 | Kết quả |\n| Thành lập chi bộ mới | 6 | 7 |",
     [("6", {"value": 6, "target": True}), ("7", {"value": 7, "target": False})], []),
    ("target-phan-dau",
     "Năm 2024, Đảng bộ phấn đấu kết nạp 200 đảng viên.",
     [("200 đảng viên", count(200, "đảng viên", target=True))], []),
    # ---- counts as published ----
    # a line break before a lowercase word is a space: the noun reads as "412 đại biểu chính thức tham dự" would
    # (the corpus and real2 gold keep "đại biểu chính thức" whole; "tham dự" ends it)
    ("count-line-break-in-noun",
     "Đại hội có 412 đại\nbiểu chính thức tham dự.",
     [("412 đại\nbiểu chính thức", count(412, "đại biểu chính thức"))], []),
    ("count-staff-abbreviation",
     "Có 5 đ/c được tặng Huy hiệu 60 năm tuổi Đảng.",
     [("5 đ/c", count(5, "đ/c"))], ["60 năm"]),
    # a page's view counter and a weekday are page furniture, not figures of the text
    ("noise-view-counter",
     "Huyện ủy giao ban công tác quý III\n\nThứ Năm, 12/10/2023 15:20 | Lượt xem: 2.318\n\nHội nghị đánh giá "
     "kết quả kết nạp 48 đảng viên.",
     [("48 đảng viên", count(48, "đảng viên"))], ["2.318"]),
    # SPEC §5: numbers in quoted slogans and list markers are not statistics
    ("noise-slogan-and-markers",
     "Chi bộ thực hiện phong trào “3 không”; (1) tăng cường sinh hoạt; (2) kết nạp 6 đảng viên.",
     [("6 đảng viên", count(6, "đảng viên"))], ["3 không", "(1)", "(2)"]),
]


MORE = [
    # ---- money without "đồng": a multiplier with a rate's base after a slash (NOTES 32) ----
    ("money-rate-per-household-year",
     "Mô hình nuôi tôm cho thu nhập 85 triệu/hộ/năm.",
     [("85 triệu/hộ/năm", money(8.5e7, "đồng/hộ/năm"))], []),
    ("money-billion-per-hectare",
     "Cây sầu riêng cho lãi 1,2 tỷ/ha.",
     [("1,2 tỷ/ha", money(1.2e9, "đồng/ha"))], []),
    # negative: a multiplier before a noun counts that noun; "vạn" is never money
    ("money-negative-million-visits",
     "Năm qua, khu du lịch đón 1,5 triệu lượt khách.",
     [("1,5 triệu lượt khách", count(1.5e6, "lượt khách"))], [("1,5 triệu lượt khách", {"kind": "money"})]),
    ("money-negative-van-per-year",
     "Dân số toàn tỉnh tăng thêm 2 vạn/năm.",
     [], ["2 vạn/năm"]),
    # ---- units glued to the number, with a rate (NOTES 33) ----
    ("glued-km-per-year",
     "Mỗi năm huyện bê tông hóa 12km/năm đường thôn xóm.",
     [("12km/năm", measure(12, "km/năm"))], []),
    ("glued-range-per-crop-with-tu",
     "Năng suất lúa đạt từ 55 - 60 tạ/ha/vụ.",
     [("từ 55 - 60 tạ/ha/vụ", {"kind": "range", "low": 55, "high": 60, "unit": "tạ/ha/vụ"})], []),
    ("glued-negative-house-number",
     "Trường học được xây tại số nhà 305B đường Lê Lợi.",
     [], ["305B"]),
    # ---- ratios in words (NOTES 31) ----
    ("ratio-trong-so",
     "Có 9 trong số 11 xã đạt chuẩn nông thôn mới nâng cao.",
     [("9 trong số 11 xã", ratio(9, 11, "xã"))], []),
    # negative: a part above its whole is no ratio
    ("ratio-negative-part-above-whole",
     "Có 12 trong tổng số 10 chỉ tiêu vượt kế hoạch.",
     [], [("12 trong tổng số 10 chỉ tiêu", {})]),
    # ---- ages (NOTES 22) ----
    ("age-range",
     "Độ tuổi bình quân của cấp ủy là từ 38 đến 45 tuổi.",
     [("từ 38 đến 45 tuổi", {"kind": "range", "low": 38, "high": 45, "unit": "tuổi"})], []),
    ("age-qualifier-outside",
     "Đảng viên dưới 30 tuổi chiếm 12%.",
     [("30 tuổi", measure(30, "tuổi")), ("12%", {"kind": "percent", "value": 12})], []),
    ("age-negative-party-age-badge",
     "Trao Huy hiệu 50 tuổi Đảng cho đồng chí Lê Văn An.",
     [], ["50 tuổi"]),
    # ---- chapters and articles (NOTES 30) ----
    ("chapters-and-articles-lowercase",
     "Điều lệ Hội gồm 12 chương, 48 điều.",
     [("12 chương", count(12, "chương")), ("48 điều", count(48, "điều"))], []),
    ("articles-negative-labels",
     "Việc này thực hiện theo khoản 3 Điều 12 và Chương IV của Quy chế.",
     [], ["khoản 3", "Điều 12", "Chương IV"]),
    # ---- breakdowns: the whole's noun, the part in category (SPEC §5, NOTES 34) ----
    ("breakdown-sex-in-brackets",
     "Chi bộ có 45 đảng viên (nam 30, nữ 15).",
     [("45 đảng viên", count(45, "đảng viên", category=None)), ("30", count(30, "đảng viên", category="nam")),
      ("15", count(15, "đảng viên", category="nữ"))], []),
    # the form of discipline after the number names the part; the span is the number alone
    ("breakdown-discipline-after-number",
     "Đã kỷ luật 12 đảng viên (8 khiển trách, 3 cảnh cáo, 1 cách chức).",
     [("8", count(8, "đảng viên", category="khiển trách")), ("3", count(3, "đảng viên", category="cảnh cáo")),
      ("1", count(1, "đảng viên", category="cách chức"))], [("8 khiển trách", {})]),
    # a qualifier stays outside the span and outside the category
    ("breakdown-qualifier-outside",
     "Kết nạp 215 đảng viên, trong đó đoàn viên trên 150.",
     [("150", count(150, "đảng viên", category="đoàn viên"))], [("trên 150", {})]),
    # negative: "có" opens no part
    ("breakdown-negative-co",
     "Kết nạp 30 đảng viên; trong đó có 12.",
     [("12", count(12, "đảng viên", category=None))], []),
    ("breakdown-negative-own-noun",
     "Kết nạp 30 đảng viên, trong đó 12 đảng viên nữ.",
     [("12 đảng viên nữ", count(12, "đảng viên nữ", category=None))], []),
    # ---- "N vụ/M bị can": two counts, not a ratio (real2 NOTES 33) ----
    ("pair-cases-accused",
     "Công an huyện đã khởi tố 7 vụ/15 bị can.",
     [("7 vụ", count(7, "vụ")), ("15 bị can", count(15, "bị can"))], [("7 vụ/15 bị can", {})]),
    # in a run of such pairs, "7/19 bị can" is one more pair with "vụ" left out (the totals agree: 12 = 5 + 7)
    ("pair-elided-first-noun",
     "Đã khởi tố 12 vụ/30 bị can; trong đó chuyển từ năm trước 5 vụ/11 bị can, khởi tố mới 7/19 bị can.",
     [("7", count(7, "vụ")), ("19 bị can", count(19, "bị can"))], [("7/19 bị can", {})]),
    # negative: SPEC's ratio of one noun stays a ratio after pairs of other nouns
    ("pair-negative-ratio-other-noun",
     "Năm nay khởi tố 5 vụ/9 bị can; Đảng ủy hoàn thành 12/15 đề án.",
     [("12/15 đề án", ratio(12, 15, "đề án"))], []),
    # ---- numbers in words before a noun of people or bodies (real2 NOTES 34) ----
    ("words-two-members",
     "Hai đảng viên bị kỷ luật khiển trách.",
     [("Hai đảng viên", count(2, "đảng viên"))], []),
    ("words-cells-and-villages",
     "Xã có ba chi bộ và hai thôn đạt chuẩn.",
     [("ba chi bộ", count(3, "chi bộ")), ("hai thôn", count(2, "thôn"))], []),
    ("words-negative-ordinal", "Đây là lần thứ hai đồng chí dự Đại hội.", [], ["hai"]),
    ("words-negative-list-marker", "Hai là, phát huy vai trò của đảng viên.", [], ["Hai"]),
    ("words-negative-two-levels", "Viện kiểm sát hai cấp đã thụ lý 8 vụ án.", [("8 vụ án", count(8, "vụ án"))],
     ["hai cấp"]),
    ("words-negative-year-word", "Trong năm đồng chí Bí thư đã đi cơ sở nhiều lần.", [], ["năm đồng chí"]),
    ("words-negative-crossroads", "Tại ngã ba thị trấn có đèn tín hiệu.", [], ["ba thị trấn"]),
    # ---- "N lần": a multiple is a measure, occurrences a count (real2 NOTES 35) ----
    ("times-multiple-decimal",
     "Tổng vốn đầu tư tăng gấp 1,5 lần so với nhiệm kỳ trước.",
     [("1,5 lần", measure(1.5, "lần"))], []),
    ("times-multiple-so-voi",
     "Thu nhập bình quân gần 2 lần so với năm 2015.",
     [("2 lần", measure(2, "lần"))], []),
    ("times-negative-occurrences",
     "Ban Thường vụ đã họp 14 lần để cho ý kiến.",
     [("14 lần", count(14, "lần"))], []),
    # ---- "Ủy viên" as the head noun, either tone placement (real2 NOTES 38) ----
    ("count-capital-members",
     "Đại hội bầu 53 Ủy viên Ban Chấp hành Đảng bộ huyện.",
     [("53 Ủy viên", count(53, "Ủy viên"))], []),
    ("count-capital-members-old-tone",
     "Ban Chấp hành có 15 Uỷ viên.",
     [("15 Uỷ viên", count(15, "Uỷ viên"))], []),
    # ---- period: never a cited document's issue date; a period written in the sentence wins ----
    ("period-cited-resolution-then-year",
     "Triển khai Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, năm 2024 huyện thành lập 4 chi bộ.",
     [("4 chi bộ", count(4, "chi bộ", period="2024"))], []),
    ("period-own-event-date-kept",
     "Ngày 15/5/2016, Đảng bộ xã kết nạp 48 quần chúng.",
     [("48 quần chúng", count(48, "quần chúng", period="2016-05-15"))], []),
    # ---- table columns: a plan column is a target, a year column is not ----
    ("target-kh-column",
     "| Nội dung | KH 2024 | TH 2024 |\n| Kết nạp đảng viên | 80 | 86 |",
     [("80", count(80, "đảng viên", target=True)), ("86", count(86, "đảng viên", target=False))], []),
    # ... and a column headed by a year gives its figures that period (not the row's nearest date)
    ("target-negative-year-columns-period",
     "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n| Kết nạp đảng viên | 80 | 86 |",
     [("80", count(80, "đảng viên", target=False, period="2023")),
      ("86", count(86, "đảng viên", target=False, period="2024"))], []),
    # ---- a web page's counters are no statistics; the figures of the article are ----
    ("counter-views-colon-negative",
     "Người viết: Lê Hà .Ngày đăng: 04/03/2021 .Lượt xem: 1.250 lượt.\nXã kết nạp 9 đảng viên.",
     [("9 đảng viên", count(9, "đảng viên"))], ["1.250"]),
    ("counter-view-count-negative",
     "Đảng bộ phường tổng kết năm 2020\n11/01/2021 | 09:30 | View count: 87\nĐảng bộ có 312 đảng viên.",
     [("312 đảng viên", count(312, "đảng viên"))], ["87"]),
    # a count of visits that is the article's figure stays one
    ("counter-visits-in-text-kept",
     "Khu di tích đón 3.400 lượt khách trong dịp Tết.",
     [("3.400 lượt khách", count(3400, "lượt khách"))], []),
    # "đồng" typed without its stroke is still money
    ("money-dong-without-stroke",
     "Tổng thu ngân sách của xã đạt 15 tỷ dồng trong năm 2022.",
     [("15 tỷ dồng", money(15e9))], []),
    # ---- a line break before a lowercase word is a space; one before a capital ends the count ----
    ("count-line-break-party-members",
     "Hội nghị có 150 đảng\nviên dự.",
     [("150 đảng\nviên", count(150, "đảng viên"))], []),
    ("count-line-break-negative-new-line",
     "Toàn Đảng bộ kết nạp 5 đảng viên\nCông tác kiểm tra được chú trọng.",
     [("5 đảng viên", count(5, "đảng viên"))], ["Công tác"]),
]


@pytest.mark.parametrize("case_id, text, expected, absent", CASES + MORE, ids=ids(CASES + MORE))
def test_stats_real(case_id, text, expected, absent):
    check(text, "statistics", expected, absent)
