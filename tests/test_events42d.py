"""A meeting named by the verb "họp" and the word that opens its name (issue 8, item 3, round events42d): "Chiều
12/5, Sở X đã tổ chức họp báo giới thiệu Lễ hội Y." names the press conference "họp báo giới thiệu Lễ hội Y", as
written (``kg/extract/mentions/event_hop.py``, ``kg/lexicon/meeting_verbs.tsv``, classes ``reported`` and
``unreported`` of ``kg/lexicon/event_words.tsv``). Made-up examples."""

from helpers import event_labels


def test_a_press_conference_held_by_a_body_is_named_by_họp_báo():
    text = "Chiều 12/5, Sở Văn hóa tỉnh Beta đã tổ chức họp báo giới thiệu chương trình nghệ thuật Gamma."
    assert "họp báo giới thiệu chương trình nghệ thuật Gamma" in event_labels(text)


def test_a_dated_organising_verb_without_đã_and_a_purpose_after_họp():
    text = "Ngày 6/2, UBND tỉnh Beta tổ chức họp tổng kết công tác phòng chống lụt bão năm 2030."
    assert any(lab.startswith("họp tổng kết công tác phòng chống lụt bão") for lab in event_labels(text))


def test_đã_họp_với_names_the_meeting_up_to_a_purpose_clause():
    text = "Chiều 3/4, Sở Y tế tỉnh Beta đã họp với các đơn vị liên quan để xác minh vụ việc."
    assert "họp với các đơn vị liên quan" in event_labels(text)


def test_no_meeting_when_planned_tasked_negated_or_undated():
    texts = [
        "Ngày 6/2, UBND tỉnh Beta sẽ tổ chức họp báo giới thiệu chương trình nghệ thuật Gamma.",  # a plan
        "Ngày 6/2, ông Lê Văn Quy yêu cầu Sở Văn hóa tỉnh Beta tổ chức họp báo giới thiệu chương trình Gamma.",
        "Ngày 6/2, Ban bầu cử xã Beta không tổ chức họp báo giới thiệu chương trình Gamma.",  # negated
        "UBND tỉnh Beta tổ chức họp báo giới thiệu chương trình nghệ thuật Gamma.",  # no day, no "đã"
        "Chiều 12/5, UBND xã Beta đã tổ chức họp phân tích vụ việc ở thôn Gamma.",  # no word that opens a name
    ]
    for text in texts:
        assert not any(lab.startswith("họp") for lab in event_labels(text)), text


def test_a_date_followed_by_tới_is_a_plan_no_meeting_held():
    text = "Chiều 5/7 tới, UBND tỉnh Beta tổ chức họp báo giới thiệu chương trình Gamma."
    assert not any(lab.startswith("họp") for lab in event_labels(text)), event_labels(text)


def test_a_word_of_the_meeting_goes_on_with_its_name():
    text = "Tối 3/4, UBND xã Beta đã tổ chức họp dân để thông tin về dự án đường Gamma."
    assert "họp dân" in event_labels(text)
    text = "Từ ngày 7 đến ngày 9-4, tại Hà Nội, Ủy ban Kiểm tra Tỉnh ủy Beta đã họp kỳ thứ 12."
    assert "họp kỳ thứ 12" in event_labels(text)
    text = "Sở Y tế tỉnh Beta vừa tổ chức họp khẩn bàn về phương án xử lý."
    assert "họp khẩn bàn về phương án xử lý" in event_labels(text)


def test_a_capitalised_syllable_of_a_place_is_no_modal():
    text = ("Chiều 21-6, Hội Nhà báo TP Cần Zeta tổ chức họp báo giới thiệu chương trình nghệ thuật Gamma.")
    assert "họp báo giới thiệu chương trình nghệ thuật Gamma" in event_labels(text)


def test_no_name_cut_inside_what_names_the_meeting():
    text = "Chiều 3/4, UBND tỉnh Beta đã tổ chức họp báo thông tin cho báo chí về tình hình dịch bệnh tại xã Gamma."
    assert not any(lab.lower().startswith("họp") for lab in event_labels(text)), event_labels(text)
    text = "Chiều 3/4, UBND tỉnh Beta đã tổ chức họp báo về tình hình dịch bệnh tại Gamma."
    assert "họp báo về tình hình dịch bệnh" in event_labels(text)  # a bare place after "tại": the venue, cut
    # (events48: after a topic, "tại xã Gamma" is the matter's place and goes on, as in a headed name, events47)
