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

