"""Event names only as complete names (issue 8, round events23): the object of "đầu tư vào" (not a time after "vào"),
no "và các sự kiện, hoạt động …" (class generic) on a name; a collective noun that opens with a form of address
("bà con", "anh em", "chị em", "anh chị em") is read whole, so the party or object it names goes on the name; "ngày
càng" is an adverb that ends the name; "ra quân" is a purpose, so "và ra quân …" is a second action of the name; "căn
bản, toàn diện" are coordinate words of one group. Made-up examples."""

from test_events_complete import events


def test_a_collective_noun_opening_with_a_form_of_address_goes_on_the_name():
    assert events("Xã Tân Lập tổ chức hội nghị đối thoại với bà con nông dân trong xã vào sáng nay.") == [
        "hội nghị đối thoại với bà con nông dân"]
    assert events("Gia đình tổ chức lễ an táng 3 anh em ruột tại nghĩa trang thôn Quy Hòa.") == [
        "lễ an táng 3 anh em ruột"]


def test_ngay_cang_is_an_adverb_of_the_clause():
    assert events("Chất lượng kỳ họp của Hội đồng Alpha ngày càng được nâng cao.") == ["kỳ họp của Hội đồng Alpha"]


def test_ra_quan_after_va_is_a_second_action_of_the_name():
    assert events("Huyện Tân Lập tổ chức lễ phát động chiến dịch Mùa hè xanh năm 2030 và ra quân làm đường giao thông"
                  " tại xã Quy Hòa.") == [
        "lễ phát động chiến dịch Mùa hè xanh năm 2030 và ra quân làm đường giao thông"]


def test_can_ban_toan_dien_are_coordinate_words():
    assert events("Bộ trưởng có buổi làm việc với tỉnh Alpha về đổi mới căn bản, toàn diện giáo dục nghề nghiệp"
                  " trong tháng này.") == [
        "buổi làm việc với tỉnh Alpha về đổi mới căn bản, toàn diện giáo dục nghề nghiệp"]


def test_the_object_of_dau_tu_vao_goes_on_but_not_a_time_after_vao():
    assert events("Bộ trưởng dự hội nghị xúc tiến đầu tư vào nông nghiệp tỉnh Alpha năm 2030.") == [
        "hội nghị xúc tiến đầu tư vào nông nghiệp tỉnh Alpha năm 2030"]
    assert events("Tỉnh Alpha tổ chức hội nghị xúc tiến đầu tư vào tháng 6 tới.") == ["hội nghị xúc tiến đầu tư"]
    assert events("Tỉnh Alpha tổ chức hội nghị xúc tiến đầu tư vào cuối tuần qua.") == ["hội nghị xúc tiến đầu tư"]
    assert events("Đại hội đánh giá kết quả đại hội Công đoàn cấp trên nhiệm kỳ qua; rút ra bài học.") == [
        "REF:Đại hội", "đại hội Công đoàn cấp trên"]  # "cấp trên" takes no time: it stays whole


def test_generic_events_after_va_are_no_part_of_the_name():
    assert events("Tỉnh Beta đăng cai Hội nghị Bộ trưởng Tài chính các nền kinh tế Alpha và các sự kiện, hoạt động"
                  " bên lề Tuần lễ Gamma.") == ["Hội nghị Bộ trưởng Tài chính các nền kinh tế Alpha"]
