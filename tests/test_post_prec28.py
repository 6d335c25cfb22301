"""Person–post precision as the scorer counts it, round 28: the body above a unit before the holder's own auxiliary,
and a name whose first word is a body's head read as the person the document names. One made-up example per rule."""
from helpers import mentions, posts


def test_the_body_above_a_unit_goes_on_to_the_holder_s_own_auxiliary():
    # "Ông A, Trưởng phòng X, Sở Y sẽ …": the holder's name opens the clause, an auxiliary of theirs follows
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng Kinh tế, Sở Tài chính sẽ kiểm tra lại hồ sơ.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng Kinh tế, Sở Tài chính"]}
    got = posts("T\n\nTại buổi làm việc, Thiếu tá Lò Văn Tám, Đội trưởng Đội Tuần tra, Phòng Cảnh sát giao thông "
                "Công an tỉnh Tây Lô đã hướng dẫn người dân.")
    assert got == {"Lò Văn Tám": ["Đội trưởng Đội Tuần tra, Phòng Cảnh sát giao thông Công an tỉnh Tây Lô"]}


def test_no_body_above_when_the_holder_s_name_sits_in_a_frame_or_an_object():
    # "Theo ông A, Trưởng phòng X, UBND huyện đã …": the body opens a clause of its own (a title or rank too)
    got = posts("T\n\nTheo TS. Lò Văn Tám, Trưởng phòng Kinh tế, UBND huyện đã bố trí kinh phí cho dự án.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng Kinh tế"]}
    got = posts("T\n\nXét đơn của ông Lò Văn Tám, Phó trưởng phòng Kinh tế, UBND huyện đã đồng ý cho nghỉ.")
    assert got == {"Lò Văn Tám": ["Phó trưởng phòng Kinh tế"]}


def test_a_body_written_as_a_name_the_document_gives_a_person_is_that_person():
    # "đồng chí Trường Tây" (a name opening with "Trường", a school) elsewhere: "Trường Tây được bầu …" is the person
    text = ("T\n\nĐồng chí Trường Tây sinh năm 1907 tại tỉnh Tây Lô. Khi đồng chí Lò Văn Tám qua đời, "
            "Trường Tây được bầu lại làm Tổng Bí thư.")
    assert mentions(text, "person") == ["Trường Tây", "Lò Văn Tám", "Trường Tây"]
    assert posts(text) == {"Trường Tây": ["Tổng Bí thư"]}
    # no such person elsewhere: the school stays a body
    assert mentions("T\n\nTrường Tây Lô được công nhận đạt chuẩn quốc gia.", "body") == ["Trường Tây Lô"]
