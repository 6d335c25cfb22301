"""Round extent39: a bare title whose unit's name follows it in lower case, an enumerated ministry with a title-case
item and its country, and a firm after a comma. One neutral made-up example per rule."""
from helpers import posts


def test_a_lower_case_unit_and_its_field_after_a_bare_title():
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc xí nghiệp cơ khí của công ty, gọi điện cho ông.")
    assert got == {"Lò Văn Tám": ["Giám đốc xí nghiệp cơ khí của công ty"]}
    got = posts("T\n\nGiáo sư Lò Văn Tám (Phó chủ tịch hội đồng di sản) cho rằng di tích có giá trị.")
    assert got == {"Lò Văn Tám": ["Phó chủ tịch hội đồng di sản"]}


def test_a_unit_noun_and_a_capitalised_name_after_a_bare_title():
    assert posts("T\n\nBà Hà Thị Chín là ĐB đoàn Tây Lô.") == {"Hà Thị Chín": ["ĐB đoàn Tây Lô"]}
    got = posts("T\n\nĐại tá Lò Văn Tám, Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh Tây Lô cho biết đã bắt.")
    assert got == {"Lò Văn Tám": ["Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh Tây Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, công an viên thôn Tây Lô đang tuần tra.")
    assert got == {"Lò Văn Tám": ["công an viên thôn Tây Lô"]}


def test_a_title_s_own_head_then_a_field_and_a_name_closed_by_a_verb_of_saying():
    got = posts("T\n\nÔng Lò Văn Tám - Trưởng phòng quản lý chất lượng chợ đầu mối Tây Lô cho biết, chợ đã mở.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng quản lý chất lượng chợ đầu mối Tây Lô"]}


def test_a_title_s_field_then_of_and_a_firm():
    got = posts("T\n\nÔng Lò Văn Tám, trợ lý giám đốc bán hàng của Công ty Tây Lô, xin phát biểu.")
    assert got == {"Lò Văn Tám": ["trợ lý giám đốc bán hàng của Công ty Tây Lô"]}


def test_a_board_then_its_company_in_lower_case():
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch HĐQT công ty trục vớt luồng thượng lưu được cấp phép.")
    assert got == {"Lò Văn Tám": ["Chủ tịch HĐQT công ty trục vớt luồng thượng lưu"]}


def test_an_open_name_or_the_next_clause_is_not_swallowed():
    # a verb right after the unit's head, a person's name, or no closer: the title stays bare
    assert posts("T\n\nÔng Lò Văn Tám, Giám đốc công ty cho biết đã nộp thuế.") == {"Lò Văn Tám": ["Giám đốc"]}
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc một công ty vàng ở Tây Lô, xin chuyển đổi đất.")
    assert got == {"Lò Văn Tám": ["Giám đốc"]}
    got = posts("T\n\nÔng Lò Văn Tám, chủ tịch đảng cực tả Tây Lô Mới cảnh báo nguy cơ.")
    assert got == {"Lò Văn Tám": ["chủ tịch"]}
    # the clause's verb after the title, or a pronoun, is no part of a unit's name
    got = posts("T\n\nTổ công tác do ông Lò Văn Tám làm Tổ trưởng bắt quả tang xe BKS 12A - 345.67 dừng đỗ.")
    assert got == {"Lò Văn Tám": ["Tổ trưởng"]}
    got = posts("T\n\nBà Hà Thị Chín, giám đốc trung tâm đưa chúng tôi dạo quanh trường.")
    assert got == {"Hà Thị Chín": ["giám đốc"]}


def test_an_enumerated_ministry_with_a_title_case_item_and_its_country():
    got = posts("T\n\nÔng Lò Văn Tám từng ở cương vị Bộ trưởng Bộ Nông nghiệp, Ngư Nghiệp và Lâm nghiệp Tây Ban Nha "
                "vào năm 2012.")
    assert got == {"Lò Văn Tám": ["Bộ trưởng Bộ Nông nghiệp, Ngư Nghiệp và Lâm nghiệp Tây Ban Nha"]}


def test_a_firm_after_a_comma_is_a_bare_title_s_body():
    got = posts("T\n\nÔng Lò Văn Tám, Phó Tổng Giám đốc, Công ty cổ phần Tây Lô cho biết, dự án đã xong.")
    assert got == {"Lò Văn Tám": ["Phó Tổng Giám đốc, Công ty cổ phần Tây Lô"]}
    # a frame before the name: the firm opens a clause of its own
    assert posts("T\n\nTheo ông Lò Văn Tám, Giám đốc, Công ty Tây Lô đã ký hợp đồng.") == {"Lò Văn Tám": ["Giám đốc"]}
