"""A foreign official's post never lands on Việt Nam's national body (issue 8: one post node per post of an
official). Neutral made-up sentences: invented names, no article's wording."""

from __future__ import annotations

from helpers import post_keys


def test_a_foreign_minister_listed_on_his_countrys_side_is_not_the_minister_here():
    keys = post_keys("Hội đàm\n\nBộ trưởng Bộ Quốc phòng Vũ Văn Tám dự. Về phía nước bạn có Bộ trưởng Bộ Quốc phòng "
                      "Pavel Orlikov, Bộ trưởng Bộ Y tế Ivan Berezin.")
    assert keys["Vũ Văn Tám"] == ["bộ trưởng|bộ quốc phòng"]
    assert all(k.endswith("|g") for who in ("Pavel Orlikov", "Ivan Berezin") for k in keys[who])
    assert keys["Pavel Orlikov"] != keys["Vũ Văn Tám"]


def test_a_foreign_leaders_party_and_state_posts_are_no_national_posts_here():
    keys = post_keys("Hội đàm\n\nĐại tướng Lorenzo Vidal Pereda, Bí thư thứ nhất Ban Chấp hành Trung ương Đảng, "
                      "Chủ tịch Hội đồng Nhà nước, tiếp đoàn.")
    assert keys["Lorenzo Vidal Pereda"]
    assert all(k.endswith("|g") for k in keys["Lorenzo Vidal Pereda"])


def test_a_vietnamese_official_of_a_national_body_keeps_the_national_post():
    keys = post_keys("Hội đàm\n\nBộ trưởng Bộ Quốc phòng Vũ Văn Tám và Ủy viên Bộ Chính trị Lê Thị Hoa dự.")
    assert keys["Vũ Văn Tám"] == ["bộ trưởng|bộ quốc phòng"]
    assert keys["Lê Thị Hoa"] == ["ủy viên bộ chính trị|bộ chính trị"]


def test_a_foreign_ministry_named_with_its_country_stays_one_body_across_articles():
    keys = post_keys("Hội đàm\n\nThứ trưởng Bộ Ngoại giao Ba Lan Jan Kowalczyk dự.")
    assert keys["Jan Kowalczyk"] == ["thứ trưởng|bộ ngoại giao ba lan"]


def test_a_body_named_with_a_hyphenated_country_stays_that_countrys():
    keys = post_keys("Hội đàm\n\nCố vấn Nhà nước Mi-an-ma Daw Nilar Thet Zaw dự.")
    assert not any(k.endswith("|g") for k in keys["Daw Nilar Thet Zaw"])


def test_a_country_that_closes_the_stack_of_posts_after_a_name_makes_each_post_that_countrys():
    keys = post_keys("Hội đàm\n\nThượng tướng Vũ Văn Tám gặp Thượng tướng Mã Hồng Phi, Ủy viên Bộ Chính trị, Phó "
                      "Chủ tịch Quân ủy Trung ương Trung Quốc.")
    assert "ủy viên bộ chính trị|bộ chính trị" not in keys["Mã Hồng Phi"]
    assert any(k.startswith("ủy viên bộ chính trị|") for k in keys["Mã Hồng Phi"])


def test_a_vietnamese_official_whose_last_post_names_a_pair_with_a_country_keeps_the_national_posts():
    keys = post_keys("Hội đàm\n\nÔng Vũ Văn Tám, Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội, Chủ tịch Nhóm nghị sĩ "
                      "hữu nghị Việt - Lào dự.")
    assert "ủy viên bộ chính trị|bộ chính trị" in keys["Vũ Văn Tám"], keys
    assert "phó chủ tịch quốc hội|quốc hội" in keys["Vũ Văn Tám"], keys
