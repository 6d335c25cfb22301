"""Award conferrals, round 20 (issue 8): the named recipients of a conferral
(scripts/data/awards_text_sample_97_after.tsv) — bodies that give in a clause of their own after "cho" are no
receivers. Neutral made-up examples."""

from test_awards_posts import _confs


def test_bodies_that_give_in_a_clause_of_their_own_do_not_receive():
    (c,) = _confs("T\n\nThưởng nóng cho lực lượng biên phòng Sáng nay, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hòa Bình và "
                  "UBND huyện Tân Lạc đã trao thưởng cho tập thể cán bộ chiến sĩ.")
    assert c["recipients"] == []
    (c,) = _confs("T\n\nThưởng nóng cho đội tuần tra, UBND huyện Tân Lạc vừa trao thưởng cho các chiến sĩ.")
    assert c["recipients"] == []


def test_a_body_after_cho_still_receives():
    (c,) = _confs("T\n\nUBND tỉnh Hòa Bình trao Bằng khen cho Công an huyện Tân Lạc và UBND xã Phú Cường.")
    assert c["recipients"] == ["Công an huyện Tân Lạc", "UBND xã Phú Cường"]  # both listed after "cho" (round 26)
    (c,) = _confs("T\n\nUBND tỉnh Hòa Bình trao Bằng khen cho Công an huyện Tân Lạc đã có thành tích xuất sắc.")
    assert c["recipients"] == ["Công an huyện Tân Lạc"]
