"""Person–post precision as the scorer counts it, round 27: the body above a unit, written after a comma, is part
of the unit's post (the annotation keeps a comma-attached parent body). One neutral made-up example per rule."""
from helpers import posts


def test_a_unit_s_post_goes_on_through_a_comma_to_the_body_above_it():
    # "Trưởng phòng X, Công an tỉnh Y cho biết": a bare unit title, its field, then the body above, closed by a verb
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng tham mưu, Công an tỉnh Tây Lô cho biết sẽ xử lý.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng tham mưu, Công an tỉnh Tây Lô"]}
    # a unit's body mention ("Khoa X", "Vụ X"), the body above closed by a comma or a verb of saying
    got = posts("T\n\nBà Hà Thị Chín, Phó trưởng Khoa Hồi sức, Bệnh viện Đa khoa tỉnh Tây Lô, cho biết bé đã tỉnh.")
    assert got == {"Hà Thị Chín": ["Phó trưởng Khoa Hồi sức, Bệnh viện Đa khoa tỉnh Tây Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Vụ trưởng Vụ Pháp chế, Bộ Nội vụ nhận định quy định đã rõ.")
    assert got == {"Lò Văn Tám": ["Vụ trưởng Vụ Pháp chế, Bộ Nội vụ"]}
    # a bare title and the body above: the post of the title with that body
    got = posts("T\n\nÔng Lò Văn Tám, Chánh Văn phòng, Bộ Nội vụ cho biết sẽ trả lời.")
    assert got == {"Lò Văn Tám": ["Chánh Văn phòng, Bộ Nội vụ"]}


def test_no_parent_after_a_comma_when_a_clause_goes_on_or_the_next_body_is_a_second_unit():
    # "Theo ông A, Trưởng phòng X, UBND huyện đã …": the body after the comma opens a clause of its own
    got = posts("T\n\nTheo ông Lò Văn Tám, Trưởng phòng Kinh tế, UBND huyện đã bố trí kinh phí cho dự án.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng Kinh tế"]}
    # a party committee's board is no unit of the lexicon: "Ủy viên Ban Thường vụ, Ban Chấp hành …" lists two
    got = posts("T\n\nÔng Lò Văn Tám, Ủy viên Ban Thường vụ, Ban Chấp hành Tỉnh ủy Tây Lô cho biết như vậy.")
    assert "Ủy viên Ban Thường vụ" in got["Lò Văn Tám"]
    assert not any(", Ban Chấp hành" in p for p in got["Lò Văn Tám"])


def test_the_body_above_drops_a_trailing_short_form_and_a_verb_its_mention_ran_on_to():
    # "Bộ X (ABC)": a trailing parenthetical is no part of the post
    got = posts("T\n\nÔng Lò Văn Tám, Vụ trưởng Vụ Quản lý đê điều, Bộ Nông nghiệp và Phát triển Nông thôn "
                "(NN&PTNT) cho biết đã kiểm tra.")
    assert got == {"Lò Văn Tám": ["Vụ trưởng Vụ Quản lý đê điều, Bộ Nông nghiệp và Phát triển Nông thôn"]}
    # a short form, then lower-case words that are no level's: the body above ends at the short form
    got = posts("T\n\nTS. Lò Văn Tám, nguyên Vụ trưởng Vụ Đào tạo, Bộ GD-ĐT phân tích chuyện chọn người tài.")
    assert got == {"Lò Văn Tám": ["Vụ trưởng Vụ Đào tạo, Bộ GD-ĐT"]}  # (the node drops "nguyên")
    # a level's word after the short form goes on
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng Nghiệp vụ du lịch, Sở VH-TT&DL tỉnh Tây Lô cho biết.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng Nghiệp vụ du lịch, Sở VH-TT&DL tỉnh Tây Lô"]}
