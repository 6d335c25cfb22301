"""Event names only as complete names (issue 8, round events24): a second anniversary after a comma goes on the
name of "kỷ niệm N năm …"; after a place word and "và" a member that a capitalised name follows goes on ("khu công
nghiệp và chế xuất X"); a list member that opens with a place word goes on with its name, and one that repeats the
place word of the member before it goes on without one. Made-up examples."""

from test_events_complete import events


def test_a_second_anniversary_after_a_comma_goes_on_the_name():
    assert events("Sáng nay, tỉnh Alpha tổ chức lễ kỷ niệm 30 năm tái lập tỉnh, 20 năm thành lập thị xã Quy Hòa.") == [
        "lễ kỷ niệm 30 năm tái lập tỉnh, 20 năm thành lập thị xã Quy Hòa"]
    assert events("Sáng nay, tỉnh Alpha tổ chức lễ kỷ niệm 30 năm tái lập tỉnh, 5 năm qua tỉnh đã phát triển.") == [
        "lễ kỷ niệm 30 năm tái lập tỉnh"]  # a clause after the comma: no anniversary


def test_a_member_after_a_place_word_and_va_goes_on_before_a_name():
    assert events("Ông A dự hội nghị đối thoại với công nhân các khu công nghiệp và chế xuất Quy Hòa năm 2030 do"
                  " thành phố tổ chức.") == [
        "hội nghị đối thoại với công nhân các khu công nghiệp và chế xuất Quy Hòa năm 2030"]


def test_a_list_member_with_a_place_word_and_its_name_goes_on():
    assert events("Bà B chủ trì cuộc họp tổng kết, rút kinh nghiệm về hoạt động của hội hoa xuân, đường hoa Lê Văn"
                  " Tám, đường đèn, đường sách vào dịp Tết.") == [
        "cuộc họp tổng kết, rút kinh nghiệm về hoạt động của hội hoa xuân, đường hoa Lê Văn Tám, đường đèn,"
        " đường sách"]


def test_a_place_word_without_a_name_goes_on_only_when_it_repeats_the_member_before():
    assert events("Cuộc họp giữa Ban Quản lý chợ, Công ty Alpha và đại diện các hộ kinh doanh, chợ gốm mở cửa.") == [
        "Cuộc họp giữa Ban Quản lý chợ, Công ty Alpha và đại diện các hộ kinh doanh"]
