"""Post constructions from the unattached-title sample of seed 193 (issue 8, recall on unseen text): one neutral
made-up example per construction, none from the corpus."""

from helpers import held, posts, run

from kg.extract.facts.model import Lit


def _former(text: str) -> list[str]:
    res = run(text)
    return sorted(res.links.entities[dict(f.props)["vnr:post"].id].label for f in res.facts
                  if f.cls == "PostHolding" and ("vnr:former", Lit("true", "xsd:boolean")) in f.props)


def test_a_birth_record_then_a_copula_before_the_first_post():
    got = posts("T\n\nÔng Lò Văn Tám sinh năm 1961, quê quán Hà Giang, hiện là Phó Giám đốc Sở Nội vụ.")
    assert got == {"Lò Văn Tám": ["Phó Giám đốc Sở Nội vụ"]}
    got = posts("T\n\nÔng Lò Văn Tám sinh năm 1961, hiện là Ủy viên Ban Thường vụ Tỉnh ủy.")
    assert got == {"Lò Văn Tám": ["Ủy viên Ban Thường vụ Tỉnh ủy"]}


def test_an_age_this_year_between_the_name_and_its_post():
    got = held("T\n\nĐoàn thăm Đại tá Lò Văn Tám, năm nay 90 tuổi, nguyên Chỉ huy trưởng Bộ đội Biên phòng tỉnh.")
    assert got == {"Lò Văn Tám": ["nguyên Chỉ huy trưởng Bộ đội Biên phòng tỉnh"]}


def test_khong_con_la_a_post_the_name_no_longer_holds():
    text = "T\n\nTừ hôm nay, ông Lò Văn Tám không còn là Ủy viên Ban Thường vụ Tỉnh ủy."
    assert posts(text) == {"Lò Văn Tám": ["Ủy viên Ban Thường vụ Tỉnh ủy"]}
    assert _former(text) == ["Ủy viên Ban Thường vụ Tỉnh ủy"]


def test_roi_ghe_a_post_the_name_leaves():
    text = "T\n\nQuyết định được ký một tuần trước khi ông Lò Văn Tám rời ghế nóng Giám đốc Sở Xây dựng."
    assert posts(text) == {"Lò Văn Tám": ["Giám đốc Sở Xây dựng"]}
    assert _former(text) == ["Giám đốc Sở Xây dựng"]


def test_a_units_number_after_a_post_chained_before_the_name():
    got = posts("T\n\nTrưởng Đoàn kiểm tra số 5, Phó Chủ tịch UBND tỉnh Lò Văn Tám cho biết như vậy.")
    assert sorted(got["Lò Văn Tám"]) == ["Phó Chủ tịch UBND tỉnh", "Trưởng Đoàn kiểm tra"]


def test_khong_con_lam_ends_the_post_too():
    text = "T\n\nÔng Lò Văn Tám không còn là Bí thư Huyện ủy, tức cũng không còn làm Trưởng ban Chỉ đạo huyện."
    assert _former(text) == ["Bí thư Huyện ủy", "Trưởng ban Chỉ đạo huyện"]
