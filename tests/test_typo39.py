"""Round typo39 of issue 8: one person whose full name an article writes two ways (a typo) is one person node;
two people with near names stay two. Neutral made-up examples (invented names and places)."""
from helpers import posts, run
from rdflib import Literal
from rdflib.namespace import SKOS

from kg.extract.person_typos import near_names
from kg.pipeline import to_rdf


def _persons(text: str) -> dict[str, set[str]]:
    """Person label → every form the text writes for it (its mentions)."""
    res = run(text)
    return {e.label: {m.text for m in e.mentions} for e in res.links.entities.values() if e.kind == "person"}


def test_a_full_name_written_once_with_a_typo_is_the_same_person():
    # "Khôi" … "Khoi" (a tone mark left out): one person, under the form written first (ties)
    text = ("T\n\nÔng Đào Minh Khôi, Phó Giám đốc Sở Xây dựng tỉnh Tây Lô, cho biết đoàn sẽ làm việc đến cuối tháng. "
            "Văn bản do ông Đào Minh Khoi ký ngày 3/4.")
    assert _persons(text) == {"Đào Minh Khôi": {"Đào Minh Khôi", "Đào Minh Khoi"}}
    assert posts(text) == {"Đào Minh Khôi": ["Phó Giám đốc Sở Xây dựng tỉnh Tây Lô"]}


def test_the_variant_stays_a_name_of_the_person_with_its_mention():
    text = ("T\n\nÔng Đào Minh Khôi, Phó Giám đốc Sở Xây dựng tỉnh Tây Lô, cho biết đoàn sẽ làm việc đến cuối tháng. "
            "Văn bản do ông Đào Minh Khoi ký ngày 3/4.")
    g = to_rdf(run(text))
    person = next(s for s, o in g.subject_objects(SKOS.altLabel) if o == Literal("Đào Minh Khoi", lang="vi"))
    assert "person/" in str(person)
    assert len({s for s in g.subjects() if "/person/" in str(s) and "#" not in str(s)}) == 1


def test_the_more_frequent_form_is_kept_and_a_telex_tone_letter_never():
    text = ("T\n\nÔng Lương Thanhf Vũ nói. Ông Lương Thanhf Vũ kể thêm về vụ mùa. "
            "Ông Lương Thành Vũ, Chủ tịch Hội Nông dân xã Nà Lơ, cho biết như vậy.")
    assert list(_persons(text)) == ["Lương Thành Vũ"]
    text = "T\n\nBà Kha Thị Mận nói. Bà Kha Thị Mân kể. Bà Kha Thị Mân, Chủ tịch Hội Phụ nữ xã Nà Lơ, cho biết."
    assert list(_persons(text)) == ["Kha Thị Mân"]


def test_two_near_names_in_one_sentence_are_two_people():
    # brothers in one list ("Tường (SN 1980), Tưởng (SN 1983)")
    text = ("T\n\nHai anh em Phí Văn Tường (SN 1980), Phí Văn Tưởng (SN 1983) bị thương. "
            "Anh Phí Văn Tường được đưa đi cấp cứu.")
    assert set(_persons(text)) == {"Phí Văn Tường", "Phí Văn Tưởng"}
    # one written with a short form beside the other's full name
    text = ("T\n\nÔng Mạc Văn Lộc dùng bằng của ông Mạc Văn Lốc. Cơ quan chức năng đang xác minh. "
            "Ông Lộc nhận lỗi. Ông Mạc Văn Lộc bị cách chức.")
    assert set(_persons(text)) == {"Mạc Văn Lộc", "Mạc Văn Lốc"}


def test_the_other_form_s_own_syllable_beside_a_name_says_two_people():
    # a father and his son: "ông Trương Văn Biên, bố của Biển"
    text = ("T\n\nAnh Hứa Văn Nhạn (SN 1990) bị bắt. Anh Hứa Văn Nhạn khai nhận. "
            "Ông Hứa Văn Nhan, bố của Nhạn, cho biết gia đình đã xin lỗi.")
    assert set(_persons(text)) == {"Hứa Văn Nhạn", "Hứa Văn Nhan"}


def test_near_names_with_different_titles_or_honorifics_are_two_people():
    text = ("T\n\nÔng Đinh Công Tâm - Phó Chủ tịch Hiệp hội Chè Nà Lơ cho biết giá giảm. "
            "Ông Đinh Công Tầm - Chủ tịch UBND xã Nà Lơ cho biết xã sẽ hỗ trợ.")
    assert set(_persons(text)) == {"Đinh Công Tâm", "Đinh Công Tầm"}
    text = "T\n\nÔng Đinh Công Tâm đến thăm. Anh Đinh Công Tầm cho biết gia đình rất vui."
    assert set(_persons(text)) == {"Đinh Công Tâm", "Đinh Công Tầm"}


def test_near_names_are_one_edit_in_one_syllable_never_the_first_letter_nor_the_family_name():
    assert near_names("Nguyễn An Huy", "Nguyễn Anh Huy")  # a letter more
    assert near_names("Lê Thi Hoa", "Lê Thị Hoa")  # a tone
    assert near_names("Lê Thúc Nam", "Lê Thức Nam")  # a vowel mark
    assert near_names("Mai Thanhf Nhàn", "Mai Thành Nhàn")  # a Telex tone letter left in
    assert not near_names("Lê Thị Phương", "Lê Thị Hương")  # another first letter: another name
    assert not near_names("Lê Văn Hùng", "Lê Văn Hưng")  # a tone and a vowel mark: two edits
    assert not near_names("Lê Văn Nam", "Lò Văn Nam")  # another family name
    assert not near_names("Văn Nam", "Văn Năm")  # two syllables: no full name
