"""Segmentation: offsets exact, headings apart from their paragraph, broken lines kept together."""
from __future__ import annotations

import pytest

from extract.segment import SentenceIndex, split_sentences

CASES = [
    # (text, expected sentence texts)
    ("I. KẾT QUẢ CÔNG TÁC\nNăm 2023 kết nạp 120 đảng viên. Tỷ lệ đạt 101%.",
     ["I. KẾT QUẢ CÔNG TÁC", "Năm 2023 kết nạp 120 đảng viên.", "Tỷ lệ đạt 101%."]),
    ("THÔNG BÁO\n\nKết luận của Thường trực Huyện ủy",
     ["THÔNG BÁO", "Kết luận của Thường trực Huyện ủy"]),
    ("Đồng chí Lê Văn Hòa, Bí thư Huyện ủy,\nphát biểu tại hội nghị",
     ["Đồng chí Lê Văn Hòa, Bí thư Huyện ủy,\nphát biểu tại hội nghị"]),
    ("Đồng chí Phan Thị Lan, Phó Bí thư Thường trực\nHuyện ủy phát biểu bế mạc",
     ["Đồng chí Phan Thị Lan, Phó Bí thư Thường trực", "Huyện ủy phát biểu bế mạc"]),
    ("   \n\n  Câu đầu tiên.  \n \n Câu thứ hai.", ["Câu đầu tiên.", "Câu thứ hai."]),
    ("", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sentences(text, expected):
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    assert all(text[s.start:s.end] == s.text for s in got)
    assert [s.sentence_id for s in got] == list(range(len(got)))


def test_paragraph_numbers_and_index():
    text = "Tiêu đề\n\nĐoạn một câu một. Đoạn một câu hai.\n\nĐoạn hai."
    ss = split_sentences(text)
    assert [s.paragraph for s in ss] == [0, 1, 1, 2]
    idx = SentenceIndex(ss)
    assert idx.of(text.index("câu hai")) == 2
    assert idx.of(text.index("\n\n")) is None


def test_giant_single_line_is_cut_but_exact():
    text = ("Hội nghị thống nhất các nội dung quan trọng " * 3000).strip()
    ss = split_sentences(text)
    assert ss and all(text[s.start:s.end] == s.text for s in ss)


def test_every_abbreviation_is_shorter_than_the_word_a_full_stop_reads_back():
    """A "." reads the word before it only ``WORD_REACH`` characters back (linear time on a huge word)."""
    from extract.segment import WORD_REACH, abbreviations

    assert max(map(len, abbreviations())) < WORD_REACH
