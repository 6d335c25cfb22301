"""A body of a body placed in no unit ("Ban Thường vụ Tỉnh ủy", "Ban Dân vận Huyện ủy") is as unplaced as the body it
names: a key of its article only, or of the report's main unit when it has one, as a bare "Tỉnh ủy" — never one
node for every province (made-up reports)."""

from tests.helpers import run


def _post_keys(text: str, doc_id: str) -> set[str]:
    return {e.key for e in run("Tin vắn\n\n" + text, doc_id).links.entities.values() if e.kind == "post"}


def test_a_standing_committee_of_an_unnamed_provincial_committee_is_the_articles_own() -> None:
    text = "Ông Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Huyện ủy, dự buổi gặp mặt."
    one, other = _post_keys(text, "a1"), _post_keys(text, "a2")
    assert len(one) == 2 and not one & other


def test_the_reports_main_unit_places_it() -> None:
    text = "Tại tỉnh Đông Sơn, ông Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, dự buổi gặp mặt."
    one, other = _post_keys(text, "a1"), _post_keys(text, "a2")
    assert one == other and all("đông sơn" in k for k in one)


def test_a_named_or_national_body_stays_as_it_was() -> None:
    text = ("Ông Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy Đông Sơn, Phó Chánh Văn phòng Chính phủ, "
            "dự buổi gặp mặt.")
    assert _post_keys(text, "a1") == _post_keys(text, "a2")


def test_a_unit_of_another_level_does_not_place_it() -> None:
    text = "Tại huyện Tân Khê, ông Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, dự buổi gặp mặt."
    one, other = _post_keys(text, "a1"), _post_keys(text, "a2")
    assert len(one) == 1 and not one & other and not any("tân khê" in k for k in one)


def test_a_field_after_a_dash_is_no_body() -> None:
    text = "Ông Nguyễn Văn An, Phó Vụ trưởng Vụ Kế hoạch - Thanh tra, dự buổi gặp mặt."
    assert _post_keys(text, "a1") == _post_keys(text, "a2")


def test_a_ministry_after_a_dash_is_no_unplaced_police() -> None:
    text = "Ông Nguyễn Văn An, Cục trưởng Cục Cảnh sát kinh tế - Bộ Công an, dự buổi gặp mặt."
    assert _post_keys(text, "a1") == _post_keys(text, "a2")
