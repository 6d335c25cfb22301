"""Names after "ông"/"bà" that open with a foreign word, a three-syllable name that opens with the family name "Văn",
stage names, and one name spelt with "i" and "y" (issue 8, blind spots, seed 311). Made-up examples."""

from __future__ import annotations

from kg.pipeline import process


def _persons(text: str) -> list[str]:
    r = process("t", "Tin\n\n" + text)
    return sorted(e.label for e in r.links.entities.values() if e.kind == "person")


def test_latin_name_whose_first_word_looks_vietnamese() -> None:
    # "Lee" spells a Vietnamese syllable; the name is still the three Latin words
    assert _persons("Ông Lee Kwon Jae – chuyên gia của Công ty Daewon cho biết dự án bắt đầu năm sau.") \
        == ["Lee Kwon Jae"]
    assert _persons("Theo bà Park Jin Kyung, hai bên sẽ ký hợp đồng.") == ["Park Jin Kyung"]


def test_foreign_given_name_before_a_vietnamese_name() -> None:
    assert _persons("Ông Henry Lương Văn Tài, trợ lý giám đốc của công ty, phát biểu tại hội thảo.") \
        == ["Henry Lương Văn Tài"]


def test_family_name_van_after_an_honorific() -> None:
    assert _persons("Buổi hòa giải có ông Văn Đức Toản, cán bộ tư pháp xã, ghi biên bản.") == ["Văn Đức Toản"]


def test_no_person_from_latin_or_office_words() -> None:
    assert _persons("Ông Nam làm việc tại Công ty Green Lake Group từ năm 2010.") == []
    assert _persons("Bà Hoa, Chánh Văn phòng Sở, cho biết.") == []
    assert _persons("Đoàn đến thăm Văn Miếu Quốc Tử Giám sáng nay.") == []
    assert _persons("Ông Kim Jong Un cho biết.") == ["Kim Jong Un"]
    assert _persons("Ông Tom Miller cho biết.") == ["Tom Miller"]


def test_stage_name_after_a_noun_of_the_stage_or_of_sport() -> None:
    assert _persons("Đêm nhạc có sự góp mặt của ca sĩ Hồng Vân và nghệ sỹ Minh Khang.") == ["Hồng Vân", "Minh Khang"]
    assert _persons("Chương trình có NSƯT Thanh Xuân tham gia.") == ["Thanh Xuân"]
    assert _persons("Cầu thủ Quốc Bảo đã ghi bàn ở phút cuối.") == ["Quốc Bảo"]


def test_no_stage_name_from_a_place_country_or_body() -> None:
    assert _persons("Cầu thủ Hà Nội thắng trận thứ ba.") == []
    assert _persons("Ca sĩ Hàn Quốc biểu diễn tại Hà Nội.") == []
    assert _persons("Diễn viên Văn phòng Bộ tham gia hội diễn.") == []
    assert _persons("Ông Thanh Hương tham gia.") == []


def test_one_name_spelt_with_i_and_with_y_is_one_person() -> None:
    r = process("t", "Tin\n\nÔng Đào Sĩ Hùng, Giám đốc Sở Xây dựng, cho biết. Gia đình ông Đào Sỹ Hùng ở xã bên.")
    persons = [e for e in r.links.entities.values() if e.kind == "person"]
    assert [e.label for e in persons] == ["Đào Sĩ Hùng"]
    assert len(persons[0].mentions) == 2


def test_names_that_differ_by_more_than_i_and_y_stay_apart() -> None:
    assert _persons("Ông Lý Văn Hùng và ông Lê Văn Hùng cùng dự.") == ["Lê Văn Hùng", "Lý Văn Hùng"]
    assert _persons("Ông Trần Văn Kỳ và ông Trần Văn Kha cùng dự.") == ["Trần Văn Kha", "Trần Văn Kỳ"]


def test_a_name_after_a_clan_noun_is_the_clan_s() -> None:
    assert _persons("Đại diện dòng tộc Trần Đình cho biết sẽ gửi đơn kiến nghị.") == []
    assert _persons("Nhà thờ dòng họ Lê Quang Gà nằm ở xã bên.") == []
    # a person of the clan keeps his name
    assert _persons("Ông Trần Đình Bảo, đại diện dòng tộc Trần Đình, cho biết.") == ["Trần Đình Bảo"]


def test_abbreviated_deputy_director_titles() -> None:
    r = process("t", "Tin\n\nPGĐ Sở Xây dựng Hoàng Văn Lực: Cần xem xét lại tên dự án. Ông Đinh Văn Tú, PTGĐ Công ty "
                 "CP Sông Mây, cho biết.")
    pairs = sorted(str(v.value) for f in r.facts if f.cls.endswith("PostHolding")
                   for p, v in f.props if p == "rdfs:label" and hasattr(v, "value"))
    assert pairs == ["Hoàng Văn Lực — PGĐ Sở Xây dựng", "Đinh Văn Tú — PTGĐ Công ty CP Sông Mây"]
