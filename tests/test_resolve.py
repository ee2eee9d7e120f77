"""Canonical ids across an archive (SPEC §2): terms, undated mentions, code-less numbers, State documents."""
from __future__ import annotations

import pytest

from extract.context import DocContext
from extract.resolve import resolve_archive, term_of


def _doc(doc_id, text, ref_date):
    return {"doc_id": doc_id, "ref_date": ref_date, "ref_year": int(ref_date[:4]) if ref_date else None,
            "doc_refs": DocContext(text).found("doc_refs")}


def _ids(doc):
    return [r["canonical_id"] for r in doc["doc_refs"]]


@pytest.mark.parametrize("date,central,term", [
    ("2017-03-01", True, "k12"), ("2021-01-24", True, "k12"), ("2021-01-25", True, "k13"), ("2008-02-02", True, "k10"),
    ("2026-02-01", True, "k14"), ("2016-10-31", False, "t2015"), ("2020-08-01", False, "t2015"), (None, True, None),
])
def test_term_of(date, central, term):
    assert term_of(date, central) == term


def test_same_number_in_two_terms_stays_two_documents():
    a = _doc("a", "Kết luận số 12-KL/TW, ngày 05/4/2017 của Bộ Chính trị", "2017-05-01")
    b = _doc("b", "Kết luận số 12-KL/TW, ngày 06/7/2021 của Bộ Chính trị", "2021-08-01")
    resolve_archive([a, b])
    assert _ids(a) != _ids(b)
    assert _ids(a) == ["KL/TW/12/k12"] and _ids(b) == ["KL/TW/12/k13"]


def test_undated_mention_joins_latest_known_not_newer_than_citing_document():
    a = _doc("a", "Kết luận số 12-KL/TW, ngày 05/4/2017 của Bộ Chính trị", "2017-05-01")
    b = _doc("b", "Kết luận số 12-KL/TW, ngày 06/7/2021 của Bộ Chính trị", "2021-08-01")
    c = _doc("c", "tiếp tục quán triệt Kết luận số 12-KL/TW trong toàn Đảng bộ", "2019-03-01")
    d = _doc("d", "tiếp tục quán triệt Kết luận số 12-KL/TW trong toàn Đảng bộ", "2022-03-01")
    resolve_archive([a, b, c, d])
    assert _ids(c) == _ids(a) and _ids(d) == _ids(b)


def test_written_term_decides():
    a = _doc("a", "Hướng dẫn số 01-HD/TW, ngày 28/9/2021. Quy định số 29-QĐ/TW và Hướng dẫn số 01-HD/TW của khóa XII",
             "2021-10-13")
    resolve_archive([a])
    hd = [r["canonical_id"] for r in a["doc_refs"] if r["symbol"] == "01-HD/TW"]
    assert hd == ["HD/TW/1/k13", "HD/TW/1/k12"]


def test_unknown_term_is_said_not_guessed():
    a = _doc("a", "thực hiện Chỉ thị số 07-CT/TW trong toàn ngành", None)
    resolve_archive([a])
    assert _ids(a) == ["CT/TW/7/k?"]


def test_codeless_number_resolves_like_coded():
    a = _doc("a", "Nghị quyết số 41-NQ/TW, ngày 10/10/2023 của Bộ Chính trị về doanh nhân", "2023-11-01")
    b = _doc("b", "Quán triệt Nghị quyết 41 của Bộ Chính trị về phát huy vai trò doanh nhân.", "2023-12-01")
    resolve_archive([a, b])
    assert _ids(a) == _ids(b) == ["NQ/TW/41/k13"]


def test_state_documents_are_symbol_and_year_and_plenums_by_term():
    a = _doc("a", "Nghị định số 30/2020/NĐ-CP và Luật số 11/2022/QH15; Nghị quyết Trung ương 4 khóa XI, XII; "
                  "Điều lệ Đảng", "2023-01-01")
    resolve_archive([a])
    assert _ids(a) == ["NĐ-CP/30/2020", "QH15/11/2022", "NQ/TW/HNTW4/k11", "NQ/TW/HNTW4/k12", "Điều lệ/Điều lệ Đảng"]


def test_a_state_number_of_four_digits_is_no_year():
    a = _doc("a", "Quyết định số 1234/QĐ-UBND ngày 20/7/2023 và Quyết định số 1234/QĐ-UBND ngày 03/01/2022", "2024-01-01")
    resolve_archive([a])
    assert _ids(a) == ["QĐ-UBND/1234/2023", "QĐ-UBND/1234/2022"]


def test_a_number_beside_its_plenum_is_the_same_document_as_the_number_alone():
    a = _doc("a", "Nghị quyết số 04-NQ/TW Hội nghị Trung ương 4 (khóa XII) về xây dựng Đảng", "2017-05-01")
    b = _doc("b", "tiếp tục thực hiện Nghị quyết số 04-NQ/TW", "2019-03-01")
    c = _doc("c", "quán triệt Nghị quyết Trung ương 4 khóa XII", "2019-03-01")
    resolve_archive([a, b, c])
    assert _ids(a) == _ids(b) == ["NQ/TW/4/k12"]
    assert _ids(c) == ["NQ/TW/HNTW4/k12"]  # that plenum passed several numbered resolutions: not guessed


def test_a_reference_in_capitals_is_the_same_document_as_in_lowercase():
    a = _doc("a", "THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII VÀ ĐIỀU LỆ ĐẢNG", "2021-03-01")
    b = _doc("b", "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Điều lệ Đảng", "2021-03-01")
    resolve_archive([a, b])
    assert _ids(a) == _ids(b) == ["NQ/ĐH17/Đảng bộ tỉnh", "Điều lệ/Điều lệ Đảng"]


def test_local_numbers_of_two_provinces_are_two_documents():
    a = _doc("a", "TỈNH ỦY BẮC GIANG\n*\nThực hiện Kế hoạch số 15-KH/TU, ngày 10/5/2021 của Ban Thường vụ Tỉnh ủy.",
             "2021-06-01")
    b = _doc("b", "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY GIO LINH\n*\nThực hiện Kế hoạch số 15-KH/TU, ngày 20/4/2021.",
             "2021-06-01")
    c = _doc("c", "Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy Bắc Giang", "2021-07-01")
    resolve_archive([a, b, c])
    assert _ids(a) == _ids(c) == ["KH/TU@Bắc Giang/15/t2020"]
    assert _ids(b) == ["KH/TU@Quảng Trị/15/t2020"]


def test_a_local_number_of_unknown_place_joins_the_only_place_the_archive_knows():
    a = _doc("a", "HUYỆN ỦY GIO LINH\n*\nthực hiện Kế hoạch số 52-KH/HU ngày 3/3/2022", "2022-05-01")
    b = _doc("b", "Tin hoạt động: Huyện ủy triển khai Kế hoạch số 52-KH/HU", "2022-06-01")
    resolve_archive([a, b])
    assert _ids(a) == _ids(b) == ["KH/HU@huyện Gio Linh/52/t2020"]


def test_a_provincial_congress_belongs_to_the_citing_documents_province():
    a = _doc("a", "TỈNH ỦY NAM ĐỊNH\n*\nthực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "2021-06-01")
    b = _doc("b", "TỈNH ỦY HÀ TĨNH\n*\nthực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "2021-06-01")
    resolve_archive([a, b])
    assert _ids(a) == ["NQ/ĐH20/Đảng bộ tỉnh Nam Định"] and _ids(b) == ["NQ/ĐH20/Đảng bộ tỉnh Hà Tĩnh"]


def test_an_undated_mention_takes_the_term_of_a_dated_one_in_the_same_text():
    a = _doc("a", "Sau 6 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị, các chi bộ tiếp tục "
                  "thực hiện Chỉ thị số 05-CT/TW.", "2022-05-12")
    b = _doc("b", "Chỉ thị số 05-CT/TW, ngày 05/11/2021 của Ban Bí thư về công tác dân vận.", "2022-01-01")
    resolve_archive([a, b])
    assert _ids(a) == ["CT/TW/5/k12", "CT/TW/5/k12"] and _ids(b) == ["CT/TW/5/k13"]


def test_a_matching_subject_tells_which_document_an_undated_mention_names():
    a = _doc("a", "Kết luận số 12-KL/TW, ngày 05/4/2017 của Ban Bí thư về tiếp tục đẩy mạnh công tác dân vận ở vùng "
                  "đồng bào dân tộc thiểu số.", "2017-05-01")
    b = _doc("b", "Kết luận số 12-KL/TW, ngày 06/7/2021 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài.",
             "2021-08-01")
    c = _doc("c", "thực hiện Kết luận số 12-KL/TW về tiếp tục đẩy mạnh công tác dân vận ở vùng đồng bào dân tộc "
                  "thiểu số", "2022-05-01")
    resolve_archive([a, b, c])
    assert _ids(c) == ["KL/TW/12/k12"]  # not the later one, which the date alone would pick



def test_a_mention_of_another_central_body_is_not_the_dated_one_of_the_same_text():
    # one number of one term is one body's document: the Politburo's directive is not the Secretariat's
    a = _doc("a", "Tổng kết Chỉ thị số 05-CT/TW của Bộ Chính trị; quán triệt Chỉ thị số 05-CT/TW, ngày 05/11/2021 "
                  "của Ban Bí thư.", "2022-06-01")
    resolve_archive([a])
    assert _ids(a) == ["CT/TW/5/k?", "CT/TW/5/k13"]
    b = _doc("b", "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.", "2016-06-01")
    resolve_archive([a, b])  # the archive knows the Politburo's directive of that number
    assert _ids(a) == ["CT/TW/5/k12", "CT/TW/5/k13"]
    c = _doc("c", "Thực hiện Chỉ thị số 05-CT/TW của Ban Bí thư.", "2022-06-01")
    resolve_archive([a, b, c])
    assert _ids(c) == ["CT/TW/5/k13"]  # the same body: the latest known


def test_a_body_the_archive_never_saw_for_a_number_is_no_evidence():
    # a writer crediting the Central Committee's rule to the Politburo still names that rule
    a = _doc("a", "Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương.", "2021-09-01")
    b = _doc("b", "Thực hiện Quy định số 24-QĐ/TW của Bộ Chính trị.", "2023-03-01")
    resolve_archive([a, b])
    assert _ids(b) == ["QĐ/TW/24/k13"]


def test_a_provincial_city_and_its_province_number_apart():
    city = _doc("a", "ĐẢNG BỘ TỈNH BẮC GIANG\nTHÀNH ỦY BẮC GIANG\n*\nSố 15-KH/TU\n\nthực hiện Kế hoạch số 15-KH/TU, "
                     "ngày 10/5/2017 của Ban Thường vụ Tỉnh ủy", "2017-06-01")
    resolve_archive([city])
    own, cited = _ids(city)
    assert own.startswith("KH/TU@thành phố Bắc Giang/15/") and cited == "KH/TU@Bắc Giang/15/t2015"


def test_a_bloc_committee_is_provincial_and_communes_number_apart():
    a = _doc("a", "ĐẢNG BỘ TỈNH BẮC GIANG\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n*\nthực hiện Kế hoạch số 20-KH/ĐUK ngày 3/3/2021",
             "2021-05-01")
    b = _doc("b", "ĐẢNG BỘ HUYỆN LỤC NAM\nĐẢNG ỦY XÃ BẢO ĐÀI\n*\nthực hiện Nghị quyết số 10-NQ/ĐU ngày 3/3/2021",
             "2021-05-01")
    c = _doc("c", "ĐẢNG BỘ HUYỆN LỤC NAM\nĐẢNG ỦY XÃ TAM DỊ\n*\nthực hiện Nghị quyết số 10-NQ/ĐU ngày 5/3/2021",
             "2021-05-01")
    resolve_archive([a, b, c])
    assert _ids(a) == ["KH/ĐUK@Bắc Giang/20/t2020"]
    assert _ids(b) != _ids(c)


_DISTRICT = "ĐẢNG BỘ TỈNH THANH HÓA\nHUYỆN ỦY NGA SƠN\n*\n"
_OTHER_DISTRICT = "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nHUYỆN ỦY SƠN TỊNH\n*\n"
_COMMUNE = "ĐẢNG BỘ HUYỆN LỤC NAM\nĐẢNG ỦY XÃ BẢO ĐÀI\n*\n"

# (header of the citing document, its text, the ids): the Government, the Prime Minister, a ministry and the
# National Assembly number nationally, whoever cites them; a People's Committee or Council and its departments
# number within a province
STATE_IDS = [
    (_DISTRICT, "Kê khai theo Nghị định số 130/2020/NĐ-CP của Chính phủ.", ["NĐ-CP/130/2020"]),
    (_OTHER_DISTRICT, "Kê khai theo Nghị định số 130/2020/NĐ-CP của Chính phủ.", ["NĐ-CP/130/2020"]),
    (_COMMUNE, "Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021.", ["QĐ-TTG/1719/2021"]),
    (_DISTRICT, "Công khai ngân sách theo Thông tư số 343/2016/TT-BTC.", ["TT-BTC/343/2016"]),
    (_DISTRICT, "Theo Thông tư số 01/2011/TT-BNV và Luật số 11/2022/QH15.", ["TT-BNV/1/2011", "QH15/11/2022"]),
    (_COMMUNE, "Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024.", ["NQ-CP/1/2024"]),
    (_DISTRICT, "Theo Nghị quyết số 653/2019/UBTVQH14 về sắp xếp xã.", ["UBTVQH14/653/2019"]),
    (_DISTRICT, "Theo Quyết định số 45/QĐ-UBND ngày 02/3/2023.", ["QĐ-UBND@Thanh Hóa/45/2023"]),
    (_DISTRICT, "Theo Quyết định số 45/QĐ-SNV ngày 02/3/2023 của Sở Nội vụ.", ["QĐ-SNV@Thanh Hóa/45/2023"]),
    (_DISTRICT, "Theo Công văn số 1532/UBND-NN ngày 05/11/2021.", ["UBND-NN@Thanh Hóa/1532/2021"]),
    (_COMMUNE, "Làm theo văn bản số 2468/TTg-KTTH ngày 03/5/2022.", ["TTG-KTTH/2468/2022"]),
]


@pytest.mark.parametrize("header,text,ids", STATE_IDS, ids=[f"{c[0][-12:-3]}:{c[1][:30]}" for c in STATE_IDS])
def test_national_state_documents_take_no_place(header, text, ids):
    a = _doc("a", header + text, "2024-06-01")
    resolve_archive([a])
    assert _ids(a) == ids


def test_a_state_document_cited_from_two_districts_is_one_document():
    a = _doc("a", _DISTRICT + "Thông tư số 344/2016/TT-BTC và Nghị định số 130/2020/NĐ-CP.", "2022-10-14")
    b = _doc("b", _OTHER_DISTRICT + "Nghị định số 130/2020/NĐ-CP và Thông tư số 344/2016/TT-BTC.", "2024-10-20")
    resolve_archive([a, b])
    assert _ids(a) == list(reversed(_ids(b)))


def test_a_provinces_state_decisions_are_its_own():
    a = _doc("a", "Quyết định số 512/QĐ-UBND ngày 02/3/2023 của UBND tỉnh Nghệ An", "2023-05-01")
    b = _doc("b", "Quyết định số 512/QĐ-UBND ngày 02/3/2023 của UBND tỉnh Cà Mau", "2023-05-01")
    resolve_archive([a, b])
    assert _ids(a) == ["QĐ-UBND@Nghệ An/512/2023"] and _ids(b) == ["QĐ-UBND@Cà Mau/512/2023"]


_LAW_2013 = ("Luật Đất đai số 45/2013/QH13 được Quốc hội thông qua.", "2014-01-10")
_LAW_2024 = ("Luật Đất đai số 31/2024/QH15 được Quốc hội thông qua.", "2024-02-20")
_BARE = "Các chi bộ phổ biến Luật Đất đai và các văn bản hướng dẫn."

# (earlier texts of the archive with their dates, the citing text and its date, its ids): a named law joins the
# numbered one of that name the text gives, else the only one the archive knows not newer than the citing document
LAW_IDS = [
    ([_LAW_2024], (_BARE, "2024-09-01"), ["QH15/31/2024"]),
    ([_LAW_2024], (_BARE, "2023-09-01"), ["Luật/Luật Đất đai"]),  # that law is newer: another one is meant
    ([_LAW_2013, _LAW_2024], (_BARE, "2025-03-01"), ["Luật/Luật Đất đai"]),  # two laws of that name: not guessed
    ([_LAW_2013, _LAW_2024], (_BARE, "2020-03-01"), ["QH13/45/2013"]),
    ([_LAW_2013], ("Luật Đất đai số 31/2024/QH15 ra đời; học tập Luật Đất đai và các văn bản.", "2024-05-01"),
     ["QH15/31/2024", "QH15/31/2024"]),  # the text's own number wins over the archive's two
    ([_LAW_2024], ("Áp dụng Luật Đấu thầu và Luật số 11/2022/QH15.", "2024-09-01"),
     ["Luật/Luật Đấu thầu", "QH15/11/2022"]),  # another name, or a law known by its number alone, joins nothing
    ([_LAW_2013], ("Lấy ý kiến về dự thảo Luật Đất đai (sửa đổi) trong nhân dân.", "2023-03-01"),
     ["Luật/Luật Đất đai (sửa đổi)"]),  # the revised law is not the one it revises
    ([("Bộ luật Lao động số 45/2019/QH14 quy định rõ.", "2020-01-01")],
     ("Chấp hành Bộ luật Lao động và các quy định.", "2022-01-01"), ["QH14/45/2019"]),
]


@pytest.mark.parametrize("earlier,citing,ids", LAW_IDS, ids=[f"{c[1][1]}:{c[1][0][:30]}" for c in LAW_IDS])
def test_a_named_law_joins_the_one_numbered_law_of_its_name(earlier, citing, ids):
    docs = [_doc(f"e{i}", t, d) for i, (t, d) in enumerate(earlier)] + [_doc("c", *citing)]
    resolve_archive(docs)
    assert _ids(docs[-1]) == ids


_DECREE = ("Kê khai tài sản theo Nghị định số 130/2020/NĐ-CP của Chính phủ.", "2021-01-05")
_OLDER_DECREE = ("Quản lý theo Nghị định số 130/2013/NĐ-CP của Chính phủ.", "2014-01-05")

# (earlier texts with their dates, the citing text and its date, its ids): a State document cited by its number
# alone is the one of that type and number its text gives, else the only one the archive knows not newer
STATE_NUMBER_IDS = [
    ([], ("Kê khai theo Nghị định số 130/2020/NĐ-CP của Chính phủ. Theo Nghị định 130, người có chức vụ kê khai.",
          "2022-03-01"), ["NĐ-CP/130/2020", "NĐ-CP/130/2020"]),
    ([], ("Thực hiện Quyết định số 1600/QĐ-TTg ngày 06/8/2021 của Thủ tướng. Theo Quyết định 1600, xã được hỗ trợ.",
          "2022-03-01"), ["QĐ-TTG/1600/2021", "QĐ-TTG/1600/2021"]),
    ([_DECREE], ("Các chi bộ thực hiện Nghị định 130 về kê khai.", "2022-03-01"), ["NĐ-CP/130/2020"]),
    ([_DECREE], ("Các chi bộ thực hiện Nghị định 130 về kê khai.", "2019-03-01"), ["NĐ-?/130/y?"]),  # not yet issued
    ([_DECREE, _OLDER_DECREE], ("Các chi bộ thực hiện Nghị định 130 về kê khai.", "2022-03-01"),
     ["NĐ-?/130/y?"]),  # two decrees of that number: not guessed
    ([_OLDER_DECREE], ("Theo Nghị định số 130/2020/NĐ-CP và Nghị định 130, cán bộ kê khai.", "2022-03-01"),
     ["NĐ-CP/130/2020", "NĐ-CP/130/2020"]),  # the text's own full form wins
]


@pytest.mark.parametrize("earlier,citing,ids", STATE_NUMBER_IDS,
                         ids=[f"{c[1][1]}:{len(c[0])}:{c[1][0][:30]}" for c in STATE_NUMBER_IDS])
def test_a_state_document_cited_by_number_alone_joins_its_full_form(earlier, citing, ids):
    docs = [_doc(f"e{i}", t, d) for i, (t, d) in enumerate(earlier)] + [_doc("c", *citing)]
    resolve_archive(docs)
    assert _ids(docs[-1]) == ids


_NQ18_2017 = ("Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương về một số vấn đề về tiếp tục đổi "
              "mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.", "2017-11-01")
_NQ18_2022 = ("Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương về tiếp tục đổi mới, hoàn thiện thể "
              "chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất.", "2022-07-01")

# (the citing text and its date, its ids): a subject worded otherwise than the archive's is evidence when one term's
# subject clearly holds most of its words; the date decides otherwise
SUBJECT_IDS = [
    ("Sơ kết Nghị quyết số 18-NQ/TW về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị.",
     "2025-02-01", ["NQ/TW/18/k12"]),  # regression: the first eight words differed, the later one was taken
    ("Triển khai Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy hệ thống chính trị tinh gọn.", "2025-02-01",
     ["NQ/TW/18/k12"]),
    ("Triển khai Nghị quyết số 18-NQ/TW về đổi mới, hoàn thiện thể chế, chính sách quản lý và sử dụng đất.",
     "2025-02-01", ["NQ/TW/18/k13"]),
    ("Triển khai Nghị quyết số 18-NQ/TW về tiếp tục đổi mới.", "2025-02-01", ["NQ/TW/18/k13"]),  # both: the date
    ("Triển khai Nghị quyết số 18-NQ/TW về công tác dân vận ở cơ sở.", "2025-02-01", ["NQ/TW/18/k13"]),  # neither
    # two documents of one number in one text: the other mention's term is no evidence against a clear subject
    ("Tổng kết Nghị quyết số 18-NQ/TW về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy. Thực hiện Nghị "
     "quyết số 18-NQ/TW khóa XIII về đất đai.", "2025-02-01", ["NQ/TW/18/k12", "NQ/TW/18/k13"]),
    ("Thực hiện Nghị quyết số 18-NQ/TW khóa XIII về đất đai; sơ kết Nghị quyết số 18-NQ/TW.", "2025-02-01",
     ["NQ/TW/18/k13", "NQ/TW/18/k13"]),  # no subject: the text's other mention decides
]


@pytest.mark.parametrize("text,date,ids", SUBJECT_IDS, ids=[c[0][:50] for c in SUBJECT_IDS])
def test_a_subject_worded_otherwise_is_evidence_when_one_term_clearly_matches(text, date, ids):
    docs = [_doc("a", *_NQ18_2017), _doc("b", *_NQ18_2022), _doc("c", text, date)]
    resolve_archive(docs)
    assert _ids(docs[0]) == ["NQ/TW/18/k12"] and _ids(docs[1]) == ["NQ/TW/18/k13"]
    assert _ids(docs[-1]) == ids
