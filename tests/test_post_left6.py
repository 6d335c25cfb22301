"""Person–post constructions left over from earlier rounds of issue 8 (item 1), sixth round: one neutral made-up
example per rule."""
from helpers import mentions, posts


def test_an_organs_head_takes_its_organisations_acronym():
    # a board's head, then the company's acronym of no lexicon entry; the career chain goes on after "rồi"
    got = posts("T\n\nÔng Lò Văn Tám từng là Chủ tịch Hội đồng quản trị XKV rồi Bộ trưởng Bộ Công Thương.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hội đồng quản trị XKV", "Bộ trưởng Bộ Công Thương"]}
    got = posts("T\n\nÔng Lò Văn Tám, nguyên Chủ tịch HĐQT XKVT và ông Hà Văn Năm, nguyên Tổng giám đốc XKVT bị bắt.")
    assert got["Lò Văn Tám"] == ["Chủ tịch HĐQT XKVT"]
    # a party committee's head
    assert posts("T\n\nPhó Bí thư Đảng ủy XKV Lò Văn Tám phát biểu.") == {"Lò Văn Tám": ["Phó Bí thư Đảng ủy XKV"]}
    # a kind of organisation, no organ: the acronym qualifies it ("Doanh nghiệp FDI")
    assert "Doanh nghiệp" in mentions("T\n\nDoanh nghiệp FDI đã đóng góp nhiều.", "body")


def test_a_presidium_of_the_labour_confederation_written_short():
    got = posts("T\n\nBà Lò Thị Lan - Ủy viên Đoàn Chủ tịch Tổng LĐLĐVN, Chủ tịch LĐLĐ TP. Sông Lô đã tới thăm.")
    assert got == {"Lò Thị Lan": ["Ủy viên Đoàn Chủ tịch Tổng LĐLĐVN", "Chủ tịch LĐLĐ TP. Sông Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, phát biểu.")
    assert got == {"Lò Văn Tám": ["Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam"]}


def test_a_title_and_manages_a_school():
    got = posts("T\n\nBà Lò Thị Lan - Hiệu phó kiêm quản lý trường Mầm non Hoa Sen - cho biết trường đã nghỉ.")
    assert got == {"Lò Thị Lan": ["Hiệu phó kiêm quản lý trường Mầm non Hoa Sen"]}


def test_a_special_envoy_of_a_head_of_state():
    got = posts("T\n\nChủ tịch UBND tỉnh Sông Lô Lò Văn Tám tiếp ngài Jean Morel, Đặc phái viên Tổng thống Pháp, Thị"
                " trưởng thành phố Lyon cùng đoàn.")
    assert got["Jean Morel"] == ["Đặc phái viên Tổng thống Pháp", "Thị trưởng thành phố Lyon"]
    got = posts("T\n\nTổng Bí thư Lò Văn Tám tiếp ngài Jean Morel, Đặc phái viên của Tổng thống Pháp đang thăm.")
    assert got["Jean Morel"] == ["Đặc phái viên của Tổng thống Pháp"]
    # a news agency's envoy as a source credit: no one's post
    got = posts("T\n\nTheo đặc phái viên TTXVN, chiều 11/5, tại Paris, Chủ tịch nước Lò Văn Tám đã hội đàm.")
    assert got == {"Lò Văn Tám": ["Chủ tịch nước"]}


def test_a_fronted_tenure_then_a_later_post_before_the_holder():
    got = posts("T\n\nÔng Lò Văn Tám phát biểu. 5 năm làm Bộ trưởng GTVT và thời kỳ đầu làm Bí thư TP.HCM, ông Tám"
                " đã làm được nhiều việc.")
    assert sorted(got["Lò Văn Tám"]) == ["Bí thư TP.HCM", "Bộ trưởng GTVT"]


def test_a_body_of_the_countries_ends_the_post():
    got = posts("T\n\nBộ trưởng Bộ Tài chính Lò Văn Tám và Tổng Giám đốc Quỹ Phát triển Quốc tế của các nước xuất"
                " khẩu cà phê, ông Karim Oslan, tham dự.")
    assert got["Karim Oslan"] == ["Tổng Giám đốc Quỹ Phát triển Quốc tế của các nước xuất khẩu cà phê"]
