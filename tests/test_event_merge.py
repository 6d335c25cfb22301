"""One node per event (kg/extract/event_merge.py): a short name in lower-case words is the definite reference to
the one longer event name of the article that it begins. Made-up examples."""

from helpers import event_labels, run


def event_nodes(text: str) -> list[str]:
    return sorted(label.lower() for label in event_labels(text, None))


def _reviewed(text: str) -> list[str]:
    res = run(text)
    return [str(v.value) for f in res.facts for p, v in f.props if p == "vnr:reviewsYear"]


def test_a_short_name_after_the_title_is_the_titled_event():
    text = ("Lễ tổng kết năm 2031\n\nTại lễ tổng kết, ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Hà Giang đã trao"
            " Bằng khen cho 3 tập thể.")
    assert event_nodes(text) == ["lễ tổng kết năm 2031"]


def test_the_short_name_first_the_whole_name_later_one_node_and_its_facts_from_the_whole_name():
    text = ("T\n\nTại lễ tổng kết, ông Trần Văn Bình phát biểu chào mừng.\n\n"
            "Lễ tổng kết năm 2031 của Hội Nông dân kéo dài hai giờ.")
    assert event_nodes(text) == ["lễ tổng kết năm 2031 của hội nông dân"]
    assert _reviewed(text) == ["2031"]


def test_two_longer_events_of_the_name_keep_the_short_one_apart():
    text = ("T\n\nSáng 3/1, huyện tổ chức hội nghị tổng kết công tác năm 2031. Chiều cùng ngày, xã tổ chức hội nghị"
            " tổng kết phong trào thi đua năm 2031. Tại hội nghị tổng kết, các đại biểu đã thảo luận.")
    assert event_nodes(text) == ["hội nghị tổng kết", "hội nghị tổng kết công tác năm 2031",
                                 "hội nghị tổng kết phong trào thi đua năm 2031"]


def test_a_plural_is_a_kind_of_event_not_the_one_named():
    text = "T\n\nLễ hội truyền thống làng Vân Khê năm 2031 mở đầu mùa xuân. Những lễ hội truyền thống đều đông khách."
    assert event_nodes(text) == ["lễ hội truyền thống làng vân khê năm 2031"]  # the plural names no event (events39b)


def test_a_short_name_before_a_preposition_may_be_cut_from_another_event():
    text = ("T\n\nTỉnh đăng cai Đại hội thể thao học sinh toàn quốc lần thứ 9. Tỉnh từng tổ chức Đại hội thể thao trong"
            " nhà khu vực năm 2029.")
    assert event_nodes(text) == ["đại hội thể thao", "đại hội thể thao học sinh toàn quốc lần thứ 9"]


def test_the_date_stated_with_the_short_name_stays_the_events():
    text = ("T\n\nNgày 19/5/2031, tỉnh tổ chức lễ khánh thành, đưa cầu vào sử dụng.\n\n"
            "Một số hình ảnh tại lễ khánh thành cầu Hòa Bình mới.")
    res = run(text)
    dates = [str(v.value) for f in res.facts for p, v in f.props if p == "schema:startDate"]
    assert event_nodes(text) == ["lễ khánh thành cầu hòa bình mới"]
    assert dates == ["2031-05-19"]


def test_one_session_written_two_ways_is_one_node():
    text = ("Kỳ họp thứ 7, HĐND tỉnh Khánh Lâm khóa XII\n\nSáng 9/7, Kỳ họp thứ bảy Hội đồng nhân dân tỉnh Khánh Lâm"
            " khóa 12 khai mạc. Tại kỳ họp lần thứ 7 của HĐND tỉnh Khánh Lâm khóa XII, các đại biểu đã thảo luận.")
    assert len(event_nodes(text)) == 1


def test_two_sessions_of_one_council_stay_two_nodes():
    text = ("T\n\nKỳ họp thứ 6, HĐND tỉnh Khánh Lâm khóa XII đã bế mạc. Kỳ họp thứ 7 HĐND tỉnh Khánh Lâm khóa XII"
            " sẽ khai mạc vào tháng 12.")
    assert len(event_nodes(text)) == 2


def test_a_numbered_meeting_with_and_without_its_ordinal_word_is_one_node():
    text = ("T\n\nHội nghị Trung ương lần thứ IX của Đảng Nhân dân Khánh Lâm bế mạc. Nghị quyết Hội nghị Trung ương 9"
            " Đảng Nhân dân Khánh Lâm được ban hành.")
    assert len(event_nodes(text)) == 1


def test_a_name_whose_words_stand_in_the_longer_one_is_that_event():
    text = ("T\n\nLễ hội đua thuyền Bến Hạc năm 2031 khai mạc sáng 3/4. Lễ hội đua thuyền 2031 thu hút nhiều du khách."
            " Lễ đua thuyền kéo dài hai ngày.")
    assert event_nodes(text) == ["lễ hội đua thuyền bến hạc năm 2031"]


def test_two_longer_names_of_two_years_keep_the_short_one_apart():
    text = ("T\n\nLễ hội đua thuyền Bến Hạc 2031 bị hoãn. Tại Lễ hội đua thuyền Bến Hạc 2021, một thuyền bị lật."
            " Lễ hội đua thuyền thu hút nhiều du khách.")
    assert event_nodes(text) == ["lễ hội đua thuyền", "lễ hội đua thuyền bến hạc 2021",
                                 "lễ hội đua thuyền bến hạc 2031"]


def test_a_short_session_name_joins_its_session_but_not_a_term():
    text = ("T\n\nKỳ họp thứ 6, HĐND tỉnh Kim Sơn khóa IX bế mạc. Kỳ họp HĐND tỉnh Kim Sơn đã thông qua 20 nghị"
            " quyết. Hội nghị lần thứ 4 và Hội nghị Ban Chấp hành khóa 4 đã họp.")
    nodes = event_nodes(text)
    assert "kỳ họp hđnd tỉnh kim sơn" not in nodes and len(nodes) == 3


def test_a_list_of_rites_or_a_topic_document_is_not_the_short_name():
    text = ("T\n\nHội nghị toàn quốc học tập Nghị quyết Trung ương 9 khóa XV diễn ra. Hội nghị Trung ương 9 khóa XV"
            " đã bế mạc. Lễ dâng hương, rước kiệu và khai ấn diễn ra. Lễ khai ấn thu hút du khách.")
    assert len(event_nodes(text)) == 4


def test_quotes_of_either_style_and_the_year_with_or_without_nam_are_one_key():
    text = ("T\n\nLễ hưởng ứng “Tháng sách Kim Sơn” năm 2031 diễn ra sáng 3/4. Lễ hưởng ứng 'Tháng sách Kim Sơn'"
            " 2031 có 500 người dự. Đại hội lần thứ IX của Đảng Dân chủ Kim Sơn khai mạc. Đại hội IX của Đảng Dân chủ"
            " Kim Sơn đã bế mạc.")
    assert len(event_nodes(text)) == 2


def test_a_central_committee_plenum_by_its_ordinal_or_as_hoi_nghi_trung_uong_n_is_one_node():
    text = ("T\n\nHội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XXI bế mạc ngày 9/7. Nghị quyết Hội nghị"
            " Trung ương 8 khóa XXI được phổ biến. Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đoàn khóa XXI diễn ra"
            " sau đó.")
    assert event_nodes(text) == ["hội nghị lần thứ 8 ban chấp hành trung ương đoàn khóa xxi",
                                 "hội nghị lần thứ tám ban chấp hành trung ương đảng khóa xxi"]


def test_a_longer_name_of_a_relative_level_is_another_event_than_the_short_one():
    text = ("T\n\nHội nghị công đoàn cơ sở của Nhà máy Khánh Lâm diễn ra ngày 3/4. Hội nghị công đoàn cấp trên"
            " trực tiếp cơ sở của Nhà máy Khánh Lâm diễn ra ngày 9/4.")
    assert len(event_nodes(text)) == 2


def test_a_comma_between_a_number_and_its_term_is_no_difference_of_names():
    text = ("T\n\nHội nghị Trung ương 6, khóa XXI bế mạc. Hội nghị Trung ương 6 khóa XXI đã thông qua nghị quyết.")
    assert len(event_nodes(text)) == 1


def test_a_term_in_brackets_is_the_term():
    text = ("T\n\nHội nghị Trung ương 6 (khóa XXI) về nông thôn bế mạc. Hội nghị lần thứ sáu Ban Chấp hành Trung"
            " ương Đảng khóa XXI về nông thôn đã thông qua nghị quyết.")
    assert len(event_nodes(text)) == 1
