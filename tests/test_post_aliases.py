"""One office under two titles: a short title of ``posts.tsv`` ("Phó ban", "Đội phó") joins the same official's post
under the fuller title of the same gloss; "Phó Thủ tướng Chính phủ" is a post of the Government. Made-up names."""

from helpers import posts, run


def test_a_short_deputy_title_joins_the_fuller_title_of_the_same_office():
    text = ("Tin\n\nÔng Lò Văn Tám, Phó trưởng Ban Kinh tế Trung ương, phát biểu. "
            "Phó ban Kinh tế Trung ương Lò Văn Tám cho biết thêm.")
    assert posts(text)["Lò Văn Tám"] == ["Phó trưởng Ban Kinh tế Trung ương"]
    text = ("Tin\n\nÔng Lò Văn Tám, Đội phó Đội Cảnh sát giao thông, phát biểu. "
            "Sau đó Phó đội trưởng Đội Cảnh sát giao thông Lò Văn Tám cho biết.")
    assert posts(text)["Lò Văn Tám"] == ["Phó đội trưởng Đội Cảnh sát giao thông"]


def test_a_former_post_does_not_join_a_held_one_under_a_fuller_title():
    text = ("Tin\n\nÔng Lò Văn Tám, Phó trưởng phòng Tài chính huyện Tây Sơn, phát biểu. Ông Lò Văn Tám, "
            "nguyên Phó phòng Tài chính huyện Tây Sơn, cho biết.")
    assert len(posts(text)["Lò Văn Tám"]) == 2


def test_the_deputy_prime_minister_of_the_government_holds_a_post_of_the_government():
    res = run("Tin\n\nPhó Thủ tướng Chính phủ Lò Văn Tám phát biểu tại lễ. Phó Thủ tướng Lò Văn Tám cho biết.")
    holdings = [dict(f.props) for f in res.facts if f.cls == "PostHolding"]
    assert len(holdings) == 1
    assert holdings[0]["org:organization"].id == "body:chính phủ"
