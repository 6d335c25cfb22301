"""The name grammar of events (issue 8, item 3, round events43b): names cut at the second item of a list — a list
of places after a named unit ("thôn Alpha, xã Beta", kg/extract/event_place_list.py), the subject of the next
clause found past a bracketed short form (", đại diện Sở X (SX) cho biết"), a second topic dated as the first
("về X năm 2030 và Y năm 2031", kg/extract/event_lists.py). Made-up examples."""

from helpers import event_labels


def test_a_hamlet_and_its_commune_stay_in_the_name():
    text = ("Sáng 12/4, lãnh đạo UBND huyện Hòa An tổ chức buổi đối thoại với người dân thôn Bản Mới, xã Tân Lập "
            "nhằm giải quyết vụ việc tranh chấp đất.")
    assert event_labels(text) == ["buổi đối thoại với người dân thôn Bản Mới, xã Tân Lập"]


def test_a_list_of_districts_sharing_a_level_word_stays_in_the_name():
    text = ("Ngày 8/7, tổ đại biểu số 2 do ông Nguyễn Văn Tư dẫn đầu đã có buổi tiếp xúc với cử tri quận Đông Sơn, "
            "Tây Sơn, huyện Phú Lâm, sau kỳ họp thứ 3.")
    assert "buổi tiếp xúc với cử tri quận Đông Sơn, Tây Sơn, huyện Phú Lâm" in event_labels(text)


def test_a_place_that_is_the_next_subject_ends_the_name():
    text = "Chiều 12/4, tại buổi làm việc với UBND huyện Alpha, tỉnh Beta đã đề nghị hỗ trợ kinh phí."
    assert event_labels(text) == ["buổi làm việc với UBND huyện Alpha"]


def test_a_person_after_the_comma_ends_the_name():
    text = ("Chiều 12/4, tại buổi tiếp xúc cử tri xã Alpha, Nguyễn Văn Tư, Chủ tịch UBND huyện Beta đã tiếp thu "
            "các ý kiến.")
    assert not any("Nguyễn" in label for label in event_labels(text))


def test_a_speaker_with_a_bracketed_short_form_is_no_party():
    text = ("Sáng 29/5, tại buổi họp báo định kỳ tháng 5 của UBND tỉnh Alpha, đại diện Sở Văn hóa và Thể thao "
            "tỉnh Alpha (Sở VH&TT) cho biết, sự việc đã được xử lý.")
    assert event_labels(text) == ["buổi họp báo định kỳ tháng 5 của UBND tỉnh Alpha"]


def test_two_topics_each_of_its_year_stay_in_the_name():
    text = ("Chiều 12/4, đoàn công tác đã có buổi làm việc với Liên đoàn Lao động tỉnh Alpha về tình hình hoạt "
            "động năm 2030 và kế hoạch công tác năm 2031.")
    assert event_labels(text) == ["buổi làm việc với Liên đoàn Lao động tỉnh Alpha về tình hình hoạt động năm "
                                   "2030 và kế hoạch công tác năm 2031"]


def test_a_second_topic_with_no_year_after_a_dated_one_stays_out():
    text = ("Chiều 12/4, đoàn công tác đã có buổi làm việc với Liên đoàn Lao động tỉnh Alpha về tình hình hoạt "
            "động năm 2030 và kế hoạch công tác của tỉnh.")
    assert event_labels(text) == ["buổi làm việc với Liên đoàn Lao động tỉnh Alpha về tình hình hoạt động năm "
                                   "2030"]


def test_a_clause_after_a_dated_topic_stays_out():
    text = ("Chiều 12/4, đoàn công tác đã có buổi làm việc với Liên đoàn Lao động tỉnh Alpha về tình hình hoạt "
            "động năm 2030 và đánh giá cao kết quả đạt được.")
    assert event_labels(text) == ["buổi làm việc với Liên đoàn Lao động tỉnh Alpha về tình hình hoạt động năm "
                                   "2030"]


def test_a_bare_place_with_an_opener_syllable_is_read_whole():
    text = ("Ngày 8/7, đoàn đã có buổi tiếp xúc với cử tri quận Đông Sơn, Bắc Từ Sơn, huyện Phú Lâm, sau kỳ họp "
            "thứ 3.")
    assert "buổi tiếp xúc với cử tri quận Đông Sơn, Bắc Từ Sơn, huyện Phú Lâm" in event_labels(text)


def test_a_quoted_name_goes_on_to_its_closing_quote():
    text = ("Sáng 6/1, Công ty Alpha đã tổ chức “Lễ công bố và khai trương chuỗi cửa hàng rau, thực phẩm an toàn "
            "Alpha” tại Hà Nội.")
    assert event_labels(text) == ["Lễ công bố và khai trương chuỗi cửa hàng rau, thực phẩm an toàn Alpha"]


def test_a_quoted_clause_stays_cut_before_its_verb():
    text = "Sáng 6/1, Công ty Alpha cho biết “Lễ hội Hoa Sen đã thành công, rực rỡ” như mong đợi."
    assert event_labels(text) == ["Lễ hội Hoa Sen"]


def test_a_last_place_sharing_its_level_word_stays_in_the_name():
    text = ("Ngày 8/7, đoàn đã có buổi tiếp xúc với cử tri quận Đông Sơn, huyện Phú Lâm, Bình Hòa, sau kỳ họp "
            "thứ 3.")
    assert "buổi tiếp xúc với cử tri quận Đông Sơn, huyện Phú Lâm, Bình Hòa" in event_labels(text)


def test_a_body_after_a_unit_ends_the_name():
    text = ("Ngày 8/7, đoàn đã có buổi làm việc với lãnh đạo huyện Phú Lâm, Công ty Alpha, sau đó đi thăm "
            "khu công nghiệp.")
    assert not any("Công ty" in label for label in event_labels(text))
    text = ("Ngày 8/7, đoàn đã có buổi làm việc với lãnh đạo huyện Phú Lâm, Sở GTVT, sau đó đi thăm khu công "
            "nghiệp.")  # a body written in capitals only: "Công ty Alpha" ends at its lower-case word anyway
    assert not any("Sở GTVT" in label for label in event_labels(text))
