"""The name grammar of events (issue 8, item 3, round events42c): a ceremony named by a purpose the lexicon did not
know ("Lễ gắn biển …", "Lễ đặt tên …", "Lễ khởi động …", "Hội nghị tuyên truyền, phổ biến … và tập huấn …"), what
the object of a naming is named after ("mang tên" and a person with a title, ``kg/extract/event_named_after.py``), a
road "đoạn qua" a place and a decree written "NĐ". Made-up examples."""

from helpers import event_labels


def test_a_street_naming_named_after_a_person_with_a_title():
    text = ("Sáng 17/6, UBND tỉnh Beta tổ chức Lễ đặt tên đường mang tên cố Bí thư Tỉnh ủy Beta - ông Lê Văn Quy, "
            "nhân kỷ niệm 90 năm ngày sinh của ông.")
    assert event_labels(text) == ["Lễ đặt tên đường mang tên cố Bí thư Tỉnh ủy Beta - ông Lê Văn Quy"]


def test_a_plaque_of_a_street_ends_at_the_person_before_a_capitalised_apposition():
    text = ("Sáng 17/6, UBND tỉnh Beta tổ chức Lễ gắn biển tên đường Lê Văn Quy, Nhà giáo, liệt sỹ đầu tiên của "
            "tỉnh Beta.")
    assert event_labels(text) == ["Lễ gắn biển tên đường Lê Văn Quy"]


def test_a_school_named_after_a_hero_and_no_place_after_it():
    text = "Sáng 17/6, UBND tỉnh Beta tổ chức Lễ khánh thành trường học mang tên Anh hùng Lê Văn Quy tại xã Gamma."
    assert event_labels(text) == ["Lễ khánh thành trường học mang tên Anh hùng Lê Văn Quy"]


def test_a_launch_of_a_road_section_through_a_province_stops_before_a_count():
    text = ("Sáng 17/6, UBND tỉnh Beta tổ chức Lễ khởi động dự án xây dựng tuyến đường ven biển đoạn qua tỉnh Beta "
            "và 9 km đi qua tỉnh Gamma.")
    assert event_labels(text) == ["Lễ khởi động dự án xây dựng tuyến đường ven biển đoạn qua tỉnh Beta"]


def test_a_conference_of_purposes_joined_by_a_comma_and_và():
    text = ("Ngày 6/7, Bộ Y tế tổ chức Hội nghị tuyên truyền, phổ biến pháp luật và tập huấn nghiệp vụ thanh tra "
            "chuyên ngành y tế năm 2031.")
    assert event_labels(text) == ["Hội nghị tuyên truyền, phổ biến pháp luật và tập huấn nghiệp vụ thanh tra "
                                   "chuyên ngành y tế năm 2031"]


def test_a_decree_abbreviated_as_its_basis():
    text = "Ngày 6/7, Sở Nông nghiệp tổ chức Hội nghị chuyên đề đóng mới tàu cá theo NĐ 67 tại tỉnh Beta."
    assert event_labels(text) == ["Hội nghị chuyên đề đóng mới tàu cá theo NĐ 67"]


def test_no_naming_phrase_without_a_name_and_no_purpose_without_its_object():
    texts = ["Ngày 6/7, UBND tỉnh Beta tổ chức Lễ đặt tên đường mang tên, theo đề nghị của nhân dân.",
             "Buổi phổ biến nhấn mạnh vào việc kinh doanh thịt lợn tại chợ Beta."]
    assert event_labels(texts[0]) == ["Lễ đặt tên đường"]
    assert event_labels(texts[1]) == []


def test_a_title_stack_goes_on_to_its_holder_and_a_dash_to_a_person_in_apposition():
    text = "Lễ gắn biển tên đường Nhà báo, liệt sỹ Lê Văn Quy tại Beta\n\nSáng 17/6, UBND tỉnh Beta tổ chức lễ."
    assert "Lễ gắn biển tên đường Nhà báo, liệt sỹ Lê Văn Quy" in event_labels(text)
    text = ("Sáng 17/6, UBND tỉnh Beta tổ chức Lễ đặt tên đường mang tên cố Bí thư Thành ủy TP.HCM - ông Lê Văn Quy, "
            "nhân kỷ niệm 90 năm ngày sinh của ông.")
    assert event_labels(text) == ["Lễ đặt tên đường mang tên cố Bí thư Thành ủy TP.HCM - ông Lê Văn Quy"]
