"""Foreign names without a title, round names42b: a person noun, then the person's country, then a foreign name
("tỷ phú <country> <name>", "ca sĩ người <country> <name>", "cựu binh <country> <name>"): the name after the country
is a person's, the country no part of it. Made-up examples (invented persons and firms)."""

from kg.pipeline import process


def _persons(text: str) -> list[str]:
    r = process("t", "Tin tổng hợp\n\n" + text)
    return sorted(e.label for e in r.links.entities.values() if e.kind == "person")


def test_a_foreign_name_after_a_person_noun_and_a_country_is_a_person():
    assert _persons("Con trai của tỷ phú Trung Quốc Wang Dalin lập một công ty ở Mỹ.") == ["Wang Dalin"]
    assert _persons("Buổi diễn có ca sĩ người Mỹ John Tamura hát hai bài.") == ["John Tamura"]
    # a first word that spells a Vietnamese syllable ("Liu"), the last none
    assert _persons("Công ty do con trai của tỷ phú Trung Quốc Liu Daoming lập.") == ["Liu Daoming"]


def test_a_veteran_is_a_person_noun():
    assert _persons("Cựu binh Mỹ Bob Hanley bình luận dưới một bức ảnh cũ.") == ["Bob Hanley"]


def test_an_organisation_or_a_lone_word_after_the_country_stays_out():
    assert _persons("Ông chủ của doanh nhân Nhật Bản Sakura Group đã đến.") == []
    assert _persons("Học sinh của trường quốc tế Pháp Marie Duval học ở đây.") == []
