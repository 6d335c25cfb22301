"""Event names that were fragments (issue 8, item 3, round events47). Made-up examples.

- a topic's place: after "về …" inside the name, "tại" and the head of a place of the matter go on with the name
  (``kg/extract/event_site.py``, lexicon ``topic_sites.tsv``); a bare place after "tại" is still the event's own;
- a bracket that repeats the head ("… (Đại hội)") is an alias, no part of the name (``event_gloss.head_alias``);
- a second numbering after a dash ("năm 2030 - Phật lịch 2574", "kỳ họp thứ ba - QH khóa XX") goes on
  (``event_dual.py``);
- a manner word glued after a name ("… đền Alpha | an toàn, …") is the clause's (``event_manner.py``);
- a caption run into the next sentence after a bare head ("… tại hội nghị | Tham luận tại hội nghị, …"): the
  capitalised word is the next sentence's (``kg/extract/event_caption.py``)."""

from helpers import event_labels as _labels


def test_a_topics_place_after_tai_goes_on_with_the_name():
    got = _labels("Sáng 3/5/2030, tại UBND tỉnh Alpha diễn ra cuộc họp báo công bố thông tin về sự cố chạy thận tại "
                  "Bệnh viện Đa khoa tỉnh Alpha khiến 9 người bị sốc.")
    assert got == ["cuộc họp báo công bố thông tin về sự cố chạy thận tại Bệnh viện Đa khoa tỉnh Alpha"], got
    got = _labels("Ngày 3/5/2030, Bộ Alpha có buổi làm việc với TP Beta về tình trạng quá tải tại sân bay Gamma "
                  "ngày 10-7.")
    assert got == ["buổi làm việc với TP Beta về tình trạng quá tải tại sân bay Gamma"], got
    got = _labels("Ngày 3/5/2030, UBND thành phố tổ chức cuộc họp về tình hình sốt đất tại TP.Beta. Tại cuộc họp "
                  "này, ông Nguyễn Văn An nói.")
    assert got == ["cuộc họp về tình hình sốt đất tại TP.Beta"], got
    got = _labels("Ngày 3/5/2030, Thủ tướng kết luận tại cuộc họp Thường trực Chính phủ về việc quy hoạch chi tiết "
                  "xây dựng tại số 12 phố Alpha, Hà Nội.")
    assert got == ["cuộc họp Thường trực Chính phủ về việc quy hoạch chi tiết xây dựng tại số 12 phố Alpha"], got


def test_a_bare_place_after_tai_or_no_topic_still_ends_the_name():
    got = _labels("Ngày 3/5/2030, Bộ Alpha tổ chức hội nghị bàn về vấn đề đóng mới tàu cá tại Beta, ngày 9/6.")
    assert got == ["hội nghị bàn về vấn đề đóng mới tàu cá"], got
    got = _labels("Ngày 3/5/2030, UBND tỉnh Alpha tổ chức hội nghị sơ kết công tác dân vận tại xã Beta.")
    assert got == ["hội nghị sơ kết công tác dân vận"], got


def test_a_caption_run_into_the_next_sentence_is_no_part_of_a_bare_head():
    for text, glued in (("Ông Nguyễn Văn An phát biểu tại hội nghị Chia sẻ tại hội nghị, đại diện doanh nghiệp cho "
                         "biết sẽ đầu tư.", "chia sẻ"),
                        ("Bà Trần Thị Mơ phát biểu tham luận tại hội nghị Tham luận tại hội nghị, đại diện các bộ ngành"
                         " đều cho rằng cần làm tốt.", "tham luận")):  # (both glued on before events47)
        got = _labels(text)
        assert not [g for g in got if glued in g.lower()], got
    assert _labels("Ngày 3/5/2030, ông Nguyễn Văn An dự Hội nghị Diên Hồng tại Hà Nội.") == ["Hội nghị Diên Hồng"]


def test_a_bracket_repeating_the_head_is_an_alias_not_part_of_the_name():
    got = _labels("Hai sự kiện lớn của năm là Đại hội đại biểu toàn quốc lần thứ XX của Đảng (Đại hội), bầu cử đại "
                  "biểu Quốc hội khóa XX và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2030 - 2035 (Bầu cử).")
    assert "Đại hội đại biểu toàn quốc lần thứ XX của Đảng" in got, got
    assert "bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2030 - 2035" in got, got
    assert not [g for g in got if g.endswith(")")], got


def test_the_manner_of_the_event_is_the_clauses_not_the_names():
    got = _labels("Ban Tổ chức đã thực hiện nhiều phương án, đảm bảo cho nhân dân về dự lễ khai ấn đền Alpha an toàn, "
                  "hài lòng về công tác tổ chức.")
    assert got == ["lễ khai ấn đền Alpha"], got
    got = _labels("Hai bên thống nhất giao cho Sở Alpha tổ chức Lễ khánh thành đảm bảo trang trọng và ý nghĩa.")
    assert got == ["Lễ khánh thành"], got
    got = _labels("Ngày 3/5/2030, tỉnh Alpha tổ chức Hội nghị tổng kết công tác an toàn giao thông năm 2029.")
    assert got == ["Hội nghị tổng kết công tác an toàn giao thông năm 2029"], got


def test_a_second_numbering_after_a_dash_goes_on_with_the_name():
    got = _labels("Sáng 10-5, tại Hà Nội, Trung ương Giáo hội Alpha tổ chức Đại lễ Phật đản năm 2030 - Phật lịch 2574. "
                  "Sau hồi chuông, các tăng ni cầu nguyện.")
    assert got == ["Đại lễ Phật đản năm 2030 - Phật lịch 2574"], got  # "Đại lễ" a head of its own (events51)
    got = _labels("Ngày 9-5, Đoàn đại biểu Quốc hội tỉnh Alpha đã có buổi tiếp xúc với cử tri huyện Beta trước kỳ họp "
                  "thứ ba - QH khóa XX. Nhiều cử tri bày tỏ lo lắng.")
    assert "kỳ họp thứ ba - QH khóa XX" in got, got
    got = _labels("Thời gian tổ chức lễ hội đền Alpha năm 2030 - Ngày 11 tháng Giêng (7/2): Lễ rước kiệu Beta.")
    assert "lễ hội đền Alpha năm 2030" in got, got
    got = _labels("Ông Nguyễn Văn An dự Hội nghị Doanh nghiệp lần thứ hai, năm 2030 - Ảnh: VGP Khẩn cấp.")
    assert got == ["Hội nghị Doanh nghiệp lần thứ hai, năm 2030"], got


def test_a_verb_of_keeping_inside_the_topic_goes_on():
    got = _labels("Ngày 3/5/2030, đoàn công tác đã có buổi làm việc với UBND tỉnh Alpha về việc xử lý sự cố đập chính "
                  "và phương án đảm bảo an toàn vùng hạ du công trình hồ Beta.")
    assert any(g.endswith("đảm bảo an toàn vùng hạ du công trình hồ Beta") for g in got), got
    got = _labels("Ngày 3/5/2030, Bộ Alpha tổ chức cuộc họp về bảo đảm an toàn, an ninh các hệ thống thông tin ngành "
                  "điện lực.")
    assert got and all("bảo đảm" in g for g in got), got
