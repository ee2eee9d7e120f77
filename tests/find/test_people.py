"""People: names, titles, roles, honorifics; exclusions (SPEC §4). Sentences written by us."""
from __future__ import annotations

import pytest

from extract.context import DocContext
from schemas import PersonMention

# (text, [(name, titles, role, honorific)])
CASES = [
    ("Đến dự có đồng chí Trần Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.",
     [("Trần Văn Hùng", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"], "attendee", "đồng chí")]),
    ("Đồng chí Lê Thị Mai, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.",
     [("Lê Thị Mai", ["Phó Bí thư Thường trực Huyện ủy"], "chair", "đồng chí")]),
    ("Hội nghị do đồng chí Phạm Quốc Bảo, Bí thư Đảng ủy xã chủ trì.",
     [("Phạm Quốc Bảo", ["Bí thư Đảng ủy xã"], "chair", "đồng chí")]),
    ("Phát biểu kết luận, đồng chí Hoàng Minh Đức nhấn mạnh các nhiệm vụ.",
     [("Hoàng Minh Đức", [], "speaker", "đồng chí")]),
    ("Bí thư Tỉnh ủy Nguyễn Văn Thành phát biểu chỉ đạo.", [("Nguyễn Văn Thành", ["Bí thư Tỉnh ủy"], "speaker", None)]),
    ("các đồng chí: Vũ Đình Khang, Chủ tịch UBND huyện; Đỗ Thị Hằng, Phó Chủ tịch HĐND huyện.",
     [("Vũ Đình Khang", ["Chủ tịch UBND huyện"], "mentioned", "đồng chí"),
      ("Đỗ Thị Hằng", ["Phó Chủ tịch HĐND huyện"], "mentioned", "đồng chí")]),
    # SPEC §4: the post they are elected to is appointed_to, no title (tests/find/real_forms/test_people_real.py)
    ("Các đồng chí Ngô Văn An, Bùi Thị Lan và Đặng Quốc Việt được bầu làm Phó Bí thư Huyện ủy.",
     [("Ngô Văn An", [], "mentioned", "đồng chí"),
      ("Bùi Thị Lan", [], "mentioned", "đồng chí"),
      ("Đặng Quốc Việt", [], "mentioned", "đồng chí")]),
    ("đồng chí Nguyễn Văn Tám, nguyên Ủy viên Bộ Chính trị, đã dự lễ.",
     [("Nguyễn Văn Tám", ["nguyên Ủy viên Bộ Chính trị"], "attendee", "đồng chí")]),
    # SPEC §4: titles written in capitals in a signature block are given in normal case ("BÍ THƯ" → "Bí thư")
    ("T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nTrần Quang Minh", [("Trần Quang Minh", ["Bí thư"], "signer", None)]),
    ("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nĐã ký: Lê Văn Hòa", [("Lê Văn Hòa", ["Phó Trưởng Ban"], "signer", None)]),
    ("K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nVĂN PHÒNG\n\nĐỗ Thị Thu Hà",
     [("Đỗ Thị Thu Hà", ["Phó Chánh Văn phòng"], "signer", None)]),
    ("TM. ĐẢNG ỦY\nBÍ THƯ\n\nNGUYỄN HỮU PHƯỚC", [("Nguyễn Hữu Phước", ["Bí thư"], "signer", None)]),
    # two signature blocks side by side (parted by 3+ spaces or a tab) are two signers, titles from their column
    ("T/M HUYỆN ỦY            T/M BAN CHẤP HÀNH ĐOÀN\nBÍ THƯ                  BÍ THƯ\n(Đã ký)                 (Đã ký)\n"
     "Lê Hữu Nghĩa            Đào Thị Kim Oanh",
     [("Lê Hữu Nghĩa", ["Bí thư"], "signer", None), ("Đào Thị Kim Oanh", ["Bí thư"], "signer", None)]),
    ("K/T BÍ THƯ\tT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\tTRƯỞNG BAN\n\nVÕ MINH LUÂN\tHOÀNG THỊ YẾN",
     [("Võ Minh Luân", ["Phó Bí thư"], "signer", None), ("Hoàng Thị Yến", ["Trưởng Ban"], "signer", None)]),
    ("Nơi nhận:                        T/M BAN THƯỜNG VỤ\n- Như trên,                      PHÓ BÍ THƯ\n"
     "                                 Y Khoa Niê Kdăm",
     [("Y Khoa Niê Kdăm", ["Phó Bí thư"], "signer", None)]),
    ("Hội nghị kết thúc.\n\nTin, ảnh: Lò Văn Pấu", [("Lò Văn Pấu", [], "author", None)]),
    ("Hội nghị kết thúc.\n\nPhan Thị Thu, Chuyên viên Ban Tuyên giáo Huyện ủy\n\nTin liên quan",
     [("Phan Thị Thu", ["Chuyên viên Ban Tuyên giáo Huyện ủy"], "author", None)]),
    ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
     [("Hồ Chí Minh", [], "mentioned", None)]),
    ("đ/c Hà Văn Sơn, UVBTVTU, Bí thư Huyện ủy trao quyết định",
     [("Hà Văn Sơn", ["UVBTVTU", "Bí thư Huyện ủy"], "attendee", "đ/c")]),
    ("Đồng chí Ðinh Văn Lâm, Bí thư Huyện ủy\nphát biểu tại hội nghị",
     [("Đinh Văn Lâm", ["Bí thư Huyện ủy"], "speaker", "đồng chí")]),
    ("Đồng chí Nguyễn Văn\nHải phát biểu", [("Nguyễn Văn Hải", [], "speaker", "đồng chí")]),
    # more speech verbs after the name and its titles
    ("Đồng chí Lò Thị Hạnh, Chủ tịch Hội Nông dân huyện nêu cách làm hay.",
     [("Lò Thị Hạnh", ["Chủ tịch Hội Nông dân huyện"], "speaker", "đồng chí")]),
    ("Đồng chí Vi Văn Sơn, Giám đốc Sở Nội vụ đề xuất kéo dài thời gian.",
     [("Vi Văn Sơn", ["Giám đốc Sở Nội vụ"], "speaker", "đồng chí")]),
    ("Đồng chí Vương Đình Huệ, Phó trưởng Ban Thường trực\nBan Tổ chức Tỉnh ủy phát biểu chỉ đạo",
     [("Vương Đình Huệ", ["Phó trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy"], "speaker", "đồng chí")]),
    ("Đồng chí Lục Văn Bình, Tỉnh ủy viên, Bí thư Đảng ủy Khối\ntrao giấy khen cho các tập thể",
     [("Lục Văn Bình", ["Tỉnh ủy viên", "Bí thư Đảng ủy Khối"], "attendee", "đồng chí")]),
    ("Tham dự hội nghị có đồng chí Triệu Thị Nga, Huyện ủy viên.",
     [("Triệu Thị Nga", ["Huyện ủy viên"], "attendee", "đồng chí")]),
    ("Đồng chí Phạm Văn Đông, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.",
     [("Phạm Văn Đông", ["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"], "chair", "đồng chí")]),
    ("Sau khi nghe báo cáo, đồng chí Trưởng Ban Tổ chức Tỉnh ủy kết luận.", []),
    ("1. Đồng chí Hà Văn Lợi, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy - Trưởng đoàn.",
     [("Hà Văn Lợi", ["Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Trưởng đoàn"], "mentioned", "đồng chí")]),
    ("Dự hội nghị có đồng chí Y Thanh Hà Niê Kđăm, Ủy viên Trung ương Đảng.",
     [("Y Thanh Hà Niê Kđăm", ["Ủy viên Trung ương Đảng"], "attendee", "đồng chí")]),
    ("- Đ/c Lường Thị Thuý - HUV, Phó Chủ tịch UBND huyện, Phó Trưởng ban;",
     [("Lường Thị Thuý", ["HUV", "Phó Chủ tịch UBND huyện", "Phó Trưởng ban"], "mentioned", "đ/c")]),
    # a title before the name and titles after it are all its titles
    ("Cùng dự có Thượng tướng Lê Văn Quyết, Thứ trưởng Bộ Quốc phòng.",
     [("Lê Văn Quyết", ["Thượng tướng", "Thứ trưởng Bộ Quốc phòng"], "attendee", None)]),
    ("đồng chí Vũ Hữu Toàn, Giám đốc Học viện Chính trị khu vực II phát biểu",
     [("Vũ Hữu Toàn", ["Giám đốc Học viện Chính trị khu vực II"], "speaker", "đồng chí")]),
    # every item of an attendance list parted by ";" attended; a new sentence does not inherit it
    ("Dự hội nghị có đồng chí Triệu Thị Nga, Huyện ủy viên; đồng chí Mai Văn Lực, Phó Chủ tịch UBND huyện. "
     "Đồng chí Đỗ Văn Tú chúc mừng",
     [("Triệu Thị Nga", ["Huyện ủy viên"], "attendee", "đồng chí"),
      ("Mai Văn Lực", ["Phó Chủ tịch UBND huyện"], "attendee", "đồng chí"),
      ("Đỗ Văn Tú", [], "mentioned", "đồng chí")]),
    ("đồng chí Tạ Quang Vinh, Giám đốc Sở Nội vụ trình bày tham luận",
     [("Tạ Quang Vinh", ["Giám đốc Sở Nội vụ"], "speaker", "đồng chí")]),
    ("Đồng chí Đoàn Minh Huấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì.",
     [("Đoàn Minh Huấn", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], "chair", "đồng chí")]),
    # "A và B dự": the cue after B is A's too
    ("Đồng chí Lê Minh Tâm và đồng chí Trần Thị Hoa dự hội nghị.",
     [("Lê Minh Tâm", [], "attendee", "đồng chí"), ("Trần Thị Hoa", [], "attendee", "đồng chí")]),
    ("Đồng chí Mai Thị Hạnh, Phó Bí thư Thường trực Tỉnh ủy và đồng chí Cao Văn Huy, Chủ tịch UBND tỉnh cùng dự.",
     [("Mai Thị Hạnh", ["Phó Bí thư Thường trực Tỉnh ủy"], "attendee", "đồng chí"),
      ("Cao Văn Huy", ["Chủ tịch UBND tỉnh"], "attendee", "đồng chí")]),
    ("Đồng chí Lê Văn Tuấn, Trưởng Đoàn đại biểu Quốc hội tỉnh phát biểu.",
     [("Lê Văn Tuấn", ["Trưởng Đoàn đại biểu Quốc hội tỉnh"], "speaker", "đồng chí")]),
    ("Đồng chí Lê Văn Tuấn chúc mừng đồng chí Hà Thị Mơ phát biểu.",
     [("Lê Văn Tuấn", [], "mentioned", "đồng chí"), ("Hà Thị Mơ", [], "speaker", "đồng chí")]),
    ("Chủ tịch Hồ Chí Minh đã dạy", [("Hồ Chí Minh", ["Chủ tịch"], "mentioned", None)]),
    ("Đồng chí Hoàng Thị Thu Trang, Phó Bí thư Đảng ủy Khối phát biểu khai mạc.",
     [("Hoàng Thị Thu Trang", ["Phó Bí thư Đảng ủy Khối"], "speaker", "đồng chí")]),
    ("Đến dự có đồng chí Nông Văn Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy Cao Lộc.",
     [("Nông Văn Tuấn", ["Tỉnh ủy viên", "Bí thư Huyện ủy Cao Lộc"], "attendee", "đồng chí")]),
    ("đồng chí Dương Văn Thái, Giám đốc Công an tỉnh báo cáo tình hình",
     [("Dương Văn Thái", ["Giám đốc Công an tỉnh"], "speaker", "đồng chí")]),
    ("Đồng chí Bế Thị Lan – Chủ tịch Hội Phụ nữ tỉnh dự hội nghị.",
     [("Bế Thị Lan", ["Chủ tịch Hội Phụ nữ tỉnh"], "attendee", "đồng chí")]),
    ("Chủ trì hội nghị có đồng chí Võ Văn Long, Bí thư Huyện ủy.",
     [("Võ Văn Long", ["Bí thư Huyện ủy"], "chair", "đồng chí")]),
    ("Đồng chí Mai Xuân Trường, Trưởng ban Dân vận Huyện ủy trình bày báo cáo.",
     [("Mai Xuân Trường", ["Trưởng ban Dân vận Huyện ủy"], "speaker", "đồng chí")]),
    ("đồng chí Lý Thị Hồng, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy phát biểu",
     [("Lý Thị Hồng", ["Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo Thành ủy"], "speaker", "đồng chí")]),
    ("Đồng chí Cao Xuân Hòa, Chánh Văn phòng Huyện ủy đọc quyết định.",
     [("Cao Xuân Hòa", ["Chánh Văn phòng Huyện ủy"], "mentioned", "đồng chí")]),
    ("T/M HUYỆN ỦY\nBÍ THƯ\n\n(Đã ký)\n\nPhùng Văn Khải", [("Phùng Văn Khải", ["Bí thư"], "signer", None)]),
    ("Bài và ảnh: Đinh Thị Ngọc Ánh", [("Đinh Thị Ngọc Ánh", [], "author", None)]),
    ("Đồng chí Lương Cường đến dự.", [("Lương Cường", [], "attendee", "đồng chí")]),
    ("theo gương Chủ tịch Tôn Đức Thắng", [("Tôn Đức Thắng", ["Chủ tịch"], "mentioned", None)]),  # a historical figure
    ("Đồng chí Tô Lâm, Tổng Bí thư, phát biểu", [("Tô Lâm", ["Tổng Bí thư"], "speaker", "đồng chí")]),
    # the dot of a degree ("ThS.", "PGS.TS.") ends no clause: the cue before it still holds
    # issue 20 (dev/real NOTES 27): a degree is a title (it was dropped before issue 20)
    ("Hội nghị bế mạc. Tham dự có ThS. Phan Văn Lộc, Phó Trưởng Ban Dân vận Tỉnh ủy.",
     [("Phan Văn Lộc", ["ThS.", "Phó Trưởng Ban Dân vận Tỉnh ủy"], "attendee", None)]),
    ("Chủ trì buổi làm việc có PGS.TS. Đặng Thị Hồng, Giám đốc Sở Y tế.",
     [("Đặng Thị Hồng", ["PGS.TS.", "Giám đốc Sở Y tế"], "chair", None)]),
    # a department's name runs on in lowercase syllables after its capitalised first one
    ("đồng chí Kiều Văn Nam, Giám đốc Sở Giáo dục và Đào tạo phát biểu",
     [("Kiều Văn Nam", ["Giám đốc Sở Giáo dục và Đào tạo"], "speaker", "đồng chí")]),
    ("đồng chí Kiều Văn Nam, Giám đốc Sở Kế hoạch và Đầu tư, Tỉnh ủy viên trình bày",
     [("Kiều Văn Nam", ["Giám đốc Sở Kế hoạch và Đầu tư", "Tỉnh ủy viên"], "speaker", "đồng chí")]),
    ("Đồng chí Hà Văn Tư, Bí thư Huyện ủy Cao Lộc phát biểu",  # a lowercase verb ends the title
     [("Hà Văn Tư", ["Bí thư Huyện ủy Cao Lộc"], "speaker", "đồng chí")]),
    ("Dự có đồng chí Hà Văn Tư. Ông Lò Văn Sơn chúc mừng",
     [("Hà Văn Tư", [], "attendee", "đồng chí"), ("Lò Văn Sơn", [], "mentioned", None)]),
    # a post that ends in its unit ("tỉnh", "thành phố") before three syllables from a surname: a name
    ("Dự hội nghị có Chủ tịch UBND tỉnh Hoàng Văn Lực.", [("Hoàng Văn Lực", ["Chủ tịch UBND tỉnh"], "attendee", None)]),
    ("Phó Chủ tịch HĐND thành phố Đào Thị Hương phát biểu.",
     [("Đào Thị Hương", ["Phó Chủ tịch HĐND thành phố"], "speaker", None)]),
    ("Chủ tịch UBND thành phố Hồ Chí Minh dự.", []),  # a place
    # a bare post before two syllables: a name; a post with its body before two: a place
    ("Tổng Bí thư Lê Duẩn nhiều lần về tỉnh.", [("Lê Duẩn", ["Tổng Bí thư"], "mentioned", None)]),
    # the post written right before the next name is that name's, not the previous one's
    ("Cùng dự có Thiếu tướng Lê Văn Hòa, Tư lệnh Quân khu, Trung tướng Đỗ Minh Sơn, Chính ủy Quân khu.",
     [("Lê Văn Hòa", ["Thiếu tướng", "Tư lệnh Quân khu"], "attendee", None),
      ("Đỗ Minh Sơn", ["Trung tướng", "Chính ủy Quân khu"], "attendee", None)]),
    # the honorific before the post is the name's
    ("Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy Vi Văn Định đề nghị",
     [("Vi Văn Định", ["Bí thư Tỉnh ủy"], "speaker", "đồng chí")]),
    ("Đồng chí Lò Văn Sơn, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ trưởng Bộ Quốc phòng phát biểu.",
     [("Lò Văn Sơn", ["Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", "Thứ trưởng Bộ Quốc phòng"], "speaker",
       "đồng chí")]),
    ("đồng chí Lò Văn Sơn, Giám đốc Trung tâm Chính trị huyện phát biểu",
     [("Lò Văn Sơn", ["Giám đốc Trung tâm Chính trị huyện"], "speaker", "đồng chí")]),
    ("do đồng chí Lò Văn Sơn, Bí thư Đảng ủy xã đồng chủ trì.", [("Lò Văn Sơn", ["Bí thư Đảng ủy xã"], "chair", "đồng chí")]),
    # every item of a chairs' list parted by ";" chairs; other cues before the name
    ("Chủ trì hội nghị có: Bí thư Huyện ủy Lê Văn Tám; Chủ tịch UBND huyện Ngô Thị Hiền.",
     [("Lê Văn Tám", ["Bí thư Huyện ủy"], "chair", None), ("Ngô Thị Hiền", ["Chủ tịch UBND huyện"], "chair", None)]),
    ("Kết luận buổi làm việc, đồng chí Lò Văn Sơn ghi nhận", [("Lò Văn Sơn", [], "speaker", "đồng chí")]),
    ("Dự cuộc họp có đồng chí Lò Văn Sơn.", [("Lò Văn Sơn", [], "attendee", "đồng chí")]),
    ("Giao đồng chí Lò Văn Sơn chỉ đạo thực hiện.", [("Lò Văn Sơn", [], "mentioned", "đồng chí")]),
    ("Đề nghị đồng chí Lò Văn Sơn báo cáo bằng văn bản.", [("Lò Văn Sơn", [], "mentioned", "đồng chí")]),
    # organisations are no names
    ("Đồng chí Ban Tổ chức Tỉnh ủy báo cáo.", []),
    ("học sinh Trường THPT Lê Quý Đôn", []),
    ("Bài viết.\n\nTheo Báo Nhân Dân", []),
    ("Bài viết.\n\nLê Hà", [("Lê Hà", [], "author", None)]),  # a two-syllable byline
    ("Bài viết.\n\nTác giả: Lan Anh", [("Lan Anh", [], "author", None)]),
    ("Bài viết.\n\nMinh Hằng - Quang Huy", [("Minh Hằng", [], "author", None), ("Quang Huy", [], "author", None)]),
    ("Bài viết.\n\nNGỌC HIẾU", [("Ngọc Hiếu", [], "author", None)]),  # a byline in capitals
    ("Bài viết.\n\nVăn Tài", [("Văn Tài", [], "author", None)]),
    ("Bài viết.\n\nBài và ảnh Quang Minh", [("Quang Minh", [], "author", None)]),  # a page dropped the colon
    ("T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nKẾ HOẠCH\nNội dung tiếp.", []),  # a heading in capitals is no name
    ("Bài viết.\n\nHoàng Lâm (Trung tâm Văn hóa huyện)", [("Hoàng Lâm", [], "author", None)]),
    # the given name alone after the full name is the same person; not when two people share it
    ("Đồng chí Vừ A Dính, Bí thư Huyện ủy chủ trì. Đồng chí Dính đề nghị các chi bộ.",
     [("Vừ A Dính", ["Bí thư Huyện ủy"], "chair", "đồng chí"), ("Vừ A Dính", [], "speaker", "đồng chí")]),
    ("Đồng chí Lê Văn An và đồng chí Đào Thị An dự. Đồng chí An cho biết",
     [("Lê Văn An", [], "attendee", "đồng chí"), ("Đào Thị An", [], "attendee", "đồng chí")]),
    # names with an apostrophe; ranks of every grade; department names with lowercase syllables
    ("đồng chí H'Mút Niê, Phó Chủ tịch UBND tỉnh dự", [("H'Mút Niê", ["Phó Chủ tịch UBND tỉnh"], "attendee", "đồng chí")]),
    ("Dự có Thượng tá Ma Văn Sáng, Trưởng Công an huyện.",
     [("Ma Văn Sáng", ["Thượng tá", "Trưởng Công an huyện"], "attendee", None)]),
    ("Đồng chí Cầm Văn Lả, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện phát biểu.",
     [("Cầm Văn Lả", ["Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"], "speaker", "đồng chí")]),
    ("đồng chí Danh Út, Bí thư Chi bộ ấp Tân Lập dự", [("Danh Út", ["Bí thư Chi bộ ấp Tân Lập"], "attendee", "đồng chí")]),
    # a pair with a shared cue, a rank before the second; "đồng chủ trì"
    ("Trung tướng Lê Văn Hải, Chính ủy Quân khu và Trung tướng Vũ Văn Kha, Tư lệnh Quân khu chủ trì.",
     [("Lê Văn Hải", ["Trung tướng", "Chính ủy Quân khu"], "chair", None),
      ("Vũ Văn Kha", ["Trung tướng", "Tư lệnh Quân khu"], "chair", None)]),
    ("Đồng chí Lò Văn Sơn và đồng chí Vi Thị Hoa đồng chủ trì hội nghị.",
     [("Lò Văn Sơn", [], "chair", "đồng chí"), ("Vi Thị Hoa", [], "chair", "đồng chí")]),
    # a name cited for its ideas is mentioned, whatever the clause's cue
    ("Phát biểu chỉ đạo, đồng chí Lò Văn Sơn đề nghị quán triệt tư tưởng quân sự Hồ Chí Minh.",
     [("Lò Văn Sơn", [], "speaker", "đồng chí"), ("Hồ Chí Minh", [], "mentioned", None)]),
    # a person named in a distribution list
    ("Nơi nhận:\n- Đồng chí Phan Văn Phụng, Bí thư Đảng ủy Khối (b/c),\n- Lưu Văn phòng.",
     [("Phan Văn Phụng", ["Bí thư Đảng ủy Khối"], "mentioned", "đồng chí")]),
    ("Về phía huyện có đồng chí Lò Văn Sơn, Phó Bí thư Huyện ủy.", [("Lò Văn Sơn", ["Phó Bí thư Huyện ủy"], "attendee",
                                                                    "đồng chí")]),
    ("Thay mặt Ban Thường vụ, đồng chí Lò Văn Sơn xúc động bày tỏ niềm vui.", [("Lò Văn Sơn", [], "speaker", "đồng chí")]),
    ("con đường mang tên Nguyễn Tất Thành", []),  # a street
    ("đọc bộ Hồ Chí Minh Toàn tập", [("Hồ Chí Minh", [], "mentioned", None)]),  # the name, not the collection's
    ("đồng chí Lò Văn Sơn, Phó Tư lệnh Quân khu 4 phát biểu", [("Lò Văn Sơn", ["Phó Tư lệnh Quân khu 4"], "speaker",
                                                              "đồng chí")]),
    # a title in the old tone placement; members of a committee; a verb after the title is none of it
    ("Đồng chí Lò Văn Sơn, Uỷ viên Ban Thường vụ Huyện uỷ, Chủ tịch UBND huyện phát biểu.",
     [("Lò Văn Sơn", ["Uỷ viên Ban Thường vụ Huyện uỷ", "Chủ tịch UBND huyện"], "speaker", "đồng chí")]),
    ("Đồng chí Lò Văn Sơn, Đảng ủy viên, Phó Chủ tịch UBND xã phát biểu.",
     [("Lò Văn Sơn", ["Đảng ủy viên", "Phó Chủ tịch UBND xã"], "speaker", "đồng chí")]),
    # issue 20: announcing a decision ("công bố") is speech (was "mentioned" before issue 20)
    ("đồng chí Lò Văn Sơn, Trưởng Ban Tổ chức Tỉnh ủy công bố quyết định",
     [("Lò Văn Sơn", ["Trưởng Ban Tổ chức Tỉnh ủy"], "speaker", "đồng chí")]),
    ("Phát biểu chỉ đạo, đồng chí Lò Văn Sơn biểu dương đồng chí Vi Thị Hoa.",  # the one praised is spoken of
     [("Lò Văn Sơn", [], "speaker", "đồng chí"), ("Vi Thị Hoa", [], "mentioned", "đồng chí")]),
    # verbs of speech after the name and titles make a speaker
    ("Đồng chí Lò Văn Sơn, Bí thư Đảng ủy xã cho biết", [("Lò Văn Sơn", ["Bí thư Đảng ủy xã"], "speaker", "đồng chí")]),
    ("Đồng chí Lò Văn Sơn yêu cầu các chi bộ", [("Lò Văn Sơn", [], "speaker", "đồng chí")]),
    # a cue naming the event ("Dự buổi lễ có", "Dự hội thảo có") or the company ("Cùng đi có") holds for every
    # item of the list parted by ";"
    ("Dự buổi lễ có bà Lò Thị Mai, Trưởng Ban Dân vận Tỉnh ủy; bà Vi Thị Hoa, Phó Chủ tịch UBND tỉnh.",
     [("Lò Thị Mai", ["Trưởng Ban Dân vận Tỉnh ủy"], "attendee", None),
      ("Vi Thị Hoa", ["Phó Chủ tịch UBND tỉnh"], "attendee", None)]),
    ("Dự hội thảo có ông Lò Văn Sơn, Giám đốc Sở Nội vụ; ông Cầm Văn Tú, Chủ tịch UBND huyện.",
     [("Lò Văn Sơn", ["Giám đốc Sở Nội vụ"], "attendee", None), ("Cầm Văn Tú", ["Chủ tịch UBND huyện"], "attendee", None)]),
    ("Cùng đi có đồng chí Lò Văn Sơn, Bí thư Huyện ủy; đồng chí Cầm Văn Tú, Phó Bí thư Huyện ủy.",
     [("Lò Văn Sơn", ["Bí thư Huyện ủy"], "attendee", "đồng chí"),
      ("Cầm Văn Tú", ["Phó Bí thư Huyện ủy"], "attendee", "đồng chí")]),
    ("Dự buổi làm việc có đồng chí Lò Văn Sơn, Bí thư Huyện ủy; đồng chí Cầm Văn Tú, Chủ tịch UBND huyện.",
     [("Lò Văn Sơn", ["Bí thư Huyện ủy"], "attendee", "đồng chí"),
      ("Cầm Văn Tú", ["Chủ tịch UBND huyện"], "attendee", "đồng chí")]),
    # several titles before the name, parted by commas; not those that run on from the previous name's
    ("Dự hội nghị có Ủy viên Bộ Chính trị, Bí thư Thành ủy Lò Văn Sơn.",
     [("Lò Văn Sơn", ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy"], "attendee", None)]),
    ("Ủy viên Trung ương Đảng, Trưởng Ban Dân vận Trung ương Vi Thị Hoa phát biểu.",
     [("Vi Thị Hoa", ["Ủy viên Trung ương Đảng", "Trưởng Ban Dân vận Trung ương"], "speaker", None)]),
    ("Dự có đồng chí Lò Văn Sơn, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Cầm Văn Tú.",
     [("Lò Văn Sơn", ["Bí thư Tỉnh ủy"], "attendee", "đồng chí"), ("Cầm Văn Tú", ["Chủ tịch HĐND tỉnh"], "attendee", None)]),
    # a title written once for a list: before its colon, or after its last name
    ("Cùng dự có các đồng chí Phó Bí thư Tỉnh ủy: Lò Văn Sơn, Cầm Văn Tú.",
     [("Lò Văn Sơn", ["Phó Bí thư Tỉnh ủy"], "attendee", "đồng chí"),
      ("Cầm Văn Tú", ["Phó Bí thư Tỉnh ủy"], "attendee", "đồng chí")]),
    ("Tham dự có đ/c Lò Văn Sơn – Phó Bí thư Tỉnh ủy; các đ/c Vi Văn Hòa, Cầm Văn Tú – UVBTV Tỉnh ủy.",
     [("Lò Văn Sơn", ["Phó Bí thư Tỉnh ủy"], "attendee", "đ/c"), ("Vi Văn Hòa", ["UVBTV Tỉnh ủy"], "attendee", "đ/c"),
      ("Cầm Văn Tú", ["UVBTV Tỉnh ủy"], "attendee", "đ/c")]),
    ("Dự có các đồng chí Lò Văn Sơn, Bí thư Huyện ủy, Cầm Văn Tú – UVBTV Tỉnh ủy.",  # the first has its own
     [("Lò Văn Sơn", ["Bí thư Huyện ủy"], "attendee", "đồng chí"), ("Cầm Văn Tú", ["UVBTV Tỉnh ủy"], "attendee", "đồng chí")]),
    # title extents: a department's number, a body under another, names of bodies with lowercase words, a dash
    # or a comma; a verb that opens with one of a title's lowercase words ends it
    ("Đồng chí Lò Thị Vân, Vụ trưởng Vụ Địa phương II phát biểu.",
     [("Lò Thị Vân", ["Vụ trưởng Vụ Địa phương II"], "speaker", "đồng chí")]),
    ("Đồng chí Lò Thị Vân, Vụ trưởng Vụ Địa phương I thuộc Ban Dân vận Trung ương dự.",
     [("Lò Thị Vân", ["Vụ trưởng Vụ Địa phương I thuộc Ban Dân vận Trung ương"], "attendee", "đồng chí")]),
    ("Dự có PGS.TS Lò Văn Sơn, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh.",
     [("Lò Văn Sơn", ["Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"], "attendee", None)]),
    ("Đồng chí Vi Thị Hoa, Giám đốc Sở Lao động - Thương binh và Xã hội báo cáo.",
     [("Vi Thị Hoa", ["Giám đốc Sở Lao động - Thương binh và Xã hội"], "speaker", "đồng chí")]),
    ("Đồng chí Vi Thị Hoa, Tỉnh ủy viên, Giám đốc Sở Văn hóa, Thể thao và Du lịch trình bày.",
     [("Vi Thị Hoa", ["Tỉnh ủy viên", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"], "speaker", "đồng chí")]),
    ("Đồng chí Lò Văn Sơn, Phó Chủ tịch UBND tỉnh trực tiếp chỉ đạo.",
     [("Lò Văn Sơn", ["Phó Chủ tịch UBND tỉnh"], "mentioned", "đồng chí")]),
    ("Đồng chí Lò Văn Sơn, Bí thư Tỉnh ủy kiểm tra công tác phòng chống lụt bão.",
     [("Lò Văn Sơn", ["Bí thư Tỉnh ủy"], "mentioned", "đồng chí")]),
    ("Đồng chí Lò Văn Sơn, Chủ nhiệm Ủy ban kiểm tra Đảng ủy phát biểu.",  # after "ban": part of the title
     [("Lò Văn Sơn", ["Chủ nhiệm Ủy ban kiểm tra Đảng ủy"], "speaker", "đồng chí")]),
    # the bare names of a list after "các đồng chí" are names without a surname from the list
    ("Cùng chủ trì có các đồng chí Phó Bí thư Tỉnh ủy: H'Liên Byă, Ksor Thanh Bình.",
     [("H'Liên Byă", ["Phó Bí thư Tỉnh ủy"], "chair", "đồng chí"), ("Ksor Thanh Bình", ["Phó Bí thư Tỉnh ủy"], "chair",
                                                                   "đồng chí")]),
    ("Tham dự có các đ/c Rơ Mah Tuân, Siu Blêr – UVBTV Tỉnh ủy.",
     [("Rơ Mah Tuân", ["UVBTV Tỉnh ủy"], "attendee", "đ/c"), ("Siu Blêr", ["UVBTV Tỉnh ủy"], "attendee", "đ/c")]),
    ("Tặng hoa các đồng chí Lò Văn Sơn, Vi Hoa, Cầm Văn Tú.",  # two syllables from a surname, honoured by the list
     [("Lò Văn Sơn", [], "mentioned", "đồng chí"), ("Vi Hoa", [], "mentioned", "đồng chí"),
      ("Cầm Văn Tú", [], "mentioned", "đồng chí")]),
    ("Dự có các đồng chí Lò Văn Sơn, Vi Thị Hoa, Tỉnh Đoàn Thanh niên tỉnh.",  # a body's name is no list item
     [("Lò Văn Sơn", [], "attendee", "đồng chí"), ("Vi Thị Hoa", [], "attendee", "đồng chí")]),
    # co-chairs: "đồng chủ trì" after the last item of a list; the presidium of a congress
    ("Đồng chí Lò Văn Sơn, Bí thư Tỉnh ủy; đồng chí Vi Thị Hoa, Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh "
     "đồng chủ trì buổi gặp mặt.",
     [("Lò Văn Sơn", ["Bí thư Tỉnh ủy"], "chair", "đồng chí"),
      ("Vi Thị Hoa", ["Phó Bí thư Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"], "chair", "đồng chí")]),
    ("Các đồng chí Lò Văn Sơn, Bí thư Tỉnh ủy; Vi Thị Hoa, Chủ tịch UBND tỉnh; Cầm Văn Tú, Chủ tịch HĐND tỉnh "
     "đồng chủ trì hội nghị.",
     [("Lò Văn Sơn", ["Bí thư Tỉnh ủy"], "chair", "đồng chí"), ("Vi Thị Hoa", ["Chủ tịch UBND tỉnh"], "chair", "đồng chí"),
      ("Cầm Văn Tú", ["Chủ tịch HĐND tỉnh"], "chair", "đồng chí")]),
    ("Đồng chí Lò Văn Sơn phát biểu. Đồng chí Vi Thị Hoa, Phó Bí thư Tỉnh ủy đồng chủ trì.",  # another sentence
     [("Lò Văn Sơn", [], "speaker", "đồng chí"), ("Vi Thị Hoa", ["Phó Bí thư Tỉnh ủy"], "chair", "đồng chí")]),
    ("Đoàn Chủ tịch điều hành phiên họp gồm các đồng chí: Lò Văn Sơn, Vi Thị Hoa, Cầm Văn Tú.",
     [("Lò Văn Sơn", [], "chair", "đồng chí"), ("Vi Thị Hoa", [], "chair", "đồng chí"),
      ("Cầm Văn Tú", [], "chair", "đồng chí")]),
    ("Đoàn Chủ tịch Đại hội gồm 7 đồng chí. Đồng chí Lò Văn Sơn chúc mừng.", [("Lò Văn Sơn", [], "mentioned", "đồng chí")]),
    # titles in brackets after the name; the cue after the bracket is the name's
    ("Tham gia thảo luận, các đại biểu Lò Thị Hoa (Bí thư Đảng ủy xã Chiềng Ơn) và Cầm Văn Tú (Chủ tịch UBND xã "
     "Mường Sại) đề nghị tăng hỗ trợ.",
     [("Lò Thị Hoa", ["Bí thư Đảng ủy xã Chiềng Ơn"], "speaker", None),
      ("Cầm Văn Tú", ["Chủ tịch UBND xã Mường Sại"], "speaker", None)]),
    ("Ông Lò Văn Sơn (Tỉnh ủy viên, Giám đốc Sở Y tế) trình bày tham luận.",
     [("Lò Văn Sơn", ["Tỉnh ủy viên", "Giám đốc Sở Y tế"], "speaker", None)]),
    # after a cue of speech only the subject speaks; people named in what is said are spoken of, a list speaks
    ("Phát biểu giao nhiệm vụ, đồng chí Lò Văn Sơn ghi nhận những đóng góp của đồng chí Vi Thị Hoa trong nhiều năm.",
     [("Lò Văn Sơn", [], "speaker", "đồng chí"), ("Vi Thị Hoa", [], "mentioned", "đồng chí")]),
    ("Trình bày đề dẫn, đồng chí Lò Văn Sơn khẳng định, cuộc đời đồng chí Lê Duẩn gắn với sự nghiệp do Chủ tịch "
     "Hồ Chí Minh khởi xướng.",
     [("Lò Văn Sơn", [], "speaker", "đồng chí"), ("Lê Duẩn", [], "mentioned", "đồng chí"),
      ("Hồ Chí Minh", ["Chủ tịch"], "mentioned", None)]),
    ("Phát biểu tại buổi làm việc, các đồng chí Lò Văn Sơn, Vi Thị Hoa, Cầm Văn Tú đề nghị tỉnh hỗ trợ.",
     [("Lò Văn Sơn", [], "speaker", "đồng chí"), ("Vi Thị Hoa", [], "speaker", "đồng chí"),
      ("Cầm Văn Tú", [], "speaker", "đồng chí")]),
    # lists of ethnic-minority names: after "các chị:" (a middle name Thị/Văn or a known family name), with notes
    # in brackets; a "các đồng chí:" list whose items carry titles and are parted by semicolons; a long name of
    # the Central Highlands marked by "Y"
    ("Hội tặng giấy khen cho các chị: Arất Thị Dung (xã Lăng), Bh'ling Thị Sen (xã Ba) và Pơloong Thị Hoa.",
     [("Arất Thị Dung", [], "mentioned", None), ("Bh'ling Thị Sen", [], "mentioned", None),
      ("Pơloong Thị Hoa", [], "mentioned", None)]),
    ("Thăm hỏi các ông: Ating Văn Bảy (thôn Hai), Hờ A Chư.",
     [("Ating Văn Bảy", [], "mentioned", None), ("Hờ A Chư", [], "mentioned", None)]),
    ("Nghỉ hưu có các đồng chí: Hà Văn Tuấn, Giám đốc Sở Y tế; Sần Chín Lử, Phó Chủ tịch UBND huyện; "
     "Lê Hữu Phúc - Chánh Văn phòng Huyện ủy.",
     [("Hà Văn Tuấn", ["Giám đốc Sở Y tế"], "mentioned", "đồng chí"),
      ("Sần Chín Lử", ["Phó Chủ tịch UBND huyện"], "mentioned", "đồng chí"),
      ("Lê Hữu Phúc", ["Chánh Văn phòng Huyện ủy"], "mentioned", "đồng chí")]),
    ("Sau đó, đồng chí Đinh Y Ly Na Ni Ê Kdăm phát biểu ý kiến.",
     [("Đinh Y Ly Na Ni Ê Kdăm", [], "speaker", "đồng chí")]),
    # an award named after a person is no mention of that person; the one awarded is
    ("Đồng chí Lò Văn Sơn được truy tặng Huân chương Hồ Chí Minh.", [("Lò Văn Sơn", [], "mentioned", "đồng chí")]),
]

# no person in any of these
NEGATIVES = [
    "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Trường Chính trị Nguyễn Văn Cừ", "đường Trần Hưng Đạo",
    "Trường THPT Chuyên Lê Quý Đôn", "Trường Tiểu học và Trung học cơ sở Võ Thị Sáu", "Phó Chủ nhiệm Đoàn Luật sư tỉnh dự",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Nơi nhận:\n- Như trên,\n- Lưu VT.\n", "- Lưu Văn phòng Tỉnh ủy.",
    "Sáu là, tăng cường kiểm tra.", "KL, CT của Trung ương", "TỈNH ỦY QUẢNG NGÃI", "Phát biểu tại hội nghị",
    "đồng chí Bí thư Đảng ủy Khối đã tiếp thu", "Hà Nội, ngày 05 tháng 3 năm 2024", "tỉnh Lạng Sơn",
    "Cao Bằng và Lâm Đồng", "Trưởng Ban Tổ chức Tỉnh ủy", "huyện Lý Sơn", "Bảo tàng Hồ Chí Minh",
    "Giải thưởng Phan Châu Trinh", "Học viện Chính trị quốc gia Hồ Chí Minh", "Quận Hoàng Mai",
    "Nghị quyết số 05-NQ/TU của Ban Thường vụ", "đại dịch COVID-19 diễn biến phức tạp", "Tin liên quan",
    "Một là, hai là, ba là", "các đồng chí lãnh đạo", "Lưu: VT, BTC.",
    "TỈNH ỦY LÂM ĐỒNG          ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO          Số 08-TB/BTGTU",
    "ĐẢNG BỘ TỈNH HÀ NAM\tĐẢNG CỘNG SẢN VIỆT NAM\nĐOÀN THANH NIÊN\tPhủ Lý, ngày 02 tháng 5 năm 2024",
    "Cảm ơn các chị: Nhà Văn Hóa thôn Một, Hội Nông dân xã", "Mời các anh: Trường Văn Hiến, Công ty Văn Lang",
    "các chị em phụ nữ Hòa Vang Thị Trấn", "Tặng quà cho các bà: Ủy ban Mặt trận xã",
    "Hội nghị Ban Chấp hành Đảng bộ huyện Hà Quảng", "phường Trần Phú", "Khu di tích Kim Liên",
    "Công ty Lê Hoàng", "Nhà văn hóa thôn Trung", "xã Đinh Lập", "Hoàng Sa, Trường Sa", "QUYẾT NGHỊ:",
    "Điều 1. Giao Văn phòng", "cầu Hồ Chí Minh", "Chương trình hành động", "Ban Tổ chức Trung ương",
    "Sở Nội vụ tỉnh Hà Tĩnh", "các đồng chí lãnh đạo Huyện ủy, Ban Tổ chức dự.", "các đồng chí: Ban Tổ chức, Ủy ban Kiểm tra",
    # awards, funds, parks, units and ships named after a famous person
    "Tập thể được tặng Huân chương Hồ Chí Minh", "nhận giải thưởng Võ Trường Toản", "tại Công viên Trần Hưng Đạo",
    "chiến sĩ Tiểu đoàn Lý Tự Trọng", "Quỹ Phan Châu Trinh tài trợ", "tranh Cúp Võ Văn Tần", "Đại lộ Võ Nguyên Giáp",
    "trao Học bổng Lê Quý Đôn", "thủy thủ tàu Trần Đại Nghĩa", "Liên đội Nguyễn Bá Ngọc", "huy chương Lê Quý Đôn",
]


def find_people(text):
    return DocContext(text).found("people")


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_people(text, expected):
    got = find_people(text)
    assert [(p["name"], p["titles"], p["role"], p["honorific"]) for p in got] == expected
    for p in got:
        assert text[p["start"]:p["end"]] == p["text"]
        PersonMention(**p)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_people(text):
    assert find_people(text) == []


def test_one_id_per_person_in_a_document():
    text = ("Đến dự có đồng chí Lê Minh Tâm, Bí thư Huyện ủy. Phát biểu chỉ đạo, đồng chí Lê Minh Tâm nhấn mạnh. "
            "Đồng chí Phạm Văn Đông phát biểu. Tư tưởng Hồ Chí Minh.")
    got = find_people(text)
    assert [p["person_id"] for p in got] == ["p1", "p1", "p2", "p3"]


def test_abbreviated_titles_are_expanded_in_an_extra_field():
    [p] = find_people("đồng chí Hà Văn Sơn, UVBTVTU, Bí thư Huyện ủy")
    assert p["title_expansions"] == ["Ủy viên Ban Thường vụ Tỉnh ủy", None]


def test_old_tone_placement_in_titles():
    [p] = find_people("đồng chí Lê Văn Bình, Phó Bí thư Tỉnh uỷ phát biểu")
    assert p["titles"] == ["Phó Bí thư Tỉnh uỷ"] and p["role"] == "speaker"


@pytest.mark.parametrize("written, titles", [
    ("Bí thư Huyện ủy, Chủ tịch HĐND huyện", ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]),
    ("Phó Chủ nhiệm Ủy ban Kiểm tra - Phó Trưởng đoàn", ["Phó Chủ nhiệm Ủy ban Kiểm tra", "Phó Trưởng đoàn"]),
    ("Tỉnh ủy viên – Giám đốc Sở", ["Tỉnh ủy viên", "Giám đốc Sở"]),
    ("Chủ tịch Ủy ban MTTQ-Tỉnh", ["Chủ tịch Ủy ban MTTQ-Tỉnh"]),   # a hyphen inside a name is no split
    # nor a dash or a comma inside a body's name
    ("Giám đốc Sở Giao thông - Vận tải – Trưởng đoàn", ["Giám đốc Sở Giao thông - Vận tải", "Trưởng đoàn"]),
    ("Phó Giám đốc Sở Văn hoá, Thể thao và Du lịch, Huyện ủy viên",
     ["Phó Giám đốc Sở Văn hoá, Thể thao và Du lịch", "Huyện ủy viên"]),
])
def test_titles_split_at_commas_and_dashes(written, titles):
    from extract.find.people.titles import split_titles

    assert split_titles(written) == titles


def test_the_given_name_alone_shares_the_full_names_person_id():
    text = "Đồng chí Vừ A Dính, Bí thư Huyện ủy chủ trì. Đồng chí Dính đề nghị các chi bộ."
    full, given = find_people(text)
    assert (given["text"], given["name"], given["person_id"]) == ("Dính", "Vừ A Dính", full["person_id"])
    assert text[given["start"]:given["end"]] == "Dính"
