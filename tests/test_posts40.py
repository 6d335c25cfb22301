"""Post constructions of round posts40: two posts of one body joined by a spaced dash, and diplomatic titles of the
genre ("Ngoại trưởng", "Tham tán Công sứ", "Tùy viên Quốc phòng"); made-up examples (invented persons and places)."""

from test_awards_posts import run


def _bodies(text: str) -> dict[str, str]:
    """Each holding's post phrase → the label of the body it names ("-" for none)."""
    res = run(text)
    ents = res.links.entities
    out: dict[str, str] = {}
    for f in res.facts:
        if f.cls == "PostHolding":
            props = dict(f.props)
            org = props.get("org:organization")
            label = props["rdfs:label"].value.split(" — ", 1)[1]
            out[label] = ents[org.id].label if org is not None else "-"
    return out


def test_a_bare_title_before_a_spaced_dash_holds_its_post_in_the_next_titles_body():
    got = _bodies("T\n\nÔng Trần Văn Khải, Phó Chủ tịch - Tổng Thư ký Hội Nông dân tỉnh Hòa Yên cho biết thêm.")
    assert got == {"Phó Chủ tịch": "Hội Nông dân tỉnh Hòa Yên",
                   "Tổng Thư ký Hội Nông dân tỉnh Hòa Yên": "Hội Nông dân tỉnh Hòa Yên"}


def test_a_bodiless_title_before_comma_kiem_holds_its_post_in_the_next_titles_body():
    got = _bodies("T\n\nÔng Trần Văn Khải, Chánh Văn phòng, kiêm người phát ngôn của UBND tỉnh Hòa Yên đã ký văn bản.")
    assert got == {"Chánh Văn phòng": "UBND tỉnh Hòa Yên", "người phát ngôn của UBND tỉnh Hòa Yên": "UBND tỉnh Hòa Yên"}


def test_a_comma_or_a_title_with_an_implied_body_keeps_the_posts_apart():
    got = _bodies("T\n\nÔng Trần Văn Khải, Phó Bí thư, Chủ tịch UBND huyện Đông Khê phát biểu.")
    assert got["Phó Bí thư"] == "-"
    got = _bodies("T\n\nÔng Trần Văn Khải, Ủy viên Bộ Chính trị - Bí thư Tỉnh ủy Hòa Yên phát biểu.")
    assert got["Ủy viên Bộ Chính trị"] == "Bộ Chính trị"
    got = _bodies("T\n\nÔng Trần Văn Khải, Ủy viên T.Ư Đảng - Bí thư Tỉnh ủy Hòa Yên, chia sẻ thêm.")
    assert got["Ủy viên T.Ư Đảng"] != "Tỉnh ủy Hòa Yên"


def test_a_former_foreign_minister_before_a_foreign_name():
    res = run("T\n\nChủ tịch UBND tỉnh đã tiếp cựu Ngoại trưởng Canada John Wetherby tại trụ sở.")
    ents = res.links.entities
    (h,) = [f for f in res.facts if f.cls == "PostHolding"]
    props = dict(h.props)
    assert ents[props["org:member"].id].label == "John Wetherby"
    assert ents[props["vnr:post"].id].label == "Ngoại trưởng Canada"
    assert props.get("vnr:former") is not None


def test_diplomatic_titles_of_an_embassy():
    got = _bodies("T\n\nĐại tá Peter Holmgren, Tùy viên Quốc phòng Thụy Điển tại Việt Nam cho biết thêm.")
    assert list(got) == ["Tùy viên Quốc phòng Thụy Điển tại Việt Nam"]
    got = _bodies("T\n\nÔng Lê Văn Tạo, nguyên Tham tán Thương mại Việt Nam tại Ba Lan, đã trao đổi.")
    assert list(got) == ["nguyên Tham tán Thương mại Việt Nam tại Ba Lan"]


def test_an_honorific_word_that_ends_a_places_name_leaves_the_holder_his_post():
    posts = _bodies("T\n\nTrả lời báo chí, Chánh Văn phòng UBND huyện Đông Anh Lê Văn Tạo cho biết vụ việc đã rõ.")
    assert posts == {"Chánh Văn phòng UBND huyện Đông Anh": "Văn phòng UBND huyện Đông Anh"}
    res = run("T\n\nTrưởng Công an thị xã Kỳ Anh Trần Văn Khải cho biết vụ án đã rõ.")
    assert not [m for m in res.doc.mentions if m.kind == "honorific"]
    # two capitalised words before it: a place's name, then an honorific opening a caption glued to the text
    res = run("T\n\nẢnh chụp tại tỉnh Hòa Yên Ông Đỗ Văn Hùng cho biết vụ án đã rõ.")
    assert [m.text for m in res.doc.mentions if m.kind == "honorific"] == ["Ông"]


def test_a_civil_service_title_with_its_grade_then_a_second_post():
    posts = _bodies("T\n\nÔng Hà Văn Lực, Đăng kiểm viên hạng II, Tổ trưởng Tổ Đăng kiểm số 2 được phân công giám sát, "
                    "đã có giải trình.")
    assert set(posts) == {"Đăng kiểm viên hạng II", "Tổ trưởng Tổ Đăng kiểm số 2"}


def test_job_titles_of_investigation_and_enforcement():
    assert set(_bodies("T\n\nĐiều tra viên Lò Văn Sâm đã lấy lời khai.")) == {"Điều tra viên"}
    assert set(_bodies("T\n\nÔng Hà Văn Lực, Kiểm soát viên Tổng công ty Hòa Yên, cho biết.")) \
        == {"Kiểm soát viên Tổng công ty Hòa Yên"}


def test_a_foreign_minister_named_by_the_field_keeps_his_name_beside_ngoai_truong():
    # "Ngoại" opens a title now ("Ngoại trưởng"); "Ngoại giao" after "Bộ trưởng" is still the ministry's field
    posts = _bodies("T\n\nVề phía bạn có Bộ trưởng Ngoại giao Pavel Dorin, Bộ trưởng Bộ Công nghiệp Oleg Marin.")
    assert set(posts) == {"Bộ trưởng Ngoại giao", "Bộ trưởng Bộ Công nghiệp"}
    res = run("T\n\nVề phía bạn có Bộ trưởng Ngoại giao Pavel Dorin, Bộ trưởng Bộ Công nghiệp Oleg Marin.")
    assert {m.text for m in res.doc.mentions if m.kind == "person"} == {"Pavel Dorin", "Oleg Marin"}
