"""Round extent38: what a fresh blind split (devown12) missed. One neutral made-up example per rule."""
from helpers import mentions, posts, run


def test_a_title_over_a_management_board_s_abbreviation_keeps_the_board():
    # "Trưởng BQL X" is "Trưởng Ban quản lý X": the title and the board, whose name may be lower case
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng BQL rừng phòng hộ Tây Lô cho biết đã báo cáo huyện.")
    assert got == {"Lò Văn Tám": ["Trưởng BQL rừng phòng hộ Tây Lô"]}
    got = posts("T\n\nBà Hà Thị Chín, Phó Trưởng BQL chợ Tây Lô cho biết chợ sẽ mở cửa.")
    assert got == {"Hà Thị Chín": ["Phó Trưởng BQL chợ Tây Lô"]}
    # the board after another title keeps its name too
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc BQL dự án Tây Lô cho biết đã báo cáo huyện.")
    assert got == {"Lò Văn Tám": ["Giám đốc BQL dự án Tây Lô"]}


def test_the_abbreviated_and_the_spelt_board_head_s_post_are_one_node():
    r = run("T\n\nÔng Lò Văn Tám, Trưởng BQL chợ Tây Lô cho biết. Sau đó, Trưởng Ban quản lý chợ Tây Lô Lò Văn Tám "
            "đã kiểm tra.")
    nodes = {v.id for f in r.facts if f.cls == "PostHolding" for p, v in f.props if p == "vnr:post"}
    assert nodes == {"post:trưởng ban|ban quản lý chợ tây lô"}


def test_a_steering_committee_s_abbreviation_after_its_head_s_title():
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng BCĐ phòng chống thiên tai huyện Tây Lô cho biết đã sẵn sàng.")
    assert got == {"Lò Văn Tám": ["Trưởng BCĐ phòng chống thiên tai huyện Tây Lô"]}


def test_a_security_guard_of_a_school_is_a_post():
    got = posts("T\n\nÔng Lò Văn Tám (58 tuổi) bị bắt. Ông Tám là nhân viên bảo vệ của Trường Tiểu học Tây Lô.")
    assert got == {"Lò Văn Tám": ["nhân viên bảo vệ của Trường Tiểu học Tây Lô"]}


def test_a_foreign_scholar_named_by_the_family_name_after_an_academic_title():
    got = mentions("T\n\nHai nhà khoa học (TS Hà Thị Chín và TS Wolkovsky) đã xác định loài mới.", "person")
    assert got == ["Hà Thị Chín", "Wolkovsky"]
    assert mentions("T\n\nTheo PGS.TS Brandtner, loài này rất quý.", "person") == ["Brandtner"]
    # a Vietnamese syllable, a country or an acronym after the title is none
    assert mentions("T\n\nTS Lan cho biết. TS Canada cho biết. TS WHO cho biết.", "person") == []
