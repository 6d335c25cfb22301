"""Post constructions from the unattached-title sample of seed 383 (round rect24; issue 8, recall on unseen text):
one neutral made-up example per construction, none from the corpus."""

from helpers import held, mentions


def test_dac_cu_elects_to_the_post_after_it():
    got = held("T\n\nĐoàn gửi lời chúc mừng ông Đinh Văn Khải nhân dịp đắc cử Chủ tịch Hội Nông dân tỉnh Hòa An.")
    assert got == {"Đinh Văn Khải": ["Chủ tịch Hội Nông dân tỉnh Hòa An"]}


def test_a_town_or_district_party_committee_member_is_a_title():
    assert held("T\n\nTuy nhiên, ông Đinh Văn Khải là Thị ủy viên nên đơn vị đã báo cáo.") == {
        "Đinh Văn Khải": ["Thị ủy viên"]}
    assert held("T\n\nÔng Đinh Văn Khải, Quận ủy viên, Chủ tịch UBND quận Hòa An phát biểu.") == {
        "Đinh Văn Khải": ["Quận ủy viên", "Chủ tịch UBND quận Hòa An"]}


def test_duong_kim_leads_the_post_after_a_name_and_a_dash():
    got = held("T\n\nÔng Lò Văn Bích là anh trai của ông Đinh Văn Khải – đương kim chủ tịch UBND huyện Hòa An.")
    assert got == {"Đinh Văn Khải": ["đương kim chủ tịch UBND huyện Hòa An"]}


def test_a_bare_title_s_manner_qualifier_before_the_name():
    got = held("T\n\nBộ yêu cầu Phó Chủ tịch chuyên trách Đinh Văn Khải và Thứ trưởng Bộ GTVT Lò Văn Bích khẩn trương "
               "đến hiện trường.")
    assert got == {"Đinh Văn Khải": ["Phó Chủ tịch chuyên trách"], "Lò Văn Bích": ["Thứ trưởng Bộ GTVT"]}


def test_precision_a_manner_word_not_after_a_title_makes_no_post():
    assert held("T\n\nÔng Đinh Văn Khải là cán bộ chuyên trách của xã Hòa An.") == {}


def test_initials_joined_by_a_comma_without_spaces_are_one_body():
    assert "Bộ VH,TT&DL" in mentions("T\n\nThứ trưởng Bộ VH,TT&DL Đinh Văn Khải cho biết.", "body")
    got = held("T\n\nBáo cáo tại cuộc họp, Thứ trưởng Bộ VH,TT&DL Đinh Văn Khải cho biết.")
    assert got == {"Đinh Văn Khải": ["Thứ trưởng Bộ VH,TT&DL"]}



def test_precision_initials_and_a_comma_with_a_space_after_it_stay_apart():
    got = held("T\n\nTại đây, Hiệu trưởng Trường đại học Hòa An TPHCM, PGS-TS Đinh Văn Khải báo cáo với ông "
               "Lò Văn Bích về giải pháp.")
    assert got == {"Đinh Văn Khải": ["Hiệu trưởng Trường đại học Hòa An TPHCM"]}
