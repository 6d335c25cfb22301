"""Round posts51b (issue 8 item 1): the post string on fresh random articles — one neutral made-up example per rule."""
from helpers import held


def test_a_short_form_the_text_never_defines_joins_the_post_whose_words_it_abbreviates():
    # post_initials: "Chi cục QLCLNLTS" spells the initials of "Quản lý chất lượng nông lâm thủy sản", which the
    # same official's post of the same title writes in full: one post, in its fuller form
    text = ("T\n\nChi cục trưởng Chi cục QLCLNLTS tỉnh Sông Mây Lò Văn Tám cho biết đã lấy mẫu. Ông Lò Văn Tám, Chi "
            "cục trưởng Chi cục Quản lý chất lượng nông lâm thủy sản tỉnh Sông Mây, nói kết quả đạt yêu cầu.")
    assert held(text) == {"Lò Văn Tám": ["Chi cục trưởng Chi cục Quản lý chất lượng nông lâm thủy sản tỉnh Sông Mây"]}


def test_a_short_form_spelt_out_by_the_lexicon_joins_its_full_form_written_with_commas_for_joiners():
    # post_initials: "Sở LĐ-TB&XH" (abbreviations.tsv spells it "Lao động - Thương binh và Xã hội") beside "Sở Lao
    # động, Thương binh và Xã hội": a comma, a dash, "&" and "và" join the same words
    text = ("T\n\nÔng Hà Văn Mười, Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Sông Mây, cho biết đã chi trả. "
            "Giám đốc Sở LĐ-TB&XH Hà Văn Mười nói việc chi trả đúng hạn.")
    assert held(text) == {"Hà Văn Mười": ["Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Sông Mây"]}


def test_a_short_form_with_the_same_words_as_the_full_form_joins_it():
    # post_initials: "Chủ tịch Hội ND xã X" and "Chủ tịch Hội Nông dân xã X": the same words once spelt, one post
    text = ("T\n\nÔng Hà Văn Mười, Chủ tịch Hội Nông dân xã Khai Mây, cho biết đã chi trả. Chủ tịch Hội ND xã Khai "
            "Mây Hà Văn Mười nói việc chi trả đúng hạn.")
    assert held(text) == {"Hà Văn Mười": ["Chủ tịch Hội Nông dân xã Khai Mây"]}


def test_a_short_form_whose_initials_the_other_post_does_not_hold_stays_apart():
    # guards (pass on the old code too): initials found in another post but other words not held by it ("BV" =
    # "Bảo vệ", but "đa khoa" is not in the centre's name); a short form of another title
    text = ("T\n\nÔng Lò Văn Tám, Giám đốc Trung tâm Bảo vệ sức khỏe tỉnh Sông Mây, cho biết đã khám bệnh. Giám đốc "
            "BV đa khoa tỉnh Lò Văn Tám nói bệnh viện đủ thuốc.")
    assert sorted(held(text)["Lò Văn Tám"]) == ["Giám đốc BV đa khoa tỉnh",
                                               "Giám đốc Trung tâm Bảo vệ sức khỏe tỉnh Sông Mây"]


def test_a_bare_title_that_joined_the_short_form_follows_it_into_the_full_form():
    # post_initials: "Giám đốc" (bare) joins "Giám đốc Sở LĐ-TB&XH", which joins the full form: all three one post
    text = ("T\n\nGiám đốc Sở LĐ-TB&XH Hà Văn Mười cho biết đã chi trả. Ông Hà Văn Mười, Giám đốc Sở Lao động, Thương "
            "binh và Xã hội, nói việc chi trả đúng hạn. Giám đốc Hà Văn Mười cũng kiểm tra sổ sách.")
    assert held(text) == {"Hà Văn Mười": ["Giám đốc Sở Lao động, Thương binh và Xã hội"]}
