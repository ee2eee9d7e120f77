"""Legacy encodings (TCVN3, VNI), sniffing, mojibake repair and scrambled-text detection.

All sample sentences are written for these tests.
"""
from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from extract.find.lexicon import load_tsv
from extract.io import legacy
from extract.io.legacy_score import check_syllable, scramble_counts, tone_slots
from extract.io.legacy_tables import CP1252, tcvn3_tables, vni_tables

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
LOWER = sorted({unicodedata.normalize("NFC", b + t) for b in "aăâeêioôơuưy" for t in TONES} - set("aeiouy") | {"đ"})
LETTERS = LOWER + [c.upper() for c in LOWER]

SENTENCES = [
    "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng Mười để bàn việc chuẩn bị Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII.",
    "Các chi bộ cần tăng cường kiểm tra, giám sát việc thực hiện Chỉ thị số 08-CT/TU và báo cáo kết quả trước ngày 15/12/2024.",
    "Đồng chí Nguyễn Thị Hương, Phó Bí thư Thường trực, phát biểu chỉ đạo hội nghị và đề nghị các ngành phối hợp chặt chẽ.",
    "Quyết định này có hiệu lực kể từ ngày ký; các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành.",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh là nhiệm vụ thường xuyên của mỗi cán bộ, đảng viên.",
    "BÁO CÁO TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
    "Hội đồng nhân dân xã quyết nghị giữ nguyên mức hỗ trợ cho hộ nghèo, khuyến khích thanh niên khởi nghiệp ở quê hương.",
]
NORMAL = SENTENCES + [
    "Thực hiện Quy định 24-QĐ/TW, Ủy ban Kiểm tra Trung ương đã kiểm tra 12 tổ chức đảng; hoà bình và hòa bình, "
    "thuỷ lợi và thủy lợi, khoá học và khóa học đều đúng chính tả.",
    "Hội thảo có sự tham gia của GS. John Smith (Harvard University), TS. José Pérez, bà Peña và đại biểu tỉnh Đắk Lắk, "
    "đồng bào Ê Đê, H'Mông, Y Ngông Niê Kdăm; email: vanphong@tinhuy.vn, mã số QĐ-UBND-2024.",
    "The Central Committee met in Hà Nội on 12 May; delegates from Đà Nẵng and Cần Thơ attended the plenum.",
]


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: precomposed base letter + combining tone byte."""
    out = bytearray()
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", c)
            tone = "".join(x for x in nfd if x in TONES)
            out += unicodedata.normalize("NFC", "".join(x for x in nfd if x not in TONES)).encode("cp1258")
            out += tone.encode("cp1258")
    return bytes(out)


def as_cp1252(data: bytes) -> str:
    """Bytes shown as Windows-1252 the lenient way (browsers: undefined bytes kept as U+0081 etc.)."""
    return "".join(CP1252[b] for b in data)


def scramble(text: str, seed: int) -> str:
    """Move every tone mark to a random letter of the same word, as anti-scraper sites do."""
    rng, words = random.Random(seed), []
    for word in text.split(" "):
        nfd = unicodedata.normalize("NFD", word)
        tones = [c for c in nfd if c in TONES[1:]]
        chars = [c for c in nfd if c not in TONES[1:]]
        for t in tones:
            spots = [i for i, c in enumerate(chars) if c.isalpha()]
            chars.insert(rng.choice(spots) + 1, t)
        words.append(unicodedata.normalize("NFC", "".join(chars)))
    return " ".join(words)


# ---------------------------------------------------------------- data tables

def test_letter_inventory_is_134():
    assert len(LOWER) == 67 and len(set(LETTERS)) == 134


@pytest.mark.parametrize("name", ["tcvn3.tsv", "vni.tsv"])
def test_tables_load_and_cover_every_letter(name):
    rows = load_tsv(name)
    assert rows
    tables = tcvn3_tables() if name == "tcvn3.tsv" else vni_tables()
    assert set(LETTERS) <= set(tables.encode)


def test_vni_latin1_column_matches_hex():
    for char, hexes, view in load_tsv("vni.tsv"):
        assert bytes.fromhex(hexes).decode("latin-1") == view, char


def test_tcvn3_vn3_core_bytes():
    """The lowercase and 7 uppercase letters every .VnTime font has (regression: kept stable)."""
    enc = tcvn3_tables().encode
    assert [enc[c] for c in "àảãáạ"] == [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]
    assert [enc[c] for c in "ĂÂÊÔƠƯĐ"] == list(range(0xA1, 0xA8))
    assert [enc[c] for c in "ăâêôơưđ"] == list(range(0xA8, 0xAF))


@pytest.mark.parametrize("letter", LETTERS)
def test_tcvn3_letter_round_trip(letter):
    data = legacy.encode_tcvn3(letter)
    assert len(data) == 1 and legacy.decode_tcvn3(data) == letter


@pytest.mark.parametrize("letter", LETTERS)
def test_vni_letter_round_trip(letter):
    data = legacy.encode_vni(letter)
    assert 1 <= len(data) <= 2 and legacy.decode_vni(data) == letter


# ---------------------------------------------------------------- codecs

@pytest.mark.parametrize(("text", "tcvn3", "vni"), [
    ("Đảng", b"\xa7\xb6ng", "Ñaûng"),
    ("người", b"ng\xad\xeai", "ngöôøi"),
    ("Việt Nam", b"Vi\xd6t Nam", "Vieät Nam"),
    ("thuỷ lợi", b"thu\xfb l\xeei", "thuyû lôïi"),
    ("Ủy ban", b"\x9ey ban", "UÛy ban"),
    ("ĐỊNH", b"\xa7\x91NH", "ÑÒNH"),
    ("24-QĐ/TW", b"24-Q\xa7/TW", "24-QÑ/TW"),
])
def test_known_encodings(text, tcvn3, vni):
    assert legacy.encode_tcvn3(text) == tcvn3 and legacy.decode_tcvn3(tcvn3) == text
    assert legacy.encode_vni(text) == vni.encode("latin-1") and legacy.decode_vni(vni.encode("latin-1")) == text


@pytest.mark.parametrize("text", SENTENCES)
def test_sentence_round_trips(text):
    assert legacy.decode_tcvn3(legacy.encode_tcvn3(text)) == text
    assert legacy.decode_vni(legacy.encode_vni(text)) == text


@pytest.mark.parametrize(("data", "text"), [
    (b"B\xb8O C\xb8O T\xe6NG K\xd5T", "BÁO CÁO TỔNG KẾT"),  # .VnTimeH capitals on lowercase bytes
    (b"\xa7\xb6NG", "ĐẢNG"),
    (b"B\xe9 Ch\xddnh tr\xde", "Bộ Chính trị"),  # title case untouched
    (b"\xa7\xb5 N\xbdng", "Đà Nẵng"),  # no ASCII capital past the first letter: left alone
    (b"BAN TH\xad\xeaNG V\xf4", "BAN THƯỜNG VỤ"),  # on a line in capitals, "V" + a lowercase byte is "VỤ" too
    (b"Ban Th\xad\xeang v\xf4", "Ban Thường vụ"),
])
def test_tcvn3_vntimeh_capitals(data, text):
    assert legacy.decode_tcvn3(data) == text


def test_decoders_output_nfc_and_keep_ascii():
    assert legacy.decode_tcvn3(b"Nghi quyet 18-NQ/TW") == "Nghi quyet 18-NQ/TW"
    assert legacy.decode_tcvn3(b"ca\xb3c") == "các"  # VN1 combining acute, composed
    assert legacy.decode_vni(b"\x93Ngh\xf2 quye\xe1t\x94") == "\u201cNghị quyết\u201d"  # cp1252 quotes


@pytest.mark.parametrize(("encode", "char"), [(legacy.encode_tcvn3, "\u201c"), (legacy.encode_tcvn3, "€"),
                                              (legacy.encode_vni, "ñ"), (legacy.encode_vni, "中")])
def test_unencodable_characters(encode, char):
    with pytest.raises(UnicodeEncodeError):
        encode(f"Đảng {char}")
    assert encode(f"Đảng {char}", errors="replace").endswith(b" ?")


_WORD = st.tuples(st.sampled_from(list("bcdghklmnpqrstvx") + ["", "ng", "th", "tr"]), st.sampled_from(LOWER),
                  st.sampled_from(["", "c", "m", "n", "ng", "nh", "t", "i"]), st.sampled_from(["lower", "upper", "title"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORD, max_size=15).map(lambda ws: " ".join(getattr("".join(w[:3]), w[3])() for w in ws)))
def test_round_trip_property(text):
    words = [w for w in text.split() if len(w) >= 2]
    caps = sum(w.isupper() for w in words)
    if not (caps >= 2 and 2 * caps >= len(words)):  # on a line mostly in capitals, TCVN3 cannot tell "Bà" from "BÀ":
        assert legacy.decode_tcvn3(legacy.encode_tcvn3(text)) == text  # its capitals are read (test_tcvn3_vntimeh_capitals)
    assert legacy.decode_vni(legacy.encode_vni(text)) == text


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200))
def test_decoders_never_crash(data):
    for decode in (legacy.decode_tcvn3, legacy.decode_vni):
        out = decode(data)
        assert out == unicodedata.normalize("NFC", out)


# ---------------------------------------------------------------- sniffing

def _binary(seed: int, n: int = 3000) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(1, 256) for _ in range(n))


@pytest.mark.parametrize("text", SENTENCES)
def test_sniff_tcvn3_and_vni(text):
    assert legacy.sniff_legacy(legacy.encode_tcvn3(text)) == "tcvn3"
    assert legacy.sniff_legacy(legacy.encode_vni(text)) == "vni"


@pytest.mark.parametrize(("label", "data"), [
    *((f"utf8-{i}", s.encode("utf-8")) for i, s in enumerate(SENTENCES)),
    *((f"cp1258-{i}", cp1258_bytes(s)) for i, s in enumerate(SENTENCES)),
    ("ascii", b"Nghi quyet so 18-NQ/TW ngay 25/10/2017 cua Hoi nghi Trung uong 6 khoa XII"),
    ("empty", b""),
    ("french-cp1252", "Le comité a approuvé la résolution à l'unanimité, très bien.".encode("cp1252")),
    ("german-cp1252", "Die Größe der Übersetzung überrascht.".encode("cp1252")),
    *((f"binary-{i}", _binary(i)) for i in range(4)),
    ("binary-nul", b"\x00\x01PK" + _binary(9)),
])
def test_sniff_rejects(label, data):
    assert legacy.sniff_legacy(data) is None


def test_sniff_long_document_uses_head():
    doc = " ".join(SENTENCES * 200)
    assert len(legacy.encode_vni(doc)) > legacy.SNIFF_BYTES
    assert legacy.sniff_legacy(legacy.encode_vni(doc)) == "vni"
    assert legacy.sniff_legacy(legacy.encode_tcvn3(doc)) == "tcvn3"


# ---------------------------------------------------------------- mojibake

@pytest.mark.parametrize("text", SENTENCES)
def test_repair_cp1258_read_as_cp1252(text):
    assert legacy.repair_cp1252_mojibake(as_cp1252(cp1258_bytes(text))) == text


@pytest.mark.parametrize("text", SENTENCES)
def test_repair_utf8_read_as_cp1252_or_latin1(text):
    assert legacy.repair_cp1252_mojibake(as_cp1252(text.encode("utf-8"))) == text
    assert legacy.repair_cp1252_mojibake(text.encode("utf-8").decode("latin-1")) == text


@pytest.mark.parametrize(("garbled", "expected"), [
    ("Ä‘áº£ng viÃªn", "đảng viên"),
    ("Ban Cháº¥p hÃ nh Trung Æ°Æ¡ng", "Ban Chấp hành Trung ương"),
    ("ÐaÒng viên vaÌ quâÌn chuìng", "Đảng viên và quần chúng"),
    # regression: garbled twice (UTF-8 → cp1252 → UTF-8 → cp1252)
    ("Ã„â€˜Ã¡ÂºÂ£ng viÃƒÂªn", "đảng viên"),
    # only a name garbled inside English text
    ("The plenum was held in HÃ  Ná»™i last week.", "The plenum was held in Hà Nội last week."),
])
def test_repair_examples(garbled, expected):
    assert legacy.repair_cp1252_mojibake(garbled) == expected


@pytest.mark.parametrize("text", [*NORMAL, "Nghi quyet 18-NQ/TW", "Le comité a approuvé la résolution.",
                                  "Giá 25€ — “trích dẫn” … © 2024", "Ðảng bộ tỉnh (Ð gõ nhầm)"])
def test_repair_leaves_clean_text(text):
    assert legacy.repair_cp1252_mojibake(text) is None


# ---------------------------------------------------------------- scrambled text

@pytest.mark.parametrize("text", [
    "Bań châṕ hanh̀ Trung ương Đang̉ đa ̃ thông̉ nhât́ ngh̀i quyêt́ vê ̀ công̀ tać can̉ bô.̣",
    "Nǵươi dân tinh̉ Quang̉ Ninh̀ hưng̉ ưng̀ phong̀ traò thi đua̓ yêu nươć",
    "Hộị nghí lẩn thừ tắm Bán Chấp hẩnh Trũng ưởng Đảng khơá XIII đã thào lưận",
])
def test_scrambled_examples(text):
    assert legacy.looks_scrambled(text)


@pytest.mark.parametrize("seed", range(6))
def test_scrambled_generated(seed):
    text = " ".join(SENTENCES)
    assert legacy.looks_scrambled(scramble(text, seed))


@pytest.mark.parametrize("seed", range(4))
def test_partly_scrambled(seed):
    """One word in five scrambled is still caught."""
    rng = random.Random(seed)
    words = " ".join(SENTENCES * 3).split(" ")
    text = " ".join(scramble(w, i) if rng.random() < 0.2 else w for i, w in enumerate(words))
    assert legacy.looks_scrambled(text)


@pytest.mark.parametrize("text", [*NORMAL, " ".join(NORMAL), "", "12345 -- 24-QĐ/TW"])
def test_not_scrambled(text):
    assert not legacy.looks_scrambled(text)


@pytest.mark.parametrize("text", NORMAL)
def test_clean_text_has_no_impossible_syllable(text):
    assert scramble_counts(unicodedata.normalize("NFD", text))[0] <= 1  # Peña: tilde on n


# ---------------------------------------------------------------- syllables and score

@pytest.mark.parametrize(("token", "expected"), [
    ("nghiêng", "valid"), ("người", "valid"), ("quốc", "valid"), ("quả", "valid"), ("giữa", "valid"),
    ("gìn", "valid"), ("thuở", "valid"), ("hoá", "valid"), ("hóa", "valid"), ("thuỷ", "valid"),
    ("thủy", "valid"), ("khuỷu", "valid"), ("huỳnh", "valid"), ("ĐẢNG", "valid"), ("soóc", "valid"),
    ("ngừơi", "impossible"), ("muà", "impossible"), ("bań", "impossible"), ("ḿột", "impossible"),
    ("ươa", "impossible"), ("ĺạ", "impossible"), ("n\u0309a", "impossible"),
    ("Lắk", "foreign"), ("café", "foreign"), ("QĐ", "foreign"), ("Müller", "foreign"), ("quick", "foreign"),
])
def test_check_syllable(token, expected):
    assert check_syllable(token) == expected


@pytest.mark.parametrize(("nucleus", "coda", "slots"), [
    ("a", "", {0}), ("oa", "", {0, 1}), ("oa", "n", {1}), ("uy", "", {0, 1}), ("ươ", "ng", {1}),
    ("ia", "", {0}), ("oai", "", {1}), ("uyê", "n", {2}), ("ưa", "", {0}),
])
def test_tone_slots(nucleus, coda, slots):
    assert tone_slots(nucleus, coda) == slots


def test_score_orders_readings():
    text = SENTENCES[4]
    vn = legacy.vietnamese_score(text)
    en = legacy.vietnamese_score("The committee approved the resolution on cadre training last year.")
    garbled = legacy.vietnamese_score(legacy.encode_tcvn3(text).decode("cp1252", errors="replace"))
    assert 0.0 <= garbled < 0.5 < vn <= 1.0 and en < 0.5 and vn > 0.8
    assert legacy.vietnamese_score("") == 0.0


def test_scramble_counts_ignores_plain_and_dd_only_tokens():
    assert scramble_counts("Ban chấp hành QĐ TW 2024") == (0, 2)
