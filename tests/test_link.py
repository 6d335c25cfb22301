from helpers import run


def _bodies(text: str) -> dict[str, str]:
    res = run(text)
    return {e.label: (res.links.entities[e.part_of].label if e.part_of else "")
            for e in res.links.entities.values() if e.kind == "body"}


def test_link_abbreviations_and_tone_styles_resolve_to_one_body():
    res = run("T\n\nUBND TP Thanh Hóa họp. Ủy ban nhân dân thành phố Thanh Hoá kết luận. Uỷ ban nhân dân TP Thanh Hoá.")
    bodies = [e for e in res.links.entities.values() if e.kind == "body"]
    assert len(bodies) == 1
    assert len(bodies[0].mentions) == 3


def test_link_list_qualifier_applies_to_every_head():
    bodies = _bodies("T\n\nVới sự chỉ đạo của Thành ủy, HĐND, UBND TP Thanh Hóa, công tác đạt kết quả.")
    assert bodies == {"Thành ủy TP Thanh Hóa": "TP Thanh Hóa", "HĐND TP Thanh Hóa": "TP Thanh Hóa",
                      "UBND TP Thanh Hóa": "TP Thanh Hóa"}


def test_link_bare_local_body_belongs_to_main_unit_but_national_and_generic_do_not():
    bodies = _bodies("TP Thanh Hóa tổng kết\n\nLực lượng công an làm tốt. Chính sách của Nhà nước. "
                     "Bầu cử đại biểu HĐND các cấp.")
    assert bodies["Lực lượng công an"] == "TP Thanh Hóa"
    assert bodies["Nhà nước"] == ""
    assert bodies["HĐND các cấp"] == ""


def test_link_short_name_joins_full_name():
    res = run("T\n\nÔng Nguyễn Văn Bình, Trưởng Ban Kinh tế Trung ương phát biểu. Ông Bình nhấn mạnh.")
    people = [e for e in res.links.entities.values() if e.kind == "person"]
    assert [p.label for p in people] == ["Nguyễn Văn Bình"]


def test_link_short_name_after_honorific_takes_the_full_names_posts_and_is_dropped_without_one():
    res = run("T\n\nÔng Đặng Việt Dũng vừa nghỉ. Ông Dũng từng đảm nhiệm các chức vụ Giám đốc Sở GTVT TP Đà Nẵng, "
              "Bí thư Quận ủy Hải Châu. Ông Bảo phát biểu.")
    people = [e for e in res.links.entities.values() if e.kind == "person"]
    assert [p.label for p in people] == ["Đặng Việt Dũng"]
    posts = sorted(res.links.entities[dict(f.props)["vnr:post"].id].label for f in res.facts if f.cls == "PostHolding")
    assert posts == ["Bí thư Quận ủy Hải Châu", "Giám đốc Sở GTVT TP Đà Nẵng"]


def test_link_a_body_is_labelled_without_its_short_form_in_parentheses():
    bodies = _bodies("T\n\nSở Tài nguyên và Môi trường (TN&MT) tỉnh Nam Định họp. Sở TN&MT kết luận.")
    assert "Sở Tài nguyên và Môi trường tỉnh Nam Định" in bodies
    assert not any("(" in label for label in bodies)


def test_link_a_body_written_without_its_and_is_the_body_its_short_form_spells_out():
    # round posts46: "Sở Tài nguyên Môi trường" (no "và") and "Sở TN&MT" (spelt out with "và") in one article
    res = run("T\n\nUBND tỉnh Bắc Sơn phê bình ông Nguyễn Văn An, nguyên Giám đốc Sở Tài nguyên Môi trường. "
              "Cá nhân ông Nguyễn Văn An, nguyên Giám đốc Sở TN&MT, cũng bị phê bình.")
    bodies = [e.label for e in res.links.entities.values() if e.kind == "body" and "Sở" in e.label]
    posts = [e.label for e in res.links.entities.values() if e.kind == "post"]
    assert len(bodies) == 1, bodies
    assert len(posts) == 1, posts


def test_link_bodies_that_differ_by_more_than_an_and_stay_apart():
    res = run("T\n\nÔng Nguyễn Văn An, Giám đốc Sở Tài nguyên Môi trường tỉnh Bắc Sơn. "
              "Bà Trần Thị Bình, Giám đốc Sở Giao thông Vận tải tỉnh Bắc Sơn.")
    bodies = {e.label for e in res.links.entities.values() if e.kind == "body" and "Sở" in e.label}
    assert len(bodies) == 2, bodies
