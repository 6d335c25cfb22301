"""Award conferrals, round awards50 (a seeded 80 of the corpus's conferrals, seed 811): made-up examples."""

from test_awards_posts import _confs


def _names(text: str) -> list[str]:
    return sorted(c["names"][0] for c in _confs(text))


def test_an_edition_written_as_a_word_goes_on_the_prize_name():
    confs = _confs("Tin Alpha\n\nHội Nhà văn tỉnh Alpha và Báo Beta tiếp tục phát động Giải Sông Xanh lần thứ hai năm "
                   "2031 nhân dịp kỷ niệm ngày thành lập tỉnh.")
    assert {c["names"][0] for c in confs} == {"Giải Sông Xanh lần thứ hai năm 2031"}


def test_a_second_time_without_a_year_is_no_edition():
    # a guard (passes on the code before awards50): "lần thứ hai" without a year tells the second time
    confs = _confs("Tin Alpha\n\nCông ty Alpha vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Nhất lần thứ "
                   "hai.")
    assert [c["names"][0] for c in confs] == ["Huân chương Lao động hạng Nhất"]


def test_a_high_prize_in_general_is_no_conferral():
    assert _names("Tin Alpha\n\nTrường Alpha có nhiều học sinh đạt giải cao, được Sở Giáo dục tỉnh Beta tặng Bằng "
                  "khen.") == ["Bằng khen"]


def test_prizes_at_a_level_in_general_are_no_conferral():
    assert _names("Tin Alpha\n\nNăm học qua, học sinh quận Alpha đoạt 45 giải cấp tỉnh.") == []


def test_a_ceremony_still_to_come_is_no_conferral():
    assert _names("Tin Alpha\n\nLễ trao Giải Sông Xanh lần thứ 3 sẽ được tổ chức vào dịp kỷ niệm ngày thành lập "
                  "tỉnh.") == []


def test_an_award_to_be_given_is_no_conferral():
    assert _names("Tin Alpha\n\n“Trong vài ngày tới, các đơn vị liên quan sẽ tiến hành trao bằng khen cho 2 cá nhân "
                  "này”, bà Lê Thị An cho biết.") == []


def test_planned_events_listed_after_a_future_verb_confer_nothing():
    assert _names("Tin Alpha\n\nTrong khuôn khổ Lễ hội sẽ diễn ra Hội thi tạc tượng gỗ; triển lãm và trao giải Cuộc "
                  "thi ảnh “Sông Xanh quê em”; công bố các chương trình du lịch.") == []


def test_an_award_given_after_a_plan_is_still_a_conferral():
    # a guard (passes on the code before awards50): a report word after "sẽ" tells the award was given
    assert _names("Tin Alpha\n\nTỉnh Alpha sẽ tiếp tục phát huy, và hôm qua UBND tỉnh Alpha đã tặng Bằng khen cho "
                  "ông Nguyễn Văn An.") == ["Bằng khen"]


def test_a_prize_named_elsewhere_keeps_the_edition_its_future_ceremony_names():
    # a guard (passes on the code before awards50): the prize named in another sentence keeps the ceremony's
    # mention, which tells its edition
    confs = _confs("Tin Alpha\n\nTheo Ban tổ chức, đối tượng tham dự Giải Sông Xanh là mọi công dân. Lễ trao Giải Sông "
                   "Xanh lần thứ 3 sẽ được tổ chức vào dịp kỷ niệm ngày thành lập tỉnh.")
    assert {c["names"][0] for c in confs} == {"Giải Sông Xanh lần thứ 3"}


def test_a_prize_named_for_a_person_whose_family_name_is_a_level_word_is_a_conferral():
    # review50: only a level word in lower case ("giải cao") names no prize; "Giải Cao Văn Tám" is a prize's name
    assert _names("Tin Alpha\n\nHội Văn học tỉnh Sông Mây trao Giải Cao Văn Tám năm 2031 cho nhà thơ Lò Văn "
                  "Mười.") == ["Giải Cao Văn Tám năm 2031"]


def test_a_short_prize_name_inside_a_longer_one_is_not_named_again():
    # review50: "Giải Ka" to come is not named again by "Giải Kara" (a substring, not the same name)
    confs = _confs("Tin Alpha\n\nNăm nay Hội Alpha sẽ trao Giải Ka cho nhà thơ Lò Văn Mười. Giải Kara năm trước đã "
                   "trao cho ông Lò Văn Tám.")
    assert [c["names"][0] for c in confs] == ["Giải Kara"]


def test_a_future_word_of_another_clause_leaves_the_conferral():
    # review50: "sẽ" of an earlier clause does not make a later clause's award one still to come
    assert _names("Tin Alpha\n\nÔng Lò Văn Tám cho biết thời gian tới tỉnh sẽ tiếp tục đẩy mạnh phong trào thi đua; "
                  "dịp này, UBND tỉnh Sông Mây trao Bằng khen cho 5 tập thể.") == ["Bằng khen"]


def test_awards_listed_after_a_future_give_verb_are_all_to_come():
    # guards (pass before the review50 mend): a list of awards after the give verb, and a verb of the same subject
    # after a comma, are within the clause of "sẽ"
    assert _names("Tin Alpha\n\nBan tổ chức sẽ trao 1 giải Nhất, 2 giải Nhì và 3 giải Ba cho các đội.") == []
    assert _names("Tin Alpha\n\nTác phẩm đoạt giải sẽ được chọn làm biểu trưng, đồng thời được nhận giải thưởng 5 "
                  "triệu đồng.") == []
