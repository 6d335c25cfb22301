"""Round dev13 of issue 8 (the misses of devown13, by construction): one neutral made-up example per rule."""
from helpers import posts, run

from kg.extract import lexicon
from kg.extract.facts import Ref


def _post_bodies(text: str) -> dict[str, list[str]]:
    """Person label → the labels of the bodies of the posts the graph gives them ("" for a post with no body)."""
    res = run(text)
    ents, out = res.links.entities, dict[str, list[str]]()
    for f in res.facts:
        if f.cls == "PostHolding":
            props = dict(f.props)
            post = props["vnr:post"]
            assert isinstance(post, Ref)
            body = next((dict(g.props)["org:postIn"] for g in res.facts
                         if g.subject.endswith(post.id) and "org:postIn" in dict(g.props)), None)
            assert body is None or isinstance(body, Ref)
            out.setdefault(ents[props["org:member"].id].label, []).append(ents[body.id].label if body else "")
    return out


def test_a_people_s_body_glued_to_a_level_s_abbreviation_reads_as_the_two():
    # "UBNDTP" = "UBND TP": the same post as "Chủ tịch UBND TP Tây Lô", one node (before: a second post "… UBNDTP")
    text = "T\n\nÔng Lò Văn Tám, Chủ tịch UBND TP Tây Lô, đã ký. Chủ tịch UBNDTP Lò Văn Tám yêu cầu các sở làm ngay."
    assert posts(text) == {"Lò Văn Tám": ["Chủ tịch UBND TP Tây Lô"]}
    # the class: UBND, HĐND, TAND, VKSND with TP, TX, TT, Q, H, P (admin_levels.tsv), written with no space
    assert lexicon.expand("HĐNDTX Tây Lô") == "Hội đồng nhân dân thị xã Tây Lô"
    assert lexicon.expand("TANDQ 3") == "Tòa án nhân dân quận 3"
    # a row of the file keeps its own sense ("TANDTC": the Supreme People's Court)
    assert lexicon.expand("TANDTC") == "Tòa án nhân dân tối cao"


def test_an_anaphoric_body_after_a_title_is_the_one_body_of_its_kind_the_report_names():
    # "Hiệu trưởng nhà trường": the one school named in the report is the post's body
    text = "T\n\nTrường mầm non Hoa Mai vừa khai giảng. Bà Lò Thị Chín, Hiệu trưởng nhà trường xin nhận trách nhiệm."
    assert posts(text) == {"Lò Thị Chín": ["Hiệu trưởng nhà trường"]}
    assert _post_bodies(text) == {"Lò Thị Chín": ["Trường mầm non Hoa Mai"]}
    # the post written in full elsewhere is the same node (before: a bare "Hiệu trưởng" beside it)
    text = ("T\n\nBà Lò Thị Chín, Hiệu trưởng Trường mầm non Hoa Mai, phát biểu. Chiều qua, bà Lò Thị Chín, Hiệu trưởng"
            " nhà trường xin nhận trách nhiệm.")
    assert posts(text) == {"Lò Thị Chín": ["Hiệu trưởng Trường mầm non Hoa Mai"]}
    # "của công ty" after a comma-closed title
    text = "T\n\nCông ty TNHH Sông Lô vừa khai trương. Ông Lò Văn Tám, Giám đốc của công ty, cho biết như vậy."
    assert _post_bodies(text) == {"Lò Văn Tám": ["Công ty TNHH Sông Lô"]}
    # the head written bare in sentence case, then in lower case: one post, the one centre's
    text = ("T\n\nTrung tâm dạy nghề Tây Lô có 200 học viên. Bà Lò Thị Chín, giám đốc Trung tâm trao đổi với phóng"
            " viên. Bà Lò Thị Chín, giám đốc trung tâm đưa chúng tôi đi thăm.")
    assert _post_bodies(text) == {"Lò Thị Chín": ["Trung tâm dạy nghề Tây Lô"]}


def test_an_anaphoric_body_with_no_single_body_of_its_kind_named_is_left_alone():
    # two companies named: which one is not said
    text = "T\n\nCông ty Hoa Mai và Công ty Sông Lô ký hợp đồng. Ông Lò Văn Tám, Giám đốc công ty, cho biết như vậy."
    assert _post_bodies(text) == {"Lò Văn Tám": [""]}
    # a level word after the head names another body ("bệnh viện tỉnh"), not the district's hospital named
    text = "T\n\nBệnh viện Đa khoa huyện Tây Lô quá tải. Ông Lò Văn Tám, Giám đốc bệnh viện tỉnh cho biết như vậy."
    assert _post_bodies(text) == {"Lò Văn Tám": [""]}
    # the one school named only after the anaphor: an anaphor points back, it is not that school
    text = "T\n\nBà Lò Thị Chín, Hiệu trưởng nhà trường, cho biết. Trường mầm non Hoa Mai ở gần đó vẫn mở cửa."
    assert _post_bodies(text) == {"Lò Thị Chín": [""]}
