"""Round junk31 (issue 8, the corpus graph's own faults): a body's name does not run on into the next clause — a
caption or headline run on without a full stop ("… Cục X Tại cuộc họp …", "… các BV Theo ông A …", "… TP. Ảnh:
A"), nor over a verb of two syllables after it ("… Văn phòng Bộ X cung cấp tại …"). Neutral made-up sentences."""

from __future__ import annotations

from helpers import body_post_labels as _labels
from helpers import run


def test_a_capitalised_function_word_after_a_bodys_name_opens_the_next_clause():
    bodies, posts = _labels("Ông Lê Văn Khanh, Cục trưởng Cục Thủy văn Tại cuộc họp ông cho biết như vậy.")
    assert posts == {"Cục trưởng Cục Thủy văn"}
    assert "Cục Thủy văn" in bodies and not any("Tại" in b for b in bodies)
    bodies, posts = _labels("Ông Đỗ Minh Quân, Giám đốc Cty TNHH Thạch Lâm Về hoạt động sản xuất, ông cho biết.")
    assert posts == {"Giám đốc Cty TNHH Thạch Lâm"}


def test_a_credit_word_is_no_name_after_an_abbreviated_head_or_level():
    bodies, _ = _labels("Bộ sẽ quy định mức giá tại các BV Theo ông Lê Văn Khanh, không phải bệnh viện nào cũng tăng.")
    assert not any("Theo" in b for b in bodies)
    _, posts = _labels("Ông Lê Văn Khanh sẽ làm hiệu trưởng Trường Chính trị TP. Ảnh: ĐỖ QUÂN Được biết ông sinh 1964.")
    assert posts == {"hiệu trưởng Trường Chính trị TP"}


def test_a_verb_of_two_syllables_after_a_bodys_name_is_not_part_of_it():
    bodies, posts = _labels("Tin được ông Lê Văn Khanh – Chánh Văn phòng Bộ Hải vận cung cấp tại buổi họp báo.")
    assert posts == {"Chánh Văn phòng Bộ Hải vận"}
    assert "Văn phòng Bộ Hải vận" in bodies


def test_names_with_such_words_stay_whole():
    bodies, posts = _labels("Ông Lê Văn Khanh, Chủ tịch UBND huyện Đại Từ cho biết việc này.")
    assert posts == {"Chủ tịch UBND huyện Đại Từ"}
    bodies, posts = _labels("Ông Lê Văn Khanh, Vụ trưởng Vụ Các vấn đề chung, dự họp.")
    assert posts == {"Vụ trưởng Vụ Các vấn đề chung"}
    _, posts = _labels("Ông Lê Văn Khanh, Tư lệnh Quân chủng Phòng không Không quân, dự họp.")
    assert posts == {"Tư lệnh Quân chủng Phòng không Không quân"}


def test_a_source_credit_after_a_dash_ends_a_bare_post():
    _, posts = _labels("Lê Văn Khanh lúc còn là Tổng giám đốc HOAPHAT - Nguồn: HOAPHAT. Các thông tin như sau.")
    assert posts == {"Tổng giám đốc HOAPHAT"}


def test_a_one_syllable_verb_of_meeting_ends_a_bodys_name():
    bodies, posts = _labels("Ông Lê Văn Khanh, Giám đốc Sở Hải vận họp khẩn với các đơn vị.")
    assert posts == {"Giám đốc Sở Hải vận"}
    assert not any("họp" in b for b in bodies)


def test_the_document_decides_a_names_last_syllable_that_is_a_function_word():
    text = "Người dân huyện Phước Từ phản ứng gay gắt. UBND huyện Phước Từ, tỉnh Hà Lâm đã trả lời."
    res = run("Tin vắn\n\n" + text, "t")
    places = {e.label for e in res.links.entities.values() if e.kind == "place"}
    assert "huyện Phước Từ" in places and "huyện Phước" not in places
