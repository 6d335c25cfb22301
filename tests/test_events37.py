"""Event names only as complete names (issue 8, round events37): a sibling event (an exhibition, a fair, an arts
festival) after "và" or a comma is a second event, not a part of the first's name; a "giữa" phrase that holds a
single party is no complete name and is dropped (``kg/extract/event_sides.py``); a place noun written as an
abbreviation in capitals ("KCN") goes on after "và" as the lower-case one does ("các KCN và chế xuất Quy Hòa").
Made-up examples."""

from test_events_complete import events


def test_a_sibling_event_after_va_ends_the_name():
    assert events("Tỉnh Alpha khai mạc Lễ hội Trà Quy Hòa lần thứ 3 và Liên hoan Văn hóa Beta năm 2031 tại"
                  " quảng trường.") == ["Lễ hội Trà Quy Hòa lần thứ 3"]
    assert events("Huyện tổ chức lễ khai mạc Tuần văn hóa Quy Hòa và triển lãm ảnh Beta tại nhà văn hóa.") == [
        "lễ khai mạc Tuần văn hóa Quy Hòa"]


def test_a_giua_phrase_of_a_single_party_is_dropped():
    assert events("Sáng 3-4, Sở Alpha tổ chức cuộc họp giữa lãnh đạo Công ty Quy Hòa, đại diện hãng tàu Beta để"
                  " bàn giải pháp.") == ["REF:cuộc họp"]


def test_a_giua_phrase_of_two_parties_stays():
    assert events("Tỉnh Alpha tổ chức buổi làm việc giữa lãnh đạo tỉnh Alpha và Công ty Quy Hòa về dự án.") == [
        "buổi làm việc giữa lãnh đạo tỉnh Alpha và Công ty Quy Hòa về dự án"]
    assert events("Hai bên dự Hội thảo khoa học lần thứ 4 giữa hai Đảng tại thủ đô Beta.") == [
        "Hội thảo khoa học lần thứ 4 giữa hai Đảng"]


def test_a_place_noun_whose_abbreviation_is_in_capitals_goes_on_after_va():
    assert events("Thành phố tổ chức Hội nghị đối thoại với công nhân các KCN và chế xuất Quy Hòa năm 2031 tại nhà"
                  " văn hóa.") == ["Hội nghị đối thoại với công nhân các KCN và chế xuất Quy Hòa năm 2031"]


def test_a_list_of_awards_in_lower_case_goes_on_past_its_commas():
    assert events("Chiều nay, Đảng ủy Alpha tổ chức lễ trao huy hiệu Đảng, huân chương, bằng khen cho các đảng viên.")\
        == ["lễ trao huy hiệu Đảng, huân chương, bằng khen cho các đảng viên"]  # events41: the recipients go on


def test_a_people_noun_after_cung_is_the_second_party_giua_needs():
    assert events("Sáng 3-4, Chi cục Alpha tổ chức buổi làm việc giữa lãnh đạo Công ty Quy Hòa cùng đoàn công tác"
                  " của Bộ Beta để bàn giải pháp.") == [
        "buổi làm việc giữa lãnh đạo Công ty Quy Hòa cùng đoàn công tác của Bộ Beta"]
