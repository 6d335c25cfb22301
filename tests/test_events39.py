"""Event names only as complete names (issue 8, round events39; ``kg/extract/event_open.py``): a name that stops
before a relative clause on its last noun or inside an open list is a fragment, so it is completed by a fixed
post-modifier of the genre or the mention names no event. Made-up examples."""

from test_events_complete import events


def named(text: str) -> list[str]:
    """The event names of a text (no head-only reference): none when the mention names no event."""
    return [m for m in events(text) if not m.startswith("REF:")]


def test_a_relative_clause_after_a_party_leaves_no_name():
    assert named("Sở Alpha đã có cuộc họp với các chủ tàu vỏ thép bị hư hỏng tại huyện Quy Hòa.") == []
    assert named("Lãnh đạo phường Beta đã có buổi làm việc với 40 phụ huynh có con em học tại trường.") == []
    assert named("Ông Quy phát biểu tại cuộc họp với 20 hộ dân của thôn xảy ra vụ sạt lở.") == []


def test_a_relative_clause_after_the_object_of_a_purpose_leaves_no_name():
    assert named("Sở Alpha tổ chức hội nghị công bố kết quả kiểm tra 12 tàu vỏ thép bị hư hỏng của ngư dân.") == []


def test_a_fixed_post_modifier_goes_on_with_the_name():
    assert named("Ngay sau cuộc họp với các đơn vị có trách nhiệm, xã Beta đã yêu cầu đóng cửa chợ.") == [
        "cuộc họp với các đơn vị có trách nhiệm"]
    assert events("Sau cuộc họp của UBND tỉnh Alpha với các sở, ngành và các đơn vị có liên quan, Sở Beta đã"
                  " thông tin kết quả.") == ["cuộc họp của UBND tỉnh Alpha với các sở, ngành và các đơn vị có liên"
                                             " quan"]


def test_presence_and_a_capitalised_end_keep_the_name():
    assert events("Buổi làm việc với UBND huyện Quy Hòa có sự tham gia của các sở.") == [
        "Buổi làm việc với UBND huyện Quy Hòa"]
    assert events("Đại hội lần thứ XX của Đảng có ý nghĩa lịch sử.") == ["Đại hội lần thứ XX của Đảng"]


def test_a_relative_verb_without_an_object_before_it_keeps_the_name():
    assert events("Lễ hội hoa đào Quy Hòa bị hủy vì thời tiết.") == ["Lễ hội hoa đào Quy Hòa"]


def test_an_open_list_after_a_party_leaves_no_name():
    assert named("Ông Quy khẳng định sau phiên họp với tiểu thương và doanh nghiệp việc chợ mở cửa.") == []
    assert named("Sở Alpha đã có cuộc họp với đại diện Hội đồng Beta và ông Lê Văn Quy, Giám đốc công ty.") == []


def test_an_open_list_after_the_object_of_a_purpose_leaves_no_name():
    assert named("Tỉnh Alpha tổ chức lễ công bố quyết định công nhận di tích lịch sử quốc gia và kiến trúc nghệ"
                  " thuật đối với đình Beta.") == []


def test_va_before_a_verb_a_determiner_or_a_second_event_keeps_the_name():
    assert events("Cuộc họp với các đơn vị liên quan và đã có chỉ đạo quyết liệt.") == [
        "Cuộc họp với các đơn vị liên quan"]
    assert events("Hội nghị Cấp cao Alpha 2031 và các sự kiện bên lề diễn ra tại Quy Hòa.") == [
        "Hội nghị Cấp cao Alpha 2031"]


def test_the_month_of_a_topic_at_the_clause_end_goes_on_with_the_name():
    assert events("Đó là ý kiến của ông Quy trong phiên họp về kinh tế xã hội tháng 5.") == [
        "phiên họp về kinh tế xã hội tháng 5"]
    assert events("Ông Quy chủ trì cuộc họp về tình hình thu chi ngân sách tháng 5-2031.") == [
        "cuộc họp về tình hình thu chi ngân sách tháng 5-2031"]


def test_the_month_of_a_periodic_meeting_written_dinh_ky_goes_on():
    assert events("Bộ Alpha tổ chức cuộc họp báo định kỳ tháng 5.") == ["cuộc họp báo định kỳ tháng 5"]


def test_after_a_proper_name_a_relative_verb_or_va_and_a_verb_keeps_the_name():
    assert events("Sở Alpha tổ chức cuộc họp về tình hình cứu hộ tàu Quy Hòa bị mắc cạn gần đảo Beta.") == [
        "cuộc họp về tình hình cứu hộ tàu Quy Hòa"]
    assert events("Các đại biểu dự Đại hội lần thứ XX của Đảng và bổ sung nhiều nội dung mới.") == [
        "Đại hội lần thứ XX của Đảng"]
