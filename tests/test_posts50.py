"""Round posts50 (issue 8 item 1): the post string on fresh random articles — one neutral made-up example per rule."""
from helpers import held

from kg.extract.facts.post_defined_forms import _defined


def test_a_short_form_the_text_defines_in_brackets_joins_the_post_written_in_full():
    # post_defined_forms: "Chi cục Bảo vệ thực vật (BVTV)" makes "Chi cục BVTV" the same body in that article
    text = ("T\n\nÔng Lò Văn Tám, Chi cục trưởng Chi cục Bảo vệ thực vật (BVTV) tỉnh Sông Mây, cho biết dịch đã giảm. "
            "Theo Chi cục trưởng Chi cục BVTV Lò Văn Tám, nông dân cần phun thuốc đúng lúc.")
    assert held(text) == {"Lò Văn Tám": ["Chi cục trưởng Chi cục Bảo vệ thực vật (BVTV) tỉnh Sông Mây"]}


def test_a_lower_case_definition_with_a_skipped_and_spells_out_the_short_form():
    text = ("T\n\nBà Hà Thị Mười, Phó trưởng Phòng Kinh tế và Hạ tầng (KTHT) huyện Bình Lư, đã kiểm tra công trình. "
            "Phó trưởng phòng KTHT Hà Thị Mười nói công trình đạt yêu cầu.")
    assert held(text) == {"Hà Thị Mười": ["Phó trưởng Phòng Kinh tế và Hạ tầng (KTHT) huyện Bình Lư"]}


def test_a_short_form_not_defined_in_the_text_or_defined_two_ways_stays_apart():
    # guards (pass on the old code too): "(BVTV)" after words of other initials defines nothing; nor do two
    # definitions that differ; with no bracket in the text the short form stays its own post
    assert _defined("Ông A, Chi cục trưởng Chi cục Bảo vệ thực vật (BVTV) tỉnh X") == {
        "bvtv": ("bảo", "vệ", "thực", "vật")}
    assert _defined("Ông A, Giám đốc Sở Nội vụ (BVTV) tỉnh X") == {}
    assert _defined("Bảo vệ thực vật (BVTV) … Bến vận tải vùng (BVTV)") == {}
    text = ("T\n\nÔng Lò Văn Tám, Chi cục trưởng Chi cục Thú y tỉnh Sông Mây, cho biết dịch đã giảm. Theo Chi cục "
            "trưởng Chi cục BVTV Lò Văn Tám, nông dân cần phun thuốc đúng lúc.")
    assert sorted(held(text)["Lò Văn Tám"]) == ["Chi cục trưởng Chi cục BVTV",
                                               "Chi cục trưởng Chi cục Thú y tỉnh Sông Mây"]
