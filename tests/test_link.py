"""Reference → reference relations inside a sentence, with the cue kept."""
from __future__ import annotations

import pytest

from extract.context import DocContext
from extract.link import find_ref_relations
from extract.segment import split_sentences


def _rel(text):
    refs = DocContext(text).found("doc_refs")
    sents = [(s.start, s.end) for s in split_sentences(text)]
    return [((refs[e["source"]]["symbol"] if e["source"] is not None else None), refs[e["target"]]["symbol"],
             e["relation"], e["cue"]) for e in find_ref_relations(text, refs, sents)]


@pytest.mark.parametrize("text,expected", [
    ("Kế hoạch số 52-KH/HU, ngày 02/3/2022 của Huyện ủy về thực hiện Chỉ thị số 17-CT/TU của Tỉnh ủy.",
     [("52-KH/HU", "17-CT/TU", "implements", "thực hiện")]),
    ("Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
     [("01-KL/TW", "05-CT/TW", "continues", "tiếp tục thực hiện")]),
    ("(1) Sửa đổi, bổ sung Quy định số 126-QĐ/TW, ngày 28/02/2018 của Bộ Chính trị.",
     [(None, "126-QĐ/TW", "amends", "Sửa đổi, bổ sung")]),
    ("Quyết định số 15-QĐ/TU thay thế Quyết định số 09-QĐ/TU.", [("15-QĐ/TU", "09-QĐ/TU", "replaces", "thay thế")]),
    ("Tổng kết việc thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị.", [(None, "39-NQ/TW", "reviews", "Tổng kết")]),
    ("Ban hành Hướng dẫn số 03-HD/BTCTU hướng dẫn thực hiện Quy định số 24-QĐ/TW.",
     [("03-HD/BTCTU", "24-QĐ/TW", "guides", "hướng dẫn thực hiện")]),
    ("Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.", [(None, "05-CT/TW", "reviews", "Sơ kết")]),
    ("Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị.", []),
    ("Quán triệt Nghị quyết số 04-NQ/TW đến toàn thể đảng viên.", [(None, "04-NQ/TW", "implements", "Quán triệt")]),
    # the references listed after one cue share it; a new verb starts a new clause
    ("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị (khóa XII); Kết luận số 01-KL/TW và "
     "Quy định số 08-QĐi/TW.",
     [(None, "05-CT/TW", "implements", "Thực hiện"), (None, "01-KL/TW", "implements", "Thực hiện"),
      (None, "08-QĐi/TW", "implements", "Thực hiện")]),
    ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Huyện ủy ban hành Kế hoạch số 52-KH/HU.",
     [(None, "05-CT/TW", "implements", "Thực hiện")]),
    # an amendment of some articles; the passive turns the edge round
    ("Quy định số 20-QĐ/TU sửa đổi, bổ sung một số điều của Quy định số 07-QĐ/TU.",
     [("20-QĐ/TU", "07-QĐ/TU", "amends", "sửa đổi, bổ sung")]),
    ("Quy định số 03-QĐ/TU đã được thay thế bằng Quy định số 11-QĐ/TU.",
     [("11-QĐ/TU", "03-QĐ/TU", "replaces", "đã được thay thế bằng")]),
    ("Nhiều văn bản còn theo Thông tư số 01/2011/TT-BNV, dù thông tư ấy đã được thay thế bởi Nghị định số "
     "30/2020/NĐ-CP.",
     [("30/2020/NĐ-CP", "01/2011/TT-BNV", "replaces", "đã được thay thế bởi")]),
    ("Quy định số 05-QĐ/HU được thay thế bởi Quy định số 14-QĐ/HU từ tháng 3.",
     [("14-QĐ/HU", "05-QĐ/HU", "replaces", "được thay thế bởi")]),
    # how it is carried out does not hide the verb: "thực hiện nghiêm / đúng / theo / tốt / có hiệu quả"
    ("Mọi tổ chức đảng thực hiện nghiêm Quy định số 69-QĐ/TW về kỷ luật.",
     [(None, "69-QĐ/TW", "implements", "thực hiện")]),
    ("Đảng ủy thực hiện đúng Quy định số 24-QĐ/TW khi xét kết nạp.", [(None, "24-QĐ/TW", "implements", "thực hiện")]),
    ("Việc chấm điểm thực hiện theo Hướng dẫn số 07-HD/BTCTU.", [(None, "07-HD/BTCTU", "implements", "thực hiện")]),
    ("Cần thực hiện tốt Chỉ thị số 08-CT/TU trong mùa mưa bão.", [(None, "08-CT/TU", "implements", "thực hiện")]),
    ("Các đảng bộ thực hiện nghiêm túc, có hiệu quả Kết luận số 21-KL/TW.",
     [(None, "21-KL/TW", "implements", "thực hiện")]),
    ("Các chi bộ tiếp tục thực hiện đúng theo Chỉ thị số 05-CT/TW.",
     [(None, "05-CT/TW", "continues", "tiếp tục thực hiện")]),
    # a manner word follows only a verb of carrying out: a review done "theo" a guide reviews no guide
    ("Sơ kết theo Hướng dẫn số 12-HD/TU vào cuối năm.", []),
    ("Ban Kiểm tra thấy chi bộ thực hiện không đúng Quy định số 69-QĐ/TW.", []),
    # an amendment's list does not run on across ";"
    ("Quyết định số 2240-QĐ/TU sửa đổi Quyết định số 1680-QĐ/TU; Kế hoạch số 231-KH/TU về tuyên truyền.",
     [("2240-QĐ/TU", "1680-QĐ/TU", "amends", "sửa đổi")]),
])
def test_relations(text, expected):
    assert _rel(text) == expected
