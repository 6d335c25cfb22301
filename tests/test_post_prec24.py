"""Person–post precision as the scorer counts it, round 24: one neutral made-up example per rule."""
from helpers import posts, run

from kg.extract.facts import Ref


def _node_forms(text: str, person: str) -> tuple[str, set[str]]:
    """The label of the post node the graph gives ``person``, and its forms (emitted as skos:altLabel)."""
    res = run(text)
    ents = res.links.entities
    for f in res.facts:
        props = dict(f.props)
        if f.cls == "PostHolding" and ents[props["org:member"].id].label == person:
            post = props["vnr:post"]
            assert isinstance(post, Ref)
            node = ents[post.id]
            return node.label, set(filter(None, node.attrs.get("forms", "").split("\n"))) - {node.label}
    raise AssertionError(person)


def test_a_shorter_form_of_a_post_another_holder_names_more_fully_stays_a_name_of_the_post():
    # two officials of one post, written in two forms: the node takes the longer, the shorter stays an altLabel
    text = "T\n\nÔng Lò Văn Tám, Giám đốc Sở Y tế tỉnh Hà Nam, phát biểu. Bà Vi Thị Chín, Giám đốc Sở Y tế, dự họp."
    assert _node_forms(text, "Vi Thị Chín") == ("Giám đốc Sở Y tế tỉnh Hà Nam", {"Giám đốc Sở Y tế"})
    # the same in the other order of the text
    text = "T\n\nBà Vi Thị Chín, Giám đốc Sở Y tế, dự họp. Ông Lò Văn Tám, Giám đốc Sở Y tế tỉnh Hà Nam, phát biểu."
    assert _node_forms(text, "Vi Thị Chín") == ("Giám đốc Sở Y tế tỉnh Hà Nam", {"Giám đốc Sở Y tế"})
    # one form only: no altLabel
    assert _node_forms("T\n\nÔng Lò Văn Tám, Giám đốc Sở Y tế tỉnh Hà Nam, phát biểu.", "Lò Văn Tám") == (
        "Giám đốc Sở Y tế tỉnh Hà Nam", set())


def test_a_name_after_an_abbreviation_that_runs_on_in_lower_case_to_a_number_and_a_place():
    # "Khu QLDA | giao thông số 2 Tây Lô": an abbreviation, a lower-case field, a unit's number and a place's name
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Khu QLDA giao thông số 2 TP.Tây Lô cho biết, tổng vốn là 7 tỷ đồng.")
    assert got == {"Lò Văn Tám": ["Giám đốc Khu QLDA giao thông số 2 TP.Tây Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc HTX DVNN chăn nuôi và chế biến Hoa Mai cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Giám đốc HTX DVNN chăn nuôi và chế biến Hoa Mai"]}
    # no capitalised name after the lower-case words: a clause, the post stops at the abbreviation
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Khu QLDA giao thông đã ký văn bản gửi Tây Lô.")
    assert got == {"Lò Văn Tám": ["Giám đốc Khu QLDA"]}


def test_a_field_of_two_nouns_joined_by_va_before_the_name_of_the_body():
    # "Hội | bảo tồn cây cổ và phát triển vườn Tây Lô": a head, a field of two nouns joined by "và", a name
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch Hội bảo tồn cây cổ và phát triển vườn Tây Lô cho rằng như vậy.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hội bảo tồn cây cổ và phát triển vườn Tây Lô"]}
    # "và" before a second title: two posts, not one field
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch Hội bảo tồn cây cổ và phó chủ tịch Hội Tây Lô, cho rằng như vậy.")
    assert got.get("Lò Văn Tám", [""])[0] != "Chủ tịch Hội bảo tồn cây cổ và phó chủ tịch Hội Tây Lô"


def test_a_body_head_in_lower_case_after_a_title_with_a_long_field_and_a_name():
    # "Giám đốc trung tâm | điều phối và giám sát giao thông đô thị Tây Lô": the head in lower case right after
    # the title, a field of up to eight words, then the place's name and a closing parenthesis
    got = posts("T\n\nNgày 8/2, ông Lò Văn Tám (Giám đốc trung tâm điều phối và giám sát giao thông đô thị Tây Lô)"
                " cho biết, đơn vị đã lắp loa.")
    assert got == {"Lò Văn Tám": ["Giám đốc trung tâm điều phối và giám sát giao thông đô thị Tây Lô"]}
    # a verb after the head: no name of a body, the title stays bare
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc trung tâm cho biết Tây Lô sẽ lắp loa.")
    assert got == {"Lò Văn Tám": ["Giám đốc"]}


def test_a_post_after_a_plural_header_is_not_chained_to_the_next_persons_name():
    # "4 đồng chí Phó Chủ tịch X, Chủ tịch X Lò Văn Tám": the first post is the four deputies', not Tám's
    got = posts("T\n\nSau khi nghe ý kiến của 4 đồng chí Phó Chủ tịch UBND tỉnh, Chủ tịch UBND tỉnh Lò Văn Tám"
                " hoan nghênh tinh thần làm việc.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh"]}
    got = posts("T\n\nÝ kiến của các Phó Chủ tịch UBND tỉnh, Chủ tịch UBND tỉnh Lò Văn Tám hoan nghênh.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh"]}
    # a chain with no plural: both posts are the person's, as before
    got = posts("T\n\nPhó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lò Văn Tám hoan nghênh.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"]}
