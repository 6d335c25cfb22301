"""A short form after an honorific of one sex never names a full name of the other (``person_gender``): "ông Lan"
is not "Trần Thị Lan". Made-up names and places only."""

from helpers import run


def _persons(text: str) -> dict[str, list[str]]:
    """Person label → the texts of its mentions."""
    res = run("Tin vắn\n\n" + text)
    return {e.label: [m.text for m in e.mentions] for e in res.links.entities.values() if e.kind == "person"}


def test_a_man_s_short_form_does_not_name_a_woman_s_full_name():
    got = _persons("Bà Trần Thị Lan, Giám đốc Sở Y tế tỉnh Tân Khê, dự họp. Ở một vụ khác, ông Lan bán hàng rong.")
    assert got == {"Trần Thị Lan": ["Trần Thị Lan"]}  # "ông Lan" names no one of the article


def test_a_woman_s_short_form_does_not_name_a_man_s_full_name():
    got = _persons("Ông Lê Văn Mơ, Chủ tịch UBND xã Hòa Khê, cho biết. Bà Mơ, một tiểu thương, kể lại.")
    assert got == {"Lê Văn Mơ": ["Lê Văn Mơ"]}


def test_a_short_form_of_the_same_sex_or_of_a_name_without_a_sign_still_links():
    assert _persons("Bà Trần Thị Lan dự họp. Bà Lan cho biết sẽ kiểm tra.") == {
        "Trần Thị Lan": ["Trần Thị Lan", "Lan"]}
    assert _persons("Ông Lê Hồng Mơ dự họp. Bà Mơ cho biết sẽ kiểm tra.") == {"Lê Hồng Mơ": ["Lê Hồng Mơ", "Mơ"]}
