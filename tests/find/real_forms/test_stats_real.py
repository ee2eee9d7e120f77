"""Issue 20, statistics: the forms real published pages print (SPEC §5, dev/real/NOTES.md 21–22, 30–34).

Sentences and tables written by us. ``category`` (the part a breakdown names) and ``period`` (the
time a figure is about, never a cited document's issue date) follow SPEC §5. Rows marked XF fail on
c10a159.
"""
from __future__ import annotations

import pytest

from tests.find.real_forms.matching import XF, check, ids


def count(value: int, unit: str, **more) -> dict:
    return {"kind": "count", "value": value, "unit": unit, **more}


def measure(value: float, unit: str) -> dict:
    return {"kind": "measure", "value": value, "unit": unit}


def money(value: float, unit: str = "đồng") -> dict:
    return {"kind": "money", "value": value, "unit": unit}


def ratio(num: int, den: int, unit: str) -> dict:
    return {"kind": "ratio", "numerator": num, "denominator": den, "value": num / den, "unit": unit}


CASES = [
    # ---- money written without "đồng", "tỉ" for "tỷ", per-unit rates (NOTES 32) ----
    pytest.param("money-million-per-ha-year",
     "Mô hình trồng cam cho giá trị sản xuất đạt 150 triệu/ha/năm.",
     [("150 triệu/ha/năm", money(1.5e8, "đồng/ha/năm"))], [],
     marks=XF("money without đồng or with a rate: million per ha year")),
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
    pytest.param("glued-hectares-per-crop",
     "Diện tích gieo cấy lúa đạt 2.450ha/vụ.",
     [("2.450ha/vụ", measure(2450, "ha/vụ"))], [],
     marks=XF("unit glued to the number: hectares per crop")),
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
    pytest.param("age-tuoi-measure",
     "Đảng viên trẻ nhất được kết nạp năm nay mới 19 tuổi.",
     [("19 tuổi", measure(19, "tuổi"))], [],
     marks=XF("years of life and membership: tuoi measure")),
    pytest.param("age-tuoi-decimal",
     "Tuổi bình quân của Ban Chấp hành khóa mới là 42,5 tuổi.",
     [("42,5 tuổi", measure(42.5, "tuổi"))], [],
     marks=XF("years of life and membership: tuoi decimal")),
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
    pytest.param("chapters-and-articles-capitals",
     "Quy định có kết cấu 3 Chương, 18 Điều.",
     [("3 Chương", count(3, "Chương")), ("18 Điều", count(18, "Điều"))], [],
     marks=XF("counts of chapters and articles: and articles capitals")),
    # ---- breakdowns keep the whole's noun and name their part in category ----
    pytest.param("breakdown-category-after-trong-do",
     "Năm 2023, toàn Đảng bộ kết nạp 136 đảng viên, trong đó nữ 41, dân tộc thiểu số 18, đoàn viên 77.",
     [("136 đảng viên", count(136, "đảng viên", category=None)),
      ("41", count(41, "đảng viên", category="nữ")),
      ("18", count(18, "đảng viên", category="dân tộc thiểu số")),
      ("77", count(77, "đảng viên", category="đoàn viên"))], [],
     marks=XF("breakdown category: category after trong do")),
    # NOTES 34 gives the noun; SPEC §5 makes each form of discipline a breakdown member, so its category
    pytest.param("breakdown-discipline-in-brackets",
     "Các cấp ủy thi hành kỷ luật 96 đảng viên (khiển trách 60, cảnh cáo 25, cách chức 4, khai trừ 7).",
     [("96 đảng viên", count(96, "đảng viên", category=None)),
      ("60", count(60, "đảng viên", category="khiển trách")), ("25", count(25, "đảng viên", category="cảnh cáo")),
      ("4", count(4, "đảng viên", category="cách chức")), ("7", count(7, "đảng viên", category="khai trừ"))], [],
     marks=XF("breakdown category: discipline in brackets")),
    pytest.param("breakdown-after-colon",
     "Đã giới thiệu 64 quần chúng ưu tú cho Đảng xem xét, trong đó: nữ 29, dân tộc thiểu số 22.",
     [("29", count(29, "quần chúng ưu tú", category="nữ")),
      ("22", count(22, "quần chúng ưu tú", category="dân tộc thiểu số"))], [],
     marks=XF("breakdown category: after colon")),
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
    pytest.param("period-not-cited-date-only-date",
     "Sau khi học tập Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, các chi bộ đã kết nạp 48 quần chúng.",
     [("48 quần chúng", count(48, "quần chúng"))], [("48 quần chúng", {"period": "2016-05-15"})],
     marks=XF("statistic period: not cited date only date")),
    pytest.param("period-not-cited-date-with-term",
     "Học tập Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Đảng bộ xã đã kết nạp 9 đảng viên mới.",
     [("9 đảng viên mới", count(9, "đảng viên mới"))], [("9 đảng viên mới", {"period": "2021-09-22"})],
     marks=XF("statistic period: not cited date with term")),
    ("period-quarter",
     "Quý III/2022, toàn tỉnh kết nạp 410 đảng viên.",
     [("410 đảng viên", count(410, "đảng viên", period="2022-Q3"))], []),
    # the figure is about the report's months, not the year it is compared with
    ("period-report-not-compared-year",
     "Trong 9 tháng đầu năm 2022, toàn tỉnh kết nạp 1.050 đảng viên, tăng 6% so với cùng kỳ 2021.",
     [("1.050 đảng viên", count(1050, "đảng viên", period="2022-01/2022-09"))], []),
    # ---- a plan column in a table is a target ----
    pytest.param("target-plan-column",
     "| STT | Chỉ tiêu | Kế hoạch | Thực hiện |\n| 1 | Kết nạp đảng viên | 150 | 163 |",
     [("150", count(150, "đảng viên", target=True)), ("163", count(163, "đảng viên", target=False))], ["1 |"],
     marks=XF("plan column is a target: plan column")),
    pytest.param("target-chi-tieu-column",
     "| Nội dung | Chỉ tiêu năm 2024 | Kết quả |\n| Thành lập chi bộ mới | 6 | 7 |",
     [("6", {"value": 6, "target": True}), ("7", {"value": 7, "target": False})], [],
     marks=XF("plan column is a target: chi tieu column")),
    ("target-phan-dau",
     "Năm 2024, Đảng bộ phấn đấu kết nạp 200 đảng viên.",
     [("200 đảng viên", count(200, "đảng viên", target=True))], []),
    # ---- counts as published ----
    pytest.param("count-line-break-in-noun",
     "Đại hội có 412 đại\nbiểu chính thức tham dự.",
     [("412 đại\nbiểu", count(412, "đại biểu"))], [],
     marks=XF("count as published: line break in noun")),
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


@pytest.mark.parametrize("case_id, text, expected, absent", CASES, ids=ids(CASES))
def test_stats_real(case_id, text, expected, absent):
    check(text, "statistics", expected, absent)
