"""Award givers, round givers40 (issue 8, item 2): the joint organisers of "do A và B tổ chức", a post's office in a
list of givers, the giver of a relative clause ("AWARD mà X trao tặng") and a giver written as an acronym. Made-up
examples."""

from test_awards_posts import _confs


def _givers(text: str) -> list[tuple[str | None, str]]:
    return sorted((c["giver"], c["kind"]) for c in _confs("T\n\n" + text))


def test_every_organiser_joined_after_do_gives_the_prize():
    for joined in ("và", "phối hợp với", "phối hợp", "cùng với"):
        text = (f"Em Trần Thị Mơ đoạt giải Nhất cuộc thi tin học trẻ do Tỉnh đoàn Sông Lam {joined} Sở Tư pháp tỉnh "
                "Sông Lam tổ chức.")
        assert _givers(text) == [("Sở Tư pháp tỉnh Sông Lam", "body"), ("Tỉnh đoàn Sông Lam", "body")], joined
        assert all(c["recipients"] == ["Trần Thị Mơ"] for c in _confs("T\n\n" + text))


def test_a_body_after_do_that_is_no_organiser_gives_nothing():
    assert _givers("Em Trần Thị Mơ đoạt giải Nhất do Tỉnh đoàn Sông Lam trao cho Trường Tân Phú và Sở Tư pháp tỉnh "
                   "Sông Lam tài trợ.") == [("Tỉnh đoàn Sông Lam", "body")]
    assert _givers("Em Trần Thị Mơ đoạt giải Nhất cuộc thi tin học trẻ do Tỉnh đoàn Sông Lam và Công ty Tân Phú "
                   "tài trợ.") == [("Tỉnh đoàn Sông Lam", "body")]


def test_a_post_in_a_list_of_givers_gives_for_its_office():
    assert _givers("Giám đốc Công an tỉnh Sông Lam và UBND huyện Tân Phú thưởng cho Công an huyện Tân Phú mỗi đơn vị "
                   "5 triệu đồng.") == [("Giám đốc Công an tỉnh Sông Lam", "post"), ("UBND huyện Tân Phú", "body")]


def test_the_relative_clause_after_the_award_names_its_giver():
    (c,) = _confs("T\n\nTrường Tân Phú nhận Bằng khen mà Bộ Giáo dục và Đào tạo trao tặng.")
    assert (c["giver"], c["names"], c["recipients"]) == ("Bộ Giáo dục và Đào tạo", ["Bằng khen"], ["Trường Tân Phú"])
    (c,) = _confs("T\n\nBằng khen mà ông Lê Văn Tám nhận được năm ngoái rất đáng tự hào.")
    assert c["giver"] is None


def test_an_acronym_before_a_give_verb_is_the_conferring_body():
    (c,) = _confs("T\n\nÔng Lê Văn Tám nhận Huy chương Vàng do UNESCO trao.")
    assert (c["giver"], c["kind"], c["recipients"]) == ("UNESCO", "body", ["Lê Văn Tám"])
    (c,) = _confs("T\n\nÔng Lê Văn Tám nhận Giải thưởng Kỹ sư trẻ do IEEE trao tặng.")
    assert (c["giver"], c["kind"]) == ("IEEE", "body")


def test_an_acronym_of_the_lexicon_or_one_before_no_give_verb_is_no_giver():
    (c,) = _confs("T\n\nÔng Lê Văn Tám nhận Huy chương Vàng do UNESCO bảo trợ.")
    assert c["giver"] is None
    (c,) = _confs("T\n\nÔng Lê Văn Tám nhận Huy chương Vàng do BTV trao.")
    assert c["giver"] is None
