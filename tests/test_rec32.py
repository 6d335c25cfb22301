"""Post constructions from the unattached-title sample of seed 439 (round rec32; issue 8, recall on unseen text):
one neutral made-up example per construction, none from the corpus."""

from helpers import held


def test_a_verb_of_office_gives_the_post_after_and_too():
    got = held("T\n\nÔng Đinh Văn Khải được bầu làm Ủy viên Ban Chấp hành Huyện ủy Hòa An, Phó Bí thư Đảng ủy và Chủ "
               "tịch UBND xã Tân Mỹ.")
    assert got == {"Đinh Văn Khải": ["Ủy viên Ban Chấp hành Huyện ủy Hòa An", "Phó Bí thư Đảng ủy",
                                     "Chủ tịch UBND xã Tân Mỹ"]}
    got = held("T\n\nBà Lò Thị Bích đảm nhiệm chức vụ Giám đốc Sở Tư pháp, Trưởng Ban Dân vận Tỉnh ủy và Chủ nhiệm "
               "Ủy ban Kiểm tra Tỉnh ủy như hiện nay.")
    assert got == {"Lò Thị Bích": ["Giám đốc Sở Tư pháp", "Trưởng Ban Dân vận Tỉnh ủy",
                                   "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"]}


def test_precision_and_after_a_name_alone_may_name_another_official():
    got = held("T\n\nÔng Đinh Văn Khải, Giám đốc Sở Tư pháp và Chủ tịch UBND huyện Hòa An đã kiểm tra hiện trường.")
    assert got == {"Đinh Văn Khải": ["Giám đốc Sở Tư pháp"]}


def test_precision_names_that_share_the_verb_hold_one_post_each():
    got = held("T\n\nÔng Đinh Văn Khải và ông Lò Văn Bích được xã giao làm tổ trưởng và tổ phó tổ tự quản.")
    assert "tổ phó tổ tự quản" not in got.get("Đinh Văn Khải", [])


def test_precision_the_post_after_and_with_its_own_holder_is_that_holder_s():
    got = held("T\n\nÔng Đinh Văn Khải được giao làm Trưởng đoàn và Phó Trưởng đoàn là ông Lò Văn Bích.")
    assert got == {"Đinh Văn Khải": ["Trưởng đoàn"], "Lò Văn Bích": ["Phó Trưởng đoàn"]}


def test_dam_nhiem_vi_tri_is_a_verb_of_office():
    got = held("T\n\nÔng Đinh Văn Khải đảm nhiệm vị trí Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Hòa An.")
    assert got == {"Đinh Văn Khải": ["Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Hòa An"]}


def test_a_post_first_whose_body_goes_on_in_lower_case_before_la():
    got = held("T\n\nChủ tịch Hội đồng bồi thường là ông Đinh Văn Khải đã chỉ đạo thực hiện chủ trương.")
    assert got == {"Đinh Văn Khải": ["Chủ tịch Hội đồng bồi thường"]}
    got = held("T\n\nTheo người dân, Giám đốc công trình là bà Lò Thị Bích.")
    assert got == {"Lò Thị Bích": ["Giám đốc công trình"]}


def test_precision_a_verb_before_la_is_no_rest_of_a_post():
    assert held("T\n\nGiám đốc công ty cho biết người vi phạm là ông Đinh Văn Khải.") == {}
    assert held("T\n\nChủ tịch xã cho biết là ông Đinh Văn Khải.") == {}


def test_moi_between_a_post_first_and_la():
    got = held("T\n\nTheo thông báo, Giám đốc mới là ông Đinh Văn Khải.")
    assert got == {"Đinh Văn Khải": ["Giám đốc"]}


def test_precision_a_superlative_before_la_describes_a_person():
    assert held("T\n\nĐại biểu lớn tuổi nhất là ông Đinh Văn Khải, nông dân xã Hòa An.") == {}
