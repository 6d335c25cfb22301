"""Person–post precision, round 331 of issue 8: one neutral made-up example per rule."""
from helpers import posts


def test_a_post_after_a_verb_of_questioning_or_answering_is_the_object_s():
    # "Chất vấn POST, đại biểu A": A questions the holder of POST; "Tiếp thu ý kiến (của) (các) POST, Q A"
    got = posts("T\n\nChất vấn Bộ trưởng, đại biểu Lò Thị Chín (Sông Lô) nêu rõ, báo cáo còn dài.")
    assert got == {"Lò Thị Chín": ["đại biểu"]}
    got = posts("T\n\nTiếp thu ý kiến của đại biểu, Bộ trưởng Bộ Nội vụ Lò Văn Tám cho biết sẽ báo cáo.")
    assert got == {"Lò Văn Tám": ["Bộ trưởng Bộ Nội vụ"]}
    got = posts("T\n\nTiếp thu ý kiến các ĐB, Tổng Thanh tra Chính phủ Lò Văn Tám cho biết sẽ sửa.")
    assert got == {"Lò Văn Tám": ["Tổng Thanh tra Chính phủ"]}
    got = posts("T\n\nTrả lời đại biểu, ông Lò Văn Tám cho rằng cần làm rõ.")
    assert got == {}


def test_a_verb_of_two_words_ends_the_run_of_a_body_s_name_before_a_name():
    # name_stops: "đề nghị" between a title and its object's title is no part of a body's name
    # ("Đặc phái viên", an envoy, is a title of the lexicon: the object holds it, and no more)
    got = posts("T\n\nChủ tịch tỉnh Sông Lô đề nghị Đặc phái viên Lò Văn Tám sớm trả lời.")
    assert got == {"Lò Văn Tám": ["Đặc phái viên"]}
    # right after a body's head the verb names its task ("Ban chỉ đạo")
    got = posts("T\n\nDự có Phó trưởng Ban thường trực Ban chỉ đạo Tây Lô Lò Văn Tám; lãnh đạo các bộ.")
    assert got == {"Lò Văn Tám": ["Phó trưởng Ban thường trực Ban chỉ đạo Tây Lô"]}


def test_a_cambodian_honorific_after_a_post_ends_it():
    # honorifics.tsv: "Xăm-đéc Tê-chô" (Samdech Techo) opens a name; the post before it is not the next person's
    got = posts("T\n\nÔng Lò Văn Tám tiếp xúc với Thủ tướng Cam-pu-chia Xăm-đéc Tê-chô Xo Khem, Tổng thống Phi-li-pin"
                " Rô-be Xan-tốt.")
    assert got.get("Rô-be Xan-tốt") == ["Tổng thống Phi-li-pin"]
