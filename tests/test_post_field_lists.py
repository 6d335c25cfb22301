"""A body's name listing its fields with a comma before the last "và" stays in the post (round posts47)."""

from kg.extract.post_field_lists import list_end
from tests.helpers import held, posts


def test_steering_board_fields_and_province_kept() -> None:
    text = ("Tin tức\n\nÔng Nguyễn Văn An, Trưởng Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh "
            "Hòa Lâm cho biết, công tác đã có kết quả.")
    assert held(text)["Nguyễn Văn An"] == [
        "Trưởng Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Hòa Lâm"]


def test_hospital_department_fields_kept() -> None:
    text = ("Tin tức\n\nBác sĩ Trần Văn Bình, Trưởng khoa khám, điều trị chuyên khoa HIV/AIDS và điều trị nghiện "
            "chất (Trung tâm Y tế tỉnh Hòa Lâm), cho biết thêm.")
    assert held(text)["Trần Văn Bình"] == ["Trưởng khoa khám, điều trị chuyên khoa HIV/AIDS và điều trị nghiện chất"]


def test_a_clause_after_the_post_is_no_field() -> None:
    text = ("Tin tức\n\nÔng Lê Văn Cường, Giám đốc Sở Xây dựng tỉnh Hòa Lâm, cho biết dự án đã hoàn thành và bàn "
            "giao.")
    assert posts(text)["Lê Văn Cường"] == ["Giám đốc Sở Xây dựng tỉnh Hòa Lâm"]


def test_a_capitalised_name_closes_the_body() -> None:
    text = "Tin tức\n\nÔng Nguyễn Văn An thôi chức Ủy viên Bộ Chính trị, thật bất ngờ và đáng tiếc, ai cũng biết."
    assert held(text)["Nguyễn Văn An"] == ["Ủy viên Bộ Chính trị"]


def test_list_end_needs_a_lower_case_last_word_and_a_close() -> None:
    text = "Giám đốc Sở X tỉnh Hòa Lâm, môi trường và đa dạng sinh học trong khu vực này đang tốt."
    end = text.index(",")
    assert list_end(text, 0, end, len(text), set()) == end  # a name closes the body
    text = "Trưởng khoa khám, điều trị và chăm sóc người bệnh rất tận tình với mọi người ở đây"
    end = text.index(",")
    assert list_end(text, 0, end, len(text), set()) == end  # nothing closes the run


def test_a_clause_after_the_comma_is_no_field_list() -> None:
    text = "Tin tức\n\nÔng Hoàng Văn Tư, Trưởng ban chỉ đạo phòng chống dịch, kiểm tra và đôn đốc các xã."
    assert held(text)["Hoàng Văn Tư"] == ["Trưởng ban chỉ đạo phòng chống dịch"]
    text = "Tin tức\n\nÔng Hoàng Văn Tư, Trưởng phòng tổ chức cán bộ, thư ký và phóng viên đều có mặt."
    assert held(text)["Hoàng Văn Tư"] == ["Trưởng phòng tổ chức cán bộ"]


def test_fields_closed_by_a_comma_and_a_verb_of_saying_kept() -> None:
    text = "Tin tức\n\nBác sĩ Đỗ Văn Lam, Trưởng khoa khám, điều trị và phục hồi chức năng, cho biết thêm."
    assert held(text)["Đỗ Văn Lam"] == ["Trưởng khoa khám, điều trị và phục hồi chức năng"]
