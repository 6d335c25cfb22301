"""Event names only as complete names (issue 8, item 3): a list of parties through a body whose name holds "và", no
second purpose after a comma that follows a kind word only, the day an anniversary's ordinal marks, a last party
before a time adverbial, no "và các … khác", the person an incense offering honours or an appointment names; and
one key for one event however its ordinal or an abbreviation is written; the second party after "giữa", a document
after "dự thảo", no personnel verb cut from its person, a unit after "và" in a list of parties, no body named
"Hội nghị hiệp thương chính trị". Made-up examples."""

from helpers import run
from rdflib.namespace import RDF, RDFS

from kg.corpus.runs import one_label
from kg.extract.event_key import event_key
from kg.rdf.namespace import VNR


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


def test_a_second_topic_after_va_when_the_first_names_a_body():
    assert events("Tối 3/4, Tỉnh đoàn tổ chức Lễ trao giải báo chí viết về công tác Đoàn và phong trào thanh thiếu nhi"
                  " năm 2031.") == [
        "Lễ trao giải báo chí viết về công tác Đoàn và phong trào thanh thiếu nhi năm 2031"]
    assert events("Hội nghị về phát triển Tây Nguyên và đề nghị các bộ xem xét.") == [
        "Hội nghị về phát triển Tây Nguyên"]


def test_a_second_anniversary_after_va():
    assert events("Chiều 5/4, huyện tổ chức lễ kỷ niệm 70 năm Bác Hồ về thăm Hòa Lâm và 20 năm thành lập thị xã Hòa"
                  " Lâm.") == ["lễ kỷ niệm 70 năm Bác Hồ về thăm Hòa Lâm và 20 năm thành lập thị xã Hòa Lâm"]
    assert events("Lễ kỷ niệm 70 năm thành lập trường và 5 năm sau đó trường được công nhận.") == [
        "Lễ kỷ niệm 70 năm thành lập trường"]


def test_coordinate_words_of_merit_and_the_person_whose_birthday_is_marked():
    assert events("Ông Lê Văn Bình phát biểu tại lễ tôn vinh những doanh nghiệp tiêu biểu, xuất sắc của tỉnh.") == [
        "lễ tôn vinh những doanh nghiệp tiêu biểu, xuất sắc của tỉnh"]
    assert events("Ngày 9/7, Thành ủy tổ chức lễ dâng hương kỷ niệm 100 năm Ngày sinh đồng chí Trần Văn Khải.") == [
        "lễ dâng hương kỷ niệm 100 năm Ngày sinh đồng chí Trần Văn Khải"]


def test_a_list_of_parties_whose_first_body_is_in_lower_case():
    assert events("Trước buổi làm việc giữa phòng Tài chính huyện Cẩm Khê, UBND xã Tân Lập với chủ doanh nghiệp vào"
                  " sáng 6/2, bà Hoa cho biết.") == [
        "buổi làm việc giữa phòng Tài chính huyện Cẩm Khê, UBND xã Tân Lập với chủ doanh nghiệp"]
    assert events("Tại buổi làm việc với chính quyền, PV đã hỏi lại ông Lê Văn Bình.") == [
        "buổi làm việc với chính quyền"]  # a body with no name after its head


def test_a_list_of_parties_each_opened_by_a_determiner():
    assert events("Chiều 26/6, UBND tỉnh Hòa Lâm tổ chức cuộc họp với các sở, ngành chức năng tỉnh, các đơn vị vận tải"
                  " và chính quyền địa phương để nghe báo cáo.") == [
        "cuộc họp với các sở, ngành chức năng tỉnh, các đơn vị vận tải và chính quyền địa phương"]
    assert events("Chiều 26/6, UBND tỉnh tổ chức cuộc họp với các sở, các đại biểu đã thảo luận.") == [
        "cuộc họp với các sở"]


def test_a_caption_run_on_into_the_next_sentence_that_names_another_event():
    assert events("Người dân tham gia lễ hội truyền thống Lễ hội đua ngựa là nghi lễ lớn của làng.") == [
        "lễ hội truyền thống", "Lễ hội đua ngựa"]


def test_the_corpus_label_of_an_event_is_its_best_form_not_its_longest_line():
    s = "<https://w3id.org/vnreport-kg/id/event/x>"
    typ = f"{s} <{RDF.type}> <{VNR.Meeting}>"  # default-graph lines as the runs keep them: no " ."
    curly = f'{s} <{RDFS.label}> "Lễ khánh thành cầu Tân Lập và đón nhận kỷ lục “Cầu nhanh nhất”"@vi'
    straight = f'{s} <{RDFS.label}> "Lễ khánh thành cầu Tân Lập và đón nhận kỷ lục “Cầu nhanh nhất\\""@vi'
    short = f'{s} <{RDFS.label}> "Kỳ họp thứ 4, Hội đồng nhân dân tỉnh Hòa Lâm"@vi'
    abbr = f'{s} <{RDFS.label}> "Kỳ họp thứ 4 HĐND tỉnh Hòa Lâm khóa XX (kỳ họp thường lệ)"@vi'
    assert [ln for ln in one_label(sorted([typ, curly, straight])) if f"<{RDFS.label}>" in ln] == [curly]
    assert [ln for ln in one_label(sorted([typ, short, abbr])) if f"<{RDFS.label}>" in ln] == [short]
    assert [ln for ln in one_label(sorted([short, abbr])) if f"<{RDFS.label}>" in ln] == [abbr]  # not an event


def test_the_second_party_after_giua_is_a_party_noun_whatever_follows_it():
    assert events("Đã có hai cuộc họp giữa các hộ dân và đại diện chủ đầu tư để tìm giải pháp.") == [
        "cuộc họp giữa các hộ dân và đại diện chủ đầu tư"]
    assert events("Đã có cuộc họp giữa xã Tân Lập và lãnh đạo công ty là Công ty Alpha.") == [
        "cuộc họp giữa xã Tân Lập và lãnh đạo công ty"]


def test_a_capitalised_document_after_du_thao_is_its_object():
    assert events("Ông Tâm phát biểu tại hội nghị cán bộ nghiên cứu dự thảo Báo cáo chính trị ngày 10/7/2030.") == [
        "hội nghị cán bộ nghiên cứu dự thảo Báo cáo chính trị"]


def test_a_personnel_verb_after_a_documents_owner_cut_before_the_person_is_dropped():
    assert events("Ông Tâm phát biểu tại lễ công bố quyết định của Ban Alpha phân công ông làm Trưởng ban Beta.") == [
        "lễ công bố quyết định của Ban Alpha"]
    assert events("Ông Tâm dự lễ trao quyết định bổ nhiệm ông Lê Văn Bình làm Giám đốc Sở.") == [
        "lễ trao quyết định bổ nhiệm ông Lê Văn Bình"]  # the person an appointment names goes on


def test_a_political_consultative_conference_is_a_body_not_an_event():
    assert events("Hai bên tăng cường hợp tác giữa Mặt trận Alpha với Hội nghị Hiệp thương chính trị nhân dân"
                  " nước Beta; thúc đẩy giao lưu.") == []
    assert events("Ông Lâm, Chủ tịch Ủy ban toàn quốc Hội nghị hiệp thương chính trị Trần Văn Lâm, đã phát biểu.") == []
    assert events("Ủy ban xã tổ chức hội nghị hiệp thương lần thứ hai vào sáng nay.") == [
        "hội nghị hiệp thương lần thứ hai"]


def test_a_unit_named_after_va_is_one_more_party_of_the_list():
    assert events("Tỉnh tổ chức cuộc họp với UBND huyện Tân Lập và thành phố Quy Hòa để bàn giải pháp.") == [
        "cuộc họp với UBND huyện Tân Lập và thành phố Quy Hòa"]
    assert events("Chiều 2/6, tỉnh tổ chức cuộc họp với các sở, ngành, các đơn vị vận tải và chính quyền một số huyện"
                  " và thành phố Quy Hòa để nghe báo cáo.") == [
        "cuộc họp với các sở, ngành, các đơn vị vận tải và chính quyền một số huyện và thành phố Quy Hòa"]
    assert events("Buổi làm việc với UBND huyện Tân Lập và thành phố cũng đã đề nghị.") == [
        "Buổi làm việc với UBND huyện Tân Lập"]  # no name after the level word
