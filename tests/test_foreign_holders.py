"""Foreign officials (issue 8: one post node per post, one person node per person). Neutral made-up sentences."""

from __future__ import annotations

from helpers import post_keys, run


def _persons(text: str) -> list[str]:
    return sorted(e.label for e in run(text, "g").links.entities.values() if e.kind == "person")


def test_a_bare_title_of_a_person_holding_a_foreign_post_is_not_the_office_it_implies_here():
    keys = post_keys("Hội đàm\n\nChủ tịch nước Vũ Văn Tám sẽ gặp Tổng Bí thư, Chủ tịch Trung Quốc Lý Minh Hạo.")
    assert keys["Vũ Văn Tám"] == ["chủ tịch nước|nhà nước"]
    assert sorted(keys["Lý Minh Hạo"]) == ["chủ tịch|trung quốc", "tổng bí thư|lý minh hạo"]


def test_a_post_of_a_countrys_mission_here_or_a_foreign_post_far_from_the_name_is_no_foreign_holder():
    keys = post_keys("Hội đàm\n\nĐại sứ Nhật Bản tại Việt Nam Kenji Tanaka và Đại sứ Việt Nam tại Nhật Bản Vũ Văn "
                      "Tám dự. Tổng Bí thư Vũ Văn Tám phát biểu.")
    assert "tổng bí thư|ban chấp hành trung ương đảng" in keys["Vũ Văn Tám"]
    far = post_keys("Hội đàm\n\nChủ tịch nước Vũ Văn Tám tới. Tại cuộc tiếp Tổng thư ký Đảng Tự do Nhật Bản, Chủ tịch "
                     "Liên minh nghị sĩ hữu nghị Nhật - Việt, Chủ tịch nước Vũ Văn Tám nói.")
    assert "chủ tịch nước|nhà nước" in far["Vũ Văn Tám"]


def test_a_national_body_of_a_country_written_in_full_runs_to_the_country():
    keys = post_keys("Hội đàm\n\nChủ tịch Quốc hội Cộng hòa Liên bang Myanmar Ba Hla Tun và Chủ tịch Quốc hội "
                      "Cộng hòa Dân chủ Nhân dân Lào Somsak Vilayvong gặp nhau.")
    assert keys["Ba Hla Tun"] == ["chủ tịch quốc hội|quốc hội cộng hòa liên bang myanmar"]
    assert keys["Somsak Vilayvong"] == ["chủ tịch quốc hội|quốc hội cộng hòa dân chủ nhân dân lào"]
    visit = run("Hội đàm\n\nChủ tịch Quốc hội Cộng hòa Cu Ba đang thăm chính thức Việt Nam.", "g")
    assert [m.text for m in visit.doc.mentions if m.kind == "body"] == ["Quốc hội Cộng hòa Cu Ba"]


def test_a_part_of_a_foreign_name_or_its_initial_form_names_the_same_person():
    assert _persons("Hội đàm\n\nChủ tịch Quốc hội Cu Ba Pedro Antonio Ruiz Gómez dự. Ông Antonio Ruiz Gomez cảm ơn "
                    "Chủ tịch nước Vũ Văn Tám. Ông Pedro Antonio cũng nói.") == [
        "Pedro Antonio Ruiz Gómez", "Vũ Văn Tám"]
    assert _persons("Hội đàm\n\nThủ tướng Vũ Văn Tám gặp Thủ tướng Ấn Độ Rahul Kapoor. Gặp lại Thủ tướng Ấn Độ "
                    "R.Kapoor, Thủ tướng Vũ Văn Tám hoan nghênh.") == ["Rahul Kapoor", "Vũ Văn Tám"]


def test_a_country_word_inside_a_place_or_a_field_makes_no_foreign_post():
    keys = post_keys("Hội nghị\n\nBí thư Huyện ủy Tân Đức, Ủy viên Ban Chỉ đạo cải cách tư pháp Trung ương Vũ Văn "
                      "Tám dự. Tổng Bí thư Vũ Văn Tám phát biểu.")
    assert "tổng bí thư|ban chấp hành trung ương đảng" in keys["Vũ Văn Tám"]
