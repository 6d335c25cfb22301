"""Award conferrals, round 38 (h/awards38: a sample of 80 conferrals and 40 award sentences of the base corpus build,
seed 457): made-up examples."""

from test_awards_posts import _confs


def test_an_organising_committee_written_in_lower_case_gives():
    (c,) = _confs("T\n\nKết thúc hội thi, ban tổ chức đã trao giải Nhất cho đội Sông Lam.")
    assert c["names"] == ["Giải Nhất"] and c["giver"].lower() == "ban tổ chức"
    # the Party's department and a title keep their own reading
    (c,) = _confs("T\n\nTrưởng ban tổ chức Lê Văn Tám trao giải Nhì cho đội Tân Phú.")
    assert c["giver"] == "Lê Văn Tám"


def test_con_before_the_give_verb_keeps_its_subject():
    (c,) = _confs("T\n\nNgoài ra, Sở Văn hóa tỉnh Sông Lam còn trao Bằng khen cho đội Tân Phú.")
    assert c["giver"] == "Sở Văn hóa tỉnh Sông Lam"


def test_counted_prizes_joined_by_va_share_the_giver():
    confs = _confs("T\n\nNgoài ra, ban tổ chức còn trao 3 giải ba và 7 giải khuyến khích cho các tác giả.")
    assert sorted((c["names"][0], c["giver"].lower()) for c in confs) == [("Giải ba", "ban tổ chức"),
                                                                           ("Giải khuyến khích", "ban tổ chức")]
    confs = _confs("T\n\nSở Văn hóa tỉnh Sông Lam trao 2 Bằng khen và 5 Giấy khen cho các đội.")
    assert sorted((c["names"][0], c["giver"]) for c in confs) == [("Bằng khen", "Sở Văn hóa tỉnh Sông Lam"),
                                                                   ("Giấy khen", "Sở Văn hóa tỉnh Sông Lam")]
