"""A bare "Hồ X Y" (the family name Hồ is also the lake noun "hồ") in a document that writes the lake or speaks of
lakes is a lake, not a person; a name with a title, an honorific or a middle name stays a person. Made-up names."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_lake_written_after_the_lower_case_noun_elsewhere_is_no_person():
    text = ("Sáng nay nước đã tràn qua đập chính Hồ Khe Lim. Người dân sống gần hồ Khe Lim đã được sơ tán. "
            "Ông Lò Văn Tám, Chủ tịch UBND huyện, cho biết như vậy.")
    assert persons(text) == ["Lò Văn Tám"]


def test_a_lake_in_a_document_that_speaks_of_reservoirs_is_no_person():
    text = ("Huyện đã xây dựng các công trình như: Hồ Bàu Sen, kè sông Vân. Mực nước các hồ chứa đang xuống thấp.")
    assert persons(text) == []


def test_a_person_of_family_name_ho_stays_beside_a_lake():
    text = ("Mực nước lòng hồ Khe Lim xuống thấp. Ông Hồ Minh Lộc, Giám đốc Công ty Thủy lợi, cho biết "
            "Hồ Minh Lộc đã báo cáo. Trước đó, Hồ Văn Lực (30 tuổi) bị bắt khi câu cá trái phép.")
    assert persons(text) == ["Hồ Minh Lộc", "Hồ Minh Lộc", "Hồ Văn Lực"]
