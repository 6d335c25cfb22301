"""Event names only as complete names (issue 8, item 3): a list of parties through a body whose name holds "và", no
second purpose after a comma that follows a kind word only, the day an anniversary's ordinal marks, a last party
before a time adverbial, no "và các … khác", the person an incense offering honours or an appointment names; and
one key for one event however its ordinal or an abbreviation is written. Made-up examples."""

from helpers import run

from kg.extract.event_key import event_key


def events(text: str) -> list[str]:
    """Event mentions as written; a reference (no name) is marked "REF:"."""
    doc = run("T\n\n" + text).doc
    return [("REF:" if m.attr("ref") else "") + m.text for m in doc.mentions if m.kind == "event"]


def test_a_list_of_parties_goes_on_past_a_body_whose_name_holds_va():
    assert events("Tài liệu phục vụ phiên họp của Ban Alpha, Hội đồng Văn hóa và giáo dục, Ủy ban Beta, Chính phủ;"
                  " không phổ biến.") == [
        "phiên họp của Ban Alpha, Hội đồng Văn hóa và giáo dục, Ủy ban Beta, Chính phủ"]


def test_a_purpose_after_a_comma_that_follows_a_kind_word_opens_the_next_clause():
    assert events("Sở dự lễ hội truyền thống, quán triệt việc thực hiện nghiêm Quy chế tổ chức.") == [
        "lễ hội truyền thống"]
    assert events("Huyện tổ chức hội nghị tổng kết công tác năm 2030, triển khai nhiệm vụ năm 2031.") == [
        "hội nghị tổng kết công tác năm 2030, triển khai nhiệm vụ năm 2031"]
    assert events("Tỉnh tổ chức hội nghị cán bộ toàn quốc học tập, quán triệt Nghị quyết số 9 của Tỉnh ủy.") == [
        "hội nghị cán bộ toàn quốc học tập, quán triệt Nghị quyết số 9 của Tỉnh ủy"]  # a verb before the comma


def test_the_other_events_after_va_are_no_part_of_the_name():
    assert events("Thủ tướng dự Hội nghị cấp cao Alpha 2030 và các sự kiện trọng đại khác.") == [
        "Hội nghị cấp cao Alpha 2030"]
    assert events("Huyện tổ chức hội nghị tổng kết với các xã và các đơn vị liên quan.") == [
        "hội nghị tổng kết với các xã và các đơn vị liên quan"]


def test_the_person_an_incense_offering_honours_is_part_of_its_name():
    assert events("Quang cảnh tại lễ dâng hương đồng chí Lê Văn Khải tại nhà tưởng niệm.") == [
        "lễ dâng hương đồng chí Lê Văn Khải"]
    assert events("Phát biểu tại lễ khai mạc ông Lê Văn Khải nhấn mạnh nhiều nội dung.") == ["lễ khai mạc"]


def test_the_person_an_appointment_names_is_part_of_the_name():
    assert events("Thứ trưởng chủ trì Lễ trao Quyết định bổ nhiệm ông Lê Văn Khải vào chiều ngày 12/7/2030.") == [
        "Lễ trao Quyết định bổ nhiệm ông Lê Văn Khải"]
    assert events("Tại lễ công bố quyết định bổ nhiệm, ông Lê Văn Khải cho biết.") == ["lễ công bố quyết định bổ nhiệm"]


def test_the_day_an_anniversary_ordinal_marks_is_part_of_the_name_a_date_is_not():
    assert events("Ông phát biểu tại lễ kỷ niệm lần thứ 90 ngày sinh Chủ tịch Lê Văn Khải, ngày 9/5.") == [
        "lễ kỷ niệm lần thứ 90 ngày sinh Chủ tịch Lê Văn Khải"]
    assert events("Ông phát biểu tại lễ kỷ niệm lần thứ 90 ngày 9/5 tại Kim Sơn.") == ["lễ kỷ niệm lần thứ 90"]


def test_a_last_party_after_va_before_a_time_adverbial_is_part_of_the_name():
    assert events("Trong buổi làm việc với các doanh nghiệp vận tải và bất động sản cuối tuần qua, Sở cho biết.") == [
        "buổi làm việc với các doanh nghiệp vận tải và bất động sản"]


def test_an_ordinal_before_or_after_the_body_of_a_meeting_is_one_key():
    assert event_key("Hội nghị Ủy ban Trung ương Liên minh Kim Sơn lần thứ VII (khóa VIII)") == event_key(
        "Hội nghị lần thứ 7 Ủy ban Trung ương Liên minh Kim Sơn (khóa VIII)")
    assert event_key("Hội nghị Trung ương lần thứ IX của Đảng Dân chủ Kim Sơn") == event_key(
        "Hội nghị Trung ương 9 Đảng Dân chủ Kim Sơn")  # the number ends no body there: the order stays


def test_an_abbreviated_central_committee_and_socialist_are_written_out_in_the_key():
    assert event_key("Hội nghị UBTƯ Liên minh Kim Sơn lần thứ 3") == event_key(
        "Hội nghị lần thứ 3 Ủy ban Trung ương Liên minh Kim Sơn")
    assert event_key("Hội nghị Trung ương 5 khóa XX về thể chế kinh tế định hướng XHCN") == event_key(
        "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XX về thể chế kinh tế định hướng xã hội chủ nghĩa")
