"""Award conferrals, round awards38c (h/awards38c: counted prize lists, an organiser's "do X" clause): made-up
examples."""

from test_awards_posts import _confs


def test_each_prize_of_a_counted_comma_list_is_a_conferral():
    confs = _confs("T\n\nBan tổ chức đã trao 1 giải nhất, 2 giải nhì, 3 giải ba và 5 giải khuyến khích cho các "
                   "tác giả.")
    assert [c["names"] for c in confs] == [["Giải nhất"], ["Giải nhì"], ["Giải ba"], ["Giải khuyến khích"]]
    assert {c["giver"] for c in confs} == {"Ban tổ chức"}


def test_an_uncounted_list_of_graded_prizes_too():
    confs = _confs("T\n\nHội Văn nghệ Tân Phú trao giải nhì, giải ba cho các tác phẩm.")
    assert [c["names"] for c in confs] == [["Giải nhì"], ["Giải ba"]]
    assert {c["giver"] for c in confs} == {"Hội Văn nghệ Tân Phú"}


def test_a_lower_case_prize_word_after_a_comma_without_a_grade_before_is_no_prize():
    confs = _confs("T\n\nBan tổ chức đã trao giải thưởng, giải quyết các thắc mắc của thí sinh.")
    assert all("Giải quyết" not in n for c in confs for n in c["names"])


def test_the_organiser_of_the_contest_gives_but_its_clause_is_not_the_prize_name():
    (c,) = _confs("T\n\nEm Trần Thị Mơ đoạt giải Nhất cuộc thi Viết thư do Sở Giáo dục tỉnh Tân Phú tổ chức.")
    assert c["names"] == ["Giải Nhất cuộc thi Viết thư"]
    assert c["giver"] == "Sở Giáo dục tỉnh Tân Phú" and c["recipients"] == ["Trần Thị Mơ"]


def test_the_name_as_written_with_cua_stays():
    (c,) = _confs("T\n\nÔng Lê Văn Tám nhận Bằng khen của UBND tỉnh Tân Phú.")
    assert "Bằng khen của UBND tỉnh Tân Phú" in c["names"]


def test_a_list_of_a_contests_prizes_without_a_verb_gives_nothing():
    confs = _confs("T\n\nCác đội giải Nhì và giải Ba sẽ được nhận giải thưởng trị giá 5 triệu đồng.")
    assert all(n not in ("Giải Ba",) for c in confs for n in c["names"])
