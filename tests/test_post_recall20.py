"""Post constructions from the unattached-title sample of seed 349 (issue 8, recall on unseen text): one neutral
made-up example per construction, none from the corpus."""

from helpers import posts


def test_a_birth_year_and_a_nationality_between_the_name_and_la_post():
    got = posts("T\n\nNgười bị thương là Peter Alan Moss, sinh năm 1970, quốc tịch Canada, là trưởng đoàn khách.")
    assert got == {"Peter Alan Moss": ["trưởng đoàn"]}
    # a relative's name in the record: the post after it is not the first name's
    assert "Lò Văn Tám" not in posts("T\n\nÔng Lò Văn Tám, sinh năm 1970, quê ở xã Kim Sơn, con ông Hà Văn Chín, là "
                                     "Giám đốc Sở Xây dựng.")


def test_a_nationality_and_a_birth_year_in_brackets_before_the_post():
    got = posts("T\n\nTrên tàu có ông Peter Alan Moss (quốc tịch Anh, SN 1970, trưởng đoàn).")
    assert got == {"Peter Alan Moss": ["trưởng đoàn"]}


def test_a_war_invalids_grade_in_brackets_before_a_former_post():
    got = posts("T\n\nĐoàn đã thăm Đại tá Lò Văn Tám ( thương binh 3/4, nguyên Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh "
                "Kim Sơn, ở phường Bắc Hà).")
    assert got == {"Lò Văn Tám": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Kim Sơn"]}


def test_an_occupation_in_vien_after_la_before_the_first_post():
    got = posts("T\n\nCơ quan điều tra xác định Lò Văn Tám (1970, trú phường Bắc Hà) là kiểm toán viên, Trưởng phòng "
                "Kiểm toán Sông Mã.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng Kiểm toán Sông Mã"]}


def test_a_fronted_appointment_clause_with_its_appointer_and_a_time_before_the_holder():
    got = posts("T\n\nKhi được Ban Thường vụ phân công làm Bí thư Tỉnh ủy Hà Giang, ngay những tháng đầu, ông Lò "
                "Văn Tám đã đi khắp các xã.")
    assert got == {"Lò Văn Tám": ["Bí thư Tỉnh ủy Hà Giang"]}


def test_a_fronted_clause_of_service_with_a_period_and_a_time_before_the_holder():
    got = posts("T\n\nSau khi chính thức làm chuyên viên Phòng Tài chính được 3 tháng, đầu năm 2030, bà Lò Thị Mai "
                "được cử đi học.")
    assert got == {"Lò Thị Mai": ["chuyên viên Phòng Tài chính"]}


def test_a_designation_of_several_posts_named_first_before_doi_voi_the_holder():
    got = posts("T\n\nBan Bí thư đã chỉ định chức danh ủy viên Ban chấp hành, ủy viên Ban thường vụ, Phó bí thư Tỉnh "
                "ủy Hà Giang đối với ông Lò Văn Tám.")
    assert got == {"Lò Văn Tám": ["ủy viên Ban chấp hành", "ủy viên Ban thường vụ", "Phó bí thư Tỉnh ủy Hà Giang"]}


def test_a_dismissal_verb_capitalised_after_the_colon_of_a_discipline_form():
    got = posts("T\n\nĐảng ủy Khối đã kỷ luật ông Lò Văn Tám bằng hình thức: Cách chức Ủy viên Ban chấp hành Đảng bộ "
                "Sở, cách chức Bí thư Chi bộ Kế hoạch.")
    assert got == {"Lò Văn Tám": ["Ủy viên Ban chấp hành Đảng bộ Sở", "Bí thư Chi bộ Kế hoạch"]}
