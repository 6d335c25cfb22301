"""Post constructions from the unattached-title sample of seed 211 (issue 8, recall on unseen text): one neutral
made-up example per construction, none from the corpus."""

from helpers import posts


def test_a_party_member_before_the_post_in_an_aside():
    got = posts("T\n\nỦy ban kiểm tra khiển trách các ông: Lò Văn Tám (Đảng viên, Trưởng trạm Y tế xã Kim Mỹ) và "
                "Hà Văn Chín (đảng viên, Phó Giám đốc Bệnh viện huyện Kim Sơn).")
    assert got == {"Lò Văn Tám": ["Trưởng trạm Y tế xã Kim Mỹ"],
                   "Hà Văn Chín": ["Phó Giám đốc Bệnh viện huyện Kim Sơn"]}


def test_a_residence_between_commas_before_the_post():
    got = posts("T\n\nChị Lò Thị Tám, ngụ quận Kim Sơn, giám đốc một công ty du lịch, cho hay chị đồng tình.")
    assert got == {"Lò Thị Tám": ["giám đốc"]}
    got = posts("T\n\nÔng Lò Văn Tám, trú tại thôn Kim, xã Mỹ, Trưởng thôn Kim, cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Trưởng thôn Kim"]}


def test_a_relative_in_the_residence_keeps_the_post_off():
    got = posts("T\n\nÔng Lò Văn Tám, trú cùng con ông Hà Văn Chín, Trưởng thôn Kim, cho biết như vậy.")
    assert "Lò Văn Tám" not in got


def test_a_parent_body_in_lower_case_in_parentheses():
    got = posts("T\n\nTrao đổi với PV, nguyên Cục trưởng cục Thủy lợi (bộ NN&PTNT) Lò Văn Tám bày tỏ lo lắng.")
    assert got == {"Lò Văn Tám": ["Cục trưởng cục Thủy lợi"]}
    got = posts("T\n\nÔng Lò Văn Tám, Cục trưởng Cục Thủy lợi (bộ Nông nghiệp), Trưởng đoàn kiểm tra, cho biết.")
    assert got == {"Lò Văn Tám": ["Cục trưởng Cục Thủy lợi", "Trưởng đoàn kiểm tra"]}


def test_a_bare_title_and_a_bodys_head_then_an_honorific_and_the_name():
    got = posts("T\n\nCác học viên chụp ảnh cùng giám đốc trung tâm ông Lò Văn Tám tại lễ bế giảng.")
    assert got == {"Lò Văn Tám": ["giám đốc trung tâm"]}


def test_a_lower_case_field_before_lên_chức():
    got = posts("T\n\nNgày 3/7, ông Hà Văn Chín ký bổ nhiệm cho ông Lò Văn Tám từ Trưởng phòng kỹ thuật lên chức "
                "Phó giám đốc Công ty.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng kỹ thuật", "Phó giám đốc Công ty"]}
