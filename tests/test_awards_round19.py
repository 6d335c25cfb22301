"""Award conferrals, round 19 (issue 8): sentences drawn from the text by award word
(scripts/data/awards_text_sample_97_before.tsv) — counts told as the subject of a passive clause, the organiser of the
ceremony of a State award, the receiver of "tặng giấy khen, tuyên dương em A". Neutral
made-up examples."""

from test_awards_posts import _confs, run

from kg.extract.facts import Lit


def _counts(text: str) -> list[dict[str, str]]:
    return [{p: v.value for p, v in f.props if p in ("vnr:collectiveCount", "vnr:individualCount")
             and isinstance(v, Lit)} for f in run(text).facts if f.cls == "AwardConferral"]


def test_counts_before_the_passive_verb_are_the_awards():
    assert _counts("T\n\nDịp này, 12 tập thể và 30 cá nhân được UBND tỉnh Hòa Bình tặng Bằng khen.") == [
        {"vnr:collectiveCount": "12", "vnr:individualCount": "30"}]
    assert _counts("T\n\nCó 4 tập thể, 9 cá nhân được tặng Bằng khen của UBND tỉnh Hòa Bình.") == [
        {"vnr:collectiveCount": "4", "vnr:individualCount": "9"}]


def test_counts_of_another_clause_are_not_the_awards():
    assert _counts("T\n\nNăm qua có 12 tập thể hoàn thành nhiệm vụ, ông Lê Văn Tám được tặng Bằng khen.") == [{}]
    assert _counts("T\n\nUBND tỉnh Hòa Bình tặng Bằng khen cho 12 tập thể và 30 cá nhân.") == [
        {"vnr:collectiveCount": "12", "vnr:individualCount": "30"}]


def test_the_organiser_of_a_state_awards_ceremony_is_not_its_giver():
    (c,) = _confs("T\n\nTỉnh ủy, UBND tỉnh Hòa Bình tổ chức Lễ trao tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam "
                  "Anh hùng” cho 12 mẹ.")
    assert c["giver"] is None
    confs = _confs("T\n\nBộ Văn hóa tổ chức Lễ trao tặng Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước về văn học.")
    assert [c["giver"] for c in confs] == [None, None]


def test_the_organiser_of_a_ceremony_still_gives_its_own_award():
    (c,) = _confs("T\n\nUBND tỉnh Hòa Bình tổ chức lễ trao Bằng khen cho ông Lê Văn Tám.")
    assert c["giver"] == "UBND tỉnh Hòa Bình"
    (c,) = _confs("T\n\nÔng Lê Văn Tám trao Giải thưởng Nhà nước về văn học cho các tác giả.")
    assert c["giver"] == "Lê Văn Tám"


def test_the_one_praised_after_a_comma_receives():
    (c,) = _confs("T\n\nUBND xã Tân Lạc tặng giấy khen, tuyên dương em Lê Thị Hoa.")
    assert (c["giver"], c["recipients"]) == ("UBND xã Tân Lạc", ["Lê Thị Hoa"])


def test_the_one_the_file_goes_up_to_gives_the_award_named_before():
    (c,) = _confs("T\n\nBộ Văn hóa đã lập hồ sơ đề nghị tặng Huân chương Lao động hạng Nhì cho ông Lê Văn Tám, trình "
                  "Chủ tịch nước tặng thưởng.")
    assert (c["giver"], c["recipients"]) == ("Chủ tịch nước", ["Lê Văn Tám"])
    (c,) = _confs("T\n\nCó 12 hồ sơ đề nghị xét tặng “Giải thưởng Nhà nước” đủ điều kiện trình lên Thủ tướng Chính phủ "
                  "xét trình Chủ tịch nước tặng giải thưởng.\nÔng Lê Văn Năm, Trưởng ban Tuyên giáo Trung ương trao "
                  "Giải thưởng Nhà nước cho các tác giả.")
    assert (c["giver"], c["presenter"]) == ("Chủ tịch nước", "Lê Văn Năm")


def test_a_programme_is_not_one_a_file_goes_up_to():
    (c,) = _confs("T\n\nÔng Lê Văn Tám được tặng Bằng khen trong chương trình Hội Chữ thập đỏ tặng quà.")
    assert c["giver"] is None
