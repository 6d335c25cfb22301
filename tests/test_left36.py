"""Leftovers of posts and bodies noticed in stop 35 (issue 8, round left36): one neutral made-up example per rule."""
from helpers import held, run


def _body_keys(text: str) -> dict[str, str]:
    return {e.label: e.key for e in run(text).links.entities.values() if e.kind == "body"}


def test_a_level_word_abbreviated_with_a_point_is_the_level_word_in_a_bodys_identity():
    # admin_levels.tsv column 4: "Q." = quận, "P." = phường, "H." = huyện, "TX." = thị xã: one body, one post
    text = ("T\n\nÔng Lò Văn Tám, Chủ tịch UBND Q.3, cho biết. Sau đó, Chủ tịch UBND quận 3 Lò Văn Tám nói thêm. "
            "Bà Vi Thị Chín, Phó Chủ tịch UBND P. Sông Lô, và Công an H.Mộc Sơn cùng dự.")
    keys = set(_body_keys(text).values())
    assert {"ủy ban nhân dân quận 3", "ủy ban nhân dân phường sông lô", "công an huyện mộc sơn"} <= keys
    assert not any("q.3" in k or "p. " in k or "h." in k for k in keys)
    assert held(text) == {"Lò Văn Tám": ["Chủ tịch UBND Q.3"], "Vi Thị Chín": ["Phó Chủ tịch UBND P. Sông Lô"]}


def test_a_capital_and_a_point_before_a_capital_letter_alone_stays_as_written():
    keys = _body_keys("T\n\nCông ty cổ phần Xây dựng P.K và UBND TX.Sông Mây ký hợp đồng.")
    assert keys["Công ty cổ phần Xây dựng P.K"].endswith("p.k")
    assert keys["UBND TX.Sông Mây"] == "ủy ban nhân dân thị xã sông mây"
