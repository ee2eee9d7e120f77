"""Issue 20, dates and times: the forms real published pages print (SPEC §3, dev/real/NOTES.md 13–24).

Sentences written by us; each row carries the context that fixes its year (a dateline, a full date
in the text, the term reported on). Rows marked XF fail on the code of c10a159.
"""
from __future__ import annotations

import pytest

from tests.find.real_forms.matching import XF, check, ids


def day(v: str) -> dict:
    return {"kind": "date", "value": v, "start_date": v, "end_date": v}


def at(v: str) -> dict:
    return {"kind": "datetime", "value": v, "start_date": v[:10], "end_date": v[:10]}


def years(a: int, b: int, kind: str = "range") -> dict:
    return {"kind": kind, "value": f"{a}/{b}", "start_date": f"{a}-01-01", "end_date": f"{b}-12-31"}


def days(a: str, b: str) -> dict:
    return {"kind": "range", "value": f"{a}/{b}", "start_date": a, "end_date": b}


def months(a: str, b: str, last: str) -> dict:
    """A period of whole months: ``2022-01`` .. ``2022-09`` ends on ``last`` (its last day)."""
    return {"kind": "period", "value": f"{a}/{b}", "start_date": f"{a}-01", "end_date": last}


CASES = [
    # ---- news datetimes, in every order pages print them (NOTES 15) ----
    ("datetime-time-first-seconds",
     "Huyện ủy Bảo Yên sơ kết công tác dân vận\n\n14:05:33 02/06/2023\n\nSáng nay, Huyện ủy Bảo Yên tổ chức "
     "hội nghị sơ kết công tác dân vận.",
     [("14:05:33 02/06/2023", at("2023-06-02T14:05:33"))], [("02/06/2023", {})]),
    ("datetime-date-comma-time",
     "Chi bộ thôn Đồng Tâm sinh hoạt chuyên đề\n\n02/06/2023, 14:05\n\nChi bộ thôn Đồng Tâm vừa tổ chức buổi "
     "sinh hoạt chuyên đề về đạo đức công vụ.",
     [("02/06/2023, 14:05", at("2023-06-02T14:05"))], [("02/06/2023", {})]),
    ("datetime-time-dash-date",
     "Đảng ủy xã Tân Hòa kết nạp đảng viên mới\n\n09:12 - 02/06/2023\n\nĐảng ủy xã Tân Hòa tổ chức lễ kết nạp "
     "đảng viên cho hai quần chúng ưu tú.",
     [("09:12 - 02/06/2023", at("2023-06-02T09:12"))], [("02/06/2023", {})]),
    ("datetime-date-dash-time",
     "Huyện Krông Pắc tổng kết công tác kiểm tra\n\n17/09/2021 - 16:48\n\nBan Thường vụ Huyện ủy tổng kết công "
     "tác kiểm tra, giám sát.",
     [("17/09/2021 - 16:48", at("2021-09-17T16:48"))], []),
    ("datetime-date-time-seconds",
     "Thị ủy Sông Cầu triển khai nhiệm vụ quý IV\n\n08/12/2022 07:45:12\n\nThị ủy Sông Cầu vừa tổ chức hội nghị "
     "triển khai nhiệm vụ những tháng cuối năm.",
     [("08/12/2022 07:45:12", at("2022-12-08T07:45:12"))], []),
    ("datetime-ngay-dang-comma",
     "Đảng bộ phường Hòa Khánh học tập chuyên đề năm 2022\n\nChính trị - Ngày đăng : 10:35, 19/04/2022\n\n"
     "Đảng ủy phường Hòa Khánh tổ chức hội nghị học tập chuyên đề.",
     [("10:35, 19/04/2022", at("2022-04-19T10:35"))], []),
    # a weekday ("Thứ Năm") is no date, a view counter no time
    ("datetime-view-counter",
     "Huyện ủy Đông Hưng giao ban công tác tuyên giáo\n\nThứ Năm, 12/10/2023 15:20 | Lượt xem: 2.318\n\n"
     "Ban Tuyên giáo Huyện ủy giao ban công tác quý III.",
     [("12/10/2023 15:20", at("2023-10-12T15:20"))], ["Thứ Năm", "2.318"]),
    ("dateline-cap-nhat-glued",
     "Hội nghị Ban Chấp hành Đảng bộ xã Nà Phặc lần thứ 12 ( Cập nhật ngày: 18/01/2024 )Sáng ngày 18/01/2024, "
     "Đảng ủy xã Nà Phặc tổ chức hội nghị tổng kết công tác năm.",
     [("ngày: 18/01/2024", day("2024-01-18")), ("ngày 18/01/2024", day("2024-01-18"))], []),
    # the update date gives the year of the lead's day-month
    ("dateline-cap-nhat-no-space",
     "Ban Dân vận Huyện ủy giao ban khối dân vận (Cập nhật ngày:05/03/2024)Chiều 4/3, Ban Dân vận Huyện ủy "
     "giao ban khối dân vận quý I.",
     [("ngày:05/03/2024", day("2024-03-05")), ("4/3", day("2024-03-04"))], []),
    # ---- clock times in the text, dated by their day (NOTES 14) ----
    ("clock-h-in-text",
     "Sáng 15/4/2023, Đảng bộ xã Mường Mít khai mạc đại hội. Đúng 7h30, các đại biểu làm lễ chào cờ.",
     [("15/4/2023", day("2023-04-15")), ("7h30", at("2023-04-15T07:30"))], []),
    ("clock-gio-phut-in-text",
     "Ngày 20/7/2022, Huyện ủy Quế Phong họp phiên thường kỳ. Hội nghị bắt đầu lúc 14 giờ 15 phút.",
     [("14 giờ 15 phút", at("2022-07-20T14:15"))], [("15 phút", {})]),
    ("clock-live-report",
     "Trực tiếp - Ngày 6/11/2023, Ban Chấp hành Đảng bộ huyện Hàm Yên họp hội nghị lần thứ 20.\n\n"
     "9h15: Đồng chí Bí thư Huyện ủy trình bày báo cáo.\n\n10h00: Các đại biểu thảo luận ở tổ.",
     [("9h15", at("2023-11-06T09:15")), ("10h00", at("2023-11-06T10:00"))], []),
    # ---- spans of days sharing one month or year (NOTES 17, 18) ----
    ("dayspan-va-shared-month",
     "Đảng ủy Khối mở lớp bồi dưỡng\n\n08:20 13/04/2023\n\nTrong ngày 11 và 12-4, Đảng ủy Khối các cơ quan "
     "tỉnh mở lớp bồi dưỡng lý luận chính trị.",
     [("ngày 11 và 12-4", days("2023-04-11", "2023-04-12"))], [("12-4", {})]),
    ("dayspan-dash-full-date",
     "Từ ngày 3-5/7/2022, Ban Tổ chức Huyện ủy mở lớp bồi dưỡng cấp ủy viên cơ sở.",
     [("Từ ngày 3-5/7/2022", days("2022-07-03", "2022-07-05"))], [("5/7/2022", {})]),
    ("dayspan-den-ngay-thang-nam",
     "Lớp học diễn ra từ ngày 8 đến ngày 10 tháng 6 năm 2021 tại Trung tâm Chính trị huyện.",
     [("từ ngày 8 đến ngày 10 tháng 6 năm 2021", days("2021-06-08", "2021-06-10"))],
     [("ngày 10 tháng 6 năm 2021", {})]),
    ("dayspan-no-year-xxxx",
     "Từ ngày 14-16/11, Ủy ban Kiểm tra Tỉnh ủy làm việc với các chi bộ trực thuộc.",
     [("Từ ngày 14-16/11", {"kind": "range", "value": "XXXX-11-14/XXXX-11-16", "start_date": None,
                            "end_date": None})], []),
    ("dayspan-comma-list-paren",
     "Huyện Yên Minh bồi dưỡng đảng viên mới\n\n30/08/2022 09:10\n\nTrong 3 ngày (24, 25 và 26-8), Trung tâm "
     "Chính trị huyện bồi dưỡng lý luận cho đảng viên mới.",
     [("3 ngày", {"kind": "duration", "value": "P3D"}), ("24, 25 và 26-8", days("2022-08-24", "2022-08-26"))],
     []),
    # SPEC and NOTES are silent on a span across two months: one range, as a reader takes it
    ("dayspan-across-months",
     "Đoàn kiểm tra làm việc từ ngày 28/2 đến ngày 2/3/2024 tại các đảng bộ xã.",
     [("từ ngày 28/2 đến ngày 2/3/2024", days("2024-02-28", "2024-03-02"))], [("ngày 2/3/2024", {})]),
    # ---- anniversary spans: one range, and the count before them is no duration (NOTES 16, 21) ----
    ("anniversary-years-paren",
     "Tỉnh tổ chức lễ kỷ niệm 80 năm Ngày thành lập tỉnh (1946 - 2026) vào dịp đầu xuân.",
     [("1946 - 2026", years(1946, 2026))], ["80 năm", ("1946", {}), ("2026", {})]),
    # "Cách mạng Tháng Tám" is a name, not a month
    ("anniversary-full-dates",
     "Chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám thành công (19/8/1945 - 19/8/2025), huyện tổ chức hội thi.",
     [("19/8/1945 - 19/8/2025", days("1945-08-19", "2025-08-19"))],
     ["80 năm", "Tháng Tám", ("19/8/1945", {})]),
    ("anniversary-full-dates-no-paren",
     "Nhân dịp kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam 3/2/1930 - 3/2/2025, Huyện ủy trao "
     "Huy hiệu Đảng cho các đảng viên.",
     [("3/2/1930 - 3/2/2025", days("1930-02-03", "2025-02-03"))], ["95 năm", ("3/2/1930", {})]),
    ("anniversary-day-month-takes-its-year",
     "Huyện tổ chức lễ kỷ niệm 60 năm Ngày thành lập huyện 12/5 (1964 - 2024) tại quảng trường trung tâm.",
     [("12/5", day("2024-05-12")), ("1964 - 2024", years(1964, 2024))], ["60 năm"]),
    ("anniversary-traditions-badges-negative",
     "Chào mừng 75 năm truyền thống Đảng bộ huyện, Huyện ủy trao Huy hiệu 40 năm, 45 năm tuổi Đảng cho "
     "12 đảng viên.",
     [], ["75 năm", "40 năm", "45 năm"]),
    # NOTES 22: years of life and of membership are durations
    ("age-years-of-life-duration",
     "Đại biểu lớn tuổi nhất có 71 năm tuổi đời và 52 năm tuổi đảng.",
     [("71 năm", {"kind": "duration", "value": "P71Y"}), ("52 năm", {"kind": "duration", "value": "P52Y"})], []),
    # ---- relative periods (NOTES 19, 20) ----
    ("relative-cung-ky-year",
     "Trong 9 tháng đầu năm 2022, toàn tỉnh kết nạp 1.050 đảng viên, tăng 6% so với cùng kỳ 2021.",
     [("9 tháng đầu năm 2022", months("2022-01", "2022-09", "2022-09-30")),
      ("cùng kỳ 2021", months("2021-01", "2021-09", "2021-09-30"))], []),
    # the same months one year earlier; its kind follows the report's period (a quarter here)
    ("relative-cung-ky-nam-truoc-quarter",
     "Quý I/2023, Ủy ban Kiểm tra các cấp kiểm tra 46 tổ chức đảng, giảm 3 cuộc so với cùng kỳ năm trước.",
     [("Quý I/2023", {"kind": "quarter", "value": "2023-Q1"}),
      ("cùng kỳ năm trước", {"value": "2022-Q1", "start_date": "2022-01-01", "end_date": "2022-03-31"})], []),
    ("relative-cung-ky-nam-truoc-half",
     "6 tháng đầu năm 2024, huyện thu ngân sách đạt 58% dự toán, tăng 11% so với cùng kỳ năm trước.",
     [("6 tháng đầu năm 2024", {"kind": "half", "value": "2024-H1"}),
      ("cùng kỳ năm trước", {"value": "2023-H1", "start_date": "2023-01-01", "end_date": "2023-06-30"})], []),
    # NOTES 19: a bare "cùng kỳ" with no year is not a finding
    ("relative-bare-cung-ky-negative",
     "Số vụ vi phạm được phát hiện giảm 4 vụ so với cùng kỳ.",
     [], ["cùng kỳ"]),
    # NOTES 20: "nửa" stays outside the span, the value is the whole term
    ("relative-nua-nhiem-ky",
     "Số tổ chức đảng bị kỷ luật bằng 140% so với nửa nhiệm kỳ 2010 - 2015.",
     [("nhiệm kỳ 2010 - 2015", years(2010, 2015))], [("nửa nhiệm kỳ 2010 - 2015", {})]),
    ("relative-nhiem-ky-truoc",
     "Số đảng viên được kết nạp tăng so với nhiệm kỳ trước 2010 - 2015.",
     [("nhiệm kỳ trước 2010 - 2015", years(2010, 2015))], []),
    ("relative-thoi-ky",
     "Chiến lược phát triển kinh tế - xã hội thời kỳ 2011-2020 đã hoàn thành nhiều mục tiêu.",
     [("thời kỳ 2011-2020", years(2011, 2020))], []),
    # a half-year report's "6 tháng qua" is its half (SPEC gives "6 tháng đầu năm" the kind half)
    ("relative-six-months-past-in-half-report",
     "BÁO CÁO\nsơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023\n\nTrong 6 tháng qua, các cấp ủy đã "
     "tập trung lãnh đạo thực hiện nhiệm vụ chính trị.",
     [("6 tháng qua", {"value": "2023-H1", "start_date": "2023-01-01", "end_date": "2023-06-30"})], []),
    ("relative-nine-months-past-in-report",
     "BÁO CÁO\nkết quả công tác kiểm tra 9 tháng đầu năm 2021\n\nTrong 9 tháng qua, Ủy ban Kiểm tra Huyện ủy "
     "đã giám sát 15 chi bộ.",
     [("9 tháng qua", months("2021-01", "2021-09", "2021-09-30"))], []),
    ("relative-headline-ket-qua-9-thang",
     "Đảng bộ huyện Tam Nông: kết quả 9 tháng thực hiện nhiệm vụ xây dựng Đảng\n\n09:30 05/10/2023\n\n"
     "Ban Thường vụ Huyện ủy Tam Nông đánh giá kết quả công tác xây dựng Đảng từ đầu năm.",
     [("9 tháng", months("2023-01", "2023-09", "2023-09-30"))], []),
    ("relative-nine-months-duration-otherwise",
     "Sau 9 tháng thi công, công trình nhà văn hóa xã đã hoàn thành.",
     [("9 tháng", {"kind": "duration", "value": "P9M"})], []),
    # NOTES 19: "9 tháng năm 2023" without "đầu" is the period from January
    ("relative-nine-months-no-dau",
     "Trong 9 tháng năm 2024, Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật 31 đảng viên.",
     [("9 tháng năm 2024", months("2024-01", "2024-09", "2024-09-30"))], []),
    # ---- numbers written in words before năm / tháng / nhiệm kỳ ----
    ("words-nam-nam-duration",
     "Sau năm năm thực hiện Nghị quyết, bộ mặt nông thôn của xã đã thay đổi rõ rệt.",
     [("năm năm", {"kind": "duration", "value": "P5Y"})], []),
    ("words-muoi-nam-duration",
     "Qua mười năm triển khai, phong trào đã lan rộng khắp các thôn, bản.",
     [("mười năm", {"kind": "duration", "value": "P10Y"})], []),
    # SPEC: "N tháng đầu năm" is a period of months (6 months being the half)
    ("words-ba-thang-dau-nam",
     "Trong ba tháng đầu năm 2024, các chi bộ tổ chức 42 buổi sinh hoạt chuyên đề.",
     [("ba tháng đầu năm 2024", months("2024-01", "2024-03", "2024-03-31"))], []),
    ("words-sau-thang-dau-nam-half",
     "Sáu tháng đầu năm 2022, Huyện ủy ban hành 12 văn bản chỉ đạo.",
     [("Sáu tháng đầu năm 2022", {"kind": "half", "value": "2022-H1", "start_date": "2022-01-01",
                                  "end_date": "2022-06-30"})], []),
    ("words-ba-thang-year-from-dateline",
     "Kết quả công tác dân vận quý I\n\n15/04/2022 10:00\n\nTrong ba tháng đầu năm, khối dân vận đã vận động "
     "nhân dân hiến đất làm đường.",
     [("ba tháng đầu năm", months("2022-01", "2022-03", "2022-03-31"))], []),
    # SPEC fixes no value for a count of terms: only its kind is asserted
    ("words-hai-nhiem-ky",
     "Trải qua hai nhiệm kỳ, Đảng bộ xã luôn hoàn thành tốt nhiệm vụ.",
     [("hai nhiệm kỳ", {"kind": "duration"})], []),
    # "năm" the number five is no year, nor a duration without its unit
    ("words-nam-is-five-negative",
     "Hội nghị lần thứ năm Ban Chấp hành Đảng bộ huyện biểu dương năm đồng chí có thành tích xuất sắc.",
     [], ["lần thứ năm", "năm đồng chí"]),
    # SPEC §3: a term of office is no date, in either tone placement
    ("words-term-of-office-negative",
     "Ban Chấp hành Đảng bộ tỉnh khoá XVI và Ban Thường vụ khóa XVII đã hoàn thành nhiệm vụ.",
     [], ["khoá XVI", "khóa XVII"]),
    # ---- a day without a year takes the year the document makes clear (NOTES 13, 16) ----
    ("year-from-dateline",
     "Huyện ủy Lục Yên họp phiên thường kỳ\n\n10:15 15/03/2023\n\nNgày 14/3, Ban Thường vụ Huyện ủy Lục Yên "
     "họp phiên thường kỳ tháng 3.",
     [("Ngày 14/3", day("2023-03-14"))], []),
    ("year-from-sentence",
     "Năm 2022, Đảng bộ huyện tổ chức nhiều hoạt động; ngày 5/8, Huyện ủy sơ kết công tác dân vận.",
     [("ngày 5/8", day("2022-08-05"))], []),
    ("year-from-later-full-date",
     "Ngày 9-4, Ban Thường vụ Thành ủy truyền đạt kết luận của hội nghị Tỉnh ủy ngày 25/3/2024 đến cán bộ "
     "chủ chốt.",
     [("Ngày 9-4", day("2024-04-09")), ("ngày 25/3/2024", day("2024-03-25"))], []),
    # a congress opens its term: the congress of the 2020-2025 term is held in 2020
    ("year-from-term-reported",
     "Đại hội đại biểu Đảng bộ xã Thanh Sơn lần thứ XXI, nhiệm kỳ 2020 - 2025 diễn ra trong ngày 15/6.",
     [("nhiệm kỳ 2020 - 2025", years(2020, 2025)), ("ngày 15/6", day("2020-06-15"))], []),
    ("year-dot-separator",
     "Ngày 22.9, Ủy ban Kiểm tra Tỉnh ủy cho biết trong 9 tháng năm 2024 đã kiểm tra 85 tổ chức đảng.",
     [("Ngày 22.9", day("2024-09-22"))], []),
    ("year-unknown-xxxx",
     "Ngày 14/11, Chi bộ thôn Nà Lại sinh hoạt chuyên đề về văn hóa ứng xử.",
     [("Ngày 14/11", {"kind": "date", "value": "XXXX-11-14", "start_date": None, "end_date": None})], []),
    # ---- more news datetimes: weekday between clock and date, a time zone and a view counter outside ----
    ("datetime-clock-weekday-date",
     "Huyện ủy Mai Sơn kiểm tra công tác đảng viên\nCập nhật lúc 17:05, Thứ Ba, 14/03/2023 (GMT+7)\n"
     "Ban Thường vụ Huyện ủy Mai Sơn kiểm tra công tác quản lý đảng viên.",
     [("17:05, Thứ Ba, 14/03/2023", at("2023-03-14T17:05"))], ["GMT+7", ("14/03/2023", {})]),
    ("datetime-gmt-outside",
     "Thành ủy Vị Thanh học tập chuyên đề\n\n20/10/2022 08:15 GMT+7\n\nThành ủy Vị Thanh tổ chức học tập chuyên đề.",
     [("20/10/2022 08:15", at("2022-10-20T08:15"))], ["GMT+7"]),
    ("datetime-weekday-date-comma-clock-bracket",
     "Đảng ủy Khối doanh nghiệp sơ kết quý III\n\nThứ Sáu, 11/08/2023, 15:42 [GMT+7]\n\nĐảng ủy Khối sơ kết quý III.",
     [("11/08/2023, 15:42", at("2023-08-11T15:42"))], ["Thứ Sáu", "GMT+7"]),
    ("datetime-clock-words-before-date",
     "Kỳ họp khai mạc lúc 9 giờ 30 phút ngày 12/5/2023 tại hội trường huyện.",
     [("9 giờ 30 phút ngày 12/5/2023", at("2023-05-12T09:30"))], [("ngày 12/5/2023", {})]),
    # a clock belongs to the day the report opens with, not to a cited document's day
    ("clock-day-of-lead-not-cited",
     "Sáng 3/10/2023, Huyện ủy quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.\n\n"
     "9h00: Đồng chí Bí thư Huyện ủy phát biểu.",
     [("9h00", at("2023-10-03T09:00"))], []),
    # a clock with no day before it is no finding; a score and "24 giờ" are no clock
    ("clock-without-day-negative",
     "Hội nghị bắt đầu lúc 8h30 với tỷ số biểu quyết 2:1 và kéo dài trong 24 giờ.",
     [], ["8h30", "2:1", "24 giờ"]),
    # ---- spans of days: in a row one range, with a gap a date each (real2 NOTES 20) ----
    ("dayspan-three-in-a-row",
     "Trong các ngày 7, 8 và 9/11/2022, Trường Chính trị tỉnh mở lớp bồi dưỡng cấp ủy viên.",
     [("ngày 7, 8 và 9/11/2022", days("2022-11-07", "2022-11-09"))], [("9/11/2022", {})]),
    ("dayspan-gap-three-dates",
     "Trong các ngày 7, 9 và 12/11/2022, đoàn công tác làm việc tại ba xã vùng cao.",
     [("ngày 7", day("2022-11-07")), ("9", day("2022-11-09")), ("12/11/2022", day("2022-11-12"))], []),
    ("dayspan-words-no-year-dateline",
     "Huyện ủy Bắc Hà tổ chức lớp học\n\n15/11/2022 10:00\n\nLớp học diễn ra từ ngày 5 đến ngày 7 tháng 12 tại "
     "trung tâm huyện.",
     [("từ ngày 5 đến ngày 7 tháng 12", days("2022-12-05", "2022-12-07"))], []),
    # ---- anniversaries: one range however long, joined with or without spaces (real2 NOTES 21) ----
    ("anniversary-en-dash-no-spaces",
     "Tỉnh ủy tổ chức mít tinh kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh (15/10/1930–15/10/2025).",
     [("15/10/1930–15/10/2025", days("1930-10-15", "2025-10-15"))], ["95 năm", ("15/10/1930", {})]),
    ("anniversary-years-century",
     "Huyện tổ chức triển lãm ảnh nhân dịp kỷ niệm 95 năm Ngày thành lập Đảng (1930 - 2025).",
     [("1930 - 2025", years(1930, 2025))], ["95 năm"]),
    ("anniversary-badges-dash-negative",
     "Đảng bộ xã trao Huy hiệu 30 năm - 40 năm tuổi Đảng cho 9 đảng viên.",
     [], ["30 năm", "40 năm"]),
    # NOTES 22: an age in years is a duration; NOTES 23: a birth year is a year
    ("age-oldest-delegate",
     "Đại biểu cao tuổi nhất có 85 năm tuổi đời, sinh năm 1938 tại xã Quang Trung.",
     [("85 năm", {"kind": "duration", "value": "P85Y"}), ("năm 1938", {"kind": "year", "value": "1938"})], []),
    # ---- the same months of another year ----
    ("same-quarter-last-year",
     "Trong quý II/2023, toàn huyện kết nạp 41 đảng viên, giảm 3 so với cùng kỳ năm trước.",
     [("cùng kỳ năm trước", {"kind": "quarter", "value": "2022-Q2", "start_date": "2022-04-01",
                             "end_date": "2022-06-30"})], []),
    ("same-month-year-given",
     "Tháng 5/2024, số tin bài tuyên truyền tăng 12% so với cùng kỳ năm 2023.",
     [("cùng kỳ năm 2023", {"kind": "month", "value": "2023-05", "start_date": "2023-05-01",
                            "end_date": "2023-05-31"})], []),
    # with no period of a report before it: "cùng kỳ năm trước" says nothing, "cùng kỳ năm 2021" is the year
    ("same-period-no-report-negative",
     "Số vụ việc giảm so với cùng kỳ năm trước. Kết quả cao hơn cùng kỳ năm 2021.",
     [("năm 2021", {"kind": "year", "value": "2021"})], ["cùng kỳ năm trước", ("cùng kỳ năm 2021", {})]),
    # "N tháng qua" with no report of a year's first months is a length of time
    ("months-past-without-report-duration",
     "Trong 6 tháng qua, tổ công tác đã đến từng hộ gia đình vận động.",
     [("6 tháng", {"kind": "duration", "value": "P6M"})], [("6 tháng qua", {})]),
    # ---- numbers in words ----
    ("words-hai-muoi-nam",
     "Hai mươi năm qua, chi bộ luôn đạt danh hiệu trong sạch, vững mạnh.",
     [("Hai mươi năm", {"kind": "duration", "value": "P20Y"})], []),
    ("words-bon-thang-cuoi-nam",
     "Bốn tháng cuối năm 2023, các chi bộ tập trung kết nạp đảng viên.",
     [("Bốn tháng cuối năm 2023", months("2023-09", "2023-12", "2023-12-31"))], []),
    # "năm tháng" (the years gone by), a count of years before a year, "thứ năm" are no lengths of time
    ("words-negatives",
     "Những năm tháng gian khó đã qua. Trong hai năm 2022 và 2023, Đảng ủy họp vào thứ năm hằng tuần.",
     [("năm 2022", {"kind": "year", "value": "2022"})], ["năm tháng", ("hai năm", {}), "thứ năm"]),
    # ---- a holiday's day, a day after "tối nay", a dotted day ----
    ("holiday-national-day",
     "Huyện ủy Yên Lập sơ kết công tác dân vận\n\n05/09/2023 14:00\n\nDịp nghỉ lễ Quốc khánh 2/9, các xã tổ chức "
     "nhiều hoạt động văn hóa.",
     [("2/9", day("2023-09-02"))], [("Quốc khánh 2/9", {})]),
    ("holiday-teachers-day",
     "Năm 2022, nhân Ngày Nhà giáo Việt Nam 20/11, Đảng ủy trường khen thưởng 12 giáo viên.",
     [("20/11", day("2022-11-20"))], []),
    ("daytime-toi-nay",
     "Phiên họp thứ tư của Ban Chỉ đạo diễn ra tối nay 14/11 tại trụ sở Tỉnh ủy.",
     [("14/11", {"kind": "date", "value": "XXXX-11-14", "start_date": None, "end_date": None})], []),
    ("daytime-dotted",
     "Thành ủy họp báo quý III\n\n06/09/2022 09:00\n\nChiều 5.9, Thành ủy tổ chức họp báo quý III.",
     [("5.9", day("2022-09-05"))], []),
    # ---- the year of a day-month: what the text makes clear, else XXXX (NOTES 13, real2 NOTES 14) ----
    # a review of year X and plan of X+1: a meeting early in X+1 or late in X
    ("year-review-plan-january",
     "Sáng 8/1, Đảng ủy xã tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.",
     [("8/1", day("2024-01-08"))], []),
    ("year-review-plan-december",
     "Chiều 28/12, Đảng ủy xã tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.",
     [("28/12", day("2023-12-28"))], []),
    # a goal's year, a birth year and a term's years say nothing of the day
    ("year-goal-birth-term-negative",
     "Ngày 5/4, Huyện ủy ban hành đề án phát triển đến năm 2030. Đồng chí Bí thư sinh năm 1970, "
     "được bầu nhiệm kỳ 2020 - 2025.",
     [("Ngày 5/4", {"kind": "date", "value": "XXXX-04-05", "start_date": None, "end_date": None})], []),
    # "so với cùng kỳ năm 2022": the text reports on 2023
    ("year-after-comparison-baseline",
     "Ngày 12/7, Ban Tổ chức cho biết số đảng viên mới tăng 5% so với cùng kỳ năm 2022.",
     [("Ngày 12/7", day("2023-07-12"))], [("cùng kỳ năm 2022", {})]),
    # a meeting that studies a document is held after it: the same year when the day allows
    ("year-after-cited-document",
     "Ngày 20/9, Đảng ủy xã quán triệt Chỉ thị số 15-CT/TW ngày 10/8/2022 của Ban Bí thư.",
     [("Ngày 20/9", day("2022-09-20"))], []),
    ("year-before-cited-document-negative",
     "Ngày 2/8, Đảng ủy xã quán triệt Chỉ thị số 15-CT/TW ngày 10/8/2022 của Ban Bí thư.",
     [("Ngày 2/8", {"kind": "date", "value": "XXXX-08-02", "start_date": None, "end_date": None})], []),
    # the first session of a term is held in the term's first year; carrying out a congress's resolution is not
    ("year-first-session-of-term",
     "Ngày 25/6, kỳ họp thứ nhất Hội đồng nhân dân huyện nhiệm kỳ 2021 - 2026 bầu các chức danh chủ chốt.",
     [("Ngày 25/6", day("2021-06-25"))], []),
    ("year-congress-resolution-negative",
     "Ngày 9/5, Ban Thường vụ kiểm tra việc thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025.",
     [("Ngày 9/5", {"kind": "date", "value": "XXXX-05-09", "start_date": None, "end_date": None})], []),
    # an abbreviation's full stop ("TP.") ends no sentence: the year later in it still counts
    # a month with its year after a dot ("tháng 3.2019"), as some provincial papers print it
    ("month-dot-year",
     "Hội nghị giao ban quý I (ngày 15.1.2019): các chi bộ họp xong trong tháng 3.2019, báo cáo gửi về trước ngày 5.4.2019.",
     [("tháng 3.2019", {"kind": "month", "value": "2019-03", "start_date": "2019-03-01", "end_date": "2019-03-31"})], []),
    # a sentence's full stop after a month is no year's dot
    ("month-dot-sentence-end-negative",
     "Ngày 2/10/2021, chi bộ sinh hoạt định kỳ tháng 10. 2021 là năm đầu của nhiệm kỳ.",
     [("tháng 10", {"kind": "month", "value": "2021-10"})], [("tháng 10. 2021", {})]),
    # the months left of a year, without "của": the second half
    ("half-remaining-months-no-cua",
     "Chi bộ thôn Phú Lộc bàn nhiệm vụ 6 tháng còn lại năm 2023 tại buổi sinh hoạt tháng 7.",
     [("6 tháng còn lại năm 2023", {"kind": "half", "value": "2023-H2", "start_date": "2023-07-01",
                                    "end_date": "2023-12-31"})], []),
    ("remaining-months-not-a-duration-negative",
     "Đảng bộ xã còn 3 tháng còn lại để hoàn thành chỉ tiêu năm 2023.",
     [], [("3 tháng", {"kind": "duration"})]),
    # a length of time with a decimal comma
    ("duration-decimal-comma",
     "Sau 1,5 ngày làm việc, hội nghị Ban Chấp hành Đảng bộ huyện đã hoàn thành chương trình.",
     [("1,5 ngày", {"kind": "duration", "value": "P1.5D", "start_date": None, "end_date": None})], []),
    ("duration-decimal-negative-rate-and-percent",
     "Thu nhập bình quân tăng 2,5 lần, tỷ lệ hộ nghèo giảm còn 3,5% so với năm 2015.",
     [], ["2,5 lần", "3,5%"]),
    # a stray space before the first slash, after a day word
    ("date-stray-space-before-slash",
     "Chiều ngày 14 /9/2021 Chi bộ thôn Nà Mò họp xét kết nạp đảng viên.",
     [("ngày 14 /9/2021", day("2021-09-14"))], []),
    ("date-stray-space-negative-no-year-or-no-day-word",
     "Lớp học khai giảng ngày 5 / 7, mỗi lớp 45 /50 học viên có mặt.",
     [], [("ngày 5 / 7", {}), ("45 /50", {})]),
    ("year-sentence-past-abbreviation",
     "Chiều 10/1, Thành ủy TP. Hà Tĩnh tổng kết công tác kiểm tra năm 2022 và phương hướng năm 2023.",
     [("10/1", day("2023-01-10"))], []),
]


@pytest.mark.parametrize("case_id, text, expected, absent", CASES, ids=ids(CASES))
def test_dates_real(case_id, text, expected, absent):
    check(text, "dates", expected, absent)
