"""Leftovers of stop 37 (issue 8, round left38): one neutral made-up example per rule."""
from helpers import body_post_labels, held


def test_a_police_unit_keeps_the_field_of_crime_it_fights_after_ve():
    # field_topics.tsv: "tội phạm" takes "về" and a listed field (two joined by "và") as part of the unit's name
    text = ("T\n\nTrung tá Lò Văn Tám, Đội trưởng Đội Cảnh sát điều tra tội phạm về kinh tế và chức vụ, Công an "
            "TP Sông Mây cho biết như vậy. Ông Vi Văn Chín, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy "
            "Công an tỉnh Sông Mây nói thêm.")
    got = held(text)
    assert got["Lò Văn Tám"] == ["Đội trưởng Đội Cảnh sát điều tra tội phạm về kinh tế và chức vụ, Công an TP Sông Mây"]
    assert got["Vi Văn Chín"] == ["Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sông Mây"]
    bodies, _ = body_post_labels("Chủ tịch UBND quận tặng Bằng khen cho Đội Cảnh sát điều tra tội phạm về ma túy.")
    assert "Đội Cảnh sát điều tra tội phạm về ma túy" in bodies


def test_ve_with_no_listed_field_after_toi_pham_stays_outside_the_name():
    bodies, _ = body_post_labels("Cục Cảnh sát phòng chống tội phạm về việc này đã có báo cáo.")
    assert "Cục Cảnh sát phòng chống tội phạm" in bodies
    assert not any("về" in b for b in bodies)


def test_a_cadastral_officer_after_a_name_is_a_post():
    # posts.tsv: "Cán bộ địa chính", "Công chức địa chính" (a commune's staff post)
    text = ("T\n\nÔng Lò Văn Tám, cán bộ địa chính xã Sông Mây cho biết như vậy. Ông Hà Văn Mười, công chức địa "
            "chính xã Bình Lư, nói thêm.")
    assert held(text) == {"Lò Văn Tám": ["cán bộ địa chính xã Sông Mây"],
                          "Hà Văn Mười": ["công chức địa chính xã Bình Lư"]}


def test_a_communes_judicial_officer_after_a_name_is_a_post():
    # posts.tsv: "Cán bộ tư pháp", "Công chức tư pháp - hộ tịch" (the commune's civil servants by their field)
    text = ("T\n\nÔng Lò Văn Tám - cán bộ tư pháp phường Vĩnh Tân - phủ nhận việc này. Ông Hà Văn Mười, công chức tư "
            "pháp - hộ tịch xã Bình Lư, cho biết thêm. Bà Vi Thị Chín (cán bộ tư pháp hộ tịch xã Hòa An) vắng mặt.")
    assert held(text) == {"Lò Văn Tám": ["cán bộ tư pháp phường Vĩnh Tân"],
                          "Hà Văn Mười": ["công chức tư pháp - hộ tịch xã Bình Lư"],
                          "Vi Thị Chín": ["cán bộ tư pháp hộ tịch xã Hòa An"]}


def test_a_field_of_six_words_is_read_whole():
    # the longest field of field_topics.tsv ("trật tự quản lý kinh tế") is six words: the reader takes its length
    # from the file (a fixed limit of four words never matched it)
    bodies, _ = body_post_labels("Chủ tịch UBND huyện tặng Giấy khen cho Đội Cảnh sát điều tra tội phạm về trật tự "
                                 "quản lý kinh tế.")
    assert "Đội Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế" in bodies
