"""A deputy's title written with its unit alone ("Phó Ban X", "Phó phòng X") is the deputy head's title of that
unit ("Phó Trưởng ban Ban X", "Phó Trưởng phòng Phòng X"): one post node (round prec51; kg.corpus.post_unit).

Every name, place and body here is made up ("tỉnh Hòa Lâm"); the vocabulary is the lexicon's.
"""

from __future__ import annotations

import pytest

from kg.corpus.postfold import fold
from kg.corpus.postforms import Form, form, same, within


def _f(label: str, title: str, post: str = "") -> Form:
    return form(post or f"post:{label}", label, title)


@pytest.mark.parametrize(("short", "title", "full", "full_title"), [
    ("Phó Ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Phó Ban", "Phó Trưởng ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Phó Trưởng ban"),
    ("Phó ban Kinh tế - Ngân sách HĐND tỉnh Hòa Lâm", "Phó Ban",
     "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Hòa Lâm", "Phó Trưởng Ban"),
    ("Phó phòng Kế hoạch Sở Xây dựng tỉnh Hòa Lâm", "Phó phòng",
     "Phó Trưởng phòng Kế hoạch Sở Xây dựng tỉnh Hòa Lâm", "Phó Trưởng phòng"),
    ("nguyên Phó Ban Dân vận Huyện ủy Tây Lĩnh", "Phó Ban", "Phó trưởng Ban Dân vận Huyện ủy Tây Lĩnh",
     "Phó Trưởng ban"),
])
def test_a_deputy_title_written_with_its_unit_alone_is_the_deputy_heads(short: str, title: str, full: str,
                                                                        full_title: str) -> None:
    a, b = _f(short, title), _f(full, full_title)
    assert a.head == b.head
    assert same(a, b) and same(b, a)


def test_a_manner_word_after_the_short_title_goes_as_after_the_full_one() -> None:
    a = _f("Phó Ban Chuyên trách Ban An toàn giao thông tỉnh Hòa Lâm", "Phó Ban")
    b = _f("Phó Trưởng ban chuyên trách Ban An toàn giao thông tỉnh Hòa Lâm", "Phó Trưởng ban")
    assert same(a, b)


def test_other_units_and_other_titles_stay_other_posts() -> None:
    a = _f("Phó Ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Phó Ban")
    assert not same(a, _f("Phó Trưởng ban Dân vận Tỉnh ủy Hòa Lâm", "Phó Trưởng ban"))
    assert not same(a, _f("Trưởng ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Trưởng ban"))
    assert not within(a, _f("Trưởng ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Trưởng ban"))
    assert not same(_f("Phó phòng Kế hoạch Sở Xây dựng tỉnh Hòa Lâm", "Phó phòng"),
                    _f("Phó Trưởng ban Kế hoạch Sở Xây dựng tỉnh Hòa Lâm", "Phó Trưởng ban"))
    # a deputy's title with no unit head of the lexicon in it is left as written
    assert _f("Phó Chủ tịch UBND tỉnh Hòa Lâm", "Phó Chủ tịch").head == ("phó", "chủ", "tịch")


def test_the_official_keeps_one_node_for_the_post() -> None:
    forms = [_f("Phó Ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Phó Ban", "post:a"),
             _f("Phó Trưởng ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Phó Trưởng ban", "post:b"),
             _f("Phó trưởng ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Phó Trưởng ban", "post:b")]
    decision = fold(forms)
    assert {decision.get(p, (p, False))[0] for p in ("post:a", "post:b")} == {"post:b"}
