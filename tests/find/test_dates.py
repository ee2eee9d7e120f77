"""Dates and periods: a table of own-written cases, every form and kind, negatives included (SPEC §3).

Each case: (text, [(surface, kind, value, start_date, end_date), …]) with the document's reference
date 2023-06-15 unless the case says otherwise.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.context import DocContext
from extract.find import date_forms
from extract.find.document import RefDate
from schemas import DateMention
from tests.find.test_fast_paths import DOCS

REF = RefDate("2023-06-15", 2023)


def find_dates(text, ref=None):
    """The dates of ``text``, ``ref`` standing for the document's own date (none by default), before the
    references take the dates inside them."""
    return DocContext(text, own_date=ref or RefDate(None, None), found={"doc_refs": []}).found("dates")


def reference_date(text):
    return DocContext(text).own_date


def day(v):
    return (v, v)


CASES = [
    # --- dates written out and numeric
    ("Ngày 21 tháng 8 năm 2023, Huyện ủy họp phiên thường kỳ.", [("Ngày 21 tháng 8 năm 2023", "date", "2023-08-21", *day("2023-08-21"))]),
    ("Hội nghị diễn ra ngày 05 tháng 01 năm 2022 tại hội trường.", [("ngày 05 tháng 01 năm 2022", "date", "2022-01-05", *day("2022-01-05"))]),
    ("Lạng Sơn, ngày 13 tháng 10 năm 2021", [("ngày 13 tháng 10 năm 2021", "date", "2021-10-13", *day("2021-10-13"))]),
    ("ban hành ngày 21/8/2023", [("ngày 21/8/2023", "date", "2023-08-21", *day("2023-08-21"))]),
    ("Ngày 30/9/2021, Ban Tổ chức họp.", [("Ngày 30/9/2021", "date", "2021-09-30", *day("2021-09-30"))]),
    ("vào 21-8-2023 tới", [("21-8-2023", "date", "2023-08-21", *day("2023-08-21"))]),
    ("hạn chót 17.02.2019", [("17.02.2019", "date", "2019-02-17", *day("2019-02-17"))]),
    # a day and month without "ngày": a news dateline ("Sáng 12/7,"); a sentence may end right after one
    ("Sáng 12/6, Ban Thường vụ họp.", [("12/6", "date", "2023-06-12", *day("2023-06-12"))]),
    # shorter lengths of time
    ("Đoàn kiểm tra làm việc trong 45 ngày.", [("45 ngày", "duration", "P45D", None, None)]),
    ("Tập huấn kéo dài 2 tuần.", [("2 tuần", "duration", "P2W", None, None)]),
    # a day that comes back every year has no year of its own
    ("Các chi bộ báo cáo trước ngày 20/6 và 20/12 hằng năm.", [("ngày 20/6", "date", "XXXX-06-20", None, None)]),
    ("Kỷ niệm vào ngày 3 tháng 2 hàng năm.", [("ngày 3 tháng 2", "date", "XXXX-02-03", None, None)]),
    # a deadline's day and month without "ngày"
    ("Các chi bộ gửi báo cáo chậm nhất 25/6.", [("25/6", "date", "2023-06-25", *day("2023-06-25"))]),
    ("Hoàn thành trước 15/7 năm nay", [("15/7", "date", "2023-07-15", *day("2023-07-15"))]),
    ("Hoàn thành trước 15/7 hằng năm", [("15/7", "date", "XXXX-07-15", None, None)]),
    ("Chiều 5-6, đoàn công tác", [("5-6", "date", "2023-06-05", *day("2023-06-05"))]),
    # the page's own date (2023-06-15) tells the year of the days just before it
    ("Chiều 30/12, Huyện ủy họp.", [("30/12", "date", "2022-12-30", *day("2022-12-30"))]),
    # a goal's year is not the sentence's year
    ("Ngày 3/6, Tỉnh ủy cho ý kiến về Đề án đến năm 2030.",
     [("Ngày 3/6", "date", "2023-06-03", *day("2023-06-03")), ("năm 2030", "year", "2030", "2030-01-01", "2030-12-31")]),
    # days of a month without a year
    ("Từ ngày 10 đến ngày 14/10, đoàn kiểm tra", [("Từ ngày 10 đến ngày 14/10", "range", "2023-10-10/2023-10-14",
                                                 "2023-10-10", "2023-10-14")]),
    # days in a row are one range (dev/real NOTES 17: "(20 và 21-5)"); days with a gap a date each
    ("Ngày 5 và 6/10, đoàn về", [("Ngày 5 và 6/10", "range", "2023-10-05/2023-10-06", "2023-10-05", "2023-10-06")]),
    ("Ngày 5 và 8/10, đoàn về", [("Ngày 5", "date", "2023-10-05", *day("2023-10-05")),
                                 ("8/10", "date", "2023-10-08", *day("2023-10-08"))]),
    ("Kỷ niệm ngày 2/9.", [("ngày 2/9", "date", "2023-09-02", *day("2023-09-02"))]),
    ("ngày 01/01/2020 là ngày đầu năm", [("ngày 01/01/2020", "date", "2020-01-01", *day("2020-01-01"))]),
    ("ngày 29/02/2024 có hiệu lực", [("ngày 29/02/2024", "date", "2024-02-29", *day("2024-02-29"))]),
    ("ngày 31/12/2025", [("ngày 31/12/2025", "date", "2025-12-31", *day("2025-12-31"))]),
    ("NGÀY 2/9/1945", [("NGÀY 2/9/1945", "date", "1945-09-02", *day("1945-09-02"))]),
    ("Kỷ niệm mồng 3/2.", [("mồng 3/2", "date", "2023-02-03", *day("2023-02-03"))]),
    ("mồng 3/2 hằng năm", [("mồng 3/2", "date", "XXXX-02-03", None, None)]),  # every year: no year of its own
    ("ngày 15-8 tới đây", [("ngày 15-8", "date", "2023-08-15", *day("2023-08-15"))]),
    ("ngày 20/11 vừa qua", [("ngày 20/11", "date", "2023-11-20", *day("2023-11-20"))]),
    # day and month in words without a year: the document's year, not a duration of "20 tháng"
    ("hoàn thành trước ngày 20 tháng 12.", [("ngày 20 tháng 12", "date", "2023-12-20", *day("2023-12-20"))]),
    ("từ ngày 5 tháng 6, các chi bộ", [("ngày 5 tháng 6", "date", "2023-06-05", *day("2023-06-05"))]),
    # a later year of the sentence gives its year to a bare day, but not the year of another whole date
    ("Chiều 4/3, Huyện ủy tổng kết Nghị quyết ngày 03/6/2013.",
     [("4/3", "date", "2023-03-04", *day("2023-03-04")), ("ngày 03/6/2013", "date", "2013-06-03", *day("2013-06-03"))]),
    ("Sáng 4/3, Huyện ủy tổng kết ngày 3 tháng 6 năm 2013.",
     [("4/3", "date", "2023-03-04", *day("2023-03-04")),
      ("ngày 3 tháng 6 năm 2013", "date", "2013-06-03", *day("2013-06-03"))]),
    ("Sáng nay (12/3), Huyện ủy họp.", [("12/3", "date", "2023-03-12", *day("2023-03-12"))]),
    ("Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890)", [("19/5/1890", "date", "1890-05-19", *day("1890-05-19"))]),
    # days of one month listed: a date each; months running into each other: one period
    ("trong 2 ngày 28 và 29/12/2023", [("ngày 28 và 29/12/2023", "range", "2023-12-28/2023-12-29", "2023-12-28",
                                        "2023-12-29")]),
    ("các ngày 18, 19 và 22/3/2021", [("ngày 18", "date", "2021-03-18", *day("2021-03-18")),
                                      ("19", "date", "2021-03-19", *day("2021-03-19")),
                                      ("22/3/2021", "date", "2021-03-22", *day("2021-03-22"))]),
    ("Kết quả tháng 8\nTháng 9/2024, sản xuất giảm.", [("tháng 8", "month", "2023-08", "2023-08-01", "2023-08-31"),
                                                       ("Tháng 9/2024", "month", "2024-09", "2024-09-01", "2024-09-30")]),
    ("Tháng 10 - 11/2023 là cao điểm", [("Tháng 10 - 11/2023", "period", "2023-10/2023-11", "2023-10-01", "2023-11-30")]),
    ("các năm 2021, 2022 và 2023", [("năm 2021", "year", "2021", "2021-01-01", "2021-12-31"),
                                    ("2022", "year", "2022", "2022-01-01", "2022-12-31"),
                                    ("2023", "year", "2023", "2023-01-01", "2023-12-31")]),
    # else the nearest year before in the sentence (across ";"), not the document's
    ("Năm 2021, nhất là trong quý III; tháng 9 tăng mạnh.",
     [("Năm 2021", "year", "2021", "2021-01-01", "2021-12-31"), ("quý III", "quarter", "2021-Q3", "2021-07-01", "2021-09-30"),
      ("tháng 9", "month", "2021-09", "2021-09-01", "2021-09-30")]),
    ("ngày 15/3 và tháng 4 năm 2021",
     [("ngày 15/3", "date", "2021-03-15", *day("2021-03-15")),
      ("tháng 4 năm 2021", "month", "2021-04", "2021-04-01", "2021-04-30")]),
    # --- datetimes
    ("29-11-2021 15:37", [("29-11-2021 15:37", "datetime", "2021-11-29T15:37", *day("2021-11-29"))]),
    ("Thứ Tư, 09/10/2024 14:05", [("09/10/2024 14:05", "datetime", "2024-10-09T14:05", *day("2024-10-09"))]),
    ("Thứ Sáu, 12/07/2024 - 16:20", [("12/07/2024 - 16:20", "datetime", "2024-07-12T16:20", *day("2024-07-12"))]),
    ("ngày 12/3/2024, 8 giờ 30", [("ngày 12/3/2024, 8 giờ 30", "datetime", "2024-03-12T08:30", *day("2024-03-12"))]),
    ("ngày 12/3/2024 lúc 8h00", [("ngày 12/3/2024 lúc 8h00", "datetime", "2024-03-12T08:00", *day("2024-03-12"))]),
    ("07/5/2022 07:05 cập nhật", [("07/5/2022 07:05", "datetime", "2022-05-07T07:05", *day("2022-05-07"))]),
    # --- months
    ("trong tháng 10 năm 2022", [("tháng 10 năm 2022", "month", "2022-10", "2022-10-01", "2022-10-31")]),
    ("từ tháng 10/2022", [("tháng 10/2022", "month", "2022-10", "2022-10-01", "2022-10-31")]),
    ("vào tháng 2 năm 2024", [("tháng 2 năm 2024", "month", "2024-02", "2024-02-01", "2024-02-29")]),
    ("đến tháng 10 sẽ tổng kết", [("tháng 10", "month", "2023-10", "2023-10-01", "2023-10-31")]),
    ("tháng tư năm 2022", [("tháng tư năm 2022", "month", "2022-04", "2022-04-01", "2022-04-30")]),
    ("dịp tháng Chạp", [("tháng Chạp", "month", "2023-12", "2023-12-01", "2023-12-31")]),
    ("ra Giêng, tức tháng Giêng năm 2024", [("tháng Giêng năm 2024", "month", "2024-01", "2024-01-01", "2024-01-31")]),
    ("THÁNG 12 NĂM 2021", [("THÁNG 12 NĂM 2021", "month", "2021-12", "2021-12-01", "2021-12-31")]),
    # --- quarters
    ("Quý III/2021", [("Quý III/2021", "quarter", "2021-Q3", "2021-07-01", "2021-09-30")]),
    ("trong quý II-2023", [("quý II-2023", "quarter", "2023-Q2", "2023-04-01", "2023-06-30")]),
    ("Quý IV năm 2021", [("Quý IV năm 2021", "quarter", "2021-Q4", "2021-10-01", "2021-12-31")]),
    ("QUÝ III NĂM 2021", [("QUÝ III NĂM 2021", "quarter", "2021-Q3", "2021-07-01", "2021-09-30")]),
    ("đến hết quý 3", [("quý 3", "quarter", "2023-Q3", "2023-07-01", "2023-09-30")]),
    ("Quý I/2020 tăng trưởng", [("Quý I/2020", "quarter", "2020-Q1", "2020-01-01", "2020-03-31")]),
    ("quý IV/2022", [("quý IV/2022", "quarter", "2022-Q4", "2022-10-01", "2022-12-31")]),
    ("Kết quả Quý II và nhiệm vụ Quý III năm 2024.",
     [("Quý II", "quarter", "2024-Q2", "2024-04-01", "2024-06-30"),
      ("Quý III năm 2024", "quarter", "2024-Q3", "2024-07-01", "2024-09-30")]),
    # --- halves and spans of months
    ("6 tháng đầu năm 2022", [("6 tháng đầu năm 2022", "half", "2022-H1", "2022-01-01", "2022-06-30")]),
    ("6 tháng cuối năm 2023", [("6 tháng cuối năm 2023", "half", "2023-H2", "2023-07-01", "2023-12-31")]),
    ("nhiệm vụ 6 tháng còn lại của năm", [("6 tháng còn lại của năm", "half", "2023-H2", "2023-07-01", "2023-12-31")]),
    ("kết quả 6 tháng đầu năm", [("6 tháng đầu năm", "half", "2023-H1", "2023-01-01", "2023-06-30")]),
    ("9 tháng đầu năm 2022", [("9 tháng đầu năm 2022", "period", "2022-01/2022-09", "2022-01-01", "2022-09-30")]),
    ("4 tháng cuối năm", [("4 tháng cuối năm", "period", "2023-09/2023-12", "2023-09-01", "2023-12-31")]),
    ("5 tháng đầu năm", [("5 tháng đầu năm", "period", "2023-01/2023-05", "2023-01-01", "2023-05-31")]),
    ("3 tháng đầu năm 2024", [("3 tháng đầu năm 2024", "period", "2024-01/2024-03", "2024-01-01", "2024-03-31")]),
    ("06 tháng đầu năm 2021", [("06 tháng đầu năm 2021", "half", "2021-H1", "2021-01-01", "2021-06-30")]),
    # --- years
    ("năm 2018", [("năm 2018", "year", "2018", "2018-01-01", "2018-12-31")]),
    ("NĂM 2021", [("NĂM 2021", "year", "2021", "2021-01-01", "2021-12-31")]),
    ("từ đầu năm 2021 đến nay", [("năm 2021", "year", "2021", "2021-01-01", "2021-12-31")]),
    ("Giải Búa liềm vàng lần thứ VI-năm 2021", [("năm 2021", "year", "2021", "2021-01-01", "2021-12-31")]),
    ("chương trình công tác năm 2024 của Ban", [("năm 2024", "year", "2024", "2024-01-01", "2024-12-31")]),
    # --- ranges
    ("nhiệm kỳ 2020-2025", [("nhiệm kỳ 2020-2025", "range", "2020/2025", "2020-01-01", "2025-12-31")]),
    ("giai đoạn 2010 – 2020", [("giai đoạn 2010 – 2020", "range", "2010/2020", "2010-01-01", "2020-12-31")]),
    ("giai đoạn 2016 -2020", [("giai đoạn 2016 -2020", "range", "2016/2020", "2016-01-01", "2020-12-31")]),
    ("kế hoạch 2021 – 2026", [("2021 – 2026", "range", "2021/2026", "2021-01-01", "2026-12-31")]),
    ("thời kỳ 2021-2030", [("thời kỳ 2021-2030", "range", "2021/2030", "2021-01-01", "2030-12-31")]),
    ("từ năm 2015 đến năm 2020", [("từ năm 2015 đến năm 2020", "range", "2015/2020", "2015-01-01", "2020-12-31")]),
    # the second month or quarter of a pair written with one year
    ("trong tháng 11 và 12/2022", [("tháng 11", "month", "2022-11", "2022-11-01", "2022-11-30"),
                                    ("12/2022", "month", "2022-12", "2022-12-01", "2022-12-31")]),
    ("quý I, II năm 2024", [("quý I", "quarter", "2024-Q1", "2024-01-01", "2024-03-31"),
                            ("II năm 2024", "quarter", "2024-Q2", "2024-04-01", "2024-06-30")]),
    ("tháng 3 và 4 đơn vị", [("tháng 3", "month", "2023-03", "2023-03-01", "2023-03-31")]),
    ("Báo cáo kết quả 9 tháng năm 2023", [("9 tháng năm 2023", "period", "2023-01/2023-09", "2023-01-01", "2023-09-30")]),
    ("sơ kết 6 tháng năm 2024", [("6 tháng năm 2024", "half", "2024-H1", "2024-01-01", "2024-06-30")]),
    ("kế hoạch năm 2023-2024", [("năm 2023-2024", "range", "2023/2024", "2023-01-01", "2024-12-31")]),
    ("năm học 2023 - 2024", [("năm học 2023 - 2024", "range", "2023/2024", "2023-01-01", "2024-12-31")]),
    ("Luật năm 2018 đến 1988 cán bộ", [("năm 2018", "year", "2018", "2018-01-01", "2018-12-31")]),  # no range
    ("từ ngày 12-16/8/2024", [("từ ngày 12-16/8/2024", "range", "2024-08-12/2024-08-16", "2024-08-12", "2024-08-16")]),
    ("Từ ngày 15 đến ngày 20/3/2024, Ban", [("Từ ngày 15 đến ngày 20/3/2024", "range", "2024-03-15/2024-03-20",
                                            "2024-03-15", "2024-03-20")]),
    ("từ ngày 5 tới 7/4/2024.", [("từ ngày 5 tới 7/4/2024", "range", "2024-04-05/2024-04-07", "2024-04-05", "2024-04-07")]),
    ("ngày 28/2 - 02/3/2024", [("ngày 28/2 - 02/3/2024", "range", "2024-02-28/2024-03-02", "2024-02-28", "2024-03-02")]),
    ("kiểm điểm từ 01/12 đến 20/12/2024.", [("từ 01/12 đến 20/12/2024", "range", "2024-12-01/2024-12-20",
                                            "2024-12-01", "2024-12-20")]),  # after "từ", no "ngày" needed
    ("từ ngày 29/12 đến ngày 02/01/2024", [("từ ngày 29/12 đến ngày 02/01/2024", "range", "2023-12-29/2024-01-02",
                                           "2023-12-29", "2024-01-02")]),
    # two whole dates stay two dates
    ("từ ngày 28/12/2023 đến ngày 05/01/2024", [("ngày 28/12/2023", "date", "2023-12-28", "2023-12-28", "2023-12-28"),
                                                ("ngày 05/01/2024", "date", "2024-01-05", "2024-01-05", "2024-01-05")]),
    ("NHIỆM KỲ 2025 - 2030", [("NHIỆM KỲ 2025 - 2030", "range", "2025/2030", "2025-01-01", "2030-12-31")]),
    # --- durations
    ("qua 10 năm thực hiện", [("10 năm", "duration", "P10Y", None, None)]),
    ("sau 05 năm thực hiện Nghị quyết", [("05 năm", "duration", "P5Y", None, None)]),
    ("kết quả 2 năm thực hiện", [("2 năm", "duration", "P2Y", None, None)]),
    ("trong hơn 10 năm qua", [("10 năm", "duration", "P10Y", None, None)]),
    ("sau 3 tháng triển khai", [("3 tháng", "duration", "P3M", None, None)]),
    ("trong 18 tháng", [("18 tháng", "duration", "P18M", None, None)]),
    ("ngày 3 tháng 2 năm 1930", [("ngày 3 tháng 2 năm 1930", "date", "1930-02-03", *day("1930-02-03"))]),
    ("ngày 1/7/2025 sáp nhập", [("ngày 1/7/2025", "date", "2025-07-01", *day("2025-07-01"))]),
    ("ngày 10-10-2024", [("ngày 10-10-2024", "date", "2024-10-10", *day("2024-10-10"))]),
    ("Quý II năm 2025", [("Quý II năm 2025", "quarter", "2025-Q2", "2025-04-01", "2025-06-30")]),
    ("quý I - 2024", [("quý I - 2024", "quarter", "2024-Q1", "2024-01-01", "2024-03-31")]),
    ("6 THÁNG ĐẦU NĂM 2024", [("6 THÁNG ĐẦU NĂM 2024", "half", "2024-H1", "2024-01-01", "2024-06-30")]),
    ("10 tháng đầu năm 2023", [("10 tháng đầu năm 2023", "period", "2023-01/2023-10", "2023-01-01", "2023-10-31")]),
    ("2 tháng cuối năm 2022", [("2 tháng cuối năm 2022", "period", "2022-11/2022-12", "2022-11-01", "2022-12-31")]),
    ("giai đoạn 2021-2025, tầm nhìn 2030", [("giai đoạn 2021-2025", "range", "2021/2025", "2021-01-01", "2025-12-31")]),
    ("nhiệm kỳ 2015 - 2020 và nhiệm kỳ 2020 - 2025",
     [("nhiệm kỳ 2015 - 2020", "range", "2015/2020", "2015-01-01", "2020-12-31"),
      ("nhiệm kỳ 2020 - 2025", "range", "2020/2025", "2020-01-01", "2025-12-31")]),
    ("từ ngày 3 - 5/9/2023", [("từ ngày 3 - 5/9/2023", "range", "2023-09-03/2023-09-05", "2023-09-03", "2023-09-05")]),
    ("suốt 20 năm qua", [("20 năm", "duration", "P20Y", None, None)]),
    ("tháng 6 năm 2023 và tháng 7 năm 2023",
     [("tháng 6 năm 2023", "month", "2023-06", "2023-06-01", "2023-06-30"),
      ("tháng 7 năm 2023", "month", "2023-07", "2023-07-01", "2023-07-31")]),
    ("năm 2020 và năm 2025", [("năm 2020", "year", "2020", "2020-01-01", "2020-12-31"),
                              ("năm 2025", "year", "2025", "2025-01-01", "2025-12-31")]),
    ("Kế hoạch năm 2024, Quý IV/2024", [("năm 2024", "year", "2024", "2024-01-01", "2024-12-31"),
                                       ("Quý IV/2024", "quarter", "2024-Q4", "2024-10-01", "2024-12-31")]),
    # --- document reference dates are dates too
    ("Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị",
     [("ngày 15/5/2016", "date", "2016-05-15", *day("2016-05-15"))]),
    ("Quyết định số 543-QĐ/TU, ngày 31/10/2016", [("ngày 31/10/2016", "date", "2016-10-31", *day("2016-10-31"))]),
]

NEGATIVES = [
    "Hội nghị Trung ương 4 khóa XII", "khóa XIII", "Quy định số 24-QĐ/TW", "Nghị định số 30/2020/NĐ-CP",
    "Luật số 11/2022/QH15", "Quyết định số 2217/QĐ-UBND", "Thông tư 06/2019/TT-BNV", "hoàn thành 19/28 đề án",
    "41/45 xã, phường", "đại dịch COVID-19", "sáng tạo 12/15 mô hình", "Tối 31/4", "ngày 31/2/2021", "ngày 30/02/2023", "13/13/2021", "32/1/2022",
    "Huy hiệu 55 năm tuổi Đảng", "kỷ niệm 95 năm Ngày thành lập Đảng", "lần thứ VI", "Đại hội lần thứ XIII",
    "hằng năm", "trong năm", "cuối năm", "đạt 67,8%", "(1) Tích cực triển khai", "điện thoại 0203.3812.456",
    "kết nạp 612 đảng viên", "12.400 tỷ đồng", "Chương trình số 15-CTr/TU", "tháng năm", "số 2021",
    "lần thứ 5 năm", "mã số 2020-2025-AB", "về trước 3/5 số xã", "từ 19/28 đến 25/28 xã",
    "Chi bộ sinh hoạt mỗi tháng 01 lần.", "đường 2 Tháng 9 và đường 30 Tháng 4",   # a frequency, streets
    "từ trần ngày 03 tháng 2 năm Giáp Thìn", "ngày 15 tháng 7 âm lịch", "rằm tháng Giêng",  # lunar dates
]


def _shape(d):
    return (d["text"], d["kind"], d["value"], d["start_date"], d["end_date"])


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_forms(text, expected):
    got = find_dates(text, REF)
    assert [_shape(d) for d in got] == expected
    for d in got:
        assert text[d["start"]:d["end"]] == d["text"]
        DateMention(**d)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_dates(text):
    assert find_dates(text, REF) == []


@pytest.mark.parametrize("text,value", [
    ("tháng 10", "XXXX-10"), ("Quý III", "XXXX-Q3"), ("6 tháng đầu năm", "XXXX-H1"),
    ("ngày 15-8", "XXXX-08-15"), ("Sáng 15/8,", "XXXX-08-15"), ("9 tháng đầu năm", "XXXX-01/XXXX-09"),
])
def test_unknown_year_is_xxxx_with_no_interval(text, value):
    [d] = find_dates(text, RefDate(None, None))
    assert (d["value"], d["start_date"], d["end_date"]) == (value, None, None)


@pytest.mark.parametrize("text,expected", [
    ("THÔNG BÁO\n…\nQuảng Ngãi, ngày 13 tháng 10 năm 2021\n", RefDate("2021-10-13", 2021)),
    ("Tin hoạt động\nHuyện ủy sơ kết\n29-11-2021 15:37\nNgày 25/11/2021, …", RefDate("2021-11-29", 2021)),
    ("Thứ Tư, 09/10/2024 14:05\nNội dung", RefDate("2024-10-09", 2024)),
    ("TỈNH ỦY QUẢNG NAM\nSố 150-KH/TU\nQuảng Nam, ngày 3/2/2024\n", RefDate("2024-02-03", 2024)),
    ("HÀ NỘI, ngày 02-3-2024\nNội dung", RefDate("2024-03-02", 2024)),
    ("Lâm Đồng, 27/12/2023\nNội dung", RefDate("2023-12-27", 2023)),
    ("Tin\nCập nhật: 18/7/2024 09:12\nNội dung", RefDate("2024-07-18", 2024)),
    ("Tin\nCập nhật lúc 16:40 ngày 22/11/2023\nNội dung", RefDate("2023-11-22", 2023)),
    ("Tin\nCập nhật: 12/01/2024 | Tác giả: Minh Thư\nNội dung", RefDate("2024-01-12", 2024)),
    # a sentence that opens with a comma and a date is no place-date line
    ("Huyện ủy họp.\nTrước đó, ngày 28/8/2023, Tỉnh ủy họp.", RefDate(None, 2023)),
    ("Huyện ủy họp.\nCùng ngày, ngày 2/9/2023 đoàn về thăm.", RefDate(None, 2023)),
    ("Năm 2022, kết quả Quý III/2022 và năm 2022 đều khá; năm 2021 thấp hơn.", RefDate(None, 2022)),
    ("Không có thời gian nào.", RefDate(None, None)),
])
def test_reference_date(text, expected):
    assert reference_date(text) == expected


def test_old_tone_placement_and_capitals_are_the_same_words():
    assert [d["value"] for d in find_dates("NHIỆM KỲ 2020 – 2025 và QUÝ IV NĂM 2022", REF)] == ["2020/2025", "2022-Q4"]


# ---- the dispatched scan (date_forms.scan) finds what the whole pattern finds, everywhere ---------------------
def _plain(text):
    return [(m.span(), m.lastgroup) for m in date_forms.PATTERN.finditer(text) if m.end() > m.start()]


def _scanned(text):
    low = text.lower()
    return [(m.span(), m.lastgroup) for m, _ in date_forms.scan(text, low, date_forms.ANCHORS.starts(text, low))]


@pytest.mark.parametrize("text", [
    # every way a date may start: a number and the character after it, a word, a number written as a word
    "14:05:33 02/06/2023, 7h30 ngày 5/3/2024, 8h00: họp, 14 giờ 15 phút, 25/8 (1954 - 2024), Trong 2 ngày (20 và "
    "21-5), (18, 19 và 22-3-2021), 3/2/1930 - 3/2/2025, 2020–2025, 2015 đến 2020, 6 tháng đầu năm, 10 năm, 05\nnăm",
    "Hai mươi năm qua, mười một tháng, khai năm, ba tháng đầu năm; năm năm, năm tháng, hai  nhiệm kỳ, Quốc khánh 2/9, "
    "chiều nay 14/11, Sáng 22.9, cùng kỳ năm trước, nhiệm kỳ trước 2010 - 2015, nhiệm vụ, thời gian, trước 15/7",
    "Ngày: 21/11/2024, NGÀY 2/9/1945, từ ngày 8 đến ngày 10 tháng 6 năm 2021, Từ ngày 25-27/9, quý II-2023, tháng tư",
])
def test_dispatched_scan_equals_the_whole_pattern_on_examples(text):
    assert _scanned(text) == _plain(text)


def test_dispatched_scan_equals_the_whole_pattern_on_the_corpus():
    for text in DOCS:
        assert _scanned(text) == _plain(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["ngày", "Ngày", "tháng", "năm", "Năm", "hai", "mươi", "ba", "mười", "một", "quý", "II",
                                 "từ", "đến", "nhiệm kỳ", "trước", "chiều", "nay", "cùng kỳ", "Quốc khánh", "(", ")",
                                 "5", "12", "2/9", "21/8/2023", "14:05", "7h30", "2020", "-", "2025", "và", ",", "giờ",
                                 "15", "phút", "\n", "đầu", "qua", "6", "9"]), max_size=40).map(" ".join))
def test_dispatched_scan_equals_the_whole_pattern_on_made_up_text(text):
    assert _scanned(text) == _plain(text)
