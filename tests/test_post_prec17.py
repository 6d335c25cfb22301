"""Person–post precision, round 199 of issue 8 (articles nobody annotated): one neutral made-up example per rule."""
from helpers import posts


def test_a_short_form_that_spells_the_head_lets_the_body_above_follow():
    # "(HĐQT)" spells "Hội đồng quản trị"; "(UBKT)" spells "Ủy ban Kiểm tra" with its tone marks aside
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch Hội đồng quản trị (HĐQT) Tổng Công ty Sông Lô cho biết.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hội đồng quản trị (HĐQT) Tổng Công ty Sông Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Chủ nhiệm Ủy ban Kiểm tra (UBKT) Tỉnh ủy Sông Lô cho biết.")
    assert got == {"Lò Văn Tám": ["Chủ nhiệm Ủy ban Kiểm tra (UBKT) Tỉnh ủy Sông Lô"]}
    # nothing after the short form: the post ends with it
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch Hội đồng quản trị (HĐQT) cho biết.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hội đồng quản trị (HĐQT)"]}


def test_a_national_body_keeps_the_unit_of_its_local_chapter():
    for body in ("UBMTTQ Việt Nam", "MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội Nông dân Việt Nam"):
        got = posts(f"T\n\nÔng Lò Văn Tám, Chủ tịch {body} tỉnh Sông Lô cho biết.")
        assert got == {"Lò Văn Tám": [f"Chủ tịch {body} tỉnh Sông Lô"]}
    # no level after it: the national body
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch Hội Nông dân Việt Nam thăm tỉnh Sông Lô.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hội Nông dân Việt Nam"]}


def test_a_verb_of_meeting_after_a_title_is_no_body():
    # name_stops: "hội kiến" (receive) — "hội" is no association here; the guest's post is not the host's title
    for host in ("Chủ tịch nước", "Thủ tướng", "Chủ tịch Quốc hội"):
        got = posts(f"T\n\nChiều 5/3, {host} hội kiến Tổng thống Ba Lan Jan Kowalski.")
        assert got == {"Jan Kowalski": ["Tổng thống Ba Lan"]}


def test_a_local_leaders_title_keeps_a_bare_level():
    got = posts("T\n\nÔng Lò Văn Chín - Phó Chủ tịch xã phụ trách làng nghề - cho biết.")
    assert got == {"Lò Văn Chín": ["Phó Chủ tịch xã"]}
    assert posts("T\n\nÔng Lò Văn Chín, Chủ tịch huyện, cho biết.") == {"Lò Văn Chín": ["Chủ tịch huyện"]}
    assert posts("T\n\nÔng Lò Văn Chín, Phó Chủ tịch thị xã cho biết.") == {"Lò Văn Chín": ["Phó Chủ tịch thị xã"]}
    # a level and the next word that make a body stay one body
    assert posts("T\n\nÔng Lò Văn Chín, Bí thư huyện đoàn cho biết.") == {"Lò Văn Chín": ["Bí thư huyện đoàn"]}
    # a ward named like a person: the post is the name's before it, and since stop 30 (person_named: a level word,
    # a three-syllable name, then ", quận 1") the ward's name is the ward's, not a person's, and ends the post
    got = posts("T\n\nBà Lò Thị Tám, Bí thư kiêm Chủ tịch phường Vi Văn Chín, quận 1 chia sẻ.")
    assert got == {"Lò Thị Tám": ["Bí thư kiêm Chủ tịch phường Vi Văn Chín"]}


def test_a_title_and_how_the_article_calls_another_person_is_no_post_of_the_name_before():
    # "Bộ trưởng Chín": the title and the given name of a person the article names in full, not a body "Chín"
    got = posts("T\n\nBộ trưởng Vi Văn Chín dự họp. Giải đáp băn khoăn của ĐB Lò Văn Tám, Bộ trưởng Chín cho hay, "
                "đề án đã duyệt.")
    assert got == {"Vi Văn Chín": ["Bộ trưởng"], "Lò Văn Tám": ["ĐB"]}
    got = posts("T\n\nTổng Thư ký Jan Kowalski đến Hà Nội. Trong trao đổi với Thủ tướng Chính phủ Lò Văn Tám, "
                "Tổng Thư ký Kowalski mong muốn hợp tác.")
    assert got == {"Jan Kowalski": ["Tổng Thư ký"], "Lò Văn Tám": ["Thủ tướng Chính phủ"]}
    # a one-word body's name that ends no person's name stays the body
    got = posts("T\n\nÔng Vi Văn Tùng thăm Vinaconex. Ông Lò Văn Tám, Chủ tịch Vinaconex cho biết.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Vinaconex"]}


def test_a_body_of_five_words_after_a_standalone_head():
    # "Ban Chấp hành", "Đoàn Chủ tịch" then "Tổng Liên đoàn Lao động" (five words) and its name
    for head in ("Ban Chấp hành", "Đoàn Chủ tịch"):
        got = posts(f"T\n\nÔng Lò Văn Tám, Ủy viên {head} Tổng Liên đoàn Lao động Việt Nam cho biết.")
        assert got == {"Lò Văn Tám": [f"Ủy viên {head} Tổng Liên đoàn Lao động Việt Nam"]}
