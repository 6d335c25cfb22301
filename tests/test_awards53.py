"""Award conferrals, round awards53 (a cash reward told by "trao thưởng" and its sum): made-up examples."""

from test_awards_posts import _confs

from kg.pipeline import process


def test_a_body_hands_over_a_sum_to_a_named_unit():
    (c,) = _confs("T\n\nSáng 5/3, UBND huyện Hòa Lạc đã trao thưởng cho Công an huyện Hòa Lạc 15 triệu đồng vì "
                  "thành tích phá án.")
    assert c["names"] == ["Thưởng 15 triệu đồng"]
    assert c["giver"] == "UBND huyện Hòa Lạc"
    assert c["recipients"] == ["Công an huyện Hòa Lạc"]


def test_an_official_hands_over_a_sum_written_before_its_receiver():
    (c,) = _confs("T\n\nGiám đốc Sở Giáo dục tỉnh Bình Lâm Trần Văn Hậu trao thưởng 5 triệu đồng cho Trường THPT Minh "
                  "Khai.")
    assert c["names"] == ["Thưởng 5 triệu đồng"]
    assert c["giver"] == "Trần Văn Hậu"
    assert c["recipients"] == ["Trường THPT Minh Khai"]


def test_a_sum_for_each_unit_and_a_passive_receiver():
    (c,) = _confs("T\n\nChiều 4/4, UBND tỉnh Alpha đã trao thưởng cho các đơn vị (Phòng CSGT, Công an huyện Đông Sơn) "
                  "mỗi đơn vị 8 triệu đồng.")
    assert c["names"] == ["Thưởng mỗi đơn vị 8 triệu đồng"]
    assert c["recipients"] == ["Công an huyện Đông Sơn", "Phòng CSGT"]
    (d,) = _confs("T\n\nEm Lê Văn Tâm đã được Sở Giáo dục tỉnh Alpha trao thưởng 3 triệu đồng.")
    assert (d["names"], d["giver"], d["recipients"]) == (["Thưởng 3 triệu đồng"], "Sở Giáo dục tỉnh Alpha",
                                                         ["Lê Văn Tâm"])


def test_no_sum_or_a_ceremony_to_come_gives_no_cash_reward():
    assert _confs("T\n\nLễ trao thưởng cuộc thi sẽ diễn ra vào tháng sau.") == []
    assert _confs("T\n\nUBND quận Hòa An sẽ trao thưởng cho người phát hiện vi phạm 2 triệu đồng.") == []
    assert _confs("T\n\nHội Khuyến học xã Tân An trao thưởng cho học sinh giỏi của xã.") == []


def _bodies(text: str) -> dict[str, str]:
    res = process("t", "T\n\n" + text + "\n")
    return {e.label: e.cls for e in res.links.entities.values() if e.kind == "body"}


def test_a_border_guard_command_written_short_is_a_joint_giver():
    confs = _confs("T\n\nNgày 15/6, Bộ chỉ huy BĐBP tỉnh Cà Mau và UBND huyện Năm Căn đã tổ chức trao thưởng đột xuất "
                   "cho Đồn Biên phòng Rạch Gốc.")
    assert sorted(c["giver"] for c in confs) == ["Bộ chỉ huy BĐBP tỉnh Cà Mau", "UBND huyện Năm Căn"]
    assert all(c["recipients"] == ["Đồn Biên phòng Rạch Gốc"] for c in confs)


def test_a_border_guard_command_written_short_is_a_military_force():
    assert _bodies("Hồ sơ đã được Bộ Chỉ huy BĐBP tỉnh Cà Mau chuyển cho cơ quan điều tra.") == {
        "Bộ Chỉ huy BĐBP tỉnh Cà Mau": "MilitaryForce"}
    assert _bodies("Đại tá Nguyễn Văn An, Chỉ huy trưởng Bộ chỉ huy Biên phòng tỉnh Cà Mau, cho biết đơn vị đã bắt "
                   "giữ 3 đối tượng.") == {"Bộ chỉ huy Biên phòng tỉnh Cà Mau": "MilitaryForce"}
