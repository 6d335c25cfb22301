"""Event names only as complete names (issue 8, round events39c; ``kg/extract/event_comma.py``): a name read up to a
comma after the object of a link or a purpose, where the comma goes on with a list of lower-case nouns the grammar
could not close, is a fragment and names no event; a large count ("nghìn", "trăm") before a head names a class of
events, no one event. Made-up examples."""

from test_events_complete import events


def test_a_topic_cut_at_a_comma_of_an_open_list_names_no_event():
    assert events("Chiều 5/6, đoàn có buổi làm việc với huyện Alpha về tình hình thực hiện quy hoạch đô thị, quản lý"
                  " đầu tư xây dựng, giải phóng mặt bằng.") == ["REF:buổi làm việc"]


def test_consulted_parties_cut_at_a_comma_name_no_event():
    assert events("Sở Alpha tổ chức tọa đàm lấy ý kiến nhà nghiên cứu, cơ quan quản lý và người dân về dự án.") == [
        "REF:tọa đàm"]


def test_the_next_clause_after_a_comma_keeps_the_name():
    assert events("Tại buổi làm việc với huyện Alpha, lãnh đạo huyện cho biết đã hoàn thành.") == [
        "buổi làm việc với huyện Alpha"]
    assert events("Tại buổi làm việc với huyện Alpha, ông Quy đề nghị tỉnh quan tâm.") == [
        "buổi làm việc với huyện Alpha"]
    assert events("Tại hội nghị tổng kết công tác năm 2030, các đại biểu đã thảo luận.") == [
        "hội nghị tổng kết công tác năm 2030"]


def test_a_count_in_thousands_before_a_head_names_no_one_event():
    assert events("Năm qua đã có hơn 90 nghìn cuộc đối thoại giữa nhân dân với chính quyền các cấp.") == [
        "REF:cuộc đối thoại"]


def test_a_lower_case_party_after_a_capitalised_one_names_no_event():
    assert events("Sáng nay, đại diện Phòng Alpha đã có buổi làm việc với Trường Beta và cơ quan chức năng.") == [
        "REF:buổi làm việc"]
    assert events("Sáng nay, đoàn có buổi làm việc với Trường Beta và sau đó đi thăm xã Gamma.") == [
        "buổi làm việc với Trường Beta"]
    assert events("Sáng nay, đoàn có buổi làm việc với Trường Beta và các sở, ngành.") == [
        "buổi làm việc với Trường Beta và các sở, ngành"]


def test_a_numbered_name_before_a_list_of_the_sentence_stands():
    assert events("Tỉnh Alpha tham dự Đại hội lần thứ XV của Đảng và bổ sung, phát triển nội dung mới.") \
        == ["Đại hội lần thứ XV của Đảng"]
    assert events("Tỉnh Alpha tham dự Đại hội XV của Đảng, xứng đáng với niềm tin, mong đợi của dân.") \
        == ["Đại hội XV của Đảng"]
