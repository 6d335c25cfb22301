"""Round nodes44: one post node per post of an official — a trade name the text defines (issue 8, done-when: "the
same post written in different forms is one node"). A company's trade name written as one word with a capital,
of two syllables or more and without diacritics ("Hoalawaco"), defined in brackets after the company's full name,
is a short form like one in capitals: "Phó Tổng Giám đốc Hoalawaco" and "Phó Tổng Giám đốc Công ty cổ phần Cấp
nước Hòa Lâm" are one post in the corpus fold. Neutral made-up examples (invented companies,
places and persons)."""

from __future__ import annotations

from kg.corpus.postfold import fold
from kg.corpus.postforms import form
from kg.corpus.short_forms import harvest, is_short, table

FULL = "Công ty cổ phần Cấp nước Hòa Lâm"


def test_a_trade_name_in_brackets_after_its_company_is_harvested():
    text = (f"Ông Nguyễn Văn An, Phó Tổng Giám đốc {FULL} (Hoalawaco) cho biết nước sạch đủ dùng. "
            "Tổng công ty Cơ khí Đồi Thông (Doithomex) vừa báo lãi.")
    assert harvest(text) == (("Hoalawaco", FULL), ("Doithomex", "Tổng công ty Cơ khí Đồi Thông"))


def test_a_word_of_one_syllable_a_country_or_a_vietnamese_word_is_no_trade_name():
    assert not is_short("Vinh") and not is_short("Nguyen") and not is_short("Italia") and not is_short("Hòa")
    assert not is_short("Hoàlam") and not is_short("Abc")  # diacritics; too short
    text = (f"{FULL} (Lâm) vừa họp. Tập đoàn Gỗ Đồi Thông (Italia) ký hợp đồng. "
            f"Công ty Gốm Sông Mây (Hòa Lâm) báo lãi.")
    assert harvest(text) == ()


def test_a_defined_trade_name_joins_the_post_in_the_fold():
    shorts = table(harvest(f"Ông Nguyễn Văn An, Phó Tổng Giám đốc {FULL} (Hoalawaco) cho biết."))
    a = form("post:a", "Phó Tổng Giám đốc Hoalawaco", "Phó Tổng Giám đốc")
    b = form("post:b", "Phó Tổng Giám đốc Cty CP Cấp nước Hòa Lâm", "Phó Tổng Giám đốc")
    assert fold([a, b]) == {}
    assert fold([a, b], shorts) == {"post:a": ("post:b", False)}
    other = form("post:c", "Phó Tổng Giám đốc Công ty cổ phần Cấp nước Sông Mây", "Phó Tổng Giám đốc")
    assert fold([a, other], shorts) == {}  # another company of the same kind stays another post


def test_a_trade_name_leaves_the_capitals_short_form_of_its_company_standing():
    full = "Tập đoàn Lúa gạo Tây Lô Việt Nam"
    pairs = [("RCX", full), ("Ricelo", full)]
    assert table(pairs) == {"RCX": full, "Ricelo": full}
    assert table([*pairs, ("RCV", full)]) == {"Ricelo": full}  # two in capitals for one name: neither
