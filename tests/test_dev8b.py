"""Names and awards read on devown8's misses (round dev8b): a foreign official's name in unmarked Latin letters some
of whose words spell a Vietnamese syllable, after a title and a country ("Timor Leste" one of its spellings); a
foreign parliament's upper or lower house as a body ("Chủ tịch Thượng viện kiêm Chủ tịch Quốc hội X"); an Ê Đê
woman's given name glued to its "H'" / "H’"; an epithet merged into the full name the article gives ("Bác Hồ" with
"Chủ tịch Hồ Chí Minh"); "Mẹ Việt Nam Anh hùng", an honorary title written before its holder's name. Made-up
names only."""

from helpers import mentions, posts, run
from test_awards_posts import _confs


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_foreign_name_with_a_word_that_spells_a_vietnamese_syllable():
    text = "Tiêu đề\n\nDự hội nghị có Chủ tịch Quốc hội Myanmar Zaw Win Maung Than; Chủ tịch Hạ viện Lào Sone Phet."
    assert posts(text)["Zaw Win Maung Than"] == ["Chủ tịch Quốc hội Myanmar"]
    text = "Tiêu đề\n\nDự hội nghị có Chủ tịch Quốc hội Timor Leste Orlando Ramos Da Silva và nhiều đại biểu."
    assert posts(text) == {"Orlando Ramos Da Silva": ["Chủ tịch Quốc hội Timor Leste"]}


def test_unmarked_latin_words_need_two_foreign_ones_the_first_among_them():
    assert persons("Giám đốc Công ty Hoa Sen Nguyen Van Anh đã ký hợp đồng.") != ["Hoa Sen Nguyen Van Anh"]
    assert "Sen Da Tan Than" not in persons("Chủ tịch Quốc hội Lào Sen Da Tan Than đã tới.")


def test_a_foreign_parliaments_house_is_a_body_of_a_post_joined_by_kiem():
    text = "Tiêu đề\n\nDự có Chủ tịch Thượng viện kiêm Chủ tịch Quốc hội Lào Khamsone Phetlavanh."
    assert posts(text) == {"Khamsone Phetlavanh": ["Chủ tịch Thượng viện kiêm Chủ tịch Quốc hội Lào"]}


def test_an_ede_womans_given_name_opens_with_h_and_an_apostrophe():
    assert persons("Em H’Mai Niê - học sinh lớp 7 trường THCS Ea Hồ kể lại.") == ["H’Mai Niê"]
    text = "Tiêu đề\n\nBà H'Mai Niê, Phó Chủ tịch UBND xã Ea Hồ cho biết."
    assert posts(text) == {"H'Mai Niê": ["Phó Chủ tịch UBND xã Ea Hồ"]}
    assert persons("Người H’Mông Giàng A Páo cho biết.") == ["Giàng A Páo"]  # a people's name, no given name
    # a given name after a foreign-looking word: "H'Kim" is no foreign word, so the whole name stays one
    assert persons("Chị Rơ Mah H'Kim, công nhân cao su, cho biết.") == ["Rơ Mah H'Kim"]


def _person_labels(text: str) -> list[str]:
    res = run("Tiêu đề\n\n" + text)
    return sorted(e.label for e in res.links.entities.values() if e.kind == "person")


def test_an_epithet_joins_the_full_name_the_article_gives():
    text = "Đoàn về thăm quê hương Chủ tịch Hồ Chí Minh. Ông Lê Văn Tám kể về Bác Hồ với cán bộ xã Hòa An."
    assert _person_labels(text) == ["Hồ Chí Minh", "Lê Văn Tám"]
    assert _person_labels("Ông Lê Văn Tám kể về Bác Hồ với cán bộ xã Hòa An.") == ["Bác Hồ", "Lê Văn Tám"]


def test_a_title_of_address_before_a_name_is_that_persons_honour():
    (c,) = _confs("T\n\nChủ tịch tỉnh Lê Văn Tám đến thăm, tặng quà Mẹ Việt Nam Anh hùng Trần Thị Hoa, 98 tuổi.")
    assert (c["names"][0], c["giver"], c["recipients"]) == ("Mẹ Việt Nam Anh hùng", None, ["Trần Thị Hoa"])
    assert persons("Dự lễ có đại biểu Mẹ Việt Nam Anh hùng, lão thành cách mạng tỉnh Hòa An.") == []
    # the title's full official name is one award too, not "Bà" and the title
    (c,) = _confs("T\n\nĐoàn tặng quà Bà mẹ Việt Nam Anh hùng Trần Thị Hoa.")
    assert (c["names"][0], c["giver"], c["recipients"]) == ("Bà mẹ Việt Nam Anh hùng", None, ["Trần Thị Hoa"])
    # after "danh hiệu" the title is that kind's open name, labelled as before
    (c,) = _confs("T\n\nNhà nước truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho bà Trần Thị Hoa.")
    assert (c["names"][0], c["recipients"]) == ("Danh hiệu Bà mẹ Việt Nam Anh hùng", ["Trần Thị Hoa"])
