"""Event names only as complete names (issue 8, round events37b): a place phrase of a locative preposition and a
noun of a locality ("trên địa bàn …", "trên đảo …", "trong sân bay …", "trên cát") goes on with the name
(``kg/extract/event_locus.py``); the preposition before any other word still ends it; ", năm YYYY" right after
"lần thứ N" is the year of that edition and goes on (``event_bounds.edition``). Made-up examples."""

from test_events_complete import events


def test_a_place_phrase_goes_on_with_the_name():
    assert events("Chiều 3-4, UBND tỉnh Alpha tổ chức buổi gặp mặt doanh nghiệp trên địa bàn tỉnh.") == [
        "buổi gặp mặt doanh nghiệp trên địa bàn tỉnh"]
    assert events("Thủ tướng kết luận tại cuộc họp về vấn đề sân tennis trong sân bay Quy Hòa.") == [
        "cuộc họp về vấn đề sân tennis trong sân bay Quy Hòa"]
    assert events("Du khách dự Lễ hội Chạy bộ trên cát, Lễ hội ẩm thực Beta.")[0] == "Lễ hội Chạy bộ trên cát"


def test_a_preposition_before_another_word_still_ends_the_name():
    assert events("Huyện Alpha tổ chức hội nghị tổng kết công tác trong năm nay tại hội trường.") == [
        "hội nghị tổng kết công tác"]


def test_the_year_of_an_edition_after_lan_thu_goes_on_with_the_name():
    assert events("Sáng nay, Thủ tướng dự Hội nghị của Chính phủ với doanh nghiệp Alpha lần thứ hai, năm 2031, với"
                  " chủ đề mới.")[0] == "Hội nghị của Chính phủ với doanh nghiệp Alpha lần thứ hai, năm 2031"


def test_a_year_that_a_word_follows_is_the_time_of_the_next_clause():
    assert events("Tại Hội nghị Alpha lần thứ 3, năm 2031 tỉnh Beta đã khen thưởng 20 hộ.") == [
        "Hội nghị Alpha lần thứ 3"]


def test_a_place_phrase_after_a_closed_name_places_what_it_names():
    assert events("Chiều nay, huyện Alpha tổ chức Lễ hội năm 2031 trên địa bàn xã Beta.") == [
        "Lễ hội năm 2031"]
