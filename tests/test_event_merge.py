"""One node per event (kg/extract/event_merge.py): a short name in lower-case words is the definite reference to
the one longer event name of the article that it begins. Made-up examples."""

from helpers import run


def event_nodes(text: str) -> list[str]:
    return sorted(e.label.lower() for e in run(text).links.entities.values() if e.kind == "event")


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
    assert event_nodes(text) == ["lễ hội truyền thống", "lễ hội truyền thống làng vân khê năm 2031"]


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
