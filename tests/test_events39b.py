"""Event names only as complete names (issue 8, round events39b; ``kg/extract/event_verbs.py``): after a proper name
an event's complement, a noun phrase, ends before a lower-case verb of the lexicon — the next clause's verb, no
part of the name. Made-up examples."""

from test_events_complete import events


def test_a_verb_after_a_capitalised_name_ends_the_name():
    assert events("Việc kỷ luật ông Quy sẽ đợi triệu tập Hội nghị toàn thể Trung ương xác nhận.") == [
        "Hội nghị toàn thể Trung ương"]
    assert events("Các đại biểu dự Hội nghị ABU cho biết sẽ trở lại Quy Hòa.") == ["Hội nghị ABU"]


def test_a_time_adverb_after_a_capitalised_name_ends_the_name():
    assert events("Đại biểu dự Hội nghị ABU hiện đang ở thành phố Quy Hòa.") == ["Hội nghị ABU"]


def test_a_document_capitalised_keeps_its_verb():
    assert events("Sáng 3/4, tỉnh Alpha tổ chức Lễ trao Quyết định bổ nhiệm Giám đốc Sở Beta.") == [
        "Lễ trao Quyết định bổ nhiệm Giám đốc Sở Beta"]


def test_a_meeting_with_voters_or_a_dialogue_is_an_event_head():
    assert events("Chiều 12/5, ông Lê Văn Quy đã có buổi tiếp xúc với cử tri của huyện Quy Hòa.") == [
        "buổi tiếp xúc với cử tri của huyện Quy Hòa"]
    assert events("Tại buổi tiếp xúc cử tri quận Alpha sáng 20/6, ông Quy cho biết.") == [
        "buổi tiếp xúc cử tri quận Alpha"]
    assert events("Trước đó, tại buổi đối thoại với người dân xã Beta hôm 22/4, ông Quy đã cam kết.") == [
        "buổi đối thoại với người dân xã Beta"]


def test_the_quarter_of_a_press_conference_goes_on_with_its_name():
    assert events("Ngày 24/5, Ban Alpha tổ chức buổi họp báo quý II, thông tin về tiến độ dự án.") == [
        "buổi họp báo quý II"]


def test_a_capitalised_object_of_a_purpose_keeps_its_verb():
    assert events("Sáng 3/4, hai bên tổ chức Lễ ký kết Chương trình phối hợp giai đoạn 2031 - 2035.") == [
        "Lễ ký kết Chương trình phối hợp giai đoạn 2031 - 2035"]


def test_a_body_head_keeps_its_field_and_a_noun_its_syllable():
    assert events("Doanh nghiệp được nêu ý kiến tại cuộc họp của Hội đồng thẩm định giá đất tỉnh Alpha.") == [
        "cuộc họp của Hội đồng thẩm định giá đất tỉnh Alpha"]
    assert events("Bộ đã có buổi làm việc với lãnh đạo Tổng Công ty Alpha (ABC), Ban Quản lý dự án Beta.") == [
        "buổi làm việc với lãnh đạo Tổng Công ty Alpha (ABC), Ban Quản lý dự án Beta"]


def test_a_plural_or_counted_head_names_no_one_event():
    assert events("Người dân đã nhiều lần kiến nghị tại các cuộc tiếp xúc cử tri, mong có một cây cầu.") == [
        "REF:cuộc tiếp xúc"]
    assert events("Tại nhiều cuộc họp của ngành Alpha, tôi đã nêu vấn đề này.") == ["REF:cuộc họp"]
    assert events("Ban Beta đánh giá qua 1.250 cuộc tiếp xúc cử tri trước kỳ họp thứ 2.") == [
        "REF:cuộc tiếp xúc", "kỳ họp thứ 2"]


def test_a_number_after_an_ordinal_word_is_no_count():
    assert events("Tuần thứ 2 Lễ hội đường phố Alpha 2031 đã thu hút nhiều du khách.") == [
        "Lễ hội đường phố Alpha 2031"]
