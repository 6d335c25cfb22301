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
