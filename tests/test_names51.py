"""Round names51: a country's name after "người" (a nationality) or "của" (a possessor) with a foreign word after
it is the person's country, never the first words of the name — even where its first syllable spells a family name
("Thái Lan"). Made-up examples (invented persons and firms)."""

from kg.pipeline import process


def _persons(text: str) -> list[str]:
    r = process("t", "Tin tổng hợp\n\n" + text)
    return sorted(e.label for e in r.links.entities.values() if e.kind == "person")


def test_a_nationality_is_no_part_of_a_one_word_name():
    # one foreign word after "người <country>": no "Argentina Rojo" (the name alone is too thin to keep)
    assert _persons("Trả lời báo chí, hậu vệ người Argentina Rojo cho biết anh sẽ ở lại.") == []


def test_a_country_after_cua_is_no_family_name():
    assert _persons("Cuộc họp do Trưởng đoàn của Thái Lan Busaya Mathelin chủ trì.") == ["Busaya Mathelin"]
    assert _persons("Đón đoàn có Đại sứ của Ấn Độ Parvathaneni Harish.") == ["Parvathaneni Harish"]
    assert _persons("Hàng hóa của Thái Lan Boonrawd được bán nhiều.") == []


def test_names_with_a_country_inside_stay_whole():
    assert _persons("Phát biểu tại hội nghị, đại biểu Dương Trung Quốc cho rằng cần sửa luật.") == ["Dương Trung Quốc"]
    assert _persons("Buổi diễn có ca sĩ người Mỹ John Tamura hát hai bài.") == ["John Tamura"]
    assert _persons("Nhà sử học người Việt Nam Nguyễn Văn An cho biết.") == ["Nguyễn Văn An"]
    assert _persons("Bà Thái Lan Anh, Giám đốc công ty, cho biết.") == ["Thái Lan Anh"]
