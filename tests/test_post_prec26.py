"""Person–post precision as the scorer counts it, round 26: the posts between two names of a list whose posts
are written before the names. One neutral made-up example per rule."""
from helpers import posts


def test_posts_between_two_names_written_after_their_posts_are_the_next_name_s():
    # "POST POST A, POST, POST B": A's posts stand before A, so the comma chain after A opens B's
    got = posts("T\n\nDự lễ có Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Tây Lô Lò Văn Tám, Ủy viên Trung ương Đảng, "
                "Chủ tịch Hội Cựu chiến binh Việt Nam Hà Thị Chín và nhiều khách mời.")
    assert sorted(got["Lò Văn Tám"]) == ["Bí thư Tỉnh ủy Tây Lô", "Ủy viên Bộ Chính trị"]
    assert sorted(got["Hà Thị Chín"]) == ["Chủ tịch Hội Cựu chiến binh Việt Nam", "Ủy viên Trung ương Đảng"]


def test_a_post_after_a_name_written_without_posts_before_it_stays_the_name_s():
    # "A, POST, POST B": A's own post is written after A; the chain is no list of posts written first
    got = posts("T\n\nDự lễ có ông Lò Văn Tám, Ủy viên Trung ương Đảng, Chủ tịch Hội Cựu chiến binh Việt Nam "
                "Hà Thị Chín và nhiều khách mời.")
    assert got["Lò Văn Tám"] == ["Ủy viên Trung ương Đảng"]
    # a post after A that "cùng" parts from the next post: A's
    got = posts("T\n\nDự lễ có Bí thư Tỉnh ủy Tây Lô Lò Văn Tám, Trưởng Ban Chỉ đạo Tây Bắc cùng Chủ tịch Hội "
                "Cựu chiến binh Việt Nam Hà Thị Chín.")
    assert sorted(got["Lò Văn Tám"]) == ["Bí thư Tỉnh ủy Tây Lô", "Trưởng Ban Chỉ đạo Tây Bắc"]
    assert got["Hà Thị Chín"] == ["Chủ tịch Hội Cựu chiến binh Việt Nam"]
    # a bare title repeated before each name as a form of address: the post after the first name is its own
    got = posts("T\n\nĐoàn gồm ĐB Lò Văn Tám, Phó Giám đốc Sở Tư pháp tỉnh Tây Lô, ĐB Hà Thị Chín và ĐB Lò Văn Mười.")
    assert "Phó Giám đốc Sở Tư pháp tỉnh Tây Lô" in got["Lò Văn Tám"]
    assert "Phó Giám đốc Sở Tư pháp tỉnh Tây Lô" not in got.get("Hà Thị Chín", [])


def test_a_bare_name_cut_at_a_sentence_case_word_goes_on_through_its_field_to_a_closed_place_name():
    # "Cảng vụ Đường | thủy nội địa X cho biết": the walk stops at the lower-case syllable; the field and the
    # place's name after it close the body's name before a verb of saying
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Cảng vụ Đường thủy nội địa Tây Lô cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Giám đốc Cảng vụ Đường thủy nội địa Tây Lô"]}
    # no name closed after the field: the name ends before the cut word, as before
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Cảng vụ Đường thủy nội địa khẳng định Tây Lô sẽ lắp loa.")
    assert got == {"Lò Văn Tám": ["Giám đốc Cảng vụ"]}
