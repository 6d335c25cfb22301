"""Award givers, round givers39 (issue 8, item 2): a giver told after a complement of the award's name, and the one
who hands an award over for the office he acts for. Made-up examples."""

from test_awards_posts import _confs


def test_the_organiser_after_a_contest_complement_gives():
    for text in ("Em Trần Thị Mơ đoạt giải Nhất của Hội thi tin học trẻ do Sở Giáo dục và Đào tạo tỉnh Sông Lam "
                 "tổ chức.",
                 "Em Trần Thị Mơ đoạt giải Nhì tại Hội thi tin học trẻ do Sở Giáo dục và Đào tạo tỉnh Sông Lam "
                 "tổ chức.",
                 "Em Trần Thị Mơ đoạt giải Nhì (môn Toán) của Cuộc thi học sinh giỏi do Sở Giáo dục và Đào tạo tỉnh "
                 "Sông Lam tổ chức."):
        (c,) = _confs("T\n\n" + text)
        assert c["giver"] == "Sở Giáo dục và Đào tạo tỉnh Sông Lam" and c["recipients"] == ["Trần Thị Mơ"], text


def test_do_without_a_verb_of_organising_or_giving_tells_no_giver():
    (c,) = _confs("T\n\nEm Trần Thị Mơ đoạt giải Nhất của Hội thi tin học trẻ do có bài thi đạt điểm cao nhất.")
    assert c["giver"] is None


def test_the_subject_before_thay_mat_hands_the_award_over_for_the_office():
    (c,) = _confs("T\n\nÔng Lê Văn Tám thay mặt Thủ tướng Chính phủ trao Bằng khen cho Công ty Sông Lam.")
    assert (c["giver"], c["kind"], c["presenter"]) == ("Thủ tướng Chính phủ", "post", "Lê Văn Tám")
    (c,) = _confs("T\n\nÔng Lê Văn Tám, Phó Chủ tịch UBND tỉnh Sông Lam thừa ủy quyền Chủ tịch nước trao Huân chương "
                  "Lao động hạng Nhì cho Công ty Tân Phú.")
    assert (c["giver"], c["presenter"]) == ("Chủ tịch nước", "Lê Văn Tám")


def test_a_person_who_only_reports_the_delegation_hands_nothing():
    (c,) = _confs("T\n\nTheo ông Lê Văn Tám, thay mặt Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Sông Lam trao "
                  "Bằng khen cho Công ty Tân Phú.")
    assert c["presenter"] != "Lê Văn Tám"


def test_the_subject_before_thay_mat_hands_it_over_even_when_the_office_has_a_known_holder():
    (c,) = _confs("T\n\nThủ tướng Chính phủ Trần Văn Ba đã gửi thư chúc mừng. Ông Lê Văn Tám thay mặt Thủ tướng tặng "
                  "Bằng khen cho Công ty Sông Lam.")
    assert c["presenter"] == "Lê Văn Tám"


def test_a_category_of_the_contest_is_no_complement_of_the_name():
    (c,) = _confs("T\n\nEm Trần Thị Mơ nhận giải Ba trong mục giải thưởng phụ, do Viện Tin học Sông Lam trao tặng.")
    assert c["giver"] is None


def test_the_organisers_clause_is_no_name_of_the_prize():
    from helpers import run

    from kg.extract.facts import Lit
    (f,) = [f for f in run("T\n\nEm Trần Thị Mơ đoạt giải Nhất của Hội thi tin học trẻ do Sở Giáo dục và Đào tạo "
                           "tỉnh Sông Lam tổ chức.").facts if f.cls == "AwardConferral"]
    assert [v.value for p, v in f.props if p == "skos:altLabel" and isinstance(v, Lit)] == []
