"""Award conferrals, round 13 (issue 8): constructions of the hand-judged corpus sample of seed 67
(scripts/data/awards_sample_67_before.tsv) and of the development sets' misses. Neutral made-up examples."""

from test_awards_posts import _confs


def test_an_award_told_as_a_condition_is_no_conferral():
    assert _confs("T\n\nTheo quy định, bà Lê Thị Hoa sẽ được thưởng thêm nếu được Chủ tịch UBND tỉnh tặng "
                  "Bằng khen.") == []
    assert _confs("T\n\nNếu được Bộ trưởng tặng Bằng khen, ông Trần Văn Bảo sẽ được nâng lương trước hạn.") == []


def test_a_contrast_with_a_time_is_still_a_conferral():
    (c,) = _confs("T\n\nNếu như năm ngoái Trường Tiểu học Hòa Bình được UBND tỉnh Yên Bái tặng Bằng khen thì "
                  "năm nay trường được tặng Cờ thi đua.")[:1]
    assert c["names"] == ["Bằng khen"]


def test_the_subject_of_a_clause_of_purpose_gives():
    (c,) = _confs("T\n\nDo điều kiện sức khỏe, lãnh đạo Sở Văn hóa tỉnh Hà Giang đã tổ chức đoàn đến bệnh viện để "
                  "trao Huy hiệu 60 năm tuổi Đảng cho ông Vàng Văn Chử.")
    assert c["giver"] == "Sở Văn hóa tỉnh Hà Giang"
    assert c["recipients"] == ["Vàng Văn Chử"]


def test_a_body_asked_before_a_clause_of_purpose_does_not_give():
    (c,) = _confs("T\n\nXã Tân Lập đã đề nghị UBND huyện Bắc Mê để tặng Giấy khen cho ông Vàng Văn Chử.")
    assert c["giver"] is None


def test_a_receiver_set_apart_by_rieng_has_a_conferral_of_its_own():
    confs = _confs("T\n\nHai đảng viên được nhận Huy hiệu 70 năm tuổi Đảng gồm ông Lò Văn Páo và ông Hà Văn Kìm. "
                   "Riêng đối với ông Hà Văn Kìm, do điều kiện sức khỏe, lãnh đạo Sở Văn hóa tỉnh Hà Giang đã tổ "
                   "chức đoàn đến nhà riêng để trao Huy hiệu 70 năm tuổi Đảng cho ông Hà Văn Kìm.")
    assert sorted((c["giver"] or "", c["recipients"]) for c in confs) == [
        ("", ["Hà Văn Kìm", "Lò Văn Páo"]), ("Sở Văn hóa tỉnh Hà Giang", ["Hà Văn Kìm"])]
