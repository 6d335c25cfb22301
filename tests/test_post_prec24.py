"""Person–post precision as the scorer counts it, round 24: one neutral made-up example per rule."""
from helpers import run

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

