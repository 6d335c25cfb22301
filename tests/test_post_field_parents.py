"""A title before a committee whose name lists its fields with commas, then "của" + the body above it, is the post of
the name after it (round posts49b: the holdings side of names48's person_field_lists)."""

from kg.extract.post_field_parents import fields_end
from tests.helpers import held, run


def test_two_fields_then_parent_body_before_a_name() -> None:
    text = ("Tin tức\n\nChủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Văn An trình bày báo cáo thẩm tra "
            "về dự án luật.")
    assert held(text).get("Nguyễn Văn An") == ["Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội"]


def test_the_chain_of_titles_before_it_reaches_the_name_too() -> None:
    text = ("Tin tức\n\nQuốc hội đã nghe Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Văn hóa, Xã hội của "
            "Quốc hội Lê Văn Bình trình bày báo cáo.")
    assert sorted(held(text).get("Lê Văn Bình", [])) == [
        "Chủ nhiệm Ủy ban Văn hóa, Xã hội của Quốc hội", "Ủy viên Ủy ban Thường vụ Quốc hội"]


def test_a_title_after_the_comma_is_another_post() -> None:
    # a guard (passes on the code before posts49b): a comma before a title is no field list
    text = "Tin tức\n\nÔng Lê Văn Bình, Chủ tịch Hội đồng nhân dân tỉnh, ông Trần Văn Cường của Sở Y tế cho biết."
    assert held(text).get("Lê Văn Bình") == ["Chủ tịch Hội đồng nhân dân tỉnh"]


def test_fields_end_needs_a_committee_head_and_a_parent_body() -> None:
    text = "Tin tức\n\nChủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Văn An phát biểu."
    r = run(text)
    body = next(m for m in r.doc.mentions if m.kind == "body" and m.text.startswith("Ủy ban"))
    bodies = [m for m in r.doc.mentions if m.kind == "body"]
    assert fields_end(text, body, body.end, bodies, set()) == text.index(" của ")
    assert fields_end(text, body, body.end, [body], set()) == body.end  # no parent body after "của"
    assert fields_end(text, None, body.end, bodies, set()) == body.end
    assert fields_end(text, body, body.end, bodies, {text.index("Ngân")}) == body.end  # a mention inside the fields
