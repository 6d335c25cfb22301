"""Round prec40b: a post phrase that "của" / "trước" / "với" governs, stacked by a comma onto the posts of a name
that a verb of saying or directing follows, is another's ("Sau báo cáo của POST, POST A yêu cầu …"); where no such
verb follows, the name closes the phrase and the stacked posts stay its own. Neutral made-up examples."""
from helpers import posts


def test_a_post_after_of_before_the_subject_of_a_directing_verb_is_another_s():
    got = posts("T\n\nSau báo cáo của Giám đốc Sở Thủy lợi, Chủ tịch UBND tỉnh Tây Lô Lò Văn Tám yêu cầu sửa đê.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh Tây Lô"]}


def test_a_post_after_before_and_an_aside_then_a_verb_of_saying():
    got = posts("T\n\nCác sở phải giải trình trước Thủ tướng Chính phủ, Bộ trưởng Hà Thị Chín nhấn mạnh.")
    assert got == {"Hà Thị Chín": ["Bộ trưởng"]}
    got = posts("T\n\nBàn về trách nhiệm của Bộ trưởng, Đại biểu Lò Văn Tám (Tây Lô) đề nghị làm rõ.")
    assert got == {"Lò Văn Tám": ["Đại biểu"]}


def test_stacked_posts_stay_the_name_s_own_when_no_verb_follows_it():
    got = posts("T\n\nNhận lời mời của Tổng Bí thư, Chủ tịch nước Cộng hòa Beta Lò Văn Tám, đoàn sang thăm Beta.")
    assert sorted(got["Lò Văn Tám"]) == ["Chủ tịch nước Cộng hòa Beta", "Tổng Bí thư"]
    got = posts("T\n\nĐó là yêu cầu của Ủy viên Bộ Chính trị, Chủ nhiệm Ủy ban Kiểm tra Trung ương Hà Thị Chín tại "
                "hội nghị.")
    assert sorted(got["Hà Thị Chín"]) == ["Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Ủy viên Bộ Chính trị"]


def test_a_headline_post_colon_and_a_capitalised_address_is_a_statement_not_a_list():
    got = posts("Tổng Thư ký Hội đồng: Ông Lò Văn Tám xin thôi vì sức khỏe\n\nHội đồng họp chiều nay.")
    assert "Lò Văn Tám" not in got
    got = posts("T\n\nTrưởng ban: Ông Lò Văn Tám, Giám đốc Sở Thủy lợi.")
    assert sorted(got["Lò Văn Tám"]) == ["Giám đốc Sở Thủy lợi", "Trưởng ban"]


def test_a_post_only_a_space_joins_to_the_chain_is_the_previous_name_s():
    got = posts("T\n\nGS. Lò Văn Tám Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Tây Lô Tổng Bí thư Hà Văn Chín")
    assert got["Hà Văn Chín"] == ["Tổng Bí thư"]
    got = posts("T\n\nỦy viên Bộ Chính trị, Chủ tịch nước Hà Văn Chín phát biểu.")
    assert sorted(got["Hà Văn Chín"]) == ["Chủ tịch nước", "Ủy viên Bộ Chính trị"]
