"""Persons and posts in the genre's neighbours, round persons41: a foreign name after a post whose body closes with
its own short form; a count ("hai năm tù") after a post's lower-case field is no part of the body's name; a pupil's
school grade in a bracket right after a bare name makes it a person's. Made-up examples (invented persons, bodies
and places)."""

from kg.pipeline import process


def _result(text: str):  # type: ignore[no-untyped-def]
    return process("t", "Tin tổng hợp\n\n" + text)


def _persons(text: str) -> list[str]:
    return sorted(e.label for e in _result(text).links.entities.values() if e.kind == "person")


def _posts(text: str) -> list[str]:
    return sorted(e.label for e in _result(text).links.entities.values() if e.kind == "post")


def test_a_foreign_name_after_a_body_closed_by_its_own_short_form_is_its_holder():
    assert _persons("Phát biểu tại phiên họp, Chủ tịch Hội đồng KORVA Tomas Bellinger nhấn mạnh ý nghĩa.") \
        == ["Tomas Bellinger"]
    assert _persons("Tổng Thư ký Hiệp hội WINTA Maria Kowalczyk cho biết hội nghị đã xong.") == ["Maria Kowalczyk"]


def test_a_foreign_place_after_a_body_type_in_short_form_is_no_person():
    # "THPT" is a school type, not the school's own name: the Latin words after it are the school's name
    assert _persons("Hiệu trưởng Trường THPT Krông Ana cho biết năm học mới đã bắt đầu.") == []
    assert _persons("Giám đốc Công ty TNHH Anna Maria cho biết dự án đã xong.") == []  # a firm's type, then its name
    # a unit's field and the body it is of before the short form: the Latin words go on with the body's name
    assert _persons("Có mặt Vụ trưởng Vụ Hợp tác quốc tế của CCV Lyon Rhone-Alpes, bà Anne Dupree.") == ["Anne Dupree"]


def test_a_count_after_a_lower_case_field_ends_the_post():
    text = "Tòa phạt Đoàn Văn Thịnh, nguyên Trưởng phòng Tổ chức cán bộ ba năm tù."
    assert _posts(text) == ["Trưởng phòng Tổ chức cán bộ"]
    text = "Tòa phạt Lê Văn Khởi, nguyên Trưởng phòng Quản lý công nghệ thông tin hai năm tù treo."
    assert _posts(text) == ["Trưởng phòng Quản lý công nghệ thông tin"]


def test_a_pupils_grade_in_a_bracket_after_a_bare_name_makes_it_a_person():
    assert _persons("Ngày 11.5, Trịnh Khải (học lớp 10A2, Trường THPT Hòa Yên) cho hay em đã đoạt giải.") \
        == ["Trịnh Khải"]
    assert _persons("Hôm qua, Mai Quế (học sinh lớp 8, xã Đông Khê) bị lũ cuốn.") == ["Mai Quế"]


def test_a_grade_in_a_bracket_after_a_place_is_no_person():
    assert _persons("Trường Hòa Yên (lớp 12A1) đoạt giải nhất.") == []
